"""Figures whose kind the text leaves to the reader: "150 more", "the remaining 1", "ten of them", a
tally's other side, a group's size, a toll someone set, the voters and the turnout of an election.

Every sentence here was written for its test.
"""

from __future__ import annotations

from decimal import Decimal

import pytest
from figures_of import event_figures, figures


@pytest.mark.parametrize("text, value, unit", [
    ("Fishermen rescued 300 migrants from a sinking boat, and the navy saved 150 more.", 150, "migrant"),
    ("Dorn won 41 seats. The remaining 12 went to independents.", 12, "seat"),
    ("Tom Brandt secured 39 of the state's 40 delegates. Will Harlow secured the remaining 1.", 1, "delegate"),
    ("The court fined 20 companies, and the other 5 were acquitted.", 5, "company"),
])
def test_a_number_that_is_more_or_the_rest_of_what_was_counted_takes_its_kind(extract_text, text, value, unit):
    assert (Decimal(value), unit) in figures(extract_text(f"News\n\n{text}"))


def test_a_part_of_people_counted_before_counts_people_and_not_a_noun_after_it(extract_text):
    facts = extract_text("News\n\nPolice detained 60 people after clashes in Velik. Ten of them were charged "
                         "with rioting.")
    assert (Decimal(10), "person") in figures(facts)
    assert (Decimal(10), "rioting") not in figures(facts)


def test_a_part_of_the_hurt_counts_people_not_more_hurt(extract_text):
    facts = extract_text("News\n\nThe blast injured 41 people, 5 of them seriously.")
    assert (Decimal(5), "person") in figures(facts)
    assert (Decimal(5), "injured") not in figures(facts)


def test_a_count_after_a_whole_named_first_counts_the_whole_s_kind(extract_text):
    facts = extract_text("News\n\nA bus overturned near Kossa on Friday. Of the 52 passengers, 17 were taken "
                         "to hospital.")
    assert (Decimal(17), "passenger") in figures(facts)


def test_a_small_number_the_model_took_for_a_date_is_a_count_as_a_verb_s_object(extract_text):
    facts = extract_text("News\n\nElizabeth Warren earned 8 delegates, Joe Biden earned 6, and Amy Klobuchar "
                         "earned the remaining 1.")
    assert {(Decimal(6), "delegate"), (Decimal(1), "delegate")} <= figures(facts)


def test_the_other_side_of_a_tally_counts_votes(extract_text):
    assert (Decimal(38), "vote") in figures(extract_text("News\n\nThe bill passed by 62 votes to 38."))


def test_a_number_after_a_gapped_name_counts_what_the_first_clause_counted(extract_text):
    facts = extract_text("News\n\nMarsh received 48,201 votes and Pell 39,880.")
    assert (Decimal(39880), "vote") in figures(facts)
    assert not any(u and "pell" in u for _, u in figures(facts))


def test_a_group_numbering_a_figure_is_counted_in_its_members(extract_text):
    facts = extract_text("News\n\nProtesters numbering about 10,000 marched through the capital.")
    assert (Decimal(10000), "protester") in figures(facts)


def test_a_total_of_people_takes_the_verb_that_befell_them(extract_text):
    facts = extract_text("News\n\nA total of 56 people have been arrested in connection with the riots.")
    assert (Decimal(56), "arrested") in figures(facts)


def test_the_number_of_people_killed_counts_the_killed(extract_text):
    facts = extract_text("News\n\nThe number of people killed in the floods has risen to 112.")
    assert (Decimal(112), "killed") in figures(facts)


@pytest.mark.parametrize("text, value, unit", [
    ("Local officials put the death toll at 19.", 19, "dead"),
    ("A second blast hit the market, bringing the toll to 45.", 45, "dead"),
    ("Rescuers raised the injury toll to 80 on Friday.", 80, "injured"),
])
def test_a_toll_someone_set_counts_the_dead_or_hurt(extract_text, text, value, unit):
    assert (Decimal(value), unit) in figures(extract_text(f"News\n\n{text}"))


@pytest.mark.parametrize("text, value", [
    ("About 2.9 million people voted in the election on Sunday.", 2900000),
    ("Some 40,000 people cast their ballots in the referendum.", 40000),
])
def test_people_counted_by_their_vote_are_voters(extract_text, text, value):
    assert (Decimal(value), "voter") in figures(extract_text(f"News\n\n{text}"))


def test_people_counted_by_another_act_stay_people(extract_text):
    facts = extract_text("News\n\nAbout 3,000 people attended the vote count in Marlin.")
    assert not any(u == "voter" for _, u in figures(facts))


@pytest.mark.parametrize("text", [
    "Voters in Marlin elected a new council on Sunday, officials announced. Turnout reached 64%, the commission "
    "reported on Monday.",
    "Voters in Marlin elected a new council on Sunday. The commission reported that the turnout was about 71%.",
])
def test_a_turnout_share_is_a_figure_of_the_election(extract_text, text):
    assert any(u == "percent" for _, u in event_figures(extract_text(f"News\n\n{text}"), "Election"))


def test_a_share_a_candidate_received_in_a_sentence_about_the_vote_is_the_election_s(extract_text):
    facts = extract_text("News\n\nKerrow was elected mayor with 62 percent of the vote, defeating Ashby, who "
                         "received 35 percent.")
    assert (Decimal(35), "percent") in event_figures(facts, "Election")


def test_a_share_of_something_else_a_company_won_is_no_vote(extract_text):
    facts = extract_text("News\n\nDalton Corp won 35 percent of the market after the vote on the merger.")
    assert (Decimal(35), "percent") not in event_figures(facts, "Election")


def test_a_share_and_an_amount_after_a_change_are_a_change_and_a_level_not_a_range(extract_text):
    facts = extract_text("News\n\nRevenue at Lorne Foods rose 8 percent to $2.3 billion.")
    got = {(q.value, q.unit, q.qualifier) for q in facts.quantities.values()}
    assert {(Decimal(8), "percent", None), (Decimal(2300000000), "dollar", None)} <= got


def test_two_amounts_after_a_verb_of_change_are_the_change_and_the_level(extract_text):
    facts = extract_text("News\n\nThe price of copper rose $3 to $97 a tonne on Monday.")
    assert {(q.value, q.qualifier) for q in facts.quantities.values()} == {(Decimal(3), None), (Decimal(97), None)}


def test_two_amounts_of_an_expected_loss_stay_a_range(extract_text):
    facts = extract_text("News\n\nAnalysts expect a loss of $3 to $5 million at Lorne Foods.")
    assert {(q.value, q.qualifier) for q in facts.quantities.values()} == {
        (Decimal(3000000), "at least"), (Decimal(5000000), "up to")}


def test_people_evacuated_in_a_later_sentence_are_a_figure_of_the_storm_and_of_the_evacuation(extract_text):
    facts = extract_text("News\n\nHurricane Dora hit the coast of Velmar on Monday. Authorities evacuated about "
                         "8,000 people.")
    assert (Decimal(8000), "evacuated") in event_figures(facts, "Storm")
    assert (Decimal(8000), "evacuated") in event_figures(facts, "Evacuation")


def test_homes_destroyed_with_no_doer_told_are_the_storm_s_not_the_evacuation_s(extract_text):
    facts = extract_text("News\n\nHurricane Dora hit the coast of Velmar on Monday. About 8,000 people were "
                         "evacuated and 200 homes were destroyed.")
    assert (Decimal(200), "home") in event_figures(facts, "Storm")
    assert (Decimal(200), "home") not in event_figures(facts, "Evacuation")


@pytest.mark.parametrize("text, value, unit", [
    ("A ferry sank off Belport on Friday. Rescuers found 43 survivors.", 43, "survivor"),
    ("A ferry sank off Belport on Friday. Coast guard boats rescued 43 passengers, officials said.", 43, "passenger"),
])
def test_the_people_rescued_after_a_wreck_are_a_figure_of_the_wreck(extract_text, text, value, unit):
    assert (Decimal(value), unit) in event_figures(extract_text(f"News\n\n{text}"), "Shipwreck")


def test_things_someone_named_destroyed_are_no_aftermath_of_an_earlier_storm(extract_text):
    facts = extract_text("News\n\nHurricane Dora hit the coast of Velmar on Monday. Prosecutors charged a "
                         "clerk after 300 files were destroyed by his staff.")
    assert (Decimal(300), "file") not in event_figures(facts, "Storm")
    assert (Decimal(300), "file") in event_figures(facts, "Charge")


@pytest.mark.parametrize("text", [
    "A court in Darvik sentenced Olav Brenn to seven and a half years in prison.",
    "A court in Darvik sentenced Olav Brenn to 7½ years in prison.",
])
def test_a_term_with_a_half_counts_the_half_year(extract_text, text):
    assert (Decimal("7.5"), "year") in event_figures(extract_text(f"News\n\n{text}"), "Sentencing")


def test_half_alone_is_no_count(extract_text):
    assert not figures(extract_text("News\n\nHalf of the ballots in Marlin were counted by Sunday."))


def test_a_count_of_staff_laid_off_counts_employees(extract_text):
    facts = extract_text("News\n\nLoma Airlines will lay off 2,000 staff, or about a tenth of its workforce.")
    assert (Decimal(2000), "employee") in figures(facts)


@pytest.mark.parametrize("text, unit", [
    ("Both pilots were killed when the cargo jet crashed near Orlan.", "killed"),
    ("Both drivers died at the scene after the crash on the Ardon road.", "dead"),
])
def test_both_of_those_a_toll_befell_count_two(extract_text, text, unit):
    assert (Decimal(2), unit) in figures(extract_text(f"News\n\n{text}"))


def test_both_sides_of_an_agreement_are_no_count(extract_text):
    assert not figures(extract_text("News\n\nBoth sides agreed to a ceasefire in Dorsa on Monday."))


def test_a_part_told_with_of_whom_takes_what_befell_it(extract_text):
    facts = extract_text("News\n\nThe bus was carrying 40 people, 11 of whom died.")
    assert (Decimal(11), "dead") in figures(facts)


def test_deaths_another_country_reports_are_no_figure_of_the_outbreak_before(extract_text):
    facts = extract_text("Cholera in Chad\n\nThe health ministry of Chad confirmed 40 deaths in a cholera "
                         "outbreak on Wednesday. Neighbouring Malawi reported 12 deaths from the disease last week.")
    outbreak = next(e for e in facts.events.values() if e.type == "Outbreak")
    assert 12 not in [int(facts.quantities[k].value) for k in outbreak.quantities]


def test_doses_are_counted_as_doses(extract_text):
    facts = extract_text("Vaccines\n\nThe agency sent 200,000 doses of vaccine to Norland.")
    assert [q.unit for q in facts.quantities.values()] == ["dose"]
