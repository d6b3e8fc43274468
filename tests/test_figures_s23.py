"""Figures a careful reader attaches to an event: shares told as fractions, figures of a sentence that
tells an act again in the passive, and figures that a sentence about what usually happens must not
take away from the event. The sentences are written for these tests, with made-up names where the
model reads them and real places where the gazetteer does."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest

from events_of import events_of, told_by

DAY = dt.date(2025, 3, 12)  # a Wednesday


@pytest.fixture(scope="module")
def titled(nlp):
    """Extract the facts of a headline and a body given apart."""
    from kg.extraction import extract
    from kg.records import Article

    def run(title: str, text: str):
        return extract(Article(id="test", title=title, text=text, published=DAY), nlp)

    return run


def _figures(facts, event) -> set[tuple]:
    return {(facts.quantities[q].value, facts.quantities[q].unit, facts.quantities[q].qualifier)
            for q in event.quantities}


@pytest.mark.parametrize(("sentence", "value", "qualifier"), [
    ("The strike halted nearly half of the country's output.", Decimal(50), "nearly"),
    ("The floods cut off about a third of the region's farms.", Decimal("33.3"), "about"),
    ("Rebels now hold two-thirds of the province.", Decimal("66.7"), None),
    ("Almost a quarter of the homes lost power.", Decimal(25), "almost"),
])
def test_a_fraction_of_a_whole_is_a_share_in_percent(nlp, sentence, value, qualifier):
    from kg.extraction.quantities import find_quantities

    found = [(q.quantity.value, q.quantity.unit, q.quantity.qualifier) for q in find_quantities(nlp(sentence), "q")]
    assert (value, "percent", qualifier) in found


@pytest.mark.parametrize("sentence", ["The talks took half an hour.", "Sales rose in the second half of the year."])
def test_a_fraction_that_is_no_share_of_a_whole_is_no_figure(nlp, sentence):
    from kg.extraction.quantities import find_quantities

    assert [q.quantity.unit for q in find_quantities(nlp(sentence), "q")] == []


def test_the_share_a_cut_is_of_a_countrys_output_is_a_figure_of_the_cut(titled):
    facts = titled("Drones hit Norvia oil plant",
                   "Drones struck an oil plant in Norvia on Monday. Officials later said 1.2 million barrels "
                   "of daily output had been disrupted. This would be nearly half of Norvia's entire output.")
    cut = told_by(facts, "disrupted")
    assert (Decimal(50), "percent", "nearly") in _figures(facts, cut)


def test_the_whole_a_share_is_told_of_is_no_act_of_its_owner(titled):
    facts = titled("Pipeline blast cuts Norvia oil output",
                   "An explosion on Monday disrupted 1.2 million barrels a day of oil, "
                   "about a third of Norvia's production.")
    assert not any(m.anchor == "production" for e in facts.events.values() for m in e.mentions)


def test_a_passive_with_no_doer_tells_again_the_act_of_its_verb(titled):
    facts = titled("Storm alerts for Norland coast",
                   "On Monday, Meteo Norge issued storm alerts for the north. Red warnings were issued for "
                   "the coast, while nine districts received amber warnings.")
    [alerts] = [e for e in facts.events.values() if any(m.anchor == "issued" for m in e.mentions)]
    assert (Decimal(9), "district", None) in _figures(facts, alerts)


def test_a_passive_with_its_doer_named_is_no_act_told_again(titled):
    facts = titled("Storm alerts for Norland coast",
                   "On Monday, Meteo Norge issued storm alerts for the north. Red warnings were issued by "
                   "the army for the coast.")
    issued = [e for e in facts.events.values() if any(m.anchor == "issued" for m in e.mentions)]
    assert len(issued) == 2


def test_what_happens_as_a_rule_is_no_event(titled):
    facts = titled("Fire kills three in Lagos market",
                   "A fire killed three traders in a Lagos market on Monday. Fires are common in the city's "
                   "markets.")
    [fire] = events_of(facts, "Fire")
    assert not any(m.anchor == "Fires" for m in fire.mentions)


def test_a_turnout_goes_past_what_usually_happens_to_the_election_told(titled):
    facts = titled("Greens win Norland district elections",
                   "On Sunday, voters in Norland went to the polls in district elections. The Greens won "
                   "most seats. Although the country's local elections are usually quiet, every seat was "
                   "contested. Turnout was about 64%.")
    election = told_by(facts, "district elections")
    assert (Decimal(64), "percent", "about") in _figures(facts, election)
    assert not any(m.anchor == "local elections" for e in facts.events.values() for m in e.mentions)


def test_a_verb_of_habit_in_the_present_is_no_event(titled):
    facts = titled("Storm hits Norland coast",
                   "A storm hit the coast of Norland on Monday, killing two people. Storms often hit the "
                   "coast in the autumn.")
    [storm] = events_of(facts, "Storm")
    assert [m.anchor for m in storm.mentions].count("hit") == 1


def test_events_that_were_usually_peaceful_still_happened(titled):
    facts = titled("Protest turns violent in Lima",
                   "The protests, which are usually peaceful, turned violent in Lima on Sunday.")
    assert len(events_of(facts, "Protest")) == 1
