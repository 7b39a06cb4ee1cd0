"""Exports: the GDELT 2.0 events table's columns and values, CSV/Parquet tables, JSONL documents."""

from __future__ import annotations

import csv
import json
from pathlib import Path

import pyarrow.parquet as pq
import pytest
from tests.corpus_factory import small_corpus, store

from wirecoder.export.formats import ExportError, ExportOptions, export
from wirecoder.export.gdelt import COLUMNS
from wirecoder.model import Extraction
from wirecoder.store import queries

GDELT_20_EVENT_COLUMNS = ["GLOBALEVENTID", "SQLDATE", "MonthYear", "Year", "FractionDate", "Actor1Code", "Actor1Name", "Actor1CountryCode", "Actor1KnownGroupCode", "Actor1EthnicCode", "Actor1Religion1Code", "Actor1Religion2Code", "Actor1Type1Code", "Actor1Type2Code", "Actor1Type3Code", "Actor2Code", "Actor2Name", "Actor2CountryCode", "Actor2KnownGroupCode", "Actor2EthnicCode", "Actor2Religion1Code", "Actor2Religion2Code", "Actor2Type1Code", "Actor2Type2Code", "Actor2Type3Code", "IsRootEvent", "EventCode", "EventBaseCode", "EventRootCode", "QuadClass", "GoldsteinScale", "NumMentions", "NumSources", "NumArticles", "AvgTone", "Actor1Geo_Type", "Actor1Geo_FullName", "Actor1Geo_CountryCode", "Actor1Geo_ADM1Code", "Actor1Geo_ADM2Code", "Actor1Geo_Lat", "Actor1Geo_Long", "Actor1Geo_FeatureID", "Actor2Geo_Type", "Actor2Geo_FullName", "Actor2Geo_CountryCode", "Actor2Geo_ADM1Code", "Actor2Geo_ADM2Code", "Actor2Geo_Lat", "Actor2Geo_Long", "Actor2Geo_FeatureID", "ActionGeo_Type", "ActionGeo_FullName", "ActionGeo_CountryCode", "ActionGeo_ADM1Code", "ActionGeo_ADM2Code", "ActionGeo_Lat", "ActionGeo_Long", "ActionGeo_FeatureID", "DATEADDED", "SOURCEURL"]


@pytest.fixture(scope="module")
def db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("export") / "e.duckdb"
    store(path, small_corpus())
    return path


def run(db: Path, out: Path, **options: object) -> dict[str, int]:
    with queries.reader(db) as conn:
        return export(conn, out, ExportOptions(**options)).rows  # type: ignore[arg-type]


def test_gdelt_columns_and_values(db: Path, tmp_path: Path) -> None:
    assert list(COLUMNS) == GDELT_20_EVENT_COLUMNS and len(COLUMNS) == 61
    out = tmp_path / "events.tsv"
    assert run(db, out, fmt="gdelt") == {"events": 3}
    with out.open(newline="") as handle:
        rows = list(csv.DictReader(handle, delimiter="\t"))
    assert list(rows[0]) == GDELT_20_EVENT_COLUMNS
    consult = next(r for r in rows if r["EventCode"] == "040")
    assert (consult["SQLDATE"], consult["MonthYear"], consult["Year"], consult["FractionDate"]) == (
        "20261102", "202611", "2026", "2026.9096")  # (11 * 30 + 2) / 365
    assert (consult["Actor1CountryCode"], consult["Actor2CountryCode"], consult["Actor1Name"]) == ("KGZ", "TJK", "KYRGYZSTAN")
    assert (consult["EventBaseCode"], consult["EventRootCode"], consult["QuadClass"]) == ("040", "04", "1")
    assert (consult["NumMentions"], consult["NumArticles"], consult["NumSources"]) == ("3", "3", "2")
    assert len(consult["DATEADDED"]) == 14 and consult["AvgTone"] == ""
    fight = next(r for r in rows if r["EventCode"] == "190")  # GDELT's geography uses FIPS 10-4: Tajikistan TI, not TJ
    assert (fight["ActionGeo_FullName"], fight["ActionGeo_CountryCode"], fight["ActionGeo_Type"]) == ("Isfara", "TI", "4")
    demand = next(r for r in rows if r["EventCode"] == "101")
    assert demand["Actor1Code"] == "KGZGOV" and demand["Actor1Type1Code"] == "GOV"


def test_gdelt_without_header(db: Path, tmp_path: Path) -> None:
    out = tmp_path / "events.tsv"
    run(db, out, fmt="gdelt", header=False)
    lines = out.read_text().splitlines()
    assert len(lines) == 3 and all(len(line.split("\t")) == 61 for line in lines)


def test_csv_and_parquet_folders(db: Path, tmp_path: Path) -> None:
    written = run(db, tmp_path / "csv", fmt="csv")
    assert written["articles"] == 4 and written["events"] == 4 and written["quotes"] == 1
    with (tmp_path / "csv" / "events.csv").open() as handle:
        assert "num_mentions" in next(csv.reader(handle))
    run(db, tmp_path / "pq", fmt="parquet")
    table = pq.read_table(tmp_path / "pq" / "actors.parquet")
    assert table.num_rows == 3 and "actor_id" in table.column_names
    assert run(db, tmp_path / "one.parquet", fmt="parquet", table="positions") == {"positions": 1}


def test_jsonl_documents_follow_the_contract(db: Path, tmp_path: Path) -> None:
    out = tmp_path / "docs.jsonl"
    assert run(db, out, fmt="jsonl") == {"articles": 4}
    docs = [Extraction.from_json(json.loads(line)) for line in out.read_text().splitlines()]
    assert [d.article.published for d in docs] == ["2026-11-02", "2026-11-03", "2026-11-04", "2026-11-12"]


def test_bad_requests(db: Path, tmp_path: Path) -> None:
    with pytest.raises(ExportError, match="--only"):
        run(db, tmp_path / "x.csv", fmt="csv", table="secrets")
    with pytest.raises(ExportError, match="folder"):
        run(db, tmp_path, fmt="gdelt")
