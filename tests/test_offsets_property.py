"""Offsets hold on any text: real news sentences wrapped in (and broken up by) random Unicode.

Every mention the extraction gives (entities, events, times, quantities, statements and their cues)
slices the article's text to exactly its anchor, ``text[begin:end] == anchor``, whatever surrounds
it: astral characters, combining marks, right-to-left text and marks, zero-width characters and
every kind of line break (CR, LF, CRLF, NEL, U+2028, U+2029). The mapping keeps them in RDF that
reads back. A JSON Lines title the text does not open with is read before the text: the graph's
mentions in it (nkg:inHeadline) slice the headline, the others the text as given. Hypothesis draws
the texts and titles; the real model reads them.
"""

from __future__ import annotations

import datetime as dt
import os
import tempfile
from collections.abc import Iterator
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from hypothesis.configuration import set_hypothesis_home_dir

from kg.records import Facts, Span

SENTENCES = [
    "Russian forces fired 14 missiles at Kyiv on Saturday, President Volodymyr Zelensky said.",
    "Kyiv, May 24 (NationPress) Russia and Ukraine exchanged 307 prisoners on Saturday, the ministry of defence said.",
    '"We will not stop until every prisoner is home," Zelensky said on Telegram. At least 15 people were injured.',
    "Oleh Kiper, head of the Odesa regional military administration, urged the European Union to impose sanctions last week.",
]

# Characters most likely to break an offset: astral (surrogate pairs in UTF-16, 4 bytes in UTF-8),
# combining marks, right-to-left letters and controls, zero-width ones, every line separator.
TRICKY = [
    "😀", "👩‍👩‍👧", "🇺🇦", "𝕂", "𐍈", "𠀋",  # astral, a ZWJ sequence, a flag
    "\u0301", "e\u0301", "\u0308\u0323", "\u20dd",  # combining marks, alone and on a base
    "مرحبا", "שלום", "\u200f", "\u200e", "\u202e", "\u2066", "\u2069",  # RTL text and bidi controls
    "\u200b", "\u200c", "\u200d", "\ufeff", "\u2060", "\u00ad",  # zero-width, BOM, soft hyphen
    "\r", "\n", "\r\n", "\x85", "\u2028", "\u2029", "\x0b", "\x0c", "\t",  # line breaks
    "\u00a0", "\u3000", "\u2009",  # other spaces
    '"', "“", "”", "«", "»", "'", "’", ",", ".", "—",  # quotes and punctuation the statement rules read
]

# Any character a UTF-8 article can hold, except NUL (the reader refuses binary files).
ANY_CHAR = st.characters(blacklist_categories=("Cs",), blacklist_characters="\x00")
NOISE = st.lists(st.one_of(st.sampled_from(TRICKY), st.text(ANY_CHAR, max_size=4)), max_size=6).map("".join)
# The suite runs 40 fixed examples a test (the same each run, so CI is repeatable); to hunt further,
# KG_HYPOTHESIS_EXAMPLES=2000 python -m pytest tests/test_offsets_property.py draws that many new ones.
# No example database, and Hypothesis's own cache (./.hypothesis by default) goes to the temporary
# folder: the tests write nothing into the source tree (a failure prints its text).
set_hypothesis_home_dir(Path(tempfile.gettempdir()) / "kg-tests-hypothesis")
HUNT = int(os.environ.get("KG_HYPOTHESIS_EXAMPLES", "0"))
SETTINGS = settings(max_examples=HUNT or 40, derandomize=not HUNT, deadline=None, database=None,
                    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow])


@st.composite
def wrapped(draw) -> str:
    """A real sentence with random Unicode before and after it."""
    return draw(NOISE) + draw(st.sampled_from(SENTENCES)) + draw(NOISE)


@st.composite
def broken_up(draw) -> str:
    """A real sentence with random Unicode stuck to its words, or in place of the spaces between them."""
    words = draw(st.sampled_from(SENTENCES)).split(" ")
    out = draw(NOISE)
    for i, word in enumerate(words):
        where = draw(st.sampled_from(["", "", "before", "after"]))
        out += draw(NOISE) + word if where == "before" else word + draw(NOISE) if where == "after" else word
        if i < len(words) - 1:
            gap = draw(st.sampled_from([" ", " ", " ", "\n", "\u2028", "noise"]))
            out += " " + draw(NOISE) + " " if gap == "noise" else gap
    return out + draw(NOISE)


def spans(facts: Facts, *, cues: bool = True) -> Iterator[tuple[str, Span]]:
    """Every mention in `facts`, with what it belongs to (a statement's cue too, unless `cues` is false:
    the graph gives the cue as text, not as a mention)."""
    for ent in facts.entities.values():
        for span in ent.mentions:
            yield f"entity {ent.key}", span
    for ev in facts.events.values():
        for span in ev.mentions:
            yield f"event {ev.key}", span
    for t in facts.times.values():
        yield f"time {t.key}", t.mention
    for q in facts.quantities.values():
        yield f"quantity {q.key}", q.mention
    for s in facts.statements.values():
        yield f"statement {s.key}", s.mention
        if cues and s.cue_mention is not None:
            yield f"cue of {s.key}", s.cue_mention


def read(text: str, nlp) -> Facts:
    """The facts of `text` read as a plain-text article (after a headline) by the real extraction."""
    from kg.extraction import extract
    from kg.reader import parse_text

    article = parse_text("Headline\n\n" + text, ident="property.txt", default_date=dt.date(2025, 5, 24))
    return extract(article, nlp)


def assert_offsets_slice_the_text(facts: Facts) -> None:
    """Every mention's begin and end cut its anchor out of the article's text as read."""
    text = facts.article.read_text
    for owner, span in spans(facts):
        assert 0 <= span.begin < span.end <= len(text), (owner, span)
        assert text[span.begin:span.end] == span.anchor, (owner, span, text[span.begin:span.end])


def test_the_sentences_alone_give_mentions_of_every_kind(nlp):
    # The property tests below are only worth something if the sentences give mentions to check.
    facts = [read(s, nlp) for s in SENTENCES]
    assert all(f.entities for f in facts)
    assert any(f.events for f in facts) and any(f.times for f in facts)
    assert any(f.quantities for f in facts) and any(f.statements for f in facts)


@SETTINGS
@given(text=wrapped())
def test_mentions_slice_the_text_to_their_anchor_with_random_unicode_around_a_sentence(nlp, text):
    assert_offsets_slice_the_text(read(text, nlp))


@SETTINGS
@given(text=broken_up())
def test_mentions_slice_the_text_to_their_anchor_with_random_unicode_between_the_words(nlp, text):
    assert_offsets_slice_the_text(read(text, nlp))


@SETTINGS
@given(text=broken_up())
def test_the_mapped_quads_read_back_with_the_same_offsets_and_anchors(nlp, text):
    from kg.mapping import facts_to_quads
    from kg.vocab import NKG

    facts = read(text, nlp)
    quads = facts_to_quads(facts)  # parsed back from the N-Quads the stores load
    by_node: dict[str, dict[str, str]] = {}
    for q in quads:
        if q.predicate.value in (f"{NKG}begin", f"{NKG}end", f"{NKG}anchor"):
            by_node.setdefault(q.subject.value, {})[q.predicate.value.removeprefix(NKG)] = q.object.value
    [content] = [q.object.value for q in quads if q.predicate.value == f"{NKG}content"]
    assert content == facts.article.text
    assert {(int(m["begin"]), int(m["end"])) for m in by_node.values()} == {(s.begin, s.end) for _, s in spans(facts, cues=False)}
    for m in by_node.values():
        assert content[int(m["begin"]):int(m["end"])] == m["anchor"], m


TITLES = ["Russia and Ukraine swap 307 prisoners", "Zelensky says 14 missiles hit Kyiv",
          "EU urged to impose sanctions"]


@st.composite
def titled(draw) -> tuple[str, str]:
    """A title and a text that does not open with it, each with random Unicode in and around it."""
    words = draw(st.sampled_from(TITLES)).split(" ")
    title = draw(NOISE) + "".join(w + draw(st.sampled_from([" ", "\n", "\u2028", " \r\n "])) for w in words)
    return title + draw(NOISE), draw(broken_up())


def test_the_titles_alone_give_headline_mentions(nlp):
    # The property test below is only worth something if the titles give mentions in the headline.
    from kg.extraction import extract
    from kg.mapping import facts_to_quads
    from kg.records import Article
    from kg.vocab import NKG

    for title in TITLES:
        facts = extract(Article(id="titled", title=title, text=SENTENCES[0]), nlp)
        assert any(q.predicate.value == f"{NKG}inHeadline" for q in facts_to_quads(facts)), title


@SETTINGS
@given(record=titled())
def test_headline_mentions_slice_the_headline_and_the_others_the_text(nlp, record):
    import json

    from kg.extraction import extract
    from kg.mapping import facts_to_quads
    from kg.reader import parse_jsonl
    from kg.vocab import NKG

    title, text = record
    [article] = parse_jsonl(json.dumps({"id": "titled", "title": title, "text": text}), source="titled.jsonl")
    facts = extract(article, nlp)
    assert_offsets_slice_the_text(facts)
    quads = facts_to_quads(facts)
    by_node: dict[str, dict[str, str]] = {}
    for q in quads:
        if q.predicate.value in (f"{NKG}begin", f"{NKG}end", f"{NKG}anchor", f"{NKG}inHeadline"):
            by_node.setdefault(q.subject.value, {})[q.predicate.value.removeprefix(NKG)] = q.object.value
    [content] = [q.object.value for q in quads if q.predicate.value == f"{NKG}content"]
    headline = [q.object.value for q in quads if q.predicate.value == f"{NKG}headline"]
    assert content == text and headline == [article.headline]
    assert "\n" not in article.headline
    for m in by_node.values():
        within = headline[0] if m.get("inHeadline") == "true" else content
        assert 0 <= int(m["begin"]) < int(m["end"]) <= len(within), m
        assert within[int(m["begin"]):int(m["end"])] == m["anchor"], m
