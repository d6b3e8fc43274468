"""Business and government news: bankruptcy told by its course in law ("filed for bankruptcy
protection"), and the roles, places, dates and figures of recalls, mergers, results, appointments,
nominations, talks and orders.

The sentences are written for these tests, with made-up names where the model reads them (the states
and cities are real because the rules read what the model and the gazetteer know of them)."""

from __future__ import annotations

import datetime as dt

from events_of import events_of, names, told_by


def test_filing_for_bankruptcy_protection_is_a_bankruptcy_by_the_filer(extract_text):
    facts = extract_text("Fenwick Home Inc filed for Chapter 11 bankruptcy protection on Tuesday.", dt.date(2025, 6, 5))
    [bankruptcy] = events_of(facts, "Bankruptcy")
    assert {m.anchor for m in bankruptcy.mentions} == {"filed", "bankruptcy"}
    assert names(facts, bankruptcy.agents) == ["Fenwick Home Inc"]
    assert facts.times[bankruptcy.time].value == "2025-06-03"


def test_bankruptcy_protection_sought_is_no_appeal(extract_text):
    facts = extract_text("Pellam Airways sought bankruptcy protection in March.", dt.date(2025, 6, 5))
    [bankruptcy] = events_of(facts, "Bankruptcy")
    assert {m.anchor for m in bankruptcy.mentions} == {"sought", "bankruptcy"}
    assert names(facts, bankruptcy.agents) == ["Pellam Airways"]
    assert facts.times[bankruptcy.time].value == "2025-03"
    assert not events_of(facts, "Appeal")


def test_a_filing_made_is_the_act_its_noun_names(extract_text):
    facts = extract_text("Corvan Mills made a bankruptcy filing last week.", dt.date(2025, 6, 5))
    [bankruptcy] = events_of(facts, "Bankruptcy")
    assert names(facts, bankruptcy.agents) == ["Corvan Mills"]


def test_protection_from_floods_is_no_flood(extract_text):
    facts = extract_text("The town of Dunvale built new flood protection along the river.")
    assert not events_of(facts, "Flood")


def test_it_of_a_company_that_filed_and_said_is_that_company(extract_text):
    facts = extract_text("Fenwick Home Inc, a furniture retailer, filed for bankruptcy on Monday and said it would "
                         "close 60 stores.")
    assert names(facts, told_by(facts, "close").agents) == ["Fenwick Home Inc"]


def test_lay_off_after_and_is_a_job_cut(extract_text):
    facts = extract_text("Harlow Brands said it would shut two plants and lay off about 900 workers.")
    cuts = told_by(facts, "lay")
    assert cuts.type == "JobCuts"
    assert names(facts, cuts.agents) == ["Harlow Brands"]


def test_a_company_named_short_is_the_company_whatever_the_model_took_it_for(extract_text):
    facts = extract_text("Corvana Motors is recalling 40,000 cars. Corvana said the repairs would take a month.")
    assert [e.name for e in facts.entities.values() if e.name.startswith("Corvana")] == ["Corvana Motors"]


def test_a_bank_named_by_two_words_and_what_it_is_is_named_short_by_the_two(extract_text):
    facts = extract_text("Harbor State Bancorp agreed to buy a rival on Monday. Harbor State said the deal "
                         "would close in May.")
    assert [e.name for e in facts.entities.values() if e.name.startswith("Harbor")] == ["Harbor State Bancorp"]


def test_an_agencys_initials_leave_out_the_state_its_name_opens_with(extract_text):
    facts = extract_text("The U.S. Federal Aviation Administration grounded 30 jets on Monday. The FAA said the "
                         "inspections would take a week.")
    assert [e.name for e in facts.entities.values() if "Aviation" in e.name or e.name == "FAA"] == [
        "U.S. Federal Aviation Administration"]


def test_the_company_after_an_agency_named_by_its_initials_is_the_company(extract_text):
    facts = extract_text("Marvena Motors is recalling 20,000 trucks, the U.S. Consumer Product Safety Commission "
                         "said on Monday. The CPSC said owners should stop driving them. The company recalled "
                         "5,000 trucks last year.")
    recalls = events_of(facts, "Recall")
    assert [names(facts, r.agents) for r in recalls] == [["Marvena Motors"], ["Marvena Motors"]]


def test_free_of_charge_is_no_charge(extract_text):
    facts = extract_text("Dealers will replace the faulty part free of charge, Marvena Motors said.")
    assert not events_of(facts, "Charge")


def test_the_two_banks_are_the_two_banks_named_together(extract_text):
    facts = extract_text("Kestrel Bancorp and Westfield Financial agreed to merge on Monday. The two banks "
                         "expect to cut about 600 jobs.")
    assert names(facts, told_by(facts, "cut").agents) == ["Kestrel Bancorp", "Westfield Financial"]


def test_banks_told_by_a_phrase_of_their_own_are_not_the_pair(extract_text):
    facts = extract_text("Kestrel Bancorp and Westfield Financial agreed to merge on Monday. The banks in the "
                         "region cut 600 jobs last year.")
    assert told_by(facts, "cut").agents == [] or names(facts, told_by(facts, "cut").agents) != [
        "Kestrel Bancorp", "Westfield Financial"]


def test_a_name_after_his_counterpart_is_the_counterparts(extract_text):
    facts = extract_text("Turkish Foreign Minister Emre Kaya and his Greek counterpart Nikos Pappas held "
                         "talks in Geneva on Monday.")
    assert names(facts, told_by(facts, "talks").participants) == ["Emre Kaya", "Nikos Pappas"]


def test_the_ministers_of_two_states_meet_for_their_states(extract_text):
    facts = extract_text("The defence ministers of Brazil and Argentina met in Lisbon on Monday.")
    [meeting] = events_of(facts, "Meeting")
    assert names(facts, meeting.participants) == ["Brazil", "Argentina"]


def test_the_supplier_an_order_is_placed_from_is_its_target(extract_text):
    facts = extract_text("Kestrel Air has ordered 30 A320 jets from Harlow Aerospace worth $3 billion.")
    [order] = events_of(facts, "Order")
    assert names(facts, order.targets) == ["Harlow Aerospace"]


def test_a_name_after_a_lower_case_noun_of_a_business_is_a_company(extract_text):
    facts = extract_text("Portuguese carrier Kestrel Air has ordered 30 jets from planemaker Skyvane, worth about "
                         "$3 billion at list prices.")
    [order] = events_of(facts, "Order")
    assert [(facts.entities[k].name, facts.entities[k].kind) for k in order.targets] == [("Skyvane", "Organization")]


def test_who_is_the_third_to_leave_is_who_leaves(extract_text):
    facts = extract_text("Prime Minister Lena Dahl thanked Erik Holm for his work. Holm, who had served as "
                         "justice minister since 2022, is the second minister to leave the cabinet this year.")
    assert names(facts, told_by(facts, "leave").agents) == ["Erik Holm"]


def test_a_hearing_a_senate_committee_holds_is_no_trial(extract_text):
    facts = extract_text("The House Oversight Committee held a hearing on the crash on Tuesday.")
    hearing = told_by(facts, "hearing")
    assert hearing.type == "PoliticalEvent"
    assert names(facts, hearing.agents) == ["House Oversight Committee"]


def test_an_act_a_hearing_is_held_on_takes_not_the_hearings_day(extract_text):
    facts = extract_text("Lena Dahl nominated Erik Holm to the Supreme Court on Monday. The Senate Judiciary "
                         "Committee will hold hearings on the nomination on May 6.", dt.date(2025, 3, 14))
    [nomination] = events_of(facts, "Nomination")
    assert facts.times[nomination.time].value == "2025-03-10"
    assert facts.times[told_by(facts, "hearings").time].value == "2025-05-06"


def test_a_quarter_told_by_the_day_it_ended_is_the_three_months_to_that_day(extract_text):
    facts = extract_text("Revenue at Orvane Software rose 12% to $1.4 billion in the second quarter ended Aug. 31, "
                         "the company said on Thursday.", dt.date(2025, 9, 25))
    report = told_by(facts, "rose")
    time = facts.times[report.time]
    assert (time.start, time.end) == ("2025-06-01", "2025-08-31")


def test_a_bare_measure_opening_a_sentence_is_the_company_told_before(extract_text):
    facts = extract_text("Orvane Software reported a quarterly profit on Thursday.\n\nRevenue rose 12% to "
                         "$1.4 billion.", dt.date(2025, 9, 25))
    assert names(facts, told_by(facts, "rose").targets) == ["Orvane Software"]


def test_a_measure_of_a_place_has_no_company(extract_text):
    facts = extract_text("Orvane Software reported a quarterly profit on Thursday.\n\nSales in China fell 5%.",
                         dt.date(2025, 9, 25))
    assert told_by(facts, "fell").targets == []


def test_a_company_under_bankruptcy_protection_is_in_a_state_no_new_bankruptcy(extract_text):
    facts = extract_text("Pellam Airways, which operates under bankruptcy protection, cut 300 jobs on Friday.")
    assert not events_of(facts, "Bankruptcy")
