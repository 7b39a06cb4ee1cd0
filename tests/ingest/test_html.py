"""News pages in the markup real sites use (tests/data/html/, stories we wrote): the reader must give the
page's title, date, bylines and site name, the whole story with its paragraphs, and none of the page's
furniture (navigation, ads, share buttons, sign-up boxes, cookie notices, related links, comments)."""

from __future__ import annotations

from pathlib import Path

import pytest

from wirecoder.ingest.html import clean_authors
from wirecoder.ingest.reader import RawArticle, read_article

PAGES = Path(__file__).resolve().parent.parent / "data" / "html"

# file, title, published, authors, outlet, paragraphs, first words, last words, furniture that must not leak
CASES = [
    ("jsonld-newsarticle.html", "Moldova and Romania agree power-line deal after Chisinau talks", "2026-03-05",
     ["Irina Vasilescu", "Tomas Albu"], "The Danube Herald", 6,
     "CHISINAU — Moldova and Romania signed", "welcomed the deal in a statement.",
     ["cookies", "Sign up", "Elena Popa", "Read more", "Gazprom", "Maria Sandu", "Share", "Vlad_Cojocaru",
      "Putin", "Viktor Balogh", "Photograph", "Topics", "rights reserved", "high-voltage line across the Prut"]),
    ("no-article-tag.html", "Peru's Congress votes to remove interior minister", "2026-06-18",
     ["Lucia Paredes"], "Andean Times", 5,
     "LIMA (Andean Times) - Peru's Congress voted", "announce the appointment within days.",
     ["Advertisement", "Related", "Puno protests spread", "Tomas Herrera", "Share", "newsletter", "Log in"]),
    ("amp-page.html", "Ghana and Togo reopen border crossing closed since January", "2026-09-22",
     ["Kwame Asante"], "Gulf of Guinea Post", 4,
     "ACCRA — Ghana and Togo reopened", "since Sunday night.",
     ["Advertisement", "Photo", "Efua Mensah", "Trucks queue", "Politics", "closed since January"]),
    ("liveblog.html", "Live: Armenia-Azerbaijan talks in Vienna - latest updates", "2026-04-14",
     ["Nina Harutyunyan", "Rashad Aliyev"], "Caucasus Daily", None,
     None, "delaying the work of the border commission.",
     ["Share this post", "Copy link", "Sofia Gevorgyan", "15:20", "Newsletter", "latest updates"]),
    ("microdata.html", "Thai army chief rules out coup as protests grow", "2026-05-20",
     ["Somchai Wongsa"], "Mekong Monitor", 4,
     "BANGKOK — Thailand's army chief said", "disqualified the main opposition party last week.",
     ["Crowds outside parliament", "@MekongMonitor", "Tags", "Advertise", '"The army will stay']),
    ("old-cms-br.html", "Sri Lanka opposition calls for general strike", "2026-07-09",
     ["Nimal Perera"], None, 5,
     "COLOMBO - Sri Lanka's main opposition party", "to end fuel and power subsidies.",
     ["Island Observer", "Sections", "Copyright", "Archive"]),
    ("split-by-ads.html", "Philippines protests Chinese coast guard water-cannon attack near Scarborough Shoal",
     "2026-08-11", ["Jose Ramos"], "Manila Bay Chronicle", 5,
     "MANILA, Philippines — The Philippines on Tuesday", "mutual defence treaty with Manila.",
     ["ADVERTISEMENT", "READ", "Story continues", "drills with Japan", "ASEAN ministers", "Share this",
      "Marcos", "Leave a Reply", "cookies"]),
    ("windows-1252.html", "Côte d’Ivoire and Burkina Faso agree to reopen talks on displaced families", "2026-10-27",
     ["Aïcha Traoré"], "Sahel Express", 5,
     "By Aïcha Traoré — October 27, 2026\n\nBOUAKÉ, Côte d’Ivoire — Côte d’Ivoire and Burkina Faso",
     "camps in northern Côte d’Ivoire.",
     ["Partager", "Lire aussi", "Alassane Koné", "Accueil", "Tous droits"]),
    ("wire-reprint.html", "Nigeria says troops freed 40 hostages in Zamfara raid", "2026-02-03",
     ["Chinedu Okafor"], "Lakeside Gazette", 5,
     "ABUJA, Nigeria (AP) — Nigerian troops freed 40 people", "in Lagos contributed to this report.",
     ["AP Photo", "Musa Bello", "Copyright", "Recommended", "Dan Whitaker", "___", "E-Edition"]),
    ("div-blocks.html", "Serbia and Kosovo agree to restore direct flights, EU says", "2026-01-15",
     ["Marko Jovanovic", "Arben Krasniqi"], "Balkan Insight Today", 6,
     "Serbia and Kosovo have agreed to restore direct flights", "Belgrade and its ally Russia do not recognise it.",
     ["Listen", "Image source", "delegations met", "Related Topics", "Correction", "misspelled", "Xi Jinping",
      "Albin Hoxha", "Flooding", "Top Stories", "EU says"]),
]


def read_page(name: str) -> tuple:
    path = PAGES / name
    return read_article(RawArticle(str(path), path.read_bytes(), format="html"))


@pytest.mark.parametrize(("name", "title", "published", "authors", "outlet", "paragraphs", "first", "last", "furniture"),
                         CASES, ids=[c[0] for c in CASES])
def test_news_page(name: str, title: str, published: str, authors: list[str], outlet: str | None,
                   paragraphs: int | None, first: str | None, last: str, furniture: list[str]) -> None:
    article, _ = read_page(name)
    assert (article.title, article.published, article.authors, article.outlet) == (title, published, authors, outlet)
    assert article.text.endswith(last)
    if first is not None:
        assert article.text.startswith(first)
    if paragraphs is not None:
        assert article.text.count("\n\n") == paragraphs - 1 and "\n\n\n" not in article.text
    leaked = [bit for bit in furniture if bit in article.text]
    assert not leaked


def test_declared_windows_1252_is_read_as_such_without_a_guess() -> None:
    article, warnings = read_page("windows-1252.html")
    assert "“We owe these families an answer before the rainy season,” Kouassi said" in article.text
    assert warnings == []


def test_a_pull_quote_is_not_a_second_quote() -> None:
    article, _ = read_page("microdata.html")
    assert article.text.count("will stay in its barracks") == 1


def test_a_copyright_year_is_no_publication_date() -> None:
    body = " ".join(["The foreign minister said on Monday that talks with the neighbouring state would resume."] * 3)
    page = f"<html><body><article><p>{body}</p><p>{body}</p></article><footer>© 2025 The Site</footer></body></html>"
    article, _ = read_article(RawArticle("p.html", page, published="2026-05-04"))
    assert article.published == "2026-05-04"


@pytest.mark.parametrize(
    ("field", "outlet", "authors"),
    [
        ("Irina Vasilescu; Tomas Albu", None, ["Irina Vasilescu", "Tomas Albu"]),
        ("Associated Press; Chinedu Okafor", "Lakeside Gazette", ["Chinedu Okafor"]),
        ("By Ana Ruiz and Jon Pike", None, ["Ana Ruiz", "Jon Pike"]),
        ("CHINEDU OKAFOR", None, ["Chinedu Okafor"]),
        ("Lakeside Gazette", "Lakeside Gazette", []),
        ("Reuters Staff", None, []),
        ("https://site.example/staff/nina", None, []),
        ("Ana Ruiz; Ana Ruiz", None, ["Ana Ruiz"]),
        ("Ana Ruiz | CNN", None, ["Ana Ruiz"]),
        ("Ana Ruiz, Diplomatic Editor", None, ["Ana Ruiz"]),
        ("Ana Ruiz in Kyiv and Jon Pike in Warsaw", None, ["Ana Ruiz", "Jon Pike"]),
        ("The Associated Press", None, []),
        (None, None, []),
    ],
)
def test_page_authors_are_people(field: str | None, outlet: str | None, authors: list[str]) -> None:
    assert clean_authors(field, outlet) == authors


def test_the_page_address_dates_a_page_without_date_metadata() -> None:
    body = " ".join(["The foreign minister said on Monday that talks with the neighbouring state would resume."] * 3)
    page = f"<html><body><article><p>{body}</p><p>{body}</p></article></body></html>"
    article, _ = read_article(RawArticle("p.html", page, url="https://news.example/world/2026/03/05/talks-resume"))
    assert (article.published, article.outlet) == ("2026-03-05", None)
