"""Events told by a noun ("the talks", "a bombing", "in detention"): their sources and targets."""

from __future__ import annotations

from spacy.tokens import Token

from wirecoder.knowledge import lexicon
from wirecoder.pipeline import eventlinks, mood, participants
from wirecoder.pipeline.attacks import HARMING
from wirecoder.pipeline.candidates import Found
from wirecoder.pipeline.participants import role_actors, subject_of
from wirecoder.pipeline.triggers import Trigger
from wirecoder.pipeline.verbevents import state_of_place


def _victims(noun: Token) -> list[str]:
    """"a suicide bombing killed 11 Pakistani soldiers": the attack's target is whom it killed."""
    if noun.dep_ != "nsubj" or noun.head.lemma_.lower() not in HARMING:
        return []
    return next((ids for c in noun.head.children if c.dep_ == "dobj" and (ids := participants.resolve_deep(c))), [])


def noun_event(trig: Trigger) -> Found:
    noun, entry = trig.token, trig.entry
    sources = participants.noun_sources(noun)
    scene: list[str] = []
    if not sources:
        # "the visit": first the earlier visit it refers to (eventlinks), then the clause it sits in
        scene = participants.scene_actors(noun) or participants.by_phrase_deep(noun)
        if not eventlinks.definite(noun):
            sources, scene = scene, []
    if not sources and entry.code[:2] == "04":
        sources = _meeting_side(noun)
    held, inmates = _held_in(noun), []
    if held is not None:  # "four Iranian sailors remain in detention in Kuwait": Kuwait holds them
        inmates, scene = subject_of(held), []
        sources = [a for a in state_of_place(held) if a not in inmates]
    targets, _ = role_actors([noun], entry.target)
    targets = targets or participants.undergoer(noun) or _victims(noun) or inmates
    if not sources and len(targets) > 1 and participants.prep_objects(noun, ("between",)):
        sources, targets = targets[:1], targets[1:]  # "talks between Peru and Bolivia"
    found = Found(noun, entry.code, sources, targets, mood.negated(noun), mood.modality(noun), None, entry.mutual,
                  0.7)
    found.scene = scene
    return found


_STAYING = {"be", "remain", "stay", "languish", "sit", "die"}


def _held_in(noun: Token) -> Token | None:
    """"Four Iranian sailors remain in detention": those in it undergo it (the clause's subject is no
    doer); the verb they stay under, whose place names the state holding them."""
    if noun.lemma_.lower() not in lexicon.words("patient_nouns") or noun.dep_ != "pobj":
        return None
    prep, verb = noun.head, noun.head.head
    if prep.lower_ not in ("in", "under") or verb.lemma_.lower() not in _STAYING:
        return None
    return verb


_TIME_PREPS = {"after", "before", "following", "during", "ahead"}


def _meeting_side(noun: Token) -> list[str]:
    """"After a meeting with his Syrian counterpart, the minister said ...": the meeting is the
    subject's of the clause the time phrase hangs on."""
    prep = noun.head
    if prep.lower_ == "of" and prep.head.lower_ == "ahead":  # "ahead of talks with"
        prep = prep.head
    if noun.dep_ != "pobj" or prep.lower_ not in _TIME_PREPS or prep.head.pos_ not in ("VERB", "AUX"):
        return []
    if eventlinks.definite(noun) and not participants.prep_objects(noun, ("with",)):
        return []  # "had no contact with him during the visit": a visit told before, maybe another's
    return subject_of(prep.head)
