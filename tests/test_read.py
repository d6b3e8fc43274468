"""Reading articles: plain text, JSON Lines, HTML, folders, and one clear error per bad input."""

from __future__ import annotations

import datetime as dt
import json

import pytest

from kg.errors import InputError
from kg.reader import parse_text, read_paths


def read_all(*paths, date=None):
    return list(read_paths([str(p) for p in paths], default_date=date))


def test_text_headline_is_the_first_non_empty_line(tmp_path):
    f = tmp_path / "a.txt"
    f.write_text("\n\nFloods hit the north\nRain fell for days.\n", encoding="utf-8")
    [article] = read_all(f)
    assert article.title == "Floods hit the north"
    assert article.text == f.read_text(encoding="utf-8")  # offsets point into the file as given
    assert article.id == "a.txt"


def test_dateline_gives_place_publisher_and_month_day(seed_path):
    article = parse_text(seed_path.read_text(encoding="utf-8"), ident="seed")
    assert (article.dateline_place, article.publisher, article.published_month_day) == ("Moscow", "NationPress", (5, 24))
    assert article.published is None  # no year in the dateline, none given


def test_date_option_completes_a_yearless_dateline(seed_path):
    article = parse_text(seed_path.read_text(encoding="utf-8"), ident="seed", default_date=dt.date(2025, 5, 24))
    assert article.published == dt.date(2025, 5, 24)


def test_agency_dateline_is_read(tmp_path):
    f = tmp_path / "b.txt"
    f.write_text("Markets slide\nLONDON (Reuters) - Shares fell on Monday.\n", encoding="utf-8")
    [article] = read_all(f)
    assert (article.dateline_place, article.publisher) == ("London", "Reuters")


def test_jsonl_reads_each_line_as_an_article_with_its_metadata(tmp_path):
    f = tmp_path / "news.jsonl"
    rows = [{"id": "n1", "title": "One", "text": "One\nFirst text.", "date": "2024-01-02", "url": "http://x/1"},
            {"id": "n2", "title": "Two", "text": "Two\nSecond text.", "publisher": "Daily"}]
    f.write_text("\n".join(json.dumps(r) for r in rows) + "\n", encoding="utf-8")
    a, b = read_all(f)
    assert (a.id, a.published, a.url) == ("n1", dt.date(2024, 1, 2), "http://x/1")
    assert (b.id, b.publisher) == ("n2", "Daily")


def test_malformed_json_line_is_reported_and_the_rest_still_read(tmp_path):
    f = tmp_path / "news.jsonl"
    f.write_text('{"id": "ok1", "text": "Fine text here."}\n{"id": broken\n{"id": "ok2", "text": "More text."}\n',
                 encoding="utf-8")
    items = read_all(f)
    assert [type(i).__name__ for i in items] == ["Article", "InputError", "Article"]
    assert "news.jsonl:2" in str(items[1]) and "malformed JSON" in str(items[1])


def test_html_main_text_and_metadata_are_extracted(tmp_path):
    f = tmp_path / "page.html"
    body = " ".join(["The city council approved the new budget on Tuesday after a long debate."] * 6)
    f.write_text(f"""<!doctype html><html><head><title>Council passes budget</title>
        <meta property="og:url" content="https://news.example.org/budget"/>
        <meta name="date" content="2024-04-02"/></head>
        <body><nav>Home | World | Sport</nav><article><h1>Council passes budget</h1><p>{body}</p></article>
        <footer>Copyright</footer></body></html>""", encoding="utf-8")
    [article] = read_all(f)
    assert "approved the new budget" in article.text and "Copyright" not in article.text
    assert article.title == "Council passes budget"
    assert article.published == dt.date(2024, 4, 2)


def test_folder_is_read_recursively_skipping_hidden_files(tmp_path):
    (tmp_path / "sub").mkdir()
    (tmp_path / "sub" / "a.txt").write_text("A\nText a.", encoding="utf-8")
    (tmp_path / "b.txt").write_text("B\nText b.", encoding="utf-8")
    (tmp_path / ".hidden.txt").write_text("H\nHidden.", encoding="utf-8")
    # ids are paths relative to the folder: sub/a.txt and a top-level a.txt stay two articles
    assert sorted(a.id for a in read_all(tmp_path)) == ["b.txt", "sub/a.txt"]


@pytest.mark.parametrize("content, message", [
    (b"", "empty article"),
    (b"   \n\n ", "empty article"),
    (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "binary file"),
    ("Caf\u00e9".encode("latin-1"), "not UTF-8"),
])
def test_bad_file_gives_an_input_error_naming_it(tmp_path, content, message):
    f = tmp_path / "bad.txt"
    f.write_bytes(content)
    [item] = read_all(f)
    assert isinstance(item, InputError)
    assert str(f) in str(item) and message in str(item)


def test_missing_file_gives_an_input_error(tmp_path):
    [item] = read_all(tmp_path / "nope.txt")
    assert isinstance(item, InputError) and "no such file" in str(item)


def test_a_dateline_of_a_story_filed_from_two_cities_is_read_and_set_in_the_first(tmp_path):
    f = tmp_path / "c.txt"
    f.write_text("Truce holds\n\nGAZA/JERUSALEM, Jan 25 (AP) - Both sides freed captives on Saturday.\n",
                 encoding="utf-8")
    [article] = read_all(f, date=dt.date(2025, 6, 1))
    assert (article.dateline_place, article.publisher, article.published) == ("GAZA", "AP", dt.date(2025, 1, 25))


def test_a_jsonl_title_its_text_does_not_open_with_is_read_before_the_text_kept_as_given(tmp_path):
    f = tmp_path / "news.jsonl"
    row = {"id": "n1", "title": "Floods kill 12 in Velmar province", "text": "Rescue teams searched villages."}
    f.write_text(json.dumps(row) + "\n", encoding="utf-8")
    [article] = read_all(f)
    assert article.text == row["text"]  # what nkg:content holds and the graph's offsets point into
    assert article.read_text == f"{row['title']}\n\n{row['text']}"
    assert article.headline_offset == len(row["title"]) + 2
