"""Clauses that hold an act open: what is asked about ('whether', 'asked if') and what is still awaited
('until we agree') is not told as done or planned; a past 'until' clause tells an act that came."""

from __future__ import annotations

import pytest

from wirecoder import extract

CASES = [
    ('"Until we agree which map to use, the rest is words," Tajik Foreign Minister Shodmon Qurbonov said.',
     "03"),
    ("Asked whether Kenya had deployed troops to Haiti, Foreign Minister Amina Wekesa said she would not "
     "discuss military matters.", "15"),
    ("Reporters asked the Iranian foreign minister if Iran would attack Israel.", "19"),
]


@pytest.mark.parametrize(("text", "root"), CASES)
def test_open_acts_are_not_told_as_done(text: str, root: str) -> None:
    told = [e for e in extract(text, published="2026-11-11").events
            if e.root == root and e.modality in ("asserted", "reported", "planned")]
    assert told == []


def test_a_past_until_clause_tells_an_act_that_came() -> None:
    text = ("Ethiopian and Eritrean troops exchanged fire for two days until Ethiopia and Eritrea signed a "
            "truce on Friday.")
    signed = [e for e in extract(text, published="2026-11-11").events if e.root == "05"]
    assert signed and all(e.modality == "asserted" for e in signed)
