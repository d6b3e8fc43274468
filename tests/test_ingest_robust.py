"""issue 14: `kg ingest` keeps going past bad records, keeps identities apart, stores as it goes,
stops cleanly on signals and leaves no process behind."""

from __future__ import annotations

import importlib.metadata
import re


def test_html_cleaner_is_a_main_dependency():
    # trafilatura needs lxml.html.clean, a separate project since lxml 5.2: the HTML path must work
    # on `pip install kg`, not only where the test extras happen to pull it in.
    main = [r for r in importlib.metadata.requires("kg") or [] if "extra ==" not in r]
    assert any(re.match(r"lxml[_-]html[_-]clean|lxml\[html[_-]clean\]", r, re.I) for r in main), main


import json  # noqa: E402
import os  # noqa: E402
import signal  # noqa: E402
import subprocess  # noqa: E402
import time  # noqa: E402
from pathlib import Path  # noqa: E402

import pytest  # noqa: E402

import kg  # noqa: E402
from conftest import DATA, kg_command, run_kg, stored_within  # noqa: E402
from kg.records import Article  # noqa: E402


def stored_articles(store_path: Path) -> set[str]:
    """The IRIs of the article graphs a store holds complete (with their content hash)."""
    from pyoxigraph import NamedNode, Store

    from kg.vocab import NKG, ONTOLOGY_GRAPH

    store = Store.read_only(str(store_path))
    return {q.subject.value for q in store.quads_for_pattern(None, NamedNode(NKG + "contentHash"), None, None)
            if q.subject.value != ONTOLOGY_GRAPH}


def paragraph_articles(path: Path, count: int) -> Path:
    """`count` small real articles (paragraphs of the bundled corpus sample) as JSON Lines."""
    rows = [json.loads(line) for line in (DATA / "corpus-sample.jsonl").read_text(encoding="utf-8").splitlines()]
    paragraphs = [p.strip() for r in rows for p in r["text"].split("\n") if len(p.split()) >= 12]
    with path.open("w", encoding="utf-8") as out:
        for i in range(count):
            out.write(json.dumps({"id": f"p{i}", "date": "2024-05-01",
                                  "text": f"Paragraph {i}\n\n{paragraphs[i % len(paragraphs)]}"}) + "\n")
    return path


# ---- item 8: a long text is parsed in parts; a failing article costs only itself

def test_a_text_over_a_million_characters_is_parsed_with_exact_offsets(seed_article, nlp):
    from kg.extraction import extract

    text = seed_article.text + "\n" * 1_000_000 + seed_article.text  # over spaCy's max_length (E088)
    facts = extract(Article(id="long", text=text, published=seed_article.published), nlp)
    spans = [m for e in facts.entities.values() for m in e.mentions]
    spans += [m for e in facts.events.values() for m in e.mentions] + [s.mention for s in facts.statements.values()]
    assert all(text[m.begin:m.end] == m.anchor for m in spans)
    assert any(m.begin > 1_000_000 for m in spans)  # the second copy was read, at its own offsets
    assert "Volodymyr Zelensky" in {e.name for e in facts.entities.values()}


def test_a_text_cut_into_parts_gives_the_facts_of_the_whole(seed_article, nlp, monkeypatch):
    import kg.extraction
    from kg.extraction import extract

    whole = extract(seed_article, nlp)
    monkeypatch.setattr(kg.extraction, "PART_CHARS", 600)  # the seed article in several parts
    assert len(kg.extraction.split_text(seed_article.text, 600)) > 2
    parts = extract(seed_article, nlp)
    assert all(seed_article.text[m.begin:m.end] == m.anchor for e in parts.entities.values() for m in e.mentions)
    names = {e.name for e in whole.entities.values()}
    assert len(names & {e.name for e in parts.entities.values()}) >= 0.8 * len(names)


@pytest.mark.parametrize("jobs", [1, 2])
def test_an_article_failing_in_the_batched_extraction_costs_only_itself(tmp_path, corpus_articles, jobs):
    from kg.pipeline import ingest_articles

    bad = Article(id="bad", text=12345, source="feed.jsonl:3")  # spaCy raises on it inside nlp.pipe
    items = corpus_articles[:2] + [bad] + corpus_articles[2:5]
    with kg.open_store(tmp_path / "s") as store:
        report = ingest_articles(items, store, jobs=jobs)
    assert report.added == 5 and len(report.errors) == 1
    assert report.errors[0].startswith("feed.jsonl:3: extraction failed")
    assert len(stored_articles(tmp_path / "s")) == 5


def test_a_dask_partition_leaves_out_an_article_that_fails_and_keeps_the_others(corpus_articles):
    from kg.distributed import _partition
    from kg.pipeline import extractor_id

    texts = _partition([Article(id="bad", text=12345)] + corpus_articles[:2], extractor_id())
    assert len(texts) == 2 and all("contentHash" in t for t in texts)


# ---- item 9: one identity, one article

def test_a_duplicate_id_with_other_content_is_an_error_not_a_merge(tmp_path):
    f = tmp_path / "news.jsonl"
    first = {"id": "same", "text": "Rain in Madrid\n\nHeavy rain hit Madrid on Monday."}
    other = {"id": "same", "text": "Snow in Oslo\n\nSnow fell in Oslo on Tuesday."}
    f.write_text("\n".join(json.dumps(r) for r in (first, other, first)) + "\n", encoding="utf-8")
    for _ in range(2):  # and a rerun keeps the first, not the last
        done = run_kg("ingest", str(f), "--date", "2024-05-01", "--store", str(tmp_path / "s"))
        err = done.stderr.decode().strip().splitlines()
        assert done.returncode == 1 and len(err) == 1, err
        assert err[0].startswith("skipped: ") and "news.jsonl:2: another article of this input has the id 'same'" in err[0]
    result = kg.query("SELECT ?h WHERE { ?a nkg:headline ?h }", store=tmp_path / "s")
    assert [row[0].value for row in result.rows] == ["Rain in Madrid"]


def test_files_of_one_name_in_two_folders_are_stored_as_two_articles(tmp_path):
    for year, city in (("2024", "Madrid"), ("2025", "Oslo")):
        (tmp_path / "in" / year).mkdir(parents=True)
        (tmp_path / "in" / year / "article.txt").write_text(f"Rain in {city}\n\nRain hit {city} on Monday.",
                                                            encoding="utf-8")
    done = run_kg("ingest", str(tmp_path / "in"), "--date", "2024-05-01", "--store", str(tmp_path / "s"))
    assert done.returncode == 0 and done.stdout.decode().startswith("2 articles (2 new"), done.stderr
    assert len(stored_articles(tmp_path / "s")) == 2


def _two_articles(root: Path, *folders: str) -> list[Path]:
    files = []
    for folder, city in zip(folders, ("Madrid", "Oslo")):
        (root / folder).mkdir(parents=True)
        files.append(root / folder / "article.txt")
        files[-1].write_text(f"Rain in {city}\n\nRain hit {city} on Monday.", encoding="utf-8")
    return files


@pytest.mark.parametrize("given", ["files", "folders"])
def test_inputs_of_one_bare_name_given_side_by_side_are_two_articles(tmp_path, given):
    _two_articles(tmp_path, "2024", "2025")
    paths = ["2024/article.txt", "2025/article.txt"] if given == "files" else ["2024/", "2025"]
    done = run_kg("ingest", *paths, "--date", "2024-05-01", "--store", str(tmp_path / "s"), cwd=tmp_path)
    assert done.returncode == 0 and done.stdout.decode().startswith("2 articles (2 new"), done.stderr
    assert len(stored_articles(tmp_path / "s")) == 2
    from kg.reader import read_paths

    old = os.getcwd()
    os.chdir(tmp_path)
    try:
        ids = [a.id for a in read_paths(paths)]
    finally:
        os.chdir(old)
    assert ids == ["2024/article.txt", "2025/article.txt"]


def test_a_file_given_alone_or_without_a_namesake_keeps_its_bare_name(tmp_path):
    from kg.reader import read_paths

    first, second = _two_articles(tmp_path, "a", "b")
    second.rename(second.with_name("other.txt"))
    assert [a.id for a in read_paths([str(first)])] == ["article.txt"]
    assert [a.id for a in read_paths([str(first), str(second.with_name("other.txt"))])] == ["article.txt", "other.txt"]


# ---- item 10: dates that are not dates are refused, naming the option or field

@pytest.mark.parametrize("option", ["--since", "--until"])
def test_export_refuses_a_filter_date_that_is_not_a_date(tmp_path, option):
    done = run_kg("export", "--format", "nodelink", option, "2025-13-45", "--store", str(tmp_path / "none"))
    err = done.stderr.decode().strip().splitlines()
    assert done.returncode != 0 and len(err) == 1
    assert f"{option} '2025-13-45' is not a date" in err[0]


def test_a_relative_date_field_without_a_date_option_is_a_skipped_line(tmp_path):
    f = tmp_path / "news.jsonl"
    f.write_text(json.dumps({"id": "y", "date": "yesterday", "text": "Rain\n\nRain hit Madrid."}) + "\n", encoding="utf-8")
    done = run_kg("ingest", str(f), "--store", str(tmp_path / "s"))
    assert done.returncode == 2 and "a relative date; give --date" in done.stderr.decode()


# ---- item 8: inputs that never end or never come

def test_standard_input_that_never_ends_is_cut_off(tmp_path):
    with open("/dev/zero", "rb") as zero:
        done = subprocess.run(kg_command() + ["ingest", "-", "--store", str(tmp_path / "s")], stdin=zero,
                              capture_output=True, timeout=120)
    err = done.stderr.decode().strip().splitlines()
    assert done.returncode == 2 and len(err) == 1 and "larger than 16 MiB" in err[0], err


def test_a_device_and_a_fifo_named_as_inputs_are_skipped_lines(tmp_path, seed_path):
    os.mkfifo(tmp_path / "pipe.jsonl")
    done = run_kg("ingest", "/dev/zero", str(tmp_path / "pipe.jsonl"), str(seed_path), "--date", "2025-05-24",
                  "--store", str(tmp_path / "s"))
    err = done.stderr.decode().strip().splitlines()
    assert done.returncode == 1 and len(err) == 2, err
    assert "character device" in err[0] and "named pipe" in err[1]
    assert done.stdout.decode().startswith("1 articles (1 new")


# ---- item 12: stored as it goes; Ctrl-C and SIGTERM store what is done and say so

def test_waiting_articles_are_written_after_a_few_seconds_without_a_full_batch(tmp_path, corpus_articles, nlp,
                                                                              monkeypatch):
    import kg.pipeline
    from kg.pipeline import IngestReport, _BatchWriter, extract_quads

    monkeypatch.setattr(kg.pipeline, "WRITE_EVERY_SECONDS", 0.5)
    items = list(extract_quads(corpus_articles[:2], nlp=nlp))
    with kg.open_store(tmp_path / "s") as store:
        writer = _BatchWriter(store, IngestReport())
        writer.add(items[0], replace=False)
        writer.add(items[1], replace=False)  # no more articles come, the input has not ended
        stored = stored_within(store, items, 30)
        writer.flush()
    assert all(stored)


def descendants(pid: int) -> list[int]:
    """The processes started under `pid` (the fork server, and its workers), from the parent pids
    of /proc/*/stat (/proc/<pid>/task/*/children needs a kernel option; this does not)."""
    children: dict[int, list[int]] = {}
    for entry in os.listdir("/proc"):
        if entry.isdigit():
            try:
                fields = Path(f"/proc/{entry}/stat").read_text().rsplit(")", 1)[1].split()
            except (OSError, IndexError):
                continue  # gone meanwhile
            children.setdefault(int(fields[1]), []).append(int(entry))
    out, stack = [], [pid]
    while stack:
        found = children.get(stack.pop(), [])
        out += found
        stack += found
    return out


def alive(pid: int) -> bool:
    try:
        return Path(f"/proc/{pid}/stat").read_text().split(")")[-1].split()[0] not in ("Z", "X")
    except OSError:
        return False


class Ingest:
    """A `kg -v ingest` running in its own process group, its output read by threads (so no read
    waits without a deadline)."""

    def __init__(self, proc: subprocess.Popen) -> None:
        import threading

        self.proc, self.err, self.out = proc, [], []
        self.stored = threading.Event()
        self.threads = [threading.Thread(target=self._read, args=(proc.stderr, self.err), daemon=True),
                        threading.Thread(target=self._read, args=(proc.stdout, self.out), daemon=True)]
        for thread in self.threads:
            thread.start()

    def _read(self, stream, lines: list[str]) -> None:
        for raw in stream:
            lines.append(raw.decode())
            if "stored " in lines[-1]:
                self.stored.set()

    def finish(self, timeout: float) -> tuple[str, str]:
        """Wait for the end of the run (TimeoutExpired after `timeout`); its stdout and stderr."""
        self.proc.wait(timeout=timeout)
        for thread in self.threads:
            thread.join(timeout=10)
        return "".join(self.out), "".join(self.err)


@pytest.fixture
def start_ingest():
    """Start `kg -v ingest` of `count` small articles and return once it has stored some (the -v log
    says "stored N articles" after each write); the runs are killed, process group and all, at the end."""
    runs: list[Ingest] = []

    def start(tmp_path: Path, jobs: int, count: int = 3000) -> Ingest:
        source = paragraph_articles(tmp_path / "in.jsonl", count)
        run = Ingest(subprocess.Popen(kg_command() + ["-v", "ingest", str(source), "--store", str(tmp_path / "s"),
                                                      "--jobs", str(jobs)],
                                      stdout=subprocess.PIPE, stderr=subprocess.PIPE, start_new_session=True))
        runs.append(run)
        deadline = time.monotonic() + 300
        while not run.stored.wait(0.2) and run.proc.poll() is None and time.monotonic() < deadline:
            pass
        if not run.stored.is_set():
            pytest.fail(f"nothing was stored: {''.join(run.err)}")
        return run

    yield start
    for run in runs:
        try:
            os.killpg(run.proc.pid, signal.SIGKILL)  # the run and whatever it left in its group
        except (ProcessLookupError, PermissionError):
            pass
        run.proc.wait(timeout=30)


@pytest.mark.parametrize("signum, jobs", [(signal.SIGINT, 1), (signal.SIGINT, 2),
                                          (signal.SIGTERM, 1), (signal.SIGTERM, 2)])
def test_a_signal_stores_what_is_done_and_says_so(tmp_path, start_ingest, signum, jobs):
    run = start_ingest(tmp_path, jobs)
    proc = run.proc
    helpers = descendants(proc.pid)
    assert len(helpers) >= (jobs + 1 if jobs > 1 else 0), helpers  # the fork server and its workers
    if signum == signal.SIGINT:
        os.killpg(proc.pid, signal.SIGINT)  # Ctrl-C on a terminal reaches the whole process group
    else:
        os.kill(proc.pid, signal.SIGTERM)
    out, err = run.finish(timeout=120)
    err_lines = [ln for ln in err.splitlines() if not ln.startswith(("INFO ", "WARNING "))]
    assert proc.returncode == 128 + signum, err
    assert "Traceback" not in err and len(err_lines) == 1, err_lines
    m = re.fullmatch(r"interrupted: (\d+) articles stored; run again to resume", err_lines[0])
    assert m and int(m[1]) >= 1, err_lines
    assert len(stored_articles(tmp_path / "s")) == int(m[1])
    deadline = time.monotonic() + 15
    while any(alive(p) for p in helpers) and time.monotonic() < deadline:
        time.sleep(0.1)
    assert not any(alive(p) for p in helpers), "worker processes outlived kg"


@pytest.mark.parametrize("jobs", [1, 2])
def test_kill_9_loses_only_what_was_not_written_and_leaves_no_process(tmp_path, start_ingest, jobs):
    proc = start_ingest(tmp_path, jobs).proc
    helpers = descendants(proc.pid)
    assert len(helpers) >= (jobs + 1 if jobs > 1 else 0), helpers  # the fork server and its workers
    proc.kill()
    proc.wait(timeout=30)
    deadline = time.monotonic() + 15
    while any(alive(p) for p in helpers) and time.monotonic() < deadline:
        time.sleep(0.1)
    assert not any(alive(p) for p in helpers), "the fork server or workers outlived kg"
    kept = stored_articles(tmp_path / "s")
    assert kept  # written every few seconds: the kill lost only the last seconds
    # The store opens and takes the rest: a rerun of the first articles stores what is missing.
    paragraph_articles(tmp_path / "again.jsonl", 40)
    done = run_kg("ingest", str(tmp_path / "again.jsonl"), "--store", str(tmp_path / "s"))
    assert done.returncode == 0 and done.stdout.decode().startswith("40 articles ("), done.stderr.decode()
    after = stored_articles(tmp_path / "s")
    assert kept <= after and len(after - kept) <= 40


# ---- item 16: the fork server imports the installed kg, whatever the working folder holds

def test_jobs_2_works_in_a_folder_holding_a_kg_directory(tmp_path, seed_path):
    (tmp_path / "kg").mkdir()
    (tmp_path / "kg" / "__init__.py").write_text("raise SystemExit('the bogus kg was imported')\n")
    done = run_kg("ingest", str(seed_path), "--jobs", "2", "--date", "2025-05-24", "--store", str(tmp_path / "s"),
                  cwd=tmp_path)
    assert done.returncode == 0, done.stderr.decode()
    assert done.stdout.decode().startswith("1 articles (1 new")


# ---- acceptance: bad records of every kind among good articles

def test_bad_records_among_good_articles_one_line_each_and_a_rerun_changes_nothing(tmp_path):
    import importlib.util

    script = Path(__file__).resolve().parent.parent / "benchmarks" / "bad_records.py"
    spec = importlib.util.spec_from_file_location("bad_records", script)
    bad_records = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(bad_records)
    good, bad = bad_records.build(DATA / "corpus-sample.jsonl", tmp_path / "input")
    assert (good, bad) == (7, 40)
    for attempt, (new, unchanged) in enumerate([(good, 0), (0, good)]):
        result = bad_records.run(tmp_path / "input", tmp_path / "store", jobs=1)
        assert result["status"] == 1 and not result["other"], result
        assert len(result["skipped"]) == bad, result["skipped"]
        figures = bad_records.counts(result["summary"])
        assert (figures["new"], figures["replaced"], figures["unchanged"]) == (new, 0, unchanged), result["summary"]
    assert len(stored_articles(tmp_path / "store")) == good


# ---- review: a signal never costs what was extracted, and the progress reaches its end

class _SlowStore:
    """A store stand-in whose first write waits until `release` is set (the writer thread is busy)."""

    def __init__(self) -> None:
        import threading

        self.release = threading.Event()
        self.written: list[str] = []

    def put_articles(self, items) -> None:
        self.release.wait(30)
        self.written += [graph.value for graph, _ in items]


def test_a_signal_while_handing_a_batch_to_the_writer_loses_no_article(monkeypatch):
    import threading

    import kg.pipeline
    from kg.pipeline import Extracted, IngestReport, _BatchWriter

    monkeypatch.setattr(kg.pipeline, "WRITE_BATCH_ARTICLES", 1)
    store = _SlowStore()
    writer = _BatchWriter(store, IngestReport())
    items = [Extracted(Article(id=f"a{i}", text="x"), b"", 0, 0, 0) for i in range(4)]
    for item in items[:3]:  # one in the (blocked) store, two in the full queue
        writer.add(item, replace=False)
    deadline = time.monotonic() + 10
    while writer._queue.qsize() < 2 and time.monotonic() < deadline:
        time.sleep(0.01)

    def interrupt() -> None:
        time.sleep(0.5)  # the fourth article's hand-over waits on the full queue by now
        os.kill(os.getpid(), signal.SIGINT)
        time.sleep(0.3)
        store.release.set()

    threading.Thread(target=interrupt, daemon=True).start()
    with kg.pipeline._signals_interrupt():  # as during `ingest_articles`
        with pytest.raises(KeyboardInterrupt):
            writer.add(items[3], replace=False)
            time.sleep(5)  # (the interrupt comes here at the latest)
        writer.flush()
    assert sorted(store.written) == sorted(kg.mapping.article_iri(i.article).value for i in items)


@pytest.mark.parametrize("first, second", [(signal.SIGINT, signal.SIGINT), (None, signal.SIGTERM),
                                           (signal.SIGINT, signal.SIGTERM)])
def test_a_signal_during_the_final_write_does_not_cut_it_short(tmp_path, corpus_articles, nlp, monkeypatch,
                                                                first, second):
    import kg.pipeline
    from kg.errors import Interrupted
    from kg.pipeline import ingest_articles

    flush = kg.pipeline._BatchWriter.flush

    def flush_signalled(self) -> None:
        os.kill(os.getpid(), second)
        time.sleep(0.2)  # the handler runs here
        flush(self)

    def progress(done: int, name: str) -> None:
        if first is not None and done == 2:
            os.kill(os.getpid(), first)
            time.sleep(0.2)

    monkeypatch.setattr(kg.pipeline._BatchWriter, "flush", flush_signalled)
    with kg.open_store(tmp_path / "s") as store:
        with pytest.raises(Interrupted) as caught:
            ingest_articles(corpus_articles[:3], store, nlp=nlp, progress=progress)
    stored = caught.value.report.added
    assert caught.value.exit_code == 128 + (first or second)
    assert stored == (2 if first else 3) and len(stored_articles(tmp_path / "s")) == stored


def test_terminated_reaching_the_cli_is_the_interrupted_line_and_exit_143(monkeypatch, capsys):
    import kg.cli
    from kg.pipeline import _Terminated

    def terminated(*args, **kwargs):
        raise _Terminated()

    monkeypatch.setattr(kg.cli.app, "main", terminated)
    with pytest.raises(SystemExit) as caught:
        kg.cli.main()
    assert caught.value.code == 143
    assert capsys.readouterr().err.strip().startswith("interrupted")


def test_the_progress_counts_an_article_repeated_unchanged(tmp_path, corpus_articles, nlp):
    from kg.pipeline import ingest_articles

    items = corpus_articles[:2] + [corpus_articles[0]]
    seen = []
    with kg.open_store(tmp_path / "s") as store:
        report = ingest_articles(items, store, nlp=nlp, progress=lambda done, name: seen.append(done))
    assert report.articles == 3 and seen[-1] == 3, seen
