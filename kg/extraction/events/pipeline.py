"""The event rules in the order they run, and `find_events`, which runs them.

Rules run in five stages. Before merging, rules work on mentions (one word that signals an event):
FIND rules make and prune the list of mentions, FILL rules fill one mention at a time from its
sentence (every FILL rule on a mention before the next mention), JOIN rules relate the mentions to
each other. MERGE makes events of the mentions; after it, COMPLETE rules work on the events and fill
what a sentence leaves implicit from the article around it. `python -m kg.extraction.events` lists
the rules.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass
from enum import Enum
from typing import Any

from spacy.tokens import Doc

from kg.extraction.entities import EntityIndex
from kg.extraction.events import context, figures, merging, places, roles, times, triggers
from kg.extraction.events.mention import Mention, Reading
from kg.extraction.quantities import FoundQuantity
from kg.extraction.time import FoundTime
from kg.records import Event


class Stage(Enum):
    """When a rule runs, and on what."""

    FIND = "on the list of mentions: which words signal events"
    FILL = "on one mention at a time: its roles, place and time from its sentence"
    JOIN = "on the list of mentions: how mentions relate to each other"
    MERGE = "from mentions to events: the mentions of one event become one event"
    COMPLETE = "on the events: what the sentence leaves implicit, from the article around it"


@dataclass(frozen=True)
class Rule:
    """One named rule: the stage it runs in, the pattern it serves (one line) and its function.

    The function takes the document being read (a `Reading`) and, by stage, the list of mentions
    (FIND, JOIN: returns the new list), one mention (FILL), the list of mentions (MERGE: returns the
    events) or the events (COMPLETE).
    """

    stage: Stage
    pattern: str
    apply: Callable[..., Any]

    @property
    def name(self) -> str:
        """The rule's name: the name of its function."""
        return self.apply.__name__

    @property
    def family(self) -> str:
        """The family of the rule: the module its function is in (triggers, roles, places, ...)."""
        return self.apply.__module__.rsplit(".", 1)[-1]


RULES: tuple[Rule, ...] = (
    Rule(Stage.FIND, "a noun or verb the taxonomy lists as a trigger: 'shelled', 'talks', 'an exchange of prisoners'",
         triggers.taxonomy_triggers),
    Rule(Stage.FIND, "a strike measured in time is a stoppage of work, no attack: 'a seven-week strike', "
                     "'a general strike'", triggers.strikes_that_last),
    Rule(Stage.FIND, "a vote to do an act is that act done by vote: 'parliament voted to impeach the president'",
         triggers.acts_voted_for),
    Rule(Stage.FIND, "a disaster as the subject of a verb of attack is the disaster: 'an earthquake struck'",
         triggers.disasters_strike),
    Rule(Stage.FIND, "what a stock index does with a figure is a market move: 'the Halvor index struck a record high'",
         triggers.moves_of_market_indices),
    Rule(Stage.FIND, "storming a place is an assault, a riot if a crowd does it: 'protesters stormed parliament'",
         triggers.sites_stormed),
    Rule(Stage.FIND, "a weapon as the subject of a verb of striking is an attack: 'drones hit a refinery'",
         triggers.weapons_strike),
    Rule(Stage.FIND, "a weapons test told by its noun is a show of force, no attack: 'conducted a missile test'",
         triggers.weapons_tested),
    Rule(Stage.FIND, "after a weapons test, a missile launched at nothing is the test told again: 'the missile "
                     "was launched from near Pyongyang'", triggers.launches_of_a_weapons_test),
    Rule(Stage.FIND, "a killing by people named by their violence is an attack: 'gunmen killed five villagers'",
         triggers.killings_by_attackers),
    Rule(Stage.FIND, "votes counted in a 'by' phrase are the tally of what they decided: 'passed it by 230 votes'",
         triggers.tallies_are_no_contests),
    Rule(Stage.FIND, "a crush done by a disaster is that disaster, by anyone but a crowd no stampede: "
                     "'crushed by a landslide'", triggers.crushes_told_by_their_crusher),
    Rule(Stage.FIND, "what a named storm does is that storm: 'Hurricane Lorenzo hit the Azores'",
         triggers.acts_of_named_disasters),
    Rule(Stage.FIND, "forces sent in a story of a disaster help with it: 'the army sent soldiers' after a storm",
         triggers.forces_sent_to_a_disaster),
    Rule(Stage.FIND, "to take over with nothing taken is to succeed to a post: 'Roe, who took over last March'",
         triggers.posts_taken_over),
    Rule(Stage.FIND, "violence that breaks out is a clash: 'violence erupted in the capital'",
         triggers.violence_that_breaks_out),
    Rule(Stage.FIND, "defeating a rival in a contest is winning it: 'Lee defeated Roe in the runoff'",
         triggers.contests_won_over_rivals),
    Rule(Stage.FIND, "what a contest gives going to someone is its winning: 'most seats went to the Greens'",
         triggers.seats_that_went_to_a_winner),
    Rule(Stage.FIND, "a participle of defeating after a win tells that win: 'won the vote, defeating Roe'",
         triggers.rivals_beaten_in_a_win),
    Rule(Stage.FIND, "a named person who died with no attack or disaster told beside it died a death: 'X died at home'",
         triggers.natural_deaths),
    Rule(Stage.FIND, "a casualty word beside the attack or disaster it belongs to is no event of its own",
         triggers.drop_weak_mentions),
    Rule(Stage.FIND, "an event called off did not happen; the calling off is the act: 'Acme called off its meeting'",
         triggers.called_off_events),
    Rule(Stage.FIND, "a ceasefire broken is no new accord: 'the rebels broke the truce'",
         triggers.broken_accords),
    Rule(Stage.FIND, "ordering or buying goods named by their model is an order: 'bought 20 Volant V9s'",
         triggers.goods_named_by_their_model),
    Rule(Stage.FIND, "paying a price for a company, a stake in one or a plant buys it: 'pay $9m for a stake in Ortec'",
         triggers.purchases_told_by_their_price),
    Rule(Stage.FIND, "a cut or hike of an amount a body sets told by a noun is an economic act: 'a 10% cut in output'",
         triggers.cuts_in_a_set_amount),
    Rule(Stage.FIND, "a company's results are told by the figure too: 'reported a loss', 'Kestrel lost $1.6 billion'",
         triggers.results_told_by_their_figure),
    Rule(Stage.FIND, "a named actor's act in a verb no type claims: 'the company sold its stake'",
         triggers.acts_of_named_actors),
    Rule(Stage.FIND, "freeing people told as captured releases captives: 'aid workers kidnapped in July were released'",
         triggers.releases_of_captives),
    Rule(Stage.FIND, "a passive with no doer tells again the act of its verb told before: 'warnings were issued'",
         triggers.acts_told_again_in_the_passive),
    Rule(Stage.FIND, "a verb told with the act it was done by is that act: 'retaliated by firing artillery'",
         triggers.acts_told_by_their_means),
    Rule(Stage.FIND, "a named actor's act named by a support verb's object: 'Aeroflot negotiated the purchase'",
         triggers.acts_named_by_objects),
    Rule(Stage.FIND, "an act named by a noun with its doer in its own phrase: 'Ford's withdrawal', 'the search by the navy'",
         triggers.acts_named_with_their_doer),
    Rule(Stage.FIND, "what the sentence says did not happen is no event: 'Ford did not cut jobs'",
         triggers.negated_acts),
    Rule(Stage.FIND, "a legal act asked for has not happened: 'prosecutors sought a 12-year sentence'",
         triggers.legal_acts_sought),
    Rule(Stage.FIND, "an act told as a condition has not happened: 'faces 30 years in prison if convicted'",
         triggers.acts_only_on_a_condition),
    Rule(Stage.FIND, "an event noun under 'may' or 'could' has not happened: 'airbags may fail to deploy in a crash'",
         triggers.acts_only_possible),
    Rule(Stage.FIND, "a rise someone gets is pay, no market move: 'members will get a 5 percent rise'",
         triggers.rises_received),
    Rule(Stage.FIND, "an attack plotted has not happened: 'arrested on suspicion of plotting sabotage attacks'",
         triggers.attacks_only_plotted),
    Rule(Stage.FIND, "an event noun averted or lessened names a kind of event: 'planted trees to reduce flooding'",
         triggers.kinds_of_events_averted),
    Rule(Stage.FIND, "what happens as a rule is a kind of event, none that happened: 'fires are common in India'",
         triggers.kinds_told_as_habits),
    Rule(Stage.FIND, "an act of no type only wanted or hoped for has not happened: 'wants the cost to be shouldered'",
         triggers.acts_only_wished_for),
    Rule(Stage.FIND, "'the strike' after workers went on strike is their strike: one sense per story",
         triggers.one_sense_per_story),
    Rule(Stage.FIND, "a determiner before a trigger of a type named before points back: 'this exchange'",
         triggers.anaphors),
    Rule(Stage.FIND, "an event noun said of an event told before is what it is: 'It was the third such exchange'",
         triggers.events_said_of_an_event),
    Rule(Stage.FIND, "a verb in a relative clause on an event noun tells that event: 'the blaze, which broke out'",
         triggers.events_told_in_their_relative_clause),
    Rule(Stage.FIND, "acts whose pace is raised are a series, of its own: 'have stepped up attacks on the army'",
         triggers.series_stepped_up),
    Rule(Stage.FILL, "a verb's subject does it, its object undergoes it: 'rebels shelled the town', 'X died'",
         roles.verb_subject_and_object),
    Rule(Stage.FILL, "a vote or a measure passed 'in' a legislature is its act, no election: 'failed a vote in the Senate'",
         roles.acts_in_a_legislature),
    Rule(Stage.FILL, "an event noun's possessor, adjective, by/between/of phrase: 'Dupont's arrest'",
         roles.event_noun_modifiers),
    Rule(Stage.FILL, "the subject of the verb whose object is the event noun does it: 'X launched an attack'",
         roles.light_verb_subject),
    Rule(Stage.FILL, "the subject of 'is under' an act undergoes it, of 'is in' talks takes part: 'Acme is under "
         "investigation'", roles.state_the_subject_is_in),
    Rule(Stage.FILL, "whom a deal or order is made with is its other side: 'signed a deal with Korvel'",
         roles.other_side_of_a_deal),
    Rule(Stage.FILL, "whom a contract is won from is its client: 'won an order from Kestrel Airways'",
         roles.client_of_a_contract_won),
    Rule(Stage.FILL, "what an attack or disaster in a passive's by-phrase struck: 'the town was hit by airstrikes'",
         roles.struck_by),
    Rule(Stage.FILL, "an attack in which a verb's subject killed its object: 'rebels killed the general in an ambush'",
         roles.killed_in_attack),
    Rule(Stage.FILL, "a ruling on a thing is done to its owner: 'ruled the government's ban unconstitutional'",
         roles.owner_of_what_was_ruled_on),
    Rule(Stage.FILL, "a lawsuit against a thing is against its owner: 'sued over the ban the council imposed'",
         roles.owner_of_what_was_sued_over),
    Rule(Stage.FILL, "who claims responsibility for an event did it: 'the group claimed responsibility'",
         roles.claimed_responsibility),
    Rule(Stage.FILL, "on/against X is the target, at/in/near a place the place: 'an attack on the airport'",
         roles.prepositional_roles),
    Rule(Stage.FILL, "an attack with no target was done to the named people it killed: 'attacked a convoy, killing X'",
         roles.victims_of_attack),
    Rule(Stage.FILL, "a rise or fall of a company's measure befalls the company: 'Ford sales dropped 42%'",
         roles.owner_of_what_moved),
    Rule(Stage.FILL, "whom a bankruptcy befalls is the one whose clause goes into it: 'Acme filed for bankruptcy'",
         roles.bankrupt_company),
    Rule(Stage.FILL, "who is called the winner of a contest won it: 'declared Ruto the winner of the election'",
         roles.winner_of_contest),
    Rule(Stage.FILL, "whom a resignation leaves is the body of the office: 'resigned as chairman of Acme'",
         roles.body_left),
    Rule(Stage.FILL, "buying or selling a stake in a company is done to it: 'bought a 20% stake in Korvel'",
         roles.company_whose_stake_changes_hands),
    Rule(Stage.FILL, "the company named before the goods ordered makes them: 'bought 16 Volant jets'",
         roles.maker_of_the_goods),
    Rule(Stage.FILL, "a craft's maiden or test flight is its maker's: 'the Boeing 777X made its maiden flight'",
         roles.maker_of_the_craft),
    Rule(Stage.FILL, "a crashing craft, or the maker it is named by, is what crashed, no doer: 'the Cessna went down'",
         roles.craft_is_no_doer),
    Rule(Stage.FILL, "what a company's officer says will be done is the company's: 'its CEO said jobs would be cut'",
         roles.plans_a_companys_officer_announces),
    Rule(Stage.FILL, "a strike is against the company its strikers work for: 'workers at Dornfeld's plant struck'",
         roles.employer_of_strikers),
    Rule(Stage.FILL, "who pays a fine is fined, by whoever orders it: 'ordered him to pay a $5,000 fine'",
         roles.payer_of_a_penalty),
    Rule(Stage.FILL, "an arrest in the passive the police tell of or do with another act is theirs: 'X was arrested, "
         "police said'",
         roles.arrests_the_police_tell_of),
    Rule(Stage.FILL, "doers are the participants of a symmetric event, the agents of any other",
         roles.assign_roles),
    Rule(Stage.FILL, "a sale told with its buyer is the buyer's acquisition: 'sold Chrysler Group to Cerberus'",
         roles.buyer_of_a_sale),
    Rule(Stage.FILL, "'both nations', 'each side' of a symmetric event: the two states last named together",
         roles.pair_named_together),
    Rule(Stage.FILL, "a disaster happens at the named site its verb's subject is: 'the Arpit Hotel caught fire'",
         places.place_of_the_stricken_site),
    Rule(Stage.FILL, "shares that moved on a named exchange moved there: 'fell 2% on the Irish Stock Exchange'",
         places.place_of_the_trading),
    Rule(Stage.FILL, "a place in an in/at/near phrase of the trigger's clause: 'held talks in Geneva'",
         places.place_in_clause),
    Rule(Stage.FILL, "an attack happens where its fire went into: 'fired rockets into northern Zembla'",
         places.place_fired_into),
    Rule(Stage.FILL, "a town's act happens in the town: 'the city of Campinas declared an emergency'",
         places.place_of_the_town_that_acts),
    Rule(Stage.FILL, "an act on works named by their town happens there: 'will close its Dayton plant'",
         places.place_of_the_works_acted_on),
    Rule(Stage.FILL, "a recovery or rescue happens where it took things from: 'recovered from the Banda Sea'",
         places.place_taken_from),
    Rule(Stage.FILL, "forces deployed are where they were sent: 'deployed 400 police officers to Haiti'",
         places.place_forces_were_sent_to),
    Rule(Stage.FILL, "the place that owns what the act is done to, or an election: 'won all 25 of Nevada's delegates'",
         places.place_of_owner),
    Rule(Stage.FILL, "the one place the trigger's sentence locates anything at: 'died at home in Paris'",
         places.place_in_sentence),
    Rule(Stage.FILL, "an act at a person's own premises is in the town the person is from: 'arrested at his school'",
         places.place_of_home),
    Rule(Stage.FILL, "an act happens where its people were just before: 'saved 200 after they were found off Aceh'",
         places.place_of_the_scene),
    Rule(Stage.FILL, "an act in a bare 'before' clause happens where the act it closes did: 'opened fire in Denver "
         "before he was arrested'",
         places.place_of_the_act_it_closed),
    Rule(Stage.FILL, "an attack or disaster happens at the city it struck: 'shelled the town of Goma'",
         places.place_of_struck_target),
    Rule(Stage.FILL, "a time in the trigger's phrase or its clause: 'held talks on Monday'",
         times.time_in_phrase_or_clause),
    Rule(Stage.FILL, "an act told with 'and' after a dated act shares its time: 'in 2027 labeled X and levied "
         "sanctions'",
         times.time_of_the_act_it_is_joined_to),
    Rule(Stage.FILL, "an act in a bare 'before' clause of a dated act takes its day: 'opened fire on Friday "
         "before he was arrested'",
         times.time_of_the_act_it_closed),
    Rule(Stage.FILL, "the one day the trigger's sentence names: 'hours after the vote on Tuesday'",
         times.day_of_sentence),
    Rule(Stage.FILL, "a market move measured from a day's close is in the next session: 'fell 2% from Monday's close'",
         times.session_after_the_close),
    Rule(Stage.JOIN, "what is agreed or urged is content, no event: 'agreed to an exchange'",
         merging.fold_contents),
    Rule(Stage.JOIN, "what talks are held over is their subject, no event: 'talks on a prisoner exchange'",
         merging.fold_what_is_talked_over),
    Rule(Stage.JOIN, "doers named together who each did the act did one act each: 'X and Y suspended their campaigns'",
         merging.one_event_per_doer),
    Rule(Stage.JOIN, "a plural event noun told at places named together is one at each: 'protests in Lyon and Nantes'",
         merging.one_event_per_place),
    Rule(Stage.JOIN, "a weapon of attack that goes off is the attack told by its blast: 'a bomb exploded in Kunar'",
         merging.attacks_told_by_their_blast),
    Rule(Stage.JOIN, "a walkout by lawmakers, delegates or the opposition is a protest: 'opposition MPs walked out'",
         triggers.walkouts_by_members_of_a_body),
    Rule(Stage.JOIN, "the noun that gives a verb its type tells the verb's act: 'won an order for 60 jets'",
         merging.themes_of_their_act),
    Rule(Stage.JOIN, "a figure counts the event nearest to it in the parse: 'the attack killed 12'",
         figures.attach_quantities),
    Rule(Stage.JOIN, "an act is of the kind its verb and object tell: 'sold its shares', 'left the party'",
         triggers.acts_typed_by_what_they_do),
    Rule(Stage.JOIN, "what one party agrees to do is that act: 'Norvik agreed to buy Bellamy Snacks'",
         triggers.acts_agreed_to),
    Rule(Stage.JOIN, "an act of a court, legislature or office holder is of its branch: 'Judge Roe declined it'",
         triggers.acts_typed_by_their_doer),
    Rule(Stage.JOIN, "a leader ousted by soldiers is overthrown: 'the army ousted President Ruiz'",
         triggers.ousters_by_armed_forces),
    Rule(Stage.JOIN, "what a central bank does with a sum of money is lending: "
         "'the Bank of Japan injected ¥1 trillion'",
         triggers.money_handed_out_by_central_banks),
    Rule(Stage.JOIN, "a raid by the police, or told with an arrest, is a search, no attack: 'police raided his home'",
         triggers.raids_by_police),
    Rule(Stage.JOIN, "whom a court or judge frees is released from custody: 'Judge Ruiz freed Tomas Reyes'",
         triggers.releases_by_courts),
    Rule(Stage.JOIN, "who lost to a rival was beaten by it: 'Tunisia lost 1-2 to England', 'won against Italy'",
         triggers.rivals_in_matches),
    Rule(Stage.MERGE, "mentions of one event merge unless they conflict: 'X attacked Goma. The attack ...'",
         merging.merge_mentions),
    Rule(Stage.COMPLETE, "a count of what one kind of event counts goes to one: 'Warren earned 8 delegates'",
         figures.counts_of_their_kind),
    Rule(Stage.COMPLETE, "what happened during or at another event is dated by it: 'apologized during the hearing'",
         context.day_of_the_event_it_happened_during),
    Rule(Stage.COMPLETE, "what is told as days before or after another event is counted from its day: "
         "'two days after the attack'", context.day_counted_from_another_event),
    Rule(Stage.COMPLETE, "an act done to 'the N' counts what measured 'a N' told before: 'a $4 billion contract'",
         figures.figures_of_the_thing_told_before),
    Rule(Stage.COMPLETE, "a count of goods named by their model counts the kind the story names: '18 V9s'",
         figures.goods_counted_by_their_model),
    Rule(Stage.COMPLETE, "what the goods of an order are worth is the order's: 'the jets have a list value of $2 billion'",
         figures.worth_of_the_goods),
    Rule(Stage.COMPLETE, "what a contract is to do counts it: 'won a contract to supply the navy with 40 boats'",
         figures.goods_of_the_undertaking),
    Rule(Stage.COMPLETE, "the size a crowd is put at counts the gathering before it: 'police put the crowd at 20,000'",
         figures.crowds_put_at),
    Rule(Stage.COMPLETE, "people told to have taken part count the gathering told before: '35,000 people took part'",
         figures.crowds_that_took_part),
    Rule(Stage.COMPLETE, "the figures of the deal an act was done in are the act's: "
         "'bought it in a deal worth $8 billion'",
         figures.worth_of_the_deal_it_was_done_in),
    Rule(Stage.COMPLETE, "a term someone faces is the penalty of the charges before: 'he faced up to 30 years'",
         figures.terms_faced),
    Rule(Stage.COMPLETE, "a release counts the term it cut short: 'served 8 years of a 35-year sentence before a pardon'",
         figures.terms_cut_short),
    Rule(Stage.COMPLETE, "an undated event goes on about the episode dated in the sentence before",
         context.day_of_previous_sentence),
    Rule(Stage.COMPLETE, "an undated event told as past news takes the day of the episode dated before it",
         context.day_of_the_story),
    Rule(Stage.COMPLETE, "an undated market move takes the day of the move dated before it: the session's day",
         context.day_of_the_trading_session),
    Rule(Stage.COMPLETE, "an undated market move in a report that names no day is of the day of publication",
         context.day_of_a_market_report),
    Rule(Stage.COMPLETE, "an attack (a show of force) with no doer is by the doer of the one before it",
         context.attacker_of_earlier_attack),
    Rule(Stage.COMPLETE, "an interception with no interceptor is by the attacked state or its force",
         context.defender_intercepts),
    Rule(Stage.COMPLETE, "talks or an exchange with one party are between the parties of the one before",
         context.parties_of_earlier_meeting),
    Rule(Stage.COMPLETE, "an order with no maker is placed with the maker told winning orders before it",
         context.supplier_of_orders_told_before),
    Rule(Stage.COMPLETE, "job cuts or closures with no employer are by the company whose business act came just before",
         context.employer_of_cuts_told_before),
    Rule(Stage.COMPLETE, "a ruling with no defendant is of the case just told: 'X was arrested. A court set bail'",
         roles.defendant_of_the_case),
    Rule(Stage.COMPLETE, "the lead's main event takes the lead's day: 'On Tuesday, voters ... went to the polls'",
         context.day_of_lead),
    Rule(Stage.COMPLETE, "a match is played where its two sides meet again in the article: 'faced Norway at X Stadium'",
         places.place_of_the_match_told_again),
    Rule(Stage.COMPLETE, "a verdict is handed down where the trial was held: 'The trial was held in Lyon'",
         places.place_of_the_trial),
    Rule(Stage.COMPLETE, "the lead's main event takes the lead's place: 'On Tuesday in Lyon, ... a protest'",
         context.place_of_lead),
    Rule(Stage.COMPLETE, "an act with no doer is by the group the act names: 'the protest' and 'protesters'",
         context.doers_named_by_the_act),
    Rule(Stage.COMPLETE, "a state's domestic act happens in that state: 'Germany banned the airline'",
         places.place_in_own_country),
    Rule(Stage.COMPLETE, "an office holder's death happens in the state of the office: 'the Emir of Qatar died'",
         places.place_of_office_holders_death),
    Rule(Stage.COMPLETE, "an event with no place happens where the first paragraph sets the story",
         places.place_in_setting),
    Rule(Stage.COMPLETE, "a boycott happens when and where the event it stays away from does (once that has both)",
         context.time_and_place_of_the_event_boycotted),
    Rule(Stage.COMPLETE, "a figure told twice is one figure of the event: 'kill 23' / 'killed at least 23 people'",
         merging.one_figure_told_twice),
)


def rules_of(stage: Stage, rules: tuple[Rule, ...] | None = None) -> list[Rule]:
    """The rules of `stage`, in order (of `rules`, by default of RULES)."""
    return [rule for rule in (RULES if rules is None else rules) if rule.stage is stage]


def find_events(doc: Doc, index: EntityIndex, times: list[FoundTime], quantities: list[FoundQuantity],
                key_prefix: str, published: dt.date | None = None) -> tuple[dict[str, Event], dict[int, str]]:
    """Return the events of `doc` (merged across mentions) and a map trigger token -> event key.

    Runs RULES stage by stage; see the module's docstring.
    """
    r = Reading(doc, index, times, quantities, key_prefix, published=published)
    mentions: list[Mention] = []
    for rule in rules_of(Stage.FIND):
        mentions = rule.apply(r, mentions)
    fill = rules_of(Stage.FILL)
    for m in mentions:
        for rule in fill:
            rule.apply(r, m)
    for rule in rules_of(Stage.JOIN):
        mentions = rule.apply(r, mentions)
    [merge] = rules_of(Stage.MERGE)
    events: dict[str, Event] = merge.apply(r, mentions)
    for rule in rules_of(Stage.COMPLETE):
        rule.apply(r, events)
    return events, r.token_map


def describe(rules: tuple[Rule, ...] | None = None) -> str:
    """The rules as a numbered list, in the order they run: name, family and pattern, under their stage."""
    lines: list[str] = []
    stage = None
    for n, rule in enumerate(RULES if rules is None else rules, start=1):
        if rule.stage is not stage:
            stage = rule.stage
            lines.append(f"{stage.name}: {stage.value}")
        lines.append(f"  {n:2}. {rule.name:27} {rule.family:8} {rule.pattern}")
    return "\n".join(lines)
