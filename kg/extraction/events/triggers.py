"""Which words signal events: taxonomy triggers, acts of named actors, anaphors, weak mentions.

A word signals an event when the taxonomy in ``ontology/newskg.ttl`` lists its lemma as a trigger
of a type (or as a themed trigger whose object is one of the type's themes: "exchange" of
"prisoners").
"""

from __future__ import annotations

from functools import lru_cache

from spacy.tokens import Token

from kg.extraction import lexicon
from kg.extraction.entities import EntityIndex
from kg.extraction.events.mention import ANY_EVENT, Mention, Reading
from kg.extraction.events.phrases import actors, antecedent, disaster_word, previous_sentence, same_paragraph
from kg.extraction.parsed import parsed, sent_start
from kg.taxonomy import EventType, taxonomy

_NEW_EVENT_MODIFIERS = frozenset("previous earlier prior another separate second new other first".split())


def taxonomy_triggers(r: Reading, mentions: list[Mention]) -> list[Mention]:
    """A noun or verb whose lemma (with its particle or preposition, or with its theme: "exchange of
    prisoners") the taxonomy lists as a trigger of a type signals an event of that type; "a previous
    attack" is a fresh one."""
    types = taxonomy()
    heads = _trigger_heads(tuple(types))
    p = parsed(r.doc)
    return mentions + [m for tok, pos in zip(p.tokens, p.pos) if pos in ("NOUN", "VERB")
                       and (m := _trigger(tok, types, heads, r.index))]


def _trigger(tok: Token, types: dict[str, EventType], heads: frozenset[str], index: EntityIndex) -> Mention | None:
    """The event mention `tok` signals, if any; `tok` is a noun or a verb."""
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
            return Mention(tok, etype, fresh=_is_fresh(tok))
    for etype in types.values():
        if phrases & etype.triggers:
            return Mention(tok, etype, fresh=_is_fresh(tok))
    return None


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
        elif c.dep_ == "prep" and c.lower_ in ("of", "for", "with", "on"):  # "voted on a resolution"
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


def _is_fresh(tok: Token) -> bool:
    return any(c.lower_ in _NEW_EVENT_MODIFIERS for c in tok.children if c.dep_ in ("amod", "det"))


def disasters_strike(r: Reading, mentions: list[Mention]) -> list[Mention]:
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


def acts_of_named_disasters(r: Reading, mentions: list[Mention]) -> list[Mention]:
    """What a storm or other disaster does is that disaster: "Hurricane Lorenzo hit the Azores",
    "a typhoon made landfall" are mentions of the storm (a disaster noun, or a name that begins with
    a word the taxonomy lists for a disaster type), never acts of an actor."""
    taken = {m.token.i for m in mentions}
    kinds = _disaster_triggers()
    out: list[Mention] = []
    disasters = {m.token.i: m.type for m in mentions if "Disaster" in m.type.ancestors and m.token.pos_ == "NOUN"}
    for tok in parsed(r.doc).tokens:
        if tok.pos_ != "VERB" or tok.i in taken or tok.lemma_.lower() in lexicon.CUE_VERBS:
            continue
        subjects = _doers(tok)
        struck = next((disasters[s.i] for s in subjects if s.i in disasters), None)
        if struck is not None:
            out.append(Mention(tok, struck))  # "a hurricane hit Florida": the storm hitting
            continue
        for s in subjects:
            first = disaster_word(s, r.index)
            if first in kinds and (r.index.at(s) or any(c.dep_ == "compound" for c in s.children)):
                out.append(Mention(tok, kinds[first]))
                break
    return mentions + out


def natural_deaths(r: Reading, mentions: list[Mention]) -> list[Mention]:
    """A named person who died where no attack or disaster is told in that sentence or the one
    before it died a death, not a casualty of war: "Former president Jacques Dupont died at home"."""
    death = taxonomy().get("Death")
    violent = [m for m in mentions if {"ConflictEvent", "Disaster"} & set(m.type.ancestors) and m.type.name != "Casualty"]
    for m in mentions:
        if death is None or m.type.name != "Casualty" or m.token.lemma_.lower() not in ("die", "death"):
            continue
        start = sent_start(m.token)
        before = previous_sentence(r.doc, m.token)
        near = {start} | ({before.start} if before is not None else set())
        if not any(sent_start(v.token) in near for v in violent) and _names_a_person(m.token, r.index):
            m.type = death
    return mentions


def drop_weak_mentions(r: Reading, mentions: list[Mention]) -> list[Mention]:
    """A casualty word in a sentence that names an attack or disaster is part of that event; so is
    one of the next sentence of its paragraph that counts nameless dead or hurt ("A fire broke out
    in the hotel. At least 17 people died."): the count then goes to the fire. One that befell no one
    ("No one was hurt") is no event at all."""
    index = r.index
    strong_sents = {sent_start(m.token) for m in mentions if m.type.name != "Casualty"}
    violent = [m for m in mentions if {"ConflictEvent", "Disaster"} & {m.type.name, *m.type.ancestors}
               and m.type.name != "Casualty"]
    out = []
    for m in mentions:
        weak = m.type.name == "Casualty" or "Life" in m.type.ancestors
        if m.type.name == "Casualty" and sent_start(m.token) in strong_sents:
            continue
        if weak and _befell_no_one(m.token):
            continue
        before = previous_sentence(m.token.doc, m.token) if weak else None
        if before is not None and not _names_a_person(m.token, index) and any(
                sent_start(v.token) == before.start and same_paragraph(m.token.doc, v.token.idx, m.token.idx)
                for v in violent):
            continue
        out.append(m)
    return out


def _befell_no_one(tok: Token) -> bool:
    """Whether the subject of a casualty word is no one: "no one was hurt", "no soldiers died"."""
    for subj in (c for c in tok.children if c.dep_ in ("nsubj", "nsubjpass")):
        if subj.lower_ in ("nobody", "none") or any(c.dep_ == "det" and c.lower_ == "no" for c in subj.children):
            return True
    return False


def _names_a_person(tok: Token, index: EntityIndex) -> bool:
    """Whether the trigger's own words or its subject name a person ("Chirac died")."""
    words = [*tok.subtree] + [x for c in tok.children if c.dep_ in ("nsubj", "nsubjpass") for x in c.subtree]
    return any(index.entities[index.by_token[t.i]].kind == "Person" for t in words if t.i in index.by_token)


def acts_of_named_actors(r: Reading, mentions: list[Mention]) -> list[Mention]:
    """What a named actor does, in a verb no type of the taxonomy claims: "the company sold its
    stake", "Smith visited Paris". An event of no finer type, with the actor as its agent.

    Verbs of saying are statements, not events of their own; light, stative and modal verbs
    ("has", "became", "wants") say how things are, not what happened.
    """
    taken = {m.token.i for m in mentions}
    event_nouns = _trigger_heads(tuple(taxonomy()))
    # a trigger word left out on purpose ("died" beside the attack that killed) is no act either
    typed = _plain_triggers()
    out: list[Mention] = []
    p = parsed(r.doc)
    for tok, pos in zip(p.tokens, p.pos):
        if pos != "VERB" or tok.i in taken or tok.dep_ in ("aux", "auxpass", "amod", "compound"):
            continue
        if tok.dep_ == "acl" and (tok.head.i in taken or tok.head.lemma_.lower() in event_nouns
                                  or not any(c.dep_ == "agent" for c in tok.children)):
            # a participle describes its noun ("the rebuilt bridge") unless it says by whom ("the A380,
            # made by Airbus"); on an event noun it tells of that event ("the exchange, initiated by Russia")
            continue
        lemma = tok.lemma_.lower()
        if lemma in lexicon.CUE_VERBS or lemma in lexicon.NON_EVENT_VERBS or lemma in typed or (
                tok.tag_ in ("VBG",) and tok.dep_ == "pcomp"):
            continue
        subjects = _doers(tok)
        if subjects and any(actors(s, r.index) for s in subjects):
            out.append(Mention(tok, ANY_EVENT, fresh=True, generic=True))
    return mentions + out


@lru_cache(maxsize=1)
def _disaster_triggers() -> dict[str, EventType]:
    """Each trigger word of a disaster type, with its type: read once, not per article."""
    return {t: etype for etype in taxonomy().values() if "Disaster" in etype.ancestors for t in etype.triggers}


@lru_cache(maxsize=1)
def _plain_triggers() -> frozenset[str]:
    """Every trigger word that signals a type on its own (no theme needed)."""
    return frozenset(t for etype in taxonomy().values() for t in etype.triggers)


def _doers(verb: Token) -> list[Token]:
    """The words naming who does what `verb` says: its subject ("Ford cut"), the one a relative
    pronoun stands for ("Ford, which cut"), a passive's by-phrase ("was bought by Ford"), or, for a
    verb that shares its subject, the subject of the verb it hangs from ("Ford plans to cut",
    "arrived in Paris and met")."""
    node = verb
    for _ in range(3):
        found = [antecedent(c) for c in node.children if c.dep_ == "nsubj"]
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


def anaphors(r: Reading, mentions: list[Mention]) -> list[Mention]:
    """"This exchange", "the swap": a noun with a determiner that is a trigger of a type named before,
    without its theme, points back to an event of that type. The mentions then stand in text order."""
    taken = {m.token.i for m in mentions}
    out: list[Mention] = []
    p = parsed(r.doc)
    for tok in (t for t, pos in zip(p.tokens, p.pos) if pos == "NOUN"):
        if tok.i in taken or tok.i in r.index.by_token:
            continue
        if not any(c.dep_ == "det" and c.lower_ in ("this", "that", "these", "those", "the") for c in tok.children):
            continue
        lemma = tok.lemma_.lower()
        prior = next((m for m in reversed(mentions) if m.token.i < tok.i
                      and lemma in (m.type.themed | m.type.triggers)), None)
        if prior is not None:
            out.append(Mention(tok, prior.type))
    return sorted(mentions + out, key=lambda m: m.token.i)
