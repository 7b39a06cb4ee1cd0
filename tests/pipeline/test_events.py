"""pipeline/events.py: the sentence table's pass rate (with a floor) and unit tables, one per mechanism.

The texts run through the loaded pipeline's other stages and then through events.py itself, whichever
module the stage list currently runs for events. Every sentence here was written for this project;
names are invented, countries are real.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest
from tests.pipeline.event_table import PUBLISHED, by_tag, code_events, describe, load_rows, row_passes

from wirecoder import Extraction

# Measured pass rate of tests/data/event_sentences.tsv; floors only go up.
TABLE_FLOOR = 0.856


@pytest.fixture(scope="module")
def run() -> Callable[[str], Extraction]:
    cache: dict[str, Extraction] = {}  # the pipeline itself is loaded once per process

    def _run(text: str) -> Extraction:
        if text not in cache:
            cache[text] = code_events(text, PUBLISHED)
        return cache[text]

    return _run


Row = tuple[str, str | None, str, str | None, bool, str]  # root, source, code prefix, target, negated, modality


def events(result: Extraction) -> list[Row]:
    names = {a.id: a.name for a in result.actors}
    return [(e.root, names.get(e.source or ""), e.code, names.get(e.target or ""), e.negated, e.modality)
            for e in result.events]


def find(result: Extraction, code: str, source: str | None = None, target: str | None = None) -> list[Row]:
    return [e for e in events(result) if e[2].startswith(code)
            and (source is None or e[1] == source) and (target is None or e[3] == target)]


# -- the sentence table ---------------------------------------------------------------------------

def test_sentence_table_pass_rate(run: Callable[[str], Extraction]) -> None:
    rows = load_rows()
    passed = {row.id: row_passes(row, run(row.sentence)) for row in rows}
    for row in rows:
        if not passed[row.id]:
            print(f"FAIL {row.id} {row.code} {row.sources}->{row.targets} neg={row.negated} {row.modality}: "
                  f"{row.sentence}\n    got {describe(run(row.sentence))}")
    rate = sum(passed.values()) / len(rows)
    print(f"sentence table: {sum(passed.values())}/{len(rows)} = {rate:.3f}; by tag {by_tag(rows, passed)}")
    assert rate >= TABLE_FLOOR


# -- mechanisms -----------------------------------------------------------------------------------

@pytest.mark.parametrize(
    ("text", "code", "source", "target"),
    [
        ("Two Ugandan journalists were released by Kenya on Tuesday.", "08", "Kenya", None),
        ("Sanctions were imposed on Syria by the European Union.", "163", "European Union", "Syria"),
        ("Peru was invaded by Ecuador in 1941.", "19", "Ecuador", "Peru"),
        ("Norway was criticized by Sweden over the fishing quotas.", "111", "Sweden", "Norway"),
    ],
)
def test_passive_voice(run: Callable[[str], Extraction], text: str, code: str, source: str,
                       target: str | None) -> None:
    assert find(run(text), code, source, target), events(run(text))


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("Peruvian President Luis Vidal did not meet Bolivian President Ana Soto.", "04"),
        ("Peru's president had no direct contact with Bolivia's president.", "04"),
        ("No talks have been held between Peru and Bolivia since March.", "04"),
        ("Chilean troops would not be deployed to Bolivia, the ministry said.", "15"),
        ("Kenya never released the Ugandan journalists.", "08"),
        ("Uruguay did not condemn Brazil over the border incident.", "11"),
    ],
)
def test_negation(run: Callable[[str], Extraction], text: str, code: str) -> None:
    found = [e for e in events(run(text)) if e[2].startswith(code)]
    assert found and all(e[4] for e in found), events(run(text))


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("Iran refused to release the two French tourists.", "12"),
        ("Greece rejected Turkey's proposal for talks on the Aegean.", "12"),
        ("The Kremlin declined to comment on the reports.", "011"),
    ],
)
def test_refusals_have_their_own_codes(run: Callable[[str], Extraction], text: str, code: str) -> None:
    assert [e for e in events(run(text)) if e[2].startswith(code) and not e[4]], events(run(text))


@pytest.mark.parametrize(
    ("text", "code", "modality"),
    [
        ("Argentina will hold talks with Chile on Friday.", "04", "planned"),
        ("Argentina and Chile agreed to meet next month.", "036", "planned"),
        ("Japan pledged $50 million in aid to Bangladesh.", "033", "planned"),
        ("The European Union could impose sanctions on Belarus, diplomats said.", "163", "hypothetical"),
        ("Greece would have to withdraw its troops from the island, Turkey said.", "10", "asserted"),
        ("Peru said Chile had expelled two Peruvian diplomats.", "16", "reported"),
        ("Chile expelled two Peruvian diplomats on Monday.", "16", "asserted"),
        # an offer told as made (a perfect) is asserted; what it offers is still to come
        ("Turkey had offered to help rebuild two border crossings with Syria.", "03", "asserted"),
        ("Turkey offered to mediate between Azerbaijan and Armenia.", "039", "planned"),
        # talks still to come are not the meeting told before
        ("Peruvian President Ana Torres met Chilean President Luis Soto on Monday. The talks will start in "
         "January in Lima.", "04", "planned"),
    ],
)
def test_modality(run: Callable[[str], Extraction], text: str, code: str, modality: str) -> None:
    assert [e for e in events(run(text)) if e[2].startswith(code) and e[5] == modality], events(run(text))


def test_coordinated_sources_give_one_event_each(run: Callable[[str], Extraction]) -> None:
    result = run("Germany, France and Poland condemned Russia over the attack.")
    assert {e[1] for e in find(result, "111", target="Russia")} == {"Germany", "France", "Poland"}


def test_symmetric_consultation_is_one_event(run: Callable[[str], Extraction]) -> None:
    result = run("Argentine President Luis Vidal and Chilean President Ana Soto spoke by phone on Monday.")
    found = [e for e in events(result) if e[0] == "04"]
    assert len(found) == 1 and {found[0][1], found[0][3]} == {"Luis Vidal", "Ana Soto"}, events(result)


@pytest.mark.parametrize(
    ("text", "code", "source", "target"),
    [
        ("Serbia has demanded Kosovo withdraw its police from the north.", "10", "Serbia", "Kosovo"),
        ("Brazil urged Colombia to reopen the border.", "02", "Brazil", "Colombia"),
        ("Argentina agreed to meet Chile next month.", "036", "Argentina", "Chile"),
        ("Egypt occupies part of the desert and has demanded Sudan cede the rest.", "10", "Egypt", "Sudan"),
    ],
)
def test_control_and_conjoined_verbs(run: Callable[[str], Extraction], text: str, code: str, source: str,
                                     target: str) -> None:
    assert find(run(text), code, source, target), events(run(text))


def test_relative_clause_antecedent_is_the_source(run: Callable[[str], Extraction]) -> None:
    result = run("Ethiopia, which invaded Eritrea in 1998, said it wanted peace.")
    assert find(result, "19", "Ethiopia", "Eritrea"), events(result)


@pytest.mark.parametrize(
    ("text", "code", "source", "target"),
    [
        ("Kenya's invasion of Somalia began in 2011.", "19", "Kenya", "Somalia"),
        ("Ghana held talks with Togo on Monday.", "04", "Ghana", "Togo"),
        ("Peruvian President Luis Vidal's call with Chilean President Ana Soto lasted an hour.", "041", "Luis Vidal", "Ana Soto"),
        ("Indian Prime Minister Arjun Mehta arrived in Dhaka on the first visit by an Indian leader in years.",
         "042", "Arjun Mehta", "Bangladesh"),
    ],
)
def test_event_nouns(run: Callable[[str], Extraction], text: str, code: str, source: str | None,
                     target: str | None) -> None:
    assert find(run(text), code, source, target), events(run(text))


def test_position_carries_what_is_demanded(run: Callable[[str], Extraction]) -> None:
    result = run("Serbia demanded that Kosovo withdraw its police from the north.")
    demand = next(e for e in result.events if e.root == "10")
    assert demand.about is not None and "withdraw its police" in demand.about.text


def test_repeated_event_is_counted_not_repeated(run: Callable[[str], Extraction]) -> None:
    result = run("Chile expelled two Peruvian diplomats on Monday. Peru condemned the move. "
                 "Chile expelled the Peruvian diplomats after a dispute over fishing rights.")
    expulsions = [e for e in result.events if e.root == "16"]
    assert len(expulsions) == 1 and expulsions[0].mentions == 2


def test_no_event_in_plain_facts(run: Callable[[str], Extraction]) -> None:
    assert not run("Prices of rice rose by 4% in March, the statistics office said.").events


# -- one sentence, one expected event (root, source, target by name) -------------------------------

@pytest.mark.parametrize(
    ("text", "root", "source", "target"),
    [
        ("Chile recalled its ambassador from Peru on Monday.", "16", "Chile", None),
        ("Kenya released two Ugandan journalists on Tuesday.", "08", "Kenya", None),
        ("Russia on Tuesday freed Canadian aid worker Ann Price.", "08", "Russia", "Ann Price"),
        ("Egypt condemned Israel over the strike.", "11", "Egypt", "Israel"),
        ("India accused Pakistan of sheltering militants.", "11", "India", "Pakistan"),
        ("Iran rejected the proposal from France.", "12", "Iran", None),
        ("Serbia demanded that Kosovo withdraw its police.", "10", "Serbia", "Kosovo"),
        ("Japan will give $50 million in aid to Bangladesh.", "07", "Japan", "Bangladesh"),
        ("The United States imposed sanctions on Venezuela on Monday.", "16", "United States", "Venezuela"),
        ("Ghana and Togo signed an agreement on trade.", "05", "Ghana", "Togo"),
        ("Argentine President Luis Vidal met Chilean President Ana Soto in Santiago on Monday.", "04",
         "Luis Vidal", "Ana Soto"),
        ("Ethiopia invaded Eritrea.", "19", "Ethiopia", "Eritrea"),
        ("Turkey threatened Greece with sanctions.", "13", "Turkey", "Greece"),
    ],
)
def test_root_source_target(run: Callable[[str], Extraction], text: str, root: str, source: str,
                            target: str | None) -> None:
    hits = [e for e in events(run(text)) if e[0] == root and not e[4] and e[1] == source]
    assert hits and (target is None or any(e[3] == target for e in hits)), events(run(text))


# -- CAMEO senses and readings: (text, code prefix, source, target), names as the actors stage gives them --

@pytest.mark.parametrize(
    ("text", "code", "source", "target"),
    [
        # crowds protest in the street (14x); only a state's own protest is an official complaint (114)
        ("Thousands of Chileans marched in Santiago to demand pension reform.", "141", "Thousands of Chileans", "Chile"),
        ("Tunisian dockworkers staged a strike on Monday.", "143", "Tunisian dockworkers", "Tunisia"),
        ("Bolivia protested to Chile over the detention of its soldiers.", "114", "Bolivia", "Chile"),
        ("Angry farmers blocked roads across Spain on Tuesday.", "144", "Angry farmers", "Spain"),
        ("Nurses in Manchester will strike next week over pay.", "143", "Nurses", "United Kingdom"),
        ("Bangladeshi workers stopped work to protest against unpaid wages.", "143", "Bangladeshi workers", None),
        # irregular armed groups use unconventional force, whatever country word names them
        ("Several Armenian gunmen attacked a border post in Georgia.", "180", "Several Armenian gunmen", "Georgia"),
        ("Moroccan forces engaged Algerian troops in a firefight near the border.", "193", "Moroccan forces",
         "Algerian troops"),
        ("Laos released the mayor of a border town on Friday.", "0841", "Laos", None),
        ("Kazakhstan and Uzbekistan upgraded their ties to a strategic partnership.", "050", "Kazakhstan",
         "Uzbekistan"),
        ("The Philippines shared evidence with Japan about the cyber attack.", "064", "Philippines", "Japan"),
        ("Jordan's king expressed sorrow to Egypt for the victims of the train crash.", "018", "Jordan", "Egypt"),
        ("Canada scrapped its sanctions on Sudan.", "085", "Canada", "Sudan"),
        ("Guatemala lifted the state of emergency in three provinces.", "0814", "Guatemala", None),
        ("Qatar launched a mediation effort between Rwanda and Congo.", "045", "Qatar", "Rwanda"),
        ("Chad forced the UN refugee agency out of the country.", "174", "Chad", "UN refugee agency"),  # the agency itself, a body of the UN
        ("Serbia put its army on high alert.", "152", "Serbia", None),
        ("Austria is supplying generators and other humanitarian aid to Moldova.", "073", "Austria", "Moldova"),
        ("Kenya denied entry to three Ugandan opposition politicians.", "120", "Kenya", "Uganda"),
        ("Mali suspended broadcasts of France 24.", "1721", "Mali", None),
        ("Indonesia evacuated 300 of its citizens from Sudan.", "073", "Indonesia", None),
        ("The Ivorian army reduced its aid to refugee camps in Liberia.", "162", "Ivorian army", "Liberia"),
        ("Azerbaijan's president received the Iranian foreign minister in Baku.", "043", "Azerbaijan", "Iran"),
        ("Norway recognised the state of Palestine.", "054", "Norway", "Palestine"),
        ("Iran vowed to avenge the killing of its general.", "13", "Iran", None),
        ("Russia and Ukraine swapped 200 prisoners of war on Friday.", "0841", "Russia", "Ukraine"),
        ("Thailand's court dissolved the main opposition party.", "1722", "Thailand's court", None),
        ("Protesters in Dhaka clashed with police.", "145", "Protesters", "police"),
        ("The ILO repeated its demand that Israel ease restrictions on Palestinian workers.", "10",
         "International Labour Organization", "Israel"),
        ("Israel is opposed to French mediation in the talks with Syria.", "111", "Israel", "France"),
        ("Mexico said the US must be ready to negotiate with Cuba.", "10", "Mexico", "United States"),
        ("Peru, Chile and Bolivia signed a trade pact on Monday.", "057", "Peru", "Bolivia"),
        ("Syrian troops clashed with Kurdish protesters in Qamishli.", "175", "Syrian troops", "Kurdish protesters"),
        ("Ukraine received security guarantees from Britain.", "030", "United Kingdom", "Ukraine"),
        ("Serb forces were engaged in ethnic cleansing in Kosovo.", "203", "Serb forces", "Kosovo"),
        ("U.S. border patrol agents abused Mexican immigrants.", "182", "United States", "Mexico"),
        # a coercive act its doer holds over another on a condition is a threat
        ("Mali's junta said it would expel the French ambassador unless Paris apologised.", "13", "Mali", "France"),
        ("Iran and Saudi Arabia resumed diplomatic relations after seven years.", "050", "Iran", "Saudi Arabia"),
        ("Thailand and Cambodia called off their talks.", "164", "Thailand", "Cambodia"),
        ("Kenya banned protests in Nairobi.", "172", "Kenya", None),
        ("Students joined the protests in Dhaka.", "141", "Students", "Bangladesh"),
        ("Egypt agreed to talks with Ethiopia.", "036", "Egypt", "Ethiopia"),
        ("Serbia put its army on the highest level of combat readiness.", "152", "Serbia", None),
        ("Hamas vowed not to release the hostages.", "12", "Hamas", None),  # a vow not to is a refusal
        ("Fighting between Armenia and Azerbaijan resumed on Sunday.", "190", "Armenia", "Azerbaijan"),
        ("Two Indian soldiers were killed in a clash with Chinese troops.", "190", "Indian soldiers",
         "Chinese troops"),
        ("Protests erupted across Iran after the death of a young woman in custody.", "141", "Iran", None),
        ("Japan sent a formal protest to China.", "114", "Japan", "China"),
        ("A senior British minister reiterated that Libya must hand over the suspects.", "10", "United Kingdom",
         "Libya"),
        ("Israeli troops remained on alert in the West Bank.", "152", "Israeli troops", None),
        ("A Beirut newspaper violated a ban by the army.", "128", "Lebanon", None),
        # outlooks: an optimistic or pessimistic comment, about what it names (not coded as happening)
        ("Turkey is confident that Sweden will meet its demands.", "013", "Turkey", "Sweden"),
        ("Peru's president said she was pessimistic about the talks with Bolivia.", "012", "Peru", None),
        ("Ethiopia withdrew from the peace agreement with Eritrea.", "161", "Ethiopia", "Eritrea"),
        ("Mali withdrew from the talks with the rebels.", "164", "Mali", "rebels"),
        ("Israel withdrew from Gaza in 2005.", "087", "Israel", "Palestine"),
        ("China vowed to take back Taiwan by force if necessary.", "138", "China", "Taiwan"),
        ("Egypt received a delegation of Hamas leaders on Monday.", "043", "Egypt", "Hamas"),
        ("Beijing chided Manila for its provocations.", "111", "China", "Philippines"),
        ("Kenya shunned the summit.", "12", "Kenya", None),
        ("Mali permitted the deployment of UN peacekeepers in the north.", "0861", "Mali", "UN peacekeepers"),
        ("Israel reimposed a blockade on the West Bank.", "191", "Israel", "Palestine"),
        ("Iran vowed revenge on Israel for the killing of its general.", "13", "Iran", "Israel"),
        # exercises and patrols show force (150) unless held jointly (062)
        ("China held military exercises near Taiwan.", "150", "China", "Taiwan"),
        ("Russia and Belarus began joint military exercises near the Polish border.", "062", "Russia", "Belarus"),
        ("Japan extended a $5 billion credit line to Indonesia.", "071", "Japan", "Indonesia"),
        ("Red Cross officials suspended aid deliveries in Baghdad on Wednesday.", "162",
         "International Committee of the Red Cross", "Iraq"),
        ("A Ukrainian drone hit an apartment block in Moscow.", "19", "Ukrainian drone", "Russia"),
        ("Kenya pledged not to attack Somalia.", "030", "Kenya", "Somalia"),  # an assurance, no threat
        ("Liberian riot police dispersed demonstrators protesting election results in Monrovia.", "141",
         "demonstrators", "Liberia"),
        ("Thai spokeswoman Malee Kaew declined to comment on the disputed election in Cambodia.", "011",
         "Malee Kaew", "Cambodia"),
    ],
)
def test_codebook_senses(run: Callable[[str], Extraction], text: str, code: str, source: str,
                         target: str | None) -> None:
    assert find(run(text), code, source, target), events(run(text))


@pytest.mark.parametrize(
    "text",
    [
        "A village in Niger was attacked by Malian militiamen armed with rifles.",  # armed: a state, not arming
        "Peru's foreign ministry issued a press release on Tuesday.",  # a press release frees nobody
        "Washington defended the right of Israeli troops to fire on militants in Gaza.",  # not Washington firing
        "Pope Leo visited Lebanon in March.",  # a month, not a march
        "The ILO repeated its demand that Israel ease restrictions on Palestinian workers.",  # asked, not done
        "Guinea cracked down on opposition protests.",  # the protests are not Guinea's
        "Nigeria's central bank said it would supply dollars to banks to ease the shortage.",  # no aid
        "Germany's chancellor said protests were a normal part of democracy.",  # no protest told
        "Japan is hopeful that China will lift its ban on seafood imports.",  # hoped for, not done
        "Russia suspended its participation in the New START treaty.",  # halts a treaty, signs none
        "Guyana said it would defend its sovereignty with the help of its friends.",  # its own, no support of another
        "Ukrainian President Olena Marchuk signed the new tax bill into law on Monday.",  # a law has no second party
        "Turkey is hopeful about a ceasefire between Israel and Hamas.",  # an outlook on it, no ceasefire told
    ],
)
def test_no_false_event(run: Callable[[str], Extraction], text: str) -> None:
    found = events(run(text))
    assert not [e for e in found if e[2][:2] in ("05", "07", "08", "14", "19") or e[2][:3] == "057"], found


def test_no_plans_negate_and_plan() -> None:
    result = code_events("Japan has no plans to cut aid to Cambodia, its foreign ministry said.", PUBLISHED)
    assert [(e.code, e.negated, e.modality) for e in result.events] == [("162", True, "planned")]


def test_weekday_dates_follow_tense() -> None:
    past = code_events("Ghana and Togo signed an agreement on Monday.", "2026-03-04")
    future = code_events("Argentine President Luis Vidal will meet Chilean President Ana Soto on Friday.",
                         "2026-03-04")
    assert any(e.date == "2026-03-02" for e in past.events)
    assert any(e.date == "2026-03-06" and e.modality == "planned" for e in future.events)


# -- participants the clause leaves implicit or the story told before ----------------------------

@pytest.mark.parametrize(
    ("text", "code", "source", "target"),
    [
        # killings of people no actor stands for: those people, of the country of the place (victims_country)
        ("The Congolese army massacred more than 200 villagers in Ituri province.", "202", "Congolese army",
         "villagers"),
        ("Militants killed 12 villagers in Borno state on Sunday.", "18", "Militants", "villagers"),
        ("Militants attacked a village in Borno state on Sunday.", "18", "Militants", "Nigeria"),
        # a passive expulsion "from" a country is that state's
        ("French journalist Anne Morel was expelled from Russia last week.", "174", "Russia", "Anne Morel"),
        ("Two American diplomats were expelled from Venezuela on Monday.", "161", "Venezuela", "American diplomats"),
        # a meeting in a time phrase is the main clause's subject's
        ("After a meeting with his Syrian counterpart, Iraqi Foreign Minister Omar Haddad said trade would grow.",
         "04", "Omar Haddad", "Syria"),
        ("Kenya recalled its high commissioner to Uganda on Tuesday.", "161", "Kenya", "Uganda"),
        ("India withdrew its high commissioner from Canada.", "161", "India", "Canada"),
        ("Moldova ratified a trade agreement with the European Union on Tuesday.", "057", "Moldova",
         "European Union"),
        # a protest abroad is against the host country
        ("Danish activists staged a protest in Beijing on Wednesday.", "14", "Danish activists", "China"),
        ("Chilean President Marco Ruiz signed a trade deal with Vietnam on Monday.", "057", "Marco Ruiz", "Vietnam"),
        # an attack noun with a "by" agent that killed people: the doer's, on the country of the place
        ("A drone strike by the RSF killed at least 30 people at a market in El Fasher.", "19",
         "Rapid Support Forces", "people"),
        ("An air strike by the Sudanese army killed 12 civilians in Nyala on Tuesday.", "19", "Sudanese army",
         "civilians"),
        # a speech act conjoined to a reported clause in another tense is the speaker's
        ("An Israeli army spokesman, Lt. Col. David Levi, said the soldiers had fired warning shots and denied "
         "that anyone had been targeted.", "016", "David Levi", None),
        ("Russian officials said the troops were on exercises, and denied reports of an attack.", "016",
         "Russian officials", None),
        # an act held over the other side "unless" it complies is a threat, not an offer
        ("The rebels will pull out of the peace deal unless the government releases their leaders.", "13",
         "rebels", None),
        # "both sides": the two sides of the last fight or dispute, not whoever acted last
        ("The Sudanese army and the RSF have fought for two years. Egypt condemned an RSF attack on a hospital "
         "in Omdurman on Monday. UN chief Maria Lopes called on both sides to protect civilians.", "02",
         "Maria Lopes", "Sudanese army"),
        ("Ghana and Ivory Coast have traded accusations over the border. Ghanaian police arrested opposition "
         "leader Kofi Boateng on Friday. The African Union urged both countries to resolve the dispute through "
         "talks.", "02", "African Union", "Ivory Coast"),
    ],
)
def test_implicit_participants(run: Callable[[str], Extraction], text: str, code: str, source: str,
                               target: str | None) -> None:
    assert find(run(text), code, source, target), events(run(text))


def test_no_country_acts_on_itself(run: Callable[[str], Extraction]) -> None:
    """A crowd no actor stands for protests (against its country's government); the country does not."""
    result = run("Thousands of people protested in Minsk against the election result.")
    found = events(result)
    assert find(result, "14", "Thousands of people", "Belarus")
    assert not [e for e in found if e[1] == e[3]], found


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("Germany's foreign ministry criticised Iran on Monday. Iranian President Ali Rezaei accused Western "
         "governments of funding the protests.", "112"),
        ("US Senator John Reed criticised Brazil's president Marco Silva. Silva said he would veto the bill.", "129"),
    ],
)
def test_named_object_borrows_no_target(run: Callable[[str], Extraction], text: str, code: str) -> None:
    """A reaction whose object no actor stands for does not answer whoever acted before."""
    hits = find(run(text), code)
    assert hits and all(e[3] is None for e in hits), events(run(text))


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("Canada pledged $40 million in aid to Peru on Friday. Peruvian lawmaker Ines Cardozo demanded a full audit of "
         "the health ministry.", "10"),
        ("Spain's foreign ministry said it supported the government of Ecuador. Ecuadorean union leader Pablo Mera "
         "condemned the new labour law.", "11"),
    ],
)
def test_reaction_does_not_answer_support_to_its_side(run: Callable[[str], Extraction], text: str, code: str) -> None:
    """Support or aid a foreign state gives one's country is no act a demand or a protest answers."""
    hits = find(run(text), code)
    assert hits and all(e[3] is None for e in hits), events(run(text))


@pytest.mark.parametrize(
    "text",
    [
        "Ghana expelled two Togolese diplomats on Monday and summoned Togo's ambassador, accusing Togo of harbouring "
        "rebels.",
        "Chile summoned Peru's ambassador on Friday and accused Lima of spying on its navy.",
    ],
)
def test_two_acts_of_one_root_in_one_sentence(run: Callable[[str], Extraction], text: str) -> None:
    """Summoning an envoy (114) and accusing the state (112) in one sentence are two events, one date."""
    result = run(text)
    summoned, accused = find(result, "114"), find(result, "112")
    assert summoned and accused, events(result)
    dates = {e.date for e in result.events if e.root == "11"}
    assert len(dates) == 1 and None not in dates, dates


@pytest.mark.parametrize(
    ("text", "modality"),
    [
        ("Chilean President Ana Soto will travel to Lima on Monday to meet Peruvian President Luis Rojas.", "planned"),
        ("Chilean President Ana Soto travelled to Lima on Monday to meet Peruvian President Luis Rojas.", "asserted"),
    ],
)
def test_the_purpose_of_a_future_trip_is_planned(run: Callable[[str], Extraction], text: str, modality: str) -> None:
    hits = find(run(text), "04", "Ana Soto", "Luis Rojas")
    assert hits and all(e[5] == modality for e in hits), events(run(text))


def test_reaction_to_an_act_still_answers_its_doer(run: Callable[[str], Extraction]) -> None:
    result = run("Washington imposed sanctions on Iran on Monday. Tehran condemned the measures.")
    assert find(result, "11", "Iran", "United States"), events(result)


@pytest.mark.parametrize(
    ("text", "code", "source", "target"),
    [
        # attackers no actor stands for are an unidentified armed group of the country they strike in
        ("Gunmen abducted 14 passengers from a bus near Katsina.", "18", "Gunmen", "passengers"),
        ("Masked attackers shot dead a journalist in the Honduran city of San Pedro Sula.", "18", "Masked attackers",
         "Honduras"),
        # unless someone claims the attack
        ("Gunmen killed six Pakistani police officers in Quetta on Sunday. The Baloch Liberation Army claimed "
         "responsibility for the attack.", "18", "Baloch Liberation Army", "Pakistani police officers"),
    ],
)
def test_unnamed_assailants(run: Callable[[str], Extraction], text: str, code: str, source: str,
                            target: str | None) -> None:
    assert find(run(text), code, source, target), events(run(text))
    assert not find(run(text), "1", "Gunmen", "Pakistan")


@pytest.mark.parametrize(
    ("text", "target", "country"),
    [
        ("The Congolese army massacred more than 200 villagers in Ituri province.", "villagers", "COD"),
        ("A drone strike by the RSF killed at least 30 people at a market in El Fasher.", "people", "SDN"),
        ("Gunmen abducted 14 passengers from a bus near Katsina.", "passengers", "NGA"),
        ("Egyptian police arrested 40 students in Alexandria on Monday.", "students", "EGY"),
    ],
)
def test_victims_country(run: Callable[[str], Extraction], text: str, target: str, country: str) -> None:
    """People hit whom no actor stands for are a group of the country where they were hit."""
    result = run(text)
    actors = {a.id: a for a in result.actors}
    hit = [actors[e.target] for e in result.events if e.target in actors and actors[e.target].name == target]
    assert hit and all(a.country == country and a.kind == "group" for a in hit), events(result)


@pytest.mark.parametrize(
    ("text", "country"),
    [
        ("Three Nepali soldiers were killed by a roadside bomb in Ghazni province.", "AFG"),
        ("A car bomb explosion killed two Iraqi officials in Kirkuk on Monday.", "IRQ"),
        ("Nine Syrian civilians were killed in shelling near the town of Azaz.", "SYR"),
    ],
)
def test_killings_with_no_doer_named(run: Callable[[str], Extraction], text: str, country: str) -> None:
    """A killing told by its means or its victims alone is an unidentified armed group's, of the
    country where it happened."""
    result = run(text)
    actors = {a.id: a for a in result.actors}
    doers = [actors[e.source] for e in result.events if e.root == "18" and e.source in actors]
    assert doers and all(a.sector == "UAF" and a.country == country for a in doers), events(result)


@pytest.mark.parametrize(
    "text",
    [
        "Two Nepali climbers were killed in an avalanche near Pokhara.",
        "A gas explosion at a restaurant in Nairobi killed four people.",
        "A protester said she had been hit by a rubber bullet in Tbilisi.",
    ],
)
def test_deaths_that_name_no_attack(run: Callable[[str], Extraction], text: str) -> None:
    assert not [e for e in run(text).events if e.root in ("18", "19", "20")], events(run(text))


@pytest.mark.parametrize(
    ("text", "source", "country"),
    [
        ("Supporters of jailed opposition leader Tendai Moyo blocked roads in Bulawayo on Monday.", "Supporters",
         "ZWE"),
        ("Opponents of Bolivia's interior minister marched through La Paz on Tuesday.", "Opponents", "BOL"),
    ],
)
def test_followers_act_for_themselves(run: Callable[[str], Extraction], text: str, source: str,
                                      country: str) -> None:
    """"Supporters of X" are a crowd of X's country (or of where they act), never X."""
    result = run(text)
    actors = {a.id: a for a in result.actors}
    doers = [actors[e.source] for e in result.events if e.source in actors]
    assert doers and all(a.name == source and a.country == country for a in doers), events(result)


def test_pronoun_for_a_group_is_not_also_its_country(run: Callable[[str], Extraction]) -> None:
    text = "Ivory Coast rebels turned down a Ghanaian mediation offer and said they opposed any new talks."
    assert [e[1] for e in events(run(text))] == ["Ivory Coast rebels", "Ivory Coast rebels"], events(run(text))


def test_force_used_to_disperse_is_one_act_on_the_crowd(run: Callable[[str], Extraction]) -> None:
    """"fired tear gas to disperse X": one act of repression, on X (not one with no target beside it)."""
    text = "Kenyan police fired tear gas to disperse supporters of opposition leader Amos Wekesa in Kisumu."
    assert [(e[2], e[3]) for e in events(run(text))] == [("175", "supporters")], events(run(text))


def test_place_named_in_a_story_prefers_its_countries(run: Callable[[str], Extraction]) -> None:
    """"Greenville" in a story about Liberia is Liberia's, not the larger American city."""
    text = "Liberian rebels said Liberian troops had shelled the port of Greenville."
    assert find(run(text), "19", target="Liberia"), events(run(text))


@pytest.mark.parametrize(
    ("text", "name", "country"),
    [
        ("Rebels ambushed a police convoy in northern Mali.", "police", "MLI"),
        ("Rebels ambushed a police convoy in northern Mali.", "Rebels", "MLI"),
        ("Soldiers opened fire on protesters in Yangon.", "Soldiers", "MMR"),
        ("Al-Qaeda militants attacked a base in Yemen.", "al Qaeda", None),  # a name: it keeps its own
    ],
)
def test_common_noun_groups_are_of_where_they_act(run: Callable[[str], Extraction], text: str, name: str,
                                                  country: str | None) -> None:
    actor = next((a for a in run(text).actors if a.name == name), None)
    assert actor is not None and actor.country == country, [(a.name, a.country) for a in run(text).actors]


@pytest.mark.parametrize(
    "text",
    [
        "Clashes between the army and rebels killed 30 people in Darfur.",
        "Thirty people were killed in clashes between the army and rebels in Darfur.",
    ],
)
def test_named_sides_are_no_unidentified_attackers(run: Callable[[str], Extraction], text: str) -> None:
    assert not [a for a in run(text).actors if a.sector == "UAF"], [(a.name, a.sector) for a in run(text).actors]


@pytest.mark.parametrize(
    ("text", "code", "target"),
    [
        ("Slovak police arrested five ethnic Hungarians near the border on Tuesday.", "17", "ethnic Hungarians"),
        ("Israeli troops killed 12 Palestinians in Jenin.", "19", "Palestinians"),
        # the people a place is for are those struck there
        ("Ethiopian troops attacked a camp for displaced people in Tigray on Sunday.", "19", "displaced people"),
        ("Malian soldiers attacked a camp for refugees near Gao.", "19", "refugees"),
    ],
)
def test_counted_people_are_a_group_not_their_country(run: Callable[[str], Extraction], text: str, code: str,
                                                       target: str) -> None:
    assert find(run(text), code, target=target), events(run(text))


def test_attack_noun_told_by_its_relative_clause(run: Callable[[str], Extraction]) -> None:
    """"an ambush that killed three soldiers near Kidal on Sunday": an attack by unnamed attackers, dated
    by its own clause."""
    result = run("Mali closed its border with Niger after an ambush that killed three soldiers near Kidal on Sunday.")
    names = {a.id: a.name for a in result.actors}
    attacks = [e for e in result.events if e.root in ("18", "19") and names.get(e.source or "") == "unidentified attackers"]
    assert attacks and attacks[0].date == "2026-03-01", events(result)


def test_bare_police_acting_abroad_are_that_countrys(run: Callable[[str], Extraction]) -> None:
    """One "police" actor for the whole story; in a place of another country it is that country's."""
    result = run("Police in Maputo detained two officials on Monday. In neighbouring Tanzania, police arrested "
                 "five Mozambican nationals near the border.")
    countries = {a.id: a.country for a in result.actors}
    arrests = [e for e in result.events if e.code.startswith("17")]
    assert [countries[e.source or ""] for e in arrests] == ["MOZ", "TZA"]
