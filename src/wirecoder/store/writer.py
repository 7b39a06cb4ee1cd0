"""The one writer of a database: inserts articles batch by batch, records failures, holds the lock.

Each `write_batch()` is one transaction: after a crash (kill -9 included) every article is either
stored whole (its article, actor, quote and event rows and its input link) or not at all, and the
inputs of the lost batch are simply read again by the next run.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import duckdb

from wirecoder.errors import StoreError
from wirecoder.model import Extraction
from wirecoder.store import merge
from wirecoder.store.db import open_db
from wirecoder.store.dedup import THRESHOLD, similarity
from wirecoder.store.lock import WriteLock
from wirecoder.store.rows import Prepared, Row, prepare

ARTICLE_TABLES = ("article_actors", "article_quotes", "article_events", "article_signatures", "article_bands")


@dataclass(frozen=True)
class FailureRow:
    """An input that gave no article, with the reason."""

    input_sha: str
    source: str
    stage: str  # read | extract | timeout | worker
    error: str
    reason: str


@dataclass(frozen=True)
class Known:
    """An input seen before: the article it gave (None when it failed) and the sources it came from."""

    article_id: str | None
    sources: frozenset[str]


@dataclass
class BatchResult:
    added: list[str] = field(default_factory=list)
    replaced: list[str] = field(default_factory=list)
    duplicates: list[tuple[str, str]] = field(default_factory=list)  # (source, article id)
    near_duplicates: list[tuple[str, str, float]] = field(default_factory=list)  # (id, original, similarity)
    failures: int = 0


def _now() -> datetime:
    return datetime.now(UTC).replace(tzinfo=None)


class Writer:
    """`with Writer(path) as w: w.write_batch(...)`: takes the write lock and migrates the schema."""

    def __init__(self, path: Path | str) -> None:
        self.path = Path(path)
        self.lock = WriteLock(self.path)
        self._conn: duckdb.DuckDBPyConnection | None = None

    # --- opening and closing ----------------------------------------------------------------

    def open(self) -> Writer:
        """Take the lock (unless `lock.acquire()` was called already) and open the database."""
        if not self.lock.held:
            self.lock.acquire()
        try:
            self._conn = open_db(self.path, read_only=False)
        except BaseException:
            self.lock.release()
            raise
        return self

    def close(self) -> None:
        if self._conn is not None:
            self._conn.close()
            self._conn = None
        self.lock.release()

    def __enter__(self) -> Writer:
        return self.open()

    def __exit__(self, *_exc: object) -> None:
        self.close()

    @property
    def conn(self) -> duckdb.DuckDBPyConnection:
        if self._conn is None:
            raise StoreError(f"{self.path}: the writer is not open")
        return self._conn

    # --- what is stored already --------------------------------------------------------------

    def known_inputs(self, shas: Iterable[str]) -> dict[str, Known]:
        """The inputs seen before, by sha: the article each gave (None if it failed) and its sources."""
        wanted = list(set(shas))
        if not wanted:
            return {}
        found: dict[str, Known] = {}
        for sha, article_id, sources in self.conn.execute(
            "SELECT input_sha, any_value(article_id), list(source) FROM inputs "
            "WHERE input_sha IN (SELECT unnest(?::VARCHAR[])) GROUP BY input_sha",
            [wanted],
        ).fetchall():
            found[sha] = Known(article_id, frozenset(sources))
        for sha, source in self.conn.execute(
            "SELECT input_sha, source FROM failures WHERE input_sha IN (SELECT unnest(?::VARCHAR[]))", [wanted]
        ).fetchall():
            found.setdefault(sha, Known(None, frozenset([source])))
        return found

    # --- writing -----------------------------------------------------------------------------

    def insert_extraction(
        self, extraction: Extraction, *, source: str, input_sha: str | None = None, force: bool = False
    ) -> BatchResult:
        """Store one article (a batch of one). Call `resolve_actors()` after a series of inserts: until then
        new names are corpus actors of their own (`ingest` does this at the end of every run)."""
        return self.write_batch([prepare(extraction, source, input_sha)], force=force)

    def record_failure(
        self, source: str, reason: str, *, error: str = "Error", stage: str = "extract", input_sha: str = ""
    ) -> None:
        self.write_batch([], [FailureRow(input_sha or f"source:{source}", source, stage, error, reason)])

    def link_inputs(self, links: Sequence[tuple[str, str]]) -> None:
        """Record more sources for inputs already stored (the same bytes under another path)."""
        if links:
            self.write_batch([], links=links)

    def write_batch(
        self,
        items: Sequence[Prepared],
        failures: Sequence[FailureRow] = (),
        *,
        links: Sequence[tuple[str, str]] = (),
        force: bool = False,
    ) -> BatchResult:
        """Store articles, failures and extra input links in one transaction."""
        conn = self.conn
        conn.execute("BEGIN TRANSACTION")
        try:
            result = self._write(conn, items, failures, links, force)
            conn.execute("COMMIT")
        except BaseException:
            conn.execute("ROLLBACK")
            raise
        return result

    def _write(
        self,
        conn: duckdb.DuckDBPyConnection,
        items: Sequence[Prepared],
        failures: Sequence[FailureRow],
        links: Sequence[tuple[str, str]],
        force: bool,
    ) -> BatchResult:
        now = _now()
        result = BatchResult()
        plan = BatchPlan(conn, items)
        tables: dict[str, list[Row]] = {name: [] for name in (*ARTICLE_TABLES, "articles", "inputs")}
        for item in items:
            outcome = plan.place(item, force)
            tables["inputs"].append(
                {"input_sha": item.input_sha, "source": item.source, "article_id": item.article_id, "seen_at": now}
            )
            if outcome == "duplicate":
                result.duplicates.append((item.source, item.article_id))
                continue
            if outcome == "replace":
                delete_article(conn, item.article_id)
                result.replaced.append(item.article_id)
            else:
                result.added.append(item.article_id)
            original, score = plan.near_duplicate(item)
            if original is not None and score is not None:
                result.near_duplicates.append((item.article_id, original, score))
            add_rows(tables, item, now, original, score)
        for name, rows in tables.items():
            insert_rows(conn, name, rows, upsert=name == "inputs")
        add_provisional_actors(conn, tables["article_actors"])
        delete_failures(conn, [i.input_sha for i in items])
        upsert_failures(conn, failures, now)
        result.failures = len(failures)
        insert_links(conn, links, now)
        return result

    # --- actors ------------------------------------------------------------------------------

    def resolve_actors(self) -> int:
        """Regroup the corpus's actors (after an ingest run, a merge or a split). Returns the actor count."""
        conn = self.conn
        conn.execute("BEGIN TRANSACTION")
        try:
            count = merge.resolve_actors(conn)
            conn.execute("COMMIT")
        except BaseException:
            conn.execute("ROLLBACK")
            raise
        return count

    def add_overrides(self, overrides: Sequence[merge.Override], note: str = "") -> None:
        conn = self.conn
        conn.execute("BEGIN TRANSACTION")
        try:
            row = conn.execute("SELECT coalesce(max(override_id), 0) FROM actor_overrides").fetchone()
            next_id = int(row[0]) if row else 0
            for offset, o in enumerate(overrides, start=1):
                conn.execute(
                    "INSERT INTO actor_overrides VALUES (?, ?, ?, ?, ?, ?)",
                    [next_id + offset, o.op, o.left, o.right, note, _now()],
                )
            merge.resolve_actors(conn)
            conn.execute("COMMIT")
        except BaseException:
            conn.execute("ROLLBACK")
            raise


class BatchPlan:
    """What each item of a batch is: new, a replacement, an exact duplicate or a near-duplicate."""

    def __init__(self, conn: duckdb.DuckDBPyConnection, items: Sequence[Prepared]) -> None:
        ids = [i.article_id for i in items]
        self.stored: set[str] = {
            r[0]
            for r in conn.execute(
                "SELECT article_id FROM articles WHERE article_id IN (SELECT unnest(?::VARCHAR[]))", [ids]
            ).fetchall()
        }
        self.placed: set[str] = set()
        self.candidates = candidate_originals(conn, items)
        self.batch_bands: dict[int, list[str]] = {}
        self.batch_sigs: dict[str, tuple[int, ...]] = {}

    def place(self, item: Prepared, force: bool) -> str:
        aid = item.article_id
        if aid in self.placed or (aid in self.stored and not force):
            return "duplicate"
        self.placed.add(aid)
        return "replace" if aid in self.stored else "new"

    def near_duplicate(self, item: Prepared) -> tuple[str | None, float | None]:
        """The best original at or above the threshold; an original registers its bands for later items."""
        sig = item.signature
        if sig is None:
            return None, None
        options = dict(self.candidates.get(item.article_id, {}))
        for bucket in sig.bands:
            for other in self.batch_bands.get(bucket, []):
                options[other] = self.batch_sigs[other]
        options.pop(item.article_id, None)
        scored = [(similarity(sig.minhash, other_sig), other) for other, other_sig in options.items()]
        best = max(scored, default=(0.0, None))
        if best[1] is not None and best[0] >= THRESHOLD:
            return best[1], best[0]
        for bucket in sig.bands:
            self.batch_bands.setdefault(bucket, []).append(item.article_id)
        self.batch_sigs[item.article_id] = sig.minhash
        return None, None


def candidate_originals(
    conn: duckdb.DuckDBPyConnection, items: Sequence[Prepared]
) -> dict[str, dict[str, tuple[int, ...]]]:
    """article id → {stored original sharing a band: its signature}, in two queries for the whole batch."""
    import pyarrow as pa

    ids: list[str] = []
    buckets: list[int] = []
    for item in items:
        if item.signature is not None:
            ids.extend([item.article_id] * len(item.signature.bands))
            buckets.extend(item.signature.bands)
    if not ids:
        return {}
    probe = pa.table({"probe_id": pa.array(ids, pa.string()), "bucket": pa.array(buckets, pa.int64())})
    conn.register("_probe", probe)
    try:
        rows = conn.execute(
            "SELECT DISTINCT p.probe_id, b.article_id, s.minhash FROM _probe p "
            "JOIN article_bands b USING (bucket) "
            "JOIN article_signatures s ON s.article_id = b.article_id "
            "WHERE b.article_id <> p.probe_id"
        ).fetchall()
    finally:
        conn.unregister("_probe")
    out: dict[str, dict[str, tuple[int, ...]]] = {}
    for probe_id, original, sig in rows:
        out.setdefault(probe_id, {})[original] = tuple(sig)
    return out


def add_rows(tables: dict[str, list[Row]], item: Prepared, now: datetime, original: str | None,
             score: float | None) -> None:
    tables["articles"].append({**item.article, "duplicate_of": original, "similarity": score, "ingested_at": now})
    tables["article_actors"].extend(item.actors)
    tables["article_quotes"].extend(item.quotes)
    tables["article_events"].extend(item.events)
    if item.signature is not None:
        tables["article_signatures"].append({"article_id": item.article_id, "minhash": list(item.signature.minhash)})
        if original is None:  # only originals are indexed, so later copies link to the first one
            tables["article_bands"].extend(
                {"band": band, "bucket": bucket, "article_id": item.article_id}
                for band, bucket in enumerate(item.signature.bands)
            )


def insert_rows(conn: duckdb.DuckDBPyConnection, table: str, rows: list[Row], upsert: bool = False) -> None:
    if not rows:
        return
    import pyarrow as pa

    conn.register("_rows", pa.Table.from_pylist(rows))
    try:
        tail = " ON CONFLICT DO UPDATE SET article_id = EXCLUDED.article_id" if upsert else ""
        conn.execute(f"INSERT INTO {table} BY NAME SELECT * FROM _rows{tail}")
    finally:
        conn.unregister("_rows")


def delete_article(conn: duckdb.DuckDBPyConnection, article_id: str) -> None:
    for table in (*ARTICLE_TABLES, "articles"):
        conn.execute(f"DELETE FROM {table} WHERE article_id = ?", [article_id])


def add_provisional_actors(conn: duckdb.DuckDBPyConnection, actors: list[Row]) -> None:
    """New node keys get an actor of their own until the end of the run regroups them."""
    if not actors:
        return
    fresh: dict[str, Row] = {}
    for a in actors:
        fresh.setdefault(
            a["node_key"],
            {"node_key": a["node_key"], "actor_id": a["node_key"], "name": a["name"], "kind": a["kind"],
             "country": a["country"]},
        )
    import pyarrow as pa

    conn.register("_nodes", pa.Table.from_pylist(list(fresh.values())))
    try:
        conn.execute("INSERT INTO actor_map BY NAME SELECT * FROM _nodes ON CONFLICT DO NOTHING")
    finally:
        conn.unregister("_nodes")


def delete_failures(conn: duckdb.DuckDBPyConnection, shas: list[str]) -> None:
    if shas:
        conn.execute("DELETE FROM failures WHERE input_sha IN (SELECT unnest(?::VARCHAR[]))", [shas])


def upsert_failures(conn: duckdb.DuckDBPyConnection, failures: Sequence[FailureRow], now: datetime) -> None:
    for f in failures:
        conn.execute(
            "INSERT INTO failures VALUES (?, ?, ?, ?, ?, 1, ?, ?) ON CONFLICT (input_sha) DO UPDATE SET "
            "source = EXCLUDED.source, stage = EXCLUDED.stage, error = EXCLUDED.error, "
            "reason = EXCLUDED.reason, attempts = failures.attempts + 1, last_at = EXCLUDED.last_at",
            [f.input_sha, f.source, f.stage, f.error, f.reason, now, now],
        )


def insert_links(conn: duckdb.DuckDBPyConnection, links: Sequence[tuple[str, str]], now: datetime) -> None:
    for sha, source in links:
        row: Any = conn.execute(
            "SELECT any_value(article_id) FROM inputs WHERE input_sha = ? AND article_id IS NOT NULL", [sha]
        ).fetchone()
        if row and row[0]:
            conn.execute(
                "INSERT INTO inputs VALUES (?, ?, ?, ?) ON CONFLICT DO NOTHING", [sha, source, row[0], now]
            )
