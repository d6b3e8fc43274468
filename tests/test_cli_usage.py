"""Usage errors read as a user typed the command: options by their flags, help without an error."""

from __future__ import annotations

from conftest import run_kg


def test_bare_kg_prints_the_help_and_no_error():
    done = run_kg()
    assert done.returncode == 0
    assert "Commands:" in done.stdout.decode() and "ingest" in done.stdout.decode()
    assert "Error" not in done.stdout.decode() + done.stderr.decode()


def test_a_missing_option_is_named_by_its_flag():
    done = run_kg("export")
    assert done.returncode == 2
    err = done.stderr.decode()
    assert "Missing option '--format'" in err and "fmt" not in err


def test_an_out_of_range_value_names_the_option():
    done = run_kg("export", "--format", "dot", "--hops", "0")
    assert done.returncode == 2
    assert "Invalid value for '--hops'" in done.stderr.decode()


def test_an_unknown_command_is_a_usage_error():
    done = run_kg("ingets", "article.txt")
    assert done.returncode == 2
    assert "No such command 'ingets'" in done.stderr.decode()


def test_a_missing_argument_is_named():
    done = run_kg("query")
    assert done.returncode == 2
    assert "Missing argument 'QUERY'" in done.stderr.decode()

