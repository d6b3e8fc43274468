"""The README runs as written: every ```python block and every `kg ...` line of its ```bash blocks.

The examples run in README order, as a new user would type them, in one folder that holds the files
they name (article.txt, news.jsonl, page.html, archive/, my-question.rq, kg/samples/...), made from
the bundled sample and tests/data; the `kg` commands are the installed console script, the Python
blocks run as scripts. What the README runs that this cannot (an outside SPARQL server, the test
suite itself) is listed as skipped, with why. `kg serve` is started, asked a query, and stopped.
"""

from __future__ import annotations

import json
import os
import re
import shlex
import shutil
import socket
import subprocess
import sys
import time
import urllib.parse
import urllib.request
from dataclasses import dataclass
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
README = ROOT / "README.md"
DATA = Path(__file__).parent / "data"
SEED = ROOT / "kg" / "samples" / "seed-article.txt"
SEED_DATE = "2025-05-24"
SEPARATORS = {"|", "||", "&&", ";", "&"}


@dataclass(frozen=True)
class Example:
    """One runnable example of the README: a ```python block, or one line of a ```bash block."""

    line: int  # where it starts in README.md
    language: str  # "python" or "bash"
    code: str
    section: str = ""  # the heading it stands under

    @property
    def id(self) -> str:
        """The test id: README line, then the command (a bash line) or the section (a Python block)."""
        name = self.code.split("  #")[0] if self.language == "bash" else f"python {self.section}"
        return f"L{self.line}-" + re.sub(r"[^A-Za-z0-9=.*/_-]+", "-", name).strip("-")[:70]

    def commands(self) -> list[list[str]]:
        """The shell commands of a bash line, as words (comments dropped; split at |, &&, ;, &)."""
        lexer = shlex.shlex(self.code, posix=True, punctuation_chars=True)
        lexer.whitespace_split = True
        out: list[list[str]] = [[]]
        for word in lexer:
            if word in SEPARATORS:
                out.append([])
            else:
                out[-1].append(word)
        return [c for c in out if c]


def readme_examples(text: str | None = None) -> list[Example]:
    """Every ```python block and every non-empty line of every ```bash block of the README, in order."""
    text = README.read_text(encoding="utf-8") if text is None else text
    out = []
    for m in re.finditer(r"^```(\w*)\n(.*?)^```", text, flags=re.M | re.S):
        language, body = m.group(1), m.group(2)
        first_line = text.count("\n", 0, m.start()) + 2
        headings = re.findall(r"^#+ (.+)$", text[:m.start()], flags=re.M)
        if language == "python":
            out.append(Example(first_line, "python", body, headings[-1] if headings else ""))
        elif language == "bash":
            for i, line in enumerate(body.splitlines()):
                if line.strip():
                    out.append(Example(first_line + i, "bash", line.strip()))
    return out


EXAMPLES = readme_examples()


def why_not_run(example: Example) -> str | None:
    """Why an example cannot run here, or None when it runs."""
    if example.language == "python":
        return None
    commands = example.commands()
    words = [w for c in commands for w in c]
    if "--endpoint" in words or any(c[0] == "oxigraph" for c in commands):
        return "needs an outside SPARQL server (tests/test_remote.py runs kg against real ones)"
    if words[:2] == ["bash", ".ci/run"]:
        return "it is the test suite itself (.ci/run sets up and runs python -m pytest)"
    if not any(c[0] == "kg" for c in commands):
        return "not a kg command"
    return None


def installs(commands: list[list[str]]) -> bool:
    """Whether a bash line sets up a virtual environment or installs packages (the README's first command)."""
    return any(c[:2] == ["pip", "install"] or c[1:3] == ["-m", "venv"] for c in commands)


def free_port() -> int:
    """A TCP port nothing listens on now."""
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@pytest.fixture(scope="module")
def folder(tmp_path_factory) -> Path:
    """A new user's working folder with the inputs the README names, made from the bundled samples."""
    here = tmp_path_factory.mktemp("readme")
    # The first command runs at the top of a clone (kg/samples/seed-article.txt), in a folder of its own:
    # a kg/ folder beside the Python examples would be the `kg` they import.
    (here / "clone" / "kg" / "samples").mkdir(parents=True)
    shutil.copy(SEED, here / "clone" / "kg" / "samples" / SEED.name)
    shutil.copy(SEED, here / "article.txt")
    corpus = (DATA / "corpus-sample.jsonl").read_text(encoding="utf-8").splitlines()
    (here / "news.jsonl").write_text("\n".join(corpus[:2]) + "\n", encoding="utf-8")
    page = json.loads(corpus[2])
    paragraphs = "".join(f"<p>{p}</p>" for p in page["text"].split("\n")[1:] if p.strip())
    (here / "page.html").write_text(
        f"<!doctype html><html><head><title>{page['title']}</title>"
        f'<meta property="og:url" content="{page["url"]}"/><meta name="date" content="{page["date"]}"/></head>'
        f"<body><nav>Home | World</nav><article><h1>{page['title']}</h1>{paragraphs}</article>"
        f"<footer>Copyright</footer></body></html>", encoding="utf-8")
    (here / "archive" / "2025").mkdir(parents=True)
    shutil.copy(SEED, here / "archive" / "2025" / "seed-article.txt")
    (here / "archive" / "more.jsonl").write_text("\n".join(corpus[3:5]) + "\n", encoding="utf-8")
    (here / "my-question.rq").write_text(
        "SELECT ?name (COUNT(DISTINCT ?article) AS ?articles)\n"
        "WHERE { GRAPH ?article { ?person a nkg:Person ; rdfs:label ?name } }\n"
        "GROUP BY ?name ORDER BY ?name\n", encoding="utf-8")
    return here


def environment() -> dict[str, str]:
    """The user's shell: the installed kg first on PATH, no store or server chosen in the environment."""
    env = {k: v for k, v in os.environ.items() if k not in {"KG_STORE", "KG_ENDPOINT"}}
    env["PATH"] = str(Path(sys.executable).parent) + os.pathsep + env.get("PATH", "")
    return env


def sh(command: str, cwd: Path, timeout: float = 300) -> subprocess.CompletedProcess:
    """Run one README line in bash, as a user would type it."""
    return subprocess.run(["bash", "-c", command], cwd=cwd, env=environment(), capture_output=True, text=True,
                          timeout=timeout)


def prepare(folder: Path, example: Example) -> None:
    """What an example needs from the ones before it, when it runs on its own (pytest -k)."""
    words = [w for c in example.commands() for w in c] if example.language == "bash" else []
    if words[:2] != ["kg", "ingest"] and example.language == "bash" and not (folder / "kg-store").exists():
        assert sh(f"kg ingest article.txt --date {SEED_DATE}", folder).returncode == 0
    if words[:2] == ["kg", "load"] and not list(folder.glob("out/*.nq")):
        (folder / "out").mkdir(exist_ok=True)
        assert sh("kg export --format nquads --out out/part-0.nq", folder).returncode == 0


def run_kg_serve(folder: Path, command: list[str]) -> None:
    """Start the `kg serve` command of the README (on a free port), ask it a query, stop it."""
    port = free_port()
    words = [str(port) if prev == "--port" else w for prev, w in zip([""] + command, command)]
    server = subprocess.Popen(words, cwd=folder, env=environment(), stdout=subprocess.DEVNULL, stderr=subprocess.PIPE,
                              text=True)
    try:
        query = urllib.parse.urlencode({"query": "SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }"})
        request = urllib.request.Request(f"http://127.0.0.1:{port}/sparql?{query}",
                                         headers={"Accept": "application/sparql-results+json"})
        deadline = time.monotonic() + 60
        while True:
            try:
                with urllib.request.urlopen(request, timeout=10) as answer:
                    results = json.load(answer)
                break
            except OSError:
                assert server.poll() is None, server.communicate()[1]
                assert time.monotonic() < deadline, "kg serve did not answer within 60 s"
                time.sleep(0.2)
        assert int(results["results"]["bindings"][0]["n"]["value"]) > 0
        with urllib.request.urlopen(f"http://127.0.0.1:{port}/", timeout=10) as page:
            assert page.status == 200 and b'<textarea id="query">' in page.read()
    finally:
        server.terminate()
        server.wait(timeout=30)


@pytest.mark.parametrize("example", EXAMPLES, ids=[e.id for e in EXAMPLES])
def test_readme_example_runs(example: Example, folder: Path):
    reason = why_not_run(example)
    if reason:
        pytest.skip(reason)
    prepare(folder, example)
    if example.language == "python":
        script = folder / f"readme_line_{example.line}.py"
        script.write_text(example.code, encoding="utf-8")
        done = subprocess.run([sys.executable, script.name], cwd=folder, env=environment(), capture_output=True,
                              text=True, timeout=300)
        assert done.returncode == 0, done.stderr[-3000:]
        return
    commands = example.commands()
    if ["kg", "serve"] == commands[0][:2]:
        run_kg_serve(folder, commands[0])
        return
    line, cwd = example.code, folder
    if installs(commands):  # the first command: make a venv, install kg, run kg; the kg parts run here
        line, cwd = " && ".join(shlex.join(c) for c in commands if c[0] == "kg"), folder / "clone"
    done = sh(line, cwd)
    assert done.returncode == 0, f"{line}\nexit {done.returncode}\n{done.stderr[-3000:]}"
    for c in commands:
        if "--out" in c:
            out = cwd / c[c.index("--out") + 1]
            assert out.stat().st_size > 0, out
        if c[:2] == ["kg", "query"]:
            assert done.stdout.strip()


def test_the_readme_has_its_examples():
    # Guards the parser above: if the README's fences change shape, the examples must still be found.
    runnable = [e for e in EXAMPLES if not why_not_run(e)]
    assert sum(e.language == "python" for e in EXAMPLES) >= 2
    assert any("kg ingest kg/samples/seed-article.txt" in e.code for e in runnable)
    assert {"ingest", "query", "export", "load", "serve", "queries"} <= {
        c[1] for e in runnable if e.language == "bash" for c in e.commands() if c[0] == "kg"}


def test_the_documented_ingest_line_is_what_the_sample_prints(tmp_path):
    readme = README.read_text(encoding="utf-8")
    documented = re.search(r"^```\n(1 articles \(.*)\n```", readme, flags=re.M).group(1)
    shutil.copy(SEED, tmp_path / "article.txt")
    done = sh(f"kg ingest article.txt --date {SEED_DATE}", tmp_path)
    assert done.returncode == 0, done.stderr
    printed = done.stdout.strip().splitlines()[-1]
    # The triple count follows every change of the mapping; the rest is what a reader checks.
    shape = re.compile(r"\d+ triples")
    assert shape.sub("N triples", printed) == shape.sub("N triples", documented), (printed, documented)


def test_every_kg_name_the_readme_gives_exists():
    import importlib

    names = set(re.findall(r"`(kg(?:\.\w+)+)", README.read_text(encoding="utf-8")))
    assert names  # kg.open_store, kg.mapping.facts_to_quads, kg.distributed.extract_bag ...
    for name in sorted(names):
        module, _, attribute = name.rpartition(".")
        try:
            found = getattr(importlib.import_module(module), attribute, None)
        except ImportError:
            found = None
        if found is None:
            found = importlib.import_module(name)  # the name of a module
        assert found is not None, name
