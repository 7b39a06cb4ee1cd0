"""Cross-article actors: one actor id for one real entity across the corpus.

Every article actor gets a *node key* when it is stored (`person:vladimir putin`, `country:RUS`,
`organization:interior ministry@UKR`). `resolve_actors()` groups node keys into corpus actors and
rewrites the small `actor_map` table (node key → actor id, name, kind, country); rows of the
article tables never change. Grouping, in order:

1. the user's overrides (`wirecoder actors merge A B` joins; `split` forbids a join);
2. names an article gave one actor (its aliases: "EU" and "European Union");
3. an organisation's names that differ only by a designator at the end join ("the Civic Renewal
   party", "Civic Renewal"); one named without a country joins the one country that uses that name;
4. full personal names with the same first name and one surname spelt two ways
   (Zelenskiy/Zelensky/Zelenskyy, Rakhimzoda/Rahimzoda);
5. a surname alone ("Putin") joins the one full name it can belong to, when there is exactly one.

The result does not depend on the order articles arrived in, so a re-run gives the same ids.
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field

import duckdb
from rapidfuzz import fuzz

from wirecoder.model import Actor
from wirecoder.names import clean_name, fold, name_key, strip_accents

PERSON = "person"
COUNTRY = "country"
FULLNAME_SURNAME_RATIO = 85  # with the same first name, a looser surname match is safe
SURNAME_ONLY_RATIO = 90
MIN_FUZZY_LEN = 5

# Applied after `names.fold` (which has already turned j into y): dzh/dj/zh/j all become y.
_LOOSE = [(r"dzh|dy|zh", "y"), (r"^ye", "e"), (r"q", "k"), (r"x", "ks")]


# --- node keys (computed when an article is stored) -------------------------------------------


def node_key(kind: str, name: str, country: str | None) -> str:
    if kind == COUNTRY and country:
        return f"{COUNTRY}:{country}"
    key = name_key(name) or name.strip().lower()
    if kind != PERSON and country:
        return f"{kind}:{key}@{country}"
    return f"{kind}:{key}"


def actor_node(actor: Actor) -> str:
    return node_key(actor.kind, actor.name, actor.country)


def alias_nodes(actor: Actor) -> list[str]:
    """Other names the article gave this actor that safely name it anywhere (full names, acronyms)."""
    if actor.kind == COUNTRY:
        return []
    own = actor_node(actor)
    out = []
    for alias in actor.aliases:
        alias = alias.strip()
        if not alias or not alias[0].isupper():
            continue
        if actor.kind == PERSON and len(clean_name(alias).split()) < 2:
            continue  # a surname alone is left to the unambiguity rule
        key = node_key(actor.kind, alias, actor.country)
        if key != own and key not in out:
            out.append(key)
    return out


def loose(word: str) -> str:
    """A looser spelling key than `names.fold`, for surnames: Dzhumabekova/Djumabekova/Jumabekova.
    Works on a raw word or on a folded one (node keys hold folded words)."""
    out = fold(word)
    for pattern, repl in _LOOSE:
        out = re.sub(pattern, repl, out)
    return out


def slug(text: str) -> str:
    return re.sub(r"[^a-z0-9]+", "-", strip_accents(text).lower()).strip("-") or "actor"


# --- the union-find with cannot-link pairs ------------------------------------------------------


@dataclass
class Node:
    key: str
    kind: str
    name: str
    country: str | None
    weight: int
    aliases: list[str] = field(default_factory=list)

    @property
    def words(self) -> list[str]:
        return self.key.split(":", 1)[1].split("@", 1)[0].split()


class Groups:
    """Disjoint sets of node keys; a join that would put a forbidden pair together is refused."""

    def __init__(self, keys: Iterable[str], forbidden: Iterable[tuple[str, str]] = ()) -> None:
        self.parent = {k: k for k in keys}
        self.members: dict[str, set[str]] = {k: {k} for k in self.parent}
        self.forbidden: dict[str, set[str]] = defaultdict(set)
        for a, b in forbidden:
            self.forbidden[a].add(b)
            self.forbidden[b].add(a)

    def add(self, key: str) -> None:
        if key not in self.parent:
            self.parent[key] = key
            self.members[key] = {key}

    def find(self, key: str) -> str:
        root = key
        while self.parent[root] != root:
            root = self.parent[root]
        while self.parent[key] != root:
            self.parent[key], key = root, self.parent[key]
        return root

    def conflict(self, ra: str, rb: str) -> bool:
        small, big = sorted((self.members[ra], self.members[rb]), key=len)
        return any(f in big for n in small for f in self.forbidden.get(n, ()))

    def union(self, a: str, b: str, force: bool = False) -> bool:
        ra, rb = self.find(a), self.find(b)
        if ra == rb:
            return True
        if not force and self.conflict(ra, rb):
            return False
        if len(self.members[ra]) < len(self.members[rb]):
            ra, rb = rb, ra
        self.parent[rb] = ra
        self.members[ra] |= self.members.pop(rb)
        return True

    def groups(self) -> list[set[str]]:
        return list(self.members.values())


# --- the rules ----------------------------------------------------------------------------------


@dataclass(frozen=True)
class Override:
    op: str  # "merge" | "split"
    left: str
    right: str


def effective_overrides(overrides: Iterable[Override]) -> tuple[list[tuple[str, str]], list[tuple[str, str]]]:
    """The merges and splits in force: a later override of the same pair replaces an earlier one."""
    latest: dict[frozenset[str], Override] = {}
    for o in overrides:
        latest[frozenset((o.left, o.right))] = o
    merges = [(o.left, o.right) for o in latest.values() if o.op == "merge"]
    splits = [(o.left, o.right) for o in latest.values() if o.op == "split"]
    return merges, splits


def group_nodes(nodes: dict[str, Node], overrides: Iterable[Override] = ()) -> Groups:
    merges, splits = effective_overrides(overrides)
    groups = Groups(nodes, splits)
    for a, b in merges:
        groups.add(a)
        groups.add(b)
        groups.union(a, b, force=True)
    for node in nodes.values():
        for alias in node.aliases:
            groups.add(alias)
            groups.union(node.key, alias)
    join_countryless(nodes, groups)
    persons = [n for n in nodes.values() if n.kind == PERSON and n.words]
    join_full_names([n for n in persons if len(n.words) > 1], groups)
    join_surnames(persons, groups)
    return groups


def join_countryless(nodes: dict[str, Node], groups: Groups) -> None:
    """"Interior Ministry" with no country joins the one country's "Interior Ministry"; "the Civic
    Renewal party" joins "Civic Renewal" (a designator word at the end does not make another body)."""
    by_bare: dict[str, list[str]] = defaultdict(list)
    for key, node in nodes.items():
        if node.kind not in (PERSON, COUNTRY):
            by_bare[undesignated(key)].append(key)
    for variants in by_bare.values():
        for other in variants[1:]:
            groups.union(variants[0], other)
    by_base: dict[str, list[str]] = defaultdict(list)
    for bare, variants in by_bare.items():
        if "@" in bare:
            by_base[bare.split("@", 1)[0]].append(variants[0])
    for base, countried in by_base.items():
        if base in by_bare and len(countried) == 1:
            groups.union(by_bare[base][0], countried[0])


# Words that name what kind of body a name is, not which one ("the Civic Renewal party", "Golden Lotus Ltd").
DESIGNATORS = frozenset({"party", "movement", "company", "corporation", "corp", "inc", "ltd", "limited", "plc",
                         "co", "group", "llc", "sa", "ag", "gmbh"})


def undesignated(key: str) -> str:
    """A node key without designator words at the end of its name (at least one word is kept)."""
    kind, rest = key.split(":", 1)
    name, at, country = rest.partition("@")
    words = name.split()
    while len(words) > 1 and words[-1].strip(".") in DESIGNATORS:
        words.pop()
    return f"{kind}:{' '.join(words)}{at}{country}"


def first_names_agree(a: str, b: str) -> bool:
    if a == b:
        return True
    short, long_ = sorted((a.rstrip("."), b.rstrip(".")), key=len)
    return len(short) == 1 and long_.startswith(short)


def join_full_names(full: list[Node], groups: Groups) -> None:
    blocks: dict[tuple[str, str], list[Node]] = defaultdict(list)
    for node in full:
        blocks[(node.words[0][:1], loose(node.words[-1])[:2])].append(node)
    for block in blocks.values():
        for i, a in enumerate(block):
            for b in block[i + 1 :]:
                if first_names_agree(a.words[0], b.words[0]) and surnames_match(
                    a.words[-1], b.words[-1], FULLNAME_SURNAME_RATIO
                ):
                    groups.union(a.key, b.key)


def surnames_match(a: str, b: str, ratio: int) -> bool:
    la, lb = loose(a), loose(b)
    if la == lb:
        return True
    return min(len(la), len(lb)) >= MIN_FUZZY_LEN and fuzz.ratio(la, lb) >= ratio


def join_surnames(persons: list[Node], groups: Groups) -> None:
    """A one-word name joins the single group of full names whose surname it is."""
    full_by_block: dict[str, list[Node]] = defaultdict(list)
    for node in persons:
        if len(node.words) > 1:
            full_by_block[loose(node.words[-1])[:2]].append(node)
    for node in persons:
        if len(node.words) != 1:
            continue
        word = node.words[0]
        candidates = [
            f
            for f in full_by_block.get(loose(word)[:2], [])
            if surnames_match(word, f.words[-1], SURNAME_ONLY_RATIO)
            and not (node.country and f.country and node.country != f.country)
        ]
        roots = {groups.find(f.key) for f in candidates}
        if len(roots) == 1:
            groups.union(node.key, candidates[0].key)


# --- naming the groups and writing actor_map ----------------------------------------------------


@dataclass(frozen=True)
class Resolved:
    actor_id: str
    name: str
    kind: str
    country: str | None


def describe(members: set[str], nodes: dict[str, Node]) -> tuple[str, str, str | None, int]:
    """A group's display name, kind, country and weight (mentions)."""
    known = [nodes[k] for k in members if k in nodes]
    if not known:
        key = min(members)
        kind, rest = key.split(":", 1)
        return rest.split("@")[0].title(), kind, None, 0
    kinds = Counter[str]()
    countries = Counter[str]()
    for n in known:
        kinds[n.kind] += n.weight
        if n.country:
            countries[n.country] += n.weight
    kind = kinds.most_common(1)[0][0]
    full = [n for n in known if n.kind == kind and (kind != PERSON or len(n.words) > 1)] or known
    best = max(full, key=lambda n: (n.weight, len(n.name), n.name))
    country = countries.most_common(1)[0][0] if countries else None
    return best.name, kind, country, sum(n.weight for n in known)


def name_groups(groups: Groups, nodes: dict[str, Node]) -> dict[str, Resolved]:
    """node key → its corpus actor. Ids are slugs of the display name; the bigger actor keeps a clash-free one."""
    described = [(members, *describe(members, nodes)) for members in groups.groups()]
    described.sort(key=lambda d: (-d[4], d[1], min(d[0])))
    taken: set[str] = set()
    out: dict[str, Resolved] = {}
    for members, name, kind, country, _weight in described:
        base = f"{COUNTRY}-{country.lower()}" if kind == COUNTRY and country else slug(name)
        actor_id = base if base not in taken else f"{base}-{kind}"
        suffix = 2
        while actor_id in taken:
            actor_id, suffix = f"{base}-{suffix}", suffix + 1
        taken.add(actor_id)
        resolved = Resolved(actor_id, name, kind, country)
        for key in members:
            out[key] = resolved
    return out


NODES_SQL = """
    SELECT node_key, mode(kind), mode(name), mode(country), sum(greatest(n_mentions, 1))::BIGINT,
           list_distinct(flatten(list(alias_keys)))
    FROM article_actors GROUP BY node_key
"""


def load_nodes(conn: duckdb.DuckDBPyConnection) -> dict[str, Node]:
    nodes = {}
    for key, kind, name, country, weight, aliases in conn.execute(NODES_SQL).fetchall():
        nodes[key] = Node(key, kind, name, country, int(weight or 0), [a for a in aliases or [] if a])
    return nodes


def load_overrides(conn: duckdb.DuckDBPyConnection) -> list[Override]:
    rows = conn.execute("SELECT op, left_key, right_key FROM actor_overrides ORDER BY override_id").fetchall()
    return [Override(op, left, right) for op, left, right in rows]


def resolve_actors(conn: duckdb.DuckDBPyConnection) -> int:
    """Regroup every node key into corpus actors and rewrite `actor_map` (call inside a transaction)."""
    import pyarrow as pa

    nodes = load_nodes(conn)
    resolved = name_groups(group_nodes(nodes, load_overrides(conn)), nodes)
    rows = pa.table(
        {
            "node_key": list(resolved),
            "actor_id": [r.actor_id for r in resolved.values()],
            "name": [r.name for r in resolved.values()],
            "kind": [r.kind for r in resolved.values()],
            "country": [r.country for r in resolved.values()],
        }
    )
    conn.execute("DELETE FROM actor_map")
    conn.register("_actor_rows", rows)
    try:
        conn.execute("INSERT INTO actor_map BY NAME SELECT * FROM _actor_rows")
    finally:
        conn.unregister("_actor_rows")
    return len({r.actor_id for r in resolved.values()})
