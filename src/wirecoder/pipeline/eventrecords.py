"""From found events to the contract's `Event` records: one per source–target pair, repeated mentions
counted, dated (the time expression that governs it, else the story's news day for what its lead
tells in the past), placed, and named with CAMEO and PLOVER.
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from wirecoder.knowledge.cameo import find_code
from wirecoder.knowledge.plover import plover_of
from wirecoder.model import Event, Span
from wirecoder.pipeline import dates, eventlinks, mood, places
from wirecoder.pipeline.candidates import Found
from wirecoder.pipeline.docview import view
from wirecoder.pipeline.eventrules import reaction_targets


def _dyads(f: Found) -> list[tuple[str, str | None]]:
    targets: list[str | None] = list(f.targets) or [None]
    return [(s, t) for s in f.sources for t in targets]


_Key = tuple[str, str | None, str, bool, bool]


def _key(source: str, target: str | None, code: str, negated: bool, mutual: bool, modality: str) -> _Key:
    """Events told again share a key; meetings and intents to meet are the same whoever is named first.
    What is still to come is not what was done ("met on Monday ... the talks will start in January")."""
    root = code[:2]
    if (mutual or root == "04" or code == "036") and target is not None and target < source:
        source, target = target, source
    return source, target, root, negated, modality in ("planned", "hypothetical")


def records(doc: Doc, found: list[Found]) -> list[Event]:
    """The `Event` records of the events found, in text order, with ids e1, e2, ..."""
    events: list[Event] = []
    index: dict[_Key, Event] = {}
    unnamed: set[str] = set()  # events whose target is named but is no actor
    text = view(doc).text  # `doc.text` joins every token on each call
    lead = _lead_sentences(doc)
    day = _news_day(doc)
    for f in sorted(found, key=lambda x: x.trigger.i):
        info = find_code(f.code)
        if info is None:
            continue
        plover, mode = plover_of(info.code)
        timex = dates.date_for(doc, f.trigger)
        inferred = None if timex is not None or f.trigger.sent.start not in lead else _told_as_news(f, day)
        location = places.location_for(doc, f.trigger)
        about = Span(text[f.about[0]:f.about[1]], f.about[0], f.about[1]) if f.about else None
        sent = f.trigger.sent
        for source, target in _dyads(f):
            key = _key(source, target, info.code, f.negated, f.mutual, f.modality)
            if key in index and _other_act_in_sentence(index[key], info.code, sent.start_char):
                if timex is None and inferred is None and index[key].date is not None:
                    inferred = index[key].date  # one sentence's acts share its date
                key = (key[0], key[1], info.code[:3], key[3], key[4])
            if key not in index and (told := _told_before(f, index, key)) is not None:
                told.mentions += 1  # "Under the agreement, both sides will ...": the signing told before
                continue
            if key in index:
                kept = index[key]
                kept.mentions += 1
                if _main_clause(f.trigger) and not _main_clause_at(doc, kept.trigger.start):
                    # the news is told in a main clause; a relative clause tells background
                    kept.code, kept.trigger, kept.sentence = info.code, _span_of(f.trigger), Span(
                        sent.text, sent.start_char, sent.end_char)
                    kept.plover, kept.plover_mode, kept.goldstein = plover, mode, info.goldstein
                    kept.date, kept.date_text = (timex.value, timex.text) if timex else (inferred, None)
                if kept.date is None and (timex is not None or inferred):
                    kept.date, kept.date_text = (timex.value, timex.text) if timex else (inferred, None)
                if kept.about is None:
                    kept.about = about
                continue
            event = Event(
                id=f"e{len(events) + 1}", code=info.code, root=info.root, plover=plover, plover_mode=mode,
                quad_class=info.quad_class, goldstein=info.goldstein,
                trigger=_span_of(f.trigger),
                sentence=Span(sent.text, sent.start_char, sent.end_char), source=source, target=target,
                date=timex.value if timex else inferred, date_text=timex.text if timex else None, location=location,
                negated=f.negated, modality=f.modality, quote=f.trigger._.quote,  # type: ignore[arg-type]
                about=about, confidence=round(max(0.1, min(1.0, f.confidence)), 2),
            )
            index[key] = event
            events.append(event)
            if f.unnamed_target:
                unnamed.add(event.id)
    reaction_targets(doc, events, unnamed)
    return events


def _other_act_in_sentence(kept: Event, code: str, sent_start: int) -> bool:
    """"expelled X and summoned Y, accusing Minsk of ...": two verbs of one root and one sentence that
    name different acts (summoning 114, accusing 112) are two events, not one told twice."""
    # hosting and mediating talks, or meeting and holding talks, are one meeting told two ways
    return kept.sentence.start == sent_start and kept.code[:3] != code[:3] and code[:2] != "04"


def _told_before(f: Found, index: dict[_Key, Event], key: _Key) -> Event | None:
    """The record of the same act between the same sides when `f` names it again as a thing that
    exists: that clause's negation, modality and date are not the act's."""
    if not eventlinks.told_before(f.trigger):
        return None
    return next((event for k, event in index.items() if k[:3] == key[:3]), None)


def _span_of(tok: Token) -> Span:
    return Span(tok.text, tok.idx, tok.idx + len(tok.text))


_SUBORDINATE = ("relcl", "acl", "advcl", "pcomp", "pobj", "amod")


def _main_clause(tok: Token) -> bool:
    verb = mood.governing_verb(tok)
    return verb.dep_ not in _SUBORDINATE and not any(a.dep_ in _SUBORDINATE for a in verb.ancestors)


def _main_clause_at(doc: Doc, start: int) -> bool:
    span = doc.char_span(start, start + 1, alignment_mode="expand")
    return span is None or _main_clause(span[0])


_LEAD = 6  # sentences of the story's lead, told on its news day


def _lead_sentences(doc: Doc) -> set[int]:
    starts = [s.start for s in view(doc).sents if not all(t._.excluded or t.is_space for t in s)]
    return set(starts[:_LEAD])


def _news_day(doc: Doc) -> str | None:
    """The day the story's news happened: its first past day-date ("on Wednesday")."""
    for timex in doc._.timexes or []:
        if timex.granularity == "day" and timex.value and timex.tense == "past":
            return str(timex.value)
    return None


def _told_as_news(f: Found, day: str | None) -> str | None:
    """An undated act the lead tells in the past or present perfect ("has given Guyana 72 hours",
    "earlier said") happened on the news day."""
    if day is None or f.negated or f.modality not in ("asserted", "reported"):
        return None
    verb = mood.governing_verb(f.trigger)
    verb = mood.reporting_verb(verb) or verb  # "earlier said Kyiv would have to give up its goals"
    auxes = {c.lower_ for c in verb.children if c.dep_ in ("aux", "auxpass")}
    perfect_or_passive = verb.tag_ == "VBN" and bool(auxes & {"has", "have", "was", "were"})
    return day if verb.tag_ == "VBD" or perfect_or_passive else None
