"""The installed `kg` command: the contract's commands, and one-line errors with non-zero exits."""

from __future__ import annotations

import json
import signal
import subprocess
import time

import pytest

from conftest import run_kg


@pytest.fixture(scope="module")
def cli_store(tmp_path_factory, seed_path):
    store = tmp_path_factory.mktemp("cli") / "store"
    done = run_kg("ingest", str(seed_path), "--date", "2025-05-24", "--store", str(store))
    assert done.returncode == 0, done.stderr.decode()
    return store


def test_ingest_prints_a_one_line_summary(tmp_path, seed_path):
    done = run_kg("ingest", str(seed_path), "--date", "2025-05-24", "--store", str(tmp_path / "s"))
    lines = done.stdout.decode().strip().splitlines()
    assert done.returncode == 0 and len(lines) == 1
    assert lines[0].startswith("1 articles (1 new") and "8 events" in lines[0] and "0 skipped" in lines[0]


def test_ingest_reads_standard_input(tmp_path):
    text = "Council vote\n\nThe city council of Lyon approved the budget on Monday.".encode()
    done = run_kg("ingest", "-", "--date", "2024-05-01", "--store", str(tmp_path / "s"), input=text)
    assert done.returncode == 0 and done.stdout.decode().startswith("1 articles (1 new")


def test_default_store_is_kg_store_in_the_working_folder(tmp_path, seed_path):
    done = run_kg("ingest", str(seed_path), "--date", "2025-05-24", cwd=tmp_path)
    assert done.returncode == 0 and (tmp_path / "kg-store").is_dir()


def test_query_by_name_prints_json(cli_store):
    done = run_kg("query", "statements", "--store", str(cli_store), "--format", "json")
    assert done.returncode == 0
    assert len(json.loads(done.stdout)["results"]["bindings"]) >= 8


def test_query_param_binds_a_value(cli_store):
    done = run_kg("query", "statements", "--store", str(cli_store), "--param", "who=Zelensky", "--format", "csv")
    assert done.returncode == 0 and done.stdout.decode().count("Volodymyr Zelensky") == 2


def test_queries_lists_names_and_summaries():
    done = run_kg("queries")
    lines = done.stdout.decode().splitlines()
    assert done.returncode == 0 and len(lines) >= 8
    assert any(line.startswith("statements ") and "who said what" in line for line in lines)


@pytest.mark.parametrize("fmt", ["turtle", "nquads", "jsonld"])
def test_export_writes_rdf(cli_store, tmp_path, fmt):
    out = tmp_path / f"graph.{fmt}"
    done = run_kg("export", "--format", fmt, "--out", str(out), "--store", str(cli_store))
    assert done.returncode == 0 and out.stat().st_size > 1000


def one_line_error(done) -> str:
    err = done.stderr.decode().strip().splitlines()
    assert done.returncode != 0
    assert len(err) == 1 and err[0].startswith(("Error:", "skipped:")), err
    return err[0]


def test_missing_file_is_a_one_line_error(tmp_path):
    line = one_line_error(run_kg("ingest", str(tmp_path / "nope.txt"), "--store", str(tmp_path / "s")))
    assert "nope.txt" in line


def test_empty_file_is_a_one_line_error(tmp_path):
    (tmp_path / "empty.txt").write_text("")
    assert "empty" in one_line_error(run_kg("ingest", str(tmp_path / "empty.txt"), "--store", str(tmp_path / "s")))


def test_binary_file_is_a_one_line_error(tmp_path):
    (tmp_path / "pic.txt").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00")
    assert "binary" in one_line_error(run_kg("ingest", str(tmp_path / "pic.txt"), "--store", str(tmp_path / "s")))


def test_malformed_json_line_is_reported_and_good_lines_land(tmp_path):
    f = tmp_path / "news.jsonl"
    f.write_text('{"id": "a", "text": "Rain\\n\\nHeavy rain hit Madrid on Monday."}\n{oops\n', encoding="utf-8")
    done = run_kg("ingest", str(f), "--date", "2024-05-01", "--store", str(tmp_path / "s"))
    assert "news.jsonl:2" in one_line_error(done)
    assert done.stdout.decode().startswith("1 articles (1 new")


def test_invalid_sparql_is_a_one_line_error(cli_store):
    line = one_line_error(run_kg("query", "SELECT ?x WHERE {", "--store", str(cli_store)))
    assert "invalid SPARQL" in line


def test_query_on_a_missing_store_is_a_one_line_error(tmp_path):
    assert "no store" in one_line_error(run_kg("query", "statements", "--store", str(tmp_path / "none")))


def test_unknown_export_format_is_a_one_line_error(cli_store):
    assert "choose one of" in one_line_error(run_kg("export", "--format", "pdf", "--store", str(cli_store)))


# ------------------------------------------------------------------ issue 14: kg query fails in words, and stops


def test_a_deeply_nested_query_is_a_one_line_error_not_a_crash(cli_store):
    from test_query_safety import DEEP

    done = run_kg("query", DEEP, "--store", str(cli_store))
    assert done.returncode == 2  # before: 139, killed by SIGSEGV, nothing said
    assert "nests 4000 levels deep" in one_line_error(done)


def test_query_timeout_is_a_one_line_error(cli_store):
    from test_query_safety import PRODUCT

    started = time.monotonic()
    done = run_kg("query", PRODUCT, "--store", str(cli_store), "--timeout", "1")
    assert time.monotonic() - started < 8
    assert done.returncode == 3 and "stopped after 1 s" in one_line_error(done)


def test_ctrl_c_stops_a_running_query(cli_store):
    from conftest import kg_command
    from test_query_safety import PRODUCT

    process = subprocess.Popen(kg_command() + ["query", PRODUCT, "--store", str(cli_store)],
                               stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    try:
        time.sleep(2)  # the query is running by now
        process.send_signal(signal.SIGINT)
        started = time.monotonic()
        _, err = process.communicate(timeout=5)  # before: Ctrl-C waited for the query, for ever
        assert time.monotonic() - started < 3
        assert process.returncode == 130 and err.decode().strip() == "Aborted."
    finally:
        if process.poll() is None:
            process.kill()
            process.wait()


def test_a_long_query_text_is_not_taken_for_a_file_name(cli_store):
    query = "SELECT ?x WHERE { ?x a nkg:City } # " + "x" * 600
    done = run_kg("query", query, "--store", str(cli_store), "--format", "csv")
    assert done.returncode == 0, done.stderr
    assert len(done.stdout.decode().splitlines()) == 5  # the header and the four cities


def test_a_misspelt_type_is_a_one_line_error_with_near_spellings(cli_store):
    line = one_line_error(run_kg("query", "events", "--param", "type=Attak", "--store", str(cli_store)))
    assert "did you mean Attack" in line
    line = one_line_error(run_kg("export", "--format", "nodelink", "--type", "Attak", "--store", str(cli_store)))
    assert "did you mean Attack" in line


def test_an_update_is_a_one_line_refusal(cli_store):
    line = one_line_error(run_kg("query", "DELETE WHERE { ?s ?p ?o }", "--store", str(cli_store)))
    assert line == "Error: updates are not allowed (DELETE): kg queries are read-only"


def test_the_table_fits_the_terminal(cli_store):
    import os
    import pty

    main, terminal = pty.openpty()
    try:
        env = {**os.environ, "COLUMNS": "100", "LINES": "40"}
        from conftest import kg_command

        process = subprocess.Popen(kg_command() + ["query", "statements", "--store", str(cli_store)],
                                   stdout=terminal, stderr=subprocess.PIPE, env=env)
        os.close(terminal)
        out = b""
        while True:
            try:
                chunk = os.read(main, 65536)
            except OSError:  # the terminal closed: the command is done
                break
            if not chunk:
                break
            out += chunk
        process.wait(timeout=60)
    finally:
        os.close(main)
    lines = out.decode().splitlines()
    assert process.returncode == 0 and len(lines) > 5
    assert max(len(line) for line in lines) <= 100  # before: 279 columns on a 100-column terminal


def test_a_date_parameter_that_is_no_calendar_day_is_refused(cli_store):
    line = one_line_error(run_kg("query", "events", "--param", "since=2025-13-45", "--store", str(cli_store)))
    assert "'2025-13-45' is not a date" in line


def test_query_works_in_a_folder_holding_a_kg_directory(cli_store, tmp_path):
    # The query worker must import this kg, not a kg/ package in the working folder.
    (tmp_path / "kg").mkdir()
    (tmp_path / "kg" / "__init__.py").write_text("raise SystemExit('the bogus kg was imported')\n")
    done = run_kg("query", "ASK {}", "--store", str(cli_store), cwd=tmp_path)
    assert done.returncode == 0, done.stderr.decode()
    assert done.stdout.decode().strip() == "true"
