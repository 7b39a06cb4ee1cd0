"""The article's actors while they are being found: one record per entity, with its mentions.

`ActorRegistry` hands out ids, merges mentions into the right actor and keeps the token → actor
map that later stages read through `pipeline.lookup`.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from spacy.tokens import Doc, Span

from wirecoder.model import Actor, ActorKind, Mention, MentionHow
from wirecoder.names import COURTESY
from wirecoder.pipeline.extensions import token_actors


@dataclass
class Record:
    actor: Actor
    key: str
    first: int  # token index of the first mention
    explicit_country: bool = False  # the country was read off the text, not inferred
    possessor: int | None = None  # token index of a person possessing this one's title ("Trump's")
    counterpart: int | None = None  # token index of "counterpart" when the text calls the person someone's
    token_ids: set[int] = field(default_factory=set)


class ActorRegistry:
    def __init__(self, doc: Doc) -> None:
        self.doc = doc
        self.records: dict[str, Record] = {}
        self.by_key: dict[str, str] = {}
        self._next = 0  # ids are never reused, even after `remove`

    def get(self, key: str) -> Record | None:
        actor_id = self.by_key.get(key)
        return self.records[actor_id] if actor_id else None

    def add(self, key: str, name: str, kind: ActorKind, first: int, country: str | None = None,
            sector: str | None = None) -> Record:
        found = self.get(key)
        if found:
            return found
        self._next += 1
        actor_id = f"t{self._next}"  # working id; `actors()` renumbers a1, a2... in text order
        rec = Record(Actor(id=actor_id, name=name, kind=kind, country=country, sector=sector), key, first)
        self.records[actor_id] = rec
        self.by_key[key] = actor_id
        return rec

    def alias(self, key: str, other: str) -> None:
        """Let a second key reach the same actor."""
        if key in self.by_key and other not in self.by_key:
            self.by_key[other] = self.by_key[key]

    def mention(self, rec: Record, span: Span, how: MentionHow, alias: bool = True) -> None:
        if any(i in rec.token_ids for i in range(span.start, span.end)) and how != "pronoun":
            return
        for tok in span:
            if tok._.actors and rec.actor.id not in tok._.actors and how != "name":
                continue
            tok._.actors = (rec.actor.id,)
        rec.token_ids.update(range(span.start, span.end))
        text = span.text
        rec.actor.mentions.append(Mention(span.start_char, span.end_char, text, how))
        if alias and how in ("name", "metonym") and text not in rec.actor.aliases:
            rec.actor.aliases.append(text)
        rec.first = min(rec.first, span.start)

    def remove(self, rec: Record) -> None:
        """Forget an actor: its record, its keys and its marks on tokens."""
        actor_id = rec.actor.id
        self.records.pop(actor_id, None)
        self.by_key = {k: v for k, v in self.by_key.items() if v != actor_id}
        for i in rec.token_ids:
            tok = self.doc[i]
            tok._.actors = tuple(a for a in tok._.actors if a != actor_id)

    def add_role(self, rec: Record, role: str) -> None:
        role = role.strip(" ,")
        if role.lower().rstrip(".") in COURTESY:
            return  # "Mr", "Dr": a form of address, not a role
        if role and role.lower() not in {r.lower() for r in rec.actor.roles}:
            rec.actor.roles.append(role)

    def of_token(self, i: int) -> Record | None:
        ids = self.doc[i]._.actors
        return self.records.get(ids[0]) if ids else None

    def actors(self) -> list[Actor]:
        """Actors in order of first mention, with ids renumbered in that order."""
        recs = sorted((r for r in self.records.values() if r.actor.mentions), key=lambda r: r.first)
        renumber = {r.actor.id: f"a{n}" for n, r in enumerate(recs, 1)}
        ids = token_actors(self.doc)
        for i, old in list(ids.items()):
            ids[i] = tuple(renumber[a] for a in old if a in renumber)
            if not ids[i]:
                del ids[i]
        out = []
        for rec in recs:
            rec.actor.id = renumber[rec.actor.id]
            rec.actor.mentions.sort(key=lambda m: m.start)
            out.append(rec.actor)
        return out
