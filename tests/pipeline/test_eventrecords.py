"""Event records across sentences: an act named again as a thing that exists is a mention of the act
told before, not a new act with the date, negation or modality of the clause it is named in."""

from __future__ import annotations

from wirecoder import extract
from wirecoder.model import Event, Extraction

SIGNED = """ASTANA, Nov 11 (Reuters) - The presidents of Kyrgyzstan and Tajikistan signed a ceasefire agreement on Wednesday.

Under the agreement, both sides will pull artillery back from the line by Saturday and reopen two border crossings.

The agreement does not assign responsibility for the Nov. 5 drone strike that killed five civilians.
"""

RESUMED = """LIMA, June 2 (Reuters) - Peru and Bolivia held talks in Lima on Monday over a disputed lake.

The talks will resume in La Paz on Friday, Peru's foreign ministry said.
"""


def _by_root(result: Extraction, root: str) -> list[Event]:
    return [e for e in result.events if e.root == root]


def _country(result: Extraction, actor_id: str | None) -> str | None:
    return next((a.country for a in result.actors if a.id == actor_id), None)


def test_an_agreement_named_again_is_a_mention_of_the_signing() -> None:
    result = extract(SIGNED, published="2026-11-11")
    signings = _by_root(result, "05")
    assert len(signings) == 1, [(e.code, e.date, e.negated, e.modality) for e in signings]
    signing = signings[0]
    assert (signing.date, signing.negated, signing.modality) == ("2026-11-11", False, "asserted")
    assert signing.mentions == 3
    assert {_country(result, signing.source), _country(result, signing.target)} == {"KGZ", "TJK"}


def test_talks_that_will_resume_are_a_new_planned_meeting() -> None:
    result = extract(RESUMED, published="2025-06-04")
    meetings = sorted(_by_root(result, "04"), key=lambda e: e.date or "")
    assert [(e.date, e.modality) for e in meetings] == [("2025-06-02", "asserted"), ("2025-06-06", "planned")]
