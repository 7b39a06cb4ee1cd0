"""PATH... → a stream of `RawArticle`s: folders, globs, .txt, .html, .jsonl, WARC and stdin.

`iter_inputs(paths)` yields one `RawArticle` per article it finds and one `SourceFailure` per
input that cannot be opened or parsed as a container (a missing path, a broken WARC, a bad JSONL
line), so that one bad input never stops the rest. Decoding and HTML extraction happen later, in
the per-article function; this module only finds and reads bytes.

A `manifest.json` beside the files (file name → {published, outlet, title, url}) supplies their
metadata when the files themselves carry none.
"""

from __future__ import annotations

import glob
import json
import re
import sys
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import IO, Any

from wirecoder.ingest.reader import Format, RawArticle

MANIFEST = "manifest.json"
TEXT_SUFFIXES = (".txt", ".text")
HTML_SUFFIXES = (".html", ".htm", ".xhtml")
JSONL_SUFFIXES = (".jsonl", ".ndjson")
WARC_SUFFIXES = (".warc", ".warc.gz", ".arc", ".arc.gz")
KNOWN_SUFFIXES = TEXT_SUFFIXES + HTML_SUFFIXES + JSONL_SUFFIXES + WARC_SUFFIXES
STDIN = "-"
META_FIELDS = ("published", "title", "url", "outlet")


@dataclass(frozen=True)
class SourceFailure:
    """An input that yielded no article: a missing path, an unreadable file, a broken container."""

    source: str
    error: str
    reason: str


Item = RawArticle | SourceFailure


def iter_inputs(paths: Iterable[str], stdin: IO[bytes] | None = None) -> Iterator[Item]:
    """Every article under `paths`, in a stable order (folders are walked sorted)."""
    manifests = ManifestCache()
    for spec in paths:
        if spec == STDIN:
            yield from read_stdin(stdin if stdin is not None else sys.stdin.buffer)
            continue
        files, failure = expand(spec)
        if failure is not None:
            yield failure
        for path in files:
            yield from read_file(path, manifests)


def expand(spec: str) -> tuple[list[Path], SourceFailure | None]:
    """One command-line PATH → the files it names (a file, a folder walked recursively, or a glob)."""
    path = Path(spec)
    if path.is_dir():
        return walk(path), None
    if path.is_file():
        return [path], None
    if glob.has_magic(spec):
        matches = sorted(Path(p) for p in glob.glob(spec, recursive=True))  # noqa: PTH207 (absolute patterns too)
        files = [f for m in matches for f in (walk(m) if m.is_dir() else [m]) if f.is_file()]
        if files:
            return files, None
        return [], SourceFailure(spec, "NoMatch", "no files match this pattern")
    return [], SourceFailure(spec, "FileNotFoundError", "no such file or folder")


def unmatched(specs: Iterable[str]) -> list[str]:
    """The PATHs that name nothing, without walking any folder: no such file or folder, or a glob that
    matches none (`-` is stdin). `expand` records each as a failure; a caller may refuse them up front."""

    def names_something(spec: str) -> bool:
        if glob.has_magic(spec):
            return bool(glob.glob(spec, recursive=True))  # noqa: PTH207 (absolute patterns too)
        return Path(spec).exists()

    return [s for s in specs if s != "-" and not names_something(s)]


def walk(folder: Path) -> list[Path]:
    """The article files in a folder and its subfolders (hidden files and manifests left out)."""
    found = []
    for path in sorted(folder.rglob("*")):
        rel = path.relative_to(folder)
        if any(part.startswith(".") for part in rel.parts) or not path.is_file():
            continue
        if path.name != MANIFEST and suffix_of(path) in KNOWN_SUFFIXES:
            found.append(path)
    return found


def suffix_of(path: Path) -> str:
    name = path.name.lower()
    return next((s for s in sorted(KNOWN_SUFFIXES, key=len, reverse=True) if name.endswith(s)), path.suffix)


def read_file(path: Path, manifests: ManifestCache) -> Iterator[Item]:
    suffix = suffix_of(path)
    if suffix in JSONL_SUFFIXES:
        yield from read_jsonl(path)
    elif suffix in WARC_SUFFIXES:
        yield from read_warc(path)
    else:
        fmt: Format = "text" if suffix in TEXT_SUFFIXES else "html" if suffix in HTML_SUFFIXES else "auto"
        try:
            data = path.read_bytes()
        except OSError as exc:
            yield SourceFailure(str(path), type(exc).__name__, exc.strerror or str(exc))
            return
        meta, failure = manifests.lookup(path)
        if failure is not None:
            yield failure
        yield RawArticle(source=str(path), data=data, format=fmt, **meta)


def read_jsonl(path: Path) -> Iterator[Item]:
    """One article per line: `text` or `html`, with optional title, url, published and outlet."""
    try:
        handle = path.open("rb")
    except OSError as exc:
        yield SourceFailure(str(path), type(exc).__name__, exc.strerror or str(exc))
        return
    with handle:
        for number, line in enumerate(handle, start=1):
            if line.strip():
                yield from jsonl_record(f"{path}:{number}", line)


def jsonl_record(source: str, line: bytes) -> Iterator[Item]:
    try:
        record = json.loads(line)
    except (UnicodeDecodeError, json.JSONDecodeError) as exc:
        yield SourceFailure(source, "JSONDecodeError", f"not a JSON object: {exc}")
        return
    if not isinstance(record, dict):
        yield SourceFailure(source, "JSONDecodeError", "the line is JSON but not an object")
        return
    text, html = record.get("text"), record.get("html")
    body = text if isinstance(text, str) and text.strip() else html
    if not isinstance(body, str) or not body.strip():
        yield SourceFailure(source, "MissingField", "the record has no `text` or `html` string")
        return
    fmt: Format = "text" if body is text else "html"
    yield RawArticle(source=source, data=body, format=fmt, **metadata(record))


def read_warc(path: Path) -> Iterator[Item]:
    """HTTP responses carrying HTML in a WARC or WARC.gz file; other records are passed over."""
    from warcio.archiveiterator import ArchiveIterator
    from warcio.exceptions import ArchiveLoadFailed

    try:
        handle = path.open("rb")
    except OSError as exc:
        yield SourceFailure(str(path), type(exc).__name__, exc.strerror or str(exc))
        return
    count = 0
    with handle:
        try:
            for record in ArchiveIterator(handle):
                raw = warc_article(path, record)
                if raw is not None:
                    count += 1
                    yield raw
        except (ArchiveLoadFailed, OSError, ValueError, EOFError) as exc:
            where = f" after {count} records" if count else ""
            yield SourceFailure(str(path), type(exc).__name__, f"not a readable WARC file{where}: {exc}")


def warc_article(path: Path, record: Any) -> RawArticle | None:
    if record.rec_type != "response" or record.http_headers is None:
        return None
    content_type = (record.http_headers.get_header("Content-Type") or "").lower()
    status = record.http_headers.get_statuscode() or ""
    if "html" not in content_type or not status.startswith("2"):
        return None
    uri = record.rec_headers.get_header("WARC-Target-URI")
    data = record.content_stream().read()
    charset = re.search(r"charset\s*=\s*[\"']?([\w.:-]+)", content_type)
    return RawArticle(source=f"{path}#{uri}", data=data, format="html", url=uri,
                      charset=charset.group(1) if charset else None)


def read_stdin(stream: IO[bytes]) -> Iterator[Item]:
    """Standard input is JSONL when every line is a JSON object, else one article."""
    data = stream.read()
    lines = [line for line in data.splitlines() if line.strip()]
    if lines and all(_is_json_object(line) for line in lines):
        for number, line in enumerate(lines, start=1):
            yield from jsonl_record(f"<stdin>:{number}", line)
    else:
        yield RawArticle(source="<stdin>", data=data)


def _is_json_object(line: bytes) -> bool:
    if not line.lstrip().startswith(b"{"):
        return False
    try:
        return isinstance(json.loads(line), dict)
    except (UnicodeDecodeError, json.JSONDecodeError):
        return False


def metadata(record: dict[str, Any]) -> dict[str, str | None]:
    """The metadata fields a reader passes on: strings only, empty ones dropped."""
    out: dict[str, str | None] = {}
    for key in META_FIELDS:
        value = record.get(key)
        text = str(value).strip() if isinstance(value, str | int) else ""
        out[key] = text or None
    return out


class ManifestCache:
    """`manifest.json` files read once per folder."""

    def __init__(self) -> None:
        self._cache: dict[Path, tuple[dict[str, dict[str, Any]], SourceFailure | None]] = {}

    def lookup(self, path: Path) -> tuple[dict[str, str | None], SourceFailure | None]:
        folder = path.parent
        first = folder not in self._cache
        if first:
            self._cache[folder] = load_manifest(folder / MANIFEST)
        entries, failure = self._cache[folder]
        # Report a broken manifest once, with the first file it should have described.
        return metadata(entries.get(path.name, {})), failure if first else None


def load_manifest(path: Path) -> tuple[dict[str, dict[str, Any]], SourceFailure | None]:
    """file name → metadata; a list of objects with a `file` key is accepted too."""
    if not path.is_file():
        return {}, None
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, json.JSONDecodeError) as exc:
        return {}, SourceFailure(str(path), type(exc).__name__, f"the manifest cannot be read: {exc}")
    if isinstance(data, list):
        data = {str(e.get("file")): e for e in data if isinstance(e, dict) and e.get("file")}
    if not isinstance(data, dict):
        return {}, SourceFailure(str(path), "ManifestError", "the manifest is not a JSON object")
    return {str(k): v for k, v in data.items() if isinstance(v, dict)}, None
