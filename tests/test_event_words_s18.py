"""Attacks told by their weapons and their killings, an event said to be what another is, and a clause
counted back from the event it follows.

The sentences are written for these tests, with made-up names where the model reads them (the states
and cities are real because the rules read what the model and the gazetteer know of them)."""

from __future__ import annotations

import datetime as dt

from events_of import events_of, names, told_by


def test_a_states_weapons_that_strike_are_its_attack(extract_text):
    facts = extract_text("Russian missiles struck the city of Kharkiv on Sunday, killing four people.")
    assert names(facts, told_by(facts, "struck").agents) == ["Russia"]


def test_a_weapon_named_by_a_place_is_no_doer(extract_text):
    facts = extract_text("Two shells hit the Kharkiv railway station on Sunday.")
    assert told_by(facts, "hit").agents == []


def test_a_killing_by_attackers_who_share_the_subject_of_another_verb_is_their_attack(extract_text):
    facts = extract_text("The gunmen stormed the school and shot dead a security guard, police said.")
    [attack] = events_of(facts, "Attack")
    assert {m.anchor for m in attack.mentions} >= {"stormed", "shot"}
    assert "Event" not in {e.type for e in facts.events.values()}


def test_an_event_noun_said_of_an_event_told_before_is_no_new_event(extract_text):
    facts = extract_text("Vorland and Kestria exchanged 150 prisoners on Monday. It was the third such exchange "
                         "this year.", dt.date(2025, 1, 8))
    [exchange] = events_of(facts, "PrisonerExchange")
    assert facts.times[exchange.time].value == "2025-01-06"


def test_an_event_noun_said_of_a_thing_is_still_an_event(extract_text):
    facts = extract_text("The market was the site of an attack by rebels on Monday.")
    assert events_of(facts, "Attack")


def test_an_event_told_as_what_another_came_after_is_another_event(extract_text):
    facts = extract_text("The raid came two days after rebels attacked a police station in Beni.")
    assert len(events_of(facts, "Attack")) == 2


def test_an_act_another_came_days_after_is_counted_back_from_its_day(extract_text):
    facts = extract_text("News\n\nVorland and Kestria exchanged 150 prisoners on Monday. The exchange came a day "
                         "after Russian missiles struck the city of Kharkiv.", dt.date(2025, 1, 8))
    assert facts.times[told_by(facts, "struck").time].value == "2025-01-05"
