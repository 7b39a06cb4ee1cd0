"""pipeline/splitclauses.py: a lead's two coordinated clauses, misread as one verb's complement, mended.

Sentences written for this test; countries are real.
"""

from __future__ import annotations

import pytest
from spacy.tokens import Doc

from wirecoder.extract import ExtractOptions, load_pipeline
from wirecoder.pipeline.splitclauses import mend_split_clauses


def _parsed(text: str) -> Doc:
    """The text through the stages before events (which mends the parse itself)."""
    nlp = load_pipeline(ExtractOptions().model)
    with nlp.select_pipes(disable=["wirecoder_events"]):
        return nlp(text)


@pytest.mark.parametrize("text", [
    # the small parser reads "soldiers and Azerbaijan" as the subject of "released" ...
    "Azerbaijan freed eight Armenian soldiers and Armenia released six Azerbaijani citizens on Sunday in a "
    "prisoner exchange brokered by Qatar.",
    # ... or "fishermen and Pakistan" as the object of "freed", "released" without a subject
    "India freed eleven Pakistani fishermen and Pakistan released nine Indian citizens on Saturday in an "
    "exchange mediated by Qatar.",
])
def test_the_noun_is_the_object_and_the_name_the_second_subject(text: str) -> None:
    doc = _parsed(text)
    assert doc[7].dep_ == "ccomp"  # the misparse this module mends
    mend_split_clauses(doc)
    freed, people, state, released = doc[1], doc[4], doc[6], doc[7]
    assert (people.dep_, people.head.i) == ("dobj", freed.i)
    assert (state.dep_, state.head.i) == ("nsubj", released.i)
    assert (released.dep_, released.head.i) == ("conj", freed.i)


def test_a_reported_clause_is_left_alone() -> None:
    doc = _parsed("Georgia said Russian soldiers and Russia's envoy had left.")
    before = [(t.dep_, t.head.i) for t in doc]
    mend_split_clauses(doc)
    assert [(t.dep_, t.head.i) for t in doc] == before
