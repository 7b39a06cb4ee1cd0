"""Generate 1M synthetic event mentions into a database and time `wirecoder dyads --interval week`.

    python benchmarks/dyads_1m.py [--events 1000000] [--db /tmp/dyads-1m.duckdb]

Prints the time of the query function (rows fetched into Python; one cold run, then the median of
several) and the wall time of the whole CLI command in a fresh process. Target: under 1 s.
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from wirecoder.store import queries
from wirecoder.store.writer import Writer

COUNTRIES = [
    "USA", "RUS", "UKR", "CHN", "IND", "GBR", "FRA", "DEU", "TUR", "IRN", "ISR", "SAU", "EGY", "KGZ", "TJK",
    "KAZ", "POL", "BLR", "JPN", "KOR", "PRK", "BRA", "MEX", "NGA", "ZAF", "ETH", "SDN", "PAK", "AFG", "SYR",
]
CODES = ["010", "020", "036", "040", "042", "043", "046", "051", "057", "061", "071", "0831", "090", "100",
         "111", "112", "120", "130", "141", "163", "173", "180", "190", "193", "195"]
ACTORS_PER_COUNTRY = 40
EVENTS_PER_ARTICLE = 10


def generate(db: Path, events: int) -> None:
    """Articles, actors and event mentions built by SQL in DuckDB (seconds, not minutes)."""
    articles = max(1, events // EVENTS_PER_ARTICLE)
    n_actors = len(COUNTRIES) * ACTORS_PER_COUNTRY
    with Writer(db) as writer:
        conn = writer.conn
        conn.execute("CREATE TEMP TABLE countries AS SELECT unnest(?::VARCHAR[]) AS iso, "
                     "generate_subscripts(?::VARCHAR[], 1) - 1 AS i", [COUNTRIES, COUNTRIES])
        conn.execute("CREATE TEMP TABLE codes AS SELECT unnest(?::VARCHAR[]) AS code, "
                     "generate_subscripts(?::VARCHAR[], 1) - 1 AS i", [CODES, CODES])
        conn.execute("BEGIN TRANSACTION")
        conn.execute(f"""
            INSERT INTO actor_map
            SELECT 'person:actor ' || a, 'actor-' || a, 'Actor ' || a, 'person', c.iso
            FROM range({n_actors}) r(a) JOIN countries c ON c.i = a % {len(COUNTRIES)}
        """)
        conn.execute(f"""
            INSERT INTO articles (article_id, source, outlet, published, ingested_at, n_chars)
            SELECT printf('%016x', a), 'synthetic/' || a, 'Outlet ' || (a % 97),
                   DATE '2024-01-01' + (a * 730 // {articles})::INTEGER, now()::TIMESTAMP, 3000
            FROM range({articles}) r(a)
        """)
        conn.execute(f"""
            INSERT INTO article_events (article_id, event_local, code, base_code, root_code, quad_class, goldstein,
                                        source_node, source_country, target_node, target_country, event_date,
                                        negated, modality, mentions, sentence, is_lead)
            SELECT printf('%016x', e // {EVENTS_PER_ARTICLE}), 'e' || (e % {EVENTS_PER_ARTICLE}), k.code,
                   substr(k.code, 1, 3), substr(k.code, 1, 2),
                   CASE WHEN k.code < '06' THEN 1 WHEN k.code < '09' THEN 2 WHEN k.code < '14' THEN 3 ELSE 4 END,
                   round(10 - 20 * random(), 1),
                   'person:actor ' || s, cs.iso, 'person:actor ' || t, ct.iso,
                   DATE '2024-01-01' + ((e // {EVENTS_PER_ARTICLE}) * 730 // {articles})::INTEGER,
                   random() < 0.03, 'asserted', 1, 'A synthetic sentence.', e % {EVENTS_PER_ARTICLE} = 0
            FROM (SELECT e, hash(e) % {n_actors} AS s, hash(e + 7) % {n_actors} AS t,
                         hash(e + 13) % {len(CODES)} AS ki FROM range({events}) r(e)) g
            JOIN codes k ON k.i = g.ki
            JOIN countries cs ON cs.i = g.s % {len(COUNTRIES)}
            JOIN countries ct ON ct.i = g.t % {len(COUNTRIES)}
        """)
        conn.execute("COMMIT")
        conn.execute("CHECKPOINT")


def time_sql(db: Path, runs: int) -> list[float]:
    """The query alone, its rows counted inside DuckDB rather than brought into Python."""
    query, params = queries.dyads_query(interval="week")
    times = []
    with queries.reader(db) as conn:
        for _ in range(runs):
            start = time.perf_counter()
            conn.execute(f"SELECT count(*) FROM ({query})", params).fetchall()
            times.append(time.perf_counter() - start)
    return times


def time_query(db: Path, runs: int) -> tuple[float, list[float], int]:
    with queries.reader(db) as conn:
        start = time.perf_counter()
        rows = queries.dyads(conn, interval="week")
        cold = time.perf_counter() - start
        warm = []
        for _ in range(runs):
            start = time.perf_counter()
            queries.dyads(conn, interval="week")
            warm.append(time.perf_counter() - start)
    return cold, warm, len(rows)


def time_cli(db: Path, *extra: str) -> float:
    start = time.perf_counter()
    subprocess.run([sys.executable, "-m", "wirecoder.cli", "dyads", "--interval", "week", "--db", str(db), "--nl",
                    *extra], check=True, stdout=subprocess.DEVNULL)
    return time.perf_counter() - start


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--events", type=int, default=1_000_000)
    parser.add_argument("--db", type=Path, default=None)
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args()
    db = args.db or Path(tempfile.mkdtemp(prefix="wirecoder-bench-")) / "dyads-1m.duckdb"
    if db.exists():
        db.unlink()
    start = time.perf_counter()
    generate(db, args.events)
    print(f"generated {args.events:,} event mentions in {time.perf_counter() - start:.1f} s "
          f"({db}, {db.stat().st_size / 1e6:.0f} MB, {os.cpu_count()} cores)")
    sql = time_sql(db, args.runs)
    print(f"the dyads SQL alone (weekly, all pairs): median {statistics.median(sql):.3f} s")
    cold, warm, n = time_query(db, args.runs)
    print(f"queries.dyads(interval='week') with its rows as Python dicts: {n:,} rows; cold {cold:.3f} s, warm median "
          f"{statistics.median(warm):.3f} s (best {min(warm):.3f} s) -> target < 1 s: "
          f"{'met' if statistics.median(warm) < 1 else 'NOT met'}")
    print("`wirecoder dyads --interval week --nl` as a fresh process (start, open, query, print): "
          f"{time_cli(db):.2f} s printing all {n:,} rows, {time_cli(db, '--limit', '20'):.2f} s printing 20")


if __name__ == "__main__":
    main()
