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
from wirecoder.model import Actor, Mention
from wirecoder.pipeline import gazetteer, places
from wirecoder.pipeline.coref import coordinated
from wirecoder.pipeline.lookup import actors_of

_RELATIVE = {"who", "which", "that", "whom", "whose"}
_SUBJECTS = ("nsubj", "nsubjpass", "csubj")
_OBJECT_CONTROL = {"urge", "ask", "order", "invite", "tell", "force", "allow", "press", "pressure", "encourage",
                   "instruct", "direct", "authorize", "authorise", "call", "push", "persuade", "compel", "help",
                   "warn", "advise", "request", "beg", "implore", "permit", "want", "expect", "send", "task",
                   # "prompting Belgrade to put its army on alert": what the act caused, the object does
                   "prompt", "spur", "lead", "cause", "provoke", "drive", "trigger", "oblige", "convince", "inspire"}
_DOCUMENTS = {"statement", "declaration", "communique", "letter", "resolution", "note", "message", "report",
              "ultimatum", "decree", "order", "memo", "petition"}
_INTENT_NOUNS = {"plan", "intention", "decision", "bid", "attempt", "effort", "readiness", "willingness"}
_PRONOUNS = {"it", "they", "he", "she", "we", "i", "you", "them", "him", "her", "us"}


# -- noun phrases ---------------------------------------------------------------------------------

def resolve(tok: Token | None) -> list[str]:
    """The actors the noun phrase headed by `tok` stands for, each conjunct included ("Israel and the
    Palestinians")."""
    if tok is None or tok._.excluded:
        return []
    ids = list(actors_of(tok))
    for conj in coordinated(tok)[1:] if tok.dep_ != "conj" else []:
        if not conj._.actors:
            ids += [a for a in _resolve_one(conj) if a not in ids]
    ids += [a for a in _listed(tok, ids) if a not in ids]
    return ids or _resolve_one(tok)


def _listed(tok: Token, ids: list[str]) -> list[str]:
    """"The US, Russia, and Switzerland": a list of countries the parser hung as an apposition."""
    if not ids or any(actor_kind(tok.doc, a)[0] != "country" for a in ids):
        return []
    for appos in (c for c in tok.children if c.dep_ == "appos"):
        items = coordinated(appos)
        if len(items) < 2 or not any(c.dep_ == "cc" for c in appos.children):
            continue
        found = [a for t in items for a in actors_of(t)]
        if found and all(actor_kind(tok.doc, a)[0] == "country" for a in found):
            return found
    return []


def _resolve_one(tok: Token) -> list[str]:
    if tok._.excluded:
        return []
    if tok._.actors:
        return list(actors_of(tok))
    if tok.lower_ in _FIRST_PERSON:
        return _quote_speaker(tok)
    if tok.lower_ in ("him", "her"):
        return _object_pronoun(tok)
    if tok.ent_type_ == "NORP" and (alpha3 := gazetteer.demonym(tok.text)):
        return country_actor(tok.doc, alpha3, tok)  # "the Palestinians"
    if tok.lemma_.lower() in _NATION_NOUNS and (poss := _possessor_country(tok)):
        return poss  # "his country", "its government"
    if tok.pos_ == "NOUN" and tok.tag_ == "NNS":
        return _group_by_noun(tok)
    if tok.pos_ == "PROPN" or tok.ent_type_ in ("GPE", "LOC", "FAC"):
        return _place_country(tok)
    return []


_FIRST_PERSON = {"i", "we", "me", "us", "my", "our"}
_NATION_NOUNS = {"country", "nation", "government", "state", "people"}


def _possessor_country(tok: Token) -> list[str]:
    """"his country": the country of the person the possessive pronoun stands for."""
    poss = next((c for c in tok.children if c.dep_ == "poss" and c.pos_ == "PRON"), None)
    if poss is None:
        return []
    owner = list(poss._.actors)
    if not owner:  # the nearest person named before it in the sentence
        owner = next((list(t._.actors) for t in reversed(tok.sent[: poss.i - tok.sent.start]) if t._.actors
                      and actor_kind(tok.doc, t._.actors[0])[0] == "person"), [])
    kind = actor_kind(tok.doc, owner[0])[0] if owner else None
    if kind == "country":
        return owner[:1]
    return country_actor(tok.doc, actor_country(tok.doc, owner[0]), poss) if owner else []


def _quote_speaker(tok: Token) -> list[str]:
    """"I call on President X to ...": inside a quote, the first person is its speaker."""
    qid = tok._.quote
    quote = next((q for q in tok.doc._.quotes or [] if q.id == qid), None) if qid else None
    return list(quote.speakers or ([quote.speaker] if quote.speaker else [])) if quote is not None else []


def _group_by_noun(tok: Token) -> list[str]:
    """"the diplomats" after "four Russian diplomats": the one group actor named by that noun."""
    if not any(c.dep_ == "det" and c.lower_ in ("the", "these", "those") for c in tok.children):
        return []
    word = tok.lower_
    found = [a.id for a in tok.doc._.actors or [] if a.kind == "group" and a.name.lower().split()[-1:] == [word]]
    return found if len(found) == 1 else []


def resolve_deep(tok: Token | None) -> list[str]:
    """`resolve`, then an actor inside the phrase: "a fifth of Ukraine", "Venezuela's conduct",
    "three Haitian politicians", "positions of the army"."""
    if tok is None:
        return []
    if tok.lemma_.lower() in lexicon.words("follower_nouns") and not tok._.actors:
        return _followers(tok)
    return resolve(tok) or _inside(tok) or _deep_inside(tok)


def _place_country(tok: Token) -> list[str]:
    name = _phrase(tok)
    alpha3 = gazetteer.region(name)[1]
    if not alpha3 and (alpha3 := gazetteer.city(name)):
        known = {a.country for a in tok.doc._.actors or [] if a.country}
        alpha3 = places.country_among(name, known) or alpha3  # "Santa Cruz" in a story about Bolivia
    alpha3 = alpha3 or gazetteer.capital(name)
    if not alpha3 and (place := gazetteer.country(name)) is not None:
        alpha3 = place.alpha3
    if not alpha3 and (part := places.part_of_known(name)) is not None:
        alpha3 = part.country  # "the invasion of South Lebanon"
    return country_actor(tok.doc, alpha3, tok) if alpha3 else []


def _phrase(tok: Token) -> str:
    parts = [c for c in tok.lefts if c.dep_ == "compound" and c.pos_ == "PROPN"]
    return " ".join([*(p.text for p in parts), tok.text])


def country_actor(doc: Doc, alpha3: str | None, named_by: Token | None = None) -> list[str]:
    """The article's actor for a country. With `named_by` (a place or a country word standing for an
    event's participant: "a visit to Dhaka", "the French ambassador"), one is added when the actors
    stage made none, so the event can name its target's country."""
    if not alpha3:
        return []
    found = [a.id for a in doc._.actors or [] if a.kind == "country" and a.country == alpha3][:1]
    if found or named_by is None:
        return found
    return [_add_country(doc, alpha3, named_by)]


def _add_country(doc: Doc, alpha3: str, tok: Token) -> str:
    actors = doc._.actors if doc._.actors is not None else []
    actor_id = _next_id(actors)
    # A place word ("arrived in Baku") stays a place: the country takes part without the word becoming
    # its mention. A country word ("the French ambassador") does name it.
    mentions = []
    if tok.pos_ != "PROPN":
        mentions.append(Mention(tok.idx, tok.idx + len(tok.text), tok.text, "description"))
    actors.append(Actor(id=actor_id, name=gazetteer.country_name(alpha3), kind="country", country=alpha3,
                        mentions=mentions))
    doc._.actors = actors
    return actor_id


def crowd_actor(doc: Doc, alpha3: str, crowd: list[Token], sector: str = "CVL") -> str:
    """The actor for a crowd no actor stands for ("thousands of students"), of the country it is in: the
    crowd, not the country, protests (against that country's government)."""
    name = " ".join(t.text for t in crowd)
    actors = doc._.actors if doc._.actors is not None else []
    same = next((a for a in actors if a.kind == "group" and a.country == alpha3 and a.name == name), None)
    if same is not None:
        return same.id
    actor_id = _next_id(actors)
    start, end = crowd[0].idx, crowd[-1].idx + len(crowd[-1].text)
    actors.append(Actor(id=actor_id, name=name, kind="group", country=alpha3, sector=sector,
                        mentions=[Mention(start, end, doc[crowd[0].i : crowd[-1].i + 1].text, "description")]))
    doc._.actors = actors
    return actor_id


UNNAMED_ATTACKERS = "unidentified attackers"


def unnamed_attackers(doc: Doc, alpha3: str) -> str:
    """The actor for attackers the text never names ("were killed by a roadside bomb in Helmand"): an
    unidentified armed group of the country they strike in. No words of the text stand for it."""
    actors = doc._.actors if doc._.actors is not None else []
    same = next((a for a in actors if a.name == UNNAMED_ATTACKERS and a.country == alpha3), None)
    if same is not None:
        return same.id
    actor_id = _next_id(actors)
    actors.append(Actor(id=actor_id, name=UNNAMED_ATTACKERS, kind="group", country=alpha3, sector="UAF",
                        mentions=[]))
    doc._.actors = actors
    return actor_id


def _next_id(actors: list[Actor]) -> str:
    actor_id = f"a{len(actors) + 1}"
    while any(a.id == actor_id for a in actors):
        actor_id = f"a{int(actor_id[1:]) + 1}"
    return actor_id


def actor_country(doc: Doc, actor_id: str | None) -> str | None:
    return next((a.country for a in doc._.actors or [] if a.id == actor_id), None)


def actor_kind(doc: Doc, actor_id: str | None) -> tuple[str | None, str | None]:
    """(kind, sector) of an actor."""
    found = next((a for a in doc._.actors or [] if a.id == actor_id), None)
    return (found.kind, found.sector) if found is not None else (None, None)


def _object_pronoun(tok: Token) -> list[str]:
    """"calls with him": the person the sentence's main clause is about; else the last person named
    before who is not the subject of the verb ("Iran's judiciary accused her")."""
    subj = next((c for c in tok.sent.root.children if c.dep_ in _SUBJECTS), None)
    own = next((c for c in tok.head.children if c.dep_ in _SUBJECTS), None)
    if subj is not None and (own is None or own.i != subj.i):
        found = [a for a in actors_of(subj) if actor_kind(tok.doc, a)[0] == "person"]
        if found:
            return found
    mine = set(actors_of(own)) if own is not None else set()
    for t in reversed(tok.doc[max(0, tok.sent.start - 80): tok.i]):
        ids = [a for a in t._.actors if a not in mine and actor_kind(tok.doc, a)[0] == "person"]
        if ids and not t._.excluded:
            return ids[:1]
    return []


def inside(tok: Token) -> list[str]:
    """Actors one step inside a phrase ("the Iranian foreign minister", "Venezuela's envoy")."""
    return _inside(tok)


def _inside(tok: Token) -> list[str]:
    """Actors one step inside a phrase: its possessor ("Venezuela's conduct"), a country word before it
    ("three Haitian politicians") or the object of its "of" ("a fifth of Ukraine")."""
    for child in tok.children:
        if child.dep_ == "poss" and (ids := resolve(child)):
            return ids
    found: list[str] = []
    for child in tok.children:
        if child.dep_ in ("amod", "compound", "nmod") and child.i < tok.i and not child._.excluded:
            for part in coordinated(child):  # "US and Philippine forces"
                ids = list(actors_of(part)) if part._.actors else []
                if not ids and (alpha3 := _demonym_at(part)):
                    ids = country_actor(tok.doc, alpha3, part)
                found += [a for a in ids if a not in found]
    if found:
        return found
    for obj in prep_objects(tok, ("of", "from", "by")):
        if ids := resolve(obj):
            return ids
    if tok.lemma_.lower() in lexicon.words("lethal_means"):
        return []  # "a roadside bomb in Kandahar province": where it went off, not whose it was
    for obj in prep_objects(tok, ("in",)):  # "a court in Dhaka", "doctors in Nigeria": where they are from
        if obj.ent_type_ in ("GPE", "LOC") and (ids := resolve(obj)):
            return ids
    return []


def _demonym_at(tok: Token) -> str | None:
    """The country a country word names, with the word before it ("North Korean", "Sri Lankan": the
    parser splits them into two modifiers)."""
    if tok.i > 0 and (two := gazetteer.demonym(tok.doc[tok.i - 1 : tok.i + 1].text)):
        return two
    return gazetteer.demonym(tok.text)


def _deep_inside(tok: Token) -> list[str]:
    """"sanctions on companies shipping Iranian oil": an actor or a country word anywhere in the phrase,
    outside "between" phrases (which name both sides of something else)."""
    skip = {t.i for p in tok.subtree if p.dep_ == "prep" and p.lower_ == "between" for t in p.subtree}
    for t in tok.subtree:
        if t.i == tok.i or t.i in skip or t._.excluded or t.pos_ == "PRON":
            continue
        if t._.actors:
            return list(actors_of(t))
        alpha3 = _demonym_at(t) if t.pos_ in ("ADJ", "PROPN", "NOUN") else None
        if alpha3 and (found := country_actor(tok.doc, alpha3, t)):
            return found
    return []


def actors_within(tok: Token, exclude: list[str]) -> list[str]:
    """The first actors named inside a phrase ("a deal under which the United States would invest"),
    those after "with", "to", "against" first ("the Mercosur trade deal with the European Union")."""
    for t in tok.subtree:
        if t.dep_ == "pobj" and t.head.lower_ in ("with", "to", "against", "for") and t._.actors and t.i != tok.i:
            ids = [a for a in actors_of(t) if a not in exclude]
            if ids:
                return ids
    for t in tok.subtree:
        if t.i == tok.i or t._.excluded or t.pos_ == "PRON" or not t._.actors:
            continue
        ids = [a for a in actors_of(t) if a not in exclude]
        if ids:
            return ids
    return []


# -- sources --------------------------------------------------------------------------------------

def agent_of(verb: Token) -> list[str]:
    """The "by" phrase of a passive verb, also where the parser hung it on the verb's object ("were
    imposed on potash exports by Canada")."""
    for child in verb.children:
        if child.dep_ == "agent":
            for obj in child.children:
                if obj.dep_ == "pobj":
                    return resolve_deep(obj)
    if not any(c.dep_ in ("nsubjpass", "auxpass") for c in verb.children):
        return []
    for t in verb.subtree:
        if t.lower_ == "by" and t.dep_ == "prep" and t.head.i != verb.i and not in_clause_below(t, verb):
            for obj in (c for c in t.children if c.dep_ == "pobj"):
                if ids := resolve_deep(obj):
                    return ids
    return []


_MEANS = {"phone", "telephone", "video", "videolink", "videoconference", "letter", "email", "radio", "satellite"}


def _by_means(agent: Token) -> bool:
    """"had spoken by telephone with ...": a "by" phrase naming the means, not who acts (the parser
    reads it as a passive's agent)."""
    return any(o.dep_ == "pobj" and o.lemma_.lower() in _MEANS for o in agent.children)


def in_clause_below(tok: Token, top: Token) -> bool:
    """Whether a verb stands between `tok` and its ancestor `top` ("accusations that it played a role in ...")."""
    cur = tok.head
    while cur.i != top.i and cur.head.i != cur.i:
        if cur.pos_ in ("VERB", "AUX"):
            return True
        cur = cur.head
    return False


def subject_of(verb: Token) -> list[str]:
    """Who does what `verb` says, following the parse up through shared and controlled subjects."""
    seen: set[int] = set()
    cur: Token | list[str] | None = verb
    while isinstance(cur, Token) and cur.i not in seen:
        seen.add(cur.i)
        if (agent := agent_of(cur)) or any(c.dep_ == "agent" and not _by_means(c) for c in cur.children):
            return agent
        if cur.dep_ == "relcl" and any(c.dep_ == "nsubjpass" and c.lower_ in _RELATIVE for c in cur.children):
            return []  # "a dissident who was freed": the antecedent is what the verb acts on
        if any(c.dep_ == "nsubjpass" for c in cur.children):
            if cur.lemma_.lower() in lexicon.words("stative_passives"):  # "Israel is opposed to the plan"
                return resolve(next(c for c in cur.children if c.dep_ == "nsubjpass"))
            return []  # a passive without its agent names no doer
        subj = next((c for c in cur.children if c.dep_ in ("nsubj", "csubj")), None)
        if subj is None:  # "it was monitoring": the parser may hang the subject on the auxiliary
            subj = next((s for a in cur.children if a.dep_ in ("aux", "auxpass")
                         for s in a.children if s.dep_ == "nsubj"), None)
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
    if not ids and subj.lemma_.lower() in lexicon.words("follower_nouns"):
        return _followers(subj)
    if not ids and subj.pos_ in ("NOUN", "PROPN"):
        ids = _inside(subj)
    if not ids and (sector := generic_sector(subj.lemma_)) is not None:
        ids = _local_group(verb, subj, sector)
    return ids


def generic_sector(word: str) -> str | None:
    """The sector of a common noun for a state's forces or a crowd ("the army", "soldiers", "police",
    "protesters"), else None."""
    word = word.lower()
    if word in _POLICE:
        return "COP"
    if word in lexicon.words("crowd_nouns"):
        return "CVL"
    return "MIL" if word in _SOLDIERS else None


_POLICE = {"police", "policeman", "policemen", "policewoman", "gendarme", "gendarmerie"}
_SOLDIERS = {"army", "military", "soldier", "troop", "force", "marine", "paratrooper"}


def _local_group(verb: Token, subj: Token, sector: str) -> list[str]:
    """"Soldiers opened fire on protesters in Yangon": forces or a crowd no actor stands for are a group
    of the country where they act."""
    loc = places.location_for(subj.doc, verb)
    if loc is None or loc.country is None:
        return []
    words = [*(c for c in subj.lefts if c.dep_ in ("amod", "compound") and c.i == subj.i - 1), subj]
    return [crowd_actor(subj.doc, loc.country, words, sector)]


def _followers(subj: Token) -> list[str]:
    """"Supporters of the former president blocked roads", "to disperse supporters of X": the
    supporters, a crowd of the country of whom they follow (or of where they act), not the one they follow."""
    followed = _inside(subj) + _deep_inside(subj)  # "opponents of Rwanda's Senate": Rwanda's
    country = next((c for a in followed if (c := actor_country(subj.doc, a))), None)
    if country is None:
        verb = next((a for a in subj.ancestors if a.pos_ in ("VERB", "AUX")), subj)
        loc = places.location_for(subj.doc, verb)
        country = loc.country if loc is not None else None
    words = [*(c for c in subj.lefts if c.dep_ in ("amod", "compound") and c.i == subj.i - 1), subj]
    return [crowd_actor(subj.doc, country, words)] if country else []


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
    if dep == "acl" and head.pos_ in ("NOUN", "PROPN") and cur.tag_ == "VBG":
        # "officials meeting in Doha" ("a deal signed by X": the agent is read above)
        if head.lemma_.lower() in _DOCUMENTS and head.dep_ == "dobj" and not resolve(head):
            return head.head  # "issued a statement demanding that ...": who issued it demands
        return resolve(head)
    if dep in ("conj", "advcl", "acomp") or (dep == "attr" and head.pos_ == "AUX"):
        return head  # shared subjects; "Qatar is mediating" (a copula's complement)
    if dep == "acl" and cur.tag_ == "VB" and head.dep_ in ("dobj", "attr") and head.head.pos_ in ("VERB", "AUX") and (
            head.lemma_.lower() in _INTENT_NOUNS):
        return head.head  # "has no plans to cut aid": the subject of "has" (not "defended the right of X to fire")
    if dep == "acl":
        return None
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
    if role == "dobj":  # a passive's subject is what the verb acts on ("a camp in Goma was attacked")
        return [c for c in head.children if c.dep_ in ("dobj", "dative")
                or (c.dep_ == "nsubjpass" and c.lower_ not in _RELATIVE and head.pos_ in ("VERB", "AUX")
                    and head.lemma_.lower() not in lexicon.words("stative_passives"))] + _counted_object(head)
    if role == "dative":
        return [c for c in head.children if c.dep_ == "dative" or (c.dep_ == "dobj" and _has_second_object(head))]
    if role == "comp":  # "demanded that X withdraw"; for a noun, "its demand that X withdraw"
        clauses = ("ccomp", "xcomp", "acl") if head.pos_ == "NOUN" else ("ccomp", "xcomp")
        return [s for c in head.children if c.dep_ in clauses
                for s in c.children if s.dep_ in _SUBJECTS]
    if role == "subj":
        return [c for c in head.children if c.dep_ in ("nsubj", "nsubjpass")]
    found = prep_objects(head, (role,))
    if not found and head.pos_ == "NOUN" and role != "of":
        # "the withdrawal of invasion forces from Panama": the parser hangs the place on what is moved
        found = [o for moved in prep_objects(head, ("of",)) for o in prep_objects(moved, (role,))]
    return found


def _counted_object(verb: Token) -> list[Token]:
    """"kidnapped up to 16 Russian engineers": the parser may read "up to" as a particle and its
    preposition, leaving the verb no object."""
    if any(c.dep_ == "dobj" for c in verb.children):
        return []
    return [o for up in verb.children if up.dep_ == "prt" and up.lower_ == "up"
            for to in up.children if to.dep_ == "prep" and to.lower_ == "to"
            for o in to.children if o.dep_ == "pobj" and any(n.dep_ == "nummod" for n in o.children)]


def _has_second_object(verb: Token) -> bool:
    return sum(1 for c in verb.children if c.dep_ in ("dobj", "dative")) > 1


def passive_subject(verb: Token) -> Token | None:
    """The subject of a passive verb; for a relative pronoun ("who was freed"), its antecedent."""
    subj = next((c for c in verb.children if c.dep_ == "nsubjpass"), None)
    if subj is not None and subj.lower_ in _RELATIVE and verb.dep_ == "relcl":
        return verb.head
    return subj


# -- event nouns ----------------------------------------------------------------------------------

def noun_sources(noun: Token) -> list[str]:
    """The owner of an event noun: its possessor, a country adjective or compound, a "by" phrase."""
    sources = owners(noun)
    if not sources:
        sources = next((ids for obj in prep_objects(noun, ("by",)) if (ids := resolve(obj))), [])
    return sources


def by_phrase_deep(noun: Token) -> list[str]:
    """"a visit by a member of Trump's cabinet": an actor inside the "by" phrase."""
    return next((ids for obj in prep_objects(noun, ("by",)) if (ids := resolve_deep(obj))), [])


def undergoer(noun: Token) -> list[str]:
    """"Wierzbicki's release", "the journalists' arrest": who undergoes what a patient noun names."""
    if noun.lemma_.lower() not in lexicon.words("patient_nouns"):
        return []
    return next((ids for c in noun.children if c.dep_ == "poss" and (ids := resolve(c))), [])


def owners(noun: Token) -> list[str]:
    """"Russia's invasion", "Russian troops", "a U.S.-Russia prisoner swap": the noun's own actors (not
    the possessor of a patient noun: "Wierzbicki's release" is Wierzbicki released)."""
    found: list[str] = []
    patient = noun.lemma_.lower() in lexicon.words("patient_nouns")
    for child in noun.children:
        if child.i > noun.i or child.dep_ not in ("poss", "compound", "amod", "nmod"):
            continue
        if patient and child.dep_ == "poss":
            continue
        for t in child.subtree:
            ids = list(t._.actors) if t._.actors else []
            if not ids and t.dep_ in ("amod", "compound") and (alpha3 := _demonym_at(t)):
                ids = country_actor(noun.doc, alpha3, t)
            found.extend(i for i in ids if i not in found)
    return found


SCENE_PREPS = {"in", "at", "on", "through", "via"}


def scene_actors(noun: Token) -> list[str]:
    """"expressed a desire for peace in phone calls with him": the calls are the subject's. Climbs from
    a noun through the prepositional phrases it sits in to the actor or the clause they hang on, not
    past another event ("had no contact during the visit": the visit is not the contact's)."""
    cur = noun
    for _ in range(8):
        head = cur.head
        if head.i == cur.i:
            return []
        if cur.dep_ == "pobj":
            if cur.i == noun.i and head.lower_ not in SCENE_PREPS:
                return []
        elif cur.dep_ == "prep" or cur.i != noun.i:
            if head.pos_ in ("VERB", "AUX"):
                return subject_of(head) if cur.dep_ in ("prep", "dobj") else []
            if head.pos_ == "PROPN" and (ids := resolve(head)):
                return ids
            if head.pos_ not in ("NOUN", "PROPN", "ADP") or lexicon.noun(head.lemma_) is not None:
                return []
        else:
            return []
        cur = head
    return []
