"""The README's first command: ingest the sample corpus and summarise it (dyads, events, quotes)."""

from __future__ import annotations

import os
from pathlib import Path
from typing import Any

from rich.console import Console
from rich.table import Table

from wirecoder.runners.local import IngestOptions, IngestReport, ingest
from wirecoder.store import queries

CORPUS = Path("examples") / "corpus"
TOP = 8
NO_WRAP = {"date", "code", "reports"}  # short columns; names and labels wrap


def find_corpus(corpus: Path | None = None) -> Path:
    """The sample corpus: as given, else under the working folder, else beside the source tree."""
    candidates = [corpus] if corpus else [CORPUS, Path(__file__).resolve().parents[2] / CORPUS]
    for path in candidates:
        if path is not None and path.is_dir():
            return path
    from wirecoder.errors import InputError

    raise InputError(str(candidates[0]), "the sample corpus folder is missing: run from the repository root")


def run_demo(db_path: Path | str, console: Console, corpus: Path | None = None) -> IngestReport:
    """Ingest the sample corpus into `db_path` (again: nothing new is added) and print a summary."""
    folder = find_corpus(corpus)
    workers = 2 if (os.cpu_count() or 1) > 2 else 1
    console.rule(f"A corpus: {folder} → {db_path}")
    report = ingest([str(folder)], IngestOptions(db=Path(db_path), workers=workers))
    console.print(
        f"ingested {report.added} new articles in {report.seconds:.1f} s "
        f"({report.skipped} already stored, {report.duplicates} exact and {report.near_duplicates} near duplicates "
        f"linked, {report.failed} failed)"
    )
    with queries.reader(db_path) as conn:
        print_summary(conn, console)
    return report


def print_summary(conn: Any, console: Console) -> None:
    counts = queries.counts(conn)
    console.print(
        f"[bold]{counts['articles']}[/] articles ({counts['exact_duplicates']} exact and "
        f"{counts['near_duplicates']} near duplicates linked), {counts['failures']} failures, "
        f"{counts['actors']} actors, {counts['events']} events from {counts['event_mentions']} mentions, "
        f"{counts['quotes']} quotes"
    )
    console.print(dyad_table(conn))
    console.print(event_table(conn))
    console.print(speaker_table(conn))
    console.print("More: [cyan]wirecoder events --table[/], [cyan]wirecoder dyads --interval day[/], "
                  "[cyan]wirecoder positions --table[/], [cyan]wirecoder sql \"SELECT ...\"[/]")


def dyad_table(conn: Any) -> Table:
    rows = queries.sql(
        conn,
        """SELECT source_country, target_country, count(*) AS events,
                  count(*) FILTER (WHERE quad_class IN (1, 2)) AS cooperation,
                  count(*) FILTER (WHERE quad_class IN (3, 4)) AS conflict,
                  round(avg(goldstein), 2) AS goldstein, min(event_date) AS first, max(event_date) AS last
           FROM events
           WHERE NOT negated AND source_country IS NOT NULL AND target_country IS NOT NULL
                 AND source_country <> target_country
           GROUP BY ALL ORDER BY events DESC, source_country, target_country LIMIT ?""",
        [TOP],
    )
    table = Table(title="Top dyads (source → target country)")
    for name in ("dyad", "events", "coop.", "conflict", "Goldstein", "from", "to"):
        table.add_column(name, no_wrap=True)
    for r in rows:
        table.add_row(f"{r['source_country']} → {r['target_country']}", str(r["events"]), str(r["cooperation"]),
                      str(r["conflict"]), f"{r['goldstein']:+.2f}", str(r["first"]), str(r["last"]))
    return table


def event_table(conn: Any) -> Table:
    rows = queries.events(conn, limit=TOP * 2)
    rows = [r for r in rows if r["source_name"] and r["target_name"]][:TOP] or rows[:TOP]
    table = Table(title="Latest events")
    for name in ("date", "source", "event", "target", "code", "reports"):
        table.add_column(name, no_wrap=name in NO_WRAP)
    for r in rows:
        table.add_row(str(r["date"]), r["source_name"] or "—", r["event"] or "", r["target_name"] or "—",
                      r["code"], f"{r['num_mentions']}/{r['num_articles']}/{r['num_sources']}")
    table.caption = "reports: mentions / articles / sources (outlets), as GDELT counts them"
    return table


def speaker_table(conn: Any) -> Table:
    rows = queries.sql(
        conn,
        """SELECT speaker_name, count(*) AS quotes, count(DISTINCT article_id) AS articles,
                  arg_max(text, (kind = 'direct')::INTEGER * 1000 + least(length(text), 200)) AS example
           FROM quotes WHERE speaker_actor IS NOT NULL
           GROUP BY speaker_actor, speaker_name ORDER BY quotes DESC, speaker_name LIMIT ?""",
        [TOP],
    )
    table = Table(title="Quotes by speaker")
    for name in ("speaker", "quotes", "articles", "for example"):
        table.add_column(name)
    for r in rows:
        example = r["example"] if len(r["example"]) <= 90 else r["example"][:89] + "…"
        table.add_row(r["speaker_name"], str(r["quotes"]), str(r["articles"]), f"“{example}”")
    return table
