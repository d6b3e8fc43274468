"""Figures as reporters write them: amounts in currencies the model reads poorly, counts it reads as
dates or runs into a name, tolls of the recovered, grades that name no one; and the moves and places
told beside them.

The sentences are written for these tests, with made-up names where the model reads them (the states
and cities are real because the rules read what the model and the gazetteer know of them)."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

from events_of import events_of, names, told_by
from figures_of import event_figures, figures


def quantity(facts, value: int):
    """The quantity of `value`."""
    return next(q for q in facts.quantities.values() if q.value == value)


def test_an_amount_in_a_currency_named_after_the_figure_keeps_its_figure(extract_text):
    facts = extract_text("The stoppage will cost Dunmore Platinum about 80 million rand a week, the company said.")
    q = quantity(facts, 80_000_000)
    assert (q.value, q.unit, q.currency, q.qualifier) == (Decimal(80_000_000), "rand", "ZAR", "about")


def test_a_currency_named_after_a_figure_the_model_tagged_alone_is_its_currency(extract_text):
    facts = extract_text("The European Union offered 450 million euros and Japan promised more.")
    q = quantity(facts, 450_000_000)
    assert (q.currency, q.unit) == ("EUR", "euro")


def test_an_amount_in_a_currency_the_lexicon_lacks_counts_that_currency(extract_text):
    facts = extract_text("The agency says it has recovered assets worth more than 6 billion shillings since 2021.")
    assert (Decimal(6_000_000_000), "shilling") in figures(facts)


def test_a_count_the_model_tagged_as_money_counts_the_noun_of_its_whole(extract_text):
    facts = extract_text("Turnout was 64 percent, with more than 3.2 million of the 5 million registered voters "
                         "casting ballots.")
    assert (Decimal(3_200_000), "voter") in figures(facts)


def test_a_fine_run_into_the_name_of_the_fined_keeps_its_figure(extract_text):
    facts = extract_text("Judge Amina Otieno also fined Mwangi 45 million shillings ($348,000) and ordered "
                         "him to repay 1.2 billion shillings.")
    assert {(Decimal(45_000_000), "shilling"), (Decimal(348_000), "dollar")} <= event_figures(facts, "Fine")


def test_a_toll_brought_to_a_figure_after_a_date_is_that_toll(extract_text):
    facts = extract_text("Nine people died of cholera over the week, bringing the death toll since the outbreak "
                         "began in October to 214, the minister said.")
    assert (Decimal(214), "dead") in figures(facts)


def test_people_of_whom_a_number_recovered_are_counted_as_recovered(extract_text):
    facts = extract_text("A total of 4,310 people have been infected, of whom 3,977 have recovered, the ministry said.")
    assert (Decimal(3977), "recovered") in figures(facts)


def test_bodies_recovered_stay_bodies(extract_text):
    facts = extract_text("Divers recovered 14 bodies from the lake on Sunday.")
    assert (Decimal(14), "recovered") not in figures(facts)


def test_a_storms_category_names_no_one(extract_text):
    facts = extract_text("Typhoon Halvard, a Category 4 storm packing winds of 210 kph, hit the Philippines "
                         "on Thursday.")
    assert "Category 4" not in {e.name for e in facts.entities.values()}
    assert all(not e.agents for e in events_of(facts, "Storm"))


def test_shares_that_jumped_by_a_figure_moved(extract_text):
    facts = extract_text("Shares in Kovar Lithium jumped 14 percent after the announcement.")
    [move] = events_of(facts, "MarketMove")
    assert (Decimal(14), "percent") in {(facts.quantities[k].value, facts.quantities[k].unit) for k in move.quantities}


def test_a_storm_that_hit_the_coast_of_a_place_struck_in_that_place(extract_text):
    facts = extract_text("Hurricane Delia hit the coast of Florida on Tuesday, killing two people.")
    assert names(facts, [told_by(facts, "hit").place]) == ["Florida"]


def test_the_company_after_a_union_is_named_refers_to_the_company_not_the_union(extract_text):
    facts = extract_text("Workers at Dornvale Mining went on strike on Thursday, the National Union of "
                         "Mineworkers said. The company has offered 5.5 percent.")
    assert names(facts, told_by(facts, "offered").agents) == ["Dornvale Mining"]


def test_a_previous_strike_in_a_story_of_a_labour_strike_is_a_labour_strike(extract_text):
    facts = extract_text("Workers at Dornvale Mining went on strike on Thursday. A previous strike in 2022 "
                         "lasted 41 days and cost the company 2.1 billion rand.")
    assert len(events_of(facts, "LabourStrike")) == 2
    assert not events_of(facts, "Attack")
    assert (Decimal(2_100_000_000), "rand") in event_figures(facts, "LabourStrike")


def test_strikers_at_a_companys_shafts_strike_against_the_company(extract_text):
    facts = extract_text("About 9,000 workers at Dornvale Mining's gold shafts went on strike on Monday.")
    [strike] = events_of(facts, "LabourStrike")
    assert names(facts, strike.targets) == ["Dornvale Mining"]


def test_what_a_speaker_said_was_expected_on_a_weekday_is_ahead_of_the_saying(extract_text):
    facts = extract_text("The storm was expected to make landfall on Saturday, the weather service said on "
                         "Thursday.", dt.date(2025, 3, 14))
    assert facts.times[told_by(facts, "make").time].value == "2025-03-15"


def test_a_sum_donors_pledged_is_their_pledge(extract_text):
    facts = extract_text("International donors pledged more than $4 billion on Friday to help Nepal rebuild.")
    pledge = told_by(facts, "pledged")
    assert names(facts, pledge.agents) == ["International donors"]
    assert [(facts.quantities[k].value, facts.quantities[k].qualifier) for k in pledge.quantities] == [
        (Decimal(4_000_000_000), "more than")]


def test_a_rivals_tally_against_a_count_of_votes_counts_votes(extract_text):
    facts = extract_text("Tembe received 1,204,300 votes, against 830,000, or 38.2 percent, for Lungu.")
    assert (Decimal(830_000), "vote") in figures(facts)


def test_days_within_which_one_may_appeal_are_no_term(extract_text):
    facts = extract_text("The court jailed Okafor for six years. His lawyer said he would appeal against the "
                         "sentence within 30 days.")
    assert (Decimal(30), "day") not in figures(facts)
    assert (Decimal(6), "year") in figures(facts)


def test_a_second_age_after_aged_is_no_count_of_the_dead(extract_text):
    facts = extract_text("Two people aged 71 and 86 died of heatstroke in Seville on Friday.")
    assert {q.value for q in facts.quantities.values()} == {Decimal(2)}


def test_a_name_the_model_took_for_a_firm_is_a_persons_when_jailed(extract_text):
    facts = extract_text("The judge jailed Tomasz Nowak for nine years after convicting him on four counts.")
    assert {e.name: e.kind for e in facts.entities.values()}["Tomasz Nowak"] == "Person"


def test_a_currency_the_tagger_took_for_a_name_is_still_the_currency(extract_text):
    facts = extract_text("The walkout has cost the economy an estimated 3 billion naira a day.")
    q = quantity(facts, 3_000_000_000)
    assert (q.unit, q.currency, q.qualifier) == ("naira", "NGN", "an estimated")


def test_an_index_that_fell_while_a_price_rose_moved_on_its_own(extract_text):
    facts = extract_text("Oil prices rose 2 percent to $79.10 a barrel on Monday, while the Nikkei fell 0.8 percent.")
    moves = events_of(facts, "MarketMove")
    assert len(moves) == 2
    assert (Decimal("0.8"), "percent") in {(facts.quantities[k].value, facts.quantities[k].unit)
                                            for k in told_by(facts, "fell").quantities}


def test_a_bond_yield_that_rose_is_a_market_move(extract_text):
    facts = extract_text("The 10-year bond yield rose 9 basis points to 4.12 percent on Tuesday.")
    [move] = events_of(facts, "MarketMove")
    assert (Decimal(9), "basis point") in {(facts.quantities[k].value, facts.quantities[k].unit) for k in move.quantities}


def test_a_share_described_by_a_participle_keeps_its_figure(extract_text):
    facts = extract_text("Kestrel will also buy the remaining 49 percent within three years for up to 2 billion euros.")
    assert (Decimal(49), "percent") in figures(facts)


def test_the_level_a_count_of_things_came_to_counts_those_things(extract_text):
    facts = extract_text("Cases jumped 35% to 1,940 in the week to Sunday, while admissions doubled to 260.")
    assert {(Decimal(1940), "case"), (Decimal(260), "admission")} <= figures(facts)


def test_the_level_shares_came_to_counts_no_shares(extract_text):
    facts = extract_text("Shares in Kovar rose 5% to 120 on Monday.")
    assert (Decimal(120), "share") not in figures(facts)


def test_scores_of_people_killed_is_an_order_of_magnitude_of_the_dead(extract_text):
    facts = extract_text("Scores of people were killed when a building collapsed in Lagos on Tuesday.")
    [q] = facts.quantities.values()
    assert (q.value, q.unit, q.qualifier) == (None, "killed", "scores of")


def test_tens_of_thousands_who_fled_are_one_order_of_magnitude(extract_text):
    facts = extract_text("Tens of thousands of people fled their homes in Darfur on Monday.")
    assert [(q.value, q.qualifier) for q in facts.quantities.values()] == [(None, "tens of thousands of")]


def test_the_scores_of_two_teams_count_nothing(extract_text):
    facts = extract_text("The scores of both teams were level at half-time.")
    assert not facts.quantities


def test_a_clock_time_in_four_digits_is_no_year(extract_text):
    facts = extract_text("An earthquake struck off the coast of Sumatra at 2140 GMT on Monday, injuring 11 people.",
                         dt.date(2025, 3, 14))
    [quake] = events_of(facts, "Earthquake")
    assert facts.times[quake.time].value == "2025-03-10"
    assert "2140" not in {t.value for t in facts.times.values()}


def test_a_depth_or_a_distance_within_is_no_count(extract_text):
    facts = extract_text("The quake struck at a depth of 12 km on Monday. The storm passed within 80 km of "
                         "Manila, killing two people.")
    assert {(q.value, q.unit) for q in facts.quantities.values()} == {(Decimal(2), "killed")}


def test_the_size_of_a_building_evacuated_is_no_count(extract_text):
    facts = extract_text("The 1,200-seat theatre was evacuated after a fire broke out on Friday.")
    assert not facts.quantities


def test_demands_that_were_met_are_no_meeting(extract_text):
    facts = extract_text("The union said its 9,500 members would stay out until their demands were met.")
    assert not events_of(facts, "Meeting")


def test_the_strike_after_workers_walked_off_the_job_is_their_strike(extract_text):
    facts = extract_text("About 3,000 dockworkers at the port of Santos walked off the job on Monday. The strike, "
                         "now in its fifth day, has halted exports worth $60 million a day.")
    [strike] = events_of(facts, "LabourStrike")
    assert not events_of(facts, "Attack")
    assert "dockworkers" in names(facts, strike.agents)


def test_a_sum_announced_in_assistance_is_aid(extract_text):
    facts = extract_text("Canada announced an additional $300 million in humanitarian assistance for Sudan on Tuesday.")
    [aid] = events_of(facts, "Aid")
    assert names(facts, aid.agents) == ["Canada"]
    assert [(facts.quantities[k].value, facts.quantities[k].currency) for k in aid.quantities] == [
        (Decimal(300_000_000), "USD")]


def test_a_pronoun_object_of_a_joined_verb_is_the_one_the_first_verb_acted_on(extract_text):
    facts = extract_text("Leon Marsh was found guilty last year. Judge Ana Ortiz jailed Rita Vance for 18 months on "
                         "Tuesday and ordered her to pay $1.2 million in restitution.")
    assert names(facts, told_by(facts, "pay").agents) == ["Rita Vance"]


def test_the_one_a_jury_found_guilty_is_the_defendant(extract_text):
    facts = extract_text("A jury found Leon Marsh guilty on 11 of 13 counts of wire fraud on Monday.")
    ruling = told_by(facts, "found")
    assert names(facts, ruling.targets) == ["Leon Marsh"]
    assert (Decimal(11), "count") in {(facts.quantities[k].value, facts.quantities[k].unit) for k in ruling.quantities}


def test_the_deal_after_a_company_agreed_to_buy_another_is_no_accord(extract_text):
    facts = extract_text("Halvor Group agreed to buy Orvana Foods for $2 billion on Monday. The deal values Orvana "
                         "at $3 billion including debt.")
    assert "deal" not in {m.anchor for e in events_of(facts, "Agreement") for m in e.mentions}
