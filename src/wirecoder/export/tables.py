"""Tables and views to files: CSV or Parquet (DuckDB's COPY), and the per-article JSON documents (JSONL)."""

from __future__ import annotations

import json
from pathlib import Path

import duckdb

from wirecoder.export.gdelt import sql_path

# What a whole-corpus export writes, one file each. Big text columns stay in the database.
TABLES: dict[str, str] = {
    "articles": "SELECT * EXCLUDE (text, doc) FROM articles ORDER BY published, article_id",
    "actors": "SELECT * FROM actors ORDER BY n_articles DESC, actor_id",
    "actor_roles": "SELECT * FROM actor_roles ORDER BY actor_id, first_seen",
    "quotes": "SELECT * FROM quotes ORDER BY date, article_id, start_char",
    "events": "SELECT * EXCLUDE (evidence) FROM events ORDER BY event_date, event_id",
    "event_mentions": "SELECT * FROM event_mentions ORDER BY event_date, article_id, event_local",
    "positions": "SELECT * FROM positions ORDER BY date, actor",
    "duplicates": "SELECT * FROM duplicates ORDER BY original_id, article_id",
    "failures": "SELECT * FROM failures ORDER BY last_at",
}
COPY_OPTIONS = {"csv": "FORMAT csv, HEADER true", "parquet": "FORMAT parquet, COMPRESSION zstd"}


def copy_query(conn: duckdb.DuckDBPyConnection, query: str, out: Path, fmt: str) -> int:
    row = conn.execute(f"COPY ({query}) TO '{sql_path(out)}' ({COPY_OPTIONS[fmt]})").fetchone()
    return int(row[0]) if row else 0


def export_tables(
    conn: duckdb.DuckDBPyConnection, out: Path, fmt: str, tables: list[str] | None = None
) -> dict[str, int]:
    """One file per table into the folder `out` (created). Returns rows written per table."""
    out.mkdir(parents=True, exist_ok=True)
    written = {}
    for name in tables or list(TABLES):
        written[name] = copy_query(conn, TABLES[name], out / f"{name}.{fmt}", fmt)
    return written


def export_jsonl(conn: duckdb.DuckDBPyConnection, out: Path, *, include_duplicates: bool = True) -> int:
    """Each article's wirecoder/1 document, one per line, in published order."""
    where = "" if include_duplicates else "WHERE duplicate_of IS NULL"
    cursor = conn.execute(f"SELECT doc FROM articles {where} ORDER BY published NULLS LAST, article_id")
    count = 0
    with out.open("w", encoding="utf-8") as handle:
        while batch := cursor.fetchmany(1000):
            for (doc,) in batch:
                handle.write(json.dumps(json.loads(doc), ensure_ascii=False) + "\n")
                count += 1
    return count
