#!/usr/bin/env python3
"""Validate the gold set: gold/annotations/*.json against gold/articles/*.txt.

    python gold/check.py            errors and warnings, then a per-article summary
    python gold/check.py --quiet    errors only (exit 1 if any)

Checks: every annotation loads and has the required fields; the article exists; every quote's
`contains` occurs in the article once both are normalised the way the scorer compares text;
every event, forbidden and quote key names an actor in `actors` or is an ISO3 code; roots are
CAMEO roots; dates are date prefixes; authors occur in the text and are listed as not_actors;
credit names are no actor names; every person has at least one name found in the text.
Standard library only.
"""

from __future__ import annotations

import json
import re
import sys
import unicodedata
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
REQUIRED = ("article", "published", "authors", "actors", "not_actors", "quotes", "events", "forbidden")
KINDS = {"person", "organization", "country", "group"}
ISO3 = re.compile(r"^[A-Z]{3}$")
DATE_PREFIX = re.compile(r"^\d{4}(-\d{2}(-\d{2})?)?$")
PUBLISHED = re.compile(r"^202[56]-\d{2}-\d{2}$")
ROOTS = {f"{n:02d}" for n in range(1, 21)}


def fold(text: str) -> str:
    """Text as the scorer compares it: no accents, lower case, straight apostrophes, words only."""
    text = unicodedata.normalize("NFKD", text)
    text = "".join(c for c in text if not unicodedata.combining(c)).lower()
    text = text.replace("\u2019", "'").replace("\u2018", "'")
    text = re.sub(r"[^\w@' ]+", " ", text)
    text = re.sub(r"\s+", " ", text).strip()
    return re.sub(r"^the ", "", text)


def occurs(needle: str, haystack: str) -> bool:
    """Folded needle inside folded haystack, on word boundaries (a possessive 's counts)."""
    folded = fold(needle)
    padded = f" {haystack} "
    return f" {folded} " in padded or f" {folded}'s " in padded


@dataclass
class Report:
    name: str
    errors: list[str] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)
    summary: dict[str, Any] = field(default_factory=dict)


def _check_actors(data: dict[str, Any], text: str, rep: Report) -> set[str]:
    keys: set[str] = set()
    for actor in data["actors"]:
        key = actor.get("key", "")
        if key in keys:
            rep.errors.append(f"actor key {key!r} repeated")
        if not key or key != key.lower() or ISO3.match(key):
            rep.errors.append(f"actor key {key!r} must be lower case")
        keys.add(key)
        if actor.get("kind") not in KINDS:
            rep.errors.append(f"actor {key}: kind {actor.get('kind')!r}")
        country = actor.get("country")
        if country is not None and not ISO3.match(country):
            rep.errors.append(f"actor {key}: country {country!r} is no ISO3 code")
        if actor.get("kind") == "country" and not country:
            rep.errors.append(f"actor {key}: a country needs its code")
        for role in actor.get("roles", []):
            if role != role.lower():
                rep.errors.append(f"actor {key}: role {role!r} must be lower case")
        names = actor.get("names") or []
        if not names:
            rep.errors.append(f"actor {key}: no names")
        found = [n for n in names if occurs(n, text)]
        if actor.get("kind") == "person":
            if not found:
                rep.errors.append(f"person {key}: no name occurs in the text")
            if not actor.get("roles") and actor.get("roles") != []:
                rep.errors.append(f"person {key}: roles missing")
        elif not found:
            rep.warnings.append(f"actor {key}: no name occurs in the text")
    return keys


def _check_spec_list(spec: Any, keys: set[str], where: str, rep: Report) -> None:
    if spec is None:
        return
    if not isinstance(spec, list) or not spec:
        rep.errors.append(f"{where}: must be a non-empty list or null")
        return
    for item in spec:
        if not (item in keys or ISO3.match(item)):
            rep.errors.append(f"{where}: {item!r} is neither an actor key nor an ISO3 code")


def _check_events(data: dict[str, Any], keys: set[str], rep: Report) -> set[str]:
    ids: set[str] = set()
    roots: set[str] = set()
    for ev in data["events"]:
        eid = ev.get("id", "?")
        if eid in ids:
            rep.errors.append(f"event id {eid!r} repeated")
        ids.add(eid)
        if not isinstance(ev.get("core"), bool):
            rep.errors.append(f"event {eid}: core must be true or false")
        _check_spec_list(ev.get("source"), keys, f"event {eid} source", rep)
        if ev.get("source") is None:
            rep.errors.append(f"event {eid}: source is required")
        _check_spec_list(ev.get("target"), keys, f"event {eid} target", rep)
        _check_roots(ev.get("root"), f"event {eid}", rep)
        roots.update(ev.get("root") or [])
        date = ev.get("date")
        if date is not None and not DATE_PREFIX.match(str(date)):
            rep.errors.append(f"event {eid}: date {date!r} is no YYYY[-MM[-DD]] prefix")
    for n, spec in enumerate(data["forbidden"]):
        where = f"forbidden[{n}]"
        _check_spec_list(spec.get("source"), keys, f"{where} source", rep)
        _check_spec_list(spec.get("target"), keys, f"{where} target", rep)
        _check_roots(spec.get("root"), where, rep)
        for ev in data["events"]:
            if _overlaps(spec, ev):
                rep.warnings.append(f"{where} overlaps event {ev.get('id')}: the gold event wins")
        for mod in spec.get("exempt_modality", []):
            if mod not in {"asserted", "reported", "planned", "hypothetical"}:
                rep.errors.append(f"{where}: modality {mod!r}")
    return roots


def _overlaps(forbidden: dict[str, Any], event: dict[str, Any]) -> bool:
    """Rough test: a shared root, and both sides share an entry (or one side is open)."""
    if not set(forbidden.get("root") or []) & set(event.get("root") or []):
        return False

    def meet(a: Any, b: Any) -> bool:
        return a is None or b is None or bool(set(a) & set(b))

    src, tgt = forbidden.get("source"), forbidden.get("target")
    straight = meet(src, event.get("source")) and meet(tgt, event.get("target"))
    crossed = meet(src, event.get("target")) and meet(tgt, event.get("source"))
    either = bool(forbidden.get("symmetric") or event.get("symmetric"))
    return straight or (either and crossed)


def _check_roots(root: Any, where: str, rep: Report) -> None:
    if not isinstance(root, list) or not root or any(r not in ROOTS for r in root):
        rep.errors.append(f"{where}: root {root!r} must list CAMEO roots 01..20")


def _check_quotes(data: dict[str, Any], keys: set[str], text: str, rep: Report) -> None:
    for n, quote in enumerate(data["quotes"]):
        where = f"quote[{n}]"
        for speaker in [quote.get("speaker"), *quote.get("alt_speakers", [])]:
            if not (speaker in keys or (isinstance(speaker, str) and ISO3.match(speaker))):
                rep.errors.append(f"{where}: speaker {speaker!r} unknown")
        if quote.get("kind") not in {"direct", "indirect"}:
            rep.errors.append(f"{where}: kind {quote.get('kind')!r}")
        contains = quote.get("contains") or ""
        if not contains or fold(contains) not in text:
            rep.errors.append(f"{where}: contains {contains!r} is not in the article")


def _check_credits(data: dict[str, Any], text: str, rep: Report) -> None:
    credits = {fold(n) for n in data["not_actors"]}
    for author in data["authors"]:
        if not occurs(author, text):
            rep.errors.append(f"author {author!r} not in the text")
        if fold(author) not in credits:
            rep.errors.append(f"author {author!r} missing from not_actors")
    for actor in data["actors"]:
        clash = {fold(n) for n in actor.get("names", [])} & credits
        if clash:
            rep.errors.append(f"actor {actor.get('key')}: names {sorted(clash)} are credits")


def check_file(path: Path) -> Report:
    rep = Report(path.name)
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError) as exc:
        rep.errors.append(f"unreadable: {exc}")
        return rep
    missing = [k for k in REQUIRED if k not in data]
    if missing:
        rep.errors.append(f"missing fields: {missing}")
        return rep
    if data["article"] != path.stem + ".txt":
        rep.errors.append(f"article {data['article']!r} should be {path.stem}.txt")
    article = HERE / "articles" / data["article"]
    if not article.exists():
        rep.errors.append(f"article file {article} missing")
        return rep
    if not PUBLISHED.match(str(data["published"])):
        rep.errors.append(f"published {data['published']!r} is no 2025/2026 date")
    text = fold(article.read_text(encoding="utf-8"))
    keys = _check_actors(data, text, rep)
    roots = _check_events(data, keys, rep)
    _check_quotes(data, keys, text, rep)
    _check_credits(data, text, rep)
    if len(data["events"]) < 3:
        rep.errors.append("fewer than 3 events")
    rep.summary = {
        "events": len(data["events"]),
        "core": sum(1 for e in data["events"] if e.get("core")),
        "roots": sorted(roots),
        "quotes": len(data["quotes"]),
        "direct": sum(1 for q in data["quotes"] if q.get("kind") == "direct"),
        "forbidden": len(data["forbidden"]),
        "people": sum(1 for a in data["actors"] if a.get("kind") == "person"),
    }
    return rep


def main(argv: list[str]) -> int:
    quiet = "--quiet" in argv
    paths = sorted((HERE / "annotations").glob("*.json"))
    reports = [check_file(p) for p in paths]
    articles = {p.stem for p in (HERE / "articles").glob("*.txt")}
    orphans = sorted(articles - {p.stem for p in paths})
    bad = sum(len(r.errors) for r in reports) + len(orphans)
    for name in orphans:
        print(f"{name}.txt: ERROR no annotation")
    for rep in reports:
        for err in rep.errors:
            print(f"{rep.name}: ERROR {err}")
        if not quiet:
            for warn in rep.warnings:
                print(f"{rep.name}: warning {warn}")
    if not quiet:
        _print_summary(reports)
    print(f"{len(reports)} annotations, {bad} errors")
    return 1 if bad else 0


def _print_summary(reports: list[Report]) -> None:
    print(f"\n{'article':42} {'ev':>3} {'core':>4} {'quo':>4} {'dir':>4} {'forb':>4} {'ppl':>4}  roots")
    all_roots: set[str] = set()
    totals = dict.fromkeys(("events", "core", "quotes", "direct", "forbidden", "people"), 0)
    for rep in reports:
        s = rep.summary
        if not s:
            continue
        for k in totals:
            totals[k] += s[k]
        all_roots.update(s["roots"])
        print(f"{rep.name[:-5]:42} {s['events']:>3} {s['core']:>4} {s['quotes']:>4} {s['direct']:>4} "
              f"{s['forbidden']:>4} {s['people']:>4}  {' '.join(s['roots'])}")
    t = totals
    print(f"{'TOTAL':42} {t['events']:>3} {t['core']:>4} {t['quotes']:>4} {t['direct']:>4} "
          f"{t['forbidden']:>4} {t['people']:>4}  {len(all_roots)} roots: {' '.join(sorted(all_roots))}\n")


if __name__ == "__main__":
    try:
        sys.exit(main(sys.argv[1:]))
    except BrokenPipeError:
        sys.exit(0)
