"""Scoring the event sentence table (tests/data/event_sentences.tsv) against the coder's output.

A row passes when an event of the row's root has the row's source and target (by name, or by
country: ISO3, or IGO for an intergovernmental body) for every listed source–target pair, with the
row's negation and modality; a "-" row passes when the sentence yields no event at all.
"""

from __future__ import annotations

import csv
import re
import unicodedata
from collections import defaultdict
from dataclasses import dataclass
from pathlib import Path

from wirecoder.extract import ExtractOptions, load_pipeline
from wirecoder.model import Actor, Article, Event, Extraction
from wirecoder.pipeline import events as event_stage
from wirecoder.pipeline.convert import to_extraction

TABLE = Path(__file__).resolve().parent.parent / "data" / "event_sentences.tsv"
PUBLISHED = "2026-03-04"


@dataclass(frozen=True)
class Row:
    id: str
    sentence: str
    sources: list[tuple[str, str]]  # (name, country)
    targets: list[tuple[str, str]]
    code: str
    negated: bool
    modality: str
    alt: str | None
    note: str


def code_events(text: str, published: str | None) -> Extraction:
    """`text` through the pipeline's stages before events, then through pipeline/events.py."""
    nlp = load_pipeline(ExtractOptions().model)
    doc = nlp.make_doc(text)
    doc._.published = published
    doc._.warnings = []
    for name, proc in nlp.pipeline:
        if name != "wirecoder_events":
            doc = proc(doc)
    event_stage.set_annotations(doc, event_stage.find_events(doc))
    return to_extraction(doc, Article(id="sentence", text=text, published=published))


def _pairs(names: str, countries: str) -> list[tuple[str, str]]:
    ns = [n.strip() for n in names.split(";")] if names.strip() else []
    cs = [c.strip() for c in countries.split(";")] if countries.strip() else []
    return [(n, cs[i] if i < len(cs) else "") for i, n in enumerate(ns)]


def load_rows(path: Path = TABLE) -> list[Row]:
    with path.open(encoding="utf-8") as fh:
        reader = csv.DictReader(fh, delimiter="\t", quoting=csv.QUOTE_NONE)
        rows = []
        for r in reader:
            alt = re.search(r"alt=(\d+)", r["note"])
            rows.append(Row(r["id"], r["sentence"], _pairs(r["source"], r["source_country"]),
                            _pairs(r["target"], r["target_country"]), r["code"].strip(),
                            r["negated"].strip() == "true", r["modality"].strip(), alt.group(1) if alt else None,
                            r["note"]))
    return rows


def _norm(text: str) -> str:
    text = unicodedata.normalize("NFKD", text)
    text = "".join(c for c in text if not unicodedata.combining(c)).lower()
    text = re.sub(r"[^\w ]+", " ", text.replace("’", "'").replace("'s ", " "))
    text = re.sub(r"\s+", " ", text).strip()
    return re.sub(r"^the ", "", text)


def actor_fits(actor: Actor | None, want: tuple[str, str]) -> bool:
    if actor is None:
        return False
    name, country = want
    wanted = f" {_norm(name)} "
    for form in (actor.name, *actor.aliases):
        mine = _norm(form)
        if mine and (f" {mine} " in wanted or wanted.strip() in mine.split(" ") or wanted.strip() == mine):
            return True
    if country == "IGO":
        return actor.sector == "IGO"
    return bool(country) and actor.country == country


def row_passes(row: Row, result: Extraction) -> bool:
    events = result.events
    if row.code == "-":
        return not events
    roots = {row.code[:2]} | ({row.alt[:2]} if row.alt else set())
    actors = {a.id: a for a in result.actors}
    fitting = [e for e in events if e.root in roots and e.negated == row.negated and e.modality == row.modality]
    for src in row.sources or [("", "")]:
        for tgt in row.targets or [None]:  # type: ignore[list-item]
            if not any(_dyad_fits(e, actors, src, tgt, row) for e in fitting):
                return False
    return True


def _dyad_fits(event: Event, actors: dict[str, Actor], src: tuple[str, str], tgt: tuple[str, str] | None,
               row: Row) -> bool:
    symmetric = "symmetric" in row.note
    s, t = actors.get(event.source or ""), actors.get(event.target or "")
    if not src[0] and not src[1]:  # no source stated: any will do
        return tgt is None or actor_fits(t, tgt)
    if tgt is None:
        return actor_fits(s, src)
    return (actor_fits(s, src) and actor_fits(t, tgt)) or (symmetric and actor_fits(s, tgt) and actor_fits(t, src))


def describe(result: Extraction) -> str:
    names = {a.id: f"{a.name}/{a.country or a.sector or '-'}" for a in result.actors}
    return "; ".join(f"{names.get(e.source or '', '?')} -{e.code}-> {names.get(e.target or '', '-')}"
                     f"{' NEG' if e.negated else ''} {e.modality}" for e in result.events) or "(no events)"


def by_tag(rows: list[Row], passed: dict[str, bool]) -> dict[str, tuple[int, int]]:
    counts: dict[str, list[int]] = defaultdict(lambda: [0, 0])
    for row in rows:
        tags = re.match(r"\[([^\]]*)\]", row.note)
        for tag in (tags.group(1).split(",") if tags and tags.group(1) else ["untagged"]):
            counts[tag.strip()][0] += passed[row.id]
            counts[tag.strip()][1] += 1
    return {k: (v[0], v[1]) for k, v in sorted(counts.items())}
