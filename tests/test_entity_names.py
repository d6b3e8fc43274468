"""Named actors and places: where a name starts and ends, what kind of thing it names, and which
country a demonym stands for. Sentences written for these tests."""

from __future__ import annotations


def entity(facts, name):
    return next((e for e in facts.entities.values() if e.name == name), None)


def test_a_demonym_shared_by_a_state_and_its_territory_names_the_state():
    from kg.extraction.gazetteer import gazetteer

    assert gazetteer().demonym_country("Norwegian").name == "Norway"
    assert gazetteer().demonym_country("Norwegians").name == "Norway"
