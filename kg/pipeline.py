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
import os
import signal
import sys
import time
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field

from kg.errors import ExtractionError, InputError, Interrupted, KgError, StoreError, Terminated, first_line
from kg.records import Article
from kg.vocab import ONTOLOGY_GRAPH

log = logging.getLogger(__name__)

WRITE_BATCH_ARTICLES = 256  # new articles per store write: fewer, larger bulk loads cost less in all
# ... but what waits is written at least this often, so a killed run loses seconds of work, not minutes.
# Not more often: a bulk load of 30 articles costs half again as much CPU per article as one of 100
# (in the main process, beside the workers), and each load leaves files for the closing compaction.
WRITE_EVERY_SECONDS = 10.0
CHUNK = 32  # articles a worker process handles per task: one spaCy batch; smaller chunks leave a shorter tail
SHUTDOWN_SECONDS = 20.0  # how long a stopped run waits for its worker pool to let go of its queues


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
                  extractor: str | None = None,
                  dispatched: Callable[[], None] | None = None) -> Iterator[Extracted | ExtractionError]:
    """Yield each article's quads (N-Quads bytes) and counts, parsing in batches with ``nlp.pipe`` (one process).

    An article that fails (in spaCy, the rules or the mapping) comes out as an ExtractionError
    naming it, with the article as its `article` attribute; the others go on.
    `dispatched` is called once the last article has been read into a batch.
    """
    from kg.extraction import article_error, extract_each
    from kg.mapping import facts_to_nquads

    extractor = extractor or extractor_id()
    if dispatched:
        articles = _then(articles, dispatched)
    for facts in extract_each(articles, nlp, batch_size=batch_size):
        if isinstance(facts, ExtractionError):
            yield facts
            continue
        try:
            quads = facts_to_nquads(facts, extractor=extractor)
        except Exception as exc:  # noqa: BLE001 - one article's failure is that article's
            yield article_error(facts.article, exc)
            continue
        yield Extracted(facts.article, quads,
                        sum(1 for e in facts.entities.values() if e.kind not in ("City", "Location") and e.mentions),
                        len(facts.events), len(facts.statements))


def _then(items: Iterable[Article], call: Callable[[], None]) -> Iterator[Article]:
    """`items`, then a call once they are exhausted."""
    yield from items
    call()


def _work(task: tuple[list[Article], int, str]) -> list[Extracted | ExtractionError]:
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
    # _kg_forkserver first: it takes the working folder off the server's sys.path before kg is imported.
    ctx.set_forkserver_preload(["_kg_forkserver", "kg.extraction.warm"])
    _start_forkserver()
    return ctx


def _start_forkserver() -> None:
    """Start the fork server (if it is not running) so that it imports the installed kg.

    multiprocessing starts it with ``python -c``, which puts the working folder first on sys.path:
    a folder holding a ``kg/`` directory made the server import that instead and die. The preload
    module _kg_forkserver, imported first, takes it off (on every Python kg supports; the
    PYTHONSAFEPATH of Python 3.11+ would leave 3.10 out).
    """
    from multiprocessing import forkserver

    # KG_FORKSERVER tells kg.extraction.warm it runs in the fork server (not imported elsewhere,
    # e.g. by a doctest run): only there does it ignore Ctrl-C and tie itself to its parent.
    settings = {"KG_FORKSERVER": "1"}
    before = {name: os.environ.get(name) for name in settings}
    os.environ.update(settings)
    try:
        forkserver.ensure_running()
    finally:
        for name, value in before.items():
            if value is None:
                os.environ.pop(name, None)
            else:
                os.environ[name] = value


def die_with_parent() -> None:
    """Have the kernel kill this process when its parent process ends (Linux; elsewhere nothing).

    The fork server (a child of kg) and the workers (children of the fork server) call this, so a
    killed `kg ingest --jobs N` leaves no process behind: otherwise the workers wait forever on
    their task queue, holding the model's memory and the terminal's pipes.
    """
    if not sys.platform.startswith("linux"):
        return
    import ctypes

    parent = os.getppid()
    try:
        libc = ctypes.CDLL(None, use_errno=True)
        libc.prctl(1, signal.SIGKILL, 0, 0, 0)  # 1 = PR_SET_PDEATHSIG
    except (OSError, AttributeError):
        return
    if os.getppid() != parent:  # the parent ended before the request was made
        os._exit(1)


def _worker_start() -> None:
    """Set up a worker process: it ends with its parent, and leaves Ctrl-C to the main process.

    Ctrl-C sends SIGINT to the whole process group: the main process stores what is done and
    stops the workers; a worker that took it itself would print a traceback.
    """
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    die_with_parent()


def _stop_workers(pool) -> None:
    """Kill a pool's worker processes now (an interrupted or failed run drops the chunks they hold)."""
    for process in list((getattr(pool, "_processes", None) or {}).values()):
        try:
            process.kill()
        except (OSError, AttributeError, ValueError):
            pass
    # A worker killed while it sent its result leaves half a message in the result pipe, and the
    # pool's manager thread, reading it, waits for the rest for as long as any write end is open: this
    # process holds one (it is only there to hand to new workers). Closed, the wait ends in
    # end-of-file, which the pool takes for a broken worker, and the pool can shut down.
    writer = getattr(getattr(pool, "_result_queue", None), "_writer", None)
    if writer is not None:
        writer.close()


def _shut_down_within(pool, seconds: float) -> None:
    """Shut `pool` down, waiting at most `seconds` for it to release its queues.

    The wait matters: the pool's manager thread holds the queues, whose semaphores are released only
    once it ends; kg leaves an interrupted run with os._exit, and a semaphore still held then makes
    multiprocessing's resource tracker print a "leaked semaphore" warning after kg's last line. The
    bound is a safety net: whatever else a killed worker may leave the pool waiting on, a stopped run
    still ends.
    """
    import threading

    closer = threading.Thread(target=pool.shutdown, kwargs={"wait": True, "cancel_futures": True},
                              name="kg-pool-shutdown", daemon=True)
    closer.start()
    closer.join(seconds)


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
    pool = ProcessPoolExecutor(jobs, mp_context=_worker_context(), initializer=_worker_start)
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
    except EOFError as exc:  # the fork server is gone: no worker can start
        raise ExtractionError("the worker processes could not be started (the fork server ended)") from exc
    finally:
        # On an error or an interrupted run, the chunks not yet started are dropped, not extracted,
        # and the workers are stopped at once instead of finishing the chunks they hold.
        if running:
            _stop_workers(pool)
            _shut_down_within(pool, SHUTDOWN_SECONDS)
        else:
            pool.shutdown(wait=True, cancel_futures=True)


def ingest_articles(items: Iterable[Article | InputError], store, *, nlp=None, batch_size: int | None = None,
                    jobs: int = 1, progress: Progress | None = None) -> IngestReport:
    """Extract and store every article of `items`; report bad ones and go on with the rest.

    Two articles of one identity (URL, else id) with different content are never merged: the
    first is stored, the other reported. Ctrl-C or SIGTERM stops the run after storing what was
    extracted, raising Interrupted (with the report) to say so.
    """
    import hashlib

    from kg.mapping import article_iri, content_hash

    report = IngestReport()
    extractor = extractor_id()
    ensure_ontology(store)
    stored: dict[str, bool] = {}  # article IRI -> an older version is stored (replace it)
    # article IRI and id -> content hash of each article of this input (a few bytes each, so a run of
    # millions stays small): a second article of one identity must not merge into the first.
    seen: dict[bytes, bytes] = {}
    done = 0

    def to_extract() -> Iterator[Article]:
        nonlocal done
        for item in items:
            if isinstance(item, InputError):
                report.errors.append(str(item))
                log.warning("%s", item)
                continue
            iri = article_iri(item)
            digest = content_hash(item, extractor)
            value = bytes.fromhex(digest[:16])
            # The graph's identity (URL, else id) and the id itself: both must be unique. Without a
            # URL, the graph's IRI is made from the id, so the id's key is the only one.
            keys = {"URL": iri.value.encode("utf-8")[-20:]} if item.url else {}
            keys["id"] = hashlib.sha1(f"id:{item.id}".encode("utf-8", "surrogatepass")).digest()[:10]
            clash = next((name for name, key in keys.items() if key in seen and seen[key] != value), None)
            if clash is not None:
                basis = f"URL {item.url!r}" if clash == "URL" else f"id {item.id!r}"
                report.errors.append(f"{item.source or item.id}: another article of this input has the {basis}, "
                                     "with different content; not stored (give each article its own id or URL)")
                log.warning("%s", report.errors[-1])
                done += 1  # counted as read, so the progress still reaches the end
                if progress:
                    progress(done, item.id)
                continue
            if any(key in seen for key in keys.values()):
                report.articles += 1  # the same article twice: stored once
                report.unchanged += 1
                done += 1
                if progress:
                    progress(done, item.id)
                continue
            seen.update((key, value) for key in keys.values())
            report.articles += 1
            old = store.article_hash(iri)
            if old is not None and old == digest:
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
    stopped_by: int | None = None
    with _signals_interrupt() as signals:
        try:
            try:
                for item in extracted:
                    if isinstance(item, KgError):  # one article failed in extraction; the others go on
                        report.errors.append(str(item))
                        log.warning("%s", item)
                        failed = getattr(item, "article", None)
                        if failed is not None:
                            stored.pop(article_iri(failed).value, None)
                        name = failed.id if failed is not None else ""
                    else:
                        report.words += len(item.article.text.split())
                        writer.add(item, replace=stored.pop(article_iri(item.article).value, False))
                        name = item.article.id
                    done += 1
                    if progress:
                        progress(done, name)
            finally:
                signals.disarm()  # from here on a signal is noted, not raised: the final write must finish
        except KeyboardInterrupt:
            stopped_by = signal.SIGINT
        except _Terminated:
            stopped_by = signal.SIGTERM
        finally:
            extracted.close()  # stops the worker processes now if the run did not finish
            writer.flush()  # what was extracted is stored, even when the run is interrupted
        stopped_by = stopped_by or signals.held or signals.received
    if stopped_by is not None:
        raise Interrupted(f"interrupted: {report.added + report.replaced} articles stored; run again to resume",
                          stopped_by, report)
    return report


_Terminated = Terminated  # SIGTERM, raised in the main thread as Ctrl-C raises KeyboardInterrupt


class _Signals:
    """What `_signals_interrupt` caught: the first signal raises (while armed), later ones are noted."""

    def __init__(self) -> None:
        self.armed = True
        self.received: int | None = None  # a signal that came while disarmed, or was held and not raised
        self.holding = 0  # > 0 while the main thread hands a batch to the store writer (`_signals_held`)
        self.held: int | None = None

    def disarm(self) -> None:
        self.armed = False

    def handle(self, signum, frame) -> None:
        if not self.armed:
            self.received = self.received or signum
            return
        self.armed = False  # only the first signal raises: later ones must not cut short the final write
        if self.holding:
            self.held = signum  # raised once the hand-over is done
            return
        self.throw(signum)

    @staticmethod
    def throw(signum: int) -> None:
        raise KeyboardInterrupt() if signum == signal.SIGINT else Terminated()


_active: _Signals | None = None  # the signals of the ingest run in progress (main thread)


@contextmanager
def _signals_held() -> Iterator[None]:
    """Put off the exception of a Ctrl-C or SIGTERM that comes during the block until it is done, so
    a batch taken out of the waiting list is in the writer's queue, not lost half-way (pthread_sigmask
    cannot do it: Python runs a handler in the main thread whatever thread the signal reached)."""
    signals = _active
    if signals is None:
        yield
        return
    signals.holding += 1
    try:
        yield
    finally:
        signals.holding -= 1
    if not signals.holding and signals.held is not None:
        signum, signals.held = signals.held, None
        signals.throw(signum)


@contextmanager
def _signals_interrupt() -> Iterator[_Signals]:
    """While ingest runs in the main thread, SIGTERM stops it as Ctrl-C does: by an exception, so
    what was extracted is still stored (the default action ends the process on the spot).

    Only the first SIGINT or SIGTERM raises, and none once the run is `disarm`ed for its final
    write: a second Ctrl-C, or a SIGTERM that comes while the last articles are written, is noted
    in `received` instead of cutting the write short. A handler the program set itself is left alone.
    """
    import threading

    global _active

    signals = _Signals()
    if threading.current_thread() is not threading.main_thread():
        yield signals
        return
    ours = {signal.SIGINT: signal.default_int_handler, signal.SIGTERM: signal.SIG_DFL}
    before = {signum: signal.getsignal(signum) for signum in ours}
    taken = [signum for signum, default in ours.items() if before[signum] is default]
    for signum in taken:
        signal.signal(signum, signals.handle)
    _active = signals
    try:
        yield signals
    finally:
        _active = None
        for signum in taken:
            signal.signal(signum, before[signum])


class _BatchWriter:
    """Writes new articles `WRITE_BATCH_ARTICLES` to a transaction, replacements alone, in a thread of
    its own: the store (Rust, releasing the GIL) writes one batch while spaCy parses the next.

    A batch also goes out once its first article has waited `WRITE_EVERY_SECONDS` (checked on each
    `add`, and by the writer thread while no article comes), so a killed run loses seconds of work.
    After `drain`, a batch goes out whenever the writer is idle, however small. An unexpected error
    in the writer stops the run (StoreError from the next `add` or `flush`) instead of losing the
    articles silently or leaving the run waiting on a writer that is gone.
    """

    def __init__(self, store, report: IngestReport) -> None:
        import queue
        import threading

        self.store, self.report, self.batch = store, report, []
        self._since = 0.0  # when the first article of `batch` came
        self._lock = threading.Lock()  # `batch` is taken by the main thread and, when it is late, by the writer
        self._failed: Exception | None = None
        self._queue: queue.Queue = queue.Queue(maxsize=2)  # bounded: memory stays flat
        self._draining = False
        self._thread = threading.Thread(target=self._run, name="kg-store-writer", daemon=True)
        self._thread.start()

    def _run(self) -> None:
        import queue

        while True:
            try:
                task = self._queue.get(timeout=WRITE_EVERY_SECONDS / 4)
            except queue.Empty:
                # Nothing came for a while (a long article, a slow worker): write what waits too long.
                late = self._take(lambda: time.monotonic() - self._since >= WRITE_EVERY_SECONDS)
                if late:
                    self._do((late, False, None))
                continue
            if task is None:
                return
            self._do(task)
            self._queue.task_done()  # the queue's count of unfinished tasks says when the writer is idle

    def _do(self, task) -> None:
        items, replace, iri = task
        if self._failed is None:
            try:
                _write(self.store, items, self.report, replace=replace, iri=iri)
            except Exception as exc:  # noqa: BLE001 - raised again in the caller's thread
                self._failed = exc  # the thread goes on taking tasks, so no put waits on it

    def _take(self, due: Callable[[], bool]) -> list[Extracted]:
        """The waiting batch, if there is one and it is `due` (a new one starts)."""
        with self._lock:
            if not self.batch or not due():
                return []
            batch, self.batch = self.batch, []
            return batch

    def drain(self) -> None:
        """From now on, write what is waiting as soon as the writer is free (the input has ended)."""
        self._draining = True

    def _check(self) -> None:
        if self._failed is not None:
            raise StoreError(f"the store writer failed: {type(self._failed).__name__}: "
                             f"{first_line(self._failed)}") from self._failed

    def add(self, item: Extracted, *, replace: bool, iri=None) -> None:
        """Queue one article for the store: a replacement alone, a new one in the waiting batch."""
        self._check()
        if replace:
            self._queue.put(([item], True, iri))
            return
        with self._lock:
            if not self.batch:
                self._since = time.monotonic()
            self.batch.append(item)
        with _signals_held():  # a batch taken out of `batch` is in the queue before Ctrl-C can raise
            batch = self._take(lambda: len(self.batch) >= WRITE_BATCH_ARTICLES
                               or time.monotonic() - self._since >= WRITE_EVERY_SECONDS
                               or (self._draining and self._queue.unfinished_tasks == 0))
            if batch:
                self._queue.put((batch, False, None))

    def flush(self) -> None:
        """Write what is left and wait until every write is done."""
        with _signals_held():
            batch = self._take(lambda: True)
            if batch:
                self._queue.put((batch, False, None))
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
    log.info("stored %d article%s", len(items), "s" if len(items) > 1 else "")
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
