"""Text as users paste it from news pages: line endings, odd spaces, invisible characters, page furniture."""

from __future__ import annotations

import pytest

from wirecoder.ingest.clean import clean_text, drop_boilerplate, unwrap
from wirecoder.ingest.reader import RawArticle, read_article

P1 = "KYIV (Wire) — Ukraine and Poland agreed on Monday to reopen a border crossing, officials said."
P2 = "Deputy Minister Olena Hrytsenko said the crossing would open on Friday."


@pytest.mark.parametrize(
    ("pasted", "clean"),
    [
        (f"{P1}\r\n\r\n{P2}\r\n", f"{P1}\n\n{P2}"),  # Windows line endings
        (f"{P1}\r{P2}", f"{P1}\n{P2}"),  # old Mac line endings
        (f"{P1}\n{P2}", f"{P1}\n{P2}"),  # single newlines between paragraphs stay paragraph breaks
        (f"\ufeff{P1}\n\n\n\n{P2}", f"{P1}\n\n{P2}"),  # a BOM; blank lines in a row
        ("Deputy\u00a0Minister Olena\u202fHrytsenko said\u2009so.", "Deputy Minister Olena Hrytsenko said so."),
        ("Olena Hryt\u200bsenko said the cross\u00ading would\u2060 open.", "Olena Hrytsenko said the crossing would open."),
        ("  Deputy   Minister\tOlena Hrytsenko said so.   \n\t", "Deputy Minister Olena Hrytsenko said so."),
        ("Talks in Geneva &amp; Vienna, she said&#8217;s &quot;near&quot;.", "Talks in Geneva & Vienna, she said’s \"near\"."),
        (f"<p>{P1}</p><p>{P2}<br>More.</p>", f"{P1}\n\n{P2}\nMore."),
        ("<b>Ukraine</b> and <a href='/pl'>Poland</a> agreed.", "Ukraine and Poland agreed."),
        ("<Reuters> said talks at 5 < 6 went well.", "<Reuters> said talks at 5 < 6 went well."),
        ("“We will open it,” she said. \"We will open it,\" she said.",
         "“We will open it,” she said. \"We will open it,\" she said."),  # quotes are left as they came
    ],
)
def test_normalised(pasted: str, clean: str) -> None:
    assert clean_text(pasted) == clean


FURNITURE = [
    "Advertisement",
    "ADVERTISEMENT",
    "Story continues below advertisement",
    "Article continues after this ad",
    "Continue reading the main story",
    "Share this article",
    "Share on Facebook",
    "Share: Facebook | X | WhatsApp",
    "Read more: Poland closes second crossing after protests",
    "READ MORE: Farmers block roads in eastern Poland",
    "See also: Border queues reach 30 km",
    "Related: Kyiv and Warsaw trade accusations over grain",
    "Sign up for our free morning newsletter",
    "Subscribe to our newsletter to get the day's top stories.",
    "Click here to read the full statement",
    "Follow us on Twitter and Facebook",
    "We use cookies to improve your experience on our site.",
    "By continuing to browse you accept our use of cookies.",
    "___",
    "* * *",
    "12 Comments",
    "Copy link",
    "4 min read",
    "15:20 GMT",
    "Posted at 9.45am",
    "2h ago",
    "12 mins ago",
    "Show key events only",
    "Please enable JavaScript to view the comments.",
    "This video can not be played",
    "Correction: An earlier version of this story gave the wrong date for the talks.",
]


@pytest.mark.parametrize("line", FURNITURE)
def test_furniture_lines_are_dropped(line: str) -> None:
    assert clean_text(f"{P1}\n\n{line}\n\n{P2}") == f"{P1}\n\n{P2}"


NEWS = [
    "Share prices fell 4% on Monday after the announcement.",
    "Shares in the state energy company rose.",
    "Read the statement here, the minister told reporters.",
    "Related talks will be held in Geneva next week, the ministry said.",
    "Advertisement revenue at the state broadcaster fell by a third.",
    "Subscribers to the state news service were told the talks had failed.",
    "More than 300 people were killed in the fighting, officials said.",
    "The regulator said the cookie maker had broken competition rules.",
    "Comments by the minister angered the opposition.",
    "Follow-up talks are planned for March.",
    "Corrections officers at the prison went on strike on Monday.",
    "Most read newspapers in the capital carried the story.",
    "Two days ago the army said it had taken the town.",
]


@pytest.mark.parametrize("line", NEWS)
def test_news_lines_are_kept(line: str) -> None:
    assert clean_text(f"{P1}\n\n{line}\n\n{P2}") == f"{P1}\n\n{line}\n\n{P2}"


@pytest.mark.parametrize(
    "tail",
    [
        "Related:\nPoland closes second crossing after protests\nKyiv and Warsaw trade accusations over grain",
        "Related stories\n\n- Poland closes second crossing\n- Farmers block roads in eastern Poland",
        "Read more\n• Border queues reach 30 km\n• What the grain dispute is about",
        "More on this story\nPoland closes second crossing after protests",
        "You may also like:\nWill the grain deal survive the winter?",
    ],
)
def test_a_list_of_other_stories_is_dropped(tail: str) -> None:
    assert clean_text(f"{P1}\n\n{P2}\n\n{tail}\n") == f"{P1}\n\n{P2}"


@pytest.mark.parametrize(
    ("line", "clean"),
    [
        ("15:20 GMT: The minister arrived in Vienna.", "The minister arrived in Vienna."),
        ("11:05 BST - Azerbaijan's minister spoke.", "Azerbaijan's minister spoke."),
        ("9.45am “We are ready,” she said.", "“We are ready,” she said."),
        ("08:30 | Talks resumed.", "Talks resumed."),
        ("10.50 Euros was the price of a ticket.", "10.50 Euros was the price of a ticket."),
        ("12:30 was the time set for the vote.", "12:30 was the time set for the vote."),
    ],
)
def test_live_blog_entry_times_are_cut(line: str, clean: str) -> None:
    assert clean_text(f"{P1}\n\n{line}") == f"{P1}\n\n{clean}"


def test_a_list_ends_at_the_next_paragraph_of_prose() -> None:
    pasted = f"{P1}\n\nRead more\nPoland closes second crossing after protests\n\n{P2}"
    assert drop_boilerplate(pasted) == f"{P1}\n\n{P2}"


WRAPPED = """\
WARSAW (Wire) - Poland and Ukraine agreed on Monday to reopen the
Dorohusk border crossing, which farmers had blocked for three weeks,
the two governments said in a joint statement.

Polish Agriculture Minister Adam Kowalczyk said the farmers had been
promised talks on grain imports. "We heard them," he told reporters
in Lublin.

Ukraine's deputy minister, Olena Hrytsenko, welcomed the agreement.
"""


def test_hard_wrapped_lines_are_rejoined() -> None:
    paragraphs = unwrap(WRAPPED.strip()).split("\n\n")
    assert [p.count("\n") for p in paragraphs] == [0, 0, 0]
    assert paragraphs[0].endswith("reopen the Dorohusk border crossing, which farmers had blocked for three "
                                  "weeks, the two governments said in a joint statement.")


def test_short_lines_are_not_taken_for_wrapped_ones() -> None:
    text = "Talks resume\nBy Ann Lee\n" + "\n".join([P1, P2] * 3)
    assert unwrap(text) == text


def test_a_text_of_furniture_only_is_empty_input() -> None:
    from wirecoder.errors import EmptyInputError

    with pytest.raises(EmptyInputError, match=r"page\.txt"):
        read_article(RawArticle("page.txt", "Advertisement\r\nShare this article\r\n"))


def test_pasted_text_reads_as_the_clean_text() -> None:
    pasted = (f"\ufeffUkraine and Poland reopen crossing\r\nBy Ann\u00a0Lee\r\n{P1}\r\nAdvertisement\r\n"
              f"{P2.replace(' ', '  ')}\r\nShare this article\r\nRelated:\r\nPoland closes second crossing\r\n")
    article, _ = read_article(RawArticle("paste.txt", pasted.encode("utf-8")))
    assert article.title == "Ukraine and Poland reopen crossing"
    assert article.text == f"Ukraine and Poland reopen crossing\nBy Ann Lee\n{P1}\n{P2}"


def test_a_caption_after_a_full_stop_is_a_paragraph_of_its_own() -> None:
    caption = ("Ukraine's deputy minister, Olena Hrytsenko, welcomed the agreement in a\n"
               "statement on Monday evening and said trucks would move from Friday.\n"
               "Photo: Farmers drive their tractors through the town of Hrubieszow in\n"
               "eastern Poland on Monday, as a protest against grain imports ended.")
    lines = unwrap(WRAPPED.strip() + "\n\n" + caption).split("\n")
    assert lines[-1] == ("Photo: Farmers drive their tractors through the town of Hrubieszow in eastern Poland on "
                         "Monday, as a protest against grain imports ended.")


PAGE_COPIED_WHOLE = """\
Skip to main content
The Baltic Ledger
Home
World
Europe
Business
Sport
Opinion
Sign in
Lithuania shuts border crossing with Belarus
By Ann Lee
Diplomatic Editor
March 2, 2026
Image source, Getty Images
Image caption, Trucks wait at the Medininkai crossing
VILNIUS (Wire) — Lithuania closed its main border crossing with Belarus on Monday, the interior ministry said.
"We have been patient for too long," Interior Minister Rasa Kairyte told reporters.
Share this article
More on this story
Latvia shuts second crossing
Poland protests Belarus balloons
About us
Contact
Privacy policy
Cookie settings
Terms of use
© 2026 The Baltic Ledger
"""


def test_a_page_copied_whole_keeps_the_story_only() -> None:
    assert clean_text(PAGE_COPIED_WHOLE).split("\n") == [
        "Lithuania shuts border crossing with Belarus",
        "By Ann Lee",
        "Diplomatic Editor",
        "March 2, 2026",
        "VILNIUS (Wire) — Lithuania closed its main border crossing with Belarus on Monday, the interior ministry said.",
        "\"We have been patient for too long,\" Interior Minister Rasa Kairyte told reporters.",
    ]
