"""Event words and days a careful reader takes: the word of an event told by its outbreak, the post an
appointment is to, the span a ranked noun is ranked over, and the day of an announced plan.

Every sentence here was written for its test; the names are made up.
"""

from __future__ import annotations

import datetime as dt

FRIDAY = dt.date(2031, 3, 14)


def events_of(facts, word: str) -> list:
    """The events one of whose mentions is `word`."""
    return [e for e in facts.events.values() if any(m.anchor == word for m in e.mentions)]


def dates(facts, word: str) -> list[str | None]:
    """The dates of the events one of whose mentions is `word`."""
    return [facts.times[e.time].value if e.time else None for e in events_of(facts, word)]


def test_violence_that_breaks_out_is_a_clash(extract_text):
    facts = extract_text("News in brief\n\nViolence broke out in Varna on Saturday after the vote count.", FRIDAY)
    [clash] = events_of(facts, "Violence")
    assert clash.type == "Clash" and facts.times[clash.time].value == "2031-03-08"


def test_violence_that_erupts_is_a_clash(extract_text):
    facts = extract_text("News in brief\n\nViolence erupted in the port city of Kesh on Sunday.", FRIDAY)
    assert [e.type for e in events_of(facts, "Violence")] == ["Clash"]


def test_violence_that_is_condemned_is_no_event(extract_text):
    facts = extract_text("News in brief\n\nThe mayor of Varna, Ilse Brandt, condemned the violence on Monday.", FRIDAY)
    assert events_of(facts, "violence") == []


def test_a_boycotted_vote_is_a_boycott_not_a_sanction(extract_text):
    facts = extract_text("News in brief\n\nThe vote on the budget was boycotted by the Garnet Party on Monday.", FRIDAY)
    assert [e.type for e in events_of(facts, "boycotted")] == ["Boycott"]


def test_a_boycott_of_goods_stays_a_sanction(extract_text):
    facts = extract_text("News in brief\n\nNorland announced a boycott of Tarsan goods on Monday.", FRIDAY)
    assert [e.type for e in events_of(facts, "boycott")] == ["Sanction"]


def test_appointments_to_two_posts_are_two_events(extract_text):
    facts = extract_text("News in brief\n\nMara Lind was sworn in as governor of Tarsa at 5 p.m. Lind was "
                         "appointed by Governor Odo Pell as his attorney general in 2027.", FRIDAY)
    assert dates(facts, "sworn") == [None] and dates(facts, "appointed") == ["2027"]


def test_a_year_a_ranked_loss_is_ranked_over_does_not_date_the_fall(extract_text):
    facts = extract_text("News in brief\n\nThe Harlow index fell three percent, marking the biggest loss of 2031.",
                         FRIDAY)
    assert dates(facts, "fell") == [None]


def test_a_year_after_a_preposition_with_no_ranking_still_dates_the_event(extract_text):
    facts = extract_text("News in brief\n\nThe Harlow index fell three percent in 2029.", FRIDAY)
    assert dates(facts, "fell") == ["2029"]


def test_a_plan_announced_on_a_day_is_dated_by_the_announcing(extract_text):
    facts = extract_text("News in brief\n\nThe central bank of Norland announced on Wednesday that reserve "
                         "requirements for banks would be slashed.", FRIDAY)
    assert dates(facts, "slashed") == ["2031-03-12"]


def test_a_plan_with_a_day_of_its_own_keeps_that_day(extract_text):
    facts = extract_text("News in brief\n\nThe central bank of Norland announced on Wednesday that reserve "
                         "requirements for banks would be slashed on April 2.", FRIDAY)
    assert dates(facts, "slashed") == ["2031-04-02"]


def test_taking_over_with_nothing_taken_is_no_acquisition(extract_text):
    facts = extract_text("News in brief\n\nThe chief executive of Kestrel Motors, Ana Roe, who took over last "
                         "March, said sales were rising.", FRIDAY)
    assert events_of(facts, "took") == []


def test_taking_over_a_company_is_an_acquisition(extract_text):
    facts = extract_text("News in brief\n\nKestrel Motors took over the carmaker Bellamy Autos on Monday.", FRIDAY)
    assert [e.type for e in events_of(facts, "took")] == ["Acquisition"]


def test_a_month_a_speaker_said_a_plant_would_close_in_is_to_come(extract_text):
    facts = extract_text("News in brief\n\nKestrel Motors said on Wednesday that its plant in Dunmore would close "
                         "in June.", FRIDAY)
    assert dates(facts, "close") == ["2031-06"]


def test_a_would_of_habit_does_not_put_a_month_ahead(extract_text):
    facts = extract_text("News in brief\n\nThe mill in Dunmore would close in June every year.", dt.date(2031, 8, 1))
    assert "2032-06" not in {t.value for t in facts.times.values()}


def test_a_boycott_happens_on_the_day_and_at_the_place_of_the_vote_boycotted(extract_text):
    facts = extract_text("News in brief\n\nOn Monday, voters in Harlow went to the polls in a referendum on the new "
                         "constitution.\nThe referendum was boycotted by the Garnet Party.", FRIDAY)
    [boycott] = events_of(facts, "boycotted")
    assert facts.times[boycott.time].value == "2031-03-10" and facts.entities[boycott.place].name == "Harlow"
