"""The model's lemmatizer, run once per distinct word form, on its word lists made sets.

spaCy's lemmatizer (rule mode in the English models) gives each word a lemma worked out from its
text, coarse part of speech and morphology alone; for every token it builds a Token and its
morphology, looks up its cache and sets the lemma string, and for a form it has not met it tests
each candidate lemma for membership in a list of tens of thousands of words, one by one: together
about a twentieth of the whole parse of a news article. Here the lists become sets (membership is
all the lemmatizer asks of them), the three values are read for the whole Doc at once, the lemma is
looked up in a table keyed by them, and the lemmatizer itself is asked only for a form not met
before. The lemmas are the same; a lemma an earlier component set (the attribute rules' "be" for
"'s") is kept, as the lemmatizer keeps it unless it is told to overwrite.
"""

from __future__ import annotations

import numpy
from spacy.attrs import LEMMA, MORPH, ORTH, POS
from spacy.errors import Errors
from spacy.pipeline import Lemmatizer
from spacy.tokens import Doc

# Modes whose lemma depends on the word's text, part of speech and morphology only.
_FORM_MODES = ("rule", "lookup", "pos_lookup")
# Distinct forms kept: 1,000 news articles hold some 25,000; past the bound the table starts again.
_KNOWN_FORMS = 200_000


def looks_up(lemmatizer) -> bool:
    """Whether `lemmatizer` is spaCy's own, in a mode whose lemmas a table of word forms can give."""
    return isinstance(lemmatizer, Lemmatizer) and getattr(lemmatizer, "mode", None) in _FORM_MODES


def index_as_sets(lemmatizer: Lemmatizer) -> None:
    """Make the lemmatizer's lists of known lemmas (per part of speech) sets: the same answers to
    its only question of them, whether a candidate is in the list, without a scan of the list."""
    if not lemmatizer.lookups.has_table("lemma_index"):
        return
    table = lemmatizer.lookups.get_table("lemma_index")
    for pos, words in list(table.items()):  # keyed by the hash of the part of speech
        if isinstance(words, list):
            table[pos] = frozenset(words)


class LemmaTable:
    """A pipeline step giving each word the lemma `lemmatizer` gives it, computed once per form."""

    def __init__(self, lemmatizer: Lemmatizer) -> None:
        self.lemmatizer = lemmatizer
        self._known: dict[tuple[int, int, int], int] = {}  # (text, pos, morphology) -> lemma, as hashes

    def __call__(self, doc: Doc) -> Doc:
        if not len(doc):
            return doc
        lemmatizer = self.lemmatizer
        if not lemmatizer._validated:
            lemmatizer._validate_tables(Errors.E1004)  # as the lemmatizer checks on its first Doc
        if len(self._known) > _KNOWN_FORMS:
            self._known = {}
        known, strings, overwrite = self._known, doc.vocab.strings, lemmatizer.overwrite
        values = doc.to_array([ORTH, POS, MORPH, LEMMA])
        lemmas = numpy.ascontiguousarray(values[:, 3:4])
        for i, (orth, pos, morph, lemma) in enumerate(values.tolist()):
            if lemma and not overwrite:
                continue
            key = (orth, pos, morph)
            found = known.get(key)
            if found is None:
                found = known[key] = strings.add(lemmatizer.lemmatize(doc[i])[0])
            lemmas[i, 0] = found
        doc.from_array([LEMMA], lemmas)
        return doc
