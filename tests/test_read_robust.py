"""issue 14: every bad record is one InputError naming it, and the good ones around it are still read."""

from __future__ import annotations

import datetime as dt
import json
import os
import threading

import pytest

from kg.errors import InputError
from kg.reader import parse_jsonl, read_paths


def read_all(*paths, date=None):
    return list(read_paths([str(p) for p in paths], default_date=date))


def kinds(items) -> list[str]:
    return [type(i).__name__ for i in items]


def good(ident: str) -> str:
    return json.dumps({"id": ident, "text": f"Talks {ident}\n\nRussia and Ukraine met in Istanbul."})


@pytest.mark.parametrize("record, message", [
    ({"id": "t", "title": 777, "text": "Rain\n\nRain fell."}, "'title' field must be a string, got int"),
    ({"id": "u", "url": 12345, "text": "Rain\n\nRain fell."}, "'url' field must be a string, got int"),
    ({"id": "p", "publisher": {"name": "X"}, "text": "Rain\n\nRain fell."}, "'publisher' field must be a string, got dict"),
    ({"id": {"a": 1}, "text": "Rain\n\nRain fell."}, "'id' field must be a string, got dict"),
    ({"id": "x", "text": ["Rain"]}, "'text' field must be a string, got list"),
    ({"id": "d", "date": 20250102, "text": "Rain\n\nRain fell."}, "'date' field must be a string, got int"),
])
def test_a_field_of_the_wrong_type_is_an_error_naming_line_and_field(tmp_path, record, message):
    f = tmp_path / "news.jsonl"
    f.write_text("\n".join([good("a"), json.dumps(record), good("b")]) + "\n", encoding="utf-8")
    items = read_all(f)
    assert kinds(items) == ["Article", "InputError", "Article"]
    assert f"news.jsonl:2: the {message}" in str(items[1])


def test_a_numeric_id_is_still_an_id(tmp_path):
    [article] = list(parse_jsonl(json.dumps({"id": 42, "text": "Rain\n\nRain fell."}), source="s"))
    assert article.id == "42"


def test_json_nested_100000_deep_is_an_error_not_a_crash(tmp_path):
    f = tmp_path / "news.jsonl"
    deep = '{"id": "deep", "text": ' + "[" * 100_000 + "]" * 100_000 + "}"
    f.write_text("\n".join([good("a"), deep, "[" * 100_000, good("b")]) + "\n", encoding="utf-8")
    items = read_all(f)
    assert kinds(items) == ["Article", "InputError", "InputError", "Article"]
    assert "nested too deep" in str(items[1]) and "news.jsonl:3" in str(items[2])


def test_a_lone_surrogate_is_an_error(tmp_path):
    f = tmp_path / "news.jsonl"
    f.write_text("\n".join([good("a"), '{"id": "s", "text": "Bad \\ud800 text here."}', good("b")]) + "\n",
                 encoding="utf-8")
    items = read_all(f)
    assert kinds(items) == ["Article", "InputError", "Article"]
    assert "lone surrogate" in str(items[1]) and "U+D800" in str(items[1])


def test_a_character_device_is_refused_without_reading_it():
    [item] = read_all("/dev/zero")  # reading it would never end
    assert isinstance(item, InputError) and "character device" in str(item)


def read_with_deadline(*paths, seconds: float = 20):
    """read_all in a thread: a read that blocks (a FIFO with no writer) fails the test instead of hanging it."""
    out: list = []
    thread = threading.Thread(target=lambda: out.extend(read_all(*paths)), daemon=True)
    thread.start()
    thread.join(seconds)
    assert not thread.is_alive(), "reading blocked"
    return out


def test_a_fifo_named_or_in_a_folder_is_refused_without_blocking(tmp_path):
    (tmp_path / "a.txt").write_text("Rain\n\nRain fell in Madrid.", encoding="utf-8")
    os.mkfifo(tmp_path / "pipe.txt")
    [item] = read_with_deadline(tmp_path / "pipe.txt")
    assert isinstance(item, InputError) and "named pipe" in str(item)
    items = read_with_deadline(tmp_path)
    assert kinds(items) == ["Article", "InputError"] and "pipe.txt" in str(items[1])


def test_a_json_line_over_the_cap_is_refused_and_the_next_one_read(tmp_path, monkeypatch):
    import kg.reader

    monkeypatch.setattr(kg.reader, "MAX_ARTICLE_BYTES", 4096)
    f = tmp_path / "news.jsonl"
    f.write_text("\n".join([good("a"), json.dumps({"id": "big", "text": "x " * 10_000}), good("b")]) + "\n",
                 encoding="utf-8")
    items = read_all(f)
    assert kinds(items) == ["Article", "InputError", "Article"] and "longer than" in str(items[1])
    (tmp_path / "big.txt").write_text("Big\n\n" + "word " * 2000, encoding="utf-8")
    [item] = read_all(tmp_path / "big.txt")
    assert isinstance(item, InputError) and "larger than" in str(item)


def test_raw_line_separators_inside_a_json_string_stay_in_the_article(tmp_path):
    text = "Talks\n\nRussia\u2028and Ukraine\u0085met in Istanbul.\u2029"
    line = json.dumps({"id": "ls", "text": text}, ensure_ascii=False)
    f = tmp_path / "news.jsonl"
    f.write_text(line + "\n", encoding="utf-8")
    [from_file] = read_all(f)
    [from_text] = list(parse_jsonl(line + "\n", source="-"))  # standard input goes this way
    assert from_file.text == text and from_text.text == text


def test_a_nul_byte_anywhere_makes_a_file_binary(tmp_path):
    f = tmp_path / "late.txt"
    f.write_bytes(b"Headline\n\n" + b"Plain words. " * 1000 + b"\x00 tail")
    [item] = read_all(f)
    assert isinstance(item, InputError) and "binary file" in str(item)


def test_files_of_one_name_in_two_folders_are_two_articles(tmp_path):
    for year in ("2024", "2025"):
        (tmp_path / year).mkdir()
        (tmp_path / year / "article.txt").write_text(f"News of {year}\n\nRain fell.", encoding="utf-8")
    assert sorted(a.id for a in read_all(tmp_path)) == ["2024/article.txt", "2025/article.txt"]
    [alone] = read_all(tmp_path / "2024" / "article.txt")
    assert alone.id == "article.txt"  # a file given itself keeps its bare name


def test_files_kg_does_not_read_are_reported_once_per_type(tmp_path):
    (tmp_path / "a.txt").write_text("Rain\n\nRain fell.", encoding="utf-8")
    for name in ("one.jpg", "two.jpg", "data.csv"):
        (tmp_path / name).write_bytes(b"x")
    items = read_all(tmp_path)
    assert kinds(items) == ["Article", "InputError", "InputError"]
    assert "data.csv not read: not an article file" in str(items[1])
    assert "2 .jpg files" in str(items[2])


@pytest.mark.parametrize("value, message", [
    ("2025-02-30", "no such day"),
    ("yesterday", "a relative date"),
    ("soon-ish", "not a full date"),
])
def test_a_date_field_that_is_not_a_date_is_an_error(tmp_path, value, message):
    record = json.dumps({"id": "d", "date": value, "text": "Rain\n\nRain fell."})
    [item] = list(parse_jsonl(record, source="news.jsonl"))
    assert isinstance(item, InputError)
    assert f"the 'date' field {value!r} is not a date ({message}" in str(item)


def test_a_relative_date_resolves_against_the_date_option_not_the_clock():
    record = json.dumps({"id": "d", "date": "yesterday", "text": "Rain\n\nRain fell."})
    [article] = list(parse_jsonl(record, source="s", default_date=dt.date(2025, 5, 24)))
    assert article.published == dt.date(2025, 5, 23)


def test_json_lines_on_standard_input_stream_past_the_cap(monkeypatch):
    import io
    import sys

    import kg.reader

    monkeypatch.setattr(kg.reader, "MAX_ARTICLE_BYTES", 4096)  # the whole input is larger, each line smaller
    data = "".join(good(f"n{i}") + "\n" for i in range(100)).encode("utf-8")
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BufferedReader(io.BytesIO(data))))
    items = list(read_paths(["-"]))
    assert len(items) == 100 and all(type(i).__name__ == "Article" for i in items)
    assert items[-1].source == "-:100"
