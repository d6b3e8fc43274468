"""Graph exports read by their real consumers: networkx, python-igraph, Graphviz, Cytoscape.js under
Node, and headless Chromium for the HTML view.

The tests write only under their temporary folders, never into the source tree. The README's picture
(docs/kg-view.png) is the HTML view test's screenshot, copied there only on request::

    KG_UPDATE_DOCS=1 python -m pytest tests/test_views.py -k html_view_loads
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
from pathlib import Path

import networkx as nx
import pytest

import kg
from kg.errors import ExportError
from kg.exports.graph import Filters, project

JS = Path(__file__).parent / "js"
DOCS = Path(__file__).parent.parent / "docs"
NODE_ATTRS = {"id", "label", "type", "articles", "first", "last", "color", "size"}


def tool(name: str, package: str) -> str:
    path = shutil.which(name)
    if path is None:
        pytest.fail(f"{name} is not installed ({package}); .ci/run installs it")
    return path


def node_modules() -> Path:
    modules = JS / "node_modules"
    if not (modules / "cytoscape").is_dir() or not (modules / "playwright-core").is_dir():
        pytest.fail("the JavaScript test consumers are not installed: npm ci --prefix tests/js (.ci/run does it)")
    return modules


def test_facts_view_has_actors_events_statements_and_role_edges(seed_store):
    g = project(seed_store, "facts")
    groups = {d["group"] for _, d in g.nodes(data=True)}
    assert {"actor", "place", "event", "statement"} <= groups
    roles = {d["role"] for *_, d in g.edges(data=True)}
    assert {"agent", "participant", "target", "place", "speaker", "about"} <= roles
    attack = next(d for _, d in g.nodes(data=True) if d["type"] == "Attack" and "Kyiv" in d["label"])
    assert attack["date"] == "2025-05-24" and "14 missile" in attack["quantities"]


def test_actors_view_links_actors_that_meet_in_events_weighted(seed_store):
    g = project(seed_store, "actors")
    assert all(d["group"] == "actor" for _, d in g.nodes(data=True))
    labels = {d["label"]: n for n, d in g.nodes(data=True)}
    edge = g.edges[labels["Russia"], labels["Ukraine"]]
    assert edge["weight"] >= 3 and "PrisonerExchange" in edge["events"]


def test_filters_by_date_type_and_neighbourhood(seed_store):
    by_date = project(seed_store, "facts", Filters(since="2025-05-24", until="2025-05-24"))
    dates = {d.get("date") for _, d in by_date.nodes(data=True) if d["group"] == "event"}
    assert dates == {"2025-05-24"}
    attacks = project(seed_store, "facts", Filters(types=("ConflictEvent",)))
    assert {d["type"] for _, d in attacks.nodes(data=True) if d["group"] == "event"} == {"Attack", "Interception"}
    near = project(seed_store, "facts", Filters(entity="Kiper", hops=1))
    assert any(d["label"] == "Oleh Kiper" for _, d in near.nodes(data=True)) and near.number_of_nodes() <= 3
    with pytest.raises(ExportError):
        project(seed_store, "facts", Filters(entity="Atlantis"))


def test_a_cut_graph_says_it_was_cut(seed_store):
    g = project(seed_store, "facts", Filters(max_nodes=5))
    assert g.number_of_nodes() == 5 and g.graph["cut"] and g.graph["total_nodes"] > 5


def test_graphml_reads_back_in_networkx_and_igraph_with_every_attribute(seed_store, tmp_path):
    import igraph

    out = tmp_path / "g.graphml"
    kg.export("graphml", out=out, store=seed_store)
    g = nx.read_graphml(out)
    assert g.number_of_nodes() > 20
    assert all(NODE_ATTRS <= set(d) for _, d in g.nodes(data=True))
    ig = igraph.Graph.Read_GraphML(str(out))
    assert ig.vcount() == g.number_of_nodes() and ig.ecount() == g.number_of_edges()
    assert {"label", "type", "color", "first"} <= set(ig.vs.attributes())
    assert "role" in ig.es.attributes()


def test_gexf_has_viz_colours_sizes_and_dates_for_the_timeline(seed_store, tmp_path):
    out = tmp_path / "g.gexf"
    kg.export("gexf", out=out, store=seed_store)
    text = out.read_text(encoding="utf-8")
    assert 'version="1.3"' in text and 'mode="dynamic"' in text
    g = nx.read_gexf(out)
    kyiv = next(d for _, d in g.nodes(data=True) if d["label"] == "Kyiv")
    assert kyiv["viz"]["color"] and kyiv["viz"]["size"] > 0
    assert kyiv["start"] == "2025-05-23" or kyiv["start"] == "2025-05-24"
    assert NODE_ATTRS - {"color", "size"} <= set(kyiv) | {"id"}


def test_graphviz_renders_the_dot_to_svg(seed_store, tmp_path):
    dot = tool("dot", "Debian package graphviz")
    out = tmp_path / "g.dot"
    kg.export("dot", out=out, store=seed_store)
    done = subprocess.run([dot, "-Tsvg", str(out)], capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr
    assert "<svg" in done.stdout and "Volodymyr Zelensky" in done.stdout


def test_nodelink_json_has_nodes_and_links_for_d3(seed_store):
    data = json.loads(kg.export("nodelink", store=seed_store))
    ids = {n["id"] for n in data["nodes"]}
    assert data["links"] and all(l["source"] in ids and l["target"] in ids for l in data["links"])


def test_cytoscape_json_loads_in_cytoscape_js(seed_store, tmp_path):
    node = tool("node", "Node.js")
    node_modules()
    out = tmp_path / "g.cyjs"
    kg.export("cytoscape", out=out, store=seed_store)
    done = subprocess.run([node, str(JS / "load_cytoscape.js"), str(out)], capture_output=True, text=True,
                          timeout=120, cwd=JS)
    assert done.returncode == 0, done.stderr
    loaded = json.loads(done.stdout)
    expected = json.loads(out.read_text())["elements"]
    assert loaded["nodes"] == len(expected["nodes"]) and loaded["edges"] == len(expected["edges"])
    assert loaded["unlabelled"] == 0 and "speaker" in loaded["roles"]


def test_html_view_loads_in_chromium_without_errors_and_shows_the_graph(seed_store, tmp_path):
    node = tool("node", "Node.js")
    tool("chromium", "Debian package chromium")
    node_modules()
    page = tmp_path / "view.html"
    kg.export("html", out=page, store=seed_store)
    shot = tmp_path / "view.png"
    done = subprocess.run([node, str(JS / "view_page.js"), str(page), str(shot)], capture_output=True, text=True,
                          timeout=180, cwd=JS)
    assert done.returncode == 0, done.stderr[-2000:]
    result = json.loads(done.stdout.strip().splitlines()[-1])
    assert result["errors"] == []
    assert result["nodes"] > 20
    assert "Volodymyr Zelensky" in result["panel"] and "Source sentences" in result["panel"]
    assert _coloured_pixels(shot) > 2000  # nodes are drawn, not a blank canvas
    if os.environ.get("KG_UPDATE_DOCS") == "1":  # regenerate the README's picture, on request only
        DOCS.mkdir(exist_ok=True)
        shutil.copy(shot, DOCS / "kg-view.png")


def _coloured_pixels(png: Path) -> int:
    from PIL import Image

    image = Image.open(png).convert("RGB")
    return sum(1 for r, g, b in image.getdata() if max(r, g, b) - min(r, g, b) > 60)


def test_filters_are_refused_for_rdf_formats(seed_store):
    with pytest.raises(ExportError):
        kg.export("turtle", store=seed_store, view="actors")


def test_html_view_stays_usable_with_five_thousand_nodes(tmp_path):
    """A synthetic graph of 5,000+ nodes: the page loads, draws and answers a search in Chromium."""
    import datetime as dt
    import time

    from kg.mapping import facts_to_quads
    from kg.records import Article, Entity, Event, Facts, Span

    node = tool("node", "Node.js")
    tool("chromium", "Debian package chromium")
    node_modules()
    store = kg.open_store(tmp_path / "big")
    for a in range(100):
        text = f"Report {a}\n\n" + " ".join(f"Actor{a}x{i} met Actor{a}x{i + 1}." for i in range(30))
        facts = Facts(article=Article(id=f"big-{a}", text=text, published=dt.date(2024, 1, 1 + a % 28)))
        for i in range(31):
            name = f"Actor{a}x{i}"
            at = text.index(name + " ") if name + " " in text else text.index(name)
            facts.entities[f"person/{name.lower()}"] = Entity(f"person/{name.lower()}", name, "Person",
                                                              mentions=[Span(at, at + len(name), name, "name")])
        for i in range(20):
            at = text.index(" met ", text.index(f"Actor{a}x{i} "))
            keys = [f"person/actor{a}x{i}", f"person/actor{a}x{i + 1}"]
            facts.events[f"e{i}"] = Event(f"e{i}", "Negotiation", mentions=[Span(at + 1, at + 4, "met")],
                                          participants=keys)
        store.put_article(kg.mapping.article_iri(facts.article), facts_to_quads(facts), replace=False)
    page = tmp_path / "big.html"
    started = time.monotonic()
    kg.export("html", out=page, store=store)
    export_seconds = time.monotonic() - started
    store.close()
    started = time.monotonic()
    done = subprocess.run([node, str(JS / "view_page.js"), str(page), str(tmp_path / "big.png")], capture_output=True,
                          text=True, timeout=300, cwd=JS, env={**os.environ, "KG_SEARCH": "Actor42x7"})
    load_seconds = time.monotonic() - started
    assert done.returncode == 0, done.stderr[-2000:]
    result = json.loads(done.stdout.strip().splitlines()[-1])
    assert result["errors"] == [] and result["nodes"] >= 5000
    assert "Actor42x7" in result["panel"]
    assert export_seconds < 60 and load_seconds < 90, (export_seconds, load_seconds)
