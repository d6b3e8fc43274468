"""What pronouns and titles refer to: the person "he" or "she" stands for, "the judge" named before.

Speakers of statements and the doers and targets of events are resolved alike.
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from kg.extraction import lexicon
from kg.extraction.entities import EntityIndex
from kg.extraction.parsed import parsed, sentence
from kg.records import Entity


def person_antecedent(pron: Token, index: EntityIndex, exclude: frozenset[str] = frozenset()) -> str | None:
    """The person "he" or "she" stands for: a subject before it in its sentence ("Roe said he
    would ..."), else the subject of the nearest sentence before that has a person for subject
    ("Roe endorsed Doe. 'We will win,' he said": Roe, not Doe, though Doe is named last).

    A pronoun subject in a sentence before continues the same chain; a sentence whose subject is
    no person but that names one ends the search at the last person named (the old rule).
    `exclude`: people the caller knows the pronoun is not (those its own sentence names after it).
    """
    doc = pron.doc
    sent = sentence(pron)
    # whom the pronoun cannot stand for: its own clause's subject ("Smith had attacked her"), and
    # whom a pronoun of the other sex stands for ("He said that she ...")
    others = _clause_mates(pron, index) | _of_other_sex(pron, index) | _speakers_quoting(pron, index) | exclude
    # the photographer a picture's credit names ("Image: Jan Roe.") takes no part in the story
    others |= _credited_only(index, doc)
    sex = _SEX.get(pron.lower_)
    # "Tom Hask and his wife Ella. She died": "she" is no man the article has told is one
    unlike = {k for k in index.entities if sex and index.entities[k].kind == "Person"
              and sex_of(k, index, doc) not in (None, sex)}
    others |= unlike
    joined = _object_of_the_verb_joined(pron, index)
    if joined is not None and joined not in others:
        return joined
    for t in reversed([t for t in sent if t.dep_ in ("nsubj", "nsubjpass") and t.i < pron.i]):
        key = person_of(t, index)
        if key and key not in others:
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
            if key and key not in others:
                return key
        if any(t.lower_ == pron.lower_ for t in main):
            continue  # "He ...": the same person, named further back
        if any(index.entities[index.by_token[t.i]].kind == "Person" for t in prev if t.i in index.by_token):
            break
    last = next((k for i, k in reversed(index.order) if i < pron.i and index.entities[k].kind == "Person"
                 and k not in unlike and k not in exclude), None)
    return last if last not in others else None


def sex_of(key: str, index: EntityIndex, doc: Doc) -> str | None:
    """The sex the article tells of a person, "m" or "f": by an honorific before a name ("Mrs
    Hask"), a kinship or title beside it or in its role ("his wife Ella Hask", "Gloria, his
    daughter", "Queen Ama") or a possessive on a kin named with it ("Tom Hask and his wife": his);
    None when it tells none, or both. (Not the pronouns found to stand for it: one wrong guess
    would lead the next ones astray.)"""
    ent = index.entities[key]
    # asked for every person at every pronoun: kept until the person or the index changes
    memo = parsed(doc).memo
    asked = ("sex_of", key, id(index), len(index.order), len(ent.aliases), len(ent.roles))
    if asked not in memo:
        memo[asked] = _sex_of(key, ent, index, doc)
    return memo[asked]


def _sex_of(key: str, ent: Entity, index: EntityIndex, doc: Doc) -> str | None:
    words = [w.lower() for text in [*ent.aliases, *ent.roles] for w in text.split()]
    for i, k in index.order:
        if k != key or i >= len(doc):
            continue
        end = i
        while end + 1 < len(doc) and index.by_token.get(end + 1) == key:
            end += 1
        root = doc[end]
        words += [doc[i - 1].lower_] if i > 0 and doc[i - 1].is_title else []  # "Mrs Hask", not "will miss Hask"
        beside = [root.head] if root.dep_ == "appos" else []
        beside += [c for c in root.children if c.dep_ == "appos"]
        words += [b.lemma_.lower() for b in beside if b.pos_ == "NOUN"]
        # "Tom Hask and his wife Ella Hask": the possessive of the kin named with him is his
        words += [p.lower_ for c in root.conjuncts if c.i > root.i and c.lemma_.lower() in lexicon.KIN_NOUNS
                  for p in c.children if p.dep_ == "poss"]
        words += _own_possessives(root, key, index)
    found = {_SEX[w] for w in words if w in _SEX} | {"f" for w in words if w in lexicon.FEMALE_WORDS} \
        | {"m" for w in words if w in lexicon.MALE_WORDS}
    return found.pop() if len(found) == 1 else None


def _own_possessives(root: Token, key: str, index: EntityIndex) -> list[str]:
    """The possessive pronouns in the clause whose subject is the person named at `root`, in a
    sentence that names no one else: "Roe secured the last delegate, her first of the season" tells
    Roe is a woman; so does "Doe's lawyer, Ann Roe, said her client ...", where the one else is named
    in the subject's own phrase (whose "her client" would be "her lawyer")."""
    subject = root.head if root.dep_ == "appos" and root.head.dep_ == "nsubj" else root
    verb = subject.head
    if subject.dep_ != "nsubj" or verb.pos_ not in ("VERB", "AUX"):
        return []
    own = range(subject.left_edge.i, subject.right_edge.i + 1)
    if any(index.by_token.get(t.i) not in (None, key) and index.entities[index.by_token[t.i]].kind == "Person"
           and t.i not in own for t in sentence(root)):
        return []
    if any(t.dep_ in ("dobj", "dative", "pobj") and t.lower_ in _SEX and t.tag_ == "PRP" for t in verb.subtree):
        return []  # "Starmer thanked her for her service": one acted on, told by a pronoun, owns the possessives
    return [t.lower_ for t in verb.subtree if t.dep_ == "poss" and t.i > subject.right_edge.i and t.lower_ in _SEX
            and not any(q.is_quote for q in root.doc[root.i:t.i])]


# The pronouns of each sex: "he" and "she" in a sentence are two people.
_SEX = {"he": "m", "him": "m", "his": "m", "himself": "m", "she": "f", "her": "f", "hers": "f", "herself": "f"}


def _object_of_the_verb_joined(pron: Token, index: EntityIndex) -> str | None:
    """The one person a pronoun object stands for when the verb it is the object of is joined to a verb
    whose object names that person: "Judge Ortiz jailed Rita Vance and ordered her to pay", "police
    arrested Tom Hale and charged him" (the one acted on twice)."""
    verb = pron.head
    if pron.dep_ not in ("dobj", "dative") or verb.dep_ != "conj" or verb.head.pos_ not in ("VERB", "AUX"):
        return None
    people = {k for c in verb.head.children if c.dep_ in ("dobj", "dative") for k in [person_of(c, index)] if k}
    return people.pop() if len(people) == 1 else None


def _clause_mates(pron: Token, index: EntityIndex) -> set[str]:
    """The people a pronoun object cannot stand for: the subjects of its own verb ("Smith attacked
    her", "Roe was praised by him": someone other than Smith, Roe), or of the verb it is joined to
    when it has none of its own ("Smith sentenced Roe and ordered him to pay")."""
    verb = pron.head if pron.dep_ in ("dobj", "dative") else pron.head.head if pron.dep_ == "pobj" \
        and pron.head.dep_ in ("prep", "agent") else None
    if verb is None or verb.pos_ not in ("VERB", "AUX"):
        return set()
    while verb.dep_ == "conj" and verb.head.pos_ in ("VERB", "AUX") and not any(
            c.dep_ in ("nsubj", "nsubjpass") for c in verb.children):
        verb = verb.head  # "the judge sentenced Roe and ordered him to pay": the subject of both verbs
    subjects = [c.head.head if c.tag_ in ("WP", "WDT") and c.head.dep_ == "relcl" else c  # "Smith, who"
                for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")]
    return {k for t in subjects for k in [person_of(t, index)] if k}


def _speakers_quoting(pron: Token, index: EntityIndex) -> set[str]:
    """The people who speak the quotation a pronoun stands in: those who say it in its own sentence
    ("'He was a friend,' Roe said"), who would call themselves "I", not "he" or "she"."""
    sent = sentence(pron)
    marks = [t.i for t in sent if t.text in _QUOTE_MARKS]  # not "'": "the parents' house"
    if sum(i < pron.i for i in marks) % 2 == 0:
        return set()  # not inside a quotation opened in its sentence
    found = set()
    for t in sent:
        outside = sum(i < t.i for i in marks) % 2 == 0
        if outside and t.dep_ == "nsubj" and t.head.lemma_.lower() in lexicon.CUE_VERBS:
            key = person_of(t, index)
            found |= {key} if key else set()
    return found


_QUOTE_MARKS = frozenset({'"', "“", "”", "«", "»", "``", "''"})


def _credited_only(index: EntityIndex, doc: Doc) -> set[str]:
    """The people the article names only in the credit of a picture ("Image: Nick Roe.")."""
    credited: set[str] = set()
    named: set[str] = set()
    for i, key in index.order:
        if index.entities[key].kind != "Person" or i >= len(doc):
            continue
        credit = i >= 2 and doc[i - 1].text == ":" and doc[i - 2].text in lexicon.CREDIT_LABELS
        (credited if credit else named).add(key)
    return credited - named


def _of_other_sex(pron: Token, index: EntityIndex) -> set[str]:
    """The people the subject pronouns of the other sex before `pron` in its sentence stand for. A
    pronoun inside a quotation that `pron` is not in is left out: who "she" is in '"She has done the
    right thing," he told reporters' depends on who "he" is, and read first it took him."""
    sex = _SEX.get(pron.lower_)
    if sex is None:
        return set()
    sent = sentence(pron)
    marks = [t.i for t in sent if t.text in _QUOTE_MARKS]

    def quoted(tok: Token) -> bool:
        return sum(i < tok.i for i in marks) % 2 == 1

    found: set[str] = set()
    for t in sent:
        if t.i < pron.i and t.dep_ in ("nsubj", "nsubjpass") and _SEX.get(t.lower_, sex) != sex \
                and quoted(t) == quoted(pron):
            key = person_antecedent(t, index)
            if key:
                found.add(key)
    return found


def person_of(tok: Token, index: EntityIndex) -> str | None:
    """The person a subject names: its own name, an appositive name, or (for "he") its antecedent."""
    if tok.lower_ in lexicon.PERSON_PRONOUNS:
        return None  # the caller follows the chain of pronouns itself
    keys = [k for k in index.in_subtree(tok) if index.entities[k].kind == "Person"]
    if not keys and tok.is_title and tok.i not in index.by_token:
        # "Roe requested donations": a surname the entity finder left unlinked (the parser may take
        # a name opening a sentence for a common noun)
        key = surnamed_person(tok, index)
        keys = [key] if key and index.entities[key].kind == "Person" else []
    return keys[0] if keys else titled_person(tok, index)


def titled_person(tok: Token, index: EntityIndex) -> str | None:
    """"the judge", "the minister": the last person named before with that title; "the other
    ministers" are several, none of them one person named before."""
    if tok.pos_ != "NOUN" or tok.tag_ in ("NNS", "NNPS") or not any(c.dep_ == "det" and c.lower_ == "the"
                                                                     for c in tok.children):
        return None
    word = tok.lemma_.lower()

    def titled(key: str) -> bool:
        ent = index.entities[key]
        return ent.kind == "Person" and any(r.lower().split()[-1:] == [word] for r in ent.roles)
    for i, key in reversed(index.order):
        if i < tok.i and titled(key):
            return key
    # a lead names an official by title, the next lines by name: "..., the regional governor said. |
    # Governor Pavel Malkov said ..." (the first one so titled in the next two sentences)
    bounds, end = parsed(tok.doc).sent_bounds, parsed(tok.doc).sent_bounds[tok.i][1]
    for _ in range(2):
        if end < len(tok.doc):
            end = bounds[end][1]
    return next((key for i, key in sorted(index.order) if tok.i < i < end and titled(key)), None)


def surnamed_person(tok: Token, index: EntityIndex) -> str | None:
    """"Roe tweeted": a surname alone the entity finder left unlinked names the person of that
    surname named before (only when exactly one has it). A two-word name the entity finder took
    for an organisation ("Hage Geingob" ... "Geingob tweeted") counts when no person has it: a
    speaker named by the last word of a two-word name is that name's bearer."""
    word = tok.text.lower()
    named = [key for i, key in index.order if i < tok.i and any(
        n.lower().split()[-1:] == [word] for n in (index.entities[key].name, *index.entities[key].aliases))]
    people = {k for k in named if index.entities[k].kind == "Person"}
    if not people:
        people = {k for k in named
                  if index.entities[k].kind == "Organization" and len(index.entities[k].name.split()) == 2}
    return people.pop() if len(people) == 1 else None


def holder_of_the_states_office(title: Token, keys: list[str], index: EntityIndex) -> str | None:
    """The one person the article names as holding the office a state's adjective or possessive and a
    title word name, where nothing else is named: "the Kenyan president", "Ukraine's president" is
    the President of Kenya, of Ukraine the article names ("Kenyan President William Ruto")."""
    states = {index.by_token[c.i] for c in title.children if c.dep_ in ("amod", "compound", "poss")
              and c.i in index.by_token and index.entities[index.by_token[c.i]].kind == "GeopoliticalEntity"}
    if not states or set(keys) - states:
        return None
    word = title.lemma_.lower()
    holders = [k for k, e in index.entities.items() if e.kind == "Person" and states & set(e.role_of)
               and any(word in r.lower().replace(",", " ").split() for r in e.roles)]
    return holders[0] if len(holders) == 1 else None
