"""Human-readable views of an `Extraction` for the terminal (rich). No spaCy here."""

from __future__ import annotations

from collections import defaultdict

from rich.console import Console, Group
from rich.table import Table
from rich.text import Text

from wirecoder.model import Event, Extraction, Quote


def _name(result: Extraction, actor_id: str | None) -> str:
    actor = result.actor(actor_id)
    return actor.name if actor else "—"


def article_view(result: Extraction) -> Group:
    art = result.article
    head = Text()
    head.append(art.title or art.id, style="bold")
    head.append(f"\npublished {art.published or 'unknown'}")
    if art.outlet:
        head.append(f" · {art.outlet}")
    if art.dateline:
        head.append(f" · dateline {' / '.join(art.dateline)}")
    head.append(f"\nauthors: {', '.join(art.authors) or '—'}")
    parts: list[object] = [head, actors_table(result)]
    if result.quotes:
        parts.append(quotes_table(result))
    if result.events:
        parts.append(events_table(result))
    for warning in result.warnings:
        parts.append(Text(f"warning: {warning}", style="yellow"))
    return Group(*parts)  # type: ignore[arg-type]


def actors_table(result: Extraction) -> Table:
    table = Table(title="Actors", title_justify="left")
    for col in ("name", "kind", "country", "sector", "roles", "mentions"):
        table.add_column(col)
    for a in result.actors:
        table.add_row(a.name, a.kind, a.country or "", a.sector or "", "; ".join(a.roles), str(len(a.mentions)))
    return table


def quotes_table(result: Extraction) -> Table:
    """Quotes grouped by speaker, in the order speakers first speak; unattributed ones last."""
    table = Table(title="Quotes by speaker", title_justify="left")
    table.add_column("speaker", max_width=32)
    table.add_column("kind")
    table.add_column("how", max_width=28)
    table.add_column("quote")
    by_speaker: dict[str, list[tuple[str, str, str]]] = defaultdict(list)
    for q in result.quotes:
        by_speaker[_speaker_label(result, q)].append((q.kind, _how(q), q.text))
    unattributed = by_speaker.pop(_NOBODY, [])
    for who, quotes in [*by_speaker.items(), (_NOBODY, unattributed)]:
        for n, (kind, how, text) in enumerate(quotes):
            table.add_row(who if n == 0 else "", kind, how, text)
    return table


_NOBODY = "(unattributed)"


def _speaker_label(result: Extraction, q: Quote) -> str:
    ids = q.speakers or ([q.speaker] if q.speaker else [])
    names = [_name(result, s) for s in ids]
    if not names:
        return _NOBODY
    if len(names) > 3:
        return f"{', '.join(names[:2])} and {len(names) - 2} more"
    return ", ".join(names)


_PAST = {"say": "said", "tell": "told", "write": "wrote", "speak": "spoke", "admit": "admitted",
         "according to": "according to"}


def _past(cue: str) -> str:
    if cue in _PAST:
        return _PAST[cue]
    if cue.endswith("e"):
        return cue + "d"
    if cue.endswith("y") and cue[-2:-1] not in "aeiou":
        return cue[:-1] + "ied"
    return cue + "ed"


def _how(q: Quote) -> str:
    """"told reporters", "said in a joint statement", "wrote on X", "according to"."""
    parts = [_past(q.cue) if q.cue else ""]
    if q.addressee:
        parts.append(q.addressee if q.cue == "tell" else f"to {q.addressee}")
    if q.channel:
        parts.append(f"on {q.channel}" if q.cue in ("write", "post", "tweet") else f"in {q.channel}")
    return " ".join(p for p in parts if p)


def event_line(result: Extraction, ev: Event) -> str:
    from wirecoder.knowledge.cameo import find_code

    info = find_code(ev.code)
    name = info.name if info else ev.code
    where = f", in {ev.location.name}" if ev.location else ""
    flags = " [negated]" if ev.negated else ""
    flags += f" [{ev.modality}]" if ev.modality != "asserted" else ""
    date = ev.date or ev.date_text or "undated"
    return f"{_name(result, ev.source)} —{ev.code} {name}→ {_name(result, ev.target)}, {date}{where}{flags}"


def events_table(result: Extraction) -> Table:
    table = Table(title="Events", title_justify="left", show_header=False)
    table.add_column("event")
    for ev in result.events:
        table.add_row(event_line(result, ev))
    return table


def print_extraction(result: Extraction, console: Console | None = None) -> None:
    (console or Console()).print(article_view(result))
