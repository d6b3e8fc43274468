"""`kg eval`: precision, recall and F1 per category against gold, side by side with the bare model."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from conftest import DATA, run_kg
from kg.errors import InputError
from kg.evaluate import (EventView, Named, Score, StatementView, evaluate, event_scores, is_name, model_events,
                         newsgold_scores, read_gold, read_newsgold)


def test_score_computes_precision_recall_and_f1():
    s = Score(tp_pred=3, pred=4, tp_gold=3, gold=6)
    assert (s.precision, s.recall, round(s.f1, 4)) == (0.75, 0.5, 0.6)


@pytest.mark.parametrize("text, expected", [
    ("Boeing", True), ("the United States Air Force", True), ("Major general Fuad Basya", True),
    ("all-girl Afghan team", False), ("they", False), ("the competition site", False),
])
def test_only_proper_names_count_as_names(text, expected):
    assert is_name(text) is expected


def test_perfect_prediction_scores_one(nlp):
    text = "Rain\n\nFrench President Emmanuel Macron visited Berlin on Monday."
    record = {"id": "t", "corpus": "test", "date": "2024-05-08", "text": text,
              "entities": [{"text": "Emmanuel Macron", "type": "PER", "start": text.index("Emmanuel"),
                            "end": text.index(" visited"), "syntactic_type": "NAM"},
                           {"text": "Berlin", "type": "LOC", "start": text.index("Berlin"),
                            "end": text.index("Berlin") + 6, "syntactic_type": "NAM"}],
              "timex": [{"text": "Monday", "type": "DATE", "value": "2024-05-06", "start": text.index("Monday"),
                         "end": text.index("Monday") + 6}]}
    report = evaluate([record], nlp=nlp)
    assert report.kg["entities.strict"].f1 == 1.0
    assert report.kg["dates"].recall == 1.0


def test_report_has_every_category_for_kg_and_the_baseline(nlp):
    report = evaluate(read_gold(DATA / "gold-sample.jsonl"), nlp=nlp)
    for category in ("entities.lenient", "entities.strict", "dates", "quantities", "statements", "quotations"):
        assert category in report.kg and category in report.baseline
    assert report.kg["statements"].tp_gold > report.baseline["statements"].tp_gold == 0


def test_cli_prints_json_with_both_systems(tmp_path):
    done = run_kg("eval", str(DATA / "gold-sample.jsonl"), "--json")
    assert done.returncode == 0, done.stderr.decode()
    [report] = json.loads(done.stdout)
    assert set(report) == {"corpus", "articles", "kg", "baseline"}
    assert report["kg"]["entities.lenient"]["f1"] is not None


def test_cli_on_a_missing_gold_file_is_a_one_line_error(tmp_path):
    done = run_kg("eval", str(tmp_path / "none.jsonl"))
    assert done.returncode != 0 and done.stderr.decode().startswith("Error:")


# ------------------------------------------------------------------ events on MEANTIME-style gold

EVENT_TEXT = "Acme bought Beta. Acme sold Gamma on Monday. Zeta closed a plant."
REGION_END = EVENT_TEXT.index(" Zeta")


def _at(word: str, nth: int = 0) -> tuple[int, int]:
    start = -1
    for _ in range(nth + 1):
        start = EVENT_TEXT.index(word, start + 1)
    return start, start + len(word)


def _gold_event(trigger: str, nth: int = 0, *, times: list | None = None) -> dict:
    b, e = _at(trigger)
    ab, ae = _at("Acme", nth)
    return {"trigger": trigger, "start": b, "end": e, "type": "OTHER", "times": times or [],
            "participants": [{"text": "Acme", "start": ab, "end": ae, "role": "Arg0", "kind": "entity"}]}


EVENT_RECORD = {"id": "e", "text": EVENT_TEXT, "annotated_regions": [[0, REGION_END]],
                "events": [_gold_event("bought"),
                           _gold_event("sold", 1, times=[{"value": "2024-05-06", "reltype": "IS_INCLUDED"}])]}


def _view(word: str, **roles) -> EventView:
    b, e = _at(word)
    return EventView(mentions=[(b, e, word)], **roles)


def test_trigger_precision_counts_our_mentions_inside_the_annotated_regions():
    scores = event_scores(EVENT_RECORD, [_view("bought"), _view("Beta"), _view("closed")])
    assert (scores["events.trigger"].tp_pred, scores["events.trigger"].pred) == (1, 2)


def test_agent_is_right_by_an_overlapping_mention_or_a_shared_name_word():
    by_name = _view("bought", agents=[Named("Acme Corp.")])
    by_span = _view("sold", agents=[Named("the buyer", spans=(_at("Acme", 1),))])
    wrong = _view("sold", agents=[Named("Zeta", spans=(_at("Zeta"),))])
    scores = event_scores(EVENT_RECORD, [by_name, by_span, wrong])
    assert (scores["events.agent"].tp_pred, scores["events.agent"].pred) == (2, 3)


def test_date_accuracy_counts_only_events_whose_gold_event_has_a_day():
    scores = event_scores(EVENT_RECORD, [_view("bought", date="2024-05-06"), _view("sold", date="2024-05-06")])
    assert (scores["events.date"].tp_pred, scores["events.date"].pred) == (1, 1)


def test_agentive_recall_needs_the_trigger_and_on_the_agent_row_the_agent():
    scores = event_scores(EVENT_RECORD, [_view("bought"), _view("sold", agents=[Named("Acme")])])
    assert scores["events.trigger"].recall == 1.0
    assert scores["events.agent"].recall == 0.5


def test_no_event_rows_where_the_gold_events_have_no_participants():
    assert event_scores({"id": "g", "text": EVENT_TEXT, "events": []}, [_view("bought")]) == {}


def test_baseline_makes_an_event_of_each_verb_with_a_named_subject(nlp):
    events = model_events(nlp("Boeing built a new plant in Texas. The company hired 300 workers."))
    found = [(e.mentions[0][2], [a.name for a in e.agents], e.types) for e in events]
    assert found == [("built", ["Boeing"], frozenset())]


def test_meantime_gold_gets_event_rows_for_kg_and_the_baseline(nlp):
    report = evaluate(read_gold(DATA / "gold-sample.jsonl"), nlp=nlp)
    for category in ("events.trigger", "events.agent", "events.date"):
        assert category in report.kg and category in report.baseline
    assert report.kg["events.trigger"].pred > 0 and report.kg["events.trigger"].gold > 0


# ------------------------------------------------------------------ newsgold

NEWSGOLD = DATA / "newsgold"
NEWS = {"corpus_id": "n", "actors": [{"name": "Northwind Foods", "aliases": ["Northwind"]},
                                     {"name": "Harbour Grocers"}, {"name": "Anna Berg", "aliases": ["Berg"]}],
        "locations": [{"name": "Oslo"}]}


def _news_event(**fields) -> dict:
    return {**NEWS, "events": [{"id": "x", "type": "Acquisition", "trigger": "acquired", **fields}]}


def _candidate(types=("Acquisition", "EconomicEvent", "Event"), anchor="acquired", **roles) -> EventView:
    return EventView(mentions=[(0, len(anchor), anchor)], types=frozenset(types), **roles)


def test_newsgold_counts_an_event_of_a_subclass_of_the_gold_type():
    gold = {**NEWS, "events": [{"id": "x", "type": "EconomicEvent", "trigger": "bought"}]}
    scores = newsgold_scores(gold, [], [_candidate()], [])
    assert scores["events"].recall == 1.0 and scores["events.trigger"].recall == 0.0


def test_newsgold_reads_the_fields_on_the_candidate_right_in_most_of_them():
    gold = _news_event(date="2024-03-12", agent="Northwind")
    first = _candidate()
    best = _candidate(agents=[Named("Northwind Foods")], start="2024-03-11", end="2024-03-13")
    scores = newsgold_scores(gold, [], [first, best], [])
    assert (scores["events.date"].recall, scores["events.agent"].recall) == (1.0, 1.0)


def test_newsgold_agent_precision_wants_every_agent_to_be_the_gold_one():
    gold = _news_event(agent="Northwind Foods")
    scores = newsgold_scores(gold, [], [_candidate(agents=[Named("Northwind"), Named("Reuters")])], [])
    assert (scores["events.agent"].recall, scores["events.agent"].precision) == (1.0, 0.0)


def test_newsgold_bare_model_finds_no_typed_event_but_its_triggers_count():
    scores = newsgold_scores(_news_event(), [], [_candidate(types=())], [], typed=False)
    assert (scores["events"].recall, scores["events.trigger"].recall) == (0.0, 1.0)


def test_newsgold_figure_needs_the_value_and_a_unit_of_the_same_kind():
    gold = _news_event(quantities=[{"value": 120000000, "unit": "dollar"}, {"value": 45, "unit": "store"},
                                   {"value": 30, "unit": "age"}])
    scores = newsgold_scores(gold, [], [_candidate(figures=[(120000000.0, "USD"), (45.0, "employee")])], [])
    assert (scores["events.figures"].tp_gold, scores["events.figures"].gold) == (1, 2)


def test_newsgold_statement_needs_speaker_quotation_flag_and_snippet():
    gold = {**NEWS, "statements": [{"speaker": "Anna Berg", "direct": True, "cue": "say",
                                    "contains": "We expect the stores to stay open"}]}
    said = "We expect the stores to stay open, all of them."
    right = StatementView(said, True, Named("Berg"))
    reported = StatementView(said, False, Named("Anna Berg"))
    assert newsgold_scores(gold, [], [], [reported])["statements"].recall == 0.0
    assert newsgold_scores(gold, [], [], [right])["statements"].recall == 1.0


def test_newsgold_actors_and_locations_match_any_name_of_the_right_kind():
    named = [Named("Northwind", actor=True), Named("Oslo", actor=True)]
    scores = newsgold_scores(NEWS, named, [], [])
    assert (scores["actors"].tp_gold, scores["locations"].tp_gold) == (1, 0)


def test_read_newsgold_takes_the_texts_beside_the_gold_folder():
    for path in (NEWSGOLD, NEWSGOLD / "gold"):
        pairs = read_newsgold(path)
        assert len(pairs) == 2 and all(text["id"] == gold["corpus_id"] and text["text"] for gold, text in pairs)


def test_read_newsgold_names_a_gold_file_whose_article_has_no_text(tmp_path):
    (tmp_path / "gold").mkdir()
    (tmp_path / "gold" / "a.json").write_text(json.dumps({"corpus_id": "missing"}))
    (tmp_path / "articles.jsonl").write_text(json.dumps({"id": "other", "text": "Text."}) + "\n")
    with pytest.raises(InputError, match="a.json: article 'missing'"):
        read_newsgold(tmp_path)


def test_cli_scores_a_newsgold_directory_for_both_systems():
    done = run_kg("eval", str(NEWSGOLD), "--json")
    assert done.returncode == 0, done.stderr.decode()
    [report] = json.loads(done.stdout)
    assert report["articles"] == 2 and set(report["summary"]) == {"kg", "baseline"}
    assert report["kg"]["events"]["recall"] > report["baseline"]["events"]["recall"] == 0.0
