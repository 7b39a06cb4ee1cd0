"""The wirecoder/1 contract: field names as the issue defines them, and a lossless round trip."""

from __future__ import annotations

import json

import pytest

from wirecoder.model import (
    SCHEMA,
    Actor,
    Article,
    Event,
    Extraction,
    Location,
    Mention,
    Quote,
    Span,
)


def sample() -> Extraction:
    text = "Russia freed Ann Lee on Tuesday, the ministry said."
    article = Article(id="x1", text=text, published="2025-02-12", authors=["Bo Li"], dateline=["Moscow"])
    russia = Actor("a1", "Russia", "country", "RUS", mentions=[Mention(0, 6, "Russia")], aliases=["Russia"])
    lee = Actor("a2", "Ann Lee", "person", "USA", "EDU", ["teacher"], ["Ann Lee"], [Mention(13, 20, "Ann Lee")])
    quote = Quote("q1", "Russia freed Ann Lee on Tuesday", "indirect", 0, 31, speaker="a1", speakers=["a1"], cue="said")
    event = Event(
        "e1", "0841", "08", "YIELD", 2, 1.9, Span("freed", 7, 12), Span(text, 0, len(text)), source="a1", target="a2",
        date="2025-02-11", date_text="Tuesday", location=Location("Moscow", "RUS", 55.75, 37.62), modality="reported",
        quote="q1",
    )
    return Extraction(article, [russia, lee], [quote], [event], ["a warning"])


def test_top_level_and_article_fields() -> None:
    data = sample().to_json()
    assert list(data) == ["schema", "article", "actors", "quotes", "events", "warnings"]
    assert data["schema"] == SCHEMA == "wirecoder/1"
    assert set(data["article"]) == {"id", "title", "url", "outlet", "published", "authors", "dateline", "language",
                                    "text_sha256"}


def test_actor_quote_event_fields() -> None:
    data = sample().to_json()
    assert set(data["actors"][0]) == {"id", "name", "kind", "country", "sector", "roles", "aliases", "mentions"}
    assert set(data["actors"][0]["mentions"][0]) == {"start", "end", "text", "how"}
    assert set(data["quotes"][0]) == {"id", "speaker", "speakers", "text", "kind", "cue", "addressee", "channel",
                                      "start", "end", "confidence"}
    assert set(data["events"][0]) == {"id", "source", "target", "code", "root", "plover", "plover_mode", "quad_class",
                                      "goldstein", "date", "date_text", "location", "negated", "modality", "quote",
                                      "about", "trigger", "sentence", "mentions", "confidence"}
    assert set(data["events"][0]["location"]) == {"name", "country", "lat", "lon"}


def test_round_trip_through_json_text() -> None:
    original = sample()
    data = json.loads(json.dumps(original.to_json()))
    again = Extraction.from_json(data, text=original.article.text)
    assert again == original


def test_other_schemas_are_refused() -> None:
    data = sample().to_json()
    data["schema"] = "wirecoder/0"
    with pytest.raises(ValueError, match="wirecoder/1"):
        Extraction.from_json(data)
