"""Article -> facts. The only package that imports spaCy; it hands on plain records."""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from typing import TypeVar

from kg.errors import ExtractionError, first_line
from kg.records import Article, Facts

T = TypeVar("T")

__all__ = ["article_error", "extract", "extract_many", "extract_each", "facts_from_doc", "parse", "parse_article",
           "pipe_articles", "split_text"]

# A text longer than this is parsed in parts (cut at paragraph breaks) joined into one Doc: spaCy
# refuses texts over nlp.max_length (a million characters, error E088), and its parser's memory
# grows with the length of what it is given (about 800 MB for one part of 200,000 characters).
PART_CHARS = 100_000


def facts_from_doc(doc, article: Article) -> Facts:
    """Return the facts of `article` read from its parsed `doc` (a spaCy Doc of `article.read_text`:
    the spans of the facts are offsets into that)."""
    from kg.extraction.entities import find_entities
    from kg.extraction.events import find_events
    from kg.extraction.gazetteer import gazetteer
    from kg.extraction.geography import nest_places
    from kg.extraction.quantities import find_quantities
    from kg.extraction.statements import find_statements
    from kg.extraction.time import find_times

    from kg.extraction.parsed import forget, parsed

    from kg.extraction.nlp import repair_speakers, repair_tags

    repair_tags(doc)
    repair_speakers(doc)
    parsed(doc, article.read_text)  # computed once, read by every rule
    # the reader finds the dateline in the text as given; the doc may read the headline before it
    offset = article.headline_offset
    dateline = (article.dateline[0] + offset, article.dateline[1] + offset) if article.dateline else None
    try:
        index = find_entities(doc, gazetteer())
        nest_places(doc, index.entities, index.by_token, gazetteer())
        times = find_times(doc, article.reference_date, "t")
        quantities = find_quantities(doc, "q")
        events, event_tokens = find_events(doc, index, times, quantities, "e", article.reference_date)
        statements = find_statements(doc, index, event_tokens, quantities, "s", dateline=dateline)
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
    from kg.extraction.nlp import load_model, one_blas_thread

    nlp = nlp or load_model()
    with one_blas_thread():
        doc = parse_article(nlp, article)
    return facts_from_doc(doc, article)


def parse_article(nlp, article: Article):  # -> spacy.tokens.Doc
    """Return the Doc of `article.read_text`. A headline read before a text that does not open with
    it is parsed apart and the two Docs joined: the model's tagger and recogniser read across a line
    break, so a headline parsed with its text changes how the lead is read ("... dies aged 86" took
    the lead's "This morning" into a time of its own), where the text parsed alone reads as it did
    before its title was read."""
    cut = article.headline_offset
    if not cut:
        return parse(nlp, article.read_text)
    return _join(nlp(article.read_text[:cut]), parse(nlp, article.text))


def pipe_articles(nlp, items: Iterable[tuple[Article, T]], batch_size: int) -> Iterator[tuple[object, T]]:
    """Yield the Doc of each article's `read_text`, as `parse_article` makes it, with the context
    given with the article; the texts go through ``nlp.pipe`` in batches of `batch_size`, a headline
    read apart from its text in the same batches as the texts (one call of the model per headline
    cost as much as parsing a paragraph)."""
    def texts() -> Iterator[tuple[str, tuple[Article, T, bool]]]:
        for article, context in items:
            if cut := article.headline_offset:
                yield article.read_text[:cut], (article, context, True)
            yield article.text, (article, context, False)

    head = None
    for doc, (article, context, is_head) in nlp.pipe(texts(), as_tuples=True, batch_size=batch_size):
        if is_head:
            head = doc
            continue
        yield (_join(head, doc) if article.headline_offset else doc), context
        head = None


def _join(head, body):  # -> spacy.tokens.Doc
    from spacy.tokens import Doc

    return Doc.from_docs([head, body], ensure_whitespace=False)


def split_text(text: str, limit: int) -> list[str]:
    """Cut `text` into parts of at most `limit` characters that join back into `text` exactly.

    Each cut comes after the last paragraph break in the second half of the part, else the last
    line break, sentence end or space there, else at `limit` (a text with no space at all).

    >>> split_text("One two.\\n\\nThree four.\\n\\nFive.", 16)
    ['One two.\\n\\n', 'Three four.\\n\\n', 'Five.']
    """
    parts, start = [], 0
    while len(text) - start > limit:
        end, half = start + limit, start + limit // 2
        for mark in ("\n\n", "\n", ". ", " "):
            at = text.rfind(mark, half, end - len(mark) + 1)
            if at >= 0:
                end = at + len(mark)
                break
        parts.append(text[start:end])
        start = end
    parts.append(text[start:])
    return parts


def parse(nlp, text: str):  # -> spacy.tokens.Doc
    """Return the Doc of `text`; a text over PART_CHARS (or the model's max_length) is parsed in parts.

    The parts' Docs are joined into one whose text is `text` itself, so every token's offset, and
    every mention made from it, is an exact offset into the whole text.
    """
    from kg.extraction.nlp import know_verbs

    know_verbs(nlp)
    limit = min(PART_CHARS, nlp.max_length - 1)
    if len(text) <= limit:
        return nlp(text)
    from spacy.tokens import Doc

    return Doc.from_docs(list(nlp.pipe(split_text(text, limit), batch_size=1)), ensure_whitespace=False)


def extract_each(articles: Iterable[Article], nlp=None,
                 batch_size: int | None = None) -> Iterator[Facts | ExtractionError]:
    """Yield the facts of each article, parsing them in batches with ``nlp.pipe``, or an
    ExtractionError (naming the article) for one that fails.

    A batch that fails is parsed again article by article, so one bad article costs only itself.
    """
    from kg.extraction.nlp import BATCH_SIZE, know_verbs, load_model

    nlp = nlp or load_model()
    know_verbs(nlp)
    size = batch_size or BATCH_SIZE
    batch: list[Article] = []
    for article in articles:
        batch.append(article)
        if len(batch) >= size:
            yield from _extract_batch(batch, nlp, size)
            batch = []
    if batch:
        yield from _extract_batch(batch, nlp, size)


def _extract_batch(batch: list[Article], nlp, size: int) -> Iterator[Facts | ExtractionError]:
    from kg.extraction.nlp import one_blas_thread

    limit = min(PART_CHARS, nlp.max_length - 1)
    docs: dict[int, object] = {}
    try:
        short = [i for i, a in enumerate(batch) if isinstance(a.text, str) and len(a.read_text) <= limit]
        with one_blas_thread():
            docs = {i: doc for doc, i in pipe_articles(nlp, ((batch[i], i) for i in short), size)}
    except Exception:  # noqa: BLE001 - which article failed is found below, one by one
        docs = {}
    for i, article in enumerate(batch):
        try:
            doc = docs.pop(i, None)
            if doc is None:
                with one_blas_thread():
                    doc = parse_article(nlp, article)
            yield facts_from_doc(doc, article)
        except Exception as exc:  # noqa: BLE001 - one article's failure, whatever it is, is that article's
            yield article_error(article, exc)


def article_error(article: Article, exc: BaseException) -> ExtractionError:
    """An ExtractionError naming `article` (kept as its `article` attribute) and what went wrong."""
    error = ExtractionError(f"{article.source or article.id}: extraction failed ({type(exc).__name__}: {first_line(exc)})")
    error.article = article  # pickled with the error (exceptions keep their __dict__), so workers can send it
    return error


def extract_many(articles: Iterable[Article], nlp=None, batch_size: int | None = None) -> Iterator[Facts]:
    """Yield the facts of each article, parsing them in batches with ``nlp.pipe``; raise
    ExtractionError on an article that fails (`extract_each` reports it and goes on)."""
    for facts in extract_each(articles, nlp, batch_size):
        if isinstance(facts, ExtractionError):
            raise facts
        yield facts
