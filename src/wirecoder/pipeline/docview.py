"""Character-offset lookups on a Doc that spaCy answers in linear time, answered by bisection.

`doc.text` joins every token and `doc.char_span(..., alignment_mode="expand")` walks every token, so
a stage that asks either once per quote is quadratic on a long article. `view(doc)` computes the text,
the token offsets and the sentences once and keeps them on the doc until `forget(doc)`.
"""

from __future__ import annotations

import bisect
from dataclasses import dataclass
from itertools import pairwise

import numpy
from spacy.attrs import IDX, POS, SENT_START
from spacy.tokens import Doc, Span, Token

_KEY = "wirecoder.docview"


@dataclass(frozen=True)
class DocView:
    doc: Doc
    text: str
    starts: list[int]  # token i starts at character starts[i]
    sents: list[Span]
    sent_starts: list[int]  # sentence n starts at token sent_starts[n]
    ents: tuple[Span, ...]  # the named entities (no stage changes them)

    def span(self, start: int, end: int) -> Span | None:
        """The tokens overlapping characters [start, end) (spaCy's "expand" alignment)."""
        if end <= start:
            return None
        first = max(0, bisect.bisect_right(self.starts, start) - 1)
        if self.starts and self.starts[first] + len(self.doc[first]) <= start:
            first += 1
        last = bisect.bisect_left(self.starts, end)
        return self.doc[first:last] if last > first else None

    def token_at(self, char: int) -> Token | None:
        span = self.span(char, char + 1)
        return span[0] if span is not None else None

    def sentence_index(self, tok: Token) -> int:
        return bisect.bisect_right(self.sent_starts, tok.i) - 1

    def sentences_back(self, tok: Token, count: int) -> list[Span]:
        """The sentence of `tok` and up to `count` sentences before it, nearest first."""
        here = self.sentence_index(tok)
        return [self.sents[n] for n in range(here, max(-1, here - count - 1), -1)]

    def sentences_within(self, start: int, end: int) -> list[Span]:
        """Sentences that overlap characters [start, end)."""
        span = self.span(max(0, start), min(len(self.text), end))
        if span is None:
            return []
        lo, hi = self.sentence_index(span[0]), self.sentence_index(span[-1])
        return self.sents[lo : hi + 1]


def view(doc: Doc) -> DocView:
    found = doc.user_data.get(_KEY)
    if isinstance(found, DocView):
        return found
    # Read from the doc's arrays: spaCy's `doc.sents` and `[t.idx for t in doc]` make a Python object
    # per token, which cost more than the rest of the view.
    columns = doc.to_array([IDX, SENT_START]).tolist() if len(doc) else []
    starts = [row[0] for row in columns]
    sent_starts = [0, *(i for i, row in enumerate(columns) if i > 0 and row[1] == 1)] if columns else []
    bounds = [*sent_starts, len(doc)]
    sents = [doc[a:b] for a, b in pairwise(bounds)]
    made = DocView(doc, doc.text, starts, sents, sent_starts, tuple(doc.ents))
    doc.user_data[_KEY] = made
    return made


def forget(doc: Doc) -> None:
    doc.user_data.pop(_KEY, None)


def tokens_tagged(doc: Doc, tags: tuple[str, ...]) -> list[Token]:
    """The doc's tokens whose part of speech is one of `tags` ("VERB", "NOUN"), in order: read from the
    doc's POS column, so no Python object is made for the other tokens."""
    wanted = [doc.vocab.strings[tag] for tag in tags]
    column = doc.to_array(POS) if len(doc) else numpy.zeros(0, dtype="uint64")
    return [doc[i] for i in numpy.flatnonzero(numpy.isin(column, wanted)).tolist()]
