"""Headlines the tagger misreads: only a crowd protests ("Thousands protest in X"), never a thing the
parser made the verb's subject ("police fire tear gas at protest")."""

from __future__ import annotations

from wirecoder import extract

STORY = """Kenyan police fire tear gas at Nairobi protest over fuel levy

NAIROBI (Reuters) - Kenyan police fired tear gas on Tuesday at thousands of protesters in central Nairobi.
"""


def test_a_thing_is_no_crowd_but_a_crowd_is() -> None:
    result = extract(STORY, published="2026-11-03")
    names = {a.name for a in result.actors}
    assert not any("gas" in n for n in names), names
    assert not [e for e in result.events if e.root == "14"], [(e.code, e.source) for e in result.events]
    crowd = extract("Thousands protest in Belgrade over election law\n\nBELGRADE (AP) - Thousands of students "
                    "marched through Belgrade on Sunday.", published="2026-11-03")
    assert any(e.root == "14" for e in crowd.events)
