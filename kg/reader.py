"""Read articles from files, folders, standard input, JSON Lines and HTML into `Article` records.

No spaCy and no RDF here: this stage only turns bytes into text and metadata, and reports each
unreadable input as an `InputError` so that the rest of a batch still goes through.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import os
import re
import stat
import sys
import unicodedata
from collections import Counter
from collections.abc import Iterable, Iterator
from pathlib import Path

from kg.errors import InputError
from kg.records import Article

ARTICLE_SUFFIXES = {".txt", ".text", ".jsonl", ".ndjson", ".html", ".htm"}
# The most kg reads of one article (a text or HTML file, standard input, one JSON line): far above
# any news article (spaCy's own limit is a million characters; longer texts are parsed in parts),
# and a bound on memory when an input never ends (`kg ingest - < /dev/zero`).
MAX_ARTICLE_BYTES = 16 * 1024 * 1024
_JSON_FIELDS = ("id", "title", "text", "date", "url", "publisher")

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

# "Moscow, May 24 (NationPress)", "KYIV, Ukraine, June 1, 2025 (AP) -"; a story filed from two cities
# names both: "GAZA/JERUSALEM, Jan 25 (AP) -", set in the first
_DATELINE = re.compile(
    rf"^(?P<place>[A-Z][\w.'’\-/ ]{{1,40}}?)(?:,\s*[A-Z][\w.'’\- ]{{1,30}}?)?,\s+"
    rf"(?P<month>{_MONTH_RE})\.?\s+(?P<day>\d{{1,2}})(?:,?\s+(?P<year>\d{{4}}))?"
    rf"\s*(?:\((?P<publisher>[^()\n]{{2,60}})\))?",
    re.IGNORECASE,
)
# "LONDON (Reuters) -", "BHUBANESWAR, India (AP) -": a place, the state it lies in at most, an agency
_DATELINE_AGENCY = re.compile(r"^(?P<place>[A-Z][A-Z.'’\-/ ]{1,40}?)(?:,\s*[A-Z][\w.'’ ]{1,30}?)?"
                              r"\s*\((?P<publisher>[^()\n]{2,60})\)\s*[-–—]")
# Where a dateline that opens a line ends, past its dash, before the lead it introduces: "SEATTLE,
# July 1 (Reuters) - ", "LONDON (AP) — ", "Kyiv, March 14 - ", "BHUBANESWAR, India (AP) — ",
# "PORTLAND, Oregon (AP) -". A place, then a date or an agency in brackets (or both), the agency
# perhaps after the place's state or country, then a dash and a capital.
DATELINE_OPENING = re.compile(
    r"(?m)^[A-Z][\w.'’\-/ ]{1,40}?"
    r"(?:,\s*[^\n()\-–—\d]{0,30}?\d{1,4}[^\n()\-–—]{0,12}?\s*(?:\([^()\n]{2,60}\))?"
    r"|(?:,\s*[A-Z][\w.'’ ]{1,30}?)?\s*\([^()\n]{2,60}\))"
    r"\s*[-–—]+\s+(?=[A-Z\"“‘'])")
# A line that is only a date: "Monday, May 18, 2015", "March 01, 2008"
_DATE_LINE = re.compile(
    rf"^(?:[A-Z][a-z]+day,\s+)?(?P<month>{_MONTH_RE})\.?\s+(?P<day>\d{{1,2}}),?\s+(?P<year>\d{{4}})\s*$",
    re.IGNORECASE,
)


def read_paths(paths: Iterable[str], *, default_date: dt.date | None = None) -> Iterator[Article | InputError]:
    """Yield an `Article` for every article found under `paths`, or an `InputError` for each bad one.

    A path may be a file (text, JSON Lines or HTML, told apart by suffix and content), a folder
    (read recursively, hidden files skipped) or ``-`` for standard input. A file's id is its name
    when it is given itself, its path relative to the folder when it is found in one (so
    ``2024/article.txt`` and ``2025/article.txt`` stay two articles). Where two inputs would get
    one id that way (``kg ingest 2024/article.txt 2025/article.txt``, or ``kg ingest 2024/ 2025/``
    with an ``article.txt`` in each), each takes its path as given, a folder's files their path
    under the folder's name (``2024/article.txt``), so ids stay unique within the input.
    """
    paths = list(paths)
    shared = _shared_names(paths)
    for raw in paths:
        if raw == "-":
            yield from _read_stdin(sys.stdin.buffer, default_date)
            continue
        path = Path(raw)
        if path.is_dir():
            yield from _read_folder(path, raw, default_date, shared)
        else:
            ident = _path_as_given(raw) if path.name in shared else None
            yield from read_file(path, default_date=default_date, ident=ident)


def _shared_names(paths: list[str]) -> set[str]:
    """The ids that more than one of `paths` would give its files (file names, paths in folders)."""
    inputs = [raw for raw in paths if raw != "-"]
    if len(inputs) < 2:
        return set()
    names: Counter[str] = Counter()
    for raw in inputs:
        path = Path(raw)
        if path.is_dir():
            names.update({file.relative_to(path).as_posix() for file, _ in _folder_files(path)[0]})
        elif path.suffix.lower() not in (".jsonl", ".ndjson"):  # the ids of JSON Lines are their own
            names[path.name] += 1
    return {name for name, count in names.items() if count > 1}


def _path_as_given(raw: str) -> str:
    """A path as the user gave it, relative to the working folder where it lies under it."""
    path = Path(os.path.normpath(raw))
    if path.is_absolute():
        try:
            path = path.relative_to(Path.cwd())
        except ValueError:
            pass
    return path.as_posix()


def _read_folder(path: Path, raw: str, default_date: dt.date | None,
                 shared: set[str] = frozenset()) -> Iterator[Article | InputError]:
    """Every article file under a folder, one error per input that is not a regular file, and one
    line per kind of file kg does not read (so nothing is left out without a word). A file whose
    path in the folder is `shared` with another input's file gets the folder's name in front."""
    files, others = _folder_files(path)
    if not files and not others:
        yield InputError(f"{raw}: folder holds no article files ({', '.join(sorted(ARTICLE_SUFFIXES))})")
    folder = Path(os.path.abspath(raw)).name
    for file, problem in files:
        if problem:
            yield problem
        else:
            ident = file.relative_to(path).as_posix()
            if ident in shared and folder:
                ident = f"{folder}/{ident}"
            yield from read_file(file, default_date=default_date, ident=ident)
    for suffix, (count, example) in sorted(others.items()):
        kind = f"{suffix} files" if suffix else "files without a suffix"
        what = f"{example}" if count == 1 else f"{count} {kind}, e.g. {example},"
        yield InputError(f"{what} not read: not an article file (kg reads {', '.join(sorted(ARTICLE_SUFFIXES))})")


def _folder_files(path: Path) -> tuple[list[tuple[Path, InputError | None]], dict[str, tuple[int, Path]]]:
    """The article files of a folder (sorted, with an error for those that are not regular files)
    and, by suffix, how many other files it holds with one example."""
    files: list[tuple[Path, InputError | None]] = []
    others: dict[str, tuple[int, Path]] = {}
    for p in sorted(path.rglob("*")):
        if any(part.startswith(".") for part in p.relative_to(path).parts):
            continue
        try:
            mode = p.stat().st_mode
        except OSError as exc:
            files.append((p, _unreadable(p, exc)))
            continue
        if stat.S_ISDIR(mode):
            continue
        if not stat.S_ISREG(mode):
            files.append((p, _not_regular(p, mode)))
        elif p.suffix.lower() in ARTICLE_SUFFIXES:
            files.append((p, None))
        else:
            count, example = others.get(p.suffix.lower(), (0, p))
            others[p.suffix.lower()] = (count + 1, example)
    return files, others


def _not_regular(path: Path, mode: int) -> InputError:
    kind = ("a named pipe (FIFO)" if stat.S_ISFIFO(mode) else "a socket" if stat.S_ISSOCK(mode)
            else "a character device" if stat.S_ISCHR(mode) else "a block device" if stat.S_ISBLK(mode)
            else "not a regular file")
    # Reading one would wait for a writer forever (FIFO, socket) or never end (/dev/zero).
    return InputError(f"{path}: {kind}, not an article file (kg reads regular files, folders, and - for standard input)")


def _check_regular(path: Path) -> None:
    """Raise an InputError unless `path` is a regular file (checked before opening: opening a FIFO blocks)."""
    try:
        mode = path.stat().st_mode
    except OSError as exc:
        raise _unreadable(path, exc) from None
    if not stat.S_ISREG(mode):
        raise _not_regular(path, mode)


def _read_capped(handle, source: str | Path) -> bytes:
    """At most MAX_ARTICLE_BYTES from `handle`; an InputError if there is more."""
    data = handle.read(MAX_ARTICLE_BYTES + 1)
    if len(data) > MAX_ARTICLE_BYTES:
        raise InputError(f"{source}: larger than {MAX_ARTICLE_BYTES // (1024 * 1024)} MiB, not an article")
    return data


def read_file(path: Path, *, default_date: dt.date | None = None,
              ident: str | None = None) -> Iterator[Article | InputError]:
    """Yield the article(s) in one file, or an `InputError` naming the file.

    `ident` is the id of a text or HTML article without a URL (default: the file name).
    """
    try:
        _check_regular(path)
    except InputError as exc:
        yield exc
        return
    if path.suffix.lower() in (".jsonl", ".ndjson"):
        yield from _stream_jsonl(path, default_date)
        return
    try:
        with path.open("rb") as handle:
            data = _read_capped(handle, path)
    except OSError as exc:
        yield _unreadable(path, exc)
        return
    except InputError as exc:
        yield exc
        return
    yield from _read_bytes(data, name=ident or path.name, source=str(path), default_date=default_date,
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
    if b"\x00" in data:  # anywhere: a NUL after the first few KiB is as binary as one before
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
            article.dateline_place = m["place"].split("/")[0].strip()
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
            article.dateline_place = m["place"].split("/")[0].strip().title()
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


def read_date(value: object, *, base: dt.date | None = None) -> dt.date:
    """Return the date `value` names, or raise ValueError saying why it is not one.

    ISO 8601 (``2025-05-24``, ``2025-05-24T10:00:00Z``) and full written dates ("May 24, 2025",
    "Sat, 24 May 2025 10:00:00 GMT") are read; a day that does not exist is refused. A relative
    one ("yesterday", "2 days ago") resolves against `base` only, never against the machine's
    clock, and is refused when there is no `base`.

    >>> read_date("2025-05-24T10:00:00Z")
    datetime.date(2025, 5, 24)
    >>> read_date("yesterday", base=dt.date(2025, 5, 24))
    datetime.date(2025, 5, 23)
    """
    if not isinstance(value, str):
        raise ValueError(f"must be a string, got {type(value).__name__}")
    m = re.match(r"\s*(\d{4})-(\d{1,2})-(\d{1,2})(?![\d])", value)
    if m:
        date = _safe_date(int(m[1]), int(m[2]), int(m[3]))
        if date is None:
            raise ValueError("no such day")
        return date
    import dateparser

    def parse(anchor: dt.date):
        settings = {"STRICT_PARSING": True, "RELATIVE_BASE": dt.datetime.combine(anchor, dt.time())}
        return dateparser.parse(value, settings=settings)

    # Parsed against two anchors: a date that moves with the anchor is relative ("yesterday").
    first, second = parse(dt.date(2001, 1, 1)), parse(dt.date(2002, 2, 2))
    if first is None:
        raise ValueError("not a full date (write YYYY-MM-DD)")
    if first != second:
        if base is None:
            raise ValueError("a relative date; give --date to resolve it against")
        return parse(base).date()
    return first.date()


def parse_date(value: str | None, *, base: dt.date | None = None) -> dt.date | None:
    """Return the date `value` names (see `read_date`), None if there is none or it is not a date."""
    if not value:
        return None
    try:
        return read_date(value, base=base)
    except ValueError:
        return None


def _read_stdin(stream, default_date: dt.date | None) -> Iterator[Article | InputError]:
    """Standard input: JSON Lines streamed line by line (any length, each line capped), else one
    article of at most MAX_ARTICLE_BYTES (so `kg ingest - < /dev/zero` ends)."""
    import io

    if not hasattr(stream, "peek"):
        stream = io.BufferedReader(stream)
    head = stream.peek(1 << 16)[: 1 << 16]  # what is there already: enough to tell JSON Lines
    if head.lstrip(b"\xef\xbb\xbf \t\r\n").startswith(b"{"):
        yield from _jsonl_lines(stream, "-", default_date)
        return
    try:
        data = _read_capped(stream, "-")
    except InputError as exc:
        yield exc
        return
    yield from _read_bytes(data, name="-", source="-", default_date=default_date)


def _stream_jsonl(path: Path, default_date: dt.date | None) -> Iterator[Article | InputError]:
    """Read a JSON Lines file line by line, so a large file never sits in memory whole."""
    try:
        handle = path.open("rb")
    except OSError as exc:
        yield _unreadable(path, exc)
        return
    with handle:
        yield from _jsonl_lines(handle, str(path), default_date)


def _jsonl_lines(handle, source: str, default_date: dt.date | None) -> Iterator[Article | InputError]:
    """The records of a JSON Lines stream, each line read with a cap (an endless line is cut off).

    Lines end at ``\\n`` only: U+2028 and U+0085 are valid inside a JSON string.
    """
    if b"\x00" in handle.peek(8192)[:8192]:  # a binary file: one error, not one per "line" of it
        yield InputError(f"{source}: binary file, not an article (expected UTF-8 text, JSON Lines or HTML)")
        return
    seen = False
    lineno = 0
    while raw := handle.readline(MAX_ARTICLE_BYTES + 1):
        lineno += 1
        if len(raw) > MAX_ARTICLE_BYTES and not raw.endswith(b"\n"):
            # Skip the rest of the overlong line without holding it in memory.
            while (rest := handle.readline(1 << 20)) and not rest.endswith(b"\n"):
                pass
            seen = True
            yield InputError(f"{source}:{lineno}: line longer than {MAX_ARTICLE_BYTES // (1024 * 1024)} MiB, "
                             "not an article")
            continue
        if b"\x00" in raw:
            yield InputError(f"{source}: binary file, not an article (expected UTF-8 text, JSON Lines or HTML)")
            return
        try:
            line = raw.decode("utf-8-sig" if lineno == 1 else "utf-8")
        except UnicodeDecodeError as exc:
            yield InputError(f"{source}:{lineno}: not UTF-8 text (bad byte at column {exc.start + 1})")
            continue
        if line.strip():
            seen = True
            yield from parse_jsonl(line, source=source, default_date=default_date, first_line=lineno)
    if not seen:
        yield InputError(f"{source}: empty article file")


def count_articles(paths: Iterable[str]) -> int | None:
    """How many articles `paths` hold (for a progress bar's ETA); None when one is standard input."""
    total = 0
    for raw in paths:
        if raw == "-":
            return None
        path = Path(raw)
        if path.is_dir():
            files = [f for f, problem in _folder_files(path)[0] if problem is None]
        else:
            files = [path]
        for f in files:
            try:
                if not stat.S_ISREG(f.stat().st_mode):
                    continue  # opening a FIFO would wait for a writer
                if f.suffix.lower() in (".jsonl", ".ndjson"):
                    with f.open("rb") as handle:
                        total += sum(1 for line in handle if line.strip())
                else:
                    total += 1
            except OSError:
                pass
    return total


def parse_jsonl(text: str, *, source: str, default_date: dt.date | None = None,
                first_line: int = 1) -> Iterator[Article | InputError]:
    """Yield one article per JSON Lines record (`id`, `title`, `text`, optional `date`, `url`, `publisher`).

    A record that is not one (bad JSON, a field of the wrong type, a date that is not a date) is
    an InputError naming the line and the field.
    """
    # Split on "\n" only: str.splitlines also splits on U+2028, U+0085 ..., valid raw in a JSON string.
    for lineno, line in enumerate(text.split("\n"), start=first_line):
        if not line.strip():
            continue
        where = f"{source}:{lineno}"
        try:
            yield _jsonl_article(line, where, default_date)
        except InputError as exc:
            yield exc


def _jsonl_article(line: str, where: str, default_date: dt.date | None) -> Article:
    try:
        record = json.loads(line)
    except json.JSONDecodeError as exc:
        raise InputError(f"{where}: malformed JSON line ({exc.msg} at column {exc.colno})") from None
    except RecursionError:
        raise InputError(f"{where}: malformed JSON line (nested too deep)") from None
    if not isinstance(record, dict):
        raise InputError(f"{where}: a JSON Lines article must be an object, got {type(record).__name__}")
    for name in _JSON_FIELDS:
        value = record.get(name)
        if value is None:
            continue
        if name == "id" and isinstance(value, int) and not isinstance(value, bool):
            continue  # a numeric id is an id
        if not isinstance(value, str):
            raise InputError(f"{where}: the {name!r} field must be a string, got {type(value).__name__}")
        try:
            value.encode("utf-8")
        except UnicodeEncodeError as exc:  # only a \ud800-style escape makes one: UTF-8 bytes cannot
            raise InputError(f"{where}: the {name!r} field holds a lone surrogate "
                             f"(U+{ord(value[exc.start]):04X} at offset {exc.start}), not Unicode text") from None
    body = record.get("text")
    if not body or not body.strip():
        raise InputError(f"{where}: article has no text (the 'text' field is missing or empty)")
    published = None
    if record.get("date"):
        try:
            published = read_date(record["date"], base=default_date)
        except ValueError as exc:
            raise InputError(f"{where}: the 'date' field {record['date']!r} is not a date ({exc})") from None
    ident = record.get("id")
    ident = str(ident) if ident not in (None, "") else record.get("url") or f"text-{text_digest(body)[:16]}"
    lines = [ln.strip() for ln in body.splitlines() if ln.strip()]
    article = Article(id=ident, text=body, title=record.get("title") or lines[0], url=record.get("url") or None,
                      publisher=record.get("publisher"), source=where, published=published)
    if article.published is None:
        _apply_dateline(article, lines[:8])
    if article.published is None:
        article.published = _complete_date(article.published_month_day, default_date)
    return article


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
                      published=parse_date(meta.get("date"), base=default_date), source=source)
    if article.published is None:
        _apply_dateline(article, [ln.strip() for ln in body.splitlines() if ln.strip()][:6])
    if article.published is None:
        article.published = _complete_date(article.published_month_day, default_date)
    return article
