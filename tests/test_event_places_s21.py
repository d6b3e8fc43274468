"""Where the people were hurt places the attack or disaster they were hurt in.

The sentences are written for these tests, with made-up names."""

from __future__ import annotations

from events_of import told_by


def _place(facts, word: str) -> str | None:
    event = told_by(facts, word)
    return facts.entities[event.place].name if event.place else None


def test_an_attack_is_placed_on_the_road_where_its_victims_were_hurt(extract_text):
    facts = extract_text("Knife attack in London\n\nOn Saturday in London, a man armed with a knife began to "
                         "attack shoppers. He injured two women and a man on Baxter High Road, London.")
    assert _place(facts, "attack") == "Baxter High Road"


def test_a_fire_is_placed_where_the_workers_it_hurt_were_injured(extract_text):
    facts = extract_text("Fire in Leeds\n\nA fire broke out at a warehouse in Leeds on Saturday. "
                         "Four workers were injured on Copley Hill Road, Leeds.")
    assert _place(facts, "fire") == "Copley Hill Road"


def test_the_hurt_still_count_for_the_attack_they_were_hurt_in(extract_text):
    facts = extract_text("Knife attack in London\n\nOn Saturday in London, a man armed with a knife began to "
                         "attack shoppers. He injured two women and a man on Baxter High Road, London.")
    attack = told_by(facts, "attack")
    assert [(facts.quantities[q].value, facts.quantities[q].unit) for q in attack.quantities] == [(3, "injured")]


def test_a_place_outside_the_attacks_keeps_the_attack_where_it_was_told(extract_text):
    facts = extract_text("Knife attack in London\n\nOn Saturday in London, a man armed with a knife began to "
                         "attack shoppers. Two of them were later injured in Manchester, police said.")
    assert _place(facts, "attack") == "London"


QUAKE = "Quake shakes Greece\n\nAn earthquake struck northern Greece on Friday. "


def test_a_collapse_told_again_of_the_same_things_is_the_collapse_told_before(extract_text):
    facts = extract_text(QUAKE + "The quake caused buildings in the port city of Kavala to collapse. "
                         "Officials said on Saturday that about 15 buildings collapsed.")
    collapses = [e for e in facts.events.values() if e.type == "Collapse"]
    assert len(collapses) == 1
    assert facts.entities[collapses[0].place].name == "Kavála"
    assert [(facts.quantities[q].value, facts.quantities[q].unit) for q in collapses[0].quantities] == [(15, "building")]


def test_collapses_of_other_things_elsewhere_stay_two(extract_text):
    facts = extract_text(QUAKE + "The quake caused a bridge in Kavala to collapse. "
                         "Officials said on Saturday that about 15 houses collapsed in Drama.")
    assert len([e for e in facts.events.values() if e.type == "Collapse"]) == 2


def _figures(facts, word: str) -> list[tuple]:
    event = told_by(facts, word)
    return [(facts.quantities[q].value, facts.quantities[q].unit) for q in event.quantities]


def test_barrels_told_per_day_are_a_rate_of_barrels_per_day(extract_text):
    facts = extract_text("Norland pumped 1.2 million barrels per day in May.")
    assert _figures(facts, "pumped") == [(1200000, "barrel per day")]


def test_barrels_of_daily_production_are_barrels_per_day(extract_text):
    facts = extract_text("Officials said 2.1 million barrels of daily production had been disrupted.")
    assert _figures(facts, "disrupted") == [(2100000, "barrel per day")]


def test_things_made_a_year_are_a_rate_per_year(extract_text):
    facts = extract_text("Vexa Motors builds 300,000 cars a year at the plant.")
    assert _figures(facts, "builds") == [(300000, "car per year")]


def test_a_plain_count_stays_a_count(extract_text):
    facts = extract_text("Vexa Motors built 300,000 cars in its first year.")
    assert _figures(facts, "built") == [(300000, "car")]


KENYA = "Tax protests in Kenya\n\nThousands marched in Nairobi on Monday against a new tax. " \
        "After a Senate hearing was held on Tuesday, senators rejected the tax."


def test_the_hearing_told_after_a_legislatures_hearing_is_that_hearing_and_no_trial(extract_text):
    facts = extract_text(KENYA + " The finance minister apologized to the protesters during the hearing.")
    hearings = [e for e in facts.events.values() if any(s.anchor == "hearing" for s in e.mentions)]
    assert [e.type for e in hearings] == ["PoliticalEvent"]
    assert not [e for e in facts.events.values() if e.type == "Trial"]


def test_an_event_told_first_in_an_after_clause_is_set_where_the_story_is_when_told_again(extract_text):
    facts = extract_text(KENYA + " The finance minister apologized to the protesters during the hearing.")
    # where the story is set: the site its lead names, before the headline's region
    assert _place(facts, "hearing") == "Nairobi"


def test_an_event_told_only_in_an_after_clause_takes_no_place_from_the_story(extract_text):
    facts = extract_text(KENYA)
    assert _place(facts, "hearing") is None
