"""Roles of the article's people: the titles and appositions around each name (read by `roles`) set
on the person, with the country and sector they give; "his Greek counterpart, Y" takes the office of
the one "his" stands for; title words NER took for names are dropped.
"""

from __future__ import annotations

from spacy.tokens import Doc, Span, Token

from wirecoder.pipeline import gazetteer, roles
from wirecoder.pipeline.owners import counterpart_owner
from wirecoder.pipeline.registry import ActorRegistry, Record


def read_roles(reg: ActorRegistry, doc: Doc) -> None:
    for rec in [r for r in reg.records.values() if r.actor.kind == "person"]:
        for mention in list(rec.actor.mentions):
            span = doc.char_span(mention.start, mention.end, alignment_mode="expand")
            if span is None:
                continue
            for ctx in (*_titles_before(doc, span), roles.apposition(doc, span), roles.relative_office(doc, span)):
                if ctx.role:
                    _take_role(reg, doc, rec, span, ctx)
            if not rec.explicit_country and (found := roles.country_after(span)):
                rec.actor.country, rec.explicit_country = found, True


def _take_role(reg: ActorRegistry, doc: Doc, rec: Record, span: Span, ctx: roles.Context) -> None:
    """What one title or apposition of the name `span` says of the person: role, country, possessor, sector."""
    role = str(ctx.role)
    if role.split()[-1].lower() == "counterpart":
        # "his Greek counterpart, Y": no office by itself; Y holds the office of the one
        # "his" stands for, read once pronouns are resolved (`counterpart_roles`)
        rec.counterpart = _counterpart_noun(doc, span).i
    else:
        reg.add_role(rec, role)
    if ctx.country and not rec.explicit_country:
        rec.actor.country, rec.explicit_country = ctx.country, True
    if ctx.possessor is not None and rec.possessor is None:
        rec.possessor = ctx.possessor
    if ctx.start is not None and ctx.start < span.start and not ctx.appositive:
        reg.mention(rec, doc[ctx.start : span.start], "title", alias=False)
    elif ctx.start is not None and ctx.end is not None and ctx.end <= span.start:
        # "Its chief in Sudan, X, said": the title noun the verb's subject is, whoever the parser hung X on
        reg.mention(rec, doc[ctx.start : ctx.end], "title", alias=False)
    sector = ctx.sector or gazetteer.sector_of_title(role)
    if sector == "IGO" and ctx.org is None and "party" in role.lower().split():
        sector = "PTY"  # "party secretary general": a party office, not the UN's
    rec.actor.sector = rec.actor.sector or sector


def _titles_before(doc: Doc, span: Span) -> list[roles.Context]:
    """The title before a name and the one before that title ("deputy defence minister Major General X")."""
    first = roles.pre_title(doc, span)
    if not first.role or first.start is None or first.start >= span.start:
        return [first]
    return [first, roles.pre_title(doc, doc[first.start : span.end])]


def _counterpart_noun(doc: Doc, name: Span) -> Token:
    return next((t for t in reversed(doc[max(0, name.start - 6) : name.start]) if t.lemma_.lower() == "counterpart"),
                name.root.head)


def counterpart_roles(reg: ActorRegistry, doc: Doc) -> None:
    """"Foreign Minister X and his Greek counterpart, Y": Y holds X's office in another country."""
    for rec in list(reg.records.values()):
        if rec.counterpart is None:
            continue
        other = counterpart_owner(reg, doc[rec.counterpart], rec)
        if other is None or other.actor.kind != "person" or not other.actor.roles:
            continue
        role = other.actor.roles[0]
        if gazetteer.title_country(role) not in (None, rec.actor.country):
            role = gazetteer.generic_title(role)  # the Foreign Secretary's Iranian counterpart: a foreign minister
        if not rec.actor.roles:
            reg.add_role(rec, role)  # a named office of its own wins ("counterpart, Foreign Secretary Y")
        rec.actor.sector = rec.actor.sector or other.actor.sector


def drop_title_words(reg: ActorRegistry) -> None:
    """"Secretary of State X": NER's "State" is part of a title, not an organisation."""
    titled = {i for r in reg.records.values() if r.actor.kind == "person"
              for m in r.actor.mentions if m.how == "title" for i in range(m.start, m.end)}
    for rec in list(reg.records.values()):
        loose = rec.actor.kind == "organization" and rec.key.startswith("org:") and rec.actor.sector is None
        lone = rec.actor.kind == "person" and len(rec.actor.name.split()) == 1
        if loose or lone:
            rec.actor.mentions = [m for m in rec.actor.mentions if m.start not in titled]
            if not rec.actor.mentions:
                reg.remove(rec)
