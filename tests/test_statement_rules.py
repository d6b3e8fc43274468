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
