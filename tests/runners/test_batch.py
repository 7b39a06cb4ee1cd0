"""Batched extraction: the same outcomes as one article at a time, and a bad article still fails alone."""

from __future__ import annotations

import importlib
import pickle
import time
from collections import deque
from pathlib import Path
from typing import Any

import pytest
from tests.corpus_factory import fake_extract, story

from wirecoder.errors import InputError
from wirecoder.extract import ExtractOptions, extract_batch, extract_raw
from wirecoder.ingest.reader import RawArticle
from wirecoder.ingest.sources import iter_inputs
from wirecoder.model import Extraction
from wirecoder.runners import workers
from wirecoder.runners.workers import Task, WorkOptions, run_chunk
from wirecoder.store.writer import FailureRow

extract_module = importlib.import_module("wirecoder.extract")  # the package exports a function of that name
CORPUS = Path(__file__).resolve().parents[2] / "examples" / "corpus"


def sample(count: int) -> list[RawArticle]:
    raws = [item for item in iter_inputs([str(CORPUS)]) if isinstance(item, RawArticle)]
    return raws[:count]


def as_json(outcome: Extraction | Exception) -> Any:
    return outcome.to_json() if isinstance(outcome, Extraction) else repr(outcome)


def test_a_batch_gives_what_one_article_at_a_time_gives() -> None:
    raws = sample(8)
    raws.insert(3, RawArticle(source="binary.bin", data=bytes(range(256)) * 8))
    batch = extract_batch(raws)
    assert len(batch) == len(raws)
    assert isinstance(batch[3], InputError) and "binary.bin" in str(batch[3])
    for raw, outcome in zip(raws, batch, strict=True):
        if raw.source == "binary.bin":
            continue
        assert isinstance(outcome, Extraction), outcome
        assert outcome.events, raw.source  # every sample article reports something
        assert as_json(outcome) == as_json(extract_raw(raw)), raw.source


def test_an_article_that_breaks_our_stages_fails_alone(monkeypatch: pytest.MonkeyPatch) -> None:
    raws = sample(4)
    finish = extract_module.finish
    buggy = extract_raw(raws[1]).article.text

    def finish_with_a_bug(doc: Any, article: Any, options: ExtractOptions) -> Extraction:
        if article.text == buggy:
            raise RuntimeError("a bug in one stage")
        return finish(doc, article, options)

    monkeypatch.setattr(extract_module, "finish", finish_with_a_bug)
    outcomes = extract_batch(raws)
    assert [type(o).__name__ for o in outcomes] == ["Extraction", "RuntimeError", "Extraction", "Extraction"]


def test_an_article_that_breaks_the_batch_is_found_by_going_one_by_one(monkeypatch: pytest.MonkeyPatch) -> None:
    raws = sample(3)
    parse = extract_module.parse

    def parse_failing_on_batches(articles: Any, options: ExtractOptions) -> Any:
        if len(articles) > 1:
            raise ValueError("the batch broke")
        return parse(articles, options)

    monkeypatch.setattr(extract_module, "parse", parse_failing_on_batches)
    outcomes = extract_batch(raws)
    assert [as_json(o) for o in outcomes] == [as_json(extract_raw(r)) for r in raws]


def slow_batch(raws: list[RawArticle], options: ExtractOptions) -> list[Extraction | Exception]:
    time.sleep(30)
    raise AssertionError("the chunk's deadline should have stopped this")


def test_a_chunk_past_its_deadline_is_redone_article_by_article(monkeypatch: pytest.MonkeyPatch) -> None:
    """The batch runs out of time (here: always); each article then gets its own clock, so only the
    slow one fails with a timeout and the others are extracted."""
    monkeypatch.setattr(workers, "extract_batch", slow_batch)
    monkeypatch.setattr(workers, "extract_raw", fake_extract)
    texts = [story(1), story(2).replace("Headline", "SLOW-ARTICLE"), story(3)]
    tasks = [Task(f"sha{i}", RawArticle(source=f"a{i}.txt", data=text)) for i, text in enumerate(texts)]
    start = time.monotonic()
    outcomes = list(run_chunk(tasks, WorkOptions(ExtractOptions(), timeout=0.4)))
    assert time.monotonic() - start < 10
    assert [type(o).__name__ for o in outcomes] == ["Prepared", "FailureRow", "Prepared"]
    slow = outcomes[1]
    assert isinstance(slow, FailureRow) and (slow.source, slow.stage) == ("a1.txt", "timeout")


def test_a_chunk_sent_behind_another_fits_in_the_pipe() -> None:
    pool = workers.ProcessPool.__new__(workers.ProcessPool)  # no processes: only the chunking is tested
    pool.waiting = deque(Task(f"sha{i}", RawArticle(source=f"a{i}.txt", data=story(i, words=1500)))
                         for i in range(40))
    behind, payload = pool._take(workers.PIPE_ROOM)
    assert 1 <= len(behind) < workers.CHUNK and len(payload) <= workers.PIPE_ROOM
    assert pickle.loads(payload) == behind
    first, _ = pool._take(None)  # to an idle worker: a full chunk, in order
    assert [t.input_sha for t in behind + first] == [f"sha{i}" for i in range(len(behind) + workers.CHUNK)]
    pool.waiting.appendleft(Task("retry", RawArticle(source="r.txt", data="x"), alone=True))
    alone, _ = pool._take(None)
    assert [t.input_sha for t in alone] == ["retry"]


def test_a_reader_bug_fails_its_article_alone(monkeypatch: pytest.MonkeyPatch) -> None:
    raws = sample(3)
    read = extract_module.read_article

    def read_with_a_bug(raw: RawArticle, *args: Any) -> Any:
        if raw.source == raws[1].source:
            raise ValueError("a bug in the reader")
        return read(raw, *args)

    monkeypatch.setattr(extract_module, "read_article", read_with_a_bug)
    outcomes = extract_batch(raws)
    assert [type(o).__name__ for o in outcomes] == ["Extraction", "ValueError", "Extraction"]
