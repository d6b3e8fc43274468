"""The graph as RDF: N-Quads and TriG keep one graph per article; Turtle and N-Triples merge them."""

from __future__ import annotations

from typing import BinaryIO

from pyoxigraph import RdfFormat, serialize

from kg.vocab import PREFIXES


def write_nquads(store, out: BinaryIO) -> None:
    """Write every quad as N-Quads (streamed)."""
    serialize(store.quads(), out, format=RdfFormat.N_QUADS)


def write_trig(store, out: BinaryIO) -> None:
    """Write every named graph as TriG, with the kg prefixes."""
    serialize(store.quads(), out, format=RdfFormat.TRIG, prefixes=dict(PREFIXES))


def _merged(store):
    # The same actor appears in many article graphs: write each triple once.
    seen: set = set()
    for quad in store.quads():
        triple = quad.triple
        if triple not in seen:
            seen.add(triple)
            yield triple


def write_turtle(store, out: BinaryIO) -> None:
    """Write all graphs merged into one, as Turtle with the kg prefixes."""
    serialize(_merged(store), out, format=RdfFormat.TURTLE, prefixes=dict(PREFIXES))


def write_ntriples(store, out: BinaryIO) -> None:
    """Write all graphs merged into one, as N-Triples."""
    serialize(_merged(store), out, format=RdfFormat.N_TRIPLES)


def jsonld_context() -> dict[str, str]:
    """The JSON-LD context kg writes: its prefixes."""
    return dict(PREFIXES)


def write_jsonld(store, out: BinaryIO) -> None:
    """Write the dataset as JSON-LD (one @graph per article) compacted with the kg prefixes (rdflib)."""
    import rdflib

    data = serialize(store.quads(), format=RdfFormat.N_QUADS)
    ds = rdflib.Dataset()
    ds.parse(data=data.decode("utf-8"), format="nquads")
    out.write(ds.serialize(format="json-ld", context=jsonld_context(), indent=1).encode("utf-8"))
