"""The event rules are an ordered list of named rules, each with a test on a sentence written for it.

RULE_TESTS maps every rule to tests that exercise it: tests of other files, or tests here for the
rules no other test isolates. Each test here shows its rule at work: the fact it states is found
with every rule, and not found without that one. Every sentence here was written for its test.
"""

from __future__ import annotations

import ast
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path

import pytest

from kg.extraction.events import RULES, Stage
from kg.records import Event, Facts

TESTS = Path(__file__).parent
HERE = "test_rule_pipeline.py"
TYPES = "test_event_types.py::test_event_type_is_found_with_the_roles_found_today"
B = "test_business_events.py::"
H51 = "test_event_roles_h51.py::"

RULE_TESTS: dict[str, list[str]] = {
    "tallies_are_no_contests": ["test_rules_s27.py::test_votes_for_and_against_in_a_with_phrase_are_a_tally",
                                "test_event_types.py::test_votes_a_bill_passed_by_are_its_tally_not_an_election"],
    "posts_taken_over": ["test_triggers_dates_h52.py::test_taking_over_with_nothing_taken_is_no_acquisition"],
    "time_and_place_of_the_event_boycotted": [
        "test_triggers_dates_h52.py::test_a_boycott_happens_on_the_day_and_at_the_place_of_the_vote_boycotted"],
    "violence_that_breaks_out": ["test_triggers_dates_h52.py::test_violence_that_breaks_out_is_a_clash",
                                 "test_triggers_dates_h52.py::test_violence_that_erupts_is_a_clash"],
    "killings_by_attackers": ["test_event_types.py::test_a_killing_by_gunmen_is_an_attack",
                              "test_event_words_s18.py::"
                              "test_a_killing_by_attackers_who_share_the_subject_of_another_verb_is_their_attack",
                              "test_event_types.py::test_soldiers_wounded_by_militants_were_attacked",
                              "test_event_words_s17.py::test_a_bomber_who_blew_himself_up_attacked"],
    "taxonomy_triggers": [TYPES, "test_event_types.py::test_a_headline_verb_the_parser_read_as_a_noun_is_a_verb",
                          "test_event_types.py::test_who_is_named_before_a_headline_verb_read_as_a_noun_does_it",
                          "test_event_types.py::test_a_headline_with_a_verb_keeps_its_noun_modifiers_as_nouns",
                          "test_event_roles.py::test_a_possessor_of_an_arrest_is_the_one_arrested",
                          "test_extraction_rules.py::test_a_verb_whose_subject_is_the_others_tells_another_event",
                          "test_extraction_rules.py::test_fires_attacks_caused_are_fires_of_their_own",
                          "test_event_words_s17.py::test_a_verb_joined_to_another_tells_of_the_subject_they_share",
                          "test_event_words_s17.py::test_the_injured_are_people_and_no_event"],
    "forces_sent_to_a_disaster": [f"{HERE}::test_soldiers_sent_after_a_storm_are_no_show_of_force",
                                  "test_event_types.py::test_soldiers_deployed_after_an_attack_that_set_a_fire_show_force"],
    "acts_voted_for": ["test_event_types.py::test_a_parliament_that_voted_to_impeach_the_president_impeached_him",
                       "test_event_types.py::test_a_headline_vote_to_impeach_is_the_impeachment_and_no_election",
                       "test_event_types.py::test_a_vote_not_to_act_stays_a_vote"],
    "sites_stormed": ["test_event_types.py::test_protesters_who_stormed_parliament_rioted",
                      "test_event_types.py::test_a_headline_storm_by_protesters_is_a_riot_and_no_weather",
                      "test_event_types.py::test_troops_who_stormed_a_compound_attacked_it"],
    "launches_of_a_weapons_test": ["test_67_sweep.py::test_a_missile_launched_after_a_test_is_the_test_by_its_doer",
                                   "test_67_sweep.py::test_the_launch_told_after_a_test_is_a_show_of_force"],
    "weapons_strike": ["test_event_types.py::test_drones_that_hit_a_refinery_attacked_it",
                       "test_event_types.py::test_a_depot_hit_by_rockets_was_attacked",
                       "test_event_types.py::test_airstrikes_that_pounded_a_city_are_one_airstrike",
                       "test_event_types.py::test_shares_that_hit_a_record_are_no_attack"],
    "acts_agreed_to": ["test_event_types.py::test_a_company_that_agreed_to_buy_a_rival_acquired_it",
                       "test_event_types.py::test_what_two_states_agree_to_do_stays_their_agreement"],
    "disasters_strike": ["test_event_roles.py::test_a_disaster_that_strikes_is_no_attack_and_one_event_with_its_headline",
                         "test_figures_h55.py::test_a_quake_after_its_magnitude_strikes_with_its_toll"],
    "moves_of_market_indices": [
        "test_event_types.py::test_an_index_that_strikes_a_high_makes_a_market_move_not_an_attack",
        "test_event_types.py::test_an_index_that_reaches_a_level_after_gaining_makes_one_market_move"],
    "contests_won_over_rivals": [
        "test_extraction_rules.py::test_defeating_a_rival_in_a_contest_is_winning_it",
        "test_extraction_rules.py::test_a_person_defeated_by_a_count_of_votes_lost_an_election",
        "test_extraction_rules.py::test_who_is_projected_to_have_defeated_a_rival_in_a_contest_won_it"],
    "seats_that_went_to_a_winner": ["test_extraction_rules.py::test_seats_that_went_to_a_party_were_won_by_it"],
    "rivals_beaten_in_a_win": [
        "test_extraction_rules.py::test_the_rival_a_winner_went_on_to_defeat_is_the_one_beaten_in_the_win",
        "test_extraction_rules.py::test_a_party_ousted_as_seats_went_to_another_lost_the_election_and_was_not_"
        "dismissed"],
    "natural_deaths": ["test_event_roles.py::test_a_named_person_who_died_with_no_attack_beside_it_died_a_death"],
    "acts_of_named_disasters": ["test_event_roles.py::test_what_a_named_storm_does_is_part_of_the_storm_not_an_act_of_an_actor",
                                "test_rules_s27.py::test_what_a_named_fire_did_is_the_fire"],
    "crushes_told_by_their_crusher": ["test_58_sweep.py::test_people_crushed_by_a_landslide_died_in_the_landslide",
                                      "test_58_sweep.py::test_crushed_by_a_lorry_is_no_stampede"],
    "drop_weak_mentions": ["test_figures.py::test_the_dead_of_the_next_sentence_are_counted_for_the_disaster",
                           "test_event_types.py::test_passengers_missing_after_a_capsizing_are_its_missing_not_a_"
                           "disappearance",
                           "test_figures.py::test_a_casualty_figure_attaches_to_the_attack_it_counts",
                           "test_event_types.py::test_a_killing_by_police_beside_the_attack_they_ended_is_their_"
                           "own_act",
                           "test_event_types.py::test_militants_killed_by_soldiers_in_a_clash_are_its_casualties",
                           "test_event_words_s17.py::test_an_attacker_shot_dead_by_police_is_killed_in_an_act_of_their_own"],
    "broken_accords": ["test_event_types.py::test_a_broken_truce_is_a_violation_not_a_new_accord"],
    "one_sense_per_story": ["test_event_types.py::test_the_strike_told_after_workers_went_on_strike_is_their_strike",
                            "test_event_types.py::test_the_headline_strike_takes_the_sense_of_the_leads_strike"],
    "called_off_events": ["test_acts.py::test_an_event_called_off_did_not_happen_its_calling_off_did",
                          "test_acts.py::test_an_event_put_off_in_the_passive_is_its_putting_off"],
    "goods_named_by_their_model": [B + "test_ordering_goods_named_by_their_model_is_an_order",
                                   B + "test_who_negotiates_the_purchase_of_goods_buys_them"],
    "purchases_told_by_their_price": [B + "test_paying_a_price_for_a_stake_in_a_company_is_acquiring_it",
                                      B + "test_paying_for_anything_but_a_company_stays_a_payment"],
    "cuts_in_a_set_amount": [B + "test_a_cut_in_what_a_company_sets_told_by_a_noun_is_its_economic_act"],
    "results_told_by_their_figure": [B + "test_a_company_that_lost_a_sum_in_a_year_reported_that_result",
                                     B + "test_the_loss_a_company_reports_is_a_word_of_its_report"],
    "acts_of_named_actors": ["test_event_roles.py::test_what_a_named_actor_does_is_an_event_even_without_a_finer_type",
                             "test_event_roles.py::test_a_verb_sharing_its_subject_is_an_act_of_that_subject",
                             "test_acts.py::test_announcing_days_of_mourning_is_an_act_of_whoever_announces_them",
                             "test_acts.py::test_giving_a_thing_a_name_is_an_act_of_whoever_names_it",
                             "test_acts.py::test_announcing_a_product_is_an_act_of_whoever_announces_it",
                             "test_acts.py::test_what_an_announcer_says_will_be_done_is_the_announcers_act",
                             "test_acts.py::test_a_thing_found_with_no_finder_named_is_an_event",
                             "test_acts.py::test_a_passive_verb_whose_subject_is_an_event_is_another_word_of_it",
                             "test_event_words_s17.py::test_a_participle_of_having_a_thing_in_hand_describes_it"],
    "acts_told_by_their_means": [f"{HERE}::test_a_verb_told_with_the_act_it_was_done_by_is_that_act"],
    "acts_named_by_objects": ["test_acts.py::test_the_object_of_a_support_verb_that_names_an_act_is_the_event",
                              "test_acts.py::test_an_act_held_by_a_company_is_that_companys_act"],
    "acts_named_with_their_doer": ["test_acts.py::test_an_act_named_by_a_noun_is_done_by_whom_its_phrase_names"],
    "negated_acts": ["test_acts.py::test_what_the_sentence_says_did_not_happen_is_no_event",
                     "test_event_types.py::test_cases_told_as_none_recorded_are_no_event",
                     "test_event_types.py::test_police_who_arrested_no_one_made_no_arrest"],
    "events_said_of_an_event": [
        "test_event_words_s18.py::test_an_event_noun_said_of_an_event_told_before_is_no_new_event",
        "test_event_words_s18.py::test_an_event_noun_said_of_a_thing_is_still_an_event"],
    "ousters_by_armed_forces": ["test_event_words_s18.py::test_a_leader_ousted_by_the_army_is_overthrown",
                                "test_event_words_s18.py::test_a_minister_dismissed_by_the_president_is_no_coup"],
    "events_told_in_their_relative_clause": [
        "test_event_words_s18.py::test_a_verb_in_a_relative_clause_on_an_event_noun_tells_that_event"],
    "series_stepped_up": ["test_event_words_s18.py::test_the_attack_a_story_goes_back_to_is_not_a_series_stepped_up"],
    "kinds_told_as_habits": ["test_rules_s27.py::test_what_befalls_a_whole_class_in_the_present_is_no_event",
                             "test_figures_s23.py::test_what_happens_as_a_rule_is_no_event",
                             "test_figures_s23.py::test_a_verb_of_habit_in_the_present_is_no_event",
                             "test_figures_s23.py::test_events_that_were_usually_peaceful_still_happened"],
    "acts_told_again_in_the_passive": ["test_figures_s23.py::test_a_passive_with_no_doer_tells_again_the_act_of_its_verb",
                                       "test_figures_s23.py::test_a_passive_with_its_doer_named_is_no_act_told_again"],
    "kinds_of_events_averted": ["test_event_words_s19.py::test_a_kind_of_event_an_effort_would_lessen_is_no_event",
                                "test_event_words_s19.py::test_a_definite_event_fought_is_still_an_event"],
    "payer_of_a_penalty": ["test_72_sweep.py::test_who_is_ordered_to_pay_a_fine_is_fined_by_whoever_orders_it",
                           "test_72_sweep.py::test_who_pays_a_fine_is_fined"],
    "arrests_the_police_tell_of": [
        "test_76_sweep.py::test_an_arrest_in_the_passive_the_police_tell_of_is_theirs",
        "test_76_sweep.py::test_an_arrest_in_the_passive_a_lawyer_tells_of_has_no_doer_named",
        "test_76_sweep.py::test_an_arrest_in_the_passive_joined_to_what_the_police_did_is_theirs"],
    "buyer_of_a_sale": ["test_event_words_s19.py::test_a_sale_told_with_its_buyer_is_the_buyers_acquisition",
                        "test_event_words_s19.py::test_a_sale_with_no_buyer_named_stays_the_sellers_divestment"],
    "acts_only_wished_for": ["test_rules_s27.py::test_an_act_someone_would_try_is_no_event",
                             "test_event_words_s19.py::test_an_act_only_wanted_has_not_happened",
                             "test_event_words_s19.py::test_a_plan_of_a_type_wanted_is_still_told"],
    "weapons_tested": ["test_event_words_s19.py::test_a_missile_test_told_by_its_noun_is_a_show_of_force",
                       "test_event_words_s19.py::test_missiles_fired_at_a_city_are_still_an_attack"],
    "anaphors": [f"{HERE}::test_this_exchange_is_a_mention_of_the_exchange_named_before",
                 "test_event_types.py::test_a_word_of_a_type_only_with_its_theme_after_another_verb_is_no_anaphor"],
    "verb_subject_and_object": ["test_event_roles.py::test_the_subject_of_died_is_whom_it_befell_not_its_agent",
                                "test_event_types.py::test_a_headline_participle_without_its_auxiliary_tells_whom_it_"
                                "was_done_to",
                                "test_event_types.py::test_a_headline_act_of_ones_own_in_the_past_keeps_its_doer",
                                "test_event_roles.py::test_the_passive_subject_of_a_verb_trigger_is_its_target",
                                "test_event_roles.py::test_the_subject_of_a_clause_is_whom_its_passive_gerund_was_done_to",
                                "test_event_roles.py::test_whose_sentence_is_commuted_is_the_target_of_the_commutation",
                                "test_event_roles.py::test_suspending_an_airlines_permit_sanctions_the_airline",
                                "test_event_roles.py::test_a_passive_with_a_subject_of_its_own_shares_no_doer_with_the_"
                                "verb_before",
                                "test_event_roles.py::test_a_place_after_a_bodys_name_and_a_comma_says_where_the_body_"
                                "is",
                                "test_event_roles.py::test_a_subject_read_into_an_opening_clause_with_no_comma_acts",
                                "test_event_roles.py::test_he_in_a_quotation_is_not_whoever_speaks_it",
                                "test_event_roles.py::test_she_is_no_photographer_a_pictures_credit_names",
                                "test_event_roles.py::test_an_attack_on_a_thing_is_done_to_whom_the_thing_belongs",
                                "test_event_roles.py::test_an_attack_on_a_persons_kin_is_not_done_to_that_person",
                                "test_event_roles.py::test_her_sentence_is_the_sentence_of_the_woman_named_just_before",
                                "test_event_roles.py::test_suspending_the_licence_of_a_company_sanctions_the_company",
                                "test_event_roles.py::test_commuting_the_sentence_of_a_person_is_done_to_that_person",
                                "test_event_roles.py::test_a_team_named_after_a_bare_noun_object_is_the_one_beaten"],
    "event_noun_modifiers": ["test_event_roles.py::test_a_possessor_of_an_arrest_is_the_one_arrested",
                             "test_event_roles.py::test_a_state_adjective_on_an_election_is_its_place_not_its_agent",
                             "test_event_roles.py::test_the_of_phrase_of_a_resignation_is_who_resigned",
                             "test_event_roles.py::test_a_court_a_ruling_is_told_of_passed_it",
                             "test_event_roles.py::test_his_arrest_is_the_arrest_of_the_man_named_just_before"],
    "state_the_subject_is_in": [H51 + "test_a_body_under_investigation_is_the_target_of_the_investigation",
                                H51 + "test_a_body_that_came_under_attack_is_the_target_of_the_attack",
                                H51 + "test_whom_police_placed_under_arrest_was_arrested_by_them",
                                H51 + "test_the_subject_that_is_the_target_of_an_attack_is_its_target",
                                H51 + "test_the_subject_that_became_the_subject_of_an_investigation_is_its_target",
                                H51 + "test_one_in_talks_with_another_takes_part_in_them_with_it",
                                H51 + "test_one_that_entered_into_an_agreement_with_another_made_it_with_that_one"],
    "other_side_of_a_deal": [H51 + "test_whom_a_deal_is_signed_with_is_its_other_side",
                             H51 + "test_whom_an_order_is_placed_with_is_its_supplier",
                             H51 + "test_one_together_with_the_subject_of_a_deal_is_not_its_other_side",
                             H51 + "test_one_that_entered_into_an_agreement_with_another_made_it_with_that_one"],
    "light_verb_subject": [H51 + "test_who_violates_an_agreement_did_not_make_it",
                           "test_event_roles.py::test_who_is_granted_a_pardon_is_its_target_and_who_grants_it_"
                           "its_agent",
                           "test_event_types.py::test_a_rally_broken_up_by_police_is_not_done_by_the_police",
                           "test_event_types.py::test_who_declared_the_end_of_an_outbreak_did_not_cause_it",
                           "test_event_roles.py::test_who_served_time_before_being_granted_clemency_was_granted_it",
                           "test_event_roles.py::test_whom_a_lawsuit_is_filed_against_is_its_target",
                           "test_extraction_rules.py::test_who_concedes_or_loses_a_contest_is_not_its_winner",
                           "test_event_roles.py::test_of_two_subjects_the_parser_gives_a_verb_the_one_next_to_it_does_the_act",
                           "test_event_roles.py::test_a_vote_a_legislature_acts_with_is_its_act_no_election",
                           "test_event_roles.py::test_a_donation_to_a_body_is_received_by_that_body",
                           TYPES,
                           "test_event_words_s17.py::test_an_event_noun_after_a_verb_joined_to_another_is_done_by_their_subject"],
    "struck_by": ["test_acts.py::test_what_a_passive_says_an_attack_or_disaster_struck_is_its_target"],
    "killed_in_attack": ["test_event_roles.py::test_who_killed_someone_in_an_ambush_carried_out_the_ambush_against_them"],
    "victims_of_attack": ["test_event_roles.py::test_an_attack_with_no_target_was_done_to_the_named_person_it_killed"],
    "claimed_responsibility": ["test_event_roles.py::test_who_claimed_responsibility_for_an_attack_is_its_agent",
                               "test_event_words_s18.py::test_the_group_blamed_for_an_attack_is_its_doer",
                               "test_event_words_s18.py::test_the_group_held_responsible_for_a_bombing_is_its_doer"],
    "prepositional_roles": [H51 + "test_whom_money_is_lent_to_is_the_borrower",
                            H51 + "test_the_body_one_pleads_before_is_whom_the_plea_is_addressed_to",
                            B + "test_whom_a_company_is_bought_back_from_sold_it_and_is_no_target",
                            f"{HERE}::test_an_assault_on_a_group_is_done_to_that_group",
                            "test_geography.py::test_a_street_one_is_on_is_where_an_act_happened",
                            "test_event_places_h49.py::test_the_exchange_shares_fell_on_is_not_whom_the_fall_befell",
                            "test_event_roles.py::test_an_attack_on_the_building_of_a_body_is_done_to_that_body",
                            "test_event_roles.py::test_goods_delivered_to_a_customer_go_to_that_customer",
                            "test_event_roles.py::test_a_lawsuit_against_a_decision_is_against_the_body_that_made_it",
                            "test_event_roles.py::test_a_protest_against_a_tax_is_against_the_body_that_imposed_it",
                            "test_event_words_s17.py::test_whom_a_petition_is_filed_against_is_the_lawsuits_target"],
    "winner_of_contest": ["test_event_roles.py::test_the_one_declared_winner_of_an_election_won_it"],
    "owner_of_what_moved": ["test_event_roles.py::test_a_fall_of_a_company_s_sales_befalls_the_company",
                            "test_event_roles.py::test_a_company_named_beside_its_shares_by_the_parser_is_no_doer",
                            "test_event_roles.py::test_shares_a_company_saw_move_are_that_company_s",
                            "test_event_roles.py::test_their_stocks_are_those_of_the_one_company_named_just_before",
                            "test_event_roles.py::test_stock_for_a_company_is_that_company_s"],
    "bankrupt_company": ["test_event_roles.py::test_a_company_that_files_for_bankruptcy_does_it",
                         "test_event_roles.py::test_a_company_that_declares_bankruptcy_does_it",
                         "test_event_roles.py::test_a_company_forced_into_bankruptcy_is_whom_it_befalls"],
    "body_left": ["test_event_roles.py::test_who_resigns_as_chairman_of_a_company_leaves_that_company",
                  "test_event_roles.py::test_who_resigns_from_the_board_of_a_company_leaves_that_company",
                  "test_event_roles.py::test_the_state_of_an_office_resigned_is_no_body_left"],
    "company_whose_stake_changes_hands": [H51 + "test_buying_a_stake_in_a_company_is_done_to_that_company",
                                          H51 + "test_the_sale_of_a_stake_in_a_company_is_done_to_that_company"],
    "owner_of_what_was_sued_over": ["test_event_words_s20.py::test_a_suit_over_a_ban_is_against_whoever_imposed_it",
                                    "test_event_words_s20.py::test_a_suit_challenging_an_order_is_against_its_owner"],
    "acts_in_a_legislature": ["test_event_words_s20.py::test_a_vote_failed_in_a_legislature_is_its_act_no_election",
                              "test_event_words_s20.py::test_a_bill_passed_in_a_legislature_is_the_legislatures_act"],
    "maker_of_the_craft": ["test_event_words_s20.py::test_a_maiden_flight_is_a_trial_run_of_the_maker_named_in_the_crafts_name"],
    "craft_is_no_doer": ["test_roles_s24.py::test_a_crashing_craft_named_by_its_maker_is_no_doer",
                         "test_roles_s24.py::test_a_common_noun_opening_a_headline_is_no_organisation"],
    "maker_of_the_goods": [B + "test_the_company_named_before_the_goods_is_their_maker_and_supplier"],
    "client_of_a_contract_won": ["test_62_sweep.py::test_whom_a_contract_is_won_from_is_its_client",
                                 "test_62_sweep.py::test_an_order_won_from_an_airline_has_the_airline_as_client"],
    "employer_of_strikers": ["test_62_sweep.py::test_a_strike_by_workers_at_a_companys_plant_is_against_that_company",
                             "test_62_sweep.py::test_a_walkout_by_a_companys_employees_is_against_it"],
    "plans_a_companys_officer_announces": [B + "test_a_price_cut_a_companys_officer_announces_is_the_companys",
                                           B + "test_job_cuts_a_companys_officer_says_will_come_are_the_companys",
                                           H51 + "test_a_business_act_told_in_the_passive_by_a_"
                                           "bodys_officials_is_the_bodys",
                                           H51 + "test_a_business_act_told_in_the_passive_by_a_"
                                           "bodys_spokeswoman_is_the_bodys"],
    "assign_roles": ["test_event_roles.py::test_the_subject_of_died_is_whom_it_befell_not_its_agent",
                     "test_event_roles.py::test_who_claimed_responsibility_for_an_attack_is_its_agent"],
    "supplier_of_orders_told_before": [
        B + "test_an_order_naming_no_maker_is_placed_with_the_maker_told_winning_orders_before"],
    "employer_of_cuts_told_before": [
        B + "test_job_cuts_with_no_employer_are_by_the_company_whose_act_came_just_before",
        B + "test_job_cuts_told_beside_another_company_are_not_taken_for_the_one_before"],
    "defendant_of_the_case": [
        "test_event_roles.py::test_bail_set_after_an_arrest_is_set_for_the_one_arrested",
        "test_event_roles.py::test_a_new_trial_ordered_after_a_conviction_is_the_convicted_persons",
        "test_event_roles.py::test_charges_another_person_pleads_to_are_not_the_defendants_before"],
    "pair_named_together": [f"{HERE}::test_talks_between_officials_of_both_countries_are_between_the_pair_named_before"],
    "place_of_the_trading": ["test_geography.py::test_shares_that_moved_on_a_named_exchange_moved_there",
                             "test_geography.py::test_a_price_told_on_a_named_exchange_places_the_move_there"],
    "place_fired_into": ["test_57_sweep.py::test_rockets_fired_into_a_country_struck_that_country"],
    "place_of_the_town_that_acts": ["test_61_sweep.py::test_what_a_town_does_happens_in_the_town"],
    "place_in_clause": ["test_rules_s27.py::test_tremors_felt_far_off_are_the_quake_not_where_it_struck",
                        f"{HERE}::test_a_place_in_the_clause_of_the_trigger_outranks_one_elsewhere_in_the_sentence",
                        "test_geography.py::test_of_the_places_one_clause_names_the_smallest_is_where_it_happened",
                        "test_geography.py::test_an_act_on_a_thing_at_a_place_happens_at_that_place",
                        f"{HERE}::test_what_a_where_clause_tells_happened_at_its_place",
                        f"{HERE}::test_a_clause_opened_by_where_happens_at_the_place_it_describes"],
    "place_of_owner": ["test_rules_s27.py::test_an_election_won_by_a_states_party_is_held_in_that_state",
                       "test_geography.py::test_an_election_won_by_securing_a_states_delegates_happened_in_that_state",
                       "test_geography.py::test_one_sworn_in_as_a_states_office_holder_is_sworn_in_that_state",
                       "test_geography.py::test_a_states_own_primary_happened_in_that_state"],
    "place_in_sentence": [f"{HERE}::test_the_one_place_of_the_sentence_places_an_event_its_clause_does_not",
                          "test_geography.py::test_an_island_one_is_on_is_where_an_event_happened"],
    "place_of_home": [f"{HERE}::test_an_arrest_at_the_suspects_own_school_is_in_the_town_he_is_from"],
    "place_of_the_scene": [f"{HERE}::test_an_arrest_happens_where_the_men_were_found_just_before"],
    "place_of_the_act_it_closed": [
        "test_73_sweep.py::test_an_arrest_in_a_before_clause_happens_where_the_act_it_closed_did"],
    "owner_of_what_was_ruled_on": ["test_event_roles.py::test_a_ruling_on_a_ban_is_done_to_whoever_imposed_it",
                                   "test_event_roles.py::test_a_ruling_on_a_states_practice_is_done_to_that_state_"
                                   "however_the_parser_hangs_its_name"],
    "place_taken_from": ["test_geography.py::test_a_recovery_happens_where_it_took_things_from",
                         "test_rules_s27.py::test_an_extradition_happens_where_the_person_was_sent_from"],
    "place_of_the_stricken_site": ["test_geography.py::test_a_fire_happens_at_the_named_building_that_caught_fire",
                                   "test_geography.py::test_a_collapse_happens_at_the_named_building_not_the_town_"
                                   "it_is_in"],
    "place_of_struck_target": ["test_extraction_rules.py::test_attack_has_agent_target_place_and_casualties",
                               "test_acts.py::test_a_storm_happens_in_the_state_it_hit"],
    "time_in_phrase_or_clause": [f"{HERE}::test_the_day_in_the_events_clause_outranks_the_reporting_day", TYPES,
                                 "test_event_times.py::test_what_happened_when_another_thing_did_shares_its_time",
                                 "test_event_times.py::test_the_day_of_a_round_of_events_dates_the_events",
                                 "test_event_times.py::"
                                 "test_what_has_gone_on_since_a_month_spans_from_it_to_publication",
                                 "test_event_words_s17.py::test_the_time_of_a_purpose_is_not_the_acts"],
    "day_of_sentence": ["test_event_roles.py::test_the_one_day_a_sentence_names_dates_its_events",
                        "test_event_times.py::"
                        "test_an_event_named_only_as_what_another_noun_belongs_to_is_not_dated_by_its_sentence"],
    "session_after_the_close": [
        "test_event_times.py::test_a_market_move_measured_from_a_days_close_happened_in_the_next_session",
        "test_event_times.py::test_the_session_after_a_fridays_close_is_the_monday"],
    "time_of_the_act_it_is_joined_to": [
        "test_event_times.py::test_an_act_told_with_and_after_a_dated_act_shares_its_year"],
    "time_of_the_act_it_closed": [
        "test_73_sweep.py::test_an_arrest_in_a_before_clause_takes_the_day_of_the_act_it_closed"],
    "day_of_a_market_report": [
        "test_event_times.py::test_a_market_move_in_a_report_that_names_no_day_is_of_the_day_of_publication"],
    "day_counted_from_another_event": [
        "test_event_words_s18.py::test_an_act_another_came_days_after_is_counted_back_from_its_day",
        "test_event_times.py::test_an_act_told_as_days_after_a_dated_event_is_counted_from_its_day",
        "test_event_times.py::test_an_act_told_as_a_day_before_the_event_is_counted_from_the_storys_event"],
    "fold_contents": [f"{HERE}::test_what_is_agreed_to_is_the_content_of_the_agreement",
                      "test_event_types.py::test_a_refusal_told_beside_an_appeal_is_an_act_of_its_own"],
    "attach_quantities": ["test_figures.py::test_a_casualty_figure_attaches_to_the_attack_it_counts",
                          "test_figures.py::test_a_result_that_fell_is_a_financial_report_with_its_figures",
                          "test_figures.py::"
                          "test_the_amount_of_what_an_act_is_done_to_goes_to_that_act_not_to_a_clause_about_it",
                          "test_figures.py::"
                          "test_a_share_a_named_company_reports_is_no_figure_of_another_companys_event_before",
                          "test_figures_h50.py::"
                          "test_an_amount_goes_to_the_event_of_its_own_clause_not_the_clause_it_hangs_from",
                          "test_figures_h50.py::test_the_size_of_a_workforce_is_no_figure_of_the_act_told_before_it"],
    "fold_what_is_talked_over": [f"{HERE}::test_what_talks_are_held_on_is_their_subject_not_an_event",
                                 f"{HERE}::test_what_a_meeting_is_held_to_discuss_is_its_subject_not_an_event"],
    "one_event_per_doer": [f"{HERE}::test_doers_named_together_who_each_did_the_act_did_one_act_each",
                           "test_event_roles.py::test_people_named_together_who_tested_positive_are_one_case_each",
                           "test_extraction_rules.py::test_the_verb_of_doers_winning_plural_contests_is_one_win_each"],
    "one_event_per_place": ["test_extraction_rules.py::test_a_plural_event_noun_told_at_places_named_together_is_one_event_at_each"],
    "attacks_told_by_their_blast": [f"{HERE}::test_a_bomb_that_exploded_is_one_event_the_attack_told_by_its_blast",
                                    f"{HERE}::test_a_gas_tank_that_exploded_stays_an_explosion",
                                    "test_event_words_s18.py::test_a_bomb_blast_is_an_attack"],
    "acts_typed_by_what_they_do": ["test_acts.py::test_selling_a_holding_is_an_economic_act_whoever_sells",
                                   "test_acts.py::test_handing_out_a_sum_of_money_is_an_economic_act",
                                   "test_acts.py::test_a_person_leaving_an_organisation_resigns_from_it",
                                   "test_acts.py::test_a_person_announced_as_a_posts_holder_is_appointed_to_it"],
    "money_handed_out_by_central_banks": [
        "test_acts.py::test_money_a_central_bank_pumps_into_banks_is_lending",
        "test_acts.py::test_a_sum_that_measures_what_a_central_bank_authorized_is_lending"],
    "releases_of_captives": ["test_rules_s25.py::test_freeing_people_told_as_kidnapped_releases_captives"],
    "strikes_that_last": ["test_rules_s25.py::test_a_strike_measured_in_weeks_is_a_stoppage_of_work",
                          "test_rules_s25.py::test_a_general_strike_is_a_stoppage_of_work",
                          "test_rules_s25.py::test_an_air_strike_is_still_an_attack"],
    "walkouts_by_members_of_a_body": ["test_59_sweep.py::test_a_walkout_by_opposition_lawmakers_is_a_protest",
                                      "test_59_sweep.py::test_a_walkout_by_delegates_is_a_protest"],
    "acts_typed_by_their_doer": ["test_acts.py::test_an_act_of_no_finer_type_by_a_judge_is_a_legal_act",
                                 "test_acts.py::test_an_act_of_no_finer_type_by_a_governor_is_a_political_act",
                                 "test_event_types.py::test_an_act_of_a_former_judge_is_no_legal_act"],
    "legal_acts_sought": ["test_60_sweep.py::test_a_sentence_prosecutors_sought_is_no_sentencing",
                          "test_60_sweep.py::test_an_acquittal_asked_for_is_no_acquittal"],
    "acts_only_on_a_condition": ["test_rules_s26.py::test_an_act_told_as_a_condition_did_not_happen"],
    "place_forces_were_sent_to": ["test_rules_s27.py::test_police_deployed_abroad_are_a_show_of_force_where_they_were_sent"],
    "attacks_only_plotted": ["test_rules_s27.py::test_an_attack_plotted_has_not_happened"],
    "rises_received": ["test_rules_s27.py::test_a_rise_workers_get_is_no_market_move"],
    "acts_only_possible": ["test_rules_s27.py::test_an_event_noun_under_may_did_not_happen",
                           "test_rules_s27.py::test_an_event_that_may_have_killed_still_happened"],
    "releases_by_courts": ["test_60_sweep.py::test_whom_a_judge_frees_is_released_not_rescued"],
    "raids_by_police": ["test_60_sweep.py::test_a_raid_by_the_police_is_an_investigation_not_an_attack",
                        "test_60_sweep.py::test_a_raid_told_with_an_arrest_is_an_investigation",
                        "test_60_sweep.py::test_a_police_raid_that_kills_stays_an_attack"],
    "rivals_in_matches": ["test_acts.py::test_a_side_that_lost_to_a_rival_was_beaten_by_it",
                          "test_acts.py::test_whom_a_side_won_against_is_the_one_beaten"],
    "merge_mentions": ["test_extraction_rules.py::test_mentions_of_one_event_merge_and_a_previous_one_stays_apart",
                       "test_event_roles_h56.py::test_each_sides_attack_in_an_exchange_of_fire_is_its_own",
                       "test_extraction_rules.py::test_a_mention_of_the_type_that_points_back_at_nothing_is_another_event",
                       "test_extraction_rules.py::test_an_undated_mention_tells_this_years_event_not_one_of_an_earlier_year_told_in_passing",
                       "test_extraction_rules.py::test_a_definite_mention_of_the_type_is_the_event_told_before",
                       "test_extraction_rules.py::test_the_same_word_in_the_next_sentence_restates_the_event",
                       "test_extraction_rules.py::test_talks_in_the_same_place_are_the_talks_told_before",
                       "test_extraction_rules.py::test_two_agreements_each_told_beside_the_same_talks_are_one",
                       "test_extraction_rules.py::test_a_summary_line_and_the_later_account_that_comes_to_share_its_target_are_one_event",
                       "test_extraction_rules.py::test_one_of_a_counted_series_is_done_by_the_doer_of_the_series_on_its_day",
                       "test_extraction_rules.py::test_a_definite_mention_that_names_its_own_year_is_not_the_undated_event_before",
                       "test_event_roles.py::test_a_disaster_that_strikes_is_no_attack_and_one_event_with_its_headline",
                       "test_geography.py::test_an_event_told_at_a_city_and_then_at_a_square_in_it_is_one_event_at_the_square",
                       "test_extraction_rules.py::test_the_winner_of_all_three_elections_won_each_of_them",
                       "test_extraction_rules.py::test_a_later_win_by_a_winner_told_before_is_that_winners_contest",
                       "test_extraction_rules.py::test_the_runner_ups_share_is_a_figure_of_the_same_contest",
                       "test_extraction_rules.py::test_a_sentence_whose_figure_refers_back_to_the_contest_is_all_about_it",
                       "test_extraction_rules.py::test_the_same_verb_told_of_another_named_subject_is_another_event",
                       "test_extraction_rules.py::test_an_event_noun_whose_of_phrase_names_another_is_another_event",
                       "test_extraction_rules.py::test_an_event_noun_whose_of_phrase_names_the_same_is_that_event",
                       "test_extraction_rules.py::test_acts_told_in_the_same_country_are_not_one_event_for_that",
                       "test_extraction_rules.py::test_an_event_a_disaster_caused_is_another_event",
                       "test_extraction_rules.py::test_a_name_shortened_in_the_headline_names_the_leads_doer",
                       "test_extraction_rules.py::test_a_doer_the_headline_only_describes_is_the_one_the_lead_names",
                       "test_extraction_rules.py::"
                       "test_an_attack_told_of_things_brought_in_by_their_doer_is_another_attack",
                       "test_extraction_rules.py::"
                       "test_an_attack_told_of_things_brought_in_at_its_target_is_the_attack_told",
                       "test_extraction_rules.py::"
                       "test_a_headline_placing_the_event_in_a_region_and_its_lead_at_a_site_tell_one_event",
                       "test_figures_h50.py::test_a_sum_told_rounded_and_exact_is_one_deal"],
    "counts_of_their_kind": ["test_rules_s27.py::test_an_attacker_shot_dead_by_police_is_no_victim_of_his_attack",
                             "test_figures.py::test_delegates_an_actor_earned_are_counted_for_the_election",
                             "test_figures.py::test_the_dead_of_a_crash_named_later_are_counted_for_the_crash",
                             "test_figures_kinds.py::test_a_turnout_share_is_a_figure_of_the_election",
                             "test_figures_kinds.py::"
                             "test_a_share_a_candidate_received_in_a_sentence_about_the_vote_is_the_election_s",
                             "test_figures_kinds.py::test_the_people_rescued_after_a_wreck_are_a_figure_of_the_wreck",
                             "test_figures_kinds.py::"
                             "test_homes_destroyed_with_no_doer_told_are_the_storm_s_not_the_evacuation_s",
                             "test_figures_h50.py::test_the_size_of_a_workforce_goes_to_the_job_cuts"],
    "day_of_the_event_it_happened_during": [f"{HERE}::test_what_happened_during_another_event_happened_on_its_day"],
    "figures_of_the_thing_told_before": [
        "test_figures.py::test_an_act_done_to_the_thing_named_before_counts_what_measured_it",
        "test_figures.py::test_an_act_done_to_the_thing_named_before_does_not_take_its_count_of_people"],
    "goods_counted_by_their_model": [B + "test_a_count_of_goods_named_by_their_model_counts_the_kind_the_story_names"],
    "worth_of_the_goods": ["test_figures_h50.py::test_what_the_goods_of_an_order_are_worth_goes_to_the_order"],
    "goods_of_the_undertaking": [
        "test_63_figures.py::test_a_contract_counts_the_goods_its_infinitive_clause_is_to_supply",
        "test_63_figures.py::test_a_deal_counts_what_it_is_to_lease"],
    "themes_of_their_act": ["test_figures_s24.py::test_the_order_a_maker_wins_is_the_award_and_its_figures_are_the_awards"],
    "crowds_that_took_part": ["test_figures_s24.py::test_people_told_to_have_taken_part_count_the_protest_before"],
    "crowds_put_at": ["test_63_figures.py::test_the_size_a_crowd_is_put_at_counts_the_protest_before_it"],
    "worth_of_the_deal_it_was_done_in": [
        "test_63_figures.py::test_the_worth_of_the_deal_an_acquisition_was_done_in_is_the_acquisition_s"],
    "terms_faced": [
        "test_63_figures.py::test_a_term_someone_faced_goes_to_the_conviction_not_to_the_appeal_told_between"],
    "terms_cut_short": ["test_figures.py::test_a_release_counts_the_term_it_cut_short_beside_the_time_served",
                        "test_figures.py::test_a_release_of_the_sentence_told_before_counts_its_term"],
    "day_of_previous_sentence": [f"{HERE}::test_an_undated_event_takes_the_day_of_the_episode_of_the_sentence_before",
                                 f"{HERE}::test_of_two_episodes_dated_in_the_sentence_before_"
                                 "an_event_takes_the_one_at_its_place",
                                 "test_event_times.py::test_a_past_act_does_not_take_the_day_of_a_plan_told_before_it"],
    "day_of_the_trading_session": [f"{HERE}::test_an_undated_index_move_takes_the_day_of_the_session_told_before"],
    "day_of_the_story": [f"{HERE}::test_an_undated_act_of_a_company_takes_the_day_of_its_story_told_before",
                         f"{HERE}::test_an_undated_move_of_shares_takes_the_day_of_the_market_story"],
    "attacker_of_earlier_attack": [f"{HERE}::test_another_attack_is_by_the_attacker_named_before",
                                   "test_event_roles_h56.py::test_a_retaliation_is_not_by_the_attacker_it_answers",
                                   f"{HERE}::test_sides_that_exchanged_fire_do_not_tell_who_attacked_next",
                                   f"{HERE}::"
                                   "test_an_attack_told_in_another_country_is_not_by_the_attacker_named_before"],
    "defender_intercepts": [f"{HERE}::test_the_attacked_state_intercepts_what_was_launched_at_it"],
    "parties_of_earlier_meeting": [f"{HERE}::test_further_talks_are_between_the_parties_of_the_talks_before"],
    "day_of_lead": [f"{HERE}::test_the_main_event_of_the_lead_takes_the_leads_day"],
    "place_of_the_works_acted_on": [
        "test_event_places_h49.py::test_closing_works_named_by_their_town_happens_in_that_town",
        "test_event_places_h49.py::test_an_attack_on_offices_named_by_their_town_happens_in_that_town",
        "test_event_places_h49.py::test_works_named_with_two_towns_place_no_one_act"],
    "place_of_the_match_told_again": [
        "test_event_places_h49.py::test_a_match_is_played_at_the_venue_where_its_two_sides_are_told_meeting",
        "test_event_places_h49.py::test_a_venue_of_two_other_sides_places_no_match",
        "test_event_places_h49.py::test_a_meeting_of_the_two_sides_told_with_its_own_year_is_another_match"],
    "place_of_the_trial": ["test_event_places_h49.py::test_a_verdict_is_handed_down_where_the_trial_was_held",
                           "test_event_places_h49.py::test_a_verdict_takes_no_place_from_the_trial_of_another_defendant"],
    "place_of_lead": [f"{HERE}::test_the_main_event_of_the_lead_takes_the_leads_place"],
    "doers_named_by_the_act": ["test_event_roles.py::test_a_protest_that_names_no_doer_is_by_the_protesters_the_article_names",
                               "test_event_roles.py::test_an_attack_with_no_doer_is_by_the_one_called_its_attacker",
                               "test_event_roles.py::test_an_attacker_the_article_does_not_name_is_no_doer"],
    "place_in_own_country": ["test_event_roles.py::test_a_states_own_ban_happens_in_that_state",
                             "test_event_places_h49.py::test_a_national_teams_country_is_not_where_it_played",
                             "test_event_places_h49.py::test_a_body_an_apposition_calls_a_states_own_acts_in_that_state",
                             "test_geography.py::test_a_domestic_act_of_a_states_office_holder_happens_in_that_state",
                             "test_geography.py::"
                             "test_an_act_of_a_body_whose_name_holds_its_states_name_happens_in_that_state",
                             "test_geography.py::"
                             "test_an_office_holders_domestic_act_happens_where_his_title_says_he_holds_office",
                             "test_geography.py::test_a_bare_title_is_of_the_one_state_the_article_gives_that_office",
                             "test_geography.py::"
                             "test_a_body_named_for_a_province_acts_in_the_province_not_only_its_country"],
    "place_of_office_holders_death": [
        "test_geography.py::test_the_death_of_a_states_office_holder_happens_in_that_state",
        "test_geography.py::test_an_office_holders_death_told_abroad_happens_where_told"],
    "one_figure_told_twice": [f"{HERE}::test_a_figure_told_in_the_headline_and_again_in_the_lead_is_one_figure"],
    "place_in_setting": ["test_event_roles.py::test_an_event_with_no_place_of_its_own_happens_where_the_lead_sets_the_story"],
}


# ------------------------------------------------------------------ the list itself

def test_rule_names_are_unique():
    names = [rule.name for rule in RULES]
    assert len(names) == len(set(names)), names


def test_rules_run_stage_by_stage_in_the_order_of_the_stages():
    stages = list(Stage)
    positions = [stages.index(rule.stage) for rule in RULES]
    assert positions == sorted(positions)
    assert {rule.stage for rule in RULES} == set(Stage)
    assert [rule.name for rule in RULES if rule.stage is Stage.MERGE] == ["merge_mentions"]


def test_every_rule_states_its_pattern_in_one_line_and_its_function_in_a_docstring():
    for rule in RULES:
        assert rule.pattern.strip() and "\n" not in rule.pattern, rule.name
        assert (rule.apply.__doc__ or "").strip(), rule.name
        assert rule.family in ("triggers", "roles", "places", "times", "figures", "merging", "context"), rule.name


def test_every_rule_has_a_test_that_exists():
    assert set(RULE_TESTS) == {rule.name for rule in RULES}
    defined: dict[str, set[str]] = {}
    for name, tests in RULE_TESTS.items():
        assert tests, name
        for test in tests:
            file, function = test.split("::")
            if file not in defined:
                tree = ast.parse((TESTS / file).read_text(encoding="utf-8"))
                defined[file] = {n.name for n in tree.body if isinstance(n, ast.FunctionDef)}
            assert function in defined[file], f"{name}: {test} does not exist"


def test_python_m_lists_the_rules_in_order():
    done = subprocess.run([sys.executable, "-m", "kg.extraction.events"], capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr
    listed = [line.split()[1] for line in done.stdout.splitlines() if line.startswith("  ")]
    assert listed == [rule.name for rule in RULES]
    assert all(rule.pattern in done.stdout for rule in RULES)


# ------------------------------------------------------------------ rules shown at work

@dataclass
class Seen:
    """What one extraction found: its facts and the event a word mentions (None if none)."""

    facts: Facts
    event: Event | None

    def names(self, role: str) -> list[str]:
        return [self.facts.entities[k].name for k in getattr(self.event, role)]

    @property
    def place(self) -> str | None:
        return self.facts.entities[self.event.place].name if self.event.place else None

    @property
    def day(self) -> str | None:
        return self.facts.times[self.event.time].value if self.event.time else None

    @property
    def types(self) -> list[str]:
        return [e.type for e in self.facts.events.values()]


@pytest.fixture
def at_work(extract_text, monkeypatch):
    """The event a word of a text mentions, found with every rule and found with one rule left out."""
    from kg.extraction.events import pipeline

    def seen(facts, anchor: str) -> Seen:
        return Seen(facts, next((e for e in facts.events.values() if any(m.anchor == anchor for m in e.mentions)), None))

    def run(rule: str, text: str, anchor: str) -> tuple[Seen, Seen]:
        found = seen(extract_text(text), anchor)
        with monkeypatch.context() as patch:
            patch.setattr(pipeline, "RULES", tuple(r for r in pipeline.RULES if r.name != rule))
            return found, seen(extract_text(text), anchor)

    return run


def test_this_exchange_is_a_mention_of_the_exchange_named_before(at_work):
    found, without = at_work("anaphors", "News in brief\n\nRebels and soldiers exchanged prisoners near Goma on "
                             "Monday. The exchange was praised by the United Nations.", "exchange")
    assert [m.anchor for m in found.event.mentions] == ["exchanged", "exchange"]
    assert without.event is None


def test_a_verb_told_with_the_act_it_was_done_by_is_that_act(at_work):
    found, without = at_work("acts_told_by_their_means", "News in brief\n\nThe army of Norland retaliated by firing "
                             "rockets at the border town on Monday.", "firing")
    assert [m.anchor for m in found.event.mentions] == ["retaliated", "firing"]
    assert [m.anchor for m in without.event.mentions] == ["firing"]


def test_soldiers_sent_after_a_storm_are_no_show_of_force(at_work):
    found, without = at_work("forces_sent_to_a_disaster", "News in brief\n\nA storm hit the coast of Norland on "
                             "Sunday. The army sent 100 soldiers to help clear roads.", "sent")
    assert found.event.type == "Event" and without.event.type == "ShowOfForce"


def test_an_assault_on_a_group_is_done_to_that_group(at_work):
    found, without = at_work("prepositional_roles", "News in brief\n\nThe army carried out an assault on rebels "
                             "near Goma on Monday.", "assault")
    assert found.names("targets") == ["rebels"] and without.names("targets") == []


def test_talks_between_officials_of_both_countries_are_between_the_pair_named_before(at_work):
    found, without = at_work("pair_named_together", "News in brief\n\nChile and Peru ended their long dispute on "
                             "Monday. Talks between officials of both countries began in Lima.", "Talks")
    assert found.names("participants") == ["Chile", "Peru"] and without.names("participants") == []


def test_a_place_in_the_clause_of_the_trigger_outranks_one_elsewhere_in_the_sentence(at_work):
    found, without = at_work("place_in_clause", "News in brief\n\nAfter a rally in Lyon, a senator died on Monday "
                             "near Marseille in a car crash.", "car crash")
    assert found.place == "Marseille" and without.place != "Marseille"


def test_what_a_where_clause_tells_happened_at_its_place(at_work):
    found, without = at_work("place_in_clause", "News in brief\n\nThe senator Tom Reyes thanked voters "
                             "in Ohio, where he secured 39 delegates, and then rallied in Texas.", "secured")
    assert found.place == "Ohio" and without.place != "Ohio"


def test_a_clause_opened_by_where_happens_at_the_place_it_describes(at_work):
    found, without = at_work("place_in_clause", "News in brief\n\nTom Reed won the caucuses in Nevada on Saturday. "
                             "The win follows victories in Ohio, where he secured 39 delegates, and Iowa, where "
                             "he secured all 22 delegates.", "secured")
    assert found.place == "Ohio" and without.place != "Ohio"


def test_the_one_place_of_the_sentence_places_an_event_its_clause_does_not(at_work):
    found, without = at_work("place_in_sentence", "News in brief\n\nThe union met in Marseille on Sunday.\n"
                             "Police said in Lyon on Monday that the protest had turned violent.", "protest")
    assert found.place == "Lyon" and without.place is None


def test_an_arrest_at_the_suspects_own_school_is_in_the_town_he_is_from(at_work):
    found, without = at_work("place_of_home", "News in brief\n\nOmar Reyes, a 15-year-old boy from Dunmore, Ohio, "
                             "was arrested at his school by police on Monday.", "arrested")
    assert found.place == "Dunmore" and without.place is None


def test_an_arrest_happens_where_the_men_were_found_just_before(at_work):
    found, without = at_work("place_of_the_scene", "News in brief\n\nPolice arrested two men on Friday after they "
                             "were found hiding in a barn near Dunmore.", "arrested")
    assert found.place == "Dunmore" and without.place is None


def test_the_day_in_the_events_clause_outranks_the_reporting_day(at_work):
    found, without = at_work("time_in_phrase_or_clause", "News in brief\n\nOfficials said on Monday that rebels "
                             "had launched an attack on the airport early Saturday.", "attack")
    assert found.day == "2025-05-24" and without.day != "2025-05-24"


def test_what_is_agreed_to_is_the_content_of_the_agreement(at_work):
    found, without = at_work("fold_contents", "News in brief\n\nThe governments of Chile and Peru agreed on "
                             "Monday to an exchange of prisoners.", "exchange")
    assert found.types == ["Agreement"] and "PrisonerExchange" in without.types


def test_what_talks_are_held_on_is_their_subject_not_an_event(at_work):
    found, without = at_work("fold_what_is_talked_over", "News in brief\n\nThe two sides held talks on a "
                             "prisoner exchange in Lima on Monday.", "talks")
    assert found.types == ["Negotiation"] and "PrisonerExchange" in without.types


def test_what_a_meeting_is_held_to_discuss_is_its_subject_not_an_event(at_work):
    found, without = at_work("fold_what_is_talked_over", "News in brief\n\nEnvoys from Chile met rebel leaders "
                             "in Lima on Monday to discuss a ceasefire.", "met")
    assert found.types == ["Meeting"] and "Agreement" in without.types


def test_doers_named_together_who_each_did_the_act_did_one_act_each(at_work):
    found, without = at_work("one_event_per_doer", "News in brief\n\nPresident Elena Marsh and Prime Minister "
                             "Tom Hale resigned their posts on Monday.", "resigned")
    assert found.names("agents") == ["Elena Marsh"] and without.names("agents") == ["Elena Marsh", "Tom Hale"]
    assert found.types.count("Resignation") == 2


def test_an_undated_event_takes_the_day_of_the_episode_of_the_sentence_before(at_work):
    found, without = at_work("day_of_previous_sentence", "News in brief\n\nRebels attacked the airport of Goma "
                             "on Thursday. A fire destroyed two planes.", "fire")
    assert found.day == "2025-05-22" and without.day is None


def test_an_undated_act_of_a_company_takes_the_day_of_its_story_told_before(at_work):
    found, without = at_work("day_of_the_story", "News in brief\n\nVelmar Steel reported a loss of $40 million on "
                             "Tuesday. Steel prices have been weak for months. The company cut 300 jobs at its "
                             "plant in Ostrava.", "cut")
    assert found.day == "2025-05-20" and without.day is None


def test_an_undated_move_of_shares_takes_the_day_of_the_market_story(at_work):
    found, without = at_work("day_of_the_story", "News in brief\n\nThe Corvel index fell 120 points on Thursday. "
                             "Traders were nervous. Shares of Dalton Mining dropped 4 percent.", "dropped")
    assert found.day == "2025-05-22" and without.day is None


def test_an_undated_index_move_takes_the_day_of_the_session_told_before(at_work):
    found, without = at_work("day_of_the_trading_session", "News in brief\n\nOn Thursday the Corvel index closed "
                             "down 2%.\n\n\"It is ugly,\" said trader Bill Marks.\n\nThe Brema index also took "
                             "heavy losses to close down 74 points.", "close")
    assert found.day == "2025-05-22" and without.day is None


def test_what_happened_during_another_event_happened_on_its_day(at_work):
    found, without = at_work("day_of_the_event_it_happened_during", "News in brief\n\nA hearing on the port was "
                             "held on May 4.\nThe committee met again on Friday. The minister Ida Ruiz had "
                             "apologized to the committee during the hearing.", "apologized")
    assert found.day == "2025-05-04" and without.day != "2025-05-04"


def test_of_two_episodes_dated_in_the_sentence_before_an_event_takes_the_one_at_its_place(at_work):
    found, without = at_work("day_of_previous_sentence", "News in brief\n\nA protest was held in Goma on Sunday, "
                             "and a march was held in Bukavu on Monday. Police arrested 12 people in Goma.", "arrested")
    assert found.day == "2025-05-18" and without.day is None


def test_another_attack_is_by_the_attacker_named_before(at_work):
    found, without = at_work("attacker_of_earlier_attack", "News in brief\n\nRebels attacked the town of Goma "
                             "on Sunday. Another attack hit the airport on Monday.", "attack")
    assert found.names("agents") == ["Rebels"] and without.names("agents") == []


def test_sides_that_exchanged_fire_do_not_tell_who_attacked_next(at_work):
    found, _ = at_work("attacker_of_earlier_attack", "News in brief\n\nArmenia and Azerbaijan exchanged artillery "
                       "fire on Sunday. Another attack hit a border post on Monday.", "attack")
    assert found.names("agents") == []


def test_a_bomb_that_exploded_is_one_event_the_attack_told_by_its_blast(at_work):
    found, without = at_work("attacks_told_by_their_blast", "News in brief\n\nA bomb exploded at a bus stop in "
                             "Dorvan on Monday, killing four people.", "exploded")
    assert found.types == ["Attack"] and [m.anchor for m in found.event.mentions] == ["bomb", "exploded"]
    assert [int(found.facts.quantities[k].value) for k in found.event.quantities] == [4]
    assert sorted(without.types) == ["Attack", "Explosion"]


def test_a_gas_tank_that_exploded_stays_an_explosion(extract_text):
    facts = extract_text("News in brief\n\nA gas tank exploded at a bakery in Dorvan on Monday.")
    assert [e.type for e in facts.events.values()] == ["Explosion"]


def test_an_attack_told_in_another_country_is_not_by_the_attacker_named_before(extract_text):
    facts = extract_text("News in brief\n\nRebels attacked the town of Goma in Congo on Sunday. In neighbouring "
                         "Rwanda, an attack hit a border post on Monday.")
    [other] = [e for e in facts.events.values() if any(m.anchor == "attack" for m in e.mentions)]
    assert facts.entities[other.place].name == "Rwanda" and other.agents == []


def test_a_figure_told_in_the_headline_and_again_in_the_lead_is_one_figure(at_work):
    found, without = at_work("one_figure_told_twice", "Floods kill 12 in the Dorva valley\n\nFlash floods killed "
                             "at least 12 people in the Dorva valley on Monday, officials said.", "kill")
    figures = [found.facts.quantities[k] for k in found.event.quantities]
    assert [(int(q.value), q.unit, q.qualifier) for q in figures] == [(12, "killed", "at least")]
    assert len(without.event.quantities) == 2


def test_the_attacked_state_intercepts_what_was_launched_at_it(at_work):
    found, without = at_work("defender_intercepts", "News in brief\n\nRussia launched missiles at Kyiv on Sunday. "
                             "Ten of the missiles were intercepted over the city.", "intercepted")
    assert found.names("agents") == ["Ukraine"] and without.names("agents") == []


def test_further_talks_are_between_the_parties_of_the_talks_before(at_work):
    found, without = at_work("parties_of_earlier_meeting", "News in brief\n\nChile and Peru held negotiations "
                             "in Lima on Monday. Further talks are planned for June.", "talks")
    assert found.names("participants") == ["Chile", "Peru"] and without.names("participants") == []


def test_the_main_event_of_the_lead_takes_the_leads_day(at_work):
    found, without = at_work("day_of_lead", "News in brief\n\nOn Tuesday, police said protesters had clashed "
                             "with soldiers since Friday.", "clashed")
    assert found.day == "2025-05-20" and without.day is None


def test_the_main_event_of_the_lead_takes_the_leads_place(at_work):
    found, without = at_work("place_of_lead", "News in brief\n\nIn Lyon on Tuesday, police said protesters had "
                             "clashed with soldiers after a march in Marseille.", "clashed")
    assert found.place == "Lyon" and without.place is None
