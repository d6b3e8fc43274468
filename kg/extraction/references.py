"""What pronouns and titles refer to: the person "he" or "she" stands for, "the judge" named before.

Speakers of statements and the doers and targets of events are resolved alike.
"""

from __future__ import annotations

from spacy.tokens import Token

from kg.extraction import lexicon
from kg.extraction.entities import EntityIndex
from kg.extraction.parsed import sentence


def person_antecedent(pron: Token, index: EntityIndex) -> str | None:
    """The person "he" or "she" stands for: a subject before it in its sentence ("Roe said he
    would ..."), else the subject of the nearest sentence before that has a person for subject
    ("Roe endorsed Doe. 'We will win,' he said": Roe, not Doe, though Doe is named last).

    A pronoun subject in a sentence before continues the same chain; a sentence whose subject is
    no person but that names one ends the search at the last person named (the old rule).
    """
    doc = pron.doc
    sent = sentence(pron)
    for t in reversed([t for t in sent if t.dep_ in ("nsubj", "nsubjpass") and t.i < pron.i]):
        key = person_of(t, index)
        if key:
            return key
    start = sent.start
    for _ in range(4):
        if start == 0:
            break
        prev = sentence(doc[start - 1])
        start = prev.start
        if not prev.text.strip():
            continue
        # the main clause's subject first, then those of the other clauses
        subjects = [t for t in prev if t.dep_ in ("nsubj", "nsubjpass")]
        main = [c for c in prev.root.children if c.dep_ in ("nsubj", "nsubjpass")]
        for t in main + [t for t in subjects if t not in main]:
            key = person_of(t, index)
            if key:
                return key
        if any(t.lower_ == pron.lower_ for t in main):
            continue  # "He ...": the same person, named further back
        if any(index.entities[index.by_token[t.i]].kind == "Person" for t in prev if t.i in index.by_token):
            break
    return index.recent(pron.i, ("Person",))


def person_of(tok: Token, index: EntityIndex) -> str | None:
    """The person a subject names: its own name, an appositive name, or (for "he") its antecedent."""
    if tok.lower_ in lexicon.PERSON_PRONOUNS:
        return None  # the caller follows the chain of pronouns itself
    keys = [k for k in index.in_subtree(tok) if index.entities[k].kind == "Person"]
    return keys[0] if keys else titled_person(tok, index)


def titled_person(tok: Token, index: EntityIndex) -> str | None:
    """"the judge", "the minister": the last person named before with that title."""
    if tok.pos_ != "NOUN" or not any(c.dep_ == "det" and c.lower_ == "the" for c in tok.children):
        return None
    word = tok.lemma_.lower()
    for i, key in reversed(index.order):
        ent = index.entities[key]
        if i < tok.i and ent.kind == "Person" and any(r.lower().split()[-1:] == [word] for r in ent.roles):
            return key
    return None
