"""Word lists the rules read: general English news vocabulary, not any one article's words."""

from __future__ import annotations

# Titles and roles that precede or follow a person's name ("President", "regional governor").
TITLE_WORDS = frozenset("""
president vice prime minister secretary undersecretary chancellor premier king queen prince princess emperor
sultan emir sheikh shah tsar monarch governor mayor senator congressman congresswoman representative
rep. sen. gov. lawmaker legislator
general gen. colonel col. major lieutenant lt. captain capt. commander admiral sergeant marshal
chief head director ceo cfo coo chairman chairwoman chair spokesman spokeswoman spokesperson
ambassador envoy minister foreign defence defense interior finance justice deputy acting former
regional state federal judge justice attorney prosecutor sheriff commissioner inspector officer
official pope bishop archbishop cardinal rabbi imam cleric professor prof. dr. doctor analyst
economist executive founder co-founder owner manager coach leader speaker mp member adviser advisor
administrator
aide editor correspondent reporter analyst economist scientist researcher author lawyer
mr. mrs. ms. mr mrs ms sir lord lady dame
""".split())
# The head words of those titles: a role must end in one of these ("regional governor").
TITLE_HEADS = frozenset("""
president minister secretary undersecretary chancellor premier king queen prince princess emperor sultan emir
sheikh shah tsar monarch governor mayor
senator congressman congresswoman representative lawmaker legislator general colonel major
lieutenant captain commander admiral sergeant marshal chief head director ceo cfo coo chairman
chairwoman chair spokesman spokeswoman spokesperson ambassador envoy deputy judge justice attorney
prosecutor sheriff commissioner inspector officer official pope bishop archbishop cardinal rabbi
imam cleric professor doctor analyst economist executive founder co-founder owner manager coach
leader speaker mp adviser advisor aide editor correspondent reporter scientist researcher author
lawyer administrator
""".split())
HONORIFICS = frozenset("mr. mrs. ms. mr mrs ms dr. dr sir lord lady dame".split())
# Words that join a given name to a father's ("Qaboos bin Said", "Sheikh Tamim bin Hamad"): such a
# person is named for short by the given name.
PATRONYMIC_PARTICLES = frozenset("bin ibn bint binti ould".split())
# Family and personal ties: a name in apposition to one is a person's ("his son-in-law, X").
KIN_NOUNS = frozenset("""
son daughter wife husband mother father brother sister widow widower partner fiancé fiancée fiance
fiancee girlfriend boyfriend child grandson granddaughter grandmother grandfather nephew niece cousin
uncle aunt friend stepson stepdaughter stepfather stepmother parent spouse
""".split())

# Head nouns of organisations named by description ("Kyiv city military administration").
ORG_HEADS = frozenset("""
administration ministry police government council agency army navy military force forces
department office committee commission court parliament authority authorities service guard
company firm bank court tribunal prosecutor's assembly senate congress cabinet embassy
""".split())
# Legal forms that end a company's full name: "Mars Inc", "Velta Foods Ltd.", "Arcadia Holdings PLC".
LEGAL_FORMS = frozenset("inc inc. corp corp. co co. ltd ltd. llc plc gmbh ag sa s.a. nv n.v. spa s.p.a. se".split())
# Labels of a caption's credit line ("Image: NASA"), no part of the name before them.
CREDIT_LABELS = frozenset("Image Images Photo Photos Picture Video Source Credit".split())
# Words that make a region of a country ("Southern Canada"), not a body named for it.
COMPASS_WORDS = frozenset("""
north south east west northern southern eastern western central northeast northwest southeast
southwest upper lower greater inner outer mainland rural coastal
""".split())
# Bearings a place is told by from another: "five miles east of Tulsa".
BEARINGS = frozenset("north south east west northeast northwest southeast southwest".split())
# Last words of the names of bodies: a name ending in one is an organisation even where the model
# takes it for a place ("the Mekong River Commission"). Not "bank" (the West Bank), "union" (the
# European Union, a place to some annotators) or "court" (Earls Court). The last line: the short
# forms of such words and a company's legal form, which end only the names of bodies ("the
# Harbour Org", "Kestrel Mining Ltd", "Orca Foods Inc.").
NAME_ORG_HEADS = frozenset("""
administration ministry government council agency army navy military force forces department
office committee commission parliament authority authorities service assembly senate congress
cabinet organization organisation association federation foundation institute society league
party coalition alliance corporation
org org. assn assn. dept dept. corp corp. inc inc. ltd ltd. llc plc co. gmbh
""".split())
# Head words of the names of bodies that may go on with the place they serve ("the Supreme Court
# of Puerto Rico", "the Ministry of Internal Affairs of Belarus", "the Bar Association of Ohio").
BODY_HEADS = NAME_ORG_HEADS | ORG_HEADS | frozenset("""
union court bank board bureau chamber university college academy church directorate secretariat
inspectorate guard police tribunal library
""".split())
# Last words of companies' and funds' names: a run of proper nouns ending in one names a body
# even where the model misses it ("Tarsis Mining", "Kestrel Holdings", "Orca Foods").
COMPANY_HEADS = frozenset("""
mining holdings group foods airlines airways motors industries energy resources technologies
systems partners capital pharmaceuticals media networks communications entertainment studios
ventures insurance logistics petroleum steel chemicals telecom electronics bancorp fund trust union
investments properties minerals metals shipping corporation corp inc ltd llc plc
""".split())
# Nouns that say what kind of body a name names, in a description after it ("the Associated Press
# news agency", "the Gazprom energy giant"): no part of the name.
DESCRIPTOR_NOUNS = frozenset("""
agency company firm group network broadcaster newspaper channel outlet organisation organization
militia carrier airline giant maker manufacturer retailer conglomerate website magazine publisher
startup insurer lender chain brand outfit movement union party carmaker automaker
""".split())
# Last words of the names of armed and political movements: "the Popular Liberation Front", "the Green
# Movement", "the Martyrs' Brigades".
MOVEMENT_HEADS = frozenset("front movement brigade brigades".split())
# Last words of the names of bodies and peoples that end no person's name ("Crow Tribe", "Westfield
# Council", "Orca Holdings", "the Popular Liberation Front"), where the model takes such a name for a person's.
BODY_LAST_WORDS = NAME_ORG_HEADS | MOVEMENT_HEADS | frozenset("""
tribe tribes nation nations community holdings group airlines airways industries technologies foods motors
guard police
""".split())
# Last words of names of buildings and sites: "the Museum of Flight" is a place, whatever the model says.
FACILITY_HEADS = frozenset("""
museum center centre stadium arena hall station hospital airport terminal tower towers theater theatre
building palace cathedral square bridge park plaza mall gallery library zoo port harbour harbor
""".split())
# Last words of product names: the words makers name a line of a product by ("Galaxy Ultra",
# "Zephyr Pro", "Zephyr Lite"). Not "air": the names ending in it are mostly airlines ("Pelican Air").
PRODUCT_LINE_WORDS = frozenset("pro mini max plus ultra lite edition".split())
# Classes of craft: a name after one ("the cruise ship Marigold") or with one inside ("Space Shuttle
# Atlantis") is a vessel, a product, whatever the model says. Not "carrier": airlines are carriers.
VEHICLE_WORDS = frozenset("""
ship vessel boat yacht ferry liner tanker freighter submarine frigate destroyer cruiser warship
shuttle orbiter spacecraft rocket capsule satellite probe rover lander aircraft airliner plane
helicopter locomotive
""".split())
# Words after a name that make it a market index, not the company it is named for ("Dow Jones Industrial Average").
INDEX_WORDS = frozenset("index indices average industrial composite".split())
# Stock market indices, a gazetteer of the world's main ones: names the model takes for companies
# ("the Dow Jones was down 2.6%", "the FTSE 100 rose"). Not "Nasdaq", "S&P" or "CAC" alone, or
# codes such as "JSE" and "TSX", which also name an exchange, a ratings agency or a company.
STOCK_INDICES = frozenset("""
dow|dow jones|djia|ftse|ftse 100|ftse 250|footsie|s&p 500|nasdaq composite|nikkei|nikkei 225|topix|dax|
cac 40|hang seng|sensex|nifty 50|kospi|ibex 35|euro stoxx 50|stoxx 600|asx 200|s&p/asx 200|bovespa|
ftse mib|russell 2000|wilshire 5000|shanghai composite|csi 300|straits times index|taiex|merval
""".replace("\n", "").split("|"))
# Words that name a central bank, the lender of a state's banks ("the Velorian Central Bank", "the
# Federal Reserve", "the Reserve Bank of Tarsia", "the Swiss National Bank", "the Bank of Japan").
CENTRAL_BANK_WORDS = ("central bank", "federal reserve", "reserve bank", "national bank", "people's bank",
                      "monetary authority")
# Verbs of a stock index reaching or standing at a level ("struck a ten-month high", "ended at
# 9,505"), and the nouns that name such a level.
INDEX_LEVEL_VERBS = frozenset("reach hit strike touch top end finish close open stand break cross surpass".split())
MARKET_LEVEL_NOUNS = frozenset("high low record level mark points point percent".split())
# Names of indices that also name an exchange or a company (kept out of STOCK_INDICES): they are the
# index when they move by a figure ("the Nasdaq reached 2,020 points").
EXCHANGE_INDEX_NAMES = frozenset("nasdaq s&p cac tsx jse".split())
# Last words of named events, which are neither organisations nor places ("Worldwide Developers Conference").
EVENT_NAME_HEADS = frozenset("""
conference summit expo show festival games cup championship championships olympics tournament
convention congress forum fair week awards
""".split()) - {"congress"}
# Last words of the names of newspapers, magazines and news services ("the Deseret News", "the
# Sydney Morning Herald", "the Jakarta Post"): a run of capitalised words ending in one is a news
# outlet, whatever the model said (it takes them for events, or tags the city inside for a place).
MEDIA_LAST_WORDS = frozenset("""
news herald post times journal gazette tribune chronicle telegraph observer courier express mirror
inquirer examiner dispatch bulletin magazine mail monitor guardian
""".split())
# Top-level domains of websites named by their address ("Salon.com", "CNNMoney.com"): a site is a body.
WEB_DOMAINS = frozenset("com org net co.uk gov edu io info tv".split())
# Capitalised tokens that are codes, not names: time zones and currency codes ("12:00 UTC", "USD 5").
NOT_NAMES = frozenset("""
UTC GMT EST EDT CST CDT MST MDT PST PDT CET CEST EET EEST BST WET IST JST KST MSK AEST AEDT HKT SGT
USD EUR GBP JPY CNY RMB CHF CAD AUD INR RUB UAH KRW HKD
""".split())
# Verbs of acts only people and bodies do, not buildings: a subject named like a building ("the
# Center obtained the messages") is a body when it does one.
BODY_ACT_VERBS = frozenset("""
obtain publish release issue file sue hire fund award sign launch investigate accuse appoint employ
""".split())
# Verbs whose subject and object are the two sides of a match ("Sweden defeated South Korea").
# Last words of the names of sports clubs ("Harwick United", "Coldfield City", "Marlow Rovers").
CLUB_LAST_WORDS = frozenset("united city town rovers athletic wanderers albion rangers fc afc county".split())
MATCH_VERBS = frozenset("defeat beat face play draw tie lose win edge thrash eliminate overcome rout trounce".split())
# Prepositions that make a country name a place even in a sports report ("in Russia").
# Nouns for a kind of business that news calls a company by, whatever its name ("GM ... the carmaker"):
# "the carmaker" is the company named last, its name need not say so. Not "the airline", "the lender",
# "the giant": tried, they took the wrong company on held-out news.
BUSINESS_KIND_NOUNS = frozenset("""company firm group carmaker automaker planemaker drugmaker chipmaker
manufacturer""".split())
# Nouns news calls any body by after naming it: "the International Organization for Migration ... the
# agency said", "the organisation".
GENERIC_BODY_NOUNS = frozenset("agency organisation organization body".split())
# Nouns that name a kind of place before its name: "the southern city of Odesa", "the town of Bento".
PLACE_NOUNS = frozenset("city town village region province district capital country state area port island".split())
# Words for kinds of places that open or close a place's name ("County Mayo", "Hubei Province",
# "Lake Tanganyika"): such a name is a place, never a person's. GPE for divisions of a state, LOC
# for land and water. Not words that end people's names too ("Ricki Lake", "Michael Bay", "Billy Ocean").
PLACE_KIND_FIRST: dict[str, str] = {
    **{w: "GPE" for w in "county province prefecture canton".split()},
    **{w: "LOC" for w in "lake mount mt. cape isle gulf".split()},
}
PLACE_KIND_LAST: dict[str, str] = {
    **{w: "GPE" for w in "county province prefecture oblast governorate district region state territory".split()},
    **{w: "LOC" for w in "river island islands mountains valley peninsula desert strait".split()},
    # streets: "Castlefrank Road", "Warrender Avenue" (not "lane", "way" or "drive": surnames and words)
    **{w: "LOC" for w in "road street avenue boulevard highway".split()},
}
# Verbs done to people by the law ("Ana Reyes was convicted"): a name that suffers one is a person's,
# never a place's, whatever the model said.
PERSONAL_PASSIVE_VERBS = frozenset("convict sentence arrest indict pardon acquit jail imprison".split())
# Words for land and water that close a place's name after a town's ("Jakarta Bay", "Sydney
# Harbour"): the whole is a place of its own.
WATER_AND_LAND_LAST = frozenset("bay harbour harbor river island lake peninsula strait gulf".split())
# Words that name a body of water or a landform, first or last in its name ("the Java Sea", "Gulf of
# Tomini", "Lake Maru", "the Karvel Mountains", "the Channel"): where a boat sank or a plane came down.
WATER_AND_LAND_WORDS = WATER_AND_LAND_LAST | frozenset("""sea ocean channel islands mountains mountain range
lagoon canal creek reef glacier desert valley""".split())
# Settlements news names by their kind first ("the town of Amarante", "the village of Kfar Aza"):
# the name after them is that place; "the area of", "the capital of" name part of something larger.
SETTLEMENT_NOUNS = frozenset("city town village port island".split())
# Premises a person has of their own: "arrested at his school", "died at her home".
OWN_PREMISES_NOUNS = frozenset("home house school office apartment flat residence workplace farm".split())
# Works and premises a company or body runs, which news names by their town: "its Dayton plant".
WORKS_NOUNS = frozenset("""plant factory mill mine refinery smelter warehouse depot office offices store branch
facility works shipyard headquarters shaft pit terminal site oilfield""".split())
# Places one is "on", not "in": an island, a street ("on the island of Samos", "on Ferry Road").
# Prefixes of ships' names, written in capitals: "the MV Sewol", "KM Sinar Bahari", "HMS Sheffield".
SHIP_PREFIXES = frozenset("MV MS MT KM KMP HMS USS SS RMS FV".split())
SURFACE_PLACE_NOUNS = frozenset("island street road avenue boulevard lane highway motorway bridge coast shore "
                                "border".split())
# Nouns that name part of a place ("the Karol Bagh area of New Delhi", "a suburb of Lyon").
AREA_NOUNS = frozenset("area district neighbourhood neighborhood suburb quarter region province state county valley "
                       "part outskirts".split())
PLACE_PREPOSITIONS = frozenset("in at to from into across near inside outside through throughout".split())
# Modifiers that make a bare organisation noun a specific actor ("local police").
LOCAL_MODIFIERS = frozenset("local state federal regional city provincial municipal national military".split())
# Levels of government a body named for its seat serves ("the Tbilisi city court", "the Lviv regional council").
SEAT_LEVELS = frozenset("city district regional provincial municipal county oblast".split())

# Definite descriptions that refer back to a named actor ("the ministry said").
# Maps the head lemma to the entity kinds it may refer to.
REFERENCE_HEADS: dict[str, tuple[str, ...]] = {
    **{w: ("Organization",) for w in """ministry company firm agency army military navy bank airline carrier
        carmaker automaker manufacturer maker group organisation organization department office
        committee commission court council party union administration police service force
        broadcaster newspaper network channel university institute foundation alliance coalition
        regulator watchdog planemaker drugmaker chipmaker retailer insurer lender giant
        conglomerate""".split()},
    **{w: ("Person",) for w in sorted(TITLE_HEADS)},
    # "the capital" is a city, not the state named last ("Russia launched missiles at the capital")
    **{w: ("GeopoliticalEntity",) for w in "country nation state kingdom republic government".split()},
    "city": ("City",),
}

# Verbs of stance: an actor's stated intention or position ("GM plans to close ..."), cues of statements too.
STANCE_VERBS = frozenset("plan want agree refuse decide choose intend seek hope demand applaud".split())
# Speech and reporting verbs (lemmas). "according to" and "as reported by" are handled apart.
CUE_VERBS = frozenset("""
say tell add confirm state announce report indicate claim declare note explain insist warn urge
assert stress write deny admit acknowledge argue reveal disclose comment remark reply respond
suggest estimate predict promise vow pledge threaten accuse allege complain describe testify
emphasize emphasise reiterate mention disclose conclude ask tweet post believe expect recommend request
cite quote comment forecast read rule reason observe
""".split()) | STANCE_VERBS
# Verbs that say how things are rather than what happened: no event of their own, even with a
# named subject ("Russia has ...", "the company became ...", "Smith wants ...").
NON_EVENT_VERBS = frozenset("""
be have do become seem appear remain stay get make take give go come keep let see look feel know
think consider regard mean include involve contain consist comprise represent own hold lack need
like love hate prefer wish try use continue begin start stop fail manage happen tend face remain
call name describe follow precede lead live work serve number total reach account amount employ
""".split())
# Passive participles that say how things are, not what happened: "is based in Ohio", "was scheduled to".
STATIVE_PARTICIPLES = frozenset("""base locate headquarter situate schedule list rank relate link associate
compose entitle suppose allow force set determine interest concern surprise""".split())
# Participles of a feeling caused: "she was shocked by the attack", "saddened by his death" tell how
# someone feels about an event, which did nothing to them.
FEELING_PARTICIPLES = frozenset("""shock sadden horrify appal appall alarm worry disturb outrage anger upset dismay
stun trouble frighten terrify scare sicken disgust distress grieve""".split())
STATIVE_PARTICIPLES = STATIVE_PARTICIPLES | FEELING_PARTICIPLES
# Participles of a standing relation between a thing and whoever has it in hand: "the bus, operated by
# Sol Lines", "a clinic run by the church", "a militia backed by Iran" describe the thing, not an act.
RELATION_PARTICIPLES = frozenset("operate run own manage control back fund sponsor staff".split())
# Nouns after an event noun that name its course in law, not a thing of their own: "impeachment
# proceedings", "a bankruptcy filing"; "protection" only after a word of insolvency and filed for or
# sought ("filed for bankruptcy protection"): before other words it is a thing ("flood protection"),
# and "under bankruptcy protection" a state one is in.
COURSE_NOUNS = frozenset("proceedings proceeding filing".split())
# Verbs that lend their subject to the act their object names, saying little themselves ("made the
# purchase", "gave a keynote", "negotiated the purchase", "held a press conference"): the object is the event.
SUPPORT_VERBS = frozenset("""make take give hold conduct carry stage undertake perform launch begin start complete
finish finalise finalize negotiate pursue resume mount""".split())
# Support verbs that also say someone has something ("holds a stake", "took the money"): their object
# is an act only when a verb ending makes it one ("held a conference"), not when it is the verb itself.
POSSESSING_SUPPORT_VERBS = frozenset("hold".split())
# Verbs of trade: an act of no finer type done with one is an economic act ("sold its shares",
# "licensed the software from Microsoft", "leased two jets").
TRADE_VERBS = frozenset("""sell buy purchase lend loan lease license licence invest borrow finance refinance
export import""".split())
# Verbs that set an amount, and the amounts a body sets: raising or cutting one is an economic act
# ("slashed reserve requirements", "raised interest rates", "will stop 30% of its production").
# Keeping one where it is is a decision on it too ("kept its benchmark rate at 3%", "left rates unchanged").
AMOUNT_SETTING_VERBS = frozenset("""cut slash raise lower hike reduce increase stop halt suspend freeze double halve
keep hold leave maintain""".split())
SET_AMOUNT_NOUNS = frozenset("""rate requirement price tax tariff fee fare duty production output subsidy spending
expenditure cost wage salary budget interest investment""".split())
# Verbs of a measure changing or standing ("demand slowed", "demand outstripped supply"), and the words
# that make "demand" a market's ("consumer demand", "weak demand"): such demand is no one's appeal.
MEASURE_CHANGE_VERBS = frozenset("""slow fall rise weaken strengthen grow drop increase decrease decline surge soar
slump plunge recover outstrip exceed outpace ease cool soften pick collapse dip jump climb rebound stall shrink
remain""".split())
MARKET_DEMAND_MODIFIERS = frozenset("""consumer global domestic strong weak weaker stronger sluggish soft softer robust
falling rising slowing weakening oil energy market customer export import travel housing seasonal peak
electricity power fuel gas""".split())
# Nouns that make the event noun before them a warning of it, no event that happened: "a tsunami
# warning", "a hurricane watch", "a flood alert", "a strike threat".
WARNING_NOUNS = frozenset("warning watch alert advisory threat risk drill scare".split())
# Verbs (with their particle) and nouns of calling off or putting off an event: what they act on
# did not take place as planned ("called off the summit", "the postponement of the vote").
CALLING_OFF_VERBS = frozenset(["cancel", "call off", "scrap", "scrub", "postpone", "put off", "push back", "delay",
                               "shelve", "axe"])
CALLING_OFF_NOUNS = frozenset("cancellation postponement".split())
# Verbs of leaving: a person leaving an organisation quits it ("left the party").
LEAVING_VERBS = frozenset("leave exit".split())
# Verbs of stance that are acts when their object is a thing, not what is meant: "chose the A350",
# "plans another event", "refused the offer".
CHOOSING_VERBS = frozenset("choose plan refuse select pick reject".split())
# Verbs of saying that are acts when what they say is a stretch of time set aside for something:
# "announced three days of mourning", "declared a day of national remembrance" (a decree, not news).
DECREEING_VERBS = frozenset("announce declare proclaim decree".split())
# Nouns of a stretch of time that may be decreed ("a week of mourning").
PERIOD_NOUNS = frozenset("day week month hour minute period".split())
# Verbs that say their complement did not happen: "refused to pay", "denied violating the rules".
NEGATING_VERBS = frozenset("deny refuse decline fail avoid".split())
# Verbs whose object does what the infinitive after it says: "selected Northrop to build the
# aircraft", "hired a bank to advise it" (the parser often hangs such an infinitive on the verb as if it
# said the subject's purpose).
OBJECT_CONTROL_VERBS = frozenset("""select choose pick hire ask urge tell order appoint name contract commission
allow authorize authorise permit force invite persuade encourage pay send mandate instruct task""".split())
# Verbs whose object does not do the infinitive after it, their subject does: "promised voters to cut taxes".
SUBJECT_CONTROL_VERBS = frozenset("promise pledge vow swear guarantee".split())
# Light verbs that are acts themselves when their object is a thing, not an act: "Airbus makes the
# plane", "the A380, made by Airbus", "Apple will give free cases to owners".
THING_ACT_VERBS = frozenset("make give".split())
# Verbs of saying how things are called that are acts when an actor gives the name: "the committee
# named the virus X" christens it; "a man named Hale" and "was named" only say what is called so.
NAME_GIVING_VERBS = frozenset("name".split())
# Prepositions whose gerund is done by the subject of the verb they hang from: "was suspended after
# violating the law", "cut costs by closing plants"; after "from", by its object if it has one
# ("barred the company from using the name").
SHARED_SUBJECT_PREPS = frozenset("after before by while without since upon despite from".split())
# Cues whose object is what was said even without a clause: "Boeing announced a new plane".
CUE_WITH_OBJECT = frozenset("""announce report confirm deny reveal disclose unveil predict forecast estimate claim
cite acknowledge admit post tweet request recommend describe applaud demand express""".split())
# What one claims by taking it, not by saying it: "claimed the $50,000 prize", "the fire claimed 12
# lives", "claimed a seat in parliament" (while "claimed responsibility", "claimed the raid" are said).
CLAIMED_THINGS = frozenset("""prize title medal trophy crown cup championship award seat life victim record gold
silver bronze spot place jackpot""".split())
# Verbs that report a finding, a plea or a feeling through what follows them ("the court found
# that ...", "pleaded not guilty", "expressed concern about ..."), and are acts of their own too:
# cues of reported speech, not kept from the events as CUE_VERBS are.
STANCE_CUES = frozenset("find plead express".split())
# Nouns of speech and stance: "X's announcement that ...", "a declaration of bankruptcy by X".
CUE_NOUNS = frozenset("""announcement statement declaration claim warning promise pledge plan proposal
demand request denial admission assertion prediction forecast decision threat vow""".split())
# Who speaks for a body without a name of his own: "a spokesperson told reporters".
SPOKESPERSON_NOUNS = frozenset("spokesperson spokesman spokeswoman".split())
# People who speak without a name, beyond the actor nouns: "officials said", "according to sources".
SPEAKER_PEOPLE_NOUNS = frozenset("""official authority source expert analyst witness researcher scientist diplomat
lawyer attorney""".split())
# People who speak for another but are not him: "Roe's lawyer said", "a lawyer for Roe", "Roe's son".
PROXY_NOUNS = frozenset("""lawyer attorney counsel solicitor barrister advocate son daughter wife husband
widow widower brother sister mother father nephew niece cousin""".split())
# Nouns that, with "from/by X", name a source: "according to a statement from X".
SOURCE_NOUNS = frozenset("statement report figures data estimate estimates announcement spokesman spokeswoman spokesperson official officials source sources release communique post message".split())

# Common nouns that name an actor the text gives no name ("protesters", "a federal jury"): people
# by what they do, and bodies by what they are. Plural people are a Group, bodies an Organization.
ACTOR_PEOPLE_NOUNS = frozenset("""
protester demonstrator activist militant rebel insurgent gunman attacker assailant soldier troop
fighter lawmaker legislator senator voter resident villager worker employee student candidate
supporter opponent firefighter rescuer prosecutor attorney investigator striker hacker pirate smuggler individual
fisherman bomber migrant refugee seeker hostage teacher nurse doctor farmer miner pensioner diplomat force
driver journalist conservative liberal socialist nationalist separatist donor creditor
""".split())
# Nouns of one person, by what they are or do: with a state's adjective ("a Russian soldier", "a
# British tourist", "a Kenyan man") the adjective tells where the person is from, not that the state
# acts or is acted on. Plural ones ("Russian soldiers") may act for their state, so only the singular.
INDIVIDUAL_NOUNS = (ACTOR_PEOPLE_NOUNS - {"force", "troop"}) | frozenset("""
man woman boy girl child teenager youth national citizen tourist visitor pilot passenger businessman
businesswoman photographer reporter cameraman aid-worker volunteer dissident blogger professor
""".split())
ACTOR_BODY_NOUNS = frozenset("""
jury court government parliament legislature police army military navy coalition regime
administration ministry council committee commission agency union opposition junta cabinet senate regulator
municipality
""".split())

# Bodies that act in their own name, apart from their state's government: "a Dutch court sentenced",
# "the German regulator fined", "Turkish police detained" are the court, the regulator, the police,
# not the Netherlands, Germany or Turkey (a state's government, army or ministry acts for the state).
BODIES_OF_THEIR_OWN = frozenset("court jury regulator commission agency committee police prosecutor".split())

# Head words of the names of the bodies that vote laws, and of their members: what "the Senate",
# "the House of Commons" or "lawmakers" vote on is a measure, no election.
LEGISLATURE_WORDS = frozenset("""
parliament congress senate legislature assembly house chamber council diet duma knesset
lawmaker lawmakers legislator legislators senator senators mps
""".split())

# Words that tell a person's sex: an honorific before the name, a kinship or a title beside it ("his
# wife Ella", "Mrs Hask", "Queen Ama"). Words used of either sex ("chairman", "actor") are not here.
FEMALE_WORDS = frozenset("""
mrs mrs. ms ms. miss lady dame madam madame wife mother daughter sister widow girlfriend fiancée fiancee
grandmother granddaughter aunt niece stepmother stepdaughter queen princess duchess empress countess
baroness spokeswoman chairwoman congresswoman businesswoman councilwoman policewoman sportswoman
actress woman girl nun
""".split())
MALE_WORDS = frozenset("""
mr mr. sir lord husband father son brother widower boyfriend fiancé fiance grandfather grandson uncle
nephew stepfather stepson king prince duke emperor baron spokesman congressman businessman
councilman policeman sportsman man boy monk
""".split())

# Last words of the names of markets shares trade on: "on the Tallin Stock Exchange", "on the Paris Bourse".
MARKETPLACE_HEADS = frozenset({"exchange", "bourse"})
# What a company's market or results news says moved: "Ford sales dropped", "shares of Apple rose".
COMPANY_MEASURES = frozenset("""
share stock sale sales profit revenue earnings income turnover valuation output production
""".split())

PERSON_PRONOUNS = frozenset("he she him her".split())

# The branch of the event taxonomy the acts of an office or a body belong to, by its head word: what
# a judge or a court does is a legal act, what a governor or a parliament does a political one, what
# an ambassador or an embassy does a diplomatic one.
OFFICE_BRANCHES: dict[str, str] = {
    **{w: "LegalEvent" for w in "judge justice magistrate prosecutor court tribunal jury".split()},
    **{w: "PoliticalEvent" for w in """president premier chancellor governor mayor senator congressman
        congresswoman lawmaker legislator minister parliament congress senate legislature assembly
        government cabinet ministry""".split()},
    **{w: "DiplomaticEvent" for w in "ambassador envoy diplomat consul embassy consulate".split()},
}
GROUP_REFERENCES = frozenset(
    ("both nations", "both countries", "both sides", "each side", "the two sides", "the two countries",
     "the two nations", "both parties", "the two parties", "the two governments", "both governments")
)

# How counted things are named in the graph: the singular lemma, with casualty words unified.
UNIT_NORMAL: dict[str, str] = {
    "injury": "injured", "injured": "injured", "wounded": "injured", "wound": "injured",
    "fatality": "killed", "death": "killed", "dead": "killed", "killed": "killed", "casualty": "casualty",
    "servicemen": "serviceman", "serviceman": "serviceman", "people": "person", "persons": "person",
    "crewmember": "crew member", "crewmembers": "crew member",
    # those who come to, watch or take part in a gathering are counted as the people there: "18,000
    # visitors attended the rally" is a crowd of 18,000 people
    "visitor": "person", "attendee": "person", "participant": "person", "spectator": "person",
    "onlooker": "person",
    # "lay off 2,000 staff": a count of staff is a count of employees
    "staff": "employee", "staffer": "employee", "staffers": "employee",
    "%": "percent", "per cent": "percent", "percent": "percent", "pct": "percent",
    # oil's rate of output, written short: "pumps 400,000 bpd"
    "bpd": "barrel per day", "b/d": "barrel per day",
}
QUALIFIERS = (
    "at least", "at most", "more than", "less than", "fewer than", "up to", "as many as", "as few as",
    "about", "around", "approximately", "roughly", "nearly", "almost", "over", "under", "some",
    "close to", "just over", "just under", "an estimated", "estimated", "upwards of", "no fewer than",
    "no more than", "as much as", "as little as",
)
# Words that open a grade on a scale, named with its number: "a Category 4 storm", "alert Level 3".
RATING_WORDS = frozenset({"category", "level", "grade", "force", "magnitude", "phase", "stage", "tier"})
CURRENCIES: dict[str, str] = {
    "$": "USD", "us$": "USD", "usd": "USD", "dollar": "USD", "dollars": "USD", "€": "EUR", "eur": "EUR",
    "euro": "EUR", "euros": "EUR", "£": "GBP", "#": "GBP", "gbp": "GBP", "pound": "GBP", "pounds": "GBP",
    "¥": "JPY", "yen": "JPY", "yuan": "CNY", "rmb": "CNY", "rupee": "INR", "rupees": "INR",
    "ruble": "RUB", "rubles": "RUB", "rouble": "RUB", "roubles": "RUB", "hryvnia": "UAH", "c$": "CAD",
    "a$": "AUD", "au$": "AUD", "nz$": "NZD", "hk$": "HKD", "s$": "SGD", "nt$": "TWD", "r$": "BRL", "mx$": "MXN",
    "chf": "CHF", "franc": "CHF", "francs": "CHF", "won": "KRW", "rs": "INR", "rs.": "INR", "₹": "INR",
    "inr": "INR", "krona": "SEK", "kronor": "SEK",
    # currencies one country issues, named the same in every report: "110 million rand", "50 billion naira"
    "rand": "ZAR", "naira": "NGN", "shekel": "ILS", "shekels": "ILS", "ringgit": "MYR", "baht": "THB",
    "rupiah": "IDR", "zloty": "PLN", "zlotys": "PLN", "forint": "HUF", "forints": "HUF", "cedi": "GHS",
    "cedis": "GHS", "taka": "BDT", "reais": "BRL", "tenge": "KZT",
}
# Cues aimed at someone, with the charge or the reason after "of" or "for": "accused X of Y",
# "blamed X for Y", "thanked X for Y". What was said is both the target and the reason.
CUE_WITH_TARGET = frozenset("accuse blame thank praise criticize criticise condemn fault credit".split())
# Cues that name or judge a thing: "called the raid illegal", "described the flood as the worst",
# "characterized the deal as 'a victory'". What was said is the thing with what it was called.
NAMING_CUES = frozenset("call characterize characterise describe label term dub brand".split())
# Names of one court filing: "filed a lawsuit ... the complaint notes ...".
FILING_NOUNS = frozenset("lawsuit suit complaint motion petition filing".split())
# Texts that speak for their author ("read the statement", "the warning said"): the author is who
# issued the same text earlier in the article ("X released a statement", "a warning issued by X").
TEXT_NOUNS = frozenset("""statement warning letter motion report release communique message post tweet
notice advisory bulletin ruling filing complaint lawsuit petition memo announcement""".split())
# Nouns of works made by an artist, author or composer: their "by" phrase names the maker, not one who
# acts now ("a painting by Monet sold for $40 million", "a novel by Roe was banned"), though many are
# verbs or made of verbs ("paint", "landscape", "record").
WORK_NOUNS = frozenset("""painting landscape portrait drawing sketch etching engraving lithograph print
sculpture carving photograph photo illustration mural fresco canvas watercolour watercolor artwork
book novel poem play film song album recording composition symphony opera manuscript""".split())
# Verbs of taking a place by force: "rebels seized the town of Goma", "troops captured the airport".
CAPTURE_VERBS = frozenset("seize capture overrun recapture retake".split())
# Nouns that name people by their violence: a killing they do is an attack ("gunmen killed five villagers").
ATTACKER_NOUNS = frozenset("""gunman gunmen bomber attacker assailant militant shooter sniper insurgent jihadist
terrorist rebel raider""".split())
# Makers whose name with a model number names an aircraft: "a Boeing 737", "an Airbus A320", "an Antonov An-26".
AIRCRAFT_MAKERS = frozenset("""boeing airbus embraer bombardier antonov ilyushin tupolev sukhoi cessna piper
beechcraft learjet gulfstream atr fokker dassault""".split())
# Verbs of striking a thing or coming down on it: with a weapon as subject they tell an attack ("drones hit
# a refinery", "a rocket landed near the embassy"); "strike" itself is a trigger of its own.
STRIKING_VERBS = frozenset("hit pound pummel slam smash batter target land fall rain".split())
# Nouns for the police and its officers, named or not: what they do is policing ("officers shot him dead",
# "police raided his home").
POLICE_NOUNS = frozenset("police officer policeman policewoman constable trooper deputy detective".split())
# Nouns for a crowd acting together: a place they storm is stormed in a riot ("a mob stormed the court").
CROWD_NOUNS = frozenset("crowd mob supporter activist youth".split())
# Verbs whose subject brings their object about: "the quake caused a tsunami", "the attacks triggered fires".
CAUSING_VERBS = frozenset("cause trigger spark provoke unleash generate produce prompt fuel stoke".split())

# Words that, capitalised before a single capitalised name, make it the name of a storm: "Typhoon
# Morana", "Hurricane Delia", "Tropical Storm Ana", "Cyclone Idai". A storm named so is no actor.
STORM_NAME_WORDS = frozenset("typhoon hurricane cyclone storm".split())
# Words that make an event noun tell an event other than one told before: "a previous attack",
# "another strike", "a second vote".
NEW_EVENT_MODIFIERS = frozenset("previous earlier prior another separate second new other first".split())
