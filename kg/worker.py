"""Queries in child processes: a timeout, a memory limit, cancellation, and the store's current data.

pyoxigraph's ``Store.query`` can be neither interrupted nor limited: a runaway query holds the
calling thread (Ctrl-C waits for it) and takes memory until the process dies. So a query with a
limit runs in a worker process: ``python -m kg.worker``, which opens the store read-only, runs the
query under ``RLIMIT_AS`` and sends back the serialised answer. The parent waits with a deadline and
kills the worker at the timeout, when the caller cancels (a client that went away) or on Ctrl-C; a
worker that dies (out of memory, or an engine crash) is reported in one line, and the parent lives
on. Workers are kept warm between queries (a spawn costs about 70 ms; a query on a warm worker adds
well under a millisecond of messaging), and a worker reopens the store when its files changed, so
it answers with what was ingested since (a read-only open of a million-triple store takes ~30 ms).
"""

from __future__ import annotations

import logging
import os
import signal
import subprocess
import sys
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass
from multiprocessing.connection import Connection
from pathlib import Path

from kg.errors import (QueryCancelledError, QueryError, QueryResourceError, QuerySyntaxError, QueryTimeoutError,
                       StoreError)

log = logging.getLogger(__name__)

# Results travel between the processes in these formats, the parent parses them back when it needs terms.
RESULTS_FORMAT = "JSON"
GRAPH_FORMAT = "N_TRIPLES"
# How often a waiting parent looks whether the caller cancelled: a bound on how long a query runs on
# after its client went away, not a delay (the answer is read as soon as it arrives).
POLL_SECONDS = 0.1
OPEN_ATTEMPTS = 4


def default_memory_mb() -> int:
    """A memory limit per query: a quarter of the machine's memory, at most 4 GiB."""
    try:
        total = os.sysconf("SC_PAGE_SIZE") * os.sysconf("SC_PHYS_PAGES") // 2**20
    except (ValueError, OSError):
        total = 8192
    return int(max(512, min(4096, total // 4)))


@dataclass
class Answer:
    """A serialised query answer: `kind` is "solutions", "boolean" or "graph"; `fmt` the pyoxigraph format name."""

    kind: str
    data: bytes
    fmt: str

    def parsed(self):
        """The answer as pyoxigraph results (solutions, a boolean, or a list of triples)."""
        from pyoxigraph import QueryResultsFormat, RdfFormat, parse, parse_query_results

        if self.kind == "graph":
            return [q.triple for q in parse(self.data, format=getattr(RdfFormat, self.fmt))]
        return parse_query_results(self.data, format=getattr(QueryResultsFormat, self.fmt))


# How a worker starts. Not `python -m kg.worker`: that puts the working folder first on sys.path, and a
# kg/ folder there would be imported instead of this kg. `-c` puts "" there, which is dropped first
# (PYTHONSAFEPATH, on Python 3.11+, leaves nothing to drop).
_WORKER_MAIN = ("import sys\nif sys.path and sys.path[0] in ('', '.'):\n    del sys.path[0]\n"
                "from kg.worker import main\nmain(sys.argv[1:])\n")


class _Worker:
    """One child process and the two ends of its pipes."""

    def __init__(self) -> None:
        parent_in, child_out = os.pipe()
        child_in, parent_out = os.pipe()
        env = dict(os.environ)
        # The child must import this kg even when it is not installed (tests run from a checkout).
        root = str(Path(__file__).resolve().parent.parent)
        env["PYTHONPATH"] = root + (os.pathsep + env["PYTHONPATH"] if env.get("PYTHONPATH") else "")
        self.process = subprocess.Popen(
            [sys.executable, "-c", _WORKER_MAIN, str(child_in), str(child_out)],
            pass_fds=(child_in, child_out), stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL,
            stderr=subprocess.PIPE, env=env,
            # Its own session: the terminal's Ctrl-C reaches the parent only, which stops the worker itself.
            start_new_session=True)
        os.close(child_in)
        os.close(child_out)
        self.reader = Connection(parent_in, writable=False)
        self.writer = Connection(parent_out, readable=False)

    def kill(self) -> None:
        """Stop the process at once and release its pipes."""
        if self.process.poll() is None:
            self.process.kill()
        self.process.wait()
        self.close_pipes()

    def close_pipes(self) -> None:
        """Release the pipes (and the stderr pipe) of a stopped worker."""
        for end in (self.reader, self.writer):
            try:
                end.close()
            except OSError:
                pass
        if self.process.stderr is not None:
            self.process.stderr.close()

    def death_note(self) -> str:
        """What a dead worker wrote to stderr (a Rust abort message, a Python traceback's last line)."""
        try:
            text = self.process.stderr.read().decode("utf-8", "replace") if self.process.stderr else ""
        except (OSError, ValueError):
            text = ""
        lines = [line for line in text.strip().splitlines() if line.strip()]
        return lines[-1] if lines else ""


class QueryPool:
    """Worker processes that run queries on the on-disk store at `path`, kept warm between queries.

    Thread-safe: each running query has a worker of its own; `keep` idle workers are kept.
    """

    def __init__(self, path: str | os.PathLike[str], *, keep: int = 4) -> None:
        self.path = str(Path(path).resolve())
        self.keep = keep
        self._idle: list[_Worker] = []
        self._lock = threading.Lock()
        self._closed = False

    def _take(self) -> _Worker:
        with self._lock:
            while self._idle:
                worker = self._idle.pop()
                if worker.process.poll() is None:
                    return worker
                worker.kill()  # reaps it (a worker dies with the thread that started it: PR_SET_PDEATHSIG)
        return _Worker()

    def _give_back(self, worker: _Worker) -> None:
        with self._lock:
            if not self._closed and len(self._idle) < self.keep:
                self._idle.append(worker)
                return
        worker.kill()

    def warm(self) -> "QueryPool":
        """Start one worker now, so the first query does not wait for a process to start."""
        self._give_back(_Worker())
        return self

    def run(self, query: str, *, timeout: float | None = None, memory_mb: int | None = None,
            results_format: str = RESULTS_FORMAT, graph_format: str = GRAPH_FORMAT,
            cancelled: Callable[[], bool] | None = None) -> Answer:
        """Run `query` in a worker; raise QueryTimeoutError, QueryResourceError or QueryCancelledError when stopped."""
        worker = self._take()
        request = {"path": self.path, "query": query, "memory_mb": memory_mb or 0,
                   "results": results_format, "graph": graph_format}
        deadline = None if timeout is None else time.monotonic() + timeout
        finished = False
        try:
            try:
                worker.writer.send(request)
            except OSError:
                pass  # the worker died before reading: its death is reported below
            while True:
                wait = POLL_SECONDS if deadline is None else min(POLL_SECONDS, deadline - time.monotonic())
                if wait <= 0:
                    raise QueryTimeoutError(f"query stopped after {timeout:g} s (the timeout; raise it with --timeout)")
                if worker.reader.poll(wait):
                    break
                if worker.process.poll() is not None:
                    break
                if cancelled is not None and cancelled():
                    raise QueryCancelledError("query stopped: the client went away")
            try:
                reply = worker.reader.recv()
            except (EOFError, OSError):
                worker.process.wait()
                raise self._died(worker, memory_mb) from None
            finished = True
        finally:
            # A worker left mid-query (timeout, cancel, Ctrl-C, a death) is killed; a finished one is reused.
            if finished:
                self._give_back(worker)
            else:
                worker.kill()
        status, *rest = reply
        if status == "ok":
            kind, data, fmt = rest
            return Answer(kind, data, fmt)
        category, message, line, column = rest
        if category == "syntax":
            raise QuerySyntaxError(message, line, column)
        if category == "memory":
            raise QueryResourceError(_memory_message(memory_mb))
        if category == "store":
            raise StoreError(message)
        raise QueryError(f"query failed: {message}")

    def _died(self, worker: _Worker, memory_mb: int | None) -> QueryError:
        code = worker.process.returncode
        note = worker.death_note()
        worker.close_pipes()
        if "memory allocation" in note or "MemoryError" in note or code == -signal.SIGABRT:
            return QueryResourceError(_memory_message(memory_mb))
        name = signal.Signals(-code).name if code is not None and code < 0 else f"status {code}"
        return QueryResourceError(f"the query crashed the query engine ({name}){': ' + note if note else ''}")

    def close(self) -> None:
        """Stop the idle workers; the pool takes no more."""
        with self._lock:
            self._closed = True
            idle, self._idle = self._idle, []
        for worker in idle:
            worker.kill()


def _memory_message(memory_mb: int | None) -> str:
    limit = f"its memory limit of {memory_mb} MB" if memory_mb else "the memory it could get"
    return f"query stopped: it needed more than {limit} (a product of unrelated patterns? raise it with --memory)"


# ------------------------------------------------------------------ the child's side


def _store_signature(path: str) -> tuple:
    # The names, sizes and times of the store's files: any write (log, new table, compaction) changes them.
    try:
        return tuple(sorted((e.name, e.stat().st_size, e.stat().st_mtime_ns) for e in os.scandir(path)))
    except OSError:
        return ()


def _address_space() -> int:
    with open("/proc/self/statm") as f:
        return int(f.read().split()[0]) * os.sysconf("SC_PAGE_SIZE")


def _answer(store, request: dict, hard: int) -> tuple:
    """Run the request's query on `store` within its memory limit; the reply to send."""
    import resource

    from pyoxigraph import QueryBoolean, QueryResultsFormat, QuerySolutions, RdfFormat, serialize

    # The limit is on what the query adds: the interpreter and the open store already hold
    # some 400 MB of address space (mostly reserved, not used), which must not count.
    limit = resource.RLIM_INFINITY
    if request["memory_mb"]:
        limit = _address_space() + request["memory_mb"] * 2**20
        if hard != resource.RLIM_INFINITY:
            limit = min(limit, hard)
    resource.setrlimit(resource.RLIMIT_AS, (limit, hard))
    try:
        answer = store.query(request["query"], use_default_graph_as_union=True)
        if isinstance(answer, (QuerySolutions, QueryBoolean)):
            kind = "boolean" if isinstance(answer, QueryBoolean) else "solutions"
            data = answer.serialize(format=getattr(QueryResultsFormat, request["results"]))
            return ("ok", kind, data, request["results"])
        data = serialize(answer, format=getattr(RdfFormat, request["graph"])) or b""
        return ("ok", "graph", data, request["graph"])
    finally:
        resource.setrlimit(resource.RLIMIT_AS, (hard, hard))


class _OpenFailed(Exception):
    """The store could not be opened (the worker's reply says so: a store error, not the query's)."""


def _serve_requests(reader: Connection, writer: Connection) -> None:
    import re
    import resource

    from pyoxigraph import Store

    store, opened_as = None, None
    _, hard = resource.getrlimit(resource.RLIMIT_AS)
    while True:
        try:
            request = reader.recv()
        except (EOFError, OSError):
            return  # the parent closed the pipe or died: nothing more to do
        try:
            for attempt in range(OPEN_ATTEMPTS):
                signature = (request["path"], _store_signature(request["path"]))
                try:
                    if store is None or signature != opened_as:
                        store = None  # release the old view before opening the new one
                        try:
                            store = Store.read_only(request["path"])
                        except OSError as exc:
                            raise _OpenFailed(str(exc)) from exc
                        opened_as = signature
                    reply = _answer(store, request, hard)
                    break
                except (SyntaxError, MemoryError):
                    raise
                except Exception as exc:  # OSError, or the engine's own error type for a store read
                    # A writer compacting the store deletes table files a read-only view still lists
                    # ("No such file", "Corruption"): open a fresh view and run the query again.
                    if attempt == OPEN_ATTEMPTS - 1 or not any(w in str(exc) for w in ("No such file", "Corruption")):
                        raise
                    store, opened_as = None, None
                    time.sleep(0.05 * (attempt + 1))
        except SyntaxError as exc:
            message = str(exc)
            m = re.match(r"error at (\d+):(\d+)", message)
            reply = ("error", "syntax", message, int(m[1]) if m else None, int(m[2]) if m else None)
        except MemoryError:
            reply = ("error", "memory", "", None, None)
        except _OpenFailed as exc:
            # Only an error while opening the store is the store's: an OSError of the query itself is a
            # SERVICE call that failed (a refused connection), reported as the query's error.
            reply = ("error", "store", f"cannot read the store at {request['path']}: {exc}", None, None)
        except Exception as exc:  # an evaluation error of the engine: report it, keep serving
            reply = ("error", "eval", str(exc).strip().splitlines()[0] if str(exc).strip() else type(exc).__name__,
                     None, None)
        try:
            writer.send(reply)
        except (OSError, ValueError):
            return


def _die_with_parent() -> None:
    # Linux: the kernel kills this worker when its parent dies, so a killed server leaves no query running.
    try:
        import ctypes

        libc = ctypes.CDLL(None, use_errno=True)
        libc.prctl(1, signal.SIGKILL)  # PR_SET_PDEATHSIG
    except (OSError, AttributeError):
        pass


def main(argv: list[str]) -> None:
    """Entry point of a worker: ``python -c _WORKER_MAIN READ_FD WRITE_FD`` (or ``python -m kg.worker ...``)."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)  # the parent decides when a query stops
    _die_with_parent()
    reader = Connection(int(argv[0]), writable=False)
    writer = Connection(int(argv[1]), readable=False)
    _serve_requests(reader, writer)


if __name__ == "__main__":
    main(sys.argv[1:])
