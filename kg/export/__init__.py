"""Exports: the graph as RDF files, and (see the view modules) for visualization tools.

Formats are kept in one registry keyed by short name; an unknown name lists the valid ones.
"""

from __future__ import annotations

import os
from collections.abc import Callable

from kg.errors import ExportError

# name -> (module, function, description). Modules load only when their format is used.
FORMATS: dict[str, tuple[str, str, str]] = {
    "turtle": ("kg.export.rdf", "write_turtle", "Turtle, all graphs merged"),
    "nquads": ("kg.export.rdf", "write_nquads", "N-Quads, one named graph per article"),
    "trig": ("kg.export.rdf", "write_trig", "TriG, one named graph per article"),
    "ntriples": ("kg.export.rdf", "write_ntriples", "N-Triples, all graphs merged"),
    "jsonld": ("kg.export.rdf", "write_jsonld", "JSON-LD with a context for the kg prefixes"),
}


def writer(fmt: str) -> Callable:
    """Return the function that writes format `fmt`."""
    import importlib

    try:
        module, func, _ = FORMATS[fmt]
    except KeyError:
        raise ExportError(f"unknown export format {fmt!r}; choose one of {', '.join(FORMATS)}") from None
    return getattr(importlib.import_module(module), func)


def export(store, fmt: str, out: str | os.PathLike[str] | None = None, **options) -> bytes | None:
    """Write the store's graph as `fmt` to the file `out`, or return the bytes when `out` is None."""
    write = writer(fmt)
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
