"""The date line of a pasted article's header becomes its publication date; dates in sentences do not."""

from __future__ import annotations

import pytest

from wirecoder.ingest.reader import RawArticle, read_article
from wirecoder.ingest.textdate import date_line, published_in_text


@pytest.mark.parametrize(
    ("line", "date"),
    [
        ("Published: Feb. 3, 2026, 7:04 a.m.", "2026-02-03"),
        ("February 3, 2026", "2026-02-03"),
        ("Tue 3 Feb 2026 12.04 GMT", "2026-02-03"),
        ("Tuesday, February 3, 2026", "2026-02-03"),
        ("Updated 12:04 GMT, 3 February 2026", "2026-02-03"),
        ("3:04 PM EST, Tue February 3, 2026", "2026-02-03"),
        ("Feb 3, 2026 | 7:04 AM EST", "2026-02-03"),
        ("Posted on 3rd February 2026 at 9am", "2026-02-03"),
        ("Last updated on 03 Feb 2026 - 18:45 UTC+3", "2026-02-03"),
        ("2026-02-03", "2026-02-03"),
        ("2026-02-03T12:04:00Z", "2026-02-03"),
        ("Date: 2026-02-30", None),  # no such day
        ("03/02/2026", None),  # 3 February or March 2: not guessed
        ("March 2026", None),
        ("The talks began on February 3, 2026.", None),
        ("By Ann Lee, February 3, 2026", None),  # a byline's date is left to the byline reader
        ("Nigeria says troops freed 40 hostages", None),
    ],
)
def test_date_line(line: str, date: str | None) -> None:
    assert date_line(line) == date


def test_only_the_header_is_searched() -> None:
    body = "\n".join(["The army said it had freed the hostages, officials told reporters on Monday."] * 8)
    assert published_in_text(f"Headline\nBy Ann Lee\nMarch 5, 2026\n{body}") == "2026-03-05"
    assert published_in_text(f"Headline\n{body}\nMarch 5, 2026") is None


def test_a_pasted_date_line_dates_the_article() -> None:
    text = ("Nigeria says troops freed 40 hostages\nBy Chinedu Okafor\nPublished: Feb. 3, 2026, 7:04 a.m.\n\n"
            "ABUJA, Nigeria (AP) — Nigerian troops freed 40 people, the army said Tuesday.\n")
    article, _ = read_article(RawArticle("paste.txt", text, published="2026-01-01"))
    assert (article.published, article.title) == ("2026-02-03", "Nigeria says troops freed 40 hostages")
    dateless = text.replace("Published: Feb. 3, 2026, 7:04 a.m.\n", "")
    assert read_article(RawArticle("paste.txt", dateless, published="2026-01-01"))[0].published == "2026-01-01"


def test_a_date_line_is_no_headline() -> None:
    article, _ = read_article(RawArticle("paste.txt", "February 3, 2026\nABUJA (AP) — Troops freed 40 people."))
    assert (article.title, article.published) == (None, "2026-02-03")
