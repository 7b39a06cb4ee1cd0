"""The outlet that publishes the story ("an AFP correspondent") and the paper that only hears it ("she
told the Tribune") are no actors of the story.
"""

from __future__ import annotations

from spacy.tokens import Doc

from wirecoder.pipeline import gazetteer
from wirecoder.pipeline.registry import ActorRegistry

# Last words of newspaper and broadcaster names.
_PAPERS = {"tribune", "times", "post", "journal", "herald", "gazette", "news", "telegraph", "guardian", "observer",
           "chronicle", "independent", "express", "mail", "standard", "star", "daily", "monitor", "nation",
           "reuters", "radio", "television", "tv", "broadcaster", "agency", "bbc", "cnn"}


def drop_outlet(reg: ActorRegistry, doc: Doc) -> None:
    """The outlet that publishes the story ("an AFP correspondent") is its author, never an actor."""
    credits = doc._.credits
    outlet = (credits.outlet if credits else None) or ""
    org = gazetteer.organization(outlet) if outlet else None
    forms = {outlet.lower(), (org.name.lower() if org else "")} - {""}
    for rec in list(reg.records.values()):
        named = {rec.actor.name.lower(), *(a.lower() for a in rec.actor.aliases)}
        if rec.actor.kind == "organization" and rec.actor.sector in ("MED", None) and named & forms:
            reg.remove(rec)
        elif rec.actor.kind == "organization" and rec.actor.sector in ("MED", None) \
                and rec.actor.name.split()[-1].lower() in _PAPERS and all(_told(doc, m.start) for m in rec.actor.mentions):
            reg.remove(rec)  # "she told the Tribune": the paper that heard it, not a party to the story


def _told(doc: Doc, char: int) -> bool:
    """The mention is who was told: "told the Tribune", "said in an interview with the Post"."""
    tok = next((t for t in doc if t.idx == char), None)
    if tok is None:
        return False
    while tok.dep_ in ("compound", "det") and tok.head.i != tok.i:
        tok = tok.head
    head = tok.head
    if tok.dep_ in ("dobj", "dative") and head.lemma_ in ("tell", "say"):
        return True
    return tok.dep_ == "pobj" and head.lower_ in ("with", "to") and head.head.lemma_ in ("interview", "say", "speak")
