"""Named queries, safe parameters and the W3C result formats."""

from __future__ import annotations

import csv
import io
import json

import pytest

import kg
from kg.errors import QueryError
from kg.sparql import format_result, named_queries, parse_header


def test_at_least_eight_named_queries_ship_each_with_a_summary():
    shipped = named_queries()
    assert len(shipped) >= 8
    assert all(q.summary for q in shipped.values())


@pytest.mark.parametrize("name", sorted(named_queries()))
def test_every_named_query_runs_on_the_seed(seed_store, name):
    query = named_queries()[name]
    values = {"place": "Kyiv", "actor": "Russia", "entity": "Zelensky"}
    params = {p.name: values[p.name] for p in query.params if not p.optional}
    result = kg.query(name, store=seed_store, params=params)
    assert result.rows, f"{name} returned nothing on the seed article"


def test_header_declares_typed_optional_params():
    q = parse_header("x", "#+ summary: s\n#+ params: a (date, optional); b\nSELECT * WHERE {}")
    assert [(p.name, p.type, p.optional) for p in q.params] == [("a", "date", True), ("b", "string", False)]


def test_param_filters_the_named_query(seed_store):
    rows = kg.query("statements", store=seed_store, params={"who": "kiper"}).rows
    assert rows and all("Kiper" in r[0].value for r in rows)


def test_param_value_cannot_inject_sparql(seed_store):
    evil = 'x")) } } ; DROP ALL ; SELECT * WHERE { ?s ?p ?o FILTER(("'
    with pytest.raises(QueryError, match="no actor, place or entity is named"):  # a name, naming nothing
        kg.query("statements", store=seed_store, params={"who": evil})
    assert kg.query("ASK { ?s a nkg:Statement }", store=seed_store).boolean


def test_missing_required_param_is_a_query_error(seed_store):
    with pytest.raises(QueryError, match="--param actor"):
        kg.query("actor-timeline", store=seed_store)


def test_invalid_sparql_is_a_query_error(seed_store):
    with pytest.raises(QueryError, match="invalid SPARQL"):
        kg.query("SELECT ?x WHERE { ?x ", store=seed_store)


def test_unknown_query_name_lists_the_shipped_ones(seed_store):
    with pytest.raises(QueryError, match="statements"):
        kg.query("no-such-query", store=seed_store)


def test_rq_file_is_run(seed_store, tmp_path):
    f = tmp_path / "count.rq"
    f.write_text("SELECT (COUNT(*) AS ?n) WHERE { ?s a nkg:Event }", encoding="utf-8")
    assert int(kg.query(str(f), store=seed_store).rows[0][0].value) >= 8


def test_json_output_is_w3c_sparql_results(seed_store):
    data = json.loads(format_result(kg.query("statements", store=seed_store), "json"))
    assert data["head"]["vars"][0] == "speakerName"
    first = data["results"]["bindings"][0]
    assert first["statement"]["type"] == "uri"
    assert first["direct"] == {"type": "literal", "value": first["direct"]["value"],
                               "datatype": "http://www.w3.org/2001/XMLSchema#boolean"}


def test_csv_and_tsv_outputs_have_a_header_and_one_line_per_row(seed_store):
    result = kg.query("statements", store=seed_store)
    rows = list(csv.reader(io.StringIO(format_result(result, "csv"))))
    assert rows[0] == result.variables and len(rows) == len(result.rows) + 1
    tsv = format_result(result, "tsv").splitlines()
    assert tsv[0].startswith("?speakerName\t") and len(tsv) == len(result.rows) + 1
    assert "<https://w3id.org/newskg/id/" in tsv[1]


def test_events_query_filters_by_type_and_date(seed_store):
    rows = kg.query("events", store=seed_store, params={"type": "Attack", "since": "2025-05-24"}).rows
    assert [(r[1].value, r[2].value) for r in rows] == [("Attack", "2025-05-24")]
