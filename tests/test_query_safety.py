"""Queries that must fail in words, not crash, hang or fetch: issue 14, the query side (kg.query, kg.sparql)."""

from __future__ import annotations

import socket
import subprocess
import sys
import threading
import time

import pytest

import kg
from kg.errors import (ExportError, QueryError, QueryRefusedError, QueryResourceError, QuerySyntaxError,
                       QueryTimeoutError)
from kg.sparql import format_result

DEEP = "SELECT * WHERE " + "{" * 4000 + " ?s ?p ?o " + "}" * 4000
# Every triple of the store times every other, three times over: billions of rows.
PRODUCT = "SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i }"
SORTED_PRODUCT = "SELECT * WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i } ORDER BY ?i ?a"


@pytest.mark.parametrize("query, message", [
    (DEEP, "nests 4000 levels deep"),
    ("SELECT * WHERE { FILTER(1" + " + 1" * 12000 + " > 0) }", "chains 12002 operators"),
    ("SELECT * WHERE { { ?s ?p 1 }" + " UNION { ?s ?p 1 }" * 25000 + " }", "chains 25001 operators"),
], ids=["nested", "arithmetic", "union"])
def test_a_query_that_would_crash_the_parser_is_refused(query, message):
    # In a child process: before the fix each of these killed the interpreter with SIGSEGV.
    code = ("import sys, kg\nfrom kg.errors import QueryRefusedError\nfrom kg.store.embedded import EmbeddedStore\n"
            "try:\n    kg.query(sys.stdin.read(), store=EmbeddedStore(None))\n"
            "except QueryRefusedError as exc:\n    print(exc)\n")
    done = subprocess.run([sys.executable, "-c", code], input=query, capture_output=True, text=True, timeout=60)
    assert done.returncode == 0, (done.returncode, done.stderr[-500:])
    assert message in done.stdout


class Listener:
    """A loopback socket that records whether anything connected to it."""

    def __init__(self) -> None:
        self.sock = socket.socket()
        self.sock.bind(("127.0.0.1", 0))
        self.sock.listen(5)
        self.sock.settimeout(0.2)
        self.connections = 0
        self.url = f"http://127.0.0.1:{self.sock.getsockname()[1]}/sparql"
        self._stop = False
        self._thread = threading.Thread(target=self._accept, daemon=True)
        self._thread.start()

    def _accept(self) -> None:
        while not self._stop:
            try:
                conn, _ = self.sock.accept()
            except OSError:
                continue
            self.connections += 1
            conn.close()

    def close(self) -> None:
        self._stop = True
        self._thread.join(timeout=2)
        self.sock.close()


@pytest.fixture
def listener():
    spy = Listener()
    yield spy
    spy.close()


def test_service_is_refused_and_nothing_is_fetched(seed_store, listener):
    query = f"SELECT * WHERE {{ SERVICE <{listener.url}> {{ ?s ?p ?o }} }}"
    with pytest.raises(QueryRefusedError, match="SERVICE is refused.*--allow-service"):
        kg.query(query, store=seed_store)
    time.sleep(0.3)
    assert listener.connections == 0


def test_service_runs_when_allowed(seed_store, listener):
    query = f"SELECT * WHERE {{ SERVICE SILENT <{listener.url}> {{ ?s ?p ?o }} }}"
    kg.query(query, store=seed_store, allow_service=True)
    assert listener.connections >= 1


def test_service_in_a_string_or_an_iri_is_not_a_service_call(seed_store):
    rows = kg.query('SELECT ?x WHERE { VALUES ?x { "SERVICE <http://x/>" <http://x/SERVICE> } }', store=seed_store).rows
    assert len(rows) == 2


def test_a_runaway_query_stops_at_its_timeout(seed_store):
    started = time.monotonic()
    with pytest.raises(QueryTimeoutError, match="stopped after 1 s"):
        kg.query(PRODUCT, store=seed_store, timeout=1)
    assert time.monotonic() - started < 4


def test_a_query_past_its_memory_limit_is_stopped_and_the_caller_lives(seed_store):
    started = time.monotonic()
    with pytest.raises(QueryResourceError, match="memory limit of 200 MB"):
        kg.query(SORTED_PRODUCT, store=seed_store, memory_mb=200, timeout=60)
    assert time.monotonic() - started < 30
    assert kg.query("ASK { ?s a nkg:Event }", store=seed_store, timeout=10).boolean


def test_limited_queries_give_the_same_rows_as_in_process(seed_store):
    fast = kg.query("events", store=seed_store, params={"type": "ConflictEvent"})
    limited = kg.query("events", store=seed_store, params={"type": "ConflictEvent"}, timeout=30, memory_mb=500)
    assert limited.variables == fast.variables and limited.rows == fast.rows and fast.rows


def test_a_limited_query_sees_articles_stored_after_the_first_query(tmp_path, seed_path):
    from kg.records import Article

    with kg.open_store(tmp_path / "s") as store:
        kg.ingest([str(seed_path)], store=store, date="2025-05-24")
        count = "SELECT (COUNT(DISTINCT ?a) AS ?n) WHERE { ?a a nkg:Article }"
        assert kg.query(count, store=store, timeout=30).rows[0][0].value == "1"
        kg.ingest([Article(id="later", text="Rain\n\nHeavy rain hit Madrid on Monday.")], store=store)
        assert kg.query(count, store=store, timeout=30).rows[0][0].value == "2"


def test_a_long_one_line_query_is_not_taken_for_a_file_name(seed_store):
    padding = " ".join(f"?v{i}" for i in range(200))  # well past the 255 bytes of a file name
    query = f"SELECT ?x WHERE {{ ?x a nkg:City }} # {padding}"
    assert len(query) > 1000 and "\n" not in query
    assert len(kg.query(query, store=seed_store).rows) == 4


def test_a_misspelt_class_param_is_an_error_with_the_near_spellings(seed_store):
    with pytest.raises(QueryError, match="'Attak' is not a class of the ontology; did you mean Attack"):
        kg.query("events", store=seed_store, params={"type": "Attak"})


def test_a_misspelt_name_param_is_an_error_with_the_near_names(seed_store):
    with pytest.raises(QueryError, match="no actor, place or entity is named 'Zelenski'.*did you mean.*zelensky"):
        kg.query("statements", store=seed_store, params={"who": "Zelenski"})


def test_a_known_name_with_no_rows_is_an_empty_answer(seed_store):
    # Kyiv is a place: it names something, it just says nothing.
    assert kg.query("statements", store=seed_store, params={"who": "Kyiv"}).rows == []


def test_a_misspelt_export_type_is_an_error_with_the_near_spellings(seed_store):
    from kg.exports.graph import Filters

    with pytest.raises(ExportError, match="'Attak' is not a class of the ontology; did you mean Attack"):
        kg.export("nodelink", store=seed_store, filters=Filters(types=("Attak",)))


def test_an_undeclared_prefix_is_named(seed_store):
    with pytest.raises(QuerySyntaxError) as info:
        kg.query("SELECT * WHERE { ?s foo:bar ?o }", store=seed_store)
    assert str(info.value) == ("invalid SPARQL: unknown prefix 'foo:' at line 1 column 28 "
                               "(declare it: PREFIX foo: <IRI>)")


@pytest.mark.parametrize("update", ["DELETE WHERE { ?s ?p ?o }", "INSERT DATA { <a:b> <a:c> <a:d> }",
                                    "PREFIX x: <http://x/>\nDROP ALL"])
def test_an_update_is_refused_as_an_update(seed_store, update):
    with pytest.raises(QueryRefusedError, match="updates are not allowed .*read-only"):
        kg.query(update, store=seed_store)


def test_a_syntax_error_is_placed_in_the_text_the_user_wrote(seed_store):
    # The query uses nkg: undeclared, so kg puts a PREFIX line before it: the error is still on line 1.
    with pytest.raises(QuerySyntaxError) as info:
        kg.query("SELECT ?x WHERE { ?x a nkg:City . ?x ", store=seed_store)
    message = str(info.value)
    assert message.startswith("invalid SPARQL: syntax error at line 1 column ") and "of your query" in message
    assert "\\u{" not in message and "['" not in message  # no character classes of the parser
    assert info.value.line == 1


def test_a_wide_table_fits_the_width_asked(seed_store):
    result = kg.query("statements", store=seed_store)
    wide = format_result(result, "table")
    assert max(len(line) for line in wide.splitlines()) > 200
    fitted = format_result(result, "table", width=100)
    assert max(len(line) for line in fitted.splitlines()) <= 100
    assert len(fitted.splitlines()) == len(wide.splitlines())


@pytest.mark.parametrize("query", [
    "SELECT * WHERE { BIND(1 AS ?x) .SERVICE <http://127.0.0.1:9/> { ?s ?p ?o } }",
    "SELECT * WHERE { VALUES ?x {<http://a/>} .SERVICE <http://127.0.0.1:9/> { ?s ?p ?o } }",
    "SELECT * WHERE { { ?s ?p ?o }SERVICE <http://127.0.0.1:9/> { ?s ?p ?o } }",
    "SELECT * WHERE { service <http://127.0.0.1:9/> { ?s ?p ?o } }",
    "SELECT * WHERE { # a comment\nSERVICE <http://127.0.0.1:9/> { ?s ?p ?o } }",
    "ASK { #x\rSERVICE <http://127.0.0.1:9/> { ?s ?p ?o } }",
    "ASK { ?s ?p \"x\\r\" #x\rSERVICE <http://127.0.0.1:9/> { ?s ?p ?o } }",
], ids=["after-dot-bind", "after-dot-values", "after-brace", "lower-case", "after-comment", "after-cr-comment",
        "cr-after-string"])
def test_service_is_refused_however_it_is_written(query):
    from kg.sparql import check

    with pytest.raises(QueryRefusedError, match="SERVICE is refused"):
        check(query)


def test_a_prefixed_name_or_variable_called_service_is_no_service_call():
    from kg.sparql import check

    check("SELECT ?service WHERE { ?s ex:SERVICE ?service ; ex:a-service ?o }")


def test_a_carriage_return_ends_a_comment_for_the_nesting_check_too():
    # Before the fix the checker read "#\r{{{…" as one comment and the parser crashed the process (SIGSEGV).
    query = "SELECT * WHERE { #\r" + "{" * 5000 + "}" * 5000 + "\n}"
    # prepare() is what `kg serve` runs before a worker gets the text (kg.query's line handling hid the "\r").
    code = ("import sys\nfrom pyoxigraph import Store\nfrom kg.errors import QueryRefusedError\n"
            "from kg.sparql import prepare\n"
            "try:\n    Store().query(prepare(sys.stdin.buffer.read().decode()).text)\n"
            "except QueryRefusedError as exc:\n    print(exc)\n")
    # Bytes: text mode would turn the "\r" into a line feed on the way.
    done = subprocess.run([sys.executable, "-c", code], input=query.encode(), capture_output=True, timeout=60)
    assert done.returncode == 0, (done.returncode, done.stderr[-500:])
    assert b"levels deep" in done.stdout


@pytest.mark.parametrize("query", [
    "SELECT * WHERE { ?s ?p " + ", ".join(f"?o{i}" for i in range(1000)) + " }",
    "SELECT * WHERE { ?s " + " ; ".join(f"?p{i} ?o{i}" for i in range(500)) + " }",
    "SELECT * WHERE { " + " . ".join(f"?s ?p{i} ?o{i}" for i in range(300)) + " }",
], ids=["object-list", "predicate-list", "joined-patterns"])
def test_a_query_with_too_many_triple_patterns_is_refused_at_once(query):
    # In a child process: before the fix the object list crashed the engine (SIGSEGV) and the others ran for minutes.
    code = ("import sys, kg\nfrom kg.errors import QueryRefusedError\nfrom kg.store.embedded import EmbeddedStore\n"
            "try:\n    kg.query(sys.stdin.read(), store=EmbeddedStore(None))\n"
            "except QueryRefusedError as exc:\n    print(exc)\n")
    done = subprocess.run([sys.executable, "-c", code], input=query, capture_output=True, text=True, timeout=30)
    assert done.returncode == 0, (done.returncode, done.stderr[-500:])
    assert "triple patterns" in done.stdout and len(done.stdout.strip().splitlines()) == 1


def test_every_shipped_query_passes_the_checks():
    from kg.sparql import check, named_queries

    for query in named_queries().values():
        check(query.text)


def test_a_where_in_a_comment_or_string_does_not_get_the_parameters():
    from pyoxigraph import Literal, Variable

    from kg.sparql import inline_bindings

    text = 'SELECT ?who # a WHERE {x} here\nWHERE { ?s ?p "WHERE { y" . ?s ?q ?who }'
    bound = inline_bindings(text, {Variable("who"): Literal("x")})
    assert bound.splitlines()[0] == "SELECT ?who # a WHERE {x} here"
    assert bound.splitlines()[1].startswith('WHERE { VALUES (?who) { ("x") } ?s ?p "WHERE { y"')


def test_a_failing_service_call_is_no_store_error(seed_store, listener):
    # The listener hangs up at once: the SERVICE call fails, the store is fine.
    from kg.errors import StoreError

    query = f"SELECT * WHERE {{ SERVICE <{listener.url}> {{ ?s ?p ?o }} }}"
    with pytest.raises(QueryError) as caught:
        kg.query(query, store=seed_store, allow_service=True, timeout=20)
    assert not isinstance(caught.value, StoreError)
    assert "cannot read the store" not in str(caught.value)
