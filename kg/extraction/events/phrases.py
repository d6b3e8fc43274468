"""What words and phrases say, as the event rules of every family read it: whom a phrase names,
what a relative pronoun stands for, whether a word names where or situates something else."""

from __future__ import annotations

from spacy.tokens import Doc, Span, Token

from kg.extraction import lexicon
from kg.extraction.entities import NON_ACTOR_KINDS, EntityIndex
from kg.extraction.parsed import parsed, sent_start, sentence

PLACE_KINDS = frozenset({"City", "Location", "GeopoliticalEntity"})
PLACE_PREPS = frozenset("in near inside outside across off at within".split())
DEMONSTRATIVES = frozenset({"this", "that", "these", "those"})
# Words that situate what hangs from them at another time: "since 2022", "after profit fell".
NOT_OWN_TIME = frozenset("since before after until till prior following ahead".split())
# Verbs that set one event beside another in time: what dates their clause dates the other one.
_RELATING_VERBS = frozenset({"follow", "precede", "come", "mark", "echo", "recall", "resemble"})
# How a trigger hangs from the verb of its clause: "launched an attack", "the attack was carried
# out", "took part in talks", "managed to intercept".
_CLAUSE_DEPS = frozenset({"dobj", "nsubj", "nsubjpass", "pobj", "prep", "xcomp", "attr", "oprd"})


def actors(tok: Token, index: EntityIndex, places: bool = False) -> list[str]:
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


def antecedent(tok: Token) -> Token:
    """What a relative pronoun stands for: "Smith, who was arrested" -> Smith; any other word is itself."""
    if tok.tag_ in ("WP", "WDT") and tok.head.dep_ == "relcl":
        return tok.head.head
    return tok


def dedupe(keys: list[str]) -> list[str]:
    """`keys` without repeats, in the order of their first appearance."""
    return list(dict.fromkeys(keys))


def situates_other(tok: Token, top: Token) -> bool:
    """Whether a word hangs from "since", "before", "after" ... on its way up to `top`: as a preposition
    ("since 2022") or as the word that opens its clause ("after profit fell 38%")."""
    node = tok
    while node.i != top.i and node.head.i != node.i:
        if node.lower_ in NOT_OWN_TIME or node.lemma_.lower() in NOT_OWN_TIME or any(
                c.dep_ == "mark" and c.lower_ in NOT_OWN_TIME for c in node.children):
            return True
        node = node.head
    return False


def in_locative(tok: Token) -> bool:
    """Whether `tok` names where: inside an in/at/near phrase (through compounds and appositions,
    and "the town of X": "in the town of Bento")."""
    node = tok
    for _ in range(5):
        if node.dep_ == "pobj" and node.head.lower_ == "of" and node.head.head.lemma_.lower() in lexicon.SETTLEMENT_NOUNS:
            node = node.head.head
            continue
        if node.dep_ == "pobj":
            return node.head.lower_ in PLACE_PREPS
        if node.dep_ not in ("compound", "appos", "conj", "amod", "nmod", "poss") or node.head.i == node.i:
            return False
        node = node.head
    return False


def related_to_another(tok: Token) -> bool:
    """Whether the trigger is the subject of "followed", "preceded" ...: its sentence dates the other."""
    return tok.dep_ in ("nsubj", "nsubjpass") and tok.head.lemma_.lower() in _RELATING_VERBS


def governing_verbs(tok: Token, limit: int = 3) -> list[Token]:
    """The verbs whose clause `tok` belongs to, nearest first, without leaving the clause
    ("launched an attack", "was killed in the crash"): a reporting verb's clause is not the event's."""
    if any(c.dep_ == "det" and c.lower_ in DEMONSTRATIVES for c in tok.children):
        return []  # "this swap", "that strike": an event named before, dated and placed there
    out: list[Token] = []
    node = tok
    for _ in range(limit):
        if node.dep_ not in _CLAUSE_DEPS or node.head.i == node.i:
            break
        if related_to_another(node):
            break  # "the strike followed an attack on Friday": Friday is the attack's
        node = node.head
        if node.lower_ in NOT_OWN_TIME:
            break  # "exchanged on Saturday, following an agreement": the agreement came before
        if node.pos_ in ("VERB", "AUX"):
            out.append(node)
    return out


def previous_sentence(doc: Doc, tok: Token) -> Span | None:
    """The sentence before the one of `tok`, None in the first."""
    start = sent_start(tok)
    return sentence(doc[start - 1]) if start > 0 else None


def same_paragraph(doc: Doc, begin_char: int, end_char: int) -> bool:
    """Whether no line break stands between two character offsets of the text."""
    return "\n" not in parsed(doc).text[begin_char:end_char]


def disaster_word(tok: Token, index: EntityIndex) -> str:
    """The word a named disaster's name begins with, lower case ("Hurricane Delia" -> "hurricane"),
    whether or not the model took it into the name; "" when the phrase names no such thing."""
    key = index.at(tok)
    if key is not None and index.entities[key].name.split()[0].lower() != tok.lower_:
        return index.entities[key].name.split()[0].lower()
    lefts = [c for c in tok.children if c.dep_ == "compound" and c.i < tok.i]
    if lefts:
        return lefts[0].lower_
    before = tok.doc[tok.i - 1] if tok.i > 0 else None
    return before.lower_ if before is not None and before.is_title and key is not None else ""


def lead_paragraph_end(text: str) -> int:
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


def headline_end(text: str) -> int | None:
    """Where the headline line that opens the text ends (a short first line that ends in no full
    stop, with more text after it); None when the text opens with prose."""
    start = len(text) - len(text.lstrip())
    end = text.find("\n", start)
    line = text[start:end].strip() if end >= 0 else ""
    if not line or len(line) > 200 or line[-1] in ".!?\"'”’" or not text[end:].strip():
        return None
    return end
