"""The read side: the functions behind `wirecoder events`, `quotes`, `actors`, `positions`, `dyads`, `sql`.

Each takes an open connection (`reader(path)` gives a read-only one) and keyword filters, and
returns rows as plain dicts. The CLI only formats what these return.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import date
from pathlib import Path
from typing import Any

import duckdb

from wirecoder.errors import WirecoderError
from wirecoder.names import fold, name_key
from wirecoder.store.db import open_db
from wirecoder.store.schema import EVENTS_SELECT

Row = dict[str, Any]
INTERVALS = ("day", "week", "month", "year")
DEFAULT_LIMIT = 100


class QueryError(WirecoderError):
    """A query whose filters or SQL cannot be run."""


@contextmanager
def reader(path: Path | str) -> Iterator[duckdb.DuckDBPyConnection]:
    """A read-only connection (many readers may share a database no one is writing)."""
    conn = open_db(Path(path), read_only=True)
    try:
        yield conn
    finally:
        conn.close()


def fetch(conn: duckdb.DuckDBPyConnection, query: str, params: list[Any] | None = None) -> list[Row]:
    try:
        cursor = conn.execute(query, params or [])
    except duckdb.Error as exc:
        raise QueryError(str(exc).splitlines()[0]) from exc
    names = [d[0] for d in cursor.description or []]
    return [dict(zip(names, row, strict=True)) for row in cursor.fetchall()]


# --- filters shared by the queries --------------------------------------------------------------


class Where:
    """WHERE clauses and their parameters, built up filter by filter."""

    def __init__(self) -> None:
        self.clauses: list[str] = []
        self.params: list[Any] = []

    def add(self, clause: str, *params: Any) -> None:
        self.clauses.append(clause)
        self.params.extend(params)

    def sql(self) -> str:
        return ("WHERE " + " AND ".join(self.clauses)) if self.clauses else ""


def check_date(text: str | None, flag: str) -> date | None:
    if text is None:
        return None
    try:
        return date.fromisoformat(text)
    except ValueError as exc:
        raise QueryError(f"{flag} {text!r}: not a date in YYYY-MM-DD form") from exc


def check_country(code: str | None) -> str | None:
    if code is None:
        return None
    if not re.fullmatch(r"[A-Za-z]{3}", code):
        raise QueryError(f"--country {code!r}: give an ISO 3166-1 alpha-3 code such as RUS or UKR")
    return code.upper()


def add_dates(where: Where, column: str, since: str | None, until: str | None) -> None:
    start, end = check_date(since, "--since"), check_date(until, "--until")
    if start:
        where.add(f"{column} >= ?", start)
    if end:
        where.add(f"{column} <= ?", end)


def add_country(where: Where, country: str | None, columns: tuple[str, ...]) -> None:
    """Rows where any of `columns` is the ISO3 code `country` (checked first)."""
    iso = check_country(country)
    if iso:
        where.add("(" + " OR ".join(f"{c} = ?" for c in columns) + ")", *([iso] * len(columns)))


def limit_sql(limit: int | None) -> str:
    return f"LIMIT {int(limit)}" if limit and limit > 0 else ""


def actor_ids(conn: duckdb.DuckDBPyConnection, name: str) -> list[str]:
    """The corpus actors a user's NAME means: an actor id, a full name, a surname, or a part of a name."""
    text = name.strip()
    rows = conn.execute("SELECT DISTINCT node_key, actor_id, name FROM actor_map").fetchall()
    exact = {aid for node, aid, _ in rows if text in (aid, node) or aid == text.lower()}
    if exact:
        return sorted(exact)
    key = name_key(text)
    named = {aid for node, aid, n in rows if node_words(node) in (key, text.upper()) or name_key(n) == key}
    if named:
        return sorted(named)
    last = fold(key.split()[-1]) if key else ""
    surname = {aid for node, aid, _ in rows if " " in node_words(node) and node_words(node).split()[-1] == last}
    if surname:
        return sorted(surname)
    return sorted({aid for _, aid, n in rows if text.lower() in (n or "").lower()})


def node_words(node: str) -> str:
    return node.split(":", 1)[-1].split("@", 1)[0]


def add_actor(where: Where, conn: duckdb.DuckDBPyConnection, name: str | None, columns: tuple[str, ...]) -> None:
    if name is None:
        return
    ids = actor_ids(conn, name)
    where.add("(" + " OR ".join(f"{c} IN (SELECT unnest(?::VARCHAR[]))" for c in columns) + ")",
              *([ids] * len(columns)))


# --- the queries --------------------------------------------------------------------------------


EVENT_COLUMNS = """
    event_id, event_date AS date, source_actor, source_name, source_country, target_actor, target_name,
    target_country, code, plover, quad_class, round(goldstein, 2) AS goldstein, negated, modality,
    num_mentions, num_articles, num_sources, outlets, location_name AS location, evidence
"""


def events(
    conn: duckdb.DuckDBPyConnection,
    *,
    actor: str | None = None,
    country: str | None = None,
    code: str | None = None,
    since: str | None = None,
    until: str | None = None,
    include_negated: bool = False,
    limit: int | None = DEFAULT_LIMIT,
) -> list[Row]:
    """Corpus events, latest first: one row per source, target, code and date, with its counts and evidence."""
    where = Where()
    add_actor(where, conn, actor, ("source_actor", "target_actor"))
    add_country(where, country, ("source_country", "target_country"))
    if code:
        if not code.isdigit():
            raise QueryError(f"--code {code!r}: give a CAMEO code or prefix such as 04 or 036")
        where.add("starts_with(code, ?)", code)
    add_dates(where, "event_date", since, until)
    if not include_negated:
        where.add("NOT negated")
    rows = fetch(
        conn,
        f"{picked_mentions(where, limit)} SELECT {EVENT_COLUMNS} FROM ({EVENTS_SELECT.format(source='picked')}) "
        "ORDER BY event_date DESC NULLS LAST, num_mentions DESC, code, source_actor, target_actor, negated",
        where.params,
    )
    return [with_code_name(r) for r in rows]


EVENT_KEY = ("source_actor", "target_actor", "code", "event_date", "negated")


def picked_mentions(where: Where, limit: int | None) -> str:
    """A `picked` CTE: the filtered mentions of the events to show. With a limit, the top events' keys
    are found first, so the costly columns (evidence lists, distinct counts) are built for them alone."""
    base = f"SELECT * FROM event_mentions {where.sql()}"
    if not limit or limit <= 0:
        return f"WITH picked AS ({base})"
    keys = ", ".join(EVENT_KEY)
    same = " AND ".join(f"m.{k} IS NOT DISTINCT FROM t.{k}" for k in EVENT_KEY)
    return f"""WITH m AS ({base}),
        top AS (SELECT {keys} FROM m GROUP BY {keys}
                ORDER BY event_date DESC NULLS LAST, sum(mentions) DESC, code, source_actor, target_actor, negated
                {limit_sql(limit)}),
        picked AS (SELECT m.* FROM m SEMI JOIN top t ON {same})"""


def with_code_name(row: Row) -> Row:
    from wirecoder.knowledge.cameo import find_code

    info = find_code(str(row.get("code") or ""))
    out = dict(row)
    out["event"] = info.name if info else None
    return out


def quotes(
    conn: duckdb.DuckDBPyConnection,
    *,
    speaker: str | None = None,
    contains: str | None = None,
    since: str | None = None,
    until: str | None = None,
    limit: int | None = DEFAULT_LIMIT,
) -> list[Row]:
    """Quotes with their corpus speaker, latest first."""
    where = Where()
    add_actor(where, conn, speaker, ("speaker_actor",))
    if contains:
        where.add("contains(lower(text), lower(?))", contains)
    add_dates(where, "date", since, until)
    return fetch(
        conn,
        "SELECT date, speaker_actor, speaker_name, speaker_country, kind, text, cue, addressee, outlet, "
        f"article_id, quote_local AS quote FROM quotes {where.sql()} "
        f"ORDER BY date DESC NULLS LAST, article_id, start_char {limit_sql(limit)}",
        where.params,
    )


def actors(
    conn: duckdb.DuckDBPyConnection,
    *,
    name: str | None = None,
    country: str | None = None,
    role: str | None = None,
    kind: str | None = None,
    limit: int | None = DEFAULT_LIMIT,
) -> list[Row]:
    """Corpus actors, most written-about first, with their names, roles and first and last dates."""
    where = Where()
    add_actor(where, conn, name, ("actor_id",))
    add_country(where, country, ("country",))
    if role:
        where.add("len(list_filter(roles, lambda r: contains(lower(r), lower(?)))) > 0", role)  # "minister" finds "Foreign Minister"
    if kind:
        where.add("kind = ?", kind)
    return fetch(
        conn,
        "SELECT actor_id, name, kind, country, sector, n_articles, n_mentions, first_seen, last_seen, "
        f"names, roles FROM actors {where.sql()} ORDER BY n_articles DESC, n_mentions DESC, actor_id "
        f"{limit_sql(limit)}",
        where.params,
    )


def roles(
    conn: duckdb.DuckDBPyConnection, *, actor: str | None = None, limit: int | None = DEFAULT_LIMIT
) -> list[Row]:
    """Each actor's roles over time: the role, the first and last date it was used, in how many articles."""
    where = Where()
    add_actor(where, conn, actor, ("actor_id",))
    return fetch(
        conn,
        "SELECT actor_id, name, role, first_seen, last_seen, n_articles FROM actor_roles "
        f"{where.sql()} ORDER BY actor_id, first_seen, role {limit_sql(limit)}",
        where.params,
    )


def positions(
    conn: duckdb.DuckDBPyConnection,
    *,
    actor: str | None = None,
    country: str | None = None,
    stance: str | None = None,
    since: str | None = None,
    until: str | None = None,
    include_negated: bool = False,
    limit: int | None = DEFAULT_LIMIT,
) -> list[Row]:
    """Each side's demands, offers, rejections and agreements over time, with what they are about and the quote."""
    where = Where()
    add_actor(where, conn, actor, ("actor",))
    add_country(where, country, ("country",))
    if stance:
        where.add("stance = ?", stance.lower())
    add_dates(where, "date", since, until)
    if not include_negated:
        where.add("NOT negated")
    return fetch(
        conn,
        "SELECT date, actor, actor_name, country, stance, code, modality, negated, about, target_actor, "
        f"target_name, quote, sentence, outlet, article_id FROM positions {where.sql()} "
        f"ORDER BY date NULLS LAST, actor, stance {limit_sql(limit)}",
        where.params,
    )


DYADS_SQL = """
    WITH ev AS (
        SELECT event_date, source_country, target_country, quad_class,
               avg(goldstein) AS goldstein, sum(mentions) AS mentions
        FROM event_mentions
        {where}
        GROUP BY event_date, source_actor, target_actor, code, source_country, target_country, quad_class
    )
    SELECT date_trunc('{interval}', event_date)::DATE AS period, source_country, target_country, quad_class,
           count(*) AS events, sum(mentions)::BIGINT AS mentions, round(avg(goldstein), 2) AS goldstein
    FROM ev
    GROUP BY ALL
    ORDER BY period, events DESC, source_country, target_country, quad_class
"""


def dyads_query(
    *, since: str | None = None, until: str | None = None, interval: str = "week", country: str | None = None
) -> tuple[str, list[Any]]:
    """The SQL and parameters behind `dyads()` (the benchmark times it on its own)."""
    if interval not in INTERVALS:
        raise QueryError(f"--interval {interval!r}: use one of {', '.join(INTERVALS)}")
    where = Where()
    where.add("NOT negated")
    where.add("source_country IS NOT NULL AND target_country IS NOT NULL AND event_date IS NOT NULL")
    add_dates(where, "event_date", since, until)
    add_country(where, country, ("source_country", "target_country"))
    return DYADS_SQL.format(where=where.sql(), interval=interval), where.params


def dyads(
    conn: duckdb.DuckDBPyConnection,
    *,
    since: str | None = None,
    until: str | None = None,
    interval: str = "week",
    country: str | None = None,
    limit: int | None = None,
) -> list[Row]:
    """Events per source–target country pair, QuadClass and period, with mean Goldstein (negated left out)."""
    query, params = dyads_query(since=since, until=until, interval=interval, country=country)
    return fetch(conn, f"{query} {limit_sql(limit)}", params)


def sql(conn: duckdb.DuckDBPyConnection, query: str, params: list[Any] | None = None) -> list[Row]:
    """Any SQL over the documented tables and views (the connection is read-only)."""
    if not query.strip():
        raise QueryError("the SQL is empty")
    return fetch(conn, query, params)


def counts(conn: duckdb.DuckDBPyConnection) -> Row:
    """How much the database holds: articles, duplicates, failures, actors, events, quotes."""
    row = fetch(
        conn,
        """SELECT (SELECT count(*) FROM articles) AS articles,
                  (SELECT count(*) FROM duplicates WHERE kind = 'near') AS near_duplicates,
                  (SELECT count(*) FROM duplicates WHERE kind = 'exact') AS exact_duplicates,
                  (SELECT count(*) FROM failures) AS failures,
                  (SELECT count(DISTINCT actor_id) FROM actors) AS actors,
                  (SELECT count(*) FROM events WHERE NOT negated) AS events,
                  (SELECT count(*) FROM event_mentions) AS event_mentions,
                  (SELECT count(*) FROM quotes) AS quotes""",
    )
    return row[0]
