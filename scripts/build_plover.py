"""Build knowledge/data/plover.json: CAMEO code -> PLOVER event type, mode and context.

Reads the PLOVER project's CAMEO-to-PLOVER conversion table (a fact table, lines such as
`0841: RETREAT, release, legal # comment`) and writes our own JSON. Two gaps of that table
are filled, and one slip mended, by rule, not by hand-picked codes:
  * root 02 (appeal) is missing: PLOVER folds CAMEO's appeals and demands into REQUEST, so each
    02x code takes the mapping of its twin 10x code (0231 -> 1031, 026 -> 106, ...);
  * root 01 (public statements) has no PLOVER event type and stays unmapped;
  * a context word standing in the mode column (175: "pro_autocracy") moves to the context.

Usage: python scripts/build_plover.py [TABLE] [OUT]
"""

from __future__ import annotations

import json
import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DEFAULT_TABLE = Path("/work/shared/eval/peers/cameo-to-plover-2021.txt")
DEFAULT_OUT = ROOT / "src" / "wirecoder" / "knowledge" / "data" / "plover.json"

LINE = re.compile(r"^(?P<code>\d{2,4}):\s*(?P<rest>[^#]*)")
# CAMEO 02x appeals mirror CAMEO 10x demands code for code (020 ~ 100, 0231 ~ 1031, 026 ~ 106).
APPEAL_TWIN = {"02": "10"}


def _field(text: str) -> str | None:
    value = " ".join(text.split())
    return value or None


def parse_table(text: str) -> dict[str, dict[str, str | None]]:
    """Code -> {type, mode, context}; a code listed twice keeps its first line."""
    table: dict[str, dict[str, str | None]] = {}
    for line in text.splitlines():
        match = LINE.match(line.strip())
        if not match:
            continue
        parts = [*match["rest"].split(","), "", ""]
        event_type, mode, context = (_field(p) for p in parts[:3])
        if event_type is None:
            continue
        table.setdefault(match["code"], {"type": event_type, "mode": mode, "context": context})
    return table


def fix_misplaced_modes(table: dict[str, dict[str, str | None]]) -> None:
    """A few lines carry a context word in the mode column (175: "pro_autocracy"): move it."""
    contexts = {e["context"] for e in table.values() if e["context"]}
    for entry in table.values():
        if entry["mode"] in contexts:
            if entry["context"] is None:
                entry["context"] = entry["mode"]
            entry["mode"] = None


def add_appeals(table: dict[str, dict[str, str | None]], codebook: list[str]) -> None:
    for code in codebook:
        twin_root = APPEAL_TWIN.get(code[:2])
        if twin_root and code not in table:
            twin = table.get(twin_root + code[2:])
            if twin is not None:
                table[code] = dict(twin)


def codebook_codes() -> list[str]:
    cameo = json.loads((DEFAULT_OUT.parent / "cameo.json").read_text(encoding="utf-8"))
    return list(cameo["codes"])


def render(table: dict[str, dict[str, str | None]], source: str) -> str:
    about = (
        "CAMEO code -> PLOVER event type, mode and context, from the PLOVER project's CAMEO to PLOVER "
        f"conversion table ({source}); CAMEO 02x appeals take the mapping of their 10x demand twins, "
        "CAMEO 01 statements have no PLOVER type. Regenerate with scripts/build_plover.py."
    )
    rows = [f"    {json.dumps(code)}: {json.dumps(entry)}" for code, entry in sorted(table.items())]
    return '{\n  "about": ' + json.dumps(about) + ',\n  "codes": {\n' + ",\n".join(rows) + "\n  }\n}\n"


def main(argv: list[str]) -> int:
    table_path = Path(argv[1]) if len(argv) > 1 else DEFAULT_TABLE
    out = Path(argv[2]) if len(argv) > 2 else DEFAULT_OUT
    if not table_path.exists():
        print(f"{table_path}: not found; {out} left as it is", file=sys.stderr)
        return 1
    table = parse_table(table_path.read_text(encoding="utf-8"))
    fix_misplaced_modes(table)
    add_appeals(table, codebook_codes())
    out.write_text(render(table, "PLOVER manual draft 0.8, 2021"), encoding="utf-8")
    print(f"{out}: {len(table)} codes")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
