from __future__ import annotations

import pytest

from wirecoder import names
from wirecoder.knowledge.countries import country
from wirecoder.knowledge.leaders import (
    leader_alone,
    leader_named,
    leaders,
    longest_name,
    lookup_leader,
    may_start_a_name,
)

SECTORS = {"GOV", "MIL", "REB", "OPP", "LEG", "REL", "IGO"}
# Surnames and given names too common to stand for one person alone.
NEVER_ALONE = {"May", "Johnson", "Brown", "Lee", "Kim", "Khan", "Ali", "Rice", "Powell", "Li", "Wang", "Singh",
               "Sharif", "Hussein", "Park", "Moon", "Abdullah", "Omar", "Castro", "Sanchez", "Harris", "Katz"}


@pytest.mark.parametrize(
    ("text", "name", "alpha3", "sector"),
    [
        ("Barack Obama", "Barack Obama", "USA", "GOV"),
        ("Mr. Vladimir Putin", "Vladimir Putin", "RUS", "GOV"),
        ("Sergey Lavrov", "Sergei Lavrov", "RUS", "GOV"),
        ("Volodymyr Zelenskyy", "Volodymyr Zelensky", "UKR", "GOV"),
        ("Recep Tayyip Erdoğan", "Recep Tayyip Erdogan", "TUR", "GOV"),
        ("Xi Jinping", "Xi Jinping", "CHN", "GOV"),
        ("Kim Jong-un", "Kim Jong Un", "PRK", "GOV"),
        ("Ismail Haniyeh", "Ismail Haniyeh", "PSE", "REB"),
        ("Antonio Guterres", "Antonio Guterres", None, "IGO"),
    ],
)
def test_full_names(text: str, name: str, alpha3: str | None, sector: str) -> None:
    found = leader_named(text)
    assert found is not None
    assert (found.name, found.country, found.sector) == (name, alpha3, sector)


@pytest.mark.parametrize(
    ("word", "name"),
    [("Obama", "Barack Obama"), ("Putin", "Vladimir Putin"), ("Zelenskiy", "Volodymyr Zelensky"),
     ("Zelensky", "Volodymyr Zelensky"), ("Erdogan", "Recep Tayyip Erdogan"), ("Erdoğan", "Recep Tayyip Erdogan"),
     ("Netanyahu", "Benjamin Netanyahu"), ("Macron", "Emmanuel Macron"), ("Merkel", "Angela Merkel"),
     ("Bush", "George W. Bush"), ("Lula", "Luiz Inacio Lula da Silva")],
)
def test_surnames_that_stand_alone(word: str, name: str) -> None:
    found = leader_alone(word)
    assert found is not None and found.name == name
    assert lookup_leader(word) == found


@pytest.mark.parametrize("text", ["Michelle Obama", "Jill Biden", "Obama", "Ahmet Kaya", "putin", "the president"])
def test_names_that_are_no_leader(text: str) -> None:
    assert leader_named(text) is None


@pytest.mark.parametrize("word", sorted(NEVER_ALONE))
def test_common_names_never_stand_alone(word: str) -> None:
    assert leader_alone(word) is None


def test_entries_are_well_formed() -> None:
    for leader in leaders():
        assert leader.sector in SECTORS, leader.name
        assert leader.offices, leader.name
        assert leader.country is None or country(leader.country) is not None, leader.name
        assert (leader.country is None) == (leader.sector == "IGO"), leader.name
        assert all(" " not in word for word in leader.alone), leader.name


def test_names_and_alone_words_belong_to_one_leader_each() -> None:
    full: dict[str, str] = {}
    alone: dict[str, str] = {}
    for leader in leaders():
        for name in leader.names:
            assert full.setdefault(names.name_key(name), leader.name) == leader.name, name
        for word in leader.alone:
            assert alone.setdefault(names.name_key(word), leader.name) == leader.name, word


def test_alone_words_are_names_of_their_leader() -> None:
    """A word standing alone is a word of one of the leader's names (or a single-word name of them)."""
    for leader in leaders():
        words = {names.fold(w) for n in leader.names for w in n.replace("-", " ").split()} | {
            names.fold(n) for n in leader.names}
        for word in leader.alone:
            parts = {names.fold(p) for p in word.replace("-", " ").split()}
            assert parts <= words or word.isupper() or word in leader.aliases, (leader.name, word)


def test_longest_name() -> None:
    assert longest_name() >= 5  # "Sheikh Tamim bin Hamad Al Thani"


@pytest.mark.parametrize(("word", "starts"), [("Barack", True), ("Obama", True), ("Diaz", True), ("Kim", True),
                                              ("Jill", False), ("Tuesday", False), ("", False)])
def test_may_start_a_name(word: str, starts: bool) -> None:
    assert may_start_a_name(word) is starts
