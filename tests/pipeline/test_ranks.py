"""Military ranks written in full before a name: no part of the name, and no role when an office is
named before them ("deputy defence minister Major General X"); offices that end in "General" are
offices ("Secretary General", "Attorney General")."""

from __future__ import annotations

import pytest

from wirecoder import extract

CASES = [
    # passage, person's name, a role it must have (None: any), names that must not be people
    ("Tajikistan will send Foreign Minister Rustam Nabiev and deputy defence minister Major General Farrukh "
     "Sadikov to the talks, the ministry said.", "Farrukh Sadikov", "deputy defence minister",
     ["Major General"]),
    ("The army's spokesman Major General Khin Maung Soe said on Friday that the offensive would continue.",
     "Khin Maung Soe", "spokesman", ["Major General", "Major General Khin"]),
    ("Army chief Lieutenant General Idris Malik said troops had been sent to the border.", "Idris Malik",
     "army chief", ["Lieutenant General"]),
    ("Lieutenant Colonel Samir Haddad, a military spokesman, said two soldiers were wounded.", "Samir Haddad",
     None, ["Lieutenant Colonel"]),
    ("UN Secretary General Alvaro Mendes said both sides must return to talks.", "Alvaro Mendes",
     "secretary general", []),
    ("Attorney General Priya Raman said the charges would be filed on Monday.", "Priya Raman", "attorney general",
     []),
]


@pytest.mark.parametrize(("text", "name", "role", "not_people"), CASES)
def test_ranks_and_offices(text: str, name: str, role: str | None, not_people: list[str]) -> None:
    people = {a.name: a for a in extract(text, published="2026-05-08").actors if a.kind == "person"}
    assert name in people, sorted(people)
    if role is not None:
        assert any(role in r.lower() for r in people[name].roles), people[name].roles
    assert not set(not_people) & set(people), sorted(people)
