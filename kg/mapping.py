"""Facts -> RDF quads in the article's named graph. The only place that mints IRIs.

A pure function: no store, no spaCy. Any engine (a process pool, Dask, Ray) can run it and
hand the quads to whichever store it likes.

The quads are written straight as N-Quads text: every store loads that without making a Python
object per term (making and then serialising pyoxigraph quads was a third of the mapping's time),
and `facts_to_quads` parses it back where pyoxigraph quads are wanted.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
from collections.abc import Iterator
from decimal import Decimal
from functools import lru_cache

from pyoxigraph import NamedNode, Quad, RdfFormat, parse

from kg.records import Article, Entity, Facts, Span, fold, placed, places_around, slug
from kg.taxonomy import taxonomy
from kg.vocab import DCTERMS, GEO, GEONAMES, ID, NKG, OWL, RDF, RDFS, SKOS, XSD

# Terms are N-Triples text: an IRI is "<iri>", a literal '"escaped"' with an optional "^^<datatype>".
_TYPE = f"<{RDF}type>"
_LABEL = f"<{RDFS}label>"
_ALT = f"<{SKOS}altLabel>"
_INTEGER, _DECIMAL, _BOOLEAN = f"^^<{XSD}integer>", f"^^<{XSD}decimal>", f"^^<{XSD}boolean>"
_DATE_TYPES = {10: f"^^<{XSD}date>", 7: f"^^<{XSD}gYearMonth>"}
_GYEAR = f"^^<{XSD}gYear>"

# Ontology classes every entity kind also carries, so queries need no reasoner.
ENTITY_CLASSES: dict[str, tuple[str, ...]] = {
    "Person": ("Person", "Actor"),
    "Organization": ("Organization", "Actor"),
    "Group": ("Group", "Actor"),
    "GeopoliticalEntity": ("GeopoliticalEntity", "Actor", "Location"),
    "City": ("City", "Location"),
    "Location": ("Location",),
    "Product": ("Product",),
}


@lru_cache(maxsize=512)
def nkg(local: str) -> str:
    """Return the ontology term `nkg:local` as N-Triples text."""
    return f"<{NKG}{local}>"


def _lit(value: str, datatype: str = "") -> str:
    """A literal as N-Triples text; `datatype` is one of the "^^<...>" suffixes above."""
    if "\\" in value or '"' in value or "\n" in value or "\r" in value:
        value = value.replace("\\", "\\\\").replace('"', '\\"').replace("\n", "\\n").replace("\r", "\\r")
    return f'"{value}"{datatype}'


def article_iri(article: Article) -> NamedNode:
    """Return the stable IRI of an article: from its URL, else its id."""
    basis = article.url or article.id
    return NamedNode(f"{ID}article/{hashlib.sha1(basis.encode('utf-8')).hexdigest()[:20]}")


def _entity(key: str) -> str:
    """The IRI of an entity key as N-Triples text: the same for one real-world entity in every article."""
    return f"<{ID}{key}>"


# How an article is read into the text kg parses, and its graph written; raised when that changes
# for the same input and extractor (kg's version is not raised for such a change), so `kg ingest`
# extracts again, rather than skip as unchanged, what it stored the old way.
# 2: a title the text does not open with is read as its headline, its mentions nkg:inHeadline.
READING = 2


def content_hash(article: Article, extractor: str) -> str:
    """Return a digest of what the article's facts depend on: text, metadata, extractor and `READING`."""
    basis = json.dumps([article.text, article.title, str(article.published), article.url, article.publisher,
                        extractor, READING], ensure_ascii=False)
    return hashlib.sha1(basis.encode("utf-8")).hexdigest()


def _date_literal(value: str) -> str:
    return _lit(value, _DATE_TYPES.get(len(value), _GYEAR))


def _number(value: Decimal) -> str:
    if value == value.to_integral_value():
        return _lit(str(int(value)), _INTEGER)
    return _lit(format(value, "f"), _DECIMAL)


def _decimal(value: float) -> str:
    return _lit(format(Decimal(str(value)), "f"), _DECIMAL)


def facts_to_nquads(facts: Facts, *, extractor: str = "") -> bytes:
    """Return one article's facts as N-Quads, all in the graph named by the article's IRI (no repeats)."""
    tail = f" <{article_iri(facts.article).value}> .\n"
    lines = dict.fromkeys(f"{s} {p} {o}{tail}" for s, p, o in _triples(facts, extractor))
    return "".join(lines).encode("utf-8")


def facts_to_quads(facts: Facts, *, extractor: str = "") -> list[Quad]:
    """Return the quads of one article's facts, all in the graph named by the article's IRI (no repeats)."""
    return list(parse(facts_to_nquads(facts, extractor=extractor), format=RdfFormat.N_QUADS))


Triple = tuple[str, str, str]  # subject, predicate, object as N-Triples terms


def _triples(facts: Facts, extractor: str) -> Iterator[Triple]:
    article = facts.article
    graph_iri = article_iri(article).value
    graph = f"<{graph_iri}>"
    ahash = graph_iri.rsplit("/", 1)[1]
    mention_nodes: dict[tuple[int, int], str] = {}
    # The spans are offsets into the text as read, which may open with the headline; the graph's are
    # into the text as given (nkg:content), or into the headline (nkg:headline) for a span there.
    offset, headline = article.headline_offset, article.headline

    def mention(span: Span) -> Iterator[Triple]:
        node = mention_nodes.get((span.begin, span.end))
        if node is None:
            begin, end, in_headline = placed(span.begin, span.end, offset) if offset else (span.begin, span.end, False)
            where = "headline/" if in_headline else ""
            node = f"<{ID}mention/{ahash}/{where}{begin}-{end}>"
            mention_nodes[(span.begin, span.end)] = node
            yield node, _TYPE, nkg("Mention")
            yield node, nkg("article"), graph
            yield node, nkg("begin"), f'"{begin}"{_INTEGER}'
            yield node, nkg("end"), f'"{end}"{_INTEGER}'
            anchor = span.anchor
            if end - begin != span.end - span.begin:  # cut at the headline's end or the text's start
                anchor = (headline if in_headline else article.text)[begin:end]
            yield node, nkg("anchor"), _lit(anchor)
            if in_headline:
                yield node, nkg("inHeadline"), _lit("true", _BOOLEAN)

    def mentioned(subject: str, spans: list[Span]) -> Iterator[Triple]:
        for span in spans:
            yield from mention(span)
            yield subject, nkg("mention"), mention_nodes[(span.begin, span.end)]

    # --- the article
    yield graph, _TYPE, nkg("Article")
    yield graph, f"<{DCTERMS}identifier>", _lit(article.id)
    yield graph, nkg("contentHash"), _lit(content_hash(article, extractor))
    if extractor:
        yield graph, nkg("extractor"), _lit(extractor)
    yield graph, nkg("content"), _lit(article.text)  # what the offsets of mentions point into
    if article.headline:  # what those of mentions nkg:inHeadline point into
        yield graph, nkg("headline"), _lit(article.headline)
        yield graph, _LABEL, _lit(article.headline)
    if article.url:
        yield graph, nkg("url"), _lit(article.url)
    if article.published:
        yield graph, nkg("published"), _date_literal(article.published.isoformat())
    elif article.published_month_day:
        month, day = article.published_month_day
        yield graph, nkg("published"), _lit(f"--{month:02d}-{day:02d}", f"^^<{XSD}gMonthDay>")
    if article.publisher:
        publisher = next((e for e in facts.entities.values()
                          if e.kind == "Organization" and e.name.lower() == article.publisher.lower()), None)
        node = _entity(publisher.key if publisher else f"org/{slug(article.publisher)}")
        yield graph, nkg("publisher"), node
        if publisher is None:
            yield from _entity_types(node, "Organization")
            yield node, _LABEL, _lit(article.publisher)
    if article.dateline_place:
        place = next((e for e in facts.entities.values()
                      if e.name == article.dateline_place or article.dateline_place in e.aliases), None)
        if place is not None:
            yield graph, nkg("datelinePlace"), _entity(place.key)

    # --- actors and places
    for ent in facts.entities.values():
        yield from _entity_triples(ent, mentioned)

    # --- times
    time_nodes = {}
    for t in facts.times.values():
        node = f"<{ID}time/{ahash}/{t.key}>"
        time_nodes[t.key] = node
        yield node, _TYPE, nkg("TimeExpression")
        yield node, _LABEL, _lit(t.mention.anchor)
        yield from _dates(node, t)
        if t.timex:
            yield node, nkg("timex"), _lit(t.timex)
        if t.inferred:  # a day worked out from words that name none: its mention is those words
            yield node, nkg("inferred"), _lit("true", _BOOLEAN)
        yield from mentioned(node, [t.mention])

    # --- quantities
    quantity_nodes = {}
    for qty in facts.quantities.values():
        node = f"<{ID}quantity/{ahash}/{qty.key}>"
        quantity_nodes[qty.key] = node
        yield node, _TYPE, nkg("Quantity")
        yield node, _LABEL, _lit(qty.mention.anchor)
        if qty.value is not None:
            yield node, nkg("value"), _number(qty.value)
        if qty.unit:
            yield node, nkg("unit"), _lit(qty.unit)
        if qty.qualifier:
            yield node, nkg("qualifier"), _lit(qty.qualifier)
        if qty.currency:
            yield node, nkg("currency"), _lit(qty.currency)
        yield from mentioned(node, [qty.mention])

    # --- events
    types = taxonomy()
    event_nodes = {}
    for ev in facts.events.values():
        node = f"<{ID}event/{ahash}/{ev.key}>"
        event_nodes[ev.key] = node
        etype = types.get(ev.type)
        for cls in (ev.type, *(etype.ancestors if etype else ()), "Event"):
            yield node, _TYPE, nkg(cls)
        yield node, nkg("eventType"), nkg(ev.type)
        yield node, _LABEL, _lit(_event_label(ev, facts))
        for key in ev.agents:
            yield node, nkg("agent"), _entity(key)
        for key in ev.participants:
            yield node, nkg("participant"), _entity(key)
        for key in ev.targets:
            yield node, nkg("target"), _entity(key)
        if ev.place:
            yield node, nkg("site"), _entity(ev.place)
            for key in [ev.place, *places_around(ev.place, facts.entities)]:
                yield node, nkg("place"), _entity(key)
        if ev.time and ev.time in time_nodes:
            yield node, nkg("time"), time_nodes[ev.time]
            yield from _dates(node, facts.times[ev.time])
        for key in ev.quantities:
            yield node, nkg("quantity"), quantity_nodes[key]
        yield node, nkg("confidence"), _decimal(ev.confidence)
        yield from mentioned(node, ev.mentions)

    # --- statements
    for st in facts.statements.values():
        node = f"<{ID}statement/{ahash}/{st.key}>"
        yield node, _TYPE, nkg("Statement")
        yield node, _LABEL, _lit(_short(st.text))
        yield node, nkg("text"), _lit(st.text)
        yield node, nkg("direct"), _lit("true" if st.direct else "false", _BOOLEAN)
        yield node, nkg("cue"), _lit(st.cue)
        if st.speaker:
            yield node, nkg("speaker"), _entity(st.speaker)
        if st.about and st.about in event_nodes:
            yield node, nkg("about"), event_nodes[st.about]
        for key in st.quantities:
            yield node, nkg("quantity"), quantity_nodes[key]
        yield from mentioned(node, [st.mention])


def _dates(node: str, t) -> Iterator[Triple]:
    """The date, or start and end dates, of a time expression, on `node` (the expression or its event)."""
    if t.value:
        yield node, nkg("date"), _date_literal(t.value)
    if t.value and len(t.value) == 7 and not t.start:
        # "in May": the month is the period it names, so a query for the days of May finds it
        first = dt.date(int(t.value[:4]), int(t.value[5:7]), 1)
        last = dt.date(first.year + first.month // 12, first.month % 12 + 1, 1) - dt.timedelta(days=1)
        yield node, nkg("startDate"), _date_literal(first.isoformat())
        yield node, nkg("endDate"), _date_literal(last.isoformat())
    if t.value and len(t.value) == 4 and t.value.isdigit() and not t.start:
        # "in 2018": so is a year, from its first day to its last
        yield node, nkg("startDate"), _date_literal(f"{t.value}-01-01")
        yield node, nkg("endDate"), _date_literal(f"{t.value}-12-31")
    if t.start:
        yield node, nkg("startDate"), _date_literal(t.start)
    if t.end:
        yield node, nkg("endDate"), _date_literal(t.end)


def _entity_types(node: str, kind: str) -> Iterator[Triple]:
    for cls in ENTITY_CLASSES[kind]:
        yield node, _TYPE, nkg(cls)


def _entity_triples(ent: Entity, mentioned) -> Iterator[Triple]:
    node = _entity(ent.key)
    yield from _entity_types(node, ent.kind)
    yield node, _LABEL, _lit(ent.name)
    for alias in sorted(ent.aliases):
        yield node, _ALT, _lit(alias)
    for key in sorted(name_keys(ent)):
        yield node, nkg("nameKey"), _lit(key)
    for role in ent.roles:
        yield node, nkg("role"), _lit(role)
    if ent.geonames_id:
        yield node, nkg("geonamesId"), _lit(str(ent.geonames_id), _INTEGER)
        yield node, f"<{OWL}sameAs>", f"<{GEONAMES}{ent.geonames_id}/>"
    if ent.lat is not None and ent.long is not None:
        yield node, f"<{GEO}lat>", _decimal(ent.lat)
        yield node, f"<{GEO}long>", _decimal(ent.long)
    if ent.country_key:
        yield node, nkg("country"), _entity(ent.country_key)
    if ent.within:
        yield node, nkg("within"), _entity(ent.within)
    for key in ent.role_of:
        yield node, nkg("roleOf"), _entity(key)
    yield node, nkg("confidence"), _decimal(ent.confidence)
    yield from mentioned(node, ent.mentions)


def name_keys(ent: Entity) -> set[str]:
    """The folded names a query can find an entity by: its name, other names, a person's surname."""
    keys = {fold(ent.name), *(fold(a) for a in ent.aliases)}
    if ent.kind == "Person" and len(ent.name.split()) > 1:
        keys.add(fold(ent.name.split()[-1]))
    return {k for k in keys if k}


def _event_label(ev, facts: Facts) -> str:
    label = ev.type
    if ev.place and ev.place in facts.entities:
        label += f" in {facts.entities[ev.place].name}"
    t = facts.times.get(ev.time) if ev.time else None
    if t and (t.value or t.start):
        label += f" on {t.value}" if t.value else f" {t.start}/{t.end}"
    return label


def _short(text: str, limit: int = 80) -> str:
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"
