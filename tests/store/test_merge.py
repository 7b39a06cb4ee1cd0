"""Cross-article actors: spelling variants, surnames alone, countries, organisations, merge and split by hand."""

from __future__ import annotations

from pathlib import Path

import pytest
from tests.corpus_factory import country, extraction, org, person, store, story

from wirecoder.model import Actor, Extraction
from wirecoder.store import queries
from wirecoder.store.merge import Groups, loose, node_key
from wirecoder.store.overrides import merge_actors, split_actor


def articles(*casts: list[Actor], start: int = 0) -> list[Extraction]:
    return [extraction(story(start + i), actors=cast, published=f"2026-11-{i + 2:02d}") for i, cast in enumerate(casts)]


def actor_of(db: Path, name: str) -> str:
    with queries.reader(db) as conn:
        rows = conn.execute(
            "SELECT DISTINCT m.actor_id FROM article_actors aa JOIN actor_map m USING (node_key) WHERE aa.name = ?",
            [name],
        ).fetchall()
    assert len(rows) == 1, rows
    return str(rows[0][0])


@pytest.mark.parametrize(
    ("a", "b"),
    [("Zelenskiy", "Zelenskyy"), ("Zelensky", "Zelenskiy"), ("Dzhumabekova", "Jumabekova"),
     ("Djumabekova", "Dzhumabekova"), ("Rakhimzoda", "Rahimzoda"), ("Qurbonov", "Kurbonov")],
)
def test_loose_surname_keys(a: str, b: str) -> None:
    assert loose(a) == loose(b)


def test_node_keys() -> None:
    assert node_key("country", "Russian Federation", "RUS") == node_key("country", "Russia", "RUS") == "country:RUS"
    assert node_key("organization", "Interior Ministry", "UKR") != node_key("organization", "Interior Ministry", "RUS")
    assert node_key("person", "Mr. Putin's", "RUS") == "person:putin"


def test_groups_refuse_a_forbidden_join() -> None:
    groups = Groups(["a", "b", "c"], forbidden=[("a", "c")])
    assert groups.union("a", "b")
    assert not groups.union("b", "c")
    assert groups.find("c") == "c"


def test_transliterations_of_one_name_are_one_actor(tmp_path: Path) -> None:
    db = tmp_path / "m.duckdb"
    store(db, articles([person("a1", "Volodymyr Zelenskiy", "UKR", ("President",))],
                       [person("a1", "Volodymyr Zelensky", "UKR")],
                       [person("a1", "Volodymyr Zelenskyy", None, ("president",))]))
    ids = {actor_of(db, n) for n in ("Volodymyr Zelenskiy", "Volodymyr Zelensky", "Volodymyr Zelenskyy")}
    assert len(ids) == 1
    with queries.reader(db) as conn:
        [row] = queries.actors(conn, name="Zelensky")
    assert row["n_articles"] == 3 and row["country"] == "UKR" and row["roles"] == ["president"]
    assert (str(row["first_seen"]), str(row["last_seen"])) == ("2026-11-02", "2026-11-04")


@pytest.mark.parametrize("surname_first", [True, False])
def test_a_surname_alone_joins_the_one_full_name(tmp_path: Path, surname_first: bool) -> None:
    casts = [[person("a1", "Putin", "RUS")], [person("a1", "Vladimir Putin", "RUS")]]
    store(tmp_path / "m.duckdb", articles(*(casts if surname_first else casts[::-1])))
    assert actor_of(tmp_path / "m.duckdb", "Putin") == actor_of(tmp_path / "m.duckdb", "Vladimir Putin") == "vladimir-putin"


def test_an_ambiguous_surname_stays_apart(tmp_path: Path) -> None:
    db = tmp_path / "m.duckdb"
    store(db, articles([person("a1", "Donald Trump", "USA")], [person("a1", "Melania Trump", "USA")],
                       [person("a1", "Trump", "USA")]))
    assert len({actor_of(db, n) for n in ("Donald Trump", "Melania Trump", "Trump")}) == 3


def test_different_first_names_stay_apart(tmp_path: Path) -> None:
    db = tmp_path / "m.duckdb"
    store(db, articles([person("a1", "Ramzan Kadyrov", "RUS")], [person("a1", "Akhmad Kadyrov", "RUS")]))
    assert actor_of(db, "Ramzan Kadyrov") != actor_of(db, "Akhmad Kadyrov")


def test_countries_and_organisations(tmp_path: Path) -> None:
    db = tmp_path / "m.duckdb"
    store(db, articles(
        [country("a1", "Russia", "RUS"), org("a2", "Interior Ministry", "UKR"), org("a3", "EU", None, ("European Union",))],
        [country("a1", "Russian Federation", "RUS"), org("a2", "Interior Ministry", None),
         org("a3", "European Union", None)],
        [org("a2", "Interior Ministry", "RUS")],
    ))
    assert actor_of(db, "Russia") == actor_of(db, "Russian Federation") == "country-rus"
    assert actor_of(db, "EU") == actor_of(db, "European Union")
    # Two countries use the name, so the one without a country is joined to neither.
    with queries.reader(db) as conn:
        n = conn.execute("SELECT count(DISTINCT actor_id) FROM actor_map WHERE name = 'Interior Ministry'").fetchone()
    assert n == (3,)


def test_a_designator_word_does_not_make_another_body(tmp_path: Path) -> None:
    db = tmp_path / "m.duckdb"
    store(db, articles(
        [org("a1", "Civic Renewal party", None), org("a2", "Golden Lotus Ltd", "SGP")],
        [org("a1", "Civic Renewal", "BGR"), org("a2", "Golden Lotus", "SGP"), org("a3", "Party", None)],
        [org("a1", "Civic Renewal Party", "BGR"), org("a2", "Golden Lotus", "MMR")],
    ))
    assert actor_of(db, "Civic Renewal party") == actor_of(db, "Civic Renewal") == actor_of(db, "Civic Renewal Party")
    with queries.reader(db) as conn:
        ids = dict(conn.execute("SELECT aa.name || '@' || aa.country, m.actor_id FROM article_actors aa "
                                "JOIN actor_map m USING (node_key) WHERE aa.name LIKE 'Golden Lotus%'").fetchall())
    assert ids["Golden Lotus Ltd@SGP"] == ids["Golden Lotus@SGP"] != ids["Golden Lotus@MMR"]  # another country's
    assert actor_of(db, "Party") != actor_of(db, "Civic Renewal")


def test_merge_and_split_by_hand_survive_later_ingests(tmp_path: Path) -> None:
    db = tmp_path / "m.duckdb"
    store(db, articles([person("a1", "Vladimir Putin", "RUS")], [person("a1", "Vova Putin", "RUS")],
                       [person("a1", "Putin", "RUS")]))
    assert actor_of(db, "Vladimir Putin") != actor_of(db, "Vova Putin")  # different first names
    assert actor_of(db, "Putin") not in (actor_of(db, "Vladimir Putin"), actor_of(db, "Vova Putin"))  # ambiguous
    result = merge_actors(db, "vladimir-putin", ["Vova Putin"], note="same man")
    assert result["actor_id"] == actor_of(db, "Vova Putin") == actor_of(db, "Vladimir Putin") == actor_of(db, "Putin")
    store(db, articles([person("a1", "Vova Putin", "RUS")], start=10))  # a later ingest
    assert actor_of(db, "Vova Putin") == actor_of(db, "Vladimir Putin")

    split = split_actor(db, "vladimir-putin", ["Putin"])
    assert len(split["now"]) == 2
    store(db, articles([person("a1", "Putin", "RUS")], start=20))
    assert actor_of(db, "Putin") != actor_of(db, "Vladimir Putin")
    with queries.reader(db) as conn:
        ops = conn.execute("SELECT op, note FROM actor_overrides ORDER BY override_id").fetchall()
    assert ops[0] == ("merge", "same man") and {op for op, _ in ops[1:]} == {"split"}


def test_roles_over_time(tmp_path: Path) -> None:
    db = tmp_path / "m.duckdb"
    store(db, articles([person("a1", "Marco Rubio", "USA", ("Senator",))],
                       [person("a1", "Marco Rubio", "USA", ("Secretary of State",))],
                       [person("a1", "Rubio", "USA", ("Secretary of State",))]))
    with queries.reader(db) as conn:
        rows = queries.roles(conn, actor="Rubio")
    assert [(r["role"], str(r["first_seen"]), str(r["last_seen"]), r["n_articles"]) for r in rows] == [
        ("senator", "2026-11-02", "2026-11-02", 1),
        ("secretary of state", "2026-11-03", "2026-11-04", 2),
    ]
