"""Figures: each count gets the unit a reader would write (what happened to whom), and measures are no counts.

Every sentence here was written for its test.
"""

from __future__ import annotations

from decimal import Decimal

import pytest


def figures(facts) -> set[tuple[Decimal, str | None, str | None]]:
    return {(q.value, q.unit, q.qualifier) for q in facts.quantities.values()}


def event_figures(facts, etype: str) -> set[tuple[Decimal, str | None]]:
    return {(facts.quantities[k].value, facts.quantities[k].unit)
            for e in facts.events.values() if e.type == etype for k in e.quantities}


@pytest.mark.parametrize("sentence, value, unit", [
    ("Gunmen stormed a market in the north, killing 23 and wounding 41.", 23, "killed"),
    ("Gunmen stormed a market in the north, killing 23 and wounding 41.", 41, "injured"),
    ("At least 12 people were killed when the bridge gave way.", 12, "killed"),
    ("Nine passengers died after the ferry capsized.", 9, "dead"),
    ("Two pilgrims also died in the fire, the embassy said.", 2, "dead"),
    ("The blaze caused the deaths of 12 workers.", 12, "dead"),
    ("Officials said 20 people had died and 15 were missing.", 15, "missing"),
    ("Three climbers are missing after the avalanche.", 3, "missing"),
    ("The tanker had ten crewmembers aboard.", 10, "crew member"),
    ("Officials said 30 people died in the floods.", 30, "dead"),
    ("Police said 14 were arrested during the clashes.", 14, "arrested"),
    ("Rescuers said five were rescued from the rubble.", 5, "rescued"),
    ("The storm left 17 dead and 60 injured across the province.", 17, "dead"),
])
def test_a_count_of_people_takes_the_verb_that_befell_them_as_unit(extract_text, sentence, value, unit):
    assert (Decimal(value), unit) in {(v, u) for v, u, _ in figures(extract_text(f"News\n\n{sentence}"))}


def test_a_count_of_people_rescued_keeps_its_noun(extract_text):
    facts = extract_text("News\n\nSix fishermen were rescued after their trawler sank.")
    assert (Decimal(6), "fisherman") in {(v, u) for v, u, _ in figures(facts)}


def test_a_number_in_a_name_after_death_counts_no_one(extract_text):
    facts = extract_text("News\n\nUsers marked the death of Windows 7 with a farewell party.")
    assert "dead" not in {u for _, u, _ in figures(facts)}


@pytest.mark.parametrize("sentence, units", [
    ("Rebels shelled the town on Friday, but the attack caused no casualties.", {"killed", "injured"}),
    ("There were no deaths after the dam burst.", {"dead"}),
    ("No one was hurt when the roof collapsed.", {"injured"}),
    ("No soldiers were killed in the ambush.", {"killed"}),
    ("Nobody died in the fire.", {"dead"}),
    ("No injuries or deaths were reported after the blast.", {"injured", "dead"}),
    ("There were no reports of casualties after the quake.", {"killed", "injured"}),
])
def test_a_toll_the_text_says_was_none_is_zero(extract_text, sentence, units):
    zeros = {u for v, u, _ in figures(extract_text(f"News\n\n{sentence}")) if v == 0}
    assert zeros == units


@pytest.mark.parametrize("sentence", [
    "The army said no one else was hurt in the ambush.",
    "Officials expect no further casualties from the storm.",
    "There are no casualties left at the site, the rescuers said.",
    "The drill is planned so that no one would be hurt.",
])
def test_a_none_that_leaves_a_toll_standing_or_is_only_possible_is_no_zero(extract_text, sentence):
    assert not any(v == 0 for v, _, _ in figures(extract_text(f"News\n\n{sentence}")))


def test_a_casualty_word_that_befell_no_one_is_no_event(extract_text):
    facts = extract_text("News\n\nNo one was injured, the police said.")
    assert not [e for e in facts.events.values() if e.type == "Casualty"]


def test_no_casualties_are_counted_for_the_attack_the_sentence_names(extract_text):
    facts = extract_text("News\n\nMilitants fired rockets at an air base on Friday. A spokesman said the attack "
                         "produced no casualties.")
    assert {(Decimal(0), "killed"), (Decimal(0), "injured")} <= event_figures(facts, "Attack")


def test_delegates_an_actor_earned_are_counted_for_the_election(extract_text):
    facts = extract_text("News\n\nDemocrats held caucuses in Nevada on Saturday. Senator Elizabeth Warren earned "
                         "8 delegates, according to the party.")
    assert (Decimal(8), "delegate") in event_figures(facts, "Election")


def test_seats_a_party_lost_are_counted_for_the_election(extract_text):
    facts = extract_text("News\n\nVoters in Portugal went to the polls on Sunday in a general election. The "
                         "Socialist Party lost 12 seats, according to early results.")
    assert (Decimal(12), "seat") in event_figures(facts, "Election")


def test_seats_are_counted_for_the_election_not_for_an_ousting(extract_text):
    facts = extract_text("News\n\nOver 60% of the 300 council seats went to opposition candidates, ousting the "
                         "mayor's allies, in Sunday's local election.")
    assert (Decimal(300), "council seat") in event_figures(facts, "Election")
    assert (Decimal(300), "council seat") not in event_figures(facts, "Dismissal")


def test_a_share_of_the_seats_is_counted_for_the_election(extract_text):
    facts = extract_text("News\n\nOver 60% of the 300 available council seats went to opposition candidates, "
                         "ousting the mayor's allies, in Sunday's local election.")
    assert (Decimal(60), "percent") in event_figures(facts, "Election")


def test_the_dead_of_a_crash_named_later_are_counted_for_the_crash(extract_text):
    facts = extract_text("News\n\nAll 150 on board died when the jet came down on Monday. Investigators are "
                         "studying the crash.")
    assert (Decimal(150), "dead") in event_figures(facts, "PlaneCrash")  # a jet that came down crashed


def test_the_hurt_told_with_arrests_are_counted_for_the_clash(extract_text):
    facts = extract_text("News\n\nProtesters clashed with police in Lyon on Saturday. Officials said 40 people "
                         "were arrested and three officers were injured.")
    assert (Decimal(3), "injured") in event_figures(facts, "Clash")
    assert (Decimal(3), "injured") not in event_figures(facts, "Arrest")


def test_the_dead_of_another_year_are_no_toll_of_a_disaster(extract_text):
    facts = extract_text("News\n\nAtlas was lost back on March 3, 2001 when it broke apart during re-entry, killing "
                         "all five crew members aboard. Orion was lost when it exploded 40 seconds after launch back "
                         "on May 2, 1990, killing all four aboard.")
    assert (Decimal(5), "killed") not in event_figures(facts, "Explosion")


def test_a_count_after_at_or_with_counts_what_the_verbs_object_names(extract_text):
    facts = extract_text("News\n\nIn Sunday's election, the Green Party secured the most seats, at 14, followed by "
                         "the Labour Party, with 12.")
    assert {(Decimal(14), "seat"), (Decimal(12), "seat")} <= {(v, u) for v, u, _ in figures(facts)}


def test_a_number_after_at_with_no_plural_object_counts_nothing(extract_text):
    facts = extract_text("News\n\nThe runner took the lead at 14 and never lost it.")
    assert all(u is None for v, u, _ in figures(facts) if v == 14)


@pytest.mark.parametrize("sentence", [
    "Police estimated the crowd at 50,000.",
    "Protesters rallied in the capital, and a crowd of 50,000 filled the square.",
    "The crowd numbered 50,000, organisers said.",
])
def test_the_size_of_a_crowd_counts_people(extract_text, sentence):
    assert (Decimal(50000), "people") in {(v, u) for v, u, _ in figures(extract_text(f"News\n\n{sentence}"))}


def test_an_amount_the_model_tagged_with_its_noun_counts_that_noun(extract_text):
    facts = extract_text("News\n\nA court in Bergen fined the shipping firm 3 million kroner on Friday.")
    assert (Decimal(3_000_000), "kroner") in {(v, u) for v, u, _ in figures(facts)}


def test_the_dead_reported_days_after_a_storm_in_another_paragraph_are_its_toll(extract_text):
    facts = extract_text("News\n\nHurricane Delia hit the coast of Florida on Monday.\n\nRoads were closed across "
                         "the state.\n\nBy Wednesday, officials had confirmed 14 deaths.")
    assert {u for v, u in event_figures(facts, "Storm") if v == 14} & {"killed", "dead"}


def test_a_death_toll_that_rose_counts_the_dead(extract_text):
    facts = extract_text("Floods\n\nThe death toll from the floods rose to 39 on Tuesday, officials said.")
    assert (Decimal(39), "dead") in {(v, u) for v, u, _ in figures(facts)}


@pytest.mark.parametrize("sentence, number", [
    ("The hurricane strengthened to a Category 4 storm overnight.", 4),
    ("The storm made landfall at 1500 UTC near the border.", 1500),
    ("Winds reached 150 mph as the hurricane came ashore.", 150),
    ("A 7.1-magnitude earthquake struck the region on Monday.", Decimal("7.1")),
    ("A 45-year-old man was arrested at the scene.", 45),
    ("The suspect, aged 32, was charged with murder.", 32),
])
def test_a_measure_is_not_a_counted_quantity(extract_text, sentence, number):
    assert Decimal(number) not in {v for v, _, _ in figures(extract_text(f"News\n\n{sentence}"))}


def test_a_casualty_figure_attaches_to_the_attack_it_counts(extract_text):
    facts = extract_text("News\n\nMilitants attacked a police station in the east on Sunday, killing 107 people "
                         "and wounding 238.")
    assert {(Decimal(107), "killed"), (Decimal(238), "injured")} <= event_figures(facts, "Attack")


def test_the_dead_of_the_next_sentence_are_counted_for_the_disaster(extract_text):
    facts = extract_text("News\n\nA fire broke out at a hotel in the city centre on Monday. At least 17 people "
                         "died and 35 were rescued, officials said.")
    fire = {(v, u) for e in facts.events.values() if e.type in ("Fire", "Accident") for v, u in
            [(facts.quantities[k].value, facts.quantities[k].unit) for k in e.quantities]}
    assert {(Decimal(17), "dead"), (Decimal(35), "rescued")} <= fire


def test_a_result_that_fell_is_a_financial_report_with_its_figures(extract_text):
    facts = extract_text("News\n\nThe carmaker said third-quarter operating profit fell 38% to 1.2 billion euros.")
    [report] = [e for e in facts.events.values() if e.type == "FinancialReport"]
    assert (Decimal(38), "percent") in {(facts.quantities[k].value, facts.quantities[k].unit) for k in report.quantities}


def test_a_bare_number_counts_for_no_event(extract_text):
    facts = extract_text("News\n\nPolice arrested the tennis player, ranked 27 in the world, on Friday.")
    assert None not in {facts.quantities[k].unit for e in facts.events.values() for k in e.quantities}


def test_dozens_is_an_order_of_magnitude_with_no_value(extract_text):
    facts = extract_text("News\n\nDozens were killed when a bridge collapsed in Porto on Monday.")
    [rough] = [q for q in facts.quantities.values() if q.qualifier == "dozens of"]
    assert rough.value is None and rough.unit == "killed"


def test_a_dozen_is_twelve(extract_text):
    facts = extract_text("News\n\nA dozen miners were rescued from a flooded mine in Kentucky on Monday.")
    assert any(q.value == 12 for q in facts.quantities.values())


def test_people_counted_through_of_take_the_fate_of_their_count(extract_text):
    facts = extract_text("News\n\nDozens of people were injured when a bridge collapsed in Porto on Monday.")
    [rough] = [q for q in facts.quantities.values() if q.qualifier == "dozens of"]
    assert rough.unit == "injured"


def figures(facts) -> list[tuple]:
    return sorted((float(q.value), q.unit, q.qualifier) for q in facts.quantities.values() if q.value is not None)


def test_a_range_with_to_gives_its_low_and_high_ends(extract_text):
    facts = extract_text("News\n\nBetween Monday and Friday, 4,000 to 6,500 pilgrims reached the shrine.")
    assert (4000, "pilgrim", "at least") in figures(facts) and (6500, "pilgrim", "up to") in figures(facts)


def test_a_dashed_range_shares_its_scale_and_unit(extract_text):
    facts = extract_text("News\n\nThe club is seeking about 30–40 million euros for the striker.")
    ends = {(value, qualifier) for value, unit, qualifier in figures(facts) if unit in ("EUR", "euro")}
    assert ends == {(30_000_000, "about"), (40_000_000, "up to")}


def test_between_and_is_a_range_whose_ends_share_the_unit(extract_text):
    facts = extract_text("News\n\nBetween 200 and 300 residents were evacuated from the valley on Sunday.")
    units = {unit for value, unit, _ in figures(facts) if value in (200, 300)}
    assert units == {"evacuated"} or units == {"resident"}


def test_a_score_is_no_range(extract_text):
    facts = extract_text("News\n\nPorto beat Braga 3-1 on Sunday.")
    assert not any(q == "up to" for _, _, q in figures(facts))


def test_a_prison_sentence_counts_years(extract_text):
    facts = extract_text("News\n\nA court in Lyon sentenced former mayor Paul Girard to twelve years in prison on Friday.")
    assert (12, "year", None) in figures(facts)


def test_a_sentence_named_by_its_length_counts_years(extract_text):
    facts = extract_text("News\n\nHe is serving a twenty-five-year sentence for fraud.")
    assert (25, "year", None) in figures(facts)


@pytest.mark.parametrize("sentence, value", [
    ("Ortiz served nine years of a twenty-year sentence before his release.", 9),
    ("The governor commuted her sentence after she had served eleven years.", 11),
    ("He was sentenced to fifteen years in prison, serving six before his parole.", 6),
])
def test_time_already_served_counts_years_served(extract_text, sentence, value):
    assert (value, "year served", None) in figures(extract_text(f"News\n\n{sentence}"))


@pytest.mark.parametrize("sentence", [
    "A court in Lyon sentenced Paul Girard to serve twelve years in prison.",
    "Paul Girard will serve twelve years in prison, the court ruled.",
])
def test_a_term_still_to_be_served_is_no_time_served(extract_text, sentence):
    assert (12, "year", None) in figures(extract_text(f"News\n\n{sentence}"))


def test_time_served_is_counted_for_the_clemency_it_preceded(extract_text):
    facts = extract_text("News\n\nOrtiz was sentenced to fifteen years in prison, serving six before being granted "
                         "clemency by the governor.")
    assert (Decimal(6), "year served") in event_figures(facts, "Pardon")


def test_days_of_mourning_are_counted(extract_text):
    facts = extract_text("News\n\nThe government of Chile declared five days of national mourning on Tuesday.")
    assert (5, "day", None) in figures(facts)


def test_a_time_ago_counts_nothing(extract_text):
    facts = extract_text("News\n\nThe bakery was founded 80 years ago in Porto.")
    assert not any(unit == "year" for _, unit, _ in figures(facts))


def test_a_count_with_its_noun_left_out_takes_the_unit_of_the_count_before_it(extract_text):
    facts = extract_text("News\n\nLopez received 41 votes, while Ortiz received 29.")
    assert {(value, unit) for value, unit, _ in figures(facts)} == {(41, "vote"), (29, "vote")}


def test_what_a_tally_rose_to_counts_what_it_tallies(extract_text):
    facts = extract_text("News\n\nThe number of infections rose to 4,210 on Sunday, health officials said.")
    assert (4210, "infection", None) in figures(facts)


def test_a_noun_compound_counted_keeps_its_kind(extract_text):
    facts = extract_text("News\n\nSix crew members were rescued from the trawler off Galway on Monday.")
    assert any(value == 6 and unit == "crew member" for value, unit, _ in figures(facts))


def test_people_among_the_dead_are_counted_as_dead(extract_text):
    facts = extract_text("News\n\nA fire swept through a market in Lagos on Monday. Three people were among the dead.")
    assert (3, "dead", None) in figures(facts)


def test_people_among_the_dead_behind_an_aside_are_counted_as_dead(extract_text):
    facts = extract_text("News\n\nA fire swept through a depot on Monday. "
                         "One worker was, according to the fire brigade, among the dead.")
    assert (1, "dead", None) in figures(facts)


@pytest.mark.parametrize("sentence, value, unit", [
    ("A man with a knife injured a man and two women on the high street.", 3, "injured"),
    ("Two women and a man were injured, according to the police.", 3, "injured"),
    ("Three soldiers and a civilian were killed in the blast.", 4, "killed"),
    ("Police arrested four men and a woman after the raid.", 5, "arrested"),
    ("Police said the driver and four passengers died.", 5, "dead"),
    ("His wife and two children were killed in the blast.", 3, "killed"),
])
def test_people_counted_in_parts_that_share_a_fate_are_one_toll(extract_text, sentence, value, unit):
    assert {(v, u) for v, u, _ in figures(extract_text(f"News\n\n{sentence}"))} == {(value, unit)}


def test_parts_with_no_shared_fate_are_not_summed(extract_text):
    facts = extract_text("News\n\nThe convoy carried two doctors and a nurse to the border town.")
    assert 3 not in {v for v, _, _ in figures(facts)}


def test_a_full_low_end_is_not_scaled_by_the_high_ends_million(extract_text):
    facts = extract_text("News\n\nThe new bridge will cost 500,000 to 2 million dollars.")
    assert {value for value, _, _ in figures(facts)} == {500_000, 2_000_000}


def test_from_x_to_y_is_a_change_not_a_range(extract_text):
    facts = extract_text("News\n\nUnemployment in Spain rose from 5 to 7 percent last year.")
    assert not any(q in ("at least", "up to") for _, _, q in figures(facts))


def test_a_fate_is_not_passed_to_a_bare_number_of_another_clause(extract_text):
    facts = extract_text("News\n\nThe storm destroyed 300 homes; 3 people died and 4 remain missing.")
    assert (4, "dead", None) not in figures(facts)


def test_two_numbers_side_by_side_are_not_summed():
    from kg.extraction.quantities import parse_number

    assert parse_number("5%–10%") is None and parse_number("10..20") is None


def test_a_release_counts_the_term_it_cut_short_beside_the_time_served(extract_text):
    facts = extract_text("News\n\nMaria Olsen served six years of a twenty-year sentence before being granted "
                         "clemency by the governor on Monday.")
    assert {(6, "year served"), (20, "year")} <= event_figures(facts, "Pardon")
    assert (20, "year") in event_figures(facts, "Sentencing")


def test_a_release_of_the_sentence_told_before_counts_its_term(extract_text):
    facts = extract_text("News\n\nJon Berg was sentenced to 120 months in prison in 2012. His sentence was "
                         "commuted by the governor on Friday after serving nine years.")
    assert (120, "month") in event_figures(facts, "Pardon")


def test_a_term_of_a_sentence_no_release_cut_short_stays_with_the_sentencing(extract_text):
    facts = extract_text("News\n\nJon Berg was sentenced to 120 months in prison on Monday. "
                         "The governor pardoned a former mayor on Friday.")
    assert (120, "month") not in event_figures(facts, "Pardon")


@pytest.mark.parametrize("sentence", [
    "Some 12,000 visitors attended the rally in the capital on Saturday.",
    "Some 12,000 participants took part in the march on Saturday.",
])
def test_those_who_attend_a_gathering_are_counted_as_people(extract_text, sentence):
    assert (12000, "person") in {(v, u) for v, u, _ in figures(extract_text(f"News\n\n{sentence}"))}


def test_a_four_digit_count_of_a_plural_read_as_a_year_is_a_count(extract_text):
    facts = extract_text("News\n\nThe quake struck on Friday. As of Wednesday, 1885 aftershocks had occurred.")
    assert (1885, "aftershock") in {(v, u) for v, u, _ in figures(facts)}


@pytest.mark.parametrize("sentence", [
    "The 2019 protests spread to other cities.",
    "In 2019 protests spread to other cities.",
])
def test_a_year_before_a_plural_is_no_count(extract_text, sentence):
    assert not figures(extract_text(f"News\n\n{sentence}"))


@pytest.mark.parametrize("sentence", [
    "The blast in the market claimed at least 30 lives on Monday.",
    "At least 30 people lost their lives in the fire.",
    "The crash had a death toll of 30.",
])
def test_lives_lost_and_a_toll_of_n_count_the_dead(extract_text, sentence):
    assert (30, "dead") in {(v, u) for v, u, _ in figures(extract_text(f"News\n\n{sentence}"))}


def test_lives_saved_count_no_dead(extract_text):
    assert "dead" not in {u for _, u, _ in figures(extract_text("News\n\nDoctors saved 30 lives during the outbreak."))}


def test_bodies_found_are_counted_as_bodies(extract_text):
    facts = extract_text("News\n\nRescuers recovered 30 bodies from the rubble.")
    assert (30, "body") in {(v, u) for v, u, _ in figures(facts)}


def test_a_part_that_names_a_group_is_not_counted_as_one(extract_text):
    facts = extract_text("News\n\nThe crew and 40 passengers were rescued.")
    assert 41 not in {v for v, _, _ in figures(facts)}


@pytest.mark.parametrize("sentence, unit", [
    ("By Tuesday, 40 people had been confirmed dead.", "dead"),
    ("Rescuers said 40 climbers were found dead on the mountain.", "dead"),
    ("Forty hikers were reported missing.", "missing"),
])
def test_a_fate_told_of_the_people_counted_is_their_unit(extract_text, sentence, unit):
    assert (40, unit) in {(v, u) for v, u, _ in figures(extract_text(f"News\n\n{sentence}"))}


def test_a_currency_sign_left_out_of_the_amount_gives_its_currency(extract_text):
    facts = extract_text("News\n\nA court in Oslo sentenced Berg to ten years in prison and fined him $10,000.")
    assert (10000, "USD") in {(q.value, q.currency) for q in facts.quantities.values()}


def test_a_verb_before_a_number_is_no_currency(extract_text):
    facts = extract_text("News\n\nThe party won 120 seats in the election.")
    assert not any(q.currency for q in facts.quantities.values())


@pytest.mark.parametrize("sentence", [
    "The Senate voted 52-48 to acquit the president.",
    "The measure passed by a vote of 52 to 48.",
])
def test_a_tally_after_voted_or_a_vote_of_counts_votes(extract_text, sentence):
    assert {(v, u) for v, u, _ in figures(extract_text(f"News\n\n{sentence}"))} == {(52, "vote"), (48, "vote")}


def test_a_number_word_the_model_tagged_as_a_date_counts_the_plural_after_it(extract_text):
    facts = extract_text("News\n\nForty climbers were found dead on the mountain.")
    assert (40, "dead") in {(v, u) for v, u, _ in figures(facts)}


def test_a_tally_the_model_joined_with_a_dash_counts_votes(extract_text):
    facts = extract_text("News\n\nThe council rejected the plan with a vote of 9-4.")
    assert {(v, u) for v, u, _ in figures(facts)} == {(9, "vote"), (4, "vote")}


def test_as_much_as_qualifies_a_figure(extract_text):
    facts = extract_text("News\n\nTicket sales at the Valmora festival fell as much as 35% in June.")
    assert (35, "percent", "as much as") in figures(facts)


def test_two_figures_joined_by_and_are_each_a_figure_of_the_shared_unit(extract_text):
    facts = extract_text("News\n\nShares of Norvik and Tellan fell by 2.5 and 4 percent, respectively.")
    assert {(v, u) for v, u, _ in figures(facts)} == {(Decimal("2.5"), "percent"), (4, "percent")}


def test_a_number_spelt_with_and_stays_one_number(extract_text):
    facts = extract_text("News\n\nTwo hundred and fifty soldiers were sent to the border.")
    assert {(v, u) for v, u, _ in figures(facts)} == {(250, "soldier")}


def test_amounts_from_and_to_with_their_own_currency_signs_are_both_read(extract_text):
    facts = extract_text("News\n\nThe central bank raised its credit line to Halvard Bank from US$5 billion to "
                         "US$8 billion.")
    assert {(q.value, q.currency) for q in facts.quantities.values()} == {(5_000_000_000, "USD"),
                                                                          (8_000_000_000, "USD")}


def test_a_country_code_glued_to_a_dollar_sign_names_the_currency(extract_text):
    facts = extract_text("News\n\nThe ministry signed a USD$ 12 billion dollar deal with Korvath Shipyards.")
    assert (12_000_000_000, "USD") in {(q.value, q.currency) for q in facts.quantities.values()}


def test_a_name_between_a_number_and_its_noun_is_not_what_is_counted(extract_text):
    facts = extract_text("News\n\nThe Trenholm Foundation gave the museum over 3,000 Ansel Adams prints.")
    assert (3000, "print") in {(v, u) for v, u, _ in figures(facts)}


def test_what_a_tally_changed_by_counts_what_the_tally_counts(extract_text):
    facts = extract_text("News\n\nThe number of people seeking shelter rose 2,000 last week to 9,500.")
    assert {(v, u) for v, u, _ in figures(facts)} == {(2000, "person"), (9500, "person")}


def test_a_number_that_ends_a_name_counts_nothing(extract_text):
    facts = extract_text("News\n\nThe S&P 500 fell 2.5 percent on Monday.")
    assert {(v, u) for v, u, _ in figures(facts)} == {(Decimal("2.5"), "percent")}


def test_a_score_after_a_name_is_read_whole(extract_text):
    facts = extract_text("News\n\nYesterday Belgium defeated debutants Panama 3 – 0 in Sochi.")
    assert {3, 0} <= {v for v, _, _ in figures(facts)}


def test_the_amount_of_what_an_act_is_done_to_goes_to_that_act_not_to_a_clause_about_it(extract_text):
    facts = extract_text("News\n\nNorvane Aerospace has won a US$12 billion contract to supply the navy with "
                         "40 patrol boats.")
    assert (12_000_000_000, "dollar") in event_figures(facts, "ContractAward")


def test_an_act_done_to_the_thing_named_before_counts_what_measured_it(extract_text):
    facts = extract_text("News\n\nNorvane Aerospace has won a US$12 billion contract to supply the navy with "
                         "40 patrol boats. Analysts had expected Kestrel Marine to win. The contract was awarded "
                         "on Friday after a long review.")
    [award] = [e for e in facts.events.values() if e.type == "ContractAward" and e.mentions[0].anchor == "awarded"]
    assert {(12_000_000_000, "dollar"), (40, "patrol boat")} <= {(facts.quantities[k].value, facts.quantities[k].unit)
                                                              for k in award.quantities}


def test_an_act_done_to_the_thing_named_before_does_not_take_its_count_of_people(extract_text):
    facts = extract_text("News\n\nPolice detained 300 protesters in the capital on Monday. The protesters were "
                         "released on Tuesday.")
    freed = [e for e in facts.events.values() if any(m.anchor == "released" for m in e.mentions)]
    assert all(not e.quantities for e in freed)


def test_an_act_done_to_the_thing_when_two_were_brought_in_takes_no_measure(extract_text):
    facts = extract_text("News\n\nNorvane Aerospace has won a US$12 billion contract for patrol boats. In 2015 "
                         "Kestrel Marine won a US$3 billion contract for radar systems. The contract was awarded "
                         "on merit.")
    [award] = [e for e in facts.events.values() if e.mentions[0].anchor == "awarded"]
    assert not award.quantities


def test_an_act_done_to_the_thing_does_not_take_its_size(extract_text):
    facts = extract_text("News\n\nFishermen from Cork bought a 75 ft trawler from Norvik Yards last year. "
                         "Pirates seized the trawler on Monday.")
    [seizure] = [e for e in facts.events.values() if e.mentions[0].anchor == "seized"]
    assert not seizure.quantities


def test_a_share_a_named_company_reports_is_no_figure_of_another_companys_event_before(extract_text):
    facts = extract_text("News\n\nKorvel Motors sales dropped 42% last month. Halden Motors reported a 49% decline.")
    assert (49, "percent") not in {(facts.quantities[k].value, facts.quantities[k].unit)
                                   for e in facts.events.values() for k in e.quantities}


def test_an_amount_told_in_an_aside_to_the_amount_still_measures_the_thing(extract_text):
    facts = extract_text("News\n\nTarsa Rail has won a US$2 billion (€1.8 billion) contract to build 30 trains. "
                         "Rival bidders were surprised. The contract was signed on Monday.")
    [signing] = [e for e in facts.events.values() if e.mentions[0].anchor == "signed"]
    assert {2_000_000_000, 1_800_000_000} <= {facts.quantities[k].value for k in signing.quantities}


def test_an_amount_counts_its_currency_by_name_and_keeps_its_code(extract_text):
    facts = extract_text("News\n\nThe central bank offered 500 billion rubles to lenders on Monday.")
    assert (500_000_000_000, "ruble", "RUB") in {(q.value, q.unit, q.currency) for q in facts.quantities.values()}


def test_the_count_of_those_who_killed_is_no_death_toll(extract_text):
    facts = extract_text("News\n\nTwo gunmen killed 14 people at a market in Marlow on Sunday.")
    assert {(q.value, q.unit) for q in facts.quantities.values() if q.unit == "killed"} == {(14, "killed")}


def test_the_level_an_index_closed_at_is_in_points(extract_text):
    facts = extract_text("News\n\nThe Halvor index lost 39.45 points, or 2.56%, closing at 1,500.63.")
    assert (Decimal("1500.63"), "point") in event_figures(facts, "MarketMove")


def test_the_level_an_index_fell_to_after_a_percentage_is_in_points_not_percent(extract_text):
    facts = extract_text("News\n\nThe Halvor index fell 3.3% to 10,520 on Tuesday.")
    assert event_figures(facts, "MarketMove") == {(Decimal("3.3"), "percent"), (Decimal("10520"), "point")}


def test_a_level_an_index_reached_is_in_points(extract_text):
    facts = extract_text("News\n\nThe Halvor index struck a ten-month high, reaching a level of 1,026.13, up 1.9%.")
    assert (Decimal("1026.13"), "point") in event_figures(facts, "MarketMove")


def test_the_number_in_an_index_s_name_counts_nothing(extract_text):
    facts = extract_text("News\n\nThe Halvor 300 Index fell 2% on Tuesday.")
    assert Decimal(300) not in {q.value for q in facts.quantities.values()}


def test_a_range_of_percentages_is_still_a_range(extract_text):
    facts = extract_text("News\n\nAnalysts expect prices to rise 3 to 5 percent next year.")
    assert {(Decimal(3), "percent", "at least"), (Decimal(5), "percent", "up to")} <= set(figures(facts))


def test_a_record_sum_is_the_sum(extract_text):
    facts = extract_text("News\n\nThe lender posted a record $2 billion profit on Tuesday.")
    assert (Decimal(2000000000), "dollar") in {(v, u) for v, u, _ in figures(facts)}


def test_several_thousand_is_no_thousand(extract_text):
    facts = extract_text("News\n\nSeveral thousand people rallied in the capital on Saturday.")
    assert Decimal(1000) not in {q.value for q in facts.quantities.values()}


def test_everyone_on_board_killed_counts_the_people_the_vehicle_carried(extract_text):
    facts = extract_text("News\n\nA ferry carrying 48 people sank off Varna on Friday, killing everyone on board.")
    assert (48, "killed", None) in figures(facts)


def test_everyone_on_board_counts_nothing_where_the_sentence_gives_no_count(extract_text):
    facts = extract_text("News\n\nA small plane crashed near Varna on Friday, killing everyone on board.")
    assert not [f for f in figures(facts) if f[1] == "killed"]


def test_a_speed_in_kilometres_per_hour_is_no_count(extract_text):
    facts = extract_text("News\n\nThe cyclone brought winds of up to 150 km per hour to the coast of Varna.")
    assert not [f for f in figures(facts) if f[0] == 150]


def test_a_span_of_model_years_is_no_count(extract_text):
    facts = extract_text("News\n\nThe recall covers some 2020-2022 models of the Velta saloon.")
    assert not [f for f in figures(facts) if f[0] in (2020, 2022)]


def test_the_whole_a_part_is_taken_from_is_no_toll(extract_text):
    facts = extract_text("News\n\nTwelve of the 40 passengers died when the bus fell into a river near Varna.")
    assert (12, "dead", None) in figures(facts) and (40, "dead", None) not in figures(facts)


def test_migrants_who_drowned_are_dead(extract_text):
    facts = extract_text("News\n\nAt least 30 migrants drowned off the coast of Varna on Saturday.")
    assert (30, "dead", "at least") in figures(facts)
