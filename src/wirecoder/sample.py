"""The shipped sample article: read it with its metadata and show its extraction."""

from __future__ import annotations

import json
from pathlib import Path

from rich.console import Console

from wirecoder.extract import ExtractOptions, extract_raw
from wirecoder.ingest.reader import RawArticle
from wirecoder.model import Extraction

SAMPLE = "sample-article.txt"


def extract_sample(examples: Path, options: ExtractOptions | None = None) -> Extraction:
    """Extract `examples/sample-article.txt`, dated by the `.json` beside it."""
    path = examples / SAMPLE
    meta_path = path.with_suffix(".json")
    meta = json.loads(meta_path.read_text()) if meta_path.exists() else {}
    raw = RawArticle(source=str(path), data=path.read_bytes(), published=meta.get("published"),
                     title=meta.get("title"), url=meta.get("url"), outlet=meta.get("outlet"))
    return extract_raw(raw, options)


def show_sample(examples: Path, console: Console) -> Extraction:
    from wirecoder.render import print_extraction

    result = extract_sample(examples)
    console.rule(f"One article: {examples / SAMPLE}")
    print_extraction(result, console)
    return result
