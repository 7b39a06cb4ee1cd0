"""The dates stage (placeholder until its implementation lands: it adds nothing)."""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc


@Language.component("wirecoder_dates")
def dates_component(doc: Doc) -> Doc:
    return doc
