"""A rules table for the actors stage: short wire passages and what a careful annotator says about them.

Every passage here is invented for this table (people, quotes, events); countries, capitals,
seats of power and organisations are real. Each case names the actors the passage must yield
(name, kind, country, a role substring, surface forms that must be mentions of that one actor)
and the strings that must never be (part of) an actor mention: reporters in bylines, credit
blocks and captions, outlets, places used as places, crossheads, words NER takes for people.

The cases follow the numbered rules of issue 2 ("Actors: what must come out right"). Cases the
stage gets wrong today are marked `xfail(strict=True)`: fixing one turns its xfail into a
failure, so the mark must then be removed.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

import pytest

from wirecoder import Extraction, extract
from wirecoder.extract import ExtractOptions, load_pipeline
from wirecoder.model import Actor, Mention

ANY = "*"  # any country (or none): the passage does not say
PUBLISHED = "2025-06-10"


@dataclass(frozen=True)
class Want:
    """One actor the passage must yield."""

    name: str  # persons: the fullest form the passage gives; others: the name or any alias
    kind: str = "person"
    country: str | None = ANY
    role: str | None = None  # a substring of one of the actor's roles (case-insensitive)
    forms: tuple[str, ...] = ()  # surface forms (whole words), one occurrence of each a mention of this actor
    not_role: str | None = None  # no role of the actor may contain this (case-insensitive)


@dataclass(frozen=True)
class Case:
    text: str
    want: tuple[Want, ...] = ()
    never: tuple[str, ...] = ()  # no actor mention may touch any occurrence of these (whole words)


def row(text: str, *want: Want, never: tuple[str, ...] = (), xfail: str | None = None, id: str) -> object:
    marks = [pytest.mark.xfail(strict=True, reason=xfail)] if xfail else []
    return pytest.param(Case(text, want, never), id=id, marks=marks)


def person(name: str, country: str | None = ANY, role: str | None = None, *forms: str, kind: str = "person",
           not_role: str | None = None) -> Want:
    return Want(name, kind, country, role, tuple(forms), not_role)


def nation(name: str, alpha3: str, *forms: str) -> Want:
    """A country acting (by its name or through its capital)."""
    return Want(name, "country", alpha3, None, tuple(forms))


def org(name: str, country: str | None = ANY, *forms: str, kind: str = "organization") -> Want:
    return Want(name, kind, country, None, tuple(forms))


CASES = [
    # ---- 1. Credits are not actors: bylines, datelines, credit blocks, captions, agency tags ----
    row("By Ines Marlowe and Dario Quentin\n"
      "NAIROBI (Reuters) - Kenyan Interior Minister Joseph Kamau said on Tuesday that police would stay "
      "in the north until the election.\n"
      "(Reporting by Ines Marlowe; additional reporting by Petra Lund in Kampala; Writing by Dario Quentin; "
      "Editing by Hugh Carver)\n",
      person("Joseph Kamau", "KEN", "Interior Minister"),
      never=("Ines Marlowe", "Dario Quentin", "Petra Lund", "Hugh Carver", "Reuters", "NAIROBI", "Kampala",
             "Writing", "Editing"),
      id="credits-reuters-byline-and-block"),
    row("By SOFIA MERCADO Associated Press\n"
      "BOGOTA, Colombia (AP) — Colombian Defense Minister Camilo Restrepo said Thursday that troops had "
      "destroyed three cocaine labs near the border.\n"
      "Associated Press writer Luis Ortega in Caracas, Venezuela, contributed to this report.\n",
      person("Camilo Restrepo", "COL", "Defense Minister"),
      never=("SOFIA MERCADO", "Luis Ortega", "Associated Press", "AP", "BOGOTA", "Caracas"),
      id="credits-ap-byline-and-contributor"),
    row("Abidjan (AFP) - Ivorian opposition leader Mariam Kone was arrested at her home on Friday, her lawyer "
      "told AFP.\n"
      "Kone had called for protests against the electoral roll.\n"
      "kb-jm/rlp\n",
      person("Mariam Kone", "CIV", "opposition leader", "Kone"),
      never=("Abidjan", "AFP"),
      id="credits-afp-dateline-and-slug"),
    row("By Rahul Menon, Staff Reporter\n"
      "NEW DELHI: External Affairs Minister Kavita Rao on Monday asked Nepal to reopen two border crossings "
      "closed since the floods.\n",
      person("Kavita Rao", "IND", "External Affairs Minister"),
      nation("Nepal", "NPL"),
      never=("Rahul Menon", "Staff Reporter", "NEW DELHI"),
      id="credits-indian-paper-byline-colon-dateline"),
    row("Helena Brandt in Berlin and Tom Ashby in Warsaw\n"
      "Polish President Marek Zielinski has vetoed a media bill passed by parliament last month, his office "
      "said on Wednesday.\n",
      person("Marek Zielinski", "POL", "President"),
      never=("Helena Brandt", "Tom Ashby", "Berlin"),
      id="credits-guardian-bare-byline"),
    row("FILE PHOTO: Chilean Finance Minister Rosa Villalobos speaks during a news conference in Santiago, "
      "Chile, March 3, 2025. REUTERS/Pablo Sanhueza/File Photo\n"
      "SANTIAGO (Reuters) - Chile's finance minister, Rosa Villalobos, said on Monday that copper revenue "
      "would rise this year.\n",
      person("Rosa Villalobos", "CHL", "finance minister"),
      never=("Pablo Sanhueza", "REUTERS", "SANTIAGO"),
      id="credits-reuters-file-photo-caption"),
    row("Protesters gather outside parliament in Tbilisi on May 1. (Photo by Ana Lomidze/AFP via Getty Images)\n"
      "TBILISI (AFP) - Georgian police detained dozens of protesters overnight, the interior ministry said on "
      "Thursday.\n",
      org("Georgian police", "GEO", "Georgian police", kind="group"),
      never=("Ana Lomidze", "Getty Images", "AFP"),
      id="credits-getty-caption"),
    row("ACCRA (Reuters) - Ghanaian President Yaw Boakye said on Wednesday that the cedi would stabilise "
      "before the end of the year.\n"
      "Photo: Ama Ofori/Reuters\n"
      "Boakye spoke after meeting central bank officials.\n",
      person("Yaw Boakye", "GHA", "President", "Boakye"),
      never=("Ama Ofori",),
      id="credits-photo-colon-caption"),
    row("By Lars Eklund\n"
      "(Bloomberg) -- Sweden's central bank governor, Eva Lindqvist, said on Tuesday that rates would stay "
      "on hold until the autumn.\n"
      "--With assistance from Mia Holm.\n",
      person("Eva Lindqvist", "SWE", "central bank governor"),
      never=("Lars Eklund", "Mia Holm", "Bloomberg"),
      id="credits-bloomberg-assistance-line"),
    row("Lebanon's caretaker prime minister, Nabil Karam, said on Sunday that the army would deploy along "
      "the southern border within days.\n"
      "Omar Haddad contributed reporting from Beirut.\n",
      person("Nabil Karam", "LBN", "prime minister"),
      never=("Omar Haddad", "Beirut"),
      id="credits-nyt-contributed-reporting"),
    row("BEIJING, June 9 (Xinhua) -- Chinese Foreign Minister Zhao Ming on Monday called on all parties to "
      "exercise restraint in the Red Sea.\n",
      person("Zhao Ming", "CHN", "Foreign Minister"),
      never=("BEIJING", "Xinhua"),
      id="credits-xinhua-dated-dateline"),
    row("KAMPALA, Uganda — Ugandan security forces arrested opposition lawmaker Daniel Ssemakula on Saturday, "
      "his party said.\n"
      "By Grace Namutebi, The Daily Monitor\n",
      person("Daniel Ssemakula", "UGA", "lawmaker"),
      never=("Grace Namutebi", "Daily Monitor", "KAMPALA"),
      id="credits-byline-at-the-foot"),
    row("ANKARA (Reuters) - Turkey's central bank left its main rate unchanged on Thursday, and Finance "
      "Minister Cem Yalcin said inflation would fall.\n"
      "(Reporting by Kemal Sayin in Ankara and Ayse Tan in Istanbul; Editing by Gareth Pryor and Nia Lowe)\n",
      person("Cem Yalcin", "TUR", "Finance Minister"),
      never=("Kemal Sayin", "Ayse Tan", "Gareth Pryor", "Nia Lowe", "Istanbul", "ANKARA"),
      id="credits-reuters-block-several-names"),
    row("GENEVA (AP) — Swiss President Beat Zumstein said Monday his country would host the next round of "
      "talks.\n"
      "___\n"
      "Associated Press writers Jon Pike in Bern and Ana Ruiz in Madrid contributed.\n",
      person("Beat Zumstein", "CHE", "President"),
      never=("Jon Pike", "Ana Ruiz", "Madrid", "GENEVA"),
      id="credits-ap-writers-contributed"),
    row("Polish soldiers patrol the border near Kuznica. Credit: EPA-EFE/Jakub Nowak\n"
      "WARSAW (Reuters) - Poland will extend the buffer zone on its border with Belarus, Interior Minister "
      "Adam Wrona said on Tuesday.\n",
      person("Adam Wrona", "POL", "Interior Minister"),
      never=("Jakub Nowak", "EPA", "WARSAW"),
      id="credits-epa-credit-caption"),
    row("Berlin (dpa) - German Economy Minister Jonas Keller said on Monday that the gas storage sites were "
      "full.\n",
      person("Jonas Keller", "DEU", "Economy Minister"),
      never=("Berlin", "dpa"),
      id="credits-dpa-dateline"),
    row("TOKYO (Kyodo) -- Japanese Prime Minister Haruki Ishida will visit the Philippines next week, the "
      "government said Friday.\n",
      person("Haruki Ishida", "JPN", "Prime Minister"),
      never=("TOKYO", "Kyodo"),
      id="credits-kyodo-dateline"),
    row("By Anil Deshpande, Staff Reporter\n"
      "MUMBAI: Opposition leader Suresh Patil was detained on Sunday ahead of a rally against the new port, "
      "his party said.\n",
      person("Suresh Patil", "IND", "Opposition leader"),
      never=("Anil Deshpande", "Staff Reporter", "MUMBAI"),
      id="credits-colon-dateline-big-city"),
    row("ISLAMABAD, June 9 (APP): Finance Minister Tariq Mahmood on Monday told the Senate that the deficit "
      "would narrow next year.\n",
      person("Tariq Mahmood", "PAK", "Finance Minister"),
      never=("ISLAMABAD", "APP"),
      id="credits-colon-dateline-dated-with-agency"),
    row("MOMBASA, Kenya — Dockworkers walked off the job on Tuesday, and union leader Hassan Omondi said the "
      "strike would last until wages were paid.\n"
      "Associated Press writer Ruth Achieng in Nairobi contributed.\n",
      person("Hassan Omondi", "KEN", "union leader"),
      never=("MOMBASA", "Ruth Achieng", "Nairobi"),
      id="credits-city-country-dateline-and-bare-contributed"),
    row("VALENCIA, Spain (AP) — Regional leader Carmen Soler said Friday that the flood barriers would be "
      "rebuilt by spring.\n",
      person("Carmen Soler", "ESP", "Regional leader"),
      never=("VALENCIA",),
      id="credits-dateline-city-with-namesake-abroad"),
    row("KARACHI (Reuters) - Opposition lawmaker Farhan Qureshi was arrested on Thursday outside the "
      "provincial assembly, police said.\n"
      "Reporting by Asma Baig; Writing by Tom Hale; Editing by Rhys Kerr\n",
      person("Farhan Qureshi", "PAK", "lawmaker"),
      never=("KARACHI", "Asma Baig", "Tom Hale", "Rhys Kerr"),
      id="credits-reuters-unbracketed-credit-line"),
    row("By Lars Eklund\n"
      "(Bloomberg) -- Norway's finance minister, Ola Brekke, said on Thursday that the wealth fund would "
      "sell its holdings in two mining companies.\n"
      "--With assistance from Ana Silva and Kurt Becker.\n"
      "To contact the reporter on this story:\n"
      "Lars Eklund in Oslo at leklund1@bloomberg.net\n"
      "To contact the editors responsible for this story:\n"
      "Jonas Weber at jweber3@bloomberg.net\n",
      person("Ola Brekke", "NOR", "finance minister"),
      never=("Lars Eklund", "Ana Silva", "Kurt Becker", "Jonas Weber", "Bloomberg"),
      id="credits-bloomberg-assistance-and-contacts"),
    row("Rescue workers search the rubble of a school in Antakya on March 4. AP Photo/Emre Dogan\n"
      "ANKARA, Turkey (AP) — Turkish Interior Minister Selim Aslan said Wednesday that 40 people had been "
      "detained over the collapse of the school.\n",
      person("Selim Aslan", "TUR", "Interior Minister"),
      never=("Emre Dogan", "AP Photo", "ANKARA"),
      id="credits-ap-photo-caption"),
    row("Nigerian President Musa Danjuma addresses supporters in Abuja on May 2, 2025. REUTERS/Ifeoma Nwosu\n"
      "ABUJA (Reuters) - Nigerian President Musa Danjuma on Friday named a new central bank governor.\n",
      person("Musa Danjuma", "NGA", "President"),
      never=("Ifeoma Nwosu", "REUTERS"),
      id="credits-reuters-caption-without-file-photo"),
    row("Firefighters battle a blaze at a fuel depot outside Beirut. Karim Haddad/AFP via Getty Images\n"
      "Lebanese Energy Minister Walid Saab said on Sunday that fuel supplies would not be affected.\n",
      person("Walid Saab", "LBN", "Energy Minister"),
      never=("Karim Haddad", "Getty Images", "AFP"),
      id="credits-name-slash-agency-caption"),
    row("GENEVA (Reuters) - Talks between the two rival governments resumed on Monday, mediator Lena Vogt told "
      "reporters.\n",
      person("Lena Vogt", None),
      never=("GENEVA",),
      id="credits-venue-dateline-gives-no-country"),
    row("NEW YORK — Shares of the carmaker fell 8% on Tuesday after chief executive Dana Whitlock said "
      "deliveries would slip.\n",
      person("Dana Whitlock", "USA", "chief executive"),
      never=("NEW YORK",),
      id="credits-dateline-city-by-its-common-name"),
    row("MOSCOW, June 9. /TASS/. Deputy Foreign Minister Yuri Semyonov said on Monday that Moscow was ready "
      "to host a new round of consultations.\n",
      person("Yuri Semyonov", "RUS", "Deputy Foreign Minister"),
      never=("MOSCOW", "TASS"),
      id="credits-tass-dateline"),
    row("CHENNAI, June 9 (PTI) Opposition leader Karthik Raman on Monday demanded a judicial inquiry into the "
      "factory fire.\n",
      person("Karthik Raman", "IND", "Opposition leader"),
      never=("CHENNAI", "PTI"),
      id="credits-pti-dateline-without-dash"),
    row("Harare, Zimbabwe — Opposition leader Tendai Moyo was released on bail on Friday, his lawyer said.\n"
      "Farai Dube reported from Harare. Ruth Achieng contributed reporting from Nairobi, Kenya.\n",
      person("Tendai Moyo", "ZWE", "Opposition leader"),
      never=("Harare", "Farai Dube", "Ruth Achieng", "Nairobi"),
      id="credits-title-case-dateline-and-reported-from"),
    row("Workers inspect a high-speed train in Wuhan on June 2. (Xinhua/Zhou Lan)\n"
      "BEIJING, June 9 (Xinhua) -- Chinese Premier Wang Jun on Monday called for faster investment in rail.\n",
      person("Wang Jun", "CHN", "Premier"),
      never=("Zhou Lan", "Xinhua", "BEIJING"),
      id="credits-xinhua-caption"),
    row("CAMBRIDGE, Mass. (AP) — University president Helen Marsh said Tuesday that the school would sue over "
      "the frozen research grants.\n",
      person("Helen Marsh", "USA", "president"),
      never=("CAMBRIDGE",),
      id="credits-us-dateline-state-abbreviation"),
    row("Reuters in Kyiv\n"
      "Ukraine's foreign minister, Oksana Lytvyn, said on Friday that prisoner exchanges would resume next week.\n",
      person("Oksana Lytvyn", "UKR", "foreign minister"),
      never=("Reuters", "Kyiv"),
      id="credits-agency-in-city-byline"),
    row("Helena Brandt in Berlin and agencies\n"
      "German Finance Minister Lukas Brenner said on Monday that the debt brake would stay.\n",
      person("Lukas Brenner", "DEU", "Finance Minister"),
      never=("Helena Brandt", "Berlin", "agencies"),
      id="credits-reporter-and-agencies-byline"),

    # ---- 2. Entity types fixed by the document ----
    row("Argentine Economy Minister Tomas Ferreyra unveiled the budget on Monday. Ferreyra told lawmakers the "
      "deficit would shrink, and Ferreyra's deputy later briefed reporters.",
      person("Tomas Ferreyra", "ARG", "Economy Minister", "Ferreyra", "Ferreyra's"),
      id="types-surname-after-full-name"),
    row("Secretary of State Wendell Marsh spoke by phone with Foreign Minister Ilse Vandenberg of the "
      "Netherlands on Thursday.",
      person("Wendell Marsh", "USA", "Secretary of State"),
      person("Ilse Vandenberg", "NLD", "Foreign Minister"),
      id="types-title-governed-and-of-country"),
    row("Nigeria's army chief, Lt. Gen. Musa Abdullahi, said on Friday that troops had retaken the town "
      "from insurgents.",
      person("Musa Abdullahi", "NGA", "army chief"),
      id="types-rank-before-name-in-apposition"),
    row("LAGOS (Reuters) - Opposition leader Chidi Okonkwo rejected the results of the governorship vote on "
      "Sunday. Mr Okonkwo said his party would challenge them in court.",
      person("Chidi Okonkwo", "NGA", "Opposition leader", "Okonkwo"),
      id="types-mr-surname"),
    row("President Halima Yusuf of Tanzania arrived in Nairobi on Tuesday for talks with Kenyan President "
      "Peter Mwangi.",
      person("Halima Yusuf", "TZA", "President"),
      person("Peter Mwangi", "KEN", "President"),
      never=("Nairobi",),
      id="types-president-x-of-country"),
    row("The African Union suspended Gabon's membership on Thursday, citing the coup.",
      org("African Union", None),
      nation("Gabon", "GAB"),
      id="types-igo-and-country"),
    row("ADDIS ABABA/NAIROBI (Reuters) - Ethiopia and Kenya agreed on Monday to reopen their shared border "
      "to trade.\n",
      nation("Ethiopia", "ETH"),
      nation("Kenya", "KEN"),
      never=("ADDIS ABABA", "NAIROBI", "Reuters"),
      id="types-all-caps-dateline-two-cities"),
    row("Western diplomats said on Tuesday that the talks in Vienna had stalled.\n"
      "SANCTIONS RELIEF\n"
      "Iran wants relief from oil sanctions before it curbs enrichment, the diplomats said.\n",
      nation("Iran", "IRN"),
      never=("Western", "SANCTIONS RELIEF", "SANCTIONS", "Vienna"),
      id="types-western-and-crosshead"),
    row("KINSHASA (Reuters) - Congo's government accused Rwanda on Saturday of backing the rebels.\n"
      "ROADS CUT OFF\n"
      "Fighting has cut the main road north of Goma, residents said.\n",
      nation("Rwanda", "RWA"),
      never=("ROADS CUT OFF", "Goma", "KINSHASA"),
      id="types-crosshead-and-town"),
    row("Brazil's foreign minister, Paulo Tavares, will travel to Beijing next week, the ministry said. "
      "Tavares is expected to meet Chinese Vice Premier Liu Zhen.",
      person("Paulo Tavares", "BRA", "foreign minister", "Tavares"),
      person("Liu Zhen", "CHN", "Vice Premier"),
      never=("Beijing",),
      id="types-capital-as-destination"),
    row("Brazilian Foreign Minister Carlos Lima arrived in Buenos Aires on Monday. Lima said the trade "
      "dispute could be settled within weeks.",
      person("Carlos Lima", "BRA", "Foreign Minister", "Lima"),
      never=("Buenos Aires",),
      id="types-surname-that-is-a-capital"),
    row("Mozambican Health Minister Victoria Santos said on Wednesday that cholera cases were falling. Santos "
      "thanked aid groups for their help.",
      person("Victoria Santos", "MOZ", "Health Minister", "Santos"),
      id="types-first-name-that-is-a-capital"),
    row("Greek Energy Minister Paris Dimitriou signed the cable deal in Nicosia on Thursday. Dimitriou said "
      "power would flow by 2028.",
      person("Paris Dimitriou", "GRC", "Energy Minister", "Dimitriou"),
      never=("Nicosia",),
      id="types-first-name-that-is-a-capital-city"),

    # ---- 3. One actor per entity ----
    row("Polish Prime Minister Jan Kowalczyk met farmers' leaders on Monday. Prime Minister Kowalczyk later "
      "said the import ban would stay, and Kowalczyk's government will review it in the autumn.",
      person("Jan Kowalczyk", "POL", "Prime Minister", "Kowalczyk", "Kowalczyk's"),
      id="one-full-title-surname-possessive"),
    row("Turkish President Mehmet Aksoy hosted the talks in Istanbul on Saturday. The Turkish leader said both "
      "sides had agreed to a prisoner exchange.",
      person("Mehmet Aksoy", "TUR", "President", "The Turkish leader"),
      never=("Istanbul",),
      id="one-demonym-leader-description"),
    row("French President Claire Dumont met Italian Prime Minister Marco Bellini in Rome on Monday. The French "
      "leader said the two had agreed on migration.",
      person("Claire Dumont", "FRA", "President", "The French leader"),
      person("Marco Bellini", "ITA", "Prime Minister"),
      never=("Rome",),
      id="one-description-picks-the-right-country"),
    row("Turkish Foreign Minister Selim Ozturk arrived in Athens on Monday. Ankara's top diplomat told reporters "
      "that the maritime dispute could be settled by talks.",
      person("Selim Ozturk", "TUR", "Foreign Minister", "top diplomat"),
      never=("Athens",),
      xfail="'Ankara's top diplomat' becomes a group actor, not the Turkish foreign minister",
      id="one-capital-top-diplomat"),
    row("Moldovan President Irina Ciobanu said on Friday that the vote was fair. She added that observers had "
      "found no fraud.",
      person("Irina Ciobanu", "MDA", "President", "She"),
      id="one-pronoun-she"),
    row("Peruvian Interior Minister Jorge Salas resigned on Wednesday. He said he had lost the confidence of "
      "the police.",
      person("Jorge Salas", "PER", "Interior Minister", "He"),
      id="one-pronoun-he"),
    row("Mexican President Carmen Ibarra's finance minister will travel to Washington next week, officials "
      "said. Finance Minister Raul Ochoa is expected to meet Treasury officials.",
      person("Raul Ochoa", "MEX", "Finance Minister", "finance minister"),
      person("Carmen Ibarra", "MEX", "President"),
      never=("Washington",),
      xfail="the description is linked but gives no country from its owner; 'travel to Washington' becomes the US",
      id="one-possessed-description-named-later"),
    row("Jordanian Foreign Minister Ayman al-Khatib met his Egyptian counterpart in Cairo on Sunday. Khatib said "
      "the border crossing had to reopen.",
      person("Ayman al-Khatib", "JOR", "Foreign Minister", "Khatib"),
      never=("Cairo",),
      id="one-arabic-particle-surname"),
    row("Dutch Prime Minister Pieter van der Berg defended the budget on Tuesday. Van der Berg said spending on "
      "defence would rise.",
      person("Pieter van der Berg", "NLD", "Prime Minister", "Van der Berg"),
      id="one-dutch-particle-surname"),
    row("Ghana's Trade Minister Kofi Mensah-Boateng signed the accord on Friday. Mensah-Boateng said exports "
      "of cocoa would double.",
      person("Kofi Mensah-Boateng", "GHA", "Trade Minister", "Mensah-Boateng"),
      id="one-hyphenated-surname"),
    row("Chinese Commerce Minister Wang Lihua met European trade officials on Tuesday. Wang said Beijing "
      "opposed the new tariffs.",
      person("Wang Lihua", "CHN", "Commerce Minister", "Wang"),
      org("China", "CHN", "Beijing", kind="country"),
      id="one-chinese-surname-first"),
    row("Swedish Foreign Minister Anna Lindgren and Norwegian Foreign Minister Erik Lindberg met in Oslo on "
      "Monday. Lindgren said the two countries would share radar data.",
      person("Anna Lindgren", "SWE", "Foreign Minister", "Lindgren"),
      person("Erik Lindberg", "NOR", "Foreign Minister"),
      never=("Oslo",),
      id="one-similar-surnames-stay-apart"),
    row("The World Health Organization (WHO) declared the outbreak over on Thursday. The WHO said no new cases "
      "had been reported for six weeks.",
      org("World Health Organization", None, "World Health Organization", "WHO"),
      id="one-org-with-abbreviation"),
    row("Lithuania said on Tuesday it would close two border crossings with Belarus.",
      nation("Lithuania", "LTU", "Lithuania", "it"),
      id="one-pronoun-it-country"),
    row("Armenian Prime Minister Tigran Sargsyan and Azerbaijani President Elnur Mammadov met in Abu Dhabi on "
      "Friday. They agreed to open a rail link.",
      person("Tigran Sargsyan", "ARM", "Prime Minister", "They"),
      person("Elnur Mammadov", "AZE", "President", "They"),
      never=("Abu Dhabi",),
      id="one-pronoun-they-two-leaders"),
    row("Spanish Interior Minister José Álvarez defended the police on Monday. Alvarez said officers had "
      "acted lawfully.",
      person("José Álvarez", "ESP", "Interior Minister", "Alvarez"),
      id="one-accented-and-plain-spelling"),
    row("Kenyan President Peter Mwangi met Ugandan President John Okello in Arusha on Monday. The president "
      "said the two had settled the fishing dispute.",
      person("Peter Mwangi", "KEN", "President"),
      person("John Okello", "UGA", "President"),
      never=("The president", "Arusha"),
      id="one-ambiguous-description-stays-unlinked"),

    # ---- 4. Roles and countries ----
    row("IMF Managing Director Lena Hofstad said on Monday that Egypt's reforms were on track.",
      person("Lena Hofstad", None, "Managing Director"),
      nation("Egypt", "EGY"),
      id="roles-igo-head-has-no-country"),
    row("UN special envoy for Libya Amara Diallo told the Security Council on Tuesday that the rival "
      "governments had agreed to talks.",
      person("Amara Diallo", None, "envoy"),
      org("UN Security Council", None, "Security Council"),
      xfail="NER's ORG span 'Libya Amara Diallo' swallows the name: no person at all",
      id="roles-un-envoy-for-country"),
    row("Peru's economy grew 3% in the first quarter. Julio Arce, the country's finance minister, said growth "
      "would pick up in the second half.",
      person("Julio Arce", "PER", "finance minister"),
      id="roles-apposition-the-countrys"),
    row("TASHKENT (Reuters) - Uzbekistan will cut fuel subsidies next year. The finance minister, Dilnoza "
      "Karimova, told parliament on Tuesday that the savings would fund schools.",
      person("Dilnoza Karimova", "UZB", "finance minister"),
      nation("Uzbekistan", "UZB"),
      id="roles-apposition-title-first"),
    row("Egyptian Foreign Minister Sameh Farouk met South Korean President Lee Jae-won in Seoul on Monday.",
      person("Sameh Farouk", "EGY", "Foreign Minister"),
      person("Lee Jae-won", "KOR", "President"),
      never=("Seoul",),
      id="roles-demonyms-one-and-two-words"),
    row("Germany's Chancellor Klaus Werner said on Wednesday that Berlin would send more air defence systems.",
      person("Klaus Werner", "DEU", "Chancellor"),
      id="roles-possessive-country-title"),
    row("Turkish President Mehmet Aksoy will hold talks in Baghdad next month, his spokesman said. Aksoy's spokesman "
      "Burak Celik said the visit would focus on water.",
      person("Burak Celik", "TUR", "spokesman"),
      person("Mehmet Aksoy", "TUR", "President"),
      never=("Baghdad",),
      id="roles-possessive-person-spokesman"),
    row("British journalist Clara Whitfield was freed on Sunday after eight months in detention, her family said.",
      person("Clara Whitfield", "GBR", "journalist"),
      id="roles-nationality-noun"),
    row("Australian academic Liam Fraser was sentenced to five years in prison on Thursday.",
      person("Liam Fraser", "AUS", "academic"),
      id="roles-nationality-academic"),
    row("Dmitri Volkov, a spokesman for the Kremlin, said on Monday that no summit was planned.",
      person("Dmitri Volkov", "RUS", "spokesman"),
      id="roles-spokesman-for-seat"),
    row("Venezuela's opposition leader, Lucia Paredes, called for a general strike on Friday.",
      person("Lucia Paredes", "VEN", "opposition leader"),
      id="roles-possessive-apposition-opposition"),
    row("Former Bolivian President Ernesto Quiroga was arrested on Tuesday on charges of terrorism.",
      person("Ernesto Quiroga", "BOL", "President"),
      id="roles-former-president"),
    row("Kazakh Prime Minister Nurlan Beketov and Kyrgyz President Aibek Dzhumabaev signed a water-sharing deal "
      "on Monday.",
      person("Nurlan Beketov", "KAZ", "Prime Minister"),
      person("Aibek Dzhumabaev", "KGZ", "President"),
      id="roles-central-asian-demonyms"),
    row("Philippine Defence Secretary Ramon Castillo accused Chinese coast guard vessels of ramming a supply "
      "boat on Saturday.",
      person("Ramon Castillo", "PHL", "Defence Secretary"),
      id="roles-philippine-defence-secretary"),
    row("Emirati Minister of State Khalid Al Mansoori and Bangladeshi Foreign Secretary Shirin Akter met in "
      "Dhaka on Wednesday.",
      person("Khalid Al Mansoori", "ARE", "Minister of State"),
      person("Shirin Akter", "BGD", "Foreign Secretary"),
      never=("Dhaka",),
      id="roles-emirati-bangladeshi"),
    row("Saudi Crown Prince Faisal bin Turki met U.S. Defense Secretary Mark Hollis in Riyadh on Tuesday.",
      person("Faisal bin Turki", "SAU", "Crown Prince"),
      person("Mark Hollis", "USA", "Defense Secretary"),
      never=("Riyadh",),
      id="roles-crown-prince-and-us-title"),
    row("Sergei Morozov, Russia's deputy foreign minister, told reporters in Geneva that Moscow wanted "
      "guarantees.",
      person("Sergei Morozov", "RUS", "deputy foreign minister"),
      nation("Russia", "RUS", "Moscow"),
      never=("Geneva",),
      id="roles-apposition-possessive-country"),
    row("Pakistani cricketer-turned-politician Imran Qadir was released on bail on Wednesday.",
      person("Imran Qadir", "PAK", "politician"),
      id="roles-hyphenated-description"),
    row("Colombian rights activist Marta Lozano was shot dead in Cali on Sunday, police said.",
      person("Marta Lozano", "COL", "activist"),
      never=("Cali",),
      id="roles-rights-activist"),
    row("Foreign Secretary Harriet Cole said on Monday that Britain would send more aid to Sudan.",
      person("Harriet Cole", "GBR", "Foreign Secretary"),
      id="roles-title-worded-by-one-government"),
    row("Taoiseach Niall Brennan told parliament on Wednesday that Ireland would not join the pact.",
      person("Niall Brennan", "IRL", "Taoiseach"),
      id="roles-taoiseach"),

    # ---- 5. Metonymy: seats of power and capitals acting vs. as places ----
    row("The Kremlin said on Monday that it would not attend the conference.",
      org("Kremlin", "RUS", "Kremlin"),
      id="metonymy-kremlin-says"),
    row("Beijing accused Washington on Tuesday of stoking tension in the Taiwan Strait.",
      nation("China", "CHN", "Beijing"),
      nation("United States", "USA", "Washington"),
      id="metonymy-capitals-accuse"),
    row("Downing Street said the prime minister had spoken to the Irish Taoiseach by phone.",
      org("Downing Street", "GBR", "Downing Street"),
      id="metonymy-downing-street"),
    row("The Pentagon announced on Friday that it would send two more destroyers to the eastern Mediterranean.",
      org("Pentagon", "USA", "Pentagon"),
      id="metonymy-pentagon"),
    row("Hundreds of protesters gathered outside the White House on Saturday to demand a ceasefire.",
      never=("White House",),
      id="metonymy-white-house-as-place"),
    row("The foreign ministers will meet in Beijing next week.",
      never=("Beijing",),
      id="metonymy-capital-as-venue"),
    row("Tehran has denied supplying drones to the rebels, and it said the charges were false.",
      nation("Iran", "IRN", "Tehran"),
      id="metonymy-tehran-denies"),
    row("The Elysee said on Sunday that the president would address the nation.",
      org("Elysee", "FRA", "Elysee"),
      id="metonymy-elysee"),
    row("Delegations from Warsaw and Vilnius arrived in Brussels on Monday for the talks.",
      never=("Brussels",),
      id="metonymy-brussels-as-destination"),
    row("Pretoria recalled its ambassador to Tel Aviv on Tuesday.",
      nation("South Africa", "ZAF", "Pretoria"),
      id="metonymy-pretoria-recalls"),
    row("Seoul and Tokyo agreed on Thursday to resume military intelligence sharing.",
      nation("South Korea", "KOR", "Seoul"),
      nation("Japan", "JPN", "Tokyo"),
      id="metonymy-coordinated-capitals"),
    row("Washington said on Thursday that it would lift sanctions on the airline.",
      nation("United States", "USA", "Washington", "it"),
      id="metonymy-washington-says-it"),
    row("The White House said the president would sign the bill on Friday.",
      org("White House", "USA", "White House"),
      id="metonymy-white-house-says"),
    row("A Nairobi-based rights group said on Monday that 40 people had disappeared since the protests.",
      never=("Nairobi",),
      id="metonymy-capital-as-modifier"),

    # ---- 6. Name variants: transliteration and spelling ----
    row("Ukrainian Defence Minister Dmytro Kovalskiy visited the front on Monday. Kovalsky said supplies were "
      "improving. On Tuesday Kovalskyy flew to Brussels.",
      person("Dmytro Kovalskiy", "UKR", "Defence Minister", "Kovalsky", "Kovalskyy"),
      id="variants-iy-y-yy"),
    row("Russian Deputy Prime Minister Rustam Mukhtarov arrived in Baku on Tuesday. Muhtarov told reporters "
      "that gas deliveries would resume.",
      person("Rustam Mukhtarov", "RUS", "Deputy Prime Minister", "Muhtarov"),
      never=("Baku",),
      id="variants-kh-h"),
    row("Kazakh Energy Minister Arman Nourmagambetov met investors on Friday. Nurmagambetov said the new "
      "pipeline would open in 2027.",
      person("Arman Nourmagambetov", "KAZ", "Energy Minister", "Nurmagambetov"),
      id="variants-ou-u"),
    row("Belarusian opposition leader Svetlana Tsikhanovich met EU officials on Monday. Tsihanovich said "
      "political prisoners had to be freed first.",
      person("Svetlana Tsikhanovich", "BLR", "opposition leader", "Tsihanovich"),
      id="variants-kh-h-opposition"),

    # ---- Organisations ----
    row("CAIRO (Reuters) - The interior ministry said on Sunday that police had arrested 12 people suspected "
      "of planning attacks.",
      org("interior ministry", "EGY", "interior ministry"),
      never=("CAIRO",),
      id="orgs-interior-ministry-takes-the-dateline"),
    row("Hamas said on Tuesday that it had received a new ceasefire proposal from Egyptian mediators.",
      org("Hamas", "PSE", "Hamas", kind="group"),
      id="orgs-hamas"),
    row("Doctors Without Borders (MSF) said on Friday that its hospital in the town had been shelled. MSF "
      "called for an inquiry.",
      org("Doctors Without Borders", None, "Doctors Without Borders", "MSF"),
      id="orgs-ngo-with-abbreviation"),
    row("Hungary's foreign ministry summoned the Ukrainian ambassador on Wednesday over the language law.",
      org("foreign ministry", "HUN", "foreign ministry"),
      id="orgs-possessive-ministry"),
    row("Russian troops shelled the city overnight, the regional governor said.",
      org("Russian troops", "RUS", "Russian troops", kind="group"),
      id="orgs-troops-with-demonym"),
    row("The European Commission proposed new tariffs on Chinese steel on Wednesday.",
      org("European Commission", None, "European Commission"),
      id="orgs-european-commission"),
    row("The Taliban said on Sunday that they had detained two foreigners in Kandahar.",
      org("Taliban", "AFG", "Taliban", kind="group"),
      never=("Kandahar",),
      id="orgs-taliban"),
    row("Amnesty International said on Thursday that the trial of 40 activists in Tunisia was unfair.",
      org("Amnesty International", None, "Amnesty International"),
      id="orgs-ngo"),
    # ---- unseen-news round: counterparts, owners of titles, organisations NER takes for people ----
    row("JAKARTA (Reuters) - Indonesian Foreign Minister Sari Handayani said on Monday that she had handed a "
      "note to the envoy and had spoken by phone with her Vietnamese counterpart, Nguyen Thi Lan, the night before.",
      person("Nguyen Thi Lan", "VNM", "foreign minister", not_role="counterpart"),
      id="counterpart-takes-the-office-of-the-clause-subject"),
    row("Kenyan Foreign Minister Grace Wanjiru arrived on Monday. The minister later met her British counterpart, "
      "Foreign Secretary Oliver Pratt, in London.",
      person("Oliver Pratt", "GBR", "Foreign Secretary", not_role="counterpart"),
      person("Grace Wanjiru", "KEN", "Foreign Minister"),
      id="counterpart-with-an-office-of-its-own"),
    row("ATHENS (Reuters) - Foreign Minister Nikos Vlachos and his Turkish counterpart, Emre Kaya, signed a "
      "memorandum on migration on Monday.",
      person("Nikos Vlachos", "GRC", "Foreign Minister"),
      person("Emre Kaya", "TUR", "Foreign Minister", "Turkish counterpart", not_role="counterpart"),
      id="counterpart-conjoined-keeps-each-side-its-country"),
    row("Secretary of State Mark Hollis spoke on Tuesday with his Egyptian counterpart, Karim Fahmy, about the border.",
      person("Karim Fahmy", "EGY", "foreign minister", not_role="Secretary of State"),
      id="counterpart-of-a-national-title-gets-the-generic-office"),
    row("The ministers will meet on Friday in the Amazon city of Leticia, the foreign ministry said.",
      never=("Amazon",),
      id="orgs-a-name-describing-a-place-is-no-actor"),
    row("Colombian President Andres Rueda and the president's national security adviser, Tomas Villamil, "
      "will attend the summit in Panama.",
      person("Tomas Villamil", "COL", "adviser"),
      id="owner-the-president-named-before"),
    row("Mexican President Lucia Ortega spoke with the presidents of Chile and Peru on Monday. Mexico's Foreign "
      "Minister Raul Ibarra and the president's chief adviser, Emilio Sandoval, will chair the talks.",
      person("Emilio Sandoval", "MEX", "adviser"),
      id="owner-the-president-of-the-country-the-sentence-names"),
    row("Karin Aalto, a former Finnish foreign minister, said on Sunday that the vote had been fair.",
      person("Karin Aalto", "FIN", "foreign minister"),
      id="country-demonym-inside-an-apposition"),
    row("A tanker owned by the shipping company Baltic Meridian ran aground off the coast of Estonia on Friday.",
      org("Baltic Meridian", ANY, "Baltic Meridian"),
      id="orgs-company-in-apposition-is-no-person"),
    row("ANKARA (Reuters) - The Kremlin rejected the report on Tuesday. Spokesman Pavel Lisin told reporters "
      "it was pure invention.",
      person("Pavel Lisin", "RUS", "Spokesman", "Pavel Lisin"),
      id="spokesperson-of-the-body-the-sentence-before-is-about"),
    row("N'DJAMENA (AP) - The U.N. humanitarian office said 2,000 people had fled the fighting. Its chief in Chad, "
      "Marta Olsson, said the camps were full.",
      person("Marta Olsson", None, "chief", "chief"),
      id="owner-its-chief-in-a-country-of-an-un-agency"),
    row("The rebels' commander, Col. Idris Mahamat, denied the report on Monday.",
      person("Idris Mahamat", ANY, "commander"),
      id="apposition-with-a-rank-after-the-comma"),
    row("The Home Secretary, Claire Dunmore, said on Monday that the first flights would leave in May.",
      person("Claire Dunmore", "GBR", "Home Secretary", "Home Secretary"),
      id="title-word-is-no-organisation"),
    row("Downing Street welcomed the deal on Monday. In Nairobi, opposition senator Peter Otieno called it a sell-out.",
      person("Peter Otieno", "KEN", "senator"),
      id="country-from-the-place-a-sentence-opens-with"),
    row("ACCRA (Reuters) - Ghana summoned Togo's ambassador on Friday. The foreign minister said she had given "
      "Ambassador Kodjo Amegan a letter of protest.",
      person("Kodjo Amegan", "TGO", "Ambassador"),
      id="country-of-an-envoy-from-the-office-named-without-the-name"),
    row("SARAJEVO (AFP) - Police detained four men on Tuesday, prompting Belgrade to put its army on alert.",
      org("army", "SRB", "army"),
      id="orgs-its-army-is-the-country-named-before"),
    row("MANILA (Reuters) - A Chinese coast guard vessel fired water cannon at a supply boat on Sunday, and Beijing "
      "accused the Filipino crew of provocation.",
      org("Chinese coast guard", "CHN", "Chinese coast guard", kind="group"),
      org("Filipino crew", "PHL", "Filipino crew", kind="group"),
      id="orgs-coast-guard-and-crew"),
    row("JAKARTA (Reuters) - The ruling Grand Unity Party said on Monday that it would back the bill.",
      org("Grand Unity Party", "IDN", "Grand Unity Party"),
      id="orgs-ruling-party-of-the-dateline-country"),
    row("The agreement must still be approved by Kenya's National Assembly, officials said on Friday.",
      org("National Assembly", "KEN", "National Assembly"),
      id="orgs-body-possessed-by-a-country"),
    row('"We will not resign," the prime minister told the state broadcaster HRT on Sunday.',
      org("HRT", ANY, "HRT"),
      id="orgs-broadcaster-named-in-apposition"),
    row("The sanctions hit Coral Bay Shipping Lines, the EU said on Monday. Coral Bay could not be reached for comment.",
      org("Coral Bay Shipping Lines", ANY, "Coral Bay Shipping Lines", "Coral Bay"),
      id="orgs-short-form-of-a-company-named-before"),
    row("YEREVAN (Reuters) - Azerbaijan moved troops to the border, Armenian officials said. Lilit Sargsyan, a "
      "spokeswoman for President Aram Petrosyan, said the president had been briefed.",
      person("Lilit Sargsyan", "ARM", "spokeswoman"),
      id="country-of-a-spokeswoman-for-a-named-leader"),
    row("Kyrgyz Foreign Minister Aida Temirova called the swap a good gesture. Her Tajik counterpart, Jamshed Nazarov, "
      "said the talks would continue.",
      person("Jamshed Nazarov", "TJK", "Foreign Minister", not_role="counterpart"),
      id="counterpart-whose-owner-is-named-in-the-sentence-before"),
    row("BISHKEK (Reuters) - Kyrgyzstan called up reservists on Tuesday. Uzbekistan's president responded within "
      "hours. Speaking to commanders on Wednesday, President Bakhtiyor Rasulov said the border would stay open. "
      "His spokeswoman, Dilnoza Karimova, later said he was open to talks.",
      person("Bakhtiyor Rasulov", "UZB", "President"),
      person("Dilnoza Karimova", "UZB", "spokeswoman"),
      id="country-from-the-office-named-in-the-sentence-before"),
    row("ASTANA (AFP) - Talks resume on Monday.\nArmenia will be represented by Foreign Minister Gevorg Harutyunyan "
      "and deputy defence minister Major General Tigran Sahakyan.",
      person("Gevorg Harutyunyan", "ARM", "Foreign Minister"),
      person("Tigran Sahakyan", "ARM", "deputy defence minister", "Major General"),
      id="country-of-a-passive-agent-and-a-rank-is-no-name"),
    row("BRUSSELS (Reuters) - Rights groups welcomed the sanctions. \"They came late,\" said Mya Thida of the "
      "advocacy group Burma Justice Watch.",
      person("Mya Thida", "MMR"),
      id="country-of-the-organisation-a-person-is-of"),
    row("YEREVAN/BAKU (Reuters) - Armenia's defence ministry said the shelling had hit two villages. Defence "
      "Minister Karen Avetisyan called it a provocation.",
      person("Karen Avetisyan", "ARM", "Defence Minister"),
      id="country-of-a-minister-from-the-ministry-named-before"),
    row("ASTANA (Reuters) - \"The families of Sary-Tash deserve more than a promise, and we will give them more,\" "
      "the president said.",
      never=("Sary-Tash",),
      id="place-the-families-of-a-village"),
    row("VILNIUS (AP) - Exiled opposition leader Olga Sidarenka said on Monday that the vote had been a farce.",
      person("Olga Sidarenka", None, "opposition leader"),
      id="country-none-for-an-exile-from-the-dateline"),
    row("Aid worker Anna Lindqvist was sentenced to eight years on Monday. Her husband, Tomas Reid, said he was numb.",
      person("Tomas Reid", ANY, "husband"),
      id="role-kin-in-apposition"),
    row("Prime Minister Malee Srisawat told reporters that Thailand would not give up \"a single metre of Thai "
      "soil.\"\n\nHer Cambodian counterpart, Sok Dara, said the dispute would go to court.",
      person("Sok Dara", "KHM", "Prime Minister", not_role="counterpart"),
      id="counterpart-owner-across-a-paragraph-ending-in-a-quote"),
    row("The two armies fought near another border temple, Wat Khao Lek, in 2009. The court later ruled that the "
      "area around Wat Khao Lek belonged to Cambodia.",
      never=("Wat Khao Lek",),
      id="orgs-a-name-in-apposition-to-a-temple-is-no-actor"),
    row("Helen Marsh, who chairs the foreign affairs committee, said ministers had questions to answer.",
      person("Helen Marsh", ANY, "chair"),
      id="role-from-a-relative-clause"),
    row("The remains were returned to Kyiv by train and received at the main station in the presence of Turkish "
      "diplomats, Ukraine's Coordination Council for Prisoners of War said.",
      org("Coordination Council for Prisoners of War", "UKR", "Coordination Council for Prisoners of War"),
      org("Turkish diplomats", "TUR", "Turkish diplomats", kind="group"),
      id="orgs-a-body-in-apposition-to-officials-is-no-person"),
    row("Rebels attacked an army base in Rosendo on Friday, the army said.\n\nA logging firm whose $2 billion "
      "concession lies 60 km north of Rosendo pulled staff out of the area.",
      never=("Rosendo",),
      id="place-a-compass-point-of-a-town"),
    row("The Omani foreign ministry said on Sunday that the tanker had been released.",
      org("Omani foreign ministry", "OMN", "Omani foreign ministry"),
      id="orgs-a-ministry-named-with-a-demonym-the-parser-calls-a-name"),
    row("Fighting near the mine prompted Canadian mining group Veloria Resources to fly out its foreign staff.",
      org("Veloria Resources", "CAN", "Veloria Resources"),
      id="orgs-country-of-the-noun-a-name-is-put-beside"),
]


@pytest.fixture(scope="module")
def pipeline() -> None:
    """Load the spaCy pipeline once for the module: `extract` reuses the cached one."""
    load_pipeline(ExtractOptions().model)


def _occurrences(text: str, form: str) -> list[tuple[int, int]]:
    return [(m.start(), m.end()) for m in re.finditer(rf"(?<!\w){re.escape(form)}(?!\w)", text)]


def _plain(name: str) -> str:
    return re.sub(r"^the\s+", "", name.strip(), flags=re.I).casefold()


def _matches(actor: Actor, want: Want) -> bool:
    if actor.kind != want.kind:
        return False
    if want.kind == "person":
        return actor.name == want.name
    # "foreign ministry" for "Hungary's foreign ministry"; "WHO" for the World Health Organization
    wanted = _plain(want.name)
    return any(n == wanted or n.endswith(" " + wanted) for n in (_plain(actor.name), *map(_plain, actor.aliases)))


def _show(actors: list[Actor]) -> list[tuple[str, str, str | None, list[str], list[str]]]:
    return [(a.name, a.kind, a.country, a.roles, [m.text for m in a.mentions]) for a in actors]


def _problems_with(result: Extraction, want: Want) -> list[str]:
    text = result.article.text
    found = [a for a in result.actors if _matches(a, want)]
    if len(found) != 1:
        return [f"{want.name!r} ({want.kind}): {len(found)} matching actors"]
    actor = found[0]
    out = []
    if want.kind == "person":
        surname = want.name.split()[-1].casefold()
        twins = [a.name for a in result.actors if a is not actor
                 and any(surname in m.text.casefold().split() for m in a.mentions)]
        if twins:
            out.append(f"{want.name!r} is split: also {twins}")
    if want.country != ANY and actor.country != want.country:
        out.append(f"{want.name!r}: country {actor.country!r}, want {want.country!r}")
    if want.role is not None and not any(want.role.casefold() in r.casefold() for r in actor.roles):
        out.append(f"{want.name!r}: roles {actor.roles}, want one with {want.role!r}")
    if want.not_role is not None and any(want.not_role.casefold() in r.casefold() for r in actor.roles):
        out.append(f"{want.name!r}: roles {actor.roles}, want none with {want.not_role!r}")
    for form in want.forms:
        spans = _occurrences(text, form)
        if not any(_holds(m, s, e) for s, e in spans for m in actor.mentions):
            out.append(f"{want.name!r}: no mention at {form!r}")
    return out


def _holds(mention: Mention, start: int, end: int) -> bool:
    """The mention is this occurrence of a form, part of it, or a description around it.

    "Lima" is not held by the name mention "Carlos Lima": a surname form asks for a mention of its own.
    """
    inside = start <= mention.start and mention.end <= end
    around = mention.start <= start and end <= mention.end and mention.how != "name"
    return inside or around


def _intruders(result: Extraction, name: str) -> list[str]:
    text = result.article.text
    spans = _occurrences(text, name)
    return [f"{name!r} is in a mention of {a.name!r} ({a.kind})" for a in result.actors for m in a.mentions
            if any(m.start < e and s < m.end for s, e in spans)]


def check(result: Extraction, case: Case) -> None:
    problems = [p for want in case.want for p in _problems_with(result, want)]
    problems += [p for name in case.never for p in _intruders(result, name)]
    assert not problems, "; ".join(problems) + f"\nactors: {_show(result.actors)}"


@pytest.mark.parametrize("case", CASES)
def test_actor_rule(case: Case, pipeline: None) -> None:
    check(extract(case.text, published=PUBLISHED), case)


def test_the_table_is_well_formed() -> None:
    """At least 60 cases, and every form and forbidden name occurs in its passage (no silent passes)."""
    assert len(CASES) >= 60
    for param in CASES:
        case = param.values[0]  # type: ignore[attr-defined]
        for text in [f for w in case.want for f in w.forms] + list(case.never):
            assert _occurrences(case.text, text), (param.id, text)  # type: ignore[attr-defined]
