"""Figures (helper 63): the length of an agreement, and what a contract is to do.

Every sentence here was written for its test.
"""

from __future__ import annotations

from decimal import Decimal

import pytest
from figures_of import event_figures, figures


@pytest.mark.parametrize("sentence, value", [
    ("Halvor Oil signed a 25-year contract with the Brenn government.", 25),
    ("The port authority granted Tessin Shipping a ten-year lease on the eastern quay.", 10),
    ("Marl Telecom and Oskar Cable agreed a five-year deal to share their masts.", 5),
])
def test_the_length_told_before_an_agreement_is_a_count_of_years(extract_text, sentence, value):
    assert (Decimal(value), "year") in figures(extract_text(f"News\n\n{sentence}"))


def test_an_agreement_reached_some_years_ago_has_no_length_of_years(extract_text):
    facts = extract_text("News\n\nThe two brewers reached a deal five years ago, Pell Brewing said on Monday.")
    assert (Decimal(5), "year") not in figures(facts)


def test_a_contract_counts_the_goods_its_infinitive_clause_is_to_supply(extract_text):
    facts = extract_text("News\n\nVantor Aerospace won a $2 billion contract to supply the Dalmar navy with "
                         "40 patrol boats.")
    assert {(Decimal(2_000_000_000), "dollar"), (Decimal(40), "patrol boat")} <= event_figures(facts, "ContractAward")


def test_a_deal_counts_what_it_is_to_lease(extract_text):
    facts = extract_text("News\n\nLawmakers rejected a deal to lease 60 cargo planes from Vantor Aerospace.")
    assert (Decimal(60), "cargo plane") in event_figures(facts, "Deal")


def test_a_contract_does_not_take_the_figures_of_a_clause_that_is_not_its_purpose(extract_text):
    facts = extract_text("News\n\nVantor Aerospace won the contract after Brisk Marine cut 300 jobs.")
    assert (Decimal(300), "job") not in event_figures(facts, "ContractAward")
