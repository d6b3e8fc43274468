"""Ingest: read -> extract -> map -> store, article by article, with a report of what happened.

Library code never prints: progress goes to a callback the CLI turns into a progress bar.
"""

from __future__ import annotations

import datetime as dt
import logging
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field

from kg.errors import InputError, KgError
from kg.records import Article, Facts

log = logging.getLogger(__name__)

from kg.vocab import ONTOLOGY_GRAPH


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


Progress = Callable[[int, str], None]  # (articles done, name of the last one)


def ingest_articles(items: Iterable[Article | InputError], store, *, nlp=None, batch_size: int | None = None,
                    progress: Progress | None = None) -> IngestReport:
    """Extract and store every article of `items`; report bad ones and go on with the rest."""
    from kg.extract import extract_many
    from kg.extract.nlp import load_model, model_id
    from kg.mapping import article_iri, content_hash, facts_to_quads

    import kg

    report = IngestReport()
    nlp = nlp or load_model()
    extractor = f"kg-{kg.__version__} {model_id(nlp)}"
    ensure_ontology(store)
    pending: dict[str, str] = {}  # article IRI -> stored hash, for the articles that need work

    def to_extract() -> Iterator[Article]:
        done = 0
        for item in items:
            if isinstance(item, InputError):
                report.errors.append(str(item))
                log.warning("%s", item)
                continue
            report.articles += 1
            iri = article_iri(item)
            stored = store.article_hash(iri)
            if stored is not None and stored == content_hash(item, extractor):
                report.unchanged += 1
                done += 1
                if progress:
                    progress(done, item.id)
                continue
            pending[iri.value] = stored or ""
            yield item

    done = 0
    for facts in extract_many(to_extract(), nlp, batch_size=batch_size):
        done += 1
        try:
            _store_facts(facts, store, extractor, pending, report, article_iri, facts_to_quads)
        except KgError as exc:
            report.errors.append(f"{facts.article.source or facts.article.id}: {exc}")
            log.warning("%s", report.errors[-1])
        if progress:
            progress(report.unchanged + done, facts.article.id)
    return report


def _store_facts(facts: Facts, store, extractor: str, pending: dict[str, str], report: IngestReport,
                 article_iri, facts_to_quads) -> None:
    iri = article_iri(facts.article)
    quads = facts_to_quads(facts, extractor=extractor)
    replace = bool(pending.get(iri.value))
    store.put_article(iri, quads, replace=replace)
    report.replaced += replace
    report.added += not replace
    report.triples += len(quads)
    report.actors += sum(1 for e in facts.entities.values() if e.kind != "City" and e.kind != "Location" and e.mentions)
    report.events += len(facts.events)
    report.statements += len(facts.statements)


def ensure_ontology(store) -> None:
    """Load the ontology into its own named graph (once), so queries can read class hierarchy and labels."""
    from pyoxigraph import Literal, NamedNode, Quad, RdfFormat, parse

    from kg.resources import ontology_text
    from kg.vocab import NKG

    import hashlib

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
    from kg.read import read_paths

    return read_paths(paths, default_date=date)
