"""Where events happened: places told elsewhere in the article for the same match or case.

Every sentence here was written for its test.
"""

from __future__ import annotations

import pytest

from kg.extraction.events import pipeline


def without(monkeypatch, rule: str) -> None:
    """Run the pipeline with rule `rule` left out."""
    monkeypatch.setattr(pipeline, "RULES", tuple(r for r in pipeline.RULES if r.name != rule))


def place_of(facts, anchor: str) -> str | None:
    """The place of the last event a word mentions (the headline's comes first)."""
    event = [e for e in facts.events.values() if any(m.anchor == anchor for m in e.mentions)][-1]
    return facts.entities[event.place].name if event.place else None


_MATCH = ("Cup day three\n\nYesterday, Sweden defeated Norway 2 – 1 and Chile beat Peru 3 – 0.\n\n"
          "Group F — Sweden 2 – 1 Norway\n\n"
          "In the first game of the day, Sweden faced Norway at the Brennick Stadium.")


def test_a_match_is_played_at_the_venue_where_its_two_sides_are_told_meeting(extract_text, monkeypatch):
    assert place_of(extract_text(_MATCH), "defeated") == "Brennick Stadium"
    without(monkeypatch, "place_of_the_match_told_again")
    assert place_of(extract_text(_MATCH), "defeated") != "Brennick Stadium"


def test_a_venue_of_two_other_sides_places_no_match(extract_text):
    assert place_of(extract_text(_MATCH), "beat") != "Brennick Stadium"


def test_a_meeting_of_the_two_sides_told_with_its_own_year_is_another_match(extract_text):
    text = _MATCH.replace("In the first game of the day, Sweden", "Sweden last").replace("Stadium.", "Stadium in 2014.")
    assert place_of(extract_text(text), "defeated") != "Brennick Stadium"


def test_a_national_teams_country_is_not_where_it_played(extract_text):
    facts = extract_text("Cup day three\n\nYesterday, Sweden defeated Norway 2 – 1 in a tense game.")
    assert place_of(facts, "defeated") not in ("Sweden", "Norway")


_TRIAL = ("Vane convicted of fraud\n\nYesterday, a United States federal jury convicted Rob Vane, the Texan "
          "banker, of fraud.\n\nThe trial was held in Dallas and lasted three weeks. Vane is to be sentenced in May.")


def test_a_verdict_is_handed_down_where_the_trial_was_held(extract_text, monkeypatch):
    assert place_of(extract_text(_TRIAL), "convicted") == "Dallas"
    without(monkeypatch, "place_of_the_trial")
    assert place_of(extract_text(_TRIAL), "convicted") != "Dallas"


def test_a_verdict_takes_no_place_from_the_trial_of_another_defendant(extract_text):
    text = _TRIAL.replace("The trial was", "The trial of Ann Kell was")
    assert place_of(extract_text(text), "convicted") != "Dallas"


def test_the_exchange_shares_fell_on_is_not_whom_the_fall_befell(extract_text):
    facts = extract_text("Markets\n\nShares of Tarven Foods fell 3 percent on the Tallin Stock Exchange on Monday.")
    [move] = [e for e in facts.events.values() if e.type == "MarketMove"]
    assert [facts.entities[k].name for k in move.targets] == ["Tarven Foods"]


def test_a_body_an_apposition_calls_a_states_own_acts_in_that_state(extract_text):
    facts = extract_text("Storm warning\n\nMet Lunar, the national weather service for Valdoria, issued warnings "
                         "on Tuesday as the storm approached.")
    assert place_of(facts, "issued") == "Valdoria"


def test_closing_works_named_by_their_town_happens_in_that_town(extract_text, monkeypatch):
    text = "Plant to close\n\nBrantor Motors will close its Dayton plant next year, the company said on Monday."
    assert place_of(extract_text(text), "close") == "Dayton"
    without(monkeypatch, "place_of_the_works_acted_on")
    assert place_of(extract_text(text), "close") != "Dayton"


def test_an_attack_on_offices_named_by_their_town_happens_in_that_town(extract_text):
    facts = extract_text("Attack\n\nGunmen attacked the Kaduna offices of the electoral commission on Monday.")
    assert place_of(facts, "attacked") == "Kaduna"


def test_works_named_with_two_towns_place_no_one_act(extract_text):
    facts = extract_text("Plants to close\n\nBrantor Motors said on Monday that the Dayton and Toledo plants "
                         "will be closed.")
    assert place_of(facts, "closed") not in ("Dayton", "Toledo")
