"""The command line: thin wrappers that parse flags, call a library function and format its result."""

from __future__ import annotations

import json
import sys
from pathlib import Path

import click

from wirecoder.errors import WirecoderError
from wirecoder.extract import DEFAULT_MODEL, ExtractOptions, extract_raw
from wirecoder.ingest.reader import DEFAULT_MAX_BYTES, RawArticle


class Group(click.Group):
    """Turns wirecoder's own errors into one line on stderr and exit code 2."""

    def invoke(self, ctx: click.Context) -> object:
        try:
            return super().invoke(ctx)
        except WirecoderError as exc:
            click.echo(f"error: {exc}", err=True)
            sys.exit(2)


@click.group(cls=Group)
@click.version_option(package_name="wirecoder")
def main() -> None:
    """wirecoder: news articles in, event data out."""


def read_input(path: str) -> tuple[str, bytes]:
    if path == "-":
        return "<stdin>", sys.stdin.buffer.read()
    p = Path(path)
    if not p.is_file():
        raise click.BadParameter(f"{path}: no such file", param_hint="PATH")
    return path, p.read_bytes()


@main.command()
@click.argument("path")
@click.option("--format", "fmt", type=click.Choice(["json", "table"]), default="json", show_default=True)
@click.option("--published", metavar="YYYY-MM-DD", help="The article's date, when the input does not give one.")
@click.option("--model", envvar="WIRECODER_MODEL", default=DEFAULT_MODEL, show_default=True,
              help="Any installed spaCy pipeline, by name or path (env WIRECODER_MODEL).")
@click.option("--max-bytes", type=int, default=DEFAULT_MAX_BYTES, show_default=True, help="Refuse larger inputs.")
def extract(path: str, fmt: str, published: str | None, model: str, max_bytes: int) -> None:
    """Extract actors, quotes and events from one article (plain text or HTML; - for stdin).

    Example: wirecoder extract story.txt --published 2025-02-12 --format table
    """
    if published:
        _check_date(published)
    source, data = read_input(path)
    result = extract_raw(RawArticle(source=source, data=data, published=published),
                         ExtractOptions(model=model, max_bytes=max_bytes))
    if fmt == "json":
        click.echo(json.dumps(result.to_json(), ensure_ascii=False, indent=1))
    else:
        from wirecoder.render import print_extraction

        print_extraction(result)


@main.command()
@click.option("--db", envvar="WIRECODER_DB", default="wire.duckdb", show_default=True, help="Database to fill.")
@click.option("--examples", type=click.Path(file_okay=False, path_type=Path), default=None,
              help="Folder holding sample-article.txt and corpus/ [default: the repository's examples/].")
def demo(db: str, examples: Path | None) -> None:
    """The README's main job: extract the sample article, then ingest the sample corpus and summarise it.

    Example: wirecoder demo --db /tmp/wire.duckdb
    """
    from rich.console import Console

    from wirecoder.demo import run_demo
    from wirecoder.sample import show_sample

    examples = examples or _examples_folder()
    if not (examples / "sample-article.txt").is_file() or not (examples / "corpus").is_dir():
        raise click.UsageError(f"no sample in {examples}: pass --examples with the repository's examples/ folder")
    console = Console()
    show_sample(examples, console)
    run_demo(Path(db), console, corpus=examples / "corpus")


def _examples_folder() -> Path:
    """examples/ here, else the one beside the package's sources (an editable install from the repository)."""
    here = Path("examples")
    beside = Path(__file__).resolve().parents[2] / "examples"
    return here if here.is_dir() or not beside.is_dir() else beside


def _check_date(text: str) -> None:
    from datetime import date

    try:
        date.fromisoformat(text)
    except ValueError as exc:
        raise click.BadParameter(f"{text!r} is not a date in YYYY-MM-DD form", param_hint="--published") from exc


def _register_corpus_commands() -> None:
    """The corpus commands (ingest, events, dyads, ...) live in their own module."""
    import importlib
    import importlib.util

    if importlib.util.find_spec("wirecoder.cli_corpus") is not None:
        importlib.import_module("wirecoder.cli_corpus").register(main)


_register_corpus_commands()

if __name__ == "__main__":
    main()
