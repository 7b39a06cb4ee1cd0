"""Near-duplicates: the same wire story under another headline and byline is linked, not counted twice."""

from __future__ import annotations

from pathlib import Path

from tests.corpus_factory import country, event, extraction, store, story

from wirecoder.model import Extraction
from wirecoder.store import queries
from wirecoder.store.dedup import THRESHOLD, minhash, shingles, similarity


def republished(text: str) -> str:
    """Another outlet's copy: new headline and credit line, one word changed, the last paragraph cut."""
    paragraphs = text.split("\n\n")
    body = paragraphs[1:-1]
    body[0] = body[0].replace("talks", "negotiations", 1)
    return "\n\n".join(["A different headline", "By Staff / via Northern Wire", *body, "Carried under licence."])


def consult(text: str, outlet: str) -> Extraction:
    actors = [country("a1", "Kyrgyzstan", "KGZ"), country("a2", "Tajikistan", "TJK")]
    return extraction(text, outlet=outlet, actors=actors, events=[event("e1", "040", "a1", "a2", date="2026-11-05")])


def test_similarity_of_copies_and_of_different_stories() -> None:
    text = story(7, words=300)
    assert similarity(minhash(text), minhash(republished(text))) >= THRESHOLD
    assert similarity(minhash(text), minhash(story(8, words=300))) < 0.2
    assert shingles("one two three") == {"one two three"}


def test_near_duplicates_are_linked_and_left_out_of_counts(tmp_path: Path) -> None:
    db = tmp_path / "d.duckdb"
    original = story(7, words=300)
    store(db, [consult(original, "Reuters")], sources=["reuters.txt"])
    store(db, [consult(republished(original), "Northern Wire"), consult(story(9, words=300), "AFP")],
          sources=["northern.txt", "afp.txt"])
    with queries.reader(db) as conn:
        dups = conn.execute("SELECT source, original_source, kind, similarity FROM duplicates").fetchall()
        [ev] = queries.events(conn)
    assert [(s, o, k) for s, o, k, _ in dups] == [("northern.txt", "reuters.txt", "near")]
    assert dups[0][3] >= THRESHOLD
    assert (ev["num_articles"], ev["num_mentions"], ev["num_sources"]) == (2, 2, 2)
    assert sorted(ev["outlets"]) == ["AFP", "Reuters"]


def test_near_duplicates_within_one_batch(tmp_path: Path) -> None:
    db = tmp_path / "d.duckdb"
    original = story(11, words=300)
    store(db, [consult(original, "Reuters"), consult(republished(original), "AP")], sources=["r.txt", "ap.txt"])
    with queries.reader(db) as conn:
        rows = conn.execute("SELECT source, duplicate_of IS NOT NULL FROM articles ORDER BY source").fetchall()
        [ev] = queries.events(conn)
    assert rows == [("ap.txt", True), ("r.txt", False)]
    assert (ev["num_articles"], ev["num_mentions"], ev["num_sources"]) == (1, 1, 1)
