"""Which tokens belong to an event trigger's clause: the scope dates and places attach to.

A trigger's clause is its head chain up to the clause's verb (stopping at the first clausal relation:
a complement, adverbial, relative or coordinated clause) plus the non-clausal subtrees of that chain.
A relative clause on the trigger itself ("a prisoner swap that got under way on Tuesday") describes
the event and belongs to it; relative clauses deeper down describe something else.
"""

from __future__ import annotations

from spacy.tokens import Token

CLAUSE_DEPS = frozenset(
    {"ccomp", "advcl", "relcl", "acl", "xcomp", "conj", "parataxis", "csubj", "csubjpass", "pcomp", "ROOT"}
)
DESCRIPTIVE_DEPS = frozenset({"relcl", "acl", "appos", "advcl"})
OWN_CLAUSE_DEPS = frozenset({"relcl", "acl"})
FAR = 10_000


def clause_chain(tok: Token) -> list[Token]:
    """The token and its heads up to (and including) its clause's head."""
    chain = [tok]
    while tok.dep_ not in CLAUSE_DEPS and tok.head.i != tok.i:
        tok = tok.head
        chain.append(tok)
    return chain


def local_tokens(tok: Token, *, own_clauses: bool = False) -> dict[int, int]:
    """Token index → depth below `tok`, without entering clausal dependents.

    With `own_clauses`, relative and participial clauses hanging on `tok` itself are entered.
    """
    depth = {tok.i: 0}
    frontier = [tok]
    while frontier:
        nxt: list[Token] = []
        for node in frontier:
            for child in node.children:
                entering_own = own_clauses and node.i == tok.i and child.dep_ in OWN_CLAUSE_DEPS
                if child.dep_ in CLAUSE_DEPS and not entering_own:
                    continue
                if child.i not in depth:
                    depth[child.i] = depth[node.i] + 1
                    nxt.append(child)
        frontier = nxt
    return depth


def clause_scope(trigger: Token) -> dict[int, int]:
    """Token index → distance from the trigger, for every token in the trigger's clause."""
    scope = local_tokens(trigger, own_clauses=True)
    for up, node in enumerate(clause_chain(trigger)):
        if up == 0:
            continue
        for i, depth in local_tokens(node).items():
            scope[i] = min(scope.get(i, FAR), up + depth)
    return scope


def governing_scope(trigger: Token) -> dict[int, int]:
    """Tokens of the clauses above the trigger's clause (index → steps up), nearest first."""
    top = clause_chain(trigger)[-1]
    scope: dict[int, int] = {}
    steps = 0
    node = top
    while node.head.i != node.i:
        # "would meet on April 8 and that Turkey had offered": a conjunct with its own subject is
        # another act, not governed by the first conjunct's words (the clauses above still govern)
        sibling = separate_conjunct(node)
        node = node.head
        steps += 1
        for up, member in enumerate(clause_chain(node)):
            if sibling and up == 0:
                continue
            for i, depth in local_tokens(member).items():
                scope.setdefault(i, FAR + steps * 100 + up + depth)
        node = clause_chain(node)[-1]
    return scope


def separate_conjunct(verb: Token) -> bool:
    """"said A on April 8 and that B had offered C": a conjoined complement with its own "that" and
    subject tells another act ("gathered late Saturday, and police fired" shares its time)."""
    return verb.dep_ == "conj" and any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children) \
        and any(c.dep_ == "mark" and c.lower_ in ("that", "whether", "if") for c in verb.children)


def inside_foreign_clause(tok: Token, trigger: Token) -> bool:
    """True when `tok` sits in a descriptive clause (relative, participial, appositive, adverbial)
    that does not also hold the trigger."""
    node = tok
    while node.head.i != node.i:
        if node.dep_ in DESCRIPTIVE_DEPS and not dominates(node, trigger):
            return True
        node = node.head
    return False


def dominates(top: Token, tok: Token) -> bool:
    """True when `tok` is `top` or sits in its subtree."""
    return top.left_edge.i <= tok.i <= top.right_edge.i and (tok.i == top.i or top in tok.ancestors)
