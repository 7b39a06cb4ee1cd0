"""The speech lexicon: cue verbs, channels, spokespeople and the words that mark names, not speech.

`speech_lexicon()` loads `data/speech_verbs.json` once. The quotes stage asks it questions by lemma:
`is_reporting("say")` (a verb whose clause is reported speech), `is_speech_act("condemn")` (a verb that
names an act of speaking and so owns a partial quote it governs).
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache

from wirecoder.knowledge._data import read_json


@dataclass(frozen=True)
class SpeechLexicon:
    reporting: frozenset[str]
    speech_acts: frozenset[str]  # reporting verbs included
    addressee_verbs: frozenset[str]
    writing_verbs: frozenset[str]
    channel_nouns: frozenset[str]
    spokesperson_nouns: frozenset[str]
    group_nouns: frozenset[str]
    institution_nouns: frozenset[str]
    body_nouns: frozenset[str]
    work_nouns: frozenset[str]
    name_markers: frozenset[str]
    elisions: frozenset[str]
    document_nouns: frozenset[str]
    source_nouns: frozenset[str]
    summary_nouns: frozenset[str]
    report_nouns: frozenset[str]
    controller_verbs: frozenset[str]  # "prompting Belgrade to accuse ...": the object speaks


def _words(data: dict[str, list[str]], key: str) -> frozenset[str]:
    return frozenset(w.lower() for w in data[key])


@cache
def speech_lexicon() -> SpeechLexicon:
    data = read_json("speech_verbs.json")
    reporting = _words(data, "reporting")
    return SpeechLexicon(
        reporting=reporting,
        speech_acts=reporting | _words(data, "speech_acts"),
        addressee_verbs=_words(data, "addressee_verbs"),
        writing_verbs=_words(data, "writing_verbs"),
        channel_nouns=_words(data, "channel_nouns"),
        spokesperson_nouns=_words(data, "spokesperson_nouns"),
        group_nouns=_words(data, "group_nouns"),
        institution_nouns=_words(data, "institution_nouns"),
        body_nouns=_words(data, "body_nouns"),
        work_nouns=_words(data, "work_nouns"),
        name_markers=_words(data, "name_markers"),
        elisions=_words(data, "elisions"),
        document_nouns=_words(data, "document_nouns"),
        source_nouns=_words(data, "source_nouns"),
        summary_nouns=_words(data, "summary_nouns"),
        report_nouns=_words(data, "report_nouns"),
        controller_verbs=_words(data, "controller_verbs"),
    )


def is_reporting(lemma: str) -> bool:
    """A verb whose clausal complement is reported speech: "say", "tell", "warn"."""
    return lemma.lower() in speech_lexicon().reporting


def is_speech_act(lemma: str) -> bool:
    """A verb that names an act of speaking, reporting verbs included: "condemn", "call", "say"."""
    return lemma.lower() in speech_lexicon().speech_acts
