"""One writer per database: a lock file beside it that names the process holding it.

`wire.duckdb.lock` holds the writer's pid, host and start time. A second writer is refused with a
`StoreLockedError` naming the holder; a lock left by a process that no longer exists on this host
(a writer killed with kill -9) is taken over.
"""

from __future__ import annotations

import contextlib
import json
import os
import socket
import time
from dataclasses import dataclass
from pathlib import Path

from wirecoder.errors import StoreError, StoreLockedError


@dataclass(frozen=True)
class Holder:
    pid: int
    host: str
    since: str

    def describe(self) -> str:
        return f"pid {self.pid} on {self.host} since {self.since}"


def lock_path(db_path: Path) -> Path:
    return db_path.with_name(db_path.name + ".lock")


def read_holder(path: Path) -> Holder | None:
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
        return Holder(int(data["pid"]), str(data["host"]), str(data.get("since", "?")))
    except (OSError, ValueError, KeyError, TypeError):
        return None


def is_alive(holder: Holder) -> bool:
    """True unless the holder is a process of this host that has gone (other hosts: assume alive)."""
    if holder.host != socket.gethostname():
        return True
    try:
        os.kill(holder.pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True


class WriteLock:
    """The lock file, held from `acquire()` to `release()` (or the end of a `with` block)."""

    def __init__(self, db_path: Path) -> None:
        self.path = lock_path(db_path)
        self.held = False

    def acquire(self) -> None:
        for _attempt in range(3):
            if self._create():
                self.held = True
                return
            holder = read_holder(self.path)
            if holder is None:
                # A lock file being written this instant, or left empty by a crash: look again shortly.
                time.sleep(0.2)
                if read_holder(self.path) is None:
                    self._remove_stale()
                continue
            if holder.pid == os.getpid() and holder.host == socket.gethostname():
                raise StoreLockedError(f"{self.path}: this process already holds the database for writing")
            if is_alive(holder):
                raise StoreLockedError(
                    f"the database is being written by another wirecoder process ({holder.describe()}); "
                    f"wait for it to finish, or remove {self.path} if that process is gone"
                )
            # Remove the stale file only if it still names the dead holder (another writer may have
            # taken it over meanwhile); DuckDB's own file lock is the last guard against a race here.
            if read_holder(self.path) == holder:
                self._remove_stale()
        raise StoreLockedError(f"could not take the write lock {self.path}")

    def _create(self) -> bool:
        try:
            fd = os.open(self.path, os.O_CREAT | os.O_EXCL | os.O_WRONLY, 0o644)
        except FileExistsError:
            return False
        except OSError as exc:
            raise StoreError(f"cannot create the lock file {self.path}: {exc.strerror}") from exc
        info = {"pid": os.getpid(), "host": socket.gethostname(), "since": time.strftime("%Y-%m-%dT%H:%M:%S")}
        with os.fdopen(fd, "w", encoding="utf-8") as handle:
            json.dump(info, handle)
        return True

    def _remove_stale(self) -> None:
        with contextlib.suppress(FileNotFoundError):
            self.path.unlink()

    def release(self) -> None:
        if not self.held:
            return
        holder = read_holder(self.path)
        if holder is not None and holder.pid == os.getpid():
            with contextlib.suppress(FileNotFoundError):
                self.path.unlink()
        self.held = False

    def __enter__(self) -> WriteLock:
        self.acquire()
        return self

    def __exit__(self, *_exc: object) -> None:
        self.release()
