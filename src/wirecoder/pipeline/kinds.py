"""What a name that is no person's names: an organisation, a seat of power, a country or a capital
standing for its government; or nothing that acts (a place, a product, a crosshead).

`classify` adds the actor a span names to the registry and says whether the span may be a person.
"""

from __future__ import annotations

import re

from spacy.tokens import Doc, Span, Token

from wirecoder import names
from wirecoder.knowledge.speech import speech_lexicon
from wirecoder.pipeline import gazetteer, roles
from wirecoder.pipeline.country_clues import (
    NATIONAL_BODIES,
    dateline_country,
    modifier_country,
    of_country,
    possessor_country,
)
from wirecoder.pipeline.name_spans import PERSON_LABELS, longer_org_name
from wirecoder.pipeline.place_names import (
    in_the_place,
    is_place,
    is_place_name,
    names_a_thing,
    nouns_in_apposition,
    of_a_place,
    shadowed_by_table,
    things_named,
)
from wirecoder.pipeline.registry import ActorRegistry

# Bodies several countries name alike: the table's entry holds only when the story is from there.
_SHARED_SEAT_NAMES = {"congress"}


def classify(reg: ActorRegistry, doc: Doc, span: Span) -> bool:
    """Add a non-person span to the registry; False when it is a person (or may be one)."""
    text = span.text
    if is_place_name(doc, text) or _beside_org_noun(reg, doc, span):
        return True
    if span.label_ in PERSON_LABELS and text in things_named(doc):
        return True  # "another border temple, Wat Khao Lek": a place NER took for a person
    if span.label_ in PERSON_LABELS and not shadowed_by_table(text):
        return False
    if text.islower():
        return True  # "the trade union congress": a common noun NER took for a name
    if _of_the_tables(reg, doc, span) or gazetteer.demonym(text):
        return True
    if span.label_ in ("ORG", "GPE", "NORP", "LOC", "PRODUCT", "WORK_OF_ART") and _org_noun_beside(span) is None \
            and not _named_body(span) and (roles.pre_title(doc, span).role or roles.apposition(doc, span).role):
        return False  # "President X", "his counterpart, X": a person whatever NER said
    if span.end < len(doc) and gazetteer.is_title(f"{text} {doc[span.end].text}") and not gazetteer.is_title(text):
        return True  # "The Home Secretary": the first word of a title, whatever NER said
    if _ends_a_title(doc, span):
        return True  # "Minister of State": the last word of a title, whatever NER said
    if span.label_ == "ORG" and _looks_like_org(span) and not of_a_place(span.root) and not in_the_place(span) \
            and not names_a_thing(span) and text not in things_named(doc):  # "the Amazon city of X", "temple, X"
        _add_named_org(reg, doc, span)
    return True  # places, products, crossheads: not actors


def _ends_a_title(doc: Doc, span: Span) -> bool:
    return any(gazetteer.is_title(doc[span.start - k : span.end].text) and not gazetteer.is_title(span.text)
               for k in (2, 3) if span.start >= k)


def _beside_org_noun(reg: ActorRegistry, doc: Doc, span: Span) -> bool:
    """"the state fishing company X": added as the organisation the noun says it is."""
    text = span.text
    if span.label_ not in ("PERSON", "NORP", "PRODUCT", "WORK_OF_ART") or shadowed_by_table(text):
        return False
    noun = _org_noun_beside(span)
    if noun is None:
        return False
    sector = gazetteer.org_nouns()[noun.lemma_.lower()]
    rec = reg.add(f"org:{names.name_key(text)}", text, "organization", span.start,
                  modifier_country(noun) or dateline_country(doc, single=True), sector)
    reg.mention(rec, span, "name")
    return True


def _of_the_tables(reg: ActorRegistry, doc: Doc, span: Span) -> bool:
    """A seat of power, organisation, country or capital of the tables: added unless used as a place
    (True either way: what the tables name is settled)."""
    text = span.text
    seat = gazetteer.seat(text)
    if seat:
        _add_seat(reg, doc, span, seat)
        return True
    org = gazetteer.organization(text)
    if org:
        kind = "group" if org.kind == "group" else "organization"
        owner = _other_owner(span, org.country)
        key = f"org:{org.name.lower()}" + (f"@{owner}" if owner else "")
        rec = reg.add(key, org.name, kind, span.start, owner or org.country, org.sector)  # type: ignore[arg-type]
        reg.mention(rec, span, "name")
        return True
    place = gazetteer.country(text)
    if place:
        rec = reg.add(f"country:{place.alpha3}", place.name, "country", span.start, place.alpha3)
        reg.mention(rec, span, "name")
        return True
    cap = gazetteer.capital(text)
    if cap:
        if not is_place(span.root) and not text.isupper():
            rec = reg.add(f"country:{cap}", gazetteer.country_name(cap), "country", span.start, cap)
            reg.mention(rec, span, "metonym")
        return True
    return False


def _other_owner(span: Span, country: str | None) -> str | None:
    """"Belarus's KGB security service": a national body's name the text gives another country as owner
    (on the name or on the noun it modifies) is that country's body of the name."""
    if country is None:
        return None
    owner = possessor_country(span)
    if owner is None and span.root.dep_ == "compound":
        owner = possessor_country(span.root.head.doc[span.root.head.i : span.root.head.i + 1])
    return owner if owner != country else None


def _add_seat(reg: ActorRegistry, doc: Doc, span: Span, seat: gazetteer.Org) -> None:
    text = span.text
    if is_place(span.root):
        return
    home = dateline_country(doc, single=True)
    if text.lower() in _SHARED_SEAT_NAMES and home and home != seat.country:
        # "Congress" in a story from Brasilia is Brazil's: several countries name a body so
        rec = reg.add(f"org:{text.lower()}@{home}", text, "organization", span.start, home, seat.sector)
        reg.mention(rec, span, "name")
        return
    rec = reg.add(f"seat:{seat.name.lower()}", seat.name, "organization", span.start, seat.country, seat.sector)
    reg.mention(rec, span, "metonym")


def _add_named_org(reg: ActorRegistry, doc: Doc, span: Span) -> None:
    """An organisation no table knows, under its full name where the text gives one."""
    text = span.text
    country = _named_org_country(doc, span)
    sector = gazetteer.agent_nouns().get(span[-1].lemma_.lower(), {}).get("sector") if country else None
    full = _abbreviations(doc).get(text) or longer_org_name(doc, text)
    key = f"org:{names.name_key(full or text)}"
    rec = reg.add(key, full or text, "organization", span.start, country, sector)
    reg.mention(rec, span, "name")


def _named_org_country(doc: Doc, span: Span) -> str | None:
    country = roles.country_of_word(span[0].text) or (
        roles.country_of_word(f"{span[0].text} {span[1].text}") if len(span) > 2 else None) or of_country(span)
    if country is None and span[-1].lemma_.lower() in NATIONAL_BODIES:
        # "The Interior Ministry said", "Russia's Foreign Ministry": its possessor's, else the dateline's
        head = span.root.head if span.root.dep_ == "compound" else span.root  # "Russia's Foreign Ministry spokeswoman"
        country = modifier_country(span.root) or modifier_country(head) or dateline_country(doc, single=True)
    country = country or possessor_country(span)
    if country is None and (noun := _org_noun_beside(span)) is not None:
        country = modifier_country(noun)  # "French energy group X", "X, a Kenyan charity,"
    if country is None and (span[-1].lemma_.lower() == "party" or (
            span.start > 0 and doc[span.start - 1].lower_ in ("ruling", "opposition"))):
        country = dateline_country(doc, single=True)  # "the ruling X Party": a party of the story's country
    return country


def _org_noun_beside(span: Span) -> Token | None:
    """"the state fishing company X", "X, a charity,": a noun in apposition says the name is an organisation."""
    nouns = nouns_in_apposition(span)
    if span.start > 0 and span.doc[span.start - 1].is_lower:
        nouns.append(span.doc[span.start - 1])  # "the charity X": the noun right before the name
    return next((n for n in nouns if n.pos_ == "NOUN" and n.lemma_.lower() in gazetteer.org_nouns()), None)


def _named_body(span: Span) -> bool:
    """"officials, the State Commission on Refugees, said": a name whose head noun is a body's
    ("Commission", "Council") names that body, whatever title the parser put beside it."""
    return span.label_ == "ORG" and span.root.lemma_.lower() in speech_lexicon().body_nouns


def _looks_like_org(span: Span) -> bool:
    words = span.text.split()
    if re.search(r"-[a-z]+$", span.text):
        return False  # "Kazakh-brokered", "Red Cross-led": a modifier, not a name
    if span.text.isupper() and (len(span.text) > 6 or len(words) > 1):
        return False  # a crosshead, not an organisation
    return any(w[:1].isupper() for w in words)


def _abbreviations(doc: Doc) -> dict[str, str]:
    """"the Kenya Wildlife Service (KWS)": abbreviation → the name it stands for, as the text defines it."""
    cached = doc.user_data.get("wirecoder.abbreviations")
    if isinstance(cached, dict):
        return cached
    found: dict[str, str] = {}
    for tok in doc:
        if tok.text != "(" or tok.i + 2 >= len(doc) or doc[tok.i + 2].text != ")":
            continue
        abbr = doc[tok.i + 1].text
        if not (abbr.isupper() and abbr.isalpha() and 2 <= len(abbr) <= 8):
            continue
        name = _abbreviated_name(doc, tok.i, abbr)
        if name is not None:
            found[abbr] = name
    doc.user_data["wirecoder.abbreviations"] = found
    return found


def _abbreviated_name(doc: Doc, bracket: int, abbr: str) -> str | None:
    """The capitalised name before `bracket` whose initials `abbr` is made of."""
    words: list[Token] = []
    for prev in reversed(doc[max(0, bracket - len(abbr) - 3) : bracket]):
        if not (prev.text[:1].isupper() or prev.lower_ in ("of", "for", "and", "on", "the")):
            break
        words.insert(0, prev)
    while words and (not words[0].text[:1].isupper() or words[0].lower_ == "the"):
        words.pop(0)
    initials = "".join(w.text[0] for w in words if w.text[:1].isupper())
    if len(words) >= 2 and abbr[0] == words[0].text[0] and set(abbr) <= set(initials):
        return " ".join(w.text for w in words)
    return None
