"""The exceptions kg raises. The CLI turns each into one line on stderr and a non-zero exit."""

from __future__ import annotations


class KgError(Exception):
    """Base class of every error kg raises on purpose."""

    exit_code = 1


class InputError(KgError):
    """An article could not be read: missing, empty, binary, badly encoded or malformed."""

    exit_code = 2


class ExtractionError(KgError):
    """The language model could not be loaded or failed on an article."""


class Interrupted(KgError):
    """A run stopped by Ctrl-C (SIGINT) or SIGTERM after storing what it had done; exits 128 + the signal."""

    def __init__(self, message: str, signum: int, report=None) -> None:
        super().__init__(message)
        self.exit_code = 128 + signum  # 130 for SIGINT, 143 for SIGTERM, as a shell reports a killed command
        self.report = report  # what the run did before it stopped (kg.pipeline.IngestReport)


class StoreError(KgError):
    """The triple store could not be opened, read or written."""


class QueryError(KgError):
    """A SPARQL query is invalid, unknown, or has bad parameters."""

    exit_code = 2


class ExportError(KgError):
    """An export format is unknown or the graph could not be written."""


def first_line(exc: BaseException) -> str:
    """The first line of a library's error message: what a one-line CLI error can show."""
    return (str(exc).strip().splitlines() or [type(exc).__name__])[0]
