"""Whose a title is: the actor a possessor stands for ("Trump's Treasury Secretary", "Its spokesman",
"the president's chief adviser") and whose counterpart "his Greek counterpart" is.
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from wirecoder.pipeline import gazetteer, roles
from wirecoder.pipeline.extensions import token_actors
from wirecoder.pipeline.registry import ActorRegistry, Record


def sentence_before(doc: Doc, start: int) -> int:
    """Where the sentence before the one starting at `start` starts, passing over paragraph breaks and
    stray closing quotes the parser made sentences of."""
    floor = start
    while floor > 0:
        floor = doc[floor - 1].sent.start
        if any(t.is_alpha for t in doc[floor:start]):
            break
    return floor


def title_owner(reg: ActorRegistry, rec: Record) -> Record | None:
    """Whose title the person holds: the possessor's actor; for "his"/"her", the person named last
    before it (in that sentence or the one before), other than the title holder."""
    if rec.possessor is None:
        return None
    found = reg.of_token(rec.possessor)
    word = reg.doc[rec.possessor]
    if found is not None:
        return found
    if word.lower_ == "its":
        return subject_before(reg, word, rec)  # "Iran's judiciary accused her ... Its spokesman, X"
    if word.lower_ in ("his", "her"):
        return _named_before(reg, word, rec, ("person",), 1)
    if word.lemma_.lower() in roles.BODY_NOUNS:
        return _named_before(reg, word, rec, ("organization",), 3)  # "the bloc's commission president": the body named before
    if gazetteer.is_title_head(word.lemma_):
        return _titled_before(reg, word, rec)
    return None


def _named_before(reg: ActorRegistry, word: Token, rec: Record, kinds: tuple[str, ...], back: int) -> Record | None:
    """The actor of one of `kinds` named last before `word`, in its sentence or the `back` before it."""
    doc = reg.doc
    floor = word.sent.start
    for _ in range(back):
        floor = doc[floor - 1].sent.start if floor > 0 else 0
    ids = token_actors(doc)
    for i in range(word.i - 1, floor - 1, -1):
        for actor_id in ids.get(i, ()):
            found = reg.records.get(actor_id)
            if found is not None and found is not rec and found.actor.kind in kinds:
                return found
    return None


def subject_before(reg: ActorRegistry, word: Token, rec: Record) -> Record | None:
    """The organisation or country that is the subject of the sentence before `word`'s (or of its own,
    before it): what "its" stands for in wire copy."""
    doc = word.doc
    ids = token_actors(doc)
    sent = word.sent
    scopes = [doc[sent.start : word.i]] + ([doc[sent.start - 1].sent] if sent.start > 0 else [])
    for scope in scopes:
        for tok in reversed(list(scope)):
            if tok.dep_ not in ("nsubj", "nsubjpass") and not (tok.dep_ == "poss" and tok.head.dep_ in ("nsubj", "nsubjpass")):
                continue
            # "The U.N. humanitarian office said ...": the body a subject names through its modifier
            modifiers = [c.i for c in tok.lefts if c.dep_ in ("compound", "nmod") and c.i in ids]
            for actor_id in ids.get(tok.i, ()) or ids.get(tok.head.i, ()) or (ids[modifiers[0]] if modifiers else ()):
                found = reg.records.get(actor_id)
                if found is not None and found is not rec and found.actor.kind in ("organization", "country"):
                    return found
    return None


def _titled_before(reg: ActorRegistry, word: Token, rec: Record) -> Record | None:
    """"the president's chief adviser, X": the one person named before who holds that title."""
    head = word.lemma_.lower()
    found = {r.actor.id: r for r in reg.records.values()
             if r is not rec and r.actor.kind == "person" and r.first < word.i
             and any(head in role.lower().split() for role in r.actor.roles)}
    if len(found) > 1:  # "Brazil's Foreign Minister X and the president's adviser": the president of the country named
        ids = token_actors(reg.doc)
        named = {reg.records[a].actor.country for i in range(word.sent.start, word.sent.end) for a in ids.get(i, ())
                 if a in reg.records and reg.records[a].actor.kind == "country"}
        found = {k: r for k, r in found.items() if r.actor.country in named}
    return next(iter(found.values())) if len(found) == 1 else None


def counterpart_owner(reg: ActorRegistry, noun: Token, rec: Record) -> Record | None:
    """Whose counterpart: the first conjunct ("X and his counterpart"), else the subject of the clause the
    noun sits in ("She spoke with her Chinese counterpart": she), else the person named last before it."""
    if noun.dep_ == "conj":
        return reg.of_token(noun.head.i)
    found = _clause_subject_person(reg, noun, rec)
    if found is not None:
        return found
    if not any(c.dep_ == "poss" and c.lower_ in ("his", "her") for c in noun.children):
        return None
    doc = noun.doc
    ids = token_actors(doc)
    floor = sentence_before(doc, noun.sent.start)  # "X said ... Her Tajik counterpart, Y"
    people = [reg.records[a] for i in range(floor, noun.i) for a in ids.get(i, ())
              if a in reg.records and reg.records[a].actor.kind == "person" and reg.records[a] is not rec]
    return people[-1] if people else None


def _clause_subject_person(reg: ActorRegistry, noun: Token, rec: Record) -> Record | None:
    """The person named by the subject of the nearest clause above `noun` that has a subject before it."""
    head = noun
    while head.head.i != head.i:
        head = head.head
        subjects = [c for c in head.children if c.dep_ in ("nsubj", "nsubjpass") and c.i < noun.i]
        if not subjects and head.dep_ == "conj":
            subjects = [c for c in head.head.children if c.dep_ in ("nsubj", "nsubjpass")]
        for subj in subjects:
            found = [reg.records[a] for t in (subj, *subj.children) for a in t._.actors if a in reg.records]
            people = [r for r in found if r.actor.kind == "person" and r is not rec]
            if people:
                return people[0]
        if subjects:
            break
    return None
