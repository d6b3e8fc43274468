"""Defects found on unseen conflict, crime and court news (helper 57's sweep).

Every sentence here was written for its test.
"""

from __future__ import annotations


def names(facts, keys: list[str]) -> list[str]:
    return [facts.entities[k].name for k in keys if k in facts.entities]


def told_by(facts, anchor: str):
    """The event one of whose words is `anchor`."""
    return next(e for e in facts.events.values() if any(m.anchor == anchor for m in e.mentions))


def test_a_lone_suicide_bomber_is_the_attacker(extract_text):
    facts = extract_text("News\n\nA suicide bomber killed 11 people at a bus station in Gombe on Tuesday.")
    assert names(facts, told_by(facts, "killed").agents) == ["suicide bomber"]


def test_a_lone_gunman_is_the_shooter(extract_text):
    facts = extract_text("News\n\nA gunman opened fire on shoppers in a mall in Leeds on Saturday, killing two.")
    assert names(facts, told_by(facts, "opened").agents) == ["gunman"]


def test_a_lone_sniper_by_whom_soldiers_were_wounded_is_the_attacker(extract_text):
    facts = extract_text("News\n\nFour soldiers were wounded by a sniper near Kharkiv on Sunday.")
    assert names(facts, told_by(facts, "wounded").agents) == ["sniper"]


def test_a_lone_person_of_no_violent_noun_is_still_no_actor(extract_text):
    facts = extract_text("News\n\nA protester was arrested by police in Lyon on Monday.")
    assert "protester" not in {e.name for e in facts.entities.values()}
