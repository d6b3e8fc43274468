"""Figures (helper 63): what a contract is to do, terms joined by "and", crowds, tallies, terms faced.

Every sentence here was written for its test.
"""

from __future__ import annotations

from decimal import Decimal

import pytest
from figures_of import event_figures, figures

from kg.extraction.quantities import parse_number


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


@pytest.mark.parametrize("sentence, years", [
    ("Two of the Harlow bankers received sentences of five and seven years.", (5, 7)),
    ("The Tessin smugglers were jailed for three and four years respectively.", (3, 4)),
])
def test_terms_joined_by_and_are_each_a_count_not_their_sum(extract_text, sentence, years):
    found = figures(extract_text(f"News\n\n{sentence}"))
    assert {(Decimal(y), "year") for y in years} <= found
    assert (Decimal(sum(years)), "year") not in found


@pytest.mark.parametrize("words, value", [
    ("twenty-five", 25), ("one hundred and twelve", 112), ("three million five hundred thousand", 3_500_000),
])
def test_number_words_that_make_one_number_are_still_read_whole(words, value):
    assert parse_number(words) == Decimal(value)


def test_two_small_numbers_joined_by_and_are_no_number():
    assert parse_number("five and seven") is None


@pytest.mark.parametrize("second", [
    "Police put the crowd at 20,000.",
    "Police estimated the crowd at 20,000.",
    "Police estimated the crowd at 5,000, while organisers put it at 20,000.",
])
def test_the_size_a_crowd_is_put_at_counts_the_protest_before_it(extract_text, second):
    facts = extract_text(f"News\n\nThousands of people marched through Velmora on Saturday against the Brask "
                         f"reform. {second}")
    assert (Decimal(20_000), "people") in event_figures(facts, "Protest")
    assert (Decimal(20_000), "people") not in event_figures(facts, "Event")


def test_a_toll_put_at_a_number_is_no_crowd_of_a_protest(extract_text):
    facts = extract_text("News\n\nFarmers protested in Tarn on Monday. Rescuers later put the death toll of the "
                         "Tarn flood at 40.")
    assert (Decimal(40), "dead") not in event_figures(facts, "Protest")


@pytest.mark.parametrize("sentence, etype, tally", [
    ("The Norland senate approved the bill 61-38 on Thursday.", "Legislation", (61, 38)),
    ("The Velmora assembly passed the measure by 90-12.", "Legislation", (90, 12)),
    ("The Brisk high court ruled 5-4 that the tax was lawful.", "Ruling", (5, 4)),
])
def test_a_tally_told_with_a_verb_of_passing_counts_votes(extract_text, sentence, etype, tally):
    assert {(Decimal(n), "vote") for n in tally} <= event_figures(extract_text(f"News\n\n{sentence}"), etype)


def test_a_score_of_a_match_is_no_tally_of_votes(extract_text):
    facts = extract_text("News\n\nBrisk United defeated Tarn Rovers 3-1 on Sunday.")
    assert not {unit for _, unit in figures(facts)} & {"vote"}


@pytest.mark.parametrize("sentence, value, unit", [
    ("The storm left 23 people dead and more than 5,000 homeless in Velmora.", 5000, "homeless"),
    ("The fighting around Tarn has left 12,000 displaced.", 12000, "displaced"),
])
def test_a_number_with_only_an_adjective_of_fate_counts_people_in_that_state(extract_text, sentence, value, unit):
    assert (Decimal(value), unit) in figures(extract_text(f"News\n\n{sentence}"))


def test_a_number_with_a_noun_before_homeless_counts_the_noun(extract_text):
    assert (Decimal(40000), "person") in figures(extract_text("News\n\nThe floods left 40,000 people homeless."))


def test_the_worth_of_the_deal_an_acquisition_was_done_in_is_the_acquisition_s(extract_text):
    # the parse makes the act an acquisition or the agreement to buy: either way the act, not only the deal
    facts = extract_text("News\n\nHalvor Oil agreed to buy Tessin Gas in a deal valued at $8 billion.")
    assert (Decimal(8_000_000_000), "dollar") in event_figures(facts, "Acquisition") | event_figures(facts, "Agreement")


def test_an_act_before_a_deal_named_in_another_phrase_does_not_take_its_worth(extract_text):
    facts = extract_text("News\n\nHalvor Oil bought Tessin Gas last year. Brisk Bank later signed a deal worth "
                         "$3 million with Tarn Mining.")
    assert (Decimal(3_000_000), "dollar") not in event_figures(facts, "Acquisition")
    assert (Decimal(3_000_000), "dollar") not in event_figures(facts, "EconomicEvent")


def test_a_term_someone_faced_goes_to_the_conviction_not_to_the_appeal_told_between(extract_text):
    facts = extract_text("News\n\nA Dunmore jury convicted Pell Arvid of bribery on Friday. His lawyer said he "
                         "would appeal. Arvid faced up to 30 years in prison.")
    assert (Decimal(30), "year") in event_figures(facts, "Conviction")
    assert (Decimal(30), "year") not in event_figures(facts, "Appeal")


def test_a_term_faced_with_no_act_of_justice_before_stays_where_it_was(extract_text):
    facts = extract_text("News\n\nOna Vell said she would appeal. She faced up to 30 years in prison.")
    assert not event_figures(facts, "Conviction")
