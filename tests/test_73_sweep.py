"""Sweep 73: outbreaks, crashes, storms, shootings, speeches, deaths, accidents and strikes.

The sentences are written for these tests, with made-up names where the model reads them (the states
and cities are real because the rules read what the model and the gazetteer know of them)."""

from __future__ import annotations

import datetime as dt

from events_of import events_of, names, told_by


def test_a_storm_surge_is_the_storm_not_a_market_move(extract_text):
    facts = extract_text("Forecasters warned of heavy rain and storm surges of up to four metres along the coast.")
    assert not events_of(facts, "MarketMove")


def test_a_jail_someone_is_held_at_is_no_sentencing(extract_text):
    facts = extract_text("The suspect, Cal Brenner, is being held at the Travis County jail, police said.")
    assert not events_of(facts, "Sentencing")


def test_an_emergency_number_dialled_is_no_count(extract_text):
    facts = extract_text("Officers reached the store four minutes after a 911 call reported shots fired.")
    assert not [q for q in facts.quantities.values() if q.value == 911]


def test_an_arrest_in_a_before_clause_takes_the_day_of_the_act_it_closed(extract_text):
    facts = extract_text("News\n\nA gunman opened fire at a bakery in Denver on Friday, killing two people before he "
                         "was arrested in a nearby park.", dt.date(2025, 11, 30))
    arrest = told_by(facts, "arrested")
    assert facts.times[arrest.time].value == "2025-11-28"


def test_an_arrest_in_a_before_clause_happens_where_the_act_it_closed_did(extract_text):
    facts = extract_text("News\n\nA man stabbed three people at a market in Lyon on Tuesday before he was detained "
                         "by officers.", dt.date(2025, 11, 30))
    assert names(facts, [told_by(facts, "detained").place]) == ["Lyon"]


def test_a_before_clause_that_counts_the_days_between_keeps_no_day(extract_text):
    facts = extract_text("News\n\nA man stabbed three people at a market in Lyon on Tuesday, two days before he was "
                         "detained by officers.", dt.date(2025, 11, 30))
    assert told_by(facts, "detained").time is None


def test_a_crash_told_miles_off_a_town_by_its_bearing_is_at_the_town(extract_text):
    facts = extract_text("News\n\nA small plane crashed about five miles east of Tulsa on Sunday, killing all three "
                         "people on board.")
    assert names(facts, [told_by(facts, "crashed").place]) == ["Tulsa"]


def test_a_town_someone_was_being_flown_to_is_not_where_the_crash_was(extract_text):
    facts = extract_text("News\n\nA medical helicopter crashed in a field on Sunday while flying a patient to a "
                         "hospital in Wichita, officials said.")
    assert told_by(facts, "crashed").place is None


def test_a_strike_by_workers_in_a_town_is_in_the_town(extract_text):
    facts = extract_text("News\n\nA march by farmers in the city of Lyon turned violent on Saturday, and a strike by "
                         "dockworkers in Antwerp entered its third day.")
    assert names(facts, [events_of(facts, "LabourStrike")[0].place]) == ["Antwerp"]


def test_clashes_during_a_march_happen_where_the_march_was(extract_text):
    facts = extract_text("News\n\nPolice arrested 40 people after clashes broke out during a march by farmers in "
                         "the city of Lyon.")
    assert names(facts, [told_by(facts, "clashes").place]) == ["Lyon"]


def test_a_story_filed_from_the_capital_is_set_in_the_town_its_lead_names(extract_text):
    facts = extract_text("MADRID, May 4 (Reuters) - Spanish police detained 30 people on Saturday after riots "
                         "broke out in the city of Valencia, police said.\n\nAbout 2,000 people marched on the "
                         "town hall.")
    assert names(facts, [told_by(facts, "marched").place]) == ["Valencia"]


def test_a_death_told_with_the_investigation_it_opened_is_still_told(extract_text):
    facts = extract_text("News\n\nA city councillor in Puebla was found dead in his car on Saturday, prosecutors "
                         "said, opening a murder investigation.", dt.date(2025, 11, 30))
    [death] = events_of(facts, "Casualty")
    assert facts.times[death.time].value == "2025-11-29"


def test_someone_taken_into_custody_is_arrested(extract_text):
    facts = extract_text("News\n\nThe driver, Omar Haskell, was taken into custody by officers at the scene.")
    [arrest] = events_of(facts, "Arrest")
    assert names(facts, arrest.targets) == ["Omar Haskell"]


def test_a_leader_who_tells_forces_to_leave_appeals_to_them(extract_text):
    facts = extract_text("News\n\nPresident Ana Mbeki told foreign troops on Monday to leave the country within "
                         "60 days.")
    [appeal] = events_of(facts, "Appeal")
    assert names(facts, appeal.agents) == ["Ana Mbeki"]
    assert names(facts, appeal.targets) == ["foreign troops"]


def test_workers_who_go_on_strike_are_its_doers(extract_text):
    facts = extract_text("News\n\nBus drivers went on strike in Leeds on Monday over pay.")
    [strike] = events_of(facts, "LabourStrike")
    assert names(facts, strike.agents) == ["Bus drivers"]


def test_the_crowd_that_goes_on_strike_is_counted_by_the_strike_not_a_joined_arrest(extract_text):
    facts = extract_text("News\n\nThousands of nurses went on strike in Auckland on Thursday, and police detained "
                         "12 protesters outside parliament.")
    arrest = told_by(facts, "detained")
    assert [facts.quantities[q].unit for q in arrest.quantities] == ["protester"]


def test_a_school_a_gunman_opened_fire_at_is_where_not_whom(extract_text):
    facts = extract_text("News\n\nA student opened fire at Lincoln High School in Tacoma on Monday, killing two "
                         "classmates.")
    assert told_by(facts, "opened").targets == []


def test_a_mall_a_shooting_was_at_is_where_not_whom(extract_text):
    facts = extract_text("News\n\nThree people were killed in a shooting at the Rosewood Mall in Tulsa on Friday.")
    [shooting] = events_of(facts, "Shooting")
    assert shooting.targets == []


def test_an_attack_by_any_country_a_leader_threatens_is_given_no_day(extract_text):
    facts = extract_text("News\n\nPresident Ali Koné said on Wednesday that Mali would retaliate against any "
                         "country that attacked its territory.", dt.date(2025, 11, 30))
    assert told_by(facts, "attacked").time is None


def test_a_light_aircraft_called_by_its_makers_name_crashes_as_a_plane(extract_text):
    facts = extract_text("News\n\nA Piper carrying three people crashed near Boise on Saturday.")
    assert events_of(facts, "PlaneCrash")


def test_a_chopper_that_came_down_is_a_plane_crash(extract_text):
    facts = extract_text("News\n\nA police chopper went down in a field near Leeds on Sunday.")
    assert events_of(facts, "PlaneCrash")


def test_a_body_found_is_a_death_of_whom_it_was(extract_text):
    facts = extract_text("News\n\nThe body of Tomas Reyes, a deputy mayor, was found on Tuesday in a ravine outside "
                         "Oaxaca.", dt.date(2025, 11, 30))
    [death] = events_of(facts, "Casualty")
    assert names(facts, death.targets) == ["Tomas Reyes"]
    assert facts.times[death.time].value == "2025-11-25"


def test_who_recovers_the_bodies_did_not_kill(extract_text):
    facts = extract_text("News\n\nThe bodies of two hikers were recovered by police near Aspen on Sunday.")
    [death] = events_of(facts, "Casualty")
    assert death.agents == []


def test_how_far_off_a_town_a_crash_was_is_no_figure_of_it(extract_text):
    facts = extract_text("News\n\nA small plane crashed 12 miles south of Tulsa on Sunday, killing two people.")
    crash = told_by(facts, "crashed")
    assert [facts.quantities[q].unit for q in crash.quantities] == ["killed"]


def test_the_suspect_named_in_a_shooting_story_is_the_shooter(extract_text):
    facts = extract_text("News\n\nA gunman opened fire at a supermarket in Columbus on Saturday, killing three "
                         "people. The suspect, identified as Derek Malloy, 27, was charged with murder.")
    [shooting] = events_of(facts, "Shooting")
    assert names(facts, shooting.agents) == ["Derek Malloy"]


def test_the_area_people_are_ordered_to_evacuate_is_where_not_whom(extract_text):
    facts = extract_text("News\n\nMore than 50,000 people were ordered to evacuate coastal areas of Nampula "
                         "province on Monday.")
    [evacuation] = events_of(facts, "Evacuation")
    assert evacuation.targets == []
    assert names(facts, [evacuation.place]) == ["Nampula province"]


def test_the_name_set_off_after_a_mayors_town_is_the_mayor_shot(extract_text):
    facts = extract_text("News\n\nThe mayor of the city of Piura, Luis Soto, was shot dead outside his home on "
                         "Friday, police said.")
    [death] = events_of(facts, "Casualty")
    assert names(facts, death.targets) == ["Luis Soto"]


def test_an_emergency_declared_as_a_storm_strengthened_at_sea_is_not_at_sea(extract_text):
    facts = extract_text("News\n\nLouisiana Governor Ana Ruiz declared a state of emergency on Sunday as Hurricane "
                         "Ivan strengthened in the Gulf of Mexico.")
    [declaration] = events_of(facts, "EmergencyDeclaration")
    assert names(facts, [declaration.place]) != ["Gulf of Mexico"]
