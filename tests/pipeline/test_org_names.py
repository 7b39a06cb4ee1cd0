"""An organisation named again by the leading words of its name is that organisation, not a person
NER saw in those words; a body named after a person leaves the person a person."""

from __future__ import annotations

from wirecoder import extract

STORY = """BRUSSELS, Nov 6 (Reuters) - The European Union imposed sanctions on Thursday on Irrawaddy Star Trading and Golden Lotus Aviation Services, which it said had shipped jet fuel to Myanmar's military.

Irrawaddy Star Trading did not immediately respond to an emailed request for comment. Golden Lotus could not be reached.

Nelson Okafor, who heads the Nelson Okafor Foundation, said the sanctions were overdue.
"""


def test_short_org_name_is_the_org_and_named_after_keeps_the_person() -> None:
    actors = {a.name: a for a in extract(STORY, published="2026-11-06").actors}
    org = actors["Golden Lotus Aviation Services"]
    assert org.kind == "organization"
    assert "Golden Lotus" in org.aliases and len(org.mentions) == 2
    assert "Golden Lotus" not in actors
    assert actors["Nelson Okafor"].kind == "person"


BODY_AND_TITLE = """Oman's State Council for Maritime Affairs said on Monday that the tanker was safe.

Minister of State Khalid Al Rawahi held talks with both crews in Muscat.
"""


def test_the_last_word_of_a_title_is_no_short_name_of_an_org() -> None:
    """"Minister of State" opens no "State Council ...": NER's "State" there is part of the title."""
    actors = {a.name: a for a in extract(BODY_AND_TITLE, published="2026-11-06").actors}
    assert actors["State Council for Maritime Affairs"].aliases == ["State Council for Maritime Affairs"]
    assert actors["Khalid Al Rawahi"].roles == ["Minister of State"]
