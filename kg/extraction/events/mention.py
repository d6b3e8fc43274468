"""What the event rules pass along: a trigger's mention before merging, and the document being read."""

from __future__ import annotations

import datetime as dt

from dataclasses import dataclass, field

from spacy.tokens import Doc, Token

from kg.extraction.entities import EntityIndex
from kg.extraction.parsed import headline_end, parsed
from kg.extraction.quantities import FoundQuantity
from kg.extraction.time import FoundTime
from kg.taxonomy import EventType


@dataclass
class Mention:
    """One word that signals an event, with the roles, place, time and figures its sentence gives.

    `doers` and `undergoers` hold what the structure names before the rule that assigns roles
    (roles.assign_roles) makes them agents, participants and targets by the type of the event.
    """

    token: Token
    type: EventType
    agents: list[str] = field(default_factory=list)
    participants: list[str] = field(default_factory=list)
    targets: list[str] = field(default_factory=list)
    place: str | None = None
    time: FoundTime | None = None
    quantities: list[FoundQuantity] = field(default_factory=list)
    folded_into: "Mention | None" = None
    fresh: bool = False  # "a previous attack": never the same as an earlier mention
    generic: bool = False  # an act of no finer type: an event of its own, never merged
    doers: list[str] = field(default_factory=list)
    also: list[Token] = field(default_factory=list)  # other words of it: the "held" of "held a conference"
    undergoers: list[str] = field(default_factory=list)


@dataclass
class Reading:
    """The document the rules read: its parse, entities, times and figures; the merge fills `token_map`."""

    doc: Doc
    index: EntityIndex
    times: list[FoundTime]
    quantities: list[FoundQuantity]
    key_prefix: str
    token_map: dict[int, str] = field(default_factory=dict)  # trigger token -> event key
    # event key -> its trigger tokens; one word may trigger several events ("X and Y each resigned")
    event_tokens: dict[str, list[int]] = field(default_factory=dict)
    # the merge's reading of each trigger word's role slots, (token, slot) -> names (merging._slot_names)
    slot_names: dict[tuple[int, int], frozenset[str]] = field(default_factory=dict)
    published: dt.date | None = None  # the day the article was published, which its tenses are told from

    def first_token(self, key: str) -> Token:
        """The first word of the story that mentions the event `key`: of its body, where the event is
        told there too, since the words around a headline tell nothing of its tense, day or place."""
        tokens = self.event_tokens[key]
        end = self.headline_end
        return self.doc[min((i for i in tokens if self.doc[i].idx > end), default=min(tokens))
                        if end >= 0 else min(tokens)]

    @property
    def headline_end(self) -> int:
        """Where the headline line that opens the text ends; -1 when there is none."""
        end = headline_end(parsed(self.doc).text)  # cached for the text
        return -1 if end is None else end


# The type of an act no finer type of the taxonomy claims ("the company sold its stake").
ANY_EVENT = EventType(name="Event", triggers=frozenset(), themed=frozenset(), themes=frozenset(),
                      symmetric=False, ancestors=())
