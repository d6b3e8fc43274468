"""The on-disk cache of slow-to-build resources (gazetteer, event taxonomy)."""

from __future__ import annotations

import pytest

from kg.cache import cached


@pytest.fixture
def cache(tmp_path, monkeypatch):
    monkeypatch.setenv("KG_CACHE_DIR", str(tmp_path / "cache"))
    return tmp_path / "cache"


def counting(value):
    calls = []

    def build():
        calls.append(1)
        return value

    return build, calls


def test_a_resource_is_built_once_then_read_back(cache):
    build, calls = counting({"kyiv": 703448})
    assert cached("places", ["v1"], build) == {"kyiv": 703448}
    assert cached("places", ["v1"], build) == {"kyiv": 703448}
    assert len(calls) == 1
    assert len(list(cache.glob("places-*.pickle"))) == 1


def test_new_sources_build_it_anew_and_replace_the_old_file(cache):
    cached("places", ["v1"], lambda: "old")
    build, calls = counting("new")
    assert cached("places", ["v2"], build) == "new"
    assert calls == [1]
    assert len(list(cache.glob("places-*.pickle"))) == 1


def test_a_damaged_cache_file_is_built_again(cache):
    cached("places", ["v1"], lambda: "value")
    (path,) = cache.glob("places-*.pickle")
    path.write_bytes(path.read_bytes()[:3])
    build, calls = counting("value")
    assert cached("places", ["v1"], build) == "value"
    assert calls == [1]
    assert cached("places", ["v1"], build) == "value" and calls == [1]  # and written whole again


def test_where_no_cache_can_be_written_the_resource_is_still_built(tmp_path, monkeypatch):
    blocker = tmp_path / "a-file"
    blocker.write_text("not a folder")
    monkeypatch.setenv("KG_CACHE_DIR", str(blocker / "cache"))
    assert cached("places", ["v1"], lambda: "value") == "value"


def test_the_gazetteer_read_from_the_cache_is_the_one_built_from_geonames(cache):
    from kg.extraction.gazetteer import Gazetteer, gazetteer

    gazetteer.cache_clear()
    try:
        gazetteer()  # builds and writes the cache
        gazetteer.cache_clear()
        from_cache = gazetteer()
        built = Gazetteer()
        assert list(cache.glob("gazetteer-*.pickle"))
        assert from_cache._by_name == built._by_name and from_cache._demonyms == built._demonyms
        assert from_cache.place("Kyiv") == built.place("Kyiv") and from_cache.place("Kyiv").kind == "city"
    finally:
        gazetteer.cache_clear()
