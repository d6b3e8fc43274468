"""Triple stores: the embedded pyoxigraph store (default) and any SPARQL 1.1 server.

Both keep one named graph per article and answer queries over the union of all graphs.
"""

from __future__ import annotations

import os
from typing import Protocol

from pyoxigraph import NamedNode, Quad

DEFAULT_STORE = "kg-store"


class Store(Protocol):
    """What the pipeline, the query layer and the exports need of a store."""

    def article_hash(self, article: NamedNode) -> str | None:
        """Return the content hash stored for `article`, None if it is not stored."""

    def put_article(self, article: NamedNode, quads: list[Quad], *, replace: bool) -> None:
        """Store `quads` as the whole graph of `article`, atomically replacing an older version."""

    def put_articles(self, articles: list[tuple[NamedNode, list[Quad]]]) -> None:
        """Store several new articles (one transaction where the store has them)."""

    def select(self, query: str, *, timeout: float | None = None, memory_mb: int | None = None):
        """Run a SPARQL query over the union of all graphs; return pyoxigraph results.

        `timeout` (seconds) and `memory_mb` limit the query where the store can (kg.sparql.run passes
        them only when asked, so a store without them still works without limits)."""

    def quads(self):
        """Iterate over every quad of the store."""

    def close(self) -> None:
        """Flush and release the store."""


def open_store(path: str | os.PathLike[str] | None = None, *, endpoint: str | None = None,
               update_endpoint: str | None = None, read_only: bool = False) -> Store:
    """Open the store to use: `endpoint` (or $KG_ENDPOINT) if given, else the embedded store at
    `path` (or $KG_STORE, or ./kg-store)."""
    endpoint = endpoint or os.environ.get("KG_ENDPOINT") or None
    if endpoint:
        from kg.store.remote import RemoteStore

        return RemoteStore(endpoint, update_endpoint=update_endpoint)
    from kg.store.embedded import EmbeddedStore

    return EmbeddedStore(path or os.environ.get("KG_STORE") or DEFAULT_STORE, read_only=read_only)
