"""The CAMEO 1.1b3 codebook: code names, roots, QuadClass and Goldstein weights."""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache

from wirecoder.knowledge._data import UnknownEntryError, read_json

QUAD_CLASS_NAMES = {
    1: "verbal cooperation",
    2: "material cooperation",
    3: "verbal conflict",
    4: "material conflict",
}


@dataclass(frozen=True)
class CameoCode:
    code: str
    name: str
    root: str
    quad_class: int
    goldstein: float

    @property
    def is_root(self) -> bool:
        return len(self.code) == 2


@cache
def _codebook() -> dict[str, CameoCode]:
    data = read_json("cameo.json")
    roots = data["roots"]
    return {
        code: CameoCode(
            code=code,
            name=entry["name"],
            root=code[:2],
            quad_class=roots[code[:2]]["quad_class"],
            goldstein=entry["goldstein"],
        )
        for code, entry in data["codes"].items()
    }


def code_info(code: str) -> CameoCode:
    """The codebook entry of a 2, 3 or 4 digit code; raises UnknownEntryError for other codes."""
    found = _codebook().get(code.strip())
    if found is None:
        raise UnknownEntryError("CAMEO codebook", code)
    return found


def find_code(code: str) -> CameoCode | None:
    """Like code_info, but None for a code the codebook does not hold."""
    return _codebook().get(code.strip())


def is_code(code: str) -> bool:
    return code.strip() in _codebook()


def roots() -> list[CameoCode]:
    """The twenty root codes, "01" to "20", in order."""
    return [entry for code, entry in _codebook().items() if len(code) == 2]


def codes() -> list[CameoCode]:
    """Every code of the codebook, in codebook order."""
    return list(_codebook().values())


def children(code: str) -> list[CameoCode]:
    """The codes one level below `code` ("04" -> "040".."046"; "084" -> "0841", "0842")."""
    depth = len(code) + 1 if len(code) > 2 else 3
    return [c for key, c in _codebook().items() if len(key) == depth and key.startswith(code)]
