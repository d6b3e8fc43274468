"""The model's lemmas, looked up once per word form, are the lemmas spaCy's lemmatizer gives."""

from __future__ import annotations

import pytest
import spacy

from kg.extraction.lemmas import LemmaTable, index_as_sets

TEXT = ("Rescuers were searching on Tuesday for the miners trapped after the shafts flooded. "
        "The company's shares fell 4%, and analysts said they'd been warning of worse. "
        "She's said nothing; the unions are striking, struck before and will strike again, "
        "and the best-paid workers' wives were the angriest.")


@pytest.fixture(scope="module")
def shipped(nlp):
    """kg's pipeline with the model's own lemmatizer running instead of the table."""
    from kg.extraction.nlp import load_model

    other = load_model.__wrapped__()
    other.enable_pipe("lemmatizer")
    other.remove_pipe("kg_lemmas")
    return other


def _lemmas(doc) -> list[tuple[str, str]]:
    return [(t.text, t.lemma_) for t in doc]


def test_kg_pipeline_runs_the_table_in_place_of_the_shipped_lemmatizer(nlp):
    assert "lemmatizer" not in nlp.pipe_names and "lemmatizer" in nlp.disabled
    assert nlp.pipe_names.index("kg_attribute_rules") < nlp.pipe_names.index("kg_lemmas") \
        < nlp.pipe_names.index("kg_prefixed_lemmas")


def test_table_gives_the_lemmas_of_the_shipped_lemmatizer_on_news(nlp, shipped, corpus_articles):
    texts = [a.text for a in corpus_articles[:12]] + [TEXT]
    for ours, theirs in zip(nlp.pipe(texts), shipped.pipe(texts)):
        assert _lemmas(ours) == _lemmas(theirs)


def test_a_word_met_again_gets_the_lemma_it_got_the_first_time(nlp):
    doc = nlp("The miners struck on Monday. The miners struck again on Friday.")
    assert [t.lemma_ for t in doc if t.lower_ in ("miners", "struck")] == ["miner", "strike", "miner", "strike"]


def test_a_lemma_the_attribute_rules_set_is_kept(nlp):
    doc = nlp("She's resigned, and he's gone.")
    assert [t.lemma_ for t in doc if t.text == "'s"] == ["be", "be"]


def test_word_lists_made_sets_give_the_lists_answers():
    plain = spacy.load(_model_name())
    sets = spacy.load(_model_name())
    index_as_sets(sets.get_pipe("lemmatizer"))
    assert all(isinstance(words, frozenset) for words in sets.get_pipe("lemmatizer").lookups
               .get_table("lemma_index").values())
    assert _lemmas(sets(TEXT)) == _lemmas(plain(TEXT))


def test_table_on_a_plain_pipeline_matches_its_lemmatizer():
    plain = spacy.load(_model_name())
    doc = plain.make_doc(TEXT)
    for name, step in plain.pipeline:
        if name == "lemmatizer":
            break
        doc = step(doc)
    expected = _lemmas(plain.get_pipe("lemmatizer")(_copy(doc)))
    assert _lemmas(LemmaTable(plain.get_pipe("lemmatizer"))(doc)) == expected


def test_an_empty_doc_passes_through(nlp):
    assert len(nlp("")) == 0


def _copy(doc):
    from spacy.tokens import Doc

    return Doc(doc.vocab).from_bytes(doc.to_bytes())


def _model_name() -> str:
    from kg.extraction.nlp import MODEL_NAMES

    return next(name for name in MODEL_NAMES if spacy.util.is_package(name))
