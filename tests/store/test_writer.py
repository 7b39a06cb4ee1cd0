"""The writer: migrations, whole-article batches, duplicates, --force, failures, the one-writer lock."""

from __future__ import annotations

import subprocess
import sys
import time
from pathlib import Path

import duckdb
import pytest
from tests.corpus_factory import country, event, extraction, person, quote, store, story

from wirecoder.errors import StoreLockedError
from wirecoder.model import Extraction
from wirecoder.store import writer as writer_module
from wirecoder.store.queries import reader
from wirecoder.store.rows import prepare
from wirecoder.store.schema import SCHEMA_VERSION, VIEWS
from wirecoder.store.writer import FailureRow, Writer


def sample(seed: int = 1) -> Extraction:
    actors = [person("a1", "Temirbek Asanaliyev", "KGZ", ("President",)), country("a2", "Tajikistan", "TJK")]
    return extraction(story(seed), actors=actors, events=[event("e1", "040", "a1", "a2")],
                      quotes=[quote("q1", "We want peace.", "a1")])


def counts(db: Path) -> dict[str, int]:
    tables = ("articles", "article_actors", "article_quotes", "article_events", "article_signatures", "inputs")
    with reader(db) as conn:
        return {t: conn.execute(f"SELECT count(*) FROM {t}").fetchone()[0] for t in tables}  # type: ignore[index]


def test_migrations_are_recorded_once_and_views_exist(tmp_path: Path) -> None:
    db = tmp_path / "w.duckdb"
    for _ in range(2):
        with Writer(db):
            pass
    with reader(db) as conn:
        assert conn.execute("SELECT version FROM schema_migrations").fetchall() == [(SCHEMA_VERSION,)]
        views = {r[0] for r in conn.execute("SELECT view_name FROM duckdb_views() WHERE NOT internal").fetchall()}
    assert set(VIEWS) <= views


def test_an_article_is_stored_with_all_its_rows(tmp_path: Path) -> None:
    db = tmp_path / "w.duckdb"
    store(db, [sample()])
    assert counts(db) == {"articles": 1, "article_actors": 2, "article_quotes": 1, "article_events": 1,
                          "article_signatures": 1, "inputs": 1}


def test_the_same_article_again_is_linked_not_stored_twice(tmp_path: Path) -> None:
    db = tmp_path / "w.duckdb"
    store(db, [sample()], sources=["a.txt"])
    store(db, [sample(), sample()], sources=["b.txt", "c.txt"])
    assert counts(db)["articles"] == 1 and counts(db)["article_events"] == 1
    with reader(db) as conn:
        rows = conn.execute("SELECT source, original_source, kind FROM duplicates ORDER BY source").fetchall()
    assert rows == [("b.txt", "a.txt", "exact"), ("c.txt", "a.txt", "exact")]


def test_force_replaces_an_article_whole(tmp_path: Path) -> None:
    db = tmp_path / "w.duckdb"
    store(db, [sample()])
    richer = sample()
    richer.events.append(event("e2", "190", "a2", "a1", quad=4, goldstein=-10))
    store(db, [richer], force=True)
    assert counts(db)["articles"] == 1 and counts(db)["article_events"] == 2


def test_failures_are_upserted_and_cleared_by_success(tmp_path: Path) -> None:
    db = tmp_path / "w.duckdb"
    x = sample()
    sha = prepare(x, "bad.txt").input_sha
    with Writer(db) as w:
        for _ in range(2):
            w.write_batch([], [FailureRow(sha, "bad.txt", "extract", "RuntimeError", "boom")])
        assert w.conn.execute("SELECT attempts, reason FROM failures").fetchall() == [(2, "boom")]
        assert w.known_inputs([sha])[sha].article_id is None
        w.insert_extraction(x, source="bad.txt")
        assert w.conn.execute("SELECT count(*) FROM failures").fetchone() == (0,)


def test_a_failing_batch_leaves_nothing_behind(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    db = tmp_path / "w.duckdb"
    real = writer_module.insert_rows

    def failing(conn: duckdb.DuckDBPyConnection, table: str, rows: list, upsert: bool = False) -> None:
        if table == "articles":
            raise RuntimeError("disk full")
        real(conn, table, rows, upsert)

    monkeypatch.setattr(writer_module, "insert_rows", failing)
    with Writer(db) as w, pytest.raises(RuntimeError):
        w.write_batch([prepare(sample(s), f"{s}.txt") for s in range(3)])
    monkeypatch.undo()
    assert set(counts(db).values()) == {0}


HOLD = """
import sys
from wirecoder.store.writer import Writer
w = Writer(sys.argv[1]).open()
print("holding", flush=True)
sys.stdin.read()
"""


def test_a_second_writer_is_refused_by_name_and_a_dead_holder_is_taken_over(tmp_path: Path) -> None:
    db = tmp_path / "w.duckdb"
    holder = subprocess.Popen([sys.executable, "-c", HOLD, str(db)], stdin=subprocess.PIPE, stdout=subprocess.PIPE,
                              text=True)
    try:
        assert holder.stdout is not None and holder.stdout.readline().strip() == "holding"
        with pytest.raises(StoreLockedError, match=f"pid {holder.pid}"):
            Writer(db).open()
        with pytest.raises(StoreLockedError, match=f"pid {holder.pid}"):
            reader(db).__enter__()
    finally:
        holder.kill()
        holder.wait()
    assert (tmp_path / "w.duckdb.lock").exists()  # left behind by the killed holder
    time.sleep(0.1)
    with Writer(db) as w:
        assert w.conn.execute("SELECT 1").fetchone() == (1,)
    assert not (tmp_path / "w.duckdb.lock").exists()
