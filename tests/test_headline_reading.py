"""A JSON Lines record's title read as its headline, where its text does not open with it.

Most feeds keep the title in its own field and start the text with the lead: kg reads the title, on
one line, before the text, so what only the headline tells is found. The graph's offsets still point
into the text as given (nkg:content); a mention in the headline carries nkg:inHeadline and points
into nkg:headline. The sentences are written for these tests, with made-up names.
"""

from __future__ import annotations

import json

from events_of import events_of

from kg.records import Article

TITLE = "Floods kill 12 in Velmar province"
TEXT = ("Rescue teams searched villages along the river on Tuesday after days of heavy rain.\n\n"
        "Governor Anna Keller said the army would send boats to the flooded towns.")
NKG = "https://w3id.org/newskg/ontology#"


def record(**fields) -> Article:
    """The article of one JSON Lines record, as `kg ingest` reads it."""
    from kg.reader import parse_jsonl

    [article] = parse_jsonl(json.dumps({"id": "velmar", "date": "2025-03-14", **fields}), source="news.jsonl")
    return article


def mentions(facts) -> set[tuple[int, int, str, bool]]:
    """Every mention the graph of `facts` gives: begin, end, anchor and whether it is in the headline."""
    from kg.mapping import facts_to_quads

    by_node: dict[str, dict[str, str]] = {}
    for q in facts_to_quads(facts):
        if q.predicate.value in (f"{NKG}begin", f"{NKG}end", f"{NKG}anchor", f"{NKG}inHeadline"):
            by_node.setdefault(q.subject.value, {})[q.predicate.value.removeprefix(NKG)] = q.object.value
    return {(int(m["begin"]), int(m["end"]), m["anchor"], m.get("inHeadline") == "true") for m in by_node.values()}


def test_an_event_told_only_in_a_headline_the_text_does_not_repeat_is_found(nlp):
    from kg.extraction import extract

    facts = extract(record(title=TITLE, text=TEXT), nlp)
    [flood] = events_of(facts, "Flood")
    assert [facts.quantities[k].value for k in flood.quantities] == [12]


def test_the_texts_mentions_keep_their_offsets_whether_the_title_is_read_or_not(nlp):
    from kg.extraction import extract

    with_title = mentions(extract(record(title=TITLE, text=TEXT), nlp))
    without = mentions(extract(record(text=TEXT), nlp))
    assert {m for m in with_title if not m[3]} == without
    assert all(TEXT[b:e] == anchor for b, e, anchor, _ in without)


def test_headline_mentions_are_marked_in_the_store_and_point_into_the_headline(tmp_path):
    import kg

    path = tmp_path / "news.jsonl"
    path.write_text(json.dumps({"id": "velmar", "date": "2025-03-14", "title": TITLE, "text": TEXT}) + "\n",
                    encoding="utf-8")
    with kg.open_store(tmp_path / "store") as store:
        kg.ingest([str(path)], store=store)
        rows = kg.query("""PREFIX nkg: <https://w3id.org/newskg/ontology#>
            SELECT ?h ?b ?e ?a ?in WHERE { GRAPH ?g { ?g nkg:headline ?h . ?m nkg:article ?g ;
                nkg:begin ?b ; nkg:end ?e ; nkg:anchor ?a ; nkg:inHeadline ?in } }""", store=store).rows
    found = {str(a.value) for _, _, _, a, _ in rows}
    assert {"Floods", "12"} <= found
    for headline, b, e, anchor, inside in rows:
        assert inside.value == "true"
        assert headline.value[int(b.value):int(e.value)] == anchor.value


def test_the_view_shows_a_headline_mention_in_the_headline(tmp_path):
    import kg
    from kg.exports.html import _sentences

    path = tmp_path / "news.jsonl"
    path.write_text(json.dumps({"id": "velmar", "date": "2025-03-14", "title": TITLE, "text": TEXT}) + "\n",
                    encoding="utf-8")
    with kg.open_store(tmp_path / "store") as store:
        kg.ingest([str(path)], store=store)
        [node] = [r[0].value for r in kg.query("""PREFIX nkg: <https://w3id.org/newskg/ontology#>
            SELECT ?q WHERE { GRAPH ?g { ?q a nkg:Quantity ; nkg:value 12 } }""", store=store).rows]
        [shown] = _sentences(store, {node})[node]
    assert (shown["before"], shown["anchor"], shown["after"]) == ("Floods kill ", "12", " in Velmar province")


def test_a_text_that_opens_with_its_title_is_not_given_it_twice():
    article = record(title="Floods  kill 12\tin Velmar province", text="  " + TITLE + "\n" + TEXT)
    assert (article.read_text, article.headline_offset) == (article.text, 0)


def test_a_title_that_ends_inside_the_texts_first_word_is_read_before_the_text():
    article = record(title="Velmar", text="Velmarians voted on Sunday.")
    assert article.read_text == "Velmar\n\nVelmarians voted on Sunday."


def test_a_title_on_several_lines_is_read_as_one_headline_line():
    article = record(title="Floods kill 12\nin  Velmar\r\nprovince ", text=TEXT)
    assert article.read_text == f"{TITLE}\n\n{TEXT}"
    assert article.headline == TITLE


def test_kg_eval_scores_the_texts_names_at_their_offsets_and_leaves_the_headlines_out(nlp):
    from kg.evaluate import evaluate

    start = TEXT.index("Anna Keller")
    gold = {"id": "velmar", "title": "Governor Anna Keller orders boats to Velmar", "text": TEXT,
            "entities": [{"start": start, "end": start + len("Anna Keller"), "type": "PER", "text": "Anna Keller"}]}
    scores = evaluate([gold], nlp=nlp, baseline=False).kg["entities.strict"]
    assert (scores.tp_pred, scores.pred, scores.tp_gold, scores.gold) == (1, 1, 1, 1)


def test_titled_articles_parsed_in_one_batch_read_as_each_alone(nlp):
    # the headlines go through the model in the batches of the texts, not one call each
    from kg.extraction import extract, extract_each

    titled = [record(title=TITLE, text=TEXT),
              Article(id="b", title="Court jails Velmar mayor for fraud",
                      text="A court in Velmar on Monday sentenced mayor Piet Laan to six years in prison."),
              Article(id="c", text="Strike halts Velmar port\n\nDockers walked out on Friday.")]
    batched = list(extract_each(titled, nlp, batch_size=2))
    for article, facts in zip(titled, batched):
        alone = extract(article, nlp)
        assert [(e.type, e.mentions) for e in facts.events.values()] == \
            [(e.type, e.mentions) for e in alone.events.values()]
        assert {k: e.mentions for k, e in facts.entities.items()} == {k: e.mentions for k, e in alone.entities.items()}
