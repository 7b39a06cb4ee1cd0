"""Near-duplicate articles: MinHash over the body's word 5-grams, with LSH bands to find candidates.

Two articles whose shingle sets have a Jaccard similarity of at least `THRESHOLD` (the same wire
story republished by another outlet, with a different headline or a trimmed paragraph) are
near-duplicates. A signature is 128 minimums of seeded splitmix64 hashes; 32 bands of 4 rows find
pairs at 0.8 with probability above 0.999. Pure and cheap (about a millisecond an article), so
workers compute it beside the extraction.
"""

from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass

import numpy as np

SHINGLE = 5
NUM_HASHES = 128
BANDS = 32
ROWS = NUM_HASHES // BANDS
THRESHOLD = 0.8
BODY_MIN_WORDS = 12  # shorter paragraphs are headlines, bylines, datelines and credits
MIN_BODY_WORDS = 50

_SEEDS = np.random.default_rng(20261102).integers(0, 2**63, NUM_HASHES, dtype=np.uint64)
_WORD = re.compile(r"\w+")


@dataclass(frozen=True)
class Signature:
    minhash: tuple[int, ...]
    bands: tuple[int, ...]


def body_text(text: str) -> str:
    """The article's body paragraphs: headlines, bylines and credit lines differ between outlets
    that carry the same story, and in a short article they would pull its similarity down."""
    paragraphs = re.split(r"\n\s*\n", text)
    if len(paragraphs) == 1:
        paragraphs = text.split("\n")
    body = [p for p in paragraphs if len(_WORD.findall(p)) >= BODY_MIN_WORDS]
    return "\n".join(body) if sum(len(_WORD.findall(p)) for p in body) >= MIN_BODY_WORDS else text


def shingles(text: str, size: int = SHINGLE) -> set[str]:
    words = _WORD.findall(body_text(text).lower())
    if len(words) < size:
        return {" ".join(words)} if words else set()
    return {" ".join(words[i : i + size]) for i in range(len(words) - size + 1)}


def _hash64(shingle: str) -> int:
    return int.from_bytes(hashlib.blake2b(shingle.encode("utf-8"), digest_size=8).digest(), "little")


def minhash(text: str) -> tuple[int, ...]:
    grams = shingles(text)
    if not grams:
        return tuple([2**32 - 1] * NUM_HASHES)
    values = np.fromiter((_hash64(g) for g in grams), dtype=np.uint64, count=len(grams))
    mixed = _mix(values[None, :] ^ _SEEDS[:, None]) >> np.uint64(32)
    return tuple(int(v) for v in mixed.min(axis=1))


def _mix(z: np.ndarray) -> np.ndarray:
    """splitmix64's finaliser: one well-mixed hash function per seed."""
    with np.errstate(over="ignore"):
        z = (z ^ (z >> np.uint64(30))) * np.uint64(0xBF58476D1CE4E5B9)
        z = (z ^ (z >> np.uint64(27))) * np.uint64(0x94D049BB133111EB)
    return z ^ (z >> np.uint64(31))


def band_keys(sig: tuple[int, ...]) -> tuple[int, ...]:
    """One signed 64-bit bucket per band (band number mixed in, so bands never collide)."""
    keys = []
    for band in range(BANDS):
        rows = sig[band * ROWS : (band + 1) * ROWS]
        data = band.to_bytes(1, "little") + b"".join(v.to_bytes(4, "little") for v in rows)
        keys.append(int.from_bytes(hashlib.blake2b(data, digest_size=8).digest(), "little", signed=True))
    return tuple(keys)


def signature(text: str) -> Signature:
    sig = minhash(text)
    return Signature(sig, band_keys(sig))


def similarity(a: tuple[int, ...] | list[int], b: tuple[int, ...] | list[int]) -> float:
    """The estimated Jaccard similarity of two articles' shingle sets."""
    if not a or len(a) != len(b):
        return 0.0
    return sum(1 for x, y in zip(a, b, strict=True) if x == y) / len(a)
