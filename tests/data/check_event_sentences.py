"""Validate tests/data/event_sentences.tsv and print its coverage.

Run as a script with the project environment (pycountry is needed for ISO codes):

    .venv/bin/python tests/data/check_event_sentences.py [PATH]

Exit status 0 when every row is valid and the coverage minimums are met, 1 otherwise.
"""

from __future__ import annotations

import csv
import re
import sys
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

import pycountry

DEFAULT_PATH = Path(__file__).with_name("event_sentences.tsv")
COLUMNS = [
    "id", "sentence", "source", "source_country", "target", "target_country",
    "code", "negated", "modality", "note",
]
CODE_FORMAT = re.compile(r"^\d\d(\d\d?)?$")
ID_FORMAT = re.compile(r"^es\d{3,}$")
NOTE_FORMAT = re.compile(r"^\[([a-z,-]*)\]")
MODALITIES = {"asserted", "reported", "planned", "hypothetical"}
BOOLEANS = {"true", "false"}
TAGS = {
    "passive", "symmetric", "possessive", "talks-with", "visit-city", "freed-person", "relative",
    "control", "coordination", "title", "metonymy", "event-noun", "reported", "refusal",
    "no-event", "trap", "multi",
}
# CAMEO 1.1b3 event codes (roots, three- and four-digit codes), one root per line;
# 155, 176, 1834, 1951 and 1952, listed by some editions of the codebook, are accepted too.
CAMEO_GROUPS = """
01 010 011 012 013 014 015 016 017 018 019
02 020 021 0211 0212 0213 0214 022 023 0231 0232 0233 0234 024 0241 0242 0243 0244
025 0251 0252 0253 0254 0255 0256 026 027 028
03 030 031 0311 0312 0313 0314 032 033 0331 0332 0333 0334 034 0341 0342 0343 0344
035 0351 0352 0353 0354 0355 0356 036 037 038 039
04 040 041 042 043 044 045 046
05 050 051 052 053 054 055 056 057
06 060 061 062 063 064
07 070 071 072 073 074 075
08 080 081 0811 0812 0813 0814 082 083 0831 0832 0833 0834 084 0841 0842 085 086 0861 0862 0863
087 0871 0872 0873 0874
09 090 091 092 093 094
10 100 101 1011 1012 1013 1014 102 103 1031 1032 1033 1034 104 1041 1042 1043 1044
105 1051 1052 1053 1054 1055 1056 106 107 108
11 110 111 112 1121 1122 1123 1124 1125 113 114 115 116
12 120 121 1211 1212 122 1221 1222 1223 1224 123 1231 1232 1233 1234 124 1241 1242 1243 1244
1245 1246 125 126 127 128 129
13 130 131 1311 1312 1313 132 1321 1322 1323 1324 133 134 135 136 137 138 1381 1382 1383 1384
1385 139
14 140 141 1411 1412 1413 1414 142 1421 1422 1423 1424 143 1431 1432 1433 1434 144 1441 1442
1443 1444 145 1451 1452 1453 1454
15 150 151 152 153 154 155
16 160 161 162 1621 1622 1623 163 164 165 166 1661 1662 1663
17 170 171 1711 1712 172 1721 1722 1723 1724 173 174 175 176
18 180 181 182 1821 1822 1823 183 1831 1832 1833 1834 184 185 186
19 190 191 192 193 194 195 1951 1952 196
20 200 201 202 203 204 2041 2042
"""
CAMEO_CODES = frozenset(CAMEO_GROUPS.split())
MINIMUMS = {"rows": 200, "per_root": 6, "negated": 20, "modal": 20, "no_event": 10}


@dataclass
class Report:
    errors: list[str] = field(default_factory=list)
    roots: Counter[str] = field(default_factory=Counter)
    modalities: Counter[str] = field(default_factory=Counter)
    tags: Counter[str] = field(default_factory=Counter)
    negated: int = 0
    rows: int = 0
    sentences: set[str] = field(default_factory=set)


def valid_country(code: str) -> bool:
    return code == "IGO" or pycountry.countries.get(alpha_3=code) is not None


def check_actors(row: dict[str, str], role: str, where: str, report: Report) -> None:
    names = [n for n in row[role].split(";") if n] if row[role] else []
    countries = row[f"{role}_country"].split(";") if row[f"{role}_country"] else []
    if countries and len(countries) != len(names):
        report.errors.append(f"{where}: {role} has {len(names)} names but {len(countries)} countries")
    for country in countries:
        if country and not valid_country(country):
            report.errors.append(f"{where}: {role}_country {country!r} is not ISO 3166-1 alpha-3 or IGO")
    sentence = row["sentence"].lower()
    for name in names:
        if name.lower() not in sentence:
            report.errors.append(f"{where}: {role} {name!r} does not occur in the sentence")


def check_code(row: dict[str, str], where: str, report: Report) -> None:
    code = row["code"]
    if code == "-":
        if row["source"] or row["target"] or row["negated"] == "true":
            report.errors.append(f"{where}: a no-event row ('-') has actors or negation")
        report.roots["-"] += 1
        return
    if not CODE_FORMAT.match(code):
        report.errors.append(f"{where}: code {code!r} is not two to four digits or '-'")
        return
    if code not in CAMEO_CODES:
        report.errors.append(f"{where}: code {code!r} is not in the CAMEO 1.1b3 codebook")
    report.roots[code[:2]] += 1


def check_note(row: dict[str, str], where: str, report: Report) -> None:
    match = NOTE_FORMAT.match(row["note"])
    if not match:
        report.errors.append(f"{where}: note must start with a [tag,...] list")
        return
    for tag in filter(None, match.group(1).split(",")):
        if tag not in TAGS:
            report.errors.append(f"{where}: unknown tag {tag!r}")
        report.tags[tag] += 1


def check_row(row: dict[str, str], line: int, report: Report) -> None:
    where = f"line {line} ({row.get('id', '?')})"
    if None in row or any(row.get(c) is None for c in COLUMNS):
        report.errors.append(f"{where}: expected {len(COLUMNS)} tab-separated columns")
        return
    if not ID_FORMAT.match(row["id"]):
        report.errors.append(f"{where}: bad id")
    if row["negated"] not in BOOLEANS:
        report.errors.append(f"{where}: negated must be true or false")
    if row["modality"] not in MODALITIES:
        report.errors.append(f"{where}: modality {row['modality']!r} is not one of {sorted(MODALITIES)}")
    check_code(row, where, report)
    check_actors(row, "source", where, report)
    check_actors(row, "target", where, report)
    check_note(row, where, report)
    report.rows += 1
    report.sentences.add(row["sentence"])
    report.negated += row["negated"] == "true"
    report.modalities[row["modality"]] += 1


def read(path: Path) -> Report:
    report = Report()
    with path.open(encoding="utf-8", newline="") as handle:
        reader = csv.DictReader(handle, delimiter="\t", quoting=csv.QUOTE_NONE)
        if reader.fieldnames != COLUMNS:
            report.errors.append(f"header must be: {' '.join(COLUMNS)}")
            return report
        ids: Counter[str] = Counter()
        for line, row in enumerate(reader, start=2):
            check_row(row, line, report)
            ids[row.get("id") or ""] += 1
        report.errors.extend(f"duplicate id {i}" for i, n in ids.items() if n > 1)
    return report


def coverage_errors(report: Report) -> list[str]:
    errors = []
    modal = report.rows - report.modalities["asserted"]
    if len(report.sentences) < MINIMUMS["rows"]:
        errors.append(f"only {len(report.sentences)} distinct sentences")
    for root in (f"{n:02d}" for n in range(1, 21)):
        if report.roots[root] < MINIMUMS["per_root"]:
            errors.append(f"root {root} has only {report.roots[root]} rows")
    if report.negated < MINIMUMS["negated"]:
        errors.append(f"only {report.negated} negated rows")
    if modal < MINIMUMS["modal"]:
        errors.append(f"only {modal} rows with a modality other than asserted")
    if report.roots["-"] < MINIMUMS["no_event"]:
        errors.append(f"only {report.roots['-']} no-event rows")
    return errors


def summary(report: Report) -> str:
    roots = " ".join(f"{r}:{report.roots[r]}" for r in sorted(report.roots))
    modalities = " ".join(f"{m}:{n}" for m, n in sorted(report.modalities.items()))
    tags = " ".join(f"{t}:{n}" for t, n in sorted(report.tags.items()))
    return "\n".join([
        f"rows {report.rows}, distinct sentences {len(report.sentences)}",
        f"per root  {roots}",
        f"negated   {report.negated}",
        f"modality  {modalities}",
        f"tags      {tags}",
    ])


def main(argv: list[str]) -> int:
    path = Path(argv[1]) if len(argv) > 1 else DEFAULT_PATH
    report = read(path)
    errors = report.errors + coverage_errors(report)
    print(summary(report))
    for error in errors:
        print(f"ERROR {error}", file=sys.stderr)
    print("OK" if not errors else f"{len(errors)} error(s)")
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
