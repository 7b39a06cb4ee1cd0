"""People: one actor per person, named in full or by surname or first name alone ("Kim" after "Kim
Jong Un"), and every later use of that surname as a mention of them.
"""

from __future__ import annotations

import re

from spacy.tokens import Doc, Span

from wirecoder import names
from wirecoder.pipeline import gazetteer, known_people, roles
from wirecoder.pipeline.extensions import excluded_ids, token_actors
from wirecoder.pipeline.name_spans import PERSON_LABELS, trim
from wirecoder.pipeline.place_names import names_a_thing, shadowed_by_table
from wirecoder.pipeline.registry import ActorRegistry, Record


def not_parts_of_people(spans: list[Span]) -> list[Span]:
    """The spans less those that repeat part of a person's full name: `surname_mentions` reads those
    as the person."""
    full = [s for s in spans if s.label_ in PERSON_LABELS and len(s) > 1]
    surnames = {names.surname_key(s.text) for s in full}
    givens = {names.fold(w) for s in full for w in _name_parts(s.text.split())}
    return [s for s in spans if not _part_of_a_person(s, full, surnames, givens)]


def _part_of_a_person(span: Span, full: list[Span], surnames: set[str], givens: set[str]) -> bool:
    if span.label_ not in PERSON_LABELS and any(names.fold(t.text) in surnames for t in span):
        return True  # "Trump" or "Trump and Zelenskiy" tagged ORG: the surname scan takes them
    if span not in full and names.surname_key(span.text) in surnames:
        return True  # "Lima" after "Carlos Lima", "Mensah-Boateng" alone: the person, not a place or firm
    if _surname_pair(span, surnames):
        return True  # "a Kanchev-Marinova government": two people named before, not a third
    # "Wang" after "Wang Lihua": the surname scan reads it as the person
    return len(span) == 1 and span.label_ == "ORG" and names.fold(span.text) in givens \
        and not shadowed_by_table(span.text) and not gazetteer.organization(span.text)


def _surname_pair(span: Span, surnames: set[str]) -> bool:
    parts = [p for p in re.split(r"[-–]", span.text) if p]
    return len(parts) > 1 and all(names.surname_key(p) in surnames for p in parts)


def add_people(reg: ActorRegistry, doc: Doc, spans: list[Span]) -> None:
    credited = {names.name_key(n) for n in (doc._.credits.credited if doc._.credits else [])}
    named = [s for s in (_person_name(doc, s) for s in spans) if s is not None]
    named = [s for s in named if names.name_key(s.text) not in credited]  # reporters, wherever they appear
    named = [s for s in named if not names_a_thing(s)]
    full = {names.surname_key(s.text) for s in named if len(s) > 1}
    named = [s for s in named if len(s) > 1 or names.surname_key(s.text) in full or _vouched(doc, s)]
    # Full names first, so a lone surname finds the person it belongs to.
    for span in sorted(named, key=lambda s: (len(s) == 1, s.start)):
        rec = _person_for(reg, span.text, span.start)
        reg.mention(rec, span, "name")
        if len(span.text.split()) > len(rec.actor.name.split()):
            rec.actor.name = names.clean_name(span.text)


def _person_name(doc: Doc, span: Span) -> Span | None:
    """The name itself: titles, honorifics and possessive endings trimmed off."""
    start, end = span.start, span.end
    while end - start > 1 and (
        gazetteer.is_title(doc[start].text) or doc[start].lower_.rstrip(".") in names.HONORIFICS
    ):
        start += 1
    trimmed = trim(doc, doc[start:end])
    if trimmed is None or not any(t.text[:1].isupper() for t in trimmed):
        return None
    if len(trimmed) == 1 and (trimmed[0].is_stop or (trimmed[0].pos_ in ("VERB", "ADJ") and not trimmed[0].text.istitle())):
        return None
    return trimmed


def _vouched(doc: Doc, span: Span) -> bool:
    """A lone name is a person if it recurs, a title or apposition says so ("said Mr. X" counts once), or
    the leaders table knows it ("Obama")."""
    count = _capitalised_counts(doc).get(names.fold(span.text), 0)
    return count >= 2 or bool(roles.pre_title(doc, span).role or roles.apposition(doc, span).role) \
        or known_people.known_name(doc, span) is not None


def _capitalised_counts(doc: Doc) -> dict[str, int]:
    """How often each capitalised word occurs outside credits, by folded spelling (counted once per doc)."""
    cached = doc.user_data.get("wirecoder.capitalised")
    if isinstance(cached, dict):
        return cached
    excluded = excluded_ids(doc)
    counts: dict[str, int] = {}
    for t in doc:
        if t.i not in excluded and t.text[:1].isupper():
            key = names.fold(t.text)
            counts[key] = counts.get(key, 0) + 1
    doc.user_data["wirecoder.capitalised"] = counts
    return counts


def _person_for(reg: ActorRegistry, text: str, start: int) -> Record:
    clean = names.clean_name(text)
    words = clean.split()
    people = [r for r in reg.records.values() if r.actor.kind == "person"]
    same = [r for r in people if names.same_surname(r.actor.name, clean)]
    if len(words) > 1:
        first = words[0].lower()[:1]
        same = [r for r in same if len(r.actor.name.split()) == 1 or r.actor.name.split()[0].lower()[:1] == first]
    if same:
        before = [r for r in same if r.first <= start]
        return max(before, key=lambda r: r.first) if before else same[0]
    if len(words) == 1 and (given := _given_names(people).get(names.fold(words[0]))) is not None:
        return given  # "Kim" after "Kim Jong Un", "Leila" after "Leila Hassan"
    if len(words) == 1 and (leader := known_people.named_in_full(reg, words[0])) is not None:
        return leader  # "Xi" after "Xi Jinping": the leaders table says whose name it is
    return reg.add(f"person:{names.name_key(clean)}", clean, "person", start)


def surname_mentions(reg: ActorRegistry, doc: Doc) -> None:
    """Every other use of a known person's surname is that person (NER often calls it ORG)."""
    keys = _name_keys([r for r in reg.records.values() if r.actor.kind == "person"])
    excluded, ids = excluded_ids(doc), token_actors(doc)
    for tok in doc:
        if tok.i in ids or tok.i in excluded or not tok.text[:1].isupper() or len(tok.text) < 3:
            continue
        end = tok.i + 1
        if end + 1 < len(doc) and doc[end].text == "-" and doc[end + 1].text[:1].isupper():
            end += 2  # "Mensah-Boateng": a hyphenated surname is three tokens
        recs = keys.get(names.fold(doc[tok.i : end].text)) or keys.get(names.fold(tok.text))
        if recs:
            span = doc[tok.i : end] if names.fold(doc[tok.i : end].text) in keys else doc[tok.i : tok.i + 1]
            if any(i in ids for i in range(span.start, span.end)):
                continue
            before = [r for r in recs if r.first <= tok.i] or recs
            reg.mention(max(before, key=lambda r: r.first), span, "name")


def _name_keys(people: list[Record]) -> dict[str, list[Record]]:
    """Folded surname (or first name that may stand alone) → the people it may name."""
    keys: dict[str, list[Record]] = {}
    for rec in people:
        keys.setdefault(names.surname_key(rec.actor.name), []).append(rec)
    for key, rec in _given_names(people).items():
        keys.setdefault(key, [rec])  # "Wang" for Wang Lihua, "Kim" for Kim Jong Un: names written surname first
    return keys


def _given_names(people: list[Record]) -> dict[str, Record]:
    """The first word of each two- or three-word name that no other person shares and that names no
    place or organisation of the tables."""
    found: dict[str, list[tuple[Record, str]]] = {}
    surnames = {names.surname_key(r.actor.name) for r in people}
    for rec in people:
        for word in _name_parts(rec.actor.name.split()):
            found.setdefault(names.fold(word), []).append((rec, word))
    return {key: hits[0][0] for key, hits in found.items()
            if len({id(r) for r, _ in hits}) == 1 and key not in surnames and not shadowed_by_table(hits[0][1])
            and not gazetteer.organization(hits[0][1])}


def _name_parts(words: list[str]) -> list[str]:
    """The words of a full name other than its surname that may stand for the person alone: the
    first ("Kim", "Wang"), and in names of four words or more the inner ones ("Lula" of Luiz Inacio
    Lula da Silva)."""
    if len(words) < 2:
        return []
    parts = words[:1] if len(words) <= 3 else [w for w in words[:-1] if w.lower() not in names.PARTICLES]
    return [w for w in parts if w[:1].isupper() and w.isalpha() and len(w) >= 3]
