"""Extraction on a Dask cluster: the pure article -> quads function spread over many processes or
machines, with N-Quads as the output any store can bulk-load (``kg load``).

    from dask.distributed import Client
    from kg.distributed import extract_bag

    client = Client("tcp://scheduler:8786")           # or LocalCluster() on one machine
    bag = extract_bag(articles, npartitions=64)        # a dask.bag of N-Quads, one item per article
    bag.to_textfiles("out/part-*.nq")                  # or bag.compute() for the bytes
    # then: kg load out/*.nq --store kg-store   (or --endpoint URL)

Each worker loads the spaCy model once and reuses it for every partition it gets.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from kg.records import Article


def _partition(articles: Iterable[Article], extractor: str) -> list[str]:
    """One partition: articles to N-Quads text, one string per article (run on a worker).

    An article the extraction fails on is logged on the worker and left out, as `kg ingest`
    skips it: one bad article does not fail its partition.
    """
    import logging

    from kg.errors import KgError
    from kg.pipeline import extract_quads

    out = []
    for item in extract_quads(list(articles), extractor=extractor):
        if isinstance(item, KgError):
            logging.getLogger(__name__).warning("%s", item)
        else:
            out.append(item.quads.decode("utf-8"))
    return out


def extract_bag(articles: Sequence[Article], *, npartitions: int | None = None):
    """Return a dask.bag of N-Quads text, one item per article, computed on the current Dask client."""
    import dask.bag as db

    from kg.pipeline import extractor_id

    extractor = extractor_id()  # fixed here, so every worker writes the same content hashes
    bag = db.from_sequence(list(articles), npartitions=npartitions or max(1, min(len(articles) // 32, 256)))
    return bag.map_partitions(_partition, extractor)
