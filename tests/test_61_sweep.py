"""Defects found on unseen election, government and health news (helper 61's sweep).

Every sentence here was written for its test.
"""

from __future__ import annotations

import datetime as dt

from events_of import events_of, names, told_by

WEDNESDAY = dt.date(2020, 1, 1)


def test_a_town_named_with_a_lower_case_particle_is_one_place(extract_text):
    facts = extract_text("News\n\nThe Brazilian city of Sao Jose dos Campos declared an emergency on Tuesday.")
    assert [e.name for e in facts.entities.values() if e.kind == "City"] == ["São José dos Campos"]
    assert not any(e.kind == "Person" for e in facts.entities.values())


def test_a_day_told_before_the_reported_clause_dates_the_saying_in_the_past(extract_text):
    facts = extract_text("News\n\nGovernor Lia Mornet said on Tuesday she will veto the tax bill.", WEDNESDAY)
    assert [t.value for t in facts.times.values()] == ["2019-12-31"]


def test_an_act_announced_as_to_come_is_dated_by_the_saying_gone_by(extract_text):
    facts = extract_text("News\n\nGovernor Lia Mornet said on Tuesday she will veto the tax bill.", WEDNESDAY)
    assert facts.times[told_by(facts, "veto").time].value == "2019-12-31"


def test_an_act_still_to_come_keeps_a_day_of_its_own(extract_text):
    facts = extract_text("News\n\nThe minister said on Friday that on Monday he will resign.", WEDNESDAY)
    assert facts.times[told_by(facts, "resign").time].value == "2020-01-06"


def test_cases_of_a_disease_named_only_in_the_plural_are_confirmed_cases(extract_text):
    facts = extract_text("News\n\nDoctors in Norvia have found 420 new cases of measles since May.")
    assert told_by(facts, "cases").type == "ConfirmedCase"


def test_who_reports_cases_of_a_disease_is_the_health_authority(extract_text):
    facts = extract_text("News\n\nThe health ministry reported 1,300 new cholera cases on Thursday.")
    event = told_by(facts, "reported")
    assert event.type == "ConfirmedCase"
    assert names(facts, event.agents) == ["health ministry"]


def test_new_cases_recorded_are_the_recording_not_an_event_of_their_own(extract_text):
    facts = extract_text("News\n\nThe health ministry recorded 300 new dengue cases on Friday.")
    assert len(events_of(facts, "ConfirmedCase")) == 1


def test_a_case_reported_with_no_disease_and_no_count_is_no_confirmed_case(extract_text):
    facts = extract_text("News\n\nThe newspaper reported the case of a missing fisherman.")
    assert events_of(facts, "ConfirmedCase") == []


def test_a_first_case_confirmed_is_a_confirmed_case(extract_text):
    facts = extract_text("News\n\nNorvia confirmed its first case on Monday.")
    assert told_by(facts, "confirmed").type == "ConfirmedCase"


def test_a_capital_that_acts_on_something_stands_for_its_state(extract_text):
    facts = extract_text("News\n\nMoscow expelled two Latvian diplomats on Monday.")
    assert names(facts, told_by(facts, "expelled").agents) == ["Russia"]


def test_a_capital_that_undergoes_something_stays_the_city(extract_text):
    facts = extract_text("News\n\nKyiv suffered long blackouts on Monday after the strikes.")
    assert [e.name for e in facts.entities.values() if any(m.anchor == "Kyiv" for m in e.mentions)] == ["Kyiv"]


def test_people_counted_by_several_are_named_without_the_verbs_adjective(extract_text):
    facts = extract_text("News\n\nTroops shot dead several demonstrators in Kolwezi on Friday.")
    assert "several demonstrators" in [e.name for e in facts.entities.values()]


def test_hundreds_of_people_who_march_are_those_people(extract_text):
    facts = extract_text("News\n\nHundreds of opposition supporters marched in Accra on Tuesday.")
    assert names(facts, told_by(facts, "marched").agents) == ["opposition supporters"]


def test_teachers_who_protest_are_its_doers(extract_text):
    facts = extract_text("News\n\nThousands of teachers protested in Lima on Monday.")
    assert names(facts, told_by(facts, "protested").agents) == ["teachers"]


def test_a_body_protested_outside_is_named_without_the_preposition(extract_text):
    facts = extract_text("News\n\nNurses protested outside parliament on Monday.")
    assert "outside parliament" not in [e.name for e in facts.entities.values()]


def test_what_a_town_does_happens_in_the_town(extract_text):
    facts = extract_text("News\n\nThe Brazilian city of Campinas declared a health emergency on Tuesday.")
    assert facts.entities[told_by(facts, "declared").place].name == "Campinas"


def test_cases_that_soar_are_no_market_move(extract_text):
    facts = extract_text("City declares emergency as dengue cases soar\n\nDengue cases soared in Recife in March.")
    assert events_of(facts, "MarketMove") == []


def test_the_capital_is_the_capital_city_named_before(extract_text):
    facts = extract_text("News\n\nLIMA, May 3 (Reuters) - Hundreds of teachers marched through the capital on Friday.")
    assert facts.entities[told_by(facts, "marched").place].name == "Lima"


def test_a_disease_is_no_actor_or_place(extract_text):
    facts = extract_text("News\n\nMalaria kills thousands in Uganda every year. Nine died of Ebola in Beni.")
    assert {e.name for e in facts.entities.values()} & {"Malaria", "Ebola"} == set()


def test_a_name_in_apposition_to_a_candidate_is_a_person(extract_text):
    facts = extract_text("News\n\nThe ruling party's candidate, Ivo Petrov, won the runoff on Sunday.")
    assert [e.kind for e in facts.entities.values() if e.name == "Ivo Petrov"] == ["Person"]


def test_who_will_take_over_takes_no_day_of_the_resignation_before(extract_text):
    facts = extract_text("News\n\nInterior Minister Ivo Rask resigned on Monday. Lena Holm will replace him.",
                         WEDNESDAY)
    assert told_by(facts, "replace").time is None


def test_declaring_an_outbreak_an_emergency_is_an_emergency_declaration(extract_text):
    facts = extract_text("News\n\nThe World Health Organization declared the cholera outbreak a global health "
                         "emergency on Friday.")
    event = told_by(facts, "declared")
    assert event.type == "EmergencyDeclaration"
    assert names(facts, event.agents) == ["World Health Organization"]


def test_diplomats_expelled_are_the_targets_of_the_expulsion(extract_text):
    facts = extract_text("News\n\nThe government of Norvia expelled three Latvian diplomats on Friday.")
    assert names(facts, told_by(facts, "expelled").targets) == ["Latvian diplomats"]


def test_security_forces_that_open_fire_are_the_shooters(extract_text):
    facts = extract_text("News\n\nSecurity forces opened fire on protesters in Khartoum on Thursday.")
    assert names(facts, told_by(facts, "opened").agents) == ["Security forces"]


def test_an_appointment_done_and_a_swearing_in_to_come_are_two_events(extract_text):
    facts = extract_text("News\n\nPresident Ana Reyes appointed Tomas Lind as prime minister. "
                         "Lind will be sworn in on Friday.", WEDNESDAY)
    assert told_by(facts, "appointed") is not told_by(facts, "sworn")
    assert told_by(facts, "appointed").time is None


def test_a_plan_announced_takes_the_day_of_its_announcing(extract_text):
    facts = extract_text("News\n\nNorvia Motors announced on Monday that it will close its Lyon plant.", WEDNESDAY)
    assert facts.times[told_by(facts, "close").time].value == "2019-12-30"


def test_a_newspaper_that_reports_cases_is_no_health_authority(extract_text):
    facts = extract_text("News\n\nThe Lagos Herald newspaper reported 40 new cholera cases on Monday.")
    assert all(e.agents == [] for e in events_of(facts, "ConfirmedCase"))
