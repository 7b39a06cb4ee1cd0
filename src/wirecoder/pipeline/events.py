"""The events stage: who did what to whom, when and where, as CAMEO-coded events.

Triggers (triggers.py) are verbs, verb + particle, verb + object and event nouns from our own lexicon
(knowledge/data/event_lexicon.json). Source and target come from the parse (verbevents.py, nounevents.py,
through participants.py), through the actors stage, so pronouns, descriptions and metonyms are already
resolved. Verbs that state a position ("demanded", "urged", "agreed to", "refused to", "threatened") are
coded from what they are about (positions.py), which becomes the event's `about`; that act is not coded
again (eventcontent.py). Negation and modality come from mood.py, CAMEO refinements from eventrules.py,
participants told earlier in the story from eventlinks.py; eventkeep.py settles and keeps candidates,
attacks.py gives attacks nobody was named for to whoever claims them or to unnamed attackers;
eventrecords.py makes the `Event` records (one per source–target pair, the same event told again counted
in `mentions`, dates from dates.py, places from places.py).

`find_events(doc)` is pure; `set_annotations(doc, found)` fills `Doc._.events`.
"""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc, Token

from wirecoder.pipeline import eventlinks, eventrecords, positions, splitclauses
from wirecoder.pipeline.attacks import assailants, claimants, claimed_attack, same_attack
from wirecoder.pipeline.candidates import Found
from wirecoder.pipeline.docview import forget, tokens_tagged
from wirecoder.pipeline.eventcontent import content_tokens, reports
from wirecoder.pipeline.eventkeep import keep
from wirecoder.pipeline.extensions import excluded_ids
from wirecoder.pipeline.nounevents import noun_event
from wirecoder.pipeline.triggers import Trigger, adjective_trigger, noun_trigger, verb_trigger
from wirecoder.pipeline.verbevents import verb_event


def find_events(doc: Doc) -> list[Found]:
    splitclauses.mend_split_clauses(doc)
    excluded = excluded_ids(doc)
    verb_triggers = _verb_triggers(doc, excluded)
    content = content_tokens(doc, verb_triggers)
    used = {t.noun.i for t in verb_triggers if t.noun is not None}
    found = [verb_event(t) for t in verb_triggers if t.token.i not in content and not reports(t)]
    found += _noun_events(doc, excluded, content, used)
    found += positions.obligations(doc)
    kept, unowned = _keep_in_order(found)
    _keep_unowned(unowned, kept)
    return kept


def _verb_triggers(doc: Doc, excluded: dict[int, bool]) -> list[Trigger]:
    words = tokens_tagged(doc, ("VERB", "AUX", "ADJ"))
    return [t for t in (_word_trigger(tok) for tok in words if tok.i not in excluded) if t is not None]


def _word_trigger(tok: Token) -> Trigger | None:
    if tok.pos_ == "VERB" or (tok.pos_ == "AUX" and tok.dep_ not in ("aux", "auxpass")):
        return verb_trigger(tok)
    if tok.pos_ == "ADJ":
        return adjective_trigger(tok)
    return None


def _noun_events(doc: Doc, excluded: dict[int, bool], content: set[int], used: set[int]) -> list[Found]:
    found: list[Found] = []
    for tok in tokens_tagged(doc, ("NOUN", "PROPN")):
        if tok.i in excluded or tok.i in content or tok.i in used:
            continue
        trigger = noun_trigger(tok)
        if trigger is not None:
            found.append(noun_event(trigger))
    return found


def _keep_in_order(found: list[Found]) -> tuple[list[Found], list[Found]]:
    """The events kept in the order told, and the attacks by doers no actor stands for ("gunmen") that
    nobody claimed."""
    kept: list[Found] = []
    orphans: list[Found] = []  # attacks nobody was named for, until someone claims them
    unowned: list[Found] = []  # attacks by doers no actor stands for ("gunmen"), if nobody claims them
    for f in sorted(found, key=lambda x: x.trigger.i):
        eventlinks.link(f, kept)
        if keep(f):
            kept.append(f)
            if f.code == "015" and (claimed := claimed_attack(f, orphans)) is not None and keep(claimed):
                kept.append(claimed)
                unowned = [u for u in unowned if not same_attack(u, claimed)]
        elif not f.sources and f.code[:2] in ("18", "19", "20") and not f.negated:
            orphans += [f] if f.targets else []
            unowned.append(f)
    return kept, unowned


def _keep_unowned(unowned: list[Found], kept: list[Found]) -> None:
    """Attacks nobody claimed: by whoever they are claimed by, else by unnamed attackers."""
    for f in unowned:
        f.sources = claimants(f) or assailants(f)
        if f.sources and keep(f):
            kept.append(f)


def set_annotations(doc: Doc, found: list[Found]) -> None:
    doc._.events = eventrecords.records(doc, found)


@Language.component("wirecoder_events")
def events_component(doc: Doc) -> Doc:
    set_annotations(doc, find_events(doc))
    forget(doc)  # the last stage: the doc view (which refers back to the doc) is not kept past it
    return doc
