"""The baseline: bare spaCy `nlp.pipe` over a JSON Lines file, same model and batch size, in N processes.

    python benchmarks/bare_pipe.py ARTICLES.jsonl --jobs 2 [--numpy-blas]

Each process loads the model once, as spaCy ships it (all its components run, kg's line-break
component is not added), and parses its share of the texts; nothing else is done with them.
With --numpy-blas the model's products run as kg runs them (numpy's BLAS on one thread, not blis:
kg.extraction.nlp.multiply_with_numpy), so what kg adds to the parse alone can be read off.
"""

from __future__ import annotations

import argparse
import json
import multiprocessing
import time
from functools import lru_cache


@lru_cache(maxsize=2)
def shipped_model(numpy_blas: bool = False):
    """The model as spaCy loads it, every component running: none of kg's changes to the pipeline
    (but its products on numpy's BLAS, given `numpy_blas`)."""
    import spacy

    from kg.extraction.nlp import MODEL_NAMES, multiply_with_numpy

    for name in MODEL_NAMES:
        try:
            nlp = spacy.load(name)
        except OSError:
            continue
        if numpy_blas:
            multiply_with_numpy(nlp)
        return nlp
    raise SystemExit(f"no spaCy model installed (tried {', '.join(MODEL_NAMES)})")


def _parse(task: tuple[list[str], int, bool]) -> int:
    from kg.extraction.nlp import one_blas_thread

    texts, batch_size, numpy_blas = task
    if not numpy_blas:
        return sum(len(doc) for doc in shipped_model().pipe(texts, batch_size=batch_size))
    with one_blas_thread():
        return sum(len(doc) for doc in shipped_model(True).pipe(texts, batch_size=batch_size))


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("path")
    parser.add_argument("--jobs", type=int, default=1)
    parser.add_argument("--batch-size", type=int, default=32)
    parser.add_argument("--numpy-blas", action="store_true", help="run the model's products as kg does")
    args = parser.parse_args()
    started = time.perf_counter()
    texts = [json.loads(line)["text"] for line in open(args.path, encoding="utf-8") if line.strip()]
    chunk = 64
    tasks = [(texts[i:i + chunk], args.batch_size, args.numpy_blas) for i in range(0, len(texts), chunk)]
    if args.jobs == 1:
        tokens = sum(_parse(t) for t in tasks)
    else:
        with multiprocessing.get_context("spawn").Pool(args.jobs) as pool:
            tokens = sum(pool.imap(_parse, tasks))
    print(json.dumps({"seconds": time.perf_counter() - started, "tokens": tokens,
                      "words": sum(len(t.split()) for t in texts)}))


if __name__ == "__main__":
    main()
