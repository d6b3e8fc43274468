"""A self-contained page to explore the graph offline: pan and zoom, colour by type, a search box, a
date slider, and a click on a node showing its facts and the sentences it comes from.

The drawing library is vis-network, read from the installed pyvis package at export time (never
copied into this repository). The layout is computed in Python (networkx), so the browser only
draws: pages stay usable at several thousand nodes.
"""

from __future__ import annotations

import json
from collections import defaultdict
from pathlib import Path
from typing import BinaryIO

import networkx as nx

from kg.errors import ExportError
from kg.exports.graph import Filters, _rows, project
from kg.exports.views import COLORS, DIPLOMATIC_COLOR, EVENT_COLOR, color, size

DEFAULT_MAX_NODES = 5000
SENTENCES_PER_NODE = 3


def _vis_assets() -> tuple[str, str]:
    try:
        import pyvis
    except ImportError as exc:
        raise ExportError("the html export needs pyvis (pip install pyvis), which ships vis-network") from exc
    root = Path(pyvis.__file__).parent
    found = sorted(root.glob("**/vis-network.min.js"), key=lambda p: p.parent.name, reverse=True)
    if not found:
        raise ExportError(f"vis-network.min.js not found in the pyvis package at {root}")
    js = found[0]
    css = js.with_name("vis-network.css")
    return js.read_text(encoding="utf-8"), css.read_text(encoding="utf-8") if css.exists() else ""


def _layout(g) -> dict:
    """Positions for every node: a force-directed layout, scaled to the page."""
    n = g.number_of_nodes()
    if n == 0:
        return {}
    iterations = 60 if n <= 1000 else 25
    pos = nx.spring_layout(g, seed=7, iterations=iterations, k=None)
    scale = 90 * max(4.0, n ** 0.5)
    return {node: (float(x) * scale, float(y) * scale) for node, (x, y) in pos.items()}


def _sentences(store, nodes: set[str]) -> dict[str, list[dict]]:
    """Up to three source sentences per node: the mention highlighted in its sentence (in the headline,
    for a mention there that the text does not repeat: its offsets point into the headline)."""
    texts = {r["article"]: (r["content"], r["headline"]) for r in _rows(store, "texts")}
    out: dict[str, list[dict]] = defaultdict(list)
    for r in _rows(store, "mentions"):
        node = r["node"]
        if node not in nodes or len(out[node]) >= SENTENCES_PER_NODE or r["article"] not in texts:
            continue
        content, headline = texts[r["article"]]
        text = headline if r["inHeadline"] == "true" and headline else content
        headline = headline or r["article"]
        begin, end = int(r["begin"]), int(r["end"])
        start = max(text.rfind(c, 0, begin) for c in (". ", "\n", "? ", "! ", "“"))
        start = 0 if start < 0 else start + 1
        stop = min((i for i in (text.find(c, end) for c in (". ", "\n", "? ", "! ")) if i >= 0), default=len(text))
        before, after = text[start:begin].lstrip(), text[end:stop + 1]
        if len(before) > 220:
            before = "…" + before[-220:]
        if len(after) > 220:
            after = after[:220] + "…"
        out[node].append({"before": before, "anchor": text[begin:end], "after": after, "article": headline})
    return out


def write_html(store, out: BinaryIO, filters: Filters | None = None, view: str = "facts") -> None:
    """Write the page for the projected graph (cut to the best-connected 5,000 nodes unless told)."""
    from kg.resources import page_text

    filters = filters or Filters()
    if filters.max_nodes is None:
        filters.max_nodes = DEFAULT_MAX_NODES
    g = project(store, view, filters)
    pos = _layout(g)
    sentences = _sentences(store, set(g.nodes))
    shapes = {"event": "box", "statement": "dot", "place": "triangle", "actor": "dot"}
    nodes, all_dates = [], set()
    for n, d in g.nodes(data=True):
        facts = {k: v for k, v in d.items() if k not in ("group",) and not isinstance(v, (list, dict))}
        label = d["label"]
        nodes.append({"id": n, "label": label, "short": label if len(label) <= 40 else label[:39] + "…",
                      "type": d["type"], "color": color(d), "size": size(g, n) if d.get("group") != "event" else 12,
                      "shape": shapes.get(d.get("group"), "dot"), "x": pos[n][0], "y": pos[n][1],
                      "first": d.get("first", ""), "last": d.get("last", ""), "facts": facts,
                      "sentences": sentences.get(n, [])})
        for key in ("first", "last"):
            if d.get(key):
                all_dates.add(d[key])
    edges = [{"source": s, "target": o, "role": d.get("role", ""), "weight": d.get("weight", 1)}
             for s, o, d in g.edges(data=True)]
    legend = {t: c for t, c in COLORS.items() if any(n["type"] == t for n in nodes)}
    if any(n["color"] == EVENT_COLOR for n in nodes):
        legend["event"] = EVENT_COLOR
    if any(n["color"] == DIPLOMATIC_COLOR for n in nodes):
        legend["diplomatic event"] = DIPLOMATIC_COLOR
    data = {"nodes": nodes, "edges": edges, "dates": sorted(all_dates), "legend": legend,
            "directed": g.is_directed(), "physics": False, "cut": g.graph.get("cut", False),
            "total": g.graph.get("total_nodes", len(nodes))}
    js, css = _vis_assets()
    payload = json.dumps(data, ensure_ascii=False).replace("</", "<\\/")
    page = page_text("graph.html")
    title = f"kg graph: {len(nodes)} nodes"
    # Replace each placeholder once, last the data, so no inserted text is scanned again.
    page = page.replace("__TITLE__", title).replace("__VIS_CSS__", css)
    head, _, tail = page.partition("__VIS_JS__")
    page = head + js.replace("</script", "<\\/script") + tail
    head, _, tail = page.partition("__DATA__")
    out.write((head + payload + tail).encode("utf-8"))

