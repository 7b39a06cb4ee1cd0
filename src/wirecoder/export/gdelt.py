"""Corpus events as a GDELT 2.0 event table: the same 61 columns, tab-separated, so GDELT code runs on it.

What we cannot fill is left empty: AvgTone (no tone model), the ethnic and religion codes, known
group codes, and the actors' own geography. Country codes in Actor*CountryCode are ISO 3166-1
alpha-3 (as CAMEO's are, for states); *Geo_CountryCode holds the FIPS 10-4 code, as GDELT's does
(Germany GM, not DE; GeoNames' table). Negated events are not exported.
"""

from __future__ import annotations

from pathlib import Path

import duckdb

ACTOR_FIELDS = (
    "Code", "Name", "CountryCode", "KnownGroupCode", "EthnicCode", "Religion1Code", "Religion2Code",
    "Type1Code", "Type2Code", "Type3Code",
)
GEO_FIELDS = ("Type", "FullName", "CountryCode", "ADM1Code", "ADM2Code", "Lat", "Long", "FeatureID")

COLUMNS: tuple[str, ...] = (
    "GLOBALEVENTID", "SQLDATE", "MonthYear", "Year", "FractionDate",
    *(f"Actor1{f}" for f in ACTOR_FIELDS),
    *(f"Actor2{f}" for f in ACTOR_FIELDS),
    "IsRootEvent", "EventCode", "EventBaseCode", "EventRootCode", "QuadClass", "GoldsteinScale",
    "NumMentions", "NumSources", "NumArticles", "AvgTone",
    *(f"Actor1Geo_{f}" for f in GEO_FIELDS),
    *(f"Actor2Geo_{f}" for f in GEO_FIELDS),
    *(f"ActionGeo_{f}" for f in GEO_FIELDS),
    "DATEADDED", "SOURCEURL",
)

# Geo types as GDELT numbers them: 1 country, 4 world city (we have no ADM1-level places).
GEO_COUNTRY, GEO_CITY = 1, 4


def one_line(expr: str) -> str:
    """Tabs and line breaks would break the tab-separated rows: fold them to spaces."""
    return f"regexp_replace({expr}, '[\\t\\r\\n]+', ' ', 'g')"


def actor_columns(n: int, side: str, alias: str) -> dict[str, str]:
    """One actor's ten columns: `side` is source/target in `events`, `alias` its sector join."""
    type_code = f"CASE WHEN regexp_matches({alias}.sector, '^[A-Z]{{3}}$') THEN {alias}.sector END"
    return {
        f"Actor{n}Code": f"nullif(concat(coalesce(e.{side}_country, ''), coalesce({type_code}, '')), '')",
        f"Actor{n}Name": one_line(f"upper(e.{side}_name)"),
        f"Actor{n}CountryCode": f"e.{side}_country",
        f"Actor{n}KnownGroupCode": "NULL",
        f"Actor{n}EthnicCode": "NULL",
        f"Actor{n}Religion1Code": "NULL",
        f"Actor{n}Religion2Code": "NULL",
        f"Actor{n}Type1Code": type_code,
        f"Actor{n}Type2Code": "NULL",
        f"Actor{n}Type3Code": "NULL",
    }


def geo_columns(prefix: str, located: bool) -> dict[str, str]:
    if not located:
        return {f"{prefix}_{f}": "NULL" for f in GEO_FIELDS}
    return {
        f"{prefix}_Type": f"CASE WHEN e.location_name IS NULL THEN NULL WHEN e.lat IS NULL THEN {GEO_COUNTRY} "
        f"ELSE {GEO_CITY} END",
        f"{prefix}_FullName": one_line("e.location_name"),
        f"{prefix}_CountryCode": "g.fips",
        f"{prefix}_ADM1Code": "NULL",
        f"{prefix}_ADM2Code": "NULL",
        f"{prefix}_Lat": "e.lat",
        f"{prefix}_Long": "e.lon",
        f"{prefix}_FeatureID": "NULL",
    }


def select_sql() -> str:
    exprs: dict[str, str] = {
        "GLOBALEVENTID": "e.event_id",
        "SQLDATE": "strftime(e.event_date, '%Y%m%d')::INTEGER",
        "MonthYear": "strftime(e.event_date, '%Y%m')::INTEGER",
        "Year": "year(e.event_date)",
        "FractionDate": "round(year(e.event_date) + (month(e.event_date) * 30 + day(e.event_date)) / 365.0, 4)",
        **actor_columns(1, "source", "s"),
        **actor_columns(2, "target", "t"),
        "IsRootEvent": "e.is_root_event::INTEGER",
        "EventCode": "e.code",
        "EventBaseCode": "e.base_code",
        "EventRootCode": "e.root_code",
        "QuadClass": "e.quad_class",
        "GoldsteinScale": "round(e.goldstein, 1)",
        "NumMentions": "e.num_mentions",
        "NumSources": "e.num_sources",
        "NumArticles": "e.num_articles",
        "AvgTone": "NULL",
        **geo_columns("Actor1Geo", located=False),
        **geo_columns("Actor2Geo", located=False),
        **geo_columns("ActionGeo", located=True),
        "DATEADDED": "strftime(e.date_added, '%Y%m%d%H%M%S')::BIGINT",
        "SOURCEURL": one_line("e.source_url"),
    }
    assert tuple(exprs) == COLUMNS  # the table's shape is the contract
    select = ",\n       ".join(f'{expr} AS "{name}"' for name, expr in exprs.items())
    return f"""
        WITH sectors AS (
            SELECT m.actor_id, mode(aa.sector) AS sector
            FROM article_actors aa JOIN actor_map m USING (node_key) GROUP BY m.actor_id
        )
        SELECT {select}
        FROM events e
        LEFT JOIN sectors s ON s.actor_id = e.source_actor
        LEFT JOIN sectors t ON t.actor_id = e.target_actor
        LEFT JOIN _fips g ON g.alpha3 = e.location_country
        WHERE NOT e.negated
        ORDER BY e.event_date, e.event_id
    """


def export_gdelt(conn: duckdb.DuckDBPyConnection, out: Path, *, header: bool = True) -> int:
    """Write the events table to `out` (tab-separated). Returns the number of rows."""
    import pyarrow as pa

    from wirecoder.knowledge.geonames import fips_codes

    codes = fips_codes()
    conn.register("_fips", pa.table({"alpha3": list(codes), "fips": list(codes.values())}))
    try:
        query = select_sql()
        row = conn.execute(
            f"COPY ({query}) TO '{sql_path(out)}' (FORMAT csv, DELIMITER '\t', HEADER {str(header).lower()})"
        ).fetchone()
    finally:
        conn.unregister("_fips")
    return int(row[0]) if row else 0


def sql_path(path: Path) -> str:
    return str(path).replace("'", "''")
