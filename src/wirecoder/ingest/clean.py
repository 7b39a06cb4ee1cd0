"""Article text as users paste it → text the pipeline can read.

Pasted text carries the page's furniture ("Advertisement", "Share this article", a trailing
"Related:" list of other stories' headlines), invisible characters (a BOM, zero-width spaces, soft
hyphens), odd spaces (no-break, thin, several in a row) and sometimes lines hard-wrapped at a fixed
width. The pipeline takes each line for a paragraph and each run of spaces for a token, so all of
that is settled here, once, for plain text and for the text taken out of HTML alike.
"""

from __future__ import annotations

import html
import re
from functools import cache
from importlib.resources import files
from itertools import pairwise

_BREAK_TAG = re.compile(r"<br\s*/?>", re.I)
_PARAGRAPH_TAG = re.compile(r"</?(?:p|div|h[1-6]|li|blockquote)(?:\s[^<>]*)?>", re.I)
_OTHER_TAG = re.compile(r"</?(?:span|b|i|em|strong|a|u|ul|ol|small|sup|sub|font)(?:\s[^<>]*)?/?>", re.I)
_ENTITY = re.compile(r"&(?:#\d{2,6}|#x[0-9a-fA-F]{2,5}|[a-zA-Z]{2,8});")
# Spaces of every width, tabs and form feeds: one ordinary space each run.
_SPACES = re.compile(r"[ \t\f\v\u00a0\u1680\u2000-\u200a\u202f\u205f\u3000]+")
# Invisible characters with no meaning in English text; ZWJ/ZWNJ are left alone (they spell other scripts).
_INVISIBLE = re.compile("[\u200b\u2060\ufeff\u00ad\u200e\u200f\u2066-\u2069]")
# a headline may end in "?", a paragraph of prose rarely does unless it closes a quotation
# A live blog's entry time opening a line ("15:20 GMT: The minister ..."): the time zone reads as a name.
_TIMESTAMP = re.compile(
    r"^\d{1,2}[:.]\d{2}\s*(?:(?:[ap]\.?m\.?)?\s*(?:[A-Z]{2,5}(?:[+-]\d{1,2})?)?\s*[:|–—-]|[ap]\.?m\.?|[A-Z]{2,5}\b)\s*"
    r"(?=[A-Z\"“‘'])"
)
_SENTENCE_END = re.compile(r"(?:[.!…][\"”’')\]]*|\?[\"”’')\]]+)$")
_BULLET = re.compile(r"^[-•*·►▸>–]\s")
# "Photo: ...", "By ...", "KYIV (Reuters) - ...", "- item": lines that start a paragraph after a full stop
_OPENS_PARAGRAPH = re.compile(
    r"(?:(?:Photo|Image|Picture|Caption|Credit|Video|Watch|Listen|Read more|Related|Advertisement)\b|By\s"
    r"|[A-Z][A-Z'’.-]+(?:[ ,/]+[A-Z][A-Za-z'’.-]+)*[ ,]*(?:\([^)]{2,40}\))?\s*[-–—]|[-•*·►▸–]\s)"
)
MAX_HEADLINE = 160
MENU_RUN = 5  # a headline, a byline, a job title and a date line make four short lines
MENU_WORDS = 3
MAX_WRAP_WIDTH = 120  # wider "wrapped" lines are paragraphs of their own
MIN_WRAPPED_LINES = 6


def clean_text(text: str) -> str:
    """Normalise spacing, rejoin hard-wrapped lines and drop page furniture; paragraphs stay paragraphs."""
    return drop_boilerplate(unwrap(normalise(text)))


def normalise(text: str) -> str:
    """One kind of line break, no invisible characters, single spaces, at most one blank line in a row."""
    text = strip_markup(text)
    text = text.replace("\r\n", "\n").replace("\r", "\n").replace("\u2029", "\n\n").replace("\u2028", "\n")
    text = _INVISIBLE.sub("", text)
    text = "\n".join(_SPACES.sub(" ", line).strip() for line in text.split("\n"))
    return re.sub(r"\n{3,}", "\n\n", text).strip()


def strip_markup(text: str) -> str:
    """Text fields scraped with their markup left in: `<br>` and `<p>` become line breaks, other common
    inline and block tags go, and entities ("&amp;", "&#8217;") become their characters."""
    if "<" in text:
        text = _BREAK_TAG.sub("\n", text)
        text = _PARAGRAPH_TAG.sub("\n\n", text)
        text = _OTHER_TAG.sub("", text)
    return html.unescape(text) if _ENTITY.search(text) else text


def unwrap(text: str) -> str:
    """Lines hard-wrapped at a fixed width (email, terminals, PDFs) → one line per paragraph."""
    lines = text.split("\n")
    full = [line for line in lines if line]
    if len(full) < MIN_WRAPPED_LINES:
        return text
    width = max(map(len, full))
    pairs = [(a, b) for a, b in pairwise(lines) if a and b]
    if width > MAX_WRAP_WIDTH or sum(_wrapped(a, b, width) for a, b in pairs) * 2 < len(pairs) or not pairs:
        return text
    out = [lines[0]]
    for prev, line in pairwise(lines):
        if prev and line and _wrapped(prev, line, width):
            out[-1] += line if re.search(r"[A-Za-z]-$", prev) else " " + line
        else:
            out.append(line)
    return "\n".join(out)


def _wrapped(line: str, following: str, width: int) -> bool:
    """The break was the wrapper's: the next line's first word would not have fitted on this one, and
    the next line does not open a paragraph of its own (a caption, a byline, a dateline, a list item)."""
    fits = len(line) + 1 + len(following.split(" ", 1)[0]) <= width - 2
    return not fits and not (_OPENS_PARAGRAPH.match(following) and _SENTENCE_END.search(line))


def drop_boilerplate(text: str) -> str:
    """Without ads, share and sign-up lines, "Read more" links, lists of other stories' headlines and
    menus (a page copied whole)."""
    drop_line, drop_list = _patterns()
    kept: list[str] = []
    listing = False
    for line in drop_menus([_TIMESTAMP.sub("", line) for line in text.split("\n")]):
        if listing and (not line or headline_like(line)):
            continue
        listing = bool(line) and drop_list.fullmatch(line) is not None
        if listing or (line and drop_line.fullmatch(line)):
            continue
        kept.append(line)
    return re.sub(r"\n{3,}", "\n\n", "\n".join(kept)).strip()


def drop_menus(lines: list[str]) -> list[str]:
    """Without runs of `MENU_RUN` or more lines of a few words each ("Home", "World", "Business", ...):
    what a page's navigation and footer become when a reader copies the whole page."""
    out: list[str] = []
    run: list[str] = []
    for line in [*lines, "end of text: a line that is no menu item."]:
        if not line or _menu_item(line):
            run.append(line)
            continue
        if sum(1 for item in run if item) < MENU_RUN:
            out.extend(run)
        run = []
        out.append(line)
    return out[:-1]


def _menu_item(line: str) -> bool:
    return len(line.split()) <= MENU_WORDS and not _SENTENCE_END.search(line)


def headline_like(line: str) -> bool:
    """A list item or a headline: a bullet, or a short line that does not end a sentence."""
    return bool(_BULLET.match(line)) or (len(line) <= MAX_HEADLINE and not _SENTENCE_END.search(line))


@cache
def _patterns() -> tuple[re.Pattern[str], re.Pattern[str]]:
    """The `line:` and `list:` patterns of data/boilerplate.txt, each kind as one alternation."""
    kinds: dict[str, list[str]] = {"line": [], "list": []}
    for raw in (files("wirecoder.ingest") / "data" / "boilerplate.txt").read_text(encoding="utf-8").splitlines():
        kind, sep, pattern = raw.partition(": ")
        if sep and kind in kinds:
            kinds[kind].append(pattern.strip())
    return _alternation(kinds["line"]), _alternation(kinds["list"])


def _alternation(patterns: list[str]) -> re.Pattern[str]:
    return re.compile("|".join(f"(?:{p})" for p in patterns), re.I)
