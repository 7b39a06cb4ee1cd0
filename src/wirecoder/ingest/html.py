"""HTML pages → article text and metadata: trafilatura for the body, jusText when it finds none.

The text keeps the page's paragraphs as paragraphs (a blank line between two), because the
pipeline reads bylines, datelines and quotes paragraph by paragraph. Pull quotes and social-media
embeds are cut before extraction: they repeat the story's words or carry someone else's.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any

from wirecoder.errors import NoArticleBodyError

MIN_BODY_CHARS = 80

# Blocks inside the body that are no part of the story's running text.
_EMBEDS = ("pullquote", "pull-quote", "pull_quote", "twitter-tweet", "instagram-media", "tiktok-embed", "fb-post")
PRUNE_XPATH = [f"//*[contains(concat(' ', normalize-space(@class), ' '), '{name}')]" for name in _EMBEDS]
# Only the page's own metadata: htmldate's text search takes "© 2025" in a footer for 1 January 2025.
# No upper bound: the machine's clock must not decide whether a page's own date is believed.
DATE_PARAMS = {"original_date": True, "extensive_search": False, "max_date": "2199-12-31"}

# Bylines that name an organisation, not a person: they go to `outlet`, never to `authors`.
_ORG_AUTHOR = re.compile(
    r"\b(?:Press|News|Agency|Agencies|Staff|Newsroom|Desk|Wire|Wires|Reuters|AFP|AP|Bloomberg|Xinhua|"
    r"Editors?|Editorial|Team|Service|Media|Bureau|Correspondents?|Reporters?)\b",
    re.I,
)


@dataclass
class Page:
    text: str
    meta: dict[str, str | None] = field(default_factory=dict)


def extract_html(source: str, html: str, url: str | None = None) -> Page:
    """The main text of a news page, with title, date, authors and site name where the page gives them.
    `url`, when known, helps with the date ("/2026/03/05/") and the site name."""
    doc = _trafilatura(source, html, url) or _metadata_only(html, url)
    title = getattr(doc, "title", None)
    paragraphs = body_paragraphs(getattr(doc, "body", None), title)
    if sum(map(len, paragraphs)) < MIN_BODY_CHARS:
        paragraphs = justext_paragraphs(html)  # old table layouts trafilatura's precision mode gives up on
    text = "\n\n".join(paragraphs)
    if len(text) < MIN_BODY_CHARS:
        raise NoArticleBodyError(source)
    outlet = getattr(doc, "sitename", None)
    if outlet and re.fullmatch(r"[\w.-]+\.[a-z]{2,}", outlet):
        outlet = None  # a host name trafilatura fell back on: the dateline's "(Reuters)" says more
    date = getattr(doc, "date", None)
    meta: dict[str, str | None] = {
        "title": title,
        "url": getattr(doc, "url", None),
        "outlet": outlet,
        "published": date[:10] if date else None,
        "authors": ";".join(clean_authors(getattr(doc, "author", None), outlet)) or None,
    }
    return Page(text=text, meta=meta)


def _trafilatura(source: str, html: str, url: str | None) -> Any:
    import trafilatura

    try:
        return trafilatura.bare_extraction(
            html, url=url, include_comments=False, include_tables=False, with_metadata=True, favor_precision=True,
            date_extraction_params=DATE_PARAMS, prune_xpath=PRUNE_XPATH,
        )
    except Exception as exc:  # trafilatura raises assorted lxml errors on broken markup
        raise NoArticleBodyError(source, f"the HTML could not be parsed: {exc.__class__.__name__}") from exc


def _metadata_only(html: str, url: str | None) -> Any:
    """The page's metadata when trafilatura found no body (jusText will look for one)."""
    from trafilatura import extract_metadata

    try:
        return extract_metadata(html, default_url=url, date_config=DATE_PARAMS)
    except Exception:  # same broken markup as above: no metadata, and the body search decides
        return None


def body_paragraphs(body: Any, title: str | None) -> list[str]:
    """trafilatura's XML body → one string per paragraph, list item or heading (the page title left out)."""
    if body is None:
        return []
    out: list[str] = []
    for block in body:
        items = block.iter("item") if block.tag == "list" else [block]
        for item in items:
            text = block_text(item)
            if text and not (block.tag == "head" and _same(text, title)):
                out.append(text)
    return out


def block_text(element: Any) -> str:
    """An element's text, with its line breaks (`<lb/>`, from `<br>`) kept."""
    parts: list[str] = []

    def walk(node: Any) -> None:
        parts.append("\n" if node.tag == "lb" else node.text or "")
        for child in node:
            walk(child)
            parts.append(child.tail or "")

    walk(element)
    # two breaks in a row (`<br><br>`) end a paragraph; one ends a line
    paragraphs = (_lines(chunk) for chunk in re.split(r"\n[^\S\n]*\n", "".join(parts)))
    return "\n\n".join(p for p in paragraphs if p)


def _lines(chunk: str) -> str:
    lines = (" ".join(line.split()) for line in chunk.split("\n"))
    return "\n".join(line for line in lines if line)


def justext_paragraphs(html: str) -> list[str]:
    import justext

    try:
        found = justext.justext(html, justext.get_stoplist("English"))
    except Exception:  # jusText fails on the same broken markup lxml does; the caller reports no body
        return []
    return [" ".join(p.text.split()) for p in found if not p.is_boilerplate]


def clean_authors(field_value: str | None, outlet: str | None) -> list[str]:
    """trafilatura's "A; B" author field → people's names: no organisations, no "By", no duplicates."""
    names: list[str] = []
    for part in re.split(r"\s*(?:;|,|\||\band\b|&)\s*", field_value or ""):
        name = re.sub(r"^(?:by|written by)\s+", "", part.strip(), flags=re.I).strip(" .")
        name = re.sub(r"\s+(?:in|from|for)\s+[A-Z].*$", "", name)  # "Ann Lee in Kyiv", "Ann Lee for CNN"
        if len(name.split()) < 2 or _ORG_AUTHOR.search(name) or _same(name, outlet) or re.search(r"[\d@/]", name):
            continue  # one word is a site or an agency ("CNN", "Reuters"), not a reporter's name
        if name.isupper():
            name = name.title()  # "CHINEDU OKAFOR": wire bylines in capitals
        if name not in names:
            names.append(name)
    return names


def _same(a: str | None, b: str | None) -> bool:
    return bool(a and b) and " ".join(str(a).split()).casefold() == " ".join(str(b).split()).casefold()
