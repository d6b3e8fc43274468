"""The seed article's facts (tests/data/seed-expected.json) are all in the graph, found by SPARQL.

The seed store is filled through the public API with the real model and the embedded store; each
test asks the graph the question a user would.
"""

from __future__ import annotations

import pytest

import kg

EXPECTED_EVENTS = ["swap-saturday", "swap-friday", "istanbul-talks", "agreement-1000", "kyiv-strike",
                   "kyiv-interception", "odesa-strike", "sanctions-appeal"]


def select(store, text: str, **params) -> list[dict[str, str]]:
    result = kg.query(text, store=store, params=params or None)
    return [{v: (t.value if t is not None else None) for v, t in zip(result.variables, row)} for row in result.rows]


def names_of(item: dict) -> set[str]:
    return {item["name"], *item.get("aliases", [])}


def nodes_named(store, names: set[str], cls: str) -> list[str]:
    rows = select(store, f"""
        SELECT DISTINCT ?x ?label WHERE {{ ?x a nkg:{cls} ; rdfs:label ?label }}""")
    return [r["x"] for r in rows if r["label"] in names]


@pytest.mark.parametrize("index", range(12))
def test_actor_has_its_class(seed_store, expected, index):
    actor = expected["actors"][index]
    assert nodes_named(seed_store, names_of(actor), actor["type"]), (
        f"no nkg:{actor['type']} labelled {actor['name']!r} (or an alias)")


@pytest.mark.parametrize("index", range(4))
def test_location_is_a_city_in_its_country(seed_store, expected, index):
    place = expected["locations"][index]
    rows = select(seed_store, """
        SELECT ?label ?country ?lat WHERE {
          ?x a nkg:City, nkg:Location ; rdfs:label ?label ; nkg:country/rdfs:label ?country ; geo:lat ?lat }""")
    found = {r["label"]: r["country"] for r in rows}
    assert place["name"] in found
    assert found[place["name"]] == place["country"]


def test_zelensky_is_one_person_with_his_role(seed_store):
    rows = select(seed_store, """
        SELECT ?x ?role WHERE { ?x a nkg:Person ; rdfs:label ?l . FILTER(CONTAINS(?l, "Zelensky"))
                                OPTIONAL { ?x nkg:role ?role } }""")
    assert len({r["x"] for r in rows}) == 1
    assert any(r["role"] and "President" in r["role"] for r in rows)


def test_kyiv_is_never_a_person(seed_store):
    assert not select(seed_store, 'SELECT ?x WHERE { ?x a nkg:Person ; rdfs:label "Kyiv" }')


def test_publisher_and_dateline_come_from_the_dateline(seed_store, expected):
    rows = select(seed_store, """
        SELECT ?pub ?place ?date WHERE { ?a a nkg:Article ; nkg:publisher/rdfs:label ?pub ;
                                           nkg:datelinePlace/rdfs:label ?place ; nkg:published ?date }""")
    assert rows == [{"pub": expected["publisher"], "place": expected["dateline_place"], "date": "2025-05-24"}]


@pytest.mark.parametrize("index", range(8))
def test_statement_has_speaker_direct_flag_cue_and_text(seed_store, expected, index):
    want = expected["statements"][index]
    speaker = next(a for a in expected["actors"] if a["name"] == want["speaker"])
    rows = select(seed_store, """
        SELECT ?speaker ?direct ?cue ?text WHERE {
          ?s a nkg:Statement ; nkg:speaker/rdfs:label ?speaker ; nkg:direct ?direct ; nkg:cue ?cue ; nkg:text ?text }""")
    matches = [r for r in rows if r["speaker"] in names_of(speaker) and want["contains"] in r["text"]]
    assert matches, f"no statement by {want['speaker']} containing {want['contains']!r}"
    assert any(r["direct"] == str(want["direct"]).lower() and r["cue"] == want["cue"] for r in matches), matches


def _event_rows(store):
    return select(store, """
        SELECT ?e ?type ?date ?start ?end ?place WHERE {
          ?e a nkg:Event, ?cls . ?cls rdfs:subClassOf ?super .
          BIND (STRAFTER(STR(?cls), "#") AS ?type)
          OPTIONAL { ?e nkg:date ?date } OPTIONAL { ?e nkg:startDate ?start ; nkg:endDate ?end }
          OPTIONAL { ?e nkg:site/rdfs:label ?place } }""")


def _roles(store, event: str, prop: str) -> set[str]:
    return {r["n"] for r in select(store, f"SELECT ?n WHERE {{ <{event}> nkg:{prop}/rdfs:label ?n }}")}


def _quantities(store, event: str) -> set[tuple]:
    rows = select(store, f"""SELECT ?v ?u ?q WHERE {{ <{event}> nkg:quantity ?x . ?x nkg:value ?v ; nkg:unit ?u .
                                                      OPTIONAL {{ ?x nkg:qualifier ?q }} }}""")
    return {(int(r["v"]), r["u"], r["q"]) for r in rows}


def _find_event(store, expected, want) -> str:
    """The event of the expected type whose date, place and counts agree with `want`."""
    candidates = []
    for r in _event_rows(store):
        if r["type"] != want["type"]:
            continue
        if "date" in want and r["date"] != want["date"]:
            continue
        if "date_range" in want and [r["start"], r["end"]] != want["date_range"]:
            continue
        if "place" in want and r["place"] != want["place"]:
            continue
        candidates.append(r["e"])
    for e in dict.fromkeys(candidates):
        units = {(v, u) for v, u, _ in _quantities(store, e)}
        if all((q["value"], q["unit"]) in units for q in want.get("quantities", [])):
            return e
    pytest.fail(f"no {want['type']} event matching {want['id']} (candidates: {candidates})")


@pytest.mark.parametrize("event_id", EXPECTED_EVENTS)
def test_event_has_type_date_place_and_quantities(seed_store, expected, event_id):
    want = next(e for e in expected["events"] if e["id"] == event_id)
    event = _find_event(seed_store, expected, want)
    for q in want.get("quantities", []):
        found = {(v, u): qual for v, u, qual in _quantities(seed_store, event)}
        assert found[(q["value"], q["unit"])] == q.get("qualifier")


@pytest.mark.parametrize("event_id", EXPECTED_EVENTS)
def test_event_has_its_agent_participants_and_targets(seed_store, expected, event_id):
    want = next(e for e in expected["events"] if e["id"] == event_id)
    event = _find_event(seed_store, expected, want)
    if "agent" in want:
        assert want["agent"] in _roles(seed_store, event, "agent")
    for name in want.get("participants", []):
        assert name in _roles(seed_store, event, "participant")
    for name in want.get("targets", []):
        assert name in _roles(seed_store, event, "target")


@pytest.mark.parametrize("index", range(8))
def test_statement_is_about_its_event(seed_store, expected, index):
    want = expected["statements"][index]
    event = _find_event(seed_store, expected, next(e for e in expected["events"] if e["id"] == want["about"]))
    rows = select(seed_store, f"SELECT ?text WHERE {{ ?s nkg:about <{event}> ; nkg:text ?text }}")
    assert any(want["contains"] in r["text"] for r in rows)
