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
    ('QUITO (Reuters) - Ecuador "will not lower its guard at the border," President Sebastián Orellana said, '
     "as a Colombian coast guard patrol boat was seen off the coast.", ["Sebastián Orellana", "coast guard"],
     ["guard"]),
]


@pytest.mark.parametrize(("text", "present", "absent"), CASES)
def test_name_spans(text: str, present: list[str], absent: list[str]) -> None:
    names = {a.name for a in extract(text, published="2026-11-02").actors}
    assert set(present) <= names, sorted(names)
    assert not set(absent) & names, sorted(names)


@pytest.mark.parametrize(
    ("text", "sides", "root"),
    [
        ("CAIRO, March 3 (Reuters) - Egyptian and Sudanese officials held talks in Cairo on Monday over water "
         "rights.", {"EGY", "SDN"}, "04"),
        ("Israeli and Palestinian negotiators will meet in Amman next week, a Jordanian official said.",
         {"ISR", "PSE"}, "04"),
    ],
)
def test_one_body_of_each_country_meets_the_other(text: str, sides: set[str], root: str) -> None:
    result = extract(text, published="2026-03-03")
    country = {a.id: a.country for a in result.actors}
    groups = {a.country for a in result.actors if a.kind == "group"}
    assert sides <= groups
    assert any(e.root == root and {country.get(e.source), country.get(e.target or "")} == sides
               for e in result.events), [(e.code, e.source, e.target) for e in result.events]


def test_the_title_holders_adviser_takes_the_holders_country() -> None:
    text = ("LIMA/QUITO (Reuters) - Peruvian President Rosa Quispe spoke by telephone on Tuesday with the "
            "president of Ecuador.\n\nThe president's chief economic adviser, Tomás Salcedo, will lead the talks.")
    people = {a.name: a for a in extract(text, published="2026-05-05").actors if a.kind == "person"}
    assert people["Tomás Salcedo"].country == "PER"
