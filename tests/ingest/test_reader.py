"""Reading raw input: decoding, refusing bad input with an error that names it, HTML bodies."""

import pytest

from wirecoder import errors
from wirecoder.ingest.reader import RawArticle, article_id, decode, read_article


@pytest.mark.parametrize(
    ("data", "error"),
    [
        (b"", errors.EmptyInputError),
        (b"   \n\t  ", errors.EmptyInputError),
        (bytes(range(256)) * 4, errors.BinaryInputError),
        (b"\x89PNG\r\n\x1a\n" + b"\x00\x01\x02" * 200, errors.BinaryInputError),
        ("", errors.EmptyInputError),
    ],
)
def test_bad_input_is_refused_by_name(data: bytes | str, error: type[errors.InputError]) -> None:
    with pytest.raises(error) as info:
        decode("story-17.txt", data)
    assert str(info.value).startswith("story-17.txt: ")


def test_oversized_input_names_the_limit() -> None:
    with pytest.raises(errors.InputTooLargeError, match="limit is 1,000"):
        decode("big.txt", b"a" * 1001, max_bytes=1000)


def test_latin1_is_decoded_with_a_warning() -> None:
    text = "Le président a déclaré que la réunion aurait lieu à Genève la semaine prochaine."
    decoded = decode("fr.txt", text.encode("latin-1"))
    assert decoded.text == text
    assert decoded.warning is not None and "fr.txt" in decoded.warning and "not UTF-8" in decoded.warning


def test_utf8_bom_is_dropped() -> None:
    assert decode("bom.txt", "\ufeffHello world".encode()).text == "Hello world"


def test_html_without_body_is_refused() -> None:
    page = b"<html><head><title>Menu</title></head><body><nav>Home | News</nav></body></html>"
    with pytest.raises(errors.NoArticleBodyError, match=r"page\.html"):
        read_article(RawArticle("page.html", page))


def test_html_article_body_and_metadata() -> None:
    body = " ".join(["The foreign minister said on Monday that talks with the neighbouring state would resume."] * 4)
    page = (
        "<html><head><title>Talks to resume</title>"
        '<meta property="article:published_time" content="2026-03-02T10:00:00Z"></head>'
        f"<body><nav>Home | World</nav><article><h1>Talks to resume</h1><p>{body}</p><p>{body}</p></article>"
        "<footer>Copyright</footer></body></html>"
    )
    article, _ = read_article(RawArticle("talks.html", page.encode()))
    assert "foreign minister said on Monday" in article.text
    assert "Home | World" not in article.text
    assert article.published == "2026-03-02"
    assert article.title == "Talks to resume"


def test_article_id_ignores_spacing_and_case() -> None:
    assert article_id("Talks  resumed\non Monday.") == article_id("talks resumed on monday.")
    assert article_id("Talks resumed on Monday.") != article_id("Talks resumed on Tuesday.")


@pytest.mark.parametrize(
    ("text", "title"),
    [
        ("Ceasefire holds in the north\nBy Ann Lee\nBEIRUT (AP) — Text.", "Ceasefire holds in the north"),
        ("By Ann Lee\nBEIRUT (AP) — Text.", None),
        ("BEIRUT (AP) — The army said on Monday.\nMore.", None),
        ("The army said on Monday that it would withdraw.\nMore text.", None),
        ("One line only", None),
    ],
)
def test_headline_of_plain_text(text: str, title: str | None) -> None:
    article, _ = read_article(RawArticle("a.txt", text))
    assert article.title == title


def test_article_text_over_the_character_limit() -> None:
    with pytest.raises(errors.InputTooLargeError, match="characters; the limit is 50"):
        read_article(RawArticle("long.txt", "word " * 20), max_chars=50)


STORY = "KYIV — Ukraine said on Monday that talks with Poland would resume next week."


@pytest.mark.parametrize(
    ("data", "text"),
    [
        (STORY.encode("utf-16"), STORY),  # a UTF-16 byte-order mark: NUL bytes, but text
        (STORY.encode("utf-32"), STORY),
        ("\ufeff" + STORY, STORY),
        # UTF-8 with a curly quote pasted in from a Windows-1252 page
        (STORY.encode() + b" \x93Soon,\x94 he said.", STORY + " “Soon,” he said."),
        # a page that says what it is: Latin-1 labels mean Windows-1252, as in browsers
        (b'<meta charset="iso-8859-1"><p>Caf\xe9 \x93talks\x94</p>', '<meta charset="iso-8859-1"><p>Café “talks”</p>'),
        (b'<?xml version="1.0" encoding="windows-1252"?><p>\x96 Gen\xe8ve</p>', '<?xml version="1.0" encoding="windows-1252"?><p>– Genève</p>'),
    ],
)
def test_decoded_text(data: bytes | str, text: str) -> None:
    assert decode("in.txt", data).text.lstrip("\ufeff") == text


@pytest.mark.parametrize(
    "data",
    [
        b"\xef\xbb\xbfHello \xff\xfe world and more words",  # a UTF-8 mark over bytes that are not UTF-8
        b"\xff\xfeH\x00i\x00\x00",  # a UTF-16 mark over an odd number of bytes
        bytes((0x80 + (i * 37) % 128) for i in range(3000)),  # high bytes no code page makes words of
    ],
)
def test_undecodable_input_is_refused_by_name(data: bytes) -> None:
    with pytest.raises(errors.EncodingError) as info:
        decode("odd.txt", data)
    assert str(info.value).startswith("odd.txt: ")


@pytest.mark.parametrize(
    ("start", "html"),
    [
        ("<!-- saved from url=(0041)https://news.example/ -->\n<html><body>", True),
        ('<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0//EN">', True),
        ("\n\n  <section><h1>Talks resume</h1>", True),
        ("<h1>Talks resume</h1><p>Body</p>", True),
        ("<HTML><HEAD><TITLE>Talks</TITLE>", True),
        ("<p>Para</p>", True),
        ("Text with <b>bold</b> words", False),
        ("<Reuters> said the talks had ended.", False),
        ("<pre>KYIV (Wire) - ...</pre>", False),
    ],
)
def test_html_is_told_from_text(start: str, html: bool) -> None:
    from wirecoder.ingest.reader import looks_like_html

    assert looks_like_html(start) is html
