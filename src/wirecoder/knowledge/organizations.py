"""Organisations known by a proper name: international bodies, agencies, armed groups, media."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from functools import cache
from typing import Literal

from wirecoder.knowledge._data import NameIndex, read_json

OrganizationKind = Literal["organization", "group"]


@dataclass(frozen=True)
class Organization:
    name: str  # canonical name: "North Atlantic Treaty Organization"
    aliases: tuple[str, ...]  # abbreviations and other names: "NATO", "Nato"
    kind: OrganizationKind  # "group" for armed and militant groups
    country: str | None  # ISO alpha-3; None for international bodies
    sector: str  # CAMEO-style: IGO, NGO, GOV, MIL, REB, SPY, COP, JUD, LEG, MED, BUS, REL, CRM
    parent: str | None = None  # canonical name of the body it belongs to

    @property
    def names(self) -> tuple[str, ...]:
        return (self.name, *self.aliases)

    @property
    def short_name(self) -> str:
        """The first acronym among the aliases, else the canonical name ("NATO", "Hamas")."""
        return next((a for a in self.aliases if a.isupper() and " " not in a), self.name)


@dataclass(frozen=True)
class _Tables:
    all: tuple[Organization, ...]
    by_name: dict[str, Organization]
    index: NameIndex[Organization]


@cache
def _tables() -> _Tables:
    orgs = tuple(
        Organization(
            name=e["name"],
            aliases=tuple(e["aliases"]),
            kind=e["kind"],
            country=e["country"],
            sector=e["sector"],
            parent=e.get("parent"),
        )
        for e in read_json("organizations.json")["organizations"]
    )
    index: NameIndex[Organization] = NameIndex(proper=True)
    for org in orgs:
        index.add(org.names, org)
    for org in orgs:  # "the United Nations food agency": every "UN ..." name spelled out, where free
        index.add(_spelled_out(org.names), org)
    return _Tables(orgs, {o.name: o for o in orgs}, index)


def _spelled_out(names: Iterable[str]) -> list[str]:
    """"UN food agency" → "United Nations food agency"."""
    return [f"United Nations {n.split(' ', 1)[1]}" for n in names if n.startswith(("UN ", "U.N. "))]


def lookup_organization(text: str) -> Organization | None:
    """The organisation a name stands for: "NATO", "the U.N.", "Houthi rebels", "Security Council".
    Case-insensitive for names, but text without a capital matches nothing and acronyms must be
    written as acronyms ("WHO", not "who")."""
    return _tables().index.get(text)


def organization(name: str) -> Organization | None:
    """The entry with this exact canonical name."""
    return _tables().by_name.get(name)


def organizations() -> tuple[Organization, ...]:
    return _tables().all


def parent_chain(org: Organization) -> list[Organization]:
    """The bodies `org` belongs to, nearest first (Security Council -> [United Nations])."""
    chain: list[Organization] = []
    current = org
    while current.parent and (up := organization(current.parent)) is not None and up not in chain:
        chain.append(up)
        current = up
    return chain
