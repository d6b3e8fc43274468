"""Shared fixtures: the real spaCy model, the seed article and its facts, stores with it ingested."""

from __future__ import annotations

import datetime as dt
import json
import shutil
import subprocess
import time
from pathlib import Path

import pytest

DATA = Path(__file__).parent / "data"
SEED_DATE = dt.date(2025, 5, 24)


@pytest.fixture(scope="session")
def nlp():
    from kg.extraction.nlp import load_model

    return load_model()


@pytest.fixture(scope="session")
def seed_path() -> Path:
    from kg.resources import sample_file

    return Path(str(sample_file()))


@pytest.fixture(scope="session")
def expected() -> dict:
    return json.loads((DATA / "seed-expected.json").read_text(encoding="utf-8"))


@pytest.fixture(scope="session")
def seed_article(seed_path):
    from kg.reader import parse_text

    return parse_text(seed_path.read_text(encoding="utf-8"), ident=seed_path.name, default_date=SEED_DATE)


@pytest.fixture(scope="session")
def seed_facts(seed_article, nlp):
    from kg.extraction import extract

    return extract(seed_article, nlp)


@pytest.fixture(scope="session")
def seed_store(tmp_path_factory, seed_path, nlp):
    """An embedded store on disk with the seed article ingested through the public API."""
    import kg

    folder = tmp_path_factory.mktemp("seed-store")
    store = kg.open_store(folder)
    kg.ingest([str(seed_path)], store=store, date=SEED_DATE.isoformat())
    yield store
    store.close()


@pytest.fixture(scope="session")
def corpus_articles():
    from kg.reader import parse_jsonl

    text = (DATA / "corpus-sample.jsonl").read_text(encoding="utf-8")
    return list(parse_jsonl(text, source="corpus-sample.jsonl"))


@pytest.fixture
def extract_text(nlp):
    """Extract facts from a text written for a test, published on the seed's date."""
    from kg.extraction import extract
    from kg.reader import parse_text

    def run(text: str, date: dt.date = SEED_DATE):
        return extract(parse_text(text, ident="test.txt", default_date=date), nlp)

    return run


def kg_command() -> list[str]:
    """The installed console script."""
    exe = shutil.which("kg")
    if exe is None:
        pytest.fail("the kg console script is not installed: pip install -e .[test]")
    return [exe]


def run_kg(*args: str, cwd: Path | None = None, input: bytes | None = None, env: dict | None = None):
    return subprocess.run(kg_command() + list(args), cwd=cwd, input=input, capture_output=True, env=env, timeout=300)


def stored_within(store, items, seconds: float) -> list[bool]:
    """Wait up to `seconds` for the store writer to store each extracted item; say which it stored."""
    from kg.mapping import article_iri

    deadline = time.monotonic() + seconds
    while any(store.article_hash(article_iri(i.article)) is None for i in items) and time.monotonic() < deadline:
        time.sleep(0.05)
    return [store.article_hash(article_iri(i.article)) is not None for i in items]
