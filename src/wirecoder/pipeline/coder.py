"""Who did what to whom, when and where: CAMEO-coded events from the parse.

Triggers are verbs, verb + particle, verb + object noun ("hold talks") and event nouns ("phone
call", "invasion") from the lexicon in `knowledge/data/verbs.json`. Source and target come from
the parse (subject, passive agent, object, the preposition the lexicon names, a control verb's
complement, a noun's possessor and compounds), reached through the actors stage, so pronouns,
descriptions and metonyms are already resolved. Negation, modality, dates and places follow.
`find_events(doc)` is pure; `set_annotations` fills `Doc._.events`.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from functools import cache
from importlib import resources

from spacy.language import Language
from spacy.tokens import Doc, Token

from wirecoder.knowledge.cameo import find_code
from wirecoder.knowledge.plover import plover_of
from wirecoder.model import Event, Span
from wirecoder.pipeline import dates, gazetteer, places
from wirecoder.pipeline import extensions as _ext  # noqa: F401
from wirecoder.pipeline.lookup import actors_of

_NEG_DETS = {"no", "neither"}
_NEG_HEADS = {"refuse", "decline", "fail", "reject"}
_FUTURE = {"will", "shall", "'ll", "wo"}
_HYPOTHETICAL = {"could", "would", "might", "may", "should", "must"}
_PLANNING = {"agree", "plan", "expect", "schedule", "due", "set", "prepare", "intend", "ready", "willing", "hope"}
_POSITION_ROOTS = {"02", "03", "10", "12", "13"}
_TARGET_ROOTS = {"04", "05", "17", "18", "19", "20"}  # no event without someone on the receiving end
# Coordinated subjects of these act with each other ("X and Y met"); of others, side by side.
_MUTUAL_LEMMAS = {"meet", "speak", "talk", "agree", "sign", "hold", "discuss", "negotiate", "clash", "fight", "trade",
                  "confer", "consult", "cooperate"}
# Verbs whose complement is what is demanded, offered or planned: its events are the position, not facts.
_POSITION_HEADS = {"demand", "urge", "call", "ask", "insist", "propose", "offer", "want", "hope", "agree", "invite",
                   "refuse", "threaten", "warn", "plan", "seek", "expect"}
_CONSULT_LEMMAS = {"meet", "talk", "negotiate", "visit", "discuss", "speak"}


@dataclass(frozen=True)
class Entry:
    code: str
    target: str  # where the target is read: object, with, to, of, complement, ...


@dataclass
class Found:
    trigger: Token
    entry: Entry
    sources: list[str]
    targets: list[str]
    negated: bool = False
    about: tuple[int, int] | None = None
    extra_tokens: list[Token] = field(default_factory=list)


@cache
def lexicon() -> dict[str, dict[str, Entry]]:
    path = resources.files("wirecoder.knowledge") / "data" / "verbs.json"
    data = json.loads(path.read_text(encoding="utf-8"))
    return {sec: {k: Entry(*v) for k, v in data[sec].items()} for sec in ("verbs", "phrasal", "verb_object", "nouns")}


# -- triggers -------------------------------------------------------------------------------------

def _verb_entry(tok: Token) -> tuple[Entry, Token | None] | None:
    lex = lexicon()
    lemma = tok.lemma_.lower()
    for child in tok.children:
        if child.dep_ in ("prt", "prep", "dobj") and (e := lex["phrasal"].get(f"{lemma} {child.lower_}")):
            return e, None
    obj = next((c for c in tok.children if c.dep_ in ("dobj", "nsubjpass")), None)
    if obj is not None and (e := lex["verb_object"].get(f"{lemma} {obj.lemma_.lower()}")):
        return e, obj
    if lemma in ("agree", "offer", "propose", "plan", "invite") and any(
            c.dep_ == "xcomp" and c.lemma_.lower() in _CONSULT_LEMMAS for c in tok.children):
        return Entry("036", "object"), None  # "agreed to meet": intent to meet or negotiate
    if lemma in lex["verbs"]:
        return lex["verbs"][lemma], None
    return None


def _noun_entry(tok: Token) -> Entry | None:
    nouns = lexicon()["nouns"]
    prev = tok.doc[tok.i - 1] if tok.i > 0 else None
    if prev is not None and prev.dep_ == "compound" and (e := nouns.get(f"{prev.lower_} {tok.lemma_.lower()}")):
        return e
    return nouns.get(tok.lemma_.lower())


# -- participants ---------------------------------------------------------------------------------

def _ids(tok: Token | None) -> list[str]:
    if tok is None:
        return []
    ids = list(actors_of(tok))
    if not ids and tok.lower_ in ("him", "her"):
        ids = _object_pronoun(tok)
    if not ids:
        region_country = gazetteer.region(tok.text)[1] or gazetteer.city(tok.text)
        if region_country:
            ids = _country_actor(tok.doc, region_country)
    return ids


def _object_pronoun(tok: Token) -> list[str]:
    """"calls with him": the person the sentence's main clause is about."""
    root = tok.sent.root
    subj = next((c for c in root.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    return [a for a in actors_of(subj) if _kind(tok.doc, a) == "person"] if subj is not None else []


def _kind(doc: Doc, actor_id: str) -> str | None:
    reg = doc._.registry
    rec = reg.records.get(actor_id) if reg is not None else None
    if rec is None:
        return next((a.kind for a in doc._.actors or [] if a.id == actor_id), None)
    return str(rec.actor.kind)


def _country(doc: Doc, actor_id: str) -> str | None:
    return next((a.country for a in doc._.actors or [] if a.id == actor_id), None)


def _country_actor(doc: Doc, alpha3: str) -> list[str]:
    return [a.id for a in doc._.actors or [] if a.kind == "country" and a.country == alpha3][:1]


def _subject(verb: Token) -> list[str]:
    cur: Token | None = verb
    while cur is not None:
        agent = next((c for c in cur.children if c.dep_ == "agent"), None)
        if agent is not None and cur.i == verb.i:
            pobj = next((c for c in agent.children if c.dep_ == "pobj"), None)
            return _ids(pobj)
        subj = next((c for c in cur.children if c.dep_ in ("nsubj", "csubj")), None)
        if subj is not None:
            if subj.lower_ in ("who", "which", "that") and cur.dep_ == "relcl":
                return _ids(cur.head)
            return _ids(subj)
        if cur.dep_ == "relcl":
            return _ids(cur.head)
        if cur.dep_ == "xcomp":
            # "invited Trump to visit": the object of the controlling verb acts
            obj = next((c for c in cur.head.children if c.dep_ == "dobj"), None)
            if obj is not None:
                return _ids(obj)
        nxt = cur.head if cur.dep_ in ("conj", "xcomp", "advcl", "acl", "acomp") and cur.head.i != cur.i else None
        if nxt is not None and cur.dep_ == "acl" and nxt.pos_ in ("NOUN", "PROPN"):
            return _ids(nxt)
        cur = nxt
    return []


def _by_prep(head: Token, preps: tuple[str, ...]) -> list[str]:
    for child in head.children:
        if child.dep_ in ("prep", "dative") and child.lower_ in preps:
            for obj in child.children:
                if obj.dep_ == "pobj":
                    ids = _ids(obj) or _inside(obj)
                    if ids:
                        return ids
    return []


def _inside(tok: Token) -> list[str]:
    """"a fifth of Ukraine", "a deal under which the United States would invest": an actor within."""
    for t in tok.subtree:
        if t.i != tok.i and t._.actors and t.pos_ != "PRON":
            return list(actors_of(t))
    for t in tok.subtree:
        # "three Haitian politicians": people of a country the article names
        alpha3 = gazetteer.demonym(t.text) if t.dep_ in ("amod", "compound") else None
        if alpha3:
            return _country_actor(tok.doc, alpha3)
    return []


def _target(trigger: Token, entry: Entry, obj_noun: Token | None) -> tuple[list[str], tuple[int, int] | None]:
    head = obj_noun if obj_noun is not None else trigger
    if entry.target == "complement":
        comp = next((c for c in trigger.children if c.dep_ in ("ccomp", "xcomp")), None)
        if comp is not None:
            subj = next((c for c in comp.children if c.dep_ in ("nsubj", "nsubjpass")), None)
            about = _about(comp, subj)
            return _ids(subj), about
    preps = {"object": ("to", "with", "on", "against", "for"), "between": ("between",)}.get(
        entry.target, (entry.target, "with", "to", "against", "on"))
    if entry.target == "object" or obj_noun is None:
        obj = next((c for c in trigger.children if c.dep_ in ("dobj", "dative")), None)
        if obj is not None and obj_noun is None:
            ids = _ids(obj) or _inside(obj)
            if ids:
                return ids, _about(obj, None)
        if trigger.dep_ == "ROOT" or trigger.pos_ == "VERB":
            passive = next((c for c in trigger.children if c.dep_ == "nsubjpass"), None)
            if passive is not None and obj_noun is None:
                return _ids(passive), None
    found = _by_prep(head, preps) or (_by_prep(trigger, preps) if head is not trigger else [])
    comp = next((c for c in trigger.children if c.dep_ == "xcomp"), None)
    return found, (_about(comp, None) if comp is not None else None)


def _about(tok: Token, skip: Token | None) -> tuple[int, int] | None:
    toks = [t for t in tok.subtree if skip is None or t.i not in {s.i for s in skip.subtree}]
    toks = [t for t in toks if not t.is_punct]
    if len(toks) < 2:
        return None
    return toks[0].idx, toks[-1].idx + len(toks[-1].text)


def _noun_participants(noun: Token, entry: Entry) -> tuple[list[str], list[str]]:
    """"Trump's call with Putin", "a U.S.-Russia prisoner swap", "the invasion of Ukraine"."""
    owners = [c for c in noun.children if c.dep_ in ("poss", "compound", "amod", "nmod") and c.i < noun.i]
    sources: list[str] = []
    for owner in owners:
        for t in owner.subtree:
            for actor_id in _ids(t) if t._.actors else []:
                if actor_id not in sources:
                    sources.append(actor_id)
    preps = (entry.target, "with", "to", "on", "against", "of", "between")
    targets = _by_prep(noun, preps)
    if not sources:
        by = next((c for c in noun.children if c.dep_ == "prep" and c.lower_ == "by"), None)
        sources = [a for o in (by.children if by is not None else []) if o.dep_ == "pobj" for a in _ids(o)]
    if not sources and noun.dep_ in ("dobj", "pobj", "nsubjpass", "attr", "nsubj"):
        head = noun.head if noun.dep_ != "pobj" else noun.head.head
        while head.pos_ in ("NOUN", "ADJ") and not head._.actors and head.dep_ != "ROOT":
            head = head.head if head.dep_ != "pobj" else head.head.head
        if head.pos_ in ("VERB", "AUX"):
            sources = _subject(head)
        elif head.pos_ in ("NOUN", "PROPN"):
            sources = _ids(head)
    if not targets and noun.dep_ == "pobj":
        governing = noun.head.head
        while governing.pos_ in ("NOUN", "NUM") and governing.dep_ not in ("ROOT",):
            governing = governing.head
        if governing.pos_ == "VERB":
            targets = _by_prep(governing, ("to", "for", "on", "against"))
    if entry.code.startswith("042") and not targets:
        for anchor in (noun, noun.head.head):
            loc = places.location_for(noun.doc, anchor)
            if loc is not None and loc.country:
                targets = _country_actor(noun.doc, loc.country)
                break
    if not sources and len(targets) > 1 and any(c.lower_ == "between" for c in noun.children):
        sources, targets = targets[:1], targets[1:]  # "talks between Peru and Bolivia"
    if len(sources) > 1 and not targets and len(owners) > 1:
        sources, targets = sources[:1], sources[1:]  # "a U.S.-Russia prisoner swap"
    return sources, targets


# -- negation and modality ------------------------------------------------------------------------

def _negated(trigger: Token, obj_noun: Token | None) -> bool:
    for tok in (trigger, obj_noun):
        if tok is None:
            continue
        if any(c.dep_ == "neg" for c in tok.children):
            return True
        if any(c.dep_ == "det" and c.lower_ in _NEG_DETS for c in tok.children):
            return True
    head = trigger.head
    if trigger.dep_ in ("xcomp", "pcomp") and (head.lemma_.lower() in _NEG_HEADS or any(
            c.dep_ == "neg" for c in head.children)):
        return True
    if trigger.pos_ == "NOUN" and trigger.dep_ in ("dobj", "nsubjpass", "nsubj") and any(
            c.dep_ == "neg" for c in trigger.head.children):
        return True
    return any(t.lower_ == "without" for t in trigger.ancestors if t.dep_ == "prep" and t.i < trigger.i
               and t.head.i in {a.i for a in trigger.ancestors})


def _modality(trigger: Token) -> tuple[str, str | None]:
    verb = trigger if trigger.pos_ in ("VERB", "AUX") else trigger.head
    chain = [verb, *list(verb.ancestors)[:2]]
    auxes = {c.lower_ for v in chain[:1] for c in v.children if c.dep_ in ("aux", "auxpass")}
    quote = trigger._.quote
    if auxes & _FUTURE or (verb.dep_ == "xcomp" and verb.head.lemma_.lower() in _PLANNING):
        mod = "planned"
    elif auxes & _HYPOTHETICAL:
        mod = "hypothetical"
    elif quote is not None:
        mod = "reported"
    else:
        mod = "asserted"
    return mod, quote


# -- finding --------------------------------------------------------------------------------------

def find_events(doc: Doc) -> list[Found]:
    found: list[Found] = []
    for tok in doc:
        if tok._.excluded:
            continue
        if _is_position_content(tok):
            continue
        if tok.pos_ in ("VERB",) and (hit := _verb_entry(tok)) is not None:
            verb_entry, obj_noun = hit
            sources = _subject(tok)
            targets, about = _target(tok, verb_entry, obj_noun)
            if not sources:
                between = _by_prep(tok, ("between",))
                if len(between) > 1:
                    sources, targets = between[:1], between[1:]  # "talks were held between X and Y"
            negated = _negated(tok, obj_noun)
            found.append(Found(tok, verb_entry, sources, targets, negated, about))
        elif tok.pos_ in ("NOUN", "PROPN") and (entry := _noun_entry(tok)) is not None:
            if tok.dep_ == "dobj" and _verb_entry(tok.head) is not None:
                continue  # "hold talks": coded once, as the verb + object
            if tok.dep_ == "compound" or _idiom(tok):
                continue
            sources, targets = _noun_participants(tok, entry)
            found.append(Found(tok, entry, sources, targets, _negated(tok, None), None))
    return [f for f in found if _keep(f)]


def _idiom(tok: Token) -> bool:
    """"in exchange for", "in support of": a noun inside a fixed phrase names no event."""
    prev = tok.doc[tok.i - 1] if tok.i > 0 else None
    nxt = tok.doc[tok.i + 1] if tok.i + 1 < len(tok.doc) else None
    return prev is not None and nxt is not None and prev.lower_ == "in" and nxt.lower_ in ("for", "of")


def _is_position_content(tok: Token) -> bool:
    """"demands Russia withdraw": the withdrawal is what is demanded, coded with the demand."""
    if tok.dep_ in ("ccomp", "xcomp") and tok.head.lemma_.lower() in _POSITION_HEADS:
        return True
    # "proposed a deal under which the United States would invest": the deal's terms
    return tok.dep_ == "relcl" and tok.head.dep_ == "dobj" and tok.head.head.lemma_.lower() in _POSITION_HEADS


def _keep(f: Found) -> bool:
    if not f.sources:
        return False
    f.targets = [t for t in f.targets if t not in f.sources]
    mutual = f.trigger.lemma_.lower() in _MUTUAL_LEMMAS or f.entry.code == "036" or (
        f.trigger.pos_ == "NOUN" and f.trigger.head.lemma_.lower() in _MUTUAL_LEMMAS)
    if mutual and len(f.sources) > 1:
        countries = {_country(f.trigger.doc, s) for s in f.sources}
        mutual = None in countries or len(countries) > 1  # one country's officials are one side
    if not f.targets and len(f.sources) > 1 and mutual:
        f.sources, f.targets = f.sources[:1], f.sources[1:]  # "X and Y met": one side meets the other
    # a consultation, an attack: with nobody on the other side, no event
    return bool(f.targets) or f.entry.code[:2] not in _TARGET_ROOTS or f.entry.code == "046"


def _dyads(f: Found) -> list[tuple[str, str | None]]:
    """One event per source–target pair (GDELT style)."""
    targets: list[str | None] = list(f.targets) or [None]
    return [(s, t) for s in f.sources for t in targets]


def _event_key(source: str, target: str | None, root: str, negated: bool) -> tuple[str, str | None, str, bool]:
    """Consultations are mutual: X meeting Y and Y meeting X are one event."""
    if root == "04" and target is not None and target < source:
        source, target = target, source
    return source, target, root, negated


def set_annotations(doc: Doc, found: list[Found]) -> None:
    events: list[Event] = []
    index: dict[tuple[str, str | None, str, bool], Event] = {}
    for f in found:
        info = find_code(f.entry.code)
        if info is None:
            continue
        plover, mode = plover_of(f.entry.code)
        modality, quote = _modality(f.trigger)
        timex = dates.date_for(doc, f.trigger)
        location = places.location_for(doc, f.trigger)
        sent = f.trigger.sent
        about = None
        if f.about and f.entry.code[:2] in _POSITION_ROOTS:
            about = Span(doc.text[f.about[0] : f.about[1]], f.about[0], f.about[1])
        for source, target in _dyads(f):
            key = _event_key(source, target, info.root, f.negated)
            if key in index:
                # the same event told again ("calls with him" ... "Trump's call with Putin"): one event
                kept = index[key]
                kept.mentions += 1
                if kept.date is None and timex is not None:
                    kept.date, kept.date_text = timex.value, timex.text
                continue
            event = Event(
                id=f"e{len(events) + 1}", code=info.code, root=info.root, plover=plover, plover_mode=mode,
                quad_class=info.quad_class, goldstein=info.goldstein,
                trigger=Span(f.trigger.text, f.trigger.idx, f.trigger.idx + len(f.trigger.text)),
                sentence=Span(sent.text, sent.start_char, sent.end_char), source=source, target=target,
                date=timex.value if timex else None, date_text=timex.text if timex else None, location=location,
                negated=f.negated, modality=modality, quote=quote, about=about,  # type: ignore[arg-type]
                confidence=0.8 if target else 0.6,
            )
            index[key] = event
            events.append(event)
    _reaction_targets(events)
    doc._.events = events


_REACTION_ROOTS = {"10", "11", "12", "13"}


def _reaction_targets(events: list[Event]) -> None:
    """"Washington imposed sanctions on Iran. Tehran condemned the measures.": a reaction answers whoever
    last acted on the reacting side, when the text names no other target."""
    for n, event in enumerate(events):
        if event.target is not None or event.root not in _REACTION_ROOTS or event.negated:
            continue
        for earlier in reversed(events[:n]):
            if earlier.target == event.source and earlier.source not in (None, event.source):
                event.target = earlier.source
                break


@Language.component("wirecoder_events")
def events_component(doc: Doc) -> Doc:
    set_annotations(doc, find_events(doc))
    return doc
