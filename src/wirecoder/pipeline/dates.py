"""The dates stage: time expressions in each sentence, resolved against the published date.

`find_timexes(doc)` finds them (our own patterns for weekdays, months, dates, years and relative
words, plus spaCy DATE/TIME entities the resolver understands; durations such as "six months later",
"for more than an hour", "a 14-year sentence" are no dates), decides each one's tense from the verb
that governs it and resolves it with `timeresolve.resolve`. The component stores them on
`Doc._.timexes`; `date_for(doc, trigger)` gives the events stage the one that dates an event.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date

from spacy.language import Language
from spacy.tokens import Doc, Span, Token

from wirecoder.pipeline.clauses import (
    clause_scope,
    dominates,
    governing_scope,
    inside_foreign_clause,
    separate_conjunct,
)
from wirecoder.pipeline.coref import quoted_mask
from wirecoder.pipeline.docview import view
from wirecoder.pipeline.extensions import excluded_ids
from wirecoder.pipeline.timeresolve import Granularity, Resolved, Tense, resolve
from wirecoder.pipeline.timetense import attachment, tense_of

__all__ = ["Resolved", "Timex", "date_for", "find_timexes", "resolve"]


@dataclass(frozen=True)
class Timex:
    start: int  # character offsets into doc.text
    end: int
    text: str
    value: str | None  # "YYYY-MM-DD", "YYYY-MM", "YYYY", or None when it cannot be resolved
    granularity: Granularity | None
    head: int  # token index of the verb or noun the expression attaches to
    tense: Tense = "past"


_WD = "Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday"
_MONTH = "January|February|March|April|May|June|July|August|September|October|November|December"
_MON = r"(?:" + _MONTH + r"|(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)\.?)(?![a-z])"
_DAYNUM = r"\d{1,2}(?:st|nd|rd|th)?(?![\d%])"
_YEAR = r"(?:1[89]\d\d|20\d\d)"
_MOD = r"(?:(?i:earlier|later|early|late)\s+(?:(?i:on|in)\s+)?|(?i:mid)-?\s?)?"
_REL = r"(?:(?i:last|next|this\s+coming|this\s+past|this|coming|past)\s+)?"
_NUM = r"(?:\d+|a\s+few|an?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|several)"
# Every expression starts at a word boundary; saying so up front lets the scan skip the inside of
# words (twice as fast on news text, the same matches).
_TIMEX = re.compile(
    r"\b(?:"
    + "|".join(
        [
            r"\b\d{4}-\d{2}-\d{2}\b",
            rf"\b{_MON}\s+{_DAYNUM}(?:,?\s+{_YEAR}\b)?",
            rf"\b{_DAYNUM}\s+(?:of\s+)?{_MON}(?:,?\s+{_YEAR}\b)?",
            rf"{_MOD}{_REL}\b(?:{_WD})(?![a-z])(?:\s+(?i:morning|afternoon|evening|night)\b)?",
            rf"(?P<month>{_MOD}{_REL}\b(?:{_MONTH})(?![a-z]))(?:,?\s+(?:of\s+)?{_YEAR}\b)?",
            rf"{_MOD}\b(?i:yesterday|today|tomorrow|tonight|last\s+night|this\s+(?:morning|afternoon|evening)"
            rf"|(?:last|next|this|coming)\s+(?:week|weekend|month|year)|(?:over|at|during)\s+the\s+weekend"
            rf"|{_NUM}\s+(?:days?|weeks?|months?|years?)\s+ago)\b",
            rf"{_MOD}\b(?i:last|next|this)\s+(?i:spring|summer|autumn|fall|winter)\b",
            rf"\b(?i:spring|summer|autumn|fall|winter)\s+(?:of\s+)?{_YEAR}\b",
            rf"(?P<year>(?:\b(?i:pre|post|mid)-)?\b{_YEAR})\b(?!-(?:year|old|strong|member|page|seat))",
        ]
    )
    + ")"
)
# A month named alone is a date only after one of these ("in March", "since May", "last April").
_MONTH_CUES = frozenset({
    "in", "since", "until", "till", "by", "from", "during", "of", "before", "after", "through",
    "early", "late", "mid", "last", "next", "this",
})  # fmt: skip
_NOT_WEEKDAY_BEFORE = frozenset({
    "good", "black", "ash", "holy", "maundy", "easter", "cyber", "super", "bloody",
})  # fmt: skip
_NOT_YEAR_ENTS = frozenset({"CARDINAL", "MONEY", "QUANTITY", "PERCENT", "ORDINAL"})
_YEAR_CUES = frozenset({
    "in", "since", "until", "till", "by", "from", "during", "of", "before", "after", "pre", "mid",
    "post", "between", "and", "to",
})  # fmt: skip


def published_date(doc: Doc) -> date | None:
    try:
        return date.fromisoformat(str(doc._.published)[:10]) if doc._.published else None
    except ValueError:
        return None


def find_timexes(doc: Doc) -> list[Timex]:
    published = published_date(doc)
    found = [t for span in _candidate_spans(doc) if (t := _timex(span, published)) is not None]
    return sorted(found, key=lambda t: t.start)


def _candidate_spans(doc: Doc) -> list[Span]:
    """Pattern matches within one sentence, then NER's DATE and TIME entities they do not overlap,
    outside credits."""
    v = view(doc)
    spans: list[Span] = []
    for m in _TIMEX.finditer(v.text):
        span = v.span(m.start(), m.end())
        if span is None or v.sentence_index(span[0]) != v.sentence_index(span[-1]):
            continue
        if _plausible(span, m):
            spans.append(span)
    taken = {i for s in spans for i in range(s.start, s.end)}
    for ent in view(doc).ents:
        if ent.label_ in ("DATE", "TIME") and not any(i in taken for i in range(ent.start, ent.end)):
            spans.append(ent)
    excluded = excluded_ids(doc)
    return [s for s in spans if not any(i in excluded for i in range(s.start, s.end))]


def _plausible(span: Span, m: re.Match[str]) -> bool:
    before = span.doc[span.start - 1] if span.start > 0 else None
    prev = before.lower_ if before is not None else ""
    if m["year"] is not None:
        return _plausible_year(span, before)
    if m["month"] is not None and m.group(0) == m["month"] and len(m["month"].split()) == 1:
        return prev in _MONTH_CUES  # a bare month: "in March", not "a March", "May" the modal
    first = span[0]
    if first.text in _WD.split("|"):
        after = span.doc[span.end] if span.end < len(span.doc) else None
        if prev in _NOT_WEEKDAY_BEFORE or (after is not None and after.text in ("Agreement", "Accord")):
            return False
    return True


def _plausible_year(span: Span, before: Token | None) -> bool:
    tok = span.root
    prev = before.lower_ if before is not None else ""
    if prev in ("$", "€", "£", "no.", "number", "resolution", "flight", "route", "article", "section"):
        return False
    if tok.ent_type_ in _NOT_YEAR_ENTS and prev not in _YEAR_CUES:
        return False
    after = span.doc[span.end] if span.end < len(span.doc) else None
    if after is not None and after.text in ("%", "percent", "per"):
        return False
    return not (
        before is not None
        and before.pos_ == "PROPN"
        and before.ent_type_ != "DATE"
        and prev not in _YEAR_CUES
    )


def _timex(span: Span, published: date | None) -> Timex | None:
    head = attachment(span)
    tense = tense_of(head)
    resolved = resolve(span.text, published, tense)
    if resolved.granularity is None:
        return None
    return Timex(
        start=span.start_char,
        end=span.end_char,
        text=span.text,
        value=resolved.value,
        granularity=resolved.granularity,
        head=head.i,
        tense=tense,
    )


_FINER = {"day": 0, "weekend": 1, "week": 2, "month": 3, "year": 4, None: 5}


def date_for(doc: Doc, trigger: Token) -> Timex | None:
    """The time expression that dates the event whose trigger is `trigger`, or None.

    First one attached in the trigger's own clause (nearest first), then one governing it from a
    clause above ("said on Wednesday that ..."), then the nearest one in the sentence outside
    relative, participial, appositive and adverbial clauses that do not hold the trigger.
    """
    sent = trigger.sent
    timexes = [t for t in (doc._.timexes or []) if sent.start_char <= t.start < sent.end_char]
    if not timexes:
        return None
    for above, scope in enumerate((clause_scope(trigger), governing_scope(trigger))):
        ranked = sorted(
            (scope[t.head], _FINER[t.granularity], abs(t.head - trigger.i), t.start, t)
            for t in timexes
            if t.head in scope and not (above and _past_beside_future(trigger, doc[t.head]))
        )
        if ranked:
            return ranked[0][-1]
    loose = [(abs(t.head - trigger.i), t.start, t) for t in timexes if _dates_nearby(doc, t, trigger)]
    return min(loose)[-1] if loose else None


def _dates_nearby(doc: Doc, timex: Timex, trigger: Token) -> bool:
    """A time expression from elsewhere in the sentence may date the trigger when it modifies a verb
    (not a noun: "pre-2014 borders"), outside clauses that describe something else, outside the
    trigger's own complement clauses ("said ... will hold talks on Friday" does not date the saying)
    and not inside a quotation the trigger is outside of."""
    head = doc[timex.head]
    if head.pos_ not in ("VERB", "AUX") or head.i == trigger.i:
        return False
    if inside_foreign_clause(head, trigger) or dominates(trigger, head) or _own_conjunct(trigger, head):
        return False
    if _past_beside_future(trigger, head):
        return False
    quoted = quoted_mask(doc)
    return not (quoted[head.i] and not quoted[trigger.i])


def _past_beside_future(trigger: Token, head: Token) -> bool:
    """"will travel on Monday to meet X, who condemned the attack": a past act told beside a future one
    is not dated by the future one's date."""
    return trigger.tag_ == "VBD" and any(c.dep_ == "aux" and c.lower_ in ("will", "'ll", "shall") for c in head.children)


def _own_conjunct(trigger: Token, head: Token) -> bool:
    """"would meet on April 8 and that Turkey had offered help": a conjoined clause with a subject of
    its own tells another act, which the first clause's date does not date."""
    verb = trigger
    while verb.dep_ not in ("conj", "ROOT") and verb.head.i != verb.i and verb.pos_ not in ("VERB", "AUX"):
        verb = verb.head
    while verb.dep_ in ("xcomp", "ccomp") and verb.head.i != verb.i and verb.head.i != head.i:
        verb = verb.head
    return verb.head.i == head.i and separate_conjunct(verb)


@Language.component("wirecoder_dates")
def dates_component(doc: Doc) -> Doc:
    doc._.timexes = find_timexes(doc)
    return doc
