"""The quotes stage: direct, partial and reported quotes and their speakers (passages we wrote)."""

from __future__ import annotations

import pytest

from wirecoder import Extraction, extract


def run(text: str) -> Extraction:
    return extract(text, published="2026-03-04")


def quote(result: Extraction, fragment: str) -> tuple[str, list[str]]:
    names = {a.id: a.name for a in result.actors}
    hits = [q for q in result.quotes if fragment in q.text]
    assert hits, [q.text for q in result.quotes]
    q = min(hits, key=lambda h: len(h.text))
    return q.kind, [names[s] for s in q.speakers]


@pytest.mark.parametrize(
    ("text", "fragment", "kind", "speaker"),
    [
        ("“We will not retreat,” Kenyan President Ruth Odhiambo said on Monday.", "We will not retreat", "direct",
         "Ruth Odhiambo"),
        ("Chilean Foreign Minister Tomas Vera said: \"The border stays open.\"", "The border stays open", "direct",
         "Tomas Vera"),
        ("“The talks were useful,” Norwegian envoy Kari Dahl told reporters. “We meet again in May.”",
         "We meet again in May", "direct", "Kari Dahl"),
        ("Polish Prime Minister Jan Nowak met farmers. “Prices will fall,” he added.", "Prices will fall", "direct",
         "Jan Nowak"),
        ("Indian Defence Minister Arjun Mehta said the plan was “dead on arrival” and left.", "dead on arrival",
         "partial", "Arjun Mehta"),
        ("Turkish Foreign Minister Kemal Aydin said Ankara would reopen its consulate next month.",
         "Ankara would reopen its consulate", "indirect", "Kemal Aydin"),
        ("The Kremlin said the proposal was unacceptable.", "the proposal was unacceptable", "indirect", "Kremlin"),
        ("Germany, France and Italy said in a joint statement that the vote must be repeated.",
         "the vote must be repeated", "indirect", "Germany"),
    ],
)
def test_quotes_and_speakers(text: str, fragment: str, kind: str, speaker: str) -> None:
    got_kind, speakers = quote(run(text), fragment)
    assert got_kind == kind
    assert speakers and speakers[0] == speaker


def test_joint_statement_lists_every_speaker_and_the_channel() -> None:
    result = run("Germany, France and Italy said in a joint statement that the vote must be repeated.")
    q = next(q for q in result.quotes if "vote must be repeated" in q.text)
    names = {a.id: a.name for a in result.actors}
    assert [names[s] for s in q.speakers] == ["Germany", "France", "Italy"]
    assert q.channel == "joint statement"


def test_multi_paragraph_quote_and_unattributed_follow_up() -> None:
    text = (
        "Chilean Foreign Minister Tomas Vera spoke after the meeting.\n"
        "“We came to listen and we listened. The other side did too.\n"
        "“Nobody left the table,” Vera said.\n"
        "“We will return next week.”\n"
    )
    result = run(text)
    for fragment in ("We came to listen", "Nobody left the table", "We will return next week"):
        assert quote(result, fragment)[1] == ["Tomas Vera"]


def test_crosshead_and_apostrophes_are_not_quotes() -> None:
    text = "“NO DEAL YET”\nThe minister’s aides said the talks’ outcome was open.\n"
    result = run(text)
    assert not [q for q in result.quotes if q.kind in ("direct", "partial")]


def test_offsets_match_the_text() -> None:
    text = "“We will not retreat,” Kenyan President Ruth Odhiambo said, adding that talks would go on."
    for q in run(text).quotes:
        assert text[q.start : q.end] == q.text
