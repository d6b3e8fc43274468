"""The same contract on every store: embedded, a real Oxigraph server, Virtuoso, and `kg serve`.

Servers are started by the tests on loopback and stopped after; a missing server binary fails the
test with what to install.
"""

from __future__ import annotations

import re

import pytest

import kg
from kg.errors import StoreError
from kg.sparql import named_queries
from kg.store.remote import RemoteStore
from servers import oxigraph_server, virtuoso_server

SEED_DATE = "2025-05-24"
VALUES = {"place": "Kyiv", "actor": "Russia", "entity": "Zelensky"}


@pytest.fixture(scope="module")
def embedded(tmp_path_factory, seed_path):
    store = kg.open_store(tmp_path_factory.mktemp("embedded") / "store")
    kg.ingest([str(seed_path)], store=store, date=SEED_DATE)
    yield store
    store.close()


@pytest.fixture(scope="module", params=["oxigraph", "virtuoso"])
def server(request, tmp_path_factory, seed_path):
    """A real server with the seed article ingested through kg."""
    start = {"oxigraph": oxigraph_server, "virtuoso": virtuoso_server}[request.param]
    with start(tmp_path_factory.mktemp(request.param)) as url:
        store = RemoteStore(url)
        report = kg.ingest([str(seed_path)], store=store, date=SEED_DATE)
        assert report.added == 1 and not report.errors
        yield request.param, store


@pytest.fixture(scope="module")
def served(embedded):
    from kg.serve import SparqlServer

    server = SparqlServer(embedded, "127.0.0.1", 0).start()
    yield server
    server.stop()


def rows(store, name: str) -> list[tuple]:
    """The rows of a named query, each cell's value, lists in a cell sorted, rows sorted."""
    query = named_queries()[name]
    params = {p.name: VALUES[p.name] for p in query.params if not p.optional}
    result = kg.query(name, store=store, params=params)

    def norm(term) -> str:
        if term is None:
            return ""
        value = term.value
        if re.fullmatch(r"-?\d+\.\d+", value):
            value = str(float(value))
        for sep in ("; ", ", "):
            if sep in value and not value.startswith(("http", "In ", "On ")):
                return sep.join(sorted(value.split(sep)))
        return value

    return sorted(tuple(norm(t) for t in row) for row in result.rows)


def kg_quads(store) -> set:
    return {(q.subject.value, q.predicate.value, str(q.object), q.graph_name.value) for q in store.quads()}


def test_server_holds_the_same_quads_as_the_embedded_store(server, embedded):
    _, store = server
    assert kg_quads(store) == kg_quads(embedded)


@pytest.mark.parametrize("name", sorted(named_queries()))
def test_named_query_gives_the_same_rows_on_the_server(server, embedded, name):
    _, store = server
    assert rows(store, name) == rows(embedded, name)


def test_reingest_into_the_server_changes_nothing(server, seed_path):
    _, store = server
    before = len(kg_quads(store))
    report = kg.ingest([str(seed_path)], store=store, date=SEED_DATE)
    assert report.unchanged == 1 and len(kg_quads(store)) == before


def test_changed_article_replaces_the_old_graph_on_the_server(server):
    from kg.records import Article
    import datetime as dt

    _, store = server
    text = "Talks resume\n\nFrench President Emmanuel Macron met German officials in Berlin on Monday."
    kg.ingest([Article(id="changing", text=text, published=dt.date(2024, 5, 1))], store=store)
    kg.ingest([Article(id="changing", text=text.replace("Berlin", "Madrid"), published=dt.date(2024, 5, 1))],
              store=store)
    result = kg.query("""SELECT ?l WHERE { GRAPH ?g { ?g dcterms:identifier "changing" . ?x a nkg:City ; rdfs:label ?l } }""",
                      store=store)
    assert [r[0].value for r in result.rows] == ["Madrid"]


def test_sparql_update_fallback_writes_in_batches(server, seed_path, tmp_path):
    """With no Graph Store, kg writes through SPARQL Update in batches and still gets every quad in."""
    name, store = server
    update_only = RemoteStore(store.endpoint, update_endpoint=store.update_endpoint, graph_store="")
    from kg.records import Article
    import datetime as dt

    text = "Storm\n\nA storm hit Lisbon on Monday, the Portuguese government said, and 12 people were injured."
    kg.ingest([Article(id="by-update", text=text, published=dt.date(2024, 5, 1))], store=update_only)
    assert kg.query('ASK { GRAPH ?g { ?g dcterms:identifier "by-update" ; nkg:contentHash ?h } }', store=store).boolean


def test_unreachable_server_is_a_store_error():
    from servers import free_port

    store = RemoteStore(f"http://127.0.0.1:{free_port()}/query")
    with pytest.raises((StoreError,)) as info:
        store.article_hash(kg.mapping.article_iri(kg.records.Article(id="x", text="x")))
    assert "cannot reach" in str(info.value)


# ------------------------------------------------------------------ kg serve, with SPARQLWrapper as the client

def sparqlwrapper(server, query: str, fmt: str):
    from SPARQLWrapper import SPARQLWrapper

    client = SPARQLWrapper(server.url)
    client.setQuery(query)
    client.setReturnFormat(fmt)
    return client.query()


SELECT_CITIES = "PREFIX nkg: <https://w3id.org/newskg/ontology#> SELECT ?x WHERE { ?x a nkg:City }"


@pytest.mark.parametrize("fmt, media", [("json", "application/sparql-results+json"),
                                        ("xml", "application/sparql-results+xml"),
                                        ("csv", "text/csv"), ("tsv", "text/tab-separated-values")])
def test_serve_answers_select_in_each_results_format(served, fmt, media):
    response = sparqlwrapper(served, SELECT_CITIES, fmt)
    assert response.response.headers["Content-Type"].startswith(media)
    converted = response.convert()
    if fmt == "json":
        assert len(converted["results"]["bindings"]) == 4
    else:
        assert b"geo/703448" in (converted if isinstance(converted, bytes) else converted.toxml().encode())


def test_serve_answers_construct_in_turtle(served):
    response = sparqlwrapper(served, "PREFIX nkg: <https://w3id.org/newskg/ontology#> "
                                     "CONSTRUCT WHERE { ?x a nkg:City }", "turtle")
    assert "geo/703448" in response.convert().decode()


def test_serve_refuses_updates(served):
    import urllib.error
    import urllib.request

    req = urllib.request.Request(served.url, data=b"DROP ALL", method="POST",
                                 headers={"Content-Type": "application/sparql-update"})
    with pytest.raises(urllib.error.HTTPError) as info:
        urllib.request.urlopen(req)
    assert info.value.code == 403


def test_serve_reports_invalid_sparql_as_bad_request(served):
    from SPARQLWrapper.SPARQLExceptions import QueryBadFormed

    with pytest.raises(QueryBadFormed):
        sparqlwrapper(served, "SELECT ?x WHERE {", "json")


@pytest.mark.parametrize("name", sorted(named_queries()))
def test_named_query_gives_the_same_rows_through_kg_serve(served, embedded, name):
    assert rows(RemoteStore(served.url), name) == rows(embedded, name)


def test_serve_page_offers_a_query_box(served):
    import urllib.request

    page = urllib.request.urlopen(served.url.rsplit("/", 1)[0] + "/").read().decode()
    assert "<textarea" in page and "sparql" in page
