"""Political parties as actors (pipeline/parties.py): shared names, the story's country, described parties."""

from __future__ import annotations

import pytest
from spacy.language import Language

from wirecoder.extract import ExtractOptions, load_pipeline


@pytest.fixture(scope="module")
def nlp() -> Language:
    return load_pipeline(ExtractOptions().model)


@pytest.mark.parametrize(
    ("text", "fragment", "speaker", "country", "sector"),
    [
        # a name several countries' parties share: the dateline's country when it has one so named
        ("LONDON (Reuters) - Labour said on Monday the plan would fail.", "the plan would fail", "Labour", "GBR",
         "PTY"),
        ("LONDON (Reuters) - The Conservatives said the plan was reckless.", "the plan was reckless",
         "Conservatives", "GBR", "PTY"),
        ("BERLIN (Reuters) - The Social Democrats said they would vote against the budget.",
         "they would vote against the budget", "Social Democrats", "DEU", "PTY"),
        ('BERLIN (Reuters) - The Greens called the plan "a disgrace".', "a disgrace", "Greens", "DEU", "PTY"),
        ("WELLINGTON (Reuters) - Labour said the budget would pass.", "the budget would pass", "Labour", "NZL",
         "PTY"),
        # no dateline, or one of a country with no party so named: the country it is best known in
        ("The Social Democrats said they would vote against the budget.", "they would vote against the budget",
         "Social Democrats", "DEU", "PTY"),
        # a party described by its place in the story's politics
        ("TBILISI, Georgia (AP) - The ruling party said the law would protect children.",
         "the law would protect children", "ruling party", "GEO", "GOV"),
        ("WARSAW (Reuters) - The main opposition party said the vote was unfair.",
         "the vote was unfair", "opposition party", "POL", "OPP"),
        # a party known by a name of its own: the organisation table's
        ("WARSAW (Reuters) - Law and Justice, the main opposition party, said the vote was unfair.",
         "the vote was unfair", "Law and Justice", "POL", "PTY"),
        # a party named beside such a description takes the story's country
        ("TBILISI, Georgia (AP) - Opposition party United National Movement said the vote was rigged.",
         "the vote was rigged", "United National Movement", "GEO", "OPP"),
        ("ISLAMABAD (Reuters) - The opposition Awami Justice party said the ban was illegal.",
         "the ban was illegal", "Awami Justice party", "PAK", "OPP"),
    ],
)
def test_parties_speak_with_their_country(nlp: Language, text: str, fragment: str, speaker: str, country: str,
                                          sector: str | None) -> None:
    doc = nlp(text)
    q = next(q for q in doc._.quotes if fragment in q.text)
    actor = next(a for a in doc._.actors or [] if a.id == q.speaker)
    assert (actor.name, actor.kind, actor.country, actor.sector) == (speaker, "organization", country, sector)


@pytest.mark.parametrize(
    "text",
    [
        "Sweden Democrats leader Jon Lind spoke in Stockholm on Monday.",  # part of a longer name
        "Workers marched on Labour Day in London.",  # a name that goes on
        "Several opposition parties boycotted the vote in Tbilisi.",  # no one party
    ],
)
def test_shared_names_inside_other_names_are_no_party(nlp: Language, text: str) -> None:
    doc = nlp(text)
    assert not [a.name for a in doc._.actors or [] if a.name in ("Democrats", "Labour", "opposition party")]


def test_the_party_acts_in_events(nlp: Language) -> None:
    doc = nlp("LONDON (Reuters) - The Conservatives accused Labour of hiding the costs on Monday.")
    by_id = {a.id: a for a in doc._.actors or []}
    assert [(by_id[e.source].name, by_id[e.target].name) for e in doc._.events if e.source and e.target] == [
        ("Conservatives", "Labour")]


@pytest.mark.parametrize(
    ("text", "party", "country"),
    [
        # a party's name NER took for a person's, or read in part as another party
        ("The Prime Minister faced a rebellion as more than 40 Labour MPs signed a letter opposing the cuts. "
         "Labour promised to protect aid.", "Labour", "GBR"),
        ("The Liberal Democrats called for a vote in the Commons.", "Liberal Democrats", "GBR"),
        ("Georgian Dream accused the opposition of plotting a coup.", "Georgian Dream", "GEO"),
    ],
)
def test_a_party_name_wins_over_other_readings(nlp: Language, text: str, party: str, country: str) -> None:
    doc = nlp(text)
    assert [(a.name, a.kind, a.country) for a in doc._.actors or [] if a.sector == "PTY"] == [
        (party, "organization", country)]
    assert not [a.name for a in doc._.actors or [] if a.kind == "person" or a.name == "Democratic Party"]


@pytest.mark.parametrize(
    ("text", "country"),
    [
        ("Labour leader Tom Hale said the deal was a disaster.", "GBR"),
        ("WELLINGTON (Reuters) - Labour leader Tom Hale said the deal was a disaster.", "NZL"),
    ],
)
def test_a_role_naming_a_party_gives_its_country(nlp: Language, text: str, country: str) -> None:
    doc = nlp(text)
    assert [(a.name, a.country) for a in doc._.actors or [] if a.kind == "person"] == [("Tom Hale", country)]
