"""pipeline/leader_homes.py: a titled leader's country from the state he reports as the doer of his clause.

Passages written for this test; people are invented, countries real.
"""

from __future__ import annotations

from wirecoder import extract

DATELINE = "DOHA, Qatar (AP) — Qatar hosted the two delegations on Friday.\n\n"


def _country(text: str, name: str) -> str | None:
    result = extract(DATELINE + text, published="2026-03-03")
    return next(a.country for a in result.actors if a.name == name)


def test_the_state_he_reports_as_acting_is_his() -> None:
    text = "President Ilham Rzayev said in a televised address that Baku had kept its word. He accused Armenia of delay.\n"
    assert _country(text, "Ilham Rzayev") == "AZE"


def test_a_state_he_acts_on_is_not_his() -> None:
    text = "President Ilham Rzayev said Armenia had kept its word and accused Armenia of delay.\n"
    assert _country(text, "Ilham Rzayev") == "QAT"  # no other clue: the dateline's, as before


def test_a_state_headed_by_another_title_is_not_his() -> None:
    text = "Prime Minister Omar Saleh said Baku had kept its word.\n"  # Azerbaijan is headed by a president
    assert _country(text, "Omar Saleh") == "QAT"
