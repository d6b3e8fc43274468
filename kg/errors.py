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


class Terminated(BaseException):
    """SIGTERM, raised in the main thread during `kg ingest` as Ctrl-C raises KeyboardInterrupt (not an
    Exception, so no `except Exception` swallows it); the CLI exits 143 on it."""


class StoreError(KgError):
    """The triple store could not be opened, read or written."""


class QueryError(KgError):
    """A SPARQL query is invalid, unknown, or has bad parameters."""

    exit_code = 2


class QuerySyntaxError(QueryError):
    """A query is not valid SPARQL; `line` and `column` point into the text the user wrote."""

    def __init__(self, message: str, line: int | None = None, column: int | None = None) -> None:
        super().__init__(message)
        self.line = line
        self.column = column


class QueryRefusedError(QueryError):
    """A query kg will not run: an update, a SERVICE call not allowed, or one nested too deep to parse safely."""


class QueryTimeoutError(QueryError):
    """A query ran longer than its timeout and was stopped."""

    exit_code = 3


class QueryResourceError(QueryError):
    """A query needed more memory than its limit, or crashed the query engine; it was stopped."""

    exit_code = 3


class QueryCancelledError(QueryError):
    """A query was stopped because the client that asked for it went away."""


class ServeError(KgError):
    """`kg serve` could not start: the port is taken, the address cannot be bound, a bad option."""


class ExportError(KgError):
    """An export format is unknown or the graph could not be written."""


def first_line(exc: BaseException) -> str:
    """The first line of a library's error message: what a one-line CLI error can show."""
    return (str(exc).strip().splitlines() or [type(exc).__name__])[0]
