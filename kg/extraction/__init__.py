"""Article -> facts. The only package that imports spaCy; it hands on plain records."""

from __future__ import annotations

from collections.abc import Iterable, Iterator

from kg.records import Article, Facts

__all__ = ["extract", "extract_many", "facts_from_doc"]


def facts_from_doc(doc, article: Article) -> Facts:
    """Return the facts of `article` read from its parsed `doc` (a spaCy Doc of `article.text`)."""
    from kg.extraction.entities import find_entities
    from kg.extraction.events import find_events
    from kg.extraction.gazetteer import gazetteer
    from kg.extraction.quantities import find_quantities
    from kg.extraction.statements import find_statements
    from kg.extraction.time import find_times

    from kg.extraction.parsed import forget, parsed

    parsed(doc, article.text)  # computed once, read by every rule
    try:
        index = find_entities(doc, gazetteer())
        times = find_times(doc, article.reference_date, "t")
        quantities = find_quantities(doc, "q")
        events, event_tokens = find_events(doc, index, times, quantities, "e")
        statements = find_statements(doc, index, event_tokens, quantities, "s", dateline=article.dateline)
    finally:
        # The cache holds spans of the doc: a reference cycle the garbage collector would free
        # late, keeping every parsed doc (and its tensors) alive across a long run.
        forget(doc)
    used_times = {e.time for e in events.values() if e.time}
    return Facts(
        article=article,
        entities=index.entities,
        times={t.expr.key: t.expr for t in times if t.expr.key in used_times or t.expr.value or t.expr.start or t.expr.timex},
        quantities={q.quantity.key: q.quantity for q in quantities},
        events=events,
        statements=statements,
    )


def extract(article: Article, nlp=None) -> Facts:
    """Return the facts of one article (loads the default model if `nlp` is not given)."""
    from kg.extraction.nlp import load_model

    nlp = nlp or load_model()
    return facts_from_doc(nlp(article.text), article)


def extract_many(articles: Iterable[Article], nlp=None, batch_size: int | None = None) -> Iterator[Facts]:
    """Yield the facts of each article, parsing them in batches with ``nlp.pipe``."""
    from kg.extraction.nlp import BATCH_SIZE, load_model

    nlp = nlp or load_model()
    pairs = ((a.text, a) for a in articles)
    for doc, article in nlp.pipe(pairs, as_tuples=True, batch_size=batch_size or BATCH_SIZE):
        yield facts_from_doc(doc, article)
