"""The questions the NLP stages ask of the knowledge tables, in one place.

The tables live in `wirecoder.knowledge` (data files + loaders); this module adapts them to the
token-level questions the stages ask ("is this word a demonym?", "is this phrase a title?").
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable
from dataclasses import dataclass
from functools import cache, lru_cache
from typing import Any

from wirecoder.knowledge import countries, geonames, organizations, titles
from wirecoder.knowledge._data import read_json

# Lookups by a word or name are memoised, but boundedly: a worker reads millions of distinct names.
WORD_CACHE = 1 << 16


@dataclass(frozen=True)
class Place:
    alpha3: str
    name: str


@dataclass(frozen=True)
class Org:
    name: str
    kind: str
    country: str | None
    sector: str | None


def _clean(text: str) -> str:
    text = re.sub(r"^(?:the|The|THE)\s+", "", text.strip())
    return re.sub(r"[’']s$", "", text).strip()


@lru_cache(maxsize=WORD_CACHE)
def country(text: str) -> Place | None:
    found = countries.lookup_country(_clean(text))
    return Place(found.alpha3, found.name) if found else None


@lru_cache(maxsize=WORD_CACHE)
def demonym(text: str) -> str | None:
    found = countries.country_of_demonym(_clean(text))
    return _alpha3(found)


@lru_cache(maxsize=WORD_CACHE)
def capital(text: str) -> str | None:
    return _alpha3(countries.country_of_capital(_clean(text)))


def _alpha3(found: object) -> str | None:
    if found is None:
        return None
    return found if isinstance(found, str) else getattr(found, "alpha3", None)


@lru_cache(maxsize=WORD_CACHE)
def seat(text: str) -> Org | None:
    found = countries.seat_of_power(_clean(text))
    if not found:
        return None
    alpha3, sector, name = found
    return Org(name=name, kind="organization", country=alpha3, sector=sector)


@lru_cache(maxsize=WORD_CACHE)
def organization(text: str) -> Org | None:
    found = organizations.lookup_organization(_clean(text))
    if found is None:
        return None
    return Org(name=found.name, kind=found.kind, country=found.country, sector=found.sector)


def country_name(alpha3: str) -> str:
    return countries.country(alpha3).name


@lru_cache(maxsize=WORD_CACHE)
def is_title(text: str) -> bool:
    return bool(text) and titles.is_person_title(text)


@lru_cache(maxsize=WORD_CACHE)
def sector_of_title(text: str) -> str | None:
    return titles.title_sector(text.split())


@lru_cache(maxsize=WORD_CACHE)
def is_title_head(word: str) -> bool:
    return titles.is_title_head(word)


@cache
def _table(name: str) -> dict[str, Any]:
    """A data file of the knowledge package, parsed once per process."""
    data: dict[str, Any] = read_json(name)
    return data


def agent_nouns() -> dict[str, dict[str, str]]:
    """Nouns that name a collective agent ("troops", "police", "ministry") → kind and sector."""
    return _table("agents.json")


@cache
def org_nouns() -> dict[str, str | None]:
    """Nouns that call the name beside them an organisation ("the state fishing company X") → sector."""
    return {k: v for k, v in _table("org_nouns.json").items() if not k.startswith("_")}


def generic_title(text: str) -> str:
    """An office as other countries word it ("Foreign Secretary" → "foreign minister"); else the text."""
    return str(_table("generic_titles.json").get(text.lower(), text))


def title_country(text: str) -> str | None:
    """Titles whose wording belongs to one country's government ("Secretary of State" → USA)."""
    found = _table("title_countries.json").get(text.lower())
    return found if isinstance(found, str) else None


@cache
def _regions() -> dict[str, str | None]:
    return {k.lower(): v for k, v in _table("regions.json").items() if not k.startswith("_")}


def region(text: str) -> tuple[bool, str | None]:
    """(True, ISO3 or None) when the text names a region or territory: a place, not an actor."""
    key = _clean(text).lower()
    regions = _regions()
    return (True, regions[key]) if key in regions else (False, None)


MIN_CITY_POPULATION = 100_000  # smaller towns share names with people too often


def _fold(text: str) -> str:
    """'Córdoba' → 'cordoba': datelines and wire copy drop the accents geonames keeps."""
    return unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode().lower()


@cache
def _cities() -> dict[str, tuple[str, ...]]:
    """City name (folded) → ISO3 of the countries that have a city of that name, most populous first."""
    return _city_table(_fold)


@cache
def _cities_as_spelt() -> dict[str, tuple[str, ...]]:
    """The same, by the name as geonames spells it (lower case, accents kept): outside datelines a
    folded match is too loose ("Būsh" in Egypt is no reason to call President Bush a place)."""
    return _city_table(str.lower)


def _city_table(key: Callable[[str], str]) -> dict[str, tuple[str, ...]]:
    alpha3 = geonames.alpha3_of()
    out: dict[str, dict[str, int]] = {}
    for found_city in geonames.cities():
        pop = int(found_city.get("population") or 0)
        if pop < MIN_CITY_POPULATION:
            continue
        iso3 = alpha3.get(found_city["countrycode"])
        if iso3 is None:
            continue
        by_country = out.setdefault(key(found_city["name"]), {})
        by_country[iso3] = max(pop, by_country.get(iso3, 0))
    return {k: tuple(sorted(v, key=lambda a: -v[a])) for k, v in out.items()}


@cache
def _city_aliases() -> dict[str, tuple[str, ...]]:
    """Other names of big cities in Latin letters ("New York" for New York City, "Frankfurt") → countries.

    Only datelines read these: an alias may be another place's name, so the primary table comes first.
    """
    alpha3 = geonames.alpha3_of()
    out: dict[str, dict[str, int]] = {}
    for found_city in geonames.cities():
        pop = int(found_city.get("population") or 0)
        iso3 = alpha3.get(found_city["countrycode"]) if pop >= MIN_CITY_POPULATION else None
        if iso3 is None:
            continue
        for alias in geonames.names_matching(_ALIAS, found_city.get("alternatenames") or ()):
            by_country = out.setdefault(_fold(alias), {})
            by_country[iso3] = max(pop, by_country.get(iso3, 0))
    return {k: tuple(sorted(v, key=lambda a: -v[a])) for k, v in out.items()}


_ALIAS = re.compile(r"^[A-Z][a-z][A-Za-z' .-]{2,40}$", re.MULTILINE)  # no codes ("NYC", "FRA"), no other scripts


def city(text: str) -> str | None:
    """The country of a city of that name as spelt (the most populous one)."""
    found = _cities_as_spelt().get(_clean(text).lower(), ())
    return found[0] if found else None


def city_countries(text: str) -> tuple[str, ...]:
    """Every country with a big city of that name, the most populous city's first."""
    return _cities().get(_fold(_clean(text)), ())


# Cities (not capitals) whose datelines mostly carry international bodies and talks (UN agencies, the WTO,
# the Council of Europe, the World Economic Forum): the people quoted there are seldom the host's.
def _dateline_facts() -> dict[str, list[str]]:
    return _table("datelines.json")


@cache
def international_venues() -> frozenset[str]:
    """Cities where international bodies meet ("Geneva"): their datelines give no country, folded."""
    return frozenset(_fold(v) for v in _dateline_facts()["international_venues"])


def dateline_countries(places: list[str]) -> list[str]:
    """The country each dateline place names: "LAGOS" → NGA, "VALENCIA, Spain" → ESP, "LIMA/QUITO" → PER, ECU.

    Capitals, countries and regions are read first; a city takes the country the dateline names beside it
    (a country or a state: "VALENCIA, Spain", "CAMBRIDGE, Mass.") when it has a city of that name, else its
    most populous namesake's.
    """
    named = {place: _named_country(place) for place in places}

    def beside(place: str) -> set[str]:
        return {a for other in places if other != place for a in _country_or_states(named[other], other)}

    found: list[str] = []
    for place in places:
        alpha3 = named[place]
        if alpha3 is None and _fold(_clean(place)) in international_venues():
            continue
        if alpha3 is None:
            near = beside(place)
            options = city_countries(place) or _city_aliases().get(_fold(_clean(place)), ())
            if not options:  # a state: "Punjab" is Indian and Pakistani, so the city beside it decides
                options, near = state_countries(place), near | set(found)
            alpha3 = next((a for a in options if a in near), options[0] if options else None)
        if alpha3:
            found.append(alpha3)
    return found


def _country_or_states(alpha3: str | None, place: str) -> tuple[str, ...]:
    return (alpha3,) if alpha3 else state_countries(place)


def state_countries(text: str) -> tuple[str, ...]:
    """The countries with a state or province of that name (ISO 3166-2, first level): "Punjab" → IND, PAK."""
    if text.strip() in _dateline_facts()["us_state_abbreviations"]:
        return ("USA",)
    return _subdivisions().get(_fold(_clean(text)), ())


@cache
def _subdivisions() -> dict[str, tuple[str, ...]]:
    import pycountry

    out: dict[str, set[str]] = {}
    for sub in pycountry.subdivisions:
        found = pycountry.countries.get(alpha_2=sub.country_code) if sub.parent_code is None else None
        if found is not None:
            out.setdefault(_fold(sub.name), set()).add(found.alpha_3)
    return {k: tuple(sorted(v)) for k, v in out.items()}


def is_place(text: str) -> bool:
    """A country, capital, region or big city by any of its Latin-letter names ("NEW YORK", "Frankfurt")."""
    key = _fold(_clean(text))
    return bool(_named_country(text) or region(text)[0] or key in _cities() or key in _city_aliases())


def _named_country(place: str) -> str | None:
    if alpha3 := capital(place):
        return alpha3
    if found := country(place):
        return found.alpha3
    return region(place)[1]


def leader_title(alpha3: str) -> str:
    """The title of a country's head of government as news names it ("president", "prime minister")."""
    return str(_table("leader_titles.json").get(alpha3, "leader"))


def load_tables() -> None:
    """Read now the tables the lookups read on first use (cities, aliases, subdivisions, regions), so a
    worker loads them once, before its first article, and they can be set aside from garbage collection."""
    _regions(), _cities(), _cities_as_spelt(), _city_aliases(), _dateline_facts(), _subdivisions()
    agent_nouns(), org_nouns()
