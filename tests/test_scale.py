"""Streaming ingest in several processes, the pure extraction function, and a Dask cluster."""

from __future__ import annotations

import pytest

from conftest import stored_within

import kg
from kg.pipeline import extract_parallel, extract_quads


def quad_set(items) -> set:
    from kg.pipeline import as_quads

    return {q for item in items for q in as_quads(item.quads)}


def test_article_quads_is_pure_and_names_one_graph(seed_article, nlp):
    from kg.pipeline import article_quads

    first, second = article_quads(seed_article, nlp), article_quads(seed_article, nlp)
    assert set(first) == set(second)
    assert len({q.graph_name for q in first}) == 1


def test_two_worker_processes_give_the_same_quads_as_one(corpus_articles, nlp):
    one = quad_set(extract_quads(corpus_articles, nlp=nlp))
    two = quad_set(extract_parallel(corpus_articles, 2))
    assert one == two


def test_ingest_with_jobs_lands_every_article_and_resumes(tmp_path, corpus_articles):
    with kg.open_store(tmp_path / "s") as store:
        from kg.pipeline import ingest_articles

        half = ingest_articles(corpus_articles[:3], store, jobs=2)
        again = ingest_articles(corpus_articles, store, jobs=2)
        assert half.added == 3
        assert (again.unchanged, again.added) == (3, len(corpus_articles) - 3)


def test_dask_cluster_of_two_workers_builds_the_same_graph(tmp_path, corpus_articles, nlp):
    distributed = pytest.importorskip("distributed", reason="dask[distributed] is a test dependency")
    from pyoxigraph import RdfFormat, parse

    from kg.distributed import extract_bag

    with distributed.LocalCluster(n_workers=2, threads_per_worker=1, processes=True, dashboard_address=None) as cluster, \
            distributed.Client(cluster):
        texts = extract_bag(corpus_articles, npartitions=2).compute()
    from_dask = {q for text in texts for q in parse(text.encode("utf-8"), format=RdfFormat.N_QUADS)}
    assert from_dask == quad_set(extract_quads(corpus_articles, nlp=nlp))

    # the documented bulk path: write the N-Quads, kg load them, get the same store as kg ingest
    nq = tmp_path / "part-0.nq"
    nq.write_text("".join(texts), encoding="utf-8")
    with kg.open_store(tmp_path / "loaded") as loaded, kg.open_store(tmp_path / "ingested") as ingested:
        from kg.pipeline import ingest_articles, load_nquads

        report = load_nquads([str(nq)], loaded)
        ingest_articles(corpus_articles, ingested, nlp=nlp)
        assert report.added == len(corpus_articles)
        assert set(loaded.quads()) == set(ingested.quads())
        assert load_nquads([str(nq)], loaded).unchanged == len(corpus_articles)


def test_last_chunks_go_out_smaller_and_keep_every_article_in_order():
    from kg.pipeline import _balanced_chunks

    chunks = list(_balanced_chunks(range(100), 32, 2))
    assert [len(c) for c in chunks] == [32, 32, 8, 8, 8, 8, 4]  # the last two chunks (36) in eights
    assert [a for c in chunks for a in c] == list(range(100))


def test_an_article_that_fails_in_a_worker_is_reported_and_the_rest_extracted():
    import threading

    from kg.errors import ExtractionError
    from kg.records import Article

    # More chunks than the pool may hold, so its task thread is waiting for a slot when the error comes.
    articles = [Article(id="bad", text=12345)] + [Article(id=f"a{i}", text="Talks began.") for i in range(400)]
    outcome: list = []

    def run() -> None:
        outcome.extend(extract_parallel(articles, 2))

    thread = threading.Thread(target=run, daemon=True)
    thread.start()
    thread.join(timeout=120)
    assert not thread.is_alive(), "extract_parallel hung after an article failed"
    errors = [i for i in outcome if isinstance(i, ExtractionError)]
    assert len(errors) == 1 and errors[0].article.id == "bad" and "bad: extraction failed" in str(errors[0])
    assert len(outcome) == 401


def test_a_worker_process_that_dies_stops_the_run_with_an_error(tmp_path, seed_path):
    import subprocess
    import sys

    # A script without a main guard: each worker process runs it again on start-up and dies there.
    # The run must end with kg's error, not wait forever for the dead worker's articles.
    script = tmp_path / "unguarded.py"
    script.write_text("import kg\nfrom kg.pipeline import ingest_articles, read_inputs\n"
                      f"with kg.open_store({str(tmp_path / 'store')!r}) as store:\n"
                      f"    ingest_articles(read_inputs([{str(seed_path)!r}]), store, jobs=2)\n", encoding="utf-8")
    done = subprocess.run([sys.executable, str(script)], cwd=tmp_path, capture_output=True, text=True, timeout=180)
    assert done.returncode != 0
    assert "ExtractionError: a worker process stopped" in done.stderr


@pytest.mark.parametrize("jobs", [1, 2])
def test_extraction_says_once_when_the_last_article_has_gone_to_be_parsed(corpus_articles, nlp, jobs):
    calls: list[int] = []
    results = []
    if jobs == 1:
        items = extract_quads(corpus_articles, nlp=nlp, dispatched=lambda: calls.append(len(results)))
    else:
        items = extract_parallel(corpus_articles, jobs, dispatched=lambda: calls.append(len(results)))
    for item in items:
        results.append(item)
    assert len(calls) == 1 and calls[0] < len(corpus_articles)  # said before the last results came
    assert len(results) == len(corpus_articles)


def test_after_the_input_ends_waiting_articles_are_written_without_a_full_batch(tmp_path, corpus_articles, nlp):
    from kg.mapping import article_iri
    from kg.pipeline import WRITE_BATCH_ARTICLES, IngestReport, _BatchWriter

    items = list(extract_quads(corpus_articles[:3], nlp=nlp))
    assert len(items) < WRITE_BATCH_ARTICLES
    with kg.open_store(tmp_path / "s") as store:
        writer = _BatchWriter(store, IngestReport())
        writer.add(items[0], replace=False)
        writer.add(items[1], replace=False)
        assert store.article_hash(article_iri(items[0].article)) is None  # waits for a fuller batch
        writer.drain()
        writer.add(items[2], replace=False)  # the writer is idle: the three go out now
        stored = stored_within(store, items, 60)
        writer.flush()
    assert all(stored)


def test_an_unexpected_error_in_the_store_writer_stops_the_run(tmp_path, seed_article):
    from kg.errors import StoreError
    from kg.pipeline import Extracted, IngestReport, _BatchWriter

    with kg.open_store(tmp_path / "s") as store:
        writer = _BatchWriter(store, IngestReport())
        writer.add(Extracted(seed_article, None, 0, 0, 0), replace=False)  # no quads: the write fails
        with pytest.raises(StoreError, match="store writer failed"):
            writer.flush()


def test_a_parallel_run_stopped_early_has_released_its_pool_when_it_returns(tmp_path):
    import subprocess
    import sys

    # kg leaves an interrupted ingest with os._exit once all is stored: whatever the pool still holds
    # then (its queues' semaphores) is found by multiprocessing's resource tracker, which prints
    # "There appear to be N leaked semaphore objects" after kg's last line.
    script = tmp_path / "stop_early.py"
    script.write_text("import os\nfrom kg.pipeline import extract_parallel\nfrom kg.records import Article\n"
                      "if __name__ == '__main__':\n"
                      "    articles = (Article(id=f'a{i}', text='Talks began in Geneva on Monday.') for i in range(5000))\n"
                      "    run = extract_parallel(articles, 2)\n"
                      "    next(run)\n"
                      "    run.close()\n"
                      "    print('closed', flush=True)\n"
                      "    os._exit(0)\n", encoding="utf-8")
    done = subprocess.run([sys.executable, str(script)], cwd=tmp_path, capture_output=True, text=True, timeout=180)
    assert done.returncode == 0 and done.stdout == "closed\n", done.stderr
    assert "leaked" not in done.stderr, done.stderr
