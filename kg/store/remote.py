"""Any SPARQL 1.1 server as the store: queries through the SPARQL Protocol (SPARQLWrapper),
article graphs written through the Graph Store HTTP Protocol where the server has it, else
SPARQL Update in batches.
"""

from __future__ import annotations

import json
import logging
import socket
import time
import urllib.error
from collections.abc import Iterator

from pyoxigraph import NamedNode, Quad, QueryBoolean, QueryResultsFormat, RdfFormat, parse, parse_query_results, serialize

from kg.errors import QueryError, QueryTimeoutError, StoreError, first_line
from kg.vocab import NKG, ONTOLOGY_GRAPH, XSD

log = logging.getLogger(__name__)

# Virtuoso refuses INSERT DATA requests much above a thousand triples.
UPDATE_BATCH = 1000
RETRIES = 3


def derive_endpoints(query_url: str) -> tuple[str, str | None]:
    """Return (update URL, Graph Store URL or None) for a server's query URL.

    >>> derive_endpoints("http://127.0.0.1:7878/query")
    ('http://127.0.0.1:7878/update', 'http://127.0.0.1:7878/store')
    >>> derive_endpoints("http://127.0.0.1:8890/sparql")
    ('http://127.0.0.1:8890/sparql', 'http://127.0.0.1:8890/sparql-graph-crud')
    """
    base = query_url.rstrip("/")
    if base.endswith("/query"):  # Oxigraph, Fuseki (/ds/query -> /ds/update, /ds/data)
        root = base[: -len("/query")]
        return root + "/update", root + "/store"
    if base.endswith("/sparql"):  # Virtuoso
        return base, base + "-graph-crud"
    if "/repositories/" in base:  # GraphDB, RDF4J
        return base + "/statements", base + "/rdf-graphs/service"
    return base, None


class RemoteStore:
    """A SPARQL 1.1 server reached over HTTP."""

    def __init__(self, endpoint: str, *, update_endpoint: str | None = None, graph_store: str | None = None,
                 user: str | None = None, password: str | None = None, timeout: float = 60.0) -> None:
        self.endpoint = endpoint
        derived_update, derived_store = derive_endpoints(endpoint)
        self.update_endpoint = update_endpoint or derived_update
        self.graph_store = graph_store if graph_store is not None else (None if update_endpoint else derived_store)
        self.auth = (user, password) if user else None
        self.timeout = timeout

    def __enter__(self) -> "RemoteStore":
        return self

    def __exit__(self, *exc) -> None:
        self.close()

    # ------------------------------------------------------------------ reading

    def select(self, query: str, *, timeout: float | None = None, memory_mb: int | None = None):
        """Run a query on the server; return pyoxigraph results (solutions, triples or a boolean).

        `timeout` bounds this request (else the store's); memory is the server's to limit.
        """
        from SPARQLWrapper import SPARQLWrapper
        from SPARQLWrapper.SPARQLExceptions import QueryBadFormed, SPARQLWrapperException

        client = SPARQLWrapper(self.endpoint)
        client.setQuery(query)
        client.setMethod("POST")
        client.setTimeout(max(1, round(timeout if timeout is not None else self.timeout)))  # whole seconds only
        if self.auth:
            client.setCredentials(*self.auth)
        construct = client.queryType in ("CONSTRUCT", "DESCRIBE")
        client.setReturnFormat("n3" if construct else "json")
        client.addCustomHttpHeader("Accept", "application/n-triples" if construct else "application/sparql-results+json")
        seconds = timeout if timeout is not None else self.timeout

        def fetch() -> bytes:
            # A query that outlives its timeout is stopped, not retried: it would time out again.
            try:
                return client.query().response.read()
            except (TimeoutError, socket.timeout) as exc:
                raise QueryTimeoutError(f"query stopped after {seconds:g} s waiting for {self.endpoint} "
                                        "(the timeout; raise it with --timeout)") from exc
            except urllib.error.URLError as exc:
                if isinstance(exc.reason, (TimeoutError, socket.timeout)):
                    raise QueryTimeoutError(f"query stopped after {seconds:g} s waiting for {self.endpoint} "
                                            "(the timeout; raise it with --timeout)") from exc
                raise

        try:
            raw = self._retry(fetch)
        except QueryBadFormed as exc:
            raise QueryError(f"invalid SPARQL (server said: {first_line(exc)})") from exc
        except SPARQLWrapperException as exc:
            raise QueryError(f"query failed at {self.endpoint}: {first_line(exc)}") from exc
        if construct:
            return (q.triple for q in parse(raw, format=RdfFormat.N_TRIPLES))
        result = parse_query_results(_canonical_booleans(raw), format=QueryResultsFormat.JSON)
        if client.queryType == "ASK" and not isinstance(result, QueryBoolean):
            # Virtuoso answers some ASK queries as a one-cell table (__ASK_RETVAL = 1)
            return any(term is not None and term.value in ("1", "true") for row in result for term in row)
        return result

    def article_hash(self, article: NamedNode) -> str | None:
        """Return the content hash stored for `article`, None if it is not stored."""
        rows = self.select(f"SELECT ?h WHERE {{ GRAPH {article} {{ {article} <{NKG}contentHash> ?h }} }}")
        for row in rows:
            return row["h"].value
        return None

    def quads(self) -> Iterator[Quad]:
        """Iterate over the quads of kg's graphs on the server (articles and the ontology, not the server's own)."""
        rows = self.select(f"""SELECT ?s ?p ?o ?g WHERE {{
            GRAPH ?g {{ ?s ?p ?o }}
            FILTER (?g = <{ONTOLOGY_GRAPH}> || EXISTS {{ GRAPH ?g {{ ?g a <{NKG}Article> }} }}) }}""")
        for row in rows:
            yield Quad(row["s"], row["p"], row["o"], row["g"])

    # ------------------------------------------------------------------ writing

    def put_article(self, article: NamedNode, quads: list[Quad], *, replace: bool) -> None:
        """Write the article's graph: one Graph Store PUT (atomic), else DROP + INSERT DATA batches."""
        triples = [q.triple for q in quads]
        if self.graph_store:
            body = serialize(triples, format=RdfFormat.N_TRIPLES)
            try:
                # N-Triples is Turtle; every Graph Store implementation reads text/turtle.
                self._retry(lambda: self._http("PUT", self.graph_store, body, "text/turtle",
                                               params={"graph": article.value}))
                return
            except StoreError as exc:
                if "404" not in str(exc) and "405" not in str(exc):
                    raise
                log.info("no Graph Store at %s, falling back to SPARQL Update", self.graph_store)
                self.graph_store = None
        # The content hash goes in the last batch: an article cut off half-way has none, so the
        # next ingest sees it as missing and writes it again.
        hash_last = sorted(triples, key=lambda t: t.predicate.value == NKG + "contentHash")
        triples = hash_last
        self._update(f"DROP SILENT GRAPH {article}")
        for i in range(0, len(triples), UPDATE_BATCH):
            body = " .\n".join(f"{t.subject} {t.predicate} {t.object}" for t in triples[i:i + UPDATE_BATCH])
            self._update(f"INSERT DATA {{ GRAPH {article} {{\n{body} .\n}} }}")

    def put_articles(self, articles: list[tuple[NamedNode, list[Quad] | bytes]]) -> None:
        """Store several new articles, one graph write each."""
        from kg.pipeline import as_quads

        for iri, quads in articles:
            self.put_article(iri, as_quads(quads), replace=False)

    def _update(self, update: str) -> None:
        from urllib.parse import urlencode

        self._retry(lambda: self._http("POST", self.update_endpoint, urlencode({"update": update}).encode(),
                                       "application/x-www-form-urlencoded"))

    def _http(self, method: str, url: str, body: bytes, content_type: str, params: dict | None = None) -> bytes:
        import base64
        import urllib.error
        import urllib.parse
        import urllib.request

        if params:
            key = "graph-uri" if url.endswith("sparql-graph-crud") else "graph"
            url += ("&" if "?" in url else "?") + urllib.parse.urlencode({key: v for v in params.values()})
        req = urllib.request.Request(url, data=body, method=method, headers={"Content-Type": content_type})
        if self.auth:
            token = base64.b64encode(f"{self.auth[0]}:{self.auth[1]}".encode()).decode()
            req.add_header("Authorization", f"Basic {token}")
        try:
            with urllib.request.urlopen(req, timeout=self.timeout) as resp:
                return resp.read()
        except urllib.error.HTTPError as exc:
            detail = exc.read()[:200].decode("utf-8", "replace").strip()
            raise StoreError(f"{method} {url} failed: HTTP {exc.code} {detail}") from exc
        except (urllib.error.URLError, OSError) as exc:
            raise StoreError(f"cannot reach {url}: {getattr(exc, 'reason', exc)}") from exc

    def _retry(self, call):
        """Run `call`, retrying with back-off when the server is unreachable or overloaded."""
        delay = 0.5
        for attempt in range(RETRIES):
            try:
                return call()
            except Exception as exc:
                transient = _transient(exc)
                if not transient or attempt == RETRIES - 1:
                    if transient:
                        raise StoreError(f"cannot reach SPARQL server {self.endpoint}: {first_line(exc)}") from exc
                    raise
                log.warning("%s; retrying in %.1fs", first_line(exc), delay)
                time.sleep(delay)
                delay *= 2
        raise AssertionError("unreachable")

    def close(self) -> None:
        """Nothing to release: every request is complete when it returns."""


def _transient(exc: BaseException) -> bool:
    import urllib.error

    text = str(exc)
    if isinstance(exc, StoreError):
        return "cannot reach" in text or any(f"HTTP {c}" in text for c in (429, 502, 503, 504))
    return isinstance(exc, (urllib.error.URLError, ConnectionError, TimeoutError)) or "Connection refused" in text


_BOOLEAN = XSD + "boolean"


def _canonical_booleans(raw: bytes) -> bytes:
    """SPARQL JSON results with xsd:boolean values written "true"/"false", as the embedded store has
    them: Virtuoso writes "1"/"0", and results read from it must compare equal to the embedded ones."""
    if _BOOLEAN.encode() not in raw:
        return raw
    data = json.loads(raw)
    for row in data.get("results", {}).get("bindings", []):
        for term in row.values():
            if term.get("datatype") == _BOOLEAN and term.get("value") in ("1", "0"):
                term["value"] = "true" if term["value"] == "1" else "false"
    return json.dumps(data).encode()
