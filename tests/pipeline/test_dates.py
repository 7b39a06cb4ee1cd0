"""The dates stage: the pure resolver (a table), then time expressions found and attached in sentences.

The reference published date is Wednesday 2025-02-12; the sentences are our own.
"""

from __future__ import annotations

from datetime import date

import pytest
from spacy.language import Language
from spacy.tokens import Doc, Token

from wirecoder.extract import ExtractOptions, load_pipeline
from wirecoder.pipeline.dates import Timex, date_for, resolve

WED = date(2025, 2, 12)  # a Wednesday
SAT = date(2025, 2, 15)
JAN = date(2026, 1, 15)  # a Thursday in January


@pytest.mark.parametrize(
    ("text", "published", "tense", "value"),
    [
        # weekdays: same-day reporting, the most recent earlier day, the coming one in the future
        ("on Wednesday", WED, "past", "2025-02-12"),
        ("Wednesday", WED, "present", "2025-02-12"),
        ("on Tuesday", WED, "past", "2025-02-11"),
        ("on Thursday", WED, "past", "2025-02-06"),
        ("on Friday", WED, "future", "2025-02-14"),
        ("on Monday", WED, "future", "2025-02-17"),
        ("on Wednesday", WED, "future", "2025-02-12"),
        ("Earlier on Wednesday", WED, "past", "2025-02-12"),
        ("Wednesday's", WED, "past", "2025-02-12"),
        ("Wednesday’s", WED, "past", "2025-02-12"),
        ("early Tuesday", WED, "past", "2025-02-11"),
        ("late Sunday", WED, "past", "2025-02-09"),
        ("Monday night", WED, "past", "2025-02-10"),
        ("last Wednesday", WED, "past", "2025-02-05"),
        ("next Wednesday", WED, "future", "2025-02-19"),
        ("next Friday", WED, "future", "2025-02-14"),
        ("this Friday", WED, "future", "2025-02-14"),
        # days relative to publication
        ("yesterday", WED, "past", "2025-02-11"),
        ("today", WED, "present", "2025-02-12"),
        ("tomorrow", WED, "future", "2025-02-13"),
        ("tonight", WED, "future", "2025-02-12"),
        ("this morning", WED, "past", "2025-02-12"),
        ("earlier this morning", WED, "past", "2025-02-12"),
        ("last night", WED, "past", "2025-02-11"),
        ("three days ago", WED, "past", "2025-02-09"),
        # weeks (their Monday), weekends (their Saturday), months, years
        ("last week", WED, "past", "2025-02-03"),
        ("this week", WED, "past", "2025-02-10"),
        ("earlier this week", WED, "past", "2025-02-10"),
        ("next week", WED, "future", "2025-02-17"),
        ("over the weekend", WED, "past", "2025-02-08"),
        ("this weekend", WED, "future", "2025-02-15"),
        ("at the weekend", SAT, "past", "2025-02-15"),
        ("last month", WED, "past", "2025-01"),
        ("earlier this month", WED, "past", "2025-02"),
        ("next month", WED, "future", "2025-03"),
        ("last month", JAN, "past", "2025-12"),
        ("last year", WED, "past", "2024"),
        ("since last year", WED, "past", "2024"),
        ("this year", WED, "present", "2025"),
        ("early next year", WED, "future", "2026"),
        ("two years ago", WED, "past", "2023"),
        ("six months ago", WED, "past", "2024-08"),
        # explicit dates
        ("March 3", WED, "future", "2025-03-03"),
        ("March 3", WED, "past", "2024-03-03"),
        ("Feb. 10", WED, "past", "2025-02-10"),
        ("Feb. 13", WED, "past", "2025-02-13"),
        ("Dec. 25", WED, "past", "2024-12-25"),
        ("January 20", WED, "future", "2026-01-20"),
        ("3 March 2025", WED, "past", "2025-03-03"),
        ("March 3, 2025", WED, "past", "2025-03-03"),
        ("March 3rd, 2025", WED, "past", "2025-03-03"),
        ("on 14 March", WED, "past", "2024-03-14"),
        ("2025-03-03", WED, "past", "2025-03-03"),
        ("2025-03-03", None, "past", "2025-03-03"),
        # months, seasons and years
        ("in March", WED, "past", "2024-03"),
        ("in March", WED, "future", "2025-03"),
        ("in January", WED, "past", "2025-01"),
        ("last March", WED, "past", "2024-03"),
        ("in December", JAN, "past", "2025-12"),
        ("in mid-March", WED, "future", "2025-03"),
        ("March 2024", WED, "past", "2024-03"),
        ("in September 2022", None, "past", "2022-09"),
        ("last summer", WED, "past", "2024"),
        ("the spring of 2023", WED, "past", "2023"),
        ("in 2022", WED, "past", "2022"),
        ("since 2014", WED, "past", "2014"),
        ("pre-2014", WED, "present", "2014"),
        ("mid-2014", WED, "past", "2014"),
        ("in 1974", None, "past", "1974"),
        # not dates, or not resolvable
        ("the 1990s", WED, "past", None),
        ("six months later", WED, "past", None),
        ("for more than an hour", WED, "past", None),
        ("14-year", WED, "past", None),
        ("the past year", WED, "past", None),
        ("in the last year", WED, "past", None),
        ("the next two years", WED, "future", None),
        ("the previous day", WED, "past", None),
        ("on Wednesday", None, "past", None),
        ("last month", None, "past", None),
        ("March 3", None, "past", None),
    ],
)
def test_resolve(text: str, published: date | None, tense: str, value: str | None) -> None:
    assert resolve(text, published, tense).value == value  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("text", "granularity"),
    [("on Wednesday", "day"), ("last week", "week"), ("over the weekend", "weekend"),
     ("earlier this month", "month"), ("since 2014", "year"), ("the 1990s", None), ("six months", None)],
)  # fmt: skip
def test_granularity(text: str, granularity: str | None) -> None:
    assert resolve(text, WED, "past").granularity == granularity


def test_unresolved_relative_keeps_its_granularity() -> None:
    assert resolve("on Wednesday", None, "past").granularity == "day"


# --- through the pipeline -------------------------------------------------------------------------------


@pytest.fixture(scope="module")
def nlp() -> Language:
    return load_pipeline(ExtractOptions().model)


def run(nlp: Language, text: str, published: str | None = "2025-02-12") -> Doc:
    doc = nlp.make_doc(text)
    doc._.published = published
    doc._.warnings = []
    for _name, proc in nlp.pipeline:
        doc = proc(doc)
    return doc


def token(doc: Doc, word: str) -> Token:
    return next(t for t in doc if t.text == word)


def dated(nlp: Language, text: str, trigger: str, published: str | None = "2025-02-12") -> Timex | None:
    doc = run(nlp, text, published)
    return date_for(doc, token(doc, trigger))


@pytest.mark.parametrize(
    ("text", "trigger", "value"),
    [
        ("The foreign minister said on Wednesday that the border would stay closed.", "said", "2025-02-12"),
        ("The two leaders spoke by phone on Tuesday, the Kremlin said.", "spoke", "2025-02-11"),
        ("Rubio and Vance will hold talks about the war on Friday in Munich.", "talks", "2025-02-14"),
        ("Rubio and Vance will hold talks about the war on Friday in Munich.", "hold", "2025-02-14"),
        ("The Kremlin said the ministers plan to meet on Monday.", "meet", "2025-02-17"),
        ("The envoy is to travel to Beijing on Saturday.", "travel", "2025-02-15"),
        ("The leader, who launched a full-scale invasion of Ukraine in 2022, wants the war to end.",
         "invasion", "2022"),
        ("The territory has been occupied by Russia since 2014, the minister said.", "occupied", "2014"),
        ("The deal followed a prisoner swap that got under way on Tuesday.", "swap", "2025-02-11"),
        ("Russia on Tuesday freed an American teacher who was serving a 14-year sentence.", "freed", "2025-02-11"),
        ("Earlier on Wednesday, the defence secretary delivered a blunt statement in Brussels.",
         "delivered", "2025-02-12"),
        ("Police arrested the two men on April 2, prosecutors said.", "arrested", "2024-04-02"),
        ("The ministry said last week that it had expelled two diplomats.", "expelled", "2025-02-03"),
        ("Canada will send more police officers to Haiti next month, the minister announced Monday.",
         "send", "2025-03"),
        ("Protesters gathered outside parliament late Saturday, and police fired tear gas.", "fired", "2025-02-08"),
        # a conjoined "that" clause with its own subject is another act: the first clause's date is not its date
        ("She said the envoys would meet in Rome on March 3 and that Chile had offered to host them.", "offered",
         None),
        ("She said the envoys would meet in Rome on March 3 and that Chile had offered to host them.", "meet",
         "2025-03-03"),
        # a past act told beside a future one is not dated by the future one's date
        ("Kenya's president will fly to Kampala on Monday to meet Ugandan President Moses Okello, who criticised "
         "the new tariffs.", "criticised", None),
        ("Kenya's president will fly to Kampala on Monday to meet Ugandan President Moses Okello, who criticised "
         "the new tariffs.", "meet", "2025-02-17"),
        ("The government had no talks with the rebels.", "talks", None),
        ("He said the plan was drafted before the 1990s ended.", "drafted", None),
    ],
)  # fmt: skip
def test_date_for(nlp: Language, text: str, trigger: str, value: str | None) -> None:
    found = dated(nlp, text, trigger)
    assert (found.value if found else None) == value


def test_a_relative_clause_elsewhere_does_not_date_the_event(nlp: Language) -> None:
    text = "Belarus freed a journalist who was arrested in 2021, officials said."
    assert dated(nlp, text, "freed") is None
    found = dated(nlp, text, "arrested")
    assert found is not None and found.value == "2021"


def test_a_complement_clause_does_not_date_the_saying(nlp: Language) -> None:
    assert dated(nlp, "The president also said the ministers will meet on Friday.", "said") is None


def test_without_a_published_date_relative_expressions_keep_their_text(nlp: Language) -> None:
    found = dated(nlp, "The army said on Wednesday it had shot down a drone.", "said", published=None)
    assert found is not None and found.value is None and found.text == "Wednesday"


@pytest.mark.parametrize(
    "text",
    [
        "He does not want to go back to fighting six months later, he told reporters.",
        "They spoke for more than an hour.",
        "She was serving a 14-year sentence in a prison near the capital.",
        "The 72-year-old envoy said the talks lasted three hours.",
        "Prices rose over the past year, the bank said.",
        "Security Council Resolution 2231 remains in force.",
        "The company sold 1,900 tanks in the 1990s.",
        "Officials may meet again, he said.",
        "Thousands joined the march through the capital.",
        "The Good Friday Agreement ended decades of violence.",
    ],
)
def test_durations_ages_and_lookalikes_are_no_dates(nlp: Language, text: str) -> None:
    assert run(nlp, text)._.timexes == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Talks resumed in March and again on March 14, 2024.", ["2024-03", "2024-03-14"]),
        ("Russia in 2014 annexed Crimea.", ["2014"]),
        ("The 2023 earthquakes killed thousands.", ["2023"]),
        ("Yesterday the ministers met; they will meet again tomorrow.", ["2025-02-11", "2025-02-13"]),
        ("Ukraine's pre-2014 borders are an unrealistic objective.", ["2014"]),
    ],
)
def test_timexes_found(nlp: Language, text: str, expected: list[str]) -> None:
    assert [t.value for t in run(nlp, text)._.timexes] == expected


def test_timex_offsets_point_into_the_text(nlp: Language) -> None:
    doc = run(nlp, "The ministers met in Ankara on Wednesday.")
    (timex,) = doc._.timexes
    assert doc.text[timex.start : timex.end] == timex.text == "Wednesday"
    assert doc[timex.head].text == "met"
