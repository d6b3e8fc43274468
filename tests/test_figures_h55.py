"""Figures: how often an act was done, a second candidate's tally with its noun left out, and dollar
amounts marked with a country's letters.

Every sentence here was written for its test.
"""

from __future__ import annotations

from decimal import Decimal

import pytest
from figures_of import event_figures, figures


@pytest.mark.parametrize("sentence, etype", [
    ("News\n\nThe Velora robotics team was twice denied visas to enter Dunmore.", "ImmigrationDecision"),
    ("News\n\nDunmore police arrested Jon Kell twice last year.", "Arrest"),
])
def test_twice_counts_two_times_the_act_was_done(extract_text, sentence, etype):
    assert (Decimal(2), "time") in event_figures(extract_text(sentence), etype)


@pytest.mark.parametrize("sentence", [
    "Halvor has twice as many stores as Trell.",
    "The Trell plant produces twice the output of the Dunmore plant.",
    "The Dunmore council meets twice a week.",
    "Sales at Trell rose three times faster than expected.",
    "The new Halvor plant is three times the size of the old one.",
])
def test_a_ratio_or_a_rate_counts_no_times(extract_text, sentence):
    found = figures(extract_text(f"News\n\n{sentence}"))
    assert not any(unit in ("time", "size") for _, unit in found)


def test_a_tally_won_after_one_received_counts_the_same_votes(extract_text):
    found = figures(extract_text("News\n\nKerrow received 112,400 votes in the election, while Ashby won 71,900."))
    assert (Decimal(71_900), "vote") in found


def test_a_tally_after_a_second_name_with_the_noun_left_out_counts_the_same_votes(extract_text):
    found = figures(extract_text("News\n\nIn the runoff, Kerrow won 112,400 votes and Ashby 71,900."))
    assert (Decimal(71_900), "vote") in found


def test_a_number_in_groups_of_thousands_after_a_name_is_no_model_number(extract_text):
    found = figures(extract_text("News\n\nKerrow won 112,400 votes and Ashby 71,900."))
    assert any(value == 71_900 for value, _ in found)


@pytest.mark.parametrize("amount, value", [
    ("AU$52.5 million", 52_500_000),
    ("NZ$8 million", 8_000_000),
    ("HK$3 billion", 3_000_000_000),
])
def test_a_dollar_sign_with_a_countrys_letters_marks_an_amount(extract_text, amount, value):
    facts = extract_text(f"News\n\nThe government of Varnia will provide Halvor Motors with {amount} in aid.")
    assert (Decimal(value), "dollar") in figures(facts)


def test_both_amounts_of_a_sum_told_in_two_currencies_are_kept(extract_text):
    facts = extract_text("News\n\nThe government will provide Halvor Motors with a AU$52.5 million "
                         "(US$40.4 million) assistance package.")
    found = figures(facts)
    assert (Decimal(52_500_000), "dollar") in found and (Decimal(40_400_000), "dollar") in found


def test_a_quake_after_its_magnitude_strikes_with_its_toll(extract_text):
    facts = extract_text("News\n\nA magnitude 6.1 earthquake struck Tarsen on Monday, killing at least 42 people.")
    assert (Decimal(42), "killed") in event_figures(facts, "Earthquake")
    assert not any(e.type == "Attack" for e in facts.events.values())


@pytest.mark.parametrize("sentence, value, unit", [
    ("The crowd, estimated at 50,000, marched through Dunmore on Saturday.", 50_000, "people"),
    ("Tens of thousands of marchers, estimated at 80,000 by organisers, filled Dunmore on Saturday.", 80_000,
     "marcher"),
])
def test_a_group_estimated_at_a_number_is_counted_by_it(extract_text, sentence, value, unit):
    assert (Decimal(value), unit) in figures(extract_text(f"News\n\n{sentence}"))


def test_the_number_in_an_index_name_before_a_lower_case_index_counts_nothing(extract_text):
    found = figures(extract_text("News\n\nThe Brema 40 index fell 232.90 points, or 3.7 percent, to 6,038.30."))
    assert (Decimal(232.9).quantize(Decimal("0.1")), "point") in found
    assert not any(value == 40 for value, _ in found)


def test_a_bare_share_a_rival_received_after_a_sentence_on_the_vote_counts_for_the_election(extract_text):
    facts = extract_text("News\n\nMira Quell was elected mayor of Dunmore on Sunday with 54% of the vote. "
                         "Her rival Jon Kell received 41%.")
    assert (Decimal(41), "percent") in event_figures(facts, "Election")


def test_a_workforce_of_a_bare_number_counts_employees_and_goes_to_the_cuts(extract_text):
    facts = extract_text("News\n\nHalvor Corp will cut 2,000 jobs. The cuts represent 10% of its workforce of 20,000.")
    assert (Decimal(20_000), "employee") in event_figures(facts, "JobCuts")


@pytest.mark.parametrize("sentence, value, unit", [
    ("The Varnian ministry reported 40 new infections, raising the tally to 1,200.", 1_200, "infection"),
    ("Twelve more deaths were reported in Varnia, for a total of 96.", 96, "killed"),
    ("Kerrow won 8 more delegates, bringing his total to 86.", 86, "delegate"),
])
def test_a_bare_total_counts_what_the_count_before_it_counted(extract_text, sentence, value, unit):
    assert (Decimal(value), unit) in figures(extract_text(f"News\n\n{sentence}"))


def test_a_total_that_names_what_it_counts_takes_no_other_unit(extract_text):
    found = figures(extract_text("News\n\nPolice made 40 arrests, bringing the total number of detainees to 300."))
    assert (Decimal(300), "arrested") not in found


def test_a_toll_leaves_an_act_of_no_kind_it_is_not_the_object_of(extract_text):
    facts = extract_text("News\n\nA gunman opened fire at a mall in Tarsen on Saturday, killing eight people and "
                         "wounding 16 others before he was shot dead by police.")
    assert (Decimal(16), "injured") in event_figures(facts, "Shooting")
    assert (Decimal(16), "injured") not in event_figures(facts, "Event")


def test_a_tally_written_as_one_word_after_voted_counts_votes_on_both_sides(extract_text):
    found = figures(extract_text("News\n\nThe Dunmore city council voted 7–2 on Tuesday to ban fireworks."))
    assert {(Decimal(7), "vote"), (Decimal(2), "vote")} <= found


@pytest.mark.parametrize("sentence, value, unit", [
    ("The storm forced the evacuation of 150,000 people in Tarsen.", 150_000, "evacuated"),
    ("A Dunmore judge ordered the arrest of 12 people on Monday.", 12, "arrested"),
])
def test_people_counted_after_the_noun_of_what_befell_them_are_counted_by_it(extract_text, sentence, value, unit):
    assert (Decimal(value), unit) in figures(extract_text(f"News\n\n{sentence}"))


def test_the_people_an_evacuation_noun_counts_stay_the_evacuations_and_go_to_the_storm(extract_text):
    facts = extract_text("News\n\nThe typhoon forced the evacuation of 150,000 people in Tarsen on Monday.")
    assert (Decimal(150_000), "evacuated") in event_figures(facts, "Evacuation")


@pytest.mark.parametrize("sentence, unit", [
    ("Officers of the Tarsen police shot him dead outside a store.", "dead"),
    ("A man was killed in the blast in Tarsen.", "killed"),
    ("A woman was injured when the bus crashed near Tarsen.", "injured"),
])
def test_one_person_a_fate_befell_is_a_toll_of_one(extract_text, sentence, unit):
    assert (Decimal(1), unit) in figures(extract_text(f"News\n\n{sentence}"))


@pytest.mark.parametrize("sentence", [
    "The Varnian Senate killed the bill on Monday.",
    "The blast in Tarsen killed a man and his two sons.",
])
def test_a_thing_or_a_person_in_a_list_is_no_toll_of_one(extract_text, sentence):
    assert not any(value == 1 for value, _ in figures(extract_text(f"News\n\n{sentence}")))


@pytest.mark.parametrize("sentence, value, unit", [
    ("The Tarsen court fined Halvor £20m ($26m) on Monday.", 20_000_000, "pound"),
    ("The Tarsen court fined Halvor £20m ($26m) on Monday.", 26_000_000, "dollar"),
    ("The Varnian state announced compensation of Rs 2 lakh for each victim.", 200_000, "rupee"),
    ("The Dunmore bridge will cost ₹500 crore.", 5_000_000_000, "rupee"),
    ("Trell paid 3.2 billion Swiss francs for the stake in Halvor.", 3_200_000_000, "franc"),
    ("Halvor posted a loss of 12bn kronor last year.", 12_000_000_000, "krona"),
])
def test_an_amount_keeps_its_scale_and_currency_however_written(extract_text, sentence, value, unit):
    assert (Decimal(value), unit) in figures(extract_text(f"News\n\n{sentence}"))


def test_a_glued_m_after_a_figure_that_is_no_amount_is_no_million(extract_text):
    found = figures(extract_text("News\n\nA 20m yacht sank off Tarsen on Monday."))
    assert not any(value == 20_000_000 for value, _ in found)
