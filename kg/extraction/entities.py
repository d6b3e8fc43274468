"""Actors and places: one `Entity` per real-world entity of an article, with every mention.

The model's entities are the starting point; on top of them come a gazetteer (to fix places the
model takes for people, and to give GeoNames ids), demonyms ("Russian forces" -> Russia), titles
split off names, organisations named by description ("local police"), short names joined to
full ones ("Zelensky" -> "Volodymyr Zelensky"), and definite references ("the ministry"). A name
found once is found everywhere in the article; names inside names ("the University of Southern
Indiana") are mentions too; products ("an iPod") and sports teams named after their country
("Belgium 3 - 0 Panama") are told apart from organisations and states.
"""

from __future__ import annotations

import hashlib
import re
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from functools import lru_cache

from spacy.tokens import Doc, Span as SpacySpan, Token

from kg.extraction import lexicon
from kg.extraction.gazetteer import MIN_CITY_POPULATION, Gazetteer, Place, fold
from kg.extraction.nlp import noun_lemmas, opens_sentence, verb_lemmas
from kg.extraction.parsed import char_bounds, ents, headline_end, parsed, sent_start, tokens
from kg.reader import DATELINE_OPENING
from kg.records import Entity, Span, slug

_LABEL_KIND = {"PERSON": "Person", "ORG": "Organization", "GPE": "GeopoliticalEntity",
               "LOC": "Location", "FAC": "Location", "NORP": "Group"}
_KEY_PREFIX = {"Person": "person", "Organization": "org", "Group": "group", "Product": "product",
               "GeopoliticalEntity": "gpe", "Location": "place", "City": "place"}
# Entity kinds that are no actors: they neither speak nor act in an event.
NON_ACTOR_KINDS = ("City", "Location", "Product")
_SCORE_DASHES = frozenset("- – — :".split())


@dataclass
class _Candidate:
    start: int  # token index
    end: int
    kind: str
    name: str
    place: Place | None = None
    role_tokens: list[Token] = field(default_factory=list)
    confidence: float = 0.75
    is_reference: bool = False  # a demonym or description that refers to the entity
    nested: bool = False  # a name inside another name: a mention, but the outer name owns the tokens
    country: Place | None = None  # the state an organisation belongs to (a national team)
    # the token whose word this name shares with the name after it: "North" in "North and South
    # Korea" names North Korea with the word "Korea" of South Korea
    shares: int | None = None


# Words that leave officers the police's own: "armed officers", "local police officers".
_POLICE_WORDS = frozenset("police local armed uniformed plainclothes undercover".split())
# Adjectives that count rather than describe: "several protesters", "many residents".
_QUANTIFYING_ADJECTIVES = frozenset("several many few numerous various countless".split())
_PREPOSITIONS_READ_AS_ADJECTIVES = frozenset("outside inside near beyond".split())


def _words_after_a_group(token: Token) -> list[Token]:
    """The words after a plural noun of people that belong to the group's name: the "general" of
    "attorneys general", and a "from" phrase that counts where its members come from ("attorneys
    general from nine states", "doctors from five countries"), which alone tells the group apart."""
    out: list[Token] = []
    nxt = token.nbor(1) if token.i + 1 < len(token.doc) else None
    if nxt is not None and nxt.lower_ == "general" and (nxt.head.i == token.i or token.head.i == nxt.i):
        out.append(nxt)
    last = (out or [token])[-1]
    for prep in last.rights:  # the parser hangs the phrase on "general" as often as on the noun
        if prep.dep_ == "prep" and prep.lower_ == "from" and prep.i == last.i + 1:
            objects = [c for c in prep.children if c.dep_ == "pobj" and c.tag_ == "NNS"]
            if objects and any(c.dep_ == "nummod" for c in objects[0].children):
                out += list(prep.subtree)
    return out
# Nouns through which a state acts ("Russian forces", "US officials"), and those through which an
# armed organisation or group does ("NATO jets", "Hamas fighters").
_ARMED_NOUNS = frozenset({"force", "troop", "army", "military", "soldier", "navy", "jet", "aircraft", "warplane",
                          "fighter", "militant", "gunman", "unit", "warship", "drone"})
_STATE_AGENT_NOUNS = _ARMED_NOUNS | {"government", "official", "authority", "side"}
# An armed body's or group's men who fight no state of their own: "Houthi rebels", "Taliban insurgents"
# fight for the body; "Syrian rebels" fight the Syrian state, so a state's adjective never makes them its own.
# A force's officers act for it: "Army officers seized power", "Dallas police officers arrested him".
_GROUP_ARMED_NOUNS = _ARMED_NOUNS | {"rebel", "insurgent", "jihadist", "guerrilla", "separatist", "officer"}
# Craft through which a body acts: "Navy ships searched", "coast guard boats patrolled"; a state's
# ships may be anyone's that fly its flag, so only a body's count as the body.
_BODY_CRAFT_NOUNS = frozenset({"ship", "vessel", "boat", "helicopter", "plane", "patrol"})
# A body's governing organs, which decide for it: "the Kestrel board fired its chief", "Ford's management".
_BODY_ORGAN_NOUNS = frozenset({"board", "management", "leadership"})
# People whose work a body does through them: "researchers at Keldor University found", "a team of
# scientists from the institute developed"; what they find or make is the body's work.
_RESEARCH_NOUNS = frozenset({"researcher", "scientist", "astronomer", "physicist", "biologist", "chemist",
                             "archaeologist", "engineer", "geologist", "economist"})
_TEAM_NOUNS = frozenset({"team", "group"})


@dataclass
class EntityIndex:
    """The entities of one document and which tokens mention which entity."""

    entities: dict[str, Entity]
    by_token: dict[int, str]
    order: list[tuple[int, str]]  # (token index, entity key) of every mention, in text order
    pairs: list[tuple[int, tuple[str, str]]]  # (token index, two GPE or two organisation keys named together)
    scope: str = ""  # what makes keys of unnamed actors this article's own: a digest of its text
    # the names that share the word at a token with the one it is part of: "North and South Korea"
    # -> at "Korea", the key of North Korea (South Korea's is its own)
    shared: dict[int, list[str]] = field(default_factory=dict)
    police: str | None = None  # the one police force the article names: what "police" there stands for
    # the body nouns `_states_bodies` found naming a state's body ("the United States federal
    # government"), by token: the state, however the parser hung the state's name
    state_bodies: dict[int, str] = field(default_factory=dict)

    def at(self, token: Token | None) -> str | None:
        """Return the key of the entity `token` is part of, or None."""
        return None if token is None else self.by_token.get(token.i)

    def in_subtree(self, token: Token) -> list[str]:
        """Return the entity keys mentioned by `token` and its conjuncts (in order, no repeats)."""
        keys: list[str] = []
        conjuncts = token.conjuncts
        for tok in [token, *conjuncts]:
            for k in self.named_by(tok):
                if k not in keys:
                    keys.append(k)
        if conjuncts:
            # "Menon and his Chinese counterpart Li Wen": the name after the second, which the parser
            # hangs on the first as its apposition, is the second's
            last = max(c.i for c in conjuncts)
            keys += [k for c in token.children if c.dep_ == "appos" and c.i > last
                     and (k := self.by_token.get(c.i)) and k not in keys]
        return keys

    def named_by(self, tok: Token) -> list[str]:
        """Return the entity keys `tok` itself mentions, its conjuncts aside: its own, or the one its
        appositive or modifier names ("Russian forces"), with those that share its word."""
        key = self.at(tok)
        joined: list[str] = []
        if key is None and (key := self._head_entity(tok)):
            joined = self._joined_with_the_modifier(tok, key)
        # "North and South Korea": both states
        return [k for k in [*self.shared.get(tok.i, []), key, *joined] if k]

    def _joined_with_the_modifier(self, token: Token, key: str) -> list[str]:
        """The actors named with "and" beside the modifier that gave `token` its actor: "Pakistani and
        Indian troops" are both states' forces."""
        kind = self.entities[key].kind
        return [k for c in token.children if c.dep_ == "amod" and self.by_token.get(c.i) == key
                for x in c.conjuncts if (k := self.by_token.get(x.i)) and self.entities[k].kind == kind]

    def _head_entity(self, token: Token) -> str | None:
        # "the capital, Kyiv": the appositive names the entity; "Russian forces": the modifier does.
        if token.i in self.state_bodies:
            return self.state_bodies[token.i]
        for child in token.children:
            if child.dep_ == "appos" and child.i in self.by_token:
                return self.by_token[child.i]
        for child in token.children:
            # "the attacker, identified as Sudesh Amman", "the victim, named as Tom Varley"
            if child.dep_ == "acl" and child.lemma_.lower() in ("identify", "name") and child.tag_ == "VBN":
                for prep in child.children:
                    if prep.dep_ == "prep" and prep.lower_ == "as":
                        for pobj in prep.children:
                            if pobj.dep_ == "pobj" and pobj.i in self.by_token:
                                return self.by_token[pobj.i]
        if token.lemma_.lower() in lexicon.AREA_NOUNS:
            # "the Ikoyi district of Lagos", "the Karol Bagh area of New Delhi": the place named before a
            # noun of an area is the one it stands for, the of-phrase where it lies (but "the Texas
            # city of El Paso" is El Paso: a town's name comes after)
            for child in token.children:
                key = self.by_token.get(child.i) if child.dep_ == "compound" else None
                if key is not None and self.entities[key].kind in ("City", "GeopoliticalEntity", "Location"):
                    return key
        for child in token.children:
            # "the southern city of Odesa"; "the board of Kestrel Motors" decides for the company
            if child.dep_ == "prep" and child.lower_ == "of" and token.lemma_.lower() in lexicon.PLACE_NOUNS:
                for pobj in child.children:
                    if pobj.dep_ == "pobj" and pobj.i in self.by_token:
                        return self.by_token[pobj.i]
            if child.dep_ == "prep" and child.lower_ == "of" and token.lemma_.lower() in _BODY_ORGAN_NOUNS:
                for pobj in child.children:
                    if pobj.dep_ == "pobj" and pobj.i in self.by_token \
                            and self.entities[self.by_token[pobj.i]].kind == "Organization":
                        return self.by_token[pobj.i]
        if (body := self._body_of_researchers(token)) is not None:
            return body
        if (holder := self._name_set_off_after_the_office(token)) is not None:
            return holder
        for child in token.children:
            # "Russian forces", "NATO jets", and the state's own: "Iran's navy", "Russia's army"
            if child.dep_ in ("amod", "compound", "nmod", "poss") and child.i in self.by_token:
                ent = self.entities[self.by_token[child.i]]
                lemma = token.lemma_.lower()
                armed = ent.kind in ("Organization", "Group") and lemma in _GROUP_ARMED_NOUNS
                if child.dep_ == "poss" and not (ent.kind == "GeopoliticalEntity" and lemma in _STATE_AGENT_NOUNS or armed
                                                 or ent.kind == "Organization" and lemma in _BODY_ORGAN_NOUNS):
                    continue  # "Iran's oil", "Ford's plant": what the state or body owns is no actor
                # "Russian forces", "NATO jets", "Hezbollah fighters": a state's or a body's armed men
                if (ent.kind == "GeopoliticalEntity" and lemma in _STATE_AGENT_NOUNS) or armed or (
                        ent.kind == "Organization" and lemma in _BODY_CRAFT_NOUNS | _BODY_ORGAN_NOUNS):
                    return ent.key
                # "the Reuters news agency", "the Wagner group": a noun saying what kind of body a name is
                if ent.kind in ("Organization", "Group") and lemma in lexicon.DESCRIPTOR_NOUNS:
                    return ent.key
        return None

    def _name_set_off_after_the_office(self, token: Token) -> str | None:
        """The person named after a common noun's of-phrase, whom the parser hangs on the place or
        body the phrase names: "The mayor of the city of Trujillo, Arturo Fernandez, was shot" (the
        mayor is Fernandez, not the city); a place or body is never a person."""
        if token.pos_ != "NOUN" or token.i in self.by_token:
            return None
        for child in token.children:
            if child.dep_ != "prep" or child.lower_ != "of":
                continue
            for owner in (p for p in child.children if p.dep_ == "pobj"):
                if owner.lemma_.lower() in lexicon.PLACE_NOUNS:  # "the city of Trujillo": the name after
                    owner = next((q for c in owner.children if c.dep_ == "prep" and c.lower_ == "of"
                                  for q in c.children if q.dep_ == "pobj"), owner)
                key = self.by_token.get(owner.i)
                if key is None or self.entities[key].kind == "Person":
                    continue
                for appos in (c for c in owner.children if c.dep_ == "appos" and c.i in self.by_token):
                    if self.entities[self.by_token[appos.i]].kind == "Person":
                        return self.by_token[appos.i]
        return None

    def _body_of_researchers(self, token: Token) -> str | None:
        """The organisation researchers work at, who act for it: "researchers at Keldor University",
        "a team of astronomers from the Marlow Institute", "scientists of the agency"."""
        lemma = token.lemma_.lower()
        if lemma in _TEAM_NOUNS:
            # "a team of astronomers at X": the team is of researchers, the body is named on either word
            members = [p for c in token.children if c.dep_ == "prep" and c.lower_ == "of"
                       for p in c.children if p.dep_ == "pobj" and p.lemma_.lower() in _RESEARCH_NOUNS]
            if not members:
                return None
            words = [token, *members]
        elif lemma in _RESEARCH_NOUNS:
            words = [token]
        else:
            return None
        for word in words:
            for prep in word.children:
                if prep.dep_ == "prep" and prep.lower_ in ("at", "from", "of"):
                    for pobj in prep.children:
                        key = self.by_token.get(pobj.i) if pobj.dep_ == "pobj" else None
                        if key is not None and self.entities[key].kind == "Organization":
                            return key
        return None

    def nominal(self, token: Token, people: frozenset[str] = frozenset()) -> str | None:
        """Return the key of the unnamed actor the noun `token` heads ("protesters", "a federal
        jury"), made on first use; None when `token` is no actor noun (nor, in the plural, one of
        the nouns `people` adds: the caller's own kinds of people).

        Its name is the noun with its describing words ("pro-democracy protesters"), without
        articles, numbers or possessors. The key is the article's own ("the protesters" of two
        articles are two groups), and its mentions are of kind "nominal", never counted as names.
        """
        if token.lower_ == "general" and token.i > 0 and token.nbor(-1).head.i == token.i \
                and token.nbor(-1).dep_ == "compound" and token.nbor(-1).tag_ == "NNS":
            return self.nominal(token.nbor(-1), people)  # "Attorneys general filed": the parser's head is "general"
        lemma, plural = token.lemma_.lower(), token.tag_ == "NNS"
        if token.is_sent_start and token.pos_ == "PROPN" and token.i not in self.by_token:
            # the tagger takes a capitalised plural opening a sentence for a name ("Protesters blocked")
            plural = token.lower_.endswith("s")
            lemma = token.lower_[:-1] if plural else token.lower_
            if token.lower_.endswith("men"):  # "Fishermen rescued": the plural of "-man"
                plural, lemma = True, token.lower_[:-3] + "man"
        elif token.pos_ != "NOUN":
            return None
        # "the central bank", "the coast guard": a body told by two words, whose last alone names none
        central = lemma == "bank" and _central_bank_noun(token) or lemma == "guard" and _coast_guard_noun(token)
        # "officers arrested him", "detectives said" ("police" is the body itself)
        officers = plural and lemma in lexicon.POLICE_NOUNS and lemma != "police"
        # "dockworkers", "steelworkers": workers named in one word by their trade
        trade = lemma.endswith("worker") and lemma != "worker"
        if not ((lemma in lexicon.ACTOR_PEOPLE_NOUNS or lemma in people or officers or trade) and plural
                or lemma in lexicon.ACTOR_BODY_NOUNS or central):
            return None
        words = [*hyphened_prefix(token), token]
        for left in reversed(list(token.lefts)):  # the describing words right before it
            if left.dep_ not in ("amod", "compound", "nmod") or left.right_edge.i != words[0].i - 1:
                break
            words = [*left.subtree, *words]
        words = [t for t in words if t is token or t.dep_ not in ("det", "poss", "nummod", "predet", "case")
                 and t.i not in self.by_token
                 or t.i in self.by_token and self.entities[self.by_token[t.i]].kind == "GeopoliticalEntity"]
        # "shot dead several protesters": a word counting the people opens the phrase, and what the
        # parser hung before it belongs to the verb; a preposition the parser read as an adjective
        # ("protested outside | parliament") is no word of it either
        counted = [k for k, t in enumerate(words) if t.lower_ in _QUANTIFYING_ADJECTIVES]
        words = words[counted[-1]:] if counted else words
        words = [t for t in words if t.lower_ not in _PREPOSITIONS_READ_AS_ADJECTIVES or t is token]
        if not words:
            return None
        # "officers", "armed police officers": the police's own men, not "army officers"
        policing = officers and all(c.lower_ in _POLICE_WORDS for c in token.children
                                    if c.dep_ in ("amod", "compound", "nmod", "poss"))
        if (lemma == "police" and all(t is token or t.lower_ == "local" for t in words) or policing) and self.police:
            # "police arrested him", "officers arrested him" in an article that names the Irving Police
            # Department: that force (its officers act for it)
            ent = self.entities[self.police]
            if not any(m.begin == token.idx for m in ent.mentions):
                ent.mentions.append(Span(token.idx, token.idx + len(token.text), token.text, "reference"))
            return self.police
        if lemma in lexicon.ACTOR_BODY_NOUNS or central:
            # "the government of Oman", "the parliament of Zembla": the state it belongs to names it too
            words += self._state_of(token)
        if words == [token] and any(c.dep_ == "det" and c.lower_ in ("the", "this") for c in token.children):
            # "the national vote-counting commission said ... the commission added": the one told before
            told = self._nominal_told_before(token)
            if told is not None:
                ent = self.entities[told]
                if not any(m.begin == token.idx for m in ent.mentions):
                    ent.mentions.append(Span(token.idx, token.idx + len(token.text), token.text, "nominal"))
                return told
        doc = token.doc
        short = None
        after = _words_after_a_group(token) if plural and words[-1] is token else []
        if after:
            short = parsed(doc).text[words[0].idx:token.idx + len(token)]
            words += after
        begin, end = words[0].idx, words[-1].idx + len(words[-1])
        anchor = name = parsed(doc).text[begin:end]  # Doc.text joins every token again at each call
        if words[0].is_title and _in_headline(words[0]) and words[0].ent_type_ != "NORP":
            name = name[0].lower() + name[1:]  # "Jury finds ...": the headline's capital, not "Indian court"
        if policing:
            name = "police"  # "Police shoot gunman | Armed officers shot a gunman": one body, the police
        key = f"nominal/{self.scope}/{slug(name)}"
        ent = self.entities.get(key)
        if ent is None:
            kind = "Organization" if lemma in lexicon.ACTOR_BODY_NOUNS or central or policing else "Group"
            ent = self.entities[key] = Entity(key=key, name=name, kind=kind, confidence=0.6)
            if short is not None and after[0].lower_ != "general":
                ent.aliases.add(short)  # "doctors from five countries" is the article's "doctors" too
        if not any(m.begin == begin for m in ent.mentions):
            ent.mentions.append(Span(begin, end, anchor, "nominal"))
        return key

    def _nominal_told_before(self, token: Token) -> str | None:
        """The unnamed actor with more words to its name, headed by the same noun, last mentioned
        before `token`: what "the commission" refers back to."""
        best: tuple[int, str] | None = None
        for key, ent in self.entities.items():
            if not key.startswith("nominal/") or ent.name.split()[-1].lower() != token.lower_ or " " not in ent.name:
                continue
            last = max((m.begin for m in ent.mentions if m.begin < token.idx), default=None)
            if last is not None and (best is None or last > best[0]):
                best = (last, key)
        return best[1] if best else None

    def _state_of(self, body: Token) -> list[Token]:
        """The words "of X" right after a body noun when X is a state named alone ("government of
        Oman"); empty otherwise ("the council of elders" names no state)."""
        for prep in body.children:
            if prep.dep_ != "prep" or prep.lower_ != "of" or prep.i != body.i + 1:
                continue
            for obj in prep.children:
                span = list(obj.subtree)
                keys = {self.by_token.get(t.i) for t in span if t.dep_ != "det"}
                if obj.dep_ == "pobj" and len(keys) == 1 and None not in keys \
                        and self.entities[next(iter(keys))].kind == "GeopoliticalEntity":
                    return [prep, *span]
        return []

    def recent(self, before: int, kinds: tuple[str, ...]) -> str | None:
        """Return the key of the last entity of one of `kinds` mentioned before token `before`."""
        for i, key in reversed(self.order):
            if i < before and self.entities[key].kind in kinds:
                return key
        return None

    def recent_pair(self, before: int, kind: str = "GeopoliticalEntity") -> tuple[str, str] | None:
        """Return the last two states (or actors of another `kind`) named together ("Russia and
        Ukraine", "Acme and Brill Corp") before token `before`."""
        for i, pair in reversed(self.pairs):
            if i < before and self.entities[pair[0]].kind == kind:
                return pair
        return None


def hyphened_prefix(token: Token) -> list[Token]:
    """The word and hyphen joined to the front of `token` ("counter-protesters": "counter", "-"),
    however the parser hung them; empty when none is."""
    doc = token.doc
    if token.i < 2 or doc[token.i - 1].text != "-" or doc[token.i - 1].whitespace_ or doc[token.i - 2].whitespace_ \
            or not doc[token.i - 2].is_alpha:
        return []
    return [doc[token.i - 2], doc[token.i - 1]]


def find_entities(doc: Doc, gaz: Gazetteer) -> EntityIndex:
    """Return the actors and places of `doc`, clustered, typed and with every mention."""
    cands = _bodies_of_places(doc, _model_candidates(doc, gaz), gaz)
    # the place that opens a dateline, whatever the model made of its capitals ("SAO | PAULO")
    dateline = _dateline_places(doc, gaz)
    held = {i for c in dateline for i in range(c.start, c.end)}
    cands = [c for c in cands if not held.intersection(range(c.start, c.end))] + dateline
    regnal = _regnal_names(doc) + _outlets(doc)
    held = {i for c in regnal for i in range(c.start, c.end)}
    cands = [c for c in cands if not held.intersection(range(c.start, c.end))] + regnal
    cands += _titled_names(doc, gaz, taken={i for c in cands for i in range(c.start, c.end)})
    cands += _brand_names(doc, taken={i for c in cands for i in range(c.start, c.end)})
    sites = _named_sites(doc, gaz, taken={i for c in cands for i in range(c.start, c.end)})
    held = {i for c in sites for i in range(c.start, c.end)}
    cands = [c for c in cands if not held.intersection(range(c.start, c.end))] + sites
    cands += _appositive_names(doc, gaz, taken={i for c in cands for i in range(c.start, c.end)})
    cands += _people_acted_on(doc, gaz, taken={i for c in cands for i in range(c.start, c.end)})
    cands += _bodies_by_their_act(doc, gaz, taken={i for c in cands for i in range(c.start, c.end)})
    described = _description_candidates(doc, gaz, taken={i for c in cands for i in range(c.start, c.end)})
    inside = {i for c in described for i in range(c.start, c.end)}
    cands = [c for c in cands if not inside.intersection(range(c.start, c.end))] + described
    cands.sort(key=lambda c: c.start)
    cands = _without_storm_names(doc, cands)
    _products(doc, cands)
    _members_are_their_body(doc, cands)
    _titled_appositions_are_people(doc, cands)
    _kin_and_honoured_are_people(doc, cands)
    _named_settlements_are_places(doc, cands, gaz)
    _towns_named_like_words(doc, cands, gaz)
    _the_law_acts_on_people(doc, cands)
    _people_among_people(doc, cands)
    _places_among_places(doc, cands, gaz)
    _towns_named_with_their_region(doc, cands, gaz)
    _towns_of_the_articles_countries(cands, gaz)
    _regions_after_towns(doc, cands, gaz)
    _headline_names_typed_by_the_body(doc, cands)
    _make_types_consistent(cands, doc)
    _surnames_are_people(doc, cands)
    cands = _acronyms(doc, cands, gaz)
    _companies_named_short(doc, cands)
    _companies_by_their_shares(doc, cands)
    cands = _propagate_names(doc, cands)
    _national_teams(doc, cands)
    _clubs_in_matches(doc, cands)
    cands += _nested_names(doc, cands, gaz, _event_names(doc))
    entities, by_token, order = _cluster(doc, cands, gaz)
    index = EntityIndex(entities, by_token, order, [], scope=hashlib.sha1(doc.text.encode()).hexdigest()[:12])
    for c in cands:
        if c.shares is not None and c.start in by_token:
            index.shared.setdefault(c.shares, []).append(by_token[c.start])
    _resolve_references(doc, index)
    _lead_people_named_after(doc, index)
    _states_bodies(doc, index)
    _capitals_acting_for_their_state(doc, index, gaz)
    _the_capital_named_before(doc, index, gaz)
    _the_town_named_before(doc, index)
    _missions_named_with_their_seat(doc, index)
    _police_of_the_article(index)
    index.order.sort()
    index.pairs = _pairs_named_together(doc, index)
    _roles_of(entities)
    for ent in entities.values():
        ent.confidence = round(min(0.99, ent.confidence + 0.03 * (len(ent.mentions) - 1)), 2)
    return index


def storm_names(doc: Doc) -> dict[str, str]:
    """The names the article gives storms, lower case, each with the word that calls it one: "Typhoon
    Morana ... Morana made landfall" -> {"morana": "typhoon"}. A name is a single capitalised word
    right after a capitalised `lexicon.STORM_NAME_WORDS` word that does not open a name itself."""
    p = parsed(doc)
    if "storm_names" not in p.memo:
        names: dict[str, str] = {}
        for i, low in enumerate(p.lowers[:-1]):
            if low in lexicon.STORM_NAME_WORDS and p.texts[i].istitle() and p.texts[i + 1].istitle() \
                    and p.pos[i + 1] == "PROPN" and (i + 2 == len(p.texts) or not p.texts[i + 2].istitle()):
                names[p.lowers[i + 1]] = low
        p.memo["storm_names"] = names
    return p.memo["storm_names"]


def _without_storm_names(doc: Doc, cands: list[_Candidate]) -> list[_Candidate]:
    """Drop the names of storms ("Typhoon Morana", later "Morana"): a storm is an event, told by the
    disaster rules, and no actor or place; a candidate is one when its words, past the storm words
    ("Tropical Storm"), are a storm's name (`storm_names`)."""
    names = storm_names(doc)
    if not names:
        return cands
    def storm(c: _Candidate) -> bool:
        words = [t.lower_ for t in doc[c.start:c.end]]
        while len(words) > 1 and (words[0] in lexicon.STORM_NAME_WORDS or words[0] in ("tropical", "super")):
            words = words[1:]
        return len(words) == 1 and words[0] in names
    return [c for c in cands if not storm(c)]


def _roles_of(entities: dict[str, Entity]) -> None:
    """Set `role_of` on each person whose role names a state or organisation of the article by one
    of its names: "President of Chile", "US President" (the United States the article also calls
    "US"), "chief executive of Apple"."""
    bodies = [(key, {_words(n) for n in (ent.name, *ent.aliases)}) for key, ent in entities.items()
              if ent.kind in ("GeopoliticalEntity", "Organization")]
    for ent in entities.values():
        if ent.kind != "Person" or not ent.roles:
            continue
        words = " ".join(_words(role) for role in ent.roles)
        ent.role_of = [key for key, names in bodies if any(n.strip() and n in words for n in names)]


def _words(text: str) -> str:
    return " " + " ".join(re.findall(r"[\w.]+", text)) + " "


# ------------------------------------------------------------------ candidates from the model

_CLOCK_WORDS = frozenset({"a.m.", "p.m.", "am", "pm", "a.m", "p.m"})


def _is_time_of_day(span) -> bool:
    """'4:00 A.M.': the model sometimes takes the clock's half of the day for a place."""
    prev = span.doc[span.start - 1] if span.start > 0 else None
    return span.text.lower() in _CLOCK_WORDS and prev is not None and (prev.like_num or ":" in prev.text)


def _is_rating(span: SpacySpan) -> bool:
    """Whether the span is a grade on a scale, a word of rating and its number ("a Category 4 storm",
    "raised to Level 3"), which the model at times tags as a group or a body: it names no one."""
    return len(span) >= 2 and span[0].lower_ in lexicon.RATING_WORDS and all(t.like_num for t in span[1:])


def _model_candidates(doc: Doc, gaz: Gazetteer) -> list[_Candidate]:
    person_tokens = {fold(t.text) for e in ents(doc) if e.label_ == "PERSON" and len(e) > 1 for t in e}
    family_names = {fold(e[-1].text) for e in ents(doc) if e.label_ == "PERSON" and len(e) > 1}
    out: list[_Candidate] = []
    people = _people_named_like_cities(doc, gaz)
    # words the article writes in lower case somewhere: capitalised only to open a sentence elsewhere
    # and never mid-sentence with its capital ("Labour won" beside "labour costs" and "for Labour")
    p = parsed(doc)
    # read from the words (as spaCy's flags are: str.islower, str.isalpha, str.istitle), not the tokens
    lower_words = {w for w in p.texts if len(w) > 2 and w.islower() and w.isalpha()}
    mid_sentence_capitals = {p.lowers[i] for i, w in enumerate(p.texts) if w.istitle() and not opens_sentence(p.tokens[i])}
    lower_words -= mid_sentence_capitals
    name_openers = {e[0].lower_ for e in ents(doc) if len(e) > 1}  # "Apple" of "Apple Computer"
    titled = _titled_people_named_like_cities(doc, gaz)
    titled_surnames = {fold(doc[city].text) for city in titled}
    # "automaker Toyota": a name a common noun calls a body is that body wherever the article names it
    companies = {e.text for e in ents(doc) if e.label_ == "ORG" and _described_as_body(e)}
    continued = 0  # where the last organisation's name read on past the model's end ends
    for ent in ents(doc):
        label = ent.label_
        if label == "MONEY" and _before_amount(doc, ent.start, ent.end) < ent.end \
                and doc[ent.start].pos_ == "PROPN" and doc[ent.start].text not in lexicon.NOT_NAMES:
            label = "ORG"  # "fined Vexcorp 3 million dollars": who was fined, then the amount
        elif label not in _LABEL_KIND or ent.start in people.values() or ent.start < continued:
            continue
        if ent.start in people:
            end = people[ent.start] + 1
            out.append(_Candidate(ent.start, end, "Person", doc[ent.start:end].text, confidence=0.7))
            continue
        if ent.start in titled or (label in ("GPE", "LOC") and len(ent) == 1 and fold(ent.text) in titled_surnames):
            # "former President Alejandro | Toledo", then "Toledo, 78, ...": the person, not the town
            start = titled[ent.start] if ent.start in titled else ent.start
            out.append(_Candidate(start, ent.end, "Person", doc[start:ent.end].text, confidence=0.7))
            continue
        start, end = _trim(ent)
        end = _before_amount(doc, start, end)
        end = _dateline_place_end(doc[ent.start:end])  # from "THE" on: "THE HAGUE, Feb 12 (AP) -"
        if start >= end:
            continue
        if label == "ORG" and (person := _person_after_body(doc, start, end, gaz)) is not None:
            # "Secretary of the Air Force for Acquisition | Marvin Sambur": the holder named after the body
            out.append(_Candidate(person, end, "Person", doc[person:end].text, confidence=0.7))
            end = person
        if label in ("ORG", "GPE") and (split := _person_after_place(doc, start, end, gaz)) is not None:
            # "Senator from Vermont | Bernie Sanders": the place a title holder is of, then the holder
            place = gaz.place(doc[start:split].text)
            out.append(_Candidate(start, split, _place_kind(place), place.name, place=place, confidence=0.85))
            out.append(_Candidate(split, end, "Person", doc[split:end].text, confidence=0.75))
            continue
        if label in ("GPE", "LOC") and (longer := _place_through_particle(doc, start, end, gaz)) > end:
            end, continued = longer, max(continued, longer)  # "Sao Jose | dos Campos": one town
        span = doc[start:end]
        if _names_a_disease(span):
            continue  # "died of Ebola", "Malaria kills thousands": an illness, no place or actor
        if _is_model_name(span) or span.text in lexicon.NOT_NAMES or _is_time_of_day(span) or _is_rating(span):
            continue
        if label == "PERSON" and _country_before_a_title(span, gaz):
            label = "GPE"  # "Former Malawi minister jailed": the state the office is of, nobody's name
        if label in ("GPE", "LOC", "FAC") and span.text.islower():
            continue  # "a metro train", "the border": news writes the names of places capitalised
        if label in ("PERSON", "ORG", "NORP") and (kind := _named_kind_of_place(span)):
            label = kind  # "the Swat valley", "Ituri province": a name its kind of place follows in lower case
        if label in ("PERSON", "ORG") and _water_or_land_told_as_where(span):
            label = "LOC"  # "sank in the Java Sea", "crossed into the Channel": water, not a body or a person
        if label in ("PERSON", "NORP", "ORG") and _where_one_arrives(span) and fold(span.text) not in person_tokens:
            label = "LOC"  # "migrants arrived in Lampedusa": where people arrive or land is a place
        if label in ("PERSON", "GPE", "LOC") and (_said_to_be_a_body(span) or _body_in_apposition(span)) \
                and (label == "PERSON" or gaz.place(span.text) is None):
            # "the company Transportes Huari", "the airline Sky Andina", "smartphone maker Orvana": a
            # body's name, no person's, nor a place's the gazetteer does not know
            label = "ORG"
        if label == "PERSON" and _common_noun_opening_a_sentence(span, person_tokens):
            continue  # "Flash floods hit ...": a common noun capitalised to open a sentence names no one
        if label in ("PERSON", "ORG", "NORP") and len(span) == 1 and opens_sentence(span[0]) and span[0].is_title \
                and span[0].lemma_.lower() in lexicon.ACTOR_PEOPLE_NOUNS:
            continue  # "Attacker kills nine": a noun for people, capitalised to open the headline, names no one
        if label in ("PERSON", "ORG") and len(span) == 1 and opens_sentence(span[0]) \
                and span[0].lower_ in lower_words and not span[0].is_upper:
            continue  # "Cholera outbreak kills 40" above "... 1,200 cases of cholera": a word, no name
        if label == "PERSON" and len(span) == 1 and opens_sentence(span[0]) and span[0].is_title \
                and span[0].lower_ in noun_lemmas(doc.vocab) and span[0].lower_ not in mid_sentence_capitals \
                and fold(span.text) not in person_tokens:
            continue  # "Turnout was 61 percent": a common noun opening its sentence, named nowhere else
        if label == "ORG" and len(span) == 1 and opens_sentence(span[0]) and span[0].is_title \
                and span[0].tag_ in ("NN", "NNS") and span[0].lower_ in noun_lemmas(doc.vocab) \
                and span[0].lower_ not in mid_sentence_capitals and span[0].lower_ not in name_openers:
            # "Plane crashes near Lagos": a word the tagger reads as a common noun, named nowhere else
            # (not "Apple releases Macbook" over "Apple Computer today introduced ...")
            continue
        if label == "PERSON" and len(span) == 1 and opens_sentence(span[0]) and span[0].is_title \
                and _events_named_in_the_plural(span[0].lower_) and fold(span.text) not in person_tokens:
            continue  # "Landslides buried six houses": events in the plural, no one's name
        if label in ("GPE", "LOC") and (pair := _coordinated_places(
                doc[start - 2:end] if start >= 2 and doc[start - 1].lower_ == "and" else span, label, gaz)):
            out += pair  # "North and South Korea": two states
            continue
        if label in ("GPE", "LOC", "PERSON", "NORP") and len(span) == 1 and _MOVEMENT.search(span.text):
            label = "ORG"  # a doctrine or movement (see _MOVEMENT), no place or person
        if label in ("GPE", "LOC", "PERSON", "NORP") and any(_MODEL_NUMBER.fullmatch(w) for w in span.text.split()):
            if not _names_an_armed_group(span):
                out.append(_Candidate(start, end, "Product", span.text, confidence=0.6))
                continue
            label = "ORG"
        if label == "PERSON" and _place_kind_word(span):
            label = _place_kind_word(span)  # "County Mayo", "Lake Tanganyika": nobody's name
        if label in ("GPE", "LOC", "FAC") and len(span) > 1 and span[-1].lower_ in lexicon.BODY_LAST_WORDS:
            label = "ORG"  # a body named for its place or field: "the Mekong River Commission"
        if label == "PERSON" and len(span) > 1 and span[-1].lower_ in lexicon.BODY_LAST_WORDS:
            label = "ORG"  # no one's name ends in "Tribe", "Council" or "Holdings"
        if label == "ORG":
            end = _continued_name(span)  # "Disaster and Emergency Management | Presidency"
            span, continued = doc[start:end], max(continued, end)
        # "the Associated Press news agency" mentions the agency, named "Associated Press"
        name_end = _without_description(span, gaz) if label == "ORG" else end
        if label == "ORG" and _is_facility(span) and not _acts(span):
            label = "FAC"
        elif label in ("ORG", "FAC", "GPE", "LOC") and _is_event_name(span) or _names_a_fire(span):
            continue
        before = doc[start - 1] if start > 0 else None
        if label == "ORG" and end - start == 1 and span[0].is_lower and span[0].lemma_.lower() in _STATE_BODY_NOUNS \
                and before is not None and before.tag_ == "POS":
            continue  # "Iran's navy": the state's own body, a mention of the state (`_states_bodies`)
        if label == "ORG" and _portfolio_of_an_office(span):
            continue  # "Health Secretary Jo Lane": the portfolio of her office, no organisation
        if label in ("ORG", "PERSON") and end - start == 1 and span[0].is_title and _in_headline(span[0]) \
                and span[0].lower_ in _body_words(doc):
            continue  # a headline's "Landmine blast kills five": a common noun the story writes in lower case
        if label in ("ORG", "GPE") and before is not None and before.lower_ in lexicon.TITLE_HEADS \
                and (before.is_title or before.is_lower and before.pos_ == "NOUN"
                     and not any(t.lower_ in _NOT_PERSON_WORDS for t in span)) \
                and 2 <= sum(t.text != "-" for t in span) <= 3 and all(t.is_title for t in span if t.text != "-"):
            # "Chancellor Olaf Scholz", "chief executive Makoto Uchida", "governor Ade Sanwo-Olu": a title
            # names a person, whatever the model said
            label = "PERSON"
        if label == "ORG" and before is not None and before.tag_ == "POS" and start >= 2 \
                and doc[start - 2].lower_ in ("party", "parties") and 2 <= end - start <= 3 \
                and all(t.is_title and t.pos_ == "PROPN" for t in span):
            label = "PERSON"  # "the New People Party's Regina Ip": a party's name is its member's
        if label == "PERSON" and _is_acronym(doc[end - 1:end]):
            label = "ORG"  # no one's name ends in capitals: a "person" such as "Pro-Harbour FLP" is a party
        if label == "PERSON" and end - start == 1 and _brand_cased(span[0].text):
            label = "ORG"  # "SpaceX", "PayPal": a name in two capitalised parts is a brand's, no one's
        if label in ("PERSON", "ORG") and end - start == 1 and before is not None and before.lower_ == "the" \
                and span[0].lower_ in lexicon.TITLE_HEADS:
            continue  # "the Queen", "the Pope": a title standing for a person named before, no name
        if label in ("PERSON", "ORG") and end - start == 1 and before is not None and before.lower_ == "the" \
                and span.text.endswith("s") and fold(span.text[:-1]) in family_names:
            # "the Sams" after "Thomas Sam and his wife Manju Sam": a family, a group of people
            out.append(_Candidate(start, end, "Group", span.text, confidence=0.7))
            continue
        if label == "PERSON" and end - start == 1 and before is not None and before.lower_ == "the":
            # People take no article: "the Beatles" is a band, "the Dreamliner" a plane.
            label = "ORG"
            if not span.text.endswith("s"):
                out.append(_Candidate(start, end, "Product", span.text, confidence=0.6))
                continue
        if end - start == 1 and span[0].lower_ in lexicon.TITLE_HEADS and gaz.place(span.text) is None:
            continue  # "became Sultan in 1970": a title standing alone names no one
        if label == "PERSON" and (office := _office_of_place(span, gaz)) is not None:
            out.append(office)  # "the King of Jordan": an office, whose state is a name of its own
            continue
        if label == "PERSON":
            span, role = _split_title(span)
            if span is None:
                continue
            span = doc[_given_name_before(span):_continued_person(span)]  # "Wanda Vázquez | Garced"
            start, end = span.start, span.end
            continued = max(continued, end)  # "Ursula von | der Leyen": the model's "Leyen" is hers
        else:
            role = []
        text = doc[start:name_end].text if label == "ORG" else span.text
        if label in ("GPE", "LOC") and gaz.place(text) is None and gaz.demonym_country(text) is not None:
            label = "NORP"  # "the eastern Ukrainian city of Kharkiv": a people's adjective, whatever the model said
        if label == "ORG" and len(span) == 1 and span[0].pos_ == "ADJ" and _describes_one_person(span):
            continue  # "the death of a Black man": what one person is, no body
        if label in ("ORG", "PERSON") and len(span) == 1 and span[0].dep_ in ("amod", "compound") \
                and span[0].head.is_lower and gaz.place(text) is None and gaz.demonym_country(text) is not None:
            label = "NORP"  # "near the Ugandan town of Entebbe": an adjective before a common noun, no body
        cand = _Candidate(start, end, _LABEL_KIND[label], text, role_tokens=role)
        if label == "NORP":
            country = gaz.demonym_country(text)
            if country:
                cand.kind, cand.place, cand.name, cand.is_reference = "GeopoliticalEntity", country, country.name, True
                cand.confidence = 0.9
            elif span.root.dep_ == "compound" and span.root.head.lemma_.lower() in lexicon.DESCRIPTOR_NOUNS:
                cand.kind = "Organization"  # "the Yonhap news agency": a people's name does not head an agency
            elif (head := span.root.head).i == end and span.root.dep_ in ("amod", "compound") \
                    and head.tag_ == "NNS" and head.lemma_.lower() in lexicon.ACTOR_PEOPLE_NOUNS:
                # "Islamist militants", "Kurdish fighters": the people the adjective describes are the group
                cand.end, cand.name = end + 1, doc[start:end + 1].text
            elif _describes_a_thing(span) or _describes_one_person(span):
                continue
            out.append(cand)
            continue
        place = gaz.place(text, alternates=label in ("GPE", "LOC"))
        if label == "LOC" and place is not None and place.kind == "city" and start > 0 and doc[start - 1].lower_ == "the":
            # "a ravine in the Andes": a mountain range, sea or desert the model calls a location, with
            # "the", is no town of that name (towns take no article: Andes is also a town in Colombia)
            place = None
        if label in ("GPE", "LOC") and place and place.kind == "country":
            body = _body_named_for(doc, start, end, gaz)
            if body is not None:
                out.append(_Candidate(body, end, "Organization", doc[body:end].text, confidence=0.75))
                continue
        if label in ("GPE", "LOC", "FAC") and place:
            cand.place, cand.confidence = place, 0.95
        elif label in ("PERSON", "ORG") and place and not role and span.text not in companies \
                and _looks_like_place(span, place, person_tokens):
            # The small model takes well-known places for people ("Kyiv" as a PERSON).
            cand.place, cand.confidence = place, 0.85
        if cand.place:
            cand.kind = _place_kind(cand.place)
            cand.name = cand.place.name
        out.append(cand)
    return out + _gazetteer_candidates(doc, gaz)


def _describes_a_thing(span: SpacySpan) -> bool:
    """Whether a people's or a region's adjective the gazetteer ties to no state describes a thing, not
    people: "the Andean region of Cusco", "the Alpine pass", "the Andalusian emergency service". No
    group of people acts there (a body so described is found by its head noun, `_description_candidates`)."""
    if len(span) > 1 or not span[0].is_alpha:
        return False  # "pro-Beijing lawmakers": a stance towards a place, which is no place of the text
    if any(len(e) > 1 and e[0].text == span[0].text for e in ents(span.doc)):
        return False  # "European" where the text names the "European Union": the word stays the model's
    root = span.root
    head = root.head
    return root.dep_ == "amod" and root.tag_ == "JJ" and head.i >= span.end and head.pos_ == "NOUN" \
        and head.lemma_.lower() not in lexicon.ACTOR_PEOPLE_NOUNS


def _describes_one_person(span: SpacySpan) -> bool:
    """True for a people's word of no state describing one person ("the death of a Black man", "a
    Muslim woman"): what that person is, no group that acts."""
    head = span.root.head
    return span.root.dep_ == "amod" and head.tag_ == "NN" and (
        head.lower_ in lexicon.MALE_WORDS or head.lower_ in lexicon.FEMALE_WORDS or head.lower_ in _ONE_PERSON_NOUNS)


_ONE_PERSON_NOUNS = frozenset("person teenager child student worker resident citizen voter passenger".split())


def _names_a_disease(span: SpacySpan) -> bool:
    """Whether a name the model found is a disease's ("Ebola", "Malaria" opening a sentence): its words
    are all diseases the taxonomy says confirmed cases are of."""
    diseases = _disease_names()
    if span[0].lower_ not in diseases:
        return False
    return all(t.lower_ in diseases for t in span if not t.is_punct)


@lru_cache(maxsize=1)
def _disease_names() -> frozenset[str]:
    """The diseases the taxonomy names as what confirmed cases are of ("cholera", "ebola", "measles"),
    without the words for any illness ("case", "disease", "infection", "virus")."""
    from kg.taxonomy import taxonomy

    return frozenset(taxonomy()["ConfirmedCase"].themes) - {"case", "disease", "infection", "virus"}


def _place_through_particle(doc: Doc, start: int, end: int, gaz: Gazetteer) -> int:
    """Where a place's name the model ended at `end` really ends: past a lower-case particle and the
    capitalised words after it, when the gazetteer knows the longer name ("Sao Jose | dos Campos",
    "Santiago | de Compostela"); the model often reads the particle as a verb and the rest as a person."""
    if end + 1 >= len(doc) or doc[end].text not in _NAME_PARTICLES or not doc[end + 1].is_title:
        return end
    stop = end + 1
    while stop < len(doc) and stop - end < 3 and doc[stop].is_title:
        stop += 1
    for last in range(stop, end + 1, -1):
        if gaz.place(doc[start:last].text) is not None:
            return last
    return end


def _before_amount(doc: Doc, start: int, end: int) -> int:
    """Where a name the model ran on into an amount after it ends ("fined Meta | 1.2 billion
    euros"): before the first number, where capitalised words come before it; `end` otherwise."""
    for i in range(start + 1, end):
        if doc[i].like_num and doc[i].pos_ == "NUM" and all(t.is_title or t.is_upper for t in doc[start:i]) \
                and any(t.pos_ == "NOUN" or t.lower_ in lexicon.CURRENCIES for t in doc[i + 1:end]):
            return i
    return end


def _person_after_body(doc: Doc, start: int, end: int, gaz: Gazetteer) -> int | None:
    """Where a person's name begins that the model ran a body's name on into, or None: "Deputy
    Secretary of the Navy for Procurement Harold Benz said", "director of the Union of Civil
    Farmers Rana Odeh said".

    The span names a body with a phrase in it ("of", "for", "on"), follows "of" after a title the
    person holds, and the parser makes its last word, a capitalised proper noun with a first name
    compounded to it, the head of the whole: a body's name is headed by its own noun. The name is
    the last two words, no place (a town may be a surname: "Salem") nor a word of bodies' names.
    """
    span = doc[start:end]
    if len(span) < 4 or not any(t.lower_ in ("of", "for", "on") for t in span[1:-2]):
        return None
    first, last = doc[end - 2], doc[end - 1]
    # the name heads the span, or the phrase after the body's preposition ("Council on ... Alia Salem")
    if not (span.root.i == last.i or last.dep_ == "pobj" and start <= last.head.i < end - 2):
        return None
    if not all(t.pos_ == "PROPN" and t.is_title and t.is_alpha and t.lower_ not in _NOT_PERSON_WORDS
               and t.lower_ not in lexicon.COMPASS_WORDS and t.tag_ != "NNPS" for t in (first, last)) \
            or first.dep_ != "compound" or first.head.i != last.i \
            or gaz.place(first.text) or gaz.place(f"{first.text} {last.text}") or gaz.demonym_country(first.text) \
            or (place := gaz.place(last.text)) is not None and place.kind != "city":
        return None
    at = start - 1
    while at >= 0 and doc[at].lower_ == "the":
        at -= 1
    return end - 2 if at >= 0 and doc[at].lower_ == "of" and _of_a_title(doc[at]) else None


def _person_after_place(doc: Doc, start: int, end: int, gaz: Gazetteer) -> int | None:
    """Where a person's name begins that the model ran the place of the person's title on into, or
    None: "Senator from Vermont Bernie Sanders", "the Governor of Ohio Mike DeWine". The span follows
    "from" or "of" after a title, begins with a state or country the gazetteer knows, and ends in two
    capitalised words, a first name compounded to a last, that are no place themselves."""
    if end - start < 3 or start < 2 or doc[start - 1].lower_ not in ("from", "of"):
        return None
    if not (doc[start - 2].lower_ in lexicon.TITLE_WORDS or doc[start - 2].lemma_.lower() in lexicon.TITLE_HEADS):
        return None
    first, last = doc[end - 2], doc[end - 1]
    if not all(t.pos_ == "PROPN" and t.is_title and t.lower_ not in _NOT_PERSON_WORDS for t in (first, last)) \
            or first.dep_ != "compound" or first.head.i != last.i or gaz.place(f"{first.text} {last.text}"):
        return None
    place = gaz.place(doc[start:end - 2].text)
    return end - 2 if place is not None and place.kind in ("country", "region") else None


def _place_kind(place: Place) -> str:
    """The entity kind of a place the gazetteer knows: a state or region, a city, or another location."""
    return "GeopoliticalEntity" if place.kind in ("country", "region") else (
        "City" if place.kind == "city" else "Location")


# Words that end or head the names of bodies, places and sites: no part of a person's name.
_NOT_PERSON_WORDS = (lexicon.BODY_LAST_WORDS | lexicon.ORG_HEADS | lexicon.TITLE_WORDS | lexicon.FACILITY_HEADS
                     | lexicon.COMPANY_HEADS | lexicon.BODY_HEADS)


# Offices named by their portfolio: "Interior Minister", "Health Secretary", "Trade Commissioner".
_PORTFOLIO_OFFICES = frozenset({"minister", "secretary", "commissioner"})


def _portfolio_of_an_office(span: SpacySpan) -> bool:
    """Whether words the model took for an organisation name the portfolio of the office of the
    person named right after it: "Interior Minister Paul Varn", "Cyber Security Minister Ana Rell".
    An initialism keeps its organisation ("NATO Secretary General", "UN Secretary-General")."""
    doc = span.doc
    if span.end + 1 >= len(doc) or any(t.is_upper or not t.is_title for t in span):
        return False
    office, name = doc[span.end], doc[span.end + 1]
    return office.lower_ in _PORTFOLIO_OFFICES and office.is_title and name.is_title and name.pos_ == "PROPN"


def _of_a_title(of: Token) -> bool:
    """Whether the "of" hangs on a person's title, directly or through more "of" phrases: "Secretary
    of", "director of the Dallas chapter of"."""
    for _ in range(4):
        head = of.head
        if head.lemma_.lower() in lexicon.TITLE_HEADS or head.lower_ in lexicon.TITLE_WORDS:
            return True
        if head.dep_ != "pobj" or head.head.lower_ != "of":
            return False
        of = head.head
    return False


def _coordinated_places(span: SpacySpan, label: str, gaz: Gazetteer) -> list[_Candidate]:
    """The two places a name of the form "A and B C" names when they share their last words ("North
    and South Korea", "East and West Moravia"): "A C" and "B C", each a place the gazetteer knows or
    A and B both compass words. Empty for any other name, and for one place named so ("Trinidad
    and Tobago", "Bosnia and Herzegovina" share no word)."""
    if len(span) < 4 or span[1].lower_ != "and" or not span[0].is_title or not span[2].is_title:
        return []
    rest = span[3:].text
    first, second = f"{span[0].text} {rest}", span[2:].text
    places = [gaz.place(first, alternates=True), gaz.place(second, alternates=True)]
    compass = span[0].lower_ in lexicon.COMPASS_WORDS and span[2].lower_ in lexicon.COMPASS_WORDS
    if gaz.place(span.text, alternates=True) is not None or not (compass or all(places)) \
            or gaz.place(span[0].text) is not None:  # "Missouri and Kansas City": a place, then another
        return []
    kind = _LABEL_KIND[label]
    out = []
    for (start, end, name), place in zip(((span.start, span.start + 1, first), (span.start + 2, span.end, second)),
                                         places):
        cand = _Candidate(start, end, kind, name, place=place, confidence=0.9 if place else 0.75)
        if place:
            cand.kind = _place_kind(place)
            cand.name = place.name
        out.append(cand)
    out[0].shares = span.end - 1
    return out


def _place_kind_word(span: SpacySpan) -> str | None:
    """"GPE" or "LOC" for a name of two or three capitalised words that a word for a kind of place
    opens or closes ("County Mayo", "Hubei Province", "Lake Tanganyika", "Mount Elgon"), else None."""
    if not 2 <= len(span) <= 3 or not all(t.is_title for t in span):
        return None
    return lexicon.PLACE_KIND_FIRST.get(span[0].lower_) or lexicon.PLACE_KIND_LAST.get(span[-1].lower_)


def _country_before_a_title(span: SpacySpan, gaz: Gazetteer) -> bool:
    """Whether a one-word name modifying a title noun is a country's name ("Malawi minister", "Chad
    president"): the office's state, whatever the model says of the word."""
    if len(span) != 1 or span.root.dep_ != "compound" or span.root.head.lemma_.lower() not in lexicon.TITLE_HEADS:
        return False
    place = gaz.place(span.text)
    return place is not None and place.kind == "country"


# Prepositions that put what happened in, onto or across water or land: "sank in", "came down off",
# "crashed into", "flew over". Not "on" or "at": "on the Discovery Channel" is a broadcaster.
_WATER_PREPS = frozenset("in into off over across near along through under beneath".split())


def _water_or_land_told_as_where(span: SpacySpan) -> bool:
    """Whether a capitalised name closed or opened by a word for water or land ("the Java Sea", "Gulf
    of Tomini", "the Channel") is the object of a preposition of place, as where something happened."""
    words = [t for t in span if t.is_alpha]
    if not words or not all(t.is_title or t.is_lower and t.lower_ in ("of", "the") for t in words):
        return False
    if words[-1].lower_ not in lexicon.WATER_AND_LAND_WORDS and words[0].lower_ not in lexicon.WATER_AND_LAND_WORDS:
        return False
    root = span.root
    return root.dep_ == "pobj" and root.head.lower_ in _WATER_PREPS


# Verbs of coming to or staying at a place: what follows "in", "at" or "on" after them is where.
_ARRIVING_VERBS = frozenset("arrive land dock disembark settle strand".split())


# Craft that leave a port: a ship, a plane, a train or bus.
_CRAFT = lexicon.VEHICLE_WORDS | frozenset({"train", "bus", "flight", "jet", "convoy"})


def _where_one_arrives(span: SpacySpan) -> bool:
    """Whether a name is where someone arrives, lands or docks: the object of "in", "at" or "on" after
    such a verb ("arrived in Lampedusa", "landed at Stansted"); no one arrives in a person; or the
    port a boat, plane or train left ("the boat had left Zuwara")."""
    root = span.root
    if root.dep_ == "dobj" and root.head.lemma_.lower() in ("leave", "depart") and any(
            c.dep_ == "nsubj" and c.lemma_.lower() in _CRAFT for c in root.head.children):
        return True  # "the boat had left Zuwara": the port a craft left (a person leaves a job or a party too)
    return root.dep_ == "pobj" and root.head.lower_ in ("in", "at", "on") and root.head.head.pos_ == "VERB" \
        and root.head.head.lemma_.lower() in _ARRIVING_VERBS


def _common_noun_opening_a_sentence(span: SpacySpan, person_tokens: set[str]) -> bool:
    """Whether a one-word "name" is a common noun written with a capital only because it opens its
    sentence, modifying the noun after it ("Flash floods swept ...", "Storm damage closed ..."):
    a word the lemmatizer knows as a noun, compounded to a lower-case noun, and no word of a
    person's full name in the article ("Trump supporters" after "Donald Trump")."""
    if len(span) != 1:
        return False
    tok = span[0]
    head = tok.head
    return (opens_sentence(tok) and tok.dep_ == "compound" and head.i == tok.i + 1 and head.is_lower
            and head.pos_ == "NOUN" and tok.lower_ in noun_lemmas(tok.vocab) and fold(tok.text) not in person_tokens)


def _events_named_in_the_plural(word: str) -> bool:
    """Whether a lower-case word is the plural of a word that names a kind of event ("landslides",
    "floods", "clashes"), which the model may take for a name when it opens a sentence."""
    stems = {word[:-1], word[:-2]} if word.endswith("es") else {word[:-1]} if word.endswith("s") else set()
    return bool(stems & _event_words())


@lru_cache(maxsize=1)
def _event_words() -> frozenset[str]:
    """Every word the taxonomy lists as naming an event of some type, read once."""
    from kg.taxonomy import taxonomy  # the taxonomy is read from the ontology, after the entity lexicon
    return frozenset(w for t in taxonomy().values() for w in (*t.triggers, *t.themed) if " " not in w)


def _named_kind_of_place(span: SpacySpan) -> str | None:
    """"GPE" or "LOC" for a name of one or two capitalised words that a lower-case word for a kind of
    place follows and the name is compounded to ("the Swat valley", "Ituri province", "the Kasai
    river"), else None."""
    doc = span.doc
    if len(span) > 2 or span.end >= len(doc) or not all(t.is_title for t in span):
        return None
    after = doc[span.end]
    if not after.is_lower or span.root.dep_ != "compound" or span.root.head.i != after.i:
        return None
    return lexicon.PLACE_KIND_LAST.get(after.lower_)


# The first parts of surnames written with a second capital: "McDowell", "DeSantis", "LeBron", "O'Neil".
_SURNAME_PREFIXES = frozenset("mc mac de di da du la le van von fitz st".split())


def _brand_cased(word: str) -> bool:
    """Whether a word is written in two capitalised parts as brands are ("SpaceX", "PayPal", "YouTube"),
    not as surnames with a prefix ("McDowell", "DeSantis")."""
    m = re.match(r"^([A-Z][a-z]+)[A-Z]", word)
    return m is not None and word.isalpha() and m.group(1).lower() not in _SURNAME_PREFIXES


def _is_acronym(span: SpacySpan) -> bool:
    """True for a word in capitals ("DAB") that does not stand in a line set in capitals."""
    if len(span.text) < 2 or not span.text.isalpha() or not span.text.isupper():
        return False
    doc = span.doc
    near = [t for t in doc[max(0, span.start - 3):min(len(doc), span.end + 3)]
            if t.is_alpha and not span.start <= t.i < span.end]
    return not near or not all(t.is_upper for t in near)


def _gazetteer_candidates(doc: Doc, gaz: Gazetteer) -> list[_Candidate]:
    """Countries and big cities the model left untagged ("the southern city of Odesa"), and the states
    of peoples' adjectives it left untagged ("Slovak Prime Minister Robert Fico")."""
    out: list[_Candidate] = []
    toks = tokens(doc)
    i = 0
    while i < len(toks):
        tok = toks[i]
        if not tok.ent_type_ and tok.pos_ == "ADJ" and tok.dep_ == "amod" and tok.is_title \
                and tok.head.pos_ in ("NOUN", "PROPN") and (country := gaz.demonym_country(tok.text)):
            # "Slovak Prime Minister Robert Fico", "the Slovak government": a people's adjective the
            # model left untagged refers to its state, as the ones it tags do
            out.append(_Candidate(i, i + 1, "GeopoliticalEntity", country.name, place=country, is_reference=True,
                                  confidence=0.8))
            i += 1
            continue
        if tok.ent_type_ or tok.pos_ != "PROPN" or not tok.is_title:
            i += 1
            continue
        for n in (3, 2, 1):
            span = doc[i:i + n]
            if len(span) < n or any(t.ent_type_ or not (t.is_title or t.lower_ == "of") for t in span):
                continue
            place = gaz.place(span.text)
            if place and place.kind == "city" and _begins_a_name(doc, i + n):
                continue  # "Regina Ip", "Sydney Harbour": the town's name only begins a longer name
            body = _body_named_for(doc, i, i + n, gaz) if place and place.kind == "country" else None
            if body is not None:
                out.append(_Candidate(body, i + n, "Organization", doc[body:i + n].text, confidence=0.7))
                i += n - 1
                break
            if place and (place.kind != "city" or place.population >= 100_000):
                out.append(_Candidate(i, i + n, _place_kind(place), place.name, place=place, confidence=0.7))
                i += n - 1
                break
        i += 1
    return out


def _begins_a_name(doc: Doc, end: int) -> bool:
    """True if the capitalised proper noun at `end` goes on the name before it, which compounds into
    it ("Regina | Ip was re-elected")."""
    return end < len(doc) and doc[end].is_title and doc[end].pos_ == "PROPN" and not doc[end].is_sent_start \
        and doc[end - 1].dep_ == "compound" and doc[end - 1].head.i == end


def _bodies_of_places(doc: Doc, cands: list[_Candidate], gaz: Gazetteer) -> list[_Candidate]:
    """A body's name goes on through "of" and the place it serves: "the Supreme Court of Puerto
    Rico", "the Civil Liberties Union of Montana", where the model ends the name before "of".

    The name before "of" must be headed by a word that names a body (see lexicon.BODY_HEADS) and
    govern the "of", and name no place of its own ("Colorado State University of the US" is a
    university in the US, the place only says where); the place after it is one the model or the gazetteer knows, and the whole
    phrase "of (the) PLACE". The place stays a mention of its own, inside the name.
    """
    places = {c.start: c for c in cands if c.place is not None and not c.is_reference}
    toks = tokens(doc)
    inside: set[int] = set()
    for c in cands:
        if c.kind != "Organization" or c.is_reference or c.end + 1 >= len(toks) or toks[c.end].lower_ != "of":
            continue
        span = doc[c.start:c.end]
        if span.root.lower_ not in lexicon.BODY_HEADS or not c.start <= toks[c.end].head.i < c.end:
            continue
        if any(t.i in places or t.is_title and (p := gaz.place(t.text)) is not None
               and (p.kind != "city" or p.population >= MIN_CITY_POPULATION) for t in span):
            continue  # "the University of Sheffield | of the UK", "Colorado State University | of the US"
        at = c.end + 2 if toks[c.end + 1].lower_ == "the" else c.end + 1
        end = _place_end(doc, at, places, gaz)
        if end is None or end < len(toks) and toks[end].pos_ == "PROPN" and toks[end].is_title:
            continue  # "of Puerto Rico Highways": the place only begins another name
        inside.update(range(at, end))
        c.end, c.name = end, doc[c.start:end].text
    return [c for c in cands if not (c.start in inside and c.kind != "Organization")]


def _place_end(doc: Doc, at: int, places: dict[int, _Candidate], gaz: Gazetteer) -> int | None:
    """Where the place named from token `at` ends (a candidate's, or a gazetteer name of up to
    three capitalised words), or None if no place starts there."""
    if at >= len(doc):
        return None
    if at in places:
        return places[at].end
    for n in (3, 2, 1):
        span = doc[at:at + n]
        if len(span) == n and all(t.is_title for t in span) and gaz.place(span.text) is not None:
            return at + n
    return None


def _people_named_like_cities(doc: Doc, gaz: Gazetteer) -> dict[int, int]:
    """Persons whose surname is a city, tagged by the model as two places ("Aurelia London").

    A one-word "place" no gazetteer knows, right before a city with nothing between, is a first
    name. Returns the first name's token index -> the city's (a one-token span each).
    """
    out: dict[int, int] = {}
    spans = ents(doc)
    for first, second in zip(spans, spans[1:]):
        if first.label_ not in ("GPE", "LOC") or second.label_ not in ("GPE", "LOC") or len(first) != 1 \
                or len(second) != 1 or first.end != second.start or first[0].whitespace_ != " ":
            continue
        city = gaz.place(second.text)
        if first[0].pos_ == "PROPN" and first[0].is_title and first[0].lower_ not in lexicon.COMPASS_WORDS \
                and gaz.place(first.text, alternates=True) is None and city is not None and city.kind == "city":
            out[first.start] = second.start
    return out


def _titled_people_named_like_cities(doc: Doc, gaz: Gazetteer) -> dict[int, int]:
    """Persons after a title whose surname is a city the model took for the place, leaving the first
    name untagged: "former President Alejandro Toledo", "Governor Maria Lincoln". Returns the
    city's token index -> the first name's."""
    out: dict[int, int] = {}
    for ent in ents(doc):
        if ent.label_ not in ("GPE", "LOC") or len(ent) != 1 or ent.start < 2:
            continue
        first, title = doc[ent.start - 1], doc[ent.start - 2]
        city = gaz.place(ent.text)
        if city is not None and city.kind == "city" and first.pos_ == "PROPN" and first.is_title \
                and not first.ent_type_ and first.whitespace_ == " " and gaz.place(first.text) is None \
                and first.lower_ not in lexicon.TITLE_WORDS and title.lower_ in lexicon.TITLE_WORDS:
            out[ent.start] = ent.start - 1
    return out


def _body_named_for(doc: Doc, start: int, end: int, gaz: Gazetteer) -> int | None:
    """Where a body's name ends in the country at start..end ("Environment Canada", "Statistics
    Canada"), the first token of that name; else None.

    The model often tags the country alone. The word before must be a capitalised noun
    compounded with the country, and no compass word ("Northern Canada" is a region), title,
    place or nationality.
    """
    if start == 0:
        return None
    prev = tokens(doc)[start - 1]
    if not prev.is_title or prev.pos_ not in ("PROPN", "NOUN") or prev.ent_type_ or prev.dep_ != "compound" \
            or not start <= prev.head.i < end:
        return None
    word = prev.lower_
    if word in lexicon.COMPASS_WORDS or word in lexicon.TITLE_HEADS or word in lexicon.HONORIFICS \
            or gaz.place(prev.text) or gaz.demonym_country(prev.text):
        return None
    return start - 1


_NAME_CANNOT_END = frozenset("of the a an and".split())


def _trim(ent: SpacySpan) -> tuple[int, int]:
    """Token range of `ent` without leading determiners or quotation marks, a trailing possessive,
    credit label or function word."""
    start, end = ent.start, ent.end
    while start < end and (ent.doc[start].lower_ in ("the", "a", "an") or ent.doc[start].is_quote):
        start += 1  # "the \"Water Bill\"": no name begins with an article or a quotation mark
    if end - start >= 2 and ent.doc[start].lower_ in lexicon.DESCRIPTOR_NOUNS and opens_sentence(ent.doc[start]):
        start += 1  # "Carmaker Stellantis said ...": what kind of body it is, capitalised to open the sentence
    # A caption's credit ("... Dora Quist Photo: Reuters") runs into the name before it.
    if end > start and end < len(ent.doc) and ent.doc[end].text == ":" \
            and ent.doc[end - 1].text in lexicon.CREDIT_LABELS:
        end -= 1
    while end > start and (ent.doc[end - 1].tag_ == "POS" or ent.doc[end - 1].text in ("'s", "’s", "'")):
        end -= 1
    while end > start and (ent.doc[end - 1].is_space or ent.doc[end - 1].is_punct and ent.doc[end - 1].text != "."):
        end -= 1
    # A match's score is no part of the side before it: "beat the Miami Heat 110-99"
    if end - start >= 4 and _score_at(ent.doc, end - 3):
        end -= 3
    # No name ends in a function word: the model sometimes stops one word into the next phrase
    # ("the Institute of Oceanography of the | UK").
    while end > start and ent.doc[end - 1].lower_ in _NAME_CANNOT_END:
        end -= 1
    return start, end


# One capitalised word ending in -ism or -ology names a doctrine, a faith, a movement or a field
# ("Mazdaism", "Astrology"): never a place or a person.
_MOVEMENT = re.compile(r"^[A-Z][a-z]+(ology|ism)$")
# A word of letters and digits ("IE6", "STS-1", "A380", "F-16") names a model, a version or a
# mission: never a person or a place.
def _names_an_armed_group(span: SpacySpan) -> bool:
    """Whether a name with a figure in it ("M23", "the 5th Brigade") is the name of a group of fighters:
    it stands before a noun of such a group ("M23 rebels", "the M23 rebel group", "the RSF-7 militia")."""
    after = span.doc[span.end] if span.end < len(span.doc) else None
    return after is not None and after.is_lower and after.lemma_.lower() in _ARMED_GROUP_NOUNS


_ARMED_GROUP_NOUNS = lexicon.ATTACKER_NOUNS | frozenset("militia fighter group faction".split())
_MODEL_NUMBER = re.compile(r"(?=\S*[A-Za-z])(?=\S*\d)[A-Za-z0-9.-]+")
_MODEL_CODE = re.compile(r"^(?=.*\d)[A-Z0-9][\w-]*$")


def _is_model_name(span: SpacySpan) -> bool:
    """True for a product or weapon model ("14 Iskander-M ballistic missiles", "the Airbus A380")."""
    after = span.doc[span.end] if span.end < len(span.doc) else None
    if after is not None and _MODEL_CODE.match(after.text) and not re.fullmatch(r"(1[89]|20)\d\d", after.text) \
            and not _score_at(span.doc, span.end) and not _amount_at(span.doc, span.end):
        return True  # a maker followed by a model code names the product, a team followed by a score does not
    head = span.root.head
    if span.root.dep_ not in ("compound", "nmod", "amod") or head.i < span.end or head.pos_ != "NOUN":
        return False
    if head.lower_ in lexicon.CURRENCIES or _amount_at(span.doc, span.end):
        return False  # "fined Meta 1.2 billion euros": an amount after the name, no model's number
    return any(c.dep_ == "nummod" for c in head.children) or any(
        t.like_num for t in span.doc[max(0, span.start - 2):span.start])


def _amount_at(doc: Doc, i: int) -> bool:
    """True if an amount begins at token `i`: a number then a larger number word or a currency ("4
    million pounds", "300 dollars"), no model code ("Boeing 747 jets")."""
    nxt = doc[i + 1] if i + 1 < len(doc) else None
    return i < len(doc) and doc[i].like_num and nxt is not None and (
        nxt.lower_ in ("thousand", "million", "billion", "trillion") or nxt.lower_ in lexicon.CURRENCIES)


def _without_description(span: SpacySpan, gaz: Gazetteer) -> int:
    """Where the name in `span` ends before a description of what it names: "the Associated Press
    news agency", "the Gazprom energy giant" are named "Associated Press" and "Gazprom" (the whole
    phrase still mentions them).

    The description is a run of lower-case nouns and adjectives ending in a word that says what kind
    of body the name is (lexicon.DESCRIPTOR_NOUNS), after a capitalised name that is no place:
    "Kyiv city military administration" is the body's name, not Kyiv described.
    """
    end = span.end
    if len(span) < 2 or span[-1].lower_ not in lexicon.DESCRIPTOR_NOUNS or not span[-1].is_lower:
        return end
    while end - 1 > span.start and span.doc[end - 1].is_lower and span.doc[end - 1].pos_ in ("NOUN", "ADJ"):
        end -= 1
    name = span.doc[span.start:end]
    if end == span.end or not all(t.is_title or t.is_upper or not t.is_alpha for t in name[-1:]) \
            or name[-1].pos_ != "PROPN" or gaz.place(name.text) or gaz.demonym_country(name.text):
        return span.end
    return end


def _continued_name(span: SpacySpan) -> int:
    """Where the organisation's name the model began at `span` ends: past a capitalised proper noun
    its last word modifies ("the Disaster and Emergency Management | Presidency"), and past "for"
    and the capitalised words of what a centre or body is for ("the Puerto Rico Center | for
    Investigative Journalism"), and past "and" and the capitalised words before a short form in
    brackets ("the Union of Rationalist Atheists and | Agnostics (UAAR)")."""
    doc, end = span.doc, span.end
    toks = tokens(doc)
    # Not a one-word name ("Dries | Mertens" is a person's), nor into a run of names ("the Refugee
    # Council | Enver Solomon", "NASA Administrator Jim Smith").
    while len(span) > 1 and end < len(toks) and toks[end - 1].dep_ in ("compound", "nmod") \
            and toks[end - 1].head.i == end and toks[end].pos_ == "PROPN" and toks[end].is_title \
            and not toks[end].ent_type_ and toks[end].lower_ not in lexicon.TITLE_WORDS \
            and not (end + 1 < len(toks) and toks[end + 1].is_title and toks[end + 1].pos_ == "PROPN"):
        end += 1
    last = toks[end - 1]
    if end + 1 < len(toks) and toks[end].lower_ == "of" and last.is_title and end - span.start >= 2 \
            and (last.lower_ in lexicon.BODY_HEADS or last.lower_ in lexicon.LEGISLATURE_WORDS):
        # "the United States House | of Representatives Speaker Ana Ruiz": a body's name the model cut
        # at its "of", up to the title after it
        stop = end + 1
        while stop < len(toks) and stop - end <= 3 and toks[stop].is_title and toks[stop].pos_ == "PROPN" \
                and not toks[stop].ent_type_ and toks[stop].lower_ not in lexicon.TITLE_WORDS:
            stop += 1
        if stop > end + 1:
            end = stop
            last = toks[end - 1]
    if end + 1 < len(toks) and toks[end].lower_ == "for" and toks[end].head.i == last.i and last.is_title \
            and (last.lower_ in lexicon.BODY_HEADS or last.lower_ in ("center", "centre", "fund", "campaign")):
        stop = end + 1
        while stop < len(toks) and stop - end <= 5 and not toks[stop].ent_type_ and (
                toks[stop].is_title and toks[stop].pos_ == "PROPN"
                or toks[stop].lower_ in ("and", "of", "the") and stop + 1 < len(toks) and toks[stop + 1].is_title):
            stop += 1
        if stop > end + 1 and toks[stop - 1].is_title:
            end = stop
    # "the Union of Rationalist Atheists and | Agnostics (UAAR)": a name with "of" the model cut at
    # its "and", where the short form in brackets after the capitalised words closes the longer name
    if any(t.lower_ == "of" for t in toks[span.start:end]) and end + 2 < len(toks) and toks[end].lower_ == "and":
        stop = end + 1
        while stop < len(toks) and stop - end <= 3 and toks[stop].is_title:
            stop += 1
        short = toks[stop + 1].text if stop + 1 < len(toks) else ""
        capitals = [t for t in toks[span.start:stop] if t.is_title]
        # the short form stands for the whole ("the Bank of Brinton and Harlow Mining (HM)" is two)
        if stop > end + 1 and toks[stop].text == "(" and short.isupper() and capitals \
                and short[0] == capitals[0].text[0] and len(short) >= len(capitals) - 1:
            end = stop
    return end


def _continued_person(span: SpacySpan) -> int:
    """Where the person's name the model began at `span` ends: past the capitalised words its last
    word is a compound of, which the model left out ("Wanda Vázquez | Garced", a second surname);
    not into a body's word ("the Obama | Administration"), a title, or the verb of a headline in
    title case ("Tom Harlow | Dies Aged 86"). A name the model ended on a particle goes on through the
    particles to the capitalised word they lead to, whatever the model made of it ("Ursula von | der
    Leyen"), and so does a given name the particles follow ("Marieke | van den Berg"). A second
    person the model found right after it, with nothing between them, is the same name outside a
    headline ("Mirza Fakhrul | Islam Alamgir")."""
    doc, end = span.doc, span.end
    # "Dolf van | den Brink", or "Marieke | van den Berg" (a given name the model ended before them)
    if len(span) >= 2 and span[-1].lower_ in _NAME_PARTICLES \
            or end < len(doc) and doc[end].lower_ in _NAME_PARTICLES and doc[end].is_lower and span[-1].is_title:
        after = end
        while after < len(doc) and doc[after].lower_ in _NAME_PARTICLES and doc[after].is_lower:
            after += 1
        if after < len(doc) and doc[after].is_title and doc[after].pos_ == "PROPN" and doc[after].is_alpha:
            return after + 1
    # "Mirza Fakhrul | Islam Alamgir": the model's two people with nothing between them are one name
    # (prose puts a comma or "and" between two people; a headline may not: "Trump Biden debate")
    if end < len(doc) and doc[end].ent_iob_ == "B" and doc[end].ent_type_ == "PERSON" and span[-1].ent_type_ == "PERSON" \
            and span[-1].whitespace_ and span[-1].is_title and doc[end].is_title and not _in_headline(doc[end]):
        after = end
        while after < len(doc) and doc[after].ent_type_ == "PERSON" and (after == end or doc[after].ent_iob_ == "I"):
            after += 1
        return after
    verbs = verb_lemmas(doc.vocab)
    while end < len(doc) and doc[end - 1].dep_ == "compound" and doc[end - 1].head.i == end \
            and doc[end].pos_ == "PROPN" and doc[end].is_title and doc[end].is_alpha and not doc[end].ent_type_ \
            and doc[end].lower_ not in lexicon.BODY_LAST_WORDS | lexicon.ORG_HEADS | lexicon.TITLE_WORDS \
            and doc[end].lower_ not in lexicon.FACILITY_HEADS | lexicon.COMPANY_HEADS \
            and not _verb_form(doc[end].lower_, verbs) \
            and not (end + 1 < len(doc) and doc[end + 1].is_title):  # a headline in title case goes on
        end += 1
    # "Wong Yeung-tat": a given name of two syllables joined by a hyphen, the second in lower case
    # (of a name of two words at least: "Warhol-like" is no name)
    if end - span.start >= 2 and end + 1 < len(doc) and doc[end].text == "-" and not doc[end - 1].whitespace_ \
            and not doc[end].whitespace_ and doc[end + 1].is_alpha and doc[end + 1].is_lower \
            and not doc[end + 1].is_stop and doc[end + 1].lower_ not in _NAME_SUFFIX_WORDS:
        end += 2
    return end


# Words a hyphen joins to a name to make a modifier of it ("Warhol-like", "Biden-era", "Kremlin-backed").
_NAME_SUFFIX_WORDS = frozenset("like style esque era led backed based owned born linked type".split())


def _given_name_before(span: SpacySpan) -> int:
    """Where the person's name the model found as one word begins: at the capitalised proper noun
    right before it that it left untagged ("the Refugee Council Enver | Solomon"), which is no
    title, place or word of bodies' names; at the span otherwise."""
    doc, start = span.doc, span.start
    prev = doc[start - 1] if start > 0 else None
    if len(span) != 1 or prev is None or prev.ent_type_ or prev.pos_ != "PROPN" or not prev.is_title \
            or not prev.is_alpha or prev.is_sent_start or prev.lower_ in _NOT_PERSON_WORDS \
            or prev.lower_ in lexicon.COMPASS_WORDS or prev.lower_ in lexicon.HONORIFICS \
            or not (prev.head.i == start or span[0].head.i == prev.i or doc[start - 2].ent_type_ == "ORG"):
        return start
    return start - 1


def _verb_form(word: str, verbs: frozenset[str]) -> bool:
    """Whether a word is a verb's form the lemmatizer knows ("dies", "resigns", "wins"): in a
    headline in title case the tagger takes it for a name ("Tom Harlow Dies")."""
    return any(word.endswith(end) and word[: len(word) - len(end)] + add in verbs
               for end, add in (("", ""), ("s", ""), ("es", ""), ("ies", "y"), ("ed", ""), ("ed", "e")))


def _acts(span: SpacySpan) -> bool:
    """True if the name `span` says something or does what only people and bodies do: the subject
    of a speech verb or of a verb of lexicon.BODY_ACT_VERBS, or the source after "according to". A
    building does not ("the hotel caught fire"); the body named like it does ("the Center obtained
    the messages", "the Library reported")."""
    root = span.root
    if root.dep_ == "nsubj" and root.head.pos_ == "VERB":
        lemma = root.head.lemma_.lower()
        return lemma in lexicon.CUE_VERBS or lemma in lexicon.BODY_ACT_VERBS
    if root.dep_ == "pobj" and root.head.lower_ == "to" and root.head.i > 0 \
            and root.doc[root.head.i - 1].lower_ == "according":
        return True
    return root.dep_ == "pobj" and root.head.dep_ == "agent"  # "obtained by the Center"


def _is_facility(span: SpacySpan) -> bool:
    """True for the name of a building or site ("the Museum of Flight", "Terminal 3")."""
    words = [t for t in span if not t.is_punct]
    if len(words) > 1 and words[-1].like_num:
        words = words[:-1]  # "Terminal 3"
    last = words[-1] if words else None
    if last is not None and span.root.lower_ in lexicon.FACILITY_HEADS and span.root.is_title:
        last = span.root  # "the Museum of Flight"
    if last is None or not last.is_title or last.lower_ not in lexicon.FACILITY_HEADS:
        return False
    return len(words) > 1 or (span.start > 0 and span.doc[span.start - 1].lower_ == "the")


def _is_event_name(span: SpacySpan) -> bool:
    """True for a named event the model takes for an organisation ("Worldwide Developers Conference")."""
    return len(span) > 1 and span[-1].is_title and span[-1].lower_ in lexicon.EVENT_NAME_HEADS


def _names_a_fire(span: SpacySpan) -> bool:
    """True for the name of a fire ("the Canyon Fire", "the Dixie Fire"): an event, which the model
    takes for a person, a body or a site by turns; no one's or nothing else's name ends in "Fire"."""
    words = [t for t in span if t.lower_ != "the"]
    return len(words) > 1 and words[-1].text == "Fire"


def _office_of_place(span: SpacySpan, gaz: Gazetteer) -> _Candidate | None:
    """For a "person" the model finds in an office of a state ("King of Jordan", "Emir of Qatar"):
    the state, a place of its own; None for anything else."""
    words = [t.lower_ for t in span]
    if "of" not in words or not 0 < words.index("of") < len(span) - 1:
        return None
    at = words.index("of")
    if not all(w in lexicon.TITLE_WORDS for w in words[:at]):
        return None
    tail = span[at + 1:]
    place = gaz.place(tail.text)
    if place is None:
        return None
    return _Candidate(tail.start, tail.end, _place_kind(place), place.name, place=place, confidence=0.9)


def _split_title(span: SpacySpan) -> tuple[SpacySpan | None, list[Token]]:
    """Split leading titles off a person span ("President Zelensky") and collect those before it."""
    doc = span.doc
    start = span.start
    while start < span.end - 1 and doc[start].lower_ in lexicon.TITLE_WORDS:
        start += 1
    if start >= span.end or doc[start].lower_ in lexicon.TITLE_WORDS:
        return None, []
    role: list[Token] = list(doc[span.start:start])
    i = span.start - 1
    while i >= 0 and sent_start(doc[i]) == sent_start(span[0]) and (
        doc[i].lower_ in lexicon.TITLE_WORDS or (doc[i].ent_type_ == "NORP" and role)
        or (doc[i].pos_ in ("ADJ", "PROPN", "NOUN") and role and doc[i].head.i in {t.i for t in role}
            and doc[i].dep_ in ("amod", "compound"))
    ):
        role.insert(0, doc[i])
        i -= 1
    return doc[start:span.end], role


def _looks_like_place(span: SpacySpan, place: Place, person_tokens: set[str]) -> bool:
    if len(span) > 3 or fold(span.text) in person_tokens:
        return False
    if place.kind == "city" and place.population < 100_000 and not (
            span.root.dep_ == "pobj" and span.root.head.lower_ in ("in", "near", "at", "outside", "through")):
        # a small town's name names a town after "in", "near" ("the plant at Abqaiq", "marched through Marlow")
        return False
    if _is_acronym(span) and fold(span.text) == fold(place.name) and not _opens_dateline(span):
        return False  # an acronym is not the place spelled the same in lower case ("GAO" is not Gao)
    first = span.doc[span.start - 1] if span.start > 0 else None
    if _described_as_body(span):
        return False  # "automaker Toyota", "retailer Target": a common noun says what kind of body it is
    if span.root.dep_ == "nsubj" and span.root.head.lemma_.lower() in _COMPANY_ACT_VERBS:
        return False  # "Toyota recalled 50,000 cars": a town recalls, sells or hires nothing
    return not (first is not None and first.lower_ in lexicon.TITLE_WORDS)


# What companies do and places do not: the verbs whose subject, named like a town, is the company.
_COMPANY_ACT_VERBS = frozenset("recall sell buy acquire merge hire manufacture unveil ship lay".split())


def _body_words(doc: Doc) -> frozenset[str]:
    """The words the text writes in lower case: the common nouns a headline capitalises."""
    return _lower_words(parsed(doc).text)


@lru_cache(maxsize=2)
def _lower_words(text: str) -> frozenset[str]:
    return frozenset(re.findall(r"\b[a-z][a-z-]+\b", text))


def _in_headline(tok: Token) -> bool:
    """Whether `tok` stands in the headline: the text's first line, ending in no full stop."""
    end = headline_end(parsed(tok.doc).text)
    return end is not None and tok.idx < end


def _opens_dateline(span: SpacySpan) -> bool:
    """Whether the name opens a dateline, where a place is written in capitals ("TAIPEI, April 3 (AP) -")."""
    text = parsed(span.doc).text
    return opens_sentence(span[0]) and DATELINE_OPENING.match(text[span.start_char:span.start_char + 160]) \
        is not None


def _dateline_place_end(span: SpacySpan) -> int:
    """Where the place that opens a dateline ends, when the model ran it on into the date ("THE HAGUE,
    Feb 12 (Reuters) -" read as one place): at the comma. Elsewhere the span's own end."""
    comma = next((t.i for t in span if t.text == ","), None)
    if comma is None or comma == span.start or not _opens_dateline(span):
        return span.end
    return comma


def _described_as_body(span: SpacySpan) -> bool:
    """True if a lower-case common noun right before the name says what it is ("automaker Toyota",
    "manufacturers Toyota and Nissan"), and is no word for a kind of place ("the city Toyota")."""
    first = span.doc[span.start - 1] if span.start > 0 else None
    root = span.root
    if root.dep_ == "conj" and root.head.i < span.start:
        root = root.head  # "manufacturers Toyota and Nissan": the first of the list says it
        first = span.doc[root.i - 1] if root.i > 0 else None
    # a lower-case word is a common noun however the tagger read it ("planemaker" tagged a proper noun)
    return first is not None and first.pos_ in ("NOUN", "PROPN") and first.is_lower \
        and (first.head.i == root.i or root.head.i == first.i and root.dep_ == "appos") \
        and first.lemma_.lower() not in lexicon.PLACE_NOUNS | lexicon.AREA_NOUNS


def _said_to_be_a_body(span: SpacySpan) -> bool:
    """True if a noun for a kind of body right before the name says what it is: "the airline Sky
    Andina", "smartphone maker Orvana"."""
    return span.start > 0 and span.doc[span.start - 1].lemma_.lower() in _BODY_KIND_NOUNS \
        and _described_as_body(span)


# and the trades news names a company by before its name ("rail operator Trenord", "German lender
# Commerzbank", "mobile provider Telia"), which name no person's job when set before a name
_BODY_KIND_NOUNS = lexicon.DESCRIPTOR_NOUNS | lexicon.BUSINESS_KIND_NOUNS | frozenset(
    "operator provider supplier utility miner bank exporter refiner".split())


def _body_in_apposition(span: SpacySpan) -> bool:
    """True if an apposition says the name is a body's: "Magna, a Canadian automobile parts company",
    "its European division, Opel"."""
    root = span.root
    if root.dep_ == "appos" and root.head.lemma_.lower() in _APPOSED_BODY_NOUNS and root.head.pos_ == "NOUN":
        return True
    return any(c.dep_ == "appos" and c.pos_ == "NOUN" and c.lemma_.lower() in _APPOSED_BODY_NOUNS
               and not (span.start <= c.i < span.end) for c in root.children)


# Nouns that, set beside a name, say it names a body: "a parts company", "its European division".
_APPOSED_BODY_NOUNS = _BODY_KIND_NOUNS | {"division", "subsidiary", "unit", "bank", "insurer", "corporation"}


# ------------------------------------------------------------------ names the model missed

_ROMAN = re.compile(r"^(X{0,3})(IX|IV|V?I{0,3})$")


def _is_regnal_number(tok: Token) -> bool:
    """True for a roman numeral after a capitalised name: "Elizabeth II", "Benedict XVI"."""
    text = tok.text
    return len(text) >= 2 and bool(_ROMAN.match(text)) and tok.i > 0 and tok.doc[tok.i - 1].is_title \
        and tok.doc[tok.i - 1].pos_ == "PROPN"


def _regnal_names(doc: Doc) -> list[_Candidate]:
    """Monarchs and popes named with a regnal number ("Queen Elizabeth II", "Pope Benedict XVI"):
    persons, whatever the model said of the parts (it misses them, takes the name for a city or the
    numeral for an acronym), where a title precedes or the model calls the numeral a person's. The
    name is one or two capitalised words and the numeral; titles before it are the person's role,
    and part of the mention."""
    out: list[_Candidate] = []
    toks = tokens(doc)
    for tok in toks:
        if not _is_regnal_number(tok):
            continue
        start = tok.i - 1
        if start > 0 and toks[start - 1].is_title and toks[start - 1].pos_ == "PROPN" \
                and toks[start - 1].lower_ not in lexicon.TITLE_WORDS:
            start -= 1
        role = []
        i = start - 1
        while i >= 0 and toks[i].is_title and toks[i].lower_ in lexicon.TITLE_WORDS:
            role.insert(0, toks[i])
            i -= 1
        if not role and tok.ent_type_ != "PERSON":
            continue  # "World War II", "Final Fantasy VII": a numbered thing, unless a title or the model says person
        # The mention takes the title ("Queen Elizabeth II" is how news names her); the name does not.
        out.append(_Candidate(i + 1, tok.i + 1, "Person", doc[start:tok.i + 1].text, role_tokens=role,
                              confidence=0.8))
    return out


_WEB_ADDRESS = re.compile(r"^[A-Za-z][\w-]*(\.[\w-]+)*\.(%s)$" % "|".join(
    re.escape(d) for d in sorted(lexicon.WEB_DOMAINS)))


def _outlets(doc: Doc) -> list[_Candidate]:
    """News outlets and websites named as such, whatever the model said: two to five capitalised
    words in running text ending in a word of newspapers' names ("The Deseret News observed",
    "according to the Sydney Morning Herald"), and a site named by its address ("Salon.com
    reported"). Organisations; a name the run only begins ("the Jakarta Post Building", "the
    Medical Journal of Australia") is none here."""
    out: list[_Candidate] = _dateline_agencies(doc)
    p = parsed(doc)
    toks = p.tokens
    for tok in (toks[i] for i, (w, lower) in enumerate(zip(p.texts, p.lowers))
                if "." in w or lower in lexicon.MEDIA_LAST_WORDS):
        if _WEB_ADDRESS.match(tok.text) and not tok.like_email and "www." not in tok.lower_ \
                and not (tok.i > 0 and toks[tok.i - 1].text == "@"):
            out.append(_Candidate(tok.i, tok.i + 1, "Organization", tok.text, confidence=0.75))
            continue
        nxt = toks[tok.i + 1] if tok.i + 1 < len(toks) else None
        if tok.lower_ not in lexicon.MEDIA_LAST_WORDS or not tok.is_title or tok.pos_ != "PROPN" \
                or nxt is not None and (nxt.is_title and nxt.pos_ == "PROPN" or nxt.lower_ in ("of", "for", "&")) \
                or not _in_running_text(tok):
            continue  # "the Medical Journal of Australia": the name goes on
        start = tok.i
        while start > 0 and tok.i - start < 4 and toks[start - 1].is_title and toks[start - 1].pos_ == "PROPN" \
                and not toks[start - 1].is_sent_start and toks[start - 1].lower_ not in lexicon.TITLE_WORDS:
            start -= 1
        if start < tok.i:
            out.append(_Candidate(start, tok.i + 1, "Organization", doc[start:tok.i + 1].text, confidence=0.8))
    return out


def _dateline_agencies(doc: Doc) -> list[_Candidate]:
    """The agency a dateline names in brackets ("NEW YORK, Nov 2 (Reuters) -"): an organisation,
    whatever the model said."""
    out: list[_Candidate] = []
    for line in _datelines(parsed(doc).text):
        agency = _BRACKETED.search(line.group(0))
        span = agency and doc.char_span(line.start() + agency.start(1), line.start() + agency.end(1),
                                        alignment_mode="contract")
        if span:
            out.append(_Candidate(span.start, span.end, "Organization", span.text, confidence=0.9))
    return out


_BRACKETED = re.compile(r"\(([^()\n]{2,60})\)")


@lru_cache(maxsize=2)
def _datelines(text: str) -> tuple[re.Match, ...]:
    """The datelines that open lines of `text`, found once for the agencies and the places they name."""
    return tuple(DATELINE_OPENING.finditer(text))


def _dateline_places(doc: Doc, gaz: Gazetteer) -> list[_Candidate]:
    """The place that opens a dateline in capitals ("THE HAGUE, Feb 12 (Reuters) -", "SAO PAULO, Aug 9
    (AP) -", "PORT MORESBY (AP) -"): the gazetteer's place of that name, whatever the model made of it."""
    out: list[_Candidate] = []
    for line in _datelines(parsed(doc).text):
        names = line.group(0).split(",")[0].split("(")[0].strip()
        if not names.isupper():
            continue
        start = line.start()
        for name in names.split("/"):  # "GAZA/JERUSALEM, Jan 25 (AP) -": a story filed from two cities
            span = doc.char_span(start, start + len(name), alignment_mode="contract")
            place = gaz.place(name)
            if span and place is not None:
                out.append(_Candidate(span.start, span.end, _place_kind(place), place.name, place=place,
                                      confidence=0.85))
            start += len(name) + 1
    return out


def _untagged_run(doc: Doc, start: int, taken: set[int], most: int = 3) -> int:
    """Where the run of untagged capitalised proper nouns from `start` ends (at most `most` words),
    none a title or a word of bodies' names ("Tulsi Gabbard"); `start` if there is none."""
    end = start
    while end < len(doc) and end - start < most and end not in taken and not doc[end].ent_type_ \
            and doc[end].pos_ == "PROPN" and doc[end].is_title and doc[end].is_alpha \
            and doc[end].lower_ not in _NOT_PERSON_WORDS:
        end += 1
    return end


def _titled_names(doc: Doc, gaz: Gazetteer, taken: set[int]) -> list[_Candidate]:
    """Persons the model misses after a capitalised title: "Representative Tulsi Gabbard of Hawaii",
    "Senior Advisors Jared Kushner and Ivanka Trump" (a second name joined by "and" shares the
    title). The name is two or three capitalised proper nouns, no place; the titles are the role."""
    out: list[_Candidate] = []
    for tok in tokens(doc):
        title = tok.lower_[:-1] if tok.lower_.endswith("s") and tok.lower_[:-1] in lexicon.TITLE_HEADS else tok.lower_
        if not tok.is_title or title not in lexicon.TITLE_HEADS or tok.i + 1 in taken:
            continue  # "Representative", "Senior Advisors"
        at, role = tok.i + 1, [tok]
        while True:
            end = _untagged_run(doc, at, taken)
            if end - at < 2 or gaz.place(doc[at:end].text) or gaz.demonym_country(doc[at].text) \
                    or end < len(doc) and doc[end].is_title and doc[end].pos_ == "PROPN":
                break
            out.append(_Candidate(at, end, "Person", doc[at:end].text, role_tokens=role, confidence=0.7))
            taken.update(range(at, end))
            if end + 1 >= len(doc) or doc[end].lower_ != "and":
                break
            at = end + 1
    return out


def _brand_names(doc: Doc, taken: set[int]) -> list[_Candidate]:
    """Companies the model misses that act, as the subject of a verb: a proper noun written in two
    capitalised parts ("SpaceX launched 22 satellites", "PayPal said"), or one that speaks of "its"
    own ("Moderna said on Monday its vaccine was 94% effective"); and one a body's noun is set beside
    ("its European division, Opel")."""
    p = parsed(doc)
    return [_Candidate(i, i + 1, "Organization", text, confidence=0.6) for i, text in enumerate(p.texts)
            if i not in taken and p.pos[i] == "PROPN" and not p.tokens[i].ent_type_ and (
                p.tokens[i].dep_ in ("nsubj", "nsubjpass") and (_brand_cased(text) or _speaks_of_its_own(p.tokens[i]))
                or p.tokens[i].dep_ == "appos" and p.tokens[i].is_title and _body_in_apposition(doc[i:i + 1]))]


def _speaks_of_its_own(subject: Token) -> bool:
    """Whether a one-word capitalised subject of a verb of saying speaks of "its" own in what it says:
    "Moderna said its vaccine worked" (a body's "its", which no person uses of themselves)."""
    verb = subject.head
    return subject.is_title and subject.is_alpha and not any(c.dep_ == "compound" for c in subject.children) \
        and verb.lemma_.lower() in lexicon.CUE_VERBS and subject.i < verb.i \
        and any(t.lower_ == "its" and t.dep_ == "poss" for c in verb.children if c.dep_ == "ccomp" for t in c.subtree)


def _named_sites(doc: Doc, gaz: Gazetteer, taken: set[int]) -> list[_Candidate]:
    """Places the model misses, named by their kind's word last: "Shandao Station", a run of
    capitalised words in running text ending in a word of buildings and sites (lexicon.FACILITY_HEADS),
    and a town's name the model tagged alone before a word of land or water ("Jakarta | Bay"), which
    then names no town. A site that acts is the body it houses ("the Hanford Museum said")."""
    out: list[_Candidate] = []
    for tok in tokens(doc):
        if tok.i in taken or tok.ent_type_ or not tok.is_title or tok.pos_ != "PROPN" or tok.i == 0:
            continue
        word = tok.lower_
        if word in lexicon.FACILITY_HEADS and _in_running_text(tok):
            start = tok.i
            while start > 0 and tok.i - start < 3 and start - 1 not in taken and not doc[start - 1].ent_type_ \
                    and doc[start - 1].is_title and doc[start - 1].pos_ == "PROPN" and not doc[start - 1].is_sent_start:
                start -= 1
            cut = start > 0 and (doc[start - 1].text in ("&", "-") or doc[start - 1].is_title
                                 and doc[start - 1].pos_ == "PROPN" and not doc[start - 1].is_sent_start)
            if start < tok.i and not cut and not (tok.i + 1 < len(doc) and doc[tok.i + 1].is_title):
                span = doc[start:tok.i + 1]
                kind = "Organization" if _acts(span) else "Location"
                out.append(_Candidate(start, tok.i + 1, kind, span.text, confidence=0.7))
        elif word in lexicon.WATER_AND_LAND_LAST and doc[tok.i - 1].ent_type_ in ("GPE", "LOC") \
                and doc[tok.i - 1].head.i == tok.i and doc[tok.i - 1].dep_ == "compound":
            start = tok.i - 1
            while start > 0 and doc[start - 1].ent_type_ == doc[tok.i - 1].ent_type_ and not doc[start].ent_iob_ == "B":
                start -= 1
            out.append(_Candidate(start, tok.i + 1, "Location", doc[start:tok.i + 1].text, confidence=0.7))
    return out


# Verbs whose object (or passive subject) is a person: only people are nominated, sentenced, hired.
_PERSON_OBJECT_VERBS = lexicon.PERSONAL_PASSIVE_VERBS | frozenset(
    "nominate appoint hire sack kidnap abduct assassinate murder interview succeed".split())


def _untagged_name(head: Token, taken: set[int]) -> list[Token] | None:
    """The words of a name of two or three capitalised proper nouns ending in `head`, each hung on it,
    in running text, that no other name claims (`taken`); None when there is none or it goes on before
    (a title the model missed, a longer name)."""
    doc = head.doc
    words = [head]
    while words[0].i > 0 and (w := doc[words[0].i - 1]).dep_ == "compound" and w.head.i == head.i and w.pos_ == "PROPN":
        words.insert(0, w)
    if not 2 <= len(words) <= 3 or any(t.i in taken or not (t.is_title and t.is_alpha) for t in words):
        return None
    if words[0].i > 0 and doc[words[0].i - 1].pos_ == "PROPN" or not _in_running_text(words[0]):
        return None
    return words


def _people_acted_on(doc: Doc, gaz: Gazetteer, taken: set[int]) -> list[_Candidate]:
    """Full names the model misses where the verb says they are people: "Joe Biden nominated Ana Ruiz
    to the Supreme Court", "the court sentenced Tomas Varga". The name is two or three capitalised
    proper nouns in running text, each hung on the last, that no other name or the gazetteer claims,
    the object or passive subject of a verb only people undergo (`_PERSON_OBJECT_VERBS`)."""
    out: list[_Candidate] = []
    for tok in tokens(doc):
        if tok.dep_ not in ("dobj", "nsubjpass") or tok.pos_ != "PROPN" or tok.head.lemma_.lower() not in _PERSON_OBJECT_VERBS:
            continue
        words = _untagged_name(tok, taken)
        if words is None or opens_sentence(words[0]) or any(t.lower_ in _NOT_PERSON_WORDS for t in words):
            continue
        text = doc[words[0].i:tok.i + 1].text
        if gaz.place(text) or gaz.place(words[0].text) or gaz.demonym_country(words[0].text):
            continue
        out.append(_Candidate(words[0].i, tok.i + 1, "Person", text, confidence=0.7))
    return out


def _bodies_by_their_act(doc: Doc, gaz: Gazetteer, taken: set[int]) -> list[_Candidate]:
    """Companies' names the model misses that end in a plural ("Epic Games sued Apple", "Northern Foods
    recalled ..."): no one's name is a plural. The name is two or three capitalised proper nouns in
    running text, each hung on the last (tagged a plural proper noun), that no other name or the
    gazetteer claims, the subject of a verb of what bodies do (lexicon.BODY_ACT_VERBS, recalls, sales)."""
    out: list[_Candidate] = []
    for tok in tokens(doc):
        if tok.dep_ != "nsubj" or tok.tag_ != "NNPS" or tok.head.pos_ != "VERB" \
                or tok.head.lemma_.lower() not in lexicon.BODY_ACT_VERBS | _COMPANY_ACT_VERBS:
            continue
        words = _untagged_name(tok, taken)
        if words is None:
            continue
        text = doc[words[0].i:tok.i + 1].text
        if gaz.place(text):
            continue
        out.append(_Candidate(words[0].i, tok.i + 1, "Organization", text, confidence=0.7))
    return out


def _appositive_names(doc: Doc, gaz: Gazetteer, taken: set[int]) -> list[_Candidate]:
    """Names the model misses that an apposition says the kind of: "his son-in-law, Frédéric
    Salat-Baroux" is a person, "Met Éireann, the national weather service" an organisation.

    The name is a run of capitalised proper nouns (hyphens inside it) the model left untagged,
    set off by a comma in apposition to a common noun of people (a title, a kinship or an actor noun: two words at
    least, a full name) or of bodies (one word may do). A place the gazetteer knows stays a place.
    """
    out: list[_Candidate] = []
    toks = tokens(doc)
    for tok in toks:
        if tok.pos_ != "PROPN" or not tok.text[:1].isupper() or tok.i in taken or tok.ent_type_:
            continue
        nouns = [tok.head] if tok.dep_ == "appos" else []
        nouns += [c for c in tok.children if c.dep_ == "appos"]
        nouns = [n for n in nouns if n.pos_ == "NOUN" and n.is_lower]
        if not nouns:
            continue
        start = tok.i
        while start > 0 and start - 1 not in taken and not toks[start - 1].ent_type_ and (
                toks[start - 1].pos_ == "PROPN" and toks[start - 1].text[:1].isupper()
                or toks[start - 1].text == "-" and start > 1 and toks[start - 2].pos_ == "PROPN"):
            start -= 1
        span = doc[start:tok.i + 1]
        words = [t for t in span if t.is_alpha]
        if not words or gaz.place(span.text) is not None or gaz.demonym_country(span.text) is not None:
            continue
        # commas set the apposition off: "the noun, NAME" or "NAME, the noun"
        noun = nouns[0]
        if not (noun.i < start and toks[start - 1].text == "," or noun.i > tok.i and tok.i + 1 < len(toks)
                and toks[tok.i + 1].text == ","):
            continue
        lemma = noun.lemma_.lower()
        if lemma in lexicon.ORG_HEADS or lemma in lexicon.DESCRIPTOR_NOUNS:
            kind = "Organization"
        elif len(words) >= 2 and (lemma in lexicon.TITLE_HEADS or lemma in lexicon.KIN_NOUNS
                                  or lemma in lexicon.ACTOR_PEOPLE_NOUNS):
            kind = "Person"
        else:
            continue
        out.append(_Candidate(start, tok.i + 1, kind, span.text, confidence=0.65))
        taken.update(range(start, tok.i + 1))
    return out


def _central_bank_noun(bank: Token) -> bool:
    """Whether the noun "bank" heads a central bank's description ("Brazil's central bank", "the
    central bank of Tarsia", "the reserve bank"): an actor that acts in the news like a ministry,
    where a bare "bank" may be any lender or a river's side."""
    left = bank.doc[bank.i - 1] if bank.i > 0 else None
    return left is not None and f"{left.lower_} {bank.lower_}" in lexicon.CENTRAL_BANK_WORDS


def _coast_guard_noun(guard: Token) -> bool:
    """Whether the noun "guard" is a coast guard's ("the coast guard searched"): a service that acts in
    the news of wrecks and migrants like the navy, where a bare "guard" is a person at a gate."""
    return guard.i > 0 and guard.doc[guard.i - 1].lower_ == "coast"


# ------------------------------------------------------------------ organisations by description

def _description_candidates(doc: Doc, gaz: Gazetteer, taken: set[int]) -> list[_Candidate]:
    """Organisations the model misses: "Kyiv city military administration", "local police"."""
    out: list[_Candidate] = []
    for chunk in parsed(doc).noun_chunks:
        head = chunk.root
        if (office := _office_of_a_places_official(chunk, gaz, taken)) is not None:
            out.append(office)
            continue
        named_head = head.is_title and head.pos_ == "PROPN" and _in_running_text(head) \
            and (head.lower_ in lexicon.COMPANY_HEADS or head.lower_ in lexicon.MOVEMENT_HEADS)
        if not (head.lemma_.lower() in lexicon.ORG_HEADS or named_head) or head.i in taken:
            continue
        toks = [t for t in chunk if t.i <= head.i and t.dep_ not in ("det", "poss", "case", "predet")
                and t.tag_ not in ("PRP$",) and not t.is_punct]
        if not toks or any(t.i in taken and t.ent_type_ not in ("GPE", "PERSON", "LOC", "") for t in toks):
            continue
        first = toks[0]
        # "Kyiv city military administration": a place, then only common words; not "the Munich-based
        # company", a description (a participle hyphened to the place) of a body named by name
        place_modifier = (first.is_title and gaz.place(first.text) is not None and len(toks) >= 3
                          and not any(t.is_title or t.pos_ == "PROPN" for t in toks[1:])
                          and not (toks[1].lower_ in _NAME_SUFFIX_WORDS and toks[1].i == first.i + 2
                                   and doc[first.i + 1].text == "-"))
        local = len(toks) == 2 and first.lower_ in lexicon.LOCAL_MODIFIERS
        # "the Andalusian emergency service": a region's adjective, then only common words; not a
        # government, which news names by its place ("the Victorian state government" is Victoria's)
        place_modifier = place_modifier or (first.tag_ == "JJ" and first.is_title and not opens_sentence(first)
                                            and len(toks) >= 3 and head.lemma_.lower() != "government"
                                            and gaz.demonym_country(first.text) is None
                                            and not any(t.is_title or t.pos_ == "PROPN" for t in toks[1:]))
        # "The Finance Ministry of Kenya", "Tarsis Mining", "the Ogaden Liberation Front" (the model
        # may miss a name at the start of a paragraph): a proper name the model did not tag
        proper = len(toks) >= 2 and all(t.is_title and t.pos_ == "PROPN" for t in toks)
        # "the Congress of Peru", "the Senate of Chile": a body's capitalised word and the state it is of
        proper = proper or len(toks) == 1 and first.is_title and first.pos_ == "PROPN" and not opens_sentence(first) \
            and _of_a_named_state(head, gaz)
        if not (place_modifier or local or proper):
            continue
        if proper:
            of = next((c for c in head.children if c.dep_ == "prep" and c.lower_ == "of"), None)
            pobj = next((c for c in of.children if c.dep_ == "pobj"), None) if of is not None else None
            if pobj is not None and pobj.pos_ == "PROPN" and pobj.is_title and pobj.i == of.i + 1:
                toks = [*toks, of, pobj]
        name = doc[toks[0].i:toks[-1].i + 1].text
        if local and first.is_title:  # "Local police" at a sentence start is "local police"
            name = name[0].lower() + name[1:]
        out.append(_Candidate(toks[0].i, toks[-1].i + 1, "Organization", name, confidence=0.7))
    return out


def _of_a_named_state(head: Token, gaz: Gazetteer) -> bool:
    """Whether `head` is followed by "of" and the name of a state or region the gazetteer knows ("Congress | of
    Peru")."""
    of = next((c for c in head.children if c.dep_ == "prep" and c.lower_ == "of" and c.i == head.i + 1), None)
    pobj = next((c for c in of.children if c.dep_ == "pobj"), None) if of is not None else None
    place = gaz.place(pobj.text) if pobj is not None and pobj.pos_ == "PROPN" and pobj.i == of.i + 1 else None
    return place is not None and place.kind in ("country", "region")


def _office_of_a_places_official(chunk: SpacySpan, gaz: Gazetteer, taken: set[int]) -> _Candidate | None:
    """"The Harris County fire marshal's office", "the Cook County medical examiner's office": the office
    of an official named by the place he serves and his title in common words is a body of its own,
    that speaks for itself (not the county it serves)."""
    head = chunk.root
    if head.lower_ != "office":
        return None
    words = [t for t in chunk if t.i < head.i and t.dep_ not in ("det", "predet") and not t.is_punct]
    if not words or words[-1].dep_ != "case" or any(t.i in taken and not t.ent_type_ for t in words):
        return None
    place = [t for t in words if t.ent_type_ in ("GPE", "LOC")]
    rest = words[len(place):-1]  # the title, before "'s"
    if not place or words[:len(place)] != place or not rest or not all(t.is_lower and t.is_alpha for t in rest) \
            or not (all(t.ent_type_ == "GPE" for t in place) or gaz.place(chunk.doc[place[0].i:place[-1].i + 1].text)):
        return None
    return _Candidate(words[0].i, head.i + 1, "Organization", chunk.doc[words[0].i:head.i + 1].text, confidence=0.7)


def _in_running_text(tok: Token) -> bool:
    """True if `tok` stands in a sentence with lower-case words, not in a headline in title case
    ("Gold Mining Booms"), where every word looks like a name."""
    start, end = parsed(tok.doc).sent_bounds[tok.i]
    return any(t.is_lower and t.is_alpha and t.pos_ in ("VERB", "NOUN", "ADJ") for t in tok.doc[start:end])


# ------------------------------------------------------------------ consistency and clustering

_CAMEL = re.compile(r"^[a-z]{1,2}[A-Z][a-z]")


def _products(doc: Doc, cands: list[_Candidate]) -> None:
    """A name counted like a thing is a product, not its maker: "an iPod", "two iPhones", "Macs".

    So are names written like products ("iPod", "eReader") or ending in a product line word
    ("MacBook Air"), and longer names that start with a product's name ("iPod Nano").
    """
    toks = tokens(doc)
    texts = set(parsed(doc).texts)
    # A name before or ending in an index word somewhere ("the Dow Jones Industrial Average") is
    # the index wherever it stands alone, not the company it is named for.
    products: set[str] = {doc[c.start:c.end].text for c in cands if doc[c.end - 1].lower_ in lexicon.INDEX_WORDS}
    products |= {doc[i - n:i].text for i, low in enumerate(parsed(doc).lowers) if low in lexicon.INDEX_WORDS
                 and toks[i].is_title for n in (1, 2, 3) if i >= n}
    surnames = _surnames(cands, doc)
    # Plurals that count things: not those after "the", which name a people or a movement's members
    # ("the Houthis", "the Kurds") as often as things, nor those that do a thing to something ("Houthis
    # seize ship"): things do not act on others.
    words, lowers = parsed(doc).texts, parsed(doc).lowers
    # (only capitalised words: the plurals looked up are of names)
    plurals = {w for i, w in enumerate(words) if w.endswith("s") and w[:1].isupper()
               and not (i > 0 and lowers[i - 1] == "the") and not _acts_on_a_thing(toks[i])}
    for c in cands:
        if c.kind not in ("Organization", "Person") or c.place is not None or c.is_reference:
            continue
        span = doc[c.start:c.end]
        # A one-word name also written in the plural ("a Polaroid", "Polaroids") counts things.
        # The model calls such names persons too; a surname of someone named in full stays a person.
        plural = len(span) == 1 and fold(span.text) not in surnames and (
            (not span.text.endswith("s") and span.text + "s" in plurals)
            or (span.text.endswith("s") and len(span.text) > 3 and span.text[:-1] in texts
                and span.text in plurals))
        if plural or _is_craft(toks, span):
            products.add(span.text)
            continue
        if c.kind == "Person":
            continue
        if fold(span.text) in lexicon.STOCK_INDICES:
            products.add(span.text)  # an index is a figure the markets make, not an actor
            continue
        before = toks[c.start - 1] if c.start > 0 else None
        after = toks[c.end] if c.end < len(toks) else None
        # "an iPod", but not "a USI student" nor "a UN-backed mission": there the name only modifies
        # the thing counted, alone or hyphened to a word.
        counted = before is not None and before.lower_ in ("a", "an") and (
            after is None or after.pos_ not in ("NOUN", "PROPN") and not (after.text == "-" and not span[-1].whitespace_))
        if counted or _CAMEL.match(span[0].text) \
                or (len(span) > 1 and span[-1].lower_ in lexicon.PRODUCT_LINE_WORDS):
            products.add(span.text)
    for c in cands:
        if c.place is None and not c.is_reference and c.kind in ("Organization", "Person"):
            span = doc[c.start:c.end]
            if span.text in products or (c.kind == "Organization" and span[0].text in products):
                c.kind = "Product"
        elif c.kind == "Group" and c.place is None and not c.is_reference:
            # The model calls some plurals a group ("Polaroids", NORP); the plural of a product is products.
            text = doc[c.start:c.end].text
            if text.endswith("s") and text[:-1] in products:
                c.kind = "Product"


def _acts_on_a_thing(word: Token) -> bool:
    """Whether `word` is the subject of a verb with an object: "Houthis seize ship"."""
    return word.dep_ == "nsubj" and word.head.pos_ == "VERB" and any(c.dep_ == "dobj" for c in word.head.children)


def _members_are_their_body(doc: Doc, cands: list[_Candidate]) -> None:
    """"The Houthis" are the Houthi movement the article names "Houthi": a plural after "the" of
    a one-word organisation's or group's name is that body (its members), whatever the model said;
    "Socialists" are the "Socialist Party" the article names."""
    bodies = {c.name: c for c in cands if c.kind in ("Organization", "Group") and c.place is None
              and not c.is_reference and c.end - c.start == 1 and not c.name.endswith("s")}
    # "Portugal's Socialists win" beside "the Socialist Party": a party's members, named by its word
    parties = {c.name.split()[0]: c for c in cands if c.kind == "Organization" and not c.is_reference
               and c.end - c.start == 2 and doc[c.end - 1].text == "Party"}
    for c in cands:
        text = doc[c.start:c.end].text
        if c.end - c.start == 1 and text.endswith("s") and text[:-1] in parties and c.place is None \
                and doc[c.start].is_title and c is not parties[text[:-1]]:
            party = parties[text[:-1]]
            c.kind, c.name = party.kind, party.name
            continue
        if c.end - c.start == 1 and c.start > 0 and doc[c.start - 1].lower_ == "the" and text.endswith("s") \
                and text[:-1] in bodies and c.place is None:
            body = bodies[text[:-1]]
            c.kind, c.name = body.kind, body.name


def _is_craft(toks: list[Token], span: SpacySpan) -> bool:
    """True for a vessel's name: "Space Shuttle Atlantis", "the cruise ship, Marigold"."""
    if any(t.is_title and t.lower_ in lexicon.VEHICLE_WORDS for t in span[1:]) \
            and span[-1].lower_ not in lexicon.ORG_HEADS:
        return True  # not the first word: "Jet Li", "Rocket Lab" are no craft
    before = span.start - 1
    if before >= 0 and toks[before].text == ",":
        before -= 1
    if before < 0 or toks[before].lower_ not in lexicon.VEHICLE_WORDS or toks[before].pos_ != "NOUN":
        return False
    # The name and the craft word must be one phrase ("the ship Marigold", "the ship, Marigold"),
    # not neighbours across a clause ("ordered 20 aircraft, Boeing said").
    noun, root = toks[before], span.root
    return (root.head.i == noun.i and root.dep_ in ("appos", "compound", "npadvmod")) or \
        (noun.head.i == root.i and noun.dep_ in ("compound", "nmod", "appos"))


def _titled_appositions_are_people(doc: Doc, cands: list[_Candidate]) -> None:
    """A name in apposition to a person's title, or to a singular noun only people are of, is a person,
    whatever the model said: "a State Department spokesperson, Morgan Ortagus", "Morgan Ortagus, the
    department's spokesperson", "the party's candidate, Ivo Petrov". So is one the model called a state
    or a place that no gazetteer knows: "the leader of the Social Democrats, Lars Klingbeil, said"."""
    for c in cands:
        if c.kind not in ("Organization", "GeopoliticalEntity", "Location") or c.place is not None or c.is_reference or c.end - c.start < 2:
            continue
        span = doc[c.start:c.end]
        if not all(t.is_title for t in span) or any(t.lower_ in lexicon.ORG_HEADS for t in span):
            continue
        root = span.root
        titles = [root.head] if root.dep_ == "appos" else []
        titles += [k for k in root.children if k.dep_ == "appos"]
        # the parser hangs the name on the body the title is of when that body is named: "the leader
        # of the Social Democrats, Nils Klingbeil," (a named body is not restated by a person's name)
        if root.dep_ == "appos" and root.head.pos_ == "PROPN" and root.head.dep_ == "pobj" \
                and root.head.head.lower_ == "of":
            titles.append(root.head.head.head)
        # a noun only people are of counts as a title: "the ruling party's candidate, Ivo Petrov"
        if any((t.lemma_.lower() in lexicon.TITLE_HEADS
                or t.lemma_.lower() in lexicon.ACTOR_PEOPLE_NOUNS and t.tag_ == "NN") and not t.is_title
               for t in titles):
            c.kind = "Person"


# Kinship nouns only a person has: a company has a "partner" and a "parent" too.
_FAMILY_NOUNS = lexicon.KIN_NOUNS - {"partner", "parent", "friend"}


def _kin_and_honoured_are_people(doc: Doc, cands: list[_Candidate]) -> None:
    """A name in apposition to a kinship noun, or written after an honorific, is a person's,
    whatever the model or the gazetteer said: "their daughter, Gloria" (no Brazilian town), "his
    wife Ella Hask", "Mrs Ella Hask" (no company)."""
    for c in cands:
        if c.kind == "Person" or c.is_reference or c.nested:
            continue
        span = doc[c.start:c.end]
        if not all(t.is_title or not t.is_alpha for t in span):
            continue
        root = span.root
        kin = [root.head] if root.dep_ == "appos" else []
        kin += [k for k in root.children if k.dep_ == "appos"]
        before = doc[c.start - 1].lower_ if c.start > 0 else ""
        if any(k.lemma_.lower() in _FAMILY_NOUNS and k.is_lower for k in kin) \
                or before in lexicon.HONORIFICS or span[0].lower_ in lexicon.HONORIFICS:
            c.kind, c.place, c.name = "Person", None, span.text


# Prepositions after which a capitalised town's name that is also a word names the town.
_TOWN_PREPS = frozenset({"in", "near", "outside", "from"})


def _towns_named_like_words(doc: Doc, cands: list[_Candidate], gaz: Gazetteer) -> None:
    """A town whose name is an everyday word ("Split", "Nice", "Reading"), written with its capital
    inside a sentence right after "in", "near", "outside" or "from", is the town, whatever the model
    called it: "detained a man in Split"."""
    for c in cands:
        if c.kind == "City" or c.is_reference or c.place is not None or c.end - c.start != 1:
            continue
        tok = doc[c.start]
        if not tok.is_title or tok.is_sent_start or c.start == 0 or doc[c.start - 1].lower_ not in _TOWN_PREPS:
            continue
        place = gaz.town_named_like_a_word(tok.text)
        if place is not None and place.kind == "city":
            c.kind, c.place, c.name = _place_kind(place), place, place.name


def _the_law_acts_on_people(doc: Doc, cands: list[_Candidate]) -> None:
    """A full name the model took for a place ("Crystal Munoz", "Ana Reyes Hall") is a person's
    where the name is convicted, sentenced or arrested (lexicon.PERSONAL_PASSIVE_VERBS): places
    are not; so is one it took for a firm's where the name is jailed, sentenced or arrested."""
    for c in cands:
        if c.kind not in ("Location", "Organization") or c.place is not None or c.is_reference \
                or not 2 <= c.end - c.start <= 3:
            continue
        span = doc[c.start:c.end]
        root = span.root
        # a company may be convicted or indicted, but only a person jailed, sentenced to a term or arrested:
        # "The judge jailed Tomasz Nowak" (a name the model took for a firm's)
        verbs = lexicon.PERSONAL_PASSIVE_VERBS if c.kind == "Location" else _ONLY_PEOPLE_UNDERGO
        if c.kind == "Organization" and _has_body_word([t.text for t in span]):
            continue
        if all(t.is_title and t.is_alpha for t in span) and root.dep_ in ("nsubjpass", "dobj") \
                and root.head.lemma_.lower() in verbs:
            c.kind, c.name = "Person", span.text


# Verbs of the law only a person undergoes: "jailed X", "X was sentenced", "arrested X".
_ONLY_PEOPLE_UNDERGO = frozenset("sentence arrest jail imprison".split())


def _named_settlements_are_places(doc: Doc, cands: list[_Candidate], gaz: Gazetteer) -> None:
    """A name right after "the town of", "the city of" ... is that place, whatever the model said
    ("the town of Amarante" is no person): the gazetteer's town of that name where it knows one. One
    after "the district of", "the province of" ... is a division of a state ("the northern district of
    Sunamganj" is no body), the gazetteer's place of that name where it knows one."""
    for c in cands:
        if c.kind in ("City", "Location", "GeopoliticalEntity") or c.is_reference or c.start < 2:
            continue
        of, kind = doc[c.start - 1], doc[c.start - 2]
        if of.lower_ != "of" or kind.is_title:
            continue
        if kind.lemma_.lower() in lexicon.SETTLEMENT_NOUNS:
            c.kind = "City"
            town = gaz.place(doc[c.start:c.end].text)
            if town is not None and town.kind == "city":
                c.place, c.name = town, town.name
        elif kind.lemma_.lower() in _DIVISION_NOUNS and all(t.is_title for t in doc[c.start:c.end]):
            c.kind = "GeopoliticalEntity"
            place = gaz.place(doc[c.start:c.end].text)
            if place is not None and place.kind != "country":
                c.place, c.name, c.kind = place, place.name, _place_kind(place)


# Words for the divisions of a state told before their name: "the district of X", "the province of X".
_DIVISION_NOUNS = frozenset("district province region county prefecture governorate oblast".split())


_PLACE_KINDS = ("City", "Location", "GeopoliticalEntity")


def _people_among_people(doc: Doc, cands: list[_Candidate]) -> None:
    """A one-word "organisation" that begins a two-word name the model left half untagged is a
    person where the name is listed after people: "Romelu Lukaku, Yannick Carrasco, and Dries
    Mertens" names three players (the parser may not see the list, so the commas and "and" say it)."""
    at = {i: c for c in cands for i in range(c.start, c.end)}
    for c in cands:
        if c.kind != "Organization" or c.place is not None or c.is_reference or c.end - c.start != 1:
            continue
        tok, end = doc[c.start], c.end
        if not tok.is_title or tok.pos_ != "PROPN" or end >= len(doc) or end in at or not doc[end].is_title \
                or doc[end].pos_ != "PROPN" or doc[end].lower_ in _NOT_PERSON_WORDS or tok.head.i != end:
            continue
        before = c.start - 1
        while before >= 0 and doc[before].lower_ in (",", "and"):
            before -= 1
        listed = before < c.start - 1 and (prev := at.get(before)) is not None and prev.kind == "Person"
        if listed and any(doc[i].text == "," for i in range(before + 1, c.start)) \
                or listed and (prev.start == 0 or doc[prev.start - 1].text == ","):
            c.kind, c.end, c.name = "Person", end + 1, doc[c.start:end + 1].text


def _places_among_places(doc: Doc, cands: list[_Candidate], gaz: Gazetteer) -> None:
    """A one-word name the model took for a person or a body is a place where the text names it
    among places: in a list of places the gazetteer knows only ("Floods hit Leeds, York, and
    Hull": a city like the others), or in apposition to a town ("in Livorno, Tuscany": a region of the town's country).
    Not a surname of someone the article names in full."""
    at = {i: c for c in cands for i in range(c.start, c.end)}
    surnames = _surnames(cands, doc)
    for c in cands:
        if c.kind not in ("Person", "Organization") or c.place is not None or c.is_reference or c.nested \
                or c.end - c.start != 1 or fold(c.name) in surnames:
            continue
        tok = doc[c.start]
        if not tok.is_title or tok.pos_ != "PROPN":
            continue
        if 0 < tok.i < len(doc) - 1 and doc[tok.i - 1].text == "(" and doc[tok.i + 1].text == ")":
            continue  # "NEW YORK, Nov 2 (Reuters)": a name in brackets is an aside, no place of a list
        others = [at.get(t.i) for t in tok.conjuncts]
        kinds = {o.kind for o in others if o is not None}
        if others and all(o is not None and o.place is not None and not o.is_reference for o in others) \
                and kinds <= set(_PLACE_KINDS):
            c.kind = kinds.pop() if len(kinds) == 1 else "Location"
        elif tok.dep_ == "appos" and tok.head.i < tok.i and doc[tok.i - 1].text == "," \
                and (town := at.get(tok.head.i)) is not None and town.kind == "City":
            c.kind = "GeopoliticalEntity"
            c.country = gaz.country(town.place.country_code) if town.place is not None else None


def _towns_named_with_their_region(doc: Doc, cands: list[_Candidate], gaz: Gazetteer) -> None:
    """A town named with its state or country after a comma is the town of that name there ("Paris,
    Texas", "Cambridge, Massachusetts"), not the better known one elsewhere; the article's other
    mentions of the name are that town too."""
    after = {c.start: c for c in cands if c.place is not None}
    moved: dict[str, Place] = {}
    for c in cands:
        if c.place is None or c.place.kind != "city" or c.end + 1 >= len(doc) or doc[c.end].text != ",":
            continue
        region = after.get(c.end + 1)
        if region is None or region.place is None or region.place.kind not in ("country", "region"):
            continue
        if c.place.country_code == region.place.country_code and (
                region.place.kind == "country" or c.place.admin1 == region.place.admin1):
            continue  # the town the name is best known by is there already
        town = gaz.place_in(doc[c.start:c.end].text, region.place)
        if town is not None:
            moved[fold(c.name)] = town
    for c in cands:
        town = moved.get(fold(c.name)) if c.place is not None and c.place.kind == "city" else None
        if town is not None:
            c.place, c.name = town, town.name


def _towns_of_the_articles_countries(cands: list[_Candidate], gaz: Gazetteer) -> None:
    """A town's name shared by towns in several countries names the one in a country the article
    names, where it names none of the better known town's: "Valencia" in an article about Spain is
    Spain's Valencia, not Venezuela's. A US town needs its state named: news names the US in stories
    from anywhere. The town must be a tenth as large as the better known one at least ("Sydney" in a
    story about Canada is still Australia's)."""
    countries = {c.place.country_code for c in cands if c.place is not None and c.place.kind == "country"}
    states = {(c.place.country_code, c.place.admin1) for c in cands if c.place is not None
              and c.place.kind == "region" and c.place.admin1}
    countries |= {code for code, _ in states}
    for c in cands:
        if c.place is None or c.place.kind != "city" or c.place.country_code in countries:
            continue
        top = c.place
        for town in gaz.towns(top.name):
            if town is top or town.population * 10 < top.population:
                continue
            if (town.country_code, town.admin1) in states or town.country_code in countries and town.country_code != "US":
                c.place, c.name = town, town.name
                break


def _regions_after_towns(doc: Doc, cands: list[_Candidate], gaz: Gazetteer) -> None:
    """"Kanata, Ontario": a place after a town and a comma is where the town lies, so a name there
    that the gazetteer knows only as a town of another country ("Ontario", California) is a region
    of the town's country it does not know, wherever the article names it. Only after a town of
    one country: "London, Ontario" may be either London."""
    after = {c.start: c for c in cands}
    regions: dict[str, Place] = {}
    for c in cands:
        if c.place is None or c.place.kind != "city" or c.end + 1 >= len(doc) or doc[c.end].text != ",":
            continue
        region = after.get(c.end + 1)
        if region is not None and region.end < len(doc) and (doc[region.end].lower_ in ("and", "or") or (
                doc[region.end].text == "," and region.end + 1 in after)):
            continue  # "in Tokyo, Buenos Aires and Toronto": a list of towns
        if region is None or region.place is None or region.place.kind != "city" \
                or region.place.country_code == c.place.country_code \
                or len({t.country_code for t in gaz.towns(doc[c.start:c.end].text)}) != 1:
            continue
        country = gaz.country(c.place.country_code)
        if country is not None:
            regions[doc[region.start:region.end].text] = country
    for c in cands:
        text = doc[c.start:c.end].text
        if text in regions and c.place is not None and c.place.kind == "city":
            c.place, c.kind, c.name, c.country = None, "GeopoliticalEntity", text, regions[text]


def _headline_names_typed_by_the_body(doc: Doc, cands: list[_Candidate]) -> None:
    """A name in the headline that the body names again is what the body takes it for: the model
    reads a headline's capitals and telegraphic syntax poorly ("... recovered from Java Sea" typed a
    person) and the story's full sentences well ("from the Java Sea", a place)."""
    end = headline_end(parsed(doc).text)
    if end is None:
        return
    body: dict[str, _Candidate] = {}
    for c in cands:
        if doc[c.start].idx > end and not c.is_reference:
            body.setdefault(fold(c.name), c)
    for c in cands:
        if doc[c.start].idx < end and not c.is_reference and (b := body.get(fold(c.name))) is not None:
            c.kind, c.place, c.country = b.kind, b.place, b.country


def _make_types_consistent(cands: list[_Candidate], doc: Doc | None = None) -> None:
    """A name the model types differently in one article takes its most frequent type there; a
    full name typed a person as often as anything else is a person's.

    A one-word name the model calls a person only some of the time takes its other type: news
    names a person in full at first ("Michael O'Leary", then "O'Leary"), so a single word that is
    nobody's surname there and is also typed otherwise ("Ryanair") is no person.
    """
    votes: dict[str, Counter] = defaultdict(Counter)
    for c in cands:
        if c.place is None and not c.is_reference:
            votes[fold(c.name)][c.kind] += 1
    surnames = _surnames(cands, doc)
    # "smartphone maker Orvana ... Shares of Orvana": the article says once what the name is, and
    # that outweighs the model's guesses elsewhere
    described = {fold(c.name) for c in cands if c.kind == "Organization" and doc is not None
                 and len(votes[fold(c.name)]) > 1 and (_said_to_be_a_body(doc[c.start:c.end])
                                                        or _body_in_apposition(doc[c.start:c.end]))}
    for c in cands:
        if c.place is None and not c.is_reference:
            kinds = votes[fold(c.name)]
            if fold(c.name) in described:
                c.kind = "Organization"
                continue
            if len(kinds) > 1:
                words = c.name.split()
                if len(words) == 1 and "Person" in kinds and fold(c.name) not in surnames:
                    kinds = kinds - Counter({"Person": kinds["Person"]})
                elif len(words) > 1 and kinds["Person"] == max(kinds.values()) and not _has_body_word(words):
                    c.kind = "Person"  # a tie: the model takes unfamiliar full names for bodies, not bodies for people
                    continue
                c.kind = kinds.most_common(1)[0][0]


def _has_body_word(words: list[str]) -> bool:
    """True if a name's words include one that names bodies, buildings or events ("Union", "Hall")."""
    return any(w.lower() in lexicon.BODY_HEADS or w.lower() in lexicon.FACILITY_HEADS
               or w.lower() in lexicon.EVENT_NAME_HEADS or w.lower() in lexicon.DESCRIPTOR_NOUNS for w in words)


def _surnames(cands: list[_Candidate], doc: Doc | None = None) -> set[str]:
    """The folded last words of the persons named in full, and the given names of those named with a
    patronymic, by which news shortens them ("Qaboos" for "Qaboos bin Said").

    Given the doc, not words the text also counts in the plural ("100 Polaroids"): the model may take
    "Monet Polaroid" for a person, yet Polaroid is a thing, not his surname. A family ("the
    Obamas") is named with "the", so a plural after "the" does not count.
    """
    full = [fold(c.name).split() for c in cands if c.kind == "Person" and len(c.name.split()) > 1]
    names = {words[-1] for words in full} | {words[0] for words in full
                                             if len(words) > 2 and words[1] in lexicon.PATRONYMIC_PARTICLES}
    # the family names inside a name of three words or more: "Uribe" for "Miguel Uribe Turbay",
    # "Lula" for "Luiz Inacio Lula da Silva" (a name's particles are none)
    names |= {w for words in full if len(words) > 2 and words[1] not in lexicon.PATRONYMIC_PARTICLES
              for w in words[2:-1] + words[1:2] if len(w) > 2 and w not in _NAME_PARTICLES}
    if doc is None or not names:
        return names
    p = parsed(doc)
    counted = {fold(text[:-1]) for i, text in enumerate(p.texts) if text.endswith("s") and text[:1].isupper()
               and p.tokens[i].tag_ in ("NNS", "NNPS") and not (i > 0 and p.lowers[i - 1] == "the")}
    return names - counted


# Small words inside names that are no name by themselves: "da Silva", "van Hijum", "de la Cruz".
_NAME_PARTICLES = frozenset("da das de del della den der des di dos du la le van von ter ten".split())


def _surnames_are_people(doc: Doc, cands: list[_Candidate]) -> None:
    """A one-word name that is the surname of a person named in full is that person ("Jobs").

    Not a country the model tagged as a place: a person's surname is hardly ever a country's name,
    a company's name often ends in one ("Pelican Peru", which the model may call a person). Unless
    the person is named with a title (no company is) and the article never names that country as a
    place (after a preposition, as an owner or a modifier, or by its people's adjective): after
    "Prime Minister Luis Montenegro", "Montenegro told reporters" is the prime minister.
    """
    surnames = _surnames(cands, doc)
    # "Ford" beside "Ford Motor Company" is the company, whatever "William Clay Ford Jr." is called
    companies = {fold(c.name.split()[0]) for c in cands if c.kind == "Organization" and len(c.name.split()) > 1}
    countries_told = {c.place.geonames_id for c in cands if c.place is not None and c.place.kind == "country" and (
        c.is_reference or c.end - c.start > 1 or doc[c.start].dep_ in ("pobj", "poss", "compound", "amod", "nmod"))} \
        if surnames else set()
    titled = {fold(c.name.split()[-1]) for c in cands if c.kind == "Person" and c.role_tokens and " " in c.name}
    for c in cands:
        text = doc[c.start:c.end].text
        # one word, hyphens and all: "Bankman-Fried" after "Sam Bankman-Fried"
        if c.kind != "Person" and not c.is_reference and " " not in text and fold(text) in surnames \
                and not (c.kind == "Organization" and fold(text) in companies) \
                and not (c.place is not None and c.place.kind == "country"
                         and (c.place.geonames_id in countries_told or fold(text) not in titled)):
            c.kind, c.place, c.name = "Person", None, text
    # "Prime Minister Srettha Thavisin ... Srettha said": news in some countries calls people by their
    # given name; the model's "body" that says or does it is the person with a title named so in full
    given = {fold(c.name.split()[0]) for c in cands if c.kind == "Person" and c.role_tokens and " " in c.name}
    for c in cands:
        text = doc[c.start:c.end].text
        if c.kind == "Organization" and c.place is None and not c.is_reference and " " not in text \
                and fold(text) in given and fold(text) not in companies and doc[c.start].dep_ == "nsubj":
            c.kind, c.name = "Person", text


def _propagate_names(doc: Doc, cands: list[_Candidate]) -> list[_Candidate]:
    """A name found once is the same entity wherever else it stands in the article untagged.

    Persons' surnames count as names of theirs ("Okonkwo" after "Daniel Okonkwo"). The match is
    case-exact and must not be part of a longer capitalised name ("Paris Hilton" is not "Paris").
    """
    toks = tokens(doc)
    texts = parsed(doc).texts
    templates: dict[tuple[str, ...], _Candidate] = {}
    for c in cands:
        if c.is_reference or c.nested:
            continue
        words = tuple(texts[c.start:c.end])
        if c.kind != "Person" or len(words) > 1:  # a lone first or last name may be the model's slip
            templates.setdefault(words, c)
        if c.kind == "Person" and len(words) > 3 and words[-2] == "-" and words[-3][:1].isupper() \
                and words[-1][:1].isupper():
            templates.setdefault(words[-3:], c)  # a surname joined by a hyphen: "Sanwo-Olu", not "Olu"
        elif c.kind == "Person" and len(words) > 1 and words[-1][:1].isupper() and not _ROMAN.match(words[-1]):
            templates.setdefault(words[-1:], c)  # a surname; "II" of "Elizabeth II" is none
        if c.kind == "Person" and len(words) > 2 and words[1].lower() in lexicon.PATRONYMIC_PARTICLES:
            templates.setdefault(words[:1], c)  # the given name of "Qaboos bin Said"
        if c.kind == "Organization" and c.end - c.start >= 2 and (
                n := _company_named_by_what_it_does(doc[c.start:c.end], c.kind)):
            templates.setdefault(words[:n], c)  # "Dornfeld" after "Dornfeld Motors", untagged by the model
    if not templates:
        return cands
    longest = max(len(k) for k in templates)
    taken = {i for c in cands for i in range(c.start, c.end)}
    out = list(cands)
    i = 0
    while i < len(toks):
        if i in taken or not (toks[i].is_title or toks[i].is_upper) or _continues_name(doc, i - 1, taken):
            i += 1
            continue
        for n in range(min(longest, len(toks) - i), 0, -1):
            words = tuple(texts[i:i + n])
            tpl = templates.get(words)
            # "Boeing Co" after "Boeing": a company's name with its legal form is the company's
            end = i + n + 1 if tpl is not None and tpl.kind == "Organization" and i + n < len(toks) \
                and texts[i + n].lower() in lexicon.LEGAL_FORMS else i + n
            if tpl is None or taken.intersection(range(i, end)) or _continues_name(doc, end, taken):
                continue
            if n == 1 and toks[i].is_sent_start and toks[i].pos_ != "PROPN" and not _unknown_noun(toks[i]):
                continue  # "Will said": a word opening a sentence; "Mannion said", tagged a noun, is a name
            # a company's short name is the company; a surname alone is read as its person's by the clustering
            name = tpl.name if tpl.end - tpl.start == n or tpl.kind == "Organization" else doc[i:end].text
            out.append(_Candidate(i, end, tpl.kind, name, place=tpl.place, confidence=tpl.confidence - 0.1))
            i = end - 1
            break
        i += 1
    return sorted(out, key=lambda c: c.start)


def _unknown_noun(tok: Token) -> bool:
    """Whether a capitalised word the tagger calls a common noun is no word the lemmatizer knows: the
    small model tags a surname opening a sentence ("Mannion said of the deal") as a noun."""
    low = tok.lower_
    return tok.pos_ == "NOUN" and not tok.is_stop and low not in noun_lemmas(tok.doc.vocab) \
        and low not in verb_lemmas(tok.doc.vocab)


def _continues_name(doc: Doc, i: int, taken: set[int]) -> bool:
    """True if token `i` is a capitalised proper noun, so a match next to it is part of a longer name."""
    if i < 0 or i >= len(doc):
        return False
    tok = tokens(doc)[i]
    return tok.pos_ == "PROPN" and tok.is_title and not tok.is_sent_start or i in taken


def _national_teams(doc: Doc, cands: list[_Candidate]) -> None:
    """In a match report ("Belgium 3 - 0 Panama"), countries that play are their national teams.

    A country next to a score, or subject or object of a match verb facing one that is, plays;
    its mentions after a place preposition ("in Russia") stay the country.
    """
    countries = [c for c in cands if c.place is not None and c.place.kind in ("country", "region")
                 and not c.is_reference and not c.nested]
    teams = {c.place.geonames_id for c in countries if _score_at(doc, c.end) or _score_at(doc, c.start - 3)}
    if not teams:
        return
    for c in countries:
        head = doc[c.end - 1]
        while head.dep_ in ("compound", "poss", "case") and head.head.i != head.i:
            head = head.head
        if head.dep_ in ("nsubj", "dobj", "pobj") and _match_verb(head) is not None:
            teams.add(c.place.geonames_id)
    for c in countries:
        if c.place.geonames_id not in teams:
            continue
        before = doc[c.start - 1] if c.start > 0 else None
        if before is not None and before.lower_ in lexicon.PLACE_PREPOSITIONS and _match_verb(before) is None:
            continue
        c.kind, c.country, c.name, c.place = "Organization", c.place, f"{c.place.name} national team", None
        c.confidence = 0.8


def _clubs_in_matches(doc: Doc, cands: list[_Candidate]) -> None:
    """A name ending in a word clubs are named by ("Harwick United", "Coldfield City"), that plays in a
    match ("beat Coldfield City 3-1", "Harwick United lost to ..."), is a club, neither a person nor a
    town. Players who beat each other keep their names: only a club's last word makes a club."""
    for c in cands:
        if c.is_reference or c.kind == "Organization" or c.end - c.start < 2 \
                or doc[c.end - 1].lower_ not in lexicon.CLUB_LAST_WORDS:
            continue
        head = doc[c.end - 1]
        if head.dep_ in ("nsubj", "dobj", "pobj") and _match_verb(head) is not None:
            c.kind, c.place, c.name, c.confidence = "Organization", None, doc[c.start:c.end].text, 0.8
    # a club named once in a match is that club wherever the story names it
    clubs = {fold(c.name) for c in cands if c.kind == "Organization" and c.end - c.start > 1
             and doc[c.end - 1].lower_ in lexicon.CLUB_LAST_WORDS}
    for c in cands:
        if c.kind != "Organization" and fold(c.name) in clubs:
            c.kind, c.place = "Organization", None


def _score_at(doc: Doc, i: int) -> bool:
    """True if tokens i..i+2 are a match score ("3 - 0", a basketball game's "118-109"): numbers below
    200 (a model's code runs higher: "Boeing 737-800")."""
    if i < 0 or i + 2 >= len(doc):
        return False
    a, dash, b = doc[i], doc[i + 1], doc[i + 2]
    return a.is_digit and b.is_digit and len(a.text) <= 3 and len(b.text) <= 3 and int(a.text) < 200 \
        and int(b.text) < 200 and dash.text in _SCORE_DASHES


def _match_verb(tok: Token) -> Token | None:
    """The match verb `tok` is an argument of ("Belgium faced Panama", "lost to England"), if any."""
    head = tok.head.head if tok.dep_ == "pobj" else tok.head  # "to England" hangs on "lost"
    return head if head.pos_ == "VERB" and head.lemma_.lower() in lexicon.MATCH_VERBS else None


def _event_names(doc: Doc) -> list[tuple[int, int]]:
    """Token ranges of named events ("the Google Science Fair", "the FIFA World Cup")."""
    return [(e.start, e.end) for e in ents(doc)
            if e.label_ == "EVENT" or (e.label_ in ("ORG", "FAC", "GPE", "LOC") and _is_event_name(e))]


# Words for kinds of place and site that end or open their names ("Grell Island", "Lake Maru", "Kestav
# Airport"): alone they name no place, whatever the gazetteer's other languages call "Island".
_KIND_OF_PLACE_WORDS = (lexicon.WATER_AND_LAND_WORDS | lexicon.FACILITY_HEADS | frozenset(lexicon.PLACE_KIND_LAST)
                        | frozenset(lexicon.PLACE_KIND_FIRST))


def _nested_names(doc: Doc, cands: list[_Candidate], gaz: Gazetteer,
                  events: list[tuple[int, int]]) -> list[_Candidate]:
    """Names inside longer names: "Indiana" in "the University of Indiana", "Andy Warhol" in "the
    Andy Warhol Foundation" (a person named in the article), as mentions of those entities; and
    the organiser or person named elsewhere inside a named event ("the Google Science Fair")."""
    known = {fold(c.name): c for c in cands if not c.is_reference and c.kind in ("Person", "Organization")
             and c.end - c.start < 4}
    containers = [(c.start, c.end, c.kind) for c in cands
                  if not c.is_reference and c.end - c.start >= 2 and c.kind in ("Organization", "Location")]
    containers += [(start, end, "Event") for start, end in events if end - start >= 2]
    out: list[_Candidate] = []
    for start, end, kind in containers:
        covered: set[int] = set()
        for n in (3, 2, 1):
            for i in range(start, end - n + 1):
                sub = doc[i:i + n]
                if n == end - start or covered.intersection(range(i, i + n)) or not _capitalised(sub[0]) \
                        or not _capitalised(sub[-1]):
                    continue
                other = known.get(fold(sub.text))
                if other is not None and other.kind != kind:
                    out.append(_Candidate(i, i + n, other.kind, other.name, place=other.place,
                                          confidence=other.confidence, nested=True))
                    covered.update(range(i, i + n))
                    continue
                # A place names a site or a body's seat after "of" ("the University of Southern
                # Indiana") or before the level of government it serves ("the Tbilisi city court",
                # "the Kyiv regional council"); "Singapore Airlines" is a company, not a mention of Singapore.
                after_of = doc[i - 1].lower_ == "of" or doc[i - 1].lower_ == "the" and doc[i - 2].lower_ == "of"
                seat = i + n < end and doc[i + n].lower_ in lexicon.SEAT_LEVELS
                if n == 1 and sub[0].lower_ in _KIND_OF_PLACE_WORDS:
                    continue  # "Island" of "Grell Island" is a kind of place, not Iceland by its own name
                place = gaz.place(sub.text) if kind == "Location" or after_of or seat else None
                if place and place.kind == "city" and doc[end - 1].lower_ in lexicon.WATER_AND_LAND_WORDS:
                    continue  # "the Banda Sea", "the Hudson River": water named like a town lies in no town
                if place and (place.kind != "city" or place.population >= 100_000):
                    place_kind = "GeopoliticalEntity" if place.kind in ("country", "region") else "City"
                    out.append(_Candidate(i, i + n, place_kind, place.name, place=place, confidence=0.8, nested=True))
                    covered.update(range(i, i + n))
    return out


def _capitalised(tok: Token) -> bool:
    """True for a word in title case or a short one in capitals ("UK", "US")."""
    return tok.is_title or tok.is_upper and tok.is_alpha and len(tok.text) <= 4


def _companies_named_short(doc: Doc, cands: list[_Candidate]) -> None:
    """A company named in full with its legal form ("Mars Inc", "Velta Foods Ltd.") is named short
    without it elsewhere in the article ("Mars agrees to buy ..."), whatever the model took the
    short name for (a place, a person); so is one named with what it does ("Nissan Motor" and
    "Nissan", "Halvor Airlines" and "Halvor")."""
    full: dict[str, _Candidate] = {}
    for c in cands:
        words = doc[c.start:c.end]
        if c.kind != "Organization" or len(words) < 2:
            continue
        if words[-1].lower_ in lexicon.LEGAL_FORMS:
            full.setdefault(doc[c.start:c.end - 1].text, c)
        # "Nissan Motor", "Toyota Motor Corp": the first word with words of what the company does or is
        if n := _company_named_by_what_it_does(words, c.kind):
            full.setdefault(words[:n].text, c)
    if not full:
        return
    for c in cands:
        company = full.get(doc[c.start:c.end].text)
        # a place the gazetteer knows or a people stays one: "Singapore" beside "Singapore Airlines";
        # a "state" it knows nothing of is the model's guess ("Valtora said" after "Valtora Motors")
        if company is not None and c is not company and not c.is_reference \
                and (c.place is None and c.kind not in ("Group", "City") or _town_told_as_its_company(doc, c)):
            c.kind, c.name, c.place = "Organization", company.name, None


def _town_told_as_its_company(doc: Doc, c: _Candidate) -> bool:
    """True if `c`, a town the gazetteer knows, was read by the model as an organisation: a company
    named for its home town ("Hitachi" beside "Hitachi Ltd", "Toyota" beside "Toyota Motor Corp") is
    the company where the model says so; a country, or a town the model read as a place, stays one."""
    return c.kind == "City" and c.place is not None and all(t.ent_type_ == "ORG" for t in doc[c.start:c.end])


def _companies_by_their_shares(doc: Doc, cands: list[_Candidate]) -> None:
    """A one-word name told with its shares or stock ("Moderna shares rose 6 percent") is a company
    wherever it stands in the article, whatever the model took it for ("Moderna's vaccine": a person)."""
    p = parsed(doc)
    traded = {p.texts[i] for i in range(len(p.texts) - 1) if p.lowers[i + 1] in ("shares", "stock", "stocks")
              and p.tokens[i].is_title and p.pos[i] == "PROPN"}
    if not traded:
        return
    for c in cands:
        if c.end - c.start == 1 and doc[c.start].text in traded and c.kind in ("Person", "Group", "Product") \
                and c.place is None and not c.is_reference:
            c.kind = "Organization"


def _company_named_by_what_it_does(words: SpacySpan, kind: str) -> int:
    """How many first words of an organisation's name name it alone: one or two in title case followed
    only by words of what the company does or is ("Nissan Motor", "Dornfeld Motors", "Halvor Airlines
    Ltd", "Harbor State Bancorp"); 0 for any other name."""
    if kind != "Organization" or len(words) < 2 or not words[0].is_title:
        return 0
    n = 1 if words[1].lower_ in _WHAT_A_COMPANY_IS else 2 if words[1].is_title and len(words) > 2 else 0
    return n if n and all(t.lower_ in _WHAT_A_COMPANY_IS for t in words[n:]) else 0


_WHAT_A_COMPANY_IS = lexicon.LEGAL_FORMS | lexicon.COMPANY_HEADS | frozenset({"motor", "company", "corporation"})


def _acronyms(doc: Doc, cands: list[_Candidate], gaz: Gazetteer) -> list[_Candidate]:
    """"United States Air Force (USAF)": the acronym names the same organisation, wherever it stands (a
    headline's "ELN rebels" over "the National Liberation Army (ELN)"); so does one spelled by the
    initials of an organisation's capitalised words anywhere in the article ("the European Union ...
    the EU", "EU imposes sanctions" over "The European Union imposed")."""
    longs: dict[str, _Candidate] = {}
    inferred: dict[str, _Candidate] = {}
    for c in cands:
        if c.kind != "Organization":
            continue
        words = c.name.split()
        if len(words) > 2 and words[0].isupper() and (country := gaz.place(words[0])) is not None \
                and country.kind == "country":
            words = words[1:]  # "the U.S. Food and Drug Administration ... the FDA": the state is no initial
        initials = "".join(w[0] for w in words if w[:1].isupper())
        if len(initials) >= 2 and initials not in longs and not any(w.isupper() for w in words):
            # not from a name with capitals of its own: "US Steel" does not spell the country "US"
            inferred[initials] = c
        if c.end + 2 >= len(doc):
            continue
        open_, acro, close = doc[c.end], doc[c.end + 1], doc[c.end + 2]
        if open_.text == "(" and close.text == ")" and acro.text.isupper() and 2 <= len(acro.text) <= 8:
            # "the National Liberation Army (ELN)": an acronym of the name in its own language, which the
            # story then uses as the body's name, is its acronym too
            if acro.text[0] == initials[:1] or parsed(doc).texts.count(acro.text) > 1:
                longs[acro.text] = c
    # an initialism only where it stands in capitals as a word of its own, and never for a known place ("UK")
    places = {doc[c.start].text for c in cands if c.end - c.start == 1 and c.place is not None}
    words = set(parsed(doc).texts)
    longs |= {a: c for a, c in inferred.items() if a not in longs and a not in places and a in words and a.isalpha()}
    if not longs:
        return cands
    taken = {i for c in cands for i in range(c.start, c.end)}
    out = [c for c in cands if not (c.end - c.start == 1 and doc[c.start].text in longs)]
    for tok in tokens(doc):
        if tok.text in longs and (tok.i not in taken or any(c.start == tok.i and c.end == tok.i + 1 for c in cands)):
            long = longs[tok.text]
            out.append(_Candidate(tok.i, tok.i + 1, "Organization", long.name, confidence=long.confidence))
    return sorted(out, key=lambda c: c.start)


@lru_cache(maxsize=4)
def _countries_by_key(gaz: Gazetteer) -> dict[str, Place]:
    """The gazetteer's countries by entity key ("geo/690791")."""
    return {f"geo/{p.geonames_id}": p for p in gaz.countries.values()}


def _cluster(doc: Doc, cands: list[_Candidate], gaz: Gazetteer) -> tuple[dict[str, Entity], dict[int, str], list[tuple[int, str]]]:
    entities: dict[str, Entity] = {}
    by_token: dict[int, str] = {}
    order: list[tuple[int, str]] = []
    full_persons = [c for c in cands if c.kind == "Person" and len(c.name.split()) > 1]
    kin = {f.start for f in full_persons if _named_as_kin(doc, f)}
    bodies = {c.name for c in cands if c.kind == "Organization" and not c.is_reference and " of " in c.name}
    cands = sorted(cands, key=lambda c: (c.start, c.nested))

    for c in cands:
        if c.kind == "Organization" and not c.is_reference:
            c.name = _full_body_name(c.name, bodies)
        key, name = _key_and_name(c, full_persons, gaz, kin)
        ent = entities.get(key)
        if ent is None:
            ent = Entity(key=key, name=name, kind=c.kind, confidence=c.confidence)
            if c.place:
                ent.geonames_id, ent.lat, ent.long = c.place.geonames_id, c.place.lat, c.place.long
                if c.place.kind in ("city", "region") and c.place.country_code:
                    country = gaz.country(c.place.country_code)
                    if country:
                        ent.country_key = f"geo/{country.geonames_id}"
            if c.country:
                ent.country_key = f"geo/{c.country.geonames_id}"
            entities[key] = ent
        ent.confidence = max(ent.confidence, c.confidence)
        begin, end = char_bounds(doc, c.start, c.end)
        text = parsed(doc).text[begin:end]
        ent.mentions.append(Span(begin, end, text, "demonym" if c.is_reference else "name"))
        if text != ent.name and c.shares is None:  # "North" of "North and South Korea" is no name of it
            ent.aliases.add(text)
        if c.nested:
            continue
        if c.role_tokens:
            role = _role_text(c.role_tokens, gaz)
            if role and role not in ent.roles:
                ent.roles.append(role)
        for i in range(c.start, c.end):
            by_token[i] = key
        order.append((c.start, key))
    for c in cands:
        if c.kind == "Person" and not c.nested:
            _appositive_role(doc[c.start:c.end], entities[by_token[c.start]])
    for ent in list(entities.values()):
        # The country a named city lies in, for nkg:country, even where the text does not name it.
        if ent.country_key and ent.country_key not in entities:
            country = _countries_by_key(gaz).get(ent.country_key)
            if country:
                entities[ent.country_key] = Entity(ent.country_key, country.name, "GeopoliticalEntity",
                                                   geonames_id=country.geonames_id, lat=country.lat,
                                                   long=country.long, confidence=0.9)
    return entities, by_token, order


def _key_and_name(c: _Candidate, full_persons: list[_Candidate], gaz: Gazetteer,
                  kin: set[int] = frozenset()) -> tuple[str, str]:
    if c.place and c.place.geonames_id is not None:
        return f"geo/{c.place.geonames_id}", c.place.name
    name = c.place.name if c.place else c.name  # a division known by name only is keyed by its name
    if c.kind == "Person" and len(name.split()) <= 2:
        # "Zelensky" is the "Volodymyr Zelensky" named nearest before (or else after) it; with two
        # surnames, either or both are the person ("Rosselló", "López Obrador" after "Andrés
        # Manuel López Obrador")
        matches = [f for f in full_persons if _short_for(fold(name).split(), fold(f.name).split())]
        # "Harold Brennan ... his daughter, Eleanor Brennan, said ... Brennan served": a relative
        # who shares the surname is named in full, the surname alone stays the story's person
        if any(f.start not in kin for f in matches) and any(f.start in kin for f in matches):
            matches = [f for f in matches if f.start not in kin]
        if matches:
            before = [f for f in matches if f.start <= c.start]
            name = (before[-1] if before else matches[0]).name
    name = " ".join(w for w in name.split() if w.lower() not in lexicon.HONORIFICS) or name
    return f"{_KEY_PREFIX[c.kind]}/{slug(name)}", name


def _named_as_kin(doc: Doc, c: _Candidate) -> bool:
    """Whether a person is named as someone's relative: "his daughter, Eleanor Brennan", "his wife
    Margaret Brennan", "Eleanor Brennan, his daughter"."""
    root = doc[c.start:c.end].root
    if root.dep_ == "appos" and root.head.lemma_.lower() in lexicon.KIN_NOUNS:
        return True
    if c.start > 0 and doc[c.start - 1].lemma_.lower() in lexicon.KIN_NOUNS:
        return True
    return any(ch.dep_ == "appos" and ch.lemma_.lower() in lexicon.KIN_NOUNS for ch in root.children)


def _full_body_name(name: str, bodies: set[str]) -> str:
    """The one body of the article named `name` and then "of" something ("the Supreme Court" after
    "the Supreme Court of Puerto Rico"): news names a body in full once, then without its place.
    `name` itself where none or several are ("the Ministry" with "the Ministry of Defence" and
    "the Ministry of Finance")."""
    prefix = fold(name) + " of "
    full = {b for b in bodies if fold(b).startswith(prefix)}
    return full.pop() if len(full) == 1 else name


def _short_for(short: list[str], full: list[str]) -> bool:
    """Whether the words `short` name the person `full` for short: the first or the last name, or
    any run of the words after the first name of a longer name (double surnames)."""
    if len(short) >= len(full):
        return False
    if len(short) == 1 and short[0] in (full[0], full[-1]):
        return True
    return len(full) >= 3 and any(full[i:i + len(short)] == short for i in range(1, len(full) - len(short) + 1))


def _role_text(tokens: list[Token], gaz: Gazetteer) -> str:
    """'Ukrainian President' -> 'President of Ukraine'; 'regional governor' stays."""
    words, country = [], None
    for t in tokens:
        place = gaz.demonym_country(t.text) if t.is_title else None
        if place:
            country = place.name
        elif t.lower_ not in lexicon.HONORIFICS:
            words.append(t.text)
    if not words:
        return ""
    role = " ".join(words)
    return f"{role} of {country}" if country else role


def _appositive_role(span: SpacySpan, ent: Entity) -> None:
    """"Tim Cook, chief executive of Apple," -> role "chief executive of Apple"."""
    for child in span.root.children:
        if child.dep_ == "appos" and child.lemma_.lower() in lexicon.TITLE_HEADS:
            toks = [t for t in child.subtree if t.dep_ != "det" and not t.is_punct]
            if toks and len(toks) <= 8:
                role = span.doc[toks[0].i:toks[-1].i + 1].text
                if role not in ent.roles:
                    ent.roles.append(role)


# ------------------------------------------------------------------ references

# Reference heads whose plural still names one body: "the forces" are the army named before.
_PLURAL_BODY_WORDS = frozenset({"force"})


def _resolve_references(doc: Doc, index: EntityIndex) -> None:
    """Link "the ministry", "the company", "the governor" to the named actor they refer back to."""
    for chunk in parsed(doc).noun_chunks:
        head = chunk.root
        det = chunk[0]
        lemma = head.lemma_.lower()
        if det.lower_ not in ("the", "this", "that") or lemma not in lexicon.REFERENCE_HEADS:
            continue
        # "the Norwegian company", "the German carmaker": the people's adjective says where the company
        # is from, and the phrase still refers back to a company
        company = lemma in lexicon.BUSINESS_KIND_NOUNS or lemma in _COMPANY_NOUNS
        national = {t.i for t in chunk if t.dep_ == "amod" and t.i in index.by_token and t.head.i == head.i
                    and index.entities[index.by_token[t.i]].kind == "GeopoliticalEntity"} if company else set()
        # "the Munich-based group", "the Florida-based airline": so does the place it is based in,
        # hyphened to the participle
        national |= {t.i for t in chunk if _place_it_is_based_in(t, head, index)} if company else set()
        if any(t.i in index.by_token and t.i not in national for t in chunk) or len(chunk) > 4 + bool(national):
            continue
        # A capitalised title may stand for its holder ("the Queen"); other proper nouns are names.
        if any(t.pos_ in ("PROPN", "NUM") and t.i not in national
               and not (t.i == head.i and lemma in lexicon.TITLE_HEADS) for t in chunk) \
                or any(c.dep_ in ("prep", "appos") for c in head.children):
            continue  # "the ministry of X", "the capital, Kyiv": the phrase names its referent itself
        kinds = lexicon.REFERENCE_HEADS[lemma]
        if head.tag_ in ("NNS", "NNPS") and lemma not in _PLURAL_BODY_WORDS:
            # "the ministers", "the unions" are several, none of them the one minister or union named before
            continue
        nations = frozenset(index.by_token[i] for i in national
                            if index.entities[index.by_token[i]].kind == "GeopoliticalEntity")
        key = _antecedent(index, chunk.start, lemma, kinds, doc, nations)
        if key is None:
            continue
        ent = index.entities[key]
        ent.mentions.append(Span(chunk.start_char, chunk.end_char, chunk.text, "reference"))
        for i in range(chunk.start, chunk.end):
            if i not in national:
                index.by_token[i] = key
        index.order.append((chunk.start, key))


# Nouns for kinds of company besides those of lexicon.BUSINESS_KIND_NOUNS: "the Florida-based airline".
_COMPANY_NOUNS = frozenset("airline carrier retailer insurer lender bank broadcaster maker giant conglomerate".split())


def _place_it_is_based_in(tok: Token, noun: Token, index: EntityIndex) -> bool:
    """Whether `tok` is a named place hyphened to a participle of being based that describes `noun`:
    "Munich" of "the Munich-based group", "Paris" of "the Paris-headquartered firm"."""
    verb = tok.head
    return tok.i in index.by_token and verb.head.i == noun.i and verb.lower_ in _OF_BEING_BASED \
        and verb.i == tok.i + 2 and tok.doc[tok.i + 1].text == "-" \
        and index.entities[index.by_token[tok.i]].kind in ("GeopoliticalEntity", "City", "Location")


_OF_BEING_BASED = frozenset({"based", "headquartered"})


def _lead_people_named_after(doc: Doc, index: EntityIndex) -> None:
    """A lead's "a federal judge", "a former police officer" is the person the next two sentences
    name with that title: "A federal judge on Tuesday sentenced ... | U.S. District Judge Ann Lee
    said ...". Wire leads tell who acted by title and name him below; only in the lead, only
    forward, and only a person with that title's last word among the roles given with the name."""
    p = parsed(doc)
    toks = tokens(doc)
    end = headline_end(p.text)
    first = next((t for t in toks if (end is None or t.idx > end) and not t.is_space), None)
    if first is None:
        return
    lead_start, lead_end = p.sent_bounds[first.i]
    while lead_end < len(doc) and not any(t.pos_ == "VERB" for t in toks[lead_start:lead_end]):
        lead_start, lead_end = p.sent_bounds[lead_end]  # "COLUMBUS, Ohio (Reuters) -": a dateline, then the lead
    for chunk in p.noun_chunks:
        if chunk.start < lead_start or chunk.end > lead_end:
            continue
        head = chunk.root
        lemma = head.lemma_.lower()
        if chunk[0].lower_ not in ("a", "an") or head.tag_ != "NN" or lemma not in lexicon.TITLE_HEADS \
                or any(t.i in index.by_token for t in chunk):
            continue
        stop = lead_end
        for _ in range(2):
            if stop < len(doc):
                stop = p.sent_bounds[stop][1]
        key = next((k for i, k in sorted(index.order) if lead_end <= i < stop
                    and index.entities[k].kind == "Person"
                    and any(r.lower().split()[-1:] == [lemma] for r in index.entities[k].roles)), None)
        if key is None:
            continue
        index.entities[key].mentions.append(Span(chunk.start_char, chunk.end_char, chunk.text, "reference"))
        for i in range(chunk.start, chunk.end):
            index.by_token[i] = key
        index.order.append((chunk.start, key))


# A state's own bodies, named by the state and the noun ("the Russian government", "US military"):
# news means the state acting through them.
_STATE_BODY_NOUNS = frozenset("government military army navy force".split())


def _states_bodies(doc: Doc, index: EntityIndex) -> None:
    """"The Russian government", "the United States federal government", "the Malaysian navy": a
    state's body named by the state's name or demonym and the body's noun is a mention of the state
    (the roles take the state for it, as for "Russian forces"), and the phrase is one of its names,
    so that it is found by it. Only where the state's words and adjectives of level ("federal",
    "national", "military") stand right before the noun, which heads its phrase."""
    for tok in tokens(doc):
        if tok.pos_ != "NOUN" or not tok.is_lower or tok.lemma_.lower() not in _STATE_BODY_NOUNS \
                or tok.i in index.by_token:
            continue
        start, key = tok.i, None
        if start > 1 and doc[start - 1].tag_ == "POS" and doc[start - 2].i in index.by_token:
            start -= 1  # "Iran's navy": the state's name, then its possessive
        while start > 0 and (doc[start - 1].lower_ in lexicon.LOCAL_MODIFIERS and key is None
                             or (k := index.by_token.get(start - 1)) is not None and key in (None, k)):
            if doc[start - 1].lower_ not in lexicon.LOCAL_MODIFIERS or start - 1 in index.by_token:
                key = index.by_token[start - 1]
            start -= 1
        while start < tok.i and start not in index.by_token:
            start += 1  # "national Iraqi army": the phrase begins with the state
        ent = index.entities.get(key) if key else None
        if ent is None or ent.kind != "GeopoliticalEntity" or ent.geonames_id is None or tok.dep_ == "compound":
            continue  # "Russian government officials" are people, not the government
        begin, end = char_bounds(doc, start, tok.i + 1)
        text = parsed(doc).text[begin:end]
        ent.mentions.append(Span(begin, end, text, "reference"))
        ent.aliases.add(text)
        index.state_bodies[tok.i] = ent.key


def _capitals_acting_for_their_state(doc: Doc, index: EntityIndex, gaz: Gazetteer) -> None:
    """A capital that does something to something ("Moscow expelled two diplomats", "Beijing imposed
    sanctions", "talks were cancelled by Belgrade") stands for its state's government: the words of its
    name there are a mention of the state. Only as the subject of an active verb with an object, or
    as the doer a passive names with "by"; a capital that speaks ("Moscow said ...") stays the speaker
    named, and what befalls a capital or what it records ("Kyiv suffered blackouts", "Delhi reported
    500 cases") is the city's own. A capital no gazetteer names as a town ("Washington", a state's
    name too) stands for its state the same way, the state named here if the text did not."""
    for key, ent in list(index.entities.items()):
        if ent.kind not in ("City", "GeopoliticalEntity"):
            continue
        country = gaz.capital_country(ent.name)
        if country is None:
            continue
        state_key = f"geo/{country.geonames_id}"
        if ent.kind == "City" and state_key != ent.country_key or ent.kind != "City" and ent.geonames_id is not None:
            continue
        for i in [i for i, k in index.by_token.items() if k == key]:
            tok = doc[i]
            verb = tok.head
            if tok.dep_ == "pobj" and verb.dep_ == "agent":  # "were cancelled by Belgrade"
                verb = verb.head
            elif tok.dep_ != "nsubj" or not any(c.dep_ in ("dobj", "xcomp") for c in verb.children):
                continue
            if verb.pos_ != "VERB" or verb.lemma_.lower() in _UNDERGOING_VERBS:
                continue
            state = index.entities.get(state_key)
            if state is None:
                state = index.entities[state_key] = Entity(state_key, country.name, "GeopoliticalEntity",
                                                           geonames_id=country.geonames_id, lat=country.lat,
                                                           long=country.long, confidence=0.9)
            run = [j for j in range(tok.left_edge.i, tok.i + 1) if index.by_token.get(j) == key]
            begin, end = char_bounds(doc, run[0], tok.i + 1)
            state.mentions.append(Span(begin, end, parsed(doc).text[begin:end], "reference"))
            for j in run:
                index.by_token[j] = state.key
            index.order[:] = [(j, state.key if j in run else k) for j, k in index.order]
        if ent.kind != "City" and key not in index.by_token.values() \
                and not any(key in keys for keys in index.shared.values()):
            del index.entities[key]  # "Washington" named only as its state: no second state beside it


def _the_capital_named_before(doc: Doc, index: EntityIndex, gaz: Gazetteer) -> None:
    """"The capital" is the one capital city the article named before it ("ACCRA, March 4 - ...
    supporters marched through the capital"); with none named, or several, it stays unresolved. So is
    "the Ghanaian capital" when that city is Ghana's: the state's word before it stays the state's."""
    p = parsed(doc)
    for i, low in enumerate(p.lowers):
        if low != "capital" or i in index.by_token or i < 2:
            continue
        # "the Ghanaian capital": the state the word before names, whose capital it must be
        state = index.by_token.get(i - 1) if p.lowers[i - 2] == "the" and p.tokens[i - 1].dep_ == "amod" else None
        if p.lowers[i - 1] != "the" and (state is None or index.entities[state].kind != "GeopoliticalEntity"):
            continue
        tok = p.tokens[i]
        if tok.pos_ != "NOUN" or tok.dep_ == "compound" or any(c.dep_ in ("prep", "appos") for c in tok.children):
            continue  # "the capital of Chad", "the capital, Accra", "capital markets": named there, or no city
        capitals = {k for j, k in index.order if j < i and index.entities[k].kind == "City"
                    and (country := gaz.capital_country(index.entities[k].name)) is not None
                    and (state is None or country.name == index.entities[state].name)}
        if len(capitals) != 1:
            continue
        key = capitals.pop()
        first = i if state else i - 1
        begin, end = char_bounds(doc, first, i + 1)
        index.entities[key].mentions.append(Span(begin, end, p.text[begin:end], "reference"))
        index.by_token[first] = index.by_token[i] = key
        index.order.append((first, key))


def _the_town_named_before(doc: Doc, index: EntityIndex) -> None:
    """"The city", "the town", "the village" is the town the article named before it: the only one
    it named, else the last one, where that was named in the same sentence or the one before ("the
    mayor of Tacloban said 12 died when an earthquake struck the city"). "The town of Maros" names its
    own; "the nearby town" is another, and is left as it is."""
    p = parsed(doc)
    for i, low in enumerate(p.lowers):
        if low not in _TOWN_NOUNS or i in index.by_token or i < 2 or p.lowers[i - 1] != "the":
            continue
        tok = p.tokens[i]
        if tok.pos_ != "NOUN" or tok.dep_ == "compound" or any(c.dep_ in ("prep", "appos", "relcl", "acl")
                                                                 for c in tok.children):
            continue  # "the town of Maros", "the city, Lyon", "the city where ...": told there
        towns = [(j, k) for j, k in index.order if j < i and index.entities[k].kind == "City"]
        if not towns:
            continue
        j, key = max(towns)
        if len({k for _, k in towns}) > 1 and p.sent_bounds[j][0] < _sentence_before(p, i):
            continue  # several towns named, the last of them sentences ago: which one, the text does not say
        begin, end = char_bounds(doc, i - 1, i + 1)
        index.entities[key].mentions.append(Span(begin, end, p.text[begin:end], "reference"))
        index.by_token[i - 1] = index.by_token[i] = key
        index.order.append((i - 1, key))


_TOWN_NOUNS = frozenset({"city", "town", "village"})


def _sentence_before(p, i: int) -> int:
    """The first token of the sentence before token `i`'s (of its own, in the first sentence)."""
    start = p.sent_bounds[i][0]
    return p.sent_bounds[start - 1][0] if start > 0 else start


# Verbs whose subject undergoes, meets or counts what they tell: a capital as their subject is the city.
_UNDERGOING_VERBS = frozenset("suffer experience see witness face receive host record register report endure "
                              "lose have get".split())


# Head words of the names of a state's missions abroad, which news names with their seat: "the
# United States Embassy in Baghdad", "the French Consulate in Erbil".
_MISSION_HEADS = frozenset({"embassy", "consulate", "consulate-general"})


def _missions_named_with_their_seat(doc: Doc, index: EntityIndex) -> None:
    """A state's embassy or consulate is named with the place it is in ("the United States Embassy in
    Baghdad", "... in Iraq"): "Embassy in PLACE" after its name is one of its names, so that it is
    found by it. The place stays a place of its own (what happens at the embassy happens there)."""
    for key, ent in index.entities.items():
        if ent.kind != "Organization" or ent.name.split()[-1].lower() not in _MISSION_HEADS:
            continue
        for mention in list(ent.mentions):
            end = next((t.i for t in tokens(doc) if t.idx + len(t.text) == mention.end), None)
            if end is None or end + 2 >= len(doc) or doc[end + 1].lower_ != "in":
                continue
            place = index.by_token.get(end + 2)
            if place is None or index.entities[place].kind not in _PLACE_KINDS:
                continue
            last = end + 2
            while last + 1 < len(doc) and index.by_token.get(last + 1) == place:
                last += 1  # "in Buenos Aires": every word of the place
            text = parsed(doc).text[mention.begin:doc[last].idx + len(doc[last].text)]
            if text != ent.name:
                ent.aliases.add(text)


def _police_of_the_article(index: EntityIndex) -> None:
    """Where an article names one police force ("the Irving Police Department"), "police" and
    "Police" in it stand for that force, before its name as after it: news calls a force by its
    name once and "police" elsewhere. Nothing changes where it names none, or several."""
    forces = [k for k, e in index.entities.items() if e.kind == "Organization" and _police_force(e.name)]
    if len(forces) != 1:
        return
    force = index.police = forces[0]
    for key in [k for k, e in index.entities.items() if e.kind in ("Organization", "Group") and k != force
                and e.name.lower() in ("police", "local police")]:
        ent = index.entities.pop(key)
        index.entities[force].mentions += [Span(m.begin, m.end, m.anchor, "reference") for m in ent.mentions]
        index.by_token.update({i: force for i, k in index.by_token.items() if k == key})
        index.order[:] = [(i, force if k == key else k) for i, k in index.order]


def _police_force(name: str) -> bool:
    """Whether a name names a police force: "Irving Police Department", "Police Scotland", "Royal
    Canadian Mounted Police", "Kent Constabulary"; not "police" alone, nor "local police" (no name)."""
    words = name.lower().split()
    return len(words) >= 2 and not name.islower() and ("Police" in name.split() or words[-1] in (
        "constabulary", "gendarmerie")) and ("police" in words[-2:] or words[0] == "police"
                                             or words[-1] in ("constabulary", "gendarmerie"))


# Prepositions whose object is a state acted on or dealt with, not the one acting: "measures against
# Israel", "sanctions on Iran", "talks with Qatar".
_ACTED_ON_PREPS = frozenset("against on with to toward towards from at".split())


def _antecedent(index: EntityIndex, before: int, lemma: str, kinds: tuple[str, ...], doc: Doc,
                nations: frozenset[str] = frozenset()) -> str | None:
    """The named actor of one of `kinds` a reference before token `before` stands for: the last one
    named, of a name or role with the reference's noun in it; for "the government", the last state
    named that is not only acted on ("failed to win support for measures against Israel, the
    government said" is the government of the minister's state). A company described by its people's
    adjective (`nations`: "the British company") is none described as of another people ("Vodafone
    agreed to buy Danish operator TDC, the British company said": Vodafone, not TDC)."""
    if lemma in lexicon.BUSINESS_KIND_NOUNS and (told := _company_told_of_by_itself(doc, before, index, nations)):
        return told
    if lemma in lexicon.GENERIC_BODY_NOUNS and _speaks(doc[before]):
        # "..., the National Transportation Safety Board said. The single-engine Cessna went down ...
        # The agency said ...": a body that speaks again is the body that spoke before, not a name
        # told between (a maker, a product)
        spoke = next((key for i, key in reversed(sorted(index.order)) if i < before
                      and index.entities[key].kind in kinds and _speaks(doc[i])), None)
        if spoke is not None:
            return spoke
    for i, key in reversed(sorted(index.order)):
        if i >= before:
            continue
        ent = index.entities[key]
        if ent.kind not in kinds:
            continue
        if lemma == "government" and doc[i].dep_ == "pobj" and doc[i].head.lower_ in _ACTED_ON_PREPS:
            continue
        if _named_as_a_source(doc, i, key, index):
            continue  # "Marek told AFP. The group claimed responsibility": a source is no group acting
        if lemma in lexicon.BUSINESS_KIND_NOUNS and (ent.name.split()[-1].lower() in _PUBLIC_BODY_HEADS
                                                     or _described_as_no_business(doc[i]) or _union_name(ent.name)):
            continue  # "... by the Competition Authority. The company remains under investigation": no authority
        if nations and lemma in lexicon.BUSINESS_KIND_NOUNS and (told := _nations_told_of(doc[i], index)) \
                and not told & nations:
            continue
        names = {w.rstrip(",") for w in " ".join([ent.name, *ent.roles]).lower().split()}
        generic = lemma in lexicon.GENERIC_BODY_NOUNS and not key.startswith("nominal/")
        # "Kestrel Airlines ... the airline", "Pelican Air ... the carrier": the name says its kind
        named = lemma in names or f"{lemma}s" in names or _airline_name(ent.name) and lemma in _AIRLINE_NOUNS
        if named or kinds == ("GeopoliticalEntity",) or lemma in lexicon.BUSINESS_KIND_NOUNS or generic:
            if kinds == ("GeopoliticalEntity",) and ent.geonames_id is None:
                continue
            if lemma in lexicon.BUSINESS_KIND_NOUNS:
                return _subject_company(doc, index, before, i, key) or key
            if generic and (not named or _in_clause_of_another(doc, i, index)):
                # "NASA, which runs it with the European Space Agency, said ... The agency plans ...":
                # the body the sentence before was about, not one named in a clause describing it
                return _subject_company(doc, index, before, i, key, any_body=True) or key
            return key
    return None


def _subject_word(doc: Doc, before: int) -> Token:
    """The word of the phrase starting at `before` that a verb takes as its subject ("the company" of
    "the company said" -> "company"), or the last word climbed to when the phrase is no subject."""
    ref = doc[before]
    while ref.head.i != ref.i and ref.dep_ not in ("nsubj", "nsubjpass") and ref.head.i < before + 4:
        ref = ref.head
    return ref


def _company_told_of_by_itself(doc: Doc, before: int, index: EntityIndex, nations: frozenset[str]) -> str | None:
    """The company that is the subject of what a company reference says, told before it in its sentence:
    "Kessler Motors has agreed to buy Nordvik, the company said" (Kessler Motors, not the last company
    named). None unless the reference at `before` is the subject of a verb of saying after the clause."""
    ref = _subject_word(doc, before)
    verb = ref.head
    if ref.dep_ != "nsubj" or verb.lemma_.lower() not in lexicon.CUE_VERBS:
        return None
    for clause in (c for c in verb.children if c.dep_ == "ccomp" and c.i < ref.i):
        for subject in (c for c in clause.children if c.dep_ in ("nsubj", "nsubjpass")):
            key = index.by_token.get(subject.i)
            if key and index.entities[key].kind == "Organization" \
                    and not (nations and (told := _nations_told_of(subject, index)) and not told & nations):
                return key
    return None


def _nations_told_of(name: Token, index: EntityIndex) -> frozenset[str]:
    """The states whose people's adjective describes the name at `name` ("Danish" of "Danish telecom
    operator TDC", "the Danish firm TDC"): adjectives in the words its head word governs."""
    head = name
    while head.dep_ in ("compound", "flat") and head.head.i != head.i:
        head = head.head
    return frozenset(index.by_token[t.i] for t in head.subtree if t.dep_ == "amod" and t.i in index.by_token
                     and index.entities[index.by_token[t.i]].kind == "GeopoliticalEntity")


def _speaks(tok: Token) -> bool:
    """Whether the phrase with `tok` in it is the subject of a verb of saying ("the agency said", "NASA
    announced")."""
    while tok.dep_ in ("compound", "amod", "det", "poss") and tok.head.i != tok.i:
        tok = tok.head
    return tok.dep_ == "nsubj" and tok.head.lemma_.lower() in lexicon.CUE_VERBS


def _in_clause_of_another(doc: Doc, i: int, index: EntityIndex) -> bool:
    """Whether the name at token `i` stands in a relative clause or an apposition that describes another
    named actor ("NASA, which operates the telescope with the European Space Agency, said"): it is
    named there only to say what that one is or does."""
    node = doc[i]
    while node.head.i != node.i:
        if node.dep_ in ("relcl", "appos") and index.by_token.get(node.head.i) not in (None, index.by_token.get(i)):
            return True
        node = node.head
    return False


def _subject_company(doc: Doc, index: EntityIndex, before: int, i: int, key: str, any_body: bool = False) -> str | None:
    """"Brightline agreed to buy Tessaro Oil. The company said ...": a company reference that is its
    sentence's subject stands for the company the sentence before had as its subject, when that
    sentence named two companies; the one named last there is only what the subject acted on. None
    when the sentences are not so. With `any_body`, for a noun any body is called by ("the agency"),
    the bodies may be public ones."""
    ref = _subject_word(doc, before)
    start, end = parsed(doc).sent_bounds[i]
    if ref.dep_ not in ("nsubj", "nsubjpass") or parsed(doc).sent_bounds[before][0] != end:
        return None
    root = doc[start:end].root
    # a union or public body the sentence before had speak is no company ("..., the Unite union said")
    subjects = [index.by_token.get(c.i) for c in root.children if c.dep_ in ("nsubj", "nsubjpass")
                and (any_body or not _described_as_no_business(c) and c.lemma_.lower() not in _PUBLIC_BODY_HEADS)]
    found = next((k for k in subjects if k and k != key and index.entities[k].kind == "Organization"
                  and (any_body or index.entities[k].name.split()[-1].lower() not in _PUBLIC_BODY_HEADS)), None)
    last = doc[i]
    while last.head.i != last.i and index.by_token.get(last.head.i) == key:
        last = last.head  # the word of the name the rest of the sentence hangs from
    return found if found and last.dep_ not in ("nsubj", "nsubjpass", "conj") else None


def _described_as_no_business(name: Token) -> bool:
    """Whether a name is told with a noun saying it is a union or a public body: "the IG Metall union
    said", "the Veda agency" ("the company said" after it refers to no union)."""
    head = name
    while head.dep_ == "compound" and head.head.i != head.i:
        head = head.head
    return head is not name and head.pos_ == "NOUN" and head.lemma_.lower() in _NO_BUSINESS_HEADS


def _union_name(name: str) -> bool:
    """Whether a name says it is a union's or a federation's past its first word: "the National Union of
    Mineworkers", "the Transport Workers Union" (not "Union Pacific", nor a "Credit Union", a lender)."""
    words = name.lower().split()
    return any(w in _NO_BUSINESS_NAME_WORDS for w in words[1:]) and "credit" not in words


_NO_BUSINESS_NAME_WORDS = frozenset({"union", "unions", "federation", "confederation"})


# What news calls an airline after naming it.
_AIRLINE_NOUNS = frozenset({"airline", "carrier"})


def _airline_name(name: str) -> bool:
    """Whether a company's name says it is an airline: "Kestrel Airlines", "Pelican Air", "Air Ostland",
    "Nordic Airways" (not "the Ostland Air Force")."""
    words = name.lower().split()
    return words[-1] in ("air", "airways", "airlines") or words[0] == "air" and "force" not in words


# Head words of the names of public bodies, which "the company", "the firm" or "the group" never
# refers back to: "the Ostland Competition Authority", "the army", "the Interior Ministry".
_PUBLIC_BODY_HEADS = lexicon.ACTOR_BODY_NOUNS | frozenset("authority department office bureau service".split())


# Nouns that tell a name is a union's or a public body's, of no company: "the IG Metall union".
_NO_BUSINESS_HEADS = _PUBLIC_BODY_HEADS | frozenset({"union", "federation", "confederation"})


def _named_as_a_source(doc: Doc, i: int, key: str, index: EntityIndex) -> bool:
    """Whether the name `key` at token `i` is named only as the source of a report: whom it was told to
    ("told AFP", "said in an interview with the BBC", "speaking to Reuters") or whose report it is
    ("according to Reuters"), or the agency a dateline names ("HOUSTON (Reuters) -"). A source is no
    participant, and no "the group" or "the company" refers to it."""
    tok = doc[i]
    if index.entities[key].kind == "Organization" and any(
            m.start() <= tok.idx < m.end() for m in _datelines(parsed(doc).text)):
        return True
    while tok.head.i != tok.i and index.by_token.get(tok.head.i) == key:
        tok = tok.head  # the word of the name the rest of the sentence hangs from
    head = tok.head
    if tok.dep_ in ("dobj", "dative") and head.lemma_.lower() == "tell":
        return True
    if tok.dep_ != "pobj":
        return False
    if head.lower_ == "to":
        return head.head.lower_ == "according" or head.head.lemma_.lower() in ("speak", "talk")
    return head.lower_ == "with" and head.head.lemma_.lower() == "interview"


def _pairs_named_together(doc: Doc, index: EntityIndex) -> list[tuple[int, tuple[str, str]]]:
    """Two states named together ("Russia and Ukraine"), for "both nations" and "each side", and two
    organisations, for "the two companies" ("Acme and Brill Corp agreed to merge")."""
    pairs = []
    toks = tokens(doc)
    for i, key in sorted(index.by_token.items()):
        kind = index.entities[key].kind
        if kind not in ("GeopoliticalEntity", "Organization"):
            continue
        tok = toks[i]
        for conj in tok.conjuncts:
            other = index.at(conj)
            if other and other != key and index.entities[other].kind == kind and conj.i > tok.i:
                pairs.append((tok.i, (key, other)))
    return pairs
