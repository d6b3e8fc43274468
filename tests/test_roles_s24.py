"""Roles and speakers: patterns found on news written for these tests (session 24).

Every sentence here was written for its test.
"""

from __future__ import annotations

from events_of import events_of, names


def test_a_state_adjective_of_one_person_is_not_the_person_sentenced(extract_text):
    facts = extract_text("Court news\n\nA court in Lviv sentenced a Belarusian soldier to nine years in prison on Monday.")
    [sentencing] = events_of(facts, "Ruling")
    assert "Belarus" not in names(facts, sentencing.targets)
    assert "court" in names(facts, sentencing.agents)


def test_a_state_adjective_of_one_person_is_not_the_attacker(extract_text):
    facts = extract_text("Attack news\n\nA Moldovan man attacked two police officers in Turin on Sunday.")
    [attack] = events_of(facts, "ConflictEvent")
    assert "Moldova" not in names(facts, attack.agents)


def test_forces_with_a_state_adjective_still_act_for_the_state(extract_text):
    facts = extract_text("War news\n\nRussian forces attacked the city of Sumy on Sunday.")
    [attack] = events_of(facts, "Attack")
    assert names(facts, attack.agents) == ["Russia"]


def test_a_headline_subject_is_read_as_a_phrase_not_word_by_word(extract_text):
    # the tagger reads the headline's verb "sentences" as a plural noun
    facts = extract_text("Belgian court sentences ex-mayor to five years\n\n"
                         "A Belgian court on Tuesday sentenced a former mayor to five years in prison for fraud.")
    [sentencing] = events_of(facts, "Ruling")
    assert names(facts, sentencing.agents) == ["Belgian court"]
