"""Event roles from the sentence's structure, and speakers found as a reader finds them.

Every sentence here was written for its test.
"""

from __future__ import annotations

import pytest

from events_of import events_of


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


def test_what_a_named_actor_does_is_an_event_even_without_a_finer_type(extract_text):
    facts = extract_text("News\n\nSiemens rebranded its energy unit on Monday.")
    [act] = [e for e in facts.events.values() if any(m.anchor == "rebranded" for m in e.mentions)]
    assert act.type == "Event"
    assert [name(facts, k) for k in act.agents] == ["Siemens"]
    assert facts.times[act.time].value == "2025-05-19"


def test_how_a_named_actor_is_makes_no_event(extract_text):
    facts = extract_text("News\n\nSiemens has 300,000 employees and remains the largest employer in the region.")
    assert not facts.events


def test_a_verb_of_saying_is_a_statement_not_an_event(extract_text):
    facts = extract_text("News\n\nSiemens said on Monday that profits had doubled.")
    assert not [e for e in facts.events.values() if any(m.anchor == "said" for m in e.mentions)]


def test_one_of_two_surnames_names_the_person_named_in_full(extract_text):
    facts = extract_text("News\n\nJudge María Elena Gómez Ruiz rejected the appeal on Friday. Gómez said the law "
                         "was clear.")
    [statement] = facts.statements.values()
    assert name(facts, statement.speaker) == "María Elena Gómez Ruiz"


def test_who_claimed_responsibility_for_an_attack_is_its_agent(extract_text):
    facts = extract_text("News\n\nA bomb exploded at a market in Kabul on Friday. The Taliban claimed "
                         "responsibility for the bombing on Saturday.")
    agents = {name(facts, k) for e in events_of(facts, "Attack") for k in e.agents}
    assert agents == {"Taliban"}


def test_the_one_place_a_sentence_names_is_where_its_event_happened(extract_text):
    facts = extract_text("News\n\nPolice arrested two men on Saturday. Surrounded by his family in Porto, the "
                         "former minister died on Sunday.")
    [death] = [e for e in facts.events.values() if any(m.anchor == "died" for m in e.mentions)]
    assert name(facts, death.place) == "Porto"


def test_who_issued_a_statement_saying_something_said_it(extract_text):
    facts = extract_text("News\n\nOn Friday, the World Food Programme issued a statement saying that aid deliveries "
                         "to the region had stopped.")
    [statement] = facts.statements.values()
    assert name(facts, statement.speaker) == "World Food Programme"
    assert "aid deliveries" in statement.text


def test_banning_an_airline_is_a_sanction_by_the_state_that_bans(extract_text):
    facts = extract_text("News\n\nCanada on Monday banned the airline Northjet from its airspace.")
    [ban] = events_of(facts, "Sanction")
    assert [name(facts, k) for k in ban.agents] == ["Canada"]


def test_the_half_of_the_day_after_a_clock_time_is_no_place(extract_text):
    facts = extract_text("News\n\nThe explosion happened at 4:00 A.M. local time, the agency said.")
    assert "A.M." not in {e.name for e in facts.entities.values()}


def test_a_country_naming_sanctions_is_neither_their_author_nor_their_target(extract_text):
    facts = extract_text("News\n\nThe Iran sanctions were tightened on Monday.")
    [sanctions] = events_of(facts, "Sanction")
    assert not sanctions.agents


def test_the_second_of_two_coordinated_acts_shares_the_named_subject(extract_text):
    facts = extract_text("News\n\nOn Monday, Angela Weber rebranded the unit and renamed its products.")
    [renamed] = [e for e in facts.events.values() if any(m.anchor == "renamed" for m in e.mentions)]
    assert [name(facts, k) for k in renamed.agents] == ["Angela Weber"]


def test_the_one_day_a_sentence_names_dates_its_events(extract_text):
    facts = extract_text("News\n\nFlights resumed across the region. Police said on Tuesday that the suspect "
                         "Mark Olsen fled the country.")
    [fled] = [e for e in facts.events.values() if any(m.anchor == "fled" for m in e.mentions)]
    assert facts.times[fled.time].value == "2025-05-20"


def test_an_event_behind_following_takes_neither_the_sentences_day_nor_its_place(extract_text):
    facts = extract_text("News\n\nOn Saturday the two states exchanged 90 prisoners, following an agreement "
                         "reached during talks in Doha.")
    [exchange] = events_of(facts, "PrisonerExchange")
    assert exchange.place is None
    [agreement] = events_of(facts, "Agreement")
    assert agreement.time is None


def test_a_name_in_apposition_to_a_title_is_a_person(extract_text):
    facts = extract_text("News\n\nFollowing the vote, a Treasury spokesperson, Karin Ostrova, said the bank was "
                         "disappointed.")
    assert ("Karin Ostrova", "Person") in {(e.name, e.kind) for e in facts.entities.values()}


def test_a_quotation_after_a_colon_is_said_by_the_subject_of_the_clause_before(extract_text):
    facts = extract_text('News\n\nThe premier, Jonas Lindqvist, spoke on Monday. In his message, he praised the '
                         'rescuers: "They worked through the night and saved hundreds of lives."')
    [quote] = [s for s in facts.statements.values() if s.direct]
    assert name(facts, quote.speaker) == "Jonas Lindqvist"


def test_a_quotation_after_a_comma_is_said_by_the_cue_before_it(extract_text):
    facts = extract_text('News\n\nThe mayor, Ruth Okafor, was in Lagos on Monday. Okafor tweeted, "We will '
                         'rebuild every school that the floods destroyed."')
    [quote] = [s for s in facts.statements.values() if s.direct]
    assert name(facts, quote.speaker) == "Ruth Okafor" and quote.cue == "tweet"


def test_a_disaster_that_strikes_is_no_attack_and_one_event_with_its_headline(extract_text):
    facts = extract_text("Strong earthquake kills dozens in the north\n\nA magnitude 6.8 earthquake struck the "
                         "northern province early on Tuesday, killing at least 37 people, officials said.")
    assert not events_of(facts, "Attack")
    [quake] = events_of(facts, "Earthquake")
    assert {"earthquake", "struck"} <= {m.anchor for m in quake.mentions}
    assert (37, "killed") in {(facts.quantities[k].value, facts.quantities[k].unit) for k in quake.quantities}


def test_an_event_in_an_after_clause_takes_neither_the_sentences_day_nor_its_place(extract_text):
    facts = extract_text("News\n\nThe carmaker said on Wednesday it would cut jobs in Spain after sales fell "
                         "sharply.")
    [report] = events_of(facts, "FinancialReport")
    assert report.time is None and report.place is None


def test_an_organisations_armed_men_act_for_it(extract_text):
    facts = extract_text("News\n\nOn Friday, NATO jets shot down two drones over the Baltic Sea.")
    [interception] = events_of(facts, "Interception")
    assert [name(facts, k) for k in interception.agents] == ["NATO"]


def test_a_states_own_ban_happens_in_that_state(extract_text):
    facts = extract_text("News\n\nPortugal on Tuesday banned a low-cost airline from its airports over unpaid fees.")
    [ban] = events_of(facts, "Sanction")
    assert name(facts, ban.place) == "Portugal"


def test_an_attack_by_a_state_is_not_placed_in_that_state(extract_text):
    facts = extract_text("Clashes\n\nThe Sudanese army shelled rebel positions on Tuesday, officials said.\n\n"
                         "Sudan's neighbours called for calm.")
    attacks = events_of(facts, "ConflictEvent")
    assert attacks and all(name(facts, a.place) != "Sudan" for a in attacks)


def test_an_event_with_no_place_of_its_own_happens_where_the_lead_sets_the_story(extract_text):
    facts = extract_text("Unrest in Lima\n\nThousands marched in Lima on Saturday to demand new elections.\n\n"
                         "Police arrested 40 people on Sunday.")
    [arrest] = events_of(facts, "Arrest")
    assert name(facts, arrest.place) == "Lima"


def test_an_event_placed_in_its_own_sentence_keeps_that_place(extract_text):
    facts = extract_text("Unrest in Lima\n\nThousands marched in Lima on Saturday to demand new elections.\n\n"
                         "Police arrested 40 people in Cusco on Sunday.")
    [arrest] = events_of(facts, "Arrest")
    assert name(facts, arrest.place) == "Cusco"


def test_an_unnamed_jury_is_the_agent_of_its_verdict(extract_text):
    facts = extract_text("News\n\nA federal jury convicted former mayor Alan Crane of bribery on Monday.")
    [ruling] = events_of(facts, "Ruling")
    [jury] = [facts.entities[k] for k in ruling.agents]
    assert jury.name == "federal jury" and jury.kind == "Organization"
    assert [m.kind for m in jury.mentions] == ["nominal"]


def test_unnamed_actors_of_two_articles_are_two_nodes(extract_text):
    one = extract_text("News\n\nProtesters blocked the main road in Quito on Monday.")
    two = extract_text("News\n\nProtesters blocked the main road in Nairobi on Friday.")
    key_one = next(k for k, e in one.entities.items() if e.name == "Protesters")
    key_two = next(k for k, e in two.entities.items() if e.name == "Protesters")
    assert key_one != key_two


def test_a_protest_that_names_no_doer_is_by_the_protesters_the_article_names(extract_text):
    facts = extract_text("News\n\nThe protests entered their third week on Friday in Santiago.\n\n"
                         "Student protesters occupied two university buildings.")
    [protest] = [e for e in events_of(facts, "Protest") if any(m.anchor == "protests" for m in e.mentions)]
    assert [name(facts, k) for k in protest.agents] == ["Student protesters"]


def test_the_antecedent_of_who_in_a_passive_relative_clause_is_the_target(extract_text):
    facts = extract_text("News\n\nOpposition leader Ana Ruiz, who was arrested on Friday, remains in custody.")
    [arrest] = events_of(facts, "Arrest")
    assert [name(facts, k) for k in arrest.targets] == ["Ana Ruiz"]


def test_the_noun_a_past_participle_describes_is_its_target(extract_text):
    facts = extract_text("News\n\nPolice released three activists arrested during the march.")
    [arrest] = [e for e in events_of(facts, "Arrest") if any(m.anchor == "arrested" for m in e.mentions)]
    assert [name(facts, k) for k in arrest.targets] == ["activists"]


def test_who_is_granted_a_pardon_is_its_target_and_who_grants_it_its_agent(extract_text):
    facts = extract_text("News\n\nGovernor Ellen Marsh granted Lucas Moreau a full pardon on Friday.")
    [pardon] = events_of(facts, "Pardon")
    assert [name(facts, k) for k in pardon.agents] == ["Ellen Marsh"]
    assert [name(facts, k) for k in pardon.targets] == ["Lucas Moreau"]


def test_a_verb_sharing_its_subject_is_an_act_of_that_subject(extract_text):
    facts = extract_text("News\n\nSiemens decided to build a factory in Texas.")
    [act] = [e for e in facts.events.values() if any(m.anchor == "build" for m in e.mentions)]
    assert [name(facts, k) for k in act.agents] == ["Siemens"]


def test_a_relative_pronoun_subject_is_a_mention_of_the_actor_it_stands_for(extract_text):
    text = "News\n\nThe order went to Halvorsen Marine, which built the ferry in Bergen."
    facts = extract_text(text)
    [built] = [e for e in facts.events.values() if any(m.anchor == "built" for m in e.mentions)]
    [agent] = [facts.entities[k] for k in built.agents]
    assert agent.name == "Halvorsen Marine"
    assert any(m.kind == "pronoun" and text[m.begin:m.end] == "which" for m in agent.mentions)


def test_a_participle_with_a_by_phrase_is_an_act_of_its_doer(extract_text):
    facts = extract_text("News\n\nThe first ferry, built by Halvorsen Marine, entered service in Bergen on Monday.")
    [built] = [e for e in facts.events.values() if any(m.anchor == "built" for m in e.mentions)]
    assert [name(facts, k) for k in built.agents] == ["Halvorsen Marine"]


def test_a_participle_on_an_event_noun_names_that_events_doer(extract_text):
    facts = extract_text("News\n\nAn attack carried out by Boko Haram killed 12 soldiers in Borno on Sunday.")
    attacks = [e for e in events_of(facts, "Attack") if any(m.anchor == "attack" for m in e.mentions)]
    assert [name(facts, k) for e in attacks for k in e.agents] == ["Boko Haram"]
    assert not any(m.anchor == "carried" for e in facts.events.values() for m in e.mentions)


def test_a_state_that_holds_an_election_is_its_place_not_its_winner(extract_text):
    facts = extract_text("News\n\nPortugal held a general election on Sunday.")
    [election] = events_of(facts, "Election")
    assert not election.agents and name(facts, election.place) == "Portugal"


def test_who_condemns_an_attack_did_not_carry_it_out(extract_text):
    facts = extract_text("News\n\nThe government of Chad condemned the attack on the border post on Tuesday.")
    [attack] = events_of(facts, "Attack")
    assert not attack.agents


def test_who_appeals_a_ruling_did_not_make_it(extract_text):
    facts = extract_text("News\n\nA court in Lyon sentenced Dale Orrin to six years on Monday. His lawyer Ana "
                         "Vell said she would appeal the ruling.")
    [appeal] = events_of(facts, "CourtAppeal")
    ruled = [e for e in facts.events.values() if any(m.anchor == "ruling" for m in e.mentions)]
    assert appeal.agents and not set(appeal.agents) & {k for e in ruled for k in e.agents}


def test_who_accepts_a_resignation_did_not_resign(extract_text):
    facts = extract_text("News\n\nFinance Minister Tom Reyes resigned on Friday. Prime Minister Ana Vell "
                         "accepted the resignation.")
    [resignation] = events_of(facts, "Resignation")
    assert [name(facts, k) for k in resignation.agents] == ["Tom Reyes"]


def test_a_states_own_navy_acts_for_the_state(extract_text):
    # a real state: the body is the state's only where the gazetteer knows the state
    facts = extract_text("News\n\nChile's navy seized a fishing vessel off Arica on Thursday.")
    [seizure] = events_of(facts, "Seizure")
    assert [name(facts, k) for k in seizure.agents] == ["Chile"]


def test_who_serves_a_sentence_underwent_it_and_did_not_pass_it(extract_text):
    facts = extract_text("News\n\nDale Orrin is serving a 12-year sentence for fraud.")
    [sentencing] = [e for e in facts.events.values() if e.type == "Sentencing"]
    assert (sentencing.agents, sentencing.targets) == ([], ["person/dale-orrin"])


def test_who_suffers_an_attack_is_its_target(extract_text):
    facts = extract_text("News\n\nThe Kenyan town of Mandera suffered a rocket attack on Friday.")
    [attack] = events_of(facts, "Attack")
    assert not attack.agents


def test_a_vote_on_a_resolution_is_legislation_by_the_body_that_votes(extract_text):
    facts = extract_text("News\n\nThe National Assembly of Kenya voted on a resolution to cut fuel taxes on Thursday.")
    [law] = events_of(facts, "Legislation")
    assert [name(facts, k) for k in law.agents] == ["National Assembly of Kenya"]


def test_what_a_named_storm_does_is_part_of_the_storm_not_an_act_of_an_actor(extract_text):
    facts = extract_text("News\n\nHurricane Delia hit the coast of Oaxaca on Monday. Hurricane Delia weakened "
                         "on Tuesday.")
    storms = events_of(facts, "Storm")
    anchors = {m.anchor for e in storms for m in e.mentions}
    assert {"hit", "weakened"} <= anchors
    assert not any(facts.entities[k].name == "Hurricane Delia" for e in facts.events.values() for k in e.agents)


def test_a_named_person_who_died_with_no_attack_beside_it_died_a_death(extract_text):
    facts = extract_text("News\n\nFormer president Jacques Dupont died at home in Lyon on Thursday. He was 86.")
    [death] = [e for e in facts.events.values() if any(m.anchor == "died" for m in e.mentions)]
    assert death.type == "Death"


def test_soldiers_who_died_in_an_attack_are_no_act_of_their_own(extract_text):
    facts = extract_text("News\n\nFour soldiers died in the attack on the border post.")
    assert not [e for e in facts.events.values() if e.type in ("Event", "Death")]


def test_the_town_of_x_locates_the_events_of_its_sentence(extract_text):
    facts = extract_text("Storms in Portugal\n\nHeavy rain hit northern Portugal on Friday.\n\nA dam burst near the "
                         "town of Amarante, forcing the evacuation of 2,000 residents.")
    [evacuation] = events_of(facts, "Evacuation")
    assert name(facts, evacuation.place) == "Amarante"


def test_jailed_is_a_sentencing_of_whom_it_jails(extract_text):
    facts = extract_text("News\n\nA court in Lyon jailed former mayor Paul Girard for twelve years on Friday.")
    [sentencing] = events_of(facts, "Sentencing")
    assert "Paul Girard" in [name(facts, k) for k in sentencing.targets]


def test_who_calls_an_attack_illegal_did_not_carry_it_out(extract_text):
    facts = extract_text("News\n\nSenator Laura Finch called the raid on the port illegal.")
    assert not [k for e in events_of(facts, "Attack") for k in e.agents]


def test_an_unnamed_possessor_keeps_its_noun(extract_text):
    facts = extract_text("News\n\nPro-democracy protesters' demands were rejected by the government on Monday.")
    assert not any(e.name == "Pro-democracy" for e in facts.entities.values())


def test_the_party_that_names_a_primary_did_not_win_it(extract_text):
    facts = extract_text("News\n\nPresident Elena Marsh won the Democratic primary on Tuesday.")
    [primary] = [e for e in events_of(facts, "Election") if any(m.anchor == "Democratic primary" for m in e.mentions)]
    assert [name(facts, k) for k in primary.agents] == ["Elena Marsh"]


def test_a_party_that_owns_a_primary_did_not_win_it(extract_text):
    facts = extract_text("News\n\nPresident Elena Marsh won the Green Party's primary on Tuesday.")
    [primary] = [e for e in events_of(facts, "Election") if any(m.anchor == "primary" for m in e.mentions)]
    assert "Green Party" not in [name(facts, k) for k in primary.agents]


def test_doers_named_together_without_a_sign_of_one_act_each_do_one_act(extract_text):
    facts = extract_text("News\n\nRussia and Syria bombed Aleppo on Monday.")
    [attack] = events_of(facts, "Attack")
    assert [name(facts, k) for k in attack.agents] == ["Russia", "Syria"]


def test_doers_of_a_symmetric_event_take_part_in_one_event(extract_text):
    facts = extract_text("News\n\nPresident Elena Marsh and Prime Minister Tom Hale signed an agreement on Monday.")
    [agreement] = events_of(facts, "Agreement")
    assert [name(facts, k) for k in agreement.participants] == ["Elena Marsh", "Tom Hale"]


def test_the_of_phrase_of_a_resignation_is_who_resigned(extract_text):
    facts = extract_text("News\n\nThe resignation of Mayor Carla Venn shocked the town on Monday.")
    [resignation] = events_of(facts, "Resignation")
    assert [name(facts, k) for k in resignation.agents] == ["Carla Venn"] and not resignation.targets


def test_the_subject_of_a_clause_is_whom_its_passive_gerund_was_done_to(extract_text):
    facts = extract_text("News\n\nThe gunman, Lee Farrow, was placed under watch after being released from prison in May.")
    [release] = events_of(facts, "PrisonerRelease")
    assert [name(facts, k) for k in release.targets] == ["Lee Farrow"]


def test_who_served_time_before_being_granted_clemency_was_granted_it(extract_text):
    facts = extract_text("News\n\nDana Holt spent six years in jail before being granted clemency by Governor Ray Olson.")
    [pardon] = events_of(facts, "Pardon")
    assert [name(facts, k) for k in pardon.targets] == ["Dana Holt"]
    assert [name(facts, k) for k in pardon.agents] == ["Ray Olson"]


def test_whose_sentence_is_commuted_is_the_target_of_the_commutation(extract_text):
    facts = extract_text("News\n\nGovernor Ray Olson commuted Dana Holt's sentence on Monday.")
    [pardon] = events_of(facts, "Pardon")
    assert [name(facts, k) for k in pardon.targets] == ["Dana Holt"]


def test_a_passive_gerund_after_a_participle_clause_is_done_to_the_main_subject(extract_text):
    facts = extract_text("News\n\nDana Holt was sentenced to ten years in prison, serving six before being granted clemency.")
    [pardon] = events_of(facts, "Pardon")
    assert [name(facts, k) for k in pardon.targets] == ["Dana Holt"]


def test_who_killed_someone_in_an_ambush_carried_out_the_ambush_against_them(extract_text):
    facts = extract_text("News\n\nRebel fighters killed General Omar Tadesse in an ambush on Monday.")
    [ambush] = events_of(facts, "Attack")
    assert [name(facts, k) for k in ambush.agents] == ["Rebel fighters"]
    assert [name(facts, k) for k in ambush.targets] == ["Omar Tadesse"]


def test_one_killed_in_an_ambush_is_not_said_to_be_its_target(extract_text):
    facts = extract_text("News\n\nGeneral Omar Tadesse was killed in an ambush on Monday.")
    assert not [k for e in events_of(facts, "Attack") for k in e.targets]


def test_whom_a_lawsuit_is_filed_against_is_its_target(extract_text):
    facts = extract_text("News\n\nThe Harlow Tenants Union filed a lawsuit against the state of Vermont on Monday.")
    [lawsuit] = events_of(facts, "Lawsuit")
    assert [name(facts, k) for k in lawsuit.targets] == ["Vermont"]


def test_counter_protesters_are_not_the_doers_of_the_rally_they_oppose(extract_text):
    facts = extract_text("News\n\nThousands of people rallied in Varnton on Saturday. "
                         "The rally was peaceful, but clashes with counter-protesters broke out later.")
    assert not [k for e in events_of(facts, "Protest") for k in e.agents]


def test_a_movement_named_by_its_name_claims_the_attack_as_that_body(extract_text):
    facts = extract_text("News\n\nThe Kestrel movement claimed responsibility for the attack on the Varn depot.")
    [attack] = events_of(facts, "Attack")
    assert [name(facts, k) for k in attack.agents] == ["Kestrel"]


def test_a_noun_identified_as_a_named_person_is_that_person(extract_text):
    facts = extract_text("News\n\nThe gunman, identified as Lee Farrow, was arrested after a chase on Friday.")
    [arrest] = events_of(facts, "Arrest")
    assert [name(facts, k) for k in arrest.targets] == ["Lee Farrow"]


def test_a_noun_named_as_a_person_is_no_appointment(extract_text):
    facts = extract_text("News\n\nThe victim, named as Tom Varley, died in hospital on Friday.")
    assert not events_of(facts, "Appointment")


def test_what_a_passive_subject_was_given_is_not_a_target(extract_text):
    facts = extract_text("News\n\nThe physician said Governor Tom Hale has been given zinc, Pepcid and a daily Aspirin.")
    [given] = [e for e in facts.events.values() if any(m.anchor == "given" for m in e.mentions)]
    assert [name(facts, k) for k in given.targets] == ["Tom Hale"]


def test_a_pronoun_named_together_with_a_name_stands_for_its_person(extract_text):
    facts = extract_text("News\n\nSenator Tom Hale arrived in Varn on Monday. "
                         "Police said he and Dana Holt were arrested at the border.")
    [arrest] = events_of(facts, "Arrest")
    assert [name(facts, k) for k in arrest.targets] == ["Tom Hale", "Dana Holt"]


def test_people_named_together_who_tested_positive_are_one_case_each(extract_text):
    facts = extract_text("News\n\nTom Hale and Dana Holt tested positive for COVID-19 on Friday.")
    cases = events_of(facts, "ConfirmedCase")
    assert sorted(name(facts, k) for e in cases for k in e.targets) == ["Dana Holt", "Tom Hale"]
    assert all(len(e.targets) == 1 for e in cases)


def test_a_relative_clause_before_a_conjunct_is_about_the_one_named_before_it(extract_text):
    facts = extract_text("News\n\nMaria Lenz spoke of Viktor Bray, who was arrested in May, and Vera Tasko, wife of a candidate.")
    [arrest] = events_of(facts, "Arrest")
    assert [name(facts, k) for k in arrest.targets] == ["Viktor Bray"]


def test_individuals_arrested_are_the_group_the_arrest_is_done_to(extract_text):
    facts = extract_text("News\n\nPolice in Varn arrested 33 Russian individuals on Monday.")
    [arrest] = events_of(facts, "Arrest")
    assert [name(facts, k) for k in arrest.targets] == ["Russian individuals"]


def test_who_issued_a_ruling_the_parser_read_as_a_modifier_gave_the_ruling(extract_text):
    facts = extract_text("News\n\nOn Wednesday, the Varn High Court issued a ruling finding in favor of the Senate.")
    [ruling] = events_of(facts, "Ruling")
    assert [name(facts, k) for k in ruling.agents] == ["Varn High Court"]


def test_it_as_the_object_of_a_themed_verb_stands_for_the_thing_named_before(extract_text):
    facts = extract_text("News\n\nIn Varnland, which was planning to hold its primary election on Tuesday, "
                         "Governor Tom Hale postponed it, citing the health crisis.")
    [postponement] = events_of(facts, "Postponement")
    assert [name(facts, k) for k in postponement.agents] == ["Tom Hale"]


def test_a_bare_his_as_object_stands_for_the_thing_named_in_the_sentence_before(extract_text):
    facts = extract_text("News\n\nAfter the primary, Tom Hale and Ann Ruiz suspended their campaigns the same day. "
                         "Dana Holt, the former governor of Varnland, ended his on Wednesday morning.")
    assert sorted(name(facts, k) for e in events_of(facts, "CampaignEnd") for k in e.agents) == [
        "Ann Ruiz", "Dana Holt", "Tom Hale"]


def test_whose_killing_of_someone_in_an_airstrike_names_its_attacker_and_target(extract_text):
    facts = extract_text("News\n\nThe move follows the Varnland army's killing of General Omar Tadesse in an airstrike.")
    [strike] = events_of(facts, "Attack")
    assert [name(facts, k) for k in strike.targets] == ["Omar Tadesse"]
    assert [name(facts, k) for k in strike.agents] == ["Varnland"]


def test_an_attack_with_no_target_was_done_to_the_named_person_it_killed(extract_text):
    facts = extract_text("News\n\nRebels attacked a convoy on Monday, killing General Omar Tadesse.")
    [attack] = events_of(facts, "Attack")
    assert [name(facts, k) for k in attack.targets] == ["Omar Tadesse"]


def test_unnamed_dead_of_an_attack_are_not_its_target(extract_text):
    facts = extract_text("News\n\nRebels attacked a convoy on Monday, killing 12 soldiers.")
    [attack] = events_of(facts, "Attack")
    assert not attack.targets


def test_they_in_what_police_say_is_the_police(extract_text):
    facts = extract_text("News\n\nPolice in Varnton said they had arrested Dana Holt on Monday.")
    [arrest] = events_of(facts, "Arrest")
    assert [name(facts, k) for k in arrest.agents] == ["Police"]


def test_one_arrested_along_with_the_subject_was_arrested_too(extract_text):
    facts = extract_text("News\n\nTom Hale, the mayor of Varnton, was arrested on Monday along with his deputy Ann Ruiz.")
    [arrest] = events_of(facts, "Arrest")
    assert [name(facts, k) for k in arrest.targets] == ["Tom Hale", "Ann Ruiz"]


def test_those_together_with_the_subject_take_its_part(extract_text):
    facts = extract_text("News\n\nRebels, together with Varnland troops, attacked the town of Goma.")
    [attack] = events_of(facts, "Attack")
    assert "Varnland" in [name(facts, k) for k in attack.agents]


def test_of_two_subjects_the_parser_gives_a_verb_the_one_next_to_it_does_the_act(extract_text):
    facts = extract_text("News\n\nAna Petrova held a rally in Minsk on Thursday. According to reports from the "
                         "ministry on Friday, and Vesna, an independent rights center, on Thursday, around 9,000 "
                         "visitors attended the rally.")
    assert all("Vesna" not in {name(facts, k) for k in e.agents} for e in events_of(facts, "Protest"))


def test_suspending_an_airlines_permit_sanctions_the_airline(extract_text):
    facts = extract_text("News\n\nThe Zembla Civil Aviation Authority has suspended Orlan Air's permit, officials said.")
    [sanction] = events_of(facts, "Sanction")
    assert [name(facts, k) for k in sanction.agents] == ["Zembla Civil Aviation Authority"]
    assert [name(facts, k) for k in sanction.targets] == ["Orlan Air"]


def test_suspending_a_campaign_is_no_sanction(extract_text):
    facts = extract_text("News\n\nSenator Dana Holt suspended her campaign on Monday.")
    assert not events_of(facts, "Sanction")


def test_it_opening_a_sentence_is_the_body_the_sentence_before_was_about(extract_text):
    facts = extract_text("News\n\nTarsis Mining reported a loss on Monday. It cut 200 jobs in Chile on Friday.")
    [cuts] = events_of(facts, "JobCuts")
    assert [name(facts, k) for k in cuts.agents] == ["Tarsis Mining"]


def test_it_of_a_clause_put_off_stands_for_no_body(extract_text):
    facts = extract_text("News\n\nTarsis Mining reported a loss on Monday. It is expected that the miner "
                         "will cut 200 jobs.")
    assert all("Tarsis Mining" not in [name(facts, k) for k in e.agents]
               for e in events_of(facts, "JobCuts"))


def test_the_one_who_met_another_is_the_agent_of_the_meeting(extract_text):
    facts = extract_text("News\n\nPrime Minister Jan Roe met President Ola Vik in Marlow on Monday.")
    [meeting] = [e for e in facts.events.values() if e.type == "Meeting"]
    assert [facts.entities[k].name for k in meeting.agents] == ["Jan Roe"]


def test_states_that_agreed_together_are_each_an_agent_of_the_agreement(extract_text):
    facts = extract_text("News\n\nRussia and Ukraine agreed to exchange 200 prisoners on Monday.")
    [deal] = [e for e in facts.events.values() if e.type == "Agreement"]
    assert {facts.entities[k].name for k in deal.agents} == {"Russia", "Ukraine"}


def test_both_places_sharing_a_last_word_do_the_act(extract_text):
    facts = extract_text("News\n\nNorth and South Korea exchanged artillery fire on Thursday.")
    [attack] = events_of(facts, "Attack")
    assert {name(facts, k) for k in attack.agents} == {"North Korea", "South Korea"}


def test_a_name_the_parser_takes_for_a_predicate_of_named_is_whom_it_was_done_to(extract_text):
    facts = extract_text("News\n\nVeltran Motors today named Clara Dunmore as its new chief executive.")
    [appointment] = events_of(facts, "Appointment")
    assert [name(facts, k) for k in appointment.targets] == ["Clara Dunmore"]


def test_the_one_elected_wins_the_election(extract_text):
    facts = extract_text("News\n\nRosa Vandell was elected mayor of Brinton on Sunday.")
    [election] = events_of(facts, "Election")
    assert [name(facts, k) for k in election.agents] == ["Rosa Vandell"] and not election.targets


def test_the_object_of_elect_wins_not_the_voters(extract_text):
    facts = extract_text("News\n\nVoters in Brinton elected Rosa Vandell as mayor on Sunday.")
    [election] = events_of(facts, "Election")
    assert [name(facts, k) for k in election.agents] == ["Rosa Vandell"]


def test_candidates_a_participle_says_were_elected_won(extract_text):
    facts = extract_text("News\n\nThe candidates elected in the northern district were Ana Pirez and Tomas Gedd.")
    [election] = events_of(facts, "Election")
    assert election.agents and not election.targets


def test_a_candidate_who_received_votes_is_not_the_office(extract_text):
    facts = extract_text("News\n\nIn the runoff, Ana Pirez received 40,000 votes.")
    assert not [k for e in events_of(facts, "Election") for k in e.targets]


def test_a_legislature_that_votes_acts_on_a_measure(extract_text):
    facts = extract_text("News\n\nThe Senate voted on Thursday to reject the measure.")
    [vote] = [e for e in facts.events.values() if any(m.anchor == "voted" for m in e.mentions)]
    assert vote.type == "Legislation" and [name(facts, k) for k in vote.agents] == ["Senate"]


def test_she_is_not_a_man_the_article_told_is_one(extract_text):
    facts = extract_text("News\n\nTom Hask and his wife Ella Hask are on trial for fraud. She died last year.")
    [death] = events_of(facts, "Death")
    assert [name(facts, k) for k in death.targets] == ["Ella Hask"]


def test_she_may_be_the_last_person_named_when_the_subject_is_a_man(extract_text):
    facts = extract_text("News\n\nTom Hask and his wife Ella Hask are mourning their daughter, Mia. "
                         "She died in May.")
    [death] = [e for e in events_of(facts, "Death") if any(m.anchor == "died" for m in e.mentions)]
    assert "Tom Hask" not in [name(facts, k) for k in death.targets]


def test_police_in_an_article_naming_one_police_force_is_that_force(extract_text):
    facts = extract_text("News\n\nPolice arrested a teacher at a school in Brinton on Monday. A spokesman for the "
                         "Brinton Police Department said the teacher was released later that day.")
    [arrest] = events_of(facts, "Arrest")
    assert [name(facts, k) for k in arrest.agents] == ["Brinton Police Department"]


def test_police_stays_police_where_two_forces_are_named(extract_text):
    facts = extract_text("News\n\nPolice arrested a teacher on Monday. The Brinton Police Department and the "
                         "Harlow Police Department said they were working together.")
    [arrest] = events_of(facts, "Arrest")
    assert [name(facts, k).lower() for k in arrest.agents] == ["police"]


def test_a_fall_of_a_company_s_sales_befalls_the_company(extract_text):
    facts = extract_text("News\n\nHonda sales dropped 28% last month.")
    [report] = events_of(facts, "EconomicEvent")
    assert [name(facts, k) for k in report.targets] == ["Honda"] and not report.agents


def test_a_company_named_beside_its_shares_by_the_parser_is_no_doer(extract_text):
    facts = extract_text("News\n\nShares of energy companies ExxonMobil and Chevron fell by 1.5 and 3 percent.")
    [move] = events_of(facts, "MarketMove")
    assert "ExxonMobil" in [name(facts, k) for k in move.targets] and not move.agents


def test_shares_a_company_saw_move_are_that_company_s(extract_text):
    facts = extract_text("News\n\nConsulting firm Varnell Group saw its shares plummet from $30 to two cents on "
                         "Tuesday.")
    [move] = events_of(facts, "MarketMove")
    assert [name(facts, k) for k in move.targets] == ["Varnell Group"] and not move.agents


def test_their_stocks_are_those_of_the_one_company_named_just_before(extract_text):
    facts = extract_text("News\n\nWeak demand for trucks led Orvex Corp. to issue a warning. On Wednesday their "
                         "stocks lost nearly six percent.")
    [move] = events_of(facts, "MarketMove")
    assert [name(facts, k) for k in move.targets] == ["Orvex Corp."]


def test_their_stocks_after_two_companies_are_of_neither_alone(extract_text):
    facts = extract_text("News\n\nTalbot Motors and Brill Industries reported results on Tuesday. On Wednesday "
                         "their stocks lost nearly six percent.")
    [move] = events_of(facts, "MarketMove")
    assert not move.targets


def test_stock_for_a_company_is_that_company_s(extract_text):
    facts = extract_text("News\n\nStock for the Zentara Corp. company fell almost 20% during the session.")
    [move] = events_of(facts, "MarketMove")
    assert [name(facts, k) for k in move.targets] == ["Zentara Corp."]


def test_a_company_that_files_for_bankruptcy_does_it(extract_text):
    facts = extract_text("News\n\nBrentmoor Holdings, a large lender, filed for bankruptcy on Tuesday.")
    [bankruptcy] = events_of(facts, "Bankruptcy")
    assert [name(facts, k) for k in bankruptcy.agents] == ["Brentmoor Holdings"] and not bankruptcy.targets


def test_a_company_that_declares_bankruptcy_does_it(extract_text):
    facts = extract_text("News\n\nBrentmoor Holdings declared bankruptcy on Tuesday.")
    [bankruptcy] = events_of(facts, "Bankruptcy")
    assert [name(facts, k) for k in bankruptcy.agents] == ["Brentmoor Holdings"] and not bankruptcy.targets


def test_a_company_forced_into_bankruptcy_is_whom_it_befalls(extract_text):
    facts = extract_text("News\n\nCreditors forced Brentmoor Holdings into bankruptcy on Tuesday.")
    [bankruptcy] = events_of(facts, "Bankruptcy")
    assert [name(facts, k) for k in bankruptcy.targets] == ["Brentmoor Holdings"]


def test_who_rules_on_a_bankruptcy_does_not_go_bankrupt(extract_text):
    facts = extract_text("News\n\nThe judge Tom Hale ruled on the bankruptcy of Brentmoor Holdings on Tuesday.")
    [bankruptcy] = events_of(facts, "Bankruptcy")
    assert [name(facts, k) for k in bankruptcy.agents] == ["Brentmoor Holdings"]


def test_a_fall_of_prices_has_no_owner(extract_text):
    facts = extract_text("News\n\nOil prices fell 3% on Monday.")
    assert not [k for e in events_of(facts, "EconomicEvent") for k in e.targets]


def test_the_one_a_sentence_says_did_it_is_the_doer_of_its_relative_clause(extract_text):
    facts = extract_text("News\n\nOne major retailer that posted a gain in sales was Orlan Foods, with a 3 percent "
                         "boost. Fellow retailer Kestrel Mart posted a sales loss.")
    agents = sorted(name(facts, k) for e in events_of(facts, "FinancialReport") for k in e.agents)
    assert agents == ["Kestrel Mart", "Orlan Foods"]


def test_anti_government_protests_are_against_the_one_government_named(extract_text):
    facts = extract_text("News\n\nAnti-government protests continued in Brinton, where the Government of Zembla "
                         "raised fuel prices last month.")
    [protest] = events_of(facts, "Protest")
    assert [name(facts, k) for k in protest.targets] == ["Government of Zembla"]


def test_an_anti_word_names_whom_protests_are_against_not_who_protests(extract_text):
    facts = extract_text("News\n\nVladimir Putin won the vote. Thousands joined anti-Putin protests in Moscow.")
    [protest] = events_of(facts, "Protest")
    assert [name(facts, k) for k in protest.targets] == ["Vladimir Putin"] and not protest.agents


def test_protests_against_a_cause_have_no_target(extract_text):
    facts = extract_text("News\n\nThousands joined anti-war protests in Brinton.")
    [protest] = events_of(facts, "Protest")
    assert not protest.targets


def test_whom_an_apology_is_made_to_is_its_target(extract_text):
    facts = extract_text("News\n\nThe network's chief, Carla Mendoza, apologized to Governor Tomas Gedd on Monday.")
    [apology] = [e for e in facts.events.values() if any(m.anchor == "apologized" for m in e.mentions)]
    assert [name(facts, k) for k in apology.targets] == ["Tomas Gedd"]


def test_whom_an_appeal_is_made_to_is_its_target(extract_text):
    facts = extract_text("News\n\nThe mayor of Brinton appealed to the United Nations for help.")
    [appeal] = events_of(facts, "Appeal")
    assert [name(facts, k) for k in appeal.targets] == ["United Nations"]


def test_a_body_that_elects_one_of_its_own_does_it_to_them(extract_text):
    facts = extract_text("News\n\nThe Brinton council elected Rosa Vandell as its chair on Monday.")
    [election] = events_of(facts, "Election")
    assert [name(facts, k) for k in election.targets] == ["Rosa Vandell"]
    assert [name(facts, k) for k in election.agents] == ["Brinton council"]


def test_local_police_is_no_named_force(extract_text):
    facts = extract_text("News\n\nLocal police arrested a teacher in Brinton on Monday. Police said he was released.")
    [arrest] = events_of(facts, "Arrest")
    assert [name(facts, k).lower() for k in arrest.agents] == ["local police"]


@pytest.mark.parametrize("sentence", [
    "The electoral commission declared Jonas Weber the winner of the presidential election on Monday.",
    "Maria Kessler was declared the winner of the election on Monday.",
    "Jonas Weber, the winner of the runoff, thanked voters on Monday.",
])
def test_the_one_declared_winner_of_an_election_won_it(extract_text, sentence):
    facts = extract_text("News in brief\n\n" + sentence)
    [contest] = events_of(facts, "Election")
    assert [name(facts, k) for k in contest.agents] in (["Jonas Weber"], ["Maria Kessler"])


def test_the_forces_a_state_calls_its_own_act_for_it(extract_text):
    facts = extract_text("News\n\nUkraine said its air defences shot down 35 of 40 drones overnight.")
    [interception] = events_of(facts, "Interception")
    assert [name(facts, k) for k in interception.agents] == ["Ukraine"]


def test_a_rise_of_shares_in_a_company_befalls_the_company(extract_text):
    facts = extract_text("News\n\nShares in Orion Motors rose 12 percent on Monday.")
    [move] = events_of(facts, "MarketMove")
    assert [name(facts, k) for k in move.targets] == ["Orion Motors"]


def test_a_union_that_calls_a_strike_is_its_agent(extract_text):
    facts = extract_text("News in brief\n\nThe Dockers United union called a strike at the port of Marlow for Friday.")
    strike = next(e for e in facts.events.values() if e.type == "LabourStrike")
    assert [facts.entities[k].name.startswith("Dockers United") for k in strike.agents] == [True]


def test_one_who_calls_an_attack_a_crime_did_not_do_it(extract_text):
    facts = extract_text("News in brief\n\nThe mayor of Marlow called the raid a crime.")
    raid = next(e for e in facts.events.values() if e.type == "Attack")
    assert raid.agents == []


def test_the_lead_after_a_dateline_tells_the_headline_event(extract_text):
    facts = extract_text("Former mayor sentenced to nine years\n\nMARLOW, Oct 21 (Wire) - A court in Marlow on "
                         "Monday sentenced former mayor Ana Reyes to nine years in prison for fraud.")
    assert [e.type for e in facts.events.values()] == ["Sentencing"]


def test_a_passive_with_a_subject_of_its_own_shares_no_doer_with_the_verb_before(extract_text):
    facts = extract_text("News\n\nMara Velt caught a fever in May and her parents were advised to keep her at home.")
    assert not any(m.anchor == "advised" for e in facts.events.values() for m in e.mentions
                   if "Mara Velt" in [name(facts, k) for k in e.agents])


@pytest.mark.parametrize("sentence", [
    "The city appealed against the sentence of the Supreme Court of Chile on Monday.",
    "The city appealed against the Supreme Court of Chile's ruling on Monday.",
])
def test_a_court_a_ruling_is_told_of_passed_it(extract_text, sentence):
    facts = extract_text("News\n\n" + sentence)
    [ruling] = events_of(facts, "Ruling")
    assert [name(facts, k) for k in ruling.agents] == ["Supreme Court of Chile"] and not ruling.targets


@pytest.mark.parametrize("sentence", [
    "Yesterday, the Parliament of Ostland (PO), Australia voted to pass a bill that bans hunting.",
    "On Monday, the Council of Ostland, Australia voted to ban hunting.",
])
def test_a_place_after_a_bodys_name_and_a_comma_says_where_the_body_is(extract_text, sentence):
    facts = extract_text("News\n\n" + sentence)
    agents = {name(facts, k) for e in facts.events.values() for k in e.agents}
    assert "Australia" not in agents and agents & {"Parliament of Ostland", "Council of Ostland"}


def test_a_subject_read_into_an_opening_clause_with_no_comma_acts(extract_text):
    facts = extract_text("News\n\nOn Sunday Hurricane Ola stalled near the coast of Cuba, but once it moved on the "
                         "Cuban government lifted its warnings.")
    [lifted] = [e for e in facts.events.values() if any(m.anchor == "lifted" for m in e.mentions)]
    assert [name(facts, k) for k in lifted.agents] == ["Cuba"]


def test_he_in_a_quotation_is_not_whoever_speaks_it(extract_text):
    facts = extract_text("News\n\nAnna Vasse opened a gallery in Lyon in 1990. Marco Telli, a critic, praised it. "
                         "\"He founded the studio with no money at all,\" Telli said.")
    [founding] = events_of(facts, "Founding")
    assert "Marco Telli" not in [name(facts, k) for k in founding.agents]


def test_she_is_no_photographer_a_pictures_credit_names(extract_text):
    facts = extract_text("News\n\nRallies in Lyon drew crowds. Image: Paul Gren. Wikinews spoke with a dancer going "
                         "by the name \"Starling\". She was outside the hall, waiting for a friend she had asked to "
                         "film her.")
    assert not any(name(facts, k) == "Paul Gren" for e in facts.events.values() for k in e.agents)


def test_a_vote_a_legislature_acts_with_is_its_act_no_election(extract_text):
    facts = extract_text("News\n\nThe Ostland Senate voted the budget down with a vote of 52-35 on Tuesday.")
    assert not events_of(facts, "Election")
    assert {name(facts, k) for e in events_of(facts, "Legislation") for k in e.agents} == {"Ostland Senate"}


def test_an_attack_with_no_doer_is_by_the_one_called_its_attacker(extract_text):
    facts = extract_text("News\n\nOn Sunday a man wearing a fake vest grabbed a knife and began to stab people in "
                         "Leeds. The attacker, identified as Tom Varley, 20, had been released from prison a week ago.")
    [assault] = events_of(facts, "Attack")
    assert [name(facts, k) for k in assault.agents] == ["Tom Varley"]


def test_an_attacker_the_article_does_not_name_is_no_doer(extract_text):
    facts = extract_text("News\n\nOn Sunday a man began to stab people in Leeds. Police said the attacker fled.")
    [assault] = events_of(facts, "Attack")
    assert not assault.agents


def test_the_carmaker_is_the_company_named_before_whatever_its_name(extract_text):
    facts = extract_text("Results\n\nShares of Vexcorp fell 4 percent after the carmaker reported a loss of "
                         "$722 million.")
    report = next(e for e in facts.events.values() if e.type == "FinancialReport")
    assert [facts.entities[k].name for k in report.agents] == ["Vexcorp"]


def test_stocks_that_fell_as_oil_rose_are_two_moves(extract_text):
    facts = extract_text("Stocks tumble as oil prices surge\n\nStock markets in Norland fell sharply on Tuesday as "
                         "crude oil prices climbed to a record high of $104 a barrel.")
    moves = [sorted(m.anchor for m in e.mentions) for e in facts.events.values() if e.type == "MarketMove"]
    assert sorted(moves) == [["climbed", "surge"], ["fell", "tumble"]]


def test_an_attack_on_a_thing_is_done_to_whom_the_thing_belongs(extract_text):
    facts = extract_text("News\n\nHackers attacked Orvell Bank's payment systems on Sunday.")
    [attack] = events_of(facts, "Attack")
    assert [name(facts, k) for k in attack.targets] == ["Orvell Bank"]


def test_an_attack_on_the_building_of_a_body_is_done_to_that_body(extract_text):
    facts = extract_text("News\n\nThe attack on the offices of the Karsk Daily Herald injured two guards.")
    [attack] = events_of(facts, "Attack")
    assert [name(facts, k) for k in attack.targets] == ["Karsk Daily Herald"]


def test_an_attack_on_a_persons_kin_is_not_done_to_that_person(extract_text):
    facts = extract_text("News\n\nGunmen attacked the son of Mayor Ivo Lenz outside a cafe on Monday.")
    [attack] = events_of(facts, "Attack")
    assert "Ivo Lenz" not in [name(facts, k) for k in attack.targets]


def test_her_sentence_is_the_sentence_of_the_woman_named_just_before(extract_text):
    facts = extract_text("News\n\nMaria Delgado was convicted of fraud in 2012 and was sentenced to serve 20 years "
                         "in prison. Her sentence was commuted on Monday.")
    [pardon] = events_of(facts, "Pardon")
    assert [name(facts, k) for k in pardon.targets] == ["Maria Delgado"]


def test_his_arrest_is_the_arrest_of_the_man_named_just_before(extract_text):
    facts = extract_text("News\n\nFormer minister Paul Renner was questioned by police on Monday. His arrest "
                         "followed a day later.")
    [arrest] = events_of(facts, "Arrest")
    assert [name(facts, k) for k in arrest.targets] == ["Paul Renner"]


def test_a_donation_to_a_body_is_received_by_that_body(extract_text):
    facts = extract_text("News\n\nThe Lenz Foundation made a donation of $2 million to the University of Varno.")
    [payment] = events_of(facts, "Payment")
    assert [name(facts, k) for k in payment.targets] == ["University of Varno"]


def test_goods_delivered_to_a_customer_go_to_that_customer(extract_text):
    facts = extract_text("News\n\nAirbus delivered twelve jets to Ryanair in March.")
    [delivery] = events_of(facts, "Delivery")
    assert [name(facts, k) for k in delivery.targets] == ["Ryanair"]


def test_a_lawsuit_against_a_decision_is_against_the_body_that_made_it(extract_text):
    facts = extract_text("News\n\nThe Varno Teachers Union filed a lawsuit against the Varno City Council's decision "
                         "to close two schools.")
    [lawsuit] = events_of(facts, "Lawsuit")
    assert [name(facts, k) for k in lawsuit.targets] == ["Varno City Council"]


def test_a_protest_against_a_tax_is_against_the_body_that_imposed_it(extract_text):
    facts = extract_text("News\n\nFarmers protested in Varno on Monday against a fuel tax imposed by the Ostland "
                         "Ministry of Finance.")
    [protest] = events_of(facts, "Protest")
    assert [name(facts, k) for k in protest.targets] == ["Ostland Ministry of Finance"]


def test_bail_set_after_an_arrest_is_set_for_the_one_arrested(extract_text):
    facts = extract_text("News\n\nVeteran boxer Tom Haskell was arrested in Varno on Friday. The Varno district court "
                         "set bail yesterday at 20,000 euros.")
    [ruling] = events_of(facts, "Ruling")
    assert [name(facts, k) for k in ruling.targets] == ["Tom Haskell"]


def test_a_new_trial_ordered_after_a_conviction_is_the_convicted_persons(extract_text):
    facts = extract_text("News\n\nFormer minister Paul Renner was convicted of fraud in 2006. An appeals court "
                         "ordered a new trial in 2008.")
    [trial] = events_of(facts, "Trial")
    assert [name(facts, k) for k in trial.targets] == ["Paul Renner"]


def test_charges_another_person_pleads_to_are_not_the_defendants_before(extract_text):
    facts = extract_text("News\n\nFormer minister Paul Renner was convicted of fraud in 2006. In 1990, Ray Olson "
                         "pled guilty to charges of bribery.")
    assert not any(name(facts, k) == "Paul Renner" for e in events_of(facts, "Trial") + events_of(facts, "Charge")
                   for k in e.targets)


def test_who_resigns_as_chairman_of_a_company_leaves_that_company(extract_text):
    facts = extract_text("News\n\nTom Ashby resigned as chairman of Orion Telecom on Monday.")
    [resignation] = events_of(facts, "Resignation")
    assert [name(facts, k) for k in resignation.targets] == ["Orion Telecom"]


def test_who_resigns_from_the_board_of_a_company_leaves_that_company(extract_text):
    facts = extract_text("News\n\nTom Ashby resigned from the board of Orion Telecom on Monday.")
    [resignation] = events_of(facts, "Resignation")
    assert [name(facts, k) for k in resignation.targets] == ["Orion Telecom"]


def test_the_state_of_an_office_resigned_is_no_body_left(extract_text):
    facts = extract_text("News\n\nIvo Lenz resigned as president of Brazil on Friday.")
    [resignation] = events_of(facts, "Resignation")
    assert not resignation.targets


def test_suspending_the_licence_of_a_company_sanctions_the_company(extract_text):
    facts = extract_text("News\n\nThe ministry suspended the licence of Orlan Air for three months.")
    [sanction] = events_of(facts, "Sanction")
    assert [name(facts, k) for k in sanction.targets] == ["Orlan Air"]


def test_commuting_the_sentence_of_a_person_is_done_to_that_person(extract_text):
    facts = extract_text("News\n\nGovernor Ray Olson commuted the sentence of Dana Holt on Monday.")
    [pardon] = events_of(facts, "Pardon")
    assert [name(facts, k) for k in pardon.targets] == ["Dana Holt"]


def test_a_team_named_after_a_bare_noun_object_is_the_one_beaten(extract_text):
    facts = extract_text("News\n\nBelgium defeated debutants Panama 3 – 0 on Monday.")
    [match] = [e for e in facts.events.values() if any(m.anchor == "defeated" for m in e.mentions)]
    assert [name(facts, k) for k in match.targets] == ["Panama national team"]


def test_whom_voters_re_elected_won_the_election(extract_text):
    facts = extract_text("News\n\nVoters in Ostrava re-elected Mayor Jana Kolar with 58 percent of the vote on Sunday.")
    [election] = events_of(facts, "Election")
    assert [name(facts, k) for k in election.agents] == ["Jana Kolar"]


def test_a_re_election_is_an_election(extract_text):
    facts = extract_text("News\n\nMayor Jana Kolar won re-election on Sunday.")
    [election] = events_of(facts, "Election")
    assert [name(facts, k) for k in election.agents] == ["Jana Kolar"]


def test_a_name_read_as_an_apposition_of_the_opening_day_is_the_subject(extract_text):
    # the parser hangs "Halvorsen" from "Thursday" and gives "introduced" no subject
    facts = extract_text("News\n\nOn Thursday, Halvorsen, along with Senator Paul Ekker of Maine, introduced a bill.")
    [bill] = events_of(facts, "Legislation")
    assert "Halvorsen" in [name(facts, k) for k in bill.agents] and not bill.targets


def test_a_name_read_as_the_object_of_the_opening_on_is_the_subject_not_the_target(extract_text):
    # the parser reads "On Friday, Okafor" as "on Okafor", with "Friday" modifying the name
    facts = extract_text("News\n\nOn Friday, Okafor, along with Senator Tom Arden of Ohio, filed a lawsuit "
                         "against the state.")
    [lawsuit] = events_of(facts, "Lawsuit")
    assert [name(facts, k) for k in lawsuit.agents] == ["Okafor"]
    assert "Okafor" not in [name(facts, k) for k in lawsuit.targets]


def test_fishermen_who_rescue_migrants_are_its_doers_and_the_migrants_whom_it_saved(extract_text):
    facts = extract_text("News\n\nFishermen rescued 40 migrants off the coast of Tarvo on Sunday.")
    [rescue] = events_of(facts, "Rescue")
    assert [name(facts, k) for k in rescue.agents] == ["Fishermen"]
    assert [name(facts, k) for k in rescue.targets] == ["migrants"]


def test_hostages_freed_are_whom_the_release_was_done_to(extract_text):
    facts = extract_text("News\n\nThe army freed twelve hostages held by the rebels in Dorvak.")
    [release] = events_of(facts, "PrisonerRelease")
    assert [name(facts, k) for k in release.targets] == ["hostages"]


def test_a_ruling_on_a_ban_is_done_to_whoever_imposed_it(extract_text):
    facts = extract_text("News\n\nThe court ruled that the curfew imposed by the city council was illegal.")
    [ruling] = events_of(facts, "Ruling")
    assert [name(facts, k) for k in ruling.targets] == ["city council"]


def test_a_ruling_on_a_states_practice_is_done_to_that_state_however_the_parser_hangs_its_name(extract_text):
    # the parser hangs "United States" from "practice", not from "government"
    facts = extract_text("News\n\nOn Friday, a judge in Ohio ruled the United States federal government's practice of "
                         "drafting only men is unconstitutional.")
    [ruling] = events_of(facts, "Ruling")
    assert [name(facts, k) for k in ruling.targets] == ["United States"]


def test_a_ruling_on_a_thing_of_no_one_is_done_to_no_one(extract_text):
    facts = extract_text("News\n\nThe judge ruled that the law was unconstitutional.")
    [ruling] = events_of(facts, "Ruling")
    assert not ruling.targets
