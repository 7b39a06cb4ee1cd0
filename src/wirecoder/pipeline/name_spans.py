"""Where the names are: NER's spans mended (trimmed, carried on to the whole name or the country an
organisation is "of"), plus the names of the tables and the titled names NER missed.
"""

from __future__ import annotations

from spacy.tokens import Doc, Span, Token

from wirecoder import names
from wirecoder.pipeline import gazetteer, known_people, roles
from wirecoder.pipeline.docview import view
from wirecoder.pipeline.extensions import excluded_ids
from wirecoder.pipeline.place_names import shadowed_by_table

PERSON_LABELS = {"PERSON"}
NAME_LABELS = {"PERSON", "ORG", "GPE", "NORP", "LOC", "FAC", "PRODUCT", "WORK_OF_ART"}
_STRIP = {"the", "-", "–", "—", "'s", "’s", "'", "’"}


def candidate_spans(doc: Doc) -> list[Span]:
    """NER spans plus the leaders' and gazetteer's names, outside credits, longest first where they overlap."""
    excluded = excluded_ids(doc)
    found = _longer_table_names(doc, known_people.as_people(doc, _ner_names(doc, excluded)), excluded)
    taken = {i for s in found for i in range(s.start, s.end)}
    found += _titled_names(doc, taken)
    taken = {i for s in found for i in range(s.start, s.end)}
    found += known_people.known_spans(doc, taken, excluded)
    taken = {i for s in found for i in range(s.start, s.end)}
    found += _table_names(doc, taken, excluded)
    return sorted(found, key=lambda s: s.start)


def _ner_names(doc: Doc, excluded: dict[int, bool]) -> list[Span]:
    found: list[Span] = []
    consumed = -1
    for ent in view(doc).ents:
        if ent.label_ in NAME_LABELS and ent.start >= consumed:
            span = trim(doc, Span(doc, ent.start, _of_country_end(doc, ent), label=ent.label_))
            consumed = span.end if span is not None else consumed
            if span is not None and ent.label_ == "PERSON":
                span = _start_of_name(doc, _rest_of_name(doc, span))
            if span is not None and not any(i in excluded for i in range(span.start, span.end)):
                found.append(Span(doc, span.start, span.end, label=ent.label_))
    return found


def _table_names(doc: Doc, taken: set[int], excluded: dict[int, bool]) -> list[Span]:
    """Names NER missed that the tables know, or that open an organisation's longer name; longest first."""
    found: list[Span] = []
    i = 0
    while i < len(doc):
        if i not in taken and i not in excluded and doc[i].text[:1].isupper() \
                and (span := _table_name_at(doc, i, taken)) is not None:
            found.append(span)
            taken.update(range(span.start, span.end))
            i = span.end - 1
        i += 1
    return found


def _table_name_at(doc: Doc, i: int, taken: set[int]) -> Span | None:
    for n in (4, 3, 2, 1):
        span = doc[i : i + n]
        if span.end > len(doc) or doc[span.end - 1].is_punct or any(j in taken for j in range(span.start, span.end)):
            continue
        text = span.text
        label = "GAZ" if gazetteer.seat(text) or gazetteer.country(text) or gazetteer.capital(text) \
            or gazetteer.organization(text) else "ORG" if n > 1 and _short_org_name(doc, span) else None
        if label:
            return Span(doc, span.start, span.end, label=label)
    return None


def trim(doc: Doc, span: Span) -> Span | None:
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
        span = _table_org_around(doc, ent, excluded)
        if span is not None:
            out = [s for s in out if s.end <= span.start or s.start >= span.end] + [span]
    return out


def _table_org_around(doc: Doc, ent: Span, excluded: dict[int, bool]) -> Span | None:
    """The tables' organisation named by up to three words either side of `ent` and `ent` itself."""
    for start in range(max(0, ent.start - 3), ent.start + 1):
        first = doc[start]
        if not first.text[:1].isupper() or start in excluded or first.lower_ == "the":
            continue
        for end in range(min(len(doc), ent.end + 3), ent.end - 1, -1):
            if end - start <= len(ent) or doc[end - 1].is_punct:
                continue
            if gazetteer.organization(doc[start:end].text) is not None:
                return Span(doc, start, end, label="GAZ")
    return None


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
            and tok.text.lower() not in names.HONORIFICS and not shadowed_by_table(tok.text))


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
                and not shadowed_by_table(span.text) and not gazetteer.organization(span.text):
            out.append(Span(doc, i, end, label="PERSON"))
        i = max(end, i + 1)
    return out


def _title_words(doc: Doc, i: int) -> int:
    """How many words from `i` on make a title together ("Major General", "Lieutenant Colonel"); 0 for none."""
    return next((k for k in (3, 2) if i + k <= len(doc) and gazetteer.is_title(doc[i : i + k].text)), 0)


def longer_org_name(doc: Doc, text: str) -> str | None:
    """"Golden Lotus" after "Golden Lotus Aviation Services": the organisation's full name, as NER read it."""
    cached = doc.user_data.get("wirecoder.org_names")
    if not isinstance(cached, list):
        cached = doc.user_data["wirecoder.org_names"] = [e.text for e in view(doc).ents if e.label_ == "ORG" and len(e) > 1]
    return next((name for name in cached if name.startswith(text + " ")), None)


def _short_org_name(doc: Doc, span: Span) -> bool:
    """"Coral Bay" after "Coral Bay Shipping Lines", where NER saw no name: the organisation, short; not
    when the short form is a body of its own ("Supreme Court" of "Supreme Court Bar Association")."""
    last = span[-1].lemma_.lower()
    if last in roles.BODY_NOUNS or last in gazetteer.agent_nouns() or gazetteer.is_title_head(last):
        return False
    return all(t.text[:1].isupper() and t.is_alpha for t in span) and longer_org_name(doc, span.text) is not None


def short_form_of_org(doc: Doc, span: Span) -> Span:
    """A "person" whose name opens an organisation's longer name is that organisation, short."""
    if span.label_ != "PERSON" or longer_org_name(doc, span.text) is None \
            or roles.pre_title(doc, span).role or roles.apposition(doc, span).role:
        return span
    return Span(doc, span.start, span.end, label="ORG")
