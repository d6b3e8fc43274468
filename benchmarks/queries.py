"""SPARQL latency of every named query on a graph of at least a million triples (embedded, on disk).

    python benchmarks/queries.py --triples 1000000

The graph is the corpus articles' real extracted graphs, repeated under new article ids (their
entities stay shared, as in a real archive), bulk-loaded into an on-disk pyoxigraph store. Each
query runs `--runs` times after one warm-up; median and p95 are printed with the load rate.
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from corpus import articles, base_articles, describe  # noqa: E402

# Each query with the parameters that make it select: a speaker, a type, an actor, a place, a unit.
PARAMS = {"statements": {"who": "Boeing"}, "events": {"type": "Attack"}, "actor-timeline": {"actor": "Boeing"},
          "events-at-place": {"place": "Paris"}, "event-quantities": {"unit": "job"},
          "entity-articles": {"entity": "Airbus"}}
# Queries that select by an entity, place, type or date (target: < 20 ms median), and those that
# aggregate over the whole graph (target: < 400 ms median).
SELECTIVE = {"statements", "events", "actor-timeline", "events-at-place", "event-quantities", "entity-articles"}


def build(store_path: Path, target: int) -> tuple[int, float]:
    from kg.extraction import extract_many
    from kg.mapping import article_iri, facts_to_quads
    from kg.pipeline import ensure_ontology
    from kg.records import Article
    from kg.store.embedded import EmbeddedStore

    facts = list(extract_many(base_articles()))
    store = EmbeddedStore(store_path)
    ensure_ontology(store)
    written, n, seconds = 0, 0, 0.0
    variants = articles(10**7)
    batch = []
    while written < target:
        art = next(variants)
        f = facts[n % len(facts)]
        f.article = Article(id=art.id, text=f.article.text, title=f.article.title, published=f.article.published)
        quads = facts_to_quads(f, extractor="bench")
        batch.append((article_iri(f.article), quads))
        written += len(quads)
        n += 1
        if len(batch) == 64 or written >= target:
            t0 = time.perf_counter()
            store.put_articles(batch)
            seconds += time.perf_counter() - t0
            batch = []
    t0 = time.perf_counter()
    store.close()  # flushes and compacts the files the bulk loader wrote, as kg ingest does
    seconds += time.perf_counter() - t0
    return written, seconds


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--triples", type=int, default=1_000_000)
    parser.add_argument("--runs", type=int, default=15)
    parser.add_argument("--store", help="reuse (or keep) the store in this folder")
    parser.add_argument("--build-only", action="store_true", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.build_only:
        written, seconds = build(Path(args.store), args.triples)
        print(f"loaded {written} triples in {seconds:.1f}s of store writes: {written / seconds:.0f} triples/s "
              f"(bulk loader, 64 articles per write, then compaction)")
        return

    import kg
    from kg.sparql import named_queries

    folder = Path(args.store) if args.store else Path(tempfile.mkdtemp()) / "store"
    if not folder.exists():
        # Built in a process of its own, then queried from this one, as `kg ingest` and `kg query`
        # are: queried from the process that had just built it (its heap full of the build's
        # objects), actor-timeline took 31 ms instead of 18.
        subprocess.run([sys.executable, __file__, "--build-only", "--store", str(folder),
                        "--triples", str(args.triples)], check=True)
        # The system then still writes the new files back to disk for a while, which slowed the
        # first queries (actor-timeline 24 ms, then 18 ms in every later run): wait for it.
        os.sync()
    store = kg.open_store(folder, read_only=True)
    print(f"store: {store.count()} quads (graphs of {describe()})\n")
    print(f"{'query':<18}{'kind':<11}{'rows':>6}{'median ms':>11}{'p95 ms':>9}  target")
    for name, query in named_queries().items():
        params = PARAMS.get(name, {})
        times = []
        rows = 0
        for i in range(args.runs + 1):
            t0 = time.perf_counter()
            rows = len(kg.query(name, store=store, params=params).rows)
            if i:
                times.append((time.perf_counter() - t0) * 1000)
        times.sort()
        kind = "selective" if name in SELECTIVE else "aggregate"
        target = 20 if kind == "selective" else 400
        p95 = times[min(len(times) - 1, int(round(0.95 * (len(times) - 1))))]
        median = statistics.median(times)
        print(f"{name:<18}{kind:<11}{rows:>6}{median:>11.1f}{p95:>9.1f}  <{target} {'ok' if median < target else 'SLOW'}")
    store.close()


if __name__ == "__main__":
    main()
