from __future__ import annotations

import pytest

from wirecoder.knowledge.speech import is_reporting, is_speech_act, speech_lexicon


@pytest.mark.parametrize("lemma", ["say", "tell", "add", "write", "warn", "insist", "claim", "announce", "state",
                                   "declare", "note", "stress", "argue", "deny", "confirm", "Say"])
def test_reporting_verbs(lemma: str) -> None:
    assert is_reporting(lemma)
    assert is_speech_act(lemma)


@pytest.mark.parametrize("lemma", ["condemn", "reject", "call", "describe", "urge", "welcome"])
def test_speech_acts_that_report_no_clause(lemma: str) -> None:
    assert is_speech_act(lemma)
    assert not is_reporting(lemma)


@pytest.mark.parametrize("lemma", ["attack", "meet", "visit", "sign", "fire", "believe"])
def test_other_verbs_are_no_cues(lemma: str) -> None:
    assert not is_speech_act(lemma)


def test_tables_are_lower_case_and_filled() -> None:
    lex = speech_lexicon()
    for name in ("reporting", "speech_acts", "addressee_verbs", "writing_verbs", "channel_nouns",
                 "spokesperson_nouns", "group_nouns", "institution_nouns", "body_nouns", "work_nouns",
                 "name_markers", "elisions"):
        words = getattr(lex, name)
        assert words, name
        assert all(w == w.lower() and w.strip() == w for w in words), name
    assert "tell" in lex.addressee_verbs and "write" in lex.writing_verbs
    assert "statement" in lex.channel_nouns and "spokesman" in lex.spokesperson_nouns
