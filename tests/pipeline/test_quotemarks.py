"""Quotation marks paired in plain text (no model): doubles, singles, apostrophes, paragraphs."""

from __future__ import annotations

import pytest

from wirecoder.pipeline.quotemarks import Marked, is_crosshead, is_title, quoted_spans


def texts(text: str) -> list[str]:
    return [text[m.start : m.end] for m in quoted_spans(text)]


@pytest.mark.parametrize(
    ("text", "quoted"),
    [
        ('"We will fight," he said.', ["We will fight"]),
        ("“We will fight,” he said. “Then we talk.”", ["We will fight", "Then we talk."]),
        ('He said: "We will fight', ["We will fight"]),  # unclosed after a colon: to the paragraph's end
        ('The screen is 5" wide and "new," he said.', ["new"]),
        ("'We will not,' she said. 'Never.'", ["We will not", "Never."]),
        ("'Britain’s position hasn't changed,' she said. 'The ministers' offer stands.'",
         ["Britain’s position hasn't changed", "The ministers' offer stands."]),
        ("The talks’ outcome was open, Trump’s aides said; in the ’90s it was different.", []),
        ("'Yes,' he said. 'In the '90s we rocked 'n' roll.'", ["Yes", "In the '90s we rocked 'n' roll."]),
        ("“We… talked about peace …and drones… including more,” he wrote.",
         ["We… talked about peace …and drones… including more"]),
        ("“Nested ‘single’ marks stay inside,” she said.", ["Nested ‘single’ marks stay inside"]),
    ],
)
def test_quoted_spans(text: str, quoted: list[str]) -> None:
    assert texts(text) == quoted


def test_single_marks_are_ignored_in_a_double_quote_paper() -> None:
    text = "“We will talk,” he said.\n‘A HEADLINE’\nShe said it was “fine.”"
    assert texts(text) == ["We will talk", "fine."]


def test_a_paper_mixing_families_gets_both() -> None:
    # double marks for partial quotes, single marks for whole sentences; short single pairs stay apostrophes
    text = ("She accused them of \u201cclinging on\u201d. \u2018They have lost the trust of the public,\u2019 she said.\n"
            "It was the \u2018worst\u2019 week, said the \u201cshadow\u201d minister.")
    assert texts(text) == ["clinging on", "They have lost the trust of the public", "shadow"]


def test_quote_running_over_paragraphs() -> None:
    text = "“We came to listen.\n“Nobody left,” Vera said.\n“Next week.”"
    spans = quoted_spans(text)
    assert [text[m.start : m.end] for m in spans] == ["We came to listen.", "Nobody left", "Next week."]
    assert [(m.continued, m.continues, m.closed) for m in spans] == [
        (True, False, False), (False, True, True), (False, False, True)]


def test_a_stray_mark_mid_paragraph_opens_nothing_that_runs_on() -> None:
    assert texts('He measured 5 "units" and a stray " mark\nNext line.') == ["units"]


@pytest.mark.parametrize(
    ("text", "crosshead", "title"),
    [
        ("Text.\n‘ILLUSIONARY GOAL’\nMore.", True, False),
        ("“NO DEAL YET”", True, False),
        ("He read his memoir “Roads To Nowhere” on the flight.", False, True),
        ("The so-called “shadow fleet” sailed.", False, True),
        ("A ship code-named “Blue Heron” sailed.", False, True),
        ("He called the plan “dead on arrival.”", False, False),
        ("He said the report was “a lie.”", False, False),
    ],
)
def test_crossheads_and_titles(text: str, crosshead: bool, title: bool) -> None:
    spans: list[Marked] = [m for m in quoted_spans(text) if m.family == "double"] or quoted_spans(text)
    assert spans
    assert (is_crosshead(text, spans[0]), is_title(text, spans[0])) == (crosshead, title)
