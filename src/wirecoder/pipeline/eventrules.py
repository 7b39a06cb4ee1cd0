"""CAMEO's own distinctions, applied after the parse has given an event its participants.

    refine_code(found)               the precise code the doer and the means allow: warplanes striking
                                     is an air strike (195); a government protesting is an official
                                     complaint (114); militants attacking is unconventional violence (180)
    threat_from_hypothetical(found)  "could impose sanctions", "will respond if ...": a threat (13x)
    needs_target(found)              a meeting or an attack with nobody on the other side is no event
    reaction_targets(doc, events)    "Tehran condemned the measures": a reaction answers whoever acted
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from spacy.tokens import Doc, Token

from wirecoder.knowledge import lexicon
from wirecoder.model import Event
from wirecoder.pipeline import mood
from wirecoder.pipeline.participants import actor_country, actor_kind

if TYPE_CHECKING:
    from wirecoder.pipeline.events import Found

# Verbs whose clausal complement is what they assert about someone else: it is their `about`,
# not an event of its own ("accused Kabul of sheltering militants", "denied attacking").
CONTENT_VERBS = frozenset({"accuse", "blame", "allege", "deny", "charge", "convict", "sentence", "criticize",
                           "criticise", "condemn", "praise", "thank", "welcome", "investigate", "probe", "discuss",
                           "talk", "negotiate"})

_PUNITIVE = ("15", "16", "17", "18", "19", "20")
_NON_STATE = {"REB", "INS", "CVL", "CRM", "SEP", "UAF"}
_STATE = {"GOV", "MIL", "COP", "SPY", "LEG", "JUD"}
_THREAT_AUXES = {"could", "might", "may", "would", "'d"}
_ALONE_OK = {"talk", "negotiation", "summit", "meeting"}  # "talks will be held on Friday" stands alone
_REACTIONS = ("10", "11", "12", "13")


def _subject_token(tok: Token) -> Token | None:
    return next((c for c in tok.children if c.dep_ in ("nsubj", "agent")), None)


def _doer_words(f: Found) -> set[str]:
    tok = f.trigger
    subj = _subject_token(tok) if tok.pos_ in ("VERB", "AUX") else None
    if subj is None:
        return {c.lemma_.lower() for c in tok.lefts if c.dep_ in ("compound", "amod")}
    return {t.lemma_.lower() for t in subj.subtree} | {" ".join(t.lower_ for t in subj.subtree)}


def refine_code(f: Found) -> str:
    code, doc = f.code, f.trigger.doc
    kind, sector = actor_kind(doc, f.sources[0]) if f.sources else (None, None)
    if code in ("190", "194"):
        words = _doer_words(f)
        if words & lexicon.words("aerial_subjects"):
            return "195"
        if code == "190" and words & lexicon.words("artillery_subjects"):
            return "194"
    if code == "190" and (sector in _NON_STATE or (kind in ("group", "person") and sector not in _STATE
                                                   and sector is not None)):
        return "180"  # force used by those who are no state's forces
    if code[:2] == "14" and (kind == "country" or sector in ("GOV", "LEG")):
        return "114"  # a government protesting lodges a complaint
    return code


def threat_from_hypothetical(f: Found) -> tuple[str, str] | None:
    """Punishment held out as possible or conditional is a threat (CAMEO 13), not the act."""
    if f.code[:2] not in _PUNITIVE or f.modality not in ("hypothetical", "planned"):
        return None
    verb = mood.governing_verb(f.trigger)
    auxes = {c.lower_ for link in mood.control_chain(verb) for c in link.children if c.dep_ in ("aux", "auxpass")}
    conditional = mood.conditional(verb)
    if not (auxes & _THREAT_AUXES or conditional):
        return None
    if f.modality == "planned" and not conditional:
        return None
    code = lexicon.frame_code("threaten", f.code)
    return code, ("reported" if mood.reported(verb) or f.trigger._.quote else "asserted")


def needs_target(f: Found) -> bool:
    root = f.code[:2]
    if root == "04":
        noun = f.object_noun if f.object_noun is not None else f.trigger
        return f.code != "046" and not (noun.pos_ == "NOUN" and noun.lemma_.lower() in _ALONE_OK)
    if root == "05":
        return f.code != "057"
    return root in ("06", "18", "19", "20")


def reaction_targets(doc: Doc, events: list[Event]) -> None:
    """A reaction with no target named answers who acted on the reacting side, or the last doer of
    the act it names ("condemned the crackdown")."""
    for n, event in enumerate(events):
        if event.target is not None or event.root not in _REACTIONS or event.negated:
            continue
        earlier = events[:n]
        found = next((e.source for e in reversed(earlier)
                      if e.target == event.source and e.source not in (None, event.source)), None)
        if found is None and _names_an_act(doc, event):
            mine = actor_country(doc, event.source)
            found = next((e.source for e in reversed(earlier) if e.source != event.source and not e.negated
                          and e.root not in ("01", "02", "03") and actor_country(doc, e.source) != mine), None)
        event.target = found


def _names_an_act(doc: Doc, event: Event) -> bool:
    span = doc.char_span(event.trigger.start, event.trigger.end)
    if span is None:
        return False
    tok = span.root
    objs = [c for c in tok.children if c.dep_ in ("dobj", "pobj")]
    objs += [o for p in tok.children if p.dep_ == "prep" for o in p.children if o.dep_ == "pobj"]
    return any(o.lemma_.lower() in lexicon.words("action_nouns") for o in objs)
