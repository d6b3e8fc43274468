"""Acts of named actors: who did what, where no finer event type applies or the act hides in a noun.

Every sentence here was written for its test.
"""

from __future__ import annotations

import pytest


def name(facts, key: str | None) -> str | None:
    return facts.entities[key].name if key in facts.entities else None


def told_by(facts, word: str) -> list:
    """The events one of whose mentions is `word`."""
    return [e for e in facts.events.values() if any(m.anchor == word for m in e.mentions)]


def agents(facts, word: str) -> set[str]:
    """The names of the agents of the events `word` tells of."""
    return {name(facts, k) for e in told_by(facts, word) for k in e.agents}


def test_the_object_of_a_support_verb_that_names_an_act_is_the_event(extract_text):
    facts = extract_text("News\n\nOn Monday, Nordwind Airlines negotiated the purchase of twelve regional jets.")
    assert agents(facts, "purchase") == {"Nordwind Airlines"}


def test_the_light_verb_is_another_word_of_the_act_its_object_names(extract_text):
    facts = extract_text("News\n\nAnna Kovac gave a presentation to the shareholders on Tuesday.")
    [event] = told_by(facts, "presentation")
    assert [m.anchor for m in event.mentions] == ["gave", "presentation"]
    assert [name(facts, k) for k in event.agents] == ["Anna Kovac"]


def test_an_act_held_by_a_company_is_that_companys_act(extract_text):
    facts = extract_text("News\n\nThe news came at a press conference held by Veltran Motors on Monday.")
    assert agents(facts, "press conference") == {"Veltran Motors"}


def test_holding_a_stake_is_no_act(extract_text):
    facts = extract_text("News\n\nArcadia Capital holds a stake in the copper mine.")
    assert not told_by(facts, "stake")


def test_things_given_away_are_not_acts_but_the_giving_is(extract_text):
    facts = extract_text("News\n\nLumio will give free cases to every buyer of its new phone.")
    assert not told_by(facts, "cases")
    assert agents(facts, "give") == {"Lumio"}


def test_a_thing_made_by_a_company_is_that_companys_act_of_making(extract_text):
    facts = extract_text("News\n\nThe first ferry, made by Halvard Shipyards, sailed on Friday.")
    assert agents(facts, "made") == {"Halvard Shipyards"}


def test_making_an_act_is_no_act_of_making(extract_text):
    facts = extract_text("News\n\nOn Friday, Halvard Shipyards made an offer for the rival yard.")
    [event] = told_by(facts, "offer")
    assert "made" in [m.anchor for m in event.mentions]


@pytest.mark.parametrize("text, word, doer", [
    ("On Monday, Halvard Shipyards signed a contract with the navy to supply four patrol boats.", "supply", "Halvard Shipyards"),
    ("On Monday, Nordwind Airlines was in talks to buy a smaller rival.", "buy", "Nordwind Airlines"),
    ("Veltran Motors' decision to move its headquarters surprised analysts.", "move", "Veltran Motors"),
], ids=["a contract someone signs", "talks someone is in", "a decision someone owns"])
def test_an_infinitive_after_a_noun_is_done_by_who_has_the_noun(extract_text, text, word, doer):
    facts = extract_text("News\n\n" + text)
    assert agents(facts, word) == {doer}


def test_a_headline_infinitive_is_done_by_the_name_before_it(extract_text):
    facts = extract_text("Veltran Motors to lower prices in Europe\n\nThe carmaker said on Monday that prices would fall.")
    assert agents(facts, "lower") == {"Veltran Motors"}


def test_an_infinitive_after_willing_is_done_by_the_subject(extract_text):
    facts = extract_text("News\n\nOn Monday, Tarsis Mining was willing to compensate the farmers.")
    assert agents(facts, "compensate") == {"Tarsis Mining"}


def test_an_infinitive_of_purpose_is_done_by_the_subject(extract_text):
    facts = extract_text("News\n\nOn Monday, Tarsis Mining sold two of its mines to repay its lenders.")
    assert agents(facts, "repay") == {"Tarsis Mining"}


def test_the_one_selected_to_act_does_the_act(extract_text):
    facts = extract_text("News\n\nOn Monday, the ministry selected Halvard Shipyards to build the new ferries.")
    assert agents(facts, "build") == {"Halvard Shipyards"}


def test_a_gerund_after_after_is_done_by_the_subject_of_its_verb(extract_text):
    facts = extract_text("News\n\nOn Monday, Tarsis Mining was suspended after violating the safety code.")
    assert agents(facts, "violating") == {"Tarsis Mining"}


def test_a_gerund_after_barred_from_is_done_by_the_one_barred(extract_text):
    facts = extract_text("News\n\nOn Monday, the court barred Helix Records from selling the recordings.")
    assert agents(facts, "selling") == {"Helix Records"}


@pytest.mark.parametrize("text, word", [
    ("Helix Media denied breaking the embargo.", "breaking"),
    ("Helix Media refused to publish the recordings.", "publish"),
], ids=["denied", "refused"])
def test_what_an_actor_denies_or_refuses_has_no_doer(extract_text, text, word):
    facts = extract_text("News\n\n" + text)
    assert "Helix Media" not in agents(facts, word)


def test_a_verb_sharing_a_passive_subject_does_not_take_the_passive_agent(extract_text):
    facts = extract_text("News\n\nThe jets were bought by Nordwind Airlines but will fly under a Dutch flag.")
    assert "Nordwind Airlines" not in agents(facts, "fly")


def test_a_passive_conjunct_undergoes_what_its_head_says(extract_text):
    facts = extract_text("News\n\nThree protesters were arrested and charged on Monday.")
    [charge] = told_by(facts, "charged")
    assert [name(facts, k) for k in charge.targets] == ["protesters"]


def test_a_verb_whose_object_is_an_event_is_another_word_of_that_event(extract_text):
    facts = extract_text("News\n\nThe European Union imposed a ban on the airline in March.")
    [event] = told_by(facts, "ban")
    assert [m.anchor for m in event.mentions] == ["imposed", "ban"]
    assert len(told_by(facts, "imposed")) == 1


def test_a_verb_reacting_to_an_event_stays_an_act_of_its_own(extract_text):
    facts = extract_text("News\n\nThe government of Peru condemned the attack on the embassy.")
    [attack] = told_by(facts, "attack")
    assert "condemned" not in [m.anchor for m in attack.mentions]


@pytest.mark.parametrize("phrase, word, act", [
    ("the purchase of jets", "purchase", True),
    ("a press conference", "conference", True),
    ("the development of a drug", "development", True),
    ("its approval", "approval", True),
    ("free cases", "cases", False),
    ("took part", "part", False),
    ("a wooden building", "building", False),
], ids=lambda v: v if isinstance(v, str) else None)
def test_a_noun_names_an_act_when_it_is_a_verb_or_made_of_one(nlp, phrase, word, act):
    from kg.extraction import parse
    from kg.extraction.events.phrases import names_an_act

    doc = parse(nlp, f"They saw {phrase}.")
    [tok] = [t for t in doc if t.text == word]
    assert names_an_act(tok) is act


def test_whoever_tests_positive_is_the_patient_of_a_confirmed_case(extract_text):
    facts = extract_text("News\n\nOn Friday, Senator Mark Ellis tested positive for the virus.")
    [case] = [e for e in facts.events.values() if e.type == "ConfirmedCase"]
    assert [name(facts, k) for k in case.targets] == ["Mark Ellis"] and not case.agents


def test_an_authority_that_confirms_cases_is_their_agent_not_their_patient(extract_text):
    facts = extract_text("News\n\nOn Friday, the health ministry confirmed twelve new cases of measles.")
    [case] = [e for e in facts.events.values() if e.type == "ConfirmedCase"]
    assert not case.targets


def test_a_participle_against_someone_on_an_event_noun_names_its_target(extract_text):
    facts = extract_text("News\n\nOn Wednesday, the court heard a lawsuit filed by the Senate of Peru against "
                         "Pedro Castillo.")
    [suit] = [e for e in facts.events.values() if e.type == "Lawsuit"]
    assert [name(facts, k) for k in suit.targets] == ["Pedro Castillo"]


def test_a_court_ruling_on_a_lawsuit_does_not_file_it(extract_text):
    facts = extract_text("News\n\nOn Wednesday, the court upheld a lawsuit filed by the Senate of Peru.")
    [suit] = [e for e in facts.events.values() if e.type == "Lawsuit"]
    assert [name(facts, k) for k in suit.agents] == ["Senate of Peru"]


def test_dying_at_a_hospital_says_where_not_whom(extract_text):
    facts = extract_text("News\n\nOn Friday, the former president died at Gleneagles Hospital in Singapore.")
    [death] = [e for e in facts.events.values() if any(m.anchor == "died" for m in e.mentions)]
    assert name(facts, death.place) == "Gleneagles Hospital" and not death.targets


def test_missiles_launched_at_a_city_aim_at_it(extract_text):
    facts = extract_text("News\n\nOn Saturday, rebel forces launched rockets at the city of Goma.")
    [attack] = [e for e in facts.events.values() if any(m.anchor == "launched" for m in e.mentions)]
    assert "Goma" in [name(facts, k) for k in attack.targets]


def test_a_storm_happens_in_the_state_it_hit(extract_text):
    facts = extract_text("News\n\nOn Tuesday, Hurricane Delia hit Florida with winds of 120 mph.")
    [storm] = [e for e in facts.events.values() if e.type == "Storm"]
    assert name(facts, storm.place) == "Florida"


def test_what_befalls_a_named_actor_in_the_passive_is_an_act_done_to_them(extract_text):
    facts = extract_text("News\n\nOn Monday, Robert Okello was hospitalized in Nairobi.")
    [event] = told_by(facts, "hospitalized")
    assert [name(facts, k) for k in event.targets] == ["Robert Okello"] and not event.agents


def test_a_participle_that_says_where_something_is_is_no_act(extract_text):
    facts = extract_text("News\n\nOn Monday, Acme Corp was based in Ohio.")
    assert not told_by(facts, "based")


@pytest.mark.parametrize("text, appeal", [
    ("On Tuesday, General Motors sought more government aid.", True),
    ("On Tuesday, Ukraine asked for military assistance from its allies.", True),
    ("On Tuesday, the police sought a suspect in the robbery.", False),
], ids=["sought aid", "asked for assistance", "sought a suspect"])
def test_seeking_or_asking_for_aid_is_an_appeal(extract_text, text, appeal):
    facts = extract_text("News\n\n" + text)
    assert any(e.type == "Appeal" for e in facts.events.values()) is appeal


@pytest.mark.parametrize("text, word, doer", [
    ("On Monday, Veltran Motors' withdrawal from the talks angered the union.", "withdrawal", "Veltran Motors"),
    ("On Monday, the search by Halvard Shipyards found nothing.", "search", "Halvard Shipyards"),
], ids=["a possessor", "a by-phrase"])
def test_an_act_named_by_a_noun_is_done_by_whom_its_phrase_names(extract_text, text, word, doer):
    facts = extract_text("News\n\n" + text)
    assert agents(facts, word) == {doer}


def test_a_thing_someone_owns_is_no_act(extract_text):
    facts = extract_text("News\n\nOn Monday, Veltran Motors' store in Lyon closed its doors.")
    assert not told_by(facts, "store")


def test_a_body_of_people_named_by_a_verb_ending_is_no_act(extract_text):
    facts = extract_text("News\n\nOn Monday, Germany's government and the bank's management met in Berlin.")
    assert not told_by(facts, "government") and not told_by(facts, "management")


@pytest.mark.parametrize("text", [
    "On Monday, the Dow Jones Industrial Average fell 3 percent.",
    "The Nikkei index recovered hundreds of points on Tuesday.",
], ids=["a compound names the index", "recovered points"])
def test_an_index_that_moves_is_a_market_move(extract_text, text):
    facts = extract_text("Markets\n\n" + text)
    assert any(e.type == "MarketMove" for e in facts.events.values())


def test_an_average_that_is_no_market_index_makes_no_market_move(extract_text):
    facts = extract_text("News\n\nThe average temperature in Lisbon rose by two degrees in July.")
    assert not any(e.type == "MarketMove" for e in facts.events.values())


def test_a_patient_who_recovers_makes_no_market_move(extract_text):
    facts = extract_text("News\n\nThe patient recovered slowly in hospital.")
    assert not any(e.type == "MarketMove" for e in facts.events.values())


@pytest.mark.parametrize("text, word, act", [
    ("On Monday, Nordwind Airlines chose the A350 over the 787.", "chose", True),
    ("On Monday, Nordwind Airlines refused the offer from its pilots.", "refused", True),
    ("On Monday, Nordwind Airlines said it planned to close two routes.", "planned", False),
], ids=["chose a plane", "refused an offer", "planned to close"])
def test_choosing_or_refusing_a_thing_is_an_act_but_a_plan_to_act_is_what_is_meant(extract_text, text, word, act):
    facts = extract_text("News\n\n" + text)
    assert bool(told_by(facts, word)) is act


def test_a_thing_a_relative_clause_says_a_company_made_is_its_act_of_making(extract_text):
    facts = extract_text("News\n\nThe judge owns a Lumio phone, which is made by Veltran Electronics.")
    assert agents(facts, "made") == {"Veltran Electronics"}


@pytest.mark.parametrize("text, etype", [
    ("On Friday, the leaders of the two countries spoke by telephone.", "PhoneCall"),
    ("Last year, poor health was cited when the minister stepped down from his position.", "Resignation"),
    ("On Monday, the city court set bail at 100,000 lari.", "Ruling"),
    ("The attacker had been released from prison a week earlier.", "PrisonerRelease"),
    ("On Sunday, the army imposed martial law in the region.", "EmergencyDeclaration"),
], ids=["spoke by telephone", "stepped down", "set bail", "released from prison", "martial law"])
def test_a_phrase_the_parser_splits_still_signals_its_type(extract_text, text, etype):
    facts = extract_text("News\n\n" + text)
    assert etype in {e.type for e in facts.events.values()}


def test_an_event_noun_counted_by_the_object_is_done_by_the_subject(extract_text):
    facts = extract_text("News\n\nOn Tuesday, President Rui Matos issued a series of seven pardons.")
    [pardons] = told_by(facts, "pardons")
    assert [name(facts, k) for k in pardons.agents] == ["Rui Matos"]
    assert [m.anchor for m in pardons.mentions] == ["issued", "pardons"]


def test_a_pronoun_in_a_role_stands_for_the_person_named_before(extract_text):
    facts = extract_text("News\n\nOn Monday, police arrested Marc Dupont in Lyon. He was charged with fraud on Tuesday.")
    [charge] = [e for e in facts.events.values() if e.type == "Charge"]
    assert [name(facts, k) for k in charge.targets] == ["Marc Dupont"]
    dupont = facts.entities[charge.targets[0]]
    assert any(m.anchor == "He" and m.kind == "pronoun" for m in dupont.mentions)


def test_it_in_what_a_company_says_is_that_company(extract_text):
    facts = extract_text("News\n\nOn Monday, Veltran Motors said it would cut 300 jobs in Ohio.")
    [cuts] = [e for e in facts.events.values() if e.type == "JobCuts"]
    assert [name(facts, k) for k in cuts.agents] == ["Veltran Motors"]


def test_it_that_is_no_speaker_stands_for_no_company(extract_text):
    facts = extract_text("News\n\nOn Monday, Veltran Motors closed a plant as it moved production to Ohio.")
    assert "Veltran Motors" not in agents(facts, "moved")


@pytest.mark.parametrize("text, target", [
    ("On Sunday, the town of Goma was flattened by the earthquake.", "Goma"),
    ("Yesterday, oil facilities belonging to Veltran Energy were hit by drone strikes.", "Veltran Energy"),
], ids=["a town", "the owner of the facilities"])
def test_what_a_passive_says_an_attack_or_disaster_struck_is_its_target(extract_text, text, target):
    facts = extract_text("News\n\n" + text)
    struck = {name(facts, k) for e in facts.events.values() for k in e.targets}
    assert target in struck


def test_the_one_who_promises_does_what_is_promised_not_the_one_promised(extract_text):
    facts = extract_text("News\n\nOn Monday, Veltran Motors promised dealers to deliver the trucks by May.")
    assert agents(facts, "deliver") == {"Veltran Motors"}


def test_a_pronoun_object_does_not_stand_for_the_subject_of_its_own_verb(extract_text):
    facts = extract_text("News\n\nOn Monday, Maria Lopez said David Clark had attacked her.")
    [attack] = told_by(facts, "attacked")
    assert [name(facts, k) for k in attack.agents] == ["David Clark"]
    assert [name(facts, k) for k in attack.targets] == ["Maria Lopez"]


def test_she_after_he_in_one_sentence_is_not_the_person_he_stands_for(extract_text):
    facts = extract_text("News\n\nPaul Rendl met Ines Varga in Vienna on Monday. "
                         "He told reporters that she had resigned from the board.")
    [resignation] = told_by(facts, "resigned")
    assert "Paul Rendl" not in {name(facts, k) for k in resignation.agents}


def test_whoever_reports_an_event_did_not_do_it(extract_text):
    facts = extract_text("News\n\nOn Monday, the BBC reported an attack on a convoy near Mosul.")
    [attack] = told_by(facts, "attack")
    assert "BBC" not in {name(facts, k) for k in attack.agents + attack.participants}


@pytest.mark.parametrize("text, etype, happened", [
    ("On Monday, Veltran Motors did not cut any jobs.", "JobCuts", False),
    ("On Monday, the army did not launch an attack on the town.", "Attack", False),
    ("On Monday, Veltran Motors not only cut 300 jobs but also closed a plant.", "JobCuts", True),
], ids=["did not cut", "did not launch an attack", "not only ... but also"])
def test_what_the_sentence_says_did_not_happen_is_no_event(extract_text, text, etype, happened):
    facts = extract_text("News\n\n" + text)
    assert any(e.type == etype for e in facts.events.values()) is happened


@pytest.mark.parametrize("text, is_fire", [
    ("On Sunday, police fired tear gas at the protesters in Lima.", False),
    ("On Sunday, a fire broke out at a hotel in Lima.", True),
], ids=["fired tear gas", "a fire broke out"])
def test_a_fire_burns_only_as_a_noun(extract_text, text, is_fire):
    facts = extract_text("News\n\n" + text)
    assert any(e.type == "Fire" for e in facts.events.values()) is is_fire


@pytest.mark.parametrize("text, etype", [
    ("On Tuesday, Veltran Motors reported a 10 percent rise in profit.", "FinancialReport"),
    ("On Tuesday, the Nikkei index fell 2 percent in Tokyo.", "MarketMove"),
], ids=["a rise in profit", "an index fell"])
def test_what_rose_or_fell_decides_between_results_and_market_moves(extract_text, text, etype):
    facts = extract_text("News\n\n" + text)
    assert {e.type for e in facts.events.values()} == {etype}


def test_an_act_of_no_finer_type_by_a_judge_is_a_legal_act(extract_text):
    facts = extract_text("News\n\nJudge Gray Miller declined the request on Friday.")
    assert [e.type for e in told_by(facts, "declined")] == ["LegalEvent"]


def test_an_act_of_no_finer_type_by_a_governor_is_a_political_act(extract_text):
    facts = extract_text("News\n\nOn Monday, Governor Mike Dewitt postponed it, citing the floods.")
    assert [e.type for e in told_by(facts, "postponed")] == ["PoliticalEvent"]


def test_an_act_of_no_finer_type_by_an_embassy_is_a_diplomatic_act(extract_text):
    facts = extract_text("News\n\nThe Canadian Embassy in Lima advised its citizens to leave the country.")
    assert [e.type for e in told_by(facts, "advised")] == ["DiplomaticEvent"]


def test_an_act_of_no_finer_type_by_a_company_president_keeps_no_branch(extract_text):
    facts = extract_text("News\n\nVeltran president Mara Colby rejected the offer on Tuesday.")
    assert [e.type for e in told_by(facts, "rejected")] == ["Event"]


def test_an_act_of_no_finer_type_by_a_president_of_a_state_is_a_political_act(extract_text):
    facts = extract_text("News\n\nMexican President Mara Colby rejected the offer on Tuesday.")
    assert [e.type for e in told_by(facts, "rejected")] == ["PoliticalEvent"]


def test_an_act_of_no_finer_type_by_a_company_keeps_no_branch(extract_text):
    facts = extract_text("News\n\nOn Monday, Veltran Motors postponed it, citing the floods.")
    assert [e.type for e in told_by(facts, "postponed")] == ["Event"]


def test_announcing_days_of_mourning_is_an_act_of_whoever_announces_them(extract_text):
    facts = extract_text("News\n\nThe Zembla government announced three days of national mourning on Friday.")
    assert agents(facts, "announced")


def test_announcing_a_fact_stays_a_statement_not_an_act(extract_text):
    facts = extract_text("News\n\nThe Zembla government announced that the bridge would reopen.")
    assert not told_by(facts, "announced")


def test_announcing_a_product_is_an_act_of_whoever_announces_it(extract_text):
    facts = extract_text("News\n\nOn Tuesday, Orvella announced the Lumen 3 tablet at a press event in Oslo.")
    assert agents(facts, "announced") == {"Orvella"}


@pytest.mark.parametrize("text", ["Orvella announced its quarterly results on Tuesday.",
                                  "Orvella announced plans for a new plant."])
def test_announcing_figures_or_plans_is_what_is_said_not_an_act_of_announcing(extract_text, text):
    facts = extract_text("News\n\n" + text)
    assert not [e for e in told_by(facts, "announced") if e.type == "Event"]


def test_a_person_announced_as_a_posts_holder_is_appointed_to_it(extract_text):
    facts = extract_text("News\n\nThe company also announced finance chief Dana Holm as its new president.")
    [event] = told_by(facts, "announced")
    assert event.type == "Appointment"
    assert [name(facts, k) for k in event.targets] == ["Dana Holm"]


def test_what_an_announcer_says_will_be_done_is_the_announcers_act(extract_text):
    facts = extract_text("News\n\nFinance Minister Olek Varn announced that 40 billion crowns would be spent "
                         "on roads next year.")
    assert agents(facts, "spent") == {"Olek Varn"}


def test_what_an_announcer_says_has_been_done_is_news_of_another_act(extract_text):
    facts = extract_text("News\n\nMinister Olek Varn announced that the old bridge had been demolished.")
    assert not agents(facts, "demolished")


@pytest.mark.parametrize("text", ["The missing flight recorder has been recovered from the seabed.",
                                  "A box of papers was found on Elm Road by a jogger.",
                                  "The drone was located and recovered from the lake on Sunday."])
def test_a_thing_found_with_no_finder_named_is_an_event(extract_text, text):
    facts = extract_text("News\n\n" + text)
    word = "found" if "found" in text else "recovered"
    assert [e.type for e in told_by(facts, word)] == ["Event"]


@pytest.mark.parametrize("text", ["The bridge was found to be safe.", "The old bridge was found unsafe."])
def test_a_thing_found_to_be_something_is_no_find(extract_text, text):
    facts = extract_text("News\n\n" + text)
    assert not told_by(facts, "found")


def test_a_side_that_lost_to_a_rival_was_beaten_by_it(extract_text):
    facts = extract_text("News\n\nVelora lost 1-2 to Ostrand in the cup final on Sunday.")
    [match] = told_by(facts, "lost")
    assert [name(facts, k) for k in match.agents] == ["Ostrand"]
    assert [name(facts, k) for k in match.targets] == ["Velora"]


def test_losing_a_thing_to_what_names_no_rival_keeps_its_doer(extract_text):
    facts = extract_text("News\n\nThe Velora Rovers lost their captain to injury on Sunday.")
    assert all(not e.targets for e in told_by(facts, "lost"))


def test_whom_a_side_won_against_is_the_one_beaten(extract_text):
    facts = extract_text("News\n\nSpain won the final against Italy on Sunday.")
    [match] = told_by(facts, "won")
    assert [name(facts, k) for k in match.targets] == ["Italy"]


def test_a_government_of_a_named_state_keeps_the_state_in_its_name(extract_text):
    facts = extract_text("News\n\nThe government of Zembla announced three days of mourning on Friday.")
    assert agents(facts, "announced") == {"government of Zembla"}


def test_giving_a_thing_a_name_is_an_act_of_whoever_names_it(extract_text):
    facts = extract_text("News\n\nThe Zembla Committee named the new virus Kestrel on Monday.")
    assert agents(facts, "named") == {"Zembla Committee"}


def test_a_participle_of_naming_only_says_what_someone_is_called(extract_text):
    facts = extract_text("News\n\nA man named Tom Hale was arrested in Lyon on Monday.")
    assert not told_by(facts, "named")


def test_a_light_verb_with_the_particle_off_is_an_act_of_its_doer(extract_text):
    facts = extract_text("News\n\nKestrel Mining called off its annual meeting on Tuesday.")
    [event] = [e for e in facts.events.values() if any(m.anchor == "called" for m in e.mentions)]
    assert [facts.entities[k].name for k in event.agents] == ["Kestrel Mining"]


def types_told_by(facts, word: str) -> list[str]:
    return [e.type for e in told_by(facts, word)]


def test_selling_a_holding_is_an_economic_act_whoever_sells(extract_text):
    facts = extract_text("News\n\nThe Zembla government sold the last of its shares in Kestrel Mining on Monday.")
    assert types_told_by(facts, "sold") == ["EconomicEvent"]


def test_licensing_a_thing_from_a_company_is_an_economic_act(extract_text):
    facts = extract_text("News\n\nNimbus Corp has licensed the Orca codec from Veltran Systems.")
    assert types_told_by(facts, "licensed") == ["EconomicEvent"]


def test_handing_out_a_sum_of_money_is_an_economic_act(extract_text):
    facts = extract_text("News\n\nThe Varlan Central Bank offered 40 billion rubles to three state lenders.")
    assert types_told_by(facts, "offered") in (["EconomicEvent"], ["Lending"])  # a central bank's: lending


def test_cutting_a_rate_a_body_sets_is_an_economic_act(extract_text):
    facts = extract_text("News\n\nThe Varlan Central Bank slashed reserve requirements for banks on Friday.")
    assert types_told_by(facts, "slashed") == ["EconomicEvent"]


def test_stopping_a_share_of_its_production_is_an_act_of_the_company(extract_text):
    facts = extract_text("News\n\nKestrel Motors will stop 30% of its European production next month.")
    assert types_told_by(facts, "stop") == ["EconomicEvent"]
    assert agents(facts, "stop") == {"Kestrel Motors"}


def test_stopping_a_thing_that_is_no_amount_a_body_sets_is_no_act(extract_text):
    facts = extract_text("News\n\nMara Colby stopped the car outside the station.")
    assert not told_by(facts, "stopped")


def test_a_person_leaving_an_organisation_resigns_from_it(extract_text):
    facts = extract_text("News\n\nTom Varley left Kestrel Mining Corp in March.")
    assert types_told_by(facts, "left") == ["Resignation"]


def test_a_state_leaving_an_organisation_does_not_resign(extract_text):
    facts = extract_text("News\n\nBritain left the European Union in 2020.")
    assert "Resignation" not in types_told_by(facts, "left")


def test_an_act_and_the_act_its_infinitive_names_are_one_act(extract_text):
    facts = extract_text("News\n\nThe Varlan Central Bank offered to loan 60 billion rubles to Orlov Bank.")
    [event] = told_by(facts, "offered")
    assert [m.anchor for m in event.mentions] == ["offered", "loan"]


def test_responding_by_doing_something_is_an_act_of_the_one_who_responds(extract_text):
    facts = extract_text("News\n\nThe Varlan Central Bank responded by offering 60 billion rubles to Orlov Bank.")
    assert agents(facts, "offering") == {"Varlan Central Bank"}


def test_an_act_of_no_finer_type_by_lawmakers_is_a_political_act(extract_text):
    facts = extract_text("News\n\nCongressional lawmakers rejected the proposal in October.")
    assert types_told_by(facts, "rejected") == ["PoliticalEvent"]


def test_an_event_called_off_did_not_happen_its_calling_off_did(extract_text):
    facts = extract_text("News\n\nKestrel Mining called off its annual meeting on Tuesday.")
    assert [e.type for e in facts.events.values()] == ["Event"]
    assert agents(facts, "called") == {"Kestrel Mining"}


def test_an_event_put_off_in_the_passive_is_its_putting_off(extract_text):
    facts = extract_text("News\n\nThe Varna summit was postponed on Monday.")
    assert [([m.anchor for m in e.mentions], e.type) for e in facts.events.values()] == [
        (["summit", "postponed"], "Event")]


def test_an_event_told_as_cancelled_by_a_participle_is_no_event_of_its_type(extract_text):
    facts = extract_text("News\n\nSenator Ann Roe spoke against the now-cancelled deal with Kestrel Mining.")
    assert "Deal" not in [e.type for e in facts.events.values()]


@pytest.mark.parametrize("text, word, etype", [
    ("Tom Hale was released on bail on Thursday.", "released", "PrisonerRelease"),
    ("Mara Colby plans to stand down as chief executive in March.", "stand", "Resignation"),
    ("The Zembla parliament approved the measures on Friday.", "approved", "Legislation"),
])
def test_the_taxonomy_names_release_on_bail_standing_down_and_approving_measures(extract_text, text, word, etype):
    facts = extract_text("News\n\n" + text)
    assert types_told_by(facts, word) == [etype]


def test_buyouts_offered_to_employees_are_job_cuts(extract_text):
    facts = extract_text("News\n\nTarsis Motors will offer voluntary buyouts to 12,000 employees.")
    assert types_told_by(facts, "voluntary buyouts") == ["JobCuts"]


def test_a_buyout_of_a_company_stays_an_acquisition(extract_text):
    facts = extract_text("News\n\nKestrel Capital completed a buyout of Orlov Foods.")
    assert types_told_by(facts, "buyout") == ["Acquisition"]


def test_a_rate_cut_with_no_one_named_is_an_economic_act(extract_text):
    facts = extract_text("News\n\nThe minister said reserve requirements for banks would be slashed.")
    assert types_told_by(facts, "slashed") == ["EconomicEvent"]


@pytest.mark.parametrize("text, word", [
    ("A team of Velorian students was awarded a silver medal on Tuesday.", "awarded"),
    ("The Brazilian team won the championship on Sunday.", "won"),
])
def test_winning_or_being_given_a_medal_or_a_title_is_an_award(extract_text, text, word):
    facts = extract_text("News\n\n" + text)
    assert types_told_by(facts, word) == ["Award"]


def test_winning_a_contract_stays_a_contract_award(extract_text):
    facts = extract_text("News\n\nKestrel Aerospace won the tanker contract.")
    assert types_told_by(facts, "won") == ["ContractAward"]


def test_a_company_bought_by_another_is_acquired(extract_text):
    facts = extract_text("News\n\nKestrel Mining purchased Orca Foods on Monday.")
    [event] = facts.events.values()
    assert (event.type, [facts.entities[k].name for k in event.targets]) == ("Acquisition", ["Orca Foods"])


def test_things_bought_from_a_company_are_no_acquisition_of_it(extract_text):
    facts = extract_text("News\n\nThe government bought 20 helicopters from Airbus on Monday.")
    assert "Acquisition" not in [e.type for e in facts.events.values()]


def test_a_sum_pledged_by_a_state_is_an_economic_act(extract_text):
    facts = extract_text("News\n\nNorway pledged 500 million euros to Moldova on Monday.")
    [event] = facts.events.values()
    assert (event.type, [facts.entities[k].name for k in event.agents]) == ("EconomicEvent", ["Norway"])


def test_a_promise_of_a_clause_is_only_words(extract_text):
    facts = extract_text("News\n\nNorway promised that taxes would fall.")
    assert not facts.events


def test_a_passive_verb_whose_subject_is_an_event_is_another_word_of_it(extract_text):
    facts = extract_text("News in brief\n\nA judicial inquiry into the fire was ordered on Monday.")
    [inquiry] = [e for e in facts.events.values() if e.type == "Investigation"]
    assert "ordered" in [m.anchor for m in inquiry.mentions]


def test_money_a_central_bank_pumps_into_banks_is_lending(extract_text):
    facts = extract_text("News\n\nThe Reserve Bank of Tarsia pumped $3 billion into the banking system on Tuesday.")
    [act] = told_by(facts, "pumped")
    assert act.type == "Lending" and agents(facts, "pumped") == {"Reserve Bank of Tarsia"}


def test_a_sum_that_measures_what_a_central_bank_authorized_is_lending(extract_text):
    facts = extract_text("News\n\nThe Velorian Central Bank, which authorized a record $8.6 billion addition to its "
                         "banks, met on Tuesday.")
    [act] = told_by(facts, "authorized")
    assert act.type == "Lending"
    assert [(str(facts.quantities[k].value), facts.quantities[k].unit) for k in act.quantities] == [
        ("8600000000", "dollar")]


def test_bonds_a_central_bank_sells_are_no_loan(extract_text):
    facts = extract_text("News\n\nThe Velorian Central Bank sold $2 billion of bonds on Tuesday.")
    assert [e.type for e in told_by(facts, "sold")] == ["EconomicEvent"]


def test_a_rate_a_central_bank_keeps_where_it_was_is_an_economic_act(extract_text):
    facts = extract_text("News\n\nThe Velorian Central Bank kept its benchmark rate at 3% on Tuesday.")
    assert [e.type for e in told_by(facts, "kept")] == ["EconomicEvent"]
