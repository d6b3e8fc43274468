"""Who does an event, who takes part and whom it is done to, from the structure of its sentence.

Subject -> agent (participants for symmetric types such as talks), object or "on/at/against" ->
target. The rules that read the structure collect doers and undergoers; `assign_roles` makes them
agents, participants and targets by the type of the event.
"""

from __future__ import annotations

from collections.abc import Iterable

from spacy.tokens import Token

from kg.extraction import lexicon
from kg.extraction.entities import EntityIndex
from kg.extraction.gazetteer import gazetteer
from kg.extraction.parsed import headline_end, parsed, sent_start, sentence
from kg.extraction.references import person_antecedent
from kg.extraction.events.mention import ANY_EVENT, Mention, Reading
from kg.records import Entity, Event
from kg.extraction.events.phrases import (PLACE_KINDS, PLACE_PREPS, actors, antecedent, companions, course_noun,
                                          dedupe, disaster_word, doers_of, infinitive, locative, mention_reference,
                                          noun_read_as_participle,
                                          passive_gerund_undergoers, previous_sentence, referent_actors,
                                          name_read_into_time, same_paragraph, says_when,
                                          subject_read_as_apposition, subjects_of)
from kg.taxonomy import EventType, taxonomy, verb_triggers

# Verbs whose subject is the one it happens to, not a doer: "died", "drowned", "suffered an injury", "vanished".
_UNDERGONE = frozenset({"die", "drown", "perish", "succumb", "suffer", "sustain", "vanish", "disappear", "collapse",
                        "fail"})
# Types a state's or group's adjective names the doer of ("a Russian attack", "US sanctions");
# for the others it names the place ("the Belarusian election", "a Californian wildfire").
_ACTING_BRANCHES = frozenset({"ConflictEvent", "DiplomaticEvent", "EconomicEvent", "Lawsuit"})
# Types whose possessor or of-phrase is whom it was done to ("his arrest", "the conviction of X").
_DONE_TO_BRANCHES = frozenset({"LegalEvent", "Casualty", "Life", "PrisonerRelease", "Appointment"})
# Event nouns whose name-modifier may be the doer or the one it is done to.
_MODIFIER_SAYS_NOT_WHO = frozenset({"Sanction"})
# Types whose doer is the one the event is about: the "of" phrase of "the resignation of the
# minister" or "the withdrawal of the senator" names who leaves, not whom it is done to.
_OF_PHRASE_DOES = frozenset({"Resignation", "CampaignEnd"})
# Types whose act on a thing befalls the thing's owner: "suspended Orlan Air's permit" sanctions Orlan Air.
_OWNER_UNDERGOES = frozenset({"Sanction"})
_OWNING_VERBS = frozenset({"claim", "take", "accept", "assume", "admit", "acknowledge"})
_TARGET_PREPS = ("on", "against", "upon", "towards", "toward")


def _acts(etype: EventType) -> bool:
    return bool(_ACTING_BRANCHES & {etype.name, *etype.ancestors})


def _done_to(etype: EventType) -> bool:
    return bool(_DONE_TO_BRANCHES & {etype.name, *etype.ancestors}) and etype.name != "Lawsuit"


def _subjects(verb: Token) -> list[Token]:
    """The subject of `verb`'s clause. A clause has one: of two the parser gives, the one nearest the
    verb is it and the other a misplaced phrase ("According to reports from X on Friday, and Y on
    Thursday, 18,000 visitors attended the rally": Y reported, it did not attend); a place that
    says where the other is is none ("The mayor of Lyon, France resigned": `subjects_of`)."""
    subjects = subjects_of(verb)
    return [min(subjects, key=lambda c: abs(c.i - verb.i))] if len(subjects) > 1 else subjects


def _finds_the_dead(verb: Token, m: Mention) -> bool:
    """Whether a verb tells the dead found ("recovered 14 bodies", "the body was found by police"): a
    theme word of a type whose doer kills, whose finder is no killer."""
    return verb.lemma_.lower() in m.type.themed and m.type.role("agent") == "killer"


# Adjectives of a verdict: "found him guilty", "found the firm liable", "found her not guilty".
_VERDICT_ADJECTIVES = frozenset({"guilty", "liable", "innocent", "responsible"})


def verb_subject_and_object(r: Reading, m: Mention) -> None:
    """A verb trigger's subject does it ("Rebels shelled the town"), but the subject of "died" is
    whom it befell; a passive's by-phrase does it; its object or passive subject is whom it is done
    to ("convicted Baker", "Baker was convicted"), as is the noun a past participle describes
    ("prisoners arrested"), the owner of a legal thing done ("commuted Holt's sentence", "her sentence"
    of a woman named just before, "the sentence of Dana Holt"), whose a thing attacked or sanctioned
    is ("attacked Acme Bank's website", "suspended the licence of Orlan Air"), the name the parser
    split from a bare noun object ("defeated debutants Panama"), and the
    subject of the clause a passive gerund hangs from ("was watched after being released"). A verb
    sharing its subject takes the one of the verb it hangs from ("managed to intercept"); a relative
    pronoun stands for its antecedent, without those named with it after its clause, and is
    recorded as a mention of it ("Ford, which cut 3,000 jobs"). Those "along with" the subject
    share its part ("was arrested along with his deputy")."""
    tok, index = m.token, r.index
    if tok.pos_ != "VERB":
        return
    subj = _subjects(tok)
    if not subj and tok.dep_ == "acl" and tok.tag_ == "VBG":
        subj = [tok.head]  # "protesters demanding new elections"
    if not subj:
        # "managed to intercept", "selected X to build", "cut costs by closing plants"
        subj = [s for s in doers_of(tok) if not any(a.dep_ == "agent" and s.head.i == a.i for a in tok.children)]
        if tok.dep_ == "conj" and any(c.dep_ == "auxpass" for c in tok.children):
            # "Fujimori, who governed Peru and was later jailed": a passive joined to an active verb
            # shares its subject as the one it is done to
            m.undergoers += [k for s in subj for k in referent_actors(s, r.index)]
            subj = []
    # "voters elected Roe", "Roe was elected": the one elected won; but a body that elects one of
    # its own ("Parliament elected Roe speaker") appoints her, doing it to her
    won = m.type.role("agent") == "winner" and tok.lemma_.lower() in _ELECTING_VERBS \
        and not _elected_by_a_body(tok, subj, index)
    if tok.dep_ == "acl" and tok.tag_ == "VBN" and won:
        m.doers += actors(tok.head, index)  # "the candidates elected in this district": they won
    elif tok.dep_ == "acl" and tok.tag_ == "VBN":
        m.undergoers += actors(tok.head, index, places=True)  # "prisoners arrested during the campaign"
    # "was watched after being released": the one the clause is about was released
    m.undergoers += [k for s in passive_gerund_undergoers(tok) for k in actors(antecedent(s), index)]
    subj_actors = {s.i: _located_body(s, index) or referent_actors(s, index) or _weapon_owners(s, m.type, index)
                   for s in subj}
    # "Ex-president Voss arrested over bribes": Voss was arrested (of a type done to its object only:
    # "Voss resigned as president" is his own act)
    told_passive = m.type.object_is_target and bare_headline_participle(tok)
    for s in subj:
        if told_passive:
            m.undergoers += referent_actors(s, index)
        elif tok.lemma_.lower() in _UNDERGONE or ("Health" in m.type.ancestors and not any(
                c.dep_ == "dobj" and c.pos_ != "ADJ" for c in tok.children)):
            m.undergoers += referent_actors(s, index)  # "Chirac died", "the senator tested positive": whom it befell
        elif m.type.role("agent") == "winner" and tok.lemma_.lower() == "vote" and (
                bodies := [k for k in subj_actors[s.i] if _legislature(index.entities[k])]):
            # "the Senate voted the bill down": a legislature's vote is its act on a measure, no election
            m.type = taxonomy()["Legislation"]
            m.doers += bodies
        elif m.type.role("agent") == "winner" and (tok.lemma_.lower() in _STAGING_VERBS | {"vote"} or won):
            continue  # "voters went to the polls", "Canada held an election", "voters elected Roe": none won it
        elif "Disaster" in m.type.ancestors and _names_the_disaster(antecedent(s), m.type, index):
            continue  # "Hurricane Lorenzo hit the Azores": the storm is the event, not its cause
        elif _finds_the_dead(tok, m):
            continue  # "rescuers recovered 14 bodies": who finds the dead did not kill them
        else:
            m.doers += subj_actors[s.i]
    for c in tok.children:
        if c.dep_ in ("nsubj", "nsubjpass") and antecedent(c) is not c:
            mention_reference(c, actors(antecedent(c), index), index)
    if tok.dep_ == "conj" and tok.tag_ == "VBN" and not any(c.dep_ in ("nsubj", "nsubjpass") for c in tok.children):
        # "were arrested and charged": a passive conjunct undergoes what its head's subject does
        m.undergoers += [k for c in tok.head.children if c.dep_ == "nsubjpass" for k in referent_actors(c, index)]
    passive = told_passive or any(c.dep_ == "nsubjpass" for c in tok.children)
    if not passive and not any(c.dep_ in ("dobj", "dative") for c in tok.children) \
            and m.type.role("agent") != "winner":
        # "GM named Mary Barra as its chief": the parser may take the name for a predicate of the
        # object the verb lacks; a name is whom it was done to, a common noun the role ("elected chair")
        m.undergoers += [k for c in tok.children if c.dep_ == "oprd" for k in actors(c, index)
                         if not k.startswith("nominal/")]
    if not passive and not any(c.dep_ in ("dobj", "dative") for c in tok.children):
        # "a jury found Leon Marsh guilty": the parser makes the one found guilty, liable or innocent the
        # subject of the adjective; that one is whom the finding is against
        m.undergoers += [k for c in tok.children if c.dep_ in ("ccomp", "oprd") and c.pos_ == "ADJ"
                         and c.lower_ in _VERDICT_ADJECTIVES
                         for s in c.children if s.dep_ == "nsubj" for k in referent_actors(s, index)]
    for c in [*tok.children, *_by_phrase_of_the_joined_passive(tok)]:
        if c.dep_ == "agent" and _finds_the_dead(tok, m):
            continue  # "the bodies were recovered by police": who finds the dead did not kill them
        if c.dep_ == "agent":
            for p in c.children:
                m.doers += actors(p, index)
        elif c.dep_ == "dobj" and passive:
            continue  # "Hale was given aspirin": the one given it is the subject; the object is what
        elif c.dep_ in ("dobj", "nsubjpass") and won:
            m.doers += referent_actors(c, index)  # "Roe was elected", "voters elected Roe": Roe won
        elif c.dep_ in ("dobj", "dative", "nsubjpass"):
            # "convicted Avenatti", "Avenatti was convicted": the object, active or passive
            found = referent_actors(c, index, places=True) or _name_split_from(c, index)
            if not found and c.dep_ == "dobj" and _sum_of_money(c):
                # "fined US tech company Meridian 500 million euros": the parser hangs whom it fines
                # (or pays, or awards) on the sum, the verb's second object
                found = [k for x in c.children if x.dep_ in ("nmod", "compound") and x.i < c.i and not x.like_num
                         for k in actors(x, index)]
            if not found and (_attack(m.type) or m.type.name in _OWNER_UNDERGOES):
                # "hackers attacked Acme Bank's website", "suspended the licence of Orlan Air": whose it is
                found = _whose(c, index)
            if not found and _done_to(m.type):
                # "commuted the sentence of Dana Holt": the person it is of
                found = [k for p in c.children if p.dep_ == "prep" and p.lower_ == "of" for o in p.children
                         if o.dep_ == "pobj" for k in actors(o, index) if index.entities[k].kind == "Person"]
            if not found and (_done_to(m.type) or m.type.name in _OWNER_UNDERGOES):
                # "commuted Holt's sentence": whose it is; "her sentence" only when she is named just before
                # (a name the model mistook for a place skips her, and the chain would lean on another)
                found = [k for p in c.children if p.dep_ == "poss" and p.pos_ == "PROPN" for k in actors(p, index)]
                found = found or [k for p in c.children if p.dep_ == "poss" for k in _person_told_just_before(p, index)]
            if m.type.name in _EMPTIED_PLACE_TYPES and _all_places(found, index):
                # "ordered to evacuate coastal areas of Nampula province", "the town was evacuated":
                # the place emptied is where, the people moved out of it are the evacuees
                m.place = m.place or found[0]
                continue
            m.undergoers += found
    along = [k for c in companions(tok) for k in actors(c, index)]  # "was arrested along with his deputy"
    if passive or (subj and (tok.lemma_.lower() in _UNDERGONE or "Health" in m.type.ancestors)):
        m.undergoers += along
    elif subj:
        m.doers += along


def _sum_of_money(noun: Token) -> bool:
    """Whether `noun` heads a sum of money: "500 million euros", "$30 million"."""
    return noun.ent_type_ == "MONEY" or noun.lower_ in lexicon.CURRENCIES or noun.lemma_.lower() in lexicon.CURRENCIES


# Acts whose object may be the place they empty rather than whom they move.
_EMPTIED_PLACE_TYPES = frozenset({"Evacuation"})


def _by_phrase_of_the_joined_passive(verb: Token) -> list[Token]:
    """The by-phrase a passive with none of its own shares with the passive joined right after it,
    which has no subject of its own: "25 people were rescued and brought ashore by the coast guard"
    (not one told apart by its own words: "were arrested on Monday and charged by prosecutors")."""
    if verb.tag_ != "VBN" or not any(c.dep_ == "auxpass" for c in verb.children) \
            or any(c.dep_ == "agent" for c in verb.children):
        return []
    return [a for c in verb.children if c.dep_ == "conj" and c.tag_ == "VBN" and c.i == verb.i + 2
            and not any(x.dep_ in ("nsubj", "nsubjpass") for x in c.children)
            for a in c.children if a.dep_ == "agent"]


def bare_headline_participle(verb: Token) -> bool:
    """Whether a verb is a headline's participle told without its auxiliary: a passive ("Ex-president
    Voss arrested over bribes", "Hostages freed in Kalvo", "Kestel sworn in as president"), which the
    parser reads as an active verb in the past. A headline tells what is done in the present tense
    ("Voss resigns"), so a past form with a subject and no object or auxiliary is mostly a
    participle; the caller keeps to verbs that act on an object."""
    if verb.pos_ != "VERB" or verb.tag_ not in ("VBN", "VBD") or verb.dep_ != "ROOT":
        return False
    end = headline_end(parsed(verb.doc).text)
    if end is None or verb.idx >= end:
        return False
    deps = {c.dep_ for c in verb.children}
    return "nsubj" in deps and not deps & {"aux", "auxpass", "dobj", "nsubjpass", "dative", "ccomp", "xcomp"}


def _name_split_from(obj: Token, index: EntityIndex) -> list[str]:
    """The name a bare plural noun object describes when the parser hung the name from the verb
    instead ("Belgium defeated debutants Panama 3-0", "beat hosts Qatar": "Panama" read as an
    adverbial noun of "defeated"): the name right after the noun, on the same verb."""
    doc, after = obj.doc, obj.right_edge.i + 1
    if obj.pos_ != "NOUN" or obj.tag_ != "NNS" or any(c.dep_ in ("det", "poss") for c in obj.children) \
            or after >= len(doc):
        return []
    name = doc[after]
    while name.dep_ == "compound" and name.head.i > name.i:
        name = name.head  # "debutants Costa Rica": the name's head word
    if name.pos_ != "PROPN" or name.dep_ not in ("npadvmod", "appos") or name.head.i != obj.head.i:
        return []
    return actors(name, index)


def _person_told_just_before(pron: Token, index: EntityIndex) -> list[str]:
    """The person "his" or "her" stands for ("Her sentence was commuted"), when that person is named in
    the pronoun's sentence or the one before it: further back, the chain of pronouns is too long to
    trust for whom an act was done to. The pronoun is recorded as a mention of the person."""
    if pron.lower_ not in ("his", "her"):
        return []
    person = person_antecedent(pron, index)
    before = previous_sentence(pron.doc, pron)
    start = before.start if before is not None else sent_start(pron)
    if person is None or not any(k == person and start <= i < pron.i for i, k in index.order):
        return []
    mention_reference(pron, [person], index)
    return [person]


def _located_body(subject: Token, index: EntityIndex) -> list[str]:
    """The organisation a place the parser took for a verb's subject locates: "the Parliament of
    Zembla (PZ), Ostland voted" (the parser hangs the body elsewhere and reads "Ostland" as the
    subject), as "the University of Lyon, France, said". A place right after a comma that follows an
    organisation's name (and its abbreviation in brackets) is where the body is; the body acts."""
    key = index.by_token.get(subject.i)
    if key is None or index.entities[key].kind not in PLACE_KINDS:
        return []
    doc, i = subject.doc, subject.left_edge.i - 1
    if i < 1 or doc[i].text != "," or any(c.dep_ in ("conj", "cc") for c in subject.children):
        return []
    i -= 1
    if doc[i].text == ")":  # "(PZ)": the body's abbreviation
        i = next((j for j in range(i - 1, max(i - 6, 0), -1) if doc[j].text == "("), 0) - 1
    body = index.by_token.get(i) if i >= 0 else None
    if body is None or body == key or index.entities[body].kind != "Organization":
        return []
    # the body is no subject or object of its own: the parser left it out of the clause
    head = doc[i]
    while head.head.i != head.i and index.by_token.get(head.head.i) == body:
        head = head.head
    if head.dep_ in ("nsubj", "nsubjpass", "dobj", "pobj") and head.head.pos_ in ("VERB", "AUX"):
        return []
    return [body]


_OWNER_DEPS = frozenset({"poss", "amod", "compound", "nmod"})


def _weapon_owners(weapon: Token, etype: EventType, index: EntityIndex) -> list[str]:
    """Whose weapons strike in an attack told by its weapon: "Russian missiles struck Kharkiv",
    "Hamas rockets hit Sderot", "the army's drones hit a depot" are attacks by the state or group
    that modifies or owns the weapon (an Attack theme). Only actors, not places: "Kharkiv missiles"
    would be none."""
    if not _attack(etype) or weapon.lemma_.lower() not in taxonomy()["Attack"].themes:
        return []
    return [k for c in weapon.children if c.dep_ in _OWNER_DEPS for k in actors(c, index)
            if index.entities[k].kind in _OWNER_KINDS]


def _anti(word: Token) -> bool:
    """Whether a modifier is, or is part of, an "anti-" word ("anti-Putin", "anti - government")."""
    return word.lower_.startswith("anti") or _after_prefix(word, "anti")


def _pro(word: Token) -> bool:
    """Whether a modifier is, or is part of, a "pro-" word ("pro-Orlov", "pro - government")."""
    return word.lower_ == "pro" or word.lower_.startswith("pro-") or _after_prefix(word, "pro")


def _after_prefix(word: Token, prefix: str) -> bool:
    doc = word.doc
    return any(doc[i].lower_ == prefix and doc[i + 1].text == "-" for i in range(max(0, word.i - 2), word.i))


def _opposed(noun: Token, index: EntityIndex) -> list[str]:
    """Whom an "anti-" word before an event noun says it is against: the named actor ("anti-Orlov
    protests") or, for "anti-government", the one government the article names ("the Government
    of Iraq", "the Iraqi government"); empty for a cause ("anti-war rallies") or where it names
    several governments or none."""
    doc = noun.doc
    for left in noun.lefts:
        i = left.i
        if left.lower_ != "anti" or i + 2 >= noun.i or doc[i + 1].text != "-":
            continue
        target = doc[i + 2]
        key = index.by_token.get(target.i)
        if key is not None and index.entities[key].name.lower().startswith("anti"):
            # the model takes "anti-Putin" for a people: whom it is against is the one named so elsewhere
            named = [k for k, e in index.entities.items() if k != key and e.kind in ("Person", "Organization",
                     "GeopoliticalEntity") and target.text in (e.name.split()[0], e.name.split()[-1])]
            return named if len(named) == 1 else []
        if key is not None:
            return [k for k in actors(target, index) if not k.startswith("nominal/")]
        if target.lower_ == "government":
            governments = [k for k, e in index.entities.items() if e.kind == "Organization"
                           and len(words := e.name.lower().split()) > 1 and "government" in (words[0], words[-1])]
            return governments if len(governments) == 1 else []
    return []


def _courts(etype: EventType, keys: list[str], index: EntityIndex) -> list[str]:
    """The courts among `keys` when `etype` is an act a court does (a ruling, a sentence, a trial):
    organisations named by a court's head word ("the Supreme Court of Zembla", "the Lyon tribunal"),
    which pass such acts and do not undergo them. Empty when any of `keys` is no court."""
    if "court" not in (etype.role("agent") or "").split():
        return []
    found = [k for k in keys if index.entities[k].kind == "Organization" and lexicon.OFFICE_BRANCHES.get(
        (index.entities[k].name.split(" of ")[0].lower().split() or [""])[-1]) == "LegalEvent"]
    return found if found and len(found) == len(keys) else []


# Participles whose "by" phrase names who did the event noun they describe.
_DOING_PARTICIPLES = frozenset({"carry", "conduct", "launch", "initiate", "stage", "organise", "organize", "mount",
                                "perpetrate", "commit", "order", "lead", "claim", "hold", "host", "give", "make",
                                "negotiate", "undertake", "perform", "file", "bring", "lodge", "issue", "impose"})


# Verbs of making an accord: who signs or strikes a deal is a party to it ("the deal was signed by X and Y").
_MAKING_ACCORDS = frozenset({"sign", "conclude", "strike", "reach", "seal"})


def event_noun_modifiers(r: Reading, m: Mention) -> None:
    """An event noun's possessor is whom it was done to for legal and life events ("Dupont's arrest")
    and its doer otherwise ("Russia's attack"); a state's adjective names the doer of an act ("a
    Russian attack") but the place of anything else ("the Peruvian election"), and of sanctions
    neither; "by"/"from" X names the doer, "between" X and Y the participants, "of" X whom it was
    done to ("the arrest of the mayor") but who left of a leaving ("the resignation of the minister")
    and who asks of a request for an act ("the request of the prime minister to suspend parliament");
    "his" or "her" is the person named just before ("His arrest followed").
    A modifier of a contest, or a possessor other than a person,
    names which contest it is ("the Democratic primary", "the party's primaries"), not who won it."""
    tok, index = m.token, r.index
    if tok.pos_ == "VERB":
        return
    if tok.lower_ == "sales" and m.type.name == "EconomicEvent":
        # "Honda sales dropped": what befalls a company's sales befalls the company, as its shares
        m.undergoers += [k for c in tok.children if c.dep_ in ("compound", "poss") for k in actors(c, index)]
        return
    m.undergoers += _opposed(tok, index)
    undergoer = _done_to(m.type)
    # "the Halvard Bank takeover by Kestrel", "Halvard's takeover by Kestrel": the by-phrase names the
    # doer, so the name before the noun is whom it was done to (or, for a type with no such side, no one)
    by_doer = _doer_in_by_phrase(tok, m.type, index)
    for c in tok.children:
        if by_doer and c.dep_ in ("poss", "amod", "compound", "nmod") and not (undergoer and c.dep_ == "poss") \
                and (named := actors(c, index)):
            if m.type.object_is_target and not m.type.symmetric:
                m.undergoers += named
            continue
        if c.dep_ == "poss" and undergoer and (courts := _courts(m.type, actors(c, index), index)):
            m.doers += courts  # "the tribunal's verdict": a court passes it; no one passes one on a court
        elif c.dep_ == "poss" and undergoer:
            # "Chirac's death", "his arrest": "his" is the person named just before, if any
            m.undergoers += actors(c, index) or _person_told_just_before(c, index)
        elif c.dep_ in ("amod", "compound", "nmod") and c.i in index.by_token and (
                index.entities[index.by_token[c.i]].kind in PLACE_KINDS) and (
                not _acts(m.type) or c.dep_ == "compound" and _no_state(index.entities[index.by_token[c.i]])):
            # "the Belarusian presidential election"; "a West Bank raid", "the Kharkiv attack": a town's or a
            # region's name before an act says where it was done (a state's may say who did it)
            m.place = m.place or index.by_token[c.i]
        elif c.dep_ in ("amod", "compound", "nmod") and m.type.name in _MODIFIER_SAYS_NOT_WHO:
            continue  # "Iran sanctions" are on Iran, "US sanctions" by the US: the modifier does not tell
        elif m.type.role("agent") == "winner" and (c.dep_ in ("amod", "compound", "nmod") or (
                c.dep_ == "poss" and any(index.entities[k].kind != "Person" for k in actors(c, index)))):
            continue  # "the Democratic primary", "the party's primaries": which contest, not who won it
        elif c.dep_ in ("amod", "compound", "nmod") and (_anti(c) or _pro(c)):
            # "anti-Putin protests": whom they are against (`_opposed`), not who protests; "a pro-Orlov
            # rally": whom it supports, no doer either
            continue
        elif c.dep_ == "poss" or (c.dep_ in ("amod", "compound", "nmod") and c.i in index.by_token):
            m.doers += actors(c, index)
        elif c.dep_ == "prep" and c.lower_ in ("by", "from"):
            for p in c.children:
                m.doers += actors(p, index)
        elif c.dep_ == "relcl" and c.lemma_.lower() in _DOING_PARTICIPLES and any(
                w.dep_ == "dobj" and w.tag_ in ("WDT", "WP") for w in c.children):
            # "the attack, which rebels carried out on Monday": the relative clause's subject does it
            m.doers += [k for w in c.children if w.dep_ == "nsubj" for k in actors(w, index)]
        elif c.lemma_.lower() in _DOING_PARTICIPLES and (c.dep_ == "acl" or c.dep_ == "relcl" and any(
                w.dep_ == "nsubjpass" and w.tag_ in ("WDT", "WP") for w in c.children)):
            # "an attack carried out by the rebels", "the exchange, initiated by Russia", "the lawsuit,
            # which was filed by Kestrel"; "a lawsuit filed by the Senate against the governor": the
            # participle's "against" is whom it is done to
            m.doers += [k for a in c.children if a.dep_ == "agent" for p in a.children for k in actors(p, index)]
            m.undergoers += [k for a in c.children if a.dep_ == "prep" and a.lower_ in _TARGET_PREPS
                             for p in a.children if p.dep_ == "pobj" for k in _against(p, m.type, index)]
        elif c.dep_ == "prep" and c.lower_ == "between":
            for p in c.children:
                m.participants += actors(p, index)
        elif c.dep_ == "prep" and c.lower_ == "of" and not m.type.symmetric:
            # "the arrest of the mayor", "the acquisition of Harbour Grocers": an event noun's
            # of-phrase names whom it was done to; "the resignation of the minister": who left
            for p in c.children:
                if p.dep_ == "pobj" and (m.type.name in _OF_PHRASE_DOES or _courts(m.type, actors(p, index), index)
                                         or m.type.name == "Appeal" and any(
                                             a.dep_ == "acl" and infinitive(a) for a in tok.children)):
                    # "the request of the prime minister to suspend parliament": who asks
                    m.doers += actors(p, index)  # "the resignation of the minister", "the sentence of the court"
                elif p.dep_ == "pobj":
                    m.undergoers += actors(p, index, places=True)


def _no_state(place: Entity) -> bool:
    """Whether a place is no sovereign state: a town, a site or a region ("Kharkiv", "the West Bank")."""
    if place.kind != "GeopoliticalEntity":
        return True
    found = gazetteer().by_id(place.geonames_id) if place.geonames_id is not None else None
    return found is None or found.kind != "country"


def _doer_in_by_phrase(noun: Token, etype: EventType, index: EntityIndex) -> bool:
    """Whether an event noun names its doer in a by-phrase of its own ("the takeover by Kestrel"), or
    in one the parser hung from the active verb whose object the noun is ("Halvard approved the
    takeover by Kestrel")."""
    holders = [noun]
    if noun.dep_ == "dobj" and not any(c.dep_ in ("nsubjpass", "auxpass") for c in noun.head.children):
        holders.append(noun.head)
    if any(by_phrase_doers(noun, etype, index)):
        return True
    return any(c.dep_ == "prep" and c.lower_ == "by" and any(p.dep_ == "pobj" and actors(p, index) for p in c.children)
               for h in holders for c in h.children)


def by_phrase_doers(noun: Token, etype: EventType, index: EntityIndex) -> list[str]:
    """Those the by-phrase of a passive names as doing the act its subject names, when its verb is one
    of doing the act ("the attack was carried out by rebels", "a lawsuit was filed by Kestrel", "the
    deal was signed by X and Y"); who approves, blocks or brokers an act does not do it ("the merger
    was approved by regulators"). One name only: of several ("was filed by Kestrel and
    Brightwater"), the phrase does not tell the doer from those it acted with or for."""
    if noun.dep_ != "nsubjpass" or noun.head.pos_ != "VERB":
        return []
    verb = noun.head.lemma_.lower()
    if verb not in _DOING_PARTICIPLES and verb not in _MAKING_ACCORDS and verb not in etype.themed:
        return []
    doers = dedupe([k for a in noun.head.children if a.dep_ == "agent" for p in a.children if p.dep_ == "pobj"
                    for k in actors(p, index)])
    return doers if len(doers) == 1 else []


# Verbs whose subject reacts to an event named as their object, without doing it or undergoing it:
# "Iraq condemned the airstrike", "police are investigating the attack".
_REACTING_VERBS = frozenset("""condemn denounce criticise criticize decry slam welcome praise applaud hail mourn
investigate probe witness describe deny blame protest oppose support back reject question
discuss debate review examine follow watch see hear fear expect predict recall remember mark commemorate cover report
accept avenge revenge regret lament deplore
""".split())
# Verbs whose subject undergoes the event named as their object: "the town suffered an attack",
# "Ash is serving a ten-year sentence" (the prisoner serves it; the court passed it).
_UNDERGOING_VERBS = frozenset("suffer survive undergo sustain face receive serve".split())
# Verbs that stage an event without taking part in its outcome: whoever holds an election does not win it.
_STAGING_VERBS = frozenset("hold host organise organize conduct call schedule postpone delay cancel".split())
# Verbs whose object (or passive subject) is the winner of a contest: "voters elected Roe", "Roe was elected".
_ELECTING_VERBS = frozenset({"elect", "re-elect", "reelect"})


def _elected_by_a_body(verb: Token, subjects: list[Token], index: EntityIndex) -> bool:
    """Whether the subject or by-phrase of a verb of electing is an organisation ("the council
    elected Roe chair", "Roe was elected speaker by Parliament"), not the voters."""
    electors = [k for s in subjects for k in actors(antecedent(s), index)]
    electors += [k for a in verb.children if a.dep_ == "agent" for p in a.children for k in actors(p, index)]
    # "was elected speaker by Parliament": the parser hangs the by-phrase from the office
    electors += [k for o in verb.children if o.dep_ == "oprd" for a in o.children if a.lower_ == "by"
                 for p in a.children for k in actors(p, index)]
    return any(index.entities[k].kind == "Organization" for k in electors)


def _legislature(ent: Entity) -> bool:
    """Whether an actor is a legislature or its members, by the head word of its name ("the Senate",
    "the House of Commons", "Parliament of Iraq", "lawmakers")."""
    words = ent.name.split(" of ")[0].lower().split()
    return ent.kind in ("Organization", "Group") and bool(words) and words[-1] in lexicon.LEGISLATURE_WORDS


# Verbs whose subject did not win the contest their object names: "Roe conceded the election",
# "Lee lost the runoff", "the opposition disputed the vote".
_NOT_WINNING_VERBS = frozenset("lose concede contest dispute challenge boycott reject".split())


def _names_the_disaster(tok: Token, etype: EventType, index: EntityIndex) -> bool:
    """Whether the phrase `tok` heads names the disaster itself ("Hurricane Lorenzo", "the storm")."""
    return disaster_word(tok, index) in etype.triggers or tok.lemma_.lower() in etype.triggers


def reacts_to(verb: Token) -> bool:
    """Whether a verb's subject reacts to (or speaks of) the event its object names, without doing
    it: "condemned the airstrike", "called the raid illegal", "blamed X for the attack"."""
    lemma = verb.lemma_.lower()
    return lemma in _REACTING_VERBS or lemma in lexicon.CUE_WITH_TARGET or (
        lemma in lexicon.NAMING_CUES and _names_what_it_is(verb))


def _names_what_it_is(verb: Token) -> bool:
    """Whether a verb of naming says what its object is ("called the raid illegal", "described the
    flood as the worst"), which makes it a judgement; "the union called a strike" calls one."""
    if any(c.dep_ in ("oprd", "xcomp", "ccomp", "acomp", "attr", "dative") or (c.dep_ == "prep" and c.lower_ == "as")
           for c in verb.children):
        return True
    # an adjective after the object, however the parser hung it ("called the raid on the port illegal")
    return any(t.pos_ == "ADJ" and t.i > c.i and not (t.dep_ == "amod" and t.head.i > t.i)
               for c in verb.children if c.dep_ == "dobj" for t in c.subtree)


def _acts_of_another_kind(verb: Token, etype: EventType) -> bool:
    """Whether a verb is an event of a kind unrelated to `etype` (a court ruling on a lawsuit), so
    its subject does that act, not the one its object names; agreeing and urging take their object
    as content instead, and are not counted here."""
    # of the verb's senses, the one its object makes it first: "appealed the ruling" is an appeal to a
    # court, not an urging; "upheld the lawsuit" a ruling
    noun = next((c.lemma_.lower() for c in verb.children if c.dep_ in ("dobj", "nsubjpass")), "")
    lemma = verb.lemma_.lower()
    # with its particle: "police broke up the rally" is police breaking it up, not the rally's doers
    words = {lemma} | {f"{lemma} {c.lower_}" for c in verb.children if c.dep_ == "prt"}
    own = next((t for t in taxonomy().values() if words & t.themed and noun in t.themes), None) \
        or verb_triggers().get(lemma)
    if own is None or own.name in ("Agreement", "Appeal"):
        return False
    return not (own.name == etype.name or own.name in etype.ancestors or etype.name in own.ancestors)


def _negotiated_trade(verb: Token, etype: EventType) -> bool:
    """Whether `verb` negotiates a deal, order or purchase that its object names: who negotiates a
    trade is a party to it ("Zephyr negotiated the purchase of 30 jets": Zephyr buys them)."""
    own = verb_triggers().get(verb.lemma_.lower())
    return own is not None and own.name == "Negotiation" and bool(_TRADES & {etype.name, *etype.ancestors})


# Types of trades between parties: whoever negotiates one takes part in it.
_TRADES = frozenset({"Deal", "Acquisition"})


# Nouns for a stage of an event, not a count of it: who "declared the end of the outbreak" did not
# cause the outbreak.
_PHASE_NOUNS = frozenset("end start beginning anniversary aftermath height peak onset wake".split())


def light_verb_subject(r: Reading, m: Mention) -> None:
    """An event noun that is the object of a verb ("Rebels launched an attack", "the attack was
    carried out") is done by the verb's subject; for legal and life events the verb's indirect object,
    to-phrase or passive subject is whom it was done to ("granted Smith a pardon", "granted clemency
    to Smith", "Smith was granted parole", "served six years before being granted parole"), as is the
    to-phrase of a payment or delivery ("made a donation to the university"); its "against" or "on" X
    is whom the act is done to ("filed a lawsuit against the state"), or whose X is (`_against`). The
    subject of a verb of reaction did not do it ("Iraq condemned the airstrike"), that of a verb of
    undergoing suffered it ("the town suffered an attack"), and a state that holds an election is
    where it is, not who won it, nor does one who loses, concedes or disputes it. An event noun
    counted by the object ("issued a series of seven pardons") stands where the object stands, and
    one the parser read as the modifier of a
    participle ("issued a ruling finding ...") where that participle stands. A vote a legislature's
    act is done "with" or "by" is that act ("the Senate voted the bill down with a vote of 52-35")."""
    tok, index = m.token, r.index
    if _tally_of_a_legislature(r, m):
        return
    if _state_gone_into(tok):
        # "Thousands of nurses went on strike", "dockers are on strike": who is in the state does it
        m.doers += [k for s in tok.head.head.children if s.dep_ == "nsubj" for k in actors(antecedent(s), index)]
        return
    if tok.pos_ != "VERB" and tok.dep_ == "pobj" and tok.head.lower_ == "of" and tok.head.head.pos_ in ("NOUN", "NUM") \
            and tok.head.head.dep_ in ("dobj", "nsubjpass") and tok.head.head.i not in r.index.by_token \
            and tok.head.head.lemma_.lower() not in _PHASE_NOUNS:
        tok = tok.head.head  # "issued a series of seven pardons", "launched dozens of strikes": the quantity's place
    elif noun_read_as_participle(tok):
        tok = tok.head  # "issued a ruling finding that ...": the object is the ruling
    elif (course := course_noun(tok)) is not None:
        tok = course  # "made a bankruptcy filing": the object is the filing
    if tok.pos_ == "VERB" or tok.dep_ not in ("dobj", "nsubjpass") or tok.head.pos_ != "VERB":
        return
    undergoer = _done_to(m.type)
    verb = tok.head.lemma_.lower()
    if verb in _STAGING_VERBS and m.type.role("agent") == "winner":
        # "Canada held a general election": the state that holds it does not win it; it is where it is
        states = [k for s in tok.head.children if s.dep_ == "nsubj" for k in actors(s, index)
                  if index.entities[k].kind == "GeopoliticalEntity"]
        m.place = m.place or (states[0] if states else None)
        return
    if verb in _NOT_WINNING_VERBS and m.type.role("agent") == "winner":
        return  # "Roe has not conceded the election": who concedes or loses a contest did not win it
    if reacts_to(tok.head):
        return  # "Iraq condemned the airstrike", "Biden called the raid illegal": not who did it
    if verb in _BREAKING_VERBS:
        return  # "Acme's store violates an agreement": who breaks an accord did not make it
    if _acts_of_another_kind(tok.head, m.type) and not _negotiated_trade(tok.head, m.type):
        return  # "the court upheld the lawsuit": the court rules; it did not sue
    if _fights_a_disaster(verb, m.type):
        return  # "Firefighters brought the blaze under control": who fights a fire did not start it
    # "the attack was carried out by rebels", "a lawsuit was filed by Kestrel": the by-phrase does it
    m.doers += by_phrase_doers(tok, m.type, index)
    for s in tok.head.children:
        if s.dep_ == "nsubjpass" and undergoer:  # "Pistorius was granted parole"
            m.undergoers += actors(antecedent(s), index)
        elif s.dep_ == "nsubj" and verb in _UNDERGOING_VERBS and m.type.role("agent") != "winner":
            m.undergoers += actors(antecedent(s), index)  # "the town suffered an attack"
        elif s.dep_ == "nsubj" and verb in _UNDERGOING_VERBS:
            continue  # "Roe received 40,000 votes": a candidate is not the office, and may have lost
        elif s.dep_ == "nsubj" and s in _subjects(tok.head):
            if not m.type.symmetric and _doer_in_by_phrase(tok, m.type, index):
                # "Halvard approved the takeover by Kestrel": the by-phrase names who does it, wherever
                # the parser hung it
                m.doers += [k for c in tok.head.children if c.dep_ == "prep" and c.lower_ == "by"
                            for p in c.children if p.dep_ == "pobj" for k in actors(p, index)]
                continue
            m.doers += actors(antecedent(s), index)
            if antecedent(s) is not s:
                mention_reference(s, actors(antecedent(s), index), index)  # "Ford, which exited bankruptcy"
        elif s.dep_ in ("prep", "dative") and s.lower_ == "to" and (undergoer or _received(m.type)):
            # "granted clemency to Smith", "made a donation to the university" (the parser may call
            # the "to" of a verb of giving its dative: "gave a bailout to Acme")
            m.undergoers += [k for p in s.children if p.dep_ == "pobj" for k in actors(p, index)]
        elif s.dep_ == "dative" and undergoer:  # "granted Smith a pardon"
            m.undergoers += actors(s, index)
        elif s.dep_ == "prep" and s.lower_ in _TARGET_PREPS and not m.type.symmetric \
                and name_read_into_time(s) is None and not any(says_when(p) for p in s.children):
            # "filed a lawsuit against the state", "imposed sanctions on Iran": the parser hangs
            # the noun's "against" from the verb
            m.undergoers += [k for p in s.children if p.dep_ == "pobj"
                             for k in _against(p, m.type, index, places=True)]
    if verb not in _UNDERGOING_VERBS:  # "On Monday, Ruiz, with two others, filed a lawsuit": the name read into the day
        m.doers += [k for s in subject_read_as_apposition(tok.head) for k in actors(s, index)]
    if verb not in _UNDERGOING_VERBS and tok.head.dep_ in ("conj", "xcomp") and not any(
            s.dep_ in ("nsubj", "nsubjpass") for s in tok.head.children):
        # "Sharif condemned the bombing and ordered an inquiry": a verb joined to another shares its
        # subject; "Vorland threatened to impose sanctions": an infinitive the doer of the verb it
        # hangs from (or its object: "urged Vorland to impose sanctions")
        m.doers += [k for s in doers_of(tok.head) for k in actors(s, index) if k not in m.doers]
    if undergoer:  # "served six years before being granted clemency": the one who served was granted it
        m.undergoers += [k for s in passive_gerund_undergoers(tok.head) for k in actors(s, index)]


# Verbs by which the police tell of an arrest they made: "X was arrested on Friday, police said".
_TELLING_VERBS = frozenset({"say", "tell", "confirm", "announce", "report", "add"})


def arrests_the_police_tell_of(r: Reading, m: Mention) -> None:
    """An arrest told in the passive with no one said to make it, in what the police say or joined to
    what the police did, was made by them: "The station master was arrested on Friday, police said",
    "police said the owner had been detained", "Police fired tear gas, and 40 people were arrested".
    Who tells of an arrest no one else made, or acts in the same breath, is the force that made it."""
    tok = m.token
    if m.type.name != "Arrest" or m.doers or tok.pos_ != "VERB" \
            or not any(c.dep_ in ("nsubjpass", "auxpass") for c in tok.children):
        return
    clause, doers = tok, []
    while clause.dep_ == "conj" and clause.head.pos_ == "VERB":
        clause = clause.head  # "was arrested and charged, police said"
        doers += [s for s in clause.children if s.dep_ == "nsubj"]  # "police fired tear gas, and 40 were arrested"
    saying = clause.head if clause.dep_ in ("ccomp", "parataxis") else None
    if saying is not None and saying.lemma_.lower() in _TELLING_VERBS:
        doers += [s for s in saying.children if s.dep_ == "nsubj"]
    police = [k for s in doers for k in actors(s, r.index)
              if s.lemma_.lower() in lexicon.POLICE_NOUNS or r.index.entities[k].name.lower().split()[-1] == "police"]
    m.doers += police[:1]


def payer_of_a_penalty(r: Reading, m: Mention) -> None:
    """A fine that is the object of "pay" befalls the payer, not done by him: "Roe paid a $5,000
    fine" befell Roe; "the judge ordered him to pay a fine", "Roe was ordered to pay a fine": the
    one ordered to pay is fined, by the one who orders it."""
    noun = m.token
    if m.type.name != "Fine" or noun.pos_ != "NOUN" or noun.dep_ != "dobj" or noun.head.lemma_.lower() != "pay":
        return
    pay = noun.head
    head = pay.head
    ordered = [c for c in head.children if c.dep_ in ("dobj", "nsubjpass")] \
        if pay.dep_ == "xcomp" and head.pos_ == "VERB" else []
    if ordered:
        m.undergoers = dedupe([k for o in ordered for k in actors(antecedent(o), r.index)])
        m.doers = [k for s in doers_of(head) for k in actors(antecedent(s), r.index) if k not in m.undergoers]
    else:
        m.undergoers = dedupe(m.undergoers + m.doers)
        m.doers = []


# Verbs whose subject brings a disaster about: "a man set the fire", "the crew started a blaze".
_DISASTER_STARTING_VERBS = lexicon.CAUSING_VERBS | frozenset("start set light ignite detonate carry stage".split())


def _state_gone_into(noun: Token) -> bool:
    """Whether an event noun is a state its verb's subject goes or is "on" ("went on strike", "are on
    hunger strike", "remained on strike"): the subject does the act the noun names."""
    return noun.pos_ == "NOUN" and noun.dep_ == "pobj" and noun.head.lower_ == "on" \
        and noun.head.head.pos_ in ("VERB", "AUX") and noun.head.head.lemma_.lower() in _GOING_INTO_VERBS


_GOING_INTO_VERBS = frozenset({"go", "be", "remain", "stay", "come", "walk"})


def _fights_a_disaster(verb: str, etype: EventType) -> bool:
    """Whether a verb with a disaster or accident as its object tells the disaster fought, suffered
    or watched, not brought about: "firefighters battled the blaze", "crews contained the fire",
    "troops fought the floods" (its subject is no doer of it); only a verb of starting or causing
    (`_DISASTER_STARTING_VERBS`: "set the fire", "caused the crash") names who did it, and a verb
    of undergoing ("the town suffered a flood") whom it struck."""
    return "Disaster" in etype.ancestors and verb not in _DISASTER_STARTING_VERBS and verb not in _UNDERGOING_VERBS


# Verbs whose subject breaks or defies an accord or measure its object names, which it did not make:
# "Acme's store violates an agreement reached in 1998", "the firm breached the contract".
_BREAKING_VERBS = frozenset("violate breach flout defy".split())
# Verbs of being or coming that put their subject in the state an event noun after "under", "in" or
# "into" names: "is under investigation", "came under attack", "was placed under arrest", "entered into talks".
_STATE_VERBS = frozenset("be become remain stay come fall go enter place put keep".split())
# Nouns that, "of" an act, say the subject of their clause is whom the act is done to: "the subject of an inquiry".
_UNDERGOER_NOUNS = frozenset("subject target focus victim object".split())


def _deal(etype: EventType) -> bool:
    """Whether `etype` is a deal between two sides (a deal, an order), whose other side is its target."""
    return "Deal" in (etype.name, *etype.ancestors)


def state_the_subject_is_in(r: Reading, m: Mention) -> None:
    """The subject of a verb of being or coming that puts it "under" an act undergoes that act ("Acme
    is under investigation", "the town came under attack", "Roe was placed under arrest"; of "police
    placed Roe under arrest" the object does, the subject does it), as does the subject that "is the
    subject (target, focus, victim) of" an act ("Acme became the subject of an inquiry"); the subject
    "in" or "into" talks, an agreement or a deal takes part in it ("Acme is in talks with Zenith",
    "Acme entered into an agreement with Zenith")."""
    tok, index = m.token, r.index
    if tok.pos_ == "VERB" or tok.dep_ != "pobj":
        return
    prep = tok.head
    if prep.lower_ == "of" and prep.head.lemma_.lower() in _UNDERGOER_NOUNS \
            and prep.head.dep_ in ("attr", "acomp", "oprd") and not m.type.symmetric \
            and "Disaster" not in m.type.ancestors:
        verb, under = prep.head.head, True  # "became the subject of an inquiry"
    elif prep.lower_ == "under" and not m.type.symmetric and "Disaster" not in m.type.ancestors:
        verb, under = prep.head, True  # "is under investigation"
    elif prep.lower_ in ("in", "into") and (m.type.symmetric or _deal(m.type)):
        verb, under = prep.head, False  # "is in talks with Zenith"
    else:
        return
    if verb.pos_ not in ("VERB", "AUX") or verb.lemma_.lower() not in _STATE_VERBS:
        return
    subjects = [s for s in verb.children if s.dep_ in ("nsubj", "nsubjpass")]
    objects = [o for o in verb.children if o.dep_ == "dobj"]
    if under and objects:  # "police placed Roe under arrest": police do it to Roe
        m.undergoers += [k for o in objects for k in referent_actors(o, index)]
        m.doers += [k for s in subjects if s.dep_ == "nsubj" for k in referent_actors(s, index)]
    elif under:
        m.undergoers += [k for s in subjects for k in referent_actors(s, index)]
    else:
        m.doers += [k for s in subjects if s.dep_ == "nsubj" for k in referent_actors(s, index)]


def other_side_of_a_deal(r: Reading, m: Mention) -> None:
    """Whom a deal or an order is made "with" is its other side (the counterparty, the supplier): the
    "with" phrase of the deal's noun, of the verb that makes it or of the verb trigger itself ("signed a
    deal with Korvel", "placed an order with Belmont", "entered into a deal with Korvel"); of talks or
    an agreement whose noun is the object of a verb, the verb's "with" X takes part ("reached an
    agreement with Zenith"). Those "together with" the subject are not the other side."""
    tok, index = m.token, r.index
    if not (_deal(m.type) or m.type.symmetric):
        return
    heads = [tok]
    if tok.pos_ == "VERB":
        heads += [c for c in tok.children if c.dep_ == "dobj"]  # "signed a deal with Korvel"
    elif tok.dep_ == "dobj" and tok.head.pos_ == "VERB":
        heads.append(tok.head)  # "reached a deal with Korvel": the parser hangs "with" from the verb
    elif tok.dep_ == "pobj" and tok.head.lower_ in ("in", "into") and tok.head.head.pos_ in ("VERB", "AUX"):
        heads.append(tok.head.head)  # "entered into an agreement with Zenith"
    if m.type.symmetric:
        heads = heads[1:]  # a symmetric noun's own "with" is read with its other phrases (`prepositional_roles`)
    found = [k for h in heads for c in h.children if c.dep_ == "prep" and c.lower_ == "with"
             and not any(a.dep_ == "advmod" and a.lower_ in ("together", "along") for a in c.children)
             for p in c.children if p.dep_ == "pobj" and not says_when(p) for k in actors(p, index)]
    found = [k for k in found if k not in m.doers]
    if m.type.symmetric:
        m.participants += found
    else:
        m.undergoers += found


def client_of_a_contract_won(r: Reading, m: Mention) -> None:
    """Whom a contract or order is won "from" is its client: the "from" phrase of the contract's noun
    or of the verb of winning ("won an order from Kestrel Airways", "secured a contract from the
    Danish government", "landed a $300 million deal from Petrobras")."""
    if m.type.name != "ContractAward":
        return
    tok = m.token
    heads = [tok, *(c for c in tok.children if c.dep_ == "dobj")] if tok.pos_ == "VERB" else [tok]
    found = [k for h in heads for c in h.children if c.dep_ == "prep" and c.lower_ == "from"
             for p in c.children if p.dep_ == "pobj" and not says_when(p) for k in actors(p, r.index)]
    m.undergoers += [k for k in dict.fromkeys(found) if k not in m.doers and k not in m.undergoers]


# Words of a vote by the people: a sentence with one of them tells an election or a referendum.
_POPULAR_VOTE_WORDS = frozenset("""voter electorate poll ballot referendum plebiscite candidate turnout constituency
primary caucus election electoral citizen resident""".split())


def acts_in_a_legislature(r: Reading, m: Mention) -> None:
    """A vote told as held in a legislature is its act on a measure, no election: "the final vote
    count in the Senate was 61-38", "the plan fell in the Senate when it lost a procedural vote"; and
    a measure passed or rejected "in" a legislature, told in the passive with no doer, is that
    legislature's act ("the bill was passed in the House of Commons"). A vote in a sentence that names
    one legislature and no voters, polls or candidates is that legislature's too ("Speaker of the
    Volgan Parliament Ana Ruiz said a vote will be held on Friday")."""
    tok = m.token
    vote = tok.pos_ == "NOUN" and tok.lemma_.lower() == "vote" and m.type.role("agent") == "winner"
    passive = m.type.name == "Legislation" and tok.pos_ == "VERB" and not m.doers \
        and any(c.dep_ == "auxpass" for c in tok.children)
    if not (vote or passive):
        return
    heads = [tok]
    while vote and heads[-1].dep_ not in ("ROOT", "ccomp", "relcl", "advcl", "conj") and len(heads) < 6:
        heads.append(heads[-1].head)  # the phrases and verbs the vote hangs from, up to its clause's verb
    bodies = [k for h in heads for c in h.children if c.dep_ == "prep" and c.lower_ == "in"
              for p in c.children if p.dep_ == "pobj" for k in referent_actors(p, r.index)
              if _legislature(r.index.entities[k])]
    if not bodies and vote and not any(t.lemma_.lower() in _POPULAR_VOTE_WORDS for t in tok.sent):
        # "Speaker of the Volgan Parliament Ana Ruiz said a vote will be held on Friday to decide ...":
        # the one legislature its sentence names, in a sentence of no voters, polls or candidates
        named: dict[str, bool] = {}  # each legislature: whether it is only one an act goes to
        for t in tok.sent:
            if (k := r.index.by_token.get(t.i)) and _legislature(r.index.entities[k]):
                # not one the act goes to: "to submit the articles to the Senate"
                named[k] = named.get(k, False) or (t.dep_ == "pobj" and t.head.lower_ == "to")
        bodies = [k for k, goes_to in named.items() if not goes_to]
        bodies = bodies if len(bodies) == 1 else []
    if not bodies:
        return
    if vote:
        m.type = taxonomy()["Legislation"]
    m.doers += [k for k in dict.fromkeys(bodies) if k not in m.doers]


def _tally_of_a_legislature(r: Reading, m: Mention) -> bool:
    """Whether `m` is a vote in the "with" or "by" phrase of a verb a legislature is the subject of
    ("the Senate voted the bill down with a vote of 52-35", "the House passed it by a wide vote"):
    then it is that body's act on a measure, no election, and the body does it."""
    tok = m.token
    if m.type.role("agent") != "winner" or tok.pos_ != "NOUN" or tok.lemma_.lower() != "vote" \
            or tok.dep_ != "pobj" or tok.head.lower_ not in ("with", "by") or tok.head.head.pos_ != "VERB":
        return False
    bodies = [k for s in _subjects(tok.head.head) for k in referent_actors(s, r.index)
              if _legislature(r.index.entities[k])]
    if not bodies:
        return False
    m.type = taxonomy()["Legislation"]
    m.doers += bodies
    return True


def struck_by(r: Reading, m: Mention) -> None:
    """An attack or disaster in the "by" phrase of a passive verb struck that verb's subject, or its
    owner when the subject is a thing: "the town was flattened by the earthquake", "oil facilities
    belonging to Aramco were hit by drone strikes" (Aramco); not one of feeling ("was shocked by the attack")."""
    tok = m.token
    if tok.pos_ == "VERB" or tok.dep_ != "pobj" or tok.head.dep_ != "agent" or not (
            {"ConflictEvent", "Disaster"} & set(m.type.ancestors)):
        return
    verb = tok.head.head
    if verb.lemma_.lower() in lexicon.FEELING_PARTICIPLES:
        return  # "she was shocked by the attack": it did nothing to her
    for s in verb.children:
        if s.dep_ == "nsubjpass":
            m.undergoers += actors(antecedent(s), r.index, places=True) or _owners(s, r.index)


def killed_in_attack(r: Reading, m: Mention) -> None:
    """An attack named in the "in" or "during" phrase of an active verb of killing or wounding is
    done by that verb's subject to its object: "rebels killed the general in an ambush" (the rebels,
    the general); so of a killing named by a noun, by its possessor to its of-phrase: "the army's
    killing of the general in an airstrike" (the parser often hangs the "in" from the verb the
    noun is the object of). A passive's subject is one it befell ("was killed in the raid"), not
    necessarily whom it aimed at, and is left out."""
    tok = m.token
    if tok.pos_ == "VERB" or tok.dep_ != "pobj" or tok.head.lower_ not in ("in", "during") or "Attack" not in (
            m.type.name, *m.type.ancestors):
        return
    verb = tok.head.head
    if verb.pos_ == "VERB" and not _kills(verb):
        verb = next((c for c in verb.children if c.dep_ == "dobj" and c.pos_ == "NOUN" and _kills(c)), verb)
    if not _kills(verb):
        return
    if verb.pos_ == "NOUN":  # "the army's killing of the general"
        victims = [k for c in verb.children if c.dep_ == "prep" and c.lower_ == "of"
                   for p in c.children if p.dep_ == "pobj" for k in actors(p, r.index)]
        doers = [k for c in verb.children if c.dep_ == "poss" for k in actors(c, r.index)]
    elif any(c.dep_ in ("nsubjpass", "auxpass") for c in verb.children):
        return
    else:
        victims = [k for c in verb.children if c.dep_ == "dobj" for k in actors(antecedent(c), r.index)]
        doers = [k for s in doers_of(verb) for k in actors(s, r.index)]
    if victims:
        m.doers += doers
        m.undergoers += victims


def victims_of_attack(r: Reading, m: Mention) -> None:
    """An attack that names no one it was done to was done to the named people it killed or
    wounded: in a participle clause after its verb ("rebels attacked a convoy, killing General
    Tadesse") or as the object of the verb it is the subject of ("the attack killed General
    Tadesse"). Unnamed dead ("killing 12 soldiers") are its toll, not whom it aimed at."""
    tok = m.token
    if m.undergoers or "Attack" not in (m.type.name, *m.type.ancestors):
        return
    if tok.pos_ == "VERB":
        verbs = [c for c in tok.children if c.dep_ == "advcl" and c.tag_ == "VBG" and _kills(c)]
    else:
        verbs = [tok.head] if tok.dep_ == "nsubj" and _kills(tok.head) else []
    m.undergoers += [k for v in verbs for c in v.children if c.dep_ == "dobj"
                     for k in actors(c, r.index) if not k.startswith("nominal/")]


def _kills(word: Token) -> bool:
    """Whether a verb or an -ing noun names a killing or wounding ("killed", "the killing of")."""
    casualty = taxonomy()["Casualty"].triggers
    if word.pos_ == "VERB":
        kind = verb_triggers().get(word.lemma_.lower())
        return kind is not None and kind.name == "Casualty"
    return word.pos_ == "NOUN" and word.lower_.endswith("ing") and word.lower_[:-3] in casualty


def _attack(etype: EventType) -> bool:
    """Whether `etype` is an attack of any kind (a shelling, an airstrike, a shooting)."""
    return "Attack" in (etype.name, *etype.ancestors)


# Nouns of people: "the son of the mayor", "the staff of the paper" are people, not things owned.
_PEOPLE_NOUNS = (lexicon.KIN_NOUNS | lexicon.TITLE_HEADS | lexicon.ACTOR_PEOPLE_NOUNS | lexicon.SPEAKER_PEOPLE_NOUNS
                 | lexicon.FEMALE_WORDS | lexicon.MALE_WORDS
                 | frozenset("people person member family staff crew follower guard child men women".split()))
# Kinds of actor that own what an attack strikes; a city's airport is in the city, which it did not attack.
_OWNER_KINDS = frozenset({"Person", "Organization", "Group", "GeopoliticalEntity"})


# What types call whom an act is against: a lawsuit against a decision is against who made it.
_OPPOSED_ROLES = frozenset({"defendant", "opponent", "sanctioned party", "employer"})


def _against(thing: Token, etype: EventType, index: EntityIndex, places: bool = False) -> list[str]:
    """Whom an act "on" or "against" `thing` is done to: the actors it names, else, for an attack or
    an act against an opponent (a lawsuit, a protest, sanctions, a strike), whose the thing is ("an
    attack on the offices of the Daily Star", "sued over the council's decision", "protested against
    the tax imposed by the government"). An act "on behalf of" someone is done for them, to no one."""
    if thing.lower_ == "behalf":
        return []
    found = actors(thing, index, places=places)
    if not found and (_attack(etype) or etype.role("target") in _OPPOSED_ROLES) and not etype.symmetric:
        found = _whose(thing, index)
    return found


def _whose(thing: Token, index: EntityIndex) -> list[str]:
    """Whose a thing is, when it names no actor itself: its possessor, a name before it, its "of"
    phrase, who a participle says made or holds it, or the subject of a relative clause about it
    ("Acme Bank's computers", "Hamas positions", "the office of the Daily Star", "the tax imposed by
    the council", "the law parliament passed"). People, bodies and states only; a person's kin or
    staff are people, not things one has ("the son of the mayor"), and a place's building is in the
    place, not its deed ("Kabul's airport")."""
    if thing.pos_ != "NOUN" or thing.lemma_.lower() in _PEOPLE_NOUNS:
        return []
    owners = [c for c in thing.children if c.dep_ == "compound" and c.pos_ == "PROPN"]
    owners += [p for c in thing.children if c.dep_ == "prep" and c.lower_ == "of" for p in c.children
               if p.dep_ == "pobj"]
    for c in thing.children:
        if c.dep_ == "acl" and c.tag_ == "VBN":  # "the tax imposed by the council"
            owners += [p for a in c.children if a.dep_ == "agent" for p in a.children if p.dep_ == "pobj"]
        elif c.dep_ == "relcl" and not any(w.tag_ == "WRB" for w in c.children):  # not "the hotel where ..."
            owners += [w for w in c.children if w.dep_ == "nsubj" and w.tag_ not in ("WDT", "WP")]
    found = [k for o in owners for k in actors(o, index)] + _owners(thing, index)
    return dedupe([k for k in found if index.entities[k].kind in _OWNER_KINDS])


def _owners(thing: Token, index: EntityIndex) -> list[str]:
    """Who owns a thing struck: its possessor or "belonging to", "owned by", "operated by" X
    ("Aramco's oil facilities", "oil facilities belonging to Aramco")."""
    found = [k for c in thing.children if c.dep_ == "poss" for k in actors(c, index)]
    for c in thing.children:
        if c.dep_ == "acl" and c.lemma_.lower() in ("belong", "own", "operate", "run"):
            found += [k for p in c.children if p.dep_ in ("prep", "agent") for o in p.children if o.dep_ == "pobj"
                      for k in actors(o, index)]
    return found


def owner_of_what_was_ruled_on(r: Reading, m: Mention) -> None:
    """A ruling on a thing someone made or holds (a law, a ban, a practice, a decision) is done to its
    owner: "the judge ruled the federal government's practice unconstitutional", "the court ruled
    that the ban imposed by the council was illegal" (the government, the council). The thing is the
    verb's object or the subject of the clause it rules on; its owner is found as for a thing struck
    (`_whose`: possessor, name before it, of-phrase, by-phrase). People judged are named, not owned."""
    tok = m.token
    if tok.pos_ != "VERB" or m.undergoers or "Ruling" not in (m.type.name, *m.type.ancestors):
        return
    things = [c for c in tok.children if c.dep_ == "dobj"]
    things += [s for c in tok.children if c.dep_ == "ccomp" for s in c.children if s.dep_ in ("nsubj", "nsubjpass")]
    for thing in things:
        if thing.i in r.index.by_token:
            continue  # "ruled Acme liable": a name is whom it rules on, as the object's rule finds
        owners = [k for k in _whose(thing, r.index) if k not in m.doers]
        if owners:
            m.undergoers += owners
            return


def owner_of_what_was_sued_over(r: Reading, m: Mention) -> None:
    """A lawsuit over or challenging a thing someone made or holds (a decree, a ban, a law) is against
    its owner: "sued over the ban imposed by the council", "filed a suit challenging the governor's
    order" (the owner found as for a thing attacked, `_whose`; "against" a thing is `_done_to`'s)."""
    if m.undergoers or "Lawsuit" not in (m.type.name, *m.type.ancestors):
        return
    tok = m.token
    heads = [tok, *(c for c in tok.children if c.dep_ == "dobj" and c.lemma_.lower() in m.type.triggers)]
    things = [p for h in heads for c in h.children if c.dep_ == "prep" and c.lower_ in ("against", "over")
              for p in c.children if p.dep_ == "pobj"]
    things += [o for h in heads for c in h.children if c.dep_ == "acl" and c.lemma_.lower() == "challenge"
               for o in c.children if o.dep_ == "dobj"]
    for thing in things:
        if thing.i in r.index.by_token:
            continue  # "sued Acme": a name is whom the suit is against, as the object's rule finds
        owners = [k for k in _whose(thing, r.index) if k not in m.doers]
        if owners:
            m.undergoers += owners
            return


def claimed_responsibility(r: Reading, m: Mention) -> None:
    """Who claims responsibility (or credit) for an event noun did it: "the group claimed
    responsibility for the attack"; so did the armed group or body blamed or held responsible for an
    attack ("the army blamed the Zorvan Front for the attack"), the doer the story names."""
    if m.token.pos_ == "VERB":
        return
    claimant = _claimant(m.token)
    if claimant is not None:
        m.doers += actors(claimant, r.index)
    elif _attack(m.type) and (blamed := _blamed_for(m.token)) is not None:
        m.doers += [k for k in actors(blamed, r.index) if r.index.entities[k].kind in ("Organization", "Group")]


def _blamed_for(tok: Token) -> Token | None:
    """The object of "blamed <X> for <tok>", "held <X> responsible for <tok>": the body the story names as
    the attack's doer when no one claims it ("The mission blamed the Zorvan Front for the attack")."""
    if tok.dep_ != "pobj" or tok.head.lower_ != "for":
        return None
    verb = tok.head.head
    if verb.lower_ == "responsible" and verb.dep_ == "amod" and verb.head.head.lemma_.lower() == "hold":
        return verb.head  # "held the group responsible for the attack", the adjective hung on the group
    if verb.lower_ == "responsible" and verb.dep_ in ("oprd", "acomp", "xcomp", "ccomp") \
            and verb.head.lemma_.lower() == "hold":
        verb = verb.head
    elif verb.lemma_.lower() != "blame":
        return None
    return next((c for c in verb.children if c.dep_ == "dobj"), None) if verb.pos_ == "VERB" else None


def _claimant(tok: Token) -> Token | None:
    """The subject of "claimed responsibility for <tok>" (or "credit for"): who owns the deed."""
    if tok.dep_ != "pobj" or tok.head.lower_ != "for":
        return None
    owned = tok.head.head
    if owned.lemma_.lower() not in ("responsibility", "credit") or owned.head.lemma_.lower() not in _OWNING_VERBS:
        return None
    return next((c for c in owned.head.children if c.dep_ == "nsubj"), None)


def prepositional_roles(r: Reading, m: Mention) -> None:
    """A trigger's "on", "against", "upon" or "toward" X is whom it is done to ("an attack on the
    airport"), or whose X is when it names no actor (`_against`: "an attack on the offices of the
    Herald"), but not the market shares trade on ("fell 3% on the Tallin Stock Exchange"), as is "at" X unless X is a place ("a fire at the port", "a blast at the airport",
    "died at the hospital": there it is where) and the act no attack aimed at it ("fired missiles at
    the capital"); "in", "near", "inside" ... a place is where it happened. "With" X
    takes part in talks and calls, "from" X is the seller or supplier of a deal, "to" X the recipient
    of a payment, the borrower of a loan or the customer of a delivery ("delivered 12 jets to Ryanair",
    "lent $5 billion to Halvard Bank"), an event
    noun's "into" X is what it looks into, and "to" X whom an apology, appeal or plea is addressed to,
    as is "before" X of a plea ("pleaded before Congress")."""
    index = r.index
    for c in m.token.children:
        if c.dep_ == "dative" and c.lower_ == "to" and _received(m.type):
            # "lent $5 billion to Halvard Bank": the parser may call the "to" of a verb of giving its dative
            m.undergoers += [k for p in c.children if p.dep_ == "pobj" for k in actors(p, index)]
            continue
        if c.dep_ != "prep" or name_read_into_time(c) is not None:
            continue  # "On Monday, Ruiz, ..., filed": the name the parser hung from the day does it (`doers_of`)
        for p in c.children:
            if p.dep_ != "pobj" or says_when(p):
                continue  # "On Monday, Ruiz, ...": a day is no one, whatever the parser hangs from it
            found = actors(p, index, places=True)
            if c.lower_ == "with" and m.type.symmetric:
                m.participants += actors(p, index)  # "spoke by phone with Modi", "talks with Iran"
            elif c.lower_ == "from" and "EconomicEvent" in m.type.ancestors and m.type.name != "JobCuts" \
                    and not _changes_hands(m.type):
                m.undergoers += actors(p, index)  # "ordered 20 jets from Airbus", "bought it from X"
            elif c.lower_ == "to" and _received(m.type):
                m.undergoers += actors(p, index)  # "donated $5 million to the university", "deliveries to Poland"
            elif c.lower_ == "into" and m.token.pos_ == "NOUN":
                m.undergoers += found  # "an investigation into the bank"
            elif c.lower_ == "to" and (m.token.lemma_.lower() in _ADDRESSING_VERBS or (
                    m.type.role("target") == "addressee" and m.token.pos_ == "VERB")):
                m.undergoers += actors(p, index)  # "apologized to the President", "appealed to the UN"
            elif c.lower_ == "on" and p.lemma_.lower() in lexicon.MARKETPLACE_HEADS and p.is_title \
                    and "EconomicEvent" in m.type.ancestors:
                continue  # "shares fell 3% on the Tallin Stock Exchange": where they traded, not whom it befell
            elif c.lower_ == "before" and m.token.lemma_.lower() in _ADDRESSING_VERBS:
                m.undergoers += actors(p, index)  # "pleaded before Congress": the body one pleads in front of
            elif c.lower_ == "on" and found and _all_places(found, index) and (
                    locative(c, p) or "Disaster" in m.type.ancestors):
                # "stabbed two people on Ferry Road", "a ferry sank in a lake on Sumatra": where, not whom
                m.place = m.place or found[0]
            elif c.lower_ == "at" and _site_stormed_at_close_range(m, found, index):
                continue  # "a student opened fire at Lincoln High School": where the gunman was, not whom he shot
            elif c.lower_ == "at" and not _aims_at(m) and (site := _site_named_by_its_place(p, found, index)):
                m.place = m.place or site  # "kills 11 at Pakistan market": the market is where, in Pakistan
            elif c.lower_ in _TARGET_PREPS or (c.lower_ == "at" and (not _all_places(found, index) or _aims_at(m))):
                if not found and c.lower_ != "at":
                    found = _against(p, m.type, index)  # "an attack on the offices of the Daily Star"
                elif not found and _attack(m.type):
                    found = _whose(p, index)  # "fired rockets at Acme's depot"
                m.undergoers += found  # "fired at the protesters", "launched missiles at the capital"
            elif c.lower_ == "at" and found:  # "a fire at the port", "a blast at the airport": where, not whom
                m.place = m.place or found[0]
            elif c.lower_ in PLACE_PREPS and found:
                place = found[0]
                if index.entities[place].kind in PLACE_KINDS:
                    m.place = m.place or place
    if m.token.pos_ == "VERB" and m.type.role("target") == "addressee" and m.token.lemma_.lower() in _ASKING_OF_VERBS:
        # "demanded an explanation from Kestria", "sought help from the UN": whom it is asked of, the
        # "from" of the verb or of what it asks for
        m.undergoers += _actors_after((m.token, *(c for c in m.token.children if c.dep_ == "dobj")), "from", index)
    if m.token.pos_ == "VERB" and not m.undergoers and "EconomicEvent" in m.type.ancestors \
            and m.type.name != "JobCuts" and not _changes_hands(m.type):
        # "ordered 40 jets from planemaker Skyrand": the parser hangs the supplier's "from" on the goods
        m.undergoers += [k for k in _actors_after((o for o in m.token.children if o.dep_ == "dobj"), "from", index,
                                                  times_too=False) if k not in m.doers]
    if m.token.pos_ == "VERB" and not m.undergoers:
        # "filed a petition against Kestrel Media": the "against" of the thing a themed verb acts with
        m.undergoers += _actors_after((o for o in m.token.children if o.dep_ == "dobj"
                                       and o.lemma_.lower() in m.type.themes), "against", index)


def _actors_after(words: Iterable[Token], prep: str, index: EntityIndex, *, times_too: bool = True) -> list[str]:
    """The actors named in the `prep` phrases of `words` ("from Kestria", "against Kestrel Media"), in
    order; without `times_too`, none of a phrase that says when ("from May")."""
    return [k for o in words for c in o.children if c.dep_ == "prep" and c.lower_ == prep
            for p in c.children if p.dep_ == "pobj" and (times_too or not says_when(p)) for k in actors(p, index)]


# Verbs of asking for a thing, whose "from" X is whom it is asked of: "demanded an apology from Kestria".
_ASKING_OF_VERBS = frozenset({"demand", "seek", "request", "ask", "want", "expect", "require"})


def _changes_hands(etype: EventType) -> bool:
    """Whether `etype` is a company changing hands, whose "from" X is the seller, neither the buyer
    nor the company bought: "Romania bought back the carmaker from Daewoo" (Daewoo sold it)."""
    return "Acquisition" in (etype.name, *etype.ancestors)


# What types call the one an act goes to, given, lent or handed over: "to" X names it ("paid $2m to Acme",
# "lent $5 billion to Halvard Bank").
_RECEIVING_ROLES = frozenset({"recipient", "customer", "borrower"})


def _received(etype: EventType) -> bool:
    """Whether what `etype` does goes to its target (a payment's recipient, a delivery's customer)."""
    return etype.role("target") in _RECEIVING_ROLES


# Verbs whose "to" phrase names whom the act is addressed to: "apologized to the President".
_ADDRESSING_VERBS = frozenset({"apologize", "apologise", "appeal", "plead", "complain", "petition", "surrender"})


def _aims_at(m: Mention) -> bool:
    """Whether "at" X names what an act aims at, place or not: a verb of attack ("fired at the city",
    "launched missiles at Kyiv"); after a noun ("a blast at the airport") or a death ("killed at
    the market", "died at the hospital") it names where."""
    return m.token.pos_ == "VERB" and "ConflictEvent" in m.type.ancestors and m.type.name != "Casualty" \
        and m.token.lemma_.lower() not in _UNDERGONE and not _victims_told(m.token)


def _victims_told(verb: Token) -> bool:
    """Whether a verb of killing or wounding has its victims as object: "killed 11 at a market",
    "wounded 30 at a rally" tell where they fell by "at", not what was aimed at."""
    return verb.lemma_.lower() in _HARMING and any(c.dep_ == "dobj" for c in verb.children)


_HARMING = frozenset({"kill", "wound", "injure", "murder", "slay", "massacre", "maim"})


def _site_named_by_its_place(site: Token, found: list[str], index: EntityIndex) -> str | None:
    """The place that alone names a common noun of a site: "Pakistan" of "a Pakistan market", "Kabul"
    of "a Kabul mosque" (a headline's short way of saying "a market in Pakistan"); None otherwise."""
    if site.pos_ != "NOUN" or site.lemma_.lower() not in _SITE_LAST_WORDS:
        return None
    named = [index.by_token[c.i] for c in site.children
             if c.dep_ in ("compound", "nmod") and c.i in index.by_token]
    if not named or not set(found) <= set(named) \
            or index.entities[named[0]].kind not in (*PLACE_KINDS, "GeopoliticalEntity"):
        return None
    return named[0]


def _site_stormed_at_close_range(m: Mention, found: list[str], index: EntityIndex) -> bool:
    """Whether the "at" X of a shooting or an assault names a building the attacker was in, by its
    name's last word ("opened fire at Lincoln High School", "stabbed three at the Rosewood Mall"):
    a gunman at a school is inside it; missiles fired "at" a hospital are aimed at it."""
    return m.type.name in _CLOSE_RANGE_ATTACKS and bool(found) and all(
        index.entities[k].name.split()[-1].lower() in _SITE_LAST_WORDS for k in found)


_CLOSE_RANGE_ATTACKS = frozenset({"Shooting", "PhysicalAssault"})
_SITE_LAST_WORDS = lexicon.FACILITY_HEADS | frozenset("""school university college academy church mosque synagogue
temple supermarket store mall nightclub club hotel restaurant bar cafe market""".split())


def _all_places(keys: list[str], index: EntityIndex) -> bool:
    return bool(keys) and all(index.entities[k].kind in PLACE_KINDS for k in keys)


def owner_of_what_moved(r: Reading, m: Mention) -> None:
    """A rise or fall of a company's measure is about that company: the named organisation that owns
    the subject of the verb ("Ford sales dropped 42%", "Veltran's profit rose", "Shares of Apple
    Inc. rose", "shares of energy companies Exxon and Chevron fell") is whom it befell. Only a
    company's measures count ("oil prices fell", "the Dow index fell" have no owner)."""
    tok = m.token
    if tok.pos_ != "VERB" or "EconomicEvent" not in (m.type.name, *m.type.ancestors):
        return
    for subj in tok.children:
        if subj.dep_ != "nsubj" or subj.lemma_.lower() not in lexicon.COMPANY_MEASURES or subj.i in r.index.by_token:
            continue
        owners = [c for c in subj.children if c.dep_ in ("compound", "poss")]
        owners += [p for c in subj.children if c.dep_ == "prep" and c.lower_ in ("of", "in", "for")
                   for p in c.children if p.dep_ == "pobj"]  # "shares of Apple", "stock for the Acme company"
        # the parser may hang the owner from the measure as its apposition ("shares of energy
        # companies Exxon and Chevron"), and the subject's rule then took it for the doer
        owners += [subj]
        found = [k for o in owners for k in actors(o, r.index) if r.index.entities[k].kind == "Organization"
                 and not k.startswith("nominal/")]
        if not found:
            found = _company_its_stands_for(subj, r.index)
        m.doers = [k for k in m.doers if k not in found]
        m.undergoers += found


def bankrupt_company(r: Reading, m: Mention) -> None:
    """Who goes bankrupt is the one whose clause goes into it. The subject of the verb the noun is
    the object of a preposition of ("Brentmoor Holdings filed for bankruptcy", "went into
    liquidation", "emerged from bankruptcy") or the direct object of, when it declares or seeks it
    ("Brentmoor declared bankruptcy"), files: it does it (ACE's declaring Org). What that verb acts
    on when it has an object undergoes it ("creditors forced Brentmoor into bankruptcy", "Brentmoor
    was placed into liquidation")."""
    tok = m.token
    if m.type.name != "Bankruptcy" or tok.pos_ == "VERB":
        return
    tok = course_noun(tok) or tok  # "filed for bankruptcy protection": the phrase goes into the clause
    whose = [k for c in tok.children if c.dep_ == "prep" and c.lower_ == "of" for o in c.children
             if o.dep_ == "pobj" for k in referent_actors(o, r.index)]
    if whose:  # "ruled on the bankruptcy of Brentmoor": the of-phrase says whose it is, in the filer's place
        m.undergoers = [k for k in m.undergoers if k not in whose]
        m.doers = dedupe(whose + m.doers)
        return
    if tok.dep_ == "pobj" and tok.head.lower_ in _INTO_OR_OUT_OF and tok.head.head.pos_ == "VERB":
        verb = tok.head.head
    elif tok.dep_ == "dobj" and tok.head.lemma_.lower() in _BANKRUPTCY_SEEKING_VERBS:
        verb = tok.head
    else:
        return
    objects = [c for c in verb.children if c.dep_ in ("dobj", "nsubjpass") and c.i != tok.i]
    subjects = [] if objects else [s for s in _subjects(verb) if s.dep_ == "nsubj"]
    if not objects and not subjects and verb.dep_ == "acl":
        subjects = [verb.head]  # "Brentmoor Holdings, a lender, filed for bankruptcy" read as a relative
    bankrupt = [k for c in objects + subjects for k in referent_actors(c, r.index)
                if r.index.entities[k].kind in ("Organization", "Person")]
    if objects:  # "creditors forced Brentmoor into bankruptcy": it undergoes what others did
        m.doers = [k for k in m.doers if k not in bankrupt]
        m.undergoers += bankrupt
    else:  # "Brentmoor filed for bankruptcy", "declared bankruptcy": the company files, its own act
        m.undergoers = [k for k in m.undergoers if k not in bankrupt]
        m.doers = dedupe(bankrupt + m.doers)


# Verbs whose subject declares or seeks its own bankruptcy: "Brentmoor declared bankruptcy".
# Prepositions that take one into a state or out of it: "filed for bankruptcy", "went into liquidation".
_INTO_OR_OUT_OF = frozenset("for into in under from".split())
_BANKRUPTCY_SEEKING_VERBS = frozenset("declare file seek enter announce".split())


def _company_its_stands_for(measure: Token, index: EntityIndex) -> list[str]:
    """The company "its" or "their" before a company's measure stands for: the subject of the verb
    of seeing or having whose clause the measure moves in ("Orvex saw its shares plummet"), else the
    one company named before it in its sentence, or failing that in the sentence before, in the same
    paragraph ("... led Orvex Corp. to warn. On Friday their stocks lost 6%") or in the one before when
    "its" opens the sentence; none when two are."""
    if _bare_measure_opening(measure):
        # "Norveth reported a profit. | Revenue rose 18%": a measure of no one's, opening its sentence,
        # is the one company's the sentence before named
        before = previous_sentence(measure.doc, measure)
        named = [] if before is None else dedupe([k for i, k in index.order if before.start <= i < before.end
                                                  and index.entities[k].kind == "Organization"
                                                  and not k.startswith("nominal/")])
        return named if len(named) == 1 else []
    if not any(c.dep_ == "poss" and c.lower_ in ("its", "their") for c in measure.children):
        return []
    clause = measure.head
    if clause.dep_ in ("ccomp", "xcomp") and clause.head.pos_ == "VERB":
        seers = [k for c in clause.head.children if c.dep_ == "nsubj" for k in actors(c, index)
                 if index.entities[k].kind == "Organization"]
        return seers[:1]  # "a firm saw its shares plummet": that firm's, named or not
    start = sent_start(measure)
    spans = [(start, measure.i)]
    before = previous_sentence(measure.doc, measure)
    # "... Boeing reported a loss. | Its shares rose 2%": a paragraph that opens with "its" goes on
    # about the company the one before ended on
    opens = any(c.dep_ == "poss" and c.i == start for c in measure.children)
    if before is not None and (opens or same_paragraph(measure.doc, before.start_char, measure.idx)):
        spans.append((before.start, before.end))
    for lo, hi in spans:
        named = dedupe([k for i, k in index.order if lo <= i < hi and index.entities[k].kind == "Organization"
                        and not k.startswith("nominal/")])
        if named:
            return named if len(named) == 1 else []
    return []


def _bare_measure_opening(measure: Token) -> bool:
    """Whether a company's measure opens its sentence with nothing saying whose it is: "Revenue rose
    18%", "Net income fell" (an adjective aside), not "Its revenue", "Oil prices", "Sales in China"."""
    return measure.left_edge.i == sent_start(measure) and not any(
        c.dep_ in ("det", "poss", "compound", "prep", "nummod") for c in measure.children)


# Nouns that name who won a contest: "the winner of the election", "the victor of the runoff".
_WINNER_NOUNS = frozenset({"winner", "victor"})


def winner_of_contest(r: Reading, m: Mention) -> None:
    """Who is called the winner of a contest won it: "the commission declared Ruto the winner of the
    election", "Roe was declared the winner of the vote", "Roe, the winner of the runoff". The
    person is the one the winner noun describes: its apposition's head, the subject or object of
    the verb it completes, else the one person the clause names before it."""
    if m.type.role("agent") != "winner" or m.token.pos_ == "VERB" or m.doers:
        return
    tok = m.token
    if not (tok.dep_ == "pobj" and tok.head.lower_ == "of" and tok.head.head.lemma_.lower() in _WINNER_NOUNS):
        return
    winner = tok.head.head
    if winner.dep_ == "appos":
        named = [winner.head]
    elif winner.dep_ in ("oprd", "attr", "xcomp", "ccomp"):
        named = [c for c in winner.head.children if c.dep_ in ("nsubjpass", "dobj", "nsubj") and c.i < winner.i]
    else:  # "declared William Ruto the winner", read with "winner" as a root, even of a sentence of its own
        start = winner.sent.start
        if start > 0 and winner.i - start <= 2:
            start = winner.doc[start - 1].sent.start
        named = [t for t in winner.doc[start:winner.i] if t.dep_ in ("dobj", "nsubjpass")]
    people = [k for n in named for k in actors(n, r.index)
              if r.index.entities[k].kind in ("Person", "Organization", "Group")]
    if people:
        m.doers += people[-1:]


# Kinds of actor one leaves by resigning: a body or a party, not the state whose office one held.
_BODY_KINDS = frozenset({"Organization", "Group"})
# Prepositions that say which body an office is of: "chairman of Acme", "his post at Acme", "his seat in parliament".
_OFFICE_OF_PREPS = frozenset({"of", "at", "in", "with"})


def body_left(r: Reading, m: Mention) -> None:
    """Whom a resignation leaves is the body whose office or membership one gives up: named after
    "from" ("resigned from Acme", "quit from the board of Acme"), as the object ("quit the party",
    "resigned his seat in the Senate"), or as the body of the office after "as" ("resigned as
    chairman of Orion Telecom", "his resignation as leader of the Greens"). A state is no body one
    leaves ("resigned as president of Ostland"): that is where the office is."""
    if m.type.name != "Resignation":
        return
    index, phrases = r.index, []
    for c in m.token.children:
        if c.dep_ == "prep" and c.lower_ in ("as", "from"):
            phrases += [p for p in c.children if p.dep_ == "pobj"]
        elif c.dep_ == "dobj":
            phrases.append(c)
    for p in phrases:
        found = [k for k in actors(p, index) if index.entities[k].kind in _BODY_KINDS] if p.lower_ not in \
            lexicon.TITLE_HEADS else []
        if not found:  # "chairman of Orion Telecom", "the board of Acme", "his leadership in the party"
            found = [k for c in p.children if c.dep_ == "prep" and c.lower_ in _OFFICE_OF_PREPS
                     for o in c.children if o.dep_ == "pobj" for k in actors(o, index)
                     if index.entities[k].kind in _BODY_KINDS]
        m.undergoers += [k for k in found if k not in m.doers]


# Nouns for a part of a company's ownership: "a 20% stake in Acme", "its shares in Acme", "a holding in Acme".
_STAKE_NOUNS = frozenset("stake share holding interest equity".split())
# Types of a change of owner, whose target is the company a stake in which changes hands.
_CHANGES_OF_OWNER = frozenset({"Acquisition", "Divestment"})


def company_whose_stake_changes_hands(r: Reading, m: Mention) -> None:
    """Buying or selling a stake (shares, a holding, an interest) in a company is done to that company:
    "Zentra bought a 20% stake in Korvel Motors", "the state sold its remaining shares in Korvel", "the
    sale of its stake in Korvel" (Korvel). The stake is the verb's object or the noun's "of" phrase."""
    if m.type.symmetric or not _CHANGES_OF_OWNER & {m.type.name, *m.type.ancestors}:
        return
    tok, index = m.token, r.index
    if tok.pos_ == "VERB":
        things = [c for c in tok.children if c.dep_ in ("dobj", "nsubjpass")]
    else:
        things = [o for c in tok.children if c.dep_ == "prep" and c.lower_ == "of" for o in c.children
                  if o.dep_ == "pobj"]
    for thing in things:
        if thing.lemma_.lower() not in _STAKE_NOUNS or thing.i in index.by_token:
            continue
        m.undergoers += [k for c in thing.children if c.dep_ == "prep" and c.lower_ in ("in", "of")
                         for o in c.children if o.dep_ == "pobj" for k in actors(o, index)
                         if k not in m.doers and index.entities[k].kind in _BODY_KINDS]


# Who buys a business: a body, a state ("sold the bank to the government"), a person ("to a billionaire").
_BUYER_KINDS = frozenset({"Organization", "Group", "GeopoliticalEntity", "Person"})


def buyer_of_a_sale(r: Reading, m: Mention) -> None:
    """A sale told with its buyer is the buyer's acquisition: "DaimlerChrysler is selling Chrysler
    Group to Cerberus", "divesting itself of the unit by selling it to Cerberus", "sold its stake to
    Zentra". The buyer does it, the seller takes part, and what is sold stays what it is done to; a
    sale with no buyer named stays the seller's divestment."""
    if m.type.name != "Divestment" and not (m.generic and m.token.lemma_.lower() == "sell"):
        return
    tok, index = m.token, r.index
    verbs = [tok, *m.also]
    # "divesting itself of X by selling it to Y": the means names the buyer
    verbs += [p for c in tok.children if c.dep_ == "prep" and c.lower_ == "by" for p in c.children if p.dep_ == "pcomp"]
    buyers = dedupe([k for v in verbs for c in v.children if c.dep_ == "dative" or c.dep_ == "prep" and c.lower_ == "to"
                     for o in ([c] if c.dep_ == "dative" and c.pos_ != "ADP" else c.children) if o.dep_ in ("pobj", "dative")
                     for k in actors(o, index) if index.entities[k].kind in _BUYER_KINDS and k not in m.agents])
    if not buyers:
        return
    m.type = taxonomy()["Acquisition"]
    m.generic = False
    m.participants = dedupe(m.participants + m.agents)
    m.agents = buyers
    m.targets = [t for t in m.targets if t not in buyers]


def maker_of_the_goods(r: Reading, m: Mention) -> None:
    """The company whose name stands before the goods ordered or bought is their maker, whom the
    order goes to: "Zephyr bought 16 Volant jets", "the purchase of 30 new Volant V9 Skyliners",
    "ordered 12 A330s" with no maker named leaves it open. The buyer is never its own supplier."""
    if m.type.name != "Order":
        return
    tok = m.token
    goods = [c for c in tok.children if c.dep_ in (("dobj", "nsubjpass") if tok.pos_ == "VERB" else ("compound",))]
    goods += [o for c in tok.children if c.dep_ == "prep" and c.lower_ in ("of", "for")
              for o in c.children if o.dep_ == "pobj"]
    for thing in (t for g in goods for t in (g, *g.conjuncts)):
        names = [c for c in thing.children if c.dep_ in ("compound", "nmod")]
        while names:  # "30 Norden Aero V9s": the maker's name hangs from the model's words, and they from the noun
            c = names.pop()
            names += [d for d in c.children if d.dep_ in ("compound", "nmod")]
            key = r.index.by_token.get(c.i)
            if key is not None and key not in m.doers and key not in m.undergoers \
                    and r.index.entities[key].kind == "Organization":
                m.undergoers.append(key)


def maker_of_the_craft(r: Reading, m: Mention) -> None:
    """A craft on its maiden or test flight is flown by its maker, the company in its name or its
    owner: "the Boeing 777X has made its maiden flight", "Boeing's 777X completed its first test
    flight", "the Volant V9's maiden flight"; the craft itself is no doer."""
    if m.type.name != "TrialRun":
        return
    tok = m.token
    crafts = [c for c in tok.children if c.dep_ == "poss"]
    if tok.dep_ == "dobj":  # "made its maiden flight": the subject of the light verb is the craft
        crafts += [c for c in tok.head.children if c.dep_ == "nsubj"]
    for craft in crafts:
        words = [craft, *(c for c in craft.children if c.dep_ == "appos")]
        while words:
            w = words.pop()
            key = r.index.by_token.get(w.i)
            if key is None and w.pos_ == "PROPN" and w.dep_ == "compound":
                # "the Boeing 777X": the model's name holds the maker's, named as a company elsewhere
                key = next((k for k, e in r.index.entities.items() if e.kind == "Organization" and e.name == w.text),
                           None)
            if key is not None and w.i != craft.i and r.index.entities[key].kind == "Organization":
                m.doers = [key]
                return
            words += [c for c in w.children if c.dep_ == "appos" or c.dep_ in ("compound", "nmod", "poss") and c.i < w.i]
        if craft.pos_ == "PROPN":
            m.doers = [k for k in m.doers if k != r.index.by_token.get(craft.i)]


def craft_is_no_doer(r: Reading, m: Mention) -> None:
    """An accident that befalls a craft (the types with an instrument role: a plane, a vehicle, a train,
    a ship) is done by no body: the craft named as its subject, by its maker or model ("the
    single-engine Cessna went down", "an Airbus A320 crashed"), or its operator is the instrument or
    the one it befell. People named as doers ("the driver crashed into a wall") stay."""
    if "instrument" not in m.type.roles or "Accident" not in (m.type.name, *m.type.ancestors):
        return
    m.doers = [k for k in m.doers if r.index.entities[k].kind == "Person"]


def employer_of_strikers(r: Reading, m: Mention) -> None:
    """The company whose workers or works the strikers are named by is the employer a strike is
    against: "Workers at Dornfeld Motors' plant in Zwickau went on strike", "Halvor employees walked
    out", "a strike by staff of Orin Foods" (the company itself, or the owner of the works they are at)."""
    if m.type.name != "LabourStrike" or m.undergoers:
        return
    tok = m.token
    verb = tok.head.head if tok.pos_ == "NOUN" and tok.dep_ == "pobj" and tok.head.dep_ == "prep" else tok
    strikers = doers_of(verb) if verb.pos_ in ("VERB", "AUX") else []
    strikers += [p for c in tok.children if c.dep_ == "prep" and c.lower_ == "by" for p in c.children if p.dep_ == "pobj"]
    index = r.index
    for person in strikers:
        if person.pos_ != "NOUN":
            continue
        owners = [c for c in person.children if c.dep_ in ("compound", "poss")]
        for prep in (c for c in person.children if c.dep_ == "prep" and c.lower_ in ("at", "of", "from")):
            for site in (o for o in prep.children if o.dep_ == "pobj"):
                owners.append(site)
                if _names_works(site):  # "at Dornfeld's plant", "at the Dornfeld plant"
                    owners += [c for c in site.children if c.dep_ in ("compound", "poss")]
        for owner in owners:
            for key in actors(owner, index):
                if index.entities[key].kind == "Organization" and key not in m.doers and key not in m.undergoers:
                    m.undergoers.append(key)


def _names_works(noun: Token) -> bool:
    """Whether a noun names works or premises, also in a plural the tagger took for a singular and left
    unlemmatised ("at Dornfeld's gold shafts")."""
    low = noun.lower_
    return noun.lemma_.lower() in lexicon.WORKS_NOUNS or low.endswith("s") and low[:-1] in lexicon.WORKS_NOUNS


# Nouns for those who speak for a body without being named: "Acme officials said", "an Acme spokesman".
_SPOKESPEOPLE = frozenset("official spokesman spokeswoman spokesperson executive representative".split())


def _body_spoken_for(subject: Token, index: EntityIndex) -> list[str]:
    """The organisation whose unnamed officials or spokesperson a subject is: "Acme officials",
    "an Acme spokeswoman", "officials of Acme", "Acme's spokesman"; none for named people or states."""
    if subject.pos_ != "NOUN" or subject.lemma_.lower() not in _SPOKESPEOPLE:
        return []
    words = [c for c in subject.children if c.dep_ in ("compound", "poss")]
    words += [o for c in subject.children if c.dep_ == "prep" and c.lower_ in ("of", "at", "from")
              for o in c.children if o.dep_ == "pobj"]
    return [k for w in words for k in actors(w, index) if index.entities[k].kind == "Organization"]


def plans_a_companys_officer_announces(r: Reading, m: Mention) -> None:
    """A business act told in the passive with no doer, in what a company's officer, officials or
    spokesperson say or announce was or will be done, is the company's: "Pinecone CEO Dana Reyes
    announced that the price of the Acorn will be cut by $100", "Kestrel chief executive Tom Hale said
    2,000 jobs would be cut", "Orion officials said the contract had been awarded on merit" (Pinecone
    cuts its price, Kestrel the jobs, Orion awards the contract). An officer of a state speaks for no
    company."""
    tok = m.token
    if tok.pos_ != "VERB" or tok.dep_ != "ccomp" or tok.head.lemma_.lower() not in lexicon.CUE_VERBS \
            or not any(c.dep_ == "auxpass" for c in tok.children) or any(c.dep_ == "agent" for c in tok.children):
        return
    if not ("EconomicEvent" in m.type.ancestors or (
            m.type is ANY_EVENT and tok.lemma_.lower() in lexicon.AMOUNT_SETTING_VERBS)):
        return
    entities = r.index.entities
    officers = [k for s in tok.head.children if s.dep_ == "nsubj" for k in actors(s, r.index)
                if entities[k].kind == "Person"]
    companies = dedupe([c for k in officers for c in entities[k].role_of
                        if c in entities and entities[c].kind == "Organization"]
                       + [k for s in tok.head.children if s.dep_ == "nsubj" for k in _body_spoken_for(s, r.index)])
    if companies:
        m.doers = dedupe([k for k in m.doers if k not in officers] + companies)


def assign_roles(r: Reading, m: Mention) -> None:
    """The doers of an event are its agents and participants: of a symmetric event ("talks", "an
    exchange", "Russia and Ukraine agreed", "Roe met Vik") too, each doer did it, and the other side
    named as its object or "with" phrase takes part; an undergoer is a target unless it also does it."""
    m.agents += m.doers
    m.participants += m.doers
    m.targets += [t for t in m.undergoers if t not in m.agents]
    m.agents, m.participants, m.targets = dedupe(m.agents), dedupe(m.participants), dedupe(m.targets)


def pair_named_together(r: Reading, m: Mention) -> None:
    """A symmetric event with fewer than two participants whose words or subject say "both
    nations", "each side" is between the two states last named together ("Russia and Ukraine")."""
    tok = m.token
    if not m.type.symmetric or len(m.participants) >= 2:
        return
    scope = list(tok.subtree) if tok.pos_ == "NOUN" else [
        x for c in tok.children if c.dep_ in ("nsubj", "nsubjpass", "agent") for x in c.subtree]
    if any(" ".join(x.lower_ for x in t.subtree) in lexicon.GROUP_REFERENCES for t in scope):
        pair = r.index.recent_pair(tok.i)
        if pair:
            m.participants = dedupe(m.participants + [k for k in pair if k not in m.participants])


# Legal acts done to a defendant a story often leaves unnamed once the case is told: "X was arrested.
# The court set bail at $5,000", "Y was charged. The trial opens in May". Their defendant is the case's.
_CASE_ACTS = frozenset({"Ruling", "Trial", "Charge", "Pardon", "Parole"})
# Legal acts that tell whose case it is: all but those whose target is no defendant (an appeal's is
# the decision appealed) or may not yet be one (an investigation).
_NOT_OF_A_CASE = frozenset({"CourtAppeal", "Investigation"})


def _legal(etype: str) -> EventType | None:
    """The event type named `etype` when it is a legal act, else None."""
    found = taxonomy().get(etype)
    return found if found is not None and "LegalEvent" in (found.name, *found.ancestors) else None


def defendant_of_the_case(r: Reading, events: dict[str, Event]) -> None:
    """A ruling, trial, charge, pardon or parole that names no one it is done to is done to the
    defendant of the case told in its sentence or the one before: the one target of an arrest,
    charge, lawsuit or ruling there ("Ray Olson was arrested on Friday. On Saturday a court set bail
    at $5,000": Olson; "the court ruled on the lawsuit the Senate filed against Governor Salas":
    Salas). Not when its sentence names another person beside those who do it ("Trump granted
    Ana Roe a pardon", read without its object, is hers), nor for a plea or charge a person is the
    doer of ("Roe pled guilty to charges"); two cases with different defendants tell no one."""
    index = r.index
    told = {key: list(ev.targets) for key, ev in events.items()}  # as the sentences tell them, before this rule
    for ev in events.values():
        etype = _legal(ev.type)
        if ev.targets or etype is None or not _CASE_ACTS & {etype.name, *etype.ancestors}:
            continue
        if etype.name in ("Trial", "Charge") and any(index.entities[k].kind == "Person" for k in ev.agents):
            continue  # "Roe pled guilty": the one who pleads is the defendant, and does it
        first = r.first_token(ev.key)
        before = previous_sentence(r.doc, first)
        start = before.start if before is not None else sent_start(first)
        end = sentence(r.doc[max(r.event_tokens[ev.key])]).end
        found: set[str] = set()
        for other in events.values():
            kind = _legal(other.type)
            if other is ev or kind is None or _NOT_OF_A_CASE & {kind.name, *kind.ancestors} \
                    or len(told[other.key]) != 1:
                continue
            if any(start <= i < end for i in r.event_tokens[other.key]):
                found |= set(told[other.key])
        if len(found) != 1 or (defendant := found.pop()) in ev.agents \
                or index.entities[defendant].kind not in _OWNER_KINDS:
            continue
        own = sentence(first)
        people = {k for i, k in index.order if own.start <= i < own.end and index.entities[k].kind == "Person"}
        if people <= {defendant, *ev.agents}:
            ev.targets = [defendant]
