"""The publication date a pasted article shows in its header: "Published: Feb. 3, 2026, 7:04 a.m.".

Text copied from a news page keeps the page's date line under the headline and byline. It is the date
"on Tuesday" means, so it is read as the article's `published` when the input carries no metadata.
Only a line that is nothing but a date (with a label, a weekday, a time and a time zone around it)
counts: a date inside a sentence is the story's, not the page's.
"""

from __future__ import annotations

import re
from datetime import date

from wirecoder.pipeline.timeresolve import MONTHS

HEADER_LINES = 8  # a date line sits under the headline and byline, never deep in the story
MAX_DATE_LINE = 90

_LABEL = re.compile(r"^(?:(?:first |last )?(?:published|updated|posted|modified|created)(?: on| at)?|date)\s*:?\s*")
_ISO = re.compile(r"(\d{4})-(\d{2})-(\d{2})(?:[t ]\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:z|[+-]\d{2}:?\d{2})?)?")
_TIME = re.compile(r"\b\d{1,2}(?:[:.]\d{2}){1,2}\s*(?:[ap]\.?\s?m\b\.?)?|\b\d{1,2}\s*[ap]\.?m\b\.?")
_WEEKDAY = re.compile(r"\b(?:mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)(?:day|sday|nesday|rsday|urday)?\b\.?")
_ZONE = re.compile(
    r"\b(?:gmt|utc|bst|cet|cest|eet|eest|est|edt|cst|cdt|mst|mdt|pst|pdt|ist|jst|kst|msk|wat|cat|eat|sast|"
    r"aest|aedt|hkt|sgt|pkt|wib)\b(?:\s*[+-]\s*\d{1,2}(?::?\d{2})?)?"
)
_FILLER = re.compile(r"[|,·•/()–—-]|\b(?:at|on|the)\b")
_MON = "|".join(sorted(MONTHS, key=len, reverse=True))
_MDY = re.compile(rf"(?P<mon>{_MON})\.? (?P<day>\d{{1,2}})(?:st|nd|rd|th)? (?P<year>\d{{4}})")
_DMY = re.compile(rf"(?P<day>\d{{1,2}})(?:st|nd|rd|th)? (?:of )?(?P<mon>{_MON})\.? (?P<year>\d{{4}})")


def published_in_text(text: str) -> str | None:
    """YYYY-MM-DD from the first date line in the article's header, or None."""
    lines = [line for line in text.split("\n", 40)[:40] if line.strip()][:HEADER_LINES]
    return next((found for line in lines if (found := date_line(line)) is not None), None)


def date_line(line: str) -> str | None:
    """YYYY-MM-DD when the whole line is a date, give or take a label, weekday, time and time zone."""
    s = _LABEL.sub("", line.strip().lower())
    if len(s) > MAX_DATE_LINE:
        return None
    iso = _ISO.fullmatch(s)
    if iso:
        return _valid(int(iso[1]), int(iso[2]), int(iso[3]))
    for pattern in (_TIME, _ZONE, _WEEKDAY, _FILLER):
        s = pattern.sub(" ", s)
    s = " ".join(s.split())
    found = _MDY.fullmatch(s) or _DMY.fullmatch(s)
    if found is None:
        return None
    return _valid(int(found["year"]), MONTHS[found["mon"]], int(found["day"]))


def _valid(year: int, month: int, day: int) -> str | None:
    try:
        return date(year, month, day).isoformat()
    except ValueError:
        return None
