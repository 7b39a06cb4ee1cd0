"""`wirecoder extract` through click's runner: output formats, and one clear line for bad input."""

from __future__ import annotations

import json
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


@pytest.mark.parametrize(
    ("content", "message"),
    [(b"", "the input is empty"), (b"\x00\x01\x02\x03" * 400, "binary data")],
)
def test_bad_input_gives_one_line_and_exit_2(tmp_path: Path, content: bytes, message: str) -> None:
    path = tmp_path / "bad.txt"
    path.write_bytes(content)
    result = CliRunner().invoke(main, ["extract", str(path)])
    assert result.exit_code == 2
    assert message in result.output and str(path) in result.output
    assert "Traceback" not in result.output


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
