"""What later stages ask about actors: which actors a word or a noun phrase stands for.

    actors_of(tok)        ids for the noun phrase headed by `tok` ("Germany, France and the EU" → 3
                          ids; "Zelenskiy's office" → Zelenskiy; "the Kremlin" → the Kremlin)
    actor_record(doc, id) the `Actor` (contract dataclass) behind an id, while the doc is processed
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from wirecoder.model import Actor
from wirecoder.pipeline import gazetteer
from wirecoder.pipeline.coref import coordinated
from wirecoder.pipeline.extensions import token_actors

# Nouns through which a possessor speaks or acts: "X's office said" is X speaking.
_PROXY_NOUNS = {"office", "spokesman", "spokeswoman", "spokesperson", "aide", "aides", "camp", "team",
                "press secretary", "representative", "administration", "government", "campaign", "lawyer", "lawyers"}


def _own(tok: Token) -> tuple[str, ...]:
    """Ids on the token itself or on the name it heads ("President Putin": on "Putin")."""
    if tok._.actors:
        return tuple(tok._.actors)
    named = [c for c in tok.children if c.dep_ in ("compound", "flat", "appos", "nmod") and c._.actors]
    # "The United Nations humanitarian chief, Tom Fletcher,": the person in apposition, not the body
    appos = [c for c in named if c.dep_ == "appos" and _is_person(tok.doc, c._.actors[0])]
    if appos or named:
        return tuple((appos or named)[0]._.actors)
    if tok.lower_ in _PROXY_NOUNS or tok.lemma_.lower() in _PROXY_NOUNS:
        for child in tok.children:
            if child.dep_ == "poss" and child._.actors:
                return tuple(child._.actors)
    if tok.pos_ == "NOUN" and gazetteer.is_title_head(tok.lemma_):
        # "Peru's president", "the Turkish foreign minister": that country's government
        for child in tok.children:
            if child.dep_ in ("poss", "amod", "compound"):
                ids = child._.actors or _country_ids(tok.doc, child.text)
                if ids:
                    return tuple(ids)
    return ()


def _is_person(doc: Doc, actor_id: str) -> bool:
    reg = doc._.registry
    if reg is not None and actor_id in reg.records:
        return bool(reg.records[actor_id].actor.kind == "person")
    return any(a.id == actor_id and a.kind == "person" for a in doc._.actors or [])


def _country_ids(doc: Doc, word: str) -> tuple[str, ...]:
    alpha3 = gazetteer.demonym(word)
    if not alpha3:
        return ()
    return tuple(a.id for a in doc._.actors or [] if a.kind == "country" and a.country == alpha3)[:1]


def actors_of(tok: Token) -> tuple[str, ...]:
    """Every actor the noun phrase headed by `tok` stands for, coordination included."""
    ids: list[str] = []
    for conj in coordinated(tok) if tok.dep_ != "conj" or tok._.actors else [tok]:
        for actor_id in _own(conj):
            if actor_id not in ids:
                ids.append(actor_id)
    for link in _mention_tokens(tok):
        # "Rubio and Vice President X": the parser may hang the conjunction on the title's words
        if link.dep_ == "conj":
            for conj in coordinated(link):
                for actor_id in _own(conj):
                    if actor_id not in ids:
                        ids.append(actor_id)
    return tuple(ids)


def _mention_tokens(tok: Token) -> list[Token]:
    """The tokens next to `tok` that stand for the same actor (its title words, its other names)."""
    doc = tok.doc
    ids = token_actors(doc)
    mine = ids.get(tok.i)
    if not mine:
        return []
    left = tok.i
    while left > 0 and ids.get(left - 1) == mine:
        left -= 1
    right = tok.i
    while right + 1 < len(doc) and ids.get(right + 1) == mine:
        right += 1
    return [t for t in doc[left : right + 1] if t.i != tok.i]


def actor_record(doc: Doc, actor_id: str) -> Actor | None:
    for actor in doc._.actors or []:
        if actor.id == actor_id:
            return actor
    return None
