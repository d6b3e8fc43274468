"""Load the same article graphs into the embedded store and into a real Oxigraph server, side by side.

    python benchmarks/load_stores.py --articles 1000

Facts are extracted once (spaCy is not what is measured here); each store then receives the same
per-article quads through kg's own store classes, one article (one named graph) at a time, as
`kg ingest` writes them.
"""

from __future__ import annotations

import argparse
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "tests"))
sys.path.insert(0, str(Path(__file__).resolve().parent))

from corpus import articles, base_articles  # noqa: E402


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=1000)
    args = parser.parse_args()

    from kg.extraction import extract_many
    from kg.mapping import article_iri, facts_to_quads
    from kg.records import Article
    from kg.store.embedded import EmbeddedStore
    from kg.store.remote import RemoteStore
    from servers import oxigraph_server

    base = base_articles()
    t0 = time.perf_counter()
    facts = list(extract_many(base))
    print(f"extracted {len(facts)} real articles in {time.perf_counter() - t0:.1f}s (not part of the load figures)")
    graphs = []
    for i, art in enumerate(articles(args.articles)):
        f = facts[i % len(facts)]
        f.article = Article(id=art.id, text=f.article.text, title=f.article.title, published=f.article.published)
        graphs.append((article_iri(f.article), facts_to_quads(f, extractor="bench")))
    triples = sum(len(q) for _, q in graphs)
    print(f"{len(graphs)} article graphs, {triples} triples")

    with tempfile.TemporaryDirectory() as tmp:
        store = EmbeddedStore(Path(tmp) / "embedded")
        t0 = time.perf_counter()
        for iri, quads in graphs:
            store.put_article(iri, quads, replace=False)
        store.close()
        embedded = time.perf_counter() - t0

        with oxigraph_server(Path(tmp) / "server") as url:
            remote = RemoteStore(url)
            t0 = time.perf_counter()
            for iri, quads in graphs:
                remote.put_article(iri, quads, replace=False)
            server = time.perf_counter() - t0
            count = sum(1 for _ in remote.quads())

    print(f"{'store':<22}{'seconds':>9}{'articles/s':>12}{'triples/s':>12}")
    for name, secs in (("embedded (pyoxigraph)", embedded), ("Oxigraph server", server)):
        print(f"{name:<22}{secs:>9.2f}{len(graphs) / secs:>12.0f}{triples / secs:>12.0f}")
    print(f"server/embedded speed: {embedded / server:.2f} (target >= 0.5); quads on the server: {count}")


if __name__ == "__main__":
    main()
