"""Events: typed by the ontology's taxonomy, with roles, place and time from the parse.

The extraction is an ordered list of small named rules (`RULES` in pipeline.py), each in the module
of its family: triggers.py (which words signal events), roles.py (agents, participants, targets),
places.py, times.py, figures.py (which event a count counts), merging.py (folding contents, merging
mentions into events) and context.py (what the article around a sentence tells). mention.py holds
what the rules pass along, phrases.py what they read from words and phrases.

List the rules in the order they run with ``python -m kg.extraction.events``.
"""

from __future__ import annotations

from kg.extraction.events.pipeline import RULES, Rule, Stage, describe, find_events, rules_of

__all__ = ["RULES", "Rule", "Stage", "describe", "find_events", "rules_of"]
