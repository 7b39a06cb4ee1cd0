"""CAMEO's own distinctions, applied after the parse has given an event its participants.

    refine_code(found)               the precise code the doer and the means allow: warplanes striking
                                     is an air strike (195); a government protesting is an official
                                     complaint (114); militants attacking is unconventional violence (180)
    needs_target(found)              a meeting or an attack with nobody on the other side is no event
    reaction_targets(doc, events)    "Tehran condemned the measures": a reaction answers whoever acted
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from spacy.tokens import Doc, Token

from wirecoder.knowledge import lexicon
from wirecoder.model import Event
from wirecoder.pipeline import mood
from wirecoder.pipeline.participants import actor_country, actor_kind, subject_of

if TYPE_CHECKING:
    from wirecoder.pipeline.candidates import Found

# Verbs whose clausal complement is what they assert about someone else: it is their `about`,
# not an event of its own ("accused Kabul of sheltering militants", "denied attacking").
CONTENT_VERBS = frozenset({"accuse", "blame", "allege", "deny", "charge", "convict", "sentence", "criticize",
                           "criticise", "condemn", "praise", "thank", "welcome", "investigate", "probe", "discuss",
                           "talk", "negotiate",
                           # "optimistic that a deal could be reached": an outlook on what has not happened
                           "optimistic", "hopeful", "confident", "upbeat", "pessimistic", "doubtful", "skeptical",
                           "sceptical", "gloomy"})

_PUNITIVE = ("15", "16", "17", "18", "19", "20")
_NON_STATE = {"REB", "INS", "CVL", "CRM", "SEP", "UAF"}
_STATE = {"GOV", "MIL", "COP", "SPY", "LEG", "JUD"}
_ALONE_OK = {"talk", "negotiation"}  # "talks will be held on Friday" stands alone
# Words in what an investigation or an accusation is about that give its CAMEO sub-code.
_SUBJECT_MATTER = {
    "09": (("091", {"corruption", "bribery", "fraud", "graft", "embezzlement", "bribe", "money", "fund",
                    "laundering", "crime", "theft"}),
           ("094", {"war crime", "genocide", "ethnic cleansing", "crimes against humanity"}),
           ("092", {"abuse", "torture", "rights", "killing", "disappearance", "mistreatment"}),
           ("093", {"strike", "attack", "shelling", "bombing", "raid", "operation"})),
    "11": (("1124", {"war crime", "genocide", "ethnic cleansing", "crimes against humanity", "massacre"}),
           ("1125", {"espionage", "spying", "spy", "treason", "intelligence"}),
           ("1122", {"torture", "abuse", "rights", "killing", "mistreatment", "disappearance"}),
           ("1123", {"aggression", "attack", "invasion", "airspace", "incursion", "shelling", "strike"}),
           ("1121", {"corruption", "bribery", "fraud", "crime", "terrorism", "arson", "sabotage", "smuggling"})),
}
_REACTIONS = ("10", "11", "12", "13")
# support, aid or talks given to one's side is no act a demand or a protest answers
_FRIENDLY = ("01", "02", "03", "04", "05", "06", "07", "08")


def _subject_token(tok: Token) -> Token | None:
    return next((c for c in tok.children if c.dep_ in ("nsubj", "agent")), None)


def _doer_words(f: Found) -> set[str]:
    tok = f.trigger
    subj = _subject_token(tok) if tok.pos_ in ("VERB", "AUX") else None
    if subj is None:
        return {c.lemma_.lower() for c in tok.lefts if c.dep_ in ("compound", "amod")}
    return {t.lemma_.lower() for t in subj.subtree} | {" ".join(t.lower_ for t in subj.subtree)}


def refine_code(f: Found) -> str:
    code, doc = f.code, f.trigger.doc
    kind, sector = actor_kind(doc, f.sources[0]) if f.sources else (None, None)
    if code == "145" and _armed(f, sector):
        code = "190"  # "the RSF stormed the camp": an assault, not a crowd's riot
    if code in ("190", "194", "183"):
        words = _doer_words(f)
        if words & lexicon.words("aerial_subjects"):
            return "195"  # "warplanes bombed": an air strike, not a (non-military) bombing
        if code == "190" and words & lexicon.words("artillery_subjects"):
            return "194"
    crowd_acts = code[:2] in ("18", "19") or code[:3] in ("171", "145")
    if crowd_acts and sector not in _STATE and _doer_words(f) & lexicon.words("crowd_nouns"):
        return "145"  # "protesters clashed with police", "rioters torched shops": a violent protest
    if code[:2] in ("18", "19") and (sector in _STATE or kind == "country") and _acted_on_crowd(f):
        return "175"  # "troops fired on protesters": violent repression
    if code == "190" and (sector in _NON_STATE or (kind in ("group", "person") and sector not in _STATE
                                                   and sector is not None)):
        return "180"  # force used by those who are no state's forces
    if code == "190" and sector not in _STATE and _irregular_doer(f):
        return "180"  # "Haitian gangs attacked": the country word names where they are from, not a state force
    if code[:2] == "14" and (kind == "country" or sector in ("GOV", "LEG")) and _official_protest(f):
        return "114"  # a government protesting lodges a complaint
    if code == "144" and sector in _STATE:
        return "191"  # the state blocking roads restricts movement; crowds blocking them protest
    if code in ("190", "180") and sector == "COP":
        return "175"  # police using force: repression
    if code == "174" and any(c.dep_ == "dobj" and c.lemma_.lower() in _MASSES for c in f.trigger.children):
        return "201"  # "drove hundreds of thousands of Rohingya out": a mass expulsion
    if code in ("090", "112"):
        return _by_subject_matter(f, code)
    if code[:2] in _THREATENABLE and f.targets and not f.negated and f.modality in ("planned", "hypothetical") and (
            _held_over(f)):
        return lexicon.frame_code("threaten", code)  # "said it would boycott the vote unless ...": a threat
    return code


_ARMED = {"MIL", "REB", "INS", "UAF", "SEP"}


def _armed(f: Found, sector: str | None) -> bool:
    """Whether the doer is an armed force: a military or rebel actor, or named as troops or militants."""
    words = _doer_words(f)
    return sector in _ARMED or bool(words & (lexicon.words("force_nouns") | lexicon.words("irregular_subjects")))


_MASSES = {"thousand", "hundred", "million", "ten", "tens"}
_THREATENABLE = ("14", "16", "17", "18", "19", "20")


def _held_over(f: Found) -> bool:
    """A coercive act held over someone on a condition ("will boycott the vote unless the president steps
    down"); one merely announced for later stays the act itself, told as planned."""
    verb = mood.governing_verb(f.trigger)
    if not any(c.dep_ == "advcl" and any(m.dep_ == "mark" and m.lower_ in ("if", "unless") for m in c.children)
               for c in verb.children):
        return False
    reporter = mood.reporting_verb(verb)  # the doer's own word, not an analyst's forecast
    said_by = set(subject_of(reporter)) if reporter is not None else set()
    doc = f.trigger.doc
    return bool(said_by) and (set(f.sources) <= said_by or {actor_country(doc, s) for s in f.sources}
                              <= {actor_country(doc, s) for s in said_by} - {None})


def _acted_on_crowd(f: Found) -> bool:
    """Whether the act falls on protesters or demonstrators ("fired on protesters")."""
    heads = [f.trigger] if f.object_noun is None else [f.trigger, f.object_noun]
    objs = [c for h in heads for c in h.children if c.dep_ in ("dobj", "nsubjpass")]
    objs += [o for h in heads for p in h.children if p.dep_ == "prep" and p.lower_ in ("on", "at", "with", "against")
             for o in p.children if o.dep_ == "pobj"]
    return any(o.lemma_.lower() in lexicon.words("crowd_nouns") for o in objs)


def _irregular_doer(f: Found) -> bool:
    """Whether the doer is named as gunmen, militants, gangs or the like, whatever country word goes with it."""
    tok = f.trigger
    subj = _subject_token(tok) if tok.pos_ in ("VERB", "AUX") else None
    if subj is not None and subj.dep_ == "agent":
        subj = next((c for c in subj.children if c.dep_ == "pobj"), None)
    head = subj.lemma_.lower() if subj is not None else None
    if head is None:
        head = next((c.lemma_.lower() for c in tok.lefts if c.dep_ == "compound"), None)
    return head in lexicon.words("irregular_subjects")


def _official_protest(f: Found) -> bool:
    """"Norway protested the seizure" is a complaint; a crowd that demonstrates, marches, strikes or
    blocks roads protests in the street, whatever country its people come from ("Palestinians
    protested", "thousands of students rallied")."""
    tok = f.object_noun if f.object_noun is not None else f.trigger  # "sent a formal protest": the noun
    if tok.lemma_.lower() not in _COMPLAINT_WORDS:
        return False
    if tok.pos_ == "NOUN":  # "a formal protest", "voiced its protest"; "protests erupted" fill the streets
        return any(c.lemma_.lower() in _FORMAL for c in tok.children if c.dep_ == "amod") or (
            tok.dep_ == "dobj" and tok.head.lemma_.lower() in _LODGING)
    subj = None
    cur = tok
    for _ in range(3):  # "shunned work to protest": the subject of the verb the protest serves
        subj = _subject_token(cur) if cur.pos_ in ("VERB", "AUX") else None
        if subj is not None or cur.dep_ not in ("xcomp", "advcl", "conj") or cur.head.i == cur.i:
            break
        cur = cur.head
    if subj is None:
        return True
    if subj.dep_ == "agent":
        subj = next((c for c in subj.children if c.dep_ == "pobj"), subj)
    counted = [o for p in subj.children if p.dep_ == "prep" and p.lower_ == "of" for o in p.children]
    return not (_crowd(subj) or any(_crowd(o) for o in counted))  # "thousands of Algerians"


_COMPLAINT_WORDS = {"protest", "complain", "complaint"}
_FORMAL = {"formal", "official", "diplomatic", "strong", "written"}
_LODGING = {"lodge", "file", "issue", "deliver", "send", "register", "voice", "express", "submit"}


def _crowd(tok: Token) -> bool:
    """"Palestinians", "students", "thousands of people": people, not a state speaking."""
    if tok.tag_ in ("NNS", "NNPS") and (tok.ent_type_ == "NORP" or tok.pos_ == "NOUN"):
        return True
    return tok.lemma_.lower() in ("thousand", "hundred", "dozen", "million", "crowd", "group")


def _by_subject_matter(f: Found, code: str) -> str:
    """"opened an inquiry into alleged war crimes" → 094; "accused her of spying" → 1125."""
    tok = f.trigger
    words = " ".join(t.lemma_.lower() for t in tok.subtree if t.i > tok.i)
    for sub, cues in _SUBJECT_MATTER[code[:2] if code != "112" else "11"]:
        if any(cue in words for cue in cues):
            return sub
    return code


def needs_target(f: Found) -> bool:
    root = f.code[:2]
    if root == "04":
        noun = f.object_noun if f.object_noun is not None else f.trigger
        return f.code != "046" and not (noun.pos_ == "NOUN" and noun.lemma_.lower() in _ALONE_OK)
    return root in ("06", "16", "18", "19", "20")


def reaction_targets(doc: Doc, events: list[Event], unnamed: set[str] | None = None) -> None:
    """A reaction with no target named answers whoever acted on the reacting side just before
    ("Washington imposed sanctions on Iran. Tehran condemned the measures."); not one whose object
    is named but no actor stands for it (`unnamed`: "accused Western governments")."""
    for n, event in enumerate(events):
        if event.target is not None or event.root not in _REACTIONS or event.negated or event.id in (unnamed or ()):
            continue
        mine = actor_country(doc, event.source)
        event.target = next((e.source for e in reversed(events[:n]) if not e.negated and e.root not in _FRIENDLY
                             and e.source not in (None, event.source)
                             and (e.target == event.source or (mine and actor_country(doc, e.target) == mine
                                                               and actor_country(doc, e.source) != mine))), None)
