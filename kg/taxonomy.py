"""The event taxonomy of the shipped ontology: types, trigger words, themes, superclasses and roles.

Each event class of ``ontology/newskg.ttl`` declares, besides its trigger words, what it calls its
participants (``nkg:agentRole "attacker"``, ``nkg:targetRole "target"``, ``nkg:instrumentRole
"weapon"``, ``nkg:participantRole``, ``nkg:sourceRole``) and whether its grammatical object is its
target (``nkg:objectIsTarget``). Both are inherited: a class that does not declare one takes the
value of its nearest superclass that does, and ``nkg:Event`` gives the defaults. Adding a type
therefore touches the ontology only.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import lru_cache
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from rdflib import Graph
    from rdflib.term import Node, URIRef

# The role annotation properties of the ontology, by the key EventType.roles uses for them.
ROLE_PROPERTIES: dict[str, str] = {
    "agent": "agentRole",
    "target": "targetRole",
    "participant": "participantRole",
    "instrument": "instrumentRole",
    "source": "sourceRole",
}


@dataclass(frozen=True)
class EventType:
    """One event class of the taxonomy with the words that signal it and the names of its roles.

    `roles` maps a role key (``agent``, ``target``, ``participant``, ``instrument``, ``source``; see
    ROLE_PROPERTIES) to what this type calls it ("attacker", "defendant"), inherited from the nearest
    ancestor that names it. `object_is_target` tells whether the object of the trigger verb is what
    the event is done to (attacked X, arrested X) rather than its content (agreed a deal). `cameo`
    is the CAMEO code (None where CAMEO has none), `ace` the ACE 2005 subtypes it corresponds to.
    """

    name: str
    triggers: frozenset[str]
    themed: frozenset[str]
    themes: frozenset[str]
    symmetric: bool
    ancestors: tuple[str, ...]
    part_of: str | None = None  # a release within an exchange
    related: frozenset[str] = frozenset()  # types that tell the same happening in other words (skos:related)
    lasting: bool = False  # goes on for days: told on the day it began and on later ones
    label: str = ""
    roles: dict[str, str] = field(default_factory=dict, hash=False)
    object_is_target: bool = True
    cameo: str | None = None
    ace: tuple[str, ...] = ()
    doer_nouns: frozenset[str] = frozenset()  # "protester": the doers named by the act
    noun_only: frozenset[str] = frozenset()  # triggers that signal the type only as nouns ("fire")

    def role(self, key: str) -> str:
        """What this type calls the role `key` ("agent" -> "attacker"); the key itself when it names none."""
        return self.roles.get(key, key)


@lru_cache(maxsize=1)
def taxonomy() -> dict[str, EventType]:
    """Return the event types of the shipped ontology that have trigger words, by class name.

    Read from kg's cache when it was built from the same ontology (reading the ontology with
    rdflib takes a tenth of a second, and every worker process waits for it).
    """
    from kg.cache import cached, source_text
    from kg.resources import ontology_text

    return cached("taxonomy", [ontology_text(), source_text(__file__)], _read_taxonomy)


@lru_cache(maxsize=1)
def verb_triggers() -> dict[str, EventType]:
    """Each word that signals a type on its own as a verb, with its type ("fire" burns only as a
    noun, so it is none): read once, not per article."""
    return {w: etype for etype in taxonomy().values() for w in etype.triggers - etype.noun_only}


def _read_taxonomy() -> dict[str, EventType]:
    from rdflib import Namespace

    from kg.resources import ontology_graph
    from kg.vocab import NKG

    g = ontology_graph()
    nkg = Namespace(NKG)
    # Sorted: the same order in every process, whatever its hash seed.
    classes = sorted(set(g.subjects(nkg.trigger, None)) | set(g.subjects(nkg.themedTrigger, None))
                     | set(g.subjects(nkg.nounTrigger, None)))
    return {str(cls)[len(NKG):]: _event_type(g, cls) for cls in classes}


@lru_cache(maxsize=1)
def branches() -> dict[str, EventType]:
    """Return the branches of the event taxonomy (the classes right under nkg:Event: ConflictEvent,
    LegalEvent, PoliticalEvent ...), by class name: the types of acts known only by their branch."""
    from kg.cache import cached, source_text
    from kg.resources import ontology_text

    return cached("branches", [ontology_text(), source_text(__file__)], _read_branches)


def event_type(name: str) -> EventType | None:
    """The event type called `name`: a type with trigger words, or a branch of the taxonomy."""
    return taxonomy().get(name) or branches().get(name)


def _read_branches() -> dict[str, EventType]:
    from rdflib import RDFS, Namespace

    from kg.resources import ontology_graph
    from kg.vocab import NKG

    g = ontology_graph()
    nkg = Namespace(NKG)
    return {str(cls)[len(NKG):]: _event_type(g, cls) for cls in sorted(g.subjects(RDFS.subClassOf, nkg.Event))
            if str(cls).startswith(NKG)}


def _event_type(g: Graph, cls: URIRef) -> EventType:
    """The EventType of class `cls` of the ontology graph `g`."""
    from rdflib import Literal, Namespace, RDFS
    from rdflib.namespace import SKOS

    from kg.vocab import NKG

    nkg = Namespace(NKG)
    name = str(cls)[len(NKG):]
    ancestors = tuple(str(a)[len(NKG):] for a in g.transitive_objects(cls, RDFS.subClassOf)
                      if str(a).startswith(NKG) and a != cls)
    lineage = _lineage(g, cls, NKG)
    roles: dict[str, str] = {}
    for key, prop in ROLE_PROPERTIES.items():
        value = _nearest(g, lineage, nkg[prop])
        if value is not None:
            roles[key] = str(value)
    object_is_target = _nearest(g, lineage, nkg.objectIsTarget)
    cameo = g.value(cls, SKOS.notation)
    return EventType(
        name=name,
        triggers=frozenset(str(o) for p in (nkg.trigger, nkg.nounTrigger) for o in g.objects(cls, p)),
        themed=frozenset(str(o) for o in g.objects(cls, nkg.themedTrigger)),
        themes=frozenset(str(o) for o in g.objects(cls, nkg.theme)),
        symmetric=(cls, nkg.symmetric, Literal(True)) in g,
        lasting=any((c, nkg.lasting, Literal(True)) in g for c in lineage),
        ancestors=ancestors,
        part_of=next((str(o)[len(NKG):] for o in g.objects(cls, nkg.subEventOf)), None),
        related=frozenset(str(o)[len(NKG):] for o in (*g.objects(cls, SKOS.related), *g.subjects(SKOS.related, cls))
                          if str(o).startswith(NKG)),
        label=str(g.value(cls, RDFS.label) or name),
        roles=roles,
        object_is_target=True if object_is_target is None else bool(object_is_target.toPython()),
        cameo=str(cameo) if cameo is not None else None,
        ace=tuple(sorted(str(o) for o in g.objects(cls, nkg.aceType))),
        doer_nouns=frozenset(str(o) for c in lineage for o in g.objects(c, nkg.doerNoun)),
        noun_only=frozenset(str(o) for o in g.objects(cls, nkg.nounTrigger)),
    )


def _lineage(g: Graph, cls: URIRef, ns: str) -> list[URIRef]:
    """`cls` and its superclasses in the namespace `ns`, nearest first (breadth first)."""
    from rdflib import RDFS

    order, frontier = [cls], [cls]
    while frontier:
        parents = [p for c in frontier for p in sorted(g.objects(c, RDFS.subClassOf))
                   if str(p).startswith(ns) and p not in order]
        parents = list(dict.fromkeys(parents))
        order += parents
        frontier = parents
    return order


def _nearest(g: Graph, lineage: list[URIRef], prop: URIRef) -> Node | None:
    """The value of `prop` on the first class of `lineage` that has one, else None."""
    for c in lineage:
        value = g.value(c, prop)
        if value is not None:
            return value
    return None


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
