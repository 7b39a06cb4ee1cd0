"""Input readers: folders, globs, txt, html, jsonl, WARC, stdin, manifests, and one failure per bad input."""

from __future__ import annotations

import gzip
import io
import json
from pathlib import Path

from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

from wirecoder.ingest.reader import RawArticle, read_article
from wirecoder.ingest.sources import SourceFailure, iter_inputs

PAGE = (
    "<html><head><title>Talks resume</title></head><body><article><p>"
    + "Kyrgyzstan and Tajikistan resumed border talks on Monday after a week of clashes. " * 4
    + "</p></article></body></html>"
)


def write_warc(path: Path, pages: list[tuple[str, str, str | bytes]]) -> None:
    """(uri, content type, body) responses, plus one request record that must be passed over."""
    with path.open("wb") as handle:
        writer = WARCWriter(handle, gzip=path.suffix == ".gz")
        for uri, ctype, body in pages:
            headers = StatusAndHeaders("200 OK", [("Content-Type", ctype)], protocol="HTTP/1.1")
            record = writer.create_warc_record(uri, "response", payload=io.BytesIO(body if isinstance(body, bytes) else body.encode()),
                                               http_headers=headers)
            writer.write_record(record)
        req = writer.create_warc_record("https://x.example/", "request", payload=io.BytesIO(b"GET / HTTP/1.1\r\n\r\n"))
        writer.write_record(req)


def split(items: list[RawArticle | SourceFailure]) -> tuple[list[RawArticle], list[SourceFailure]]:
    raws = [i for i in items if isinstance(i, RawArticle)]
    return raws, [i for i in items if isinstance(i, SourceFailure)]


def test_folder_is_walked_recursively_with_manifest_metadata(tmp_path: Path) -> None:
    (tmp_path / "sub").mkdir()
    (tmp_path / "a.txt").write_text("Story A text.")
    (tmp_path / "sub" / "b.html").write_text(PAGE)
    (tmp_path / "notes.md").write_text("not an article")
    (tmp_path / ".hidden.txt").write_text("hidden")
    (tmp_path / "manifest.json").write_text(json.dumps(
        {"a.txt": {"published": "2026-11-02", "outlet": "Reuters", "title": "A", "url": "https://r.example/a"}}
    ))
    raws, failures = split(list(iter_inputs([str(tmp_path)])))
    assert not failures
    by_name = {Path(r.source).name: r for r in raws}
    assert set(by_name) == {"a.txt", "b.html"}
    a = by_name["a.txt"]
    assert (a.format, a.published, a.outlet, a.title, a.url) == ("text", "2026-11-02", "Reuters", "A", "https://r.example/a")
    assert by_name["b.html"].format == "html" and by_name["b.html"].published is None


def test_jsonl_records_and_bad_lines(tmp_path: Path) -> None:
    path = tmp_path / "batch.jsonl"
    lines = [
        json.dumps({"text": "One.", "title": "T1", "url": "u1", "published": "2026-11-03", "outlet": "AFP"}),
        "{not json",
        json.dumps({"title": "no body"}),
        "",
        json.dumps({"html": PAGE, "outlet": "AP"}),
    ]
    path.write_text("\n".join(lines) + "\n")
    raws, failures = split(list(iter_inputs([str(path)])))
    assert [(r.source.rsplit(":", 1)[1], r.format, r.outlet) for r in raws] == [("1", "text", "AFP"), ("5", "html", "AP")]
    assert raws[0].published == "2026-11-03" and raws[0].title == "T1"
    assert [(f.source.rsplit(":", 1)[1], f.error) for f in failures] == [("2", "JSONDecodeError"), ("3", "MissingField")]


def test_warc_responses_become_html_articles(tmp_path: Path) -> None:
    path = tmp_path / "crawl.warc.gz"
    write_warc(path, [("https://n.example/1", "text/html; charset=utf-8", PAGE),
                      ("https://n.example/logo", "image/png", "PNG")])
    raws, failures = split(list(iter_inputs([str(path)])))
    assert not failures
    assert [(r.url, r.format) for r in raws] == [("https://n.example/1", "html")]
    assert raws[0].source.endswith("#https://n.example/1")


def test_a_warc_response_is_decoded_in_its_http_charset(tmp_path: Path) -> None:
    story = " ".join(["Le ministre a déclaré lundi que les pourparlers reprendraient à Genève."] * 3)
    page = f"<html><body><article><p>“{story}”</p><p>{story}</p></article></body></html>"
    path = tmp_path / "crawl.warc"
    write_warc(path, [("https://n.example/fr", "text/html; charset=windows-1252", page.encode("cp1252"))])
    raws, _ = split(list(iter_inputs([str(path)])))
    article, warnings = read_article(raws[0])
    assert article.text.startswith("“Le ministre a déclaré lundi") and warnings == []


def test_broken_warc_is_one_failure(tmp_path: Path) -> None:
    path = tmp_path / "broken.warc.gz"
    path.write_bytes(gzip.compress(b"this is not a WARC record at all\r\n" * 20))
    raws, failures = split(list(iter_inputs([str(path)])))
    assert raws == [] and len(failures) == 1 and failures[0].source == str(path)


def test_globs_missing_paths_and_broken_manifest(tmp_path: Path) -> None:
    (tmp_path / "x1.txt").write_text("One.")
    (tmp_path / "x2.txt").write_text("Two.")
    (tmp_path / "manifest.json").write_text("{broken")
    items = list(iter_inputs([str(tmp_path / "x*.txt"), str(tmp_path / "missing.txt"), str(tmp_path / "none-*.txt")]))
    raws, failures = split(items)
    assert sorted(Path(r.source).name for r in raws) == ["x1.txt", "x2.txt"]
    reasons = {Path(f.source).name: f.error for f in failures}
    assert reasons == {"manifest.json": "JSONDecodeError", "missing.txt": "FileNotFoundError", "none-*.txt": "NoMatch"}


def test_stdin_one_article_or_jsonl() -> None:
    raws, _ = split(list(iter_inputs(["-"], stdin=io.BytesIO(b"Plain article text.\nSecond line."))))
    assert [(r.source, r.data) for r in raws] == [("<stdin>", b"Plain article text.\nSecond line.")]
    data = b'{"text": "First."}\n{"text": "Second.", "outlet": "AP"}\n'
    raws, _ = split(list(iter_inputs(["-"], stdin=io.BytesIO(data))))
    assert [(r.source, r.data, r.outlet) for r in raws] == [("<stdin>:1", "First.", None), ("<stdin>:2", "Second.", "AP")]
