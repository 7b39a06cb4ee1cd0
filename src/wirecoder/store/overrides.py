"""`wirecoder actors merge` / `split`: a user's corrections, kept in `actor_overrides` and replayed
by every later regrouping, so the next ingest does not undo them."""

from __future__ import annotations

from itertools import combinations
from pathlib import Path
from typing import Any

import duckdb

from wirecoder.names import name_key
from wirecoder.store.merge import Override
from wirecoder.store.queries import QueryError, actor_ids, node_words
from wirecoder.store.writer import Writer


def one_actor(conn: duckdb.DuckDBPyConnection, ref: str) -> str:
    ids = actor_ids(conn, ref)
    if not ids:
        raise QueryError(f"no actor matches {ref!r}: see `wirecoder actors --name {ref!r}`")
    if len(ids) > 1:
        shown = ", ".join(ids[:8]) + (" ..." if len(ids) > 8 else "")
        raise QueryError(f"{ref!r} matches several actors ({shown}): give an actor id")
    return ids[0]


def group_nodes(conn: duckdb.DuckDBPyConnection, actor_id: str) -> list[str]:
    """The actor's node keys, the most mentioned first."""
    rows = conn.execute(
        "SELECT m.node_key FROM actor_map m LEFT JOIN article_actors aa USING (node_key) "
        "WHERE m.actor_id = ? GROUP BY m.node_key ORDER BY sum(aa.n_mentions) DESC NULLS LAST, m.node_key",
        [actor_id],
    ).fetchall()
    return [r[0] for r in rows]


def actor_of(conn: duckdb.DuckDBPyConnection, node: str) -> str:
    row = conn.execute("SELECT actor_id FROM actor_map WHERE node_key = ?", [node]).fetchone()
    return str(row[0]) if row else node


def merge_actors(db: Path, keep: str, others: list[str], note: str = "") -> dict[str, Any]:
    """Join `others` into `keep`. Returns the merged actor's id and names."""
    with Writer(db) as writer:
        conn = writer.conn
        keep_id = one_actor(conn, keep)
        keep_node = group_nodes(conn, keep_id)[0]
        merged = []
        overrides = []
        for ref in others:
            other_id = one_actor(conn, ref)
            if other_id != keep_id:
                overrides.append(Override("merge", keep_node, group_nodes(conn, other_id)[0]))
                merged.append(other_id)
        writer.add_overrides(overrides, note)
        new_id = actor_of(conn, keep_node)
        return {"actor_id": new_id, "merged": merged, "nodes": group_nodes(conn, new_id)}


def split_actor(db: Path, actor: str, names: list[str], note: str = "") -> dict[str, Any]:
    """Take `names` (every name, when empty) out of `actor`. Returns the actors that result."""
    with Writer(db) as writer:
        conn = writer.conn
        actor_id = one_actor(conn, actor)
        nodes = group_nodes(conn, actor_id)
        if names:
            keys = {name_key(n) for n in names} | {n.upper() for n in names}
            leaving = [n for n in nodes if node_words(n) in keys]
            if not leaving:
                raise QueryError(f"{actor_id} has no name {', '.join(map(repr, names))}; its names: "
                                 + ", ".join(node_words(n) for n in nodes))
            staying = [n for n in nodes if n not in leaving]
            pairs = [(a, b) for a in leaving for b in staying] + list(combinations(leaving, 2))
        else:
            pairs = list(combinations(nodes, 2))
        if not pairs:
            raise QueryError(f"{actor_id} has a single name: nothing to split")
        writer.add_overrides([Override("split", a, b) for a, b in pairs], note)
        return {"actor_id": actor_id, "now": sorted({actor_of(conn, n) for n in nodes})}
