"""`kg serve`: the embedded store as a SPARQL 1.1 Protocol endpoint, with a page to type queries in.

GET and POST queries (``query=`` parameter, form, or an ``application/sparql-query`` body);
results by content negotiation: SPARQL JSON, XML, CSV, TSV for SELECT/ASK, Turtle or N-Triples
for CONSTRUCT/DESCRIBE. ``GET /queries`` lists the shipped named queries with their parameters and
``GET /queries/NAME?PARAM=VALUE`` runs one, with its parameters bound as ``kg query`` binds them.
Read-only: updates are refused. Bound to 127.0.0.1 unless told otherwise.

The HTTP side is waitress (a maintained WSGI server): requests are read by one event loop, so slow or
half-open connections hold no thread; idle ones are closed after `idle_timeout`; past
`max_connections` no more are accepted; malformed requests get a 400. Queries run in worker
processes (kg.worker), each stopped at `timeout` seconds, at its memory limit, or when its client
goes away, and each reads the store as it is now, so articles ingested while serving are seen.
A request must name this server in its Host header (a web page cannot read the store through DNS
rebinding); CORS headers are sent only for the origin given with `cors`.
"""

from __future__ import annotations

import ipaddress
import json
import logging
import os
import socket
import threading
from collections.abc import Callable, Iterable
from http import HTTPStatus
from pathlib import Path
from urllib.parse import parse_qs

from kg.errors import (QueryCancelledError, QueryError, QueryRefusedError, QueryResourceError, QuerySyntaxError,
                       QueryTimeoutError, ServeError, StoreError)

log = logging.getLogger(__name__)

_RESULT_TYPES = {  # media type -> pyoxigraph QueryResultsFormat name
    "application/sparql-results+json": "JSON", "application/json": "JSON",
    "application/sparql-results+xml": "XML", "application/xml": "XML",
    "text/csv": "CSV", "text/tab-separated-values": "TSV",
}
_GRAPH_TYPES = {"text/turtle": "TURTLE", "application/n-triples": "N_TRIPLES", "text/plain": "N_TRIPLES",
                "application/ld+json": "JSON_LD"}
DEFAULT_TIMEOUT = 30.0
DEFAULT_IDLE_TIMEOUT = 10.0
DEFAULT_MAX_CONNECTIONS = 200
THREADS = 4  # queries answered at once; each has a worker process of its own
MAX_BODY = 8 * 2**20
MAX_HEADERS = 256 * 2**10
_LOOPBACK_NAMES = ("localhost", "127.0.0.1", "[::1]")


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


def _is_loopback(host: str) -> bool:
    if host == "localhost":
        return True
    try:
        return ipaddress.ip_address(host.strip("[]")).is_loopback
    except ValueError:
        return False


def allowed_hosts(host: str, port: int) -> Callable[[str], bool]:
    """A test of Host headers for a server bound to `host`:`port`.

    A loopback bind answers only to loopback names (localhost, 127.0.0.1, [::1]) with its port: a
    web page that makes its own name resolve to 127.0.0.1 (DNS rebinding) sends its own name and is
    refused. Other binds also answer to IP addresses (no page can rebind those) and this machine's names.

    >>> ok = allowed_hosts("127.0.0.1", 7878)
    >>> ok("localhost:7878"), ok("127.0.0.1:7878"), ok("[::1]:7878"), ok("evil.example:7878"), ok("localhost:80")
    (True, True, True, False, False)
    >>> open_bind = allowed_hosts("0.0.0.0", 7878)
    >>> open_bind("192.168.1.5:7878"), open_bind("localhost:7878"), open_bind("evil.example:7878")
    (True, True, False)
    """
    names = set(_LOOPBACK_NAMES)
    open_to_ip = not _is_loopback(host)
    if open_to_ip:
        names |= {socket.gethostname().lower(), socket.getfqdn().lower()}

    def ok(header: str) -> bool:
        value = header.strip().lower()
        if value.startswith("["):
            name, _, rest = value[1:].partition("]")
            name, given = f"[{name}]", rest[1:] if rest.startswith(":") else ""
        else:
            name, _, given = value.partition(":")
        if (given or "80") != str(port):
            return False
        if name in names:
            return True
        if open_to_ip:
            try:
                ipaddress.ip_address(name.strip("[]"))
                return True
            except ValueError:
                return False
        return False

    return ok


class SparqlServer:
    """A running endpoint over the on-disk store at `store` (a folder or an EmbeddedStore); `url` is its query URL."""

    def __init__(self, store, host: str = "127.0.0.1", port: int = 7878, *, timeout: float | None = DEFAULT_TIMEOUT,
                 memory_mb: int | None = None, allow_service: bool = False, cors: str | None = None,
                 idle_timeout: float = DEFAULT_IDLE_TIMEOUT, max_connections: int = DEFAULT_MAX_CONNECTIONS) -> None:
        from waitress.server import create_server

        from kg.worker import QueryPool, default_memory_mb

        path = getattr(store, "path", store)
        if path is None:
            raise ServeError("kg serve needs an on-disk store (its queries run in worker processes that open it)")
        self.path = Path(path)
        if not self.path.is_dir():
            raise StoreError(f"no store at {self.path}: ingest articles first (kg ingest PATH) "
                             "or point --store at an existing one")
        self.pool = QueryPool(self.path, keep=THREADS)
        self.app = SparqlApp(self.pool, timeout=timeout, memory_mb=memory_mb or default_memory_mb(),
                             allow_service=allow_service, cors=cors)
        try:
            self.server = create_server(
                self.app, host=host, port=port, threads=THREADS, ident="kg-sparql",
                connection_limit=max_connections, channel_timeout=max(1, round(idle_timeout)),
                cleanup_interval=max(1, round(idle_timeout / 2)),
                # One request read ahead: waitress then notices a client that went away during a query.
                channel_request_lookahead=1, asyncore_use_poll=True,
                max_request_body_size=MAX_BODY, max_request_header_size=MAX_HEADERS,
                expose_tracebacks=False, clear_untrusted_proxy_headers=True)
        except OSError as exc:
            raise ServeError(_bind_error(exc, host, port)) from exc
        self.host, self.port = host, int(self.server.effective_port)
        self.app.host_ok = allowed_hosts(host, self.port)
        self._stopping = threading.Event()
        self._thread: threading.Thread | None = None
        self.pool.warm()  # the first query should not wait for a worker to start

    @property
    def url(self) -> str:
        """The SPARQL query URL."""
        name = f"[{self.host}]" if ":" in self.host else self.host
        return f"http://{name}:{self.port}/sparql"

    def serve_forever(self) -> None:
        """Serve until `stop` (or Ctrl-C in the caller)."""
        from waitress import wasyncore

        try:
            # waitress's own loop runs until its sockets are gone; this one also ends on stop().
            while not self._stopping.is_set():
                wasyncore.loop(timeout=0.2, map=self.server._map, use_poll=True, count=1)
        finally:
            self._shutdown()

    def start(self) -> "SparqlServer":
        """Serve in a background thread (for tests and notebooks)."""
        self._thread = threading.Thread(target=self.serve_forever, daemon=True)
        self._thread.start()
        return self

    def request_stop(self) -> None:
        """Ask the serving loop to end (safe from a signal handler or another thread)."""
        self._stopping.set()

    def stop(self) -> None:
        """Stop serving, close the socket and the worker processes."""
        self._stopping.set()
        if self._thread is not None:
            self._thread.join(timeout=10)
        else:
            self._shutdown()

    def _shutdown(self) -> None:
        if getattr(self, "_closed", False):
            return
        self._closed = True
        from waitress import wasyncore

        # In this order: take no more connections; hang up on the clients (a running query sees its
        # client gone and stops); let the task threads end; only then close the trigger, which a thread
        # finishing an answer pulls (closed first, the thread failed with "Bad file descriptor").
        wasyncore.dispatcher.close(self.server)  # the listening socket only
        trigger = self.server.trigger
        for channel in list(self.server._map.values()):
            if channel is not trigger:
                try:
                    channel.close()
                except OSError:
                    pass
        self.server.task_dispatcher.shutdown(cancel_pending=True, timeout=5)
        for channel in [trigger, *self.server._map.values()]:
            try:
                channel.close()
            except OSError:
                pass
        self.pool.close()


def _bind_error(exc: OSError, host: str, port: int) -> str:
    import errno

    if exc.errno == errno.EADDRINUSE:
        return f"port {port} is in use; pick another with --port"
    if exc.errno in (errno.EADDRNOTAVAIL, errno.EAFNOSUPPORT) or isinstance(exc, socket.gaierror):
        return f"cannot listen on {host}: not an address of this machine (--host)"
    if exc.errno == errno.EACCES:
        return f"no permission to listen on port {port}; use a port above 1023 (--port)"
    return f"cannot listen on {host}:{port}: {exc.strerror or exc}"


class HttpError(Exception):
    """An answer other than 200, with the text to send."""

    def __init__(self, status: HTTPStatus, message: str) -> None:
        super().__init__(message)
        self.status = status


class SparqlApp:
    """The WSGI application: routing, checks, negotiation; queries go to the worker pool."""

    def __init__(self, pool, *, timeout: float | None, memory_mb: int | None, allow_service: bool,
                 cors: str | None) -> None:
        self.pool = pool
        self.timeout = timeout
        self.memory_mb = memory_mb
        self.allow_service = allow_service
        self.cors = cors
        self.host_ok: Callable[[str], bool] = lambda host: True

    def __call__(self, environ: dict, start_response) -> Iterable[bytes]:
        try:
            status, data, media = self._route(environ)
        except HttpError as exc:
            status, data, media = exc.status, (str(exc) + "\n").encode("utf-8"), "text/plain; charset=utf-8"
        headers = [("Content-Type", media), ("Content-Length", str(len(data))),
                   ("X-Content-Type-Options", "nosniff")]
        if self.cors:
            headers += [("Access-Control-Allow-Origin", self.cors), ("Vary", "Origin")]
            if environ.get("REQUEST_METHOD") == "OPTIONS":
                headers += [("Access-Control-Allow-Methods", "GET, POST"),
                            ("Access-Control-Allow-Headers", "Content-Type, Accept")]
        start_response(f"{status.value} {status.phrase}", headers)
        return [data] if environ.get("REQUEST_METHOD") != "HEAD" else [b""]

    def _route(self, environ: dict) -> tuple[HTTPStatus, bytes, str]:
        host = environ.get("HTTP_HOST")
        # Browsers always send Host; a request without one (HTTP/1.0 tools) cannot come from a rebound name.
        if host is not None and not self.host_ok(host):
            raise HttpError(HTTPStatus.MISDIRECTED_REQUEST,
                            f"this server does not answer to the name {host!r}; use http://localhost:PORT/")
        self._refuse_cross_site(environ, host)
        method, path = environ.get("REQUEST_METHOD", "GET"), environ.get("PATH_INFO") or "/"
        params = parse_qs(environ.get("QUERY_STRING", ""))
        if method == "OPTIONS":
            if not self.cors:
                raise HttpError(HTTPStatus.FORBIDDEN, "cross-origin requests are off (kg serve --cors ORIGIN)")
            return HTTPStatus.NO_CONTENT, b"", "text/plain"
        if method not in ("GET", "HEAD", "POST"):
            raise HttpError(HTTPStatus.METHOD_NOT_ALLOWED, "GET or POST a query")
        accept = environ.get("HTTP_ACCEPT") or "*/*"
        disconnected = environ.get("waitress.client_disconnected")
        if method in ("GET", "HEAD"):
            if path in ("/", "/index.html") and "query" not in params:
                from kg.resources import page_text

                return HTTPStatus.OK, page_text("query.html").encode("utf-8"), "text/html; charset=utf-8"
            if path == "/favicon.ico":  # browsers ask for it; an error in their console would be noise
                return HTTPStatus.NO_CONTENT, b"", "image/x-icon"
            if path == "/queries":
                return HTTPStatus.OK, json.dumps(_listing()).encode("utf-8"), "application/json"
            if path.startswith("/queries/"):
                values = {k: v[-1] for k, v in params.items()}
                return self._named(path[len("/queries/"):], values, accept, disconnected)
            if path not in ("/sparql", "/query", "/"):
                raise HttpError(HTTPStatus.NOT_FOUND, "not found: the endpoint is /sparql")
            if "update" in params:
                raise HttpError(HTTPStatus.FORBIDDEN, "this endpoint is read-only")
            query = params.get("query", [None])[0]
        else:
            if path not in ("/", "/sparql", "/query"):
                raise HttpError(HTTPStatus.NOT_FOUND, "not found: the endpoint is /sparql")
            body = environ["wsgi.input"].read(int(environ.get("CONTENT_LENGTH") or 0)).decode("utf-8", "replace")
            ctype = (environ.get("CONTENT_TYPE") or "").split(";")[0].strip().lower()
            form = parse_qs(body) if ctype == "application/x-www-form-urlencoded" else {}
            if ctype == "application/sparql-update" or "update" in form:
                raise HttpError(HTTPStatus.FORBIDDEN, "this endpoint is read-only")
            if ctype == "application/sparql-query":
                query = body
            elif ctype == "application/x-www-form-urlencoded":
                query = form.get("query", [None])[0]
            else:
                raise HttpError(HTTPStatus.UNSUPPORTED_MEDIA_TYPE,
                                "POST application/sparql-query or an application/x-www-form-urlencoded form")
        if not query:
            raise HttpError(HTTPStatus.BAD_REQUEST, "missing query parameter")
        from kg.sparql import prepare

        prepared = self._guard(lambda: prepare(query, allow_service=self.allow_service))
        return self._run(prepared, accept, disconnected)

    def _refuse_cross_site(self, environ: dict, host: str | None) -> None:
        """Refuse a request another web site's page made (403), unless it comes from the --cors origin.

        Without CORS a page cannot read the answer, but it can still fire GETs and form POSTs at this
        server (with --allow-service, a request forgery): browsers say where a request comes from in
        Sec-Fetch-Site and Origin. Tools that send neither (curl, SPARQL clients) are answered.
        """
        origin = (environ.get("HTTP_ORIGIN") or "").strip().lower().rstrip("/")
        cors = (self.cors or "").strip().lower().rstrip("/")
        if cors and (cors == "*" or origin == cors):
            return
        site = (environ.get("HTTP_SEC_FETCH_SITE") or "").strip().lower()
        own = f"http://{host.strip().lower()}" if host else None
        if site in ("cross-site", "same-site") or (origin and origin != own):
            raise HttpError(HTTPStatus.FORBIDDEN, "cross-site requests are refused: query from this server's "
                            "page, a tool, or the origin allowed with kg serve --cors ORIGIN")

    def _named(self, name: str, values: dict[str, str], accept: str, disconnected) -> tuple[HTTPStatus, bytes, str]:
        from kg.sparql import compose, named_queries

        shipped = named_queries()
        if name not in shipped:
            raise HttpError(HTTPStatus.NOT_FOUND, f"no named query {name!r}; GET /queries lists them")
        query = shipped[name]
        prepared = self._guard(lambda: compose(query, values, allow_service=self.allow_service))
        status, data, media = self._run(prepared, accept, disconnected, query=query, values=values)
        return status, data, media

    def _run(self, prepared, accept: str, disconnected, query=None, values=None) -> tuple[HTTPStatus, bytes, str]:
        from kg.sparql import check_names, explain

        results = _negotiate(accept, _RESULT_TYPES, "application/sparql-results+json")
        graph = _negotiate(accept, _GRAPH_TYPES, "text/turtle")

        def select(text: str):
            return self.pool.run(text, timeout=self.timeout, memory_mb=self.memory_mb, cancelled=disconnected).parsed()

        def go():
            try:
                answer = self.pool.run(prepared.text, timeout=self.timeout, memory_mb=self.memory_mb,
                                       results_format=_RESULT_TYPES[results], graph_format=_GRAPH_TYPES[graph],
                                       cancelled=disconnected)
            except QuerySyntaxError as exc:
                raise explain(exc, prepared) from exc
            if query is not None and values and answer.kind == "solutions" and _empty(answer):
                check_names(select, query, values)  # a misspelt name is an error, as with kg query
            return answer

        answer = self._guard(go)
        media = results if answer.kind != "graph" else graph
        charset = "; charset=utf-8" if media.startswith("text/") or "json" in media or "xml" in media else ""
        return HTTPStatus.OK, answer.data, media + charset

    @staticmethod
    def _guard(call):
        """Run `call`, turning kg's errors into HTTP answers."""
        try:
            return call()
        except QueryCancelledError as exc:
            log.info("%s", exc)
            raise HttpError(HTTPStatus.BAD_REQUEST, str(exc)) from exc
        except (QueryTimeoutError, QueryResourceError) as exc:
            # 500, not 503: SPARQL clients retry a 503, and the same query would be stopped again.
            raise HttpError(HTTPStatus.INTERNAL_SERVER_ERROR, str(exc)) from exc
        except QueryRefusedError as exc:
            status = HTTPStatus.FORBIDDEN if "read-only" in str(exc) else HTTPStatus.BAD_REQUEST
            raise HttpError(status, str(exc)) from exc
        except QueryError as exc:
            raise HttpError(HTTPStatus.BAD_REQUEST, str(exc)) from exc
        except StoreError as exc:
            raise HttpError(HTTPStatus.INTERNAL_SERVER_ERROR, str(exc)) from exc


def _empty(answer) -> bool:
    if answer.fmt == "JSON":
        return not json.loads(answer.data)["results"]["bindings"]
    if answer.fmt in ("CSV", "TSV"):
        return answer.data.strip().count(b"\n") == 0  # the header line only
    return not list(answer.parsed())


def _listing() -> list[dict]:
    from kg.sparql import named_queries

    return [{"name": q.name, "summary": q.summary, "text": q.text,
             "params": [{"name": p.name, "type": p.type, "optional": p.optional} for p in q.params]}
            for q in named_queries().values()]
