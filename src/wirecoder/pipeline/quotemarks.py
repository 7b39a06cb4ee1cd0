"""Quotation marks paired in plain text: where quoted words start and end (no spaCy here).

`quoted_spans(text)` pairs double marks (straight and curly) or, in papers that quote speech in
single marks, single ones, telling apostrophes ("Trump’s", "don’t", "’90s", "the talks’ outcome")
from closing marks by the letters around them. Marks pair within a paragraph (a line); a paragraph
that opens a quote and does not close it goes on in the next one when that one opens with a mark.
`is_crosshead` and `is_title` name the quoted words that are not speech.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from wirecoder.knowledge.speech import speech_lexicon

_DOUBLE = "“”\""
_SINGLE = "‘’'"
_OPENING_CONTEXT = "([{—–-/“‘\"'"  # characters after which a mark opens a quote
_CLOSING_CONTEXT = ".,;:!?)]}—–-…"  # characters before which a mark closes one
_DECADE = re.compile(r"\d\d?s?\b")
_SMALL_WORDS = frozenset(["a", "an", "the", "of", "and", "or", "in", "on", "at", "to", "for", "with", "by", "from"])


@dataclass(frozen=True)
class Marked:
    start: int  # character offsets of the quoted words, marks and edge whitespace excluded
    end: int
    family: str  # "double" | "single"
    continues: bool = False  # goes on from a quote left open in the paragraph before
    continued: bool = False  # left open at the paragraph's end, goes on in the next one
    closed: bool = True  # False: no closing mark (ran to the paragraph's end)


@dataclass(frozen=True)
class _Mark:
    at: int
    role: str  # "open", "close", "either", "weak" (a close that may be a plural's apostrophe)


def quoted_spans(text: str) -> list[Marked]:
    """Every quoted stretch of `text`, in order (see `_quoted_spans`); the stages of one article share it."""
    return list(_quoted_spans(text))


@lru_cache(maxsize=4)
def _quoted_spans(text: str) -> tuple[Marked, ...]:
    """Every quoted stretch of `text`, in order. Papers that mix the two families (double marks for
    partial quotes, single ones for whole sentences) get both: the other family's stretches of four
    words or more that no stretch of the main family overlaps."""
    doubles, singles = _scan(text, "double"), _scan(text, "single")
    main, other = (singles, doubles) if _single_style(len(singles), len(doubles)) else (doubles, singles)
    extra = [m for m in other if len(text[m.start : m.end].split()) >= 4 and m.closed
             and not any(k.start < m.end + 1 and m.start - 1 < k.end for k in main)]
    return tuple(sorted([*main, *extra], key=lambda m: m.start) if extra else main)


def _single_style(singles: int, doubles: int) -> bool:
    """Whether the paper quotes speech in single marks (British style): more single pairs than double."""
    return singles > doubles and (singles >= 2 or doubles == 0)


def _lines(text: str) -> list[tuple[int, int]]:
    out, pos = [], 0
    for line in text.split("\n"):
        if line.strip():
            out.append((pos, pos + len(line)))
        pos += len(line) + 1
    return out


def _scan(text: str, family: str) -> list[Marked]:
    out: list[Marked] = []
    carried = False
    lines = _lines(text)
    for n, (lo, hi) in enumerate(lines):
        marks = _marks(text, lo, hi, family)
        continuing = carried and _opens_line(text, lo, hi, family)
        found, left_open = _pair(text, marks, continues=continuing)
        out.extend(found)
        carried = False
        if left_open is None:
            continue
        nxt = lines[n + 1] if n + 1 < len(lines) else None
        goes_on = nxt is not None and _opens_line(text, nxt[0], nxt[1], family)
        opened_line = not text[lo:left_open].strip() or text[lo:left_open].rstrip().endswith(":")
        if goes_on or opened_line:
            span = _inner(text, left_open + 1, hi)
            if span:
                out.append(Marked(*span, family, continues=continuing and left_open == marks[0].at,
                                  continued=goes_on, closed=False))
            carried = goes_on
    return out


def _opens_line(text: str, lo: int, hi: int, family: str) -> bool:
    marks = _marks(text, lo, hi, family)
    return bool(marks) and marks[0].role in ("open", "either") and not text[lo : marks[0].at].strip()


def _pair(text: str, marks: list[_Mark], continues: bool) -> tuple[list[Marked], int | None]:
    """Pairs the marks of one line; also returns the position of a mark left open at the line's end."""
    found: list[Marked] = []
    open_at: int | None = None
    first = True
    for k, mark in enumerate(marks):
        if open_at is None:
            if mark.role in ("open", "either"):
                open_at = mark.at
            continue
        if mark.role == "open":
            open_at, first = mark.at, False  # an opener while one is open: the first had no partner
            continue
        if mark.role == "weak" and any(m.role in ("close", "either") for m in marks[k + 1 :]):
            continue
        span = _inner(text, open_at + 1, mark.at)
        if span:
            found.append(Marked(*span, _family(text[mark.at]), continues=continues and first))
        open_at, first = None, False
    return found, open_at


def _family(ch: str) -> str:
    return "double" if ch in _DOUBLE else "single"


def _inner(text: str, start: int, end: int) -> tuple[int, int] | None:
    while start < end and text[start].isspace():
        start += 1
    while end > start and (text[end - 1].isspace() or text[end - 1] == ","):
        end -= 1
    if not any(c.isalnum() for c in text[start:end]):
        return None
    return start, end


_FAMILY_MARKS = {"double": re.compile(f"[{_DOUBLE}]"), "single": re.compile(f"[{_SINGLE}]")}


def _marks(text: str, lo: int, hi: int, family: str) -> list[_Mark]:
    out = []
    for found in _FAMILY_MARKS[family].finditer(text, lo, hi):  # the regex engine finds the few marks
        i = found.start()
        role = _double_role(text, i, lo, hi) if family == "double" else _single_role(text, i, lo, hi)
        if role:
            out.append(_Mark(i, role))
    return out


def _around(text: str, i: int, lo: int, hi: int) -> tuple[str, str]:
    before = text[i - 1] if i > lo else " "
    after = text[i + 1] if i + 1 < hi else " "
    return before, after


def _double_role(text: str, i: int, lo: int, hi: int) -> str | None:
    ch = text[i]
    if ch == "“":
        return "open"
    if ch == "”":
        return "close"
    before, after = _around(text, i, lo, hi)
    opens = before.isspace() or before in _OPENING_CONTEXT
    closes = after.isspace() or after in _CLOSING_CONTEXT or after in _DOUBLE + _SINGLE
    if opens and not closes:
        return "open"
    if closes and not opens:
        return "close"
    return "either"


def _single_role(text: str, i: int, lo: int, hi: int) -> str | None:
    ch = text[i]
    before, after = _around(text, i, lo, hi)
    if before.isalnum() and after.isalpha():
        return None  # an apostrophe inside a word: don’t, Trump’s, o'clock
    at_word_start = before.isspace() or before in _OPENING_CONTEXT
    if at_word_start and (after.isalnum() or after in "…."):
        if ch == "’" or _elided(text, i + 1, hi):
            return None  # ’90s, 'em: an elision
        return "open"
    if not before.isspace() and (after.isspace() or after in _CLOSING_CONTEXT or after in _DOUBLE):
        if ch == "‘" or _closes_elision(text, i, lo):
            return None
        if before in "sS" and after == " " and i + 2 < hi and text[i + 2].islower():
            return "weak"  # "the talks’ outcome" or a quote ending in s
        return "close"
    return None


def _closes_elision(text: str, i: int, lo: int) -> bool:
    """The second mark of "rock 'n' roll"."""
    start = i
    while start > lo and text[start - 1].isalpha():
        start -= 1
    return start > lo and text[start - 1] in "'’" and text[start:i].lower() in speech_lexicon().elisions


def _elided(text: str, start: int, hi: int) -> bool:
    word = re.match(r"[\w]+", text[start:hi])
    if not word:
        return False
    return word.group().lower() in speech_lexicon().elisions or bool(_DECADE.fullmatch(word.group()))


def is_crosshead(text: str, span: Marked) -> bool:
    """A quoted all-capital line on its own: a crosshead or headline, not speech."""
    line_start = text.rfind("\n", 0, span.start) + 1
    line_end = text.find("\n", span.end)
    line = text[line_start : line_end if line_end >= 0 else len(text)].strip(" \t" + _DOUBLE + _SINGLE + ".")
    inner = text[span.start : span.end].strip(" .")
    return line == inner and inner.upper() == inner and any(c.isalpha() for c in inner)


def is_title(text: str, span: Marked) -> bool:
    """The quoted name of a work ("his book “The Art of the Deal”") or a name marked as one
    ("the so-called “shadow fleet”", "an operation code-named 'Iron Shield'")."""
    lex = speech_lexicon()
    before = text[max(0, span.start - 30) : span.start - 1].lower().split()
    if not before:
        return False
    last, two = before[-1].strip(",:"), " ".join(before[-2:]).strip(",:")
    if last in lex.name_markers or two in lex.name_markers:
        return True
    if last in ("the", "a", "an") and " ".join(before[-3:-1]) in lex.name_markers:
        return True  # "the militia calls itself the “army of the poor”"
    return last in lex.work_nouns and _title_case(text[span.start : span.end])


def _title_case(words: str) -> bool:
    tokens = words.split()
    if not tokens or len(tokens) > 10 or words.rstrip()[-1:] in ".?!,":
        return False
    return all(t[:1].isupper() or not t[:1].isalpha() or t.lower() in _SMALL_WORDS for t in tokens)
