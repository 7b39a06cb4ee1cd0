"""Personal names: normalising, spelling-variant keys, surname matching. Pure Python, no spaCy.

`name_key("Zelenskiy") == name_key("Zelensky") == name_key("Zelenskyy")`: transliteration
variants of one name share a key, so one article's mentions, and later the corpus's, merge.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

from rapidfuzz import fuzz

HONORIFICS = frozenset(
    ["brig", "mr", "mrs", "ms", "miss", "dr", "prof", "sir", "dame", "lord", "lady", "sen", "rep", "gen", "lt", "col", "maj", "capt", "sgt", "adm", "gov", "pres", "hon", "rev", "fr", "sheikh"]
)
# Courtesy honorifics say nothing of what a person does: never a role ("Mr", "Dr", "Sir").
COURTESY = frozenset(["mr", "mrs", "ms", "miss", "mx", "dr", "prof", "sir", "dame", "lady", "hon"])
PARTICLES = frozenset(["de", "van", "von", "der", "den", "al", "el", "bin", "ibn", "da", "la", "le", "du", "dos", "del", "di", "ben", "abu"])
SUFFIXES = frozenset(["jr", "sr", "ii", "iii", "iv"])

# Ordered rewrites that fold common transliteration and spelling variants together.
_FOLDS = [
    (r"[’'`]", ""),
    (r"-", " "),
    (r"(?<=[a-z])(?:iy|yy|ij|ii|y|i)\b", "Y"),  # Zelenskiy/Zelensky/Zelenskyy/Zelenskii
    (r"(?<=[a-z])i(?=[aeou])", "y"),  # Podoliak/Podolyak
    (r"kh", "h"),
    (r"ph", "f"),
    (r"ck", "k"),
    (r"(?<=[a-z])ou", "u"),
    (r"w", "v"),
    (r"j", "y"),
    (r"ts|tz", "c"),
    (r"([a-z])\1+", r"\1"),  # doubled letters
]


def strip_accents(text: str) -> str:
    text = unicodedata.normalize("NFKD", text)
    return "".join(c for c in text if not unicodedata.combining(c))


def clean_name(text: str) -> str:
    """Drop honorifics, a possessive ending and stray punctuation: "Mr. Putin's" → "Putin"."""
    text = re.sub(r"[’']s?$", "", text.strip())
    words = [w for w in re.split(r"\s+", text) if w]
    while words and words[0].lower().rstrip(".") in HONORIFICS and len(words) > 1:
        words.pop(0)
    while words and words[-1].lower().rstrip(".,") in SUFFIXES and len(words) > 1:
        words.pop()
    return " ".join(w.strip(",;:") for w in words)


@lru_cache(maxsize=65536)
def fold(word: str) -> str:
    """One word reduced to a spelling-variant key."""
    out = strip_accents(word).lower()
    for pattern, repl in _FOLDS[:3]:
        out = re.sub(pattern, repl, out)
    out = out.lower()
    for pattern, repl in _FOLDS[3:]:
        out = re.sub(pattern, repl, out)
    return out


def surname(name: str) -> str:
    words = clean_name(name).split()
    return words[-1] if words else ""


def name_key(name: str) -> str:
    """A key for a whole name: folded words joined by spaces."""
    return " ".join(fold(w) for w in clean_name(name).split())


# Articles and particles glued to a surname by a hyphen: "al-Khatib" is "Khatib" when named again.
_GLUED = PARTICLES | {"ad", "an", "ar", "as", "ash", "at", "az", "ul", "ud"}


def surname_key(name: str) -> str:
    key = fold(surname(name))
    head, _, rest = key.partition(" ")
    return rest if rest and head in _GLUED else key


@lru_cache(maxsize=65536)
def same_surname(a: str, b: str) -> bool:
    """True when two names' surnames are one name spelt two ways."""
    ka, kb = surname_key(a), surname_key(b)
    if not ka or not kb:
        return False
    if ka == kb:
        return True
    return min(len(ka), len(kb)) >= 6 and fuzz.ratio(ka, kb) >= 90


def is_initialism(text: str) -> bool:
    return bool(re.fullmatch(r"(?:[A-Z]\.){1,3}|[A-Z]{1,3}", text))


def singular(word: str) -> str:
    """"gunmen" → "gunman", "authorities" → "authority": for capitalised nouns the tagger took for names
    (whose lemma is the word itself)."""
    word = word.lower()
    if word.endswith("men"):
        return word[:-3] + "man"
    if word.endswith("ies"):
        return word[:-3] + "y"
    return word[:-1] if word.endswith("s") and not word.endswith("ss") else word
