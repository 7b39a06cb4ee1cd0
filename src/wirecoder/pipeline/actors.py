"""The actors stage: one actor per person, organisation and country the article talks about.

Raw NER is the start: its spans are re-typed by the document (a surname of a person named in
full is that person; a name after a personal title is a person) and by the knowledge tables
(countries, capitals, seats of power, organisations). Names, titles, descriptions, metonyms and
subject pronouns become mentions of one actor; roles and countries come from the words around
the names (see `roles`) and, failing those, from what the article says about the people near them.

The steps, in order, and where each lives:
    name_spans        where the names are (NER's spans mended, the tables' names it missed)
    people, kinds     each name a person, or an organisation, seat of power or country (or nothing)
    place_names       names that name a place or thing, never an actor
    person_roles      titles and appositions read onto the people; counterparts
    known_people      the leaders table's names (found by name_spans) and the countries it gives people
    coref             descriptions ("the Russian leader") and subject pronouns
    agents            collective agents ("Russian troops", "the foreign ministry")
    person_countries  countries the text gives only indirectly (owners: whose official a person is)
    outlets           the outlet that publishes the story, dropped
"""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc

from wirecoder.pipeline import coref, parties
from wirecoder.pipeline.agents import agents, speakers_own_bodies
from wirecoder.pipeline.kinds import classify
from wirecoder.pipeline.known_people import table_countries
from wirecoder.pipeline.name_spans import candidate_spans, short_form_of_org
from wirecoder.pipeline.outlets import drop_outlet
from wirecoder.pipeline.people import add_people, not_parts_of_people, surname_mentions
from wirecoder.pipeline.person_countries import infer_countries
from wirecoder.pipeline.person_roles import counterpart_roles, drop_title_words, read_roles
from wirecoder.pipeline.place_names import not_places
from wirecoder.pipeline.registry import ActorRegistry


def find_actors(doc: Doc) -> ActorRegistry:
    reg = ActorRegistry(doc)
    doc._.registry = reg  # later steps ask it what a token already stands for
    spans = [short_form_of_org(doc, s) for s in candidate_spans(doc)]
    people = [s for s in not_parts_of_people(spans) if not classify(reg, doc, s)]
    add_people(reg, doc, not_places(people))
    surname_mentions(reg, doc)
    read_roles(reg, doc)
    drop_title_words(reg)
    table_countries(reg)
    coref.descriptions(reg, doc)
    agents(reg, doc)
    parties.add_parties(reg, doc)
    infer_countries(reg, doc)
    speakers_own_bodies(reg, doc)
    drop_outlet(reg, doc)
    coref.pronouns(reg, doc)
    counterpart_roles(reg, doc)
    return reg


def set_annotations(doc: Doc, reg: ActorRegistry) -> None:
    doc._.actors = reg.actors()


@Language.component("wirecoder_actors")
def actors_component(doc: Doc) -> Doc:
    set_annotations(doc, find_actors(doc))
    return doc
