"""A component that runs before the parser: paragraphs and datelines start sentences.

Wire copy puts a byline, a dateline and each paragraph on lines of their own; the statistical
parser sometimes runs them together. Preset boundaries keep them apart. The story proper starts a
sentence after its dateline too ("KAMPALA, Uganda — Police said", "NEW DELHI, June 9: India said"),
or the parser makes the dateline the sentence's head and the story's verb loses its subject.
"""

from __future__ import annotations

from typing import Any

from spacy.attrs import SENT_START
from spacy.language import Language
from spacy.tokens import Doc

from wirecoder.pipeline.credits import dateline_end


@Language.component("wirecoder_segment")
def segment(doc: Doc) -> Doc:
    starts: list[int] = []
    for i, tok in enumerate(doc[:-1]):
        if "\n" in tok.text or (tok.whitespace_ == "" and tok.text.isspace()):
            starts.append(i + 1)
        elif tok.text in ("-", "—", "–") and i > 0 and doc[i - 1].text == ")":
            starts.append(i + 1)  # "CITY (Agency) - Text": the text starts a sentence
    end = dateline_end(doc.text)
    if end is not None:
        after = next((tok for tok in doc if tok.idx >= end), None)
        if after is not None and after.i > 0:
            starts.append(after.i)
    if starts:
        # one array write: setting Token.is_sent_start checks the whole doc's annotation each time
        values = doc.to_array([SENT_START]).reshape(-1, 1)
        values[starts, 0] = 1
        doc.from_array([SENT_START], values)  # type: ignore[arg-type]  # spaCy stubs: to_array gives float, from_array wants Ints2d
    return doc


def tune_tokenizer(nlp: Language) -> None:
    """Split a dash glued to a word ("-Donald") and a hyphen after an abbreviation ("U.S.-Russia")."""
    from spacy.util import compile_infix_regex, compile_prefix_regex

    tokenizer: Any = nlp.tokenizer
    prefixes = [r"[-–—](?=[A-Z])", *(nlp.Defaults.prefixes or [])]
    tokenizer.prefix_search = compile_prefix_regex(prefixes).search
    infixes = [r"(?<=\.)-(?=[A-Z])", *(nlp.Defaults.infixes or [])]
    tokenizer.infix_finditer = compile_infix_regex(infixes).finditer
