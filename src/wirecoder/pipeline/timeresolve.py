"""Resolve one time expression against an article's published date: pure, no spaCy.

`resolve("on Wednesday", date(2025, 2, 12), "past")` → `Resolved("2025-02-12", "day")`.

Choices (wire conventions):
- A weekday in a past or present clause is the most recent such day on or before the published date
  (same-day reporting: "said on Wednesday" in a Wednesday story is that Wednesday); in a future clause it
  is the coming one, on or after the published date ("will meet on Friday"; "will meet on Wednesday" in a
  Wednesday story is later that day). "last Wednesday" is strictly earlier, "next Wednesday" strictly later.
- last/this/next week → the Monday of that week, granularity "week"; the weekend → its Saturday,
  granularity "weekend"; last/this/next month → "YYYY-MM"; last/this/next year → "YYYY".
- A month-day without a year takes the published year, moved back a year when a past event would
  otherwise fall more than a day after publication (a day is allowed for time zones), forward a year
  when a future one would fall before it. A month alone is the most recent such month (past) or the
  coming one (future).
- Years stand alone ("since 2014", "pre-2014" → "2014"); decades ("the 1990s") are not dates.
- Without a published date, relative expressions keep value None (their granularity is still given);
  absolute ones (a year, a full date, a month with its year) resolve regardless.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, timedelta
from typing import Literal

Tense = Literal["past", "present", "future"]
Granularity = Literal["day", "week", "weekend", "month", "year"]
Direction = Literal["before", "on_or_before", "on_or_after", "after"]


@dataclass(frozen=True)
class Resolved:
    value: str | None  # "YYYY-MM-DD", "YYYY-MM", "YYYY" or None
    granularity: Granularity | None  # None: not a time expression we know


NOT_A_DATE = Resolved(None, None)

MONTHS = {
    "january": 1, "february": 2, "march": 3, "april": 4, "may": 5, "june": 6, "july": 7,
    "august": 8, "september": 9, "october": 10, "november": 11, "december": 12,
    "jan": 1, "feb": 2, "mar": 3, "apr": 4, "jun": 6, "jul": 7, "aug": 8, "sep": 9, "sept": 9,
    "oct": 10, "nov": 11, "dec": 12,
}  # fmt: skip
WEEKDAYS = {"monday": 0, "tuesday": 1, "wednesday": 2, "thursday": 3, "friday": 4, "saturday": 5, "sunday": 6}
SEASONS = {"spring": 3, "summer": 6, "autumn": 9, "fall": 9, "winter": 12}
NUMBERS = {
    "a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
    "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "several": 3, "a few": 3,
}  # fmt: skip
DAY_OFFSETS = {
    "today": 0, "tonight": 0, "this morning": 0, "this afternoon": 0, "this evening": 0, "now": 0,
    "yesterday": -1, "last night": -1, "tomorrow": 1, "the day before yesterday": -2,
    "the day after tomorrow": 2,
}  # fmt: skip

_MON = r"(?P<mon>" + "|".join(sorted(MONTHS, key=len, reverse=True)) + r")\.?"
_DAY = r"(?P<day>\d{1,2})(?:st|nd|rd|th)?"
_YEAR = r"(?P<year>\d{4})"
_REL = r"(?:(?P<rel>last|next|this|coming|this coming|past|this past|previous)\s+)?"

_PREFIX = re.compile(
    r"^(?:on|in|at|since|by|until|till|from|during|of|before|after|through|throughout|as of|as early as"
    r"|around|about|circa|the|earlier|later|early|late|mid-?|pre-|post-|fiscal|calendar)\s*",
)
# "the last year", "the next day", "the previous week": spans of time or narrative-relative days
_DURATION = re.compile(
    r"\bthe (?:last|past|next|previous|coming|following) (?:\w+ )?(?:day|week|weekend|month|year)s?\b"
)
_SUFFIX = re.compile(r"\s+(?:morning|afternoon|evening|night|overnight)$")
_PATTERNS: list[tuple[str, re.Pattern[str]]] = [
    ("iso_day", re.compile(r"^(?P<year>\d{4})-(?P<month>\d{2})-(?P<day>\d{2})$")),
    ("iso_month", re.compile(r"^(?P<year>\d{4})-(?P<month>\d{2})$")),
    ("mdy", re.compile(rf"^{_MON}\s+{_DAY},?\s+{_YEAR}$")),
    ("dmy", re.compile(rf"^{_DAY}\s+(?:of\s+)?{_MON},?\s+{_YEAR}$")),
    ("md", re.compile(rf"^{_MON}\s+{_DAY}$")),
    ("dm", re.compile(rf"^{_DAY}\s+(?:of\s+)?{_MON}$")),
    ("my", re.compile(rf"^{_MON},?\s+(?:of\s+)?{_YEAR}$")),
    ("month", re.compile(rf"^{_REL}{_MON}$")),
    ("season_year", re.compile(r"^(?:spring|summer|autumn|fall|winter)(?:\s+of)?\s+(?P<year>\d{4})$")),
    ("season", re.compile(r"^" + _REL + r"(?P<season>spring|summer|autumn|fall|winter)$")),
    ("year", re.compile(r"^(?P<year>\d{4})$")),
    ("weekday", re.compile(r"^" + _REL + r"(?P<wd>" + "|".join(WEEKDAYS) + r")$")),
    (
        "unit",
        re.compile(
            r"^(?P<rel>last|next|this|coming|this coming|previous)\s+(?P<unit>week|weekend|month|year)$"
        ),
    ),
    ("weekend", re.compile(r"^(?:over|at|during)?\s*(?:the\s+)?weekend$")),
    (
        "ago",
        re.compile(r"^(?P<n>\d+|a few|" + "|".join(NUMBERS) + r")\s+(?P<unit>day|week|month|year)s?\s+ago$"),
    ),
]


def normalize(text: str) -> str:
    """Lower case, no possessive, no leading preposition or modifier, no part of the day."""
    s = re.sub(r"\s+", " ", text.replace("’", "'").strip().lower())
    s = re.sub(r"[.,;:]+$", "", s)
    s = re.sub(r"'s?$", "", s).strip()
    if s in DAY_OFFSETS:
        return s
    previous = None
    while previous != s:
        previous = s
        s = _PREFIX.sub("", s, count=1).strip()
        if s not in DAY_OFFSETS:
            s = _SUFFIX.sub("", s).strip()
    return s


def resolve(text: str, published: date | None, tense: Tense = "past") -> Resolved:
    """The calendar value of one time expression; `Resolved(None, None)` if it is not one."""
    if _DURATION.search(text.lower()):
        return NOT_A_DATE
    s = normalize(text)
    if s in DAY_OFFSETS:
        return _day(published + timedelta(days=DAY_OFFSETS[s])) if published else Resolved(None, "day")
    if re.fullmatch(r"(?:\d{4}|'\d\d)s", s):
        return NOT_A_DATE  # a decade
    for kind, pattern in _PATTERNS:
        m = pattern.match(s)
        if m:
            return _HANDLERS[kind](m, published, tense)
    return NOT_A_DATE


def _day(d: date) -> Resolved:
    return Resolved(d.isoformat(), "day")


def _month(year: int, month: int) -> Resolved:
    return Resolved(f"{year:04d}-{month:02d}", "month")


def _year(year: int) -> Resolved:
    return Resolved(f"{year:04d}", "year") if 1000 <= year <= 2199 else NOT_A_DATE


def _direction(rel: str | None, tense: Tense) -> Direction:
    if rel in ("last", "past", "this past", "previous"):
        return "before"
    if rel in ("next", "coming", "this coming"):
        return "after"
    return "on_or_after" if tense == "future" else "on_or_before"


def _safe_date(year: int, month: int, day: int) -> date | None:
    try:
        return date(year, month, day)
    except ValueError:
        return None


def _iso_day(m: re.Match[str], published: date | None, tense: Tense) -> Resolved:
    d = _safe_date(int(m["year"]), int(m["month"]), int(m["day"]))
    return _day(d) if d else NOT_A_DATE


def _iso_month(m: re.Match[str], published: date | None, tense: Tense) -> Resolved:
    month = int(m["month"])
    return _month(int(m["year"]), month) if 1 <= month <= 12 else NOT_A_DATE


def _full_date(m: re.Match[str], published: date | None, tense: Tense) -> Resolved:
    d = _safe_date(int(m["year"]), MONTHS[m["mon"]], int(m["day"]))
    return _day(d) if d else NOT_A_DATE


def _month_day(m: re.Match[str], published: date | None, tense: Tense) -> Resolved:
    month, day = MONTHS[m["mon"]], int(m["day"])
    if published is None:
        return Resolved(None, "day") if _safe_date(2000, month, day) else NOT_A_DATE
    d = _safe_date(published.year, month, day)
    if d is None:
        return NOT_A_DATE
    if tense == "future" and d < published:
        d = _safe_date(published.year + 1, month, day) or d
    elif tense != "future" and d > published + timedelta(days=1):
        d = _safe_date(published.year - 1, month, day) or d
    return _day(d)


def _month_year(m: re.Match[str], published: date | None, tense: Tense) -> Resolved:
    return _month(int(m["year"]), MONTHS[m["mon"]])


def _month_only(m: re.Match[str], published: date | None, tense: Tense) -> Resolved:
    if published is None:
        return Resolved(None, "month")
    year = _year_of_month(MONTHS[m["mon"]], published, _direction(m["rel"], tense), m["rel"])
    return _month(year, MONTHS[m["mon"]])


def _year_of_month(month: int, published: date, direction: Direction, rel: str | None) -> int:
    if rel == "this":
        return published.year
    year = published.year
    if direction == "before":
        return year if month < published.month else year - 1
    if direction == "after":
        return year if month > published.month else year + 1
    if direction == "on_or_before":
        return year if month <= published.month else year - 1
    return year if month >= published.month else year + 1


def _season(m: re.Match[str], published: date | None, tense: Tense) -> Resolved:
    if published is None:
        return Resolved(None, "year")
    year = _year_of_month(SEASONS[m["season"]], published, _direction(m["rel"], tense), m["rel"])
    return _year(year)


def _season_year(m: re.Match[str], published: date | None, tense: Tense) -> Resolved:
    return _year(int(m["year"]))


def _year_only(m: re.Match[str], published: date | None, tense: Tense) -> Resolved:
    return _year(int(m["year"]))


def _weekday(m: re.Match[str], published: date | None, tense: Tense) -> Resolved:
    if published is None:
        return Resolved(None, "day")
    target = WEEKDAYS[m["wd"]]
    back = (published.weekday() - target) % 7
    ahead = (target - published.weekday()) % 7
    direction = _direction(m["rel"], tense)
    if m["rel"] == "this":
        direction = "on_or_after" if tense == "future" else "on_or_before"
    offsets = {"before": -(back or 7), "on_or_before": -back, "on_or_after": ahead, "after": ahead or 7}
    return _day(published + timedelta(days=offsets[direction]))


def _unit(m: re.Match[str], published: date | None, tense: Tense) -> Resolved:
    unit = m["unit"]
    step = {"last": -1, "previous": -1, "next": 1, "coming": 1, "this coming": 1}.get(m["rel"], 0)
    if published is None:
        return Resolved(None, _UNIT_GRANULARITY[unit])
    if unit == "year":
        return _year(published.year + step)
    if unit == "month":
        index = published.year * 12 + published.month - 1 + step
        return _month(index // 12, index % 12 + 1)
    if unit == "weekend":
        return _weekend_of(published, m["rel"], tense)
    monday = published - timedelta(days=published.weekday()) + timedelta(weeks=step)
    return Resolved(monday.isoformat(), "week")


def _saturday_on_or_before(d: date) -> Resolved:
    return Resolved((d - timedelta(days=(d.weekday() - 5) % 7)).isoformat(), "weekend")


def _saturday_on_or_after(d: date) -> Resolved:
    return Resolved((d + timedelta(days=(5 - d.weekday()) % 7)).isoformat(), "weekend")


def _weekend_of(published: date, rel: str | None, tense: Tense) -> Resolved:
    """A weekend as its Saturday; "last weekend" in a Sunday story is the one before."""
    if rel in ("last", "previous"):
        return _saturday_on_or_before(published - timedelta(days=2))
    if rel in ("next", "coming", "this coming"):
        return _saturday_on_or_after(published + timedelta(days=2))
    if tense == "future":
        return _saturday_on_or_after(published)
    return _saturday_on_or_before(published)


def _weekend(m: re.Match[str], published: date | None, tense: Tense) -> Resolved:
    return _weekend_of(published, None, tense) if published else Resolved(None, "weekend")


def _ago(m: re.Match[str], published: date | None, tense: Tense) -> Resolved:
    n = int(m["n"]) if m["n"].isdigit() else NUMBERS[m["n"]]
    unit = m["unit"]
    if published is None:
        return Resolved(None, _UNIT_GRANULARITY[unit])
    if unit == "day":
        return _day(published - timedelta(days=n))
    if unit == "week":
        then = published - timedelta(weeks=n)
        return Resolved((then - timedelta(days=then.weekday())).isoformat(), "week")
    if unit == "month":
        index = published.year * 12 + published.month - 1 - n
        return _month(index // 12, index % 12 + 1)
    return _year(published.year - n)


_UNIT_GRANULARITY: dict[str, Granularity] = {
    "day": "day", "week": "week", "weekend": "weekend", "month": "month", "year": "year",
}  # fmt: skip

_HANDLERS = {
    "iso_day": _iso_day,
    "iso_month": _iso_month,
    "mdy": _full_date,
    "dmy": _full_date,
    "md": _month_day,
    "dm": _month_day,
    "my": _month_year,
    "month": _month_only,
    "season_year": _season_year,
    "season": _season,
    "year": _year_only,
    "weekday": _weekday,
    "unit": _unit,
    "weekend": _weekend,
    "ago": _ago,
}
