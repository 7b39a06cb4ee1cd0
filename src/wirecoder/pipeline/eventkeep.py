"""Keeping a candidate event: its sources and targets settled (duplicates, pronouns, countries of
common-noun groups, implicit targets), its code refined, and whether it is an event at all."""

from __future__ import annotations

from spacy.tokens import Doc, Token

from wirecoder import names
from wirecoder.knowledge import lexicon
from wirecoder.pipeline import eventlinks, mood, participants, places, positions
from wirecoder.pipeline.attacks import dateline_country, harming_verb, has_victims, named_place, people_hit
from wirecoder.pipeline.candidates import Found
from wirecoder.pipeline.eventrules import needs_target, refine_code
from wirecoder.pipeline.participants import actor_country, country_actor, role_actors


def keep(f: Found) -> bool:
    f.sources = list(dict.fromkeys(f.sources))
    subj = next((c for c in f.trigger.children if c.dep_ == "nsubj"), None)
    if subj is not None and subj.pos_ == "PRON":
        f.sources = _most_specific(f.trigger.doc, f.sources)
    _localize(f)
    f.targets = [t for t in dict.fromkeys(f.targets) if t not in f.sources]
    if not f.sources and f.mutual and len(f.targets) > 1 and not _counterparts(f.trigger):
        f.sources, f.targets = f.targets[:1], f.targets[1:]  # "talks were held between Peru and Bolivia"
    if not f.sources:
        return False
    if f.irrealis and f.modality not in ("hypothetical", "planned"):
        return False
    if f.code == "150" and not f.targets and len(f.sources) > 1 and _two_sides(f.trigger.doc, f.sources):
        f.code, f.mutual = "062", True  # "French and Egyptian warships launched war games": a joint exercise
    if f.mutual and not f.targets and len(f.sources) > 1 and _two_sides(f.trigger.doc, f.sources):
        f.sources, f.targets = f.sources[:1], f.sources[1:]  # "X and Y met": one side meets the other
    f.code = refine_code(f)
    if f.code.startswith("010") and f.negated:
        f.code, f.negated = "011", False  # "would not comment" declines comment
        f.modality = "reported" if f.modality == "reported" else "asserted"
    if f.modality == "reported" and set(f.sources) <= set(positions.speakers(f.trigger)):
        f.modality = "asserted"  # "Norway said it agreed": the speaker telling its own act
    if f.code[:2] == "13" and f.modality in ("hypothetical", "planned") and not mood.conditional(f.trigger):
        f.modality = "asserted"  # a threat is made now, whatever it holds out
    if not f.negated and f.code[:2] in _OFFERABLE and mood.conditional(mood.governing_verb(f.trigger)):
        # "said they would free the hostages if the government suspended raids": a conditional offer;
        # "will withdraw unless the army halts its offensive" holds the act over the other side: a threat
        threat = _unless(mood.governing_verb(f.trigger))
        f.code = lexicon.frame_code("threaten" if threat else "intent", f.code)
        f.modality = "asserted" if threat else "hypothetical"  # the threat is made now
        f.targets = f.targets or [a for a in positions.condition_subject(f.trigger) if a not in f.sources]
    if not f.targets and f.code[:2] in FORCEFUL:
        f.targets = [t for t in _purpose_targets(f.trigger) if t not in f.sources]
    if not f.targets:  # "Young Algerians blocked roads": the crowd protests against its country, not the country
        fallback = fallback_targets(f)
        crowd = _crowd(f) if f.code[:2] == "14" and set(fallback) & set(f.sources) else None
        f.sources = [crowd] if crowd is not None else f.sources
        f.targets = [t for t in fallback if t not in f.sources]
    if not f.targets and needs_target(f):
        return False
    if not f.targets:
        f.unnamed_target = _unnamed_object(f.trigger)
    if not f.targets:
        f.confidence -= 0.2
    return True


def _counterparts(noun: Token) -> bool:
    """"similar agreements with Albania and Vietnam": several counterparts of a party left unnamed, not
    two sides of one act ("talks between Peru and Bolivia")."""
    if noun.pos_ != "NOUN" or participants.prep_objects(noun, ("between",)):
        return False
    return any(o.conjuncts for o in participants.prep_objects(noun, ("with",)))


_OFFERABLE = ("05", "06", "07", "08")
FORCEFUL = ("17", "18", "19", "20")


def _purpose_targets(tok: Token) -> list[str]:
    """"Police opened fire to disperse demonstrators": force used to act on someone is used on them."""
    for clause in (c for c in tok.children if c.dep_ in ("xcomp", "advcl") and c.pos_ == "VERB"):
        if any(a.dep_ == "aux" and a.lower_ == "to" for a in clause.children):
            return role_actors([clause], ("dobj",))[0]
    return []


def _localize(f: Found) -> None:
    """"Rebels ambushed a police convoy in northern Mali": rebels, police, soldiers or protesters named
    by a common noun alone are of the country where they act (else the dateline's)."""
    doc = f.trigger.doc
    ids = {*f.sources, *f.targets}
    _police_abroad(f)
    pending = [a for a in doc._.actors or [] if a.id in ids and a.kind == "group" and a.country is None
               and _common_noun_name(a.name)]
    if not pending:
        return
    loc = places.location_for(doc, f.trigger)
    country = loc.country if loc is not None and loc.country else dateline_country(doc)
    for actor in pending:
        actor.country = country


def _police_abroad(f: Found) -> None:
    """"In neighbouring Tanzania, police arrested ...": a bare "police" or "soldiers" the actors stage gave
    the story's country, acting in a place of another country, are that country's (a group of their own)."""
    doc = f.trigger.doc
    loc = places.location_for(doc, f.trigger)
    if loc is None or not loc.country:
        return
    for n, source in enumerate(f.sources):
        actor = next((a for a in doc._.actors or [] if a.id == source), None)
        if actor is None or actor.kind != "group" or actor.country in (None, loc.country) or actor.name.lower() not in _BARE:
            continue
        subj = next((c for c in f.trigger.children if c.dep_ == "nsubj" and c.lower_ in _BARE), None)
        if subj is not None:
            f.sources[n] = participants.crowd_actor(doc, loc.country, [subj], actor.sector or "COP")


_BARE = {"police", "soldiers", "troops"}


def _common_noun_name(name: str) -> bool:
    """"Rebels", "the police", "riot police": a group named by a common noun, not by a name."""
    words = name.split()
    if not words or any(w[:1].isupper() for w in words[1:]):
        return False
    head = names.singular(words[-1])
    return participants.generic_sector(head) is not None or head in lexicon.words("irregular_subjects")


def _most_specific(doc: Doc, sources: list[str]) -> list[str]:
    """"Ivory Coast rebels ... said they opposed": a pronoun read as both the group and its country is
    the group ("Russia and Russian-backed separatists", named, stay two doers)."""
    if len(sources) < 2:
        return sources
    kinds = {s: participants.actor_kind(doc, s)[0] for s in sources}
    inner = {actor_country(doc, s) for s in sources if kinds[s] in ("group", "organization")} - {None}
    return [s for s in sources if not (kinds[s] == "country" and actor_country(doc, s) in inner)]


def _unnamed_object(tok: Token) -> bool:
    """"accused Western governments of ...", "vetoed the bill": a verb's object no actor stands for and
    that names no act (an act told before may be meant: "condemned the measures")."""
    if tok.pos_ not in ("VERB", "AUX"):
        return False
    obj = next((c for c in tok.children if c.dep_ == "dobj"), participants.passive_subject(tok))
    if obj is None or obj.pos_ not in ("NOUN", "PROPN") or participants.resolve_deep(obj):
        return False
    return eventlinks.act_root(obj) is None


def _unless(verb: Token) -> bool:
    """Whether the clause of `verb` is the main clause of an "unless" condition."""
    return any(c.dep_ == "advcl" and any(m.dep_ == "mark" and m.lower_ == "unless" for m in c.children)
               for c in verb.children)


def _crowd(f: Found) -> str | None:
    """The crowd the subject names ("Young Algerians") as an actor of its own, when the actors stage took
    it for its country."""
    subj = next((c for c in f.trigger.children if c.dep_ == "nsubj"), None)
    if subj is None or subj.tag_ not in ("NNS", "NNPS") or subj.ent_type_ == "GPE":
        return None
    words = eventlinks.crowd_words(subj)
    country = actor_country(f.trigger.doc, f.sources[0])
    return participants.crowd_actor(f.trigger.doc, country, words) if words and country else None


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
    doc, root = f.trigger.doc, f.code[:2]
    # acts on the place itself, at home too; killings of people no actor stands for ("executed 81 men
    # in Ituri") are done to the place's country, whoever does them
    victims = root == "20" or (root in ("18", "19") and has_victims(f))
    local = f.code.startswith(("017", "08", "074", "14")) or victims
    if root not in ("04", "15", "17", "18", "19") and not local:
        return []
    loc = places.location_for(doc, f.trigger)
    where = loc.country if loc is not None else None
    mine = {actor_country(doc, s) for s in f.sources}
    if root == "14":
        named, named_by = named_place(f.trigger) if where else (None, None)
        if where and named == where and not country_actor(doc, where):  # "a protest in Beijing": China
            return country_actor(doc, where, named_by)
        return country_actor(doc, where or next(iter(mine), None))
    if root == "04" and not f.code.startswith("042"):
        return []
    if victims or root == "17":
        named, named_by = named_place(harming_verb(f.trigger))
        people = people_hit(f)
        country = named or where or (next(iter(mine - {None}), None) if root == "17" else dateline_country(doc))
        if people and country:  # "executed 81 men in Kidal": those men, of Mali
            return [participants.crowd_actor(doc, country, people)]
        if root == "17":
            return []
        return country_actor(doc, named, named_by) if named else country_actor(doc, where)
    if local:
        return country_actor(doc, where)
    if not where or where in mine:
        return []
    named, named_by = named_place(f.trigger)  # "fired shells at targets in Jericho": the place's country
    return country_actor(doc, where, named_by if named == where else None)
