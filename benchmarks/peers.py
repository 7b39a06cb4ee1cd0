"""Our event coder on other coders' gold sentences, suite by suite (measured, never tuned on).

    .venv/bin/python benchmarks/peers.py [--suite NAME] [--show N] [--stage events|active]

Suites (read from $WIRECODER_SHARED/eval/peers/, default ../shared beside the repo):
  plover      PLOVER's coded CAMEO-manual examples (plover-gsr-cameo.json.txt): PLOVER types
  petrarch2   PETRARCH2's validation sentences (petrarch2-gsr-validation.xml): CAMEO codes
  unit        PETRARCH2's unit-test records (petrarch2-unit-test-records.xml): CAMEO codes; their
              actors are invented countries (Arnor, Gondor...) that no real coder knows

For each suite: the gold events, the share found with the same root, with the same full code (the
same PLOVER type for the PLOVER suite), with the same root and the same source and target countries
(the country part of their actor codes), the events we add that match no gold event's root, and the
root accuracy over the gold events of sentences where we code any event (closest to a classifier's
accuracy, e.g. ZSP's 0.838 on the CAMEO-manual sentences, which is given the event sentence).
These sentences stay here: they are never copied into the project's tests or lexicons. By default the
events stage measured is pipeline/events.py, whatever module the stage list runs (--stage active
measures the stage list as it is).
"""

from __future__ import annotations

import argparse
import json
import os
import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

import pycountry

from wirecoder import extract
from wirecoder.knowledge.plover import plover_of
from wirecoder.model import Extraction
from wirecoder.pipeline import build

ROOT = Path(__file__).resolve().parent.parent
SHARED = Path(os.environ.get("WIRECODER_SHARED", ROOT.parent / "shared"))
PEERS = SHARED / "eval" / "peers"

# PLOVER's 2016 GSR types (version 0.5) → the CAMEO roots they cover, and the names our 2021 table uses.
GSR_ROOTS = {
    "AGREE": {"03", "05"}, "CONSULT": {"04"}, "SUPPORT": {"05"}, "COOPERATE": {"06"}, "AID": {"07"},
    "CONCEDE": {"08"}, "RETREAT": {"08"}, "INVESTIGATE": {"09"}, "DEMAND": {"10", "02"}, "DISAPPROVE": {"11"},
    "REJECT": {"12"}, "THREATEN": {"13"}, "PROTEST": {"14"}, "MOBILIZE": {"15"}, "SANCTION": {"16"},
    "COERCE": {"17", "16"}, "ASSAULT": {"18", "20"}, "FIGHT": {"19", "20"},
}
GSR_NAMES = {"DEMAND": {"REQUEST"}, "DISAPPROVE": {"ACCUSE"}, "INVESTIGATE": {"ACCUSE"}, "FIGHT": {"ASSAULT"}}


@dataclass(frozen=True)
class GoldEvent:
    code: str  # CAMEO code, or a PLOVER type for the PLOVER suite
    source: str | None  # country part of the actor code (ISO3, IGO) or None
    target: str | None


@dataclass
class Case:
    id: str
    text: str
    date: str | None
    events: list[GoldEvent]


@dataclass
class Tally:
    sentences: int = 0
    gold: int = 0
    root: int = 0
    code: int = 0
    dyad: int = 0
    system: int = 0
    extra: int = 0
    coded: int = 0  # gold events in sentences where we code at least one event
    coded_root: int = 0
    misses: list[str] = field(default_factory=list)

    def line(self, name: str) -> str:
        def pct(n: int) -> str:
            return f"{n / self.gold:.3f}" if self.gold else "-"
        coded = f"{self.coded_root / self.coded:.3f}" if self.coded else "-"
        return (f"{name:10} sentences {self.sentences:4}  gold events {self.gold:4}  same root {pct(self.root)}  "
                f"same code/type {pct(self.code)}  same root+dyad {pct(self.dyad)}  "
                f"our events {self.system:4}  extra {self.extra:4}  "
                f"root accuracy where we code ({self.coded}) {coded}")


# -- reading the suites ---------------------------------------------------------------------------

def _country(code: str | None) -> str | None:
    """The country part of a CAMEO actor code ("USAGOV" → USA, "IGOUNO" → IGO); None for others."""
    if not code:
        return None
    head = code[:3].upper()
    if head == "IGO":
        return "IGO"
    return head if pycountry.countries.get(alpha_3=head) is not None else None


def _date(raw: str | None) -> str | None:
    if raw and re.fullmatch(r"\d{8}", raw):
        return f"{raw[:4]}-{raw[4:6]}-{raw[6:]}"
    return raw if raw and re.fullmatch(r"\d{4}-\d{2}-\d{2}", raw) else None


def _actors(value: object) -> list[dict[str, str]]:
    return [a for a in value if isinstance(a, dict)] if isinstance(value, list) else []


def plover_cases(path: Path) -> Iterator[Case]:
    for rec in json.loads(path.read_text(encoding="utf-8")):
        if rec.get("event") in (None, "DOCUMENT") or not rec.get("text"):
            continue
        src = next((_country(a.get("code")) for a in _actors(rec.get("source"))), None)
        tgt = next((_country(a.get("code")) for a in _actors(rec.get("target"))), None)
        yield Case(rec["id"], rec["text"], _date(rec.get("date")), [GoldEvent(rec["event"], src, tgt)])


_SENTENCE = re.compile(r"<Sentence\b([^>]*)>(.*?)(?=<Sentence\b|</Sentences>|\Z)", re.S)
_ATTR = re.compile(r'(\w+)\s*=\s*"([^"]*)"')


def petrarch_cases(path: Path) -> Iterator[Case]:
    text = path.read_text(encoding="utf-8", errors="replace")
    for head, body in _SENTENCE.findall(text):
        attrs = dict(_ATTR.findall(head))
        body_text = re.search(r"<Text>(.*?)</Text>", body, re.S)
        if body_text is None or attrs.get("id") == "FINAL-RECORD":
            continue
        events = []
        for tag in re.findall(r"<EventCoding\b([^>]*)>", body):
            a = dict(_ATTR.findall(tag))
            if a.get("eventcode"):
                events.append(GoldEvent(a["eventcode"], _country(a.get("sourcecode")), _country(a.get("targetcode"))))
        sentence = " ".join(body_text.group(1).split())
        if not sentence:
            continue
        yield Case(attrs.get("id", "?"), sentence, _date(attrs.get("date")), events)


SUITES = {
    "plover": ("plover-gsr-cameo.json.txt", plover_cases),
    "petrarch2": ("petrarch2-gsr-validation.xml", petrarch_cases),
    "unit": ("petrarch2-unit-test-records.xml", petrarch_cases),
}


# -- scoring --------------------------------------------------------------------------------------

def _ours(result: Extraction) -> list[tuple[str, str | None, str | None, str | None]]:
    """(code, PLOVER type, source country, target country) of each event we assert happened."""
    actors = {a.id: a for a in result.actors}

    def country(actor_id: str | None) -> str | None:
        actor = actors.get(actor_id or "")
        if actor is None:
            return None
        return actor.country or ("IGO" if actor.sector == "IGO" else None)

    return [(e.code, plover_of(e.code)[0], country(e.source), country(e.target))
            for e in result.events if not e.negated]


def _roots(gold: GoldEvent, plover: bool) -> set[str]:
    return GSR_ROOTS.get(gold.code, set()) if plover else {gold.code[:2]}


def _same_code(gold: GoldEvent, ours: tuple[str, str | None, str | None, str | None], plover: bool) -> bool:
    if plover:
        return ours[1] == gold.code or ours[1] in GSR_NAMES.get(gold.code, set())
    return ours[0] == gold.code


def _same_dyad(gold: GoldEvent, ours: tuple[str, str | None, str | None, str | None]) -> bool:
    return (gold.source is None or ours[2] == gold.source) and (gold.target is None or ours[3] == gold.target)


def score_case(case: Case, result: Extraction, tally: Tally, plover: bool, show: int) -> None:
    ours = _ours(result)
    tally.sentences += 1
    tally.gold += len(case.events)
    tally.system += len(ours)
    for gold in case.events:
        roots = _roots(gold, plover)
        same_root = [o for o in ours if o[0][:2] in roots]
        tally.root += bool(same_root)
        tally.coded += bool(ours)
        tally.coded_root += bool(ours) and bool(same_root)
        tally.code += any(_same_code(gold, o, plover) for o in ours)
        tally.dyad += any(_same_dyad(gold, o) for o in same_root)
        if not same_root and len(tally.misses) < show:
            tally.misses.append(f"{case.id}: want {gold.code} {gold.source}->{gold.target}; got {ours}")
    wanted = set().union(*(_roots(g, plover) for g in case.events)) if case.events else set()
    tally.extra += sum(1 for o in ours if o[0][:2] not in wanted)


def run_suite(name: str, show: int) -> Tally:
    filename, reader = SUITES[name]
    tally = Tally()
    for case in reader(PEERS / filename):
        result = extract(case.text, published=case.date)
        score_case(case, result, tally, name == "plover", show)
    return tally


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--suite", choices=sorted(SUITES), action="append", help="run only these suites")
    parser.add_argument("--show", type=int, default=0, help="print up to N missed gold events per suite")
    parser.add_argument("--stage", choices=("events", "active"), default="events",
                        help="the events stage to measure: pipeline/events.py, or the stage list's own")
    args = parser.parse_args()
    if args.stage == "events":  # before the pipeline is loaded (once per process)
        build.STAGES["wirecoder_events"] = "wirecoder.pipeline.events"
    if not PEERS.exists():
        raise SystemExit(f"no peer suites at {PEERS}: set WIRECODER_SHARED to the shared/ folder")
    for name in args.suite or list(SUITES):
        tally = run_suite(name, args.show)
        print(tally.line(name))
        for miss in tally.misses:
            print("   ", miss)


if __name__ == "__main__":
    main()
