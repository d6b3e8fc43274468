"""Business events as a careful reader records them: orders and purchases of goods, who buys from whom,
and what their figures count.

Every sentence here was written for its test; the companies and models are made up.
"""

from __future__ import annotations

from decimal import Decimal

from kg.taxonomy import taxonomy


def name(facts, key: str | None) -> str | None:
    return facts.entities[key].name if key in facts.entities else None


def told_by(facts, word: str) -> list:
    """The events one of whose mentions is `word`."""
    return [e for e in facts.events.values() if any(m.anchor == word for m in e.mentions)]


def figures_of(facts, event) -> set[tuple[Decimal, str | None]]:
    return {(facts.quantities[k].value, facts.quantities[k].unit) for k in event.quantities}


def test_an_order_of_goods_is_a_deal_between_customer_and_maker():
    assert "Deal" in taxonomy()["Order"].ancestors


def test_buying_goods_is_an_order_of_them(extract_text):
    facts = extract_text("News\n\nZephyr Airways purchased 16 new long-haul jets on Monday.")
    [event] = told_by(facts, "purchased")
    assert event.type == "Order"
    assert [name(facts, k) for k in event.agents] == ["Zephyr Airways"]
    assert (Decimal(16), "jet") in figures_of(facts, event)


def test_ordering_goods_named_by_their_model_is_an_order(extract_text):
    facts = extract_text("News\n\nZephyr Airways has ordered 12 Tarsis T400s.")
    [event] = told_by(facts, "ordered")
    assert event.type == "Order"
    assert [name(facts, k) for k in event.agents] == ["Zephyr Airways"]


def test_the_company_named_before_the_goods_is_their_maker_and_supplier(extract_text):
    facts = extract_text("News\n\nZephyr Airways has placed firm orders for 12 Norden Aero T400s.")
    [event] = told_by(facts, "orders")
    assert [name(facts, k) for k in event.agents] == ["Zephyr Airways"]
    assert [name(facts, k) for k in event.targets] == ["Norden"]


def test_who_negotiates_the_purchase_of_goods_buys_them(extract_text):
    facts = extract_text("News\n\nZephyr Airways has negotiated the purchase of 30 new Norden Aero V9 Skyliners.")
    [event] = told_by(facts, "purchase")
    assert event.type == "Order"
    assert [name(facts, k) for k in event.agents] == ["Zephyr Airways"]


def test_a_count_of_goods_named_by_their_model_counts_the_kind_the_story_names(extract_text):
    facts = extract_text("Volant wins orders for new aircraft\n\n"
                         "Zephyr Airways has placed firm orders for 12 T400s and 8 T500s.")
    [event] = [e for e in told_by(facts, "orders") if e.agents]
    assert {(Decimal(12), "aircraft"), (Decimal(8), "aircraft")} <= figures_of(facts, event)


def test_a_number_in_the_name_of_a_model_is_no_count(extract_text):
    facts = extract_text("News\n\nThe deal includes firm orders for 18 V9s and the new 350 Skyliner.")
    assert Decimal(350) not in {q.value for q in facts.quantities.values()}
    assert Decimal(18) in {q.value for q in facts.quantities.values()}


def test_an_order_naming_no_maker_is_placed_with_the_maker_told_winning_orders_before(extract_text):
    facts = extract_text("News\n\nVolant Industries has secured two large orders for new aircraft. Zephyr Airways "
                         "has ordered 20 jets, while Caldera Air bought 12 T400s.")
    for word, buyer in (("ordered", "Zephyr Airways"), ("bought", "Caldera Air")):
        [event] = told_by(facts, word)
        assert [name(facts, k) for k in event.agents] == [buyer]
        assert [name(facts, k) for k in event.targets] == ["Volant Industries"]


def test_paying_a_price_for_a_stake_in_a_company_is_acquiring_it(extract_text):
    facts = extract_text("News\n\nKestrel Motors will pay $90 million for a 60 percent stake in the carmaker "
                         "Ortec Industries.")
    [event] = told_by(facts, "pay")
    assert event.type == "Acquisition"
    assert [name(facts, k) for k in event.agents] == ["Kestrel Motors"]
    assert [name(facts, k) for k in event.targets] == ["Ortec Industries"]
    assert {(Decimal(90000000), "dollar"), (Decimal(60), "percent")} <= figures_of(facts, event)


def test_paying_for_anything_but_a_company_stays_a_payment(extract_text):
    facts = extract_text("News\n\nKestrel Motors paid $5 million for the rights to the film.")
    [event] = told_by(facts, "paid")
    assert event.type == "Payment"


def test_a_cut_in_what_a_company_sets_told_by_a_noun_is_its_economic_act(extract_text):
    facts = extract_text("News\n\nKestrel Motors has announced sweeping cuts of 12% in its European prices.")
    [event] = told_by(facts, "cuts")
    assert event.type == "EconomicEvent"
    assert [name(facts, k) for k in event.agents] == ["Kestrel Motors"]
    assert (Decimal(12), "percent") in figures_of(facts, event)


def test_a_company_that_lost_a_sum_in_a_year_reported_that_result(extract_text):
    facts = extract_text("News\n\nIn 2019 Kestrel Motors lost $1.6 billion.")
    [event] = told_by(facts, "lost")
    assert event.type == "FinancialReport"
    assert [name(facts, k) for k in event.agents] == ["Kestrel Motors"]


def test_the_loss_a_company_reports_is_a_word_of_its_report(extract_text):
    facts = extract_text("News\n\nKestrel Motors reported a loss of $254 million on Thursday.")
    [event] = told_by(facts, "reported")
    assert event.type == "FinancialReport"
    assert {m.anchor for m in event.mentions} == {"reported", "loss"}


def test_whom_a_company_is_bought_back_from_sold_it_and_is_no_target(extract_text):
    facts = extract_text("News\n\nThe Romanian government bought back the car maker from Ortec Industries in 2006.")
    [event] = told_by(facts, "bought")
    assert event.type == "Acquisition"
    assert [name(facts, k) for k in event.agents] == ["Romania"]
    assert not event.targets


def test_a_price_cut_a_companys_officer_announces_is_the_companys(extract_text):
    facts = extract_text("News in brief\n\nKestrel Motors builds cars in Ohio. Kestrel Motors CEO Dana Reyes "
                         "announced that the price of the Vela sedan will be cut by $1,000.")
    [event] = told_by(facts, "cut")
    assert [name(facts, k) for k in event.agents] == ["Kestrel Motors"]


def test_job_cuts_a_companys_officer_says_will_come_are_the_companys(extract_text):
    facts = extract_text("News in brief\n\nKestrel Motors builds cars in Ohio. Kestrel Motors CEO Dana Reyes "
                         "said that 2,000 jobs would be cut.")
    [event] = told_by(facts, "cut")
    assert event.type == "JobCuts"
    assert [name(facts, k) for k in event.agents] == ["Kestrel Motors"]


def test_what_an_officer_says_she_will_do_herself_stays_hers(extract_text):
    facts = extract_text("News in brief\n\nKestrel Motors builds cars in Ohio. Kestrel Motors CEO Dana Reyes "
                         "said that she would leave the company.")
    [event] = told_by(facts, "leave")
    assert [name(facts, k) for k in event.agents] == ["Dana Reyes"]


def test_job_cuts_with_no_employer_are_by_the_company_whose_act_came_just_before(extract_text):
    facts = extract_text("News in brief\n\nKestrel Motors has announced sweeping cuts of 21% in its European "
                         "production. The measure comes on top of plans announced in January, in which 3,000 "
                         "positions should be cut.")
    [event] = [e for e in facts.events.values() if e.type == "JobCuts"]
    assert [name(facts, k) for k in event.agents] == ["Kestrel Motors"]


def test_job_cuts_told_beside_another_company_are_not_taken_for_the_one_before(extract_text):
    facts = extract_text("News in brief\n\nKestrel Motors has announced sweeping cuts of 21% in its European "
                         "production. At its rival Ortec Industries, 3,000 positions will be cut.")
    [event] = [e for e in facts.events.values() if e.type == "JobCuts"]
    assert "Kestrel Motors" not in [name(facts, k) for k in event.agents]
