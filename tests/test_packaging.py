"""The wheel ships the ontology, the named queries and the sample; the stages keep to their layer."""

from __future__ import annotations

import subprocess
import sys
import zipfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def test_wheel_contains_ontology_queries_and_sample(tmp_path):
    done = subprocess.run([sys.executable, "-m", "build", "--wheel", "--no-isolation", "--outdir", str(tmp_path), str(ROOT)],
                          capture_output=True, text=True, timeout=600)
    assert done.returncode == 0, done.stderr[-2000:]
    [wheel] = tmp_path.glob("kg-*.whl")
    names = set(zipfile.ZipFile(wheel).namelist())
    assert {"kg/ontology/newskg.ttl", "kg/ontology/shapes.ttl", "kg/queries/statements.rq",
            "kg/samples/seed-article.txt"} <= names
    assert "_kg_forkserver.py" in names  # the fork server's first import (kg ingest --jobs N)
    assert len([n for n in names if n.startswith("kg/queries/") and n.endswith(".rq")]) >= 8


def run_without(modules: list[str], code: str) -> subprocess.CompletedProcess:
    """Run `code` in a fresh interpreter where importing any of `modules` fails."""
    blocker = (
        "import sys, importlib.abc\n"
        "class Block(importlib.abc.MetaPathFinder):\n"
        f"    def find_spec(self, name, path=None, target=None):\n"
        f"        if name.split('.')[0] in {modules!r}: raise ImportError('blocked: ' + name)\n"
        "sys.meta_path.insert(0, Block())\n"
    )
    return subprocess.run([sys.executable, "-c", blocker + code], capture_output=True, text=True, timeout=120)


def test_reading_mapping_querying_and_exporting_need_no_spacy():
    done = run_without(["spacy", "thinc"], "import kg, kg.reader, kg.mapping, kg.sparql, kg.exports.rdf, kg.store.embedded, kg.cli")
    assert done.returncode == 0, done.stderr


def test_reading_and_extraction_need_no_rdf_library():
    done = run_without(["rdflib", "pyoxigraph"], "import kg.reader, kg.records")
    assert done.returncode == 0, done.stderr


def test_kg_help_is_fast_and_loads_no_model():
    done = run_without(["spacy"], "import sys; sys.argv=['kg','--help']\nfrom kg.cli import main\ntry:\n    main()\nexcept SystemExit:\n    pass")
    assert done.returncode == 0 and "ingest" in done.stdout, done.stderr


def test_no_public_function_shares_a_name_with_a_module():
    # `import kg.reader` (or any stage) must never replace the API function kg.read.
    import importlib
    import pkgutil

    import kg

    modules = {m.name for m in pkgutil.iter_modules(kg.__path__)}
    assert not modules & set(kg.__all__), modules & set(kg.__all__)
    for name in modules:
        importlib.import_module(f"kg.{name}")
    assert all(callable(getattr(kg, name)) for name in kg.__all__ if name != "__version__")
