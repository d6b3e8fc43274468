"""Time expressions, resolved against the publication date.

News dates are mostly relative ("on Saturday", "last week", "early Saturday"): a weekday means the
latest such day on or before publication (the day itself included) unless the clause tells what
is to come ("will meet on Friday", "is scheduled to meet Friday"), "last week" the Monday to Sunday
before the publication week, "this weekend" told in the past on a weekday the weekend gone by. Absolute dates
without a year take the year that puts them nearest before publication, or, told of what is to come, the
nearest after it. Other spellings of a whole date (day, month and year) go to dateparser.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from functools import lru_cache

from spacy.tokens import Doc, Token
from spacy.tokens import Span as SpacySpan

from kg.extraction.parsed import ents, parsed, tokens
from kg.extraction.statements import quote_spans
from kg.records import Span, TimeExpression

_WEEKDAYS = {d: i for i, d in enumerate(("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"))}
_MONTHS = {m: i for i, m in enumerate(("january", "february", "march", "april", "may", "june", "july", "august",
                                        "september", "october", "november", "december"), start=1)}
_MONTHS.update({m[:3]: i for m, i in list(_MONTHS.items())})
_MONTHS["sept"] = 9
_NUMBER_WORDS = {w: i for i, w in enumerate(("zero", "one", "two", "three", "four", "five", "six", "seven", "eight",
                                              "nine", "ten", "eleven", "twelve"))}
_NUMBER_WORDS.update({"a": 1, "an": 1, "a few": 3, "several": 3})
_NUMBER_WORDS.update({w: i for i, w in enumerate(("thirteen", "fourteen", "fifteen", "sixteen", "seventeen",
                                                   "eighteen", "nineteen", "twenty"), start=13)})
_NUMBER_WORDS.update({"thirty": 30, "forty": 40, "fifty": 50})
_LEADING = re.compile(r"^(?:on|in|at|by|since|from|during|until|till|through|early|late|earlier|later|"
                      r"the|that|of|around|about|before|after|mid|mid-|the (?:end|beginning|start|middle|close) of|"
                      r"(?:end|beginning|start|middle) of)\s+|^mid-", re.I)
_PART_OF_DAY = re.compile(r"\s+(?:morning|afternoon|evening|night|overnight)$")
_MONTH_RE = "|".join(sorted(_MONTHS, key=len, reverse=True))
# Every pattern compiled once: dateparser's own patterns would push ours out of re's cache.
_YEAR = re.compile(r"(1[89]|20)\d\d")
_QUARTER = re.compile(r"\b(first|second|third|fourth|final|1st|2nd|3rd|4th|q[1-4])[\s-]+quarter(?:\s+of\s+(?:(this|last|next)\s+year|(\d{4})))?|\bq([1-4])\b(?:\s+(\d{4}))?")
# A period of reporting told by the day it ended, a company's fiscal calendar: "the fourth quarter ended
# Feb. 28", "the three months to June 30", "the six months ending Sept. 30", "the year ended March 31".
_PERIOD_ENDED = re.compile(r"(?:(?:first|second|third|fourth|final|latest|fiscal)\s+)*(quarter|half|year|"
                           r"(?:three|six|nine|twelve|3|6|9|12)\s+months)\s+(?:ended|ending|to|through)\s+(.+)")
_MONTHS_OF_PERIOD = {"quarter": 3, "half": 6, "year": 12}
_HALF = re.compile(r"\b(first|second|latter)\s+half\s+of\s+(?:(this|last|next)\s+year|the\s+year|(\d{4}))")
_RELATIVE_QUARTER = re.compile(r"(?:the\s+)?(last|previous|past|this|current|next)\s+quarter")
_DECADE = re.compile(r"(?:the\s+)?(?:(?:early|mid|late)[\s-]+)?(?:'|’)?(1[89]|20)?(\d)0'?s")
_RELATIVE_DECADE = re.compile(r"(?:the\s+)?(past|last|previous|this|current|next)\s+decade")
_YEAR_ONLY = re.compile(r"(\d{4})")
_ISO_DATE = re.compile(r"(\d{4})-(\d{2})-(\d{2})")
_MONTH_DAY = re.compile(rf"(?:\w+day,?\s+)?({_MONTH_RE})\.?\s+(\d{{1,2}})(?:st|nd|rd|th)?(?:,?\s+(\d{{4}}))?")
_DAY_MONTH = re.compile(rf"(?:\w+day,?\s+)?(\d{{1,2}})(?:st|nd|rd|th)?\s+(?:of\s+)?({_MONTH_RE})\.?(?:,?\s+(\d{{4}}))?")
_MONTH_OF_RELATIVE_YEAR = re.compile(rf"({_MONTH_RE})\.?\s+of\s+(last|this|next)\s+year")
_RELATIVE_MONTH = re.compile(rf"(last|next|this)\s+({_MONTH_RE})")
_MONTH_YEAR = re.compile(rf"({_MONTH_RE})\.?(?:,?\s+(\d{{4}}))?")
_WEEKDAY = re.compile(r"(last|next|this|coming|past)?\s*(monday|tuesday|wednesday|thursday|friday|saturday|sunday)")
_RELATIVE_PERIOD = re.compile(r"(last|this|next|past|previous|coming)\s+(week|month|year|weekend)")
_MONTH_NAME = re.compile(r"\b(" + "|".join(_MONTHS) + r")\b")
_NUMERIC_DATE = re.compile(r"\d{1,2}[/.]\d{1,2}[/.]\d{2,4}")
_DIGIT = re.compile(r"\d")
# the possessive of a time that names the time of a thing: "next year's contest" (not "the 1990's")
_POSSESSIVE = re.compile(r"(?<=[a-z])'s$")
_COUNT = r"(\d+|" + "|".join(sorted(_NUMBER_WORDS, key=len, reverse=True)) + ")"
# "two weeks ago", "about two weeks ago", "seventeen years ago": that day, week, month or year
_ABOUT_AGO = re.compile(rf"(?:(?:just\s+)?(?:about|around|nearly|almost|some|roughly)\s+)?{_COUNT}\s+"
                        r"(day|week|month|year|decade)s?\s+ago")
# "less than two weeks ago": any day since then
_WITHIN_AGO = re.compile(rf"(?:less than|under|not even|fewer than)\s+{_COUNT}\s+(day|week|month|year)s?\s+ago")


@dataclass
class FoundTime:
    """A resolved time expression and the tokens it covers."""

    expr: TimeExpression
    start: int
    end: int
    ahead: bool = False  # told as still to come ("will meet on Friday", "an expected vote Friday")


_REFS = {"recently": "PAST_REF", "recent": "PAST_REF", "lately": "PAST_REF", "previously": "PAST_REF",
         "formerly": "PAST_REF", "the past": "PAST_REF", "in the past": "PAST_REF", "more recently": "PAST_REF",
         "now": "PRESENT_REF", "currently": "PRESENT_REF", "presently": "PRESENT_REF", "at present": "PRESENT_REF",
         "nowadays": "PRESENT_REF", "at the moment": "PRESENT_REF", "current": "PRESENT_REF",
         "in the future": "FUTURE_REF", "the future": "FUTURE_REF", "soon": "FUTURE_REF",
         "the long term": "FUTURE_REF", "long-term": "FUTURE_REF", "the near term": "FUTURE_REF",
         "near-term": "FUTURE_REF", "the short term": "FUTURE_REF", "short-term": "FUTURE_REF",
         "the time being": "PRESENT_REF", "ongoing": "PRESENT_REF", "recent years": "PAST_REF",
         "recent months": "PAST_REF", "recent weeks": "PAST_REF"}
# Phrases the model seldom tags as dates: looked for in the text itself.
_REF_PHRASES = re.compile(r"\b(the (?:long|near|short) term|the time being|the future|the past|"
                          r"(?:short|long|near)-term|recent (?:years|months|weeks)|(?:this|last|next) (?:year|month|week)|last night|"
                          r"the (?:day|night|evening) (?:before|after)(?=\s*(?:[.,;:!?)]|$))|the (?:same )?day(?!\s+of\b)|"
                          r"that day|the same date|(?:early |late |last |next |this )?"
                          r"(?:spring|summer|autumn|winter)(?: of (?:\d{4}|this year|last year|next year)| \d{4})?)\b", re.I)
_SAME_DAY = frozenset({"the day", "the same day", "that day", "the same date"})
# A part of a day named without its day is part of the day told before: "died on Sunday, early in
# the morning", "signed off later that night"; a day after or before it: "talks resumed the next morning"
_PART_OF_TOLD_DAY = re.compile(r"(?:(?:early|late|later|earlier)\s+)?(?:(?:in|on|during|at|by)\s+)?"
                               r"(?:(?:the|that)\s+(?:(same|next|following|previous|preceding)\s+)?"
                               r"(morning|afternoon|evening|night|day)|(the day|the night|the evening) (after|before))")
# "two days later", "a week earlier": a day counted from the day told before
_DAYS_FROM_TOLD_DAY = re.compile(r"(\d+|a|an|one|two|three|four|five|six|seven|eight|nine|ten)\s+(day|week)s?\s+"
                                 r"(later|earlier|before|after)")
_AGE = re.compile(r"\b(?:year|month|week|day)s?[\s-]+old\b")
_TRAILING_PERIOD = re.compile(r"(?:this|last|next) (?:week|month|year)")
# a spell of time ("several months this year"), not another period compared with it ("the same
# period last year")
_SPELL = re.compile(r"(?:for\s+)?(?:\d+|an?|one|two|three|four|five|six|seven|eight|nine|ten|a few|several|some)"
                    r"\s+(?:days|weeks|months|day|week|month)")
# "earlier in the month", "at the end of the month": the month of the day told before
_MONTH_TOLD = re.compile(r"(?:(?:early|late|earlier|later)\s+)?(?:(?:in|at|by|during)\s+)?the\s+"
                         r"(?:(?:start|beginning|end|middle|close|rest)\s+of\s+the\s+)?month")
_PART_OF_DAY_WORDS = frozenset({"morning", "afternoon", "evening", "night"})
_SEASONS = {"spring": "SP", "summer": "SU", "autumn": "FA", "fall": "FA", "winter": "WI"}
_SEASON = re.compile(r"(?:(early|late|last|next|this)\s+)?(spring|summer|autumn|fall|winter)"
                     r"(?:\s+of\s+(?:(\d{4})|(this|last|next)\s+year)|\s+(\d{4}))?")
_DURATION = re.compile(r"(?:(?:over|more than|about|nearly|almost|some|the (?:past|last|next|previous))\s+)?"
                       r"(\d+|an?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|single)[\s-]+"
                       r"(day|week|month|year|decade)s?")
_DAYPART = re.compile(r"(?:this|yesterday|tomorrow|today|last|\w+day)\s+(morning|afternoon|evening|night)")
_FUTURE_AUX = frozenset({"will", "shall", "'ll", "wo"})
# Modals that tell what is expected of what has not happened yet: "should be completed in October".
_EXPECTING_AUX = frozenset({"should", "may", "might", "must"})


# Words before a weekday that make it recur: "every Friday since March" is no one Friday.
_RECURRING = frozenset({"every", "each"})


def _one_day(part: SpacySpan, day: Token) -> bool:
    """Whether the weekday `day` in a time the resolver cannot read whole names one day: not
    "every Friday", nor a day a capitalised word before it names ("Cyber Monday", "Super Tuesday")."""
    before = [t for t in part if t.i < day.i]
    return not any(t.lower_ in _RECURRING for t in before) and not (before and before[-1].is_title)


# Words after a clock time written in four digits: "at 2130 GMT", "0600 local time", "at 1400 hours".
_CLOCK_AFTER = frozenset({"gmt", "utc", "local", "hours", "hrs", "et", "est", "edt", "bst", "cet", "ist", "jst"})


def _clock_time(span) -> bool:
    """Whether the span is a time of day in four digits the model took for a year: "2130" of "at 2130 GMT"."""
    doc = span.doc
    return len(span) == 1 and len(span[0].text) == 4 and span[0].is_digit and span.end < len(doc) \
        and doc[span.end].lower_ in _CLOCK_AFTER


def find_times(doc: Doc, ref: dt.date | None, key_prefix: str) -> list[FoundTime]:
    """Return the time expressions of `doc` that resolve to a date, a span or a TimeML reference."""
    spans = [e for e in ents(doc) if e.label_ in ("DATE", "TIME")]
    covered = {i for e in spans for i in range(e.start, e.end)}
    toks = tokens(doc)
    for i, low in enumerate(parsed(doc).lowers):
        if not (low in _WEEKDAYS or low in _REFS or (len(low) == 4 and low.isdigit())) or i in covered:
            continue  # the cheap tests first: hardly a word is any of these
        t = toks[i]
        if low in _WEEKDAYS:  # the small model misses bare weekdays now and then
            if t.ent_type_ not in ("EVENT", "WORK_OF_ART"):  # but "Cyber Monday" (an event's name) is none
                spans.append(doc[t.i:t.i + 1])
        elif _YEAR.fullmatch(t.text) and t.dep_ != "nummod" and not t.ent_type_ in ("MONEY", "QUANTITY") \
                and not _counts_the_noun_after(t):
            spans.append(doc[t.i:t.i + 1])  # a bare year: "in 2011"
        elif low in _REFS and t.pos_ in ("ADV", "ADJ"):
            spans.append(doc[t.i:t.i + 1])
    for m in _REF_PHRASES.finditer(parsed(doc).text):
        span = doc.char_span(m.start(), m.end())
        if span is not None and not covered.intersection(range(span.start, span.end)):
            spans.append(span)
            covered.update(range(span.start, span.end))
    found: list[FoundTime] = []
    last_day = ref  # what "the same day" refers back to
    month_gone_back_to: str | None = None  # a month told after last_day, with no day of it
    years: dict[int, str] = {}  # months the story named with their year
    for span in _with_parts_of_day(sorted(spans, key=lambda s: s.start)):
        if _AGE.search(span.text.lower()):
            continue  # "a 14-year-old boy", "82 years old": an age, no time
        if _clock_time(span):
            continue  # "at 2130 GMT": a time of day in four digits, no year
        if len(span) > 1 and _YEAR.fullmatch(span[-1].text) and _counts_the_noun_after(span[-1]):
            # "as of Wednesday, 1940 aftershocks": the model's date ends in the count that follows it
            span = span[:-2] if span[-2].is_punct else span[:-1]
        for part in _parts(span, ref):
            if part.start > 0 and doc[part.start - 1].lower_ in _RECURRING and part[0].lower_ in _WEEKDAYS:
                continue  # "every Friday since March": no one Friday
            future = _future(part)
            past = not future and _past(part) and not _a_plan_for_a_part_of_the_year(part)
            told = _day_told_before(part.text, last_day, counted=month_gone_back_to is None)
            if told is not None and _points_past_itself(part):
                told = None  # "the day after the vote": the day after what it names, not after the day told
            if told is not None:
                value, start, end = told
            elif _a_period_of_play(part):
                continue
            else:
                value, start, end = resolve(part.text, ref, future=future, past=past)
                value = _year_told_before(part.text, value, years, ref)
            timex = timeml(part.text, ref, value, start, end, future=future)
            if value is None and start is None and timex is None:
                # "shortly before midnight Wednesday night": the day it names, when the whole does not
                # resolve; "for several months this year": the period it ends with
                day = next((t for t in part if t.lower_ in _WEEKDAYS), None)
                if day is not None and _one_day(part, day):
                    part = part.doc[day.i:day.i + 1]
                elif len(part) > 2 and _TRAILING_PERIOD.fullmatch(part[-2:].text.lower()) \
                        and _SPELL.fullmatch(part[:-2].text.lower()):
                    part = part[-2:]
                else:
                    continue
                value, start, end = resolve(part.text, ref, future=future)
                timex = timeml(part.text, ref, value, start, end, future=future)
                if value is None:
                    continue
            if value and len(value) == 10 and not _past_perfect(part):
                last_day = dt.date.fromisoformat(value)
            if value and len(value) == 10:
                month_gone_back_to = None
            elif value and len(value) == 7 and value[:4].isdigit() and last_day is not None \
                    and not last_day.isoformat().startswith(value) and told is None:
                # "in March 2023. Lowe died two days later": the story went back to a month with no day
                # of it, so days counted after it are none the story told
                month_gone_back_to = value
            if value and len(value) >= 7 and _YEAR_IN_TEXT.search(part.text) and ref is not None \
                    and int(value[:4]) > ref.year:
                years[int(value[5:7])] = value[:4]  # "planned for February 2024", told in 2023: that February
            if part.start > 0 and doc[part.start - 1].lower_ == "since" and ref is not None and start is None:
                # "since June": from the first day of June up to publication
                start, end = _since(value, ref)
            expr = TimeExpression(f"{key_prefix}{len(found) + 1}", Span(part.start_char, part.end_char, part.text),
                                  value=value, start=start, end=end, timex=timex)
            found.append(FoundTime(expr, part.start, part.end, ahead=future))
    if ref is not None:
        _count_quoted_days_from_the_speech(doc, found, ref)
    return found


_YEAR_IN_TEXT = re.compile(r"\b(1[89]|2[01])\d\d\b")


def _counts_the_noun_after(number: Token) -> bool:
    """Whether a four-digit number counts the plural noun after it ("1940 aftershocks had occurred"),
    with nothing before it that a year would take ("the 2020 elections", "in 2019 floods")."""
    doc = number.doc
    if number.i + 1 >= len(doc) or doc[number.i + 1].tag_ != "NNS":
        return False
    return number.i == 0 or doc[number.i - 1].tag_ not in ("DT", "IN", "PRP$", "POS", "JJ", "CD")
# Words of a game in the sentence of a bare quarter: "scored 12 points in the fourth quarter" is a
# period of play, not of the year.
_GAME_WORDS = frozenset({"game", "match", "point", "score", "touchdown", "goal", "basket", "inning", "lead",
                         "rebound", "quarterback", "field"})


# Verbs that make a plan known: what they announce for a quarter is for the quarter to come.
_ANNOUNCING = frozenset("announce unveil outline detail schedule set plan propose".split())


def _a_plan_for_a_part_of_the_year(part: SpacySpan) -> bool:
    """A quarter or half of the year told of a plan made known ("has announced cuts during the fourth
    quarter", told in August): the past tense is the announcing's, and the quarter is this year's."""
    if "quarter" not in part.text.lower() and "half" not in part.text.lower():
        return False
    verb = part.root
    while verb.pos_ not in ("VERB", "AUX") and verb.head.i != verb.i:
        verb = verb.head
    return verb.lemma_.lower() in _ANNOUNCING or verb.lemma_.lower() in _PROMISING


def _a_period_of_play(part: SpacySpan) -> bool:
    """A quarter named without its year ("the fourth quarter") in a sentence about a game."""
    if "quarter" not in part.text.lower() or _YEAR_IN_TEXT.search(part.text):
        return False
    return any(t.lemma_.lower() in _GAME_WORDS for t in part.sent)


def _year_told_before(text: str, value: str | None, years: dict[int, str], ref: dt.date | None) -> str | None:
    """A day or month told without its year, in a month of a year to come the story named before, is
    of that year: "an election planned for February 2024 ... scheduled for Feb. 4", told in 2023, is
    2024-02-04 (a month of a year gone by is history the story recalls, no guide to its other days)."""
    words = [w.strip(".,").lower() for w in text.split()]
    if not value or len(value) < 7 or _YEAR_IN_TEXT.search(text) or not any(w in _MONTHS for w in words) \
            or any(w in ("last", "next", "this", "past", "coming") for w in words):
        return value  # "today", "on Monday": days counted from publication, not from a month told
    year = years.get(int(value[5:7]))
    if not year or ref is None:
        return value
    # a day within two months of publication is the one at hand ("arrives on November 11", told
    # on November 5 after "a launch in November 2006")
    told = dt.date(int(value[:4]), int(value[5:7]), int(value[8:10]) if len(value) == 10 else 1)
    return value if abs((told - ref).days) <= 60 else year + value[4:]


# Words that count days from the moment they are said: "today", "tonight", "yesterday".
_DEICTIC = re.compile(r"(?:today|tonight|tomorrow|yesterday|this (?:morning|afternoon|evening))\b")
# How long before publication a day told in the story can still be the day the quoted words were said.
_SPEECH_WINDOW = dt.timedelta(days=7)


def _count_quoted_days_from_the_speech(doc: Doc, found: list[FoundTime], ref: dt.date) -> None:
    """Re-resolve "today", "tonight", "yesterday" ... inside a quotation from the day the words were
    said, not from publication: the day its sentence gives the speech outside the quote ('"Today we
    voted," she said on Sunday'), else the day the story told last before the quote, when that is a
    day of the week before publication ("Early yesterday morning, Lee reported ... posting "Tonight,
    we tested positive""). A quote with no such day keeps the publication day."""
    quotes = quote_spans(parsed(doc).text)
    if not quotes:
        return
    bounds = parsed(doc).sent_bounds

    def quote_of(t: FoundTime) -> tuple[int, int] | None:
        return next((q for q in quotes if q[0] <= t.expr.mention.begin < q[1]), None)

    def day(t: FoundTime) -> dt.date | None:
        v = t.expr.value
        return dt.date.fromisoformat(v) if v and len(v) == 10 else None

    outside = [t for t in found if quote_of(t) is None and day(t) is not None]
    for t in found:
        quote = quote_of(t)
        text = _LEADING.sub("", " ".join(t.expr.mention.anchor.lower().replace("’", "'").split()))
        if quote is None or not _DEICTIC.match(text):
            continue
        sent = bounds[t.start]
        said = next((day(o) for o in outside if bounds[o.start] == sent), None)
        if said is None:
            before = [day(o) for o in outside if o.expr.mention.end <= quote[0]]
            said = before[-1] if before and dt.timedelta(0) < ref - before[-1] <= _SPEECH_WINDOW else None
        if said is None or said == ref:
            continue
        future = _future(doc[t.start:t.end])
        value, start, end = resolve(t.expr.mention.anchor, said, future=future)
        if value is None and start is None:
            continue
        t.expr.value, t.expr.start, t.expr.end = value, start, end
        t.expr.timex = timeml(t.expr.mention.anchor, said, value, start, end, future=future)


def _since(value: str | None, ref: dt.date) -> tuple[str | None, str | None]:
    """The span from the first day of the date, month or year `value` up to `ref`, or (None, None)
    when `value` names none or lies after `ref`."""
    if not value or not _YEAR.match(value):
        return None, None
    first = value + {4: "-01-01", 7: "-01"}.get(len(value), "")
    if len(first) != 10 or first > ref.isoformat():
        return None, None
    return first, ref.isoformat()


def _with_parts_of_day(spans: list[SpacySpan]) -> list[SpacySpan]:
    """Date spans with a part of the day that follows one right after joined to it: the model tags
    "yesterday morning" and "Saturday evening" as a date and a time, but they name one day."""
    joined: list[SpacySpan] = []
    for span in spans:
        prev = joined[-1] if joined else None
        if prev is not None and span.start == prev.end and len(span) == 1 and span[0].lower_ in _PART_OF_DAY_WORDS:
            joined[-1] = span.doc[prev.start:span.end]
        else:
            joined.append(span)
    return joined


def _points_past_itself(part: SpacySpan) -> bool:
    """Whether a time goes on to name what it is before or after or the day of: "the day after the
    vote", "the day of the funeral", "three days later than planned"."""
    doc = part.doc
    link = part.end - 1 if part[-1].lower_ in ("before", "after") else part.end
    if link < len(doc) and doc[link].lower_ == "than":
        return True  # "later than planned": compared with the plan, not counted from the day told
    # "late in the day after falling 250 points" goes on with a clause, not with what the day follows
    return link < len(doc) and doc[link].lower_ in ("before", "after", "of") and link + 1 < len(doc) \
        and not doc[link + 1].is_punct and not doc[link + 1].is_space and doc[link + 1].pos_ not in ("VERB", "AUX")


def _day_told_before(text: str, last_day: dt.date | None,
                     counted: bool = True) -> tuple[str | None, None, None] | None:
    """The day a time names by pointing back at the day told before it ("the same day", "in the
    morning", "that night", "the next day", "the night before", "two days later") or the month
    ("later in the month"), or None when it points at none. Not `counted`: the story has gone back
    to a month since that day, and days counted from it ("two days later") resolve to none."""
    t = " ".join(text.lower().replace("’", "'").split())
    if t in _SAME_DAY:
        return (last_day.isoformat() if last_day else None), None, None
    if _MONTH_TOLD.fullmatch(t):
        return (f"{last_day.year:04d}-{last_day.month:02d}" if last_day else None), None, None
    m = _DAYS_FROM_TOLD_DAY.fullmatch(t)
    if m is not None:
        # "two days later", "a week earlier": counted from the day told before
        if last_day is None or not counted:
            return None, None, None
        n = (int(m[1]) if m[1].isdigit() else _NUMBER_WORDS.get(m[1], 1)) * (7 if m[2] == "week" else 1)
        return (last_day + dt.timedelta(days=n if m[3] in ("later", "after") else -n)).isoformat(), None, None
    m = _PART_OF_TOLD_DAY.fullmatch(t)
    if m is None:
        return None
    if last_day is None:
        return None, None, None
    which = m[1] or m[4] or "same"
    shift = {"next": 1, "following": 1, "after": 1, "previous": -1, "preceding": -1, "before": -1}.get(which, 0)
    return (last_day + dt.timedelta(days=shift)).isoformat(), None, None


def _parts(span, ref: dt.date | None) -> list:
    """A date entity that names several dates ("between 2014 and 2016", "June 17, two days later") in parts."""
    value, start, _ = resolve(span.text, ref)
    if value or start or timeml(span.text, ref, None, None, None) or len(span) < 3:
        return [span]
    parts, begin = [], span.start
    for tok in span:
        if tok.lower_ in ("and", "or", "to", "through", "until", "between", "-", "–", ",") or tok.is_punct:
            if tok.i > begin:
                parts.append(span.doc[begin:tok.i])
            begin = tok.i + 1
    if span.end > begin:
        parts.append(span.doc[begin:span.end])
    return parts or [span]


# Participles that tell of a thing to come: "an expected announcement Friday", "a planned vote on Friday".
_COMING = frozenset("expected planned scheduled upcoming forthcoming proposed impending".split())
# Verbs and adjectives that put the act of their "to" clause, or their own time, ahead: "is expected
# to vote on Friday", "is due to begin Friday", "the launch is set for Friday".
_AHEAD = frozenset("expect schedule plan set due slate poise intend aim".split())
# Tags of a present-tense verb or auxiliary: "is expected", "are due"; "was expected to vote on
# Friday" may tell of a Friday gone by.
_PRESENT = frozenset({"VBZ", "VBP"})


def _future(span) -> bool:
    """True when the clause around a time expression speaks of the future ("will meet on Friday",
    "should close on Friday", "is to meet on Friday"), the time names when a thing expected or planned
    comes ("an expected announcement Friday"), the clause is what is now expected, due or scheduled
    ("is scheduled to meet Friday"), the time is that of a clause of time on what a speaker said was to
    come ("said funds would be infused when markets opened on Friday"), the time is the earliest a
    thing not told as past may come ("can return as soon as Wednesday"), or a state not told as past
    lasts until the time ("have kept the markets closed until Friday"), or the time dates an act
    threatened or vowed ("threatened a strike from Monday"); so does what a speaker said was expected
    ("was expected to pass on Saturday, the observatory said")."""
    if (saying := saying_told_before_its_clause(span)) is not None:
        return _future(span.doc[saying.i:saying.i + 1])  # "said on Tuesday he will veto it": the saying's day
    verb = span.root
    while verb.pos_ not in ("VERB", "AUX") and verb.head.i != verb.i:
        if verb.i != span.root.i and any(c.dep_ == "amod" and c.lower_ in _COMING for c in verb.children):
            return True
        verb = verb.head
    if any(c.dep_ == "aux" and c.lower_ in _FUTURE_AUX for c in verb.children) or any(
            t.lower_ in ("next", "coming", "upcoming") for t in span):
        return True
    if any(c.dep_ == "aux" and c.lemma_ == "have" for c in verb.children):
        pass  # "should have been completed", "would have closed": what was to be, and was or was not
    elif any(c.dep_ == "aux" and c.lower_ in _EXPECTING_AUX for c in verb.children):
        return True  # "should be completed in October"
    elif _future_in_the_past(verb):
        return True  # "said the plants would close in June"
    governor = verb.head if verb.dep_ == "xcomp" else verb
    if governor.i != verb.i and governor.lemma_ == "be" and _present(governor) \
            and any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children):
        return True  # "the vote is to be held on Friday", "they are to travel on Wednesday"
    if _present(verb) and verb.dep_ == "advcl" and any(
            c.dep_ in ("mark", "advmod") and c.lower_ in _TEMPORAL_MARKS and c.i < verb.i for c in verb.children) \
            and not _present_reporting(verb):
        return True  # "faces 20 years when he is sentenced in July": a temporal clause's present is to come
    if verb.dep_ == "advcl" and verb.tag_ == "VBD" and _future_in_the_past(verb.head) and any(
            c.dep_ in ("mark", "advmod") and c.lower_ in _TEMPORAL_MARKS and c.i < verb.i for c in verb.children):
        return True  # "said funds would be infused when the markets opened on Friday": the past of reported speech
    earliest = [t.lower_ for t in span.doc[max(0, span.start - 3):span.start]]
    if earliest in (["as", "soon", "as"], ["as", "early", "as"]) and not _past(span):
        return True  # "can return to work as soon as Wednesday": the earliest day of a thing to come
    if span.start > 0 and span.doc[span.start - 1].lower_ in ("until", "till") and not _past(span) \
            and not (verb.dep_ in ("acomp", "oprd") and verb.head.tag_ == "VBD"):  # "stayed closed until"
        return True  # "has kept the markets closed until Friday": a state lasting to a day to come
    if span.start > 0 and span.doc[span.start - 1].lower_ in ("from", "starting", "beginning") \
            and verb.lemma_.lower() in _PROMISING:
        return True  # "has promised free bus travel from September": what is promised starts to come
    if _threatened(span):
        return True  # "threatened a nationwide strike from Monday": what is threatened has yet to come
    if _appointed_for(span):
        return True  # "unions called a strike for Saturday": the day a thing is called for is to come
    return governor.lemma_.lower() in _AHEAD and not _set_on_a_thing(governor) \
        and (_present(governor) or _reported(governor))


def _set_on_a_thing(verb: Token) -> bool:
    """Whether "set" is done to a thing ("the attack set fire to a refinery", "set a record"), not
    said of what is set for a day ("the vote is set for Friday")."""
    return verb.lemma_.lower() == "set" and any(c.dep_ == "dobj" for c in verb.children)


def _reported(verb: Token) -> bool:
    """Whether `verb` is the clause a verb of saying reports ("the storm was expected to pass on Saturday,
    the observatory said"): its past is the speaker's present moved back, as "would" is of "will"."""
    node = verb
    while node.dep_ == "conj" and node.head.i != node.i:
        node = node.head
    # the parser hangs a saying set off after the clause ("..., the observatory said") from it at times
    return node.dep_ == "ccomp" and node.head.lemma_.lower() in _SAYING_VERBS or any(
        c.dep_ == "parataxis" and c.lemma_.lower() in _SAYING_VERBS and c.i > node.i for c in node.children)


# Verbs of promising or planning, whose "from" a time tells when the thing promised begins.
_PROMISING = frozenset("promise pledge vow plan propose intend guarantee offer".split())
# Verbs of threatening or vowing an act, which has yet to come whenever the threat was made.
_THREATENING = frozenset("threaten vow pledge promise".split())


def _threatened(span) -> bool:
    """Whether a time expression dates an act a verb of threatening or vowing has as its object or
    its infinitive: "threatened a strike from Monday", "vowed to strike on Monday"."""
    node = span.root.head if span.root.dep_ == "pobj" else span.root
    if node.dep_ not in ("prep", "npadvmod"):
        return False
    act = node.head
    return act.dep_ in ("dobj", "xcomp") and act.head.lemma_.lower() in _THREATENING


# Verbs that fix the day of a thing to come, told with "for": "called a strike for Saturday",
# "scheduled a vote for Tuesday", "set the hearing for Friday".
_APPOINTING = frozenset("call schedule reschedule set slate plan fix book move postpone".split())


def _appointed_for(span) -> bool:
    """Whether a time expression is the "for" of a verb that fixes when a thing is to happen, on the
    verb or on its object: "unions called a 24-hour strike for Saturday", "the court set the hearing
    for Friday". The day is ahead of the calling, whenever the calling was told."""
    root = span.root
    if root.dep_ != "pobj" or root.head.lower_ != "for":
        return False
    act = root.head.head
    verb = act.head if act.dep_ == "dobj" else act
    return verb.lemma_.lower() in _APPOINTING


def saying_told_before_its_clause(span) -> Token | None:
    """The verb of saying a time expression belongs to when it stands between that verb and the
    subject of the clause it reports ("Roe said on Tuesday he will veto the bill"): the parser hangs it
    on the reported verb, but an adverbial of the reported clause follows its subject or its "that".
    None for any other time."""
    root = span.root
    node = root.head if root.dep_ == "pobj" else root
    if node.dep_ not in ("prep", "npadvmod"):
        return None
    clause = node.head
    saying = clause.head
    if clause.dep_ != "ccomp" or clause.pos_ not in ("VERB", "AUX") or not saying.i < span.start \
            or saying.lemma_.lower() not in _SAYING_VERBS:
        return None
    if any(c.dep_ == "mark" and c.i < span.start for c in clause.children):
        return None  # "said that on Tuesday he will veto it": the reported clause's own time
    if not any(c.dep_ in ("nsubj", "nsubjpass", "expl") and c.i >= span.end for c in clause.children):
        return None
    return saying


def _future_in_the_past(verb: Token) -> bool:
    """Whether a verb with "would" tells what a speaker said was to come: the clause reported by a
    verb of saying ("Acme said it would close the plant in June", "told reporters the plants would
    close in June", "announced that rates would be cut on Friday"), which news reports soon after the
    saying. A "would" of its own ("the mill would often close in winter") tells no such thing."""
    if not any(c.dep_ == "aux" and c.lower_ in ("would", "'d") for c in verb.children):
        return False
    node = verb
    while node.dep_ == "conj" and node.head.i != node.i:  # "would close two plants and cut jobs"
        node = node.head
    return node.dep_ == "ccomp" and node.head.lemma_.lower() in _SAYING_VERBS


# Verbs whose reported clause with "would" tells what the speaker said was to come.
_SAYING_VERBS = frozenset("say tell announce confirm state add report declare warn promise pledge vow".split())


# Words opening a clause of time or condition, whose present tense tells what is to come.
_TEMPORAL_MARKS = frozenset({"when", "once", "after", "before", "until", "till", "if", "unless"})


def _present_reporting(verb) -> bool:
    """Whether the clause's main verb is itself told in the present as now ("says", "is"): then the
    temporal clause may tell what happens now as well ("police say he flees when he is chased")."""
    head = verb.head
    return head.lemma_ in ("say", "be") and head.tag_ in _PRESENT


def _past(span) -> bool:
    """True when the clause around a time expression tells what happened: its verb is in the simple
    past or a perfect or passive of it ("took place this weekend", "was held this weekend")."""
    verb = span.root
    while verb.pos_ not in ("VERB", "AUX") and verb.head.i != verb.i:
        verb = verb.head
    if verb.tag_ == "VBD":
        return True
    return verb.tag_ == "VBN" and any(c.dep_ in ("aux", "auxpass") and c.tag_ in ("VBD", "VBZ", "VBP")
                                      and c.lemma_ in ("have", "be") for c in verb.children)


def _past_perfect(span) -> bool:
    """Whether the clause around a time is in the past perfect ("by the following day the theory had
    been abandoned"): it steps off the line of the story to tell what came before or by then, and
    "the same day" or "the day" told after it still means the day the story is on."""
    verb = span.root
    while verb.pos_ not in ("VERB", "AUX") and verb.head.i != verb.i:
        verb = verb.head
    return verb.tag_ == "VBN" and any(c.dep_ == "aux" and c.lower_ in ("had", "'d") for c in verb.children)


def _present(verb) -> bool:
    """Whether `verb` is told in the present: its own tense, or that of its auxiliary or copula."""
    if verb.tag_ in _PRESENT:
        return True
    verb = verb.head if verb.dep_ in ("acomp", "attr") else verb  # "is due": the copula's tense
    return verb.tag_ in _PRESENT or any(c.dep_ in ("aux", "auxpass") and c.tag_ in _PRESENT for c in verb.children)


@lru_cache(maxsize=1)
def _date_parser():  # -> dateparser.date.DateDataParser
    """One dateparser for every call: English, whole dates only (day, month and year in the text).

    No relative base is set: with all three parts required it changes no result, and dateparser
    compiles its patterns anew for each new base (each publication date), a third of its time.
    """
    from dateparser.date import DateDataParser

    return DateDataParser(languages=["en"], settings={"PREFER_DATES_FROM": "past",
                                                      "REQUIRE_PARTS": ["day", "month", "year"]})


@lru_cache(maxsize=8192)  # pure, and asked of the same few expressions ("Monday", "2011") all day
def timeml(text: str, ref: dt.date | None, value: str | None, start: str | None, end: str | None,
           future: bool = False) -> str | None:
    """Return the TimeML TIMEX3 value of a time expression, given what `resolve` made of it.

    >>> timeml("last week", dt.date(2025, 5, 24), None, "2025-05-12", "2025-05-18")
    '2025-W20'
    >>> timeml("the third quarter of this year", dt.date(2009, 10, 2), None, None, None)
    '2009-Q3'
    >>> timeml("the 1970s", None, None, None, None), timeml("recently", None, None, None, None)
    ('197', 'PAST_REF')
    >>> timeml("six years", None, None, None, None), timeml("this morning", None, "2008-01-09", None, None)
    ('P6Y', '2008-01-09TMO')
    >>> timeml("spring", dt.date(2009, 4, 1), None, None, None)
    '2009-SP'
    """
    t = " ".join(text.lower().replace("’", "'").split())
    m = _DAYPART.fullmatch(t)
    if value and m:
        return f"{value}T{ {'morning': 'MO', 'afternoon': 'AF', 'evening': 'EV', 'night': 'NI'}[m[1]]}"
    if value:
        return value
    if start and end:
        first, last = dt.date.fromisoformat(start), dt.date.fromisoformat(end)
        year, week, weekday = first.isocalendar()
        if weekday == 1 and last - first == dt.timedelta(days=6):
            return f"{year}-W{week:02d}"
        if weekday == 6 and last - first == dt.timedelta(days=1):
            return f"{year}-W{week:02d}-WE"
        span = (last.year * 12 + last.month) - (first.year * 12 + first.month)  # months after the first
        if first.day == 1 and span in (2, 5) and (first.month - 1) % (span + 1) == 0:
            return f"{first.year}-{'Q' if span == 2 else 'H'}{(first.month - 1) // (span + 1) + 1}"
        return None
    part = _part_of_year(t, ref, future)
    if part:
        return f"{part[0]}-{part[1]}"
    m = _SEASON.fullmatch(t)
    if m:
        year = m[3] or m[5]
        shift = {"last": -1, "next": 1}.get(m[1] or m[4] or "", 0)
        year = int(year) if year else (ref.year + shift if ref else None)
        return f"{year}-{_SEASONS[m[2]]}" if year else None
    m = _DURATION.fullmatch(t)
    if m:
        n = int(m[1]) if m[1].isdigit() else _NUMBER_WORDS.get(m[1], 1)
        unit = m[2]
        if unit == "decade":
            n, unit = n * 10, "year"
        return f"P{n}{unit[0].upper()}"
    if t in ("intraday", "an intraday"):  # market news' word for "within one trading day"
        return "P1D"  # ("single-day" is a duration above, as "two-day" is)
    m = _RELATIVE_DECADE.fullmatch(t)
    if m and ref is not None:  # "the past decade": the decade before this one
        return str(ref.year // 10 + {"past": -1, "last": -1, "previous": -1, "next": 1}.get(m[1], 0))
    m = _DECADE.fullmatch(t)
    if m:
        century = m[1] or "19"
        return f"{century}{m[2]}"
    return _REFS.get(t)


@lru_cache(maxsize=8192)  # pure: `find_times` asks it twice a span, and news repeats its dates
def resolve(text: str, ref: dt.date | None, future: bool = False,
            past: bool = False) -> tuple[str | None, str | None, str | None]:
    """Return (value, start, end) for a time expression: value an ISO date, YYYY-MM or YYYY.
    `future` says the clause tells what is to come, `past` that it tells what happened ("took place
    this weekend" on a weekday: the weekend gone by).

    >>> resolve("Saturday", dt.date(2025, 5, 24))
    ('2025-05-24', None, None)
    >>> resolve("last week", dt.date(2025, 5, 24))
    (None, '2025-05-12', '2025-05-18')
    >>> resolve("in 2022", None)
    ('2022', None, None)
    """
    t = _POSSESSIVE.sub("", " ".join(text.lower().replace("’", "'").split()))  # "next year's contest"
    if _PART_OF_TOLD_DAY.fullmatch(t):
        return None, None, None  # "in the morning", "that night": of the day told before, not of today
    prev = None
    while prev != t:
        prev, t = t, _LEADING.sub("", t).strip(" ,.")
    if t.startswith("this past "):
        # "this past weekend", "this past Friday", "this past December": the one gone by
        t = ("last " if t[len("this past "):] in _MONTHS else "past ") + t[len("this past "):]
    if t in ("last night", "yesterday night", "yesterday evening") and ref is not None:
        return (ref - dt.timedelta(days=1)).isoformat(), None, None  # before "night" goes as a part of the day
    t = _PART_OF_DAY.sub("", t)
    m = _YEAR_ONLY.fullmatch(t)
    if m and 1000 < int(m[1]) < 2200:
        return m[1], None, None
    m = _ISO_DATE.fullmatch(t)
    if m:
        return _iso(int(m[1]), int(m[2]), int(m[3])), None, None
    ended = _period_ended(t, ref)
    if ended:
        return ended
    absolute = _absolute(t, ref, future)
    if absolute:
        return absolute
    part = None if "fiscal" in t else _part_of_year(t, ref, future or not past)
    if part:  # a calendar quarter or half: its first and last day (a fiscal year keeps its own calendar)
        months = 3 if part[1][0] == "Q" else 6
        first_month = months * (int(part[1][1]) - 1) + 1
        start = dt.date(part[0], first_month, 1)
        end = dt.date(part[0] + (first_month + months - 1) // 12, (first_month + months - 1) % 12 + 1, 1) - dt.timedelta(days=1)
        return None, start.isoformat(), end.isoformat()
    if ref is None:
        return None, None, None
    return _relative(t, ref, future, past)


def _period_ended(t: str, ref: dt.date | None) -> tuple[None, str, str] | None:
    """The first and last day of a period of reporting told by the day it ended ("the fourth quarter
    ended Feb. 28": the three months to that day, whatever calendar quarter its name would be); None
    for any other expression, or an end day that does not resolve (one reported is past: the last one)."""
    m = _PERIOD_ENDED.search(t)
    if m is None:
        return None
    word = m[1].split()[0]  # "quarter", or the count of "three months"
    months = _MONTHS_OF_PERIOD.get(word) or (int(word) if word.isdigit() else _NUMBER_WORDS.get(word, 0))
    value, _, _ = resolve(m[2], ref, past=True)
    if not months or value is None or len(value) != 10:
        return None
    end = dt.date.fromisoformat(value)
    after = end + dt.timedelta(days=1)  # the period runs from the day after the same day `months` before
    index = after.year * 12 + after.month - 1 - months
    start = dt.date(index // 12, index % 12 + 1, 1) if after.day == 1 else dt.date(
        index // 12, index % 12 + 1, min(after.day, 28))
    return None, start.isoformat(), end.isoformat()


def _part_of_year(t: str, ref: dt.date | None, ahead: bool) -> tuple[int, str] | None:
    """The year and TimeML part ("Q4", "H1") of a quarter or half of a year a time expression names:
    "the fourth quarter" (this year's, or the one just past when not `ahead` and it is yet to come), "Q2 2010",
    "next quarter", "the second half of next year". A half needs its year: "the first half" alone is
    as often a match's."""
    m = _QUARTER.search(t)
    if m is None and ref is not None and _RELATIVE_QUARTER.fullmatch(t):
        shift = {"last": -1, "previous": -1, "past": -1, "next": 1}.get(t.split()[-2], 0)
        index = ref.year * 4 + (ref.month - 1) // 3 + shift
        return index // 4, f"Q{index % 4 + 1}"
    if m:
        n = {"first": 1, "second": 2, "third": 3, "fourth": 4, "final": 4, "1st": 1, "2nd": 2, "3rd": 3, "4th": 4}.get(m[1] or "", 0)
        n = n or int((m[1] or "q" + (m[4] or "0"))[1:])
        year = int(m[3] or m[5]) if m[3] or m[5] else (ref.year + {"last": -1, "next": 1}.get(m[2] or "", 0) if ref else None)
        if year and ref and not m[2] and not m[3] and not m[5] and not ahead and n > (ref.month - 1) // 3 + 1:
            year -= 1  # "the fourth quarter" in March: the one just past
        return (year, f"Q{n}") if year and n else None
    m = _HALF.search(t)
    if m:
        year = int(m[3]) if m[3] else (ref.year + {"last": -1, "next": 1}.get(m[2] or "", 0) if ref else None)
        return (year, "H1" if m[1] == "first" else "H2") if year else None
    return None


def _named_month(month: int, ref: dt.date, which: str | None, future: bool) -> str:
    """The year-month of a month named without a year ("October", "last September")."""
    if which == "last":
        year = ref.year if month < ref.month else ref.year - 1
    elif which == "next" or future:
        year = ref.year if month > ref.month or (month == ref.month and which != "next") else ref.year + 1
    elif which == "this":
        year = ref.year
    else:
        year = ref.year if month <= ref.month + 1 else ref.year - 1
    return f"{year:04d}-{month:02d}"


def _iso(y: int, m: int, d: int) -> str | None:
    try:
        return dt.date(y, m, d).isoformat()
    except ValueError:
        return None


def _absolute(t: str, ref: dt.date | None, future: bool = False) -> tuple[str | None, str | None, str | None] | None:
    m = _MONTH_DAY.fullmatch(t)
    if not m:
        m2 = _DAY_MONTH.fullmatch(t)
        if m2:
            m = m2
            month, day, year = _MONTHS[m2[2]], int(m2[1]), m2[3]
    else:
        month, day, year = _MONTHS[m[1]], int(m[2]), m[3]
    if m:
        if year:
            return _iso(int(year), month, day), None, None
        if ref is None:
            return None, None, None
        candidate = _iso(ref.year, month, day)
        if future:
            # "will stand down on January 15", told in December: the January to come (a day
            # just gone is more likely one the story was written before publication)
            if candidate and dt.date.fromisoformat(candidate) < ref - dt.timedelta(days=31):
                candidate = _iso(ref.year + 1, month, day)
        elif candidate and dt.date.fromisoformat(candidate) > ref + dt.timedelta(days=31):
            candidate = _iso(ref.year - 1, month, day)
        return candidate, None, None
    m = _MONTH_OF_RELATIVE_YEAR.fullmatch(t)
    if m and ref is not None:  # "October of next year"
        year = ref.year + {"last": -1, "this": 0, "next": 1}[m[2]]
        return f"{year:04d}-{_MONTHS[m[1]]:02d}", None, None
    m = _MONTH_YEAR.fullmatch(t)
    if m:
        month = _MONTHS[m[1]]
        if m[2]:
            return f"{int(m[2]):04d}-{month:02d}", None, None
        if ref is None:
            return None, None, None
        return _named_month(month, ref, None, future), None, None
    m = _RELATIVE_MONTH.fullmatch(t)
    if m and ref is not None:  # "last September"
        return _named_month(_MONTHS[m[2]], ref, m[1], future), None, None
    return None


def _back(ref: dt.date, n: int, unit: str) -> dt.date:
    """The day `n` days, weeks, months or years before `ref` (the last day of a shorter month)."""
    if unit in ("day", "week"):
        return ref - dt.timedelta(days=n * (7 if unit == "week" else 1))
    months = n * (12 if unit == "year" else 1)
    index = ref.year * 12 + ref.month - 1 - months
    year, month = index // 12, index % 12 + 1
    last = (dt.date(year + month // 12, month % 12 + 1, 1) - dt.timedelta(days=1)).day
    return dt.date(year, month, min(ref.day, last))


def _relative(t: str, ref: dt.date, future: bool = False,
              past: bool = False) -> tuple[str | None, str | None, str | None]:
    day = dt.timedelta(days=1)
    if t in ("today", "tonight", "morning", "afternoon", "evening", "this"):  # "this" of "this morning"
        return ref.isoformat(), None, None
    if t == "year":  # "the beginning of the year", "the end of the year"
        return f"{ref.year:04d}", None, None
    if t in ("yesterday", "last night", "yesterday night"):
        return (ref - day).isoformat(), None, None
    if t == "tomorrow":
        return (ref + day).isoformat(), None, None
    m = _WEEKDAY.fullmatch(t)
    if m:
        target = _WEEKDAYS[m[2]]
        if m[1] in ("next", "coming"):
            delta = (target - ref.weekday()) % 7 or 7
            return (ref + delta * day).isoformat(), None, None
        if future and m[1] is None:  # "the talks will resume on Friday"
            return (ref + ((target - ref.weekday()) % 7) * day).isoformat(), None, None
        delta = (ref.weekday() - target) % 7
        if m[1] == "last" and delta == 0:
            delta = 7
        return (ref - delta * day).isoformat(), None, None
    if t in ("this morning", "this afternoon", "this evening"):
        return ref.isoformat(), None, None
    if t == "weekend" and (past or future):
        # "ran throughout the weekend", "will meet over the weekend": the tense says which weekend
        return _relative("this weekend", ref, future, past)
    m = _RELATIVE_PERIOD.fullmatch(t)
    if m:
        shift = {"last": -1, "past": -1, "previous": -1, "this": 0, "next": 1, "coming": 1}[m[1]]
        if m[2] == "week":
            monday = ref - ref.weekday() * day + 7 * shift * day
            return None, monday.isoformat(), (monday + 6 * day).isoformat()
        if m[2] == "weekend":
            saturday = ref - ref.weekday() * day + 5 * day + 7 * shift * day
            if shift == -1 and ref.weekday() >= 5:
                saturday += 7 * day
            elif shift == 0 and past and ref.weekday() < 5:
                saturday -= 7 * day  # "took place this weekend", told on a weekday: the one just gone
            return None, saturday.isoformat(), (saturday + day).isoformat()
        if m[2] == "month":
            month_index = ref.year * 12 + ref.month - 1 + shift
            return f"{month_index // 12:04d}-{month_index % 12 + 1:02d}", None, None
        return f"{ref.year + shift:04d}", None, None
    m = _WITHIN_AGO.fullmatch(t)
    if m:
        # "less than two weeks ago": some day from the one after two weeks back up to today
        n = int(m[1]) if m[1].isdigit() else _NUMBER_WORDS.get(m[1], 1)
        return None, (_back(ref, n, m[2]) + day).isoformat(), ref.isoformat()
    m = _ABOUT_AGO.fullmatch(t)
    if m:
        n = int(m[1]) if m[1].isdigit() else _NUMBER_WORDS.get(m[1], 1)
        if m[2] == "day":
            return (ref - n * day).isoformat(), None, None
        if m[2] == "week":
            return (ref - 7 * n * day).isoformat(), None, None
        if m[2] == "month":
            month_index = ref.year * 12 + ref.month - 1 - n
            return f"{month_index // 12:04d}-{month_index % 12 + 1:02d}", None, None
        return f"{ref.year - n * (10 if m[2] == 'decade' else 1):04d}", None, None
    month_name = _MONTH_NAME.search(t)
    numeric_date = _NUMERIC_DATE.fullmatch(t)
    if (month_name and _DIGIT.search(t) or numeric_date) and not re.search(
            r"\b(hours?|minutes?|days|weeks|months|years|decades?|centur)", t):
        parsed = _date_parser().get_date_data(t).date_obj
        if parsed:
            return parsed.date().isoformat(), None, None
    return None, None, None


def add_time(times: list[FoundTime], span: SpacySpan, value: str) -> FoundTime:
    """Append to `times` (the article's, as `find_times` keyed them) a day the reader infers from the
    words of `span` rather than reads in them ("from Monday's close": the session after it), and
    return it. Its key follows those of `times`; its mention is `span`, the words it is inferred from."""
    prefix = re.sub(r"\d+$", "", times[0].expr.key) if times else "t"
    expr = TimeExpression(f"{prefix}{len(times) + 1}", Span(span.start_char, span.end_char, span.text),
                          value=value, timex=value, inferred=True)
    found = FoundTime(expr, span.start, span.end)
    times.append(found)
    return found
