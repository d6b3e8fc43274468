"""Exports: the graph as RDF files, and (see the view modules) for visualization tools.

Formats are kept in one registry keyed by short name; an unknown name lists the valid ones.
"""

from __future__ import annotations

import os
from collections.abc import Callable

from kg.errors import ExportError

# name -> (module, function, description). Modules load only when their format is used.
FORMATS: dict[str, tuple[str, str, str]] = {
    "turtle": ("kg.exports.rdf", "write_turtle", "Turtle, all graphs merged"),
    "nquads": ("kg.exports.rdf", "write_nquads", "N-Quads, one named graph per article"),
    "trig": ("kg.exports.rdf", "write_trig", "TriG, one named graph per article"),
    "ntriples": ("kg.exports.rdf", "write_ntriples", "N-Triples, all graphs merged"),
    "jsonld": ("kg.exports.rdf", "write_jsonld", "JSON-LD with a context for the kg prefixes"),
    "graphml": ("kg.exports.views", "write_graphml", "GraphML for yEd, Gephi and Cytoscape"),
    "gexf": ("kg.exports.views", "write_gexf", "GEXF 1.3 for Gephi, with colours, sizes and dates"),
    "cytoscape": ("kg.exports.views", "write_cytoscape", "Cytoscape.js JSON elements"),
    "nodelink": ("kg.exports.views", "write_nodelink", "node-link JSON for D3"),
    "dot": ("kg.exports.views", "write_dot", "DOT for Graphviz"),
    "html": ("kg.exports.html", "write_html", "a self-contained page to explore the graph"),
}
GRAPH_FORMATS = {"graphml", "gexf", "cytoscape", "nodelink", "dot", "html"}


def writer(fmt: str) -> Callable:
    """Return the function that writes format `fmt`."""
    import importlib

    try:
        module, func, _ = FORMATS[fmt]
    except KeyError:
        raise ExportError(f"unknown export format {fmt!r}; choose one of {', '.join(FORMATS)}") from None
    return getattr(importlib.import_module(module), func)


def export(store, fmt: str, out: str | os.PathLike[str] | None = None, **options) -> bytes | None:
    """Write the store's graph as `fmt` to the file `out`, or return the bytes when `out` is None.

    Graph formats take `view` ("facts" or "actors") and `filters` (a `kg.exports.graph.Filters`).
    """
    write = writer(fmt)
    if fmt not in GRAPH_FORMATS and any(v is not None for v in options.values()):
        raise ExportError(f"--view and the filters apply to the graph formats ({', '.join(sorted(GRAPH_FORMATS))}), "
                          f"not to {fmt}")
    options = {k: v for k, v in options.items() if v is not None}
    if out is None:
        import io

        buf = io.BytesIO()
        write(store, buf, **options)
        return buf.getvalue()
    try:
        with open(out, "wb") as fh:
            write(store, fh, **options)
    except OSError as exc:
        raise ExportError(f"cannot write {out}: {exc.strerror or exc}") from exc
    return None
