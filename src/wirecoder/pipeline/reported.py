"""Reported speech: the clause a speech verb reports ("X said (that) CLAUSE", "according to X, CLAUSE").

`find_reported(doc, direct, quoted)` reads the parse: a reporting verb's clausal complement, a
"that" clause the parser hung on the channel ("said in a statement that ..."), the clause an
attribution interrupts or follows ("CLAUSE, X said"), and the rest of a sentence with "according to X".
A clause inside another reported clause is part of it ("X said Y had agreed to ..." is X's), and a
complement that is itself a direct quote is left to the direct quote. Where a complement ends is
complements.py's question; "Russia's claim that ..." (a noun of saying) reports its clause too.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Protocol

from spacy.tokens import Doc, Span, Token

from wirecoder.knowledge.speech import is_reporting, speech_lexicon
from wirecoder.pipeline.complements import complement_range, trailing_participle
from wirecoder.pipeline.docview import tokens_tagged, view
from wirecoder.pipeline.speakers import (
    SUBJECTS,
    Attribution,
    Quoted,
    according_attribution,
    according_to,
    appositive_speaker,
    attribute,
    phrase,
    speakers_of,
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
        out.append(Reported(*_offsets(doc, clause), _passive_attribution(cue, attribute(cue, quoted), quoted)))
    nouns = speech_lexicon().report_nouns
    for noun in (t for t in tokens_tagged(doc, ("NOUN",)) if t.lemma_.lower() in nouns):
        found = _noun_report(noun, out, quoted)
        if found is not None:
            out.append(found)
    for sent in view(doc).sents:
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
            and not quoted(tok.idx) and not _withheld(tok) and not _spoken_to(tok))


def _spoken_to(cue: Token) -> bool:
    """"Asked whether the dispute was settled, she said": a passive participle's clause is what was put
    to the speaker, no report of theirs."""
    return cue.tag_ == "VBN" and cue.dep_ in ("advcl", "acl") and not any(
        c.dep_ in ("aux", "auxpass", "nsubj", "nsubjpass") for c in cue.children)


def _passive_attribution(cue: Token, att: Attribution, quoted: Quoted) -> Attribution:
    """"He was told that the deal was off": the subject of a passive cue was spoken to; the speaker is
    the agent ("was told by the ministry"), else nobody named."""
    if not any(c.dep_ == "auxpass" for c in cue.children):
        return att
    agent = next((o for c in cue.children if c.dep_ == "agent" for o in c.children if o.dep_ == "pobj"), None)
    att.speakers, att.confidence = speakers_of(agent, quoted) if agent is not None else ([], 0.3)
    return att


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
    quoting = _quoting_verb(cue)
    if not comps and quoting is not None:
        # "CLAUSE, state media quoted X as saying": the parser hangs the clause on "quoted"
        comps = [c for c in quoting.children if c.dep_ == "ccomp" and c.i < cue.i and _set_off(c, quoting)]
    comp = comps[0] if comps else _that_clause(cue)
    if comp is not None and comp.i < cue.i and _is_report(comp):
        return None  # "Sudan's army says it retook the bridge, rebels deny": the report before is its own
    if comp is not None:
        return _trim(cue, *complement_range(cue, comp))
    appositive = appositive_speaker(cue)
    if appositive is not None:
        # "CLAUSE, the commission said" with the speaker hung on the clause's last noun: the clause before it
        return _trim(cue, min(t.i for t in cue.head.subtree), appositive.left_edge.i - 1)
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
    if head.dep_ in SUBJECTS and head.pos_ in ("NOUN", "PROPN") and head.head.i > cue.i:
        head = head.head  # "The vote, X told supporters, had been stolen": hung on the clause's subject
    if cue.dep_ != "parataxis" or head.i < cue.i or head.pos_ not in ("VERB", "AUX"):
        return None
    words = [t.i for t in cue.subtree if not t.is_punct]  # the parser may hang either comma on the cue
    left, right = min(words), max(words)
    if left == 0 or doc[left - 1].text != "," or right + 1 >= len(doc) or doc[right + 1].text != ",":
        return None
    addressee = cue.lemma_.lower() in speech_lexicon().addressee_verbs
    if any(c.dep_ in _CLAUSE_DEPS or (c.dep_ == "dobj" and not addressee) for c in cue.children):
        return None
    if any(c.dep_ in SUBJECTS and c.i < left for c in head.children):
        return _trim(cue, min(t.i for t in head.subtree), max(t.i for t in head.subtree))
    root = cue.sent.root
    if root.i < left and root.pos_ in ("VERB", "AUX"):
        # "Warplanes struck ..., killing 19, officials said, a day after ...": the parser hung the cue on
        # the writer's words after it; what it reports is the main clause before it
        return _trim(cue, cue.sent.start, left - 2)
    return None


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
    verbs = [t for t in cue.doc[cue.sent.start : left - 1] if t.pos_ in ("VERB", "AUX")]
    if not verbs or any((v.dep_ == "advcl" and v.head.i == cue.i) or any(c.dep_ == "mark" for c in v.children)
                        for v in verbs):
        return None  # "Late on Monday, officials said", "When the talks ended, ...": no main clause
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
    return not any((c.dep_ in _CLAUSE_DEPS and not trailing_participle(c)) or (c.dep_ == "dobj" and not addressee)
                   for c in cue.children)


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
    # a verb of saying in between owns the clause; the noun "report" of "said in a report that" and the
    # participle of "said in a video posted online that" do not
    return any(a.i != cue.i and a.pos_ in ("VERB", "AUX") and is_reporting(a.lemma_) and not _spoken_to(a)
               for a in tok.ancestors if a.i > cue.i)


def _quoting_verb(cue: Token) -> Token | None:
    """The "quoted" of "quoted X as saying"."""
    prep = cue.head
    if cue.dep_ == "pcomp" and prep.lower_ == "as" and prep.head.lemma_.lower() in ("quote", "cite"):
        return prep.head
    return None


def _is_report(verb: Token) -> bool:
    """A report of its own ("..., rebels deny"); a negated one ("Cambodia had not responded, he said")
    reports nothing."""
    return is_reporting(verb.lemma_) and any(c.dep_ in SUBJECTS for c in verb.children) and not any(
        c.dep_ == "neg" for c in verb.children)


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
    left = _after_participle(doc, left, right)
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


def _after_participle(doc: Doc, left: int, right: int) -> int:
    """"said, citing intelligence reports, that rebels were massing": the participle set off before "that"
    is the speaker's aside, not what was said."""
    if doc[left].tag_ != "VBG":
        return left
    that = next((t.i for t in doc[left + 1 : right + 1] if t.lower_ == "that" and doc[t.i - 1].text == ","), None)
    return that + 1 if that is not None else left


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
    if any(t.pos_ in ("VERB", "AUX") for t in doc[sent.start : according.i]):
        return False  # "A are held in Iran, according to diplomats, and B": the clause ended before it
    return doc[phrase_end + 1].text == "," and any(t.pos_ in ("VERB", "AUX") for t in doc[phrase_end + 2 : sent.end])


# -- "Russia's claim that ..." -----------------------------------------------------------------------

def _noun_report(noun: Token, taken: list[Reported], quoted: QuotedSpans) -> Reported | None:
    """"Ukraine rejected Russia's claim that it had withdrawn": a noun of saying with a "that" clause
    reports it, when the noun names whose words they are ("Russia's", "by the ministry")."""
    if quoted(noun.idx) or noun._.excluded or any(r.start <= noun.idx < r.end for r in taken):
        return None
    # the parser may tag the "that" as the clause subject's determiner: its first word is what counts
    comp = next((c for c in noun.children if c.dep_ in ("acl", "ccomp") and c.i > noun.i
                 and c.left_edge.lower_ == "that"), None)
    owner = _owner(noun)
    if comp is None or owner is None:
        return None
    speakers, confidence = speakers_of(owner, quoted)
    if not speakers:
        return None
    clause = _trim(noun, comp.left_edge.i + 1, comp.right_edge.i)
    if clause is None or quoted(noun.doc[clause[0]].idx):
        return None
    return Reported(*_offsets(noun.doc, clause), Attribution(speakers, noun.lemma_.lower(), confidence=confidence,
                                                             cue_index=noun.i))


def _owner(noun: Token) -> Token | None:
    poss = next((c for c in noun.children if c.dep_ == "poss"), None)
    if poss is not None:
        return poss
    for prep in (c for c in noun.children if c.dep_ == "prep" and c.lower_ in ("by", "from") and c.i < noun.i + 6):
        obj = next((c for c in prep.children if c.dep_ == "pobj"), None)
        if obj is not None:
            return obj
    return None


# -- according to X ----------------------------------------------------------------------------------

def _according(sent: Span, taken: list[Reported], quoted: QuotedSpans) -> Reported | None:
    obj = according_to(sent)
    if obj is None or obj._.excluded or quoted(obj.idx) or any(r.start <= obj.idx < r.end for r in taken):
        return None
    doc = sent.doc
    here = [r for r in taken if sent.start_char <= r.start < obj.idx and r.attribution.speakers]
    if here:
        # "X said the talks had failed, according to state media": where X's words were reported
        here[-1].attribution.channel = here[-1].attribution.channel or phrase(obj)
        return None
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
