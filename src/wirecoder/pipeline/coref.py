"""Mentions without a name: descriptions ("the Russian leader"), subject pronouns ("he added"),
and what a person's company in a sentence says about them (a list of one country's officials).
"""

from __future__ import annotations

import re

from spacy.tokens import Doc, Span, Token

from wirecoder.knowledge import titles
from wirecoder.knowledge.speech import is_reporting
from wirecoder.pipeline import gazetteer, roles
from wirecoder.pipeline.docview import tokens_tagged, view
from wirecoder.pipeline.extensions import excluded_ids, token_actors
from wirecoder.pipeline.quotemarks import quoted_spans
from wirecoder.pipeline.registry import ActorRegistry, Record

_LEADER_ROLES = ("president", "prime minister", "chancellor", "leader", "king", "premier", "head of state")
_SPELLINGS = [("defence", "defense"), ("advisor", "adviser"), ("organisation", "organization")]
_SUBJ = ("nsubj", "nsubjpass")


def _norm_role(text: str) -> str:
    text = text.lower()
    for a, b in _SPELLINGS:
        text = text.replace(a, b)
    return re.sub(r"\s+", " ", text).strip()


def quoted_mask(doc: Doc) -> list[bool]:
    """True for tokens inside quotation marks, as `quotemarks` pairs them (either family, apostrophes
    told apart); computed once per doc."""
    cached = doc.user_data.get("wirecoder.quoted_mask")
    if isinstance(cached, list) and len(cached) == len(doc):
        return cached
    v = view(doc)
    mask = [False] * len(doc)
    for marked in quoted_spans(v.text):
        span = v.span(marked.start, marked.end)
        for i in range(span.start, span.end) if span is not None else ():
            mask[i] = True
    doc.user_data["wirecoder.quoted_mask"] = mask
    return mask


def _person_records(reg: ActorRegistry) -> list[Record]:
    return [r for r in reg.records.values() if r.actor.kind == "person"]


def descriptions(reg: ActorRegistry, doc: Doc) -> None:
    people = _person_records(reg)
    if not people:
        return
    excluded, ids = excluded_ids(doc), token_actors(doc)
    for tok in tokens_tagged(doc, ("NOUN", "PROPN")):
        if tok.i in ids or tok.i in excluded or tok.tag_ in ("NNS", "NNPS"):
            continue
        after_the = tok.i > 0 and doc[tok.i - 1].lower_ == "the"
        if tok.pos_ != "NOUN" and not (tok.pos_ == "PROPN" and (tok.is_lower or after_the)):
            continue  # "the Chancellor", capitalised, is still a description; so is "minister" tagged a name
        if not gazetteer.is_title_head(tok.lemma_):
            continue
        nxt = doc[tok.i + 1] if tok.i + 1 < len(doc) else None
        if nxt is not None and nxt.pos_ == "PROPN":
            continue  # a title before a name, read by `roles`
        if any(c.dep_ == "appos" for c in tok.children):
            continue
        _description(reg, doc, tok, people)


def _description(reg: ActorRegistry, doc: Doc, tok: Token, people: list[Record]) -> None:
    mods = [c for c in tok.lefts if c.dep_ in ("compound", "amod") and c.i < tok.i]
    start = min([tok.i, *(m.i for m in mods)])
    phrase = doc[start : tok.i + 1]
    owner = next((c for c in tok.lefts if c.dep_ == "poss"), None)
    det = next((c for c in tok.lefts if c.dep_ == "det" and c.lower_ == "the"), None)
    if owner is not None and owner._.actors:
        role = _norm_role(" ".join(t.text for t in phrase if not roles.country_of_word(t.text)))
        match = [p for p in people if any(_norm_role(r).endswith(role) for r in p.actor.roles)
                 and p.actor.id not in owner._.actors]
        if len(match) == 1:
            reg.mention(match[0], doc[owner.i : tok.i + 1], "description", alias=False)
        return
    if det is None:
        return
    country = next((c for m in mods if (c := roles.country_of_word(m.text))), None)
    head = tok.lemma_.lower()
    office = _office(phrase)
    fits = []
    for rec in people:
        if rec.first >= tok.i or (country and rec.actor.country != country):
            continue
        rs = [_norm_role(r) for r in rec.actor.roles]
        if head == "leader":
            ok = any(any(x in r for x in _LEADER_ROLES) for r in rs) or (country is not None and not rs)
        else:
            ok = any((r.split()[-1] == head or r.endswith(_norm_role(phrase.text))) and not _postpositive(r, head)
                     and (office is None or r.endswith(office)) for r in rs if r)
        if ok:
            fits.append(rec)
    if not fits:
        fits = _same_rank(tok, country, [r for r in people if r.first < tok.i])
    if not fits:
        _forward_description(reg, doc, det, tok, country, people)
        return
    ranked = sorted(fits, key=lambda r: _last_before(r, doc, tok.i), reverse=True)
    if len(ranked) > 1 and not country and _same_sentence(doc, _last_before(ranked[0], doc, tok.i),
                                                          _last_before(ranked[1], doc, tok.i)):
        return  # "X met Y ... The president said": two presidents named together, no telling which
    last = ranked[0]
    how = "description" if country or len(phrase) > 1 else "title"
    reg.mention(last, doc[det.i : tok.i + 1], how, alias=False)  # type: ignore[arg-type]


def _same_rank(tok: Token, country: str | None, before: list[Record]) -> list[Record]:
    """"Former army commander X ... The former general": a military rank names the one person named
    before whose role is military, when there is only one."""
    if gazetteer.sector_of_title(tok.lemma_) != "MIL":
        return []
    found = [r for r in before if (not country or r.actor.country == country)
             and any(gazetteer.sector_of_title(role) == "MIL" for role in r.actor.roles)]
    return found if len(found) == 1 else []


def _office(phrase: Span) -> str | None:
    """"the prime minister" names an office of several words, which no foreign minister holds: the
    office a description's words form, when it is more than its last word."""
    found = titles.match_title([t.text for t in phrase if not roles.country_of_word(t.text)])
    return _norm_role(found.head) if found is not None and " " in found.head else None


def _forward_description(reg: ActorRegistry, doc: Doc, det: Token, tok: Token, country: str | None,
                         people: list[Record]) -> None:
    """"summoned the Tajik ambassador ... ambassador X": the person named next with that title."""
    if country is None:
        _delayed_identification(reg, doc, det, tok, people)
        return
    head = tok.lemma_.lower()
    later = [r for r in people if r.first > tok.i and not r.explicit_country
             and any(_norm_role(x).split()[-1] == head for x in r.actor.roles if x)]
    if len(later) != 1:
        return
    rec = later[0]
    rec.actor.country, rec.explicit_country = country, True
    reg.mention(rec, doc[det.i : tok.i + 1], "description", alias=False)


_POSTPOSITIVE = re.compile(
    r"\b(?:secretary|attorney|director|surgeon|governor|consul|inspector|solicitor|auditor|comptroller)[ -]general$")


def _postpositive(role: str, head: str) -> bool:
    """"the former general" is no "secretary general": there "general" only qualifies the office."""
    return head == "general" and bool(_POSTPOSITIVE.search(role))


def _same_sentence(doc: Doc, i: int, j: int) -> bool:
    return i >= 0 and j >= 0 and doc[i].sent.start == doc[j].sent.start


def _delayed_identification(reg: ActorRegistry, doc: Doc, det: Token, tok: Token, people: list[Record]) -> None:
    """A lead that names a role and the person later ("The chancellor has rejected ... Rachel Hughes
    said"): the first person named in the next three sentences, when they have no role of their own."""
    excluded = excluded_ids(doc)
    body = [s for s in view(doc).sents[:8] if not all(t.i in excluded or t.is_space for t in s)]
    lead = next((n for n, s in enumerate(body[:2]) if s.start <= tok.i < s.end), None)  # headline or lead
    if lead is None or tok.dep_ not in ("nsubj", "nsubjpass"):
        return
    later = sorted((r for r in people if r.first > tok.i), key=lambda r: r.first)
    limit = body[min(lead + 3, len(body) - 1)].end
    if not later or later[0].first >= limit or later[0].actor.roles:
        return
    rec = later[0]
    reg.add_role(rec, doc[tok.i : tok.i + 1].text if tok.text[:1].isupper() else tok.text)
    reg.mention(rec, doc[det.i : tok.i + 1], "description", alias=False)


def _last_before(rec: Record, doc: Doc, i: int) -> int:
    return max((t for t in rec.token_ids if t < i), default=-1)


_EXPLETIVE_HEADS = {"be", "seem", "appear", "take", "remain", "become", "look", "make"}


def pronouns(reg: ActorRegistry, doc: Doc) -> None:
    mask = quoted_mask(doc)
    excluded = excluded_ids(doc)
    for tok in doc:
        if tok.dep_ not in _SUBJ or tok.i in excluded or mask[tok.i]:
            continue
        low = tok.lower_
        if low in ("he", "she"):
            ante = _matrix_subject(reg, tok, ("person",)) or _antecedent(reg, doc, tok, mask, ("person",))
        elif low == "it":
            if tok.head.lemma_ in _EXPLETIVE_HEADS:
                continue  # "it was unrealistic to ...": no antecedent
            kinds = ("country", "organization")
            ante = _matrix_subject(reg, tok, kinds)
            if not ante and not _thing_before(tok):
                ante = _antecedent(reg, doc, tok, mask, kinds)
        elif low == "they":
            ante = _plural_antecedent(reg, doc, tok, mask)
        else:
            continue
        if not ante:
            continue
        for rec in ante:
            reg.mention(rec, doc[tok.i : tok.i + 1], "pronoun", alias=False)
        tok._.actors = tuple(r.actor.id for r in ante)


# Nouns that carry what an actor says; "it" after them is still the actor ("issued a statement saying it ...").
_CHANNELS = {"statement", "report", "letter", "post", "communique", "declaration", "message", "note", "interview",
             "briefing", "speech", "address", "comment", "remark", "tweet"}


def _thing_before(tok: Token) -> bool:
    """"X defended the law, saying it would ...": a thing named in the sentence before "it", nearer than
    any actor, is what "it" stands for."""
    ids = token_actors(tok.doc)
    for prev in reversed(tok.doc[tok.sent.start : tok.i]):
        if prev.i in ids:
            return False
        if prev.dep_ in ("dobj", "nsubj", "nsubjpass") and prev.pos_ == "NOUN" and prev.tag_ == "NN" \
                and prev.lemma_.lower() not in _CHANNELS and not gazetteer.is_title_head(prev.lemma_):
            return True
    return False


def _matrix_subject(reg: ActorRegistry, tok: Token, kinds: tuple[str, ...]) -> list[Record]:
    """"X says it must ...", "X said he would ...": the pronoun is the reporting clause's subject."""
    clause = tok.head
    while clause.dep_ in ("ccomp", "xcomp", "advcl", "conj", "relcl") and clause.head.i != clause.i:
        parent = clause.head
        if clause.dep_ == "ccomp" and parent.i > tok.i and is_reporting(parent.lemma_):
            return []  # "He boycotted the hearing, his lawyer said": a fronted report is about someone else
        subjects = [c for c in parent.children if c.dep_ in _SUBJ]
        if not subjects and parent.dep_ == "conj":
            subjects = [c for c in parent.head.children if c.dep_ in _SUBJ]
        for subj in subjects:
            found = [reg.records[a] for a in subj._.actors if a in reg.records]
            if not found:
                found = [reg.records[a] for c in subj.children if c.dep_ in ("compound", "flat")
                         for a in c._.actors if a in reg.records]
            if found and all(r.actor.kind in kinds for r in found):
                return found[:1]
        if subjects:
            return []
        clause = parent
    return []


def _subject_actor_tokens(doc: Doc, lo: int, hi: int, mask: list[bool]) -> list[Token]:
    ids = token_actors(doc)
    return [doc[i] for i in range(lo, hi) if i in ids and not mask[i] and doc[i].pos_ != "PRON"]


def _antecedent(reg: ActorRegistry, doc: Doc, tok: Token, mask: list[bool], kinds: tuple[str, ...]) -> list[Record]:
    v = view(doc)
    sents, here = v.sents, v.sentence_index(tok)
    for n in range(here, max(-1, here - 4), -1):
        sent = sents[n]
        hi = tok.i if n == here else sent.end
        cands = [t for t in _subject_actor_tokens(doc, sent.start, hi, mask)
                 if (r := reg.records.get(t._.actors[0])) and r.actor.kind in kinds]
        if not cands:
            continue
        subjects = [t for t in cands if _is_subject(t)]
        pick = (subjects or cands)[-1] if n == here else (subjects or cands)[0]
        rec = reg.records.get(pick._.actors[0])
        return [rec] if rec else []
    return []


def _is_subject(tok: Token) -> bool:
    head = tok
    while head.dep_ in ("compound", "flat", "appos") and head.head.i != head.i:
        head = head.head
    return head.dep_ in _SUBJ


def _plural_antecedent(reg: ActorRegistry, doc: Doc, tok: Token, mask: list[bool]) -> list[Record]:
    v = view(doc)
    sents, here = v.sents, v.sentence_index(tok)
    # "X said Y wants peace and they discussed ...": the sentence's own subjects, when there are several
    own = [t for t in _subject_actor_tokens(doc, sents[here].start, tok.i, mask) if _is_subject(t)]
    own_ids = list(dict.fromkeys(a for t in own for a in t._.actors))
    if len(own_ids) >= 2:
        return [reg.records[i] for i in own_ids if i in reg.records]
    for n in range(here, max(-1, here - 3), -1):
        sent = sents[n]
        hi = tok.i if n == here else sent.end
        for t in _subject_actor_tokens(doc, sent.start, hi, mask):
            if _is_subject(t):
                group = coordinated(t)
                ids = list(dict.fromkeys(a for g in group for a in g._.actors))
                if len(ids) >= 2 or (ids and (r := reg.records.get(ids[0])) and r.actor.kind == "group"):
                    return [reg.records[i] for i in ids if i in reg.records]
    return []


def coordinated(tok: Token) -> list[Token]:
    """The token and every conjunct coordinated with it ("X, Y and Z")."""
    head = tok
    while head.dep_ in ("compound", "flat") and head.head.i != head.i:
        head = head.head
    while head.dep_ == "conj" and head.head.i != head.i:
        head = head.head
    out = [head]
    stack = [head]
    while stack:
        cur = stack.pop()
        for child in cur.children:
            if child.dep_ == "conj":
                out.append(child)
                stack.append(child)
    return out


def country_from_company(reg: ActorRegistry, doc: Doc, rec: Record) -> str | None:
    """A person listed with officials of one country, and no other, serves it too."""
    found: set[str] = set()
    for i in sorted(rec.token_ids):
        tok = doc[i]
        if tok.dep_ != "conj" and not any(c.dep_ == "conj" for c in tok.children):
            continue
        for conj in coordinated(tok):
            for actor_id in conj._.actors:
                other = reg.records.get(actor_id)
                if other and other is not rec and other.actor.kind == "person" and other.actor.country \
                        and other.counterpart is None:  # "X and his Greek counterpart": the other side
                    found.add(other.actor.country)
    return found.pop() if len(found) == 1 else None
