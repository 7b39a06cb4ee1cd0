"""Worker processes for the local runner: each loads the model once and extracts articles in chunks.

The parent hands each worker a chunk of up to `CHUNK` articles, which the worker extracts as one
batch (`extract_batch`: spaCy's model runs over the chunk at once) and answers article by article.
The parent keeps a pipe to every worker and knows which chunk each is working on, so an article that
hangs past its timeout or kills its worker fails alone: a chunk that kills its worker goes back one
article at a time, that worker is replaced, and the rest of the batch goes on. Inside a worker an
alarm (SIGALRM) stops a chunk that runs over its articles' timeouts, and its articles are then
extracted one by one, each on its own clock; the parent's own clock is the backstop for code that
ignores signals.
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
from multiprocessing.reduction import ForkingPickler
from typing import Any

from wirecoder.errors import InputError, ModelError, WirecoderError
from wirecoder.extract import ExtractOptions, extract_batch, extract_raw, load_pipeline
from wirecoder.ingest.reader import RawArticle
from wirecoder.model import Extraction
from wirecoder.store.rows import Prepared, prepare
from wirecoder.store.writer import FailureRow

Extractor = Callable[[RawArticle, ExtractOptions], Extraction]
CHUNK = 16  # articles a worker extracts as one batch (spaCy's benchmark batch size too)
QUEUE_DEPTH = 2  # chunks handed to a worker ahead, so it never waits for the parent
HARD_GRACE = 15.0  # seconds past the timeout before the parent kills a worker
PIPE_ROOM = 60_000  # bytes one send can put into a worker's emptied pipe without waiting (a Linux pipe holds 64 KiB)
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
    alone: bool = False  # goes in a chunk of its own (it was in a chunk that killed its worker)


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
    extractor = options.extractor or extract_raw
    try:
        with deadline(options.timeout):
            extraction = extractor(task.raw, options.extract)
    except ArticleTimeout:
        return timeout_failure(task, options.timeout)
    except ModelError:
        raise
    except Exception as exc:  # one article's bug must not stop the batch: it is recorded with its reason
        return failure(task, exc)
    return outcome(task, extraction)


def run_chunk(tasks: list[Task], options: WorkOptions) -> Iterator[Outcome]:
    """A chunk of articles as one batch, one outcome per article in order. A chunk that runs past its
    articles' timeouts together is extracted again one by one, so only the slow article times out."""
    if len(tasks) == 1 or options.extractor is not None:
        for task in tasks:
            yield run_task(task, options)
        return
    try:
        with deadline(options.timeout * len(tasks)):
            results = extract_batch([task.raw for task in tasks], options.extract)
    except ArticleTimeout:
        for task in tasks:
            yield run_task(task, options)
        return
    for task, result in zip(tasks, results, strict=True):
        yield failure(task, result) if isinstance(result, Exception) else outcome(task, result)


def outcome(task: Task, extraction: Extraction) -> Outcome:
    try:
        return prepare(extraction, task.raw.source, task.input_sha)
    except Exception as exc:
        return failure(task, exc)


def failure(task: Task, exc: Exception) -> FailureRow:
    if isinstance(exc, ModelError):
        raise exc
    stage = "read" if isinstance(exc, InputError) else "extract"
    return FailureRow(task.input_sha, task.raw.source, stage, type(exc).__name__, f"{exc}"[:500])


def timeout_failure(task: Task, seconds: float) -> FailureRow:
    return FailureRow(task.input_sha, task.raw.source, "timeout", "Timeout", f"extraction took longer than {seconds:g} s")


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
            chunk = conn.recv()
        except (EOFError, OSError):
            return
        if chunk is None:
            return
        for result in run_chunk(chunk, options):
            conn.send(("done", result))


class Worker:
    def __init__(self, ctx: Any, options: WorkOptions) -> None:
        self.conn, child = ctx.Pipe()
        self.process = ctx.Process(target=worker_main, args=(child, options), daemon=True)
        self.process.start()
        child.close()
        self.queue: deque[list[Task]] = deque()  # chunks sent, the first one being worked on
        self.started = time.monotonic()
        self.ready = False
        self.dead = False

    def send(self, chunk: list[Task], payload: bytes) -> bool:
        """Send a chunk, pickled as `payload`. False when the worker is gone (it is replaced at the next
        clock check)."""
        if self.dead:
            return False
        try:
            self.conn.send_bytes(payload)
        except OSError:  # BrokenPipeError: the process died
            self.dead = True
            return False
        if not self.queue:
            self.started = time.monotonic()
        self.queue.append(list(chunk))
        return True

    def articles(self) -> int:
        return sum(len(chunk) for chunk in self.queue)

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
        return sum(QUEUE_DEPTH - len(w.queue) for w in self.workers) * CHUNK - len(self.waiting)

    def pending(self) -> int:
        return sum(w.articles() for w in self.workers) + len(self.waiting)

    def submit(self, task: Task) -> None:
        """Queue a task; `collect` hands the waiting ones to the workers in chunks."""
        self.waiting.append(task)

    def _dispatch(self) -> None:
        """Hand waiting tasks to workers in chunks. A chunk goes behind another only if it fits in the
        pipe's buffer (the worker has read the chunk it works on, so its pipe is empty): a blocking send
        to a worker that is itself blocked sending its result would deadlock."""
        while self.waiting:
            live = [w for w in self.workers if not w.dead]
            idle = [w for w in live if not w.queue]
            behind = [w for w in live if len(w.queue) < QUEUE_DEPTH]
            if not idle and not behind:
                return
            chunk, payload = self._take(None if idle else PIPE_ROOM)
            if not chunk:
                return
            if not (idle or behind)[0].send(chunk, payload):
                self.waiting.extendleft(reversed(chunk))

    def _take(self, room: int | None) -> tuple[list[Task], bytes]:
        """The next chunk from the waiting tasks (at most CHUNK of them; a task sent back `alone` goes by
        itself) and its pickle, no longer than `room` bytes if given."""
        chunk: list[Task] = []
        while self.waiting and len(chunk) < CHUNK and not (chunk and self.waiting[0].alone):
            chunk.append(self.waiting.popleft())
            if chunk[-1].alone:
                break
        payload = ForkingPickler.dumps(chunk)
        while chunk and room is not None and len(payload) > room:
            self.waiting.appendleft(chunk.pop())
            payload = ForkingPickler.dumps(chunk)
        return chunk, bytes(payload)

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
        worker.queue[0].pop(0)
        if not worker.queue[0]:
            worker.queue.popleft()
        worker.started = time.monotonic()
        return [payload]

    def _check_clocks(self) -> list[Outcome]:
        out: list[Outcome] = []
        for worker in list(self.workers):
            # a chunk may run once as a batch, then article by article (see run_chunk)
            limit = self.options.timeout * (len(worker.queue[0]) + 1 if worker.queue else 1) + HARD_GRACE
            overdue = time.monotonic() - worker.started > limit
            if self.options.timeout > 0 and worker.ready and worker.queue and overdue:
                out.extend(self._replace(worker, "timeout", f"the worker was stopped after {limit:g} s"))
            elif worker.dead or (not worker.process.is_alive() and not worker.conn.poll()):
                out.extend(self._replace(worker, "worker", f"the worker process exited ({worker.process.exitcode})"))
        return out

    def _replace(self, worker: Worker, stage: str, reason: str) -> list[Outcome]:
        """The article the worker was on fails, if it was alone in its chunk; otherwise the chunk's
        articles go back one by one, to find the one that did it. Chunks queued behind go to other workers."""
        worker.kill()
        self.workers.remove(worker)
        failed: list[Outcome] = []
        if worker.queue:
            head = worker.queue.popleft()
            behind = [task for chunk in worker.queue for task in chunk]
            if len(head) == 1:
                task = head[0]
                failed.append(FailureRow(task.input_sha, task.raw.source, stage, "WorkerError", reason))
                retry = behind
            else:
                retry = [Task(t.input_sha, t.raw, alone=True) for t in head] + behind
            self.waiting.extendleft(reversed(retry))
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
        self.waiting: list[Task] = []
        warm(options)

    def capacity(self) -> int:
        return CHUNK - len(self.waiting)

    def pending(self) -> int:
        return len(self.waiting)

    def submit(self, task: Task) -> None:
        self.waiting.append(task)

    def collect(self, timeout: float = 0.0) -> list[Outcome]:
        chunk, self.waiting = self.waiting, []
        return list(run_chunk(chunk, self.options))

    def close(self) -> None:
        self.waiting = []


Pool = ProcessPool | InlinePool


def make_pool(workers: int, options: WorkOptions) -> Pool:
    return InlinePool(options) if workers <= 0 else ProcessPool(workers, options)
