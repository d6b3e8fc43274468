"""Patterns found on news written for a review of unseen-news errors in a later session: armed groups
named with a figure or by the word "Front". Every sentence here was written for its test; none is
taken from the seed or the corpora."""

from __future__ import annotations

from events_of import events_of, names, words_of_the_one


def test_a_name_with_a_figure_before_rebels_is_their_group_no_product(extract_text):
    facts = extract_text("Offensive\n\nThe K40 rebel group seized the town of Lubero on Monday.")
    assert {e.kind for e in facts.entities.values() if e.name == "K40"} == {"Organization"}


def test_a_group_named_with_a_figure_is_the_agent_of_what_its_fighters_did(extract_text):
    facts = extract_text("Offensive\n\nK40 rebels seized the town of Lubero on Monday.")
    [capture] = events_of(facts, "Capture")
    assert names(facts, capture.agents) == ["K40"]


def test_a_name_with_a_figure_before_another_noun_is_still_a_product(extract_text):
    facts = extract_text("Launch\n\nVeltra unveiled the K40 tablet in Seoul on Monday.")
    assert {e.kind for e in facts.entities.values() if e.name == "K40"} <= {"Product"}


def test_a_name_ending_in_front_is_an_organisation(extract_text):
    facts = extract_text("Offensive\n\nThe Ogaden People's Liberation Front seized the town of Degehabur on Monday.")
    [capture] = events_of(facts, "Capture")
    assert [facts.entities[k].kind for k in capture.agents] == ["Organization"]


def test_a_division_geonames_names_in_french_is_found_by_its_english_name(extract_text):
    facts = extract_text("Clashes\n\nFighting between the army and rebels forced 20,000 people to flee in North "
                         "Kivu on Monday.")
    [region] = [e for e in facts.entities.values() if e.name == "North Kivu"]
    assert facts.entities[region.country_key].name == "Democratic Republic of the Congo"


def test_the_strike_that_hit_a_town_of_the_province_is_the_strike_told_in_the_province(extract_text):
    facts = extract_text("Attack\n\nA drone strike killed four people at a market in South Ubangi on Tuesday, "
                         "the army said.\n\nThe strike hit the town of Gemena shortly after noon, a local official said.")
    [strike] = events_of(facts, "Airstrike")
    assert facts.entities[strike.place].name == "Gemena"


def test_a_regions_adjective_before_a_thing_is_no_group_of_people(extract_text):
    facts = extract_text("Crash\n\nA bus plunged into a ravine in Peru's Andean region of Cusco on Tuesday, killing nine.")
    assert not [e for e in facts.entities.values() if e.name == "Andean"]


def test_a_peoples_adjective_before_people_is_still_their_group(extract_text):
    facts = extract_text("Clashes\n\nKurdish fighters attacked an army post near Qamishli on Monday.")
    assert "Kurdish fighters" in [e.name for e in facts.entities.values() if e.kind == "Group"]


def test_a_body_described_by_its_regions_adjective_is_an_organisation(extract_text):
    facts = extract_text("Fire\n\nThe Andalusian emergency service said on Monday the fire had burned 400 hectares.")
    assert ("Andalusian emergency service", "Organization") in [(e.name, e.kind) for e in facts.entities.values()]


def test_an_act_told_as_a_condition_did_not_happen(extract_text):
    facts = extract_text("Extradition\n\nSpain extradited Pavel Ostrov to the United States on Monday. Ostrov faces "
                         "up to 25 years in prison if convicted of fraud.")
    assert not events_of(facts, "Conviction")


def test_the_thing_a_condition_is_about_still_happened(extract_text):
    facts = extract_text("Talks\n\nTalks between the union and Veltra resumed in Oslo on Monday. The union will "
                         "call a strike if the talks fail.")
    assert events_of(facts, "Negotiation")


def test_a_man_accused_of_a_crime_is_told_of_by_no_one_the_sentence_names(extract_text):
    facts = extract_text("Extradition\n\nSpain extradited a Latvian man accused of stealing 20 million dollars to "
                         "the United States on Monday.")
    assert not [s for s in facts.statements.values() if "stealing" in s.text]


def test_a_surname_with_two_particles_is_one_persons_name(extract_text):
    facts = extract_text("Results\n\nChief executive Pieter van den Hoek said on Tuesday the company expected slower "
                         "growth this year.")
    assert ("Pieter van den Hoek", "Person") in [(e.name, e.kind) for e in facts.entities.values()]


def test_a_given_name_the_particles_follow_goes_on_to_the_surname(extract_text):
    facts = extract_text("Appeal\n\nThe coach, Marieke van den Sloot, said on Monday the team would appeal.")
    assert "Marieke van den Sloot" in [e.name for e in facts.entities.values() if e.kind == "Person"]


def test_people_killed_in_a_collapse_at_a_site_died_in_the_sites_collapse(extract_text):
    facts = extract_text("Three workers killed in collapse at Chilean copper mine\n\nThree workers were killed when a "
                         "tunnel collapsed at a copper mine in northern Chile on Friday, the operator said.")
    assert words_of_the_one(facts, "Collapse") == ["collapse", "collapsed"]
    assert not events_of(facts, "Casualty")


def test_a_profit_that_jumps_by_a_percentage_is_a_result_reported(extract_text):
    facts = extract_text("Brewer's profit jumps 18 percent\n\nDutch brewer Valdor reported an 18 percent rise in "
                         "annual net profit to 2.9 billion euros on Wednesday.")
    assert words_of_the_one(facts, "FinancialReport")[0] == "jumps"
    assert not events_of(facts, "MarketMove")


def test_shares_that_jump_by_a_percentage_still_move_the_market(extract_text):
    facts = extract_text("Results\n\nShares in Valdor jumped 6 percent in Amsterdam on Wednesday.")
    assert events_of(facts, "MarketMove")
