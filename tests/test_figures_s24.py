"""Figures: patterns found on news written for these tests (session 24).

Every sentence here was written for its test.
"""

from __future__ import annotations

from events_of import events_of, told_by


def figures(facts, event) -> list[tuple]:
    return [(facts.quantities[k].value, facts.quantities[k].unit) for k in event.quantities]


def test_people_told_to_have_taken_part_count_the_protest_before(extract_text):
    facts = extract_text("Farmers march\n\nThousands of farmers marched through Warsaw on Friday, demanding "
                         "higher subsidies. Police said about 12,000 people took part.")
    [march] = events_of(facts, "Protest")
    assert (12000, "person") in figures(facts, march)


def test_people_who_took_part_in_a_named_act_are_left_to_its_sentence(extract_text):
    facts = extract_text("Strike\n\nDock workers walked out in Antwerp on Monday, demanding higher pay. "
                         "About 3,000 workers took part in the strike, the union said.")
    [strike] = events_of(facts, "LabourStrike")
    assert (3000, "worker") in figures(facts, strike)


def test_a_plural_of_many_before_a_headline_verb_counts_no_such_thing(extract_text):
    facts = extract_text("Hundreds march in Lyon over pension cuts\n\nHundreds of people marched in Lyon on Saturday.")
    assert "march" not in {q.unit for q in facts.quantities.values()}


def test_a_verb_of_tense_joined_to_an_infinitive_shares_the_subject_above_it(extract_text):
    # the parser joins "destroyed" to "to leave"; it is the fire's, as "forced" is
    facts = extract_text("Fire\n\nA brush fire in the hills above Malibu has forced 4,000 residents to leave and "
                         "destroyed at least 60 homes, officials said on Thursday.")
    fire = told_by(facts, "brush fire")
    assert (60, "home") in figures(facts, fire) and fire is told_by(facts, "destroyed")


def test_a_name_the_model_reads_into_a_sum_is_no_part_of_it(extract_text):
    facts = extract_text("Fine\n\nThe European Commission fined Google 2.4 billion euros on Wednesday.")
    [fine] = events_of(facts, "LegalEvent")
    assert (2400000000, "euro") in figures(facts, fine)
    assert all(not q.mention.anchor.startswith("Google") for q in facts.quantities.values())


def test_a_fraction_of_one_unit_is_no_share_of_a_whole(extract_text):
    facts = extract_text("Rates\n\nThe Bank of Canada cut its key rate by a quarter of a percentage point to "
                         "2.5 percent on Wednesday.")
    assert (25, "percent") not in {(q.value, q.unit) for q in facts.quantities.values()}


def test_a_qualified_count_the_parser_hangs_on_over_counts_what_its_verb_says(extract_text):
    facts = extract_text("Quake\n\nA strong earthquake struck central Myanmar on Friday, killing more than 1,000 "
                         "people and injuring over 2,000, the military said.")
    [quake] = events_of(facts, "Earthquake")
    assert (2000, "injured") in figures(facts, quake)


def test_the_order_a_maker_wins_is_the_award_and_its_figures_are_the_awards(extract_text):
    facts = extract_text("Orders\n\nEmbraer has won an order for 40 E195 jets from the Polish carrier LOT, worth "
                         "about $3 billion at list prices, the companies said on Monday.")
    awards = events_of(facts, "ContractAward")
    assert len(awards) == 1 and not events_of(facts, "Order")
    assert (40, "jet") in figures(facts, awards[0])
