"""Ingest throughput and memory, side by side with bare spaCy on the same texts, in one run.

    python benchmarks/throughput.py --articles 1000 --memory 1000 5000

1. Throughput: `kg ingest` (reading, extraction rules, RDF, embedded store on disk) against bare
   `nlp.pipe` (benchmarks/bare_pipe.py), same model, batch size 32, with 1 and 2 processes; words/s.
2. Memory: the peak resident memory of any process of `kg ingest --jobs 2` for each article count.

Every run is a fresh subprocess (model loading included on both sides) on the same JSON Lines file.
"""

from __future__ import annotations

import argparse
import json
import resource
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from corpus import articles, describe  # noqa: E402

HERE = Path(__file__).resolve().parent


def write_jsonl(path: Path, n: int) -> int:
    words = 0
    with path.open("w", encoding="utf-8") as out:
        for a in articles(n):
            words += len(a.text.split())
            out.write(json.dumps({"id": a.id, "title": a.title, "text": a.text,
                                  "date": a.published.isoformat() if a.published else None}) + "\n")
    return words


def timed(cmd: list[str]) -> tuple[float, str]:
    t0 = time.perf_counter()
    done = subprocess.run(cmd, capture_output=True, text=True)
    if done.returncode != 0:
        raise SystemExit(f"{' '.join(cmd)} failed:\n{done.stderr[-2000:]}")
    return time.perf_counter() - t0, done.stdout


def peak_rss_mb(cmd: list[str]) -> tuple[float, float]:
    """Run `cmd` in a fresh interpreter that reports the peak RSS of itself and its children."""
    probe = ("import resource, subprocess, sys, json\n"
             f"r = subprocess.run({cmd!r}, capture_output=True)\n"
             "assert r.returncode == 0, r.stderr[-2000:]\n"
             "print(json.dumps(resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss))")
    t0 = time.perf_counter()
    done = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True)
    if done.returncode != 0:
        raise SystemExit(done.stderr[-2000:])
    return int(done.stdout.strip()) / 1024, time.perf_counter() - t0


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=1000)
    parser.add_argument("--memory", type=int, nargs="*", default=[1000, 5000])
    args = parser.parse_args()
    kg_exe = shutil.which("kg") or sys.exit("install kg first: pip install -e .")
    tmp = Path(tempfile.mkdtemp())
    data = tmp / "articles.jsonl"
    words = write_jsonl(data, args.articles)
    print(f"{args.articles} articles, {words} words (variations of {describe()})\n")
    print(f"{'run':<28}{'seconds':>9}{'words/s':>10}")
    results = {}
    for jobs in (1, 2):
        bare, _ = timed([sys.executable, str(HERE / "bare_pipe.py"), str(data), "--jobs", str(jobs)])
        store = tmp / f"store-{jobs}"
        ours, out = timed([kg_exe, "ingest", str(data), "--store", str(store), "--jobs", str(jobs)])
        results[jobs] = (bare, ours)
        print(f"{'bare nlp.pipe, ' + str(jobs) + ' process(es)':<28}{bare:>9.1f}{words / bare:>10.0f}")
        print(f"{'kg ingest --jobs ' + str(jobs):<28}{ours:>9.1f}{words / ours:>10.0f}   "
              f"{bare / ours:.0%} of bare  ({out.strip()})")
    print(f"\n--jobs 2 vs --jobs 1: {results[1][1] / results[2][1]:.2f}x (bare spaCy: {results[1][0] / results[2][0]:.2f}x)")

    print(f"\n{'articles':>9}{'peak MB (any process)':>24}{'seconds':>9}")
    peaks = {}
    for n in args.memory:
        path = tmp / f"mem-{n}.jsonl"
        write_jsonl(path, n)
        peak, secs = peak_rss_mb([kg_exe, "ingest", str(path), "--store", str(tmp / f"mem-store-{n}"), "--jobs", "2"])
        peaks[n] = peak
        print(f"{n:>9}{peak:>24.0f}{secs:>9.0f}")
    if len(peaks) > 1:
        small, large = min(peaks), max(peaks)
        print(f"peak at {large} vs {small} articles: {peaks[large] / peaks[small]:.2f}x")
    shutil.rmtree(tmp, ignore_errors=True)


if __name__ == "__main__":
    main()
