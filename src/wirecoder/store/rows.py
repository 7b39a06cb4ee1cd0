"""One `Extraction` → the rows it adds to each table. Pure Python, picklable: workers do this part.

`prepare()` flattens an article's actors, quotes and events into plain dicts keyed by column name,
adds what the store derives per article (node keys for cross-article actors, stances for
positions, the lead-paragraph flag, the MinHash signature for near-duplicates) and keeps the
contract's JSON document beside them.
"""

from __future__ import annotations

import hashlib
import json
import re
from dataclasses import dataclass, field
from datetime import date
from functools import cache
from importlib import resources
from typing import Any

from wirecoder.ingest.reader import RawArticle
from wirecoder.model import Actor, Event, Extraction, Quote
from wirecoder.store.dedup import Signature, signature
from wirecoder.store.merge import actor_node, alias_nodes

Row = dict[str, Any]
LEAD_MIN_CHARS = 120


@dataclass
class Prepared:
    """Everything one article writes, ready for `Writer.write_batch`."""

    input_sha: str
    source: str
    article: Row
    actors: list[Row] = field(default_factory=list)
    quotes: list[Row] = field(default_factory=list)
    events: list[Row] = field(default_factory=list)
    signature: Signature | None = None

    @property
    def article_id(self) -> str:
        return str(self.article["article_id"])


def input_digest(raw: RawArticle) -> str:
    """The identity of an input's bytes: the same file seen again is skipped before extraction."""
    data = raw.data.encode("utf-8", "surrogatepass") if isinstance(raw.data, str) else raw.data
    return hashlib.sha256(data).hexdigest()


def parse_date(text: str | None) -> date | None:
    if not text:
        return None
    try:
        return date.fromisoformat(text.strip()[:10])
    except ValueError:
        return None


@cache
def stance_prefixes() -> tuple[tuple[str, str], ...]:
    data = json.loads(resources.files("wirecoder.knowledge").joinpath("data/stances.json").read_text())
    pairs = sorted(data["prefixes"].items(), key=lambda kv: -len(kv[0]))
    return tuple(pairs)


def stance_of(code: str) -> str | None:
    return next((stance for prefix, stance in stance_prefixes() if code.startswith(prefix)), None)


def lead_end(text: str) -> int:
    """Where the lead paragraph ends: the first paragraph long enough to be body text, not a headline."""
    offset = 0
    for para in re.split(r"(\n\s*\n|\n)", text):
        offset += len(para)
        if len(para.strip()) >= LEAD_MIN_CHARS:
            return offset
    return len(text)


def prepare(extraction: Extraction, source: str, input_sha: str | None = None) -> Prepared:
    art = extraction.article
    doc = extraction.to_json()
    article = {
        "article_id": art.id,
        "source": source,
        "title": art.title,
        "url": art.url,
        "outlet": art.outlet,
        "published": parse_date(art.published),
        "published_text": art.published,
        "authors": list(art.authors),
        "dateline": list(art.dateline),
        "language": art.language,
        "text_sha256": art.text_sha256,
        "text": art.text,
        "n_chars": len(art.text),
        "warnings": list(extraction.warnings),
        "doc": json.dumps(doc, ensure_ascii=False),
    }
    actors = {a.id: a for a in extraction.actors}
    lead = lead_end(art.text)
    return Prepared(
        input_sha=input_sha or hashlib.sha256(art.text.encode("utf-8")).hexdigest(),
        source=source,
        article=article,
        actors=[actor_row(art.id, a) for a in extraction.actors],
        quotes=[quote_row(art.id, q, actors) for q in extraction.quotes],
        events=[event_row(art.id, e, actors, lead) for e in extraction.events],
        signature=signature(art.text),
    )


def actor_row(article_id: str, actor: Actor) -> Row:
    return {
        "article_id": article_id,
        "actor_local": actor.id,
        "node_key": actor_node(actor),
        "alias_keys": alias_nodes(actor),
        "name": actor.name,
        "kind": actor.kind,
        "country": actor.country,
        "sector": actor.sector,
        "roles": list(actor.roles),
        "aliases": list(actor.aliases),
        "n_mentions": len(actor.mentions),
    }


def quote_row(article_id: str, quote: Quote, actors: dict[str, Actor]) -> Row:
    speaker = actors.get(quote.speaker or "")
    addressee = actors.get(quote.addressee or "")
    return {
        "article_id": article_id,
        "quote_local": quote.id,
        "text": quote.text,
        "kind": quote.kind,
        "start_char": quote.start,
        "end_char": quote.end,
        "speaker_local": quote.speaker,
        "speaker_node": actor_node(speaker) if speaker else None,
        "speaker_name": speaker.name if speaker else None,
        "cue": quote.cue,
        "addressee": addressee.name if addressee else quote.addressee,
        "channel": quote.channel,
        "confidence": quote.confidence,
    }


def event_row(article_id: str, event: Event, actors: dict[str, Actor], lead: int) -> Row:
    source = actors.get(event.source or "")
    target = actors.get(event.target or "")
    loc = event.location
    return {
        "article_id": article_id,
        "event_local": event.id,
        "code": event.code,
        "base_code": event.code[:3],
        "root_code": event.root or event.code[:2],
        "plover": event.plover,
        "plover_mode": event.plover_mode,
        "quad_class": event.quad_class,
        "goldstein": event.goldstein,
        **side_columns("source", source),
        **side_columns("target", target),
        "event_date": parse_date(event.date),
        "date_text": event.date_text,
        "location_name": loc.name if loc else None,
        "location_country": loc.country if loc else None,
        "lat": loc.lat if loc else None,
        "lon": loc.lon if loc else None,
        "negated": event.negated,
        "modality": event.modality,
        "stance": stance_of(event.code),
        "quote_local": event.quote,
        "about": event.about.text if event.about else None,
        "mentions": max(1, event.mentions),
        "confidence": event.confidence,
        "trigger_text": event.trigger.text,
        "sentence": event.sentence.text.strip(),
        "sentence_start": event.sentence.start,
        "is_lead": event.sentence.start < lead,
    }


def side_columns(side: str, actor: Actor | None) -> Row:
    return {
        f"{side}_local": actor.id if actor else None,
        f"{side}_node": actor_node(actor) if actor else None,
        f"{side}_name": actor.name if actor else None,
        f"{side}_country": actor.country if actor else None,
    }
