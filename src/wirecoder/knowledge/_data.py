"""Shared plumbing of the table loaders: reading packaged data files and matching names."""

from __future__ import annotations

import json
import re
from collections.abc import Iterable
from importlib import resources
from typing import Any, Generic, TypeVar

from wirecoder.errors import WirecoderError

T = TypeVar("T")


class UnknownEntryError(WirecoderError, KeyError):
    """A lookup by code (a CAMEO code, an ISO alpha-3) named an entry the table does not hold."""

    def __init__(self, table: str, key: str) -> None:
        self.table = table
        self.key = key
        super().__init__(f"{table}: no entry {key!r}")

    def __str__(self) -> str:  # KeyError would print the repr of the message
        return f"{self.table}: no entry {self.key!r}"


def read_json(name: str) -> Any:
    """Parse one data file shipped in the package (callers cache the result)."""
    text = resources.files("wirecoder.knowledge").joinpath("data", name).read_text(encoding="utf-8")
    return json.loads(text)


_PLAIN = str.maketrans({"’": "'", "‘": "'", "‐": "-", "‑": "-", "–": "-", ".": None})
_SPACES = re.compile(r"\s+")
_ARTICLE = re.compile(r"^the\s+", re.IGNORECASE)
_POSSESSIVE = re.compile(r"'s?$")


def surface_key(text: str) -> str:
    """The form names are compared in, case kept: periods gone ("U.S." = "US"), curly quotes
    and odd hyphens made plain, whitespace collapsed, a leading "the" and a final "'s" dropped."""
    text = _SPACES.sub(" ", text.translate(_PLAIN)).strip()
    return _POSSESSIVE.sub("", _ARTICLE.sub("", text))


def is_acronym(key: str) -> bool:
    """A short all-capital form ("US", "WHO", "NATO")."""
    letters = [c for c in key if c.isalpha()]
    return bool(letters) and len(key) <= 8 and all(c.isupper() for c in letters) and " " not in key


def _acronym_written(key: str) -> bool:
    """Whether text may stand for an acronym: "us" and "who" are words, "US" and "WHO" are not;
    from four letters on, title case counts too ("Nato", "Unicef")."""
    if key.isupper():
        return True
    return len(key) >= 4 and key[:1].isupper() and " " not in key


class NameIndex(Generic[T]):
    """Names to entries, case-insensitive except that acronyms must be written as acronyms."""

    def __init__(self, *, proper: bool = False) -> None:
        """With `proper`, text with no capital letter matches nothing ("amnesty", "hamas")."""
        self._words: dict[str, T] = {}
        self._acronyms: dict[str, T] = {}
        self._exact: dict[str, T] = {}  # one-word names with inner capitals ("LeT"): only as written
        self._proper = proper

    def add(self, names: Iterable[str], entry: T) -> None:
        """Index `entry` under each name; the first entry to claim a name keeps it."""
        for name in names:
            key = surface_key(name)
            if not key:
                continue
            if is_acronym(key):
                self._acronyms.setdefault(key, entry)
            elif _inner_capitals(key):
                self._exact.setdefault(key, entry)
            else:
                self._words.setdefault(key.casefold(), entry)

    def get(self, text: str) -> T | None:
        key = surface_key(text)
        if self._proper and key.islower():
            return None
        found = self._words.get(key.casefold()) or self._exact.get(key)
        if found is None and _acronym_written(key):
            found = self._acronyms.get(key.upper())
        return found

    def __len__(self) -> int:
        return len(self._words) + len(self._acronyms) + len(self._exact)


def _inner_capitals(key: str) -> bool:
    """"LeT", "PhilHealth": one word whose capitals inside tell it from a common word ("Let")."""
    return " " not in key and "-" not in key and not key.isupper() and any(c.isupper() for c in key[1:])
