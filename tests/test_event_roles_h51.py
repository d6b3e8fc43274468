"""Roles told by the state a subject is in ("under investigation", "in talks with"), by the other
side of a deal, and by a verb that breaks an accord.

Every sentence here was written for its test.
"""

from __future__ import annotations

from events_of import events_of, names


def test_a_body_under_investigation_is_the_target_of_the_investigation(extract_text):
    facts = extract_text("News\n\nHalvard Bank is under investigation by the Financial Conduct Authority.")
    [probe] = events_of(facts, "Investigation")
    assert names(facts, probe.targets) == ["Halvard Bank"]
    assert names(facts, probe.agents) == ["Financial Conduct Authority"]


def test_a_body_that_came_under_attack_is_the_target_of_the_attack(extract_text):
    facts = extract_text("News\n\nThe Ostland Ministry of Finance came under attack from rebels on Monday.")
    [attack] = events_of(facts, "Attack")
    assert names(facts, attack.targets) == ["Ostland Ministry of Finance"]


def test_whom_police_placed_under_arrest_was_arrested_by_them(extract_text):
    facts = extract_text("News\n\nPolice placed Marco Tessel under arrest on Monday.")
    [arrest] = events_of(facts, "Arrest")
    assert names(facts, arrest.targets) == ["Marco Tessel"]
    assert "Marco Tessel" not in names(facts, arrest.agents)


def test_the_subject_that_is_the_target_of_an_attack_is_its_target(extract_text):
    facts = extract_text("News\n\nHalvard Bank was the target of a cyberattack on Tuesday.")
    [attack] = events_of(facts, "Cyberattack")
    assert names(facts, attack.targets) == ["Halvard Bank"]


def test_the_subject_that_became_the_subject_of_an_investigation_is_its_target(extract_text):
    facts = extract_text("News\n\nHalvard Bank has become the subject of a federal investigation.")
    [probe] = events_of(facts, "Investigation")
    assert names(facts, probe.targets) == ["Halvard Bank"]


def test_one_in_talks_with_another_takes_part_in_them_with_it(extract_text):
    facts = extract_text("News\n\nZentra Holdings is in talks with Korvel Motors.")
    [talks] = events_of(facts, "Negotiation")
    assert sorted(names(facts, talks.participants)) == ["Korvel Motors", "Zentra Holdings"]


def test_one_that_entered_into_an_agreement_with_another_made_it_with_that_one(extract_text):
    facts = extract_text("News\n\nZentra Holdings has entered into an agreement with Korvel Motors for the supply "
                         "of engines.")
    [accord] = events_of(facts, "Agreement")
    assert names(facts, accord.agents) == ["Zentra Holdings"]
    assert "Korvel Motors" in names(facts, accord.participants)


def test_whom_a_deal_is_signed_with_is_its_other_side(extract_text):
    facts = extract_text("News\n\nZentra Holdings signed a deal with Korvel Motors on Friday.")
    [deal] = events_of(facts, "Deal")
    assert names(facts, deal.agents) == ["Zentra Holdings"]
    assert names(facts, deal.targets) == ["Korvel Motors"]


def test_whom_an_order_is_placed_with_is_its_supplier(extract_text):
    facts = extract_text("News\n\nVarnak Airways placed an order with Belmont Aerospace for ten jets.")
    [order] = events_of(facts, "Order")
    assert names(facts, order.targets) == ["Belmont Aerospace"]


def test_one_together_with_the_subject_of_a_deal_is_not_its_other_side(extract_text):
    facts = extract_text("News\n\nZentra Holdings signed a deal together with Korvel Motors to build a plant.")
    [deal] = events_of(facts, "Deal")
    assert "Korvel Motors" not in names(facts, deal.targets)


def test_who_violates_an_agreement_did_not_make_it(extract_text):
    facts = extract_text("News\n\nOrla Records says Velmar Telecom violated an agreement reached between the two "
                         "companies in 2015.")
    for accord in events_of(facts, "Agreement"):
        assert "Velmar Telecom" not in names(facts, accord.agents)


def test_the_company_is_not_the_agency_a_spokesman_told(extract_text):
    facts = extract_text("News\n\nZentra Holdings will cut 300 jobs, a spokesman told Reuters on Monday. The company "
                         "also closed a plant in Dunmore.")
    [closure] = events_of(facts, "Closure")
    assert names(facts, closure.agents) == ["Zentra Holdings"]


def test_the_company_is_not_the_agency_a_report_is_according_to(extract_text):
    facts = extract_text("News\n\nZentra Holdings will cut 300 jobs, according to Reuters. The company also closed "
                         "a plant in Dunmore.")
    [closure] = events_of(facts, "Closure")
    assert names(facts, closure.agents) == ["Zentra Holdings"]


def test_a_business_act_told_in_the_passive_by_a_bodys_officials_is_the_bodys(extract_text):
    facts = extract_text("News\n\nGeneral Motors officials said that 400 jobs would be cut next year.")
    [cuts] = events_of(facts, "JobCuts")
    assert names(facts, cuts.agents) == ["General Motors"]


def test_a_business_act_told_in_the_passive_by_a_bodys_spokeswoman_is_the_bodys(extract_text):
    facts = extract_text("News\n\nA General Motors spokeswoman said 400 jobs would be cut next year.")
    [cuts] = events_of(facts, "JobCuts")
    assert names(facts, cuts.agents) == ["General Motors"]


def test_buying_a_stake_in_a_company_is_done_to_that_company(extract_text):
    facts = extract_text("News\n\nZentra Holdings bought a 20% stake in Korvel Motors on Monday.")
    [purchase] = events_of(facts, "Acquisition")
    assert names(facts, purchase.agents) == ["Zentra Holdings"]
    assert names(facts, purchase.targets) == ["Korvel Motors"]


def test_the_sale_of_a_stake_in_a_company_is_done_to_that_company(extract_text):
    facts = extract_text("News\n\nThe sale of its stake in Korvel Motors raised $2 billion for the Ostland "
                         "government.")
    [sale] = events_of(facts, "Divestment")
    assert names(facts, sale.targets) == ["Korvel Motors"]


def test_whom_money_is_lent_to_is_the_borrower(extract_text):
    facts = extract_text("News\n\nThe central bank lent $5 billion to Halvard Bank on Friday.")
    [loan] = events_of(facts, "Lending")
    assert names(facts, loan.targets) == ["Halvard Bank"]


def test_the_body_one_pleads_before_is_whom_the_plea_is_addressed_to(extract_text):
    facts = extract_text("News\n\nKorvel Motors pleaded before Congress for $14 billion in loans.")
    [plea] = [e for e in facts.events.values() if any(m.anchor == "pleaded" for m in e.mentions)]
    assert names(facts, plea.targets) == ["Congress"]


def test_the_company_is_not_the_public_authority_named_last(extract_text):
    facts = extract_text("News\n\nBrevik Steel is the subject of an inquiry by the Ostland Competition Authority. "
                         "The authority said on Monday the company remains under investigation.")
    for probe in events_of(facts, "Investigation"):
        assert "Ostland Competition Authority" not in names(facts, probe.targets)


def test_the_group_that_claimed_an_attack_is_not_the_army_whose_spokesman_spoke(extract_text):
    facts = extract_text("News\n\nRebels of the Northern Liberation Front attacked a base near Talva on Sunday, "
                         "army spokesman Ivo Marek said. The group claimed responsibility for the assault.")
    for attack in events_of(facts, "Attack"):
        assert "army" not in names(facts, attack.agents)


def test_a_name_standing_alone_as_a_line_is_read_to_the_end(extract_text):
    # a name that is its own sentence hangs from nothing: looking for the word it hangs from must stop
    facts = extract_text("Reuters\n\nZentra Holdings will cut 300 jobs. The company also closed a plant in Dunmore.")
    [closure] = events_of(facts, "Closure")
    assert names(facts, closure.agents) == ["Zentra Holdings"]
