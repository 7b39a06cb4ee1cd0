"""The event coder: one sentence in, the CAMEO event it must (or must not) yield. Sentences we wrote."""

from __future__ import annotations

import pytest

from wirecoder import Extraction, extract


def run(text: str) -> Extraction:
    return extract(text, published="2026-03-04")  # a Wednesday


def events(result: Extraction) -> list[tuple[str, str | None, str | None, bool, str | None]]:
    names = {a.id: a.name for a in result.actors}
    return [(e.root, names.get(e.source or ""), names.get(e.target or ""), e.negated, e.date) for e in result.events]


@pytest.mark.parametrize(
    ("text", "root", "source", "target"),
    [
        ("Chile recalled its ambassador from Peru on Monday.", "16", "Chile", None),
        ("Kenya released two Ugandan journalists on Tuesday.", "08", "Kenya", "Ugandan journalists"),
        ("Russia on Tuesday freed Canadian aid worker Ann Price.", "08", "Russia", "Ann Price"),
        ("Two Ugandan journalists were released by Kenya on Tuesday.", "08", "Kenya", None),
        ("Egypt condemned Israel over the strike.", "11", "Egypt", "Israel"),
        ("India accused Pakistan of sheltering militants.", "11", "India", "Pakistan"),
        ("Iran rejected the proposal from France.", "12", "Iran", None),
        ("Serbia demanded that Kosovo withdraw its police.", "10", "Serbia", "Kosovo"),
        ("Brazil urged Colombia to reopen the border.", "02", "Brazil", "Colombia"),
        ("Japan will give $50 million in aid to Bangladesh.", "07", "Japan", "Bangladesh"),
        ("The United States imposed sanctions on Venezuela on Monday.", "16", "United States", "Venezuela"),
        ("Ghana and Togo signed an agreement on trade.", "05", "Ghana", "Togo"),
        ("Argentine President Luis Vidal met Chilean President Ana Soto in Santiago on Monday.", "04",
         "Luis Vidal", "Ana Soto"),
        ("Nepal's prime minister spoke with China's premier by phone.", "04", None, None),
        ("Peruvian police arrested three Bolivian lawmakers.", "17", None, None),
        ("Ethiopia invaded Eritrea.", "19", "Ethiopia", "Eritrea"),
        ("Turkey threatened Greece with sanctions.", "13", "Turkey", "Greece"),
    ],
)
def test_root_source_target(text: str, root: str, source: str | None, target: str | None) -> None:
    found = events(run(text))
    hits = [e for e in found if e[0] == root and not e[3]]
    assert hits, found
    if source:
        assert any(e[1] == source for e in hits), found
    if target:
        assert any(e[2] == target for e in hits), found


@pytest.mark.parametrize(
    "text",
    [
        "Peru's president had no direct contact with Bolivia's president.",
        "Peruvian President Luis Vidal did not meet Bolivian President Ana Soto.",
        "No talks have been held between Peru and Bolivia since March.",
    ],
)
def test_negated_contacts_are_marked(text: str) -> None:
    result = run(text)
    assert result.events and all(e.negated for e in result.events if e.root == "04")


def test_weekday_dates_follow_tense() -> None:
    past = run("Ghana and Togo signed an agreement on Monday.")
    future = run("Argentine President Luis Vidal will meet Chilean President Ana Soto on Friday.")
    assert any(e.date == "2026-03-02" for e in past.events)
    assert any(e.date == "2026-03-06" and e.modality == "planned" for e in future.events)


def test_demand_carries_what_is_demanded() -> None:
    result = run("Serbia demanded that Kosovo withdraw its police from the north.")
    demand = next(e for e in result.events if e.root == "10")
    assert demand.about is not None and "withdraw its police" in demand.about.text


def test_no_event_in_plain_facts() -> None:
    assert not run("Prices of rice rose by 4% in March, the statistics office said.").events
