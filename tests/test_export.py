"""RDF exports read back by real consumers: rdflib, and raptor's rapper where it is installed."""

from __future__ import annotations

import shutil
import subprocess

import pytest
import rdflib

import kg

FORMATS = {"turtle": "turtle", "nquads": "nquads", "trig": "trig", "ntriples": "nt", "jsonld": "json-ld"}
RAPPER = {"turtle": "turtle", "nquads": "nquads", "trig": "trig", "ntriples": "ntriples"}


@pytest.mark.parametrize("fmt", sorted(FORMATS))
def test_export_parses_back_with_all_triples(seed_store, tmp_path, fmt):
    out = tmp_path / f"g.{fmt}"
    kg.export(fmt, out=out, store=seed_store)
    dataset = rdflib.Dataset()
    dataset.parse(out, format=FORMATS[fmt])
    triples = {t for t in dataset.quads() for t in [t[:3]]}
    distinct = {q.triple for q in seed_store.quads()}
    assert len(triples) == len(distinct)


@pytest.mark.parametrize("fmt", sorted(RAPPER))
def test_rapper_validates_the_export(seed_store, tmp_path, fmt):
    rapper = shutil.which("rapper")
    if rapper is None:
        pytest.fail("rapper (Debian raptor2-utils) is not installed: .ci/run installs it")
    out = tmp_path / f"g.{fmt}"
    kg.export(fmt, out=out, store=seed_store)
    done = subprocess.run([rapper, "-i", RAPPER[fmt], "-c", str(out)], capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr[-1000:]
    assert "returned" in done.stderr


def test_jsonld_uses_the_kg_context(seed_store):
    import json

    data = json.loads(kg.export("jsonld", store=seed_store))
    assert data["@context"]["nkg"] == "https://w3id.org/newskg/ontology#"
