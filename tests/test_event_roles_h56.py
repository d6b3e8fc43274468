"""Who does an act told through a pronoun of the speaker, a body named by a common noun, "the South"
of a divided state, a retaliation, and each side's attack in an exchange of fire.

Every sentence here was written for its test.
"""

from __future__ import annotations

from events_of import events_of, names, told_by


def test_it_in_what_a_state_says_is_that_state(extract_text):
    facts = extract_text("News\n\nOn Monday, Russia said it had shot down 14 drones over the Belgorod region.")
    assert names(facts, told_by(facts, "shot").agents) == ["Russia"]


def test_they_in_what_a_states_government_says_is_that_state(extract_text):
    facts = extract_text("News\n\nOn Monday, the Turkish government said they had arrested 40 suspects in Izmir.")
    [arrest] = events_of(facts, "Arrest")
    assert names(facts, arrest.agents) == ["Turkey"]


def test_they_in_what_a_state_says_is_not_the_state(extract_text):
    facts = extract_text("News\n\nOn Monday, Russia said they had shot down 14 drones over the Belgorod region.")
    assert "Russia" not in names(facts, told_by(facts, "shot").agents)


def test_municipalities_that_sue_are_the_doers(extract_text):
    facts = extract_text("News\n\nOn Monday, several municipalities in Vestria sued the Halvard Chemical Company "
                         "over river pollution.")
    [suit] = events_of(facts, "Lawsuit")
    assert [n.lower() for n in names(facts, suit.agents)] == ["several municipalities"]


def test_the_south_of_a_divided_state_is_that_state(extract_text):
    facts = extract_text("News\n\nNorth Korea fired four shells at a border post in South Korea on Tuesday. "
                         "The South retaliated by firing artillery at the border.")
    assert names(facts, told_by(facts, "retaliated").agents) == ["South Korea"]


def test_the_south_alone_is_no_state(extract_text):
    facts = extract_text("News\n\nSouth Korea opened a new port on Tuesday. Storms hit the South on Friday.")
    assert "South Korea" not in names(facts, told_by(facts, "hit").targets)


def test_a_retaliation_is_not_by_the_attacker_it_answers(extract_text):
    facts = extract_text("News in brief\n\nRebels shelled the town of Kesh on Monday. On Tuesday, rockets "
                         "were fired in retaliation at rebel positions.")
    assert "Rebels" not in names(facts, told_by(facts, "fired").agents)


def test_each_sides_attack_in_an_exchange_of_fire_is_its_own(extract_text):
    facts = extract_text("News\n\nNorland and Vestland exchanged artillery fire on Monday. Norland fired shells "
                         "at a border post in Vestland. Vestland retaliated by firing artillery at Norland's positions.")
    assert names(facts, told_by(facts, "exchanged").agents) == ["Norland", "Vestland"]
    assert names(facts, told_by(facts, "fired").agents) == ["Norland"]
    assert names(facts, told_by(facts, "retaliated").agents) == ["Vestland"]


def test_the_name_before_an_act_whose_doer_a_by_phrase_names_is_whom_it_was_done_to(extract_text):
    facts = extract_text("News\n\nThe Brightwater Holdings takeover by Kestrel Motors was completed on Monday.")
    [deal] = events_of(facts, "Acquisition")
    assert names(facts, deal.agents) == ["Kestrel Motors"]
    assert names(facts, deal.targets) == ["Brightwater Holdings"]


def test_who_approves_an_act_whose_doer_a_by_phrase_names_does_not_do_it(extract_text):
    facts = extract_text("News\n\nHalvard Bank approved the takeover by Kestrel Motors on Monday.")
    [deal] = events_of(facts, "Acquisition")
    assert names(facts, deal.agents) == ["Kestrel Motors"]


def test_a_companys_board_acts_for_the_company(extract_text):
    facts = extract_text("News\n\nThe Kestrel Motors board fired chief executive Dana Holt on Monday.")
    [firing] = [e for e in facts.events.values() if any(m.anchor == "fired" for m in e.mentions)]
    assert names(facts, firing.agents) == ["Kestrel Motors"]
    assert names(facts, firing.targets) == ["Dana Holt"]


def test_the_board_of_a_company_acts_for_the_company(extract_text):
    facts = extract_text("News\n\nThe board of Kestrel Motors fired chief executive Dana Holt on Monday.")
    [firing] = [e for e in facts.events.values() if any(m.anchor == "fired" for m in e.mentions)]
    assert names(facts, firing.agents) == ["Kestrel Motors"]


def test_the_by_phrase_of_a_passive_whose_subject_names_the_act_does_it(extract_text):
    facts = extract_text("News\n\nA lawsuit was filed by Kestrel Motors against Brightwater Holdings on Monday.")
    [suit] = events_of(facts, "Lawsuit")
    assert names(facts, suit.agents) == ["Kestrel Motors"]
    assert names(facts, suit.targets) == ["Brightwater Holdings"]


def test_an_attack_carried_out_by_rebels_is_theirs(extract_text):
    facts = extract_text("News\n\nThe attack on the convoy was carried out by rebels on Monday.")
    [attack] = events_of(facts, "Attack")
    assert [n.lower() for n in names(facts, attack.agents)] == ["rebels"]


def test_the_party_that_signed_a_deal_is_its_party_not_the_name_before_it(extract_text):
    facts = extract_text("News\n\nThe Halvard Bank Corp. deal was signed by Kestrel Motors on Monday.")
    [deal] = events_of(facts, "Deal")
    assert names(facts, deal.participants) == ["Kestrel Motors"]


def test_several_named_in_a_passives_by_phrase_are_no_doers(extract_text):
    facts = extract_text("News\n\nThe lawsuit was filed by Kestrel Motors and Brightwater Holdings on Monday.")
    [suit] = events_of(facts, "Lawsuit")
    assert suit.agents == []


def test_who_approved_an_act_in_a_passive_did_not_do_it(extract_text):
    facts = extract_text("News\n\nThe merger was approved by the Federal Trade Commission on Friday.")
    assert all("Federal Trade Commission" not in names(facts, e.agents + e.participants)
               for e in facts.events.values())


def test_whom_an_act_is_done_on_behalf_of_is_not_its_target(extract_text):
    facts = extract_text("News\n\nDana Holt filed a lawsuit on behalf of Kestrel Motors on Monday.")
    [suit] = events_of(facts, "Lawsuit")
    assert "Kestrel Motors" not in names(facts, suit.targets)


def test_the_by_phrase_of_a_relative_clause_about_the_act_does_it(extract_text):
    facts = extract_text("News\n\nThe lawsuit, which was filed by Kestrel Motors on Monday, seeks $5 million.")
    [suit] = events_of(facts, "Lawsuit")
    assert names(facts, suit.agents) == ["Kestrel Motors"]


def test_the_subject_of_a_relative_clause_that_carried_out_the_act_does_it(extract_text):
    facts = extract_text("News\n\nThe attack, which rebels carried out on Monday, killed 12 people.")
    [attack] = events_of(facts, "Attack")
    assert [n.lower() for n in names(facts, attack.agents)] == ["rebels"]
