"""The events stage: who did what to whom, when and where, as CAMEO-coded events.

Triggers (triggers.py) are verbs, verb + particle, verb + object and event nouns from our own lexicon
(knowledge/data/event_lexicon.json). Source and target come from the parse (participants.py), through
the actors stage, so pronouns, descriptions and metonyms are already resolved. Verbs that state a
position ("demanded", "urged", "agreed to", "refused to", "threatened") are coded from what they are
about (positions.py), which becomes the event's `about`; that act is not coded again. Negation and
modality come from mood.py, CAMEO refinements from eventrules.py, participants told earlier in the
story from eventlinks.py; eventrecords.py makes the `Event` records (one per source–target pair, the
same event told again counted in `mentions`, dates from dates.py, places from places.py).

`find_events(doc)` is pure; `set_annotations(doc, found)` fills `Doc._.events`.
"""

from __future__ import annotations

from dataclasses import replace

from spacy.language import Language
from spacy.tokens import Doc, Token

from wirecoder import names
from wirecoder.knowledge import lexicon
from wirecoder.knowledge.speech import is_speech_act
from wirecoder.pipeline import (
    eventlinks,
    eventrecords,
    gazetteer,
    mood,
    participants,
    places,
    positions,
    splitclauses,
    storyhome,
)
from wirecoder.pipeline.candidates import Found
from wirecoder.pipeline.docview import forget, tokens_tagged
from wirecoder.pipeline.eventrules import (
    CONTENT_VERBS,
    needs_target,
    refine_code,
)
from wirecoder.pipeline.extensions import excluded_ids
from wirecoder.pipeline.participants import actor_country, country_actor, resolve, role_actors, subject_of
from wirecoder.pipeline.triggers import (
    Trigger,
    adjective_trigger,
    noun_entry,
    noun_trigger,
    taken_part,
    verb_trigger,
)

# -- finding --------------------------------------------------------------------------------------

def find_events(doc: Doc) -> list[Found]:
    splitclauses.mend_split_clauses(doc)
    excluded = excluded_ids(doc)
    words = tokens_tagged(doc, ("VERB", "AUX", "ADJ"))
    verb_triggers = [t for t in (_word_trigger(tok) for tok in words if tok.i not in excluded) if t is not None]
    content = _content_tokens(doc, verb_triggers)
    used = {t.noun.i for t in verb_triggers if t.noun is not None}
    found = [_verb_event(t) for t in verb_triggers if t.token.i not in content and not _reports(t)]
    for tok in tokens_tagged(doc, ("NOUN", "PROPN")):
        if tok.i in excluded or tok.i in content or tok.i in used:
            continue
        trigger = noun_trigger(tok)
        if trigger is not None:
            found.append(_noun_event(trigger))
    found += positions.obligations(doc)
    kept: list[Found] = []
    orphans: list[Found] = []  # attacks nobody was named for, until someone claims them
    unowned: list[Found] = []  # attacks by doers no actor stands for ("gunmen"), if nobody claims them
    for f in sorted(found, key=lambda x: x.trigger.i):
        eventlinks.link(f, kept)
        if _keep(f):
            kept.append(f)
            if f.code == "015" and (claimed := _claimed(f, orphans)) is not None and _keep(claimed):
                kept.append(claimed)
                unowned = [u for u in unowned if not _same_attack(u, claimed)]
        elif not f.sources and f.code[:2] in ("18", "19", "20") and not f.negated:
            orphans += [f] if f.targets else []
            unowned.append(f)
    for f in unowned:
        f.sources = _claimants(f) or _assailants(f)
        if f.sources and _keep(f):
            kept.append(f)
    return kept


def _dateline_country(doc: Doc) -> str | None:
    """The one country of the story's dateline ("KABUL (Reuters) -"), if it names one (storyhome: the country
    the story is about when it never names the dateline's)."""
    credits = doc._.credits
    places = list(credits.dateline) if credits is not None else []
    found = set(storyhome.home_countries(doc, gazetteer.dateline_countries(places)))
    return found.pop() if len(found) == 1 else None


def _claimants(f: Found) -> list[str]:
    """"A car bombing that killed nine people was claimed by al-Shabaab": whoever the attack is claimed by."""
    tok = f.trigger if f.trigger.pos_ == "NOUN" else next(
        (c for c in f.trigger.children if c.dep_ == "nsubj" and c.pos_ == "NOUN"), f.trigger)
    if tok.dep_ != "nsubjpass" or tok.head.lemma_.lower() != "claim":
        return []
    return participants.agent_of(tok.head)


def _assailants(f: Found) -> list[str]:
    """"Gunmen kidnapped 20 students in northern Nigeria", "three soldiers were killed by a roadside bomb
    in Helmand": unnamed attackers stand for the country they strike in (an unidentified armed group of it)."""
    verb = f.trigger if f.trigger.pos_ in ("VERB", "AUX") else _harming_verb(f.trigger)
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
    country, _ = _named_place(verb)
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
    return _dateline_country(doc) or next((c for t in f.targets if (c := actor_country(doc, t))), None)


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


def _same_attack(attack: Found, claimed: Found) -> bool:
    """Whether an attack nobody was named for is the claimed one told again: in the same sentence (by
    its noun and its verb), or on the same country's people ("a suicide bombing killed 11 soldiers" in
    the lead, "the bomber ... killed 11 soldiers. The TTP claimed responsibility" further down)."""
    if attack.trigger.sent.start == claimed.trigger.sent.start:
        return True
    doc = attack.trigger.doc
    hit = {actor_country(doc, t) for t in claimed.targets} - {None}
    return bool(hit & {actor_country(doc, t) for t in attack.targets})


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
        if tok.pos_ == "ADJ" and trig.entry.code in ("012", "013"):
            # "hopeful about a ceasefire between Israel and Hamas": an outlook on the ceasefire, not one
            content.update(t.i for o in participants.prep_objects(tok, ("about", "on", "over")) for t in o.subtree)
        permits = trig.entry.code.startswith("086") and tok.lemma_.lower() in lexicon.words("permission_verbs")
        if (trig.entry.frame is None and tok.lemma_.lower() not in CONTENT_VERBS and not permits) or _reports(trig):
            continue
        for comp in _complements(tok):
            content.update(t.i for t in comp.subtree)
        if trig.noun is not None and trig.entry.frame:
            content.update(_noun_content(trig.noun))
    for tok in doc:  # "said Kyiv would have to give up its goals" is coded as a demand (positions.obligations)
        if positions.obligation(tok) is not None:
            content.update(t.i for t in tok.subtree)
    return content


def _reports(trig: Trigger) -> bool:
    """"Rights groups warned that the army could carry out killings": a warning about another party's
    act reports it (coded on its own); "warned it would respond" is the warner's own threat."""
    tok = trig.token
    if tok.lemma_.lower() != "warn":
        return False
    comp = next((c for c in tok.children if c.dep_ == "ccomp"), None)
    if comp is not None and _situation_warning(tok, comp):
        return True
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


def _situation_warning(tok: Token, comp: Token) -> bool:
    """"warned that famine was spreading across the region": a warning about how things stand, said to
    nobody and about nobody's act, threatens no one."""
    if any(c.dep_ in ("dobj", "dative") for c in tok.children) or verb_trigger(comp) is not None:
        return False  # "warned Iran that ...", "warned that the army could strike"
    subj = next((c for c in comp.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subj is None or subj.pos_ != "NOUN" or any(c.dep_ == "poss" for c in subj.children):
        return False  # "warned that its patience was running out": the warner's own stand
    return not participants.resolve_deep(subj)


def _noun_content(noun: Token) -> set[int]:
    """"a desire for peace in phone calls with him": "for peace", not the scene ("in phone calls")."""
    scene = {t.i for p in noun.subtree if p.dep_ == "prep" and p.lower_ in positions.SCENE_ONLY and not participants.in_clause_below(p, noun)
             for t in p.subtree}
    return {t.i for t in noun.subtree if t.i != noun.i and t.i not in scene}


def _complements(tok: Token) -> list[Token]:
    comps = [c for c in tok.children if c.dep_ in ("xcomp", "ccomp")]
    for prep in (c for c in tok.children if c.dep_ == "prep" and c.lower_ in ("of", "for", "to", "on")):
        comps += [c for c in prep.children if c.dep_ == "pcomp"]
    return comps


# -- verbs ----------------------------------------------------------------------------------------

def _verb_event(trig: Trigger) -> Found:
    tok, entry = trig.token, trig.entry
    heads = [tok] if trig.noun is None else [tok, trig.noun]
    if "speaker" in entry.source or _speakers_act(tok):
        # "Pakistan would bear the consequences": the speaker threatens it; "said the soldiers had fired
        # ... and denied that anyone was hit": the speaker denies
        sources = positions.speakers(tok)
    else:
        sources = _adjective_subject(tok) if tok.pos_ == "ADJ" else subject_of(tok)
    if not sources and trig.noun is not None and (trig.noun.dep_ != "nsubjpass" or entry.code[:2] not in ("16", "17")
                                                  or lexicon.noun(trig.noun.lemma_)):
        # "No peace talks were held": whose talks; "American diplomats were expelled" are not the doers
        sources = participants.noun_sources(trig.noun)
    roles = entry.target + (("dative",) if trig.noun is not None else ())  # "gave Sri Lanka a loan"
    targets, _ = role_actors(heads, roles)
    if not targets and tok.dep_ == "relcl" and "dobj" in entry.target and not any(
            c.dep_ in ("dobj", "nsubjpass") or c.lower_ in ("who", "which", "that") for c in tok.children):
        targets = resolve(tok.head)  # "four diplomats it accused of arson": the antecedent
    if not targets and "dobj" in entry.target:
        targets = _relative_object(tok)
    if entry.code.startswith("084"):  # "released six Azerbaijani citizens": those people, not their country
        targets = _counted_people(tok) or targets
    if entry.code[:2] in _FORCEFUL or entry.code[:3] == "145":  # "stormed": a riot, or an assault by armed men
        targets = _counted_people(tok) or _armed_foes(tok, entry.target, sources) or _forces_post(tok, sources) \
            or _sheltered_people(tok, targets) or targets
    if "speaker" in entry.source and _own_state(tok.doc, sources, targets):
        sources = []  # "the Czech side bears full responsibility", said by a ministry read as Czech: a misread speaker
    passive = participants.passive_subject(tok)
    if not targets and passive is not None and (trig.noun is None or passive.i != trig.noun.i):
        targets = resolve(passive)  # "Germany was given information by Austria"
    if trig.received:
        sources, targets = role_actors(heads, ("from",))[0], sources
    if not sources and entry.code[:2] in ("17", "16") and participants.passive_subject(tok) is not None:
        sources = _state_of_place(tok)  # "She was arrested at Tehran airport": by that state
    if not sources and entry.code[:3] == "173" and resolve(participants.passive_subject(tok)):
        sources = _security_reporter(tok)  # "31 suspects were placed under arrest, the army spokesman said"
    if not sources and (entry.code[:2] == "15" or entry.code == "074"):
        passive = participants.passive_subject(tok)  # "UN peacekeepers were deployed": the force moves itself
        sources = resolve(passive) if passive is not None and not participants.agent_of(tok) else sources
    found = Found(tok, entry.code, sources, targets, mood.negated(tok), mood.modality(tok), None, entry.mutual,
                  0.85, trig.noun, entry.irrealis)
    if (trig.noun is not None and (mood.negated(trig.noun) or _no_share(trig.noun))) or trig.voided:
        found.negated = True  # "had no direct contact", "postponed the meeting", "had no role in the talks"
    if tok.lemma_.lower() == "agree" and _mere_accord(tok, trig):
        found.code, found.mutual = "019", False  # "agreed with Sweden's position"
        found.targets = role_actors([tok], ("with",))[0]
    elif entry.frame:
        positions.apply_frame(found, trig)
        if entry.frame == "appeal" and (rallied := _rallied_act(tok)) is not None:
            # the protest's own clause dates and places it ("to stage protests on Thursday")
            found.trigger, found.code, found.object_noun = rallied.token, rallied.entry.code, rallied.noun
            found.modality = "planned"
        if not found.targets and tok.dep_ in ("xcomp", "advcl") and tok.head.pos_ == "VERB":
            # "summoned the ambassador to demand an explanation": demanded of whom was summoned; "wrote
            # to NATO to ask for help": of whom was written to
            found.targets = role_actors([tok.head], ("dobj", "to"))[0]
    elif tok.lemma_.lower() in CONTENT_VERBS:
        comps = _complements(tok)
        found.about = positions.phrase_span(comps[0], None) if comps else None
    return found


def _no_share(noun: Token) -> bool:
    """"had no role in the talks", "no part in the attack": the share held in the act is denied."""
    share = noun.head.head if noun.dep_ == "pobj" else None
    return share is not None and share.i != noun.i and taken_part(share).i == noun.i and mood.negated(share)


def _own_state(doc: Doc, sources: list[str], targets: list[str]) -> bool:
    """Whether a state body would be blaming or threatening its own state (targets all that state)."""
    mine = {actor_country(doc, s) for s in sources if participants.actor_kind(doc, s)[1] in ("GOV", None)}
    return bool(targets) and all(participants.actor_kind(doc, t)[0] == "country" and actor_country(doc, t) in mine
                                 for t in targets)


_OWN = {"its", "their", "his", "her", "our"}


def _rallied_act(tok: Token) -> Trigger | None:
    """"called on its members to stage protests", "urged its supporters to take to the streets": a party
    rallying its own people to protest organizes the protest itself (against its country's government,
    as any protest), not an appeal to anyone else. The protest's trigger, else None."""
    addressees = [c for c in tok.children if c.dep_ == "dobj"] + participants.prep_objects(tok, ("on",))
    if not any(a.lemma_.lower() in lexicon.words("own_people_nouns") and any(
            c.dep_ == "poss" and c.lower_ in _OWN for c in a.children) for a in addressees):
        return None
    comp = next((c for c in tok.children if c.dep_ == "xcomp" and c.pos_ in ("VERB", "AUX")), None)
    inner = verb_trigger(comp) if comp is not None else None
    return inner if inner is not None and inner.entry.code[:2] == "14" else None


def _counted_people(verb: Token) -> list[str]:
    """"arrested six ethnic Serbs", "killed 40 Palestinians", "arrested five Mozambican nationals": people
    counted by their nationality are a group of that country, not the country itself."""
    obj = next((c for c in verb.children if c.dep_ == "dobj"), None)
    if obj is None or obj.tag_ not in ("NNS", "NNPS") or obj._.actors or not any(c.dep_ == "nummod" for c in obj.children):
        return []
    alpha3 = gazetteer.demonym(obj.text) if obj.ent_type_ == "NORP" else _demonym_of_people(obj)
    if not alpha3:
        return []
    words = eventlinks.crowd_words(obj)
    return [participants.crowd_actor(verb.doc, alpha3, words)] if words else []


_SECURITY = ("COP", "MIL")
_ARRESTING = ("COP", "MIL", "JUD")  # sectors whose people arrest
_FOE_ROLES = ("from", "against", "dobj")


def _security_reporter(verb: Token) -> list[str]:
    """Police or soldiers (or their spokespeople), prosecutors or an interior or justice minister telling
    of arrests without saying by whom: their own."""
    doc = verb.doc
    return [s for s in positions.speakers(verb) if participants.actor_kind(doc, s)[1] in _ARRESTING
            or _law_enforcement_role(doc, s)]


def _law_enforcement_role(doc: Doc, actor_id: str) -> bool:
    """"Interior Minister X", "the justice minister": an office that answers for arrests."""
    actor = next((a for a in doc._.actors or [] if a.id == actor_id), None)
    cues = lexicon.words("law_enforcement_roles")
    return actor is not None and any(w in cues for role in actor.roles for w in role.lower().split())


def _armed_foes(verb: Token, roles: tuple[str, ...], sources: list[str]) -> list[str]:
    """"took back the town from Islamist insurgents", "killed four guerrillas": armed men no actor stands
    for, named where the verb's target is read first, are a group of the country they fight in (else the
    country of those fighting them). Not after a strike told first ("struck M23 positions, killing eight
    fighters": those are the side struck)."""
    first = next((tok for role in roles if role in _FOE_ROLES for tok in (
        [c for c in verb.children if c.dep_ == "dobj"] if role == "dobj" else participants.prep_objects(verb, (role,)))),
        None)
    if first is not None and first.dep_ == "dobj" and verb.tag_ == "VBG":
        return []
    if first is None or first.pos_ != "NOUN" or participants.resolve(first):
        return []
    if first.lemma_.lower() not in lexicon.words("assailant_nouns") and names.singular(first.lower_) not in (
            lexicon.words("assailant_nouns")):
        return []
    loc = places.location_for(verb.doc, verb)
    country = loc.country if loc is not None and loc.country else next(
        (c for s in sources if (c := actor_country(verb.doc, s))), None) or _dateline_country(verb.doc)
    words = eventlinks.crowd_words(first)
    return [participants.crowd_actor(verb.doc, country, words, "UAF")] if words and country else []


def _forces_post(verb: Token, sources: list[str]) -> list[str]:
    """"stormed an army base", "attacked a police station": a post named after the force that holds it is
    an attack on that force (of the country the post is in, else of the attackers')."""
    obj = next((c for c in verb.children if c.dep_ == "dobj"), None)
    if obj is None or obj.lemma_.lower() not in lexicon.words("target_nouns"):
        return []
    force = next((c for c in obj.children if c.dep_ == "compound" and c.i == obj.i - 1), None)
    sector = participants.generic_sector(force.lemma_.lower()) if force is not None else None
    if force is None or sector not in _SECURITY:
        return []
    if ids := resolve(force):
        return ids
    loc = places.location_for(verb.doc, verb)
    country = loc.country if loc is not None and loc.country else _dateline_country(verb.doc) or next(
        (c for s in sources if (c := actor_country(verb.doc, s))), None)
    return [participants.crowd_actor(verb.doc, country, [force], sector)] if country else []


def _demonym_of_people(obj: Token) -> str | None:
    """"five Mozambican nationals", "12 Indian fishermen": people counted under their nationality."""
    if obj.lemma_.lower() not in lexicon.words("person_nouns"):
        return None
    return next((c for c in (gazetteer.demonym(m.text) for m in obj.children if m.dep_ == "amod") if c), None)


def _sheltered_people(verb: Token, targets: list[str]) -> list[str]:
    """"attacked a camp for displaced people in Darfur", "shelled a school for girls": the people the
    place is for are those struck, a group of the place's country."""
    obj = next((c for c in verb.children if c.dep_ == "dobj"), None)
    if obj is None or obj.lemma_.lower() not in lexicon.words("target_nouns"):
        return []
    people = next((o for o in participants.prep_objects(obj, ("for",))
                   if o.lemma_.lower() in lexicon.words("person_nouns") and not participants.resolve(o)), None)
    loc = places.location_for(verb.doc, verb) if not targets else None
    country = actor_country(verb.doc, targets[0]) if targets else (loc.country if loc is not None else None)
    words = eventlinks.crowd_words(people) if people is not None else []
    return [participants.crowd_actor(verb.doc, country, words)] if words and country else []


def _relative_object(tok: Token) -> list[str]:
    """"The UAE, which U.N. experts have accused of arming the RSF": the relative pronoun the verb acts
    on stands for the antecedent."""
    if tok.dep_ != "relcl" or not any(c.dep_ == "dobj" and c.lower_ in ("which", "who", "whom", "that")
                                      for c in tok.children):
        return []
    return resolve(tok.head)


def _speakers_act(tok: Token) -> bool:
    """A speech act conjoined to a reported clause without a subject of its own, told as the speaker's
    act: after ", and", or in the plain past beside a clause in another tense ("had fired ... and denied")."""
    head = tok.head
    if tok.dep_ != "conj" or head.dep_ != "ccomp" or any(c.dep_ in ("nsubj", "nsubjpass") for c in tok.children):
        return False
    if not is_speech_act(tok.lemma_.lower()) or mood.reporting_verb(head) is None:
        return False
    start = min(t.i for t in tok.subtree)
    after_comma = [t.lower_ for t in tok.doc[max(0, start - 2):start]] == [",", "and"]
    own_aux = {c.lower_ for c in tok.children if c.dep_ in ("aux", "auxpass")}
    head_aux = {c.lower_ for c in head.children if c.dep_ in ("aux", "auxpass")}
    return after_comma or (tok.tag_ == "VBD" and not own_aux and bool(head_aux))


_HARMING = {"kill", "wound", "injure", "hit", "destroy", "damage", "target", "strike", "claim"}


def _victims(noun: Token) -> list[str]:
    """"a suicide bombing killed 11 Pakistani soldiers": the attack's target is whom it killed."""
    if noun.dep_ != "nsubj" or noun.head.lemma_.lower() not in _HARMING:
        return []
    return next((ids for c in noun.head.children if c.dep_ == "dobj" and (ids := participants.resolve_deep(c))), [])


_EXPELLING = {"expel", "deport", "banish", "exile", "extradite"}


def _state_of_place(tok: Token) -> list[str]:
    loc = places.location_for(tok.doc, tok)
    if loc is not None and loc.country:
        return country_actor(tok.doc, loc.country)
    preps = ("in", "at", "from") if tok.lemma_.lower() in _EXPELLING else ("in", "at")
    for obj in participants.prep_objects(tok, preps):  # "at Tehran's airport"; "expelled from Russia"
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
        return positions.speakers(adj)  # "told reporters the accusations were absurd": the speaker rejects them
    head = adj.head if adj.dep_ in ("acomp", "amod", "attr") else adj
    return subject_of(head) if head.i != adj.i else []


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
    if not sources and entry.code[:2] == "04":
        sources = _meeting_side(noun)
    held, inmates = _held_in(noun), []
    if held is not None:  # "four Iranian sailors remain in detention in Kuwait": Kuwait holds them
        inmates, scene = subject_of(held), []
        sources = [a for a in _state_of_place(held) if a not in inmates]
    targets, _ = role_actors([noun], entry.target)
    targets = targets or participants.undergoer(noun) or _victims(noun) or inmates
    if not sources and len(targets) > 1 and participants.prep_objects(noun, ("between",)):
        sources, targets = targets[:1], targets[1:]  # "talks between Peru and Bolivia"
    found = Found(noun, entry.code, sources, targets, mood.negated(noun), mood.modality(noun), None, entry.mutual,
                  0.7)
    found.scene = scene
    return found


_STAYING = {"be", "remain", "stay", "languish", "sit", "die"}


def _held_in(noun: Token) -> Token | None:
    """"Four Iranian sailors remain in detention": those in it undergo it (the clause's subject is no
    doer); the verb they stay under, whose place names the state holding them."""
    if noun.lemma_.lower() not in lexicon.words("patient_nouns") or noun.dep_ != "pobj":
        return None
    prep, verb = noun.head, noun.head.head
    if prep.lower_ not in ("in", "under") or verb.lemma_.lower() not in _STAYING:
        return None
    return verb


_TIME_PREPS = {"after", "before", "following", "during", "ahead"}


def _meeting_side(noun: Token) -> list[str]:
    """"After a meeting with his Syrian counterpart, the minister said ...": the meeting is the
    subject's of the clause the time phrase hangs on."""
    prep = noun.head
    if prep.lower_ == "of" and prep.head.lower_ == "ahead":  # "ahead of talks with"
        prep = prep.head
    if noun.dep_ != "pobj" or prep.lower_ not in _TIME_PREPS or prep.head.pos_ not in ("VERB", "AUX"):
        return []
    if eventlinks.definite(noun) and not participants.prep_objects(noun, ("with",)):
        return []  # "had no contact with him during the visit": a visit told before, maybe another's
    return subject_of(prep.head)


# -- obligations ----------------------------------------------------------------------------------


# -- keeping and assembling -----------------------------------------------------------------------

def _keep(f: Found) -> bool:
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
    if not f.targets and f.code[:2] in _FORCEFUL:
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
_FORCEFUL = ("17", "18", "19", "20")


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
    country = loc.country if loc is not None and loc.country else _dateline_country(doc)
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
    victims = root == "20" or (root in ("18", "19") and _has_victims(f))
    local = f.code.startswith(("017", "08", "074", "14")) or victims
    if root not in ("04", "15", "17", "18", "19") and not local:
        return []
    loc = places.location_for(doc, f.trigger)
    where = loc.country if loc is not None else None
    mine = {actor_country(doc, s) for s in f.sources}
    if root == "14":
        named, named_by = _named_place(f.trigger) if where else (None, None)
        if where and named == where and not country_actor(doc, where):  # "a protest in Beijing": China
            return country_actor(doc, where, named_by)
        return country_actor(doc, where or next(iter(mine), None))
    if root == "04" and not f.code.startswith("042"):
        return []
    if victims or root == "17":
        named, named_by = _named_place(_harming_verb(f.trigger))
        people = _people_hit(f)
        country = named or where or (next(iter(mine - {None}), None) if root == "17" else _dateline_country(doc))
        if people and country:  # "executed 81 men in Kidal": those men, of Mali
            return [participants.crowd_actor(doc, country, people)]
        if root == "17":
            return []
        return country_actor(doc, named, named_by) if named else country_actor(doc, where)
    if local:
        return country_actor(doc, where)
    if not where or where in mine:
        return []
    named, named_by = _named_place(f.trigger)  # "fired shells at targets in Jericho": the place's country
    return country_actor(doc, where, named_by if named == where else None)


def _named_place(tok: Token) -> tuple[str | None, Token | None]:
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


def _has_victims(f: Found) -> bool:
    """Whether the attack names whom it hit ("81 men", "villagers"), though no actor stands for them."""
    return f.object_noun is None and bool(_hit_words(_harming_verb(f.trigger)))


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


def _people_hit(f: Found) -> list[Token]:
    """The words naming the people an attack or a crackdown fell on when no actor stands for them
    ("81 men", "more than 200 villagers", "demonstrators"), else none."""
    verb = _harming_verb(f.trigger)
    objs = _hit_words(verb) + participants.prep_objects(verb, ("on", "at"))  # "fired on demonstrators"
    people = lexicon.words("person_nouns") | lexicon.words("crowd_nouns")
    for obj in objs:
        if obj.pos_ == "NOUN" and obj.lemma_.lower() in people and not participants.resolve_deep(obj):
            return eventlinks.crowd_words(obj)
    return []


def _harming_verb(tok: Token) -> Token:
    """"A drone strike by the RSF killed 30 people": the verb telling what the attack named did."""
    if tok.pos_ == "NOUN" and tok.dep_ == "nsubj" and tok.head.lemma_.lower() in _HARMING:
        return tok.head
    if tok.pos_ == "NOUN":  # "an ambush that wounded two officers"
        return next((c for c in tok.children if c.dep_ == "relcl" and c.lemma_.lower() in _HARMING
                     and any(s.dep_ == "nsubj" and s.lower_ in ("that", "which") for s in c.children)), tok)
    return tok


def set_annotations(doc: Doc, found: list[Found]) -> None:
    doc._.events = eventrecords.records(doc, found)


@Language.component("wirecoder_events")
def events_component(doc: Doc) -> Doc:
    set_annotations(doc, find_events(doc))
    forget(doc)  # the last stage: the doc view (which refers back to the doc) is not kept past it
    return doc


