"""Names the model misses or mistypes, read from what the sentence says of them (session 24).

Every sentence here was written for its test.
"""

from __future__ import annotations

from events_of import events_of, names


def kinds(facts) -> dict[str, str]:
    return {e.name: e.kind for e in facts.entities.values()}


def test_a_full_name_only_people_are_arrested_under_is_a_person(extract_text):
    facts = extract_text("News in brief\n\nPolice arrested Tiago Neves in Porto on Monday.")
    assert kinds(facts).get("Tiago Neves") == "Person"
    [arrest] = events_of(facts, "Arrest")
    assert names(facts, arrest.targets) == ["Tiago Neves"]


def test_a_full_name_nominated_is_a_person(extract_text):
    facts = extract_text("News in brief\n\nThe president nominated Ana Ruiz as ambassador to Spain on Friday.")
    assert kinds(facts).get("Ana Ruiz") == "Person"


def test_a_company_named_like_a_town_that_recalls_goods_is_the_company(extract_text):
    facts = extract_text("News in brief\n\nToyota recalled 80,000 trucks in the United States on Tuesday.")
    assert kinds(facts).get("Toyota") == "Organization"
    [recall] = events_of(facts, "Recall")
    assert names(facts, recall.agents) == ["Toyota"]


def test_where_people_land_is_a_place_not_a_person(extract_text):
    facts = extract_text("News in brief\n\nForty migrants landed in Lampedusa on Monday.")
    assert kinds(facts).get("Lampedusa") == "Location"


def test_a_bodys_capitalised_word_of_a_named_state_is_that_body(extract_text):
    facts = extract_text("News in brief\n\nThe Congress of Peru voted to remove the minister on Monday.")
    assert kinds(facts).get("Congress of Peru") == "Organization"


def test_a_name_ending_in_a_plural_that_sues_is_a_company(extract_text):
    facts = extract_text("News in brief\n\nRiverside Games sued the publisher on Monday.")
    assert kinds(facts).get("Riverside Games") == "Organization"
    [suit] = events_of(facts, "Lawsuit")
    assert names(facts, suit.agents) == ["Riverside Games"]


def test_a_name_compounded_to_region_is_a_region_not_a_people(extract_text):
    facts = extract_text("Shelling\n\nShelling hit three villages in the Belgorod region on Sunday.")
    assert kinds(facts).get("Belgorod") not in (None, "Group", "Person", "Organization")


def test_an_interception_over_a_region_happens_there(extract_text):
    facts = extract_text("Drones\n\nThe defence ministry said its forces had destroyed 25 drones over the Belgorod "
                         "region on Monday.")
    [interception] = events_of(facts, "Interception")
    assert facts.entities[interception.place].name == "Belgorod"
