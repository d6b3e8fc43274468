"""Plain records passed between the stages: read -> extract -> mapping.

Nothing here knows spaCy or RDF. The offsets of Facts' spans are Python string indices into
`Article.read_text` (the text as kg reads it: the headline, where the text does not open with it,
then the text), end exclusive, so ``article.read_text[m.begin:m.end] == m.anchor`` always holds;
`placed` turns them into offsets into the text as given, or into the headline.
"""

from __future__ import annotations

import datetime as dt
import re
import unicodedata
from dataclasses import dataclass, field
from decimal import Decimal
from functools import lru_cache


@dataclass(frozen=True)
class Span:
    """A stretch of an article's text; `kind` says how an entity is named there, where that matters:
    "name", "demonym" ("Russian"), "reference" ("the ministry")."""

    begin: int
    end: int
    anchor: str
    kind: str | None = None


@dataclass
class Article:
    """One news article as read from its source, before any extraction."""

    id: str
    text: str
    title: str | None = None
    published: dt.date | None = None
    # A dateline such as "Moscow, May 24" gives month and day without a year.
    published_month_day: tuple[int, int] | None = None
    url: str | None = None
    publisher: str | None = None
    dateline_place: str | None = None
    dateline: tuple[int, int] | None = None  # character span of "Moscow, May 24 (NationPress)"
    source: str | None = None  # file path or "-" for stdin; for messages only

    @property
    def reference_date(self) -> dt.date | None:
        """The date relative expressions are resolved against, if one is known."""
        return self.published

    @property
    def headline(self) -> str | None:
        """The title on one line (each run of spaces and line breaks one space): the headline as kg
        reads it and the graph gives it (nkg:headline), so offsets into it hold."""
        return (" ".join(self.title.split()) or None) if self.title else None

    @property
    def headline_offset(self) -> int:
        """How far `read_text` puts the text from its start: past the headline and a blank line where
        the text does not open with its title, else 0."""
        headline = self.headline
        return len(headline) + 2 if headline and not _opens_with(self.text, headline) else 0

    @property
    def read_text(self) -> str:
        """What kg parses: the headline, a blank line and the text where the text does not open with
        its title (a JSON Lines record whose title stands in its own field: its most informative line
        would be lost), else the text itself (MEANTIME, GUM, a text file: the headline is its first line)."""
        offset = self.headline_offset
        return f"{self.headline}\n\n{self.text}" if offset else self.text


@dataclass
class Entity:
    """A real-world actor or place named in one article, with every mention of it."""

    key: str  # stable across articles: mapping turns it into the IRI
    name: str
    kind: str  # ontology class: Person, Organization, GeopoliticalEntity, Group, Location, City
    mentions: list[Span] = field(default_factory=list)
    aliases: set[str] = field(default_factory=set)
    roles: list[str] = field(default_factory=list)
    geonames_id: int | None = None
    lat: float | None = None
    long: float | None = None
    country_key: str | None = None  # for places: the GeopoliticalEntity they lie in
    within: str | None = None  # for places: the named place the text or gazetteer puts them in
    role_of: list[str] = field(default_factory=list)  # for people: the states and bodies their roles are of
    confidence: float = 0.8


def places_around(key: str, entities: dict[str, Entity]) -> list[str]:
    """The places that contain place `key`, innermost first: those the text or gazetteer put it in,
    then the country it lies in (no repeats, never `key` itself)."""
    out: list[str] = []
    node = entities.get(key)
    while node is not None and node.within and node.within not in out and node.within != key:
        out.append(node.within)
        node = entities.get(node.within)
    for k in [key, *out]:
        country = entities[k].country_key if k in entities else None
        if country and country != key and country not in out and country in entities:
            out.append(country)
    return out


@dataclass
class TimeExpression:
    """A date or span the text names, resolved against the publication date where possible."""

    key: str
    mention: Span
    value: str | None = None  # ISO date, or YYYY-MM / YYYY when only that is known
    start: str | None = None
    end: str | None = None
    timex: str | None = None  # the TimeML TIMEX3 value: 2025-W20, 2009-Q3, PAST_REF, 197 ...
    # a day the reader infers from words that name none ("fell 2% from Monday's close": the next
    # session); its mention is those words, and it is no time expression of the text
    inferred: bool = False


@dataclass
class Quantity:
    """A number the text gives, with what it counts."""

    key: str
    mention: Span
    value: Decimal | None  # None for an order of magnitude ("dozens of"), which the qualifier says
    unit: str | None = None
    qualifier: str | None = None
    currency: str | None = None


@dataclass
class Event:
    """Something that happened (or was agreed, urged, planned), with its roles."""

    key: str
    type: str  # ontology class local name, e.g. "Attack"
    mentions: list[Span] = field(default_factory=list)
    agents: list[str] = field(default_factory=list)  # entity keys
    participants: list[str] = field(default_factory=list)
    targets: list[str] = field(default_factory=list)
    place: str | None = None
    time: str | None = None  # TimeExpression key
    quantities: list[str] = field(default_factory=list)  # Quantity keys
    confidence: float = 0.7


@dataclass
class Statement:
    """Something an actor said, quoted directly or reported."""

    key: str
    text: str
    mention: Span
    direct: bool
    cue: str
    speaker: str | None = None  # entity key
    cue_mention: Span | None = None
    about: str | None = None  # event key
    quantities: list[str] = field(default_factory=list)


@dataclass
class Facts:
    """Everything extracted from one article."""

    article: Article
    entities: dict[str, Entity] = field(default_factory=dict)
    times: dict[str, TimeExpression] = field(default_factory=dict)
    quantities: dict[str, Quantity] = field(default_factory=dict)
    events: dict[str, Event] = field(default_factory=dict)
    statements: dict[str, Statement] = field(default_factory=dict)


def _opens_with(text: str, headline: str) -> bool:
    """Whether `text` opens with `headline`, compared word by word whatever the spaces and line breaks
    around and between the words, the headline ending where a word of the text does ("Floods" does
    not open "Floodsville ...")."""
    at, size = 0, len(text)
    for word in headline.split():
        start = at
        while at < size and text[at].isspace():
            at += 1
        if start and at == start or not text.startswith(word, at):  # words run together, or another word
            return False
        at += len(word)
    return at == size or not (text[at].isalnum() and headline[-1].isalnum())


def placed(begin: int, end: int, offset: int) -> tuple[int, int, bool]:
    """Where the span `begin`-`end` of an article's `read_text` stands in what was given, `offset` its
    `headline_offset`: offsets into the text, or (True) into the headline for a span before the text
    (cut at the headline's end, should it run on past it)."""
    if begin < offset - 2:
        return begin, min(end, offset - 2), True
    return max(begin - offset, 0), end - offset, False


def slug(text: str) -> str:
    """Return an IRI-safe, lower-case, ASCII slug of `text` ("Volodymyr Zelensky" -> "volodymyr-zelensky")."""
    text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
    return re.sub(r"[^a-z0-9]+", "-", text.lower()).strip("-") or "x"


@lru_cache(maxsize=1 << 16)  # the rules fold the same names over and over
def fold(name: str) -> str:
    """Lower-case, strip accents and a leading "the": how names are compared and looked up.

    >>> fold("The Ukrainian Air Force"), fold("Zürich")
    ('ukrainian air force', 'zurich')
    """
    if name.isascii():  # most names: nothing to decompose, no accents, no curly apostrophe
        text = name.lower().strip()
    else:
        text = unicodedata.normalize("NFKD", name)
        text = "".join(c for c in text if not unicodedata.combining(c)).lower().strip()
        text = text.replace("’", "'")
    if text.startswith("the "):
        text = text[4:]
    return " ".join(text.split())
