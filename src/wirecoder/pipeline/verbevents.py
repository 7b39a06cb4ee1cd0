"""Events told by a verb or an adjective: their sources and targets from the parse."""

from __future__ import annotations

from spacy.tokens import Doc, Token

from wirecoder import names
from wirecoder.knowledge import lexicon
from wirecoder.knowledge.speech import is_speech_act
from wirecoder.pipeline import eventlinks, gazetteer, mood, participants, places, positions
from wirecoder.pipeline.attacks import dateline_country
from wirecoder.pipeline.candidates import Found
from wirecoder.pipeline.eventcontent import complements
from wirecoder.pipeline.eventkeep import FORCEFUL
from wirecoder.pipeline.eventrules import CONTENT_VERBS
from wirecoder.pipeline.participants import actor_country, country_actor, resolve, role_actors, subject_of
from wirecoder.pipeline.triggers import Trigger, taken_part, verb_trigger


def verb_event(trig: Trigger) -> Found:
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
    if entry.code[:2] in FORCEFUL or entry.code[:3] == "145":  # "stormed": a riot, or an assault by armed men
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
        sources = state_of_place(tok)  # "She was arrested at Tehran airport": by that state
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
        comps = complements(tok)
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
        (c for s in sources if (c := actor_country(verb.doc, s))), None) or dateline_country(verb.doc)
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
    country = loc.country if loc is not None and loc.country else dateline_country(verb.doc) or next(
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


_EXPELLING = {"expel", "deport", "banish", "exile", "extradite"}


def state_of_place(tok: Token) -> list[str]:
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
