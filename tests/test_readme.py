"""Docs that cannot drift: the README's commands exist and run."""

from __future__ import annotations

import re
import shlex

import click
from click.testing import CliRunner

from tests.conftest import ROOT
from wirecoder.cli import main

README = (ROOT / "README.md").read_text()


def _quick_start() -> list[str]:
    section = README.split("## Quick start", 1)[1].split("##", 1)[0]
    block = re.search(r"```\n(.*?)```", section, re.S)
    assert block, "the quick start has no command block"
    return [line.strip() for line in block.group(1).splitlines() if line.strip()]


def test_quick_start_is_two_make_targets_that_exist() -> None:
    commands = _quick_start()
    assert commands == ["make demo", "make test"]
    makefile = (ROOT / "Makefile").read_text()
    for command in commands:
        assert re.search(rf"^{command.split()[1]}:", makefile, re.M)


def test_ci_runs_the_readme_test_command() -> None:
    assert "make test" in (ROOT / ".ci" / "run").read_text()


def test_readme_extract_examples_run() -> None:
    lines = [line for line in README.splitlines() if line.startswith(".venv/bin/wirecoder extract examples/")]
    assert lines, "the README shows no extract example on a shipped file"
    for line in lines:
        args = shlex.split(line)[1:]
        result = CliRunner().invoke(main, args, catch_exceptions=False)
        assert result.exit_code == 0, result.output
        assert "Actors" in result.output or '"schema"' in result.output


def test_readme_corpus_commands_name_real_commands_and_options() -> None:
    section = README.split("## A corpus", 1)[1].split("##", 1)[0]
    lines = [line for line in section.splitlines() if line.startswith(".venv/bin/wirecoder ")]
    assert len(lines) >= 8
    for line in lines:
        args = shlex.split(line.split(">")[0])[1:]
        command = main.get_command(click.Context(main), args[0])
        assert command is not None, line
        command.make_context(args[0], args[1:])  # raises on an unknown option or a bad value
