"""The boundary: a processed `Doc` → the contract's `Extraction` (after this, no spaCy)."""

from __future__ import annotations

from dataclasses import replace

from spacy.tokens import Doc

from wirecoder.model import Article, Extraction


def to_extraction(doc: Doc, article: Article) -> Extraction:
    credits = doc._.credits
    if credits is not None:
        article = replace(
            article,
            authors=article.authors or list(credits.authors),
            dateline=list(credits.dateline),
            outlet=article.outlet or credits.outlet,
        )
    return Extraction(
        article=article,
        actors=list(doc._.actors or []),
        quotes=list(doc._.quotes or []),
        events=list(doc._.events or []),
        warnings=list(doc._.warnings or []),
    )
