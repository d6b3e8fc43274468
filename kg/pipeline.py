"""Ingest: read -> extract -> map -> store, streaming, in one process or several.

Articles flow through ``nlp.pipe`` in batches; with ``jobs > 1`` a pool of worker processes (each
loading the model once) turns chunks of articles into quads while the main process reads the
inputs, skips articles already stored unchanged (so a stopped run can simply be started again) and
writes the quads to the store in batches. Memory stays flat: nothing holds more than a few chunks.

`article_quads` is the pure function underneath: an article in, its quads out, no store.
Library code never prints: progress goes to a callback the CLI turns into a progress bar.
"""

from __future__ import annotations

import datetime as dt
import logging
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field

from kg.errors import ExtractionError, InputError, KgError, StoreError, first_line
from kg.records import Article
from kg.vocab import ONTOLOGY_GRAPH

log = logging.getLogger(__name__)

WRITE_BATCH_ARTICLES = 256  # new articles per store write: fewer, larger bulk loads cost less in all
CHUNK = 32  # articles a worker process handles per task: one spaCy batch; smaller chunks leave a shorter tail


@dataclass
class IngestReport:
    """What one ingest run did."""

    articles: int = 0  # read successfully
    added: int = 0
    replaced: int = 0
    unchanged: int = 0
    triples: int = 0  # written by this run
    actors: int = 0
    events: int = 0
    statements: int = 0
    words: int = 0  # of the articles extracted by this run
    errors: list[str] = field(default_factory=list)

    @property
    def skipped(self) -> int:
        """Inputs that could not be read or stored."""
        return len(self.errors)

    def summary(self) -> str:
        """One line for the terminal."""
        return (f"{self.articles} articles ({self.added} new, {self.replaced} replaced, {self.unchanged} unchanged), "
                f"{self.triples} triples, {self.actors} actors, {self.events} events, "
                f"{self.statements} statements, {self.skipped} skipped")


@dataclass
class Extracted:
    """One article's quads (N-Quads bytes as the mapping writes them, or a list read from a file) and counts."""

    article: Article
    quads: list | bytes
    actors: int
    events: int
    statements: int


Progress = Callable[[int, str], None]  # (articles done, name of the last one)


def extractor_id(model: str | None = None) -> str:
    """The version string recorded with every article: kg's and the model's (read without loading it)."""
    import kg
    from kg.extraction.nlp import model_meta

    meta = model_meta(model)
    return f"kg-{kg.__version__} {meta.get('lang', 'en')}_{meta.get('name', '?')}-{meta.get('version', '?')}"


def article_quads(article: Article, nlp=None, *, extractor: str | None = None) -> list:
    """Return the quads of one article (a pure function: no store is touched).

    >>> from kg.records import Article
    >>> quads = article_quads(Article(id="x", text="Talks\\n\\nRussia and Ukraine met in Istanbul."))
    >>> len({q.graph_name for q in quads})
    1
    """
    from kg.extraction import extract
    from kg.mapping import facts_to_quads

    return facts_to_quads(extract(article, nlp), extractor=extractor or extractor_id())


def extract_quads(articles: Iterable[Article], *, nlp=None, batch_size: int | None = None,
                  extractor: str | None = None, dispatched: Callable[[], None] | None = None) -> Iterator[Extracted]:
    """Yield each article's quads (N-Quads bytes) and counts, parsing in batches with ``nlp.pipe`` (one process).

    `dispatched` is called once the last article has been read into a batch.
    """
    from kg.extraction import extract_many
    from kg.mapping import facts_to_nquads

    extractor = extractor or extractor_id()
    if dispatched:
        articles = _then(articles, dispatched)
    for facts in extract_many(articles, nlp, batch_size=batch_size):
        yield Extracted(facts.article, facts_to_nquads(facts, extractor=extractor),
                        sum(1 for e in facts.entities.values() if e.kind not in ("City", "Location") and e.mentions),
                        len(facts.events), len(facts.statements))


def _then(items: Iterable[Article], call: Callable[[], None]) -> Iterator[Article]:
    """`items`, then a call once they are exhausted."""
    yield from items
    call()


def _work(task: tuple[list[Article], int, str]) -> list[Extracted]:
    """A worker process's task: one chunk of articles to quads (the model is loaded once per process).

    The quads travel back as the N-Quads bytes the mapping wrote (pickling pyoxigraph terms one by
    one costs ten times more).
    """
    chunk, batch_size, extractor = task
    return list(extract_quads(chunk, batch_size=batch_size, extractor=extractor))


def _chunks(items: Iterable[Article], size: int) -> Iterator[list[Article]]:
    chunk: list[Article] = []
    for item in items:
        chunk.append(item)
        if len(chunk) >= size:
            yield chunk
            chunk = []
    if chunk:
        yield chunk


def _worker_context():
    """The multiprocessing context worker pools start from.

    Not a plain fork: the parent holds an open store and threads. A fork server is a clean process
    that loads the model and gazetteer once (kg.extraction.warm) and forks each worker from itself, so
    workers share that memory and skip the loading; where there is no fork server, spawn.
    """
    import multiprocessing

    if "forkserver" not in multiprocessing.get_all_start_methods():
        return multiprocessing.get_context("spawn")
    ctx = multiprocessing.get_context("forkserver")
    ctx.set_forkserver_preload(["kg.extraction.warm"])
    return ctx


def _balanced_chunks(items: Iterable[Article], size: int, lookahead: int) -> Iterator[list[Article]]:
    """Chunks of `size`, except the last `lookahead` chunks' articles, which go out four times smaller.

    With whole chunks to the end, one worker sat idle while another finished the last chunk; small
    last chunks let the workers finish together. Only `lookahead` chunks are held back.
    """
    from collections import deque

    pending: deque[list[Article]] = deque()
    for chunk in _chunks(items, size):
        pending.append(chunk)
        if len(pending) > lookahead:
            yield pending.popleft()
    yield from _chunks((a for chunk in pending for a in chunk), max(1, size // 4))


def extract_parallel(articles: Iterable[Article], jobs: int, *, batch_size: int | None = None,
                     extractor: str | None = None, dispatched: Callable[[], None] | None = None) -> Iterator[Extracted]:
    """Yield each article's quads, extracted by `jobs` worker processes, chunk by chunk as they finish.

    `dispatched` is called once the last chunk has gone to a worker. A worker that dies (killed, out
    of memory) raises ExtractionError instead of leaving the run waiting for it.
    """
    from concurrent.futures import FIRST_COMPLETED, ProcessPoolExecutor, wait
    from concurrent.futures.process import BrokenProcessPool

    from kg.extraction.nlp import BATCH_SIZE

    extractor = extractor or extractor_id()
    pool = ProcessPoolExecutor(jobs, mp_context=_worker_context())
    running: set = set()

    def finished() -> Iterator[Extracted]:
        nonlocal running
        done, running = wait(running, return_when=FIRST_COMPLETED)
        for future in done:
            yield from future.result()  # quads stay N-Quads bytes: the store loads them without Python objects

    try:
        # Two chunks per worker in flight: the workers never wait for work, and memory does not grow
        # with the input. Chunks are taken as they finish, not in input order: in order, one slow
        # chunk held back the finished ones behind it and the other workers sat idle (each article
        # is its own graph, so the order does not matter).
        for chunk in _balanced_chunks(articles, CHUNK, jobs):
            running.add(pool.submit(_work, (chunk, batch_size or BATCH_SIZE, extractor)))
            if len(running) >= 2 * jobs:
                yield from finished()
        if dispatched:
            dispatched()
        while running:
            yield from finished()
    except BrokenProcessPool as exc:
        raise ExtractionError("a worker process stopped before finishing its articles (killed, out of memory, "
                              "or started from a script that does not guard its code with "
                              "`if __name__ == \"__main__\":`)") from exc
    finally:
        # On an error or an interrupted run, the chunks not yet started are dropped, not extracted.
        pool.shutdown(wait=not running, cancel_futures=True)


def ingest_articles(items: Iterable[Article | InputError], store, *, nlp=None, batch_size: int | None = None,
                    jobs: int = 1, progress: Progress | None = None) -> IngestReport:
    """Extract and store every article of `items`; report bad ones and go on with the rest."""
    from kg.mapping import article_iri, content_hash

    report = IngestReport()
    extractor = extractor_id()
    ensure_ontology(store)
    stored: dict[str, bool] = {}  # article IRI -> an older version is stored (replace it)
    done = 0

    def to_extract() -> Iterator[Article]:
        nonlocal done
        for item in items:
            if isinstance(item, InputError):
                report.errors.append(str(item))
                log.warning("%s", item)
                continue
            report.articles += 1
            iri = article_iri(item)
            old = store.article_hash(iri)
            if old is not None and old == content_hash(item, extractor):
                report.unchanged += 1
                done += 1
                if progress:
                    progress(done, item.id)
                continue
            stored[iri.value] = old is not None
            yield item

    writer = _BatchWriter(store, report)
    # Once every article is being extracted, what waits for the store is written while the last
    # ones are: the write after the last result, which nothing overlaps, is then a few articles.
    if jobs > 1:
        extracted = extract_parallel(to_extract(), jobs, batch_size=batch_size, extractor=extractor,
                                     dispatched=writer.drain)
    else:
        extracted = extract_quads(to_extract(), nlp=nlp, batch_size=batch_size, extractor=extractor,
                                  dispatched=writer.drain)
    try:
        for item in extracted:
            report.words += len(item.article.text.split())
            writer.add(item, replace=stored.pop(article_iri(item.article).value, False))
            done += 1
            if progress:
                progress(done, item.article.id)
    finally:
        writer.flush()  # what was extracted is stored, even when the run is interrupted
    return report


class _BatchWriter:
    """Writes new articles `WRITE_BATCH_ARTICLES` to a transaction, replacements alone, in a thread of
    its own: the store (Rust, releasing the GIL) writes one batch while spaCy parses the next.

    After `drain`, a batch goes out whenever the writer is idle, however small. An unexpected error
    in the writer stops the run (StoreError from the next `add` or `flush`) instead of losing the
    articles silently or leaving the run waiting on a writer that is gone.
    """

    def __init__(self, store, report: IngestReport) -> None:
        import queue
        import threading

        self.store, self.report, self.batch = store, report, []
        self._failed: Exception | None = None
        self._queue: queue.Queue = queue.Queue(maxsize=2)  # bounded: memory stays flat
        self._draining = False
        self._thread = threading.Thread(target=self._run, name="kg-store-writer", daemon=True)
        self._thread.start()

    def _run(self) -> None:
        while True:
            task = self._queue.get()
            if task is None:
                return
            items, replace, iri = task
            if self._failed is None:
                try:
                    _write(self.store, items, self.report, replace=replace, iri=iri)
                except Exception as exc:  # noqa: BLE001 - raised again in the caller's thread
                    self._failed = exc  # the thread goes on taking tasks, so no put waits on it
            self._queue.task_done()  # the queue's count of unfinished tasks says when the writer is idle

    def drain(self) -> None:
        """From now on, write what is waiting as soon as the writer is free (the input has ended)."""
        self._draining = True

    def _check(self) -> None:
        if self._failed is not None:
            raise StoreError(f"the store writer failed: {type(self._failed).__name__}: "
                             f"{first_line(self._failed)}") from self._failed

    def add(self, item: Extracted, *, replace: bool, iri=None) -> None:
        self._check()
        if replace:
            self._queue.put(([item], True, iri))
            return
        self.batch.append(item)
        if len(self.batch) >= WRITE_BATCH_ARTICLES or (self._draining and self._queue.unfinished_tasks == 0):
            self._queue.put((self.batch, False, None))
            self.batch = []

    def flush(self) -> None:
        """Write what is left and wait until every write is done."""
        if self.batch:
            self._queue.put((self.batch, False, None))
            self.batch = []
        self._queue.put(None)
        self._thread.join()
        self._check()


def _write(store, items: list[Extracted], report: IngestReport, *, replace: bool, iri=None) -> None:
    """Write articles in one store transaction; a failure is reported per article, the rest go on."""
    from kg.mapping import article_iri

    def graph_of(item: Extracted):
        if isinstance(item.quads, list) and item.quads:
            return item.quads[0].graph_name
        return article_iri(item.article)

    try:
        if replace:
            store.put_article(iri or graph_of(items[0]), as_quads(items[0].quads), replace=True)
        else:
            store.put_articles([(graph_of(i), i.quads) for i in items])
    except KgError as exc:
        if len(items) > 1:  # find the article at fault, keep the others
            for item in items:
                _write(store, [item], report, replace=replace, iri=iri)
            return
        report.errors.append(f"{items[0].article.source or items[0].article.id}: {exc}")
        log.warning("%s", report.errors[-1])
        return
    for item in items:
        report.replaced += replace
        report.added += not replace
        report.triples += item.quads.count(b"\n") if isinstance(item.quads, bytes) else len(item.quads)
        report.actors += item.actors
        report.events += item.events
        report.statements += item.statements


def load_nquads(paths: Iterable[str], store, *, progress: Progress | None = None) -> IngestReport:
    """Load N-Quads files made by `article_quads` elsewhere (e.g. a Dask run) article graph by article graph.

    Unchanged articles are skipped and changed ones replaced, as `kg ingest` does.
    """
    from itertools import groupby

    from pyoxigraph import RdfFormat, parse

    from kg.vocab import NKG

    report = IngestReport()
    ensure_ontology(store)
    writer = _BatchWriter(store, report)
    done = 0
    for path in paths:
        try:
            quads = parse(path=str(path), format=RdfFormat.N_QUADS)
            for graph, group in groupby(quads, key=lambda q: q.graph_name):
                group = list(group)
                digest = next((q.object.value for q in group if q.predicate.value == NKG + "contentHash"
                               and q.subject == graph), None)
                article = Article(id=graph.value, text="", source=str(path))
                report.articles += 1
                old = store.article_hash(graph)
                item = Extracted(article, group, 0, 0, 0)
                if old is not None and old == digest:
                    report.unchanged += 1
                else:
                    writer.add(item, replace=old is not None, iri=graph)
                done += 1
                if progress:
                    progress(done, graph.value)
        except (OSError, SyntaxError) as exc:
            report.errors.append(f"{path}: cannot load N-Quads ({str(exc).splitlines()[0]})")
    writer.flush()
    return report


def as_quads(quads: list | bytes) -> list:
    """Quads as pyoxigraph objects, parsing N-Quads bytes when that is what a worker sent."""
    if isinstance(quads, bytes):
        from pyoxigraph import RdfFormat, parse

        return list(parse(quads, format=RdfFormat.N_QUADS))
    return quads


def ensure_ontology(store) -> None:
    """Load the ontology into its own named graph (once), so queries can read class hierarchy and labels."""
    import hashlib

    from pyoxigraph import Literal, NamedNode, Quad, RdfFormat, parse

    from kg.resources import ontology_text
    from kg.vocab import NKG

    graph = NamedNode(ONTOLOGY_GRAPH)
    text = ontology_text()
    digest = hashlib.sha1(text.encode("utf-8")).hexdigest()
    if store.article_hash(graph) == digest:
        return
    quads = [Quad(t.subject, t.predicate, t.object, graph) for t in parse(text.encode("utf-8"), format=RdfFormat.TURTLE)]
    quads.append(Quad(graph, NamedNode(NKG + "contentHash"), Literal(digest), graph))
    store.put_article(graph, quads, replace=True)


def read_inputs(paths: Iterable[str], date: dt.date | None = None) -> Iterator[Article | InputError]:
    """Read articles from paths (files, folders, '-'), yielding an InputError for each bad one."""
    from kg.reader import read_paths

    return read_paths(paths, default_date=date)
