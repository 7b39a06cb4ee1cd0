"""The corpus commands through click's runner: every read command, the shared output flags, errors."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from tests.corpus_factory import small_corpus, store
from wirecoder.cli import main
from wirecoder.cli_corpus import COMMANDS


@pytest.fixture(scope="module")
def db(tmp_path_factory: pytest.TempPathFactory) -> str:
    path = tmp_path_factory.mktemp("cli") / "c.duckdb"
    store(path, small_corpus())
    return str(path)


def run(*args: str) -> str:
    result = CliRunner().invoke(main, list(args))
    assert result.exit_code == 0, result.output
    return result.stdout


@pytest.mark.parametrize(
    ("args", "key", "expected"),
    [
        (["events", "--code", "04"], "num_articles", 3),
        (["quotes", "--speaker", "Asanaliyev"], "speaker_actor", "temirbek-asanaliyev"),
        (["actors", "--role", "president"], "actor_id", "temirbek-asanaliyev"),
        (["actors", "roles", "--actor", "Asanaliyev"], "role", "president"),
        (["positions", "--stance", "demand"], "about", "the artillery"),
        (["dyads", "--interval", "month", "--country", "TJK", "--since", "2026-11-10"], "quad_class", 4),
        (["sql", "SELECT count(*) AS n FROM corpus_articles"], "n", 4),
    ],
)
def test_read_commands_in_every_format(db: str, args: list[str], key: str, expected: object) -> None:
    [row] = json.loads(run(*args, "--db", db))
    assert row[key] == expected
    [line] = run(*args, "--db", db, "--nl").splitlines()
    assert json.loads(line)[key] == expected
    [record] = list(csv.DictReader(io.StringIO(run(*args, "--db", db, "--csv"))))
    assert record[key] == str(expected)
    assert key in run(*args, "--db", db, "--table")


def test_db_from_the_environment(db: str) -> None:
    result = CliRunner(env={"WIRECODER_DB": db}).invoke(main, ["events", "--nl"])
    assert result.exit_code == 0 and len(result.stdout.splitlines()) == 3


def test_merge_and_split(tmp_path: Path) -> None:
    path = tmp_path / "m.duckdb"
    store(path, small_corpus())
    merged = json.loads(run("actors", "--db", str(path), "merge", "country-kgz", "Temirbek Asanaliyev"))
    assert merged["merged"] == ["temirbek-asanaliyev"]
    assert len(json.loads(run("actors", "--db", str(path), "--kind", "country"))) == 2
    split = json.loads(run("actors", "merge", "--db", str(path), "country-kgz", "country-tjk"))
    assert len(split["nodes"]) == 3
    parts = json.loads(run("actors", "split", "--db", str(path), split["actor_id"]))
    assert len(parts["now"]) == 3


def test_export_gdelt(db: str, tmp_path: Path) -> None:
    out = tmp_path / "events.tsv"
    report = json.loads(run("export", "--format", "gdelt", str(out), "--db", db))
    assert report["rows"] == {"events": 3}
    assert out.read_text().split("\n", 1)[0].startswith("GLOBALEVENTID\tSQLDATE\tMonthYear")


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["events", "--db", "missing.duckdb"], "no such database"),
        (["events", "--since", "yesterday"], "--since"),
        (["sql", "SELECT * FROM nowhere"], "nowhere"),
        (["actors", "merge", "nobody-at-all", "country-kgz"], "no actor matches"),
    ],
)
def test_errors_are_one_line_and_exit_2(db: str, args: list[str], message: str) -> None:
    if "--db" not in args:
        args = [*args[:1], "--db", db, *args[1:]] if args[0] != "actors" else ["actors", "--db", db, *args[1:]]
    result = CliRunner().invoke(main, args)
    assert result.exit_code == 2, result.output
    assert result.stderr.count("\n") == 1 and message in result.stderr


def test_ingest_of_paths_that_name_nothing(tmp_path: Path) -> None:
    db = str(tmp_path / "i.duckdb")
    typo = CliRunner().invoke(main, ["ingest", str(tmp_path / "typo"), str(tmp_path / "x*.txt"), "--db", db])
    assert typo.exit_code == 2 and "no such file or folder" in typo.stderr and typo.stderr.count("\n") == 1
    assert not Path(db).exists()
    (tmp_path / "empty").mkdir()
    empty = CliRunner().invoke(main, ["ingest", str(tmp_path / "empty"), "--db", db, "--workers", "0"])
    assert empty.exit_code == 0 and "no articles found" in empty.stderr
    assert json.loads(empty.stdout)["inputs"] == 0


@pytest.mark.parametrize("command", COMMANDS, ids=lambda c: c.name)
def test_every_help_has_an_example(command: object) -> None:
    name = getattr(command, "name", "")
    assert "Example:" in run(name, "--help")
