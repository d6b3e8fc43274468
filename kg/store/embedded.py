"""The embedded, persistent store: pyoxigraph on disk, one named graph per article."""

from __future__ import annotations

import os
import re
from collections.abc import Iterator
from pathlib import Path
from typing import TYPE_CHECKING

from pyoxigraph import NamedNode, Quad, RdfFormat, Store as OxStore, parse, serialize

from kg.errors import QueryError, QuerySyntaxError, StoreError, first_line
from kg.vocab import NKG

if TYPE_CHECKING:
    from kg.worker import QueryPool

_HASH = NamedNode(NKG + "contentHash")
# RocksDB keeps written data in memory tables until they are flushed: flushing every so many quads
# keeps a long ingest's memory flat (without it, it grew by about 1 GB a million quads).
FLUSH_EVERY = 200_000
# A write of fewer quads than this (a few dozen articles) goes through an ordinary transaction, not
# the bulk loader: each bulk load leaves files that only a compaction of the whole store merges,
# and that compaction costs as much as the store is large (1.4 s for 7 articles added to a store of
# 700,000 quads); a transaction costs about twice the bulk loader's CPU per quad and needs none.
SMALL_WRITE = 30_000


class EmbeddedStore:
    """A pyoxigraph store in a folder. Writes are transactional: an article lands whole or not at all.

    >>> import tempfile
    >>> with EmbeddedStore(tempfile.mkdtemp()) as store:
    ...     store.count()
    0
    """

    def __init__(self, path: str | os.PathLike[str] | None, *, read_only: bool = False) -> None:
        self.path = None if path is None else Path(path)
        self.read_only = read_only
        self._unflushed = 0
        self._bulk_written = False
        self._pool: QueryPool | None = None
        try:
            if self.path is None:
                self._store = OxStore()
            elif read_only:
                if not self.path.exists():
                    raise StoreError(f"no store at {self.path}: ingest articles first (kg ingest PATH) "
                                     "or point --store at an existing one")
                self._store = OxStore.read_only(str(self.path))
            else:
                self.path.mkdir(parents=True, exist_ok=True)
                self._store = OxStore(str(self.path))
        except OSError as exc:
            raise StoreError(f"cannot open the store at {self.path}: {first_line(exc)} "
                             "(is another kg process using it?)") from exc

    def __enter__(self) -> "EmbeddedStore":
        return self

    def __exit__(self, *exc) -> None:
        self.close()

    def article_hash(self, article: NamedNode) -> str | None:
        """Return the content hash stored for `article`, None if it is not stored."""
        for quad in self._store.quads_for_pattern(article, _HASH, None, article):
            return quad.object.value
        return None

    def put_article(self, article: NamedNode, quads: list[Quad], *, replace: bool) -> None:
        """Store `quads` as the graph of `article`; with `replace`, drop the old graph in the same transaction."""
        try:
            if replace and self._store.contains_named_graph(article):
                # One update is one transaction: readers never see the article half-replaced.
                body = " .\n".join(f"{q.subject} {q.predicate} {q.object}" for q in quads)
                self._store.update(f"DROP SILENT GRAPH {article} ;\nINSERT DATA {{ GRAPH {article} {{\n{body} .\n}} }}")
            else:
                self._store.extend(quads)
        except OSError as exc:
            raise StoreError(f"cannot write article {article.value}: {first_line(exc)}") from exc

    def put_articles(self, articles: list[tuple[NamedNode, list[Quad] | bytes]]) -> None:
        """Store several new articles (quads may come as N-Quads bytes); each is complete once its hash is in."""
        bodies, hashes = [], []
        for _, quads in articles:
            body, digest = _split_hash(quads)
            bodies.append(body)
            hashes += digest
        body = b"".join(bodies)
        lines = body.count(b"\n")
        try:
            if lines < SMALL_WRITE:
                # One transaction, hashes included: the batch lands whole or not at all.
                self._store.load(body + (serialize(hashes, format=RdfFormat.N_QUADS) or b""),
                                 format=RdfFormat.N_QUADS, lenient=True)
                self._written(lines + len(hashes))
                return
            # New articles go through the bulk loader (about three times faster, no transaction),
            # their content hashes after it in a transaction: an article cut off half-way has no
            # hash, so the next ingest writes it again. This process holds the store's only
            # write lock, so no other writer can interleave. The loader reads N-Quads bytes
            # without holding the GIL (bulk_extend of Python quads holds it), so extraction goes
            # on in the other thread while it writes.
            # Lenient: IRIs are not checked again (a tenth of the load's CPU). The mapping makes
            # every IRI itself, from hashes, slugs, numbers and the vocabulary, never from input
            # text; quads `kg load` reads from files were checked when they were parsed.
            self._store.bulk_load(body, format=RdfFormat.N_QUADS, lenient=True)
            self._bulk_written = True
            self._store.extend(hashes)
            self._written(lines + len(hashes))
        except (OSError, SyntaxError) as exc:
            raise StoreError(f"cannot write {len(articles)} articles: {first_line(exc)}") from exc

    def _written(self, count: int) -> None:
        self._unflushed += count
        if self._unflushed >= FLUSH_EVERY and self.path is not None:
            self._store.flush()
            self._unflushed = 0

    def select(self, query: str, *, timeout: float | None = None, memory_mb: int | None = None):
        """Run SPARQL over the union of all graphs (each article's and the ontology's).

        With a `timeout` (seconds) or `memory_mb`, the query runs in a worker process that opens the
        store read-only and is stopped at the limit (see kg.worker); without, in this process.
        """
        if timeout is not None or memory_mb is not None:
            return self.pool().run(query, timeout=timeout, memory_mb=memory_mb).parsed()
        try:
            return self._store.query(query, use_default_graph_as_union=True)
        except SyntaxError as exc:
            m = re.match(r"error at (\d+):(\d+)", str(exc))
            raise QuerySyntaxError(f"invalid SPARQL: {exc}", int(m[1]) if m else None, int(m[2]) if m else None) from exc
        except (OSError, ValueError) as exc:
            raise QueryError(f"query failed: {first_line(exc)}") from exc

    def pool(self) -> "QueryPool":
        """The worker processes that run this store's queries with limits (started on first use)."""
        if self.path is None:
            raise QueryError("a query timeout or memory limit needs an on-disk store (worker processes open it)")
        if self._pool is None:
            from kg.worker import QueryPool

            self._pool = QueryPool(self.path)
        return self._pool

    def quads(self) -> Iterator[Quad]:
        """Iterate over every quad of the store."""
        return iter(self._store)

    def count(self) -> int:
        """Return the number of quads stored."""
        return len(self._store)

    def close(self) -> None:
        """Flush pending writes (compacting after bulk loads) and release the folder's lock."""
        if getattr(self, "_pool", None) is not None:
            self._pool.close()
            self._pool = None
        if getattr(self, "_store", None) is not None:
            if not self.read_only and self.path is not None:
                self._store.flush()
                if self._bulk_written:
                    # The bulk loader writes many small files; merging them keeps queries fast
                    # (selective queries took up to twice as long over twenty unmerged loads).
                    self._store.optimize()
            self._store = None


def _split_hash(quads: list[Quad] | bytes) -> tuple[bytes, list[Quad]]:
    """An article's quads as N-Quads bytes without its content hash, and the hash quad apart.

    Workers send N-Quads bytes: the hash line is cut out of them as bytes, so the main process
    makes no Python object of the other quads.
    """
    if not isinstance(quads, bytes):
        body = [q for q in quads if q.predicate != _HASH]
        return serialize(body, format=RdfFormat.N_QUADS) or b"", [q for q in quads if q.predicate == _HASH]
    marker = f" {_HASH} ".encode()
    parts, lines, at = [], [], 0
    while (found := quads.find(marker, at)) >= 0:
        start = quads.rfind(b"\n", 0, found) + 1
        end = quads.find(b"\n", found)
        end = len(quads) if end < 0 else end + 1
        parts.append(quads[at:start])
        lines.append(quads[start:end])
        at = end
    if not lines:
        return quads, []
    parts.append(quads[at:])
    return b"".join(parts), list(parse(b"".join(lines), format=RdfFormat.N_QUADS))
