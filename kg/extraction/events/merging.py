"""Mentions that are one event: what is agreed or urged folds into the agreement or appeal, and
mentions of one event in an article ("This attack", "the swap") merge when nothing they say conflicts."""

from __future__ import annotations

import re
from dataclasses import replace
from decimal import Decimal

from spacy.tokens import Token

from kg.extraction import lexicon
from kg.extraction.entities import EntityIndex
from kg.extraction.events.context import in_other_countries
from kg.extraction.events.mention import Mention, Reading
from kg.extraction.events.phrases import PLACE_KINDS, actors, antecedent, first_prose_sentence, still_to_come
from kg.extraction.parsed import headline_end, parsed, sent_start
from kg.extraction.quantities import FoundQuantity
from kg.records import Entity, Event, Span, places_around
from kg.taxonomy import taxonomy

# Types whose complement is their content: "agreed to an exchange", "urged X to impose sanctions".
_CONTENT_TAKING = frozenset({"Agreement", "Appeal"})
_CONTENT_DEPS = frozenset({"xcomp", "ccomp", "dobj", "nsubj", "nsubjpass", "advcl", "acl", "relcl", "conj", "attr", "pobj"})
_CONTENT_PREPS = frozenset({"to", "for", "on", "of", "with"})
# Verbs of saying in a participle beside an appeal or agreement ("..., saying ..."): an aside of their own.
_ASIDE_SAYING = frozenset({"say", "add", "note", "explain", "state"})


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
            elif tok.dep_ == "conj" and tok.head.i in by_token and tok.head.pos_ == "VERB" and tok.pos_ == "VERB":
                break  # "asked him to wait, but he declined": a verb told beside the appeal's is an act of its own
            tok = tok.head
            if tok.dep_ == "advcl" and tok.lemma_.lower() in _ASIDE_SAYING and tok.i not in by_token:
                break  # "asked for aid, saying it plans to fire 3,000 workers": what it said, not what it asked
            gov = by_token.get(tok.i)
            if gov is not None:
                gov = gov.folded_into or gov  # "urged X to impose sanctions": impose is urged content too
                if gov.type.name in _CONTENT_TAKING:
                    m.folded_into = gov
                    gov.participants += [p for p in m.participants if p not in gov.participants]
                break
    return mentions


# Types held to talk something over, and how what they talk over hangs from them: "talks on a
# prisoner exchange", "met ... to discuss a ceasefire".
_TALKING = frozenset({"Meeting", "Negotiation"})
_ABOUT_PREPS = frozenset({"on", "about", "over", "regarding"})
_DISCUSSING_VERBS = frozenset({"discuss", "negotiate", "debate"})


def themes_of_their_act(r: Reading, mentions: list[Mention]) -> list[Mention]:
    """A business noun that names what a business verb acts on, and so gives the verb its type ("won an
    order": a contract award, by its theme "order"; "signed a contract"), tells the verb's act, not one
    of its own: its figures are the act's ("Airbus won an order for 60 jets": the award of 60 jets)."""
    verbs = {m.token.i: m for m in mentions if m.token.pos_ == "VERB" and m.folded_into is None and not m.generic}
    for m in mentions:
        if m.folded_into is not None or m.token.pos_ != "NOUN" or m.token.dep_ not in ("dobj", "nsubjpass"):
            continue
        verb = verbs.get(m.token.head.i)
        if verb is None or verb.type.name == m.type.name or not all(
                "EconomicEvent" in (x.type.name, *x.type.ancestors) for x in (verb, m)):
            continue  # a vote boycotted is the vote of others: only a deal's paper is the deal made
        if verb.token.lemma_.lower() in verb.type.themed and m.token.lemma_.lower() in verb.type.themes:
            m.folded_into = verb
            verb.also.append(m.token)  # a word of the act, as the verb is
    return mentions


def fold_what_is_talked_over(r: Reading, mentions: list[Mention]) -> list[Mention]:
    """What a meeting or talks are held to talk over is their subject, not an event that happened:
    "talks on a prisoner exchange", "met rebel officials to discuss a ceasefire". Only a thing
    brought in as new ("a ceasefire", "ceasefire terms"): "talks over the killing" are about a
    killing that happened, an event of its own."""
    by_token = {t.i: m for m in mentions for t in (m.token, *m.also)}
    for m in mentions:
        tok = m.token
        if m.folded_into is not None or tok.pos_ != "NOUN" or _definite(tok):
            continue
        if tok.dep_ == "pobj" and tok.head.lower_ in _ABOUT_PREPS:
            gov = by_token.get(tok.head.head.i)
        elif tok.dep_ == "dobj" and tok.head.lemma_.lower() in _DISCUSSING_VERBS and tok.head.i not in by_token \
                and tok.head.dep_ in ("xcomp", "advcl"):
            gov = by_token.get(tok.head.head.i)
        else:
            continue
        gov = gov.folded_into or gov if gov is not None else None
        if gov is not None and gov is not m and _TALKING & {gov.type.name, *gov.type.ancestors}:
            m.folded_into = gov
    return mentions


# Words that make a plural subject act one by one: "each won a seat", "won in Ohio and Iowa respectively".
_DISTRIBUTIVE_WORDS = frozenset({"each", "respectively", "separately", "individually"})


def one_event_per_doer(r: Reading, mentions: list[Mention]) -> list[Mention]:
    """Doers named together whose act is told as several acts each did are several events, one per
    doer: "Yang and Bennet suspended their campaigns", "Sanders and Trump won the primaries",
    "the two firms each cut jobs". The sign is a plural event noun, a plural object they own
    ("their campaigns") or a word such as "each" or "respectively". Doers of a symmetric event
    ("X and Y signed a deal") and doers named together without such a sign ("X and Y attacked the
    town") do one act together. People named together whose health the verb tells ("X and Y tested
    positive") each went through it: one event each."""
    out: list[Mention] = []
    for m in mentions:
        out.append(m)
        if m.folded_into is not None:
            continue
        if len(m.targets) >= 2 and "Health" in m.type.ancestors:
            shares = _one_each(m, "nsubj", m.targets, r)
            if shares:  # "he and his wife tested positive": each caught it
                out.pop()
                out += [replace(m, targets=ks, undergoers=list(ks), agents=list(m.agents), doers=list(m.doers),
                                participants=list(m.participants), quantities=list(m.quantities)) for ks in shares]
            continue
        if m.type.symmetric or len(m.agents) < 2:
            continue
        verb = m.token if m.token.pos_ == "VERB" else m.token.head if m.token.dep_ == "dobj" else None
        subject = next((c for c in verb.children if c.dep_ == "nsubj"), None) if verb is not None else None
        if subject is None or not subject.conjuncts or not _distributive(m.token, verb, subject, m.type.triggers):
            continue
        # a phrase names its own actor first, then those of its conjuncts: "Yang and Bennet" -> Yang
        shares = [[k] for c in [subject, *subject.conjuncts] for k in actors(c, r.index)[:1] if k in m.agents]
        if len(shares) < 2 or sorted(k for [k] in shares) != sorted(m.agents):
            continue  # the conjuncts are not exactly the doers: the parse tells another story
        others = [p for p in m.participants if p not in m.agents]
        out.pop()
        out += [replace(m, agents=ks, participants=ks + others, targets=list(m.targets), doers=list(ks),
                        undergoers=list(m.undergoers), quantities=list(m.quantities))
                for ks in shares]
    return out


def attacks_told_by_their_blast(r: Reading, mentions: list[Mention]) -> list[Mention]:
    """A weapon of attack that goes off is the attack, told by its blast: "a bomb exploded in Kunar",
    "two bombs exploded at a market, killing 11" tell one event, the attack, whose words, place, day
    and figures the blast's are. A blast whose subject names no attack ("a gas tank exploded")
    stays an explosion. A blast named by its weapon ("a bomb blast", "a car bomb explosion", "a suicide
    blast") is the attack too."""
    by_token = {m.token.i: m for m in mentions}
    out: list[Mention] = []
    for m in mentions:
        if m.type.name == "Explosion" and m.token.pos_ == "NOUN" and any(
                c.dep_ in ("compound", "amod") and c.lemma_.lower() in _BLAST_WEAPONS for c in m.token.children):
            m.type = taxonomy()["Attack"]
        subject = next((c for c in m.token.children if c.dep_ == "nsubj"), None)
        weapon = by_token.get(subject.i) if subject is not None and m.token.pos_ == "VERB" else None
        if m.type.name != "Explosion" or m.folded_into is not None or weapon is None \
                or weapon.folded_into is not None or "Attack" not in (weapon.type.name, *weapon.type.ancestors):
            out.append(m)
            continue
        weapon.also.append(m.token)
        weapon.place = weapon.place or m.place
        weapon.time = weapon.time or m.time
        for attr in ("participants", "targets", "undergoers"):
            getattr(weapon, attr).extend(k for k in getattr(m, attr) if k not in getattr(weapon, attr))
    return out


# What names a blast as an attack's: its weapon, or the bomber's death in it.
_BLAST_WEAPONS = frozenset({"bomb", "missile", "rocket", "shell", "mortar", "grenade", "suicide", "ied"})


def one_event_per_place(r: Reading, mentions: list[Mention]) -> list[Mention]:
    """A plural event noun told at places named together is one event at each place: "primary
    elections in Arizona, Florida and Illinois" are three elections, "protests in Lyon and Nantes"
    two protests. A singular noun ("an attack on Kyiv and Odesa") or a verb tells one event."""
    out: list[Mention] = []
    index = r.index
    for m in mentions:
        out.append(m)
        if m.folded_into is not None or m.place is None or m.token.tag_ not in ("NNS", "NNPS"):
            continue
        start, end = parsed(r.doc).sent_bounds[m.token.i]
        named = next((t for t in r.doc[start:end] if index.by_token.get(t.i) == m.place and t.conjuncts), None)
        if named is None:
            continue
        places = [m.place]
        for c in named.conjuncts:
            key = index.by_token.get(c.i)
            if key is not None and index.entities[key].kind in PLACE_KINDS and key not in places:
                places.append(key)
        if len(places) < 2:
            continue
        out.pop()
        out += [replace(m, place=key, agents=list(m.agents), participants=list(m.participants),
                        targets=list(m.targets), doers=list(m.doers), undergoers=list(m.undergoers),
                        quantities=list(m.quantities)) for key in places]
    return out


def _one_each(m: Mention, dep: str, keys: list[str], r: Reading) -> list[list[str]]:
    """One share per conjunct of the verb trigger's `dep` when the conjuncts name exactly `keys`
    ("Hale and his wife": [[Hale], [Hale's wife]]); empty when they do not."""
    if m.token.pos_ != "VERB":
        return []
    subject = next((c for c in m.token.children if c.dep_ == dep), None)
    if subject is None or not subject.conjuncts:
        return []
    shares = [[k] for c in [subject, *subject.conjuncts] for k in actors(c, r.index)[:1] if k in keys]
    return shares if len(shares) >= 2 and sorted(k for [k] in shares) == sorted(keys) else []


def _distributive(trigger: Token, verb: Token, subject: Token, triggers: frozenset[str]) -> bool:
    """Whether the clause tells its plural subject's act as one act each (see `one_event_per_doer`);
    `triggers` are the words of the event's type."""
    if trigger.pos_ == "NOUN" and trigger.tag_ in ("NNS", "NNPS"):
        return True  # "won the primaries"
    objects = [c for c in verb.children if c.dep_ == "dobj"]
    if trigger is verb and any(o.tag_ in ("NNS", "NNPS") and o.lemma_.lower() in triggers for o in objects):
        return True  # the verb of "won the primaries" tells what its plural object tells: one each
    if any(o.tag_ in ("NNS", "NNPS") and any(c.dep_ == "poss" and c.lower_ == "their" for c in o.children)
           for o in objects):
        return True  # "suspended their campaigns"
    return any(t.lower_ in _DISTRIBUTIVE_WORDS for t in [*verb.children, *subject.children])


def merge_mentions(r: Reading, mentions: list[Mention]) -> dict[str, Event]:
    """Mentions of one event merge ("Rebels attacked Goma. The attack killed 12."): a later mention
    joins the latest earlier event of the same or a related type unless their places, days, doers,
    targets or exact figures differ, or the names their clauses give who did it or to whom
    (`_named_apart`), or one caused the other (`_caused`); "a previous attack" and an act of no
    finer type stay apart, and
    the more specific type wins; an undated mention does not join an event of an earlier year when
    another it may be is later. A later mention joins only an event it refers back to
    (`_refers_back`); two events whose accounts come to share a doer, party or target then merge,
    and an event that follows a counted series takes its doer and day (`_join_series`). Fills `r.token_map` with each trigger's event and `r.event_tokens` with
    each event's triggers."""
    groups: list[Mention] = []  # one representative per event, carrying the merged roles
    members: dict[int, list[Mention]] = {}
    token_map = r.token_map
    for m in mentions:
        if m.folded_into is not None:
            continue
        # of the events it may be, the one its own sentence tells, else the one told last (of those by
        # its own doer, if any); an undated
        # mention is not of an event dated to an earlier year than another it may be (told in passing:
        # "Sanders also won in 2016. ... Sanders won the primary with 26%" is this year's win)
        fits = [g for g in groups for headline in (_headline_and_lead(members[id(g)], m),)
                if (_related(g, m) or headline) and _compatible(g, m, r.index.entities, headline)
                and not (_named_apart(members[id(g)], [m], r)
                         and not (headline and _described_in_headline(members[id(g)])))
                and not _caused(members[id(g)], [m]) and not _told_as_circumstance(members[id(g)], [m])
                and not _moves_of_other_things(members[id(g)], [m])
                and _refers_back(members[id(g)], g, m, r.index.entities)]
        several = _told_together(m, fits, members)
        if several:
            for g in several:  # "won all three elections": each of the three
                members[id(g)].append(m)
                _absorb(g, m, r.index.entities)
            continue
        latest = max((y for g in fits if (y := _year_of(g))), default="")
        # then the one done by the same doer: "Lee and Roe won the Ohio and Utah primaries respectively.
        # ... Lee won the primary with 52%" is Lee's Ohio win, however many events were told since
        match = max(fits, key=lambda g: (_same_sentence(members[id(g)], m), _date_of(m) is not None or
                                         (_year_of(g) or latest) >= latest, bool(set(g.agents) & set(m.agents)),
                                         members[id(g)][-1].token.i), default=None)
        if match is None:
            match = _event_a_sentence_mate_refers_to(m, mentions, groups, members, r.index.entities)
        if match is None:
            groups.append(m)
            members[id(m)] = [m]
            continue
        headline = _headline_and_lead(members[id(match)], m)
        members[id(match)].append(m)
        if match.type.name == "Event" and m.type.name != "Event" or headline and not _related(match, m) \
                and m.type.name not in ("Event", "Casualty"):
            # the lead's words type the headline's act; a killing the lead tells of no cause leaves the
            # cause the headline names ("Suicide bomber kills 12" / "..., killing at least 12 soldiers")
            match.type, match.generic = m.type, m.generic
        _absorb(match, m, r.index.entities)
        _drop_unnamed_attackers(match, r.index.entities)
        if headline:  # "Velo recalls cars" / "Velo Motors Inc. recalled": one doer, by its full name
            _drop_shortened_names(match, r.index.entities)
            _drop_described(match, m)
            if _places_apart(match.place, m.place, r.index.entities):
                match.place = m.place  # the lead names the site of what the headline places in a region
    # an event told first with a few of its roles and, apart, with more is one event once the two
    # accounts share a doer, party or target ("missile attacks on Kyiv" in a summary / "Russia
    # launched missiles ... the assault on Kyiv")
    # (or are each told beside another event told nowhere else: "an agreement forged during the
    # talks in Istanbul" / "after the talks in Istanbul, both nations agreed")
    sentences = {id(g): {sent_start(x.token) for x in members[id(g)]} for g in groups}

    def told_beside_the_same(h: Mention, g: Mention) -> bool:
        return any(sentences[id(k)] & sentences[id(h)] and sentences[id(k)] & sentences[id(g)]
                   and sentences[id(k)] <= sentences[id(h)] | sentences[id(g)]
                   for k in groups if k is not h and k is not g and not _related(k, g) and not k.generic)

    text = parsed(r.doc).text  # Doc.text joins every token again at each call
    head_end = headline_end(text)
    in_headline = {id(g) for g in groups if head_end is not None
                   and all(x.token.idx < head_end for x in members[id(g)])}

    def only_account_of_the_headline(h: Mention, g: Mention) -> bool:
        # "Station master arrested" over one arrest told below: the headline tells what the body tells
        return id(h) in in_headline and id(g) not in in_headline and [
            k for k in groups if id(k) not in in_headline and _related(h, k)] == [g]

    joined: list[Mention] = []
    for g in groups:
        into = next((h for h in joined if _compatible(h, g, r.index.entities)
                     and not _named_apart(members[id(h)], members[id(g)], r)
                     and not _caused(members[id(h)], members[id(g)])
                     and not _told_as_circumstance(members[id(h)], members[id(g)])
                     and not _moves_of_other_things(members[id(h)], members[id(g)])
                     and (_shared_actor(h, g) or told_beside_the_same(h, g) or only_account_of_the_headline(h, g))
                     and not (all(_brings_in_a_thing(x.token) for x in members[id(g)]) and not _shared_site(h, g))),
                    None)
        if into is None:
            joined.append(g)
        else:
            members[id(into)] = sorted(members[id(into)] + members[id(g)], key=lambda x: x.token.i)
            _absorb(into, g, r.index.entities)
            sentences[id(into)] |= sentences[id(g)]
    groups = joined
    for n, g in enumerate(groups):
        _join_series(g, groups[:n], members)
    events: dict[str, Event] = {}
    for n, g in enumerate(groups, start=1):
        key = f"{r.key_prefix}{n}"
        ev = Event(key=key, type=g.type.name, agents=g.agents, participants=g.participants, targets=g.targets,
                   place=g.place, time=g.time.expr.key if g.time else None,
                   quantities=[q.quantity.key for q in g.quantities])
        group_members = members[id(g)]
        for m in group_members:
            for word in sorted([m.token, *m.also], key=lambda t: t.i):
                first = _name_start(word)
                begin, end = first.idx, word.idx + len(word.text)
                ev.mentions.append(Span(begin, end, text[begin:end]))
                token_map.setdefault(word.i, key)  # a word told as one act per doer stays with the first
                r.event_tokens.setdefault(key, []).append(word.i)
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
                    r.event_tokens[key].append(m.token.i)
                    if m.place is not None and m.type.name == "Casualty" and (
                            ev.place is None or ev.place in places_around(m.place, r.index.entities)):
                        ev.place = m.place  # where the people were hurt, inside where the attack was told
                    if m.type.name == "Casualty" and m.agents and not ev.agents \
                            and "ConflictEvent" in taxonomy()[ev.type].ancestors:
                        # "the RSF killed at least 40 people in an attack on the camp": who killed attacked
                        ev.agents = list(m.agents)
                        ev.participants = list(dict.fromkeys([*m.agents, *ev.participants]))
                    break
    return events


def _event_a_sentence_mate_refers_to(m: Mention, mentions: list[Mention], groups: list[Mention],
                                     members: dict[int, list[Mention]], entities: dict[str, Entity]) -> Mention | None:
    """The event told before that a later mention of `m`'s sentence refers back to, when `m` itself
    names nothing to refer back by: one sentence tells one event of a type, so "None of the others
    secured delegates, with Roe fourth with 9% of the vote" is all about the vote told before."""
    start = sent_start(m.token)
    for x in mentions:
        if x.token.i <= m.token.i or x.folded_into is not None or sent_start(x.token) != start or not _related(x, m):
            continue
        fits = [g for g in groups if _compatible(g, x, entities) and _compatible(g, m, entities)
                and _refers_back(members[id(g)], g, x, entities)]
        if fits:
            return max(fits, key=lambda g: (_shared_actor(g, x), members[id(g)][-1].token.i))
    return None


def _name_start(word: Token) -> Token:
    """The first word of the name of the kind of event a noun trigger heads: the common nouns and
    classifying adjectives right before it ("drone strikes", "presidential primary elections",
    "knife attack"); not names ("Houthi attacks") nor words that judge it ("a deadly attack")."""
    first = word
    if word.pos_ != "NOUN":
        return first
    for left in reversed(list(word.lefts)):
        if left.i != first.i - 1 or not (
                (left.dep_ == "compound" and left.pos_ == "NOUN")
                or (left.dep_ == "amod" and (left.pos_ == "ADJ" and _CLASSIFYING.search(left.lower_)
                                             or left.lower_ in _FIRST_RUN))):
            break
        first = left
    doc = word.doc
    while first.i != word.i and first.i >= 2 and doc[first.i - 1].text == "-" \
            and not doc[first.i - 1].whitespace_ and not doc[first.i - 2].whitespace_:
        first = doc[first.i - 2]  # "a 35-year sentence": the whole of a hyphened word, never its tail
    return first


# Adjectives made from nouns, which classify rather than judge: presidential, military, nuclear,
# terrorist, primary, parliamentary.
_CLASSIFYING = re.compile(r"(?:al|ary|ic|ist|ian)$")
# Adjectives that name a first run as a kind: "a maiden flight", "the inaugural voyage".
_FIRST_RUN = frozenset({"maiden", "inaugural"})


def _told_together(m: Mention, candidates: list[Mention], members: dict[int, list[Mention]]) -> list[Mention]:
    """The events a plural mention refers back to all at once: those told together in one earlier
    sentence, when the mention says all of them ("Primaries were held in Ohio, Utah and Iowa. Roe won
    all three primaries", "both elections"), by "all", "both" or their number."""
    told = m.token if m.token.pos_ != "VERB" else next(
        (c for c in m.token.children if c.dep_ in ("dobj", "nsubjpass") and c.lemma_.lower() in m.type.triggers), None)
    if told is None or told.tag_ not in ("NNS", "NNPS") or len(candidates) < 2:
        return []
    last = sent_start(max(candidates, key=lambda g: members[id(g)][-1].token.i).token)
    together = [g for g in candidates if sent_start(g.token) == last]
    words = {c.lower_ for c in told.children if c.dep_ in ("det", "predet", "nummod", "amod")}
    number = next((_NUMBER_WORDS.get(w, int(w) if w.isdigit() else None) for w in words
                   if w in _NUMBER_WORDS or w.isdigit()), None)
    if len(together) >= 2 and (number == len(together) or (number is None and words & {"all", "both"})):
        return together
    return []


_NUMBER_WORDS = {"two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9,
                 "ten": 10, "both": 2}


def _absorb(match: Mention, m: Mention, entities: dict[str, Entity]) -> None:
    """Give the event `match` stands for what mention (or event) `m` says of it; of two places, one
    inside the other, the inner one ("in Singapore" ... "at Gleneagles Hospital")."""
    for attr in ("agents", "participants", "targets"):
        getattr(match, attr).extend(k for k in getattr(m, attr) if k not in getattr(match, attr))
    if match.place is None or (m.place is not None and match.place in places_around(m.place, entities)):
        match.place = m.place
    elif m.place is not None and _country_told(match.place, entities) and _unplaced_site(m.place, entities) \
            and _points_back(m):
        match.place = m.place  # "an explosion in northern Turkey ... the blast, in the town of X": X is where
    match.time = match.time or m.time
    if m.time is not None and (mine := _date_of(match)) and (theirs := _date_of(m)) and theirs.startswith(mine + "-"):
        match.time = m.time  # "kidnapped in July" ... "abducted on July 2": the day tells the month more precisely
    if _one_death(match, m) and m.time is not None and (_date_of(m) or "") < (_date_of(match) or ""):
        match.time = m.time  # a death is reported after it: of the days told, the earliest is its own
    # a figure told again ("kill 23" / "killed at least 23") stays held by the event until
    # `one_figure_told_twice` keeps one of the two: a figure no event holds is given to another
    known = {q.quantity.key for q in match.quantities}
    match.quantities += [q for q in m.quantities if q.quantity.key not in known]
    if m.type.name != match.type.name and match.type.name in m.type.ancestors:
        match.type = m.type  # the more specific type wins


def _caused(told: list[Mention], more: list[Mention]) -> bool:
    """Whether the mentions `more` tell an event the event told by `told` caused, which is another
    event however alike: "the earthquake caused a tsunami", "the attacks triggered fires", "the
    quake set off a landslide", "the heatwave gripped Europe, fuelling wildfires": the effect is the
    object of a verb of causing that the cause does (a word of the cause, the verb whose subject the
    cause is, or a participle clause on a word of the cause)."""
    words = {t.i for x in told for t in (x.token, *x.also)}
    for m in more:
        verb = m.token.head if m.token.dep_ == "dobj" else None
        # the cause's verb may go on in a participle clause: "the heatwave gripped Europe, fuelling wildfires"
        if verb is not None and causes(verb) and (verb.i in words or any(
                c.dep_ == "nsubj" and c.i in words for c in verb.children)
                or verb.dep_ == "advcl" and verb.tag_ == "VBG" and verb.head.i in words):
            return True
    return False


def _told_as_circumstance(told: list[Mention], more: list[Mention]) -> bool:
    """Whether one of the two sets of mentions tells its event in a clause that gives the other's
    circumstance, which is another event however alike: "Stocks tumbled as oil prices surged",
    "shares fell after the bank's profit dropped" (a clause opened by "as", "after", "because" ...
    hanging on a word of the other event, or on the verb the other event is subject of: "The raid came
    two days after rebels attacked a convoy")."""
    def hangs_on(xs: list[Mention], ys: list[Mention]) -> bool:
        words = {t.i for y in ys for t in (y.token, *y.also)}
        return any(x.token.dep_ == "advcl" and (x.token.head.i in words or any(
            c.dep_ == "nsubj" and c.i in words for c in x.token.head.children)) and any(
            c.dep_ == "mark" and c.lower_ in _CIRCUMSTANCE_MARKS for c in x.token.children) for x in xs)
    return hangs_on(more, told) or hangs_on(told, more)


def _moves_of_other_things(told: list[Mention], more: list[Mention]) -> bool:
    """Whether two sets of mentions of market moves tell of different things moving: "Stocks
    tumbled as oil prices surged" / "Stock markets fell ... crude oil prices climbed" are a fall of
    stocks and a rise of oil, whose subjects share no word; "Stocks fell ... stock markets lost"
    is one fall."""
    def moved(xs: list[Mention]) -> set[str]:
        return {t.lemma_.lower() for x in xs if x.type.name == "MarketMove" for c in x.token.children
                if c.dep_ in ("nsubj", "nsubjpass") for t in c.subtree if t.pos_ in ("NOUN", "PROPN")}
    one, other = moved(told), moved(more)
    return bool(one) and bool(other) and not one & other


# Words that open a clause telling another event's circumstance: "fell as oil rose", "after the report".
_CIRCUMSTANCE_MARKS = frozenset("as after before because since while although though".split())


def causes(verb: Token) -> bool:
    """Whether `verb` says its subject brought its object about: "caused", "triggered", "set off"."""
    lemma = verb.lemma_.lower()
    return lemma in lexicon.CAUSING_VERBS or (lemma == "set" and any(c.dep_ == "prt" and c.lower_ == "off"
                                                                     for c in verb.children))


def _named_apart(told: list[Mention], more: list[Mention], r: Reading) -> bool:
    """Whether the mentions `more` name another doer, or another one it is done to, than the mentions
    `told` do, by name: "Pierluisi was sworn in last week. ... Wanda Vazquez was sworn in" are two
    swearings-in, "The Dow fell 2%. ... The S&P 500 fell 3%" two falls, "the appointment of Akerson"
    is not "GM named Barra", though no sentence makes its name an agent or target. A verb's subject
    and object count each with its like (active subjects; objects and passive subjects), an event
    noun's possessor or of-phrase with either ("the Dow's fall"); and only names: "a judge in Lyon
    ruled ... Judge Marsh ruled" tells nothing apart. A contest ("won ... came second"), a symmetric
    event ("X met Y ... Y met X") and a part told with its whole name their sides in turn: never apart."""
    if any(_contest(m) or m.type.symmetric for m in [*told, *more]) \
            or any(m.type.part_of or x.type.part_of for m in more for x in told):
        return False
    theirs = [set().union(*(_slot_names(x, slot, r) for x in told)) for slot in range(3)]
    ours = [set().union(*(_slot_names(x, slot, r) for x in more)) for slot in range(3)]
    pairs = [(theirs[0], ours[0]), (theirs[1], ours[1]),
             (theirs[2], ours[0] | ours[1] | ours[2]), (ours[2], theirs[0] | theirs[1] | theirs[2])]
    disasters = all("Disaster" in m.type.ancestors for m in [*told, *more])
    return any(a and b and not a & b and not (disasters and _nested_places(a, b, r.index.entities)) for a, b in pairs)


def _nested_places(one: frozenset[str], other: frozenset[str], entities: dict[str, Entity]) -> bool:
    """Whether the two sets of names hold a place and a place inside it (or the same place): a
    disaster that "struck eastern Norland" and "hit the province of Velm" strikes one area."""
    return any(_one_area(a, b, entities) for a in one if a in entities for b in other if b in entities)


def _slot_names(m: Mention, slot: int, r: Reading) -> frozenset[str]:
    """The names the trigger's phrase gives who does it or to whom or what: of a verb, slot 0 holds
    its active subject or passive by-phrase, slot 1 its object or passive subject; of an event noun,
    slot 2 holds its possessor, of-phrase or by-phrase, which may be either ("Ford's sale", "the
    appointment of Akerson"). Read once per trigger word: the merge asks again at every comparison."""
    key = (m.token.i, slot)
    if key not in r.slot_names:
        r.slot_names[key] = frozenset(_read_slot_names(m.token, slot, r))
    return r.slot_names[key]


def _read_slot_names(tok: Token, slot: int, r: Reading) -> set[str]:
    if tok.pos_ == "VERB" and slot < 2:
        passive = any(c.dep_ == "nsubjpass" for c in tok.children)
        if slot == 0:
            phrases = [c for c in tok.children if c.dep_ == "nsubj"] + [
                p for c in tok.children if c.dep_ == "agent" for p in c.children if p.dep_ == "pobj"]
        else:
            phrases = [c for c in tok.children if c.dep_ == "nsubjpass" or (c.dep_ == "dobj" and not passive)]
    elif tok.pos_ == "NOUN" and slot == 2:
        phrases = [c for c in tok.children if c.dep_ == "poss"] + [
            p for c in tok.children if c.dep_ in ("prep", "agent") and c.lower_ in ("of", "by")
            for p in c.children if p.dep_ == "pobj"]
    else:
        return set()
    return set().union(*(_names_of(antecedent(p), r.index) for p in phrases))


# Dependents of a noun that name what it stands for ("Wanda Vazquez", "Ford's sales", "shares of
# Exxon", "Russian forces"), unlike a phrase that places or describes it ("a judge in Lyon").
_NAMING_DEPS = frozenset({"compound", "flat", "poss", "appos", "conj", "amod", "nmod"})


_NAME_TYPES = frozenset({"PERSON", "ORG", "GPE", "NORP", "PRODUCT", "FAC", "LOC", "WORK_OF_ART", "EVENT"})


def _names_of(phrase: Token, index: EntityIndex) -> set[str]:
    """What the noun phrase headed by `phrase` calls what it stands for: the keys of the actors it
    names and the words of its names ("dow" of "The Dow Jones Industrial Average" and "the Dow"),
    so that two phrases naming one thing share something; nothing for a pronoun or a common noun."""
    out: set[str] = set()
    stack = [phrase]
    while stack:
        tok = stack.pop()
        if tok.pos_ == "PRON":
            continue
        if tok.i in index.by_token:
            out.add(index.by_token[tok.i])
        if tok.pos_ == "PROPN" and (tok.ent_type_ or tok.is_title and tok.dep_ == "compound" and any(
                c.ent_type_ in _NAME_TYPES for c in tok.head.children if c.i != tok.i)):
            # a name the model tags, or a maker's name beside one it does ("Embraer E195-E2 jets"):
            # "Embraer jets" in a headline then shares a word with it
            out.add(tok.lower_)
        for c in tok.children:
            if c.dep_ in _NAMING_DEPS:
                stack.append(c)
            elif c.dep_ == "prep" and c.lower_ == "of" and tok.pos_ == "NOUN":
                stack += [p for p in c.children if p.dep_ == "pobj"]
    return out


def _shared_actor(e: Mention, m: Mention) -> bool:
    return bool(set(e.participants) & set(m.participants) or set(e.targets) & set(m.targets))


def _join_series(m: Mention, groups: list[Mention], members: dict[int, list[Mention]]) -> None:
    """An event told as one of a counted series named before is done by the series' doer on its day
    unless its own sentence says otherwise: "Trump issued seven pardons on Tuesday. ... Smith was
    granted a pardon" (by Trump, on Tuesday). It stays an event of its own: whom it was done to and
    where are its own, and who won one of several contests is no winner of the others."""
    if m.fresh or m.generic:
        return
    series = next((g for g in reversed(groups) if _related(g, m) and not g.generic
                   and any(_counted_plural(x.token) for x in members[id(g)])), None)
    if series is None:
        return
    if m.time is None and series.time is not None and series.time.expr.value:
        m.time = series.time
    if not m.agents and m.type.role("agent") != "winner":
        m.agents = list(series.agents)
        m.participants = m.participants + [k for k in series.agents if k not in m.participants]


def _counted_plural(tok: Token) -> bool:
    """Whether `tok` is a plural event noun with a count: "seven pardons", "three attacks"."""
    return tok.pos_ == "NOUN" and tok.tag_ == "NNS" and any(c.dep_ == "nummod" for c in tok.children)


def _related(e: Mention, m: Mention) -> bool:
    return (e.type.name == m.type.name or m.type.name in e.type.ancestors or e.type.name in m.type.ancestors
            or m.type.part_of == e.type.name or m.type.name in e.type.related)


def _one_act_of_no_type(e: Mention, m: Mention, entities: dict[str, Entity]) -> bool:
    """Whether a headline's act and its lead's are one act told by one verb of one doer, whatever types
    their words give them: "SpaceX launches 22 satellites" / "SpaceX launched 22 Starlink satellites
    from Florida", "Apple unveils cheaper iPhone" / "Apple on Wednesday unveiled a cheaper version of its
    iPhone" (a launch, by the lead's object), "Kestria, Vorland sign gas deal" / "Kestria and Vorland
    signed an agreement" (the lead's agreement)."""
    return bool(_verbs(e) & _verbs(m)) and (bool(e.agents) and _same_in_headline_and_lead(e.agents, m.agents, entities)
                                            or not e.agents and not m.agents) \
        and not _places_apart(e.place, m.place, entities)


def _first_in_a_while(m: Mention) -> bool:
    """Whether the lead's mention is told apart only by "first": "India and Pakistan hold first talks in
    years" / "met for their first formal talks in three years" tells the headline's talks again, where
    "another" or "a previous" one would tell another event."""
    said = {c.lower_ for c in m.token.children if c.dep_ in ("amod", "det")}
    return "first" in said and not said & (lexicon.NEW_EVENT_MODIFIERS - {"first"})


def _verbs(m: Mention) -> set[str]:
    """The lemmas of the verbs that tell a mention: its word, or the verb told with its noun ("sign a deal")."""
    return {t.lemma_.lower() for t in (m.token, *m.also) if t.pos_ == "VERB"}


def _compatible(e: Mention, m: Mention, entities: dict[str, Entity], headline: bool = False) -> bool:
    """Whether nothing `m` says conflicts with what event `e` says; with `headline`, `e` is told in
    the headline and `m` in the lead below it, where a name shortened in the headline ("Velo recalls
    cars" / "Velo Motors Inc. recalled") is the one the lead names in full."""
    if headline and _one_act_of_no_type(e, m, entities):
        return True
    if m.fresh and not (headline and _first_in_a_while(m)) or e.generic or not _related(e, m):
        return False
    if not headline and (_done_and_to_come(e, m) or _done_and_to_come(m, e)):
        return False
    same = _same_in_headline_and_lead if headline else (lambda a, b, _: bool(set(a) & set(b)))
    # a place and a place inside it ("in Washington" ... "at Freedom Plaza") are one site told twice;
    # a headline names the region whose site its lead names ("Bus crash kills 19 in the Rift Valley" /
    # "crashed on the Nakuru-Eldoret highway"), where only places in two countries tell two events
    if _places_apart(e.place, m.place, entities) and (not headline or in_other_countries(e.place, m.place, entities)) \
            and not _site_in_the_country_told(e, m, entities):
        return False
    if _posts_apart(e, m):
        return False
    ed, md = _date_of(e), _date_of(m)
    if ed and md and ed != md and not (_within(ed, md) and _points_back(m)) \
            and not (e.type.lasting and m.type.lasting and _points_back(m)) and not _one_death(e, m) and not (m.type.part_of == e.type.name and (md > ed or _told_with_its_whole(m, e))):
        # what goes on for days is told on the day it began and on later ones: "a wildfire forced
        # 30,000 to flee overnight ... The fire broke out on Monday"; a part of an event may come
        # after its start ("1,885 aftershocks as of Wednesday" of Friday's earthquake), and one told
        # with its whole is of it, whatever day the whole is put on ("aftershocks had occurred since
        # the earthquake")
        return False
    if e.agents and m.agents and not same(e.agents, m.agents, entities) \
            and not (_named_by_the_act(e.agents, e, entities) and _named_by_the_act(m.agents, m, entities)) \
            and not _attackers_and_their_group(e, m, entities):
        return False
    if e.targets and m.targets and not same(e.targets, m.targets, entities) and not _one_area_struck(e, m, entities):
        return False
    if _one_side_of_an_exchange(e, m) or _one_side_of_an_exchange(m, e):
        return False
    # a contest's figures are each candidate's share ("won with 52% ... came second with 31%"):
    # two of them tell no two contests
    if _contest(e) or _contest(m):
        return True
    # "dozens dead" in a headline and "37 killed" in the lead count the same dead: only exact
    # figures can disagree, and not a headline's with its lead's, which a later count has overtaken
    # or which rounds it ("Floods kill at least 40" over "have killed at least 39 people")
    if headline:
        return True
    eq = {(q.quantity.unit, q.quantity.value) for q in e.quantities if not _rough(q)}
    mq = {(q.quantity.unit, q.quantity.value) for q in m.quantities if not _rough(q)}
    same_units = {u for u, _ in eq} & {u for u, _ in mq}
    if same_units and not eq & mq and not _one_sum_rounded(e, m):
        return False
    return True


def _within(one: str, other: str) -> bool:
    """Whether one of two dates is the month the other, a day, falls in: "ambushed a convoy in
    March" and "the ambush took place on March 9" are one act, told less and more precisely, where
    the later one points back at it ("the ambush"). A year holds too many acts of a kind ("the 2020
    election" is no primary held on March 17, 2020)."""
    month, day = sorted((one, other), key=len)
    return len(month) == 7 and day.startswith(month + "-")


def _told_with_its_whole(part: Mention, whole: Mention) -> bool:
    """Whether a part of an event is told in a sentence that names the whole by a word of its type:
    "1,885 aftershocks had occurred since the earthquake"."""
    words = whole.type.triggers
    return any(t.lemma_.lower() in words for t in part.token.sent if t.i != part.token.i)


def _site_in_the_country_told(e: Mention, m: Mention, entities: dict[str, Entity]) -> bool:
    """Whether `m` points back at the event told in a country ("the strikes", "the floods") at a site
    no one places anywhere, which a reader takes to lie in that country: "Air strikes killed 12 in
    southern Lebanon ... The strikes hit homes in the village of X". A city or a region told first
    keeps an unknown site apart ("shelling of Goma ... the attack on X" may be another attack)."""
    if e.place is None or m.place is None or not _points_back(m):
        return False
    return _country_told(e.place, entities) and _unplaced_site(m.place, entities)


def _country_told(key: str, entities: dict[str, Entity]) -> bool:
    """Whether place `key` is a country the gazetteer knows, in no other place."""
    told = entities.get(key)
    return told is not None and told.kind == "GeopoliticalEntity" and bool(told.geonames_id) \
        and not told.within and not told.country_key


def _unplaced_site(key: str, entities: dict[str, Entity]) -> bool:
    """Whether place `key` is one the gazetteer does not know, nor any place the text puts it in: "the
    town of X in Y province", where neither X nor Y says which country they are in."""
    return all(k in entities and not entities[k].geonames_id and not entities[k].country_key
               for k in (key, *places_around(key, entities)))


def _done_and_to_come(e: Mention, m: Mention) -> bool:
    """Whether `e` is told by a verb in the past and `m` by a verb of what will be done ("Roe was
    appointed ... Roe will be sworn in on Friday"): two acts, the second still to come ("this exchange
    will continue" is the one told, a noun pointing back)."""
    return m.token.pos_ == "VERB" and e.token.pos_ == "VERB" and e.token.tag_ in ("VBD", "VBN") \
        and still_to_come(m.token) and not still_to_come(e.token)


def _one_side_of_an_exchange(e: Mention, m: Mention) -> bool:
    """Whether `m` is one side's attack told beside an exchange of fire `e` (several attackers, no one
    attacked): "North and South Korea exchanged fire. North Korea fired shells ... The South
    retaliated" tells each side's own attack, not the exchange again."""
    return len(set(e.agents)) > 1 and not e.targets and len(set(m.agents)) == 1 and not _exchange_told(m) \
        and _attacks(e) and _attacks(m)


_EXCHANGING = frozenset({"exchange", "trade"})


def _exchange_told(m: Mention) -> bool:
    """Whether `m` is told as an exchange of fire, whatever sides its parse found: "Pakistan, India
    trade fire" (a headline whose list lost a name) is the exchange, not one side's attack."""
    return any(t.lemma_.lower() in _EXCHANGING or any(c.dep_ == "compound" and c.lemma_.lower() in _EXCHANGING
                                                      for c in t.children) for t in (m.token, *m.also))


def _one_sum_rounded(e: Mention, m: Mention) -> bool:
    """Whether the two accounts tell one large sum of money, once rounded: "a deal for a further $7
    billion" and "the deal, worth $6.8 billion" (a sum of millions told with one significant figure
    is its rounding). Counts of people stay exact: 10 dead and 14 dead are two tolls."""
    def sums(x: Mention) -> list[tuple[str, Decimal]]:
        return [(q.quantity.unit, q.quantity.value) for q in x.quantities if q.quantity.currency
                and q.quantity.value is not None and q.quantity.value >= 1_000_000 and not _rough(q)]
    return any(u == v and (_rounds_to(a, b) or _rounds_to(b, a)) for u, a in sums(e) for v, b in sums(m))


def _rounds_to(exact: Decimal, rounded: Decimal) -> bool:
    """Whether `rounded` has one significant figure and is `exact` rounded to it ($6.8 billion to $7 billion)."""
    scale = Decimal(10) ** (len(str(int(rounded))) - 1)
    return rounded % scale == 0 and abs(exact - rounded) * 2 <= scale


def _posts_apart(e: Mention, m: Mention) -> bool:
    """Whether two appointments name two different posts: "was appointed as secretary of justice in
    2017" and "was sworn in as governor" tell two steps of a career, not one act told twice."""
    one, other = _post(e), _post(m)
    return one is not None and other is not None and one != other


def _post(m: Mention) -> str | None:
    """The post an appointment puts someone in, by the head of its "as" phrase ("sworn in as the
    state's governor" -> "governor", "named Ana Roe as chief executive" -> "executive"); None for any
    other event, or an appointment that names no post."""
    if "Appointment" not in (m.type.name, *m.type.ancestors):
        return None
    tok = m.token
    holders = [tok, *(c for c in tok.children if c.dep_ in ("dobj", "prt", "nsubjpass"))]
    return next((p.lemma_.lower() for h in holders for c in h.children if c.dep_ == "prep" and c.lower_ == "as"
                 for p in c.children if p.dep_ == "pobj"), None)


def _named_by_the_act(keys: list[str], m: Mention, entities: dict[str, Entity]) -> bool:
    """Whether the doers are all unnamed groups the act itself names ("gunmen", "the attackers",
    "protesters"): such words of one story name the same doers ("Gunmen killed 20 ... The attackers
    opened fire")."""
    return all(entities[k].key.startswith("nominal/") and _head_noun(entities[k].name).lower() in m.type.doer_nouns
               for k in keys)


def _head_noun(name: str) -> str:
    """The last word of a group's name, in the singular: "gunmen" -> "gunman", "Islamist militants" -> "militant"."""
    word = name.split()[-1]
    return word[:-3] + "man" if word.endswith("men") else word[:-1] if word.endswith("s") else word


def _attackers_and_their_group(e: Mention, m: Mention, entities: dict[str, Entity]) -> bool:
    """Whether two accounts of an attack name its doers once by what they did and once by their group's
    name: "Islamist militants attacked an army post ... The attack was claimed by JNIM" (the militants
    are the group's men, whom the story does not name)."""
    if not (_attacks(e) and _attacks(m)):
        return False
    return (_unnamed_attackers(e.agents, entities) and _named_groups(m.agents, entities)) or (
        _unnamed_attackers(m.agents, entities) and _named_groups(e.agents, entities))


def _attacks(m: Mention) -> bool:
    return "Attack" in (m.type.name, *m.type.ancestors)


def _unnamed_attackers(keys: list[str], entities: dict[str, Entity]) -> bool:
    """Whether the doers are all groups named only by their violence: "militants", "Islamist militants"."""
    def attacker(key: str) -> bool:
        word = _head_noun(entities[key].name)
        return (word.islower() or key.startswith("nominal/")) and word.lower() in lexicon.ATTACKER_NOUNS
    return bool(keys) and all(entities[k].kind == "Group" and attacker(k) for k in keys)


def _named_groups(keys: list[str], entities: dict[str, Entity]) -> bool:
    """Whether the doers are all bodies or groups known by a name: "JNIM", "the Zorvan Front"."""
    return bool(keys) and all(entities[k].kind in ("Organization", "Group") and entities[k].name[:1].isupper()
                              and not _unnamed_attackers([k], entities) for k in keys)


def _drop_unnamed_attackers(m: Mention, entities: dict[str, Entity]) -> None:
    """Keep the group's name of an attack's doers told also by their violence ("militants" beside
    "JNIM", which claimed it): the name says who they are."""
    named = [k for k in m.agents if _named_groups([k], entities)]
    if named and _attacks(m) and any(_unnamed_attackers([k], entities) for k in m.agents):
        m.agents = [k for k in m.agents if not _unnamed_attackers([k], entities)]
        m.participants = [k for k in m.participants if not _unnamed_attackers([k], entities)]


def _one_area_struck(e: Mention, m: Mention, entities: dict[str, Entity]) -> bool:
    """Whether two accounts of a disaster strike one area told at two scales: "the quake struck
    eastern Norland" and "the quake hit the province of Velm" (a place in Norland). Attacks keep
    their targets apart: a city and a village in it may be struck by two attacks."""
    return "Disaster" in e.type.ancestors and "Disaster" in m.type.ancestors and any(
        a != b and _one_area(a, b, entities) for a in e.targets for b in m.targets)


def _one_area(one: str, other: str, entities: dict[str, Entity]) -> bool:
    """Whether two places may be one area told at two scales: one is the other or lies in it, or one
    is a country and the other a site no one places anywhere, which a reader puts in that country."""
    return not _places_apart(one, other, entities) or any(
        _country_told(a, entities) and _unplaced_site(b, entities) for a, b in ((one, other), (other, one)))


def _places_apart(one: str | None, other: str | None, entities: dict[str, Entity]) -> bool:
    """Whether two places are both known and neither is the other or lies in it."""
    return bool(one and other and one != other and one not in places_around(other, entities)
                and other not in places_around(one, entities))


def _shortened_names(keys: list[str], others: list[str], entities: dict[str, Entity]) -> bool:
    """Whether the two lists name one actor: a key in both, or a name all of whose words are words of
    a name in the other ("Velo" and "Velo Motors Inc.")."""
    if set(keys) & set(others):
        return True
    words = [[{w.lower() for w in n.split()} for n in (entities[k].name, *entities[k].aliases)] for k in keys]
    other_words = [[{w.lower() for w in n.split()} for n in (entities[k].name, *entities[k].aliases)] for k in others]
    return any(a <= b or b <= a for xs in words for a in xs for ys in other_words for b in ys)


def _same_in_headline_and_lead(keys: list[str], others: list[str], entities: dict[str, Entity]) -> bool:
    """Whether a headline's actors and its lead's name one party: a name shortened ("Velo" / "Velo
    Motors Inc."), or a state and the leader who holds its office ("US and China agree" / "U.S.
    President Joe Biden and Chinese President Xi Jinping agreed"), or some of the lead's states, where
    the headline's list lost a name to its parse ("Pakistan, India trade fire" / "Pakistani and Indian
    troops exchanged fire"), or one the headline describes by a common noun alone ("Opposition wins
    election" / "The opposition Green Party won")."""
    if _shortened_names(keys, others, entities) or all(k.startswith("nominal/") for k in keys):
        return True
    def states(ks: list[str]) -> set[str]:
        return {s for k in ks for s in ([k] if entities[k].kind == "GeopoliticalEntity" else entities[k].role_of)}
    return bool(states(keys)) and states(keys) <= states(others)


def _drop_shortened_names(m: Mention, entities: dict[str, Entity]) -> None:
    """Drop from the event's roles an actor whose name is a shortened name of another of the same role
    ("Velo" beside "Velo Motors Inc."): the headline's short form of the lead's actor."""
    def words(k: str) -> set[str]:
        return {w.lower() for w in entities[k].name.split()}
    for attr in ("agents", "participants", "targets"):
        keys = getattr(m, attr)
        short = {k for k in keys for o in keys if o != k and words(k) < words(o)}
        setattr(m, attr, [k for k in keys if k not in short])


def _drop_described(match: Mention, lead: Mention) -> None:
    """Drop from the event's roles the headline's description of a party the lead names ("Opposition
    wins election" / "The opposition Green Party won"): the name stands for it."""
    for attr in ("agents", "participants", "targets"):
        if any(not k.startswith("nominal/") for k in getattr(lead, attr)):
            setattr(match, attr, [k for k in getattr(match, attr)
                                  if not k.startswith("nominal/") or k in getattr(lead, attr)])


def _contest(m: Mention) -> bool:
    """Whether `m` is a contest, an event with a winner (an election), whose figures are told per candidate."""
    return m.type.role("agent") == "winner"


# Determiners that make an event noun point back at an event named before.
_DEFINITE = frozenset({"the", "this", "that", "these", "those", "all", "both", "each", "either", "neither"})


def _refers_back(members: list[Mention], e: Mention, m: Mention, entities: dict[str, Entity]) -> bool:
    """Whether mention `m` is read as the event already told (`e`, merged from `members`), not a new one.

    A reader takes a later mention for the same event when it restates it in the same sentence
    ("attacked and shelled Goma") or the lead restates the headline ("Quake kills dozens" /
    "An earthquake struck ..."), tells a part of it ("exchanged prisoners ... 300 were released"),
    points back at it ("the attack", "this exchange", "won all three elections"), or names the
    same doer, party or place or the same one it is done to ("Rebels attacked Goma. Rebels fired on
    the city"), or the same exact count ("200 arrested" / "more than 200 were arrested"), or the
    sentence before told it with the same word. A verb or an
    indefinite noun in a new sentence that shares none of them tells another event of the type:
    "Trump pardoned Smith. ... Jones was granted clemency" are two pardons.
    """
    if _same_sentence(members, m) or _headline_and_lead(members, m) or m.type.part_of == e.type.name:
        return True  # a part told after its whole is the whole's: "exchanged prisoners ... were released"
    if m.token.dep_ == "nsubjpass" and m.token.head.lemma_ == "feel":
        return True  # "Tremors were felt in Lima": the shaking of the quake told, felt far from where it struck
    if not (_dates_itself(m) and _date_of(e) is None):  # "the 2016 election" is that one, not the one told
        # "the attack"; a verb whose object is such a noun of its type: "won all three elections"
        told = m.token if m.token.pos_ != "VERB" else next(
            (c for c in m.token.children if c.dep_ in ("dobj", "nsubjpass") and c.lemma_.lower() in m.type.triggers), None)
        if (told is not None and _definite(told)) or _restated_next(members, m) or _site_named_again(members, m):
            return True
    if _craft_named_again(members, m) and not (m.time is not None and re.search(r"\d{4}", m.time.expr.mention.anchor)):
        # "a block that collapsed ... The tower caved in on Monday": the day the story tells, not a
        # year of another wreck's ("the ferry sank in 2018")
        return True
    if _brings_in_a_thing(m.token):
        # "shot down 18 of 22 drones launched by Russia overnight": the doer says whose the drones
        # are, the act is told anew with them; only a shared target or site makes it the one told
        return _shared_site(e, m)
    # doers and parties are all participants: "exchanged by both Russia and Ukraine" / "Russia and
    # Ukraine exchanged"; one city or site: "discussions in Istanbul" / "negotiations in Istanbul";
    # a country or state holds the whole story ("Toyota's US sales dropped 32% ... Honda's US sales
    # rose 8%" are two), but a state's contest is the one its voters hold ("caucuses in Iowa ... his
    # victory in Iowa")
    named_by_the_act = bool(e.agents and m.agents) and _named_by_the_act(e.agents, e, entities) \
        and _named_by_the_act(m.agents, m, entities)  # "Gunmen killed 20 ... The attackers opened fire"
    return _shared_actor(e, m) or named_by_the_act or _same_count(e, m) or _called_by_its_name(members, m) or (
        e.place is not None and e.place == m.place and (
            entities[e.place].kind != "GeopoliticalEntity" or _contest(e) or _contest(m))) \
        or _same_things_befallen(members, m) or _thing_acted_on_again(members, m)


def _thing_acted_on_again(members: list[Mention], m: Mention) -> bool:
    """Whether a verb acts on "the" thing an account before acted on, named by the same common noun:
    "passed a finance bill ... The bill was approved by 195 votes to 106", "seized a tanker ... the
    tanker was taken to Bandar Abbas" (the restatement often brings the figures), where the sentence
    before tells it and no other such thing is told before."""
    def acted_on(x: Mention) -> list[Token]:
        if x.token.pos_ != "VERB":
            return []
        passive = any(c.dep_ == "nsubjpass" for c in x.token.children)
        return [c for c in x.token.children if c.pos_ == "NOUN"
                and (c.dep_ == "nsubjpass" or c.dep_ == "dobj" and not passive)]
    again = {c.lemma_.lower() for c in acted_on(m) if any(d.dep_ == "det" and d.lower_ == "the" for d in c.children)}
    if not again:
        return False
    # only the one such thing told, in the sentence before: "the contract", after two contracts
    # told or a paragraph later, may be another
    p = parsed(m.token.doc)
    start = sent_start(m.token)
    before = p.sent_bounds[start - 1][0] if start > 0 else start
    key = ("nouns told before", m.token.i)  # asked once per candidate event: the scan is the mention's
    if key not in p.memo:
        p.memo[key] = [i for i in range(start) if p.pos[i] == "NOUN" and p.lemmas[i] in again]
    told = p.memo[key]
    ours = {c.i for x in members for c in acted_on(x)}
    return any(i in ours and i >= before for i in told) and all(i in ours for i in told)


def _same_things_befallen(members: list[Mention], m: Mention) -> bool:
    """Whether a disaster told by a verb befalls the same kind of thing, named by a common noun, as
    an account of it before: "the quake caused buildings in the port to collapse ... about 20
    buildings collapsed" (the count often comes only in the restatement)."""
    if "Disaster" not in m.type.ancestors:
        return False
    things = _things_befallen(m)
    return bool(things) and any(things & _things_befallen(x) for x in members if x.type.name == m.type.name)


def _things_befallen(x: Mention) -> set[str]:
    """The lemmas of the common nouns a disaster's verb befalls: its subject ("buildings collapsed")."""
    if x.token.pos_ != "VERB":
        return set()
    return {c.lemma_.lower() for c in x.token.children if c.dep_ in ("nsubj", "nsubjpass") and c.pos_ == "NOUN"}


def _called_by_its_name(members: list[Mention], m: Mention) -> bool:
    """Whether `m`'s subject is the proper name an earlier account gave the event itself beside a
    word of its type: "Typhoon Marlo slammed into ... Marlo later weakened", "Storm Elin hit Wales.
    Elin brought down trees" (a storm, an operation, a fire known by its name)."""
    told = [s for s in m.token.children if s.dep_ in ("nsubj", "nsubjpass") and s.pos_ == "PROPN"]
    if not told:
        return False
    words = m.type.triggers
    named: set[str] = set()
    for x in members:
        for phrase in (c for c in x.token.children if c.dep_ in ("nsubj", "nsubjpass")):
            parts = [t for t in phrase.subtree if t.i <= phrase.i]
            if any(t.lemma_.lower() in words for t in parts):
                named |= {t.text for t in parts if t.pos_ == "PROPN" and t.lemma_.lower() not in words}
    return any(t.text in named for s in told for t in s.subtree if t.pos_ == "PROPN")


def _same_count(e: Mention, m: Mention) -> bool:
    """Whether two accounts count the same exact figure of the same thing ("200 arrested" in the
    headline, "more than 200 were arrested" below): a story tells its figures again."""
    def counts(x: Mention) -> set[tuple[str | None, object]]:
        return {(q.quantity.unit, q.quantity.value) for q in x.quantities if q.quantity.value is not None
                and not _rough(q)}
    return bool(counts(e) & counts(m))


def _shared_site(e: Mention, m: Mention) -> bool:
    """Whether two accounts name one target or one place."""
    return bool(set(e.targets) & set(m.targets)) or (e.place is not None and e.place == m.place)


def _brings_in_a_thing(verb: Token) -> bool:
    """Whether a verb trigger is a participle that tells what a thing brought in as new underwent:
    "22 drones launched by Russia", "a ship seized by pirates" (not "the drones launched ...",
    which points back at drones told before)."""
    noun = verb.head
    return verb.dep_ == "acl" and verb.tag_ == "VBN" and noun.pos_ == "NOUN" and not _definite(noun)


_SITE_PREPOSITIONS = frozenset({"on", "at", "near", "against", "in", "into", "outside"})


def _sites(tok: Token) -> list[Token]:
    """The nouns of the sites a trigger's at/on/near phrases name: "an attack on an army base"."""
    return [p for c in tok.children if c.dep_ == "prep" and c.lower_ in _SITE_PREPOSITIONS
            for p in c.children if p.dep_ == "pobj" and p.pos_ == "NOUN"]


def _site_named_again(members: list[Mention], m: Mention) -> bool:
    """Whether `m` happens at a site an account of the event named, now with "the": "militants attacked
    an army base near Gao ... Twelve mortar shells landed near the base" (a verb of an attack or a disaster told
    at the site already struck)."""
    again = [p for p in _sites(m.token) if _definite(p)]
    if not again or not {m.type.name, *m.type.ancestors} & {"Attack", "Disaster"}:
        return False
    lemmas = {w.lemma_.lower() for x in members if x.token.i < m.token.i
              for p in [*_sites(x.token), *(c for c in x.token.children if c.dep_ == "dobj")]
              for w in p.subtree if w.i <= p.i and w.pos_ == "NOUN"}  # "an air base housing troops"
    return any(p.lemma_.lower() in lemmas for p in again)


# Craft whose wreck or crash is the accident: "the vessel" told after "a ferry capsized" is that ferry.
_CRAFT_NOUNS = lexicon.VEHICLE_WORDS | frozenset("train bus coach truck lorry minibus jet".split())


def _craft_named_again(members: list[Mention], m: Mention) -> bool:
    """Whether `m` is an accident or collapse that a craft or structure told before, now with "the",
    underwent: "An overloaded ferry capsized off Sulawesi ... The wooden vessel, carrying 72 people,
    overturned in high waves", "a block that collapsed in Lagos ... The unfinished tower caved in on
    Monday" (a verb whose subject is such a thing, as the subject of an account of the event was)."""
    if m.token.pos_ != "VERB" or not {"Accident", "Collapse"} & {m.type.name, *m.type.ancestors}:
        return False
    things = _CRAFT_NOUNS | m.type.themes
    return any(_definite(s) for s in _subjects_among(m.token, things)) \
        and any(_subjects_among(x.token, things) for x in members if x.token.i < m.token.i)


def _subjects_among(verb: Token, things: frozenset[str]) -> list[Token]:
    """The nouns of `things` that are the subject of `verb` (a relative pronoun's antecedent: "a block
    that collapsed"), or that the parser hung it from as a participle where the noun heads the
    sentence or is the subject of its main verb ("The wooden vessel | overturned in high waves", "The
    vessel, carrying 72 people, | overturned ..., said Hamdan"): either way the thing underwent it."""
    subjects = [antecedent(s) for s in verb.children if s.dep_ in ("nsubj", "nsubjpass")]
    if verb.dep_ == "acl" and verb.head.dep_ in ("ROOT", "nsubj"):
        subjects.append(verb.head)
    return [s for s in subjects if s.lemma_.lower() in things]


def _restated_next(members: list[Mention], m: Mention) -> bool:
    """Whether the sentence before `m`'s tells the event with the same word, used alike: "A judge
    ruled on Friday that ... Judge Gray Miller ruled in favour of ..." (not "issued four pardons.
    Smith was pardoned", one of the four)."""
    start = sent_start(m.token)
    if start == 0:
        return False
    before = sent_start(m.token.doc[start - 1])
    return any(x.token.lemma_ == m.token.lemma_ and x.token.tag_ == m.token.tag_ and sent_start(x.token) == before
               for x in members)


def _headline_and_lead(members: list[Mention], m: Mention) -> bool:
    """Whether `m` stands in the lead sentence and one of `members` in the headline above it."""
    doc = m.token.doc
    head_end = headline_end(parsed(doc).text)
    if head_end is None or m.token.idx < head_end or not any(x.token.idx < head_end for x in members):
        return False
    lead = first_prose_sentence(doc, head_end)
    return lead is not None and sent_start(lead) == sent_start(m.token)


def _described_in_headline(members: list[Mention]) -> bool:
    """Whether the headline tells who does it, or to whom, by description alone: "Velmarian finance
    minister resigns" describes whom its lead names ("Velmaria's finance minister Anja Doric resigned"),
    so the lead's name tells no other doer; "Velo recalls cars" names its doer."""
    doc = members[0].token.doc
    head_end = headline_end(parsed(doc).text)
    phrases = [c for x in members if head_end is not None and x.token.idx < head_end
               for c in x.token.children if c.dep_ in ("nsubj", "nsubjpass", "dobj", "poss")]
    return bool(phrases) and all(p.pos_ == "NOUN" for p in phrases)


def _same_sentence(members: list[Mention], m: Mention) -> bool:
    return any(sent_start(x.token) == sent_start(m.token) for x in members)


def _definite(tok: Token) -> bool:
    """Whether the noun `tok` is definite: "the attack", "this exchange", "all three elections",
    "Rossi's arrest", "its election"."""
    return any(c.dep_ == "poss" or (c.dep_ in ("det", "predet") and c.lower_ in _DEFINITE) for c in tok.children)


def _points_back(m: Mention) -> bool:
    """Whether a mention is a definite noun of its type ("the fire") or a verb told of one ("the fire
    broke out")."""
    if m.token.pos_ != "VERB":
        return _definite(m.token)
    words = m.type.triggers | m.type.themed
    return any(c.dep_ in ("nsubj", "nsubjpass") and c.lemma_.lower() in words and _definite(c)
               for c in m.token.children)


def _dates_itself(m: Mention) -> bool:
    """Whether the mention's own phrase names its day or year: "the 2016 election" is that one, not
    whichever election was told before."""
    first, last = m.token.left_edge.i, m.token.right_edge.i
    return m.time is not None and first <= m.time.start and m.time.end - 1 <= last


def _rough(q: FoundQuantity) -> bool:
    """Whether a figure is an order of magnitude ("dozens of", "hundreds of"), not a count."""
    return (q.quantity.qualifier or "").endswith(" of")


def _year_of(m: Mention) -> str | None:
    """The year `m` is dated to, if any ("2016" of "2016-02-09")."""
    day = _date_of(m)
    return day[:4] if day and day[:4].isdigit() else None


def _one_death(e: Mention, m: Mention) -> bool:
    """Whether two accounts tell the death of one person, which happens once whatever days its accounts
    give: "Ana Roe has died, her family said on Saturday" and "Roe died at home on Friday"."""
    return e.type.name == m.type.name == "Death" and bool(set(e.targets) & set(m.targets))


def _date_of(m: Mention) -> str | None:
    if m.time is None:
        return None
    return m.time.expr.value or m.time.expr.start


def one_figure_told_twice(r: Reading, events: dict[str, Event]) -> None:
    """One count told twice, in the headline and again in the lead ("Floods kill 23" / "floods killed
    at least 23 people") or restated further down, is one figure of the event: of an event's figures
    of one value and unit told in different sentences, one stays, the first told unless a later one
    says more ("at least 23") or the first is the headline's, whose words the story's own replace
    ("Seven die in bus crash" / "killing seven people"). The dead and the killed are one count.
    Figures of one sentence stay each ("5 died in Lyon and 5 in Nantes")."""
    found = {q.quantity.key: q for q in r.quantities}
    head_end = r.headline_end
    for ev in events.values():
        kept: list[FoundQuantity] = []
        for key in ev.quantities:
            q = found.get(key)
            if q is None:
                continue
            twin = next((n for n, k in enumerate(kept) if _told_again(r, k, q)), None)
            if twin is None:
                kept.append(q)
            elif q.quantity.qualifier and not kept[twin].quantity.qualifier or (
                    r.doc[kept[twin].anchor].idx < head_end < r.doc[q.anchor].idx
                    and not (kept[twin].quantity.qualifier and not q.quantity.qualifier)):
                kept[twin] = q
        keys = {q.quantity.key for q in kept}
        ev.quantities = [k for k in ev.quantities if k in keys or k not in found]


def _told_again(r: Reading, first: FoundQuantity, q: FoundQuantity) -> bool:
    """Whether figure `q` tells the count `first` told, in another sentence."""
    return q.quantity.value is not None and (first.quantity.value, _fate(first.quantity.unit)) == (
        q.quantity.value, _fate(q.quantity.unit)) and sent_start(r.doc[first.anchor]) != sent_start(r.doc[q.anchor])


def _fate(unit: str | None) -> str | None:
    return "killed" if unit == "dead" else unit
