"""What words and phrases say, as the event rules of every family read it: whom a phrase names,
what a relative pronoun stands for, whether a word names where or situates something else."""

from __future__ import annotations

import re

from spacy.tokens import Doc, Span, Token

from kg.extraction import lexicon
from kg.extraction.entities import NON_ACTOR_KINDS, EntityIndex, storm_names
from kg.extraction.nlp import verb_lemmas
from kg.extraction.parsed import parsed, sent_start, sentence
from kg.extraction.references import holder_of_the_states_office, person_antecedent
from kg.records import Span as TextSpan
from kg.taxonomy import EventType, taxonomy

PLACE_KINDS = frozenset({"City", "Location", "GeopoliticalEntity"})
PLACE_PREPS = frozenset("in near inside outside across off at within through throughout along around".split())
# Places one is "on", not "in": a surface ("on Ferry Road") or a place's rim ("on the outskirts of Goma").
_ON_PLACE_NOUNS = lexicon.SURFACE_PLACE_NOUNS | frozenset("outskirts outskirt edge fringe frontline front".split())
# Nouns whose "of" phrase names the place they are (part of): "the town of Bento", "the coast of Aceh".
PLACE_PART_NOUNS = (lexicon.SETTLEMENT_NOUNS | lexicon.AREA_NOUNS | lexicon.SURFACE_PLACE_NOUNS
                     | frozenset("coast coastline water outskirts outskirt suburb centre center heart edge".split()))
# Types whose doer acts abroad as often as at home: a state's attack or visit happens elsewhere.
CROSS_BORDER_BRANCHES = frozenset({"ConflictEvent", "DiplomaticEvent", "Movement"})
# Verbs of speaking in public: a place in their clause is where something was told ("speaking in Oslo").
_TELLING_VERBS = frozenset({"speak", "talk", "interview", "brief", "appear"})
DEMONSTRATIVES = frozenset({"this", "that", "these", "those"})
# Words that situate what hangs from them at another time: "since 2022", "after profit fell"; so does
# the act an arrest or a charge is "in connection with", done before and elsewhere.
NOT_OWN_TIME = frozenset("since before after until till prior following ahead connection".split())
# Parts of the day: "before dawn", "after midnight" tell the hour of the day the event happened, no other event.
_PARTS_OF_DAY = frozenset("dawn daybreak sunrise morning noon midday afternoon sunset dusk nightfall evening "
                          "midnight".split())
# Verbs that set one event beside another in time: what dates their clause dates the other one.
_RELATING_VERBS = frozenset({"follow", "precede", "come", "mark", "echo", "recall", "resemble"})
# How a trigger hangs from the verb of its clause: "launched an attack", "the attack was carried
# out", "took part in talks", "managed to intercept".
_CLAUSE_DEPS = frozenset({"dobj", "nsubj", "nsubjpass", "pobj", "prep", "xcomp", "attr", "oprd"})


def actors(tok: Token, index: EntityIndex, places: bool = False) -> list[str]:
    """The actors (and with `places`, the places) the phrase headed by `tok` names: named ones, the
    person "he" or "she" stands for (alone or named together with others), the pair "both sides"
    refers to, else the unnamed actors its nouns name ("protesters")."""
    keys = index.in_subtree(tok)
    if keys and (tok.lower_ in lexicon.ATTACKER_NOUNS or tok.lemma_.lower() in lexicon.ATTACKER_NOUNS
                 or (tok.tag_ == "NN" and tok.lower_ in lexicon.INDIVIDUAL_NOUNS)):
        # "Nigerian gunmen", "Somali pirates", "a Russian soldier": a state's adjective says where the
        # attackers or the person are from or act, not that the state acts or is acted on ("Russian
        # forces" do act for Russia)
        states = {index.by_token[c.i] for c in tok.children if c.dep_ in ("amod", "compound")
                  and c.i in index.by_token and index.entities[index.by_token[c.i]].kind == "GeopoliticalEntity"}
        keys = [k for k in keys if k not in states]
    if keys and tok.pos_ == "NOUN" and tok.lemma_.lower() in lexicon.BODIES_OF_THEIR_OWN:
        # "Dutch court sentences former soldier": the court, named with its state's adjective
        states = {index.by_token[c.i] for c in tok.children if c.dep_ in ("amod", "compound")
                  and c.i in index.by_token and index.entities[index.by_token[c.i]].kind == "GeopoliticalEntity"}
        body = index.nominal(tok) if states else None
        if body is not None:
            keys = [body, *(k for k in keys if k not in states and k != body)]
    if keys and tok.tag_ == "NN" and tok.lemma_.lower() in lexicon.TITLE_HEADS and (
            holder := holder_of_the_states_office(tok, keys, index)):
        return [holder]  # "Kenyan president vows ..." over "Kenyan President William Ruto promised"
    if keys and any(t.lower_ in lexicon.PERSON_PRONOUNS for t in [tok, *tok.conjuncts]):
        # "he and his wife Ann Hale tested positive": the pronoun named together with a name
        keys = dedupe([k for t in [tok, *tok.conjuncts] for k in (
            _person_of_pronoun(t, index) if t.lower_ in lexicon.PERSON_PRONOUNS else index.in_subtree(t)[:1])])
    if not keys and tok.lower_ in lexicon.PERSON_PRONOUNS:
        # "He stepped down last year": the person the pronoun stands for, its word a mention of him
        person = _person_of_pronoun(tok, index)
        if person:
            return person
    if not keys and tok.lower_ in ("it", "they") and tok.dep_ == "nsubj":
        # "Ford said it would cut 3,000 jobs", "police said they had arrested him": "it" or "they" in
        # what a body or group says is that body or group; "The company opened a plant. It also
        # hired 300 workers": "it" is the body the sentence before was about
        body = _body_speaking_of_itself(tok, index) or (
            _body_told_before(tok, index) if tok.lower_ == "it" else None)
        if body is not None:
            mention_reference(tok, [body], index)
            return [body]
    if not keys and tok.dep_ in ("nsubj", "nsubjpass") and any(
            c.dep_ == "poss" and c.lower_ in ("its", "their") for c in tok.children):
        # "Ukraine said its air defences shot down 35 drones": the forces or people of the state or
        # body that says what they did act for it, as "it" in what it says is that body
        body = _owner_speaking_of_its_own(tok, index)
        if body is not None:
            return [body]
    if not keys:
        phrase = " ".join(x.lower_ for x in tok.subtree)
        if phrase in lexicon.GROUP_REFERENCES:
            pair = index.recent_pair(tok.i)
            keys = list(pair) if pair else []
        elif _pair_of_companies(tok):
            pair = index.recent_pair(tok.i, "Organization")
            keys = list(pair) if pair else []
            mention_reference(tok, keys, index)  # "the two banks" is a mention of each
    if tok.tag_ == "NNS" and tok.lemma_.lower() in lexicon.TITLE_HEADS and not index.named_by(tok) and (
            states := _states_of_office_holders(tok, index)):
        # "the foreign ministers of India and China met": office holders of states named together,
        # unnamed themselves, act for their states
        return states
    if not keys and (tok.lower_ in _COUNTING_NOUNS or tok.like_num):
        # "Hundreds of opposition supporters marched", "thousands of Kenyans": those counted
        keys = [k for c in tok.children if c.dep_ == "prep" and c.lower_ == "of"
                for p in c.children if p.dep_ == "pobj" for k in actors(p, index, places)]
    if not keys:
        keys = [k for t in [tok, *tok.conjuncts] if (k := index.nominal(t))]
    elif tok.conjuncts and any(t.lower_ not in lexicon.PERSON_PRONOUNS and not index.named_by(t)
                               and t.pos_ == "NOUN" for t in [tok, *tok.conjuncts]):
        # "Germany's conservatives and Social Democrats agreed": the unnamed named beside the named
        unnamed = {t.i: k for t in [tok, *tok.conjuncts] if t.pos_ == "NOUN" and not index.named_by(t)
                   and (k := index.nominal(t))}
        told = [k for t in sorted([tok, *tok.conjuncts], key=lambda t: t.i)
                for k in ([unnamed[t.i]] if t.i in unnamed else index.named_by(t))]
        keys = dedupe(told + keys)  # in the order told; what the pronouns stand for after
    if tok.lower_ in _COMPASS and tok.pos_ == "PROPN" and all(index.entities[k].kind in PLACE_KINDS for k in keys):
        keys = _half_of_divided_state(tok, index) or keys
    # "Hale, along with his deputy Ann Ruiz": those named with it are named as it is
    keys = dedupe(keys + [k for c in companions(tok) for k in actors(c, index, places)])
    if not places:
        keys = [k for k in keys if index.entities[k].kind not in NON_ACTOR_KINDS]
    return keys


_COMPASS = frozenset({"north", "south"})




def _states_of_office_holders(holders: Token, index: EntityIndex) -> list[str]:
    """The two or more states a plural title's of-phrase names ("the foreign ministers of India and
    China"), also where the parser joins the last to the title ("the ministers of Brazil | and
    Argentina"); empty for fewer."""
    states = [k for c in holders.children if c.dep_ == "prep" and c.lower_ == "of" for p in c.children
              if p.dep_ == "pobj" for k in index.in_subtree(p) if index.entities[k].kind == "GeopoliticalEntity"]
    if states:
        states += [k for c in holders.conjuncts if c.pos_ == "PROPN" for k in index.named_by(c)
                   if index.entities[k].kind == "GeopoliticalEntity" and k not in states]
    return states if len(states) >= 2 else []


def _pair_of_companies(tok: Token) -> bool:
    """Whether a noun phrase names two companies told before by what they are: "the two banks", "both
    companies", "the lenders" (a plural of what a company is, with "the", "both" or "two" alone)."""
    if tok.tag_ != "NNS" or tok.lemma_.lower() not in _COMPANY_KINDS:
        return False
    if any(c.i > tok.i for c in tok.children):
        return False  # "the banks that lent to it", "the banks in the region": others, told by their phrase
    words = [c.lower_ for c in tok.children]
    return words in (["the"], ["both"], ["the", "two"])


# What news calls two companies it has named: "the two banks", "both carmakers".
_COMPANY_KINDS = lexicon.BUSINESS_KIND_NOUNS | frozenset("bank lender airline carrier insurer retailer".split())
# Nouns that count people in round numbers: "hundreds of supporters", "dozens of police".
_COUNTING_NOUNS = frozenset("dozens hundreds thousands millions tens scores".split())


def _half_of_divided_state(tok: Token, index: EntityIndex) -> list[str]:
    """The state "the South" or "the North" names in a story of two states that share a name
    ("North Korea fired shells. The South retaliated": South Korea): the one named before of the two
    named "North X" and "South X". Alone, "the South" is a region ("storms swept the South")."""
    if not any(c.dep_ == "det" and c.lower_ == "the" for c in tok.children) or any(
            c.dep_ in ("compound", "amod", "prep") for c in tok.children):
        return []
    halves: dict[str, dict[str, str]] = {}
    for i, key in index.order:
        ent = index.entities[key]
        first, _, rest = ent.name.partition(" ")
        if i < tok.i and ent.kind == "GeopoliticalEntity" and first.lower() in _COMPASS and rest:
            halves.setdefault(rest, {})[first.lower()] = key
    found = [pair[tok.lower_] for pair in halves.values() if len(pair) == 2]
    if len(found) != 1:
        return []
    mention_reference(tok, found, index)
    return found


def companions(head: Token) -> list[Token]:
    """The words naming those "along with" or "together with" names beside `head` ("Hale, along
    with his deputy", "was arrested along with his deputy", "rebels, together with troops")."""
    out: list[Token] = []
    for c in head.children:
        if c.dep_ == "prep" and c.lower_ == "along":
            out += [p for w in c.children if w.dep_ == "prep" and w.lower_ == "with" for p in w.children
                    if p.dep_ == "pobj"]
        elif c.dep_ == "prep" and c.lower_ == "with" and any(a.dep_ == "advmod" and a.lower_ == "together"
                                                              for a in c.children):
            out += [p for p in c.children if p.dep_ == "pobj"]
    return out


def _person_of_pronoun(pron: Token, index: EntityIndex) -> list[str]:
    """The person "he" or "she" stands for, its word recorded as a mention of them; empty when none."""
    person = person_antecedent(pron, index)
    if person is None:
        return []
    mention_reference(pron, [person], index)
    return [person]


def _owner_speaking_of_its_own(tok: Token, index: EntityIndex) -> str | None:
    """The state or body "its" or "their" stands for in what that state or body says: the one subject
    of the verb of saying whose clause `tok` is the subject of ("Ukraine said its air defences ...")."""
    clause = tok.head
    if clause.dep_ not in ("ccomp", "xcomp") or clause.head.lemma_.lower() not in lexicon.CUE_VERBS:
        return None
    bodies = [k for c in clause.head.children if c.dep_ == "nsubj" for k in actors(c, index)
              if index.entities[k].kind in ("Organization", "GeopoliticalEntity", "Group")]
    return bodies[0] if len(bodies) == 1 else None


def _body_speaking_of_itself(it: Token, index: EntityIndex) -> str | None:
    """The organisation "it" is when it is the subject of what that organisation says: "Ford said it
    would cut", "the company announced it had bought" (the subject of the verb of saying); so the
    body or group "they" is: "police said they had arrested him", "the rebels said they attacked".
    A state speaks of itself so ("Russia said it had shot down 12 drones"), and through its
    government: "the Turkish government said it (or they) would end the search" is Turkey's act. So is
    the "it" of a verb joined by "and" to one the body is the subject of ("Acme said ..., and it urged")."""
    clause = it.head
    # "Acme said hackers stole data, and it urged shoppers to ...": "it" of a verb joined to the one
    # the body is the subject of is that body
    joined = clause.dep_ == "conj" and clause.head.pos_ == "VERB"
    if not joined and (clause.dep_ not in ("ccomp", "xcomp") or clause.head.lemma_.lower() not in lexicon.CUE_VERBS):
        return None
    speakers = [c for c in clause.head.children if c.dep_ == "nsubj"]
    if not speakers and (clause.head.dep_ == "advcl" and clause.head.tag_ == "VBG" or
                         not joined and clause.head.dep_ == "conj" and clause.head.head.pos_ == "VERB"):
        # "Chrysler asked for aid, saying it plans to cut jobs": the participle's speaker is its verb's
        # subject; "Acme filed for bankruptcy and said it would close stores": so is the subject the
        # verb of saying shares with the verb it is joined to
        speakers = [c for c in clause.head.head.children if c.dep_ == "nsubj"]
        if not speakers and clause.head.head.dep_ == "acl" and clause.head.dep_ == "conj":
            speakers = [clause.head.head.head]  # "Acme, a retailer, filed ... and said it" read as a relative
    kinds = ("Organization", "GeopoliticalEntity") if it.lower_ == "it" else ("Organization", "Group")
    if any(c.lemma_.lower() in lexicon.ACTOR_BODY_NOUNS for c in speakers):
        kinds = (*kinds, "GeopoliticalEntity")  # "the Turkish government said they": the state's own body
    bodies = [k for c in speakers for k in actors(c, index) if index.entities[k].kind in kinds]
    return bodies[0] if len(bodies) == 1 else None


def _body_told_before(it: Token, index: EntityIndex) -> str | None:
    """The organisation an "it" opening its sentence stands for: the subject of the sentence before,
    in the same paragraph, when that is one organisation ("Veltran Motors opened a plant. It also
    hired 300 workers"). Not the "it" of the weather or of a clause put off ("it rained", "it is
    expected that ..."): its verb must be one of doing, with no clause of its own."""
    verb = it.head
    if verb.pos_ != "VERB" or verb.lemma_.lower() in _NOT_ACTS or any(
            c.dep_ in ("ccomp", "csubj") for c in verb.children):
        return None
    start = sent_start(it)
    before = previous_sentence(it.doc, it)
    if before is None or not same_paragraph(it.doc, before.start_char, it.idx) or \
            any(t.dep_ == "nsubj" for t in it.doc[start:it.i]):
        return None
    subjects = [k for t in before if t.dep_ in ("nsubj", "nsubjpass") and t.head.dep_ == "ROOT"
                for k in index.in_subtree(t)]
    bodies = [k for k in subjects if index.entities[k].kind == "Organization"]
    return bodies[0] if len(bodies) == 1 and len(subjects) == 1 else None


# Verbs whose subject "it" is no body: being, seeming, weather and happening.
_NOT_ACTS = frozenset("be seem appear rain snow happen occur remain become take cost mean matter".split())


def mention_reference(tok: Token, keys: list[str], index: EntityIndex) -> None:
    """Record a pronoun as a mention of each actor it stands for, so the role it fills points at
    the words that fill it ("Ford, which cut 3,000 jobs": "which" mentions Ford; "He resigned")."""
    for key in keys:
        mentions = index.entities[key].mentions
        if not any(m.begin == tok.idx for m in mentions):
            mentions.append(TextSpan(tok.idx, tok.idx + len(tok.text), tok.text, "pronoun"))


def antecedent(tok: Token) -> Token:
    """What a relative pronoun stands for: "Smith, who was arrested" -> Smith; any other word is itself."""
    if tok.tag_ in ("WP", "WDT") and tok.head.dep_ == "relcl":
        return tok.head.head
    return tok


def referent_actors(tok: Token, index: EntityIndex, places: bool = False) -> list[str]:
    """The actors a subject or object names (`actors`); a relative pronoun names its antecedent, but
    not those named with it after its clause ("Babaryka, who was arrested, and Tsapkala": Babaryka),
    or, when the antecedent names no one, whom the sentence says it was ("the one company that
    posted a gain was Wal-Mart": Wal-Mart)."""
    ante = antecedent(tok)
    keys = actors(ante, index, places)
    if ante is tok:
        return keys
    if not keys and ante.dep_ == "nsubj" and ante.head.lemma_ == "be":
        # "One retailer that posted a gain was Wal-Mart": the one the sentence says it was
        keys = [k for c in ante.head.children if c.dep_ == "attr" for k in actors(c, index, places)]
    end = tok.head.right_edge.i
    later = {index.at(c) for c in ante.conjuncts if c.i > end}
    return [k for k in keys if k not in later]


def dedupe(keys: list[str]) -> list[str]:
    """`keys` without repeats, in the order of their first appearance."""
    return list(dict.fromkeys(keys))


# Endings that make nouns of verbs ("development", "protection", "approval", "departure", "delivery"),
# longest first, each with the endings its verb may have instead ("negotiation" -> "negotiate").
_NOMINAL_ENDINGS: tuple[tuple[str, tuple[str, ...]], ...] = (
    ("ation", ("ate", "e", "")), ("ition", ("e", "")), ("ction", ("ct", "ce")), ("sion", ("d", "de", "t", "")),
    ("tion", ("t", "te", "")), ("ment", ("",)), ("ance", ("", "e")), ("ence", ("", "e")), ("al", ("e", "")),
    ("ure", ("", "e")), ("ery", ("er",)),
)

# Nouns that end as a verb's noun does, of a verb that is no root of theirs, and name a thing, a place or
# a body: "the prime minister's residence" (not "reside"), "Korvel's batteries", "army equipment".
_THINGS_WITH_ACT_ENDINGS = frozenset("residence equipment battery pottery department portal creature".split())


def names_an_act(noun: Token, zero_derived: bool = True) -> bool:
    """Whether a common noun names an act: it is the verb itself ("the purchase", "an offer") or a
    noun made of a verb by its ending ("the development", "a press conference", "its delivery"),
    by the verbs the model's lemmatizer knows. A noun that is the verb itself must be singular (many
    things are verbs too: "free cases") and have a determiner or modifier (a light verb makes idioms
    of bare ones: "took part", "take place"). Without `zero_derived`, only a noun a verb ending makes
    counts: a possessor is as often the owner of a thing ("Apple's store") as the doer of an act.""" 
    verbs = verb_lemmas(noun.doc.vocab)
    lemma = noun.lemma_.lower()
    # a headline in title case makes common nouns proper ones ("Make a Historic Prisoner Swap")
    if not verbs or noun.pos_ not in ("NOUN", "PROPN") or noun.ent_type_ or len(lemma) < 4:
        return False
    if lemma in verbs:
        if not zero_derived:
            return False
        # many things are verbs too ("cases", "a stake"): a plural is taken for things
        return noun.tag_ in ("NN", "NNP") and any(c.dep_ in ("det", "poss", "amod", "compound", "prep") for c in noun.children)
    if lemma in _THINGS_WITH_ACT_ENDINGS:
        return False
    for ending, verb_endings in _NOMINAL_ENDINGS:
        if lemma.endswith(ending) and len(lemma) - len(ending) >= 3:
            stem = lemma[: -len(ending)]
            return any(stem + v in verbs for v in verb_endings)
    return False


def course_noun(tok: Token) -> Token | None:
    """The noun an event noun is a modifier of that names the event's course in law, if any: the
    phrase stands for the event ("filed for bankruptcy protection", "opened impeachment proceedings",
    "its bankruptcy filing"), where a modifier is mostly of a thing ("an attack helicopter")."""
    head = tok.head
    if tok.dep_ != "compound" or head.pos_ != "NOUN":
        return None
    lemma = head.lemma_.lower()
    if lemma in lexicon.COURSE_NOUNS or (lemma == "protection" and tok.lemma_.lower() in taxonomy()["Bankruptcy"].triggers
                                         and _sought(head)):
        return head
    return None


def _sought(protection: Token) -> bool:
    """Whether protection is what its clause files for or seeks ("filed for bankruptcy protection",
    "sought bankruptcy protection"): the act of going into it, not the state one is in ("operates
    under bankruptcy protection") or leaves ("emerged from bankruptcy protection")."""
    if protection.dep_ == "pobj":
        return protection.head.lower_ == "for"
    return protection.dep_ == "dobj"


def infinitive(verb: Token) -> bool:
    """Whether a verb is a to-infinitive ("to supply")."""
    return verb.tag_ == "VB" and any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children)


def subjects_of(verb: Token) -> list[Token]:
    """The subjects the parser gives `verb`, without a place set off by a comma right after another
    subject's phrase: it says where that one is ("The mayor of Lyon, France resigned": the parser
    reads both "mayor" and "France" as subjects)."""
    subjects = [c for c in verb.children if c.dep_ == "nsubj"]
    if len(subjects) < 2:
        return subjects
    doc = verb.doc
    return [s for s in subjects if not (
        s.ent_type_ in ("GPE", "LOC") and s.pos_ == "PROPN" and s.left_edge.i > 1 and doc[s.left_edge.i - 1].text == ","
        and any(o is not s and o.right_edge.i == s.left_edge.i - 2 for o in subjects))]


def subject_read_into_clause(verb: Token) -> list[Token]:
    """The subject the parser read as the end of a clause opening the sentence with no comma after
    it: "once it moved on the government withdrew its warnings" (the government withdrew; the
    parser hangs "the government" from "on" and gives "withdrew" the subject before the clause).
    Only where that clause has a subject and a subordinator of its own and ends right before the
    verb with a noun that is an object."""
    if any(c.dep_ in ("nsubj", "nsubjpass", "expl") for c in verb.children) or verb.i == 0:
        return []
    last = verb.doc[verb.i - 1]
    for clause in verb.children:
        if clause.dep_ == "advcl" and clause.i < verb.i and clause.right_edge.i == last.i \
                and any(c.dep_ == "mark" for c in clause.children) \
                and any(c.dep_ in ("nsubj", "nsubjpass") for c in clause.children) \
                and last.pos_ in ("NOUN", "PROPN") and last.dep_ in ("pobj", "dobj") and last.head.i < last.i:
            return [last]
    return []


# Entity labels of words that say when, never who: the head of "On Monday, ..." opening a sentence.
_WHEN_LABELS = frozenset({"DATE", "TIME"})


def says_when(word: Token) -> bool:
    """Whether a noun names a time ("Monday", "March 3", "last week"), by the model's label."""
    return word.ent_type_ in _WHEN_LABELS


def name_read_into_time(prep: Token) -> Token | None:
    """The name the parser read into the time phrase `prep` opens before its verb, which is the
    verb's subject: "On Monday, Senator Ruiz, along with ..., introduced" read with "Ruiz" as an
    apposition of "Monday", or with "Monday" as a modifier of "Ruiz", the object of "On". None when
    the phrase holds no such name (nor one that is itself a time: "On Monday, March 3")."""
    if prep.dep_ != "prep" or prep.i > prep.head.i:
        return None
    for obj in prep.children:
        if obj.dep_ != "pobj":
            continue
        if says_when(obj):
            names = [a for a in obj.children if a.dep_ == "appos" and a.pos_ == "PROPN" and not says_when(a)
                     and a.ent_type_ not in ("CARDINAL", "ORDINAL")]
            return names[0] if len(names) == 1 else None
        if obj.pos_ == "PROPN" and any(c.dep_ in ("nmod", "compound", "npadvmod") and says_when(c) and c.i < obj.i
                                       and obj.doc[c.right_edge.i + 1].text == "," for c in obj.children):
            return obj
    return None


def subject_read_as_apposition(verb: Token) -> list[Token]:
    """The subject of a verb with none of its own that the parser read into the time phrase opening
    the sentence (`name_read_into_time`): "On Monday, Senator Ruiz, along with two colleagues,
    introduced a bill"."""
    if any(c.dep_ in ("nsubj", "nsubjpass", "expl", "csubj") for c in verb.children):
        return []
    names = [n for c in verb.children if c.dep_ == "prep" and (n := name_read_into_time(c)) is not None]
    return names if len(names) == 1 else []


# Prepositions of a plan or act one opposes, speaks of or is amid, which is never one's own: "protest
# against plans to cut jobs", "anger over a decision to close", "amid moves to sell".
_ABOUT_PREPS = frozenset({"against", "over", "about", "amid", "despite"})


def doers_of(verb: Token) -> list[Token]:
    """The words naming who does what `verb` says: its subject ("Ford cut"), the one a relative
    pronoun stands for ("Ford, which cut"), a passive's by-phrase ("was bought by Ford"), or, for a
    verb that shares its subject, the subject of the verb it hangs from ("Ford plans to cut",
    "arrived in Paris and met"); an infinitive after a noun is done by that noun ("Apple to lower
    prices"), by its owner ("Ford's decision to close"), or, after a plan or contract someone has or
    wins or is in, by them ("signed a contract to supply", "is in talks to buy"); an infinitive of
    purpose or after "willing", "able" by the subject of its verb ("paid $5 million to settle", "is
    willing to pay"); a gerund after "after", "by", "without" ... by the subject of its verb. A
    passive with a subject of its own shares no other verb's subject: only its by-phrase does it
    ("Roe fell ill and her parents were advised to ...": not Roe).
    """
    node = verb
    for step in range(3):
        found = [antecedent(c) for c in subjects_of(node)]
        if step == 0:
            found += [p for c in node.children if c.dep_ == "agent" for p in c.children if p.dep_ == "pobj"]
            found = found or subject_read_into_clause(node)  # "once it moved on the government withdrew"
            found = found or subject_read_as_apposition(node)  # "On Monday, Ruiz, with X, introduced"
            if not found and any(c.dep_ == "nsubjpass" for c in node.children):
                return []
        elif verb.tag_ != "VBN":  # "they were bought by X but will fly": the passive's subject is the one it
            # shares, unless this verb is passive too ("were arrested and charged": it undergoes both)
            found += [antecedent(c) for c in node.children if c.dep_ == "nsubjpass"]
        if not found and node.dep_ in ("acl", "relcl") and infinitive(node):
            noun = node.head
            owners = [c for c in noun.children if c.dep_ == "poss"]
            if noun.pos_ == "NOUN" and owners:
                return owners  # "Ford's decision to close the plant"
            if noun.pos_ == "NOUN" and noun.dep_ == "pobj" and noun.head.head.pos_ in ("VERB", "AUX"):
                if noun.head.lower_ in _ABOUT_PREPS:
                    return []  # "protested against plans to cut jobs": whose plans, the clause does not say
                node = noun.head.head  # "is in talks to buy", "are in negotiations to settle"
                continue
            if noun.pos_ == "NOUN" and noun.dep_ == "attr" and noun.head.lemma_ in ("be", "become"):
                # "Roe is the third minister to leave the cabinet": the one the noun is said of does it
                return [antecedent(c) for c in noun.head.children if c.dep_ == "nsubj"]
            if noun.pos_ != "NOUN" or noun.dep_ not in ("dobj", "nsubjpass") or noun.head.pos_ not in ("VERB", "AUX"):
                return [noun]  # "Apple to lower prices" (a headline), "the company to build it"
            # "signed a contract to supply jets", "has plans to import": whoever has or wins the
            # contract does it, or whom it is given ("gave Boeing a contract to build")
            datives = [c for c in noun.head.children if c.dep_ == "dative"]
            if datives:
                return datives
            node = noun.head
            continue
        if not found and node.dep_ == "xcomp" and node.head.pos_ == "ADJ" and node.head.dep_ == "acomp":
            node = node.head.head  # "is willing to contribute", "was able to land"
            continue
        if not found and node.dep_ == "advcl" and infinitive(node) and node.head.pos_ in ("VERB", "AUX"):
            chosen = [c for c in node.head.children if c.dep_ in ("dobj", "dative")]
            if chosen and node.head.lemma_.lower() in lexicon.OBJECT_CONTROL_VERBS:
                return chosen  # "selected Northrop to build the aircraft": the one selected builds
            node = node.head  # "contributed $20 million to fund the search": for its own purpose
            continue
        if not found and node.dep_ == "pcomp" and node.tag_ == "VBG" and node.head.lower_ in lexicon.SHARED_SUBJECT_PREPS \
                and node.head.dep_ == "prep" and node.head.head.pos_ == "VERB":
            governor = node.head.head
            objects = [c for c in governor.children if c.dep_ == "dobj"]
            if node.head.lower_ == "from" and objects:
                return objects  # "barred the company from using the name"
            if governor.lemma_.lower() in lexicon.CUE_VERBS | lexicon.NEGATING_VERBS and node.head.lower_ != "by":
                # "accused of violating the rules": what is said or denied is no fact; but "responded
                # by offering loans" tells what the subject did
                return []
            passive = [antecedent(c) for c in governor.children if c.dep_ == "nsubjpass"]
            if passive:
                return passive  # "was suspended after violating the law"
            node = governor
            continue
        if not found and node.dep_ == "conj" and node.tag_ in ("VBD", "VBN", "VBZ") and node.head.tag_ == "VB" \
                and node.head.dep_ == "xcomp" and infinitive(node.head) and node.head.head.pos_ in ("VERB", "AUX"):
            # "the fire has forced 30,000 residents to evacuate and destroyed 1,000 homes": a verb of
            # tense is no part of the infinitive the parser joins it to, but joined to the verb above
            node = node.head.head
            continue
        if found or node.dep_ not in ("xcomp", "conj") or node.head.pos_ not in ("VERB", "AUX"):
            return found
        if node.dep_ == "xcomp" and node.head.lemma_.lower() in lexicon.NEGATING_VERBS:
            return []  # "refused to pay", "denied violating": what did not happen has no doer
        if node.dep_ == "xcomp" and node.head.lemma_.lower() not in lexicon.SUBJECT_CONTROL_VERBS:
            # "urged the allies to impose": the object of the governing verb does it, not its subject
            # (but "promised voters to cut taxes": the one who promises cuts); a count is no one but
            # the tally ("voted 142 to 88 to reject the motion": the voters reject it)
            objects = [c for c in node.head.children if c.dep_ in ("dobj", "dative") and c.pos_ != "NUM"]
            if objects:
                return objects
        node = node.head
    return []


def passive_gerund_undergoers(verb: Token) -> list[Token]:
    """The words naming whom a passive gerund after "after", "before", "without" ... is done to:
    the subject of the verb its phrase hangs from ("served six years before being pardoned", "was
    watched after being released", "was jailed, serving six years before being pardoned"), or after
    "from" that verb's object ("kept the men from being deported"). Empty for any other verb, and
    when the governing verb says or denies ("denied being paid": what is said is no fact)."""
    prep = verb.head
    if verb.tag_ != "VBN" or verb.dep_ != "pcomp" or prep.dep_ != "prep" \
            or not any(c.dep_ == "auxpass" and c.lower_ == "being" for c in verb.children) \
            or prep.lower_ not in lexicon.SHARED_SUBJECT_PREPS or prep.head.pos_ not in ("VERB", "AUX"):
        return []
    governor = prep.head
    if governor.lemma_.lower() in lexicon.CUE_VERBS | lexicon.NEGATING_VERBS:
        return []
    if prep.lower_ == "from":
        return [c for c in governor.children if c.dep_ == "dobj"]
    if governor.dep_ == "advcl" and governor.tag_ == "VBG" and not any(c.dep_ == "nsubj" for c in governor.children):
        governor = governor.head  # "was jailed, serving eight years before being pardoned": who was jailed
    subjects = [antecedent(c) for c in governor.children if c.dep_ in ("nsubj", "nsubjpass")]
    return subjects or doers_of(governor)


def situates_other(tok: Token, top: Token) -> bool:
    """Whether a word hangs from "since", "before", "after" ... on its way up to `top`: as a preposition
    ("since 2022") or as the word that opens its clause ("after profit fell 38%"); or from the "from"
    that names the point a change is measured from ("up 4% from last year", "a 3 percent decrease
    from the close of trading Wednesday"), or right after that phrase, where the parser may hang
    the end of the phrase from the word the phrase hangs from ("a gain from the close of trading
    Wednesday" as if "a gain Wednesday")."""
    if any(c.i != tok.i and c.right_edge.i == tok.i - 1 and measured_from(c) for c in tok.head.children):
        return True
    node = tok
    while node.i != top.i and node.head.i != node.i:
        situating = (node.lower_ in NOT_OWN_TIME or node.lemma_.lower() in NOT_OWN_TIME) and not _hour_of_the_day(node)
        if situating or any(c.dep_ == "mark" and c.lower_ in NOT_OWN_TIME for c in node.children) \
                or measured_from(node):
            return True
        node = node.head
    return False


def _hour_of_the_day(prep: Token) -> bool:
    """Whether "before" or "after" takes a part of the day ("struck before dawn on Wednesday", "shortly
    after midnight"): it tells the hour of the event itself, not another event it is situated by."""
    return prep.lower_ in ("before", "after") and any(
        c.dep_ == "pobj" and c.lemma_.lower() in _PARTS_OF_DAY for c in prep.children)


def told_of_another_noun(word: Token, trigger: Token) -> bool:
    """Whether `word` stands in a clause that describes a noun the trigger is not in: a participle
    ("a reaction to data released Wednesday") or a relative clause ("Roe, who resigned on Monday"),
    which tells that noun's own act, not the sentence's news. A participle of state is none (see
    `describes_a_state`)."""
    node = word
    while node.head.i != node.i:
        if node.dep_ in ("acl", "relcl") and node.head.pos_ in ("NOUN", "PROPN", "PRON") \
                and not describes_a_state(node) and not _toll_told(node) \
                and trigger.i not in {x.i for x in node.subtree}:
            return True
        node = node.head
    return False


# Past participles that tell a state a thing is in, not an act: "a tanker bound for Turkey", "a group based in Oslo".
_STATE_PARTICIPLES = frozenset("bind base headquarter locate flag own register load laden pack station park moor "
                               "dock crowd fill".split())


def describes_a_state(verb: Token) -> bool:
    """Whether a participle after a noun tells what the noun is or does at the time of the sentence's
    event, not an act of its own: a present participle ("a school sheltering families", "a tanker
    carrying crude") or a participle of state ("bound for Turkey", "based in Oslo"). A time at its end
    belongs to the sentence's event, wherever the parser hangs it ("seized a tanker carrying crude on
    Thursday"); one after "data released Wednesday" dates the release."""
    return verb.dep_ == "acl" and (verb.tag_ == "VBG" or verb.lemma_.lower() in _STATE_PARTICIPLES)


# Verbs that tell a toll: whom an attack or disaster killed or hurt, on its day.
_TOLL_VERBS = frozenset({"kill", "injure", "wound"})


def _toll_told(verb: Token) -> bool:
    """Whether a clause the parser hung from a noun tells a toll with its own object ("an air strike on
    a school sheltering families ... killed 30 people on Thursday"): its day is that of the attack or
    disaster that killed them, told in the same sentence."""
    return verb.dep_ == "acl" and verb.lemma_.lower() in _TOLL_VERBS \
        and any(c.dep_ == "dobj" for c in verb.children)


def names_point_of_comparison(tok: Token) -> bool:
    """Whether `tok` stands in the "from" phrase a change is measured from ("down 3% from the close
    of trading Wednesday"): it names the point compared with, no event of the story."""
    node = tok
    while node.head.i != node.i:
        if measured_from(node):
            return True
        node = node.head
    return False


# Words that say which way a figure moved: "down 4% from Monday", "higher than a year ago".
DIRECTIONS = frozenset("up down higher lower more less fewer".split())
# Units of time: "three days from Monday" counts time from a start, it measures no change.
_TIME_UNITS = frozenset("second minute hour day night week weekend month year decade".split())


def measured_from(prep: Token) -> bool:
    """Whether `prep` is a "from" whose phrase is the point a change is measured from: it hangs from a
    word of direction ("down from Friday") or from one that carries the figure of the change ("rose 4
    percent from last year", "a 2.99 percent decrease from ..."), not "three days from Monday"."""
    if prep.lower_ != "from" or prep.dep_ != "prep":
        return False
    head = prep.head
    if head.lower_ in DIRECTIONS:
        return True
    for c in head.children:
        if c.i == prep.i or c.dep_ not in ("nummod", "npadvmod", "dobj", "compound", "amod", "advmod"):
            continue
        if c.lemma_.lower() in _TIME_UNITS:
            continue
        if c.like_num or c.ent_type_ in ("PERCENT", "MONEY") or any(
                k.dep_ == "nummod" and k.like_num for k in c.children):
            return True
    return False


def act_it_closed(tok: Token) -> Token | None:
    """The verb of the act a verb trigger's bare "before" clause closes, up through the participles
    and joined verbs it is told with ("opened fire, killing two, before he was arrested" ->
    "opened"); None when the clause says how long after ("hours before", "days before") or is no
    "before" clause."""
    if tok.pos_ not in ("VERB", "AUX") or tok.dep_ != "advcl" or not any(
            c.dep_ == "mark" and c.lower_ == "before" and c.i < tok.i for c in tok.children):
        return None
    if any(c.dep_ in ("npadvmod", "advmod") and c.i < tok.i and c.lower_ not in _CLOSE_ON_ADVERBS
           for c in tok.children) or any(c.dep_ in ("npadvmod", "advmod") and c.lower_ not in _CLOSE_ON_ADVERBS
                                         for k in tok.children if k.dep_ == "mark" for c in k.children):
        return None  # "two days before he was arrested", "long before": another time
    head = tok.head
    while head.dep_ in ("advcl", "conj", "xcomp") and head.head.pos_ in ("VERB", "AUX") and head.tag_ == "VBG":
        head = head.head  # "killing two, before ...": the participle tells the act it goes with
    return head if head.pos_ in ("VERB", "AUX") else None


# Adverbs by which a "before" clause still follows hard on its act: "shortly before he was arrested".
_CLOSE_ON_ADVERBS = frozenset({"shortly", "just", "soon", "immediately", "moments", "minutes"})


def clauses_of_their_own(sent, trigger: Token, etype: EventType | None) -> set[int]:
    """The words of the adverbial clauses of a sentence that have a subject of their own and hold
    no part of the trigger's phrase, where the trigger tells an act someone does ("declared an
    emergency as Hurricane Ivan strengthened in the Gulf of Mexico"): they tell another act, at its
    own place. A death, attack or disaster happens where its clause of cause is set ("were killed
    when their bus hit a mine in Helmand"); a "he", "she" or "they" is the act's own people, whose
    place `place_of_the_scene` reads ("was arrested when he landed in Lyon")."""
    out: set[int] = set()
    if etype is None or {"ConflictEvent", "Disaster", "Life", "Health"} & {etype.name, *etype.ancestors}:
        return out
    for clause in sent:
        if clause.dep_ != "advcl" or clause.pos_ not in ("VERB", "AUX") \
                or clause.left_edge.i <= trigger.i <= clause.right_edge.i:
            continue
        subjects = [c for c in clause.children if c.dep_ in ("nsubj", "nsubjpass")]
        if subjects and not any(c.lower_ in PEOPLE_PRONOUNS for c in subjects):
            out.update(x.i for x in clause.subtree)
    return out


# Pronouns that, as the subject of a clause, are the act's own people.
PEOPLE_PRONOUNS = frozenset({"he", "she", "they"})


def in_locative(tok: Token) -> bool:
    """Whether `tok` names where: inside an in/at/near phrase (through compounds and appositions,
    "the town of X": "in the town of Bento", and a part of a place: "off the coast of Somalia", "in a
    suburb of Lyon", "on the outskirts of Goma"), or a point off it told by its bearing ("crashed five
    miles east of Tulsa", "fighting raged north of Kyiv")."""
    node = tok
    for _ in range(5):
        if node.dep_ == "pobj" and node.head.lower_ == "of" and node.head.head.lower_ in lexicon.BEARINGS:
            if node.head.head.dep_ in ("advmod", "npadvmod"):
                return True  # "went down 10 miles north of Roundup": the bearing says where
            node = node.head.head  # "in the north of Chad": the bearing is a part of the place
            continue
        if node.dep_ == "pobj" and node.head.lower_ == "of" and node.head.head.lemma_.lower() in PLACE_PART_NOUNS:
            node = node.head.head
            continue
        if node.dep_ == "pobj":
            return locative(node.head, node)
        if node.dep_ not in ("compound", "appos", "conj", "amod", "nmod", "poss") or node.head.i == node.i:
            return False
        if node.dep_ == "poss" and node.head.lemma_.lower() in _OWNED_BODIES and node.head.head.lower_ == "in":
            return False  # "a source in Ukraine's military intelligence": the state owns the body, it is no site
        node = node.head
    return False


def bound_for(place: Token, trigger: Token | None = None) -> bool:
    """Whether `place` is where someone or something was headed, in the "to" phrase of a verb of
    carrying or travelling other than the trigger ("crashed in a field while flying a patient to a
    hospital in Wichita", "a bus carrying pilgrims to a shrine in Karbala overturned"): the act
    happened on the way, not there."""
    top = -1 if trigger is None else trigger.i
    node = place
    while node.head.i != node.i and node.i != top:
        prep = node.head
        if node.dep_ == "pobj" and prep.lower_ in _TOWARDS and prep.head.i != top \
                and prep.head.lemma_.lower() in _CARRYING_VERBS:
            return True
        node = prep
    return False


_TOWARDS = frozenset({"to", "toward", "towards"})
_CARRYING_VERBS = frozenset("""fly carry take bring ferry transport drive head travel sail go return airlift
rush""".split())


def in_topic_of_talks(tok: Token) -> bool:
    """Whether `tok` stands in what talks or words are about: "talks with Xi on trade and the war in
    Ukraine", "a debate over the fighting in Gaza" name the war's place, not where the talks are; so
    does "the war in Ukraine" however the parser hangs it."""
    node = tok
    for _ in range(6):
        if node.head.i == node.i:
            return False
        if node.dep_ == "pobj" and (node.head.lower_ in _TOPIC_PREPS and node.head.head.lemma_.lower() in _TALKING_WORDS
                                    or node.head.lower_ == "in" and node.head.head.lemma_.lower() in _STANDING_STRIFE):
            return True
        node = node.head
    return False


_TOPIC_PREPS = frozenset({"on", "about", "over", "regarding", "concerning"})
# Strife that goes on for months or years, no event of a day: a place "in" it is the strife's.
_STANDING_STRIFE = frozenset("war conflict crisis insurgency unrest standoff".split())
_TALKING_WORDS = frozenset("""talk negotiation discussion debate dialogue meeting summit conference call
agreement deal accord speak discuss negotiate agree meet hearing""".split())


# Bodies a place's possessive owns rather than locates: one "in Ukraine's military intelligence" is
# one of its members, wherever they are (but a shooting "at Ohio's health department" is at its building).
_OWNED_BODIES = lexicon.ORG_HEADS | lexicon.ACTOR_BODY_NOUNS | frozenset({"intelligence", "leadership", "elite"})


# Nouns of a region a thing may be over ("over the Belgorod region"), and words whose "over" says what
# about ("clashed over the border region", "talks over the district").
_REGION_NOUNS = frozenset("region province oblast district area territory".split())
_TOPIC_WORDS = frozenset("""clash fight argue dispute quarrel feud talk talks negotiate negotiation disagree split
protest row tension tensions conflict war sanction sanctions""".split())


def locative(prep: Token, obj: Token) -> bool:
    """Whether preposition `prep` with its object `obj` says where: in/at/near anything, "on" an
    island or a street ("on the island of Samos", "on Ferry Road"); "on" anything else is what an act
    is aimed at or about ("an attack on Kyiv", "talks on trade"); "into" or "over" water or land
    ("crashed into the Mendel River")."""
    if prep.lower_ in PLACE_PREPS:
        return True
    if prep.lower_ in ("into", "over"):
        # "crashed into the Mendel River", "plunged into Lake Ostra", "came down over the Sea of Kerrow";
        # "shot down 25 drones over the Belgorod region": a region the act was done above
        return obj.lower_ in lexicon.WATER_AND_LAND_WORDS or any(
            c.dep_ == "compound" and c.lower_ in lexicon.WATER_AND_LAND_WORDS for c in obj.children) or (
            prep.lower_ == "over" and obj.lemma_.lower() in _REGION_NOUNS
            and not {prep.head.lemma_.lower(), prep.head.head.lemma_.lower()} & _TOPIC_WORDS)
    return prep.lower_ == "on" and obj.lemma_.lower() in _ON_PLACE_NOUNS


def background(tok: Token, relative: bool = True) -> bool:
    """Whether `tok` stands in a participle or infinitive that describes a noun ("prisoners arrested
    during the campaign", "a plan to raise taxes") or, with `relative`, in a relative clause ("Babic,
    who was arrested in May"): told as known or as a mere idea, not as news."""
    node = tok
    while node.head.i != node.i:
        if node.dep_ == "acl" or (relative and node.dep_ == "relcl"):
            # "Iowa, where he won 39 delegates", "the same day that he quit": a clause on a place or
            # a time tells what happened there and then
            return not (any(c.lower_ in ("where", "when") for c in node.children if c.i < node.i)
                        or node.head.ent_type_ in ("DATE", "TIME") or node.head.lemma_.lower() in TIME_NOUNS)
        node = node.head
    return False


def unreal(tok: Token) -> bool:
    """Whether the clause of `tok` tells what would or might happen, or what happens only on a
    condition ("he would leave if the Senate voted against him", or a relative clause on "any":
    "would retaliate against any country that attacked Niger"): no episode a day can be given to."""
    node = tok
    while True:
        if node.dep_ == "relcl" and (node.head.lower_ in _ANYONE or any(
                c.dep_ == "det" and c.lower_ == "any" for c in node.head.children)):
            return True  # "any power that attacked its territory": whoever might, a condition
        # "reported that Warren would be suspending her campaign": an arrangement under way, not a maybe
        under_way = node.tag_ == "VBG" and any(c.dep_ == "aux" and c.lower_ == "be" for c in node.children)
        if node.pos_ in ("VERB", "AUX") and any(
                (c.dep_ == "aux" and c.lower_ in _UNREAL_AUX and not under_way)
                or (c.dep_ == "mark" and c.lower_ in _CONDITIONS) for c in node.children):
            return True
        if node.head.i == node.i or node.dep_ in ("relcl", "ccomp", "conj", "parataxis"):
            return False  # a clause of its own: "said that ..." tells whether that one is real
        node = node.head


_ANYONE = frozenset({"anyone", "anybody", "whoever"})


def still_to_come(tok: Token) -> bool:
    """Whether the clause of `tok` tells what will be done ("he will veto the bill, his aide said on
    Monday"): a day the sentence names without tying it to the act is the telling's, which came before.
    A plan announced ("GM announced today that it will offer buyouts") is the announcer's act, decided
    then, and is no act still to come."""
    node = tok
    while node.pos_ not in ("VERB", "AUX") and node.head.i != node.i and node.dep_ not in ("relcl", "ccomp", "conj"):
        node = node.head
    return node.pos_ in ("VERB", "AUX") and any(c.dep_ == "aux" and c.lower_ in _WILL for c in node.children) \
        and not (node.dep_ == "ccomp" and node.head.lemma_.lower() in lexicon.DECREEING_VERBS)


_WILL = frozenset({"will", "shall", "'ll"})


def anterior(tok: Token) -> bool:
    """Whether the clause of `tok` is in the past perfect ("said on Sunday the party had finalized the
    count"): it happened before the time its sentence tells, not then; one that lasted up to that
    time ("had clashed since Friday") was still going on then."""
    node = tok
    while node.pos_ not in ("VERB", "AUX") and node.head.i != node.i and node.dep_ not in ("relcl", "ccomp", "conj"):
        node = node.head
    return node.pos_ in ("VERB", "AUX") and node.tag_ == "VBN" and any(
        c.dep_ == "aux" and c.lower_ in ("had", "'d") for c in node.children) and not any(
        c.dep_ == "prep" and c.lower_ in ("since", "for", "throughout") for c in node.children)


_UNREAL_AUX = frozenset({"would", "could", "might", "may", "should", "'d"})
_CONDITIONS = frozenset({"if", "unless"})


# Nouns that name a stretch of time: a clause on one tells what happened then.
TIME_NOUNS = frozenset({"day", "night", "morning", "afternoon", "evening", "week", "month", "year", "time", "moment"})


def related_to_another(tok: Token) -> bool:
    """Whether the trigger is the subject of "followed", "preceded" ...: its sentence dates the other."""
    return tok.dep_ in ("nsubj", "nsubjpass") and tok.head.lemma_.lower() in _RELATING_VERBS


# Nouns of a running count of the people an event killed or hurt: "the death toll", "the tally".
_TOLL_NOUNS = frozenset({"toll", "tally"})


def counted_by_a_toll(tok: Token) -> bool:
    """Whether `tok` names the event a toll counts the dead of ("the death toll from a ferry that
    capsized rose to 31 on Monday", "the toll from the earthquake"): the sentence's day is when the
    count rose, not when the event happened."""
    node = tok
    for _ in range(4):
        if node.head.i == node.i:
            return False
        if node.dep_ == "prep" and node.lower_ in ("from", "of", "in") and node.head.lemma_.lower() in _TOLL_NOUNS:
            return True
        node = node.head
    return False


def governing_verbs(tok: Token, limit: int = 3) -> list[Token]:
    """The verbs whose clause `tok` belongs to, nearest first, without leaving the clause
    ("launched an attack", "was killed in the crash"): a reporting verb's clause is not the event's."""
    if any(c.dep_ == "det" and c.lower_ in DEMONSTRATIVES for c in tok.children):
        return []  # "this swap", "that strike": an event named before, dated and placed there
    out: list[Token] = []
    node = course_noun(tok) or tok  # "sought bankruptcy protection in May": the phrase is in the clause
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
    whether or not the model took it into the name, and for a storm's name alone the word the article
    called it by ("Morana" after "Typhoon Morana" -> "typhoon"); "" when the phrase names no such thing."""
    key = index.at(tok)
    if key is not None and index.entities[key].name.split()[0].lower() != tok.lower_:
        return index.entities[key].name.split()[0].lower()
    lefts = [c for c in tok.children if c.dep_ == "compound" and c.i < tok.i]
    if lefts:
        return lefts[0].lower_
    before = tok.doc[tok.i - 1] if tok.i > 0 else None
    if before is not None and before.is_title and key is not None:
        return before.lower_
    # a storm's name, which is no entity: "Morana made landfall" after "Typhoon Morana"
    return storm_names(tok.doc).get(tok.lower_, "") if tok.is_title else ""


def lead_paragraph(text: str) -> tuple[int, int]:
    """Where the article's first paragraph of prose starts and ends: a headline line before it (a
    short line that ends in no full stop) counts with it; the captions of pictures that open a web
    page ("Crowds in the square on Friday. Image: Jan Roe.") come before it and are no part of it."""
    first = start = len(text) - len(text.lstrip())
    while True:
        end = text.find("\n", start)
        if end < 0:
            return first, len(text)
        line = text[start:end].strip()
        if line and caption(line):
            first = end + 1
        elif line and (len(line) > 200 or line[-1] in ".!?\"'”’"):
            return first, end
        start = end + 1


# A credit that closes a picture's caption: "... in Milan. Image: Jan Roe."
_CREDIT = re.compile(r"(?:^|[.!?]\s)\s*(?:" + "|".join(sorted(lexicon.CREDIT_LABELS)) + r"):\s[^.!?]{1,80}\.?\s*$")


def caption(line: str) -> bool:
    """Whether a line of text is a picture's caption: it ends with the credit of the picture."""
    return _CREDIT.search(line) is not None


def first_prose_sentence(doc: Doc, after: int) -> Token | None:
    """The first word, past character offset `after`, of a sentence with a verb in it: a dateline
    ("LIMA, Oct 21 (AP) -") or a byline the parser makes a sentence of its own is no lead."""
    p = parsed(doc)
    key = ("first_prose_sentence", after)
    if key not in p.memo:
        p.memo[key] = next((p.tokens[start] if p.tokens[start].idx > after else tok
                            for tok in p.tokens if tok.idx > after and not tok.is_space
                            for start, end in (p.sent_bounds[tok.i],)
                            if any(pos in ("VERB", "AUX") for pos in p.pos[start:end])), None)
    return p.memo[key]


def cross_border(etype: EventType) -> bool:
    """Whether events of `etype` are done abroad as often as at home (acts of war, diplomacy,
    travel), so that where their doer is, or where they are told, says nothing of where they happened."""
    return bool(CROSS_BORDER_BRANCHES & {etype.name, *etype.ancestors})


def where_said(place: Token, trigger: Token | None) -> bool:
    """Whether `place` locates the telling, not the event told: a place in the clause of a verb of
    saying other than the trigger's own ("Speaking on television in Oslo, the spokesman said the
    group had carried out the attack"). Callers ask it of acts of war and diplomacy only, done abroad
    as often as at home: "police said in Lyon that the protest turned violent" places a local protest."""
    verb = place.head
    while verb.pos_ not in ("VERB", "AUX") and verb.head.i != verb.i:
        verb = verb.head
    if trigger is not None and verb.i == trigger.i:
        return False
    # "speaking on television in Oslo", "interviewed in Oslo, he said": the telling's own clause; a
    # place framing the whole sentence ("In Lyon, police said rebels had attacked") is no such place
    return verb.lemma_.lower() in _TELLING_VERBS or (
        verb.dep_ == "advcl" and verb.tag_ in ("VBG", "VBN") and verb.head.lemma_.lower() in lexicon.CUE_VERBS)


def noun_read_as_participle(tok: Token) -> bool:
    """Whether the parser took an event noun followed by a participle for a modifier of that
    participle: "issued a ruling finding that ..." parsed as "a (ruling finding)"; the article before
    the trigger is the participle's, which no noun of its own would take."""
    head = tok.head
    return tok.dep_ == "amod" and tok.tag_ == "VBG" and head.i == tok.i + 1 and head.tag_ == "NN" \
        and head.lower_.endswith("ing") and any(c.dep_ == "det" and c.i == tok.i - 1 for c in head.children)


def names_a_model(tok: Token, index: EntityIndex) -> bool:
    """Whether a noun names goods by their maker's model rather than by their kind: a word with
    figures and letters ("777s", "A330s", "V9") or a capitalised name of things, not the first word
    of its sentence ("Dreamliners", "Skyliners"). A company, person or place the article names is
    none, nor is an acronym, which names a kind ("APCs", "SUVs")."""
    if tok.pos_ not in ("NOUN", "PROPN"):
        return False
    key = index.by_token.get(tok.i)
    if key is not None and index.entities[key].kind != "Product":
        return False
    text = tok.text
    letters = [ch for ch in text if ch.isalpha()]
    if letters and any(ch.isdigit() for ch in text):
        return True
    return tok.i != tok.sent.start and text[:1].isupper() and not text.rstrip("s").isupper()


def counted_models(thing: Token, index: EntityIndex) -> list[Token]:
    """The goods named by a model that `thing` counts, with its conjuncts: "24 Aerion 550s", "18 777s
    and 14 V7s" (a number before the model's name says they are things, many of them)."""
    return [t for t in (thing, *thing.conjuncts) if names_a_model(t, index)
            and any(c.dep_ == "nummod" and c.like_num for c in t.children)]


def opening_participles(verb: Token) -> set[int]:
    """The words of the past-participle clauses that open a sentence before its verb and hang from it
    ("Born in Lagos in 1950, Roe joined the army in 1971"; "Arrested in Porto in May, he was
    extradited"): they tell an earlier state or act of the subject, with its own place and time, not
    the verb's. A clause with a subject or an opening word of its own ("after", "when") is none."""
    if verb.pos_ not in ("VERB", "AUX"):
        return set()
    return {x.i for c in verb.children if c.dep_ == "advcl" and c.tag_ == "VBN" and c.i < verb.i
            and not any(g.dep_ in _OWN_CLAUSE_MARKS for g in c.children) for x in c.subtree}


# What gives a clause a subject, a tense or an opening word of its own.
_OWN_CLAUSE_MARKS = frozenset({"nsubj", "nsubjpass", "mark", "aux", "auxpass", "advmod"})
