"""`wirecoder extract` through click's runner: output formats, and one clear line for bad input."""

from __future__ import annotations

import json
import re
from collections.abc import Callable
from pathlib import Path

import pytest
from click.testing import CliRunner

from wirecoder.cli import main

STORY = (
    "By Lena Ortiz\n"
    "MADRID (Reuters) - Spanish Prime Minister Carlos Medina met French President Anne Laurent in Madrid on "
    "Tuesday, and Medina said the two leaders had agreed to work together on migration.\n"
    "(Reporting by Lena Ortiz; Editing by Paul Grant)\n"
)


@pytest.fixture()
def story(tmp_path: Path) -> Path:
    path = tmp_path / "story.txt"
    path.write_text(STORY, encoding="utf-8")
    return path


def test_extract_json_follows_the_contract(story: Path) -> None:
    result = CliRunner().invoke(main, ["extract", str(story), "--published", "2026-03-04"])
    assert result.exit_code == 0, result.output
    data = json.loads(result.output)
    assert data["schema"] == "wirecoder/1"
    assert data["article"]["published"] == "2026-03-04"
    assert data["article"]["authors"] == ["Lena Ortiz"]
    assert data["article"]["outlet"] == "Reuters"
    people = {a["name"]: a for a in data["actors"] if a["kind"] == "person"}
    assert set(people) == {"Carlos Medina", "Anne Laurent"}
    assert people["Carlos Medina"]["country"] == "ESP"
    assert people["Anne Laurent"]["country"] == "FRA"
    assert "Prime Minister" in people["Carlos Medina"]["roles"]
    for actor in data["actors"]:
        for m in actor["mentions"]:
            assert STORY[m["start"] : m["end"]] == m["text"]


def test_extract_from_stdin_as_table() -> None:
    result = CliRunner().invoke(main, ["extract", "-", "--format", "table", "--published", "2026-03-04"], input=STORY)
    assert result.exit_code == 0, result.output
    assert "Carlos Medina" in result.output and "Lena Ortiz" in result.output


BAD_INPUTS = [
    ("bad.txt", b"", "the input is empty"),
    ("bad.txt", b"  \r\n\t \n", "the input is empty"),
    ("bad.txt", b"\x00\x01\x02\x03" * 400, "binary data"),
    ("bad.html", b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 8, "binary data"),
    ("bad.txt", b"\xef\xbb\xbfA mark, then \xff\xfe bytes that are no UTF-8", "could not be decoded"),
    ("bad.html", b"<html><head><title>x</title><body><div><p>Unclosed <b><i>tags <table><tr><td>cell", "no article body"),
    ("bad.html", b"<html><body><nav><a>Home</a> <a>World</a></nav><footer>(c) 2026</footer></body></html>",
     "no article body"),
    ("bad.txt", b"Advertisement\r\nShare this article\r\nRead more: Talks end\r\n", "the input is empty"),
]


@pytest.mark.parametrize(("name", "content", "message"), BAD_INPUTS)
def test_bad_input_gives_one_line_and_exit_2(tmp_path: Path, name: str, content: bytes, message: str) -> None:
    path = tmp_path / name
    path.write_bytes(content)
    result = CliRunner().invoke(main, ["extract", str(path)])
    assert result.exit_code == 2
    assert message in result.output and str(path) in result.output
    assert result.output.count("\n") == 1 and "Traceback" not in result.output


def test_ingest_records_bad_files_and_goes_on(tmp_path: Path) -> None:
    folder = tmp_path / "in"
    folder.mkdir()
    for number, (name, content, _) in enumerate(BAD_INPUTS):
        (folder / f"{number}-{name}").write_bytes(content)
    (folder / "good.txt").write_text(STORY, encoding="utf-8")
    db = str(tmp_path / "w.duckdb")
    result = CliRunner().invoke(main, ["ingest", str(folder), "--db", db, "--workers", "1"])
    assert result.exit_code == 0, result.output
    report = json.loads(result.output)
    assert (report["added"], report["failed"]) == (1, len(BAD_INPUTS))
    reasons = {Path(f["source"]).name: f["reason"] for f in report["failures"]}
    assert all(message in reasons[f"{n}-{name}"] for n, (name, _, message) in enumerate(BAD_INPUTS))


PAGES = Path(__file__).resolve().parent / "data" / "html"
# page, its date, names of people in its furniture or credits that must never be actors, and a date the
# story's weekdays resolve to against the page's own date
PAGE_CASES = [
    ("jsonld-newsarticle.html", "2026-03-05",
     # "signed an agreement on Thursday": a weekday resolved against the page's own date
     ["Elena Popa", "Sandu", "Cojocaru", "Putin", "Balogh", "Lungu", "Vasilescu", "Albu"], "2026-03-05"),
    ("no-article-tag.html", "2026-06-18", ["Herrera", "Paredes"], "2026-06-17"),
    ("amp-page.html", "2026-09-22", ["Mensah", "Asante"], "2026-09-21"),
    ("liveblog.html", "2026-04-14", ["Gevorgyan", "Harutyunyan", "Aliyev"], None),
    ("microdata.html", "2026-05-20", ["Wongsa", "Mekong"], "2026-05-18"),
    ("old-cms-br.html", "2026-07-09", ["Perera", "Island Observer"], "2026-07-09"),
    ("split-by-ads.html", "2026-08-11", ["Ramos", "Marcos", "ASEAN"], "2026-08-11"),
    ("windows-1252.html", "2026-10-27", ["Traoré", "Koné"], "2026-10-27"),
    ("wire-reprint.html", "2026-02-03", ["Bello", "Whitaker", "Adeyemi", "Okafor"], "2026-02-03"),
    ("div-blocks.html", "2026-01-15", ["Hoxha", "Xi Jinping", "Vucic", "Jovanovic", "Krasniqi"], "2026-01-15"),
    ("paywall-jsonld-body.html", "2026-11-24", ["Valentina Rojas"], "2026-11-23"),
]


@pytest.mark.parametrize(("name", "published", "not_actors", "resolved"), PAGE_CASES, ids=[c[0] for c in PAGE_CASES])
def test_extract_news_page(name: str, published: str, not_actors: list[str], resolved: str | None) -> None:
    result = CliRunner().invoke(main, ["extract", str(PAGES / name), "--format", "json", "--published", "2020-01-01"])
    assert result.exit_code == 0, result.output
    data = json.loads(result.output)
    assert data["article"]["published"] == published  # the page's own date wins over --published
    names = " | ".join(n for a in data["actors"] for n in [a["name"], *a["aliases"]])
    assert not [n for n in not_actors if n in names]
    speakers_text = " | ".join(q["text"] for q in data["quotes"])
    assert not [n for n in not_actors if n in speakers_text]
    if resolved is not None:
        assert resolved in {e["date"] for e in data["events"]}


def test_size_limit(story: Path) -> None:
    result = CliRunner().invoke(main, ["extract", str(story), "--max-bytes", "100"])
    assert result.exit_code == 2
    assert "over the size limit" in result.output


def test_bad_published_date(story: Path) -> None:
    result = CliRunner().invoke(main, ["extract", str(story), "--published", "12/02/2025"])
    assert result.exit_code == 2
    assert "YYYY-MM-DD" in result.output


def test_unknown_model_is_a_clear_error(story: Path) -> None:
    result = CliRunner().invoke(main, ["extract", str(story), "--model", "no_such_pipeline_xyz"])
    assert result.exit_code == 2
    assert "no_such_pipeline_xyz" in result.output


PASTED = (
    "By Ann Lee\n"
    "VILNIUS (Wire) — Lithuania's foreign minister, Rasa Kairyte, said on Monday that her country would not reopen "
    "its border with Belarus \"until the smuggling stops.\"\n\n"
    "\"We have been patient for too long,\" Kairyte told reporters in Vilnius. \"Minsk knows what it has to do.\"\n\n"
    "Belarusian Foreign Minister Pavel Yaromenka called the decision a provocation and said Minsk would respond.\n"
)
PASTED_QUOTES = {
    ("Rasa Kairyte", "indirect", "her country would not reopen its border with Belarus \"until the smuggling stops.\""),
    ("Rasa Kairyte", "partial", "until the smuggling stops"),
    ("Rasa Kairyte", "direct", "We have been patient for too long"),
    ("Rasa Kairyte", "direct", "Minsk knows what it has to do."),
    ("Pavel Yaromenka", "indirect", "Minsk would respond"),
}


def _curly(text: str) -> str:
    text = re.sub(r'(^|[\s(—-])"', r"\1“", text, flags=re.M).replace('"', "”")
    return text.replace("'", "’")


@pytest.mark.parametrize(
    "paste",
    [
        lambda t: t,
        _curly,
        lambda t: "\ufeff" + t.replace("\n", "\r\n").replace("Rasa ", "Rasa\u00a0").replace("Kairyte,", "Kair\u200byte,"),
        lambda t: t.replace("\n\n", "\n\nAdvertisement\n\n", 1) + "\nShare this article\n\nRelated:\nLatvia shuts crossing\n",
    ],
    ids=["straight", "curly", "windows-bom-nbsp-zero-width", "furniture"],
)
def test_pasted_text_gives_the_same_quotes(paste: Callable[[str], str]) -> None:
    result = CliRunner().invoke(main, ["extract", "-", "--published", "2026-03-02"], input=paste(PASTED).encode())
    assert result.exit_code == 0, result.output
    data = json.loads(result.output)
    names = {a["id"]: a["name"] for a in data["actors"]}
    quotes = {(names.get(q["speaker"]), q["kind"], q["text"].replace("“", '"').replace("”", '"')) for q in data["quotes"]}
    assert quotes == PASTED_QUOTES
    assert {"Ann Lee"} == set(data["article"]["authors"]) and "Ann Lee" not in names.values()
