"""Raw input → `Article`: decoding, validation and HTML extraction.

`RawArticle` is what a reader hands to the per-article function: bytes or text, with whatever
metadata came with them. `read_article()` turns it into an `Article` or raises an `InputError`.
"""

from __future__ import annotations

import codecs
import hashlib
import re
from dataclasses import dataclass
from typing import Any, Literal

from wirecoder.errors import (
    BinaryInputError,
    EmptyInputError,
    EncodingError,
    InputTooLargeError,
)
from wirecoder.ingest.clean import clean_text
from wirecoder.ingest.textdate import date_line, published_in_text
from wirecoder.model import Article

Format = Literal["text", "html", "auto"]
DEFAULT_MAX_BYTES = 5_000_000  # raw input: an HTML page may be large around a small article
DEFAULT_MAX_CHARS = 200_000  # article text: spaCy's parser needs about 1 GB per 100,000 characters

# A page starts with one of these tags, after any comments ("<!-- saved from url=... -->") and XML declaration.
_HTML_START = re.compile(
    rb"^\s*(?:<!--.*?-->\s*|<\?xml[^>]*>\s*)*"
    rb"<(?:!doctype html|html|head|body|article|main|section|header|div|p|h[1-6]|meta|title|link|script|style|table)[\s>/]",
    re.I | re.S,
)


@dataclass(frozen=True)
class RawArticle:
    """One article as it arrived, before any processing."""

    source: str
    data: bytes | str
    format: Format = "auto"
    published: str | None = None
    title: str | None = None
    url: str | None = None
    outlet: str | None = None
    charset: str | None = None  # what the transport declared (an HTTP Content-Type), when anything did


@dataclass(frozen=True)
class Decoded:
    text: str
    warning: str | None = None


def decode(source: str, data: bytes | str, max_bytes: int = DEFAULT_MAX_BYTES, charset: str | None = None) -> Decoded:
    """Bytes → text: a byte-order mark's encoding, else UTF-8, else `charset` (an HTTP header's) or the
    one an HTML page declares, else UTF-8 with stray Windows-1252 bytes, else charset-normalizer's best
    guess (said in a warning)."""
    if isinstance(data, str):
        if len(data.encode("utf-8", "surrogatepass")) > max_bytes:
            raise InputTooLargeError(source, f"{len(data):,} characters; the limit is {max_bytes:,} bytes")
        return Decoded(_check_text(source, data))
    if len(data) > max_bytes:
        raise InputTooLargeError(source, f"{len(data):,} bytes; the limit is {max_bytes:,}")
    if not data.strip():
        raise EmptyInputError(source)
    bom = _bom_codec(data)
    if bom is None and _looks_binary(data):
        raise BinaryInputError(source)
    text, warning = _to_text(source, data, bom, charset)
    return Decoded(_check_text(source, text), warning)


# UTF-32's marks first: UTF-32-LE's starts with UTF-16-LE's.
_BOMS = ((codecs.BOM_UTF32_LE, "utf-32"), (codecs.BOM_UTF32_BE, "utf-32"), (codecs.BOM_UTF8, "utf-8-sig"),
         (codecs.BOM_UTF16_LE, "utf-16"), (codecs.BOM_UTF16_BE, "utf-16"))


def _bom_codec(data: bytes) -> str | None:
    return next((codec for bom, codec in _BOMS if data.startswith(bom)), None)


def _to_text(source: str, data: bytes, bom: str | None, charset: str | None) -> tuple[str, str | None]:
    """The decoded text and, when the encoding was a guess, a warning saying which."""
    try:
        return data.decode(bom or "utf-8"), None
    except UnicodeDecodeError as exc:
        if bom is not None:
            name = bom.removesuffix("-sig").upper()
            raise EncodingError(source, f"it starts with a {name} byte-order mark but is not {name}") from exc
    for label in (charset, declared_charset(data)):  # what the server said, then what the page says
        declared = decode_as(data, label)
        if declared is not None:
            return declared, None
    mixed = utf8_with_strays(data)
    if mixed is not None:
        return mixed[0], f"{source}: {mixed[1]} bytes are not UTF-8; read them as Windows-1252"
    from charset_normalizer import from_bytes

    best = _prefer_western(list(from_bytes(data)))
    if best is None or _unreadable(str(best)):
        raise EncodingError(source, "no encoding gives readable text; save it as UTF-8")
    return str(best), f"{source}: not UTF-8; decoded as {best.encoding}"


MAX_STRAYS = 16


def utf8_with_strays(data: bytes) -> tuple[str, int] | None:
    """UTF-8 text with a few stray Windows-1252 bytes (a curly quote pasted into a UTF-8 page): the text
    and how many bytes strayed; None when the data is not UTF-8 at heart (no multi-byte character, or
    more strays than `MAX_STRAYS`)."""
    pieces: list[str] = []
    strays = 0
    rest = data
    while True:
        try:
            pieces.append(rest.decode("utf-8"))
            break
        except UnicodeDecodeError as exc:
            strays += exc.end - exc.start
            if strays > MAX_STRAYS:
                return None
            pieces.append(rest[: exc.start].decode("utf-8") + rest[exc.start : exc.end].decode("cp1252", "replace"))
            rest = rest[exc.end :]
    text = "".join(pieces)
    multibyte = len(data) - len(text.encode("cp1252", "replace")) > 0  # some character took more than one byte
    return (text, strays) if multibyte else None


_DECLARED = re.compile(rb"""<meta[^>]{0,200}?charset\s*=\s*["']?([\w.:-]{2,40})|<\?xml[^>]{0,100}encoding\s*=\s*["']([\w.:-]{2,40})""", re.I)
# As browsers do (WHATWG): pages labelled Latin-1 or ASCII are Windows-1252, curly quotes and all.
_LABEL_ALIASES = {"iso-8859-1": "cp1252", "iso8859-1": "cp1252", "latin1": "cp1252", "latin-1": "cp1252",
                  "us-ascii": "cp1252", "ascii": "cp1252"}


def declared_charset(data: bytes) -> str | None:
    """The charset an HTML page declares in a `<meta>` tag or an XML declaration."""
    found = _DECLARED.search(data[:4096])
    return (found.group(1) or found.group(2)).decode("ascii") if found else None


def decode_as(data: bytes, label: str | None) -> str | None:
    """The bytes in the charset a label names, when that is a known codec and every byte fits it."""
    if not label:
        return None
    label = label.strip().lower()
    try:
        return data.decode(_LABEL_ALIASES.get(label, label))
    except (LookupError, UnicodeDecodeError):
        return None


_WESTERN = ("cp1252", "latin_1", "iso8859_15", "mac_roman")


def _prefer_western(matches: list[Any]) -> Any:
    """Among equally clean guesses, take a Western encoding: our sources are mostly English-language news."""
    if not matches:
        return None
    top = matches[0]
    for match in matches:
        if match.encoding in _WESTERN and match.chaos <= top.chaos and match.coherence >= top.coherence - 0.05:
            return match
    return top


def _looks_binary(data: bytes) -> bool:
    head = data[:4096]
    if b"\x00" in head and not (head.startswith((b"\xff\xfe", b"\xfe\xff"))):
        return True
    controls = sum(1 for b in head if b < 32 and b not in (9, 10, 12, 13, 27))
    return controls > max(8, len(head) // 50)


def _unreadable(text: str) -> bool:
    """Mostly C1 control characters or replacement marks: bytes decoded with the wrong code page."""
    head = text[:4096]
    bad = sum(1 for c in head if "\x80" <= c <= "\x9f" or c == "\ufffd")
    return bad > max(8, len(head) // 50)


def _check_text(source: str, text: str) -> str:
    if not text.strip():
        raise EmptyInputError(source)
    bad = sum(1 for c in text[:4096] if ord(c) < 32 and c not in "\t\n\r\f")
    if bad > max(8, min(len(text), 4096) // 50):
        raise BinaryInputError(source)
    return text


def looks_like_html(text: str) -> bool:
    return bool(_HTML_START.match(text[:2048].encode("utf-8", "ignore")))


_NOT_HEADLINE = re.compile(r"^(?:By\s|[A-Z][A-Z .,/'-]+\s*(?:\(|[-–—]))")


def headline(text: str) -> str | None:
    """A plain-text article's first line when it reads as a headline: short, unpunctuated, no byline."""
    first = text.lstrip().split("\n", 1)[0].strip()
    if not first or len(first) > 160 or first.endswith((".", ":", ";", ",")) or _NOT_HEADLINE.match(first):
        return None
    if date_line(first) is not None:
        return None
    return first if "\n" in text.strip() else None


def text_sha256(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def article_id(text: str) -> str:
    """A stable id from the normalised text: the same story gives the same id however it was spaced."""
    norm = re.sub(r"\s+", " ", text).strip().lower()
    return hashlib.sha256(norm.encode("utf-8")).hexdigest()[:16]


def read_article(
    raw: RawArticle, max_bytes: int = DEFAULT_MAX_BYTES, max_chars: int = DEFAULT_MAX_CHARS
) -> tuple[Article, list[str]]:
    """Decode and, for HTML, extract the body and metadata. Returns the article and warnings."""
    decoded = decode(raw.source, raw.data, max_bytes, raw.charset)
    warnings = [decoded.warning] if decoded.warning else []
    fmt = raw.format
    if fmt == "auto":
        fmt = "html" if looks_like_html(decoded.text) else "text"
    meta: dict[str, str | None] = {}
    text = decoded.text
    if fmt == "html":
        from wirecoder.ingest.html import extract_html

        page = extract_html(raw.source, decoded.text, raw.url)
        text, meta = page.text, page.meta
    text = clean_text(text)
    if not text:
        raise EmptyInputError(raw.source, "nothing but page furniture (ads, share and sign-up lines)")
    if len(text) > max_chars:
        raise InputTooLargeError(raw.source, f"the article text has {len(text):,} characters; the limit is {max_chars:,}")
    if fmt == "text":
        meta["title"] = headline(text)
    article = Article(
        id=article_id(text),
        text=text,
        title=raw.title or meta.get("title"),
        url=raw.url or meta.get("url"),
        outlet=raw.outlet or meta.get("outlet"),
        # the page's own date wins: its metadata, else the date line under a pasted article's headline
        published=meta.get("published") or published_in_text(text) or raw.published,
        authors=[a.strip() for a in (meta.get("authors") or "").split(";") if a.strip()],
        text_sha256=text_sha256(text),
    )
    return article, warnings
