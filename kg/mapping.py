"""Facts -> RDF quads in the article's named graph. The only place that mints IRIs.

A pure function: no store, no spaCy. Any engine (a process pool, Dask, Ray) can run it and
hand the quads to whichever store it likes.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Iterator
from decimal import Decimal
from functools import lru_cache

from pyoxigraph import Literal, NamedNode, Quad

from kg.records import Article, Entity, Facts, Span, fold, slug
from kg.taxonomy import taxonomy
from kg.vocab import DCTERMS, GEO, GEONAMES, ID, NKG, OWL, RDF, RDFS, SKOS, XSD

_TYPE = NamedNode(RDF + "type")
_LABEL = NamedNode(RDFS + "label")
_ALT = NamedNode(SKOS + "altLabel")

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
def nkg(local: str) -> NamedNode:
    """Return the ontology term `nkg:local`."""
    return NamedNode(NKG + local)


def article_iri(article: Article) -> NamedNode:
    """Return the stable IRI of an article: from its URL, else its id."""
    basis = article.url or article.id
    return NamedNode(f"{ID}article/{hashlib.sha1(basis.encode('utf-8')).hexdigest()[:20]}")


def entity_iri(key: str) -> NamedNode:
    """Return the IRI of an entity key (the same for one real-world entity in every article)."""
    return NamedNode(ID + key)


def content_hash(article: Article, extractor: str) -> str:
    """Return a digest of what the article's facts depend on: text, metadata and extractor."""
    basis = json.dumps([article.text, article.title, str(article.published), article.url, article.publisher,
                        extractor], ensure_ascii=False)
    return hashlib.sha1(basis.encode("utf-8")).hexdigest()


def _date_literal(value: str) -> Literal:
    if len(value) == 10:
        return Literal(value, datatype=NamedNode(XSD + "date"))
    if len(value) == 7:
        return Literal(value, datatype=NamedNode(XSD + "gYearMonth"))
    return Literal(value, datatype=NamedNode(XSD + "gYear"))


def _number(value: Decimal) -> Literal:
    if value == value.to_integral_value():
        return Literal(str(int(value)), datatype=NamedNode(XSD + "integer"))
    return Literal(format(value, "f"), datatype=NamedNode(XSD + "decimal"))


def _decimal(value: float) -> Literal:
    return Literal(format(Decimal(str(value)), "f"), datatype=NamedNode(XSD + "decimal"))


def facts_to_quads(facts: Facts, *, extractor: str = "") -> list[Quad]:
    """Return the quads of one article's facts, all in the graph named by the article's IRI (no repeats)."""
    return list(dict.fromkeys(_quads(facts, extractor)))


def _quads(facts: Facts, extractor: str) -> Iterator[Quad]:
    article = facts.article
    graph = article_iri(article)
    ahash = graph.value.rsplit("/", 1)[1]

    def q(s: NamedNode, p: NamedNode, o) -> Quad:
        return Quad(s, p, o, graph)

    mention_nodes: dict[tuple[int, int], NamedNode] = {}

    def mention(span: Span) -> Iterator[Quad]:
        node = mention_nodes.get((span.begin, span.end))
        if node is None:
            node = NamedNode(f"{ID}mention/{ahash}/{span.begin}-{span.end}")
            mention_nodes[(span.begin, span.end)] = node
            yield q(node, _TYPE, nkg("Mention"))
            yield q(node, nkg("article"), graph)
            yield q(node, nkg("begin"), Literal(str(span.begin), datatype=NamedNode(XSD + "integer")))
            yield q(node, nkg("end"), Literal(str(span.end), datatype=NamedNode(XSD + "integer")))
            yield q(node, nkg("anchor"), Literal(span.anchor))

    def mentioned(subject: NamedNode, spans: list[Span]) -> Iterator[Quad]:
        for span in spans:
            yield from mention(span)
            yield q(subject, nkg("mention"), mention_nodes[(span.begin, span.end)])

    # --- the article
    yield q(graph, _TYPE, nkg("Article"))
    yield q(graph, NamedNode(DCTERMS + "identifier"), Literal(article.id))
    yield q(graph, nkg("contentHash"), Literal(content_hash(article, extractor)))
    if extractor:
        yield q(graph, nkg("extractor"), Literal(extractor))
    yield q(graph, nkg("content"), Literal(article.text))  # what every mention's offsets point into
    if article.title:
        yield q(graph, nkg("headline"), Literal(article.title))
        yield q(graph, _LABEL, Literal(article.title))
    if article.url:
        yield q(graph, nkg("url"), Literal(article.url))
    if article.published:
        yield q(graph, nkg("published"), _date_literal(article.published.isoformat()))
    elif article.published_month_day:
        month, day = article.published_month_day
        yield q(graph, nkg("published"), Literal(f"--{month:02d}-{day:02d}", datatype=NamedNode(XSD + "gMonthDay")))
    if article.publisher:
        publisher = next((e for e in facts.entities.values()
                          if e.kind == "Organization" and e.name.lower() == article.publisher.lower()), None)
        node = entity_iri(publisher.key) if publisher else entity_iri(f"org/{slug(article.publisher)}")
        yield q(graph, nkg("publisher"), node)
        if publisher is None:
            yield from _entity_types(q, node, "Organization")
            yield q(node, _LABEL, Literal(article.publisher))
    if article.dateline_place:
        place = next((e for e in facts.entities.values()
                      if e.name == article.dateline_place or article.dateline_place in e.aliases), None)
        if place is not None:
            yield q(graph, nkg("datelinePlace"), entity_iri(place.key))

    # --- actors and places
    for ent in facts.entities.values():
        yield from _entity(q, ent, mentioned)

    # --- times
    time_nodes = {}
    for t in facts.times.values():
        node = NamedNode(f"{ID}time/{ahash}/{t.key}")
        time_nodes[t.key] = node
        yield q(node, _TYPE, nkg("TimeExpression"))
        yield q(node, _LABEL, Literal(t.mention.anchor))
        yield from _dates(q, node, t)
        if t.timex:
            yield q(node, nkg("timex"), Literal(t.timex))
        yield from mentioned(node, [t.mention])

    # --- quantities
    quantity_nodes = {}
    for qty in facts.quantities.values():
        node = NamedNode(f"{ID}quantity/{ahash}/{qty.key}")
        quantity_nodes[qty.key] = node
        yield q(node, _TYPE, nkg("Quantity"))
        yield q(node, _LABEL, Literal(qty.mention.anchor))
        yield q(node, nkg("value"), _number(qty.value))
        if qty.unit:
            yield q(node, nkg("unit"), Literal(qty.unit))
        if qty.qualifier:
            yield q(node, nkg("qualifier"), Literal(qty.qualifier))
        if qty.currency:
            yield q(node, nkg("currency"), Literal(qty.currency))
        yield from mentioned(node, [qty.mention])

    # --- events
    types = taxonomy()
    event_nodes = {}
    for ev in facts.events.values():
        node = NamedNode(f"{ID}event/{ahash}/{ev.key}")
        event_nodes[ev.key] = node
        etype = types.get(ev.type)
        for cls in (ev.type, *(etype.ancestors if etype else ()), "Event"):
            yield q(node, _TYPE, nkg(cls))
        yield q(node, nkg("eventType"), nkg(ev.type))
        yield q(node, _LABEL, Literal(_event_label(ev, facts)))
        for key in ev.agents:
            yield q(node, nkg("agent"), entity_iri(key))
        for key in ev.participants:
            yield q(node, nkg("participant"), entity_iri(key))
        for key in ev.targets:
            yield q(node, nkg("target"), entity_iri(key))
        if ev.place:
            yield q(node, nkg("place"), entity_iri(ev.place))
        if ev.time and ev.time in time_nodes:
            t = facts.times[ev.time]
            yield q(node, nkg("time"), time_nodes[ev.time])
            yield from _dates(q, node, t)
        for key in ev.quantities:
            yield q(node, nkg("quantity"), quantity_nodes[key])
        yield q(node, nkg("confidence"), _decimal(ev.confidence))
        yield from mentioned(node, ev.mentions)

    # --- statements
    for st in facts.statements.values():
        node = NamedNode(f"{ID}statement/{ahash}/{st.key}")
        yield q(node, _TYPE, nkg("Statement"))
        yield q(node, _LABEL, Literal(_short(st.text)))
        yield q(node, nkg("text"), Literal(st.text))
        yield q(node, nkg("direct"), Literal("true" if st.direct else "false", datatype=NamedNode(XSD + "boolean")))
        yield q(node, nkg("cue"), Literal(st.cue))
        if st.speaker:
            yield q(node, nkg("speaker"), entity_iri(st.speaker))
        if st.about and st.about in event_nodes:
            yield q(node, nkg("about"), event_nodes[st.about])
        for key in st.quantities:
            yield q(node, nkg("quantity"), quantity_nodes[key])
        yield from mentioned(node, [st.mention])


def _dates(q, node: NamedNode, t) -> Iterator[Quad]:
    """The date, or start and end dates, of a time expression, on `node` (the expression or its event)."""
    if t.value:
        yield q(node, nkg("date"), _date_literal(t.value))
    if t.start:
        yield q(node, nkg("startDate"), _date_literal(t.start))
    if t.end:
        yield q(node, nkg("endDate"), _date_literal(t.end))


def _entity_types(q, node: NamedNode, kind: str) -> Iterator[Quad]:
    for cls in ENTITY_CLASSES[kind]:
        yield q(node, _TYPE, nkg(cls))


def _entity(q, ent: Entity, mentioned) -> Iterator[Quad]:
    node = entity_iri(ent.key)
    yield from _entity_types(q, node, ent.kind)
    yield q(node, _LABEL, Literal(ent.name))
    for alias in sorted(ent.aliases):
        yield q(node, _ALT, Literal(alias))
    for key in sorted(name_keys(ent)):
        yield q(node, nkg("nameKey"), Literal(key))
    for role in ent.roles:
        yield q(node, nkg("role"), Literal(role))
    if ent.geonames_id:
        yield q(node, nkg("geonamesId"), Literal(str(ent.geonames_id), datatype=NamedNode(XSD + "integer")))
        yield q(node, NamedNode(OWL + "sameAs"), NamedNode(f"{GEONAMES}{ent.geonames_id}/"))
    if ent.lat is not None and ent.long is not None:
        yield q(node, NamedNode(GEO + "lat"), _decimal(ent.lat))
        yield q(node, NamedNode(GEO + "long"), _decimal(ent.long))
    if ent.country_key:
        yield q(node, nkg("country"), entity_iri(ent.country_key))
    yield q(node, nkg("confidence"), _decimal(ent.confidence))
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
