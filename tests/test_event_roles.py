"""Event roles from the sentence's structure, and speakers found as a reader finds them.

Every sentence here was written for its test.
"""

from __future__ import annotations


def events_of(facts, etype: str) -> list:
    return [e for e in facts.events.values() if e.type == etype]


def name(facts, key: str | None) -> str | None:
    return facts.entities[key].name if key in facts.entities else None


def test_the_subject_of_died_is_whom_it_befell_not_its_agent(extract_text):
    facts = extract_text("News\n\nFormer senator John Harris died on Sunday in Boston.")
    [event] = [e for e in facts.events.values() if any(m.anchor == "died" for m in e.mentions)]
    assert [name(facts, k) for k in event.targets] == ["John Harris"] and not event.agents


def test_the_passive_subject_of_a_verb_trigger_is_its_target(extract_text):
    facts = extract_text("News\n\nBusinessman Tom Baker was convicted of fraud on Tuesday.")
    [ruling] = events_of(facts, "Ruling")
    assert "Tom Baker" in [name(facts, k) for k in ruling.targets]


def test_a_possessor_of_an_arrest_is_the_one_arrested(extract_text):
    facts = extract_text("News\n\nPolice in Lyon confirmed Marc Dupont's arrest on Friday.")
    [arrest] = events_of(facts, "Arrest")
    assert "Marc Dupont" in [name(facts, k) for k in arrest.targets]
    assert "Marc Dupont" not in [name(facts, k) for k in arrest.agents]


def test_a_place_in_the_clause_of_a_light_verb_is_the_events_place(extract_text):
    facts = extract_text("News\n\nThe two ministers held talks in Geneva on Friday.")
    [talks] = events_of(facts, "Negotiation")
    assert name(facts, talks.place) == "Geneva"


def test_a_state_adjective_on_an_election_is_its_place_not_its_agent(extract_text):
    facts = extract_text("News\n\nThe Peruvian election was held on Sunday amid protests.")
    [election] = events_of(facts, "Election")
    assert name(facts, election.place) == "Peru" and not election.agents


def test_a_named_person_speaks_before_the_state_in_his_title(extract_text):
    facts = extract_text("News\n\nFrench Foreign Minister Claire Dubois said on Monday that the talks had failed.")
    speakers = {name(facts, s.speaker) for s in facts.statements.values()}
    assert speakers == {"Claire Dubois"}


def test_a_statement_that_reads_is_the_words_of_the_titled_person_named_before(extract_text):
    facts = extract_text('News\n\nOn Monday, Judge Helen Park rejected the request. "The evidence does not support '
                         'the claim in any way," reads part of the judge\'s statement.')
    [quote] = [s for s in facts.statements.values() if s.direct]
    assert name(facts, quote.speaker) == "Helen Park" and quote.cue == "read"


def test_the_lead_events_day_and_place_come_from_the_lead_sentence(extract_text):
    facts = extract_text("News\n\nOn Tuesday in Lyon, police said a protest against the pension reform "
                         "turned violent.")
    [protest] = events_of(facts, "Protest")
    assert name(facts, protest.place) == "Lyon"
    assert facts.times[protest.time].value == "2025-05-20"


def test_a_time_in_a_following_clause_dates_the_earlier_event_not_the_subject(extract_text):
    facts = extract_text("News\n\nRebels shelled the town of Goma on Sunday. The shelling followed an earlier "
                         "attack on the airport on Thursday.")
    dates = {m.anchor: facts.times[e.time].value if e.time else None
             for e in facts.events.values() for m in e.mentions}
    assert dates["attack"] == "2025-05-22"
    assert dates["shelling"] != "2025-05-22"


def test_an_event_after_following_is_not_dated_by_the_main_clause(extract_text):
    facts = extract_text("News\n\nThe two states exchanged 90 prisoners on Saturday, following an agreement "
                         "reached in Doha.")
    [agreement] = events_of(facts, "Agreement")
    assert agreement.time is None or facts.times[agreement.time].value != "2025-05-24"
