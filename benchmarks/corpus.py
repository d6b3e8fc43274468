"""Benchmark texts: the public corpus articles (tests/data and, where present, ../shared/corpus) and
synthetic variations of them (sentences shuffled within the article, names of places swapped), so
that any number of distinct articles of realistic length can be made."""

from __future__ import annotations

import json
import random
from collections.abc import Iterator
from pathlib import Path

from kg.records import Article

ROOT = Path(__file__).resolve().parent.parent
SOURCES = [ROOT.parent / "shared" / "corpus" / "meantime-en" / "gold.jsonl",
           ROOT.parent / "shared" / "corpus" / "gum-news" / "gold.jsonl",
           ROOT / "tests" / "data" / "corpus-sample.jsonl"]
PLACES = ["Berlin", "Madrid", "Nairobi", "Lima", "Hanoi", "Oslo", "Cairo", "Lagos", "Quito", "Dhaka", "Kyiv", "Lisbon"]


def base_articles() -> list[Article]:
    """The real articles available here (the shared corpora if present, else the bundled sample)."""
    from kg.reader import parse_date

    seen, out = set(), []
    for path in SOURCES:
        if not path.exists():
            continue
        for line in path.read_text(encoding="utf-8").splitlines():
            rec = json.loads(line)
            if rec["id"] in seen:
                continue
            seen.add(rec["id"])
            out.append(Article(id=rec["id"], text=rec["text"], title=rec.get("title"), url=rec.get("url"),
                               published=parse_date(rec.get("date"))))
    return out


def describe() -> str:
    """Which real texts the variations are made from: a clone without ../shared falls back to the
    bundled sample (41 articles), which gives other figures, so every report says which it used."""
    used = [str(p) for p in SOURCES if p.exists()]
    return f"{len(base_articles())} real articles from {', '.join(used)}"


def articles(n: int, seed: int = 7) -> Iterator[Article]:
    """Yield `n` distinct articles: the real ones first, then variations of them."""
    rng = random.Random(seed)
    base = base_articles()
    for i in range(n):
        src = base[i % len(base)]
        if i < len(base):
            yield src
            continue
        lines = src.text.split("\n")
        head, body = lines[:2], lines[2:]
        rng.shuffle(body)
        text = "\n".join(head + body)
        for place in rng.sample(PLACES, 2):
            text = text.replace(rng.choice(PLACES), place, 1)
        yield Article(id=f"{src.id}#v{i}", text=text, title=src.title, url=None, published=src.published)


def words(texts) -> int:
    return sum(len(t.split()) for t in texts)
