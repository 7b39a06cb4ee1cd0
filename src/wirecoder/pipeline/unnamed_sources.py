"""Unnamed sources as speakers: "sources said", "a senior Iraqi official said", "Western diplomats said",
and the speaker a headline describes ("'We will not surrender,' says Sudanese general").

Wire copy cites people it does not name. Where the actors stage left such a phrase alone (it keeps only
agents tied to a country), `anonymous_source(subj)` gives it a group actor of its own, named by the
phrase without its determiners and numbers ("Western diplomats", "security sources"), with the country
the phrase gives ("Iraqi", "sources in Baghdad") and the sector the agent table gives the noun. The
actor is added to `Doc._.actors` (as the events stage adds crowds), and one phrase said twice is one actor.
`headline_speaker(cue)` reads a headline's description as the person the story's lead names with it.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Literal

from spacy.tokens import Doc, Token

from wirecoder.knowledge.speech import speech_lexicon
from wirecoder.model import Actor, Mention
from wirecoder.pipeline import gazetteer
from wirecoder.pipeline.country_clues import dateline_country

_COUNTING = frozenset(["one", "two", "three", "four", "five", "several", "some", "many", "other", "few", "a", "an",
                       "the", "both", "multiple", "various", "numerous"])
_MODIFIERS = frozenset(["amod", "compound", "nmod"])
_PLACE_PREPS = frozenset(["in", "from", "at"])
_BACK = 150  # tokens back to look for the people "the diplomat" takes up
_HOME_SOURCES = frozenset(["official", "authority"])  # a state's own people; sources and diplomats may be anyone's


def anonymous_source(subj: Token) -> list[str]:
    """The group actor a speaking phrase of unnamed people stands for, made if needed."""
    lemma = subj.lemma_.lower()
    if subj.pos_ != "NOUN" or lemma not in speech_lexicon().source_nouns or subj.ent_type_:
        return []
    if any(c.dep_ == "poss" for c in subj.children):
        return []  # "his aides", "the ministry's officials": someone named speaks through them
    words = _phrase(subj)
    if len(words) == 1 and any(c.lower_ == "the" for c in subj.children):
        named = _same_people_before(subj)  # "Western diplomats said ... the diplomats said": the same people
        if named is not None:
            return [named]
    country = phrase_country(subj, words) or _home_officials(subj, lemma)
    name = " ".join(t.lower_ if t.i == t.sent.start and t.pos_ == "NOUN" else t.text for t in words)
    entry = gazetteer.agent_nouns().get(lemma, {})
    return [_source_actor(subj, name, country, entry.get("sector"))]


def _home_officials(subj: Token, lemma: str) -> str | None:
    """"KABUL (Reuters) - ... officials said": officials of no stated country, whose attribution names no
    other country ("officials on a visit to Kampala said"), are the dateline's (the story's own) country's.
    What they report may name any country: "Officials said Ugandan troops had crossed" is Kenya's officials
    under a Nairobi dateline."""
    if lemma not in _HOME_SOURCES:
        return None
    home = home_country(subj.doc)
    countries = {a.id: a.country for a in subj.doc._.actors or []}
    for tok in _attribution_words(subj):
        if any(countries.get(a) not in (None, home) for a in tok._.actors) or (
                (alpha3 := gazetteer.demonym(tok.text)) and alpha3 != home):
            return None
    return home


def _attribution_words(subj: Token) -> list[Token]:
    """The speaking phrase and the phrases on its cue that are not what is reported."""
    words = list(subj.subtree)
    cue = subj.head
    for child in cue.children if cue.i != subj.i else []:
        if child.dep_ in ("prep", "agent", "npadvmod", "dative", "dobj"):
            words.extend(child.subtree)
    return words


def _same_people_before(subj: Token) -> str | None:
    head = subj.lower_
    ids = [a.id for a in subj.doc._.actors or [] if a.kind == "group" and a.name.lower().split()[-1] == head
           and all(m.start < subj.idx for m in a.mentions)]
    if ids:
        return ids[-1]
    # "One of them, a Gulf diplomat, said ... the diplomat said": introduced before, as yet no actor
    doc = subj.doc
    for tok in reversed(doc[max(0, subj.i - _BACK) : subj.i]):
        if tok.lower_ == head and tok.pos_ == "NOUN" and not any(c.lower_ == "the" for c in tok.children):
            found = anonymous_source(tok)
            return found[0] if found else None
    return None


def _phrase(subj: Token) -> list[Token]:
    """"a senior Iraqi official" → senior Iraqi official; "two Western diplomats" → Western diplomats."""
    mods = [c for c in subj.lefts if c.dep_ in _MODIFIERS and c.lower_ not in _COUNTING and not c.like_num]
    start = min([subj.i, *(m.left_edge.i for m in mods)])
    return [t for t in subj.doc[start : subj.i + 1] if t.lower_ not in _COUNTING and not t.like_num and not t.is_punct]


def phrase_country(subj: Token, words: list[Token]) -> str | None:
    """The country the phrase gives: a demonym or a country among its words, else "in <place>"."""
    for tok in words:
        alpha3 = gazetteer.demonym(tok.text) or (place.alpha3 if (place := gazetteer.country(tok.text)) else None)
        if alpha3:
            return alpha3
    for prep in (c for c in subj.rights if c.dep_ == "prep" and c.lower_ in _PLACE_PREPS):
        for obj in (c for c in prep.children if c.dep_ == "pobj"):
            place = gazetteer.country(obj.text)
            alpha3 = place.alpha3 if place else gazetteer.capital(obj.text)
            if alpha3:
                return alpha3
    return None


def institution_actor(subj: Token, country: str) -> list[str]:
    """"The Bolivian presidency said" in a story that names no Bolivia: the institution speaks as an
    organisation actor of its own, named by its phrase, of the country its modifier gives."""
    words = [*(c for c in subj.lefts if c.dep_ in ("amod", "compound")), subj]
    name = " ".join(t.text for t in words)
    return [_source_actor(subj, name, country, "GOV", "organization")]


def _source_actor(subj: Token, name: str, country: str | None, sector: str | None,
                  kind: Literal["group", "organization"] = "group") -> str:
    # the mention is the noun alone: a modifier such as "Western" names no actor of its own
    doc = subj.doc
    actors = doc._.actors if doc._.actors is not None else []
    start, end = subj.idx, subj.idx + len(subj.text)
    mention = Mention(start, end, subj.text, "description")
    same = next((a for a in actors if a.kind == kind and a.country == country and a.name.lower() == name.lower()),
                None)
    if same is not None:
        if all(m.start != start for m in same.mentions):
            same.mentions.append(mention)
        return same.id
    taken = {a.id for a in actors}
    n = len(actors) + 1
    while f"a{n}" in taken:
        n += 1
    actors.append(Actor(id=f"a{n}", name=name, kind=kind, country=country, sector=sector, mentions=[mention]))
    doc._.actors = actors
    return f"a{n}"


def home_country(doc: Doc, actors: Iterable[Actor] | None = None) -> str | None:
    """The story's own country: its dateline's (one country only), else, with no dateline, the one
    country every seat of power it names belongs to ("Downing Street", "the Home Office"); `actors`
    while the actors stage still holds them."""
    credits = doc._.credits
    if credits is not None and credits.dateline:
        return dateline_country(doc, single=True)
    named = doc._.actors or [] if actors is None else actors
    seats = {seat.country for a in named if a.kind == "organization" and (seat := gazetteer.seat(a.name))}
    return seats.pop() if len(seats) == 1 else None


_HEADLINE_TOKENS = 25


def headline_speaker(cue: Token) -> list[str]:
    """"'We will not surrender,' says Sudanese general" over a story whose lead names "Sudanese army chief
    Abdel Osman": a headline describes the speaker the story names; the first person named after it
    of the country the description gives (or, with none given, holding the role it names). Headlines
    parse badly, so the description is read as words: those after the cue, else those before it."""
    if cue.i > _HEADLINE_TOKENS:
        return []
    doc = cue.doc
    text = doc.text
    end = text.find("\n", cue.idx)
    if end < 0 or "\n" in text[: cue.idx]:
        return []
    words = _description(cue, end)
    if not words or not gazetteer.is_title_head(words[-1].lower_):
        return []
    country = next((c for t in words if (c := gazetteer.demonym(t.text))), None)
    people = sorted((a for a in doc._.actors or [] if a.kind == "person" and a.mentions),
                    key=lambda a: a.mentions[0].start)
    first = next((a for a in people if a.mentions[0].start > end), None)
    if first is None:
        return []
    roles = " ".join(first.roles).lower().split()
    return [first.id] if (country is not None and first.country == country) or words[-1].lower_ in roles else []


def _description(cue: Token, end: int) -> list[Token]:
    """"says Sudanese general" → Sudanese general; "Sudanese general says" → Sudanese general."""
    doc = cue.doc
    after = [t for t in doc[cue.i + 1 :] if t.idx < end and not t.is_space]
    if after and all(t.is_alpha for t in after):
        return after
    before: list[Token] = []
    for tok in reversed(doc[: cue.i]):
        if not tok.is_alpha:
            break
        before.insert(0, tok)
    return before if len(before) <= 4 else []
