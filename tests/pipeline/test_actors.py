"""The actors stage: entity types, one actor per entity, roles, countries, metonymy, credits.

Each case is a short passage we wrote and the actor(s) it must yield.
"""

from __future__ import annotations

import pytest

from wirecoder import Extraction, extract


def run(text: str) -> Extraction:
    return extract(text, published="2026-03-04")


def person(result: Extraction, name: str) -> dict:
    found = [a for a in result.actors if a.kind == "person" and a.name == name]
    assert len(found) == 1, [(a.name, a.kind) for a in result.actors]
    return found[0].__dict__


@pytest.mark.parametrize(
    ("text", "name", "country", "role"),
    [
        ("Brazilian President Lucia Ferraz met farmers on Monday. Ferraz said prices would fall.",
         "Lucia Ferraz", "BRA", "President"),
        ("Turkey's Foreign Minister Kemal Aydin arrived in Athens on Tuesday for talks.",
         "Kemal Aydin", "TUR", "Foreign Minister"),
        ("Kenyan aid worker Ruth Wanjiku was released by her captors on Sunday.",
         "Ruth Wanjiku", "KEN", "aid worker"),
        ("Ellen Ross, Canada's prime minister, said the deal was fair.",
         "Ellen Ross", "CAN", "prime minister"),
        ("Secretary of State Paul Greer said the embassy would stay open.",
         "Paul Greer", "USA", "Secretary of State"),
        ("Indian Defence Minister Arjun Mehta inspected the border posts on Friday.",
         "Arjun Mehta", "IND", "Defence Minister"),
        ("The talks were led by Japanese Prime Minister Haruto Sato, officials said.",
         "Haruto Sato", "JPN", "Prime Minister"),
    ],
)
def test_titles_give_role_and_country(text: str, name: str, country: str, role: str) -> None:
    actor = person(run(text), name)
    assert actor["country"] == country
    assert any(role.lower() in r.lower() for r in actor["roles"]), actor["roles"]


def test_surname_and_variant_spellings_are_one_actor() -> None:
    text = (
        "Ukrainian Foreign Minister Oleh Berezovskiy met his Polish counterpart on Monday. "
        "Berezovsky said the meeting was useful. Later, Berezovskyy flew to Vilnius."
    )
    actor = person(run(text), "Oleh Berezovskiy")
    assert len([m for m in actor["mentions"] if m.how == "name"]) == 3
    assert actor["country"] == "UKR"


def test_description_and_pronoun_join_the_person() -> None:
    text = (
        "Kenyan President Ruth Odhiambo opened the summit on Monday. "
        "The Kenyan leader said the region needed calm. She added that talks would continue."
    )
    actor = person(run(text), "Ruth Odhiambo")
    hows = {m.how for m in actor["mentions"]}
    assert {"name", "description", "pronoun"} <= hows


def test_credits_are_never_actors() -> None:
    text = (
        "By Tom Hill and Sara Quint\n"
        "LONDON (Reuters) - British Foreign Secretary Alan Pryce said on Monday that sanctions would stay.\n"
        "(Reporting by Tom Hill; additional reporting by Ann Bell in Paris; Writing by Sara Quint; "
        "Editing by Jon Webb)\n"
    )
    result = run(text)
    names = {a.name for a in result.actors}
    assert not names & {"Tom Hill", "Sara Quint", "Ann Bell", "Jon Webb", "Reuters", "London"}
    assert person(result, "Alan Pryce")["country"] == "GBR"
    assert result.article.authors == ["Tom Hill", "Sara Quint"]


def test_seat_of_power_and_capital_acting_are_governments() -> None:
    result = run("The Kremlin said on Monday that Kyiv had rejected the proposal.")
    kinds = {(a.name, a.kind, a.country) for a in result.actors}
    assert ("Kremlin", "organization", "RUS") in kinds
    ukraine = [a for a in result.actors if a.country == "UKR" and a.kind == "country"]
    assert ukraine and ukraine[0].mentions[0].how == "metonym"


def test_capital_as_a_place_is_no_actor() -> None:
    result = run("The minister arrived in Kyiv on Monday for a two-day visit.")
    assert not [a for a in result.actors if a.kind == "country"]


def test_mention_offsets_match_the_text() -> None:
    text = "Tanzanian President Amani Mrisho met Ugandan President Joseph Okello. Mrisho said they agreed."
    for actor in run(text).actors:
        for m in actor.mentions:
            assert text[m.start : m.end] == m.text


@pytest.mark.parametrize(
    "text",
    [
        "A shell hit the village of Bel-Tokoy on Sunday, killing two people, officials said. "
        "Residents of Bel-Tokoy said the shelling lasted an hour.",
        "A drone struck the Armenian village of Sotk-Aran on Monday. Residents of Sotk-Aran fled.",
        "Police said three people were hurt in Santa Irene on Saturday. Shops in Santa Irene stayed shut.",
    ],
)
def test_a_name_only_ever_used_as_a_place_is_no_actor(text: str) -> None:
    found = [(a.name, a.kind) for a in run(text).actors]
    assert not [a for a in found if a[1] in ("person", "organization")], found


def test_courtesy_honorifics_are_no_roles_but_ranks_are() -> None:
    result = run(
        '"We will not sign," Mr Halvorsen said on Monday. Ms. Ortega, who chairs the panel, disagreed. '
        "Gen. Tomas Brandt said the troops would stay."
    )
    roles = {a.name: a.roles for a in result.actors if a.kind == "person"}
    assert roles.get("Halvorsen") == [] and roles.get("Ortega") == ["chair of the panel"], roles  # no "Ms."
    assert roles.get("Tomas Brandt") == ["Gen."], roles


def test_an_occupation_in_apposition_is_the_role() -> None:
    result = run("Marta Kowal, a virologist at the national institute, said cases were rising. "
                 "Ivan Petrov, a pharmacologist, agreed.")
    assert person(result, "Marta Kowal")["roles"] == ["virologist"]
    assert person(result, "Ivan Petrov")["roles"] == ["pharmacologist"]


def test_his_and_her_officials_serve_the_person_named_before() -> None:
    result = run(
        "NAIROBI, March 3 (Reuters) - Kenya said on Tuesday it would reopen the border.\n\n"
        "Peruvian President Rosa Quispe has not commented. Her spokesman, Diego Ramos, said talks would go on.\n\n"
        "Nigerien Prime Minister Issa Moussa flew home. His deputy, Halima Garba, stayed in Nairobi."
    )
    assert person(result, "Diego Ramos")["country"] == "PER"
    assert person(result, "Halima Garba")["country"] == "NER"


def test_an_official_of_the_bloc_just_named_has_no_country() -> None:
    result = run(
        "DAKAR, March 3 (Reuters) - The African Union urged both sides to talk. "
        "The bloc's commission chairman, Mahamat Diallo, is expected in Dakar next week."
    )
    actor = person(result, "Mahamat Diallo")
    assert actor["country"] is None and actor["sector"] == "IGO"


def test_a_lower_case_common_noun_is_no_organisation_of_the_tables() -> None:
    result = run("Peru's trade union congress threatened to strike on Friday if wages were not raised.")
    assert "USA" not in {a.country for a in result.actors}, [(a.name, a.country) for a in result.actors]


def test_a_possessor_of_several_words_stays_whole_in_the_agent_name() -> None:
    result = run("Sri Lanka's foreign ministry said in a statement that the fishermen would be released.")
    assert [(a.name, a.country) for a in result.actors if a.kind == "organization"] == [
        ("Sri Lanka's foreign ministry", "LKA")]


def test_an_abbreviation_the_text_defines_is_the_same_organisation() -> None:
    result = run("The Uganda Wildlife Authority (UWA) said on Monday that poachers had killed two elephants. "
                 "The UWA said it would add rangers.")
    orgs = [(a.name, len(a.mentions)) for a in result.actors if a.kind == "organization"]
    assert orgs == [("Uganda Wildlife Authority", 4)], orgs


@pytest.mark.parametrize(
    ("text", "name", "alone"),
    [
        ("North Korean leader Kim Jong Un oversaw a missile test on Friday. Kim said the country would build more.",
         "Kim Jong Un", "Kim"),
        ("Kenyan activist Leila Odhiambo was arrested on Monday. Police said Leila had blocked a road.",
         "Leila Odhiambo", "Leila"),
    ],
)
def test_a_given_name_alone_is_the_one_person_it_belongs_to(text: str, name: str, alone: str) -> None:
    result = run(text)
    assert [a.name for a in result.actors if a.kind == "person"] == [name]
    assert alone in [m.text for m in person(result, name)["mentions"]]


def test_a_given_name_that_is_a_country_stays_the_country() -> None:
    result = run("Jordan Peterson spoke in Amman. Jordan said the talks with Israel would resume.")
    assert ("Jordan", "country") in [(a.name, a.kind) for a in result.actors]


def test_a_national_body_named_without_its_country_takes_the_possessor_or_the_dateline() -> None:
    result = run(
        "TBILISI, Georgia (AP) — The Interior Ministry said 40 people were detained. "
        "Russia's Foreign Ministry spokeswoman, Maria Zakharova, called the criticism meddling."
    )
    orgs = {a.name: a.country for a in result.actors if a.kind == "organization"}
    assert orgs == {"Interior Ministry": "GEO", "Foreign Ministry": "RUS"}, orgs
    assert person(result, "Maria Zakharova")["roles"] == ["Foreign Ministry spokeswoman"]


@pytest.mark.parametrize(
    ("text", "country"),
    [
        ("Estonia blamed the attack on hackers working for Belarus's KGB security service.", "BLR"),
        ("Belarus's KGB said on Friday it had detained two Latvian citizens.", "BLR"),
        ("The KGB said on Friday it had detained two Latvian citizens.", "RUS"),  # the table's country
    ],
)
def test_a_known_national_body_takes_the_country_the_text_gives_as_its_owner(text: str, country: str) -> None:
    result = run(text)
    orgs = {a.name: a.country for a in result.actors if a.kind == "organization"}
    assert orgs.get("KGB") == country, orgs


def test_it_after_a_thing_named_nearer_than_any_actor_is_no_actor() -> None:
    result = run("The Interior Ministry said 42 people were detained. Prime Minister Ivo Dimov defended the law, "
                 "saying it would protect the country.")
    ministry = [a for a in result.actors if a.name == "Interior Ministry"]
    assert ministry and [m.text for m in ministry[0].mentions] == ["Interior Ministry"]


def test_it_after_a_statement_is_still_the_speaker() -> None:
    result = run("The ministry issued a statement on Monday. Lithuania said in a statement that it would close "
                 "two border crossings.")
    lithuania = [a for a in result.actors if a.name == "Lithuania"]
    assert lithuania and "it" in [m.text for m in lithuania[0].mentions]


def test_his_counterpart_in_an_apposition_the_parser_missed() -> None:
    result = run('"We are talking again," Chilean Foreign Minister Rodrigo Vial told reporters after meeting his '
                 "Bolivian counterpart, Celia Mamani, in Santiago.")
    actor = person(result, "Celia Mamani")
    assert actor["country"] == "BOL"
    assert "Foreign Minister" in actor["roles"], actor["roles"]


def test_a_paper_that_is_only_told_things_is_no_actor_but_one_that_acts_is() -> None:
    told = run('"We are seeing children come in," the nurse told the Tribune by phone on Monday.')
    assert [a.name for a in told.actors if a.kind == "organization"] == []
    acts = run("The minister told the Harbour Times that the deal was close. The Harbour Times later reported "
               "that talks had stalled.")
    assert [a.name for a in acts.actors if a.kind == "organization"] == ["Harbour Times"]


def test_a_lead_that_names_the_role_first_and_the_person_later() -> None:
    result = run(
        "The Chancellor has rejected calls for an early election, telling MPs the country needed stability.\n\n"
        "Speaking in the Commons on Wednesday, Miriam Oakes said families needed calm. Downing Street backed her."
    )
    actor = person(result, "Miriam Oakes")
    assert actor["roles"] == ["Chancellor"] and "The Chancellor" in [m.text for m in actor["mentions"]]
    assert actor["country"] == "GBR"  # no dateline: the one country whose seats of power the story names


def test_no_delayed_identification_when_the_person_has_a_role_of_their_own() -> None:
    result = run("The minister resigned on Monday.\n\nOpposition leader Pavel Novak said the government was finished.")
    assert person(result, "Pavel Novak")["roles"] == ["Opposition leader"]


def test_an_official_of_an_international_body_named_in_the_title_has_no_country() -> None:
    result = run("KHARTOUM, Nov 20 (Reuters) - The United Nations humanitarian chief, Tom Okafor, condemned the "
                 "attack on Wednesday, medics said.")
    actor = person(result, "Tom Okafor")
    assert (actor["country"], actor["sector"]) == (None, "IGO")
    assert ("medics", "SDN") in [(a.name, a.country) for a in result.actors]


def test_the_person_in_apposition_acts_not_the_body_in_the_title() -> None:
    result = run("The United Nations humanitarian chief, Tom Okafor, condemned the attack on the camp.")
    ids = {a.id: a.name for a in result.actors}
    assert [ids.get(e.source) for e in result.events if e.code.startswith("11")] == ["Tom Okafor"]


def test_a_body_several_countries_name_alike_is_the_dateline_countrys() -> None:
    brazil = run("BRASILIA, Brazil (AP) — The measure passed Congress last month with opposition support.")
    assert [(a.name, a.country) for a in brazil.actors if a.kind == "organization"][:1] == [("Congress", "BRA")]
    usa = run("WASHINGTON (Reuters) - The measure passed Congress last month.")
    assert [(a.name, a.country) for a in usa.actors if a.kind == "organization"] == [("Congress", "USA")]


def test_an_inner_name_of_a_long_name_stands_for_the_person() -> None:
    result = run("Brazilian President Luiz Carlos Tavora da Cunha signed the law on Tuesday. Tavora said loggers "
                 "would pay.")
    assert [a.name for a in result.actors if a.kind == "person"] == ["Luiz Carlos Tavora da Cunha"]


def test_in_the_name_is_a_place_not_a_company() -> None:
    result = run("Loggers cleared forest in the Amazon last year. Investors piled into Amazon last week.")
    orgs = [a for a in result.actors if a.name == "Amazon"]
    assert len(orgs) == 1 and [m.text for m in orgs[0].mentions] == ["Amazon"]


def test_a_surname_spelt_like_an_accented_city_is_still_the_person() -> None:
    # geonames has "Būsh" (Egypt); folded spellings are for datelines only
    result = run("Before leaving for Beijing on Thursday, President Bush met exiled dissidents.")
    assert [a.name for a in result.actors if a.kind == "person"] == ["Bush"]


@pytest.mark.parametrize(
    ("text", "name", "country"),
    [
        # unnamed attackers: an armed group of the country they strike in (here the dateline's)
        ("KABUL (Reuters) - Gunmen killed five people at a mosque on Friday, police said.", "Gunmen", "AFG"),
        ("Smugglers fired at border guards near the crossing on Sunday.", "Smugglers", None),
        ("MINSK (AP) - Authorities freed 20 political prisoners on Thursday.", "Authorities", "BLR"),
        ("NAIROBI (Reuters) - Security forces fired on protesters, killing three people.", "Security forces", "KEN"),
    ],
)
def test_collective_doers_with_and_without_a_country(text: str, name: str, country: str | None) -> None:
    assert (name, country) in [(a.name, a.country) for a in run(text).actors]


def test_fighters_of_a_named_group_are_that_group() -> None:
    result = run("GOMA (Reuters) - The M23 rebel group refused to sign. Army drones killed at least eight fighters "
                 "on Tuesday. M23 fighters shelled the town on Wednesday.")
    assert not [a.name for a in result.actors if a.name.lower() in ("rebel", "m23 fighters")]
    m23 = next(a for a in result.actors if a.name == "M23")
    assert "M23" in [m.text for m in m23.mentions if m.start > result.article.text.index("Wednesday") - 40]


def test_a_pronoun_inside_single_quotation_marks_is_not_the_narrative_s() -> None:
    # British style: speech in single marks; "he" inside the quote is not resolved as the story's subject
    result = run("Chancellor Miriam Oakes rejected the call. 'He has lost the argument,' she said of the "
                 "opposition leader, Tom Halden.")
    assert [m.text for m in person(result, "Miriam Oakes")["mentions"]].count("He") == 0


@pytest.mark.parametrize(
    ("text", "name", "role"),
    [
        ("Karim Haddad, 84, the head of the Nahda party, has been in prison since April.", "Karim Haddad",
         "head of the Nahda party"),
        ("Pedro Alves, minister of defence, said the troops would stay.", "Pedro Alves", "minister of defence"),
    ],
)
def test_an_office_named_in_an_of_complement_is_part_of_the_role(text: str, name: str, role: str) -> None:
    assert role in person(run(text), name)["roles"]


def test_a_hyphenated_first_name_keeps_its_surname() -> None:
    result = run("OTTAWA — Canada will give aid to Haiti, International Development Minister Marc-Olivier Tremblay "
                 "announced Monday. Tremblay told the conference the money would reach people.")
    assert [a.name for a in result.actors if a.kind == "person"] == ["Marc-Olivier Tremblay"]


def test_its_spokesman_serves_the_body_that_was_the_subject_before() -> None:
    result = run("Iran's judiciary accused her of passing information to British intelligence. Its spokesman, "
                 "Reza Karimi, told state television that the trial was fair.")
    assert person(result, "Reza Karimi")["country"] == "IRN"


def test_an_age_is_no_part_of_a_role() -> None:
    result = run("Mariam Beridze, a 23-year-old medical student, said she had been hit by a rubber bullet.")
    assert person(result, "Mariam Beridze")["roles"] == ["medical student"]


@pytest.mark.parametrize(
    ("text", "name", "country"),
    [
        ("Last week gunmen attacked a hospital, according to Doctors Without Borders.", "Doctors Without Borders", None),
        ("The Electoral Commission of Zambia said the count was complete.", "Electoral Commission of Zambia", "ZMB"),
        ("Leaders meeting in an emergency session of the regional bloc CARICOM condemned the threats.",
         "Caribbean Community", None),
    ],
)
def test_organisation_names_ner_cuts_short(text: str, name: str, country: str | None) -> None:
    orgs = [(a.name, a.country) for a in run(text).actors if a.kind == "organization"]
    assert orgs == [(name, country)], orgs


def test_the_general_is_no_secretary_general() -> None:
    result = run("Party secretary general Bwalya Tembo said the count was rigged. The former general, who retired "
                 "from the army in 2019, said he would serve everyone.")
    assert "The former general" not in [m.text for m in person(result, "Bwalya Tembo")["mentions"]]


def test_the_government_in_a_foreign_officials_report_is_that_officials() -> None:
    result = run("KYIV (Reuters) - Polish Foreign Minister Radek Nowak said the government would send more aid.")
    assert ("government", "POL") in [(a.name, a.country) for a in result.actors]
    home = run("KYIV (Reuters) - The ministry said the government would send more aid.")
    assert ("government", "UKR") in [(a.name, a.country) for a in home.actors]
