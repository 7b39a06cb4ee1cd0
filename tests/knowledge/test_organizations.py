from __future__ import annotations

import pytest

from wirecoder.knowledge.countries import country
from wirecoder.knowledge.organizations import lookup_organization, organization, organizations, parent_chain

SECTORS = {"IGO", "NGO", "GOV", "MIL", "REB", "SPY", "COP", "JUD", "LEG", "MED", "BUS", "REL", "CRM", "PTY"}


@pytest.mark.parametrize(
    ("text", "name", "kind", "alpha3", "sector"),
    [
        ("UN", "United Nations", "organization", None, "IGO"),
        ("the U.N.", "United Nations", "organization", None, "IGO"),
        ("Security Council", "UN Security Council", "organization", None, "IGO"),
        ("UNHCR", "UN refugee agency", "organization", None, "IGO"),
        ("WHO", "World Health Organization", "organization", None, "IGO"),
        ("IAEA", "International Atomic Energy Agency", "organization", None, "IGO"),
        ("NATO", "North Atlantic Treaty Organization", "organization", None, "IGO"),
        ("Nato", "North Atlantic Treaty Organization", "organization", None, "IGO"),
        ("EU", "European Union", "organization", None, "IGO"),
        ("European Commission", "European Commission", "organization", None, "IGO"),
        ("European Community", "European Community", "organization", None, "IGO"),  # the EU's name until 1993
        ("EEC", "European Community", "organization", None, "IGO"),
        ("African Union", "African Union", "organization", None, "IGO"),
        ("OPEC", "Organization of the Petroleum Exporting Countries", "organization", None, "IGO"),
        ("ICC", "International Criminal Court", "organization", None, "JUD"),
        ("Red Cross", "International Committee of the Red Cross", "organization", None, "NGO"),
        ("G7", "Group of Seven", "organization", None, "IGO"),
        ("BRICS", "BRICS", "organization", None, "IGO"),
        ("CIA", "Central Intelligence Agency", "organization", "USA", "SPY"),
        ("Hamas", "Hamas", "group", "PSE", "REB"),
        ("Hezbollah", "Hezbollah", "group", "LBN", "REB"),
        ("the Taliban", "Taliban", "group", "AFG", "REB"),
        ("Houthi rebels", "Houthis", "group", "YEM", "REB"),
        ("al-Qaeda", "al Qaeda", "group", None, "REB"),
        # wire copy's descriptions of UN bodies, with "UN" spelled out or not
        ("the U.N. humanitarian office", "UN Office for the Coordination of Humanitarian Affairs", "organization",
         None, "IGO"),
        ("United Nations humanitarian office", "UN Office for the Coordination of Humanitarian Affairs",
         "organization", None, "IGO"),
        ("UN children's agency", "UNICEF", "organization", None, "IGO"),
        ("the United Nations food agency", "World Food Programme", "organization", None, "IGO"),
        ("UN migration agency", "International Organization for Migration", "organization", None, "IGO"),
    ],
)
def test_lookup(text: str, name: str, kind: str, alpha3: str | None, sector: str) -> None:
    org = lookup_organization(text)
    assert org is not None
    assert (org.name, org.kind, org.country, org.sector) == (name, kind, alpha3, sector)


@pytest.mark.parametrize("text", ["who", "un", "nato", "hamas", "amnesty", "Russia", "", "the", "Let", "LET"])
def test_words_and_countries_are_no_organizations(text: str) -> None:
    assert lookup_organization(text) is None


def test_parents() -> None:
    council = lookup_organization("UNSC")
    assert council is not None
    assert [o.name for o in parent_chain(council)] == ["United Nations"]
    assert organization("United Nations") is not None


def test_table_is_consistent() -> None:
    orgs = organizations()
    assert len(orgs) > 100
    for org in orgs:
        assert org.kind in {"organization", "group"}
        assert org.sector in SECTORS, org.name
        if org.country:
            country(org.country)  # raises for an unknown code
        if org.parent:
            assert organization(org.parent) is not None
