"""Credits: bylines, datelines, closing credit blocks and captions in several outlets' styles."""

import pytest

from wirecoder.pipeline.credits import find_credits, split_names


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
