"""Defects found on unseen disaster news (helper 66's sweep): transport accidents, fires, floods,
landslides and earthquakes.

Every sentence here was written for its test (the cities and states are real because the rules
read what the gazetteer knows of them).
"""

from __future__ import annotations

from decimal import Decimal

from events_of import names, told_by
from figures_of import event_figures

from kg.reader import parse_text


def test_a_dateline_naming_the_state_before_the_agency_is_read():
    article = parse_text("Bus crash\n\nNAGPUR, India (AP) — A bus fell into a gorge on Friday.", ident="t.txt")
    assert (article.dateline_place, article.publisher) == ("Nagpur", "AP")


def test_the_city_of_a_dateline_naming_its_state_before_the_agency_is_an_entity(extract_text):
    facts = extract_text("Bus crash\n\nNAGPUR, India (AP) — A bus fell into a gorge on Friday, police said.")
    assert "Nagpur" in {e.name for e in facts.entities.values()}


def test_the_city_of_a_dateline_with_only_an_agency_is_an_entity(extract_text):
    facts = extract_text("Bus crash\n\nPORT MORESBY (AP) — A bus fell into a river on Friday, police said.")
    assert "Port Moresby" in {e.name for e in facts.entities.values()}


def test_a_sinking_off_the_coast_of_a_state_happens_in_that_state(extract_text):
    facts = extract_text("News\n\nAt least 30 migrants drowned after their boat sank off the coast of Tunisia, the "
                         "agency said on Saturday.")
    assert names(facts, [told_by(facts, "sank").place]) == ["Tunisia"]


def test_people_counted_before_an_aside_who_then_drowned_are_dead(extract_text):
    facts = extract_text("News\n\nAt least 40 migrants, many of them women and children, drowned after their boat "
                         "sank, the agency said.")
    assert (Decimal(40), "dead") in event_figures(facts, "Shipwreck")


def test_only_before_a_count_is_no_part_of_it(extract_text):
    facts = extract_text("News\n\nOnly 14 people were rescued after the ferry sank, officials said.")
    assert (Decimal(14), "rescued") in event_figures(facts, "Rescue")


def test_two_passives_joined_share_the_by_phrase_after_the_second(extract_text):
    facts = extract_text("News\n\nThe fishermen were rescued and flown to Lisbon by the navy on Sunday.")
    assert names(facts, told_by(facts, "rescued").agents) == ["navy"]


def test_a_passive_with_words_of_its_own_keeps_apart_from_the_by_phrase_of_the_next(extract_text):
    facts = extract_text("News\n\nTwo men were arrested on Monday and charged by prosecutors with fraud.")
    assert told_by(facts, "arrested").agents == []


def test_a_disaster_on_a_named_island_happens_there_and_strikes_no_one(extract_text):
    facts = extract_text("News\n\nA bus overturned on Luzon on Monday, killing six people.")
    crash = told_by(facts, "overturned")
    assert names(facts, [crash.place]) == ["Luzon"] and crash.targets == []


def test_a_disaster_happens_where_it_struck_not_where_its_tellers_sit(extract_text):
    facts = extract_text("News\n\nA tropical storm lashed the northern island of Luzon on Monday, forcing thousands "
                         "from their homes, disaster officials in Manila said.")
    assert names(facts, [told_by(facts, "lashed").place]) != ["Manila"]


def test_the_day_a_toll_rose_is_no_day_of_the_disaster_it_counts(extract_text):
    facts = extract_text("News\n\nThe death toll from the earthquake in Peru rose to 45 on Tuesday, officials said.")
    assert told_by(facts, "earthquake").time is None


def test_the_day_a_toll_rose_is_no_day_of_the_sinking_told_in_its_relative_clause(extract_text):
    facts = extract_text("News\n\nThe death toll from a ferry that capsized off the island of Sulawesi rose to 31 "
                         "on Monday, the agency said.")
    assert told_by(facts, "capsized").time is None


def test_a_boat_that_overturned_is_a_shipwreck(extract_text):
    facts = extract_text("News\n\nThe ferry, which was carrying 140 passengers, overturned in rough seas on Saturday.")
    assert told_by(facts, "overturned").type == "Shipwreck"


def test_a_title_before_a_hyphenated_name_the_model_took_for_a_body_names_a_person(extract_text):
    facts = extract_text("News\n\nLagos state governor Babajide Sanwo-Olu suspended the head of the agency.")
    assert {e.name: e.kind for e in facts.entities.values()}.get("Babajide Sanwo-Olu") == "Person"


def test_the_capital_told_by_its_states_adjective_is_the_capital_of_the_dateline(extract_text):
    facts = extract_text("News\n\nHANOI, Sept 13 (Reuters) - A fire tore through an apartment building in the "
                         "Vietnamese capital late on Tuesday, killing 14 people.")
    assert names(facts, [told_by(facts, "tore").place]) == ["Hanoi"]


def test_what_follows_a_lead_that_locates_nothing_happens_where_its_disaster_struck(extract_text):
    facts = extract_text("News\n\nA strong earthquake struck southern Peru on Monday, killing two people.\n\n"
                         "Rescuers pulled three people alive from the ruins of a school, officials said.")
    assert names(facts, [told_by(facts, "pulled").place]) == ["Peru"]


def test_a_hyphenated_surname_told_again_is_the_person_named_in_full(extract_text):
    facts = extract_text("News\n\nPolice chief Kwame Mensah-Bonsu said on Friday that two men had been arrested. "
                         "\"They will be charged,\" Mensah-Bonsu said.")
    assert [e.name for e in facts.entities.values() if e.kind == "Person"] == ["Kwame Mensah-Bonsu"]


def test_a_lead_locating_nothing_with_one_act_of_each_of_two_doers_is_read(extract_text):
    facts = extract_text("News\n\nSenators Ana Ruiz and Tom Hale suspended their campaigns on Monday.\n\n"
                         "Officials said more was expected.")
    assert len(facts.events) >= 2


def test_a_ship_named_with_its_prefix_that_sank_is_a_shipwreck(extract_text):
    facts = extract_text("News\n\nThe MS Kelpie sank off Crete on Sunday.")
    assert told_by(facts, "sank").type == "Shipwreck"


def test_a_title_before_a_name_is_no_ships_prefix(extract_text):
    facts = extract_text("News\n\nMs Ana Ruiz sank a putt on Sunday.")
    assert all(e.type != "Shipwreck" for e in facts.events.values())


def test_what_follows_a_lead_whose_disaster_is_told_after_what_it_caused_happens_where_it_was(extract_text):
    facts = extract_text("News\n\nAt least 30 migrants drowned after their boat sank off the coast of Tunisia on "
                         "Friday.\n\nOnly 12 people were rescued by the coast guard, officials said.")
    assert names(facts, [told_by(facts, "rescued").place]) == ["Tunisia"]
