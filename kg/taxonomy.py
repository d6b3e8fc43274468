"""The event taxonomy of the shipped ontology: types, trigger words, themes and superclasses."""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache


@dataclass(frozen=True)
class EventType:
    """One event class of the taxonomy with the words that signal it."""

    name: str
    triggers: frozenset[str]
    themed: frozenset[str]
    themes: frozenset[str]
    symmetric: bool
    ancestors: tuple[str, ...]
    part_of: str | None = None  # a release within an exchange


@lru_cache(maxsize=1)
def taxonomy() -> dict[str, EventType]:
    """Return the event types of the shipped ontology that have trigger words, by class name.

    Read from kg's cache when it was built from the same ontology (reading the ontology with
    rdflib takes a tenth of a second, and every worker process waits for it).
    """
    from kg.cache import cached, source_text
    from kg.resources import ontology_text

    return cached("taxonomy", [ontology_text(), source_text(__file__)], _read_taxonomy)


def _read_taxonomy() -> dict[str, EventType]:
    from rdflib import Literal, Namespace, RDFS

    from kg.resources import ontology_graph
    from kg.vocab import NKG

    g = ontology_graph()
    nkg = Namespace(NKG)
    out: dict[str, EventType] = {}
    # Sorted: the same order in every process, whatever its hash seed.
    for cls in sorted(set(g.subjects(nkg.trigger, None)) | set(g.subjects(nkg.themedTrigger, None))):
        name = str(cls)[len(NKG):]
        ancestors = tuple(str(a)[len(NKG):] for a in g.transitive_objects(cls, RDFS.subClassOf)
                          if str(a).startswith(NKG) and a != cls)
        out[name] = EventType(
            name=name,
            triggers=frozenset(str(o) for o in g.objects(cls, nkg.trigger)),
            themed=frozenset(str(o) for o in g.objects(cls, nkg.themedTrigger)),
            themes=frozenset(str(o) for o in g.objects(cls, nkg.theme)),
            symmetric=(cls, nkg.symmetric, Literal(True)) in g,
            ancestors=ancestors,
            part_of=next((str(o)[len(NKG):] for o in g.objects(cls, nkg.subEventOf)), None),
        )
    return out


@lru_cache(maxsize=1)
def _class_names() -> dict[str, str]:
    from rdflib import OWL, RDF

    from kg.resources import ontology_graph
    from kg.vocab import NKG

    return {str(c)[len(NKG):].lower(): str(c)[len(NKG):] for c in ontology_graph().subjects(RDF.type, OWL.Class)
            if str(c).startswith(NKG)}


def class_name(local: str) -> str:
    """The ontology's spelling of a class name given in any case ("attack" -> "Attack"); unknown names stay."""
    return _class_names().get(local.lower(), local)


def known_class(local: str) -> str | None:
    """The ontology's spelling of a class name given in any case, None if the ontology has no such class."""
    return _class_names().get(local.lower())


def unknown_class_message(name: str) -> str:
    """Say that `name` is no class of the ontology, with the near spellings (difflib) when there are some.

    >>> unknown_class_message("Attak")
    "'Attak' is not a class of the ontology; did you mean Attack?"
    """
    import difflib

    spelled = _class_names()
    near = difflib.get_close_matches(name.lower(), list(spelled), n=4, cutoff=0.75)
    hint = f"did you mean {', '.join(spelled[n] for n in near)}?" if near else \
        "the classes are in ontology/newskg.ttl (Attack, ConflictEvent, Person, Organization ...)"
    return f"{name!r} is not a class of the ontology; {hint}"
