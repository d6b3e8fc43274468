"""Soft news: researchers' findings, prizes claimed, and companies the article says are companies.

The sentences are written for these tests, with made-up names."""

from __future__ import annotations

import datetime as dt

from events_of import names, told_by


def test_researchers_at_a_body_find_for_that_body(extract_text):
    facts = extract_text("Researchers at Keldor University discovered a new species of frog in Peru.")
    assert names(facts, told_by(facts, "discovered").agents) == ["Keldor University"]


def test_a_team_of_scientists_at_a_body_acts_for_that_body(extract_text):
    facts = extract_text("A team of astronomers at the Marlow Institute has detected water vapour on a "
                         "distant planet, the institute said on Wednesday.")
    assert names(facts, told_by(facts, "detected").agents) == ["Marlow Institute"]


def test_a_team_of_players_is_no_research_body(extract_text):
    facts = extract_text("A team of players from Keldor University visited the hospital on Friday.")
    assert "Keldor University" not in names(facts, told_by(facts, "visited").agents)


def test_findings_published_are_research(extract_text):
    facts = extract_text("The findings were published on Tuesday in the journal Stellar Review.")
    assert told_by(facts, "published").type == "Research"


def test_claiming_a_prize_is_no_statement(extract_text):
    facts = extract_text("Lena Morrow spelled the word in the final round to claim the $50,000 prize.")
    assert not facts.statements


def test_claiming_responsibility_is_still_said(extract_text):
    facts = extract_text("The Zorvan Front claimed responsibility for the bombing on Monday.")
    [claim] = facts.statements.values()
    assert facts.entities[claim.speaker].name == "Zorvan Front"


def test_a_name_the_article_calls_a_maker_is_a_company_wherever_it_is_named(extract_text):
    facts = extract_text("Chinese smartphone maker Orvana launched a budget phone in India on Tuesday. "
                         "Orvana's share of the market fell to 8%. Shares of Orvana rose 2.4% in Hong Kong.")
    [orvana] = [e for e in facts.entities.values() if e.name == "Orvana"]
    assert orvana.kind == "Organization"


def test_the_company_a_peoples_adjective_describes_is_the_company_named_before(extract_text):
    facts = extract_text("Hackers stole the details of two million customers of Dalvik Telecom, the Norwegian "
                         "company said on Friday.")
    [said] = facts.statements.values()
    assert facts.entities[said.speaker].name == "Dalvik Telecom"


def test_the_company_opening_a_sentence_is_the_one_named_in_a_sentence_before(extract_text):
    facts = extract_text("Kestrel Motors built a plant in Ohio. Rain fell in Oslo. The German carmaker said "
                         "it would hire 200 engineers.")
    [said] = facts.statements.values()
    assert facts.entities[said.speaker].name == "Kestrel Motors"


def test_a_kind_of_event_an_effort_would_lessen_is_no_event(extract_text):
    facts = extract_text("Volunteers planted 10,000 trees along the river on Sunday to reduce flooding.")
    assert not [e for e in facts.events.values() if e.type == "Flood"]


def test_a_definite_event_fought_is_still_an_event(extract_text):
    facts = extract_text("Firefighters tried to contain the blaze at a warehouse in Lyon on Sunday.")
    assert [e for e in facts.events.values() if e.type == "Fire"]


def test_named_clubs_that_play_a_match_are_organisations(extract_text):
    facts = extract_text("Harwick United beat Coldfield City 3-1 on Saturday to move top of the league.")
    kinds = {e.name: e.kind for e in facts.entities.values()}
    assert kinds["Harwick United"] == kinds["Coldfield City"] == "Organization"


def test_players_who_beat_each_other_stay_people(extract_text):
    facts = extract_text("Rafael Ortiz beat Tomas Berdan 6-4 6-3 in the final on Sunday.")
    kinds = {e.name: e.kind for e in facts.entities.values()}
    assert kinds["Rafael Ortiz"] == kinds["Tomas Berdan"] == "Person"


def test_a_plural_disaster_opening_a_sentence_is_the_disaster(extract_text):
    facts = extract_text("Landslides buried six houses in the village of Kaloma on Monday, killing four people.")
    [slide] = [e for e in facts.events.values() if e.type == "NaturalDisaster"]
    assert {m.anchor for m in slide.mentions} >= {"Landslides"}


def test_a_missile_test_fired_is_a_show_of_force_not_an_attack(extract_text):
    facts = extract_text("North Korea test-fired two ballistic missiles into the sea on Tuesday.")
    [test] = facts.events.values()
    assert test.type == "ShowOfForce" and names(facts, test.agents) == ["North Korea"]


def test_a_weapon_tested_is_a_show_of_force(extract_text):
    facts = extract_text("Iran tested a new cruise missile on Monday, state media reported.")
    assert told_by(facts, "tested").type == "ShowOfForce"


def test_missiles_fired_at_a_city_are_still_an_attack(extract_text):
    facts = extract_text("Russia fired missiles at Kyiv on Monday.")
    assert told_by(facts, "fired").type == "Attack"


def test_another_toll_in_a_paragraph_of_its_own_adds_to_the_attack_told_before(extract_text):
    facts = extract_text("News\n\nA bomb exploded at a market in Lyon on Monday, killing 12 people.\n\n"
                         "Another 150 people were injured, police said.")
    assert [e.type for e in facts.events.values()] == ["Attack"]


def test_the_city_is_the_town_named_just_before(extract_text):
    facts = extract_text("News\n\nFerdinand Reyes, the mayor of Tacloban, said 12 people died when an earthquake "
                         "struck the city on Monday.")
    [quake] = [e for e in facts.events.values() if e.type == "Earthquake"]
    assert facts.entities[quake.place].name == "Tacloban"


def test_the_town_struck_is_where_a_disaster_happened_over_the_region_named_beside_it(extract_text):
    facts = extract_text("News\n\nFloods hit the town of Maros in Sulawesi on Sunday.")
    [flood] = [e for e in facts.events.values() if e.type == "Flood"]
    assert facts.entities[flood.place].name == "Maros"


def test_a_month_a_promise_runs_from_is_to_come(extract_text):
    facts = extract_text("The mayor has promised free bus travel for all pupils from September.", dt.date(2025, 3, 9))
    assert [t.value for t in facts.times.values()] == ["2025-09"]


def test_a_month_a_past_change_ran_from_is_past(extract_text):
    facts = extract_text("Bus fares rose from September, the council said.", dt.date(2025, 3, 9))
    assert [t.value for t in facts.times.values()] == ["2024-09"]


def test_any_verb_between_a_quotation_and_its_named_speaker_attributes_it(extract_text):
    facts = extract_text('"It is a great day for all of us," beamed Anna Ruiz, the mayor of Lyon.')
    [said] = facts.statements.values()
    assert facts.entities[said.speaker].name == "Anna Ruiz" and said.direct


def test_a_verb_that_attributes_a_quotation_is_no_act(extract_text):
    facts = extract_text('"It is a great day for all of us," beamed Anna Ruiz, the mayor of Lyon.')
    assert not facts.events


def test_a_surname_the_tagger_took_for_a_noun_opening_a_sentence_is_the_person(extract_text):
    facts = extract_text('Aer Lingus chief executive Dermot Mannion said the jets were better. Ryanair owns a '
                         'stake in the airline. Mannion said of the new aircraft "They fit in with our plans '
                         'to open up new routes from Dublin."')
    speakers = {facts.entities[s.speaker].name for s in facts.statements.values() if s.direct}
    assert speakers == {"Dermot Mannion"}


def test_firing_counted_employees_is_a_job_cut(extract_text):
    facts = extract_text("Kestrel Motors will fire 300 employees at its plant in Ohio.")
    assert told_by(facts, "fire").type == "JobCuts"


def test_firing_a_chief_is_still_a_dismissal(extract_text):
    facts = extract_text("The board of Kestrel Motors fired its chief executive on Monday.")
    assert told_by(facts, "fired").type == "Dismissal"


def test_what_a_body_says_beside_its_request_is_no_part_of_the_request(extract_text):
    facts = extract_text("Kestrel Motors has asked the government for $5 billion in aid, saying that it plans "
                         "to fire three thousand employees.")
    cuts = told_by(facts, "fire")
    assert cuts.type == "JobCuts" and names(facts, cuts.agents) == ["Kestrel Motors"]


def test_a_sale_told_with_its_buyer_is_the_buyers_acquisition(extract_text):
    facts = extract_text("The Zentra Group sold its stake in Korvel Motors to Vantor Holdings on Monday.")
    sale = told_by(facts, "sold")
    assert sale.type == "Acquisition" and names(facts, sale.agents) == ["Vantor Holdings"]
    assert "Zentra Group" in names(facts, sale.participants)


def test_a_sale_with_no_buyer_named_stays_the_sellers_divestment(extract_text):
    facts = extract_text("The Zentra Group sold its stake in Korvel Motors on Monday.")
    sale = told_by(facts, "sold")
    assert sale.type == "Divestment" and names(facts, sale.agents) == ["Zentra Group"]


def test_an_act_only_wanted_has_not_happened(extract_text):
    facts = extract_text("Vantor Holdings wants the extra cost to be shouldered by Belgium and France.")
    assert not facts.events


def test_a_plan_of_a_type_wanted_is_still_told(extract_text):
    facts = extract_text("Kestrel Motors wants to cut 3,000 jobs at its plant in Ohio.")
    assert told_by(facts, "cut").type == "JobCuts"


def test_filing_for_bankruptcy_is_one_act_of_the_bankruptcy(extract_text):
    facts = extract_text("Kestrel Motors filed for bankruptcy on Tuesday.")
    [bankruptcy] = facts.events.values()
    assert {m.anchor for m in bankruptcy.mentions} == {"filed", "bankruptcy"}


def test_a_name_a_company_noun_is_set_beside_is_a_company(extract_text):
    facts = extract_text("Kestrel Motors scrapped a plan to sell the unit to Linda, a Canadian parts company.")
    kinds = {e.name: e.kind for e in facts.entities.values()}
    assert kinds["Linda"] == "Organization"


def test_a_name_set_beside_a_division_the_model_missed_is_a_company(extract_text):
    facts = extract_text("Kestrel Motors said that it would axe 10,000 jobs at its European division, Opel.")
    kinds = {e.name: e.kind for e in facts.entities.values()}
    assert kinds.get("Opel") == "Organization"


def test_posting_a_profit_is_no_statement(extract_text):
    facts = extract_text("Kestrel Motors posted a net profit of $997 million in the third quarter.")
    assert not facts.statements


def test_posting_a_message_is_still_said(extract_text):
    facts = extract_text("Kestrel Motors posted a message on its website apologising to customers.")
    assert [facts.entities[s.speaker].name for s in facts.statements.values()] == ["Kestrel Motors"]


def test_a_company_described_by_its_state_speaks_not_the_state(extract_text):
    facts = extract_text("The US automobile manufacturer Kestrel has said that it posted a net profit of $997 "
                         "million in the third quarter, and predicted that it would be profitable by 2027.")
    assert {facts.entities[s.speaker].name for s in facts.statements.values()} == {"Kestrel"}


def test_a_missile_test_told_by_its_noun_is_a_show_of_force(extract_text):
    facts = extract_text("Pakistan conducted a missile test over the Arabian Sea on Friday.")
    [test] = facts.events.values()
    assert test.type == "ShowOfForce" and names(facts, test.agents) == ["Pakistan"]


def test_what_a_relative_clause_says_of_speakers_names_none_of_them(extract_text):
    facts = extract_text("Kestrel Motors posted a profit. The results surprised most analysts, who had forecast "
                         "that the auto company would lose money.")
    [forecast] = [s for s in facts.statements.values() if s.cue == "forecast"]
    assert facts.entities[forecast.speaker].name != "Kestrel Motors"
