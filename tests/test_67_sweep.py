"""Defects found on unseen election, protest, sanctions and missile-test news (helper 67's sweep).

Every sentence here was written for its test.
"""

from __future__ import annotations

import datetime as dt

from events_of import events_of, names, told_by

FRIDAY = dt.date(2025, 3, 14)


def _kinds(facts, name: str) -> list[str]:
    return [e.kind for e in facts.entities.values() if e.name == name]


def test_a_name_the_model_took_for_a_state_in_apposition_to_a_leader_is_a_person(extract_text):
    facts = extract_text("News\n\nThe deal was sealed, the leader of the Social Democrats, Nils Klingbeil, told a news "
                         "conference in Berlin.")
    assert _kinds(facts, "Nils Klingbeil") == ["Person"]
