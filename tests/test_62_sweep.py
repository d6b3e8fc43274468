"""Defects found on unseen business and disaster news (helper 62's sweep).

Every sentence here was written for its test.
"""

from __future__ import annotations

from events_of import names, told_by


def test_a_countrys_central_bank_is_the_doer_of_its_rate_decision(extract_text):
    facts = extract_text("News\n\nChile's central bank cut its key interest rate to 5.5 percent on Thursday.")
    assert names(facts, told_by(facts, "cut").agents) == ["central bank"]


def test_the_central_bank_of_a_country_is_named_with_its_country(extract_text):
    facts = extract_text("News\n\nThe central bank of Peru lowered its benchmark rate on Tuesday.")
    assert names(facts, told_by(facts, "lowered").agents) == ["central bank of Peru"]


def test_a_bank_by_a_river_is_no_actor(extract_text):
    facts = extract_text("News\n\nThe river bank collapsed on Friday after heavy rain.")
    assert not any(e.name.endswith("bank") for e in facts.entities.values())


def test_a_storm_told_again_by_its_name_is_the_same_storm(extract_text):
    facts = extract_text("News\n\nCyclone Tavi struck the coast of Mozambique on Monday, killing eight people.\n"
                         "Tavi later weakened over land, forecasters said.")
    storms = [e for e in facts.events.values() if e.type == "Storm"]
    assert len(storms) == 1 and any(m.anchor == "weakened" for m in storms[0].mentions)


def test_two_storms_by_two_names_stay_two(extract_text):
    facts = extract_text("News\n\nHurricane Lenna hit Cuba on Monday.\n"
                         "On Wednesday, Hurricane Odran struck the coast of Mexico.")
    assert len([e for e in facts.events.values() if e.type == "Storm"]) == 2


def test_the_strikes_at_an_unknown_village_are_the_strikes_told_in_the_country(extract_text):
    facts = extract_text("News\n\nAir strikes killed nine people in northern Syria on Friday, monitors said.\n"
                         "The strikes destroyed houses in the village of Tell Marzun.")
    assert len([e for e in facts.events.values() if e.type == "Airstrike"]) == 1


def test_an_attack_at_an_unknown_village_after_one_in_a_city_stays_apart(extract_text):
    facts = extract_text("News\n\nRebels attacked Goma on Monday.\n"
                         "The attack on the village of Kaborendi killed four.")
    assert len([e for e in facts.events.values() if e.type == "Attack"]) == 2


def test_a_strike_by_workers_at_a_companys_plant_is_against_that_company(extract_text):
    facts = extract_text("News\n\nWorkers at Halvor Steel's mill in Gdansk went on strike on Monday over pay.")
    assert names(facts, told_by(facts, "strike").targets) == ["Halvor Steel"]


def test_a_walkout_by_a_companys_employees_is_against_it(extract_text):
    facts = extract_text("News\n\nEmployees of Kerris Airlines walked out on Thursday, demanding higher wages.")
    assert names(facts, told_by(facts, "walked").targets) == ["Kerris Airlines"]


def test_the_company_said_after_a_union_is_no_union(extract_text):
    facts = extract_text("News\n\nStaff at Brava Airlines walked out on Friday, the Unite union said.\n"
                         "The company said it regretted the walkout.")
    said = next(s for s in facts.statements.values() if "regretted" in s.text)
    assert facts.entities[said.speaker].name == "Brava Airlines"


def test_who_regrets_a_strike_did_not_strike(extract_text):
    facts = extract_text("News\n\nNurses at Vela Health went on strike on Monday.\n"
                         "Vela Health regretted the strike, a spokesman said.")
    assert all("Vela Health" not in names(facts, e.agents) for e in facts.events.values() if e.type == "LabourStrike")


def test_plans_protested_against_are_not_the_protesters_plans(extract_text):
    facts = extract_text("News\n\nWorkers at Ambrel Motors' plant in Graz went on strike on Wednesday to protest "
                         "against plans to cut 800 jobs.")
    assert told_by(facts, "cut").agents == []


def test_a_company_named_short_after_its_full_name_is_the_same_company(extract_text):
    facts = extract_text("News\n\nWorkers at Vesterby Motors' plant in Graz went on strike on Wednesday. "
                         "Vesterby announced the job cuts last month, blaming weak demand.")
    company = next(e for e in facts.entities.values() if e.name == "Vesterby Motors")
    assert "Vesterby" in [m.anchor for m in company.mentions]


def test_events_in_the_plural_opening_a_sentence_name_no_one(extract_text):
    facts = extract_text("Storm hits Vietnam\n\nHANOI, Oct 2 (Reuters) - Typhoon Lan hit central Vietnam on Monday.\n"
                         "Landslides buried four houses in Quang Nam province, and rescuers were searching "
                         "for seven missing villagers.")
    assert not any(e.name == "Landslides" for e in facts.entities.values())


def test_a_heat_wave_in_two_words_is_a_natural_disaster(extract_text):
    facts = extract_text("News\n\nA heat wave killed seven people in Rajasthan on Sunday, officials said.")
    assert told_by(facts, "heat wave").type == "NaturalDisaster"


def test_a_wave_of_attacks_is_no_heat_wave(extract_text):
    facts = extract_text("News\n\nA wave of attacks hit Kirkuk on Sunday.")
    assert all(e.type != "NaturalDisaster" for e in facts.events.values())


def test_wildfires_a_heatwave_fuelled_are_no_part_of_it(extract_text):
    facts = extract_text("News\n\nA heatwave baked southern Italy on Monday, fuelling wildfires in Sicily, "
                         "officials said.")
    assert told_by(facts, "heatwave").type == "NaturalDisaster"
    assert told_by(facts, "wildfires").type == "Wildfire"


def test_whom_a_contract_is_won_from_is_its_client(extract_text):
    facts = extract_text("News\n\nBrisk Rail secured a contract from Tarsia Railways to build 20 trains.")
    assert names(facts, told_by(facts, "secured").targets) == ["Tarsia Railways"]


def test_an_order_won_from_an_airline_has_the_airline_as_client(extract_text):
    facts = extract_text("News\n\nVeltra Aerospace has won an order from Kestrel Airways for 40 jets.")
    assert names(facts, told_by(facts, "won").targets) == ["Kestrel Airways"]


def test_the_count_of_those_who_tell_the_news_is_no_figure_of_it(extract_text):
    facts = extract_text("News\n\nOrvia Motors will buy Lenta Parts for $900 million, the two companies said.")
    event = told_by(facts, "buy")
    assert all(facts.quantities[k].unit != "company" for k in event.quantities)
