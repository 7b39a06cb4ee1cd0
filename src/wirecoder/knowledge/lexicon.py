"""The event lexicon: which words name which CAMEO events, and where their participants are read.

`event_lexicon()` loads `data/event_lexicon.json` once. Lookups by lemma:
`verb("meet")`, `phrasal("call", "on")`, `verb_object("impose", "sanction")`, `noun("talk", "peace")`,
and `frame_code("demand", "0841") == "1053"` (a demand for a release).
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache
from typing import Any

from wirecoder.knowledge._data import read_json

FRAMES = ("intent", "appeal", "demand", "reject", "threaten", "consider", "halt", "ease")


@dataclass(frozen=True)
class Entry:
    """One lexicon entry. An empty `code` blocks a pair ("release a statement" is no release)."""

    code: str
    target: tuple[str, ...] = ()
    source: tuple[str, ...] = ()
    mutual: bool = False
    frame: str | None = None
    object: str | None = None  # "actor", "person", "thing", "force", "target", "place", "none", ...
    plural: bool = False  # nouns: only in the plural ("talks", not "a talk")
    light_only: bool = False  # nouns: only as the object of a light verb ("sent weapons")
    irrealis: bool = False  # only an event when held out ("would retaliate" is a threat; "retaliated" is not coded)


@dataclass(frozen=True)
class Frame:
    default: str
    by_code: dict[str, str]


@dataclass(frozen=True)
class EventLexicon:
    verbs: dict[str, Entry]
    phrasal: dict[str, Entry]
    verb_object: dict[str, Entry]
    nouns: dict[str, Entry]
    frames: dict[str, Frame]
    control_verbs: dict[str, str]
    words: dict[str, frozenset[str]]  # the word lists: light_verbs, person_nouns, reporting_verbs, ...


def _entry(raw: dict[str, Any]) -> Entry:
    return Entry(
        code=raw["code"],
        target=tuple(raw.get("target", ())),
        source=tuple(raw.get("source", ())),
        mutual=bool(raw.get("mutual", False)),
        frame=raw.get("frame"),
        object=raw.get("object"),
        plural=bool(raw.get("plural", False)),
        light_only=bool(raw.get("light_only", False)),
        irrealis=bool(raw.get("irrealis", False)),
    )


@cache
def event_lexicon() -> EventLexicon:
    data = read_json("event_lexicon.json")
    sections = {name: {k.lower(): _entry(v) for k, v in data[name].items()}
                for name in ("verbs", "phrasal", "verb_object", "nouns")}
    frames = {name: Frame(f["default"], dict(f["by_code"])) for name, f in data["frames"].items()}
    words = {k: frozenset(w.lower() for w in v) for k, v in data.items() if isinstance(v, list)}
    return EventLexicon(
        verbs=sections["verbs"], phrasal=sections["phrasal"], verb_object=sections["verb_object"],
        nouns=sections["nouns"], frames=frames, control_verbs=dict(data["control_verbs"]), words=words,
    )


def verb(lemma: str) -> Entry | None:
    return event_lexicon().verbs.get(lemma.lower())


def phrasal(lemma: str, *particles: str) -> Entry | None:
    """"crack down on" = phrasal("crack", "down", "on")."""
    return event_lexicon().phrasal.get(" ".join((lemma, *particles)).lower())


def verb_object(lemma: str, noun_lemma: str) -> Entry | None:
    return event_lexicon().verb_object.get(f"{lemma} {noun_lemma}".lower())


@cache
def noun_heads() -> frozenset[str]:
    """Every last word of an event noun entry ("strike" for "air strike"): a cheap first test."""
    return frozenset(key.split()[-1] for key in event_lexicon().nouns)


def noun(lemma: str, modifier: str | None = None) -> Entry | None:
    """An event noun, preferring the two-word form: noun("strike", "air") is an air strike."""
    nouns = event_lexicon().nouns
    if modifier and (found := nouns.get(f"{modifier} {lemma}".lower())) is not None:
        return found
    return nouns.get(lemma.lower())


def words(name: str) -> frozenset[str]:
    """One of the lexicon's word lists ("light_verbs", "person_nouns", "reporting_verbs", ...)."""
    return event_lexicon().words.get(name, frozenset())


def control(lemma: str) -> str | None:
    """How a verb or adjective taking a "to" clause colours it: "order", "planned", "hypothetical",
    "negated" or "asserted"; None for others."""
    return event_lexicon().control_verbs.get(lemma.lower())


def frame_code(frame: str, inner: str | None) -> str:
    """The code of a position (`frame`) on an act coded `inner`: the longest prefix of `inner` the
    frame maps wins; the frame's default otherwise."""
    spec = event_lexicon().frames[frame]
    if inner:
        for length in (4, 3, 2):
            if len(inner) >= length and (found := spec.by_code.get(inner[:length])) is not None:
                return found
    return spec.default
