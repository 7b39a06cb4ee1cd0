"""Names that name a place or a thing, not an actor: "deaths in X", "the village of X", "travel to
Beijing", "a Nairobi-based group", "Imam Khomeini airport", "another border temple, X".
"""

from __future__ import annotations

import re

from spacy.tokens import Doc, Span, Token

from wirecoder import names
from wirecoder.pipeline import gazetteer
from wirecoder.pipeline.docview import view

_LOCATIVE = {"in", "at", "near", "outside", "inside", "around", "across", "throughout", "from", "via", "into", "through"}
_TRAVEL = {"travel", "fly", "go", "head", "return", "come", "move", "trip", "visit", "journey", "flight", "arrive",
           "relocate", "drive", "sail"}
_PLACE_SUFFIXES = {"based", "born", "headquartered", "bound", "registered"}
_PLACE_PREPS = {"in", "near", "outside", "inside", "around", "throughout", "into", "across"}

# Nouns whose "of X" names a place: "the village of X", "residents of X", "the outskirts of X".
_PLACE_OF = {"village", "town", "city", "hamlet", "settlement", "district", "province", "region", "county",
             "outskirts", "suburb", "suburbs", "resident", "inhabitant", "port", "enclave", "municipality",
             "neighbourhood", "neighborhood", "streets", "centre", "center", "villager", "townspeople",
             "displaced", "mayor", "governor", "ruins", "edge", "area", "outpost"}
# "60 km north of X": a compass point's "of X" is a place, whatever NER called it.
_DIRECTIONS = {"north", "south", "east", "west", "northeast", "northwest", "southeast", "southwest"}
# Plural only: "the families of X" are a place's, "the family of X" a person's.
_PLACE_OF_PLURALS = {"families", "people", "citizens", "children", "farmers", "shopkeepers"}

_THINGS = {"town", "city", "village", "airport", "street", "square", "avenue", "university", "hospital", "stadium", "bridge", "prize",
           "foundation", "center", "centre", "institute", "school", "road", "highway", "port", "station",
           "doctrine", "plan", "award", "building", "palace", "mosque", "church", "cathedral", "museum", "temple",
           "shrine", "monastery", "pagoda", "dam", "oilfield", "camp", "crossing"}
# Structures no person is put in apposition to ("the border temple, X"), unlike "the camp, X" (its spokesman?).
_STRUCTURES = {"temple", "shrine", "monastery", "pagoda", "mosque", "church", "cathedral", "airport", "dam", "bridge",
               "stadium", "museum", "palace"}


def shadowed_by_table(text: str) -> bool:
    """A PERSON span that is really a capital, country or seat of power ("Kyiv" tagged PERSON)."""
    return bool(gazetteer.capital(text) or gazetteer.country(text) or gazetteer.seat(text) or gazetteer.demonym(text))


def is_place(tok: Token) -> bool:
    """A capital used as a place ("in Kyiv", "travel to Beijing", "a Nairobi-based group") rather than
    as its government ("Kyiv said")."""
    if tok.dep_ == "pobj" and tok.head.lower_ in _LOCATIVE:
        return True
    if tok.dep_ == "pobj" and tok.head.lower_ == "to" and tok.head.head.lemma_.lower() in _TRAVEL:
        return True
    doc = tok.doc
    if tok.i + 2 < len(doc) and doc[tok.i + 1].text in ("-", "–") and doc[tok.i + 2].lower_ in _PLACE_SUFFIXES:
        return True
    return tok.dep_ in ("compound", "npadvmod") and tok.head.pos_ in ("NOUN", "PROPN") and tok.head.ent_type_ != ""


def is_place_name(doc: Doc, text: str) -> bool:
    """Dateline places and compound demonyms ("Kyrgyz-Tajik") are never actors."""
    credits = doc._.credits
    if credits and text.lower() in {p.lower() for p in credits.dateline} and not shadowed_by_table(text):
        return True
    if gazetteer.region(text)[0]:
        return True
    if gazetteer.city(text) and not shadowed_by_table(text) and not gazetteer.organization(text):
        return True
    parts = re.split(r"[-–]", text)
    return len(parts) > 1 and all(gazetteer.demonym(p) or gazetteer.country(p) for p in parts)


def not_places(spans: list[Span]) -> list[Span]:
    """Drop "people" that only ever appear as where something happens ("deaths in Kara-Bulak")."""
    uses: dict[str, list[bool]] = {}
    for span in spans:
        uses.setdefault(names.name_key(span.text), []).append(_as_place(span.root))
    return [s for s in spans if not all(uses[names.name_key(s.text)])]


def _as_place(root: Token) -> bool:
    """The name is where something is: "deaths in X", "the village of X", "residents of X"."""
    return (root.dep_ == "pobj" and root.head.lower_ in _PLACE_PREPS) or of_a_place(root)


def in_the_place(span: Span) -> bool:
    """"illegal logging in the Amazon", "across the Sahel": "in the X" names a place, not a firm."""
    root, doc = span.root, span.doc
    return (root.dep_ == "pobj" and root.head.lower_ in _PLACE_PREPS and span.start > 0
            and doc[span.start - 1].lower_ == "the" and len(span) == 1)


def of_a_place(root: Token) -> bool:
    """"the village of X", "residents of X", "60 km north of X": the name of a place, whatever NER called it."""
    prep = root.head
    return root.dep_ == "pobj" and prep.lower_ == "of" and (
        prep.head.lemma_.lower() in _PLACE_OF or prep.head.lower_ in _PLACE_OF_PLURALS | _DIRECTIONS)


def things_named(doc: Doc) -> set[str]:
    """Names the article once puts beside a place or thing noun: no mention of them is an actor."""
    cached = doc.user_data.get("wirecoder.things_named")
    if not isinstance(cached, set):
        cached = doc.user_data["wirecoder.things_named"] = {
            e.text for e in view(doc).ents if (e.label_ == "ORG" and _thing_beside(e, _THINGS | _PLACE_OF))
            or (e.label_ == "PERSON" and _thing_beside(e, _STRUCTURES))}
    return cached


def nouns_in_apposition(span: Span) -> list[Token]:
    """The nouns the parser put in apposition to a name, after it ("X, a charity,") or before it."""
    root = span.root
    nouns = [c for c in root.children if c.dep_ == "appos" and c.i >= span.end]
    if root.dep_ == "appos" and root.head.i < span.start:
        nouns.append(root.head)
    return nouns


def _thing_beside(span: Span, kinds: set[str]) -> bool:
    """"another border temple, Preah Vihear": a name in apposition to a place or a thing names it."""
    nouns = nouns_in_apposition(span)
    if span.start >= 2 and span.doc[span.start - 1].text == ",":
        nouns.append(span.doc[span.start - 2])  # the apposition the parser missed
    return any(n.pos_ == "NOUN" and n.lemma_.lower() in kinds for n in nouns)


def names_a_thing(span: Span) -> bool:
    """"Imam Khomeini airport", "Nobel Prize": a name that modifies a noun names a thing."""
    root = span.root
    return root.dep_ in ("compound", "nmod") and root.head.lemma_.lower() in _THINGS
