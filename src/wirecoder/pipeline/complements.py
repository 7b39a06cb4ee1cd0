"""Where a reported clause ends: the complement of a speech verb, less what the writer added to it.

`complement_range(cue, comp)` starts from the parse's subtree of the complement and cuts off the day
the words were said ("said on Monday it had ..."), a speech participle that starts the speaker's next
clause (", adding that ..."), the writer's summing-up (", a claim the group denied"), scene-setting
(", as pressure grows"), the outlet ("according to state media") and conjuncts that are the speaker's
own acts ("and has accused Y of ...").
"""

from __future__ import annotations

from spacy.tokens import Token

from wirecoder.knowledge.speech import is_reporting, is_speech_act, speech_lexicon
from wirecoder.pipeline.lookup import actors_of
from wirecoder.pipeline.speakers import SUBJECTS, subject_of


def complement_range(cue: Token, comp: Token) -> tuple[int, int]:
    left = _after_time_phrase(cue, comp, min(t.i for t in comp.subtree))
    right = max(t.i for t in comp.subtree)
    if cue.lemma_.lower() not in speech_lexicon().addressee_verbs:
        # "said Rubio and Vice President X will hold talks": the parser took the first subject for an object
        for child in cue.children:
            if child.dep_ == "dobj" and cue.i < child.i < left:
                left = min(t.i for t in child.subtree)
    right = _before_framing(comp, _before_summary(comp, _before_participle(comp, right)))
    right = _before_according(comp, right) if comp.i > cue.i else right
    right = _speakers_conjunct(cue, comp, _before_narrative(cue, comp, right))
    if left <= cue.i <= right:
        # "which the Kremlin said could help": the clause is what follows the cue
        left = cue.i + 1 if comp.i > cue.i else left
        right = right if comp.i > cue.i else cue.i - 1
    return left, right


def _after_time_phrase(cue: Token, comp: Token, left: int) -> int:
    """"said on Monday it had retaken the bridge": the day is when it was said, though the parser hung
    it on the clause; a time phrase between the cue and the clause's subject is left out."""
    subj = next((c for c in comp.children if c.dep_ in SUBJECTS), None)
    if comp.i < cue.i or subj is None or left != cue.i + 1:
        return left
    for child in comp.children:
        span = list(child.subtree)
        if child.dep_ in ("prep", "npadvmod") and span[0].i == left and span[-1].i < subj.left_edge.i and any(
                t.ent_type_ in ("DATE", "TIME") for t in span):
            return span[-1].i + 1
    return left


def _before_framing(comp: Token, right: int) -> int:
    """"said it would never cede land, as pressure grows on Kyiv": ", as ..." / ", amid ..." after the
    clause is the writer's setting of the scene."""
    doc = comp.doc
    for child in comp.children:
        start = child.left_edge.i
        if child.i < comp.i or doc[start - 1].text != ",":
            continue
        framing = (child.dep_ == "advcl" and doc[start].lower_ in ("as", "while")) or (
            child.dep_ == "prep" and child.lower_ == "amid")
        if framing:
            right = min(right, start - 2)
    return right


def _before_according(comp: Token, right: int) -> int:
    """"said the talks had failed, according to state media": the source of the report is no part of it."""
    doc = comp.doc
    for tok in doc[comp.i : right + 1]:
        if tok.lower_ == "according" and doc[tok.i - 1].text == "," and tok.i + 1 < len(doc) and doc[tok.i + 1].lower_ == "to":
            return min(right, tok.i - 2)
    return right


def _before_summary(comp: Token, right: int) -> int:
    """"said it had retaken the bridge, a claim the group denied": the writer's summing-up ends the clause."""
    doc = comp.doc
    nouns = speech_lexicon().summary_nouns
    for tok in comp.subtree:
        if tok.dep_ == "appos" and tok.lemma_.lower() in nouns and doc[tok.left_edge.i - 1].text == ",":
            right = min(right, tok.left_edge.i - 2)
    return right


def _before_participle(comp: Token, right: int) -> int:
    """"said the port would reopen, adding that ...": the speaker's next words are a clause of their own."""
    for child in comp.children:
        if trailing_participle(child) and is_reporting(child.lemma_):
            right = min(right, child.left_edge.i - 1)
    return right


def _before_narrative(cue: Token, comp: Token, right: int) -> int:
    """"X said A, and X ordered B": the conjunct whose subject names the speaker again is the writer's."""
    subj = subject_of(cue)
    speakers = set(actors_of(subj)) if subj is not None else set()
    if not speakers:
        return right
    for child in comp.children:
        own = next((c for c in child.children if c.dep_ in SUBJECTS), None)
        if child.dep_ == "conj" and own is not None and own.pos_ == "PROPN" and speakers & set(actors_of(own)):
            right = min(right, min(t.i for t in child.subtree) - 1)
    return right


def _speakers_conjunct(cue: Token, comp: Token, right: int) -> int:
    """"X says the soldiers are on exercises and has accused Y": a subjectless conjunct whose verb
    agrees in number with the speaker, not with the clause's own subject, is the writer's."""
    speaker, subject = subject_of(cue), subject_of(comp)
    if speaker is None or subject is None:
        return right
    for child in comp.children:
        if child.dep_ != "conj" or child.pos_ not in ("VERB", "AUX") or any(c.dep_ in SUBJECTS for c in child.children):
            continue
        number = _verb_number(child)
        agrees = number is not None and number == _noun_number(speaker) and number != _noun_number(subject)
        # "X says its soldiers were on exercises, and accused Y of ...": a speech act the speaker performs
        start = min(t.i for t in child.subtree)
        before = [t.text for t in child.doc[max(0, start - 2) : start]]
        speaks = (is_speech_act(child.lemma_) or is_reporting(child.lemma_)) and (
            before[-1:] == [","] or before == [",", "and"])
        if agrees or speaks:
            right = min(right, min(t.i for t in child.subtree) - 1)
    return right


def _verb_number(verb: Token) -> str | None:
    """"sing" for "has accused", "plur" for "have accused" / "are"; None where the form does not say."""
    for tok in [*(c for c in verb.children if c.dep_ in ("aux", "auxpass")), verb]:
        if tok.tag_ == "VBZ" or tok.lower_ == "was":
            return "sing"
        if tok.tag_ == "VBP" or tok.lower_ == "were":
            return "plur"
    return None


def _noun_number(noun: Token) -> str | None:
    if noun.lower_ in ("they", "we"):
        return "plur"
    if noun.lower_ in ("he", "she", "it"):
        return "sing"
    if noun.tag_ in ("NNS", "NNPS"):
        return "plur"
    if noun.tag_ in ("NN", "NNP"):
        return "sing"
    return None


def trailing_participle(tok: Token) -> bool:
    """", speaking on condition of anonymity", ", adding ...": a participle set off after the cue."""
    return tok.dep_ == "advcl" and tok.tag_ == "VBG" and tok.i > tok.head.i and tok.doc[tok.left_edge.i - 1].text == ","
