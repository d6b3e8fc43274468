"""Numbers the text gives, normalised: value, unit (what is counted), qualifier and currency."""

from __future__ import annotations

import re
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation

from spacy.tokens import Doc, Token

from kg.extraction import lexicon
from kg.extraction.parsed import ents, tokens
from kg.records import Quantity, Span

_SMALL = {w: i for i, w in enumerate(
    "zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen "
    "sixteen seventeen eighteen nineteen".split())}
_TENS = {w: 10 * i for i, w in enumerate("_ _ twenty thirty forty fifty sixty seventy eighty ninety".split()) if w != "_"}
_SCALES = {"hundred": 100, "thousand": 1000, "million": 10**6, "billion": 10**9, "trillion": 10**12,
           "m": 10**6, "mn": 10**6, "bn": 10**9, "b": 10**9, "k": 1000, "tn": 10**12}
# "dozens died" gives an order of magnitude, not a number: a qualifier with no value (a made-up 24
# would be a figure the text never gave); "a dozen" is twelve.
_ROUGH = {"dozens": (None, "dozens of"), "hundreds": (None, "hundreds of"),
          "thousands": (None, "thousands of"), "millions": (None, "millions of"),
          "dozen": (Decimal(12), None), "a dozen": (Decimal(12), None)}


@dataclass
class FoundQuantity:
    """A quantity and the token whose phrase it counts (the unit noun, or the number itself)."""

    quantity: Quantity
    start: int
    end: int
    anchor: int  # token index used to attach the quantity to an event


def parse_number(text: str) -> Decimal | None:
    """Return the value of a number written in digits, words or both ("1,000", "two", "40 billion").

    >>> parse_number("1,000"), parse_number("two hundred and fifty"), parse_number("$40 billion")
    (Decimal('1000'), Decimal('250'), Decimal('40000000000'))
    """
    t = text.lower().replace(",", "").replace("-", " ").strip()
    t = re.sub(r"[^\w.\s]", " ", t)
    words = [w for w in t.split() if w not in ("and", "a", "an")]
    if not words:
        return None
    total, current, seen = Decimal(0), Decimal(0), False
    for w in words:
        if re.fullmatch(r"\d+(?:\.\d+)?", w):
            current += Decimal(w)
        elif re.fullmatch(r"\d+(?:\.\d+)?(k|m|mn|bn|b|tn)", w):
            num, suffix = re.match(r"(\d+(?:\.\d+)?)(\w+)", w).groups()
            current += Decimal(num) * _SCALES[suffix]
        elif w in _SMALL:
            current += _SMALL[w]
        elif w in _TENS:
            current += _TENS[w]
        elif w in ("hundred",):
            current = (current or 1) * 100
        elif w in _SCALES:
            total += (current or 1) * _SCALES[w]
            current = Decimal(0)
        else:
            return None
        seen = True
    if not seen:
        return None
    value = total + current
    try:
        return value.normalize() if value != value.to_integral_value() else value.quantize(Decimal(1))
    except InvalidOperation:
        return None


_QUALIFIERS = sorted(lexicon.QUALIFIERS, key=len, reverse=True)  # longest first: "no more than" before "more than"


def find_quantities(doc: Doc, key_prefix: str) -> list[FoundQuantity]:
    """Return the counts, amounts and percentages of `doc` (not dates, times or ordinals)."""
    found: list[FoundQuantity] = []
    taken: set[int] = set()
    skip = {i for e in ents(doc) if e.label_ in ("DATE", "TIME", "ORDINAL") for i in range(e.start, e.end)}
    spans = [(e.start, e.end, e.label_) for e in ents(doc) if e.label_ in ("CARDINAL", "MONEY", "PERCENT", "QUANTITY")]
    ent_tokens = {i for s, e, _ in spans for i in range(s, e)}
    for tok in tokens(doc):  # numbers the model left untagged ("six missiles" sometimes)
        if tok.like_num and tok.i not in ent_tokens and tok.i not in skip and tok.ent_type_ in ("", "CARDINAL"):
            spans.append((tok.i, tok.i + 1, "CARDINAL"))
    for start, end, label in sorted(spans):
        if start in taken:
            continue
        q = _quantity(doc, start, end, label, f"{key_prefix}{len(found) + 1}")
        if q:
            found.append(q)
            taken.update(range(start, end))
    return found


def _quantity(doc: Doc, start: int, end: int, label: str, key: str) -> FoundQuantity | None:
    span = doc[start:end]
    toks = list(span)
    qualifier = None
    # The model often puts "at least" inside the entity; take it out as the qualifier.
    lowered = span.text.lower()
    for q in _QUALIFIERS:
        if lowered.startswith(q + " "):
            qualifier = q
            toks = toks[len(q.split()):]
            break
    if qualifier is None:
        # The text of the one, two and three tokens before the number, as the doc spells it.
        before = {n: doc[start - n:start].text.lower() for n in (1, 2, 3) if start >= n}
        qualifier = next((q for q in _QUALIFIERS if before.get(len(q.split())) == q), None)
    currency = None
    number_toks = []
    for t in toks:
        low = t.lower_
        if low in lexicon.CURRENCIES and not t.like_num:
            currency = lexicon.CURRENCIES[low]
        elif t.is_punct and low not in (".",):
            continue
        elif low in ("%", "percent", "per", "cent", "pct"):
            continue
        else:
            number_toks.append(t)
    text = " ".join(t.text for t in number_toks)
    value = parse_number(text)
    rough = _ROUGH.get(text.lower())
    if value is None and rough:
        value, qualifier = rough[0], rough[1] or qualifier
    if value is None and not rough:
        return None
    if re.search(r"\bout of\b", doc[max(0, start - 5):start].text.lower()):
        return None  # the "ten" of "six out of ten districts" is the whole, not a count of its own
    if text.lower() == "one" and doc[start].dep_ != "nummod":
        return None  # "one of the most extensive attacks" names no count
    if label == "CARDINAL" and value is not None and re.fullmatch(r"\d{4}", text) and 1800 < int(value) < 2100 and not _counts_noun(doc[end - 1]):
        return None  # a year the model did not tag as a date
    unit = None
    if label == "PERCENT" or any(t.lower_ in ("%", "percent", "pct") for t in toks) or (
            end < len(doc) and doc[end].lower_ in ("%", "percent")):
        unit = "percent"
    elif currency or label == "MONEY":
        currency = currency or _currency_after(doc, end)
        unit = currency or "money"
    if _is_measure(doc, start, end):
        return None  # a clock time, a storm's category, a speed or an age is no count
    counted = _counted_noun(doc, start, end)
    if unit is None and counted is not None:
        unit = _unit_lemma(counted)
    if unit is None or unit in _GENERIC_PEOPLE:
        unit = _fate(doc[end - 1] if counted is None else counted) or unit
    anchor = counted.i if counted is not None else doc[end - 1].i
    qspan = doc[start:end]
    quantity = Quantity(key, Span(qspan.start_char, qspan.end_char, qspan.text), value, unit, qualifier, currency)
    return FoundQuantity(quantity, start, end, anchor)


def _counts_noun(tok: Token) -> bool:
    return tok.dep_ == "nummod" and tok.head.pos_ == "NOUN"


def _currency_after(doc: Doc, end: int) -> str | None:
    for t in doc[end:end + 2]:
        if t.lower_ in lexicon.CURRENCIES:
            return lexicon.CURRENCIES[t.lower_]
    return None


def _counted_noun(doc: Doc, start: int, end: int) -> Token | None:
    """The noun a number counts: "307 prisoners", "six out of ten districts", "three of the victims"."""
    last = doc[end - 1]
    head = last
    while head.dep_ in ("nummod", "quantmod", "compound") and head.head.i != head.i and head.head.i >= start:
        head = head.head
        if head.pos_ in ("NOUN", "PROPN") and head.i >= end:
            return head
    if last.dep_ == "nummod" and last.head.pos_ in ("NOUN", "PROPN"):
        return last.head
    # "six out of the city's ten districts", "three of the victims"
    after = doc[end:end + 3]
    if after.text.lower().startswith(("of ", "out of ")):
        for t in doc[end:min(len(doc), end + 8)]:
            if t.pos_ == "NOUN" and t.dep_ == "pobj":
                return t
    nxt = doc[end] if end < len(doc) else None
    if nxt is not None and nxt.pos_ == "NOUN" and nxt.head.i == nxt.i:
        return nxt
    if last.head.pos_ == "NOUN" and last.dep_ in ("nummod", "appos") and last.head.i > last.i:
        return last.head
    return None


def _unit_lemma(noun: Token) -> str:
    low = noun.lower_
    if low in lexicon.UNIT_NORMAL:
        return lexicon.UNIT_NORMAL[low]
    lemma = noun.lemma_.lower()
    return lexicon.UNIT_NORMAL.get(lemma, lemma)


# What happened to the people counted, by the verb they are the object or passive subject of:
# "killing 107", "12 were wounded", "30 people died", "five were rescued".
_FATE_VERBS = {"kill": "killed", "injure": "injured", "wound": "injured", "hurt": "injured", "die": "dead",
               "arrest": "arrested", "detain": "arrested", "evacuate": "evacuated", "rescue": "rescued",
               "displace": "displaced", "infect": "infected"}
_FATE_WORDS = {"dead": "dead", "killed": "killed", "injured": "injured", "wounded": "injured", "hurt": "injured",
               "missing": "missing", "arrested": "arrested", "evacuated": "evacuated", "rescued": "rescued"}
_GENERIC_PEOPLE = frozenset({"person", "people", "individual", "other"})
_TOLL_WORDS = frozenset({"toll", "tally", "count"})
# Words before a number that make it a measure, not a count: "Category 4", "magnitude 7.1".
_MEASURE_BEFORE = frozenset({"category", "magnitude", "level", "grade", "force", "cat", "no.", "number", "aged", "age"})
# Units of measure (and clock words) after a number: "1500 UTC", "150 mph", "7.1-magnitude".
_MEASURE_AFTER = frozenset({"utc", "gmt", "a.m.", "p.m.", "am", "pm", "mph", "kph", "km/h", "knots", "knot",
                            "magnitude", "degrees", "degree", "°", "°c", "°f", "year-old", "years-old"})


def _is_measure(doc: Doc, start: int, end: int) -> bool:
    """Whether the number at doc[start:end] measures rather than counts."""
    before = doc[start - 1].lower_ if start > 0 else ""
    if before in _MEASURE_BEFORE:
        return True
    after = [t.lower_ for t in doc[end:end + 4]]
    if after and after[0] in _MEASURE_AFTER:
        return True
    if after[:1] == ["-"] and after[1:2] and after[1] in _MEASURE_AFTER:
        return True  # "7.1-magnitude"
    # "a 45-year-old man", "aged 45", "45 years old"
    return after[:4] == ["-", "year", "-", "old"] or after[:2] in (["years", "old"], ["year", "old"])


def _fate(tok: Token) -> str | None:
    """What the text says happened to the people `tok` counts, as a unit: killed, injured, dead ..."""
    nxt = tok.doc[tok.i + 1] if tok.i + 1 < len(tok.doc) else None
    if nxt is not None and nxt.lower_ in _FATE_WORDS and nxt.pos_ in ("ADJ", "VERB", "NOUN"):
        return _FATE_WORDS[nxt.lower_]  # "15 dead", "at least 40 injured"
    count = tok.head.head
    if tok.dep_ == "pobj" and tok.head.lower_ == "of" and (count.like_num or count.lower_ in _ROUGH):
        tok = count  # "dozens of people were injured", "30 of the passengers died": the count's verb
    head = tok.head
    if tok.dep_ in ("dobj", "nsubjpass", "nsubj") and head.lemma_.lower() in _FATE_VERBS:
        return _FATE_VERBS[head.lemma_.lower()]
    if tok.dep_ == "pobj" and head.lower_ == "to" and head.head.lemma_.lower() in ("rise", "climb", "reach", "increase", "jump"):
        subj = [c for c in head.head.children if c.dep_ == "nsubj"]
        if subj and subj[0].lemma_.lower() in _TOLL_WORDS:
            return _toll_unit(subj[0])  # "the death toll rose to 39"
    if tok.dep_ == "attr" and any(c.dep_ == "nsubj" and c.lemma_.lower() in _TOLL_WORDS for c in head.children):
        return _toll_unit(next(c for c in head.children if c.dep_ == "nsubj"))  # "the toll is 39"
    return None


def _toll_unit(toll: Token) -> str:
    kind = {c.lemma_.lower() for c in toll.children if c.dep_ in ("compound", "amod")}
    return "injured" if kind & {"injury", "casualty"} else "dead"
