"""Every event type of the taxonomy, found by the real extraction on a sentence written for it; the ontology is valid.

The sentences are written for these tests (not taken from the seed, the corpora or the gold). Each
case lists the roles a careful reader takes from its sentence; ROLE_GAPS names those the extraction
misses today (kg/extraction/events/), tested as expected failures until it finds them.
"""

from __future__ import annotations

import re
import shutil
import subprocess
from decimal import Decimal

import pytest
import rdflib
from rdflib.namespace import OWL, RDF, RDFS, SKOS

from kg.resources import ontology_file, ontology_text

NKG = rdflib.Namespace("https://w3id.org/newskg/ontology#")
CAMEO = rdflib.Namespace("https://w3id.org/newskg/cameo#")
HEADLINE = "News in brief"  # two words: a one-word headline is read into the first sentence's parse

# Event type -> (sentence, roles): agent / target (a name among the event's agents / targets),
# participants (names all among its participants), place, date (the time's value), quantity (value, unit).
CASES: dict[str, tuple[str, dict]] = {
    "Attack": ('Russian forces attacked the Ukrainian town of Sumy on Tuesday.',
        dict(agent='Russia', place='Sumy', date='2025-05-20')),
    "Airstrike": ('Israel carried out an airstrike on a camp in Gaza on Sunday.',
        dict(agent='Israel', place='Gaza', date='2025-05-18')),
    "Shooting": ('A gunman shot two police officers in Denver on Friday.',
        dict(place='Denver', date='2025-05-23', quantity=(2, 'police officer'))),
    "PhysicalAssault": ('A man stabbed three people at a railway station in Leeds on Monday.',
        dict(place='Leeds', date='2025-05-19', quantity=(3, 'person'))),
    "Assassination": ('Gunmen assassinated the mayor of Acapulco on Monday.',
        dict(date='2025-05-19')),
    "Interception": ('NATO jets intercepted eight drones over Lublin on Friday.',
        dict(agent='NATO', date='2025-05-23', quantity=(8, 'drone'))),
    "Casualty": ('Four soldiers were killed near the border on Wednesday.',
        dict(date='2025-05-21', quantity=(4, 'killed'))),
    "Capture": ('Rebels captured the town of Dorval on Thursday.',
        dict(agent='Rebels', date='2025-05-22')),
    "CeasefireViolation": ('Militants violated the truce in Donetsk on Friday, killing two guards.',
        dict(agent='Militants', place='Donetsk', date='2025-05-23', quantity=(2, 'killed'))),
    "Rescue": ('Swiss soldiers rescued 30 hikers near Zermatt on Sunday.',
        dict(agent='Switzerland', place='Zermatt', date='2025-05-18', quantity=(30, 'hiker'))),
    "Clash": ('Clashes between Sudanese troops and rebels broke out in Khartoum on Thursday.',
        dict(place='Khartoum', date='2025-05-22')),
    "Kidnapping": ('Gunmen kidnapped 12 students from a school in Kaduna on Thursday.',
        dict(date='2025-05-22', quantity=(12, 'student'))),
    "ShowOfForce": ('The United States sent 2,000 troops to Poland on Monday.',
        dict(agent='United States', date='2025-05-19', quantity=(2000, 'troop'))),
    "Protest": ('Thousands of farmers protested in Brussels on Monday.',
        dict(place='Brussels', date='2025-05-19')),
    "Riot": ('A riot broke out at a prison in Quito on Saturday.',
        dict(place='Quito', date='2025-05-24')),
    "Crackdown": ('Riot police fired tear gas at protesters in Quito on Monday.',
        dict(agent='Riot police', target='protesters', place='Quito', date='2025-05-19')),
    "Negotiation": ('Chile and Peru held negotiations in Lima on Tuesday.',
        dict(participants=['Chile', 'Peru'], place='Lima', date='2025-05-20')),
    "Meeting": ('Japan and South Korea met in Tokyo on Friday.',
        dict(participants=['Japan', 'South Korea'], place='Tokyo', date='2025-05-23')),
    "Visit": ('Chancellor Olaf Scholz visited Warsaw on Thursday.',
        dict(agent='Olaf Scholz', target='Warsaw', date='2025-05-22')),
    "PhoneCall": ('Emmanuel Macron spoke by phone with Narendra Modi on Monday.',
        dict(participants=['Emmanuel Macron', 'Narendra Modi'], date='2025-05-19')),
    "Agreement": ('Ghana and Togo signed a border treaty in Accra on Friday.',
        dict(participants=['Ghana', 'Togo'], place='Accra', date='2025-05-23')),
    "Appeal": ('The United Nations urged Ethiopia to protect civilians.',
        dict(agent='United Nations', target='Ethiopia')),
    "Sanction": ('Canada imposed sanctions on Iran on Tuesday.',
        dict(agent='Canada', target='Iran', date='2025-05-20')),
    "PrisonerExchange": ('Armenia and Azerbaijan exchanged 32 prisoners on Wednesday.',
        dict(participants=['Armenia', 'Azerbaijan'], date='2025-05-21', quantity=(32, 'prisoner'))),
    "PrisonerRelease": ('Hamas released 20 hostages on Sunday.',
        dict(agent='Hamas', date='2025-05-18', quantity=(20, 'hostage'))),
    "Aid": ('Japan sent 40 tonnes of aid to Myanmar on Tuesday.',
        dict(agent='Japan', date='2025-05-20', quantity=(40, 'tonne'))),
    "Election": ('Portugal held a general election on Sunday.',
        dict(date='2025-05-18')),
    "Legislation": ('The Senate of Chile passed a pension bill on Wednesday.',
        dict(agent='Senate of Chile', date='2025-05-21')),
    "CampaignEnd": ('Senator Laura Finch suspended her presidential campaign on Thursday.',
        dict(agent='Laura Finch', date='2025-05-22')),
    "Endorsement": ('Former governor Tom Reyes endorsed Jennifer Walsh for mayor on Friday.',
        dict(agent='Tom Reyes', target='Jennifer Walsh', date='2025-05-23')),
    "EmergencyDeclaration": ('President Rui Matos declared a state of emergency in Lisbon on Monday.',
        dict(agent='Rui Matos', place='Lisbon', date='2025-05-19')),
    "Boycott": ('The Garnet Party boycotted the presidential election on Sunday.',
        dict(agent='Garnet Party', date='2025-05-18')),
    "Postponement": ('The governor of Ohio postponed the state primary election on Monday.',
        dict(date='2025-05-19')),
    "Dissolution": ('President Rui Matos dissolved the parliament of Portugal on Tuesday.',
        dict(agent='Rui Matos', target='parliament of Portugal', date='2025-05-20')),
    "Resignation": ('Finance Minister Maria Costa resigned on Monday.',
        dict(agent='Maria Costa', date='2025-05-19')),
    "Dismissal": ('Chelsea fired its head coach on Sunday.',
        dict(agent='Chelsea', date='2025-05-18')),
    "Appointment": ('Siemens appointed Laura Chen as chief executive on Tuesday.',
        dict(agent='Siemens', target='Laura Chen', date='2025-05-20')),
    "Nomination": ('Joe Biden nominated Ana Ruiz to the Supreme Court on Friday.',
        dict(agent='Joe Biden', target='Ana Ruiz', date='2025-05-23')),
    "Impeachment": ('The Congress of Peru impeached President Pedro Castillo on Thursday.',
        dict(agent='Congress of Peru', target='Pedro Castillo', date='2025-05-22')),
    "Deal": ('Ford signed a deal with Baidu on Monday.',
        dict(agent='Ford', date='2025-05-19')),
    "Acquisition": ('Microsoft acquired Activision for $69 billion in 2023.',
        dict(agent='Microsoft', target='Activision', date='2023', quantity=(69000000000, 'dollar'))),
    "Merger": ('Nissan and Honda announced a merger on Monday.',
        dict(participants=['Nissan', 'Honda'], date='2025-05-19')),
    "Divestment": ('Unilever sold its tea business on Monday.',
        dict(agent='Unilever', date='2025-05-19')),
    "ContractAward": ('Alstom won a contract to build a metro line in Cairo.',
        dict(agent='Alstom')),
    "Order": ('Qantas ordered 20 aircraft from Airbus on Tuesday.',
        dict(agent='Qantas', target='Airbus', date='2025-05-20', quantity=(20, 'aircraft'))),
    "Delivery": ('Boeing delivered 40 jets in March.',
        dict(agent='Boeing', date='2025-03', quantity=(40, 'jet'))),
    "FinancialReport": ('Nokia reported a quarterly profit of 500 million euros on Thursday.',
        dict(agent='Nokia', date='2025-05-22', quantity=(500000000, 'euro'))),
    "JobCuts": ('Volkswagen will cut 3,000 jobs in Germany.',
        dict(agent='Volkswagen', quantity=(3000, 'job'))),
    "Bankruptcy": ('Toys R Us filed for bankruptcy in Delaware on Monday.',
        dict(agent='Toys R Us', place='Delaware', date='2025-05-19')),
    "Founding": ('Spotify was founded in Stockholm in 2006.',
        dict(target='Spotify', place='Stockholm', date='2006')),
    "Aftershock": ('An aftershock of magnitude 5.1 shook Kobe on Tuesday.',
        dict(place='Kobe', date='2025-05-20')),
    "TrialRun": ("Boeing's 777X completed its first test flight in Seattle on Saturday.",
        dict(agent='Boeing', place='Seattle', date='2025-05-24')),
    "OutputCut": ('Chevron halted production at its refinery in Ruwais on Monday after a fire.',
        dict(agent='Chevron', date='2025-05-19')),
    "Closure": ('Nestle will close its factory in Tutbury next year.',
        dict(agent='Nestle', place='Tutbury', date='2026')),
    "Launch": ('Samsung launched a new smartphone in Seoul on Wednesday.',
        dict(agent='Samsung', place='Seoul', date='2025-05-21')),
    "Recall": ('Toyota recalled 50,000 cars on Tuesday.',
        dict(agent='Toyota', date='2025-05-20', quantity=(50000, 'car'))),
    "LabourStrike": ('Nurses staged a walkout at hospitals in Ontario on Monday.',
        dict(date='2025-05-19')),
    "Payment": ('Michael Bloomberg donated $10 million to Johns Hopkins University on Friday.',
        dict(agent='Michael Bloomberg', date='2025-05-23', quantity=(10000000, 'dollar'))),
    "Lending": ('The World Bank approved a $500 million loan to Kenya on Thursday.',
        dict(agent='World Bank', date='2025-05-22', quantity=(500000000, 'dollar'))),
    "MarketMove": ('Shares of Credit Suisse plunged 12 percent on Monday.',
        dict(date='2025-05-19', quantity=(12, 'percent'))),
    "Arrest": ('French police arrested three men in Lyon on Saturday.',
        dict(place='Lyon', date='2025-05-24', quantity=(3, 'man'))),
    "Charge": ('Prosecutors charged Eric Adams with bribery on Wednesday.',
        dict(target='Eric Adams', date='2025-05-21')),
    "Trial": ('The trial of Nicolas Sarkozy opened in Paris on Monday.',
        dict(target='Nicolas Sarkozy', place='Paris', date='2025-05-19')),
    "Lawsuit": ('Epic Games sued Apple in California in August.',
        dict(agent='Epic Games', target='Apple', date='2024-08')),
    "Ruling": ('The Supreme Court of Brazil issued a ruling on the land dispute on Thursday.',
        dict(agent='Supreme Court of Brazil', date='2025-05-22')),
    "Conviction": ('A court in Oslo convicted Anders Holm of tax fraud on Friday.',
        dict(target='Anders Holm', place='Oslo', date='2025-05-23')),
    "Sentencing": ('A judge in Boston sentenced Sam Miller to six years in prison on Tuesday.',
        dict(target='Sam Miller', place='Boston', date='2025-05-20')),
    "Acquittal": ('A jury in Madrid acquitted Luis Rubiales on Wednesday.',
        dict(target='Luis Rubiales', place='Madrid', date='2025-05-21')),
    "Fine": ('The European Commission fined Google $5 million on Monday.',
        dict(agent='European Commission', target='Google', date='2025-05-19', quantity=(5000000, 'dollar'))),
    "CourtAppeal": ('Imran Khan appealed the verdict on Monday.',
        dict(agent='Imran Khan', date='2025-05-19')),
    "Pardon": ('Joe Biden pardoned Hunter Biden on Sunday.',
        dict(agent='Joe Biden', target='Hunter Biden', date='2025-05-18')),
    "Parole": ('Oscar Pistorius was granted parole on Friday.',
        dict(target='Oscar Pistorius', date='2025-05-23')),
    "Execution": ('Singapore carried out the execution of a drug trafficker on Wednesday.',
        dict(agent='Singapore', date='2025-05-21')),
    "Extradition": ('Spain extradited John McAfee to the United States on Monday.',
        dict(agent='Spain', target='John McAfee', date='2025-05-19')),
    "Deportation": ('Russia expelled two British diplomats on Friday.',
        dict(agent='Russia', date='2025-05-23', quantity=(2, 'diplomat'))),
    "ImmigrationDecision": ('Canada denied visas to 12 Ugandan athletes on Friday.',
        dict(agent='Canada', date='2025-05-23', quantity=(12, 'athlete'))),
    "Investigation": ('Italian prosecutors opened an investigation into Monte dei Paschi on Tuesday.',
        dict(target='Monte dei Paschi', date='2025-05-20')),
    "Accident": ('Three workers were hurt in an accident at a steel plant in Ohio on Monday.',
        dict(place='Ohio', date='2025-05-19', quantity=(3, 'injured'))),
    "PlaneCrash": ('A small plane crashed near Nairobi on Sunday.',
        dict(place='Nairobi', date='2025-05-18')),
    "RoadCrash": ('A bus crash in Peru killed 14 people on Saturday.',
        dict(place='Peru', date='2025-05-24', quantity=(14, 'killed'))),
    "RailCrash": ('A train derailment near Athens injured 30 passengers on Tuesday.',
        dict(place='Athens', date='2025-05-20', quantity=(30, 'injured'))),
    "Shipwreck": ('A ferry capsized off Bangladesh on Friday.',
        dict(date='2025-05-23')),
    "Explosion": ('An explosion at a chemical plant in Texas injured five workers on Monday.',
        dict(place='Texas', date='2025-05-19', quantity=(5, 'injured'))),
    "Fire": ('A fire destroyed a hotel in Madrid on Saturday.',
        dict(place='Madrid', date='2025-05-24')),
    "Collapse": ('A bridge collapsed in Genoa on Tuesday.',
        dict(place='Genoa', date='2025-05-20')),
    "Stampede": ('A stampede at a festival in India killed 20 people.',
        dict(place='India', quantity=(20, 'killed'))),
    "NaturalDisaster": ('A landslide buried 24 homes in Colombia on Sunday.',
        dict(place='Colombia', date='2025-05-18', quantity=(24, 'home'))),
    "VolcanicEruption": ('A volcano erupted on the island of La Palma on Sunday.',
        dict(place='La Palma', date='2025-05-18')),
    "Earthquake": ('A strong earthquake shook central Italy on Wednesday.',
        dict(date='2025-05-21')),
    "Storm": ('A hurricane hit Florida on Thursday.',
        dict(target='Florida', date='2025-05-22')),
    "Flood": ('Floods destroyed 500 homes in Pakistan on Monday.',
        dict(place='Pakistan', date='2025-05-19', quantity=(500, 'home'))),
    "Wildfire": ('A wildfire burned 2,000 hectares near Athens on Monday.',
        dict(place='Athens', date='2025-05-19', quantity=(2000, 'hectare'))),
    "Death": ('Paul Auster died of cancer in New York on Sunday.',
        dict(target='Paul Auster', place='New York', date='2025-05-18')),
    "Injury": ('Kylian Mbappe suffered a knee injury on Friday.',
        dict(target='Kylian Mbappe', date='2025-05-23')),
    "Outbreak": ('Health officials declared a cholera outbreak in Haiti on Monday.',
        dict(place='Haiti', date='2025-05-19')),
    "ConfirmedCase": ('The Health Ministry of Kenya confirmed 40 new cases of measles on Tuesday.',
        dict(date='2025-05-20', quantity=(40, 'case'))),
    "Transport": ('Hundreds of migrants arrived in Lampedusa on Sunday.',
        dict(place='Lampedusa', date='2025-05-18')),
    "Evacuation": ('Greek authorities evacuated 5,000 residents from Rhodes on Friday.',
        dict(date='2025-05-23', quantity=(5000, 'resident'))),
    "Award": ('Faith Kipyegon won a gold medal in Paris on Saturday.',
        dict(place='Paris', date='2025-05-24')),
    "Disappearance": ('A fishing boat with six crew vanished in the Mozambique Channel on Sunday.',
        dict(date='2025-05-18', quantity=(6, 'crew'))),
    "Coup": ('Soldiers of Norland overthrew President Ana Vell in Varna on Wednesday.',
        dict(target='Ana Vell', place='Varna', date='2025-05-21')),
    "Cyberattack": ('Hackers stole the data of 40,000 customers of Velta Bank on Friday.',
        dict(agent='Hackers', date='2025-05-23', quantity=(40000, 'customer'))),
    "Seizure": ('The Coast Guard of Norland seized a cargo ship off Varna on Friday.',
        dict(agent='Coast Guard of Norland', place='Varna', date='2025-05-23')),
    "Research": ('Lund University published a study of 4,000 patients on Monday.',
        dict(agent='Lund University', date='2025-05-19', quantity=(4000, 'patient'))),
}

# Roles of CASES the extraction does not find today.
ROLE_GAPS: dict[str, set[str]] = {
    "Bankruptcy": {'agent'},  # the model reads 'Toys R Us' as the state 'Us'
}

ACE_SUBTYPES = frozenset("""Life:Be-Born Life:Marry Life:Divorce Life:Injure Life:Die Movement:Transport
    Transaction:Transfer-Ownership Transaction:Transfer-Money Business:Start-Org Business:Merge-Org
    Business:Declare-Bankruptcy Business:End-Org Conflict:Attack Conflict:Demonstrate Contact:Meet
    Contact:Phone-Write Personnel:Start-Position Personnel:End-Position Personnel:Nominate Personnel:Elect
    Justice:Arrest-Jail Justice:Release-Parole Justice:Trial-Hearing Justice:Charge-Indict Justice:Sue
    Justice:Convict Justice:Sentence Justice:Fine Justice:Execute Justice:Extradite Justice:Acquit
    Justice:Appeal Justice:Pardon""".split())
ACE_TYPES = frozenset(s.split(":")[0] for s in ACE_SUBTYPES)


def _same(want: str, got: str) -> bool:
    """A name the extraction gives names `want`: the same, or some of its words ("Khan" for "Imran Khan")."""
    return got == want or set(got.split()) <= set(want.split())


def _missing(facts, ev, expected: dict) -> set[str]:
    """The roles of `expected` that the event `ev` does not have."""
    def names(keys):
        return [facts.entities[k].name for k in keys]

    def has(want, keys):
        return any(_same(want, n) for n in names(keys))

    time = facts.times[ev.time].value if ev.time else None
    quantities = {(facts.quantities[q].value, facts.quantities[q].unit) for q in ev.quantities}
    checks = {
        "agent": lambda v: has(v, ev.agents),
        "target": lambda v: has(v, ev.targets),
        "participants": lambda v: all(has(p, ev.participants) for p in v),
        "place": lambda v: ev.place is not None and _same(v, facts.entities[ev.place].name),
        "date": lambda v: time == v,
        "quantity": lambda v: (Decimal(v[0]), v[1]) in quantities,
    }
    return {k for k, v in expected.items() if not checks[k](v)}


def _events_of(extract_text, name: str):
    text, _ = CASES[name]
    facts = extract_text(f"{HEADLINE}\n\n{text}")
    found = [e for e in facts.events.values() if e.type == name]
    assert found, f"no {name} event in {text!r}: {[(e.type, [m.anchor for m in e.mentions]) for e in facts.events.values()]}"
    return facts, found


def test_every_event_type_has_a_case():
    from kg.taxonomy import taxonomy

    assert set(CASES) == set(taxonomy())
    assert set(ROLE_GAPS) <= set(CASES)
    for name, gaps in ROLE_GAPS.items():
        assert gaps <= set(CASES[name][1]), name


@pytest.mark.parametrize("name", sorted(CASES))
def test_event_type_is_found_with_the_roles_found_today(name, extract_text):
    facts, found = _events_of(extract_text, name)
    expected = {k: v for k, v in CASES[name][1].items() if k not in ROLE_GAPS.get(name, set())}
    assert any(not _missing(facts, ev, expected) for ev in found), (
        f"{name}: missing {min((_missing(facts, ev, expected) for ev in found), key=len)}")


@pytest.mark.xfail(reason="roles the extraction misses today (kg/extraction/events/)", strict=False)
@pytest.mark.parametrize("name", sorted(ROLE_GAPS))
def test_roles_the_extraction_misses_today(name, extract_text):
    facts, found = _events_of(extract_text, name)
    wanted = {k: v for k, v in CASES[name][1].items() if k in ROLE_GAPS[name]}
    assert any(not _missing(facts, ev, wanted) for ev in found)


# ------------------------------------------------------------------ roles declared in the ontology

def test_roles_are_inherited_from_the_nearest_class_that_names_them():
    from kg.taxonomy import taxonomy

    t = taxonomy()
    assert t["Attack"].roles["agent"] == "attacker" and t["Attack"].roles["instrument"] == "weapon"  # ConflictEvent
    assert t["Shooting"].roles["agent"] == "shooter" and t["Shooting"].roles["instrument"] == "weapon"
    assert t["Conviction"].roles["agent"] == "court" and t["Conviction"].role("target") == "defendant"  # Ruling
    assert t["Acquisition"].roles["agent"] == "buyer" and t["Acquisition"].roles["source"] == "seller"
    assert t["Divestment"].roles["agent"] == "seller"  # its own, over Acquisition's
    assert t["Election"].roles == {**t["Election"].roles, "agent": "winner", "target": "office"}
    assert t["Negotiation"].role("participant") == "negotiating party"
    assert t["Collapse"].role("agent") == "cause"  # Disaster
    assert all({"agent", "target", "participant"} <= set(e.roles) for e in t.values())  # nkg:Event's defaults


def test_object_is_target_flag():
    from kg.taxonomy import taxonomy

    t = taxonomy()
    for name in ("Attack", "Arrest", "Conviction", "Sanction", "Appointment", "Acquisition", "Appeal"):
        assert t[name].object_is_target, name
    for name in ("Agreement", "Negotiation", "FinancialReport", "Election", "JobCuts", "CourtAppeal", "Protest"):
        assert not t[name].object_is_target, name


def test_codes_reach_the_event_type():
    from kg.taxonomy import taxonomy

    t = taxonomy()
    assert t["Attack"].cameo == "190" and t["Attack"].ace == ("Conflict:Attack",)
    assert t["Conviction"].cameo == "116" and t["Lawsuit"].ace == ("Justice:Sue",)
    assert t["Election"].cameo is None and t["Casualty"].ace == ("Life:Die", "Life:Injure")


# ------------------------------------------------------------------ the ontology

@pytest.fixture(scope="module")
def onto() -> rdflib.Graph:
    return rdflib.Graph().parse(data=ontology_text(), format="turtle")


def _event_classes(g: rdflib.Graph) -> set:
    return {c for c in g.transitive_subjects(RDFS.subClassOf, NKG.Event)} - {NKG.Event}


def test_ontology_parses_with_rapper_where_installed():
    rapper = shutil.which("rapper")
    if rapper is None:
        pytest.skip("rapper (raptor2-utils) is not installed")
    p = subprocess.run([rapper, "-i", "turtle", "-c", str(ontology_file())], capture_output=True, text=True)
    assert p.returncode == 0, p.stderr


def test_every_event_class_has_a_label_a_definition_and_its_place_in_the_scheme(onto):
    assert (NKG.EventTypes, RDF.type, SKOS.ConceptScheme) in onto
    assert (NKG.Event, SKOS.topConceptOf, NKG.EventTypes) in onto
    classes = _event_classes(onto)
    assert len(classes) > 80
    for c in classes:
        assert (c, RDF.type, OWL.Class) in onto and (c, RDF.type, SKOS.Concept) in onto, c
        assert onto.value(c, RDFS.label) is not None, c
        assert onto.value(c, SKOS.definition) is not None or onto.value(c, RDFS.comment) is not None, c
        assert (c, SKOS.inScheme, NKG.EventTypes) in onto, c
        assert set(onto.objects(c, SKOS.broader)) == set(onto.objects(c, RDFS.subClassOf)), c


def test_the_existing_classes_keep_their_names_and_places(onto):
    places = {
        "ConflictEvent": ["Attack", "Casualty", "Interception"],
        "DiplomaticEvent": ["Agreement", "Appeal", "Negotiation", "PrisonerExchange", "PrisonerRelease", "Sanction"],
        "Disaster": ["Accident", "Collapse", "NaturalDisaster", "Stampede"],
        "EconomicEvent": ["Acquisition", "Bankruptcy", "ContractAward", "Deal", "FinancialReport", "JobCuts", "MarketMove"],
        "LegalEvent": ["Arrest", "Lawsuit", "Ruling"],
        "PoliticalEvent": ["Appointment", "Election", "Resignation"],
        "Event": ["ConflictEvent", "DiplomaticEvent", "Disaster", "EconomicEvent", "LegalEvent", "PoliticalEvent", "Protest"],
    }
    for parent, children in places.items():
        for child in children:
            assert (NKG[child], RDFS.subClassOf, NKG[parent]) in onto, (child, parent)
    old_codes = {"Attack": "190", "Protest": "14", "Negotiation": "046", "Agreement": "057", "Appeal": "02",
                 "Sanction": "163", "PrisonerExchange": "0841", "PrisonerRelease": "0841", "Deal": "061",
                 "Lawsuit": "115", "Arrest": "173"}
    for name, code in old_codes.items():
        assert str(onto.value(NKG[name], SKOS.notation)) == code, name


def test_cameo_codes_are_two_to_four_digits_and_the_twenty_roots_are_there(onto):
    for s, code in onto.subject_objects(SKOS.notation):
        assert isinstance(code, rdflib.Literal) and code.datatype == CAMEO.Code, s
        assert re.fullmatch(r"[0-9]{2,4}", str(code)), (s, code)
    roots = {str(onto.value(c, SKOS.notation)) for c in onto.subjects(SKOS.inScheme, CAMEO.Codebook)}
    assert roots == {f"{n:02d}" for n in range(1, 21)}
    for c in _event_classes(onto):
        code = onto.value(c, SKOS.notation)
        root = onto.value(c, SKOS.exactMatch) or onto.value(c, SKOS.broadMatch)
        if code is not None and root is not None:  # a class's code lies under the root category it is mapped to
            assert str(code).startswith(str(onto.value(root, SKOS.notation))), c


def test_ace_codes_are_ace_2005_subtypes(onto):
    used = {str(v) for v in onto.objects(None, NKG.aceType)}
    assert used <= ACE_SUBTYPES | ACE_TYPES
    wanted = ACE_SUBTYPES - {"Life:Be-Born", "Life:Marry", "Life:Divorce"}
    assert wanted <= used, wanted - used


def test_a_trigger_belongs_to_one_class():
    """_trigger takes the first type whose words match: no word may be claimed twice."""
    from collections import defaultdict

    from kg.taxonomy import taxonomy

    plain: dict[str, list[str]] = defaultdict(list)
    themed: dict[tuple[str, str], list[str]] = defaultdict(list)
    for name, t in taxonomy().items():
        for w in t.triggers:
            plain[w].append(name)
        for w in t.themed:
            for theme in t.themes:
                themed[w, theme].append(name)
    assert not {w: ns for w, ns in plain.items() if len(ns) > 1}
    assert not {k: ns for k, ns in themed.items() if len(ns) > 1}
    # "shoot down" and a plain "shoot" of another type would both match "shot down"
    clashes = {w: (ns, plain[w.split()[0]]) for w, ns in plain.items()
               if " " in w and w.split()[0] in plain and plain[w.split()[0]] != ns}
    assert not clashes


def test_ruling_a_country_is_governing_it_not_a_court_ruling(extract_text):
    facts = extract_text("News\n\nThe emir had ruled the country since 2013.")
    assert not [e for e in facts.events.values() if e.type == "Ruling"]


def test_ruling_a_country_for_a_span_of_years_is_governing_it_not_a_court_ruling(extract_text):
    facts = extract_text("News\n\nSultan Amir bin Khalid ruled Farsania for fifty years.")
    assert not [e for e in facts.events.values() if e.type == "Ruling"]


def test_a_court_that_ruled_for_a_party_made_a_ruling(extract_text):
    facts = extract_text("News\n\nThe court ruled for the tenants on Monday.")
    assert [e.type for e in facts.events.values() if e.type == "Ruling"] == ["Ruling"]


def test_a_court_that_ruled_that_a_ban_was_unlawful_made_a_ruling(extract_text):
    facts = extract_text("News\n\nOn Monday the Supreme Court of Chile ruled that the ban was unlawful.")
    assert [e.type for e in facts.events.values() if e.type == "Ruling"] == ["Ruling"]


def test_a_court_that_ruled_a_law_void_made_a_ruling(extract_text):
    facts = extract_text("News\n\nOn Monday the Supreme Court of Chile ruled the law unconstitutional.")
    assert [e.type for e in facts.events.values() if e.type == "Ruling"] == ["Ruling"]


def test_a_pact_signed_by_two_states_is_an_agreement(extract_text):
    facts = extract_text("News\n\nChile and Peru signed a security pact on Monday.")
    assert [e.type for e in facts.events.values()] == ["Agreement"]


def test_a_call_with_its_particle_told_on_a_day_is_no_appeal(extract_text):
    facts = extract_text("News\n\nThe coast guard called off its search late on Tuesday.")
    assert not [e for e in facts.events.values() if e.type == "Appeal"]


def test_a_strike_workers_go_on_is_a_labour_strike(extract_text):
    facts = extract_text("News\n\nBakers went on strike in Marlow on Monday.")
    assert [e.type for e in facts.events.values()] == ["LabourStrike"]


def test_a_strike_begun_by_nurses_is_a_labour_strike(extract_text):
    facts = extract_text("News\n\nNurses at two clinics in Marlow began a 24-hour strike on Tuesday.")
    assert [e.type for e in facts.events.values()] == ["LabourStrike"]


def test_a_strike_by_drivers_is_a_labour_strike(extract_text):
    facts = extract_text("News\n\nThe strike by tram drivers in Marlow entered its second week.")
    assert [e.type for e in facts.events.values()] == ["LabourStrike"]


def test_strikes_thousands_of_workers_joined_are_labour_strikes(extract_text):
    facts = extract_text("News\n\nThousands of workers joined strikes at mills in Marlow on Friday.")
    assert [e.type for e in facts.events.values()] == ["LabourStrike"]


def test_the_strike_told_after_workers_went_on_strike_is_their_strike(extract_text):
    facts = extract_text("News in brief\n\nBakers in Marlow went on strike on Monday. "
                         "The union said the strike would last until Friday.")
    assert [e.type for e in facts.events.values()] == ["LabourStrike"]


def test_a_strike_workers_voted_to_end_is_a_labour_strike(extract_text):
    facts = extract_text("News\n\nDock workers in Marlow voted on Monday to end the strike.")
    assert "LabourStrike" in [e.type for e in facts.events.values()]
    assert "Attack" not in [e.type for e in facts.events.values()]


def test_the_headline_strike_takes_the_sense_of_the_leads_strike(extract_text):
    facts = extract_text("Marlow bakers end six-week strike\n\nBakers in Marlow went on strike in May and "
                         "returned to work on Monday.")
    assert "Attack" not in [e.type for e in facts.events.values()]


def test_a_headline_strike_over_a_leads_air_strike_is_an_attack(extract_text):
    facts = extract_text("Strike hits fuel depot\n\nJets carried out an air strike on a fuel depot near Homs "
                         "on Monday.")
    assert "LabourStrike" not in [e.type for e in facts.events.values()]


def test_the_strike_told_after_an_air_strike_is_still_an_attack(extract_text):
    facts = extract_text("News in brief\n\nJets struck a depot near Homs on Monday. "
                         "The army said the strike destroyed two tanks.")
    assert "LabourStrike" not in [e.type for e in facts.events.values()]


def test_a_missile_strike_a_state_launched_is_still_an_attack(extract_text):
    facts = extract_text("News\n\nRussia launched a missile strike on Odesa overnight.")
    assert [e.type for e in facts.events.values()] == ["Attack"]


def test_a_bus_that_plunged_into_a_ravine_crashed(extract_text):
    facts = extract_text("News\n\nA bus plunged into a ravine near Marlow on Saturday, killing 25 passengers.")
    assert [e.type for e in facts.events.values()] == ["RoadCrash"]


def test_a_lorry_the_parser_reads_as_described_by_overturned_crashed(extract_text):
    facts = extract_text("News\n\nA lorry overturned on the M6 near Stafford on Friday, injuring two people.")
    assert "RoadCrash" in [e.type for e in facts.events.values()]


def test_shares_that_plunged_are_still_a_market_move(extract_text):
    facts = extract_text("News\n\nShares of Orion Motors plunged 8 percent on Wednesday.")
    assert [e.type for e in facts.events.values()] == ["MarketMove"]


def test_drugs_seized_in_a_town_are_no_capture_of_it(extract_text):
    facts = extract_text("News\n\nPolice seized 200 kilograms of cocaine in the capital on Monday.")
    assert "Capture" not in [e.type for e in facts.events.values()]


def test_a_named_town_seized_by_rebels_is_captured(extract_text):
    facts = extract_text("News\n\nRebels seized Goma on Sunday.")
    assert "Capture" in [e.type for e in facts.events.values()]


def test_a_broken_truce_is_a_violation_not_a_new_accord(extract_text):
    facts = extract_text("News in brief\n\nThe militia broke the truce near Ostrava on Sunday.")
    assert [e.type for e in facts.events.values()] == ["CeasefireViolation"]


def test_ceasefire_violations_are_violations(extract_text):
    facts = extract_text("News in brief\n\nObservers counted 40 ceasefire violations on Sunday.")
    assert "CeasefireViolation" in [e.type for e in facts.events.values()]


def test_a_trade_agreement_broken_is_no_ceasefire_violation(extract_text):
    facts = extract_text("News in brief\n\nThe firm breached its supply agreement with Orlan last year.")
    assert "CeasefireViolation" not in [e.type for e in facts.events.values()]


def test_a_search_for_the_missing_is_a_rescue(extract_text):
    facts = extract_text("News in brief\n\nDivers resumed the search for the missing fishermen on Monday.")
    assert "Rescue" in [e.type for e in facts.events.values()]


def test_a_bank_rescued_by_a_government_is_no_rescue_of_people(extract_text):
    facts = extract_text("News in brief\n\nThe government of Ruritania rescued the bank in 2008.")
    assert "Rescue" not in [e.type for e in facts.events.values()]


def test_people_rescued_from_a_fire_are_counted_on_the_fire(extract_text):
    facts = extract_text("News in brief\n\nA fire broke out at a hotel in Leeds on Monday. "
                         "At least 17 people died and 35 were rescued.")
    fire = next(e for e in facts.events.values() if e.type == "Fire")
    assert "Rescue" not in [e.type for e in facts.events.values()]
    assert (Decimal(35), "rescued") in [(facts.quantities[q].value, facts.quantities[q].unit) for q in fire.quantities]


def test_money_saved_is_no_rescue(extract_text):
    facts = extract_text("News in brief\n\nThe new engines saved the airline 20 million dollars last year.")
    assert "Rescue" not in [e.type for e in facts.events.values()]


def test_a_killing_by_gunmen_is_an_attack(extract_text):
    facts = extract_text("News\n\nGunmen killed five villagers near Marlow on Monday.")
    assert [e.type for e in facts.events.values()] == ["Attack"]


def test_soldiers_wounded_by_militants_were_attacked(extract_text):
    facts = extract_text("News\n\nThree soldiers were wounded by militants near Marlow on Monday.")
    assert [e.type for e in facts.events.values()] == ["Attack"]


def test_talks_that_collapsed_are_no_disaster(extract_text):
    facts = extract_text("News\n\nTalks between the two unions collapsed in Marlow on Friday.")
    assert "Collapse" not in [e.type for e in facts.events.values()]


def test_a_building_that_collapsed_is_a_collapse(extract_text):
    facts = extract_text("News\n\nA five-storey building collapsed in Marlow on Tuesday, killing 12 people.")
    assert "Collapse" in [e.type for e in facts.events.values()]


def test_fighting_the_parser_reads_as_a_verb_is_a_clash(extract_text):
    facts = extract_text("News in brief\n\nThousands of people have been displaced by fighting in the city of Goma.")
    assert "Clash" in [e.type for e in facts.events.values()]


def test_votes_a_bill_passed_by_are_its_tally_not_an_election(extract_text):
    facts = extract_text("News\n\nParliament passed the budget by 230 votes to 190 on Wednesday.")
    assert [e.type for e in facts.events.values()] == ["Legislation"]


def test_market_demand_that_slows_is_no_appeal(extract_text):
    facts = extract_text("News in brief\n\nSales fell in May as demand for electric vans slowed in Norland.")
    assert "Appeal" not in [e.type for e in facts.events.values()]


def test_a_demand_for_an_act_that_grows_is_still_an_appeal(extract_text):
    facts = extract_text("News in brief\n\nThe demand for the mayor's resignation grew louder on Monday.")
    assert "Appeal" in [e.type for e in facts.events.values()]


def test_a_search_for_survivors_after_an_attack_is_a_rescue_of_its_own(extract_text):
    facts = extract_text("News in brief\n\nRebels shelled the town of Marlow on Monday. "
                         "Rescuers were still searching the rubble for survivors on Tuesday.")
    assert "Rescue" in [e.type for e in facts.events.values()]


def test_a_town_shelled_was_attacked(extract_text):
    facts = extract_text("News in brief\n\nArmy units shelled the village of Dorva on Monday.")
    assert [e.type for e in facts.events.values()] == ["Attack"]


def test_a_parliament_stormed_by_protesters_is_no_storm(extract_text):
    facts = extract_text("News in brief\n\nProtesters stormed the parliament of Norland on Tuesday.")
    assert "Storm" not in [e.type for e in facts.events.values()]


def test_miners_freed_by_rescuers_were_rescued(extract_text):
    facts = extract_text("News in brief\n\nRescuers freed 70 miners trapped in a quarry near Marlow on Sunday.")
    assert "Rescue" in [e.type for e in facts.events.values()]


# ------------------------------------------------------------------ disappearances, aid, loans, research

def _types(extract_text, text: str) -> list[str]:
    return [e.type for e in extract_text(f"{HEADLINE}\n\n{text}").events.values()]


def test_a_hiker_who_went_missing_disappeared(extract_text):
    assert _types(extract_text, "A hiker went missing in the Alps on Sunday.") == ["Disappearance"]


def test_profits_that_vanished_are_no_disappearance(extract_text):
    assert "Disappearance" not in _types(extract_text, "Profits at Velta Foods vanished as demand collapsed.")


def test_passengers_missing_after_a_capsizing_are_its_missing_not_a_disappearance(extract_text):
    types = _types(extract_text, "A ferry capsized off Dhaka on Monday. Twelve passengers went missing.")
    assert types == ["Shipwreck"]


def test_people_missing_in_the_sentence_of_a_disaster_are_its_missing(extract_text):
    assert _types(extract_text, "Two fishermen went missing when their boat capsized off Goa.") == ["Shipwreck"]


def test_a_central_bank_offering_loans_is_lending(extract_text):
    facts = extract_text(f"{HEADLINE}\n\nThe central bank of Norland offered 40 billion crowns in loans to "
                         "three lenders on Monday.")
    [loan] = [e for e in facts.events.values() if e.type == "Lending"]
    assert [m.anchor for m in loan.mentions] == ["offered"]


def test_bad_loans_a_government_buys_are_no_lending(extract_text):
    assert "Lending" not in _types(extract_text, "The government of Norland will buy bad loans from banks.")


def test_aid_pledged_in_money_is_aid(extract_text):
    assert _types(extract_text, "Germany pledged 500 million euros in humanitarian aid to Sudan on Friday.") == ["Aid"]


def test_a_suspect_interrogated_is_part_of_an_investigation(extract_text):
    assert _types(extract_text, "The suspect was interrogated by detectives for six hours.") == ["Investigation"]


def test_questioning_a_decision_is_no_investigation(extract_text):
    assert "Investigation" not in _types(extract_text, "Critics at Velta Foods questioned the decision on Monday.")


def test_asylum_seekers_saved_at_sea_were_rescued(extract_text):
    assert _types(extract_text, "Fishermen rescued 300 asylum seekers off Aceh on Friday.") == ["Rescue"]


def test_a_study_published_in_a_journal_is_research(extract_text):
    assert _types(extract_text, "The study was published in the journal Nature on Monday.") == ["Research"]


def test_a_named_study_published_this_week_is_research(extract_text):
    types = _types(extract_text, "The results of the National Salt Study published in the Lancet this week "
                                 "revealed that adults eat too much salt.")
    assert types == ["Research"]


def test_an_army_placed_on_high_alert_is_a_show_of_force(extract_text):
    assert _types(extract_text, "The army of Norland has been placed on high alert.") == ["ShowOfForce"]


def test_pressure_put_on_a_government_is_no_show_of_force(extract_text):
    assert "ShowOfForce" not in _types(extract_text, "The protests put pressure on the government of Norland.")


def test_seizing_power_is_a_coup(extract_text):
    assert _types(extract_text, "The army of Norland seized power on Wednesday.") == ["Coup"]


def test_gunmen_who_opened_fire_shot_and_started_no_fire(extract_text):
    assert _types(extract_text, "Gunmen opened fire on worshippers at a church in Varna on Sunday.") == ["Shooting"]


def test_a_fire_that_broke_out_is_still_a_fire(extract_text):
    assert _types(extract_text, "A fire broke out at a warehouse in Varna on Sunday.") == ["Fire"]


def test_trains_that_collided_crashed(extract_text):
    assert _types(extract_text, "A passenger train collided with a freight train near Varna on Tuesday.") == \
        ["RailCrash"]


def test_a_named_person_who_was_shot_was_shot_at_in_a_shooting(extract_text):
    assert _types(extract_text, "Senator Ana Vell was shot in the head at a market in Varna on Saturday.") == \
        ["Shooting"]


def test_a_bank_that_collapsed_went_under(extract_text):
    facts = extract_text(f"{HEADLINE}\n\nVarna Savings Bank collapsed on Friday.")
    [failure] = [e for e in facts.events.values() if e.type == "Bankruptcy"]
    assert [facts.entities[k].name for k in failure.targets] == ["Varna Savings Bank"] and not failure.agents


def test_talks_that_collapsed_are_no_bankruptcy(extract_text):
    assert "Bankruptcy" not in _types(extract_text, "The talks between Norland and Ostria collapsed on Friday.")


def test_results_of_a_vote_announced_are_no_company_report(extract_text):
    assert "FinancialReport" not in _types(extract_text, "Crowds in Varna cheered as the results of the vote were "
                                                         "announced on Sunday.")


def test_a_companys_quarterly_results_are_its_report(extract_text):
    assert "FinancialReport" in _types(extract_text, "Velta Foods announced its quarterly results on Tuesday.")


def test_a_cyber_attack_on_a_port_is_a_cyberattack_not_a_raid(extract_text):
    assert _types(extract_text, "A cyber attack on the port of Varna halted shipping on Monday.") == ["Cyberattack"]


def test_stealing_cattle_is_no_cyberattack(extract_text):
    assert "Cyberattack" not in _types(extract_text, "Raiders stole 300 cattle from a village near Varna.")


def test_a_storm_that_arrived_is_the_storm_not_a_journey(extract_text):
    types = _types(extract_text, "About 2,000 people were moved to shelters before the cyclone arrived in Varna.")
    assert "Storm" in types and "Transport" not in types


def test_people_who_drowned_when_a_boat_sank_are_the_wrecks_dead(extract_text):
    facts = extract_text(f"{HEADLINE}\n\nAt least 30 migrants drowned when their boat capsized off Varna on Sunday.")
    [wreck] = facts.events.values()
    assert wreck.type == "Shipwreck"
    assert [(facts.quantities[q].value, facts.quantities[q].unit) for q in wreck.quantities] == [(30, "dead")]


def test_a_capitalised_event_noun_opening_the_headline_is_the_leads_event(extract_text):
    facts = extract_text("Heatwave kills 15 in Norland\n\nVARNA, May 24 - A heatwave has killed at least 15 people "
                         "in Norland this month, the health ministry said on Friday.")
    [disaster] = [e for e in facts.events.values() if e.type == "NaturalDisaster"]
    assert [m.anchor for m in disaster.mentions][:2] == ["Heatwave", "kills"]


def test_what_a_named_typhoon_killed_is_the_typhoon(extract_text):
    facts = extract_text(f"{HEADLINE}\n\nTyphoon Velka has killed at least 20 people in Norland, officials said.")
    assert [e.type for e in facts.events.values()] == ["Storm"]


def test_captives_handed_over_are_released(extract_text):
    assert _types(extract_text, "The rebels handed over three hostages to the Red Cross on Sunday.") == \
        ["PrisonerRelease"]


def test_a_report_handed_over_is_no_release(extract_text):
    assert "PrisonerRelease" not in _types(extract_text, "The inspectors handed over their report on Sunday.")


def test_police_confiscating_drugs_is_a_seizure(extract_text):
    assert _types(extract_text, "Police in Varna confiscated two tonnes of cocaine on Monday.") == ["Seizure"]


def test_the_seizure_of_a_tanker_is_a_seizure(extract_text):
    types = _types(extract_text, "Norland condemned the seizure of the tanker by Ostrian commandos.")
    assert types.count("Seizure") == 1


def test_seizing_power_or_a_town_is_no_seizure_of_property(extract_text):
    types = _types(extract_text, "The army seized power in Norland and rebels seized the town of Dorval.")
    assert "Seizure" not in types


def test_a_medical_seizure_is_no_seizure_of_property(extract_text):
    assert "Seizure" not in _types(extract_text, "The striker suffered a seizure during the match on Sunday.")


def test_a_flight_that_came_down_crashed(extract_text):
    facts = extract_text(f"{HEADLINE}\n\nAll 74 people on board died when the flight came down near Quito.")
    [crash] = [e for e in facts.events.values() if e.type == "PlaneCrash"]
    assert "came" in [m.anchor for m in crash.mentions]


def test_a_bill_introduced_is_legislation(extract_text):
    assert _types(extract_text, "Senator Ana Ruiz introduced a bill on plastic bags on Monday.") == ["Legislation"]


def test_a_petition_filed_against_a_company_is_a_lawsuit(extract_text):
    assert _types(extract_text, "Ana Ruiz filed a petition against Velta Foods on Monday.") == ["Lawsuit"]


def test_commutations_granted_are_pardons(extract_text):
    assert _types(extract_text, "Governor Ana Ruiz granted four commutations on Tuesday.") == ["Pardon"]


def test_a_victory_in_an_election_is_its_winning(extract_text):
    facts = extract_text(f"{HEADLINE}\n\nRhea Tan won a narrow victory in the election on Sunday.")
    [election] = [e for e in facts.events.values() if e.type == "Election"]
    assert "victory" in [m.anchor for m in election.mentions]


def test_visas_refused_are_an_immigration_decision(extract_text):
    types = _types(extract_text, "The ministry rejected 3,000 asylum applications last year.")
    assert types == ["ImmigrationDecision"]


def test_fishermen_who_rescued_people_from_a_sinking_boat_made_a_rescue_of_their_own(extract_text):
    types = _types(extract_text, "Fishermen rescued 300 migrants whose boat sank off Lampedusa on Friday.")
    assert sorted(types) == ["Rescue", "Shipwreck"]


def test_a_word_of_a_type_only_with_its_theme_after_another_verb_is_no_anaphor(extract_text):
    facts = extract_text(f"{HEADLINE}\n\nNorland sent 500 troops to the border on Monday. The place was quiet "
                         "on Tuesday.")
    assert [[m.anchor for m in e.mentions] for e in facts.events.values()] == [["sent"]]


def test_a_case_file_is_no_lawsuit(extract_text):
    assert "Lawsuit" not in _types(extract_text, "Jonas Berg said the evidence in the case file was incomplete.")


def test_a_woman_who_went_missing_after_being_swept_away_disappeared(extract_text):
    types = _types(extract_text, "A woman went missing after being swept into the sea at Aberystwyth.")
    assert types == ["Disappearance"]


def test_soldiers_deployed_after_an_attack_that_set_a_fire_show_force(extract_text):
    types = _types(extract_text, "Rebels attacked a fuel depot in Dorva on Monday, causing a huge fire. The army "
                                 "deployed 500 soldiers to the town.")
    assert "ShowOfForce" in types


def test_a_tsunami_warning_is_no_tsunami(extract_text):
    facts = extract_text("News in brief\n\nJapan briefly issued a tsunami warning for its southern islands.")
    assert "NaturalDisaster" not in [e.type for e in facts.events.values()]


def test_a_headline_earthquake_that_strikes_is_no_attack(extract_text):
    facts = extract_text("Earthquake of magnitude 7.4 strikes Taiwan, killing nine\n\nA strong earthquake struck "
                         "the east of Taiwan on Wednesday, killing nine people.")
    assert "Attack" not in [e.type for e in facts.events.values()]


def test_an_index_that_strikes_a_high_makes_a_market_move_not_an_attack(extract_text):
    types = _types(extract_text, "The Halvor 300 Index struck a ten-month high on Tuesday, up 1.9%.")
    assert types == ["MarketMove"]


def test_an_index_that_reaches_a_level_after_gaining_makes_one_market_move(extract_text):
    facts = extract_text("News\n\nThe Halvor index reached 3020.50 points after gaining 1.2% on Tuesday.")
    [move] = facts.events.values()
    assert move.type == "MarketMove"
    assert sorted((str(facts.quantities[k].value), facts.quantities[k].unit) for k in move.quantities) == [
        ("1.2", "percent"), ("3020.5", "point")]


def test_a_company_that_reaches_a_deal_makes_no_market_move(extract_text):
    types = _types(extract_text, "Zephyr Corp. reached a deal with its lenders on Tuesday.")
    assert "MarketMove" not in types


# ---- headlines and phrasal forms of conflict, courts and politics

def _events(extract_text, text: str) -> list[tuple[str, list[str]]]:
    """(type, trigger words) of each event of `text`, in order."""
    return [(e.type, [m.anchor for m in e.mentions]) for e in extract_text(text).events.values()]


def _agents(facts, event) -> list[str]:
    return [facts.entities[k].name for k in event.agents]


def test_police_who_shot_a_man_dead_killed_him(extract_text):
    assert _types(extract_text, "Armed officers shot a man dead in Marlow on Sunday.") == ["Casualty"]


def test_police_who_shot_dead_a_man_killed_him(extract_text):
    assert _types(extract_text, "Armed officers shot dead a man in Marlow on Sunday.") == ["Casualty"]


def test_a_headline_adjective_read_into_the_object_goes_with_the_verb(extract_text):
    events = _events(extract_text, "Police shoot dead gunman at Marlow bank\n\nArmed officers shot dead a "
                                   "gunman inside a bank in Marlow on Monday.")
    assert [t for t, _ in events] == ["Casualty"]


def test_farmers_gunned_down_were_killed(extract_text):
    assert _types(extract_text, "Two farmers were gunned down near Kalvo on Sunday.") == ["Casualty"]


def test_drones_that_hit_a_refinery_attacked_it(extract_text):
    events = _events(extract_text, "Velmarian drones hit Kostrov oil refinery\n\nVelmarian drones struck an oil "
                                   "refinery in Kostrov overnight, the governor said on Tuesday.")
    assert events == [("Attack", ["hit", "struck"])]


def test_a_depot_hit_by_rockets_was_attacked(extract_text):
    assert _types(extract_text, "A fuel depot near Kostrov was hit by two rockets on Sunday.") == ["Attack"]


def test_airstrikes_that_pounded_a_city_are_one_airstrike(extract_text):
    events = _events(extract_text, f"{HEADLINE}\n\nVelmarian airstrikes pounded the city of Dorva on Monday.")
    assert events == [("Airstrike", ["Velmarian airstrikes", "pounded"])]


def test_shares_that_hit_a_record_are_no_attack(extract_text):
    assert "Attack" not in _types(extract_text, "Shares of Orion Motors hit a record high on Monday.")


def test_a_parliament_that_voted_to_impeach_the_president_impeached_him(extract_text):
    facts = extract_text(f"{HEADLINE}\n\nOstravia's parliament voted on Saturday to impeach President Darel Voss.")
    [event] = facts.events.values()
    assert (event.type, [m.anchor for m in event.mentions]) == ("Impeachment", ["voted", "impeach"])
    assert _agents(facts, event) == ["parliament"]


def test_a_headline_vote_to_impeach_is_the_impeachment_and_no_election(extract_text):
    events = _events(extract_text, "Ostravian parliament votes to impeach President Darel Voss\n\nOstravia's "
                                   "parliament voted on Saturday to impeach President Darel Voss.")
    assert [t for t, _ in events] == ["Impeachment"]


def test_workers_who_voted_to_strike_went_on_a_labour_strike(extract_text):
    assert _types(extract_text, "Dock workers in Marlow voted on Monday to strike.") == ["LabourStrike"]


def test_a_vote_not_to_act_stays_a_vote(extract_text):
    assert _types(extract_text, "Lawmakers in Ostravia voted not to impeach the governor.") == ["Legislation"]


def test_a_company_that_agreed_to_buy_a_rival_acquired_it(extract_text):
    facts = extract_text("Norvik Foods agrees to buy rival Bellamy Snacks\n\nNorvik Foods agreed on Tuesday to "
                         "buy rival Bellamy Snacks for $3 billion in cash.")
    [event] = facts.events.values()
    assert event.type == "Acquisition" and _agents(facts, event) == ["Norvik Foods"]
    assert [facts.quantities[k].value for k in event.quantities] == [Decimal("3000000000")]


def test_what_two_states_agree_to_do_stays_their_agreement(extract_text):
    assert _types(extract_text, "Chile and Peru agreed to exchange 40 prisoners on Monday.") == ["Agreement"]


def test_protesters_who_stormed_parliament_rioted(extract_text):
    assert _types(extract_text, "Hundreds of protesters stormed the parliament of Valdoria on Monday.") == ["Riot"]


def test_a_headline_storm_by_protesters_is_a_riot_and_no_weather(extract_text):
    events = _events(extract_text, "Protesters storm parliament in Valdoria\n\nHundreds of protesters stormed "
                                   "the parliament of Valdoria on Monday.")
    assert [t for t, _ in events] == ["Riot"]


def test_troops_who_stormed_a_compound_attacked_it(extract_text):
    assert _types(extract_text, "Special forces stormed a compound in Dolna on Friday.") == ["Attack"]


def test_asking_someone_to_act_is_an_appeal(extract_text):
    assert _types(extract_text, "The mayor of Marlow asked the schools to close early on Monday.") == ["Appeal"]


def test_when_asked_to_comment_is_no_appeal(extract_text):
    assert "Appeal" not in _types(extract_text, "When asked to comment, the minister of Ostravia declined.")


def test_a_refusal_told_beside_an_appeal_is_an_act_of_its_own(extract_text):
    events = _events(extract_text, f"{HEADLINE}\n\nThe government of Ostravia asked Judge Lena Marsh to delay her "
                                   "ruling, but she declined.")
    assert ("Appeal", ["asked"]) in events and any("declined" in words for _, words in events)


def test_a_killing_by_police_beside_the_attack_they_ended_is_their_own_act(extract_text):
    types = _types(extract_text, "Officers shot the attacker dead outside a store in Marlow in what police called "
                                 "a terrorist attack.")
    assert "Casualty" in types and "Attack" in types


def test_militants_killed_by_soldiers_in_a_clash_are_its_casualties(extract_text):
    assert _types(extract_text, "Soldiers killed 12 militants in a clash near Dorva on Monday.") == ["Clash"]


def test_a_headline_participle_without_its_auxiliary_tells_whom_it_was_done_to(extract_text):
    facts = extract_text("Ex-president Darel Voss arrested over bribes\n\nNo further details were given.")
    [event] = facts.events.values()
    assert event.type == "Arrest" and not event.agents
    assert [facts.entities[k].name for k in event.targets] == ["Darel Voss"]


def test_a_headline_act_of_ones_own_in_the_past_keeps_its_doer(extract_text):
    facts = extract_text("Darel Voss resigned as president\n\nNo further details were given.")
    [event] = facts.events.values()
    assert _agents(facts, event) == ["Darel Voss"]


def test_a_senate_that_confirmed_a_secretary_appointed_her(extract_text):
    assert _types(extract_text, "The Senate of Ostravia confirmed Ana Ruiz as defence secretary.") == ["Appointment"]


def test_drones_downed_by_a_state_were_intercepted(extract_text):
    assert _types(extract_text, "Ostravia downed 30 Velmarian drones overnight.") == ["Interception"]


def test_a_peace_deal_between_states_is_an_agreement(extract_text):
    assert _types(extract_text, "Ostravia and Velmaria signed a peace deal in Geneva on Monday.") == ["Agreement"]


def test_troops_who_opened_fire_shot_and_set_no_blaze(extract_text):
    assert _types(extract_text, "Soldiers opened fire on a crowd in Branica on Monday.") == ["Shooting"]


def test_a_jury_that_found_a_mayor_guilty_ruled(extract_text):
    types = _types(extract_text, "A jury in Lindau found former mayor Georg Hallik guilty of fraud on Monday.")
    assert types == ["Ruling"]


def test_a_rally_broken_up_by_police_is_not_done_by_the_police(extract_text):
    facts = extract_text(f"{HEADLINE}\n\nRiot police broke up a rally outside the parliament of Ostravia on Monday.")
    assert [e.type for e in facts.events.values()] == ["Crackdown", "Protest"]
    assert not [e for e in facts.events.values() if e.type == "Protest"][0].agents


def test_an_act_of_a_former_judge_is_no_legal_act(extract_text):
    types = _types(extract_text, "Mira Kestel, a former judge, campaigned across Varnia on Monday.")
    assert "LegalEvent" not in types


def test_a_headline_verb_the_parser_read_as_a_noun_is_a_verb(extract_text):
    facts = extract_text("Rebels attack army base in Kalvo\n\nNo further details were given.")
    assert [e.type for e in facts.events.values()] == ["Attack"]


def test_who_is_named_before_a_headline_verb_read_as_a_noun_does_it(extract_text):
    facts = extract_text("Court sentences ex-minister to ten years\n\nNo further details were given.")
    [event] = facts.events.values()
    assert event.type == "Sentencing" and _agents(facts, event) == ["court"]


def test_a_headline_with_a_verb_keeps_its_noun_modifiers_as_nouns(extract_text):
    facts = extract_text("Velmarian attack helicopter crashes near Dorva\n\nNo further details were given.")
    assert "Attack" not in [e.type for e in facts.events.values()]


def test_vaccine_doses_sent_to_an_outbreak_are_aid(extract_text):
    types = _types(extract_text, "The World Health Organization sent 500,000 doses of cholera vaccine to Lomar.")
    assert "Aid" in types


def test_a_budget_defeated_in_parliament_is_a_legislative_act(extract_text):
    assert _types(extract_text, "The budget of Tarsen was defeated in parliament in July.") == ["Legislation"]


def test_troops_who_recaptured_a_town_captured_it(extract_text):
    types = _types(extract_text, "Ostravian troops recaptured the border town of Meln from rebels on Thursday.")
    assert types == ["Capture"]


def test_cases_told_as_none_recorded_are_no_event(extract_text):
    assert _types(extract_text, "No new cases of cholera have been recorded in Lomar for 28 days.") == []


def test_police_who_arrested_no_one_made_no_arrest(extract_text):
    assert _types(extract_text, "Police in Marlow arrested no one after the match.") == []


def test_who_declared_the_end_of_an_outbreak_did_not_cause_it(extract_text):
    facts = extract_text(f"{HEADLINE}\n\nThe health ministry of Lomar declared the end of a cholera outbreak on "
                         "Monday.")
    assert [e.agents for e in facts.events.values() if e.type == "Outbreak"] == [[]]
