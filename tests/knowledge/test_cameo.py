from __future__ import annotations

import pytest

from wirecoder.knowledge._data import UnknownEntryError
from wirecoder.knowledge.cameo import children, code_info, codes, find_code, is_code, roots


@pytest.mark.parametrize(
    ("code", "root", "quad", "goldstein"),
    [
        ("0841", "08", 2, 7.0),
        ("042", "04", 1, 1.9),
        ("046", "04", 1, 7.0),
        ("057", "05", 1, 8.0),
        ("111", "11", 3, -2.0),
        ("130", "13", 3, -4.4),
        ("163", "16", 4, -8.0),
        ("173", "17", 4, -5.0),
        ("190", "19", 4, -10.0),
        ("2042", "20", 4, -10.0),
        ("01", "01", 1, 0.0),
    ],
)
def test_code_facts(code: str, root: str, quad: int, goldstein: float) -> None:
    info = code_info(code)
    assert (info.code, info.root, info.quad_class, info.goldstein) == (code, root, quad, goldstein)


@pytest.mark.parametrize(
    ("code", "name"), [("041", "Discuss by telephone"), ("0871", "Declare truce, ceasefire")]
)
def test_names(code: str, name: str) -> None:
    assert code_info(code).name == name


def test_every_root_has_quad_class_and_goldstein() -> None:
    found = roots()
    assert [r.code for r in found] == [f"{n:02d}" for n in range(1, 21)]
    for r in found:
        assert r.quad_class == (1 if r.code <= "05" else 2 if r.code <= "08" else 3 if r.code <= "13" else 4)


def test_every_code_is_well_formed() -> None:
    all_codes = codes()
    assert len(all_codes) > 300
    for c in all_codes:
        assert len(c.code) in (2, 3, 4) and c.code.isdigit()
        assert -10.0 <= c.goldstein <= 10.0
        assert c.name
        if len(c.code) == 4:
            assert is_code(c.code[:3])


def test_children() -> None:
    assert [c.code for c in children("04")] == ["040", "041", "042", "043", "044", "045", "046"]
    assert [c.code for c in children("084")] == ["0841", "0842"]


@pytest.mark.parametrize("code", ["99", "0", "0499", ""])
def test_unknown_codes_raise(code: str) -> None:
    with pytest.raises(UnknownEntryError):
        code_info(code)
    assert not is_code(code)
    assert find_code(code) is None
