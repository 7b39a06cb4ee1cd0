"""Bylines, datelines, credit blocks and captions: who wrote the article, never who acts in it.

`find_credits(text)` is pure (text in, `Credits` out; the gazetteer tells a dateline's place from a
line that merely opens in capitals, "UPDATE:"); the component marks the tokens inside credit ranges
as `excluded`, so no later stage takes a reporter for an actor.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from spacy.language import Language
from spacy.tokens import Doc

from wirecoder.knowledge import titles
from wirecoder.pipeline import extensions as _ext  # noqa: F401  (registers the extensions)
from wirecoder.pipeline import gazetteer

NAME = r"[A-Z][\w'’.-]*(?:\s+(?:[A-Z][\w'’.-]*|de|van|von|der|al|bin|da|la|le|du|dos|del))*"
_SPLIT = re.compile(r"\s*(?:,\s*(?:(?:and|AND)\s+)?|\b(?:and|AND)\b|\b(?:with|WITH)\b|&|;)\s*")
_JOB_WORDS = re.compile(r"\b(?:Correspondent|Reporter|Writer|Editor|Staff|Bureau|Chief|Desk)s?\b")
# "Harriet Coleman Diplomatic Editor": a job title run on after the name with no comma; its words before
# the job noun are a desk ("Home Affairs", "Chief Political") or a place ("Middle East", "Moscow")
_DESK_WORDS = frozenset(["chief", "senior", "deputy", "associate", "assistant", "managing", "executive", "political",
                         "diplomatic", "foreign", "home", "affairs", "security", "defence", "defense", "economics",
                         "economic", "business", "legal", "science", "health", "education", "environment", "climate",
                         "technology", "crime", "transport", "energy", "international", "world", "social", "policy",
                         "investigations", "investigative", "special", "staff", "news", "national", "global",
                         "regional", "war", "city", "sports", "arts", "culture", "religious", "middle", "east", "west", "north",
                         "south", "central", "latin", "and", "&"])
_JOB_NOUNS = frozenset(["correspondent", "reporter", "writer", "editor"])

_BYLINE = re.compile(r"^[ \t]*By[ \t]+(?P<names>[^\n]{3,200})$", re.M)
_UP, _LETTER = "A-ZÀ-ÖØ-Þ", "A-Za-zÀ-ÖØ-öø-ÿ"  # Latin letters with accents: "BOUAKÉ, Côte d’Ivoire"
_PLACE = rf"[{_UP}](?:[{_LETTER}.'’ ]|-(?=[{_LETTER}])){{1,40}}"  # "WINSTON-SALEM", never the dash of "KYIV -"
_DATELINE = re.compile(
    rf"^(?P<all>[ \t]*(?P<places>{_PLACE}(?:[ \t]*[/,][ \t]*{_PLACE})*)"
    r"(?:,[ \t]*(?P<when>(?:[A-Z][a-z]{2,8}\.?[ \t]+\d{1,2}|\d{1,2}[ \t]+[A-Z][a-z]{2,8})(?:,[ \t]*\d{4})?))?"
    r"(?:[ \t]*\((?P<region>[A-Z][A-Za-z .'’-]{1,40})\)(?=[ \t]*\())?"  # AFP's "Kara-Bulak (Kyrgyzstan) (AFP) -"
    r"[ \t]*(?:\((?P<outlet>[A-Za-z][\w .&-]{1,40})\)|\.?[ \t]*/(?P<slashed>[A-Z][A-Za-z-]{1,20})/\.?)?"
    r"(?:[ \t]*(?P<mark>[–—]{1,2}|--|(?<=\s)-|-(?=\s)|:(?:[ \t]*[-–—]{1,2})?)[ \t]*|[ \t]+(?=[A-Z\"“])))(?=\S)",
    re.M,
)
# "(Bloomberg) -- Text": an agency tag opening the story with no place before it
_OUTLET_OPENING = re.compile(r"^(?P<all>[ \t]*\((?P<outlet>[A-Z][\w .&-]{1,40})\)[ \t]*[-–—]{1,2}[ \t]*)(?=\S)", re.M)
_CREDIT_BLOCK = re.compile(
    r"\((?=[^()]{0,40}\b(?:[Rr]eporting|[Ww]riting|[Ee]diting|[Cc]ompiled|[Ww]ritten)\b)[^()]{5,1200}\)\s*$"
)
_PHOTO_AGENCY = r"(?:[A-Z]{2,}(?:-[A-Z]{2,})*|AP\s+Photo|Reuters|Bloomberg|Xinhua|Anadolu|[A-Z][a-z]+\s+(?:Images|Photos?|Pictures))"
# a name's words: initials keep their stop, other words never end a sentence ("Beirut. Karim Haddad/AFP")
_PERSON_WORDS = r"(?:[A-Z]\.|[A-Z][\w'’-]+)(?:\s+(?:[A-Z]\.|[A-Z][\w'’-]+|de|van|von|der|al|bin|da|la|le|du|dos|del))"
# "... REUTERS/Name", "... Credit: EPA-EFE/Name", "... Name/AFP via Getty Images": a photo credit ends its line
_SLASH_CREDIT = re.compile(
    rf"(?:\b{_PHOTO_AGENCY}[ \t]*/[ \t]*(?P<after>{_PERSON_WORDS}{{0,3}})"
    rf"|(?P<before>{_PERSON_WORDS}{{1,3}})[ \t]*/[ \t]*{_PHOTO_AGENCY}(?:[ \t]+(?:Agency|News|Press|Pool))?)"
    r"(?:[ \t]*/[ \t]*[A-Z][\w ]{1,20}){0,2}(?:,[ \t]*File)?(?:[ \t]+via[ \t]+[A-Z][\w ]{1,30})?\)?[ \t]*$"
)
_CREDIT_LINE = re.compile(
    r"^[ \t]*(?:[-—–]{0,2}[ \t]*\(?(?:[Ww]ith\s+)?(?:[Aa]dditional\s+)?"
    r"(?:[Rr]eporting|[Ww]riting|[Ee]diting|[Ee]dited|[Cc]ompiled|[Ww]ritten)\s+by\b[^\n]*"
    r"|[-—–]{1,2}[ \t]*[Ww]ith\s+(?:additional\s+)?assistance\s+(?:from|by)\b[^\n]*"
    r"|[^\n]{0,200}\bcontributed\s+(?:to\s+)?(?:this\s+)?(?:report|reporting|story)[^\n]*"
    r"|[^\n]{0,200}\b(?:writers?|reporters?|correspondents?|journalists?|staff)\b[^\n]{0,200}\bcontributed\.?[ \t]*"
    r"|To\s+contact\s+the\s+(?:reporters?|editors?|writers?|authors?)\b[^\n]*"
    r"|[A-Z][^\n]{0,80}\b[\w.+-]+@[\w-]+\.[\w.]+[ \t]*"
    r"|\(?[-—–]{0,2}[ \t]*(?:[Ww]ith\s+)?(?:AFP|AP|Reuters|Xinhua|DPA|dpa|ANSA|EFE|TASS|[Aa]gencies|wires)\)?\.?\s*"
    r"|(?:©|\([Cc]\)|Copyright\b|All\s+rights\s+reserved|Our\s+Standards:)[^\n]*"
    r"|[^\n.]{0,60}\b(?:[Ss]taff|and\s+agencies|with\s+agencies)[ \t]*"
    r"|[^\n]{0,200}\bhttps?://[^\n]*"
    r"|[a-z]{2,5}(?:-[a-z]{2,5})?(?:/[a-z]{2,5}){1,4}\s*"
    r"|\(?(?:FILE\s+)?(?:PHOTO|Photo(?:graph)?|Image|Picture)s?(?:\s*[:,–—-]|\s+(?:by|source|caption|credit)\b)[^\n]*"
    r"|[^\n]{0,300}\((?:Photo|Image|Picture)s?\s+by\s+[^\n]*\)[^\n]*"
    r"|[^\n]{0,300}\b(?:Photo|Image|Picture)s?:\s[^\n]*"
    r"|[^\n]{0,300}\b(?:Photo\s+)?Credits?:\s[^\n]*"
    r"|(?:Staff|Foreign|Political|Diplomatic|Chief|Senior|Special)\s+(?:[A-Z][a-z]+\s+){0,2}(?:Correspondent|Reporter|Writer|Editor)\s*"
    r"|[A-Z][\w.'’-]+(?:\s+[A-Z][\w.'’-]+){1,3},\s+(?:[A-Z][a-z]+\s+){0,3}(?:Correspondent|Reporter|Writer|Editor)\s*"
    r")$",
    re.M,
)
# "Ana Ruiz and Jon Pike contributed.", "Omar Haddad reported from Beirut.": names, and where they wrote from
_CONTRIBUTOR = re.compile(
    r"(?P<names>[A-Z][^\n]{2,200}?)\s+(?:contributed|reported)(?:\s+(?:reporting|research))?"
    r"(?:\s+(?:from|in)\s+[A-Z][\w'’ -]{1,40}(?:,\s*[A-Z][\w'’ -]{1,40})?)?\.?"
)
# "With assistance from A and B." without Bloomberg's dashes: a credit only when A and B are people's names
_ASSISTANCE = re.compile(r"[Ww]ith\s+(?:additional\s+)?assistance\s+from\s+(?P<names>[^\n]+?)\.?")
# "Reporting by A, Editing by B": each credit of a block on its own
_CREDIT_PARTS = re.compile(
    r"[;\n]|,?\s*(?=\b(?:[Aa]dditional\s+)?(?:[Rr]eporting|[Ww]riting|[Ee]diting|[Ee]dited|[Cc]ompiled)\s+by\b)"
)
_CREDIT_NAMES = re.compile(
    r"(?:by|writers?|correspondents?|reporters?|assistance\s+from)\s+(?P<names>[^;()\n]+?)(?=;|\)|\s+contributed|$)",
    re.M,
)
_OUTLET_TAG = re.compile(r"\((?P<outlet>Reuters|AP|AFP|Bloomberg|Xinhua|DPA|Interfax|TASS|EFE|ANSA|UPI)\)")
_OUTLET_SUFFIX = re.compile(
    r"(?:\s*[,|·•–—-]\s*|\s+)(?:for\s+)?(?:Associated Press|Reuters|AFP|Bloomberg|Staff|The\s+[A-Z][\w ]+|[A-Z]+ News|(?:and|with)\s+agencies)\b.*$"
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
    text = text.strip().rstrip(".;,|·•–—- ")
    names = []
    for part in _SPLIT.split(text):
        part = re.sub(r"^(?:and|by)\s+", "", part.strip(), flags=re.I)
        part = re.sub(r"\s+(?:in|from)\s+[A-Z][\w ]*$", "", part)
        part = re.split(r"\s*[|/·•]\s*|\s+[-–—]\s+", part)[0].strip()
        part = titles.strip_honorifics(_without_run_on_job(part))
        if _JOB_WORDS.search(part):
            continue  # "Trade Correspondent": the author's job, not a name
        if re.fullmatch(NAME, part) and 1 <= len(part.split()) <= 4 and part.split()[0].lower() != "the":
            names.append(" ".join(w.title() if w.isupper() and len(w) > 2 else w for w in part.split()))
    return names


def _without_run_on_job(part: str) -> str:
    """"Harriet Coleman Diplomatic Editor" → "Harriet Coleman": the words between the name (two words at
    least) and the job noun are desk words or places."""
    words = part.split()
    if len(words) < 3 or words[-1].lower().rstrip("s") not in _JOB_NOUNS:
        return part
    end = len(words) - 1
    while end > 2 and (words[end - 1].lower() in _DESK_WORDS or gazetteer.is_place(words[end - 1])):
        end -= 1
    if all(w.lower() in _DESK_WORDS or gazetteer.is_place(w) for w in words[:end]):
        return part  # "Middle East Correspondents": a job alone, no name
    return " ".join(words[:end])


_DATELINE_START = re.compile(rf"^[ \t]*[{_UP}][{_LETTER}.'’ /,-]{{1,60}}(?:\([A-Za-z .&-]+\))?\s*[-–—]")
_AGENCY_LINE = re.compile(
    r"^[ \t]*(?P<outlet>Agence France-Presse|Associated Press|Reuters|Bloomberg News|Xinhua|The Associated Press)"
    r"(?:[ \t]+in[ \t]+[A-Z][\w .'’-]{1,40})?[ \t]*$",  # "Reuters in Kyiv": the agency as the byline
    re.M,
)


def _agency_line(text: str, credits: Credits) -> None:
    """A line holding only an agency's name (and where it writes from), near the top: a credit, naming the outlet."""
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
        if _AGENCY_LINE.match(line):
            continue  # "Associated Press in Washington": the outlet, no author
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
        if match["region"]:
            if not gazetteer.is_place(match["region"]):
                continue
            places.append(match["region"])
        if len(places) > 4 or any(len(p.split()) > 3 for p in places) or not _reads_as_dateline(match, places):
            continue
        credits.dateline = [p.title() if p.isupper() else p for p in places]
        tag = match["outlet"] or match["slashed"]
        if tag:
            credits.outlet = _AGENCY_NAMES.get(tag, tag)
        credits.ranges.append((match.start("all"), match.end("all")))
        return
    opening = _OUTLET_OPENING.search(text[:1500])
    if opening:
        credits.outlet = credits.outlet or _AGENCY_NAMES.get(opening["outlet"], opening["outlet"])
        credits.ranges.append((opening.start("all"), opening.end("all")))


def _pipe_line_place(text: str, credits: Credits) -> None:
    """"JONAS EIDE | Northern Wire | Bishkek | 4 November 2026": a place in a piped credit line is the dateline."""
    for line in text[:600].split("\n")[:4]:
        parts = [p.strip() for p in line.split("|")]
        if len(parts) < 3:
            continue
        places = [p for p in parts if 0 < len(p.split()) <= 3 and gazetteer.dateline_countries([p])
                  and p not in credits.credited and not any(c.isdigit() for c in p)]
        if places:
            credits.dateline = [places[0]]
            return


def dateline_end(text: str) -> int | None:
    """Where the story proper starts after its dateline ("KAMPALA, Uganda — Police said ..."), if it has one."""
    found = Credits()
    _dateline(text, found)
    return found.ranges[0][1] if found.ranges else None


def _reads_as_dateline(match: re.Match[str], places: list[str]) -> bool:
    """Which openings are datelines, and which are a line that merely starts with capitals.

    "Kyiv (AFP) -" (any case before an agency tag); "KYIV -" and the South Asian "NEW DELHI:" /
    "Islamabad, June 9:" when the gazetteer knows the place ("UPDATE:" and "WARNING -" are no place);
    "KUZNICA, Poland -" (a place in capitals, then its country or state as written: AP names small towns so);
    "Kampala, Uganda -" (a known city and its country); an agency tag without a dash when the place is known
    ("NEW DELHI, June 9 (PTI) The government", "MOSCOW, June 9. /TASS/. The Kremlin").
    """
    caps = all(p.isupper() for p in places)
    if match["mark"] is None:
        return (match["outlet"] or match["slashed"]) is not None and gazetteer.is_place(places[0])
    if match["mark"].startswith(":"):
        return (caps or match["outlet"] is not None or match["when"] is not None) and gazetteer.is_place(places[0])
    if match["outlet"]:
        return caps or len(places) <= 3
    if caps:
        return gazetteer.is_place(places[0])  # "WARNING -", "UPDATE —": capitals, but no place
    if places[0].isupper():
        return len(places) <= 3 and all(p[0].isupper() for p in places[1:])
    return (len(places) == 2 and gazetteer.country(places[1]) is not None and gazetteer.country(places[0]) is None
            and gazetteer.is_place(places[0]))


def _credit_block(text: str, credits: Credits) -> None:
    tail_start = max(0, len(text) - 2000)
    match = _CREDIT_BLOCK.search(text, tail_start)
    if match:
        credits.ranges.append((match.start(), match.end()))
        _names_in_credit(match.group(0), credits)
    for line in _CREDIT_LINE.finditer(text):
        credits.ranges.append((line.start(), line.end()))
        _names_in_credit(line.group(0), credits)
    _contributor_lines(text, credits)
    _photo_credits(text, credits)


def _contributor_lines(text: str, credits: Credits) -> None:
    """Lines made only of "X contributed.", "X reported from Y." or "With assistance from X." sentences, every X a
    person's name."""
    start = 0
    for line in text.split("\n"):
        if " contributed" not in line and " reported " not in line and "assistance from" not in line:
            start += len(line) + 1
            continue
        found = [_CONTRIBUTOR.fullmatch(part) or _ASSISTANCE.fullmatch(part)
                 for part in re.split(r"(?<=\.)\s+", line.strip())]
        names = [split_names(m["names"]) if m else [] for m in found]
        if found and all(
            m and len(n) == len(_SPLIT.split(m["names"].strip())) and all(_a_person(x) for x in n)
            for m, n in zip(found, names, strict=True)
        ):
            credits.ranges.append((start, start + len(line)))
            credits.credited.extend(x for n in names for x in n)
        start += len(line) + 1


def _a_person(name: str) -> bool:
    """A full name that is no place ("Saudi Arabia and Qatar contributed." is no credit)."""
    return len(name.split()) > 1 and not gazetteer.is_place(name) and gazetteer.organization(name) is None


def _photo_credits(text: str, credits: Credits) -> None:
    """A caption whose line ends in a photo credit ("REUTERS/Name", "EPA-EFE/Name") is a credit whole."""
    start = 0
    for line in text.split("\n"):
        found = _SLASH_CREDIT.search(line)
        if found:
            credits.ranges.append((start, start + len(line)))
            credits.credited.extend(split_names(found["after"] or found["before"]))
        start += len(line) + 1


def _names_in_credit(text: str, credits: Credits) -> None:
    for part in _CREDIT_PARTS.split(text):
        for match in _CREDIT_NAMES.finditer(part):
            credits.credited.extend(split_names(match["names"]))
        lead = re.match(r"^\s*([A-Z][\w.'’-]+(?:\s+[A-Z][\w.'’-]+){1,3})(?:,\s|(?:\s+in\s+[A-Z][\w ]*)?\s+at\s+\S+@)", part)
        if lead and (_JOB_WORDS.search(part) or "@" in part):
            credits.credited.extend(split_names(lead.group(1)))


def find_credits(text: str) -> Credits:
    credits = Credits()
    _byline(text, credits)
    _agency_line(text, credits)
    _dateline(text, credits)
    if not credits.dateline:
        _pipe_line_place(text, credits)
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
