"""Roles and speakers: patterns found on news written for these tests (session 24).

Every sentence here was written for its test.
"""

from __future__ import annotations

from events_of import events_of, names


def test_a_state_adjective_of_one_person_is_not_the_person_sentenced(extract_text):
    facts = extract_text("Court news\n\nA court in Lviv sentenced a Belarusian soldier to nine years in prison on Monday.")
    [sentencing] = events_of(facts, "Ruling")
    assert "Belarus" not in names(facts, sentencing.targets)
    assert "court" in names(facts, sentencing.agents)


def test_a_state_adjective_of_one_person_is_not_the_attacker(extract_text):
    facts = extract_text("Attack news\n\nA Moldovan man attacked two police officers in Turin on Sunday.")
    [attack] = events_of(facts, "ConflictEvent")
    assert "Moldova" not in names(facts, attack.agents)


def test_forces_with_a_state_adjective_still_act_for_the_state(extract_text):
    facts = extract_text("War news\n\nRussian forces attacked the city of Sumy on Sunday.")
    [attack] = events_of(facts, "Attack")
    assert names(facts, attack.agents) == ["Russia"]


def test_a_headline_subject_is_read_as_a_phrase_not_word_by_word(extract_text):
    # the tagger reads the headline's verb "sentences" as a plural noun
    facts = extract_text("Belgian court sentences ex-mayor to five years\n\n"
                         "A Belgian court on Tuesday sentenced a former mayor to five years in prison for fraud.")
    [sentencing] = events_of(facts, "Ruling")
    assert names(facts, sentencing.agents) == ["Belgian court"]


def test_a_body_that_speaks_again_is_the_body_that_spoke_before(extract_text):
    facts = extract_text("Plane crash\n\nA small plane crashed near Juneau on Sunday, the Federal Aviation "
                         "Administration said. The single-engine Cessna came down in a forest. The agency said "
                         "the pilot had reported engine trouble.")
    speakers = {facts.entities[s.speaker].name for s in facts.statements.values() if s.speaker}
    assert speakers == {"Federal Aviation Administration"}


def test_a_crashing_craft_named_by_its_maker_is_no_doer(extract_text):
    facts = extract_text("Crash\n\nA twin-engine Beechcraft went down near Cork on Friday, killing two people.")
    [crash] = events_of(facts, "PlaneCrash")
    assert crash.agents == []


def test_an_aircraft_named_by_maker_and_model_crashes_as_a_plane(extract_text):
    facts = extract_text("Crash\n\nAn Embraer 190 crashed on landing at Quito on Monday.")
    assert events_of(facts, "PlaneCrash")


def test_a_makers_shares_that_plunge_are_no_plane_crash(extract_text):
    facts = extract_text("Shares\n\nEmbraer shares plunged 6 percent on Monday.")
    assert not events_of(facts, "PlaneCrash") and events_of(facts, "MarketMove")


def test_a_common_noun_opening_a_headline_is_no_organisation(extract_text):
    facts = extract_text("Plane crashes near Lagos, killing 12\n\nA light aircraft crashed near Lagos on Sunday, "
                         "killing twelve people.")
    assert "Plane" not in {e.name for e in facts.entities.values()}
    [crash] = events_of(facts, "PlaneCrash")
    assert crash.agents == []


def test_whom_a_fine_is_imposed_on_is_its_target_beside_the_sum(extract_text):
    # the parser hangs "Barclays" on the sum, the verb's second object
    facts = extract_text("Fine\n\nRegulators fined Barclays 30 million pounds on Tuesday.")
    [fine] = events_of(facts, "LegalEvent")
    assert names(facts, fine.targets) == ["Barclays"]


def test_a_headlines_state_and_title_name_the_office_holder_the_lead_names(extract_text):
    facts = extract_text("Chilean president vows to rebuild fire-hit towns\n\nChilean President Gabriel Boric on "
                         "Sunday promised to rebuild the towns destroyed by the wildfires near Valparaiso.")
    speakers = [facts.entities[s.speaker].name for s in facts.statements.values() if s.speaker]
    assert speakers and set(speakers) == {"Gabriel Boric"}


def test_a_company_spokesperson_speaks_for_the_company_told_before(extract_text):
    facts = extract_text("Fine\n\nRegulators fined Barclays 30 million pounds on Tuesday. \"We strongly disagree "
                         "with the findings and will consider our options,\" a company spokesperson said.")
    [quote] = [s for s in facts.statements.values() if s.direct]
    assert facts.entities[quote.speaker].name == "Barclays"


def test_a_body_named_by_a_noun_of_action_is_no_act_of_its_owner(extract_text):
    facts = extract_text("Mourning\n\nPeru's football federation declared two days of mourning on Monday.")
    anchors = {m.anchor for e in facts.events.values() for m in e.mentions}
    assert not any("federation" in a for a in anchors)


def test_a_speaker_the_parser_hangs_on_the_people_counted_speaks_and_is_no_victim(extract_text):
    facts = extract_text("Strike\n\nA drone hit an apartment building in the city of Kharkiv, injuring 11 people, "
                         "regional governor Oleh Syniehubov said on Telegram.")
    speakers = {facts.entities[s.speaker].name for s in facts.statements.values() if s.speaker}
    assert "Oleh Syniehubov" in speakers
    assert all("Oleh Syniehubov" not in names(facts, e.targets + e.agents) for e in facts.events.values())
