"""What an event's own sentence leaves implicit, filled from the events around it in the article,
from the lead sentence, and from the names the article gives the doers of the act."""

from __future__ import annotations

import datetime as dt

from spacy.tokens import Token

from kg.extraction.entities import EntityIndex, hyphened_prefix
from kg.extraction.events.mention import ANY_EVENT, Reading
from kg.extraction.events.phrases import (PLACE_KINDS, actors, anterior, background, bound_for, clauses_of_their_own,
                                          counted_by_a_toll, cross_border, dedupe,
                                          first_prose_sentence, governing_verbs, in_locative, in_topic_of_talks,
                                          lead_paragraph, previous_sentence, same_paragraph, situates_other,
                                          still_to_come, told_of_another_noun, unreal,
                                          where_said)
from kg.extraction.parsed import headline_end, parsed, sent_start
from kg.extraction.statements import quote_spans
from kg.extraction.time import FoundTime, add_time
from kg.records import Entity, Event, places_around
from kg.taxonomy import event_type, taxonomy


def _in_text_order(r: Reading, events: dict[str, Event]) -> list[Event]:
    return sorted(events.values(), key=lambda e: r.first_token(e.key).i)  # by where the story first tells each


def _undated(r: Reading, ordered: list[Event]) -> list[tuple[int, Event, Token]]:
    """The events of `ordered` with no time yet: each with its place in that order and its first word."""
    return [(pos, ev, r.first_token(ev.key)) for pos, ev in enumerate(ordered) if ev.time is None]


def day_of_previous_sentence(r: Reading, events: dict[str, Event]) -> None:
    """An undated event in a sentence that goes on about an episode dated in the sentence before it,
    in the same paragraph, takes that episode's day ("Rebels shelled Goma on Sunday. The shelling
    destroyed a school."), unless it happened somewhere else ("In Lagos, 12 died in a fire."); of
    several episodes dated there, the one told at its own place ("caucuses were held in Iowa on
    February 3 and in Ohio on February 11. Lee won 39 delegates in Iowa"). The episode is what a
    main clause tells: an event in a relative clause or a participle on a noun is background, told
    as known ("her husband, who was arrested in May"), and neither gives its day nor takes one; an
    episode told as still to come dates no news told in the past or present ("Lee plans to resign on
    May 2. The board named a successor.", "... The bank is urging lenders to cut rates."), nor an
    act a past verb tells by its gerund ("responded by offering loans"); one that has lasted for more
    than a month ("has been fighting cancer since 2004") is a state, no episode."""
    doc = r.doc
    ordered = _in_text_order(r, events)
    for pos, ev, tok in _undated(r, ordered):
        prev_sent = previous_sentence(doc, tok)
        if prev_sent is None or not same_paragraph(doc, prev_sent.start_char, doc[sent_start(tok)].idx) \
                or background(tok) or unreal(tok) or anterior(tok):
            continue  # what would happen, or only if, is no episode; what had happened came before it
        if _clause_says_when(tok):
            continue  # "A week after the attack, the army closed the border": a time of its own, counted or not
        # what is told as done or as going on now is no act of a day still to come
        now = any(_told_as_past(v) or _told_as_present(v) for v in [tok, *_governing_chain(tok)])
        # and what will be done takes no day gone by ("X resigned on Monday. Roe will replace him")
        later = still_to_come(tok)
        episodes = [o for o in reversed(ordered[:pos]) if o.time and not (now and _ahead(r, o.time))
                    and not (later and not _ahead(r, o.time))
                    and not _long_span(r, o.time) and any(
            prev_sent.start <= i < prev_sent.end and not background(doc[i]) for i in r.event_tokens[o.key])]
        if not episodes:
            continue
        here = next((o for o in episodes if ev.place and o.place == ev.place), None)
        if here is not None:
            ev.time = here.time
        elif episodes and not (ev.place and episodes[0].place and ev.place != episodes[0].place):
            ev.time = episodes[0].time  # an event told at another place is another episode


def day_of_the_story(r: Reading, events: dict[str, Event]) -> None:
    """An undated event told as news in the past ("Many buyers experienced problems", "South Korea
    evacuated 80 people") takes the day of the episode dated last before it in its paragraph: a
    story tells its day once and goes on about it. Not what is background, would be, or had
    happened before (past perfect), nor an event told at another place than that episode."""
    doc = r.doc
    ordered = _in_text_order(r, events)
    lead = _lead(r, events)
    days: dict[tuple[str, bool], bool] = {}  # read once per time, not once per later event

    def a_day(o: Event) -> bool:
        key = (o.time, o is (lead and lead[0]))
        if key not in days:
            days[key] = _a_day_or_days(r, *key)
        return days[key]

    for pos, ev, tok in _undated(r, ordered):
        if background(tok) or unreal(tok) or anterior(tok) or not _told_as_past(tok):
            continue
        start = sent_start(tok)
        told = [(i, o) for o in ordered[:pos] if o.time and a_day(o)
                for i in r.event_tokens[o.key]
                if i < start and not background(doc[i]) and same_paragraph(doc, doc[i].idx, tok.idx)]
        if not told or _says_when(r, tok):
            continue
        _, episode = max(told, key=lambda x: x[0])
        within = bool(ev.place and episode.place and (
            ev.place == episode.place or episode.place in places_around(ev.place, r.index.entities)))
        if ev.place and episode.place and not within:
            continue  # an event told at another place is another episode
        if within or _of_one_story(ev, episode):
            ev.time = episode.time


def day_of_the_trading_session(r: Reading, events: dict[str, Event]) -> None:
    """An undated market move told as past news takes the day of the market move dated last before it
    in the article, wherever its paragraph: a market report tells the day of its session once and
    goes on through its indices and shares ("On Friday the Halvor index closed down 2%. ... The Brema
    index also took heavy losses to close down 74 points", "... was also hit hard, losing 39
    points"). Its clause is past news when it or the verb it hangs on is (`_told_as_past`); a day
    told as still to come, or a year or month, dates no session; a move told in a quotation is a
    speaker's view ('"Defaults have started to soar," said Roe'), not the session's."""
    doc = r.doc
    ordered = _in_text_order(r, events)
    for pos, ev, tok in _undated(r, ordered):
        if ev.type != "MarketMove" or background(tok) or unreal(tok) or anterior(tok) or _time_in_sentence(r, tok):
            continue
        if not any(_told_as_past(v) for v in [tok, *_governing_chain(tok)]) or _in_quotation(tok):
            continue  # a speaker's words tell what they see, not the session's moves
        session = next((o for o in reversed(ordered[:pos]) if o.type == "MarketMove" and o.time
                        and _a_day_or_days(r, o.time, False)), None)
        if session is not None and not (_told_as_past(tok) and same_paragraph(
                doc, r.first_token(session.key).idx, tok.idx)):
            ev.time = session.time  # (a move told in the past in the session's paragraph: `day_of_the_story`)


def day_of_a_market_report(r: Reading, events: dict[str, Event]) -> None:
    """An undated market move told as past news ("Stock markets worldwide fell on the news, with the
    Halvor index losing 480 points", "the Brema index has fallen 3%") in an article that names no day
    before it takes the day of publication: a market report that tells no day reports the session of
    the day it is filed. Not a move told in a quotation, as background, as what would be or had been,
    in the present ("market share is slipping"), nor one whose sentence tells a date of its own ("has
    gained share since 2019"); the stretch of a session ("in the first hour of trading") is none. A
    day told as still to come ("the swap lines will run until January 30") names no session, and a
    move told to situate the news ("two weeks after Velmar sent markets into a tumble") is no move of
    its day. The day
    is read from the move's verb, whose tense tells it."""
    if r.published is None:
        return
    doc = r.doc
    day = r.published.isoformat()
    # the article's first day told: the rules of the session's day date the moves told after it
    named = min((t.start for t in r.times if (t.expr.start or len(t.expr.value or "") == 10) and not t.ahead),
                default=len(doc))
    for _, ev, tok in _undated(r, _in_text_order(r, events)):
        if ev.type != "MarketMove" or background(tok) or unreal(tok) or anterior(tok) \
                or _resolved_time_in_sentence(r, tok) \
                or not any(_told_as_past(v) for v in [tok, *_governing_chain(tok)]) \
                or situates_other(tok, doc[slice(*parsed(doc).sent_bounds[tok.i])].root):
            continue
        if named < tok.i:
            return
        if _in_quotation(tok):
            continue
        found = next((t for t in r.times if t.start == tok.i and t.expr.value == day), None) \
            or add_time(r.times, doc[tok.i:tok.i + 1], day)
        ev.time = found.expr.key


def _resolved_time_in_sentence(r: Reading, tok: Token) -> bool:
    """Whether the sentence of `tok` tells a time that resolves to a date or a span; the hour or
    stretch of a session ("in the first 90 minutes", "at midday") resolves to none."""
    start, end = parsed(r.doc).sent_bounds[tok.i]
    return any(start <= t.start < end and (t.expr.value or t.expr.start) for t in r.times)


def _in_quotation(tok: Token) -> bool:
    """Whether `tok` stands inside a quotation of the text."""
    return any(begin <= tok.idx < end for begin, end in quote_spans(parsed(tok.doc).text))


def _time_in_sentence(r: Reading, tok: Token) -> bool:
    """Whether the sentence of `tok` tells a time the reader resolved (not a figure the model took
    for a date: "closing at 1,500.63"), other than one in a clause that describes another noun
    ("oil dropped to lows not reached since February": the lows' time, not the move's)."""
    start, end = parsed(r.doc).sent_bounds[tok.i]
    return any(start <= t.start < end and not told_of_another_noun(r.doc[t.start], tok) for t in r.times)


def _governing_chain(tok: Token) -> list[Token]:
    """The verbs a clause of `tok` hangs on, nearest first: "took heavy losses to close" -> "took",
    "was hit hard, losing" -> "hit"."""
    out: list[Token] = []
    node = tok
    while node.dep_ in ("xcomp", "advcl", "conj", "pcomp", "prep") and node.head.i != node.i and len(out) < 3:
        node = node.head
        if node.pos_ in ("VERB", "AUX"):
            out.append(node)
    return out


def _of_one_story(ev: Event, episode: Event) -> bool:
    """Whether an event goes on about an episode, besides happening at its place or in it ("North
    Korea shelled South Korea on Thursday ... South Korea evacuated 80 people in Yeoncheon"): one of
    its actors takes part in it ("Lee gave a speech on Monday. ... He demoed a phone"), or the two
    are of one branch of the taxonomy ("The index fell on Thursday ... Energy shares fell 3%"); an
    act of another kind by others is as likely told as background ("The original negotiations were
    over a no-bid contract")."""
    actors = set(ev.agents) | set(ev.participants) | set(ev.targets)
    if actors & (set(episode.agents) | set(episode.participants) | set(episode.targets)):
        return True
    types = taxonomy()
    one, other = types.get(ev.type), types.get(episode.type)
    if one is None or other is None:
        return False
    return bool(({one.name, *one.ancestors} & {other.name, *other.ancestors}) - {"Event"})


def _told_as_past(tok: Token) -> bool:
    """Whether the clause of `tok` is in the simple past or present perfect, active or passive
    ("evacuated", "was arrested", "has resigned"), the tenses of news told."""
    node = tok
    while node.pos_ not in ("VERB", "AUX") and node.head.i != node.i:
        node = node.head
    if node.tag_ == "VBD":
        return True
    return node.tag_ == "VBN" and any(c.dep_ in ("aux", "auxpass") and c.lower_ in _PAST_AUX for c in node.children)


_PAST_AUX = frozenset({"was", "were", "has", "have", "'s", "'ve"})


def _told_as_present(tok: Token) -> bool:
    """Whether the clause of `tok` is in the present, simple or progressive ("encourages", "is
    encouraging banks to lend"), which tells what goes on at the time of the report."""
    node = tok
    while node.pos_ not in ("VERB", "AUX") and node.head.i != node.i:
        node = node.head
    if node.tag_ in ("VBZ", "VBP"):
        return True
    return node.tag_ == "VBG" and any(c.dep_ == "aux" and c.tag_ in ("VBZ", "VBP") for c in node.children)


def _a_day_or_days(r: Reading, key: str, lead: bool) -> bool:
    """Whether the time `key` is a day or a span of days (a week, a weekend), or the month of the
    article's lead event ("Car sales fell in January ... Chrysler was hit hardest"): a story goes on
    about its day; a month named in passing, or a year, dates much the story only mentions. A day told
    as still to come ("plans to stand down on January 15") is no day of the news told in the past, nor
    is a span of more than a month ("has been fighting cancer since 2004")."""
    found = _time(r, key)
    if found is None or found.ahead:
        return False
    t = found.expr
    if t.start:
        return not _long_span(r, key)
    return len(t.value or "") == 10 or (lead and len(t.value or "") == 7)


def _long_span(r: Reading, key: str) -> bool:
    """Whether the time `key` is a span of more than a month ("since 2004" up to publication): what
    lasts that long is a state the story mentions, no episode whose day it goes on about."""
    found = _time(r, key)
    t = found.expr if found is not None else None
    if t is None or not t.start or not t.end or len(t.start) < 10 or len(t.end) < 10:
        return False
    return (dt.date.fromisoformat(t.end[:10]) - dt.date.fromisoformat(t.start[:10])).days > _A_MONTH


_A_MONTH = 31


def _ahead(r: Reading, key: str) -> bool:
    """Whether the time `key` is told as still to come ("will resign on May 2", "plans to ...")."""
    found = _time(r, key)
    return found is not None and found.ahead


def _time(r: Reading, key: str) -> FoundTime | None:
    """The time of the article whose key is `key`."""
    return next((t for t in r.times if t.expr.key == key), None)


def _clause_says_when(tok: Token) -> bool:
    """Whether the modifiers of the clause of `tok` hold words of a date ("two weeks after the attack",
    "days later", "in the 1990s"), which the model tags as a date whether or not they resolve; an hour
    or minutes ("75 minutes before the closing bell") fall within the day told before."""
    verbs = ([tok] if tok.pos_ in ("VERB", "AUX") else []) + governing_verbs(tok)
    return any(w.ent_type_ == "DATE" for v in verbs for c in v.children
               if c.dep_ in ("npadvmod", "prep", "advmod", "tmod") for w in c.subtree)


def _says_when(r: Reading, tok: Token) -> bool:
    """Whether the phrase of `tok` or its clause has words of time of its own, resolved or not
    ("introduced less than two weeks ago", "was recently listed"), or its sentence names a time
    that no "since" or "after" puts elsewhere ("The last time it did so was in 1972"): the sentence
    tells its own time, which is not the day of the story."""
    words = {*(x.i for x in tok.subtree)} | {x.i for v in governing_verbs(tok) for c in v.children
                                              if c.dep_ in ("npadvmod", "prep", "advmod", "tmod") for x in c.subtree}
    if any(r.doc[i].ent_type_ in ("DATE", "TIME") for i in words) or any(t.start in words for t in r.times):
        return True
    start, end = parsed(r.doc).sent_bounds[tok.i]
    root = r.doc[start:end].root
    return any(start <= t.start < end and not situates_other(r.doc[t.start], root) for t in r.times)


# Prepositions that put an act inside another event: "apologized during the hearing", "spoke at the summit".
_INSIDE_EVENT = frozenset({"during", "at"})


def day_of_the_event_it_happened_during(r: Reading, events: dict[str, Event]) -> None:
    """An undated event told as happening during or at another event takes that event's date:
    "A hearing was held on May 4. Ruiz apologized to the committee during the hearing." -> May 4."""
    doc = r.doc
    for key, ev in events.items():
        if ev.time is not None:
            continue
        for i in sorted(r.event_tokens.get(key, [])):
            tok = doc[i]
            verbs = ([tok] if tok.pos_ in ("VERB", "AUX") else []) + governing_verbs(tok)
            hosts = [r.token_map.get(p.i) for v in verbs for c in v.children
                     if c.dep_ == "prep" and c.lower_ in _INSIDE_EVENT for p in c.children if p.dep_ == "pobj"]
            host = next((events[k] for k in hosts if k and k != key and events[k].time), None)
            if host is not None:
                ev.time = host.time
                break


def day_counted_from_another_event(r: Reading, events: dict[str, Event]) -> None:
    """An undated event told as so many days or weeks before or after another event of the story
    that has a day ("Two days after the attack, the army arrested 40 men", "A day before the rally,
    police arrested 33 people", "on the day of the vote") took place that many days from it; "the
    event" is the story's own, the first its lead names. A stretch of hours tells no day."""
    doc = r.doc
    p = parsed(doc)
    # the cheap test first: "day" or "week" right before "before", "after" or "of"
    counts = {p.sent_bounds[i] for i, lemma in enumerate(p.lemmas[:-1])
              if lemma in _DAY_UNITS and p.lowers[i + 1] in ("before", "after", "of")}
    if not counts:
        return
    lead = _lead(r, events)
    for key, ev in events.items():
        if ev.time is not None:
            continue
        for i in sorted(r.event_tokens.get(key, [])):
            tok = doc[i]
            if p.sent_bounds[i] not in counts:
                continue
            if background(tok) or unreal(tok) or anterior(tok):
                break
            verbs = ([tok] if tok.pos_ in ("VERB", "AUX") else []) + governing_verbs(tok)
            counted = next((c for v in verbs for m in v.children if m.dep_ in ("npadvmod", "prep", "advmod")
                            for c in [_count_from_event(m)] if c is not None), None)
            if counted is None and tok.pos_ == "VERB":
                counted = _count_back_to_event(tok)
            if counted is None:
                continue
            unit, shift, noun = counted
            other = events.get(r.token_map.get(noun.i, "")) or (
                lead[0] if lead and noun.lemma_.lower() == "event" and _definite(noun) else None)
            day = _day_of(r, other.time) if other is not None and other is not ev and other.time else None
            if day is None:
                continue
            counted_day = day + dt.timedelta(days=shift)
            if r.published is not None and counted_day > r.published:
                break  # a day counted past publication tells a plan, not the act told
            ev.time = add_time(r.times, doc[unit.left_edge.i:noun.right_edge.i + 1], counted_day.isoformat()).expr.key
            break


def _count_from_event(mod: Token) -> tuple[Token, int, Token] | None:
    """Read a modifier that counts days from an event ("two days after the attack", "within a day
    before the event", "on the day of the vote"): the word of time, the days counted (negative
    before), and the event noun counted from; None for anything else."""
    if mod.lower_ in ("before", "after"):
        # "two days after the attack", as the parser often hangs it: the count on the preposition
        unit = next((c for c in mod.children if c.dep_ == "npadvmod" and c.lemma_.lower() in _DAY_UNITS), None)
        prep = mod
    else:
        unit = mod if mod.lemma_.lower() in _DAY_UNITS else next(
            (c for c in mod.children if c.dep_ == "pobj" and c.lemma_.lower() in _DAY_UNITS), None)
        prep = next((c for c in unit.children if c.dep_ == "prep" and c.lower_ in ("before", "after", "of")),
                    None) if unit is not None else None
    if unit is None:
        return None
    noun = next((c for c in prep.children if c.dep_ == "pobj" and c.pos_ == "NOUN"), None) if prep else None
    if noun is None:
        return None
    if prep.lower_ == "of":
        return (unit, 0, noun) if unit.lemma_.lower() == "day" and _definite(unit) else None
    n = _days(unit)
    if n is None:
        return None
    return unit, (n if prep.lower_ == "after" else -n), noun


def _days(unit: Token) -> int | None:
    """The days a word of time counts: "two days" 2, "a day" 1, "a week" 7; None if it counts none."""
    count = next((c for c in unit.children if c.dep_ == "nummod"), None)
    if count is not None:
        n = int(count.text) if count.text.isdigit() else _COUNT_WORDS.get(count.lower_)
    else:
        n = 1 if any(c.dep_ == "det" and c.lower_ in ("a", "an", "the") for c in unit.children) \
            and unit.tag_ == "NN" else None
    return None if n is None else n * (7 if unit.lemma_.lower() == "week" else 1)


def _count_back_to_event(verb: Token) -> tuple[Token, int, Token] | None:
    """Read a clause counted back from the event it follows or precedes ("the swap came a day after
    missiles struck Kharkiv", "the raid came two days before rebels attacked"): the word of time, the
    days the clause's act lies from the event (negative before it), and the event noun the clause
    hangs from as the subject of its verb; None for anything else."""
    mark = next((c for c in verb.children if c.dep_ == "mark" and c.lower_ in ("before", "after")), None)
    if verb.dep_ != "advcl" or mark is None:
        return None
    head = verb.head
    unit = next((c for c in (*head.children, *mark.children) if c.dep_ == "npadvmod"
                 and c.lemma_.lower() in _DAY_UNITS), None)
    noun = next((c for c in head.children if c.dep_ == "nsubj" and c.pos_ == "NOUN"), None)
    n = _days(unit) if unit is not None else None
    if n is None or noun is None:
        return None
    return unit, (-n if mark.lower_ == "after" else n), noun


# Words of time counted from an event, and the numbers said as words that count them.
_DAY_UNITS = frozenset({"day", "week"})
_COUNT_WORDS = {w: i for i, w in enumerate("zero one two three four five six seven eight nine ten".split())}


def _definite(noun: Token) -> bool:
    return any(c.dep_ == "det" and c.lower_ in ("the", "that", "this") for c in noun.children)


def _day_of(r: Reading, key: str) -> dt.date | None:
    """The day the time `key` names, if it names one and tells it as gone by."""
    t = _time(r, key)
    if t is None or t.ahead or not t.expr.value or len(t.expr.value) != 10:
        return None
    return dt.date.fromisoformat(t.expr.value)


def time_and_place_of_the_event_boycotted(r: Reading, events: dict[str, Event]) -> None:
    """A boycott happens when and where the event it stays away from does: "The vote was boycotted by
    the Garnet Party" on the day and at the place of the vote, when its own clause tells neither."""
    doc = r.doc
    for key, ev in events.items():
        if ev.type != "Boycott" or (ev.time and ev.place):
            continue
        for i in r.event_tokens.get(key, []):
            boycotted = [c for c in doc[i].children if c.dep_ in ("dobj", "nsubjpass")]
            other = next((events[k] for c in boycotted if (k := r.token_map.get(c.i)) and k != key), None)
            if other is not None:
                ev.time = ev.time or other.time
                ev.place = ev.place or other.place
                break


def attacker_of_earlier_attack(r: Reading, events: dict[str, Event]) -> None:
    """An attack that names no attacker is by the attacker of the last attack named before it
    ("Rebels shelled Goma on Sunday. Another attack hit the airport."), not one told in another
    country ("Gunmen killed 14 in Burkina Faso. In neighbouring Mali, jihadists ambushed a convoy"):
    who fights in one country is no word on who fights in the next. Sides that fought each other,
    several attackers with no one attacked ("North and South Korea exchanged fire"), do not tell
    which of them did the next one. A retaliation is never by the attacker it answers ("The South
    retaliated by firing artillery" after the North's shelling). So is a show of force by the doer of
    the one before ("North Korea fired a missile into the sea ... The missile was launched from ...")."""
    ordered = _in_text_order(r, events)
    for pos, ev in enumerate(ordered):
        if ev.type in ("Attack", "ShowOfForce") and not ev.agents and not _answers_an_attack(r, ev.key):
            prior = next((o for o in reversed(ordered[:pos]) if o.type == ev.type and o.agents
                          and not in_other_countries(ev.place, o.place, r.index.entities)), None)
            if prior and not (len(prior.agents) > 1 and not prior.targets):
                ev.agents = list(prior.agents)
                ev.participants = dedupe(ev.agents + ev.participants)


# Words of an act that answers another: who retaliates is the side attacked before, not its attacker.
_ANSWERING_LEMMAS = frozenset({"retaliate", "retaliation", "retaliatory", "reprisal", "counterattack",
                               "counter-attack", "respond", "response"})


def _answers_an_attack(r: Reading, key: str) -> bool:
    """Whether the event `key` is told as an answer to another act: by its word ("retaliated"), a word
    describing it ("a retaliatory strike") or a phrase of it ("fired in retaliation", "as a reprisal")."""
    lemmas = parsed(r.doc).lemmas
    for i in r.event_tokens.get(key, ()):
        if lemmas[i] in _ANSWERING_LEMMAS:
            return True
        for c in r.doc[i].children:
            said = [c] if c.dep_ == "amod" else [o for o in c.children if o.dep_ == "pobj"] \
                if c.dep_ == "prep" and c.lower_ in ("in", "as") else []
            if any(lemmas[o.i] in _ANSWERING_LEMMAS for o in said):
                return True
    return False


def in_other_countries(one: str | None, other: str | None, entities: dict[str, Entity]) -> bool:
    """Whether places `one` and `other` lie in two countries the gazetteer knows apart ("Mopti" in
    Mali, "Burkina Faso"); False when either is unknown or unplaced."""
    if one is None or other is None:
        return False
    countries = [_country(k, entities) for k in (one, other)]
    return None not in countries and countries[0] != countries[1]


def _country(key: str, entities: dict[str, Entity]) -> str | None:
    """The country a place lies in: its country, or itself when it is a country of the gazetteer."""
    ent = entities.get(key)
    if ent is None:
        return None
    if ent.country_key:
        return ent.country_key
    return key if ent.kind == "GeopoliticalEntity" and ent.geonames_id and not ent.within else None


def defender_intercepts(r: Reading, events: dict[str, Event]) -> None:
    """An interception that names no interceptor is by the attacked state's own force named before
    it, else by the state itself ("Missiles struck Kyiv. Most were intercepted.")."""
    ordered = _in_text_order(r, events)
    for pos, ev in enumerate(ordered):
        if ev.type == "Interception" and not ev.agents:
            defender = _defender(ordered[:pos], r.index, r.first_token(ev.key).i)
            if defender:
                ev.agents = [defender]
                ev.participants = dedupe(ev.agents + ev.participants)


def _defender(earlier: list[Event], index: EntityIndex, before: int) -> str | None:
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


def parties_of_earlier_meeting(r: Reading, events: dict[str, Event]) -> None:
    """A symmetric event (talks, an exchange) with fewer than two participants is between the
    parties of the last symmetric event before it that names two ("Russia and Ukraine held talks.
    The talks ended without agreement.")."""
    types = taxonomy()
    ordered = _in_text_order(r, events)
    for pos, ev in enumerate(ordered):
        etype = types.get(ev.type)
        if etype and etype.symmetric and len(ev.participants) < 2:
            prior = next((o for o in reversed(ordered[:pos])
                          if types.get(o.type, ANY_EVENT).symmetric and len(o.participants) >= 2), None)
            if prior:
                ev.participants = dedupe(ev.participants + prior.participants)


def supplier_of_orders_told_before(r: Reading, events: dict[str, Event]) -> None:
    """An order that names no maker is placed with the maker the article told winning orders, or
    supplying an order, before it: "Volant Industries secured two large orders. Zephyr Airways
    ordered 20 jets, and Caldera Air bought 12" (both from Volant). A buyer is never its own supplier."""
    ordered = _in_text_order(r, events)
    for pos, ev in enumerate(ordered):
        if ev.type != "Order" or ev.targets or not ev.agents:
            continue
        maker = None
        for other in reversed(ordered[:pos]):
            if other.type == "Order" and other.targets:
                maker = other.targets[0]
            elif other.type == "ContractAward" and other.agents and _wins_orders(r, other):
                maker = other.agents[0]
            if maker is not None:
                break
        if maker is not None and maker not in ev.agents:
            ev.targets = [maker]


def employer_of_cuts_told_before(r: Reading, events: dict[str, Event]) -> None:
    """Job cuts or closures told in the passive with no employer, in a sentence that names no company,
    are by the one company whose business act the paragraph told just before: "Kestrel announced cuts
    in its production. The measure comes on top of plans in which 3,000 positions should be cut"
    (Kestrel's). A subject the article does not resolve ("the miner will cut jobs") is left alone."""
    ordered = _in_text_order(r, events)
    entities = r.index.entities
    for pos, ev in enumerate(ordered):
        if ev.type not in _CUTS or ev.agents:
            continue
        first = r.first_token(ev.key)
        if any(c.dep_ == "nsubj" for c in first.children):
            continue
        start, end = parsed(r.doc).sent_bounds[first.i]
        if any(entities[k].kind == "Organization" for i in range(start, end) if (k := r.index.by_token.get(i))):
            continue
        prior = ordered[pos - 1] if pos else None
        etype = event_type(prior.type) if prior is not None else None
        if prior is None or not (prior.type == "EconomicEvent" or etype and "EconomicEvent" in etype.ancestors) \
                or len(prior.agents) != 1 or entities[prior.agents[0]].kind != "Organization" \
                or not same_paragraph(r.doc, r.first_token(prior.key).idx, first.idx):
            continue
        ev.agents = list(prior.agents)
        ev.participants = dedupe(ev.agents + ev.participants)


# Acts only an employer or owner does to its own workforce or sites.
_CUTS = frozenset({"JobCuts", "Closure"})


def _wins_orders(r: Reading, award: Event) -> bool:
    """Whether a contract award is told by winning orders ("secured two orders", "won an order")."""
    return any(c.dep_ == "dobj" and c.lemma_.lower() == "order"
               for i in r.event_tokens[award.key] for c in r.doc[i].children)


def _lead(r: Reading, events: dict[str, Event]) -> tuple[Event, int, int] | None:
    """The article's main event, the first one its lead sentence names, with the lead's token bounds;
    the captions of pictures before the lead are none of it."""
    doc = r.doc
    text = parsed(doc).text
    paragraph_start, _ = lead_paragraph(text)
    head_end = headline_end(text)
    if head_end is not None and paragraph_start <= head_end:
        paragraph_start = head_end + 1  # the headline above the lead is no sentence of it
    first = min((i for i in r.token_map if doc[i].idx >= paragraph_start), default=None)
    if first is None:
        return None
    lead_start, lead_end = parsed(doc).sent_bounds[first]
    before = text[paragraph_start:doc[lead_start].idx]
    prose = first_prose_sentence(doc, paragraph_start - 1)
    if before.strip() and (not before.rstrip(" \t").endswith("\n") or before.strip().count("\n") > 0) \
            and (prose is None or prose.i != lead_start):
        # the lead opens the text, or follows the headline line or a dateline; a later sentence is no lead
        return None
    return events[r.token_map[first]], lead_start, lead_end


def day_of_lead(r: Reading, events: dict[str, Event]) -> None:
    """The article's main event, the first one its lead sentence names, takes the lead's day when
    its own clause gives none: news leads state when once, for the whole sentence ("On Tuesday,
    voters in Ohio went to the polls as the storm ...")."""
    lead = _lead(r, events)
    first = r.first_token(lead[0].key) if lead is not None else None
    if lead is None or lead[0].time is not None or unreal(first) or anterior(first) or counted_by_a_toll(first):
        # "On Monday, Velo said it would close three plants" (or "had closed"): not on Monday; "the
        # toll from the quake rose to 31 on Monday": the count rose then
        return
    main, start, end = lead
    root = r.doc[start:end].root
    day = next((t for t in r.times if start <= t.start < end and t.expr.value
                and len(t.expr.value) == 10 and not t.ahead and not situates_other(r.doc[t.start], root)
                and not told_of_another_noun(r.doc[t.start], first)), None)
    if day is not None:
        main.time = day.expr.key


def place_of_lead(r: Reading, events: dict[str, Event]) -> None:
    """The article's main event takes the place its lead sentence locates anything at when its own
    clause gives none ("On Tuesday in Lyon, police said a protest ... turned violent")."""
    lead = _lead(r, events)
    if lead is None or lead[0].place is not None:
        return
    main, start, end = lead
    doc, index = r.doc, r.index
    # "declared an emergency as Hurricane Ivan strengthened in the Gulf": the clause's own act's place
    elsewhere = clauses_of_their_own(doc[start:end], r.first_token(main.key), event_type(main.type))
    for i in range(start, end):
        key = index.by_token.get(i)
        if key and i not in elsewhere and index.entities[key].kind in PLACE_KINDS and in_locative(doc[i]) \
                and not situates_other(doc[i], doc[start:end].root) \
                and not (_abroad(main) and where_said(doc[i], None)) \
                and not in_topic_of_talks(doc[i]) and not bound_for(doc[i]):
            main.place = key
            return


def _abroad(ev: Event) -> bool:
    etype = event_type(ev.type)
    return etype is not None and cross_border(etype)


def doers_named_by_the_act(r: Reading, events: dict[str, Event]) -> None:
    """An event that names no doer, of a type whose doers are named by the act ("the protests" and
    "protesters", "the strike" and "strikers"), takes the group the article calls so: the first such
    mention in the event's paragraph, else in the article; "counter-protesters" are not its doers.
    One such noun names a doer when it names a person ("The attacker, identified as Sam Roe")."""
    doc = r.doc
    p = parsed(doc)
    for key, ev in events.items():
        etype = taxonomy().get(ev.type)
        if ev.agents or etype is None or not etype.doer_nouns:
            continue
        first = r.first_token(key)
        # "counter-protesters" stand against the act their noun names
        nouns = [t for t, pos in zip(p.tokens, p.pos) if pos == "NOUN" and t.tag_ in ("NNS", "NN")
                 and t.lemma_.lower() in etype.doer_nouns
                 and not any(w.lower_ == "counter" for w in hyphened_prefix(t))]
        nouns.sort(key=lambda t: (not same_paragraph(doc, min(t.idx, first.idx), max(t.idx, first.idx)), t.i))
        for noun in nouns:
            doer = actors(noun, r.index)
            if noun.tag_ == "NN" and not (len(doer) == 1 and r.index.entities[doer[0]].kind == "Person"):
                continue  # "an attacker" alone names no one; "the attacker, identified as Sam Roe" does
            if doer:
                ev.agents = doer
                ev.participants = dedupe(doer + ev.participants)
                break
