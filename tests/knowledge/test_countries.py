from __future__ import annotations

import pytest

from wirecoder.knowledge._data import UnknownEntryError
from wirecoder.knowledge.countries import (
    countries,
    country,
    country_of_capital,
    country_of_demonym,
    find_country,
    lookup_country,
    seat_of_power,
)


@pytest.mark.parametrize(
    ("text", "alpha3"),
    [
        ("U.S.", "USA"), ("US", "USA"), ("USA", "USA"), ("America", "USA"), ("the United States", "USA"),
        ("United States of America", "USA"), ("U.K.", "GBR"), ("UK", "GBR"), ("Britain", "GBR"),
        ("Great Britain", "GBR"), ("Russia", "RUS"), ("russia", "RUS"), ("Russian Federation", "RUS"),
        ("Russia's", "RUS"), ("DPRK", "PRK"), ("North Korea", "PRK"), ("South Korea", "KOR"),
        ("the Netherlands", "NLD"), ("Holland", "NLD"), ("Czechia", "CZE"), ("Czech Republic", "CZE"),
        ("Turkey", "TUR"), ("Türkiye", "TUR"), ("Turkiye", "TUR"), ("Ivory Coast", "CIV"),
        ("Côte d'Ivoire", "CIV"), ("Cote d’Ivoire", "CIV"), ("Syria", "SYR"), ("Vietnam", "VNM"),
        ("Viet Nam", "VNM"), ("Iran", "IRN"), ("UAE", "ARE"), ("Burma", "MMR"), ("DRC", "COD"),
        ("Congo", "COD"), ("Republic of Congo", "COG"), ("Kosovo", "XKX"), ("Taiwan", "TWN"),
        ("Palestine", "PSE"), ("Ukraine", "UKR"), ("the Ukraine", "UKR"),
    ],
)  # fmt: skip
def test_lookup_country(text: str, alpha3: str) -> None:
    found = lookup_country(text)
    assert found is not None and found.alpha3 == alpha3


@pytest.mark.parametrize("text", ["us", "who", "Russian", "Moscow", "", "the", "Kremlin", "Europe"])
def test_not_country_names(text: str) -> None:
    assert lookup_country(text) is None


@pytest.mark.parametrize(
    ("text", "alpha3"),
    [
        ("Russian", "RUS"), ("Russians", "RUS"), ("Ukrainian", "UKR"), ("American", "USA"),
        ("Americans", "USA"), ("British", "GBR"), ("Britons", "GBR"), ("Brits", "GBR"), ("Israeli", "ISR"),
        ("Israelis", "ISR"), ("Emirati", "ARE"), ("Filipino", "PHL"), ("Dutch", "NLD"), ("Swiss", "CHE"),
        ("Chinese", "CHN"), ("Frenchmen", "FRA"), ("Germans", "DEU"), ("Saudi", "SAU"), ("Kyrgyz", "KGZ"),
        ("Palestinians", "PSE"), ("Kosovar", "XKX"), ("Dominican", "DOM"), ("Congolese", "COD"),
    ],
)  # fmt: skip
def test_country_of_demonym(text: str, alpha3: str) -> None:
    found = country_of_demonym(text)
    assert found is not None and found.alpha3 == alpha3


@pytest.mark.parametrize(
    ("text", "alpha3"),
    [
        ("Kyiv", "UKR"), ("Kiev", "UKR"), ("Moscow", "RUS"), ("Washington", "USA"), ("Beijing", "CHN"),
        ("London", "GBR"), ("Tehran", "IRN"), ("Bogota", "COL"), ("Bogotá", "COL"), ("The Hague", "NLD"),
        ("Malé", "MDV"), ("San José", "CRI"), ("Pristina", "XKX"), ("Naypyidaw", "MMR"),
    ],
)  # fmt: skip
def test_country_of_capital(text: str, alpha3: str) -> None:
    found = country_of_capital(text)
    assert found is not None and found.alpha3 == alpha3


@pytest.mark.parametrize("text", ["Male", "male", "San Jose", "Victoria", "Peking", "Douglas"])
def test_ambiguous_capitals_are_left_out(text: str) -> None:
    assert country_of_capital(text) is None


@pytest.mark.parametrize(
    ("text", "alpha3", "sector", "name"),
    [
        ("the Kremlin", "RUS", "GOV", "Kremlin"), ("Kremlin", "RUS", "GOV", "Kremlin"),
        ("White House", "USA", "GOV", "White House"), ("Pentagon", "USA", "MIL", "Pentagon"),
        ("State Department", "USA", "GOV", "State Department"), ("Foggy Bottom", "USA", "GOV", "State Department"),
        ("Downing Street", "GBR", "GOV", "Downing Street"), ("No. 10", "GBR", "GOV", "Downing Street"),
        ("Elysee", "FRA", "GOV", "Élysée"), ("Élysée", "FRA", "GOV", "Élysée"), ("Quai d'Orsay", "FRA", "GOV", "Quai d'Orsay"),
        ("Zhongnanhai", "CHN", "GOV", "Zhongnanhai"), ("Blue House", "KOR", "GOV", "Blue House"),
        ("Bankova", "UKR", "GOV", "Bankova"), ("Knesset", "ISR", "LEG", "Knesset"), ("Congress", "USA", "LEG", "Congress"),
        ("Bundestag", "DEU", "LEG", "Bundestag"), ("Duma", "RUS", "LEG", "State Duma"), ("Whitehall", "GBR", "GOV", "Whitehall"),
    ],
)  # fmt: skip
def test_seat_of_power(text: str, alpha3: str, sector: str, name: str) -> None:
    assert seat_of_power(text) == (alpha3, sector, name)


def test_find_country_says_how() -> None:
    assert find_country("Britain") == (country("GBR"), "name")
    assert find_country("Britons") == (country("GBR"), "demonym")
    assert find_country("Kiev") == (country("UKR"), "capital")
    assert find_country("Kremlin") is None


def test_country_by_code() -> None:
    russia = country("RUS")
    assert russia.name == "Russia" and russia.names[0] == "Russia"
    assert "Russians" in russia.demonyms and "Moscow" in russia.capitals
    assert country("usa").name == "United States"
    with pytest.raises(UnknownEntryError):
        country("XXX")


@pytest.mark.parametrize(
    ("alpha3", "name"),
    [("RUS", "Russia"), ("IRN", "Iran"), ("KOR", "South Korea"), ("USA", "United States"), ("GBR", "United Kingdom"),
     ("SYR", "Syria"), ("VNM", "Vietnam"), ("PRK", "North Korea"), ("BOL", "Bolivia"), ("TZA", "Tanzania")],
)  # fmt: skip
def test_canonical_short_names(alpha3: str, name: str) -> None:
    assert country(alpha3).name == name


def test_table_covers_iso_3166() -> None:
    import pycountry

    codes = {c.alpha3 for c in countries()}
    assert {c.alpha_3 for c in pycountry.countries} <= codes
    states = [c for c in countries() if c.sovereign]
    assert len(states) >= 195
    assert all(c.demonyms for c in states if c.alpha3 not in {"DMA", "VAT"})
    assert all(c.capitals for c in states if c.alpha3 not in {"JAM", "SYC"})
