"""Throughput, side by side on the same articles: spaCy's own `nlp.pipe`, full extraction, ingest into DuckDB.

    python benchmarks/throughput.py [--articles 500] [--workers 1 2] [--repeat 1] [--corpus examples/corpus]

The sample corpus is repeated with variations (paragraphs rotated, a variant line added, so every
copy is a distinct article) until there are at least `--articles` texts, written as .txt files with
a manifest. Each configuration runs in a fresh process and is timed from start to finish, model
loading included (for every mode alike); peak RSS is read from the kernel for the process itself
and for its largest worker. Targets: extraction ≤ 1.5× spaCy alone, ingest ≤ 1.1× extraction,
peak RSS ≤ 1 GB per worker. On a shared machine, `--repeat 3` keeps each configuration's fastest run;
the runs go round the configurations in turn, so a busy spell slows every mode alike.
"""

from __future__ import annotations

import argparse
import json
import multiprocessing
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

from wirecoder.extract import ExtractOptions, extract_batch, load_pipeline
from wirecoder.ingest.reader import RawArticle, read_article
from wirecoder.ingest.sources import iter_inputs
from wirecoder.model import Extraction
from wirecoder.runners.workers import CHUNK

MODES = ("spacy", "extract", "ingest")


# --- the articles ---------------------------------------------------------------------------------


def variant(text: str, n: int) -> str:
    """Copy n of an article: its paragraphs rotated by n (headline kept first) and a line saying which copy."""
    paragraphs = [p for p in text.split("\n\n") if p.strip()]
    if n == 0 or len(paragraphs) < 3:
        return text if n == 0 else f"{text}\n\nCopy {n} of this report."
    head, body = paragraphs[0], paragraphs[1:]
    k = n % len(body)
    return "\n\n".join([head, *body[k:], *body[:k], f"Copy {n} of this report."])


def make_articles(corpus: Path, count: int, out: Path) -> int:
    """At least `count` distinct .txt articles in `out`, with their dates in a manifest."""
    originals: dict[str, str | None] = {}  # text → date; the corpus's exact duplicate counted once
    for item in iter_inputs([str(corpus)]):
        if isinstance(item, RawArticle):
            article, _ = read_article(item)
            originals.setdefault(article.text, article.published)
    out.mkdir(parents=True, exist_ok=True)
    manifest = {}
    n = 0
    while n < count:
        for text, published in originals.items():
            name = f"a{n:05d}.txt"
            (out / name).write_text(variant(text, n // len(originals)), encoding="utf-8")
            manifest[name] = {"published": published}
            n += 1
    (out / "manifest.json").write_text(json.dumps(manifest))
    return n


def load_raws(folder: Path) -> list[RawArticle]:
    return [item for item in iter_inputs([str(folder)]) if isinstance(item, RawArticle)]


# --- one configuration (runs in its own process) ---------------------------------------------------


def run_spacy(raws: list[RawArticle], workers: int, model: str) -> int:
    import spacy

    nlp = spacy.load(model)
    texts = [r.data.decode("utf-8") if isinstance(r.data, bytes) else r.data for r in raws]
    count = 0
    for _doc in nlp.pipe(texts, n_process=workers, batch_size=CHUNK):
        count += 1
    return count


def _warm(model: str) -> None:
    load_pipeline(model)


def _extract(raws: list[RawArticle]) -> int:
    return sum(1 for outcome in extract_batch(raws, ExtractOptions()) if isinstance(outcome, Extraction))


def run_extract(raws: list[RawArticle], workers: int, model: str) -> int:
    """Full extraction, in chunks of CHUNK articles as ingest's workers do it, with no database."""
    chunks = [raws[i:i + CHUNK] for i in range(0, len(raws), CHUNK)]
    if workers <= 1:
        _warm(model)
        return sum(_extract(chunk) for chunk in chunks)
    with multiprocessing.get_context("fork").Pool(workers, initializer=_warm, initargs=(model,)) as pool:
        return sum(pool.imap_unordered(_extract, chunks))


def run_ingest(folder: Path, workers: int, model: str) -> int:
    from wirecoder.runners.local import IngestOptions, ingest

    db = Path(tempfile.mkdtemp(prefix="wirecoder-bench-")) / "bench.duckdb"
    report = ingest([str(folder)], IngestOptions(db=db, workers=workers, extract=ExtractOptions(model=model),
                                                 progress=False))
    if report.failed:
        print(f"warning: {report.failed} failures: {report.failures[:3]}", file=sys.stderr)
    return report.added + report.failed


def measure(mode: str, workers: int, folder: Path) -> dict[str, Any]:
    model = ExtractOptions().model
    raws = load_raws(folder)
    start = time.perf_counter()
    if mode == "spacy":
        done = run_spacy(raws, workers, model)
    elif mode == "extract":
        done = run_extract(raws, workers, model)
    else:
        done = run_ingest(folder, workers, model)
    seconds = time.perf_counter() - start
    own = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    children = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
    return {"mode": mode, "workers": workers, "articles": done, "seconds": seconds, "rate": done / seconds,
            "rss_main_mb": own, "rss_worker_mb": children if children else own}


# --- the driver -----------------------------------------------------------------------------------


def run_config(mode: str, workers: int, folder: Path) -> dict[str, Any]:
    out = subprocess.run([sys.executable, __file__, "--one", mode, str(workers), "--data", str(folder)],
                         capture_output=True, text=True, check=True)
    return dict(json.loads(out.stdout.strip().splitlines()[-1]))


def print_results(results: list[dict[str, Any]], workers: list[int]) -> None:
    print(f"{'mode':<10}{'workers':>8}{'articles':>10}{'seconds':>10}{'articles/s':>12}{'main MB':>10}{'worker MB':>11}")
    for r in results:
        print(f"{r['mode']:<10}{r['workers']:>8}{r['articles']:>10}{r['seconds']:>10.1f}{r['rate']:>12.2f}"
              f"{r['rss_main_mb']:>10.0f}{r['rss_worker_mb']:>11.0f}")
    by = {(r["mode"], r["workers"]): r for r in results}
    print("\nratios of time per article (lower is better), targets: extract/spacy ≤ 1.5, ingest/extract ≤ 1.1")
    for w in workers:
        spacy_s, extract_s, ingest_s = (by[(m, w)]["seconds"] / by[(m, w)]["articles"] for m in MODES)
        print(f"  {w} worker(s): extract/spacy {extract_s / spacy_s:.2f}, ingest/extract {ingest_s / extract_s:.2f}, "
              f"ingest/spacy {ingest_s / spacy_s:.2f}")
    worst = max(r["rss_worker_mb"] for r in results)
    print(f"peak RSS of one worker: {worst:.0f} MB (target ≤ 1024 MB)")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--articles", type=int, default=500)
    parser.add_argument("--workers", type=int, nargs="+", default=[1, 2])
    parser.add_argument("--repeat", type=int, default=1, help="runs per configuration; the fastest is kept")
    parser.add_argument("--corpus", type=Path, default=Path("examples/corpus"))
    parser.add_argument("--one", nargs=2, metavar=("MODE", "WORKERS"), help=argparse.SUPPRESS)
    parser.add_argument("--data", type=Path, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.one:
        print(json.dumps(measure(args.one[0], int(args.one[1]), args.data)))
        return
    folder = Path(tempfile.mkdtemp(prefix="wirecoder-bench-")) / "articles"
    n = make_articles(args.corpus, args.articles, folder)
    print(f"{n} articles from {args.corpus} in {folder}; {multiprocessing.cpu_count()} cores\n")
    best: dict[tuple[str, int], dict[str, Any]] = {}
    for _ in range(max(1, args.repeat)):
        for w in args.workers:
            for mode in MODES:
                run = run_config(mode, w, folder)
                if (mode, w) not in best or run["seconds"] < best[(mode, w)]["seconds"]:
                    best[(mode, w)] = run
    print_results([best[(m, w)] for w in args.workers for m in MODES], args.workers)


if __name__ == "__main__":
    main()
