"""Positions and obligations: events coded from what they are about.

    apply_frame(found, trigger)   a position ("demanded", "urged", "agreed to", "refused to", "threatened")
                                  coded from the act it is about, which becomes `about`
    obligations(doc)              "[X said] Kyiv would have to give up its goals": a demand by the speaker
    speakers(tok)                 who says the clause a token is in
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from wirecoder.knowledge import lexicon
from wirecoder.pipeline import mood, participants
from wirecoder.pipeline.candidates import Found
from wirecoder.pipeline.docview import tokens_tagged
from wirecoder.pipeline.participants import actor_country, resolve, role_actors, subject_of
from wirecoder.pipeline.triggers import Trigger, noun_entry, verb_trigger

SCENE_ONLY = {"in", "during", "at", "after", "before"}  # prepositions of a scene, not of what is meant


def apply_frame(found: Found, trig: Trigger) -> None:
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
            found.about = phrase_span(obj, None)
            if not found.targets:  # "a Turkish request"; "a deal under which the United States would invest"
                found.targets = [a for a in participants.owners(obj) if a not in found.sources]
            if not found.targets:
                found.targets = participants.actors_within(obj, found.sources)
        if frame == "intent" and found.modality in ("asserted", "reported") and not _made(tok):
            found.modality = "planned"  # a pledge or an offer is of something still to come
        return
    inner = verb_trigger(comp) if comp.pos_ in ("VERB", "AUX") else None
    act = _object_act(comp) if inner is None else None
    act_entry = noun_entry(act) if act is not None else None
    inner_code = inner.entry.code if inner is not None else (act_entry.code if act_entry is not None else None)
    if inner_code is None and frame == "intent" and _coercive_use(comp) and not mood.negated(comp):
        found.code = lexicon.frame_code("threaten", None)  # "prepared to use every tool available": a threat
    if inner_code and trig.noun is None:
        found.code = lexicon.frame_code(frame, inner_code)
        if frame == "reject" and inner_code[:3] == "010":
            found.code = "011"  # "declined to comment"
            if not found.targets and inner is not None:  # "... on the election in Cambodia"
                found.targets = role_actors([comp], inner.entry.target)[0]
            return
        refused = frame == "intent" and mood.negated(comp) and not mood.negated(tok)
        if frame == "intent" and inner_code[:2] in _PUNITIVE:
            # "vowed to retaliate", "ready to strike"; "pledged not to attack" is an assurance
            found.code = lexicon.frame_code("intent" if refused else "threaten", inner_code)
        elif refused and inner_code[:2] in _COOPERATIVE:
            found.code = lexicon.frame_code("reject", inner_code)  # "vowed not to release them": a refusal
    subj = next((c for c in comp.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    found.about = phrase_span(comp, subj)
    if not found.targets and inner is not None:
        heads = [comp] if inner.noun is None else [comp, inner.noun]
        found.targets = role_actors(heads, inner.entry.target)[0]
        if inner.entry.mutual and not found.targets:
            found.mutual = True
    if not found.targets and act is not None and act_entry is not None:
        found.targets = role_actors([act], act_entry.target)[0]  # "the return of U.N. sanctions on Iran"
    if not found.targets and found.code[:2] in ("13", "10"):
        found.targets = [a for a in condition_subject(tok) if a not in found.sources]  # "unless Iran restores"
    if not found.targets and frame != "consider":
        found.targets = participants.actors_within(comp, found.sources)
    if frame == "intent" and found.code[:2] not in ("12", "13") and found.modality in ("asserted", "reported") \
            and not _made(tok):
        found.modality = "planned"


def _made(tok: Token) -> bool:
    """"Turkey had offered to help rebuild the crossings": the offer is told as done (a perfect), though
    what it offers is still to come."""
    return tok.tag_ == "VBN" and any(c.dep_ == "aux" and c.lemma_.lower() == "have" for c in tok.children)


def _coercive_use(comp: Token) -> bool:
    """"to use every means at its disposal", "to use all the tools available": a state's means held out."""
    return comp.lemma_.lower() == "use" and any(
        c.dep_ == "dobj" and (c.lemma_.lower() in lexicon.words("coercive_means") or c.lower_ in lexicon.words(
            "coercive_means")) for c in comp.children)


_PUNITIVE = ("15", "16", "17", "18", "19", "20")
_COOPERATIVE = ("03", "04", "05", "06", "07", "08")


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


def condition_subject(tok: Token) -> list[str]:
    for clause in (c for c in tok.sent if c.dep_ == "advcl"):
        if any(m.dep_ == "mark" and m.lower_ in ("if", "unless") for m in clause.children):
            subj = next((c for c in clause.children if c.dep_ in ("nsubj", "nsubjpass")), None)
            if subj is not None and (ids := resolve(subj)):
                return ids
    return []


def phrase_span(tok: Token, skip: Token | None) -> tuple[int, int] | None:
    """The text of what a position is about: `tok`'s phrase without `skip` (its subject), the scene
    ("in phone calls") or a trailing participle clause (", signaling a shift")."""
    drop = {t.i for t in skip.subtree} if skip is not None else set()
    for child in tok.children:
        if child.dep_ in ("advcl", "prep") and child.i > tok.i and (
                (child.dep_ == "advcl" and child.tag_ == "VBG") or child.lower_ in SCENE_ONLY):
            drop.update(t.i for t in child.subtree)
    toks = [t for t in tok.subtree if t.i not in drop and not t.is_punct and t.dep_ not in ("mark", "cc")]
    while toks and toks[0].dep_ == "aux" and toks[0].lower_ == "to":
        toks = toks[1:]
    if len(toks) < 1 or (len(toks) == 1 and toks[0].pos_ == "PRON"):
        return None
    return toks[0].idx, toks[-1].idx + len(toks[-1].text)


_OBLIGATION_VERBS = {"have", "need"}


_MINDS = {"understand", "know", "realize", "realise", "remember", "recognize", "recognise", "consider", "think",
          "be", "see", "learn", "note", "expect"}


def obligation(tok: Token) -> tuple[Token, Token] | None:
    """"[X said] Kyiv would have to give up its goals" / "Iran must release her": (act, its subject)."""
    if tok.pos_ not in ("VERB", "AUX") or tok.dep_ not in ("ccomp", "ROOT", "conj"):
        return None
    auxes = {c.lower_ for c in tok.children if c.dep_ in ("aux", "auxpass")}
    act = tok
    if tok.lemma_.lower() in _OBLIGATION_VERBS and (x := next((c for c in tok.children if c.dep_ == "xcomp"), None)):
        act = x
    elif not auxes & {"must", "should"}:
        return None
    if act.lemma_.lower() == "be":  # "the US must be ready to mediate": the act it must be ready for
        ready = next((c for c in act.children if c.dep_ == "acomp"
                      and c.lemma_.lower() in lexicon.words("intent_adjectives")), None)
        act = next((c for c in ready.children if c.dep_ == "xcomp"), act) if ready is not None else act
    if act.lemma_.lower() in _MINDS:
        return None  # "Iran should understand that ...": advice, not an act demanded
    subj = next((c for c in tok.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subj is None or not resolve(subj):
        return None
    return act, subj


def obligations(doc: Doc) -> list[Found]:
    """What a speaker says another actor must do is a demand on it (CAMEO 10)."""
    out: list[Found] = []
    for tok in tokens_tagged(doc, ("VERB", "AUX")):
        hit = obligation(tok)
        if hit is None or tok._.excluded:
            continue
        act, subj = hit
        speakers = _speaker(tok)
        targets = resolve(subj)
        if not speakers or not targets:
            continue
        mine = {actor_country(doc, s) for s in speakers} | set(speakers)
        if any((t in mine or actor_country(doc, t) in mine) and not _opposed(doc, speakers, t) for t in targets):
            continue  # "Ukraine says it must receive guarantees": a need, not a demand on another
        inner = verb_trigger(act)
        code = lexicon.frame_code("demand", inner.entry.code if inner else None)
        out.append(Found(act, code, speakers, targets, mood.negated(act), "reported", phrase_span(act, subj), False, 0.6))
    return out


_CHALLENGERS = {"REB", "OPP", "INS", "SEP"}


def _opposed(doc: Doc, speakers: list[str], target: str) -> bool:
    """Rebels or the opposition making demands of their own country's government (or it of them)."""
    if target in speakers:
        return False
    theirs = participants.actor_kind(doc, target)[1] in _CHALLENGERS
    return any((participants.actor_kind(doc, s)[1] in _CHALLENGERS) != theirs for s in speakers)


def speakers(tok: Token) -> list[str]:
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



