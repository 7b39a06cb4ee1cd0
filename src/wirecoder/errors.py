"""The exceptions wirecoder raises. Each names the input and says what is wrong with it."""

from __future__ import annotations


class WirecoderError(Exception):
    """Base class: every error wirecoder raises on purpose."""


class InputError(WirecoderError):
    """An article that cannot be read. `source` names the input (a path, a URL, `<stdin>`)."""

    reason = "cannot be read"

    def __init__(self, source: str, detail: str = "") -> None:
        self.source = source
        self.detail = detail
        super().__init__(f"{source}: {self.reason}" + (f" ({detail})" if detail else ""))


class EmptyInputError(InputError):
    reason = "the input is empty"


class BinaryInputError(InputError):
    reason = "the input is binary data, not text or HTML"


class EncodingError(InputError):
    reason = "the input's bytes could not be decoded as text"


class InputTooLargeError(InputError):
    reason = "the input is over the size limit"


class NoArticleBodyError(InputError):
    reason = "the HTML page has no article body that could be extracted"


class ModelError(WirecoderError):
    """The spaCy pipeline named by the settings cannot be loaded."""


class StoreError(WirecoderError):
    """The database cannot be opened or written."""


class StoreLockedError(StoreError):
    """Another process holds the database for writing."""
