"""Collective agents tied to a country: "Russian troops", "Ukraine's foreign ministry", "the police",
"Egyptian and Sudanese officials" (one body of each country), "Gunmen" who act with no country.
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from wirecoder import names
from wirecoder.knowledge import lexicon
from wirecoder.knowledge.speech import is_reporting
from wirecoder.pipeline import gazetteer, roles
from wirecoder.pipeline.country_clues import (
    NATIONAL_BODIES,
    actor_country,
    dateline_country,
    modifier_country,
)
from wirecoder.pipeline.docview import tokens_tagged
from wirecoder.pipeline.extensions import excluded_ids, token_actors
from wirecoder.pipeline.registry import ActorRegistry, Record

# Craft an agent is named on ("a Chinese coast guard vessel"): the demonym on the craft is the agent's.
_CRAFT = {"vessel", "ship", "boat", "cutter", "aircraft", "plane", "helicopter", "vehicle", "jet", "drone", "patrol"}


def agents(reg: ActorRegistry, doc: Doc) -> None:
    """Collective agents tied to a country: "Russian troops", "Ukraine's foreign ministry", "the police"."""
    table = gazetteer.agent_nouns()
    home = dateline_country(doc)
    excluded, ids = excluded_ids(doc), token_actors(doc)
    for tok in tokens_tagged(doc, ("NOUN", "PROPN")):
        if tok.i in ids or tok.i in excluded or tok.pos_ not in ("NOUN", "PROPN"):
            continue
        lemma = names.singular(tok.lower_) if tok.pos_ == "PROPN" else tok.lemma_.lower()
        entry = table.get(lemma)
        if not entry or tok.lemma_.startswith("_") or _not_a_body(tok, entry, ids) or _sides_of(reg, tok, entry):
            continue
        country = modifier_country(tok) or (_its_country(tok) if entry["sector"] in ("MIL", "COP", "GOV") else None) \
            or _craft_country(tok)
        if _possessor_person(tok) is not None or _names_a_person(tok):
            continue  # "Zelenskiy's office" (the person's), "China's top diplomat, Wang Yi" (a title)
        if country is None and _the_home_body(tok, lemma, entry["sector"]):
            country = home  # wire style: "the foreign ministry said", "protesters", "security forces": the dateline's
        if country is None and not _acts_without_country(tok, entry["sector"]):
            continue  # officials need a country; armed men with none only when they act
        _add_agent(reg, tok, entry, country)


def _not_a_body(tok: Token, entry: dict[str, str], ids: dict[int, tuple[str, ...]]) -> bool:
    if entry.get("modified") and tok.tag_ not in ("NNS", "NNPS") and not any(
            c.dep_ in ("compound", "amod") for c in tok.lefts):
        return True  # "will not lower its guard": a word that names a body only as "coast guard", "guards"
    # "M23 fighters", "the group's militants": the named group stands for them
    return any(c.i in ids for c in tok.lefts if c.dep_ in ("compound", "poss", "nmod")) and modifier_country(tok) is None


def _the_home_body(tok: Token, lemma: str, sector: str) -> bool:
    """A body the story's own country is meant to have when the text names none."""
    return (_definite(tok) and lemma in NATIONAL_BODIES) or sector in ("CVL", "COP", "OPP", "LAB", "EDU", "HLH") \
        or _state_forces(tok)


def _acts_without_country(tok: Token, sector: str) -> bool:
    return _unaffiliated_doer(tok, sector) or tok.lower_ in ("police", "protesters", "demonstrators", "rebels", "militants")


def _add_agent(reg: ActorRegistry, tok: Token, entry: dict[str, str], country: str | None) -> None:
    doc = tok.doc
    mods = [c for c in tok.lefts if (c.dep_ in ("amod", "compound", "poss") and c.pos_ != "PRON")
            or (c.dep_ == "nmod" and roles.country_of_word(c.text))]  # "the Emirati foreign ministry"
    if _craft_country(tok):
        mods += [c for c in tok.head.lefts if c.dep_ == "amod" and c.i < tok.i and roles.country_of_word(c.text)]
    start = min([tok.i, *(m.left_edge.i for m in mods)])  # "Ivory Coast's interior ministry", whole
    span = doc[start : tok.i + 1]
    sector = entry["sector"]
    words = [t.lemma_.lower() for t in span if not roles.country_of_word(t.text) and t.dep_ != "case"]
    key = f"agent:{country}:{' '.join(words)}"
    name = span.text  # "Russian troops", "Masked attackers", "suicide bomber"
    rec = reg.add(key, name, entry["kind"], tok.i, country, sector)  # type: ignore[arg-type]
    reg.mention(rec, span, "description")


def _sides_of(reg: ActorRegistry, tok: Token, entry: dict[str, str]) -> bool:
    """"Egyptian and Sudanese officials", "U.S. and Iranian negotiators": one body of each country, both
    standing for the phrase (so "held talks" is between them)."""
    first = next((c for c in tok.lefts if c.dep_ in ("amod", "compound", "nmod") and
                  any(k.dep_ == "conj" for k in c.children)), None)
    words = [first, *(k for k in first.subtree if k.dep_ == "conj")] if first is not None else []
    countries = [(w, roles.country_of_word(w.text)) for w in words]
    if len(countries) < 2 or any(c is None for _, c in countries) or len({c for _, c in countries}) < 2:
        return False
    span = tok.doc[words[0].i : tok.i + 1]
    ids = []
    for word, country in countries:
        rec = reg.add(f"agent:{country}:{tok.lemma_.lower()}", f"{word.text} {tok.text}",
                      entry["kind"], tok.i, country, entry["sector"])  # type: ignore[arg-type]
        reg.mention(rec, span, "description")
        ids.append(rec.actor.id)
    for t in span:
        t._.actors = tuple(ids)
    return True


def _unaffiliated_doer(tok: Token, sector: str) -> bool:
    """"Gunmen killed five people", "an attack by jihadists": armed men or criminals no country owns, as
    the doers of the sentence (not "killing eight fighters", not "the rebel group", not "their fighters")."""
    if sector not in ("REB", "CRM") or tok.dep_ == "compound":
        return False
    if tok.lemma_.lower() in lexicon.words("assailant_nouns") or names.singular(tok.lower_) in lexicon.words("assailant_nouns"):
        return False  # attackers: the events stage gives them the country they strike in, or whoever claims them
    if any(c.dep_ == "poss" for c in tok.children):
        return False
    return tok.dep_ in ("nsubj", "nsubjpass") or (tok.dep_ == "pobj" and tok.head.lower_ == "by")


def _state_forces(tok: Token) -> bool:
    """"security forces", "government troops": the state's own armed men, whoever's dateline it is."""
    return tok.lemma_.lower() in ("force", "troop", "troops", "soldier") and any(
        c.lower_ in ("security", "government", "state", "federal", "national") for c in tok.lefts)


def _definite(tok: Token) -> bool:
    if tok.lower_ in ("authorities", "police"):
        return True
    return tok.tag_ != "NNS" and any(c.dep_ == "det" and c.lower_ == "the" for c in tok.lefts)


def _craft_country(tok: Token) -> str | None:
    if tok.dep_ != "compound" or tok.head.lemma_.lower() not in _CRAFT:
        return None
    return modifier_country(tok.head)


def _its_country(tok: Token) -> str | None:
    """"prompting Belgrade to put its army on alert": "its" is the country named last before it in the sentence."""
    if not any(c.dep_ == "poss" and c.lower_ == "its" for c in tok.lefts):
        return None
    for prev in reversed(tok.doc[tok.sent.start : tok.i]):
        if (found := actor_country(prev)) is not None:
            return found
    return None


def _names_a_person(tok: Token) -> bool:
    """A noun in apposition with a person's name is that person's title."""
    near = [c for c in tok.children if c.dep_ == "appos"]
    if tok.dep_ == "appos":
        near.append(tok.head)
    reg = tok.doc._.registry
    for other in near:
        for actor_id in other._.actors:
            rec = reg.records.get(actor_id) if reg is not None else None
            if rec is not None and rec.actor.kind == "person":
                return True
    return False


def _possessor_person(tok: Token) -> Token | None:
    """"Zelenskiy's office": a possessor NER calls a person and the tables do not call a country."""
    for child in tok.lefts:
        if child.dep_ == "poss" and child.ent_type_ == "PERSON" and not actor_country(child):
            return child
    return None


def speakers_own_bodies(reg: ActorRegistry, doc: Doc) -> None:
    """"X's spokesman said the government respects ...": a bare "the government" in what a foreign official
    reports is that official's government, not the dateline's (the country it took by default)."""
    home = dateline_country(doc)
    for rec in [r for r in reg.records.values() if r.key.startswith(f"agent:{home}:")]:
        if len(rec.actor.mentions) != 1 or rec.actor.kind != "organization":
            continue
        span = doc.char_span(rec.actor.mentions[0].start, rec.actor.mentions[0].end, alignment_mode="expand")
        if span is None or len(span) != 1 or not _definite(span.root) or span.root.lemma_.lower() not in NATIONAL_BODIES:
            continue
        speaker = _reporting_person(span.root)
        if speaker is not None and speaker.actor.country and speaker.actor.country != home:
            rec.actor.country = speaker.actor.country


def _reporting_person(tok: Token) -> Record | None:
    """The person whose reported clause `tok` lies in ("X said that ... tok ...")."""
    reg = tok.doc._.registry
    node = tok
    while node.head.i != node.i:
        if node.dep_ == "ccomp" and is_reporting(node.head.lemma_):
            subj = next((c for c in node.head.children if c.dep_ in ("nsubj", "nsubjpass")), None)
            marks = token_actors(tok.doc)
            ids = () if subj is None else marks.get(subj.i) or next(
                (marks[c.i] for c in subj.children if c.dep_ in ("appos", "compound", "flat") and c.i in marks), ())
            found = [reg.records[a] for a in ids if a in reg.records]
            return found[0] if found and found[0].actor.kind == "person" else None
        node = node.head
    return None
