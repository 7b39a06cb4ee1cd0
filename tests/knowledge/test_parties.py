"""knowledge/parties.py: shared party names and whose party a story means."""

from __future__ import annotations

import pytest

from wirecoder.knowledge import parties


@pytest.mark.parametrize(
    ("words", "home", "country"),
    [
        (("Labour",), "GBR", "GBR"),
        (("Labour",), "NZL", "NZL"),
        (("Labour",), "FRA", "GBR"),  # a country with no Labour party: the best known one
        (("Labour",), None, "GBR"),
        (("Greens",), "AUT", "AUT"),  # every country has Greens
        (("Greens",), None, None),
        (("Social", "Democratic", "Party"), "SWE", "SWE"),
    ],
)
def test_country_for(words: tuple[str, ...], home: str | None, country: str | None) -> None:
    found = parties.party(words)
    assert found is not None
    assert parties.country_for(found, home) == country


def test_unknown_names_and_sectors() -> None:
    assert parties.party(("Labour", "Day")) is None
    assert parties.party(("labour",)) is None  # the common noun
    assert (parties.party_sector("ruling"), parties.party_sector("Opposition"), parties.party_sector("main")) == (
        "GOV", "OPP", None)
