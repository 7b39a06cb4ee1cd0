"""Assemble wirecoder's stages onto a loaded spaCy pipeline."""

from __future__ import annotations

import importlib

from spacy.language import Language

from wirecoder.pipeline.segment import tune_tokenizer

# Stage name → module that registers it. Order matters: each stage reads what the ones before wrote.
STAGES: dict[str, str] = {
    "wirecoder_credits": "wirecoder.pipeline.credits",
    "wirecoder_actors": "wirecoder.pipeline.actors",
    "wirecoder_quotes": "wirecoder.pipeline.quotes",
    "wirecoder_dates": "wirecoder.pipeline.dates",
    "wirecoder_events": "wirecoder.pipeline.events",
}


def add_stages(nlp: Language) -> Language:
    tune_tokenizer(nlp)
    importlib.import_module("wirecoder.pipeline.segment")
    if "parser" in nlp.pipe_names:
        nlp.add_pipe("wirecoder_segment", before="parser")
    for name, module in STAGES.items():
        importlib.import_module(module)
        nlp.add_pipe(name, last=True)
    return nlp
