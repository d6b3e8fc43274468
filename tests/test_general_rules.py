"""Rules that once served one article, stated as the linguistic pattern they serve.

Every sentence here was written for these tests; none is taken from the seed or the corpora.
Where the model's tagging of a sentence comes and goes, the entity spans are set by hand and the
rule is called on them, so the test checks the rule and not the model.
"""

from __future__ import annotations

from spacy.tokens import Span as SpacySpan


def entity(facts, name):
    return next((e for e in facts.entities.values() if e.name == name), None)


def kinds_of(facts, name):
    return {e.kind for e in facts.entities.values() if e.name == name}


def model_candidates(doc, label_spans):
    """The entity candidates the rules make of `doc`, with the model's entities set to `label_spans`."""
    from kg.extraction.entities import _model_candidates
    from kg.extraction.gazetteer import gazetteer
    from kg.extraction.parsed import forget, parsed

    doc.ents = [SpacySpan(doc, start, end, label) for start, end, label in label_spans]
    forget(doc)
    parsed(doc)
    try:
        return _model_candidates(doc, gazetteer())
    finally:
        forget(doc)


# ------------------------------------------------------------------ gazetteer


def test_a_common_word_that_names_a_town_is_no_place(extract_text):
    facts = extract_text("Football\n\nTomas Berg was named Man of the Match after the final in Leeds on Saturday.")
    assert entity(facts, "Man") is None  # Man, a town in Ivory Coast
    assert entity(facts, "Leeds").kind == "City"


def test_a_given_name_that_names_a_city_is_no_place():
    from kg.extraction.gazetteer import gazetteer

    # "Madison Okafor", "Florence Ndiaye": first names before they are cities.
    assert gazetteer().place("Madison") is None and gazetteer().place("Florence") is None
    assert gazetteer().place("Leeds") is not None


def test_sport_bodies_names_of_states_are_those_states(extract_text):
    facts = extract_text("Football\n\nIn Group C, Korea DPR drew 1 - 1 with IR Iran in Doha on Sunday.")
    assert entity(facts, "North Korea") is not None and entity(facts, "Iran") is not None
    assert entity(facts, "Korea DPR") is None  # not a person, as the model has it


def test_china_pr_and_korea_republic_are_china_and_south_korea():
    from kg.extraction.gazetteer import gazetteer

    assert gazetteer().place("China PR").name == "China"
    assert gazetteer().place("Korea Republic").name == "South Korea"


# ------------------------------------------------------------------ organisations and products


def test_a_name_ending_in_a_legal_form_is_an_organisation_not_a_place(nlp):
    doc = nlp("Profits at Kestrel Mining Ltd rose on Monday.")
    assert [t.text for t in doc[2:5]] == ["Kestrel", "Mining", "Ltd"]
    cands = model_candidates(doc, [(2, 5, "GPE")])  # the model's slip, set by hand
    assert [(c.kind, c.name) for c in cands] == [("Organization", "Kestrel Mining Ltd")]


def test_a_short_form_of_organisation_ends_the_name_of_a_body(nlp):
    doc = nlp("She left the Harbour Org after ten years.")
    assert [t.text for t in doc[3:5]] == ["Harbour", "Org"]
    cands = model_candidates(doc, [(3, 5, "LOC")])
    assert [c.kind for c in cands] == ["Organization"]


def test_an_airline_named_with_air_is_an_organisation_not_a_product(extract_text):
    facts = extract_text("Crash\n\nShares of Pelican Air fell on Monday after the crash. Pelican Air said its jets were safe.")
    assert kinds_of(facts, "Pelican Air") == {"Organization"}


def test_a_word_ending_in_ism_names_a_movement_not_a_place(nlp):
    doc = nlp("Converts to Mazdaism met in a hall on Friday.")
    assert doc[2].text == "Mazdaism"
    cands = model_candidates(doc, [(2, 3, "GPE")])
    assert [(c.kind, c.name) for c in cands] == [("Organization", "Mazdaism")]


# ------------------------------------------------------------------ places and people


def test_am_or_pm_after_a_clock_time_is_the_half_of_the_day_not_a_place(nlp):
    from kg.extraction.entities import _is_time_of_day

    doc = nlp("The ferry left at 6:30 P.M. on Friday and came back at noon. P.M. Dawes waved.")
    first, second = [i for i, t in enumerate(doc) if t.text == "P.M."]
    assert _is_time_of_day(doc[first:first + 1])
    assert not _is_time_of_day(doc[second:second + 1])  # no clock time before it


def test_an_acronym_is_not_the_city_spelled_the_same(nlp):
    from kg.extraction.entities import _looks_like_place
    from kg.extraction.gazetteer import gazetteer

    doc = nlp("The LIMA fined two broadcasters, and reporters flew to Lima.")
    lima = gazetteer().place("Lima")
    acronym, city = [i for i, t in enumerate(doc) if t.lower_ == "lima"]
    assert not _looks_like_place(doc[acronym:acronym + 1], lima, set())
    assert _looks_like_place(doc[city:city + 1], lima, set())


def test_a_country_is_not_the_surname_of_a_person_named_in_full(nlp):
    from kg.extraction.entities import _Candidate, _surnames_are_people
    from kg.extraction.gazetteer import gazetteer

    # The model may call "Pelican Peru", a company, a person: Peru stays the country.
    doc = nlp("Pelican Peru hired pilots. Peru praised it. Ana Toledo spoke. Toledo left.")
    at = {t.text: t.i for t in doc}  # the last of each word
    cands = [_Candidate(0, 2, "Person", "Pelican Peru"),
             _Candidate(at["Peru"], at["Peru"] + 1, "GeopoliticalEntity", "Peru", place=gazetteer().place("Peru")),
             _Candidate(at["Ana"], at["Ana"] + 2, "Person", "Ana Toledo"),
             _Candidate(at["Toledo"], at["Toledo"] + 1, "City", "Toledo", place=gazetteer().place("Toledo"))]
    _surnames_are_people(doc, cands)
    assert cands[1].kind == "GeopoliticalEntity"
    assert cands[3].kind == "Person"  # a city's name is a surname often enough


# ------------------------------------------------------------------ time


def test_a_number_and_unit_made_one_adjective_is_a_duration():
    from kg.extraction.time import timeml

    # "the worst single-day fall", "a three-week strike", "an intraday high" (within one trading day)
    assert timeml("single-day", None, None, None, None) == "P1D"
    assert timeml("three-week", None, None, None, None) == "P3W"
    assert timeml("intraday", None, None, None, None) == "P1D"


def test_the_country_code_us_in_capitals_is_the_united_states(extract_text):
    facts = extract_text("News\n\nThe US imposed new tariffs on steel on Monday, the United States Trade "
                         "Representative said.")
    [states] = [e for e in facts.entities.values() if e.name == "United States"]
    assert "US" in states.aliases


def test_the_pronoun_us_is_no_place(extract_text):
    facts = extract_text("News\n\n\"Let us rebuild the bridge,\" Mayor Anna Berg said on Monday.")
    assert not any(e.name == "United States" for e in facts.entities.values())
