"""The database's tables (versioned migrations) and views (re-created on every writable open).

Tables hold what was extracted, one row per article, actor, quote and event mention, and never
change once written except through `--force`. Views do the cross-article work on read: corpus
actors (through `actor_map`), corpus events grouped from their mentions, positions. Every view
leaves out near- and exact-duplicate articles, and `events` leaves negated mentions out of its counts.
`docs/corpus.md` documents every column.
"""

from __future__ import annotations

from dataclasses import dataclass

import duckdb

SCHEMA_VERSION = 1


@dataclass(frozen=True)
class Migration:
    version: int
    name: str
    sql: str


MIGRATIONS: tuple[Migration, ...] = (
    Migration(
        1,
        "corpus tables",
        """
        CREATE TABLE articles (
            article_id VARCHAR PRIMARY KEY,
            source VARCHAR,
            title VARCHAR,
            url VARCHAR,
            outlet VARCHAR,
            published DATE,
            published_text VARCHAR,
            authors VARCHAR[],
            dateline VARCHAR[],
            language VARCHAR,
            text_sha256 VARCHAR,
            text VARCHAR,
            n_chars INTEGER,
            warnings VARCHAR[],
            doc VARCHAR,
            duplicate_of VARCHAR,
            similarity DOUBLE,
            ingested_at TIMESTAMP
        );
        CREATE TABLE inputs (
            input_sha VARCHAR,
            source VARCHAR,
            article_id VARCHAR,
            seen_at TIMESTAMP,
            PRIMARY KEY (input_sha, source)
        );
        CREATE TABLE failures (
            input_sha VARCHAR PRIMARY KEY,
            source VARCHAR,
            stage VARCHAR,
            error VARCHAR,
            reason VARCHAR,
            attempts INTEGER,
            first_at TIMESTAMP,
            last_at TIMESTAMP
        );
        CREATE TABLE article_signatures (
            article_id VARCHAR,
            minhash UINTEGER[]
        );
        CREATE TABLE article_bands (
            band UTINYINT,
            bucket BIGINT,
            article_id VARCHAR
        );
        CREATE TABLE article_actors (
            article_id VARCHAR,
            actor_local VARCHAR,
            node_key VARCHAR,
            alias_keys VARCHAR[],
            name VARCHAR,
            kind VARCHAR,
            country VARCHAR,
            sector VARCHAR,
            roles VARCHAR[],
            aliases VARCHAR[],
            n_mentions INTEGER
        );
        CREATE TABLE article_quotes (
            article_id VARCHAR,
            quote_local VARCHAR,
            text VARCHAR,
            kind VARCHAR,
            start_char INTEGER,
            end_char INTEGER,
            speaker_local VARCHAR,
            speaker_node VARCHAR,
            speaker_name VARCHAR,
            cue VARCHAR,
            addressee VARCHAR,
            channel VARCHAR,
            confidence DOUBLE
        );
        CREATE TABLE article_events (
            article_id VARCHAR,
            event_local VARCHAR,
            code VARCHAR,
            base_code VARCHAR,
            root_code VARCHAR,
            plover VARCHAR,
            plover_mode VARCHAR,
            quad_class TINYINT,
            goldstein DOUBLE,
            source_local VARCHAR,
            source_node VARCHAR,
            source_name VARCHAR,
            source_country VARCHAR,
            target_local VARCHAR,
            target_node VARCHAR,
            target_name VARCHAR,
            target_country VARCHAR,
            event_date DATE,
            date_text VARCHAR,
            location_name VARCHAR,
            location_country VARCHAR,
            lat DOUBLE,
            lon DOUBLE,
            negated BOOLEAN,
            modality VARCHAR,
            stance VARCHAR,
            quote_local VARCHAR,
            about VARCHAR,
            mentions INTEGER,
            confidence DOUBLE,
            trigger_text VARCHAR,
            sentence VARCHAR,
            sentence_start INTEGER,
            is_lead BOOLEAN
        );
        CREATE TABLE actor_map (
            node_key VARCHAR PRIMARY KEY,
            actor_id VARCHAR,
            name VARCHAR,
            kind VARCHAR,
            country VARCHAR
        );
        CREATE TABLE actor_overrides (
            override_id INTEGER,
            op VARCHAR,
            left_key VARCHAR,
            right_key VARCHAR,
            note VARCHAR,
            created_at TIMESTAMP
        );
        """,
    ),
)

# Corpus events from event mentions: the `events` view, and `queries.events` over a filtered subset.
EVENTS_SELECT = """
        SELECT ('0x' || substr(md5(concat_ws('|', source_actor, target_actor, code, event_date, negated)),
                1, 13))::BIGINT AS event_id,
               event_date, source_actor, any_value(source_name) AS source_name,
               any_value(source_country) AS source_country,
               target_actor, any_value(target_name) AS target_name,
               any_value(target_country) AS target_country,
               code, any_value(base_code) AS base_code, any_value(root_code) AS root_code,
               any_value(plover) AS plover, any_value(quad_class) AS quad_class,
               avg(goldstein) AS goldstein, negated,
               sum(mentions)::BIGINT AS num_mentions,
               count(DISTINCT article_id) AS num_articles,
               count(DISTINCT coalesce(outlet, article_id)) AS num_sources,
               bool_or(is_lead) AS is_root_event,
               mode(modality) AS modality,
               any_value(location_name) AS location_name,
               any_value(location_country) AS location_country,
               any_value(lat) AS lat, any_value(lon) AS lon,
               arg_min(url, ingested_at) AS source_url,
               min(ingested_at) AS date_added,
               list(DISTINCT outlet) FILTER (WHERE outlet IS NOT NULL) AS outlets,
               list({{'article_id': article_id, 'event': event_local, 'sentence': sentence}}
                    ORDER BY published, article_id) AS evidence
        FROM {source}
        GROUP BY event_date, source_actor, target_actor, code, negated
    """

# Views are derived, so they are simply replaced on every writable open.
VIEWS: dict[str, str] = {
    "corpus_articles": """
        SELECT * EXCLUDE (text, doc), coalesce(published, ingested_at::DATE) AS seen_date
        FROM articles WHERE duplicate_of IS NULL
    """,
    "duplicates": """
        SELECT d.source, d.article_id, d.duplicate_of AS original_id, o.source AS original_source,
               d.outlet, o.outlet AS original_outlet, d.similarity, 'near' AS kind
        FROM articles d JOIN articles o ON o.article_id = d.duplicate_of
        UNION ALL
        SELECT i.source, i.article_id, i.article_id AS original_id, a.source AS original_source,
               NULL AS outlet, a.outlet AS original_outlet, 1.0 AS similarity, 'exact' AS kind
        FROM inputs i JOIN articles a USING (article_id)
        WHERE i.source <> a.source
    """,
    "actors": """
        SELECT m.actor_id,
               any_value(m.name) AS name,
               any_value(m.kind) AS kind,
               any_value(m.country) AS country,
               mode(aa.sector) AS sector,
               count(DISTINCT aa.article_id) AS n_articles,
               sum(aa.n_mentions)::BIGINT AS n_mentions,
               min(a.seen_date) AS first_seen,
               max(a.seen_date) AS last_seen,
               list_sort(list_distinct(list(aa.name))) AS names,
               list_sort(list_distinct(flatten(list(list_transform(aa.roles, lambda r: lower(r)))))) AS roles
        FROM article_actors aa
        JOIN corpus_articles a USING (article_id)
        JOIN actor_map m ON m.node_key = aa.node_key
        GROUP BY m.actor_id
    """,
    "actor_roles": """
        SELECT m.actor_id, any_value(m.name) AS name, r.role,
               min(a.seen_date) AS first_seen, max(a.seen_date) AS last_seen,
               count(DISTINCT aa.article_id) AS n_articles
        FROM article_actors aa
        CROSS JOIN LATERAL (SELECT DISTINCT lower(unnest(aa.roles)) AS role) r
        JOIN corpus_articles a USING (article_id)
        JOIN actor_map m ON m.node_key = aa.node_key
        GROUP BY m.actor_id, r.role
    """,
    "quotes": """
        SELECT q.article_id, q.quote_local, q.text, q.kind, q.start_char, q.end_char,
               coalesce(m.actor_id, q.speaker_node) AS speaker_actor,
               coalesce(m.name, q.speaker_name) AS speaker_name,
               m.country AS speaker_country,
               q.cue, q.addressee, q.channel, q.confidence,
               a.seen_date AS date, a.outlet, a.url, a.title
        FROM article_quotes q
        JOIN corpus_articles a USING (article_id)
        LEFT JOIN actor_map m ON m.node_key = q.speaker_node
    """,
    "event_mentions": """
        SELECT e.article_id, e.event_local,
               coalesce(e.event_date, a.seen_date) AS event_date,
               coalesce(s.actor_id, e.source_node) AS source_actor,
               coalesce(s.name, e.source_name) AS source_name,
               coalesce(s.country, e.source_country) AS source_country,
               coalesce(t.actor_id, e.target_node) AS target_actor,
               coalesce(t.name, e.target_name) AS target_name,
               coalesce(t.country, e.target_country) AS target_country,
               e.code, e.base_code, e.root_code, e.plover, e.plover_mode, e.quad_class, e.goldstein,
               e.negated, e.modality, e.stance, e.quote_local, e.about, e.mentions, e.confidence,
               e.date_text, e.location_name, e.location_country, e.lat, e.lon,
               e.trigger_text, e.sentence, e.sentence_start, e.is_lead,
               a.outlet, a.url, a.source AS article_source, a.published, a.ingested_at
        FROM article_events e
        JOIN corpus_articles a USING (article_id)
        LEFT JOIN actor_map s ON s.node_key = e.source_node
        LEFT JOIN actor_map t ON t.node_key = e.target_node
    """,
    "events": EVENTS_SELECT.format(source="event_mentions"),
    "positions": """
        SELECT e.event_date AS date, e.source_actor AS actor, e.source_name AS actor_name,
               e.source_country AS country, e.stance, e.code, e.plover, e.modality, e.negated,
               e.about, e.target_actor, e.target_name, e.target_country,
               q.text AS quote, e.sentence, e.article_id, e.outlet
        FROM event_mentions e
        LEFT JOIN article_quotes q ON q.article_id = e.article_id AND q.quote_local = e.quote_local
        WHERE e.stance IS NOT NULL
    """,
}


def applied_versions(conn: duckdb.DuckDBPyConnection) -> set[int]:
    exists = conn.execute(
        "SELECT count(*) FROM information_schema.tables WHERE table_name = 'schema_migrations'"
    ).fetchone()
    if not exists or not exists[0]:
        return set()
    return {int(r[0]) for r in conn.execute("SELECT version FROM schema_migrations").fetchall()}


def migrate(conn: duckdb.DuckDBPyConnection) -> list[int]:
    """Apply the migrations not applied yet (each in its own transaction) and refresh the views."""
    conn.execute(
        "CREATE TABLE IF NOT EXISTS schema_migrations ("
        "version INTEGER PRIMARY KEY, name VARCHAR NOT NULL, applied_at TIMESTAMP NOT NULL)"
    )
    done = applied_versions(conn)
    applied = []
    for migration in MIGRATIONS:
        if migration.version in done:
            continue
        conn.execute("BEGIN TRANSACTION")
        try:
            conn.execute(migration.sql)
            conn.execute(
                "INSERT INTO schema_migrations VALUES (?, ?, current_timestamp::TIMESTAMP)",
                [migration.version, migration.name],
            )
            conn.execute("COMMIT")
        except BaseException:
            conn.execute("ROLLBACK")
            raise
        applied.append(migration.version)
    create_views(conn)
    return applied


def create_views(conn: duckdb.DuckDBPyConnection) -> None:
    for name, sql in VIEWS.items():
        conn.execute(f"CREATE OR REPLACE VIEW {name} AS {sql}")


def current_version(conn: duckdb.DuckDBPyConnection) -> int:
    done = applied_versions(conn)
    return max(done) if done else 0
