"""Which event a figure counts: "37 killed" goes to the attack, "$2 billion" to the deal."""

from __future__ import annotations

import calendar
import re
from collections import defaultdict
from dataclasses import dataclass
from functools import lru_cache
from datetime import date, timedelta

from spacy.tokens import Doc, Token

from kg.extraction import lexicon
from kg.extraction.events.mention import Mention, Reading
from kg.extraction.events.phrases import names_a_model, same_paragraph
from kg.extraction.parsed import parsed, sent_start, tree_distance
from kg.extraction.quantities import FoundQuantity, workforce
from kg.records import Event, TimeExpression, places_around
from kg.taxonomy import taxonomy

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
        if _counts_the_speakers(anchor):
            continue  # "..., the two companies said": who tells it, no figure of what is told
        same_sentence = [m for m in mentions if sent_start(m.token) == sent_start(anchor)]
        if not same_sentence:
            if (contest := _contest_of_turnout(anchor, mentions)) is not None:
                contest.quantities.append(q)  # "Turnout was 57 percent": the election's, not the last win told
                continue
            if _workforce_size(q, anchor):
                continue  # "Norlen employs 60,000 people" tells the company's size, no figure of the act before
            if _share_held_by_others(q, anchor):
                continue  # "Gangs control 80 percent of the capital": a share of a thing, told of no act
            earlier = [m for m in mentions if m.token.i < anchor.i and m.folded_into is None
                       and same_paragraph(doc, m.token.idx, anchor.idx)]
            if earlier and not _someone_elses(r, q, earlier[-1]) \
                    and not _another_countrys(r, doc[q.anchor], earlier[-1].place, [earlier[-1].token]):
                earlier[-1].quantities.append(q)
            continue
        if _level_brought_to(anchor):
            continue  # "the order brought its backlog to $26 billion": the backlog's level, no figure of the order
        described = _describing_clause(anchor, same_sentence)
        if described is not None:
            # "the charity, which runs 40 schools, opened one": a figure of what a noun is like counts
            # only an event told inside that clause
            same_sentence = [m for m in same_sentence if described.left_edge.i <= m.token.i <= described.right_edge.i]
            if not same_sentence:
                continue
        if q.quantity.unit in _CASUALTY_UNITS:
            violent = [m for m in same_sentence if m.type.name not in ("Appeal", "Agreement", "Negotiation")]
            same_sentence = violent or same_sentence
        # at equal distance, the event word of the figure's own clause ("Arlo ordered $6 billion of jets,
        # while Bexa signed a deal for $7 billion": the deal, not the order the clause hangs from), then
        # the one whose phrase holds the figure ("won a $2 billion contract to supply ...": the winning,
        # not the supplying that hangs from the contract)
        clause = _clause_of(anchor)
        best = min(same_sentence, key=lambda m: (_distance(anchor, m.token), _clause_of(m.token) != clause,
                                                 not _holds(m.token, anchor), abs(anchor.i - m.token.i)))
        target = best.folded_into or best
        target.quantities.append(q)
    return mentions


# Nouns of a contest whose turnout is told: "the parliamentary election", "the referendum".
_CONTEST_NOUNS = frozenset({"election", "vote", "referendum", "poll", "runoff", "ballot", "primary", "by-election"})


def _contest_of_turnout(anchor: Token, mentions: list[Mention]) -> Mention | None:
    """The contest a turnout figure told in a sentence of its own belongs to ("Turnout was 57 percent,
    up from 47 percent"): the last election told before it by a noun of contest, not the party's win
    told just before; None when the figure is no turnout or no such contest is told."""
    clause = anchor
    while clause.dep_ not in ("ROOT", "ccomp", "conj") and clause.head.i != clause.i:
        clause = clause.head
    if not any(c.dep_ == "nsubj" and c.lemma_.lower() == "turnout" for c in clause.children):
        return None
    found = [m for m in mentions if m.token.i < anchor.i and m.folded_into is None and m.type.name == "Election"
             and m.token.pos_ == "NOUN" and m.token.lemma_.lower() in _CONTEST_NOUNS]
    return found[-1] if found else None


def _counts_the_speakers(anchor: Token) -> bool:
    """Whether a figure counts those who say or report the news, the subject of a verb of saying:
    "the two companies said", "three witnesses told Reuters" (who tells it, not what it tells)."""
    noun = anchor
    while noun.dep_ in ("nummod", "compound", "quantmod") and noun.head is not noun:
        noun = noun.head
    return noun.dep_ == "nsubj" and noun.head.pos_ == "VERB" and noun.head.lemma_.lower() in _SAYING_VERBS


# Verbs of telling news, whose subject is its source ("the two companies said", "three officials told").
_SAYING_VERBS = frozenset({"say", "tell", "add", "confirm", "state", "report", "announce"})


# Verbs that set a running measure to a new level ("brought its backlog to", "lifts its fleet to"), and the
# measures a company keeps whose level is no figure of the act that changed it.
_LEVEL_VERBS = frozenset({"bring", "take", "lift", "raise", "push", "boost", "swell", "increase", "expand"})
_KEPT_LEVELS = frozenset({"backlog", "book", "fleet", "debt", "reserve", "portfolio", "capacity", "headcount"})


def _level_brought_to(anchor: Token) -> bool:
    """Whether a figure is the level a verb brings a kept measure to: "the order brought its backlog to a
    record $26.3 billion", "the deal takes its fleet to 120 aircraft" (the backlog's, the fleet's, not the act's)."""
    noun = anchor
    while noun.dep_ in ("nummod", "compound", "quantmod") and noun.head is not noun:
        noun = noun.head
    prep = noun.head
    if noun.dep_ != "pobj" or prep.lower_ != "to" or prep.head.pos_ != "VERB":
        return False
    verb = prep.head
    return verb.lemma_.lower() in _LEVEL_VERBS and any(
        c.dep_ == "dobj" and c.lemma_.lower() in _KEPT_LEVELS for c in verb.children)


def _describing_clause(anchor: Token, mentions: list[Mention]) -> Token | None:
    """The verb of the relative clause a figure stands in, when that clause tells what a noun is like
    or has ("the charity, which runs 40 schools", "the vaccine, which was tested on 4,800 children"):
    neither its verb nor its noun is an event word. None when the figure stands in no relative clause,
    or in one that tells an event ("the attack, which killed 12"), what happened at a place or time
    ("Odesa, where two missiles killed three") or describes an event ("a study that followed 4,000
    patients": its figure counts the study)."""
    node = anchor
    while node.dep_ != "relcl":
        if node.head.i == node.i:
            return None
        node = node.head
    if any(c.lower_ in ("where", "when") for c in node.children):
        return None  # "Odesa, where two missiles killed three": what happened there, no description
    words = {t.i for m in mentions for t in (m.token, *m.also)}
    return None if node.i in words or node.head.i in words else node


def _share_held_by_others(q: FoundQuantity, anchor: Token) -> bool:
    """Whether a percentage of a thing is told, in a sentence of no event, of a subject of its own:
    "Gangs control about 80 percent of the capital" says what the gangs hold. One told of what was
    just told ("This would be nearly half of the kingdom's output") is that act's figure."""
    if q.quantity.unit != "percent":
        return False
    share = anchor.head.head if anchor.dep_ == "pobj" and anchor.head.lower_ == "of" else anchor
    if not (share is not anchor or any(c.dep_ == "prep" and c.lower_ == "of" for c in anchor.children)):
        return False
    verb = share.head
    return any(c.dep_ in ("nsubj", "nsubjpass") and c.pos_ in ("NOUN", "PROPN") for c in verb.children)


def _workforce_size(q: FoundQuantity, anchor: Token) -> bool:
    """Whether a count is the size of an employer's workforce ("employs 60,000 people")."""
    return q.quantity.unit == "employee" and workforce(anchor)


def _someone_elses(r: Reading, q: FoundQuantity, mention: Mention) -> bool:
    """Whether an amount or share is that of a named actor `mention` does not involve: the subject of the
    figure's own clause ("Ford's sales dropped 42%. General Motors reported a 49% decline": GM's decline
    is no part of Ford's fall). A count of people is the earlier event's whoever tells it."""
    if not (q.quantity.currency or q.quantity.unit == "percent"):
        return False
    verb = r.doc[q.anchor]
    while verb.pos_ not in ("VERB", "AUX") and verb.head.i != verb.i:
        verb = verb.head
    owners = {k for c in verb.children if c.dep_ == "nsubj" for k in r.index.in_subtree(c)}
    involved = {*mention.agents, *mention.targets, *mention.participants, *mention.doers, *mention.undergoers}
    return bool(owners) and not owners & involved


def _another_countrys(r: Reading, anchor: Token, place: str | None, told_at: list[Token]) -> bool:
    """Whether a toll told in a sentence of its own counts the dead or sick of another country than an
    event told before: its sentence names a state, and none that the event's place lies in or
    the event's own sentences name ("Zambia confirmed 40 deaths. Neighbouring Malawi reported 12
    deaths": Malawi's 12 are no part of Zambia's outbreak)."""
    entities = r.index.entities
    bounds = parsed(r.doc).sent_bounds

    def states_in(tok: Token) -> set[str]:
        start, end = bounds[tok.i]
        return {k for i in range(start, end) if (k := r.index.by_token.get(i)) is not None
                and entities[k].kind == "GeopoliticalEntity" and entities[k].country_key in (None, k)}

    here = states_in(anchor)
    if not here or not _tolls_told_with(r, anchor):
        return False
    theirs = {place, *places_around(place, entities)} if place else set()
    for tok in told_at:
        theirs |= states_in(tok)
    return bool(theirs) and not here & theirs


def _tolls_told_with(r: Reading, anchor: Token) -> bool:
    """Whether the figure at `anchor` counts the dead, hurt, missing or sick: the counts a country's
    own report tells of its own people. Money and shares told beside another state may be the
    event's own ("in the United States, sales fell 7%")."""
    return any(q.anchor == anchor.i and q.quantity.unit in _TOLL_UNITS for q in r.quantities)


_TOLL_UNITS = frozenset({"killed", "dead", "injured", "missing", "casualty", "case", "infected"})


def _distance(anchor: Token, trigger: Token) -> int:
    """How far a figure is from an event word in the parse: a noun told as the object of its verb, or
    of a preposition on it ("Thousands of nurses went on strike, and police detained 12"), is as near as
    the verb, whose subject counts its doers, not the verb of a clause joined after."""
    near = tree_distance(anchor, trigger)
    verb = trigger.head.head if trigger.dep_ == "pobj" else trigger.head
    if trigger.pos_ == "NOUN" and trigger.dep_ in ("dobj", "pobj") and verb.pos_ in ("VERB", "AUX") \
            and (trigger.dep_ == "dobj" or trigger.head.dep_ == "prep"):
        return min(near, tree_distance(anchor, verb))
    return near


def _clause_of(word: Token) -> int:
    """The index of the verb whose clause `word` is in (itself if it is one; the root if none)."""
    while word.pos_ not in ("VERB", "AUX") and word.head.i != word.i:
        word = word.head
    return word.i


def _holds(word: Token, anchor: Token) -> bool:
    """Whether `anchor` is in the phrase `word` heads."""
    return word.left_edge.i <= anchor.i <= word.right_edge.i and anchor in word.subtree


@dataclass(frozen=True)
class _Kind:
    """The events that count a unit: `targets` are the types a count goes to, `keepers` the types
    that may hold it as theirs (a vote counts a bill's passage or a court's ruling as well as an
    election)."""

    targets: frozenset[str]
    keepers: frozenset[str]


_ELECTION = frozenset({"Election"})
_SEATS = _Kind(_ELECTION, _ELECTION)
_VOTES = _Kind(_ELECTION, frozenset({"PoliticalEvent", "Ruling"}))
_CAUSES = frozenset({"Attack", "Clash", "Disaster", "Outbreak"})
_TOLL = _Kind(_CAUSES, _CAUSES | {"Protest"})
_RELEASES = frozenset({"Pardon", "Parole", "PrisonerRelease"})
_SERVED = _Kind(_RELEASES, _RELEASES)
# The size of a workforce is what job cuts cut into ("cut 4,500 jobs ... Norlen employs 60,000 people").
_CUTS = frozenset({"JobCuts", "Closure"})
_WORKFORCE = _Kind(frozenset({"JobCuts"}), _CUTS)
_KINDS: dict[str, _Kind] = {
    "seat": _SEATS, "delegate": _SEATS,
    "vote": _VOTES, "voter": _VOTES, "ballot": _VOTES,
    "killed": _TOLL, "dead": _TOLL, "injured": _TOLL, "missing": _TOLL, "casualty": _TOLL, "trapped": _TOLL,
    "served": _SERVED,  # "year served": the time behind a release, not part of the sentence
}
# What a disaster or attack leaves behind beyond its toll: the people rescued, evacuated, displaced or
# surviving, and the homes it destroyed ("200 homes were destroyed", "43 survivors were found").
_AFTERMATH = _Kind(_CAUSES, _CAUSES | {"Protest"})
_AFTERMATH_UNITS = frozenset({"rescued", "evacuated", "displaced", "survivor"})
# The acts whose object such a count is: rescuing, evacuating, displacing; destroying and damaging when
# told in the passive with no doer named ("200 homes were destroyed": by what the story is about).
_AFTERMATH_VERBS = frozenset({"rescue", "evacuate", "displace"})
_DAMAGE_VERBS = frozenset({"destroy", "damage", "raze", "flatten"})
# Events a count may stay on beside the event that counts it: the act whose object it is ("Warren
# earned 8 delegates") and the deaths it tolls ("189 died").
_OWN_ACTS = frozenset({"Event", "Casualty", "Death", "Injury"})
# Of these, the deaths and injuries a toll counts keep it wherever it is told.
_TOLLED = _OWN_ACTS - {"Event"}


def counts_of_their_kind(r: Reading, events: dict[str, Event]) -> None:
    """A count of what one kind of event counts belongs to an event of that kind: delegates and seats
    to an election ("Warren earned 8 delegates", "the party lost 20 seats"), votes to an election
    (or a bill's vote), the dead and hurt to the attack, disaster or outbreak that caused them
    ("All 189 on board died when the jet came down"), time served to the pardon or release it
    preceded ("served eight years before being granted clemency"), the size of a workforce to job cuts
    ("Norlen employs 60,000 people"). Unless an event that can count
    it holds it already, it goes to the nearest such event in its sentence, else to the last one
    before it in the article, else to the first one after. It stays on the act whose object it is
    and on the deaths it tolls, and leaves an event of another type, which cannot count it ("20 were
    arrested and two officers injured": the arrests hurt no one), and an act of no kind it is not the
    object of ("killing eight and wounding 16 before police shot him": the shooting by police hurt none of them)."""
    types = taxonomy()
    mentions: dict[str, list[Token]] = defaultdict(list)
    for i, key in sorted(r.token_map.items()):
        mentions[key].append(r.doc[i])

    def isa(event: Event, names: frozenset[str]) -> bool:
        etype = types.get(event.type)
        return event.type in names or etype is not None and bool(names & set(etype.ancestors))

    for q in r.quantities:
        kind = _kind_of(q, r.doc)
        if kind is None:
            continue
        key = q.quantity.key
        holders = [e for e in events.values() if key in e.quantities]
        if any(isa(e, kind.keepers) for e in holders):
            continue
        fitting = [e for e in events.values() if isa(e, kind.targets) and mentions[e.key]]
        target = _vote_told_by_its_verb(r, q, events) if kind is _VOTES else None
        if target is not None and not isa(target, kind.keepers):
            target = None
        target = target or _nearest(r, r.doc[q.anchor], kind, holders, fitting, mentions)
        if target is None or _killed_by_the_forces_of_order(r, holders, target):
            continue
        target.quantities.append(key)
        counted = r.doc[q.anchor]
        # the act whose object the count is: "evacuated 8,000", "the evacuation of 8,000 people"
        act = counted.head.head if counted.dep_ == "pobj" and counted.head.lower_ == "of" else counted.head
        own = r.token_map.get(act.i)
        for e in holders:
            if e.key == own and (kind is _AFTERMATH or e.type in _OWN_ACTS) or e.type in _TOLLED:
                continue  # "evacuated 8,000" stays the evacuation's, "earned 8 delegates" the earning's
            e.quantities.remove(key)  # "ousting" counts no seats; "... 16 wounded before police shot him" no shot's


def _killed_by_the_forces_of_order(r: Reading, holders: list[Event], attack: Event) -> bool:
    """Whether the count is of those police or troops killed or hurt, told as their act ("opened fire,
    killing six, before he was shot dead by police"): the attacker's end, which the attack did not
    cause, unless the attack is theirs too."""
    def of_order(key: str) -> bool:
        ent = r.index.entities.get(key)
        return ent is not None and bool(set(ent.name.lower().split()) & _FORCES_OF_ORDER)
    return any(e.type in _TOLLED and e.agents and not set(e.agents) & set(attack.agents)
               and all(of_order(a) for a in e.agents) for e in holders)


# Words naming the police or troops who end an attack by others: "shot dead by police", "troops killed him".
_FORCES_OF_ORDER = lexicon.POLICE_NOUNS | frozenset({"officers", "troops", "soldiers", "forces", "army", "military"})


_DEFINITE = frozenset({"the", "this", "that"})
_INDEFINITE = frozenset({"a", "an"})


def figures_of_the_thing_told_before(r: Reading, events: dict[str, Event]) -> None:
    """An event done to "the N" (its object, or its subject in the passive) counts the figures that
    measured N where the article brought it in, as "a N": "won a $40 billion contract to supply 179
    tankers ... The contract was awarded on merit" gives the award $40 billion and 179 tankers. Only
    when one N was brought in before: with two ("a $10 billion contract in 2006"), which one "the N"
    means is left open. Figures are the thing's amount or share and counts told in a clause about it;
    not a count of N itself ("300 protesters ... the protesters were freed") nor a size ("a 75 ft boat")."""
    for key, indices in r.event_tokens.items():
        event = events.get(key)
        if event is None:
            continue
        for i in indices:
            verb = r.doc[i]
            if verb.pos_ != "VERB":
                continue
            for noun in verb.children:
                if noun.dep_ not in ("dobj", "nsubjpass") or noun.pos_ != "NOUN" or not _definite(noun):
                    continue
                for q in _measures_of(r, _brought_in(noun)):
                    if q.quantity.key not in event.quantities:
                        event.quantities.append(q.quantity.key)


def _definite(noun: Token) -> bool:
    """Whether `noun` points back to a thing named before: "the contract", "this deal", with no figure of its own."""
    return any(c.dep_ == "det" and c.lower_ in _DEFINITE for c in noun.children) \
        and not any(c.dep_ in ("nummod", "quantmod", "compound") and c.like_num for c in noun.children)


def _brought_in(noun: Token) -> Token | None:
    """The one N that "the N" at `noun` points back to: the only N before its sentence brought in with "a"
    or no determiner at all ("US$40 billion contract"), in the same number; None if there are several."""
    lemma = noun.lemma_.lower()
    brought = [t for t in noun.doc[:noun.sent.start] if t.pos_ == "NOUN" and t.lemma_.lower() == lemma
               and t.tag_ == noun.tag_ and t.dep_ not in ("compound", "attr") and _indefinite(t)]
    return brought[0] if len(brought) == 1 else None


def _indefinite(noun: Token) -> bool:
    """Whether `noun` brings a thing in: "a contract", "US$40 billion contract" (no determiner at all)."""
    dets = {c.lower_ for c in noun.children if c.dep_ in ("det", "poss", "predet")}
    return bool(dets & _INDEFINITE) or not dets


def _measures_of(r: Reading, noun: Token | None) -> list[FoundQuantity]:
    """The figures, with a unit, in the phrase of `noun`: its amount or share ("a $2 billion deal", "a 5%
    stake") and the counts of a clause about it ("a contract to supply 179 tankers")."""
    if noun is None:
        return []
    phrase = noun.head if noun.dep_ == "appos" and noun.head.pos_ == "NUM" else noun
    # "a US$40 billion (£20.1 billion) contract": the aside about the amount makes the parser hang the noun
    # from the amount, as if told beside it
    first, last = phrase.left_edge.i, phrase.right_edge.i
    return [q for q in r.quantities if first <= q.start and q.end - 1 <= last
            and q.quantity.unit is not None and q.quantity.value is not None
            and (q.quantity.currency or q.quantity.unit == "percent" or _in_clause(r.doc[q.anchor], phrase))]


def _in_clause(word: Token, top: Token) -> bool:
    """Whether a verb stands between `word` and `top`, the phrase it is in."""
    while word.i != top.i and word.head.i != word.i:
        word = word.head
        if word.pos_ == "VERB" and word.i != top.i:
            return True
    return False


# Types whose figures count goods: the things ordered, bought or handed over.
_GOODS_TYPES = ("Order", "Delivery")


def goods_counted_by_their_model(r: Reading, events: dict[str, Event]) -> None:
    """A count of goods the text names by their model ("18 V9s", "six T400s") counts things of the
    kind the article names its goods by: the first word for goods of an order or delivery in it
    ("Volant wins orders for new aircraft ... firm orders for 18 V9s" counts 18 aircraft). With no such
    word, the model's name stays what the count counts."""
    types = taxonomy()
    goods_events = [e for e in events.values() if e.type in _GOODS_TYPES or (
        e.type in types and set(_GOODS_TYPES) & set(types[e.type].ancestors))]
    counted = {key for e in goods_events for key in e.quantities}
    if not counted:
        return  # most stories tell no order: spare them a pass over every word
    kinds = set().union(*(types[n].themes for n in _GOODS_TYPES)) - {"order"}
    p = parsed(r.doc)
    kind = next((lemma for lemma, pos in zip(p.lemmas, p.pos) if pos == "NOUN" and lemma in kinds), None)
    if kind is None:
        return
    for q in r.quantities:
        if q.quantity.key in counted and not q.quantity.currency and q.quantity.unit not in (None, "percent") \
                and names_a_model(r.doc[q.anchor], r.index):
            q.quantity.unit = kind


# Nouns of what a thing is worth: "the jets have a list value of $2 billion".
_WORTH_NOUNS = frozenset({"value", "price", "cost", "worth"})


def worth_of_the_goods(r: Reading, events: dict[str, Event]) -> None:
    """What the goods of an order or delivery are worth is a figure of that order: "Corvane ordered 12
    aircraft ... The aircraft have a list value of $1.8 billion" gives the order $1.8 billion, not
    whatever other act its sentence tells ("although Airbus offered a discount"). The goods are the
    subject of "have a value (price, cost) of", "are worth" or "are valued at", named by the unit of a
    count the order holds; the order is the last one told before that holds such a count."""
    types = taxonomy()
    goods_events = [e for e in events.values() if e.type in _GOODS_TYPES or (
        e.type in types and set(_GOODS_TYPES) & set(types[e.type].ancestors))]
    if not goods_events:
        return
    found = {q.quantity.key: q for q in r.quantities}
    for q in r.quantities:
        if not q.quantity.currency or q.quantity.value is None:
            continue
        goods = _goods_valued(r.doc[q.anchor])
        if goods is None or goods.i in r.token_map:
            continue  # "the order is worth $6.8 billion": the worth of an act is told of the act itself
        lemma = goods.lemma_.lower()
        owners = [e for e in goods_events if r.event_tokens.get(e.key) and min(r.event_tokens[e.key]) < q.anchor
                  and any((c := found.get(k)) is not None and c.quantity.unit == lemma for k in e.quantities)]
        if not owners:
            continue
        order = max(owners, key=lambda e: min(r.event_tokens[e.key]))
        for e in events.values():
            if e is not order and q.quantity.key in e.quantities and e not in goods_events:
                e.quantities.remove(q.quantity.key)  # the discount offered is not what the jets are worth
        if q.quantity.key not in order.quantities:
            order.quantities.append(q.quantity.key)


def _goods_valued(amount: Token) -> Token | None:
    """The noun of the things whose worth the amount at `amount` tells: the subject of "have a value of $X",
    "are worth $X", "are valued at $X"; None if the amount tells something else."""
    word = amount
    while (word.dep_ in ("compound", "nummod", "quantmod", "nmod")
           or word.dep_ == "appos" and word.head.like_num) and word.head.i != word.i:
        word = word.head  # "a value of €1.78 billion (US$2.4 billion)": the aside is the same worth
    if word.dep_ == "pobj" and word.head.lower_ in ("of", "at"):
        prep = word.head
        holder = prep.head
        if prep.lower_ == "of" and holder.lemma_.lower() in _WORTH_NOUNS and holder.dep_ == "dobj":
            verb = holder.head  # "have a catalogue value of"
        elif prep.lower_ == "at" and holder.lemma_.lower() == "value" and holder.pos_ == "VERB":
            verb = holder  # "are valued at"
        else:
            return None
    elif word.dep_ in ("pobj", "npadvmod", "dobj") and word.head.lower_ == "worth":
        verb = word.head.head  # "are worth $X"
    else:
        return None
    subjects = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass") and c.pos_ == "NOUN"]
    return subjects[0] if subjects else None


# Lengths of time that are a penalty: what a release may cut short.
_TERM_UNITS = frozenset({"year", "month", "week", "day"})


def terms_cut_short(r: Reading, events: dict[str, Event]) -> None:
    """The term of the sentence a release cut short is a figure of the release too, beside the time
    served: "served eight years of a 35-year sentence before being pardoned" gives the pardon 35
    years and 8 served (the sentencing keeps its 35 years). The term is the one in the sentence of
    the time served; when that sentence names no term but refers to "the sentence" ("Her sentence
    was commuted after serving ten years"), it is the first term of the sentence before."""
    types = taxonomy()

    def releases(key: str) -> list[Event]:
        return [e for e in events.values() if key in e.quantities and (
            e.type in _RELEASES or bool(_RELEASES & set(getattr(types.get(e.type), "ancestors", ()))))]

    terms = [q for q in r.quantities if q.quantity.unit in _TERM_UNITS and q.quantity.value is not None]
    for served in r.quantities:
        if not (served.quantity.unit or "").endswith(" served") or not (freed := releases(served.quantity.key)):
            continue
        sent = r.doc[served.anchor].sent
        cut = [q for q in terms if sent.start <= q.anchor < sent.end]
        if not cut and sent.start > 0 and any(t.lemma_.lower() == "sentence" and t.pos_ == "NOUN" for t in sent):
            before = r.doc[sent.start - 1].sent
            cut = [q for q in terms if before.start <= q.anchor < before.end][:1]
        for q in cut:
            for e in freed:
                if q.quantity.key not in e.quantities:
                    e.quantities.append(q.quantity.key)


def _vote_told_by_its_verb(r: Reading, q: FoundQuantity, events: dict[str, Event]) -> Event | None:
    """The event whose verb of voting a tally modifies: "members voted 204-115 to approve the bill" is the
    bill's passage, whatever act the clause of "voted" hangs from ("walked out before members voted ...")."""
    verb = r.doc[q.anchor].head
    while verb.pos_ in ("NUM", "SYM") and verb.head is not verb:  # "204-115": the second side hangs from the first
        verb = verb.head
    if verb.pos_ != "VERB" or verb.lemma_.lower() != "vote":
        return None
    key = r.token_map.get(verb.i)
    return events.get(key) if key is not None else None


def _nearest(r: Reading, anchor: Token, kind: _Kind, holders: list[Event], fitting: list[Event],
             mentions: dict[str, list[Token]]) -> Event | None:
    """The event of `fitting` a count at `anchor` goes to: the nearest in the parse of its sentence,
    else the last one before it, else the first one after; a toll only to a cause of its episode."""
    here = [(tree_distance(anchor, t), abs(anchor.i - t.i), n) for n, e in enumerate(fitting)
            for t in mentions[e.key] if sent_start(t) == sent_start(anchor)]
    if here:
        return fitting[min(here)[2]]
    if kind is _TOLL or kind is _AFTERMATH:
        # the dead of one episode are no toll of another: "Columbia was lost in 2003, killing
        # seven" does not count the Challenger's explosion of 1986
        deaths = [e for e in holders if e.type != "Event"]
        days = _days_of(r, [e.time for e in deaths], [anchor] if deaths else [])
        # a place inside the cause's counts as its place: "three died in Niigata" of a snowfall in Japan
        places = {p for e in deaths if e.place for p in (e.place, *places_around(e.place, r.index.entities))}
        fitting = [e for e in fitting if not (e.place and places and e.place not in places)
                   and _died_of(days, _days_of(r, [e.time], mentions[e.key]) or _story_days(r))]
    fitting = [e for e in fitting if not _another_countrys(r, anchor, e.place, mentions[e.key])]
    before = [(t.i, n) for n, e in enumerate(fitting) for t in mentions[e.key] if t.i < anchor.i]
    after = [(t.i, n) for n, e in enumerate(fitting) for t in mentions[e.key] if t.i > anchor.i]
    found = max(before) if before else min(after) if after else None
    return fitting[found[1]] if found else None


def _kind_of(q: FoundQuantity, doc: Doc) -> _Kind | None:
    """The kind of event that counts `q`, by its unit ("council seat" is a seat), a share of the vote
    by what it is a share of ("25.7% of the vote")."""
    unit = q.quantity.unit
    if unit == "percent" and q.end < len(doc) and doc[q.end].lower_ == "of":
        # "25.7% of the vote", "over 80% of the 452 available council seats": a share of what "of" names
        noun = next((c for c in doc[q.end].children if c.dep_ == "pobj" and c.pos_ == "NOUN"), None)
        unit = noun.lemma_.lower() if noun is not None else unit
    if unit == "percent" and (_of_turnout(doc[q.anchor]) or _share_won(doc[q.anchor])):
        # "the turnout was about 71%", "with 62% of the vote, defeating Ashby, who received 35%": an election's
        return _VOTES
    if not unit or q.quantity.value is None:
        return None
    if _workforce_size(q, doc[q.anchor]):
        return _WORKFORCE
    kind = _KINDS.get(unit.split()[-1])
    if kind is None and (unit in _AFTERMATH_UNITS or _left_behind(doc[q.anchor])):
        return _AFTERMATH
    return kind


def _left_behind(counted: Token) -> bool:
    """Whether the people or things `counted` names are what a disaster left: rescued, evacuated or
    displaced ("coast guard boats rescued 43 passengers"), or destroyed with no doer told ("200 homes
    were destroyed")."""
    verb = counted.head
    lemma = verb.lemma_.lower()
    if counted.dep_ in ("dobj", "nsubjpass") and lemma in _AFTERMATH_VERBS:
        return True
    return counted.dep_ == "nsubjpass" and lemma in _DAMAGE_VERBS and not any(c.dep_ == "agent" for c in verb.children)


def _of_turnout(share: Token) -> bool:
    """Whether a share is what a turnout came to: "the turnout was 71%", "turnout stood at 58 percent",
    "a turnout rate of 58%", "voter turnout reached 64%"."""
    while share.dep_ in ("nummod", "compound") and share.head.i != share.i:
        share = share.head
    if share.dep_ == "pobj" and share.head.lower_ == "of":
        return _turnout(share.head.head)
    if share.dep_ == "pobj":
        verb = share.head.head  # "stood at 58 percent"
    elif share.dep_ in ("attr", "dobj", "npadvmod"):
        verb = share.head  # "was 71%", "reached 64%"
    else:
        return False
    return any(c.dep_ == "nsubj" and _turnout(c) for c in verb.children)


_WINNING = frozenset({"receive", "win", "get", "take", "garner", "secure", "poll", "gain", "capture"})


def _share_won(share: Token) -> bool:
    """Whether a bare share is what a candidate received, in a sentence about the vote or after one: "Kerrow
    won with 62% of the vote, defeating Ashby, who received 35%", "... Ashby received 35%." (a share of the
    vote, left unsaid)."""
    while share.dep_ in ("nummod", "compound") and share.head.i != share.i:
        share = share.head
    if share.dep_ != "dobj" or share.head.lemma_.lower() not in _WINNING:
        return False
    if any(c.dep_ == "prep" and c.lower_ == "of" for c in share.children):
        return False  # "won 35% of the market" says what it is a share of
    # the vote may be named in the sentence before: "Quell won with 54% of the vote. Kell received 41%."
    sent = share.sent
    told = share.doc[sent.start - 1].sent.start if sent.start > 0 else sent.start
    return any(t.pos_ == "NOUN" and t.lemma_.lower() in ("vote", "ballot") for t in share.doc[told:sent.end])


def _turnout(noun: Token) -> bool:
    """Whether `noun` names a turnout ("turnout", "the turnout rate")."""
    return noun.lemma_.lower() == "turnout" or any(
        c.dep_ == "compound" and c.lemma_.lower() == "turnout" for c in noun.children)


def _days_of(r: Reading, times: list[str | None], words: list[Token]) -> list[tuple[date, date]]:
    """The days an episode covers: those of its own times, else those of the times named in the
    sentences of its words."""
    spans = {t.expr.key: _days(t.expr) for t in r.times}
    own = [span for k in times if k and (span := spans.get(k))]
    if own:
        return own
    sents = {sent_start(w) for w in words}
    return [d for t in r.times if sent_start(r.doc[t.start]) in sents and (d := _days(t.expr))]


def _story_days(r: Reading) -> list[tuple[date, date]]:
    """The days an event no time dates may be of: the news, within a year before publication ("the
    country's worst mining disaster killed 301 in 2014" counts no undated fire of this week's story)."""
    if r.published is None:
        return []
    return [(r.published - _NEWS_SPAN, r.published)]


# How far back the news an undated event belongs to may go.
_NEWS_SPAN = timedelta(days=365)


# How long after a disaster its dead are still its toll ("by Wednesday, 14 had died of the storm of Monday").
_TOLL_WINDOW = timedelta(days=31)


def _died_of(deaths: list[tuple[date, date]], cause: list[tuple[date, date]]) -> bool:
    """Whether deaths on these days may be of a cause on those: one is unknown, or the deaths fall
    from the cause's first day to a month after its last."""
    if not deaths or not cause:
        return True
    return any(c[0] <= d[1] and d[0] <= c[1] + _TOLL_WINDOW for d in deaths for c in cause)


def _days(t: TimeExpression) -> tuple[date, date] | None:
    """The first and last day a time covers: a day, a month, a year or a span; None if unknown."""
    try:
        if t.value and re.fullmatch(r"\d{4}(-\d{2}(-\d{2})?)?", t.value):
            parts = [int(p) for p in t.value.split("-")]
            year, month, day = parts + [0] * (3 - len(parts))
            if day:
                return date(year, month, day), date(year, month, day)
            if month:
                return date(year, month, 1), date(year, month, calendar.monthrange(year, month)[1])
            return date(year, 1, 1), date(year, 12, 31)
        if t.start and t.end:
            return date.fromisoformat(t.start[:10]), date.fromisoformat(t.end[:10])
    except ValueError:
        return None
    return None


# Events whose object is a written undertaking, and the nouns that name one ("won a contract to supply ...").
_UNDERTAKING_TYPES = frozenset({"ContractAward", "Deal", "Order"})
_UNDERTAKING_NOUNS = frozenset({"contract", "deal", "order", "agreement"})


@lru_cache(maxsize=None)
def _of_kinds(etype: str, kinds: frozenset[str]) -> bool:
    """Whether an event type is one of `kinds` or below one in the taxonomy."""
    types = taxonomy()
    return etype in kinds or (etype in types and bool(kinds & set(types[etype].ancestors)))


def goods_of_the_undertaking(r: Reading, events: dict[str, Event]) -> None:
    """What a contract, deal or order is to do counts it too: "won a $2 billion contract to supply the
    navy with 40 patrol boats" gives the award the 40 boats its infinitive clause counts (the supplying
    keeps them), and so "signed a deal to lease 60 planes". The noun is the event's own word or the
    object of its verb; the clause is an infinitive hanging from that noun."""
    owners = [e for e in events.values() if _of_kinds(e.type, _UNDERTAKING_TYPES)]
    if not owners or _UNDERTAKING_NOUNS.isdisjoint(parsed(r.doc).lemmas):
        return  # most stories tell no contract: spare them the walk
    for owner in owners:
        for i in r.event_tokens.get(owner.key, []):
            for noun in _undertakings(r.doc[i]):
                for verb in noun.children:
                    if verb.dep_ not in ("acl", "relcl") or not any(c.dep_ == "aux" and c.lower_ == "to"
                                                                for c in verb.children):
                        continue
                    told = events.get(r.token_map.get(verb.i, ""))
                    if told is None or told is owner:
                        continue
                    owner.quantities += [k for k in told.quantities if k not in owner.quantities]


def _undertakings(word: Token) -> list[Token]:
    """The contract, deal or order nouns an event word names: itself, its object, or the object of its
    preposition ("bid for a contract")."""
    found = [word] if word.pos_ == "NOUN" else []
    for c in word.children:
        if c.dep_ in ("dobj", "nsubjpass", "attr"):
            found.append(c)
        elif c.dep_ == "prep":
            found += [p for p in c.children if p.dep_ == "pobj"]
    return [n for n in found if n.lemma_.lower() in _UNDERTAKING_NOUNS]


# Gatherings a crowd is counted at, the words for the crowd and the verbs that estimate its size.
_GATHERING_TYPES = frozenset({"Protest", "Riot", "LabourStrike", "Meeting"})
_CROWD_WORDS = frozenset({"crowd", "turnout", "attendance"})
# Words of tally that stand for a crowd's size: "police put the number at 12,000".
_TALLY_NOUNS = frozenset({"number", "size", "figure"})
_CROWD_NOUNS = _CROWD_WORDS | _TALLY_NOUNS | {"it"}
_ESTIMATE_VERBS = frozenset({"put", "estimate", "number", "peg", "place", "count"})


def crowds_put_at(r: Reading, events: dict[str, Event]) -> None:
    """The size someone puts a crowd at counts the gathering told before it: "Thousands marched in Brisk.
    Police put the crowd at 20,000, organisers at 60,000" gives the march both figures, not the putting.
    The figure follows "at" after a verb of estimating whose object is the crowd (or "it"), or after
    "estimated" hanging from the crowd ("a crowd estimated at 20,000"); the gathering is the last
    protest, riot, strike or meeting told before it in its paragraph, else the last told before it."""
    p = parsed(r.doc)
    if _CROWD_WORDS.isdisjoint(p.lemmas) and _TALLY_NOUNS.isdisjoint(p.lemmas):
        return  # most stories count no crowd
    gatherings = [e for e in events.values() if r.event_tokens.get(e.key) and _of_kinds(e.type, _GATHERING_TYPES)]
    if not gatherings:
        return
    for q in r.quantities:
        if q.quantity.currency or q.quantity.unit == "percent" or "at" not in p.lowers[max(0, q.start - 3):q.start] \
                or not _crowd_size(r.doc[q.anchor]):
            continue  # "at" before it read from the lists, before touching the tokens
        if _to_the_gathering_before(r, events, gatherings, q) is None:
            continue  # the estimating counts nothing of its own
        if q.quantity.unit is None:
            q.quantity.unit = "people"  # "put the number at 20,000": a crowd's size counts its people


# Verbs that say people were there, with no object: "took part", "turned out", "joined in", "attended".
_TAKING_PART = frozenset({"take part", "participate", "turn out", "join", "join in", "attend", "gather", "show up"})


def crowds_that_took_part(r: Reading, events: dict[str, Event]) -> None:
    """People a sentence of no event of its own tells took part ("Police said about 35,000 people took
    part", "some 2,000 workers joined in") count the gathering told before it: the last protest, riot,
    strike or meeting of its paragraph, else the last one told before it; not the act the figure
    would otherwise go to as the last event told ("demanding early elections")."""
    gatherings = [e for e in events.values() if r.event_tokens.get(e.key) and _of_kinds(e.type, _GATHERING_TYPES)]
    if not gatherings:
        return
    doc = r.doc
    for q in r.quantities:
        if q.quantity.currency or q.quantity.unit in (None, "percent"):
            continue
        anchor = doc[q.anchor]
        people = anchor if anchor.pos_ in ("NOUN", "PROPN") else anchor.head
        verb = people.head
        if people.dep_ != "nsubj" or verb.pos_ != "VERB" or any(
                c.dep_ == "prep" or c.dep_ == "dobj" and c.lower_ != "part" for c in verb.children):
            continue  # "took part in the strike" names what was joined: its sentence tells it
        phrase = " ".join([verb.lemma_.lower(), *(c.lower_ for c in verb.children if c.dep_ in ("prt", "dobj"))])
        if phrase not in _TAKING_PART:
            continue
        start, end = parsed(doc).sent_bounds[anchor.i]
        if any(start <= i < end for toks in r.event_tokens.values() for i in toks):
            continue  # an event of its own sentence takes it
        _to_the_gathering_before(r, events, gatherings, q)


def _to_the_gathering_before(r: Reading, events: dict[str, Event], gatherings: list[Event],
                             q: FoundQuantity) -> Event | None:
    """Move figure `q` to the gathering it counts, taking it from any other event: the one of its
    paragraph, else the last told before it (a lead tells the march, the next paragraph its arrests and
    crowd: "Organisers put the crowd at 20,000"). None, and nothing moved, when no gathering is told before."""
    anchor = r.doc[q.anchor]
    earlier = [e for e in gatherings if min(r.event_tokens[e.key]) < q.anchor]
    before = [e for e in earlier if same_paragraph(r.doc, r.doc[min(r.event_tokens[e.key])].idx, anchor.idx)] \
        or earlier
    if not before:
        return None
    gathering = max(before, key=lambda e: min(r.event_tokens[e.key]))
    for e in events.values():
        if e is not gathering and q.quantity.key in e.quantities:
            e.quantities.remove(q.quantity.key)
    if q.quantity.key not in gathering.quantities:
        gathering.quantities.append(q.quantity.key)
    return gathering


def _crowd_size(number: Token) -> bool:
    """Whether the number at `number` is the size a crowd is put at: "put the crowd at 20,000",
    "estimated it at 5,000", "a crowd estimated at 3,000"."""
    prep = number.head if number.dep_ == "pobj" else number.head.head if number.head.dep_ == "pobj" else None
    if prep is None or prep.lower_ != "at" or prep.dep_ != "prep":
        return False
    verb = prep.head
    if verb.lemma_.lower() not in _ESTIMATE_VERBS:
        return False
    if verb.dep_ in ("acl", "relcl") and verb.head.lemma_.lower() in _CROWD_NOUNS - {"it"}:
        return True
    return any(c.dep_ in ("dobj", "nsubjpass") and c.lemma_.lower() in _CROWD_NOUNS and not _tally_of_others(c)
               for c in verb.children)


def _tally_of_others(noun: Token) -> bool:
    """Whether a word of tally counts what its "of" names, no crowd: "put the number of dead at 12" (but
    "the size of the crowd", and "the number" alone, count the gathering)."""
    return noun.lemma_.lower() in _TALLY_NOUNS and any(
        c.dep_ == "prep" and c.lower_ == "of" and not any(o.lemma_.lower() in _CROWD_WORDS for o in c.children)
        for c in noun.children)


# Prepositions that tell the deal an act was done in: "bought Tessin in a deal worth $8 billion".
_DONE_IN = frozenset({"in", "under", "through", "via"})
_DEAL_TYPES = _UNDERTAKING_TYPES | {"Agreement"}


def worth_of_the_deal_it_was_done_in(r: Reading, events: dict[str, Event]) -> None:
    """The figures of a deal an act was done in are the act's too: "Halvor agreed to buy Tessin Gas in a
    deal valued at $8 billion" gives the purchase $8 billion, and "ordered 20 jets under an agreement
    worth $2 billion" the order. The deal is a deal, contract or agreement noun hanging by "in", "under",
    "through" or "via" from the act's own word (or from the verb it completes); the deal keeps its figures."""
    p = parsed(r.doc)
    if _UNDERTAKING_NOUNS.isdisjoint(p.lemmas):
        return  # most stories tell no deal
    deals = [e for e in events.values() if e.quantities and _of_kinds(e.type, _DEAL_TYPES)]
    for deal in deals:
        for i in r.event_tokens.get(deal.key, []):
            if p.lemmas[i] not in _UNDERTAKING_NOUNS:
                continue  # read from the lists before touching the token
            noun = r.doc[i]
            if noun.pos_ != "NOUN" or noun.dep_ != "pobj" or noun.head.lower_ not in _DONE_IN:
                continue
            word = noun.head.head
            if word.i not in r.token_map and word.dep_ == "xcomp":
                word = word.head  # "agreed to buy Tessin in a deal": the agreeing, when the buying is no event
            act = events.get(r.token_map.get(word.i, ""))
            if act is None or act is deal:
                continue
            act.quantities += [k for k in deal.quantities if k not in act.quantities]


# Acts of justice whose charges carry the penalty someone faces ("faces up to 20 years in prison").
_CHARGING_TYPES = frozenset({"Charge", "Conviction", "Trial", "Sentencing"})


def terms_faced(r: Reading, events: dict[str, Event]) -> None:
    """A term someone faces is the penalty of the charges told before, no figure of another act: "Arvid's
    lawyer said he would appeal. He faced up to 30 years in prison" gives the 30 years to the charge,
    conviction or trial told last before it (a sentencing if there is none), not to the appeal. The term
    is the object of "face"; an act of justice that holds it already keeps it."""
    p = parsed(r.doc)
    if "face" not in p.lemmas:
        return  # most stories face no term
    charging = [e for e in events.values() if r.event_tokens.get(e.key) and _of_kinds(e.type, _CHARGING_TYPES)]
    for q in r.quantities:
        if q.quantity.unit not in _TERM_UNITS:
            continue
        unit = r.doc[q.anchor]
        if unit.dep_ != "dobj" or unit.head.lemma_.lower() != "face":
            continue
        holders = [e for e in events.values() if q.quantity.key in e.quantities]
        if any(_of_kinds(e.type, _CHARGING_TYPES) for e in holders):
            continue
        before = [e for e in charging if min(r.event_tokens[e.key]) < q.anchor]
        before = [e for e in before if e.type != "Sentencing"] or before  # what the charges carry, not one given
        if not before:
            continue
        for e in holders:
            e.quantities.remove(q.quantity.key)  # the appeal told between faces no term
        max(before, key=lambda e: min(r.event_tokens[e.key])).quantities.append(q.quantity.key)
