"""Which places lie within which, and the places an event has at every level.

Every sentence here was written for its test.
"""

from __future__ import annotations

import pytest

from kg.mapping import facts_to_quads
from kg.records import places_around


def place_named(facts, name: str) -> str:
    [key] = [k for k, e in facts.entities.items() if e.name == name or name in e.aliases]
    return key


def around(facts, name: str) -> list[str]:
    """The names of the places the article puts place `name` in, innermost first."""
    return [facts.entities[k].name for k in places_around(place_named(facts, name), facts.entities)]


def test_a_place_followed_by_a_comma_and_its_country_lies_in_it(extract_text):
    facts = extract_text("News\n\nThe candidate held a rally in Minsk, Belarus, on Thursday.")
    assert around(facts, "Minsk") == ["Belarus"]


def test_a_square_in_a_city_lies_in_the_city_and_its_country(extract_text):
    facts = extract_text("News\n\nSeveral hundred farmers gathered at Ostrova Square in Kraków on Saturday.")
    assert around(facts, "Ostrova Square") == ["Kraków", "Poland"]


def test_the_area_of_a_city_lies_in_that_city(extract_text):
    facts = extract_text("News\n\nA warehouse in the Karol Bagh area of New Delhi burned down on Monday.")
    assert around(facts, "Karol Bāgh")[:1] == ["New Delhi"]


def test_a_us_city_lies_in_its_state_when_the_article_names_the_state(extract_text):
    facts = extract_text("News\n\nPolice arrested two men in Tampa on Friday. Florida officials said the men were armed.")
    assert around(facts, "Tampa") == ["Florida", "United States"]


def test_two_cities_named_side_by_side_do_not_nest(extract_text):
    facts = extract_text("News\n\nTalks were held in Geneva on Monday and in Lyon on Tuesday.")
    assert around(facts, "Geneva") == ["Switzerland"] and around(facts, "Lyon") == ["France"]


def test_states_in_a_list_do_not_nest(extract_text):
    facts = extract_text("News\n\nVoters went to the polls in Ohio, Texas and Utah on Tuesday.")
    assert around(facts, "Ohio") == ["United States"]


def test_a_place_is_not_put_in_a_country_the_gazetteer_places_it_outside(extract_text):
    facts = extract_text("News\n\nThe storm flooded streets in Lyon, Canada on Sunday.")
    assert "Canada" not in around(facts, "Lyon")


def test_an_event_at_a_square_has_the_square_as_its_site(extract_text):
    facts = extract_text("News\n\nSeveral hundred farmers protested at Ostrova Square in Kraków on Saturday.")
    [protest] = [e for e in facts.events.values() if e.type == "Protest"]
    assert facts.entities[protest.place].name == "Ostrova Square"


@pytest.fixture
def protest_quads(extract_text):
    facts = extract_text("News\n\nSeveral hundred farmers protested at Ostrova Square in Kraków on Saturday.")
    return [tuple(str(t) for t in (q.subject, q.predicate, q.object)) for q in facts_to_quads(facts)]


def test_an_event_has_its_site_and_every_place_containing_it_as_places(protest_quads):
    site = {o for s, p, o in protest_quads if p.endswith("#site>")}
    places = {o for s, p, o in protest_quads if p.endswith("#place>")}
    assert len(site) == 1 and site < places and len(places) == 3


def test_a_place_inside_another_is_written_within_it(protest_quads):
    assert any(p.endswith("#within>") for s, p, o in protest_quads)
