"""Bylines, datelines, credit blocks and captions: who wrote the article, never who acts in it.

`find_credits(text)` is pure (text in, `Credits` out); the component marks the tokens inside
credit ranges as `excluded`, so no later stage takes a reporter for an actor.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from spacy.language import Language
from spacy.tokens import Doc

from wirecoder.pipeline import extensions as _ext  # noqa: F401  (registers the extensions)

NAME = r"[A-Z][\w'’.-]*(?:\s+(?:[A-Z][\w'’.-]*|de|van|von|der|al|bin|da|la|le|du|dos|del))*"
_SPLIT = re.compile(r"\s*(?:,\s*(?:and\s+)?|\band\b|\bwith\b|&|;)\s*")
_JOB_WORDS = re.compile(r"\b(?:Correspondent|Reporter|Writer|Editor|Staff|Bureau|Chief|Desk)\b")

_BYLINE = re.compile(r"^[ \t]*By[ \t]+(?P<names>[^\n]{3,200})$", re.M)
_DATELINE = re.compile(
    r"^(?P<all>[ \t]*(?P<places>[A-Z][A-Za-z.'’ -]{1,40}(?:\s*[/,]\s*[A-Z][A-Za-z.'’ -]{1,40})*)"
    r"(?:,\s*(?P<when>[A-Z][a-z]{2,8}\.?\s+\d{1,2}))?"
    r"\s*(?:\((?P<outlet>[A-Za-z][\w .&-]{1,40})\))?\s*(?:[-–—]{1,2}|:)\s*)",
    re.M,
)
_CREDIT_BLOCK = re.compile(
    r"\((?=[^()]{0,40}\b(?:[Rr]eporting|[Ww]riting|[Ee]diting|[Cc]ompiled|[Ww]ritten)\b)[^()]{5,1200}\)\s*$"
)
_CREDIT_LINE = re.compile(
    r"^[ \t]*(?:\(?(?:[Aa]dditional\s+)?(?:[Rr]eporting|[Ww]riting|[Ee]diting|[Cc]ompiled|[Ww]ritten)\s+by\b[^\n]*"
    r"|[^\n]{0,200}\bcontributed\s+(?:to\s+)?(?:this\s+)?(?:report|reporting|story)[^\n]*"
    r"|[-—–]{1,2}\s*(?:AFP|AP|Reuters|Xinhua|DPA|ANSA|EFE|TASS)\s*"
    r"|[a-z]{2,5}(?:-[a-z]{2,5})?(?:/[a-z]{2,5}){1,4}\s*"
    r"|\(?(?:FILE\s+)?(?:PHOTO|Photo|Image|Picture)\b[^\n]*"
    r"|[^\n]{0,300}\((?:Photo|Image|Picture)s?\s+by\s+[^\n]*\)[^\n]*"
    r"|[^\n]{0,300}\b(?:Photo|Image|Picture)s?:\s[^\n]*"
    r"|(?:Staff|Foreign|Political|Diplomatic|Chief|Senior|Special)\s+(?:[A-Z][a-z]+\s+){0,2}(?:Correspondent|Reporter|Writer|Editor)\s*"
    r"|[A-Z][\w.'’-]+(?:\s+[A-Z][\w.'’-]+){1,3},\s+(?:[A-Z][a-z]+\s+){0,3}(?:Correspondent|Reporter|Writer|Editor)\s*"
    r")$",
    re.M,
)
_CREDIT_NAMES = re.compile(
    r"(?:by|writers?|correspondents?|reporters?)\s+(?P<names>[^;()\n]+?)(?=;|\)|\s+contributed|$)",
    re.M,
)
_OUTLET_TAG = re.compile(r"\((?P<outlet>Reuters|AP|AFP|Bloomberg|Xinhua|DPA|Interfax|TASS|EFE|ANSA|UPI)\)")
_OUTLET_SUFFIX = re.compile(
    r"(?:\s*[,|]\s*|\s+)(?:Associated Press|Reuters|AFP|Bloomberg|Staff|The\s+[A-Z][\w ]+|[A-Z]+ News)\b.*$"
)
_AGENCY_NAMES = {"AP": "Associated Press", "AFP": "AFP", "UPI": "UPI"}


@dataclass
class Credits:
    authors: list[str] = field(default_factory=list)
    credited: list[str] = field(default_factory=list)  # every name in a credit, byline included
    dateline: list[str] = field(default_factory=list)
    outlet: str | None = None
    ranges: list[tuple[int, int]] = field(default_factory=list)  # character ranges that are credits

    def covers(self, start: int, end: int) -> bool:
        return any(s <= start and end <= e for s, e in self.ranges)


def split_names(text: str) -> list[str]:
    """'A, B and C' → ['A', 'B', 'C'], dropping anything that does not look like a name."""
    text = text.strip().rstrip(".;")
    names = []
    for part in _SPLIT.split(text):
        part = re.sub(r"^(?:and|by)\s+", "", part.strip(), flags=re.I)
        part = re.sub(r"\s+(?:in|from)\s+[A-Z][\w ]*$", "", part)
        part = re.split(r"\s*[|/]\s*|\s+-\s+", part)[0].strip()
        if _JOB_WORDS.search(part):
            continue  # "Trade Correspondent": the author's job, not a name
        if re.fullmatch(NAME, part) and 1 <= len(part.split()) <= 4 and part.split()[0].lower() != "the":
            names.append(" ".join(w.capitalize() if w.isupper() and len(w) > 2 else w for w in part.split()))
    return names


_DATELINE_START = re.compile(r"^[ \t]*[A-Z][A-Za-z.'’ /,-]{1,60}(?:\([A-Za-z .&-]+\))?\s*[-–—]")
_AGENCY_LINE = re.compile(
    r"^[ \t]*(?P<outlet>Agence France-Presse|Associated Press|Reuters|Bloomberg News|Xinhua|The Associated Press)[ \t]*$",
    re.M,
)


def _agency_line(text: str, credits: Credits) -> None:
    """A line holding only an agency's name, near the top: a credit, naming the outlet."""
    match = _AGENCY_LINE.search(text[:800])
    if match:
        credits.ranges.append((match.start(), match.end()))
        credits.outlet = credits.outlet or match["outlet"].removeprefix("The ")


def _bare_byline(text: str, credits: Credits) -> None:
    """A byline without "By": a line of names before the dateline ("A with B in Kabul", "A, Staff Reporter")."""
    lines = text[:600].split("\n")
    pos = 0
    for line in lines[:4]:
        start, pos = pos, pos + len(line) + 1
        body = re.sub(_OUTLET_SUFFIX, "", line).strip()
        if not body or _DATELINE_START.match(line):
            if body:
                return
            continue
        parts = [p for p in _SPLIT.split(re.sub(r"\s+in\s+[A-Z][\w-]+$", "", body)) if p.strip()]
        names = split_names(body)
        if names and len(names) == len([p for p in parts if not _JOB_WORDS.search(p)]) and all(
            len(n.split()) >= 2 for n in names
        ):
            credits.authors.extend(names)
            credits.credited.extend(names)
            credits.ranges.append((start, start + len(line)))
            return


def _byline(text: str, credits: Credits) -> None:
    head = text[:600]
    match = _BYLINE.search(head)
    if not match:
        _bare_byline(text, credits)
        return
    line = re.sub(_OUTLET_SUFFIX, "", match["names"])
    names = split_names(line)
    if names:
        credits.authors.extend(names)
        credits.credited.extend(names)
        credits.ranges.append((match.start(), match.end()))


def _dateline(text: str, credits: Credits) -> None:
    for match in _DATELINE.finditer(text[:1500]):
        places = [p.strip() for p in re.split(r"\s*[/,]\s*", match["places"]) if p.strip()]
        caps = all(p.isupper() for p in places)
        dashed = match.group(0).rstrip().endswith(("-", "—", "–"))
        # "KYIV - ..." and "Kyiv (AFP) - ...": capitals alone, or any case before an agency tag
        if not ((caps and (match["outlet"] or dashed)) or (match["outlet"] and dashed and len(places) <= 3)):
            continue
        if any(len(p.split()) > 3 for p in places):
            continue
        credits.dateline = [p.title() for p in places]
        if match["outlet"]:
            credits.outlet = _AGENCY_NAMES.get(match["outlet"], match["outlet"])
        credits.ranges.append((match.start("all"), match.end("all")))
        return


def _credit_block(text: str, credits: Credits) -> None:
    tail_start = max(0, len(text) - 2000)
    match = _CREDIT_BLOCK.search(text, tail_start)
    if match:
        credits.ranges.append((match.start(), match.end()))
        _names_in_credit(match.group(0), credits)
    for line in _CREDIT_LINE.finditer(text):
        credits.ranges.append((line.start(), line.end()))
        _names_in_credit(line.group(0), credits)


def _names_in_credit(text: str, credits: Credits) -> None:
    for part in re.split(r"[;\n]", text):
        for match in _CREDIT_NAMES.finditer(part):
            credits.credited.extend(split_names(match["names"]))
        lead = re.match(r"^\s*([A-Z][\w.'’-]+(?:\s+[A-Z][\w.'’-]+){1,3}),\s", part)
        if lead:
            credits.credited.extend(split_names(lead.group(1)))


def find_credits(text: str) -> Credits:
    credits = Credits()
    _byline(text, credits)
    _agency_line(text, credits)
    _dateline(text, credits)
    _credit_block(text, credits)
    if credits.outlet is None:
        tag = _OUTLET_TAG.search(text[:1500])
        if tag:
            credits.outlet = _AGENCY_NAMES.get(tag["outlet"], tag["outlet"])
    credits.credited = list(dict.fromkeys(credits.credited))
    return credits


def set_annotations(doc: Doc, credits: Credits) -> None:
    doc._.credits = credits
    for start, end in credits.ranges:
        span = doc.char_span(start, end, alignment_mode="expand")
        if span is not None:
            for tok in span:
                tok._.excluded = True


@Language.component("wirecoder_credits")
def credits_component(doc: Doc) -> Doc:
    set_annotations(doc, find_credits(doc.text))
    return doc
