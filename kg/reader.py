"""Read articles from files, folders, standard input, JSON Lines and HTML into `Article` records.

No spaCy and no RDF here: this stage only turns bytes into text and metadata, and reports each
unreadable input as an `InputError` so that the rest of a batch still goes through.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import re
import sys
import unicodedata
from collections.abc import Iterable, Iterator
from pathlib import Path

from kg.errors import InputError
from kg.records import Article

ARTICLE_SUFFIXES = {".txt", ".text", ".jsonl", ".ndjson", ".html", ".htm"}

_MONTHS = {
    m.lower(): i
    for i, names in enumerate(
        [
            ("January", "Jan"), ("February", "Feb"), ("March", "Mar"), ("April", "Apr"),
            ("May",), ("June", "Jun"), ("July", "Jul"), ("August", "Aug"),
            ("September", "Sep", "Sept"), ("October", "Oct"), ("November", "Nov"),
            ("December", "Dec"),
        ],
        start=1,
    )
    for m in names
}
_MONTH_RE = "|".join(sorted(_MONTHS, key=len, reverse=True))

# "Moscow, May 24 (NationPress)", "KYIV, Ukraine, June 1, 2025 (AP) -"
_DATELINE = re.compile(
    rf"^(?P<place>[A-Z][\w.'’\- ]{{1,40}}?)(?:,\s*[A-Z][\w.'’\- ]{{1,30}}?)?,\s+"
    rf"(?P<month>{_MONTH_RE})\.?\s+(?P<day>\d{{1,2}})(?:,?\s+(?P<year>\d{{4}}))?"
    rf"\s*(?:\((?P<publisher>[^()\n]{{2,60}})\))?",
    re.IGNORECASE,
)
# "LONDON (Reuters) -"
_DATELINE_AGENCY = re.compile(r"^(?P<place>[A-Z][A-Z.'’\- ]{1,40}?)\s*\((?P<publisher>[^()\n]{2,60})\)\s*[-–—]")
# A line that is only a date: "Monday, May 18, 2015", "March 01, 2008"
_DATE_LINE = re.compile(
    rf"^(?:[A-Z][a-z]+day,\s+)?(?P<month>{_MONTH_RE})\.?\s+(?P<day>\d{{1,2}}),?\s+(?P<year>\d{{4}})\s*$",
    re.IGNORECASE,
)


def read_paths(paths: Iterable[str], *, default_date: dt.date | None = None) -> Iterator[Article | InputError]:
    """Yield an `Article` for every article found under `paths`, or an `InputError` for each bad one.

    A path may be a file (text, JSON Lines or HTML, told apart by suffix and content), a folder
    (read recursively, hidden files skipped) or ``-`` for standard input.
    """
    for raw in paths:
        if raw == "-":
            yield from _read_bytes(sys.stdin.buffer.read(), name="-", source="-", default_date=default_date)
            continue
        path = Path(raw)
        if path.is_dir():
            files = sorted(
                p for p in path.rglob("*")
                if p.is_file() and p.suffix.lower() in ARTICLE_SUFFIXES
                and not any(part.startswith(".") for part in p.relative_to(path).parts)
            )
            if not files:
                yield InputError(f"{raw}: folder holds no article files ({', '.join(sorted(ARTICLE_SUFFIXES))})")
            for file in files:
                yield from read_file(file, default_date=default_date)
        else:
            yield from read_file(path, default_date=default_date)


def read_file(path: Path, *, default_date: dt.date | None = None) -> Iterator[Article | InputError]:
    """Yield the article(s) in one file, or an `InputError` naming the file."""
    if path.suffix.lower() in (".jsonl", ".ndjson"):
        yield from _stream_jsonl(path, default_date)
        return
    try:
        data = path.read_bytes()
    except OSError as exc:
        yield _unreadable(path, exc)
        return
    yield from _read_bytes(data, name=path.name, source=str(path), default_date=default_date,
                           suffix=path.suffix.lower())


def _unreadable(path: Path, exc: OSError) -> InputError:
    if isinstance(exc, FileNotFoundError):
        return InputError(f"{path}: no such file")
    return InputError(f"{path}: cannot read ({exc.strerror or exc})")


def _read_bytes(data: bytes, *, name: str, source: str, default_date: dt.date | None,
                suffix: str = "") -> Iterator[Article | InputError]:
    try:
        text = _decode(data, source)
    except InputError as exc:
        yield exc
        return
    kind = _sniff(text, suffix)
    if kind == "jsonl":
        yield from parse_jsonl(text, source=source, default_date=default_date)
    elif kind == "html":
        try:
            yield parse_html(text, name=name, source=source, default_date=default_date)
        except InputError as exc:
            yield exc
    else:
        try:
            ident = name if name != "-" else f"stdin-{text_digest(text)[:16]}"
            yield parse_text(text, ident=ident, source=source, default_date=default_date)
        except InputError as exc:
            yield exc


def _decode(data: bytes, source: str) -> str:
    if b"\x00" in data[:8192]:
        raise InputError(f"{source}: binary file, not an article (expected UTF-8 text, JSON Lines or HTML)")
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise InputError(f"{source}: not UTF-8 text (bad byte at offset {exc.start}); convert it with iconv first") from exc
    if not text.strip():
        raise InputError(f"{source}: empty article")
    return text


def _sniff(text: str, suffix: str) -> str:
    if suffix in {".jsonl", ".ndjson"}:
        return "jsonl"
    if suffix in {".html", ".htm"}:
        return "html"
    head = text.lstrip()[:512].lower()
    if suffix not in {".txt", ".text"}:
        if head.startswith("{"):
            return "jsonl"
        if head.startswith("<!doctype html") or head.startswith("<html") or "<body" in head:
            return "html"
    return "text"


def text_digest(text: str) -> str:
    """Return a hex digest of `text` after Unicode and whitespace normalisation."""
    norm = " ".join(unicodedata.normalize("NFC", text).split())
    return hashlib.sha1(norm.encode("utf-8")).hexdigest()


def parse_text(text: str, *, ident: str, source: str = "", default_date: dt.date | None = None) -> Article:
    """Return the article in a plain text: first non-empty line the headline, dateline read if present."""
    if not text.strip():
        raise InputError(f"{source or ident}: empty article")
    lines = [ln.strip() for ln in text.splitlines() if ln.strip()]
    article = Article(id=ident, text=text, title=lines[0], source=source)
    _apply_dateline(article, lines[1:16])
    if article.published is None:
        article.published = _complete_date(article.published_month_day, default_date)
    return article


def _apply_dateline(article: Article, lines: list[str]) -> None:
    """Take place, publisher and date from the first dateline or date line among `lines`."""
    for line in lines:
        m = _DATE_LINE.match(line)
        if m:
            article.published = _safe_date(int(m["year"]), _MONTHS[m["month"].lower()], int(m["day"]))
            return
        m = _DATELINE.match(line)
        if m and (m["publisher"] or m["year"]):
            at = article.text.find(line)
            if at >= 0:
                article.dateline = (at, at + m.end())
            article.dateline_place = m["place"].strip()
            article.publisher = article.publisher or (m["publisher"] or "").strip() or None
            month, day = _MONTHS[m["month"].lower()], int(m["day"])
            if m["year"]:
                article.published = _safe_date(int(m["year"]), month, day)
            else:
                article.published_month_day = (month, day)
            return
        m = _DATELINE_AGENCY.match(line)
        if m:
            at = article.text.find(line)
            if at >= 0:
                article.dateline = (at, at + m.end())
            article.dateline_place = m["place"].strip().title()
            article.publisher = article.publisher or m["publisher"].strip()
            return


def _safe_date(year: int, month: int, day: int) -> dt.date | None:
    try:
        return dt.date(year, month, day)
    except ValueError:
        return None


def _complete_date(month_day: tuple[int, int] | None, default: dt.date | None) -> dt.date | None:
    """The user's --date, which wins over a yearless dateline only when both agree or none is given."""
    if default is None:
        return None
    if month_day and (default.month, default.day) != month_day:
        # The dateline names another day: keep its month and day, take the year from --date.
        return _safe_date(default.year, *month_day) or default
    return default


def date_option(value: str | dt.date | None) -> dt.date | None:
    """The user's --date as a date (YYYY-MM-DD), or an InputError saying how to write it."""
    if value is None or isinstance(value, dt.date):
        return value
    try:
        return dt.date.fromisoformat(value)
    except ValueError:
        raise InputError(f"--date {value!r} is not a date; write YYYY-MM-DD") from None


def parse_date(value: str | None) -> dt.date | None:
    """Return the date at the start of an ISO 8601 string, None if there is none."""
    if not value:
        return None
    m = re.match(r"\s*(\d{4})-(\d{2})-(\d{2})", str(value))
    if m:
        return _safe_date(int(m[1]), int(m[2]), int(m[3]))
    import dateparser

    parsed = dateparser.parse(str(value), settings={"STRICT_PARSING": True})
    return parsed.date() if parsed else None


def _stream_jsonl(path: Path, default_date: dt.date | None) -> Iterator[Article | InputError]:
    """Read a JSON Lines file line by line, so a large file never sits in memory whole."""
    try:
        handle = path.open("rb")
    except OSError as exc:
        yield _unreadable(path, exc)
        return
    seen = False
    with handle:
        for lineno, raw in enumerate(handle, start=1):
            if b"\x00" in raw:
                yield InputError(f"{path}: binary file, not an article (expected UTF-8 text, JSON Lines or HTML)")
                return
            try:
                line = raw.decode("utf-8-sig" if lineno == 1 else "utf-8")
            except UnicodeDecodeError as exc:
                yield InputError(f"{path}:{lineno}: not UTF-8 text (bad byte at column {exc.start + 1})")
                continue
            if line.strip():
                seen = True
                yield from parse_jsonl(line, source=str(path), default_date=default_date, first_line=lineno)
    if not seen:
        yield InputError(f"{path}: empty article file")


def count_articles(paths: Iterable[str]) -> int | None:
    """How many articles `paths` hold (for a progress bar's ETA); None when one is standard input."""
    total = 0
    for raw in paths:
        if raw == "-":
            return None
        path = Path(raw)
        files = [p for p in path.rglob("*") if p.is_file() and p.suffix.lower() in ARTICLE_SUFFIXES] if path.is_dir() else [path]
        for f in files:
            if f.suffix.lower() in (".jsonl", ".ndjson"):
                try:
                    with f.open("rb") as handle:
                        total += sum(1 for line in handle if line.strip())
                except OSError:
                    pass
            else:
                total += 1
    return total


def parse_jsonl(text: str, *, source: str, default_date: dt.date | None = None,
                first_line: int = 1) -> Iterator[Article | InputError]:
    """Yield one article per JSON Lines record (`id`, `title`, `text`, optional `date`, `url`, `publisher`)."""
    for lineno, line in enumerate(text.splitlines(), start=first_line):
        if not line.strip():
            continue
        where = f"{source}:{lineno}"
        try:
            record = json.loads(line)
        except json.JSONDecodeError as exc:
            yield InputError(f"{where}: malformed JSON line ({exc.msg} at column {exc.colno})")
            continue
        if not isinstance(record, dict):
            yield InputError(f"{where}: a JSON Lines article must be an object, got {type(record).__name__}")
            continue
        body = record.get("text")
        if not isinstance(body, str) or not body.strip():
            yield InputError(f"{where}: article has no text (the 'text' field is missing or empty)")
            continue
        ident = record.get("id") or record.get("url") or f"text-{text_digest(body)[:16]}"
        lines = [ln.strip() for ln in body.splitlines() if ln.strip()]
        article = Article(
            id=str(ident), text=body, title=record.get("title") or lines[0], url=record.get("url"),
            publisher=record.get("publisher"), source=where,
            published=parse_date(record.get("date")),
        )
        if article.published is None:
            _apply_dateline(article, lines[:8])
        if article.published is None:
            article.published = _complete_date(article.published_month_day, default_date)
        yield article


def parse_html(html: str, *, name: str, source: str, default_date: dt.date | None = None) -> Article:
    """Return the main text and metadata of an HTML page (trafilatura), as an article."""
    import trafilatura

    raw = trafilatura.extract(html, output_format="json", with_metadata=True, include_comments=False,
                              favor_precision=True)
    if not raw:
        raise InputError(f"{source}: no article text found in the HTML page")
    meta = json.loads(raw)
    body = meta.get("text") or ""
    if not body.strip():
        raise InputError(f"{source}: no article text found in the HTML page")
    title = meta.get("title")
    text = f"{title}\n\n{body}" if title and not body.startswith(title) else body
    url = meta.get("url") or meta.get("source")
    article = Article(id=url or name, text=text, title=title, url=url, publisher=meta.get("sitename"),
                      published=parse_date(meta.get("date")), source=source)
    if article.published is None:
        _apply_dateline(article, [ln.strip() for ln in body.splitlines() if ln.strip()][:6])
    if article.published is None:
        article.published = _complete_date(article.published_month_day, default_date)
    return article
