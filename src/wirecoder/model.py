"""The wirecoder/1 contract as plain dataclasses: what one article yields.

Nothing here imports spaCy: storage, export and the web layer build on these classes
(or on the JSON they produce) alone. `Extraction.to_json()` is the public output;
`Extraction.from_json()` reads it back.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass, field, fields
from typing import Any, Literal

SCHEMA = "wirecoder/1"

ActorKind = Literal["person", "organization", "country", "group"]
MentionHow = Literal["name", "title", "pronoun", "description", "metonym"]
QuoteKind = Literal["direct", "partial", "indirect"]
Modality = Literal["asserted", "reported", "planned", "hypothetical"]


@dataclass
class Article:
    id: str
    text: str = field(repr=False)
    title: str | None = None
    url: str | None = None
    outlet: str | None = None
    published: str | None = None
    authors: list[str] = field(default_factory=list)
    dateline: list[str] = field(default_factory=list)
    language: str = "en"
    text_sha256: str = ""

    def header(self) -> dict[str, Any]:
        """The contract's `article` object (the text itself is not part of it)."""
        out = asdict(self)
        del out["text"]
        return out


@dataclass
class Mention:
    start: int
    end: int
    text: str
    how: MentionHow = "name"


@dataclass
class Actor:
    id: str
    name: str
    kind: ActorKind
    country: str | None = None
    sector: str | None = None
    roles: list[str] = field(default_factory=list)
    aliases: list[str] = field(default_factory=list)
    mentions: list[Mention] = field(default_factory=list)


@dataclass
class Quote:
    id: str
    text: str
    kind: QuoteKind
    start: int
    end: int
    speaker: str | None = None
    speakers: list[str] = field(default_factory=list)
    cue: str | None = None
    addressee: str | None = None
    channel: str | None = None
    confidence: float = 1.0


@dataclass
class Span:
    text: str
    start: int
    end: int


@dataclass
class Location:
    name: str
    country: str | None = None
    lat: float | None = None
    lon: float | None = None


@dataclass
class Event:
    id: str
    code: str
    root: str
    plover: str | None
    quad_class: int
    goldstein: float
    trigger: Span
    sentence: Span
    source: str | None = None
    target: str | None = None
    plover_mode: str | None = None
    date: str | None = None
    date_text: str | None = None
    location: Location | None = None
    negated: bool = False
    modality: Modality = "asserted"
    quote: str | None = None
    about: Span | None = None
    mentions: int = 1
    confidence: float = 1.0


@dataclass
class Extraction:
    article: Article
    actors: list[Actor] = field(default_factory=list)
    quotes: list[Quote] = field(default_factory=list)
    events: list[Event] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)

    def actor(self, actor_id: str | None) -> Actor | None:
        return next((a for a in self.actors if a.id == actor_id), None)

    def to_json(self) -> dict[str, Any]:
        return {
            "schema": SCHEMA,
            "article": self.article.header(),
            "actors": [asdict(a) for a in self.actors],
            "quotes": [asdict(q) for q in self.quotes],
            "events": [asdict(e) for e in self.events],
            "warnings": list(self.warnings),
        }

    @classmethod
    def from_json(cls, data: dict[str, Any], text: str = "") -> Extraction:
        """Read the contract back (the article text is not in it; pass it if you have it)."""
        if data.get("schema") != SCHEMA:
            raise ValueError(f"not a {SCHEMA} document: schema={data.get('schema')!r}")
        art = dict(data["article"])
        article = Article(text=text, **_known(Article, art))
        actors = [
            Actor(**{**_known(Actor, a), "mentions": [Mention(**m) for m in a.get("mentions", [])]})
            for a in data.get("actors", [])
        ]
        quotes = [Quote(**_known(Quote, q)) for q in data.get("quotes", [])]
        events = [_event_from_json(e) for e in data.get("events", [])]
        return cls(article, actors, quotes, events, list(data.get("warnings", [])))


def _known(cls: type, data: dict[str, Any]) -> dict[str, Any]:
    names = {f.name for f in fields(cls)}
    return {k: v for k, v in data.items() if k in names}


def _event_from_json(data: dict[str, Any]) -> Event:
    data = _known(Event, data)
    for key in ("trigger", "sentence", "about"):
        if isinstance(data.get(key), dict):
            data[key] = Span(**data[key])
    if isinstance(data.get("location"), dict):
        data["location"] = Location(**data["location"])
    return Event(**data)
