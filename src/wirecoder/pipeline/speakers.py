"""Who speaks through a cue word: the cue's subject as actors, whom it was said to and where.

`attribute(cue, quoted)` reads the subject of a speech verb ("X said", "said X", "..., saying") and
asks the actors stage what it stands for (names, titles, pronouns and metonyms are resolved there).
Where the actors stage has nothing, a few general fallbacks apply: the body behind an institution
("the Afghan defence ministry" → Afghanistan), an actor whose name the phrase spells ("the electoral
commission"), the body a spokesperson speaks for, the group "the neighbours" takes up. `quoted(i)`
tells whether character `i` lies inside quotation marks: a pronoun never refers to a name in them.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field

from spacy.tokens import Doc, Span, Token

from wirecoder.knowledge.speech import is_reporting, is_speech_act, speech_lexicon
from wirecoder.pipeline import gazetteer
from wirecoder.pipeline.coref import coordinated
from wirecoder.pipeline.docview import view
from wirecoder.pipeline.lookup import actors_of
from wirecoder.pipeline.unnamed_sources import anonymous_source, home_country, institution_actor

Quoted = Callable[[int], bool]

SUBJECTS = ("nsubj", "nsubjpass")
_CLIMB = ("conj", "advcl", "xcomp", "ccomp", "pcomp")  # "..., saying", "... and says": the head's subject
_PARTICIPLE_PREPS = frozenset(["as", "before", "after", "while", "when"])
_PRONOUNS = frozenset(["he", "she", "they", "it", "we", "i"])
_ADDRESSEE_PREPS = frozenset(["to"])
_CHANNEL_PREPS = frozenset(["in", "on", "during", "at", "via", "through", "by", "over", "from"])
_NOT_PLATFORMS = frozenset(["DATE", "TIME", "GPE", "LOC", "NORP", "EVENT", "FAC"])
_ABROAD = frozenset(["embassy", "consulate", "mission", "delegation"])  # seated in another country's capital
# institutions that speak as themselves where the story names no actor of their country
_OWN_VOICE = frozenset(["presidency", "mission", "delegation", "cabinet", "parliament", "government", "ministry"])
_PARTS = frozenset(["one", "some", "several", "many", "most", "all", "both", "none", "each", "few", "two", "three"])
_AIDES = frozenset(["aide", "adviser", "advisor", "assistant"])
_FIRM_SECTORS = frozenset(["BUS", "MED", "NGO"])  # sectors of organisation nouns no armed or crowd group bears
_PRUNED = frozenset(["relcl", "acl", "advcl", "appos", "punct", "cc", "conj"])


@dataclass
class Attribution:
    speakers: list[str] = field(default_factory=list)
    cue: str | None = None
    addressee: str | None = None
    channel: str | None = None
    confidence: float = 0.3
    cue_index: int | None = None  # the cue verb's token index


# -- the cue's subject ---------------------------------------------------------------------------

def subject_of(verb: Token) -> Token | None:
    """The subject of a speech verb, climbing from "saying" or "and says" to the clause it hangs on."""
    speaker = _reporter_of_participle(verb)
    if speaker is not None:
        return subject_of(speaker)
    quoted_one = _quoted_as_saying(verb)
    if quoted_one is not None:
        return quoted_one
    appositive = appositive_speaker(verb)
    if appositive is not None:
        return appositive
    cur: Token | None = verb
    while cur is not None:
        # "The talks stalled, a senior official said": of two subjects the parser gave, the nearer speaks
        for child in sorted(cur.children, key=lambda c: abs(c.i - cur.i) if cur is not None else 0):
            if child.dep_ in SUBJECTS and (cur is verb or _agrees(verb, child)):
                return _antecedent(child)
        controller = _controller(cur)
        if controller is not None:
            return controller
        cur = cur.head if _climbs(cur) else None
    return _inverted_subject(verb)


def _antecedent(subj: Token) -> Token:
    """"X, who condemned the attack and said ...": a relative pronoun speaks for the noun it follows."""
    if subj.tag_ not in ("WP", "WDT"):
        return subj
    clause = subj.head
    while clause.dep_ == "conj" and clause.head.i != clause.i:
        clause = clause.head
    return clause.head if clause.dep_ == "relcl" else subj


def appositive_speaker(verb: Token) -> Token | None:
    """"..., in the presence of Emirati officials, Kenya's refugee commission said": the parser hung the
    speaker on the clause's last noun as its apposition and coordinated the subjectless cue with the
    clause (or left it the root); the apposition right before the cue, after a comma, is its subject."""
    if verb.dep_ not in ("conj", "ROOT") or verb.i == 0 or any(c.dep_ in SUBJECTS for c in verb.children):
        return None
    node = verb.doc[verb.i - 1]
    while node.dep_ != "appos" and node.head.i != node.i and node.head.i < verb.i:
        node = node.head
    if node.dep_ != "appos" or node.right_edge.i != verb.i - 1:
        return None
    left = node.left_edge.i
    return node if left > 0 and verb.doc[left - 1].text == "," else None


def _controller(tok: Token) -> Token | None:
    """"prompting Belgrade to put its army on alert and accuse Pristina of ...": the object of a verb of
    causing or urging does what its "to" clause says."""
    if tok.dep_ != "xcomp" or tok.head.lemma_.lower() not in speech_lexicon().controller_verbs:
        return None
    return next((c for c in tok.head.children if c.dep_ == "dobj" and c.i < tok.i), None)


def _climbs(tok: Token) -> bool:
    # "was quoted as saying", "..., before adding": through the preposition to the verb it hangs on
    return tok.head.i != tok.i and (tok.dep_ in _CLIMB or (tok.dep_ == "prep" and tok.lower_ in _PARTICIPLE_PREPS))


def _quoted_as_saying(verb: Token) -> Token | None:
    """"TASS quoted the minister as saying ...": the one quoted speaks, not the outlet quoting."""
    prep = verb.head
    if verb.dep_ != "pcomp" or prep.lower_ != "as" or prep.head.lemma_.lower() not in ("quote", "cite"):
        return None
    return next((c for c in prep.head.children if c.dep_ == "dobj"), None)


def _reporter_of_participle(verb: Token) -> Token | None:
    """"X said the port would reopen, adding that ...": a speech participle after a comma that the parser
    hung inside a reported clause is said by that clause's reporter, not by the clause's subject."""
    if verb.tag_ != "VBG" or verb.dep_ not in ("advcl", "conj") or verb.i == 0 or verb.doc[verb.i - 1].text != ",":
        return None
    node = verb.head
    while node.head.i != node.i:
        if node.dep_ == "ccomp" and node.head.pos_ in ("VERB", "AUX") and is_reporting(node.head.lemma_):
            return node.head
        node = node.head
    return None


def _agrees(verb: Token, subj: Token) -> bool:
    """Number agreement of a borrowed subject: "demands that troops leave and says it must" is not
    the troops' saying."""
    plural = (subj.tag_ in ("NNS", "NNPS") or subj.lower_ in ("they", "we", "i", "you")
              or any(c.dep_ == "conj" for c in subj.children))
    if verb.tag_ == "VBZ":
        return not plural
    if verb.tag_ == "VBP":
        return plural or subj.tag_ not in ("NN", "NNP", "PRP")
    return True


def _inverted_subject(verb: Token) -> Token | None:
    """ "..., said Foreign Minister X" where the parser took X for an object."""
    if any(c.dep_ == "ccomp" for c in verb.children):
        return None
    for child in verb.rights:
        if child.dep_ in ("dobj", "attr", "npadvmod", "appos") and child._.actors:
            return child
    return None


def attribute(cue: Token, quoted: Quoted) -> Attribution:
    """Speakers, addressee and channel of one cue verb."""
    att = Attribution(cue=cue.lemma_.lower(), cue_index=cue.i)
    subj = subject_of(cue)
    if subj is not None:
        att.speakers, att.confidence = speakers_of(subj, quoted)
    if not att.speakers and (nearer := _participle_subject(cue)) is not None:
        att.speakers, att.confidence = list(actors_of(nearer)), 0.7
    if not att.speakers and subj is None:
        att.speakers, att.confidence = _name_before_cue(cue, quoted), 0.7
    att.addressee, att.channel = _addressee_and_channel(cue)
    return att


def _name_before_cue(cue: Token, quoted: Quoted) -> list[str]:
    """"In an interview with Reuters, President X said": the parser hung the name on the phrase before
    it and left the cue with no subject; the name right before the cue, after a comma, is its subject."""
    doc = cue.doc
    if cue.i == 0 or quoted(doc[cue.i - 1].idx) or doc[cue.i - 1].pos_ != "PROPN":
        return []
    ids = doc[cue.i - 1]._.actors
    start = cue.i - 1
    while start > 0 and doc[start - 1]._.actors == ids:
        start -= 1
    return list(ids) if ids and start > 0 and doc[start - 1].text == "," else []


def _participle_subject(cue: Token) -> Token | None:
    """"... since Quito imposed a levy, saying Bogota was failing": a participle the parser hung on the
    main clause speaks for the subject of the clause just before it, when that one names an actor."""
    if cue.tag_ != "VBG" or cue.dep_ not in ("advcl", "xcomp", "conj") or cue.i == 0 or cue.doc[cue.i - 1].text != ",":
        return None
    for verb in sorted((t for t in cue.sent if t.i < cue.i and t.pos_ in ("VERB", "AUX")), key=lambda t: -t.i):
        subj = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        if subj is not None:
            return subj if actors_of(subj) else None
    return None


def speakers_of(subj: Token, quoted: Quoted) -> tuple[list[str], float]:
    """The actors a speaking noun phrase stands for, with how sure we are."""
    ids = list(actors_of(subj))
    if subj.lower_ in _PRONOUNS:
        if ids and _antecedent_quoted(subj, ids[0], quoted):
            better = _nearest_person_subject(subj, quoted)
            return (better, 0.7) if better else ([], 0.3)
        return (ids, 0.85) if ids else ([], 0.3)
    if ids:
        return ids, 0.9
    fallbacks: list[tuple[Callable[[Token, Quoted], list[str]], float]] = [
        (_partitive, 0.7), (_institution, 0.75), (_named_before, 0.7), (_title_owner, 0.7), (_spelled_name, 0.75),
        (_spokesperson, 0.65), (_group, 0.6), (_issuer, 0.65), (_gathered_body, 0.65), (_aide, 0.65),
        (_unnamed, 0.6)]
    for fallback, confidence in fallbacks:
        found = fallback(subj, quoted)
        if found:
            return found, confidence
    return [], 0.3


def is_unresolved_pronoun(subj: Token | None) -> bool:
    return subj is not None and subj.lower_ in _PRONOUNS and not subj._.actors


# -- pronouns whose antecedent was taken from inside a quote ---------------------------------------

def _antecedent_quoted(pron: Token, actor_id: str, quoted: Quoted) -> bool:
    doc = pron.doc
    for tok in reversed(doc[max(0, pron.i - 200) : pron.i]):
        if actor_id in tok._.actors and tok.pos_ != "PRON":
            return quoted(tok.idx)
    return False


def _nearest_person_subject(pron: Token, quoted: Quoted) -> list[str]:
    kinds = _kinds(pron.doc)
    for sent in _sentences_back(pron, 3):
        for tok in reversed(list(sent)):
            if tok.i >= pron.i or quoted(tok.idx) or tok.pos_ == "PRON" or not _is_subject(tok):
                continue
            ids = [a for a in tok._.actors if kinds.get(a) == "person"]
            if len(ids) == 1:
                return ids
    return []


def _is_subject(tok: Token) -> bool:
    head = tok
    while head.dep_ in ("compound", "flat", "appos") and head.head.i != head.i:
        head = head.head
    return head.dep_ in SUBJECTS


def _sentences_back(tok: Token, count: int) -> list[Span]:
    """The sentence of `tok` and up to `count` sentences before it, nearest first."""
    return view(tok.doc).sentences_back(tok, count)


def _kinds(doc: Doc) -> dict[str, str]:
    return {a.id: a.kind for a in doc._.actors or []}


# -- fallbacks for phrases the actors stage left alone ----------------------------------------------

def _institution(subj: Token, quoted: Quoted) -> list[str]:
    """"the Taliban government's defence ministry", "the Afghan ministry": the owner, else the country."""
    if subj.pos_ not in ("NOUN", "PROPN") or subj.lemma_.lower() not in speech_lexicon().institution_nouns:
        return []
    for child in subj.children:
        if child.dep_ == "poss":
            ids = list(actors_of(child)) or _institution(child, quoted) or _named_before(child, quoted)
            if ids:
                return ids
    for child in subj.children:
        if child.dep_ in ("amod", "compound", "nmod"):
            ids = list(child._.actors) or _country_actor(subj.doc, child.text)
            if ids:
                return ids
    own = next((c for c in subj.children if c.dep_ == "amod" and gazetteer.demonym(c.text)), None)
    if own is not None and subj.lemma_.lower() in _OWN_VOICE:
        return institution_actor(subj, gazetteer.demonym(own.text) or "")
    if subj.lemma_.lower() in speech_lexicon().spokesperson_nouns:
        # "a spokesman for the Iranian foreign ministry", "a spokeswoman at the embassy": the body named
        for prep in (c for c in subj.children if c.dep_ == "prep" and c.lower_ in ("for", "of", "at")):
            for obj in (c for c in prep.children if c.dep_ == "pobj"):
                ids = list(actors_of(obj))
                if ids:
                    return ids
    if subj.lemma_.lower() not in _ABROAD:
        # "the foreign ministry in Naypyitaw": the government seated there
        for prep in (c for c in subj.children if c.dep_ == "prep" and c.lower_ == "in"):
            for obj in (c for c in prep.children if c.dep_ == "pobj"):
                ids = _capital_country(subj.doc, obj)
                if ids:
                    return ids
    return _named_before(subj, quoted)


def _capital_country(doc: Doc, place: Token) -> list[str]:
    kinds = _kinds(doc)
    ids = [a for a in place._.actors if kinds.get(a) == "country"]
    if ids:
        return ids
    alpha3 = gazetteer.capital(place.text)
    return [a.id for a in doc._.actors or [] if a.kind == "country" and a.country == alpha3][:1] if alpha3 else []


def _title_owner(subj: Token, quoted: Quoted) -> list[str]:
    """"the alliance's deputy secretary general": the body the possessor names again."""
    if not gazetteer.is_title_head(subj.lemma_) and not gazetteer.is_title_head(subj.lower_):
        return []
    poss = next((c for c in subj.children if c.dep_ == "poss"), None)
    return _named_before(poss, quoted) if poss is not None else []


def _named_before(tok: Token, quoted: Quoted) -> list[str]:
    """"the alliance", "the group": the organisation last named as a subject just before; "the foreign
    ministry", "the interior ministry" with no owner named: the government of the country named so."""
    lex = speech_lexicon()
    mods = [c for c in tok.children if c.dep_ not in ("case", "det")]
    if tok.lemma_.lower() not in lex.body_nouns or [c.lower_ for c in tok.children if c.dep_ == "det"] != ["the"]:
        return []
    if not mods:
        described = _described_before(tok, quoted)
        if described:
            return described
        # "the company", "the charity" is never the police or the rebels named before
        firm = gazetteer.org_nouns().get(tok.lemma_.lower()) in _FIRM_SECTORS
        wanted: tuple[str, ...] = ("organization",) if firm else ("organization", "group")
    elif tok.lemma_.lower() in lex.institution_nouns and all(_plain_modifier(m) for m in mods):
        wanted = ("country",)
    else:
        return []  # "the ruling party" is a body not named before
    return _subject_before(tok, quoted, wanted, 2)


def _described_before(tok: Token, quoted: Quoted) -> list[str]:
    """"The attack prompted energy group X to pull staff out. The company said ...": the organisation
    last introduced by a noun of its kind ("group X", "X, a company") in the sentences just before,
    whether subject or not; a "company" is no "charity" (the nouns' sectors must not differ)."""
    nouns = gazetteer.org_nouns()
    if tok.lemma_.lower() not in nouns:
        return []
    sector, kinds = nouns[tok.lemma_.lower()], _kinds(tok.doc)
    for sent in _sentences_back(tok, 2):
        for cand in reversed(list(sent)):
            if cand.i >= tok.i or quoted(cand.idx) or not cand._.actors:
                continue
            noun = _org_noun_beside(cand)
            if noun is None or not _same_line(sector, nouns[noun.lemma_.lower()]):
                continue
            ids = [a for a in cand._.actors if kinds.get(a) == "organization"]
            if ids:
                return ids
    return []


def _same_line(sector: str | None, other: str | None) -> bool:
    return sector is None or other is None or sector == other


def _org_noun_beside(name: Token) -> Token | None:
    """The organisation noun a name is put beside: "energy group X", "X, a charity", "the company X"."""
    nouns = gazetteer.org_nouns()
    near = [name.head] if name.dep_ in ("appos", "compound") else []
    near += [c for c in name.children if c.dep_ in ("appos", "compound")]
    return next((n for n in near if n.pos_ == "NOUN" and n.lemma_.lower() in nouns), None)


def _plain_modifier(mod: Token) -> bool:
    """"foreign", "defence" in "the foreign ministry": a lower-case word naming no owner of its own."""
    return mod.dep_ in ("amod", "compound") and mod.is_lower and not mod._.actors and not list(mod.children)


def _subject_before(tok: Token, quoted: Quoted, wanted: tuple[str, ...], back: int) -> list[str]:
    """The actors of the kinds wanted named last as a subject in the `back` sentences before `tok`."""
    kinds = _kinds(tok.doc)
    for sent in _sentences_back(tok, back):
        for cand in reversed(list(sent)):
            if cand.i >= tok.i or quoted(cand.idx) or not _is_subject(cand):
                continue
            ids = [a for a in actors_of(cand) if kinds.get(a) in wanted]
            if ids:
                return ids
    return []


def _issuer(subj: Token, quoted: Quoted) -> list[str]:
    """"the statement said", "the report by X said": the body or person who issued it, named in the
    phrase ("a statement from the ministry", "the ministry's report") or as a subject just before."""
    if subj.lemma_.lower() not in speech_lexicon().document_nouns:
        return []
    for child in subj.children:
        if child.dep_ in ("poss", "compound", "amod") and (ids := list(actors_of(child))):
            return ids
        # "a statement from the ministry", "the report, published by Amnesty International,"
        preps = [child] if child.dep_ == "prep" else [c for c in child.children if c.dep_ == "agent"] if (
            child.dep_ == "acl" and child.tag_ == "VBN") else []
        for prep in (p for p in preps if p.lower_ in ("from", "by", "of")):
            for obj in (c for c in prep.children if c.dep_ == "pobj"):
                if ids := list(actors_of(obj)) or _institution(obj, quoted):
                    return ids
    if [c.lower_ for c in subj.children if c.dep_ == "det"] != ["the"]:
        return []  # "a report said": nobody named issued it
    # a person named just before is more often the report's subject than its author
    return _subject_before(subj, quoted, ("organization", "group", "country"), 2)


def _gathered_body(subj: Token, quoted: Quoted) -> list[str]:
    """"Caribbean leaders, meeting in an emergency session of the regional bloc CARICOM, condemned ...",
    "Leaders of the G7 said": office holders met as a body speak for the organisation the phrase names."""
    if subj.tag_ != "NNS" or not gazetteer.is_title_head(subj.lemma_):
        return []
    kinds = _kinds(subj.doc)
    for tok in subj.subtree:
        if tok.i <= subj.i or quoted(tok.idx):
            continue
        ids = [a for a in tok._.actors if kinds.get(a) == "organization"]
        if ids:
            return ids[:1]
    return []


def _partitive(subj: Token, quoted: Quoted) -> list[str]:
    """"two of the sources said", "one of them, a Gulf diplomat, said": some of a group speak for it;
    an apposition says who they are."""
    if subj.lower_ not in _PARTS and subj.pos_ != "NUM":
        return []
    for appos in (c for c in subj.children if c.dep_ == "appos"):
        found, _ = speakers_of(appos, quoted)
        if found:
            return found
    for obj in (o for p in subj.children if p.dep_ == "prep" and p.lower_ == "of"
                for o in p.children if o.dep_ == "pobj"):
        found, _ = speakers_of(obj, quoted)
        if found:
            return found
    return []


def _aide(subj: Token, quoted: Quoted) -> list[str]:
    """"An aide to President X said": an aide speaks for the one person named as whom they serve."""
    if subj.lemma_.lower() not in _AIDES or subj.tag_ != "NN":
        return []
    kinds = _kinds(subj.doc)
    for prep in (c for c in subj.children if c.dep_ == "prep" and c.lower_ == "to"):
        for obj in (c for c in prep.children if c.dep_ == "pobj"):
            ids = [a for a in actors_of(obj) if kinds.get(a) == "person"]
            if len(ids) == 1:
                return ids
    return []


def _unnamed(subj: Token, quoted: Quoted) -> list[str]:
    return anonymous_source(subj)


def _country_actor(doc: Doc, word: str) -> list[str]:
    alpha3 = gazetteer.demonym(word) or (place.alpha3 if (place := gazetteer.country(word)) else None)
    if not alpha3:
        return []
    return [a.id for a in doc._.actors or [] if a.kind == "country" and a.country == alpha3][:1]


def _spelled_name(subj: Token, quoted: Quoted) -> list[str]:
    """"the electoral commission" where the actor is "the Electoral Commission of Zambia"."""
    words = [t for t in subj.subtree if t.i <= subj.i and t.dep_ not in ("det", "poss", "case", "punct")]
    phrase = " ".join(t.lower_ for t in words)
    if len(words) < 2 and not subj.text[:1].isupper():
        return []
    for actor in subj.doc._.actors or []:
        for name in (actor.name, *actor.aliases):
            low = name.lower().removeprefix("the ")
            if low == phrase or (len(words) >= 2 and low.startswith(phrase + " ")):
                return [actor.id]
    return []


def _spokesperson(subj: Token, quoted: Quoted) -> list[str]:
    """"a spokesman said", "its media wing said": the body last named as a subject before;
    "his spokesman said": the person last named as a subject."""
    if subj.lemma_.lower() not in speech_lexicon().spokesperson_nouns:
        return []
    poss = next((c for c in subj.children if c.dep_ == "poss"), None)
    if poss is not None and poss.lower_ in ("his", "her"):
        return _nearest_person_subject(poss, quoted)
    if poss is not None and poss.lower_ not in ("its", "their"):
        return _office_government(poss)
    kinds = _kinds(subj.doc)
    for sent in _sentences_back(subj, 2):
        for tok in reversed(list(sent)):
            if tok.i >= subj.i or quoted(tok.idx) or not _is_subject(tok):
                continue
            ids = [a for a in actors_of(tok) if kinds.get(a) in ("organization", "country", "group")]
            if ids:
                return ids
    return []


def _office_government(office: Token) -> list[str]:
    """"the prime minister's official spokesman said" where no prime minister is named (the actors stage
    links a named one): the office speaks for its government, the country the phrase gives ("the Polish
    president's"), else the story's own."""
    if office.pos_ != "NOUN" or not gazetteer.is_title_head(office.lemma_) or office._.actors:
        return []
    words = [t for t in office.subtree if t.i <= office.i and t.dep_ not in ("det", "case")]
    alpha3 = next((c for t in words if (c := gazetteer.demonym(t.text))), None) or home_country(office.doc)
    countries = [a.id for a in office.doc._.actors or [] if a.kind == "country" and a.country == alpha3]
    seats = [a.id for a in office.doc._.actors or [] if a.kind == "organization" and a.country == alpha3
             and gazetteer.seat(a.name) is not None]
    return (countries or seats)[:1] if alpha3 else []


def _group(subj: Token, quoted: Quoted) -> list[str]:
    """"the neighbours said", "the two sides said": the coordinated subjects named last."""
    if subj.lower_ not in speech_lexicon().group_nouns:
        return []
    definite = subj.lower_ == "both" or any(c.lower_ in ("the", "both") for c in subj.children)
    if not definite or any(c.dep_ in ("amod", "compound") and c.pos_ != "NUM" for c in subj.children):
        return []
    for sent in _sentences_back(subj, 3)[1:]:
        if any(t._.excluded for t in sent):
            continue
        for verb in sent:
            subjects = [c for c in verb.children if c.dep_ in SUBJECTS and not quoted(c.idx)]
            ids = list(dict.fromkeys(a for s in subjects for t in coordinated(s) for a in actors_of(t)))
            if len(ids) >= 2:
                return ids
    return []


# -- addressee and channel --------------------------------------------------------------------------

def _addressee_and_channel(cue: Token) -> tuple[str | None, str | None]:
    lex = speech_lexicon()
    lemma = cue.lemma_.lower()
    addressee = channel = None
    comp = next((c for c in cue.children if c.dep_ == "ccomp"), None)
    for child in cue.children:
        if child.dep_ in ("dobj", "dative") and lemma in lex.addressee_verbs and (
                comp is None or comp.i < cue.i or child.i < comp.i):
            addressee = addressee or phrase(child)
        elif child.dep_ == "prep" and child.lower_ in _CHANNEL_PREPS | _ADDRESSEE_PREPS:
            obj = next((c for c in child.children if c.dep_ == "pobj"), None)
            if obj is None:
                continue
            if _is_channel(obj) or (lemma in lex.writing_verbs and child.lower_ in ("on", "in")):
                channel = channel or phrase(obj)
            elif child.lower_ in _ADDRESSEE_PREPS and addressee is None:
                addressee = phrase(obj)
    subj = next((c for c in cue.children if c.dep_ in SUBJECTS), None)
    around = [*cue.children, *(subj.children if subj is not None else [])]
    speaking = next((c for c in around if c.dep_ in ("advcl", "acl") and c.tag_ == "VBG"
                     and c.lemma_.lower() in ("speak", "talk", "write")), None)
    if speaking is not None and (addressee is None or channel is None):
        # "Speaking on state radio, X said", "speaking to reporters in Geneva": the participle's own
        more_addressee, more_channel = _addressee_and_channel(speaking)
        addressee, channel = addressee or more_addressee, channel or more_channel
    return addressee, channel


def _is_channel(obj: Token) -> bool:
    if obj.head.lower_ == "on" and obj.pos_ == "PROPN" and obj.ent_type_ not in _NOT_PLATFORMS:
        return True  # "said on Telegram", "wrote on X": a named platform, not "on Monday"
    nouns = speech_lexicon().channel_nouns
    if obj.lemma_.lower() in nouns or obj.lower_ in nouns:
        return True
    mods = [c.lower_ for c in obj.children if c.dep_ in ("amod", "compound")]
    return any(f"{m} {obj.lower_}" in nouns for m in mods)


def phrase(tok: Token) -> str:
    """The noun phrase headed by `tok`, without the clauses hanging on it."""
    keep = {tok.i}
    stack = [tok]
    while stack:
        cur = stack.pop()
        for child in cur.children:
            if child.dep_ not in _PRUNED:
                keep.add(child.i)
                stack.append(child)
    left, right = tok.i, tok.i
    while left - 1 in keep:
        left -= 1
    while right + 1 in keep:
        right += 1
    span = tok.doc[left : right + 1]
    return span.text.strip().strip(",.;:").strip()


def according_to(sent: Span) -> Token | None:
    """The X of "according to X" in a sentence."""
    doc = sent.doc
    for tok in sent:
        if tok.lower_ == "according" and tok.i + 1 < sent.end and doc[tok.i + 1].lower_ == "to":
            obj = next((c for c in doc[tok.i + 1].children if c.dep_ == "pobj"), None)
            if obj is not None:
                return obj
    return None


def according_attribution(obj: Token, quoted: Quoted) -> Attribution:
    speakers, confidence = speakers_of(obj, quoted)
    if not speakers and _joint(obj):
        speakers, confidence = _parties_before(obj), 0.6
    return Attribution(speakers, "according to", confidence=confidence, cue_index=obj.i)


def framing_attribution(sent: Span, quoted: Quoted) -> Attribution | None:
    """"As X put it, ...", "as X said, ...", "In the words of X, ...": a clause or phrase of the writer's
    that hands the sentence's quoted words to X."""
    for tok in sent:
        if quoted(tok.idx):
            continue
        if tok.pos_ in ("VERB", "AUX") and _framing_verb(tok):
            att = attribute(tok, quoted)
            if att.speakers:
                return att
        if tok.lower_ == "words" and tok.dep_ == "pobj" and tok.head.lower_ == "in":
            for obj in (o for p in tok.children if p.dep_ == "prep" and p.lower_ == "of"
                        for o in p.children if o.dep_ == "pobj"):
                speakers, confidence = speakers_of(obj, quoted)
                if speakers:
                    return Attribution(speakers, "in the words of", confidence=confidence, cue_index=obj.i)
    return None


def _framing_verb(verb: Token) -> bool:
    """"as X put it", "as X said", "was how X put it", "was how X described the arrests"."""
    marks = {c.lower_ for c in verb.children if c.dep_ in ("mark", "advmod")}
    if not marks & {"as", "how"}:
        return False
    if verb.lemma_.lower() == "put":
        return any(c.dep_ == "dobj" and c.lower_ == "it" for c in verb.children)
    return is_reporting(verb.lemma_) or ("how" in marks and is_speech_act(verb.lemma_))


def _joint(obj: Token) -> bool:
    """"according to a joint statement": a statement issued together, whose issuers go unnamed."""
    return obj.lemma_.lower() in ("statement", "communique", "declaration") and any(
        c.lower_ == "joint" for c in obj.children)


def _parties_before(obj: Token) -> list[str]:
    """The actors named together as the subject of a sentence shortly before ("Chile and Bolivia agreed")."""
    doc = obj.doc
    sents = [s for s in view(doc).sents if s.start <= obj.i]
    for sent in reversed(sents):  # nearest first
        for tok in sent:
            if tok.dep_ in ("nsubj", "nsubjpass") and any(c.dep_ == "conj" for c in tok.children):
                ids = list(dict.fromkeys(a for t in [tok, *tok.conjuncts] for a in actors_of(t)))
                if len(ids) >= 2:
                    return ids
    return []


def governing_speech_acts(tok: Token) -> list[Token]:
    """The verbs above `tok` that name an act of speaking, nearest first: the cues of a partial quote."""
    return [a for a in tok.ancestors if a.pos_ in ("VERB", "AUX") and is_speech_act(a.lemma_)
            and not _through_preposition(tok, a)]


def manner_speech_acts(tok: Token) -> list[Token]:
    """"condemned the arrests “in the strongest terms”": a quoted manner phrase of a speech act is the
    speaker's wording where no other cue governs it (the nearest such verb)."""
    return [a for a in tok.ancestors if a.pos_ in ("VERB", "AUX") and is_speech_act(a.lemma_)
            and _manner_of(tok, a)][:1]


def _manner_of(tok: Token, verb: Token) -> bool:
    node = tok
    while node.head.i != verb.i and node.head.i != node.i:
        node = node.head
    return node.dep_ in ("advmod", "npadvmod") or (node.dep_ == "prep" and node.lower_ == "in")


def _through_preposition(tok: Token, verb: Token) -> bool:
    """"would respond to the “illegal” measures": words in a verb's prepositional object are not
    what it says (its clauses and direct objects are)."""
    node = tok
    while node.head.i != verb.i and node.head.i != node.i:
        node = node.head
    if node.dep_ in ("advmod", "npadvmod"):
        return True  # "would respond “firmly” to the incursion": how it acts, not what it says
    # "rejected the report as “fabricated”", "warned of “grave consequences”", "thanked Qatar for its “patience”",
    # "called for “restraint”": what the speech is about or asks for
    return node.dep_ in ("prep", "agent", "dative") and node.lower_ not in ("that", "as", "of", "about", "against",
                                                                            "for")
