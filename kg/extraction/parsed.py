"""What the rules ask of a parsed Doc again and again, computed once per Doc.

spaCy rebuilds `doc.text`, `doc.ents`, each token's `.sent` and `doc.noun_chunks` on every access,
and makes a new Token object each time a doc is indexed or iterated; the rules ask for them
thousands of times an article (token objects were a fifth of the rules' time), so they are kept in
`doc.user_data` instead.
"""

from __future__ import annotations

from collections.abc import Collection
from functools import lru_cache

from spacy.tokens import Doc, Span, Token

_KEY = "kg.parsed"


class Parsed:
    """Text, tokens (and their words, lower-cased words, lower-cased lemmas and parts of speech), entity spans,
    sentence bounds per token and noun chunks of one Doc."""

    def __init__(self, doc: Doc, text: str | None = None) -> None:
        self.text = text if text is not None else doc.text
        self.tokens: list[Token] = list(doc)
        # Read once here: each read of a token attribute costs as much as a dict lookup or two,
        # and the rules' loops over every token read these again and again.
        self.texts: list[str] = [t.text for t in self.tokens]
        self.lowers: list[str] = [t.lower_ for t in self.tokens]
        self.pos: list[str] = [t.pos_ for t in self.tokens]
        self.lemmas: list[str] = [t.lemma_.lower() for t in self.tokens]
        self.ents: list[Span] = list(doc.ents)
        self.sent_bounds: list[tuple[int, int]] = [(0, 0)] * len(doc)
        self.sentences: list[Span] = list(doc.sents)
        for sent in self.sentences:
            bounds = (sent.start, sent.end)
            for i in range(sent.start, sent.end):
                self.sent_bounds[i] = bounds
        self.noun_chunks: list[Span] = list(doc.noun_chunks)
        # answers of rules asked again and again about the whole doc, keyed by the rule and its arguments
        self.memo: dict = {}


def parsed(doc: Doc, text: str | None = None) -> Parsed:
    """The cached facts about `doc` (computed on first use)."""
    found = doc.user_data.get(_KEY)
    if found is None:
        found = doc.user_data[_KEY] = Parsed(doc, text)
    return found


def words_with(doc: Doc, lemmas: Collection[str], pos: str | None = None) -> list[Token]:
    """The tokens of `doc` whose lower-cased lemma is one of `lemmas` (and, given `pos`, of that part
    of speech), in text order: found on the words read once, without touching the other tokens."""
    p = parsed(doc)
    return [p.tokens[i] for i, lemma in enumerate(p.lemmas) if lemma in lemmas and (pos is None or p.pos[i] == pos)]


def tokens(doc: Doc) -> list[Token]:
    """The tokens of `doc` as a list made once: iterate and index this instead of the doc."""
    return parsed(doc).tokens


def ents(doc: Doc) -> list[Span]:
    """The model's entity spans of `doc`, made once (``doc.ents`` builds them anew on each access)."""
    return parsed(doc).ents


def char_bounds(doc: Doc, start: int, end: int) -> tuple[int, int]:
    """The character offsets of tokens `start` to `end` (exclusive) of `doc`, as ``doc[start:end]``
    gives them, without making the span."""
    p = parsed(doc)
    return p.tokens[start].idx, p.tokens[end - 1].idx + len(p.texts[end - 1])


def sent_start(tok: Token) -> int:
    """Index of the first token of `tok`'s sentence."""
    return parsed(tok.doc).sent_bounds[tok.i][0]


def sentence(tok: Token) -> Span:
    """The sentence of `tok`, as `tok.sent` gives it, without recomputing it."""
    start, end = parsed(tok.doc).sent_bounds[tok.i]
    return tok.doc[start:end]


def forget(doc: Doc) -> None:
    """Drop the cache from `doc` (it refers back to the doc, which would keep both alive)."""
    doc.user_data.pop(_KEY, None)


def tree_distance(a: Token, b: Token) -> int:
    """Edges between two tokens through their lowest common ancestor (99 if none: another sentence)."""
    depth = {t.i: d for d, t in enumerate([a, *a.ancestors])}
    for d, t in enumerate([b, *b.ancestors]):
        if t.i in depth:
            return d + depth[t.i]
    return 99


@lru_cache(maxsize=16)
def headline_end(text: str) -> int | None:
    """Where the headline line that opens the text ends (a short first line that ends in no full
    stop, with more text after it); None when the text opens with prose."""
    start = len(text) - len(text.lstrip())
    end = text.find("\n", start)
    line = text[start:end].strip() if end >= 0 else ""
    if not line or len(line) > 200 or line[-1] in ".!?\"'”’" or not text[end:].strip():
        return None
    return end
