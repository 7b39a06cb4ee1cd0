"""The events stage: who did what to whom, when and where, as CAMEO-coded events.

Triggers (triggers.py) are verbs, verb + particle, verb + object and event nouns from our own lexicon
(knowledge/data/event_lexicon.json). Source and target come from the parse (participants.py), through
the actors stage, so pronouns, descriptions and metonyms are already resolved. Verbs that state a
position ("demanded", "urged", "agreed to", "refused to", "threatened") are coded from what they are
about, which becomes the event's `about`; that act is not coded again. Negation and modality come from
mood.py, dates from dates.py, places from places.py. One event per source–target pair; the same event
told again in the article is counted in `mentions`.

`find_events(doc)` is pure; `set_annotations(doc, found)` fills `Doc._.events`.
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace

from spacy.language import Language
from spacy.tokens import Doc, Token

from wirecoder.knowledge import lexicon
from wirecoder.knowledge.cameo import find_code
from wirecoder.knowledge.plover import plover_of
from wirecoder.model import Event, Span
from wirecoder.pipeline import eventlinks, mood, participants
from wirecoder.pipeline import extensions as _ext  # noqa: F401  (registers the extensions)
from wirecoder.pipeline.eventrules import (
    CONTENT_VERBS,
    needs_target,
    reaction_targets,
    refine_code,
)
from wirecoder.pipeline.participants import actor_country, country_actor, resolve, role_actors, subject_of
from wirecoder.pipeline.triggers import Trigger, adjective_trigger, noun_entry, noun_trigger, verb_trigger


@dataclass
class Found:
    trigger: Token
    code: str
    sources: list[str]
    targets: list[str]
    negated: bool = False
    modality: str = "asserted"
    about: tuple[int, int] | None = None
    mutual: bool = False
    confidence: float = 0.8
    object_noun: Token | None = None
    irrealis: bool = False  # only an event when held out as possible ("would retaliate")
    scene: list[str] = field(default_factory=list)  # sources to fall back on when no earlier event is meant


# -- finding --------------------------------------------------------------------------------------

def find_events(doc: Doc) -> list[Found]:
    verb_triggers = [t for t in (_word_trigger(tok) for tok in doc if not tok._.excluded) if t is not None]
    content = _content_tokens(doc, verb_triggers)
    used = {t.noun.i for t in verb_triggers if t.noun is not None}
    found = [_verb_event(t) for t in verb_triggers if t.token.i not in content and not _reports(t)]
    for tok in doc:
        if tok._.excluded or tok.i in content or tok.i in used:
            continue
        trigger = noun_trigger(tok)
        if trigger is not None:
            found.append(_noun_event(trigger))
    found += _obligations(doc)
    kept: list[Found] = []
    orphans: list[Found] = []  # attacks nobody was named for, until someone claims them
    for f in sorted(found, key=lambda x: x.trigger.i):
        eventlinks.link(f, kept)
        if _keep(f):
            kept.append(f)
            if f.code == "015" and (claimed := _claimed(f, orphans)) is not None and _keep(claimed):
                kept.append(claimed)
        elif not f.sources and f.targets and f.code[:2] in ("18", "19", "20") and not f.negated:
            orphans.append(f)
    return kept


def _claimed(claim: Found, orphans: list[Found]) -> Found | None:
    """"The TTP claimed responsibility": the attack told just before is theirs."""
    near = [o for o in orphans if claim.trigger.sent.start - o.trigger.sent.start < 120]
    if not near:
        return None
    attack = near[-1]
    orphans.remove(attack)
    return replace(attack, sources=list(claim.sources), targets=list(attack.targets), confidence=0.6)


def _word_trigger(tok: Token) -> Trigger | None:
    if tok.pos_ == "VERB" or (tok.pos_ == "AUX" and tok.dep_ not in ("aux", "auxpass")):
        return verb_trigger(tok)
    if tok.pos_ == "ADJ":
        return adjective_trigger(tok)
    return None


def _content_tokens(doc: Doc, triggers: list[Trigger]) -> set[int]:
    """Tokens inside what a position is about ("demanded Kyiv cede territory": cede ... territory)."""
    content: set[int] = set()
    for trig in triggers:
        tok = trig.token
        permits = trig.entry.code.startswith("086") and tok.lemma_.lower() in lexicon.words("permission_verbs")
        if (trig.entry.frame is None and tok.lemma_.lower() not in CONTENT_VERBS and not permits) or _reports(trig):
            continue
        for comp in _complements(tok):
            content.update(t.i for t in comp.subtree)
        if trig.noun is not None and trig.entry.frame:
            content.update(_noun_content(trig.noun))
    for tok in doc:  # "said Kyiv would have to give up its goals" is coded as a demand (_obligations)
        if _obligation(tok) is not None:
            content.update(t.i for t in tok.subtree)
    return content


_SCENE_ONLY = {"in", "during", "at", "after", "before"}


def _reports(trig: Trigger) -> bool:
    """"Rights groups warned that the army could carry out killings": a warning about another party's
    act reports it (coded on its own); "warned it would respond" is the warner's own threat."""
    tok = trig.token
    if tok.lemma_.lower() != "warn":
        return False
    comp = next((c for c in tok.children if c.dep_ == "ccomp"), None)
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


def _noun_content(noun: Token) -> set[int]:
    """"a desire for peace in phone calls with him": "for peace", not the scene ("in phone calls")."""
    scene = {t.i for p in noun.subtree if p.dep_ == "prep" and p.lower_ in _SCENE_ONLY and not _in_clause(p, noun)
             for t in p.subtree}
    return {t.i for t in noun.subtree if t.i != noun.i and t.i not in scene}


def _in_clause(tok: Token, top: Token) -> bool:
    """Whether a verb stands between `tok` and `top` ("accusations that it played a role in the attack")."""
    cur = tok.head
    while cur.i != top.i and cur.head.i != cur.i:
        if cur.pos_ in ("VERB", "AUX"):
            return True
        cur = cur.head
    return False


def _complements(tok: Token) -> list[Token]:
    comps = [c for c in tok.children if c.dep_ in ("xcomp", "ccomp")]
    for prep in (c for c in tok.children if c.dep_ == "prep" and c.lower_ in ("of", "for", "to", "on")):
        comps += [c for c in prep.children if c.dep_ == "pcomp"]
    return comps


# -- verbs ----------------------------------------------------------------------------------------

def _verb_event(trig: Trigger) -> Found:
    tok, entry = trig.token, trig.entry
    heads = [tok] if trig.noun is None else [tok, trig.noun]
    if "speaker" in entry.source:  # "Pakistan would bear the consequences": the speaker threatens it
        sources = _speakers(tok)
    else:
        sources = _adjective_subject(tok) if tok.pos_ == "ADJ" else subject_of(tok)
    if not sources and trig.noun is not None:
        sources = participants.noun_sources(trig.noun)  # "No peace talks were held": whose talks
    roles = entry.target + (("dative",) if trig.noun is not None else ())  # "gave Sri Lanka a loan"
    targets, _ = role_actors(heads, roles)
    if not targets and tok.dep_ == "relcl" and "dobj" in entry.target and not any(
            c.dep_ in ("dobj", "nsubjpass") or c.lower_ in ("who", "which", "that") for c in tok.children):
        targets = resolve(tok.head)  # "four diplomats it accused of arson": the antecedent
    passive = participants.passive_subject(tok)
    if not targets and passive is not None and (trig.noun is None or passive.i != trig.noun.i):
        targets = resolve(passive)  # "Germany was given information by Austria"
    if trig.received:
        sources, targets = role_actors(heads, ("from",))[0], sources
    if not sources and entry.code[:2] == "17" and participants.passive_subject(tok) is not None:
        sources = _state_of_place(tok)  # "She was arrested at Tehran airport": by that state
    if not sources and (entry.code[:2] == "15" or entry.code == "074"):
        passive = participants.passive_subject(tok)  # "UN peacekeepers were deployed": the force moves itself
        sources = resolve(passive) if passive is not None and not participants.agent_of(tok) else sources
    found = Found(tok, entry.code, sources, targets, mood.negated(tok), mood.modality(tok), None, entry.mutual,
                  0.85, trig.noun, entry.irrealis)
    if (trig.noun is not None and mood.negated(trig.noun)) or trig.voided:
        found.negated = True  # "had no direct contact", "postponed the meeting"
    if tok.lemma_.lower() == "agree" and _mere_accord(tok, trig):
        found.code, found.mutual = "019", False  # "agreed with Sweden's position"
        found.targets = role_actors([tok], ("with",))[0]
    elif entry.frame:
        _apply_frame(found, trig)
        if not found.targets and tok.dep_ in ("xcomp", "advcl") and tok.head.pos_ == "VERB":
            # "summoned the ambassador to demand an explanation": demanded of whom was summoned
            found.targets = role_actors([tok.head], ("dobj",))[0]
    elif tok.lemma_.lower() in CONTENT_VERBS:
        comps = _complements(tok)
        found.about = _span(comps[0], None) if comps else None
    return found


_HARMING = {"kill", "wound", "injure", "hit", "destroy", "damage", "target", "strike", "claim"}


def _victims(noun: Token) -> list[str]:
    """"a suicide bombing killed 11 Pakistani soldiers": the attack's target is whom it killed."""
    if noun.dep_ != "nsubj" or noun.head.lemma_.lower() not in _HARMING:
        return []
    return next((ids for c in noun.head.children if c.dep_ == "dobj" and (ids := participants.resolve_deep(c))), [])


def _state_of_place(tok: Token) -> list[str]:
    from wirecoder.pipeline import places

    loc = places.location_for(tok.doc, tok)
    if loc is not None and loc.country:
        return country_actor(tok.doc, loc.country)
    for obj in participants.prep_objects(tok, ("in", "at")):  # "at Tehran's airport"
        ids = [a for a in participants.resolve_deep(obj) if participants.actor_kind(tok.doc, a)[0] == "country"]
        if ids:
            return ids
    return []


def _mere_accord(tok: Token, trig: Trigger) -> bool:
    """"agreed with X" (no clause, no event agreed on): accord, not a pledge."""
    if trig.noun is not None or any(c.dep_ in ("xcomp", "ccomp", "dobj") for c in tok.children):
        return False
    return bool(participants.prep_objects(tok, ("with",))) and not participants.prep_objects(tok, ("on", "to"))


def _adjective_subject(adj: Token) -> list[str]:
    if adj.lemma_.lower() in lexicon.words("rejecting_adjectives"):
        return _speakers(adj)  # "told reporters the accusations were absurd": the speaker rejects them
    head = adj.head if adj.dep_ in ("acomp", "amod", "attr") else adj
    return subject_of(head) if head.i != adj.i else []


def _apply_frame(found: Found, trig: Trigger) -> None:
    """A position on another act: coded from that act, which becomes `about`."""
    tok, frame = trig.token, trig.entry.frame or ""
    comps = [c for c in tok.children if c.dep_ in ("xcomp", "ccomp")]
    comp = comps[0] if comps else None
    if comp is None:
        obj = trig.noun or next((c for c in tok.children if c.dep_ == "dobj"), None)
        if obj is None:
            obj = next((o for p in tok.children if p.dep_ == "prep" and p.lower_ in ("for", "on", "to")
                        for o in p.children if o.dep_ == "pobj"), None)
        if obj is not None and found.code in ("0253", "1053", "0353"):
            found.targets = _holder(obj) or found.targets  # "demanded the release of journalists held in X"
        if obj is not None and not resolve(obj):
            found.about = _span(obj, None)
            if not found.targets:  # "a Turkish request"; "a deal under which the United States would invest"
                found.targets = [a for a in participants.owners(obj) if a not in found.sources]
            if not found.targets:
                found.targets = participants.actors_within(obj, found.sources)
        if frame == "intent" and found.modality in ("asserted", "reported"):
            found.modality = "planned"  # a pledge or an offer is of something still to come
        return
    inner = verb_trigger(comp) if comp.pos_ in ("VERB", "AUX") else None
    act = _object_act(comp) if inner is None else None
    act_entry = noun_entry(act) if act is not None else None
    inner_code = inner.entry.code if inner is not None else (act_entry.code if act_entry is not None else None)
    if inner_code and trig.noun is None:
        found.code = lexicon.frame_code(frame, inner_code)
        if frame == "reject" and inner_code[:3] == "010":
            found.code = "011"  # "declined to comment"
            return
        if frame == "intent" and inner_code[:2] in _PUNITIVE:
            found.code = lexicon.frame_code("threaten", inner_code)  # "vowed to retaliate", "ready to strike"
    subj = next((c for c in comp.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    found.about = _span(comp, subj)
    if not found.targets and inner is not None:
        heads = [comp] if inner.noun is None else [comp, inner.noun]
        found.targets = role_actors(heads, inner.entry.target)[0]
        if inner.entry.mutual and not found.targets:
            found.mutual = True
    if not found.targets and act is not None and act_entry is not None:
        found.targets = role_actors([act], act_entry.target)[0]  # "the return of U.N. sanctions on Iran"
    if not found.targets and found.code[:2] in ("13", "10"):
        found.targets = [a for a in _condition_subject(tok) if a not in found.sources]  # "unless Iran restores"
    if not found.targets and frame != "consider":
        found.targets = participants.actors_within(comp, found.sources)
    if frame == "intent" and found.code[:2] != "13" and found.modality in ("asserted", "reported"):
        found.modality = "planned"


_PUNITIVE = ("15", "16", "17", "18", "19", "20")
_HELD = {"detain", "hold", "jail", "imprison", "arrest", "capture", "seize", "kidnap", "abduct"}


def _holder(release: Token) -> list[str]:
    """Who holds the people whose release is asked for: "journalists detained in Venezuela"."""
    for t in release.subtree:
        if t.lemma_.lower() in _HELD and t.dep_ in ("acl", "relcl", "amod"):
            by = participants.agent_of(t) or [a for o in participants.prep_objects(t, ("by", "in"))
                                              for a in resolve(o)]
            if by:
                return by
    return []


def _object_act(comp: Token) -> Token | None:
    """"ready to trigger the return of U.N. sanctions": the event noun in the clause's object."""
    obj = next((c for c in comp.children if c.dep_ == "dobj"), None)
    for _ in range(3):
        if obj is None:
            return None
        entry = noun_entry(obj)
        if entry is not None and entry.code:
            return obj
        obj = next(iter(participants.prep_objects(obj, ("of",))), None)
    return None


def _condition_subject(tok: Token) -> list[str]:
    for clause in (c for c in tok.sent if c.dep_ == "advcl"):
        if any(m.dep_ == "mark" and m.lower_ in ("if", "unless") for m in clause.children):
            subj = next((c for c in clause.children if c.dep_ in ("nsubj", "nsubjpass")), None)
            if subj is not None and (ids := resolve(subj)):
                return ids
    return []


def _span(tok: Token, skip: Token | None) -> tuple[int, int] | None:
    """The text of what a position is about: `tok`'s phrase without `skip` (its subject), the scene
    ("in phone calls") or a trailing participle clause (", signaling a shift")."""
    drop = {t.i for t in skip.subtree} if skip is not None else set()
    for child in tok.children:
        if child.dep_ in ("advcl", "prep") and child.i > tok.i and (
                (child.dep_ == "advcl" and child.tag_ == "VBG") or child.lower_ in _SCENE_ONLY):
            drop.update(t.i for t in child.subtree)
    toks = [t for t in tok.subtree if t.i not in drop and not t.is_punct and t.dep_ not in ("mark", "cc")]
    while toks and toks[0].dep_ == "aux" and toks[0].lower_ == "to":
        toks = toks[1:]
    if len(toks) < 1 or (len(toks) == 1 and toks[0].pos_ == "PRON"):
        return None
    return toks[0].idx, toks[-1].idx + len(toks[-1].text)


# -- nouns ----------------------------------------------------------------------------------------

def _noun_event(trig: Trigger) -> Found:
    noun, entry = trig.token, trig.entry
    sources = participants.noun_sources(noun)
    scene: list[str] = []
    if not sources:
        # "the visit": first the earlier visit it refers to (eventlinks), then the clause it sits in
        scene = participants.scene_actors(noun) or participants.by_phrase_deep(noun)
        if not eventlinks.definite(noun):
            sources, scene = scene, []
    targets, _ = role_actors([noun], entry.target)
    targets = targets or participants.undergoer(noun) or _victims(noun)
    if not sources and len(targets) > 1 and participants.prep_objects(noun, ("between",)):
        sources, targets = targets[:1], targets[1:]  # "talks between Peru and Bolivia"
    found = Found(noun, entry.code, sources, targets, mood.negated(noun), mood.modality(noun), None, entry.mutual,
                  0.7)
    found.scene = scene
    return found


# -- obligations ----------------------------------------------------------------------------------

_OBLIGATION_VERBS = {"have", "need"}
_MINDS = {"understand", "know", "realize", "realise", "remember", "recognize", "recognise", "consider", "think",
          "be", "see", "learn", "note", "expect"}


def _obligation(tok: Token) -> tuple[Token, Token] | None:
    """"[X said] Kyiv would have to give up its goals" / "Iran must release her": (act, its subject)."""
    if tok.pos_ not in ("VERB", "AUX") or tok.dep_ not in ("ccomp", "ROOT", "conj"):
        return None
    auxes = {c.lower_ for c in tok.children if c.dep_ in ("aux", "auxpass")}
    act = tok
    if tok.lemma_.lower() in _OBLIGATION_VERBS and (x := next((c for c in tok.children if c.dep_ == "xcomp"), None)):
        act = x
    elif not auxes & {"must", "should"}:
        return None
    if act.lemma_.lower() in _MINDS:
        return None  # "Iran should understand that ...": advice, not an act demanded
    subj = next((c for c in tok.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subj is None or not resolve(subj):
        return None
    return act, subj


def _obligations(doc: Doc) -> list[Found]:
    """What a speaker says another actor must do is a demand on it (CAMEO 10)."""
    out: list[Found] = []
    for tok in doc:
        hit = _obligation(tok)
        if hit is None or tok._.excluded:
            continue
        act, subj = hit
        speakers = _speaker(tok)
        targets = resolve(subj)
        if not speakers or not targets:
            continue
        mine = {actor_country(doc, s) for s in speakers} | set(speakers)
        if any(t in mine or actor_country(doc, t) in mine for t in targets):
            continue  # "Ukraine says it must receive guarantees": a need, not a demand on another
        inner = verb_trigger(act)
        code = lexicon.frame_code("demand", inner.entry.code if inner else None)
        out.append(Found(act, code, speakers, targets, mood.negated(act), "reported", _span(act, subj), False, 0.6))
    return out


def _speakers(tok: Token) -> list[str]:
    verb = mood.reporting_verb(mood.governing_verb(tok))
    return subject_of(verb) if verb is not None else []


def _speaker(tok: Token) -> list[str]:
    cur = tok
    while cur.dep_ == "conj":
        cur = cur.head
    if cur.dep_ == "ccomp" and cur.head.lemma_.lower() in lexicon.words("reporting_verbs"):
        return subject_of(cur.head)
    quote_id = tok._.quote
    if quote_id is not None:
        quote = next((q for q in tok.doc._.quotes or [] if q.id == quote_id), None)
        if quote is not None and quote.speaker:
            return [quote.speaker]
    return []


# -- keeping and assembling -----------------------------------------------------------------------

def _keep(f: Found) -> bool:
    f.sources = list(dict.fromkeys(f.sources))
    f.targets = [t for t in dict.fromkeys(f.targets) if t not in f.sources]
    if not f.sources and f.mutual and len(f.targets) > 1:
        f.sources, f.targets = f.targets[:1], f.targets[1:]  # "talks were held between Peru and Bolivia"
    if not f.sources:
        return False
    if f.irrealis and f.modality not in ("hypothetical", "planned"):
        return False
    if f.mutual and not f.targets and len(f.sources) > 1 and _two_sides(f.trigger.doc, f.sources):
        f.sources, f.targets = f.sources[:1], f.sources[1:]  # "X and Y met": one side meets the other
    f.code = refine_code(f)
    if f.code.startswith("010") and f.negated:
        f.code, f.negated = "011", False  # "would not comment" declines comment
        f.modality = "reported" if f.modality == "reported" else "asserted"
    if f.modality == "reported" and set(f.sources) <= set(_speakers(f.trigger)):
        f.modality = "asserted"  # "Norway said it agreed": the speaker telling its own act
    if f.code[:2] == "13" and f.modality in ("hypothetical", "planned") and not mood.conditional(f.trigger):
        f.modality = "asserted"  # a threat is made now, whatever it holds out
    if not f.negated and f.code[:2] in _OFFERABLE and mood.conditional(mood.governing_verb(f.trigger)):
        # "said they would free the hostages if the government suspended raids": a conditional offer
        f.code, f.modality = lexicon.frame_code("intent", f.code), "hypothetical"
        f.targets = f.targets or [a for a in _condition_subject(f.trigger) if a not in f.sources]
    if not f.targets:
        f.targets = fallback_targets(f)
    if not f.targets and needs_target(f):
        return False
    if not f.targets:
        f.confidence -= 0.2
    return True


_OFFERABLE = ("05", "06", "07", "08")


def _two_sides(doc: Doc, sources: list[str]) -> bool:
    """Whether coordinated actors stand on different sides (not one country's officials together)."""
    sides = set()
    for s in sources:
        kind, sector = participants.actor_kind(doc, s)
        rebel = sector in ("REB", "OPP", "CVL", "INS")
        sides.add((actor_country(doc, s), rebel, kind == "organization" and actor_country(doc, s) is None and s))
    return len(sides) > 1


def fallback_targets(f: Found) -> list[str]:
    """Targets the text leaves implicit: a protest is against its country's government; a visit or a
    deployment is to the place named."""
    from wirecoder.pipeline import places

    doc, root = f.trigger.doc, f.code[:2]
    local = f.code.startswith(("017", "08", "074", "14"))  # acts on the place itself, at home too
    if root not in ("04", "15", "18", "19") and not local:
        return []
    loc = places.location_for(doc, f.trigger)
    where = loc.country if loc is not None else None
    mine = {actor_country(doc, s) for s in f.sources}
    if root == "14":
        return country_actor(doc, where or next(iter(mine), None))
    if root == "04" and not f.code.startswith("042"):
        return []
    if local:
        return country_actor(doc, where)
    return country_actor(doc, where) if where and where not in mine else []


def _dyads(f: Found) -> list[tuple[str, str | None]]:
    targets: list[str | None] = list(f.targets) or [None]
    return [(s, t) for s in f.sources for t in targets]


def _key(source: str, target: str | None, code: str, negated: bool, mutual: bool) -> tuple[str, str | None, str, bool]:
    """Events told again share a key; meetings and intents to meet are the same whoever is named first."""
    root = code[:2]
    if (mutual or root == "04" or code == "036") and target is not None and target < source:
        source, target = target, source
    return source, target, root, negated


def set_annotations(doc: Doc, found: list[Found]) -> None:
    from wirecoder.pipeline import dates, places

    events: list[Event] = []
    index: dict[tuple[str, str | None, str, bool], Event] = {}
    lead = _lead_sentences(doc)
    day = _news_day(doc)
    for f in sorted(found, key=lambda x: x.trigger.i):
        info = find_code(f.code)
        if info is None:
            continue
        plover, mode = plover_of(info.code)
        timex = dates.date_for(doc, f.trigger)
        inferred = None if timex is not None or f.trigger.sent.start not in lead else _told_as_news(f, day)
        location = places.location_for(doc, f.trigger)
        about = Span(doc.text[f.about[0]:f.about[1]], f.about[0], f.about[1]) if f.about else None
        sent = f.trigger.sent
        for source, target in _dyads(f):
            key = _key(source, target, info.code, f.negated, f.mutual)
            if key in index:
                kept = index[key]
                kept.mentions += 1
                if _main_clause(f.trigger) and not _main_clause_at(doc, kept.trigger.start):
                    # the news is told in a main clause; a relative clause tells background
                    kept.code, kept.trigger, kept.sentence = info.code, _span_of(f.trigger), Span(
                        sent.text, sent.start_char, sent.end_char)
                    kept.plover, kept.plover_mode, kept.goldstein = plover, mode, info.goldstein
                    kept.date, kept.date_text = (timex.value, timex.text) if timex else (inferred, None)
                if kept.date is None and (timex is not None or inferred):
                    kept.date, kept.date_text = (timex.value, timex.text) if timex else (inferred, None)
                if kept.about is None:
                    kept.about = about
                continue
            event = Event(
                id=f"e{len(events) + 1}", code=info.code, root=info.root, plover=plover, plover_mode=mode,
                quad_class=info.quad_class, goldstein=info.goldstein,
                trigger=_span_of(f.trigger),
                sentence=Span(sent.text, sent.start_char, sent.end_char), source=source, target=target,
                date=timex.value if timex else inferred, date_text=timex.text if timex else None, location=location,
                negated=f.negated, modality=f.modality, quote=f.trigger._.quote,  # type: ignore[arg-type]
                about=about, confidence=round(max(0.1, min(1.0, f.confidence)), 2),
            )
            index[key] = event
            events.append(event)
    reaction_targets(doc, events)
    doc._.events = events


def _span_of(tok: Token) -> Span:
    return Span(tok.text, tok.idx, tok.idx + len(tok.text))


_SUBORDINATE = ("relcl", "acl", "advcl", "pcomp", "pobj", "amod")


def _main_clause(tok: Token) -> bool:
    verb = mood.governing_verb(tok)
    return verb.dep_ not in _SUBORDINATE and not any(a.dep_ in _SUBORDINATE for a in verb.ancestors)


def _main_clause_at(doc: Doc, start: int) -> bool:
    span = doc.char_span(start, start + 1, alignment_mode="expand")
    return span is None or _main_clause(span[0])


_LEAD = 6  # sentences of the story's lead, told on its news day


def _lead_sentences(doc: Doc) -> set[int]:
    starts = [s.start for s in doc.sents if not all(t._.excluded or t.is_space for t in s)]
    return set(starts[:_LEAD])


def _news_day(doc: Doc) -> str | None:
    """The day the story's news happened: its first past day-date ("on Wednesday")."""
    for timex in doc._.timexes or []:
        if timex.granularity == "day" and timex.value and timex.tense == "past":
            return str(timex.value)
    return None


def _told_as_news(f: Found, day: str | None) -> str | None:
    """An undated act the lead tells in the past or present perfect ("has given Guyana 72 hours",
    "earlier said") happened on the news day."""
    if day is None or f.negated or f.modality not in ("asserted", "reported"):
        return None
    verb = mood.governing_verb(f.trigger)
    verb = mood.reporting_verb(verb) or verb  # "earlier said Kyiv would have to give up its goals"
    auxes = {c.lower_ for c in verb.children if c.dep_ in ("aux", "auxpass")}
    perfect_or_passive = verb.tag_ == "VBN" and bool(auxes & {"has", "have", "was", "were"})
    return day if verb.tag_ == "VBD" or perfect_or_passive else None


@Language.component("wirecoder_events")
def events_component(doc: Doc) -> Doc:
    set_annotations(doc, find_events(doc))
    return doc


