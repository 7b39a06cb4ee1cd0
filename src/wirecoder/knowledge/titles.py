"""Personal titles and roles ("Defense Secretary", "Middle East envoy") with their CAMEO sectors.

The question the actors stage asks is "how many of the words before this name form a title?":
`match_title(tokens)` answers it from the end of the token list, in one pass over at most a
dozen words. A title is a head noun ("secretary", "envoy", "prime minister"), or the form
"minister of X", preceded by any run of modifiers ("deputy", "foreign", "Middle East", "CIA").
Country names and demonyms are not part of a title: "U.S. Secretary of State" -> 3 words.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from functools import cache

from wirecoder.knowledge._data import read_json

MAX_WORDS = 5  # the longest head, modifier or complement in the table, in words
HYPHENS = frozenset({"-", "–", "‐", "‑"})
HEAD_SUFFIXES = frozenset({"elect", "designate"})  # "president-elect", "minister-designate"


@dataclass(frozen=True)
class TitleMatch:
    length: int  # how many of the given tokens the title spans, counted from the end
    words: tuple[str, ...]  # the title in lower case, one entry per word ("secretary-general" is one)
    head: str  # the head noun: "secretary", "prime minister", "minister" (for "minister of X")
    sector: str | None  # CAMEO sector: GOV, MIL, LEG, JUD, ...; None when the title does not say
    plural: bool = False  # "lawmakers", "foreign ministers"
    agency: str | None = None  # an agency acronym inside the title, as written: "CIA", "UN"
    portfolio: bool = False  # head like "envoy": a place before it is the brief, not the holder's country

    @property
    def text(self) -> str:
        return " ".join(self.words)


@dataclass(frozen=True)
class _Unit:
    raw: str  # as written, periods removed ("US", "CIA", "Secretary-General")
    norm: str  # lower case
    tokens: int  # how many input tokens it stands for


@dataclass(frozen=True)
class _Lexicon:
    heads: dict[tuple[str, ...], str | None]
    modifiers: dict[tuple[str, ...], str | None]
    affiliations: dict[tuple[str, ...], str]
    agencies: dict[tuple[str, ...], str]
    of_heads: frozenset[tuple[str, ...]]
    of_complements: frozenset[tuple[str, ...]]
    fixed_sectors: frozenset[str]
    portfolio_heads: frozenset[tuple[str, ...]]
    honorifics: dict[tuple[str, ...], str | None]


@dataclass(frozen=True)
class _Head:
    start: int  # index of the head's first unit
    key: str
    sector: str | None
    plural: bool
    inner_sector: str | None = None  # from an "of" complement ("director of national intelligence")
    agency: str | None = None


def _words(phrase: str) -> tuple[str, ...]:
    return tuple(phrase.replace(".", "").lower().split())


def _by_sector(table: dict[str, list[str]]) -> dict[tuple[str, ...], str | None]:
    return {_words(p): (None if sector == "none" else sector) for sector, ps in table.items() for p in ps}


def _agencies(table: dict[str, list[str]], only_in_capitals: list[str]) -> dict[tuple[str, ...], str]:
    """Agency names as written, plus lower-case forms of those that are no English word."""
    out: dict[tuple[str, ...], str] = {}
    for sector, names in table.items():
        for name in names:
            words = tuple(name.replace(".", "").split())
            out[words] = sector
            if name not in only_in_capitals:
                out.setdefault(tuple(w.lower() for w in words), sector)
    return out


@cache
def _lexicon() -> _Lexicon:
    data = read_json("titles.json")
    honorifics = _by_sector(data["honorifics"])
    heads = _by_sector(data["heads"])
    for words, sector in honorifics.items():  # rank abbreviations ("Gen.", "Sen.") name a role too
        if sector is not None:
            heads.setdefault(words, sector)
    return _Lexicon(
        heads=heads,
        modifiers=_by_sector(data["modifiers"]),
        affiliations={k: v for k, v in _by_sector(data["affiliations"]).items() if v},
        agencies=_agencies(data["agencies"], data["agencies_only_in_capitals"]),
        of_heads=frozenset(map(_words, data["of_heads"])),
        of_complements=frozenset(map(_words, data["of_complements"])),
        fixed_sectors=frozenset(data["fixed_sectors"]),
        portfolio_heads=frozenset(map(_words, data["portfolio_heads"])),
        honorifics=honorifics,
    )


# -- tokens to units ------------------------------------------------------------------------------


def _units(tokens: Sequence[str]) -> list[_Unit]:
    """Tokens as words: "Secretary", "-", "General" become one unit, "women" + "'s" another."""
    units: list[_Unit] = []
    glue = False
    for token in tokens:
        raw = token.strip().replace(".", "").replace("’", "'")
        if not raw:
            continue
        if raw in HYPHENS and units:
            glue = True
            continue
        if units and (glue or raw == "'s"):
            last = units.pop()
            joined = last.raw + ("-" if glue else "") + raw
            units.append(_Unit(joined, joined.lower(), last.tokens + 1 + int(glue)))
        else:
            units.append(_Unit(raw, raw.lower(), 1))
        glue = False
    return units


def _singulars(word: str) -> list[str]:
    out = []
    if word.endswith("men"):
        out.append(word[:-3] + "man")
    if word.endswith("ies"):
        out.append(word[:-3] + "y")
    if word.endswith("es"):
        out.append(word[:-2])
    if word.endswith("s") and not word.endswith("ss"):
        out.append(word[:-1])
    return out


# -- heads ----------------------------------------------------------------------------------------


def _head_key(words: tuple[str, ...], lex: _Lexicon) -> tuple[tuple[str, ...], bool] | None:
    """The head these words spell, allowing a plural last word and hyphen forms ("ex-president")."""
    *first, last = words
    for form, plural in [(last, False), *((s, True) for s in _singulars(last))]:
        key = (*first, form)
        if key in lex.heads:
            return key, plural
        if "-" in form and len(words) == 1:
            parts = form.split("-")
            while parts and parts[-1] in HEAD_SUFFIXES:
                parts.pop()
            while len(parts) > 1 and (parts[0],) in lex.modifiers:
                parts.pop(0)
            core = tuple(" ".join(parts).split())
            if core and core != (form,) and core in lex.heads:
                return core, plural
    return None


def _plain_heads(units: list[_Unit], lex: _Lexicon) -> list[_Head]:
    found = []
    for n in range(min(MAX_WORDS, len(units)), 0, -1):
        match = _head_key(tuple(u.norm for u in units[-n:]), lex)
        if match:
            key, plural = match
            found.append(_Head(len(units) - n, " ".join(key), lex.heads[key], plural))
    return found


def _complement(units: list[_Unit], lex: _Lexicon) -> tuple[str | None, str | None] | None:
    """(sector, agency) of an "of" complement ("state", "the Treasury", "the CIA"), or None."""
    words = tuple(u.norm for u in units)
    bare = words[1:] if words[:1] == ("the",) else words
    agency = tuple(u.raw for u in units[len(words) - len(bare) :])
    if agency in lex.agencies:
        return lex.agencies[agency], " ".join(agency)
    if words in lex.of_complements or bare in lex.of_complements:
        return lex.modifiers.get(bare), None
    return None


def _of_heads(units: list[_Unit], lex: _Lexicon) -> list[_Head]:
    """Heads of the form "minister of foreign affairs", "director of the CIA"."""
    found = []
    for c in range(1, min(MAX_WORDS, len(units) - 2) + 1):
        of_at = len(units) - c - 1
        if units[of_at].norm != "of":
            continue
        complement = _complement(units[-c:], lex)
        if complement is None:
            continue
        for h in range(min(3, of_at), 0, -1):
            key = tuple(u.norm for u in units[of_at - h : of_at])
            if key in lex.of_heads:
                sector, agency = complement
                found.append(_Head(of_at - h, " ".join(key), lex.heads.get(key), False, sector, agency))
    return found


# -- modifiers and the whole match ----------------------------------------------------------------


def _modifier(units: list[_Unit], lex: _Lexicon) -> tuple[str | None, bool, str | None] | None:
    """(sector, is_affiliation, agency) if these units are one modifier."""
    words = tuple(u.norm for u in units)
    if words in lex.affiliations:
        return lex.affiliations[words], True, None
    if words in lex.modifiers:
        return lex.modifiers[words], False, None
    raw = tuple(u.raw for u in units)
    if raw in lex.agencies:
        return lex.agencies[raw], False, " ".join(raw)
    if len(words) == 1 and "-" in words[0]:  # "then-vice", "ex-army"
        parts = [(p,) for p in words[0].split("-")]
        if all(p in lex.modifiers for p in parts):
            return next((lex.modifiers[p] for p in parts if lex.modifiers[p]), None), False, None
    return None


def _with_modifiers(units: list[_Unit], head: _Head, lex: _Lexicon) -> TitleMatch:
    start = head.start
    sectors: list[str] = []
    affiliations: list[str] = []
    agency = head.agency
    while start > 0:
        for n in range(min(MAX_WORDS, start), 0, -1):
            found = _modifier(units[start - n : start], lex)
            if found is not None:
                break
        else:
            break
        sector, is_affiliation, found_agency = found
        start -= n
        if sector:
            (affiliations if is_affiliation else sectors).insert(0, sector)
        agency = found_agency or agency
    if head.inner_sector:
        sectors.append(head.inner_sector)
    return TitleMatch(
        length=sum(u.tokens for u in units[start:]),
        words=tuple(u.norm for u in units[start:]),
        head=head.key,
        sector=_sector(head, sectors, affiliations, lex),
        plural=head.plural,
        agency=agency,
        portfolio=_words(head.key) in lex.portfolio_heads,
    )


def _sector(head: _Head, sectors: list[str], affiliations: list[str], lex: _Lexicon) -> str | None:
    """An affiliation ("rebel commander") decides; then an occupation's own sector ("military
    correspondent" is MED); then the first modifier with a sector ("police chief"); then the head."""
    if affiliations:
        return affiliations[0]
    if head.sector in lex.fixed_sectors:
        return head.sector
    return sectors[0] if sectors else head.sector


def match_title(tokens: Sequence[str]) -> TitleMatch | None:
    """The longest title the tokens end with: ["U.S.", "Defense", "Secretary"] -> "defense secretary"
    (length 2); None if the last token ends no title."""
    units = _units(tokens)
    if not units:
        return None
    lex = _lexicon()
    heads = _plain_heads(units, lex) + _of_heads(units, lex)
    matches = [_with_modifiers(units, head, lex) for head in heads]
    return max(matches, key=lambda m: m.length, default=None)


def longest_title_suffix(tokens: Sequence[str]) -> int:
    """How many trailing tokens form a title (0 if none): ["Trump", "'s", "Middle", "East", "envoy"] -> 3."""
    found = match_title(tokens)
    return found.length if found else 0


def _split(words: str | Sequence[str]) -> list[str]:
    return re.findall(r"[^\s-]+|-", words) if isinstance(words, str) else list(words)


def is_person_title(text: str | Sequence[str]) -> bool:
    """Whether the whole text is a title: "President", "national security adviser", "CIA Director"."""
    tokens = _split(text)
    found = match_title(tokens)
    return found is not None and found.length == len(tokens)


def title_sector(words: str | Sequence[str]) -> str | None:
    """The CAMEO sector of the title the words end with: "Defense Secretary" -> "GOV",
    "police chief" -> "COP", "opposition leader" -> "OPP"; None if no title or no sector."""
    found = match_title(_split(words))
    return found.sector if found else None


def title_heads() -> frozenset[str]:
    """Every head noun, multi-word ones included ("president", "prime minister", "aid worker")."""
    return frozenset(" ".join(words) for words in _lexicon().heads)


def is_title_head(word: str) -> bool:
    """Whether one word (any case, singular or plural) is a head noun: "Minister", "lawmakers"."""
    return _head_key((word.replace(".", "").lower(),), _lexicon()) is not None


# -- honorifics -----------------------------------------------------------------------------------


def _leading_honorific(units: list[_Unit], lex: _Lexicon) -> int:
    """How many leading units form one honorific ("Lt. Gen." is one)."""
    for n in range(min(3, len(units)), 0, -1):
        if tuple(u.norm for u in units[:n]) in lex.honorifics:
            return n
    return 0


def leading_honorifics(tokens: Sequence[str]) -> int:
    """How many leading tokens are honorifics: ["Lt.", "Gen.", "John", "Smith"] -> 2."""
    units = _units(tokens)
    lex = _lexicon()
    count = i = 0
    while i < len(units) - 1 and (n := _leading_honorific(units[i:], lex)):
        count += sum(u.tokens for u in units[i : i + n])
        i += n
    return count


def strip_honorifics(name: str) -> str:
    """A name without the honorifics before it: "Mr. Putin" -> "Putin", "Sen. Lindsey Graham" ->
    "Lindsey Graham". The last word always stays ("President" alone is returned as it is)."""
    tokens = name.split()
    return " ".join(tokens[leading_honorifics(tokens) :])


def honorific_sector(token: str) -> str | None:
    """The sector a rank honorific implies ("Gen." -> "MIL", "Sen." -> "LEG"); None for courtesy
    titles ("Mr", "Dr") and for words that are no honorific."""
    return _lexicon().honorifics.get(_words(token))


def is_honorific(token: str) -> bool:
    return _words(token) in _lexicon().honorifics


def is_portfolio_head(head: str) -> bool:
    """Heads where a place before them names the brief ("Ukraine envoy"), not the holder's country."""
    return _words(head) in _lexicon().portfolio_heads


def __getattr__(name: str) -> frozenset[str]:
    # TITLE_HEADS is read from the data file on first use, not at import.
    if name == "TITLE_HEADS":
        return title_heads()
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
