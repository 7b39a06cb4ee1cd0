"""Who said what: direct, partial and reported quotes with their speakers.

`find_quotes(doc)` is pure; `set_annotations` fills `Doc._.quotes` and marks `Token._.quote`.
Direct quotes come from quotation marks (double, and single where a paper uses them for speech),
paired within a paragraph or carried over paragraphs; reported speech comes from the parse (a cue
verb's clausal complement, "according to X"). Speakers come from the cue's subject through the
actors stage, so pronouns, descriptions and metonyms are already resolved.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from spacy.language import Language
from spacy.tokens import Doc, Span, Token

from wirecoder.model import Quote
from wirecoder.pipeline import extensions as _ext  # noqa: F401
from wirecoder.pipeline.lookup import actors_of

SPEECH_VERBS = frozenset(
    ["say", "tell", "add", "write", "warn", "insist", "claim", "announce", "state", "declare", "note", "stress", "argue", "deny", "confirm", "urge", "explain", "reply", "respond", "acknowledge", "admit", "assert", "contend", "suggest", "predict", "promise", "pledge", "vow", "caution", "complain", "allege", "report", "reiterate", "emphasise", "emphasize", "maintain", "recall", "describe", "call", "post", "tweet", "demand", "propose", "threaten", "accuse", "criticise", "criticize", "welcome", "praise", "agree"]
)
# Cue verbs whose complement is reported speech even though they also name an act.
REPORTING_ONLY = frozenset(["say", "tell", "add", "write", "state", "declare", "note", "stress", "argue", "deny", "confirm", "explain", "reply", "respond", "acknowledge", "admit", "assert", "contend", "suggest", "predict", "claim", "insist", "announce", "report", "reiterate", "emphasise", "emphasize", "maintain", "warn"])
_CHANNEL_NOUNS = frozenset(["statement", "post", "interview", "briefing", "conference", "address", "speech", "letter", "message", "video", "tweet", "broadcast", "email", "communique", "communiqué", "declaration", "television", "radio", "newspaper"])
_OPEN_DOUBLE = "“\""
_CLOSE_DOUBLE = "”\""
_WORD = re.compile(r"\w")


@dataclass
class Found:
    start: int  # character offsets of the quoted words (without marks)
    end: int
    kind: str
    speakers: list[str] = field(default_factory=list)
    cue: str | None = None
    addressee: str | None = None
    channel: str | None = None
    confidence: float = 0.9


# -- direct quotes -------------------------------------------------------------------------------

def _marks(text: str) -> list[tuple[int, int]]:
    """Spans (start, end) of quoted text, marks excluded, in order."""
    spans = _pair(text, _OPEN_DOUBLE, _CLOSE_DOUBLE)
    if not spans or _single_quote_style(text):
        spans += _pair_single(text)
    return sorted(set(spans))


def _pair(text: str, opens: str, closes: str) -> list[tuple[int, int]]:
    spans: list[tuple[int, int]] = []
    start: int | None = None
    i = 0
    while i < len(text):
        ch = text[i]
        if ch == "\n" and start is not None:
            # a paragraph that opens a quote and does not close it continues in the next one
            nxt = text[i:].lstrip("\n ")
            if nxt[:1] in opens:
                spans.append((start, i))
                start = i + (len(text[i:]) - len(nxt)) + 1
                i = start
                continue
            start = None
        elif start is None and ch in opens and (ch != '"' or _opens_here(text, i)):
            start = i + 1
        elif start is not None and ch in closes and i > start:
            spans.append((start, i))
            start = None
        i += 1
    return spans


def _opens_here(text: str, i: int) -> bool:
    before = text[i - 1] if i > 0 else " "
    return not _WORD.match(before) or before in "("


def _single_quote_style(text: str) -> bool:
    """Papers that quote speech in single marks: ‘...’ or '...' after a space, closed before punctuation."""
    return len(re.findall(r"(?:^|[\s(])['‘][A-Z][^'‘’\n]{3,}?[.,!?]?['’](?=[\s,.;:!?]|$)", text, re.M)) >= 2


def _pair_single(text: str) -> list[tuple[int, int]]:
    spans = []
    for m in re.finditer(r"(?:^|(?<=[\s(]))['‘]([^\n]+?)['’](?=[\s,.;:!?)]|$)", text, re.M):
        inner = m.group(1)
        if len(inner.split()) >= 2 or inner[:1].isupper():
            spans.append((m.start(1), m.end(1)))
    return spans


def _is_crosshead(text: str, start: int, end: int) -> bool:
    line_start = text.rfind("\n", 0, start) + 1
    line_end = text.find("\n", end)
    line = text[line_start : line_end if line_end >= 0 else len(text)].strip(" '\"‘’“”")
    inner = text[start:end]
    return line == inner.strip() and inner.upper() == inner and any(c.isalpha() for c in inner)


def _is_partial(text: str, start: int) -> bool:
    """A quote that is part of a sentence ("said it was “dead on arrival”") rather than the sentence."""
    before = text[max(0, start - 40) : start - 1].rstrip()
    if not before or before.endswith(("\n", ":", ",", ".", "?", "!", "—", "–", "-")):
        return False
    line_start = text.rfind("\n", 0, start) + 1
    return bool(text[line_start : start - 1].strip())


# -- speakers ------------------------------------------------------------------------------------

def _cue_of(sent: Span, outside: tuple[int, int] | None) -> Token | None:
    """The speech verb of a sentence, outside the quoted words."""
    best = None
    for tok in sent:
        if tok.lemma_.lower() not in SPEECH_VERBS or tok.pos_ not in ("VERB", "AUX"):
            continue
        if outside and outside[0] <= tok.idx < outside[1]:
            continue
        if best is None or (tok.lemma_.lower() in REPORTING_ONLY and best.lemma_.lower() not in REPORTING_ONLY):
            best = tok
    return best


def _subject(verb: Token) -> Token | None:
    cur: Token | None = verb
    while cur is not None:
        for child in cur.children:
            if child.dep_ in ("nsubj", "nsubjpass"):
                return child
        # "... and says", "..., saying": the subject of the clause it hangs on
        cur = cur.head if cur.dep_ in ("conj", "advcl", "xcomp") and cur.head.i != cur.i else None
    return None


def _according_to(sent: Span) -> Token | None:
    for tok in sent:
        if tok.lower_ == "according" and tok.i + 1 < len(sent.doc) and sent.doc[tok.i + 1].lower_ == "to":
            for child in sent.doc[tok.i + 1].children:
                if child.dep_ == "pobj":
                    return child
    return None


def _speaker_info(cue: Token, found: Found) -> None:
    subj = _subject(cue)
    if subj is not None:
        found.speakers = list(actors_of(subj)) or _unnamed_speaker(subj)
    found.cue = cue.lemma_.lower()
    for child in cue.children:
        if child.dep_ in ("dobj", "dative") and cue.lemma_.lower() == "tell":
            found.addressee = _phrase(child)
        elif child.dep_ == "prep" and child.lower_ in ("in", "on", "to", "at", "during"):
            for obj in child.children:
                if obj.dep_ != "pobj":
                    continue
                if obj.lemma_.lower() in _CHANNEL_NOUNS or cue.lemma_.lower() in ("write", "post", "tweet"):
                    found.channel = found.channel or _phrase(obj)
                elif child.lower_ in ("to", "at") and found.addressee is None:
                    found.addressee = _phrase(obj)
    sent = cue.sent
    for tok in sent:
        if tok.lower_ in ("in", "on") and tok.i < cue.i and tok.dep_ == "prep" and tok.head.i == cue.i:
            for obj in tok.children:
                if obj.dep_ == "pobj" and obj.lemma_.lower() in _CHANNEL_NOUNS:
                    found.channel = found.channel or _phrase(obj)


def _unnamed_speaker(subj: Token) -> list[str]:
    """"a spokesman said", "its media wing said", "the alliance's deputy said": the body they speak for,
    the last organisation or country that was a subject just before."""
    if subj.pos_ != "NOUN":
        return []
    doc = subj.doc
    sents = list(doc.sents)
    here = next(n for n, s in enumerate(sents) if s.start <= subj.i < s.end)
    kinds = {a.id: a.kind for a in doc._.actors or []}
    for n in range(here, max(-1, here - 2), -1):
        sent = sents[n]
        toks = [t for t in sent if t.i < subj.i and t.dep_ in ("nsubj", "nsubjpass")]
        for tok in reversed(toks):
            ids = [a for a in actors_of(tok) if kinds.get(a) in ("organization", "country", "group")]
            if ids:
                return ids
    return []


def _previous_paragraph_speaker(doc: Doc, start: int) -> list[str]:
    """A quote paragraph with no attribution, after a paragraph in which someone spoke: theirs."""
    text = doc.text
    para_start = text.rfind("\n", 0, start)
    if para_start <= 0:
        return []
    prev_start = text.rfind("\n", 0, para_start - 1)
    while prev_start > 0 and not text[prev_start + 1 : para_start].strip():
        para_start = prev_start
        prev_start = text.rfind("\n", 0, para_start - 1)
    span = doc.char_span(prev_start + 1, para_start, alignment_mode="expand")
    if span is None:
        return []
    sentences = [s for s in doc.sents if s.start < span.end and s.end > span.start]
    for sent in reversed(sentences):
        cue = _cue_of(sent, None)
        subj = _subject(cue) if cue is not None else None
        if subj is not None and (ids := list(actors_of(subj))):
            return ids
    return []


def _phrase(tok: Token) -> str:
    left = min(t.i for t in tok.subtree)
    right = max(t.i for t in tok.subtree)
    span = tok.doc[left : right + 1]
    while len(span) > 1 and span[0].dep_ == "det":
        span = span[1:]
    while len(span) > 1 and (span[-1].is_punct or span[-1].is_space):
        span = span[:-1]
    return span.text.strip()


# -- finding -------------------------------------------------------------------------------------

def find_quotes(doc: Doc) -> list[Found]:
    direct = _direct_quotes(doc)
    taken = [(f.start, f.end) for f in direct]
    reported = _reported(doc, taken)
    return sorted(direct + reported, key=lambda f: f.start)


def _sentences_of(doc: Doc, start: int, end: int) -> list[Span]:
    return [s for s in doc.sents if s.end_char > start and s.start_char < end + 2]


def _direct_quotes(doc: Doc) -> list[Found]:
    text = doc.text
    out: list[Found] = []
    previous: Found | None = None
    previous_para = -1
    for start, end in _marks(text):
        if start >= end or not text[start:end].strip():
            continue
        span = doc.char_span(start, end, alignment_mode="expand")
        if span is None or any(t._.excluded for t in span):
            continue
        if _is_crosshead(text, start, end):
            continue
        partial = _is_partial(text, start)
        found = Found(start, end, "partial" if partial else "direct")
        sents = _sentences_of(doc, start, end)
        cue = None
        for sent in sents:
            cue = _cue_of(sent, (start, end))
            if cue is not None:
                break
        para = text.rfind("\n", 0, start)
        if cue is not None:
            _speaker_info(cue, found)
        else:
            according = next((a for s in sents if (a := _according_to(s)) is not None), None)
            if according is not None:
                found.speakers, found.cue = list(actors_of(according)), "according to"
        if not found.speakers and previous is not None and previous.speakers and not partial:
            same_or_next = para == previous_para or text[previous.end : start].count("\n") <= 2
            if same_or_next:
                found.speakers, found.cue = list(previous.speakers), previous.cue
                found.confidence = 0.7
        if not found.speakers and cue is None and not partial:
            found.speakers = _previous_paragraph_speaker(doc, start)
            found.confidence = 0.6
        if partial and cue is None and not found.speakers:
            continue  # scare quotes: nobody speaks around them
        out.append(found)
        previous, previous_para = found, para
    return out


def _reported(doc: Doc, taken: list[tuple[int, int]]) -> list[Found]:
    out: list[Found] = []
    for tok in doc:
        if tok._.excluded or tok.lemma_.lower() not in SPEECH_VERBS or tok.pos_ != "VERB":
            continue
        if any(s <= tok.idx < e for s, e in taken):
            continue
        comp = next((c for c in tok.children if c.dep_ == "ccomp"), None)
        if comp is None:
            continue
        left = min(t.i for t in comp.subtree)
        right = max(t.i for t in comp.subtree)
        while left <= right and (doc[left].lower_ == "that" or doc[left].is_punct):
            left += 1
        while right >= left and doc[right].is_punct:
            right -= 1
        if right - left < 2:
            continue
        clause = doc[left : right + 1]
        inside = sum(max(0, min(e, clause.end_char) - max(s, clause.start_char)) for s, e in taken)
        if inside * 2 > clause.end_char - clause.start_char:
            continue  # the complement is (mostly) a direct quote, already taken
        found = Found(clause.start_char, clause.end_char, "indirect")
        _speaker_info(tok, found)
        found.confidence = 0.8 if found.speakers else 0.4
        out.append(found)
    for sent in doc.sents:
        according = _according_to(sent)
        if according is None or any(s <= sent.start_char < e for s, e in taken):
            continue
        to_tok = according.head
        cut = min(t.i for t in to_tok.head.subtree)  # "according"
        body = doc[sent.start : cut] if cut > sent.start + 2 else doc[max(t.i for t in to_tok.subtree) + 1 : sent.end]
        body_text = body.text.strip(" ,.")
        if len(body_text.split()) < 3:
            continue
        start = body.start_char + body.text.index(body_text)
        out.append(Found(start, start + len(body_text), "indirect", list(actors_of(according)), "according to",
                         confidence=0.7))
    return out


def set_annotations(doc: Doc, found: list[Found]) -> None:
    quotes = []
    for n, f in enumerate(found, 1):
        qid = f"q{n}"
        speakers = list(dict.fromkeys(f.speakers))
        quotes.append(Quote(id=qid, text=doc.text[f.start : f.end], kind=f.kind, start=f.start, end=f.end,  # type: ignore[arg-type]
                            speaker=speakers[0] if speakers else None, speakers=speakers, cue=f.cue,
                            addressee=f.addressee, channel=f.channel,
                            confidence=f.confidence if speakers else min(f.confidence, 0.3)))
        span = doc.char_span(f.start, f.end, alignment_mode="expand")
        if span is not None:
            for tok in span:
                if tok._.quote is None:
                    tok._.quote = qid
    doc._.quotes = quotes


@Language.component("wirecoder_quotes")
def attribution_component(doc: Doc) -> Doc:
    set_annotations(doc, find_quotes(doc))
    return doc
