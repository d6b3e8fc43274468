"""Sweep 76: floods, fires, mine blasts, rail crashes, ferries, collapses, protests and diplomatic rows.

The sentences are written for these tests, with made-up names where the model reads them (the states
and cities are real because the rules read what the model and the gazetteer know of them)."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

from events_of import events_of, names, told_by
from figures_of import event_figures


def test_people_forced_from_their_homes_are_displaced(extract_text):
    facts = extract_text("Floods have killed nine people and forced more than 30,000 from their homes in "
                         "the province, officials said on Monday.")
    assert (Decimal(30000), "displaced") in event_figures(facts, "Flood")


def test_people_forced_to_flee_their_homes_are_displaced(extract_text):
    facts = extract_text("The floods forced some 4,000 people to flee their homes, officials said.")
    assert (Decimal(4000), "displaced") in event_figures(facts, "Flood")


def test_a_strike_called_for_a_weekday_is_on_the_day_to_come(extract_text):
    facts = extract_text("Dock workers called a 48-hour strike for Saturday in protest at the new contracts, "
                         "their union said on Thursday.", dt.date(2025, 6, 12))
    strike = events_of(facts, "LabourStrike")[0]
    assert facts.times[strike.time].value == "2025-06-14"


def test_people_who_remain_trapped_are_counted_as_trapped(extract_text):
    facts = extract_text("A gas explosion hit a coal mine in Zonguldak on Tuesday, and rescuers were searching for "
                         "at least nine miners who remain trapped underground.")
    assert (Decimal(9), "trapped") in event_figures(facts, "Explosion")


def test_people_trapped_in_the_passive_are_counted_as_trapped(extract_text):
    facts = extract_text("An apartment block collapsed in Nairobi on Monday. At least 15 people are still trapped "
                         "under the rubble, officials said.")
    assert (Decimal(15), "trapped") in event_figures(facts, "Collapse")


def test_the_blast_in_a_town_of_a_province_unknown_is_the_one_told_in_the_country(extract_text):
    facts = extract_text("The death toll from a gas explosion at a coal mine in northern Turkey rose to 19 on "
                         "Thursday. The blast tore through the mine in the town of Velkaran in Dornik province on "
                         "Wednesday.", dt.date(2025, 10, 16))
    [blast] = events_of(facts, "Explosion")
    assert names(facts, [blast.place]) == ["Velkaran"]
    assert facts.times[blast.time].value == "2025-10-15"


def test_a_toll_of_a_past_year_is_no_toll_of_an_undated_disaster_of_the_story(extract_text):
    facts = extract_text("Rescuers at the mine were hampered by fire and smoke, officials said.\n\nFamilies "
                         "gathered outside the mine overnight. Turkey's worst mining disaster killed 120 workers in "
                         "Derinkoy in 2009.", dt.date(2025, 10, 16))
    assert (Decimal(120), "killed") not in event_figures(facts, "Fire")


def test_a_name_after_the_district_of_is_a_place_where_the_event_happened(extract_text):
    facts = extract_text("DHAKA (Reuters) - Floods have killed at least 14 people in the northern district of "
                         "Sunamganj, officials said on Wednesday.", dt.date(2025, 6, 18))
    [flood] = events_of(facts, "Flood")
    assert facts.entities[flood.place].kind != "Organization"
    assert names(facts, [flood.place]) != ["Dhaka"]


def test_a_made_up_name_after_the_district_of_is_a_division_no_body(extract_text):
    facts = extract_text("Landslides have killed at least six people in the northern district of Kestrel, "
                         "officials said on Wednesday.")
    assert [e.kind for e in facts.entities.values() if e.name == "Kestrel"] == ["GeopoliticalEntity"]


def test_sanctions_a_state_threatens_to_impose_are_its_own(extract_text):
    facts = extract_text("Lithuania recalled its envoy on Thursday and threatened to impose new sanctions on Belarus.")
    [sanction] = events_of(facts, "Sanction")
    assert names(facts, sanction.agents) == ["Lithuania"]
    assert names(facts, sanction.targets) == ["Belarus"]


def test_sanctions_a_state_is_urged_to_impose_are_not_the_urgers(extract_text):
    facts = extract_text("The allies urged Vorland to impose sanctions on Kestria.")
    assert all(names(facts, e.agents) != ["allies"] for e in events_of(facts, "Sanction"))


def test_whom_a_demand_is_made_from_is_its_addressee(extract_text):
    facts = extract_text("Vorland demanded an explanation from Kestria after the incident, the foreign ministry said.")
    assert names(facts, told_by(facts, "demanded").targets) == ["Kestria"]


def test_the_number_police_put_a_march_at_counts_its_people(extract_text):
    facts = extract_text("Thousands of people marched through Yerevan on Saturday. Police put the number at 15,000, "
                         "while organisers said more than 40,000 took part.", dt.date(2024, 5, 12))
    assert (Decimal(15000), "people") in event_figures(facts, "Protest")


def test_the_number_of_dead_put_at_a_figure_counts_no_crowd(extract_text):
    facts = extract_text("Thousands of people marched through Yerevan on Saturday. Officials put the number of "
                         "dead at 4.", dt.date(2024, 5, 12))
    assert not any(unit == "people" for _, unit in event_figures(facts, "Protest"))


def test_the_craft_told_again_overturning_is_the_wreck_told_before(extract_text):
    facts = extract_text("A crowded ferry capsized off the coast of Palawan on Sunday, leaving 12 people missing, "
                         "officials said.\n\nThe wooden boat, which was carrying 58 passengers, overturned in strong "
                         "winds shortly after leaving port, said coast guard spokesman Rolan Tiu.", dt.date(2025, 7, 7))
    [wreck] = events_of(facts, "Shipwreck")
    assert {m.anchor for m in wreck.mentions} >= {"capsized", "overturned"}


def test_another_craft_overturning_is_another_wreck(extract_text):
    facts = extract_text("A crowded ferry capsized off the coast of Palawan on Sunday, officials said.\n\nIn a "
                         "separate accident, a fishing boat overturned near Cebu on Monday.", dt.date(2025, 7, 8))
    assert len(events_of(facts, "Shipwreck")) == 2


def test_a_structure_that_collapsed_in_a_relative_clause_is_a_collapse(extract_text):
    facts = extract_text("Police detained the owner of a five-storey hotel that collapsed in Kano, killing nine "
                         "people.")
    assert events_of(facts, "Collapse")


def test_a_collapse_in_a_relative_clause_takes_no_day_of_the_saying(extract_text):
    facts = extract_text("Police detained the owner of a five-storey hotel that collapsed in Kano, killing nine "
                         "people, officials said on Thursday.", dt.date(2025, 6, 12))
    [collapse] = events_of(facts, "Collapse")
    assert collapse.time is None or facts.times[collapse.time].value != "2025-06-12"


def test_the_structure_told_again_caving_in_is_the_collapse_told_before(extract_text):
    facts = extract_text("Police detained the owner of a five-storey hotel that collapsed in Kano, killing nine "
                         "people, officials said on Thursday.\n\nThe unfinished building caved in on Monday "
                         "evening while guests were asleep.", dt.date(2025, 6, 12))
    [collapse] = events_of(facts, "Collapse")
    assert facts.times[collapse.time].value == "2025-06-09"


def test_the_area_named_before_its_noun_is_the_place_not_the_city_it_lies_in(extract_text):
    facts = extract_text("A building collapsed in the Surulere district of Lagos on Monday, officials said.",
                         dt.date(2025, 6, 12))
    [collapse] = events_of(facts, "Collapse")
    assert names(facts, [collapse.place]) == ["Surulere"]


def test_a_town_named_after_its_noun_is_the_place(extract_text):
    facts = extract_text("A building collapsed in the Texas city of El Paso on Monday, officials said.",
                         dt.date(2025, 6, 12))
    [collapse] = events_of(facts, "Collapse")
    assert names(facts, [collapse.place]) == ["El Paso"]


def test_an_arrest_in_the_passive_the_police_tell_of_is_theirs(extract_text):
    facts = extract_text("The ferry's captain was arrested on Saturday, police said.")
    assert names(facts, told_by(facts, "arrested").agents) == ["police"]


def test_an_arrest_in_the_passive_a_lawyer_tells_of_has_no_doer_named(extract_text):
    facts = extract_text("The ferry's captain was arrested on Saturday, his lawyer said.")
    assert told_by(facts, "arrested").agents == []


def test_an_arrest_in_the_passive_joined_to_what_the_police_did_is_theirs(extract_text):
    facts = extract_text("Police fired water cannon to break up the march, and at least 25 people were arrested.")
    assert names(facts, told_by(facts, "arrested").agents) == ["Police"]


def test_the_coast_guard_is_a_body_that_searches(extract_text):
    facts = extract_text("The coast guard sent two ships to search for the missing fishermen on Friday.")
    assert [e.kind for e in facts.entities.values() if e.name == "coast guard"] == ["Organization"]


def test_a_guard_at_a_gate_is_no_body(extract_text):
    facts = extract_text("A security guard was wounded when gunmen attacked the bank.")
    assert not [e for e in facts.entities.values() if e.name.endswith("guard")]
