"""What a position is about: the tokens inside it ("demanded Kyiv cede territory": cede ... territory),
not coded again, and warnings that report another party's act rather than make a threat."""

from __future__ import annotations

from spacy.tokens import Doc, Token

from wirecoder.knowledge import lexicon
from wirecoder.pipeline import participants, positions
from wirecoder.pipeline.eventrules import CONTENT_VERBS
from wirecoder.pipeline.participants import actor_country, resolve, subject_of
from wirecoder.pipeline.triggers import Trigger, verb_trigger


def content_tokens(doc: Doc, triggers: list[Trigger]) -> set[int]:
    """Tokens inside what a position is about ("demanded Kyiv cede territory": cede ... territory)."""
    content: set[int] = set()
    for trig in triggers:
        tok = trig.token
        if tok.pos_ == "ADJ" and trig.entry.code in ("012", "013"):
            # "hopeful about a ceasefire between Israel and Hamas": an outlook on the ceasefire, not one
            content.update(t.i for o in participants.prep_objects(tok, ("about", "on", "over")) for t in o.subtree)
        permits = trig.entry.code.startswith("086") and tok.lemma_.lower() in lexicon.words("permission_verbs")
        if (trig.entry.frame is None and tok.lemma_.lower() not in CONTENT_VERBS and not permits) or reports(trig):
            continue
        for comp in complements(tok):
            content.update(t.i for t in comp.subtree)
        if trig.noun is not None and trig.entry.frame:
            content.update(_noun_content(trig.noun))
    for tok in doc:  # "said Kyiv would have to give up its goals" is coded as a demand (positions.obligations)
        if positions.obligation(tok) is not None:
            content.update(t.i for t in tok.subtree)
    return content


def reports(trig: Trigger) -> bool:
    """"Rights groups warned that the army could carry out killings": a warning about another party's
    act reports it (coded on its own); "warned it would respond" is the warner's own threat."""
    tok = trig.token
    if tok.lemma_.lower() != "warn":
        return False
    comp = next((c for c in tok.children if c.dep_ == "ccomp"), None)
    if comp is not None and _situation_warning(tok, comp):
        return True
    inner = verb_trigger(comp) if comp is not None else None
    if inner is not None and "speaker" in inner.entry.source:
        return False  # "warned that Pakistan would bear the consequences": the warner's threat
    subj = next((c for c in comp.children if c.dep_ in ("nsubj", "nsubjpass")), None) if comp is not None else None
    if subj is None:
        return False
    theirs, mine = resolve(subj), subject_of(tok)
    doc = tok.doc
    return bool(theirs) and not set(theirs) & set(mine) and not (
        {actor_country(doc, a) for a in theirs} & {actor_country(doc, a) for a in mine} - {None})


def _situation_warning(tok: Token, comp: Token) -> bool:
    """"warned that famine was spreading across the region": a warning about how things stand, said to
    nobody and about nobody's act, threatens no one."""
    if any(c.dep_ in ("dobj", "dative") for c in tok.children) or verb_trigger(comp) is not None:
        return False  # "warned Iran that ...", "warned that the army could strike"
    subj = next((c for c in comp.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subj is None or subj.pos_ != "NOUN" or any(c.dep_ == "poss" for c in subj.children):
        return False  # "warned that its patience was running out": the warner's own stand
    return not participants.resolve_deep(subj)


def _noun_content(noun: Token) -> set[int]:
    """"a desire for peace in phone calls with him": "for peace", not the scene ("in phone calls")."""
    scene = {t.i for p in noun.subtree if p.dep_ == "prep" and p.lower_ in positions.SCENE_ONLY and not participants.in_clause_below(p, noun)
             for t in p.subtree}
    return {t.i for t in noun.subtree if t.i != noun.i and t.i not in scene}


def complements(tok: Token) -> list[Token]:
    comps = [c for c in tok.children if c.dep_ in ("xcomp", "ccomp")]
    for prep in (c for c in tok.children if c.dep_ == "prep" and c.lower_ in ("of", "for", "to", "on")):
        comps += [c for c in prep.children if c.dep_ == "pcomp"]
    return comps
