"""Countries: ISO 3166-1 alpha-3 codes, everyday names, demonyms, capitals and seats of power."""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache
from typing import Literal, NamedTuple

from wirecoder.knowledge._data import NameIndex, UnknownEntryError, read_json

CountryHow = Literal["name", "demonym", "capital"]


@dataclass(frozen=True)
class Country:
    alpha3: str
    name: str  # canonical short name: "Russia", "United States"
    names: tuple[str, ...]  # every name and abbreviation, the canonical one first
    demonyms: tuple[str, ...]  # adjectives and nouns, singular and plural: "Russian", "Russians"
    capitals: tuple[str, ...]  # capitals and seats of government, spelling variants included
    alpha2: str = ""
    sovereign: bool = True


class Seat(NamedTuple):
    """A place that stands for a country's institution: the Kremlin -> ("RUS", "GOV", "Kremlin")."""

    alpha3: str
    sector: str
    name: str


@dataclass(frozen=True)
class _Tables:
    by_code: dict[str, Country]
    names: NameIndex[Country]
    demonyms: NameIndex[Country]
    capitals: NameIndex[Country]
    seats: NameIndex[Seat]


def _country(entry: dict) -> Country:
    return Country(
        alpha3=entry["alpha3"],
        name=entry["name"],
        names=tuple(entry["names"]),
        demonyms=tuple(entry["demonyms"]),
        capitals=tuple(entry["capitals"]),
        alpha2=entry.get("alpha2", ""),
        sovereign=entry.get("sovereign", True),
    )


@cache
def _tables() -> _Tables:
    data = read_json("countries.json")
    # States claim a shared name before territories do ("Congolese", "Samoan").
    countries = sorted((_country(e) for e in data["countries"]), key=lambda c: not c.sovereign)
    names: NameIndex[Country] = NameIndex()
    demonyms: NameIndex[Country] = NameIndex()
    capitals: NameIndex[Country] = NameIndex()
    for c in countries:
        names.add(c.names, c)
        demonyms.add(c.demonyms, c)
        capitals.add(c.capitals, c)
    seats: NameIndex[Seat] = NameIndex()
    for s in data["seats"]:
        seats.add([s["name"], *s["aliases"]], Seat(s["country"], s["sector"], s["name"]))
    return _Tables({c.alpha3: c for c in countries}, names, demonyms, capitals, seats)


def lookup_country(text: str) -> Country | None:
    """The country a name stands for: "U.S.", "the United States", "Britain", "DPRK".
    Case-insensitive, except that abbreviations must be written in capitals ("us" is no country)."""
    return _tables().names.get(text)


def country_of_demonym(text: str) -> Country | None:
    """The country of a demonym: "Russian", "Britons", "Emirati"."""
    return _tables().demonyms.get(text)


def country_of_capital(text: str) -> Country | None:
    """The country of a capital or seat of government: "Moscow", "Kiev", "Kyiv", "Washington"."""
    return _tables().capitals.get(text)


def seat_of_power(text: str) -> Seat | None:
    """The country and sector a place stands for: "the Kremlin" -> Seat("RUS", "GOV", "Kremlin")."""
    return _tables().seats.get(text)


def find_country(text: str) -> tuple[Country, CountryHow] | None:
    """Try `text` as a name, then a demonym, then a capital; say which it was."""
    tables = _tables()
    for how, index in (("name", tables.names), ("demonym", tables.demonyms), ("capital", tables.capitals)):
        found = index.get(text)
        if found is not None:
            return found, how  # type: ignore[return-value]
    return None


def country(alpha3: str) -> Country:
    """The country of an ISO alpha-3 code; raises UnknownEntryError for an unknown code."""
    found = _tables().by_code.get(alpha3.upper())
    if found is None:
        raise UnknownEntryError("countries", alpha3)
    return found


def countries() -> list[Country]:
    """Every entry, states first, then territories, each group by alpha-3."""
    return list(_tables().by_code.values())
