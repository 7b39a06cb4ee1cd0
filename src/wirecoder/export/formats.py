"""`wirecoder export`: one entry point over the formats."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

import duckdb

from wirecoder.errors import WirecoderError
from wirecoder.export.gdelt import export_gdelt
from wirecoder.export.tables import TABLES, copy_query, export_jsonl, export_tables

FORMATS = ("jsonl", "csv", "parquet", "gdelt")


class ExportError(WirecoderError):
    """An export that cannot be written as asked."""


@dataclass(frozen=True)
class ExportOptions:
    fmt: str
    table: str | None = None  # csv/parquet: one table or view into the file OUT, not a folder
    header: bool = True  # gdelt: GDELT's own files have none


@dataclass(frozen=True)
class ExportReport:
    format: str
    out: str
    rows: dict[str, int]


def export(conn: duckdb.DuckDBPyConnection, out: Path, options: ExportOptions) -> ExportReport:
    fmt = options.fmt
    if fmt not in FORMATS:
        raise ExportError(f"--format {fmt!r}: use one of {', '.join(FORMATS)}")
    if options.table and options.table not in TABLES:
        raise ExportError(f"--only {options.table!r}: use one of {', '.join(TABLES)}")
    try:
        rows = _write(conn, out, options)
    except duckdb.Error as exc:
        raise ExportError(f"{out}: cannot write the export ({str(exc).splitlines()[0]})") from exc
    except OSError as exc:
        raise ExportError(f"{out}: cannot write the export ({exc.strerror})") from exc
    return ExportReport(fmt, str(out), rows)


def _write(conn: duckdb.DuckDBPyConnection, out: Path, options: ExportOptions) -> dict[str, int]:
    fmt = options.fmt
    if fmt in ("jsonl", "gdelt") or options.table:
        if out.is_dir():
            raise ExportError(f"{out} is a folder: give a file name for a {fmt} export of one table")
        out.parent.mkdir(parents=True, exist_ok=True)
    if fmt == "jsonl":
        return {"articles": export_jsonl(conn, out)}
    if fmt == "gdelt":
        return {"events": export_gdelt(conn, out, header=options.header)}
    if options.table:
        return {options.table: copy_query(conn, TABLES[options.table], out, fmt)}
    return export_tables(conn, out, fmt)
