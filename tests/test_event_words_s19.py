"""Soft news: researchers' findings, prizes claimed, and companies the article says are companies.

The sentences are written for these tests, with made-up names."""

from __future__ import annotations

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
