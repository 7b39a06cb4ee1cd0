"""Countries of people the text gives only indirectly: through whose official they are ("Trump's
Treasury Secretary"), their title's wording or body ("NATO spokesman"), the clause or scene they are
named in ("Ecuador will send X", "In Abuja, senator X said"), the sentences before ("Tehran condemned
it. Foreign Ministry spokesman X said"), and failing all those the dateline. A person the leaders table
knows has its country before these run (`known_people`): "Putin" is Russian wherever the story is filed.
"""

from __future__ import annotations

from spacy.tokens import Doc, Span, Token

from wirecoder.pipeline import coref, gazetteer, leader_homes
from wirecoder.pipeline.country_clues import dateline_country, modifier_country
from wirecoder.pipeline.extensions import token_actors
from wirecoder.pipeline.known_people import leader_of
from wirecoder.pipeline.owners import sentence_before, subject_before, title_owner
from wirecoder.pipeline.registry import ActorRegistry, Record

_SPOKESPEOPLE = {"spokesman", "spokeswoman", "spokesperson"}
# Offices held abroad: their holder is rarely of the dateline's country.
_ENVOYS = {"ambassador", "envoy", "chargé", "charge"}
_SCENE_PREPS = {"in", "from"}


def infer_countries(reg: ActorRegistry, doc: Doc) -> None:
    """Countries the text gives indirectly: possessors, title wording, lists of officials, the dateline."""
    people = [r for r in reg.records.values() if r.actor.kind == "person"]
    for _ in range(4):  # each pass may give a country the next pass passes on
        for rec in people:
            _passed_on(reg, rec)
    for rec in people:
        _read_off_text(reg, doc, rec)
    for rec in people:  # "His spokeswoman": the owner may have got a country only just now
        if not rec.actor.country and rec.possessor is not None and (owner := title_owner(reg, rec)) is not None:
            rec.actor.country = owner.actor.country
    home = dateline_country(doc, single=True) or _seat_home(reg, doc)
    for rec in [r for r in people if not _in_exile(doc, r)]:
        # wire copy quotes the dateline's own people unless it says otherwise
        if not rec.actor.country and home and rec.actor.sector != "IGO":
            rec.actor.country = home


def _passed_on(reg: ActorRegistry, rec: Record) -> None:
    """A country from the one whose official the person is, else from the title's wording."""
    _leader_of_possessed(reg, rec)
    if rec.actor.country:
        return
    if rec.possessor is not None:
        owner = title_owner(reg, rec)
        if owner and owner.actor.country:
            rec.actor.country = owner.actor.country
            return
        if owner and owner.actor.sector == "IGO":
            rec.actor.sector = "IGO"  # an international body's official has no country
            return
    for role in rec.actor.roles:
        found = gazetteer.title_country(role) or _org_country(role)
        if found:
            rec.actor.country = found
            return


def _read_off_text(reg: ActorRegistry, doc: Doc, rec: Record) -> None:
    """A country from the people and places the text names around the person."""
    if not rec.actor.country and not rec.actor.sector and any(
            (org := _role_org(role)) is not None and org.sector == "IGO" for role in rec.actor.roles):
        rec.actor.sector = "IGO"  # "the United Nations humanitarian chief": an international official
    if not rec.actor.country and rec.actor.sector != "IGO":
        rec.actor.country = coref.country_from_company(reg, doc, rec) or _clause_country(reg, doc, rec) \
            or _scene_country(doc, rec) or _envoy_country(doc, rec) or _spokesperson_country(reg, doc, rec) \
            or _ministry_country(reg, doc, rec) or leader_homes.reported_home(reg, doc, rec)


def _in_exile(doc: Doc, rec: Record) -> bool:
    """"Exiled opposition leader X": where the story is filed from says nothing of an exile's country."""
    for mention in rec.actor.mentions:
        span = doc.char_span(mention.start, mention.end, alignment_mode="expand")
        if span is not None and any(t.lower_ in ("exiled", "exile") for t in doc[max(0, span.start - 4) : span.end + 4]):
            return True
    return False


def _seat_home(reg: ActorRegistry, doc: Doc) -> str | None:
    """A story with no dateline whose seats of power ("Downing Street", "the Kremlin") all belong to one
    country is told from that country."""
    credits = doc._.credits
    if credits is not None and credits.dateline:
        return None
    found = {r.actor.country for r in reg.records.values() if r.key.startswith("seat:") and r.actor.mentions}
    return found.pop() if len(found) == 1 and None not in found else None


def _leader_of_possessed(reg: ActorRegistry, rec: Record) -> None:
    """"Trump's Treasury Secretary X": the possessor leads the government X serves."""
    if rec.possessor is None or not rec.actor.country or rec.actor.sector not in ("GOV", "MIL"):
        return
    if rec.counterpart is not None:
        return  # "his Greek counterpart": the other side
    if not rec.explicit_country and leader_of(rec) is not None:
        return  # a country from the leaders table says nothing of the owner's office: no role from it
    owner = title_owner(reg, rec)
    if owner is None or owner.actor.kind != "person":
        return
    if not owner.actor.country:
        owner.actor.country = rec.actor.country
    if not owner.actor.roles:
        reg.add_role(owner, gazetteer.leader_title(rec.actor.country))
        owner.actor.sector = owner.actor.sector or "GOV"


def _org_country(role: str) -> str | None:
    org = _role_org(role)
    return org.country if org else None


def _role_org(role: str) -> gazetteer.Org | None:
    """The organisation a role names ("United Nations humanitarian chief", "NATO spokesman"), longest first."""
    words = role.split()
    for n in range(min(len(words), 6), 0, -1):
        for i in range(len(words) - n + 1):
            if words[i][:1].isupper() and (org := gazetteer.organization(" ".join(words[i : i + n]))) is not None:
                return org
    return None


def _spokesperson_country(reg: ActorRegistry, doc: Doc, rec: Record) -> str | None:
    """"In Moscow, the Kremlin backed Belgrade. Spokesman X said ...", "Tehran condemned it. Foreign Ministry
    spokesman X said ...": a spokesperson of no country speaks for the one the sentence before is about."""
    if rec.possessor is not None or not rec.actor.roles or any(r.lower().split()[-1] not in _SPOKESPEOPLE
                                                               for r in rec.actor.roles):
        return None
    first = min(rec.actor.mentions, key=lambda m: m.start)
    if first.how != "title" or not doc[rec.first].is_sent_start:
        return None  # only "Spokesman X said" opening its sentence leans on the sentence before
    owner = subject_before(reg, doc[rec.first], rec)
    return owner.actor.country if owner is not None else None


def _envoy_country(doc: Doc, rec: Record) -> str | None:
    """The country told where the text names the office without the name: anywhere for an envoy ("Indonesia
    summoned China's ambassador ... Ambassador Zhou"), else just before the name ("Tajikistan's president
    answered within hours. ... President X said")."""
    words = {role.split()[-1].lower() for role in rec.actor.roles if role.split()}
    if not words:
        return None
    first = min((m.start for m in rec.actor.mentions if m.how == "name"), default=None)
    span = doc.char_span(first, first + 1, alignment_mode="expand") if first is not None else None
    if span is None:
        return None
    sent = span[0].sent
    near = range(sentence_before(doc, sent.start), span.start)
    index = _word_index(doc)
    found = {c for tok in (doc[i] for w in words for i in index.get(w, ())) if (
                 set(tok._.actors) == {rec.actor.id} or (not tok._.actors and (words & _ENVOYS or tok.i in near)))
             for c in [modifier_country(tok)] if c}
    return found.pop() if len(found) == 1 else None


def _word_index(doc: Doc) -> dict[str, list[int]]:
    """Lower-cased word → its token indices (built once per doc: the country readers look words up often)."""
    cached = doc.user_data.get("wirecoder.word_index")
    if isinstance(cached, dict):
        return cached
    index: dict[str, list[int]] = {}
    for tok in doc:
        index.setdefault(tok.lower_, []).append(tok.i)
    doc.user_data["wirecoder.word_index"] = index
    return index


def _ministry_country(reg: ActorRegistry, doc: Doc, rec: Record) -> str | None:
    """"Kyrgyzstan's defence ministry described the attack ... Defence Minister X called it": a minister
    takes the country of the ministry of that portfolio named just before."""
    portfolios = {" ".join(words[:-1]).lower() for role in rec.actor.roles
                  if len(words := role.split()) > 1 and words[-1].lower() == "minister"}
    first = doc[rec.first]
    if not portfolios:
        return None
    lo = sentence_before(doc, first.sent.start)
    ids = token_actors(doc)
    found = {other.actor.country for i in range(lo, first.i) for a in ids.get(i, ())
             if (other := reg.records.get(a)) is not None and other.actor.kind == "organization" and other.actor.country
             and any(f"{p} ministry" in other.actor.name.lower() for p in portfolios)}
    return found.pop() if len(found) == 1 else None


def _scene_country(doc: Doc, rec: Record) -> str | None:
    """"In Abuja, opposition senator X said ...": a sentence opened by where it happens places the people
    it names there."""
    first = min((m for m in rec.actor.mentions if m.how == "name"), key=lambda m: m.start, default=None)
    span = doc.char_span(first.start, first.end, alignment_mode="expand") if first else None
    if span is None:
        return None
    sent = span.sent
    if sent[0].lower_ not in _SCENE_PREPS:
        return None
    comma = next((t.i for t in sent if t.text == ","), None)
    if comma is None or comma > span.start or comma - sent.start > 4:
        return None
    place = doc[sent.start + 1 : comma].text
    found = gazetteer.country(place)
    return found.alpha3 if found else gazetteer.capital(place) or gazetteer.city(place)


def _clause_country(reg: ActorRegistry, doc: Doc, rec: Record) -> str | None:
    """"Ecuador will send Foreign Minister X", "X will lead Colombia's delegation": one country in the clause."""
    if rec.actor.sector not in ("GOV", "MIL"):
        return None
    found: set[str] = set()
    for mention in rec.actor.mentions:
        span = doc.char_span(mention.start, mention.end, alignment_mode="expand") if mention.how == "name" else None
        if span is not None:
            found |= _clause_countries(reg, span)
    return found.pop() if len(found) == 1 else None


def _clause_countries(reg: ActorRegistry, span: Span) -> set[str]:
    """The countries named in the clause of the name `span`: as object, in its subject ("Ecuador will send
    X"); as subject, in an owner of its object ("X will lead Colombia's delegation"), never the object
    itself ("X accused Kabul")."""
    verb = span.root.head
    if span.root.dep_ == "pobj" and verb.dep_ == "agent":
        verb = verb.head  # "Tajikistan will be represented by X": the passive's agent, as object
    if verb.pos_ not in ("VERB", "AUX"):
        return set()
    as_subject = span.root.dep_ in ("nsubj", "nsubjpass")
    found: set[str] = set()
    for child in verb.children:
        for tok in (t for s in _scope(child, span, as_subject) for t in s.subtree):
            for actor_id in tok._.actors:
                other = reg.records.get(actor_id)
                if other and other.actor.kind == "country" and other.actor.country:
                    found.add(other.actor.country)
    return found


def _scope(child: Token, span: Span, as_subject: bool) -> list[Token]:
    """Where in the verb's `child` to look for the clause's country."""
    if child.dep_ not in ("nsubj", "nsubjpass", "dobj") or child.i in range(span.start, span.end):
        return []
    if as_subject and child.dep_ == "dobj":
        return [c for c in child.children if c.dep_ == "poss"]
    if not as_subject and child.dep_ in ("nsubj", "nsubjpass"):
        return [child]
    return []
