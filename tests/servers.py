"""Real SPARQL servers for the tests: started on loopback on a free port, waited for, stopped."""

from __future__ import annotations

import shutil
import socket
import subprocess
import time
import urllib.parse
import urllib.request
from contextlib import contextmanager
from pathlib import Path

import pytest

VIRTUOSO_INI = """[Database]
DatabaseFile = virtuoso.db
ErrorLogFile = virtuoso.log
LockFile = virtuoso.lck
TransactionFile = virtuoso.trx
xa_persistent_file = virtuoso.pxa
ErrorLogLevel = 7
FileExtend = 200
MaxCheckpointRemap = 2000
Striping = 0
TempStorage = TempDatabase

[TempDatabase]
DatabaseFile = virtuoso-temp.db
TransactionFile = virtuoso-temp.trx
MaxCheckpointRemap = 2000
Striping = 0

[Parameters]
ServerPort = 127.0.0.1:{isql_port}
DisableUnixSocket = 1
ServerThreads = 10
CheckpointInterval = 60
NumberOfBuffers = 20000
MaxDirtyBuffers = 15000
DirsAllowed = .

[HTTPServer]
ServerPort = 127.0.0.1:{http_port}
ServerRoot = .
ServerThreads = 10
MaxClientConnections = 10

[SPARQL]
ResultSetMaxRows = 1000000
MaxQueryExecutionTime = 120
"""


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def wait_until_answers(url: str, process: subprocess.Popen, seconds: float = 60.0) -> None:
    """Poll `url` with ASK {} until it answers 200, failing early if the server process died."""
    deadline = time.monotonic() + seconds
    probe = url + "?query=" + urllib.parse.quote("ASK {}")
    while time.monotonic() < deadline:
        if process.poll() is not None:
            raise RuntimeError(f"server exited with status {process.returncode} before answering at {url}")
        try:
            with urllib.request.urlopen(probe, timeout=2) as resp:
                if resp.status == 200:
                    return
        except OSError:
            time.sleep(0.1)
    raise RuntimeError(f"server did not answer at {url} within {seconds} s")


def require(binary: str, package: str) -> str:
    """The path of `binary`, or a test failure that says what to install (never a silent skip)."""
    path = shutil.which(binary)
    if path is None:
        pytest.fail(f"{binary} is not installed ({package}); .ci/run installs it")
    return path


def stop(process: subprocess.Popen) -> None:
    process.terminate()
    try:
        process.wait(timeout=20)
    except subprocess.TimeoutExpired:
        process.kill()
        process.wait(timeout=10)


@contextmanager
def oxigraph_server(folder: Path):
    """An Oxigraph server on a fresh folder, with the union of all graphs as default graph."""
    exe = require("oxigraph", "pip install oxigraph")
    port = free_port()
    process = subprocess.Popen([exe, "serve", "--location", str(folder), "--bind", f"127.0.0.1:{port}",
                                "--union-default-graph"], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        url = f"http://127.0.0.1:{port}/query"
        wait_until_answers(url, process)
        yield url
    finally:
        stop(process)


@contextmanager
def virtuoso_server(folder: Path):
    """Virtuoso 7 with its own ini in `folder`, SPARQL updates granted to the endpoint's user."""
    exe = require("virtuoso-t", "Debian package virtuoso-opensource")
    isql = require("isql-vt", "Debian package virtuoso-opensource")
    isql_port, http_port = free_port(), free_port()
    folder.mkdir(parents=True, exist_ok=True)
    (folder / "virtuoso.ini").write_text(VIRTUOSO_INI.format(isql_port=isql_port, http_port=http_port))
    process = subprocess.Popen([exe, "+foreground", "+configfile", "virtuoso.ini"], cwd=folder,
                               stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        url = f"http://127.0.0.1:{http_port}/sparql"
        wait_until_answers(url, process)
        grant = subprocess.run([isql, f"127.0.0.1:{isql_port}", "dba", "dba", 'exec=GRANT SPARQL_UPDATE TO "SPARQL";'],
                               capture_output=True, text=True, timeout=60)
        if grant.returncode != 0:
            raise RuntimeError(f"could not grant SPARQL_UPDATE: {grant.stderr or grant.stdout}")
        yield url
    finally:
        stop(process)
