"""The custom attributes wirecoder keeps on spaCy objects while an article is processed.

Every stage reads and writes these; `extract.py` converts them to the contract's dataclasses.
"""

from __future__ import annotations

from spacy.tokens import Doc, Token


def register() -> None:
    """Declare the extensions (safe to call more than once)."""
    doc_attrs: dict[str, object] = {
        "credits": None,  # credits.Credits
        "actors": None,  # list[model.Actor], filled by the actors stage
        "registry": None,  # registry.ActorRegistry, the actors stage's working state
        "quotes": None,  # list[model.Quote]
        "events": None,  # list[model.Event]
        "timexes": None,  # list[dates.Timex]
        "published": None,  # "YYYY-MM-DD" or None, set before the pipeline runs
        "warnings": None,  # list[str]
    }
    for name, default in doc_attrs.items():
        if not Doc.has_extension(name):
            Doc.set_extension(name, default=default)
    if not Token.has_extension("actors"):
        # The ids of the actors a token stands for (names, titles, pronouns, metonyms; "they" may
        # stand for several), else an empty tuple.
        Token.set_extension("actors", default=())
    if not Token.has_extension("quote"):
        # The id of the quote (direct, or the clause of a reported one) a token lies inside.
        Token.set_extension("quote", default=None)
    if not Token.has_extension("excluded"):
        # True for tokens inside bylines, datelines, credit blocks and captions.
        Token.set_extension("excluded", default=False)


register()
