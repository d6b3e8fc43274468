"""Statement rules (issue #15, reported speech) on sentences written for these tests."""

from __future__ import annotations


def speaker_of(facts, fragment: str, direct: bool | None = None) -> str | None:
    """The name of the speaker of the statement whose text holds `fragment` (None: no such statement)."""
    for st in facts.statements.values():
        if fragment in st.text and (direct is None or st.direct == direct):
            return facts.entities[st.speaker].name if st.speaker else None
    return None


def statement(facts, fragment: str):
    return next((s for s in facts.statements.values() if fragment in s.text), None)


def test_he_said_after_a_quote_is_the_subject_of_the_sentence_before(extract_text):
    text = ("Harbour\n\nMayor Lena Okafor thanked the engineer Tomas Brandt on Friday. "
            "\"We have waited twenty years for this bridge to open,\" she said.")
    facts = extract_text(text)
    assert speaker_of(facts, "twenty years for this bridge", direct=True) == "Lena Okafor"


def test_who_said_speaks_for_the_person_the_relative_clause_qualifies(extract_text):
    text = ("Tax\n\nThe amendment was drafted by Senator Maria Quist, who said on the floor, "
            "\"This bill will help every small farm in the valley\".")
    facts = extract_text(text)
    assert speaker_of(facts, "every small farm in the valley", direct=True) == "Maria Quist"


def test_quote_ended_by_a_full_stop_then_name_said_is_attributed(extract_text):
    text = ("Vote\n\nGovernor Alan Pryce met the council on Monday. The budget vote comes next week. "
            "\"The schools will get every cent they were promised.\" Pryce said.")
    facts = extract_text(text)
    assert speaker_of(facts, "every cent they were promised", direct=True) == "Alan Pryce"


def test_quote_after_a_colon_takes_the_speaker_of_the_clause_before_it(extract_text):
    text = ("Strike\n\nIn a statement, the Northland Defence Agency defended the operation as lawful: "
            "\"Our units acted to protect the border towns from further shelling. "
            "No civilians were harmed in the operation.\"")
    facts = extract_text(text)
    assert speaker_of(facts, "protect the border towns", direct=True) == "Northland Defence Agency"


def test_subject_of_the_complement_misparsed_as_object_stays_in_the_statement(extract_text):
    text = "Ruling\n\nJudge Carla Wendt ruled the new parking tax violated the city charter."
    facts = extract_text(text)
    st = statement(facts, "violated the city charter")
    assert st is not None and "parking tax" in st.text and speaker_of(facts, "violated the city charter") == "Carla Wendt"


def test_complement_after_the_cue_wins_over_a_clause_before_a_semicolon(extract_text):
    text = ("Floods\n\nThe river rose again overnight; the Valley Herald reported that two bridges "
            "were closed to traffic.")
    facts = extract_text(text)
    st = next(s for s in facts.statements.values() if s.cue == "report")
    assert "two bridges were closed" in st.text and "river rose" not in st.text


def test_two_complements_of_one_cue_are_one_statement(extract_text):
    text = ("Name\n\nCouncil leader Ines Marr said the new park needed a short name and, to avoid confusion, "
            "it must not repeat the name of any street.")
    facts = extract_text(text)
    st = statement(facts, "must not repeat the name of any street")
    assert st is not None and "short name" in st.text


def test_accusation_keeps_whom_it_accuses_and_of_what(extract_text):
    text = "Court\n\nProsecutor Dana Holt filed a motion on Monday, accusing the mill owners of dumping waste in the river."
    facts = extract_text(text)
    st = next(s for s in facts.statements.values() if s.cue == "accuse")
    assert st.text.startswith("the mill owners of dumping waste")


def test_blame_is_a_cue_with_its_target_and_reason(extract_text):
    text = "Outage\n\nEnergy minister Paul Ferris blamed the storm and the grid operator for the outage."
    facts = extract_text(text)
    st = next((s for s in facts.statements.values() if s.cue == "blame"), None)
    assert st is not None and "grid operator for the outage" in st.text
    assert facts.entities[st.speaker].name == "Paul Ferris"


def test_condition_right_after_a_claim_is_part_of_it(extract_text):
    text = "Seat\n\nSenator Ruth Ames stated she would resign her seat if the court ruled against the plan."
    facts = extract_text(text)
    st = next(s for s in facts.statements.values() if s.cue == "state")
    assert st.text.endswith("if the court ruled against the plan")


def test_participle_after_a_comma_is_not_part_of_the_claim(extract_text):
    text = "Seat\n\nSenator Ruth Ames said she would resign her seat, citing her health."
    facts = extract_text(text)
    st = next(s for s in facts.statements.values() if s.cue == "say")
    assert "citing" not in st.text


def test_quote_as_what_something_was_called_is_the_callers(extract_text):
    text = ("Port\n\nMayor Clara Jensen met the unions on Monday. Union leader Omar Field said talks would go on. "
            "Jensen called the strike a \"blow to every family that lives from this port\".")
    facts = extract_text(text)
    assert speaker_of(facts, "blow to every family", direct=True) == "Clara Jensen"


def test_quote_characterized_as_is_the_characterizers(extract_text):
    text = ("Deal\n\nThe Transport Ministry of Norland characterized the merger as \"a serious risk for rural bus lines\".")
    facts = extract_text(text)
    assert speaker_of(facts, "serious risk for rural bus lines", direct=True) == "Transport Ministry of Norland"


def test_quoted_thanks_belong_to_who_thanked(extract_text):
    text = ("Fire\n\nMayor Elsa Brook visited the site. "
            "Brook thanked \"the firefighters and volunteers for their brave and tireless work\".")
    facts = extract_text(text)
    assert speaker_of(facts, "firefighters and volunteers", direct=True) == "Elsa Brook"


def test_calling_something_by_an_adjective_is_a_reported_statement(extract_text):
    text = "Raid\n\nThe Foreign Ministry of Norland called the raid illegal and reckless."
    facts = extract_text(text)
    st = next((s for s in facts.statements.values() if s.cue == "call"), None)
    assert st is not None and st.text == "the raid illegal and reckless" and not st.direct


def test_calling_someone_without_a_name_for_it_is_no_statement(extract_text):
    facts = extract_text("Raid\n\nThe Foreign Ministry of Norland called the police after the raid.")
    assert not [s for s in facts.statements.values() if s.cue == "call"]


def test_quote_read_by_the_statement_belongs_to_who_released_it(extract_text):
    text = ("Base\n\nOn Sunday, the Northland Defence Agency released a statement about the drone attack. "
            "\"No soldiers were hurt and the runway is open again,\" read the statement.")
    facts = extract_text(text)
    assert speaker_of(facts, "No soldiers were hurt", direct=True) == "Northland Defence Agency"


def test_cue_in_an_aside_loses_to_the_verb_the_quote_belongs_to(extract_text):
    text = ("Vote\n\nCouncil leader Ines Marr commented on the vote, which the Valley Herald noted as rare, "
            "\"We owe the people of this valley a clear answer before winter comes.\"")
    facts = extract_text(text)
    assert speaker_of(facts, "clear answer before winter", direct=True) == "Ines Marr"


def test_thanks_in_a_relative_clause_do_not_start_with_the_relative_pronoun(extract_text):
    text = "Aid\n\nPremier Hugo Lind praised the Harbour Bank, which he thanked for its loan to the shipyard."
    facts = extract_text(text)
    assert not [s for s in facts.statements.values() if s.cue == "thank" and s.text.startswith("which")]


def test_according_to_two_sources_is_a_statement_of_each(extract_text):
    facts = extract_text("Clashes\n\nAccording to the Red Cross and Amnesty International, at least 40 people "
                         "died in the clashes.")
    speakers = {facts.entities[s.speaker].name for s in facts.statements.values()
                if "40 people died" in s.text and s.speaker}
    assert speakers == {"Red Cross", "Amnesty International"}


def test_a_passive_cue_speaks_for_its_by_phrase(extract_text):
    facts = extract_text("Court\n\nThe new figures were confirmed by Amnesty International on Monday.")
    assert speaker_of(facts, "The new figures", direct=False) == "Amnesty International"


def test_object_of_a_participle_cue_is_what_was_said_not_who_said_it(extract_text):
    text = ("Harbour\n\nOn Friday, the Harbour Safety Board released a statement saying an attack that day "
            "on a Sudanese air base near the border produced no casualties.")
    facts = extract_text(text)
    assert speaker_of(facts, "produced no casualties", direct=False) == "Harbour Safety Board"


def test_bare_spokesperson_speaks_for_the_organisation_named_before(extract_text):
    text = ("Depot\n\nOn Monday, the Northland Defence Agency closed the old depot in Leeds. "
            "A spokesperson told reporters the closure was temporary.")
    facts = extract_text(text)
    assert speaker_of(facts, "the closure was temporary", direct=False) == "Northland Defence Agency"


def test_spokesperson_for_someone_unnamed_is_nobody_named_before(extract_text):
    text = ("Depot\n\nOn Monday, the Northland Defence Agency closed the old depot in Leeds. "
            "A spokesperson for the workers told reporters the closure was a scandal.")
    facts = extract_text(text)
    assert speaker_of(facts, "the closure was a scandal") is None


def test_unnamed_investigators_are_a_speaker_of_their_own(extract_text):
    facts = extract_text("Mill\n\nThe old mill burned down last week. Investigators said the fire started in the boiler room.")
    assert speaker_of(facts, "the fire started in the boiler room", direct=False) == "Investigators"


def test_according_to_unnamed_prosecutors_is_their_statement(extract_text):
    facts = extract_text("Debt\n\nThe trial opened on Monday. According to prosecutors, the mayor owed over $80,000 in taxes.")
    assert speaker_of(facts, "the mayor owed", direct=False) == "prosecutors"


def test_second_source_after_a_comma_and_is_a_source_not_part_of_the_claim(extract_text):
    facts = extract_text("Rally\n\nAccording to reports from the Interior Ministry of Norland on Friday, and Amnesty "
                         "International, a rights group, on Thursday, around 2,000 people attended the rally.")
    said = [s for s in facts.statements.values() if s.cue == "according to"]
    assert {facts.entities[s.speaker].name for s in said} == {"Interior Ministry of Norland", "Amnesty International"}
    assert all(s.text == "around 2,000 people attended the rally" for s in said)


def test_figures_set_off_after_the_source_are_what_it_says(extract_text):
    facts = extract_text("Budget\n\nThe plan would take money from other programmes: potentially, according to "
                         "Reuters, US$3.6 billion from a military budget and $601 million from a fund.")
    st = next(s for s in facts.statements.values() if s.cue == "according to")
    assert "US$3.6 billion from a military budget" in st.text


def test_according_to_after_a_semicolon_covers_only_its_part_of_the_sentence(extract_text):
    facts = extract_text("Debt\n\nThe government suggested the debt was a factor in the fraud; according to "
                         "prosecutors, he owed over $850,000 to the tax office.")
    st = next(s for s in facts.statements.values() if s.cue == "according to")
    assert st.text == "he owed over $850,000 to the tax office"


def test_claim_with_a_quoted_piece_and_words_of_its_own_is_reported_too(extract_text):
    facts = extract_text("Bridge\n\nMayor Ann Cole said \"the old bridge is a disgrace to the whole city\" and it would "
                         "be closed for repairs until the end of next year.")
    assert speaker_of(facts, "closed for repairs", direct=False) == "Ann Cole"


def test_plea_is_what_the_defendant_says(extract_text):
    facts = extract_text("Court\n\nMayor Tom Reese pleaded not guilty to the charges.")
    assert speaker_of(facts, "not guilty to the charges", direct=False) == "Tom Reese"


def test_finding_with_a_clause_is_a_statement_and_finding_a_thing_is_not(extract_text):
    facts = extract_text("Court\n\nJudge Ann Cole found the contract was void. The police found the body of a man in the river.")
    assert speaker_of(facts, "the contract was void", direct=False) == "Ann Cole"
    assert not [s for s in facts.statements.values() if "body of a man" in s.text]


def test_expressed_preference_is_a_stated_stance(extract_text):
    facts = extract_text("Vote\n\nSenator Ruth Ames expressed a preference to delay the vote until spring.")
    assert speaker_of(facts, "delay the vote until spring", direct=False) == "Ruth Ames"


def test_a_city_named_as_the_speaker_speaks(extract_text):
    facts = extract_text("Talks\n\nMoscow said the offer was unacceptable.")
    assert speaker_of(facts, "the offer was unacceptable", direct=False) == "Moscow"


def test_a_place_named_as_the_source_speaks(extract_text):
    facts = extract_text("Letters\n\nAccording to the Lakeside Public Library, most of the letters were lost in the fire.")
    assert speaker_of(facts, "letters were lost", direct=False) == "Lakeside Public Library"


def test_a_possessor_owns_the_speaker_and_is_not_it(extract_text):
    facts = extract_text("Storm\n\nNorway's Coastal Safety Agency reported the storm surge was two metres high.")
    assert speaker_of(facts, "the storm surge was two metres high", direct=False) == "Coastal Safety Agency"


def test_negated_cue_keeps_its_negation_in_what_was_said(extract_text):
    facts = extract_text("Inquiry\n\nAfter a long hearing, the Senate did not find the mayor had broken any rules.")
    st = next(s for s in facts.statements.values() if s.cue == "find")
    assert st.text.startswith("did not find the mayor had broken")


def test_unnamed_officials_are_a_speaker_named_with_their_description(extract_text):
    facts = extract_text("Vote\n\nState and local election officials have stated there is no evidence of fraud.")
    assert speaker_of(facts, "no evidence of fraud", direct=False) == "State and local election officials"


def test_officials_of_a_named_state_speak_for_the_state(extract_text):
    facts = extract_text("Permit\n\nGerman officials said the permit was suspended.")
    assert speaker_of(facts, "the permit was suspended", direct=False) == "Germany"


def test_a_filing_named_anew_speaks_for_who_filed_it(extract_text):
    facts = extract_text("Vote\n\nOn Thursday, the Northland Voters League filed a lawsuit against the state over its new "
                         "ballot law. The complaint notes many rural voters live far from any polling station.")
    assert speaker_of(facts, "many rural voters live far", direct=False) == "Northland Voters League"


def test_which_reported_speaks_for_the_outlet_it_qualifies(extract_text):
    facts = extract_text("Search\n\n\"We will keep searching until we find the boat,\" navy captain Lena Holm told the "
                         "Harbour Times, which also reported that two divers were injured on Monday.")
    assert speaker_of(facts, "two divers were injured", direct=False) == "Harbour Times"


def test_unnamed_lawyers_speak(extract_text):
    facts = extract_text("Case\n\nThe trial of Mayor Tom Reese opened on Monday. His lawyers said the payments were legal.")
    assert speaker_of(facts, "the payments were legal", direct=False) == "lawyers"


def test_they_said_speaks_for_the_plural_subject_before(extract_text):
    facts = extract_text("Road\n\nProtesters blocked the main road on Monday. They said the new tax was unfair.")
    assert speaker_of(facts, "the new tax was unfair", direct=False) == "Protesters"


def test_they_after_a_subject_that_names_no_actor_is_left_unresolved(extract_text):
    facts = extract_text("Road\n\nThe talks ended on Monday. They said the new tax was unfair.")
    assert speaker_of(facts, "the new tax was unfair") is None


def test_surname_of_a_two_word_name_typed_as_an_organisation_names_its_bearer(nlp):
    from kg.extraction.entities import EntityIndex
    from kg.extraction.references import surnamed_person
    from kg.records import Entity

    doc = nlp("President Tamo Ndjoba met the press. Ndjoba tweeted a photo.")
    key = "org/tamo-ndjoba"
    index = EntityIndex(entities={key: Entity(key=key, name="Tamo Ndjoba", kind="Organization")},
                        by_token={1: key, 2: key}, order=[(1, key)], pairs=[])
    assert surnamed_person(doc[7], index) == key


def test_clause_with_a_quotation_before_its_cue_is_no_reported_statement_of_that_cue(extract_text):
    facts = extract_text("Budget\n\nIn response to the vote, Premier Jan Berg urged the council and the regional banks to find "
                         "new money for the hospital, asserting, \"Only new funding will keep the hospital open this "
                         "winter,\" Berg stated on social media.")
    assert not [s for s in facts.statements.values() if s.cue == "state" and not s.direct]
    assert speaker_of(facts, "Only new funding", direct=True) == "Jan Berg"


# ------------------------------------------------------------------ who said what: speakers of quotations

def test_two_apostrophes_typed_for_a_quote_mark_do_not_unpair_the_later_quotations(extract_text):
    facts = extract_text("Lease\n\nThe audit named the ferry company. An email from Holm Partners to Mayor Ina Lamb "
                         "reads: ''I would sign the lease now and fix the costs later,'' it said. Lamb defended the "
                         "lease, saying, \"This was never an open tender. The council ordered us to deal with one "
                         "firm.\"")
    assert speaker_of(facts, "sign the lease now", direct=True) == "Holm Partners"
    assert speaker_of(facts, "never an open tender", direct=True) == "Ina Lamb"


def test_speaker_named_before_a_colon_in_a_transcript_says_the_quotation(extract_text):
    facts = extract_text("Minutes\n\nThe minutes of the meeting were published on Friday.\n"
                         "Minister of Fisheries Jana Holt: \"We cannot let the trawlers take every fish from the bay.\"\n"
                         "Senator Emil Dorn: \"No, we must protect the small harbours first, and then the fleet.\"")
    assert speaker_of(facts, "protect the small harbours", direct=True) == "Emil Dorn"


def test_quotation_opening_the_paragraph_after_a_colon_is_said_by_the_clause_before(extract_text):
    facts = extract_text("Fire\n\nGovernor Ruth Amsel tweeted from her official account:\n"
                         "\"Great work by the firefighters today. The whole valley owes you a debt of thanks.\"")
    assert speaker_of(facts, "owes you a debt", direct=True) == "Ruth Amsel"


def test_quotation_after_a_colon_ending_a_naming_clause_is_said_by_its_subject(extract_text):
    facts = extract_text("Schools\n\nBishop Carlo Venti called the court ruling \"reckless\":\n"
                         "\"We face a reckless decision. The judges did not listen to the families of the pupils.\"")
    assert speaker_of(facts, "We face a reckless decision", direct=True) == "Carlo Venti"


def test_quotation_signed_after_a_dash_is_said_by_the_name_signed(extract_text):
    facts = extract_text("Storm\n\n\"So far, the river has won every round of this fight. But the town will win in "
                         "the end.\" - Marta Kloss\nWriting in a column, Marta Kloss of the Valley Herald praised the "
                         "volunteers.")
    assert speaker_of(facts, "the river has won every round", direct=True) == "Marta Kloss"


def test_the_city_speaking_is_the_city_government_named_before(extract_text):
    facts = extract_text("Tax\n\nThe request was made by the City of Torvik in 2010. The city reasoned, \"because "
                         "the parents pay a monthly fee, this school is a business like any other\".")
    assert speaker_of(facts, "the parents pay a monthly fee", direct=True) == "City of Torvik"


def test_reporting_verb_taken_for_a_plural_noun_still_names_its_speaker(extract_text):
    facts = extract_text("Timber\n\nThe Norland Bureau of Statistics notes, \"Exports of timber fell more this year "
                         "than in the ten years before combined\", highlighting the cost of the strike.")
    assert speaker_of(facts, "Exports of timber fell", direct=True) == "Norland Bureau of Statistics"


def test_participle_after_a_quotation_hung_inside_it_is_not_its_cue(extract_text):
    facts = extract_text("Refugees\n\nThe U.N. Office of Refugees notes, \"More people fled the region this year "
                         "than in all the years before combined\", citing border data.")
    assert speaker_of(facts, "More people fled the region", direct=True) == "U.N. Office of Refugees"


def test_he_said_is_not_the_person_his_quotation_names(extract_text):
    facts = extract_text("Art\n\nFor Jonas Berg, a teacher in the town, Picasso was also a hero. He said, \"Pablo "
                         "Picasso was the painter of the century and of everything after it.\"")
    assert speaker_of(facts, "painter of the century", direct=True) == "Jonas Berg"


def test_he_is_not_the_person_his_own_clause_names_after_the_verb(extract_text):
    facts = extract_text("Mine\n\nOskar Brandt lost his job at the mine in May. A campaign by Marek Lindqvist raised "
                         "money for Brandt. He called Brandt \"a man who has lost everything for telling the truth "
                         "about the mine\".")
    assert speaker_of(facts, "lost everything for telling the truth", direct=True) != "Oskar Brandt"


def test_quotation_alone_after_reported_speech_continues_its_speaker(extract_text):
    facts = extract_text("Show\n\nKiara Holt, a first-year student, admitted she was willing to skip class to see "
                         "the show. Why did she want to go so badly? \"It's Picasso. He is a legend.\"")
    assert speaker_of(facts, "He is a legend", direct=True) == "Kiara Holt"


def test_in_the_words_of_names_the_speaker_of_the_quotation(extract_text):
    facts = extract_text("Trial\n\nThe trial ended on Friday. By the end, in the words of the Crown prosecutor, "
                         "Anna Keel, QC, \"the boy spent most of the last months of his life in pain and alone\".")
    assert speaker_of(facts, "the last months of his life", direct=True) == "Anna Keel"


def test_cue_in_a_clause_of_time_after_a_quotation_is_not_its_cue(extract_text):
    facts = extract_text("Refugees\n\nLabour leader Mira Dovan said her party has backed the plan \"for years\", and "
                         "said it was \"shameful that the ministry is not doing this already\" after the Norland "
                         "Refugee Board recommended the change.")
    assert speaker_of(facts, "shameful that the ministry", direct=True) == "Mira Dovan"


def test_text_named_with_its_author_speaks_for_that_author(extract_text):
    facts = extract_text("Asylum\n\nA leaked letter seen by the Valley Herald described the plan. The Home Office "
                         "letter reads \"we may extend the use of the form to other claimants in due course\".")
    assert speaker_of(facts, "extend the use of the form", direct=True) == "Home Office"


def test_title_and_name_taken_for_two_subjects_the_name_speaks(nlp):
    from spacy.tokens import Doc

    from kg.extraction.entities import EntityIndex
    from kg.extraction.statements import _speaker
    from kg.records import Entity

    # "Norland's Prime Minister, Oskar Vinter said": the parser makes both the title and the name subjects
    words = ["Norland", "'s", "Prime", "Minister", ",", "Oskar", "Vinter", "said", "."]
    heads = [3, 0, 3, 7, 7, 6, 7, 7, 7]
    deps = ["poss", "case", "compound", "nsubj", "punct", "compound", "nsubj", "ROOT", "punct"]
    pos = ["PROPN", "PART", "PROPN", "PROPN", "PUNCT", "PROPN", "PROPN", "VERB", "PUNCT"]
    doc = Doc(nlp.vocab, words=words, heads=heads, deps=deps, pos=pos, lemmas=[w.lower() for w in words])
    state, person = "gpe/norland", "person/oskar-vinter"
    index = EntityIndex(entities={state: Entity(key=state, name="Norland", kind="GeopoliticalEntity"),
                                  person: Entity(key=person, name="Oskar Vinter", kind="Person")},
                        by_token={0: state, 5: person, 6: person}, order=[(0, state), (5, person)], pairs=[])
    assert _speaker(doc[7], index) == person


# ------------------------------------------------------------------ who said what: reported speech

def test_as_clause_of_telling_attributes_the_clause_it_is_set_in(extract_text):
    facts = extract_text("Ferries\n\nThe study was published on Monday. As Brandt told the Harbour Times, the number "
                         "of ferries has dropped sharply since the strike began last year.")
    assert speaker_of(facts, "the number of ferries has dropped", direct=False) == "Brandt"


def test_as_clause_with_an_object_of_its_own_is_no_attribution(extract_text):
    facts = extract_text("Cuts\n\nAs the minister Ola Rask announced the cuts, unions walked out of the talks.")
    assert statement(facts, "unions walked out") is None


def test_reporting_clause_set_off_inside_a_sentence_attributes_it(extract_text):
    facts = extract_text("Gallery\n\nTessa Nyberg, the gallery's director, opened the show. The visitors, said "
                         "Nyberg, are mostly students from the art school.")
    st = statement(facts, "mostly students from the art school")
    assert st is not None and st.text.startswith("The visitors are") and speaker_of(facts, "mostly students") \
        == "Tessa Nyberg"


def test_according_to_at_the_end_covers_the_whole_sentence_and_names_the_person_not_the_title(extract_text):
    facts = extract_text("Museum\n\nFor example, the Valley Art Museum at the University of Brevik saw attendance "
                         "reach 20,000 visitors when it showed the collection in 2012, according to curator Ines Falk.")
    st = statement(facts, "attendance reach 20,000 visitors")
    assert st is not None and "saw attendance" in st.text and speaker_of(facts, "attendance reach") == "Ines Falk"


def test_according_to_a_name_the_parser_took_for_a_verb_keeps_the_clause_subject(nlp):
    from spacy.tokens import Doc

    from kg.extraction.entities import EntityIndex
    from kg.extraction.statements import _reported
    from kg.records import Entity

    # "According to Marklund the laptop was returned.": the name read as a verb, the subject as its object
    words = ["According", "to", "Marklund", "the", "laptop", "was", "returned", "."]
    heads = [6, 0, 1, 4, 2, 6, 6, 6]
    deps = ["prep", "prep", "pcomp", "det", "dobj", "auxpass", "ROOT", "punct"]
    pos = ["VERB", "ADP", "VERB", "DET", "NOUN", "AUX", "VERB", "PUNCT"]
    doc = Doc(nlp.vocab, words=words, heads=heads, deps=deps, pos=pos, lemmas=[w.lower() for w in words])
    person = "person/marklund"
    index = EntityIndex(entities={person: Entity(key=person, name="Marklund", kind="Person")},
                        by_token={2: person}, order=[(2, person)], pairs=[])
    cue, _, speaker, content = _reported(doc, doc[0], index, set())
    assert speaker == person and " ".join(t.text for t in content) == "the laptop was returned"


def test_participle_subject_read_as_its_adverbial_noun_speaks(nlp):
    from spacy.tokens import Doc

    from kg.extraction.entities import EntityIndex
    from kg.extraction.statements import _speaker
    from kg.records import Entity

    # "Speaking for the defence, Tom Harkin, SC, said ...": the name hung on the participle
    words = ["Speaking", "for", "the", "defence", ",", "Tom", "Harkin", ",", "SC", ",", "said", "."]
    heads = [10, 0, 3, 1, 0, 6, 0, 6, 6, 10, 10, 10]
    deps = ["advcl", "prep", "det", "pobj", "punct", "compound", "npadvmod", "punct", "appos", "punct", "ROOT",
            "punct"]
    pos = ["VERB", "ADP", "DET", "NOUN", "PUNCT", "PROPN", "PROPN", "PUNCT", "PROPN", "PUNCT", "VERB", "PUNCT"]
    tags = ["VBG", "IN", "DT", "NN", ",", "NNP", "NNP", ",", "NNP", ",", "VBD", "."]
    doc = Doc(nlp.vocab, words=words, heads=heads, deps=deps, pos=pos, tags=tags, lemmas=[w.lower() for w in words])
    person = "person/tom-harkin"
    index = EntityIndex(entities={person: Entity(key=person, name="Tom Harkin", kind="Person")},
                        by_token={5: person, 6: person}, order=[(5, person)], pairs=[])
    assert _speaker(doc[10], index) == person


def test_bodies_named_together_as_subject_each_say_it(extract_text):
    facts = extract_text("Arrest\n\nBoth the Brevik School District and the Brevik Police Department have asserted "
                         "that the boy's name was not a factor in the arrest.")
    speakers = {facts.entities[s.speaker].name for s in facts.statements.values() if "not a factor" in s.text}
    assert speakers == {"Brevik School District", "Brevik Police Department"}


def test_quotation_inside_what_a_cue_says_is_its_speakers_when_the_cue_after_it_has_none(nlp):
    from spacy.tokens import Doc

    from kg.extraction.entities import EntityIndex
    from kg.extraction.statements import _quote_cue
    from kg.records import Entity

    # 'Marsh told the paper that Vik "walked in", and told the police.': the second "told" has no
    # subject the parser found; the quotation is part of what Marsh told the paper
    words = ["Marsh", "told", "the", "paper", "that", "Vik", '"', "walked", "in", '"', ",", "and", "told", "the",
             "police", "."]
    heads = [1, 1, 3, 1, 7, 7, 7, 1, 7, 7, 7, 7, 7, 14, 12, 1]
    deps = ["nsubj", "ROOT", "det", "dobj", "mark", "npadvmod", "punct", "ccomp", "prt", "punct", "punct", "cc",
            "conj", "det", "dobj", "punct"]
    pos = ["PROPN", "VERB", "DET", "NOUN", "SCONJ", "PROPN", "PUNCT", "VERB", "ADP", "PUNCT", "PUNCT", "CCONJ",
           "VERB", "DET", "NOUN", "PUNCT"]
    lemmas = [w.lower() for w in words]
    lemmas[1] = lemmas[12] = "tell"
    doc = Doc(nlp.vocab, words=words, heads=heads, deps=deps, pos=pos, lemmas=lemmas)
    marsh, vik = "person/marsh", "person/vik"
    index = EntityIndex(entities={marsh: Entity(key=marsh, name="Marsh", kind="Person"),
                                  vik: Entity(key=vik, name="Vik", kind="Person")},
                        by_token={0: marsh, 5: vik}, order=[(0, marsh), (5, vik)], pairs=[])
    cue, speaker = _quote_cue(doc, 7, 9, index, [])
    assert speaker == marsh and cue.i == 1


def test_he_stands_for_the_bearer_of_a_surname_the_entity_finder_left_unlinked(nlp):
    from spacy.tokens import Doc

    from kg.extraction.entities import EntityIndex
    from kg.extraction.references import person_antecedent
    from kg.records import Entity

    # "Mark Lindqvist wrote. Lindqvist helped Oskar Brandt. He agreed.": the second "Lindqvist",
    # opening its sentence, parsed as a common noun and linked to no one
    words = ["Mark", "Lindqvist", "wrote", ".", "Lindqvist", "helped", "Oskar", "Brandt", ".", "He", "agreed", "."]
    heads = [1, 2, 2, 2, 5, 5, 7, 5, 5, 10, 10, 10]
    deps = ["compound", "nsubj", "ROOT", "punct", "nsubj", "ROOT", "compound", "dobj", "punct", "nsubj", "ROOT",
            "punct"]
    pos = ["PROPN", "PROPN", "VERB", "PUNCT", "NOUN", "VERB", "PROPN", "PROPN", "PUNCT", "PRON", "VERB", "PUNCT"]
    doc = Doc(nlp.vocab, words=words, heads=heads, deps=deps, pos=pos, lemmas=[w.lower() for w in words])
    mark, oskar = "person/mark-lindqvist", "person/oskar-brandt"
    index = EntityIndex(entities={mark: Entity(key=mark, name="Mark Lindqvist", kind="Person"),
                                  oskar: Entity(key=oskar, name="Oskar Brandt", kind="Person")},
                        by_token={0: mark, 1: mark, 6: oskar, 7: oskar}, order=[(0, mark), (6, oskar)], pairs=[])
    assert person_antecedent(doc[9], index) == mark


def test_a_ministry_named_by_its_states_adjective_speaks_for_itself(extract_text):
    facts = extract_text("Outbreak\n\nThe Norwegian health ministry on Wednesday confirmed 40 deaths from the virus.")
    assert speaker_of(facts, "40 deaths") == "Norwegian health ministry"


def test_the_agency_in_a_dateline_is_not_the_speaker_of_the_lead(extract_text):
    facts = extract_text("Deal\n\nSEATTLE, July 1 (Reuters) - Siemens said on Monday it had agreed to buy "
                         "its supplier Orlan Systems in an all-stock deal valued at 4.7 billion dollars, as the "
                         "group tries to fix quality problems.")
    assert speaker_of(facts, "agreed to buy") == "Siemens"


def test_a_body_described_by_its_kind_speaks_for_the_body_its_statement_is_about(extract_text):
    facts = extract_text("Plants\n\nVexcorp will take over the plants in Belfast, the Swiss planemaker said.")
    assert speaker_of(facts, "take over the plants") == "Vexcorp"


def test_the_commission_refers_back_to_the_commission_described_before(extract_text):
    facts = extract_text("Vote\n\nResults were announced by the national vote-counting commission on Wednesday. "
                         "Turnout was 61 percent, the commission said.")
    assert speaker_of(facts, "61 percent") == "national vote-counting commission"


def test_a_jury_finding_someone_guilty_is_a_verdict_not_a_statement(extract_text):
    facts = extract_text("Verdict\n\nA federal jury in Marlow on Thursday found Dale Ferris guilty of fraud.")
    assert statement(facts, "guilty") is None


def test_a_court_finding_that_something_holds_is_a_statement(extract_text):
    facts = extract_text("Ruling\n\nThe court found that the law was unconstitutional.")
    assert statement(facts, "the law was unconstitutional") is not None


def test_ministers_in_the_plural_are_not_the_one_minister_named_before(extract_text):
    facts = extract_text("News\n\nPrime Minister Ana Vell accepted the resignation. The ministers said they would "
                         "stay in the cabinet.")
    assert "Ana Vell" not in {facts.entities[s.speaker].name for s in facts.statements.values()
                              if s.speaker in facts.entities}


def test_an_official_named_by_title_in_the_lead_is_the_one_named_so_just_after(extract_text):
    facts = extract_text("Drones hit depot\n\nVARNA, March 13 (Reuters) - Drones struck a fuel depot near Varna on "
                         "Wednesday, the regional governor said.\n\nGovernor Tom Reyes said the fire had been put out.")
    speakers = [facts.entities[s.speaker].name for s in facts.statements.values() if s.speaker in facts.entities]
    assert speakers == ["Tom Reyes", "Tom Reyes"]


def test_the_agency_is_the_body_named_before_whatever_its_name(extract_text):
    facts = extract_text("News\n\nThe Northern Relief Organization said 40 people drowned off Varna. More than 900 "
                         "people have died on the route this year, the agency said.")
    speakers = {facts.entities[s.speaker].name for s in facts.statements.values() if s.speaker in facts.entities}
    assert speakers == {"Northern Relief Organization"}


def test_a_state_named_where_the_speakers_are_does_not_speak_for_them(extract_text):
    text = ("Unrest\n\nSoldiers in Gabon announced on television that the army had dissolved the parliament. "
            "The capital was calm on Sunday.")
    facts = extract_text(text)
    assert "Gabon" in {e.name for e in facts.entities.values()}
    found = statement(facts, "dissolved the parliament")
    assert found is None or found.speaker is None or facts.entities[found.speaker].name != "Gabon"



def test_a_reporting_clause_closing_its_sentence_attributes_all_before_its_comma(extract_text):
    text = ("Quotas\n\nFisheries ministers from eight countries announced on Tuesday that catches of cod would "
            "be cut by a fifth next year, the meeting's chair Lena Holt said.")
    facts = extract_text(text)
    assert speaker_of(facts, "catches of cod would be cut") == "Lena Holt"
    assert "Holt said" not in statement(facts, "catches of cod").text

