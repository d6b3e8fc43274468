"""The model's products run on numpy's BLAS, on one thread, and parse news exactly as on blis (thinc's default)."""

from __future__ import annotations

import numpy
from thinc.api import NumpyOps
from threadpoolctl import threadpool_info

from kg.extraction.nlp import one_blas_thread

TEXT = ("Rescuers in Chile were searching on Tuesday for 14 miners trapped after a shaft flooded, "
        "the mining ministry said, while the operator Codelco suspended work at two other pits.")


def _parse_of(doc) -> list[tuple]:
    return [(t.tag_, t.pos_, t.dep_, t.head.i, t.ent_iob_, t.ent_type_) for t in doc]


def _blis_pipeline():
    """kg's pipeline with its models' products back on thinc's default ops (blis)."""
    from kg.extraction.nlp import load_model

    other = load_model.__wrapped__()
    default = NumpyOps()
    for _, component in other.pipeline:
        model = getattr(component, "model", None)
        for node in model.walk() if model is not None and hasattr(model, "walk") else ():
            node.ops = default
    return other


def test_every_model_of_the_pipeline_multiplies_with_numpy(nlp):
    models = [c.model for _, c in nlp.pipeline if getattr(c, "model", None) is not None and hasattr(c.model, "walk")]
    assert models
    assert all(isinstance(node.ops, NumpyOps) and not node.ops.use_blis for m in models for node in m.walk())


def test_numpy_blas_parses_news_as_blis_does(nlp, corpus_articles):
    texts = [a.text for a in corpus_articles[:12]] + [TEXT]
    blis = _blis_pipeline()
    with one_blas_thread():
        ours = [_parse_of(doc) for doc in nlp.pipe(texts, batch_size=32)]
    theirs = [_parse_of(doc) for doc in blis.pipe(texts, batch_size=32)]
    assert ours == theirs


def test_blas_runs_on_one_thread_while_the_model_parses_and_as_before_after():
    numpy.dot(numpy.ones((2, 2)), numpy.ones((2, 2)))  # numpy's BLAS is loaded
    before = [pool["num_threads"] for pool in threadpool_info() if pool["user_api"] == "blas"]
    with one_blas_thread():
        assert all(pool["num_threads"] == 1 for pool in threadpool_info() if pool["user_api"] == "blas")
    assert [pool["num_threads"] for pool in threadpool_info() if pool["user_api"] == "blas"] == before
