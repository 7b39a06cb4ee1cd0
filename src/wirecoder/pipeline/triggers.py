"""The words that name events, matched against the event lexicon (knowledge/lexicon.py).

A verb names an event alone ("condemned"), with its particle or preposition ("cracked down on"),
with its object ("imposed sanctions", "signed a deal"), or as a light verb whose object is an event
noun ("held talks", "launched an attack"). A verb that states a position ("demanded", "urged",
"refused", "threatened") takes its code from what it is about ("demanded the release" → 1053).
A noun names an event alone ("the invasion", "a phone call", "Trump's call with Putin").
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from functools import cache

from spacy.tokens import Token

from wirecoder.knowledge import lexicon, titles
from wirecoder.knowledge.lexicon import Entry
from wirecoder.pipeline.participants import inside, resolve

_OBJECTS = ("dobj", "nsubjpass")
_INTENT_ADJ = Entry(code="030", target=("to", "with", "for"), frame="intent")
_REJECTION = Entry(code="120", target=())
_OPTIMISM = Entry(code="013", target=("comp", "about", "on", "over"))
_PESSIMISM = Entry(code="012", target=("comp", "about", "on", "over"))


@dataclass(frozen=True)
class Trigger:
    token: Token  # the verb, adjective or noun that names the event
    entry: Entry  # its lexicon entry, code already refined by a frame
    noun: Token | None = None  # the object noun that named the event ("held talks": talks)
    received: bool = False  # "received aid from Japan": the subject is the target
    voided: bool = False  # "postponed the meeting": the event named did not take place


def verb_trigger(tok: Token) -> Trigger | None:
    """The event a verb names, if any."""
    if _held_out(tok):
        return None
    lemma = verb_lemma(tok)
    found = _phrasal(tok, lemma, particles=True) or _explicit_pair(tok, lemma) or _phrasal(tok, lemma, particles=False)
    found = found or _with_object(tok, lemma) or _taking_part(tok, lemma) or _walkout(tok, lemma)
    if found is not None:
        return found if found.entry.code else None
    if lemma in lexicon.words("naming_verbs") and (charge := _charge_called_false(tok)) is not None:
        return Trigger(tok, _REJECTION, charge)
    entry = lexicon.verb(lemma)
    if entry is None or not _object_fits(tok, entry):
        return None
    if lemma in lexicon.words("striving_verbs") and any(c.dep_ == "xcomp" for c in tok.children):
        return Trigger(tok, _INTENT_ADJ)  # "seeking to deepen a partnership": an intent, not an appeal
    if lemma in lexicon.words("stative_participles") and tok.tag_ == "VBN" and not any(
            c.dep_ in ("aux", "auxpass") for c in tok.children):
        return None  # "militiamen armed with machetes": how they are, not an act of arming
    if entry.object is None and entry.frame is None and _predicative(tok):
        return None  # "called the release a step": naming, not phoning
    return Trigger(tok, entry)


_HELD_OUT = ("02", "03", "10", "12", "13")  # appeals, offers, demands, rejections, threats


def _charge_called_false(tok: Token) -> Token | None:
    """"called the accusations a provocation", "described the claims as lies": the charge rejected."""
    objs = [c for c in tok.children if c.dep_ == "dobj"]
    if not objs or objs[0].lemma_.lower() not in lexicon.words("charge_nouns"):
        return None
    named = objs[1:] + [c for c in tok.children if c.dep_ == "oprd"]
    named += [o for p in tok.children if p.dep_ == "prep" and p.lower_ == "as" for o in p.children if o.dep_ == "pobj"]
    false_words = lexicon.words("rejecting_nouns") | lexicon.words("rejecting_adjectives")
    return objs[0] if any(n.lemma_.lower() in false_words or n.lower_ in false_words for n in named) else None


def _held_out(tok: Token) -> bool:
    """"its demand that Israel ease restrictions", "an offer to mediate": what a position noun asks,
    offers or threatens has not happened; the noun is the event."""
    if tok.dep_ not in ("acl", "ccomp") or tok.head.pos_ != "NOUN":
        return False
    entry = lexicon.noun(tok.head.lemma_)
    return entry is not None and entry.code[:2] in _HELD_OUT


def verb_lemma(tok: Token) -> str:
    """The lemma, mended where the lemmatizer cut a verb's final "e" ("staged" → "stag") or left a prefixed
    irregular past as it is ("retook")."""
    lemma = tok.lemma_.lower()
    if lemma.endswith("took") and lemma == tok.lower_:
        return lemma[:-4] + "take"  # "retook", "undertook": the lemmatizer knows "took" alone
    if tok.lower_.endswith(("ed", "es")) and lemma == tok.lower_[:-2]:
        whole = tok.lower_[:-1]
        if lexicon.verb(whole) is not None or whole in lexicon.words("light_verbs"):
            return whole
    return lemma


@cache
def _outlooks() -> dict[str, Entry]:
    table = dict.fromkeys(lexicon.words("optimistic_adjectives"), _OPTIMISM)
    table.update(dict.fromkeys(lexicon.words("pessimistic_adjectives"), _PESSIMISM))
    return table


def adjective_trigger(tok: Token) -> Trigger | None:
    """"ready to enhance support", "willing to meet": an expressed intent; "the accusations were absurd":
    a rejection of them."""
    if tok.lemma_.lower() in lexicon.words("intent_adjectives") and any(c.dep_ == "xcomp" for c in tok.children):
        return Trigger(tok, _INTENT_ADJ)
    outlook = _outlooks().get(tok.lemma_.lower())
    if outlook is not None and tok.dep_ == "acomp" and any(c.dep_ in ("nsubj", "nsubjpass") for c in tok.head.children):
        return Trigger(tok, outlook)  # "said it was optimistic that a deal could be reached": 013
    if tok.lemma_.lower() in lexicon.words("rejecting_adjectives") and tok.dep_ in ("acomp", "attr"):
        subj = next((c for c in tok.head.children if c.dep_ == "nsubj"), None)
        if subj is not None and subj.lemma_.lower() in lexicon.words("charge_nouns"):
            return Trigger(tok, _REJECTION, subj)
    return None


def noun_trigger(tok: Token) -> Trigger | None:
    """The event a noun names alone ("invasion", "phone call"); light-only nouns never do."""
    entry = noun_entry(tok)
    if entry is None or entry.light_only or not entry.code:
        return None
    if any(c.dep_ == "det" and c.lower_ in ("any", "every", "each") for c in tok.children):
        return None  # "in any deal": no particular event
    if _idiom(tok) or _kind_of_force(tok):
        return None
    return Trigger(tok, entry)


def _kind_of_force(tok: Token) -> bool:
    """"riot police", "attack helicopters", "rescue workers": the noun says what kind of force or people."""
    head = tok.head
    return tok.dep_ == "compound" and head.i > tok.i and (
        head.lemma_.lower() in lexicon.words("force_nouns") or head.lemma_.lower() in lexicon.words("person_nouns"))


def noun_entry(tok: Token) -> Entry | None:
    if tok.pos_ not in ("NOUN", "PROPN") or tok.ent_type_ in ("DATE", "TIME"):
        return None  # "in March" is a month
    lemma = tok.lemma_.lower()
    if lemma not in lexicon.noun_heads() and lemma not in lexicon.words("vehicle_nouns"):
        return None  # most nouns name no event: skip the lookups below
    modifier = next((c.lower_ for c in reversed(list(tok.lefts))
                     if c.dep_ in ("compound", "amod") and c.i == tok.i - 1), None)
    entry = lexicon.noun(lemma, modifier)
    if any(t.lower_ == "joint" for c in tok.lefts for t in c.subtree) and (joint := lexicon.noun(lemma, "joint")):
        entry = joint  # "joint military exercises": done together, whatever else qualifies them
    if entry is None and modifier is not None and lemma in lexicon.words("vehicle_nouns"):
        entry = lexicon.noun(modifier)  # "a mediation effort", "a rescue mission": the act named before
    if entry is not None and entry.plural and tok.tag_ not in ("NNS", "NNPS"):
        return None
    return entry


# -- verbs ----------------------------------------------------------------------------------------

def _phrasal(tok: Token, lemma: str, *, particles: bool) -> Trigger | None:
    """"cracked down on", "pulled out of" (particles); "called on", "opened fire" (prepositions, objects)."""
    preps = [c for c in tok.children if c.dep_ in ("prep", "agent", "dative")]
    tries: list[tuple[tuple[str, ...], Token | None]] = []
    if particles:
        # "take back": the parser may read the particle as an adverb
        for prt in (c for c in tok.children if c.dep_ == "prt" or (c.dep_ == "advmod" and c.lower_ in _PARTICLES)):
            tries += [((prt.lower_, p.lower_), p) for p in preps] + [((prt.lower_,), None)]
    else:
        tries += [((p.lower_,), p) for p in preps]
        tries += [((o.lower_,), None) for o in tok.children if o.dep_ == "dobj"]
    for words, prep in tries:
        entry = lexicon.phrasal(lemma, *words)
        if entry is None:
            continue
        # "were put on high alert": the parser may hang the object on the particle itself
        holder = prep if prep is not None else next((c for c in tok.children if c.dep_ == "prt"
                                                     and c.lower_ == words[-1]), None)
        pobj = next((c for c in holder.children if c.dep_ == "pobj"), None) if holder is not None else None
        if entry.object and entry.object not in _CATEGORIES and not _names_object(pobj, entry.object):
            continue  # "took to the streets", not "took to X"
        if entry.object == "target" and prep is None and any(
                c.dep_ == "dobj" and c.lemma_.lower() in lexicon.words("person_nouns") for c in tok.children):
            continue  # "will take back its nationals": people taken in, no place retaken
        if entry.frame == "halt" and prep is not None and (pobj is None or not _names_event(pobj)):
            continue  # "withdrew from the accord" halts it; "withdrew from Gaza" is a retreat
        if lemma == "agree" and pobj is not None and (inner := noun_entry(pobj)) is not None and (
                inner.code[:3] in ("057", "087")):
            return Trigger(tok, replace(inner, mutual=True), pobj)  # "agreed to a ceasefire": the truce itself
        if entry.frame and pobj is not None and (inner := noun_entry(pobj)) is not None and inner.code:
            # "called for a ceasefire": an appeal for what the noun names
            return Trigger(tok, replace(entry, code=_position_code(entry.frame, pobj, inner.code)), pobj)
        if entry.code.startswith("084") and (given := _given_aid(tok)) is not None:
            return given  # "handed over two patrol boats": military aid, not a return
        if entry.frame and prep is None:
            obj = next((c for c in tok.children if c.dep_ == "dobj"), None)
            inner = noun_entry(obj) if obj is not None else None
            if obj is not None and inner is not None and inner.code:  # "turned down a request for talks"
                return Trigger(tok, replace(entry, code=_position_code(entry.frame, obj, inner.code)), obj)
        return Trigger(tok, entry)
    return None


def _taking_part(tok: Token, lemma: str) -> Trigger | None:
    """"took part in the strikes", "engaged the peacekeepers in a firefight", "joined in the talks": the
    event named after "in" is the subject's own."""
    taking = lemma in lexicon.words("participation_verbs") or (
        lemma == "take" and any(c.dep_ == "dobj" and c.lemma_.lower() == "part" for c in tok.children))
    if not taking:
        return None
    for noun in (o for p in tok.children if p.dep_ == "prep" and p.lower_ == "in"
                 for o in p.children if o.dep_ == "pobj"):
        inner = noun_entry(noun)
        if inner is not None and inner.code:
            # the verb's own object is the other side ("engaged the peacekeepers in a firefight")
            return Trigger(tok, replace(inner, target=(*inner.target, "dobj")), noun)
    return None


def _walkout(tok: Token, lemma: str) -> Trigger | None:
    """"Taxi drivers will strike on Monday": workers striking stop work (143), no target struck."""
    if lemma != "strike" or any(c.dep_ in _OBJECTS for c in tok.children):
        return None
    subj = next((c for c in tok.children if c.dep_ == "nsubj"), None)
    if subj is None or subj.lemma_.lower() not in lexicon.words("striking_nouns"):
        return None
    return Trigger(tok, Entry(code="143", target=("against",)))


_PARTICLES = {"back", "out", "off", "down", "up", "over", "away"}
_ENVOYS = {"delegation", "team", "mission"}  # "received a delegation from Hamas": those it stands for


def _names_event(tok: Token) -> bool:
    entry = noun_entry(taken_part(tok))
    return entry is not None and bool(entry.code)


def taken_part(obj: Token) -> Token:
    """"its participation in the treaty", "membership of the bloc": the event or body taken part in."""
    if obj.lemma_.lower() not in _SHARES:
        return obj
    return next((o for p in obj.children if p.dep_ == "prep" and p.lower_ in ("in", "of")
                 for o in p.children if o.dep_ == "pobj"), obj)


_SHARES = {"participation", "membership", "involvement", "part", "role"}


def _names_object(pobj: Token | None, wanted: str) -> bool:
    """"on alert", "on the highest level of combat readiness": the object word, or one of its
    alternatives ("alert|readiness"), heads the phrase or completes it."""
    if pobj is None:
        return False
    words = set(wanted.split("|"))
    # "in a mirror manner": the word may also qualify the object's head
    return pobj.lemma_.lower() in words or any(t.lemma_.lower() in words for t in pobj.subtree
                                                if t.dep_ == "pobj" and t.i != pobj.i) or any(
        c.lower_ in words for c in pobj.children if c.dep_ in ("amod", "compound"))


def _given_aid(tok: Token) -> Trigger | None:
    obj = next((c for c in tok.children if c.dep_ == "dobj"), None)
    obj = _measured(obj) if obj is not None else None  # "handed over 700 kg of medicine"
    inner = noun_entry(obj) if obj is not None else None
    return Trigger(tok, inner, obj) if obj is not None and inner is not None and inner.code[:2] == "07" else None


def _permission(tok: Token, lemma: str) -> Trigger | None:
    """"allowed UN inspectors to visit two sites": international involvement (086), the inspectors' body
    as the target; what they may do is not coded on its own."""
    if lemma not in lexicon.words("permission_verbs"):
        return None
    for comp in (c for c in tok.children if c.dep_ in ("ccomp", "xcomp")):
        subj = next((c for c in comp.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        if subj is not None and subj.lemma_.lower() in lexicon.words("permitted_nouns"):
            return Trigger(tok, Entry(code=_admitted(subj), target=("comp",)), None)
    # "would allow the return of UN weapons inspectors": their coming in, named by a noun
    for obj in (c for c in tok.children if c.dep_ == "dobj" and c.lemma_.lower() in _COMINGS):
        who = next((o for p in obj.children if p.dep_ == "prep" and p.lower_ == "of"
                    for o in p.children if o.dep_ == "pobj"), None)
        if who is not None and who.lemma_.lower() in lexicon.words("permitted_nouns"):
            return Trigger(tok, Entry(code=_admitted(who), target=("dobj",)), None)
    return None


def _admitted(who: Token) -> str:
    """Whom international involvement lets in: peacekeepers 0861, inspectors 0862, aid 0863, others 086."""
    lemma = who.lemma_.lower()
    if lemma == "peacekeeper":
        return "0861"
    if lemma in ("inspector", "investigator"):
        return "0862"
    return "0863" if lemma in ("aid", "convoy", "agency", "worker") else "086"


_COMINGS = {"return", "entry", "arrival", "deployment", "presence", "visit"}


def _explicit_pair(tok: Token, lemma: str) -> Trigger | None:
    """A verb + object pair the lexicon lists ("imposed sanctions", "found guilty", "used chlorine gas")."""
    for obj in (c for c in tok.children if c.dep_ in (*_OBJECTS, "oprd", "acomp", "attr", "ccomp")):
        mods = [c.lemma_.lower() for c in obj.lefts if c.dep_ in ("compound", "amod") and c.i == obj.i - 1]
        for key in [f"{m} {obj.lemma_.lower()}" for m in mods] + [obj.lemma_.lower(), *mods]:
            entry = lexicon.verb_object(lemma, key)
            if entry is not None:
                return Trigger(tok, entry, obj)
    return _expulsion(tok, lemma) or _permission(tok, lemma)


_LEAVING = {"leave", "exit", "depart", "quit", "go"}
_EXPELLED = {"diplomat": "161", "ambassador": "161", "envoy": "161", "peacekeeper": "1661", "inspector": "1662",
             "observer": "1662", "monitor": "1662", "agency": "1663", "ngo": "1663", "worker": "1663"}


def _expulsion(tok: Token, lemma: str) -> Trigger | None:
    """"ordered UN peacekeepers to leave the country": an expulsion, coded by who is sent away."""
    if lemma not in ("order", "tell", "force", "ask", "give", "instruct"):
        return None
    comp = next((c for c in tok.children if c.dep_ == "xcomp" and c.lemma_.lower() in _LEAVING), None)
    obj = next((c for c in tok.children if c.dep_ in ("dobj", "dative")), None)
    if comp is None or obj is None:
        return None
    code = _EXPELLED.get(obj.lemma_.lower(), "174")
    return Trigger(tok, Entry(code=code, target=("dobj",)), None)


def _with_object(tok: Token, lemma: str) -> Trigger | None:
    """A position verb or a light verb whose object is an event noun ("demanded the release", "held talks")."""
    first = next((c for c in tok.children if c.dep_ in _OBJECTS), None)
    if first is None:
        return None
    # "provided aerial photographs and other military intelligence": the first object that names an act
    for obj in [taken_part(_measured(first)), *(_measured(c) for c in first.conjuncts)]:
        inner = noun_entry(obj) or (_MONEY if lemma in _GIVING and _is_money(obj) else None)
        if inner is not None and inner.code:
            break
    else:
        return None
    own = lexicon.verb(lemma)
    if own is not None and own.frame and lemma not in lexicon.words("doing_verbs"):
        # "pledged aid" promises it; "undertook a mediation mission" (yet "undertook to withdraw") does it
        return Trigger(tok, replace(own, code=_position_code(own.frame, obj, inner.code)), obj)
    if lemma in lexicon.words("easing_verbs") and _frame_applies("ease", inner.code):
        # "scrapped the sanctions", "cancelled restrictions": an easing, not a called-off event
        return Trigger(tok, replace(inner, code=lexicon.frame_code("ease", inner.code), mutual=False), obj)
    if lemma in lexicon.words("voiding_verbs"):
        return Trigger(tok, inner, obj, voided=True)
    if lemma == "agree" and inner.code[:3] in ("057", "087"):
        return Trigger(tok, replace(inner, mutual=True), obj)  # "agreed a ceasefire": the truce itself
    for family, frame in (("halting_verbs", "halt"), ("easing_verbs", "ease")):
        if lemma in lexicon.words(family) and _frame_applies(frame, inner.code):
            return Trigger(tok, replace(inner, code=lexicon.frame_code(frame, inner.code), mutual=False), obj)
    if lemma in lexicon.words("light_verbs"):
        received = lemma in lexicon.words("receiving_verbs") and inner.code[:2] in ("03", "05", "06", "07")
        return Trigger(tok, inner, obj, received=received)
    if lemma in lexicon.words("suffering_verbs") and inner.code[:2] in ("17", "18", "19", "20"):
        return Trigger(tok, inner, obj, received=True)  # "survived an assassination attempt"
    return None


_MEASURES = {"billion", "million", "thousand", "dollar", "euro", "pound", "ton", "tonne", "package", "shipment",
             "batch", "consignment", "amount", "lot", "round", "series", "wave", "number", "$", "part", "portion",
             "kg", "kilogram", "worth",
             "hour", "day", "week", "month", "year"}  # "launched ten days of war games", "two days of talks"


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


_POSITIONS = ("02", "03", "10", "12")  # requests, offers, demands, rejections
_CHARGES = {"accusation", "allegation", "charge", "claim", "suggestion", "report"}


def _position_code(frame: str, obj: Token, code: str) -> str:
    """The code of a position taken on what a noun names: "demanded the release" → 1053; "turned down a
    request for talks" → 125 (what the request was for); "rejected accusations" → 016 (a denial)."""
    if frame == "reject" and obj.lemma_.lower() in _CHARGES:
        return "016"
    if frame == "intent" and code[:2] in ("17", "18", "19", "20"):
        frame = "threaten"  # "vowed revenge", "promised a crackdown": a threat
    if code[:2] in _POSITIONS:
        for inner_obj in (o for p in obj.children if p.dep_ == "prep" and p.lower_ in ("for", "of", "to", "on")
                          for o in p.children if o.dep_ in ("pobj", "pcomp")):
            inner = noun_entry(inner_obj)
            if inner is not None and inner.code:
                return lexicon.frame_code(frame, inner.code)
    return lexicon.frame_code(frame, code)


_MONEY = Entry(code="071", target=("to", "for"), light_only=True)
_GIVING = {"give", "pledge", "provide", "offer", "send", "donate", "grant", "allocate", "contribute", "promise",
           "commit", "approve", "extend", "disburse", "earmark", "transfer", "lend", "loan"}
_CURRENCIES = {"dollar", "euro", "pound", "yuan", "yen", "rupee", "franc", "ruble", "rouble", "$", "€", "£"}


def _is_money(tok: Token) -> bool:
    """"pledged 85 million euros", "gave $20 million": money given is economic aid."""
    return tok.ent_type_ == "MONEY" or tok.lemma_.lower() in _CURRENCIES or any(
        c.lower_ in _CURRENCIES for c in tok.children)


def _frame_applies(frame: str, code: str) -> bool:
    spec = lexicon.event_lexicon().frames[frame]
    return any(code.startswith(prefix) for prefix in spec.by_code)


_CATEGORIES = {"actor", "person", "thing", "force", "target", "place", "none", "frame"}


def _object_fits(tok: Token, entry: Entry) -> bool:
    kind = entry.object
    if kind is None:
        return True
    objs = [c for c in tok.children if c.dep_ in (*_OBJECTS, "dative")]
    if tok.dep_ == "relcl":  # "a dissident who was freed": the antecedent
        objs = [tok.head if c.lower_ in ("who", "which", "that", "whom") else c for c in objs]
    if kind == "none":
        return not any(c.dep_ == "dobj" for c in objs)
    if kind == "frame":
        return any(c.dep_ in ("xcomp", "ccomp") for c in tok.children) or any(noun_entry(o) for o in objs)
    if kind == "place":
        return any(t.ent_type_ in ("GPE", "LOC") or t._.actors for r in entry.target
                   for p in tok.children if p.dep_ == "prep" and p.lower_ == r for t in p.children)
    if kind == "force":
        moved = [_measured(c) for c in objs if c.dep_ in _OBJECTS]  # "moved thousands of troops"
        return not moved or any(o.lemma_.lower() in lexicon.words("force_nouns") or resolve(o) for o in moved)
    return any(_fits(o, kind) or _fits(_measured(o), kind) for o in objs)  # "evacuated 200 of its citizens"


def _fits(obj: Token, kind: str) -> bool:
    if resolve(obj):
        return kind != "thing" or obj.lemma_.lower() in lexicon.words("thing_nouns")
    lemma = obj.lemma_.lower()
    if kind == "actor" and lemma in lexicon.words("standin_nouns") and any(
            resolve(o) for p in obj.children if p.dep_ == "prep" and p.lower_ == "of" for o in p.children):
        return True  # "recognised the state of Palestine", "backed the government of Haiti"
    if kind in ("actor", "person") and (titles.is_title_head(lemma) or lemma in _ENVOYS) and inside(obj):
        return True  # "received the Iranian foreign minister": an official of a named country
    if kind == "person" and obj.lower_ in lexicon.words("person_nouns"):
        return True  # "evacuated the wounded": the parser may take it for a verb
    if kind == "person":  # "released the mayor", "freed two journalists"
        return (lemma in lexicon.words("person_nouns") or obj.ent_type_ in ("PERSON", "NORP")
                or titles.is_title_head(lemma))
    if kind == "target":
        return lemma in lexicon.words("target_nouns") or obj.ent_type_ in ("GPE", "LOC", "FAC")
    return kind in ("thing", "force") and lemma in lexicon.words(f"{kind}_nouns")


def _predicative(tok: Token) -> bool:
    """"called the release a step": naming; "shot dead", "beaten unconscious" say how the act ended."""
    return any(c.dep_ in ("oprd",) and c.lemma_.lower() not in _RESULTS for c in tok.children)


_RESULTS = {"dead", "unconscious", "senseless"}


def _idiom(tok: Token) -> bool:
    """"in exchange for", "in support of": a noun inside a fixed phrase names no event."""
    doc = tok.doc
    prev = doc[tok.i - 1] if tok.i > 0 else None
    nxt = doc[tok.i + 1] if tok.i + 1 < len(doc) else None
    return prev is not None and nxt is not None and prev.lower_ == "in" and nxt.lower_ in ("for", "of", "to")
