"""The embedded store: one named graph per article, idempotent re-ingest, replacement, union queries."""

from __future__ import annotations

import kg
from kg.records import Article


def article(text: str, ident: str = "story-1") -> Article:
    import datetime as dt

    return Article(id=ident, text=text, title=text.splitlines()[0], published=dt.date(2024, 5, 1))


STORY = "Talks resume\n\nFrench President Emmanuel Macron met German officials in Berlin on Monday."


def test_ingesting_the_same_article_twice_changes_nothing(tmp_path, seed_path):
    with kg.open_store(tmp_path / "s") as store:
        kg.ingest([str(seed_path)], store=store, date="2025-05-24")
        count = store.count()
        report = kg.ingest([str(seed_path)], store=store, date="2025-05-24")
        assert store.count() == count
        assert (report.unchanged, report.added, report.triples) == (1, 0, 0)


def test_changed_article_replaces_its_old_facts(tmp_path):
    with kg.open_store(tmp_path / "s") as store:
        kg.ingest([article(STORY)], store=store)
        kg.ingest([article(STORY.replace("Berlin", "Madrid"))], store=store)
        labels = {r[0].value for r in kg.query("SELECT ?l WHERE { ?x a nkg:City ; rdfs:label ?l }", store=store).rows}
        assert labels == {"Madrid"}
        articles = kg.query("SELECT ?a WHERE { ?a a nkg:Article }", store=store).rows
        assert len(articles) == 1


def test_each_article_lives_in_its_own_named_graph(tmp_path):
    with kg.open_store(tmp_path / "s") as store:
        kg.ingest([article(STORY, "one"), article(STORY.replace("Monday", "Tuesday"), "two")], store=store)
        rows = kg.query("SELECT ?g WHERE { GRAPH ?g { ?g a nkg:Article } }", store=store).rows
        assert len(rows) == 2


def test_one_entity_has_one_iri_across_articles(tmp_path):
    with kg.open_store(tmp_path / "s") as store:
        kg.ingest([article(STORY, "one"), article("Aid\n\nOn Tuesday, President Emmanuel Macron promised more aid to Ukraine.", "two")],
                  store=store)
        rows = kg.query("""SELECT ?x (COUNT(DISTINCT ?a) AS ?n) WHERE { ?x a nkg:Person ; rdfs:label "Emmanuel Macron" ;
                           nkg:mention/nkg:article ?a } GROUP BY ?x""", store=store).rows
        assert len(rows) == 1 and rows[0][1].value == "2"


def test_store_survives_close_and_reopen(tmp_path, seed_path):
    path = tmp_path / "s"
    with kg.open_store(path) as store:
        kg.ingest([str(seed_path)], store=store, date="2025-05-24")
        count = store.count()
    with kg.open_store(path) as store:
        assert store.count() == count


def test_bad_articles_in_a_batch_are_reported_and_good_ones_land(tmp_path):
    good = tmp_path / "good.txt"
    good.write_text(STORY, encoding="utf-8")
    empty = tmp_path / "empty.txt"
    empty.write_text("", encoding="utf-8")
    with kg.open_store(tmp_path / "s") as store:
        report = kg.ingest([str(good), str(empty), str(tmp_path / "missing.txt")], store=store)
        assert report.added == 1 and report.skipped == 2
        assert kg.query("ASK { ?a a nkg:Article }", store=store).boolean


def test_named_queries_give_one_row_per_fact_when_articles_share_entities(tmp_path):
    story = 'Vote\n\n"The reform will pass this week," Chancellor Olaf Scholz said in Berlin on Monday.'
    with kg.open_store(tmp_path / "s") as store:
        kg.ingest([article(story, "one"), article(story.replace("Monday", "Tuesday"), "two")], store=store)
        rows = kg.query("statements", store=store, params={"who": "scholz"}).rows
        assert len(rows) == 2  # one statement per article, not one per article that names Scholz
        actors = kg.query("actors", store=store).rows
        scholz = [r for r in actors if r[0].value == "Olaf Scholz"]
        assert len(scholz) == 1 and scholz[0][4].value == "2"


def test_a_few_articles_added_to_a_store_leave_its_files_as_they_were(tmp_path, seed_path, monkeypatch):
    """A small write is a transaction, so closing the store does not compact (rewrite) all of it:
    the cost of adding an article stays the same however large the store grows."""
    from kg.store import embedded

    monkeypatch.setattr(embedded, "SMALL_WRITE", 500)  # the seed article is over it, the story under
    folder = tmp_path / "s"
    with kg.open_store(folder) as store:
        kg.ingest([str(seed_path)], store=store, date="2025-05-24")  # bulk-loaded, then compacted
    files = {p.name for p in folder.glob("*.sst")}
    with kg.open_store(folder) as store:
        kg.ingest([article(STORY)], store=store)
    kept = files & {p.name for p in folder.glob("*.sst")}
    assert files and len(kept) > len(files) / 2  # RocksDB may still merge a family's few small files
    with kg.open_store(folder) as store:
        assert kg.ingest([article(STORY)], store=store).unchanged == 1
        assert kg.query("SELECT ?l WHERE { ?x a nkg:City ; rdfs:label 'Berlin' }", store=store).rows


def test_a_large_write_is_compacted_when_the_store_closes(tmp_path, seed_path, monkeypatch):
    from kg.store import embedded

    monkeypatch.setattr(embedded, "SMALL_WRITE", 500)
    folder = tmp_path / "s"
    with kg.open_store(folder) as store:
        kg.ingest([article(STORY)], store=store)
    files = {p.name for p in folder.glob("*.sst")}
    with kg.open_store(folder) as store:
        kg.ingest([str(seed_path)], store=store, date="2025-05-24")
    kept = files & {p.name for p in folder.glob("*.sst")}
    assert len(kept) < len(files) / 2  # merged with the new ones (a family nothing was written to may stay)
