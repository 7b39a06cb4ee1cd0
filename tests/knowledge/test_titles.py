from __future__ import annotations

import pytest

from wirecoder.knowledge import titles
from wirecoder.knowledge.titles import (
    honorific_sector,
    is_honorific,
    is_person_title,
    is_portfolio_head,
    is_title_head,
    leading_honorifics,
    longest_title_suffix,
    match_title,
    strip_honorifics,
    title_heads,
    title_sector,
)

CAMEO_SECTORS = {
    "GOV", "MIL", "JUD", "LEG", "BUS", "MED", "EDU", "NGO", "IGO", "REB", "CVL", "REL", "OPP", "COP", "SPY",
    "HLH", "LAB", "AGR", "REF", "CRM",
}  # fmt: skip


@pytest.mark.parametrize(
    "text",
    [
        "President", "Defense Secretary", "national security adviser", "Middle East envoy", "Secretary of State",
        "CIA Director", "cia director", "director of the cia", "Director of the CIA", "Treasury Secretary", "vice president", "Prime Minister",
        "deputy prime minister", "Foreign Minister", "Minister of Foreign Affairs", "Secretary-General",
        "UN Secretary-General", "spokeswoman", "Attorney General", "chief of staff", "opposition leader",
        "Pope", "schoolteacher", "aid worker", "lawmakers", "former president", "ex-president",
        "president-elect", "Lt. Gen.", "Sen.", "police chief", "Supreme Court Justice", "predecessor",
    ],
)  # fmt: skip
def test_is_person_title(text: str) -> None:
    assert is_person_title(text)


@pytest.mark.parametrize(
    "text", ["Trump", "the", "Russia", "U.S. Secretary of State", "Kremlin spokesman", "said", ""]
)
def test_not_titles(text: str) -> None:
    assert not is_person_title(text)


@pytest.mark.parametrize(
    ("text", "sectors"),
    [
        ("Defense Secretary", {"GOV", "MIL"}), ("President", {"GOV"}), ("CIA Director", {"SPY"}),
        ("general", {"MIL"}), ("army chief of staff", {"MIL"}), ("senator", {"LEG"}), ("judge", {"JUD"}),
        ("chief executive", {"BUS"}), ("journalist", {"MED"}), ("military correspondent", {"MED"}),
        ("rebel commander", {"REB"}), ("opposition leader", {"OPP"}), ("police chief", {"COP"}),
        ("Pope", {"REL"}), ("imam", {"REL"}), ("UN envoy", {"IGO"}), ("Secretary-General", {"IGO"}),
        ("schoolteacher", {"EDU"}), ("activist", {"CVL"}), ("aid worker", {"NGO"}), ("Gen.", {"MIL"}),
    ],
)  # fmt: skip
def test_title_sector(text: str, sectors: set[str]) -> None:
    assert title_sector(text) in sectors


@pytest.mark.parametrize("text", ["leader", "spokesman", "Trump", "counterpart"])
def test_no_sector(text: str) -> None:
    assert title_sector(text) is None


@pytest.mark.parametrize(
    ("tokens", "length"),
    [
        (["U.S.", "Secretary", "of", "State"], 3),
        (["Trump", "'s", "Middle", "East", "envoy"], 3),
        (["U.S.", "Treasury", "Secretary"], 2),
        (["Russian", "Foreign", "Minister"], 2),
        (["NATO", "Secretary", "-", "General"], 4),
        (["White", "House", "press", "secretary"], 2),
        (["Kremlin", "spokesman"], 1),
        (["said", "on", "Tuesday"], 0),
        ([], 0),
        (["the", "former", "U.S.", "president"], 1),
        (["Ukraine", "'s", "then", "-", "Deputy", "Foreign", "Minister"], 5),
    ],
)
def test_longest_title_suffix(tokens: list[str], length: int) -> None:
    assert longest_title_suffix(tokens) == length


def test_agencies_that_are_words_need_capitals() -> None:
    assert title_sector("WHO chief") == "IGO"
    assert longest_title_suffix(["who", "chief"]) == 1


def test_match_details() -> None:
    found = match_title(["the", "CIA", "Director"])
    assert found is not None
    assert (found.text, found.head, found.agency, found.length) == ("cia director", "director", "CIA", 2)
    plural = match_title(["foreign", "ministers"])
    assert plural is not None and plural.plural and plural.head == "minister"
    envoy = match_title(["Ukraine", "envoy"])
    assert envoy is not None and envoy.portfolio and envoy.length == 1


def test_title_heads() -> None:
    heads = title_heads()
    assert {"president", "minister", "secretary", "envoy", "prime minister", "spokesman"} <= heads
    assert heads == titles.TITLE_HEADS
    assert is_title_head("Minister") and is_title_head("lawmakers") and not is_title_head("Putin")
    assert is_portfolio_head("envoy") and not is_portfolio_head("president")


def test_every_sector_is_cameo() -> None:
    lex = titles._lexicon()
    used = {*lex.heads.values(), *lex.modifiers.values(), *lex.affiliations.values(), *lex.agencies.values()}
    assert used - {None} <= CAMEO_SECTORS


@pytest.mark.parametrize(
    ("name", "stripped"),
    [
        ("Mr. Putin", "Putin"), ("Mr Putin", "Putin"), ("Mrs. May", "May"), ("Dr. Fauci", "Fauci"),
        ("Sen. Lindsey Graham", "Lindsey Graham"), ("Lt. Gen. Keith Kellogg", "Keith Kellogg"),
        ("Gen. Valery Gerasimov", "Valery Gerasimov"), ("Sheikh Tamim", "Tamim"), ("Putin", "Putin"),
        ("Mr", "Mr"), ("President Donald Trump", "Donald Trump"),
    ],
)  # fmt: skip
def test_strip_honorifics(name: str, stripped: str) -> None:
    assert strip_honorifics(name) == stripped


def test_honorifics() -> None:
    assert leading_honorifics(["Lt.", "Gen.", "John", "Smith"]) == 2
    assert leading_honorifics(["John", "Smith"]) == 0
    assert honorific_sector("Gen.") == "MIL" and honorific_sector("Sen.") == "LEG"
    assert honorific_sector("Mr.") is None and is_honorific("Mr.") and not is_honorific("Putin")
