"""Who acts and who is acted upon: an event's source and target read from the dependency parse.

    subject_of(verb)          the actors doing what a verb says: its subject, the agent of a passive
                              ("was freed by X"), a relative clause's antecedent, the subject a
                              conjoined verb shares, the controller of a "to" clause
    role_actors(tok, roles)   the actors in the places a lexicon entry names ("dobj", "with", "comp")
    noun_sources(noun)        who owns an event noun: "Russia's invasion", "U.S. sanctions", "a visit by X"
    resolve(tok)              the actors a noun phrase stands for, with fallbacks for places (their
                              country), object pronouns and phrases that contain an actor

Every id comes from the actors stage (`lookup.actors_of`); credits are never participants.
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from wirecoder.knowledge import lexicon
from wirecoder.pipeline import gazetteer
from wirecoder.pipeline.lookup import actors_of

_RELATIVE = {"who", "which", "that", "whom", "whose"}
_SUBJECTS = ("nsubj", "nsubjpass", "csubj")
_OBJECT_CONTROL = {"urge", "ask", "order", "invite", "tell", "force", "allow", "press", "pressure", "encourage",
                   "instruct", "direct", "authorize", "authorise", "call", "push", "persuade", "compel", "help",
                   "warn", "advise", "request", "beg", "implore", "permit", "want", "expect", "send", "task"}
_PRONOUNS = {"it", "they", "he", "she", "we", "i", "you", "them", "him", "her", "us"}


# -- noun phrases ---------------------------------------------------------------------------------

def resolve(tok: Token | None) -> list[str]:
    """The actors the noun phrase headed by `tok` stands for."""
    if tok is None or tok._.excluded:
        return []
    ids = list(actors_of(tok))
    if ids:
        return ids
    if tok.lower_ in ("him", "her"):
        return _object_pronoun(tok)
    if tok.pos_ == "PROPN" or tok.ent_type_ in ("GPE", "LOC", "FAC"):
        return _place_country(tok)
    return []


def resolve_deep(tok: Token | None) -> list[str]:
    """`resolve`, then an actor inside the phrase: "a fifth of Ukraine", "Venezuela's conduct",
    "three Haitian politicians", "positions of the army"."""
    if tok is None:
        return []
    return resolve(tok) or _inside(tok)


def _place_country(tok: Token) -> list[str]:
    name = _phrase(tok)
    alpha3 = gazetteer.region(name)[1] or gazetteer.city(name) or gazetteer.capital(name)
    if not alpha3 and (place := gazetteer.country(name)) is not None:
        alpha3 = place.alpha3
    return country_actor(tok.doc, alpha3) if alpha3 else []


def _phrase(tok: Token) -> str:
    parts = [c for c in tok.lefts if c.dep_ == "compound" and c.pos_ == "PROPN"]
    return " ".join([*(p.text for p in parts), tok.text])


def country_actor(doc: Doc, alpha3: str | None) -> list[str]:
    """The article's actor for a country, if it has one."""
    if not alpha3:
        return []
    return [a.id for a in doc._.actors or [] if a.kind == "country" and a.country == alpha3][:1]


def actor_country(doc: Doc, actor_id: str | None) -> str | None:
    return next((a.country for a in doc._.actors or [] if a.id == actor_id), None)


def actor_kind(doc: Doc, actor_id: str | None) -> tuple[str | None, str | None]:
    """(kind, sector) of an actor."""
    found = next((a for a in doc._.actors or [] if a.id == actor_id), None)
    return (found.kind, found.sector) if found is not None else (None, None)


def _object_pronoun(tok: Token) -> list[str]:
    """"calls with him": the person the sentence's main clause is about."""
    subj = next((c for c in tok.sent.root.children if c.dep_ in _SUBJECTS), None)
    if subj is None:
        return []
    return [a for a in actors_of(subj) if actor_kind(tok.doc, a)[0] == "person"]


def _inside(tok: Token) -> list[str]:
    for t in tok.subtree:
        if t.i == tok.i or t._.excluded or t.pos_ == "PRON":
            continue
        if t._.actors and t.dep_ in ("poss", "pobj", "compound", "amod", "nmod", "appos", "conj"):
            return list(actors_of(t))
    for t in tok.subtree:
        alpha3 = gazetteer.demonym(t.text) if t.dep_ in ("amod", "compound", "poss") else None
        if alpha3:
            return country_actor(tok.doc, alpha3)
    return []


def actors_within(tok: Token, exclude: list[str]) -> list[str]:
    """The first actors named inside a phrase ("a deal under which the United States would invest")."""
    for t in tok.subtree:
        if t.i == tok.i or t._.excluded or t.pos_ == "PRON" or not t._.actors:
            continue
        ids = [a for a in actors_of(t) if a not in exclude]
        if ids:
            return ids
    return []


# -- sources --------------------------------------------------------------------------------------

def agent_of(verb: Token) -> list[str]:
    """The "by" phrase of a passive verb."""
    for child in verb.children:
        if child.dep_ == "agent":
            for obj in child.children:
                if obj.dep_ == "pobj":
                    return resolve_deep(obj)
    return []


def subject_of(verb: Token) -> list[str]:
    """Who does what `verb` says, following the parse up through shared and controlled subjects."""
    seen: set[int] = set()
    cur: Token | list[str] | None = verb
    while isinstance(cur, Token) and cur.i not in seen:
        seen.add(cur.i)
        if (agent := agent_of(cur)) or any(c.dep_ == "agent" for c in cur.children):
            return agent
        if any(c.dep_ == "nsubjpass" for c in cur.children):
            return []  # a passive without its agent names no doer
        subj = next((c for c in cur.children if c.dep_ in ("nsubj", "csubj")), None)
        if subj is not None:
            return _subject_actors(cur, subj)
        cur = _controller(cur)
    return cur if isinstance(cur, list) else []


def _subject_actors(verb: Token, subj: Token) -> list[str]:
    if subj.lower_ in _RELATIVE and verb.dep_ == "relcl":
        return resolve(verb.head)
    ids = resolve(subj)
    if not ids and subj.lower_ in _PRONOUNS:
        # "the ministry said it would respond": an unresolved pronoun in reported speech is the speaker
        ids = _reporter(verb)
    if not ids and subj.pos_ in ("NOUN", "PROPN"):
        ids = _inside(subj)
    return ids


def _reporter(verb: Token) -> list[str]:
    cur = verb
    while cur.dep_ in ("conj", "xcomp") and cur.head.i != cur.i:
        cur = cur.head
    if cur.dep_ == "ccomp" and cur.head.lemma_.lower() in lexicon.words("reporting_verbs"):
        return subject_of(cur.head)
    return []


def _controller(cur: Token) -> Token | list[str] | None:
    """The next token up whose subject is also `cur`'s subject (or the actors directly)."""
    head = cur.head
    if head.i == cur.i:
        return None
    dep = cur.dep_
    if dep == "relcl":
        return resolve(head)
    if dep == "xcomp":
        if head.lemma_.lower() in _OBJECT_CONTROL:
            obj = next((c for c in head.children if c.dep_ in ("dobj", "dative")), None)
            ids = resolve(obj)
            if ids or (obj is not None and lexicon.control(head.lemma_) != "order"):
                return ids
            # "ordered top officials to begin talks": unnamed agents act for whoever gave the order
        return head
    if dep == "acl" and head.pos_ in ("NOUN", "PROPN"):
        # "officials meeting in Doha", "a deal signed by X" (the agent is read above)
        return resolve(head) if cur.tag_ == "VBG" else None
    if dep in ("conj", "advcl", "acomp"):
        return head
    if dep == "pcomp":  # "after speaking with Putin, Trump said": the prepositional clause's verb
        verb = head.head
        return verb if verb.pos_ in ("VERB", "AUX") else None
    return None


# -- targets --------------------------------------------------------------------------------------

def prep_objects(head: Token, words: tuple[str, ...] | set[str]) -> list[Token]:
    """Objects of the prepositions `words` under `head` ("talks with X": X), in the roles' order."""
    out: list[Token] = []
    for word in words:
        for child in head.children:
            if child.dep_ in ("prep", "dative", "agent") and child.lower_ == word:
                out.extend(c for c in child.children if c.dep_ == "pobj")
    return out


def role_actors(heads: list[Token], roles: tuple[str, ...]) -> tuple[list[str], Token | None]:
    """Actors in the first of `roles` (read under each of `heads`) that gives any, and the token found."""
    for role in roles:
        for head in heads:
            for tok in _role_tokens(head, role):
                ids = resolve_deep(tok)
                if ids:
                    return ids, tok
    return [], None


def _role_tokens(head: Token, role: str) -> list[Token]:
    if role == "dobj":
        return [c for c in head.children if c.dep_ in ("dobj", "dative")]
    if role == "dative":
        return [c for c in head.children if c.dep_ == "dative" or (c.dep_ == "dobj" and _has_second_object(head))]
    if role == "comp":
        return [s for c in head.children if c.dep_ in ("ccomp", "xcomp")
                for s in c.children if s.dep_ in _SUBJECTS]
    if role == "subj":
        return [c for c in head.children if c.dep_ in ("nsubj", "nsubjpass")]
    return prep_objects(head, (role,))


def _has_second_object(verb: Token) -> bool:
    return sum(1 for c in verb.children if c.dep_ in ("dobj", "dative")) > 1


def passive_subject(verb: Token) -> Token | None:
    return next((c for c in verb.children if c.dep_ == "nsubjpass"), None)


# -- event nouns ----------------------------------------------------------------------------------

def noun_sources(noun: Token) -> list[str]:
    """The owner of an event noun: its possessor, a country adjective or compound, a "by" phrase,
    else the actor whose clause it is the scene of ("X, in Kyiv on the first visit by ...")."""
    sources = owners(noun)
    if not sources:
        by = prep_objects(noun, ("by",))
        sources = next((ids for obj in by if (ids := resolve(obj))), [])
        if not sources:
            sources = scene_actors(noun)
        if not sources:
            sources = next((ids for obj in by if (ids := resolve_deep(obj))), [])
    return sources


def owners(noun: Token) -> list[str]:
    """"Russia's invasion", "Russian troops", "a U.S.-Russia prisoner swap": the noun's own actors."""
    found: list[str] = []
    for child in noun.children:
        if child.i > noun.i or child.dep_ not in ("poss", "compound", "amod", "nmod"):
            continue
        for t in child.subtree:
            ids = list(t._.actors) if t._.actors else []
            if not ids and t.dep_ in ("amod", "compound") and (alpha3 := gazetteer.demonym(t.text)):
                ids = country_actor(noun.doc, alpha3)
            found.extend(i for i in ids if i not in found)
    return found


SCENE_PREPS = {"in", "during", "at", "after", "before", "on", "over", "through", "via", "by", "for", "with"}


def scene_actors(noun: Token) -> list[str]:
    """"expressed a desire for peace in phone calls with him": the calls are the subject's. Climbs from
    a noun through the prepositional phrases it sits in to the actor or the clause they hang on."""
    cur = noun
    for _ in range(8):
        head = cur.head
        if head.i == cur.i:
            return []
        if cur.dep_ == "pobj":
            if head.lower_ not in SCENE_PREPS:
                return []
        elif cur.dep_ == "prep" or cur.i != noun.i:
            if head.pos_ in ("VERB", "AUX"):
                return subject_of(head) if cur.dep_ in ("prep", "dobj") else []
            if head.pos_ == "PROPN" and (ids := resolve(head)):
                return ids
            if head.pos_ not in ("NOUN", "PROPN", "ADP"):
                return []
        else:
            return []
        cur = head
    return []
