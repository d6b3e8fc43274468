"""A real `kg serve` under the requests of issue 14: started as a subprocess on a free loopback port,
waited for, stopped. Every request goes to 127.0.0.1, bounded in count and time."""

from __future__ import annotations

import json
import os
import socket
import subprocess
import time
import urllib.error
import urllib.parse
import urllib.request
from contextlib import contextmanager
from pathlib import Path

import pytest

import kg
from kg.errors import QueryTimeoutError
from conftest import kg_command, run_kg
from servers import free_port, stop, wait_until_answers
from test_query_safety import DEEP, PRODUCT, Listener

JS = Path(__file__).parent / "js"
TIMEOUT = 4  # the served queries' --timeout: short, so the runaway test is quick
IDLE = 1  # --idle-timeout


@pytest.fixture(scope="module")
def store_path(tmp_path_factory, seed_path) -> Path:
    path = tmp_path_factory.mktemp("served") / "store"
    with kg.open_store(path) as store:
        kg.ingest([str(seed_path)], store=store, date="2025-05-24")
    return path


@contextmanager
def kg_serve(store: Path, *options: str):
    """`kg serve` on a free loopback port; yields (base URL, process)."""
    port = free_port()
    process = subprocess.Popen(kg_command() + ["serve", "--store", str(store), "--port", str(port), *options],
                               stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    try:
        base = f"http://127.0.0.1:{port}"
        wait_until_answers(base + "/sparql", process, seconds=30)
        yield base, process
    finally:
        stop(process)


@pytest.fixture(scope="module")
def served(store_path):
    with kg_serve(store_path, "--timeout", str(TIMEOUT), "--idle-timeout", str(IDLE)) as running:
        yield running


def get(url: str, headers: dict | None = None, timeout: float = 10) -> tuple[int, dict, bytes]:
    req = urllib.request.Request(url, headers=headers or {})
    try:
        with urllib.request.urlopen(req, timeout=timeout) as resp:
            return resp.status, dict(resp.headers), resp.read()
    except urllib.error.HTTPError as exc:
        return exc.code, dict(exc.headers), exc.read()


def sparql(base: str, query: str, **kw) -> tuple[int, dict, bytes]:
    return get(f"{base}/sparql?query={urllib.parse.quote(query)}",
               {"Accept": "application/sparql-results+json"}, **kw)


def raw(port: int, data: bytes, wait: float = 5) -> bytes:
    """Send bytes, read until the server closes or `wait` seconds pass."""
    with socket.create_connection(("127.0.0.1", port), timeout=wait) as conn:
        conn.sendall(data)
        out, deadline = b"", time.monotonic() + wait
        while time.monotonic() < deadline:
            try:
                chunk = conn.recv(65536)
            except socket.timeout:
                break
            if not chunk:
                break
            out += chunk
            if b"\r\n\r\n" in out and b"Content-Length" in out:
                head, _, body = out.partition(b"\r\n\r\n")
                length = int(head.split(b"Content-Length:")[1].split(b"\r\n")[0])
                if len(body) >= length:
                    break
        return out


def port_of(base: str) -> int:
    return int(base.rsplit(":", 1)[1])


def threads(pid: int) -> int:
    with open(f"/proc/{pid}/status") as f:
        return next(int(line.split()[1]) for line in f if line.startswith("Threads:"))


def children(pid: int) -> set[int]:
    out = set()
    for task in os.listdir(f"/proc/{pid}/task"):
        try:
            with open(f"/proc/{pid}/task/{task}/children") as f:
                out |= {int(c) for c in f.read().split()}
        except OSError:
            pass
    return out


def cpu_ticks(pid: int) -> int:
    try:
        with open(f"/proc/{pid}/stat") as f:
            fields = f.read().rsplit(")", 1)[1].split()
        return int(fields[11]) + int(fields[12])  # utime + stime
    except OSError:
        return 0


def busy_children(pid: int, seconds: float = 0.4) -> set[int]:
    """The child processes of `pid` that used CPU during `seconds`."""
    before = {c: cpu_ticks(c) for c in children(pid)}
    time.sleep(seconds)
    return {c for c, t in before.items() if cpu_ticks(c) > t}


def count_articles(base: str) -> int:
    status, _, body = sparql(base, "SELECT (COUNT(DISTINCT ?a) AS ?n) WHERE { ?a a nkg:Article }")
    assert status == 200, body
    return int(json.loads(body)["results"]["bindings"][0]["n"]["value"])


# ------------------------------------------------------------------ queries that must not hurt the server


def test_a_deeply_nested_get_is_refused_and_the_server_lives(served):
    base, process = served
    url = f"{base}/sparql?query={urllib.parse.quote('SELECT * WHERE ' + '{' * 3000 + '}' * 3000)}"
    assert len(url) < 20_000
    status, _, body = get(url)
    assert status == 400 and b"nests 3000 levels deep" in body
    status, _, body = get(f"{base}/sparql?query={urllib.parse.quote(DEEP)}")
    assert status == 400
    assert process.poll() is None and sparql(base, "ASK {}")[0] == 200


def test_service_is_refused_and_nothing_is_fetched(served):
    base, _ = served
    spy = Listener()
    try:
        status, _, body = sparql(base, f"SELECT * WHERE {{ SERVICE <{spy.url}> {{ ?s ?p ?o }} }}")
        time.sleep(0.3)
        assert status == 400 and b"SERVICE is refused" in body
        assert spy.connections == 0
    finally:
        spy.close()


def test_a_runaway_product_is_stopped_at_the_timeout(served):
    base, process = served
    started = time.monotonic()
    status, _, body = sparql(base, PRODUCT, timeout=TIMEOUT + 10)
    took = time.monotonic() - started
    assert status == 500 and f"stopped after {TIMEOUT} s".encode() in body
    assert TIMEOUT - 0.5 < took < TIMEOUT + 3
    assert process.poll() is None and sparql(base, "ASK {}")[0] == 200


def test_the_query_stops_when_its_client_goes_away(served):
    base, process = served
    request = (f"GET /sparql?query={urllib.parse.quote(PRODUCT)} HTTP/1.1\r\n"
               f"Host: 127.0.0.1:{port_of(base)}\r\n\r\n").encode()
    conn = socket.create_connection(("127.0.0.1", port_of(base)))
    conn.sendall(request)
    time.sleep(0.8)
    assert busy_children(process.pid), "a worker process should be running the query"
    conn.close()
    time.sleep(0.6)
    # Well before the timeout, the worker that ran the query is gone or idle.
    assert not busy_children(process.pid)
    assert sparql(base, "ASK {}")[0] == 200


# ------------------------------------------------------------------ HTTP the server must survive


def test_half_open_connections_hold_no_threads_and_are_closed(served):
    base, process = served
    port = port_of(base)
    before = threads(process.pid)
    conns = []
    try:
        for _ in range(400):
            c = socket.create_connection(("127.0.0.1", port), timeout=5)
            c.sendall(b"GET /sparql?query=ASK")  # a request never finished
            conns.append(c)
        time.sleep(0.5)
        assert threads(process.pid) <= before + 2  # the old server: one thread per connection, 400 more
        started = time.monotonic()
        assert sparql(base, "ASK { ?s a nkg:Event }", timeout=15)[0] == 200
        assert time.monotonic() - started < IDLE + 5
        conns[0].settimeout(IDLE + 4)
        data = conns[0].recv(100)  # the server closes it (maybe with a 4xx answer), it does not wait for ever
        assert data == b"" or data.startswith(b"HTTP/1.1 4")
    finally:
        for c in conns:
            c.close()


def test_a_bad_content_length_gets_a_400(served):
    base, process = served
    answer = raw(port_of(base), b"POST /sparql HTTP/1.1\r\nContent-Type: application/sparql-query\r\n"
                                b"Content-Length: abc\r\n\r\nASK {}")
    assert answer.startswith(b"HTTP/1.1 400")
    assert process.poll() is None


def test_a_request_line_without_headers_gets_an_answer(served):
    base, _ = served
    answer = raw(port_of(base), b"GET /sparql?query=ASK%7B%7D HTTP/1.0\r\n\r\n")
    assert answer.startswith(b"HTTP/1.0 200") and b'"boolean":true' in answer.replace(b" ", b"")


def test_an_unfinished_request_is_closed_after_the_idle_timeout(served):
    base, _ = served
    started = time.monotonic()
    answer = raw(port_of(base), b"GET /sparql?query=ASK%7B%7D\r\n", wait=IDLE + 8)
    assert time.monotonic() - started < IDLE + 5  # closed by the server, not held for ever
    assert answer == b"" or answer.startswith(b"HTTP/1.")


# ------------------------------------------------------------------ who may read the store


def test_a_foreign_host_header_is_refused(served):
    base, _ = served
    port = port_of(base)
    ask = "/sparql?query=" + urllib.parse.quote("ASK {}")
    assert get(base + ask, {"Host": f"evil.example:{port}"})[0] == 421
    assert get(base + ask, {"Host": f"localhost:{port + 1}"})[0] == 421
    for name in ("localhost", "127.0.0.1", "[::1]"):
        assert get(base + ask, {"Host": f"{name}:{port}"})[0] == 200, name


def test_cors_is_off_by_default(served):
    base, _ = served
    status, headers, _ = sparql(base, "ASK {}")
    assert status == 200 and "Access-Control-Allow-Origin" not in headers
    req = urllib.request.Request(base + "/sparql", method="OPTIONS", headers={"Origin": "http://evil.example"})
    with pytest.raises(urllib.error.HTTPError) as info:
        urllib.request.urlopen(req, timeout=5)
    assert info.value.code == 403 and "Access-Control-Allow-Origin" not in info.value.headers


def test_cors_allows_the_origin_given(store_path):
    with kg_serve(store_path, "--cors", "http://localhost:3000") as (base, _):
        status, headers, _ = sparql(base, "ASK {}")
        assert status == 200 and headers["Access-Control-Allow-Origin"] == "http://localhost:3000"


# ------------------------------------------------------------------ the current data, the CLI's answers


def test_articles_ingested_while_serving_are_answered(served, store_path):
    from kg.records import Article

    base, _ = served
    before = count_articles(base)
    with kg.open_store(store_path) as store:  # a writer beside the running server, as kg ingest is
        kg.ingest([Article(id="while-serving", text="Rain\n\nHeavy rain hit Madrid on Monday.")], store=store)
    assert count_articles(base) == before + 1


def test_named_queries_are_listed_with_their_parameters(served):
    base, _ = served
    status, _, body = get(base + "/queries")
    listing = {q["name"]: q for q in json.loads(body)}
    assert status == 200
    assert {"name": "type", "type": "class", "optional": True} in listing["events"]["params"]
    assert {"name": "actor", "type": "name", "optional": False} in listing["actor-timeline"]["params"]


@pytest.mark.parametrize("name, params", [("events", {}), ("events", {"type": "ConflictEvent"}),
                                          ("statements", {}), ("statements", {"who": "zelensky"}),
                                          ("actor-timeline", {"actor": "Russia"})])
def test_a_named_query_over_http_gives_the_cli_rows(served, store_path, name, params):
    base, _ = served
    status, _, body = get(f"{base}/queries/{name}?{urllib.parse.urlencode(params)}",
                          {"Accept": "application/sparql-results+json"})
    assert status == 200, body
    served_rows = json.loads(body)["results"]["bindings"]
    args = [a for k, v in params.items() for a in ("--param", f"{k}={v}")]
    done = run_kg("query", name, "--store", str(store_path), "--format", "json", *args)
    assert done.returncode == 0, done.stderr
    assert served_rows == json.loads(done.stdout)["results"]["bindings"] and served_rows


def test_a_named_query_over_http_refuses_a_misspelt_type(served):
    base, _ = served
    status, _, body = get(f"{base}/queries/events?type=Attak")
    assert status == 400 and b"did you mean Attack" in body


# ------------------------------------------------------------------ starting


def test_a_busy_port_is_one_line(store_path):
    with socket.socket() as taken:
        taken.bind(("127.0.0.1", 0))
        taken.listen(1)
        port = taken.getsockname()[1]
        done = run_kg("serve", "--store", str(store_path), "--port", str(port))
    err = done.stderr.decode().strip().splitlines()
    assert done.returncode != 0 and err == [f"Error: port {port} is in use; pick another with --port"]


# ------------------------------------------------------------------ the page, in Chromium


def test_the_page_runs_named_queries_with_their_parameters_in_chromium(served, store_path):
    from test_views import node_modules, tool

    node = tool("node", "Node.js")
    tool("chromium", "Debian package chromium")
    node_modules()
    base, _ = served
    runs = [{"name": "events", "params": {}}, {"name": "events", "params": {"type": "Attack"}},
            {"name": "statements", "params": {}}]
    done = subprocess.run([node, str(JS / "query_page.js"), base + "/", json.dumps(runs)], capture_output=True,
                          text=True, timeout=120, cwd=JS)
    assert done.returncode == 0, done.stderr[-2000:]
    result = json.loads(done.stdout.strip().splitlines()[-1])
    assert result["errors"] == []
    for run, rows in zip(runs, result["rows"]):
        expected = kg.query(run["name"], store=str(store_path), params=run["params"]).rows
        assert rows == len(expected) and rows > 0, run


def test_a_remote_query_stops_at_its_timeout_without_retries(served):
    base, _ = served
    started = time.monotonic()
    with pytest.raises(QueryTimeoutError, match="stopped after 1 s waiting for"):
        kg.query(PRODUCT, endpoint=base + "/sparql", timeout=1)
    assert time.monotonic() - started < 3  # one wait, not three retries


STOP_WHILE_ANSWERING = """
import http.client, sys, threading, time
from kg.serve import SparqlServer

def ask(port):
    try:
        c = http.client.HTTPConnection("127.0.0.1", port, timeout=10)
        c.request("GET", "/sparql?query=ASK%7B%7D")
        c.getresponse().read()
    except Exception:
        pass

for delay in [i * 0.002 for i in range(30)]:
    server = SparqlServer(sys.argv[1], port=0).start()
    clients = [threading.Thread(target=ask, args=(server.port,)) for _ in range(8)]
    for c in clients:
        c.start()
    time.sleep(delay)
    server.stop()
    for c in clients:
        c.join()
print("done")
"""


def test_stopping_a_server_while_it_answers_prints_no_error(store_path):
    # Before the fix the trigger was closed before the task threads stopped: a thread that finished
    # its answer then pulled a closed pipe (OSError: [Errno 9] Bad file descriptor, printed by waitress).
    import sys

    done = subprocess.run([sys.executable, "-c", STOP_WHILE_ANSWERING, str(store_path)], capture_output=True,
                          text=True, timeout=120)
    assert done.stdout.strip() == "done", done.stderr[-2000:]
    assert "Bad file descriptor" not in done.stderr and "Exception when servicing" not in done.stderr, done.stderr[-2000:]


def test_cross_site_requests_are_refused(served):
    # A web page can fire simple GETs and form POSTs at a localhost server without CORS (it just cannot
    # read the answer): such blind requests must not run queries.
    base, _ = served
    port = port_of(base)
    ask = "/sparql?query=" + urllib.parse.quote("ASK {}")
    for headers in ({"Sec-Fetch-Site": "cross-site"}, {"Sec-Fetch-Site": "same-site"},
                    {"Origin": "http://evil.example"}, {"Origin": f"http://localhost:{port + 1}"},
                    {"Origin": "null"}):
        status, _, body = get(base + ask, headers)
        assert status == 403, headers
        assert len(body.decode().strip().splitlines()) == 1 and "cross-site" in body.decode(), body
    form = urllib.parse.urlencode({"query": "ASK {}"}).encode()
    req = urllib.request.Request(base + "/sparql", data=form, method="POST",
                                 headers={"Origin": "http://evil.example",
                                          "Content-Type": "application/x-www-form-urlencoded"})
    with pytest.raises(urllib.error.HTTPError) as info:
        urllib.request.urlopen(req, timeout=5)
    assert info.value.code == 403
    # The server's own page, and tools that send no such headers, are answered.
    for headers in ({}, {"Sec-Fetch-Site": "same-origin", "Origin": base}, {"Sec-Fetch-Site": "none"},
                    {"Origin": f"http://localhost:{port}", "Host": f"localhost:{port}"}):
        assert get(base + ask, headers)[0] == 200, headers


def test_cors_origin_may_send_cross_site_requests(store_path):
    with kg_serve(store_path, "--cors", "http://localhost:3000") as (base, _):
        ask = "/sparql?query=" + urllib.parse.quote("ASK {}")
        assert get(base + ask, {"Origin": "http://localhost:3000", "Sec-Fetch-Site": "same-site"})[0] == 200
        assert get(base + ask, {"Origin": "http://evil.example", "Sec-Fetch-Site": "cross-site"})[0] == 403
