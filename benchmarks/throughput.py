"""Ingest throughput and memory, side by side with bare spaCy on the same texts, in one run.

    python benchmarks/throughput.py --articles 1000 --memory 1000 5000 --repeat 3

1. Throughput: `kg ingest` (reading, extraction rules, RDF, embedded store on disk) against bare
   `nlp.pipe` (benchmarks/bare_pipe.py), same model, batch size 32, with 1 and 2 processes; words/s.
   Two baselines: spaCy as it ships, and spaCy with its products on numpy's BLAS as kg runs them
   (`--numpy-blas`): against the first, what a user gains or loses by running kg instead of spaCy;
   against the second, what kg's own work (reading, rules, RDF, store) costs on top of the parse.
   The runs alternate, `--repeat` times each; the table shows each one's fastest run (as `timeit`
   does: on a shared machine other load only ever adds time) and the slowest beside it.
2. Memory: the peak resident memory of any process of `kg ingest --jobs 2` for each article count.

Every run is a fresh subprocess (model loading included on both sides) on the same JSON Lines file.
"""

from __future__ import annotations

import argparse
import json
import os
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


def _tree(pid: int) -> list[int]:
    """`pid` and all its descendants (from /proc)."""
    out, stack = [], [pid]
    while stack:
        pid = stack.pop()
        out.append(pid)
        try:
            for task in os.listdir(f"/proc/{pid}/task"):
                stack += [int(c) for c in Path(f"/proc/{pid}/task/{task}/children").read_text().split()]
        except OSError:
            pass
    return out


def peak_rss_mb(cmd: list[str]) -> tuple[float, float]:
    """Run `cmd` and return the largest peak resident memory (VmHWM) of any process of its tree, in MB.

    The tree is read from /proc while it runs: the workers of `kg ingest --jobs N` are children of
    a fork server, not of kg, so the rusage of waited-for children would miss them.
    """
    t0 = time.perf_counter()
    proc = subprocess.Popen(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    peaks: dict[int, int] = {}
    while proc.poll() is None:
        for pid in _tree(proc.pid):
            try:
                status = Path(f"/proc/{pid}/status").read_text()
            except OSError:
                continue
            hwm = next((int(line.split()[1]) for line in status.splitlines() if line.startswith("VmHWM:")), 0)
            peaks[pid] = max(peaks.get(pid, 0), hwm)
        time.sleep(0.2)
    if proc.returncode != 0:
        raise SystemExit(f"{' '.join(cmd)} failed:\n{proc.stderr.read().decode()[-2000:]}")
    return max(peaks.values(), default=0) / 1024, time.perf_counter() - t0


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=1000)
    parser.add_argument("--memory", type=int, nargs="*", default=[1000, 5000])
    parser.add_argument("--repeat", type=int, default=3, help="runs of each command (alternating); the fastest counts")
    args = parser.parse_args()
    kg_exe = shutil.which("kg") or sys.exit("install kg first: pip install -e .")
    tmp = Path(tempfile.mkdtemp())
    data = tmp / "articles.jsonl"
    words = write_jsonl(data, args.articles)
    print(f"{args.articles} articles, {words} words (variations of {describe()})\n")
    print(f"{'run':<32}{'seconds':>9}{'words/s':>10}{'slowest':>9}")
    results = {}
    for jobs in (1, 2):
        bares, numpys, ours = [], [], []
        bare_cmd = [sys.executable, str(HERE / "bare_pipe.py"), str(data), "--jobs", str(jobs)]
        for run in range(args.repeat):
            bares.append(timed(bare_cmd)[0])
            numpys.append(timed([*bare_cmd, "--numpy-blas"])[0])
            store = tmp / f"store-{jobs}-{run}"  # a new store each time: every run writes every article
            seconds, out = timed([kg_exe, "ingest", str(data), "--store", str(store), "--jobs", str(jobs)])
            ours.append(seconds)
            shutil.rmtree(store, ignore_errors=True)
        bare, numpy_bare, our = min(bares), min(numpys), min(ours)
        results[jobs] = (bare, our)
        print(f"{'bare nlp.pipe, ' + str(jobs) + ' process(es)':<32}{bare:>9.1f}{words / bare:>10.0f}{max(bares):>9.1f}")
        print(f"{'  the same, numpy BLAS':<32}{numpy_bare:>9.1f}{words / numpy_bare:>10.0f}{max(numpys):>9.1f}")
        print(f"{'kg ingest --jobs ' + str(jobs):<32}{our:>9.1f}{words / our:>10.0f}{max(ours):>9.1f}   "
              f"{bare / our:.0%} of bare, {numpy_bare / our:.0%} of bare on numpy BLAS  ({out.strip()})")
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
