"""`kg serve`: the embedded store as a SPARQL 1.1 Protocol endpoint, with a page to type queries in.

GET and POST queries (``query=`` parameter, form, or an ``application/sparql-query`` body);
results by content negotiation: SPARQL JSON, XML, CSV, TSV for SELECT/ASK, Turtle or N-Triples
for CONSTRUCT/DESCRIBE. Read-only: updates are refused. Bound to 127.0.0.1 unless told otherwise.
"""

from __future__ import annotations

import logging
import threading
from http import HTTPStatus
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from urllib.parse import parse_qs, urlparse

from kg.errors import QueryError

log = logging.getLogger(__name__)

_RESULT_TYPES = {  # media type -> pyoxigraph QueryResultsFormat name
    "application/sparql-results+json": "JSON", "application/json": "JSON",
    "application/sparql-results+xml": "XML", "application/xml": "XML",
    "text/csv": "CSV", "text/tab-separated-values": "TSV",
}
_GRAPH_TYPES = {"text/turtle": "TURTLE", "application/n-triples": "N_TRIPLES", "text/plain": "N_TRIPLES",
                "application/ld+json": "JSON_LD"}


def _negotiate(accept: str, offered: dict[str, str], default: str) -> str:
    """Pick the offered media type the Accept header prefers (q-values honoured)."""
    best, best_q = default, -1.0
    for position, item in enumerate(accept.split(",")):
        parts = [p.strip() for p in item.split(";")]
        media, q = parts[0].lower(), 1.0
        for p in parts[1:]:
            if p.startswith("q="):
                try:
                    q = float(p[2:])
                except ValueError:
                    q = 0.0
        candidates = [media] if media in offered else ([default] if media in ("*/*", "application/*", "text/*") else [])
        for c in candidates:
            score = q - position * 1e-6  # earlier wins among equals
            if score > best_q:
                best, best_q = c, score
    return best


class SparqlServer:
    """A running endpoint over a store; `url` is its query URL."""

    def __init__(self, store, host: str = "127.0.0.1", port: int = 7878) -> None:
        self.store = store
        handler = type("Handler", (_Handler,), {"store": store})
        self.httpd = ThreadingHTTPServer((host, port), handler)
        self.host, self.port = self.httpd.server_address[:2]
        self._thread: threading.Thread | None = None

    @property
    def url(self) -> str:
        return f"http://{self.host}:{self.port}/sparql"

    def serve_forever(self) -> None:
        """Serve until interrupted."""
        self.httpd.serve_forever()

    def start(self) -> "SparqlServer":
        """Serve in a background thread (for tests and notebooks)."""
        self._thread = threading.Thread(target=self.httpd.serve_forever, daemon=True)
        self._thread.start()
        return self

    def stop(self) -> None:
        """Stop serving and close the socket."""
        self.httpd.shutdown()
        self.httpd.server_close()


class _Handler(BaseHTTPRequestHandler):
    store = None
    server_version = "kg-sparql/0.1"

    def log_message(self, fmt: str, *args) -> None:  # route access logs to logging, not stderr
        log.info("%s " + fmt, self.address_string(), *args)

    def do_GET(self) -> None:
        url = urlparse(self.path)
        params = parse_qs(url.query)
        if url.path in ("/", "/index.html") and "query" not in params:
            return self._page()
        if url.path == "/queries":
            return self._named_queries()
        if url.path not in ("/", "/sparql", "/query"):
            return self._error(HTTPStatus.NOT_FOUND, "not found: the endpoint is /sparql")
        if "update" in params:
            return self._error(HTTPStatus.FORBIDDEN, "this endpoint is read-only")
        query = params.get("query", [None])[0]
        if not query:
            return self._error(HTTPStatus.BAD_REQUEST, "missing query parameter")
        self._answer(query)

    def do_POST(self) -> None:
        url = urlparse(self.path)
        if url.path not in ("/", "/sparql", "/query"):
            return self._error(HTTPStatus.NOT_FOUND, "not found: the endpoint is /sparql")
        length = int(self.headers.get("Content-Length") or 0)
        body = self.rfile.read(length).decode("utf-8", "replace")
        ctype = (self.headers.get("Content-Type") or "").split(";")[0].strip().lower()
        if ctype == "application/sparql-update" or (ctype == "application/x-www-form-urlencoded" and "update" in parse_qs(body)):
            return self._error(HTTPStatus.FORBIDDEN, "this endpoint is read-only")
        if ctype == "application/sparql-query":
            query = body
        elif ctype == "application/x-www-form-urlencoded":
            query = parse_qs(body).get("query", [None])[0]
        else:
            return self._error(HTTPStatus.UNSUPPORTED_MEDIA_TYPE,
                               "POST application/sparql-query or an application/x-www-form-urlencoded form")
        if not query:
            return self._error(HTTPStatus.BAD_REQUEST, "missing query")
        self._answer(query)

    def _answer(self, query: str) -> None:
        from pyoxigraph import QueryBoolean, QueryResultsFormat, QuerySolutions, RdfFormat, serialize

        from kg.sparql import with_prefixes

        accept = self.headers.get("Accept") or "*/*"
        try:
            result = self.store.select(with_prefixes(query))
        except QueryError as exc:
            return self._error(HTTPStatus.BAD_REQUEST, str(exc))
        if isinstance(result, (QuerySolutions, QueryBoolean)):
            media = _negotiate(accept, _RESULT_TYPES, "application/sparql-results+json")
            data = result.serialize(format=getattr(QueryResultsFormat, _RESULT_TYPES[media]))
        else:
            media = _negotiate(accept, _GRAPH_TYPES, "text/turtle")
            data = serialize(result, format=getattr(RdfFormat, _GRAPH_TYPES[media]))
        charset = "; charset=utf-8" if media.startswith("text/") or "json" in media or "xml" in media else ""
        self._send(HTTPStatus.OK, data, media + charset)

    def _page(self) -> None:
        from kg.resources import page_text

        self._send(HTTPStatus.OK, page_text("query.html").encode("utf-8"), "text/html; charset=utf-8")

    def _named_queries(self) -> None:
        import json

        from kg.sparql import named_queries

        listing = [{"name": q.name, "summary": q.summary, "text": q.text} for q in named_queries().values()]
        self._send(HTTPStatus.OK, json.dumps(listing).encode("utf-8"), "application/json")

    def _error(self, status: HTTPStatus, message: str) -> None:
        self._send(status, (message + "\n").encode("utf-8"), "text/plain; charset=utf-8")

    def _send(self, status: HTTPStatus, data: bytes, media: str) -> None:
        self.send_response(status)
        self.send_header("Content-Type", media)
        self.send_header("Content-Length", str(len(data)))
        self.send_header("Access-Control-Allow-Origin", "*")
        self.end_headers()
        self.wfile.write(data)
