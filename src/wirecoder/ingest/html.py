"""HTML pages → article text and metadata, through trafilatura."""

from __future__ import annotations

from dataclasses import dataclass, field

from wirecoder.errors import NoArticleBodyError

MIN_BODY_CHARS = 80


@dataclass
class Page:
    text: str
    meta: dict[str, str | None] = field(default_factory=dict)


def extract_html(source: str, html: str) -> Page:
    """The main text of a news page, with title, date, authors and site name where the page gives them."""
    import trafilatura

    try:
        doc = trafilatura.bare_extraction(
            html, include_comments=False, include_tables=False, with_metadata=True, favor_precision=True
        )
    except Exception as exc:  # trafilatura raises assorted lxml errors on broken markup
        raise NoArticleBodyError(source, f"the HTML could not be parsed: {exc.__class__.__name__}") from exc
    text = (getattr(doc, "text", None) or "").strip() if doc is not None else ""
    if len(text) < MIN_BODY_CHARS:
        raise NoArticleBodyError(source)
    date = getattr(doc, "date", None)
    author = getattr(doc, "author", None)
    meta: dict[str, str | None] = {
        "title": getattr(doc, "title", None),
        "url": getattr(doc, "url", None),
        "outlet": getattr(doc, "sitename", None),
        "published": date[:10] if date else None,
        "authors": author,
    }
    return Page(text=text, meta=meta)
