"""Credits: bylines, datelines, closing credit blocks and captions in several outlets' styles."""

import pytest

from wirecoder.extract import ExtractOptions, load_pipeline
from wirecoder.pipeline import gazetteer
from wirecoder.pipeline.credits import dateline_end, find_credits, split_names


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("A. Smith, Bo Li and Carla Diaz", ["A. Smith", "Bo Li", "Carla Diaz"]),
        ("JANE DOE and OMAR SAID", ["Jane Doe", "Omar Said"]),
        ("Maria de la Cruz & Tom Reed", ["Maria de la Cruz", "Tom Reed"]),
        ("Ann Lee in Cairo", ["Ann Lee"]),
    ],
)
def test_split_names(text: str, names: list[str]) -> None:
    assert split_names(text) == names


def test_reuters_style() -> None:
    text = (
        "By Ana Lopes and Piet de Wit\n"
        "LIMA/QUITO (Reuters) - The foreign minister said on Monday the border would reopen.\n"
        "More text here about the talks.\n"
        "(Reporting by Ana Lopes; additional reporting by Sam Okafor in Quito; Writing by Lee Park; "
        "Editing by Mara Jonsson)"
    )
    c = find_credits(text)
    assert c.authors == ["Ana Lopes", "Piet de Wit"]
    assert c.dateline == ["Lima", "Quito"]
    assert c.outlet == "Reuters"
    for name in ("Sam Okafor", "Lee Park", "Mara Jonsson"):
        assert name in c.credited
    assert c.covers(text.index("(Reporting"), len(text))
    assert not c.covers(text.index("The foreign"), text.index("Monday"))


def test_ap_style_with_contributors_and_caption() -> None:
    text = (
        "Protesters fill the square\n"
        "By KARIM NASSER and LENA VOSS Associated Press\n"
        "BEIRUT (AP) — Thousands marched on Sunday.\n"
        "Photo: Protesters wave flags in the capital / AP\n"
        "The interior ministry said police made arrests.\n"
        "Associated Press writers Ola Berg in Cairo and Ravi Menon contributed to this report."
    )
    c = find_credits(text)
    assert c.authors == ["Karim Nasser", "Lena Voss"]
    assert c.outlet == "Associated Press"
    assert c.dateline == ["Beirut"]
    assert "Ola Berg" in c.credited and "Ravi Menon" in c.credited
    assert c.covers(text.index("Photo:"), text.index("/ AP") + 4)


def test_a_piped_credit_line_gives_the_dateline() -> None:
    text = (
        "Miners strike over pay\n"
        "ELIN BRANDT | Harbour Ledger | Lusaka | 3 March 2026\n"
        "Copper miners walked out on Tuesday, the union said.\n"
    )
    c = find_credits(text)
    assert c.authors == ["Elin Brandt"]
    assert c.dateline == ["Lusaka"]
    assert gazetteer.dateline_countries(c.dateline) == ["ZMB"]


@pytest.mark.parametrize(
    ("text", "dateline", "countries"),
    [
        ("BOUAKÉ, Côte d’Ivoire (AP) — Police said on Monday.", ["Bouaké", "Côte d’Ivoire"], ["CIV", "CIV"]),
        ("SÃO PAULO (Reuters) - Prosecutors said on Monday.", ["São Paulo"], ["BRA"]),
        ("Kara-Suu (Kyrgyzstan) (AFP) - Families returned on Thursday.", ["Kara-Suu", "Kyrgyzstan"], ["KGZ"]),
    ],
)
def test_datelines_with_accents_and_afp_regions(text: str, dateline: list[str], countries: list[str]) -> None:
    c = find_credits(text)
    assert c.dateline == dateline
    assert gazetteer.dateline_countries(c.dateline) == countries


def test_afp_tags_and_newspaper_byline() -> None:
    text = (
        "By Hannah Morel\nDiplomatic Correspondent\n"
        "PARIS, March 3 (AFP) - France recalled its ambassador.\n"
        "The move followed weeks of tension.\n"
        "bur/hm/jk\n"
    )
    c = find_credits(text)
    assert c.authors == ["Hannah Morel"]
    assert c.dateline == ["Paris"]
    assert c.outlet == "AFP"
    assert c.covers(text.index("Diplomatic"), text.index("Correspondent") + 13)
    assert c.covers(text.index("bur/"), text.index("bur/") + 8)


def test_body_text_is_not_a_credit() -> None:
    text = "The minister said the report was written by officials in March.\nTalks resume on Monday."
    c = find_credits(text)
    assert c.authors == [] and c.ranges == []


@pytest.mark.parametrize(
    ("byline", "authors"),
    [
        ("By Ainura ABDYRAKHMANOVA with Nigora ISMOILOVA in Dushanbe", ["Ainura Abdyrakhmanova", "Nigora Ismoilova"]),
        ("By Marcus Whitcombe, Trade Correspondent", ["Marcus Whitcombe"]),
        ("By Priya Raman | The Capital Courier", ["Priya Raman"]),
        ("By Tomas Varga for AFP", ["Tomas Varga"]),
        ("By Tomas Varga - Reuters", ["Tomas Varga"]),
        ("By Tomas Varga · Staff Writer", ["Tomas Varga"]),
        ("By TOMAS VARGA and LENA OSEI — Associated Press", ["Tomas Varga", "Lena Osei"]),
        # a job title run on after the name, no comma: desk words and places before the job noun
        ("By Harriet Coleman Diplomatic Editor", ["Harriet Coleman"]),
        ("By HARRIET COLEMAN DIPLOMATIC EDITOR", ["Harriet Coleman"]),
        ("By Omar Haddad Chief Political Correspondent", ["Omar Haddad"]),
        ("By Omar Haddad Middle East Correspondent", ["Omar Haddad"]),
        ("By Omar Haddad and Lina Saad Moscow Correspondents", ["Omar Haddad", "Lina Saad"]),
        ("By Omar Haddad and Lina Saad, Middle East Correspondents", ["Omar Haddad", "Lina Saad"]),
        # several names, each or all with the city they wrote from
        ("By Omar Haddad, Lina Saad and Karim Nasser in Beirut", ["Omar Haddad", "Lina Saad", "Karim Nasser"]),
        ("By Omar Haddad, Lina Saad in Beirut and Karim Nasser in London", ["Omar Haddad", "Lina Saad", "Karim Nasser"]),
        ("By Omar Haddad and Lina Saad in Beirut and Karim Nasser in Doha",
         ["Omar Haddad", "Lina Saad", "Karim Nasser"]),
        ("By OMAR HADDAD, LINA SAAD AND KARIM NASSER Associated Press", ["Omar Haddad", "Lina Saad", "Karim Nasser"]),
        ("By Dr Omar Haddad", ["Omar Haddad"]),
    ],
)
def test_byline_variants(byline: str, authors: list[str]) -> None:
    assert find_credits(f"Headline here\n{byline}\nPARIS (AFP) - Text of the story.\n").authors == authors


@pytest.mark.parametrize(
    ("head", "authors"),
    [
        ("Sana Jaffery with Mirwais Rahimi in Kabul\n\nISLAMABAD (AFP) - Text.", ["Sana Jaffery", "Mirwais Rahimi"]),
        ("Claire Morrissette, Foreign Affairs Reporter\n\nOTTAWA — Canada will give aid.", ["Claire Morrissette"]),
        ("Iran and Saudi Arabia agree\n\nRIYADH — Iran said.", []),
        ("Putin and Xi meet in Beijing\nBEIJING (Reuters) - Text.", []),
    ],
)
def test_bylines_without_by(head: str, authors: list[str]) -> None:
    assert find_credits(head).authors == authors


@pytest.mark.parametrize(
    ("text", "dateline", "outlet"),
    [
        ("NEW DELHI: The cabinet approved the new rail budget on Wednesday.", ["New Delhi"], None),
        ("Islamabad, June 9 (APP): The senate passed the finance bill.", ["Islamabad"], "APP"),
        ("LAGOS, 12 March: Fuel queues returned to the city on Tuesday.", ["Lagos"], None),
        ("KAMPALA, Uganda — Police fired tear gas at traders on Monday.", ["Kampala", "Uganda"], None),
        ("KUZNICA, Poland — Border guards turned back a group of migrants.", ["Kuznica", "Poland"], None),
        ("SPRINGFIELD, Ill. (AP) — The governor signed the bill.", ["Springfield", "Ill."], "Associated Press"),
        ("WINSTON-SALEM, N.C. — The plant will close in May.", ["Winston-Salem", "N.C."], None),
        ("GENEVA, Jan. 5, 2026 (Reuters) - Talks resumed on Monday.", ["Geneva"], "Reuters"),
        ("WASHINGTON - The U.S. - China talks resumed on Monday.", ["Washington"], None),
        ("KAMPALA, Uganda—Police fired tear gas at traders.", ["Kampala", "Uganda"], None),
        ("NEW YORK — Shares fell sharply in early trading on Monday.", ["New York"], None),
        ("FRANKFURT — The central bank left rates unchanged on Thursday.", ["Frankfurt"], None),
        ("GENEVA — The World Health Organization declared the outbreak over.", ["Geneva"], None),
        ("KYIV, Ukraine, June 9 (AP) — Drones struck the port overnight.", ["Kyiv", "Ukraine"], "Associated Press"),
        ("CEBU CITY: -- Fishermen blocked the harbour on Friday.", ["Cebu City"], None),
        ("NEW DELHI, June 9 (PTI) The opposition walked out of parliament on Monday.", ["New Delhi"], "PTI"),
        ("MOSCOW, June 9. /TASS/. The Kremlin rejected the proposal on Monday.", ["Moscow"], "TASS"),
        ("Kampala, Uganda — Police fired tear gas at traders on Monday.", ["Kampala", "Uganda"], None),
        ("(Bloomberg) -- Oil rose for a third day on Monday.", [], "Bloomberg"),
        ("By Lars Eklund\n(Bloomberg) -- Oil rose for a third day on Monday.", [], "Bloomberg"),
    ],
)
def test_dateline_forms(text: str, dateline: list[str], outlet: str | None) -> None:
    c = find_credits(text)
    assert (c.dateline, c.outlet) == (dateline, outlet)
    assert not c.covers(len(text) - 10, len(text) - 1)


@pytest.mark.parametrize(
    "text",
    [
        "UPDATE: The ministry revised its casualty figures on Monday.",
        "NATO-member Norway will send two frigates to the Baltic.",
        "EDITOR'S NOTE: This story contains graphic details.",
        "WARNING - some readers may find the images distressing.",
        "Paris: the city is preparing for the summit.",
        "Officials in Cairo - and in Amman - said the border would stay shut.",
        "KYIV Drones struck the port overnight, officials said.",
        "Officials at the ministry (MFA) Said the talks would resume.",
        "Turkey, Iran — and Russia — signed the accord on Monday.",
    ],
)
def test_openings_that_are_no_dateline(text: str) -> None:
    c = find_credits(text)
    assert c.dateline == [] and c.ranges == []


@pytest.mark.parametrize(
    ("line", "names"),
    [
        ("Associated Press writers Ana Ruiz in Madrid and Jon Pike contributed.", ["Ana Ruiz", "Jon Pike"]),
        ("AP correspondent Mei Tanaka in Tokyo contributed", ["Mei Tanaka"]),
        ("Mei Tanaka and Rafael Ortiz contributed.", ["Mei Tanaka", "Rafael Ortiz"]),
        ("--With assistance from Ana Silva and Kurt Becker.", ["Ana Silva", "Kurt Becker"]),
        ("With assistance from Ana Silva", ["Ana Silva"]),
        ("Additional reporting by Ana Silva in Lisbon", ["Ana Silva"]),
        ("With reporting by Ana Silva and Kurt Becker", ["Ana Silva", "Kurt Becker"]),
        ("Edited by Hugh Carver", ["Hugh Carver"]),
        ("Reporting by Asma Baig; Writing by Tom Hale; Editing by Rhys Kerr", ["Asma Baig", "Tom Hale", "Rhys Kerr"]),
        ("Soldiers patrol the border near the crossing. Credit: EPA-EFE/Jakub Nowak", ["Jakub Nowak"]),
        ("Residents queue for water in Gaza City, May 3, 2025. REUTERS/Omar Saleh", ["Omar Saleh"]),
        ("A man walks past a mural in Kyiv. AFP/Lena Koval", ["Lena Koval"]),
        ("Rescue workers search the rubble. AP Photo/Emre Dogan, File", ["Emre Dogan"]),
        ("Protesters march in Lima on Sunday. Diego Soto/Getty Images", ["Diego Soto"]),
        ("Firefighters at the depot. Karim Haddad/AFP via Getty Images", ["Karim Haddad"]),
        ("Lars Eklund in Oslo at leklund1@example.net", ["Lars Eklund"]),
        ("Jonas Weber at jweber3@example.net", ["Jonas Weber"]),
        ("Reporting by Ana Silva, Editing by Hugh Carver", ["Ana Silva", "Hugh Carver"]),
        ("Writing by Ana Silva Editing by Hugh Carver", ["Ana Silva", "Hugh Carver"]),
        ("Omar Haddad reported from Beirut. Ana Silva contributed from Lisbon.", ["Omar Haddad", "Ana Silva"]),
        ("Ana Silva contributed reporting from Lisbon, Portugal.", ["Ana Silva"]),
        ("Protesters march in the capital. Photograph: Ana Silva/Reuters", ["Ana Silva"]),
        ("Protesters march in the capital. Ana Silva/Anadolu Agency via Getty Images", ["Ana Silva"]),
        ("Workers repair the bridge in Wuhan. (Xinhua/Li Ming)", ["Li Ming"]),
        ("Copyright 2025 The Associated Press. All rights reserved.", []),
        ("Follow our coverage of the conflict at https://example.com/hub/conflict", []),
        ("Our Standards: The Thomson Reuters Trust Principles.", []),
        ("(with AFP)", []),
        ("— With AFP", []),
        ("-- Agencies", []),
        ("FILE PHOTO: Ships wait to enter the canal, March 3, 2025.", []),
        ("Image caption, Rescuers search for survivors in the rubble", []),
        ("Photograph by Ana Silva", ["Ana Silva"]),
    ],
)
def test_credit_lines(line: str, names: list[str]) -> None:
    text = f"PARIS (AFP) - The minister resigned on Monday.\nShe gave no reason.\n{line}\n"
    c = find_credits(text)
    assert [n for n in names if n not in c.credited] == []
    assert c.covers(text.index(line), text.index(line) + len(line))
    assert not c.covers(text.index("She"), text.index("reason"))


@pytest.mark.parametrize(
    "line",
    [
        "The fund contributed $2 million to the rebuilding effort.",
        "Saudi Arabia and United Arab Emirates contributed.",
        "He said the report was edited by officials in the ministry.",
        "The talks used the format agreed by the EU/NATO working group.",
        "Ministers from Poland and Lithuania said the Kremlin/TASS report was false.",
        "The ministry reported from Kabul.",
        "Saudi Arabia reported.",
        "Turkey and Iran contributed from the start.",
        "Photos released by the ministry showed President Alma Torres at the border.",
        "Pictures of the damaged bridge were shared widely online.",
        "Scientists at two universities contributed research to the trial, the health ministry said.",
        "With assistance from Egypt and Qatar, the two sides agreed to extend the truce.",
        "With assistance from the United Nations, the government reopened the schools.",
        "Research by the Stockholm institute shows that arms imports rose by a third.",
    ],
)
def test_body_lines_that_are_no_credit(line: str) -> None:
    text = f"PARIS (AFP) - The minister resigned on Monday.\n{line}\n"
    c = find_credits(text)
    assert c.credited == [] and not c.covers(text.index(line), text.index(line) + 5)


@pytest.mark.parametrize(
    ("places", "countries"),
    [
        (["Lagos"], ["NGA"]),
        (["Karachi"], ["PAK"]),
        (["Valencia", "Spain"], ["ESP", "ESP"]),  # Venezuela's Valencia is bigger, but the dateline says Spain
        (["Cordoba", "Spain"], ["ESP", "ESP"]),  # geonames writes Córdoba
        (["Lima", "Quito"], ["PER", "ECU"]),
        (["Kuznica", "Poland"], ["POL"]),
        (["Springfield", "Ill."], ["USA", "USA"]),
        (["Houston", "Texas"], ["USA", "USA"]),
        (["New York"], ["USA"]),  # geonames: New York City
        (["Frankfurt"], ["DEU"]),  # geonames: Frankfurt am Main
        (["Atlantis"], []),
        (["Cambridge", "Mass."], ["USA", "USA"]),  # Cambridge alone is the English one
        (["Cambridge"], ["GBR"]),
        (["Pune", "Maharashtra"], ["IND", "IND"]),
        (["Hyderabad", "Sindh"], ["PAK", "PAK"]),  # the bigger Hyderabad is India's
        (["Ajmer", "Rajasthan"], ["IND", "IND"]),
        (["Kuznica", "Ill."], ["USA"]),
        (["Geneva"], []),  # UN agencies and talks: the dateline says nothing of the speakers' country
        (["Geneva", "Switzerland"], ["CHE"]),
    ],
)
def test_dateline_countries(places: list[str], countries: list[str]) -> None:
    assert gazetteer.dateline_countries(places) == countries


@pytest.mark.parametrize(
    ("text", "first"),
    [
        ("KAMPALA, Uganda — Ugandan police arrested an opposition lawmaker on Saturday.", "Ugandan"),
        ("LAGOS, 12 March: Nigeria expelled two Ghanaian diplomats on Tuesday.", "Nigeria"),
        ("NEW DELHI: India summoned the Nepalese envoy on Monday.", "India"),
        ("WASHINGTON - The Treasury imposed sanctions on three banks on Monday.", "The"),
    ],
)
def test_the_story_starts_a_sentence_after_its_dateline(text: str, first: str) -> None:
    """Else the parser hangs the story on the dateline, and its verb loses its subject."""
    nlp = load_pipeline(ExtractOptions().model)
    doc = nlp.make_doc(text)
    doc = nlp.get_pipe("wirecoder_segment")(doc)
    start = text.index(first)
    assert dateline_end(text) == start
    assert next(t for t in doc if t.idx == start).is_sent_start


@pytest.mark.parametrize(
    ("line", "authors", "outlet"),
    [
        ("Reuters in Kyiv", [], "Reuters"),
        ("Agence France-Presse in Dakar", [], "Agence France-Presse"),
        ("Associated Press in Washington", [], "Associated Press"),
        ("Staff and agencies", [], None),
        ("Courier staff and agencies", [], None),
        ("Helena Brandt in Berlin and agencies", ["Helena Brandt"], None),
        ("Helena Brandt with agencies", ["Helena Brandt"], None),
    ],
)
def test_agency_and_staff_bylines(line: str, authors: list[str], outlet: str | None) -> None:
    text = f"Poland vetoes media bill\n{line}\nPoland's president vetoed the media bill on Wednesday.\n"
    c = find_credits(text)
    assert (c.authors, c.outlet) == (authors, outlet)
    assert c.covers(text.index(line), text.index(line) + len(line))
    assert not c.covers(text.index("Poland's"), text.index("Wednesday"))


def test_a_byline_with_a_run_on_job_title_names_an_author_and_no_actor() -> None:
    nlp = load_pipeline(ExtractOptions().model)
    doc = nlp("Aid cuts anger charities\n\nBy Harriet Coleman Diplomatic Editor\n\nBritish Foreign Secretary Tom "
              "Ashby said on Monday that aid would be cut.")
    assert doc._.credits.authors == ["Harriet Coleman"]
    assert [a.name for a in doc._.actors or []] == ["Tom Ashby"]
