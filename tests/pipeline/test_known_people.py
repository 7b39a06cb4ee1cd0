"""pipeline/known_people.py: the leaders table's names are people, and give a country the text does not."""

from __future__ import annotations

import pytest

from wirecoder import extract
from wirecoder.model import Actor, Extraction

PUBLISHED = "2026-05-04"


def people(result: Extraction) -> dict[str, Actor]:
    return {a.name: a for a in result.actors if a.kind == "person"}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # bare surnames NER found but nothing vouched for
        ("Erdogan met Macron in Ankara on Tuesday.", {"Erdogan": "TUR", "Macron": "FRA"}),
        ("Lavrov accused Washington of prolonging the war.", {"Lavrov": "RUS"}),
        # a list NER took for one place
        ("Putin and Zelenskiy spoke by phone on Friday.", {"Putin": "RUS", "Zelenskiy": "UKR"}),
        # names NER missed or called a place, a sentence-opening name the tagger took for a noun
        ("Zelenskyy thanked Sybiha and Umerov for their work.", {"Zelenskyy": "UKR", "Sybiha": "UKR", "Umerov": "UKR"}),
        ("Xi Jinping met Kim Jong-un in Pyongyang on Thursday.", {"Xi Jinping": "CHN", "Kim Jong-un": "PRK"}),
        # a full name with a title that gives no country
        ("President Barack Obama criticised Iran on Monday.", {"Barack Obama": "USA"}),
        # an Arabic article joined to the surname
        ("The rebels said al-Assad had fled, while el-Sisi called for calm.", {"al-Assad": "SYR", "el-Sisi": "EGY"}),
        # title words NER took into the name
        ("Crown Prince Mohammed bin Salman received Blinken in Riyadh.",
         {"Crown Prince Mohammed bin Salman": "SAU", "Blinken": "USA"}),
    ],
)
def test_table_names_are_people_with_the_tables_country(text: str, expected: dict[str, str]) -> None:
    found = people(extract(text, published=PUBLISHED))
    assert {name: found[name].country for name in expected if name in found} == expected, sorted(found)
    assert all(found[name].sector == "GOV" for name in expected)


def test_the_tables_country_wins_over_the_dateline() -> None:
    text = "MOSCOW, May 4 (Reuters) - Erdogan told reporters that Turkey would keep its straits open."
    assert people(extract(text, published=PUBLISHED))["Erdogan"].country == "TUR"


def test_no_role_is_read_from_the_table() -> None:
    found = people(extract("Obama ordered an investigation against Iran.", published=PUBLISHED))
    assert found["Obama"].roles == []


def test_no_role_is_read_from_a_table_country() -> None:
    """Peskov is Russian by the table: that makes no president of the one whose spokesman he is."""
    found = people(extract("Putin's spokesman Peskov said the talks were useful.", published=PUBLISHED))
    assert (found["Peskov"].country, found["Putin"].country, found["Putin"].roles) == ("RUS", "RUS", [])


def test_a_description_finds_the_leader_of_its_country() -> None:
    text = "Putin met Erdogan in Sochi on Monday. The Russian leader said the talks had been useful."
    found = people(extract(text, published=PUBLISHED))
    assert "The Russian leader" in [m.text for m in found["Putin"].mentions]
    assert "The Russian leader" not in [m.text for m in found["Erdogan"].mentions]


def test_a_single_name_of_the_table_is_the_leader_named_in_full() -> None:
    text = "Xi Jinping met Putin in Moscow on Monday. Xi said the two countries were close friends."
    found = people(extract(text, published=PUBLISHED))
    assert "Xi" not in found
    assert [m.text for m in found["Xi Jinping"].mentions] == ["Xi Jinping", "Xi"]


def test_the_source_of_an_event_takes_the_tables_country() -> None:
    result = extract("Obama and Putin said on Monday they would attack the rebels' bases.", published=PUBLISHED)
    country = {a.id: a.country for a in result.actors}
    assert {country[e.source] for e in result.events if e.source} == {"USA", "RUS"}


def test_an_international_official_has_no_country() -> None:
    found = people(extract("Guterres urged both sides to stop the fighting.", published=PUBLISHED))
    assert (found["Guterres"].country, found["Guterres"].sector) == (None, "IGO")


def test_the_text_wins_when_it_states_a_country() -> None:
    found = people(extract("Chilean Senator Rubio said the bill would pass.", published=PUBLISHED))
    assert found["Rubio"].country == "CHL"


@pytest.mark.parametrize(
    "text",
    [
        "Michelle Obama opened a school in Nairobi on Monday.",  # another first name: another person
        "Jill Biden and Michelle Obama visited a school in Accra.",
    ],
)
def test_a_surname_with_another_first_name_is_another_person(text: str) -> None:
    found = people(extract(text, published=PUBLISHED))
    assert found and all(a.country is None and a.sector is None for a in found.values()), found


@pytest.mark.parametrize(
    ("text", "absent"),
    [
        ("Farmers in County Kerry protested on Monday against the new tax.", "Kerry"),
        ("Gallant efforts by rescuers saved dozens of lives.", "Gallant"),
        ("Obama Foundation officials visited Accra on Monday.", "Obama"),
        ("Johnson said the vote would go ahead on Thursday.", "Johnson"),  # too common to stand alone
        ("The Obama-era deal collapsed on Friday.", "Obama"),
        ("Thousands joined an anti-Putin rally in Tbilisi.", "Putin"),
    ],
)
def test_words_that_name_no_leader(text: str, absent: str) -> None:
    assert absent not in people(extract(text, published=PUBLISHED))


def test_invented_people_are_untouched() -> None:
    text = ("ANKARA (Reuters) - Turkish Foreign Minister Selim Aydemir met his Greek counterpart, Nikos Drakos, "
            "on Tuesday.")
    found = people(extract(text, published=PUBLISHED))
    assert (found["Selim Aydemir"].country, found["Nikos Drakos"].country) == ("TUR", "GRC")
