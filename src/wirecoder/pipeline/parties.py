"""Political parties as actors: "Labour", "the Conservatives", "the Social Democrats", "the ruling party".

Called by the actors stage once names are read (`add_parties(reg, doc)`). NER tags party names as
organisations, nationalities or nothing at all, and a name such as "Labour" or "the Social Democrats"
belongs to parties in several countries: the knowledge table (knowledge/parties.py) lists them, and the
story's own country decides whose party it is. A party described by its place ("the ruling party",
"the main opposition party") is the story's country's; so is a party named beside such a description
("opposition party X", "X, the main opposition party,") that no table gave a country.
"""

from __future__ import annotations

from spacy.tokens import Doc, Span, Token

from wirecoder.knowledge import parties
from wirecoder.pipeline import gazetteer
from wirecoder.pipeline.extensions import excluded_ids
from wirecoder.pipeline.registry import ActorRegistry, Record
from wirecoder.pipeline.unnamed_sources import home_country

_PARTY_NOUNS = frozenset(["party", "parties"])


def add_parties(reg: ActorRegistry, doc: Doc) -> None:
    home = home_country(doc, [r.actor for r in reg.records.values()])
    _parties_read_as_people(reg)
    _named_parties(reg, doc, home)
    _described_parties(reg, doc, home)
    _party_people(reg, home)


def _parties_read_as_people(reg: ActorRegistry) -> None:
    """"Georgian Dream accused ...": a party of the organisation table that NER took for a person."""
    for rec in reg.records.values():
        org = gazetteer.organization(rec.actor.name) if rec.actor.kind == "person" else None
        if org is not None and org.sector == "PTY":
            rec.actor.kind, rec.actor.name, rec.actor.country, rec.actor.sector = (
                "organization", org.name, org.country, org.sector)
            rec.actor.roles = []


# -- parties named by a shared name -----------------------------------------------------------------

def _named_parties(reg: ActorRegistry, doc: Doc, home: str | None) -> None:
    excluded = excluded_ids(doc)
    i = 0
    while i < len(doc):
        found = _party_at(doc, i)
        if found is None or i in excluded:
            i += 1
            continue
        length, party = found
        country = parties.country_for(party, home)
        span = doc[i : i + length]
        taken = [reg.records[a] for a in dict.fromkeys(a for t in span for a in t._.actors) if a in reg.records]
        for rec in taken:
            if rec.actor.kind == "organization" and rec.actor.name == span.text:
                # "the Conservatives" NER read as an organisation of no country
                rec.actor.country = rec.actor.country or country
                rec.actor.sector = rec.actor.sector or "PTY"
            elif _misread(rec, span):
                _release(reg, rec, span)
        if all(not t._.actors for t in span):
            rec = reg.add(f"party:{party.name.lower()}@{country}", party.name, "organization", i, country, "PTY")
            reg.mention(rec, span, "name")
        i += length


def _misread(rec: Record, span: Span) -> bool:
    """"Labour" NER took for a person, "Democrats" read alone inside "the Liberal Democrats": a record
    that is the party's name as a person, or a shorter name inside it."""
    if rec.actor.kind == "person":
        return rec.actor.name == span.text
    inside = [i for i in rec.token_ids if span.start <= i < span.end]
    return bool(inside) and len(inside) < len(span)


def _release(reg: ActorRegistry, rec: Record, span: Span) -> None:
    """Take a record's mention off the span's tokens; a record left with no mention goes."""
    if rec.actor.kind == "person":
        reg.remove(rec)  # every mention of a party's name read as a person's
        return
    rec.actor.mentions = [m for m in rec.actor.mentions if not span.start_char <= m.start < span.end_char]
    for tok in span:
        tok._.actors = tuple(a for a in tok._.actors if a != rec.actor.id)
        rec.token_ids.discard(tok.i)
    if not rec.actor.mentions:
        reg.remove(rec)


def _party_at(doc: Doc, i: int) -> tuple[int, parties.Party] | None:
    """The longest party name starting at token i, not part of a longer name ("Sweden Democrats",
    "Labour Day")."""
    if not parties.may_start(doc[i].text):
        return None
    if i > 0 and doc[i - 1].text[:1].isupper() and doc[i - 1].lower_ != "the" and not doc[i - 1].is_sent_start:
        return None
    for length in range(parties.MAX_WORDS, 0, -1):
        words = tuple(t.text for t in doc[i : i + length])
        found = parties.party(words) if len(words) == length else None
        if found is None:
            continue
        after = doc[i + length] if i + length < len(doc) else None
        if after is not None and after.text[:1].isupper() and after.pos_ == "PROPN" and not after._.actors:
            return None
        return length, found
    return None


def _party_people(reg: ActorRegistry, home: str | None) -> None:
    """"Labour leader Tom Hale", "Conservative lawmaker X": a role naming a party gives its country."""
    for rec in reg.records.values():
        if rec.actor.kind != "person" or rec.actor.country:
            continue
        found = next((p for role in rec.actor.roles if (p := _party_in(role.split())) is not None), None)
        if found is not None:
            rec.actor.country = parties.country_for(found, home)


def _party_in(words: list[str]) -> parties.Party | None:
    for n in range(min(len(words), parties.MAX_WORDS), 0, -1):
        for i in range(len(words) - n + 1):
            if (found := parties.party(tuple(words[i : i + n]))) is not None:
                return found
    return None


# -- parties described by their place --------------------------------------------------------------

def _described_parties(reg: ActorRegistry, doc: Doc, home: str | None) -> None:
    for tok in doc:
        if tok.lemma_.lower() not in _PARTY_NOUNS or tok._.excluded:
            continue
        place = next((c for c in tok.lefts if c.dep_ in ("amod", "compound") and parties.party_sector(c.text)), None)
        if place is None:
            continue
        _drop_word_actor(reg, place)  # "opposition" read alone as a body of its own
        named = tok if tok._.actors else _named_beside(tok, place)
        if named is not None:
            for rec in (reg.records[a] for a in named._.actors if a in reg.records):
                if rec.actor.kind == "organization":
                    rec.actor.country = rec.actor.country or home
                    rec.actor.sector = rec.actor.sector or parties.party_sector(place.text)
            continue
        if tok.tag_ == "NNS" or not any(c.dep_ == "det" and c.lower_ == "the" for c in tok.lefts):
            continue  # "opposition parties", "an opposition party": no one party
        name = f"{place.lower_} party"
        rec = reg.add(f"party:{name}@{home}", name, "organization", place.i, home, parties.party_sector(place.text))
        reg.mention(rec, doc[place.i : tok.i + 1], "description")


def _drop_word_actor(reg: ActorRegistry, word: Token) -> None:
    for rec in [reg.records[a] for a in word._.actors if a in reg.records]:
        if rec.token_ids <= {word.i}:
            reg.remove(rec)


def _named_beside(noun: Token, place: Token) -> Token | None:
    """The party a description names: "opposition party X", "X, the main opposition party,", "the
    opposition Tehreek-e-Awam party"."""
    doc = noun.doc
    inside = next((t for t in doc[place.i + 1 : noun.i] if t._.actors or t.pos_ == "PROPN"), None)
    if inside is not None:
        return inside
    if noun.i + 1 < len(doc) and doc[noun.i + 1]._.actors:
        return doc[noun.i + 1]
    if noun.dep_ == "appos" and noun.head._.actors:
        return noun.head
    return None
