"""The quotes stage: direct, partial and reported quotes and their speakers (passages we wrote)."""

from __future__ import annotations

import pytest
from spacy.language import Language
from spacy.tokens import Doc

from wirecoder.extract import ExtractOptions, load_pipeline
from wirecoder.model import Quote


@pytest.fixture(scope="module")
def nlp() -> Language:
    return load_pipeline(ExtractOptions().model)


def names(doc: Doc, ids: list[str]) -> list[str]:
    by_id = {a.id: a.name for a in doc._.actors or []}
    return [by_id.get(i, "?") for i in ids]


def quote(doc: Doc, fragment: str) -> Quote:
    hits = [q for q in doc._.quotes if fragment in q.text]
    assert hits, [q.text for q in doc._.quotes]
    return min(hits, key=lambda h: len(h.text))


CASES = [
    # direct quotes: straight and curly marks, both orders of the cue, a colon
    ('"We will not retreat," Kenyan President Ruth Odhiambo said on Monday.', "We will not retreat", "direct",
     "Ruth Odhiambo"),
    ("“The border stays open,” said Chilean Foreign Minister Tomas Vera.", "The border stays open", "direct",
     "Tomas Vera"),
    ('Chilean Foreign Minister Tomas Vera said: "The border stays open."', "The border stays open", "direct",
     "Tomas Vera"),
    # single marks where the paper uses them for speech, apostrophes inside
    ("'We have raised the case at every level,' Foreign Secretary Alice Grant told MPs. 'Tehran should release him.'",
     "Tehran should release him", "direct", "Alice Grant"),
    ("'Britain’s position hasn't changed,' Foreign Secretary Alice Grant said. 'The ministers' offer stands.'",
     "Britain’s position hasn't changed", "direct", "Alice Grant"),
    ("'Britain’s position hasn't changed,' Foreign Secretary Alice Grant said. 'The ministers' offer stands.'",
     "The ministers' offer stands", "direct", "Alice Grant"),
    # several sentences in one quote, split quotes, ellipses
    ('"The talks were useful. We meet again in May. Nothing is agreed yet," Norwegian envoy Kari Dahl told reporters.',
     "We meet again in May", "direct", "Kari Dahl"),
    ('"First we talk," Norwegian envoy Kari Dahl said. "Then we sign."', "Then we sign", "direct", "Kari Dahl"),
    ('"First we talk," Norwegian envoy Kari Dahl said, "and then we sign."', "and then we sign", "direct",
     "Kari Dahl"),
    ("“We… talked about trade … and about security,” Norwegian envoy Kari Dahl wrote on X.",
     "talked about trade … and about security", "direct", "Kari Dahl"),
    ("“It is over,” the president of Ghana, John Mensah, said. “We move on.”", "We move on", "direct",
     "John Mensah"),
    ("‘We will not leave,’ said Lagos Governor Chidi Okafor. ‘Never.’", "Never", "direct", "Chidi Okafor"),
    # a relative pronoun speaks for the noun it follows, also when its speech verb is the second of two
    ('Chile\'s envoy met Peruvian Trade Minister Rosa Tello, who said the deal was "within reach".', "within reach",
     "partial", "Rosa Tello"),
    ('Ghana hosted Togolese President Kofi Agbeko, who visited the port and said trade would "double by 2030".',
     "double by 2030", "partial", "Kofi Agbeko"),
    # a quoted manner phrase of a speech act with no other cue: the speech act's subject words it
    ('Mexico condemned the arrests of the two journalists "in the strongest terms".', "in the strongest terms",
     "partial", "Mexico"),
    ('Kenyan Foreign Minister Amina Wekesa criticised the verdict "in no uncertain terms" on Tuesday.',
     "in no uncertain terms", "partial", "Amina Wekesa"),
    # partial quotes: the reporting subject speaks them
    ('Indian Defence Minister Arjun Mehta said the plan was "dead on arrival."', "dead on arrival", "partial",
     "Arjun Mehta"),
    ('Hungary rejected the report as "fabricated."', "fabricated", "partial", "Hungary"),
    ('Austrian Chancellor Eva Huber said a meeting would "probably" happen in June.', "probably", "partial",
     "Eva Huber"),
    ('Austrian Chancellor Eva Huber said the deal could serve as a "security umbrella" for the region.',
     "security umbrella", "partial", "Eva Huber"),
    ('Tajik Defence Minister Bahrom Karimov said the drills had been announced "months ago" and posed no threat.',
     "months ago", "partial", "Bahrom Karimov"),
    # pronoun speakers, resolved by the actors stage
    ('Polish Prime Minister Jan Nowak met farmers on Tuesday. "Prices will fall," he added.', "Prices will fall",
     "direct", "Jan Nowak"),
    # according to X
    ('"Supplies ran out on Friday," according to Kenyan President Ruth Odhiambo.', "Supplies ran out on Friday",
     "direct", "Ruth Odhiambo"),
    ("According to Kenyan President Ruth Odhiambo, the border will reopen next week.",
     "the border will reopen next week", "indirect", "Ruth Odhiambo"),
    ("Cholera cases doubled in March, according to the World Health Organization.", "Cholera cases doubled in March",
     "indirect", "World Health Organization"),
    # reported speech: said (that), told Y that, a channel before the cue, a joint statement
    ("Kenyan President Ruth Odhiambo told reporters that the border would reopen.", "the border would reopen",
     "indirect", "Ruth Odhiambo"),
    ("Turkish Foreign Minister Kemal Aydin said Ankara would reopen its consulate next month.",
     "Ankara would reopen its consulate", "indirect", "Kemal Aydin"),
    ("Brazilian President Paulo Lima spoke on Monday. In a post on his social media platform, he said the talks "
     "would resume.", "the talks would resume", "indirect", "Paulo Lima"),
    ("Germany, France and Italy said in a joint statement that the vote must be repeated.",
     "the vote must be repeated", "indirect", "Germany"),
    ("Germany, France and Italy said in a joint statement the vote must be repeated.", "the vote must be repeated",
     "indirect", "Germany"),
    ("Lithuanian Defence Minister Rasa Kairys earlier said Vilnius would buy more tanks.",
     "Vilnius would buy more tanks", "indirect", "Rasa Kairys"),
    ("Moldova demands that Russian troops leave and says it must join the European Union.",
     "it must join the European Union", "indirect", "Moldova"),
    ("Two bridges were destroyed in the shelling, Ukrainian Defence Minister Oleh Marchenko said.",
     "Two bridges were destroyed in the shelling", "indirect", "Oleh Marchenko"),
    # organisations and governments, owners of offices, spokespeople, groups named before
    ("The Kremlin said the proposal was unacceptable.", "the proposal was unacceptable", "indirect", "Kremlin"),
    ("Kenyan President Ruth Odhiambo cancelled her trip. Odhiambo's office said the visit would be rescheduled.",
     "the visit would be rescheduled", "indirect", "Ruth Odhiambo"),
    ('The European Union condemned the arrests. "This is unacceptable," a spokesman said.', "This is unacceptable",
     "direct", "European Union"),
    ("Cypriot President Nikos Charalambous will not attend the summit, his spokesman said.",
     "will not attend the summit", "indirect", "Nikos Charalambous"),
    ("Serbian President Ana Petrovic and Albanian Prime Minister Luan Berisha met in Brussels on Friday. "
     "The two leaders said talks would continue in May.", "talks would continue in May", "indirect", "Ana Petrovic"),
    ("Estonian President Kaja Tamm and Latvian President Juris Ozols held talks. Both said the border must stay "
     "open.", "the border must stay open", "indirect", "Kaja Tamm"),
    ("Vietnam protested on Monday. The foreign ministry in Hanoi said in a statement that the talks had failed.",
     "the talks had failed", "indirect", "Vietnam"),
    # nested reporting is one quote, by the outer speaker
    ("Turkish Foreign Minister Kemal Aydin said Greece had agreed to resume talks on the islands.",
     "Greece had agreed to resume talks", "indirect", "Kemal Aydin"),
]


@pytest.mark.parametrize(("text", "fragment", "kind", "speaker"), CASES)
def test_quotes_and_speakers(nlp: Language, text: str, fragment: str, kind: str, speaker: str) -> None:
    doc = nlp(text)
    q = quote(doc, fragment)
    assert q.kind == kind
    assert names(doc, q.speakers)[:1] == [speaker]
    assert q.speaker == q.speakers[0]
    assert text[q.start : q.end] == q.text


@pytest.mark.parametrize(
    ("text", "fragment", "addressee", "channel"),
    [
        ('"We meet again in May," Norwegian envoy Kari Dahl told reporters.', "We meet again", "reporters", None),
        ("“We are ready,” Norwegian envoy Kari Dahl wrote on X.", "We are ready", None, "X"),
        ("Germany, France and Italy said in a joint statement that the vote must be repeated.", "vote must",
         None, "a joint statement"),
        ("Brazilian President Paulo Lima spoke on Monday. In a post on his social media platform, he said the talks "
         "would resume.", "talks would resume", None, "a post on his social media platform"),
        ("Kenyan President Ruth Odhiambo told a meeting of donors in Nairobi that aid would double.",
         "aid would double", "a meeting of donors in Nairobi", None),
        ("Ghanaian President John Mensah said on Telegram that the vote was fair.", "vote was fair", None,
         "Telegram"),
        ("The talks have failed, Iranian Foreign Minister Ali Rahimi said, according to state media.",
         "The talks have failed", None, "state media"),
        # a participle of speaking beside the cue says where and to whom
        ("Speaking on state radio, Hungarian Prime Minister Gabor Kertesz said Hungary would not pay.",
         "Hungary would not pay", None, "state radio"),
        ("Hungarian Prime Minister Gabor Kertesz, speaking on state television, said Hungary would not pay.",
         "Hungary would not pay", None, "state television"),
        ("Speaking to reporters in Geneva, Swiss President Anna Keller said the talks would resume.",
         "talks would resume", "reporters in Geneva", None),
    ],
)
def test_addressee_and_channel(nlp: Language, text: str, fragment: str, addressee: str | None,
                               channel: str | None) -> None:
    q = quote(nlp(text), fragment)
    assert (q.addressee, q.channel) == (addressee, channel)


def test_joint_statement_lists_every_speaker(nlp: Language) -> None:
    doc = nlp("Germany, France and Italy said in a joint statement that the vote must be repeated.")
    q = quote(doc, "vote must be repeated")
    assert names(doc, q.speakers) == ["Germany", "France", "Italy"]


def test_multi_paragraph_quote_and_unattributed_follow_up(nlp: Language) -> None:
    text = (
        "Chilean Foreign Minister Tomas Vera spoke after the meeting.\n"
        "“We came to listen and we listened. The other side did too.\n"
        "“Nobody left the table,” Vera said.\n"
        "“We will return next week.”\n"
    )
    doc = nlp(text)
    parts = [quote(doc, f) for f in ("We came to listen", "Nobody left the table", "We will return next week")]
    assert [names(doc, q.speakers) for q in parts] == [["Tomas Vera"]] * 3
    assert [q.kind for q in parts] == ["direct"] * 3
    # the part with its own cue is surest; the inherited follow-up paragraph least
    assert parts[1].confidence > parts[0].confidence > parts[2].confidence


def test_quote_paragraph_after_reported_speech_takes_that_speaker(nlp: Language) -> None:
    doc = nlp("Kenyan President Ruth Odhiambo said the border would reopen.\n“Trade must flow again.”\n")
    q = quote(doc, "Trade must flow again")
    assert names(doc, q.speakers) == ["Ruth Odhiambo"]
    assert q.confidence < quote(doc, "the border would reopen").confidence


def test_pronoun_with_unresolved_antecedent_continues_the_quote_before(nlp: Language) -> None:
    text = (
        "Georgian activist Nino Beridze said she had been detained twice.\n\n"
        '"We came here with flags and nothing else. They answered with gas.\n\n'
        '"Every night more people come. They cannot shut our mouths," she said.\n'
    )
    doc = nlp(text)
    assert names(doc, quote(doc, "They cannot shut our mouths").speakers) == ["Nino Beridze"]


@pytest.mark.parametrize(
    "text",
    [
        "“NO DEAL YET”\nThe minister’s aides said the talks’ outcome was open.\n",  # a quoted crosshead
        'Chilean Foreign Minister Tomas Vera read his memoir "Roads To Nowhere" on the flight.',  # a title
        'The so-called "shadow fleet" kept sailing through the strait on Monday.',  # a name
        'Police cleared the "protest camp" near the parliament on Sunday.',  # scare quotes, nobody speaks
        "In the ’90s the Kenyan port was busy, and rock 'n' roll played in the players’ lounge.",  # apostrophes
    ],
)
def test_not_quotes(nlp: Language, text: str) -> None:
    assert not [q.text for q in nlp(text)._.quotes if q.kind in ("direct", "partial")]


def test_a_complement_in_quotation_marks_is_only_a_direct_quote(nlp: Language) -> None:
    doc = nlp("The minister said: “We will consider it.”")
    assert [(q.kind, q.text) for q in doc._.quotes] == [("direct", "We will consider it.")]


def test_nested_reporting_is_one_quote(nlp: Language) -> None:
    doc = nlp("Turkish Foreign Minister Kemal Aydin said Greece had agreed to resume talks on the islands.")
    assert len(doc._.quotes) == 1


def test_ids_in_text_order_and_tokens_marked(nlp: Language) -> None:
    text = ('Kenyan President Ruth Odhiambo said the border would reopen. "Trade must flow," she added. '
            "Prices rose on Monday.")
    doc = nlp(text)
    assert [q.id for q in doc._.quotes] == [f"q{n}" for n in range(1, len(doc._.quotes) + 1)]
    assert [q.start for q in doc._.quotes] == sorted(q.start for q in doc._.quotes)
    clause = quote(doc, "the border would reopen")
    assert {t._.quote for t in doc if clause.start <= t.idx < clause.end} == {clause.id}
    assert next(t for t in doc if t.text == "reopen")._.quote == clause.id
    assert next(t for t in doc if t.text == "Prices")._.quote is None


def test_offsets_match_the_text(nlp: Language) -> None:
    text = "“We will not retreat,” Kenyan President Ruth Odhiambo said, adding that talks would go on."
    doc = nlp(text)
    assert len(doc._.quotes) == 2
    for q in doc._.quotes:
        assert text[q.start : q.end] == q.text


@pytest.mark.parametrize(
    ("text", "reported"),
    [
        # the conjunct agrees with the speaker, not with the clause's subject: it is the writer's
        ("Moldova says the soldiers are on routine exercises and has accused Romanian border guards of "
         "shooting at a pumping station.", "the soldiers are on routine exercises"),
        ("The rebels say the army has shelled the town and have vowed to respond.", "the army has shelled the town"),
        # a speech act after ", and": the speaker's own
        ("The ministry said the troops were tired, and denied reports of desertion.", "the troops were tired"),
        ("He said protesters had gathered and demanded the release of prisoners.",
         "protesters had gathered and demanded the release of prisoners"),
        # agreement with the clause's own subject: the conjunct stays in the reported clause
        ("The ministry said the troops were tired and were being rotated out.",
         "the troops were tired and were being rotated out"),
        ("Officials said the minister was in Paris and would return on Friday.",
         "the minister was in Paris and would return on Friday"),
    ],
)
def test_a_conjunct_that_agrees_with_the_speaker_ends_the_reported_clause(nlp: Language, text: str,
                                                                         reported: str) -> None:
    assert [q.text for q in nlp(text)._.quotes if q.kind == "indirect"] == [reported]


def test_a_quoted_sentence_after_the_cue_sentence_is_direct(nlp: Language) -> None:
    doc = nlp("'They have lost the trust of the public and they know it,' he said. 'Let the people decide.'")
    assert quote(doc, "Let the people decide").kind == "direct"


def test_a_partial_quote_in_a_prepositional_object_belongs_to_the_reporting_speaker(nlp: Language) -> None:
    doc = nlp('Kremlin spokesman Ivan Sorokin said Moscow would respond to the "illegal" measures.')
    assert names(doc, quote(doc, "illegal").speakers) == ["Ivan Sorokin"]


@pytest.mark.parametrize(
    ("text", "fragment", "speakers"),
    [
        # a passive cue's subject was spoken to; the agent, if named, spoke
        ("Peruvian Foreign Minister Sofia Herrera was told that the talks had collapsed.", "the talks had collapsed",
         []),
        ("Peruvian Foreign Minister Sofia Herrera was told by Chilean President Ana Soto that the talks had "
         "collapsed.", "the talks had collapsed", ["Ana Soto"]),
        ("Peruvian Foreign Minister Sofia Herrera spoke on Monday. She was told that the talks had collapsed.",
         "the talks had collapsed", []),
    ],
)
def test_who_was_told_did_not_speak(nlp: Language, text: str, fragment: str, speakers: list[str]) -> None:
    doc = nlp(text)
    assert names(doc, quote(doc, fragment).speakers) == speakers


def test_a_question_put_to_the_speaker_is_no_report_of_theirs(nlp: Language) -> None:
    doc = nlp('Asked whether the dispute over fishing rights had been settled, Peruvian Foreign Minister Sofia '
              'Herrera said: "Not yet, but we are close."')
    assert [(q.kind, q.text) for q in doc._.quotes] == [("direct", "Not yet, but we are close.")]


@pytest.mark.parametrize(
    ("text", "reported"),
    [
        ("The minister mentioned that the border would reopen on Friday.", "the border would reopen on Friday"),
        ("Asked about the deal, Ms Varga commented that it was premature.", "it was premature"),
        ("The court concluded that the ban was unlawful.", "the ban was unlawful"),
        ("Kenyan Finance Minister Joy Wanjiru pointed out that exports had doubled.", "exports had doubled"),
        ("Kenyan Finance Minister Joy Wanjiru reminded reporters that the budget was tight.", "the budget was tight"),
        ("Kenyan Finance Minister Joy Wanjiru reassured investors that the shilling was stable.",
         "the shilling was stable"),
        ("Kenyan Finance Minister Joy Wanjiru briefed lawmakers that the deficit would narrow.",
         "the deficit would narrow"),
    ],
)
def test_more_reporting_verbs(nlp: Language, text: str, reported: str) -> None:
    assert [q.text for q in nlp(text)._.quotes if q.kind == "indirect"] == [reported]


def test_a_participle_cue_hung_on_the_main_clause_speaks_for_the_clause_before_it(nlp: Language) -> None:
    doc = nlp("The two neighbours have been at odds since Lima imposed a levy on Chilean imports in January, "
              "saying Santiago was failing to stop smugglers.")
    assert names(doc, quote(doc, "Santiago was failing").speakers) == ["Peru"]


def test_a_fronted_report_keeps_its_pronoun_for_someone_else(nlp: Language) -> None:
    doc = nlp("Opposition leader Karim Haddad was jailed on Monday. He boycotted the hearing, lawyer Lina Saad "
              "told Reuters.")
    assert names(doc, quote(doc, "boycotted the hearing").speakers) == ["Lina Saad"]
    he = next(t for t in doc if t.text == "He")
    assert names(doc, list(he._.actors)) == ["Karim Haddad"]


def test_a_long_lead_with_a_parenthetical_cue_is_reported(nlp: Language) -> None:
    text = ("Court jails opposition leader\n\n"
            "TUNIS, Nov 24 (Reuters) - A court on Monday sentenced opposition leader Karim Haddad to 12 years in "
            "prison on charges of plotting against state security, his lawyer said, in a case rights groups "
            "called politically motivated.\n\n"
            "Haddad, 84, the head of the party and a former speaker of parliament, has been in prison since "
            "April 2023. He boycotted the hearing, lawyer Lina Saad told Reuters.")
    doc = nlp(text)
    assert any(q.kind == "indirect" and q.text.startswith("A court on Monday sentenced") for q in doc._.quotes)


def test_a_joint_statement_nobody_is_named_for_speaks_for_the_parties_named_together(nlp: Language) -> None:
    doc = nlp("Chile and Bolivia agreed on Monday to resume talks on sea access. The foreign ministers met in "
              "Santiago. The talks will start in January in Lima, according to a joint statement.")
    assert names(doc, quote(doc, "The talks will start").speakers) == ["Chile", "Bolivia"]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ('"We are ready," a spokesman for the Iranian foreign ministry told reporters.', "Iranian foreign ministry"),
        ("A spokeswoman for the European Commission said the talks would resume.", "European Commission"),
    ],
)
def test_a_spokesperson_for_a_named_body_speaks_for_it(nlp: Language, text: str, speaker: str) -> None:
    doc = nlp(text)
    assert [names(doc, q.speakers) for q in doc._.quotes] == [[speaker]]


# -- a table of wire-style passages: the attribution patterns news copy uses ----------------------------------
# Each row: passage, the quote's exact text, its kind, its first speaker's actor name ("?" for none) and its cue.

PASSAGES = [
    # cue after the quote, 'said X, a spokesman for Y', told Reuters / reporters / a news conference
    ('"We will hold the line," Kenyan Interior Minister Peter Kamau said on Tuesday.',
     'We will hold the line', 'direct', 'Peter Kamau', 'say'),
    ('"The talks are over," said Omar Khalil, a spokesman for the Jordanian foreign ministry.',
     'The talks are over', 'direct', 'Omar Khalil', 'say'),
    ('The army had withdrawn from the town, said Lena Fischer, a spokeswoman for the German defence '
     'ministry.',
     'The army had withdrawn from the town', 'indirect', 'Lena Fischer', 'say'),
    ('"We expect a deal by June," Brazilian Finance Minister Rafael Costa told Reuters.',
     'We expect a deal by June', 'direct', 'Rafael Costa', 'tell'),
    ('Brazilian Finance Minister Rafael Costa told reporters the deal was close.',
     'the deal was close', 'indirect', 'Rafael Costa', 'tell'),
    ('"Nobody wants a war," Polish President Marek Zielinski told a news conference in Warsaw.',
     'Nobody wants a war', 'direct', 'Marek Zielinski', 'tell'),
    ('Polish President Marek Zielinski told a news conference in Warsaw that nobody wanted a war.',
     'nobody wanted a war', 'indirect', 'Marek Zielinski', 'tell'),
    # 'In a statement, the ministry said', 'according to X' at the start, the end and the middle
    ('Egypt recalled its ambassador on Monday. In a statement, the foreign ministry said the strikes '
     'were a violation of international law.',
     'the strikes were a violation of international law', 'indirect', 'Egypt', 'say'),
    ('The World Bank said in a statement that growth would slow to 2 percent.',
     'growth would slow to 2 percent', 'indirect', 'World Bank', 'say'),
    ('According to the United Nations, more than 2,000 people have fled the fighting.',
     'more than 2,000 people have fled the fighting', 'indirect', 'United Nations', 'according to'),
    ('More than 2,000 people have fled the fighting, according to the United Nations.',
     'More than 2,000 people have fled the fighting', 'indirect', 'United Nations', 'according to'),
    ('The convoy, according to Chadian Army Spokesman Idriss Mahamat, was hit by a roadside bomb.',
     'The convoy, according to Chadian Army Spokesman Idriss Mahamat, was hit by a roadside bomb',
     'indirect', 'Idriss Mahamat', 'according to'),
    # posts on Telegram and X; cue verbs beyond 'say'
    ('"Our forces repelled the attack," Ukrainian Defence Minister Oleh Marchenko said in a post on '
     'Telegram.',
     'Our forces repelled the attack', 'direct', 'Oleh Marchenko', 'say'),
    ('Ukrainian Defence Minister Oleh Marchenko said in a post on X that the attack had been repelled.',
     'the attack had been repelled', 'indirect', 'Oleh Marchenko', 'say'),
    ('"Any attack will be met with force," Iranian Foreign Minister Ali Rahimi warned.',
     'Any attack will be met with force', 'direct', 'Ali Rahimi', 'warn'),
    ('Iranian Foreign Minister Ali Rahimi warned that any attack would be met with force.',
     'any attack would be met with force', 'indirect', 'Ali Rahimi', 'warn'),
    ('"The election was fair," Zambian President Daniel Banda insisted.',
     'The election was fair', 'direct', 'Daniel Banda', 'insist'),
    ('Zambian President Daniel Banda insisted the election was fair.',
     'the election was fair', 'indirect', 'Daniel Banda', 'insist'),
    ('Opposition leader Grace Mwale argued that the count had been rigged.',
     'the count had been rigged', 'indirect', 'Grace Mwale', 'argue'),
    ('Finnish Prime Minister Aino Laine acknowledged that the plan had flaws.',
     'the plan had flaws', 'indirect', 'Aino Laine', 'acknowledge'),
    ('The rebels claimed they had captured the airport.',
     'they had captured the airport', 'indirect', 'rebels', 'claim'),
    ('Israeli Defence Minister Yair Golan denied that troops had entered the village.',
     'troops had entered the village', 'indirect', 'Yair Golan', 'deny'),
    ('Indian Foreign Minister Arjun Rao noted that trade had doubled since 2020.',
     'trade had doubled since 2020', 'indirect', 'Arjun Rao', 'note'),
    ('"We stand with Taiwan," U.S. Senator Mark Ellis wrote on X.',
     'We stand with Taiwan', 'direct', 'Mark Ellis', 'write'),
    ('"Peace is near," Colombian President Jorge Rios tweeted.',
     'Peace is near', 'direct', 'Jorge Rios', 'tweet'),
    ('Colombian President Jorge Rios stressed that the ceasefire must hold.',
     'the ceasefire must hold', 'indirect', 'Jorge Rios', 'stress'),
    ('Colombian President Jorge Rios vowed that the killers would be found.',
     'the killers would be found', 'indirect', 'Jorge Rios', 'vow'),
    ('"We will rebuild every home," Colombian President Jorge Rios vowed.',
     'We will rebuild every home', 'direct', 'Jorge Rios', 'vow'),
    # ', he added', 'said, adding that', split quotes, nested quotes, questions
    ('Greek Prime Minister Nikos Papas met the mayor on Friday. "The port will reopen next month," he '
     'added.',
     'The port will reopen next month', 'direct', 'Nikos Papas', 'add'),
    ('Greek Prime Minister Nikos Papas said the port would reopen, adding that ferries would resume in '
     'May.',
     'ferries would resume in May', 'indirect', 'Nikos Papas', 'add'),
    ('"The port will reopen," Greek Prime Minister Nikos Papas said, adding that ferries would resume '
     'in May.',
     'ferries would resume in May', 'indirect', 'Nikos Papas', 'add'),
    ('"We are not afraid," Georgian President Nino Kapanadze said, "and we will not leave."',
     'and we will not leave.', 'direct', 'Nino Kapanadze', 'say'),
    ('"We are not afraid," Georgian President Nino Kapanadze said, "and we will not leave."',
     'We are not afraid', 'direct', 'Nino Kapanadze', 'say'),
    ('"They told us \'leave or die\' and we left," said Amina Yusuf, a resident of the town.',
     "They told us 'leave or die' and we left", 'direct', 'Amina Yusuf', 'say'),
    ('“He told me: ‘We will be back,’” Sudanese farmer Musa Idris said.',
     'He told me: ‘We will be back,’', 'direct', 'Musa Idris', 'say'),
    ('"Who will pay for this?" asked Irish Finance Minister Sean Byrne.',
     'Who will pay for this?', 'direct', 'Sean Byrne', 'ask'),
    ('"Why now?" Irish Finance Minister Sean Byrne asked reporters.',
     'Why now?', 'direct', 'Sean Byrne', 'ask'),
    # unnamed sources: the speaker is a group actor, with the country the text gives
    ('The talks stalled on Monday, a senior Iraqi official said, speaking on condition of anonymity.',
     'The talks stalled on Monday', 'indirect', 'senior Iraqi official', 'say'),
    ('Three soldiers were killed in the raid, sources said.',
     'Three soldiers were killed in the raid', 'indirect', 'sources', 'say'),
    ('Western diplomats said the vote would be delayed.',
     'the vote would be delayed', 'indirect', 'Western diplomats', 'say'),
    ('Pakistani officials said the border crossing would reopen on Friday.',
     'the border crossing would reopen on Friday', 'indirect', 'Pakistani officials', 'say'),
    ('"The deal is dead," one European diplomat said.',
     'The deal is dead', 'direct', 'European diplomat', 'say'),
    ('Security sources said two militants were killed near Mosul.',
     'two militants were killed near Mosul', 'indirect', 'security sources', 'say'),
    # reported speech with and without 'that'; 'quoted as saying', 'cited as saying'
    ('Romanian President Andrei Ionescu said that the army would stay.',
     'the army would stay', 'indirect', 'Andrei Ionescu', 'say'),
    ('Romanian President Andrei Ionescu said the army would stay.',
     'the army would stay', 'indirect', 'Andrei Ionescu', 'say'),
    ('Saudi Foreign Minister Faisal Al-Harbi was quoted as saying the kingdom would not normalise ties.',
     'the kingdom would not normalise ties', 'indirect', 'Faisal Al-Harbi', 'say'),
    ('Saudi Foreign Minister Faisal Al-Harbi was quoted by state media as saying that the kingdom '
     'would not normalise ties.',
     'the kingdom would not normalise ties', 'indirect', 'Faisal Al-Harbi', 'say'),
    ('North Korean leader Kim Sol was cited as saying by state media that the tests would continue.',
     'the tests would continue', 'indirect', 'Kim Sol', 'say'),
    ('Saudi Foreign Minister Faisal Al-Harbi was quoted as saying: "We will not normalise ties."',
     'We will not normalise ties.', 'direct', 'Faisal Al-Harbi', 'say'),
    # 'the statement said', 'the report said': the issuer speaks; a headline quote; paragraphs left open
    ('The Norwegian Refugee Council issued a statement on Monday. Aid had not reached the camps for a '
     'month, the statement said.',
     'Aid had not reached the camps for a month', 'indirect', 'Norwegian Refugee Council', 'say'),
    ('Amnesty International published a report on Thursday. The report said prisoners had been '
     'tortured.',
     'prisoners had been tortured', 'indirect', 'Amnesty International', 'say'),
    ('"The strikes were unlawful," the statement from the Turkish foreign ministry said.',
     'The strikes were unlawful', 'direct', 'Turkish foreign ministry', 'say'),
    ("'We will not surrender,' says Sudanese general\n\nKHARTOUM (Reuters) - Sudanese army chief Abdel "
     "Osman said on Monday his forces would fight on.",
     'We will not surrender', 'direct', 'Abdel Osman', 'say'),
    ('Chilean Finance Minister Tomas Vera spoke to reporters.\n\n“Inflation is falling. Wages are '
     'rising.\n\n“We are on the right path,” he said.',
     'Inflation is falling. Wages are rising.', 'direct', 'Tomas Vera', 'say'),
    ('Chilean Finance Minister Tomas Vera spoke to reporters.\n\n"Inflation is falling. Wages are '
     'rising.\n\n"We are on the right path," he said.',
     'We are on the right path', 'direct', 'Tomas Vera', 'say'),
    # colon leads, partial quotes, inverted cues, letters, bare ministries and groups named before
    ('Philippine President Maria Santos said in a televised address: "We will defend every island."',
     'We will defend every island.', 'direct', 'Maria Santos', 'say'),
    ('Philippine President Maria Santos called the incursion "a dangerous provocation."',
     'a dangerous provocation', 'partial', 'Maria Santos', 'call'),
    ('Philippine President Maria Santos said Manila would respond "firmly and calmly" to the incursion.',
     'firmly and calmly', 'partial', 'Maria Santos', 'say'),
    ('Japan\'s foreign ministry warned of "grave consequences" if the ships did not leave.',
     'grave consequences', 'partial', "Japan's foreign ministry", 'warn'),
    ('"Nothing has changed," said Hassan Nouri, the Iranian ambassador to Iraq.',
     'Nothing has changed', 'direct', 'Hassan Nouri', 'say'),
    ('Danish Prime Minister Mette Holm wrote in a letter to the European Commission that the rules '
     'were unfair.',
     'the rules were unfair', 'indirect', 'Mette Holm', 'write'),
    ('Egypt closed the crossing on Sunday. "The decision is temporary," the foreign ministry said.',
     'The decision is temporary', 'direct', 'Egypt', 'say'),
    ('"The ship was in international waters," said a spokesman for the Chinese embassy in Manila.',
     'The ship was in international waters', 'direct', 'Chinese embassy', 'say'),
    ('Islamic State claimed the attack. The group said in a statement on Telegram that its fighters '
     'had killed 12 soldiers.',
     'its fighters had killed 12 soldiers', 'indirect', 'Islamic State', 'say'),
    # more: fronted participles, interviews, unnamed sources, 'X quoted Y as saying', 'said of'
    ('Speaking to reporters in Geneva, Swiss President Anna Keller said the talks would resume in '
     'March.',
     'the talks would resume in March', 'indirect', 'Anna Keller', 'say'),
    ('Swiss President Anna Keller said in an interview with the BBC that the talks would resume.',
     'the talks would resume', 'indirect', 'Anna Keller', 'say'),
    ('"We have no choice," Hamas said in a statement.',
     'We have no choice', 'direct', 'Hamas', 'say'),
    ('Sources familiar with the matter said the deal could be signed next week.',
     'the deal could be signed next week', 'indirect', 'sources', 'say'),
    ('Two U.S. officials said the drone was shot down over the Red Sea.',
     'the drone was shot down over the Red Sea', 'indirect', 'U.S. officials', 'say'),
    ('Officials in Kyiv said the power plant had been hit twice.',
     'the power plant had been hit twice', 'indirect', 'officials', 'say'),
    ('A source close to the president said the cabinet would be reshuffled.',
     'the cabinet would be reshuffled', 'indirect', 'source', 'say'),
    ('The minister, who asked not to be named, said talks had failed.',
     'talks had failed', 'indirect', '?', 'say'),
    ('Kenyan Trade Minister Joy Wanjiru called the tariff "a betrayal", adding: "We will fight it."',
     'We will fight it.', 'direct', 'Joy Wanjiru', 'add'),
    ('Kenyan Trade Minister Joy Wanjiru called the tariff "a betrayal", adding: "We will fight it."',
     'a betrayal', 'partial', 'Joy Wanjiru', 'call'),
    ('The army said it had killed a "terrorist" in the raid.',
     'terrorist', 'partial', '?', 'say'),
    ('"It is a sad day," Peruvian Interior Minister Luis Paredes told the BBC.',
     'It is a sad day', 'direct', 'Luis Paredes', 'tell'),
    ('Hezbollah said in a statement that it had fired rockets at an army base.',
     'it had fired rockets at an army base', 'indirect', 'Hezbollah', 'say'),
    ('Witnesses said soldiers opened fire on the crowd.',
     'soldiers opened fire on the crowd', 'indirect', 'witnesses', 'say'),
    ('Russian state news agency TASS quoted Foreign Minister Pavel Orlov as saying that Moscow would '
     'respond.',
     'Moscow would respond', 'indirect', 'Pavel Orlov', 'say'),
    ('"We will not pay," Mexican President Ana Cruz said of the tariffs.',
     'We will not pay', 'direct', 'Ana Cruz', 'say'),
    # appositions, participles and interruptions, 'according to' sources, follow-up paragraphs, reported
    # clauses with relative clauses, questions, 'saying' after an accusation, 'the court said in its ruling'
    ('Nigerian Information Minister Bola Adeyemi, speaking in Abuja, said the curfew would be lifted.',
     'the curfew would be lifted', 'indirect', 'Bola Adeyemi', 'say'),
    ('"The curfew will be lifted," said Bola Adeyemi, who was appointed information minister in May.',
     'The curfew will be lifted', 'direct', 'Bola Adeyemi', 'say'),
    ("Bola Adeyemi, Nigeria's information minister, said the curfew would be lifted.",
     'the curfew would be lifted', 'indirect', 'Bola Adeyemi', 'say'),
    ('The curfew will be lifted on Friday, according to a statement from the Nigerian interior '
     'ministry.',
     'The curfew will be lifted on Friday', 'indirect', 'Nigerian interior ministry', 'according to'),
    ('The curfew will be lifted on Friday, according to people familiar with the matter.',
     'The curfew will be lifted on Friday', 'indirect', 'people', 'according to'),
    ('The curfew will be lifted on Friday, according to sources.',
     'The curfew will be lifted on Friday', 'indirect', 'sources', 'according to'),
    ('Asked whether the curfew would be lifted, Nigerian Information Minister Bola Adeyemi said: "Very '
     'soon."',
     'Very soon.', 'direct', 'Bola Adeyemi', 'say'),
    ('Nigerian Information Minister Bola Adeyemi said he had "no doubt" that the curfew would work.',
     'no doubt', 'partial', 'Bola Adeyemi', 'say'),
    ('"We are ready," Nigerian Information Minister Bola Adeyemi told AFP. "The army is ready."',
     'The army is ready.', 'direct', 'Bola Adeyemi', 'tell'),
    ('Nigerian Information Minister Bola Adeyemi reiterated that the curfew would be lifted.',
     'the curfew would be lifted', 'indirect', 'Bola Adeyemi', 'reiterate'),
    ('The curfew would be lifted, the official said, declining to be named.',
     'The curfew would be lifted', 'indirect', 'official', 'say'),
    ('Nigerian Information Minister Bola Adeyemi told state television the curfew would be lifted.',
     'the curfew would be lifted', 'indirect', 'Bola Adeyemi', 'tell'),
    ('Nigerian Information Minister Bola Adeyemi said in remarks broadcast by state television that '
     'the curfew would end.',
     'the curfew would end', 'indirect', 'Bola Adeyemi', 'say'),
    ('Nigerian Information Minister Bola Adeyemi met governors on Monday.\n\n"We have agreed on a '
     'plan," he said. "It starts tomorrow."',
     'It starts tomorrow.', 'direct', 'Bola Adeyemi', 'say'),
    ('Nigerian Information Minister Bola Adeyemi met governors on Monday.\n\n"We have agreed on a '
     'plan," he said.\n\n"It starts tomorrow."',
     'It starts tomorrow.', 'direct', 'Bola Adeyemi', None),
    ("Nigeria's army said it had freed 40 hostages.",
     'it had freed 40 hostages', 'indirect', "Nigeria's army", 'say'),
    ('Nigerian Information Minister Bola Adeyemi said the curfew, which began in May, would be lifted.',
     'the curfew, which began in May, would be lifted', 'indirect', 'Bola Adeyemi', 'say'),
    ('"We did not fire first," Nigerian army spokesman Musa Bello said in a statement on Sunday, '
     'adding that troops had acted in self-defence.',
     'We did not fire first', 'direct', 'Musa Bello', 'say'),
    ('“The vote was free,” the observers said in a joint statement.',
     'The vote was free', 'direct', 'observers', 'say'),
    ('Nigerian Information Minister Bola Adeyemi said on Monday: "We will lift the curfew when it is '
     'safe."',
     'We will lift the curfew when it is safe.', 'direct', 'Bola Adeyemi', 'say'),
    ('"Is this what democracy looks like?" opposition leader Ada Okoro wrote on Facebook.',
     'Is this what democracy looks like?', 'direct', 'Ada Okoro', 'write'),
    ('Nigerian Information Minister Bola Adeyemi denied the curfew was illegal.',
     'the curfew was illegal', 'indirect', 'Bola Adeyemi', 'deny'),
    ('The curfew was illegal, opposition leader Ada Okoro claimed.',
     'The curfew was illegal', 'indirect', 'Ada Okoro', 'claim'),
    ('Opposition leader Ada Okoro accused the government of lying, saying the curfew was illegal.',
     'the curfew was illegal', 'indirect', 'Ada Okoro', 'say'),
    ('The United Nations estimated that 3,000 people had been displaced.',
     '3,000 people had been displaced', 'indirect', 'United Nations', 'estimate'),
    ('The United Nations said on Monday that 3,000 people had been displaced by the floods, and that '
     'more rain was expected.',
     '3,000 people had been displaced by the floods, and that more rain was expected',
     'indirect', 'United Nations', 'say'),
    ('"We have lost everything," said Halima Bako, 45, a mother of six.',
     'We have lost everything', 'direct', 'Halima Bako', 'say'),
    ('‘It was terrible,’ she said of the night the dam broke, speaking to Reuters by phone from '
     'Maiduguri.',
     'It was terrible', 'direct', '?', 'say'),
    ('The economy, Kenyan Finance Minister Joy Wanjiru said, is recovering faster than expected.',
     'The economy, Kenyan Finance Minister Joy Wanjiru said, is recovering faster than expected',
     'indirect', 'Joy Wanjiru', 'say'),
    ('Kenyan Finance Minister Joy Wanjiru, speaking to reporters in Nairobi, warned that prices would '
     'rise.',
     'prices would rise', 'indirect', 'Joy Wanjiru', 'warn'),
    ('"We will not, and cannot, accept this," Kenyan Finance Minister Joy Wanjiru said, before adding: '
     '"Never."',
     'Never.', 'direct', 'Joy Wanjiru', 'add'),
    ('“We will not — and cannot — accept this,” Kenyan Finance Minister Joy Wanjiru said.',
     'We will not — and cannot — accept this', 'direct', 'Joy Wanjiru', 'say'),
    ('Kenyan Finance Minister Joy Wanjiru told Reuters in an interview that prices would rise.',
     'prices would rise', 'indirect', 'Joy Wanjiru', 'tell'),
    ('The Saudi foreign ministry said in a statement carried by the state news agency that the talks '
     'had ended.',
     'the talks had ended', 'indirect', 'Saudi foreign ministry', 'say'),
    ('"Prices will rise," Joy Wanjiru, Kenya\'s finance minister, said in Nairobi.',
     'Prices will rise', 'direct', 'Joy Wanjiru', 'say'),
    ('Prices will rise, Kenyan Finance Minister Joy Wanjiru predicted on Monday.',
     'Prices will rise', 'indirect', 'Joy Wanjiru', 'predict'),
    ('Kenyan Finance Minister Joy Wanjiru said the plan was "dead", and that talks had "failed '
     'completely".',
     'failed completely', 'partial', 'Joy Wanjiru', 'say'),
    ("'We are not leaving,' the Ukrainian commander told the BBC.",
     'We are not leaving', 'direct', 'Ukrainian commander', 'tell'),
    ('"Nobody is above the law," the court said in its ruling.',
     'Nobody is above the law', 'direct', '?', 'say'),
    ('The Kenyan court said in its ruling that the law was unconstitutional.',
     'the law was unconstitutional', 'indirect', 'Kenyan court', 'say'),
    # a pronoun the actors stage left unresolved: the speaker of the report just before
    ("A senior Pakistani security official said the army had no plans to cross the border. Kabul had not "
     "called, he added.", "Kabul had not called", "indirect", "senior Pakistani security official", "add"),
    ("Officials said the bridge was closed.\n\nTraffic would resume on Monday, they said.",
     "Traffic would resume on Monday", "indirect", "officials", "say"),
    ("Officials said the bridge was closed.\n\nThe mayor arrived.\n\nTraffic would resume on Monday, they said.",
     "Traffic would resume on Monday", "indirect", "?", "say"),
    ("The ruling party backs the law. Critics say it mirrors a Russian law used to silence dissent.",
     "it mirrors a Russian law used to silence dissent", "indirect", "critics", "say"),
    # the day the words were said is no part of them; a summing-up after a comma is the writer's
    ("Sudan's army said on Monday it had retaken the bridge from the Rapid Support Forces (RSF), a claim the "
     "group denied.", "it had retaken the bridge from the Rapid Support Forces (RSF)", "indirect",
     "Sudan's army", "say"),
    ("Sudan's army says it retook key bridge, rebels deny\n\nThe fighting went on.", "it retook key bridge",
     "indirect", "Sudan's army", "say"),
    # more leads and cues: a comma or 'said of' before the quote, a second quote after 'She added:',
    # a 'whose' clause after the speaker, chants, a reported clause with a partial quote of two parts
    ('Chilean President Ana Soto said, "We will win."', "We will win.", "direct", "Ana Soto", "say"),
    ('Chilean President Ana Soto said of the plan: "It is dead."', "It is dead.", "direct", "Ana Soto", "say"),
    ('Chilean President Ana Soto said: "We are ready." She added: "So is the army."', "So is the army.", "direct",
     "Ana Soto", "add"),
    ('"We won 40 seats," said Ana Soto, whose party leads the coalition.', "We won 40 seats", "direct",
     "Ana Soto", "say"),
    ('The protesters marched to parliament. "We want jobs," they chanted.', "We want jobs", "direct",
     "protesters", "chant"),
    ('Chilean President Ana Soto said the drought was "the worst in 60 years" and "a national emergency."',
     "a national emergency", "partial", "Ana Soto", "say"),
    ("Chilean President Ana Soto has said repeatedly that she would not run again.", "she would not run again",
     "indirect", "Ana Soto", "say"),
    # a noun of saying with a 'that' clause reports it, when the noun says whose words they are
    ("Ukraine rejected Russia's claim that it had withdrawn its troops.", "it had withdrawn its troops",
     "indirect", "Russia", "claim"),
    ("Israel dismissed a warning by the United Nations that famine was imminent in Gaza.",
     "famine was imminent in Gaza", "indirect", "United Nations", "warning"),
    # a headline's 'Name: quote'; ', as ...' after a reported clause is the writer's scene-setting
    ("Bondar: 'We will not give up our land'\n\nUkrainian President Petro Bondar spoke in Kyiv.",
     "We will not give up our land", "direct", "Petro Bondar", None),
    ("Ukrainian President Petro Bondar has said his country will never cede land, as pressure grows on Kyiv.",
     "his country will never cede land", "indirect", "Petro Bondar", "say"),
    ("The Kenyan finance ministry said prices would rise, amid fears of a drought.", "prices would rise",
     "indirect", "Kenyan finance ministry", "say"),
    # words relayed by the media: the one quoted speaks, the outlet is no part of the words
    ("Iranian Foreign Minister Ali Rahimi said the talks had failed, according to state media.",
     "the talks had failed", "indirect", "Ali Rahimi", "say"),
    ("The talks have failed, Iranian Foreign Minister Ali Rahimi said, according to state media.",
     "The talks have failed", "indirect", "Ali Rahimi", "say"),
    ("The talks have failed, Iranian state media quoted Foreign Minister Ali Rahimi as saying.",
     "The talks have failed", "indirect", "Ali Rahimi", "say"),
    ('"The talks have failed," Iranian state television quoted Foreign Minister Ali Rahimi as saying.',
     "The talks have failed", "direct", "Ali Rahimi", "say"),
    ("Iranian Foreign Minister Ali Rahimi was reported as saying the talks had failed.", "the talks had failed",
     "indirect", "Ali Rahimi", "say"),
    # a clause ending in a colon introduces the quote whatever its verb; a quote run over paragraphs
    ('"The deal is fair," Brazilian Finance Minister Rafael Costa said. Chilean Finance Minister Tomas Vera '
     'disagreed: "It is not."', "It is not.", "direct", "Tomas Vera", "disagree"),
    ('Brazilian Finance Minister Rafael Costa spoke after the vote.\n\n"We came here," he said, "to listen.\n\n'
     '"And we listened."', "And we listened.", "direct", "Rafael Costa", "say"),
    ('Brazilian Finance Minister Rafael Costa and Chilean Finance Minister Tomas Vera met on Monday.\n\n'
     '"The deal is fair," Vera said. "Costa agrees."', "Costa agrees.", "direct", "Tomas Vera", "say"),
    # the issuer named with the document; a person named before is no report's author
    ("The report, published by Amnesty International on Monday, said prisoners had been tortured.",
     "prisoners had been tortured", "indirect", "Amnesty International", "say"),
    ("The joint statement issued by Egypt and Qatar said talks would resume on Sunday.",
     "talks would resume on Sunday", "indirect", "Egypt", "say"),
    ("Kenyan President Ruth Odhiambo was arrested on Monday. The report said she had been held for hours.",
     "she had been held for hours", "indirect", "?", "say"),
    ("Earlier this week the talks stalled, a senior Iraqi official said, speaking on condition of anonymity.",
     "Earlier this week the talks stalled", "indirect", "senior Iraqi official", "say"),
    # an attribution the parser hung on the writer's words after it; 'according to' after a whole clause
    ("Turkish jets bombed rebel camps in northern Iraq on Friday, killing at least 12 fighters, Kurdish officials "
     "said, two days after an ambush killed four Turkish soldiers.",
     "Turkish jets bombed rebel camps in northern Iraq on Friday, killing at least 12 fighters", "indirect",
     "Kurdish officials", "say"),
    ("Five French citizens are held in Mali, according to diplomats, and their families have appealed for help.",
     "Five French citizens are held in Mali", "indirect", "diplomats", "according to"),
    # a second table, written blind to find failures before fixing them (29 of these 34 passed before):
    # speaker after the quote or in the paragraph before, quotes in quotes, statements, posts, interviews,
    # unnamed sources, 'As X put it', 'In the words of X', lower-case split quotes, spokespeople named
    ('"We will not sign this deal," said Malian Foreign Minister Awa Traore on Tuesday.',
     'We will not sign this deal', 'direct', 'Awa Traore', 'say'),
    ('Malian Foreign Minister Awa Traore flew to Dakar on Monday.\n\n"The region needs calm," she said.',
     'The region needs calm', 'direct', 'Awa Traore', 'say'),
    ('Malian Foreign Minister Awa Traore flew to Dakar on Monday.\n\nThe region needed calm, she told '
     'reporters.',
     'The region needed calm', 'indirect', 'Awa Traore', 'tell'),
    ('"The soldier told me: \'Run,\' and I ran," said Fatou Diallo, a trader in the town.',
     "The soldier told me: 'Run,' and I ran", 'direct', 'Fatou Diallo', 'say'),
    ('The talks would resume in March, according to a statement from the Malian foreign ministry.',
     'The talks would resume in March', 'indirect', 'Malian foreign ministry', 'according to'),
    ('According to a statement from the African Union, the talks would resume in March.',
     'the talks would resume in March', 'indirect', 'African Union', 'according to'),
    ('Ukrainian Interior Minister Dmytro Savchuk wrote on Telegram that two drones had been shot down.',
     'two drones had been shot down', 'indirect', 'Dmytro Savchuk', 'write'),
    ('"Two drones were shot down," Ukrainian Interior Minister Dmytro Savchuk wrote on Telegram.',
     'Two drones were shot down', 'direct', 'Dmytro Savchuk', 'write'),
    ('Ukrainian Interior Minister Dmytro Savchuk said on X that the strikes were "barbaric".',
     'barbaric', 'partial', 'Dmytro Savchuk', 'say'),
    ('"We need more air defence," Ukrainian Interior Minister Dmytro Savchuk told reporters in Kyiv.',
     'We need more air defence', 'direct', 'Dmytro Savchuk', 'tell'),
    ('In an interview with Reuters, Peruvian President Luis Paredes said the mine would stay closed.',
     'the mine would stay closed', 'indirect', 'Luis Paredes', 'say'),
    ('Peruvian President Luis Paredes said in an interview with Reuters that the mine would stay closed.',
     'the mine would stay closed', 'indirect', 'Luis Paredes', 'say'),
    ('"The mine will stay closed," Peruvian President Luis Paredes said in an interview with Reuters.',
     'The mine will stay closed', 'direct', 'Luis Paredes', 'say'),
    ('The ceasefire could be signed this week, a source familiar with the talks said.',
     'The ceasefire could be signed this week', 'indirect', 'source', 'say'),
    ('A source familiar with the talks said the ceasefire could be signed this week.',
     'the ceasefire could be signed this week', 'indirect', 'source', 'say'),
    ('The spokesperson for the Kenyan foreign ministry, Amina Njoroge, said the envoy had been recalled.',
     'the envoy had been recalled', 'indirect', 'Amina Njoroge', 'say'),
    ('"The envoy has been recalled," the spokesperson for the Kenyan foreign ministry, Amina Njoroge, said.',
     'The envoy has been recalled', 'direct', 'Amina Njoroge', 'say'),
    ('As Irish Foreign Minister Ciaran Doyle put it, "the door is open" for talks.',
     'the door is open', 'partial', 'Ciaran Doyle', 'put'),
    ('Polish Prime Minister Marta Wolska called the strike "a dangerous step".',
     'a dangerous step', 'partial', 'Marta Wolska', 'call'),
    ('"the door," Irish Foreign Minister Ciaran Doyle said, "remains open."',
     'remains open.', 'direct', 'Ciaran Doyle', 'say'),
    ('In the words of Irish Foreign Minister Ciaran Doyle, the plan is "dead in the water".',
     'dead in the water', 'partial', 'Ciaran Doyle', 'in the words of'),
    ('Irish Foreign Minister Ciaran Doyle met his Belgian counterpart on Monday.\n\n"the only way '
     'forward is talks," Doyle said.',
     'the only way forward is talks', 'direct', 'Ciaran Doyle', 'say'),
    ('"Enough is enough," Ghanaian opposition leader Kofi Asante told a rally in Accra on Saturday, '
     '"we want our votes counted."',
     'we want our votes counted.', 'direct', 'Kofi Asante', 'tell'),
    ('Ghanaian opposition leader Kofi Asante told a rally in Accra on Saturday that the vote had '
     'been stolen.',
     'the vote had been stolen', 'indirect', 'Kofi Asante', 'tell'),
    ('The vote, Ghanaian opposition leader Kofi Asante told supporters, had been stolen.',
     'The vote, Ghanaian opposition leader Kofi Asante told supporters, had been stolen', 'indirect',
     'Kofi Asante', 'tell'),
    ('The European Commission said in a statement that the duties would take effect on Friday.',
     'the duties would take effect on Friday', 'indirect', 'European Commission', 'say'),
    ('Thai Defence Minister Somsak Chai said the border would stay shut. "We will not reopen it '
     'until they withdraw," he said.',
     'We will not reopen it until they withdraw', 'direct', 'Somsak Chai', 'say'),
    ('Thai Defence Minister Somsak Chai said the border would stay shut.\n\nCambodia had not '
     'responded, he said.',
     'Cambodia had not responded', 'indirect', 'Somsak Chai', 'say'),
    ('Two aid trucks were looted on Sunday, the U.N. humanitarian office said.',
     'Two aid trucks were looted on Sunday', 'indirect',
     'UN Office for the Coordination of Humanitarian Affairs', 'say'),
    ('"We have run out of food," a World Food Programme spokeswoman told reporters in Geneva.',
     'We have run out of food', 'direct', 'World Food Programme', 'tell'),
    ('Speaking at a news conference in Nairobi, Kenyan Interior Minister Peter Kamau said the border '
     'would reopen.',
     'the border would reopen', 'indirect', 'Peter Kamau', 'say'),
    ('Argentine Economy Minister Pablo Sosa said he had "no intention" of devaluing the peso.',
     'no intention', 'partial', 'Pablo Sosa', 'say'),
    ('"There is no plan B," Argentine Economy Minister Pablo Sosa said, adding: "We stay the course."',
     'We stay the course.', 'direct', 'Pablo Sosa', 'add'),
    ('Argentine Economy Minister Pablo Sosa, whose ministry drafted the budget, said it would pass.',
     'it would pass', 'indirect', 'Pablo Sosa', 'say'),
    # a third table, also written blind (22 of these 25 passed when written): 'the Iranian mission', 'the
    # Bolivian presidency' speak as institutions of the country their modifier names
    ('"We are not going anywhere," said one protester, Giorgi Lomidze, 24.',
     'We are not going anywhere', 'direct', 'Giorgi Lomidze', 'say'),
    ('Bolivian Foreign Minister Rosa Quispe told Reuters on Monday that the border "will remain '
     'closed until further notice".',
     'will remain closed until further notice', 'partial', 'Rosa Quispe', 'tell'),
    ('"It was a massacre," a witness told Reuters by phone.',
     'It was a massacre', 'direct', 'witness', 'tell'),
    ('Asked whether talks would resume, Bolivian Foreign Minister Rosa Quispe said: "Not this year."',
     'Not this year.', 'direct', 'Rosa Quispe', 'say'),
    ('Bolivian Foreign Minister Rosa Quispe, in a televised address, said the border would stay shut.',
     'the border would stay shut', 'indirect', 'Rosa Quispe', 'say'),
    ('The border will stay shut, Bolivian Foreign Minister Rosa Quispe said in a televised address '
     'on Monday, adding that trade would suffer.',
     'The border will stay shut', 'indirect', 'Rosa Quispe', 'say'),
    ('"This is a red line," Quispe\'s deputy, Mario Choque, told reporters.',
     'This is a red line', 'direct', 'Mario Choque', 'tell'),
    ('A statement from the Bolivian presidency said the talks had been "constructive".',
     'constructive', 'partial', 'Bolivian presidency', 'say'),
    ('The Bolivian presidency said in a statement that the talks had been constructive.',
     'the talks had been constructive', 'indirect', 'Bolivian presidency', 'say'),
    ("Bolivia's foreign ministry spokesman, Luis Mamani, said the envoy had been summoned.",
     'the envoy had been summoned', 'indirect', 'Luis Mamani', 'say'),
    ('"We have summoned the envoy," foreign ministry spokesman Luis Mamani told a regular briefing '
     'in La Paz.',
     'We have summoned the envoy', 'direct', 'Luis Mamani', 'tell'),
    ('The Iranian mission to the United Nations said in a post on X that the claims were "baseless".',
     'baseless', 'partial', 'Iranian mission', 'say'),
    ('Hamas said in a statement on Telegram that it had accepted the proposal.',
     'it had accepted the proposal', 'indirect', 'Hamas', 'say'),
    ('"The proposal is acceptable," Hamas official Khalil Nasser told Al Jazeera.',
     'The proposal is acceptable', 'direct', 'Khalil Nasser', 'tell'),
    ('Two people familiar with the matter said the deal could be signed next week.',
     'the deal could be signed next week', 'indirect', 'people', 'say'),
    ('The deal could be signed next week, said two people familiar with the matter, who asked not to '
     'be named.',
     'The deal could be signed next week', 'indirect', 'people', 'say'),
    ('A senior U.S. official, speaking on condition of anonymity, said the strikes would continue.',
     'the strikes would continue', 'indirect', 'senior U.S. official', 'say'),
    ('Serbian President Milan Jovic said late on Sunday that Belgrade "will not recognise" the vote.',
     'will not recognise', 'partial', 'Milan Jovic', 'say'),
    ('Serbian President Milan Jovic spoke on Sunday. Jovic, who has led Serbia since 2017, told '
     'state television the vote was "a farce".',
     'a farce', 'partial', 'Milan Jovic', 'tell'),
    ("Kosovo's prime minister, Arben Kelmendi, said the arrests were lawful.",
     'the arrests were lawful', 'indirect', 'Arben Kelmendi', 'say'),
    ('The WHO said in its latest update that 1,200 cholera cases had been recorded.',
     '1,200 cholera cases had been recorded', 'indirect', 'World Health Organization', 'say'),
    ("Ethiopia's government and the Tigray authorities said in a joint statement they would resume talks.",
     'they would resume talks', 'indirect', "Ethiopia's government", 'say'),
    ('"It is too early to say," said Maria Lopez, an economist at Banco Andino in Lima.',
     'It is too early to say', 'direct', 'Maria Lopez', 'say'),
    ('NATO Secretary General Lars Berg told a news conference in Brussels: "Our support is unwavering."',
     'Our support is unwavering.', 'direct', 'Lars Berg', 'tell'),
    ('The attack was "an act of cowardice", French President Claire Dumas wrote on X.',
     'an act of cowardice', 'partial', 'Claire Dumas', 'write'),
    # a fourth table, written blind (23 of these 24 passed when written): aides, offices, joint statements,
    # 'it said' after the ministry, posts, 'saying' after a partial quote, announcements
    ('Hamas accepted the proposal on Monday. "We are ready to implement it," the group said in a '
     'statement posted on Telegram.',
     'We are ready to implement it', 'direct', 'Hamas', 'say'),
    ('An aide to Kenyan President Ruth Odhiambo said the trip had been cancelled.',
     'the trip had been cancelled', 'indirect', 'Ruth Odhiambo', 'say'),
    ('People close to Kenyan President Ruth Odhiambo said she would not run again.',
     'she would not run again', 'indirect', 'people', 'say'),
    ('The trip has been cancelled, according to two sources.',
     'The trip has been cancelled', 'indirect', 'sources', 'according to'),
    ('Kenyan President Ruth Odhiambo and Ugandan President Joseph Okello said in a joint statement '
     'that the border would reopen.',
     'the border would reopen', 'indirect', 'Ruth Odhiambo', 'say'),
    ('Kenyan President Ruth Odhiambo, speaking alongside Ugandan President Joseph Okello, said the '
     'border would reopen.',
     'the border would reopen', 'indirect', 'Ruth Odhiambo', 'say'),
    ('"The border will reopen," Kenyan President Ruth Odhiambo told the BBC\'s Newsday programme.',
     'The border will reopen', 'direct', 'Ruth Odhiambo', 'tell'),
    ('Kenyan President Ruth Odhiambo said Ugandan President Joseph Okello had told her that the '
     'border would reopen.',
     'Ugandan President Joseph Okello had told her that the border would reopen', 'indirect',
     'Ruth Odhiambo', 'say'),
    ('The Kenyan interior ministry said in a statement that 12 people had been arrested. It said the '
     'suspects would appear in court on Monday.',
     'the suspects would appear in court on Monday', 'indirect', 'Kenyan interior ministry', 'say'),
    ('In a statement, Kenyan Interior Minister Peter Kamau said 12 people had been arrested.',
     '12 people had been arrested', 'indirect', 'Peter Kamau', 'say'),
    ("Kenyan Interior Minister Peter Kamau's office said in a statement that 12 people had been arrested.",
     '12 people had been arrested', 'indirect', 'Peter Kamau', 'say'),
    ('A spokesperson for Kenyan Interior Minister Peter Kamau told CNN that 12 people had been arrested.',
     '12 people had been arrested', 'indirect', 'Peter Kamau', 'tell'),
    ('Twelve people were arrested, police said, adding that more arrests were expected.',
     'more arrests were expected', 'indirect', 'police', 'add'),
    ('The militants said they had killed three soldiers, a claim the army denied.',
     'they had killed three soldiers', 'indirect', 'militants', 'say'),
    ('Kenyan Interior Minister Peter Kamau later added in a post on X that the suspects had been charged.',
     'the suspects had been charged', 'indirect', 'Peter Kamau', 'add'),
    ('"We don\'t negotiate with terrorists," Kenyan Interior Minister Peter Kamau said. "Never have, '
     'never will."',
     'Never have, never will.', 'direct', 'Peter Kamau', 'say'),
    ('Kenyan Interior Minister Peter Kamau said: "We arrested 12 people. They will face justice."',
     'We arrested 12 people. They will face justice.', 'direct', 'Peter Kamau', 'say'),
    ('Opposition leader Grace Wanjiku dismissed the arrests as "theatre", saying the real organisers '
     'were free.',
     'the real organisers were free', 'indirect', 'Grace Wanjiku', 'say'),
    ('Opposition leader Grace Wanjiku dismissed the arrests as "theatre", saying the real organisers '
     'were free.',
     'theatre', 'partial', 'Grace Wanjiku', 'dismiss'),
    ('Both Kenya and Uganda said the talks had been useful.',
     'the talks had been useful', 'indirect', 'Kenya', 'say'),
    ('The Kenyan government has repeatedly denied that police used live ammunition.',
     'police used live ammunition', 'indirect', 'Kenyan government', 'deny'),
    ('Kenyan President Ruth Odhiambo on Monday announced that elections would be held in May.',
     'elections would be held in May', 'indirect', 'Ruth Odhiambo', 'announce'),
    ('Elections will be held in May, Kenyan President Ruth Odhiambo announced on Monday.',
     'Elections will be held in May', 'indirect', 'Ruth Odhiambo', 'announce'),
    ('Kenyan President Ruth Odhiambo, 58, told parliament on Tuesday that the budget would be cut by '
     'a fifth.',
     'the budget would be cut by a fifth', 'indirect', 'Ruth Odhiambo', 'tell'),
    # a fifth table, written blind (13 of these 16 passed when written): 'said in a report released ... that',
    # 'said in a video posted online that', 'said, citing X, that', documents and their issuers
    ('"We will not be intimidated," said Omar Khalil, Jordan\'s foreign minister.',
     'We will not be intimidated', 'direct', 'Omar Khalil', 'say'),
    ('"We will fight. We will win," Chadian President Idriss Deby told a rally, before adding that '
     'elections would go ahead.',
     'We will fight. We will win', 'direct', 'Idriss Deby', 'tell'),
    ('The Chadian government said in a statement: "We will not negotiate with armed groups."',
     'We will not negotiate with armed groups.', 'direct', 'Chadian government', 'say'),
    ('Chadian President Idriss Deby said, citing intelligence reports, that rebels were massing on '
     'the border.',
     'rebels were massing on the border', 'indirect', 'Idriss Deby', 'say'),
    ('In remarks broadcast on state television, Chadian President Idriss Deby said the rebels would '
     'be crushed.',
     'the rebels would be crushed', 'indirect', 'Idriss Deby', 'say'),
    ('"The rebels will be crushed," Deby said. "Every one of them."\n\nChadian President Idriss Deby '
     'has ruled since 2021.',
     'Every one of them.', 'direct', 'Idriss Deby', 'say'),
    ('Opposition leader Succes Masra accused the government of "lying to the nation" and said he '
     'would appeal.',
     'lying to the nation', 'partial', 'Succes Masra', 'accuse'),
    ('Opposition leader Succes Masra, who fled to Cameroon last year, said in a video posted online '
     'that he would return.',
     'he would return', 'indirect', 'Succes Masra', 'say'),
    ('"I will return," Opposition leader Succes Masra said in a video posted online.',
     'I will return', 'direct', 'Succes Masra', 'say'),
    ('French Foreign Minister Claire Dumas said France "stands ready" to help, adding: "We will not '
     'abandon Chad."',
     'We will not abandon Chad.', 'direct', 'Claire Dumas', 'add'),
    ('French Foreign Minister Claire Dumas said France "stands ready" to help, adding: "We will not '
     'abandon Chad."',
     'stands ready', 'partial', 'Claire Dumas', 'say'),
    ('A French diplomatic source said Paris had been informed of the plan.',
     'Paris had been informed of the plan', 'indirect', 'French diplomatic source', 'say'),
    ('Human Rights Watch said in a report released on Tuesday that at least 40 civilians had been killed.',
     'at least 40 civilians had been killed', 'indirect', 'Human Rights Watch', 'say'),
    ('At least 40 civilians were killed, Human Rights Watch said in a report released on Tuesday.',
     'At least 40 civilians were killed', 'indirect', 'Human Rights Watch', 'say'),
    ('The report by Human Rights Watch said at least 40 civilians had been killed.',
     'at least 40 civilians had been killed', 'indirect', 'Human Rights Watch', 'say'),
    ('"These killings must be investigated," said Aisha Bello, HRW\'s Africa director.',
     'These killings must be investigated', 'direct', 'Aisha Bello', 'say'),
    # a sixth table, written blind (all 14 passed when written): speakers across paragraphs and relative
    # clauses, a partial quote of someone else's inside a speaker's sentence
    ('Colombian President Jorge Rios met rebel commanders on Monday.\n\nThe talks were "a first step", '
     'he told reporters afterwards, but a ceasefire was "still far off".',
     'still far off', 'partial', 'Jorge Rios', 'tell'),
    ('Colombian President Jorge Rios met rebel commander Ivan Cruz on Monday.\n\n"We are ready to lay '
     'down our arms," Cruz said. "But not for nothing."',
     'But not for nothing.', 'direct', 'Ivan Cruz', 'say'),
    ('"It was a productive meeting," Colombian President Jorge Rios said of his talks with rebel '
     'commander Ivan Cruz.',
     'It was a productive meeting', 'direct', 'Jorge Rios', 'say'),
    ('Rebel commander Ivan Cruz said Colombian President Jorge Rios had promised land reform.',
     'Colombian President Jorge Rios had promised land reform', 'indirect', 'Ivan Cruz', 'say'),
    ('Colombian President Jorge Rios, whom rebel commander Ivan Cruz called "a man of his word", '
     'said talks would resume.',
     'talks would resume', 'indirect', 'Jorge Rios', 'say'),
    ('Colombian President Jorge Rios, whom rebel commander Ivan Cruz called "a man of his word", '
     'said talks would resume.',
     'a man of his word', 'partial', 'Ivan Cruz', 'call'),
    ('The rebels, who call themselves the "People\'s Army", said they would free 20 hostages.',
     'they would free 20 hostages', 'indirect', 'rebels', 'say'),
    ("Colombia's defence minister, Laura Pena, told lawmakers on Tuesday that troops would stay in "
     'the region "for as long as it takes".',
     'for as long as it takes', 'partial', 'Laura Pena', 'tell'),
    ('"For as long as it takes," Colombian Defence Minister Laura Pena told lawmakers when asked how '
     'long troops would stay.',
     'For as long as it takes', 'direct', 'Laura Pena', 'tell'),
    ('Colombian Defence Minister Laura Pena spoke on Tuesday. "Peace is possible," said Pena. "But '
     'it needs patience."',
     'But it needs patience.', 'direct', 'Laura Pena', 'say'),
    ('Colombian Defence Minister Laura Pena and Interior Minister Mario Gil visited the region. '
     '"Peace is possible," Gil said.',
     'Peace is possible', 'direct', 'Mario Gil', 'say'),
    ('The U.N. mission in Colombia welcomed the talks. "This is an important moment," it said in a '
     'statement.',
     'This is an important moment', 'direct', 'United Nations', 'say'),
    ('Venezuela, which hosted earlier rounds, said it was willing to host the next one.',
     'it was willing to host the next one', 'indirect', 'Venezuela', 'say'),
    ('Caracas said it was willing to host the next round.',
     'it was willing to host the next round', 'indirect', 'Venezuela', 'say'),
    # a seventh table, written blind (11 of these 13 passed when written): partial quotes that open in lower
    # case, 'what X called', 'was how X put it', 'as he put it'
    ('Irish Foreign Minister Ciaran Doyle said the plan would "destroy jobs" and "hurt families".',
     'hurt families', 'partial', 'Ciaran Doyle', 'say'),
    ('Irish Foreign Minister Ciaran Doyle described the plan as "reckless" and "irresponsible".',
     'irresponsible', 'partial', 'Ciaran Doyle', 'describe'),
    ('Irish Foreign Minister Ciaran Doyle warned of "grave consequences" if the talks failed.',
     'grave consequences', 'partial', 'Ciaran Doyle', 'warn'),
    ('According to Irish Foreign Minister Ciaran Doyle, the deal was "a historic mistake".',
     'a historic mistake', 'partial', 'Ciaran Doyle', 'according to'),
    ('Irish Foreign Minister Ciaran Doyle hailed what he called "a historic day" for the island.',
     'a historic day', 'partial', 'Ciaran Doyle', 'call'),
    ('The vote came on what Irish Foreign Minister Ciaran Doyle called "a historic day" for the island.',
     'a historic day', 'partial', 'Ciaran Doyle', 'call'),
    ('Irish Foreign Minister Ciaran Doyle said the time had come "to act, and to act now".',
     'to act, and to act now', 'partial', 'Ciaran Doyle', 'say'),
    ('"a dangerous step," was how Irish Foreign Minister Ciaran Doyle put it.',
     'a dangerous step', 'direct', 'Ciaran Doyle', 'put'),
    ('Irish Foreign Minister Ciaran Doyle met his Belgian counterpart on Monday.\n\nThe meeting was '
     '"very useful", Doyle said afterwards.',
     'very useful', 'partial', 'Ciaran Doyle', 'say'),
    ('Irish Foreign Minister Ciaran Doyle, as he put it, would "never give up" on the talks.',
     'never give up', 'partial', 'Ciaran Doyle', 'put'),
    ('Irish Foreign Minister Ciaran Doyle urged both sides to show "restraint and courage".',
     'restraint and courage', 'partial', 'Ciaran Doyle', 'urge'),
    ('Irish Foreign Minister Ciaran Doyle said talks were "the only way", calling the strikes '
     '"unacceptable".',
     'unacceptable', 'partial', 'Ciaran Doyle', 'call'),
    ('"Theatre," was how opposition leader Grace Wanjiku described the arrests.',
     'Theatre', 'direct', 'Grace Wanjiku', 'describe'),
    # an eighth table, written blind (6 of these 7 passed when written): the speaker after the quote,
    # described ('the defiant minister'), with an age or an apposition, quotes of several sentences
    ('Polish Defence Minister Piotr Lis visited the border on Monday.\n\n"We will not leave," the '
     'defiant minister said.',
     'We will not leave', 'direct', 'Piotr Lis', 'say'),
    ('Polish Defence Minister Piotr Lis visited the border on Monday.\n\n"We will not leave," added Lis.',
     'We will not leave', 'direct', 'Piotr Lis', 'add'),
    ('Polish Defence Minister Piotr Lis visited the border on Monday.\n\n"We will not leave," Lis, 52, '
     'told troops.',
     'We will not leave', 'direct', 'Piotr Lis', 'tell'),
    ('Polish Defence Minister Piotr Lis visited the border on Monday.\n\n"We will not leave," Lis, a '
     'former general, told troops.',
     'We will not leave', 'direct', 'Piotr Lis', 'tell'),
    ('"We will not leave," Polish Defence Minister Piotr Lis told troops on Monday during a visit to '
     'the border town of Terespol, where Belarusian forces have massed.',
     'We will not leave', 'direct', 'Piotr Lis', 'tell'),
    ('"We will not leave," Polish Defence Minister Piotr Lis told troops. "This is our land. Nobody '
     'will take it."',
     'This is our land. Nobody will take it.', 'direct', 'Piotr Lis', 'tell'),
    ('Polish Defence Minister Piotr Lis told troops: "We will not leave. This is our land."',
     'We will not leave. This is our land.', 'direct', 'Piotr Lis', 'tell'),
    # what a speech act asks or thanks for; a speaker the parser hung on the clause's last noun
    ('Kenyan President Ruth Mwangi thanked Qatar for its "tireless mediation" and said talks would resume in March.',
     'tireless mediation', 'partial', 'Ruth Mwangi', 'thank'),
    ('The African Union called for "maximum restraint" after the clashes on Sunday.',
     'maximum restraint', 'partial', 'African Union', 'call'),
    ('Chilean Foreign Minister Tomas Vera praised the monitors for their "courage under fire" during the vote.',
     'courage under fire', 'partial', 'Tomas Vera', 'praise'),
    ("The remains were returned to Kyiv by train and received at the main station in the presence of Turkish "
     "diplomats, Ukraine's Coordination Council for Prisoners of War said.",
     'The remains were returned to Kyiv by train and received at the main station in the presence of Turkish '
     'diplomats', 'indirect', 'Coordination Council for Prisoners of War', 'say'),
    # "the company": the organisation introduced as one (not only as a subject); never the police
    ("Police in Goma arrested two traders on Monday.\n\nThe fighting prompted Canadian mining group Veloria "
     "Resources, whose copper mine lies 30 km west of the town, to fly out foreign staff. The company said on "
     "Friday that production had not been affected.",
     'production had not been affected', 'indirect', 'Veloria Resources', 'say'),
    ('Police arrested three men suspected of the theft, officials said. The company said the losses were insured.',
     'the losses were insured', 'indirect', '?', 'say'),
    ('The Omani foreign ministry said on Sunday that the tanker had been released.',
     'the tanker had been released', 'indirect', 'Omani foreign ministry', 'say'),
]

NOT_SPEECH = [
    ('Japanese Prime Minister Ken Sato thinks the yen will recover.', 'the yen will recover'),
    ('Japanese Prime Minister Ken Sato hopes the talks will succeed.', 'the talks will succeed'),
    ('The ship is said to be carrying oil to Syria.', 'carrying oil to Syria'),
    ('The so-called "peace plan" was drafted in Doha.', 'peace plan'),
    ('The militia calls itself the "army of the poor" and controls the north.', 'army of the poor'),
    ('Police cleared the "camp" on Sunday.', 'camp'),
    ('The minister believes the economy will grow by 3 percent.', 'the economy will grow'),
    ('Residents fear the dam could burst.', 'the dam could burst'),
    ('The film "The Long Road Home" won the prize.', 'The Long Road Home'),
    ('Kenyan Finance Minister Joy Wanjiru pointed to rising exports as a sign of "recovery".', 'recovery'),
    ('Thai Prime Minister Somchai Wong expects the economy to grow.', 'the economy to grow'),
    ('The vessel, said to be carrying grain, docked in Odesa.', 'carrying grain'),
    ('The opposition wants the election to be repeated.', 'the election to be repeated'),
    ('A spokesman for the ministry did not respond to a request for comment.', 'request for comment'),
    ('The ministry declined to comment on the report.', 'the report'),
    ('The minister is expected to announce the budget on Friday.', 'the budget'),
    ('Few expect the talks to succeed.', 'the talks to succeed'),
    ('The group, which calls itself "Free Sahel", claimed the attack.', 'Free Sahel'),
    ('He described himself as a "soldier of peace" in his memoir.', 'soldier of peace'),
    ('Investors worry that the currency will fall further.', 'the currency will fall'),
    ('The government plans to say more next week.', 'more next week'),
    # nothing was said
    ("Chilean President Ana Soto did not say whether she would run again.", "she would run again"),
    ("Chilean President Ana Soto declined to say whether she would run again.", "she would run again"),
    ("The claim that the vote was rigged spread online.", "the vote was rigged"),  # nobody's claim
    ("After the meeting ended, officials said.", "After the meeting ended"),  # no main clause before the comma
    ("When the talks stalled, a senior Iraqi official said, speaking on condition of anonymity.", "talks stalled"),
]


@pytest.fixture(scope="module")
def passages(nlp: Language) -> dict[str, Doc]:
    """Every passage of the two tables, parsed once in a batch (each row alone would parse it again)."""
    texts = list(dict.fromkeys([row[0] for row in PASSAGES] + [row[0] for row in NOT_SPEECH]))
    return dict(zip(texts, nlp.pipe(texts), strict=True))


@pytest.mark.parametrize(("text", "fragment", "kind", "speaker", "cue"), PASSAGES)
def test_attribution_patterns(passages: dict[str, Doc], text: str, fragment: str, kind: str, speaker: str,
                              cue: str | None) -> None:
    doc = passages[text]
    q = quote(doc, fragment)
    assert (q.text, q.kind, q.cue) == (fragment, kind, cue)
    assert names(doc, q.speakers)[:1] == ([] if speaker == "?" else [speaker])


@pytest.mark.parametrize(("text", "fragment"), NOT_SPEECH)
def test_belief_names_and_scare_quotes_are_not_speech(passages: dict[str, Doc], text: str, fragment: str) -> None:
    """Belief and wish verbs, "said to be", names marked as such and scare quotes report nobody's words."""
    assert not [q.text for q in passages[text]._.quotes if fragment in q.text]


@pytest.mark.parametrize(
    ("text", "name", "country"),
    [
        ("Western diplomats said the vote would be delayed.", "Western diplomats", None),
        ("Two U.S. officials said the drone was shot down.", "U.S. officials", "USA"),
        ("Officials in Kyiv said the plant had been hit twice.", "officials", "UKR"),
        ("Sources said three soldiers were killed. The sources said the raid lasted an hour.", "sources", None),
    ],
)
def test_an_unnamed_source_is_a_group_actor_of_its_own(nlp: Language, text: str, name: str,
                                                      country: str | None) -> None:
    doc = nlp(text)
    speakers = {s for q in doc._.quotes for s in q.speakers}
    actors = [a for a in doc._.actors or [] if a.id in speakers]
    assert [(a.name, a.kind, a.country) for a in actors] == [(name, "group", country)]


@pytest.mark.parametrize(
    ("text", "country"),
    [
        # officials of no stated country under a dateline, in a sentence naming no other country: the dateline's
        ("NAIROBI, Kenya (AP) - Officials said the death toll had risen to 40.", "KEN"),
        ("KABUL (Reuters) - Officials said the border crossing at Torkham would reopen on Friday.", "AFG"),
        # what they report may name any country; they are still the dateline's
        ("NAIROBI, Kenya (AP) - Officials said Ugandan troops had crossed the border.", "KEN"),
        # another country named in the attribution, or a dateline where international talks meet: no country
        ("NAIROBI, Kenya (AP) - Officials on a visit to Uganda said the border would reopen.", None),
        ("GENEVA (Reuters) - Officials said the talks would resume next week.", None),
    ],
)
def test_bare_officials_under_a_dateline_are_of_its_country(nlp: Language, text: str, country: str | None) -> None:
    doc = nlp(text)
    speakers = {s for q in doc._.quotes for s in q.speakers}
    assert [(a.name, a.country) for a in doc._.actors or [] if a.id in speakers] == [("officials", country)]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        # the office holder named in the article speaks through the spokesman, not another minister
        ("LONDON (Reuters) - Britain signed the deal with Nigeria's foreign minister Ada Obi. Prime Minister "
         "Helen Marsh welcomed it.\n\nThe prime minister's official spokesman said the deal was fair.", "Helen Marsh"),
        # no prime minister named: the country, else the seat of power the story names (no country actor here)
        ("Downing Street welcomed the deal with Nigeria's foreign minister Ada Obi.\n\nThe prime minister's "
         "official spokesman said the deal was fair.", "Downing Street"),
        ("WARSAW (Reuters) - Poland signed the deal with Nigeria's foreign minister Ada Obi.\n\nThe president's "
         "spokesman said the deal was fair.", "Poland"),
    ],
)
def test_a_spokesman_of_an_office_speaks_for_its_holder(nlp: Language, text: str, speaker: str) -> None:
    doc = nlp(text)
    assert names(doc, quote(doc, "the deal was fair").speakers) == [speaker]


@pytest.mark.parametrize(
    ("text", "fragment", "speaker"),
    [
        # the object of a verb of causing or urging does what its 'to' clause says
        ('Separatist police arrested four men on Monday, prompting Chisinau to put its army on alert and accuse '
         'the separatists of "provocation".', "provocation", "Moldova"),
        ('The verdict angered Hungary, prompting Budapest to call it "a political farce".', "a political farce",
         "Hungary"),
        # office holders met as a body speak for the organisation the phrase names
        ('West African leaders, meeting in an emergency session of the regional bloc ECOWAS, condemned the '
         '"illegal seizure of power".', "illegal seizure of power", "Economic Community of West African States"),
        ("Foreign ministers from the African Union, meeting in Addis Ababa, said the vote was a sham.",
         "the vote was a sham", "African Union"),
        # a military rank names the one person named before with a military role
        ('Former army chief Joseph Mulenga won the vote. The former general, who retired in 2019, told supporters '
         'that he would be "a president for everyone".', "a president for everyone", "Joseph Mulenga"),
    ],
)
def test_speakers_through_control_bodies_and_ranks(nlp: Language, text: str, fragment: str, speaker: str) -> None:
    doc = nlp(text)
    assert names(doc, quote(doc, fragment).speakers) == [speaker]


@pytest.mark.parametrize(
    ("text", "fragment", "speaker"),
    [
        # some of a group speak for it; an apposition says who they are
        ("Three sources familiar with the talks said a deal was near. The plan would see observers deployed "
         "within weeks, two of the sources said.", "The plan would see observers deployed within weeks", "sources"),
        ("Some of the protesters said they had been beaten.", "they had been beaten", "protesters"),
        ("Three sources spoke to Reuters. One of them, a Gulf diplomat, said the talks were at an early stage.",
         "the talks were at an early stage", "Gulf diplomat"),
        # 'the diplomat' takes up the one introduced before, even when a quote after it is read first
        ('Three sources spoke to Reuters. One of them, a Gulf diplomat, said the talks were at an early stage. '
         '"Nothing is agreed until everything is agreed," the diplomat said.', "Nothing is agreed", "Gulf diplomat"),
    ],
)
def test_parts_of_unnamed_groups(nlp: Language, text: str, fragment: str, speaker: str) -> None:
    doc = nlp(text)
    assert names(doc, quote(doc, fragment).speakers) == [speaker]
    assert len([a for a in doc._.actors or [] if a.name.endswith("diplomat")]) <= 1
