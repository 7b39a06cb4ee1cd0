"""Attacks: who struck when no actor is named for it (a claim of responsibility, unnamed attackers such
as "gunmen" standing for the country they strike in), where an attack fell and whom it hit."""

from __future__ import annotations

from dataclasses import replace

from spacy.tokens import Doc, Token

from wirecoder import names
from wirecoder.knowledge import lexicon
from wirecoder.pipeline import eventlinks, gazetteer, participants, places, storyhome
from wirecoder.pipeline.candidates import Found
from wirecoder.pipeline.participants import actor_country
from wirecoder.pipeline.triggers import noun_entry


def dateline_country(doc: Doc) -> str | None:
    """The one country of the story's dateline ("KABUL (Reuters) -"), if it names one (storyhome: the country
    the story is about when it never names the dateline's)."""
    credits = doc._.credits
    places = list(credits.dateline) if credits is not None else []
    found = set(storyhome.home_countries(doc, gazetteer.dateline_countries(places)))
    return found.pop() if len(found) == 1 else None


def claimants(f: Found) -> list[str]:
    """"A car bombing that killed nine people was claimed by al-Shabaab": whoever the attack is claimed by."""
    tok = f.trigger if f.trigger.pos_ == "NOUN" else next(
        (c for c in f.trigger.children if c.dep_ == "nsubj" and c.pos_ == "NOUN"), f.trigger)
    if tok.dep_ != "nsubjpass" or tok.head.lemma_.lower() != "claim":
        return []
    return participants.agent_of(tok.head)


def assailants(f: Found) -> list[str]:
    """"Gunmen kidnapped 20 students in northern Nigeria", "three soldiers were killed by a roadside bomb
    in Helmand": unnamed attackers stand for the country they strike in (an unidentified armed group of it)."""
    verb = f.trigger if f.trigger.pos_ in ("VERB", "AUX") else harming_verb(f.trigger)
    subj = next((c for c in verb.children if c.dep_ == "nsubj"), None) or _agent_noun(verb)
    if subj is not None and verb.dep_ == "relcl" and subj.lower_ in ("that", "which"):
        subj = verb.head  # "an ambush that wounded two officers": the ambush did
    words = _assailant_words(subj) if subj is not None else []
    if not words and (not _unattributed(verb, subj) or _armed_dead(verb)):
        return []  # "how many insurgents were killed": armed men fall to forces, not to unnamed attackers
    country = _strike_country(f, verb, subj)
    if country is None:
        return []
    if words:
        return [participants.crowd_actor(f.trigger.doc, country, words, "UAF")]
    return [participants.unnamed_attackers(f.trigger.doc, country)]


def _armed_dead(verb: Token) -> bool:
    hit = _hit_subject(verb) or next((c for c in verb.children if c.dep_ == "dobj"), None)
    return hit is not None and bool(_assailant_words(hit))


def _strike_country(f: Found, verb: Token, subj: Token | None) -> str | None:
    """The country an attack falls in: a place named with the verb or with the attack named as its
    subject ("a roadside bombing near the town of Samarra killed ..."), the country struck
    ("bombarded a part of Syria's second city"), else the dateline's."""
    country, _ = named_place(verb)
    if country is not None:
        return country
    loc = places.location_for(verb.doc, verb)
    if (loc is None or loc.country is None) and subj is not None:
        loc = places.location_for(verb.doc, subj)
    if loc is not None and loc.country:
        return loc.country
    doc = verb.doc
    struck = [t for t in f.targets if participants.actor_kind(doc, t)[0] == "country"]
    if struck:
        return actor_country(doc, struck[0])
    # "gunmen attacked a camp for displaced people": else the country of the people struck
    return dateline_country(doc) or next((c for t in f.targets if (c := actor_country(doc, t))), None)


def _agent_noun(verb: Token) -> Token | None:
    return next((o for p in verb.children if p.dep_ == "agent" for o in p.children if o.dep_ == "pobj"), None)


def _assailant_words(subj: Token) -> list[Token]:
    """"Gunmen", "suspected militants": the words naming attackers no actor stands for."""
    nouns = lexicon.words("assailant_nouns")
    if subj.pos_ not in ("NOUN", "PROPN") or (
            subj.lemma_.lower() not in nouns and names.singular(subj.text) not in nouns):
        return []  # ("Gunmen" opening a story after its dateline is tagged as a name)
    return eventlinks.crowd_words(subj)


def _unattributed(verb: Token, subj: Token | None) -> bool:
    """"A roadside bomb killed two soldiers", "were killed in a suicide bombing", "were shot dead in Gao":
    a killing told by its means or its victims alone. Any other cause ("in a car crash", "by his
    brother", "when the roof collapsed") may be no attack."""
    if verb.lemma_.lower() not in lexicon.words("lethal_verbs"):
        return False  # "was hit by a rubber bullet": by whom is not told
    if subj is not None:  # the subject, or the agent of a passive ("by an improvised explosive device")
        return _unnamed_means(subj)
    if _hit_subject(verb) is None:
        return False
    if any(c.dep_ == "advcl" for c in verb.children):
        return False
    causes = participants.prep_objects(verb, ("in", "by", "during", "from"))
    return all(_unnamed_means(c) or c.pos_ == "PROPN" or c.ent_type_ in _WHERE_WHEN for c in causes)


def _unnamed_means(tok: Token) -> bool:
    """An attack or a weapon whose users go unnamed ("clashes between the army and rebels" name them,
    if not as actors)."""
    return _lethal_means(tok) and not participants.prep_objects(tok, ("between", "by", "with"))


_WHERE_WHEN = ("GPE", "LOC", "FAC", "DATE", "TIME")


def _lethal_means(tok: Token) -> bool:
    """An attack ("a bombing", "clashes") or a weapon ("a roadside bomb", "a car bomb explosion")."""
    entry = noun_entry(tok)
    if entry is not None and entry.code[:2] in ("18", "19", "20"):
        return True
    means = lexicon.words("lethal_means")
    if tok.lemma_.lower() in means:
        return True
    return tok.lemma_.lower() in lexicon.words("blast_nouns") and any(
        t.lemma_.lower() in means or t.lower_ in ("suicide", "roadside") for c in tok.lefts for t in c.subtree)


def same_attack(attack: Found, claimed: Found) -> bool:
    """Whether an attack nobody was named for is the claimed one told again: in the same sentence (by
    its noun and its verb), or on the same country's people ("a suicide bombing killed 11 soldiers" in
    the lead, "the bomber ... killed 11 soldiers. The TTP claimed responsibility" further down)."""
    if attack.trigger.sent.start == claimed.trigger.sent.start:
        return True
    doc = attack.trigger.doc
    hit = {actor_country(doc, t) for t in claimed.targets} - {None}
    return bool(hit & {actor_country(doc, t) for t in attack.targets})


def claimed_attack(claim: Found, orphans: list[Found]) -> Found | None:
    """"The TTP claimed responsibility": the attack told just before is theirs."""
    near = [o for o in orphans if claim.trigger.sent.start - o.trigger.sent.start < 120]
    if not near:
        return None
    attack = near[-1]
    orphans.remove(attack)
    return replace(attack, sources=list(claim.sources), targets=list(attack.targets), confidence=0.6)


HARMING = {"kill", "wound", "injure", "hit", "destroy", "damage", "target", "strike", "claim"}


def named_place(tok: Token) -> tuple[str | None, Token | None]:
    """The country of a proper name after "in"/"at"/"near" the tagger took for something else
    ("in Ituri province", "in Kidal"), and the word naming it."""
    # "killed 12 villagers in Borno", "killed 30 people at a market in El Fasher"
    heads = [tok, *(t for c in tok.children if c.dep_ in ("dobj", "prep") for t in c.subtree
                    if t.pos_ == "NOUN" or t.lower_ == "out")]
    for obj in (o for h in heads for o in participants.prep_objects(h, ("in", "at", "near", "from", "of"))
                # "drove them out of Rakhine", "near the town of Azaz"
                if o.head.lower_ != "of" or o.head.head.lower_ == "out" or o.head.head.lemma_.lower() in places.PART_NOUNS):
        name = [t for t in obj.subtree if t.pos_ == "PROPN"]
        if name and name[-1].i - name[0].i == len(name) - 1:
            known = {a.country for a in tok.doc._.actors or [] if a.country}
            country = places.country_among(" ".join(t.text for t in name), known)
            if country:
                return country, name[-1]
    return None, None


def has_victims(f: Found) -> bool:
    """Whether the attack names whom it hit ("81 men", "villagers"), though no actor stands for them."""
    return f.object_noun is None and bool(_hit_words(harming_verb(f.trigger)))


def _hit_words(verb: Token) -> list[Token]:
    """The verb's object or passive subject, or the noun a participle follows ("soldiers killed in X")."""
    objs = [c for c in verb.children if c.dep_ in ("dobj", "nsubjpass")]
    return objs or [p for p in [_hit_subject(verb)] if p is not None]


_TOLD_OF = ("pobj", "dobj", "appos")  # "the bodies of ten soldiers killed in an ambush"


def _hit_subject(verb: Token) -> Token | None:
    """Who a passive attack verb fell on: its subject, or the noun its participle follows ("ten soldiers
    killed in an ambush", "a convoy attacked near Gao")."""
    if verb.dep_ == "acl" and verb.tag_ == "VBN" and verb.head.pos_ in ("NOUN", "PROPN") and verb.head.dep_ in _TOLD_OF:
        return verb.head  # (not "there were ten soldiers killed": a count of the dead, told as a state)
    return participants.passive_subject(verb)


def people_hit(f: Found) -> list[Token]:
    """The words naming the people an attack or a crackdown fell on when no actor stands for them
    ("81 men", "more than 200 villagers", "demonstrators"), else none."""
    verb = harming_verb(f.trigger)
    objs = _hit_words(verb) + participants.prep_objects(verb, ("on", "at"))  # "fired on demonstrators"
    people = lexicon.words("person_nouns") | lexicon.words("crowd_nouns")
    for obj in objs:
        if obj.pos_ == "NOUN" and obj.lemma_.lower() in people and not participants.resolve_deep(obj):
            return eventlinks.crowd_words(obj)
    return []


def harming_verb(tok: Token) -> Token:
    """"A drone strike by the RSF killed 30 people": the verb telling what the attack named did."""
    if tok.pos_ == "NOUN" and tok.dep_ == "nsubj" and tok.head.lemma_.lower() in HARMING:
        return tok.head
    if tok.pos_ == "NOUN":  # "an ambush that wounded two officers"
        return next((c for c in tok.children if c.dep_ == "relcl" and c.lemma_.lower() in HARMING
                     and any(s.dep_ == "nsubj" and s.lower_ in ("that", "which") for s in c.children)), tok)
    return tok
