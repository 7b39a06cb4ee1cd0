"""CAMEO to PLOVER: the PLOVER event type, mode and context of a CAMEO code."""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache

from wirecoder.knowledge._data import read_json


@dataclass(frozen=True)
class PloverMapping:
    code: str  # the CAMEO code the mapping was found under (after falling back)
    event_type: str | None
    mode: str | None
    context: str | None


_NONE = PloverMapping(code="", event_type=None, mode=None, context=None)


@cache
def _table() -> dict[str, PloverMapping]:
    return {
        code: PloverMapping(code=code, event_type=e["type"], mode=e["mode"], context=e["context"])
        for code, e in read_json("plover.json")["codes"].items()
    }


def plover_mapping(code: str) -> PloverMapping:
    """The mapping of `code`, falling back from 4 to 3 to 2 digits; an empty mapping if none."""
    table = _table()
    code = code.strip()
    for length in (4, 3, 2):
        if len(code) >= length and code[:length] in table:
            return table[code[:length]]
    return _NONE


def plover_of(code: str) -> tuple[str | None, str | None]:
    """(PLOVER event type, mode) of a CAMEO code: plover_of("042") == ("CONSULT", "visit")."""
    found = plover_mapping(code)
    return found.event_type, found.mode


def plover_types() -> list[str]:
    """The PLOVER event types the table maps to, sorted."""
    return sorted({m.event_type for m in _table().values() if m.event_type})
