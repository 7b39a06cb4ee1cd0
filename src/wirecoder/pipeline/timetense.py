"""Where a time expression attaches in the parse, and the tense of the clause it dates.

The tense picks the direction of a weekday or a bare month: past and present look back, future
looks ahead. Future: "will", "shall", other modals ("would", "could" without "have"), "is to",
"going to", infinitives under verbs of planning and agreeing ("plans to", "is due to", "agreed to"),
and the present progressive of arrangements ("are meeting on Friday").
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from wirecoder.pipeline.timeresolve import Tense

_TIME_ADVERBS = frozenset({"earlier", "later", "early", "late"})
_WILL = frozenset({"will", "'ll", "ll", "shall", "wo", "’ll"})
_FUTURE_HEADS = frozenset({
    "plan", "intend", "expect", "schedule", "set", "due", "aim", "prepare", "agree", "promise",
    "pledge", "vow", "threaten", "hope", "want", "seek", "decide", "order", "ask", "urge", "invite",
    "call", "be", "go", "likely", "poised", "ready", "slate",
})  # fmt: skip
_MAX_HOPS = 4


def attachment(span: Span) -> Token:
    """The token outside the span that the expression modifies (through its preposition)."""
    tok = span.root
    while span.start <= tok.i < span.end and tok.head.i != tok.i:
        tok = tok.head
    if span.start <= tok.i < span.end:
        return span.root
    while tok.head.i != tok.i and (
        tok.pos_ == "ADP" or tok.dep_ in ("prep", "agent") or tok.lower_ in _TIME_ADVERBS
    ):
        tok = tok.head
    return _lift_from_complement(tok, span)


def _lift_from_complement(tok: Token, span: Span) -> Token:
    """A date like "said on Wednesday it had shot down a drone": the parser often hangs the date on the
    complement's verb; a date between the reporting verb and the complement's subject (with no
    "that" before it) belongs to the reporting verb."""
    if tok.dep_ != "ccomp" or tok.head.i >= span.start:
        return tok
    subject = next((c for c in tok.children if c.dep_ in ("nsubj", "nsubjpass", "expl")), None)
    marked = any(c.dep_ == "mark" and c.i < span.start for c in tok.children)
    if subject is not None and span.end <= subject.left_edge.i and not marked:
        return tok.head
    return tok


def clause_verb(tok: Token) -> Token | None:
    node = tok
    while node.pos_ not in ("VERB", "AUX") and node.head.i != node.i:
        node = node.head
    return node if node.pos_ in ("VERB", "AUX") else None


def tense_of(tok: Token) -> Tense:
    """The tense of the clause whose verb governs `tok` (past when there is none)."""
    verb = clause_verb(tok)
    for _ in range(_MAX_HOPS):
        if verb is None:
            return "past"
        tense = _own_tense(verb)
        if tense is not None:
            return tense
        if verb.dep_ == "xcomp" and verb.head.lemma_.lower() in _FUTURE_HEADS:
            return "future"
        verb = clause_verb(verb.head) if verb.head.i != verb.i else None
    return "past"


def _own_tense(verb: Token) -> Tense | None:
    """The verb's tense from its form and auxiliaries; None for a bare infinitive or gerund."""
    auxes = [c for c in verb.children if c.dep_ in ("aux", "auxpass")]
    words = {a.lower_ for a in auxes}
    if words & _WILL:
        return "future"
    if any(a.tag_ == "MD" for a in auxes):
        return "past" if "have" in words else "future"
    if verb.tag_ == "VBD" or any(a.tag_ == "VBD" for a in auxes):
        return "past"
    if words & {"have", "has", "'ve"}:
        return "past"
    present_aux = any(a.tag_ in ("VBZ", "VBP") for a in auxes)
    if verb.tag_ == "VBG" and present_aux:
        return "future"
    if verb.tag_ in ("VBZ", "VBP") or present_aux:
        return "present"
    if verb.tag_ == "VBN" and verb.dep_ in ("acl", "amod", "relcl"):
        return "past"
    if "to" in words or verb.tag_ in ("VB", "VBG"):
        return None
    return "past" if verb.tag_ == "VBN" else None
