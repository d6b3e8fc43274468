"""Graph files for visualization tools: GraphML (yEd, Gephi, Cytoscape), GEXF 1.3 (Gephi, with
colours, sizes and dates for its timeline), Cytoscape.js JSON, node-link JSON (D3) and DOT (Graphviz).

Each writer takes the store and a binary file, projects the graph (see `kg.exports.graph`) and writes
it with networkx's writers (pydot for DOT).
"""

from __future__ import annotations

import json
import math
from typing import BinaryIO

import networkx as nx

from kg.exports.graph import Filters, project

# One colour per node type, the same in every format and in the HTML view.
COLORS: dict[str, str] = {
    "Person": "#1f77b4", "Organization": "#2ca02c", "GeopoliticalEntity": "#9467bd", "Group": "#8c564b",
    "City": "#17becf", "Location": "#7fb8c4", "Statement": "#7f7f7f",
}
EVENT_COLOR = "#d62728"
DIPLOMATIC_COLOR = "#ff7f0e"


def color(data: dict) -> str:
    """The colour of a node: by type; events red, diplomatic events orange."""
    if data.get("group") == "event":
        from kg.taxonomy import taxonomy

        etype = taxonomy().get(data.get("type", ""))
        return DIPLOMATIC_COLOR if etype and "DiplomaticEvent" in etype.ancestors else EVENT_COLOR
    return COLORS.get(data.get("type", ""), "#bbbbbb")


def size(g, node) -> float:
    """Node size grows with its degree and the number of articles naming it."""
    return round(8 + 4 * math.log1p(g.degree(node, weight="weight")) + 2 * math.log1p(g.nodes[node].get("articles", 0)), 2)


def _flat(g):
    """A copy whose attributes are all strings, numbers or booleans (what GraphML and GEXF take)."""
    out = g.copy()
    for _, data in out.nodes(data=True):
        for k, v in list(data.items()):
            if v is None:
                data[k] = ""
            elif isinstance(v, (list, tuple, set)):
                data[k] = "; ".join(map(str, v))
    for *_, data in out.edges(data=True):
        for k, v in list(data.items()):
            if v is None:
                data[k] = ""
    out.graph = {k: v for k, v in out.graph.items() if isinstance(v, (str, int, float, bool))}
    return out


def _styled(g):
    g = _flat(g)
    for n, data in g.nodes(data=True):
        data["color"] = color(data)
        data["size"] = size(g, n)
    return g


def write_graphml(store, out: BinaryIO, filters: Filters | None = None, view: str = "facts") -> None:
    """GraphML with every attribute (label, type, color, size, dates ...); yEd shows labels after its
    Properties Mapper maps `label` to the node label."""
    nx.write_graphml(_styled(project(store, view, filters)), out, encoding="utf-8", prettyprint=True)


def write_gexf(store, out: BinaryIO, filters: Filters | None = None, view: str = "facts") -> None:
    """GEXF 1.3 with viz colours and sizes, and start/end dates so Gephi's timeline can play it."""
    g = _styled(project(store, view, filters))
    g.graph["mode"] = "dynamic"
    g.graph["timeformat"] = "date"
    for n, data in g.nodes(data=True):
        hexcolor = data["color"].lstrip("#")
        data["viz"] = {"color": {"r": int(hexcolor[0:2], 16), "g": int(hexcolor[2:4], 16), "b": int(hexcolor[4:6], 16),
                                 "a": 1.0}, "size": data["size"]}
        if data.get("first"):
            data["start"] = data["first"]
            data["end"] = data.get("last") or data["first"]
    nx.write_gexf(g, out, encoding="utf-8", prettyprint=True, version="1.3")


def cytoscape_elements(g) -> dict:
    """Cytoscape.js elements: nodes and edges, each edge with its own id."""
    data = nx.cytoscape_data(_styled(g))
    for i, edge in enumerate(data["elements"]["edges"]):
        edge["data"]["id"] = f"e{i}"
    data["data"] = {k: v for k, v in g.graph.items() if isinstance(v, (str, int, float, bool))}
    return data


def write_cytoscape(store, out: BinaryIO, filters: Filters | None = None, view: str = "facts") -> None:
    """Cytoscape.js JSON (`elements` with nodes and edges), which Cytoscape desktop imports too."""
    out.write(json.dumps(cytoscape_elements(project(store, view, filters)), ensure_ascii=False).encode("utf-8"))


def write_nodelink(store, out: BinaryIO, filters: Filters | None = None, view: str = "facts") -> None:
    """Node-link JSON for D3 (`nodes`, `links` with source and target ids)."""
    data = nx.node_link_data(_styled(project(store, view, filters)), edges="links")
    out.write(json.dumps(data, ensure_ascii=False).encode("utf-8"))


def write_dot(store, out: BinaryIO, filters: Filters | None = None, view: str = "facts") -> None:
    """DOT for Graphviz: nodes filled by type, edges labelled by role."""
    import pydot

    g = _styled(project(store, view, filters))
    directed = g.is_directed()
    dot = pydot.Dot(graph_type="digraph" if directed else "graph", overlap="false", splines="true",
                    fontname="Helvetica")
    names = {n: f"n{i}" for i, n in enumerate(g.nodes)}
    for n, data in g.nodes(data=True):
        shape = {"event": "box", "statement": "note", "place": "ellipse"}.get(data.get("group"), "ellipse")
        dot.add_node(pydot.Node(names[n], label=_quote(_clip(data["label"])), shape=shape, style="filled",
                                fillcolor=_quote(data["color"]), fontname="Helvetica", tooltip=_quote(n)))
    for s, o, data in g.edges(data=True):
        dot.add_edge(pydot.Edge(names[s], names[o], label=_quote(data.get("role", "")),
                                penwidth=str(1 + math.log1p(data.get("weight", 1)))))
    out.write(dot.to_string().encode("utf-8"))


def _clip(text: str, limit: int = 60) -> str:
    return text if len(text) <= limit else text[: limit - 1] + "…"


def _quote(text: str) -> str:
    return '"' + str(text).replace("\\", "\\\\").replace('"', '\\"').replace("\n", " ") + '"'
