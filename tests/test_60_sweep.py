"""Crime, justice and obituary news read as a careful reader would: a raid the police make, who speaks
when a lawyer or a relative does.

Every sentence here was written for its test.
"""

from __future__ import annotations

from events_of import names, told_by


def speakers(facts) -> list[str]:
    return [facts.entities[s.speaker].name for s in facts.statements.values() if s.speaker in facts.entities]


def test_a_raid_by_the_police_is_an_investigation_not_an_attack(extract_text):
    facts = extract_text("News\n\nPolice raided the home of businessman Tomas Ferro in Quito on Thursday.")
    raid = told_by(facts, "raided")
    assert raid.type == "Investigation"
    assert names(facts, raid.agents) == ["Police"]


def test_a_raid_told_with_an_arrest_is_an_investigation(extract_text):
    facts = extract_text("News\n\nFour women were detained in dawn raids in the suburbs of Porto on Friday.")
    assert told_by(facts, "dawn raids").type == "Investigation"


def test_the_raid_told_again_after_a_police_raid_is_the_same_search(extract_text):
    facts = extract_text("News\n\nOfficers raided the offices of the Green Dawn party in Kampala on Monday. "
                         "Computers were seized during the raid.")
    raid = told_by(facts, "raided")
    assert raid.type == "Investigation"
    assert told_by(facts, "raid") is raid


def test_a_raid_by_gunmen_stays_an_attack(extract_text):
    facts = extract_text("News\n\nGunmen raided a market town in Niger state on Sunday.")
    assert told_by(facts, "raided").type == "Attack"


def test_a_police_raid_that_kills_stays_an_attack(extract_text):
    facts = extract_text("News\n\nPolice raided a house in Recife, killing three suspects.")
    assert told_by(facts, "raided").type == "Attack"


def test_a_clients_lawyer_speaks_not_the_client(extract_text):
    facts = extract_text("News\n\nDavor Lukic's lawyer said the charges against him were invented.")
    assert "Davor Lukic" not in speakers(facts)


def test_lawyers_for_a_defendant_speak_as_lawyers(extract_text):
    facts = extract_text("News\n\nLawyers for Davor Lukic said they would appeal the verdict.")
    assert speakers(facts) == ["Lawyers"]


def test_a_lawyer_named_in_apposition_speaks(extract_text):
    facts = extract_text("News\n\nDavor Lukic's lawyer, Irena Kos, said the charges were invented.")
    assert speakers(facts) == ["Irena Kos"]


def test_a_spokesman_for_a_company_still_speaks_for_it(extract_text):
    facts = extract_text("News\n\nA spokesman for Halvard Mining said the company would appeal.")
    assert speakers(facts) == ["Halvard Mining"]


def test_a_year_in_an_opening_participle_does_not_date_the_act(extract_text):
    facts = extract_text("News\n\nBorn in Accra in 1948, Kofi Boateng joined the Ghanaian navy in 1969.")
    assert facts.times[told_by(facts, "joined").time].value == "1969"


def test_a_place_in_an_opening_participle_does_not_locate_the_act(extract_text):
    facts = extract_text("News\n\nThe singer Lena Kraus has died, her agent said.\n\n"
                         "Raised in Linz, Kraus won the Golden Lyre prize in 1981.")
    assert told_by(facts, "won").place is None


def test_two_accounts_of_one_persons_death_are_one_death_on_the_earlier_day(extract_text):
    facts = extract_text("News\n\nPainter Ilse Brandt has died aged 90, her gallery said on Saturday.\n\n"
                         "Brandt died at her home in Bremen on Thursday after a short illness.")
    deaths = [e for e in facts.events.values() if e.type == "Death"]
    assert len(deaths) == 1
    assert facts.times[deaths[0].time].value == "2025-05-22"  # Thursday, before the Saturday it was told


def test_a_sentence_prosecutors_sought_is_no_sentencing(extract_text):
    facts = extract_text("News\n\nProsecutors had sought a 15-year sentence for Mirko Dalic.")
    assert [e for e in facts.events.values() if e.type == "Sentencing"] == []


def test_an_acquittal_asked_for_is_no_acquittal(extract_text):
    facts = extract_text("News\n\nThe defence asked for an acquittal of Ana Pereira.")
    assert [e for e in facts.events.values() if e.type == "Acquittal"] == []


def test_a_sentence_handed_down_after_one_was_sought_stays(extract_text):
    facts = extract_text("News\n\nProsecutors sought a life sentence, but the judge sentenced Dalic to 20 years.")
    assert told_by(facts, "sentenced").type == "Sentencing"


def test_who_pays_tribute_as_a_quotation_says_it(extract_text):
    facts = extract_text("News\n\nThe novelist Ruth Ambler has died, her publisher said. Her son Tom Ambler said "
                         "she died at home.\n\nPrime Minister Alan Frey paid tribute to her as \"a writer of "
                         "rare courage.\"")
    quote = next(s for s in facts.statements.values() if s.direct)
    assert facts.entities[quote.speaker].name == "Alan Frey"


def test_a_year_naming_the_case_in_a_headline_does_not_date_the_ruling(extract_text):
    facts = extract_text("Court acquits nine in 2018 arson case\n\nA court in Pune on Monday acquitted nine men "
                         "of arson.")
    acquittals = [e for e in facts.events.values() if e.type == "Acquittal"]
    assert len(acquittals) == 1
    assert facts.times[acquittals[0].time].value == "2025-05-19"


def test_the_company_as_subject_after_two_companies_is_the_earlier_subject(extract_text):
    facts = extract_text("News\n\nCordova Foods agreed to buy Lintel Bakeries for $400 million on Monday. "
                         "The company said the deal would close in March.")
    assert speakers(facts)[-1] == "Cordova Foods"



def test_whom_a_judge_frees_is_released_not_rescued(extract_text):
    facts = extract_text("News\n\nJudge Marta Solis freed Pedro Almeida on Monday.")
    assert told_by(facts, "freed").type == "PrisonerRelease"


def test_a_ruling_a_court_releases_is_no_prisoners_release(extract_text):
    facts = extract_text("News\n\nThe Supreme Court of Kenya released its ruling on Monday.")
    assert all(e.type != "PrisonerRelease" for e in facts.events.values())
