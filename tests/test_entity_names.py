"""Named actors and places: where a name starts and ends, what kind of thing it names, and which
country a demonym stands for. Sentences written for these tests."""

from __future__ import annotations


def entity(facts, name):
    return next((e for e in facts.entities.values() if e.name == name), None)


def test_a_demonym_shared_by_a_state_and_its_territory_names_the_state():
    from kg.extraction.gazetteer import gazetteer

    assert gazetteer().demonym_country("Norwegian").name == "Norway"
    assert gazetteer().demonym_country("Norwegians").name == "Norway"


def test_a_body_named_with_the_place_it_serves_keeps_the_place_in_its_name(extract_text):
    facts = extract_text("Ruling\n\nOn Tuesday, the Supreme Court of Ghana overturned the verdict.")
    court = entity(facts, "Supreme Court of Ghana")
    assert court is not None and court.kind == "Organization"
    assert entity(facts, "Supreme Court") is None
    assert [m.anchor for m in entity(facts, "Ghana").mentions] == ["Ghana"]  # the place is still named


def test_a_body_named_in_lower_case_keeps_its_place_too(extract_text):
    facts = extract_text("Report\n\nAccording to the ministry of internal affairs of Kenya, 40 people were detained.")
    assert entity(facts, "ministry of internal affairs of Kenya") is not None


def test_a_body_named_again_without_its_place_is_the_same_body(extract_text):
    facts = extract_text("Ruling\n\nOn Tuesday, the Supreme Court of Ghana overturned the verdict. "
                         "The Supreme Court said the count was void.")
    court = entity(facts, "Supreme Court of Ghana")
    assert [m.anchor for m in court.mentions] == ["Supreme Court of Ghana", "Supreme Court"]


def test_a_short_name_shared_by_two_bodies_of_different_places_stays_apart():
    from kg.extraction.entities import _full_body_name

    bodies = {"Ministry of Defence", "Ministry of Finance"}
    assert _full_body_name("Ministry", bodies) == "Ministry"
    assert _full_body_name("Ministry", {"Ministry of Defence"}) == "Ministry of Defence"


def test_a_place_in_capitals_inside_a_name_is_a_mention_of_that_place(extract_text):
    facts = extract_text("Study\n\nResearchers at the Institute of Oceanography of the UK published the data.")
    uk = entity(facts, "United Kingdom")
    assert uk is not None and [m.anchor for m in uk.mentions] == ["UK"]


def test_a_name_does_not_end_in_a_function_word():
    from kg.extraction.entities import _trim
    from kg.extraction.nlp import load_model

    doc = load_model()("Researchers at the Institute of Oceanography of the UK published it.")
    start, end = _trim(doc[2:8])  # "the Institute of Oceanography of the", as the model may cut it
    assert doc[start:end].text == "Institute of Oceanography"


def test_a_description_after_a_name_is_not_part_of_the_name(extract_text):
    facts = extract_text("Vote\n\nAccording to the Associated Press news agency, the delegates are not bound.")
    agency = entity(facts, "Associated Press")
    assert agency is not None and agency.kind == "Organization"
    assert [m.anchor for m in agency.mentions] == ["Associated Press news agency"]  # the phrase mentions it


def test_a_place_before_a_body_word_stays_part_of_the_name(nlp):
    from kg.extraction.entities import _without_description
    from kg.extraction.gazetteer import gazetteer

    doc = nlp("The Kyiv city military administration said two drones were downed.")
    assert _without_description(doc[1:5], gazetteer()) == 5


def test_a_name_that_a_body_noun_describes_is_that_body(extract_text):
    facts = extract_text("Tests\n\nThe Yonhap news agency reported the launch on Sunday.")
    agency = entity(facts, "Yonhap")
    assert agency is not None and agency.kind == "Organization"


def test_a_body_noun_after_a_name_acts_for_the_named_body(extract_text):
    facts = extract_text("Clashes\n\nThe Wagner mercenary group attacked the town of Bakhmut on Monday.")
    wagner = next(e.key for e in facts.entities.values() if e.name == "Wagner")
    assert any(wagner in ev.agents for ev in facts.events.values())


def test_a_name_written_in_the_plural_after_the_is_no_product(nlp):
    from kg.extraction.entities import _Candidate, _products

    doc = nlp("The Qarani movement claimed the raid. Officials said the Qaranis used boats.")
    at = {t.text: t.i for t in doc}
    cands = [_Candidate(at["Qarani"], at["Qarani"] + 1, "Organization", "Qarani"),
             _Candidate(at["Qaranis"], at["Qaranis"] + 1, "Person", "Qaranis")]
    _products(doc, cands)
    assert [c.kind for c in cands] == ["Organization", "Person"]


def test_the_plural_of_a_body_s_name_after_the_is_that_body(nlp):
    from kg.extraction.entities import _Candidate, _members_are_their_body

    doc = nlp("The Qarani movement claimed the raid. Officials said the Qaranis used boats.")
    at = {t.text: t.i for t in doc}
    cands = [_Candidate(at["Qarani"], at["Qarani"] + 1, "Organization", "Qarani"),
             _Candidate(at["Qaranis"], at["Qaranis"] + 1, "Person", "Qaranis")]
    _members_are_their_body(doc, cands)
    assert (cands[1].kind, cands[1].name) == ("Organization", "Qarani")


def test_a_surname_in_the_plural_after_the_is_a_family(extract_text):
    facts = extract_text("Trial\n\nThomas Reid, 42, and his wife Anna Reid, 36, were charged. However, the Reids "
                         "continued to shun doctors.")
    family = entity(facts, "Reids")
    assert family is not None and family.kind == "Group"


def test_an_untagged_name_in_apposition_to_a_kinship_noun_is_a_person(extract_text):
    facts = extract_text("Death\n\nThe news came from his son-in-law, Frédéric Salat-Baroux, on Thursday.")
    person = entity(facts, "Frédéric Salat-Baroux")
    assert person is not None and person.kind == "Person"


def test_an_untagged_name_in_apposition_to_a_body_noun_is_an_organisation(extract_text):
    facts = extract_text("Storm\n\nToday, Met Éireann, the national meteorological service, issued alerts. "
                         "The warning issued by Met Éireann applies to three counties.")
    service = entity(facts, "Met Éireann")
    assert service is not None and service.kind == "Organization"
    assert len(service.mentions) == 2


def test_a_name_next_to_a_body_noun_without_a_comma_is_no_apposition(nlp):
    from kg.extraction.entities import _appositive_names
    from kg.extraction.gazetteer import gazetteer

    doc = nlp("The attack was launched on the website Rebel Wiki on Wednesday.")
    doc.ents = []  # as if the model had missed the name
    assert doc[8].dep_ == "appos"  # "Wiki", in apposition to "website"
    assert _appositive_names(doc, gazetteer(), taken=set()) == []
    with_comma = nlp("The attack was launched on the website, Rebel Wiki, on Wednesday.")
    with_comma.ents = []
    assert [c.name for c in _appositive_names(with_comma, gazetteer(), taken=set())] == ["Rebel Wiki"]


def test_a_full_name_typed_a_person_as_often_as_a_body_is_a_person():
    from kg.extraction.entities import _Candidate, _make_types_consistent

    cands = [_Candidate(0, 2, "Organization", "Sviatlana Marchuk"), _Candidate(8, 10, "Person", "Sviatlana Marchuk")]
    _make_types_consistent(cands)
    assert [c.kind for c in cands] == ["Person", "Person"]


def test_a_name_with_a_body_word_keeps_the_body_type_on_a_tie():
    from kg.extraction.entities import _Candidate, _make_types_consistent

    cands = [_Candidate(0, 2, "Organization", "Marchuk Foundation"), _Candidate(8, 10, "Person", "Marchuk Foundation")]
    _make_types_consistent(cands)
    assert [c.kind for c in cands] == ["Organization", "Organization"]


def test_a_proper_noun_run_ending_in_a_company_word_is_an_organisation(extract_text):
    facts = extract_text("News\n\nTarsis Mining sold its stake in the mine on Monday.")
    company = entity(facts, "Tarsis Mining")
    assert company is not None and company.kind == "Organization"


def test_a_company_word_in_a_headline_in_title_case_names_nothing(nlp):
    from kg.extraction.entities import _in_running_text

    headline = nlp("Gold Mining Booms Across Nevada")
    assert not _in_running_text(headline[1])
    assert _in_running_text(nlp("Tarsis Mining sold its stake.")[1])


def test_a_name_opened_by_a_word_for_a_kind_of_place_is_a_place(extract_text):
    facts = extract_text("Floods\n\nRescuers reached Lake Tanganyika and Mount Elgon on Monday.")
    assert entity(facts, "Lake Tanganyika").kind == "Location"
    assert entity(facts, "Mount Elgon").kind == "Location"


def test_a_county_named_before_its_name_is_a_place(extract_text):
    facts = extract_text("Storm\n\nThe warning applied to County Galway, County Mayo, County Clare, County Kerry "
                         "and County Limerick.")
    assert {entity(facts, f"County {n}").kind for n in ("Mayo", "Kerry", "Limerick")} == {"GeopoliticalEntity"}


def test_a_word_that_ends_people_s_names_too_does_not_make_a_place(nlp):
    from kg.extraction.entities import _place_kind_word

    doc = nlp("Ricki Lake and Michael Bay met Billy Ocean.")
    assert [_place_kind_word(doc[i:i + 2]) for i in (0, 3, 6)] == [None, None, None]


def test_a_monarch_named_with_a_regnal_number_is_a_person(extract_text):
    facts = extract_text("Parliament\n\nYesterday, the kingdom's Queen Margaret III announced she will comply.")
    queen = entity(facts, "Margaret III")
    assert queen is not None and queen.kind == "Person"
    assert [m.anchor for m in queen.mentions if m.kind != "pronoun"] == ["Queen Margaret III"] and "Queen" in queen.roles


def test_a_regnal_number_is_no_acronym(extract_text):
    facts = extract_text("Church\n\nPope Benedict XVI resigned in 2013.")
    assert entity(facts, "Benedict XVI").kind == "Person"


def test_a_numbered_war_is_no_monarch(extract_text):
    facts = extract_text("History\n\nThe church was rebuilt after World War II ended.")
    assert entity(facts, "World War II") is None or entity(facts, "World War II").kind != "Person"


def test_a_capitalised_title_after_the_refers_to_its_holder(extract_text):
    facts = extract_text("Parliament\n\nQueen Margaret III announced the plan. The Queen is to give a speech "
                         "on October 14.")
    queen = entity(facts, "Margaret III")
    assert "The Queen" in [m.anchor for m in queen.mentions]
    assert not any(e.kind == "Product" for e in facts.entities.values())


def test_a_body_s_name_goes_on_past_the_proper_noun_its_last_word_modifies(nlp):
    from kg.extraction.entities import _continued_name

    doc = nlp("Kenya's Disaster and Emergency Management Presidency reported the figure.")
    assert doc[2:6].text == "Disaster and Emergency Management"  # where the model may stop
    assert doc[2:_continued_name(doc[2:6])].text == "Disaster and Emergency Management Presidency"


def test_a_one_word_name_does_not_take_the_next_name(nlp):
    from kg.extraction.entities import _continued_name

    doc = nlp("Dries Mertens scored twice.")
    assert _continued_name(doc[0:1]) == 1


def test_a_centre_s_name_goes_on_with_what_it_is_for(nlp):
    from kg.extraction.entities import _continued_name

    from spacy.tokens import Span

    doc = nlp("The Lagos Center for Investigative Journalism obtained the messages.")
    doc.ents = [Span(doc, 0, 3, label="ORG")]  # "The Lagos Center", where the model may stop
    assert doc[1:_continued_name(doc[1:3])].text == "Lagos Center for Investigative Journalism"


def test_a_body_named_like_a_building_that_speaks_is_an_organisation(extract_text):
    facts = extract_text("Rules\n\nAccording to the House of Commons Library, most suspensions were short.")
    library = entity(facts, "House of Commons Library")
    assert library is not None and library.kind == "Organization"


def test_a_name_ending_in_a_body_word_is_nobody_s_name(nlp):
    from kg.extraction.entities import _model_candidates
    from kg.extraction.gazetteer import gazetteer
    from spacy.tokens import Span

    doc = nlp("The plaintiffs included the Crow Tribe and Pine Ridge Community.")
    doc.ents = [Span(doc, 4, 6, label="PERSON"), Span(doc, 7, 10, label="FAC")]  # as the model may tag them
    kinds = {c.name: c.kind for c in _model_candidates(doc, gazetteer())}
    assert kinds["Crow Tribe"] == "Organization" and kinds["Pine Ridge Community"] == "Organization"


def test_a_building_that_only_undergoes_something_does_not_act(nlp):
    from kg.extraction.entities import _acts

    fire = nlp("The Hotel Lotus Palace caught fire yesterday morning.")
    report = nlp("The Lotus Research Center reported the figures yesterday.")
    assert not _acts(fire[1:4])
    assert _acts(report[1:4])


def test_a_small_town_the_model_calls_an_organisation_is_a_place_after_in_or_at(extract_text):
    facts = extract_text("News\n\nOn Saturday, drones struck the largest processing plant at Abqaiq.")
    assert [e.kind for e in facts.entities.values() if e.name == "Abqaiq"] == ["City"]


def test_a_persons_role_is_of_the_state_it_names(extract_text):
    facts = extract_text("News\n\nOn Friday, Chilean President Gabriel Soto met the chief executive of "
                         "Veltran Motors, Ana Ruiz.")
    soto = next(e for e in facts.entities.values() if e.name == "Gabriel Soto")
    assert [facts.entities[k].name for k in soto.role_of] == ["Chile"]


def test_a_persons_role_is_written_as_role_of_its_state(extract_text):
    from kg.mapping import facts_to_quads

    facts = extract_text("News\n\nOn Friday, Chilean President Gabriel Soto declared a state of emergency.")
    assert any(str(q.predicate).endswith("#roleOf>") or str(q.predicate).endswith("#roleOf")
               for q in facts_to_quads(facts))


def test_a_person_named_with_a_patronymic_is_named_for_short_by_the_given_name(extract_text):
    facts = extract_text("News\n\nOn Friday, Khalid bin Rashid, the emir of Qarnia, opened the port. "
                         "Khalid had ruled since 1998.")
    [khalid] = [e for e in facts.entities.values() if e.name == "Khalid bin Rashid"]
    assert khalid.kind == "Person" and len(khalid.mentions) == 2


def test_a_title_standing_alone_names_no_one(extract_text):
    facts = extract_text("News\n\nQaboos bin Said became Sultan in 1970.")
    assert "Sultan" not in {e.name for e in facts.entities.values()}


def test_an_office_of_a_state_names_the_state_not_a_person(extract_text):
    facts = extract_text("News\n\nThe King of Jordan attended the funeral on Monday.")
    assert {(e.name, e.kind) for e in facts.entities.values()} == {("Jordan", "GeopoliticalEntity")}


def test_a_word_hyphened_to_a_group_noun_stays_in_its_name(extract_text):
    facts = extract_text("News\n\nThe rally was peaceful, but clashes with counter-protesters broke out later.")
    assert "counter-protesters" in [e.name for e in facts.entities.values()]


def test_the_capital_is_not_a_mention_of_the_state_named_before(extract_text):
    facts = extract_text("News\n\nRussian forces launched missiles at the capital, Kyiv, early on Saturday.")
    [russia] = [e for e in facts.entities.values() if e.name == "Russia"]
    assert not any(m.anchor.endswith("capital") for m in russia.mentions)


def test_ships_of_a_named_body_act_for_that_body(extract_text):
    facts = extract_text("News\n\nThe Zembla Navy said on Monday that the tanker was still missing. "
                         "Four Zembla Navy ships are searching for it.")
    [search] = [e for e in facts.events.values() if any(m.anchor == "searching" for m in e.mentions)]
    assert [facts.entities[k].name for k in search.agents] == ["Zembla Navy"]


def test_a_name_ending_in_guard_is_a_body_not_a_place(extract_text):
    facts = extract_text("News\n\nThe United States Coast Guard rescued four sailors on Monday.")
    assert [e.kind for e in facts.entities.values() if e.name == "United States Coast Guard"] == ["Organization"]


def test_two_places_sharing_their_last_word_are_two_places(extract_text):
    facts = extract_text("News\n\nNorth and South Korea exchanged artillery fire on Thursday.")
    assert entity(facts, "North Korea") is not None and entity(facts, "South Korea") is not None
    assert entity(facts, "North and South Korea") is None
    assert "North" not in entity(facts, "North Korea").aliases


def test_a_place_named_with_and_that_shares_no_word_stays_one_place(extract_text):
    facts = extract_text("News\n\nTroops from Bosnia and Herzegovina arrived in Tuzla.")
    assert entity(facts, "Bosnia and Herzegovina") is not None


def test_a_name_in_apposition_to_a_kinship_noun_is_a_person_not_a_town(extract_text):
    facts = extract_text("News\n\nThe couple mourned the death of their young daughter, Gloria.")
    gloria = entity(facts, "Gloria")
    assert gloria is not None and gloria.kind == "Person"


def test_a_name_after_an_honorific_is_a_person(extract_text):
    facts = extract_text("News\n\nOn Monday, Mrs Ella Hask opened the new library in Brinton.")  # the model: ORG
    assert entity(facts, "Ella Hask").kind == "Person"


def test_a_name_with_of_cut_at_its_and_reads_on_to_its_short_form_in_brackets(nlp):
    from kg.extraction.entities import _continued_name

    doc = nlp("The Guild of Brinton Weavers and Dyers (GBWD) has launched a petition.")
    assert doc[_continued_name(doc[1:5]) - 1].text == "Dyers"  # "Guild of Brinton Weavers", as the model may cut it


def test_a_short_form_in_brackets_of_another_name_does_not_join_two_names(nlp):
    from kg.extraction.entities import _continued_name

    doc = nlp("The Bank of Brinton and Harlow Mining (HM) signed a deal.")
    assert _continued_name(doc[1:4]) == 4  # "Bank of Brinton": HM is Harlow Mining's


def test_a_name_does_not_begin_with_a_quotation_mark(nlp):
    from kg.extraction.entities import _trim

    doc = nlp('The council passed the "Brinton Water Act" on Monday.')
    start, end = _trim(doc[3:8])  # '"Brinton Water Act"' with its opening mark, as the model may take it
    assert doc[start].text == "Brinton"


def test_a_persons_name_reads_on_through_a_second_surname_the_model_left_out(nlp):
    from kg.extraction.entities import _continued_person

    doc = nlp("Following the ruling, Secretary of Justice Wanda Vázquez Garced was sworn in as governor.")
    assert doc[7:_continued_person(doc[7:9])].text == "Wanda Vázquez Garced"


def test_a_persons_name_does_not_read_on_into_a_body_word(nlp):
    from kg.extraction.entities import _continued_person

    doc = nlp("The Obama Administration imposed sanctions on Zembla.")
    assert _continued_person(doc[1:2]) == 2


def test_a_company_in_apposition_to_partner_stays_a_company(extract_text):
    facts = extract_text("News\n\nVeltran signed a deal with its partner, Orlan Air, on Monday. Orlan Air bought 20 jets.")
    assert entity(facts, "Orlan Air").kind == "Organization"


def test_a_place_and_a_name_ending_in_the_same_word_stay_as_named(extract_text):
    facts = extract_text("News\n\nStorms hit Missouri and Kansas City on Monday.")
    assert entity(facts, "Missouri City") is None


def test_a_body_named_after_a_title_does_not_swallow_the_holder_named_after_it(extract_text):
    facts = extract_text("News\n\nDeputy Secretary of the Navy for Procurement Harold Benz said the contract was void.")
    assert entity(facts, "Harold Benz").kind == "Person"
    assert entity(facts, "Navy for Procurement") is not None


def test_a_holder_named_after_a_body_with_a_phrase_in_its_name_is_a_person(extract_text):
    facts = extract_text("News\n\nExecutive director of the Tulsa chapter of the Union of Civil Farmers "
                         "Rana Odeh said the rally was peaceful.")
    assert entity(facts, "Rana Odeh").kind == "Person"
    assert entity(facts, "Union of Civil Farmers").kind == "Organization"


def test_a_name_does_not_run_on_into_an_amount_after_it(extract_text):
    facts = extract_text("News\n\nThe court fined Kestrel Mining 4 million pounds. Regulators fined Vexcorp "
                         "3 million dollars.")
    assert entity(facts, "Kestrel Mining").kind == "Organization"
    assert entity(facts, "Vexcorp").kind == "Organization"


def test_a_run_of_names_ending_in_a_newspaper_word_is_a_news_outlet(extract_text):
    facts = extract_text("News\n\nThe Dalton Evening Post observed that sales fell. By noon the mood was grim, "
                         "according to the Brisbane Morning Courier.")
    assert entity(facts, "Dalton Evening Post").kind == "Organization"
    assert entity(facts, "Brisbane Morning Courier").kind == "Organization"
    assert entity(facts, "Brisbane") is None  # the city only names the paper


def test_a_website_named_by_its_address_is_an_organisation(extract_text):
    facts = extract_text("News\n\nMarketWatchNow.com points to weak demand in the region.")
    assert entity(facts, "MarketWatchNow.com").kind == "Organization"


def test_a_states_government_named_by_its_demonym_is_a_name_of_the_state(extract_text):
    facts = extract_text("News\n\nThe Zembian government closed the border on Monday. The Chilean government "
                         "protested.")
    assert "Chilean government" in entity(facts, "Chile").aliases


def test_a_states_federal_government_is_a_name_of_the_state(extract_text):
    facts = extract_text("News\n\nA judge ruled that the United States federal government must pay.")
    assert "United States federal government" in entity(facts, "United States").aliases


def test_a_states_government_officials_are_no_name_of_the_state(extract_text):
    facts = extract_text("News\n\nChilean government officials met on Monday.")
    assert not any("government" in a for a in entity(facts, "Chile").aliases)


def test_a_name_in_a_list_of_towns_is_a_town(extract_text):
    facts = extract_text("News\n\nFloods hit Leeds, York, and Hull on Monday.")
    assert entity(facts, "Hull").kind == "City"


def test_a_name_in_apposition_to_a_town_is_a_region_of_its_country(extract_text):
    facts = extract_text("News\n\nThe schools in Livorno, Tuscany, were told to pay 40,000 euros.")
    region = entity(facts, "Tuscany")
    assert region.kind == "GeopoliticalEntity"
    assert facts.entities[region.country_key].name == "Italy"


def test_a_name_ending_in_a_street_word_is_a_place(extract_text):
    facts = extract_text("News\n\nPolice closed Warrender Avenue after the crash.")
    assert entity(facts, "Warrender Avenue").kind == "Location"


def test_a_town_name_shared_by_two_countries_is_the_one_in_the_articles_country(extract_text):
    facts = extract_text("News\n\nFloods in Spain killed 200 people. In Valencia, rescuers searched cars.")
    assert facts.entities[entity(facts, "Valencia").country_key].name == "Spain"


def test_a_us_town_needs_its_state_named_to_win_over_a_better_known_one(extract_text):
    facts = extract_text("News\n\nThe US president spoke in Birmingham on Monday.")
    assert facts.entities[entity(facts, "Birmingham").country_key].name == "United Kingdom"
    facts = extract_text("News\n\nStorms hit Alabama. In Birmingham, trees fell on houses.")
    assert facts.entities[entity(facts, "Birmingham").country_key].name == "United States"


def test_a_foreign_towns_name_after_a_town_and_a_comma_is_a_region_of_the_towns_country(extract_text):
    facts = extract_text("News\n\nThe file was found in Kanata, Ontario by a passerby.")
    region = entity(facts, "Ontario")
    assert region.kind == "GeopoliticalEntity" and facts.entities[region.country_key].name == "Canada"
    assert entity(facts, "Kanata").within == region.key


def test_a_news_outlets_name_that_goes_on_with_of_is_read_whole(extract_text):
    facts = extract_text("News\n\nThe study was published in the Medical Journal of Zembla on Monday.")
    assert entity(facts, "Medical Journal") is None


def test_a_hyphenated_given_name_is_part_of_the_persons_name(extract_text):
    facts = extract_text("News\n\nCivic Hope's Wong Yeung-tat lost his seat on Monday.")
    assert entity(facts, "Wong Yeung-tat").kind == "Person"


def test_a_given_name_the_model_left_before_a_surname_is_part_of_the_name(extract_text):
    facts = extract_text("News\n\nAfter the leak, CEO of the Refugee Council Enver Solomon told Sky News the plan was poor.")
    assert entity(facts, "Enver Solomon").kind == "Person"


def test_a_name_a_common_noun_describes_as_a_company_is_no_town(extract_text):
    facts = extract_text("News\n\nJapanese automaker Toyota reported a 32% drop in sales.")
    assert entity(facts, "Toyota").kind == "Organization"


def test_a_university_named_with_its_own_place_does_not_read_on_into_its_country(extract_text):
    facts = extract_text("News\n\nA team from Colorado State University of the US analysed the data.")
    assert entity(facts, "Colorado State University").kind == "Organization"


def test_a_towns_name_that_begins_a_longer_name_is_no_town(extract_text):
    facts = extract_text("News\n\nIn the island seat, New People Party's Regina Ip was re-elected with 60,760 votes.")
    assert entity(facts, "Regina") is None


def test_a_one_word_body_in_a_list_of_people_is_a_person(extract_text):
    facts = extract_text("News\n\nBelgium started with Romelu Lukaku, Yannick Carrasco, and Dries Mertens making attempts.")
    assert entity(facts, "Dries Mertens").kind == "Person"


def test_an_untagged_name_after_a_capitalised_title_is_a_person(extract_text):
    facts = extract_text("News\n\nRepresentative Tulsa Gabbro of Hawaii secured the last delegate.")
    person = entity(facts, "Tulsa Gabbro")
    assert person.kind == "Person" and person.roles == ["Representative"]


def test_a_second_name_joined_by_and_shares_the_title(extract_text):
    facts = extract_text("News\n\nThe test was negative for Senior Advisors Jaron Kusk and Ivana Trell.")
    assert entity(facts, "Jaron Kusk").kind == "Person"
    assert entity(facts, "Ivana Trell").kind == "Person"


def test_a_name_that_is_convicted_is_a_persons(extract_text):
    facts = extract_text("News\n\nCrystal Munoz was convicted of conspiracy in 2008.")
    assert entity(facts, "Crystal Munoz").kind == "Person"


def test_an_untagged_name_ending_in_a_site_word_is_a_place(extract_text):
    facts = extract_text("News\n\nThe crowds can be avoided by walking from NTU Hospital Station or Shandao Station.")
    assert entity(facts, "Shandao Station").kind == "Location"


def test_a_towns_name_before_a_word_of_water_names_the_water(extract_text):
    facts = extract_text("News\n\nThe ship was last seen in Jakarta Bay on Monday.")
    assert entity(facts, "Jakarta Bay").kind == "Location"


def test_a_possessive_in_a_persons_own_clause_tells_the_persons_sex(nlp):
    from kg.extraction.entities import find_entities
    from kg.extraction.gazetteer import gazetteer
    from kg.extraction.references import sex_of

    doc = nlp("Representative Tulsa Gabbro of Hawaii secured the last delegate, her first of the season.")
    index = find_entities(doc, gazetteer())
    key = next(k for k, e in index.entities.items() if e.name == "Tulsa Gabbro")
    assert sex_of(key, index, doc) == "f"


def test_a_possessive_in_a_sentence_naming_two_people_tells_no_sex(nlp):
    from kg.extraction.entities import find_entities
    from kg.extraction.gazetteer import gazetteer
    from kg.extraction.references import sex_of

    doc = nlp("Sam Brell met Joe Bidwell at his home.")
    index = find_entities(doc, gazetteer())
    key = next(k for k, e in index.entities.items() if e.name == "Sam Brell")
    assert sex_of(key, index, doc) is None


def test_a_product_with_a_version_number_after_it_is_no_actor(extract_text):
    facts = extract_text("News\n\nZentro highlighted the new Voyager 4.0 web browser.")
    assert entity(facts, "Voyager") is None


def test_a_town_in_a_list_of_towns_is_no_region_of_the_one_before(extract_text):
    facts = extract_text("News\n\nStock exchanges in Tokyo, Buenos Aires and Toronto were closed.")
    assert entity(facts, "Buenos Aires").kind == "City"


def test_a_name_in_a_list_of_bodies_is_no_place(extract_text):
    facts = extract_text("News\n\nThe box connects to a computer (Mac and Windows) over a wireless network.")
    assert entity(facts, "Mac") is None or entity(facts, "Mac").kind != "Location"


def test_a_company_named_like_a_town_is_the_company_throughout_the_article(extract_text):
    facts = extract_text("News\n\nIts market share was taken by Japanese manufacturers Toyota and Nissan. "
                         "Toyota is expected to report a profit.")
    assert entity(facts, "Toyota").kind == "Organization"
    assert len(entity(facts, "Toyota").mentions) == 2


def test_a_plural_body_word_after_a_body_is_no_persons_name(extract_text):
    facts = extract_text("News\n\nThe chairman of the Zembian Centre for Control of Iodine Deficiency Disorders said salt "
                         "should be iodised.")
    assert entity(facts, "Deficiency Disorders") is None


def test_a_name_with_a_suffix_after_a_hyphen_is_no_longer_name(extract_text):
    facts = extract_text("News\n\nAttendees could wear an Andy Warhol-like wig at the party.")
    assert entity(facts, "Andy Warhol-like") is None


def test_a_site_word_after_an_ampersand_does_not_begin_a_site(extract_text):
    facts = extract_text("News\n\nThe orbiter went to the Evergreen Aviation & Space Museum in Oregon.")
    assert entity(facts, "Space Museum") is None


def test_a_title_holder_named_after_the_state_of_the_title_is_a_person_apart(extract_text):
    facts = extract_text("Bill signed\n\nEarlier, Governor of Oregon Tina Marsh has signed the bill.")
    assert entity(facts, "Tina Marsh").kind == "Person"
    assert entity(facts, "Oregon").kind == "GeopoliticalEntity"
    assert entity(facts, "Oregon Tina Marsh") is None


def test_a_name_a_lower_case_kind_of_place_follows_is_a_place(extract_text):
    facts = extract_text("Floods\n\nFloods swept through the Dorva valley on Monday.")
    assert entity(facts, "Dorva").kind == "Location"


def test_a_common_noun_capitalised_to_open_a_sentence_names_no_one(extract_text):
    facts = extract_text("Flash floods kill 12 in western Norland\n\nFlash floods triggered by torrential "
                         "monsoon rains killed at least 12 people and left dozens missing in the Kesh valley "
                         "of western Norland on Tuesday, officials said.")
    assert entity(facts, "Flash") is None


def test_a_kind_of_body_capitalised_to_open_a_headline_is_no_part_of_its_name(extract_text):
    facts = extract_text("Carmaker Vexmotor to cut 900 jobs\n\nVexmotor will cut 900 jobs at its plant in Turin.")
    assert entity(facts, "Vexmotor") is not None
    assert entity(facts, "Carmaker Vexmotor") is None


def test_a_person_after_a_title_whose_surname_is_a_city_is_that_person_throughout(extract_text):
    facts = extract_text("Sentence\n\nA court in Peru on Monday sentenced former President Alejandro Madrid to 20 "
                         "years in prison. Madrid, 70, denied the charges.")
    assert entity(facts, "Alejandro Madrid").kind == "Person"
    assert [m.anchor for m in entity(facts, "Alejandro Madrid").mentions] == ["Alejandro Madrid", "Madrid"]
    assert entity(facts, "Madrid") is None


def test_a_word_capitalised_to_open_the_headline_and_written_in_lower_case_below_is_no_name(extract_text):
    facts = extract_text("Cholera outbreak kills 40 in Norland\n\nThe health ministry on Wednesday confirmed 40 deaths "
                         "and 1,200 cases of cholera in Norland.")
    assert entity(facts, "Cholera") is None


def test_a_name_also_written_mid_sentence_with_its_capital_stays_a_name(extract_text):
    facts = extract_text("Vote\n\nLabour won the seat on Thursday. Rising labour costs hurt the Tories, "
                         "a Labour spokesman said.")
    assert entity(facts, "Labour") is not None


def test_a_peoples_adjective_the_model_tags_a_place_names_its_state(extract_text):
    facts = extract_text("Strike\n\nA Russian missile strike on the eastern Ukrainian city of Kharkiv killed seven "
                         "people on Thursday night, regional governor Ivan Petrenko said.")
    assert entity(facts, "Ukrainian") is None
    assert "Ukrainian" in [m.anchor for m in entity(facts, "Ukraine").mentions]


def test_the_philippine_navy_names_the_philippines(extract_text):
    facts = extract_text("Collision\n\nA ship rammed a Philippine navy vessel near the shoal on Monday.")
    assert entity(facts, "Philippine") is None
    assert "Philippine" in [m.anchor for m in entity(facts, "Philippines").mentions]


def test_a_common_noun_opening_a_sentence_the_model_takes_for_a_person_names_no_one(extract_text):
    facts = extract_text("Vote\n\nVoters in Norland chose a new president on Sunday. Turnout was 61 percent, "
                         "the commission said.")
    assert entity(facts, "Turnout") is None


def test_a_city_written_in_capitals_to_open_a_dateline_is_the_city(extract_text):
    facts = extract_text("Earthquake of magnitude 7.4 strikes Taiwan, killing nine\n\nTAIPEI, April 3 (AP) - The "
                         "strongest earthquake to hit Taiwan in 25 years struck the island's eastern coast on "
                         "Wednesday morning, killing at least nine people and injuring more than 1,000, officials said.")
    assert entity(facts, "Taipei").kind == "City"


def test_the_agency_in_brackets_in_a_dateline_is_an_organisation(extract_text):
    facts = extract_text("Verdict\n\nNEW YORK, Nov 2 (Reuters) - A federal jury in Manhattan on Thursday found "
                         "Sam Bankman-Fried, the founder of the collapsed exchange FTX, guilty on all seven counts.")
    assert entity(facts, "Reuters").kind == "Organization"


def test_a_hyphenated_surname_alone_is_the_person_named_in_full(extract_text):
    facts = extract_text("Verdict\n\nA jury found Sam Bankman-Fried guilty on Thursday. Bankman-Fried, 31, faces "
                         "up to 110 years in prison.")
    assert entity(facts, "Bankman-Fried") is None
    assert [m.anchor for m in entity(facts, "Sam Bankman-Fried").mentions] == ["Sam Bankman-Fried", "Bankman-Fried"]


def test_an_unnamed_body_opening_a_headline_is_named_in_lower_case(extract_text):
    facts = extract_text("Jury finds banker guilty\n\nA jury in Marlow found the banker guilty on Thursday.")
    assert entity(facts, "Jury") is None


def test_a_dateline_place_opened_by_the_is_the_place_not_the_place_and_date(extract_text):
    facts = extract_text("Court halts arms exports\n\nTHE HAGUE, Feb 12 (Reuters) - A Dutch appeals court on "
                         "Monday ordered the government to halt exports of jet parts.")
    hague = entity(facts, "The Hague")
    assert hague is not None and hague.kind == "City"
    assert not [e for e in facts.entities.values() if "Feb" in e.name]


def test_initials_of_an_organisation_named_in_the_article_name_it(extract_text):
    facts = extract_text("News\n\nThe Northern Fisheries Council on Friday banned trawling near Varna. "
                         "The NFC said the ban would last a year.")
    council = entity(facts, "Northern Fisheries Council")
    assert [m.anchor for m in council.mentions] == ["Northern Fisheries Council", "NFC"]
    assert entity(facts, "NFC") is None


def test_initials_in_the_headline_name_the_organisation_the_lead_names_in_full(extract_text):
    facts = extract_text("NFC bans trawling near Varna\n\nThe Northern Fisheries Council on Friday banned "
                         "trawling near Varna.")
    assert entity(facts, "NFC") is None and entity(facts, "Northern Fisheries Council") is not None


def test_a_country_written_in_initials_is_no_organisations_initials(extract_text):
    facts = extract_text("News\n\nUnion Kinetics opened a plant in the UK on Monday.")
    assert entity(facts, "United Kingdom").kind == "GeopoliticalEntity"


def test_the_portfolio_of_a_ministers_office_is_no_organisation(extract_text):
    facts = extract_text("News\n\nForeign Minister Tom Bell met Health Secretary Jo Lane on Monday.")
    assert {e.name for e in facts.entities.values() if e.kind == "Organization"} == set()
    assert {"Tom Bell", "Jo Lane"} <= {e.name for e in facts.entities.values() if e.kind == "Person"}


def test_initials_before_secretary_general_keep_their_organisation(extract_text):
    facts = extract_text("News\n\nNATO Secretary General Mark Rutte visited Kyiv on Monday.")
    assert entity(facts, "NATO") is not None


def test_a_town_named_after_the_town_of_is_the_gazetteers_town(extract_text):
    facts = extract_text("News\n\nThe fire broke out near the town of Martigues on Monday, officials said.")
    town = entity(facts, "Martigues")
    assert town.kind == "City" and town.geonames_id is not None


def test_a_dateline_place_of_two_words_in_capitals_is_the_place_whatever_the_model_read(extract_text):
    facts = extract_text("Plane crashes\n\nSAO PAULO, Aug 9 (AP) - A plane crashed on Friday.")
    assert entity(facts, "São Paulo").kind == "City"
    assert entity(facts, "SAO") is None


def test_the_government_is_that_of_the_state_acting_not_of_one_acted_on(extract_text):
    # real states: a reference stands only for a state the gazetteer knows
    facts = extract_text("News\n\nDenmark's foreign minister Tom Reyes resigned on Friday after failing to win "
                         "support for sanctions against Chile, the government said.")
    assert "the government" in [m.anchor for m in entity(facts, "Denmark").mentions]


def test_an_embassy_is_also_named_with_the_place_it_is_in(extract_text):
    facts = extract_text("News\n\nProtesters attacked the Vesland Embassy in Buenos Aires on Sunday.")
    [embassy] = [e for e in facts.entities.values() if e.name == "Vesland Embassy"]
    assert "Vesland Embassy in Buenos Aires" in embassy.aliases
    assert any(e.name == "Buenos Aires" for e in facts.entities.values())


def test_a_company_named_with_its_legal_form_is_the_one_named_short_elsewhere(extract_text):
    # "Mars" is taken by the model for a place (the planet)
    facts = extract_text("Mars agrees to buy Velta Foods\n\nNEW YORK, Aug 14 (Reuters) - Candy maker Mars Inc said on "
                         "Wednesday it would buy snack maker Velta Foods.")
    assert entity(facts, "Mars") is None
    assert [m.anchor for m in entity(facts, "Mars Inc").mentions][:2] == ["Mars", "Mars Inc"]


def test_the_first_family_name_of_a_name_of_three_words_names_the_person(extract_text):
    # a real name: the model takes "Uribe" alone for an organisation
    facts = extract_text("News\n\nColombian senator Miguel Uribe Turbay was shot in Bogota on Saturday. Uribe, 39, "
                         "is a member of the opposition.")
    person = entity(facts, "Miguel Uribe Turbay")
    assert entity(facts, "Uribe") is None and "Uribe" in [m.anchor for m in person.mentions]


def test_a_company_named_like_a_family_name_inside_a_persons_name_stays_the_company(extract_text):
    facts = extract_text("News\n\nThomas Reed Halvor, chairman of Halvor Motor Company, said on Monday that Halvor "
                         "would cut 3,000 jobs.")
    assert entity(facts, "Halvor") is None or entity(facts, "Halvor").kind != "Person"
    assert "Halvor" not in [m.anchor for m in entity(facts, "Thomas Reed Halvor").mentions][1:]


def test_a_demonym_opening_a_headline_keeps_its_capital_in_an_unnamed_body(extract_text):
    facts = extract_text("Norwegian court convicts former minister\n\nOSLO, Oct 4 - A court in Oslo on Wednesday "
                         "convicted former minister Tom Reyes of fraud.")
    assert entity(facts, "Norwegian court") is not None


def test_a_company_named_with_what_it_does_is_the_one_named_short(extract_text):
    # a real name: the model finds a made-up one alone in a headline too seldom to show it
    facts = extract_text("Nissan to cut 9,000 jobs\n\nTOKYO, Nov 7 (Reuters) - Nissan Motor said on Thursday it would "
                         "cut 9,000 jobs worldwide.")
    assert entity(facts, "Nissan") is None and entity(facts, "Nissan Motor") is not None


def test_a_name_after_a_title_in_lower_case_is_a_person(extract_text):
    # a real name the model takes for an organisation
    facts = extract_text("News\n\nChief executive Makoto Uchida said he would take a 50% pay cut.")
    assert entity(facts, "Makoto Uchida").kind == "Person"


def test_a_place_beside_a_company_named_for_it_stays_a_place(extract_text):
    facts = extract_text("News\n\nSingapore Airlines will fly the new jet from Singapore to Sydney in October.")
    assert entity(facts, "Singapore").kind == "GeopoliticalEntity"


def test_a_name_after_an_adjective_that_is_also_a_rank_is_no_person(extract_text):
    facts = extract_text("News\n\nTwo of the major United States indices fell on Monday.")
    assert entity(facts, "United States").kind == "GeopoliticalEntity"


def test_a_name_after_a_partys_possessive_is_its_members(extract_text):
    # a real name: the model takes it for an organisation after the party's possessive
    facts = extract_text("News\n\nIn the island constituency, pro-Beijing New People Party's Regina Ip was re-elected "
                         "with 60,760 votes.")
    assert entity(facts, "Regina Ip").kind == "Person"
