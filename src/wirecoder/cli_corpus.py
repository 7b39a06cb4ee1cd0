"""The corpus commands: ingest, events, quotes, actors, positions, dyads, sql, export.

Each handler parses its flags, calls one library function (`wirecoder.runners.local.ingest`,
`wirecoder.store.queries.*`, `wirecoder.export.formats.export`) and prints the result with the
output flags every read command shares: --json (default), --nl, --csv, --table.
`register(group)` adds them to the `wirecoder` command group.
"""

from __future__ import annotations

import csv
import functools
import io
import json
import os
import sys
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from datetime import date, datetime
from decimal import Decimal
from pathlib import Path
from typing import Any, TypeVar

import click
import duckdb

from wirecoder.errors import WirecoderError
from wirecoder.store.db import DEFAULT_DB, ENV_DB

F = TypeVar("F", bound=Callable[..., Any])
Row = dict[str, Any]
TABLE_CELL = 80


# --- shared flags and output --------------------------------------------------------------------


def db_option(f: F) -> F:
    return click.option(
        "--db", envvar=ENV_DB, default=DEFAULT_DB, show_default=True, type=click.Path(dir_okay=False),
        help=f"The database (env {ENV_DB}).",
    )(f)


def output_options(f: F) -> F:
    """--json / --nl / --csv / --table: one destination, `fmt`."""
    for flag, value, text in reversed(
        (
            ("--json", "json", "A JSON array (the default)."),
            ("--nl", "nl", "Newline-delimited JSON, one object a line."),
            ("--csv", "csv", "CSV with a header row."),
            ("--table", "table", "A table for reading in a terminal."),
        )
    ):
        extra: dict[str, Any] = {"default": True} if value == "json" else {}
        f = click.option(flag, "fmt", flag_value=value, help=text, **extra)(f)
    return f


def limit_option(f: F) -> F:
    return click.option("--limit", type=int, default=100, show_default=True, help="At most this many rows (0: all).")(f)


def fails_cleanly(f: F) -> F:
    """wirecoder's own errors become one line on stderr and exit code 2."""

    @functools.wraps(f)
    def wrapper(*args: Any, **kwargs: Any) -> Any:
        try:
            return f(*args, **kwargs)
        except WirecoderError as exc:
            click.echo(f"error: {exc}", err=True)
            sys.exit(2)

    return wrapper  # type: ignore[return-value]


def plain(value: Any) -> Any:
    """A value JSON can carry: dates as ISO strings, decimals as floats, containers recursively."""
    if isinstance(value, datetime | date):
        return value.isoformat()
    if isinstance(value, Decimal):
        return float(value)
    if isinstance(value, dict):
        return {k: plain(v) for k, v in value.items()}
    if isinstance(value, list | tuple):
        return [plain(v) for v in value]
    return value


def json_default(value: Any) -> Any:
    """What `json` cannot encode by itself: dates, decimals."""
    if isinstance(value, datetime | date):
        return value.isoformat()
    if isinstance(value, Decimal):
        return float(value)
    raise TypeError(f"cannot encode {type(value).__name__} as JSON")


def flat(value: Any) -> str:
    """A value for one CSV or table cell: lists joined with '; ', objects as JSON."""
    value = plain(value)
    if value is None:
        return ""
    if isinstance(value, list):
        return "; ".join(flat(v) if not isinstance(v, dict) else json.dumps(v, ensure_ascii=False) for v in value)
    if isinstance(value, dict):
        return json.dumps(value, ensure_ascii=False)
    return str(value)


def emit(rows: Sequence[Row] | Row, fmt: str, brief: Sequence[str] = ()) -> None:
    """Print rows (or one object) in the chosen output format; --table shows only the `brief` columns."""
    if fmt == "json":
        click.echo(json.dumps(rows, ensure_ascii=False, indent=2, default=json_default))
        return
    rows = [rows] if isinstance(rows, dict) else list(rows)
    if fmt == "nl":
        encode = json.JSONEncoder(ensure_ascii=False, default=json_default).encode
        click.echo("".join(encode(row) + "\n" for row in rows), nl=False)
    elif fmt == "csv":
        click.echo(to_csv(rows), nl=False)
    else:
        print_table([{k: r[k] for k in brief if k in r} for r in rows] if brief else rows)


def to_csv(rows: list[Row]) -> str:
    buffer = io.StringIO()
    if rows:
        writer = csv.DictWriter(buffer, fieldnames=list(rows[0]), lineterminator="\n")
        writer.writeheader()
        for row in rows:
            writer.writerow({k: flat(v) for k, v in row.items()})
    return buffer.getvalue()


def print_table(rows: list[Row]) -> None:
    from rich.console import Console
    from rich.table import Table

    console = Console(width=None if sys.stdout.isatty() else 200)
    if not rows:
        console.print("(no rows)")
        return
    table = Table(show_lines=False)
    for name in rows[0]:
        table.add_column(name, overflow="fold")
    for row in rows:
        table.add_row(*(short(flat(v)) for v in row.values()))
    console.print(table)


def short(text: str) -> str:
    return text if len(text) <= TABLE_CELL else text[: TABLE_CELL - 1] + "…"


@contextmanager
def reading(db: str) -> Iterator[duckdb.DuckDBPyConnection]:
    from wirecoder.store.queries import reader

    with reader(db) as conn:
        yield conn


# --- ingest -------------------------------------------------------------------------------------


def default_workers() -> int:
    return max(1, min(8, (os.cpu_count() or 2) - 1))


@click.command()
@click.argument("paths", nargs=-1, required=True)
@db_option
@click.option("--workers", "-w", type=click.IntRange(min=0), default=default_workers, show_default="cores - 1",
              help="Worker processes, each loading the model once (0: in this process).")
@click.option("--batch-size", type=click.IntRange(min=1), default=32, show_default=True,
              help="Articles committed per transaction.")
@click.option("--timeout", type=click.FloatRange(min=0), default=60.0, show_default=True,
              help="Seconds one article may take before it is recorded as a failure (0: no limit).")
@click.option("--force", is_flag=True, help="Re-extract inputs that are stored already.")
@click.option("--retry-failed", is_flag=True, help="Try again the inputs that failed before.")
@click.option("--model", envvar="WIRECODER_MODEL", default=None,
              help="Any installed spaCy pipeline (env WIRECODER_MODEL).")
@click.option("--progress/--no-progress", default=None, help="A progress bar on stderr (default: on a terminal).")
@click.option("--verbose", "-v", is_flag=True, help="One line on stderr per committed batch.")
@output_options
@fails_cleanly
def ingest(paths: tuple[str, ...], db: str, workers: int, batch_size: int, timeout: float, force: bool,
           retry_failed: bool, model: str | None, progress: bool | None, verbose: bool, fmt: str) -> None:
    """Extract articles into the database: folders (recursive), globs, .txt, .html, .jsonl, WARC, - for stdin.

    Re-running adds nothing new; --force re-extracts. Failing articles go to the `failures` table.

    Example: wirecoder ingest examples/corpus/ --db wire.duckdb --workers 2
    """
    from wirecoder.errors import InputError
    from wirecoder.extract import ExtractOptions
    from wirecoder.ingest.sources import unmatched
    from wirecoder.runners.local import IngestOptions
    from wirecoder.runners.local import ingest as run_ingest

    missing = unmatched(paths)
    if len(missing) == len(paths):  # a typo, not a batch with a bad input: nothing to do
        raise InputError(", ".join(missing), "no such file or folder, or no file matches")
    for path in missing:
        click.echo(f"warning: {path}: no such file or folder, or no file matches (recorded as a failure)", err=True)
    extract = ExtractOptions(model=model) if model else ExtractOptions()
    options = IngestOptions(
        db=Path(db), workers=workers, batch_size=batch_size, timeout=timeout, force=force,
        retry_failed=retry_failed, extract=extract, progress=progress, log=verbose,
    )
    report = run_ingest(paths, options)
    if report.inputs == 0:
        click.echo(f"warning: no articles found in {', '.join(paths)} (.txt, .html, .jsonl, .warc files)", err=True)
    emit(report.to_json(), fmt)


# --- read commands ------------------------------------------------------------------------------

since_option = click.option("--since", metavar="YYYY-MM-DD", help="From this date on.")
until_option = click.option("--until", metavar="YYYY-MM-DD", help="Up to this date.")


@click.command()
@click.option("--actor", metavar="NAME", help="Source or target: an actor id, a name or a surname.")
@click.option("--country", metavar="ISO3", help="Source or target country.")
@click.option("--code", metavar="PREFIX", help="CAMEO code or prefix (04 consult, 19 fight).")
@since_option
@until_option
@click.option("--include-negated", is_flag=True, help="Also events reported as not happening.")
@limit_option
@db_option
@output_options
@fails_cleanly
def events(actor: str | None, country: str | None, code: str | None, since: str | None, until: str | None,
           include_negated: bool, limit: int, db: str, fmt: str) -> None:
    """Corpus events, latest first: one per source, target, code and date, with mentions, articles, sources.

    Example: wirecoder events --actor Putin --code 04 --since 2025-02-01 --table
    """
    from wirecoder.store import queries

    with reading(db) as conn:
        rows = queries.events(conn, actor=actor, country=country, code=code, since=since, until=until,
                              include_negated=include_negated, limit=limit)
    emit(rows, fmt, brief=("date", "source_name", "event", "target_name", "code", "goldstein", "negated",
                           "num_mentions", "num_articles", "num_sources"))


@click.command()
@click.option("--speaker", metavar="NAME", help="An actor id, a name or a surname.")
@click.option("--contains", metavar="TEXT", help="Quotes containing this text (any case).")
@since_option
@until_option
@limit_option
@db_option
@output_options
@fails_cleanly
def quotes(speaker: str | None, contains: str | None, since: str | None, until: str | None, limit: int,
           db: str, fmt: str) -> None:
    """Quotes with their speakers across the corpus, latest first.

    Example: wirecoder quotes --speaker Zelensky --contains ceasefire --nl
    """
    from wirecoder.store import queries

    with reading(db) as conn:
        rows = queries.quotes(conn, speaker=speaker, contains=contains, since=since, until=until, limit=limit)
    emit(rows, fmt, brief=("date", "speaker_name", "speaker_actor", "kind", "text", "outlet"))


@click.group(invoke_without_command=True)
@click.option("--name", metavar="NAME", help="An actor id, a name or a surname.")
@click.option("--country", metavar="ISO3", help="The actor's country.")
@click.option("--role", help="Part of a role the actor held, any case (\"minister\" finds foreign ministers).")
@click.option("--kind", type=click.Choice(["person", "organization", "country", "group"]))
@limit_option
@db_option
@output_options
@click.pass_context
@fails_cleanly
def actors(ctx: click.Context, name: str | None, country: str | None, role: str | None, kind: str | None,
           limit: int, db: str, fmt: str) -> None:
    """Corpus actors (one per real entity), most written-about first; `merge`/`split` correct them by hand.

    Example: wirecoder actors --country UKR --role president --table
    """
    if ctx.invoked_subcommand is not None:
        ctx.obj = {"db": db, "fmt": fmt}
        return
    from wirecoder.store import queries

    with reading(db) as conn:
        rows = queries.actors(conn, name=name, country=country, role=role, kind=kind, limit=limit)
    emit(rows, fmt, brief=("actor_id", "name", "kind", "country", "n_articles", "first_seen", "last_seen", "roles"))


sub_db_option = click.option("--db", type=click.Path(dir_okay=False), default=None,
                             help="The database (or give it to `actors`).")
note_option = click.option("--note", default="", help="Why (kept in actor_overrides).")


def sub_db(ctx: click.Context, db: str | None) -> str:
    return db or (ctx.obj or {}).get("db") or os.environ.get(ENV_DB) or DEFAULT_DB


@actors.command("roles")
@click.option("--actor", metavar="NAME", help="An actor id, a name or a surname.")
@limit_option
@sub_db_option
@output_options
@click.pass_context
@fails_cleanly
def actors_roles(ctx: click.Context, actor: str | None, limit: int, db: str | None, fmt: str) -> None:
    """Each actor's roles over time: role, first and last date seen, in how many articles.

    Example: wirecoder actors roles --actor Rubio --table
    """
    from wirecoder.store import queries

    with reading(sub_db(ctx, db)) as conn:
        rows = queries.roles(conn, actor=actor, limit=limit)
    emit(rows, fmt)


@actors.command("merge")
@click.argument("keep")
@click.argument("others", nargs=-1, required=True)
@sub_db_option
@note_option
@output_options
@click.pass_context
@fails_cleanly
def actors_merge(ctx: click.Context, keep: str, others: tuple[str, ...], db: str | None, note: str,
                 fmt: str) -> None:
    """Make several actors one (recorded, so later ingests keep them together).

    Example: wirecoder actors merge vladimir-putin "V. V. Putin"
    """
    from wirecoder.store.overrides import merge_actors

    emit(merge_actors(Path(sub_db(ctx, db)), keep, list(others), note=note), fmt)


@actors.command("split")
@click.argument("actor")
@click.argument("names", nargs=-1)
@sub_db_option
@note_option
@output_options
@click.pass_context
@fails_cleanly
def actors_split(ctx: click.Context, actor: str, names: tuple[str, ...], db: str | None, note: str,
                 fmt: str) -> None:
    """Take NAMES out of ACTOR as actors of their own (every name, when none is given); later ingests respect it.

    Example: wirecoder actors split donald-trump "Trump"
    """
    from wirecoder.store.overrides import split_actor

    emit(split_actor(Path(sub_db(ctx, db)), actor, list(names), note=note), fmt)


@click.command()
@click.option("--actor", metavar="NAME", help="An actor id, a name or a surname.")
@click.option("--country", metavar="ISO3", help="The side's country.")
@click.option("--stance", type=click.Choice(["demand", "offer", "reject", "agree", "appeal", "concede", "threaten"]))
@since_option
@until_option
@click.option("--include-negated", is_flag=True, help="Also stances reported as not taken.")
@limit_option
@db_option
@output_options
@fails_cleanly
def positions(actor: str | None, country: str | None, stance: str | None, since: str | None, until: str | None,
              include_negated: bool, limit: int, db: str, fmt: str) -> None:
    """Each side's demands, offers, rejections and agreements over time, what they are about, and the quote.

    Example: wirecoder positions --country RUS --stance demand --table
    """
    from wirecoder.store import queries

    with reading(db) as conn:
        rows = queries.positions(conn, actor=actor, country=country, stance=stance, since=since, until=until,
                                 include_negated=include_negated, limit=limit)
    emit(rows, fmt, brief=("date", "actor_name", "stance", "code", "target_name", "about", "quote"))


@click.command()
@since_option
@until_option
@click.option("--interval", type=click.Choice(["day", "week", "month", "year"]), default="week", show_default=True)
@click.option("--country", metavar="ISO3", help="Only pairs with this country on either side.")
@click.option("--limit", type=int, default=0, help="At most this many rows (default: all).")
@db_option
@output_options
@fails_cleanly
def dyads(since: str | None, until: str | None, interval: str, country: str | None, limit: int, db: str,
          fmt: str) -> None:
    """Event counts per source–target country pair, QuadClass and period, with mean Goldstein.

    Example: wirecoder dyads --since 2025-01-01 --interval month --csv > dyads.csv
    """
    from wirecoder.store import queries

    with reading(db) as conn:
        rows = queries.dyads(conn, since=since, until=until, interval=interval, country=country, limit=limit)
    emit(rows, fmt)


@click.command()
@click.argument("query")
@db_option
@output_options
@fails_cleanly
def sql(query: str, db: str, fmt: str) -> None:
    """Run read-only SQL over the tables and views documented in docs/corpus.md (- reads it from stdin).

    Example: wirecoder sql "SELECT outlet, count(*) FROM corpus_articles GROUP BY outlet" --table
    """
    from wirecoder.store import queries

    if query == "-":
        query = sys.stdin.read()
    with reading(db) as conn:
        rows = queries.sql(conn, query)
    emit(rows, fmt)


@click.command()
@click.argument("out", type=click.Path(path_type=Path))
@click.option("--format", "export_format", type=click.Choice(["parquet", "csv", "jsonl", "gdelt"]),
              required=True, help="parquet/csv: a folder of tables; jsonl: one document per article; "
              "gdelt: a GDELT 2.0 events table (tab-separated).")
@click.option("--only", "table", metavar="NAME", help="parquet/csv: only this table or view, into the file OUT.")
@click.option("--header/--no-header", default=True, show_default=True, help="gdelt: a header row of column names.")
@db_option
@output_options
@fails_cleanly
def export(out: Path, export_format: str, table: str | None, header: bool, db: str, fmt: str) -> None:
    """Write the corpus out: Parquet, CSV, JSONL or a GDELT-style events table.

    Example: wirecoder export --format gdelt events.tsv
    """
    from dataclasses import asdict

    from wirecoder.export.formats import ExportOptions
    from wirecoder.export.formats import export as run_export

    with reading(db) as conn:
        report = run_export(conn, out, ExportOptions(fmt=export_format, table=table, header=header))
    emit(asdict(report), fmt)


COMMANDS: tuple[click.Command, ...] = (ingest, events, quotes, actors, positions, dyads, sql, export)


def register(group: click.Group) -> None:
    """Add the corpus commands to `group` (the `wirecoder` CLI)."""
    for command in COMMANDS:
        group.add_command(command)
