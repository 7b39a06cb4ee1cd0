"""The country of a head of state or government the text titles without naming the country.

"President X said in a televised address that Baku had acted in goodwill": a leader telling what a
state did, by its name or its capital, tells of his own state, when that state is headed by that title
(knowledge: leader_titles.json) and he does not act on it in the same sentence ("accused Armenia").
The actors stage asks this before falling back on the dateline's country.
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from wirecoder.knowledge.speech import is_reporting
from wirecoder.pipeline import gazetteer
from wirecoder.pipeline.extensions import token_actors
from wirecoder.pipeline.registry import ActorRegistry, Record

_ACTED_ON = ("dobj", "pobj", "dative", "iobj")


def reported_home(reg: ActorRegistry, doc: Doc, rec: Record) -> str | None:
    """The one state a titled leader reports as the doer of a clause he speaks, if its head bears his title."""
    titles = {role.lower() for role in rec.actor.roles}
    if not titles:
        return None
    found: set[str] = set()
    against: set[str] = set()
    for verb in _verbs_of(doc, rec):
        against |= _acted_on(reg, verb)
        if not is_reporting(verb.lemma_):
            continue
        for comp in (c for c in verb.children if c.dep_ == "ccomp"):
            subj = next((c for c in comp.children if c.dep_ in ("nsubj", "nsubjpass")), None)
            country = _state_of(reg, subj) if subj is not None else None
            if country is not None and gazetteer.leader_title(country) in titles:
                found.add(country)
    found -= against
    return found.pop() if len(found) == 1 else None


def _verbs_of(doc: Doc, rec: Record) -> list[Token]:
    """The verbs the person's named mentions are the subject of."""
    verbs = []
    for mention in rec.actor.mentions:
        span = doc.char_span(mention.start, mention.end, alignment_mode="expand")
        if span is not None and span.root.dep_ == "nsubj":
            verbs.append(span.root.head)
            verbs += [c for c in span.root.head.children if c.dep_ == "conj" and c.pos_ == "VERB"]
    return verbs


def _acted_on(reg: ActorRegistry, verb: Token) -> set[str]:
    """States the verb's own objects name ("accused Armenia", "called on Yerevan")."""
    out = set()
    for tok in verb.subtree:
        if tok.dep_ in _ACTED_ON and (tok.head.i == verb.i or tok.head.head.i == verb.i):
            country = _state_of(reg, tok)
            if country is not None:
                out.add(country)
    return out


def _state_of(reg: ActorRegistry, tok: Token) -> str | None:
    for actor_id in token_actors(tok.doc).get(tok.i, ()):
        other = reg.records.get(actor_id)
        if other is not None and other.actor.kind == "country" and other.actor.country:
            return other.actor.country
    return None
