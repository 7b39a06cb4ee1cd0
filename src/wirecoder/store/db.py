"""Opening the database: the default path, DuckDB settings, and DuckDB's errors as ours."""

from __future__ import annotations

import os
from pathlib import Path

import duckdb

from wirecoder.errors import StoreError, StoreLockedError
from wirecoder.store.lock import lock_path, read_holder
from wirecoder.store.schema import SCHEMA_VERSION, current_version, migrate

DEFAULT_DB = "wire.duckdb"
ENV_DB = "WIRECODER_DB"

# Everything wirecoder needs (json, parquet) is built into the pinned DuckDB wheel: never fetch more.
_CONFIG = {"autoinstall_known_extensions": False, "autoload_known_extensions": False}


def default_db() -> Path:
    return Path(os.environ.get(ENV_DB) or DEFAULT_DB)


def open_db(path: Path, *, read_only: bool) -> duckdb.DuckDBPyConnection:
    """A connection; a writable one is migrated to the current schema first."""
    if read_only and not path.exists():
        raise StoreError(f"{path}: no such database; create it with `wirecoder ingest PATH --db {path}`")
    try:
        conn = duckdb.connect(str(path), read_only=read_only, config=dict(_CONFIG))
    except duckdb.IOException as exc:
        raise locked_or_unreadable(path, exc) from exc
    except duckdb.Error as exc:
        raise StoreError(f"{path}: cannot open the database ({exc})") from exc
    if read_only:
        check_version(path, conn)
    else:
        try:
            migrate(conn)
        except duckdb.Error as exc:
            conn.close()
            raise StoreError(f"{path}: the schema migration failed ({exc})") from exc
    return conn


def check_version(path: Path, conn: duckdb.DuckDBPyConnection) -> None:
    version = current_version(conn)
    if version < SCHEMA_VERSION:
        conn.close()
        if version == 0:
            raise StoreError(f"{path}: not a wirecoder database (no schema_migrations table)")
        raise StoreError(
            f"{path}: schema version {version} is older than {SCHEMA_VERSION}; "
            "run any writing command (e.g. `wirecoder ingest`) once to upgrade it"
        )


def locked_or_unreadable(path: Path, exc: duckdb.Error) -> StoreError:
    message = str(exc).splitlines()[0]
    if "lock" not in message.lower():
        return StoreError(f"{path}: cannot open the database ({message})")
    holder = read_holder(lock_path(path))
    if holder is not None:
        return StoreLockedError(
            f"{path} is being written by another wirecoder process ({holder.describe()}); "
            "try again when it has finished"
        )
    return StoreLockedError(f"{path} is open in another process; try again when it has finished ({message})")
