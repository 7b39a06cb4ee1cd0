"""Participants an event takes from events told before it in the article.

    definite_event_sources  "The strikes hit three villages": whoever carried out the strikes
    both_sides              "urged both sides to stop fighting": the two sides of the story's rivalry
    act_participants        "NATO welcomed the meeting", "the EU condemned the crackdown": the
                            participants of the act named
    prompted_by             "X was jailed in Tehran, prompting Britain to condemn the verdict": whoever
                            did the act that prompted the reaction
    mediated_sides          "a prisoner exchange brokered by Qatar", "brokered a deal between X and Y":
                            the parties of the act mediated

Each works on `Found` records in text order, looking back at those already kept.
"""

from __future__ import annotations

from collections import Counter
from typing import TYPE_CHECKING

from spacy.tokens import Doc, Token

from wirecoder.knowledge import lexicon
from wirecoder.pipeline import mood, places
from wirecoder.pipeline.participants import (
    actor_country,
    actor_kind,
    country_actor,
    crowd_actor,
    owners,
    prep_objects,
    resolve,
)
from wirecoder.pipeline.triggers import noun_entry, verb_trigger

if TYPE_CHECKING:
    from wirecoder.pipeline.candidates import Found

_DEFINITE = {"the", "this", "these", "that", "those", "such"}
_SIDE_WORDS = {"side", "party", "delegation", "country", "neighbour", "neighbor", "rival", "foe", "adversary",
               "government", "nation", "army", "force"}
_SIDE_ROOTS = ("04", "10", "11", "12", "13", "14", "15", "16", "17", "18", "19", "20")
_ACT_ROOTS = ("05", "09", "10", "11", "12", "13")


def link(f: Found, earlier: list[Found]) -> None:
    if f.code[:2] == "14" and _acted_on(f.trigger):
        f.sources, f.scene = [], []  # "Guinea cracked down on opposition protests": not Guinea's protests
    if not f.sources:
        f.sources, targets = definite_event_sources(f, earlier)
        f.targets = f.targets or targets
    if not f.sources:
        f.sources = f.scene
    if not f.sources and f.code[:2] == "14":
        f.sources = crowd_country(f.trigger, f.object_noun)
    if not f.sources and f.mutual:
        f.sources = [a for a in _casualties(f.trigger) if a not in f.targets]
    # "called on the two sides to return to EU-mediated talks": the sides named, not the body inside the talks
    f.targets = both_sides(f, earlier) or f.targets
    if not f.targets:
        f.targets = act_participants(f, earlier) or same_recipient(f, earlier) or prompted_by(f, earlier)
    if not f.targets and f.code[:3] == "162":
        f.targets = _aided_place(f)
    if not f.targets and f.code[:3] == "045":
        f.targets = mediated_sides(f, earlier)


def _aided_place(f: Found) -> list[str]:
    """"suspended aid deliveries in Baghdad": aid cut where it was going."""
    doc = f.trigger.doc
    loc = places.location_for(doc, f.trigger)
    if loc is None or not loc.country or loc.country in {actor_country(doc, s) for s in f.sources}:
        return []
    named = next((t for t in f.trigger.sent if t.ent_type_ in ("GPE", "LOC") and t.text in loc.name), None)
    return country_actor(doc, loc.country, named) if named is not None else []


_HARMED = {"kill", "die", "wound", "injure", "hurt"}


def _casualties(noun: Token) -> list[str]:
    """"Two Indian soldiers were killed in a clash with Chinese troops": those who fell in a mutual
    fight took part in it."""
    if noun.pos_ != "NOUN" or noun.dep_ != "pobj" or noun.head.dep_ != "prep" or noun.head.lower_ not in (
            "in", "during"):
        return []
    verb = noun.head.head
    if verb.lemma_.lower() not in _HARMED:
        return []
    return next((resolve(c) for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), [])


def _acted_on(noun: Token) -> bool:
    """An event noun that another act named in its clause acts upon (cracks down on, bans, disperses)."""
    if noun.pos_ != "NOUN":
        return False
    verb = noun.head if noun.dep_ in ("dobj", "nsubjpass") else (
        noun.head.head if noun.dep_ == "pobj" and noun.head.dep_ == "prep" else None)
    if verb is None or verb.pos_ != "VERB":
        return False
    trig = verb_trigger(verb)
    return trig is not None and (trig.noun is None or trig.noun.i != noun.i)


_CROWD_PREPS = ("in", "from", "across", "throughout", "at", "outside", "near", "around")


def crowd_country(tok: Token, noun: Token | None = None) -> list[str]:
    """"Farmers blocked roads across France", "thousands of people protested in Tbilisi": a crowd the
    actors stage names no actor for stands for the country it protests in."""
    subj = next((c for c in tok.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subj is None and tok.pos_ not in ("VERB", "AUX"):
        subj = tok  # "protests erupted across Iran"; a headline's "Thousands protest" is a verb the tagger missed
    if subj is None and tok.dep_ == "acl":
        subj = tok.head  # "demonstrators protesting the election results in Monrovia"
    if subj is None or subj.pos_ not in ("NOUN", "PROPN") or subj._.excluded:
        return []
    if subj.i != tok.i and subj.tag_ not in ("NNS", "NNPS") and subj.lemma_.lower() not in lexicon.words("crowd_nouns"):
        return []  # a headline's "police fire tear gas at protest": "gas" is no crowd that protests
    heads = [t for t in subj.subtree if t.pos_ in ("NOUN", "PROPN")] + [tok]  # "thousands of students in X"
    heads += [noun] if noun is not None else []  # "joined the protests in Dhaka"
    if tok.pos_ == "NOUN" and tok.dep_ == "nsubj":
        heads.append(tok.head)  # "protests erupted across Iran"
    for head in heads:
        for obj in prep_objects(head, _CROWD_PREPS):
            for place in (obj, *prep_objects(obj, ("in", "of"))):  # "in the northern city of Kirkuk"
                if place.ent_type_ not in ("GPE", "LOC"):
                    continue
                ids = [a for a in resolve(place) if actor_kind(tok.doc, a)[0] == "country"]
                if ids:
                    crowd = crowd_words(subj) if subj.i != tok.i and noun_entry(subj) is None else []
                    country = actor_country(tok.doc, ids[0])
                    return [crowd_actor(tok.doc, country, crowd)] if crowd and country else ids[:1]
    return []


_COUNTING = {"more", "than", "at", "least", "some", "about", "nearly", "over", "up", "to", "around", "almost"}


def crowd_words(subj: Token) -> list[Token]:
    """"thousands of students" of "thousands of students in Dhaka": the crowd without its place."""
    place = {t.i for p in subj.subtree if p.dep_ == "prep" and p.lower_ in _CROWD_PREPS for t in p.subtree}
    words = [t for t in subj.subtree if t.i not in place and not t.is_punct]
    while len(words) > 1 and (words[0].dep_ in ("det", "nummod", "quantmod", "advmod", "predet")
                              or words[0].pos_ == "NUM" or words[0].lower_ in _COUNTING):
        words = words[1:]  # "at least 30 people", "more than 200 villagers": the people, not the count
    return words if words and words[-1].i - words[0].i == len(words) - 1 else []


def definite(tok: Token) -> bool:
    return any(c.dep_ == "det" and c.lower_ in _DEFINITE for c in tok.children)


_FRESH = {"first", "second", "third", "new", "next", "latest", "fresh", "another", "further", "separate"}


def act_root(tok: Token, digits: int = 2) -> str | None:
    entry = noun_entry(tok)
    if entry is not None and entry.code:
        return entry.code[:digits]
    return "*" if tok.lemma_.lower() in lexicon.words("action_nouns") else None


def told_before(tok: Token) -> bool:
    """"the agreement" in "the agreement obliges both sides", "under the agreement": an act the story
    told already, named again as a thing that exists. Its clause says what the act holds or leads to,
    not that it happened again, was called off or will take place (light, halting and voiding verbs,
    "the talks took place"); "the first visit", "a new round" are new acts."""
    if not _names_one_told(tok):
        return False
    verb = mood.governing_verb(tok)
    if verb.i == tok.i or verb.pos_ not in ("VERB", "AUX"):
        return False
    lemma = verb.lemma_.lower()
    return not any(lemma in lexicon.words(name) for name in _STATUS_VERBS)


_STATUS_VERBS = ("light_verbs", "halting_verbs", "voiding_verbs", "happening_verbs")


def _names_one_told(tok: Token) -> bool:
    """"the talks", "these strikes": a definite event noun that may name an act told before ("a new
    round", "the first visit" do not)."""
    return tok.pos_ == "NOUN" and definite(tok) and not _fresh(tok)


def _fresh(tok: Token) -> bool:
    """"the first visit", "a new round": a new event, not one told before."""
    return any(c.lower_ in _FRESH for c in tok.children if c.dep_ in ("amod", "det", "nummod"))


def definite_event_sources(f: Found, earlier: list[Found]) -> tuple[list[str], list[str]]:
    tok = f.trigger
    if tok.pos_ in ("VERB", "AUX"):
        subj = next((c for c in tok.children if c.dep_ == "nsubj"), None)
        if subj is None or subj.pos_ != "NOUN":
            return [], []
        tok = subj
    if not _names_one_told(tok):
        return [], []
    code = act_root(tok, 3)
    if code is None:
        return [], []
    told_as_done = f.modality in ("asserted", "reported")
    for g in reversed(earlier):
        if told_as_done and g.modality in ("planned", "hypothetical"):
            continue  # "could impose sanctions ... said the sanctions amounted to": those imposed, not these
        if g.sources and not g.negated and (g.code[:3] == code or (code == "*" and g.code[:2] in _SIDE_ROOTS)):
            return list(g.sources), list(g.targets)
    return [], []


def _target_tokens(tok: Token) -> list[Token]:
    out = [c for c in tok.children if c.dep_ in ("dobj", "dative", "nsubjpass")]
    out += prep_objects(tok, ("between", "with", "on", "to", "against"))
    for comp in (c for c in tok.children if c.dep_ in ("xcomp", "ccomp")):
        out += [c for c in comp.children if c.dep_ in ("nsubj", "nsubjpass")]
    return out


def _both(tok: Token) -> bool:
    if tok.lower_ == "both":
        return True
    if tok.lemma_.lower() not in _SIDE_WORDS or tok.tag_ not in ("NNS", "NNPS"):
        return False
    return any(c.lower_ in ("both", "two", "the") for c in tok.children)


def both_sides(f: Found, earlier: list[Found]) -> list[str]:
    """The two sides of the last fight or dispute told: a mutual one first ("fighting between the army
    and the RSF"), one side's act on the other otherwise; "both countries" are two countries."""
    heads = _target_tokens(f.trigger) + (_target_tokens(f.object_noun) if f.object_noun is not None else [])
    heads += [o for h in heads for o in prep_objects(h, ("from", "of"))]  # "talks with officials from both countries"
    words = [t for t in heads if _both(t)]
    if not words:
        return []
    doc = f.trigger.doc
    nations = any(w.lemma_.lower() in ("country", "nation", "neighbour", "neighbor") for w in words)
    told = [g for g in reversed(earlier) if g.sources and g.targets and not g.negated and g is not f
            and g.code[:3] != "045"]  # a mediator is neither side
    sides = [g for g in told if g.code[:2] in _SIDE_ROOTS]
    if any(w.lemma_.lower() == "government" for w in words):  # "criticised both governments": two states
        sides = [g for g in sides if _governing(doc, g.sources[0]) and _governing(doc, g.targets[0])]
        nations = True
    if nations:
        # two states, whatever passed between them when no fight or dispute did ("freed ... released")
        sides = _between_states(doc, sides) or _between_states(doc, told)
    for g in _by_rivalry(doc, sides):
        return [a for a in (g.sources[0], g.targets[0]) if a not in f.sources]
    return []


def _between_states(doc: Doc, acts: list[Found]) -> list[Found]:
    return [g for g in acts if None not in (c := (actor_country(doc, g.sources[0]), actor_country(doc, g.targets[0])))
            and c[0] != c[1]]


def prompted_by(f: Found, earlier: list[Found]) -> list[str]:
    """"X was sentenced in Tehran, prompting Britain to condemn the verdict": a reaction the main
    clause's act prompted answers whoever did that act."""
    if f.code[:2] not in _ACT_ROOTS:
        return []
    cur = f.trigger
    while cur.dep_ == "conj" and cur.head.i != cur.i:  # "prompting Belgrade to put ... and accuse ..."
        cur = cur.head
    causing = cur.head
    if cur.dep_ != "xcomp" or causing.dep_ != "advcl" or causing.lemma_.lower() not in _PROMPTING:
        return []
    act = causing.head
    for g in reversed(earlier):
        if g.trigger.i == act.i and not g.negated:
            return [a for a in g.sources if a not in f.sources]
    return []


_PROMPTING = {"prompt", "spur", "trigger", "provoke", "lead", "cause", "force", "push"}


def _by_rivalry(doc: Doc, sides: list[Found]) -> list[Found]:
    """The acts whose two sides are meant, likeliest first: those between the pair of sides the story
    pits against each other most often (by country, else by actor), a mutual fight or dispute before a
    one-sided act ("fighting between the army and the RSF"); meetings last (a mediator meeting one side
    is not the two sides). `sides` come latest first, and stay so within a rank."""
    def pair(g: Found) -> frozenset[str]:
        return frozenset(actor_country(doc, a) or a for a in (g.sources[0], g.targets[0]))
    counts = Counter(pair(g) for g in sides if g.code[:2] != "04")
    return sorted(sides, key=lambda g: (g.code[:2] == "04", -counts[pair(g)], not g.mutual))


def _governing(doc: Doc, actor: str) -> bool:
    """A state or one of its governments' people ("Gashi", the prime minister), not a soldier or a party."""
    kind, sector = actor_kind(doc, actor)
    return kind == "country" or sector == "GOV"


def _aid(code: str) -> bool:
    return code[:2] == "07" or code[:3] == "033"


def same_recipient(f: Found, earlier: list[Found]) -> list[str]:
    """"Canada will give $120 million to Haiti ... The EU pledged 85 million euros": pledges and aid in
    one story go to the recipient named last."""
    if not _aid(f.code):
        return []
    for g in reversed(earlier):
        if _aid(g.code) and g.targets and not g.negated:
            return [t for t in g.targets if t not in f.sources]
    return []


def act_participants(f: Found, earlier: list[Found]) -> list[str]:
    """The participants of the act a reaction or a praise is about."""
    if f.code[:2] not in _ACT_ROOTS or f.trigger.pos_ not in ("VERB", "AUX"):
        return []
    doc = f.trigger.doc
    mine = {actor_country(doc, s) for s in f.sources} | set(f.sources)
    for obj in _target_tokens(f.trigger) + prep_objects(f.trigger, ("over", "for", "at", "about")):
        root = act_root(obj)
        if root is None:
            continue
        found = [a for a in owners(obj) if a not in mine and actor_country(doc, a) not in mine]
        if found:
            return found
        for g in reversed(earlier):
            if g.negated or not g.sources or g is f:
                continue
            if g.code[:2] == root or (root == "*" and g.code[:2] in _SIDE_ROOTS):
                ids = [a for a in [*g.sources, *(g.targets if g.mutual else [])]
                       if a not in mine and actor_country(doc, a) not in mine]
                if ids:
                    return ids
        return []
    return []


def mediated_sides(f: Found, earlier: list[Found]) -> list[str]:
    """"a prisoner exchange brokered by the UAE", "Qatar brokered a deal between Kenya and Somalia": a
    mediator acts between the parties of the act it brokers (its "between" phrase, else, for a participle
    after the act's noun, the acts told in the same sentence before it), one actor per country,
    countries first."""
    verb = f.trigger
    acts = [verb.head] if verb.dep_ == "acl" else [c for c in verb.children if c.dep_ == "dobj"]
    named = [a for act in acts for o in prep_objects(act, ("between",)) for a in resolve(o)]
    if not named and verb.dep_ == "acl":  # the act brokered was told just before, in the same sentence
        named = [a for g in earlier if g.trigger.sent.start == verb.sent.start and not g.negated
                 for a in [*g.sources, *g.targets]]
    doc = verb.doc
    named = sorted(dict.fromkeys(a for a in named if a not in f.sources), key=lambda a: actor_kind(doc, a)[0] != "country")
    mine = {actor_country(doc, s) for s in f.sources}
    by_country: dict[str | None, str] = {}
    for actor in named:
        country = actor_country(doc, actor)
        if country not in mine:
            by_country.setdefault(country or actor, actor)
    return list(by_country.values()) if len(by_country) > 1 else []
