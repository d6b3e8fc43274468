"""Defects found on unseen conflict, crime and court news (helper 57's sweep).

Every sentence here was written for its test.
"""

from __future__ import annotations

from events_of import names, told_by


def test_rockets_fired_into_a_country_struck_that_country(extract_text):
    facts = extract_text("News\n\nHezbollah fired 40 rockets into northern Israel on Sunday.")
    event = told_by(facts, "fired")
    assert facts.entities[event.place].name == "Israel"


def test_people_fleeing_into_a_country_place_no_fighting_there(extract_text):
    facts = extract_text("News\n\nOn Monday, 300 families fled into Chad after fighting in Darfur.")
    assert all(facts.entities[e.place].name != "Chad" for e in facts.events.values()
               if e.place and e.type in ("Attack", "Clash"))
