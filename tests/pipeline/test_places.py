"""Event locations: geocoding a place name, and the place an event's clause names (our own sentences)."""

from __future__ import annotations

import pytest
from spacy.language import Language
from spacy.tokens import Doc

from wirecoder.extract import ExtractOptions, load_pipeline
from wirecoder.model import Location
from wirecoder.pipeline.places import geocode, location_for


@pytest.mark.parametrize(
    ("name", "hint", "country", "has_coords"),
    [
        ("Munich", None, "DEU", True),
        ("Kyiv", None, "UKR", True),
        ("Kiev", None, "UKR", True),  # an alternate name
        ("Paris", None, "FRA", True),  # far more populous than Paris, Texas
        ("Springfield", None, "USA", False),  # several of similar size: no coordinates
        ("Doha", None, "QAT", True),
        ("Vilnius", "LTU", "LTU", True),
        ("Saudi Arabia", None, "SAU", False),  # countries carry no coordinates
        ("Georgia", None, "GEO", False),  # the country before the U.S. state
        ("Crimea", None, "UKR", False),  # a region the gazetteer knows
        ("Texas", None, "USA", False),
        ("Oval Office", None, None, False),
        ("South Lebanon", None, "LBN", False),  # part of a country, named with a compass word
        ("Eastern Ukraine", None, "UKR", False),
        ("Northern Ireland", None, "GBR", False),  # known whole: never cut to "Ireland"
        ("South Sudan", None, "SSD", False),
        ("Ghazni province", None, "AFG", False),  # the place an administrative word follows
        ("South China Sea", None, None, False),
    ],
)
def test_geocode(name: str, hint: str | None, country: str | None, has_coords: bool) -> None:
    found = geocode(name, hint)
    assert found.name == name
    assert found.country == country
    assert (found.lat is not None and found.lon is not None) == has_coords


def test_city_coordinates_are_the_city() -> None:
    found = geocode("Brussels")
    assert found.lat is not None and found.lon is not None
    assert abs(found.lat - 50.85) < 0.1 and abs(found.lon - 4.35) < 0.1


@pytest.fixture(scope="module")
def nlp() -> Language:
    return load_pipeline(ExtractOptions().model)


def run(nlp: Language, text: str) -> Doc:
    doc = nlp.make_doc(text)
    doc._.published = "2025-02-12"
    doc._.warnings = []
    for _name, proc in nlp.pipeline:
        doc = proc(doc)
    return doc


def located(nlp: Language, text: str, trigger: str) -> Location | None:
    doc = run(nlp, text)
    return location_for(doc, next(t for t in doc if t.text == trigger))


@pytest.mark.parametrize(
    ("text", "trigger", "name", "country"),
    [
        ("The vice president will hold talks about the war on Friday in Munich.", "talks", "Munich", "DEU"),
        ("The defence secretary told a meeting at NATO headquarters in Brussels.", "told", "Brussels", "BEL"),
        ("He said their first meeting would probably take place in Saudi Arabia.", "meeting",
         "Saudi Arabia", "SAU"),
        ("The treasury secretary, in Kyiv on Wednesday on the first visit by a cabinet member, spoke.",
         "visit", "Kyiv", "UKR"),
        ("The prisoners were freed after a visit to Minsk by a senior U.S. envoy.", "visit", "Minsk", "BLR"),
        ("The envoys met in Vilnius, Lithuania on Wednesday.", "met", "Vilnius", "LTU"),
        ("Warplanes struck militant hideouts in eastern Afghanistan early Tuesday.", "struck",
         "Afghanistan", "AFG"),
        ("The government and the rebels held talks in Doha on Wednesday.", "held", "Doha", "QAT"),
        ("Police fired tear gas at protesters outside parliament in Tbilisi.", "fired", "Tbilisi", "GEO"),
        ("The minister said in Paris that the accord was signed in Brussels.", "signed", "Brussels", "BEL"),
        ("The minister said in Paris that the accord was signed in Brussels.", "said", "Paris", "FRA"),
        ("He said troops would not be deployed to Ukraine.", "deployed", "Ukraine", "UKR"),
        # "the town of X", "outside of X": the place named after the word for a place
        ("Rebels shelled army positions near the town of Azaz on Sunday.", "shelled", "Azaz", "SYR"),
        ("Two soldiers were wounded outside of the city of Kirkuk.", "wounded", "Kirkuk", "IRQ"),
    ],
)  # fmt: skip
def test_location_for(nlp: Language, text: str, trigger: str, name: str, country: str) -> None:
    found = located(nlp, text, trigger)
    assert found is not None
    assert (found.name, found.country) == (name, country)


@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        ("The United States imposed sanctions on Iran on Monday.", "imposed"),
        ("The president sent a letter to Moscow.", "sent"),  # a destination, not where it happened
        ("Russia freed a teacher who was serving a sentence in a prison in Moscow.", "freed"),
        ("The ministry condemned the attack, officials said.", "condemned"),
    ],
)
def test_no_location(nlp: Language, text: str, trigger: str) -> None:
    assert located(nlp, text, trigger) is None
