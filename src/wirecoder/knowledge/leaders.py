"""Well-known office holders news names with no title or country ("Obama ordered ...", "Erdogan met
Macron"): their names and spellings, the surnames that may stand for them alone, country and sector.

Names are compared by `names.name_key` (accents, case and transliteration variants folded), so
"Zelenskiy", "Zelensky" and "Zelenskyy" are one key.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache

from wirecoder import names
from wirecoder.knowledge._data import read_json


@dataclass(frozen=True)
class Leader:
    name: str  # the usual full name: "Recep Tayyip Erdogan"
    aliases: tuple[str, ...]  # other full names and spellings: "Tayyip Erdoğan"
    alone: tuple[str, ...]  # single names that stand for this person alone: "Erdogan"; none for common ones
    country: str | None  # ISO alpha-3; None for officials of international bodies
    sector: str  # CAMEO agent type: GOV, MIL, REB, OPP, LEG, IGO
    offices: tuple[str, ...]  # documentation only: the pipeline never reads roles from here

    @property
    def names(self) -> tuple[str, ...]:
        return (self.name, *self.aliases)


@dataclass(frozen=True)
class _Tables:
    all: tuple[Leader, ...]
    full: dict[str, Leader]  # name key of a name of two words or more
    alone: dict[str, Leader]  # name key of a single name
    first_words: frozenset[str]  # folded first word of every name: where a scan of the text may start


@cache
def _tables() -> _Tables:
    found = tuple(
        Leader(
            name=e["name"],
            aliases=tuple(e["aliases"]),
            alone=tuple(e["alone"]),
            country=e["country"],
            sector=e["sector"],
            offices=tuple(e["offices"]),
        )
        for e in read_json("leaders.json")["leaders"]
    )
    full: dict[str, Leader] = {}
    alone: dict[str, Leader] = {}
    for leader in found:
        for name in leader.names:
            key = names.name_key(name)
            if " " in key:  # "Sheikh Hasina" is "Hasina" once the honorific goes: only `alone` may say so
                full.setdefault(key, leader)
        for name in leader.alone:
            alone.setdefault(names.name_key(name), leader)
    first = frozenset(key.split()[0] for key in (*full, *alone))
    return _Tables(found, full, alone, first)


def leaders() -> tuple[Leader, ...]:
    return _tables().all


def leader_named(name: str) -> Leader | None:
    """The leader a full name stands for ("Barack Obama", "Mr. Vladimir Putin"); None for a single word
    and for any name the table does not list ("Michelle Obama")."""
    key = names.name_key(name)
    return _tables().full.get(key) if " " in key else None


def leader_alone(word: str) -> Leader | None:
    """The leader a single name stands for ("Obama", "Erdoğan", "Zelenskiy"); None for names the table
    leaves out as too common ("May", "Kim", "Li")."""
    if not any(c.isupper() for c in word):
        return None
    return _tables().alone.get(names.name_key(word))


def lookup_leader(name: str) -> Leader | None:
    """A full name or a single name that may stand alone."""
    return leader_named(name) or leader_alone(name)


def may_start_a_name(word: str) -> bool:
    """Whether a name of the table may begin with this word ("Barack", "Obama", "Diaz" of "Diaz-Canel")."""
    key = names.name_key(word)
    return bool(key) and key.split()[0] in _tables().first_words


def longest_name() -> int:
    """The most words any listed name has (how far a scan of the text must look ahead)."""
    return max(len(n.split()) for leader in _tables().all for n in leader.names)
