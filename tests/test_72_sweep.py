"""Roles, dates and speakers found wrong on crime, court and election news (helper 72's sweep):
a relative who shares the surname of the story's person, days counted after an event long past,
and more.

Every sentence here was written for its test (made-up names where the model reads them; real
places where the rules read the gazetteer).
"""

from __future__ import annotations

import datetime as dt

from events_of import events_of, names, told_by


def test_a_surname_alone_is_the_storys_person_not_the_relative_named_in_full(extract_text):
    facts = extract_text("News\n\nWalter Konig, a former mayor of Leeds, died on Sunday, his family said. "
                         "\"He loved this city,\" his son, Peter Konig, said. Konig was born in 1940. "
                         "He won a seat on the council in 1972.", dt.date(2025, 3, 10))
    assert names(facts, told_by(facts, "won").agents) == ["Walter Konig"]


def test_days_counted_after_a_month_long_past_are_not_counted_from_publication(extract_text):
    facts = extract_text("News\n\nA jury cleared a guard on Thursday over the death of Ian Roddy, who was "
                         "beaten outside a bar in June 2022. Roddy died in hospital three days later.",
                         dt.date(2025, 5, 15))
    died = told_by(facts, "died")
    assert died.time is None or not facts.times[died.time].value.startswith("2025")
