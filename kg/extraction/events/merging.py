"""Mentions that are one event: what is agreed or urged folds into the agreement or appeal, and
mentions of one event in an article ("This attack", "the swap") merge when nothing they say conflicts."""

from __future__ import annotations

from kg.extraction.events.mention import Mention, Reading
from kg.extraction.quantities import FoundQuantity
from kg.records import Event, Span

# Types whose complement is their content: "agreed to an exchange", "urged X to impose sanctions".
_CONTENT_TAKING = frozenset({"Agreement", "Appeal"})
_CONTENT_DEPS = frozenset({"xcomp", "ccomp", "dobj", "nsubj", "nsubjpass", "advcl", "acl", "relcl", "conj", "attr", "pobj"})
_CONTENT_PREPS = frozenset({"to", "for", "on", "of", "with"})


def fold_contents(r: Reading, mentions: list[Mention]) -> list[Mention]:
    """What is agreed or urged is the content of the agreement or appeal, not an event of its own.

    Only complements fold ("agreed to an exchange", "urged X to impose sanctions"); an adjunct
    ("after talks in Istanbul, they agreed") stays an event of its own.
    """
    by_token = {m.token.i: m for m in mentions}
    for m in mentions:
        if m.type.name in _CONTENT_TAKING:
            continue
        tok = m.token
        for _ in range(6):
            if tok.head.i == tok.i:
                break
            if tok.dep_ == "prep":
                if tok.lower_ not in _CONTENT_PREPS:
                    break
            elif tok.dep_ not in _CONTENT_DEPS:
                break
            tok = tok.head
            gov = by_token.get(tok.i)
            if gov is not None:
                gov = gov.folded_into or gov  # "urged X to impose sanctions": impose is urged content too
                if gov.type.name in _CONTENT_TAKING:
                    m.folded_into = gov
                    gov.participants += [p for p in m.participants if p not in gov.participants]
                break
    return mentions


def merge_mentions(r: Reading, mentions: list[Mention]) -> dict[str, Event]:
    """Mentions of one event merge ("Rebels attacked Goma. The attack killed 12."): a later mention
    joins the latest earlier event of the same or a related type unless their places, days, doers,
    targets or exact figures differ; "a previous attack" and an act of no finer type stay apart, and
    the more specific type wins. Fills `r.token_map` with each trigger's event."""
    groups: list[Mention] = []  # one representative per event, carrying the merged roles
    members: dict[int, list[Mention]] = {}
    token_map = r.token_map
    for m in mentions:
        if m.folded_into is not None:
            continue
        match = next((g for g in reversed(groups) if _compatible(g, m)), None)
        if match is None:
            groups.append(m)
            members[id(m)] = [m]
            continue
        members[id(match)].append(m)
        for attr in ("agents", "participants", "targets"):
            getattr(match, attr).extend(k for k in getattr(m, attr) if k not in getattr(match, attr))
        match.place = match.place or m.place
        match.time = match.time or m.time
        known = {(q.quantity.unit, q.quantity.value) for q in match.quantities}
        match.quantities += [q for q in m.quantities if (q.quantity.unit, q.quantity.value) not in known]
        if m.type.name != match.type.name and match.type.name in m.type.ancestors:
            match.type = m.type  # the more specific type wins
    events: dict[str, Event] = {}
    for n, g in enumerate(groups, start=1):
        key = f"{r.key_prefix}{n}"
        ev = Event(key=key, type=g.type.name, agents=g.agents, participants=g.participants, targets=g.targets,
                   place=g.place, time=g.time.expr.key if g.time else None,
                   quantities=[q.quantity.key for q in g.quantities])
        group_members = members[id(g)]
        for m in group_members:
            for word in sorted([m.token, *m.also], key=lambda t: t.i):
                ev.mentions.append(Span(word.idx, word.idx + len(word.text), word.text))
                token_map[word.i] = key
        ev.confidence = round(min(0.95, 0.6 + 0.1 * len(group_members) + 0.05 * bool(g.agents or g.participants)), 2)
        events[key] = ev
    for m in mentions:
        if m.folded_into is not None:
            root = m.folded_into
            while root.folded_into is not None:
                root = root.folded_into
            for key, ev in events.items():
                if any(s.begin == root.token.idx for s in ev.mentions):
                    token_map[m.token.i] = key
    return events


def _compatible(e: Mention, m: Mention) -> bool:
    if m.fresh or e.generic:
        return False
    related = (e.type.name == m.type.name or m.type.name in e.type.ancestors or e.type.name in m.type.ancestors
               or m.type.part_of == e.type.name)
    if not related:
        return False
    if e.place and m.place and e.place != m.place:
        return False
    ed, md = _date_of(e), _date_of(m)
    if ed and md and ed != md:
        return False
    if e.agents and m.agents and not set(e.agents) & set(m.agents):
        return False
    if e.targets and m.targets and not set(e.targets) & set(m.targets):
        return False
    # "dozens dead" in a headline and "37 killed" in the lead count the same dead: only exact
    # figures can disagree
    eq = {(q.quantity.unit, q.quantity.value) for q in e.quantities if not _rough(q)}
    mq = {(q.quantity.unit, q.quantity.value) for q in m.quantities if not _rough(q)}
    same_units = {u for u, _ in eq} & {u for u, _ in mq}
    if same_units and not eq & mq:
        return False
    return True


def _rough(q: FoundQuantity) -> bool:
    """Whether a figure is an order of magnitude ("dozens of", "hundreds of"), not a count."""
    return (q.quantity.qualifier or "").endswith(" of")


def _date_of(m: Mention) -> str | None:
    if m.time is None:
        return None
    return m.time.expr.value or m.time.expr.start
