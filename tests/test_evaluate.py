"""`kg eval`: precision, recall and F1 per category against gold, side by side with the bare model."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from conftest import DATA, run_kg
from kg.evaluate import Score, evaluate, is_name, read_gold


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
