"""Defects found on unseen disaster, accident and health news (helper 58's sweep), each a
behaviour written down on a sentence made up for it."""
from __future__ import annotations

HEADLINE = "News in brief"


def test_a_named_storm_is_no_actor(extract_text):
    facts = extract_text(f"{HEADLINE}\n\nTyphoon Velka has killed at least 20 people in Norland, officials said. "
                         "Velka made landfall on Saturday near the port of Halden.")
    names = {e.name for e in facts.entities.values()}
    assert not names & {"Typhoon Velka", "Velka"}


def test_a_storm_named_alone_still_acts_as_the_storm(extract_text):
    facts = extract_text(f"{HEADLINE}\n\nHurricane Orla swept across the islands on Friday. "
                         "Orla made landfall on Saturday in Cuba.")
    storms = [m.anchor for e in facts.events.values() if e.type == "Storm" for m in e.mentions]
    assert "made" in storms


def test_a_named_storm_still_types_what_it_kills(extract_text):
    facts = extract_text(f"{HEADLINE}\n\nTropical Storm Pira killed six people in Honduras on Monday.")
    assert [e.type for e in facts.events.values()] == ["Storm"]


def test_a_storm_word_inside_a_longer_name_names_no_storm(extract_text):
    facts = extract_text(f"{HEADLINE}\n\nThe Hurricane Relief Fund gave money to families in Texas on Monday.")
    assert any(e.name == "Hurricane Relief Fund" for e in facts.entities.values())


def test_people_crushed_by_a_landslide_died_in_the_landslide(extract_text):
    facts = extract_text(f"{HEADLINE}\n\nFive villagers were crushed by a landslide in Nepal on Sunday, police said.")
    assert "Stampede" not in [e.type for e in facts.events.values()]


def test_crushed_by_a_lorry_is_no_stampede(extract_text):
    facts = extract_text(f"{HEADLINE}\n\nA cyclist was crushed by a lorry in Leeds on Tuesday, police said.")
    assert "Stampede" not in [e.type for e in facts.events.values()]


def test_people_crushed_in_a_surge_of_pilgrims_were_in_a_stampede(extract_text):
    facts = extract_text(f"{HEADLINE}\n\nEleven pilgrims were crushed to death at a shrine in Varanasi on Friday "
                         "as the gates opened, police said.")
    assert "Stampede" in [e.type for e in facts.events.values()]


def test_firefighters_who_bring_a_blaze_under_control_did_not_start_it(extract_text):
    facts = extract_text(f"{HEADLINE}\n\nFirefighters from Velmar brought the blaze under control on Sunday.")
    [fire] = [e for e in facts.events.values() if e.type == "Fire"]
    assert fire.agents == []


def test_who_set_a_fire_did_it(extract_text):
    facts = extract_text(f"{HEADLINE}\n\nKade Olsen started the blaze on Sunday, police said.")
    [fire] = [e for e in facts.events.values() if e.type == "Fire"]
    assert [facts.entities[k].name for k in fire.agents] == ["Kade Olsen"]


def test_a_name_a_company_noun_calls_by_is_a_company(extract_text):
    facts = extract_text(f"{HEADLINE}\n\nThe bus, operated by the company Transportes Huari, veered off a road "
                         "near Cusco on Tuesday.")
    assert ("Transportes Huari", "Organization") in {(e.name, e.kind) for e in facts.entities.values()}


def test_a_quake_told_striking_a_country_and_then_a_province_in_it_is_one_quake(extract_text):
    facts = extract_text(f"{HEADLINE}\n\nA strong earthquake struck eastern Turkey on Monday, killing at least 20 "
                         "people, officials said. The quake hit the province of Malatya before dawn.")
    assert [e.type for e in facts.events.values()] == ["Earthquake"]

