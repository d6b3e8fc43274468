"""Which places lie within which, and the places an event has at every level.

Every sentence here was written for its test.
"""

from __future__ import annotations

import pytest

from kg.mapping import facts_to_quads
from kg.records import places_around


def place_named(facts, name: str) -> str:
    [key] = [k for k, e in facts.entities.items() if e.name == name or name in e.aliases]
    return key


def around(facts, name: str) -> list[str]:
    """The names of the places the article puts place `name` in, innermost first."""
    return [facts.entities[k].name for k in places_around(place_named(facts, name), facts.entities)]


def test_a_place_followed_by_a_comma_and_its_country_lies_in_it(extract_text):
    facts = extract_text("News\n\nThe candidate held a rally in Minsk, Belarus, on Thursday.")
    assert around(facts, "Minsk") == ["Belarus"]


def test_a_square_in_a_city_lies_in_the_city_and_its_country(extract_text):
    facts = extract_text("News\n\nSeveral hundred farmers gathered at Ostrova Square in Kraków on Saturday.")
    assert around(facts, "Ostrova Square") == ["Kraków", "Poland"]


def test_the_area_of_a_city_lies_in_that_city(extract_text):
    facts = extract_text("News\n\nA warehouse in the Karol Bagh area of New Delhi burned down on Monday.")
    assert around(facts, "Karol Bāgh")[:1] == ["New Delhi"]


def test_a_us_city_lies_in_its_state_when_the_article_names_the_state(extract_text):
    facts = extract_text("News\n\nPolice arrested two men in Tampa on Friday. Florida officials said the men were armed.")
    assert around(facts, "Tampa") == ["Florida", "United States"]


def test_two_cities_named_side_by_side_do_not_nest(extract_text):
    facts = extract_text("News\n\nTalks were held in Geneva on Monday and in Lyon on Tuesday.")
    assert around(facts, "Geneva") == ["Switzerland"] and around(facts, "Lyon") == ["France"]


def test_states_in_a_list_do_not_nest(extract_text):
    facts = extract_text("News\n\nVoters went to the polls in Ohio, Texas and Utah on Tuesday.")
    assert around(facts, "Ohio") == ["United States"]


def test_a_place_is_not_put_in_a_country_the_gazetteer_places_it_outside(extract_text):
    facts = extract_text("News\n\nThe storm flooded streets in Lyon, Canada on Sunday.")
    assert "Canada" not in around(facts, "Lyon")


def test_an_event_at_a_square_has_the_square_as_its_site(extract_text):
    facts = extract_text("News\n\nSeveral hundred farmers protested at Ostrova Square in Kraków on Saturday.")
    [protest] = [e for e in facts.events.values() if e.type == "Protest"]
    assert facts.entities[protest.place].name == "Ostrova Square"


@pytest.fixture
def protest_quads(extract_text):
    facts = extract_text("News\n\nSeveral hundred farmers protested at Ostrova Square in Kraków on Saturday.")
    return [tuple(str(t) for t in (q.subject, q.predicate, q.object)) for q in facts_to_quads(facts)]


def test_an_event_has_its_site_and_every_place_containing_it_as_places(protest_quads):
    site = {o for s, p, o in protest_quads if p.endswith("#site>")}
    places = {o for s, p, o in protest_quads if p.endswith("#place>")}
    assert len(site) == 1 and site < places and len(places) == 3


def test_a_place_inside_another_is_written_within_it(protest_quads):
    assert any(p.endswith("#within>") for s, p, o in protest_quads)


def test_the_kind_of_place_a_demonym_qualifies_lies_in_that_country(extract_text):
    facts = extract_text("News\n\nOn the Greek island of Samos, a bridge collapsed on Friday.")
    assert around(facts, "Samos") == ["Greece"]


def test_a_place_after_a_comma_that_closes_the_phrase_contains_the_one_before(extract_text):
    facts = extract_text("News\n\nA man stabbed two women on Ferry Road, Leeds on Sunday.")
    assert around(facts, "Ferry Road") == ["Leeds", "United Kingdom"]


def test_a_square_in_the_city_of_a_named_city_lies_in_that_city(extract_text):
    facts = extract_text("News\n\nThousands rallied at Marsden Plaza in the capital city of Ottawa on Saturday.")
    assert around(facts, "Marsden Plaza") == ["Ottawa", "Canada"]


def site(facts, word: str) -> str | None:
    """The name of the site of the event one of whose mentions is `word`."""
    [ev] = [e for e in facts.events.values() if any(m.anchor == word for m in e.mentions)]
    return facts.entities[ev.place].name if ev.place else None


def test_a_street_one_is_on_is_where_an_act_happened(extract_text):
    facts = extract_text("News\n\nA man stabbed two women on Ferry Road, Leeds on Sunday.")
    assert site(facts, "stabbed") == "Ferry Road"


def test_an_island_one_is_on_is_where_an_event_happened(extract_text):
    facts = extract_text("News\n\nOn the Greek island of Samos, a bridge collapsed on Friday.")
    assert site(facts, "collapsed") == "Samos"


def test_a_city_an_attack_is_on_stays_its_target(extract_text):
    facts = extract_text("News\n\nRussia launched an attack on Kharkiv on Monday.")
    [attack] = [e for e in facts.events.values() if e.type == "Attack"]
    assert [facts.entities[k].name for k in attack.targets] == ["Kharkiv"]


def test_an_act_on_a_thing_at_a_place_happens_at_that_place(extract_text):
    facts = extract_text("News\n\nOn Monday, missiles struck a power plant in Lviv.")
    assert site(facts, "struck") == "Lviv"


def test_an_event_told_at_a_city_and_then_at_a_square_in_it_is_one_event_at_the_square(extract_text):
    facts = extract_text("News\n\nFarmers protested in Kraków on Saturday. The protest at Ostrova Square "
                         "in Kraków drew several thousand people.")
    [protest] = [e for e in facts.events.values() if e.type == "Protest"]
    assert facts.entities[protest.place].name == "Ostrova Square" and len(protest.mentions) == 2


def test_a_death_told_again_at_a_hospital_is_one_death_at_the_hospital(extract_text):
    facts = extract_text("News\n\nThe poet Anneli Varga has died, her publisher said on Friday. She had been "
                         "treated in Lyon for months, and according to the family she died at Riverside Hospital.")
    deaths = [e for e in facts.events.values() if e.type == "Death"]
    assert len(deaths) == 1 and facts.entities[deaths[0].place].name == "Riverside Hospital"


def test_where_a_spokesman_spoke_is_not_where_the_attack_he_claims_happened(extract_text):
    facts = extract_text("News\n\nSpeaking on Al Noor TV in Yemen, the group's spokesman Ali Harb said it had "
                         "carried out the attack using ten drones.")
    assert site(facts, "attack") is None


def test_where_police_spoke_still_places_a_local_protest(extract_text):
    facts = extract_text("News\n\nPolice said in Lyon on Monday that the protest had turned violent.")
    assert site(facts, "protest") == "Lyon"


def test_a_domestic_act_of_a_states_office_holder_happens_in_that_state(extract_text):
    facts = extract_text("News\n\nOn Friday, Chilean President Gabriel Soto declared a state of emergency.")
    assert site(facts, "declared") == "Chile"


def test_a_meeting_of_a_states_office_holder_does_not_happen_in_that_state_for_it(extract_text):
    facts = extract_text("News\n\nOn Friday, Chilean President Gabriel Soto met Pope Francis.")
    assert site(facts, "met") is None


def test_an_election_won_by_securing_a_states_delegates_happened_in_that_state(extract_text):
    facts = extract_text("News\n\nOn Saturday, Senator Clara Voss secured all 25 of Nevada's delegates.")
    assert site(facts, "secured") == "Nevada"


def test_a_states_own_primary_happened_in_that_state(extract_text):
    facts = extract_text("News\n\nSenator Clara Voss won Ohio's primary on Tuesday.")
    assert site(facts, "won") == "Ohio"


def test_a_state_that_owns_an_attack_is_its_doer_not_its_place(extract_text):
    facts = extract_text("News\n\nRussia's attack killed two soldiers on Monday.")
    assert site(facts, "attack") != "Russia"


def test_a_body_named_for_its_seat_names_that_place(extract_text):
    facts = extract_text("News\n\nThe Lviv regional council met on Monday.")
    assert "Lviv" in {e.name for e in facts.entities.values()}


def test_a_ruling_of_a_court_named_for_its_city_happens_in_that_city(extract_text):
    facts = extract_text("News\n\nThe Tbilisi city court set bail yesterday at 100,000 lari.")
    assert site(facts, "set") == "Tbilisi"


def test_a_company_named_for_a_city_names_no_place(extract_text):
    facts = extract_text("News\n\nSingapore Airlines cancelled twelve flights on Monday.")
    assert "Singapore" not in {e.name for e in facts.entities.values()}


def test_a_state_named_most_as_the_one_that_acts_is_not_where_the_story_is_set(extract_text):
    facts = extract_text("Trade pact\n\nChile and Peru signed a trade agreement on Monday. Chile said the deal would cut "
                         "tariffs. Chile and Peru will meet again next year, and Chile expects more trade.")
    [pact] = [e for e in facts.events.values() if e.type == "Agreement"]
    assert pact.place is None


def test_the_place_an_article_names_most_as_a_place_is_where_its_story_is_set(extract_text):
    facts = extract_text("Storm\n\nThe storm damaged roofs on Monday. Crews from Lyon were sent, more crews "
                         "arrived in Lyon later, and schools in Lyon closed.")
    [storm] = [e for e in facts.events.values() if e.type == "Storm"]
    assert facts.entities[storm.place].name == "Lyon"


def test_a_town_named_with_its_state_is_the_town_of_that_name_in_that_state(extract_text):
    facts = extract_text("News\n\nA grain silo collapsed in Paris, Texas, on Monday.")
    assert around(facts, "Paris") == ["Texas", "United States"]


def test_later_mentions_of_a_town_named_with_its_state_are_the_same_town(extract_text):
    facts = extract_text("News\n\nA grain silo collapsed in Paris, Texas, on Monday. Paris has 25,000 residents.")
    assert "France" not in {e.name for e in facts.entities.values()}


def test_a_place_between_commas_that_close_a_phrase_contains_the_one_before(extract_text):
    facts = extract_text("News\n\nA tornado struck Moscow, Idaho, on Sunday.")
    assert around(facts, "Moscow") == ["Idaho", "United States"]


def test_a_town_a_march_went_through_is_where_it_happened(extract_text):
    facts = extract_text("News\n\nThousands of farmers marched through Marlow on Saturday.")
    [event] = facts.events.values()
    assert facts.entities[event.place].name == "Marlow"


def event_place(facts, word: str) -> str | None:
    """The name of the place of the event one of whose mentions is `word`."""
    [ev] = [e for e in facts.events.values() if any(m.anchor == word for m in e.mentions)]
    return facts.entities[ev.place].name if ev.place else None


def test_an_attack_off_the_coast_of_a_country_happens_in_that_country(extract_text):
    facts = extract_text("News\n\nPirates attacked a tanker off the coast of Somalia on Monday.")
    assert event_place(facts, "attacked") == "Somalia"


def test_shelling_on_the_outskirts_of_a_city_happens_at_the_city(extract_text):
    facts = extract_text("News\n\nRebels shelled villages on the outskirts of Goma on Monday.")
    assert event_place(facts, "shelled") == "Goma"


def test_a_blast_in_a_suburb_of_a_city_happens_at_the_city(extract_text):
    facts = extract_text("News\n\nA bomb exploded in a suburb of Lyon on Monday.")
    assert event_place(facts, "exploded") == "Lyon"


def test_an_arrest_somewhere_else_than_at_home_is_not_put_in_the_town_the_suspect_is_from(extract_text):
    facts = extract_text("News\n\nOmar Reyes, a 15-year-old boy from Dunmore, Ohio, was arrested on Monday.")
    assert event_place(facts, "arrested") is None


def test_the_place_of_another_event_behind_after_does_not_place_a_market_move(extract_text):
    facts = extract_text("News\n\nShares of Velmar fell on Friday after a bombing in Lyon.")
    assert event_place(facts, "fell") is None


def test_the_setting_of_a_story_is_in_its_lead_not_in_the_caption_of_a_picture_before_it(extract_text):
    facts = extract_text("Crowds in Oslo on Friday. Image: Jan Roe.\nThe Kestrel Games Fair took place in Halden "
                         "this weekend. Police arrested two men for theft.")
    assert event_place(facts, "arrested") == "Halden"


def test_an_ambush_along_a_coast_happens_where_the_coast_is(extract_text):
    facts = extract_text("News\n\nRebels ambushed a convoy along the coast of Somalia on Monday.")
    assert event_place(facts, "ambushed") == "Somalia"


def test_a_place_a_protest_blocked_roads_around_is_where_it_happened(extract_text):
    facts = extract_text("News in brief\n\nFarmers blocked motorways around Lyon on Monday to protest against "
                         "low prices.")
    [event] = [e for e in facts.events.values() if e.type == "Protest"]
    assert facts.entities[event.place].name == "Lyon"


def test_a_city_lies_in_a_foreign_state_the_article_names(extract_text):
    facts = extract_text("News\n\nHeavy rain flooded Townsville on Monday, and Queensland declared a disaster.")
    assert around(facts, "Townsville")[:1] == ["Queensland"]


def test_a_recovery_happens_where_it_took_things_from(extract_text):
    facts = extract_text("News\n\nThe cockpit voice recorder has been recovered from the Banda Sea.")
    assert site(facts, "recovered") == "Banda Sea"


def test_the_death_of_a_states_office_holder_happens_in_that_state(extract_text):
    facts = extract_text("News\n\nOn Friday, Tarek bin Salim, the long-serving Emir of Qatar, died aged 81.")
    assert site(facts, "died") == "Qatar"


def test_an_office_holders_death_told_abroad_happens_where_told(extract_text):
    facts = extract_text("News\n\nOn Friday, Tarek bin Salim, the long-serving Emir of Qatar, died aged 81 in a "
                         "hospital in Paris.")
    assert site(facts, "died") == "Paris"


def test_an_act_of_a_body_whose_name_holds_its_states_name_happens_in_that_state(extract_text):
    facts = extract_text("News\n\nThe Home Office of the United Kingdom began issuing questionnaires on Monday.")
    assert site(facts, "issuing") == "United Kingdom"


def test_an_abduction_happens_where_its_captives_were_taken_from(extract_text):
    facts = extract_text("News\n\nGunmen abducted 30 pupils from a boarding school in Norland's northern Kaduna "
                         "state on Thursday.")
    assert site(facts, "abducted") == "Kaduna"


def test_an_act_at_a_site_named_by_a_common_noun_happens_where_the_site_is(extract_text):
    facts = extract_text("News\n\nSix miners were trapped after a tunnel collapsed at a copper mine in northern "
                         "Chile on Wednesday.")
    assert site(facts, "collapsed") == "Chile"


def test_of_places_named_in_one_phrase_the_innermost_is_the_site(extract_text):
    facts = extract_text("News\n\nA tunnel collapsed at a gold mine near Rancagua in Chile on Wednesday.")
    assert site(facts, "collapsed") == "Rancagua"


def test_a_fire_happens_at_the_named_building_that_caught_fire(extract_text):
    facts = extract_text("News\n\nThe Hotel Grand Plaza in the Ostend district of Lyon caught fire on Saturday.")
    assert site(facts, "fire") == "Hotel Grand Plaza"


def test_a_collapse_happens_at_the_named_building_not_the_town_it_is_in(extract_text):
    facts = extract_text("News\n\nThe Sunshine Tower collapsed on Thursday in Miami, killing 98 people.")
    assert site(facts, "collapsed") == "Sunshine Tower"


def test_of_the_places_one_clause_names_the_smallest_is_where_it_happened(extract_text):
    facts = extract_text("News\n\nThe strike took place in Bulgaria, at Kestrel International Airport.")
    assert site(facts, "strike") == "Kestrel International Airport"


def test_shares_that_moved_on_a_named_exchange_moved_there(extract_text):
    facts = extract_text("News\n\nBrantor shares on the Irish Stock Exchange fell 2.5 percent on Monday.")
    assert site(facts, "fell") == "Irish Stock Exchange"


def test_a_price_told_on_a_named_exchange_places_the_move_there(extract_text):
    facts = extract_text("News\n\nBrantor's stock fell 17 cents (2.1%) to $8 on the New York Stock Exchange.")
    assert site(facts, "fell") == "New York Stock Exchange"


@pytest.mark.parametrize("text", ["Ohio Governor Dale Brenner resigned on Friday.",
                                  "The Governor of Ohio, Dale Brenner, resigned on Friday.",
                                  "Ohio's governor, Dale Brenner, resigned on Friday."])
def test_an_office_holders_domestic_act_happens_where_his_title_says_he_holds_office(extract_text, text):
    facts = extract_text("News\n\n" + text)
    assert site(facts, "resigned") == "Ohio"


def test_water_the_model_takes_for_a_body_is_a_place_where_a_boat_sank(extract_text):
    facts = extract_text("News\n\nA boat carrying migrants sank in the Channel on Friday.")
    assert site(facts, "sank") == "Channel"


@pytest.mark.parametrize("text, word, water", [
    ("A plane crashed into the Mendel River on Friday.", "crashed", "Mendel River"),
    ("A bus plunged into Lake Ostra on Friday.", "plunged", "Lake Ostra"),
    ("A plane crashed over the Sea of Kerrow on Friday.", "crashed", "Sea of Kerrow")])
def test_what_came_down_into_or_over_named_water_happened_there(extract_text, text, word, water):
    facts = extract_text("News\n\n" + text)
    assert site(facts, word) == water


def test_the_kind_word_closing_an_islands_name_names_no_country(extract_text):
    facts = extract_text("News\n\nA fishing boat capsized off Morwen Island on Monday.")
    assert "Iceland" not in {e.name for e in facts.entities.values()}


def test_water_named_like_a_town_lies_in_no_town(extract_text):
    facts = extract_text("News\n\nThe ferry sank in the Banda Sea on Monday.")
    assert {e.name for e in facts.entities.values() if e.kind != "Product"} == {"Banda Sea"}



def test_a_thing_found_that_the_parser_took_for_what_was_announced_is_still_found():
    from spacy.tokens import Doc
    from spacy.vocab import Vocab

    from kg.extraction.events.triggers import _found_thing
    # "The board announced the recorder has been recovered": parsed with the recorder as what was announced
    words = ["The", "board", "announced", "the", "recorder", "has", "been", "recovered", "from", "the", "sea", "."]
    heads = [1, 2, 2, 4, 2, 7, 7, 2, 7, 10, 8, 2]
    deps = ["det", "nsubj", "ROOT", "det", "dobj", "aux", "auxpass", "ccomp", "prep", "det", "pobj", "punct"]
    pos = ["DET", "NOUN", "VERB", "DET", "NOUN", "AUX", "AUX", "VERB", "ADP", "DET", "NOUN", "PUNCT"]
    lemmas = ["the", "board", "announce", "the", "recorder", "have", "be", "recover", "from", "the", "sea", "."]
    doc = Doc(Vocab(), words=words, heads=heads, deps=deps, pos=pos, lemmas=lemmas)
    assert _found_thing(doc[7])


def test_one_sworn_in_as_a_states_office_holder_is_sworn_in_that_state(extract_text):
    facts = extract_text("News\n\nOn Friday, Ana Ruiz was sworn in as Ohio's governor.")
    assert site(facts, "sworn") == "Ohio"


def test_a_bare_title_is_of_the_one_state_the_article_gives_that_office(extract_text):
    facts = extract_text("News\n\nGovernor Ramon Tavis resigned on Friday. Later that day, Ana Ruiz was sworn "
                         "in as Ohio's governor.")
    assert site(facts, "resigned") == "Ohio"


def test_a_body_named_for_a_province_acts_in_the_province_not_only_its_country(extract_text):
    facts = extract_text("News\n\nThe Legislative Assembly of Ontario passed the budget on Thursday.")
    assert site(facts, "passed") == "Ontario"
