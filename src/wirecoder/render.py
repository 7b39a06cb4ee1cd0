"""Human-readable views of an `Extraction` for the terminal (rich). No spaCy here."""

from __future__ import annotations

from collections import defaultdict

from rich.console import Console, Group
from rich.table import Table
from rich.text import Text

from wirecoder.model import Event, Extraction


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
    table = Table(title="Quotes by speaker", title_justify="left")
    table.add_column("speaker")
    table.add_column("kind")
    table.add_column("quote")
    by_speaker: dict[str, list[tuple[str, str]]] = defaultdict(list)
    for q in result.quotes:
        ids = q.speakers or ([q.speaker] if q.speaker else [])
        who = ", ".join(_name(result, s) for s in ids) if ids else "?"
        by_speaker[who].append((q.kind, q.text))
    for who, quotes in by_speaker.items():
        for n, (kind, text) in enumerate(quotes):
            table.add_row(who if n == 0 else "", kind, text)
    return table


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
