"""SPARQL over the graph: named queries, safe parameter binding, W3C result formats.

A query is SPARQL text, a path to a ``.rq`` file, or the name of a query shipped in ``queries/``.
Each shipped query opens with a header the code reads::

    #+ summary: who said what: speaker, quotation or reported text, cue, date, article
    #+ params: speaker (string, optional)

Parameters are bound as RDF terms serialised by pyoxigraph into an inline ``VALUES`` block that
opens the WHERE group, never pasted into the query text as raw strings; every store, embedded or
remote, sees the same query. Parameter types: ``string``, ``IRI``, ``date``, ``integer``,
``decimal``, ``name`` (matched against ``nkg:nameKey``: lower-cased, accents and a leading "the"
removed, so "zelensky" finds Volodymyr Zelensky) and ``class`` (an ontology class by local name:
"Attack" is ``nkg:Attack``). A query line ending in ``# if:NAME`` is kept only when parameter NAME
is given, so an optional parameter costs nothing when it is absent.
"""

from __future__ import annotations

import csv
import datetime as dt
import io
import json
import re
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

from kg.errors import QueryError, QueryRefusedError, QuerySyntaxError
from kg.vocab import PREFIXES, XSD

FORMATS = ("table", "csv", "tsv", "json")
PARAM_TYPES = ("string", "IRI", "date", "integer", "decimal", "name", "class")


@dataclass(frozen=True)
class Param:
    """A parameter a named query declares."""

    name: str
    type: str = "string"
    optional: bool = False


@dataclass
class NamedQuery:
    """A query shipped in ``queries/`` (or read from a ``.rq`` file), with its header."""

    name: str
    text: str
    summary: str = ""
    params: list[Param] = field(default_factory=list)


@dataclass
class Result:
    """The answer to a query: rows for SELECT, a boolean for ASK, triples for CONSTRUCT/DESCRIBE."""

    variables: list[str] = field(default_factory=list)
    rows: list[list[object | None]] = field(default_factory=list)
    boolean: bool | None = None
    triples: list | None = None


def parse_header(name: str, text: str) -> NamedQuery:
    """Read the ``#+ key: value`` header of a query file."""
    query = NamedQuery(name=name, text=text)
    for line in text.splitlines():
        m = re.match(r"\s*#\+\s*(\w+)\s*:\s*(.*)", line)
        if not m:
            if line.strip() and not line.lstrip().startswith("#"):
                break
            continue
        key, value = m[1].lower(), m[2].strip()
        if key == "summary":
            query.summary = value
        elif key == "params":
            for item in filter(None, (p.strip() for p in value.split(";"))):
                pm = re.fullmatch(r"(\w+)\s*(?:\(([^)]*)\))?", item)
                if not pm:
                    raise QueryError(f"query {name}: cannot read parameter declaration {item!r}")
                opts = [o.strip() for o in (pm[2] or "string").split(",")]
                ptype = next((o for o in opts if o in PARAM_TYPES), "string")
                query.params.append(Param(pm[1], ptype, "optional" in opts))
    return query


def named_queries() -> dict[str, NamedQuery]:
    """Return the queries shipped with kg, by name."""
    return dict(_shipped_queries())


@lru_cache(maxsize=1)
def _shipped_queries() -> dict[str, NamedQuery]:
    # Read once per process: the package's files do not change while it runs, and reading and
    # parsing all of them on every query cost a selective query a tenth of its time.
    from kg.resources import query_files

    return {name: parse_header(name, f.read_text(encoding="utf-8")) for name, f in query_files().items()}


def resolve(query: str) -> NamedQuery:
    """Turn what the user typed (a name, a ``.rq`` path or SPARQL text) into a query."""
    shipped = named_queries()
    if query in shipped:
        return shipped[query]
    if query.endswith(".rq") or _is_file(query):
        path = Path(query)
        try:
            return parse_header(path.stem, path.read_text(encoding="utf-8"))
        except FileNotFoundError as exc:
            raise QueryError(f"{query}: no such query file") from exc
        except (OSError, UnicodeDecodeError) as exc:
            raise QueryError(f"{query}: cannot read query file ({exc})") from exc
    if re.fullmatch(r"[\w-]+", query.strip()):
        raise QueryError(f"unknown query name {query!r}; the shipped queries are: {', '.join(shipped)} (see `kg queries`)")
    return NamedQuery(name="", text=query)


def _is_file(text: str) -> bool:
    # SPARQL text is not a file name: a long one made the operating system refuse the lookup
    # ("File name too long"), which is no reason to fail; and a query's braces or lines rule it out.
    if "\n" in text or "{" in text:
        return False
    try:
        return Path(text).is_file()
    except (OSError, ValueError):
        return False


def with_prefixes(text: str) -> str:
    """Prepend the kg prefixes the query uses but does not declare."""
    declared = {m.lower() for m in re.findall(r"PREFIX\s+(\w*):", text, flags=re.IGNORECASE)}
    lines = [f"PREFIX {p}: <{iri}>" for p, iri in PREFIXES.items()
             if p.lower() not in declared and re.search(rf"(?<![\w<]){p}:", text)]
    return "\n".join([*lines, text]) if lines else text


# ------------------------------------------------------------------ checks before a query runs

# pyoxigraph's parser and planner recurse once per nesting level and per operator of a chain: past
# about 2,000 nested groups or 5,000 chained operators (UNION, OPTIONAL, ||, +, !, ;) the thread's
# stack overflows and the process dies with SIGSEGV. These bounds stay far below that and far above
# any real query (the shipped ones nest 4 deep and use under 60 operators).
MAX_NESTING = 100
MAX_OPERATORS = 2000
# Triple patterns (counted by their separators . , ;) cost the planner far more than other operators:
# on an empty store 150 patterns about one subject took 3 s to plan, 250 over 20 s, and an object list
# of 1,000 crashed the engine (SIGSEGV). 100 plan in under a second; the shipped queries use at most 12.
MAX_PATTERNS = 100
_UPDATE_WORDS = ("INSERT", "DELETE", "LOAD", "CLEAR", "CREATE", "DROP", "COPY", "MOVE", "ADD", "WITH")
# Strings, IRIs and comments, whose brackets and words are not the query's.
_OPAQUE = re.compile(r'''"""(?:[^"\\]|\\.|"(?!""))*"""|\'\'\'(?:[^'\\]|\\.|'(?!''))*\'\'\''''
                     r'''|"(?:[^"\\\r\n]|\\.)*"|'(?:[^'\\\r\n]|\\.)*'|<[^<>"{}|^`\\\x00-\x20]*>|#[^\r\n]*''', re.S)
# A comment ends at a line feed or a carriage return, as the SPARQL grammar says; a one-line string
# holds neither. Reading a comment on past a "\r" hid from the checks what the parser runs.
_OPERATOR = re.compile(r"\|\||&&|!=|<=|>=|[!=<>+\-*/|^;.,]|\b(?:UNION|OPTIONAL|MINUS)\b", re.IGNORECASE)
_PATTERN_SEPARATOR = re.compile(r"[.,;]")


def code_only(text: str) -> str:
    """The query with strings, IRIs and comments blanked out (offsets and lines kept).

    >>> code_only('SELECT * { ?s <http://x/#a> "SERVICE {" } # }')
    'SELECT * { ?s                           } #  '
    """
    return _OPAQUE.sub(lambda m: m.group()[0] + re.sub(r"[^\n]", " ", m.group()[1:]) if m.group()[0] == "#"
                       else re.sub(r"[^\n]", " ", m.group()), text)


def check(text: str, *, allow_service: bool = False) -> None:
    """Refuse, with a QueryRefusedError that says why, a query kg will not run.

    Updates (kg's queries are read-only), ``SERVICE`` calls unless `allow_service` (a query must not
    make kg fetch other URLs: kg works offline, and `kg serve` would be a request forger for any web
    page), and queries nested or chained beyond what the engine parses without crashing.
    """
    code = code_only(text)
    prologue = re.match(r"\s*(?:(?:PREFIX\s+[\w.-]*:|BASE)\s*)*", code, flags=re.IGNORECASE)
    first = re.match(r"[A-Za-z]+", code[prologue.end():]) if prologue else None
    if first and first[0].upper() in _UPDATE_WORDS:
        raise QueryRefusedError(f"updates are not allowed ({first[0].upper()}): kg queries are read-only")
    # SERVICE as a word of the query: not a variable (?service), nor part of a prefixed name (ex:SERVICE,
    # ex:a-service). A "." before it ends a triple pattern or a BIND: it is no part of a name.
    if not allow_service and re.search(r"(?<![\w?$:-])SERVICE\b", code, flags=re.IGNORECASE):
        raise QueryRefusedError("SERVICE is refused: kg does not fetch other URLs for a query "
                                "(allow it with --allow-service, or allow_service=True)")
    depth = deepest = 0
    for ch in code:
        if ch in "{([":
            depth += 1
            deepest = max(deepest, depth)
        elif ch in "})]":
            depth -= 1
    if deepest > MAX_NESTING:
        raise QueryRefusedError(f"the query nests {deepest} levels deep; kg runs queries up to {MAX_NESTING} "
                                "(deeper ones crash the SPARQL parser)")
    patterns = len(_PATTERN_SEPARATOR.findall(code)) + 1
    if patterns > MAX_PATTERNS:
        raise QueryRefusedError(f"the query has about {patterns} triple patterns or list items; kg runs queries "
                                f"up to {MAX_PATTERNS} (more take the SPARQL engine minutes to plan, or crash it)")
    operators = len(_OPERATOR.findall(code))
    if operators > MAX_OPERATORS:
        raise QueryRefusedError(f"the query chains {operators} operators; kg runs queries up to {MAX_OPERATORS} "
                                "(longer chains crash the SPARQL parser)")


@dataclass
class Prepared:
    """A query ready for a store: checked, kg prefixes declared; `added_lines` lines were put before the user's text."""

    text: str
    source: str
    added_lines: int = 0


def prepare(text: str, *, allow_service: bool = False) -> Prepared:
    """Check `text` (see `check`) and declare the kg prefixes it uses undeclared."""
    check(text, allow_service=allow_service)
    full = with_prefixes(text)
    return Prepared(full, text, full.count("\n") - text.count("\n"))


def explain(exc: QuerySyntaxError, prepared: Prepared) -> QuerySyntaxError:
    """A parser error said in words, its line and column counted in the text the user wrote.

    >>> p = prepare("SELECT * WHERE { ?s foo:bar ?o . ?s a nkg:Event }")
    >>> str(explain(QuerySyntaxError("error at 2:28: expected one of Prefix not found, ['%']", 2, 28), p))
    "invalid SPARQL: unknown prefix 'foo:' at line 1 column 28 (declare it: PREFIX foo: <IRI>)"
    """
    message = str(exc)
    line, column = exc.line, exc.column
    if line is not None:
        line = max(1, line - prepared.added_lines)
    where = f" at line {line} column {column}" if line is not None else ""
    if "Prefix not found" in message:
        unknown = _undeclared_prefixes(prepared.text)
        name = unknown[0] if unknown else "?"
        return QuerySyntaxError(f"invalid SPARQL: unknown prefix '{name}:'{where} (declare it: PREFIX {name}: <IRI>)",
                                line, column)
    detail = re.sub(r"^(?:invalid SPARQL:\s*)?(?:error at \d+:\d+:\s*)?", "", message, flags=re.S)
    # The parser lists the characters it would have taken as classes ['A' ..= 'Z' | ...]: the words
    # it expected are what a person can act on.
    words = re.findall(r'"([^"]+)"', detail)
    if detail.startswith("expected"):
        detail = ("expected one of " + " ".join(words)) if len(words) > 1 else (
            f"expected {words[0]}" if words else "unexpected text")
    else:
        detail = detail.splitlines()[0] if detail else "unexpected text"
    near = ""
    if line is not None and column is not None:
        lines = prepared.source.splitlines() or [""]
        if line <= len(lines):
            snippet = lines[line - 1][max(0, column - 1):][:24].strip()
            near = f" near '{snippet}'" if snippet else " at the end of the line"
    return QuerySyntaxError(f"invalid SPARQL: syntax error{where} of your query{near}: {detail}", line, column)


def _undeclared_prefixes(text: str) -> list[str]:
    code = code_only(text)
    declared = {m.lower() for m in re.findall(r"PREFIX\s+([\w.-]*):", code, flags=re.IGNORECASE)}
    used = re.findall(r"(?<![\w?$:.-])([A-Za-z][\w-]*(?:\.[\w-]+)*)?:", code)
    return [u for u in dict.fromkeys(used) if u.lower() not in declared and u.upper() != "PREFIX"]


def bind(query: NamedQuery, values: dict[str, str]) -> dict:
    """Return the RDF terms for the user's ``NAME=VALUE`` parameters, typed as the query declares."""
    from pyoxigraph import Variable

    declared = {p.name: p for p in query.params}
    missing = [p.name for p in query.params if not p.optional and p.name not in values]
    if missing:
        raise QueryError(f"query {query.name or '(text)'} needs --param {missing[0]}=VALUE")
    out: dict[Variable, object] = {}
    for name, raw in values.items():
        if not re.fullmatch(r"[A-Za-z_]\w*", name):
            raise QueryError(f"bad parameter name {name!r}: use letters, digits and _")
        if declared and name not in declared:
            raise QueryError(f"query {query.name} has no parameter {name!r}; it takes: "
                             f"{', '.join(declared) or 'none'}")
        out[Variable(name)] = _term(name, raw, declared.get(name, Param(name)).type)
    return out


def _term(name: str, raw: str, ptype: str):
    from pyoxigraph import Literal, NamedNode

    from kg.records import fold
    from kg.vocab import NKG

    if ptype == "name":
        return Literal(fold(raw))
    if ptype == "class":
        local = raw.split("#")[-1].split(":")[-1].strip()
        if not re.fullmatch(r"[A-Za-z]\w*", local):
            raise QueryError(f"--param {name}: {raw!r} is not a class name (Attack, Person, ConflictEvent ...)")
        from kg.taxonomy import known_class, unknown_class_message

        cls = known_class(local)
        if cls is None:
            raise QueryError(f"--param {name}: {unknown_class_message(raw)}")
        return NamedNode(NKG + cls)
    if ptype == "IRI":
        iri = raw[1:-1] if raw.startswith("<") and raw.endswith(">") else raw
        if not re.match(r"^[a-zA-Z][\w+.-]*:[^\s<>\"{}|\\^`]*$", iri):
            raise QueryError(f"--param {name}: {raw!r} is not an IRI")
        return NamedNode(iri)
    if ptype == "date":
        if not _is_calendar_date(raw):  # 2025-13-45 and 2025-02-30 are no dates
            raise QueryError(f"--param {name}: {raw!r} is not a date (YYYY-MM-DD)")
        return Literal(raw, datatype=NamedNode(XSD + "date"))
    if ptype in ("integer", "decimal"):
        if not re.fullmatch(r"-?\d+(\.\d+)?" if ptype == "decimal" else r"-?\d+", raw):
            raise QueryError(f"--param {name}: {raw!r} is not an {ptype}")
        return Literal(raw, datatype=NamedNode(XSD + ptype))
    return Literal(raw)


def _is_calendar_date(raw: str) -> bool:
    """Whether `raw` is a day of the calendar written YYYY-MM-DD.

    >>> _is_calendar_date("2025-02-28"), _is_calendar_date("2025-02-30"), _is_calendar_date("2025-13-45")
    (True, False, False)
    """
    if not re.fullmatch(r"\d{4}-\d{2}-\d{2}", raw):
        return False
    try:
        dt.date.fromisoformat(raw)
    except ValueError:
        return False
    return True


_IF = re.compile(r"#\s*(if|unless):(\w+)\s*$")
_VALUES_HERE = re.compile(r"^[ \t]*#\s*VALUES\s*$", re.MULTILINE)


def conditional_lines(text: str, given: set[str]) -> str:
    r"""Keep a line marked ``# if:NAME`` only when parameter NAME is given, ``# unless:NAME`` only when not.

    >>> conditional_lines("a\nb  # if:who\nc  # unless:who", set())
    'a\nc  # unless:who'
    """
    keep = []
    for line in text.splitlines():
        m = _IF.search(line)
        if m is None or (m[2] in given) == (m[1] == "if"):
            keep.append(line)
    return "\n".join(keep)


def inline_bindings(query: str, bindings: dict) -> str:
    """Return `query` with `bindings` as a VALUES block of serialised RDF terms.

    The block goes where a line ``# VALUES`` stands (a query puts it inside the graph pattern that
    uses the parameters, where the engine joins it first), else at the start of the WHERE group;
    either way the binding holds before grouping, ordering and limits.

    >>> from pyoxigraph import Literal, Variable
    >>> print(inline_bindings("SELECT ?s WHERE { ?s ?p ?who }", {Variable("who"): Literal('x" } DROP ALL #')}))
    SELECT ?s WHERE { VALUES (?who) { ("x\\" } DROP ALL #") } ?s ?p ?who }
    """
    names = " ".join(str(v) for v in bindings)
    terms = " ".join(str(t) for t in bindings.values())
    marker = _VALUES_HERE.search(query)
    if marker:
        return f"{query[:marker.start()]}VALUES ({names}) {{ ({terms}) }}{query[marker.end():]}"
    # Searched in the code only: a "WHERE {" in a comment, a string or an IRI is not the WHERE group.
    code = code_only(query)
    m = re.search(r"\bWHERE\s*\{", code, flags=re.IGNORECASE) or re.search(r"\{", code)
    if m is None:
        raise QueryError("cannot bind parameters: the query has no WHERE group")
    return f"{query[:m.end()]} VALUES ({names}) {{ ({terms}) }}{query[m.end():]}"


def run(store, query: str | NamedQuery, params: dict[str, str] | None = None, *, timeout: float | None = None,
        memory_mb: int | None = None, allow_service: bool = False) -> Result:
    """Run a query on `store` and return its materialised result.

    Without `timeout` (seconds) or `memory_mb` the embedded store runs the query in this process:
    the fast path, with nothing to stop a runaway query. With either, it runs in a worker process
    (`kg.worker`) that is stopped at the limit with a QueryTimeoutError or QueryResourceError; a
    remote store passes the timeout to its HTTP client. SERVICE is refused unless `allow_service`.
    """
    from pyoxigraph import QueryBoolean, QuerySolutions
    named = query if isinstance(query, NamedQuery) else resolve(query)
    given = params or {}
    prepared = compose(named, given, allow_service=allow_service)
    # Only asked-for limits reach the store: a store of another make keeps its one-argument select().
    limits = {k: v for k, v in (("timeout", timeout), ("memory_mb", memory_mb)) if v is not None}
    try:
        answer = store.select(prepared.text, **limits)
    except QuerySyntaxError as exc:
        raise explain(exc, prepared) from exc
    if isinstance(answer, QueryBoolean) or isinstance(answer, bool):
        return Result(boolean=bool(answer))
    if isinstance(answer, QuerySolutions):
        variables = [v.value for v in answer.variables]
        rows = [list(sol) for sol in answer]  # a solution's values come in the order of the variables
        if not rows:
            check_names(store.select, named, given)
        return Result(variables=variables, rows=rows)
    return Result(triples=list(answer))


def compose(query: NamedQuery, params: dict[str, str], *, allow_service: bool = False) -> Prepared:
    """The text to run for `query` with `params`: conditional lines kept or dropped, values bound, checked."""
    bindings = bind(query, params)
    text = conditional_lines(query.text, set(params))
    return prepare(inline_bindings(text, bindings) if bindings else text, allow_service=allow_service)


def check_names(select, query: NamedQuery, given: dict[str, str]) -> None:
    """After an empty answer: a name parameter that names nothing in the store is a typo, not "no rows".

    `select` runs a query on the same store. Called only when the answer is empty, so a query that
    finds rows pays nothing for it; then one ASK, and on a miss a scan of the distinct name keys
    (1,750 on a million-triple store: 80 ms) for the near spellings.
    """
    import difflib

    from pyoxigraph import Literal

    from kg.records import fold
    from kg.vocab import NKG

    for p in query.params:
        if p.type != "name" or p.name not in given:
            continue
        key = fold(given[p.name])
        if bool(select(f"ASK {{ ?x <{NKG}nameKey> {Literal(key)} }}")):
            continue
        keys = [row[0].value for row in select(f"SELECT DISTINCT ?k WHERE {{ ?x <{NKG}nameKey> ?k }}")]
        near = difflib.get_close_matches(key, keys, n=5, cutoff=0.7)
        hint = f"; did you mean {', '.join(near)}?" if near else "; `kg query actors` lists the names"
        raise QueryError(f"--param {p.name}: no actor, place or entity is named {given[p.name]!r} in the store{hint}")


# ------------------------------------------------------------------ output formats

def format_result(result: Result, fmt: str = "table", width: int | None = None) -> str:
    """Render a result as a table, or as the W3C SPARQL 1.1 JSON, CSV or TSV results format.

    `width` (a terminal's columns) makes the table fit it: the widest columns shrink first.
    """
    if fmt not in FORMATS:
        raise QueryError(f"unknown format {fmt!r}; choose one of {', '.join(FORMATS)}")
    if result.triples is not None:
        from pyoxigraph import RdfFormat, serialize

        return serialize(result.triples, format=RdfFormat.TURTLE, prefixes=dict(PREFIXES)).decode("utf-8")
    if result.boolean is not None:
        if fmt == "json":
            return json.dumps({"head": {}, "boolean": result.boolean})
        return "true" if result.boolean else "false"
    if fmt == "json":
        return json.dumps({"head": {"vars": result.variables},
                           "results": {"bindings": [{v: _json_term(t) for v, t in zip(result.variables, row)
                                                     if t is not None} for row in result.rows]}},
                          ensure_ascii=False, indent=1)
    if fmt == "csv":
        buf = io.StringIO()
        writer = csv.writer(buf, lineterminator="\r\n")
        writer.writerow(result.variables)
        writer.writerows([["" if t is None else t.value for t in row] for row in result.rows])
        return buf.getvalue()
    if fmt == "tsv":
        lines = ["\t".join(f"?{v}" for v in result.variables)]
        lines += ["\t".join("" if t is None else str(t) for t in row) for row in result.rows]
        return "\n".join(lines) + "\n"
    return _table(result, width)


def _json_term(term) -> dict:
    from pyoxigraph import BlankNode, NamedNode
    if isinstance(term, NamedNode):
        return {"type": "uri", "value": term.value}
    if isinstance(term, BlankNode):
        return {"type": "bnode", "value": term.value}
    out = {"type": "literal", "value": term.value}
    if term.language:
        out["xml:lang"] = term.language
    elif term.datatype.value != XSD + "string":
        out["datatype"] = term.datatype.value
    return out


def _short(term) -> str:
    from pyoxigraph import NamedNode
    if term is None:
        return ""
    if isinstance(term, NamedNode):
        for prefix, iri in PREFIXES.items():
            if term.value.startswith(iri):
                return f"{prefix}:{term.value[len(iri):]}"
    return term.value


MIN_COLUMN = 6  # narrower, a cell shows too little to be read


def fit_widths(widths: list[int], total: int) -> list[int]:
    """Shrink the widest columns, one character at a time, until the row (two spaces between
    columns) fits in `total` characters or every column is down to MIN_COLUMN.

    >>> fit_widths([60, 10, 40], 60)
    [23, 10, 23]
    """
    widths = list(widths)
    gaps = 2 * max(0, len(widths) - 1)
    while sum(widths) + gaps > total:
        widest = max(range(len(widths)), key=lambda i: widths[i])
        if widths[widest] <= MIN_COLUMN:
            break
        widths[widest] -= 1
    return widths


def _table(result: Result, width: int | None = None) -> str:
    cells = [[_short(t) for t in row] for row in result.rows]
    widths = [min(60, max([len(v)] + [len(r[i]) for r in cells])) for i, v in enumerate(result.variables)]
    if width:
        widths = fit_widths(widths, width)

    def fit(text: str, width: int) -> str:
        text = " ".join(text.split())
        return (text[: width - 1] + "…" if len(text) > width else text).ljust(width)

    lines = ["  ".join(fit(v, w) for v, w in zip(result.variables, widths)).rstrip(),
             "  ".join("-" * w for w in widths)]
    lines += ["  ".join(fit(c, w) for c, w in zip(row, widths)).rstrip() for row in cells]
    lines.append(f"({len(cells)} row{'s' if len(cells) != 1 else ''})")
    return "\n".join(lines) + "\n"
