"""Patterns found on news written for a review of unseen-news errors in a later session: companies
named for their home town, events told only as possible. Every sentence here was written for its
test; none is taken from the seed or the corpora."""

from __future__ import annotations

from events_of import events_of, names


def test_a_company_named_for_its_town_is_the_company_where_named_short(extract_text):
    facts = extract_text("Hitachi to cut 3,000 jobs in Europe\n\nHitachi Ltd said on Tuesday it would cut 3,000 "
                         "jobs in Europe. Shares of Hitachi rose 2 percent in Tokyo.")
    assert "Hitachi" not in {e.name for e in facts.entities.values()}
    assert {e.kind for e in facts.entities.values() if e.name == "Hitachi Ltd"} == {"Organization"}


def test_a_town_beside_a_company_named_for_it_stays_a_place_where_told_as_one(extract_text):
    facts = extract_text("Flights\n\nSingapore Airlines said on Monday it would cut 20 flights a week. Singapore "
                         "has reopened its border to travellers.")
    assert {e.kind for e in facts.entities.values() if e.name == "Singapore"} == {"GeopoliticalEntity"}


def test_an_event_noun_under_may_did_not_happen(extract_text):
    facts = extract_text("Recall\n\nKessler Motors said on Monday it would recall 20,000 vans because their brakes "
                         "may fail in a crash.")
    assert events_of(facts, "Recall")
    assert not [e for e in facts.events.values() if "crash" in [m.anchor for m in e.mentions]]


def test_an_event_that_may_have_killed_still_happened(extract_text):
    facts = extract_text("Fire\n\nA fire that may have been started by a cigarette destroyed a warehouse in Leeds "
                         "on Monday.")
    [fire] = events_of(facts, "Fire")
    assert names(facts, [fire.place]) == ["Leeds"]


def test_a_company_described_by_its_people_is_not_the_one_of_another_people(extract_text):
    facts = extract_text("Takeover\n\nKessler Motors has agreed to buy Danish bus maker Nordvik for 300 million "
                         "dollars, the German company said on Tuesday.")
    assert {names(facts, [s.speaker])[0] for s in facts.statements.values()} == {"Kessler Motors"}


def test_an_agreement_told_in_a_statement_is_no_statement_of_its_own(extract_text):
    facts = extract_text("Takeover\n\nKessler Motors has agreed to buy Nordvik for 300 million dollars, the company "
                         "said on Tuesday.")
    assert len(facts.statements) == 1


def test_the_company_saying_what_a_company_did_is_that_company(extract_text):
    facts = extract_text("Takeover\n\nKessler Motors has agreed to buy Nordvik for 300 million dollars, the company "
                         "said on Tuesday.")
    assert [names(facts, [s.speaker])[0] for s in facts.statements.values()] == ["Kessler Motors"]


def test_the_leads_first_talks_are_the_headlines_first_talks(extract_text):
    facts = extract_text("Armenia and Azerbaijan hold first talks in a decade\n\nArmenia and Azerbaijan held their "
                         "first direct talks in ten years in Geneva on Tuesday.")
    [talks] = events_of(facts, "Negotiation")
    assert names(facts, [talks.place]) == ["Geneva"] and talks.time is not None


def test_a_fires_name_is_no_actor(extract_text):
    facts = extract_text("Wildfire\n\nA wildfire in northern California has destroyed 40 homes, officials said on "
                         "Monday. The Creek Fire, which started on Saturday near Fresno, has burned 5,000 hectares.")
    assert not [e for e in facts.entities.values() if "Creek" in e.name]


def test_what_a_named_fire_did_is_the_fire(extract_text):
    facts = extract_text("Wildfire\n\nA wildfire in northern California has destroyed 40 homes, officials said on "
                         "Monday. The Creek Fire, which started on Saturday near Fresno, has burned 5,000 hectares.")
    [fire] = [e for e in facts.events.values() if e.type in ("Wildfire", "Fire")]
    assert {(facts.quantities[q].value, facts.quantities[q].unit) for q in fire.quantities} >= {(5000, "hectare"), (40, "home")}
