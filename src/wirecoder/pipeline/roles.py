"""Titles, roles and countries around a name: "Russian President X", "X, the Treasury Secretary".

Each reader takes the doc and a name span and returns what the words around it say: a role as
written, a country read off a demonym or country name, a possessor ("Trump's Treasury Secretary").
"""

from __future__ import annotations

from dataclasses import dataclass

from spacy.tokens import Doc, Span, Token

from wirecoder.knowledge import titles
from wirecoder.names import HONORIFICS
from wirecoder.pipeline import gazetteer
from wirecoder.pipeline.extensions import token_actors

MAX_TITLE_WORDS = 7
_LINKS = {"of", "for", "the", "on", "and"}
_POSSESSIVE = {"'s", "’s", "'", "’"}


@dataclass
class Context:
    role: str | None = None
    country: str | None = None
    possessor: int | None = None  # token index of the possessor's name ("Trump" in "Trump's")
    start: int | None = None  # token index where the title phrase starts
    org: str | None = None  # an organisation named in the title ("CIA Director")
    appositive: bool = False  # read from an apposition, not from words before the name
    sector: str | None = None  # set when the title's body decides it ("EU Trade Commissioner": IGO)
    end: int | None = None  # token index after an appositive title noun


def country_of_word(text: str) -> str | None:
    """A demonym, a country name or a capital's country."""
    return gazetteer.demonym(text) or (c.alpha3 if (c := gazetteer.country(text)) else None)


def _title_words(doc: Doc, end: int) -> list[Token]:
    """The run of words just before token `end` that could belong to a title phrase."""
    run: list[Token] = []
    i = end - 1
    while i >= 0 and len(run) < MAX_TITLE_WORDS:
        tok = doc[i]
        glued = tok.text in ("-", "–") and not tok.whitespace_ and i > 0 and not doc[i - 1].whitespace_
        glued = glued or (tok.text == "." and i > 0 and not doc[i - 1].whitespace_ and _abbreviated_rank(doc[i - 1].text))
        if glued:  # "Secretary-General": the hyphen holds the title together
            run.insert(0, tok)
            i -= 1
            continue
        if tok._.excluded or tok.is_punct or tok.is_space or tok.text in _POSSESSIVE or "\n" in tok.whitespace_:
            break
        if tok.pos_ in ("VERB", "AUX", "PRON", "NUM", "ADP") and tok.lower_ not in _LINKS:
            break
        if tok.lower_ in ("a", "an", "the") or (tok.pos_ == "DET"):
            break
        run.insert(0, tok)
        i -= 1
    return run


def pre_title(doc: Doc, name: Span) -> Context:
    """Read a title phrase written before a name: "Middle East envoy X", "Trump's Treasury Secretary X"."""
    run = _title_words(doc, name.start)
    honorifics: list[Token] = []
    while run and (_abbreviated_rank(run[-1].text) or (run[-1].text == "." and len(run) > 1)):
        honorifics.insert(0, run.pop())  # "Defense Minister Gen. X": the rank sits between title and name
    best = _best_title(run)
    if best.role and (rank := _rank_words(run)):
        before = _best_title(run[:-rank])  # "deputy defence minister Major General X": the office, then the rank
        if before.role:
            best = before
    if not best.role and honorifics:
        best = Context(role=doc[honorifics[0].i : honorifics[-1].i + 1].text, start=honorifics[0].i)
    if best.role and best.start is not None:
        pos = best.start - 1
        if pos >= 1 and doc[pos].text in _POSSESSIVE:
            owner = doc[pos - 1]
            found = country_of_word(owner.text)
            if found and not best.country:
                best.country = found
            elif owner.text[:1].isupper():
                best.possessor = owner.i
    return best


def _best_title(run: list[Token]) -> Context:
    """The longest end of `run` that reads as a title phrase."""
    best = Context()
    for k in range(1, len(run) + 1):
        words = run[-k:]
        if words[0].lower_ in _LINKS:
            continue
        ctx = _read_title(words)
        if ctx.role:
            best = ctx
    return best


def _rank_words(run: list[Token]) -> int:
    """How many words at the end of `run` make a military rank in full ("Major General"); 0 for none."""
    for k in (3, 2, 1):
        if len(run) <= k or not all(t.text[:1].isupper() for t in run[-k:]):
            continue
        text = " ".join(t.text for t in run[-k:]).lower()
        wider = " ".join(t.text for t in run[-k - 1 :]).lower()  # "Secretary General", "Attorney General"
        if text in titles.title_heads() and titles.title_sector(text.split()) == "MIL" \
                and not (titles.is_person_title(wider) and titles.title_sector(wider.split()) != "MIL"):
            return k
    return 0


def _abbreviated_rank(text: str) -> bool:
    """"Gen.", "Brig.", "Mr": short ranks and honorifics, not full titles like "President"."""
    return text.rstrip(".").lower() in HONORIFICS and titles.is_honorific(text)


def _read_title(words: list[Token]) -> Context:
    """Leading demonyms/countries give the country; the rest must be a title."""
    country = None
    org = None
    i = 0
    while i < len(words) - 1:
        found = country_of_word(words[i].text)
        if not found and i + 1 < len(words) - 1:
            found = country_of_word(f"{words[i].text} {words[i + 1].text}")
            if found:
                i += 1
        if not found:
            break
        country = found
        i += 1
    rest = words[i:]
    text = rest[0].doc[rest[0].i : rest[-1].i + 1].text if rest else ""
    sector = None
    if not rest or not gazetteer.is_title(text):
        # "CIA Director", "EU Trade Commissioner", "Commerce Ministry spokeswoman": a body, then a title
        cut = next((k for k in range(1, len(rest)) if gazetteer.is_title(" ".join(t.text for t in rest[k:]))), None)
        if cut is None:
            return Context()
        body = " ".join(t.text for t in rest[:cut])
        org_found = gazetteer.organization(body)
        seat = gazetteer.seat(body)
        institutional = rest[cut - 1].lemma_.lower() in gazetteer.agent_nouns() or body.isupper()
        if not (org_found or institutional or seat):
            return Context()
        if seat:
            country = country or seat.country
        if org_found:
            org = body
            country = country or org_found.country
            sector = org_found.sector if org_found.sector == "IGO" else None
    elif len(rest) > 1 and (lead := gazetteer.organization(rest[0].text)) is not None:
        org, country = rest[0].text, country or lead.country  # "EU Trade Commissioner": the EU's
        sector = lead.sector if lead.sector == "IGO" else None
    return Context(role=text, country=country, start=rest[0].i if country is None else words[0].i, org=org,
                   sector=sector)


def country_after(name: Span) -> str | None:
    """"President X of Tanzania", "Foreign Minister X of the Netherlands": a country hung on the name."""
    for prep in name.root.children:
        if prep.dep_ == "prep" and prep.lower_ == "of" and prep.i == name.end:
            for obj in prep.children:
                if obj.dep_ == "pobj":
                    words = [t for t in obj.subtree if t.dep_ != "det"]
                    return country_of_word(" ".join(t.text for t in words)) or country_of_word(obj.text)
    return None


def apposition(doc: Doc, name: Span) -> Context:
    """"X, the Treasury Secretary," and "Trump's predecessor, X": a title noun in apposition."""
    head = name.root
    nouns = [c for c in head.children if c.dep_ == "appos" and c.i >= name.end]
    if head.dep_ == "appos" and head.head.i < name.start:
        nouns.append(head.head)
        if head.head.dep_ == "pobj" and head.head.head.dep_ == "prep" and head.head.head.head.i < name.start:
            nouns.append(head.head.head.head)  # "Its chief in Sudan, X": the parser hung X on the place
    comma = name.start - 1
    while comma > 0 and (_abbreviated_rank(doc[comma].text) or doc[comma].text == "."):
        comma -= 1  # "the RSF commander, Gen. X": a rank between the comma and the name
    if comma >= 1 and doc[comma].text == "," and doc[comma - 1] not in nouns and (
            name.end >= len(doc) or doc[name.end].text in (",", ".", ";")):
        nouns.append(doc[comma - 1])  # "met his Bolivian counterpart, X, in ...": an apposition the parser missed
    for noun in nouns:
        if noun.pos_ not in ("NOUN", "PROPN") or noun.ent_type_ in ("PERSON", "GPE"):
            continue
        ctx = _noun_phrase_title(doc, noun)
        if ctx.role:
            ctx.appositive, ctx.end = True, noun.i + 1
            return ctx
    return Context()


# Verbs of holding an office, in a relative clause on a name ("X, who chairs the committee"), and the
# office noun they make.
_OFFICE_VERBS = {"chair": "chair", "head": "head", "lead": "leader", "command": "commander", "direct": "director",
                 "govern": "governor", "run": "head"}


def relative_office(doc: Doc, name: Span) -> Context:
    """"X, who chairs the home affairs committee,": the office a relative clause gives the name."""
    for rel in name.root.children:
        if rel.dep_ != "relcl" or rel.i < name.end or rel.lemma_.lower() not in _OFFICE_VERBS:
            continue
        if not any(c.dep_ == "nsubj" and c.lower_ == "who" for c in rel.children):
            continue
        obj = next((c for c in rel.children if c.dep_ == "dobj"), None)
        if obj is None:
            continue
        phrase = doc[obj.left_edge.i : obj.right_edge.i + 1]
        noun = _OFFICE_VERBS[rel.lemma_.lower()]
        role = f"{noun} of {phrase.text}" if len(phrase) <= 6 else noun
        country = next((c for t in phrase if t.text[:1].isupper() and (c := country_of_word(t.text))), None)
        return Context(role=role, country=country, appositive=True)
    return Context()


# Endings of nouns that name what a person does ("virologist", "historian", "technician"), for the
# words no title table lists; read only in an apposition to a name.
_AGENT_ENDINGS = ("ologist", "ist", "ician", "ian", "grapher", "nomist")
_NOT_AGENTS = {"list", "twist", "wrist", "fist", "mist", "gist", "exist", "assist", "insist", "resist", "persist",
               "consist", "median", "guardian", "civilian", "christian", "asian", "russian", "indian", "canadian"}


def _agent_noun(noun: Token) -> bool:
    word = noun.lower_
    return (noun.pos_ == "NOUN" and len(word) >= 6 and word.endswith(_AGENT_ENDINGS) and word not in _NOT_AGENTS
            and noun.lemma_.lower() not in _NOT_AGENTS)


# Nouns that name again an organisation just named: "the bloc's commission president".
BODY_NOUNS = {"bloc", "alliance", "organisation", "organization", "agency", "body", "union", "commission",
              "committee", "council", "court", "group", "coalition", "fund", "bank", "tribunal"}


def _noun_phrase_title(doc: Doc, noun: Token) -> Context:
    mods = [c for c in noun.lefts if c.dep_ in ("compound", "amod", "nmod")]
    start = min([noun.i, *(m.left_edge.i for m in mods)])  # "Foreign Ministry spokeswoman", whole
    words = list(doc[start : noun.i + 1])
    while len(words) > 1 and (words[0].like_num or words[0].lower_ in _AGE_WORDS):
        words.pop(0)  # "a 23-year-old medical student": the age is no part of the role
    start = words[0].i
    tail = [c for c in noun.rights if c.dep_ == "prep" and c.lower_ in ("of", "for")]
    ctx = _read_title(words)
    if not ctx.role and not gazetteer.is_title_head(noun.lemma_) and not _agent_noun(noun):
        return Context()
    role = ctx.role or " ".join(t.text for t in words)
    # "a former Norwegian development minister": a demonym inside the phrase still says whose office
    country = ctx.country or next((c for t in words[:-1] if t.text[:1].isupper() and (c := country_of_word(t.text))), None)
    possessor = None
    for child in noun.lefts:
        if child.dep_ == "poss":
            found = country_of_word(child.text) or _seat_country(doc, child) or _the_country(doc, child) or next(
                (c for g in child.lefts if g.dep_ in ("compound", "amod") and (c := _seat_country(doc, g) or
                                                                              country_of_word(g.text))), None)
            if found:
                country = country or found
            elif child.text[:1].isupper() or child.lower_ in ("his", "her", "its") or child.lemma_.lower() in BODY_NOUNS \
                    or gazetteer.is_title_head(child.lemma_):
                possessor = child.i  # a name, a pronoun, "the bloc" or "the president" the actors stage resolves
    for prep in tail:
        for obj in prep.children:
            if obj.dep_ == "pobj":
                before = [t.text for t in obj.subtree if t.i < obj.i]
                found = country_of_word(obj.text) or _seat_country(doc, obj) or next(
                    (c for m in before if (c := country_of_word(m))), None)
                if found:
                    country = country or found
                elif prep.lower_ == "for" and obj.ent_type_ == "PERSON" and possessor is None:
                    possessor = obj.i  # "a spokeswoman for President X": X's office, X's country
                elif prep.lower_ == "of" and role.lower() == noun.text.lower() and noun.lemma_.lower() in _OF_ROLES:
                    # "the head of the Ennahda party", "minister of defence": the office is in its complement
                    phrase = [t for t in obj.subtree if t.dep_ not in ("punct", "cc", "conj") and t.i > prep.i]
                    if phrase and len(phrase) <= 6 and phrase[-1].i - prep.i == len(phrase):
                        role = f"{role} of {doc[phrase[0].i : phrase[-1].i + 1].text}"
    return Context(role=role, country=country, possessor=possessor, start=start)


_AGE_WORDS = {"-", "year", "years", "month", "months", "old", "aged"}


# Heads whose office is named in an "of" complement ("head of the party", "speaker of parliament").
_OF_ROLES = {"head", "chief", "leader", "director", "minister", "secretary", "speaker", "member", "president",
             "chairman", "chairwoman", "chair", "governor", "commander", "founder", "mayor", "spokesman",
             "spokeswoman", "spokesperson", "deputy", "commissioner"}


def _the_country(doc: Doc, tok: Token) -> str | None:
    """"the country's finance minister": the country named last before it."""
    if tok.lower_ != "country" or not any(c.lower_ == "the" for c in tok.lefts):
        return None
    reg = doc._.registry
    if reg is None:
        return None
    ids = token_actors(doc)
    for i in range(tok.i - 1, -1, -1):
        for actor_id in ids.get(i, ()):
            rec = reg.records.get(actor_id)
            if rec is not None and rec.actor.kind == "country":
                return str(rec.actor.country) if rec.actor.country else None
    return None


def _seat_country(doc: Doc, tok: Token) -> str | None:
    """The country of an organisation or seat of power the token names ("a spokesman for the Kremlin")."""
    reg = doc._.registry
    for actor_id in tok._.actors:
        rec = reg.records.get(actor_id) if reg is not None else None
        if rec is not None and rec.actor.kind != "person" and rec.actor.country:
            return str(rec.actor.country)
    seat = gazetteer.seat(tok.text)
    return seat.country if seat else None
