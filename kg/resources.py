"""The one place that finds the files shipped with kg: the ontology, the named queries, samples."""

from __future__ import annotations

from functools import lru_cache
from importlib import resources
from importlib.resources.abc import Traversable


def ontology_file(name: str = "newskg.ttl") -> Traversable:
    """Return the shipped ontology file `name` (``newskg.ttl`` or ``shapes.ttl``)."""
    return resources.files("kg.ontology") / name


def ontology_text(name: str = "newskg.ttl") -> str:
    """Return the Turtle text of a shipped ontology file."""
    return ontology_file(name).read_text(encoding="utf-8")


def query_files() -> dict[str, Traversable]:
    """Return the shipped named queries, by name (file name without ``.rq``), sorted."""
    folder = resources.files("kg.queries")
    found = {f.name[:-3]: f for f in folder.iterdir() if f.name.endswith(".rq")}
    return dict(sorted(found.items()))


def graph_query(name: str) -> str:
    """Return the text of a graph-projection query (``queries/graph/NAME.rq``)."""
    return (resources.files("kg.queries") / "graph" / f"{name}.rq").read_text(encoding="utf-8")


def sample_file(name: str = "seed-article.txt") -> Traversable:
    """Return a bundled sample article."""
    return resources.files("kg.samples") / name


def page_text(name: str) -> str:
    """Return a shipped HTML page (``kg/pages/NAME``)."""
    return (resources.files("kg.pages") / name).read_text(encoding="utf-8")


@lru_cache(maxsize=None)
def ontology_graph():  # -> rdflib.Graph, imported lazily to keep `kg --help` fast
    """Return the ontology parsed into an rdflib Graph (cached)."""
    import rdflib

    g = rdflib.Graph()
    g.parse(data=ontology_text(), format="turtle")
    return g
