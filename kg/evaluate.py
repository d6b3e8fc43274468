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

- ``events`` (gold whose events carry PropBank participants, as MEANTIME's): ``events.trigger`` P is
  the share of our event mentions inside the annotated regions that overlap a gold event trigger, R
  the share of agentive gold events (not speech, Arg0 a name) whose trigger one of our mentions
  overlaps; ``events.agent`` P is agent accuracy (of our events on a gold trigger that has an entity
  Arg0 and that give an agent: the agent has a mention overlapping the Arg0 or a name word in common
  with it), R the agentive gold events found with that agent; ``events.date`` P is date accuracy (of
  our events on a gold trigger that give a date, where the gold event is included in a dated day:
  the same day).

A newsgold directory (``gold/*.json`` written by hand to ``newsgold/GUIDE.md``, texts in
``articles.jsonl``) is scored field by field (``evaluate_newsgold``): recall of the gold actors,
locations, events (an event of the gold type, superclasses count), and, on the event of that type
that matches the most fields, its trigger, date, place, agent, target and figures; statements; and
the precision of agents and targets (every agent given is the gold one).

The baseline is the bare spaCy model: its entities as they come, its DATE entities resolved with
dateparser against the publication date, its numeric entities; it finds no statements. Its events
are every verb whose nominal subject lies in a named entity, with that entity as agent, no type, no
date, no place: on newsgold it finds no event of a type, and its trigger and role fields are scored
on its events of any type.
"""

from __future__ import annotations

import datetime as dt
import json
import re
import textwrap
import unicodedata
from collections import defaultdict
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field, replace
from pathlib import Path

from kg.errors import InputError
from kg.records import Article, Facts, Span

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
    # Precision and recall of different things (MEANTIME's trigger precision over all our mentions,
    # recall over agentive events only): no F1 of the two.
    mixed: bool = False

    def add(self, other: "Score") -> None:
        self.tp_pred += other.tp_pred
        self.pred += other.pred
        self.tp_gold += other.tp_gold
        self.gold += other.gold
        self.mixed = self.mixed or other.mixed

    @property
    def precision(self) -> float | None:
        return self.tp_pred / self.pred if self.pred else None

    @property
    def recall(self) -> float | None:
        return self.tp_gold / self.gold if self.gold else None

    @property
    def f1(self) -> float | None:
        p, r = self.precision, self.recall
        if p is None or r is None or self.mixed:
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
    newsgold: bool = False  # scored by newsgold's fields: the summary gives their mean recall
    notes: list[str] = field(default_factory=list)  # what a row means, printed under the table

    def summary(self, scores: dict[str, Score]) -> dict[str, float | None]:
        """The mean of newsgold's field recalls and of its role precisions (None when nothing counted)."""
        recalls = [r for f in NEWSGOLD_FIELDS if (r := scores.get(f, Score()).recall) is not None]
        precisions = [p for f in ("events.agent", "events.target")
                      if (p := scores.get(f, Score()).precision) is not None]
        mean = lambda xs: round(sum(xs) / len(xs), 4) if xs else None  # noqa: E731
        return {"mean_recall": mean(recalls), "role_precision": mean(precisions)}

    def as_dict(self) -> dict:
        out = {"corpus": self.corpus, "articles": self.articles,
               "kg": {k: v.as_dict() for k, v in sorted(self.kg.items())},
               "baseline": {k: v.as_dict() for k, v in sorted(self.baseline.items())}}
        if self.newsgold:
            out["summary"] = {"kg": self.summary(self.kg), "baseline": self.summary(self.baseline)}
        return out

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
        if self.newsgold:
            b, k = self.summary(self.baseline), self.summary(self.kg)
            lines.append(f"{'mean of the field recalls':<28} {'':>17} {fmt(b['mean_recall']):>6}   "
                         f"{'':>13} {fmt(k['mean_recall']):>6}")
            lines.append(f"{'role precision (mean)':<28} {fmt(b['role_precision']):>10} {'':>13}   "
                         f"{fmt(k['role_precision']):>6}")
        for note in self.notes:
            lines.extend(textwrap.wrap(note, 110, subsequent_indent="    "))
        return "\n".join(lines)


_ORDER = ["actors", "locations", "entities", "dates", "quantities", "events", "events.trigger", "events.agent",
          "events.target", "events.date", "events.place", "events.figures", "statements", "quotations"]


def _category_order(name: str) -> tuple:
    head = name.split("/")[0]
    if head not in _ORDER:
        head = head.split(".")[0]
    return (_ORDER.index(head) if head in _ORDER else len(_ORDER), name)


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
    from kg.extraction import facts_from_doc, pipe_articles
    from kg.extraction.nlp import BATCH_SIZE, load_model

    nlp = nlp or load_model()
    records = list(records)[:limit] if limit else list(records)
    corpus = records[0].get("corpus", "gold") if records else "gold"
    report = Report(corpus=corpus)
    # Both read the text as kg reads it (the headline before it, where it does not open with it), and
    # what they find is scored at its offsets into the text as given, which the gold's are.
    pairs = ((a, (a, r)) for a, r in ((article_of(r), r) for r in records))
    for n, (doc, (article, record)) in enumerate(pipe_articles(nlp, pairs, BATCH_SIZE), start=1):
        shift = article.headline_offset
        facts = in_text(facts_from_doc(doc, article))
        regions = record.get("annotated_regions") or [[0, len(record["text"])]]
        for name, score in score_facts(record, facts, regions, doc, shift).items():
            report.kg[name].add(score)
        if baseline:
            for name, score in score_model(record, doc, article.published, regions, shift).items():
                report.baseline[name].add(score)
        report.articles += 1
        if progress:
            progress(n, record["id"])
    if "events.trigger" in report.kg:
        report.notes.extend(MEANTIME_EVENT_NOTES)
    return report


def in_text(facts: Facts) -> Facts:
    """`facts` with their spans as offsets into the article's text as given (the gold's offsets), not
    into the text as read, which may open with the headline (see `Article.read_text`). The mentions
    of entities and events in that headline, and statements told there, are left out; a time or
    quantity there keeps its place before the text (negative offsets, where no gold span lies), so
    the event it dates or counts still has it."""
    shift = facts.article.headline_offset
    if not shift:
        return facts

    def moved(span: Span) -> Span:
        return replace(span, begin=span.begin - shift, end=span.end - shift)

    def in_body(spans: list[Span]) -> list[Span]:
        return [moved(m) for m in spans if m.begin >= shift]

    return Facts(
        article=facts.article,
        entities={k: replace(e, mentions=in_body(e.mentions)) for k, e in facts.entities.items()},
        times={k: replace(t, mention=moved(t.mention)) for k, t in facts.times.items()},
        quantities={k: replace(q, mention=moved(q.mention)) for k, q in facts.quantities.items()},
        events={k: replace(e, mentions=in_body(e.mentions)) for k, e in facts.events.items()},
        statements={k: replace(s, mention=moved(s.mention), cue_mention=s.cue_mention and moved(s.cue_mention))
                    for k, s in facts.statements.items() if s.mention.begin >= shift})


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

def score_facts(record: dict, facts: Facts, regions, doc, shift: int = 0) -> dict[str, Score]:
    """Score one article's facts (their spans offsets into the text, as `in_text` gives them) against
    its gold record; `doc` reads the text `shift` characters in (past a headline read before it)."""
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
                 for t in facts.times.values() if _inside((t.mention.begin, t.mention.end), regions)
                 and not t.inferred]  # a day inferred from words that name none is no date expression
        scores["dates"] = _match(times, golds, _date_match)

    qgold = [(q["start"], q["end"]) for q in record.get("quantities", []) if _inside((q["start"], q["end"]), regions)]
    if qgold:
        qpred = [(q.mention.begin, q.mention.end) for q in facts.quantities.values()
                 if _inside((q.mention.begin, q.mention.end), regions)]
        scores["quantities"] = _match(qpred, qgold, _overlap)

    sgold = [s for s in record.get("statements", []) if _inside((s["cue_start"], s["cue_end"]), regions)
             and s.get("speaker") and is_name(s["speaker"])]
    if sgold:
        scores["statements"] = _statement_score(facts, sgold, regions, doc, shift)

    qgold = [(q["start"], q["end"]) for q in record.get("quotes", []) if len(q["text"].split()) > 3]
    if qgold:
        direct = [(s.mention.begin, s.mention.end) for s in facts.statements.values() if s.direct]
        scores["quotations"] = _match(direct, qgold, _overlap)
    scores.update(event_scores(record, kg_events(facts)))
    return scores


def _statement_score(facts: Facts, golds: list[dict], regions, doc, shift: int = 0) -> Score:
    def sentence(offset: int) -> tuple[int, int]:
        span = doc.char_span(offset + shift, offset + shift + 1, alignment_mode="expand")
        sent = span.sent if span is not None else None
        return (sent.start_char - shift, sent.end_char - shift) if sent is not None else (offset, offset + 1)

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

def score_model(record: dict, doc, published: dt.date | None, regions, shift: int = 0) -> dict[str, Score]:
    """Score the bare spaCy model's entities, dates and numbers the same way (`doc` reads the text
    `shift` characters in, past a headline read before it)."""
    corpus = record.get("corpus", "")
    scores: dict[str, Score] = {}
    # the model's entities at their offsets into the text, none of the headline read before it
    ents = [(e, e.start_char - shift, e.end_char - shift) for e in doc.ents if e.start_char >= shift]
    preds = []
    for e, begin, end in ents:
        coarse = _MODEL_TYPES.get(e.label_)
        if coarse == "group":
            coarse = _GROUP_AS.get(corpus)
        if coarse and _inside((begin, end), regions):
            preds.append((begin, end, coarse))
    scores.update(_entity_scores(preds, _gold_entities(record, regions)))

    golds = _gold_dates(record, regions)
    if golds:
        times = []
        for e, begin, end in ents:
            if e.label_ == "DATE" and _inside((begin, end), regions):
                times.append((begin, end, {_dateparser_value(e.text, published)} - {None}))
        scores["dates"] = _match(times, golds, _date_match)

    qgold = [(q["start"], q["end"]) for q in record.get("quantities", []) if _inside((q["start"], q["end"]), regions)]
    if qgold:
        qpred = [(begin, end) for e, begin, end in ents
                 if e.label_ in ("CARDINAL", "MONEY", "PERCENT", "QUANTITY") and _inside((begin, end), regions)]
        scores["quantities"] = _match(qpred, qgold, _overlap)

    if any(s.get("speaker") and is_name(s["speaker"]) and _inside((s["cue_start"], s["cue_end"]), regions)
           for s in record.get("statements", [])):
        gold = sum(1 for s in record["statements"] if s.get("speaker") and is_name(s["speaker"])
                   and _inside((s["cue_start"], s["cue_end"]), regions))
        scores["statements"] = Score(gold=gold)
    qgold = [q for q in record.get("quotes", []) if len(q["text"].split()) > 3]
    if qgold:
        scores["quotations"] = Score(gold=len(qgold))
    scores.update(event_scores(record, model_events(doc, shift)))
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


# ------------------------------------------------------------------ events, as the measures see them

@dataclass(frozen=True)
class Named:
    """An actor or place as the measures see it: its label, its other names, where it is mentioned,
    and whether it is an actor and/or a location (newsgold scores those two kinds apart)."""

    name: str
    aliases: tuple[str, ...] = ()
    spans: tuple[tuple[int, int], ...] = ()
    actor: bool = False
    location: bool = False

    @property
    def labels(self) -> tuple[str, ...]:
        """The name and the other names (a graph's rdfs:label and skos:altLabel)."""
        return (self.name, *self.aliases)


@dataclass
class EventView:
    """An event as the measures see it, whichever system made it. An empty `types` means untyped
    (the bare model's events)."""

    mentions: list[tuple[int, int, str]]
    types: frozenset[str] = frozenset()
    agents: list[Named] = field(default_factory=list)
    targets: list[Named] = field(default_factory=list)
    place: Named | None = None
    date: str | None = None  # ISO day, month or year, as the graph's nkg:date
    start: str | None = None
    end: str | None = None
    figures: list[tuple[float, str]] = field(default_factory=list)  # (value, unit) of its quantities


@dataclass(frozen=True)
class StatementView:
    """A statement as newsgold sees it: its text, whether it is a quotation, and its speaker."""

    text: str
    direct: bool
    speaker: Named


def kg_named(facts: Facts) -> dict[str, Named]:
    """kg's actors and places in one article by entity key, typed as the graph types them."""
    from kg.mapping import ENTITY_CLASSES

    out = {}
    for ent in facts.entities.values():
        classes = ENTITY_CLASSES.get(ent.kind, ())
        out[ent.key] = Named(ent.name, tuple(sorted(ent.aliases)), tuple((m.begin, m.end) for m in ent.mentions),
                             actor="Actor" in classes, location="Location" in classes)
    return out


def kg_events(facts: Facts) -> list[EventView]:
    """kg's events in one article, with what the graph says of each (type and superclasses, roles, date)."""
    from kg.taxonomy import taxonomy

    types = taxonomy()
    named = kg_named(facts)
    out = []
    for ev in facts.events.values():
        etype = types.get(ev.type)
        time = facts.times.get(ev.time) if ev.time else None
        # A quantity without a unit is a bare number: newsgold compares a value with its unit.
        figures = [(float(q.value), q.unit) for k in ev.quantities
                   if (q := facts.quantities.get(k)) and q.unit and q.value is not None]
        out.append(EventView(
            mentions=[(m.begin, m.end, m.anchor) for m in ev.mentions],
            types=frozenset({ev.type, "Event", *(etype.ancestors if etype else ())}),
            agents=[named[k] for k in ev.agents if k in named],
            targets=[named[k] for k in ev.targets if k in named],
            place=named.get(ev.place) if ev.place else None,
            date=time.value if time else None, start=time.start if time else None, end=time.end if time else None,
            figures=figures))
    return out


def kg_statements(facts: Facts) -> list[StatementView]:
    """kg's statements that have a speaker (newsgold asks who said it)."""
    named = kg_named(facts)
    return [StatementView(st.text, st.direct, named[st.speaker]) for st in facts.statements.values()
            if st.speaker in named]


# spaCy's labels for names (not numbers, dates or amounts), and how the graph would class them.
_MODEL_ACTORS = {"PERSON", "ORG", "NORP", "GPE"}
_MODEL_PLACES = {"GPE", "LOC", "FAC"}
_MODEL_NUMERIC = {"DATE", "TIME", "PERCENT", "MONEY", "QUANTITY", "ORDINAL", "CARDINAL"}


def model_named(doc, shift: int = 0) -> list[Named]:
    """The bare model's names: one per distinct text, with every mention of that text (offsets
    `shift` characters back, into the text past a headline read before it; the headline's left out)."""
    spans: dict[str, list[tuple[int, int]]] = defaultdict(list)
    labels: dict[str, set[str]] = defaultdict(set)
    for e in doc.ents:
        if e.label_ not in _MODEL_NUMERIC and e.start_char >= shift:
            spans[e.text].append((e.start_char - shift, e.end_char - shift))
            labels[e.text].add(e.label_)
    return [Named(text, (), tuple(spans[text]), actor=bool(labels[text] & _MODEL_ACTORS),
                  location=bool(labels[text] & _MODEL_PLACES)) for text in spans]


def model_events(doc, shift: int = 0) -> list[EventView]:
    """The baseline's events: every verb whose nominal subject lies in a named entity, that entity its
    agent (offsets as `model_named` gives them)."""
    named = {n.name: n for n in model_named(doc, shift)}
    out = []
    for tok in doc:
        if tok.pos_ != "VERB" or tok.idx < shift:
            continue
        for child in tok.children:
            # Only the active subject: a passive one (nsubjpass) is what was done to, not who did it.
            if child.dep_ == "nsubj" and child.ent_iob_ != "O" and child.ent_type_ not in _MODEL_NUMERIC:
                ent = next(e for e in doc.ents if e.start <= child.i < e.end)
                if ent.text in named:  # not a name run on from a headline read before the text
                    out.append(EventView(mentions=[(tok.idx - shift, tok.idx - shift + len(tok.text), tok.text)],
                                         agents=[named[ent.text]]))
    return out


# ------------------------------------------------------------------ events on MEANTIME-style gold

MEANTIME_EVENT_NOTES = [
    "events.trigger: P = our event mentions in the annotated regions that overlap a gold trigger; "
    "R = agentive gold events (not speech, named Arg0) whose trigger we mark (any type)",
    "events.agent: P = agent accuracy (our agent is the gold Arg0, where both are given); "
    "R = agentive gold events found with that agent",
    "events.date: P = date accuracy (our date is the gold event's day, where both are given)",
    "bare model: every verb whose nsubj lies in a named entity is an event, that entity its agent; no date",
]
# Words that open a participant's text without naming anyone ("The company", "its board").
_NOT_NAME_WORDS = frozenset({"the", "a", "an", "i", "we", "he", "she", "it", "they", "his", "her", "its", "their"})
# Time relations that put the event on the time's day (BEFORE, AFTER and the rest do not).
_SAME_DAY = ("IS_INCLUDED", "SIMULTANEOUS")


def name_words(text: str) -> set[str]:
    """The capitalised words of a name, lower-cased, without punctuation or a possessive: two names
    match when they share one ("Northrop Grumman Corp." and "Northrop").

    >>> sorted(name_words("the Boeing company's (USAF)"))
    ['boeing', 'usaf']
    """
    words = (w.strip(".,()'\"") for w in text.replace("'s", "").split())
    return {w.lower() for w in words if w[:1].isupper()} - _NOT_NAME_WORDS


def _arg0s(gold_event: dict) -> list[dict]:
    return [p for p in gold_event.get("participants", []) if p.get("role") == "Arg0" and p.get("kind") == "entity"]


def _agent_is_arg0(agents: list[Named], arg0s: list[dict]) -> bool:
    """Some agent is mentioned where an Arg0 is, or shares a name word with it (the agent's label:
    the graph's rdfs:label)."""
    return any(_overlap(s, (p["start"], p["end"])) for a in agents for s in a.spans for p in arg0s) or \
        any(name_words(a.name) & name_words(p["text"]) for a in agents for p in arg0s)


def event_scores(record: dict, events: list[EventView]) -> dict[str, Score]:
    """Score events against gold whose events carry participants (MEANTIME): trigger precision and
    agentive recall, agent accuracy and agentive recall with the agent, date accuracy."""
    gold_events = record.get("events") or []
    if not any("participants" in g for g in gold_events):
        return {}
    regions = record.get("annotated_regions") or [[0, len(record["text"])]]
    # A span is in a region when it starts there: a trigger or mention never crosses a sentence.
    starts_in = lambda b: any(lo <= b < hi for lo, hi in regions)  # noqa: E731
    gold = [g for g in gold_events if starts_in(g["start"])]
    trigger, agent, date = Score(mixed=True), Score(mixed=True), Score(mixed=True)
    for ev in events:
        for span in dict.fromkeys((b, e) for b, e, _ in ev.mentions):  # each span once per event
            if not starts_in(span[0]):
                continue
            trigger.pred += 1
            hits = [g for g in gold if _overlap(span, (g["start"], g["end"]))]
            if not hits:
                continue
            trigger.tp_pred += 1
            arg0s = [p for g in hits for p in _arg0s(g)]
            if arg0s and ev.agents:
                agent.pred += 1
                agent.tp_pred += _agent_is_arg0(ev.agents, arg0s)
            days = {t["value"] for g in hits for t in g.get("times", [])
                    if t.get("reltype") in _SAME_DAY and len(t.get("value") or "") == 10}
            if ev.date and days:
                date.pred += 1
                date.tp_pred += ev.date[:10] in days
    agentive = [g for g in gold if g.get("type") == "OTHER" and any(name_words(p["text"]) for p in _arg0s(g))]
    trigger.gold = agent.gold = len(agentive)
    for g in agentive:
        on = [ev for ev in events if any(_overlap((b, e), (g["start"], g["end"])) for b, e, _ in ev.mentions)]
        trigger.tp_gold += bool(on)
        agent.tp_gold += any(ev.agents and _agent_is_arg0(ev.agents, _arg0s(g)) for ev in on)
    return {"events.trigger": trigger, "events.agent": agent, "events.date": date}


# ------------------------------------------------------------------ newsgold

NEWSGOLD_FIELDS = ("actors", "locations", "events", "events.trigger", "events.date", "events.place",
                   "events.agent", "events.target", "events.figures", "statements")
NEWSGOLD_NOTES = [
    "R = gold facts found. events: an event of the gold type (superclasses count); events.trigger ... "
    "events.figures: on our event of that type matching the most fields",
    "events.agent, events.target: P = of those events that give one, every agent (target) is the gold one",
    "bare model: no event has a type (events 0); trigger and agent are scored on its events of any type "
    "(every verb whose nsubj lies in a named entity, that entity its agent), so any of them may stand for a "
    "gold event, which flatters it; no date, place, target, figure, statement",
]
# The guide's units and the words a graph may give them as; any other unit is matched as itself.
_UNIT_WORDS = {
    "killed": ("kill", "dead", "death", "fatalit", "die"),
    "dead": ("dead", "death", "kill", "fatalit", "die"),
    "injured": ("injur", "wound", "hurt"),
    "people": ("people", "person", "individual", "resident"),
    "dollar": ("dollar", "usd", "us$", "$"),
    "euro": ("euro", "eur", "€"),
    "pound": ("pound", "gbp", "£"),
    "percent": ("percent", "per cent", "%", "percentage"),
    "job": ("job", "post", "position", "worker", "employee"),
    "year": ("year",),
}
# Measures (an age, a speed, a distance, a time of day) are attributes, not counts: not scored as figures.
_MEASURE_UNITS = frozenset({"age", "category", "magnitude", "mph", "kph", "km/h", "knot", "mile", "square mile",
                            "metre", "meter", "kilometre", "km", "minute", "hour", "utc"})


def plain(text: str) -> str:
    """A name or snippet as newsgold compares them: ASCII, lower case, words only, no leading "the".

    >>> plain("The Ministry of Défense's"), plain("U.S.")
    ('ministry of defense s', 'u s')
    """
    folded = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode().lower()
    words = re.findall(r"[a-z0-9]+", folded)
    if len(words) > 1 and words[0] == "the":
        words = words[1:]
    return " ".join(words)


def _gold_names(gold: dict, name: str) -> set[str]:
    """Every way the gold names the actor or place called `name` (just `name` if it lists none)."""
    want = plain(name)
    for entry in gold.get("actors", []) + gold.get("locations", []):
        names = {plain(entry["name"]), *(plain(a) for a in entry.get("aliases", []))}
        if want in names:
            return names
    return {want}


def _labels(named: Named) -> set[str]:
    return {plain(label) for label in named.labels}


def _unit_fits(want: str, got: str) -> bool:
    """A graph's unit fits the gold one when it contains one of the gold unit's words ("deaths" for killed)."""
    got = plain(got) or got
    return any((plain(w) or w) in got for w in _UNIT_WORDS.get(want, (want,)))


def _date_fits(gold_event: dict, ev: EventView) -> bool:
    """The event's date is the gold day (or its span holds it), or lies in the gold date_range."""
    days = {d[:10] for d in (ev.date, ev.start) if d}
    if "date" in gold_event:
        day = gold_event["date"]
        return day in days or bool(ev.start and ev.end and ev.start[:10] <= day <= ev.end[:10])
    lo, hi = gold_event["date_range"]
    return any(lo <= d <= hi for d in days | ({ev.end[:10]} if ev.end else set()))


def _covers(text: str, want: str) -> bool:
    """A statement's text holds the gold snippet, or 70% of its words when the snippet is long enough
    to also span the cue ("claimed responsibility for the attacks")."""
    if want in text:
        return True
    words, have = want.split(), text.split()
    return len(words) >= 4 and sum(w in have for w in words) >= 0.7 * len(words)


def _gold_figures(gold_event: dict) -> list[dict]:
    return [q for q in gold_event.get("quantities", []) if isinstance(q.get("value"), (int, float))
            and q.get("unit", "").lower() not in _MEASURE_UNITS]


def _event_hits(gold: dict, gold_event: dict, ev: EventView, figures: list[dict]) -> dict[str, bool]:
    """Which of the gold event's fields `ev` gives right."""
    hits = {"event": True}
    if gold_event.get("trigger"):
        stem = gold_event["trigger"].lower()[:4]  # "crashed" is found as "crash", "airstrike" as "airstrikes"
        hits["trigger"] = any(stem in anchor.lower() for _, _, anchor in ev.mentions)
    if "date" in gold_event or "date_range" in gold_event:
        hits["date"] = _date_fits(gold_event, ev)
    if gold_event.get("place"):
        hits["place"] = ev.place is not None and bool(_gold_names(gold, gold_event["place"]) & _labels(ev.place))
    for role, given in (("agent", ev.agents), ("target", ev.targets)):
        if gold_event.get(role):
            want = _gold_names(gold, gold_event[role])
            hits[role] = any(want & _labels(n) for n in given)
    for i, q in enumerate(figures):
        hits[f"figure{i}"] = any(abs(v - q["value"]) < 1e-6 and _unit_fits(q["unit"], u) for v, u in ev.figures)
    return hits


def newsgold_scores(gold: dict, named: list[Named], events: list[EventView],
                    statements: list[StatementView], *, typed: bool = True) -> dict[str, Score]:
    """Score one article's actors, places, events and statements against its newsgold file.

    Recall is counted in ``tp_gold``/``gold``; the agent and target precision in ``tp_pred``/``pred``.
    With ``typed`` false (the bare model) events have no type: none counts as found, and every event
    is a candidate for every gold event's other fields.
    """
    scores: dict[str, Score] = defaultdict(Score)

    def count(name: str, ok: bool) -> None:
        scores[name].gold += 1
        scores[name].tp_gold += ok

    for key, kind in (("actors", "actor"), ("locations", "location")):
        have = set().union(*(_labels(n) for n in named if getattr(n, kind)))
        for x in gold.get(key, []):
            count(key, bool({plain(x["name"]), *(plain(a) for a in x.get("aliases", []))} & have))

    for gev in gold.get("events", []):
        candidates = [e for e in events if gev["type"] in e.types] if typed else events
        figures = _gold_figures(gev)
        scored = [(e, _event_hits(gold, gev, e, figures)) for e in candidates]
        # The candidate right in the most fields; the first of equals (max keeps the first).
        best, hits = max(scored, key=lambda pair: sum(pair[1].values()), default=(None, {}))
        count("events", typed and best is not None)
        for f in ("trigger", "date", "place", "agent", "target"):
            if f == "date" and ("date" in gev or "date_range" in gev) or f != "date" and gev.get(f):
                count(f"events.{f}", hits.get(f, False))
        for i in range(len(figures)):
            count("events.figures", hits.get(f"figure{i}", False))
        for role in ("agent", "target"):
            given = (best.agents if role == "agent" else best.targets) if best is not None else []
            if gev.get(role) and given:
                want = _gold_names(gold, gev[role])
                scores[f"events.{role}"].pred += 1
                scores[f"events.{role}"].tp_pred += all(want & _labels(n) for n in given)

    for st in gold.get("statements", []):
        want, speaker = plain(st["contains"]), _gold_names(gold, st["speaker"])
        count("statements", any(s.direct == bool(st["direct"]) and speaker & _labels(s.speaker)
                                and _covers(plain(s.text), want) for s in statements))
    return dict(scores)


def read_newsgold(path: str | Path, articles: str | Path | None = None) -> list[tuple[dict, dict]]:
    """Read a newsgold directory: pairs of (gold file, article record with its text).

    `path` is the directory holding ``gold/`` and ``articles.jsonl``, or the gold folder itself (its
    texts then in ``articles.jsonl`` beside it); `articles` names the texts' JSON Lines file instead.
    """
    path = Path(path)
    gold_dir = path / "gold" if (path / "gold").is_dir() else path
    if articles is None:
        beside = [gold_dir.parent / "articles.jsonl", gold_dir / "articles.jsonl"]
        articles = next((p for p in beside if p.is_file()), beside[0])
    files = sorted(gold_dir.glob("*.json"))
    if not files:
        raise InputError(f"{path}: no newsgold files (*.json in it or in its gold/ folder)")
    texts = {r["id"]: r for r in read_gold(articles)}
    pairs = []
    for f in files:
        try:
            gold = json.loads(f.read_text(encoding="utf-8"))
        except (OSError, json.JSONDecodeError) as exc:
            raise InputError(f"{f}: cannot read newsgold file ({exc})") from exc
        if gold.get("corpus_id") not in texts:
            raise InputError(f"{f}: article {gold.get('corpus_id')!r} is not in {articles}")
        pairs.append((gold, texts[gold["corpus_id"]]))
    return pairs


def evaluate_newsgold(pairs: Iterable[tuple[dict, dict]], *, nlp=None, baseline: bool = True,
                      limit: int | None = None, progress=None) -> Report:
    """Score kg (and the bare model) on newsgold: (gold file, article record) pairs from `read_newsgold`."""
    from kg.extraction import facts_from_doc, pipe_articles
    from kg.extraction.nlp import BATCH_SIZE, load_model

    nlp = nlp or load_model()
    pairs = list(pairs)[:limit] if limit else list(pairs)
    report = Report(corpus="newsgold", newsgold=True, notes=list(NEWSGOLD_NOTES))
    # Scored by names and words, not offsets: the offsets into the text as read (the headline before
    # it, where it does not open with it) serve as they are.
    texts = ((a, (g, a)) for g, a in ((g, article_of(r)) for g, r in pairs))
    for n, (doc, (gold, article)) in enumerate(pipe_articles(nlp, texts, BATCH_SIZE), start=1):
        facts = facts_from_doc(doc, article)
        named = list(kg_named(facts).values())
        for name, score in newsgold_scores(gold, named, kg_events(facts), kg_statements(facts)).items():
            report.kg[name].add(score)
        if baseline:
            for name, score in newsgold_scores(gold, model_named(doc), model_events(doc), [], typed=False).items():
                report.baseline[name].add(score)
        report.articles += 1
        if progress:
            progress(n, gold.get("corpus_id", ""))
    return report
