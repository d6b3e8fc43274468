"""Business news' dates: quarters and halves of a year as the days they span.

The sentences are written for these tests, with made-up names."""

from __future__ import annotations

import datetime as dt

from events_of import told_by


def _span(facts, word: str) -> tuple[str | None, str | None]:
    event = told_by(facts, word)
    assert event.time is not None, f"no time on the event told by {word!r}"
    time = facts.times[event.time]
    return time.start, time.end


def test_a_quarter_announced_for_is_the_coming_one_of_this_year(extract_text):
    facts = extract_text("Kestrel Motors has announced a 15% cut in output at its Ohio plants for the fourth quarter.",
                         date=dt.date(2006, 8, 19))
    assert _span(facts, "announced") == ("2006-10-01", "2006-12-31")


def test_a_quarter_yet_to_come_told_in_the_past_is_last_years(extract_text):
    facts = extract_text("Kestrel Motors posted a loss of $2 billion in the fourth quarter.", date=dt.date(2007, 1, 25))
    assert _span(facts, "posted") == ("2006-10-01", "2006-12-31")


def test_a_quarter_named_with_its_year_spans_its_three_months(extract_text):
    facts = extract_text("Orvella Foods cut 400 jobs in the second quarter of 2009.", date=dt.date(2010, 3, 2))
    assert _span(facts, "cut") == ("2009-04-01", "2009-06-30")


def test_the_half_of_next_year_spans_its_six_months(extract_text):
    facts = extract_text("Kestrel Motors will close two plants in the first half of next year.",
                         date=dt.date(2006, 8, 19))
    assert _span(facts, "close") == ("2007-01-01", "2007-06-30")


def test_a_half_of_the_year_keeps_its_timeml_value(extract_text):
    facts = extract_text("Kestrel Motors will close two plants in the second half of 2008.", date=dt.date(2008, 2, 1))
    half = next(t for t in facts.times.values() if "half" in t.mention.anchor)
    assert (half.timex, half.start, half.end) == ("2008-H2", "2008-07-01", "2008-12-31")


def test_a_fiscal_quarter_is_not_a_calendar_quarter(extract_text):
    facts = extract_text("Orvella Foods posted a profit of $90 million in its fiscal fourth quarter.",
                         date=dt.date(2009, 10, 20))
    quarter = next(t for t in facts.times.values() if "quarter" in t.mention.anchor)
    assert quarter.start is None and quarter.end is None


def test_a_quarter_of_a_game_is_no_time_of_the_year(extract_text):
    facts = extract_text("Marcus Dell scored 12 points in the fourth quarter as the Harwick Hawks beat the "
                         "Coldfield Bears 101-96.", date=dt.date(2021, 3, 4))
    assert not [t for t in facts.times.values() if "quarter" in t.mention.anchor]


def test_attorneys_general_are_one_group_named_with_their_general(extract_text):
    facts = extract_text("Attorneys general filed a lawsuit against the plan on Monday.")
    assert [a.name for a in _agents(facts, "filed")] == ["Attorneys general"]


def test_a_group_counted_by_where_its_members_come_from_is_named_with_it(extract_text):
    facts = extract_text("On Monday, attorneys general from nine states filed a lawsuit against the new tariff rules.")
    [group] = _agents(facts, "filed")
    assert group.name == "attorneys general from nine states" and group.kind == "Group"


def test_a_group_named_with_its_origins_keeps_its_short_name_as_well(extract_text):
    facts = extract_text("Doctors from five countries arrived in Maros on Friday.")
    [group] = _agents(facts, "arrived")
    assert group.name == "Doctors from five countries" and "Doctors" in group.aliases


def test_a_from_phrase_that_counts_nothing_stays_out_of_the_name(extract_text):
    facts = extract_text("Protesters from the capital marched to the parliament on Friday.")
    assert [a.name for a in _agents(facts, "marched")] == ["Protesters"]


def _agents(facts, word: str) -> list:
    return [facts.entities[k] for k in told_by(facts, word).agents]


def test_bodies_recovered_tell_the_dead(extract_text):
    facts = extract_text("By Tuesday evening, 14 bodies had been recovered from the sunken ferry, police said.")
    event = told_by(facts, "recovered")
    assert event.type == "Casualty"
    assert ("14", "body") in {(str(facts.quantities[q].value), facts.quantities[q].unit) for q in event.quantities}


def test_who_finds_the_dead_did_not_kill_them(extract_text):
    facts = extract_text("Rescuers recovered 14 bodies from the rubble of the hotel in Maros on Sunday.")
    event = told_by(facts, "recovered")
    assert event.type == "Casualty" and not event.agents


def test_finding_a_lost_thing_is_no_death(extract_text):
    facts = extract_text("Divers recovered the flight recorder from the sea on Monday.")
    assert not [e for e in facts.events.values() if e.type == "Casualty"]


def test_production_disrupted_is_an_output_cut(extract_text):
    facts = extract_text("Officials said 300,000 barrels of daily output had been disrupted by the fire.")
    assert told_by(facts, "disrupted").type == "OutputCut"


def test_gas_supplies_halted_by_a_state_are_its_output_cut(extract_text):
    facts = extract_text("Russia halted gas supplies to Poland on Wednesday.")
    event = told_by(facts, "halted")
    assert event.type == "OutputCut" and [facts.entities[k].name for k in event.agents] == ["Russia"]


def test_halting_a_match_is_no_output_cut(extract_text):
    facts = extract_text("The referee halted the match for ten minutes on Saturday.")
    assert not [e for e in facts.events.values() if e.type == "OutputCut"]


def test_a_maiden_flight_is_a_trial_run_of_the_maker_named_in_the_crafts_name(extract_text):
    facts = extract_text("Boeing builds jets in Seattle. Its newest airliner, the Boeing 777X, has made its maiden flight.")
    event = told_by(facts, "maiden flight")  # the adjective names the kind of flight
    assert event.type == "TrialRun" and [facts.entities[k].name for k in event.agents] == ["Boeing"]


def test_a_flight_of_no_trial_is_no_trial_run(extract_text):
    facts = extract_text("The first flight carrying evacuees from Kabul landed in Delhi on Monday.")
    assert not [e for e in facts.events.values() if e.type == "TrialRun"]


def test_an_attack_at_the_site_named_again_is_the_attack_told(extract_text):
    facts = extract_text("Militants attacked an army base near Gao on Friday. Twelve mortar shells landed near "
                         "the base, the army said.")
    attacks = [e for e in facts.events.values() if e.type in ("Attack", "Airstrike", "Shelling")]
    assert len(attacks) == 1


def test_an_attack_at_another_site_stays_apart(extract_text):
    facts = extract_text("Militants attacked an army base near Gao on Friday. Twelve mortar shells struck near "
                         "the airport in Mopti on Sunday.")
    attacks = [e for e in facts.events.values() if {"Attack"} & {e.type} or e.type in ("Airstrike", "Shelling")]
    assert len(attacks) == 2


def test_aftershocks_counted_later_are_a_part_of_the_earthquake(extract_text):
    facts = extract_text("Coastal towns near Kobe were shaken by a strong earthquake on Friday. As of Wednesday, 1940 "
                         "aftershocks had been recorded since the earthquake.", date=dt.date(2020, 11, 5))
    [quake] = [e for e in facts.events.values() if e.type == "Earthquake"]
    assert any(m.anchor == "aftershocks" for m in quake.mentions)
    assert facts.times[quake.time].value == "2020-10-30"
    assert ("1940", "aftershock") in {(str(facts.quantities[q].value), facts.quantities[q].unit) for q in quake.quantities}


def test_a_four_digit_count_before_its_plural_noun_is_no_year(extract_text):
    facts = extract_text("Police said 1500 protesters had gathered outside the parliament.")
    assert not [t for t in facts.times.values() if t.value == "1500"]


def test_a_year_before_a_plural_noun_after_an_article_is_still_a_year(extract_text):
    facts = extract_text("The 2020 elections were delayed by the pandemic.")
    assert [t.value for t in facts.times.values()] == ["2020"]


def test_a_suit_over_a_ban_is_against_whoever_imposed_it(extract_text):
    facts = extract_text("The union sued over the ban imposed by the city council of Leeds.")
    assert [facts.entities[k].name for k in told_by(facts, "sued").targets] == ["city council"]


def test_a_suit_challenging_an_order_is_against_its_owner(extract_text):
    facts = extract_text("Farmers filed a suit challenging Governor Ana Ruiz's order on Tuesday.")
    assert [facts.entities[k].name for k in told_by(facts, "suit").targets] == ["Ana Ruiz"]


def test_a_vote_failed_in_a_legislature_is_its_act_no_election(extract_text):
    facts = extract_text("The spending plan fell in the Senate of Norland on Tuesday after failing a procedural vote.")
    event = told_by(facts, "procedural vote")
    assert event.type == "Legislation"
    assert [facts.entities[k].name for k in event.agents] == ["Senate of Norland"]


def test_a_bill_passed_in_a_legislature_is_the_legislatures_act(extract_text):
    facts = extract_text("The fishing bill was passed in the Legislative Council of Tasmania on Thursday.")
    assert [facts.entities[k].name for k in told_by(facts, "passed").agents] == ["Legislative Council of Tasmania"]


def test_a_vote_of_the_people_stays_an_election(extract_text):
    facts = extract_text("Voters in Ohio went to the polls in the state election on Tuesday. The vote in Ohio was calm.")
    assert "Legislation" not in {e.type for e in facts.events.values()}


def test_a_vote_in_a_sentence_naming_one_legislature_is_its_vote(extract_text):
    facts = extract_text("Speaker of the Volgan Parliament Ana Ruiz said a vote will be held on Friday to decide "
                         "whether to send the bill to the Senate.")
    event = told_by(facts, "vote")
    assert event.type == "Legislation" and [facts.entities[k].name for k in event.agents] == ["Volgan Parliament"]


def test_a_vote_beside_voters_stays_the_peoples(extract_text):
    facts = extract_text("Voters in Ohio will go to the polls on Tuesday, and the parliament said the vote would be fair.")
    assert told_by(facts, "vote").type != "Legislation"


def test_a_body_named_with_of_before_a_title_keeps_its_whole_name(extract_text):
    facts = extract_text("On Monday, Australian House of Representatives Speaker Dana Kirk adjourned the sitting.")
    names = {e.name for e in facts.entities.values()}
    assert "Australian House of Representatives" in names and "Dana Kirk" in names


def test_a_model_number_beside_a_count_is_no_count(extract_text):
    facts = extract_text("Zephyr Air bought eight new 787 aircraft from Boeing on Monday.")
    counts = {(str(q.value), q.unit) for q in facts.quantities.values()}
    assert ("8", "aircraft") in counts and not any(v == "787" for v, _ in counts)


def test_a_models_series_and_variant_is_no_range(extract_text):
    facts = extract_text("The jets are from the 777-300 family, the airline said.")
    assert not facts.quantities


def test_a_range_of_a_count_before_a_plural_stays_a_count(extract_text):
    facts = extract_text("Police arrested between 100-200 protesters in Varna on Friday.")
    assert {str(q.value) for q in facts.quantities.values()} == {"100", "200"}


def test_someones_request_to_act_is_their_appeal(extract_text):
    facts = extract_text("The governor rejected the request of Mayor Dana Kirk to close the port.")
    event = told_by(facts, "request")
    assert event.type == "Appeal" and [facts.entities[k].name for k in event.agents] == ["Dana Kirk"]


def test_the_arrest_of_someone_is_still_done_to_them(extract_text):
    facts = extract_text("Police announced the arrest of Dana Kirk on Monday.")
    assert [facts.entities[k].name for k in told_by(facts, "arrest").targets] == ["Dana Kirk"]
