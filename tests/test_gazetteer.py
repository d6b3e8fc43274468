"""What the gazetteer takes a name for: countries, cities, US states and the first-level divisions
of other countries.

Every name and sentence here was chosen for its test.
"""

from __future__ import annotations

from kg.extraction.gazetteer import gazetteer


def test_a_first_level_division_outside_the_us_is_a_region_of_its_country():
    place = gazetteer().place("Tuscany")
    assert (place.kind, place.country_code) == ("region", "IT")


def test_a_division_has_coordinates_and_the_geonames_code_of_its_cities():
    region, town = gazetteer().place("Bavaria"), gazetteer().place("Regensburg")
    assert region.lat is not None and region.long is not None
    assert region.admin1 == town.admin1


def test_a_city_keeps_its_name_over_the_division_of_the_same_name():
    assert gazetteer().place("Lisbon").kind == "city"


def test_a_division_that_dwarfs_a_town_of_its_name_is_what_the_name_means():
    place = gazetteer().place("Ontario")
    assert (place.kind, place.country_code) == ("region", "CA")


def test_a_division_named_by_a_compass_point_alone_is_no_place():
    assert gazetteer().place("Northern") is None


def test_a_division_named_like_an_everyday_word_is_no_place():
    assert gazetteer().place("Maritime") is None


def test_a_division_known_by_name_only_is_taken_where_spelled_with_its_accents():
    assert gazetteer().place("Falcon") is None


def test_a_town_in_a_foreign_division_is_found_inside_it():
    region = gazetteer().place("Western Australia")
    assert gazetteer().place_in("Perth", region).country_code == "AU"


def test_a_division_the_model_takes_for_a_person_is_a_place(extract_text):
    facts = extract_text("News\n\nFloods struck Tuscany yesterday.")
    [tuscany] = [e for e in facts.entities.values() if e.name == "Tuscany"]
    assert tuscany.kind == "GeopoliticalEntity" and facts.entities[tuscany.country_key].name == "Italy"


def test_a_division_spelled_as_written_beats_a_much_smaller_town_with_accents():
    bali = gazetteer().place("Bali")
    assert (bali.kind, bali.country_code) == ("region", "ID")


def test_a_big_city_with_accents_keeps_its_name_over_its_division():
    assert gazetteer().place("Cordoba").kind == "city"
