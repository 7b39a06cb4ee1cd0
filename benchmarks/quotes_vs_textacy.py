"""Quotes: wirecoder against textacy's direct_quotations, on the seed and our gold set, same scorer.

    .venv/bin/python -m benchmarks.quotes_vs_textacy

The shared folder (scorer, seed article and gold) comes from WIRECODER_SHARED, default ../shared
beside the repo; gold files whose article is missing are skipped with a note on stderr.

textacy finds (speaker, cue, quote) triples of direct quotes. Its speakers are token spans; to score
them, each is given to the actor our actors stage found there (or, failing that, one whose name
contains the speaker's text), so both coders are scored on the same actors.
"""

from __future__ import annotations

import json
import os
import sys
from pathlib import Path
from typing import Any

from textacy.extract.triples import direct_quotations

from benchmarks.accuracy import load_scorer
from wirecoder import extract
from wirecoder.extract import ExtractOptions, load_pipeline

ROOT = Path(__file__).resolve().parent.parent
SHARED = Path(os.environ.get("WIRECODER_SHARED", ROOT.parent / "shared"))
METRICS = ["direct_quote_recall", "direct_quote_precision", "direct_quote_speaker",
           "indirect_quote_recall", "indirect_quote_speaker"]


def _triples(text: str) -> list[Any]:
    """textacy bails out on a whole article with an odd number of marks; run it paragraph by paragraph."""
    doc = load_pipeline(ExtractOptions().model)(text)
    out: list[Any] = []
    for para in _paragraphs(doc):
        try:
            found = list(direct_quotations(para.as_doc()))
        except ValueError:
            continue  # an unclosed quotation in this paragraph: textacy gives nothing
        out.extend((_shift(s, para), c, _shift(q, para)) for s, c, q in found)
    return out


def _paragraphs(doc: Any) -> list[Any]:
    spans, start = [], 0
    for tok in doc:
        if "\n" in tok.text or "\n" in tok.whitespace_:
            end = tok.i + (0 if "\n" in tok.text else 1)
            if end > start:
                spans.append(doc[start:end])
            start = tok.i + 1
    if start < len(doc):
        spans.append(doc[start:])
    return spans


def _shift(tokens: Any, para: Any) -> list[Any]:
    return [para[t.i] for t in tokens]


def textacy_output(text: str, ours: dict[str, Any]) -> dict[str, Any]:
    quotes = []
    for n, (speaker, _cue, content) in enumerate(_triples(text), 1):
        words = " ".join(t.text for t in speaker)
        actor = next((a["id"] for a in ours["actors"]
                      if any(m["start"] <= speaker[0].idx < m["end"] for m in a["mentions"])), None)
        actor = actor or next((a["id"] for a in ours["actors"] if words and words in a["name"]), None)
        start, end = content[0].idx, content[-1].idx + len(content[-1].text)
        quotes.append({"id": f"t{n}", "speaker": actor, "speakers": [actor] if actor else [],
                       "text": text[start:end].strip("\"“”‘’'"), "kind": "direct", "start": start, "end": end})
    return {**ours, "quotes": quotes}


def _cases() -> dict[str, list[tuple[dict[str, Any], Path]]]:
    """Gold annotations with their article files; missing or unreadable ones are skipped with a note."""
    seed = SHARED / "eval" / "gold" / "seed-ukraine-talks.json"
    sets = {"seed": ([seed] if seed.exists() else [], SHARED / "eval" / "articles"),
            "gold set": (sorted((ROOT / "gold" / "annotations").glob("*.json")), ROOT / "gold" / "articles")}
    out: dict[str, list[tuple[dict[str, Any], Path]]] = {}
    for label, (paths, folder) in sets.items():
        out[label] = []
        for path in paths:
            try:
                gold = json.loads(path.read_text(encoding="utf-8"))
            except (OSError, ValueError) as exc:
                print(f"skipped {path}: {exc}", file=sys.stderr)
                continue
            article = folder / str(gold.get("article", ""))
            if not article.is_file():
                print(f"skipped {path.name}: no article {article}", file=sys.stderr)
                continue
            out[label].append((gold, article))
    return out


def main() -> None:
    scorer = load_scorer()
    totals: dict[str, dict[str, Any]] = {}
    for label, chosen in _cases().items():
        if not chosen:
            print(f"{label}: no gold files found", file=sys.stderr)
            continue
        for coder in ("wirecoder", "textacy"):
            total = None
            for gold, article in chosen:
                text = article.read_text(encoding="utf-8")
                ours = extract(text, published=gold.get("published")).to_json()
                out = ours if coder == "wirecoder" else textacy_output(text, ours)
                s = scorer.score(gold, out)
                total = s if total is None else scorer.add(total, s)
            totals[f"{label} ({len(chosen)}): {coder}"] = scorer.headline(total)
    print(f"{'':30}" + "".join(f"{m.replace('_quote', ''):>18}" for m in METRICS))
    for name, figures in totals.items():
        print(f"{name:30}" + "".join(f"{figures[m]!s:>18}" for m in METRICS))


if __name__ == "__main__":
    main()
