"""The local runner, model-free: a mixed folder with one broken file of each kind, idempotence,
timeouts and crashing workers, --force, resuming."""

from __future__ import annotations

import gzip
import io
import json
from pathlib import Path

import pytest
from tests.corpus_factory import fake_extract, story, write_articles
from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

from wirecoder.runners.local import IngestOptions, ingest
from wirecoder.store import queries


def page(seed: int) -> str:
    body = "".join(f"<p>{p}</p>" for p in story(seed).split("\n\n")[1:])
    return f"<html><head><title>Story {seed}</title></head><body><article>{body}</article></body></html>"


def write_warc(path: Path, html: str) -> None:
    with path.open("wb") as handle:
        writer = WARCWriter(handle, gzip=True)
        headers = StatusAndHeaders("200 OK", [("Content-Type", "text/html")], protocol="HTTP/1.1")
        writer.write_record(writer.create_warc_record("https://w.example/1", "response",
                                                      payload=io.BytesIO(html.encode()), http_headers=headers))


@pytest.fixture()
def mixed(tmp_path: Path) -> Path:
    """8 good articles in four formats and one broken input of each kind, plus an extractor bug."""
    folder = tmp_path / "in"
    write_articles(folder / "txt", 4)
    (folder / "html").mkdir()
    (folder / "html" / "good.html").write_text(page(10))
    (folder / "batch.jsonl").write_text("\n".join([
        json.dumps({"text": story(11), "outlet": "AFP", "published": "2026-11-03"}),
        "{broken json",
        json.dumps({"html": page(12), "outlet": "AP"}),
    ]))
    write_warc(folder / "crawl.warc.gz", page(13))
    (folder / "txt" / "broken.txt").write_bytes(bytes(range(256)) * 8)
    (folder / "html" / "broken.html").write_text("<html><body><nav>Home | World</nav></body></html>")
    (folder / "broken.warc.gz").write_bytes(gzip.compress(b"garbage, not WARC\r\n" * 10))
    (folder / "txt" / "bug.txt").write_text(story(14).replace("Headline", "BUG-ARTICLE"))
    return folder


def options(db: Path, **kwargs: object) -> IngestOptions:
    return IngestOptions(db=db, extractor=fake_extract, batch_size=3, **kwargs)  # type: ignore[arg-type]


def table_counts(db: Path) -> dict[str, int]:
    with queries.reader(db) as conn:
        return {t: conn.execute(f"SELECT count(*) FROM {t}").fetchone()[0]  # type: ignore[index]
                for t in ("articles", "article_actors", "article_events", "inputs", "failures")}


def test_mixed_folder_in_worker_processes_then_nothing_new(mixed: Path, tmp_path: Path) -> None:
    db = tmp_path / "w.duckdb"
    report = ingest([str(mixed)], options(db, workers=1))
    assert (report.added, report.failed) == (8, 5), report.failures
    with queries.reader(db) as conn:
        failures = dict(conn.execute("SELECT regexp_extract(source, '[^/]+$'), stage FROM failures").fetchall())
        outlets = conn.execute("SELECT count(*) FROM articles WHERE outlet IN ('AFP', 'AP')").fetchone()
    assert failures == {"broken.txt": "read", "broken.html": "read", "batch.jsonl:2": "read",
                        "broken.warc.gz": "read", "bug.txt": "extract"}
    assert outlets == (2,)
    before = table_counts(db)
    again = ingest([str(mixed)], options(db, workers=1))
    assert (again.added, again.skipped) == (0, 11)
    assert table_counts(db) == before


def test_timeouts_and_crashes_fail_one_article_each(tmp_path: Path) -> None:
    folder = tmp_path / "in"
    write_articles(folder, 5)
    (folder / "slow.txt").write_text(story(20).replace("Headline", "SLOW-ARTICLE"))
    (folder / "crash.txt").write_text(story(21).replace("Headline", "CRASH-ARTICLE"))
    report = ingest([str(folder)], options(tmp_path / "w.duckdb", workers=2, timeout=1.0))
    assert report.added == 5
    stages = {Path(f["source"]).name: f["error"] for f in report.failures}
    assert stages == {"slow.txt": "Timeout", "crash.txt": "WorkerError"}


def test_in_process_force_and_resume(tmp_path: Path) -> None:
    folder = tmp_path / "in"
    paths = write_articles(folder, 6)
    db = tmp_path / "w.duckdb"
    first = ingest([str(p) for p in paths[:2]], options(db, workers=0))
    assert first.added == 2
    rest = ingest([str(folder)], options(db, workers=0))
    assert (rest.added, rest.skipped) == (4, 2)
    forced = ingest([str(folder)], options(db, workers=0, force=True))
    assert (forced.added, forced.replaced) == (0, 6)
    assert table_counts(db)["articles"] == 6 and table_counts(db)["inputs"] == 6


def test_the_same_file_twice_in_one_run_is_linked(tmp_path: Path) -> None:
    folder = tmp_path / "in"
    [path] = write_articles(folder, 1)
    (folder / "copy.txt").write_bytes(path.read_bytes())
    db = tmp_path / "w.duckdb"
    report = ingest([str(folder)], options(db, workers=0))
    assert (report.added, report.duplicates) == (1, 1)
    with queries.reader(db) as conn:
        assert conn.execute("SELECT kind FROM duplicates").fetchall() == [("exact",)]


def test_long_and_short_articles_mixed_in_worker_processes(tmp_path: Path) -> None:
    """Long articles (and their long results) among short ones all come through two workers; the rule
    that keeps chunks sent behind another within a pipe's room is tested in test_batch.py."""
    folder = tmp_path / "in"
    paths = write_articles(folder, 40)
    for path in paths[::5]:
        path.write_text(path.read_text() + ("\n\n" + "Kyrgyzstan and Tajikistan talked. " * 40) * 100)
    report = ingest([str(folder)], options(tmp_path / "w.duckdb", workers=2, timeout=30.0))
    assert (report.added, report.failed) == (40, 0), report.failures
