"""Who said what: direct, partial and reported quotes with their speakers (the `wirecoder_quotes` stage).

`find_quotes(doc)` is pure; `set_annotations(doc, found)` fills `Doc._.quotes` (ids "q1", "q2", ... in
text order) and marks `Token._.quote` on the words of each quote and of each reported clause, so the
events stage can tell reported events from asserted ones.

Direct quotes come from quotation marks (quotemarks.py). One that is the whole utterance takes the
speech verb next to it, outside the marks, between it and the neighbouring quotes; one embedded in a
sentence ("said the plan was “dead on arrival”") is partial and takes the speech act that governs
it, else the reported clause it lies in; with neither it is a scare quote and dropped. A direct
quote with no cue of its own is the rest of a quote begun before (a paragraph left open, a split
quote) or, as wire copy writes, the speaker's of the sentence or paragraph just before.
Reported speech comes from the parse (reported.py); speakers from the cue's subject (speakers.py).
"""

from __future__ import annotations

import bisect
from dataclasses import dataclass, field

from spacy.language import Language
from spacy.tokens import Doc, Span, Token

from wirecoder.knowledge.speech import is_reporting
from wirecoder.model import Quote, QuoteKind
from wirecoder.pipeline import extensions as _ext  # noqa: F401  (registers the extensions)
from wirecoder.pipeline.docview import view
from wirecoder.pipeline.quotemarks import Marked, is_crosshead, is_title, quoted_spans
from wirecoder.pipeline.reported import Reported, find_reported
from wirecoder.pipeline.speakers import (
    Attribution,
    according_attribution,
    according_to,
    attribute,
    framing_attribution,
    governing_speech_acts,
    is_unresolved_pronoun,
    manner_speech_acts,
    subject_of,
)
from wirecoder.pipeline.unnamed_sources import headline_speaker

_MARK_CHARS = "“”\"‘’'"
CHAIN_CONFIDENCE = 0.8  # a part of a quote whose other part names the speaker
SPLIT_CONFIDENCE = 0.75  # the second half of a split quote
CONTEXT_CONFIDENCE = 0.6  # a quote paragraph with no attribution: the speaker before
UNRESOLVED_CONFIDENCE = 0.3


@dataclass
class Found:
    start: int  # character offsets of the quoted words (marks excluded) or of the reported clause
    end: int
    kind: QuoteKind
    speakers: list[str] = field(default_factory=list)
    cue: str | None = None
    addressee: str | None = None
    channel: str | None = None
    confidence: float = UNRESOLVED_CONFIDENCE
    pronoun: str | None = None  # the unresolved pronoun that is a reported clause's only speaker


class QuotedText:
    """Answers "is character i inside quotation marks?" for a doc's quoted spans."""

    def __init__(self, spans: list[Marked]) -> None:
        self._spans = sorted((m.start, m.end) for m in spans)
        self._starts = [s for s, _ in self._spans]

    def __call__(self, i: int) -> bool:
        k = bisect.bisect_right(self._starts, i) - 1
        return k >= 0 and i < self._spans[k][1]

    @property
    def spans(self) -> list[tuple[int, int]]:
        return list(self._spans)


@dataclass
class _Direct:
    mark: Marked
    found: Found
    para: int  # offset of the paragraph's first character
    cued: bool = False  # attributed by a cue of its own


# -- finding -------------------------------------------------------------------------------------

def find_quotes(doc: Doc) -> list[Found]:
    marked = quoted_spans(view(doc).text)
    quoted = QuotedText(marked)
    speech = [m for m in marked if _is_speech(doc, m)]
    direct = [_attributed(doc, k, speech, quoted) for k in range(len(speech))]
    _fill_chains(direct)
    _fill_from_context(doc, direct, quoted)
    full = [(d.mark.start, d.mark.end) for d in direct if d.found.kind == "direct"]
    reported = find_reported(doc, full, quoted)
    kept = [d.found for d in direct if _resolve_partial(d, reported)]
    found = sorted(kept + [_from_reported(doc, r) for r in reported], key=lambda f: (f.start, -f.end))
    _fill_pronoun_reports(doc, found)
    return found


def _is_speech(doc: Doc, mark: Marked) -> bool:
    v = view(doc)
    span = v.span(mark.start, mark.end)
    if span is None or any(t._.excluded for t in span):
        return False
    return not is_crosshead(v.text, mark) and not is_title(v.text, mark)


def _attributed(doc: Doc, k: int, speech: list[Marked], quoted: QuotedText) -> _Direct:
    """The k-th quote in marks: direct or partial, and the cue that attributes it, if any."""
    text = view(doc).text
    mark = speech[k]
    para = text.rfind("\n", 0, mark.start) + 1
    prev_end = speech[k - 1].end if k > 0 and speech[k - 1].end >= para else para
    nxt = speech[k + 1].start if k + 1 < len(speech) else len(text)
    para_end = text.find("\n", mark.end)
    hi = min(nxt, para_end if para_end >= 0 else len(text))
    partial = _is_partial(doc, mark, prev_end, after_quote=prev_end > para)
    end = mark.end
    while partial and end > mark.start and text[end - 1] in ".,;:":
        end -= 1  # the sentence's full stop, set inside the marks
    found = Found(mark.start, end, "partial" if partial else "direct")
    item = _Direct(mark, found, para)
    att = _partial_cue(doc, mark, quoted) if partial else _window_cue(doc, mark, prev_end, hi, quoted)
    if att is not None:
        _apply(found, att)
        # "..., she said" with "she" unresolved: the quote's context may still name her
        item.cued = bool(att.speakers) or not _unresolved_pronoun_cue(doc, att)
    return item


def _unresolved_pronoun_cue(doc: Doc, att: Attribution) -> bool:
    if att.cue_index is None or att.cue == "according to":
        return False
    return is_unresolved_pronoun(subject_of(doc[att.cue_index]))


def _apply(found: Found, att: Attribution, confidence: float | None = None) -> None:
    found.speakers = list(dict.fromkeys(att.speakers))
    found.cue, found.addressee, found.channel = att.cue, att.addressee, att.channel
    found.confidence = att.confidence if confidence is None else min(confidence, att.confidence)


# -- direct or partial ----------------------------------------------------------------------------

def _is_partial(doc: Doc, mark: Marked, lo: int, after_quote: bool) -> bool:
    """Embedded in a sentence of the writer's ("said it was “dead on arrival”"), not the utterance itself."""
    if mark.continues:
        return False
    v = view(doc)
    text = v.text
    opening = mark.start - 1
    while opening > lo and text[opening] not in _MARK_CHARS:
        opening -= 1
    first = _token_at(doc, mark.start)
    lo = max(lo, v.sents[v.sentence_index(first)].start_char) if first is not None else lo
    prefix = text[lo:opening].strip().strip(_MARK_CHARS).strip()
    if not prefix or prefix.endswith(":"):
        return False
    capital = text[mark.start].isupper() or text[mark.start] in "….'"
    if prefix.endswith(",") and (capital or after_quote):
        return False
    if capital and prefix[-1] in ".!?":
        return False  # "..., he said. 'Let the people decide.'": a new sentence the parser did not split
    before = _token_at(doc, opening - 1) if opening > 0 else None
    while before is not None and before.i > 0 and before.is_space:
        before = doc[before.i - 1]
    return not (capital and before is not None and is_reporting(before.lemma_) and before.pos_ in ("VERB", "AUX"))


def _token_at(doc: Doc, char: int) -> Token | None:
    return view(doc).token_at(char)


# -- cues ------------------------------------------------------------------------------------------

def _window_cue(doc: Doc, mark: Marked, lo: int, hi: int, quoted: QuotedText) -> Attribution | None:
    """The speech verb beside a direct quote, between the quotes before and after it."""
    lead = _colon_lead(doc, mark, quoted)
    if lead is not None:
        return lead
    sents = view(doc).sentences_within(mark.start - 1, mark.end + 4)
    best: Token | None = None
    for sent in sents:
        for tok in sent:
            if not (lo <= tok.idx < hi) or quoted(tok.idx) or tok.pos_ not in ("VERB", "AUX"):
                continue
            if is_reporting(tok.lemma_) and (best is None or _distance(tok, mark) < _distance(best, mark)):
                best = tok
    if best is not None:
        att = attribute(best, quoted)
        if not att.speakers and subject_of(best) is None:
            att.speakers, att.confidence = _named_between(doc, mark.end, best, quoted)
        if not att.speakers and (described := headline_speaker(best)):
            att.speakers, att.confidence = described, CONTEXT_CONFIDENCE
        return att
    for sent in sents:
        obj = according_to(sent)
        if obj is not None and lo <= obj.idx < hi:
            return according_attribution(obj, quoted)
        framed = framing_attribution(sent, quoted)  # "“...,” was how X put it"
        if framed is not None and framed.cue_index is not None and lo <= doc[framed.cue_index].idx < hi:
            return framed
    return _colon_speaker(doc, mark)


def _colon_lead(doc: Doc, mark: Marked, quoted: QuotedText) -> Attribution | None:
    """"Vera disagreed: 'It is not.'": a clause ending in a colon introduces the quote, whatever its verb;
    its subject speaks when it names an actor."""
    v = view(doc)
    i = mark.start - 1
    while i > 0 and (v.text[i] in _MARK_CHARS or v.text[i] == " "):
        i -= 1
    colon = v.token_at(i) if v.text[i] == ":" else None
    if colon is None:
        return None
    verb = colon.head
    if verb.i > colon.i or verb.pos_ not in ("VERB", "AUX") or quoted(verb.idx):
        return None
    att = attribute(verb, quoted)
    return att if att.speakers else None


def _colon_speaker(doc: Doc, mark: Marked) -> Attribution | None:
    """"Bondar: 'We will not give up our land'", a headline's way: a name and a colon open the line."""
    v = view(doc)
    line = v.text.rfind("\n", 0, mark.start) + 1
    lead = v.text[line : mark.start].rstrip(_MARK_CHARS + " ")
    span = v.span(line, line + len(lead) - 1) if lead.endswith(":") else None
    if span is None or len(span) > 6 or any(t.pos_ in ("VERB", "AUX") for t in span):
        return None
    ids = list(dict.fromkeys(a for t in span for a in t._.actors))
    if not ids or any(t.is_alpha and not t._.actors for t in span):
        return None  # every word is the speaker's name or title
    return Attribution(ids, None, confidence=0.7)


def _named_between(doc: Doc, end: int, cue: Token, quoted: QuotedText) -> tuple[list[str], float]:
    """"“...,” the president of Ghana, John Mensah, said" parsed with no subject: the actor named last
    between the quote and its cue."""
    for tok in reversed(doc[: cue.i]):
        if tok.idx < end:
            break
        if tok._.actors and not quoted(tok.idx):
            return list(tok._.actors), 0.7
    return [], UNRESOLVED_CONFIDENCE


def _distance(tok: Token, mark: Marked) -> int:
    return mark.start - tok.idx if tok.idx < mark.start else tok.idx - mark.end


def _partial_cue(doc: Doc, mark: Marked, quoted: QuotedText) -> Attribution | None:
    """The speech act governing an embedded quote, else "according to X" in its sentence."""
    span = view(doc).span(mark.start, mark.end)
    if span is None:
        return None
    cues = [a for a in governing_speech_acts(span.root) if not quoted(a.idx)] or [
        a for a in manner_speech_acts(span.root) if not quoted(a.idx)]
    atts = [attribute(cue, quoted) for cue in cues]
    # "had been announced “months ago”": a passive cue names nobody; the speech act above it may
    named = next((a for a in atts if a.speakers), None) or next(
        (a for a, c in zip(atts, cues, strict=True) if subject_of(c) is not None), None)
    if named is not None:
        return named
    obj = according_to(span.root.sent)
    return according_attribution(obj, quoted) if obj is not None else framing_attribution(span.root.sent, quoted)


# -- quotes with no cue of their own ---------------------------------------------------------------

def _fill_chains(direct: list[_Direct]) -> None:
    """A quote running over paragraphs: every part takes the speaker a part names."""
    chains: list[list[_Direct]] = []
    for item in direct:
        if item.mark.continues and chains and chains[-1][-1].mark.continued:
            chains[-1].append(item)
        else:
            chains.append([item])
    for chain in chains:
        named = next((d for d in chain if d.cued and d.found.speakers), None)
        if named is None:
            continue
        for item in chain:
            if not item.cued:
                _copy(item, named.found, CHAIN_CONFIDENCE)


def _copy(item: _Direct, source: Found, confidence: float) -> None:
    item.found.speakers = list(source.speakers)
    item.found.cue = item.found.cue or source.cue
    item.found.confidence = min(confidence, source.confidence)
    item.cued = True


def _fill_from_context(doc: Doc, direct: list[_Direct], quoted: QuotedText) -> None:
    """Split quotes and wire-style follow-up paragraphs: the speaker just before."""
    for k, item in enumerate(direct):
        if item.cued or item.found.kind != "direct":
            continue
        prev = direct[k - 1] if k > 0 else None
        if prev is not None and prev.para == item.para and prev.found.speakers:
            _copy(item, prev.found, SPLIT_CONFIDENCE)
            continue
        speakers = _speaker_before(doc, item, prev, quoted)
        if speakers:
            item.found.speakers, item.found.confidence = speakers, CONTEXT_CONFIDENCE
            item.cued = True
            _fill_chain_from(direct, k)


def _speaker_before(doc: Doc, item: _Direct, prev: _Direct | None, quoted: QuotedText) -> list[str]:
    """Who spoke last before a quote: a cue earlier in its paragraph, else in the paragraph before."""
    v = view(doc)
    text = v.text
    here = [s for s in v.sentences_within(item.para, item.mark.start)
            if item.para <= s.start_char and s.end_char <= item.mark.start]
    cue = _last_cue(here, quoted)
    if cue is not None:
        return cue[1]
    if any(not quoted(t.idx) and t.is_alpha for s in here for t in s):
        return []  # the paragraph opens with the writer's words, not a speaker's
    prev_para = _previous_paragraph(text, item.para)
    if prev_para is None:
        return []
    before = [s for s in v.sentences_within(prev_para, item.para)
              if prev_para <= s.start_char < item.para and not any(t._.excluded for t in s)]
    cue = _last_cue(before, quoted)
    last_quote = prev if prev is not None and prev.para == prev_para and prev.found.speakers else None
    if last_quote is not None and (cue is None or last_quote.mark.start > cue[0]):
        return list(last_quote.found.speakers)
    return cue[1] if cue is not None else []


def _fill_chain_from(direct: list[_Direct], k: int) -> None:
    """The later parts of a quote running over paragraphs take the speaker its first part got."""
    source = direct[k]
    for item in direct[k + 1 :]:
        if not item.mark.continues:
            break
        if not item.cued:
            _copy(item, source.found, CONTEXT_CONFIDENCE)


def _previous_paragraph(text: str, para: int) -> int | None:
    """Offset of the non-empty paragraph before the one starting at `para`."""
    end = len(text[:para].rstrip())
    if end <= 0:
        return None
    return text.rfind("\n", 0, end) + 1


def _last_cue(sents: list[Span], quoted: QuotedText) -> tuple[int, list[str]] | None:
    """The position and speakers of the last speech verb with a named subject in `sents`."""
    for sent in reversed(sents):
        for tok in reversed(list(sent)):
            if tok.pos_ not in ("VERB", "AUX") or not is_reporting(tok.lemma_) or quoted(tok.idx):
                continue
            if subject_of(tok) is None:
                continue
            att = attribute(tok, quoted)
            if att.speakers:
                return tok.idx, att.speakers
    return None


def _resolve_partial(item: _Direct, reported: list[Reported]) -> bool:
    """A partial quote with no cue of its own speaks for the reported clause it lies in; else it is
    a scare quote and is dropped."""
    found = item.found
    if found.kind != "partial" or item.cued:
        return True
    outer = next((r for r in reported if r.start <= found.start and found.end <= r.end + 1), None)
    if outer is None or not outer.attribution.speakers:
        return False
    _apply(found, outer.attribution)
    return True


def _from_reported(doc: Doc, r: Reported) -> Found:
    found = Found(r.start, r.end, "indirect")
    _apply(found, r.attribution, confidence=max(UNRESOLVED_CONFIDENCE, r.attribution.confidence - 0.1))
    cue = doc[r.attribution.cue_index] if r.attribution.cue_index is not None else None
    if not found.speakers and cue is not None and r.attribution.cue != "according to" and not any(
            c.dep_ == "auxpass" for c in cue.children):  # "he was told that ...": "he" did not speak
        subj = subject_of(cue)
        found.pronoun = subj.lower_ if is_unresolved_pronoun(subj) and subj is not None else None
    return found


_PRONOUN_KINDS = {"he": ("person", "group"), "she": ("person", "group"), "it": ("organization", "country", "group"),
                  "they": ("organization", "country", "group", "person"), "we": ("organization", "country", "group")}


def _fill_pronoun_reports(doc: Doc, found: list[Found]) -> None:
    """"A senior official said ... . Kabul had no contact with Islamabad, he added.": a reported clause
    whose pronoun the actors stage left unresolved is the speaker's of the quote just before it, in the
    same or the previous paragraph, when that speaker is of a kind the pronoun can stand for."""
    text = view(doc).text
    kinds = {a.id: a.kind for a in doc._.actors or []}
    for k, item in enumerate(found):
        if item.pronoun is None or k == 0:
            continue
        prev = found[k - 1]
        para = text.rfind("\n", 0, item.start) + 1
        earliest = _previous_paragraph(text, para) if para > 0 else 0
        if not prev.speakers or prev.start < (para if earliest is None else earliest):
            continue
        wanted = _PRONOUN_KINDS.get(item.pronoun, ())
        if all(kinds.get(s) in wanted for s in prev.speakers) and (len(prev.speakers) == 1 or item.pronoun in ("they", "we")):
            item.speakers, item.confidence = list(prev.speakers), CONTEXT_CONFIDENCE


# -- annotations -------------------------------------------------------------------------------------

def set_annotations(doc: Doc, found: list[Found]) -> None:
    v = view(doc)
    quotes = []
    for n, f in enumerate(found, 1):
        qid = f"q{n}"
        quotes.append(Quote(id=qid, text=v.text[f.start : f.end], kind=f.kind, start=f.start, end=f.end,
                            speaker=f.speakers[0] if f.speakers else None, speakers=list(f.speakers), cue=f.cue,
                            addressee=f.addressee, channel=f.channel,
                            confidence=round(f.confidence if f.speakers else min(f.confidence,
                                                                                 UNRESOLVED_CONFIDENCE), 2)))
        span = v.span(f.start, f.end)
        for tok in span if span is not None else []:
            if tok._.quote is None:
                tok._.quote = qid
    doc._.quotes = quotes


@Language.component("wirecoder_quotes")
def quotes_component(doc: Doc) -> Doc:
    set_annotations(doc, find_quotes(doc))
    return doc
