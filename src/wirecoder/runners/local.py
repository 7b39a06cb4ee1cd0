"""`wirecoder ingest`: inputs → worker processes → the database, batch by batch.

`ingest(paths, options)` reads the inputs as a stream, skips those already stored (by the hash of
their bytes; `force` re-extracts), extracts the rest in N worker processes and commits every
`batch_size` results as one transaction. A bad article becomes a row of `failures`. At the end
the corpus's actors are regrouped. Killing the run at any moment loses at most the uncommitted
batch, which the next run picks up.
"""

from __future__ import annotations

import sys
import time
from collections.abc import Iterable, Iterator
from contextlib import AbstractContextManager, nullcontext
from dataclasses import dataclass, field
from pathlib import Path
from typing import IO, Any

from wirecoder.extract import ExtractOptions
from wirecoder.ingest.reader import RawArticle
from wirecoder.ingest.sources import SourceFailure, iter_inputs
from wirecoder.runners.workers import Extractor, Outcome, Pool, Task, WorkOptions, make_pool
from wirecoder.store.rows import Prepared, input_digest
from wirecoder.store.writer import BatchResult, FailureRow, Writer

LOOKUP_CHUNK = 256  # inputs checked against the store per query
MAX_LISTED_FAILURES = 20


@dataclass(frozen=True)
class IngestOptions:
    db: Path = Path("wire.duckdb")
    workers: int = 1  # worker processes; 0 runs in this process
    batch_size: int = 32  # articles per transaction
    timeout: float = 60.0  # seconds per article; 0 for none
    force: bool = False  # re-extract inputs already stored
    retry_failed: bool = False  # try again the inputs that failed before
    extract: ExtractOptions = field(default_factory=ExtractOptions)
    progress: bool | None = None  # a progress bar on stderr; None: when stderr is a terminal
    log: bool = False  # one line on stderr per committed batch
    extractor: Extractor | None = None  # another per-article function (tests); default extract_raw
    stdin: IO[bytes] | None = None


@dataclass
class IngestReport:
    db: str
    inputs: int = 0
    added: int = 0
    replaced: int = 0
    skipped: int = 0
    duplicates: int = 0
    near_duplicates: int = 0
    failed: int = 0
    batches: int = 0
    actors: int = 0
    seconds: float = 0.0
    failures: list[dict[str, str]] = field(default_factory=list)

    @property
    def articles_per_second(self) -> float:
        return round((self.added + self.replaced) / self.seconds, 2) if self.seconds else 0.0

    def to_json(self) -> dict[str, Any]:
        out = dict(self.__dict__)
        out["seconds"] = round(self.seconds, 2)
        out["articles_per_second"] = self.articles_per_second
        return out


class Run:
    """The state of one ingest run: the writer, the pool, the batch being filled, the report."""

    def __init__(self, writer: Writer, pool: Pool, options: IngestOptions, progress: Progress) -> None:
        self.writer, self.pool, self.options, self.progress = writer, pool, options, progress
        self.report = IngestReport(db=str(options.db))
        self.items: list[Prepared] = []
        self.failures: list[FailureRow] = []
        self.links: list[tuple[str, str]] = []
        self.in_flight: dict[str, list[str]] = {}  # sha → further sources of the same bytes this run

    # --- inputs → tasks -------------------------------------------------------------------

    def tasks(self, inputs: Iterable[RawArticle | SourceFailure]) -> Iterator[Task]:
        chunk: list[RawArticle] = []
        for item in inputs:
            self.report.inputs += 1
            if isinstance(item, SourceFailure):
                self.fail(FailureRow(f"source:{item.source}", item.source, "read", item.error, item.reason))
                continue
            chunk.append(item)
            if len(chunk) >= LOOKUP_CHUNK:
                yield from self.new_tasks(chunk)
                chunk = []
        yield from self.new_tasks(chunk)

    def new_tasks(self, chunk: list[RawArticle]) -> Iterator[Task]:
        shas = [input_digest(raw) for raw in chunk]
        known = self.writer.known_inputs(shas) if chunk else {}
        for sha, raw in zip(shas, chunk, strict=True):
            if sha in self.in_flight:
                self.in_flight[sha].append(raw.source)
                self.report.duplicates += 1
                continue
            seen = known.get(sha)
            retry = seen is not None and seen.article_id is None and self.options.retry_failed
            if seen is not None and not self.options.force and not retry:
                self.report.skipped += 1
                if seen.article_id is not None and raw.source not in seen.sources:
                    self.links.append((sha, raw.source))
                self.progress.advance(1)
                continue
            self.in_flight[sha] = []
            yield Task(sha, raw)

    # --- outcomes → batches ---------------------------------------------------------------

    def fail(self, failure: FailureRow) -> None:
        self.failures.append(failure)
        self.report.failed += 1
        if len(self.report.failures) < MAX_LISTED_FAILURES:
            self.report.failures.append({"source": failure.source, "error": failure.error, "reason": failure.reason})
        self.progress.advance(0, failed=1)  # accept() counts it as done

    def accept(self, outcome: Outcome) -> None:
        self.progress.advance(1)
        if isinstance(outcome, FailureRow):
            self.fail(outcome)
        else:
            self.items.append(outcome)
        self.links.extend((outcome.input_sha, s) for s in self.in_flight.pop(outcome.input_sha, []))
        if len(self.items) + len(self.failures) >= self.options.batch_size:
            self.flush()

    def flush(self) -> None:
        if not (self.items or self.failures or self.links):
            return
        result = self.writer.write_batch(self.items, self.failures, links=self.links, force=self.options.force)
        self.count(result)
        self.items, self.failures, self.links = [], [], []

    def count(self, result: BatchResult) -> None:
        r = self.report
        r.batches += 1
        r.added += len(result.added)
        r.replaced += len(result.replaced)
        r.duplicates += len(result.duplicates)
        r.near_duplicates += len(result.near_duplicates)
        if self.options.log:
            print(
                f"batch {r.batches} committed: {len(result.added) + len(result.replaced)} articles "
                f"({r.added + r.replaced} so far), {result.failures} failures",
                file=sys.stderr,
                flush=True,
            )

    # --- the loop --------------------------------------------------------------------------

    def run(self, inputs: Iterable[RawArticle | SourceFailure]) -> IngestReport:
        start = time.perf_counter()
        tasks = self.tasks(inputs)
        exhausted = False
        while True:
            while not exhausted and self.pool.capacity() > 0:
                task = next(tasks, None)
                if task is None:
                    exhausted = True
                else:
                    self.pool.submit(task)
            if exhausted and self.pool.pending() == 0:
                break
            for outcome in self.pool.collect(0.5):
                self.accept(outcome)
        self.flush()
        self.report.actors = self.writer.resolve_actors()
        self.report.seconds = time.perf_counter() - start
        return self.report


class Progress:
    """A rich progress bar on stderr (articles, articles/s, failures), or nothing."""

    def __init__(self, enabled: bool) -> None:
        self.bar: Any = None
        self.task: Any = None
        self.failed = 0
        if enabled:
            from rich.console import Console
            from rich.progress import (
                MofNCompleteColumn,
                SpinnerColumn,
                TextColumn,
                TimeElapsedColumn,
            )
            from rich.progress import (
                Progress as RichProgress,
            )

            self.bar = RichProgress(
                SpinnerColumn(),
                TextColumn("ingest"),
                MofNCompleteColumn(),
                TextColumn("articles · {task.fields[rate]:.1f}/s · {task.fields[failed]} failed"),
                TimeElapsedColumn(),
                console=Console(stderr=True),
                transient=False,
            )
            self.task = self.bar.add_task("ingest", total=None, rate=0.0, failed=0)
            self.start = time.perf_counter()

    def advance(self, done: int, failed: int = 0) -> None:
        if self.bar is None:
            return
        self.failed += failed
        self.bar.advance(self.task, done)
        completed = self.bar.tasks[0].completed
        rate = completed / max(1e-6, time.perf_counter() - self.start)
        self.bar.update(self.task, rate=rate, failed=self.failed)

    def context(self) -> AbstractContextManager[Any]:
        return self.bar if self.bar is not None else nullcontext()


def ingest(paths: Iterable[str], options: IngestOptions | None = None) -> IngestReport:
    """Ingest every article under `paths` into the database `options.db`."""
    options = options or IngestOptions()
    show = options.progress if options.progress is not None else sys.stderr.isatty()
    writer = Writer(options.db)
    writer.lock.acquire()  # fail fast, before any model is loaded
    pool: Pool | None = None
    try:
        # Workers are forked before DuckDB opens, so they share none of its threads or files.
        work = WorkOptions(options.extract, options.timeout, options.extractor)
        pool = make_pool(options.workers, work)
        writer.open()
        progress = Progress(show)
        with progress.context():
            return Run(writer, pool, options, progress).run(iter_inputs(paths, options.stdin))
    finally:
        if pool is not None:
            pool.close()
        writer.close()
