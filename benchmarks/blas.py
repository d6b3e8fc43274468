"""The model's matrix products on blis (thinc's default) against numpy's BLAS (as kg runs them): speed
and whether the parses are the same, token by token, in one run on the same texts.

    python benchmarks/blas.py --articles 300 --repeat 2

Each side is the model as spaCy loads it, every component running; the other side differs only in
kg.extraction.nlp.multiply_with_numpy and one BLAS thread (kg.extraction.nlp.one_blas_thread). The
runs alternate, `--repeat` times each, and the fastest counts (as in throughput.py). The comparison
covers every token's tag, part of speech, dependency, head and entity tag.
"""

from __future__ import annotations

import argparse
import contextlib
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from bare_pipe import shipped_model  # noqa: E402
from corpus import articles, describe  # noqa: E402


def _parse(nlp, texts: list[str], numpy_blas: bool) -> tuple[float, list]:
    from kg.extraction.nlp import one_blas_thread

    started = time.perf_counter()
    with one_blas_thread() if numpy_blas else contextlib.nullcontext():
        docs = list(nlp.pipe(texts, batch_size=32))
    seconds = time.perf_counter() - started
    return seconds, [[(t.tag_, t.pos_, t.dep_, t.head.i, t.ent_iob_, t.ent_type_) for t in doc] for doc in docs]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=300)
    parser.add_argument("--repeat", type=int, default=2)
    args = parser.parse_args()
    texts = [a.text for a in articles(args.articles)]
    print(f"{args.articles} articles (variations of {describe()})\n")
    models = {False: shipped_model(False), True: shipped_model(True)}
    for numpy_blas, nlp in models.items():
        _parse(nlp, texts[:10], numpy_blas)  # warm up both before timing either
    times: dict[bool, list[float]] = {False: [], True: []}
    parses: dict[bool, list] = {}
    for _ in range(args.repeat):
        for numpy_blas, nlp in models.items():
            seconds, parses[numpy_blas] = _parse(nlp, texts, numpy_blas)
            times[numpy_blas].append(seconds)
    tokens = sum(map(len, parses[False]))
    differ = sum(a != b for x, y in zip(parses[False], parses[True]) for a, b in zip(x, y))
    docs_differ = sum(x != y for x, y in zip(parses[False], parses[True]))
    print(f"{'products on':<16}{'ms/article':>11}{'slowest':>9}")
    for numpy_blas, label in ((False, "blis"), (True, "numpy BLAS")):
        best, worst = min(times[numpy_blas]), max(times[numpy_blas])
        print(f"{label:<16}{best / len(texts) * 1000:>11.1f}{worst / len(texts) * 1000:>9.1f}")
    print(f"\nnumpy BLAS takes {min(times[True]) / min(times[False]):.0%} of the time of blis")
    print(f"tokens parsed differently: {differ} of {tokens} (in {docs_differ} of {len(texts)} articles)")


if __name__ == "__main__":
    main()
