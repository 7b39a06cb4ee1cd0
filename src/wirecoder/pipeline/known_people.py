"""People the leaders table knows: their names are people's names whatever NER said ("Obama ordered
...", "Xi Jinping met ..."), and a person the text gives no country takes the table's country and sector.

Only the table's full names and the single names it lets stand alone count, and a single name only
where it is no part of a longer name: "Michelle Obama" is not Barack Obama, nor "County Kerry" John
Kerry. Roles are never read from the table: the text says what office a person holds.
"""

from __future__ import annotations

from spacy.tokens import Doc, Span, Token

from wirecoder import names
from wirecoder.knowledge.leaders import Leader, leader_alone, leader_named, longest_name, may_start_a_name
from wirecoder.pipeline import gazetteer
from wirecoder.pipeline.registry import ActorRegistry, Record

_PERSON = "PERSON"
_DAYS = {"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"}
_LIST_WORDS = {"and", ",", "&"}
_NOUNS = {"PROPN", "NOUN"}
_ALONE_TOKENS = 3  # "Diaz-Canel", "Yar'Adua": a single name may be three tokens


def known_name(doc: Doc, span: Span) -> Leader | None:
    """The leader `span` names in full, or by a single name standing on its own."""
    text = names.clean_name(span.text)
    if not text:
        return None
    found = leader_named(text)
    if found is None and " " not in text and (alone := leader_alone(text)) is not None \
            and _stands_alone(doc, span):
        found = alone
    return found


def _stands_alone(doc: Doc, span: Span) -> bool:
    """No other name word right before or after: "President Obama", "Iran's Rouhani", but not
    "Michelle Obama" or "Obama Foundation"."""
    before = doc[span.start - 1] if span.start > 0 else None
    after = doc[span.end] if span.end < len(doc) else None
    return not (before is not None and _name_word(before) and not _title_word(before)) \
        and not (after is not None and _name_word(after) and after.lower_ not in _DAYS) \
        and not _in_a_compound(doc, span)


def _in_a_compound(doc: Doc, span: Span) -> bool:
    """"Trump-era tariffs", "an anti-Putin rally": the name, hyphened to a word, only qualifies a noun."""
    before = span.start >= 2 and doc[span.start - 1].text == "-" and not doc[span.start - 2].whitespace_ \
        and doc[span.start - 2].lower_ not in names.PARTICLES  # "al-Assad" is the name itself
    after = span.end + 1 < len(doc) and doc[span.end].text == "-" and not span[-1].whitespace_ \
        and doc[span.end + 1].is_lower
    return before or after


def _name_word(tok: Token) -> bool:
    """A capitalised word that may be part of a name ("But" opening a sentence is none)."""
    return tok.text[:1].isupper() and tok.is_alpha and (tok.pos_ == "PROPN" or not tok.is_sent_start)


def _title_word(tok: Token) -> bool:
    word = tok.text.rstrip(".").lower()
    return gazetteer.is_title(tok.text) or gazetteer.is_title_head(tok.text) or word in names.HONORIFICS \
        or word in names.COURTESY


def known_spans(doc: Doc, taken: set[int], excluded: dict[int, bool]) -> list[Span]:
    """The table's names NER missed, as person spans; longest first."""
    found: list[Span] = []
    longest = longest_name() + 2  # hyphens and apostrophes are tokens of their own
    i = 0
    while i < len(doc):
        if i not in taken and i not in excluded and doc[i].text[:1].isupper() \
                and (span := _known_at(doc, i, longest, taken, excluded)) is not None:
            found.append(span)
            i = span.end
            continue
        i += 1
    return found


def _known_at(doc: Doc, i: int, longest: int, taken: set[int], excluded: dict[int, bool]) -> Span | None:
    if not may_start_a_name(doc[i].text):
        return None
    for n in range(min(longest, len(doc) - i), 0, -1):
        span = doc[i : i + n]
        if span[-1].is_punct or any(j in taken or j in excluded for j in range(span.start, span.end)):
            continue
        if leader_named(span.text) is not None:
            return Span(doc, span.start, span.end, label=_PERSON)
        if n <= _ALONE_TOKENS and not any(t.whitespace_ for t in span[:-1]) and _alone_name(doc, span):
            return Span(doc, span.start, span.end, label=_PERSON)
    return None


def _alone_name(doc: Doc, span: Span) -> bool:
    """A single name of the table used as a name: a noun (the tagger calls a name it does not know that
    opens a sentence a common noun), never an adjective or adverb ("Gallant efforts", "Cleverly")."""
    return span[0].pos_ in _NOUNS and known_name(doc, span) is not None


def as_people(doc: Doc, spans: list[Span]) -> list[Span]:
    """NER's spans with the table's names labelled as people ("Putin" tagged ORG, "Kerry" tagged GPE),
    and a list of them taken for one name ("Putin and Zelenskiy" tagged FAC) split into its people."""
    out: list[Span] = []
    for span in spans:
        parts = [span] if span.label_ == _PERSON else _listed_names(doc, span)
        if parts and all(known_name(doc, p) is not None for p in parts):
            out += [Span(doc, p.start, p.end, label=_PERSON) for p in parts]
        else:
            out.append(span)
    return out


def _listed_names(doc: Doc, span: Span) -> list[Span]:
    """The names a span lists, split at "and" and commas (the span itself when it lists none)."""
    parts: list[Span] = []
    start = span.start
    for tok in span:
        if tok.lower_ in _LIST_WORDS:
            parts.append(doc[start : tok.i])
            start = tok.i + 1
    parts.append(doc[start : span.end])
    return [p for p in parts if len(p)]


def leader_of(rec: Record) -> Leader | None:
    """The table's leader a person actor is, by the fullest name the text gives them; a full name may
    come with title words NER took into it ("Crown Prince Mohammed bin Salman")."""
    words = rec.actor.name.split()
    if len(words) == 1:
        return leader_alone(words[0])
    return next((found for k in range(len(words) - 1) if (found := leader_named(" ".join(words[k:]))) is not None),
                None)


def named_in_full(reg: ActorRegistry, word: str) -> Record | None:
    """The person named in full whom a single name of the table stands for ("Xi" after "Xi Jinping")."""
    leader = leader_alone(word)
    if leader is None:
        return None
    return next((r for r in reg.records.values() if r.actor.kind == "person" and len(r.actor.name.split()) > 1
                 and leader_of(r) is leader), None)


def table_countries(reg: ActorRegistry) -> None:
    """Run once the text's titles, appositions and possessives are read, so that descriptions ("the
    Russian leader") find the people the table gives that country."""
    for rec in [r for r in reg.records.values() if r.actor.kind == "person"]:
        take_table_country(rec)


def take_table_country(rec: Record) -> None:
    """A person the text gives no country takes the table's country; the sector too, unless the text
    gives another country."""
    leader = leader_of(rec)
    if leader is None:
        return
    if not rec.actor.country and leader.country:
        rec.actor.country = leader.country
    if not rec.actor.sector and rec.actor.country in (None, leader.country):
        rec.actor.sector = leader.sector
