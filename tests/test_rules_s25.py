"""Patterns found on news written for a review of unseen-news errors: companies described by their trade
or their city, strikes that last, captives freed, one act told twice. Every sentence here was written
for its test; none is taken from the seed or the corpora."""

from __future__ import annotations

import datetime as dt

from events_of import events_of, names


def test_a_company_described_by_the_city_it_is_based_in_is_the_company_named_before(extract_text):
    facts = extract_text("Results\n\nOrvik Foods said on Monday it would close two dairies. Shares in the "
                         "Oslo-based group fell 4 percent.")
    [move] = events_of(facts, "MarketMove")
    assert names(facts, move.targets) == ["Orvik Foods"]


def test_a_description_by_the_city_a_company_is_based_in_is_no_organisation_of_its_own(extract_text):
    facts = extract_text("Results\n\nOrvik Foods said on Monday it would close two dairies. Shares in the "
                         "Oslo-based company fell 4 percent.")
    assert not [e for e in facts.entities.values() if "based" in e.name]


def test_a_name_after_the_trade_of_a_company_is_an_organisation(extract_text):
    facts = extract_text("News\n\nDutch rail operator Veltra said on Tuesday it would cancel 300 trains. Mobile "
                         "provider Kalnet raised prices.")
    assert {e.kind for e in facts.entities.values() if e.name in ("Veltra", "Kalnet")} == {"Organization"}
