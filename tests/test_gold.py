"""The quality gate: the seed article and our own gold set, scored with floors that only go up.

Floors live in gold/floors.json. Raise them when the figures rise; never lower them.
"""

from __future__ import annotations

import json
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest

from tests.conftest import ROOT, SHARED
from wirecoder import extract

FLOORS = json.loads((ROOT / "gold" / "floors.json").read_text())
CEILINGS = {"forbidden_hits", "credits_as_actors"}  # counts that must stay at or under their bound
# The second group (gold/README.md): articles written later and scored blind before any fix, kept apart so
# their lower figures neither hide a regression on the first group nor force its floors down.
GROUP_B = set(FLOORS["gold_set_b"]["_articles"])


def _extract_json(path: Path, published: str | None) -> dict[str, Any]:
    return extract(path.read_text(encoding="utf-8"), published=published, source=str(path)).to_json()


def _check(figures: dict[str, Any], floors: dict[str, float]) -> list[str]:
    bad = []
    for metric, floor in floors.items():
        if metric.startswith("_"):
            continue
        value = figures.get(metric)
        if metric in CEILINGS:
            if value is None or value > floor:
                bad.append(f"{metric} = {value}, must be <= {floor}")
        elif value is None or value < floor:
            bad.append(f"{metric} = {value}, floor {floor}")
    return bad


def test_seed_article(scorer: ModuleType) -> None:
    gold_path = SHARED / "eval" / "gold" / "seed-ukraine-talks.json"
    gold = json.loads(gold_path.read_text())
    out = _extract_json(SHARED / "eval" / "articles" / "seed-ukraine-talks.txt", gold["published"])
    figures = scorer.headline(scorer.score(gold, out))
    print(json.dumps(figures, indent=1))
    assert not _check(figures, FLOORS["seed"]), _check(figures, FLOORS["seed"])


def _annotations(group_b: bool) -> list[Path]:
    return [p for p in sorted((ROOT / "gold" / "annotations").glob("*.json")) if (p.stem in GROUP_B) == group_b]


def _score_set(scorer: ModuleType, annotations: list[Path]) -> dict[str, Any]:
    total = None
    for path in annotations:
        gold = json.loads(path.read_text())
        out = _extract_json(ROOT / "gold" / "articles" / gold["article"], gold.get("published"))
        s = scorer.score(gold, out)
        total = s if total is None else scorer.add(total, s)
    figures: dict[str, Any] = scorer.headline(total)
    print(json.dumps(figures, indent=1))
    return figures


def test_own_gold_set(scorer: ModuleType) -> None:
    annotations = _annotations(group_b=False)
    if len(annotations) < 8:
        pytest.fail(f"the gold set has {len(annotations)} articles; it needs at least 8")
    figures = _score_set(scorer, annotations)
    assert not _check(figures, FLOORS["gold_set"]), _check(figures, FLOORS["gold_set"])


def test_gold_set_b(scorer: ModuleType) -> None:
    annotations = _annotations(group_b=True)
    assert {p.stem for p in annotations} == GROUP_B, "every article of gold_set_b needs its annotation"
    figures = _score_set(scorer, annotations)
    assert not _check(figures, FLOORS["gold_set_b"]), _check(figures, FLOORS["gold_set_b"])
