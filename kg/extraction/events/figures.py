"""Which event a figure counts: "37 killed" goes to the attack, "$2 billion" to the deal."""

from __future__ import annotations

from kg.extraction.events.mention import Mention, Reading
from kg.extraction.events.phrases import same_paragraph
from kg.extraction.parsed import sent_start, tree_distance

_CASUALTY_UNITS = frozenset({"injured", "killed", "casualty", "person", "victim"})


def attach_quantities(r: Reading, mentions: list[Mention]) -> list[Mention]:
    """Each count goes to the event nearest to it in the parse tree of its sentence (a count of dead
    or hurt to a violent one, not to an appeal or agreement); a count in a sentence with no event
    goes to the last event before it in its paragraph ("The fire broke out at 3 a.m. Thirty-three
    passengers were on board."). A bare number counts nothing."""
    doc = r.doc
    for q in r.quantities:
        if q.quantity.unit is None:
            continue  # a bare number ("Oct 8" of a dateline, "No. 27") counts nothing an event can own
        anchor = doc[q.anchor]
        same_sentence = [m for m in mentions if sent_start(m.token) == sent_start(anchor)]
        if not same_sentence:
            earlier = [m for m in mentions if m.token.i < anchor.i and m.folded_into is None
                       and same_paragraph(doc, m.token.idx, anchor.idx)]
            if earlier:
                earlier[-1].quantities.append(q)
            continue
        if q.quantity.unit in _CASUALTY_UNITS:
            violent = [m for m in same_sentence if m.type.name not in ("Appeal", "Agreement", "Negotiation")]
            same_sentence = violent or same_sentence
        best = min(same_sentence, key=lambda m: (tree_distance(anchor, m.token), abs(anchor.i - m.token.i)))
        target = best.folded_into or best
        target.quantities.append(q)
    return mentions
