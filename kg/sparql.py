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
import io
import json
import re
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

from kg.errors import QueryError
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
    if query.endswith(".rq") or (len(query) < 4096 and "\n" not in query and Path(query).is_file()):
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


def with_prefixes(text: str) -> str:
    """Prepend the kg prefixes the query uses but does not declare."""
    declared = {m.lower() for m in re.findall(r"PREFIX\s+(\w*):", text, flags=re.IGNORECASE)}
    lines = [f"PREFIX {p}: <{iri}>" for p, iri in PREFIXES.items()
             if p.lower() not in declared and re.search(rf"(?<![\w<]){p}:", text)]
    return "\n".join([*lines, text]) if lines else text


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
        from kg.taxonomy import class_name

        return NamedNode(NKG + class_name(local))
    if ptype == "IRI":
        iri = raw[1:-1] if raw.startswith("<") and raw.endswith(">") else raw
        if not re.match(r"^[a-zA-Z][\w+.-]*:[^\s<>\"{}|\\^`]*$", iri):
            raise QueryError(f"--param {name}: {raw!r} is not an IRI")
        return NamedNode(iri)
    if ptype == "date":
        if not re.fullmatch(r"\d{4}-\d{2}-\d{2}", raw):
            raise QueryError(f"--param {name}: {raw!r} is not a date (YYYY-MM-DD)")
        return Literal(raw, datatype=NamedNode(XSD + "date"))
    if ptype in ("integer", "decimal"):
        if not re.fullmatch(r"-?\d+(\.\d+)?" if ptype == "decimal" else r"-?\d+", raw):
            raise QueryError(f"--param {name}: {raw!r} is not an {ptype}")
        return Literal(raw, datatype=NamedNode(XSD + ptype))
    return Literal(raw)


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
    m = re.search(r"\bWHERE\s*\{", query, flags=re.IGNORECASE) or re.search(r"\{", _strip_iris(query))
    if m is None:
        raise QueryError("cannot bind parameters: the query has no WHERE group")
    return f"{query[:m.end()]} VALUES ({names}) {{ ({terms}) }}{query[m.end():]}"


def _strip_iris(query: str) -> str:
    # Braces inside IRIs or strings must not be taken for the group; blank them out, keeping offsets.
    return re.sub(r"<[^>\s]*>|\"(?:[^\"\\]|\\.)*\"", lambda m: " " * len(m.group()), query)


def run(store, query: str | NamedQuery, params: dict[str, str] | None = None) -> Result:
    """Run a query on `store` and return its materialised result."""
    from pyoxigraph import QueryBoolean, QuerySolutions
    named = query if isinstance(query, NamedQuery) else resolve(query)
    bindings = bind(named, params or {})
    text = with_prefixes(conditional_lines(named.text, set(params or {})))
    answer = store.select(inline_bindings(text, bindings) if bindings else text)
    if isinstance(answer, QueryBoolean) or isinstance(answer, bool):
        return Result(boolean=bool(answer))
    if isinstance(answer, QuerySolutions):
        variables = [v.value for v in answer.variables]
        rows = [list(sol) for sol in answer]  # a solution's values come in the order of the variables
        return Result(variables=variables, rows=rows)
    return Result(triples=list(answer))


# ------------------------------------------------------------------ output formats

def format_result(result: Result, fmt: str = "table") -> str:
    """Render a result as a table, or as the W3C SPARQL 1.1 JSON, CSV or TSV results format."""
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
    return _table(result)


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


def _table(result: Result) -> str:
    cells = [[_short(t) for t in row] for row in result.rows]
    widths = [min(60, max([len(v)] + [len(r[i]) for r in cells])) for i, v in enumerate(result.variables)]

    def fit(text: str, width: int) -> str:
        text = " ".join(text.split())
        return (text[: width - 1] + "…" if len(text) > width else text).ljust(width)

    lines = ["  ".join(fit(v, w) for v, w in zip(result.variables, widths)).rstrip(),
             "  ".join("-" * w for w in widths)]
    lines += ["  ".join(fit(c, w) for c, w in zip(row, widths)).rstrip() for row in cells]
    lines.append(f"({len(cells)} row{'s' if len(cells) != 1 else ''})")
    return "\n".join(lines) + "\n"
