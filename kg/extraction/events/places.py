"""Where an event happened: its clause, its sentence, what was struck, its doer's own country, or
where the story is set."""

from __future__ import annotations

from spacy.tokens import Doc, Token

from kg.extraction import lexicon
from kg.extraction.entities import EntityIndex
from kg.extraction.events.mention import Mention, Reading
from kg.extraction.events.phrases import (PLACE_KINDS, PLACE_PART_NOUNS, act_it_closed, actors, bound_for,
                                          clauses_of_their_own, cross_border, governing_verbs, in_locative, in_topic_of_talks, lead_paragraph,
                                          locative, related_to_another, situates_other, where_said)
from kg.extraction.events.phrases import PEOPLE_PRONOUNS, opening_participles, told_of_another_noun
from kg.extraction.gazetteer import gazetteer
from kg.extraction.geography import size_rank
from kg.extraction.parsed import headline_end, parsed, sentence, words_with
from kg.reader import DATELINE_OPENING
from kg.records import Entity, Event, places_around
from kg.taxonomy import event_type

# A sanction is the exception among diplomatic acts: a state's ban takes effect in that state.
_AT_HOME = frozenset({"Sanction"})


# Kinds of place coarser than a named site: a town or a state holds the building that burned in it.
_AREA_KINDS = frozenset({"City", "GeopoliticalEntity"})

# Dependencies that lead from a market verb to the phrases of its own clause: its subject ("shares on
# the Irish Stock Exchange fell"), its objects and prepositional phrases ("to $8 on the Paris Bourse").
_TRADING_DEPS = frozenset({"nsubj", "nsubjpass", "dobj", "prep", "pobj", "npadvmod"})


def place_of_the_trading(r: Reading, m: Mention) -> None:
    """A move, listing or halt of shares told "on" a named exchange happens there: "Brantor shares
    fell 2% on the Irish Stock Exchange", "shares on the Paris Bourse rose", "closed at $8 on the New
    York Stock Exchange" -> the exchange, a place more specific than the town it is in."""
    if "EconomicEvent" not in m.type.ancestors or (
            m.place is not None and r.index.entities[m.place].kind not in _AREA_KINDS):
        return
    p = parsed(m.token.doc)
    start, end = p.sent_bounds[m.token.i]
    if not any(lemma in lexicon.MARKETPLACE_HEADS for lemma in p.lemmas[start:end]):
        return  # no exchange named in the sentence: its clause need not be walked
    verb = m.token if m.token.pos_ in ("VERB", "AUX") else next(iter(governing_verbs(m.token)), None)
    if verb is None:
        return
    frontier = [verb]
    for _ in range(4):  # fell -> to -> $8 -> on -> the exchange: four steps down the clause
        nxt = [c for t in frontier for c in t.children if c.dep_ in _TRADING_DEPS]
        for c in nxt:
            if c.dep_ == "pobj" and c.head.lower_ == "on" and c.lemma_.lower() in lexicon.MARKETPLACE_HEADS \
                    and c.is_title and (key := r.index.by_token.get(c.i)) is not None:
                m.place = key
                return
        frontier = nxt


def place_of_the_stricken_site(r: Reading, m: Mention) -> None:
    """A disaster told by a verb (or its object) whose subject is a named site happens at that site:
    "the Hotel Arpit Palace in Karol Bagh caught fire" -> the hotel, "the Sunshine Tower collapsed in
    Miami" -> the tower, "Mount Merapi erupted" -> the mountain. The site is more specific than the
    town or state a phrase of the clause names, and takes its place."""
    tok, index = m.token, r.index
    if tok.pos_ != "VERB" and tok.dep_ == "dobj" and tok.head.pos_ == "VERB":
        tok = tok.head  # "caught fire", "suffered an explosion": the verb the event noun completes
    if tok.pos_ != "VERB" or "Disaster" not in m.type.ancestors or (
            m.place is not None and index.entities[m.place].kind not in _AREA_KINDS):
        return
    for subj in tok.children:
        key = index.by_token.get(subj.i) if subj.dep_ in ("nsubj", "nsubjpass") else None
        if key is not None and index.entities[key].kind == "Location":
            m.place = key
            return


def place_of_the_town_that_acts(r: Reading, m: Mention) -> None:
    """An act told by a verb whose subject is a town ("the Brazilian city of Sao Jose dos Campos declared
    an emergency", "Shanghai imposed a lockdown"), with no place in its clause, is done by the town's
    government at home: it happens in that town."""
    tok = m.token
    if m.place is not None or tok.pos_ != "VERB":
        return
    subj = next((c for c in tok.children if c.dep_ == "nsubj"), None)
    if subj is None:
        return
    key = r.index.at(subj) or (r.index.in_subtree(subj) or [None])[0]
    if key is not None and r.index.entities[key].kind == "City":
        m.place = key


def place_in_clause(r: Reading, m: Mention) -> None:
    """A trigger with no place of its own happens at a place named in an in/at/near phrase of the
    clause it belongs to ("held talks in Geneva", "died on Monday in a crash near Calabasas" ->
    Calabasas for "crash" through "died"), or of the clause's object ("struck a plant at Abqaiq",
    "shelled a school in Kharkiv"), else at the place a "where" clause it stands in is about
    ("victories in Iowa, where he won 39 delegates"). A noun's own in/at/near phrase, or its of- or
    by-object's, comes first ("the arrest of a journalist in Tehran", "a strike by dockworkers in
    Antwerp"); a verb with none happens where the event it happened during or amid did ("clashes
    broke out during a march by farmers in Lyon"). What is felt somewhere ("tremors were felt in
    Lima") is not there: the place is where the shaking reached."""
    if m.place is not None or felt_far_off(m.token):
        return
    verbs = governing_verbs(m.token)
    for verb in [m.token, *verbs]:
        if verb.dep_ == "relcl" and any(c.lower_ == "where" and c.i < verb.i for c in verb.children):
            keys = [k for k in actors(verb.head, r.index, places=True) if r.index.entities[k].kind in PLACE_KINDS]
            if keys:
                m.place = keys[0]
                return
    # a noun trigger's own phrase first, or its of-object's: "summoned the ambassador in London over
    # the arrest of a dual national in Tehran" (the arrest was in Tehran)
    if m.token.pos_ == "NOUN" and (keys := _places_of_noun(m.token, r.index)):
        m.place = innermost(keys, r.index.entities)
        return
    # a verb trigger's own site first: "a tunnel collapsed at a copper mine in northern Chile"
    own = [m.token] if m.token.pos_ == "VERB" else []
    for verb in own + verbs:
        # the verb's own locatives, then those of its object: "struck a plant at Abqaiq"
        heads = [verb, *(c for c in verb.children if c.dep_ in ("dobj", "nsubjpass") and c.i != m.token.i)]
        for head in heads:
            # all its locatives: "took place in Iraq, at Varna Airport" names the airport inside Iraq
            keys = [k for c in head.children if c.dep_ == "prep" for p in c.children
                    if p.dep_ == "pobj" and locative(c, p) for k in _places_of_site(p, r.index)]
            if keys:
                m.place = innermost(keys, r.index.entities)
                return
    for verb in own + verbs:
        # "clashes broke out during a march by farmers in Lyon": where the march was
        keys = [k for c in verb.children if c.dep_ == "prep" and c.lower_ in _DURING for p in c.children
                if p.dep_ == "pobj" and p.pos_ == "NOUN" for k in _places_of_noun(p, r.index)]
        if keys:
            m.place = innermost(keys, r.index.entities)
            return


_DURING = frozenset({"during", "amid"})


def felt_far_off(trigger: Token) -> bool:
    """Whether the event word is told as felt ("tremors were felt in Lima", "the quake was felt as far
    away as Quito"): the places of its clause are where it reached, not where it happened."""
    return trigger.dep_ == "nsubjpass" and trigger.head.lemma_ == "feel"


def _places_of_noun(noun: Token, index: EntityIndex) -> list[str]:
    """The places the in/at/near phrase of an event noun names, or that of its of- or by-object, where
    the parser hangs the phrase on the object: "the arrest of a journalist in Tehran", "a strike by
    dockworkers in the port city of Antwerp"; or that of the participle that tells it: "the lawsuit,
    filed in federal court in Boston"."""
    holders = [noun, *(p for c in noun.children if c.dep_ in ("prep", "agent") and c.lower_ in ("of", "by")
                       for p in c.children if p.dep_ == "pobj")]
    holders += [c for c in noun.children if c.dep_ == "acl" and c.tag_ == "VBN"]
    return [k for h in holders for c in h.children if c.dep_ == "prep" and c.lower_ in ("in", "at", "near")
            for p in c.children if p.dep_ == "pobj" and locative(c, p) for k in _places_of_site(p, index)]


def place_fired_into(r: Reading, m: Mention) -> None:
    """An attack with no place told by a verb with an "into" phrase naming a place happens where the
    fire went: "fired dozens of rockets into northern Zembla", "launched drones into the Kursk region"
    -> the place named, not where the fire came from. Only attacks: "fled into Chad" is no act in Chad."""
    if m.place is not None or "ConflictEvent" not in m.type.ancestors:
        return
    tok = m.token
    for verb in [tok] if tok.pos_ == "VERB" else governing_verbs(tok, limit=1):
        for c in verb.children:
            if c.dep_ != "prep" or c.lower_ != "into":
                continue
            keys = [k for p in c.children if p.dep_ == "pobj" for k in _places_of_site(p, r.index)]
            if keys:
                m.place = innermost(keys, r.index.entities)
                return


# Nouns of a kind of place that its name precedes: "Kaduna state", "Ituri province".
_PLACE_KIND_NOUNS = lexicon.AREA_NOUNS | lexicon.SETTLEMENT_NOUNS


def _places_of_site(tok: Token, index: EntityIndex, depth: int = 2) -> list[str]:
    """The places a phrase names: its own name ("at Abqaiq"), else, for a site named by a common
    noun, the place its own in/at/near phrase puts it at ("at a copper mine in northern Chile",
    "from a school in Nigeria's Kaduna state")."""
    keys = [k for k in actors(tok, index, places=True) if index.entities[k].kind in PLACE_KINDS]
    if keys or depth == 0 or tok.pos_ != "NOUN":
        return keys
    # a kind of place with its name before it: "in Nigeria's northern Kaduna state"
    keys = [k for c in tok.children if c.dep_ in ("compound", "poss") and tok.lemma_.lower() in _PLACE_KIND_NOUNS
            for k in [index.by_token.get(c.i)] if k and index.entities[k].kind in PLACE_KINDS]
    if keys:
        return keys
    # a part of a place is in that place: "off the coast of Libya", "on the outskirts of Goma"
    within = ("in", "at", "near", "outside", "of") if tok.lemma_.lower() in PLACE_PART_NOUNS else (
        "in", "at", "near", "outside")
    return [k for c in tok.children if c.dep_ == "prep" and c.lower_ in within
            for p in c.children if p.dep_ == "pobj" for k in _places_of_site(p, index, depth - 1)]


def _inner_places(keys, entities: dict[str, Entity]) -> list[str]:
    """Of places named together, those that contain none of the others ("at Freedom Plaza in
    Washington, DC" -> Freedom Plaza): a place holding another named with it adds nothing."""
    return [k for k in keys if not any(k in places_around(o, entities) for o in keys if o != k)]


def innermost(keys: list[str], entities: dict[str, Entity]) -> str:
    """Of places named in one phrase or clause, the one the others contain ("a school in Nigeria's
    Kaduna state" -> Kaduna), else the smallest ("took place in Iraq, at Varna Airport" -> the
    airport), the first of equal size."""
    inner = _inner_places(keys, entities) or keys
    gaz = gazetteer()
    return min(inner, key=lambda k: size_rank(entities[k], gaz))


# Verbs and nouns of taking someone or something out of a place: the act happens where it was taken from.
_TAKING_OUT = frozenset({"recover", "recovery", "retrieve", "retrieval", "rescue", "salvage", "evacuate",
                         "evacuation", "airlift", "exhume", "winch", "abduct", "abduction", "kidnap",
                         "kidnapping", "snatch", "steal", "theft", "extradite", "extradition", "deport",
                         "deportation", "expel", "expulsion", "seize", "grab"})


def place_taken_from(r: Reading, m: Mention) -> None:
    """A recovery, rescue, evacuation or abduction with no place happens at the place what it moved
    was taken from: "the recorder was recovered from the Banda Sea" -> Banda Sea, "troops evacuated
    300 tourists from Kavala" -> Kavala, "abducted 40 students from a school in Kaduna state" -> Kaduna,
    "was extradited from the United States" -> the United States."""
    if m.place is not None or m.token.lemma_.lower() not in _TAKING_OUT:
        return
    # the parser may hang the "from" phrase on what was taken: "abducted [40 students from a school]"
    taken = [c for c in m.token.children if c.dep_ in ("dobj", "nsubjpass")]
    for c in [x for h in (m.token, *taken) for x in h.children]:
        # "the workers, from France and Canada, were abducted": set off by commas, it tells where
        # they come from, not where they were taken from
        if c.dep_ == "prep" and c.lower_ == "from" and not (c.head.i != m.token.i and c.i > 0
                                                             and c.doc[c.i - 1].text == ","):
            for p in c.children:
                keys = _places_of_site(p, r.index)
                if p.dep_ == "pobj" and keys:
                    m.place = innermost(keys, r.index.entities)
                    return


def place_forces_were_sent_to(r: Reading, m: Mention) -> None:
    """Forces deployed or sent with no place of their own are where they were sent: "Kenya deployed
    400 police officers to Haiti" -> Haiti, "sent troops to the border region of Kursk" -> Kursk."""
    if m.place is not None or m.type.name != "ShowOfForce" or m.token.pos_ != "VERB":
        return
    keys = [k for c in m.token.children if c.dep_ == "prep" and c.lower_ in ("to", "into")
            for p in c.children if p.dep_ == "pobj" for k in _places_of_site(p, r.index)]
    if keys:
        m.place = innermost(keys, r.index.entities)


def place_of_owner(r: Reading, m: Mention) -> None:
    """A trigger with no place of its own happens in the place that owns what it acts on ("secured
    all 25 of Nevada's delegates", "struck Ukraine's power grid"), or, for an election, the place
    that owns the election ("won Ohio's primary"), or the state whose office one took or left ("was
    sworn in as Ohio's governor"), or, for an election won, the state that owns the winner ("Portugal's
    Socialist Party won"): a state's own name before an attack is its doer, not its place ("Russia's
    attack")."""
    if m.place is not None:
        return
    tok, index = m.token, r.index
    owned = [c for c in tok.children if c.dep_ in ("dobj", "nsubjpass")] if tok.pos_ == "VERB" else []
    if tok.pos_ == "NOUN" and ("Election" == m.type.name or "Election" in m.type.ancestors):
        owned.append(tok)
    if tok.pos_ == "VERB" and not cross_border(m.type):
        # "was sworn in as Puerto Rico's governor", "resigned as mayor of Lyon": the state of the office
        office = [_office_holder(p, index) for c in tok.children if c.dep_ == "prep" and c.lower_ == "as"
                  for p in c.children if p.dep_ == "pobj" and p.lower_ in lexicon.TITLE_HEADS]
        if len(set(office)) == 1 and office[0] is not None:
            m.place = office[0]
            return
    for thing in owned:
        if thing.lemma_.lower() in PLACE_PART_NOUNS and thing.pos_ == "NOUN":
            # "the storm hit the coast of Florida", "shelled the outskirts of Kharkiv": a part of a place
            # struck or reached is in that place
            keys = _places_of_site(thing, index)
            if keys:
                m.place = innermost(keys, index.entities)
                return
        # "all 25 of Nevada's delegates": the owned thing is the of-phrase of a number
        heads = [thing] + [p for c in thing.children if c.dep_ == "prep" and c.lower_ == "of"
                           for p in c.children if p.dep_ == "pobj"]
        for head in heads:
            for c in head.children:
                key = index.by_token.get(c.i) if c.dep_ == "poss" else None
                if key is not None and index.entities[key].kind in PLACE_KINDS:
                    m.place = key
                    return
    if tok.pos_ == "VERB" and ("Election" == m.type.name or "Election" in m.type.ancestors):
        # "Portugal's Socialist Party won the election": the state that owns the winner holds the vote
        owners = {index.by_token.get(p.i) for c in tok.children if c.dep_ == "nsubj"
                  for p in c.children if p.dep_ == "poss"} - {None}
        places = [k for k in owners if index.entities[k].kind in PLACE_KINDS]
        if len(places) == 1:
            m.place = places[0]


def _office_holder(title: Token, index: EntityIndex) -> str | None:
    """The one state or region whose office a title word names: "Ohio's governor", "the Ohio governor",
    "governor of Ohio" -> Ohio."""
    holders = [c for c in title.children if c.dep_ in ("compound", "poss")]
    holders += [p for c in title.children if c.dep_ == "prep" and c.lower_ == "of"
                for p in c.children if p.dep_ == "pobj"]
    found = {k for h in holders if (k := index.by_token.get(h.i)) is not None
             and index.entities[k].kind == "GeopoliticalEntity"}
    return found.pop() if len(found) == 1 else None


def place_in_sentence(r: Reading, m: Mention) -> None:
    """A trigger still with no place happens at the one place its sentence locates anything at
    ("died at home in Paris"): a sentence that names a single where names it for what it tells; with
    two or more, or behind "after", "following" ..., none is taken; nor one where it was felt."""
    if m.place is not None or felt_far_off(m.token):
        return
    tok, index = m.token, r.index
    start, end = parsed(tok.doc).sent_bounds[tok.i]
    root = tok.doc[start:end].root
    if situates_other(tok, root) or related_to_another(tok):
        return
    # "Born in Hamburg, Roe won the award": the place of the opening participle is the birth's; "as
    # Hurricane Ivan strengthened in the Gulf": a clause with a subject of its own tells its own act's
    elsewhere = opening_participles(root) if tok.i not in opening_participles(root) else set()
    elsewhere |= clauses_of_their_own(tok.doc[start:end], tok, m.type)
    # "a storm lashed Luzon ..., officials in Manila said": a disaster, or an attack that struck a
    # place, happened where it struck, not where those who tell of it sit (officials in a capital)
    struck = "Disaster" in m.type.ancestors or "ConflictEvent" in m.type.ancestors and any(
        index.entities[t].kind in PLACE_KINDS for t in m.targets)
    found = {index.by_token[i] for i in range(start, end) if i in index.by_token and i not in elsewhere
             and index.entities[index.by_token[i]].kind in PLACE_KINDS and in_locative(tok.doc[i])
             and not (cross_border(m.type) and where_said(tok.doc[i], tok)) and not in_topic_of_talks(tok.doc[i])
             # "approved a vaccine, which could save lives in Africa": where a clause on another noun is
             and not told_of_another_noun(tok.doc[i], tok)
             and not (struck and _of_the_teller(tok.doc[i], tok)) and not bound_for(tok.doc[i], tok)}
    # "at Freedom Plaza in Washington, DC": places that contain another named with them add nothing
    found = _inner_places(found, index.entities)
    if len(found) != 1:
        return
    key = found.pop()
    # a place in a phrase behind "following", "after" ... is where that other thing happened
    if not all(situates_other(tok.doc[i], root) for i in range(start, end) if index.by_token.get(i) == key):
        m.place = key


def _of_the_teller(place: Token, trigger: Token) -> bool:
    """Whether `place` says where those who tell the news are: in the phrase of the subject of a verb of
    saying other than the trigger ("officials in Manila said")."""
    if place.dep_ != "pobj" or place.head.lower_ not in ("in", "at"):
        return False
    teller = place.head.head
    return teller.dep_ == "nsubj" and teller.head.i != trigger.i and teller.head.lemma_.lower() in lexicon.CUE_VERBS


def place_of_home(r: Reading, m: Mention) -> None:
    """A trigger still with no place that happens at a person's own premises ("was arrested at his
    school", "died at her home") happens in the town its sentence says a person of the event is
    from: "Omar Reyes, a boy from Dunmore, Ohio, was arrested at his school" -> Dunmore."""
    if m.place is not None or not _at_own_premises(m.token):
        return
    index, doc = r.index, m.token.doc
    people = {k for k in (*m.agents, *m.participants, *m.targets) if index.entities[k].kind == "Person"}
    start, end = parsed(doc).sent_bounds[m.token.i]
    found: set[str] = set()
    for i in range(start, end):
        if index.by_token.get(i) not in people:
            continue
        person = doc[i]
        for holder in (person, *(c for c in person.children if c.dep_ == "appos")):
            for prep in holder.children:
                if prep.dep_ == "prep" and prep.lower_ in ("from", "of"):
                    found.update(k for p in prep.children if p.dep_ == "pobj"
                                 for k in actors(p, index, places=True) if index.entities[k].kind in PLACE_KINDS)
    # "from Dunmore, Ohio": the state that holds the town adds nothing
    found = _inner_places(found, index.entities)
    if len(found) == 1:
        m.place = found.pop()


def _at_own_premises(tok: Token) -> bool:
    """Whether the clause of `tok` locates it at premises someone owns: "at his school", "in her home"."""
    for verb in (tok, *governing_verbs(tok)):
        for c in verb.children:
            if c.dep_ == "prep" and c.lower_ in ("at", "in", "inside", "outside"):
                if any(p.dep_ == "pobj" and p.lemma_.lower() in lexicon.OWN_PREMISES_NOUNS
                       and any(k.dep_ == "poss" for k in p.children) for p in c.children):
                    return True
    return False


# Words that open a clause told as the scene an act came out of or happened in: "after they were found".
_SCENE_MARKS = frozenset({"after", "when", "as"})


def place_of_the_scene(r: Reading, m: Mention) -> None:
    """A trigger still with no place, whose clause goes on with what its people did or underwent just
    before or as it happened, happens where that clause is set: "the navy saved 200 more after they
    were found swimming off the coast of Aceh" -> Aceh, "was arrested when he landed in Lyon" -> Lyon.
    The clause must be about people the act is told of (a "he", "she" or "they"): "shares fell after
    a bombing in Lyon" tells another event's place."""
    if m.place is not None:
        return
    index = r.index
    for verb in ([m.token] if m.token.pos_ in ("VERB", "AUX") else []) + governing_verbs(m.token):
        for clause in verb.children:
            if clause.dep_ != "advcl" or not _about_its_people(clause):
                continue
            found = {key for x in clause.subtree if (key := index.by_token.get(x.i)) is not None
                     and index.entities[key].kind in PLACE_KINDS and in_locative(x)}
            found = _inner_places(found, index.entities)
            if len(found) == 1:
                m.place = found.pop()
                return


def place_of_the_act_it_closed(r: Reading, m: Mention) -> None:
    """A trigger still with no place, told in a bare "before" clause that closes another act ("opened
    fire at a bakery in Denver, killing two, before he was arrested in a nearby park"), came on that
    act's heels where it was done: it takes the one place that act's clause is set at."""
    if m.place is not None or (head := act_it_closed(m.token)) is None:
        return
    index, own = r.index, {x.i for x in m.token.subtree}
    found = {key for x in head.subtree if x.i not in own and (key := index.by_token.get(x.i)) is not None
             and index.entities[key].kind in PLACE_KINDS and in_locative(x)}
    found = _inner_places(found, index.entities)
    if len(found) == 1:
        m.place = found.pop()


def _about_its_people(clause: Token) -> bool:
    """Whether an adverbial clause opened by "after", "when" or "as" has a "he", "she" or "they" as
    its subject: what the people of the act did or underwent ("after they were found ...")."""
    return any(k.dep_ == "mark" and k.lower_ in _SCENE_MARKS for k in clause.children) and any(
        k.dep_ in ("nsubj", "nsubjpass") and k.lower_ in PEOPLE_PRONOUNS for k in clause.children)


def place_of_struck_target(r: Reading, m: Mention) -> None:
    """An attack or disaster with no place happens at the city, area or state it struck ("shelled
    the town of Goma", "the hurricane hit the Azores"); a visit, at the place visited ("Scholz will
    visit China"). A larger place the sentence names beside the town struck gives way to it: "rebels
    shelled the town of Rutshuru in North Kivu", "floods hit the town of Maros in Sulawesi" happened
    in the town (and so did the floods, the subject of the verb that struck it)."""
    if not ("ConflictEvent" in m.type.ancestors or "Disaster" in m.type.ancestors or m.type.name == "Visit"):
        return
    entities, gaz = r.index.entities, gazetteer()
    struck = list(m.targets)
    if m.token.dep_ == "nsubj" and m.token.head.pos_ == "VERB":
        struck += [k for c in m.token.head.children if c.dep_ == "dobj" for k in r.index.in_subtree(c)[:1]]
    for t in struck:
        if entities[t].kind not in PLACE_KINDS:
            continue
        if m.place is None or m.place in places_around(t, entities) or (
                m.place in entities and size_rank(entities[t], gaz) < size_rank(entities[m.place], gaz)):
            m.place = t
            return


def place_of_the_works_acted_on(r: Reading, m: Mention) -> None:
    """An act on works or premises named by their town happens in that town: "Brantor will close its
    Dayton plant", "the Toledo factory was shut", "the closure of its Lisk mine", "gunmen attacked the
    Kaduna offices of the commission" -> Dayton, Toledo, Lisk, Kaduna. Works named with two towns
    ("the Dayton and Toledo plants") place no one act."""
    if m.place is not None:
        return
    tok, index = m.token, r.index
    if tok.pos_ == "VERB":
        sites = [c for c in tok.children if c.dep_ in ("dobj", "nsubjpass")]
    else:
        sites = [p for c in tok.children if c.dep_ == "prep" and c.lower_ == "of" for p in c.children if p.dep_ == "pobj"]
    for site in sites:
        if site.lemma_.lower() not in lexicon.WORKS_NOUNS:
            continue
        keys = {k for c in site.children if c.dep_ == "compound" for x in (c, *c.conjuncts)
                if (k := index.by_token.get(x.i)) and index.entities[k].kind in PLACE_KINDS}
        if len(keys) == 1:
            m.place = keys.pop()
            return


# Prepositions a match verb takes its other side with: "lost to England", "drew with Peru".
_OTHER_SIDE_PREPS = frozenset({"to", "against", "with"})


def place_of_the_match_told_again(r: Reading, events: dict[str, Event]) -> None:
    """A contest between two sides with no place of its own was played at the venue a sentence of
    the article gives when it names the same two sides again as subject and object of a match verb:
    "Sweden beat Norway 2-1. ... In the first game of the day, Sweden faced Norway at the Brennick
    Stadium" -> the stadium. A clause that tells a time of its own ("faced Norway at Lund in 2014") is
    another meeting of the two."""
    unplaced = [(ev, {frozenset({a, t}) for a in ev.agents for t in (*ev.targets, *ev.participants) if a != t})
                for ev in events.values() if ev.place is None and ev.agents]
    if not any(sides for _, sides in unplaced):
        return  # no act between two sides waits for a place: the scan for venues is not needed
    venues = _match_venues(r)
    for ev, sides in unplaced:
        found = {venues[pair] for pair in sides if pair in venues}
        if len(found) == 1:
            ev.place = found.pop()


def _match_venues(r: Reading) -> dict[frozenset[str], str]:
    """The venue of each pair of sides the article tells meeting at a named place: subject and object
    (or "to"/"against"/"with" phrase) of a match verb with an in/at phrase naming a place."""
    p, index = parsed(r.doc), r.index
    venues: dict[frozenset[str], str] = {}
    for i, lemma in enumerate(p.lemmas):
        if lemma not in lexicon.MATCH_VERBS or p.pos[i] != "VERB":
            continue
        verb = p.tokens[i]
        children = list(verb.children)
        if not any(c.dep_ == "prep" and c.lower_ in ("in", "at") for c in children):
            continue  # no venue told
        subjects = {k for c in children if c.dep_ == "nsubj" and (k := index.by_token.get(c.i))}
        objects = {k for c in children if c.dep_ == "dobj" and (k := index.by_token.get(c.i))}
        objects |= {k for c in children if c.dep_ == "prep" and c.lower_ in _OTHER_SIDE_PREPS
                    for o in c.children if o.dep_ == "pobj" and (k := index.by_token.get(o.i))}
        if len(subjects) != 1 or len(objects) != 1 or subjects == objects:
            continue
        if any(x.ent_type_ == "DATE" and (x.like_num or x.pos_ == "PROPN") for c in children
               if c.dep_ in ("prep", "npadvmod") for x in c.subtree):
            continue  # "faced Norway at Lund in 2014": another meeting of the two ("of the day" is this one)
        keys = [k for c in children if c.dep_ == "prep" and c.lower_ in ("in", "at")
                for o in c.children if o.dep_ == "pobj" for k in _places_of_site(o, index)]
        if keys:
            venues[frozenset(subjects | objects)] = innermost(keys, index.entities)
    return venues


# Rulings that close a trial: handed down in the court the trial was held in.
_TRIAL_RULINGS = frozenset({"Ruling", "Conviction", "Acquittal", "Sentencing"})


def place_of_the_trial(r: Reading, events: dict[str, Event]) -> None:
    """A verdict or sentence with no place of its own was handed down where the trial the article
    tells was held: "A jury convicted Rob Vane on Monday. The trial was held in Lyon." -> Lyon. The
    article must tell one trial with a place, of no other defendant than the ruling's."""
    trials = [ev for ev in events.values() if ev.type == "Trial" and ev.place is not None]
    if len({ev.place for ev in trials}) != 1:
        return
    trial = trials[0]
    for ev in events.values():
        if ev.place is not None or ev.type not in _TRIAL_RULINGS:
            continue
        if trial.targets and ev.targets and not set(trial.targets) & set(ev.targets):
            continue  # another defendant's trial
        ev.place = trial.place


def place_in_own_country(r: Reading, events: dict[str, Event]) -> None:
    """An event with no place whose doers are one state, its institutions or its office holders, and
    whose type is a domestic act (a ban, a vote, a ruling, an arrest, a resignation) or no type more
    specific than an event ("the Home Office of the United Kingdom began issuing questionnaires"),
    happens in that state: "Germany banned the airline" is in Germany, "the Parliament of Iraq voted" in Iraq, "US
    President Donald Trump declared an emergency" in the United States; a body named for its seat
    acts there ("the Tbilisi city court set bail" in Tbilisi)."""
    for ev in events.values():
        etype = event_type(ev.type)
        if ev.place is not None or not ev.agents or (etype is None and ev.type != "Event") or (
                etype is not None and cross_border(etype) and etype.name not in _AT_HOME):
            continue
        seats = {_seat(key, r.index) for key in ev.agents}
        if len(seats) == 1 and (seat := seats.pop()) is not None:
            ev.place = seat
            continue
        countries = {_home_country(key, r.index) or _country_of_apposition(key, r) or _jurisdiction_of_title(key, r)
                     for key in ev.agents}
        if len(countries) == 1 and (country := countries.pop()) is not None:
            ev.place = country


def place_of_office_holders_death(r: Reading, events: dict[str, Event]) -> None:
    """The death, with no place told, of a person who holds a state's office happens in that state:
    "Tarek bin Salim, the Emir of Qatar, died aged 81" -> Qatar; a ruler dies at home far more often
    than abroad, and news names the place when it is elsewhere."""
    for ev in events.values():
        etype = event_type(ev.type)
        if ev.place is not None or etype is None or not ("Death" == etype.name or "Death" in etype.ancestors):
            continue
        dead = [r.index.entities[k] for k in (*ev.targets, *ev.agents) if r.index.entities[k].kind == "Person"]
        states = {_office_country(person, r.index) for person in dead}
        if len(states) == 1 and (state := states.pop()) is not None:
            ev.place = state


# The size of a state (geography.size_rank): a body named for a place smaller than that sits in it.
_COUNTRY_RANK = 3


def _seat(key: str, index: EntityIndex) -> str | None:
    """The one place named inside an organisation's name below the level of a state ("Tbilisi" of
    "the Tbilisi city court", "Lyon" of "the University of Lyon", "Ontario" of "the Parliament of
    Ontario": a province's body sits in the province, a narrower place than its country), or None."""
    ent = index.entities[key]
    if ent.kind != "Organization":
        return None
    gaz = gazetteer()
    inside = {k for k, other in index.entities.items() if (other.kind in ("City", "Location") or (
        other.kind == "GeopoliticalEntity" and size_rank(other, gaz) < _COUNTRY_RANK)) and any(
        m.begin <= o.begin and o.end <= m.end for m in ent.mentions for o in other.mentions)}
    return inside.pop() if len(inside) == 1 else None


def _home_country(key: str, index: EntityIndex) -> str | None:
    """The state an actor is or belongs to, when the article names it: the state itself, a place's
    country, the state an institution's name carries ("Parliament of Iraq", "Iraqi Parliament"), or
    whose office a person holds ("US President Donald Trump")."""
    ent = index.entities[key]
    if ent.kind == "GeopoliticalEntity":
        return key
    if ent.kind == "Organization" and ent.country_key:
        return None  # a national team: a state's side plays abroad as often as at home
    if ent.country_key in index.entities:
        return ent.country_key
    if ent.kind == "Person":
        return _office_country(ent, index)
    if ent.kind != "Organization":
        return None
    gaz = gazetteer()
    words = ent.name.replace("-", " ").split()
    # "Iraqi Parliament", "Parliament of Iraq", "the United Kingdom Home Office": a state's name of
    # up to three words, or its demonym
    for n in (3, 2, 1):
        for i in range(len(words) - n + 1):
            name = " ".join(words[i:i + n])
            place = (gaz.demonym_country(name) if n == 1 else None) or gaz.place(name)
            if place is not None and place.kind == "country" and f"geo/{place.geonames_id}" in index.entities:
                return f"geo/{place.geonames_id}"
    return None


def _country_of_apposition(key: str, r: Reading) -> str | None:
    """The one state an apposition to an organisation's name says it is of or for: "Met Lunar, the
    national weather service for Valdoria" -> Valdoria, "Brema Bank, Norland's central bank" -> Norland."""
    index = r.index
    if index.entities[key].kind != "Organization":
        return None
    states: set[str] = set()
    for i in [i for i, k in index.by_token.items() if k == key]:
        for appos in r.doc[i].children:
            if appos.dep_ != "appos" or appos.pos_ != "NOUN":
                continue
            holders = [c for c in appos.children if c.dep_ == "poss"]
            holders += [p for c in appos.children if c.dep_ == "prep" and c.lower_ in ("of", "for")
                        for p in c.children if p.dep_ == "pobj"]
            states.update(s for h in holders if (s := index.by_token.get(h.i)) is not None
                          and index.entities[s].kind == "GeopoliticalEntity")
    return states.pop() if len(states) == 1 else None


def _jurisdiction_of_title(key: str, r: Reading) -> str | None:
    """The one state or region the title given with a person's name holds office in: "Ohio Governor
    Dale Brenner", "the Governor of Ohio, Dale Brenner", "Ohio's governor, Dale Brenner" -> Ohio."""
    index = r.index
    if index.entities[key].kind != "Person":
        return None
    found: set[str] = set()
    for i in [i for i, k in index.by_token.items() if k == key and index.by_token.get(i + 1) != key]:
        name = r.doc[i]
        titles = [c for c in name.children if c.dep_ == "compound" and c.lower_ in lexicon.TITLE_HEADS]
        if name.dep_ == "appos" and name.head.lower_ in lexicon.TITLE_HEADS:
            titles.append(name.head)
        found.update(k for t in titles if (k := _office_holder(t, index)) is not None)
        if titles:  # "Ohio Governor Dale Brenner": the state's name hangs from the name beside the title
            found.update(k for c in name.children if c.dep_ == "compound" and (k := index.by_token.get(c.i))
                         is not None and index.entities[k].kind == "GeopoliticalEntity")
    if not found:
        # "Governor Ramon Tavis resigned ... Ana Ruiz was sworn in as Puerto Rico's governor": the one
        # state the article gives that office to holds the bare title too
        heads = {role.split()[-1].lower() for role in index.entities[key].roles if role.split()}
        heads &= lexicon.TITLE_HEADS
        if heads:
            found.update(k for t in words_with(r.doc, heads) if (k := _office_holder(t, index)) is not None)
    return found.pop() if len(found) == 1 else None


def _office_country(person: Entity, index: EntityIndex) -> str | None:
    """The one state whose office the article gives a person ("US President", "Puerto Rico's
    governor", "Prime Minister of the United Kingdom")."""
    states = [k for k in person.role_of if index.entities[k].kind == "GeopoliticalEntity"]
    return states[0] if len(states) == 1 else None


def place_in_setting(r: Reading, events: dict[str, Event]) -> None:
    """An event still without a place happens where the story is set: the place the first paragraph
    first locates anything at ("in Minsk", "at the port"), as GDELT's action geography falls back to
    the article's main location. An event whose sentence is about another time or place ("after the
    vote in Iowa") keeps none. A state the article names most is no setting when it is a party to
    most of its events. A first paragraph that locates nothing sets the story where its disaster or
    attack struck ("A quake struck southern Peru ..."), or where its disaster happened ("... drowned
    after their boat sank off Tunisia")."""
    doc, index = r.doc, r.index
    setting, named_at = _setting(doc, index)
    by_disaster = setting is None and (setting := _where_the_leads_disaster_was(r, events)) is not None
    if setting is None:
        return
    # a state found by counting that is a party to most of the events is an actor of the story, not
    # where it is set ("Russia and Ukraine exchanged prisoners ... Russia launched missiles")
    if named_at is None and not by_disaster and 2 * sum(setting in (*ev.agents, *ev.participants, *ev.targets)
                                                        for ev in events.values()) >= len(events):
        return
    for key, ev in events.items():
        etype = event_type(ev.type)
        if ev.place is not None or (named_at is not None and etype is not None and cross_border(etype)
                                    and where_said(named_at, None)):
            continue
        # told first in a clause that situates another ("after a hearing was held"), it is set where
        # the story is if told again on its own ("apologized during the hearing")
        tok = next((t for t in (doc[i] for i in sorted(r.event_tokens[key]))
                    if not situates_other(t, sentence(t).root)), None)
        if tok is None:
            continue
        start, end = parsed(doc).sent_bounds[tok.i]
        if any(index.entities[index.by_token[i]].kind in PLACE_KINDS and index.by_token[i] != setting
               and in_locative(doc[i]) for i in range(start, end) if i in index.by_token):
            continue  # "after sales fell", "the vote in Iowa and Ohio": not (only) the story's place
        ev.place = setting


def _states_of_lead(doc: Doc, index: EntityIndex, start: int, lead_end: int) -> set[str]:
    """The states the lead names from token `start` on, by name or adjective, or by a town of theirs."""
    states: set[str] = set()
    for i in range(start, len(doc)):
        if doc[i].idx >= lead_end:
            break
        ent = index.entities.get(index.by_token.get(i, ""))
        if ent is None:
            continue
        if ent.country_key is not None:
            states.add(ent.country_key)  # a town or a region: its state
        elif ent.kind == "GeopoliticalEntity" and ent.geonames_id is not None:
            states.add(ent.key)
    return states


def _where_the_leads_disaster_was(r: Reading, events: dict[str, Event]) -> str | None:
    """The place the first disaster or attack of the first paragraph struck ("A magnitude 5.9
    earthquake struck southern Turkey on Monday, ..."), else where that disaster happened, for a
    paragraph that locates nothing (but in a clause of something else: "after their boat sank off
    Tunisia")."""
    lead_start, lead_end = lead_paragraph(parsed(r.doc).text)
    told = sorted((key for key in events if lead_start <= r.first_token(key).idx < lead_end),
                  key=lambda key: r.first_token(key).i)
    for ev in (events[key] for key in told):
        etype = event_type(ev.type)
        if etype is not None and ("Disaster" in etype.ancestors or "ConflictEvent" in etype.ancestors):
            struck = next((t for t in ev.targets if r.index.entities[t].kind in PLACE_KINDS), None)
            # "Hundreds are feared dead after a landslide buried a village in Enga": a disaster told
            # in a clause of what it caused happened where the story is
            return struck or (ev.place if "Disaster" in etype.ancestors else None)
    return None


def _setting(doc: Doc, index: EntityIndex) -> tuple[str | None, Token | None]:
    """Where the story is set, and the word of the first paragraph that names it (None when found
    by counting)."""
    lead_start, lead_end = lead_paragraph(parsed(doc).text)
    head_end = headline_end(parsed(doc).text)
    # the lead's own sentences first: a headline places the story in a region ("boat fire in
    # California") whose site its lead names ("near Santa Cruz Island off the coast of California")
    heads = (False, True) if head_end is not None and lead_start <= head_end else (False,)
    for in_head in heads:
        for i, key in index.order:
            if doc[i].idx < lead_start or (head_end is not None and (doc[i].idx < head_end) != in_head):
                continue  # a caption's place is where its picture was taken
            if doc[i].idx >= lead_end:
                break
            if index.entities[key].kind in PLACE_KINDS and in_locative(doc[i]) and not in_topic_of_talks(doc[i]) \
                    and not bound_for(doc[i]):
                start, end = parsed(doc).sent_bounds[i]
                if not situates_other(doc[i], doc[start:end].root):
                    return key, doc[i]
    # No place in the first paragraph's words: the city its dateline names, when the lead's states
    # are that city's alone ("NAIROBI, March 13 (AP) - Kenyan police fired tear gas ..."), a town
    # where the story happened rather than the state its actors' adjectives name; a story told from
    # abroad ("SEOUL - North Korea fired a missile, South Korea's military said") is not set there
    opening = DATELINE_OPENING.search(parsed(doc).text, lead_start, lead_end)
    if opening is not None:
        first = next((t for t in doc if t.idx >= opening.start()), None)
        key = index.by_token.get(first.i) if first is not None else None
        city = index.entities[key] if key is not None else None
        if city is not None and city.kind == "City" and city.country_key is not None \
                and _states_of_lead(doc, index, first.i, lead_end) == {city.country_key}:
            # "BRUSSELS - Police arrested 86 after clashes in the port city of Antwerp": the one town
            # the lead puts anything at, behind "after" as it may be, is where the story is, not the
            # city it was filed from
            towns = {k for i, k in index.order if first.i < i and doc[i].idx < lead_end and k != key
                     and index.entities[k].kind == "City" and in_locative(doc[i])}
            if len(towns) == 1:
                town = towns.pop()
                return town, next(doc[i] for i, k in index.order if k == town and first.i < i)
            return key, first
    # No place in the first paragraph: the place the article names most, if it names one often.
    counts: dict[str, int] = {}
    for _, key in index.order:
        if index.entities[key].kind in PLACE_KINDS:
            counts[key] = counts.get(key, 0) + 1
    ranked = sorted(counts.items(), key=lambda kv: -kv[1])
    if ranked and ranked[0][1] >= 3 and (len(ranked) == 1 or ranked[0][1] >= 2 * ranked[1][1]):
        return ranked[0][0], None
    return None, None
