"""Whether an event happened as told: negation and modality read from the parse.

    negated(tok)       "did not meet", "had no direct contact", "no talks have been held",
                       "would not be deployed", "failed to reach", "without consulting"
    modality(tok)      "hypothetical" (could, would, might, should, must, conditions, wishes),
                       "planned" (will, going to, plans to, agreed to, would in reported speech),
                       "reported" (inside a quote or a speech verb's clause), else "asserted"
    governing_verb(tok) the verb whose clause an event noun sits in
"""

from __future__ import annotations

from spacy.tokens import Token

from wirecoder.knowledge import lexicon

_NOUN_SLOTS = ("dobj", "nsubj", "nsubjpass", "attr", "oprd", "appos")


def governing_verb(tok: Token) -> Token:
    """The verb whose clause `tok` belongs to (itself for verbs)."""
    cur = tok
    for _ in range(6):
        if cur.pos_ in ("VERB", "AUX") or cur.dep_ == "ROOT" or cur.head.i == cur.i:
            return cur
        cur = cur.head
    return cur


def control_chain(verb: Token) -> list[Token]:
    """The verb and the verbs whose "to" clauses it completes: "agreed to begin talks" → begin, agreed."""
    chain = [verb]
    cur = verb
    while cur.dep_ in ("xcomp", "acomp") or (cur.dep_ == "ccomp" and cur.tag_ in ("VB", "VBG")):
        cur = cur.head
        chain.append(cur)
        if len(chain) > 5:
            break
    return chain


def _neg(tok: Token) -> bool:
    for child in tok.children:
        if child.dep_ == "neg":
            return True
        if child.dep_ == "advmod" and child.lower_ in lexicon.words("negative_adverbs"):
            return True
        if child.dep_ == "advmod" and child.lower_ == "longer" and any(c.lower_ == "no" for c in child.children):
            return True
    return False


def negated(tok: Token) -> bool:
    """Whether the event named by `tok` (a verb or an event noun) is said not to have happened."""
    if tok.pos_ in ("NOUN", "PROPN"):
        if any(c.dep_ == "det" and c.lower_ in lexicon.words("negative_determiners") for c in tok.children):
            return True
        if _neg(tok):
            return True
        if tok.dep_ not in _NOUN_SLOTS:
            return _under_without(tok)
    verb = governing_verb(tok)
    for link in control_chain(verb):
        if _neg(link):
            return True
        if link.i != verb.i and lexicon.control(link.lemma_) == "negated":
            return True
    if _intended(verb) and any(c.dep_ == "det" and c.lower_ in lexicon.words("negative_determiners")
                               for c in verb.head.children):
        return True  # "has no plans to cut aid"
    return _under_without(tok)


def _intended(verb: Token) -> bool:
    """"plans to cut aid", "an intention to withdraw": a "to" clause completing a noun of intent."""
    return verb.dep_ == "acl" and verb.tag_ == "VB" and lexicon.control(verb.head.lemma_) == "planned"


def _purpose_of_future(verb: Token) -> bool:
    """"will travel to Lima on Monday to meet X": what a future trip is for is still to come."""
    if verb.dep_ != "advcl" or verb.tag_ != "VB" or not any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children):
        return False
    head_auxes = {c.lower_ for c in verb.head.children if c.dep_ in ("aux", "auxpass")}
    return bool(head_auxes & lexicon.words("future_auxes"))


def _under_without(tok: Token) -> bool:
    for anc in tok.ancestors:
        if anc.dep_ == "prep" and anc.lower_ in lexicon.words("negative_prepositions"):
            return True
        if anc.pos_ in ("VERB", "AUX") and anc.dep_ not in ("pcomp", "pobj", "xcomp", "conj"):
            return False
    return False


def modality(tok: Token) -> str:
    verb = governing_verb(tok)
    chain = control_chain(verb)
    in_report = reported(verb)
    mood = "asserted"
    for link in chain:
        auxes = {c.lower_ for c in link.children if c.dep_ in ("aux", "auxpass")}
        if link.i != verb.i:
            kind = lexicon.control(link.lemma_)
            if kind == "hypothetical":
                return "hypothetical"
            if kind == "planned":
                mood = "planned"
        if auxes & lexicon.words("future_auxes") or _going_to(link):
            mood = "planned"
        elif auxes & lexicon.words("hypothetical_auxes"):
            if auxes == {"would"} and (in_report or _neg(link)) and not _has_to(chain) and not conditional(verb):
                mood = "planned"  # "said the meeting would take place": the future seen from the past
            else:
                return "hypothetical"
    if conditional(verb) or _open_question(verb) or _until_then(verb):
        return "hypothetical"
    if _intended(verb) or _purpose_of_future(verb):
        mood = "planned"
    if mood != "asserted":
        return mood
    return "reported" if in_report or tok._.quote is not None else "asserted"


def _open_question(verb: Token) -> bool:
    """"Asked whether she blamed either country", "did not say if Iran would attend": what is asked
    about is not told as done."""
    return any(c.dep_ == "mark" and (c.lower_ == "whether" or (c.lower_ == "if" and verb.dep_ == "ccomp"))
               for c in verb.children)


def _until_then(verb: Token) -> bool:
    """"Until we agree which map, the rest is words": an act still awaited ("fought until a truce was
    signed" tells one that came)."""
    return verb.tag_ in ("VB", "VBP", "VBZ") and any(c.dep_ == "mark" and c.lower_ in ("until", "till")
                                                      for c in verb.children)


def _going_to(verb: Token) -> bool:
    return any(c.lower_ == "going" and c.dep_ == "aux" for c in verb.children) or (
        verb.dep_ == "xcomp" and verb.head.lower_ == "going")


def _has_to(chain: list[Token]) -> bool:
    return any(link.lemma_.lower() in ("have", "need") for link in chain[1:])


def conditional(verb: Token) -> bool:
    """Inside an "if"/"unless" clause, or the main clause such a clause conditions."""
    marks = lexicon.words("condition_marks")
    for cur in (verb, *verb.ancestors):
        if cur.dep_ == "advcl" and any(c.dep_ == "mark" and c.lower_ in marks for c in cur.children):
            return True
        if cur.dep_ in ("ccomp", "ROOT"):
            break
    return any(c.dep_ == "advcl" and any(m.dep_ == "mark" and m.lower_ in ("if", "unless") for m in c.children)
               for c in verb.children)


def reporting_verb(verb: Token) -> Token | None:
    """The speech verb whose clausal complement `verb` is in."""
    cur = verb
    while cur.head.i != cur.i:
        if cur.dep_ == "ccomp" and cur.head.lemma_.lower() in lexicon.words("reporting_verbs"):
            return cur.head
        cur = cur.head
    return None


def reported(verb: Token) -> bool:
    """Inside the clausal complement of a speech verb, or an "according to" sentence."""
    if reporting_verb(verb) is not None:
        return True
    return any(t.lower_ == "according" and t.i + 1 < len(verb.doc) and verb.doc[t.i + 1].lower_ == "to"
               for t in verb.sent)
