"""Which named places lie within which: from how the text names them and from the gazetteer.

A reader of "a rally at Freedom Plaza in Washington" or "a fire in the Karol Bagh area of New Delhi"
learns that the first place lies in the second; the gazetteer knows that Miami is in Florida and
Florida in the United States. An event at the smaller place happened in the larger ones too, so a
question about events in a country finds those told at its cities and streets.
"""

from __future__ import annotations

from collections.abc import Iterator

from spacy.tokens import Doc, Token

from kg.extraction import lexicon
from kg.extraction.gazetteer import Gazetteer, Place
from kg.extraction.parsed import tokens
from kg.records import Entity, places_around

# How large a place is, from the gazetteer's kind; a place it does not know (a square, a hospital,
# a district) is taken as the smallest.
_RANK = {"continent": 4, "country": 3, "region": 2, "city": 1}
_PLACE_KINDS = frozenset({"City", "Location", "GeopoliticalEntity"})
# Prepositions whose object is where the thing before them lies ("the plaza in Washington").
_WITHIN_PREPS = frozenset({"in", "at", "inside", "within"})


def nest_places(doc: Doc, entities: dict[str, Entity], by_token: dict[int, str], gaz: Gazetteer) -> None:
    """Set `within` on each place the text or the gazetteer puts inside another place the article
    names: "Minsk, Belarus", "the Karol Bagh area of New Delhi", "at Freedom Plaza in Washington",
    "Lyon, a city in France", a city in its state or province. A pair the gazetteer contradicts (a
    city put in a country it is not in, a larger place inside a smaller) is left out."""
    ranks = {key: _rank(ent, gaz) for key, ent in entities.items() if ent.kind in _PLACE_KINDS}
    for inner, outer, explicit in _named_pairs(doc, by_token, ranks):
        ent = entities[inner]
        if ent.within is None and outer != ent.country_key \
                and _may_contain(entities[outer], ent, ranks, gaz, explicit) \
                and inner not in places_around(outer, entities):
            ent.within = outer
    # a city in a state or province the article names: "Miami ... Florida", "Perth ... Western Australia"
    states = {(gp.country_code, gp.admin1): key for key, ent in entities.items() if ranks.get(key) == _RANK["region"]
              and (gp := _gazetteer_place(ent, gaz)) is not None and gp.country_code and gp.admin1}
    for key, ent in entities.items():
        gp = _gazetteer_place(ent, gaz) if ent.within is None and ranks.get(key) == _RANK["city"] else None
        if gp is not None and (gp.country_code, gp.admin1) in states:
            ent.within = states[(gp.country_code, gp.admin1)]


def _rank(ent: Entity, gaz: Gazetteer) -> int:
    gp = _gazetteer_place(ent, gaz)
    return _RANK.get(gp.kind, 0) if gp is not None else 0


# How large a place the gazetteer does not know is, from its kind: a state or region, a town, a site.
_KIND_RANK = {"GeopoliticalEntity": _RANK["region"], "City": _RANK["city"]}


def size_rank(ent: Entity, gaz: Gazetteer) -> int:
    """How large a place is: 4 a continent, 3 a country, 2 a region, 1 a town, 0 a site (a square, an
    airport, a street, a sea). The gazetteer's kind where it knows the place, else the entity's."""
    gp = _gazetteer_place(ent, gaz)
    if gp is not None and gp.kind in _RANK:
        return _RANK[gp.kind]
    return _KIND_RANK.get(ent.kind, 0)


def _gazetteer_place(ent: Entity, gaz: Gazetteer) -> Place | None:
    """The gazetteer's entry for a place: by its GeoNames id, or, for a division the gazetteer knows
    by name only ("Tuscany"), by its name."""
    if ent.geonames_id is not None:
        return gaz.by_id(ent.geonames_id)
    place = gaz.place(ent.name) if ent.kind == "GeopoliticalEntity" else None
    return place if place is not None and place.geonames_id is None and place.kind == "region" else None


def _may_contain(outer: Entity, inner: Entity, ranks: dict[str, int], gaz: Gazetteer, explicit: bool) -> bool:
    r_out, r_in = ranks[outer.key], ranks[inner.key]
    if r_out == 0:
        # a district or building in a place the gazetteer does not know either; a town in a region
        # of its own country that the gazetteer lacks ("Kanata, Ontario")
        return r_in == 0 or outer.kind == "GeopoliticalEntity" and outer.country_key is not None \
            and outer.country_key == inner.country_key and r_in == _RANK["city"]
    # Two towns of the gazetteer nest only where the text says so outright ("the Karol Bagh area of
    # New Delhi"): the gazetteer lists districts of big cities as towns of their own.
    if r_in and (r_out < r_in or (r_out == r_in and not (explicit and r_in == _RANK["city"]))):
        return False
    if r_out == _RANK["country"] and inner.country_key and inner.country_key != outer.key:
        return False  # "Paris, Texas" is no Paris in France; the gazetteer placed it
    gp_in, gp_out = _gazetteer_place(inner, gaz), _gazetteer_place(outer, gaz)
    if gp_in is not None and gp_out is not None and gp_out.kind != "continent" \
            and gp_in.country_code and gp_out.country_code and gp_in.country_code != gp_out.country_code:
        return False
    return True


def _named_pairs(doc: Doc, by_token: dict[int, str], ranks: dict[str, int]) -> Iterator[tuple[str, str, bool]]:
    """(inner, outer, explicit) place keys the syntax puts one inside the other, in text order;
    `explicit` where the text states it (an apposition, "the X area of Y") rather than implies it."""
    toks = tokens(doc)
    for i in sorted(i for i, key in by_token.items() if key in ranks):
        inner = by_token[i]
        if by_token.get(i + 1) == inner:
            continue  # only the last word of a name carries its phrase
        tok = toks[i]
        for outer_tok, explicit in [*_outer_tokens(tok), *_after_comma(tok, by_token)]:
            outer = by_token.get(outer_tok.i)
            if outer in ranks and outer != inner:
                yield inner, outer, explicit
                break


def _outer_tokens(tok: Token) -> list[tuple[Token, bool]]:
    """Words that name where the place ending at `tok` lies, each with whether the text says so
    outright."""
    out: list[tuple[Token, bool]] = []
    # "Minsk, Belarus": an appositive place; "Lyon, a city in France": the appositive's own place
    for c in tok.children:
        if c.dep_ == "appos":
            out.append((c, True))
            if c.lemma_.lower() in lexicon.SETTLEMENT_NOUNS or c.lemma_.lower() in lexicon.AREA_NOUNS:
                out.extend((o, True) for o in _prep_objects(c, _WITHIN_PREPS))
    # "the Greek island of Samos", "the Ukrainian city of Odesa": the country the kind of place names;
    # "the town of Darra in Khyber province": where the kind of place lies
    if tok.dep_ == "pobj" and tok.head.lower_ == "of" and tok.head.head.lemma_.lower() in lexicon.PLACE_NOUNS:
        out.extend((c, True) for c in tok.head.head.children if c.dep_ in ("amod", "compound", "nmod"))
        out.extend((o, False) for o in _prep_objects(tok.head.head, _WITHIN_PREPS))
    # "the Karol Bagh area of New Delhi": a place that names an area of another
    if tok.dep_ == "compound" and tok.head.lemma_.lower() in lexicon.AREA_NOUNS:
        out.extend((o, True) for o in _prep_objects(tok.head, {"of"}))
    # "Freedom Plaza in Washington": the place's own in-phrase
    out.extend((o, False) for o in _prep_objects(tok, _WITHIN_PREPS))
    # "gathered at the plaza in Washington": a second locative of the same verb, after the first
    if tok.dep_ == "pobj" and tok.head.lower_ in _WITHIN_PREPS and tok.head.dep_ == "prep":
        out.extend((o, False) for o in _prep_objects(tok.head.head, _WITHIN_PREPS) if o.i > tok.i)
    return out


def _after_comma(tok: Token, by_token: dict[int, str]) -> list[tuple[Token, bool]]:
    """"on Ferry Road, Leeds": the place right after a comma that closes the phrase (no list goes
    on after it), where the parser saw no apposition."""
    doc, at = tok.doc, tok.i + 2
    if at >= len(doc) or doc[tok.i + 1].text != "," or at not in by_token:
        return []
    after = at
    while after < len(doc) and by_token.get(after) == by_token[at]:
        after += 1
    if after < len(doc) and (doc[after].lower_ in ("and", "or") or doc[after].dep_ == "cc"):
        return []
    if after + 1 < len(doc) and doc[after].text == "," and (
            doc[after + 1].lower_ in ("and", "or") or after + 1 in by_token):
        return []  # "Leeds, York, and Hull": a list goes on; "Moscow, Idaho, on Sunday" closes
    return [(doc[at], False)]


def _prep_objects(tok: Token, preps: set[str] | frozenset[str]) -> list[Token]:
    """The objects of `tok`'s prepositions `preps`; for "in the city of Washington", Washington, and for
    "in Khyber province", Khyber."""
    out = []
    for o in _objects(tok, preps):
        out.append(o)
        if o.lemma_.lower() in lexicon.SETTLEMENT_NOUNS or o.lemma_.lower() in lexicon.AREA_NOUNS:
            out.extend(_objects(o, {"of"}))
            out.extend(c for c in o.children if c.dep_ == "compound")  # "in Khyber Pakhtunkhwa province"
    return out


def _objects(tok: Token, preps: set[str] | frozenset[str]) -> list[Token]:
    return [o for p in tok.children if p.dep_ == "prep" and p.lower_ in preps for o in p.children if o.dep_ == "pobj"]

