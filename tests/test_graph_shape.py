"""Every article graph conforms to the SHACL shapes, and every mention points at its exact text."""

from __future__ import annotations

import pytest
import rdflib

from kg.mapping import facts_to_quads
from kg.resources import ontology_text


def graph_of(quads) -> rdflib.Graph:
    from pyoxigraph import RdfFormat, serialize

    g = rdflib.Graph()
    g.parse(data=serialize([q.triple for q in quads], format=RdfFormat.N_TRIPLES).decode(), format="nt")
    return g


def conforms(data: rdflib.Graph) -> tuple[bool, str]:
    from pyshacl import validate

    shapes = rdflib.Graph().parse(data=ontology_text("shapes.ttl"), format="turtle")
    ontology = rdflib.Graph().parse(data=ontology_text(), format="turtle")
    ok, _, text = validate(data, shacl_graph=shapes, ont_graph=ontology, inference="none")
    return ok, text


def test_ontology_and_shapes_parse_as_turtle():
    assert len(rdflib.Graph().parse(data=ontology_text(), format="turtle")) > 300
    assert len(rdflib.Graph().parse(data=ontology_text("shapes.ttl"), format="turtle")) > 50


def test_seed_article_graph_conforms_to_the_shapes(seed_facts):
    ok, report = conforms(graph_of(facts_to_quads(seed_facts)))
    assert ok, report


def test_corpus_article_graphs_conform_to_the_shapes(corpus_articles, nlp):
    from kg.extraction import extract_many

    for facts in extract_many(corpus_articles, nlp):
        ok, report = conforms(graph_of(facts_to_quads(facts)))
        assert ok, f"{facts.article.id}: {report}"


def test_every_event_type_has_a_label_and_triggers_and_cameo_codes_where_known():
    from kg.taxonomy import taxonomy

    g = rdflib.Graph().parse(data=ontology_text(), format="turtle")
    nkg = rdflib.Namespace("https://w3id.org/newskg/ontology#")
    skos = rdflib.Namespace("http://www.w3.org/2004/02/skos/core#")
    types = taxonomy()
    assert {"PrisonerExchange", "Negotiation", "Agreement", "Attack", "Interception", "Appeal", "Sanction",
            "Casualty"} <= set(types)
    for name in types:
        assert (nkg[name], rdflib.RDFS.label, None) in g
    assert str(g.value(nkg.Attack, skos.notation)) == "190"


@pytest.mark.parametrize("source", ["seed", "corpus"])
def test_every_mention_anchor_is_the_text_at_its_offsets(source, seed_facts, corpus_articles, nlp):
    from kg.extraction import extract_many

    all_facts = [seed_facts] if source == "seed" else list(extract_many(corpus_articles, nlp))
    checked = 0
    for facts in all_facts:
        g = graph_of(facts_to_quads(facts))
        rows = g.query("""PREFIX nkg: <https://w3id.org/newskg/ontology#>
            SELECT ?b ?e ?a WHERE { ?m a nkg:Mention ; nkg:begin ?b ; nkg:end ?e ; nkg:anchor ?a }""")
        for b, e, a in rows:
            assert facts.article.text[int(b):int(e)] == str(a)
            checked += 1
    assert checked > 50


def test_a_graph_with_mentions_in_a_headline_the_text_does_not_repeat_conforms_and_slices_it(nlp):
    from kg.extraction import extract
    from kg.records import Article

    article = Article(id="titled", title="Floods kill 12 in Velmar province",
                      text="Rescue teams searched villages on Tuesday. Governor Anna Keller sent boats.")
    g = graph_of(facts_to_quads(extract(article, nlp)))
    ok, report = conforms(g)
    assert ok, report
    rows = list(g.query("""PREFIX nkg: <https://w3id.org/newskg/ontology#>
        SELECT ?b ?e ?a ?in WHERE { ?m a nkg:Mention ; nkg:begin ?b ; nkg:end ?e ; nkg:anchor ?a .
                                    OPTIONAL { ?m nkg:inHeadline ?in } }"""))
    assert any(i is not None for *_, i in rows) and any(i is None for *_, i in rows)
    for b, e, a, i in rows:
        assert (article.headline if i is not None and i.toPython() else article.text)[int(b):int(e)] == str(a)


def test_every_extracted_resource_has_a_mention(seed_facts):
    g = graph_of(facts_to_quads(seed_facts))
    rows = g.query("""PREFIX nkg: <https://w3id.org/newskg/ontology#>
        SELECT ?x WHERE { ?x a ?c . FILTER (?c IN (nkg:Event, nkg:Statement, nkg:Quantity, nkg:TimeExpression, nkg:Person, nkg:Organization))
                          FILTER NOT EXISTS { ?x nkg:mention ?m } }""")
    assert list(rows) == []


def test_text_with_quotes_backslashes_and_line_breaks_survives_the_mapping_exactly(nlp):
    from kg.extraction import extract
    from kg.records import Article

    text = ('Talks in Geneva\r\n\r\n"We will not yield," the minister said of the C:\\temp "plan".\n'
            "Ukraine and Russia met in Istanbul.\ttabs\u00a0and \u201ccurly\u201d quotes stay.")
    quads = facts_to_quads(extract(Article(id="escapes", text=text), nlp))
    content = [q.object.value for q in quads if q.predicate.value.endswith("#content")]
    anchors = {q.object.value for q in quads if q.predicate.value.endswith("#anchor")}
    assert content == [text]
    assert {"Geneva", "Istanbul"} <= anchors


def test_an_event_dated_by_a_month_spans_its_first_to_its_last_day(extract_text):
    import datetime as dt

    facts = extract_text("News\n\nFormer minister Paul Okafor was arrested in February, police said.",
                         date=dt.date(2024, 5, 2))
    g = graph_of(facts_to_quads(facts))
    rows = list(g.query("""PREFIX nkg: <https://w3id.org/newskg/ontology#>
        SELECT ?d ?s ?e WHERE { ?ev a nkg:Arrest ; nkg:date ?d ; nkg:startDate ?s ; nkg:endDate ?e }"""))
    assert [(str(d), str(s), str(e)) for d, s, e in rows] == [("2024-02", "2024-02-01", "2024-02-29")]


def test_an_event_dated_by_a_year_spans_its_first_to_its_last_day(extract_text):
    import datetime as dt

    facts = extract_text("News\n\nFormer minister Paul Okafor stepped down in 2021, officials said.",
                         date=dt.date(2024, 5, 2))
    g = graph_of(facts_to_quads(facts))
    rows = list(g.query("""PREFIX nkg: <https://w3id.org/newskg/ontology#>
        SELECT ?d ?s ?e WHERE { ?ev a nkg:Resignation ; nkg:date ?d ; nkg:startDate ?s ; nkg:endDate ?e }"""))
    assert [(str(d), str(s), str(e)) for d, s, e in rows] == [("2021", "2021-01-01", "2021-12-31")]


def test_a_day_inferred_from_words_that_name_none_is_marked_inferred(extract_text):
    import datetime as dt

    facts = extract_text("News\n\nThe Veltmark index fell three percent from Monday's closing price.",
                         date=dt.date(2031, 3, 12))
    g = graph_of(facts_to_quads(facts))
    rows = list(g.query("""PREFIX nkg: <https://w3id.org/newskg/ontology#>
        SELECT ?d ?i WHERE { ?ev a nkg:MarketMove ; nkg:time ?t . ?t nkg:date ?d .
                             OPTIONAL { ?t nkg:inferred ?i } }"""))
    assert [(str(d), i is not None and i.toPython()) for d, i in rows] == [("2031-03-11", True)]
