"""Hand-built extractions and a model-free extractor, for the store, runner, export and CLI tests."""

from __future__ import annotations

import os
import random
import re
import time
from pathlib import Path

from wirecoder.extract import ExtractOptions
from wirecoder.ingest.reader import RawArticle, article_id, read_article
from wirecoder.model import Actor, Article, Event, Extraction, Location, Mention, Quote, Span

COUNTRIES = {"Kyrgyzstan": "KGZ", "Tajikistan": "TJK", "Kazakhstan": "KAZ", "Russia": "RUS", "Ukraine": "UKR"}
WORDS = ["border", "talks", "water", "canal", "villagers", "troops", "ministers", "envoy", "ceasefire", "shelling", "patrol", "river", "valley", "convoy", "market", "harvest", "bridge", "station", "council", "statement", "officials", "monitors", "agreement", "schedule", "pasture", "fuel", "school", "clinic", "road", "checkpoint", "drone", "artillery", "reservists", "mediation", "summit"]


def person(aid: str, name: str, country: str | None = None, roles: tuple[str, ...] = (),
           aliases: tuple[str, ...] = (), mentions: int = 1) -> Actor:
    return Actor(aid, name, "person", country, "GOV", list(roles), [name, *aliases],
                 [Mention(0, len(name), name)] * mentions)


def country(aid: str, name: str, iso: str) -> Actor:
    return Actor(aid, name, "country", iso, None, [], [name], [Mention(0, len(name), name)])


def org(aid: str, name: str, iso: str | None = None, aliases: tuple[str, ...] = ()) -> Actor:
    return Actor(aid, name, "organization", iso, "GOV", [], [name, *aliases], [Mention(0, len(name), name)])


def event(eid: str, code: str, source: str | None, target: str | None, *, date: str | None = None,
          negated: bool = False, sentence: str = "They met.", quad: int = 1, goldstein: float = 1.0,
          quote: str | None = None, about: str | None = None, location: Location | None = None) -> Event:
    return Event(
        id=eid, code=code, root=code[:2], plover=None, quad_class=quad, goldstein=goldstein,
        trigger=Span("met", 5, 8), sentence=Span(sentence, 0, len(sentence)), source=source, target=target,
        date=date, negated=negated, quote=quote, about=Span(about, 0, len(about)) if about else None,
        location=location,
    )


def quote(qid: str, text: str, speaker: str | None) -> Quote:
    return Quote(qid, text, "direct", 0, len(text), speaker, [speaker] if speaker else [], "say")


def extraction(text: str, *, published: str | None = "2026-11-02", outlet: str | None = "Reuters",
               actors: list[Actor] | None = None, events: list[Event] | None = None,
               quotes: list[Quote] | None = None, url: str | None = None) -> Extraction:
    art = Article(id=article_id(text), text=text, outlet=outlet, published=published, url=url)
    return Extraction(art, actors or [], quotes or [], events or [])


def story(seed: int, words: int = 120) -> str:
    """A distinct article body: the same seed gives the same text, different seeds share few 5-grams."""
    rng = random.Random(seed)
    names = list(COUNTRIES)
    a, b = rng.sample(names, 2)
    sentences = [f"{a} and {b} held talks on {rng.choice(WORDS)} number {seed}."]
    while sum(len(s.split()) for s in sentences) < words:
        sentences.append(" ".join(rng.choice(WORDS) for _ in range(12)).capitalize() + ".")
    return f"Headline {seed}\n\n" + "\n\n".join(" ".join(sentences[i : i + 3]) for i in range(0, len(sentences), 3))


def fake_extract(raw: RawArticle, options: ExtractOptions) -> Extraction:
    """Real reading (decoding, HTML extraction, checks), then countries as actors and one consult event."""
    article, warnings = read_article(raw, options.max_bytes)
    text = article.text
    if "SLOW-ARTICLE" in text:
        time.sleep(30)
    if "CRASH-ARTICLE" in text:
        os._exit(3)
    if "BUG-ARTICLE" in text:
        raise RuntimeError("a bug in the extractor")
    actors = [country(f"a{i}", name, iso) for i, (name, iso) in enumerate(COUNTRIES.items(), start=1)
              if re.search(rf"\b{name}\b", text)]
    events = []
    if len(actors) >= 2:
        first = next(s for s in re.split(r"(?<=\.)\s+", text) if actors[0].name in s or actors[1].name in s)
        events.append(event("e1", "040", actors[0].id, actors[1].id, date=article.published, sentence=first))
    return Extraction(article, actors, [], events, warnings)


def write_articles(folder: Path, count: int, start: int = 0) -> list[Path]:
    folder.mkdir(parents=True, exist_ok=True)
    paths = []
    for seed in range(start, start + count):
        path = folder / f"article-{seed:03d}.txt"
        path.write_text(story(seed), encoding="utf-8")
        paths.append(path)
    return paths


def store(db: Path, extractions: list[Extraction], *, sources: list[str] | None = None, force: bool = False) -> None:
    """Write extractions as one batch and regroup the actors, as an ingest run does."""
    from wirecoder.store.rows import prepare
    from wirecoder.store.writer import Writer

    names = sources or [f"input-{i}.txt" for i in range(len(extractions))]
    with Writer(db) as writer:
        writer.write_batch([prepare(x, s) for x, s in zip(extractions, names, strict=True)], force=force)
        writer.resolve_actors()


def small_corpus() -> list[Extraction]:
    """Four articles, two outlets, one story: a repeated consult, a negated one, a demand with its quote."""
    kgz, tjk = country("a1", "Kyrgyzstan", "KGZ"), country("a2", "Tajikistan", "TJK")
    pres = person("a3", "Temirbek Asanaliyev", "KGZ", ("President",))
    demand_quote = quote("q1", "Pull the artillery back first.", "a3")
    return [
        extraction(story(1), outlet="Reuters", published="2026-11-02", actors=[kgz, tjk, pres],
                   events=[event("e1", "040", "a1", "a2", date="2026-11-02", sentence="Kyrgyzstan met Tajikistan.")]),
        extraction(story(2), outlet="AFP", published="2026-11-03", actors=[kgz, tjk, pres],
                   events=[event("e1", "040", "a1", "a2", date="2026-11-02", sentence="The two sides met."),
                           event("e2", "040", "a2", "a1", date="2026-11-03", negated=True)]),
        extraction(story(3), outlet="Reuters", published="2026-11-04", actors=[kgz, tjk, pres],
                   quotes=[demand_quote],
                   events=[event("e1", "040", "a1", "a2", date="2026-11-02"),
                           event("e2", "101", "a3", "a2", date="2026-11-04", quad=3, goldstein=-5.0, quote="q1",
                                 about="the artillery", sentence="Asanaliyev demanded a pullback.")]),
        extraction(story(4), outlet="AP", published="2026-11-12", actors=[kgz, tjk],
                   events=[event("e1", "190", "a2", "a1", date="2026-11-12", quad=4, goldstein=-10.0,
                                 location=Location("Isfara", "TJK", 40.13, 70.62))]),
    ]
