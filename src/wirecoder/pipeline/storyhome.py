"""The country a story is told from: its dateline's, unless the story is filed from a regional hub.

Wire copy is often datelined where the reporter sits, not where the news happens ("JOHANNESBURG (Reuters) -"
over a story about Mozambique). A dateline stands for the story's home, and so for the country of its
unplaced officials, police and attackers, only when the story names that country at least once; a story
that never names it is at home in the country it names most, when one clearly leads.
"""

from __future__ import annotations

from collections import Counter

from spacy.tokens import Doc

from wirecoder.pipeline import gazetteer, roles
from wirecoder.pipeline.docview import view
from wirecoder.pipeline.extensions import excluded_ids

_KEY = "wirecoder_story_home"
_NAMING = ("GPE", "NORP", "LOC")


def home_countries(doc: Doc, dateline: list[str]) -> list[str]:
    """`dateline` (the dateline places' countries), or the country the story is really about."""
    if not dateline:
        return dateline
    named = _named_countries(doc)
    if any(named[c] for c in dateline):
        return dateline
    ranked = named.most_common(2)
    if not ranked or ranked[0][1] < 2 or (len(ranked) > 1 and ranked[1][1] == ranked[0][1]):
        return dateline  # no country clearly leads: the dateline stays the best guess
    return [ranked[0][0]]


def _named_countries(doc: Doc) -> Counter[str]:
    """How often the story's body names each country (by name, capital or demonym), counted once per doc."""
    cached = doc.user_data.get(_KEY)
    if isinstance(cached, Counter):
        return cached
    excluded = excluded_ids(doc)
    counts: Counter[str] = Counter()
    for ent in view(doc).ents:
        if ent.label_ in _NAMING and ent.start not in excluded:
            country = roles.country_of_word(ent.text) or roles.country_of_word(ent.root.text) or _place_country(ent.text)
            if country:
                counts[country] += 1
    doc.user_data[_KEY] = counts
    return counts


def _place_country(name: str) -> str | None:
    """The one country of a capital, city or province the story names ("Maputo", "Pemba", "Cabo Delgado")."""
    if found := gazetteer.capital(name):
        return found
    options = set(gazetteer.city_countries(name)) | set(gazetteer.state_countries(name))
    return options.pop() if len(options) == 1 else None
