"""Score the extraction against gold-annotated news (JSON Lines), side by side with the bare model.

The gold format is one article a line: ``id``, ``text``, ``date``, ``entities``, ``timex``,
``quantities``, ``statements``, ``quotes`` and optional ``annotated_regions`` (character ranges where
the gold is complete; precision is only counted inside them). Categories:

- ``entities``: named persons, organisations and places by coarse type; lenient (overlapping spans)
  and strict (same spans). Recall counts the gold names only (nominals and pronouns are not ours to
  find); precision counts a name we give as right when the gold marks a mention of that type there,
  named or not, because the gold is complete inside the annotated regions ("Boeing" inside the gold
  nominal "the Boeing company" is a right organisation, not a false one).
- ``dates``: gold DATE expressions whose normalised value we give (an overlapping expression with the
  same value).
- ``quantities``: money, percentages and counts by span (lenient).
- ``statements``: gold speech events found with their speaker (cue in the same sentence, a mention
  of our speaker overlapping the gold speaker).
- ``quotations``: gold quotations of more than three words found as direct statements (lenient).

The baseline is the bare spaCy model: its entities as they come, its DATE entities resolved with
dateparser against the publication date, its numeric entities; it finds no statements.
"""

from __future__ import annotations

import datetime as dt
import json
import re
from collections import defaultdict
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

from kg.errors import InputError
from kg.records import Article, Facts

_GOLD_TYPES = {"PER": "person", "ORG": "organization", "LOC": "place",
               "person": "person", "organization": "organization", "place": "place"}
_OUR_TYPES = {"Person": "person", "Organization": "organization", "GeopoliticalEntity": "place",
              "City": "place", "Location": "place", "Group": "group", "Product": None}
_MODEL_TYPES = {"PERSON": "person", "ORG": "organization", "GPE": "place", "LOC": "place", "FAC": "place",
                "NORP": "group"}
# How each corpus types nationalities and other groups: GUM as persons, MEANTIME not as names.
_GROUP_AS = {"gum-news": "person"}
_FUNCTION_WORDS = {"of", "and", "the", "for", "de", "du", "la", "le", "von", "van", "der", "&", "on", "in", "at", "to"}
_PRONOUNS = {"i", "we", "you", "he", "she", "it", "they", "me", "us", "him", "her", "them", "his", "its", "their",
             "our", "my", "your", "this", "that", "these", "those", "who", "which"}


@dataclass
class Score:
    """Matched counts for precision and recall."""

    tp_pred: int = 0
    pred: int = 0
    tp_gold: int = 0
    gold: int = 0

    def add(self, other: "Score") -> None:
        self.tp_pred += other.tp_pred
        self.pred += other.pred
        self.tp_gold += other.tp_gold
        self.gold += other.gold

    @property
    def precision(self) -> float | None:
        return self.tp_pred / self.pred if self.pred else None

    @property
    def recall(self) -> float | None:
        return self.tp_gold / self.gold if self.gold else None

    @property
    def f1(self) -> float | None:
        p, r = self.precision, self.recall
        if p is None or r is None:
            return None
        return 2 * p * r / (p + r) if p + r else 0.0

    def as_dict(self) -> dict:
        rnd = lambda v: None if v is None else round(v, 4)  # noqa: E731
        return {"precision": rnd(self.precision), "recall": rnd(self.recall), "f1": rnd(self.f1),
                "predicted": self.pred, "gold": self.gold}


@dataclass
class Report:
    """Scores per category, for kg and for the bare model."""

    corpus: str
    articles: int = 0
    kg: dict[str, Score] = field(default_factory=lambda: defaultdict(Score))
    baseline: dict[str, Score] = field(default_factory=lambda: defaultdict(Score))

    def as_dict(self) -> dict:
        return {"corpus": self.corpus, "articles": self.articles,
                "kg": {k: v.as_dict() for k, v in sorted(self.kg.items())},
                "baseline": {k: v.as_dict() for k, v in sorted(self.baseline.items())}}

    def table(self) -> str:
        def fmt(v: float | None) -> str:
            return "  -  " if v is None else f"{v:.3f}"

        cats = sorted(set(self.kg) | set(self.baseline), key=_category_order)
        lines = [f"{self.corpus}: {self.articles} articles",
                 f"{'category':<28} {'baseline P':>10} {'R':>6} {'F1':>6}   {'kg P':>6} {'R':>6} {'F1':>6}   {'gold':>5}"]
        for c in cats:
            b, k = self.baseline.get(c, Score()), self.kg.get(c, Score())
            lines.append(f"{c:<28} {fmt(b.precision):>10} {fmt(b.recall):>6} {fmt(b.f1):>6}   "
                         f"{fmt(k.precision):>6} {fmt(k.recall):>6} {fmt(k.f1):>6}   {k.gold or b.gold:>5}")
        return "\n".join(lines)


def _category_order(name: str) -> tuple:
    order = ["entities", "dates", "quantities", "statements", "quotations"]
    head = name.split(".")[0].split("/")[0]
    return (order.index(head) if head in order else 9, name)


def read_gold(path: str | Path) -> Iterator[dict]:
    """Yield the gold records of a JSON Lines file."""
    try:
        lines = Path(path).read_text(encoding="utf-8").splitlines()
    except OSError as exc:
        raise InputError(f"{path}: cannot read gold file ({exc.strerror or exc})") from exc
    for n, line in enumerate(lines, start=1):
        if line.strip():
            try:
                yield json.loads(line)
            except json.JSONDecodeError as exc:
                raise InputError(f"{path}:{n}: malformed JSON line ({exc.msg})") from exc


def article_of(record: dict) -> Article:
    """The article of a gold record, as kg would read it."""
    from kg.reader import parse_date

    return Article(id=record["id"], text=record["text"], title=record.get("title"), url=record.get("url"),
                   published=parse_date(record.get("date")), source=record.get("id"))


def evaluate(records: Iterable[dict], *, nlp=None, baseline: bool = True, limit: int | None = None,
             progress=None) -> Report:
    """Score kg (and the bare model) on gold records; return a report per category."""
    from kg.extraction import facts_from_doc
    from kg.extraction.nlp import BATCH_SIZE, load_model

    nlp = nlp or load_model()
    records = list(records)[:limit] if limit else list(records)
    corpus = records[0].get("corpus", "gold") if records else "gold"
    report = Report(corpus=corpus)
    pairs = ((r["text"], r) for r in records)
    for n, (doc, record) in enumerate(nlp.pipe(pairs, as_tuples=True, batch_size=BATCH_SIZE), start=1):
        article = article_of(record)
        facts = facts_from_doc(doc, article)
        regions = record.get("annotated_regions") or [[0, len(record["text"])]]
        for name, score in score_facts(record, facts, regions, doc).items():
            report.kg[name].add(score)
        if baseline:
            for name, score in score_model(record, doc, article.published, regions).items():
                report.baseline[name].add(score)
        report.articles += 1
        if progress:
            progress(n, record["id"])
    return report


# ------------------------------------------------------------------ matching helpers

def _inside(span: tuple[int, int], regions: list[list[int]]) -> bool:
    return any(b <= span[0] and span[1] <= e for b, e in regions)


def _overlap(a: tuple[int, int], b: tuple[int, int]) -> bool:
    return a[0] < b[1] and b[0] < a[1]


def _match(preds: list[tuple], golds: list[tuple], same) -> Score:
    """Count predictions that match some gold item and gold items matched by some prediction."""
    score = Score(pred=len(preds), gold=len(golds))
    score.tp_pred = sum(1 for p in preds if any(same(p, g) for g in golds))
    score.tp_gold = sum(1 for g in golds if any(same(p, g) for p in preds))
    return score


def is_name(text: str) -> bool:
    """True for a proper name ("Boeing", "the United States Air Force"), false for nominals and pronouns."""
    words = re.findall(r"[\w'’.-]+", text)
    while words and words[0].lower() in ("the", "a", "an"):
        words = words[1:]
    if not words or words[0].lower() in _PRONOUNS or not words[0][:1].isupper():
        return False
    content = [w for w in words if w.lower() not in _FUNCTION_WORDS and w[:1].isalpha()]
    capitalised = sum(1 for w in content if w[:1].isupper())
    return capitalised * 2 > len(content)


def _gold_entities(record: dict, regions) -> tuple[list[tuple], list[tuple]]:
    """The gold names to find, and every gold mention (names, nominals, pronouns) a name may hit."""
    names, mentions = [], []
    for e in record.get("entities", []):
        coarse = _GOLD_TYPES.get(e.get("type") or "")
        if coarse is None or not _inside((e["start"], e["end"]), regions):
            continue
        mentions.append((e["start"], e["end"], coarse))
        if e.get("syntactic_type") in (None, "NAM") and is_name(e["text"]):
            names.append((e["start"], e["end"], coarse))
    return names, mentions


def _entity_scores(preds: list[tuple], gold: tuple[list[tuple], list[tuple]]) -> dict[str, Score]:
    names, mentions = gold
    scores: dict[str, Score] = {}
    lenient = lambda p, g: p[2] == g[2] and _overlap(p[:2], g[:2])  # noqa: E731
    strict = lambda p, g: p[2] == g[2] and p[:2] == g[:2]  # noqa: E731

    def score(same, preds: list[tuple], names: list[tuple], mentions: list[tuple]) -> Score:
        found = _match(preds, names, same)
        found.tp_pred = sum(1 for p in preds if any(same(p, g) for g in mentions))
        return found

    scores["entities.lenient"] = score(lenient, preds, names, mentions)
    scores["entities.strict"] = score(strict, preds, names, mentions)
    for coarse in ("person", "organization", "place"):
        of = lambda items: [i for i in items if i[2] == coarse]  # noqa: E731
        scores[f"entities.lenient/{coarse}"] = score(lenient, of(preds), of(names), of(mentions))
    return scores


def _gold_dates(record: dict, regions) -> list[tuple]:
    out = []
    for t in record.get("timex", []):
        if t.get("type", "DATE") != "DATE" or not _inside((t["start"], t["end"]), regions):
            continue
        out.append((t["start"], t["end"], t.get("value")))
    return out


def _date_match(p, g) -> bool:
    """Overlapping spans, and the gold value among the prediction's (ISO date, span, TimeML value)."""
    return _overlap(p[:2], g[:2]) and g[2] is not None and g[2] in p[2]


# ------------------------------------------------------------------ kg's facts

def score_facts(record: dict, facts: Facts, regions, doc) -> dict[str, Score]:
    """Score one article's facts against its gold record."""
    corpus = record.get("corpus", "")
    scores: dict[str, Score] = {}

    preds = []
    for ent in facts.entities.values():
        coarse = _OUR_TYPES[ent.kind]
        if coarse == "group":
            coarse = _GROUP_AS.get(corpus)
        if coarse is None:
            continue
        for m in ent.mentions:
            if m.kind == "name" and _inside((m.begin, m.end), regions):
                preds.append((m.begin, m.end, coarse))
    scores.update(_entity_scores(preds, _gold_entities(record, regions)))

    golds = _gold_dates(record, regions)
    if golds:
        times = [(t.mention.begin, t.mention.end, {t.value, t.timex, f"{t.start}/{t.end}" if t.start else None} - {None})
                 for t in facts.times.values() if _inside((t.mention.begin, t.mention.end), regions)]
        scores["dates"] = _match(times, golds, _date_match)

    qgold = [(q["start"], q["end"]) for q in record.get("quantities", []) if _inside((q["start"], q["end"]), regions)]
    if qgold:
        qpred = [(q.mention.begin, q.mention.end) for q in facts.quantities.values()
                 if _inside((q.mention.begin, q.mention.end), regions)]
        scores["quantities"] = _match(qpred, qgold, _overlap)

    sgold = [s for s in record.get("statements", []) if _inside((s["cue_start"], s["cue_end"]), regions)
             and s.get("speaker") and is_name(s["speaker"])]
    if sgold:
        scores["statements"] = _statement_score(facts, sgold, regions, doc)

    qgold = [(q["start"], q["end"]) for q in record.get("quotes", []) if len(q["text"].split()) > 3]
    if qgold:
        direct = [(s.mention.begin, s.mention.end) for s in facts.statements.values() if s.direct]
        scores["quotations"] = _match(direct, qgold, _overlap)
    return scores


def _statement_score(facts: Facts, golds: list[dict], regions, doc) -> Score:
    def sentence(offset: int) -> tuple[int, int]:
        span = doc.char_span(offset, offset + 1, alignment_mode="expand")
        sent = span.sent if span is not None else None
        return (sent.start_char, sent.end_char) if sent is not None else (offset, offset + 1)

    preds = []
    for st in facts.statements.values():
        anchor = st.cue_mention or st.mention
        if not _inside((anchor.begin, anchor.end), regions) or st.speaker is None:
            continue
        spans = [(m.begin, m.end) for m in facts.entities[st.speaker].mentions]
        preds.append((sentence(anchor.begin), spans))

    def same(p, g) -> bool:
        sent, spans = p
        if not (sent[0] <= g["cue_start"] < sent[1]):
            return False
        return any(_overlap(s, (g["speaker_start"], g["speaker_end"])) for s in spans)

    return _match(preds, golds, same)


# ------------------------------------------------------------------ the bare model

def score_model(record: dict, doc, published: dt.date | None, regions) -> dict[str, Score]:
    """Score the bare spaCy model's entities, dates and numbers the same way."""
    corpus = record.get("corpus", "")
    scores: dict[str, Score] = {}
    preds = []
    for e in doc.ents:
        coarse = _MODEL_TYPES.get(e.label_)
        if coarse == "group":
            coarse = _GROUP_AS.get(corpus)
        if coarse and _inside((e.start_char, e.end_char), regions):
            preds.append((e.start_char, e.end_char, coarse))
    scores.update(_entity_scores(preds, _gold_entities(record, regions)))

    golds = _gold_dates(record, regions)
    if golds:
        times = []
        for e in doc.ents:
            if e.label_ == "DATE" and _inside((e.start_char, e.end_char), regions):
                times.append((e.start_char, e.end_char, {_dateparser_value(e.text, published)} - {None}))
        scores["dates"] = _match(times, golds, _date_match)

    qgold = [(q["start"], q["end"]) for q in record.get("quantities", []) if _inside((q["start"], q["end"]), regions)]
    if qgold:
        qpred = [(e.start_char, e.end_char) for e in doc.ents
                 if e.label_ in ("CARDINAL", "MONEY", "PERCENT", "QUANTITY") and _inside((e.start_char, e.end_char), regions)]
        scores["quantities"] = _match(qpred, qgold, _overlap)

    if any(s.get("speaker") and is_name(s["speaker"]) and _inside((s["cue_start"], s["cue_end"]), regions)
           for s in record.get("statements", [])):
        gold = sum(1 for s in record["statements"] if s.get("speaker") and is_name(s["speaker"])
                   and _inside((s["cue_start"], s["cue_end"]), regions))
        scores["statements"] = Score(gold=gold)
    qgold = [q for q in record.get("quotes", []) if len(q["text"].split()) > 3]
    if qgold:
        scores["quotations"] = Score(gold=len(qgold))
    return scores


def _dateparser_value(text: str, published: dt.date | None) -> str | None:
    import dateparser

    settings = {"PREFER_DATES_FROM": "past"}
    if published:
        settings["RELATIVE_BASE"] = dt.datetime(published.year, published.month, published.day)
    parsed = dateparser.parse(text, languages=["en"], settings=settings)
    if parsed is None:
        return None
    if re.fullmatch(r"\D*\d{4}\D*", text) and not re.search(r"[A-Za-z]{3,}\s+\d{1,2}\b|\b\d{1,2}\s+[A-Za-z]{3,}", text):
        return str(parsed.year)  # "2008", "in 2008"
    return parsed.date().isoformat()
