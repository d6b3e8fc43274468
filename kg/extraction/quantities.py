"""Numbers the text gives, normalised: value, unit (what is counted), qualifier and currency."""

from __future__ import annotations

import re
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation
from functools import lru_cache

from spacy.tokens import Doc, Span as SpacySpan, Token

from kg.extraction import lexicon
from kg.extraction.nlp import noun_lemmas
from kg.extraction.parsed import ents, parsed, sentence, tokens
from kg.records import Quantity, Span

_SMALL = {w: i for i, w in enumerate(
    "zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen "
    "sixteen seventeen eighteen nineteen".split())}
_TENS = {w: 10 * i for i, w in enumerate("_ _ twenty thirty forty fifty sixty seventy eighty ninety".split()) if w != "_"}
_SCALES = {"hundred": 100, "thousand": 1000, "million": 10**6, "billion": 10**9, "trillion": 10**12,
           "lakh": 10**5, "lakhs": 10**5, "crore": 10**7, "crores": 10**7,  # South Asian: "Rs 2 lakh", "₹500 crore"
           "m": 10**6, "mn": 10**6, "bn": 10**9, "b": 10**9, "k": 1000, "tn": 10**12}
# "dozens died" gives an order of magnitude, not a number: a qualifier with no value (a made-up 24
# would be a figure the text never gave); "a dozen" is twelve.
_ROUGH = {"dozens": (None, "dozens of"), "hundreds": (None, "hundreds of"),
          "thousands": (None, "thousands of"), "millions": (None, "millions of"),
          "dozen": (Decimal(12), None), "a dozen": (Decimal(12), None), "scores": (None, "scores of"),
          "tens of thousands": (None, "tens of thousands of"),
          "hundreds of thousands": (None, "hundreds of thousands of")}


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
    >>> parse_number("seven and a half"), parse_number("7½"), parse_number("five and seven")
    (Decimal('7.5'), Decimal('7.5'), None)
    """
    t = text.lower().replace(",", "").replace("-", " ").strip()
    t = re.sub(r"(\d)½", r"\1.5", t)
    t = re.sub(r"[^\w.\s]", " ", t)
    words = [w for w in t.split() if w not in ("and", "a", "an")]
    if not words:
        return None
    total, current, seen, digits_before = Decimal(0), Decimal(0), False, False
    for w in words:
        is_digits = re.fullmatch(r"\d+(?:\.\d+)?", w) is not None
        if is_digits and digits_before:
            return None  # "5%–10%", "10..20": two numbers, not their sum
        digits_before = is_digits
        if is_digits:
            current += Decimal(w)
        elif re.fullmatch(r"\d+(?:\.\d+)?(k|m|mn|bn|b|tn)", w):
            num, suffix = re.match(r"(\d+(?:\.\d+)?)(\w+)", w).groups()
            current += Decimal(num) * _SCALES[suffix]
        elif w in _SMALL:
            if current % (100 if _SMALL[w] >= 10 else 10):
                return None  # "five and seven (years)": two numbers, not their sum; "twenty-five" is one
            current += _SMALL[w]
        elif w in _TENS:
            if current % 100:
                return None  # "thirty and forty"
            current += _TENS[w]
        elif w in ("hundred",):
            current = (current or 1) * 100
        elif w == "half" and current and current == current.to_integral_value():
            current += Decimal("0.5")  # "seven and a half (years)"; "half" alone is a share, no count
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
    spans = [(e.start, _number_end(e), e.label_) for e in ents(doc)
             if e.label_ in ("CARDINAL", "MONEY", "PERCENT", "QUANTITY")]
    spans += [(e.start, e.end, "CARDINAL") for e in ents(doc) if e.label_ == "DATE" and _lone_count(e)]
    spans += [(e.end - 1, e.end, "CARDINAL") for e in ents(doc) if e.label_ == "DATE" and _count_read_as_year(e)]
    spans += [(e.start, e.end, "CARDINAL") for e in ents(doc) if e.label_ == "DATE" and _decimal_read_as_date(e)]
    spans += [(e.end - 1, e.end, "CARDINAL") for e in ents(doc) if e.label_ == "DATE" and _count_after_a_date(e)]
    spans += _amounts_in_names(doc)
    spans = [(s, e, label) for s, e, label in spans if not (e - s == 1 and _in_index_name(doc[s]))]
    spans = [(_after_describing_words(doc, s, e), e, label) for s, e, label in spans]
    ent_tokens = {i for s, e, _ in spans for i in range(s, e)}
    untagged: list[tuple[int, int, str]] = []
    for tok in tokens(doc):  # numbers the model left untagged ("six missiles" sometimes)
        if (tok.like_num or _GLUED_BILLIONS.fullmatch(tok.lower_)) and tok.i not in ent_tokens and tok.i not in skip \
                and tok.ent_type_ in ("", "CARDINAL") and not _ends_name(tok):
            if untagged and untagged[-1][1] == tok.i and tok.lower_ in _SCALE_WORDS | {"hundred"}:
                untagged[-1] = (untagged[-1][0], tok.i + 1, "CARDINAL")  # "about 80 million rand": one number
            else:
                untagged.append((tok.i, tok.i + 1, "CARDINAL"))
    spans += untagged
    spans += _rough_counts(doc, ent_tokens | skip)
    for start, end, label in sorted(spans):
        if start in taken:
            continue
        for part_start, part_end, part_qualifier, side in _range_parts(doc, start, end):
            q = _quantity(doc, part_start, part_end, label, f"{key_prefix}{len(found) + 1}", end_of_phrase=end,
                          side=side)
            if q:
                if part_qualifier:
                    q.quantity.qualifier = part_qualifier
                found.append(q)
                taken.update(range(part_start, part_end))
    _join_ranges(doc, found)
    _vote_tallies(found, doc)
    _elided_units(found, doc)
    _running_totals(found, doc)
    _index_levels(found, doc)
    _levels_of_what_changed(found, doc)
    _more_of_the_same(found, doc)
    found += _zero_tolls(doc, key_prefix, len(found))
    found += _both_tolls(doc, key_prefix, len(found))
    found += _times_told(doc, key_prefix, len(found))
    found += _tallies_in_one_word(doc, taken, key_prefix, len(found))
    found += _tallies_of_a_passing(found, doc, taken, key_prefix, len(found))
    found += _tolls_of_one(found, doc, key_prefix, len(found))
    found += _everyone_aboard(found, doc, key_prefix, len(found))
    for q in _terms(doc, set(range(len(doc))) - taken, key_prefix, len(found)):
        found.append(q)
    _time_served(found, doc)
    return _summed_tolls(found, doc)


# Fractions as the percentage they are; "two-thirds", "three quarters" take their numerator from _SMALL.
_FRACTIONS = {"half": Decimal(50), "halves": Decimal(50), "third": Decimal(100) / 3, "thirds": Decimal(100) / 3,
              "quarter": Decimal(25), "quarters": Decimal(25), "fifth": Decimal(20), "fifths": Decimal(20),
              "tenth": Decimal(10), "tenths": Decimal(10)}


def _fraction_share(text: str) -> Decimal | None:
    """The percentage a fraction written in words is ("half" 50, "a third" 33.3, "two-thirds" 66.7,
    "three quarters" 75), rounded to a tenth; None when `text` is no such fraction."""
    words = [w for w in text.lower().replace("-", " ").split() if w not in ("a", "an", "one")]
    if not words or words[-1] not in _FRACTIONS or len(words) > 2:
        return None
    times = _SMALL.get(words[0]) if len(words) == 2 else 1
    if not times or times > 9 or (times > 1) != words[-1].endswith("s") and words[-1] != "half":
        return None
    share = _FRACTIONS[words[-1]] * times
    return share.quantize(Decimal(1)) if share == share.to_integral_value() else share.quantize(Decimal("0.1"))


def _of_one_unit(of: Token) -> bool:
    """Whether the "of" after a fraction names one unit, not a whole the fraction is a share of: "a
    quarter of a percentage point", "half of an hour" (but "half of its output", "a third of voters")."""
    return any(c.dep_ == "pobj" and any(d.dep_ == "det" and d.lower_ in ("a", "an") for d in c.children)
               for c in of.children)


def _rough_counts(doc: Doc, taken: set[int]) -> list[tuple[int, int, str]]:
    """Orders of magnitude the model left untagged, before the "of" of what they count: "scores of people
    were killed", "tens of thousands of people fled" (a qualifier with no value, as "dozens of")."""
    out: list[tuple[int, int, str]] = []
    p = parsed(doc)
    for i, low in enumerate(p.lowers):
        if low not in _ROUGH or _ROUGH[low][0] is not None or i in taken or i + 1 >= len(doc) or p.lowers[i + 1] != "of":
            continue
        if i + 2 < len(doc) and f"{low} of {p.lowers[i + 2]}" in _ROUGH:
            if i + 3 < len(doc) and p.lowers[i + 3] == "of":
                out.append((i, i + 3, "CARDINAL"))  # "tens of thousands of people"
            continue
        if i >= 2 and f"{p.lowers[i - 2]} of {low}" in _ROUGH:
            continue  # the "thousands" of "tens of thousands", read with its first word
        if low == "scores" and i > 0 and doc[i - 1].tag_ in ("DT", "PRP$"):
            continue  # "the scores of both teams": results, no count
        out.append((i, i + 1, "CARDINAL"))
    return out


def _ends_name(number: Token) -> bool:
    """Whether a number the model left untagged ends the name right before it, which it is part of: "the
    S&P 500 fell", "its Boeing 767 fleet" (a count stands before what it counts), "the Halvor 300 Index";
    not the first figure of a score or tally after a name ("Panama 3 – 0")."""
    doc = number.doc
    name = doc[number.i - 1] if number.i > 0 else None
    tally = number.i + 2 < len(doc) and doc[number.i + 1].lower_ in _DASHES | {"to"} and doc[number.i + 2].like_num
    if _in_index_name(number):
        return True
    if _GROUPED_DIGITS.fullmatch(number.text):
        return False  # "Ashby 71,900": a figure written in groups of thousands is a count, never a model's number
    return name is not None and name.pos_ == "PROPN" and number.head.i == name.i \
        and number.dep_ in ("nummod", "compound") and not tally


_GROUPED_DIGITS = re.compile(r"\d{1,3}(?:,\d{3})+(?:\.\d+)?")


def _after_describing_words(doc: Doc, start: int, end: int) -> int:
    """Where the figure of an amount the model tagged with the words that describe it begins: "a record
    $8.6 billion" is $8.6 billion, "an additional 60 billion rubles" 60 billion rubles (not "a million",
    where "a" is the number, nor "several thousand", nor a qualifier)."""
    i = start
    if i < end - 1 and doc[i].lower_ in ("a", "an", "the") and doc[i + 1].lower_ not in _SCALES:
        i += 1
    # "the remaining 49 percent": a participle describes the figure as an adjective does
    while i < end - 1 and (doc[i].pos_ in ("ADJ", "NOUN") or doc[i].tag_ in ("VBG", "VBN")) and not doc[i].like_num \
            and _currency_of(doc[i]) is None \
            and doc[i].lower_ not in _SCALES and not doc[i].text[0].isdigit():  # "12bn kronor" opens with its figure
        i += 1
    # only before a figure in digits or a currency sign: "several thousand" is a vague count, no 1,000
    if i == start or not (doc[i].text[0].isdigit() or _currency_of(doc[i]) is not None) or \
            " ".join(t.lower_ for t in doc[start:i]).startswith(tuple(_QUALIFIERS)):
        return start
    return i


def _in_index_name(number: Token) -> bool:
    """Whether a number stands inside the name of a stock index, between a name and an index word
    (capitalised, but for "index" itself), however the model tagged it: "the Halvor 300 Index", "the
    Standard & Poor's 500 Index", "the Brema 40 index"."""
    doc = number.doc
    if number.i == 0 or number.i + 1 >= len(doc):
        return False
    name, after = doc[number.i - 1], doc[number.i + 1]
    # "the FTSE 100 index" as often as "the FTSE 100 Index"
    return (name.pos_ == "PROPN" or name.tag_ == "POS") and after.lower_ in lexicon.INDEX_WORDS and (
        after.is_title or after.lower_ in ("index", "indices", "indexes"))


_ONE = frozenset({"a", "an"})
# One person named by a determiner or a possessive before a singular noun: "the driver and four
# passengers", "his wife and two children"; not a noun that names a group ("the crew", "his family").
_ONE_OF = frozenset({"a", "an", "the", "his", "her", "their", "its"})
_GROUP_NOUNS = frozenset("""crew family team group staff police army public couple gang unit squad band party
force household""".split())


def _one_person(noun: Token) -> bool:
    """Whether `noun` names one person or thing, uncounted: "a man", "the driver", "his wife"."""
    if any(d.dep_ == "det" and d.lower_ in _ONE for d in noun.children):
        return True
    return noun.tag_ == "NN" and noun.lemma_.lower() not in _GROUP_NOUNS and any(
        d.dep_ in ("det", "poss") and d.lower_ in _ONE_OF for d in noun.children)


# Words for one person a toll may count: "a man was killed", "police shot him dead".
_ONE_PERSON_PRONOUNS = frozenset({"he", "she", "him", "her"})
_HONORIFICS = frozenset("mr mr. mrs mrs. ms ms. miss sir lord lady dame madam madame".split())
_PERSON_NOUNS = (lexicon.ACTOR_PEOPLE_NOUNS | lexicon.FEMALE_WORDS | lexicon.MALE_WORDS | frozenset(
    "person child teenager officer civilian driver passenger pilot guard journalist suspect victim".split())) \
    - _HONORIFICS


def _tolls_of_one(found: list[FoundQuantity], doc: Doc, key_prefix: str, count: int) -> list[FoundQuantity]:
    """A toll of one person told with no number: "a man was killed in the blast", "officers shot him dead"
    (1 dead), "a woman was injured" (1 injured). Only one person named alone, not in a list ("a man and two
    women were hurt" is summed as it is told) and not counted already."""
    counted = {q.anchor for q in found}
    out: list[FoundQuantity] = []
    p = parsed(doc)
    for i, pos in enumerate(p.pos):
        if i in counted or not (pos == "PRON" and p.lowers[i] in _ONE_PERSON_PRONOUNS
                                or pos == "NOUN" and p.lemmas[i] in _PERSON_NOUNS):
            continue
        tok = p.tokens[i]
        if tok.dep_ not in ("dobj", "nsubjpass", "nsubj") or (pos == "NOUN" and not _one_person(tok)) \
                or tok.conjuncts or any(c.dep_ == "nummod" for c in tok.children):
            continue
        fate = _fate(tok)
        if fate not in _TOLL_FATES - {"missing"}:
            continue
        key = f"{key_prefix}{count + len(out) + 1}"
        quantity = Quantity(key, Span(tok.idx, tok.idx + len(tok.text), tok.text), Decimal(1), fate)
        out.append(FoundQuantity(quantity, i, i + 1, i))
    return out


def _summed_tolls(found: list[FoundQuantity], doc: Doc) -> list[FoundQuantity]:
    """People counted in parts joined by "and", who share one fate, are one toll, the sum of the
    parts: "two women and a man were injured" is 3 injured, "killed three soldiers and a civilian"
    4 killed, "the driver and four passengers died" 5 dead. The count of the first counted part
    becomes the toll and the other parts' counts go; a part with no count ("two women and children") leaves the parts as they are."""
    by_noun = {q.anchor: q for q in found if q.quantity.value is not None and not q.quantity.currency
               and q.quantity.unit != "percent"}
    gone: set[int] = set()
    for noun in tokens(doc):
        if noun.dep_ == "conj" or noun.pos_ != "NOUN" or not noun.conjuncts:
            continue
        parts = sorted((noun, *noun.conjuncts), key=lambda t: t.i)
        counts = [by_noun.get(p.i) for p in parts]
        ones = [p for p, c in zip(parts, counts) if c is None and _one_person(p)]
        if not any(counts) or sum(c is None for c in counts) != len(ones) or len(parts) < 2:
            continue
        fate = _fate(noun)
        if fate not in _FATE_UNITS:
            continue
        toll = next(c for c in counts if c is not None)
        first = min(min(t.i for t in p.subtree if t.i <= p.i) for p in parts)
        last = parts[-1]
        value = sum((c.quantity.value for c in counts if c is not None), Decimal(len(ones)))
        begin, end = doc[first].idx, last.idx + len(last.text)
        toll.quantity.mention = Span(begin, end, parsed(doc).text[begin:end])
        toll.quantity.value, toll.quantity.unit = value, fate
        toll.quantity.qualifier = next((c.quantity.qualifier for c in counts if c is not None and c.quantity.qualifier),
                                       None)
        toll.start, toll.end, toll.anchor = first, last.i + 1, noun.i
        gone.update(id(c) for c in counts if c is not None and c is not toll)
    return [q for q in found if id(q) not in gone]


def _time_served(found: list[FoundQuantity], doc: Doc) -> None:
    """Time already served is no sentence: "served eight years of a 35-year sentence" counts years
    served, and so does the bare number of "sentenced to 14 years, serving eight" (taking the term's
    unit). A term still to be served ("sentenced to serve 188 months", "will serve 5 years") stays one."""
    for q in found:
        number = doc[q.end - 1]
        if q.quantity.unit in _TERM_UNITS and _served(doc[q.anchor]):
            q.quantity.unit = f"{q.quantity.unit} served"
        elif q.quantity.unit is None and q.quantity.value is not None and _served(number):
            sent = number.sent
            terms = [t for t in found if t.quantity.unit in _TERM_UNITS and sent.start <= t.start < sent.end]
            if terms:
                q.quantity.unit = f"{terms[0].quantity.unit} served"


def _served(obj: Token) -> bool:
    """Whether `obj` is what a verb "serve" in the past or under way takes: "served eight years",
    "after serving twelve years" (not "sentenced to serve", "will serve")."""
    verb = obj.head
    if obj.dep_ not in ("dobj", "npadvmod") or verb.lemma_.lower() != "serve":
        return False
    if verb.tag_ not in ("VBD", "VBG", "VBN"):
        return False  # "will serve", "to serve": a term still ahead
    if any(c.dep_ == "aux" and c.lower_ in _MODALS | {"to"} for c in verb.children):
        return False
    return not (verb.dep_ == "xcomp" and verb.head.lemma_.lower() in ("sentence", "order", "face"))


def _number_end(ent) -> int:
    """Where the number of an entity ends: a measure the model tagged with its noun ("3 million
    kroner", "20 tonnes") leaves the noun out, to be read as what the number counts."""
    end = ent.end
    doc = ent.doc
    # a scale the model left out: "Rs 2 lakh", "£20m" (a glued "m" is millions only in an amount: "a 20m yacht")
    while end < len(doc) and (doc[end].lower_ in _LATE_SCALES or doc[end].lower_ in _GLUED_SCALES
                              and not doc[end - 1].whitespace_ and _is_amount(doc, ent.start, end)):
        end += 1
    if end > ent.end:
        return end
    if ent.label_ in ("QUANTITY", "MONEY"):
        # "110 million shillings" as money: the noun is the currency counted, no part of the number
        while end - 1 > ent.start and ent.doc[end - 1].pos_ == "NOUN" and not ent.doc[end - 1].like_num \
                and ent.doc[end - 1].lower_ not in _SCALES and ent.doc[end - 1].lower_ not in lexicon.CURRENCIES:
            end -= 1
        last = ent.doc[end - 1]
        if not (last.like_num or last.lower_ in _SCALES):
            return ent.end  # "13-inch": a measure in one word, no count
    return end


# A figure with its scale glued on that can be nothing but an amount: "12bn kronor" ("20m" may be metres).
_GLUED_BILLIONS = re.compile(r"\d+(?:\.\d+)?(?:bn|mn|tn)")
_LATE_SCALES = frozenset({"lakh", "lakhs", "crore", "crores"})
_GLUED_SCALES = frozenset({"m", "mn", "bn", "b", "k", "tn"})


def _is_amount(doc: Doc, start: int, end: int) -> bool:
    """Whether the figure at `start:end` is an amount of money: tagged so, or after a currency sign."""
    return any(t.ent_type_ == "MONEY" for t in doc[start:end]) or _currency_sign_before(doc, start) is not None


def _lone_count(ent: SpacySpan) -> bool:
    """Whether a "date" the model tagged is a lone small number after "at" or "with", or the object of a
    verb, a count: "secured the most delegates, at 14", "Biden earned 6" (a day of the month would be
    "on the 14th", a year has four digits)."""
    if not (len(ent) == 1 and ent[0].is_digit and len(ent[0].text) <= 2):
        return False
    number = ent[0]
    return ent.start > 0 and ent.doc[ent.start - 1].lower_ in ("at", "with") \
        or number.dep_ == "dobj" and number.head.pos_ == "VERB"


def _decimal_read_as_date(ent: SpacySpan) -> bool:
    """Whether a "date" the model tagged is one number with thousands and decimals, which no date
    is written as: "closing at 1,500.63"."""
    return len(ent) == 1 and bool(re.fullmatch(r"\d{1,3}(,\d{3})+\.\d+", ent[0].text))


def _count_read_as_year(ent: SpacySpan) -> bool:
    """Whether the number that ends a "date" the model tagged counts the plural noun right after it:
    a number word ("Forty climbers were found dead"), or four digits where no determiner or
    preposition makes them a year ("1940 aftershocks had been recorded", "1240 households lost power";
    not "the 2019 protests", "in 2019 protests spread")."""
    number = ent[-1]
    noun = number.head
    if number.dep_ != "nummod" or noun.i != number.i + 1 or noun.tag_ != "NNS":
        return False
    if len(ent) == 1 and number.is_alpha and number.lower_ in _SMALL | _TENS:
        return True
    before = number.doc[number.i - 1] if number.i > 0 else None
    return bool(re.fullmatch(r"\d{4}", number.text)) and not any(c.dep_ in ("det", "poss") for c in noun.children) \
        and not (before is not None and before.pos_ in ("ADP", "SCONJ") and not _of_a_whole(before))


def _count_after_a_date(ent: SpacySpan) -> bool:
    """Whether the figure that ends a "date" the model tagged is a count a toll or a tally came to, run on
    from the date before it: "since the outbreak began in November to 312" (no day of a month is above
    31, and a year has four digits), "stood at 1,450"."""
    number = ent[-1]
    if len(ent) < 3 or ent.doc[number.i - 1].lower_ not in ("to", "at") or not _GROUPED_OR_DIGITS.fullmatch(number.text):
        return False
    value = parse_number(number.text)
    return value is not None and value > 31 and not (len(number.text) == 4 and number.is_digit)


_GROUPED_OR_DIGITS = re.compile(r"\d+|\d{1,3}(?:,\d{3})+")

# What the model may tag a name run on into an amount as: "fined Karanja 45 million shillings" (LAW).
_NAME_LABELS = frozenset({"PERSON", "ORG", "LAW", "GPE", "NORP", "FAC", "PRODUCT", "WORK_OF_ART", "EVENT"})


def _amounts_in_names(doc: Doc) -> list[tuple[int, int, str]]:
    """Amounts the model ran into the name before them, a figure and its scale word ("fined Karanja 45
    million shillings" tagged as one name): a name never holds a figure with "million" after it, where a
    model's number stands alone ("Boeing 737")."""
    out: list[tuple[int, int, str]] = []
    for e in ents(doc):
        if e.label_ not in _NAME_LABELS:
            continue
        i = e.start + 1
        while i < e.end - 1:
            if doc[i].pos_ == "NUM" and doc[i].text[0].isdigit() and doc[i + 1].lower_ in _SCALE_WORDS:
                j = i + 2
                while j < e.end and doc[j].lower_ in _SCALE_WORDS:
                    j += 1
                out.append((i, j, "CARDINAL"))
                i = j
            else:
                i += 1
    return out


def _of_a_whole(prep: Token) -> bool:
    """Whether `prep` is the "of" that opens what a noun is made of ("a survey of 1709 farmers", "a crowd
    of 1500 fans"): a count follows it, where "in" or "since" before four digits tells a year."""
    return prep.lower_ == "of" and prep.head.pos_ == "NOUN"


def _join_ranges(doc: Doc, found: list[FoundQuantity]) -> None:
    """Two numbers joined as a range, whether the model made them one phrase or two ("18,250 to
    63,000 visitors", "between 200 and 300 people"): the low end is "at least" unless the text
    qualifies it, the high one "up to", and each takes the other's unit when it names none."""
    ordered = sorted(found, key=lambda q: q.start)
    for low, high in zip(ordered, ordered[1:]):
        gap = doc[low.end:high.start]
        joined = len(gap) == 1 and gap[0].lower_ in _DASHES | {"to"} or (
            len(gap) == 1 and gap[0].lower_ == "and" and low.start > 0 and doc[low.start - 1].lower_ == "between")
        if not joined and not (low.start == high.start and low.quantity.qualifier and high.quantity.qualifier == "up to"):
            continue
        if low.quantity.value is None or high.quantity.value is None or low.quantity.value >= high.quantity.value:
            continue  # "won 2-1": a score
        if {low.quantity.unit, high.quantity.unit} & {"percent"} and (low.quantity.currency or high.quantity.currency):
            continue  # "revenue rose 8 percent to $2.3 billion": a change and a level, not a range
        if low.quantity.unit == "percent" and high.quantity.unit is None \
                and doc[low.end - 1].lower_ in _PERCENT_WORDS:
            continue  # "the index fell 3.3% to 10,520": a change with its sign and a level, not a range
        if joined and (_from_to(doc, low.start) or _change_and_level(doc, low.start, low.end, high.end)
                       or not _is_range(doc, str(low.quantity.value), str(high.quantity.value),
                                        gap[0].lower_ in _DASHES, high.end)):
            continue  # "rose from 5 to 7", "oil rose $3 to $97", "lost 1-3"
        if high.quantity.qualifier != "up to":
            low.quantity.qualifier = low.quantity.qualifier or "at least"
            high.quantity.qualifier = "up to"
        for one, other in ((low, high), (high, low)):
            if (one.quantity.unit in (None, "money") or other.quantity.currency and not one.quantity.currency) \
                    and other.quantity.unit:
                one.quantity.unit = other.quantity.unit  # "15 to 25 million dollars": both in USD
        low.quantity.currency = low.quantity.currency or high.quantity.currency


_RANGE_WORDS = frozenset({"to", "and", "–", "-", "—"})
_PERCENT_WORDS = frozenset({"%", "percent", "per cent", "cent"})
# Scale words spelled out: "m" after a number is as often metres as millions.
_SCALE_WORDS = frozenset({"thousand", "million", "billion", "trillion"})


# A length of time counts something when it is a penalty or a period decreed: a prison term,
# time served, days of mourning, a ban ("sentenced to 14 years", "an 18-year sentence").
_TERM_UNITS = frozenset({"year", "month", "week", "day"})
_TERM_WORDS = frozenset("""sentence prison jail term serve imprisonment imprison mourning ban suspension detention
custody probation confinement""".split())


def _terms(doc: Doc, free: set[int], key_prefix: str, count: int) -> list[FoundQuantity]:
    """Lengths of time that are penalties or decreed periods ("sentenced to fourteen years in prison",
    "a thirty-five year sentence", "three days of mourning"), as counts of years, months, weeks or
    days; `free` are the tokens no other count took."""
    out: list[FoundQuantity] = []
    for unit in tokens(doc):
        if unit.lemma_.lower() not in _TERM_UNITS or not any(c.dep_ == "nummod" and c.i in free for c in unit.children):
            continue
        number = next(c for c in unit.children if c.dep_ == "nummod")
        if not _is_term(unit):
            continue
        for toks in _each_number(number, unit):
            value = parse_number(" ".join(t.text for t in toks if t.dep_ not in ("advmod", "quantmod") or t.like_num))
            if value is not None:
                out.append(_term(doc, toks, unit, value, f"{key_prefix}{count + len(out) + 1}"))
    return out


def _each_number(number: Token, unit: Token) -> list[list[Token]]:
    """The words of each number told for one unit: one phrase ("fourteen", "twenty-five"), or each of
    numbers joined by "and" or "or" ("sentences of five and seven years": 5 and 7, never their sum)."""
    whole = [t for t in number.subtree if t.i < unit.i]
    joined = [c for c in number.conjuncts if c.like_num and c.i < unit.i]
    if not joined or parse_number(" ".join(t.text for t in whole)) is not None:
        return [whole]
    return [[n] for n in sorted([number, *joined], key=lambda t: t.i)]


def _term(doc: Doc, toks: list[Token], unit: Token, value: Decimal, key: str) -> FoundQuantity:
    """The count of years (months, weeks, days) `toks` tell for `unit`, with the qualifier before it."""
    first = toks[0]
    before = {n: doc[first.i - n:first.i].text.lower() for n in (1, 2) if first.i >= n}
    qualifier = next((q for q in _QUALIFIERS if before.get(len(q.split())) == q), None) or next(
        (q for q in _QUALIFIERS if " ".join(t.lower_ for t in toks).startswith(q + " ")), None)
    begin, end = first.idx, unit.idx + len(unit.text)
    span = Span(begin, end, parsed(doc).text[begin:end])
    return FoundQuantity(Quantity(key, span, value, unit.lemma_.lower(), qualifier), first.i, unit.i + 1, unit.i)


def _is_term(unit: Token) -> bool:
    """Whether a length of time hangs from (or holds) a word of penalty or decree within three steps."""
    if any(c.dep_ == "prep" and c.lower_ in ("of", "in") and any(p.lemma_.lower() in _TERM_WORDS for p in c.children)
           for c in unit.children):
        return True  # "three days of mourning", "14 years in prison"
    if unit.dep_ == "pobj" and unit.head.lower_ in ("within", "after", "before"):
        return False  # "would appeal against the sentence within 14 days": a deadline, no penalty
    node = unit
    for _ in range(3):
        if node.head.i == node.i:
            return False
        node = node.head
        if node.lemma_.lower() in _TERM_WORDS or node.lower_ in _TERM_WORDS:
            return True
    return False


_DASHED_RANGE = re.compile(r"^(\d[\d,.]*)[–—-](\d[\d,.]*)$")


def _range_parts(doc: Doc, start: int, end: int) -> list[tuple[int, int, str | None, str | None]]:
    """A range ("18,250 to 63,000 visitors", "between 200 and 300 people", "15–25 million") as its
    two ends, the low one "at least" (or the qualifier before it) and the high one "up to"; any
    other span whole. The last item says which side of a dashed number ("15–25") a part reads."""
    toks = doc[start:end]
    before = toks.text.lower()
    qualifier = next((q for q in _QUALIFIERS if before.startswith(q + " ")), None) or "at least"
    dashed = next((m for t in toks if (m := _DASHED_RANGE.match(t.text))), None)
    if dashed is not None and _is_range(doc, dashed[1], dashed[2], True, end):
        return [(start, end, qualifier, "low"), (start, end, "up to", "high")]
    cut = next((t.i for t in toks if t.lower_ in _RANGE_WORDS and start < t.i < end - 1
                and doc[t.i - 1].like_num and _opens_number(doc, t.i + 1, end)
                # "twenty-five" is one number: a dash joins a range only between figures
                and (t.lower_ not in _DASHES or doc[t.i - 1].text[0].isdigit() and doc[t.i + 1].text[0].isdigit())), None)
    if cut is None:
        return [(start, end, None, None)]
    between = any(t.lower_ == "between" for t in doc[max(0, start - 1):cut])
    if doc[cut].lower_ == "and" and not between:
        # "fell by 1.5 and 3 percent, respectively": two figures; "two hundred and fifty" is one number
        if doc[cut - 1].lower_ in _SCALES and doc[cut + 1].is_alpha:
            return [(start, end, None, None)]
        return [(start, cut, None, None), (cut + 1, end, None, None)]
    low_start = start + (1 if doc[start].lower_ == "between" else 0)
    if _from_to(doc, low_start) or _change_and_level(doc, low_start, cut, end):
        # "rose from 5 to 7 percent", "oil rose $3 to $97": two values, no range
        return [(low_start, cut, None, None), (cut + 1, end, None, None)]
    if not _is_range(doc, _number_text(doc[low_start:cut], doc[cut + 1:end]), _number_text(doc[cut + 1:end]),
                     doc[cut].lower_ in _DASHES, end):
        # "a vote of 52-35", "won 3-1": a tally of two figures, not a range and not one number
        return [(low_start, cut, None, None), (cut + 1, end, None, None)]
    return [(low_start, cut, qualifier, None), (cut + 1, end, "up to", None)]


def _opens_number(doc: Doc, i: int, end: int) -> bool:
    """Whether a number starts at doc[i] (before `end`): a figure, or a currency sign before one
    ("to US$110 billion")."""
    if doc[i].like_num:
        return True
    return _currency_of(doc[i]) is not None and not doc[i].is_alpha and i + 1 < end and doc[i + 1].like_num


@lru_cache(maxsize=64)
def currency_noun(code: str) -> str:
    """What an amount of currency `code` counts, as a writer names it: "dollar" (USD, CAD), "ruble",
    "yen", "pound"; the ISO code itself where the locale data lacks it. The code stays the currency."""
    from babel.numbers import get_currency_name

    name = get_currency_name(code, locale="en")
    return name.split()[-1].lower() if name and name != code else code


def _currency_of(tok: Token) -> str | None:
    """The currency a word or sign names ("$", "euros"), also a country code glued to a dollar sign ("USD$")."""
    low = tok.lower_
    if low in lexicon.CURRENCIES:
        return lexicon.CURRENCIES[low]
    if len(low) > 2 and low.endswith("$") and low[:-1].isalpha() and low[:-1] in lexicon.CURRENCIES:
        return lexicon.CURRENCIES[low[:-1]]
    return None


def _number_text(toks, scale_from=None) -> str:
    """The number words of `toks` ("2 million" of "2 million dollars"), with the scale word of
    `scale_from` when they have none of their own and are small ("15" of "15 to 25 million")."""
    words = [t.text for t in toks if t.like_num or t.lower_ in _SCALES]
    if scale_from is not None and not any(w.lower() in _SCALES for w in words):
        value = parse_number(" ".join(words))
        scale = next((t.text for t in scale_from if t.lower_ in _SCALE_WORDS), None)
        if scale and value is not None and value < 1000:
            words.append(scale)
    return " ".join(words)


# Verbs of a change in amount: after them "$3 to $97" is what changed and the level it came to.
_CHANGE_VERBS = frozenset("""rise fall drop climb gain lose jump plunge slip slide increase decrease decline surge
soar tumble sink dip grow shrink shed add advance retreat""".split())


def _change_and_level(doc: Doc, low_start: int, cut: int, end: int) -> bool:
    """Whether "A to B", both amounts of money, tell a change and the level it came to: "oil rose $3 to
    $97 a barrel" (not "fines of $3 to $97", nor "rose 5 to 10 percent", a range of the rise)."""
    if _currency_of(doc[low_start]) is None or _currency_of(doc[cut + 1]) is None:
        return False
    root = doc[low_start:end].root
    return root.head.pos_ == "VERB" and root.head.lemma_.lower() in _CHANGE_VERBS and root.dep_ in ("npadvmod", "dobj")


def _from_to(doc: Doc, low_start: int) -> bool:
    """Whether the low number follows "from": "rose from 5 to 7" tells a change, not a range."""
    return low_start > 0 and doc[low_start - 1].lower_ == "from"


_DASHES = frozenset({"-", "–", "—"})


def _is_range(doc: Doc, low: str, high: str, dash: bool, end: int) -> bool:
    """Whether two numbers joined by a dash (`dash`) or a word read as a range: the low end below the
    high one, and a dash between small numbers only when a counted noun follows at `end` ("2-3 days";
    "lost 1-3" is a score)."""
    lo, hi = parse_number(low), parse_number(high)
    if lo is None or hi is None or lo >= hi:
        return False
    if dash and hi < 10:
        return end < len(doc) and doc[end].pos_ == "NOUN"
    return True


def _quantity(doc: Doc, start: int, end: int, label: str, key: str,
              end_of_phrase: int | None = None, side: str | None = None) -> FoundQuantity | None:
    """The quantity the number at `start:end` gives; the low end of a range takes the scale and
    unit of the phrase it opens ("15 to 25 million dollars", up to `end_of_phrase`), and `side`
    reads one end of a dashed range ("15–25")."""
    span = doc[start:end]
    toks = list(span)
    # "only 25", "just about 40": an adverb the model took into the number, no part of it nor a qualifier
    while len(toks) > 1 and toks[0].pos_ == "ADV" and not toks[0].like_num and toks[0].lower_ not in _SCALES \
            and not " ".join(t.lower_ for t in toks).startswith(tuple(q + " " for q in _QUALIFIERS)):
        toks = toks[1:]
    # "fined Google 2.4 billion euros": the model may take the name of the one who pays into the sum
    while len(toks) > 1 and toks[0].pos_ == "PROPN" and toks[0].is_alpha and not _currency_of(toks[0]) \
            and toks[0].lower_ not in _SMALL and toks[0].lower_ not in _TENS and toks[0].lower_ not in _SCALES \
            and not _currency_of(toks[1]):
        toks = toks[1:]
        start, span = toks[0].i, doc[toks[0].i:end]
    qualifier = None
    # The model often puts "at least" inside the entity; take it out as the qualifier.
    lowered = " ".join(t.lower_ for t in toks)
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
    cents = end < len(doc) and doc[end].lower_ in _CENT_WORDS
    for t in toks:
        low = t.lower_
        if _currency_of(t) and not t.like_num:
            currency = _currency_of(t)
        elif t.is_punct and low not in (".",):
            continue
        elif low in _CENT_WORDS:
            cents = True
        elif low in ("%", "percent", "per", "cent", "pct"):
            continue
        elif number_toks and t.is_alpha and t.is_title and low not in _SMALL and low not in _TENS \
                and low not in _SCALES:
            continue  # "3.2 billion Swiss francs": the currency's country, no part of the number
        else:
            number_toks.append(t)
    words = [t.text for t in number_toks]
    if side is not None:
        words = [_DASHED_RANGE.sub(r"\1" if side == "low" else r"\2", w) for w in words]
    text = " ".join(words)
    value = parse_number(text)
    if value is not None and end_of_phrase and end_of_phrase > end:
        # "15 to 25 million": the low end is in millions too
        scale = next((_SCALES[t.lower_] for t in doc[end:end_of_phrase] if t.lower_ in _SCALE_WORDS), None)
        own_scale = any(w.lower() in _SCALES for w in words)
        if scale and not own_scale and value < 1000:  # "500,000 to 2 million" is a full number already
            value *= scale
    rough = _ROUGH.get(text.lower())
    share = _fraction_share(text) if value is None and end < len(doc) and doc[end].lower_ == "of" \
        and not _of_one_unit(doc[end]) else None
    if share is not None:
        # "nearly half of its output", "two-thirds of the vote": a share of the whole "of" names
        quantity = Quantity(key, Span(span.start_char, span.end_char, span.text), share, "percent", qualifier)
        return FoundQuantity(quantity, start, end, end - 1)
    if value is None and rough:
        value, qualifier = rough[0], rough[1] or qualifier
    if value is None and not rough:
        return None
    if cents and value is not None:
        # "fell 17 cents", "from $42 to four cents": hundredths of the currency the sentence prices in
        value /= 100
        currency = currency or _sentence_currency(doc, start)
    if re.search(r"\bout of\b", doc[max(0, start - 5):start].text.lower()):
        return None  # the "ten" of "six out of ten districts" is the whole, not a count of its own
    if text.lower() == "one" and doc[start].dep_ != "nummod":
        return None  # "one of the most extensive attacks" names no count
    if label == "CARDINAL" and value is not None and re.fullmatch(r"\d{4}", text) and 1800 < int(value) < 2100 and not _counts_noun(doc[end - 1]):
        return None  # a year the model did not tag as a date
    unit = None
    per_cent = any(t.lower_ == "cent" and t.i > 0 and doc[t.i - 1].lower_ == "per" for t in toks) or \
        doc[end:end + 2].text.lower() == "per cent"  # the model tags "5 per cent" as money at times
    if label == "PERCENT" or per_cent or any(t.lower_ in ("%", "percent", "pct") for t in toks) or (
            end < len(doc) and doc[end].lower_ in ("%", "percent")):
        unit = "percent"
    elif currency or label == "MONEY" or _currency_sign_before(doc, start) or (
            _GLUED_BILLIONS.fullmatch(doc[end - 1].lower_) and _currency_after(doc, end)) \
            or _currency_named_after(doc, end):  # "12bn kronor", "300 million euros"
        currency = currency or _currency_sign_before(doc, start) or _currency_after(doc, end)
        unit = currency_noun(currency) if currency else "money"
    if _is_measure(doc, start, end):
        return None  # a clock time, a storm's category, a speed or an age is no count
    counted = _counted_noun(doc, start, end)
    if unit is None and _series_and_variant(doc, start, end):
        return None  # "the 777-300 family": a model's series and variant, no range of a count
    if unit is None and counted is not None and _model_number(doc[start:end], counted):
        return None  # "the new 787 Dreamliner": the number is part of the model's name, no count
    if unit is None and counted is not None and _emergency_line(doc[start:end], counted):
        return None  # "minutes after the first 911 call": the number dialled, no count of calls
    if unit is None and end < len(doc) and doc[end].lower_ == "times" and _ratio_after(doc[end]):
        return None  # "three times the size", "four times a day": a ratio or a rate, no count of anything
    if unit == "money" and currency is None and counted is not None and counted.i >= end:
        # "110 million shillings", "more than 4.5 million of the 6.3 million voters" tagged as money: the
        # noun names what is counted, a currency the lexicon lacks or no money at all
        unit = None
    if unit is None and counted is not None:
        unit = _unit_lemma(counted)
        kind = counted.doc[counted.i - 1] if counted.i > 0 else None
        if kind is not None and kind.dep_ == "compound" and kind.head.i == counted.i and kind.pos_ == "NOUN" \
                and kind.is_lower and unit == counted.lemma_.lower() and not _ends_hyphenated(kind):
            unit = f"{kind.lemma_.lower()} {unit}"  # "six crew members", "30 fire engines": the kind counted
        if (period := _rate_after(counted)) and " per " not in unit:
            unit = f"{unit} per {period}"  # "1.2 million barrels per day", "500,000 cars a year": a rate
    fate = None if _whole_of_a_part(doc[end - 1], counted) else _fate(doc[end - 1] if counted is None else counted)
    if fate and (unit is None or unit in _GENERIC_PEOPLE or fate in _NAMING_FATES):
        # "two pilgrims also died": what the event counts is its dead, whoever they were
        unit = fate
    if unit in _GENERIC_PEOPLE and counted is not None and _voted(counted):
        unit = "voter"  # "about 2.9 million people voted": people counted by their vote are voters
    if unit in _GENERIC_PEOPLE and counted is not None and workforce(counted):
        unit = "employee"  # "employs 60,000 people", "a workforce of 8,000 people": its employees
    if unit is None and counted is None:
        unit = _tally_unit(doc[end - 1]) or _crowd_unit(doc[end - 1]) or _numbering_unit(doc[end - 1])
        if unit is None and workforce(doc[end - 1]):
            unit = "employee"  # "a workforce of 20,000": the people it employs
    anchor = counted.i if counted is not None else doc[end - 1].i
    qspan = doc[start - 1 if currency and _currency_sign_before(doc, start) else start:end]  # "$" + "10,000"
    quantity = Quantity(key, Span(qspan.start_char, qspan.end_char, qspan.text), value, unit, qualifier, currency)
    return FoundQuantity(quantity, start, end, anchor)


# Words for the period a thing is counted per, as the period: "a day", "daily", "annual output".
_PERIODS = {"day": "day", "daily": "day", "year": "year", "annual": "year", "annually": "year",
            "yearly": "year", "week": "week", "weekly": "week", "month": "month", "monthly": "month"}
_PER_WORDS = frozenset({"per", "a", "an", "each", "every"})
# What a rate of things measures after "of daily ...": "barrels of daily output".
_OUTPUT_NOUNS = frozenset({"production", "output", "supply", "supplies", "exports", "imports", "capacity",
                           "consumption", "demand", "sales"})


def _rate_after(counted: Token) -> str | None:
    """The period the things counted are told per, right after them: "barrels per day", "cars a
    year", "tonnes daily", "barrels of daily (per-day, annual) production"; None for a plain count."""
    words = [t.lower_ for t in counted.doc[counted.i + 1:counted.i + 6]]
    if len(words) >= 2 and words[0] in _PER_WORDS and words[1] in _PERIODS and not words[1].endswith("ly"):
        return _PERIODS[words[1]]
    if words[:1] and words[0] in _PERIODS and words[0].endswith("ly"):
        return _PERIODS[words[0]]  # "pumped 9 million barrels daily"
    if words[:1] == ["of"]:
        rest = [w for w in words[1:] if w not in ("per", "-")]  # "of per-day production"
        if len(rest) >= 2 and rest[0] in _PERIODS and rest[1] in _OUTPUT_NOUNS:
            return _PERIODS[rest[0]]
    return None


def _ends_hyphenated(word: Token) -> bool:
    """Whether `word` ends a hyphenated modifier ("long-haul jets", "short-range missiles"), which
    tells what the things are like, not what kind of thing is counted."""
    return word.i > 0 and word.doc[word.i - 1].text in _DASHES


def _opens_hyphenated(word: Token) -> bool:
    """Whether `word` opens a hyphenated modifier ("mid-size jets"): it describes, it names no thing."""
    return word.i + 1 < len(word.doc) and word.doc[word.i + 1].text in _DASHES and not word.whitespace_


def _model_number(number: SpacySpan, counted: Token) -> bool:
    """Whether a number is part of the name of the thing after it, not a count of it: a figure
    right before a capitalised singular noun ("the mid-size V7 ... the 787 Dreamliner", "its 350
    Skyliner"); a count above one stands before a plural ("18 Dreamliners"). So is a figure right
    before a noun another number counts ("eight new 787 aircraft")."""
    if len(number) != 1 or not number[0].text.isdigit() or counted.i != number.end:
        return False
    if any(c.dep_ == "nummod" and c.i < number.start for c in counted.children):
        return True  # "eight new 787 aircraft": the noun is counted before; the figure right at it is its model
    return int(number[0].text) > 1 and counted.tag_ in ("NN", "NNP") and counted.text[:1].isupper() \
        and not counted.text.endswith("s") and counted.i != counted.sent.start


def _series_and_variant(doc: Doc, start: int, end: int) -> bool:
    """Whether doc[start:end] is (a side of) two figures of three or more digits joined by a hyphen
    with no space, right before a singular noun: a model's series and variant ("the 777-300 family",
    "an A320-200 jet"), where a range of a count stands before a plural ("25-30 people")."""
    first = start - 2 if start >= 2 and doc[start - 1].text == "-" else start
    if first + 3 >= len(doc) or not (doc[first].text.isdigit() and doc[first + 1].text == "-"
                                      and doc[first + 2].text.isdigit()):
        return False
    return not doc[first].whitespace_ and not doc[first + 1].whitespace_ and len(doc[first + 2].text) >= 3 \
        and len(doc[first].text) >= 3 and doc[first + 3].tag_ == "NN" and end <= first + 3


def _emergency_line(number: SpacySpan, counted: Token) -> bool:
    """Whether a number is the emergency line dialled, named before what goes through it ("a 911
    call", "999 operators", "the 112 dispatch centre"): a number called, no count of calls."""
    return number.text in _EMERGENCY_NUMBERS and counted.lemma_.lower() in _EMERGENCY_LINE_NOUNS


# The emergency numbers of North America, Britain, Europe and Australia.
_EMERGENCY_NUMBERS = frozenset({"911", "999", "112", "000"})
_EMERGENCY_LINE_NOUNS = frozenset("call caller dispatcher dispatch operator line centre center service system "
                                  "emergency".split())


def _counts_noun(tok: Token) -> bool:
    return tok.dep_ == "nummod" and tok.head.pos_ == "NOUN"


# Words for hundredths of a currency after a number: "17 cents" ("per cent" is a share, read before).
_CENT_WORDS = frozenset({"cents", "¢"})


def _sentence_currency(doc: Doc, at: int) -> str:
    """The currency the sentence of doc[at] names an amount in ("$42 to four cents"); dollars when it
    names none, the currency most often counted in cents."""
    sent = sentence(doc[at])
    return next((c for t in sent if (c := _currency_of(t)) and not t.like_num), "USD")


# Currency words written before an amount that are never a verb: "Rs 2 lakh", "USD 500".
_CODES_BEFORE = frozenset({"rs", "usd", "eur", "gbp", "inr"})


def _currency_sign_before(doc: Doc, start: int) -> str | None:
    """The currency of a sign the model left out of the amount right after it ("fined him $10,000"
    tags only "10,000"). Only a sign: a word before a number is as often a verb ("won 120 seats")."""
    sign = doc[start - 1] if start > 0 else None
    if sign is None or sign.is_alpha and sign.lower_ not in _CODES_BEFORE or sign.lower_ == "#":
        return None
    return _currency_of(sign)


def _currency_named_after(doc: Doc, end: int) -> bool:
    """Whether a currency's name follows the number as the noun it counts: "300 million euros" (the
    model at times tags the figure alone); not the verb "won" ("3 won")."""
    # the tagger takes a currency it rarely sees for a name at times ("2 billion naira")
    return end < len(doc) and doc[end].pos_ in ("NOUN", "PROPN") and doc[end].is_alpha \
        and _currency_of(doc[end]) is not None


def _currency_after(doc: Doc, end: int) -> str | None:
    return next((c for t in doc[end:end + 2] if (c := _currency_of(t))), None)


def _counted_noun(doc: Doc, start: int, end: int) -> Token | None:
    """The noun a number counts: "307 prisoners", "six out of ten districts", "three of the victims"."""
    noun = _counted_noun_as_parsed(doc, start, end)
    last = doc[end - 1]
    if noun is not None and noun.i == end and noun.tag_ == "NN" and last.tag_ == "NNS" and last.lower_ in _ROUGH:
        # "Thousands protest in Belgrade", "Hundreds rally": a plural of many counts no singular noun
        # after it; that word is the verb of a headline, read as a noun
        return None
    return noun


def _counted_noun_as_parsed(doc: Doc, start: int, end: int) -> Token | None:
    """The noun the parse hangs a number on (see _counted_noun)."""
    last = doc[end - 1]
    while last.dep_ == "conj" and start <= last.head.i < end - 1:
        last = last.head  # "Two hundred and fifty soldiers": "fifty" hangs from "hundred", which counts them
    head = last
    while head.dep_ in ("nummod", "quantmod", "compound") and head.head.i != head.i and head.head.i >= start:
        head = head.head
        if head.pos_ == "PROPN" and head.dep_ == "compound" and head.head.pos_ == "NOUN":
            continue  # "28,000 Andy Warhol photographs", "three Apache helicopters": the name tells the kind
        if head.pos_ in ("NOUN", "PROPN") and head.i >= end:
            return head
    if last.dep_ == "nummod" and (last.head.pos_ == "NOUN" or last.head.pos_ == "PROPN" and last.head.i > last.i):
        return last.head  # a count stands before the name of what it counts: not "and Pell 39,880" (votes left out)
    # "six out of the city's ten districts", "three of the victims"
    after = doc[end:end + 3]
    if after.text.lower().startswith(("of ", "out of ")):
        of = doc[end] if doc[end].lower_ == "of" else doc[end + 1]
        objects = [c for c in of.children if c.dep_ == "pobj"]
        if objects and objects[0].pos_ == "PRON":
            return None  # "ten of them": a pronoun names no kind here (a later pass finds what it stands for)
        nouns = [o for o in objects if o.pos_ == "NOUN" and o.is_alpha and not _opens_hyphenated(o)]
        if nouns:
            # "14 of the new mid-size jets": a word before a hyphen the parser took for an object of "of"
            # describes the things; the last object names them
            return nouns[-1]
        for t in doc[end:min(len(doc), end + 8)]:
            if t.pos_ in ("VERB", "AUX"):
                break  # not into the clause the count is subject of ("Ten of them were charged with rioting")
            if t.pos_ == "NOUN" and t.dep_ == "pobj":
                return t
    fronted = _fronted_whole(last)
    if fronted is not None:
        return fronted
    nxt = doc[end] if end < len(doc) else None
    if nxt is not None and nxt.pos_ == "NOUN" and nxt.head.i == nxt.i:
        return nxt
    if last.head.pos_ == "NOUN" and last.dep_ in ("nummod", "appos") and last.head.i > last.i:
        return last.head
    return None


def _fronted_whole(number: Token) -> Token | None:
    """The noun of a whole named before a count that is the subject of its clause, the count a part of
    it: "Of the 52 passengers, 17 were taken to hospital" counts passengers."""
    if number.dep_ not in ("nsubj", "nsubjpass"):
        return None
    for prep in number.head.children:
        if prep.dep_ == "prep" and prep.lower_ == "of" and prep.i < number.i:
            whole = next((c for c in prep.children if c.dep_ == "pobj" and c.pos_ == "NOUN"), None)
            if whole is not None:
                return whole
    return None


_TALLY_NOUNS = frozenset({"number", "total", "tally", "count"})
_TOTAL_NOUNS = frozenset({"total", "number"})  # "a total of 56 people", "a number of ..." counts what "of" names


def _tally_unit(number: Token) -> str | None:
    """What a number counts when it is what a tally came to: "the number of casualties rose to
    1,035", "brings his delegate total to 86"; or what it changed by: "the number of claimants rose
    15,000", "the tally grew by 12"."""
    if number.dep_ in ("dobj", "npadvmod") and number.head.pos_ == "VERB":
        verb = number.head
    elif number.dep_ in ("pobj", "conj") and number.head.lower_ in ("to", "at", "by"):
        verb = number.head.head
    else:
        return None
    for noun in verb.children:
        if noun.dep_ not in ("nsubj", "dobj", "nsubjpass") or noun.lemma_.lower() not in _TALLY_NOUNS:
            continue
        of = [p for c in noun.children if c.dep_ == "prep" and c.lower_ == "of" for p in c.children if p.dep_ == "pobj"]
        before = noun.doc[noun.i - 1] if noun.i > 0 else None
        counted = of[0] if of else before if before is not None and before.pos_ == "NOUN" else None
        if counted is not None:
            return _befell(counted) or _unit_lemma(counted)
    return None


def _befell(noun: Token) -> str | None:
    """What befell the people a noun names, told by a participle after it: "people killed in the
    floods" (killed), "those injured" (injured); None if nothing is told."""
    told = [c for c in noun.children if c.dep_ == "acl" and c.tag_ == "VBN" and c.lemma_.lower() in _FATE_VERBS]
    return _FATE_VERBS[told[0].lemma_.lower()] if told else None


# Nouns of the people an employer has: "a workforce of 8,000", "a staff of 300".
_WORKFORCE_NOUNS = frozenset({"workforce", "staff", "payroll", "headcount"})


def workforce(counted: Token) -> bool:
    """Whether the people `counted` names are the size of an employer's workforce: the object of
    "employ" ("Norlen employs 60,000 people") or what "a workforce (staff) of" numbers."""
    head = counted.head
    if counted.dep_ == "dobj" and head.lemma_.lower() == "employ":
        return True
    return counted.dep_ == "pobj" and head.lower_ == "of" and head.head.lemma_.lower() in _WORKFORCE_NOUNS


def _voted(noun: Token) -> bool:
    """Whether the people `noun` names are told to have voted: "2.9 million people voted", "people cast
    their ballots"."""
    verb = noun.head
    if noun.dep_ != "nsubj" or verb.pos_ != "VERB":
        return False
    return verb.lemma_.lower() == "vote" or verb.lemma_.lower() == "cast" and any(
        c.dep_ == "dobj" and c.lemma_.lower() in ("vote", "ballot") for c in verb.children)


def _numbering_unit(number: Token) -> str | None:
    """What a number counts when it is what a group numbers: "protesters numbering about 10,000",
    "the refugees number 5,000" (a crowd numbers people), or what a group told beside it is put at:
    "the crowd, estimated at 50,000", "tens of thousands of marchers, put at 80,000 by organisers"."""
    verb = number.head
    if number.dep_ == "pobj" and verb.lower_ == "at" and verb.head.lemma_.lower() in _ESTIMATE_VERBS \
            and verb.head.dep_ in ("acl", "appos") and verb.head.pos_ == "VERB":
        group = verb.head.head
    elif number.dep_ not in ("dobj", "npadvmod", "attr") or verb.lemma_.lower() != "number" or verb.pos_ != "VERB":
        return None
    else:
        group = verb.head if verb.dep_ == "acl" else next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if group is not None and group.lower_ in _ROUGH:
        # "tens of thousands of marchers": the rough count stands for the people it counts
        group = next((p for c in group.children if c.dep_ == "prep" and c.lower_ == "of"
                      for p in c.children if p.dep_ == "pobj"), None)
    if group is None or group.pos_ != "NOUN":
        return None
    return "people" if group.lower_ in _CROWD_NOUNS else _unit_lemma(group)


# Verbs of putting a size on a group: "the crowd, estimated at 50,000".
_ESTIMATE_VERBS = frozenset({"estimate", "put", "number", "count", "reckon", "place"})


_CROWD_NOUNS = frozenset({"crowd", "crowds", "turnout", "attendance", "gathering"})


def _crowd_unit(number: Token) -> str | None:
    """People, for the size of a crowd: "a crowd of 50,000", "police estimated the crowd at 50,000",
    "the crowd numbered 20,000"."""
    head = number.head
    if number.dep_ == "pobj" and head.lower_ == "of" and head.head.lower_ in _CROWD_NOUNS:
        return "people"
    verb = head.head if number.dep_ == "pobj" and head.lower_ in ("at", "to") else head
    if verb.pos_ == "VERB" and any(c.dep_ in ("dobj", "nsubj", "nsubjpass") and c.lower_ in _CROWD_NOUNS
                                   for c in verb.children) and number.dep_ in ("pobj", "dobj", "attr", "npadvmod"):
        return "people"  # "estimated the crowd at 50,000", "the crowd numbered 20,000", "grew to 30,000"
    return None


def _vote_tallies(found: list[FoundQuantity], doc: Doc) -> None:
    """The two numbers of a tally right after "voted" or "a vote of" count votes: "the Senate voted
    52-48", "passed by a vote of 310 to 95"."""
    by_start = {q.start: q for q in found}
    for q in found:
        if q.quantity.unit is not None or q.quantity.value is None or q.start < 2:
            continue
        before = doc[q.start - 1]
        if not (before.lemma_.lower() == "vote" and before.pos_ == "VERB"
                or before.lower_ == "of" and doc[q.start - 2].lemma_.lower() == "vote"):
            continue
        other = by_start.get(q.end + 1)
        if other is None or doc[q.end].lower_ not in _DASHES | {"to"} or other.quantity.unit is not None:
            continue
        q.quantity.unit = other.quantity.unit = "vote"


def _tallies_in_one_word(doc: Doc, taken: set[int], key_prefix: str, count: int) -> list[FoundQuantity]:
    """The two figures of a tally the tokenizer kept as one word after "voted" or "a vote of": "the
    council voted 7–2" (7 votes and 2 votes), which the model tags as no number."""
    out: list[FoundQuantity] = []
    p = parsed(doc)
    for i in range(2, len(doc)):
        if not (p.lemmas[i - 1] == "vote" and p.pos[i - 1] == "VERB" or p.lowers[i - 1] == "of"
                and p.lemmas[i - 2] == "vote") or i in taken or (m := _DASHED_RANGE.match(p.texts[i])) is None:
            continue
        word = p.tokens[i]
        for number in m.groups():
            value = parse_number(number)
            if value is None:
                break
            key = f"{key_prefix}{count + len(out) + 1}"
            span = Span(word.idx, word.idx + len(word.text), word.text)
            out.append(FoundQuantity(Quantity(key, span, value, "vote"), i, i + 1, i))
    return out


# Verbs a body passes, confirms or turns down a measure with, by a tally of votes ("approved the bill 61-38").
_PASSING_VERBS = frozenset("pass approve adopt reject confirm ratify endorse override uphold rule".split())


def _tallies_of_a_passing(found: list[FoundQuantity], doc: Doc, taken: set[int], key_prefix: str,
                          count: int) -> list[FoundQuantity]:
    """The two figures of a tally told with a verb of passing or turning down count votes: "the Senate
    approved the bill 61-38", "passed the measure by 90-12", "the court ruled 5-4". The tally hangs from
    the verb or from its "by"; figures already found take the unit, the others (the model often reads
    "61-38" as a date) are made. Returns the new ones."""
    p = parsed(doc)
    if _PASSING_VERBS.isdisjoint(p.lemmas):
        return []  # most stories pass no measure
    by_start = {q.start: q for q in found}
    out: list[FoundQuantity] = []
    for verb in (t for t, lemma in zip(p.tokens, p.lemmas) if lemma in _PASSING_VERBS and t.pos_ == "VERB"):
        heads = [verb, *(c for c in verb.children if c.dep_ == "prep" and c.lower_ == "by")]
        for first in (c for h in heads for c in h.children if c.like_num or _DASHED_RANGE.match(c.text)):
            if (m := _DASHED_RANGE.match(first.text)) is not None:
                parts = [(first.i, first.i + 1, n) for n in m.groups()]
            elif first.i + 2 < len(doc) and doc[first.i + 1].lower_ in _DASHES and doc[first.i + 2].like_num:
                parts = [(first.i, first.i + 1, first.text), (first.i + 2, first.i + 3, doc[first.i + 2].text)]
            else:
                continue
            values = [parse_number(n) for _, _, n in parts]
            if any(v is None or v >= 10000 for v in values):
                continue  # no tally of votes, a span of years or an amount
            one_word = parts[0][0] == parts[1][0]
            for (start, end, _), value in zip(parts, values):
                if start in taken:
                    if not one_word and (q := by_start.get(start)) is not None and q.quantity.unit is None:
                        q.quantity.unit = "vote"
                    continue  # found already: it takes the unit if it has none
                word = doc[start:end]
                key = f"{key_prefix}{count + len(out) + 1}"
                span = Span(word.start_char, word.end_char, word.text)
                out.append(FoundQuantity(Quantity(key, span, value, "vote"), start, end, start))
    return out


def _elided_units(found: list[FoundQuantity], doc: Doc) -> None:
    """A number that counts nothing named takes the unit of the count before it in its sentence, the
    noun being left out as understood: "Warren earned 8 delegates, Biden 6", "9 delegates, ... with 6"."""
    by_start = sorted(found, key=lambda q: q.start)
    for i, q in enumerate(by_start):
        if q.quantity.unit is not None or q.quantity.value is None:
            continue
        sent = doc[q.start].sent
        earlier = [p for p in by_start[:i] if p.start >= sent.start and p.quantity.unit
                   and p.quantity.unit != "percent" and not p.quantity.currency
                   and p.quantity.unit not in _FATE_UNITS]  # a fate comes from a count's own verb
        if earlier and _parallel(doc[q.end - 1], doc[earlier[-1].anchor]):
            q.quantity.unit = earlier[-1].quantity.unit
        elif (noun := _uncounted_object(doc[q.end - 1])) is not None:
            q.quantity.unit = _unit_lemma(noun)


def _running_totals(found: list[FoundQuantity], doc: Doc) -> None:
    """A bare number a total comes to counts what the count before it in its sentence counted: "312 new cases,
    bringing the total to 4,870" (4,870 cases), "twelve more deaths were reported, for a total of 96" (96
    dead). Only a total that names nothing of its own ("the total number of arrests" says what it counts)."""
    ordered = sorted(found, key=lambda q: q.start)
    for i, q in enumerate(ordered):
        if q.quantity.unit is not None or q.quantity.value is None:
            continue
        number = doc[q.end - 1]
        total = _total_reached(number)
        if total is None or any(c.dep_ in ("compound", "amod") or c.dep_ == "prep" and c.i != number.head.i
                                for c in total.children):
            continue
        sent = doc[q.start].sent
        earlier = [p for p in ordered[:i] if p.start >= sent.start and p.quantity.unit not in (None, "percent")
                   and not p.quantity.currency and p.quantity.value is not None]
        if earlier:
            q.quantity.unit = earlier[-1].quantity.unit


def _total_reached(number: Token) -> Token | None:
    """The total noun a number is what it came to: "bringing the total to 4,870", "a total of 96"."""
    if number.dep_ != "pobj":
        return None
    prep = number.head
    if prep.lower_ == "of" and prep.head.lemma_.lower() in _TALLY_NOUNS:
        return prep.head
    if prep.lower_ == "to" and prep.head.pos_ == "VERB":
        return next((c for c in prep.head.children if c.dep_ in ("dobj", "nsubj")
                     and c.lemma_.lower() in _TALLY_NOUNS), None)
    return None


# Words that make a bare number more of what was counted before: "the remaining 1", "the other 5",
# "another 9", "150 more", "25,000 others".
_SAME_BEFORE = frozenset({"remaining", "other", "another", "further", "additional"})
_SAME_AFTER = frozenset({"more", "others"})
_BACK_PRONOUNS = frozenset({"them", "those", "these"})


def _more_of_the_same(found: list[FoundQuantity], doc: Doc) -> None:
    """A number that says it counts more of, the rest of, or part of what a count before it counted
    takes that count's kind: "the fishermen rescued 300 migrants and the navy saved 150 more" (150
    migrants), "Weld secured the remaining 1" after "39 of the state's 40 delegates", "60 people were
    detained. Ten of them were charged" (10 people), "create 2,000 jobs and support 25,000 others".
    The count before is the last one in its sentence or the sentence before; what befell those people
    stays theirs ("41 people were injured, 5 of them seriously" counts 5 people, not 5 more injured)."""
    ordered = sorted(found, key=lambda q: q.start)
    for i, q in enumerate(ordered):
        if q.quantity.value is None or q.quantity.unit not in (None, "other") or not _says_more_of_the_same(doc, q):
            continue
        sent = doc[q.start].sent
        first = doc[sent.start - 1].sent.start if sent.start > 0 else sent.start
        earlier = [p for p in ordered[:i] if p.start >= first and p.quantity.unit not in (None, "percent", "other")
                   and not p.quantity.currency and p.quantity.value is not None]
        if not earlier:
            continue
        before = earlier[-1]
        counted = doc[before.anchor]
        if before.quantity.unit not in _FATE_UNITS:
            q.quantity.unit = before.quantity.unit
        elif counted.pos_ == "NOUN":
            q.quantity.unit = _unit_lemma(counted)


def _says_more_of_the_same(doc: Doc, q: FoundQuantity) -> bool:
    """Whether the words around a number make it more of, the rest of, or part of what was counted before."""
    number = doc[q.end - 1]
    nxt = doc[q.end] if q.end < len(doc) else None
    if any(c.dep_ in ("amod", "det") and c.lower_ in _SAME_BEFORE for c in number.children) or \
            q.start > 0 and doc[q.start - 1].lower_ in _SAME_BEFORE:
        return True
    if nxt is not None and nxt.lower_ in _SAME_AFTER and (nxt.i == number.head.i or nxt.head.i == number.i):
        return True
    return nxt is not None and nxt.lower_ == "of" and any(
        c.dep_ == "pobj" and c.lower_ in _BACK_PRONOUNS for c in nxt.children)


def _index_levels(found: list[FoundQuantity], doc: Doc) -> None:
    """A bare number a stock index came to or stands at is a level in points, in a sentence that
    tells of an index (an index word or name, or a count of points): "closing at 1,500.63", "fell
    3.3% to 10,520", "reaching a level of 1,026.13", "to end the day at 9,505.96"."""
    for q in found:
        if q.quantity.unit is not None or q.quantity.value is None:
            continue
        number = doc[q.end - 1]
        if not _level_reached(number):
            continue
        sent = number.sent
        lowers = [t.lower_ for t in sent]
        names = {" ".join(lowers[i:i + n]) for i in range(len(lowers)) for n in (1, 2, 3)}
        if names & (lexicon.STOCK_INDICES | lexicon.EXCHANGE_INDEX_NAMES | lexicon.INDEX_WORDS) or any(
                p.quantity.unit == "point" and sent.start <= p.start < sent.end for p in found):
            q.quantity.unit = "point"


def _levels_of_what_changed(found: list[FoundQuantity], doc: Doc) -> None:
    """A bare number a count of things came to counts those things, named as the subject of the change:
    "Cases jumped 40% to 2,150" (2,150 cases), "hospital admissions doubled to 380". Not a price, share or
    rate, whose level is no count of them ("shares rose 5% to 120")."""
    for q in found:
        if q.quantity.unit is not None or q.quantity.value is None:
            continue
        number = doc[q.end - 1]
        head = number.head
        if number.dep_ != "pobj" or head.lower_ != "to" or head.head.lemma_.lower() not in _COUNT_CHANGE_VERBS:
            continue
        subjects = [c for c in head.head.children if c.dep_ == "nsubj" and c.tag_ == "NNS"]
        if subjects and subjects[0].lemma_.lower() not in _LEVEL_NOUNS:
            q.quantity.unit = _unit_lemma(subjects[0])


# Verbs of a change a count comes to the level of: "cases jumped to 2,150", "admissions doubled to 380".
_COUNT_CHANGE_VERBS = _CHANGE_VERBS | frozenset({"double", "triple", "reach"})
# Nouns of what stands at a level rather than counts: "shares rose to 120", "rates fell to 4".
_LEVEL_NOUNS = frozenset("share stock price yield rate index revenue profit earning bond cost wage".split())


def _level_reached(number: Token) -> bool:
    """Whether a number is the level a change came to or a figure stood at: after "at" or "to" of a
    verb of change or of standing ("closed at", "fell 3% to"), after "a level of", or the object of
    "reached"."""
    head = number.head
    if number.dep_ == "pobj" and head.lower_ in ("at", "to") and head.head.pos_ == "VERB":
        return head.head.lemma_.lower() in _CHANGE_VERBS | lexicon.INDEX_LEVEL_VERBS | {"leave", "settle", "trade"}
    if number.dep_ == "pobj" and head.lower_ == "of" and head.head.lemma_.lower() == "level":
        return True
    return number.dep_ == "dobj" and head.lemma_.lower() in ("reach", "hit", "touch")


def _uncounted_object(number: Token) -> Token | None:
    """The noun a number after "at" or "with" gives the count of, when the verb's object names it with
    no number of its own: "Buttigieg secured the most delegates, at 14", "won the most seats, with 120"."""
    if number.dep_ != "pobj" or number.head.lower_ not in ("at", "with"):
        return None
    verb = number.head.head
    objects = [c for c in verb.children if c.dep_ == "dobj" and c.pos_ == "NOUN"]
    if verb.pos_ != "VERB" or len(objects) != 1 or any(c.dep_ == "nummod" for c in objects[0].children):
        return None
    return objects[0] if objects[0].tag_ == "NNS" else None  # a count is of a plural: not "took the lead at 14"




# Verbs of getting a share of what is counted out: the second of two may stand for the first ("received
# 112,400 votes, while Ashby won 71,900").
_GETTING = frozenset({"receive", "win", "get", "take", "garner", "secure", "poll", "gain", "capture", "earn"})


def _parallel(number: Token, counted: Token) -> bool:
    """Whether a bare number stands where the earlier count stood, its noun left out: the object of
    the same verb ("received 41 votes, while Ortiz received 29"), "with"/"at" after it ("9 delegates,
    followed by Klobuchar with 6"), "against" it ("41 votes, against 29 for Ortiz"), or a conjunct of
    the earlier number."""
    nxt = number.doc[number.i + 1] if number.i + 1 < len(number.doc) else None
    if number.dep_ in ("attr", "acomp") or (nxt is not None and nxt.pos_ == "ADJ"):
        return False  # "2 of them are 17", "4 remain missing"
    verb = counted
    while verb.pos_ not in ("VERB", "AUX") and verb.head.i != verb.i:
        verb = verb.head
    if number.dep_ == "dobj" and number.head.lemma_ == verb.lemma_:
        return True
    if number.dep_ == "pobj" and number.head.lower_ in ("to", "against") and number.head.i == counted.i + 1:
        return True  # "passed by 62 votes to 38": the other side of a tally
    if number.dep_ == "pobj" and number.head.lower_ == "against" and number.head.head.i == verb.i:
        return True  # "received 2.4 million votes, against 1.6 million for Roe": the rival's tally
    if number.dep_ == "nummod" and number.head.i < number.i and number.head.pos_ == "PROPN" \
            and number.head.dep_ == "conj" and number.head.head.i in (verb.i, counted.i):
        return True  # "Marsh received 48,201 votes and Pell 39,880": the verb and the noun left out
    if number.dep_ == "dobj" and number.head.lemma_.lower() in _GETTING and verb.lemma_.lower() in _GETTING \
            and (number.head.head.i == verb.i or verb.head.i == number.head.i) \
            and number.head.dep_ in ("advcl", "conj", "ROOT"):
        return True  # "Kerrow received 112,400 votes, while Ashby won 71,900": a second verb of getting
    if number.dep_ == "pobj" and number.head.lower_ in ("with", "at") and (
            number.head.head.i in (verb.i, counted.i)
            or number.head.head.dep_ in ("advcl", "conj") and number.head.head.head.i == verb.i):
        return True  # "... with 6", "secured 14, followed by Sanders, with 12"
    return number.dep_ == "conj" and number.head.i in {t.i for t in counted.subtree}


def _unit_lemma(noun: Token) -> str:
    low = noun.lower_
    if low in lexicon.UNIT_NORMAL:
        return lexicon.UNIT_NORMAL[low]
    lemma = noun.lemma_.lower()
    if low.endswith("ses") and lemma == low[:-2] and low[:-1] in noun_lemmas(noun.vocab):
        lemma = low[:-1]  # "doses" counts doses, not the "dos" the lemmatizer cut it to; "buses" stays "bus"
    return lexicon.UNIT_NORMAL.get(lemma, lemma)


# What happened to the people counted, by the verb they are the object or passive subject of:
# "killing 107", "12 were wounded", "30 people died", "five were rescued".
_FATE_VERBS = {"kill": "killed", "injure": "injured", "wound": "injured", "hurt": "injured", "die": "dead",
               "drown": "dead",
               "arrest": "arrested", "detain": "arrested", "evacuate": "evacuated", "rescue": "rescued",
               "displace": "displaced", "infect": "infected", "trap": "trapped"}
_FATE_WORDS = {"dead": "dead", "drowned": "dead", "killed": "killed", "injured": "injured", "wounded": "injured",
               "hurt": "injured", "missing": "missing", "arrested": "arrested", "evacuated": "evacuated",
               "rescued": "rescued", "trapped": "trapped"}
# What befell people told by an adjective alone after the number: "left 23 dead and 5,000 homeless". With a
# noun ("40,000 people homeless") the noun stays what is counted.
_BARE_FATE_WORDS = frozenset({"homeless", "displaced"})
# "the deaths of 33 passengers": a noun that names what befell the people counted after it.
# "the evacuation of 150,000 people", "the arrest of 12 people": the act's noun tells what befell them
_FATE_NOUNS = {"death": "dead", "killing": "killed", "evacuation": "evacuated", "arrest": "arrested",
               "detention": "arrested", "rescue": "rescued", "displacement": "displaced"}
# Verbs that tell what befell their subject only with no object: "8,912 have recovered" (the sick who got
# well), where "police recovered 14 bodies" counts bodies found.
_SUBJECT_FATE_VERBS = {"recover": "recovered"}
# The units a count takes from what befell its people.
_FATE_UNITS = frozenset(_FATE_VERBS.values()) | frozenset(_FATE_WORDS.values()) | frozenset(_FATE_NOUNS.values()) \
    | _BARE_FATE_WORDS | frozenset(_SUBJECT_FATE_VERBS.values())
# The fates a toll counts: these name the count whoever the people were ("two pilgrims died": 2 dead);
# being rescued or arrested leaves them passengers or protesters.
_TOLL_FATES = frozenset({"killed", "dead", "injured", "missing"})
# The fates that name a count whoever its people were: a toll's, and being trapped, which like being
# missing is the plight a rescue is about ("11 miners remain trapped": 11 trapped).
_NAMING_FATES = _TOLL_FATES | {"trapped"}
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
    i = start - 1
    while i >= max(0, start - 4) and (doc[i].lower_ in _LIST_JOINS or doc[i].like_num):
        i -= 1
    if i >= 0 and i < start - 2 and doc[i].lower_ in _MEASURE_BEFORE and doc[i + 1].like_num:
        return True  # "two people aged 70 and 82 died": the second age is an age too, no count of the dead
    after = [t.lower_ for t in doc[end:end + 4]]
    if after and after[0] in _MEASURE_AFTER:
        return True
    if after[:1] == ["-"] and after[1:2] and after[1] in _MEASURE_AFTER:
        return True  # "7.1-magnitude"
    if after[:1] == ["-"] and after[1:2] and after[1] in _CAPACITY_NOUNS:
        return True  # "the 1,500-seat theatre was evacuated", "a 300-bed hospital": its size, no count of the act
    if len(after) >= 3 and after[0] in _LENGTH_UNITS and after[1] in ("per", "an", "a", "/") \
            and after[2] in ("hour", "h", "hr", "second", "minute"):
        return True  # "winds of 150 km per hour", "100 miles an hour": a speed
    if _year_span(doc, start, end):
        return True  # "2020-2022 models", "the 2019-2020 season": years, no count
    if len(after) >= 2 and after[0] in _LENGTH_UNITS and (after[1] in lexicon.BEARINGS or after[1] in _OFF_A_PLACE):
        return True  # "crashed 10 miles north of Roundup", "felt in Lima, 480 km away": how far off a place
    if after and after[0] in _LENGTH_UNITS and (before == "within" or start >= 2 and doc[start - 1].lower_ == "of"
                                                and doc[start - 2].lower_ in _EXTENT_NOUNS):
        return True  # "struck at a depth of 10 km", "passed within 100 km of the city": where, no amount
    # "a 45-year-old man", "aged 45", "45 years old"
    return after[:4] == ["-", "year", "-", "old"] or after[:2] in (["years", "old"], ["year", "old"])


# Nouns of what a building or craft holds, told as its size before it: "a 300-bed hospital", "a 20-storey tower".
_CAPACITY_NOUNS = frozenset({"seat", "seater", "bed", "storey", "story", "room", "berth"})
# Words after a length that make it how far one place is from another: "480 km away", "20 miles off the coast".
_OFF_A_PLACE = frozenset({"away", "from", "off", "outside", "inland", "offshore", "beyond"})
# Nouns of how deep, high or far a thing is: "a depth of 10 km", "an altitude of 3,000 metres".
_EXTENT_NOUNS = frozenset({"depth", "altitude", "height", "radius", "distance", "elevation"})
# Words that join numbers in a list or a range: "aged 70 and 82", "Category 4 or 5".
_LIST_JOINS = frozenset({"and", "or", ",", "to", "-", "–"})
# Units of length a speed is told in: "150 km per hour", "80 miles an hour".
_LENGTH_UNITS = frozenset("km kilometre kilometres kilometer kilometers mile miles metre metres meter meters m".split())


def _year_span(doc: Doc, start: int, end: int) -> bool:
    """Whether the number is a year at one end of a span of years ("2020-2022", "2019–20")."""
    def year(t: Token) -> bool:
        return t.is_digit and len(t.text) == 4 and 1800 < int(t.text) < 2100
    if end - start != 1 or not year(doc[start]):
        return False
    after = doc[end:end + 2]
    before = doc[max(0, start - 2):start]
    return (len(after) == 2 and after[0].text in ("-", "–", "—") and year(after[1])) or (
        len(before) == 2 and before[1].text in ("-", "–", "—") and year(before[0]))


def _whole_of_a_part(number: Token, counted: Token | None) -> bool:
    """Whether the number counts the whole a part is taken from: "one of its 17 crew members died"
    (17 is the crew, one of them died), "30 of the 62 passengers" (62)."""
    return counted is not None and number.head.i == counted.i and counted.dep_ == "pobj" \
        and counted.head.lower_ == "of" and (counted.head.head.like_num or counted.head.head.lower_ in _ROUGH)


# Qualifiers the parser may read as a preposition with the number as its object: "injuring over 2,000".
_QUALIFYING_PREPS = frozenset({"over", "under", "about", "around", "nearly"})


def _fate(tok: Token) -> str | None:
    """What the text says happened to the people `tok` counts, as a unit: killed, injured, dead ..."""
    nxt = tok.doc[tok.i + 1] if tok.i + 1 < len(tok.doc) else None
    if nxt is not None and nxt.lower_ in _FATE_WORDS and nxt.pos_ in ("ADJ", "VERB", "NOUN") \
            and not any(c.dep_ == "dobj" for c in nxt.children):  # "two gunmen killed 14" kill, not die
        return _FATE_WORDS[nxt.lower_]  # "15 dead", "at least 40 injured"
    if nxt is not None and tok.like_num and nxt.lower_ in _BARE_FATE_WORDS:
        return nxt.lower_  # "more than 5,000 homeless"
    among = [p for c in _clause_preps(tok.head) if c.lower_ == "among" for p in c.children
             if p.dep_ == "pobj" and p.lower_ in _FATE_WORDS] if tok.dep_ == "nsubj" and tok.head.lemma_ == "be" else []
    if among:
        return _FATE_WORDS[among[0].lower_]  # "two pilgrims were among the dead"
    state = [c for c in tok.head.children if c.dep_ in ("acomp", "attr") and c.lower_ in _FATE_WORDS] \
        if tok.dep_ == "nsubj" and tok.head.lemma_ in ("be", "remain") else []
    if state:
        return _FATE_WORDS[state[0].lower_]  # "15 were missing", "three people remain missing"
    told = [c for c in tok.head.children if c.dep_ == "oprd" and c.lower_ in _FATE_WORDS] \
        if tok.dep_ == "nsubjpass" else []
    if told:
        return _FATE_WORDS[told[0].lower_]  # "40 people were confirmed dead", "two climbers were found dead"
    if tok.dep_ == "nsubj" and tok.head.lower_ == "missing":
        return "missing"  # "three people are missing", parsed as a verb
    told = [c for c in tok.children if c.dep_ == "acl" and c.tag_ == "VBN" and c.i > tok.i
            and c.lemma_.lower() in _FATE_VERBS]
    if told:
        # "61 migrants, many of them children, drowned": a verb past an aside, parsed as a participle
        return _FATE_VERBS[told[0].lemma_.lower()]
    if tok.dep_ == "pobj" and tok.like_num and tok.head.lower_ in _QUALIFYING_PREPS and tok.head.head.pos_ == "VERB" \
            and tok.head.head.lemma_.lower() in _FATE_VERBS:
        # "killing 1,000 and injuring over 2,000": the parser reads the qualifier as the verb's preposition
        return _FATE_VERBS[tok.head.head.lemma_.lower()]
    count = tok.head.head
    if tok.dep_ == "pobj" and tok.head.lower_ == "of" and (count.like_num or count.lower_ in _ROUGH
                                                          or count.lemma_.lower() in _TOTAL_NOUNS):
        # "dozens of people were injured", "30 of the passengers died", "a total of 56 people were
        # arrested": the count's verb
        tok = count
    head = tok.head
    if tok.dep_ == "pobj" and head.lower_ == "of" and head.head.lemma_.lower() in _FATE_NOUNS \
            and tok.pos_ != "PROPN":  # "the death of Internet Explorer 6" counts no one
        return _FATE_NOUNS[head.head.lemma_.lower()]  # "the deaths of 33 passengers"
    if tok.dep_ == "pobj" and head.lower_ == "of" and head.head.lemma_.lower() in _TOLL_WORDS:
        return _toll_unit(head.head)  # "a death toll of 45"
    if tok.dep_ in ("dobj", "nsubjpass", "nsubj") and head.lemma_.lower() in _FATE_VERBS and not (
            tok.dep_ == "nsubj" and any(c.dep_ == "dobj" for c in head.children)):
        # "30 people died", "killing 107"; not "two bombers killed 14": who kills is not killed
        return _FATE_VERBS[head.lemma_.lower()]
    if tok.dep_ == "nsubj" and head.lemma_.lower() in _SUBJECT_FATE_VERBS and not any(
            c.dep_ == "dobj" for c in head.children):
        return _SUBJECT_FATE_VERBS[head.lemma_.lower()]  # "of whom 8,912 have recovered"
    if _lives_lost(tok):
        return "dead"  # "the fire claimed 30 lives", "12 people lost their lives"
    if _driven_from_home(tok):
        return "displaced"  # "forced 40,000 from their homes", "3,000 residents fled their homes"
    told = [v for v in tok.children if v.dep_ == "relcl" and v.lemma_.lower() in _FATE_VERBS and any(
        c.dep_ in ("nsubj", "nsubjpass") and c.lower_ in ("whom", "which") for c in v.children)]
    if told:
        return _FATE_VERBS[told[0].lemma_.lower()]  # "carrying 40 people, 11 of whom died"
    told = [s for v in tok.children if v.dep_ == "relcl" and v.lemma_ in ("be", "remain") and any(
        c.dep_ == "nsubj" and c.lower_ in ("who", "that") for c in v.children)
        for s in v.children if s.dep_ in ("acomp", "attr") and s.lower_ in _FATE_WORDS]
    if told:
        return _FATE_WORDS[told[0].lower_]  # "11 miners who remain trapped", "two climbers who are missing"
    if tok.dep_ == "pobj" and head.lower_ == "to" and head.head.lemma_.lower() in ("rise", "climb", "reach", "increase", "jump"):
        subj = [c for c in head.head.children if c.dep_ == "nsubj"]
        if subj and subj[0].lemma_.lower() in _TOLL_WORDS:
            return _toll_unit(subj[0])  # "the death toll rose to 39"
    if tok.dep_ == "attr" and any(c.dep_ == "nsubj" and c.lemma_.lower() in _TOLL_WORDS for c in head.children):
        return _toll_unit(next(c for c in head.children if c.dep_ == "nsubj"))  # "the toll is 39"
    if tok.dep_ == "pobj" and head.lower_ in ("at", "to"):
        # "officials put the death toll at 19", "bringing the toll to 45": what someone set a toll to
        verbs = [head.head]
        if head.head.dep_ in ("advcl", "relcl", "acl"):
            # "bringing the death toll since the outbreak began in November to 312": the parser hangs
            # "to" from the clause inside the toll's phrase; the verb that set the toll governs it
            verbs.append(head.head.head)
        toll = [c for v in verbs for c in v.children if c.dep_ == "dobj" and c.lemma_.lower() == "toll"]
        if toll:
            return _toll_unit(toll[0])
    return None


# Verbs that drive people out of where they live ("forced 40,000 from their homes", "driven from their
# villages"), verbs of leaving it ("fled their homes"), and the places left.
_DRIVING_OUT = frozenset({"force", "drive", "chase", "uproot"})
_FLEEING = frozenset({"flee", "abandon"})
_HOMES = frozenset({"home", "house", "village", "town", "land"})


def _driven_from_home(tok: Token) -> bool:
    """Whether the people `tok` counts were driven from their homes: "floods forced 40,000 from their
    homes", "5,000 people were forced to flee their homes", "3,000 residents fled their villages"."""
    verb = tok.head
    if tok.dep_ in ("dobj", "nsubjpass") and verb.lemma_.lower() in _DRIVING_OUT:
        if any(p.dep_ == "prep" and p.lower_ in ("from", "out") and any(
                o.dep_ == "pobj" and o.lemma_.lower() in _HOMES for o in p.children) for p in verb.children):
            return True
        verb = next((x for x in verb.children if x.dep_ == "xcomp" and x.lemma_.lower() in _FLEEING), None)
    elif not (tok.dep_ == "nsubj" and verb.lemma_.lower() in _FLEEING):
        return False
    return verb is not None and any(c.dep_ == "dobj" and c.lemma_.lower() in _HOMES for c in verb.children)


# Verbs whose object is the lives lost ("claimed 30 lives", "cost 10,000 lives", "took 12 lives").
# Bodies found stay bodies ("recovered 14 bodies"): a count of the dead recovered, not the toll.
_LIFE_TAKING = frozenset({"claim", "cost", "take"})


def _lives_lost(tok: Token) -> bool:
    """Whether `tok` counts lives lost: "claimed 30 lives", or people who "lost their lives"."""
    verb = tok.head
    if tok.lemma_.lower() == "life" and tok.dep_ == "dobj" and verb.lemma_.lower() in _LIFE_TAKING:
        return True
    return tok.dep_ == "nsubj" and verb.lemma_.lower() == "lose" and any(
        c.dep_ == "dobj" and c.lemma_.lower() == "life" for c in verb.children)


def _clause_preps(verb: Token) -> list[Token]:
    """The prepositions of `verb`'s clause, also those the parser hung from an aside in it: "One child
    was, according to the fire service, among the dead" puts "among" under "according"."""
    preps = [c for c in verb.children if c.dep_ == "prep"]
    return preps + [p for c in preps for p in c.children if c.dep_ == "prep"]


def _toll_unit(toll: Token) -> str:
    kind = {c.lemma_.lower() for c in toll.children if c.dep_ in ("compound", "amod")}
    return "injured" if kind & {"injury", "casualty"} else "dead"


def _both_tolls(doc: Doc, key_prefix: str, count: int) -> list[FoundQuantity]:
    """A toll of two told with "both": "both pilots were killed" (2 killed), "both drivers died"
    (2 dead). Only a toll: "both sides" or "both countries" count no one an event befell."""
    out: list[FoundQuantity] = []
    for both in tokens(doc):
        if both.lower_ != "both" or both.dep_ not in ("det", "predet") or both.head.tag_ != "NNS":
            continue
        noun = both.head
        fate = _fate(noun)
        if fate not in _TOLL_FATES:
            continue
        begin, end = both.idx, noun.idx + len(noun.text)
        key = f"{key_prefix}{count + len(out) + 1}"
        quantity = Quantity(key, Span(begin, end, parsed(doc).text[begin:end]), Decimal(2), fate)
        out.append(FoundQuantity(quantity, both.i, noun.i + 1, noun.i))
    return out


# Adverbs that count how often an act was done: "was twice denied a visa".
_TIMES_WORDS = {"twice": 2, "thrice": 3}
# Words after "twice" or "three times" that make it a ratio or a rate, no count of the act: "twice as many",
# "three times the size", "twice a week", "three times faster".
_RATIO_AFTER = frozenset({"as", "the", "a", "an", "per", "that", "this", "its", "their", "his", "her", "daily",
                          "weekly", "monthly", "yearly", "annually", "more", "less", "fewer"})


def _ratio_after(word: Token) -> bool:
    """Whether the word after `word` (a "twice" or the "times" of "three times") makes it a ratio or a
    rate: "twice as many", "three times the size", "twice a week", "three times faster"."""
    doc = word.doc
    if word.i + 1 >= len(doc):
        return False
    after = doc[word.i + 1]
    return after.lower_ in _RATIO_AFTER or after.tag_ in ("JJR", "RBR") or after.like_num


def _times_told(doc: Doc, key_prefix: str, count: int) -> list[FoundQuantity]:
    """How often an act was done, told by an adverb of the verb: "Tarn was twice denied a visa" and "the
    boat was turned back twice" count 2 times; "twice as many", "twice a week" are a ratio and a rate."""
    out: list[FoundQuantity] = []
    p = parsed(doc)
    for i, low in enumerate(p.lowers):
        if low not in _TIMES_WORDS:
            continue
        word = p.tokens[i]
        verb = word.head
        if verb.dep_ == "npadvmod" and verb.pos_ == "NOUN":
            verb = verb.head  # "arrested him twice last year": the parser hangs it from the time
        if word.dep_ != "advmod" or verb.pos_ != "VERB" or _ratio_after(word):
            continue
        key = f"{key_prefix}{count + len(out) + 1}"
        quantity = Quantity(key, Span(word.idx, word.idx + len(word.text), word.text), Decimal(_TIMES_WORDS[low]),
                            "time")
        out.append(FoundQuantity(quantity, i, i + 1, i))
    return out


# Words for the whole of those on board: "killing everyone on board", "all aboard died".
_EVERYONE = frozenset({"everyone", "everybody", "all"})
# Units of the people a vehicle carried: "a plane carrying 62 people", "with 40 passengers on board".
_CARRIED = frozenset({"person", "people", "passenger", "occupant"})


def _everyone_aboard(found: list[FoundQuantity], doc: Doc, key_prefix: str, count: int) -> list[FoundQuantity]:
    """A toll of everyone on board, counted by the people its sentence says the vehicle carried: "a
    plane carrying 62 people crashed, killing everyone on board" (62 killed), "all aboard died". Only
    where the sentence gives one such count."""
    out: list[FoundQuantity] = []
    for tok in tokens(doc):
        if tok.lower_ not in _EVERYONE or tok.dep_ not in ("dobj", "nsubj", "nsubjpass"):
            continue
        aboard = any(c.lower_ == "aboard" or c.dep_ == "prep" and c.lower_ == "on" and any(
            p.lower_ == "board" for p in c.children) for c in tok.children) \
            or tok.i + 1 < len(doc) and doc[tok.i + 1].lower_ == "aboard"
        fate = _fate(tok) if aboard else None
        if fate not in _TOLL_FATES:
            continue
        sent = tok.sent
        carried = {q.quantity.value for q in found if sent.start <= q.start < sent.end and q.quantity.value
                   and q.quantity.unit in _CARRIED}
        if len(carried) != 1:
            continue
        end = max(x.i for x in tok.subtree) + 1
        begin, stop = tok.idx, doc[end - 1].idx + len(doc[end - 1].text)
        key = f"{key_prefix}{count + len(out) + 1}"
        quantity = Quantity(key, Span(begin, stop, parsed(doc).text[begin:stop]), carried.pop(), fate)
        out.append(FoundQuantity(quantity, tok.i, end, tok.i))
    return out


# A toll the text gives as none: "no casualties" are no dead and no hurt, "no deaths" no dead.
_ZERO_NOUNS = {"casualty": ("killed", "injured"), "death": ("dead",), "fatality": ("dead",),
               "injury": ("injured",)}
_WORD_OF = frozenset({"report", "sign", "word", "indication"})  # "no reports of injuries"
_NOBODY = frozenset({"one", "body"})  # "no one", "nobody" (spaCy splits "nobody" as no + body)
# "no one else was hurt", "no further casualties", "no casualties left at the site": the toll so far stands
_NOT_ALL = frozenset({"else", "other", "further", "more", "additional", "new", "serious", "major", "left",
                      "remaining", "yet"})
_MODALS = frozenset({"will", "would", "could", "should", "may", "might", "must", "can", "shall"})


def _zero_tolls(doc: Doc, key_prefix: str, count: int) -> list[FoundQuantity]:
    """Tolls the text says were none, as counts of 0: "the attack caused no casualties" (0 killed
    and 0 injured), "there were no deaths" (0 dead), "no one was hurt", "no soldiers were killed"
    (0 injured, 0 killed). Not "no further casualties" or "no one else was hurt" (the toll so far
    stands), nor what only might be ("no one would be hurt")."""
    out: list[FoundQuantity] = []
    for no in tokens(doc):
        if no.lower_ not in ("no", "none", "nobody") or no.lower_ == "no" and no.dep_ != "det" and \
                not (no.i + 1 < len(doc) and doc[no.i + 1].lower_ in _NOBODY):
            continue
        noun = no.head if no.lower_ == "no" and no.dep_ == "det" else no
        if no.lower_ == "no" and noun is no:
            noun = doc[no.i + 1]  # "no one"
        if any(c.lower_ in _NOT_ALL for c in noun.children) or \
                (noun.i + 1 < len(doc) and doc[noun.i + 1].lower_ in _NOT_ALL):
            continue
        reported = [p for c in noun.children if c.dep_ == "prep" and c.lower_ == "of" for p in c.children
                    if p.dep_ == "pobj" and p.lemma_.lower() in _ZERO_NOUNS]
        if noun.lemma_.lower() in _WORD_OF and reported:
            noun = reported[0]  # "no reports of casualties"
        units: tuple[str, ...] = ()
        lemma = noun.lemma_.lower()
        if lemma in _ZERO_NOUNS:
            # "no injuries or deaths": the one "no" says none of each
            named = (noun, *noun.conjuncts)
            units = tuple(dict.fromkeys(u for n in named for u in _ZERO_NOUNS.get(n.lemma_.lower(), ())))
        elif noun.dep_ in ("nsubjpass", "nsubj") and noun.head.lemma_.lower() in _FATE_VERBS:
            verb = noun.head
            if any(c.dep_ == "neg" or c.lower_ in _MODALS for c in verb.children):
                continue
            fate = _FATE_VERBS[verb.lemma_.lower()]
            units = (fate,) if fate in _TOLL_FATES else ()
        for unit in units:
            begin, end = doc[no.i].idx, noun.idx + len(noun.text)
            key = f"{key_prefix}{count + len(out) + 1}"
            quantity = Quantity(key, Span(begin, end, parsed(doc).text[begin:end]), Decimal(0), unit)
            out.append(FoundQuantity(quantity, no.i, noun.i + 1, noun.i))
    return out
