"""The words that name events, matched against the event lexicon (knowledge/lexicon.py).

A verb names an event alone ("condemned"), with its particle or preposition ("cracked down on"),
with its object ("imposed sanctions", "signed a deal"), or as a light verb whose object is an event
noun ("held talks", "launched an attack"). A verb that states a position ("demanded", "urged",
"refused", "threatened") takes its code from what it is about ("demanded the release" → 1053).
A noun names an event alone ("the invasion", "a phone call", "Trump's call with Putin").
"""

from __future__ import annotations

from dataclasses import dataclass, replace

from spacy.tokens import Token

from wirecoder.knowledge import lexicon
from wirecoder.knowledge.lexicon import Entry
from wirecoder.pipeline.participants import resolve

_OBJECTS = ("dobj", "nsubjpass")
_INTENT_ADJ = Entry(code="030", target=("to", "with", "for"), frame="intent")


@dataclass(frozen=True)
class Trigger:
    token: Token  # the verb, adjective or noun that names the event
    entry: Entry  # its lexicon entry, code already refined by a frame
    noun: Token | None = None  # the object noun that named the event ("held talks": talks)
    received: bool = False  # "received aid from Japan": the subject is the target


def verb_trigger(tok: Token) -> Trigger | None:
    """The event a verb names, if any."""
    lemma = tok.lemma_.lower()
    found = _phrasal(tok, lemma, particles=True) or _explicit_pair(tok, lemma) or _phrasal(tok, lemma, particles=False)
    found = found or _with_object(tok, lemma)
    if found is not None:
        return found if found.entry.code else None
    entry = lexicon.verb(lemma)
    if entry is None or not _object_fits(tok, entry):
        return None
    if entry.object is None and entry.frame is None and _predicative(tok):
        return None  # "called the release a step": naming, not phoning
    return Trigger(tok, entry)


def adjective_trigger(tok: Token) -> Trigger | None:
    """"ready to enhance support", "willing to meet": an expressed intent."""
    if tok.lemma_.lower() in lexicon.words("intent_adjectives") and any(c.dep_ == "xcomp" for c in tok.children):
        return Trigger(tok, _INTENT_ADJ)
    return None


def noun_trigger(tok: Token) -> Trigger | None:
    """The event a noun names alone ("invasion", "phone call"); light-only nouns never do."""
    entry = noun_entry(tok)
    if entry is None or entry.light_only or not entry.code:
        return None
    if _idiom(tok):
        return None
    return Trigger(tok, entry)


def noun_entry(tok: Token) -> Entry | None:
    if tok.pos_ not in ("NOUN", "PROPN"):
        return None
    lemma = tok.lemma_.lower()
    modifier = next((c.lower_ for c in reversed(list(tok.lefts))
                     if c.dep_ in ("compound", "amod") and c.i == tok.i - 1), None)
    entry = lexicon.noun(lemma, modifier)
    if entry is not None and entry.plural and tok.tag_ not in ("NNS", "NNPS"):
        return None
    return entry


# -- verbs ----------------------------------------------------------------------------------------

def _phrasal(tok: Token, lemma: str, *, particles: bool) -> Trigger | None:
    """"cracked down on", "pulled out of" (particles); "called on", "opened fire" (prepositions, objects)."""
    preps = [c for c in tok.children if c.dep_ in ("prep", "agent", "dative")]
    tries: list[tuple[tuple[str, ...], Token | None]] = []
    if particles:
        for prt in (c for c in tok.children if c.dep_ == "prt"):
            tries += [((prt.lower_, p.lower_), p) for p in preps] + [((prt.lower_,), None)]
    else:
        tries += [((p.lower_,), p) for p in preps]
        tries += [((o.lower_,), None) for o in tok.children if o.dep_ == "dobj"]
    for words, prep in tries:
        entry = lexicon.phrasal(lemma, *words)
        if entry is None:
            continue
        pobj = next((c for c in prep.children if c.dep_ == "pobj"), None) if prep is not None else None
        if entry.object and entry.object not in _CATEGORIES and (pobj is None or pobj.lemma_.lower() != entry.object):
            continue  # "took to the streets", not "took to X"
        if entry.frame and pobj is not None and (inner := noun_entry(pobj)) is not None and inner.code:
            # "called for a ceasefire": an appeal for what the noun names
            return Trigger(tok, replace(entry, code=lexicon.frame_code(entry.frame, inner.code)), pobj)
        return Trigger(tok, entry)
    return None


def _explicit_pair(tok: Token, lemma: str) -> Trigger | None:
    """A verb + object pair the lexicon lists ("imposed sanctions", "found guilty")."""
    for obj in (c for c in tok.children if c.dep_ in (*_OBJECTS, "oprd", "acomp", "attr", "ccomp")):
        entry = lexicon.verb_object(lemma, obj.lemma_.lower())
        if entry is not None:
            return Trigger(tok, entry, obj)
    return None


def _with_object(tok: Token, lemma: str) -> Trigger | None:
    """A position verb or a light verb whose object is an event noun ("demanded the release", "held talks")."""
    obj = next((c for c in tok.children if c.dep_ in _OBJECTS), None)
    if obj is None:
        return None
    obj = _measured(obj)
    inner = noun_entry(obj)
    if inner is None or not inner.code:
        return None
    own = lexicon.verb(lemma)
    if own is not None and own.frame:
        return Trigger(tok, replace(own, code=lexicon.frame_code(own.frame, inner.code)), obj)
    for family, frame in (("halting_verbs", "halt"), ("easing_verbs", "ease")):
        if lemma in lexicon.words(family) and _frame_applies(frame, inner.code):
            return Trigger(tok, replace(inner, code=lexicon.frame_code(frame, inner.code), mutual=False), obj)
    if lemma in lexicon.words("light_verbs"):
        received = lemma in lexicon.words("receiving_verbs") and inner.code[:2] in ("06", "07")
        return Trigger(tok, inner, obj, received=received)
    return None


_MEASURES = {"billion", "million", "thousand", "dollar", "euro", "pound", "ton", "tonne", "package", "shipment",
             "batch", "consignment", "amount", "lot", "round", "series", "wave", "number", "$"}


def _measured(obj: Token) -> Token:
    """"$120 million in aid", "billions of dollars of aid", "a new round of talks": the noun measured."""
    cur = obj
    for _ in range(3):
        if noun_entry(cur) is not None or not (cur.lemma_.lower() in _MEASURES or cur.like_num
                                                or cur.ent_type_ in ("MONEY", "QUANTITY", "CARDINAL")):
            return cur
        inner = next((o for p in cur.children if p.dep_ == "prep" and p.lower_ in ("of", "in")
                      for o in p.children if o.dep_ == "pobj"), None)
        if inner is None:
            return cur
        cur = inner
    return cur


def _frame_applies(frame: str, code: str) -> bool:
    spec = lexicon.event_lexicon().frames[frame]
    return any(code.startswith(prefix) for prefix in spec.by_code)


_CATEGORIES = {"actor", "person", "thing", "force", "target", "place", "none", "frame"}


def _object_fits(tok: Token, entry: Entry) -> bool:
    kind = entry.object
    if kind is None:
        return True
    objs = [c for c in tok.children if c.dep_ in (*_OBJECTS, "dative")]
    if kind == "none":
        return not any(c.dep_ == "dobj" for c in objs)
    if kind == "frame":
        return any(c.dep_ in ("xcomp", "ccomp") for c in tok.children) or any(noun_entry(o) for o in objs)
    if kind == "place":
        return any(t.ent_type_ in ("GPE", "LOC") or t._.actors for r in entry.target
                   for p in tok.children if p.dep_ == "prep" and p.lower_ == r for t in p.children)
    if kind == "force":
        moved = [c for c in objs if c.dep_ in _OBJECTS]
        return not moved or any(o.lemma_.lower() in lexicon.words("force_nouns") or resolve(o) for o in moved)
    return any(_fits(o, kind) for o in objs)


def _fits(obj: Token, kind: str) -> bool:
    if resolve(obj):
        return kind != "thing" or obj.lemma_.lower() in lexicon.words("thing_nouns")
    lemma = obj.lemma_.lower()
    if kind == "person":
        return lemma in lexicon.words("person_nouns") or obj.ent_type_ in ("PERSON", "NORP")
    if kind == "target":
        return lemma in lexicon.words("target_nouns") or obj.ent_type_ in ("GPE", "LOC", "FAC")
    return kind in ("thing", "force") and lemma in lexicon.words(f"{kind}_nouns")


def _predicative(tok: Token) -> bool:
    return any(c.dep_ in ("oprd",) for c in tok.children)


def _idiom(tok: Token) -> bool:
    """"in exchange for", "in support of": a noun inside a fixed phrase names no event."""
    doc = tok.doc
    prev = doc[tok.i - 1] if tok.i > 0 else None
    nxt = doc[tok.i + 1] if tok.i + 1 < len(doc) else None
    return prev is not None and nxt is not None and prev.lower_ == "in" and nxt.lower_ in ("for", "of", "to")
