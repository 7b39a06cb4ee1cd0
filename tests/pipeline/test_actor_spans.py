"""Where a name starts and what it names: a first name NER left out, two surnames joined by a hyphen,
a name that only describes a thing."""

from __future__ import annotations

import pytest

from wirecoder import extract

CASES = [
    # passage, people (and organisations) that must be there, names that must not be actors
    ("Bulgarian President Ivan Kanchev met Left Alliance chair Svetla Marinova on Sunday.",
     ["Ivan Kanchev", "Svetla Marinova"], ["Marinova"]),
    ("President Ivan Kanchev met Svetla Marinova on Sunday. Opposition leader Petar Yordanov said a "
     "Kanchev-Marinova government would not last a year.", ["Ivan Kanchev", "Svetla Marinova", "Petar Yordanov"],
     ["Kanchev-Marinova"]),
    ("The foreign ministers of Colombia and Ecuador will meet on Friday in the Amazon city of Manaus, "
     "Brazil's foreign ministry said.", ["Colombia", "Ecuador"], ["Amazon"]),
    ("Army spokesman Colonel Hamid Nouri said on Monday that the border was calm.", ["Hamid Nouri"],
     ["Colonel Hamid Nouri"]),
]


@pytest.mark.parametrize(("text", "present", "absent"), CASES)
def test_name_spans(text: str, present: list[str], absent: list[str]) -> None:
    names = {a.name for a in extract(text, published="2026-11-02").actors}
    assert set(present) <= names, sorted(names)
    assert not set(absent) & names, sorted(names)
