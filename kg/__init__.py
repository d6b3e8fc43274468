"""kg: news articles in, a knowledge graph out. The Python API mirrors the command line::

    import kg
    report = kg.ingest(["article.txt"], store="kg-store", date="2025-05-24")
    print(report.summary())
    for row in kg.query("statements", store="kg-store", params={"who": "Zelensky"}).rows:
        print([term.value for term in row if term is not None])
    kg.export("turtle", out="graph.ttl", store="kg-store")

Heavy libraries (spaCy, rdflib) load only when a function needs them.
"""

from __future__ import annotations

import datetime as dt
import os
from collections.abc import Iterable
from typing import TYPE_CHECKING

__version__ = "0.1.0"


if TYPE_CHECKING:
    from kg.pipeline import IngestReport
    from kg.sparql import Result
    from kg.records import Article, Facts

__all__ = ["__version__", "ingest", "query", "export", "open_store", "extract", "read"]


def open_store(store: str | os.PathLike[str] | None = None, *, endpoint: str | None = None, **options):
    """Open the embedded store at `store` (default ./kg-store or $KG_STORE) or the server at `endpoint`."""
    from kg.store import open_store as _open

    return _open(store, endpoint=endpoint, **options)


def _date_option(value):
    from kg.reader import date_option

    return date_option(value)


def read(paths: Iterable[str], *, date: str | dt.date | None = None) -> list["Article"]:
    """Read articles from files, folders or '-' (stdin); raise InputError on the first bad one."""
    from kg.errors import InputError
    from kg.pipeline import read_inputs

    out = []
    for item in read_inputs(list(paths), _date_option(date)):
        if isinstance(item, InputError):
            raise item
        out.append(item)
    return out


def extract(article: "Article") -> "Facts":
    """Return the facts of one article (actors, places, events, quantities, times, statements)."""
    from kg.extraction import extract as _extract

    return _extract(article)


def ingest(paths: Iterable[str] | Iterable["Article"], *, store=None, endpoint: str | None = None,
           date: str | dt.date | None = None, progress=None) -> "IngestReport":
    """Read, extract and store articles (paths, or Article records); return what was done.

    Bad inputs are listed in the report's `errors`; the good ones land.
    """
    from kg.pipeline import ingest_articles, read_inputs

    items = list(paths)
    articles = items if items and not isinstance(items[0], (str, os.PathLike)) else read_inputs(
        [str(p) for p in items], _date_option(date))
    target = store if hasattr(store, "put_article") else open_store(store, endpoint=endpoint)
    try:
        return ingest_articles(articles, target, progress=progress)
    finally:
        if target is not store:
            target.close()


def query(text: str, *, store=None, endpoint: str | None = None, params: dict[str, str] | None = None,
          timeout: float | None = None, memory_mb: int | None = None, allow_service: bool = False) -> "Result":
    """Run SPARQL text, a .rq file or a shipped query name; return variables and rows of RDF terms.

    By default the query runs in this process (the fast path). With `timeout` (seconds) or
    `memory_mb` it runs in a worker process, stopped at the limit with a QueryTimeoutError or
    QueryResourceError. SERVICE calls to other endpoints are refused unless `allow_service`.
    """
    from kg.sparql import run

    target = store if hasattr(store, "select") else open_store(store, endpoint=endpoint, read_only=endpoint is None)
    try:
        return run(target, text, params, timeout=timeout, memory_mb=memory_mb, allow_service=allow_service)
    finally:
        if target is not store:
            target.close()


def export(format: str, *, out: str | os.PathLike[str] | None = None, store=None, endpoint: str | None = None,
           view: str | None = None, filters=None) -> bytes | None:
    """Write the graph in `format` to `out` (or return the bytes when `out` is None).

    Graph formats (graphml, gexf, cytoscape, nodelink, dot, html) take `view` ("facts" or "actors")
    and `filters` (`kg.exports.graph.Filters`: since, until, types, article, entity, hops, max_nodes).
    """
    from kg.exports import export as _export

    target = store if hasattr(store, "quads") else open_store(store, endpoint=endpoint, read_only=endpoint is None)
    try:
        return _export(target, format, out, view=view, filters=filters)
    finally:
        if target is not store:
            target.close()
