"""Reported speech: the clause a speech verb reports ("X said (that) CLAUSE", "according to X, CLAUSE").

`find_reported(doc, direct, quoted)` reads the parse: a reporting verb's clausal complement, a
"that" clause the parser hung on the channel ("said in a statement that ..."), the clause an
attribution interrupts or follows ("CLAUSE, X said"), and the rest of a sentence with "according to X".
A clause inside another reported clause is part of it ("X said Y had agreed to ..." is X's), and a
complement that is itself a direct quote is left to the direct quote.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Protocol

from spacy.tokens import Doc, Span, Token

from wirecoder.knowledge.speech import is_reporting, is_speech_act, speech_lexicon
from wirecoder.pipeline.docview import view
from wirecoder.pipeline.lookup import actors_of
from wirecoder.pipeline.speakers import (
    SUBJECTS,
    Attribution,
    Quoted,
    according_attribution,
    according_to,
    attribute,
    subject_of,
)

_MARKS = "“”\"‘’'"
_LEADING = frozenset(["that", "whether"])
_CLAUSE_DEPS = frozenset(["mark", "ccomp", "xcomp", "acomp", "attr", "advcl", "oprd"])


@dataclass
class Reported:
    start: int  # character offsets of the reported clause
    end: int
    attribution: Attribution


def find_reported(doc: Doc, direct: list[tuple[int, int]], quoted: QuotedSpans) -> list[Reported]:
    """Reported clauses in text order. `direct` holds the spans of whole direct quotes; `quoted` tells
    which characters lie inside quotation marks of any kind."""
    out: list[Reported] = []
    cues = [t for t in doc if _is_cue(t, quoted)]
    for cue in sorted(cues, key=_depth):
        if any(r.start <= cue.idx < r.end for r in out):
            continue  # nested reporting: part of the outer clause
        clause = _clause(cue)
        if clause is None or _is_quote(doc, clause, direct, quoted.spans):
            continue
        out.append(Reported(*_offsets(doc, clause), attribute(cue, quoted)))
    for sent in doc.sents:
        found = _according(sent, out, quoted)
        if found is not None:
            out.append(found)
    return sorted(out, key=lambda r: r.start)


class QuotedSpans(Protocol):
    def __call__(self, i: int) -> bool: ...

    @property
    def spans(self) -> list[tuple[int, int]]: ...


def _is_cue(tok: Token, quoted: Quoted) -> bool:
    return (tok.pos_ in ("VERB", "AUX") and is_reporting(tok.lemma_) and not tok._.excluded
            and not quoted(tok.idx) and not _withheld(tok))


_WITHHOLDING = frozenset(["refuse", "decline", "fail", "won't", "wouldn't"])


def _withheld(cue: Token) -> bool:
    """"did not say whether ...", "declined to say when ...": nothing was said, so nothing is reported."""
    if any(c.dep_ == "neg" for c in cue.children):
        return True
    return cue.dep_ == "xcomp" and (cue.head.lemma_.lower() in _WITHHOLDING
                                    or any(c.dep_ == "neg" for c in cue.head.children))


def _depth(tok: Token) -> int:
    return sum(1 for _ in tok.ancestors)


# -- the clause a cue reports ------------------------------------------------------------------------

def _clause(cue: Token) -> tuple[int, int] | None:
    """Token range [left, right] of the reported clause, or None."""
    comps = sorted((c for c in cue.children if c.dep_ == "ccomp" and _set_off(c, cue)), key=lambda c: c.i < cue.i)
    comp = comps[0] if comps else _that_clause(cue)
    if comp is not None and comp.i < cue.i and _is_report(comp):
        return None  # "Sudan's army says it retook the bridge, rebels deny": the report before is its own
    if comp is not None:
        return _trim(cue, *_complement_range(cue, comp))
    if _is_parenthetical(cue):
        # "The strikes hit three villages, the ministry said, adding ...": the clause it follows
        left = min(t.i for t in cue.head.subtree)
        right = min(t.i for t in cue.subtree) - 1
        return _trim(cue, left, right)
    return _interrupting(cue) or _fronted_clause(cue) or _orphan_clause(cue)


def _interrupting(cue: Token) -> tuple[int, int] | None:
    """"The economy, the minister said, is recovering": an attribution set off by commas inside the
    clause it reports; the clause is taken whole, the attribution in it."""
    head, doc = cue.head, cue.doc
    if cue.dep_ != "parataxis" or head.i < cue.i or head.pos_ not in ("VERB", "AUX"):
        return None
    words = [t.i for t in cue.subtree if not t.is_punct]  # the parser may hang either comma on the cue
    left, right = min(words), max(words)
    if left == 0 or doc[left - 1].text != "," or right + 1 >= len(doc) or doc[right + 1].text != ",":
        return None
    if any(c.dep_ in _CLAUSE_DEPS or c.dep_ == "dobj" for c in cue.children):
        return None
    return _trim(cue, min(t.i for t in head.subtree), max(t.i for t in head.subtree))


def _fronted_clause(cue: Token) -> tuple[int, int] | None:
    """"The talks stalled, a senior official said, speaking ...": the parser made the cue the root and
    swallowed the clause before the comma as a second subject or a modifier of it."""
    if cue.dep_ != "ROOT" or any(c.dep_ in ("ccomp", "xcomp", "dobj") for c in cue.children):
        return None
    subj = next((c for c in reversed(list(cue.lefts)) if c.dep_ == "nsubj"), None)
    if subj is None or subj.i > cue.i:
        return None
    left = min(t.i for t in subj.subtree if t.i <= subj.i)
    if left <= cue.sent.start + 2 or cue.doc[left - 1].text != ",":
        return None
    if not any(t.pos_ in ("VERB", "AUX") for t in cue.doc[cue.sent.start : left - 1]):
        return None  # "Late on Monday night, officials said": no clause before the comma
    if any(not t.is_punct and t.dep_ not in ("punct",) and t.i > subj.i and t.i < cue.i and t.head.i == cue.i
           and t.dep_ not in ("advmod", "aux", "neg") for t in cue.sent):
        return None  # words between the subject and its cue that are not an attribution's
    return _trim(cue, cue.sent.start, left - 2)


def _is_parenthetical(cue: Token) -> bool:
    """A bare attribution after a comma, hung by the parser on the clause it attributes."""
    head = cue.head
    # the head is the clause's verb, or (a misparse of a long lead) a noun the parser made its root
    verbal = head.pos_ in ("VERB", "AUX") or (cue.dep_ == "parataxis" and head.pos_ in ("NOUN", "PROPN"))
    # "He boycotted the hearing, lawyer X told Reuters.": the parser may also coordinate the cue
    if cue.dep_ not in ("parataxis", "ccomp", "advcl", "conj") or head.i > cue.i or not verbal:
        return False
    if cue.dep_ == "conj" and not any(c.dep_ == "nsubj" for c in cue.children):
        return False  # "X arrived, and told reporters": the same subject's next act
    left = min(t.i for t in cue.subtree if not t.is_punct)
    if left == 0 or cue.doc[left - 1].text != "," or head.dep_ != "ROOT":
        return False
    addressee = cue.lemma_.lower() in speech_lexicon().addressee_verbs
    return not any((c.dep_ in _CLAUSE_DEPS and not _trailing_participle(c)) or (c.dep_ == "dobj" and not addressee)
                   for c in cue.children)


def _trailing_participle(tok: Token) -> bool:
    """", speaking on condition of anonymity", ", adding ...": a participle set off after the cue."""
    return tok.dep_ == "advcl" and tok.tag_ == "VBG" and tok.i > tok.head.i and tok.doc[tok.left_edge.i - 1].text == ","


def _set_off(comp: Token, cue: Token) -> bool:
    """A complement before its cue ends at a comma or a closing mark ("CLAUSE, X said"), not at a
    semicolon or a line break."""
    if comp.i > cue.i:
        return True
    right = max(t.i for t in comp.subtree if not t.is_punct)  # the parser may hang the comma inside
    after = cue.doc[right + 1] if right + 1 < len(cue.doc) else None
    return after is not None and (after.text in {",", "—", "–"} or after.text in _MARKS)


def _that_clause(cue: Token) -> Token | None:
    """"said in a joint declaration that talks would restart": a "that" clause hung on the channel."""
    for tok in cue.subtree:
        if tok.i <= cue.i or tok.pos_ not in ("VERB", "AUX"):
            continue
        if any(c.dep_ == "mark" and c.lower_ == "that" for c in tok.children) and not _reports_between(cue, tok):
            return tok
    return None


def _reports_between(cue: Token, tok: Token) -> bool:
    return any(a.i != cue.i and is_reporting(a.lemma_) for a in tok.ancestors if a.i > cue.i)


def _is_report(verb: Token) -> bool:
    return is_reporting(verb.lemma_) and any(c.dep_ in SUBJECTS for c in verb.children)


def _complement_range(cue: Token, comp: Token) -> tuple[int, int]:
    left = _after_time_phrase(cue, comp, min(t.i for t in comp.subtree))
    right = max(t.i for t in comp.subtree)
    if cue.lemma_.lower() not in speech_lexicon().addressee_verbs:
        # "said Rubio and Vice President X will hold talks": the parser took the first subject for an object
        for child in cue.children:
            if child.dep_ == "dobj" and cue.i < child.i < left:
                left = min(t.i for t in child.subtree)
    right = _before_summary(comp, _before_participle(comp, right))
    right = _speakers_conjunct(cue, comp, _before_narrative(cue, comp, right))
    if left <= cue.i <= right:
        # "which the Kremlin said could help": the clause is what follows the cue
        left = cue.i + 1 if comp.i > cue.i else left
        right = right if comp.i > cue.i else cue.i - 1
    return left, right


def _after_time_phrase(cue: Token, comp: Token, left: int) -> int:
    """"said on Monday it had retaken the bridge": the day is when it was said, though the parser hung
    it on the clause; a time phrase between the cue and the clause's subject is left out."""
    subj = next((c for c in comp.children if c.dep_ in SUBJECTS), None)
    if comp.i < cue.i or subj is None or left != cue.i + 1:
        return left
    for child in comp.children:
        span = list(child.subtree)
        if child.dep_ in ("prep", "npadvmod") and span[0].i == left and span[-1].i < subj.left_edge.i and any(
                t.ent_type_ in ("DATE", "TIME") for t in span):
            return span[-1].i + 1
    return left


def _before_summary(comp: Token, right: int) -> int:
    """"said it had retaken the bridge, a claim the group denied": the writer's summing-up ends the clause."""
    doc = comp.doc
    nouns = speech_lexicon().summary_nouns
    for tok in comp.subtree:
        if tok.dep_ == "appos" and tok.lemma_.lower() in nouns and doc[tok.left_edge.i - 1].text == ",":
            right = min(right, tok.left_edge.i - 2)
    return right


def _before_participle(comp: Token, right: int) -> int:
    """"said the port would reopen, adding that ...": the speaker's next words are a clause of their own."""
    for child in comp.children:
        if _trailing_participle(child) and is_reporting(child.lemma_):
            right = min(right, child.left_edge.i - 1)
    return right


def _before_narrative(cue: Token, comp: Token, right: int) -> int:
    """"X said A, and X ordered B": the conjunct whose subject names the speaker again is the writer's."""
    subj = subject_of(cue)
    speakers = set(actors_of(subj)) if subj is not None else set()
    if not speakers:
        return right
    for child in comp.children:
        own = next((c for c in child.children if c.dep_ in SUBJECTS), None)
        if child.dep_ == "conj" and own is not None and own.pos_ == "PROPN" and speakers & set(actors_of(own)):
            right = min(right, min(t.i for t in child.subtree) - 1)
    return right


def _speakers_conjunct(cue: Token, comp: Token, right: int) -> int:
    """"X says the soldiers are on exercises and has accused Y": a subjectless conjunct whose verb
    agrees in number with the speaker, not with the clause's own subject, is the writer's."""
    speaker, subject = subject_of(cue), subject_of(comp)
    if speaker is None or subject is None:
        return right
    for child in comp.children:
        if child.dep_ != "conj" or child.pos_ not in ("VERB", "AUX") or any(c.dep_ in SUBJECTS for c in child.children):
            continue
        number = _verb_number(child)
        agrees = number is not None and number == _noun_number(speaker) and number != _noun_number(subject)
        # "X says its soldiers were on exercises, and accused Y of ...": a speech act the speaker performs
        start = min(t.i for t in child.subtree)
        before = [t.text for t in child.doc[max(0, start - 2) : start]]
        speaks = (is_speech_act(child.lemma_) or is_reporting(child.lemma_)) and (
            before[-1:] == [","] or before == [",", "and"])
        if agrees or speaks:
            right = min(right, min(t.i for t in child.subtree) - 1)
    return right


def _verb_number(verb: Token) -> str | None:
    """"sing" for "has accused", "plur" for "have accused" / "are"; None where the form does not say."""
    for tok in [*(c for c in verb.children if c.dep_ in ("aux", "auxpass")), verb]:
        if tok.tag_ == "VBZ" or tok.lower_ == "was":
            return "sing"
        if tok.tag_ == "VBP" or tok.lower_ == "were":
            return "plur"
    return None


def _noun_number(noun: Token) -> str | None:
    if noun.lower_ in ("they", "we"):
        return "plur"
    if noun.lower_ in ("he", "she", "it"):
        return "sing"
    if noun.tag_ in ("NNS", "NNPS"):
        return "plur"
    if noun.tag_ in ("NN", "NNP"):
        return "sing"
    return None


def _orphan_clause(cue: Token) -> tuple[int, int] | None:
    """"CLAUSE, Brig. X told reporters." where the parser split the sentence after an abbreviation."""
    sent = cue.sent
    subj = next((c for c in cue.children if c.dep_ == "nsubj"), None)
    if subj is None or min(t.i for t in subj.subtree) != sent.start or sent.end - cue.i > 6:
        return None
    doc = cue.doc
    if sent.start == 0 or "\n" in doc[sent.start - 1].text_with_ws:
        return None
    prev = doc[sent.start - 1].sent
    commas = [t for t in prev if t.text == "," and t.head.i == prev.root.i]
    if not commas or is_reporting(prev.root.lemma_):
        return None
    tail = doc[commas[-1].i + 1 : prev.end]
    if any(t.pos_ in ("VERB", "AUX") for t in tail):
        return None
    return _trim(cue, prev.start, commas[-1].i - 1)


def _trim(cue: Token, left: int, right: int) -> tuple[int, int] | None:
    doc = cue.doc
    left, right = _within_paragraph(cue, left, right)
    while left <= right and ((doc[left].lower_ in _LEADING and doc[left].dep_ not in ("nsubj", "det")) or doc[left].is_punct
                             or doc[left].is_space or doc[left]._.excluded or doc[left].dep_ == "cc"):
        left += 1
    while right >= left and (((doc[right].is_punct or doc[right].is_space) and doc[right].text not in _MARKS
                              and not _closes_bracket(doc, left, right)) or doc[right].dep_ == "cc"):
        right -= 1
    words = [t for t in doc[left : right + 1] if t.is_alpha or t.like_num]
    if len(words) < 3:
        return None
    return left, right


def _closes_bracket(doc: Doc, left: int, right: int) -> bool:
    """"... Rapid Support Forces (RSF)": a closing bracket whose opener is in the clause stays."""
    return doc[right].text == ")" and any(t.text == "(" for t in doc[left:right])


def _within_paragraph(cue: Token, left: int, right: int) -> tuple[int, int]:
    """A reported clause never runs into another paragraph (or a headline above)."""
    doc = cue.doc
    for i in range(cue.i - 1, left - 1, -1):
        if "\n" in doc[i].text_with_ws:
            left = i + 1
            break
    for i in range(cue.i, right):
        if "\n" in doc[i].text_with_ws:
            right = i
            break
    return left, right


def _offsets(doc: Doc, clause: tuple[int, int]) -> tuple[int, int]:
    span = doc[clause[0] : clause[1] + 1]
    start, end = span.start_char, span.end_char
    text = view(doc).text
    while end > start and text[end - 1] in _MARKS and _unbalanced_closer(text[start:end]):
        end -= 1
    while end > start and text[end - 1] in " ,.;:":
        end -= 1
    if _unbalanced_opener(text[start:end]):
        # take in the closing mark after the clause's last words ("... “as long as it takes.”")
        m = re.match(r"[.,!?]?[”’'\"]", text[end : end + 2])
        end += m.end() if m else 0
    return start, end


def _unbalanced_opener(text: str) -> bool:
    return text.count("“") > text.count("”") or text.count("\"") % 2 == 1 or _single_open(text)


def _unbalanced_closer(text: str) -> bool:
    return text.count("”") > text.count("“") or text.count("\"") % 2 == 1


def _single_open(text: str) -> bool:
    opens = sum(1 for i, c in enumerate(text) if c in "‘'" and (i == 0 or text[i - 1] == " "))
    closes = sum(1 for i, c in enumerate(text) if c in "’'" and i > 0 and text[i - 1] != " "
                 and (i + 1 == len(text) or not text[i + 1].isalpha()))
    return opens > closes


def _is_quote(doc: Doc, clause: tuple[int, int], direct: list[tuple[int, int]],
              marked: list[tuple[int, int]]) -> bool:
    """The complement is itself a quote: it starts inside a direct quote, or inside quotation marks
    that cover most of it."""
    start, end = doc[clause[0]].idx, doc[clause[1]].idx + len(doc[clause[1]])
    if any(s <= start < e for s, e in direct):
        return True
    if not any(s <= start < e for s, e in marked):
        return False
    covered = sum(max(0, min(e, end) - max(s, start)) for s, e in marked)
    return covered * 5 >= (end - start) * 3


def _interrupts(according: Token, phrase_end: int) -> bool:
    """"according to X" set off by commas inside a sentence, with the clause going on after it."""
    doc, sent = according.doc, according.sent
    if according.i - 1 <= sent.start or doc[according.i - 1].text != "," or phrase_end + 2 >= sent.end:
        return False
    return doc[phrase_end + 1].text == "," and any(t.pos_ in ("VERB", "AUX") for t in doc[phrase_end + 2 : sent.end])


# -- according to X ----------------------------------------------------------------------------------

def _according(sent: Span, taken: list[Reported], quoted: QuotedSpans) -> Reported | None:
    obj = according_to(sent)
    if obj is None or obj._.excluded or quoted(obj.idx) or any(r.start <= obj.idx < r.end for r in taken):
        return None
    doc = sent.doc
    according = doc[obj.i - 2] if obj.i >= 2 and doc[obj.i - 2].lower_ == "according" else obj.head.head
    phrase_end = max(t.i for t in obj.subtree)
    if according.i > sent.start + 2 or _interrupts(according, phrase_end):
        # "The convoy, according to X, was hit": the clause around the phrase, the phrase in it
        left, right = sent.start, according.i - 1 if not _interrupts(according, phrase_end) else sent.end - 1
    else:
        left, right = phrase_end + 1, sent.end - 1
    trimmed = _trim(obj, left, right)
    if trimmed is None:
        return None
    start, end = _offsets(doc, trimmed)
    if quoted(start):
        return None
    return Reported(start, end, according_attribution(obj, quoted))
