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


def test_a_capital_that_is_no_town_in_the_gazetteer_stands_for_its_state_when_it_acts(extract_text):
    facts = extract_text("News\n\nWashington imposed sanctions on Tuesday on six Norvian companies.")
    assert names(facts, told_by(facts, "imposed").agents) == ["United States"]


def test_a_capital_named_as_the_doer_of_a_passive_stands_for_its_state(extract_text):
    facts = extract_text("News\n\nTalks planned for next month in Vienna were cancelled by Belgrade on Friday.")
    assert names(facts, told_by(facts, "cancelled").agents) == ["Serbia"]


def test_belgrade_is_the_capital_of_serbia_not_of_a_former_union(extract_text):
    facts = extract_text("News\n\nBelgrade expelled two Croatian diplomats on Friday.")
    assert names(facts, told_by(facts, "expelled").agents) == ["Serbia"]


def test_who_imposed_the_sanctions_a_participle_describes_does_them(extract_text):
    facts = extract_text("News\n\nThe measures follow sanctions imposed by the European Union last month.")
    assert names(facts, told_by(facts, "sanctions").agents) == ["European Union"]


def test_workers_who_walk_off_the_job_strike(extract_text):
    facts = extract_text("News\n\nPort workers in Tema walked off the job on Thursday over unpaid wages.")
    event = told_by(facts, "walked")
    assert event.type == "LabourStrike"
    assert names(facts, event.agents) == ["Port workers"]


def test_players_who_walk_off_the_pitch_do_not_strike(extract_text):
    facts = extract_text("News\n\nThe players walked off the pitch after the referee's decision.")
    assert events_of(facts, "LabourStrike") == []


def test_a_missile_fired_into_the_sea_is_a_weapons_test_no_attack(extract_text):
    facts = extract_text("News\n\nIran fired two short-range ballistic missiles into the sea on Sunday.")
    event = told_by(facts, "fired")
    assert event.type == "ShowOfForce"
    assert names(facts, event.agents) == ["Iran"]


def test_a_missile_test_fired_is_no_attack(extract_text):
    facts = extract_text("News\n\nPakistan test-fired a nuclear-capable cruise missile on Tuesday.")
    assert told_by(facts, "fired").type == "ShowOfForce"


def test_a_state_that_tests_a_missile_shows_force(extract_text):
    facts = extract_text("News\n\nIn January, Norvia tested a new hypersonic missile.")
    assert told_by(facts, "tested").type == "ShowOfForce"


def test_a_missile_fired_at_a_ship_off_a_coast_is_an_attack(extract_text):
    facts = extract_text("News\n\nRebels fired a missile at a cargo ship off the coast of Yemen on Monday.")
    assert told_by(facts, "fired").type == "Attack"


def test_a_missile_launched_after_a_test_is_the_test_by_its_doer(extract_text):
    facts = extract_text("News\n\nIran fired a ballistic missile into the sea on Wednesday, the army said. "
                         "The missile was launched from a site near Tabriz and flew about 600 km.")
    event = told_by(facts, "launched")
    assert event.type == "ShowOfForce"
    assert names(facts, event.agents) == ["Iran"]


def test_the_launch_told_after_a_test_is_a_show_of_force(extract_text):
    facts = extract_text("News\n\nIran fired a ballistic missile into the sea on Wednesday. "
                         "The launch was condemned by France.")
    assert told_by(facts, "launch").type == "ShowOfForce"


def test_a_surname_that_is_a_countrys_name_is_the_person_where_the_country_is_named_nowhere(extract_text):
    facts = extract_text("News\n\nFinance Minister Tomas Chile resigned on Monday. Chile told reporters he had no regrets.")
    assert [e.name for e in facts.entities.values()] == ["Tomas Chile"]


def test_a_surname_that_is_a_countrys_name_stays_the_country_where_the_text_names_it_a_place(extract_text):
    facts = extract_text("News\n\nFinance Minister Tomas Chile resigned on Monday. Exports to Chile fell in May.")
    assert "Chile" in [e.name for e in facts.entities.values() if e.kind == "GeopoliticalEntity"]


def test_a_body_that_votes_by_a_tally_to_reject_a_motion_rejects_it(extract_text):
    facts = extract_text("News\n\nLawmakers voted 142 to 88 on Tuesday to reject the motion of confidence.")
    assert names(facts, told_by(facts, "reject").agents) == ["Lawmakers"]


def test_one_named_by_a_leader_to_lead_talks_is_appointed(extract_text):
    facts = extract_text("News\n\nFinance Minister Joaquim Sarmento was named by Governor Lia Mornet to lead the talks.")
    event = told_by(facts, "named")
    assert event.type == "Appointment"
    assert names(facts, event.agents) == ["Lia Mornet"]
    assert names(facts, event.targets) == ["Joaquim Sarmento"]


def test_a_thing_named_to_honour_someone_is_no_appointment(extract_text):
    facts = extract_text("News\n\nThe company named the new model to honour its founder.")
    assert events_of(facts, "Appointment") == []


def test_a_story_whose_lead_locates_nothing_is_set_in_its_datelines_city(extract_text):
    facts = extract_text("News\n\nNAIROBI, March 13 (AP) - Kenyan police fired tear gas on Thursday to disperse thousands "
                         "of protesters who marched on parliament.\n\nKenya's interior minister defended the police.")
    assert facts.entities[told_by(facts, "marched").place].name == "Nairobi"


def test_a_town_named_like_a_word_after_in_is_the_town(extract_text):
    facts = extract_text("News\n\nCroatian police detained a Serbian man in Split on suspicion of spying.")
    assert facts.entities[told_by(facts, "detained").place].name == "Split"


def test_a_word_that_names_a_town_is_no_town_as_a_verb(extract_text):
    facts = extract_text("News\n\nThe deal will split the company in two.")
    assert not any(e.kind == "City" for e in facts.entities.values())


def test_an_unnamed_group_named_with_a_named_one_does_it_too(extract_text):
    facts = extract_text("News\n\nGermany's conservatives and Social Democrats agreed on Thursday to form a coalition.")
    assert names(facts, told_by(facts, "agreed").agents) == ["conservatives", "Social Democrats"]


def test_drivers_arrested_are_those_the_police_arrest(extract_text):
    facts = extract_text("News\n\nPolice arrested 12 taxi drivers in Lima on Monday.")
    event = told_by(facts, "arrested")
    assert names(facts, event.agents) == ["Police"]
    assert names(facts, event.targets) == ["taxi drivers"]


def test_the_unions_in_the_plural_are_no_one_union_named_before(extract_text):
    facts = extract_text("News\n\nThe Kenya Union of Journalists demanded an inquiry. "
                         "The unions have threatened a nationwide strike from Monday.")
    assert names(facts, told_by(facts, "strike").agents) == ["unions"]


def test_a_strike_threatened_from_a_weekday_is_dated_ahead(extract_text):
    facts = extract_text("News\n\nThe unions have threatened a nationwide strike from Monday.", FRIDAY)
    assert facts.times[told_by(facts, "strike").time].value == "2025-03-17"


def test_a_strike_vowed_for_a_weekday_is_dated_ahead(extract_text):
    facts = extract_text("News\n\nNurses vowed to strike on Monday.", FRIDAY)
    assert facts.times[told_by(facts, "strike").time].value == "2025-03-17"


def test_a_name_the_model_ended_on_a_particle_goes_on_to_the_surname(extract_text):
    facts = extract_text("News\n\nThe result was welcomed by European Commission President Karl von der Leyen, "
                         "who called it a vote for stability.")
    assert _kinds(facts, "Karl von der Leyen") == ["Person"]
    assert names(facts, told_by(facts, "welcomed").agents) == ["Karl von der Leyen"]


def test_a_story_told_from_abroad_is_not_set_in_its_datelines_city(extract_text):
    facts = extract_text("News\n\nSEOUL, March 12 (Reuters) - North Korea fired a ballistic missile off its east "
                         "coast on Wednesday, South Korea's military said.")
    assert told_by(facts, "fired").place is None


def test_an_arrest_named_with_its_own_town_happens_there_not_where_it_was_protested(extract_text):
    facts = extract_text("News\n\nBritain summoned Iran's ambassador in London on Wednesday over the arrest of a "
                         "British-Iranian dual national in Tehran.")
    assert facts.entities[told_by(facts, "arrest").place].name == "Tehran"


def test_turnout_told_on_its_own_is_the_elections_not_the_last_win_told(extract_text):
    facts = extract_text("News\n\nVoters in Norvia went to the polls on Sunday in a parliamentary election.\n\n"
                         "The Greens won 34 seats, the electoral commission said. Turnout was 57 percent.")
    turnout = next(k for k, q in facts.quantities.items() if q.value == 57)
    assert turnout in told_by(facts, "parliamentary election").quantities
    assert turnout not in told_by(facts, "won").quantities
