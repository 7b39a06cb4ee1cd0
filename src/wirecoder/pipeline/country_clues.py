"""Countries the words around a name give: its modifiers ("Russian troops"), its possessor ("Nigeria's
National Assembly"), an "of" complement ("Electoral Commission of Zambia") and the dateline.
"""

from __future__ import annotations

from spacy.tokens import Doc, Span, Token

from wirecoder.pipeline import gazetteer, roles, storyhome

# Bodies every country has one of: "the interior ministry" with no country named is the story's country's.
NATIONAL_BODIES = {"ministry", "government", "army", "military", "police", "authority", "cabinet", "parliament",
                   "navy", "administration", "court"}


def dateline_country(doc: Doc, single: bool = False) -> str | None:
    """The country of the dateline's places; with `single`, None when they span several countries."""
    credits = doc._.credits
    if not credits or not credits.dateline:
        return None
    found = storyhome.home_countries(doc, gazetteer.dateline_countries(credits.dateline))
    if not found or (single and len(set(found)) > 1):
        return None
    return found[0]


def modifier_country(tok: Token) -> str | None:
    for child in tok.lefts:
        if child.dep_ in ("amod", "compound", "poss", "nmod"):
            whole = "".join(t.text_with_ws for t in child.subtree if t.dep_ != "case").strip()
            found = roles.country_of_word(whole) or roles.country_of_word(child.text) or actor_country(child)
            if found:
                return found
    return None


def possessor_country(span: Span) -> str | None:
    """"Nigeria's National Assembly": the country that possesses a named body."""
    for child in span.root.lefts:
        if child.dep_ == "poss" and child.i < span.start and (found := roles.country_of_word(child.text) or actor_country(child)):
            return found
    return None


def of_country(span: Span) -> str | None:
    """"Electoral Commission of Zambia": the country a body's name ends with."""
    ofs = [t.i for t in span if t.lower_ == "of"]
    if not ofs:
        return None
    tail = span.doc[ofs[-1] + 1 : span.end]
    return roles.country_of_word(tail.text) if len(tail) else None


def actor_country(tok: Token) -> str | None:
    doc = tok.doc
    if tok._.actors and doc._.registry is not None:
        rec = doc._.registry.records.get(tok._.actors[0])
        if rec and rec.actor.kind in ("country",):
            return rec.actor.country
    seat = gazetteer.seat(tok.text)
    return seat.country if seat else None
