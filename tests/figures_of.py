"""What the figure tests read from extracted facts: the figures found, and those of an event type."""

from __future__ import annotations

from decimal import Decimal


def figures(facts) -> set[tuple[Decimal, str | None]]:
    """(value, unit) of every quantity found in the article."""
    return {(q.value, q.unit) for q in facts.quantities.values()}


def event_figures(facts, etype: str) -> set[tuple[Decimal, str | None]]:
    """(value, unit) of the quantities attached to the events of type `etype`."""
    return {(facts.quantities[k].value, facts.quantities[k].unit)
            for e in facts.events.values() if e.type == etype for k in e.quantities}
