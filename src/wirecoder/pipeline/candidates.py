"""An event as the events stage finds it in the parse, before it becomes a `model.Event`."""

from __future__ import annotations

from dataclasses import dataclass, field

from spacy.tokens import Token


@dataclass
class Found:
    """A candidate event: the trigger, its CAMEO code, who acts on whom, and how it is told."""

    trigger: Token
    code: str
    sources: list[str]
    targets: list[str]
    negated: bool = False
    modality: str = "asserted"
    about: tuple[int, int] | None = None
    mutual: bool = False
    confidence: float = 0.8
    object_noun: Token | None = None
    irrealis: bool = False  # only an event when held out as possible ("would retaliate")
    scene: list[str] = field(default_factory=list)  # sources to fall back on when no earlier event is meant
    # what it acts on is named but is no actor ("accused Western governments", "vetoed the bill"): the
    # story's earlier participants are not to stand in for it
    unnamed_target: bool = False
