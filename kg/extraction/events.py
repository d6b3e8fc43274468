"""Events: typed by the ontology's taxonomy, with roles from the dependency parse.

A word signals an event when the taxonomy in ``ontology/newskg.ttl`` lists its lemma as a trigger
of a type (or as a themed trigger whose object is one of the type's themes: "exchange" of
"prisoners"). Roles come from the parse: subject -> agent (participants for symmetric types such
as talks), object or "on/at/against" -> target, "in" -> place. Mentions of one event in an
article are merged ("This attack", "the swap") when nothing they say conflicts.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import lru_cache

from spacy.tokens import Doc, Token

from kg.extraction import lexicon
from kg.extraction.entities import NON_ACTOR_KINDS, EntityIndex
from kg.extraction.gazetteer import gazetteer
from kg.extraction.parsed import parsed, sent_start, sentence, tree_distance
from kg.extraction.quantities import FoundQuantity
from kg.extraction.time import FoundTime
from kg.records import Event, Span
from kg.taxonomy import EventType, taxonomy


# Types whose complement is their content: "agreed to an exchange", "urged X to impose sanctions".
_CONTENT_TAKING = frozenset({"Agreement", "Appeal"})
_NEW_EVENT_MODIFIERS = frozenset("previous earlier prior another separate second new other first".split())
_CASUALTY_UNITS = frozenset({"injured", "killed", "casualty", "person", "victim"})


@dataclass
class _Mention:
    token: Token
    type: EventType
    agents: list[str] = field(default_factory=list)
    participants: list[str] = field(default_factory=list)
    targets: list[str] = field(default_factory=list)
    place: str | None = None
    time: FoundTime | None = None
    quantities: list[FoundQuantity] = field(default_factory=list)
    folded_into: "_Mention | None" = None
    fresh: bool = False  # "a previous attack": never the same as an earlier mention
    generic: bool = False  # an act of no finer type: an event of its own, never merged


def find_events(doc: Doc, index: EntityIndex, times: list[FoundTime], quantities: list[FoundQuantity],
                key_prefix: str) -> tuple[dict[str, Event], dict[int, str]]:
    """Return the events of `doc` (merged across mentions) and a map trigger token -> event key."""
    types = taxonomy()
    heads = _trigger_heads(tuple(types))
    p = parsed(doc)
    mentions = [m for tok, pos in zip(p.tokens, p.pos) if pos in ("NOUN", "VERB")
                and (m := _trigger(tok, types, heads, index))]
    mentions = _disasters_strike(mentions)
    mentions = _drop_weak(mentions, index)
    mentions += _acts_of_named_actors(doc, {m.token.i for m in mentions}, index)
    mentions = sorted(mentions + _anaphors(doc, mentions, index), key=lambda m: m.token.i)
    for m in mentions:
        _fill_roles(m, index)
        m.time = _time_for(m.token, times) or _sentence_day(m.token, times)
    _fold_contents(mentions)
    _attach_quantities(doc, mentions, quantities)
    events, token_map = _merge(mentions, index, key_prefix)
    _fill_from_context(doc, events, index, token_map, {t.expr.key: t for t in times})
    _fill_from_lead(doc, events, index, token_map, times)
    _doers_named_by_the_act(doc, events, index, token_map)
    _place_in_own_country(events, index)
    _place_in_setting(doc, events, index, token_map)
    return events, token_map


# ------------------------------------------------------------------ triggers

def _trigger(tok: Token, types: dict[str, EventType], heads: frozenset[str], index: EntityIndex) -> _Mention | None:
    """The event mention `tok` signals, if any; `tok` is a noun or a verb (find_events picks them)."""
    if tok.i in index.by_token or tok.ent_type_ in ("PERSON", "ORG", "GPE"):
        return None
    if tok.lower_ == "according":  # "according to" attributes; it is no agreement
        return None
    lemma = tok.lemma_.lower()
    if lemma not in heads:
        return None
    phrases = {lemma} | {f"{lemma} {c.lower_}" for c in tok.children if c.dep_ in ("prt", "prep")}
    if tok.pos_ == "NOUN" and tok.dep_ == "compound":
        return None  # "attack helicopter": the noun it modifies is what the text is about
    themes = _theme_lemmas(tok)
    for etype in types.values():
        if phrases & etype.themed and themes & etype.themes:
            return _Mention(tok, etype, fresh=_is_fresh(tok))
    for etype in types.values():
        if phrases & etype.triggers:
            return _Mention(tok, etype, fresh=_is_fresh(tok))
    return None


_ANY_EVENT = EventType(name="Event", triggers=frozenset(), themed=frozenset(), themes=frozenset(),
                       symmetric=False, ancestors=())


def _acts_of_named_actors(doc: Doc, taken: set[int], index: EntityIndex) -> list[_Mention]:
    """What a named actor does, in a verb no type of the taxonomy claims: "the company sold its
    stake", "Smith visited Paris". An event of no finer type, with the actor as its agent.

    Verbs of saying are statements, not events of their own; light, stative and modal verbs
    ("has", "became", "wants") say how things are, not what happened.
    """
    out: list[_Mention] = []
    p = parsed(doc)
    for tok, pos in zip(p.tokens, p.pos):
        if pos != "VERB" or tok.i in taken or tok.dep_ in ("aux", "auxpass", "amod", "compound", "acl"):
            continue  # an "acl" participle describes its noun ("the exchange, initiated by Russia")
        lemma = tok.lemma_.lower()
        if lemma in lexicon.CUE_VERBS or lemma in lexicon.NON_EVENT_VERBS or tok.tag_ in ("VBG",) and tok.dep_ == "pcomp":
            continue
        subjects = _doers(tok)
        if subjects and any(_actors(s, index) for s in subjects):
            out.append(_Mention(tok, _ANY_EVENT, fresh=True, generic=True))
    return out


def _doers(verb: Token) -> list[Token]:
    """The words naming who does what `verb` says: its subject ("Ford cut"), the one a relative
    pronoun stands for ("Ford, which cut"), a passive's by-phrase ("was bought by Ford"), or, for a
    verb that shares its subject, the subject of the verb it hangs from ("Ford plans to cut",
    "arrived in Paris and met")."""
    node = verb
    for _ in range(3):
        found = [_antecedent(c) for c in node.children if c.dep_ == "nsubj"]
        found += [p for c in node.children if c.dep_ == "agent" for p in c.children if p.dep_ == "pobj"]
        if found or node.dep_ not in ("xcomp", "conj") or node.head.pos_ not in ("VERB", "AUX"):
            return found
        if node.dep_ == "xcomp":
            # "urged the allies to impose": the object of the governing verb does it, not its subject
            objects = [c for c in node.head.children if c.dep_ in ("dobj", "dative")]
            if objects:
                return objects
        node = node.head
    return []


@lru_cache(maxsize=4)
def _trigger_heads(type_names: tuple[str, ...]) -> frozenset[str]:
    """The first words of every trigger: a token whose lemma is none of them signals no event."""
    types = taxonomy()
    return frozenset(w.split()[0] for name in type_names for w in types[name].triggers | types[name].themed)


def _theme_lemmas(tok: Token) -> set[str]:
    """Lemmas of what `tok` acts on: object, passive or intransitive subject, of-phrase, compound."""
    heads: list[Token] = []
    for c in tok.children:
        if c.dep_ in ("dobj", "nsubjpass", "compound", "attr", "oprd"):
            heads.append(c)
        elif c.dep_ == "nsubj" and tok.pos_ == "VERB" and not any(d.dep_ == "dobj" for d in tok.children):
            heads.append(c)
        elif c.dep_ == "prep" and c.lower_ in ("of", "for", "with"):
            heads.extend(p for p in c.children if p.dep_ == "pobj")
    out: set[str] = set()
    for h in heads:
        for t in [h, *h.conjuncts]:
            out.add(t.lemma_.lower())
            # "a series of ballistic missiles", "an exchange of 270 servicemen"
            for c in t.children:
                if c.dep_ == "prep" and c.lower_ == "of":
                    out.update(p.lemma_.lower() for p in c.children if p.dep_ == "pobj")
                    for p in c.children:
                        out.update(cc.lemma_.lower() for cc in p.conjuncts)
    return out


def _anaphors(doc: Doc, mentions: list[_Mention], index: EntityIndex) -> list[_Mention]:
    """"This exchange", "the swap": a themed trigger without its theme that points back to an event."""
    taken = {m.token.i for m in mentions}
    out: list[_Mention] = []
    p = parsed(doc)
    for tok in (t for t, pos in zip(p.tokens, p.pos) if pos == "NOUN"):
        if tok.i in taken or tok.i in index.by_token:
            continue
        if not any(c.dep_ == "det" and c.lower_ in ("this", "that", "these", "those", "the") for c in tok.children):
            continue
        lemma = tok.lemma_.lower()
        prior = next((m for m in reversed(mentions) if m.token.i < tok.i
                      and lemma in (m.type.themed | m.type.triggers)), None)
        if prior is not None:
            out.append(_Mention(tok, prior.type))
    return out


def _is_fresh(tok: Token) -> bool:
    return any(c.lower_ in _NEW_EVENT_MODIFIERS for c in tok.children if c.dep_ in ("amod", "det"))


def _disasters_strike(mentions: list[_Mention]) -> list[_Mention]:
    """'An earthquake struck the north', 'the storm hit Florida': a verb of attack whose subject is a
    disaster names the disaster striking, not an attack; it becomes a mention of that disaster."""
    by_token = {m.token.i: m for m in mentions}
    for m in mentions:
        if m.token.pos_ != "VERB" or "ConflictEvent" not in m.type.ancestors:
            continue
        causes = [by_token[c.i] for c in m.token.children if c.dep_ == "nsubj" and c.i in by_token]
        cause = next((c for c in causes if "Disaster" in {c.type.name, *c.type.ancestors}), None)
        if cause is not None:
            m.type = cause.type
    return mentions


def _drop_weak(mentions: list[_Mention], index: EntityIndex) -> list[_Mention]:
    """A casualty word in a sentence that names an attack or disaster is part of that event; so is
    one of the next sentence of its paragraph that counts nameless dead or hurt ("A fire broke out
    in the hotel. At least 17 people died."): the count then goes to the fire."""
    strong_sents = {sent_start(m.token) for m in mentions if m.type.name != "Casualty"}
    violent = [m for m in mentions if {"ConflictEvent", "Disaster"} & {m.type.name, *m.type.ancestors}
               and m.type.name != "Casualty"]
    out = []
    for m in mentions:
        weak = m.type.name == "Casualty" or "Life" in m.type.ancestors
        if m.type.name == "Casualty" and sent_start(m.token) in strong_sents:
            continue
        before = _previous_sentence(m.token.doc, m.token) if weak else None
        if before is not None and not _names_a_person(m.token, index) and any(
                sent_start(v.token) == before.start and _same_paragraph(m.token.doc, v.token.idx, m.token.idx)
                for v in violent):
            continue
        out.append(m)
    return out


def _names_a_person(tok: Token, index: EntityIndex) -> bool:
    """Whether the trigger's own words or its subject name a person ("Chirac died")."""
    words = [*tok.subtree] + [x for c in tok.children if c.dep_ in ("nsubj", "nsubjpass") for x in c.subtree]
    return any(index.entities[index.by_token[t.i]].kind == "Person" for t in words if t.i in index.by_token)


# ------------------------------------------------------------------ roles

def _fill_roles(m: _Mention, index: EntityIndex) -> None:
    tok = m.token
    agents: list[str] = []
    targets: list[str] = []
    if tok.pos_ == "VERB":
        subj = [_antecedent(c) for c in tok.children if c.dep_ in ("nsubj",)]
        if not subj and tok.dep_ in ("xcomp", "conj"):
            subj = [c for c in tok.head.children if c.dep_ == "nsubj"]  # "managed to intercept"
        if not subj and tok.dep_ == "acl" and tok.tag_ == "VBG":
            subj = [tok.head]  # "protesters demanding new elections"
        if tok.dep_ == "acl" and tok.tag_ == "VBN":
            targets += _actors(tok.head, index, places=True)  # "prisoners arrested during the campaign"
        for s in subj:
            if tok.lemma_.lower() in _UNDERGONE:
                targets += _actors(s, index)  # "Chirac died": the one it happened to
            else:
                agents += _actors(s, index)
        for c in tok.children:
            if c.dep_ in ("nsubj", "nsubjpass") and _antecedent(c) is not c:
                _mention_pronoun(c, _actors(_antecedent(c), index), index)
        for c in tok.children:
            if c.dep_ == "agent":
                for p in c.children:
                    agents += _actors(p, index)
            elif c.dep_ in ("dobj", "dative", "nsubjpass"):
                # "convicted Avenatti", "Avenatti was convicted": the object, active or passive
                targets += _actors(_antecedent(c), index, places=True)
    else:
        undergoer = _done_to(m.type)
        for c in tok.children:
            if c.dep_ == "poss" and undergoer:
                targets += _actors(c, index)  # "his arrest", "Chirac's death"
            elif c.dep_ in ("amod", "compound", "nmod") and c.i in index.by_token and not _acts(m.type) and (
                    index.entities[index.by_token[c.i]].kind in _PLACE_KINDS):
                m.place = m.place or index.by_token[c.i]  # "the Belarusian presidential election"
            elif c.dep_ in ("amod", "compound", "nmod") and m.type.name in _MODIFIER_SAYS_NOT_WHO:
                continue  # "Iran sanctions" are on Iran, "US sanctions" by the US: the modifier does not tell
            elif c.dep_ == "poss" or (c.dep_ in ("amod", "compound", "nmod") and c.i in index.by_token):
                agents += _actors(c, index)
            elif c.dep_ == "prep" and c.lower_ in ("by", "from"):
                for p in c.children:
                    agents += _actors(p, index)
            elif c.dep_ == "prep" and c.lower_ == "between":
                for p in c.children:
                    m.participants += _actors(p, index)
            elif c.dep_ == "prep" and c.lower_ == "of" and not m.type.symmetric:
                # "the arrest of the mayor", "the acquisition of Harbour Grocers": an event noun's
                # of-phrase names whom it was done to
                for p in c.children:
                    if p.dep_ == "pobj":
                        targets += _actors(p, index, places=True)
        if tok.dep_ in ("dobj", "nsubjpass") and tok.head.pos_ == "VERB":
            for s in tok.head.children:
                if s.dep_ == "nsubj":
                    agents += _actors(_antecedent(s), index)
                elif s.dep_ == "dative" and undergoer:  # "granted Smith a pardon"
                    targets += _actors(s, index)
                elif s.dep_ == "prep" and s.lower_ == "to" and undergoer:  # "granted clemency to Smith"
                    targets += [k for p in s.children if p.dep_ == "pobj" for k in _actors(p, index)]
        claimant = _claimant(tok)
        if claimant is not None:
            agents += _actors(claimant, index)  # "the group claimed responsibility for the attack"
    for c in tok.children:
        if c.dep_ != "prep":
            continue
        for p in c.children:
            if p.dep_ != "pobj":
                continue
            found = _actors(p, index, places=True)
            if c.lower_ in ("on", "against", "upon", "towards", "toward") or (c.lower_ == "at" and (
                    "ConflictEvent" in m.type.ancestors or not _all_places(found, index))):
                targets += found
            elif c.lower_ == "at" and found:  # "a fire at the port": where, not whom
                m.place = m.place or found[0]
                if not found:  # "an attack on port facilities in Odesa"
                    for inner in p.children:
                        if inner.dep_ == "prep" and inner.lower_ in ("in", "near", "of"):
                            for q in inner.children:
                                places = [k for k in _actors(q, index, places=True)
                                          if index.entities[k].kind in ("City", "Location", "GeopoliticalEntity")]
                                if q.dep_ == "pobj" and places:
                                    m.place = m.place or places[0]
            elif c.lower_ in _PLACE_PREPS and found:
                place = found[0]
                if index.entities[place].kind in _PLACE_KINDS:
                    m.place = m.place or place
    if m.place is None:
        m.place = _clause_place(tok, index) or _sentence_place(tok, index)
    if m.type.symmetric:
        m.participants += agents
    else:
        m.agents += agents
        m.participants += agents
    m.targets += [t for t in targets if t not in m.agents]
    if m.place is None and ("ConflictEvent" in m.type.ancestors or "Disaster" in m.type.ancestors):
        for t in m.targets:
            if index.entities[t].kind in ("City", "Location"):
                m.place = t
                break
    if m.type.symmetric and len(m.participants) < 2:
        # "both nations agreed", "an exchange ... from each side": the two states last named together
        scope = list(tok.subtree) if tok.pos_ == "NOUN" else [
            x for c in tok.children if c.dep_ in ("nsubj", "nsubjpass", "agent") for x in c.subtree]
        if any(" ".join(x.lower_ for x in t.subtree) in lexicon.GROUP_REFERENCES for t in scope):
            pair = index.recent_pair(tok.i)
            if pair:
                m.participants += [k for k in pair if k not in m.participants]
    m.agents, m.participants, m.targets = _dedupe(m.agents), _dedupe(m.participants), _dedupe(m.targets)


# Verbs whose subject is the one it happens to, not a doer: "died", "drowned", "suffered an injury".
_UNDERGONE = frozenset({"die", "drown", "perish", "succumb", "suffer", "sustain"})
# Types a state's or group's adjective names the doer of ("a Russian attack", "US sanctions");
# for the others it names the place ("the Belarusian election", "a Californian wildfire").
_ACTING_BRANCHES = frozenset({"ConflictEvent", "DiplomaticEvent", "EconomicEvent", "Lawsuit"})
# Types whose possessor or of-phrase is whom it was done to ("his arrest", "the conviction of X").
_DONE_TO_BRANCHES = frozenset({"LegalEvent", "Casualty", "Life", "PrisonerRelease", "Appointment"})


def _acts(etype: EventType) -> bool:
    return bool(_ACTING_BRANCHES & {etype.name, *etype.ancestors})


def _done_to(etype: EventType) -> bool:
    return bool(_DONE_TO_BRANCHES & {etype.name, *etype.ancestors}) and etype.name != "Lawsuit"


# Event nouns whose name-modifier may be the doer or the one it is done to.
_MODIFIER_SAYS_NOT_WHO = frozenset({"Sanction"})
_PLACE_PREPS = frozenset("in near inside outside across off at within".split())
_DEMONSTRATIVES = frozenset({"this", "that", "these", "those"})
# Verbs that set one event beside another in time: what dates their clause dates the other one.
_RELATING_VERBS = frozenset({"follow", "precede", "come", "mark", "echo", "recall", "resemble"})
_PLACE_KINDS = frozenset({"City", "Location", "GeopoliticalEntity"})
# How a trigger hangs from the verb of its clause: "launched an attack", "the attack was carried
# out", "took part in talks", "managed to intercept".
_CLAUSE_DEPS = frozenset({"dobj", "nsubj", "nsubjpass", "pobj", "prep", "xcomp", "attr", "oprd"})


_OWNING_VERBS = frozenset({"claim", "take", "accept", "assume", "admit", "acknowledge"})


def _claimant(tok: Token) -> Token | None:
    """The subject of "claimed responsibility for <tok>" (or "credit for"): who owns the deed."""
    if tok.dep_ != "pobj" or tok.head.lower_ != "for":
        return None
    owned = tok.head.head
    if owned.lemma_.lower() not in ("responsibility", "credit") or owned.head.lemma_.lower() not in _OWNING_VERBS:
        return None
    return next((c for c in owned.head.children if c.dep_ == "nsubj"), None)


def _antecedent(tok: Token) -> Token:
    """What a relative pronoun stands for: "Smith, who was arrested" -> Smith; any other word is itself."""
    if tok.tag_ in ("WP", "WDT") and tok.head.dep_ == "relcl":
        return tok.head.head
    return tok


def _mention_pronoun(pronoun: Token, keys: list[str], index: EntityIndex) -> None:
    """Record a relative pronoun as a mention of the actor it stands for, so the role it fills
    points at the words that fill it ("Ford, which cut 3,000 jobs": "which" mentions Ford)."""
    span = Span(pronoun.idx, pronoun.idx + len(pronoun.text), pronoun.text, "pronoun")
    for key in keys:
        mentions = index.entities[key].mentions
        if not any(m.begin == span.begin for m in mentions):
            mentions.append(span)


def _all_places(keys: list[str], index: EntityIndex) -> bool:
    return bool(keys) and all(index.entities[k].kind in _PLACE_KINDS for k in keys)


def _governing_verbs(tok: Token, limit: int = 3) -> list[Token]:
    """The verbs whose clause `tok` belongs to, nearest first, without leaving the clause
    ("launched an attack", "was killed in the crash"): a reporting verb's clause is not the event's."""
    if any(c.dep_ == "det" and c.lower_ in _DEMONSTRATIVES for c in tok.children):
        return []  # "this swap", "that strike": an event named before, dated and placed there
    out: list[Token] = []
    node = tok
    for _ in range(limit):
        if node.dep_ not in _CLAUSE_DEPS or node.head.i == node.i:
            break
        if _related_to_another(node):
            break  # "the strike followed an attack on Friday": Friday is the attack's
        node = node.head
        if node.lower_ in _NOT_OWN_TIME:
            break  # "exchanged on Saturday, following an agreement": the agreement came before
        if node.pos_ in ("VERB", "AUX"):
            out.append(node)
    return out


def _clause_place(tok: Token, index: EntityIndex) -> str | None:
    """A place named in an in/at/near phrase of the clause the trigger belongs to ("died on Monday
    in a crash near Calabasas" -> Calabasas for "crash" through "died")."""
    for verb in _governing_verbs(tok):
        for c in verb.children:
            if c.dep_ == "prep" and c.lower_ in _PLACE_PREPS:
                for p in c.children:
                    if p.dep_ == "pobj":
                        keys = [k for k in _actors(p, index, places=True) if index.entities[k].kind in _PLACE_KINDS]
                        if keys:
                            return keys[0]
    return None


def _sentence_day(tok: Token, times: list[FoundTime]) -> FoundTime | None:
    """The one day the trigger's sentence names, when it names one ("Yang suspended his campaign,
    hours after the vote on Tuesday" -> Tuesday): not one that situates something else ("since",
    "after"), and none when the sentence names two days or the trigger refers back ("this swap")."""
    if any(c.dep_ == "det" and c.lower_ in _DEMONSTRATIVES for c in tok.children):
        return None
    start, end = parsed(tok.doc).sent_bounds[tok.i]
    root = tok.doc[start:end].root
    if _situates_other(tok, root) or _related_to_another(tok):
        return None  # "exchanged on Saturday, following an agreement": the agreement is not dated
    days = [t for t in times if start <= t.start < end and t.expr.value and len(t.expr.value) == 10]
    if len({t.expr.value for t in days}) != 1:
        return None
    return next((t for t in days if not _situates_other(tok.doc[t.start], root)), None)


def _related_to_another(tok: Token) -> bool:
    """Whether the trigger is the subject of "followed", "preceded" ...: its sentence dates the other."""
    return tok.dep_ in ("nsubj", "nsubjpass") and tok.head.lemma_.lower() in _RELATING_VERBS


def _sentence_place(tok: Token, index: EntityIndex) -> str | None:
    """The one place the trigger's sentence locates anything at ("died at home in Paris"): a sentence
    that names a single where names it for what it tells; with two or more, none is taken."""
    start, end = parsed(tok.doc).sent_bounds[tok.i]
    root = tok.doc[start:end].root
    if _situates_other(tok, root) or _related_to_another(tok):
        return None
    found = {index.by_token[i] for i in range(start, end) if i in index.by_token
             and index.entities[index.by_token[i]].kind in _PLACE_KINDS and _in_locative(tok.doc[i])}
    if len(found) != 1:
        return None
    key = found.pop()
    # a place in a phrase behind "following", "after" ... is where that other thing happened
    return None if all(_situates_other(tok.doc[i], root) for i in range(start, end)
                       if index.by_token.get(i) == key) else key


def _actors(tok: Token, index: EntityIndex, places: bool = False) -> list[str]:
    """The actors (and with `places`, the places) the phrase headed by `tok` names: named ones, the
    pair "both sides" refers to, else the unnamed actors its nouns name ("protesters")."""
    keys = index.in_subtree(tok)
    if not keys:
        phrase = " ".join(x.lower_ for x in tok.subtree)
        if phrase in lexicon.GROUP_REFERENCES:
            pair = index.recent_pair(tok.i)
            keys = list(pair) if pair else []
    if not keys:
        keys = [k for t in [tok, *tok.conjuncts] if (k := index.nominal(t))]
    if not places:
        keys = [k for k in keys if index.entities[k].kind not in NON_ACTOR_KINDS]
    return keys


def _dedupe(keys: list[str]) -> list[str]:
    return list(dict.fromkeys(keys))


_NOT_OWN_TIME = frozenset("since before after until till prior following ahead".split())


def _time_for(tok: Token, times: list[FoundTime]) -> FoundTime | None:
    """The time expression in the trigger's own phrase, else one attached to the verbs of its clause.

    A date behind "since", "before" or "after" situates something else ("the largest swap since
    the conflict began in 2022") and is not the event's own.
    """
    doc = tok.doc
    subtree = {t.i for t in tok.subtree}

    def own(t: FoundTime, top: Token = tok) -> bool:
        return (t.expr.value is not None or t.expr.start is not None) and not _situates_other(doc[t.start], top)

    found = [t for t in times if t.start in subtree and own(t)]
    for verb in ([] if found else _governing_verbs(tok)):
        # "held talks on Monday", "launched an attack early Saturday", "was killed in a crash on Sunday"
        direct = {x.i for c in verb.children if c.dep_ in ("npadvmod", "prep", "advmod", "tmod")
                  and c.i not in subtree for x in _near_words(c)}
        found = [t for t in times if t.start in direct and t.expr.value is not None and own(t, verb)]
        if found:
            break
    if not found:
        return None
    return min(found, key=lambda t: abs(t.start - tok.i))


def _near_words(c: Token) -> list[Token]:
    """A modifier's own words: "on Friday", "early Saturday", not "on the heels of an exchange announced
    on Friday" (a time deeper in the phrase belongs to what the phrase names)."""
    if c.dep_ != "prep":
        return list(c.subtree)
    return [c] + [x for p in c.children if p.dep_ == "pobj"
                  for x in [p, *(k for k in p.children if k.dep_ in ("compound", "amod", "det", "nummod", "npadvmod"))]]


_CONTENT_DEPS = frozenset({"xcomp", "ccomp", "dobj", "nsubj", "nsubjpass", "advcl", "acl", "relcl", "conj", "attr", "pobj"})
_CONTENT_PREPS = frozenset({"to", "for", "on", "of", "with"})


def _fold_contents(mentions: list[_Mention]) -> None:
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


# ------------------------------------------------------------------ quantities

def _attach_quantities(doc: Doc, mentions: list[_Mention], quantities: list[FoundQuantity]) -> None:
    """Each count goes to the event nearest to it in the parse tree of its sentence."""
    for q in quantities:
        if q.quantity.unit is None:
            continue  # a bare number ("Oct 8" of a dateline, "No. 27") counts nothing an event can own
        anchor = doc[q.anchor]
        same_sentence = [m for m in mentions if sent_start(m.token) == sent_start(anchor)]
        if not same_sentence:
            # A sentence that goes on about the event of the one before ("The fire broke out at
            # 3 a.m. Thirty-three passengers were on board.") counts for that event.
            earlier = [m for m in mentions if m.token.i < anchor.i and m.folded_into is None
                       and _same_paragraph(doc, m.token.idx, anchor.idx)]
            if earlier and q.quantity.unit is not None:
                target = earlier[-1]
                target.quantities.append(q)
            continue
        if q.quantity.unit in _CASUALTY_UNITS:
            violent = [m for m in same_sentence if m.type.name not in ("Appeal", "Agreement", "Negotiation")]
            same_sentence = violent or same_sentence
        best = min(same_sentence, key=lambda m: (tree_distance(anchor, m.token), abs(anchor.i - m.token.i)))
        target = best.folded_into or best
        target.quantities.append(q)


# ------------------------------------------------------------------ merging mentions into events

def _compatible(e: _Mention, m: _Mention) -> bool:
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


def _date_of(m: _Mention) -> str | None:
    if m.time is None:
        return None
    return m.time.expr.value or m.time.expr.start


def _merge(mentions: list[_Mention], index: EntityIndex, key_prefix: str) -> tuple[dict[str, Event], dict[int, str]]:
    groups: list[_Mention] = []  # one representative per event, carrying the merged roles
    members: dict[int, list[_Mention]] = {}
    token_map: dict[int, str] = {}
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
        key = f"{key_prefix}{n}"
        ev = Event(key=key, type=g.type.name, agents=g.agents, participants=g.participants, targets=g.targets,
                   place=g.place, time=g.time.expr.key if g.time else None,
                   quantities=[q.quantity.key for q in g.quantities])
        group_members = members[id(g)]
        for m in group_members:
            ev.mentions.append(Span(m.token.idx, m.token.idx + len(m.token.text), m.token.text))
            token_map[m.token.i] = key
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
    return events, token_map


# ------------------------------------------------------------------ context

def _fill_from_context(doc: Doc, events: dict[str, Event], index: EntityIndex, token_map: dict[int, str],
                       times: dict[str, FoundTime]) -> None:
    """Fill roles the sentence leaves implicit from the events around it in the article."""
    first_token = {key: min(i for i, k in token_map.items() if k == key) for key in events}
    ordered = sorted(events.values(), key=lambda e: first_token[e.key])
    for pos, ev in enumerate(ordered):
        earlier = ordered[:pos]
        tok = doc[first_token[ev.key]]
        if ev.time is None:
            # A sentence that goes on about an episode dated in the sentence before it.
            prev_sent = _previous_sentence(doc, tok)
            if prev_sent is not None and _same_paragraph(doc, prev_sent.start_char, doc[sent_start(tok)].idx):
                for other in reversed(earlier):
                    if other.time and any(prev_sent.start <= i < prev_sent.end for i, k in token_map.items() if k == other.key):
                        ev.time = other.time
                        break
        if ev.type == "Attack" and not ev.agents:
            prior = next((o for o in reversed(earlier) if o.type == "Attack" and o.agents), None)
            if prior:
                ev.agents = list(prior.agents)
                ev.participants = _dedupe(ev.agents + ev.participants)
        if ev.type == "Interception" and not ev.agents:
            defender = _defender(ev, earlier, index, tok.i)
            if defender:
                ev.agents = [defender]
                ev.participants = _dedupe(ev.agents + ev.participants)
        etype = taxonomy().get(ev.type)
        if etype and etype.symmetric and len(ev.participants) < 2:
            prior = next((o for o in reversed(earlier) if taxonomy().get(o.type, _ANY_EVENT).symmetric and len(o.participants) >= 2), None)
            if prior:
                ev.participants = _dedupe(ev.participants + prior.participants)


def _fill_from_lead(doc: Doc, events: dict[str, Event], index: EntityIndex, token_map: dict[int, str],
                    times: list[FoundTime]) -> None:
    """The article's main event, the first one its lead sentence names, takes the lead's day and
    place when its own clause gives neither: news leads state when and where once, for the whole
    sentence ("On Tuesday, voters in Ohio went to the polls as the storm ...")."""
    if not token_map:
        return
    first = min(token_map)
    lead_start, lead_end = parsed(doc).sent_bounds[first]
    text = parsed(doc).text
    before = text[:doc[lead_start].idx]
    if before.strip() and (not before.rstrip(" \t").endswith("\n") or before.strip().count("\n") > 0):
        return  # the lead opens the text or follows the headline line; a later sentence is no lead
    main = events[token_map[first]]
    if main.time is None:
        day = next((t for t in times if lead_start <= t.start < lead_end and t.expr.value
                    and len(t.expr.value) == 10 and not _situates_other(doc[t.start], doc[lead_start:lead_end].root)), None)
        if day is not None:
            main.time = day.expr.key
    if main.place is None:
        for i in range(lead_start, lead_end):
            key = index.by_token.get(i)
            if key and index.entities[key].kind in _PLACE_KINDS and _in_locative(doc[i]) and not _situates_other(
                    doc[i], doc[lead_start:lead_end].root):
                main.place = key
                break


def _doers_named_by_the_act(doc: Doc, events: dict[str, Event], index: EntityIndex,
                            token_map: dict[int, str]) -> None:
    """An event that names no doer, of a type whose doers are named by the act ("the protests" and
    "protesters", "the strike" and "strikers"), takes the group the article calls so: the first such
    mention in the event's paragraph, else in the article."""
    p = parsed(doc)
    for key, ev in events.items():
        etype = taxonomy().get(ev.type)
        if ev.agents or etype is None or not etype.doer_nouns:
            continue
        first = doc[min(i for i, k in token_map.items() if k == key)]
        nouns = [t for t, pos in zip(p.tokens, p.pos) if pos == "NOUN" and t.tag_ == "NNS"
                 and t.lemma_.lower() in etype.doer_nouns]
        nouns.sort(key=lambda t: (not _same_paragraph(doc, min(t.idx, first.idx), max(t.idx, first.idx)), t.i))
        for noun in nouns:
            doer = _actors(noun, index)
            if doer:
                ev.agents = doer
                ev.participants = _dedupe(doer + ev.participants)
                break


# Types whose doer acts abroad as often as at home: a state's attack or visit happens elsewhere.
# A sanction is the exception among diplomatic acts: a state's ban takes effect in that state.
_CROSS_BORDER_BRANCHES = frozenset({"ConflictEvent", "DiplomaticEvent", "Movement"})
_AT_HOME = frozenset({"Sanction"})


def _place_in_own_country(events: dict[str, Event], index: EntityIndex) -> None:
    """An event with no place whose doers are one state or its institutions, and whose type is a
    domestic act (a ban, a vote, a ruling, an arrest), happens in that state: "Germany banned the
    airline" is in Germany, "the Parliament of Iraq voted" in Iraq."""
    for ev in events.values():
        etype = taxonomy().get(ev.type)
        if ev.place is not None or not ev.agents or etype is None or (
                _CROSS_BORDER_BRANCHES & {etype.name, *etype.ancestors} and etype.name not in _AT_HOME):
            continue
        countries = {_home_country(key, index) for key in ev.agents}
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


def _place_in_setting(doc: Doc, events: dict[str, Event], index: EntityIndex, token_map: dict[int, str]) -> None:
    """An event still without a place happens where the story is set: the place the first paragraph
    first locates anything at ("in Minsk", "at the port"), as GDELT's action geography falls back to
    the article's main location. An event whose sentence is about another time or place ("after the
    vote in Iowa") keeps none."""
    setting = _setting(doc, index)
    if setting is None:
        return
    for key, ev in events.items():
        if ev.place is not None:
            continue
        tok = doc[min(i for i, k in token_map.items() if k == key)]
        start, end = parsed(doc).sent_bounds[tok.i]
        if _situates_other(tok, doc[start:end].root) or any(
                index.entities[index.by_token[i]].kind in _PLACE_KINDS and index.by_token[i] != setting
                and _in_locative(doc[i]) for i in range(start, end) if i in index.by_token):
            continue  # "after sales fell", "the vote in Iowa and Ohio": not (only) the story's place
        ev.place = setting


def _setting(doc: Doc, index: EntityIndex) -> str | None:
    lead_end = _lead_paragraph_end(parsed(doc).text)
    for i, key in index.order:
        if doc[i].idx >= lead_end:
            break
        if index.entities[key].kind in _PLACE_KINDS and _in_locative(doc[i]):
            start, end = parsed(doc).sent_bounds[i]
            if not _situates_other(doc[i], doc[start:end].root):
                return key
    # No place in the first paragraph: the place the article names most, if it names one often.
    counts: dict[str, int] = {}
    for _, key in index.order:
        if index.entities[key].kind in _PLACE_KINDS:
            counts[key] = counts.get(key, 0) + 1
    ranked = sorted(counts.items(), key=lambda kv: -kv[1])
    if ranked and ranked[0][1] >= 3 and (len(ranked) == 1 or ranked[0][1] >= 2 * ranked[1][1]):
        return ranked[0][0]
    return None


def _lead_paragraph_end(text: str) -> int:
    """Where the article's first paragraph of prose ends; a headline line before it (a short line
    that ends in no full stop) counts with it."""
    start = len(text) - len(text.lstrip())
    while True:
        end = text.find("\n", start)
        if end < 0:
            return len(text)
        line = text[start:end].strip()
        if line and (len(line) > 200 or line[-1] in ".!?\"'”’"):
            return end
        start = end + 1


def _situates_other(tok: Token, top: Token) -> bool:
    """Whether a word hangs from "since", "before", "after" ... on its way up to `top`: as a preposition
    ("since 2022") or as the word that opens its clause ("after profit fell 38%")."""
    node = tok
    while node.i != top.i and node.head.i != node.i:
        if node.lower_ in _NOT_OWN_TIME or node.lemma_.lower() in _NOT_OWN_TIME or any(
                c.dep_ == "mark" and c.lower_ in _NOT_OWN_TIME for c in node.children):
            return True
        node = node.head
    return False


def _in_locative(tok: Token) -> bool:
    """Whether `tok` names where: inside an in/at/near phrase (through compounds and appositions)."""
    node = tok
    for _ in range(4):
        if node.dep_ == "pobj":
            return node.head.lower_ in _PLACE_PREPS
        if node.dep_ not in ("compound", "appos", "conj", "amod", "nmod", "poss") or node.head.i == node.i:
            return False
        node = node.head
    return False


def _previous_sentence(doc: Doc, tok: Token):
    start = sent_start(tok)
    return sentence(doc[start - 1]) if start > 0 else None


def _same_paragraph(doc: Doc, begin_char: int, end_char: int) -> bool:
    return "\n" not in parsed(doc).text[begin_char:end_char]


def _defender(ev: Event, earlier: list[Event], index: EntityIndex, before: int) -> str | None:
    """Who intercepts: the attacked state's own force named before, else the state itself."""
    attack = next((o for o in reversed(earlier) if o.type == "Attack"), None)
    if attack is None:
        return None
    country = None
    for key in [attack.place, *attack.targets]:
        if key is None:
            continue
        ent = index.entities[key]
        country = key if ent.kind == "GeopoliticalEntity" else ent.country_key
        if country:
            break
    if country is None or country not in index.entities:
        return None
    state = index.entities[country]
    words = {w.lower() for w in [state.name, *state.aliases]}
    for i, key in reversed(index.order):
        ent = index.entities[key]
        if i < before and ent.kind == "Organization" and ent.name.split()[0].lower() in words:
            return key
    return country
