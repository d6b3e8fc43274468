"""Which words signal events: taxonomy triggers, acts of named actors, anaphors, weak mentions.

A word signals an event when the taxonomy in ``ontology/newskg.ttl`` lists its lemma as a trigger
of a type (or as a themed trigger whose object is one of the type's themes: "exchange" of
"prisoners").
"""

from __future__ import annotations

from functools import lru_cache
from itertools import takewhile

from spacy.tokens import Token

from kg.extraction import lexicon
from kg.extraction.entities import NON_ACTOR_KINDS, EntityIndex, hyphened_prefix, storm_names
from kg.extraction.events.mention import ANY_EVENT, Mention, Reading
from kg.extraction.events.merging import causes
from kg.extraction.events.roles import reacts_to
from kg.extraction.events.phrases import (PLACE_PREPS, actors, antecedent, counted_models, course_noun,
                                          disaster_word, doers_of, first_prose_sentence, infinitive, names_an_act,
                                          noun_read_as_participle, previous_sentence, same_paragraph)
from kg.extraction.gazetteer import gazetteer
from kg.extraction.nlp import verb_lemmas
from kg.extraction.parsed import headline_end, parsed, sent_start, words_with
from kg.extraction.references import person_antecedent
from kg.records import Entity
from kg.taxonomy import EventType, branches, taxonomy, verb_triggers

# Adverbs the parser sometimes gives a phrasal verb's particle as ("stepped down", "called off").
_PARTICLES = frozenset("down up off out back over away".split())


def taxonomy_triggers(r: Reading, mentions: list[Mention]) -> list[Mention]:
    """A noun or verb whose lemma (with its particle or preposition, or with its theme: "exchange of
    prisoners") the taxonomy lists as a trigger of a type signals an event of that type; "a previous
    attack" is a fresh one."""
    types = taxonomy()
    heads = _trigger_heads(tuple(types))
    p = parsed(r.doc)
    capitalised = _headline_common_nouns(r.doc)
    verb = headline_verb_read_as_noun(r.doc)
    # the cheap test first, on the words read once: most words begin no trigger
    found = [m for i, (pos, lemma, lower) in enumerate(zip(p.pos, p.lemmas, p.lowers))
             if (lemma in heads or lower in heads) and (pos in ("NOUN", "VERB") or i in capitalised)
             and (m := _trigger(p.tokens[i], heads, r.index, as_verb=p.tokens[i] is verb,
                                common_noun=i in capitalised))]
    for m in found:
        if m.token is verb:  # "Rebels attack army base": what is named before the verb does it
            start = sent_start(verb)
            # the phrases before it, read as a subject is ("Dutch court sentences ...": the court, not
            # the state its adjective names)
            roots = [t for t in r.doc[start:verb.i] if not start <= t.head.i < verb.i or t.head is t]
            before = [k for t in roots if r.index.in_subtree(t) for k in actors(t, r.index)]
            before += [k for t in verb.children if t.dep_ == "compound" for k in actors(t, r.index)]
            m.doers += [k for k in dict.fromkeys(before) if r.index.entities[k].kind not in NON_ACTOR_KINDS]
    _objects_told_with_their_act(found)
    return mentions + found


def _objects_told_with_their_act(found: list[Mention]) -> None:
    """A noun of a type that is the object of a verb of the same type tells the verb's act, not a
    fresh one, whatever its adjective: "the ministry recorded 300 new cholera cases" is one recording."""
    verbs = {m.token.i: m for m in found if m.token.pos_ == "VERB"}
    for m in found:
        if m.fresh and m.token.pos_ == "NOUN" and m.token.dep_ in ("dobj", "nsubjpass") \
                and (v := verbs.get(m.token.head.i)) is not None and v.type.name == m.type.name:
            m.fresh = False


# Words of winning a vote, which "a landslide" measures: "won by a landslide", "a landslide victory".
_WINNING_WORDS = frozenset("win won victory elect re-elect reelect sweep triumph defeat beat carry".split())


def _margin_of_a_win(tok: Token) -> bool:
    """Whether "landslide" tells the margin of a win: "won by a landslide", "re-elected in a
    landslide", "a landslide victory"."""
    if tok.lower_ not in ("landslide", "landslides"):
        return False
    if tok.dep_ == "pobj" and tok.head.lower_ in ("by", "in", "with"):
        return tok.head.head.lemma_.lower() in _WINNING_WORDS or tok.head.head.lower_ in _WINNING_WORDS
    return tok.dep_ in ("compound", "amod", "nmod") and tok.head.lemma_.lower() in _WINNING_WORDS


def _headline_common_nouns(doc) -> set[int]:
    """The headline's capitalised words the parser took for names that the article writes in lower
    case below ("Heatwave kills 15 in Mexico" over "A heatwave has killed ..."): common nouns."""
    head_end = headline_end(parsed(doc).text)
    if head_end is None:
        return set()
    toks = parsed(doc).tokens
    first = next((t.i for t in toks if t.idx > head_end), len(toks))
    capitals = [t for t in toks[:first] if t.pos_ == "PROPN" and t.is_title]
    if not capitals:
        return set()
    lower = {t.lower_ for t in toks[first:] if t.is_lower}
    return {t.i for t in capitals if t.lower_ in lower}


def headline_verb_read_as_noun(doc) -> Token | None:
    """The verb of a headline the parser read as a noun, when it read no verb at all: "Court sentences
    ex-minister to 10 years", "Rebels attack army base", "Ostravia sanctions Velmarian officials". It is
    the first noun after the words that open the headline whose word the lemmatizer also knows as a
    verb, with words after it (a headline's verb has an object or a phrase after it)."""
    end = headline_end(parsed(doc).text)
    if end is None:
        return None
    words = [t for t in takewhile(lambda t: t.idx < end, parsed(doc).tokens) if not t.is_space]
    if not words or any(t.pos_ in ("VERB", "AUX") for t in words):
        return None
    verbs = verb_lemmas(doc.vocab)
    for before, tok, after in zip(words, words[1:], words[2:]):
        # "Court sentences", "Army shells": a verb's -s after its subject; "Rebels attack": the plain
        # verb after a plural subject ("Velmarian attack helicopter" is a noun after an adjective)
        agrees = (tok.tag_ == "NNS" and before.pos_ in ("NOUN", "PROPN", "ADJ")) or (
            tok.tag_ == "NN" and before.tag_ in ("NNS", "NNPS"))
        if tok.pos_ == "NOUN" and agrees and after.pos_ in ("NOUN", "PROPN", "ADJ", "ADP", "DET", "NUM") \
                and tok.lemma_.lower() in verbs:
            return tok
    return None


def _people_named_by_what_befell_them(tok: Token) -> bool:
    """Whether `tok` is a participle or adjective standing for the people it befell, as the subject
    or object of a clause: "the injured were taken to hospital", "rescuers pulled out the dead"."""
    return tok.pos_ in ("VERB", "ADJ", "NOUN") and tok.tag_ in ("VBN", "JJ") \
        and tok.dep_ in ("nsubj", "nsubjpass", "dobj", "pobj") \
        and any(c.dep_ == "det" and c.lower_ == "the" for c in tok.children) \
        and not any(c.dep_ in ("prep", "compound", "amod") for c in tok.children)


def _trigger(tok: Token, heads: frozenset[str], index: EntityIndex,
             as_verb: bool = False, common_noun: bool = False) -> Mention | None:
    """The event mention `tok` signals, if any; `tok` is a noun or a verb (with `as_verb`, a noun
    that stands for a verb: a headline's "Court sentences ex-minister"; with `common_noun`, a
    capitalised word that is a common noun: a headline's "Heatwave kills 15")."""
    if tok.i in index.by_token or tok.ent_type_ in ("PERSON", "ORG", "GPE"):
        return None
    if tok.lower_ == "according":  # "according to" attributes; it is no agreement
        return None
    if _identifies(tok):  # "the victim, named as Tom Varley": who it was, no appointment
        return None
    if _market_demand(tok):  # "as demand for electric cars slows": a market's, no one's appeal
        return None
    if tok.lemma_.lower() == "meet" and any(c.dep_ in ("dobj", "nsubjpass") and c.lemma_.lower() in _MET_THINGS
                                             for c in tok.children):
        return None  # "until their demands were met", "failed to meet the deadline": fulfilled, no meeting
    if tok.lower_ == "sales" and tok.pos_ == "NOUN" and not any(c.dep_ == "prep" and c.lower_ == "of"
                                                                 for c in tok.children):
        # "tries to revive sales in China": revenue, no business sold; "Ford sales dropped", a named
        # company's selling of its goods, an economic act of no finer type
        return Mention(tok, branches()["EconomicEvent"]) if _sold_by_a_named_company(tok, index) else None
    if _people_named_by_what_befell_them(tok):  # "the injured were taken to hospital": people, no event
        return None
    if tok.lower_ == "fire" and tok.dep_ == "pobj" and tok.head.lower_ == "under":
        return None  # "troops came under fire": shot at, no blaze
    if _margin_of_a_win(tok):
        return None  # "won by a landslide": how great the win, no slide of earth
    if tok.lower_ == "charge" and tok.dep_ == "pobj" and tok.head.lower_ == "of" and tok.head.head.lower_ == "free":
        return None  # "will replace the part free of charge": at no cost, no one charged
    if tok.lower_ in _BUILDING_TRIGGERS and tok.dep_ == "pobj" and tok.head.lower_ in _LOCATIVE_PREPOSITIONS:
        return None  # "held at the county jail", "died in jail": the building, where no one is sentenced
    if _surge_of_the_sea(tok):  # "storm surges of up to three metres": the storm's sea, no market's rise
        return Mention(tok, taxonomy()["Storm"], fresh=False)
    if _taken_into_custody(tok):  # "was taken into custody by officers": an arrest told by where it puts one
        return Mention(tok, taxonomy()["Arrest"], fresh=_is_fresh(tok))
    if _count_of_disease_changing(tok):  # "as dengue cases soar": a disease spreading, no market moving
        return None
    if tok.dep_ == "dobj" and f"{tok.head.lemma_.lower()} {tok.lemma_.lower()}" in _verb_object_triggers():
        return None  # "opened fire": the object is a word of its verb's trigger, no event of its own
    lemma = tok.lemma_.lower()
    as_noun = not as_verb and (tok.pos_ == "NOUN" or common_noun or noun_read_as_participle(tok)
                               or _gerund_as_noun(tok))
    if as_noun and tok.pos_ != "NOUN":
        lemma = tok.lower_  # "issued a ruling finding ...": the noun "ruling", not the verb "rule"
    if lemma == "test" and tok.pos_ == "VERB" and _theme_lemmas(tok) & _TESTED_WEAPONS:
        # "North Korea tested a hypersonic missile": a display of force, no attack on anyone
        return Mention(tok, taxonomy()["ShowOfForce"], fresh=_is_fresh(tok))
    if lemma not in heads:
        return None
    # with its particle, preposition or adjective: "took over", "tested positive", "went missing" (a
    # participle right after the verb, however the parser tags and hangs it, stands as an adjective)
    # or with its object, where the two are one trigger: "opened fire"
    phrases = {lemma} | {f"{lemma} {c.lemma_.lower()}" for c in tok.children if c.dep_ == "dobj"} | {
        f"{lemma} {c.lower_}" for c in tok.children if (
        c.dep_ in ("prt", "prep", "agent") and not _says_when(c)) or (
        c.pos_ == "ADJ" and c.dep_ in ("acomp", "oprd", "advmod", "dobj", "advcl")) or (
        c.i == tok.i + 1 and c.dep_ in ("advcl", "xcomp", "acomp")
        and (c.pos_ == "ADJ" or c.tag_ in ("VBG", "VBN"))) or (
        c.dep_ == "advmod" and c.lower_ in _PARTICLES)}
    if any(c.dep_ == "ccomp" or (c.pos_ == "ADJ" and c.dep_ in ("acomp", "oprd", "dobj")) for c in tok.children):
        # "the court ruled (that) the law was void", "ruled the law void"; not "ruled the country"
        phrases.add(f"{lemma} that")
    if _chooses_someone_to_act(tok) if lemma in _CHOOSING_VERBS else _asks_someone_to_act(tok):
        phrases.add(f"{lemma} to")  # "asked the council to help": an appeal, whatever is asked for
    if any(p.dep_ == "prep" and p.lower_ == "as" for c in tok.children if c.dep_ == "dobj" for p in c.children):
        phrases.add(f"{lemma} as")  # "confirmed Ana Ruiz as defence secretary", "as" hung on the name
    if as_noun and tok.dep_ == "dobj" and tok.head.pos_ == "VERB":
        phrases.add(f"{tok.head.lemma_.lower()} {lemma}")  # "troops opened fire": no blaze
    if as_noun and tok.i > 0 and tok.doc[tok.i - 1].dep_ == "compound" and tok.doc[tok.i - 1].head.i == tok.i and (
            verb_object := f"{tok.doc[tok.i - 1].lemma_.lower()} {lemma}") in _verb_object_triggers():
        phrases.add(verb_object)  # a headline's "Koreas trade fire", its verb read as a noun: no blaze
    if after_adjective := _adjective_read_into_the_object(tok):
        phrases.add(f"{lemma} {after_adjective.lower_}")  # a headline's "Police shoot dead gunman"
    if tok.pos_ == "NOUN" and tok.dep_ == "compound" and not as_verb and not _subject_read_as_compound(tok) \
            and course_noun(tok) is None:
        return None  # "attack helicopter": the noun it modifies is what the text is about
    after = tok.doc[tok.i + 1] if tok.i + 1 < len(tok.doc) else None
    if as_noun and after is not None and (after.lower_ in lexicon.WARNING_NOUNS or after.lower_.endswith("s")
                                          and after.lower_[:-1] in lexicon.WARNING_NOUNS):
        return None  # "issued a tsunami warning", however parsed: a warning of the event, which did not happen
    # a verb with its particle or adjective is a word of its own and says more than the verb alone
    # with any object: "shot dead a man" is a killing, however "shot a man" is read
    longer = {p for p in phrases if " " in p and not p.endswith(" that")}
    order, nouns, verbs, themed = _trigger_index()
    words = nouns if as_noun else verbs
    first = min((words[p] for p in longer if p in words), default=None)
    if first is not None:
        return Mention(tok, order[first], fresh=_is_fresh(tok))
    candidates = sorted({n for p in phrases for n in themed.get(p, ())})
    themes = _theme_lemmas(tok) if candidates else set()
    # what moved names the event before the measure of its move: "profit jumps 18 percent" is a
    # result reported, though a market's moves are told in percent too
    for measures in (_MEASURE_THEMES, frozenset()):
        for n in candidates:
            matched = themes & order[n].themes - measures
            if matched and not _results_of_no_business(tok, matched) and not _case_of_no_disease(tok, matched):
                if order[n].name == "Attack" and matched & _TESTED_WEAPONS and _fired_as_a_test(tok):
                    return Mention(tok, taxonomy()["ShowOfForce"], fresh=_is_fresh(tok))
                return Mention(tok, order[n], fresh=_is_fresh(tok))
    first = min((words[p] for p in phrases if p in words), default=None)
    return Mention(tok, order[first], fresh=_is_fresh(tok)) if first is not None else None


# Entities that measure a change, which a verb of change takes as its object: "jumped 18 percent".
_MEASURE_ENTITIES = frozenset({"PERCENT", "MONEY", "QUANTITY"})
# Themes that measure a change rather than name what changed ("rose 3 percent", "fell 40 points").
_MEASURE_THEMES = frozenset({"percent", "point"})
# Triggers that also name the building the act sends one to, and the prepositions that make them a place.
_BUILDING_TRIGGERS = frozenset({"jail"})
_LOCATIVE_PREPOSITIONS = frozenset("at in inside from outside into behind near".split())
# Weapons a state fires to show what it has ("fired a ballistic missile into the sea").
_TESTED_WEAPONS = frozenset({"missile", "rocket", "projectile", "warhead", "weapon"})
# Where a test shot falls: "into the sea", "off its east coast", "into waters off Japan".
_OPEN_WATERS = frozenset({"sea", "ocean", "water", "waters", "coast", "pacific"})


def _fired_as_a_test(verb: Token) -> bool:
    """Whether a missile fired or launched is a test, no attack: "test-fired a cruise missile", or fired
    into the sea or off a coast at no one ("fired a ballistic missile off its east coast"); one fired
    at something ("at a ship off the coast") is an attack."""
    if any(t.lower_ == "test" for t in hyphened_prefix(verb)):
        return True
    if _aimed(verb):  # "on" tells the day too: no aim
        return False
    preps = [c for c in verb.children if c.dep_ == "prep"]
    return any(c.lower_ in ("into", "off") and p.dep_ == "pobj" and p.lemma_.lower() in _OPEN_WATERS
               for c in preps for p in c.children)


def _sold_by_a_named_company(sales: Token, index: EntityIndex) -> bool:
    """Whether "sales" are those of a company the text names before the word: "Ford sales", "Apple's sales"."""
    return any(c.dep_ in ("compound", "poss") and index.by_token.get(c.i) is not None
               and index.entities[index.by_token[c.i]].kind == "Organization" for c in sales.children)


def _subject_read_as_compound(tok: Token) -> bool:
    """Whether a noun the parser hung on the next word is that word's subject, the word a verb it read
    as a noun: "A wildfire spread towards Athens" parsed as one noun "wildfire spread", in a sentence
    with no verb at all."""
    head = tok.head
    return head.i == tok.i + 1 and head.dep_ == "ROOT" and head.pos_ == "NOUN" and head.tag_ in ("NN", "NNS") \
        and any(c.dep_ == "prep" for c in head.children) \
        and not any(t.pos_ in ("VERB", "AUX") for t in head.sent)


@lru_cache(maxsize=1)
def _trigger_index() -> tuple[list[EventType], dict[str, int], dict[str, int], dict[str, tuple[int, ...]]]:
    """The taxonomy's types in order, and for each trigger the place of the first type it signals as a
    noun and as a verb ("fire" burns only as a noun), and of every type it signals with a theme: a
    word is looked up once, not tried against every type."""
    order = list(taxonomy().values())
    nouns: dict[str, int] = {}
    verbs: dict[str, int] = {}
    themed: dict[str, list[int]] = {}
    for n, etype in enumerate(order):
        for w in etype.triggers:
            nouns.setdefault(w, n)
        for w in etype.triggers - etype.noun_only:
            verbs.setdefault(w, n)
        for w in etype.themed:
            themed.setdefault(w, []).append(n)
    return order, nouns, verbs, {w: tuple(ns) for w, ns in themed.items()}


# Words that make "results" a company's accounts: "quarterly results", "its annual results".
_ACCOUNTS_WORDS = frozenset("quarterly annual financial fiscal half-year full-year interim quarter year "
                            "earnings".split())


def _results_of_no_business(tok: Token, themes: set[str]) -> bool:
    """Whether "results" announced are no company's accounts: "after the results were announced" in
    a story of a vote or an election. Results are accounts when a period or accounts word describes
    them ("quarterly results") or an organisation owns or announces them ("Velta posted its results")."""
    if themes != {"result"}:
        return False
    results = [t for t in tok.subtree if t.lemma_.lower() == "result"]
    owners = [t for r in results for t in r.children if t.dep_ in ("amod", "compound", "poss", "nmod")]
    if any(t.lower_ in _ACCOUNTS_WORDS or t.lower_ in ("its", "their") or t.ent_type_ == "ORG" for t in owners):
        return False
    return not any(c.dep_ in ("nsubj", "agent") and c.ent_type_ == "ORG" for c in tok.children)


def _case_of_no_disease(tok: Token, themes: set[str]) -> bool:
    """Whether a "case" confirmed, recorded or reported is no case confirmed by anyone: with no disease
    named, a case of disease is counted ("reported 85 cases", "confirmed its first case"); "the judge
    recorded the case" tells of no disease. Cases the press reports are news of cases, no confirmation."""
    if tok.pos_ != "VERB" or not themes & {"case"}:
        return False
    if tok.lemma_.lower() == "report" and any(c.dep_ == "nsubj" and _press(c) for c in tok.children):
        return True  # "the Daily Nation newspaper reported 40 cases": the press tells the news, confirms none
    if themes != {"case"}:
        return False
    cases = [c for c in tok.children if c.dep_ in ("dobj", "nsubjpass") and c.lemma_.lower() == "case"]
    return not any(d.dep_ == "nummod" or d.dep_ == "amod" and d.lower_ in _COUNTED_CASE_WORDS
                   for c in cases for d in c.children)


def _press(subject: Token) -> bool:
    """Whether a subject names a news outlet: described as one ("state broadcaster CCTV", "the Daily
    Nation newspaper") or named with a newspaper's last word ("the Lagos Herald")."""
    words = [t for t in subject.subtree if t.i <= subject.i]
    return any(t.lemma_.lower() in _PRESS_NOUNS for t in words) or subject.lower_ in lexicon.MEDIA_LAST_WORDS


_PRESS_NOUNS = frozenset("newspaper broadcaster channel outlet magazine website daily tabloid television radio "
                         "media press".split())


# Adjectives that count cases of a disease as they are found: "its first case", "12 new cases".
_COUNTED_CASE_WORDS = frozenset("new first second third suspected confirmed more further additional fresh".split())


def _asks_someone_to_act(verb: Token) -> bool:
    """Whether a verb asks someone to do something: an object (or, in the passive, a by-phrase) and a
    to-infinitive ("asked the schools to pay taxes", "was asked by the party to resign"); "when
    asked to comment" names no one who asks and is asked. A noun asks when it is someone's and a
    to-infinitive tells what it asks ("the request of the prime minister to suspend parliament")."""
    if verb.pos_ == "NOUN":  # "the request of Prime Minister Ana Ruiz to suspend parliament": whose request it is
        return any(c.dep_ == "acl" and infinitive(c) for c in verb.children) and any(
            c.dep_ == "poss" or c.dep_ == "prep" and c.lower_ in ("of", "by", "from") for c in verb.children)
    return verb.pos_ == "VERB" and any(c.dep_ == "xcomp" and infinitive(c) for c in verb.children) and any(
        c.dep_ in ("dobj", "agent") for c in verb.children)


# Verbs of choosing someone, who is then chosen for a post or task when a to-infinitive follows.
_CHOOSING_VERBS = frozenset({"name", "tap"})


def _chooses_someone_to_act(verb: Token) -> bool:
    """Whether a verb of choosing has its chosen one and a to-infinitive, however the parser hangs
    them: "named Tomas Lind to lead the talks" (the name read as a predicate, the infinitive as a
    clause of purpose), "was tapped by the governor to head the police". The chosen one is named
    or a pronoun: "named the new model to honour its founder" chooses no one."""
    return verb.pos_ == "VERB" and any(c.dep_ in ("xcomp", "advcl") and infinitive(c) for c in verb.children) \
        and any(c.dep_ in ("dobj", "oprd", "nsubjpass") and c.pos_ in ("PROPN", "PRON") for c in verb.children)


def _adjective_read_into_the_object(verb: Token) -> Token | None:
    """The adjective the parser hung on a verb's object that goes with the verb: one right after the
    verb, as in a headline with no article ("Police shoot dead gunman": "dead gunman"), or one after
    the object, where no adjective of the noun stands ("shot a man dead")."""
    if verb.pos_ != "VERB":
        return None
    for noun in (c for c in verb.children if c.dep_ == "dobj"):
        for adj in (c for c in noun.children if c.dep_ == "amod" and c.pos_ == "ADJ"):
            if adj.i == verb.i + 1 < noun.i or adj.i == noun.right_edge.i == noun.i + 1:
                return adj
    return None


def _surge_of_the_sea(tok: Token) -> bool:
    """Whether the noun "surge" is the sea a storm drives ashore ("a storm surge of three metres",
    "tidal surges flooded the coast"): weather, which no market move is. The word before is read,
    not the parse, which hangs "storm" on a noun before it ("heavy rain and storm surges")."""
    return tok.pos_ == "NOUN" and tok.lemma_.lower() == "surge" and tok.i > 0 \
        and tok.doc[tok.i - 1].lower_ in _SEA_SURGE_WORDS


_SEA_SURGE_WORDS = frozenset({"storm", "tidal"})


def _taken_into_custody(tok: Token) -> bool:
    """Whether a verb of taking puts someone into custody ("the suspect was taken into custody",
    "officers took two men into police custody"): an arrest, told by where it puts them."""
    return tok.pos_ == "VERB" and tok.lemma_.lower() in ("take", "place") and any(
        c.dep_ == "prep" and c.lower_ == "into" and any(p.dep_ == "pobj" and p.lemma_.lower() == "custody"
                                                        for p in c.children) for c in tok.children)


def _count_of_disease_changing(tok: Token) -> bool:
    """Whether a verb of rising or falling tells how many fall ill or die ("cases soared", "infections
    plunged", "deaths surged"): the count of a disease, which no market move is."""
    return tok.pos_ == "VERB" and tok.lemma_.lower() in lexicon.MEASURE_CHANGE_VERBS and any(
        c.dep_ == "nsubj" and c.lemma_.lower() in _DISEASE_COUNT_NOUNS for c in tok.children)


_DISEASE_COUNT_NOUNS = frozenset({"case", "infection", "death", "fatality", "hospitalization", "hospitalisation"})


# What is met by being fulfilled, not by a meeting: "their demands were met", "met its sales target".
_MET_THINGS = frozenset("""demand need target condition requirement deadline goal expectation criterion standard
obligation threshold quota forecast estimate cost""".split())


def _market_demand(tok: Token) -> bool:
    """Whether the noun "demand" is a market's wish to buy, not an appeal: told changing ("demand for
    cars slowed", "demand outstripped supply"; not "the demand for his resignation grew", an act
    demanded) or described as a market's ("weak consumer demand")."""
    if tok.pos_ != "NOUN" or tok.lemma_.lower() != "demand":
        return False
    if any(c.dep_ in ("amod", "compound") and c.lemma_.lower() in lexicon.MARKET_DEMAND_MODIFIERS for c in tok.children):
        return True
    # "the demand for his resignation grew": what is demanded is an act, so it is an appeal
    wanted = [p for c in tok.children if c.dep_ == "prep" and c.lower_ == "for" for p in c.children if p.dep_ == "pobj"]
    heads = _trigger_heads(tuple(taxonomy()))
    return tok.dep_ == "nsubj" and tok.head.lemma_.lower() in lexicon.MEASURE_CHANGE_VERBS \
        and not any(p.lemma_.lower() in heads for p in wanted)


def _gerund_as_noun(tok: Token) -> bool:
    """Whether an -ing form the parser tagged a verb stands as a noun: a subject or the object of a
    preposition with no subject or object of its own ("displaced by fighting in Goma", "Fighting in
    Goma displaced thousands"): the noun "fighting", not the verb "fight"."""
    return tok.tag_ == "VBG" and tok.dep_ in ("nsubj", "nsubjpass", "pcomp", "pobj") and not any(
        c.dep_ in ("nsubj", "dobj", "aux", "auxpass") for c in tok.children)


def _says_when(prep: Token) -> bool:
    """Whether "for" only tells how long its verb went on ("ruled Oman for fifty years"): such a
    phrase is no part of a phrasal trigger ("ruled for the plaintiff"). A day after "on" or "in" is
    left alone: "the court ruled on Friday" is a court's ruling more often than not; but not after a
    verb that has its particle already ("called off the search on Tuesday" is no "call on")."""
    objects = [c for c in prep.children if c.dep_ == "pobj"]
    if not objects or not all(o.ent_type_ in ("DATE", "TIME") for o in objects):
        return False
    return prep.lower_ == "for" or any(c.dep_ == "prt" for c in prep.head.children)


def _identifies(tok: Token) -> bool:
    """Whether a participle after a noun tells its name: "the victim, named as Tom Varley"."""
    return tok.dep_ == "acl" and tok.tag_ == "VBN" and any(
        c.dep_ == "prep" and c.lower_ == "as" and any(p.dep_ == "pobj" and p.pos_ == "PROPN" for p in c.children)
        for c in tok.children)


@lru_cache(maxsize=1)
def _verb_object_triggers() -> frozenset[str]:
    """The triggers that are a verb with its object ("open fire"): two words, a verb's lemma and a noun's."""
    return frozenset(w for t in taxonomy().values() for w in t.triggers if len(w.split()) == 2
                     and w.split()[1] not in _PHRASE_PARTICLES)


# The second words of phrasal triggers that are particles or prepositions, not objects: "shoot down", "call for".
_PHRASE_PARTICLES = frozenset("down up off out over in on for into away back through to with against".split())


@lru_cache(maxsize=4)
def _trigger_heads(type_names: tuple[str, ...]) -> frozenset[str]:
    """The first words of every trigger: a token whose lemma is none of them signals no event."""
    types = taxonomy()
    return frozenset(w.split()[0] for name in type_names for w in types[name].triggers | types[name].themed)


# Objects that stand for a thing named before: "postponed it", "ended his" (his campaign).
_STANDING_FOR_A_THING = frozenset({"it", "his", "hers", "theirs", "its"})


def _thing_it_stands_for(it: Token) -> list[Token]:
    """The thing an object "it" (or a bare "his", "theirs") stands for: the nearest common noun
    before it that is itself an object, in its sentence ("was to hold its primary election on
    Tuesday, but the governor postponed it"), or for a possessive in the sentence before too
    ("Yang suspended his campaign. Patrick ended his")."""
    start = it.sent.start
    if it.lower_ != "it" and start > 0:
        start = it.doc[start - 1].sent.start
    for t in reversed(it.doc[start:it.i]):
        if t.pos_ == "NOUN" and t.dep_ in ("dobj", "nsubjpass", "pobj"):
            return [t]
    return []


def _aircraft_by_maker_and_model(t: Token) -> bool:
    """Whether `t` heads an aircraft named by its maker and model number: "a Boeing 737" (the number
    hangs from the maker), "an Airbus A320" (the maker from the model)."""
    if t.lower_ in lexicon.AIRCRAFT_MAKERS:
        return any(c.dep_ in ("nummod", "compound", "appos") and any(ch.isdigit() for ch in c.text) for c in t.children)
    return any(ch.isdigit() for ch in t.text) and any(
        c.dep_ == "compound" and c.lower_ in lexicon.AIRCRAFT_MAKERS for c in t.children)


def _theme_lemmas(tok: Token) -> set[str]:
    """Lemmas of what `tok` acts on: object, passive or intransitive subject, of-phrase, compound."""
    heads: list[Token] = []
    for c in tok.children:
        if c.dep_ == "dobj" and c.lower_ in _STANDING_FOR_A_THING:
            # "planned to hold its election, but the governor postponed it"; "Yang suspended his
            # campaign. Patrick ended his."
            heads += _thing_it_stands_for(c)
        elif c.dep_ in ("dobj", "nsubjpass", "compound", "attr", "oprd") or (c.dep_ == "amod" and tok.pos_ == "NOUN"):
            heads.append(antecedent(c))  # an adjective names a noun's kind too: "a cyber attack", "an aerial attack"
        elif c.dep_ == "nsubj" and tok.pos_ == "VERB" and not any(
                d.dep_ == "dobj" and d.ent_type_ not in _PLACE_ENTITIES and d.ent_type_ not in _MEASURE_ENTITIES
                for d in tok.children):
            # what an intransitive verb tells of is its subject ("the boat vanished"); a place or a
            # measure the parser reads as an object leaves it intransitive ("the boat vanished off
            # Madagascar", "profit jumped 18 percent"); a relative pronoun tells of its antecedent ("a
            # tower block that collapsed")
            heads.append(antecedent(c))
        elif c.dep_ == "prep" and (c.lower_ in ("of", "for", "with", "on", "from", "in")
                                   or c.lower_ == "at" and tok.pos_ == "NOUN"):
            # "voted on a resolution", "released from prison", "a rise in profit", "a collapse at a mine"
            heads.extend(p for p in c.children if p.dep_ == "pobj")
        elif c.pos_ == "ADJ" and c.dep_ in ("ccomp", "acomp", "oprd", "advcl"):
            heads.append(c)  # "the jury found him guilty", however the parser hangs "guilty"
        elif c.dep_ == "xcomp":  # "voted to pass the bill": what the verb it leads to acts on
            heads.extend(o for o in c.children if o.dep_ == "dobj")
        elif c.dep_ == "ccomp" and tok.pos_ == "VERB" and not any(d.dep_ in ("aux", "mark") for d in c.children):
            # "declared the outbreak an emergency": a clause of no tense or "that" is what the thing is
            # declared to be, however the parser reads it (its noun, or its "object")
            heads.extend([c] if c.pos_ == "NOUN" else [o for o in c.children if o.dep_ in ("dobj", "attr")])
    if after_adjective := _adjective_read_into_the_object(tok):
        heads.append(after_adjective)  # "found the mayor guilty" read as "the mayor guilty"
    if tok.pos_ == "NOUN" and tok.dep_ == "pobj" and tok.head.lower_ in ("in", "during") \
            and tok.head.head.pos_ == "VERB":
        # "killed in a collapse at a coal mine": the parser hangs the site on the verb; what fell is
        # the site where the people died in the fall
        heads.extend(p for c in tok.head.head.children if c.dep_ == "prep" and c.lower_ in ("at", "in")
                     and c.i != tok.head.i for p in c.children if p.dep_ == "pobj")
    if tok.pos_ == "VERB" and tok.dep_ == "xcomp" and infinitive(tok) and not any(
            c.dep_ in ("nsubj", "dobj") for c in tok.children):
        # "dock workers voted to strike", "nurses threatened to strike": an intransitive infinitive
        # tells of the subject of the verb it hangs from
        heads.extend(c for c in tok.head.children if c.dep_ == "nsubj")
    if tok.pos_ == "VERB" and tok.dep_ == "conj" and tok.head.pos_ == "VERB" and not any(
            c.dep_ in ("nsubj", "nsubjpass", "dobj") for c in tok.children):
        # "a bus veered off the road and plunged into a ravine": an intransitive verb joined to
        # another tells of the subject the two share
        heads.extend(c for c in tok.head.children if c.dep_ in ("nsubj", "nsubjpass"))
    if tok.pos_ == "VERB" and tok.dep_ == "acl" and tok.head.pos_ in ("NOUN", "PROPN") \
            and not any(c.dep_ == "dobj" for c in tok.children):
        # "a lorry overturned on the M6", which the parser reads as a participle describing the
        # lorry, or "the National Salt Study published this week": the noun (or the name's head) is
        # what the intransitive or passive verb tells of
        heads.append(tok.head)
    if tok.pos_ == "NOUN" and tok.dep_ == "dobj":
        # "offered buyouts to 22,000 employees": whom the thing handed over goes to
        heads.extend(p for c in tok.head.children if c.dep_ == "prep" and c.lower_ == "to"
                     for p in c.children if p.dep_ == "pobj")
    out: set[str] = {d.lemma_.lower() for d in _noun_doers(tok)}
    if tok.pos_ == "NOUN" and tok.dep_ == "pobj" and tok.head.lower_ == "on" and tok.head.head.pos_ in ("VERB", "AUX"):
        # "went on strike", "are on strike": a state one is in; the type lists "on" among its themes
        out.add("on")
    for h in heads:
        if h.lemma_.lower() in _COURSE_HEADS and any(course_noun(c) is not None for c in h.children):
            continue  # "sought bankruptcy protection": the act its course is of, no protection asked for
        for t in [h, *h.conjuncts]:
            out.update(_forms(t))
            if t.ent_type_ == "PERSON" and gazetteer().place(t.text) is None:
                # "Senator Ana Vell was shot": a person named is a person; "seized Goma", a town the
                # model took for one, is not
                out.add("person")
            if _aircraft_by_maker_and_model(t):
                out.add("aircraft")  # "a Boeing 737 crashed", not "Boeing shares plunged"
            # "the Dow Jones Industrial Average fell", "imposed martial law": the words that name
            # what it is count too
            # (a name's words hang from one another: "Dow" from "Jones", "Jones" from "Average")
            named = [c for c in t.children if c.dep_ in ("compound", "amod")]
            while named:
                c = named.pop()
                out.update(_forms(c))
                if c.text in lexicon.SHIP_PREFIXES:
                    out.add("ship")  # "the MV Sewol sank": a ship named by its prefix
                named.extend(g for g in c.children if g.dep_ == "compound")
            # "a series of ballistic missiles", "an exchange of 270 servicemen", "a rise in profit",
            # "dozens of rounds of artillery" (a count of units of the thing)
            for c in t.children:
                if c.dep_ == "prep" and c.lower_ in ("of", "in"):
                    objects = [p for p in c.children if p.dep_ == "pobj"]
                    out.update(w for p in objects for w in _forms(p))
                    for p in c.children:
                        out.update(cc.lemma_.lower() for cc in p.conjuncts)
                    if c.lower_ == "of":
                        out.update(q.lemma_.lower() for p in objects for d in p.children
                                   if d.dep_ == "prep" and d.lower_ == "of" for q in d.children if q.dep_ == "pobj")
    return out


def _forms(tok: Token) -> tuple[str, ...]:
    """The lemma of a theme word, and for a plural its own form too: a noun found only in the plural
    ("measles", "damages") is a theme as written, which the lemmatizer cuts ("measle")."""
    lemma = tok.lemma_.lower()
    return (lemma, tok.lower_) if tok.tag_ in ("NNS", "NNPS") and tok.lower_ != lemma else (lemma,)


# Entity types of named places: as a verb's "object" they are mostly where it happened, misparsed.
_PLACE_ENTITIES = frozenset({"GPE", "LOC", "FAC"})


def _noun_doers(tok: Token) -> list[Token]:
    """Who does what an event noun names, and what over, as the sentence tells them: "a strike by
    nurses", "the dockers' strike", "a strike over pay", and the subject of the verb it is the object
    of ("nurses began a strike", "workers went on strike", "teachers joined the strike", "workers
    voted to end the strike"), unless it
    causes it ("the attacks triggered fires"). They tell the
    kind of a word that names different types by who does it: a strike of workers is no attack."""
    if tok.pos_ != "NOUN":
        return []
    out = [c for c in tok.children if c.dep_ == "poss"]
    out += [p for c in tok.children if c.dep_ == "prep" and c.lower_ in ("by", "over")
            for p in c.children if p.dep_ == "pobj"]
    verb = tok.head if tok.dep_ == "dobj" else (
        tok.head.head if tok.dep_ == "pobj" and tok.head.dep_ == "prep" else None)
    # "the attacks triggered fires": what causes an event does not do it
    if verb is not None and verb.pos_ in ("VERB", "AUX") and verb.i != tok.i and not causes(verb):
        # "workers voted to end the strike": a verb that shares its subject is done by that subject
        out += [c for c in verb.children if c.dep_ == "nsubj"] or [d for d in doers_of(verb) if d.pos_ == "NOUN"]
    # "thousands of workers went on strike": the ones a count or part is of
    out += [p for d in out for c in d.children if c.dep_ == "prep" and c.lower_ == "of"
            for p in c.children if p.dep_ == "pobj"]
    return [t for d in out for t in (d, *d.conjuncts)]


def _is_fresh(tok: Token) -> bool:
    """Whether the mention tells an event other than those told before it: "a previous attack", or
    a verb whose subject is others than those named before ("The other two indices fell too")."""
    if tok.pos_ == "VERB":
        return any(c.dep_ in ("nsubj", "nsubjpass") and any(
            d.dep_ in ("amod", "det") and d.lower_ in _OTHERS for d in c.children) for c in tok.children)
    return any(c.lower_ in lexicon.NEW_EVENT_MODIFIERS for c in tok.children if c.dep_ in ("amod", "det"))


# Words that make a subject others than those named before: "the other indices", "another firm".
_OTHERS = frozenset({"other", "another"})


def moves_of_market_indices(r: Reading, mentions: list[Mention]) -> list[Mention]:
    """What a stock index does with a figure is a market move, whatever the verb: it reaches,
    strikes or ends at a level ("the Halvor 300 Index struck a ten-month high", "the Brema index
    reached 3,020 points", "ended the day at 9,505") or gains and loses on the way ("after gaining
    1.2%", told without a subject of its own, is the index's, too). The index is a name of the
    gazetteer of indices, or a phrase headed by "index" or "average" ("the Halvor index")."""
    by_token = {m.token.i: m for m in mentions}
    market = taxonomy()["MarketMove"]
    moving = {m.token.i for m in mentions if "MarketMove" in (m.type.name, *m.type.ancestors)}
    added: list[Mention] = []
    for tok in words_with(r.doc, _market_verbs(), "VERB"):
        if not _tells_a_market_figure(tok) or _index_subject(tok) is None:
            continue
        m = by_token.get(tok.i)
        # "oil rose 3% while the Nikkei fell 1.2%": a verb with an index of its own for subject is a move
        # of its own, whatever move its clause hangs on
        own = any(c.dep_ == "nsubj" for c in tok.children)
        if m is None and (own or not moving & {t.i for t in _clause_chain(tok)}):
            # a verb hanging on a move already told is more of that move ("gained 155 points to end
            # the day at 9,505"): its figures go to that move, nearest in the parse
            added.append(Mention(tok, market))
            moving.add(tok.i)
        elif m is not None and "MarketMove" not in (m.type.name, *m.type.ancestors) \
                and tok.lemma_.lower() in lexicon.INDEX_LEVEL_VERBS:
            m.type = market  # "struck a ten-month high": no attack
            moving.add(tok.i)
    return mentions + added


def _clause_chain(verb: Token) -> list[Token]:
    """The verbs `verb` hangs on or that hang on it as clauses of the same telling ("gained ... to end
    the day", "reached 3,020 points after gaining 1.2%")."""
    out: list[Token] = []
    head = verb.head.head if verb.dep_ == "pcomp" and verb.head.dep_ == "prep" else verb.head
    if verb.dep_ in ("advcl", "xcomp", "conj", "pcomp") and head.pos_ == "VERB":
        out.append(head)
    for c in verb.children:
        if c.dep_ in ("advcl", "xcomp", "conj") and c.pos_ == "VERB":
            out.append(c)
        elif c.dep_ == "prep":
            out += [p for p in c.children if p.dep_ == "pcomp" and p.pos_ == "VERB"]
    return out


def _index_subject(verb: Token) -> Token | None:
    """The stock index that is the subject of `verb`, or of the verb it hangs from when it has none
    of its own ("reached 3,020 points after gaining 1.2%"); None when that subject is no index."""
    for _ in range(3):
        subjects = [c for c in verb.children if c.dep_ == "nsubj"]
        if subjects:
            return subjects[0] if _names_an_index(subjects[0]) else None
        if verb.dep_ == "pcomp" and verb.head.dep_ == "prep":
            verb = verb.head.head
        elif verb.dep_ in ("advcl", "conj", "xcomp") and verb.head.pos_ == "VERB":
            verb = verb.head
        else:
            return None
    return None


@lru_cache(maxsize=1)
def _market_verbs() -> frozenset[str]:
    """The lemmas of verbs that tell a market's level or move."""
    market = taxonomy()["MarketMove"]
    return frozenset(lexicon.INDEX_LEVEL_VERBS) | market.themed | market.triggers


def _names_an_index(noun: Token) -> bool:
    """Whether the phrase headed by `noun` names a stock index: a name of the gazetteer of indices
    ("the FTSE 100", "the Nikkei"), one that also names an exchange ("the Nasdaq": `_index_subject`
    asks for a figure), or a phrase headed by an index word ("the Halvor 300 Index", "the Brema index")."""
    if noun.lower_ in lexicon.INDEX_WORDS:
        return True
    words = [t.lower_ for t in noun.doc[noun.left_edge.i:noun.i + 1] if t.pos_ in ("PROPN", "NUM") or t.i == noun.i]
    # the name is the words ending at the head, after any other name ("Japan's Nikkei 225")
    return any(" ".join(words[i:]) in lexicon.STOCK_INDICES | lexicon.EXCHANGE_INDEX_NAMES for i in range(len(words)))


def _tells_a_market_figure(verb: Token) -> bool:
    """Whether `verb` tells a level or a change a market makes: a verb of reaching a level with a
    figure or a high or low as its object or in its phrase ("struck a ten-month high", "ended at
    9,505"), or a verb of rising or falling with a figure ("gaining 1.2%")."""
    if verb.lemma_.lower() not in _market_verbs():
        return False
    said = [c for c in verb.children if c.dep_ in ("dobj", "npadvmod", "attr")]
    said += [p for c in verb.children if c.dep_ == "prep" and c.lower_ in ("at", "to", "of", "by")
             for p in c.children if p.dep_ == "pobj"]
    return any((t.like_num and t.ent_type_ not in ("DATE", "TIME")) or t.lower_ in lexicon.MARKET_LEVEL_NOUNS
               or t.lower_ == "%" for w in said for t in w.subtree)


def acts_voted_for(r: Reading, mentions: list[Mention]) -> list[Mention]:
    """A vote to do an act is that act, done by vote: in "parliament voted to impeach the president"
    and in a headline's "Parliament votes to impeach President Voss" (where the parser takes "votes"
    for a noun), the vote is another word of the act its infinitive names, and the voters (the
    verb's subject; the headline noun's compound or adjective) do it. A vote whose infinitive names
    no event ("voted to leave"), or names it as not done ("voted not to strike"), stays a vote."""
    by_token = {m.token.i: m for m in mentions}
    dropped: set[int] = set()
    for m in mentions:
        vote = m.token
        if vote.lemma_.lower() != "vote":
            continue
        act = next((by_token[c.i] for c in vote.children if c.i in by_token and c.pos_ == "VERB"
                    and c.dep_ in ("xcomp", "relcl", "acl", "advcl") and infinitive(c)
                    and not any(n.dep_ == "neg" for n in c.children)), None)
        if act is None or act.token.lemma_.lower() == "vote":
            continue
        act.also.append(vote)
        dropped.add(vote.i)
        if vote.pos_ == "NOUN":  # "Ostravian parliament votes to impeach": the voters name the noun
            act.doers += [k for c in vote.children if c.dep_ in ("compound", "nsubj", "poss")
                          for k in actors(c, r.index)]
    return [m for m in mentions if m.token.i not in dropped]


def disasters_strike(r: Reading, mentions: list[Mention]) -> list[Mention]:
    """'An earthquake struck the north', 'the storm hit Florida': a verb of attack (or of coming, "the
    cyclone arrived") whose subject is a disaster names the disaster striking, not an attack; it
    becomes a mention of that disaster, as it does when the subject is a disaster's name ("Typhoon
    Yagi has killed 59"). So
    does a headline's "strikes" the parser took for a noun with the disaster as its subject
    ("Earthquake of magnitude 7.4 strikes Taiwan"), and "a magnitude 6.1 earthquake struck", whose
    quake the parser sets beside "magnitude" as its subject."""
    by_token = {m.token.i: m for m in mentions}
    for m in mentions:
        # in a headline the parser may leave the disaster hanging on the noun it made of the verb
        # ("Earthquake | of magnitude 6.1 strikes off Japan coast")
        heads = ("nsubj", "dep") if m.token.idx < r.headline_end else ("nsubj",)
        verb_like = m.token.pos_ == "VERB" or m.token.dep_ == "ROOT" and any(
            c.dep_ == "nsubj" or c.dep_ in heads and c.i < m.token.i for c in m.token.children)
        # "before the cyclone arrived": a disaster that moves is the disaster too
        if not verb_like or "ConflictEvent" not in m.type.ancestors and m.type.name != "Transport":
            continue
        subjects = [c for c in m.token.children if c.dep_ == "nsubj" or c.dep_ in heads and c.i < m.token.i]
        # "A magnitude 6.1 earthquake struck": the parser makes "magnitude" the subject, the quake its apposition
        subjects += [a for c in subjects for a in c.children if a.dep_ == "appos"]
        causes = [by_token[c.i] for c in subjects if c.i in by_token]
        cause = next((c for c in causes if "Disaster" in {c.type.name, *c.type.ancestors}), None)
        if cause is not None:
            m.type = cause.type
            continue
        # a named disaster: "Typhoon Yagi has killed 59", whatever kind of name the model gave it
        kinds = _disaster_triggers()
        named = next((kinds[w] for c in m.token.children if c.dep_ == "nsubj"
                      for w in [disaster_word(c, r.index)] if w in kinds and (
                          r.index.at(c) or c.lower_ in storm_names(r.doc))), None)
        if named is not None:
            m.type = named
    return mentions


def sites_stormed(r: Reading, mentions: list[Mention]) -> list[Mention]:
    """"Protesters stormed the parliament", "troops stormed the compound", "the embassy was stormed":
    the verb "storm" with an object is an assault on a place, no weather. A riot when those who
    storm are a crowd or protesters (the doers a protest names, or `lexicon.CROWD_NOUNS`), else an
    attack. A headline's "Protesters storm parliament", where the parser takes "storm" for a noun
    with a subject and an object, is read the same way, and is no storm."""
    types = taxonomy()
    riot, attack = types.get("Riot"), types.get("Attack")
    if riot is None or attack is None:
        return mentions
    crowds = riot.doer_nouns | lexicon.CROWD_NOUNS
    by_token = {m.token.i: m for m in mentions}
    for tok in words_with(r.doc, ("storm",)):
        if tok.i in r.index.by_token:
            continue
        deps = {c.dep_ for c in tok.children}
        if not ((tok.pos_ == "VERB" and deps & {"dobj", "nsubjpass"})
                or (tok.pos_ == "NOUN" and {"nsubj", "dobj"} <= deps)):
            continue
        stormers = [c for c in tok.children if c.dep_ == "nsubj"]
        stormers += [p for c in tok.children if c.dep_ == "agent" for p in c.children if p.dep_ == "pobj"]
        # "hundreds of protesters stormed": the ones a count is of
        stormers += [p for s in stormers for c in s.children if c.dep_ == "prep" and c.lower_ == "of"
                     for p in c.children if p.dep_ == "pobj"]
        kind = riot if any(s.lemma_.lower() in crowds for s in stormers) else attack
        by_token[tok.i] = Mention(tok, kind)
    return sorted(by_token.values(), key=lambda m: m.token.i)


def weapons_strike(r: Reading, mentions: list[Mention]) -> list[Mention]:
    """'Drones hit an oil refinery', 'a missile slammed into a block of flats', 'the depot was hit by
    rockets', 'airstrikes pounded the city': a verb of striking (`lexicon.STRIKING_VERBS`) whose
    subject, or passive by-phrase, is a weapon (a theme of the attack type) or an attack told by a
    noun names an attack: of that attack's type, else a plain one. (A disaster striking is the
    disaster: `disasters_strike`, `acts_of_named_disasters`.)"""
    attack = taxonomy().get("Attack")
    if attack is None:
        return mentions
    by_token = {m.token.i: m for m in mentions}
    out: list[Mention] = []
    for tok in words_with(r.doc, lexicon.STRIKING_VERBS, "VERB"):
        if tok.i in by_token:
            continue
        hitters = [c for c in tok.children if c.dep_ == "nsubj"]
        hitters += [p for c in tok.children if c.dep_ == "agent" for p in c.children if p.dep_ == "pobj"]
        hitters += [c for h in hitters for c in h.conjuncts]
        told = [by_token[h.i] for h in hitters if h.i in by_token]
        told = [m for m in told if "Attack" in (m.type.name, *m.type.ancestors)]
        if told:
            out.append(Mention(tok, told[0].type))  # "airstrikes pounded the city": the airstrikes striking
        elif any(h.lemma_.lower() in attack.themes for h in hitters):
            out.append(Mention(tok, attack))
    return sorted(mentions + out, key=lambda m: m.token.i) if out else mentions


def weapons_tested(r: Reading, mentions: list[Mention]) -> list[Mention]:
    """A weapons test told by its noun strikes no one: "a missile test", "a nuclear test", "a test of
    its hypersonic missile" are a show of force (CAMEO 15), never an attack, and a verb of carrying
    it out is a word of it ("conducted a missile test"). The verbs ("test-fired two missiles",
    "tested a cruise missile") are read as such by the trigger lookup."""
    attack, show = taxonomy().get("Attack"), taxonomy().get("ShowOfForce")
    if attack is None or show is None:
        return mentions
    weapons = attack.themes | _TESTED_WEAPONS
    tested = [tok for tok in words_with(r.doc, ("test",), "NOUN") if any(
        c.dep_ in ("compound", "amod") and (c.lemma_.lower() in weapons or c.lower_ == "nuclear")
        for c in tok.children) or any(p.dep_ == "prep" and p.lower_ == "of" and o.lemma_.lower() in weapons
                                      for p in tok.children for o in p.children if o.dep_ == "pobj")]
    if not tested:
        return mentions
    at = {tok.i for tok in tested}
    out = [m for m in mentions if m.token.i not in at and not (
        "Attack" in (m.type.name, *m.type.ancestors) and m.token.head.i in at)]
    out += [Mention(tok, show, fresh=_is_fresh(tok)) for tok in tested]
    return sorted(out, key=lambda m: m.token.i)


def launches_of_a_weapons_test(r: Reading, mentions: list[Mention]) -> list[Mention]:
    """After a weapons test ("North Korea fired a ballistic missile into the sea"), a launch of a
    missile aimed at nothing is that test told again ("the missile was launched from near
    Pyongyang"), no attack; one fired at something ("fired rockets at Seoul") stays an attack. So
    are "the launch" and "the test" told after it."""
    tests = [m for m in mentions if m.type.name == "ShowOfForce" and m.token.lemma_.lower() in _TEST_WORDS]
    if not tests:
        return mentions
    show = tests[0].type
    for m in mentions:
        tok = m.token
        if m.type.name != "Attack" or tok.i < tests[0].token.i or tok.lemma_.lower() not in _SHOT_WORDS:
            continue
        if _aimed(tok):
            continue
        if not _theme_lemmas(tok) & m.type.themes <= _TESTED_WEAPONS:
            continue  # "launched drones", "fired artillery": no test of the weapon told before
        m.type = show
    taken = {m.token.i for m in mentions}
    p = parsed(r.doc)
    told = [Mention(t, show) for i, t in enumerate(p.tokens) if i > tests[0].token.i and p.lemmas[i] in _TEST_WORDS
            and p.pos[i] == "NOUN" and i not in taken and i not in r.index.by_token
            and any(c.dep_ == "det" and c.lower_ in ("the", "this", "that") for c in t.children)]
    return sorted(mentions + told, key=lambda m: m.token.i) if told else mentions


# Words that tell a weapon's being fired, as a test or as an attack, and those that tell its flight.
_TEST_WORDS = frozenset({"fire", "launch", "test", "test-fire"})
_SHOT_WORDS = _TEST_WORDS | {"fall", "land", "fly"}


def _aimed(verb: Token) -> bool:
    """Whether a shot is told as aimed at something ("fired at a ship", "against the base"); "at"
    a time ("launched at around 7:30 a.m.") aims at nothing."""
    return any(c.dep_ == "prep" and c.lower_ in ("at", "against", "toward", "towards") and not any(
        p.ent_type_ in ("TIME", "DATE") or p.like_num for p in c.children) for c in verb.children)


def forces_sent_to_a_disaster(r: Reading, mentions: list[Mention]) -> list[Mention]:
    """Forces sent, deployed or put on alert in a story of a disaster told before (or in the same
    sentence), and of no fighting, are there to help with it, no show of force: after "Storm Elin hit Wales", "the army sent
    100 soldiers to help clear roads" is an act of no finer type, of a named actor only ("a warship
    was deployed to retrieve them" is none), as `acts_of_named_actors` has it."""
    first = min((sent_start(m.token) for m in mentions if "Disaster" in m.type.ancestors), default=None)
    # a story of fighting keeps its forces' moves, whatever explosions or fires it tells
    if first is None or any("ConflictEvent" in m.type.ancestors and m.type.name != "ShowOfForce" for m in mentions):
        return mentions
    out: list[Mention] = []
    for m in mentions:
        if m.type.name == "ShowOfForce" and sent_start(m.token) >= first:
            m.doers = [k for s in doers_of(m.token) for k in actors(s, r.index)]
            if not m.doers:
                continue
            m.type, m.generic, m.fresh = ANY_EVENT, True, True
        out.append(m)
    return out


def killings_by_attackers(r: Reading, mentions: list[Mention]) -> list[Mention]:
    """A killing, wounding or blast done by people the text names by their violence is an attack:
    "Gunmen killed five villagers", "two suicide bombers killed 14 people", "three soldiers were
    wounded by militants", "a suicide bomber blew himself up" (the subject, or the passive's
    by-phrase, is a gunman, bomber, militant ...)."""
    attack = taxonomy()["Attack"]
    for m in mentions:
        if m.type.name not in ("Casualty", "Explosion") or m.token.pos_ != "VERB":
            continue
        doers = [c for c in m.token.children if c.dep_ == "nsubj"]
        doers += [p for c in m.token.children if c.dep_ == "agent" for p in c.children if p.dep_ == "pobj"]
        doers = doers or doers_of(m.token)  # "stormed the school and shot dead a guard": the shared subject
        if any(d.lemma_.lower() in lexicon.ATTACKER_NOUNS or d.lower_ in lexicon.ATTACKER_NOUNS for d in doers):
            m.type = attack
    return mentions


def _for_and_against(phrase: Token) -> bool:
    """Whether a phrase counts votes for and against: "with 153 votes in favour and 87 against"."""
    return any(t.lower_ in ("favour", "favor", "against") for t in phrase.subtree)


def tallies_are_no_contests(r: Reading, mentions: list[Mention]) -> list[Mention]:
    """Votes counted in a "by" phrase are the tally of the act they decided, no contest of their own:
    "Parliament passed the budget by 230 votes to 190", "the motion was carried by 52 votes"; so are
    votes for and against in a "with" phrase ("failed to override the veto, with 153 votes in favour
    and 87 against")."""
    def tally(m: Mention) -> bool:
        tok = m.token
        if m.type.role("agent") != "winner" or tok.pos_ != "NOUN" \
                or not any(c.dep_ == "nummod" or c.like_num for c in tok.children):
            return False
        if tok.dep_ == "pobj" and tok.head.lower_ == "by" and tok.head.head.pos_ in ("VERB", "AUX"):
            return True
        # "with 153 votes in favour and 87 against", however the parser hangs the votes in the phrase
        prep = next((a for a in list(tok.ancestors)[:3] if a.dep_ == "prep" and a.lower_ == "with"), None)
        return prep is not None and prep.head.pos_ in ("VERB", "AUX") and _for_and_against(prep)
    return [m for m in mentions if not tally(m)]


def crushes_told_by_their_crusher(r: Reading, mentions: list[Mention]) -> list[Mention]:
    """A crush is a stampede only when no one or a crowd does it: "were crushed in the surge", "crushed
    by the crowd". Crushed by a disaster, it is that disaster ("seven were crushed by a landslide": the
    landslide); crushed by anything else ("crushed by a lorry", "the army crushed the revolt"), no
    stampede at all."""
    out: list[Mention] = []
    for m in mentions:
        if m.type.name == "Stampede" and m.token.pos_ == "VERB":
            doers = doers_of(m.token)
            disaster = next((d for d in mentions for s in doers if d.token.i == s.i and d is not m
                             and "Disaster" in d.type.ancestors), None)
            if disaster is not None:
                m.type = disaster.type
            elif doers and not any(s.lemma_.lower() in lexicon.CROWD_NOUNS for s in doers):
                continue
        out.append(m)
    return out


def acts_of_named_disasters(r: Reading, mentions: list[Mention]) -> list[Mention]:
    """What a storm or other disaster does is that disaster: "Hurricane Lorenzo hit the Azores",
    "a typhoon made landfall" are mentions of the storm (a disaster noun, or a name that begins with
    a word the taxonomy lists for a disaster type, or a fire's name: "the Canyon Fire has burned
    8,000 hectares"), never acts of an actor."""
    taken = {m.token.i for m in mentions}
    kinds = _disaster_triggers()
    out: list[Mention] = []
    disasters = {m.token.i: m.type for m in mentions if "Disaster" in m.type.ancestors and m.token.pos_ == "NOUN"}
    for tok in parsed(r.doc).tokens:
        if tok.pos_ != "VERB" or tok.i in taken or tok.lemma_.lower() in lexicon.CUE_VERBS:
            continue
        subjects = doers_of(tok)
        struck = next((disasters[s.i] for s in subjects if s.i in disasters), None)
        if struck is not None:
            out.append(Mention(tok, struck))  # "a hurricane hit Florida": the storm hitting
            continue
        for s in subjects:
            first = disaster_word(s, r.index)
            if first in kinds and (r.index.at(s) or s.lower_ in storm_names(r.doc)
                                   or any(c.dep_ == "compound" for c in s.children)):
                out.append(Mention(tok, kinds[first]))
                break
            if s.text == "Fire" and "fire" in kinds and s.i not in taken and any(c.dep_ == "compound" for c in s.children):
                # a fire's name ends in "Fire" ("the Canyon Fire has burned ..."); the name, not the verb,
                # is the mention, so that the fire told again by name is the fire told before
                out.append(Mention(s, kinds["fire"]))
                break
    return mentions + out


def posts_taken_over(r: Reading, mentions: list[Mention]) -> list[Mention]:
    """To take over with nothing taken is to succeed someone in a post, no acquisition: "Ana Roe, who
    took over last March", "took over as chief executive", "took over from Sam Hale". A company taken
    over is the object ("took over Bellamy Snacks") or, in the passive, the subject ("was taken over")."""
    def post(m: Mention) -> bool:
        tok = m.token
        return m.type.name == "Acquisition" and tok.pos_ == "VERB" and tok.lemma_.lower() == "take" \
            and any(c.dep_ == "prt" and c.lower_ == "over" for c in tok.children) \
            and not any(c.dep_ in ("dobj", "nsubjpass", "auxpass") for c in tok.children)
    return [m for m in mentions if not post(m)]


def violence_that_breaks_out(r: Reading, mentions: list[Mention]) -> list[Mention]:
    """Violence that breaks out, erupts or flares is a clash whose sides the sentence may not name:
    "Violence broke out on Saturday when thousands rallied", "violence erupted in the capital" (the
    noun is the event's word; "violence" alone, "condemned the violence", is a judgement of acts
    told elsewhere, and no event)."""
    taken = {m.token.i for m in mentions}
    out: list[Mention] = []
    for tok in words_with(r.doc, _OUTBREAK_NOUNS):
        # a sentence's first word may be read as a name ("Violence broke out ..." after a headline)
        if tok.i in taken or tok.pos_ not in ("NOUN", "PROPN") or tok.i in r.index.by_token:
            continue
        verb = tok.head
        if tok.dep_ == "nsubj" and verb.lemma_.lower() in _BREAKING_OUT and (
                verb.lemma_.lower() != "break" or any(c.dep_ == "prt" and c.lower_ == "out" for c in verb.children)):
            # the verb carries the clause's day and place ("broke out in Varna on Sunday"); the noun
            # stays the event's word
            out.append(Mention(verb, taxonomy()["Clash"], also=[tok]))
    return mentions + out


# Nouns of fighting told by its breaking out, not by who fought: "violence broke out".
_OUTBREAK_NOUNS = frozenset({"violence"})
# Verbs of a fight beginning on its own: "broke out", "erupted", "flared".
_BREAKING_OUT = frozenset({"break", "erupt", "flare"})


# Verbs of winning over a rival: "defeated the incumbent", "beat Roe", "unseated the mayor".
_DEFEATING_VERBS = frozenset("defeat beat unseat oust outpoll trounce".split())


def contests_won_over_rivals(r: Reading, mentions: list[Mention]) -> list[Mention]:
    """A verb of defeating a rival told in a contest is the winning of that contest, one of its
    mentions: "Lee defeated Roe in the runoff", "the election, in which Lee beat Roe", "Lee is
    projected to have defeated Roe in the popular vote". Its subject is then the contest's winner.
    A person defeated by a count of votes was beaten in an election, whether or not it is named:
    "Ho defeated Lee by 5,000 votes" (a bill defeated by votes is a legislature's, and no person)."""
    contests = {m.token.i: m.type for m in mentions if m.type.role("agent") == "winner" and m.token.pos_ != "VERB"}
    taken = {m.token.i for m in mentions}
    out: list[Mention] = []
    for tok in words_with(r.doc, _DEFEATING_VERBS, "VERB"):
        if tok.i in taken:
            continue
        told_in = [p for c in tok.children if c.dep_ == "prep" and c.lower_ == "in" for p in c.children
                   if p.dep_ == "pobj"]
        told_in += [c for p in told_in for c in p.conjuncts]
        node = tok
        while node.dep_ == "xcomp" and node.head.i != node.i:
            node = node.head  # "is projected to have defeated": the clause is the projection's
        if node.dep_ == "relcl":
            told_in.append(node.head)  # "the runoff, where Lee beat Roe"
        contest = next((contests[p.i] for p in told_in if p.i in contests), None)
        if contest is None and _person_beaten_by_votes(tok, r.index):
            contest = taxonomy()["Election"]
        if contest is None:
            continue
        m = Mention(tok, contest)
        if node is not tok and not any(c.dep_ in ("nsubj", "nsubjpass") for c in tok.children):
            # "Lee is projected to have defeated Roe": the one projected is the one who defeated
            m.doers = [k for c in node.children if c.dep_ in ("nsubj", "nsubjpass")
                       for k in actors(antecedent(c), r.index)]
        out.append(m)
    return sorted(mentions + out, key=lambda m: m.token.i) if out else mentions


def _person_beaten_by_votes(verb: Token, index: EntityIndex) -> bool:
    """Whether a verb of defeating has a named person as its object and a count of votes in its "by"
    phrase: "defeating Lee Cheuk-yan by around five thousand votes"."""
    beaten = [c for c in verb.children if c.dep_ == "dobj" and c.i in index.by_token
              and index.entities[index.by_token[c.i]].kind == "Person"]
    tally = [p for c in verb.children if c.dep_ == "prep" and c.lower_ == "by" for p in c.children
             if p.dep_ == "pobj" and p.lemma_.lower() in _VOTE_NOUNS]
    return bool(beaten and tally)


# What a winner's margin is counted in: "by 5,000 votes", "by 40 ballots".
_VOTE_NOUNS = frozenset({"vote", "ballot"})

# Verbs that tell what a contest's seats or votes went to: "most seats went to the Greens".
_GOING_VERBS = frozenset("go fall pass".split())


def seats_that_went_to_a_winner(r: Reading, mentions: list[Mention]) -> list[Mention]:
    """What a contest hands out going to someone is that contest won by them: "Over 60% of the 120
    seats went to the Green Party", "the seat fell to Labour" are mentions of the election, the
    "to" phrase its winner. The subject is a thing the contest gives (a seat, the vote, a majority:
    the type's themes), itself or as the "of" phrase of a share of it; the winner is named, not a
    figure ("the vote share fell to 20%" is no win)."""
    contests = [t for t in taxonomy().values() if t.role("agent") == "winner"]
    taken = {m.token.i for m in mentions}
    out: list[Mention] = []
    for tok in words_with(r.doc, _GOING_VERBS, "VERB"):
        if tok.i in taken:
            continue
        subjects = [c for c in tok.children if c.dep_ == "nsubj"]
        things = subjects + [p for c in subjects for o in c.children if o.dep_ == "prep" and o.lower_ == "of"
                             for p in o.children if p.dep_ == "pobj"]
        contest = next((t for t in contests for x in things if x.lemma_.lower() in t.themes), None)
        winners = [k for c in tok.children if c.dep_ == "prep" and c.lower_ == "to" for p in c.children
                   if p.dep_ == "pobj" and p.pos_ != "NUM" for k in actors(p, r.index)]
        if contest is not None and winners:
            out.append(Mention(tok, contest, doers=winners))
    return sorted(mentions + out, key=lambda m: m.token.i) if out else mentions


def rivals_beaten_in_a_win(r: Reading, mentions: list[Mention]) -> list[Mention]:
    """A participle of defeating that goes on from the winning of a contest tells the same win, its
    object the rival beaten: "Ruiz won the election, defeating Roe", "most seats went to the Greens,
    ousting Labour" (not a dismissal of Labour). The participle becomes a mention of that contest,
    done by the winner the win names."""
    wins = {m.token.i: m for m in mentions if m.type.role("agent") == "winner" and m.token.pos_ == "VERB"}
    for tok in words_with(r.doc, _DEFEATING_VERBS):
        if tok.dep_ != "advcl" or tok.tag_ != "VBG" or tok.i in wins:
            continue
        head = wins.get(tok.head.i)
        if head is None:
            continue
        # the winner: who the win says it went to ("went to the Greens"), else the subject ("Ruiz won")
        winners = list(head.doers) or [k for c in tok.head.children if c.dep_ == "nsubj" for k in actors(c, r.index)]
        mentions = [x for x in mentions if x.token.i != tok.i] + [Mention(tok, head.type, doers=winners)]
    return sorted(mentions, key=lambda m: m.token.i)


def natural_deaths(r: Reading, mentions: list[Mention]) -> list[Mention]:
    """A named person who died where no attack or disaster is told in that sentence or the one
    before it died a death, not a casualty of war: "Former president Jacques Dupont died at home"."""
    death = taxonomy().get("Death")
    violent = [m for m in mentions
               if {"ConflictEvent", "Disaster"} & set(m.type.ancestors) and m.type.name != "Casualty"]
    for m in mentions:
        if death is None or m.type.name != "Casualty" or m.token.lemma_.lower() not in ("die", "death"):
            continue
        start = sent_start(m.token)
        before = previous_sentence(r.doc, m.token)
        near = {start} | ({before.start} if before is not None else set())
        if not any(sent_start(v.token) in near for v in violent) and _names_a_person(m.token, r.index):
            m.type = death
    return mentions


def drop_weak_mentions(r: Reading, mentions: list[Mention]) -> list[Mention]:
    """A casualty word in a sentence that names an attack or disaster is part of that event; so is
    one of the next sentence of its paragraph that counts nameless dead or hurt ("A fire broke out
    in the hotel. At least 17 people died."): the count then goes to the fire. So is a rescue that
    counts the people it saved, told with the disaster ("17 died and 35 were rescued"), unless it names
    its rescuers ("fishermen rescued 700 people whose boat sank" is a rescue of its own). One that
    befell no one ("No one was hurt") is no event at all. So are people or craft gone missing in an
    attack or disaster told in the sentence, or in the one before it in the paragraph ("A ferry capsized.
    Twelve passengers went missing."): they are its missing, not a disappearance of their own."""
    index = r.index
    # a legal act told with a death is about it, never the death itself ("was found dead, prosecutors
    # said, opening a murder investigation"): it leaves the casualty its own event
    strong_sents = {sent_start(m.token) for m in mentions if m.type.name not in ("Casualty", "Rescue")
                    and "LegalEvent" not in (m.type.name, *m.type.ancestors)}
    violent = [m for m in mentions if {"ConflictEvent", "Disaster"} & {m.type.name, *m.type.ancestors}
               and m.type.name != "Casualty"]
    out = []
    for m in mentions:
        weak = m.type.name in ("Casualty", "Rescue", "Disappearance") or "Life" in m.type.ancestors
        if m.type.name == "Casualty" and sent_start(m.token) in strong_sents and not _killed_by_police(m.token, index):
            _fold_into_told(m, [v for v in violent if sent_start(v.token) == sent_start(m.token)], out)
            continue
        if m.type.name == "Disappearance" and any(sent_start(v.token) == sent_start(m.token) for v in violent):
            continue
        if weak and _befell_no_one(m.token):
            continue
        before = previous_sentence(m.token.doc, m.token) if weak else None
        in_before = [v for v in violent if before is not None and sent_start(v.token) == before.start
                     and same_paragraph(m.token.doc, v.token.idx, m.token.idx)]
        if m.type.name == "Casualty" and not in_before and _adds_to_a_toll(m.token):
            # "Another 150 people were injured", a paragraph of its own: the toll of the last attack or
            # disaster told, which the word "another" points back to
            in_before = [v for v in violent if v.token.i < m.token.i][-1:]
        in_sentence = [v for v in violent if sent_start(v.token) == sent_start(m.token)] if weak else []
        if m.type.name == "Rescue":
            # rescuers told as its subject make the rescue an act of its own ("fishermen rescued 700
            # people whose boat sank"); "35 were rescued" only counts the disaster's survivors
            rescuers = any(c.dep_ == "nsubj" for c in m.token.children)
            if (in_sentence or in_before) and not rescuers and any(
                    m.token.left_edge.i <= q.anchor <= m.token.right_edge.i for q in r.quantities):
                # the people saved are counted among the disaster's figures, its words the disaster's
                m.folded_into = (in_sentence or in_before)[-1]
        elif in_before and not _names_a_person(m.token, index):
            _fold_into_told(m, in_before, out)
            continue
        out.append(m)
    _headline_killings_told_in_the_attack(r, out)
    return out


def _headline_killings_told_in_the_attack(r: Reading, mentions: list[Mention]) -> None:
    """A headline's killing of a named person that the story tells as part of an attack ("Army kills
    rebel leader Roe" / "soldiers killed Roe in an airstrike") is a word of that attack too."""
    end = r.headline_end
    if end < 0:
        return
    folded = [(m, victims) for m in mentions if m.folded_into is not None and m.type.name == "Casualty"
              and m.token.idx > end and (victims := _named_victims(m.token, r.index))]
    for m in mentions:
        if m.token.idx < end and m.type.name == "Casualty" and m.folded_into is None and folded:
            named = _named_victims(m.token, r.index)
            m.folded_into = next((f.folded_into for f, victims in folded if named & victims), None)


def _named_victims(verb: Token, index: EntityIndex) -> set[str]:
    """The named people a verb of killing or hurting befalls: its object, or its passive subject."""
    return {k for c in verb.children if c.dep_ in ("dobj", "nsubjpass") for k in actors(c, index)
            if index.entities[k].kind == "Person"}


def _fold_into_told(m: Mention, told: list[Mention], out: list[Mention]) -> None:
    """Keep a casualty word that is part of an attack or disaster told with it as a word of that event
    (the last one told), so that where it says the people were hurt can still place the event: "a man
    began stabbing people. He injured three on Baxter High Road, London" happened on that road."""
    if told:
        m.folded_into = told[-1]
        out.append(m)


def _adds_to_a_toll(tok: Token) -> bool:
    """Whether a casualty verb counts people on top of a toll told before: "Another 150 people were
    injured", "a further 20 died", "30 more were wounded"."""
    counted = [c for c in tok.children if c.dep_ in ("nsubj", "nsubjpass", "dobj")]
    words = [w for c in counted for w in (c, *c.children, *(g for x in c.children for g in x.children))]
    return any(w.lower_ in ("another", "further") or w.lower_ == "more" and w.head.like_num or
               w.lower_ == "more" and w.i > 0 and w.doc[w.i - 1].like_num for w in words)


def _killed_by_police(tok: Token, index: EntityIndex) -> bool:
    """Whether a verb of killing names the police as who killed ("officers shot him dead in what
    police called a terrorist attack", "Metropolitan Police officers shot the attacker", "he was shot
    dead by police"): police who kill beside an attack end it, an act of their own, not a casualty of
    the attack ("the attack killed 12", "soldiers killed 12 militants in the clash" are the attack's
    and the clash's)."""
    def police(t: Token) -> bool:
        named = [index.entities[k].name.lower().split() for k in actors(t, index)]
        return t.lemma_.lower() in lexicon.POLICE_NOUNS or any(n and n[-1] in lexicon.POLICE_NOUNS for n in named)
    # the subject, or the by-phrase of a passive: "the attacker was shot dead by police"
    doers = [c for c in tok.children if c.dep_ == "nsubj"]
    doers += [p for c in tok.children if c.dep_ == "agent" for p in c.children if p.dep_ == "pobj"]
    return tok.pos_ == "VERB" and any(police(d) for d in doers)


def raids_by_police(r: Reading, mentions: list[Mention]) -> list[Mention]:
    """A raid the police make ("police raided the party's offices", "a police raid on his home"), or one
    told with an arrest in its sentence ("three men were detained in dawn raids"), is the authorities
    searching a place for a crime, an investigation, not an attack. Once the story has told one so,
    "the raid" told again by no one else is the same search. A raid that kills or wounds ("raided a
    hideout, killing four militants") or is made by anyone but the police (troops, gunmen) stays an attack."""
    types = taxonomy()
    attack, search = types.get("Attack"), types.get("Investigation")
    raids = [m for m in mentions if m.type is attack and m.token.lemma_.lower() == "raid"]
    if not raids or search is None:
        return mentions
    arrests = {sent_start(m.token) for m in mentions if m.type.name == "Arrest"}

    def by_police(m: Mention) -> bool:
        names = [r.index.entities[k].name.lower().split() for k in m.agents]
        return any(n and n[-1].rstrip("s") in lexicon.POLICE_NOUNS for n in names) or any(
            c.dep_ in ("compound", "nsubj", "amod") and c.lemma_.lower() in lexicon.POLICE_NOUNS
            for c in m.token.children)

    def harmless(m: Mention) -> bool:
        """Whether the raid hurt no one and names no doer but the police."""
        hurt = any(q.quantity.unit in _TOLL_UNITS for q in m.quantities)
        return not hurt and (not m.agents or by_police(m))

    police = [m for m in raids if harmless(m) and (by_police(m) or sent_start(m.token) in arrests)]
    for m in raids if police else ():
        if harmless(m):
            m.type = search
    return mentions


def releases_by_courts(r: Reading, mentions: list[Mention]) -> list[Mention]:
    """Whom a court, judge or prosecutor frees or releases is let out of custody, a prisoner's release,
    whoever he is ("Judge Ana Ruiz freed Tomas Reyes", "a Cairo court released journalist Omar Fahmy"),
    not a rescue nor a legal act of no finer type. Firefighters freeing a driver stay a rescue."""
    if not any(m.agents and m.token.lemma_.lower() in _FREEING_VERBS for m in mentions):
        return mentions  # most articles tell no freeing
    release = taxonomy().get("PrisonerRelease")
    if release is None:
        return mentions
    for m in mentions:
        if not m.agents or m.token.pos_ != "VERB" or m.token.lemma_.lower() not in _FREEING_VERBS:
            continue
        people = any(r.index.entities[k].kind in ("Person", "Group") for k in m.targets)
        # people only: "the court released its ruling" publishes a text
        if people and {_office_branch(r.index.entities[k]) for k in m.agents} == {"LegalEvent"}:
            m.type = release
    return mentions


# Verbs of letting someone out: "freed the activist", "released the journalist".
_FREEING_VERBS = frozenset({"free", "release"})


# Units of the figures that count people a violent act hurt: a raid counted so is an attack.
_TOLL_UNITS = frozenset({"killed", "dead", "injured"})


def _befell_no_one(tok: Token) -> bool:
    """Whether the subject of a casualty word is no one: "no one was hurt", "no soldiers died"."""
    for subj in (c for c in tok.children if c.dep_ in ("nsubj", "nsubjpass")):
        if subj.lower_ in ("nobody", "none") or any(c.dep_ == "det" and c.lower_ == "no" for c in subj.children):
            return True
    return False


def _names_a_person(tok: Token, index: EntityIndex) -> bool:
    """Whether the trigger's own words or its subject name a person ("Chirac died"), or its subject
    is "he" or "she" standing for one ("Chirac was 86. He died at home")."""
    subjects = [c for c in tok.children if c.dep_ in ("nsubj", "nsubjpass")]
    words = [*tok.subtree] + [x for c in subjects for x in c.subtree]
    return any(index.entities[index.by_token[t.i]].kind == "Person" for t in words if t.i in index.by_token) or any(
        c.lower_ in lexicon.PERSON_PRONOUNS and person_antecedent(c, index) is not None for c in subjects)


def acts_typed_by_what_they_do(r: Reading, mentions: list[Mention]) -> list[Mention]:
    """An act of no finer type is of the kind its verb and object tell, whoever does it: trading
    ("the government sold its shares", "licensed the software from Microsoft", "leased two jets") or
    handing out a sum of money ("the central bank offered 40 billion rubles to lenders") is an
    economic act, and so is raising or cutting a rate, price, tax or output a body sets ("slashed
    reserve requirements", "will stop 30% of its production"); a person leaving an organisation
    resigns from it ("Mara Quint left the Orchid Party"); buying a company is acquiring it ("Boeing
    bought Spirit AeroSystems"); taking a place by force is its capture ("rebels seized the town");
    a person announced as a post's holder is appointed to it ("Acme announced Dan Ames as its new
    president")."""
    types = {**branches(), **taxonomy()}
    for m in mentions:
        if m.type is not ANY_EVENT or m.token.pos_ != "VERB":
            continue
        kind = _kind_of_act(m.token, r.index, m.agents, m.targets)
        if kind in types:
            m.type = types[kind]
            if kind not in branches():
                # an act of a finer type now, told by its verb and object: it is the one a headline or a
                # later sentence tells again ("Norvik buys Bellamy" over "Norvik agreed to buy Bellamy")
                m.generic = m.fresh = False
    return mentions


def _kind_of_act(verb: Token, index: EntityIndex, agents: list[str], targets: list[str]) -> str | None:
    """The type a verb with its object makes an act of (see `acts_typed_by_what_they_do`), if any;
    `agents` and `targets` are the act's ("left the group called the Sea Org": the Sea Org)."""
    lemma = verb.lemma_.lower()
    objects = _acted_on(verb)
    bought = [index.by_token.get(o.i) for o in objects if o.dep_ == "dobj"]
    if lemma in taxonomy()["Acquisition"].themed and bought and all(
            k is not None and index.entities[k].kind == "Organization" for k in bought):
        return "Acquisition"  # "Boeing bought Spirit AeroSystems": a company bought is acquired
    if lemma in lexicon.CAPTURE_VERBS and _takes_a_place(verb, index):
        return "Capture"
    if _sum_in_aid(objects):
        return "Aid"  # "announced $500 million in military assistance for Ukraine"
    if lemma in lexicon.TRADE_VERBS or any(o.ent_type_ == "MONEY" or o.lower_ in lexicon.CURRENCIES for o in objects) \
            or _sets_an_amount(verb):
        return "EconomicEvent"
    if lemma in _ANNOUNCING_VERBS and _to_a_post(verb) and any(
            index.entities[k].kind == "Person" for o in objects if o.dep_ == "dobj" for k in actors(o, index)):
        return "Appointment"  # "announced Dan Ames as its new president"
    if lemma in lexicon.LEAVING_VERBS and targets and agents and all(
            index.entities[k].kind == "Organization" for k in targets) and all(
            index.entities[k].kind == "Person" for k in agents):
        return "Resignation"
    return None


def _sum_in_aid(objects: list[Token]) -> bool:
    """Whether an object is a sum of money told as aid: "$500 million in military assistance", "1.5 billion
    euros in humanitarian aid" (its "in" phrase names a theme of aid)."""
    aid = taxonomy()["Aid"].themes
    return any((o.ent_type_ == "MONEY" or o.lower_ in lexicon.CURRENCIES) and any(
        c.dep_ == "prep" and c.lower_ == "in" and any(p.dep_ == "pobj" and p.lemma_.lower() in aid for p in c.children)
        for c in o.children) for o in objects)


def _takes_a_place(verb: Token, index: EntityIndex) -> bool:
    """Whether a verb of capture acts on a place: its object is a settlement or site noun, or a
    place the article names ("seized the town of Goma", "captured Marib"); not "seized 200 kg of
    cocaine in the town", where the town is only where it happened."""
    for o in (c for c in verb.children if c.dep_ in ("dobj", "nsubjpass")):
        key = index.by_token.get(o.i)
        if key is not None and index.entities[key].kind in ("City", "GeopoliticalEntity", "Location"):
            return True
        if o.lemma_.lower() in taxonomy()["Capture"].themes:
            return True
    return False


def _to_a_post(verb: Token) -> bool:
    """Whether the verb names a post one is given: "as its new president", "as chief executive", also
    where the parser hangs the "as" on the object ("proclaimed Roe | as the new king")."""
    heads = [verb, *(c for c in verb.children if c.dep_ == "dobj")]
    return any(c.dep_ == "prep" and c.lower_ == "as" and any(
        p.dep_ == "pobj" and p.lemma_.lower() in lexicon.TITLE_HEADS for p in c.children)
        for h in heads for c in h.children)


def _acted_on(verb: Token) -> list[Token]:
    """What a verb acts on: its object or passive subject, or the object of the infinitive it
    governs ("offered to loan 60 billion rubles")."""
    objects = [c for c in verb.children if c.dep_ in ("dobj", "nsubjpass")]
    return objects + [x for c in verb.children if c.dep_ == "xcomp" for x in c.children if x.dep_ == "dobj"]


def _sets_an_amount(verb: Token) -> bool:
    """Whether a verb raises, cuts or stops an amount a body sets: "slashed reserve requirements",
    "raised rates", "will stop 30% of its production" (a share of a thing stands for the thing)."""
    if verb.lemma_.lower() not in lexicon.AMOUNT_SETTING_VERBS:
        return False
    objects = _acted_on(verb)
    things = objects + [p for o in objects if o.ent_type_ in ("PERCENT", "CARDINAL")
                        for c in o.children if c.dep_ == "prep" and c.lower_ == "of"
                        for p in c.children if p.dep_ == "pobj"]
    return any(t.lemma_.lower() in lexicon.SET_AMOUNT_NOUNS for t in things)


def money_handed_out_by_central_banks(r: Reading, mentions: list[Mention]) -> list[Mention]:
    """What a central bank does with a sum of money, in a verb of no finer type than an economic act,
    is lending to the banks or markets: "the Bank of Tarsia injected 1 trillion crowns into the
    banking system", "the Federal Reserve transferred $24 billion to temporary reserves", "which
    authorized a record $8.6 billion addition to its banks". The sum is the verb's object, or what
    measures it ("a $38 billion addition")."""
    lending = taxonomy()["Lending"]
    for m in mentions:
        if m.token.pos_ != "VERB" or m.type.name not in ("Event", "EconomicEvent") or not m.agents:
            continue
        if not all(central_bank(r.index.entities[k]) for k in m.agents):
            continue
        if m.token.lemma_.lower() in lexicon.TRADE_VERBS - {"lend", "loan"}:
            continue  # "sold $5 billion of bonds": a trade, no loan
        objects = [c for c in m.token.children if c.dep_ == "dobj"]
        if any(o.ent_type_ == "MONEY" or any(c.ent_type_ == "MONEY" for c in o.children) for o in objects) or \
                any(q.quantity.currency for q in m.quantities):
            m.type = lending
    return mentions


def central_bank(entity: Entity) -> bool:
    """Whether an organisation is a central bank: named by a central bank's words, or "the Bank of"
    a state ("the Bank of Japan"), or "the Fed"."""
    if entity.kind != "Organization":
        return False
    names = [n.lower() for n in (entity.name, *entity.aliases)]
    return any(w in n for n in names for w in lexicon.CENTRAL_BANK_WORDS) or any(
        n in ("fed", "the fed") or (n.startswith("bank of ") and _a_state(n[8:])) for n in names)


def _a_state(name: str) -> bool:
    """Whether the gazetteer knows `name` as a country or a nation of one ("Japan", "England")."""
    place = gazetteer().place(name)
    return place is not None and place.kind in ("country", "region") and place.geonames_id is not None


def acts_agreed_to(r: Reading, mentions: list[Mention]) -> list[Mention]:
    """What one party agrees to do is that act, told as settled: "Norvik Foods agreed to buy Bellamy
    Snacks" is the acquisition, "the governor agreed to pardon Holt" the pardon; the verb "agree" is
    another word of it. Only an act of a finer type named by the infinitive the verb governs; what
    two parties agree ("Chile and Peru agreed to exchange prisoners") stays their agreement, with
    the act as its content (`merging.fold_contents`)."""
    agreements = {id(m): m for m in mentions if m.type.name == "Agreement" and m.token.pos_ == "VERB"
                  and m.token.lemma_.lower() == "agree" and len(m.participants) <= 1
                  and not any(c.dep_ == "nsubj" and c.conjuncts for c in m.token.children)}
    dropped: dict[int, Mention] = {}
    for m in mentions:
        g = m.folded_into
        if g is None or id(g) not in agreements or id(g) in dropped or m.type is ANY_EVENT \
                or "DiplomaticEvent" in m.type.ancestors or m.token.dep_ != "xcomp" or m.token.head.i != g.token.i:
            continue
        m.folded_into = None
        m.also.append(g.token)
        # an act of a finer type now, told by the agreement's verb: it merges as such, as the agreement
        # would have ("agrees to buy" in the headline, "agreed to buy" in the lead)
        m.generic = m.fresh = False
        if not m.agents:
            m.agents = list(g.participants or g.agents)
        m.quantities += [q for q in g.quantities if q not in m.quantities]  # "agreed to buy X for $3 billion"
        m.time, m.place = m.time or g.time, m.place or g.place
        dropped[id(g)] = m
    for m in mentions:  # what was folded into the agreement is now part of the act
        if m.folded_into is not None and id(m.folded_into) in dropped:
            m.folded_into = dropped[id(m.folded_into)]
    return [m for m in mentions if id(m) not in dropped]


def acts_typed_by_their_doer(r: Reading, mentions: list[Mention]) -> list[Mention]:
    """An act of no finer type done by a court, a legislature, a government or an office holder is
    of the branch its doer acts in: "Judge Gray Miller declined the request" is a legal act, "Governor
    Ana Ruiz postponed it" a political one, "the embassy advised citizens to leave" a diplomatic one.
    It stays an act of its own, never merged with another of the branch. A hearing a legislature or
    its committee holds is a political act, no trial."""
    types = branches()
    held: Mention | None = None  # a legislature's hearing told: "the hearing" after it is that one
    for m in mentions:
        if m.type.name == "Trial" and m.token.lemma_.lower() == "hearing" and m.agents and all(
                _legislative(r.index.entities[k]) for k in m.agents):
            # "the Senate Judiciary Committee will hold hearings": no trial, an act of its own
            m.type, m.generic, held = types["PoliticalEvent"], True, m
            continue
        if m.type.name == "Trial" and m.token.lemma_.lower() == "hearing" and held is not None and not m.agents \
                and any(c.dep_ == "det" and c.lower_ in ("the", "this", "that") for c in m.token.children):
            m.type, m.folded_into = held.type, held  # "apologized during the hearing": that hearing again
            continue
        if m.type is not ANY_EVENT or not m.agents:
            continue
        found = {_office_branch(r.index.entities[k]) for k in m.agents}
        if len(found) == 1 and (branch := found.pop()) in types:
            m.type = types[branch]
    return mentions


def _legislative(ent: Entity) -> bool:
    """Whether an actor is a legislature or one of its committees, by a word of its name: "the Senate
    Judiciary Committee", "the House Oversight Committee", "Parliament's Treasury Committee"."""
    return ent.kind == "Organization" and bool(_LEGISLATURE_WORDS.intersection(ent.name.lower().split()))


_LEGISLATURE_WORDS = frozenset("senate house congress congressional parliament parliamentary legislature assembly".split())


# Doers whose ousting of a leader is a coup: the armed forces and those who rebel in them.
_ARMED_OUSTERS = frozenset("army military soldier troop officer junta mutineer putschist guard force".split())


def ousters_by_armed_forces(r: Reading, mentions: list[Mention]) -> list[Mention]:
    """A leader ousted or removed from power by soldiers is overthrown: "the army ousted President Ruiz",
    "soldiers said they had removed the president from power" tell a coup, not a dismissal by a
    body that may dismiss. The doers are all armed forces or their men ("mutinous soldiers")."""
    coup = taxonomy().get("Coup")
    if coup is None:
        return mentions
    for m in mentions:
        if m.type.name != "Dismissal" or not m.agents:
            continue
        heads = {r.index.entities[k].name.lower().split()[-1] for k in m.agents if k in r.index.entities}
        if heads and all(h in _ARMED_OUSTERS or h.endswith("s") and h[:-1] in _ARMED_OUSTERS for h in heads):
            m.type = coup
    return mentions


def rivals_in_matches(r: Reading, mentions: list[Mention]) -> list[Mention]:
    """Who lost to a rival was beaten by it, and whom one won against is the one beaten: "Tunisia
    lost 1-2 to England" and "Roe lost the runoff to Lee" are England's and Lee's wins, done to
    Tunisia and Roe; in "Spain won the final against Italy" Italy is the one beaten. Only a named
    rival counts ("lost its best player to injury" names none)."""
    for m in mentions:
        verb = m.token if m.token.pos_ == "VERB" else None
        if verb is None or m.folded_into is not None:
            continue
        lemma = verb.lemma_.lower()
        if lemma in _LOSING_VERBS:
            rivals = [k for p in _objects_of(verb, "to") for k in actors(p, r.index)]
            if rivals and m.agents and not set(rivals) & set(m.agents):
                losers = m.agents
                m.agents, m.doers = list(rivals), list(rivals)
                m.participants = rivals + [k for k in m.participants if k not in losers and k not in rivals]
                m.targets = losers + [k for k in m.targets if k not in losers and k not in rivals]
                m.undergoers = list(m.targets)
        elif lemma in _WINNING_VERBS and not m.targets:
            beaten = [k for p in _objects_of(verb, "against") for k in actors(p, r.index) if k not in m.agents]
            m.targets, m.undergoers = beaten, list(beaten)
    return mentions


# Verbs of losing a match, a contest or a thing to a rival ("lost to England"), and of winning one.
_LOSING_VERBS = frozenset({"lose"})
_WINNING_VERBS = frozenset({"win", "beat", "defeat"})


def _objects_of(verb: Token, prep: str) -> list[Token]:
    """What the preposition `prep` governs after the verb or after its object: "lost to England",
    "won the final against Italy"."""
    heads = [verb] + [c for c in verb.children if c.dep_ == "dobj"]
    return [p for h in heads for c in h.children if c.dep_ == "prep" and c.lower_ == prep
            for p in c.children if p.dep_ == "pobj"]


def _office_branch(ent: Entity) -> str | None:
    """The branch an actor's acts belong to, from the head word of its name (an organisation:
    "Supreme Court of Ohio", "Parliament") or of its role (a person: "Governor", "US President")."""
    if ent.kind in ("Organization", "Group"):  # a group too: "Congressional lawmakers"
        heads = [ent.name]
    elif ent.kind == "Person":
        heads = list(ent.roles)
    else:
        return None
    found = set()
    for text in heads:
        words = text.split(" of ")[0].lower().split()
        if ent.kind == "Person" and words and words[0] in _FORMER_WORDS:
            continue  # "Kestel, a former judge, campaigned": an office no longer held says nothing of the act
        if words and ent.kind == "Group" and words[-1].endswith("s"):
            words[-1] = words[-1][:-1]  # a group is named in the plural: "Congressional lawmakers"
        if words and words[-1] in lexicon.OFFICE_BRANCHES and not (
                ent.kind == "Person" and words[-1] in _OFFICES_OF_ANY_BODY and not _office_of_a_state(text)):
            found.add(lexicon.OFFICE_BRANCHES[words[-1]])
    return found.pop() if len(found) == 1 else None


# Words before a title that say its holder holds it no longer: "a former judge", "ex-governor".
_FORMER_WORDS = frozenset("former ex ex- retired late onetime one-time erstwhile".split())

# Titles that companies, universities and clubs give too ("Acme president", "university chancellor",
# "central bank governor"): they name a political office only when bare or held in a state.
_OFFICES_OF_ANY_BODY = frozenset({"president", "chancellor", "governor"})


def _office_of_a_state(role: str) -> bool:
    """Whether a role is held in a state, or names no holder at all: "President", "former Vice
    President", "US President", "Mexican President", "Governor of New York"; not "Acme president"
    nor "president of Acme Corp"."""
    gaz = gazetteer()
    before, _, of = role.partition(" of ")
    words = before.split()[:-1]
    while words and words[0].lower() in lexicon.TITLE_WORDS:
        words = words[1:]  # "former Vice": titles, no holder
    holders = [" ".join(words)] if words else []
    if of.strip():
        holders.append(of.strip().removeprefix("the ").strip())
    return all(gaz.place(h) is not None or gaz.demonym_country(h) is not None for h in holders)


def called_off_events(r: Reading, mentions: list[Mention]) -> list[Mention]:
    """An event called off or put off did not take place (as planned): "Acme called off its annual
    meeting", "the summit was postponed", "the cancellation of the race", "the now-cancelled deal".
    What a careful reader records is the calling off, an act of its own done by the verb's subject
    (or of the type the taxonomy gives it: "postponed the election" is a postponement of a vote),
    with the noun as another word of it, naming what was called off; the noun is no event of its type."""
    taken = {m.token.i: m for m in mentions}
    out: list[Mention] = []
    for m in mentions:
        tok = m.token
        if tok.pos_ != "NOUN":
            out.append(m)
            continue
        verb = tok.head if tok.dep_ in ("dobj", "nsubjpass") and tok.head.pos_ == "VERB" else None
        if verb is not None and _calls_off(verb):
            if verb.i not in taken:
                # a passive is done by its by-phrase only ("the talks were called off" after "rebels
                # attacked": not by the rebels)
                doers = [k for s in (doers_of(verb) if tok.dep_ == "dobj" else [
                    p for c in verb.children if c.dep_ == "agent" for p in c.children]) for k in actors(s, r.index)]
                act = Mention(verb, ANY_EVENT, fresh=True, generic=True, doers=doers)
                taken[verb.i] = act
                out.append(act)
            taken[verb.i].also.append(tok)  # "called off its meeting": the noun says what was called off
            continue
        if _called_off(tok):
            continue  # "the postponed summit", "the now-cancelled deal": told as not (or no longer) on
        out.append(m)
    return sorted(out, key=lambda m: m.token.i)


def broken_accords(r: Reading, mentions: list[Mention]) -> list[Mention]:
    """A ceasefire or truce that is broken is no new accord: in "the rebels broke the truce",
    "Hamas violated the ceasefire agreement", "a breach of the armistice", the accord noun (the
    object of the verb, or what the breach is "of") is another word of the violation, not an
    agreement of its own; the accord was made before."""
    breaking = {m.token.i: m for m in mentions if m.type.name == "CeasefireViolation"}
    if not breaking:
        return mentions
    out: list[Mention] = []
    for m in mentions:
        tok = m.token
        if tok.pos_ == "NOUN" and "Agreement" in (m.type.name, *m.type.ancestors):
            head = tok.head.head if tok.dep_ == "pobj" and tok.head.lower_ == "of" else tok.head
            if tok.dep_ in ("dobj", "nsubjpass", "pobj") and head.i in breaking and head.i != tok.i:
                breaking[head.i].also.append(tok)
                continue
        out.append(m)
    return out


def _calls_off(verb: Token) -> bool:
    """Whether a verb calls off or puts off what it acts on: "cancelled", "called off", "postponed"."""
    lemma = verb.lemma_.lower()
    particles = {c.lower_ for c in verb.children if c.dep_ == "prt" or (c.dep_ == "advmod" and c.lower_ in _PARTICLES)}
    return lemma in lexicon.CALLING_OFF_VERBS or any(f"{lemma} {p}" in lexicon.CALLING_OFF_VERBS for p in particles)


def _called_off(noun: Token) -> bool:
    """Whether an event noun is told as called off: by a participle before it ("the cancelled
    summit", "the now-cancelled deal"), or as what a cancellation is of ("the postponement of the vote")."""
    if any(c.dep_ in ("amod", "compound") and c.tag_ == "VBN" and _calls_off(c) for c in noun.children):
        return True
    head = noun.head.head if noun.dep_ == "pobj" and noun.head.lower_ == "of" else None
    return head is not None and head.lemma_.lower() in lexicon.CALLING_OFF_NOUNS


def goods_named_by_their_model(r: Reading, mentions: list[Mention]) -> list[Mention]:
    """Ordering or buying goods the text names by their model, counted, is an order of goods:
    "Zephyr ordered 24 Aerion 550s", "bought 20 Skyliners", "the purchase of 30 Volant V9s", "firm
    orders for 18 V9s": the count says they are things made, not a company or its shares."""
    order = taxonomy()["Order"]
    taken = {m.token.i for m in mentions}
    out: list[Mention] = []
    p = parsed(r.doc)
    for tok, pos in zip(p.tokens, p.pos):
        if pos not in ("NOUN", "VERB") or tok.i in taken or tok.lemma_.lower() not in order.themed:
            continue
        goods = [c for c in tok.children if c.dep_ in (("dobj", "nsubjpass") if pos == "VERB" else ("compound",))]
        goods += [o for c in tok.children if c.dep_ == "prep" and c.lower_ in ("of", "for")
                  for o in c.children if o.dep_ == "pobj"]
        if any(counted_models(g, r.index) for g in goods):
            out.append(Mention(tok, order, fresh=_is_fresh(tok)))
    return mentions + out


def purchases_told_by_their_price(r: Reading, mentions: list[Mention]) -> list[Mention]:
    """Paying, offering or bidding a price for a company, a stake or shares in one, or a plant is
    buying it, an acquisition: "Kestrel will pay $90 million for a 60 percent stake in Ortec
    Automotive", "Kestrel offers $80 million for Romanian car plant". The company bought (or the one
    the stake is in) is its target; a price for anything else ("paid $100 for a ticket") stays a payment."""
    acquisition = taxonomy()["Acquisition"]
    by_token = {m.token.i: m for m in mentions}
    out = list(mentions)
    for tok in words_with(r.doc, _PRICE_VERBS, "VERB"):
        known = by_token.get(tok.i)
        if known is not None and known.type.name != "Payment":
            continue
        bought = [p for c in tok.children if c.dep_ == "prep" and c.lower_ == "for" for p in c.children
                  if p.dep_ == "pobj" and _bought_thing(p, r.index)]
        if not bought:
            continue
        companies = [k for p in bought for k in _company_bought(p, r.index)]
        if known is None:
            known = Mention(tok, acquisition, fresh=_is_fresh(tok))
            out.append(known)
        known.type = acquisition
        known.undergoers += [k for k in companies if k not in known.undergoers]
    return out


# Verbs of naming a price one pays or would pay: "paid $2 billion for", "offers $80 million for", "bid $5 for".
_PRICE_VERBS = frozenset({"pay", "offer", "bid"})
# What is bought when it is paid for, beside what the taxonomy lists as acquired: a site bought whole.
_BOUGHT_SITES = frozenset({"plant", "factory", "mill", "refinery", "carmaker", "automaker", "airline", "bank"})


def _bought_thing(thing: Token, index: EntityIndex) -> bool:
    """Whether a thing paid for is a company or a part of one: a company named, a stake, shares,
    a plant ("for a 60 percent stake", "for Ortec Automotive", "for the Craiova plant")."""
    key = index.by_token.get(thing.i)
    if key is not None:
        return index.entities[key].kind == "Organization"
    return thing.lemma_.lower() in taxonomy()["Acquisition"].themes | _BOUGHT_SITES


def _company_bought(thing: Token, index: EntityIndex) -> list[str]:
    """The company a thing paid for is, or is a part of: "Ortec Automotive", "a stake in Ortec"."""
    found = [k for k in actors(thing, index) if index.entities[k].kind == "Organization"]
    if found:
        return found
    return [k for c in thing.children if c.dep_ == "prep" and c.lower_ in ("in", "of")
            for p in c.children if p.dep_ == "pobj"
            for k in actors(p, index) if index.entities[k].kind == "Organization"]


def cuts_in_a_set_amount(r: Reading, mentions: list[Mention]) -> list[Mention]:
    """A cut, reduction or hike of an amount a body sets, named by a noun, is an economic act, as the
    verb is ("_sets_an_amount"): "announced sweeping cuts of 12% in its prices", "price cuts", "a fare
    hike". What the noun cuts is its compound or its "in" or "of" phrase. A cut in production or
    output is found before, by the taxonomy, as the finer nkg:OutputCut."""
    taken = {m.token.i for m in mentions}
    economic = branches()["EconomicEvent"]
    out: list[Mention] = []
    for tok in words_with(r.doc, _AMOUNT_SETTING_NOUNS, "NOUN"):
        if tok.i in taken:
            continue
        amounts = [c for c in tok.children if c.dep_ == "compound"]
        amounts += [p for c in tok.children if c.dep_ == "prep" and c.lower_ in ("in", "of", "to")
                    for p in c.children if p.dep_ == "pobj"]
        if any(a.lemma_.lower() in lexicon.SET_AMOUNT_NOUNS for a in amounts):
            out.append(Mention(tok, economic, fresh=_is_fresh(tok)))
    return mentions + out


# Nouns of setting an amount anew: "a cut in output", "a fare hike", "a reduction of tariffs".
_AMOUNT_SETTING_NOUNS = frozenset({"cut", "reduction", "hike", "increase", "freeze"})


def results_told_by_their_figure(r: Reading, mentions: list[Mention]) -> list[Mention]:
    """A company's results are told by the figure it reports as much as by the reporting: "Kestrel
    reported a loss of $254 million" is one event, told by "reported" and "loss"; a company that lost
    or earned a sum over a period reported that result ("In 2019 Kestrel lost $1.6 billion")."""
    report = taxonomy()["FinancialReport"]
    taken = {m.token.i for m in mentions}
    for m in mentions:
        if m.type is report and m.token.pos_ == "VERB":
            m.also += [c for c in m.token.children if c.dep_ == "dobj" and c.lemma_.lower() in report.themes
                       and c not in m.also]
    out: list[Mention] = []
    for tok in words_with(r.doc, _RESULT_VERBS, "VERB"):
        if tok.i in taken:
            continue
        money = any(c.dep_ == "dobj" and c.ent_type_ == "MONEY" for c in tok.children)
        companies = [k for c in tok.children if c.dep_ == "nsubj" for k in actors(antecedent(c), r.index)]
        if money and companies and all(r.index.entities[k].kind == "Organization" for k in companies):
            out.append(Mention(tok, report, fresh=_is_fresh(tok)))
    return mentions + out


# Verbs of a company's result told by its sum: "lost $1.6 billion", "earned $3 billion".
_RESULT_VERBS = frozenset({"lose", "earn"})


def acts_told_again_in_the_passive(r: Reading, mentions: list[Mention]) -> list[Mention]:
    """A verb in the passive with no doer named, the same verb as an act told just before in its
    paragraph, tells that act again, and what its sentence counts counts it: "Met Eireann issued
    weather alerts ... Yellow warnings were issued nationwide, while six counties received orange
    warnings" (the six counties are the alerts'). Only verbs no type of the taxonomy claims; a verb
    a type claims is a mention of its own ("police arrested five men ... two more were arrested")."""
    taken = {m.token.i for m in mentions}
    acts = [m for m in mentions if m.token.pos_ == "VERB" and m.folded_into is None]
    out: list[Mention] = []
    for tok in parsed(r.doc).tokens:
        if tok.pos_ != "VERB" or tok.tag_ != "VBN" or tok.i in taken \
                or not any(c.dep_ == "auxpass" for c in tok.children) \
                or any(c.dep_ == "agent" for c in tok.children):
            continue
        lemma = tok.lemma_.lower()
        told = [m for m in acts if m.token.i < tok.i and m.token.lemma_.lower() == lemma
                and sent_start(m.token) != sent_start(tok) and same_paragraph(r.doc, m.token.idx, tok.idx)]
        if told:
            out.append(Mention(tok, told[-1].type, folded_into=told[-1]))
    return sorted(mentions + out, key=lambda m: m.token.i)


def releases_of_captives(r: Reading, mentions: list[Mention]) -> list[Mention]:
    """Freeing people the sentence says were captured is a release of captives, whatever they are
    called: "five aid workers kidnapped in July were released on Monday", "the sailors seized by
    pirates were freed" (aid workers and sailors are no prisoners by name)."""
    release = taxonomy().get("PrisonerRelease")
    if release is None:
        return mentions
    for m in mentions:
        tok = m.token
        if m.type is release or tok.pos_ != "VERB" or tok.lemma_.lower() not in _FREEING:
            continue
        freed = [c for c in tok.children if c.dep_ in ("nsubjpass", "dobj")]
        if any(p.dep_ == "acl" and p.tag_ == "VBN" and p.lemma_.lower() in _CAPTURING
               for c in freed for p in c.children):
            m.type, m.generic, m.fresh = release, False, _is_fresh(tok)
    return mentions


_FREEING = frozenset({"release", "free"})
_CAPTURING = frozenset({"kidnap", "abduct", "seize", "capture", "detain", "hold", "take", "arrest", "jail",
                        "imprison"})


def acts_of_named_actors(r: Reading, mentions: list[Mention]) -> list[Mention]:
    """What a named actor does, in a verb no type of the taxonomy claims: "the company sold its
    stake", "Smith visited Paris". An event of no finer type, with the actor as its agent; what
    befalls a named actor in the passive ("Smith was hospitalized") has the actor as its target.

    Verbs of saying are statements, not events of their own; light, stative and modal verbs
    ("has", "became", "wants") say how things are, not what happened. A verb whose object is an event
    noun ("the EU imposed a ban"), or whose passive subject is one ("an inquiry was ordered"), is another
    word of that event, unless it reacts to it ("condemned"); so is a verb whose infinitive is a trigger
    of a type ("offered to loan 60 billion rubles"). A thing found, told in the passive with no finder
    named, is an act too (`_found_thing`).
    """
    taken = {m.token.i for m in mentions}
    by_token = {m.token.i: m for m in mentions if m.token.pos_ != "VERB"}
    typed_verbs = {m.token.i: m for m in mentions if m.token.pos_ == "VERB"}
    # words of the types told so far: "this exchange, initiated by Russia" is one of them again
    told = {w for m in mentions for w in m.type.triggers | m.type.themed}
    # a trigger word left out on purpose ("died" beside the attack that killed) is no act either
    typed = verb_triggers()
    # the first words of plain triggers ("rule" of "rule that"): such a verb without its type is no act either
    plain_heads = frozenset(w.split()[0] for t in taxonomy().values() for w in t.triggers)
    out: list[Mention] = []
    p = parsed(r.doc)
    for tok, pos in zip(p.tokens, p.pos):
        if pos != "VERB" or tok.i in taken or tok.dep_ in ("aux", "auxpass", "amod", "compound"):
            continue
        if tok.dep_ == "acl" and not infinitive(tok) and (
                tok.head.i in taken or tok.head.lemma_.lower() in told
                or not any(c.dep_ == "agent" for c in tok.children)
                or tok.lemma_.lower() in lexicon.RELATION_PARTICIPLES):
            # a participle describes its noun ("the rebuilt bridge") unless it says by whom ("the A380,
            # made by Airbus") and tells an act, not who has the thing in hand ("the bus, operated by
            # Sol Lines"); on an event it tells of that event ("the exchange, initiated by Russia")
            continue
        lemma = tok.lemma_.lower()
        if (act := _act_of_its_course(tok, by_token)) is not None:
            # "filed for bankruptcy protection", "sought bankruptcy protection", "opened impeachment
            # proceedings": the verb tells the event its object is the course of, whatever its own type
            act.also.append(tok)
            continue
        if _attributes_a_quotation(tok):
            continue  # '"A great day," beamed Ruiz': a way of saying, no act
        if lemma == "turn" and _turns_an_age(tok):
            continue  # "Roe, who turns 42 next month": an age reached, no act
        if lemma == "survive" and any(c.dep_ == "auxpass" for c in tok.children):
            continue  # an obituary's "he is survived by his wife": the family he leaves, no act
        if (lemma in lexicon.CUE_VERBS and not _choice_of_a_thing(tok) and not decrees_a_period(tok)
                and not _pledges_money(tok) and not announces_a_thing(tok, r.index)) or lemma in typed or (
                lemma in lexicon.NON_EVENT_VERBS and not _act_on_a_thing(tok) and not gives_a_name(tok)
                and not _broken_off(tok) and not _sets_an_amount(tok)):
            continue
        # "imposed a ban", "issued a series of seven pardons": the object, or what it counts; so is the
        # subject of a passive ("a judicial inquiry was ordered", "the attack was carried out")
        objects = [c for c in tok.children if c.dep_ in ("dobj", "nsubjpass")]
        objects += [o for c in objects for p in c.children if p.dep_ == "prep" and p.lower_ == "of"
                    for o in p.children if o.dep_ == "pobj" and c.i not in r.index.by_token]
        if lemma in _FILING_VERBS:  # "filed for bankruptcy", "applied for asylum": what is filed for
            objects += [o for c in tok.children if c.dep_ == "prep" and c.lower_ == "for"
                        for o in c.children if o.dep_ == "pobj"]
        act = next((by_token[c.i] for c in objects if c.i in by_token), None)
        if act is not None and not reacts_to(tok):
            act.also.append(tok)  # "the EU imposed a ban", "launched an attack": one event, told by two words
            continue
        doers = [k for s in doers_of(tok) for k in actors(s, r.index)]
        # "the bank offered to loan 60 billion rubles": a named actor's one act, of the type its infinitive
        # names (a verb saying it did not happen, "declined to lend", is no word of it)
        act = next((typed_verbs[c.i] for c in tok.children if c.dep_ == "xcomp" and infinitive(c)
                    and c.i in typed_verbs), None)
        if act is not None and doers and lemma not in lexicon.NEGATING_VERBS:
            act.also.append(tok)
            continue
        if not doers and announced_plan(tok):  # "Vinter announced that 500 billion crowns would be infused"
            doers = [k for s in doers_of(tok.head) for k in actors(s, r.index)]
        # "Mugabe was hospitalized in Singapore": what befell a named actor, told in the passive
        # ("three workers were hurt in an accident": what befalls them in an event is part of it)
        within = any(p.i in taken for c in tok.children if c.dep_ == "prep" for p in c.children)
        undergoers = [] if doers or within or lemma in lexicon.STATIVE_PARTICIPLES or lemma in plain_heads else [
            k for c in tok.children if c.dep_ == "nsubjpass" for k in actors(antecedent(c), r.index)]
        if lemma in _ANNOUNCING_VERBS and _to_a_post(tok):  # "the company announced Dan Ames as president"
            undergoers = [k for c in tok.children if c.dep_ == "dobj" for k in actors(c, r.index)]
        # an amount a body sets, raised or cut, is news whoever is named: "reserve requirements would be slashed";
        # so is a thing found: "the voice recorder has been recovered from the sea"
        if doers or undergoers or _sets_an_amount(tok) or _found_thing(tok):
            out.append(Mention(tok, ANY_EVENT, fresh=True, generic=True, doers=doers, undergoers=undergoers))
    return mentions + _one_act_with_its_infinitive(out)


def _act_of_its_course(verb: Token, by_token: dict[int, Mention]) -> Mention | None:
    """The event a verb's object, or what it is "for", is the course in law of ("sought bankruptcy
    protection", "filed for bankruptcy protection"): the mention of the noun before that object."""
    objects = [c for c in verb.children if c.dep_ == "dobj"] + [
        o for c in verb.children if c.dep_ == "prep" and c.lower_ == "for" for o in c.children if o.dep_ == "pobj"]
    return next((by_token[c.i] for o in objects if o.lemma_.lower() in _COURSE_HEADS for c in o.children
                 if c.dep_ == "compound" and c.i in by_token and course_noun(c) is not None), None)


# Verbs whose "for" phrase names what they start: "filed for bankruptcy", "applied for asylum".
_FILING_VERBS = frozenset({"file", "apply"})
# The nouns `course_noun` may find, tested first: most objects are none of them.
_COURSE_HEADS = lexicon.COURSE_NOUNS | {"protection"}


def _attributes_a_quotation(verb: Token) -> bool:
    """Whether a verb right after a quotation, its subject after it, says who said it: '"It is a great
    day," beamed Anna Ruiz', '"No," quipped Roe'."""
    doc, i = verb.doc, verb.i - 1
    while i >= 0 and i >= verb.i - 3 and doc[i].is_punct and not doc[i].is_quote:
        i -= 1
    return i >= 0 and doc[i].is_quote and any(
        c.dep_ == "nsubj" and c.i > verb.i for c in verb.children)


def _turns_an_age(verb: Token) -> bool:
    """Whether "turn" tells an age reached: its object is a bare number ("Roe, who turns 42 next
    month", "she turned 80 on Friday"), not a thing turned ("turned the ship")."""
    return any(c.dep_ in ("dobj", "attr", "npadvmod") and c.pos_ == "NUM" and c.like_num and not any(
        g.dep_ in ("prep", "quantmod") for g in c.children) for c in verb.children)


def _found_thing(verb: Token) -> bool:
    """Whether a passive verb of finding tells a thing found, with no finder named: "the voice
    recorder has been recovered from the sea", "a bundle of blueprints were found in the trash",
    "was located and recovered" (its conjunct shares its subject). A find is news whoever made it;
    who was found is told by the rule for named actors. A thing found to be something ("was found
    to be safe", "was found unsafe") is a judgement, unless it is found somewhere ("found wet on a
    street")."""
    if verb.lemma_.lower() not in _FINDING_VERBS:
        return False
    if any(c.lower_ in ("dead", "alive") for c in verb.children):
        return False  # "was found dead": a death (or a rescue), told by the casualty rules
    somewhere = any(c.dep_ == "prep" and c.lower_ in PLACE_PREPS for c in verb.children)
    if any(c.dep_ == "xcomp" and infinitive(c) for c in verb.children) or (
            not somewhere and any(c.dep_ in ("acomp", "oprd") and c.pos_ == "ADJ" for c in verb.children)):
        return False
    subjects = [c for c in verb.children if c.dep_ == "nsubjpass"]
    if not subjects and verb.dep_ == "conj" and verb.tag_ == "VBN":
        subjects = [c for c in verb.head.children if c.dep_ == "nsubjpass"]  # "was located and recovered"
    if not subjects and verb.dep_ == "ccomp" and any(c.dep_ == "auxpass" for c in verb.children):
        # "announced the recorder has been recovered": the parser may take the thing found for what was announced
        subjects = [c for c in verb.head.children if c.dep_ == "dobj" and c.i < verb.i]
    return any(s.pos_ == "NOUN" for s in subjects)


# Verbs of finding a thing ("locate" is left out: "is located in Ohio" says where a thing is).
_FINDING_VERBS = frozenset("find recover discover retrieve uncover unearth".split())


def _one_act_with_its_infinitive(acts: list[Mention]) -> list[Mention]:
    """An act and the act its infinitive names, by the same doers, are one act told by two words:
    "the bank responded by offering to loan 60 billion rubles" is one offer of a loan."""
    by_token = {m.token.i: m for m in acts}
    out: list[Mention] = []
    for m in acts:
        inner = [by_token[c.i] for c in m.token.children if c.dep_ == "xcomp" and infinitive(c) and c.i in by_token]
        for x in inner:
            if x.doers == m.doers and not x.undergoers:
                m.also.append(x.token)
                del by_token[x.token.i]
    return [m for m in acts if m.token.i in by_token]


def acts_told_by_their_means(r: Reading, mentions: list[Mention]) -> list[Mention]:
    """A verb with no object of its own, told with the act it was done by, is that act: in "the South
    retaliated by firing artillery" or "the bank responded by cutting rates", the verb is another word
    of the act its "by" clause names, which says what was done. An act of no finer type that the verb
    told is then dropped, its doers going to the act; a verb of a type of its own stays ("protested
    by blocking roads" is a protest and a blockade)."""
    by_token = {m.token.i: m for m in mentions}
    dropped: set[int] = set()
    for m in mentions:
        tok = m.token
        if m.generic or tok.tag_ != "VBG" or tok.dep_ != "pcomp" or tok.head.lower_ != "by":
            continue
        verb = tok.head.head
        if verb.pos_ != "VERB" or any(c.dep_ in ("dobj", "ccomp", "xcomp", "nsubjpass") for c in verb.children):
            continue
        told = by_token.get(verb.i)
        if told is not None and not told.generic:
            continue
        if told is not None:
            dropped.add(verb.i)
            m.doers = m.doers or told.doers
        m.also.append(verb)
    return [m for m in mentions if m.token.i not in dropped]


def acts_named_by_objects(r: Reading, mentions: list[Mention]) -> list[Mention]:
    """A named actor's act named by the object of a support verb: "Aeroflot negotiated the purchase
    of 22 jets", "Jobs gave his keynote", "a press conference held by Apple". The noun is the event
    (of no finer type unless a type claims it), the verb another word of it, and the verb's doer does it.

    The noun must name an act (`names_an_act`); "holds a stake" says who has what, so after "hold"
    only a noun a verb ending makes ("held a conference") counts.
    """
    taken = {m.token.i for m in mentions}
    out: list[Mention] = []
    for tok in parsed(r.doc).tokens:
        if tok.pos_ != "NOUN" or tok.i in taken or tok.i in r.index.by_token or tok.lemma_.lower() in lexicon.CUE_NOUNS:
            continue
        if tok.dep_ == "dobj" and tok.head.pos_ == "VERB":
            verb, doers = tok.head, doers_of(tok.head)
        else:  # "a conference held by Apple"
            verb = next((c for c in tok.children if c.dep_ == "acl" and c.tag_ == "VBN"
                         and any(a.dep_ == "agent" for a in c.children)), None)
            doers = [p for a in verb.children if a.dep_ == "agent" for p in a.children] if verb is not None else []
        if verb is None or verb.lemma_.lower() not in lexicon.SUPPORT_VERBS:
            continue
        if not names_an_act(tok) or (verb.lemma_.lower() in lexicon.POSSESSING_SUPPORT_VERBS
                                     and tok.lemma_.lower() in verb_lemmas(r.doc.vocab)):
            continue
        keys = [k for d in doers for k in actors(d, r.index)]
        if keys:
            out.append(Mention(tok, ANY_EVENT, fresh=True, generic=True, doers=keys,
                               also=[] if verb.i in taken else [verb]))
    return mentions + out


# Nouns a verb ending makes that name the people who act, not an act: "the bank's management".
_DOER_NOUNS = frozenset("management leadership settlement".split())


def acts_named_with_their_doer(r: Reading, mentions: list[Mention]) -> list[Mention]:
    """An act named by a noun whose own phrase names who does it: "Ford's withdrawal", "the search by
    the navy", "a dispute between Airbus and Boeing". An event of no finer type with that doer (or those
    parties); a noun that names a statement or a body of people ("Ford's announcement", "Germany's
    government") is none, nor one that names a made work ("a painting by Monet": its maker), and a
    noun that modifies another ("Boeing's production line") neither, nor the whole a share is told of
    ("half of Saudi Arabia's production", "5% of Ford's sales": a measure, not an act)."""
    taken = {m.token.i for m in mentions}
    out: list[Mention] = []
    for tok in parsed(r.doc).tokens:
        if tok.pos_ != "NOUN" or tok.i in taken or tok.i in r.index.by_token or tok.dep_ == "compound":
            continue
        lemma = tok.lemma_.lower()
        if lemma in lexicon.CUE_NOUNS or lemma in lexicon.TEXT_NOUNS or lemma in _DOER_NOUNS \
                or lemma in lexicon.ACTOR_BODY_NOUNS or lemma in lexicon.BODY_HEADS or lemma in lexicon.WORK_NOUNS \
                or not names_an_act(tok) or _whole_of_a_share(tok):
            continue
        # a possessor owns things as often as it does acts: only a noun a verb ending makes counts
        # after it ("Ford's withdrawal", not "Apple's store"); "by" and "between" say who acts
        named = [k for c in tok.children if c.dep_ == "poss" and names_an_act(tok, zero_derived=False)
                 for k in r.index.in_subtree(c)]
        named += [k for c in tok.children if c.dep_ == "prep" and c.lower_ in ("by", "between")
                  for p in c.children if p.dep_ == "pobj" for k in r.index.in_subtree(p)]
        if any(r.index.entities[k].kind not in NON_ACTOR_KINDS for k in named):
            out.append(Mention(tok, ANY_EVENT, fresh=True, generic=True))
    return mentions + out


def _whole_of_a_share(noun: Token) -> bool:
    """Whether `noun` is the whole a share or count is told of: "half of its production", "5% of
    Ford's sales", "a third of the country's exports"."""
    if noun.dep_ != "pobj" or noun.head.lower_ != "of":
        return False
    part = noun.head.head
    return part.like_num or part.ent_type_ in ("CARDINAL", "PERCENT") or part.lower_ in ("%", "percent")


@lru_cache(maxsize=1)
def _disaster_triggers() -> dict[str, EventType]:
    """Each trigger word of a disaster type, with its type: read once, not per article."""
    return {t: etype for etype in taxonomy().values() if "Disaster" in etype.ancestors for t in etype.triggers}


def _choice_of_a_thing(verb: Token) -> bool:
    """Whether a verb of stance is an act here: choosing, planning or refusing a thing named by a
    noun ("chose the A350 over the 787", "plans another launch event", "refused the offer"), not
    a clause or an infinitive, which is what is said or meant ("plans to cut jobs")."""
    return verb.lemma_.lower() in lexicon.CHOOSING_VERBS and any(
        c.dep_ == "dobj" and c.pos_ in ("NOUN", "PROPN") for c in verb.children) and not any(
        c.dep_ in ("ccomp", "xcomp") for c in verb.children)


def _pledges_money(verb: Token) -> bool:
    """Whether a verb of saying commits a sum here: its object is an amount of money ("Germany
    pledged 500 million euros in aid", "the donors promised $2 billion"), not a clause; the sum
    is given, or promised as an act, not only words."""
    return any(c.dep_ == "dobj" and any(t.ent_type_ == "MONEY" or t.lower_ in lexicon.CURRENCIES
                                        for t in c.subtree)
               for c in verb.children) and not any(c.dep_ in ("ccomp", "xcomp") for c in verb.children)


def decrees_a_period(verb: Token) -> bool:
    """Whether a verb of saying decrees here: what it announces or declares is a stretch of time set
    aside for something ("announced three days of mourning", "declared a day of national
    remembrance"), not a clause or a fact, so its subject acts (a decree) rather than only speaks."""
    return verb.lemma_.lower() in lexicon.DECREEING_VERBS and any(
        c.dep_ == "dobj" and c.lemma_.lower() in lexicon.PERIOD_NOUNS
        and any(p.dep_ == "prep" and p.lower_ in ("of", "for") and any(o.dep_ == "pobj" for o in p.children)
                for p in c.children)
        for c in verb.children) and not any(c.dep_ in ("ccomp", "xcomp") for c in verb.children)


def announces_a_thing(verb: Token, index: EntityIndex) -> bool:
    """Whether a verb of announcing presents a thing here, an act of its subject ("Apple announced
    the iPhone 2.0 update", "announced a new podcasting service"), not a clause, a text, a plan or a
    piece of news, which are what is said ("announced that ...", "announced the results"), nor a
    person, unless it names them to a post ("announced Dan Ames as its president": an appointment)."""
    if verb.lemma_.lower() not in _ANNOUNCING_VERBS or any(
            c.dep_ in ("ccomp", "xcomp", "nsubjpass", "auxpass") for c in verb.children):
        return False
    return any(c.dep_ == "dobj" and c.pos_ in ("NOUN", "PROPN") and c.lemma_.lower() not in _NEWS_NOUNS
               and not (c.i in index.by_token and index.entities[index.by_token[c.i]].kind == "Person"
                        and not _to_a_post(verb))
               for c in verb.children)


# Verbs that present a thing as news: its subject's act when what it presents is a thing.
_ANNOUNCING_VERBS = frozenset({"announce", "proclaim", "acknowledge", "unveil"})
# What is announced as news rather than presented: texts, plans, figures, facts.
_NEWS_NOUNS = lexicon.TEXT_NOUNS | lexicon.CUE_NOUNS | lexicon.SOURCE_NOUNS | frozenset(
    "news result figure number detail name date time fact information finding death intention".split())


def announced_plan(verb: Token) -> bool:
    """Whether a passive verb with no doer tells an act an announcer says will be done, which is its
    plan and so its act: "Vinter announced that 500 billion crowns would be infused", "the bank
    declared that rates will be cut" (not "announced that the suspect had been arrested", news)."""
    return verb.dep_ == "ccomp" and verb.head.lemma_.lower() in lexicon.DECREEING_VERBS \
        and any(c.dep_ == "auxpass" for c in verb.children) and not any(c.dep_ == "agent" for c in verb.children) \
        and any(c.dep_ == "aux" and c.lower_ in ("will", "would", "shall") for c in verb.children)


def gives_a_name(verb: Token) -> bool:
    """Whether a verb of naming gives a name here: in the active, with what it names as its object
    ("the committee named the virus X"); a participle ("a man named Hale") or a passive ("the
    virus was named X") only says what something is called."""
    return verb.lemma_.lower() in lexicon.NAME_GIVING_VERBS and verb.dep_ not in ("acl", "amod") and any(
        c.dep_ == "dobj" for c in verb.children) and not any(c.dep_ in ("nsubjpass", "auxpass") for c in verb.children)


def _broken_off(verb: Token) -> bool:
    """Whether a light verb with the particle "off" names an act of its own: "called off the search",
    "the race went off", "kicked off the summit", "set off a bomb" (the particle makes a new verb)."""
    return any(c.dep_ == "prt" and c.lower_ == "off" for c in verb.children)


def _act_on_a_thing(verb: Token) -> bool:
    """Whether a light verb that can be an act itself is one here: "make" or "give" with a thing
    as its object ("Airbus makes the A380", "give free cases to owners") or as the noun its
    participle describes ("the A380, made by Airbus"); not with an act ("made a decision": that
    noun is the event) nor a complement ("made it clear")."""
    if verb.lemma_.lower() not in lexicon.THING_ACT_VERBS or any(
            c.dep_ in ("ccomp", "xcomp", "oprd", "acomp") for c in verb.children):
        return False
    # what is made "by" someone is mostly a thing, whatever verb its name also is ("a phone, which
    # is made by X"); an object may be an act the verb lends itself to ("made an offer")
    passive = verb.dep_ == "acl" and verb.tag_ == "VBN"
    if passive:
        things = [verb.head]
    else:  # "an iPod, which is made by Apple": the relative pronoun stands for the thing
        things = [antecedent(c) for c in verb.children if c.dep_ in ("dobj", "nsubjpass")]
        passive = any(c.dep_ == "nsubjpass" for c in verb.children)
    return bool(things) and all(t.pos_ in ("NOUN", "PROPN") and not names_an_act(t, zero_derived=not passive)
                                for t in things)


def negated_acts(r: Reading, mentions: list[Mention]) -> list[Mention]:
    """What the sentence says did not happen is no event: "Ford did not cut jobs", "police never
    found the weapon", "the army did not launch an attack" (the noun's verb is negated), "no new
    cases have been recorded" (a verb's subject or object is none)."""
    return [m for m in mentions if not _negated(m.token)]


def _negated(tok: Token) -> bool:
    """Whether a trigger's verb, or the verb whose object the trigger noun is, is negated, or the
    trigger (or its verb's subject or object) is told as none."""
    verb = tok if tok.pos_ in ("VERB", "AUX") else (tok.head if tok.dep_ in ("dobj", "nsubjpass") else None)
    doc = tok.doc
    # "not only cut jobs but also closed a plant" says both happened
    if verb is not None and any(c.dep_ == "neg" and not (c.i + 1 < len(doc) and doc[c.i + 1].lower_ == "only")
                                for c in verb.children):
        return True
    if tok.pos_ == "NOUN" and any(c.dep_ == "det" and c.lower_ == "no" for c in tok.children):
        return True  # "no arrests were made", "no new cases of cholera"
    # "no new cases have been recorded", "police arrested no one": what it befell or acted on is none
    return verb is not None and tok.pos_ == "VERB" and any(
        c.dep_ in ("nsubj", "nsubjpass", "dobj") and (c.lower_ in _NO_ONE or any(
            d.dep_ == "det" and d.lower_ == "no" for d in c.children)) for c in verb.children)


def legal_acts_sought(r: Reading, mentions: list[Mention]) -> list[Mention]:
    """A legal act that someone asks for has not happened: "prosecutors sought a 12-year sentence",
    "Lima has requested his extradition", "the defence asked for an acquittal" tell a demand, not a
    sentencing, an extradition or an acquittal. Only the noun the asking verb takes as its object
    (or after "for") is dropped; "was sentenced after prosecutors sought it" keeps the sentencing."""
    def sought(tok: Token) -> bool:
        head = tok.head.head if tok.dep_ == "pobj" and tok.head.lower_ == "for" else tok.head
        direct = tok.dep_ == "dobj" or tok.dep_ == "pobj" and tok.head.lower_ == "for"
        return direct and head.pos_ == "VERB" and head.lemma_.lower() in _ASKING_VERBS
    return [m for m in mentions if not ("LegalEvent" in m.type.ancestors and m.token.pos_ == "NOUN"
                                        and sought(m.token))]


def acts_only_on_a_condition(r: Reading, mentions: list[Mention]) -> list[Mention]:
    """An act told by a verb in a clause of condition has not happened: "he faces 30 years in prison
    if convicted", "the union will strike unless the company raises pay". Only the verb that "if" or
    "unless" opens is dropped: in "if talks fail", the talks are real, their failing is the condition."""
    def on_condition(tok: Token) -> bool:
        return tok.pos_ in ("VERB", "AUX") and tok.dep_ == "advcl" and any(
            c.dep_ == "mark" and c.lower_ in ("if", "unless") for c in tok.children)
    return [m for m in mentions if not on_condition(m.token)]


def acts_only_possible(r: Reading, mentions: list[Mention]) -> list[Mention]:
    """An event noun with "a" or "an" under a verb of what may happen names a kind of event that has not
    happened: "the airbags may fail to deploy in a crash", "the fault could cause a fire", "the man
    could face a trial". The verb's chain of infinitives is climbed to the modal ("may fail to
    deploy"); "the crash that may have killed nine" keeps its crash (the noun is not under the verb)."""
    def possible(tok: Token) -> bool:
        if tok.pos_ != "NOUN" or not any(c.dep_ == "det" and c.lower_ in ("a", "an") for c in tok.children):
            return False
        verb = tok.head.head if tok.dep_ == "pobj" and tok.head.dep_ == "prep" else tok.head if tok.dep_ == "dobj" else None
        while verb is not None and verb.pos_ in ("VERB", "AUX"):
            if any(c.dep_ == "aux" and c.lower_ in _MODALS_OF_POSSIBILITY for c in verb.children):
                return True
            verb = verb.head if verb.dep_ == "xcomp" else None
        return False
    return [m for m in mentions if not possible(m.token)]


# Modal verbs that tell what may happen, not what did: "may", "could". "Would" is left out: "said it
# would recall 480,000 cars" reports a decision.
_MODALS_OF_POSSIBILITY = frozenset({"may", "might", "could", "can"})


def attacks_only_plotted(r: Reading, mentions: list[Mention]) -> list[Mention]:
    """An attack someone plots or conspires to carry out has not happened: "arrested on suspicion of
    plotting sabotage attacks", "they had plotted a bombing". (The plot is what they are suspected of;
    an attack foiled is told by its own words.)"""
    def plotted(tok: Token) -> bool:
        return tok.pos_ == "NOUN" and tok.dep_ == "dobj" and tok.head.lemma_.lower() in ("plot", "conspire")
    return [m for m in mentions if not ("Attack" in (m.type.name, *m.type.ancestors) and plotted(m.token))]


def rises_received(r: Reading, mentions: list[Mention]) -> list[Mention]:
    """A rise or an increase that someone gets, is offered or wins is a pay rise, no move of a market:
    "members will get a 5 percent rise", "nurses were offered a 4% increase"."""
    def received(tok: Token) -> bool:
        return tok.pos_ == "NOUN" and tok.dep_ in ("dobj", "nsubjpass") and tok.head.lemma_.lower() in _RECEIVING_VERBS
    return [m for m in mentions if not (m.type.name == "MarketMove" and received(m.token))]


# Verbs of getting a thing: "get a rise", "were offered an increase", "won a pay rise".
_RECEIVING_VERBS = frozenset("get receive win secure obtain offer award grant give earn".split())


# Verbs of asking for a thing that has not yet been done: "sought a sentence", "asked for a retrial".
_ASKING_VERBS = frozenset("seek request demand ask want recommend urge press push".split())


def acts_only_wished_for(r: Reading, mentions: list[Mention]) -> list[Mention]:
    """An act of no finer type that someone only wants, hopes for or tries has not happened: "EADS wants
    the cost to be shouldered by the seven nations", "he hopes to visit Paris", "the government would
    try to find a buyer". Acts of a type keep their
    own rules (a plan announced is news: "Ford plans to cut 3,000 jobs")."""
    def wished(tok: Token) -> bool:
        return tok.dep_ in ("xcomp", "ccomp") and tok.head.pos_ == "VERB" and tok.head.lemma_.lower() in _WISHING_VERBS

    def wishing(tok: Token) -> bool:  # "Airbus aims to reach 820 by December": a wish, no act ("attempted
        # to address" is an act done, though what it tried may not be)
        return tok.lemma_.lower() in _PURE_WISHES and any(c.dep_ == "xcomp" for c in tok.children)
    return [m for m in mentions if not (m.generic and m.type is ANY_EVENT and (wished(m.token) or wishing(m.token)))]


# Verbs of wanting or trying an act that has not happened: "wants it to be paid", "hopes to visit",
# "would try to find a buyer", "aims to raise".
_WISHING_VERBS = frozenset({"want", "wish", "hope", "desire", "try", "attempt", "aim", "strive", "seek"})
# Of those, the ones that tell no act of their own: "wants to", "aims to" (one who tries acts).
_PURE_WISHES = frozenset({"want", "wish", "hope", "desire", "aim"})


def kinds_of_events_averted(r: Reading, mentions: list[Mention]) -> list[Mention]:
    """An event noun that a verb of averting or lessening takes as its object, with no article or
    owner of its own, names a kind of event, not one that happened: "trees planted to reduce
    flooding", "measures to prevent attacks", "efforts to curb violence". "Firemen fought the blaze"
    keeps the blaze: a definite object is one event."""
    def averted(tok: Token) -> bool:
        return tok.pos_ == "NOUN" and tok.dep_ == "dobj" and tok.head.lemma_.lower() in _AVERTING_VERBS \
            and not any(c.dep_ in ("det", "poss", "nummod") and c.lower_ not in ("a", "an", "any", "further", "more")
                        for c in tok.children)
    return [m for m in mentions if not averted(m.token)]


# Verbs whose object is a kind of event kept from happening or made rarer: "prevent attacks", "reduce flooding".
_AVERTING_VERBS = frozenset("""prevent avert avoid reduce curb limit lessen mitigate minimise minimize tackle
combat deter""".split())


def kinds_told_as_habits(r: Reading, mentions: list[Mention]) -> list[Mention]:
    """What is said to happen as a rule names a kind of event, not one that happened: "fires are
    common in India", "the country's elections are usually quiet" (a plural event noun with no
    article that points to one, the subject of "be" with a word of frequency), "storms often hit the
    coast" (that noun as the subject of a verb with a word of frequency: both words), "the army
    usually patrols the border" (a verb in the simple present with a word of frequency), "almost all
    defendants are convicted" (the simple present said of a whole class: `_said_of_all`). "The
    protests, which are usually peaceful, turned violent" keeps the protests: their verb tells what
    they did."""
    kinds = {m.token.i for m in mentions if _kind_told(m.token)}
    kinds |= {m.token.i for m in mentions if m.token.dep_ in ("nsubj", "nsubjpass") and _said_of_all(m.token.head)}
    return [m for m in mentions if m.token.i not in kinds and not _habit(m.token, kinds) and not _said_of_all(m.token)]


def _said_of_all(verb: Token) -> bool:
    """Whether `verb` tells, in the simple present, what happens to a whole class or every time: "a
    rare outcome in Russia, where almost all defendants are convicted", "most strikes end in a deal",
    "every year thousands are killed on the roads". "All 40 passengers were rescued" is past: told."""
    if verb.pos_ not in ("VERB", "AUX"):
        return False
    auxes = [c for c in verb.children if c.dep_ in ("aux", "auxpass")]
    if verb.tag_ in ("VBZ", "VBP"):
        present = not auxes
    else:
        present = verb.tag_ == "VBN" and len(auxes) == 1 and auxes[0].dep_ == "auxpass" and auxes[0].tag_ in ("VBZ", "VBP")
    if not present:
        return False
    subjects = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass") and c.tag_ in ("NNS", "NNPS")]
    every = any(c.dep_ == "npadvmod" and any(d.lower_ == "every" for d in c.children) for c in verb.children)
    return every or any(d.lower_ in ("all", "most", "every") and d.dep_ in ("det", "predet", "amod", "nummod")
                        for s in subjects for d in s.children)


def _kind_told(noun: Token) -> bool:
    """Whether `noun` is a plural event noun with no article pointing to events told, the subject
    of what is said to happen as a rule ("fires are common", "storms often hit the coast")."""
    if noun.pos_ != "NOUN" or noun.dep_ != "nsubj" or noun.tag_ != "NNS" \
            or any(c.dep_ == "det" and c.lower_ in _POINTING for c in noun.children):
        return False
    verb = noun.head
    if verb.lemma_ == "be" and verb.tag_ not in ("VBZ", "VBP"):
        return False  # "the elections were quiet": those told
    # "are usually quiet" puts the adverb on the adjective
    said = [c for c in verb.children if c.dep_ in ("advmod", "acomp")]
    said += [a for c in said if c.dep_ == "acomp" for a in c.children if a.dep_ == "advmod"]
    return any(c.lower_ in _FREQUENCY_WORDS for c in said)


def _habit(verb: Token, kinds: set[int]) -> bool:
    """Whether `verb` tells what happens as a rule: a word of frequency on it, and the simple present
    or a kind of event as its subject ("the army usually patrols", "storms often hit")."""
    if verb.pos_ != "VERB" or not any(c.dep_ == "advmod" and c.lower_ in _FREQUENCY_WORDS for c in verb.children):
        return False
    present = verb.tag_ in ("VBZ", "VBP") and not any(c.dep_ in ("aux", "auxpass") for c in verb.children)
    return present or any(c.dep_ == "nsubj" and c.i in kinds for c in verb.children)


# Words that say how often a kind of thing happens, as adverbs or as what a kind "is".
_FREQUENCY_WORDS = frozenset("""usually often generally normally typically frequently rarely seldom commonly
regularly routinely traditionally common rare frequent commonplace uncommon routine usual unusual""".split())
# Determiners that point to events already told: "the", "these", "those" protests.
_POINTING = frozenset({"the", "this", "that", "these", "those"})


# Words that name no one and nothing: "nobody was hurt", "police arrested no one".
_NO_ONE = frozenset({"nobody", "none", "nothing"})


def one_sense_per_story(r: Reading, mentions: list[Mention]) -> list[Mention]:
    """A word that names different types by its themes keeps, in a story, the sense it was given
    where its themes were told: after "Dockworkers went on strike on Monday", "the union said the
    strike would go on" is the labour strike, not an attack, and so is "a previous strike". Only a
    noun with a determiner that points back ("the", "this", "that") or a word of one more of its kind
    ("previous", "another"), and whose own phrase names no theme, takes the sense of the
    last themed mention of its lemma before it, or else of the last noun or themed phrase before it of
    a type the lemma signals with a theme ("a wildfire ... the fire", "a walkout ... the strike",
    "walked off the job ... the strike")."""
    themed: dict[str, Mention] = {}
    told: list[Mention] = []
    for m in mentions:
        lemma = m.token.lemma_.lower()
        if lemma in m.type.themed:
            themed[lemma] = m
            told.append(m)
            continue
        # or of another word the sense is a themed one of: "the fire" after "a wildfire", "the strike"
        # after "dockworkers walked off the job"
        prior = themed.get(lemma) or next((n for n in reversed(told) if lemma in n.type.themed), None)
        if m.token.pos_ == "NOUN" or _phrase_themed(m):
            # a verb whose own word names its type ("X agreed to buy Y": an agreement) says nothing of
            # the sense "the deal" takes after it; one whose phrase is a themed trigger does
            told.append(m)
        if prior is not None and m.token.pos_ == "NOUN" and lemma in m.type.triggers and any(
                c.dep_ == "det" and c.lower_ in ("the", "this", "that")
                # "a previous strike", "another strike": one more of the kind the story tells
                or c.dep_ in ("det", "amod") and c.lower_ in lexicon.NEW_EVENT_MODIFIERS for c in m.token.children):
            m.type = prior.type
    _headline_words_take_the_leads_sense(mentions)
    return mentions


def _phrase_themed(m: Mention) -> bool:
    """Whether a verb mention is told by a themed trigger of its type with its particle or preposition:
    "walked off the job" ("walk off", a labour strike's)."""
    lemma = m.token.lemma_.lower()
    return any(c.dep_ in ("prt", "prep") and f"{lemma} {c.lower_}" in m.type.themed for c in m.token.children)


def _headline_words_take_the_leads_sense(mentions: list[Mention]) -> None:
    """The headline tells in few words what the lead tells in full: "Machinists vote to end seven-week
    strike" over "Factory workers voted to end a strike ..." is the labour strike the lead's
    workers end. A headline noun with no theme of its own takes the sense of its lemma's themed
    mention in the lead sentence."""
    if not mentions:
        return
    doc = mentions[0].token.doc
    head_end = headline_end(parsed(doc).text)
    lead = first_prose_sentence(doc, head_end) if head_end is not None else None
    if lead is None:
        return
    lead_start = sent_start(lead)
    in_lead = {m.token.lemma_.lower(): m for m in reversed(mentions)
               if sent_start(m.token) == lead_start and m.token.lemma_.lower() in m.type.themed}
    for m in mentions:
        lemma = m.token.lemma_.lower()
        if m.token.idx < head_end and m.token.pos_ == "NOUN" and lemma in m.type.triggers and lemma in in_lead:
            m.type = in_lead[lemma].type


def anaphors(r: Reading, mentions: list[Mention]) -> list[Mention]:
    """"This exchange", "the attack": a noun with a determiner that is a trigger of a type named before,
    without its theme, points back to an event of that type. A word that signals the type only with its
    theme does so only when that event was told by the same word ("exchanged prisoners ... the
    exchange") or by a noun ("a plunge of 55% ... the decline"): after a verb it is mostly a thing
    ("sent aid ... the offer", "put troops on alert ... the place"). The mentions then stand in
    text order."""
    taken = {m.token.i for m in mentions}
    out: list[Mention] = []
    p = parsed(r.doc)
    for tok in (t for t, pos in zip(p.tokens, p.pos) if pos == "NOUN"):
        if tok.i in taken or tok.i in r.index.by_token:
            continue
        if not any(c.dep_ == "det" and c.lower_ in ("this", "that", "these", "those", "the") for c in tok.children):
            continue
        lemma = tok.lemma_.lower()
        prior = next((m for m in reversed(mentions) if m.token.i < tok.i and (lemma in m.type.triggers or (
            lemma in m.type.themed and (m.token.lemma_.lower() == lemma or m.token.pos_ == "NOUN")))), None)
        if prior is not None:
            out.append(Mention(tok, prior.type))
    return sorted(mentions + out, key=lambda m: m.token.i)


# Verbs of raising the pace of a series of acts: "stepped up attacks", "intensified airstrikes".
_STEPPING_UP = frozenset({"step", "intensify", "escalate", "increase", "ramp", "scale"})


def series_stepped_up(r: Reading, mentions: list[Mention]) -> list[Mention]:
    """Acts told in the plural as the object of a verb of raising their pace are a series, an event of its
    own that no later "the attack" points back to: "the Taliban, who have stepped up attacks on security
    forces", "the army intensified airstrikes on the north"."""
    for m in mentions:
        tok = m.token
        if tok.tag_ == "NNS" and tok.dep_ == "dobj" and tok.head.lemma_.lower() in _STEPPING_UP:
            m.generic = True
    return mentions


_RELATIVE_PRONOUNS = frozenset({"which", "that"})


def events_told_in_their_relative_clause(r: Reading, mentions: list[Mention]) -> list[Mention]:
    """A verb in a relative clause on an event noun tells that event: "the blaze, which broke out on
    Sunday", "the protests, which began in May" are the blaze and the protests, one mention told by
    two words."""
    by_token = {m.token.i: m for m in mentions}
    out = []
    for m in mentions:
        tok = m.token
        noun = by_token.get(tok.head.i) if tok.pos_ == "VERB" and tok.dep_ == "relcl" else None
        if noun is not None and noun.token.pos_ == "NOUN" and any(
                c.dep_ == "nsubj" and c.lower_ in _RELATIVE_PRONOUNS for c in tok.children):
            noun.also.append(tok)
            continue
        out.append(m)
    return out


_WHAT_THE_EVENT_IS = frozenset({"it", "this", "that"})


def events_said_of_an_event(r: Reading, mentions: list[Mention]) -> list[Mention]:
    """An event noun said of an event told before is what that event is, no new one: "It was the third
    such exchange this year", "The blast was the deadliest attack in the city since 2015". The noun is
    the predicate of "be" whose subject is "it", "this" or "that", or a mention of an event; its time
    ("this year", "since 2015") dates the series it is counted in, not the event."""
    told = {m.token.i for m in mentions}
    out = []
    for m in mentions:
        tok = m.token
        if tok.pos_ == "NOUN" and tok.dep_ == "attr" and tok.head.lemma_ == "be" and any(
                c.dep_ == "nsubj" and (c.lower_ in _WHAT_THE_EVENT_IS or c.i in told) for c in tok.head.children) \
                and any(e.token.i < tok.i and e.type is m.type for e in mentions):
            continue
        out.append(m)
    return out


def walkouts_by_members_of_a_body(r: Reading, mentions: list[Mention]) -> list[Mention]:
    """A walkout by the members of a legislature, a delegation or the opposition is a protest, not a
    labour strike: "opposition lawmakers walked out of parliament", "delegates staged a walkout"
    leave a chamber or a meeting in protest; they stop no work for an employer."""
    strike = taxonomy().get("LabourStrike")
    protest = taxonomy().get("Protest")
    if strike is None or protest is None:
        return mentions
    for m in mentions:
        if m.type is not strike or m.token.lemma_.lower() not in ("walk", "walkout"):
            continue
        heads = {r.index.entities[k].name.lower().split()[-1] for k in m.agents if k in r.index.entities}
        heads |= _walkers(m.token)
        if heads and heads <= _WALKING_OUT_MEMBERS:
            m.type = protest
    return mentions


def strikes_that_last(r: Reading, mentions: list[Mention]) -> list[Mention]:
    """A strike measured in time, or called general or indefinite, is a stoppage of work, not an attack:
    "a seven-week strike", "a 24-hour strike", "an indefinite strike", "a general strike"; attacks are
    not told by how long they last."""
    strike = taxonomy().get("LabourStrike")
    if strike is None:
        return mentions
    for m in mentions:
        tok = m.token
        if tok.pos_ != "NOUN" or tok.lemma_.lower() != "strike" or m.type is strike \
                or "Attack" not in (m.type.name, *m.type.ancestors):
            continue
        if any(c.dep_ == "compound" and c.lemma_.lower() in _UNITS_OF_A_STOPPAGE
               and any(n.like_num or n.dep_ == "nummod" for n in c.children)
               or c.dep_ == "amod" and c.lower_ in _KINDS_OF_A_STOPPAGE for c in tok.children):
            m.type = strike
    return mentions


_UNITS_OF_A_STOPPAGE = frozenset({"hour", "day", "week", "month"})
_KINDS_OF_A_STOPPAGE = frozenset({"general", "indefinite", "nationwide", "national"})


def _walkers(word: Token) -> set[str]:
    """The head words of who walks out, read from the parse: the subject of "walked out", through a count
    of them ("dozens of delegates"), or the possessor or noun before "walkout" ("the MPs' walkout")."""
    if word.pos_ == "VERB":
        found = [c for c in word.children if c.dep_ == "nsubj"]
    else:
        found = [c for c in word.children if c.dep_ in ("poss", "compound")]
    heads = set()
    for noun in found:
        if noun.like_num or noun.lemma_.lower() in _COUNT_WORDS:  # "dozens of delegates": who the count counts
            noun = next((p for c in noun.children if c.dep_ == "prep" and c.lower_ == "of"
                         for p in c.children if p.dep_ == "pobj"), noun)
        heads.add(noun.lower_)
    return heads


_COUNT_WORDS = frozenset({"dozen", "dozens", "hundred", "hundreds", "score", "scores", "group", "some", "many",
                          "most", "all", "several"})


# Head words of those whose walkout leaves a chamber or a meeting, not a workplace.
_WALKING_OUT_MEMBERS = lexicon.LEGISLATURE_WORDS | frozenset("""
opposition delegate delegates delegation delegations deputies deputy mp envoys envoy diplomats ministers
councillors councilors
""".split())
