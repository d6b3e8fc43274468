"""What an article's headline, read above its body, adds to the events, and what it must not spoil.

The headline comes as a record's `title` apart from its text, as news feeds give it. The sentences
are written for these tests, with made-up names where the model reads them and real places where
the gazetteer does."""

from __future__ import annotations

import datetime as dt

import pytest

from events_of import events_of, names, told_by

DAY = dt.date(2025, 3, 12)  # a Wednesday


@pytest.fixture(scope="module")
def titled(nlp):
    """Extract the facts of a headline and a body given apart."""
    from kg.extraction import extract
    from kg.records import Article

    def run(title: str, text: str):
        return extract(Article(id="test", title=title, text=text, published=DAY), nlp)

    return run


def _figures(facts, event) -> list[tuple]:
    return [(facts.quantities[q].value, facts.quantities[q].unit) for q in event.quantities]


def _date(facts, event) -> str | None:
    return facts.times[event.time].value if event.time else None


def test_a_name_in_the_headline_is_what_the_body_takes_it_for(titled):
    facts = titled("Divers recover ferry recorder from Banda Sea",
                   "Navy divers on Monday recovered the voice recorder of the ferry Sinar Laut from the "
                   "Banda Sea, officials said.")
    sea = next(e for e in facts.entities.values() if e.name == "Banda Sea")
    assert sea.kind == "Location"


def test_the_story_is_set_at_the_site_its_lead_names_not_the_headlines_region(titled):
    facts = titled("Dozens dead in Alaska ferry fire",
                   "A ferry fire early on Monday near Tugidak Island off the coast of Alaska killed 31 "
                   "passengers. Thirteen crew members were rescued.\n"
                   "Divers recovered 20 bodies on Tuesday, the coast guard said.")
    recovery = told_by(facts, "recovered")
    assert facts.entities[recovery.place].name == "Tugidak Island"


def test_a_headline_killing_the_story_tells_as_an_airstrike_is_that_airstrike(titled):
    facts = titled("Velmar army kills rebel commander Tomas Roe",
                   "On Friday, Velmar army forces killed Tomas Roe, the leader of the Red Hand rebels, in an "
                   "airstrike near the border. Two of his guards also died.")
    assert events_of(facts, "Casualty") == []
    [strike] = events_of(facts, "Attack")
    assert names(facts, strike.targets) == ["Tomas Roe"]


def test_an_event_told_first_in_the_headline_is_dated_by_the_story_around_its_body_mention(titled):
    facts = titled("Police shoot gunman dead after shop attack in Leeds",
                   "On Saturday in Leeds, a man armed with a machete entered a shop and attacked customers. "
                   "He injured two women. Officers shot him dead outside the shop.")
    assert _date(facts, told_by(facts, "shot")) == "2025-03-08"


def test_a_quake_the_headline_puts_in_a_country_and_the_lead_in_an_unknown_province_is_one(titled):
    facts = titled("Earthquake strikes eastern Turkey",
                   "A magnitude 6.1 earthquake struck the province of Elazig on Friday evening, killing at "
                   "least 18 people, officials said.")
    [quake] = events_of(facts, "Earthquake")
    assert _figures(facts, quake) == [(18, "killed")]


def test_a_toll_in_the_headline_told_again_in_the_lead_is_one_figure(titled):
    facts = titled("Seven die in Kenyan bus crash",
                   "A bus carrying wedding guests crashed near Nakuru on Sunday, killing seven people and "
                   "injuring 20, police said.")
    crash = told_by(facts, "crashed")
    assert _figures(facts, crash) == [(7, "killed"), (20, "injured")]


def test_the_lead_names_the_winner_the_headline_only_describes(titled):
    facts = titled("Opposition wins Velmar election by landslide",
                   "The opposition Green Party won Sunday's parliamentary election in Velmar with 54 percent "
                   "of the vote, official results showed on Monday.")
    [election] = events_of(facts, "Election")
    assert names(facts, election.agents) == ["Green Party"]


def test_a_landslide_win_is_no_disaster(extract_text):
    facts = extract_text("The Green Party won the election by a landslide on Sunday.")
    assert events_of(facts, "NaturalDisaster") == []


def test_a_landslide_that_buries_a_village_is_a_disaster(extract_text):
    facts = extract_text("A landslide buried a village in Enga on Friday.")
    assert len(events_of(facts, "NaturalDisaster")) == 1


def test_a_pro_word_before_a_rally_names_no_doer(extract_text):
    facts = extract_text("Supporters held a pro-Orlov rally in Lyon on Saturday.")
    rally = told_by(facts, "rally")
    assert names(facts, rally.agents) == ["Supporters"]


def test_a_states_adjective_before_gunmen_names_the_gunmen_not_the_state(extract_text):
    facts = extract_text("Nigerian gunmen abducted 30 students from a school on Wednesday.")
    abduction = told_by(facts, "abducted")
    assert names(facts, abduction.agents) == ["Nigerian gunmen"]


def test_a_states_adjective_before_its_forces_still_names_the_state(extract_text):
    facts = extract_text("Russian forces shelled the town on Monday.")
    assert names(facts, told_by(facts, "shelled").agents) == ["Russia"]


def test_aftershocks_told_with_their_earthquake_count_for_it_whatever_its_day(extract_text):
    facts = extract_text("An earthquake struck western Velmar on Friday. As of Thursday, 312 aftershocks had "
                         "occurred since the earthquake, officials said.", dt.date(2025, 3, 8))
    [quake] = events_of(facts, "Earthquake")
    assert (312, "aftershock") in _figures(facts, quake)


def test_a_person_proclaimed_as_the_new_holder_of_a_title_is_appointed(extract_text):
    facts = extract_text("The royal council proclaimed Tomas Roe as the new king on Friday.")
    [appointment] = events_of(facts, "Appointment")
    assert names(facts, appointment.targets) == ["Tomas Roe"]


def test_a_thing_acknowledged_as_something_is_no_appointment(extract_text):
    facts = extract_text("The minister acknowledged the plan as a mistake on Friday.")
    assert events_of(facts, "Appointment") == []


def test_a_headline_strikes_the_parser_left_without_its_quake_is_the_quake(titled):
    facts = titled("Earthquake of magnitude 6.1 strikes off Japan coast",
                   "An earthquake of magnitude 6.1 struck off the coast of Miyagi prefecture on Tuesday, the "
                   "Japan Meteorological Agency said. No damage was reported.")
    assert events_of(facts, "Attack") == []
    assert len(events_of(facts, "Earthquake")) == 1


def test_one_act_told_by_one_verb_in_headline_and_lead_is_one_event_of_the_leads_type(titled):
    facts = titled("Kestria, Vorland sign gas deal",
                   "Kestria and Vorland signed an agreement on Monday for the supply of natural gas through a "
                   "new pipeline, officials said.")
    [signing] = facts.events.values()
    assert signing.type == "Agreement"
    assert _date(facts, signing) == "2025-03-10"
