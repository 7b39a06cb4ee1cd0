"""Mending one misparse of wire leads: two coordinated clauses read as one verb's complement.

"Azerbaijan freed eight Armenian soldiers and Armenia released six Azerbaijani citizens": the small
parser reads "soldiers and Armenia" as the subject of "released", a complement of "freed" (or as the object of
"freed", leaving "released" without a subject). When the phrase right after the verb is a common noun
coordinated with a proper name that stands just before the complement's verb, the noun is the verb's
object and the proper name the subject of a second, coordinated clause.
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from wirecoder.knowledge.speech import is_reporting
from wirecoder.pipeline.docview import tokens_tagged


def mend_split_clauses(doc: Doc) -> None:
    """Reattach every such pair of clauses in `doc` (its parse is changed in place)."""
    for verb in tokens_tagged(doc, ("VERB",)):
        if not is_reporting(verb.lemma_):
            _mend(verb)


def _mend(verb: Token) -> None:
    comp = next((c for c in verb.children if c.dep_ == "ccomp" and c.i > verb.i and c.pos_ == "VERB"), None)
    if comp is None or any(c.dep_ in ("mark", "nsubjpass") for c in comp.children):
        return
    obj = next((c for c in verb.children if c.dep_ == "dobj"), None)
    subj = next((c for c in comp.children if c.dep_ == "nsubj"), None)
    if obj is None and subj is not None and not any(c.dep_ in ("nsubjpass", "attr", "xcomp") for c in verb.children):
        phrase = subj  # "freed [eight soldiers and Armenia] released ...": the complement's subject
    elif obj is not None and subj is None:
        phrase = obj  # "freed [eleven fishermen and Pakistan] released ...": the verb's object
    else:
        return
    conj = next((c for c in phrase.children if c.dep_ == "conj"), None)
    cc = next((c for c in phrase.children if c.dep_ == "cc" and c.lower_ == "and"), None)
    if (conj is None or cc is None or conj.pos_ != "PROPN" or conj.i != comp.i - 1 or phrase.pos_ != "NOUN"
            or phrase.left_edge.i != verb.i + 1 or any(c.dep_ == "conj" for c in conj.children)):
        return
    phrase.head, phrase.dep_ = verb, "dobj"
    conj.head, conj.dep_ = comp, "nsubj"
    cc.head = verb
    comp.dep_ = "conj"
