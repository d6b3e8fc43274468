"""Politics and business news read as a careful reader would: a walkout by lawmakers, a tally of votes
told beside another act, the level a deal brings a company's backlog to.

Every sentence here was written for its test.
"""

from __future__ import annotations

from events_of import events_of, told_by


def amounts(facts, event) -> list[float]:
    return sorted(float(facts.quantities[k].value) for k in event.quantities)


def test_a_walkout_by_opposition_lawmakers_is_a_protest(extract_text):
    facts = extract_text("News\n\nOpposition lawmakers walked out of the Veldorian parliament on Tuesday "
                         "in anger at the new budget.")
    assert told_by(facts, "walked").type == "Protest"


def test_a_walkout_by_delegates_is_a_protest(extract_text):
    facts = extract_text("News\n\nDozens of delegates walked out of the party congress in Lisbon on Sunday.")
    assert told_by(facts, "walked").type == "Protest"


def test_a_walkout_by_nurses_stays_a_labour_strike(extract_text):
    facts = extract_text("News\n\nNurses at the Halden clinic walked out on Monday over unpaid wages.")
    assert told_by(facts, "walked").type == "LabourStrike"


def test_a_tally_after_voted_goes_to_the_vote_not_to_the_act_its_clause_hangs_from(extract_text):
    facts = extract_text("News\n\nOpposition senators walked out on Friday before members voted 61-30 to "
                         "approve the Tarvel mining bill.")
    assert amounts(facts, told_by(facts, "walked")) == []
    assert amounts(facts, told_by(facts, "voted")) == [30.0, 61.0]


def test_the_level_an_order_brings_a_backlog_to_is_no_figure_of_the_order(extract_text):
    facts = extract_text("News\n\nOn Monday, Aerovel won an order for 12 cargo jets from Pelican Freight. "
                         "The order brought its backlog to a record 9.4 billion dollars.")
    [order] = events_of(facts, "Order")
    assert 9.4e9 not in amounts(facts, order)


def test_the_order_that_brings_a_backlog_up_is_the_order_told_before(extract_text):
    facts = extract_text("News\n\nOn Monday, Aerovel won an order for 12 cargo jets from Pelican Freight. "
                         "The order brought its backlog to a record 9.4 billion dollars.")
    assert len(events_of(facts, "Order")) == 1


def test_a_contest_won_is_dated_by_the_day_before_its_noun_not_by_the_report(extract_text):
    import datetime as dt

    facts = extract_text("News\n\nMara Tolvin won Sunday's presidential runoff in Peru, the electoral board said "
                         "on Wednesday.", dt.date(2026, 6, 11))
    [election] = events_of(facts, "Election")
    assert facts.times[election.time].value == "2026-06-07"


def test_a_contest_won_is_one_event_with_the_contest_it_names(extract_text):
    facts = extract_text("News\n\nMara Tolvin won Sunday's presidential runoff in Peru with 53 percent of the "
                         "vote, the electoral board said on Wednesday.")
    assert len(events_of(facts, "Election")) == 1


def test_a_company_bought_in_the_headline_is_the_acquisition_its_lead_tells(extract_text):
    facts = extract_text("Orvald buys Danish rival Brekke for $1.2 billion\n\nCOPENHAGEN, May 4 (Reuters) - "
                         "Swedish retailer Orvald has agreed to buy Danish chain Brekke for 1.2 billion dollars, "
                         "the two companies said on Monday.")
    assert len(events_of(facts, "Acquisition")) == 1
