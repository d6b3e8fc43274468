"""The `kg` command: a thin layer that parses options, calls the library and reports errors in one line."""

from __future__ import annotations

import datetime as dt
import logging
import os
import sys
from pathlib import Path
from typing import Optional

import click

from kg.errors import KgError, QueryError, Terminated

_state = {"debug": False}
_CONTEXT = {"help_option_names": ["-h", "--help"], "max_content_width": 100}


def _store_options(fn):
    """The --store / --endpoint pair every command that reads or writes the graph takes."""
    fn = click.option("--endpoint", default=None,
                      help="SPARQL 1.1 query URL of a server to use instead (or $KG_ENDPOINT).")(fn)
    return click.option("--store", type=click.Path(path_type=Path), default=None,
                        help="Folder of the embedded store (default ./kg-store or $KG_STORE).")(fn)


_update_option = click.option("--update-endpoint", default=None,
                              help="SPARQL Update URL, when it cannot be derived from --endpoint.")


@click.group(context_settings=_CONTEXT, no_args_is_help=True,
             help="News articles in, a knowledge graph out: ingest articles, query them with SPARQL, export the graph.")
@click.option("--debug", is_flag=True, help="Show tracebacks and debug logging.")
@click.option("--verbose", "-v", is_flag=True, help="Log what is skipped and why.")
def app(debug: bool, verbose: bool) -> None:
    _state["debug"] = debug
    logging.basicConfig(level=logging.DEBUG if debug else logging.INFO if verbose else logging.ERROR,
                        format="%(levelname)s %(name)s: %(message)s")


def _open(store: Optional[Path], endpoint: Optional[str], update_endpoint: Optional[str] = None, read_only: bool = False):
    from kg.store import open_store

    return open_store(store, endpoint=endpoint, update_endpoint=update_endpoint, read_only=read_only)


@app.command()
@click.argument("paths", nargs=-1, required=True)
@click.option("--date", default=None, help="Publication date (YYYY-MM-DD) for articles that give none.")
@_store_options
@_update_option
@click.option("--batch-size", type=click.IntRange(min=1), default=32, show_default=True, help="Articles per spaCy batch.")
@click.option("--jobs", "-j", type=click.IntRange(min=1), default=1, show_default=True,
              help="Worker processes for the extraction (one per core).")
def ingest(paths: tuple[str, ...], date: Optional[str], store: Optional[Path], endpoint: Optional[str],
           update_endpoint: Optional[str], batch_size: int, jobs: int) -> None:
    """Read articles and add their facts to the graph (one named graph per article).

    PATHS are files, folders (read recursively) or - for standard input. Articles already stored
    unchanged are skipped, so a stopped run can be started again."""
    from kg.errors import Interrupted
    from kg.pipeline import ingest_articles, read_inputs
    from kg.reader import count_articles, date_option

    when = date_option(date)
    items = read_inputs(list(paths), when)
    target = _open(store, endpoint, update_endpoint)
    interrupted = None
    try:
        with _progress(total=count_articles(list(paths)) if sys.stderr.isatty() else None) as progress:
            report = ingest_articles(items, target, batch_size=batch_size, jobs=jobs, progress=progress)
    except Interrupted as exc:  # Ctrl-C or SIGTERM: what was done is stored; say so once it is closed
        interrupted, report = exc, exc.report
    finally:
        target.close()
    for error in report.errors:
        click.echo(f"skipped: {error}", err=True)
    if interrupted is not None:
        click.echo(str(interrupted), err=True)
        # Everything is stored and said: leave at once. A normal exit first joins the worker pool's
        # threads, which may wait on workers the interruption killed (a run stopped by SIGTERM with
        # --jobs 2 was seen to hang there now and then).
        sys.stdout.flush()
        sys.stderr.flush()
        os._exit(interrupted.exit_code)
    click.echo(report.summary())
    if report.errors and report.articles == 0:
        sys.exit(2)
    if report.errors:
        sys.exit(1)


@app.command()
@click.argument("paths", nargs=-1, required=True, type=click.Path(path_type=Path))
@_store_options
@_update_option
def load(paths: tuple[Path, ...], store: Optional[Path], endpoint: Optional[str], update_endpoint: Optional[str]) -> None:
    """Load article graphs extracted elsewhere (a Dask run, kg export --format nquads) into the store.

    PATHS are N-Quads files, one named graph per article."""
    from kg.pipeline import load_nquads

    target = _open(store, endpoint, update_endpoint)
    try:
        with _progress() as progress:
            report = load_nquads([str(p) for p in paths], target, progress=progress)
    finally:
        target.close()
    for error in report.errors:
        click.echo(f"skipped: {error}", err=True)
    click.echo(f"{report.articles} article graphs ({report.added} new, {report.replaced} replaced, "
               f"{report.unchanged} unchanged), {report.triples} triples, {report.skipped} skipped")
    if report.errors:
        sys.exit(1)


@app.command()
@click.argument("query")
@_store_options
@click.option("--format", "-f", "fmt", default="table", show_default=True,
              help="table, csv, tsv or json (W3C SPARQL results formats).")
@click.option("--param", "-p", "param", multiple=True, metavar="NAME=VALUE",
              help="Bind a variable as an RDF term (repeatable).")
@click.option("--timeout", type=click.FloatRange(min=0, min_open=True), default=None, metavar="SECONDS",
              help="Stop the query after this long (default: no limit; Ctrl-C always stops it).")
@click.option("--memory", type=click.IntRange(min=64), default=None, metavar="MB",
              help="Stop the query past this much memory (default: a quarter of RAM, at most 4096).")
@click.option("--allow-service", is_flag=True, help="Let SERVICE clauses query other SPARQL endpoints over the network.")
def query(query: str, store: Optional[Path], endpoint: Optional[str], fmt: str, param: tuple[str, ...],
          timeout: Optional[float], memory: Optional[int], allow_service: bool) -> None:
    """Run a SPARQL query over all articles' graphs.

    QUERY is SPARQL text, a .rq file, or the name of a shipped query (see `kg queries`). On the
    embedded store the query runs in a worker process, so Ctrl-C, --timeout and --memory stop it."""
    import shutil

    from kg.sparql import format_result, run
    from kg.worker import default_memory_mb

    params = {}
    for item in param:
        name, sep, value = item.partition("=")
        if not sep:
            raise QueryError(f"--param {item!r}: write NAME=VALUE")
        params[name.strip()] = value
    target = _open(store, endpoint, read_only=True)
    try:
        # Always limited: a worker process is what lets Ctrl-C and a memory limit stop a runaway query
        # (~100 ms to start, nothing beside a command's own start-up).
        result = run(target, query, params, timeout=timeout, memory_mb=memory or default_memory_mb(),
                     allow_service=allow_service)
    finally:
        target.close()
    width = shutil.get_terminal_size().columns if fmt == "table" and sys.stdout.isatty() else None
    sys.stdout.write(format_result(result, fmt, width=width))


@app.command()
@click.option("--format", "-f", "fmt", required=True,
              help="graphml, gexf, cytoscape, nodelink, dot, html, or RDF: turtle, nquads, trig, ntriples, jsonld.")
@click.option("--out", "-o", type=click.Path(path_type=Path), default=None, help="File to write (default: standard output).")
@_store_options
@click.option("--view", default=None, help="Graph formats: facts (default) or actors.")
@click.option("--since", default=None, help="Keep events on or after this date (YYYY-MM-DD).")
@click.option("--until", default=None, help="Keep events on or before this date.")
@click.option("--type", "types", multiple=True, help="Keep these node or event types (Attack, ConflictEvent, Person ...).")
@click.option("--article", default=None, help="Keep one article (its IRI or the end of it).")
@click.option("--entity", default=None, help="Keep the neighbourhood of the actor or place named like this.")
@click.option("--hops", type=click.IntRange(min=1), default=1, show_default=True,
              help="How far the --entity neighbourhood reaches.")
@click.option("--max-nodes", type=click.IntRange(min=1), default=None,
              help="Keep at most N best-connected nodes (html: 5000 by default).")
def export(fmt: str, out: Optional[Path], store: Optional[Path], endpoint: Optional[str], view: Optional[str],
           since: Optional[str], until: Optional[str], types: tuple[str, ...], article: Optional[str],
           entity: Optional[str], hops: int, max_nodes: Optional[int]) -> None:
    """Write the graph for a visualization tool or as RDF."""
    from kg.exports import GRAPH_FORMATS, export as _export, writer
    from kg.exports.graph import Filters

    writer(fmt)  # fail on an unknown format before opening anything
    options = {}
    if fmt in GRAPH_FORMATS:
        options = {"view": view or "facts",
                   "filters": Filters(since=since, until=until, types=tuple(types), article=article, entity=entity,
                                      hops=hops, max_nodes=max_nodes)}
    elif view or since or until or types or article or entity or max_nodes:
        options = {"view": view or "facts"}  # the library refuses filters for RDF formats, in one place
    target = _open(store, endpoint, read_only=True)
    try:
        data = _export(target, fmt, out, **options)
    finally:
        target.close()
    if data is not None:
        sys.stdout.buffer.write(data)
    else:
        click.echo(f"wrote {out}", err=True)


@app.command("eval")
@click.argument("gold", nargs=-1, required=True, type=click.Path(path_type=Path))
@click.option("--json", "as_json", is_flag=True, help="Print machine-readable JSON.")
@click.option("--baseline/--no-baseline", default=True, show_default=True, help="Score the bare spaCy model alongside.")
@click.option("--limit", type=click.IntRange(min=1), default=None, help="Score only the first N articles of each file.")
@click.option("--articles", type=click.Path(path_type=Path), default=None,
              help="Texts of a newsgold directory's articles, JSON Lines (default: its articles.jsonl).")
def evaluate(gold: tuple[Path, ...], as_json: bool, baseline: bool, limit: Optional[int],
             articles: Optional[Path]) -> None:
    """Score the extraction against gold-annotated articles: precision, recall and F1 per category.

    GOLD are JSON Lines files in the format of the corpus README, or newsgold directories (gold/*.json
    written to its GUIDE.md, texts in articles.jsonl), scored field by field."""
    import json

    from kg.evaluate import evaluate as run_eval, evaluate_newsgold, read_gold, read_newsgold

    reports = []
    for path in gold:
        with _progress() as progress:
            if path.is_dir():
                reports.append(evaluate_newsgold(read_newsgold(path, articles), baseline=baseline, limit=limit,
                                                 progress=progress))
            else:
                reports.append(run_eval(read_gold(path), baseline=baseline, limit=limit, progress=progress))
    if as_json:
        click.echo(json.dumps([r.as_dict() for r in reports], indent=1))
    else:
        click.echo("\n\n".join(r.table() for r in reports))


@app.command()
@click.option("--store", type=click.Path(path_type=Path), default=None,
              help="Folder of the embedded store (default ./kg-store or $KG_STORE).")
@click.option("--host", default="127.0.0.1", show_default=True,
              help="Address to bind; 0.0.0.0 exposes the store to the network.")
@click.option("--port", type=click.IntRange(0, 65535), default=7878, show_default=True,
              help="Port to listen on (0: any free port).")
@click.option("--timeout", type=click.FloatRange(min=0, min_open=True), default=30.0, show_default=True,
              metavar="SECONDS", help="Stop a query after this long (HTTP 500 with the reason).")
@click.option("--memory", type=click.IntRange(min=64), default=None, metavar="MB",
              help="Stop a query past this much memory (default: a quarter of RAM, at most 4096).")
@click.option("--allow-service", is_flag=True, help="Let SERVICE clauses query other SPARQL endpoints over the network.")
@click.option("--cors", default=None, metavar="ORIGIN",
              help="Let web pages from ORIGIN (e.g. http://localhost:3000, or *) read answers (default: none).")
@click.option("--idle-timeout", type=click.FloatRange(min=1), default=10.0, show_default=True, metavar="SECONDS",
              help="Close connections that send nothing for this long.")
@click.option("--max-connections", type=click.IntRange(min=1), default=200, show_default=True,
              help="Open connections at most; past it new ones wait.")
def serve(store: Optional[Path], host: str, port: int, timeout: float, memory: Optional[int], allow_service: bool,
          cors: Optional[str], idle_timeout: float, max_connections: int) -> None:
    """Serve the embedded store as a read-only SPARQL 1.1 endpoint with a query page.

    Each query runs in a worker process that reads the store as it is now (articles ingested while
    serving are answered) and is stopped at --timeout, at --memory, or when its client goes away."""
    import os
    import signal

    from kg.serve import SparqlServer
    from kg.store import DEFAULT_STORE

    path = store or Path(os.environ.get("KG_STORE") or DEFAULT_STORE)
    server = SparqlServer(path, host, port, timeout=timeout, memory_mb=memory, allow_service=allow_service,
                          cors=cors, idle_timeout=idle_timeout, max_connections=max_connections)
    signal.signal(signal.SIGTERM, lambda *_: server.request_stop())  # a service manager's stop is a clean stop
    click.echo(f"SPARQL endpoint {server.url} (query page {server.url[:-len('sparql')]}); Ctrl-C stops", err=True)
    try:
        server.serve_forever()
    except KeyboardInterrupt:
        pass
    finally:
        server.stop()


@app.command("queries")
def list_queries() -> None:
    """List the shipped named queries: the name, then what it answers."""
    from kg.sparql import named_queries

    shipped = named_queries()
    width = max(len(n) for n in shipped)
    for name, q in shipped.items():
        params = ", ".join(f"{p.name}{'?' if p.optional else ''}" for p in q.params)
        suffix = f"  [--param {params}]" if params else ""
        click.echo(f"{name.ljust(width)}  {q.summary}{suffix}")


class _progress:
    """A rich progress bar on a terminal (articles/s, and the time left when the total is known), nothing otherwise."""

    def __init__(self, total: int | None = None) -> None:
        self.total = total

    def __enter__(self):
        if not sys.stderr.isatty():
            return None
        from rich.console import Console
        from rich.progress import (BarColumn, MofNCompleteColumn, Progress, SpinnerColumn, TextColumn,
                                   TimeElapsedColumn, TimeRemainingColumn)

        self._bar = Progress(SpinnerColumn(), BarColumn(), MofNCompleteColumn(), TextColumn("{task.fields[rate]}"),
                             TimeElapsedColumn(), TextColumn("ETA"), TimeRemainingColumn(),
                             TextColumn("{task.description}"), transient=True, console=Console(stderr=True))
        self._bar.start()
        self._task = self._bar.add_task("", total=self.total, rate="")
        self._start = dt.datetime.now()

        def update(done: int, name: str) -> None:
            secs = max((dt.datetime.now() - self._start).total_seconds(), 1e-6)
            self._bar.update(self._task, completed=done, description=name[-40:], rate=f"{done / secs:.1f} articles/s")

        return update

    def __exit__(self, *exc) -> None:
        if getattr(self, "_bar", None) is not None:
            self._bar.stop()


def main() -> None:
    """Entry point of the console script: run the app, turning kg errors into one line and an exit code."""
    try:
        app.main(prog_name="kg", standalone_mode=False)
    except click.exceptions.NoArgsIsHelpError as exc:
        click.echo(exc.ctx.get_help())  # bare `kg`: the help, and nothing that looks like an error
        sys.exit(0)
    except click.ClickException as exc:  # usage errors, worded by click with the options as typed
        exc.show()
        sys.exit(exc.exit_code)
    except click.exceptions.Exit as exc:
        sys.exit(exc.exit_code)
    except (click.Abort, KeyboardInterrupt):
        click.echo("Aborted.", err=True)
        sys.exit(130)
    except Terminated:  # SIGTERM outside the part of `kg ingest` that reports what it stored
        click.echo("interrupted (SIGTERM); run again to resume", err=True)
        sys.exit(143)
    except KgError as exc:
        if _state["debug"]:
            raise
        click.echo(f"Error: {exc}", err=True)
        sys.exit(exc.exit_code)
    except Exception as exc:  # the unexpected: one line unless --debug
        if _state["debug"]:
            raise
        click.echo(f"Error: {type(exc).__name__}: {exc} (run with --debug for the traceback)", err=True)
        sys.exit(1)


if __name__ == "__main__":
    main()
