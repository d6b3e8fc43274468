"""The model's attribute rules, looked up word by word, set what spaCy's AttributeRuler sets."""

from __future__ import annotations

import pytest
import spacy

from kg.extraction.attribute_rules import AttributeRules, compiled_rules


def _attributes(doc) -> list[tuple]:
    return [(t.text, t.tag_, t.pos_, str(t.morph), t.lemma_, t.dep_) for t in doc]


@pytest.fixture(scope="module")
def shipped(nlp):
    """kg's pipeline with the model's own AttributeRuler running instead of the lookup."""
    from kg.extraction.nlp import load_model

    other = load_model.__wrapped__()  # a pipeline of its own, not the cached one the other tests share
    other.enable_pipe("attribute_ruler")
    other.remove_pipe("kg_attribute_rules")
    return other


def test_kg_pipeline_runs_the_lookup_in_place_of_the_shipped_ruler(nlp):
    assert "kg_attribute_rules" in nlp.pipe_names
    assert "attribute_ruler" not in nlp.pipe_names and "attribute_ruler" in nlp.disabled
    assert nlp.pipe_names.index("parser") < nlp.pipe_names.index("kg_attribute_rules") < nlp.pipe_names.index("kg_lemmas")


def test_lookup_sets_the_same_attributes_as_the_shipped_ruler_on_news(nlp, shipped, corpus_articles):
    texts = [a.text for a in corpus_articles[:12]]
    texts.append("They ain't gonna stop. Y'all let's go, there's nothin' it doesn't do; I've had it, he's done.")
    for ours, theirs in zip(nlp.pipe(texts), shipped.pipe(texts)):
        assert _attributes(ours) == _attributes(theirs)


def _ruler(patterns: list[dict]):
    nlp = spacy.blank("en")
    ruler = nlp.add_pipe("attribute_ruler")
    ruler.add_patterns(patterns)
    return nlp, ruler


def test_a_later_rule_wins_over_an_earlier_one_on_the_same_word():
    nlp, ruler = _ruler([
        {"patterns": [[{"LOWER": "sanctions"}]], "attrs": {"LEMMA": "sanction"}},
        {"patterns": [[{"LOWER": {"IN": ["new", "fresh"]}}, {"LOWER": "sanctions"}]], "attrs": {"LEMMA": "penalty"},
         "index": -1},
    ])
    text = "Ostravia imposed fresh sanctions, and sanctions remained."
    expected = ruler(nlp.make_doc(text))
    got = AttributeRules(ruler)(nlp.make_doc(text))
    assert [t.lemma_ for t in got] == [t.lemma_ for t in expected]
    assert [t.lemma_ for t in got if t.lower_ == "sanctions"] == ["penalty", "sanction"]


def test_a_pattern_searched_by_regular_expression_matches_as_in_the_matcher():
    nlp, ruler = _ruler([{"patterns": [[{"LOWER": {"REGEX": "^re-"}}]], "attrs": {"LEMMA": "again"}}])
    text = "The council re-elected the mayor and reelected no one."
    assert [t.lemma_ for t in AttributeRules(ruler)(nlp.make_doc(text))] == \
        [t.lemma_ for t in ruler(nlp.make_doc(text))]


def test_a_ruler_with_operators_in_its_patterns_is_not_looked_up():
    _, ruler = _ruler([{"patterns": [[{"LOWER": "very", "OP": "+"}, {"LOWER": "large"}]], "attrs": {"LEMMA": "huge"}}])
    assert compiled_rules(ruler) is None


def test_a_pipeline_whose_ruler_cannot_be_looked_up_keeps_it_running():
    from kg.extraction.nlp import look_up_attribute_rules

    nlp, _ = _ruler([{"patterns": [[{"ORTH": "US", "OP": "?"}]], "attrs": {"LEMMA": "us"}}])
    look_up_attribute_rules(nlp)
    assert nlp.pipe_names == ["attribute_ruler"]


def test_words_looked_up_after_the_table_starts_again_get_the_same_attributes(nlp, shipped, monkeypatch):
    from kg.extraction import attribute_rules

    monkeypatch.setattr(attribute_rules, "_KNOWN_WORDS", 3)
    text = "The ministry said on Monday that it had not approved the sale, and it would review the deal."
    assert _attributes(nlp(text)) == _attributes(shipped(text))
    assert len(nlp.get_pipe("kg_attribute_rules")._known) <= 4
