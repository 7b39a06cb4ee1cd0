"""docs/corpus.md documents every table, view and column that `wirecoder sql` sees."""

from __future__ import annotations

import re
from pathlib import Path

from wirecoder.store.queries import reader
from wirecoder.store.writer import Writer

DOC = Path(__file__).resolve().parents[2] / "docs" / "corpus.md"


def test_every_table_view_and_column_is_documented(tmp_path: Path) -> None:
    db = tmp_path / "d.duckdb"
    with Writer(db):
        pass
    words = set(re.findall(r"[a-z_0-9]+", DOC.read_text(encoding="utf-8")))
    with reader(db) as conn:
        columns = conn.execute(
            "SELECT table_name, column_name FROM information_schema.columns WHERE table_schema = 'main'"
        ).fetchall()
    missing = sorted(f"{t}.{c}" for t, c in columns if t not in words or c not in words)
    assert missing == []


def test_the_python_example_runs(tmp_path: Path) -> None:
    """The docs' Python example, run as written on the sample corpus (docs that cannot drift)."""
    code = re.search(r"```python\n(.*?)```", DOC.read_text(encoding="utf-8"), re.S)
    assert code is not None
    scope: dict[str, object] = {"DB": tmp_path / "wire.duckdb"}
    root = DOC.parents[1]
    exec(compile(code.group(1).replace('"examples/corpus"', repr(str(root / "examples" / "corpus"))),
                 str(DOC), "exec"), scope)
    assert scope["latest"] and scope["said"]
    assert all(r["source_country"] == "KGZ" or r["target_country"] == "KGZ" for r in scope["latest"])  # type: ignore[attr-defined]
