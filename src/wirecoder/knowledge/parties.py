"""Political parties named by a name several countries' parties share ("Labour", "the Social Democrats").

`party(words)` answers for a run of words (as written) the party's canonical name and the countries that
have one so named; `party_sector(word)` the sector of a party described by its place ("the ruling party").
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache

from wirecoder.knowledge._data import read_json

MAX_WORDS = 3  # the longest name in the table, in words


@dataclass(frozen=True)
class Party:
    name: str  # the table's first name: "Labour", "Social Democrats"
    countries: tuple[str, ...]  # empty: every country has one


@cache
def _tables() -> tuple[dict[tuple[str, ...], Party], dict[str, str]]:
    data = read_json("parties.json")
    names: dict[tuple[str, ...], Party] = {}
    for entry in data["parties"]:
        found = Party(entry["names"][0], tuple(entry["countries"]))
        for name in entry["names"]:
            names[tuple(name.split())] = found
    described = {k: v for k, v in data["described"].items() if k != "about"}
    return names, described


def party(words: tuple[str, ...]) -> Party | None:
    return _tables()[0].get(words)


def may_start(word: str) -> bool:
    """Whether some party's name begins with this word (as written): a quick test before a lookup."""
    return word in _first_words()


@cache
def _first_words() -> frozenset[str]:
    return frozenset(words[0] for words in _tables()[0])


def party_sector(word: str) -> str | None:
    """"ruling" → GOV, "opposition" → OPP."""
    return _tables()[1].get(word.lower())


def country_for(found: Party, home: str | None) -> str | None:
    """The party's country in a story whose own country is `home`."""
    if home is not None and (not found.countries or home in found.countries):
        return home
    return found.countries[0] if found.countries else None
