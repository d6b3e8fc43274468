"""The `kg` command: a thin layer that parses options, calls the library and reports errors in one line."""

from __future__ import annotations

import datetime as dt
import logging
import sys
from pathlib import Path
from typing import Optional

import typer

from kg.errors import KgError, QueryError

app = typer.Typer(
    add_completion=False,
    no_args_is_help=True,
    help="News articles in, a knowledge graph out: ingest articles, query them with SPARQL, export the graph.",
)
_state = {"debug": False}

StoreOpt = typer.Option(None, "--store", help="Folder of the embedded store (default ./kg-store or $KG_STORE).")
EndpointOpt = typer.Option(None, "--endpoint", help="SPARQL 1.1 query URL of a server to use instead (or $KG_ENDPOINT).")
UpdateOpt = typer.Option(None, "--update-endpoint", help="SPARQL Update URL, when it cannot be derived from --endpoint.")


@app.callback()
def _main(debug: bool = typer.Option(False, "--debug", help="Show tracebacks and debug logging."),
          verbose: bool = typer.Option(False, "--verbose", "-v", help="Log what is skipped and why.")) -> None:
    _state["debug"] = debug
    logging.basicConfig(level=logging.DEBUG if debug else logging.INFO if verbose else logging.ERROR,
                        format="%(levelname)s %(name)s: %(message)s")


def _open(store: Optional[Path], endpoint: Optional[str], update_endpoint: Optional[str] = None, read_only: bool = False):
    from kg.store import open_store

    return open_store(store, endpoint=endpoint, update_endpoint=update_endpoint, read_only=read_only)


@app.command()
def ingest(
    paths: list[str] = typer.Argument(..., help="Files, folders (read recursively) or - for standard input."),
    date: Optional[str] = typer.Option(None, "--date", help="Publication date (YYYY-MM-DD) for articles that give none."),
    store: Optional[Path] = StoreOpt,
    endpoint: Optional[str] = EndpointOpt,
    update_endpoint: Optional[str] = UpdateOpt,
    batch_size: int = typer.Option(32, "--batch-size", min=1, help="Articles per spaCy batch."),
    jobs: int = typer.Option(1, "--jobs", "-j", min=1, help="Worker processes for the extraction (one per core)."),
) -> None:
    """Read articles and add their facts to the graph (one named graph per article).

    Articles already stored unchanged are skipped, so a stopped run can be started again."""
    from kg.pipeline import ingest_articles, read_inputs
    from kg.reader import count_articles

    from kg.reader import date_option

    when = date_option(date)
    items = read_inputs(paths, when)
    target = _open(store, endpoint, update_endpoint)
    try:
        with _progress(total=count_articles(paths) if sys.stderr.isatty() else None) as progress:
            report = ingest_articles(items, target, batch_size=batch_size, jobs=jobs, progress=progress)
    finally:
        target.close()
    for error in report.errors:
        typer.echo(f"skipped: {error}", err=True)
    typer.echo(report.summary())
    if report.errors and report.articles == 0:
        raise typer.Exit(2)
    if report.errors:
        raise typer.Exit(1)


@app.command()
def load(
    paths: list[Path] = typer.Argument(..., help="N-Quads files, one named graph per article (from kg.distributed)."),
    store: Optional[Path] = StoreOpt,
    endpoint: Optional[str] = EndpointOpt,
    update_endpoint: Optional[str] = UpdateOpt,
) -> None:
    """Load article graphs extracted elsewhere (a Dask run, kg export --format nquads) into the store."""
    from kg.pipeline import load_nquads

    target = _open(store, endpoint, update_endpoint)
    try:
        with _progress() as progress:
            report = load_nquads([str(p) for p in paths], target, progress=progress)
    finally:
        target.close()
    for error in report.errors:
        typer.echo(f"skipped: {error}", err=True)
    typer.echo(f"{report.articles} article graphs ({report.added} new, {report.replaced} replaced, "
               f"{report.unchanged} unchanged), {report.triples} triples, {report.skipped} skipped")
    if report.errors:
        raise typer.Exit(1)


@app.command()
def query(
    query: str = typer.Argument(..., help="SPARQL text, a .rq file, or the name of a shipped query (see `kg queries`)."),
    store: Optional[Path] = StoreOpt,
    endpoint: Optional[str] = EndpointOpt,
    fmt: str = typer.Option("table", "--format", "-f", help="table, csv, tsv or json (W3C SPARQL results formats)."),
    param: list[str] = typer.Option([], "--param", "-p", help="NAME=VALUE, bound as an RDF term (repeatable)."),
) -> None:
    """Run a SPARQL query over all articles' graphs."""
    from kg.sparql import format_result, run

    params = {}
    for item in param:
        name, sep, value = item.partition("=")
        if not sep:
            raise QueryError(f"--param {item!r}: write NAME=VALUE")
        params[name.strip()] = value
    target = _open(store, endpoint, read_only=True)
    try:
        result = run(target, query, params)
    finally:
        target.close()
    sys.stdout.write(format_result(result, fmt))


@app.command()
def export(
    fmt: str = typer.Option(..., "--format", "-f",
                            help="graphml, gexf, cytoscape, nodelink, dot, html, or RDF: turtle, nquads, trig, ntriples, jsonld."),
    out: Optional[Path] = typer.Option(None, "--out", "-o", help="File to write (default: standard output)."),
    store: Optional[Path] = StoreOpt,
    endpoint: Optional[str] = EndpointOpt,
    view: Optional[str] = typer.Option(None, "--view", help="Graph formats: facts (default) or actors."),
    since: Optional[str] = typer.Option(None, "--since", help="Keep events on or after this date (YYYY-MM-DD)."),
    until: Optional[str] = typer.Option(None, "--until", help="Keep events on or before this date."),
    types: list[str] = typer.Option([], "--type", help="Keep these node or event types (Attack, ConflictEvent, Person ...)."),
    article: Optional[str] = typer.Option(None, "--article", help="Keep one article (its IRI or the end of it)."),
    entity: Optional[str] = typer.Option(None, "--entity", help="Keep the neighbourhood of the actor or place named like this."),
    hops: int = typer.Option(1, "--hops", min=1, help="How far the --entity neighbourhood reaches."),
    max_nodes: Optional[int] = typer.Option(None, "--max-nodes", min=1,
                                            help="Keep at most N best-connected nodes (html: 5000 by default)."),
) -> None:
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
        typer.echo(f"wrote {out}", err=True)


@app.command("eval")
def evaluate(
    gold: list[Path] = typer.Argument(..., help="Gold JSON Lines files (the format of the corpus README)."),
    as_json: bool = typer.Option(False, "--json", help="Print machine-readable JSON."),
    baseline: bool = typer.Option(True, "--baseline/--no-baseline", help="Score the bare spaCy model alongside."),
    limit: Optional[int] = typer.Option(None, "--limit", min=1, help="Score only the first N articles of each file."),
) -> None:
    """Score the extraction against gold-annotated articles: precision, recall and F1 per category."""
    import json

    from kg.evaluate import evaluate as run_eval, read_gold

    reports = []
    for path in gold:
        with _progress() as progress:
            reports.append(run_eval(read_gold(path), baseline=baseline, limit=limit, progress=progress))
    if as_json:
        typer.echo(json.dumps([r.as_dict() for r in reports], indent=1))
    else:
        typer.echo("\n\n".join(r.table() for r in reports))


@app.command()
def serve(
    store: Optional[Path] = StoreOpt,
    host: str = typer.Option("127.0.0.1", "--host", help="Address to bind; 0.0.0.0 exposes the store to the network."),
    port: int = typer.Option(7878, "--port", min=0, max=65535, help="Port to listen on (0: any free port)."),
) -> None:
    """Serve the embedded store as a read-only SPARQL 1.1 endpoint with a query page."""
    from kg.serve import SparqlServer

    target = _open(store, None, read_only=True)
    server = SparqlServer(target, host, port)
    typer.echo(f"SPARQL endpoint {server.url} (query page http://{server.host}:{server.port}/); Ctrl-C stops", err=True)
    try:
        server.serve_forever()
    except KeyboardInterrupt:
        pass
    finally:
        server.stop()
        target.close()


@app.command("queries")
def list_queries() -> None:
    """List the shipped named queries: the name, then what it answers."""
    from kg.sparql import named_queries

    shipped = named_queries()
    width = max(len(n) for n in shipped)
    for name, q in shipped.items():
        params = ", ".join(f"{p.name}{'?' if p.optional else ''}" for p in q.params)
        suffix = f"  [--param {params}]" if params else ""
        typer.echo(f"{name.ljust(width)}  {q.summary}{suffix}")


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
        code = app(standalone_mode=False)  # click returns a typer.Exit's code instead of raising it
        if isinstance(code, int) and code:
            sys.exit(code)
    except KgError as exc:
        if _state["debug"]:
            raise
        typer.echo(f"Error: {exc}", err=True)
        sys.exit(exc.exit_code)
    except typer.Exit as exc:
        sys.exit(exc.exit_code)
    except typer.Abort:
        typer.echo("Aborted.", err=True)
        sys.exit(130)
    except Exception as exc:  # click usage errors and the unexpected
        import click

        if isinstance(exc, click.ClickException):
            exc.show()
            sys.exit(exc.exit_code)
        if _state["debug"]:
            raise
        typer.echo(f"Error: {type(exc).__name__}: {exc} (run with --debug for the traceback)", err=True)
        sys.exit(1)


if __name__ == "__main__":
    main()
