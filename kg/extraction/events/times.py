"""When an event happened: a time in its own phrase or clause, else the one day its sentence names."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from functools import lru_cache

from spacy.tokens import Doc, Token

from kg.extraction import lexicon
from kg.extraction.events.mention import Mention, Reading
from kg.extraction.events.phrases import (DEMONSTRATIVES, DIRECTIONS, anterior, background, counted_by_a_toll,
                                          describes_a_state,
                                          act_it_closed, governing_verbs, in_topic_of_talks, infinitive, measured_from,
                                          names_point_of_comparison,
                                          related_to_another, situates_other, told_of_another_noun, unreal)
from kg.extraction.events.phrases import opening_participles
from kg.extraction.events.triggers import announced_plan
from kg.extraction.parsed import headline_end, parsed
from kg.extraction.time import FoundTime, add_time
from kg.taxonomy import taxonomy


def time_in_phrase_or_clause(r: Reading, m: Mention) -> None:
    """The time expression in the trigger's own phrase ("Friday's attack") or in that of the noun that
    groups it ("the first round of caucuses ... on February 3"), else one attached to the verbs of its
    clause ("held talks on Monday", "was killed in a crash on Sunday"), nearest first, else one
    attached to the clause a "when" or "while" clause hangs from ("in 2019, Ruiz resigned when the
    scandal broke").

    A date behind "since", "before" or "after" situates something else ("the largest swap since
    the conflict began in 2022") and is not the event's own, but for a date right after "since" on a
    verb in the present perfect ("have protested since June"): the span from then to publication.
    A trigger in the phrase a change is measured from ("a 3% fall from the close of trading
    Wednesday") names the point compared with: its time would date the change it is told with, and
    it takes none.
    """
    m.time = None if names_point_of_comparison(m.token) else (
        _day_of_the_contest_won(m.token, r.times) or _time_for(m.token, r.times))
    if m.time is None and announced_plan(m.token):
        m.time = _day_of_announcing(m.token, r.times)


def _day_of_the_contest_won(verb: Token, times: list[FoundTime]) -> FoundTime | None:
    """The time told before the noun of a contest won or lost: "Asante won Saturday's presidential
    election", "lost the 2024 race" are done when the contest was held, whenever the win is reported."""
    if verb.pos_ != "VERB" or verb.lemma_.lower() not in _WINNING_OR_LOSING:
        return None
    contests = _contest_words()
    for obj in verb.children:
        if obj.dep_ != "dobj" or obj.lemma_.lower() not in contests:
            continue
        for t in times:
            root = verb.doc[t.start:t.end].root
            if root.head.i == obj.i and root.dep_ in ("poss", "compound", "nmod", "amod", "nummod") \
                    and (t.expr.value is not None or t.expr.start is not None):
                return t
    return None


_WINNING_OR_LOSING = frozenset({"win", "lose"})


@lru_cache(maxsize=1)
def _contest_words() -> frozenset[str]:
    """The one-word triggers of the contests one wins ("election", "runoff", "primary")."""
    return frozenset(w for t in taxonomy().values() if t.role("agent") == "winner" for w in t.triggers
                     if " " not in w)


def _day_of_announcing(verb: Token, times: list[FoundTime]) -> FoundTime | None:
    """The time told on the verb that announces a plan as decided ("the bank announced on Wednesday
    that reserve requirements would be slashed"): the plan is the announcer's act, decided then; a
    time of its own ("would be slashed on May 5") is the act's, and comes first."""
    head = verb.head
    found = _attached(head, {t.i for t in verb.subtree}, times,
                      lambda t, top=head: not situates_other(verb.doc[t.end - 1], top) and not t.ahead)
    return min(found, key=lambda t: abs(t.start - head.i)) if found else None


def _time_for(tok: Token, times: list[FoundTime]) -> FoundTime | None:
    if _act_talked_over(tok):
        # "will hold hearings on the nomination on April 2": an act told before, talked over, is not
        # dated by the talk, however the parser hangs the talk's day
        return None
    doc = tok.doc
    subtree = {t.i for t in tok.subtree}

    def own(t: FoundTime, top: Token = tok) -> bool:
        # judged by its last word, the noun it is about ("shortly before midnight Wednesday night")
        return (t.expr.value is not None or t.expr.start is not None) and (
            not situates_other(doc[t.end - 1], top) or _lasting_since(t, top)) and not classifies_a_noun(t, tok) \
            and not _span_of_a_series(t, doc)

    phrase = subtree - _other_clauses(tok)
    found = [t for t in times if t.start in phrase and own(t) and not _in_relative_clause(doc[t.start], tok)]
    group = _grouping_noun(tok)
    if not found and group is not None:
        # "the first round of caucuses in Iowa on February 3": the round's day is its caucuses'
        found = [t for t in times if t.start in {x.i for x in group.subtree} and own(t, group)
                 and not _in_relative_clause(doc[t.start], group)]
    # "the death toll from the quake rose to 45 on Tuesday": the day the count rose is no day of the quake
    verbs = [] if found or counted_by_a_toll(tok) else governing_verbs(tok)
    for verb in verbs:
        # "held talks on Monday", "launched an attack early Saturday", "was killed in a crash on Sunday"
        found = _attached(verb, subtree, times, own)
        if found:
            break
    if not found:
        # "Last year, poor health was cited when he stepped down": what happened when or while
        # another thing did shares its time
        clause = next((v for v in [tok, *verbs] if v.pos_ in ("VERB", "AUX")), None)
        main = _clause_it_happened_during(clause) if clause is not None else None
        if main is not None:
            found = _attached(main, {t.i for t in clause.subtree}, times, own)
    if not found:
        return None
    return min(found, key=lambda t: abs(t.start - tok.i))


def _act_talked_over(noun: Token) -> bool:
    """Whether an event noun with "the" is what talks or hearings are about: "hearings on the
    nomination", "talks over the merger" (the act was told before, on a day of its own)."""
    return noun.pos_ == "NOUN" and noun.dep_ == "pobj" and any(
        c.dep_ == "det" and c.lower_ == "the" for c in noun.children) and in_topic_of_talks(noun)


def _span_of_a_series(t: FoundTime, doc) -> bool:
    """Whether time `t` bounds a series an event is ranked in, told after a noun with a rank: "the first
    such handover this year", "the largest protest this decade" (the event is one of those of the
    year, on a day of its own)."""
    root = doc[t.end - 1]  # a bare time's noun ends it: "this year"
    if root.dep_ != "npadvmod":
        return False
    noun = root.head
    return noun.pos_ == "NOUN" and any(
        c.dep_ == "amod" and (c.tag_ == "JJS" or c.lower_ in _RANKING or c.ent_type_ == "ORDINAL")
        for c in noun.children)


def _lasting_since(t: FoundTime, verb: Token) -> bool:
    """Whether time `t` is the object of a "since" on a verb in the present perfect, simple or
    progressive ("have protested since June", "have been marching since June", "has been trying to
    take over Velair since December"): what has gone on since then, dated by the span from then to
    publication, unlike "the first loss since 1992" or "since the war began in 2022"."""
    doc = verb.doc
    prep = doc[t.start - 1] if t.start > 0 else None
    if prep is None or prep.lower_ != "since" or t.expr.start is None:
        return False
    # "has been trying to take over Velair since December": the time of the verb the "to" clause is of
    chain = [prep.head]
    while chain[-1].dep_ == "xcomp" and chain[-1].head.i != chain[-1].i:
        chain.append(chain[-1].head)
    finite = chain[-1]
    if verb.i not in {c.i for c in chain}:
        return False
    if any(w.tag_ == "JJS" or w.lower_ in _RANKING for w in finite.subtree):
        return False  # "has posted its first loss since 1992": since then, none like it
    perfect = any(c.dep_ == "aux" and c.tag_ in ("VBZ", "VBP") and c.lemma_ == "have" for c in finite.children)
    # "have protested", or in the progressive, "have been marching since June"
    return perfect and (finite.tag_ == "VBN" or (finite.tag_ == "VBG" and any(
        c.dep_ == "aux" and c.lower_ == "been" for c in finite.children)))


# Words that rank a thing among those since a time: "the first loss since 1992", "its only win since May".
_RANKING = frozenset({"first", "only", "last"})


# Nouns that count or group the events of their "of" phrase: "a round of talks", "a wave of strikes".
_GROUPING_NOUNS = frozenset({"round", "wave", "series", "spate", "string", "spree", "outbreak", "flurry", "volley",
                             "barrage", "salvo", "cycle", "bout", "episode", "day", "night", "week", "month"})


def _grouping_noun(tok: Token) -> Token | None:
    """The noun that counts or groups the events `tok` names ("the first round of caucuses" ->
    "round"), None when `tok` stands in no such "of" phrase."""
    prep = tok.head
    if tok.dep_ == "pobj" and prep.lower_ == "of" and prep.head.lemma_.lower() in _GROUPING_NOUNS:
        return prep.head
    return None


def _attached(verb: Token, skip: set[int], times: list[FoundTime],
              own: Callable[..., bool]) -> list[FoundTime]:
    """The resolved times that modify `verb` directly, outside the words in `skip`."""
    direct = {x.i for c in verb.children if c.dep_ in ("npadvmod", "prep", "advmod", "tmod")
              and c.i not in skip for x in _near_words(c)}
    return [t for t in times if (t.start in direct or t.end - 1 in direct)
            and (t.expr.value is not None or t.expr.start is not None) and own(t, verb)]


# Words that open a clause told as happening at the time of the clause it hangs from.
_AT_THE_TIME_OF = frozenset({"when", "while"})


def _clause_it_happened_during(verb: Token) -> Token | None:
    """The verb of the clause that an adverbial clause opened by "when" or "while" hangs from:
    "Ruiz resigned in 2019 when the scandal broke" -> "resigned"."""
    if verb.dep_ != "advcl" or verb.head.pos_ not in ("VERB", "AUX"):
        return None
    if any(c.dep_ in ("advmod", "mark") and c.lower_ in _AT_THE_TIME_OF and c.i < verb.i for c in verb.children):
        return verb.head
    return None


# How a clause of its own hangs from a verb: "fell, but an expected report Friday could lift it".
_OWN_CLAUSE_DEPS = frozenset({"conj", "ccomp", "parataxis"})


def _other_clauses(tok: Token) -> set[int]:
    """The words of the clauses conjoined to or reported by a verb trigger: they tell their own
    acts and times ("The index fell, but an expected report Friday could lift it")."""
    if tok.pos_ not in ("VERB", "AUX"):
        return set()
    # "Born in Lagos in 1950, Roe joined the army": the opening participle's time is the birth's
    return {x.i for c in tok.children if c.dep_ in _OWN_CLAUSE_DEPS and c.pos_ in ("VERB", "AUX")
            for x in c.subtree} | opening_participles(tok)


def _in_relative_clause(word: Token, trigger: Token) -> bool:
    """Whether `word` stands in a relative clause or a participle of another word inside the
    trigger's phrase: the clause tells of its own event ("Roe, who was elected in 2019, resigned on
    Tuesday", "a rise in prices in reaction to figures released on Wednesday"); one on the trigger
    itself dates it ("the attack, which began on Monday", "the attack carried out on Monday"), and so
    does one at the end of a participle of state ("seized a tanker carrying crude on Thursday"). An
    infinitive tells a purpose, with a time of its own, even on the trigger ("carried out the attack
    to avenge the killing of a leader last year"). So does a gerund after a preposition that says what
    the trigger is about: the deed of a verdict, charge or arrest ("found guilty of taking bribes between
    2015 and 2019", "arrested for smuggling arms last year") was done on days of its own."""
    node = word
    while node.i != trigger.i and node.head.i != node.i:
        if node.dep_ in ("relcl", "acl") and node.head.i != trigger.i and not describes_a_state(node):
            return True
        if node.dep_ == "pcomp" and node.tag_ == "VBG" and node.head.lower_ in _PREPOSITIONS_OF_A_DEED:
            return True
        if node.dep_ in ("relcl", "acl", "advcl") and infinitive(node):
            return True
        node = node.head
    return False


# the prepositions that take the deed a verdict, charge, arrest or accusation is about
_PREPOSITIONS_OF_A_DEED = frozenset({"of", "for", "with", "over", "about"})


def classifies_a_noun(t: FoundTime, trigger: Token) -> bool:
    """Whether a time is part of what names another thing, not when the event happened: a year
    before a noun ("the 2020 election", "the 2019 hurricane season", "beat last year's profit") or
    inside a name ("the Health Bill 2019"). On the trigger itself it dates the event ("Friday's
    attack", "the 2019 floods")."""
    doc = trigger.doc
    root = doc[t.start:t.end].root
    if root.ent_type_ and root.ent_type_ not in ("DATE", "TIME"):
        return True
    if ranked_over(t, doc):
        return True
    if t.start > 0 and doc[t.start - 1].pos_ == "ADP" and root.ent_type_ == "DATE":
        # "the election in 2016 surprised pollsters": right after a preposition a date is its
        # object, whatever noun the parser hangs it from, unless it comes before that object
        return _before_the_object(root)
    return root.dep_ in ("compound", "nmod", "amod", "nummod", "poss") and root.head.pos_ in ("NOUN", "PROPN") \
        and root.head.i != trigger.i


def _before_the_object(date: Token) -> bool:
    """Whether a year right after a preposition in a headline premodifies the common noun right after it
    ("Court acquits 14 in 2015 riot case"): the year names the case, not the act's day. Only in a
    headline, where no article or comma sets the year apart; how the parser hangs it tells nothing
    ("the election in 2019 shocked analysts" is parsed so too)."""
    doc, nxt = date.doc, date.i + 1
    if not (date.like_num and len(date.text) == 4 and nxt < len(doc) and doc[nxt].pos_ == "NOUN"
            and doc[nxt].is_lower):
        return False
    end = headline_end(parsed(doc).text)  # Doc.text joins every token again at each call
    return end is not None and date.idx < end


def ranked_over(t: FoundTime, doc: Doc) -> bool:
    """Whether a time is the span a ranked noun is ranked over, not when anything happened: the object
    of "of" or "in" on a noun ranked by a superlative or an ordinal ("marking the second-biggest loss
    of 2031", "its worst day in 2019", "its first win of the year")."""
    if t.start == 0 or doc[t.start - 1].lower_ not in ("of", "in"):
        return False
    noun = doc[t.start - 1].head
    return noun.pos_ == "NOUN" and any(
        c.dep_ in ("amod", "advmod") and (c.tag_ == "JJS" or c.lower_ in _RANKING or c.lower_ in _ORDINALS
                                          or any(g.tag_ == "JJS" for g in c.children))
        for c in noun.children)


# Ordinals that rank a noun among others like it: "the second-largest drop of 2031".
_ORDINALS = frozenset({"second", "third", "fourth", "fifth"})


def _near_words(c: Token) -> list[Token]:
    """A modifier's own words: "on Friday", "early Saturday", not "on the heels of an exchange announced
    on Friday" (a time deeper in the phrase belongs to what the phrase names)."""
    if c.dep_ != "prep":
        return list(c.subtree)
    return [c] + [x for p in c.children if p.dep_ == "pobj"
                  for x in [p, *(k for k in p.children if k.dep_ in ("compound", "amod", "det", "nummod", "npadvmod"))]]


def time_of_the_act_it_is_joined_to(r: Reading, m: Mention) -> None:
    """An act still undated, told with "and" after an act of the same sentence dated by a time on its
    verb ("In 2027, the government labeled Belen a terrorist and levied sanctions against him", "was
    arrested in May and charged with fraud"), shares that time: one "and" tells two acts at once. Not
    when the second act says when of its own accord ("and later released", "and now employs"), is
    told in another tense ("was founded in 1990 and employs 500") or voice ("was born in 1940 and
    received his education abroad"), or would only be."""
    if m.time is not None:
        return
    tok = m.token
    verb = tok if tok.pos_ in ("VERB", "AUX") else next(iter(governing_verbs(tok)), None)
    if verb is None or verb.dep_ != "conj" or verb.head.pos_ not in ("VERB", "AUX") or unreal(tok) \
            or anterior(tok) or _tense(verb) is None or _tense(verb) != _tense(verb.head):
        return
    first = verb.head
    starts = {t.start for t in r.times}
    if not any(c.dep_ == "cc" and c.lower_ == "and" and first.i < c.i < verb.i for c in first.children) \
            or _passive(verb) != _passive(first) or any(
                w.ent_type_ in ("DATE", "TIME") or w.lower_ in _WHEN_WORDS or w.i in starts
                for c in verb.children if c.dep_ in ("advmod", "npadvmod", "prep") for w in c.subtree):
        return
    doc = tok.doc
    skip = {x.i for c in first.children if c.dep_ == "conj" for x in c.subtree}
    found = _attached(first, skip, r.times, lambda t, top=first: not situates_other(doc[t.end - 1], top)
                      and not classifies_a_noun(t, tok) and not t.ahead)
    if found:
        m.time = min(found, key=lambda t: abs(t.start - first.i))


def time_of_the_act_it_closed(r: Reading, m: Mention) -> None:
    """An act still undated, told in a bare "before" clause that closes an act dated to the day ("opened
    fire at a bakery on Friday, killing two, before he was arrested"), came on that act's heels: it
    takes its day. Not when the clause says how long after ("two days before"), would only be, or
    the act is dated by a month or year only ("led the firm in 2010 before he was ousted")."""
    if m.time is not None or (head := act_it_closed(m.token)) is None or unreal(m.token):
        return
    doc = m.token.doc
    found = _attached(head, {x.i for x in m.token.subtree}, r.times,
                      lambda t, top=head: not situates_other(doc[t.end - 1], top) and not t.ahead)
    days = {t.expr.value for t in found if t.expr.value and len(t.expr.value) == 10}
    if len(days) == 1:
        m.time = next(t for t in found if t.expr.value in days)


# Adverbs by which an act told after another puts itself at another time: "and later released".
_WHEN_WORDS = frozenset("later then subsequently eventually afterwards afterward after before since now still again "
                        "previously earlier once soon recently lately".split())


def _passive(verb: Token) -> bool:
    """Whether a verb is told in the passive ("was born", "was arrested in May and charged"): an act
    joined to one in the other voice is seldom told of the same moment ("was born in 1940 and
    received his education in Oslo")."""
    if any(c.dep_ == "auxpass" for c in verb.children):
        return True
    return verb.tag_ == "VBN" and not any(c.dep_ == "aux" for c in verb.children) and verb.dep_ == "conj" \
        and _passive(verb.head)


def _tense(verb: Token) -> str | None:
    """The tense a verb is told in: "past" ("labeled", "was arrested", "has resigned"), "present"
    ("employs", "is"), or None for a form with no tense of its own (an infinitive, a gerund)."""
    if verb.tag_ == "VBD":
        return "past"
    if verb.tag_ in ("VBZ", "VBP"):
        return "present"
    aux = [c for c in verb.children if c.dep_ in ("aux", "auxpass")]
    if verb.tag_ == "VBN" and not aux:
        return "past"  # "was arrested in May and charged": the auxiliary is the first verb's
    if aux and aux[0].tag_ in ("VBD", "VBZ", "VBP"):
        return "past" if aux[0].tag_ == "VBD" or verb.tag_ == "VBN" else "present"
    return None


def day_of_sentence(r: Reading, m: Mention) -> None:
    """A trigger still undated takes the one day its sentence names ("Yang suspended his campaign,
    hours after the vote on Tuesday" -> Tuesday): not one that situates something else ("since",
    "after"), and none when the sentence names two days, the trigger refers back ("this swap") or
    names what another noun belongs to ("ended the search for survivors of the earthquake")."""
    if m.time is None:
        m.time = _sentence_day(m.token, r.times)


def _dates_the_saying_around(day: Token, tok: Token) -> bool:
    """Whether `day` dates a verb of saying outside the relative clause `tok` stands in: "police
    arrested the owner of a block that collapsed in Lagos, officials said on Thursday" tells when it
    was said, not when the block fell (a relative clause tells what was known before)."""
    clause = tok
    while clause.dep_ != "relcl" and clause.head.i != clause.i:
        clause = clause.head
    if clause.dep_ != "relcl" or clause.left_edge.i <= day.i <= clause.right_edge.i:
        return False
    verb = day.head.head if day.dep_ == "pobj" else day.head
    return verb.lemma_.lower() in lexicon.CUE_VERBS


def _named_through_another(tok: Token) -> bool:
    """Whether an event noun names what another noun belongs to ("the survivors of the earthquake",
    "the magnitude of the earthquake", "victims of the attack"): the sentence tells of that other
    thing, and its day is not the event's. A noun that groups events ("a round of talks") is none."""
    prep = tok.head
    return tok.pos_ in ("NOUN", "PROPN") and tok.dep_ == "pobj" and prep.lower_ == "of" \
        and prep.head.pos_ in ("NOUN", "PROPN") and prep.head.lemma_.lower() not in _GROUPING_NOUNS


def _sentence_day(tok: Token, times: list[FoundTime]) -> FoundTime | None:
    if any(c.dep_ == "det" and c.lower_ in DEMONSTRATIVES for c in tok.children) or _named_through_another(tok) \
            or counted_by_a_toll(tok) or _act_talked_over(tok):
        return None
    start, end = parsed(tok.doc).sent_bounds[tok.i]
    root = tok.doc[start:end].root
    if situates_other(tok, root) or related_to_another(tok) or background(tok, relative=False) or unreal(tok) \
            or anterior(tok):
        # "exchanged on Saturday, following an agreement": the agreement is not dated; nor is "the
        # warning issued by the agency" by the day the warning "starts tomorrow", nor what "would" be,
        # nor what "had" happened before the day the sentence tells
        return None
    # a day told as still to come ("an expected announcement Friday") dates what is planned, not
    # the news the sentence tells
    days = [t for t in times if start <= t.start < end and t.expr.value and len(t.expr.value) == 10
            and not classifies_a_noun(t, tok) and not t.ahead and not told_of_another_noun(tok.doc[t.start], tok)
            and not _dates_the_saying_around(tok.doc[t.start], tok)]
    if len({t.expr.value for t in days}) != 1:
        return None
    return next((t for t in days if not situates_other(tok.doc[t.start], root)), None)



def session_after_the_close(r: Reading, m: Mention) -> None:
    """A market move still undated, measured from the close of a named day ("fell 2% from Monday's
    closing price", "up 40 points from Friday's close", "down 1% from the close of trading on
    Monday"), took place in the session after that close: the next weekday (a Monday after a
    Friday), when that is no later than publication. Not when its sentence tells any other time
    ("lost 10% from Friday's close this week"; a span a loss is ranked over is none: "the worst loss
    of the year"), nor for what is not a market move ("three days from
    Monday")."""
    if m.time is not None or r.published is None or m.type.name != "MarketMove":
        return
    prep = _measured_from_phrase(m.token)
    if prep is None or not any(w.lemma_.lower() in _CLOSE_WORDS for w in prep.subtree):
        return
    doc = m.token.doc
    phrase = range(prep.left_edge.i, prep.right_edge.i + 1)
    start, end = parsed(doc).sent_bounds[m.token.i]
    told = [t for t in r.times if start <= t.start < end and not ranked_over(t, doc)]  # "the worst loss of 2007"
    days = [t for t in told if t.start in phrase and t.expr.value and len(t.expr.value) == 10]
    if len(days) != 1 or len(told) != 1:
        return
    close = dt.date.fromisoformat(days[0].expr.value)
    session = close + dt.timedelta(days={4: 3, 5: 2}.get(close.weekday(), 1))
    if session > r.published:
        return
    m.time = next((t for t in r.times if t.start == prep.i and t.expr.value == session.isoformat()), None) \
        or add_time(r.times, doc[prep.i:prep.right_edge.i + 1], session.isoformat())


# Words that name the end of a trading session: "Monday's close", "the closing price", "Friday's finish".
_CLOSE_WORDS = frozenset({"close", "closing", "finish", "settle", "settlement"})


def _measured_from_phrase(tok: Token) -> Token | None:
    """The "from" that names the point the change `tok` tells is measured from, on the trigger, on the
    verb of its clause, or on a word of direction there ("fell 2% from ...", "was down 1% from ...")."""
    for node in [tok, *governing_verbs(tok)[:1]]:
        for c in node.children:
            if measured_from(c):
                return c
            if c.lower_ in DIRECTIONS:
                found = next((k for k in c.children if measured_from(k)), None)
                if found is not None:
                    return found
    return None
