"""What the role tests read from extracted facts: the events of a type, the names of actors."""

from __future__ import annotations


def events_of(facts, etype: str) -> list:
    """The events of `etype` or a finer type of it."""
    from kg.taxonomy import taxonomy

    return [e for e in facts.events.values()
            if e.type == etype or etype in getattr(taxonomy().get(e.type), "ancestors", ())]


def names(facts, keys: list[str]) -> list[str]:
    """The names of the actors `keys` stand for, in order."""
    return [facts.entities[k].name for k in keys if k in facts.entities]


def told_by(facts, anchor: str):
    """The event one of whose words is `anchor`."""
    return next(e for e in facts.events.values() if any(m.anchor == anchor for m in e.mentions))


def words_of_the_one(facts, etype: str) -> list[str]:
    """The words that tell the one event of `etype` the facts hold, in text order."""
    [event] = events_of(facts, etype)
    return [m.anchor for m in event.mentions]
