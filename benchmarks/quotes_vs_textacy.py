"""Quotes: wirecoder against textacy's direct_quotations, on the seed and our gold set, same scorer.

    .venv/bin/python benchmarks/quotes_vs_textacy.py

textacy finds (speaker, cue, quote) triples of direct quotes. Its speakers are token spans; to score
them, each is given to the actor our actors stage found there (or, failing that, one whose name
contains the speaker's text), so both coders are scored on the same actors.
"""

from __future__ import annotations

import json
import os
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
    out = []
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


def main() -> None:
    scorer = load_scorer()
    cases = [(SHARED / "eval" / "gold" / "seed-ukraine-talks.json", SHARED / "eval" / "articles")]
    cases += [(p, ROOT / "gold" / "articles") for p in sorted((ROOT / "gold" / "annotations").glob("*.json"))]
    totals: dict[str, dict[str, Any]] = {}
    for label, chosen in (("seed", cases[:1]), ("gold set", cases[1:])):
        for coder in ("wirecoder", "textacy"):
            total = None
            for gold_path, folder in chosen:
                gold = json.loads(gold_path.read_text())
                text = (folder / gold["article"]).read_text(encoding="utf-8")
                ours = extract(text, published=gold.get("published")).to_json()
                out = ours if coder == "wirecoder" else textacy_output(text, ours)
                s = scorer.score(gold, out)
                total = s if total is None else scorer.add(total, s)
            totals[f"{label}: {coder}"] = scorer.headline(total)
    print(f"{'':28}" + "".join(f"{m.replace('_quote', ''):>22}" for m in METRICS))
    for name, figures in totals.items():
        print(f"{name:28}" + "".join(f"{figures[m]!s:>22}" for m in METRICS))


if __name__ == "__main__":
    main()
