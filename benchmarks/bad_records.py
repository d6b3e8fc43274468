"""Good articles with bad records mixed among them: every good one lands, every bad one is one line.

    python benchmarks/bad_records.py ../shared/newsgold/articles.jsonl [--jobs 2] [--keep DIR]

Builds a folder in a temporary directory (or DIR): the articles of the given JSON Lines file in
`mixed.jsonl`, with 29 bad JSON lines between them (malformed JSON, fields of the wrong type,
dates that are not dates, JSON nested 100,000 deep, lone surrogates, bad UTF-8, a line over the
size cap, a second article with a stored article's id), and 11 bad files beside it (empty, binary,
Latin-1, a FIFO, a link to /dev/zero, a broken link, an HTML page with no article, files of types
kg does not read). Then runs `kg ingest` on the folder twice and prints what each run did: the
first must store every good article and report each bad record in one line, with a non-zero
exit; the second must change nothing.

`build` is also what tests/test_ingest_robust.py runs on the project's bundled articles.
"""

from __future__ import annotations

import argparse
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

BIG = 16 * 1024 * 1024 + 100  # one JSON line over kg's cap of 16 MiB per article


def _bad_lines(first_id: str) -> list[bytes]:
    """29 bad JSON Lines records, one reason each."""
    text = "Rain\n\nHeavy rain hit Madrid on Monday."
    records: list[object] = [
        {"id": "bad-title-int", "title": 777, "text": text},
        {"id": "bad-title-list", "title": ["Rain"], "text": text},
        {"id": "bad-url-int", "url": 12345, "text": text},
        {"id": "bad-url-object", "url": {"href": "http://example.org/a"}, "text": text},
        {"id": "bad-publisher-object", "publisher": {"name": "Daily"}, "text": text},
        {"id": "bad-publisher-int", "publisher": 42, "text": text},
        {"id": {"a": 1}, "text": text},
        {"id": [1, 2], "text": text},
        {"id": True, "text": text},
        {"id": "bad-text-int", "text": 12345},
        {"id": "bad-text-list", "text": ["Rain fell."]},
        {"id": "bad-no-text", "title": "Rain"},
        {"id": "bad-blank-text", "text": "   \n  "},
        {"id": "bad-date-feb-30", "date": "2025-02-30", "text": text},
        {"id": "bad-date-yesterday", "date": "yesterday", "text": text},  # relative, and no --date given
        {"id": "bad-date-int", "date": 20250102, "text": text},
        {"id": "bad-date-word", "date": "soon-ish", "text": text},
        {"id": "bad-date-object", "date": {"year": 2025}, "text": text},
        [1, 2, 3],
        "just a string",
        {"id": first_id, "text": "Another article\n\nIt has the id of the first one, and other words."},
    ]
    lines = [json.dumps(r).encode("utf-8") for r in records]
    lines += [
        b'{"id": "bad-broken", "text": "Rain',
        b"not JSON at all",
        b'{"id": "bad-deep", "text": ' + b"[" * 100_000 + b"]" * 100_000 + b"}",
        b"[" * 100_000,
        b'{"id": "bad-surrogate-text", "text": "Rain \\ud800 fell."}',
        b'{"id": "bad-surrogate-title", "title": "R\\udc00", "text": "Rain\\n\\nRain fell."}',
        b'{"id": "bad-utf8", "text": "Caf\xe9 opens"}',
        b'{"id": "bad-huge", "text": "' + b"word " * (BIG // 5) + b'"}',
    ]
    return lines


def build(source: Path, folder: Path) -> tuple[int, int]:
    """Write the mixed input into `folder` (created); return (good articles, bad records)."""
    folder.mkdir(parents=True, exist_ok=True)
    good = [line for line in source.read_bytes().split(b"\n") if line.strip()]
    bad = _bad_lines(json.loads(good[0])["id"])
    # Spread the bad lines among the good ones (the duplicate id after the article it copies).
    with (folder / "mixed.jsonl").open("wb") as out:
        step = max(1, len(good) // len(bad))
        queue = list(bad)
        for i, line in enumerate(good):
            out.write(line + b"\n")
            if i % step == 0 and queue:
                out.write(queue.pop(0) + b"\n")
        for line in queue:
            out.write(line + b"\n")
    files = 0

    def write(name: str, data: bytes) -> None:
        nonlocal files
        (folder / name).write_bytes(data)
        files += 1

    write("empty.txt", b"")
    write("late-nul.txt", b"Headline\n\n" + b"Plain words. " * 1000 + b"\x00")  # NUL after 8 KiB
    write("latin1.txt", "Caf\u00e9 opens\n\nA caf\u00e9 opened in Lyon.".encode("latin-1"))
    write("empty.jsonl", b"")
    write("binary.jsonl", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR")
    write("page.html", b"<!doctype html><html><head><title></title></head><body><script>var a = 1;</script></body></html>")
    write("photo-1.jpg", b"\xff\xd8\xff\xe0")  # two .jpg: one line for the type
    write("photo-2.jpg", b"\xff\xd8\xff\xe0")
    write("table.csv", b"a,b\n1,2\n")
    os.mkfifo(folder / "pipe.txt")  # reading it would wait for a writer forever
    os.symlink("/dev/zero", folder / "zero.txt")  # reading it would never end
    os.symlink(folder / "no-such-file.txt", folder / "gone.txt")
    bad_files = files - 1 + 3  # the two .jpg make one line; FIFO and links add three
    return len(good), len(bad) + bad_files


def run(folder: Path, store: Path, jobs: int) -> dict:
    """Run `kg ingest` on `folder`; return its exit status, summary line and skipped lines."""
    cmd = [shutil.which("kg") or "kg", "ingest", str(folder), "--store", str(store), "--jobs", str(jobs)]
    done = subprocess.run(cmd, capture_output=True, text=True, timeout=3600)
    skipped = [ln for ln in done.stderr.splitlines() if ln.startswith("skipped: ")]
    other = [ln for ln in done.stderr.splitlines() if not ln.startswith("skipped: ")]
    return {"status": done.returncode, "summary": done.stdout.strip(), "skipped": skipped, "other": other}


def counts(summary: str) -> dict[str, int]:
    """The figures of `kg ingest`'s summary line."""
    m = re.match(r"(\d+) articles \((\d+) new, (\d+) replaced, (\d+) unchanged\), (\d+) triples.*, (\d+) skipped", summary)
    if not m:
        return {}
    return dict(zip(("articles", "new", "replaced", "unchanged", "triples", "skipped"), map(int, m.groups())))


def main() -> None:
    """Build the mixed input, ingest it twice, print the figures and whether they are right."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("source", type=Path, help="JSON Lines articles (id, title, text, date, url)")
    parser.add_argument("--jobs", type=int, default=1)
    parser.add_argument("--keep", type=Path, help="build here and keep it (default: a temporary folder)")
    args = parser.parse_args()
    root = args.keep or Path(tempfile.mkdtemp(prefix="kg-bad-records-"))
    try:
        good, bad = build(args.source, root / "input")
        print(f"input: {good} good articles, {bad} bad records ({root / 'input'})")
        ok = True
        for attempt in ("first run", "rerun"):
            result = run(root / "input", root / "store", args.jobs)
            figures = counts(result["summary"])
            print(f"{attempt}: exit {result['status']}, {len(result['skipped'])} skipped lines, "
                  f"{len(result['other'])} other stderr lines")
            print(f"  {result['summary']}")
            want_new, want_unchanged = (good, 0) if attempt == "first run" else (0, good)
            right = (result["status"] != 0 and len(result["skipped"]) == bad and not result["other"]
                     and figures.get("new") == want_new and figures.get("unchanged") == want_unchanged
                     and figures.get("replaced") == 0)
            ok &= right
            print(f"  {'as expected' if right else 'NOT as expected'}: {want_new} new, {want_unchanged} unchanged, "
                  f"{bad} skipped lines, non-zero exit")
        if "-v" in sys.argv or not ok:
            for line in result["skipped"] + result["other"]:
                print("   ", line[:200])
        sys.exit(0 if ok else 1)
    finally:
        if args.keep is None:
            shutil.rmtree(root, ignore_errors=True)


if __name__ == "__main__":
    main()
