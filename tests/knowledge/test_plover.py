from __future__ import annotations

import pytest

from wirecoder.knowledge.cameo import codes, is_code
from wirecoder.knowledge.plover import _table, plover_mapping, plover_of, plover_types

PLOVER_TYPES = {
    "AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT", "REQUEST", "ACCUSE",
    "REJECT", "THREATEN", "PROTEST", "MOBILIZE", "SANCTION", "COERCE", "ASSAULT",
}  # fmt: skip


@pytest.mark.parametrize(
    ("code", "expected"),
    [
        ("042", ("CONSULT", "visit")),
        ("041", ("CONSULT", "phone")),
        ("040", ("CONSULT", None)),
        ("0841", ("RETREAT", "release")),
        ("0871", ("RETREAT", "ceasefire")),
        ("057", ("SUPPORT", None)),
        ("173", ("COERCE", "arrest")),
        ("1121", ("ACCUSE", "allege")),
        ("163", ("COERCE", "restrict")),
        ("193", ("ASSAULT", "firearms")),
        ("0231", ("REQUEST", "assist")),  # appeals take their demand twin's mapping
        ("026", ("REQUEST", "meet")),
        ("010", (None, None)),  # public statements have no PLOVER type
        ("", (None, None)),
    ],
)
def test_plover_of(code: str, expected: tuple[str | None, str | None]) -> None:
    assert plover_of(code) == expected


def test_falls_back_to_shorter_codes() -> None:
    assert plover_mapping("0431").code == "043"
    assert plover_mapping("199").code == "19"
    assert plover_of("0431") == ("CONSULT", "visit")


def test_mapped_codes_are_cameo_codes_and_types_are_plover_types() -> None:
    assert all(is_code(code) for code in _table())
    assert set(plover_types()) <= PLOVER_TYPES


def test_every_code_outside_root_01_maps() -> None:
    for c in codes():
        event_type, _ = plover_of(c.code)
        assert (event_type is None) == (c.root == "01"), c.code


def test_context() -> None:
    assert plover_mapping("0312").context == "military"
    assert plover_mapping("175").mode is None  # the table's context word in the mode column was moved
