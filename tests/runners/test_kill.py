"""kill -9 in the middle of a real `wirecoder ingest`: committed articles are whole, nothing is half
written, and the next run takes over the dead writer's lock and completes. Uses the real model."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

from tests.corpus_factory import write_articles

from wirecoder.store import queries

ARTICLES = 30

# Every stored article has exactly the rows its own JSON document lists, and every row has its article.
INCONSISTENT = """
SELECT 'rows missing: ' || a.article_id FROM articles a
WHERE json_array_length(a.doc -> '$.actors') <> (SELECT count(*) FROM article_actors x WHERE x.article_id = a.article_id)
   OR json_array_length(a.doc -> '$.quotes') <> (SELECT count(*) FROM article_quotes x WHERE x.article_id = a.article_id)
   OR json_array_length(a.doc -> '$.events') <> (SELECT count(*) FROM article_events x WHERE x.article_id = a.article_id)
   OR (SELECT count(*) FROM article_signatures x WHERE x.article_id = a.article_id) <> 1
   OR NOT EXISTS (SELECT 1 FROM inputs i WHERE i.article_id = a.article_id)
UNION ALL
SELECT 'orphan in ' || t FROM (
    SELECT 'article_actors' AS t, article_id FROM article_actors
    UNION ALL SELECT 'article_quotes', article_id FROM article_quotes
    UNION ALL SELECT 'article_events', article_id FROM article_events
    UNION ALL SELECT 'article_signatures', article_id FROM article_signatures
    UNION ALL SELECT 'article_bands', article_id FROM article_bands
    UNION ALL SELECT 'inputs', article_id FROM inputs WHERE article_id IS NOT NULL
) r WHERE r.article_id NOT IN (SELECT article_id FROM articles)
"""


def command(folder: Path, db: Path) -> list[str]:
    return [sys.executable, "-m", "wirecoder.cli", "ingest", str(folder), "--db", str(db), "--workers", "1",
            "--batch-size", "2", "--timeout", "20", "--verbose", "--no-progress"]


def stored(db: Path) -> int:
    with queries.reader(db) as conn:
        problems = conn.execute(INCONSISTENT).fetchall()
        assert problems == [], problems
        row = conn.execute("SELECT count(*) FROM articles").fetchone()
    return int(row[0]) if row else 0


def test_kill_9_mid_run_then_resume(tmp_path: Path) -> None:
    folder, db = tmp_path / "in", tmp_path / "k.duckdb"
    write_articles(folder, ARTICLES)
    proc = subprocess.Popen(command(folder, db), stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True,
                            start_new_session=True)
    committed = 0
    deadline = time.monotonic() + 180
    assert proc.stderr is not None
    while committed < 3 and time.monotonic() < deadline:
        line = proc.stderr.readline()
        if not line:
            break
        committed += "committed" in line
    os.killpg(proc.pid, signal.SIGKILL)  # the parent and its worker, like kill -9 on the job
    proc.wait()
    assert committed == 3, "the ingest did not get going"
    assert (tmp_path / "k.duckdb.lock").exists()

    done = stored(db)
    assert 6 <= done < ARTICLES

    rerun = subprocess.run(command(folder, db), capture_output=True, text=True, timeout=300)
    assert rerun.returncode == 0, rerun.stderr
    report = json.loads(rerun.stdout)
    assert (report["added"], report["skipped"], report["failed"]) == (ARTICLES - done, done, 0)
    assert stored(db) == ARTICLES
