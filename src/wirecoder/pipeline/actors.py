"""The actors stage: one actor per person, organisation and country the article talks about.

Raw NER is the start: its spans are re-typed by the document (a surname of a person named in
full is that person; a name after a personal title is a person) and by the knowledge tables
(countries, capitals, seats of power, organisations). Names, titles, descriptions, metonyms and
subject pronouns become mentions of one actor; roles and countries come from the words around
the names (see `roles`) and, failing those, from what the article says about the people near them.
"""

from __future__ import annotations

import re

from spacy.language import Language
from spacy.tokens import Doc, Span, Token

from wirecoder import names
from wirecoder.knowledge import lexicon
from wirecoder.knowledge.speech import is_reporting
from wirecoder.pipeline import coref, gazetteer, leaders, roles, storyhome
from wirecoder.pipeline.extensions import excluded_ids, token_actors
from wirecoder.pipeline.registry import ActorRegistry, Record

PERSON_LABELS = {"PERSON"}
NAME_LABELS = {"PERSON", "ORG", "GPE", "NORP", "LOC", "FAC", "PRODUCT", "WORK_OF_ART"}
_LOCATIVE = {"in", "at", "near", "outside", "inside", "around", "across", "throughout", "from", "via", "into", "through"}
_STRIP = {"the", "-", "–", "—", "'s", "’s", "'", "’"}


def find_actors(doc: Doc) -> ActorRegistry:
    reg = ActorRegistry(doc)
    doc._.registry = reg  # later steps ask it what a token already stands for
    people: list[Span] = []
    spans = [_short_form_of_org(doc, s) for s in _candidate_spans(doc)]
    full = [s for s in spans if s.label_ in PERSON_LABELS and len(s) > 1]
    surnames = {names.surname_key(s.text) for s in full}
    givens = {names.fold(w) for s in full for w in _name_parts(s.text.split())}
    for span in spans:
        if span.label_ not in PERSON_LABELS and any(names.fold(t.text) in surnames for t in span):
            continue  # "Trump" or "Trump and Zelenskiy" tagged ORG: the surname scan takes them
        if span not in full and names.surname_key(span.text) in surnames:
            continue  # "Lima" after "Carlos Lima", "Mensah-Boateng" alone: the person, not a place or firm
        if _surname_pair(span, surnames):
            continue  # "a Kanchev-Marinova government": two people named before, not a third
        if len(span) == 1 and span.label_ == "ORG" and names.fold(span.text) in givens \
                and not _shadowed_by_table(span.text) and not gazetteer.organization(span.text):
            continue  # "Wang" after "Wang Lihua": the surname scan reads it as the person
        if not _classify(reg, doc, span):
            people.append(span)
    _add_people(reg, doc, _not_places(people))
    _surname_mentions(reg, doc)
    _read_roles(reg, doc)
    _drop_title_words(reg)
    coref.descriptions(reg, doc)
    _agents(reg, doc)
    _infer_countries(reg, doc)
    _speakers_own_bodies(reg, doc)
    _drop_outlet(reg, doc)
    coref.pronouns(reg, doc)
    _counterpart_roles(reg, doc)
    return reg


def _surname_pair(span: Span, surnames: set[str]) -> bool:
    parts = [p for p in re.split(r"[-–]", span.text) if p]
    return len(parts) > 1 and all(names.surname_key(p) in surnames for p in parts)


def _trim(doc: Doc, span: Span) -> Span | None:
    start, end = span.start, span.end
    bracket = next((t.i for t in span if t.text in ("(", "[") and t.i > start), None)
    if bracket is not None:
        end = bracket  # "World Health Organization (WHO": the name stops at its abbreviation
    while start < end and (doc[start].lower_ in _STRIP or doc[start].is_punct or _function_word(doc[start])):
        start += 1
    while end > start and (doc[end - 1].lower_ in _STRIP or doc[end - 1].is_punct):
        end -= 1
    if start >= end:
        return None
    return doc[start:end]


def _function_word(tok: Token) -> bool:
    """"Neither Bishkek", "Both Russia": a leading function word NER swept into a name."""
    return tok.is_stop and tok.pos_ in ("DET", "CCONJ", "ADV", "PRON", "ADP", "SCONJ")


def _candidate_spans(doc: Doc) -> list[Span]:
    """NER spans plus gazetteer matches, outside credits, longest first where they overlap."""
    found: list[Span] = []
    excluded = excluded_ids(doc)
    consumed = -1
    for ent in doc.ents:
        if ent.label_ in NAME_LABELS and ent.start >= consumed:
            span = _trim(doc, Span(doc, ent.start, _of_country_end(doc, ent), label=ent.label_))
            consumed = span.end if span is not None else consumed
            if span is not None and ent.label_ == "PERSON":
                span = _start_of_name(doc, _rest_of_name(doc, span))
            if span is not None and not any(i in excluded for i in range(span.start, span.end)):
                found.append(Span(doc, span.start, span.end, label=ent.label_))
    found = _longer_table_names(doc, found, excluded)
    taken = {i for s in found for i in range(s.start, s.end)}
    found += _titled_names(doc, taken)
    taken = {i for s in found for i in range(s.start, s.end)}
    i = 0
    while i < len(doc):
        tok = doc[i]
        if i in taken or i in excluded or not tok.text[:1].isupper():
            i += 1
            continue
        for n in (4, 3, 2, 1):
            span = doc[i : i + n]
            if span.end > len(doc) or doc[span.end - 1].is_punct or any(j in taken for j in range(span.start, span.end)):
                continue
            text = span.text
            label = "GAZ" if gazetteer.seat(text) or gazetteer.country(text) or gazetteer.capital(text) \
                or gazetteer.organization(text) else "ORG" if n > 1 and _short_org_name(doc, span) else None
            if label:
                found.append(Span(doc, span.start, span.end, label=label))
                taken.update(range(span.start, span.end))
                i = span.end - 1
                break
        i += 1
    return sorted(found, key=lambda s: s.start)


def _of_country(span: Span) -> str | None:
    """"Electoral Commission of Zambia": the country a body's name ends with."""
    ofs = [t.i for t in span if t.lower_ == "of"]
    if not ofs:
        return None
    tail = span.doc[ofs[-1] + 1 : span.end]
    return roles.country_of_word(tail.text) if len(tail) else None


def _of_country_end(doc: Doc, ent: Span) -> int:
    """"the Electoral Commission of" + "Zambia": an organisation NER cut before the country it is of."""
    end = ent.end
    if ent.label_ != "ORG" or doc[end - 1].lower_ not in ("of", "for") or end >= len(doc) or doc[end].ent_type_ != "GPE":
        return end
    end += 1
    while end < len(doc) and doc[end].ent_iob_ == "I":
        end += 1
    return end


def _longer_table_names(doc: Doc, found: list[Span], excluded: dict[int, bool]) -> list[Span]:
    """An organisation of the tables named in several words wins over NER's shorter, overlapping pieces
    ("Doctors Without Borders", which NER splits into "Borders"; "Electoral Commission of Zambia")."""
    out = list(found)
    for ent in found:
        for start in range(max(0, ent.start - 3), ent.start + 1):
            for end in range(min(len(doc), ent.end + 3), ent.end - 1, -1):
                if end - start <= len(ent) or not doc[start].text[:1].isupper() or start in excluded \
                        or doc[end - 1].is_punct or doc[start].lower_ == "the":
                    continue
                text = doc[start:end].text
                if gazetteer.organization(text) is not None:
                    out = [s for s in out if s.end <= start or s.start >= end] + [Span(doc, start, end, label="GAZ")]
                    break
            else:
                continue
            break
    return out


def _rest_of_name(doc: Doc, span: Span) -> Span:
    """"Marc-André" + "Pelletier": NER stops a name at a hyphenated first name; the name goes on while
    its last word modifies the capitalised name word after it."""
    end = span.end
    while end < len(doc) and doc[end].pos_ == "PROPN" and doc[end].text[:1].isupper() and not doc[end].ent_type_ \
            and doc[end - 1].dep_ in ("compound", "flat") and doc[end - 1].head.i == end \
            and not gazetteer.is_title(doc[end].text) and not gazetteer.is_title_head(doc[end].text):
        end += 1
    return doc[span.start : end] if end > span.end else span


def _start_of_name(doc: Doc, span: Span) -> Span:
    """"Spokesman Dmitry" + "Ostapenko": NER may leave a first name out; it joins while it is a capitalised
    word compounded into the name that is no title, rank or place."""
    start = span.start
    while start > 0 and _name_word_before(doc[start - 1], span.end):
        start -= 1
    return doc[start : span.end] if start < span.start else span


def _name_word_before(tok: Token, end: int) -> bool:
    return (tok.pos_ == "PROPN" and tok.text[:1].isupper() and not tok.ent_type_ and tok.dep_ in ("compound", "flat")
            and tok.i < tok.head.i < end and tok.text.isalpha() and not tok.text.isupper()
            and not gazetteer.is_title(tok.text) and not gazetteer.is_title_head(tok.text)
            and tok.text.lower() not in names.HONORIFICS and not _shadowed_by_table(tok.text))


def _titled_names(doc: Doc, taken: set[int]) -> list[Span]:
    """Names NER missed but a title announces: "Chilean President Ana Soto"."""
    out = []
    excluded = excluded_ids(doc)
    i = 0
    while i < len(doc):
        tok = doc[i]
        if i in taken or i in excluded or tok.pos_ != "PROPN" or not tok.text[:1].isupper() \
                or gazetteer.is_title(tok.text) or tok.text.rstrip(".").lower() in names.HONORIFICS:
            i += 1
            continue
        if (rank := _title_words(doc, i)) > 1:
            i += rank  # "Major General Zaw Myo Tun": the rank is no part of the name, though "Major" alone is no title
            continue
        end = i
        while end < len(doc) and end - i < 3 and doc[end].pos_ == "PROPN" and doc[end].text[:1].isupper() \
                and end not in taken:
            end += 1
        span = doc[i:end]
        if len(span) >= 2 and roles.pre_title(doc, span).role and not gazetteer.is_title(span.text) \
                and not _shadowed_by_table(span.text) and not gazetteer.organization(span.text):
            out.append(Span(doc, i, end, label="PERSON"))
        i = max(end, i + 1)
    return out


def _title_words(doc: Doc, i: int) -> int:
    """How many words from `i` on make a title together ("Major General", "Lieutenant Colonel"); 0 for none."""
    return next((k for k in (3, 2) if i + k <= len(doc) and gazetteer.is_title(doc[i : i + k].text)), 0)


_TRAVEL = {"travel", "fly", "go", "head", "return", "come", "move", "trip", "visit", "journey", "flight", "arrive",
           "relocate", "drive", "sail"}
_PLACE_SUFFIXES = {"based", "born", "headquartered", "bound", "registered"}


def _is_place(tok: Token) -> bool:
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


def _classify(reg: ActorRegistry, doc: Doc, span: Span) -> bool:
    """Add a non-person span to the registry; False when it is a person (or may be one)."""
    text = span.text
    if _is_place_name(doc, text):
        return True
    if span.label_ in ("PERSON", "NORP", "PRODUCT", "WORK_OF_ART") and not _shadowed_by_table(text) \
            and (noun := _org_noun_beside(span)) is not None:
        sector = gazetteer.org_nouns()[noun.lemma_.lower()]
        rec = reg.add(f"org:{names.name_key(text)}", text, "organization", span.start,
                      _modifier_country(noun) or _dateline_country(doc, single=True), sector)
        reg.mention(rec, span, "name")
        return True
    if span.label_ in PERSON_LABELS and text in _things_named(doc):
        return True  # "another border temple, Wat Khao Lek": a place NER took for a person
    if span.label_ in PERSON_LABELS and not _shadowed_by_table(text):
        return False
    if text.islower():
        return True  # "the trade union congress": a common noun NER took for a name
    seat = gazetteer.seat(text)
    if seat:
        if _is_place(span.root):
            return True
        home = _dateline_country(doc, single=True)
        if text.lower() in _SHARED_SEAT_NAMES and home and home != seat.country:
            # "Congress" in a story from Brasilia is Brazil's: several countries name a body so
            rec = reg.add(f"org:{text.lower()}@{home}", text, "organization", span.start, home, seat.sector)
            reg.mention(rec, span, "name")
            return True
        rec = reg.add(f"seat:{seat.name.lower()}", seat.name, "organization", span.start, seat.country, seat.sector)
        reg.mention(rec, span, "metonym")
        return True
    org = gazetteer.organization(text)
    if org:
        kind = "group" if org.kind == "group" else "organization"
        rec = reg.add(f"org:{org.name.lower()}", org.name, kind, span.start, org.country, org.sector)  # type: ignore[arg-type]
        reg.mention(rec, span, "name")
        return True
    place = gazetteer.country(text)
    if place:
        rec = reg.add(f"country:{place.alpha3}", place.name, "country", span.start, place.alpha3)
        reg.mention(rec, span, "name")
        return True
    cap = gazetteer.capital(text)
    if cap:
        if not _is_place(span.root) and not text.isupper():
            rec = reg.add(f"country:{cap}", gazetteer.country_name(cap), "country", span.start, cap)
            reg.mention(rec, span, "metonym")
        return True
    if gazetteer.demonym(text):
        return True
    if span.label_ in ("ORG", "GPE", "NORP", "LOC", "PRODUCT", "WORK_OF_ART") and _org_noun_beside(span) is None and (
        roles.pre_title(doc, span).role or roles.apposition(doc, span).role
    ):
        return False  # "President X", "his counterpart, X": a person whatever NER said
    if span.end < len(doc) and gazetteer.is_title(f"{text} {doc[span.end].text}") and not gazetteer.is_title(text):
        return True  # "The Home Secretary": the first word of a title, whatever NER said
    if span.label_ == "ORG" and _looks_like_org(span) and not _of_a_place(span.root) and not _in_the_place(span) \
            and not _names_a_thing(span) and text not in _things_named(doc):  # "the Amazon city of X", "temple, X"
        country = roles.country_of_word(span[0].text) or (
            roles.country_of_word(f"{span[0].text} {span[1].text}") if len(span) > 2 else None) or _of_country(span)
        if country is None and span[-1].lemma_.lower() in _NATIONAL_BODIES:
            # "The Interior Ministry said", "Russia's Foreign Ministry": its possessor's, else the dateline's
            head = span.root.head if span.root.dep_ == "compound" else span.root  # "Russia's Foreign Ministry spokeswoman"
            country = _modifier_country(span.root) or _modifier_country(head) or _dateline_country(doc, single=True)
        country = country or _possessor_country(span)
        if country is None and (span[-1].lemma_.lower() == "party" or (
                span.start > 0 and doc[span.start - 1].lower_ in ("ruling", "opposition"))):
            country = _dateline_country(doc, single=True)  # "the ruling X Party": a party of the story's country
        sector = gazetteer.agent_nouns().get(span[-1].lemma_.lower(), {}).get("sector") if country else None
        full = _abbreviations(doc).get(text) or _longer_org_name(doc, text)
        key = f"org:{names.name_key(full or text)}"
        rec = reg.add(key, full or text, "organization", span.start, country, sector)
        reg.mention(rec, span, "name")
        return True
    return True  # places, products, crossheads: not actors


def _longer_org_name(doc: Doc, text: str) -> str | None:
    """"Golden Lotus" after "Golden Lotus Aviation Services": the organisation's full name, as NER read it."""
    cached = doc.user_data.get("wirecoder.org_names")
    if not isinstance(cached, list):
        cached = doc.user_data["wirecoder.org_names"] = [e.text for e in doc.ents if e.label_ == "ORG" and len(e) > 1]
    return next((name for name in cached if name.startswith(text + " ")), None)


def _short_org_name(doc: Doc, span: Span) -> bool:
    """"Coral Bay" after "Coral Bay Shipping Lines", where NER saw no name: the organisation, short; not
    when the short form is a body of its own ("Supreme Court" of "Supreme Court Bar Association")."""
    last = span[-1].lemma_.lower()
    if last in roles.BODY_NOUNS or last in gazetteer.agent_nouns() or gazetteer.is_title_head(last):
        return False
    return all(t.text[:1].isupper() and t.is_alpha for t in span) and _longer_org_name(doc, span.text) is not None


def _short_form_of_org(doc: Doc, span: Span) -> Span:
    """A "person" whose name opens an organisation's longer name is that organisation, short."""
    if span.label_ != "PERSON" or _longer_org_name(doc, span.text) is None \
            or roles.pre_title(doc, span).role or roles.apposition(doc, span).role:
        return span
    return Span(doc, span.start, span.end, label="ORG")


def _org_noun_beside(span: Span) -> Token | None:
    """"the state fishing company X", "X, a charity,": a noun in apposition says the name is an organisation."""
    root = span.root
    nouns = [c for c in root.children if c.dep_ == "appos" and c.i >= span.end]
    if root.dep_ == "appos" and root.head.i < span.start:
        nouns.append(root.head)
    if span.start > 0 and span.doc[span.start - 1].is_lower:
        nouns.append(span.doc[span.start - 1])  # "the charity X": the noun right before the name
    return next((n for n in nouns if n.pos_ == "NOUN" and n.lemma_.lower() in gazetteer.org_nouns()), None)


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
        words: list[Token] = []
        for prev in reversed(doc[max(0, tok.i - len(abbr) - 3) : tok.i]):
            if not (prev.text[:1].isupper() or prev.lower_ in ("of", "for", "and", "on", "the")):
                break
            words.insert(0, prev)
        while words and (not words[0].text[:1].isupper() or words[0].lower_ == "the"):
            words.pop(0)
        initials = "".join(w.text[0] for w in words if w.text[:1].isupper())
        if len(words) >= 2 and abbr[0] == words[0].text[0] and set(abbr) <= set(initials):
            found[abbr] = " ".join(w.text for w in words)
    doc.user_data["wirecoder.abbreviations"] = found
    return found


# Bodies several countries name alike: the table's entry holds only when the story is from there.
_SHARED_SEAT_NAMES = {"congress"}


def _is_place_name(doc: Doc, text: str) -> bool:
    """Dateline places and compound demonyms ("Kyrgyz-Tajik") are never actors."""
    credits = doc._.credits
    if credits and text.lower() in {p.lower() for p in credits.dateline} and not _shadowed_by_table(text):
        return True
    if gazetteer.region(text)[0]:
        return True
    if gazetteer.city(text) and not _shadowed_by_table(text) and not gazetteer.organization(text):
        return True
    parts = re.split(r"[-–]", text)
    return len(parts) > 1 and all(gazetteer.demonym(p) or gazetteer.country(p) for p in parts)


def _shadowed_by_table(text: str) -> bool:
    """A PERSON span that is really a capital, country or seat of power ("Kyiv" tagged PERSON)."""
    return bool(gazetteer.capital(text) or gazetteer.country(text) or gazetteer.seat(text) or gazetteer.demonym(text))


def _looks_like_org(span: Span) -> bool:
    words = span.text.split()
    if re.search(r"-[a-z]+$", span.text):
        return False  # "Kazakh-brokered", "Red Cross-led": a modifier, not a name
    if span.text.isupper() and (len(span.text) > 6 or len(words) > 1):
        return False  # a crosshead, not an organisation
    return any(w[:1].isupper() for w in words)


def _person_name(doc: Doc, span: Span) -> Span | None:
    """The name itself: titles, honorifics and possessive endings trimmed off."""
    start, end = span.start, span.end
    while end - start > 1 and (
        gazetteer.is_title(doc[start].text) or doc[start].lower_.rstrip(".") in names.HONORIFICS
    ):
        start += 1
    trimmed = _trim(doc, doc[start:end])
    if trimmed is None or not any(t.text[:1].isupper() for t in trimmed):
        return None
    if len(trimmed) == 1 and (trimmed[0].is_stop or (trimmed[0].pos_ in ("VERB", "ADJ") and not trimmed[0].text.istitle())):
        return None
    return trimmed


_PLACE_PREPS = {"in", "near", "outside", "inside", "around", "throughout", "into", "across"}


def _not_places(spans: list[Span]) -> list[Span]:
    """Drop "people" that only ever appear as where something happens ("deaths in Kara-Bulak")."""
    uses: dict[str, list[bool]] = {}
    for span in spans:
        uses.setdefault(names.name_key(span.text), []).append(_as_place(span.root))
    return [s for s in spans if not all(uses[names.name_key(s.text)])]


# Nouns whose "of X" names a place: "the village of X", "residents of X", "the outskirts of X".
_PLACE_OF = {"village", "town", "city", "hamlet", "settlement", "district", "province", "region", "county",
             "outskirts", "suburb", "suburbs", "resident", "inhabitant", "port", "enclave", "municipality",
             "neighbourhood", "neighborhood", "streets", "centre", "center", "villager", "townspeople",
             "displaced", "mayor", "governor", "ruins", "edge", "area", "outpost"}
# Plural only: "the families of X" are a place's, "the family of X" a person's.
_PLACE_OF_PLURALS = {"families", "people", "citizens", "children", "farmers", "shopkeepers"}


def _as_place(root: Token) -> bool:
    """The name is where something is: "deaths in X", "the village of X", "residents of X"."""
    return (root.dep_ == "pobj" and root.head.lower_ in _PLACE_PREPS) or _of_a_place(root)


def _in_the_place(span: Span) -> bool:
    """"illegal logging in the Amazon", "across the Sahel": "in the X" names a place, not a firm."""
    root, doc = span.root, span.doc
    return (root.dep_ == "pobj" and root.head.lower_ in _PLACE_PREPS and span.start > 0
            and doc[span.start - 1].lower_ == "the" and len(span) == 1)


def _of_a_place(root: Token) -> bool:
    """"the village of X", "residents of X": the name of a place, whatever NER called it."""
    prep = root.head
    return root.dep_ == "pobj" and prep.lower_ == "of" and (
        prep.head.lemma_.lower() in _PLACE_OF or prep.head.lower_ in _PLACE_OF_PLURALS)


_THINGS = {"town", "city", "village", "airport", "street", "square", "avenue", "university", "hospital", "stadium", "bridge", "prize",
           "foundation", "center", "centre", "institute", "school", "road", "highway", "port", "station",
           "doctrine", "plan", "award", "building", "palace", "mosque", "church", "cathedral", "museum", "temple",
           "shrine", "monastery", "pagoda", "dam", "oilfield", "camp", "crossing"}


def _things_named(doc: Doc) -> set[str]:
    """Names the article once puts beside a place or thing noun: no mention of them is an actor."""
    cached = doc.user_data.get("wirecoder.things_named")
    if not isinstance(cached, set):
        cached = doc.user_data["wirecoder.things_named"] = {
            e.text for e in doc.ents if (e.label_ == "ORG" and _thing_beside(e, _THINGS | _PLACE_OF))
            or (e.label_ == "PERSON" and _thing_beside(e, _STRUCTURES))}
    return cached


# Structures no person is put in apposition to ("the border temple, X"), unlike "the camp, X" (its spokesman?).
_STRUCTURES = {"temple", "shrine", "monastery", "pagoda", "mosque", "church", "cathedral", "airport", "dam", "bridge",
               "stadium", "museum", "palace"}


def _thing_beside(span: Span, kinds: set[str]) -> bool:
    """"another border temple, Preah Vihear": a name in apposition to a place or a thing names it."""
    root = span.root
    nouns = [c for c in root.children if c.dep_ == "appos" and c.i >= span.end]
    if root.dep_ == "appos" and root.head.i < span.start:
        nouns.append(root.head)
    if span.start >= 2 and span.doc[span.start - 1].text == ",":
        nouns.append(span.doc[span.start - 2])  # the apposition the parser missed
    return any(n.pos_ == "NOUN" and n.lemma_.lower() in kinds for n in nouns)


def _names_a_thing(span: Span) -> bool:
    """"Imam Khomeini airport", "Nobel Prize": a name that modifies a noun names a thing."""
    root = span.root
    return root.dep_ in ("compound", "nmod") and root.head.lemma_.lower() in _THINGS


def _vouched(doc: Doc, span: Span) -> bool:
    """A lone name is a person if it recurs, or a title or apposition says so ("said Mr. X" counts once)."""
    count = _capitalised_counts(doc).get(names.fold(span.text), 0)
    return count >= 2 or bool(roles.pre_title(doc, span).role or roles.apposition(doc, span).role)


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


def _not_a_lone_name(tok: Token) -> bool:
    """A one-word "PERSON" that is a word, not a name ("Western countries", "Writing")."""
    if tok.is_stop or tok.pos_ in ("VERB", "ADJ", "ADV") or tok.text.isupper():
        return True
    if tok.text.rstrip(".").lower() in names.HONORIFICS:
        return True  # "Brig." or "Gen." cut off from the name
    if tok.pos_ == "NOUN" and tok.is_sent_start:
        return True  # "Turnout was 38.6%": a capitalised common noun
    nxt = tok.nbor(1) if tok.i + 1 < len(tok.doc) else None
    return tok.dep_ in ("amod", "compound") and nxt is not None and nxt.tag_ == "NNS"


def _add_people(reg: ActorRegistry, doc: Doc, spans: list[Span]) -> None:
    credited = {names.name_key(n) for n in (doc._.credits.credited if doc._.credits else [])}
    named = [s for s in (_person_name(doc, s) for s in spans) if s is not None]
    named = [s for s in named if names.name_key(s.text) not in credited]  # reporters, wherever they appear
    named = [s for s in named if not _names_a_thing(s)]
    full = {names.surname_key(s.text) for s in named if len(s) > 1}
    named = [s for s in named if len(s) > 1 or names.surname_key(s.text) in full or _vouched(doc, s)]
    # Full names first, so a lone surname finds the person it belongs to.
    for span in sorted(named, key=lambda s: (len(s) == 1, s.start)):
        rec = _person_for(reg, span.text, span.start)
        reg.mention(rec, span, "name")
        if len(span.text.split()) > len(rec.actor.name.split()):
            rec.actor.name = names.clean_name(span.text)


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
    return reg.add(f"person:{names.name_key(clean)}", clean, "person", start)


def _surname_mentions(reg: ActorRegistry, doc: Doc) -> None:
    """Every other use of a known person's surname is that person (NER often calls it ORG)."""
    people = [r for r in reg.records.values() if r.actor.kind == "person"]
    keys: dict[str, list[Record]] = {}
    for rec in people:
        keys.setdefault(names.surname_key(rec.actor.name), []).append(rec)
    for key, rec in _given_names(people).items():
        keys.setdefault(key, [rec])  # "Wang" for Wang Lihua, "Kim" for Kim Jong Un: names written surname first
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


def _given_names(people: list[Record]) -> dict[str, Record]:
    """The first word of each two- or three-word name that no other person shares and that names no
    place or organisation of the tables."""
    found: dict[str, list[tuple[Record, str]]] = {}
    surnames = {names.surname_key(r.actor.name) for r in people}
    for rec in people:
        for word in _name_parts(rec.actor.name.split()):
            found.setdefault(names.fold(word), []).append((rec, word))
    return {key: hits[0][0] for key, hits in found.items()
            if len({id(r) for r, _ in hits}) == 1 and key not in surnames and not _shadowed_by_table(hits[0][1])
            and not gazetteer.organization(hits[0][1])}


def _name_parts(words: list[str]) -> list[str]:
    """The words of a full name other than its surname that may stand for the person alone: the
    first ("Kim", "Wang"), and in names of four words or more the inner ones ("Lula" of Luiz Inacio
    Lula da Silva)."""
    if len(words) < 2:
        return []
    parts = words[:1] if len(words) <= 3 else [w for w in words[:-1] if w.lower() not in names.PARTICLES]
    return [w for w in parts if w[:1].isupper() and w.isalpha() and len(w) >= 3]


def _read_roles(reg: ActorRegistry, doc: Doc) -> None:
    for rec in [r for r in reg.records.values() if r.actor.kind == "person"]:
        for mention in list(rec.actor.mentions):
            span = doc.char_span(mention.start, mention.end, alignment_mode="expand")
            if span is None:
                continue
            for ctx in (*_titles_before(doc, span), roles.apposition(doc, span), roles.relative_office(doc, span)):
                if not ctx.role:
                    continue
                role = ctx.role
                if role.split()[-1].lower() == "counterpart":
                    # "his Greek counterpart, Y": no office by itself; Y holds the office of the one
                    # "his" stands for, read once pronouns are resolved (`_counterpart_roles`)
                    rec.counterpart = _counterpart_noun(doc, span).i
                else:
                    reg.add_role(rec, role)
                if ctx.country and not rec.explicit_country:
                    rec.actor.country, rec.explicit_country = ctx.country, True
                if ctx.possessor is not None and rec.possessor is None:
                    rec.possessor = ctx.possessor
                if ctx.start is not None and ctx.start < span.start and not ctx.appositive:
                    reg.mention(rec, doc[ctx.start : span.start], "title", alias=False)
                elif ctx.start is not None and ctx.end is not None and ctx.end <= span.start:
                    # "Its chief in Sudan, X, said": the title noun the verb's subject is, whoever the parser hung X on
                    reg.mention(rec, doc[ctx.start : ctx.end], "title", alias=False)
                sector = ctx.sector or gazetteer.sector_of_title(ctx.role)
                if sector == "IGO" and ctx.org is None and "party" in ctx.role.lower().split():
                    sector = "PTY"  # "party secretary general": a party office, not the UN's
                rec.actor.sector = rec.actor.sector or sector
            if not rec.explicit_country and (found := roles.country_after(span)):
                rec.actor.country, rec.explicit_country = found, True


def _sentence_before(doc: Doc, start: int) -> int:
    """Where the sentence before the one starting at `start` starts, passing over paragraph breaks and
    stray closing quotes the parser made sentences of."""
    floor = start
    while floor > 0:
        floor = doc[floor - 1].sent.start
        if any(t.is_alpha for t in doc[floor:start]):
            break
    return floor


def _titles_before(doc: Doc, span: Span) -> list[roles.Context]:
    """The title before a name and the one before that title ("deputy defence minister Major General X")."""
    first = roles.pre_title(doc, span)
    if not first.role or first.start is None or first.start >= span.start:
        return [first]
    return [first, roles.pre_title(doc, doc[first.start : span.end])]


def _counterpart_noun(doc: Doc, name: Span) -> Token:
    return next((t for t in reversed(doc[max(0, name.start - 6) : name.start]) if t.lemma_.lower() == "counterpart"),
                name.root.head)


def _counterpart_roles(reg: ActorRegistry, doc: Doc) -> None:
    """"Foreign Minister X and his Greek counterpart, Y": Y holds X's office in another country."""
    for rec in list(reg.records.values()):
        if rec.counterpart is None:
            continue
        other = _counterpart_owner(reg, doc[rec.counterpart], rec)
        if other is None or other.actor.kind != "person" or not other.actor.roles:
            continue
        role = other.actor.roles[0]
        if gazetteer.title_country(role) not in (None, rec.actor.country):
            role = gazetteer.generic_title(role)  # the Foreign Secretary's Iranian counterpart: a foreign minister
        if not rec.actor.roles:
            reg.add_role(rec, role)  # a named office of its own wins ("counterpart, Foreign Secretary Y")
        rec.actor.sector = rec.actor.sector or other.actor.sector


def _counterpart_owner(reg: ActorRegistry, noun: Token, rec: Record) -> Record | None:
    """Whose counterpart: the first conjunct ("X and his counterpart"), else the subject of the clause the
    noun sits in ("She spoke with her Chinese counterpart": she), else the person named last before it."""
    if noun.dep_ == "conj":
        return reg.of_token(noun.head.i)
    doc = noun.doc
    head = noun
    while head.head.i != head.i:
        head = head.head
        subjects = [c for c in head.children if c.dep_ in ("nsubj", "nsubjpass") and c.i < noun.i]
        if not subjects and head.dep_ == "conj":
            subjects = [c for c in head.head.children if c.dep_ in ("nsubj", "nsubjpass")]
        for subj in subjects:
            found = [reg.records[a] for t in (subj, *subj.children) for a in t._.actors if a in reg.records]
            people = [r for r in found if r.actor.kind == "person" and r is not rec]
            if people:
                return people[0]
        if subjects:
            break
    if not any(c.dep_ == "poss" and c.lower_ in ("his", "her") for c in noun.children):
        return None
    ids = token_actors(doc)
    floor = _sentence_before(doc, noun.sent.start)  # "X said ... Her Tajik counterpart, Y"
    people = [reg.records[a] for i in range(floor, noun.i) for a in ids.get(i, ())
              if a in reg.records and reg.records[a].actor.kind == "person" and reg.records[a] is not rec]
    return people[-1] if people else None


def _drop_outlet(reg: ActorRegistry, doc: Doc) -> None:
    """The outlet that publishes the story ("an AFP correspondent") is its author, never an actor."""
    credits = doc._.credits
    outlet = (credits.outlet if credits else None) or ""
    org = gazetteer.organization(outlet) if outlet else None
    forms = {outlet.lower(), (org.name.lower() if org else "")} - {""}
    for rec in list(reg.records.values()):
        named = {rec.actor.name.lower(), *(a.lower() for a in rec.actor.aliases)}
        if rec.actor.kind == "organization" and rec.actor.sector in ("MED", None) and named & forms:
            reg.remove(rec)
        elif rec.actor.kind == "organization" and rec.actor.sector in ("MED", None) \
                and rec.actor.name.split()[-1].lower() in _PAPERS and all(_told(doc, m.start) for m in rec.actor.mentions):
            reg.remove(rec)  # "she told the Tribune": the paper that heard it, not a party to the story


# Last words of newspaper and broadcaster names.
_PAPERS = {"tribune", "times", "post", "journal", "herald", "gazette", "news", "telegraph", "guardian", "observer",
           "chronicle", "independent", "express", "mail", "standard", "star", "daily", "monitor", "nation",
           "reuters", "radio", "television", "tv", "broadcaster", "agency", "bbc", "cnn"}


def _told(doc: Doc, char: int) -> bool:
    """The mention is who was told: "told the Tribune", "said in an interview with the Post"."""
    tok = next((t for t in doc if t.idx == char), None)
    if tok is None:
        return False
    while tok.dep_ in ("compound", "det") and tok.head.i != tok.i:
        tok = tok.head
    head = tok.head
    if tok.dep_ in ("dobj", "dative") and head.lemma_ in ("tell", "say"):
        return True
    return tok.dep_ == "pobj" and head.lower_ in ("with", "to") and head.head.lemma_ in ("interview", "say", "speak")


def _drop_title_words(reg: ActorRegistry) -> None:
    """"Secretary of State X": NER's "State" is part of a title, not an organisation."""
    titled = {i for r in reg.records.values() if r.actor.kind == "person"
              for m in r.actor.mentions if m.how == "title" for i in range(m.start, m.end)}
    for rec in list(reg.records.values()):
        loose = rec.actor.kind == "organization" and rec.key.startswith("org:") and rec.actor.sector is None
        lone = rec.actor.kind == "person" and len(rec.actor.name.split()) == 1
        if loose or lone:
            rec.actor.mentions = [m for m in rec.actor.mentions if m.start not in titled]
            if not rec.actor.mentions:
                reg.remove(rec)


def _agents(reg: ActorRegistry, doc: Doc) -> None:
    """Collective agents tied to a country: "Russian troops", "Ukraine's foreign ministry", "the police"."""
    table = gazetteer.agent_nouns()
    home = _dateline_country(doc)
    excluded, ids = excluded_ids(doc), token_actors(doc)
    for tok in doc:
        if tok.i in ids or tok.i in excluded or tok.pos_ not in ("NOUN", "PROPN"):
            continue
        lemma = names.singular(tok.lower_) if tok.pos_ == "PROPN" else tok.lemma_.lower()
        entry = table.get(lemma)
        if not entry or tok.lemma_.startswith("_"):
            continue
        if entry.get("modified") and tok.tag_ not in ("NNS", "NNPS") and not any(
                c.dep_ in ("compound", "amod") for c in tok.lefts):
            continue  # "will not lower its guard": a word that names a body only as "coast guard", "guards"
        if any(c.i in ids for c in tok.lefts if c.dep_ in ("compound", "poss", "nmod")) and _modifier_country(tok) is None:
            continue  # "M23 fighters", "the group's militants": the named group stands for them
        if _sides_of(reg, tok, entry):
            continue
        country = _modifier_country(tok) or (_its_country(tok) if entry["sector"] in ("MIL", "COP", "GOV") else None) \
            or _craft_country(tok)
        owner = _possessor_person(tok)
        if owner is not None or _names_a_person(tok):
            continue  # "Zelenskiy's office" (the person's), "China's top diplomat, Wang Yi" (a title)
        if country is None and ((_definite(tok) and lemma in _NATIONAL_BODIES)
                                or entry["sector"] in ("CVL", "COP", "OPP", "LAB", "EDU", "HLH")
                                or _state_forces(tok)):
            country = home  # wire style: "the foreign ministry said", "protesters", "security forces": the dateline's
        if country is None and not _unaffiliated_doer(tok, entry["sector"]) and tok.lower_ not in (
                "police", "protesters", "demonstrators", "rebels", "militants"):
            continue  # officials need a country; armed men with none only when they act
        mods = [c for c in tok.lefts if c.dep_ in ("amod", "compound", "poss") and c.pos_ != "PRON"]
        if _craft_country(tok):
            mods += [c for c in tok.head.lefts if c.dep_ == "amod" and c.i < tok.i and roles.country_of_word(c.text)]
        start = min([tok.i, *(m.left_edge.i for m in mods)])  # "Ivory Coast's interior ministry", whole
        span = doc[start : tok.i + 1]
        sector = entry["sector"]
        words = [t.lemma_.lower() for t in span if not roles.country_of_word(t.text) and t.dep_ != "case"]
        key = f"agent:{country}:{' '.join(words)}"
        name = span.text  # "Russian troops", "Masked attackers", "suicide bomber"
        rec = reg.add(key, name, entry["kind"], tok.i, country, sector)  # type: ignore[arg-type]
        reg.mention(rec, span, "description")


def _sides_of(reg: ActorRegistry, tok: Token, entry: dict[str, str]) -> bool:
    """"Egyptian and Sudanese officials", "U.S. and Iranian negotiators": one body of each country, both
    standing for the phrase (so "held talks" is between them)."""
    first = next((c for c in tok.lefts if c.dep_ in ("amod", "compound", "nmod") and
                  any(k.dep_ == "conj" for k in c.children)), None)
    words = [first, *(k for k in first.subtree if k.dep_ == "conj")] if first is not None else []
    countries = [(w, roles.country_of_word(w.text)) for w in words]
    if len(countries) < 2 or any(c is None for _, c in countries) or len({c for _, c in countries}) < 2:
        return False
    span = tok.doc[words[0].i : tok.i + 1]
    ids = []
    for word, country in countries:
        rec = reg.add(f"agent:{country}:{tok.lemma_.lower()}", f"{word.text} {tok.text}",
                      entry["kind"], tok.i, country, entry["sector"])  # type: ignore[arg-type]
        reg.mention(rec, span, "description")
        ids.append(rec.actor.id)
    for t in span:
        t._.actors = tuple(ids)
    return True


_NATIONAL_BODIES = {"ministry", "government", "army", "military", "police", "authority", "cabinet", "parliament",
                    "navy", "administration", "court"}


def _speakers_own_bodies(reg: ActorRegistry, doc: Doc) -> None:
    """"X's spokesman said the government respects ...": a bare "the government" in what a foreign official
    reports is that official's government, not the dateline's (the country it took by default)."""
    home = _dateline_country(doc)
    for rec in [r for r in reg.records.values() if r.key.startswith(f"agent:{home}:")]:
        if len(rec.actor.mentions) != 1 or rec.actor.kind != "organization":
            continue
        span = doc.char_span(rec.actor.mentions[0].start, rec.actor.mentions[0].end, alignment_mode="expand")
        if span is None or len(span) != 1 or not _definite(span.root) or span.root.lemma_.lower() not in _NATIONAL_BODIES:
            continue
        speaker = _reporting_person(span.root)
        if speaker is not None and speaker.actor.country and speaker.actor.country != home:
            rec.actor.country = speaker.actor.country


def _reporting_person(tok: Token) -> Record | None:
    """The person whose reported clause `tok` lies in ("X said that ... tok ...")."""
    reg = tok.doc._.registry
    node = tok
    while node.head.i != node.i:
        if node.dep_ == "ccomp" and is_reporting(node.head.lemma_):
            subj = next((c for c in node.head.children if c.dep_ in ("nsubj", "nsubjpass")), None)
            marks = token_actors(tok.doc)
            ids = () if subj is None else marks.get(subj.i) or next(
                (marks[c.i] for c in subj.children if c.dep_ in ("appos", "compound", "flat") and c.i in marks), ())
            found = [reg.records[a] for a in ids if a in reg.records]
            return found[0] if found and found[0].actor.kind == "person" else None
        node = node.head
    return None


def _unaffiliated_doer(tok: Token, sector: str) -> bool:
    """"Gunmen killed five people", "an attack by jihadists": armed men or criminals no country owns, as
    the doers of the sentence (not "killing eight fighters", not "the rebel group", not "their fighters")."""
    if sector not in ("REB", "CRM") or tok.dep_ == "compound":
        return False
    if tok.lemma_.lower() in lexicon.words("assailant_nouns") or names.singular(tok.lower_) in lexicon.words("assailant_nouns"):
        return False  # attackers: the events stage gives them the country they strike in, or whoever claims them
    if any(c.dep_ == "poss" for c in tok.children):
        return False
    return tok.dep_ in ("nsubj", "nsubjpass") or (tok.dep_ == "pobj" and tok.head.lower_ == "by")


def _state_forces(tok: Token) -> bool:
    """"security forces", "government troops": the state's own armed men, whoever's dateline it is."""
    return tok.lemma_.lower() in ("force", "troop", "troops", "soldier") and any(
        c.lower_ in ("security", "government", "state", "federal", "national") for c in tok.lefts)


def _definite(tok: Token) -> bool:
    if tok.lower_ in ("authorities", "police"):
        return True
    return tok.tag_ != "NNS" and any(c.dep_ == "det" and c.lower_ == "the" for c in tok.lefts)


def _modifier_country(tok: Token) -> str | None:
    for child in tok.lefts:
        if child.dep_ in ("amod", "compound", "poss", "nmod"):
            whole = "".join(t.text_with_ws for t in child.subtree if t.dep_ != "case").strip()
            found = roles.country_of_word(whole) or roles.country_of_word(child.text) or _actor_country(child)
            if found:
                return found
    return None


def _possessor_country(span: Span) -> str | None:
    """"Nigeria's National Assembly": the country that possesses a named body."""
    for child in span.root.lefts:
        if child.dep_ == "poss" and child.i < span.start and (found := roles.country_of_word(child.text) or _actor_country(child)):
            return found
    return None


# Craft an agent is named on ("a Chinese coast guard vessel"): the demonym on the craft is the agent's.
_CRAFT = {"vessel", "ship", "boat", "cutter", "aircraft", "plane", "helicopter", "vehicle", "jet", "drone", "patrol"}


def _craft_country(tok: Token) -> str | None:
    if tok.dep_ != "compound" or tok.head.lemma_.lower() not in _CRAFT:
        return None
    return _modifier_country(tok.head)


def _its_country(tok: Token) -> str | None:
    """"prompting Belgrade to put its army on alert": "its" is the country named last before it in the sentence."""
    if not any(c.dep_ == "poss" and c.lower_ == "its" for c in tok.lefts):
        return None
    for prev in reversed(tok.doc[tok.sent.start : tok.i]):
        if (found := _actor_country(prev)) is not None:
            return found
    return None


def _actor_country(tok: Token) -> str | None:
    doc = tok.doc
    if tok._.actors and doc._.registry is not None:
        rec = doc._.registry.records.get(tok._.actors[0])
        if rec and rec.actor.kind in ("country",):
            return rec.actor.country
    seat = gazetteer.seat(tok.text)
    return seat.country if seat else None


def _names_a_person(tok: Token) -> bool:
    """A noun in apposition with a person's name is that person's title."""
    near = [c for c in tok.children if c.dep_ == "appos"]
    if tok.dep_ == "appos":
        near.append(tok.head)
    reg = tok.doc._.registry
    for other in near:
        for actor_id in other._.actors:
            rec = reg.records.get(actor_id) if reg is not None else None
            if rec is not None and rec.actor.kind == "person":
                return True
    return False


def _possessor_person(tok: Token) -> Token | None:
    """"Zelenskiy's office": a possessor NER calls a person and the tables do not call a country."""
    for child in tok.lefts:
        if child.dep_ == "poss" and child.ent_type_ == "PERSON" and not _actor_country(child):
            return child
    return None


def _infer_countries(reg: ActorRegistry, doc: Doc) -> None:
    """Countries the text gives indirectly: possessors, title wording, lists of officials, the dateline."""
    people = [r for r in reg.records.values() if r.actor.kind == "person"]
    for _ in range(4):  # each pass may give a country the next pass passes on
        for rec in people:
            _leader_of_possessed(reg, rec)
            if rec.actor.country:
                continue
            if rec.possessor is not None:
                owner = _owner(reg, rec)
                if owner and owner.actor.country:
                    rec.actor.country = owner.actor.country
                    continue
                if owner and owner.actor.sector == "IGO":
                    rec.actor.sector = "IGO"  # an international body's official has no country
                    continue
            for role in rec.actor.roles:
                found = gazetteer.title_country(role) or _org_country(role)
                if found:
                    rec.actor.country = found
                    break
    for rec in people:
        if not rec.actor.country and not rec.actor.sector and any(
                (org := _role_org(role)) is not None and org.sector == "IGO" for role in rec.actor.roles):
            rec.actor.sector = "IGO"  # "the United Nations humanitarian chief": an international official
        if not rec.actor.country and rec.actor.sector != "IGO":
            rec.actor.country = coref.country_from_company(reg, doc, rec) or _clause_country(reg, doc, rec) \
                or _scene_country(doc, rec) or _envoy_country(doc, rec) or _spokesperson_country(reg, doc, rec) \
                or _ministry_country(reg, doc, rec) or leaders.reported_home(reg, doc, rec)
    for rec in people:  # "His spokeswoman": the owner may have got a country only just now
        if not rec.actor.country and rec.possessor is not None and (owner := _owner(reg, rec)) is not None:
            rec.actor.country = owner.actor.country
    home = _dateline_country(doc, single=True) or _seat_home(reg, doc)
    for rec in [r for r in people if not _in_exile(doc, r)]:
        # wire copy quotes the dateline's own people unless it says otherwise
        if not rec.actor.country and home and rec.actor.sector != "IGO":
            rec.actor.country = home


def _in_exile(doc: Doc, rec: Record) -> bool:
    """"Exiled opposition leader X": where the story is filed from says nothing of an exile's country."""
    for mention in rec.actor.mentions:
        span = doc.char_span(mention.start, mention.end, alignment_mode="expand")
        if span is not None and any(t.lower_ in ("exiled", "exile") for t in doc[max(0, span.start - 4) : span.end + 4]):
            return True
    return False


def _seat_home(reg: ActorRegistry, doc: Doc) -> str | None:
    """A story with no dateline whose seats of power ("Downing Street", "the Kremlin") all belong to one
    country is told from that country."""
    credits = doc._.credits
    if credits is not None and credits.dateline:
        return None
    found = {r.actor.country for r in reg.records.values() if r.key.startswith("seat:") and r.actor.mentions}
    return found.pop() if len(found) == 1 and None not in found else None


def _leader_of_possessed(reg: ActorRegistry, rec: Record) -> None:
    """"Trump's Treasury Secretary X": the possessor leads the government X serves."""
    if rec.possessor is None or not rec.actor.country or rec.actor.sector not in ("GOV", "MIL"):
        return
    if rec.counterpart is not None:
        return  # "his Greek counterpart": the other side
    owner = _owner(reg, rec)
    if owner is None or owner.actor.kind != "person":
        return
    if not owner.actor.country:
        owner.actor.country = rec.actor.country
    if not owner.actor.roles:
        reg.add_role(owner, gazetteer.leader_title(rec.actor.country))
        owner.actor.sector = owner.actor.sector or "GOV"


def _subject_before(reg: ActorRegistry, word: Token, rec: Record) -> Record | None:
    """The organisation or country that is the subject of the sentence before `word`'s (or of its own,
    before it): what "its" stands for in wire copy."""
    doc = word.doc
    ids = token_actors(doc)
    sent = word.sent
    scopes = [doc[sent.start : word.i]] + ([doc[sent.start - 1].sent] if sent.start > 0 else [])
    for scope in scopes:
        for tok in reversed(list(scope)):
            if tok.dep_ not in ("nsubj", "nsubjpass") and not (tok.dep_ == "poss" and tok.head.dep_ in ("nsubj", "nsubjpass")):
                continue
            # "The U.N. humanitarian office said ...": the body a subject names through its modifier
            modifiers = [c.i for c in tok.lefts if c.dep_ in ("compound", "nmod") and c.i in ids]
            for actor_id in ids.get(tok.i, ()) or ids.get(tok.head.i, ()) or (ids[modifiers[0]] if modifiers else ()):
                found = reg.records.get(actor_id)
                if found is not None and found is not rec and found.actor.kind in ("organization", "country"):
                    return found
    return None


def _owner(reg: ActorRegistry, rec: Record) -> Record | None:
    """Whose title the person holds: the possessor's actor; for "his"/"her", the person named last
    before it (in that sentence or the one before), other than the title holder."""
    if rec.possessor is None:
        return None
    owner = reg.of_token(rec.possessor)
    doc = reg.doc
    word = doc[rec.possessor]
    if owner is not None:
        return owner
    if word.lower_ == "its":
        return _subject_before(reg, word, rec)  # "Iran's judiciary accused her ... Its spokesman, X"
    if word.lower_ in ("his", "her"):
        kinds, back = ("person",), 1
    elif word.lemma_.lower() in roles.BODY_NOUNS:
        kinds, back = ("organization",), 3  # "the bloc's commission president": the body named before
    elif gazetteer.is_title_head(word.lemma_):
        return _titled_before(reg, word, rec)
    else:
        return None
    floor = word.sent.start
    for _ in range(back):
        floor = doc[floor - 1].sent.start if floor > 0 else 0
    ids = token_actors(doc)
    for i in range(rec.possessor - 1, floor - 1, -1):
        for actor_id in ids.get(i, ()):
            found = reg.records.get(actor_id)
            if found is not None and found is not rec and found.actor.kind in kinds:
                return found
    return None


def _titled_before(reg: ActorRegistry, word: Token, rec: Record) -> Record | None:
    """"the president's chief adviser, X": the one person named before who holds that title."""
    head = word.lemma_.lower()
    found = {r.actor.id: r for r in reg.records.values()
             if r is not rec and r.actor.kind == "person" and r.first < word.i
             and any(head in role.lower().split() for role in r.actor.roles)}
    if len(found) > 1:  # "Brazil's Foreign Minister X and the president's adviser": the president of the country named
        ids = token_actors(reg.doc)
        named = {reg.records[a].actor.country for i in range(word.sent.start, word.sent.end) for a in ids.get(i, ())
                 if a in reg.records and reg.records[a].actor.kind == "country"}
        found = {k: r for k, r in found.items() if r.actor.country in named}
    return next(iter(found.values())) if len(found) == 1 else None


def _org_country(role: str) -> str | None:
    org = _role_org(role)
    return org.country if org else None


def _role_org(role: str) -> gazetteer.Org | None:
    """The organisation a role names ("United Nations humanitarian chief", "NATO spokesman"), longest first."""
    words = role.split()
    for n in range(min(len(words), 6), 0, -1):
        for i in range(len(words) - n + 1):
            if words[i][:1].isupper() and (org := gazetteer.organization(" ".join(words[i : i + n]))) is not None:
                return org
    return None


def _dateline_country(doc: Doc, single: bool = False) -> str | None:
    """The country of the dateline's places; with `single`, None when they span several countries."""
    credits = doc._.credits
    if not credits or not credits.dateline:
        return None
    found = storyhome.home_countries(doc, gazetteer.dateline_countries(credits.dateline))
    if not found or (single and len(set(found)) > 1):
        return None
    return found[0]


_SPOKESPEOPLE = {"spokesman", "spokeswoman", "spokesperson"}


def _spokesperson_country(reg: ActorRegistry, doc: Doc, rec: Record) -> str | None:
    """"In Moscow, the Kremlin backed Belgrade. Spokesman X said ...", "Tehran condemned it. Foreign Ministry
    spokesman X said ...": a spokesperson of no country speaks for the one the sentence before is about."""
    if rec.possessor is not None or not rec.actor.roles or any(r.lower().split()[-1] not in _SPOKESPEOPLE
                                                               for r in rec.actor.roles):
        return None
    first = min(rec.actor.mentions, key=lambda m: m.start)
    if first.how != "title" or not doc[rec.first].is_sent_start:
        return None  # only "Spokesman X said" opening its sentence leans on the sentence before
    owner = _subject_before(reg, doc[rec.first], rec)
    return owner.actor.country if owner is not None else None


# Offices held abroad: their holder is rarely of the dateline's country.
_ENVOYS = {"ambassador", "envoy", "chargé", "charge"}


def _envoy_country(doc: Doc, rec: Record) -> str | None:
    """The country told where the text names the office without the name: anywhere for an envoy ("Indonesia
    summoned China's ambassador ... Ambassador Zhou"), else just before the name ("Tajikistan's president
    answered within hours. ... President X said")."""
    words = {role.split()[-1].lower() for role in rec.actor.roles if role.split()}
    if not words:
        return None
    first = min((m.start for m in rec.actor.mentions if m.how == "name"), default=None)
    span = doc.char_span(first, first + 1, alignment_mode="expand") if first is not None else None
    if span is None:
        return None
    sent = span[0].sent
    near = range(_sentence_before(doc, sent.start), span.start)
    index = _word_index(doc)
    found = {c for tok in (doc[i] for w in words for i in index.get(w, ())) if (
                 set(tok._.actors) == {rec.actor.id} or (not tok._.actors and (words & _ENVOYS or tok.i in near)))
             for c in [_modifier_country(tok)] if c}
    return found.pop() if len(found) == 1 else None


def _word_index(doc: Doc) -> dict[str, list[int]]:
    """Lower-cased word → its token indices (built once per doc: the country readers look words up often)."""
    cached = doc.user_data.get("wirecoder.word_index")
    if isinstance(cached, dict):
        return cached
    index: dict[str, list[int]] = {}
    for tok in doc:
        index.setdefault(tok.lower_, []).append(tok.i)
    doc.user_data["wirecoder.word_index"] = index
    return index


def _ministry_country(reg: ActorRegistry, doc: Doc, rec: Record) -> str | None:
    """"Kyrgyzstan's defence ministry described the attack ... Defence Minister X called it": a minister
    takes the country of the ministry of that portfolio named just before."""
    portfolios = {" ".join(words[:-1]).lower() for role in rec.actor.roles
                  if len(words := role.split()) > 1 and words[-1].lower() == "minister"}
    first = doc[rec.first]
    if not portfolios:
        return None
    lo = _sentence_before(doc, first.sent.start)
    ids = token_actors(doc)
    found = {other.actor.country for i in range(lo, first.i) for a in ids.get(i, ())
             if (other := reg.records.get(a)) is not None and other.actor.kind == "organization" and other.actor.country
             and any(f"{p} ministry" in other.actor.name.lower() for p in portfolios)}
    return found.pop() if len(found) == 1 else None


_SCENE_PREPS = {"in", "from"}


def _scene_country(doc: Doc, rec: Record) -> str | None:
    """"In Abuja, opposition senator X said ...": a sentence opened by where it happens places the people
    it names there."""
    first = min((m for m in rec.actor.mentions if m.how == "name"), key=lambda m: m.start, default=None)
    span = doc.char_span(first.start, first.end, alignment_mode="expand") if first else None
    if span is None:
        return None
    sent = span.sent
    if sent[0].lower_ not in _SCENE_PREPS:
        return None
    comma = next((t.i for t in sent if t.text == ","), None)
    if comma is None or comma > span.start or comma - sent.start > 4:
        return None
    place = doc[sent.start + 1 : comma].text
    found = gazetteer.country(place)
    return found.alpha3 if found else gazetteer.capital(place) or gazetteer.city(place)


def _clause_country(reg: ActorRegistry, doc: Doc, rec: Record) -> str | None:
    """"Ecuador will send Foreign Minister X", "X will lead Colombia's delegation": one country in the clause."""
    if rec.actor.sector not in ("GOV", "MIL"):
        return None
    found: set[str] = set()
    # the person as object: the subject's country ("Ecuador will send X"); as subject: an owner in
    # the object ("X will lead Colombia's delegation"), never the object itself ("X accused Kabul")
    for mention in rec.actor.mentions:
        span = doc.char_span(mention.start, mention.end, alignment_mode="expand") if mention.how == "name" else None
        if span is None:
            continue
        verb = span.root.head
        if span.root.dep_ == "pobj" and verb.dep_ == "agent":
            verb = verb.head  # "Tajikistan will be represented by X": the passive's agent, as object
        if verb.pos_ not in ("VERB", "AUX"):
            continue
        as_subject = span.root.dep_ in ("nsubj", "nsubjpass")
        for child in verb.children:
            if child.dep_ not in ("nsubj", "nsubjpass", "dobj") or child.i in range(span.start, span.end):
                continue
            if as_subject and child.dep_ == "dobj":
                scope = [c for c in child.children if c.dep_ == "poss"]
            elif not as_subject and child.dep_ in ("nsubj", "nsubjpass"):
                scope = [child]
            else:
                continue
            for tok in (t for s in scope for t in s.subtree):
                for actor_id in tok._.actors:
                    other = reg.records.get(actor_id)
                    if other and other.actor.kind == "country" and other.actor.country:
                        found.add(other.actor.country)
    return found.pop() if len(found) == 1 else None


def set_annotations(doc: Doc, reg: ActorRegistry) -> None:
    doc._.actors = reg.actors()


@Language.component("wirecoder_actors")
def actors_component(doc: Doc) -> Doc:
    set_annotations(doc, find_actors(doc))
    return doc
