"""Worker processes for the local runner: each loads the model once and extracts one article at a time.

The parent keeps a pipe to every worker and knows which article each is working on, so an
article that hangs past its timeout or kills its worker fails alone: that worker is replaced and
the rest of the batch goes on. Inside a worker a per-article alarm (SIGALRM) stops an article
that runs over its timeout; the parent's own clock is the backstop for code that ignores signals.
"""

from __future__ import annotations

import contextlib
import multiprocessing
import os
import signal
import time
from collections import deque
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from multiprocessing.connection import Connection, wait
from typing import Any

from wirecoder.errors import InputError, ModelError, WirecoderError
from wirecoder.extract import ExtractOptions, extract_raw, load_pipeline
from wirecoder.ingest.reader import RawArticle
from wirecoder.model import Extraction
from wirecoder.store.rows import Prepared, prepare
from wirecoder.store.writer import FailureRow

Extractor = Callable[[RawArticle, ExtractOptions], Extraction]
QUEUE_DEPTH = 2  # articles handed to a worker ahead, so it never waits for the parent
HARD_GRACE = 15.0  # seconds past the timeout before the parent kills a worker
SMALL_TASK = 32_000  # bytes: a task this small fits in a pipe's buffer behind another
MAX_RESPAWNS = 50


@dataclass(frozen=True)
class WorkOptions:
    """What a worker needs: the extraction settings, the timeout and (for tests) another extractor."""

    extract: ExtractOptions
    timeout: float = 60.0
    extractor: Extractor | None = None


@dataclass(frozen=True)
class Task:
    input_sha: str
    raw: RawArticle


Outcome = Prepared | FailureRow


class WorkerCrashError(WirecoderError):
    """Workers keep dying (out of memory, a broken model): the run stops rather than loop."""


class ArticleTimeout(Exception):
    """Raised inside a worker when one article runs past its timeout."""


@contextlib.contextmanager
def deadline(seconds: float) -> Iterator[None]:
    if seconds <= 0:
        yield
        return

    def expire(_signum: int, _frame: Any) -> None:
        raise ArticleTimeout()

    previous = signal.signal(signal.SIGALRM, expire)
    signal.setitimer(signal.ITIMER_REAL, seconds)
    try:
        yield
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous)


def warm(options: WorkOptions) -> None:
    """Load the model once, before the first article (the real extractor only)."""
    if options.extractor is None:
        load_pipeline(options.extract.model)


def run_task(task: Task, options: WorkOptions) -> Outcome:
    """One article, start to finish. Never raises for a bad article: returns its failure instead."""
    raw = task.raw
    extractor = options.extractor or extract_raw
    try:
        with deadline(options.timeout):
            extraction = extractor(raw, options.extract)
        return prepare(extraction, raw.source, task.input_sha)
    except ArticleTimeout:
        return FailureRow(task.input_sha, raw.source, "timeout", "Timeout",
                          f"extraction took longer than {options.timeout:g} s")
    except InputError as exc:
        return FailureRow(task.input_sha, raw.source, "read", type(exc).__name__, str(exc))
    except ModelError:
        raise
    except Exception as exc:  # one article's bug must not stop the batch: it is recorded with its reason
        return FailureRow(task.input_sha, raw.source, "extract", type(exc).__name__, f"{exc}"[:500])


def worker_main(conn: Connection, options: WorkOptions) -> None:
    parent = os.getppid()
    signal.signal(signal.SIGINT, signal.SIG_IGN)  # Ctrl-C is the parent's to handle
    try:
        warm(options)
    except Exception as exc:
        conn.send(("fatal", str(exc)))
        return
    conn.send(("ready", None))
    while True:
        if not conn.poll(1.0):
            if os.getppid() != parent:  # the parent was killed: do not linger
                return
            continue
        try:
            task = conn.recv()
        except (EOFError, OSError):
            return
        if task is None:
            return
        conn.send(("done", run_task(task, options)))


class Worker:
    def __init__(self, ctx: Any, options: WorkOptions) -> None:
        self.conn, child = ctx.Pipe()
        self.process = ctx.Process(target=worker_main, args=(child, options), daemon=True)
        self.process.start()
        child.close()
        self.queue: deque[Task] = deque()
        self.started = time.monotonic()
        self.ready = False
        self.dead = False

    def send(self, task: Task) -> bool:
        """False when the worker is gone (it is replaced at the next clock check)."""
        if self.dead:
            return False
        try:
            self.conn.send(task)
        except OSError:  # BrokenPipeError: the process died
            self.dead = True
            return False
        if not self.queue:
            self.started = time.monotonic()
        self.queue.append(task)
        return True

    def kill(self) -> None:
        with contextlib.suppress(OSError):
            self.process.kill()
        self.process.join(5)
        self.conn.close()


class ProcessPool:
    """N worker processes fed through pipes; `collect()` returns finished outcomes as they come."""

    def __init__(self, size: int, options: WorkOptions) -> None:
        self.options = options
        self.ctx = multiprocessing.get_context("fork")
        self.workers = [Worker(self.ctx, options) for _ in range(max(1, size))]
        self.waiting: deque[Task] = deque()
        self.respawns = 0

    def capacity(self) -> int:
        return sum(QUEUE_DEPTH - len(w.queue) for w in self.workers) - len(self.waiting)

    def pending(self) -> int:
        return sum(len(w.queue) for w in self.workers) + len(self.waiting)

    def submit(self, task: Task) -> None:
        self.waiting.append(task)
        self._dispatch()

    def _dispatch(self) -> None:
        """Hand waiting tasks to workers. A task goes behind another only if it fits in the pipe's
        buffer: a blocking send to a worker that is itself blocked sending its result would deadlock."""
        while self.waiting:
            task = self.waiting[0]
            live = [w for w in self.workers if not w.dead]
            idle = [w for w in live if not w.queue]
            small = len(task.raw.data) <= SMALL_TASK
            behind = [w for w in live if len(w.queue) < QUEUE_DEPTH] if small else []
            choice = idle or behind
            if not choice:
                return
            if choice[0].send(task):
                self.waiting.popleft()

    def collect(self, timeout: float = 0.5) -> list[Outcome]:
        self._dispatch()
        out: list[Outcome] = []
        ready = wait([w.conn for w in self.workers], timeout)
        for worker in list(self.workers):
            if worker.conn in ready:
                out.extend(self._receive(worker))
        out.extend(self._check_clocks())
        self._dispatch()
        return out

    def _receive(self, worker: Worker) -> list[Outcome]:
        try:
            kind, payload = worker.conn.recv()
        except (EOFError, OSError):
            return self._replace(worker, "worker", "the worker process died while extracting this article")
        if kind == "fatal":
            self.close()
            raise ModelError(payload)
        if kind == "ready":
            worker.ready = True
            worker.started = time.monotonic()
            return []
        worker.queue.popleft()
        worker.started = time.monotonic()
        return [payload]

    def _check_clocks(self) -> list[Outcome]:
        out: list[Outcome] = []
        limit = self.options.timeout + HARD_GRACE
        for worker in list(self.workers):
            overdue = time.monotonic() - worker.started > limit
            if self.options.timeout > 0 and worker.ready and worker.queue and overdue:
                out.extend(self._replace(worker, "timeout", f"the worker was stopped after {limit:g} s"))
            elif worker.dead or (not worker.process.is_alive() and not worker.conn.poll()):
                out.extend(self._replace(worker, "worker", f"the worker process exited ({worker.process.exitcode})"))
        return out

    def _replace(self, worker: Worker, stage: str, reason: str) -> list[Outcome]:
        """The article the worker was on fails; the ones queued behind it go to other workers."""
        worker.kill()
        self.workers.remove(worker)
        failed: list[Outcome] = []
        if worker.queue:
            head = worker.queue.popleft()
            failed.append(FailureRow(head.input_sha, head.raw.source, stage, "WorkerError", reason))
            self.waiting.extendleft(reversed(worker.queue))
        self.respawns += 1
        if self.respawns > MAX_RESPAWNS:
            self.close()
            raise WorkerCrashError(f"worker processes died {self.respawns} times; stopping the run")
        self.workers.append(Worker(self.ctx, self.options))
        return failed

    def close(self) -> None:
        for worker in self.workers:
            with contextlib.suppress(OSError, BrokenPipeError):
                worker.conn.send(None)
        deadline_at = time.monotonic() + 5
        for worker in self.workers:
            worker.process.join(max(0.0, deadline_at - time.monotonic()))
            if worker.process.is_alive():
                worker.kill()
        self.workers = []


class InlinePool:
    """The same interface, in this process (workers=0): for tests, benchmarks and debugging."""

    def __init__(self, options: WorkOptions) -> None:
        self.options = options
        self.done: list[Outcome] = []
        warm(options)

    def capacity(self) -> int:
        return 1 if not self.done else 0

    def pending(self) -> int:
        return len(self.done)

    def submit(self, task: Task) -> None:
        self.done.append(run_task(task, self.options))

    def collect(self, timeout: float = 0.0) -> list[Outcome]:
        out, self.done = self.done, []
        return out

    def close(self) -> None:
        self.done = []


Pool = ProcessPool | InlinePool


def make_pool(workers: int, options: WorkOptions) -> Pool:
    return InlinePool(options) if workers <= 0 else ProcessPool(workers, options)
