"""Where an event happened: its clause, its sentence, what was struck, its doer's own country, or
where the story is set."""

from __future__ import annotations

from spacy.tokens import Doc

from kg.extraction.entities import EntityIndex
from kg.extraction.events.mention import Mention, Reading
from kg.extraction.events.phrases import (PLACE_KINDS, PLACE_PREPS, actors, governing_verbs, in_locative,
                                          lead_paragraph_end, related_to_another, situates_other)
from kg.extraction.gazetteer import gazetteer
from kg.extraction.parsed import parsed
from kg.records import Event
from kg.taxonomy import taxonomy

# Types whose doer acts abroad as often as at home: a state's attack or visit happens elsewhere.
# A sanction is the exception among diplomatic acts: a state's ban takes effect in that state.
_CROSS_BORDER_BRANCHES = frozenset({"ConflictEvent", "DiplomaticEvent", "Movement"})
_AT_HOME = frozenset({"Sanction"})


def place_in_clause(r: Reading, m: Mention) -> None:
    """A trigger with no place of its own happens at a place named in an in/at/near phrase of the
    clause it belongs to ("held talks in Geneva", "died on Monday in a crash near Calabasas" ->
    Calabasas for "crash" through "died"), else at the place a "where" clause it stands in is about
    ("victories in Iowa, where he won 39 delegates")."""
    if m.place is not None:
        return
    verbs = governing_verbs(m.token)
    for verb in [m.token, *verbs]:
        if verb.dep_ == "relcl" and any(c.lower_ == "where" and c.i < verb.i for c in verb.children):
            keys = [k for k in actors(verb.head, r.index, places=True) if r.index.entities[k].kind in PLACE_KINDS]
            if keys:
                m.place = keys[0]
                return
    for verb in verbs:
        for c in verb.children:
            if c.dep_ == "prep" and c.lower_ in PLACE_PREPS:
                for p in c.children:
                    if p.dep_ == "pobj":
                        keys = [k for k in actors(p, r.index, places=True) if r.index.entities[k].kind in PLACE_KINDS]
                        if keys:
                            m.place = keys[0]
                            return


def place_in_sentence(r: Reading, m: Mention) -> None:
    """A trigger still with no place happens at the one place its sentence locates anything at
    ("died at home in Paris"): a sentence that names a single where names it for what it tells; with
    two or more, or behind "after", "following" ..., none is taken."""
    if m.place is not None:
        return
    tok, index = m.token, r.index
    start, end = parsed(tok.doc).sent_bounds[tok.i]
    root = tok.doc[start:end].root
    if situates_other(tok, root) or related_to_another(tok):
        return
    found = {index.by_token[i] for i in range(start, end) if i in index.by_token
             and index.entities[index.by_token[i]].kind in PLACE_KINDS and in_locative(tok.doc[i])}
    if len(found) != 1:
        return
    key = found.pop()
    # a place in a phrase behind "following", "after" ... is where that other thing happened
    if not all(situates_other(tok.doc[i], root) for i in range(start, end) if index.by_token.get(i) == key):
        m.place = key


def place_of_struck_target(r: Reading, m: Mention) -> None:
    """An attack or disaster with no place happens at the city, area or state it struck ("shelled
    the town of Goma", "the hurricane hit the Azores")."""
    if m.place is not None or not ("ConflictEvent" in m.type.ancestors or "Disaster" in m.type.ancestors):
        return
    for t in m.targets:
        if r.index.entities[t].kind in PLACE_KINDS:
            m.place = t
            return


def place_in_own_country(r: Reading, events: dict[str, Event]) -> None:
    """An event with no place whose doers are one state or its institutions, and whose type is a
    domestic act (a ban, a vote, a ruling, an arrest), happens in that state: "Germany banned the
    airline" is in Germany, "the Parliament of Iraq voted" in Iraq."""
    for ev in events.values():
        etype = taxonomy().get(ev.type)
        if ev.place is not None or not ev.agents or etype is None or (
                _CROSS_BORDER_BRANCHES & {etype.name, *etype.ancestors} and etype.name not in _AT_HOME):
            continue
        countries = {_home_country(key, r.index) for key in ev.agents}
        if len(countries) == 1 and (country := countries.pop()) is not None:
            ev.place = country


def _home_country(key: str, index: EntityIndex) -> str | None:
    """The state an actor is or belongs to, when the article names it: the state itself, a place's
    country, or the state an institution's name carries ("Parliament of Iraq", "Iraqi Parliament")."""
    ent = index.entities[key]
    if ent.kind == "GeopoliticalEntity":
        return key
    if ent.country_key in index.entities:
        return ent.country_key
    if ent.kind != "Organization":
        return None
    gaz = gazetteer()
    for word in ent.name.replace("-", " ").split():
        place = gaz.demonym_country(word) or gaz.place(word)
        if place is not None and place.kind == "country" and f"geo/{place.geonames_id}" in index.entities:
            return f"geo/{place.geonames_id}"
    return None


def place_in_setting(r: Reading, events: dict[str, Event]) -> None:
    """An event still without a place happens where the story is set: the place the first paragraph
    first locates anything at ("in Minsk", "at the port"), as GDELT's action geography falls back to
    the article's main location. An event whose sentence is about another time or place ("after the
    vote in Iowa") keeps none."""
    doc, index = r.doc, r.index
    setting = _setting(doc, index)
    if setting is None:
        return
    for key, ev in events.items():
        if ev.place is not None:
            continue
        tok = r.first_token(key)
        start, end = parsed(doc).sent_bounds[tok.i]
        if situates_other(tok, doc[start:end].root) or any(
                index.entities[index.by_token[i]].kind in PLACE_KINDS and index.by_token[i] != setting
                and in_locative(doc[i]) for i in range(start, end) if i in index.by_token):
            continue  # "after sales fell", "the vote in Iowa and Ohio": not (only) the story's place
        ev.place = setting


def _setting(doc: Doc, index: EntityIndex) -> str | None:
    lead_end = lead_paragraph_end(parsed(doc).text)
    for i, key in index.order:
        if doc[i].idx >= lead_end:
            break
        if index.entities[key].kind in PLACE_KINDS and in_locative(doc[i]):
            start, end = parsed(doc).sent_bounds[i]
            if not situates_other(doc[i], doc[start:end].root):
                return key
    # No place in the first paragraph: the place the article names most, if it names one often.
    counts: dict[str, int] = {}
    for _, key in index.order:
        if index.entities[key].kind in PLACE_KINDS:
            counts[key] = counts.get(key, 0) + 1
    ranked = sorted(counts.items(), key=lambda kv: -kv[1])
    if ranked and ranked[0][1] >= 3 and (len(ranked) == 1 or ranked[0][1] >= 2 * ranked[1][1]):
        return ranked[0][0]
    return None
