"""Figures: amounts in cents, counts of "N of the X", four-digit counts, and which event a figure goes to.

Every sentence here was written for its test.
"""

from __future__ import annotations

from decimal import Decimal

import pytest
from figures_of import event_figures, figures


@pytest.mark.parametrize("sentence, value, unit", [
    ("Shares of Brandvale Corp. fell 23 cents to $14.50 in New York trading.", "0.23", "dollar"),
    ("The stock dropped from $3 to nine cents before it recovered.", "0.09", "dollar"),
    ("The coins are worth 20 cents each in euros, the Bank of Dalmar said.", "0.2", "euro"),
])
def test_an_amount_in_cents_is_a_hundredth_of_the_currency(extract_text, sentence, value, unit):
    assert (Decimal(value), unit) in figures(extract_text(f"News\n\n{sentence}"))


def test_a_number_of_per_cent_is_a_share_even_when_read_as_money(extract_text):
    found = figures(extract_text("News\n\nFares at Kestrel Bus rose by 5 per cent, or 40 cents a ticket."))
    assert (Decimal(5), "percent") in found
    assert (Decimal("0.4"), "dollar") in found


def test_a_count_of_n_of_the_things_counts_the_things_not_a_word_before_a_hyphen(extract_text):
    found = figures(extract_text("News\n\nTarvin Air ordered 20 of the new mid-size Skyliner jets."))
    assert (Decimal(20), "jet") in found
    assert not any(u == "mid" for _, u in found)


def test_four_digits_after_of_before_a_plural_noun_count_the_noun(extract_text):
    found = figures(extract_text("News\n\nA survey of 1709 farmers from 40 villages was carried out in 2019."))
    assert (Decimal(1709), "farmer") in found


def test_four_digits_after_in_stay_a_year(extract_text):
    found = figures(extract_text("News\n\nIn 2019 protests spread to the capital of Varnia."))
    assert not any(v == 2019 for v, _ in found)


def test_an_amount_goes_to_the_event_of_its_own_clause_not_the_clause_it_hangs_from(extract_text):
    facts = extract_text("News\n\nOstra Air has ordered US$6 billion in new airliners, while Belvin Air has "
                         "signed a deal for a further US$7 billion.")
    holders = [e for e in facts.events.values()
               if any(facts.quantities[k].value == Decimal(7_000_000_000) for k in e.quantities)]
    assert holders and all(e.mentions[0].anchor != "ordered" for e in holders)


def test_what_the_goods_of_an_order_are_worth_goes_to_the_order(extract_text):
    facts = extract_text("News\n\nCorvane Air has ordered 12 new aircraft from Halden Aero. The aircraft have a "
                         "list value of US$1.8 billion, although neither firm would reveal the actual agreement "
                         "reached.")
    assert (Decimal(1_800_000_000), "dollar") in event_figures(facts, "Order")
    assert (Decimal(1_800_000_000), "dollar") not in event_figures(facts, "Agreement")


@pytest.mark.parametrize("sentence", [
    "Brisco Foods employs about 8,000 people in four countries.",
    "The mill cut its output although its workforce of 8,000 people stayed.",
])
def test_the_people_an_employer_has_are_its_employees(extract_text, sentence):
    assert (Decimal(8000), "employee") in figures(extract_text(f"News\n\n{sentence}"))


def test_the_size_of_a_workforce_goes_to_the_job_cuts(extract_text):
    facts = extract_text("News\n\nHalvik Steel said on Monday it would cut 900 jobs. Its shares fell 3 percent in "
                         "Oslo. Halvik employs about 12,000 people.")
    assert (Decimal(12000), "employee") in event_figures(facts, "JobCuts")
    assert (Decimal(12000), "employee") not in event_figures(facts, "MarketMove")


def test_the_size_of_a_workforce_is_no_figure_of_the_act_told_before_it(extract_text):
    facts = extract_text("News\n\nShares of Halvik Steel fell 3 percent in Oslo on Monday. Halvik employs about "
                         "12,000 people.")
    assert not any((Decimal(12000), "employee") in event_figures(facts, e.type) for e in facts.events.values())


def test_the_worth_of_the_goods_told_again_in_another_currency_goes_to_the_order_too(extract_text):
    facts = extract_text("News\n\nCorvane Air has ordered 12 new aircraft from Halden Aero. The aircraft have a "
                         "list value of €1.6 billion (US$1.8 billion), although neither firm would reveal the actual "
                         "agreement reached.")
    assert {(Decimal(1_600_000_000), "euro"), (Decimal(1_800_000_000), "dollar")} <= event_figures(facts, "Order")


def test_a_sum_told_rounded_and_exact_is_one_deal(extract_text):
    facts = extract_text("News\n\nOstra Air has ordered US$6 billion in new airliners, while Belvin Air has signed a "
                         "deal for a further US$7 billion. Belvin Air's order, worth US$6.8 billion, covers 40 jets.")
    deals = [e for e in facts.events.values()
             if any(facts.quantities[k].value == Decimal(6_800_000_000) for k in e.quantities)]
    assert len(deals) == 1
    assert Decimal(7_000_000_000) in {facts.quantities[k].value for k in deals[0].quantities}


def test_two_tolls_that_differ_are_no_rounding_of_one_another(extract_text):
    facts = extract_text("News\n\nA bomb killed 10 people in Dorvik on Monday. Another bomb killed 14 people in "
                         "Dorvik on Tuesday.")
    assert len([e for e in facts.events.values() if e.type in ("Attack", "Bombing")]) == 2


def test_the_worth_of_an_order_told_of_the_order_itself_stays_on_that_order(extract_text):
    facts = extract_text("News\n\nHalden Aero has won two large orders. Belvin Air has signed a deal for 40 jets. "
                         "The Belvin Air order is worth US$6.8 billion.")
    holders = [e for e in facts.events.values()
               if any(facts.quantities[k].value == Decimal(6_800_000_000) for k in e.quantities)]
    assert len(holders) == 1
