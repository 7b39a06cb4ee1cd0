"""pipeline/storyhome.py: a dateline stands for the story's home only when the story names its country.

Passages written for this test; people are invented, countries and places real.
"""

from __future__ import annotations

from wirecoder import Extraction, extract

HUB = (
    "NAIROBI, March 3 (Reuters) - Somali troops recaptured the town of Bardere from militants on Monday, "
    "Colonel Abdi Warsame, an army spokesman, said in Mogadishu.\n\n"
    "President Hassan Jama told lawmakers the operation would go on. Somalia's neighbours have sent troops "
    "to the region.\n\n"
    "(Reporting by Peter Odhiambo; Editing by Clare Nolan)\n"
)
AT_HOME = (
    "NAIROBI, March 3 (Reuters) - Police fired tear gas at protesters in Nairobi on Monday, police spokesman "
    "Daniel Otieno said. Somali and Ethiopian officials were not present. Somalia and Somali troops were not "
    "mentioned by Somalia again.\n"
)


def _country(result: Extraction, name: str) -> str | None:
    return next(a.country for a in result.actors if a.name == name)


def test_a_hub_dateline_yields_to_the_country_the_story_names() -> None:
    result = extract(HUB, published="2026-03-03")
    assert _country(result, "Abdi Warsame") == "SOM"
    assert _country(result, "Hassan Jama") == "SOM"


def test_a_dateline_the_story_names_stays_its_home() -> None:
    result = extract(AT_HOME, published="2026-03-03")
    assert _country(result, "Daniel Otieno") == "KEN"
