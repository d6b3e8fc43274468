"""RDF -> a networkx graph people can look at, by view and filters.

Views:
- ``facts``: actors, places, events and statements as nodes; roles (agent, participant, target,
  place, speaker, about) as labelled edges.
- ``actors``: actors only; an edge for each pair that takes part in the same event, or where one
  speaks about an event of the other, weighted by how often, with the events as edge data.

Every node has id (IRI), label, type, articles (count), first and last date; events also date and
quantities; statements text, cue and direct. Attribute values are flat (strings, numbers,
booleans) so every graph format can take them. The projection reads the store with the queries
in ``queries/graph/``, so it works the same on the embedded store and on a SPARQL server.
"""

from __future__ import annotations

import logging
from collections import defaultdict
from dataclasses import dataclass

import networkx as nx

from kg.errors import ExportError

log = logging.getLogger(__name__)

VIEWS = ("facts", "actors")
ACTOR_KINDS = {"Person", "Organization", "GeopoliticalEntity", "Group"}
PLACE_KINDS = {"City", "Location"}
# The class a node shows as when it has several (a GeopoliticalEntity is also an Actor and a Location).
_KIND_ORDER = ["Person", "Organization", "GeopoliticalEntity", "Group", "City", "Location"]


@dataclass
class Filters:
    """What to keep: event dates, node or event types, one article, an entity's neighbourhood."""

    since: str | None = None
    until: str | None = None
    types: tuple[str, ...] = ()
    article: str | None = None
    entity: str | None = None
    hops: int = 1
    max_nodes: int | None = None

    def __post_init__(self) -> None:
        # Dates compare as text against the events' ISO dates: anything but a real date (2025-13-45,
        # "last week") would filter silently and wrongly, so it is refused here.
        for name in ("since", "until"):
            value = getattr(self, name)
            if value is not None:
                setattr(self, name, _filter_date(name, value))


def _filter_date(name: str, value: object) -> str:
    """`value` as YYYY-MM-DD, YYYY-MM or YYYY, checked against the calendar; ExportError naming the option if not."""
    import datetime as dt
    import re

    if isinstance(value, dt.date):
        return value.isoformat()[:10]
    text = str(value).strip()
    m = re.fullmatch(r"(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?", text)
    try:
        if m is None:
            raise ValueError
        dt.date(int(m[1]), int(m[2] or 1), int(m[3] or 1))
    except ValueError:
        raise ExportError(f"--{name} {value!r} is not a date; write YYYY-MM-DD (or YYYY-MM, YYYY)") from None
    return text


def _rows(store, name: str) -> list[dict[str, str | None]]:
    from kg.sparql import NamedQuery, run
    from kg.resources import graph_query

    result = run(store, NamedQuery(name=f"graph/{name}", text=graph_query(name)))
    return [{v: (t.value if t is not None else None) for v, t in zip(result.variables, row)} for row in result.rows]


def _local(iri: str | None) -> str | None:
    return iri.rsplit("#", 1)[-1] if iri else None


def project(store, view: str = "facts", filters: Filters | None = None) -> nx.DiGraph:
    """Return the store's graph as a networkx DiGraph for `view`, filtered."""
    if view not in VIEWS:
        raise ExportError(f"unknown view {view!r}; choose one of {', '.join(VIEWS)}")
    f = filters or Filters()
    _check_types(f.types)
    g = nx.DiGraph(view=view)
    articles: dict[str, set[str]] = defaultdict(set)
    dates: dict[str, set[str]] = defaultdict(set)

    def article_ok(article: str | None) -> bool:
        return f.article is None or article == f.article or (article or "").endswith(f.article)

    for r in _rows(store, "actors"):
        if not article_ok(r["article"]):
            continue
        node, kind = r["node"], _local(r["class"])
        if node in g:
            if _KIND_ORDER.index(kind) < _KIND_ORDER.index(g.nodes[node]["type"]):
                g.nodes[node]["type"] = kind
        else:
            g.add_node(node, label=r["label"], type=kind, group="actor" if kind in ACTOR_KINDS else "place")
        articles[node].add(r["article"])
        if r["published"]:
            dates[node].add(r["published"])

    for r in _rows(store, "events"):
        if not article_ok(r["article"]):
            continue
        node = r["node"]
        date = r["date"] or r["start"]
        g.add_node(node, label=r["label"], type=_local(r["class"]), group="event", date=date or "",
                   end_date=r["end"] or "")
        articles[node].add(r["article"])
        if date:
            dates[node].add(date)
            if r["end"]:
                dates[node].add(r["end"])

    for r in _rows(store, "statements"):
        if not article_ok(r["article"]):
            continue
        node = r["node"]
        g.add_node(node, label=r["label"], type="Statement", group="statement", text=r["text"], cue=r["cue"],
                   direct=r["direct"] in ("true", "1"))
        articles[node].add(r["article"])
        if r["published"]:
            dates[node].add(r["published"])

    quantities: dict[str, list[str]] = defaultdict(list)
    for r in _rows(store, "quantities"):
        text = " ".join(x for x in (r["qualifier"], r["value"], r["unit"]) if x)
        quantities[r["node"]].append(text)

    for r in _rows(store, "edges"):
        s, role, o = r["source"], r["role"], r["target"]
        if s not in g or o not in g:
            continue
        if role == "participant" and g.has_edge(s, o):
            continue  # the agent edge says more
        g.add_edge(s, o, role=role, weight=1)

    # Dates of actors and places: of the events they take part in, else of their articles.
    for s, o, data in g.edges(data=True):
        if g.nodes[s].get("group") == "event" and g.nodes[s].get("date"):
            dates[o].add(g.nodes[s]["date"])
        if data["role"] == "about" and g.nodes[o].get("date"):
            dates[s].add(g.nodes[o]["date"])
    for node, data in g.nodes(data=True):
        data["id"] = node
        data["articles"] = len(articles[node])
        ds = sorted(d[:10] for d in dates[node] if d and len(d) >= 4)
        data["first"] = ds[0] if ds else ""
        data["last"] = ds[-1] if ds else ""
        if data.get("group") == "event":
            data["quantities"] = "; ".join(sorted(quantities.get(node, [])))

    g = _filter(g, f)
    if view == "actors":
        g = _actors_view(g)
    return _cut(g, f.max_nodes)


def _check_types(types: tuple[str, ...]) -> None:
    """A --type that is no class of the ontology is a typo: refuse it (with near spellings) rather than
    write an empty graph."""
    from kg.taxonomy import known_class, unknown_class_message

    for t in types:
        if known_class(t.split("#")[-1].split(":")[-1].strip()) is None:
            raise ExportError(f"--type {unknown_class_message(t)}")


def _filter(g: nx.DiGraph, f: Filters) -> nx.DiGraph:
    if f.since or f.until or f.types:
        from kg.taxonomy import taxonomy

        types = taxonomy()
        wanted = {t.lower() for t in f.types}

        def event_ok(data) -> bool:
            date = data.get("date") or ""
            if f.since and (not date or date < f.since):
                return False
            if f.until and (not date or date[: len(f.until)] > f.until):
                return False
            if wanted and data["type"].lower() not in wanted:
                ancestors = {a.lower() for a in getattr(types.get(data["type"]), "ancestors", ())}
                return bool(wanted & ancestors)
            return True

        keep_events = {n for n, d in g.nodes(data=True) if d.get("group") == "event" and event_ok(d)}
        keep = set(keep_events)
        type_hits = {n for n, d in g.nodes(data=True) if d.get("group") != "event" and d["type"].lower() in wanted}
        if wanted and type_hits and not keep_events:
            keep = type_hits | {m for n in type_hits for m in nx.all_neighbors(g, n) if g.nodes[m].get("group") != "event"}
        for n in list(keep_events):
            for m in nx.all_neighbors(g, n):
                if g.nodes[m].get("group") == "statement":
                    keep.add(m)
                    keep.update(nx.all_neighbors(g, m))
                else:
                    keep.add(m)
        g = g.subgraph(keep).copy()
    if f.entity:
        needle = f.entity.lower()
        centres = [n for n, d in g.nodes(data=True) if needle in d["label"].lower() and d.get("group") in ("actor", "place")]
        if not centres:
            raise ExportError(f"no actor or place named like {f.entity!r} in the graph")
        undirected = g.to_undirected(as_view=True)
        keep = set()
        for c in centres:
            keep.update(nx.single_source_shortest_path_length(undirected, c, cutoff=f.hops))
        g = g.subgraph(keep).copy()
    return g


def _actors_view(g: nx.DiGraph) -> nx.DiGraph:
    """Actors only; an edge per pair that meets in events (or speaks about one), weighted."""
    out = nx.Graph(view="actors")
    for n, d in g.nodes(data=True):
        if d.get("group") == "actor":
            out.add_node(n, **d)
    pair_events: dict[tuple[str, str], set[str]] = defaultdict(set)
    for n, d in g.nodes(data=True):
        if d.get("group") != "event":
            continue
        actors = {m for m in g.successors(n) if g.nodes[m].get("group") == "actor"}
        for st in g.predecessors(n):  # speakers of statements about this event
            if g.nodes[st].get("group") == "statement":
                actors.update(m for m in g.successors(st) if g.nodes[m].get("group") == "actor")
        for a in actors:
            for b in actors:
                if a < b:
                    pair_events[(a, b)].add(n)
    for (a, b), events in pair_events.items():
        labels = sorted(g.nodes[e]["label"] for e in events)
        out.add_edge(a, b, role="co-occurs", weight=len(events), events="; ".join(labels))
    return out


def _cut(g, max_nodes: int | None):
    """Keep the `max_nodes` best-connected nodes, and say so in the graph's attributes."""
    total = g.number_of_nodes()
    g.graph["total_nodes"] = total
    g.graph["cut"] = False
    if max_nodes is None or total <= max_nodes:
        return g
    ranked = sorted(g.degree(weight="weight"), key=lambda nd: (-nd[1], nd[0]))[:max_nodes]
    cut = g.subgraph(n for n, _ in ranked).copy()
    cut.graph.update(g.graph, cut=True, total_nodes=total)
    log.warning("graph cut to the %d best-connected of %d nodes", max_nodes, total)
    return cut
