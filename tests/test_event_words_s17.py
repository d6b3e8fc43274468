"""What a word tells of in its clause: a verb joined to another shares its subject's theme, a
participle of having a thing in hand describes it, "the injured" are people.

The sentences are written for these tests, with made-up names where the model reads them."""

from __future__ import annotations


def types_by_anchor(facts) -> dict[str, str]:
    return {m.anchor: e.type for e in facts.events.values() for m in e.mentions}


def test_a_verb_joined_to_another_tells_of_the_subject_they_share(extract_text):
    facts = extract_text("Nine people died when a coach swerved off the road and plunged into a gorge on Friday.")
    [crash] = [e for e in facts.events.values() if e.type == "RoadCrash"]
    assert {m.anchor for m in crash.mentions} >= {"swerved", "plunged"}
    assert "MarketMove" not in types_by_anchor(facts).values()


def test_a_market_verb_joined_to_another_stays_a_market_move(extract_text):
    facts = extract_text("Shares of Kestrel Foods rose 4% in early trading and then plunged after noon.")
    assert types_by_anchor(facts).get("plunged") == "MarketMove"


def test_a_participle_of_having_a_thing_in_hand_describes_it(extract_text):
    facts = extract_text("The ferry, operated by the firm Larsen Lines, was carrying 80 passengers to Oslo.")
    assert "operated" not in types_by_anchor(facts)


def test_a_participle_that_says_who_made_a_thing_is_still_an_act(extract_text):
    facts = extract_text("The bridge, built by Halvor Construction, was opened in 2019.")
    assert "built" in types_by_anchor(facts)


def test_the_injured_are_people_and_no_event(extract_text):
    facts = extract_text("A doctor said the injured had been taken to hospitals in Lima.")
    assert "injured" not in types_by_anchor(facts)


def test_people_injured_are_still_casualties(extract_text):
    facts = extract_text("Five people were injured at a market in Lima on Friday.")
    assert "injured" in types_by_anchor(facts)


def test_a_term_given_or_handed_to_someone_is_a_sentencing(extract_text):
    facts = extract_text("A judge in Lima handed Rosa Quint a ten-year prison term on Monday.")
    [sentencing] = [e for e in facts.events.values() if e.type == "Sentencing"]
    assert [facts.entities[k].name for k in sentencing.targets] == ["Rosa Quint"]
    assert [(q.value, q.unit) for k in sentencing.quantities for q in [facts.quantities[k]]] == [(10, "year")]


def test_a_deadline_given_is_no_sentencing(extract_text):
    facts = extract_text("The court gave the company a deadline of five days.")
    assert "Sentencing" not in types_by_anchor(facts).values()


def test_a_train_that_derails_is_a_rail_crash(extract_text):
    facts = extract_text("A passenger train derailed near Halden on Monday, injuring 12 people.")
    assert types_by_anchor(facts).get("derailed") == "RailCrash"


def test_a_plan_derailed_is_no_rail_crash(extract_text):
    facts = extract_text("Critics warned that the bill could derail the country's bid to join the bloc.")
    assert "RailCrash" not in types_by_anchor(facts).values()


def test_a_word_in_lower_case_names_no_place(extract_text):
    facts = extract_text("Twelve people were hurt in the derailment of a metro train in Oslo on Monday.")
    assert {e.name for e in facts.entities.values() if e.kind in ("City", "GeopoliticalEntity")} >= {"Oslo"}
    assert "metro" not in {e.name.lower() for e in facts.entities.values()}


def test_the_airline_is_the_company_whose_name_says_it_flies(extract_text):
    facts = extract_text("Kestrel Airlines ordered 20 jets on Monday. Last month the airline cut 300 jobs.")
    [cuts] = [e for e in facts.events.values() if e.type == "JobCuts"]
    assert [facts.entities[k].name for k in cuts.agents] == ["Kestrel Airlines"]


def test_the_carrier_is_no_air_force(extract_text):
    facts = extract_text("The Ostland Air Force bought 20 jets on Monday. Last month the carrier cut 300 jobs.")
    [cuts] = [e for e in facts.events.values() if e.type == "JobCuts"]
    assert cuts.agents == []


def test_a_bomber_who_blew_himself_up_attacked(extract_text):
    facts = extract_text("A suicide bomber blew himself up inside a mosque in Peshawar on Monday, killing 31 people.")
    [attack] = [e for e in facts.events.values() if e.type == "Attack"]
    assert facts.entities[attack.place].name == "Peshawar"
    assert [(q.value, q.unit) for k in attack.quantities for q in [facts.quantities[k]]] == [(31, "killed")]


def test_a_tank_that_blew_up_exploded(extract_text):
    facts = extract_text("A gas tank blew up at a factory in Lahore on Monday, killing three workers.")
    assert types_by_anchor(facts).get("blew") == "Explosion"


def test_the_time_of_a_purpose_is_not_the_acts(extract_text):
    facts = extract_text("A commander said a faction had carried out the attack to avenge the killing of a leader "
                         "last year.")
    [attack] = [e for e in facts.events.values() if any(m.anchor == "attack" for m in e.mentions)]
    assert attack.time is None


def test_an_event_noun_after_a_verb_joined_to_another_is_done_by_their_subject(extract_text):
    facts = extract_text("Prime Minister Omar Qasim condemned the bombing and ordered an investigation.")
    [inquiry] = [e for e in facts.events.values() if e.type == "Investigation"]
    assert [facts.entities[k].name for k in inquiry.agents] == ["Omar Qasim"]


def test_a_country_named_before_a_title_is_the_state_not_a_person(extract_text):
    # a real country: the rule reads the gazetteer, and the model takes this one for a person here
    facts = extract_text("Former Malawi minister jailed over fertiliser fraud\n\nA court sentenced Tom Banda on Monday.")
    assert {e.kind for e in facts.entities.values() if e.name == "Malawi"} == {"GeopoliticalEntity"}


def test_whom_a_petition_is_filed_against_is_the_lawsuits_target(extract_text):
    facts = extract_text("Solicitor General Ana Cruz filed a petition against Kestrel Media on Monday.")
    [suit] = [e for e in facts.events.values() if e.type == "Lawsuit"]
    assert [facts.entities[k].name for k in suit.targets] == ["Kestrel Media"]


def test_an_attacker_shot_dead_by_police_is_killed_in_an_act_of_their_own(extract_text):
    facts = extract_text("Omar Reyes was shot dead by police after he stabbed two people on Ferry Road.")
    [killing] = [e for e in facts.events.values() if e.type == "Casualty"]
    assert [facts.entities[k].name for k in killing.agents] == ["police"]
    assert [facts.entities[k].name for k in killing.targets] == ["Omar Reyes"]
