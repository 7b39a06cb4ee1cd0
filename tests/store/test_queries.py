"""Queries: corpus events with GDELT-style counts, negation, dyads, positions, quotes, actors, SQL."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import duckdb
import pytest
from tests.corpus_factory import small_corpus, store

from wirecoder.store import queries
from wirecoder.store.queries import QueryError


@pytest.fixture()
def conn(tmp_path: Path) -> Iterator[duckdb.DuckDBPyConnection]:
    db = tmp_path / "q.duckdb"
    store(db, small_corpus())
    with queries.reader(db) as connection:
        yield connection


def test_one_event_from_several_articles(conn: duckdb.DuckDBPyConnection) -> None:
    [ev] = queries.events(conn, code="04", since="2026-11-02", until="2026-11-02")
    assert (ev["source_actor"], ev["target_actor"], ev["event"]) == ("country-kgz", "country-tjk", "Consult")
    assert (ev["num_mentions"], ev["num_articles"], ev["num_sources"]) == (3, 3, 2)
    assert len(ev["evidence"]) == 3 and ev["evidence"][0]["sentence"] == "Kyrgyzstan met Tajikistan."


def test_negated_events_are_stored_but_not_counted(conn: duckdb.DuckDBPyConnection) -> None:
    assert all(not e["negated"] for e in queries.events(conn))
    negated = [e for e in queries.events(conn, include_negated=True) if e["negated"]]
    assert [(e["source_country"], e["code"]) for e in negated] == [("TJK", "040")]
    rows = queries.dyads(conn, interval="month")
    assert sum(r["events"] for r in rows) == 3


def test_filters_and_order(conn: duckdb.DuckDBPyConnection) -> None:
    latest = queries.events(conn)
    assert [e["code"] for e in latest] == ["190", "101", "040"]
    assert [e["code"] for e in queries.events(conn, actor="Asanaliyev")] == ["101"]
    assert [e["code"] for e in queries.events(conn, country="kgz", code="19")] == ["190"]
    assert len(queries.events(conn, limit=1)) == 1


def test_dyads_per_week(conn: duckdb.DuckDBPyConnection) -> None:
    rows = queries.dyads(conn, interval="week")
    got = {(str(r["period"]), r["source_country"], r["target_country"], r["quad_class"]): (r["events"], r["goldstein"])
           for r in rows}
    assert got == {
        ("2026-11-02", "KGZ", "TJK", 1): (1, 1.0),
        ("2026-11-02", "KGZ", "TJK", 3): (1, -5.0),
        ("2026-11-09", "TJK", "KGZ", 4): (1, -10.0),
    }
    assert queries.dyads(conn, since="2026-11-10", country="TJK")[0]["mentions"] == 1


def test_positions_quotes_and_actors(conn: duckdb.DuckDBPyConnection) -> None:
    [pos] = queries.positions(conn, country="KGZ")
    assert (pos["actor"], pos["stance"], pos["about"], pos["quote"]) == (
        "temirbek-asanaliyev", "demand", "the artillery", "Pull the artillery back first.")
    [q] = queries.quotes(conn, speaker="Temirbek Asanaliyev", contains="ARTILLERY")
    assert q["speaker_country"] == "KGZ"
    [pres] = queries.actors(conn, role="president")
    assert (pres["actor_id"], pres["n_articles"]) == ("temirbek-asanaliyev", 3)
    assert [a["actor_id"] for a in queries.actors(conn, role="PRESID")] == ["temirbek-asanaliyev"]  # part of a role
    assert queries.actors(conn, role="minister") == []
    assert {a["actor_id"] for a in queries.actors(conn, kind="country")} == {"country-kgz", "country-tjk"}


def test_sql_is_read_only_and_errors_are_query_errors(conn: duckdb.DuckDBPyConnection) -> None:
    assert queries.sql(conn, "SELECT count(*) AS n FROM corpus_articles") == [{"n": 4}]
    with pytest.raises(QueryError):
        queries.sql(conn, "DELETE FROM articles")
    with pytest.raises(QueryError, match="--since"):
        queries.events(conn, since="last week")
    with pytest.raises(QueryError, match="--interval"):
        queries.dyads(conn, interval="fortnight")
    with pytest.raises(QueryError, match="ISO"):
        queries.events(conn, country="Kyrgyzstan")
