"""Small places are never people: AFP's "Town (Country) (AFP) -" dateline, and names only ever used as
where people live ("the families of X", "civilians in X")."""

from __future__ import annotations

import pytest

from wirecoder import extract

AFP_REGION = """Kara-Suu (Kyrgyzstan) (AFP) - The first families began returning to villages on the border on Thursday as the ceasefire held.

"We want to go home," said Gulmira Toktosunova, a teacher.
"""


def test_afp_dateline_with_its_country() -> None:
    result = extract(AFP_REGION, published="2026-11-12")
    assert result.article.dateline == ["Kara-Suu", "Kyrgyzstan"]
    assert result.article.outlet == "AFP"
    people = {a.name: a for a in result.actors if a.kind == "person"}
    assert set(people) == {"Gulmira Toktosunova"}
    assert people["Gulmira Toktosunova"].country == "KGZ"


@pytest.mark.parametrize(
    ("text", "place", "person"),
    [
        ('"The families of Tash-Bulak deserve more than promises," the minister said. A drone strike killed five '
         "civilians in Tash-Bulak on Nov. 5.", "Tash-Bulak", None),
        ("The family of Ahmed Ali Hassan said he was innocent. The people of Kara-Teyit waited for news.",
         "Kara-Teyit", "Ahmed Ali Hassan"),
        # a compass point's "of X" is a place (NER took it for a firm here; for a person in the actors table)
        ("Rebels attacked a police post 30 km northwest of Kisumbi on Friday, officials said.", "Kisumbi", None),
    ],
)
def test_names_used_only_as_places(text: str, place: str, person: str | None) -> None:
    names = {a.name for a in extract(text, published="2026-11-12").actors}
    assert place not in names
    assert person is None or person in names
