"""Print the accuracy figures: the seed article and the project's gold set (two groups), scored by the shared scorer.

    .venv/bin/python benchmarks/accuracy.py [--out DIR]

The shared folder is taken from WIRECODER_SHARED (default: ../shared beside the repo).
"""

from __future__ import annotations

import argparse
import importlib.util
import json
import os
import sys
from pathlib import Path
from types import ModuleType

from wirecoder import extract

ROOT = Path(__file__).resolve().parent.parent
SHARED = Path(os.environ.get("WIRECODER_SHARED", ROOT.parent / "shared"))


def load_scorer() -> ModuleType:
    spec = importlib.util.spec_from_file_location("shared_score", SHARED / "eval" / "score.py")
    if spec is None or spec.loader is None:
        sys.exit(f"no scorer at {SHARED / 'eval' / 'score.py'}: set WIRECODER_SHARED")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def run(gold_files: list[Path], article_dir: Path, out: Path, scorer: ModuleType) -> dict[str, object]:
    total = None
    for path in gold_files:
        gold = json.loads(path.read_text())
        text = (article_dir / gold["article"]).read_text(encoding="utf-8")
        result = extract(text, published=gold.get("published"), source=gold["article"]).to_json()
        (out / path.name).write_text(json.dumps(result, ensure_ascii=False, indent=1))
        s = scorer.score(gold, result)
        total = s if total is None else scorer.add(total, s)
    return scorer.headline(total) if total else {}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--out", type=Path, default=Path("out/accuracy"), help="where system outputs are written")
    args = parser.parse_args()
    scorer = load_scorer()
    rows = {
        "seed": run([SHARED / "eval" / "gold" / "seed-ukraine-talks.json"], SHARED / "eval" / "articles",
                    _dir(args.out / "seed"), scorer),
        "gold set": run(_gold_group(False), ROOT / "gold" / "articles", _dir(args.out / "gold"), scorer),
        "gold set b": run(_gold_group(True), ROOT / "gold" / "articles", _dir(args.out / "gold-b"), scorer),
    }
    metrics = list(next(iter(rows.values())).keys())
    print(f"{'metric':30}" + "".join(f"{name:>12}" for name in rows))
    for metric in metrics:
        print(f"{metric:30}" + "".join(f"{r.get(metric)!s:>12}" for r in rows.values()))


def _gold_group(group_b: bool) -> list[Path]:
    """The gold set's first group, or its second (the articles gold/floors.json lists under gold_set_b)."""
    floors = json.loads((ROOT / "gold" / "floors.json").read_text())
    second = set(floors.get("gold_set_b", {}).get("_articles", []))
    return [p for p in sorted((ROOT / "gold" / "annotations").glob("*.json")) if (p.stem in second) == group_b]


def _dir(path: Path) -> Path:
    path.mkdir(parents=True, exist_ok=True)
    return path


if __name__ == "__main__":
    main()
