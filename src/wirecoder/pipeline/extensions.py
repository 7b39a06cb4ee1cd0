"""The custom attributes wirecoder keeps on spaCy objects while an article is processed.

Every stage reads and writes these; `extract.py` converts them to the contract's dataclasses.
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

# Token-level marks live in one dict per doc, keyed by token index, so that a stage scanning every
# token reads them with a dict lookup instead of building spaCy's `Token._` proxy for each token.
_EXCLUDED = "wirecoder.excluded"
_ACTORS = "wirecoder.token_actors"


def excluded_ids(doc: Doc) -> dict[int, bool]:
    """Token index → True for the tokens inside bylines, datelines, credit blocks and captions."""
    found: dict[int, bool] = doc.user_data.setdefault(_EXCLUDED, {})
    return found


def token_actors(doc: Doc) -> dict[int, tuple[str, ...]]:
    """Token index → the ids of the actors that token stands for (tokens standing for none are absent)."""
    found: dict[int, tuple[str, ...]] = doc.user_data.setdefault(_ACTORS, {})
    return found


def _get_excluded(tok: Token) -> bool:
    return tok.i in excluded_ids(tok.doc)


def _set_excluded(tok: Token, value: bool) -> None:
    marks = excluded_ids(tok.doc)
    if value:
        marks[tok.i] = True
    else:
        marks.pop(tok.i, None)


def _get_actors(tok: Token) -> tuple[str, ...]:
    return token_actors(tok.doc).get(tok.i, ())


def _set_actors(tok: Token, value: tuple[str, ...]) -> None:
    ids = token_actors(tok.doc)
    if value:
        ids[tok.i] = tuple(value)
    else:
        ids.pop(tok.i, None)


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
        Token.set_extension("actors", getter=_get_actors, setter=_set_actors)
    if not Token.has_extension("quote"):
        # The id of the quote (direct, or the clause of a reported one) a token lies inside.
        Token.set_extension("quote", default=None)
    if not Token.has_extension("excluded"):
        # True for tokens inside bylines, datelines, credit blocks and captions.
        Token.set_extension("excluded", getter=_get_excluded, setter=_set_excluded)


register()
