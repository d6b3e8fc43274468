"""Statements: direct quotations and reported speech, each with its speaker, cue and topic.

Quotations are found in the text (curly or straight quotes, unclosed ones running to the end of
the paragraph); their speaker is the subject of the reporting verb nearest the quote in its
sentence ("...," the ministry added), resolved through references ("the ministry") and pronouns.
Reported speech is a reporting verb's complement ("confirmed that ...", "urged X to ..."),
"according to X" and "as reported by X". Scare quotes (three words or fewer) are not statements.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from spacy.tokens import Doc, Token

from kg.extraction import lexicon
from kg.extraction.entities import NON_ACTOR_KINDS, EntityIndex
from kg.extraction.parsed import parsed, sent_start, sentence, tokens, tree_distance
from kg.extraction.quantities import FoundQuantity
from kg.extraction.references import holder_of_the_states_office, person_antecedent, surnamed_person, titled_person
from kg.records import Span, Statement

_QUOTE_PAIRS = (("“", "”"), ('"', '"'), ("«", "»"))
MIN_QUOTE_WORDS = 4


@dataclass
class _Quote:
    begin: int  # character offsets of the quoted words, without the quote marks
    end: int


@lru_cache(maxsize=4)
def quote_spans(text: str) -> tuple[tuple[int, int], ...]:
    """The character spans of the quotations of `text` (`find_quotes`), found once per article for the
    rules that only ask whether a word stands inside one."""
    return tuple((q.begin, q.end) for q in find_quotes(text))


def find_quotes(text: str) -> list[_Quote]:
    """Return the quotations of `text`: balanced pairs, and unclosed ones up to the paragraph's end.

    A quotation left open at a paragraph's end goes on in the next one: reopened there with a
    quote mark (the usual style), or closed there by a quote mark that opens nothing. Two
    apostrophes typed for a double quote mark ("''We will ...,\" he said") are one: read as two
    marks, they would pair every later quotation of the paragraph with the wrong mark.
    """
    quotes: list[_Quote] = []
    source = text
    text = text.replace("''", '" ')  # the same length: offsets stay those of `source`

    def trimmed(begin: int, end: int) -> tuple[int, int]:
        while begin < end and text[begin].isspace():
            begin += 1
        while end > begin and text[end - 1].isspace():
            end -= 1
        return begin, end

    def add(begin: int, end: int) -> _Quote | None:
        begin, end = trimmed(begin, end)
        if end <= begin:
            return None
        quotes.append(_Quote(begin, end))
        return quotes[-1]

    for opener, closer in _QUOTE_PAIRS:
        carried: _Quote | None = None  # the quotation the paragraph before ended inside
        para_start = 0
        while para_start <= len(text):
            para_end = text.find("\n", para_start)
            para_end = len(text) if para_end < 0 else para_end
            if not text[para_start:para_end].strip():  # blank lines between paragraphs
                para_start = para_end + 1
                continue
            pos = para_start
            if carried and not text[para_start:para_end].lstrip().startswith(opener):
                first_close = text.find(closer, para_start, para_end)
                first_open = text.find(opener, para_start, para_end) if opener != closer else -1
                closes_first = first_close >= 0 and (first_open < 0 or first_close < first_open)
                if closes_first and opener == closer:
                    # A straight mark closes when it follows a word and precedes a space or the end.
                    after = text[first_close + 1:first_close + 2]
                    closes_first = first_close > para_start and not text[first_close - 1].isspace() \
                        and (not after or after.isspace() or after in ",.;:!?)")
                if closes_first:
                    # one quotation across the break
                    carried.end = max(carried.end, trimmed(para_start, first_close)[1])
                    pos = first_close + 1
            carried = None
            while True:
                start = text.find(opener, pos, para_end)
                if start < 0:
                    break
                stop = text.find(closer, start + 1, para_end)
                if stop < 0:
                    carried = add(start + 1, para_end)  # runs to the paragraph's end, maybe beyond
                    break
                add(start + 1, stop)
                pos = stop + 1
            para_start = para_end + 1
    # Curly single quotes as quotation marks, not apostrophes: ‘ after a space, ’ before one.
    for m in re.finditer(r"(?:(?<=\s)|^)‘([^‘’\n]+?)’(?=[\s,.;:!?)]|$)", source, flags=re.M):
        quotes.append(_Quote(m.start(1), m.end(1)))
    quotes.sort(key=lambda q: q.begin)
    return [q for q in quotes if len(source[q.begin:q.end].split()) >= MIN_QUOTE_WORDS]


def find_statements(doc: Doc, index: EntityIndex, event_tokens: dict[int, str],
                    quantities: list[FoundQuantity], key_prefix: str,
                    dateline: tuple[int, int] | None = None) -> dict[str, Statement]:
    """Return the statements of `doc`: direct quotations and reported speech, in text order.

    A quotation with no reporting verb of its own continues the statement before it, reported
    speech included ("Roe admitted she had skipped class. 'It was worth it.'").
    `dateline` is the character span of the article's dateline, never part of what was said.
    """
    text = parsed(doc).text
    out: list[Statement] = []
    quotes = find_quotes(text)
    quoted_tokens: set[int] = set()
    blocks = _block_quotes(doc, index, text, quotes)
    spans = []
    for q in quotes:
        span = doc.char_span(q.begin, q.end, alignment_mode="expand")
        if span is None:
            continue
        quoted_tokens.update(range(span.start, span.end))
        spans.append((q, span))
    for begin, end, speaker, cue in blocks:
        span = doc.char_span(begin, end, alignment_mode="expand")
        quoted_tokens.update(range(span.start, span.end))
        out.append(_direct(text, begin, end, span, cue, speaker, event_tokens))
    p = parsed(doc)
    cues = _cue_lemmas()
    for tok, pos, low, lemma in zip(p.tokens, p.pos, p.lowers, p.lemmas):
        if (pos not in ("NOUN", "VERB") or lemma not in cues) and low != "according" or tok.i in quoted_tokens:
            continue  # what _reported would turn down, turned down before calling it
        found = _reported(doc, tok, index, quoted_tokens)
        if found is None:
            continue
        cue_text, cue_tok, speaker_key, content = found
        if dateline:
            content = _trim([t for t in content if not dateline[0] <= t.idx < dateline[1]])
        words = [t for t in content if not t.is_punct]
        if len(words) < 2:
            continue
        begin, end = content[0].idx, content[-1].idx + len(content[-1].text)
        body = _joined(content)
        stmt = Statement(key="", text=body, mention=Span(begin, end, text[begin:end]), direct=False, cue=cue_text,
                         speaker=speaker_key, cue_mention=_span_of(cue_tok))
        stmt.about = _about(doc, [t.i for t in content], cue_tok, event_tokens)
        out.append(stmt)
        if cue_text == "according to" or cue_tok.pos_ == "VERB":
            # "according to the ministry and Vyasna", "the district and the police have asserted":
            # each source says it
            others = _according_speakers(cue_tok, index) if cue_text == "according to" \
                else _joint_speakers(cue_tok, index)
            for other in others:
                if other != speaker_key:
                    out.append(Statement(key="", text=body, mention=Span(begin, end, text[begin:end]), direct=False,
                                         cue=cue_text, speaker=other, cue_mention=_span_of(cue_tok), about=stmt.about))
    out = _drop_stances_reported_by_others(out)
    for q, span in spans:
        earlier = sorted((s for s in out if s.mention.end <= q.begin), key=lambda s: s.mention.end)
        cue, speaker = _quote_cue(doc, span.start, span.end, index, earlier)
        out.append(_direct(text, q.begin, q.end, span, cue, speaker, event_tokens))
    out.sort(key=lambda s: s.mention.begin)
    statements: dict[str, Statement] = {}
    for n, stmt in enumerate(out, start=1):
        stmt.key = f"{key_prefix}{n}"
        statements[stmt.key] = stmt
    _attach_quantities(statements, quantities, event_tokens)
    return statements


def _drop_stances_reported_by_others(found: list[Statement]) -> list[Statement]:
    """Statements without a stance told inside what another speaker said: "Dahl added that talks
    broke down after the company refused to meet the demands" is Dahl's account; the refusal she
    reports is no statement of the company's; "Vodafone has agreed to buy TDC, the company said" is one
    statement, the agreeing its content. Speech reported second-hand ("she said the minister denied
    it") stays the minister's statement."""
    def inside_another(s: Statement) -> bool:
        cue = s.cue_mention
        return cue is not None and any(o is not s and o.mention.begin <= cue.begin
                                       and cue.end <= o.mention.end for o in found)
    return [s for s in found if not (s.cue in lexicon.STANCE_VERBS and inside_another(s))]


def _joined(toks: list[Token]) -> str:
    """The words of `toks` as text, a space where words left out joined two ("The visitors, said
    Roe, are" -> "The visitors are")."""
    out = []
    for n, t in enumerate(toks):
        out.append(t.text_with_ws)
        if n + 1 < len(toks) and toks[n + 1].i != t.i + 1 and not t.whitespace_ and not toks[n + 1].is_punct:
            out.append(" ")
    return "".join(out).strip()


def _direct(text: str, begin: int, end: int, span, cue: Token | None, speaker: str | None,
            event_tokens: dict[int, str]) -> Statement:
    """A direct statement of the quoted characters begin..end (`span`: their tokens)."""
    stmt = Statement(key="", text=text[begin:end].strip(" ,"), mention=Span(begin, end, text[begin:end]),
                     direct=True, cue=_cue_text(cue), speaker=speaker, cue_mention=_span_of(cue))
    stmt.about = _about(span.doc, list(range(span.start, span.end)), cue, event_tokens)
    return stmt


def _cue_text(cue: Token | None) -> str:
    if cue is None or cue.lower_ == "words":  # "in the words of X"
        return "say"
    return "according to" if cue.lower_ == "according" else cue.lemma_.lower()


def _span_of(tok: Token | None) -> Span | None:
    return None if tok is None else Span(tok.idx, tok.idx + len(tok.text), tok.text)


# ------------------------------------------------------------------ direct quotations

def _quote_cue(doc: Doc, start: int, end: int, index: EntityIndex,
               earlier: list[Statement]) -> tuple[Token | None, str | None]:
    """The reporting verb of a quotation and its speaker: nearest after the quote, else before."""
    signed = _label_speaker(doc, start, index) or _dash_signature(doc, end, index)
    if signed is not None:
        return None, signed
    sents = {sent_start(doc[start]): sentence(doc[start]), sent_start(doc[end - 1]): sentence(doc[end - 1])}
    lead = _lead(doc, start)
    introduced = lead is not None and lead.text in (",", ":")
    if introduced:  # 'Geingob tweeted, "..."': the parser may start a sentence at the quote
        sents[sent_start(lead)] = sentence(lead)
    tail = _attribution_after(doc, end)
    if tail is not None:  # '"... a trial." Pelosi said.': the full stop inside the quote ends the sentence
        sents[tail.start] = tail
    cands: list[tuple[int, Token, str | None]] = []
    inverted = _inverted_attribution(doc, end, index)
    if inverted is not None:
        cands.append((0, *inverted))
    for sent in sents.values():
        for tok in sent:
            if start <= tok.i < end:
                continue
            if tok.pos_ == "NOUN" and _verb_read_as_noun(tok):
                speaker = next((k for c in tok.children if c.i < tok.i and c.dep_ in ("nmod", "compound", "nsubj")
                                for k in [_entity_of(c, index)] if k), None)
                if speaker:
                    cands.append((start - tok.i + 500, tok, speaker))
                continue
            if tok.pos_ not in ("VERB", "AUX") or tok.lemma_.lower() not in lexicon.CUE_VERBS or _withheld(tok):
                continue
            if tok.tag_ == "VBG" and start <= tok.head.i < end:
                continue  # '"...", citing data': a participle the parser hung inside the quotation
            speaker = _speaker(tok, index, range(start, end))
            after = tok.i >= end
            distance = (tok.i - end) if after else (start - tok.i) + 1000
            relative = tok.dep_ == "relcl" or any(c.lower_ in ("which", "who", "whom") and c.i < tok.i for c in tok.children)
            if relative and doc[start] not in tok.subtree:
                # "X commented -- which the BBC noted as unusual -- '...'": an aside's verb is not
                # the one the quotation belongs to
                distance += 400
            if after and doc[start] not in tok.subtree and any(
                    c.dep_ == "mark" and c.lower_ in _SUBORDINATORS for c in tok.children):
                # 'Roe called it "damning" after the agency recommended ...': a cue in a clause of
                # time or reason after the quotation tells what came before, not who said it
                distance += 1500
            cands.append((distance - (500 if speaker else 0), tok, speaker))
        cands += _according_to(sent, index, exclude=range(start, end), quote_end=end)
        cands += _words_of(sent, index, exclude=range(start, end), quote_end=end)
        cands += _governing_cue(doc[start], index, sent)
    if cands:
        _, cue, speaker = min(cands, key=lambda c: c[0])
        if speaker is None:
            # 'Roe told the paper that Vik "walked in", and told the police ...': a cue with no
            # speaker found gives way to one the quotation is part of what it says
            governing = [c for c in cands if c[2] is not None and doc[start] in c[1].subtree]
            if governing:
                _, cue, speaker = min(governing, key=lambda c: c[0])
        if speaker is not None or cue is not None:
            return cue, speaker
    colon_before = introduced and lead.text == ":"
    if colon_before:
        # 'In his message, he praised the general: "..."': the clause the colon ends introduces it
        # The parser may make the quotation's verb the root: the clause's verb is the highest one
        # before the colon ("X justified the strike as defensive: '...'").
        before = [t for t in sentence(lead) if t.i < lead.i and t.pos_ in ("VERB", "AUX")]
        verb = min(before, key=lambda t: (len(list(t.ancestors)), t.i)) if before else None
        speaker = _speaker(verb, index) if verb is not None else None
        if speaker is not None:
            return verb, speaker
    # A quotation standing alone continues the last speaker of the paragraph or the one before.
    if earlier and (colon_before or _near(doc, earlier[-1].mention.end, doc[start].idx)):
        return None, earlier[-1].speaker
    return None, None


def _inverted_attribution(doc: Doc, end: int, index: EntityIndex) -> tuple[Token, str] | None:
    """'"It is a great day," enthused Scott Fancher': a verb in the past right after a quotation, with
    its subject after it, attributes the quotation whatever the verb (beamed, quipped, gushed), as
    "said Roe" does; only where the subject names a speaker."""
    i = end
    while i < len(doc) and i < end + 3 and (doc[i].is_punct or doc[i].is_quote):
        i += 1
    if i >= len(doc) or i == end or doc[i].pos_ != "VERB" or doc[i].tag_ not in ("VBD", "VBZ"):
        return None
    verb = doc[i]
    subject = next((c for c in verb.children if c.dep_ == "nsubj" and c.i > verb.i), None)
    speaker = _entity_of(subject, index) if subject is not None else None
    return (verb, speaker) if speaker is not None else None


# Conjunctions of subordinate clauses of time, reason and condition.
_SUBORDINATORS = frozenset("after before when while since until because once if although though".split())


def _words_of(sent, index: EntityIndex, exclude: range, quote_end: int) -> list[tuple[int, Token, str | None]]:
    """'in the words of the prosecutor, Ann Roe, "..."': the phrase names who said the quotation,
    ranked as "according to" is."""
    out = []
    for tok in sent:
        if tok.lower_ != "words" or tok.i in exclude or tok.head.lower_ != "in":
            continue
        for prep in tok.children:
            if prep.dep_ == "prep" and prep.lower_ == "of":
                speaker = next((k for p in prep.children if p.dep_ == "pobj"
                                for k in [_entity_of(p, index)] if k), None)
                if speaker:
                    distance = (tok.i - quote_end) if tok.i >= quote_end else 1000
                    out.append((distance - 500, tok, speaker))
    return out


def _verb_read_as_noun(tok: Token) -> bool:
    """A reporting verb the parser took for a plural noun, its speaker for a modifier ("The Norland
    Institute of Science notes, '...'"): a cue verb's -s form right before a comma or colon and
    a quotation mark, with a name before it."""
    doc = tok.doc
    low = tok.lower_
    if not low.endswith("s") or not (low[:-1] in lexicon.CUE_VERBS
                                     or low.endswith("es") and low[:-2] in lexicon.CUE_VERBS):
        return False
    if tok.i + 2 >= len(doc) or doc[tok.i + 1].text not in (",", ":") or not doc[tok.i + 2].is_quote:
        return False
    return any(c.pos_ == "PROPN" and c.i < tok.i for c in tok.children)


def _lead(doc: Doc, start: int) -> Token | None:
    """The token before a quotation's opening mark, over a paragraph break ("tweeted:\n'...'"):
    None when the quotation has no opening mark right before it."""
    if start < 1 or not doc[start - 1].is_quote:
        return None
    j = start - 2
    while j >= 0 and doc[j].is_space:
        j -= 1
    return doc[j] if j >= 0 else None


def _label_speaker(doc: Doc, start: int, index: EntityIndex) -> str | None:
    """The speaker a transcript names before a colon ('Senator Ann Roe: "We ..."'): a name ending
    right at the colon, with no verb between it and the line's start or the quotation before."""
    lead = _lead(doc, start)
    if lead is None or lead.text != ":" or lead.i < 1:
        return None
    key = index.at(doc[lead.i - 1])
    if key is None or index.entities[key].kind != "Person":
        return None
    j = lead.i - 1
    while j >= 0 and not (doc[j].is_space and "\n" in doc[j].text or doc[j].is_quote or doc[j].text in ":.!?"):
        if doc[j].pos_ in ("VERB", "AUX") and index.at(doc[j]) is None or lead.i - j > 20:
            return None  # 'Roe told the court: "..."': a clause, its verb the cue
        j -= 1
    return key


_DASHES = frozenset("- – — ―".split())


def _dash_signature(doc: Doc, end: int, index: EntityIndex) -> str | None:
    """The speaker a quotation is signed with after a dash ('"... a long game." - Jane Roe'): a
    name right after the dash that ends its line, or is followed only by a description."""
    j = end
    while j < len(doc) and (doc[j].is_quote or doc[j].text in ".!?" or doc[j].is_space and "\n" not in doc[j].text):
        j += 1
    if j + 1 >= len(doc) or doc[j].text not in _DASHES:
        return None
    key = index.at(doc[j + 1])
    if key is None or index.entities[key].kind in NON_ACTOR_KINDS:
        return None
    k = j + 1
    while k < len(doc) and index.at(doc[k]) == key:
        k += 1
    rest = []
    while k < len(doc) and not (doc[k].is_space and "\n" in doc[k].text):
        rest.append(doc[k])
        k += 1
    if rest and (rest[0].text != "," or any(t.pos_ in ("VERB", "AUX") for t in rest)):
        return None  # '"..." - Roe told the court': a sentence, not a signature
    return key


def _governing_cue(first: Token, index: EntityIndex, sent) -> list[tuple[int, Token, str | None]]:
    """A verb of naming or judging whose object the quotation is ("called the move a '...'",
    "thanked 'the nurses for ...'", "calling it '...'"): the quotation's own verb, ranked like a
    reporting verb right before it."""
    out = []
    for tok in sent:
        lemma = tok.lemma_.lower()
        if tok.pos_ == "VERB" and tok.i < first.i and (lemma in lexicon.NAMING_CUES or lemma in lexicon.CUE_WITH_TARGET
                                                        or _called_as(tok, first)) \
                and first in tok.subtree:
            speaker = _speaker(tok, index)
            if speaker:
                out.append((first.i - tok.i - 500, tok, speaker))
    return out


def _called_as(verb: Token, first: Token) -> bool:
    """Whether the quotation starting at `first` is what the verb's "as" phrase calls someone ("paid
    tribute to her as 'one of the great voices'", "hailed him as 'a true patriot'"): the verb's subject
    says it. Not with a verb of how things are ("served as 'acting president'")."""
    return verb.lemma_.lower() not in lexicon.NON_EVENT_VERBS and any(
        c.dep_ == "prep" and c.lower_ == "as" and first in c.subtree for c in verb.children)


def _attribution_after(doc: Doc, end: int):
    """The sentence right after a quotation when it only attributes it ("Roe said.", "said the
    minister."): a reporting verb with nothing said of its own, a few words long."""
    j = end
    while j < len(doc) and (doc[j].is_quote or doc[j].is_space):
        j += 1
    if j >= len(doc) or sent_start(doc[j]) != j or sent_start(doc[end - 1]) == j:
        return None
    sent = sentence(doc[j])
    root = sent.root
    words = [t for t in sent if not (t.is_punct or t.is_space)]
    if len(words) > 8 or root.lemma_.lower() not in lexicon.CUE_VERBS \
            or any(c.dep_ in ("ccomp", "xcomp") for c in root.children):
        return None
    return sent


def _block_quotes(doc: Doc, index: EntityIndex, text: str,
                  quotes: list[_Quote]) -> list[tuple[int, int, str | None, Token | None]]:
    """Quotations set off as paragraphs without quote marks: (begin, end, speaker, cue).

    Two layouts: a pull quote signed at its end ("... the best opportunity. Charles Bolden, NASA
    Administrator"), and a paragraph introduced by a reporting verb and a colon at the end of the
    one before ("the Church denied these allegations:").
    """
    out: list[tuple[int, int, str | None, Token | None]] = []
    marked = [(q.begin, q.end) for q in quotes]
    lines, pos = [], 0
    for line in text.split("\n"):
        lines.append((pos, pos + len(line)))
        pos += len(line) + 1
    for n, (ls, le) in enumerate(lines):
        line = text[ls:le]
        if len(line.split()) < MIN_QUOTE_WORDS or any(m in line for m in '"“”«»') \
                or any(b < le and ls < e for b, e in marked):
            continue
        span = doc.char_span(ls, le, alignment_mode="expand")
        if span is None:
            continue
        toks = [t for t in tokens(doc)[span.start:span.end] if not t.is_space]
        signed = _signature(toks, index)
        if signed is not None:
            cut, speaker = signed
            if len(text[ls:cut].split()) >= 2 * MIN_QUOTE_WORDS:
                out.append((ls, cut, speaker, None))
            continue
        if n > 0 and text[lines[n - 1][0]:lines[n - 1][1]].rstrip().endswith(":"):
            prev = doc.char_span(*lines[n - 1], alignment_mode="expand")
            cues = [t for t in (prev or []) if t.pos_ in ("VERB", "AUX") and t.lemma_.lower() in lexicon.CUE_VERBS
                    and sent_start(t) == sent_start(prev[-1])]
            if cues:
                cue = cues[-1]
                out.append((ls, le, _speaker(cue, index), cue))
    return out


def _signature(toks: list[Token], index: EntityIndex) -> tuple[int, str | None] | None:
    """A line that ends in its author's name after the last sentence ("... the moon. Jane Roe,
    astronaut"): the end of the quoted text and the author's entity, if one."""
    for j in range(len(toks) - 2, 0, -1):
        if toks[j].text not in (".", "!", "?"):
            continue
        tail = toks[j + 1:]
        name = []
        for t in tail:
            if not (t.pos_ == "PROPN" and (t.is_title or t.is_upper)) or len(name) == 4:
                break
            name.append(t)
        rest = tail[len(name):]
        if len(name) < 2 or rest and (rest[0].text != "," or len(rest) > 10 or any(t.pos_ in ("VERB", "AUX") for t in rest)):
            return None
        key = index.at(name[0])
        speaker = key if key and index.entities[key].kind == "Person" else None
        return toks[j].idx + 1, speaker
    return None


def _near(doc: Doc, prev_end: int, begin: int) -> bool:
    return parsed(doc).text.count("\n", prev_end, begin) <= 2


def _according_to(sent, index: EntityIndex, exclude: range, quote_end: int) -> list[tuple[int, Token, str | None]]:
    out = []
    for tok in sent:
        if tok.lower_ == "according" and tok.i not in exclude:
            speaker = _according_speaker(tok, index)
            if speaker:
                distance = (tok.i - quote_end) if tok.i >= quote_end else 1000
                out.append((distance - 500, tok, speaker))
    return out


# Cues whose subject follows them after a quotation ('"...," said the minister'); "told" is not one:
# what follows it is whom it was told to.
_INVERTING_CUES = frozenset({"say", "read", "add", "write", "state", "declare", "continue", "explain"})


def _speaker(cue: Token, index: EntityIndex, quoted: range = range(0)) -> str | None:
    """The entity that says `cue`: its subject, the by-agent of a passive, or a pronoun's antecedent.

    A "he" or "she" speaking is none of those its cue's clause names after it ("He described Vik
    as ...", "He said Roe had lied": not Vik, not Roe), nor one the quotation it says names
    (`quoted`: its tokens; "'Roe will win,' he said"): a person names himself "I", others by name.
    """
    subjects = [c for c in cue.children if c.dep_ in ("nsubj",)]
    if len(subjects) > 1:
        # "Norland's Prime Minister, Oskar Vinter said": a title and its holder taken for two
        # subjects; the one that is a person's name speaks, else one that is a name ("The US automobile
        # manufacturer Ford said": the company, not the state that describes it)
        subjects = _names_first(subjects, index)
    subjects += [p for c in cue.children if c.dep_ == "agent" for p in c.children if p.dep_ == "pobj"]
    if not subjects:
        # "Speaking for the defence, Tom Roe, SC, said ...": the parser may hang the subject on the
        # participle before the verb, as its adverbial noun
        subjects = [g for c in cue.children if c.dep_ == "advcl" and c.i < cue.i and c.tag_ == "VBG"
                    for g in c.children if g.dep_ == "npadvmod" and g.pos_ == "PROPN"]
    if not subjects and cue.lemma_.lower() in _INVERTING_CUES and cue.tag_ != "VBG":
        # '"...," reads the court's statement': the parser takes the subject after the verb for its object.
        # A participle never inverts: the object of "a statement saying an attack ... caused no
        # casualties" is what was said, not who said it.
        subjects = [c for c in cue.children if c.dep_ in ("dobj", "attr") and c.i > cue.i]
    head = cue
    for _ in range(5):
        # "..., asserting ...", "said and added", "justified it by saying": the subject of the verb above
        # "resigned in a letter ... stating, ...": up through the noun the cue qualifies, too
        if subjects or head.dep_ not in ("conj", "xcomp", "advcl", "pcomp", "prep", "acl", "pobj"):
            break
        head = head.head
        subjects = _names_first([c for c in head.children if c.dep_ == "nsubj"], index)
    if not subjects and cue.dep_ == "acl" and cue.head.pos_ == "NOUN":
        # "X released a statement saying ...", "X's letter stating ...": the text's author speaks
        text = cue.head
        subjects = [c for c in text.children if c.dep_ == "poss"]
        if not subjects and text.dep_ == "dobj":
            subjects = [c for c in text.head.children if c.dep_ == "nsubj"]
    doc = cue.doc
    named = _named_in([t for t in cue.subtree if t.i > cue.i] + [doc[i] for i in quoted], index)
    for s in subjects:
        key = _entity_of(s, index, named) or _place_speaking(s, index)
        if key:
            return key
    return None


def _named_in(toks: list[Token], index: EntityIndex) -> frozenset[str]:
    """The entities `toks` name: those found there, and people named there by their surname or
    full name where the entity finder found none (as often inside quotation marks)."""
    keys = {index.by_token[t.i] for t in toks if t.i in index.by_token}
    words = {t.text for t in toks if t.is_title and t.i not in index.by_token}
    if words:
        keys |= {k for k, e in index.entities.items() if e.kind == "Person" and e.name.split()[-1] in words}
    return frozenset(keys)


def _names_first(subjects: list[Token], index: EntityIndex) -> list[Token]:
    """A verb's subjects, a person's name first, then any name, then the rest (the parser may give a
    title or a describing noun as a second subject: "The US automobile manufacturer Ford said")."""
    return sorted(subjects, key=lambda s: (not _names_person(s, index), s.i not in index.by_token))


def _names_person(tok: Token, index: EntityIndex) -> bool:
    """Whether `tok` is a person's name itself (not a title the person's name qualifies)."""
    key = index.at(tok)
    return key is not None and index.entities[key].kind == "Person"


def _place_speaking(tok: Token, index: EntityIndex) -> str | None:
    """A place named as the speaker itself speaks for whoever is there ("Moscow said ...",
    "according to the House of Commons Library"): the place `tok` names, not one that qualifies it."""
    key = index.at(tok)
    return key if key and index.entities[key].kind in ("City", "Location") else None




# Kinds of company a spokesperson is named by: "a company spokesperson", "a bank spokesman".
_SPEAKING_BODY_KINDS = lexicon.BUSINESS_KIND_NOUNS | frozenset({"bank", "airline", "carrier", "lender", "insurer", "retailer"})


def _entity_of(tok: Token, index: EntityIndex, exclude: frozenset[str] = frozenset()) -> str | None:
    """The actor `tok` names (places do not speak), through pronouns and "a spokesman for X".

    "He" or "she" stands for none of `exclude`.
    """
    keys = [k for k in index.in_subtree(tok) if index.entities[k].kind not in NON_ACTOR_KINDS]
    if tok.tag_ == "NN" and tok.lemma_.lower() in lexicon.TITLE_HEADS and (
            holder := holder_of_the_states_office(tok, keys, index)):
        return holder  # "Kenyan president vows ..." over "Kenyan President William Ruto promised"
    if keys:
        return keys[0]
    low = tok.lower_
    if low in lexicon.PERSON_PRONOUNS:
        return person_antecedent(tok, index, exclude)
    if low in ("who", "that", "which") and tok.dep_ in ("nsubj", "nsubjpass") and tok.head.dep_ == "relcl":
        # "drafted by Alex Roe, who said ...", "told the Harbour Times, which reported ...": a relative
        # pronoun speaks for the noun its clause qualifies
        return _entity_of(tok.head.head, index)
    if tok.pos_ == "PROPN" and tok.i not in index.by_token:
        surnamed = surnamed_person(tok, index)
        if surnamed:
            return surnamed
    if low == "it":  # a body names itself in its own statements: no exclusion
        return index.recent(tok.i, ("Organization",))
    if low == "they" and tok.dep_ == "nsubj":
        return _plural_antecedent(tok, index)
    titled = titled_person(tok, index)
    if titled:
        return titled
    if tok.lemma_.lower() in _CITY_NOUNS and any(c.dep_ == "det" and c.lower_ == "the" for c in tok.children):
        return _city_speaking(tok, index)
    if tok.lemma_.lower() in lexicon.TEXT_NOUNS and any(c.dep_ == "det" and c.lower_ in ("the", "this") for c in tok.children):
        # "the Home Office letter reads": a text names its author itself, else it is the one
        # named before ("X released a statement ... The statement said")
        author = next((k for c in tok.children if c.dep_ in ("compound", "poss") for k in index.in_subtree(c)
                       if index.entities[k].kind not in NON_ACTOR_KINDS), None) or _text_author(tok, index)
        if author:
            return author
    if tok.lemma_.lower() in lexicon.SPOKESPERSON_NOUNS and (kind := next(
            (c for c in tok.children if c.dep_ == "compound" and c.lemma_.lower() in _SPEAKING_BODY_KINDS), None)):
        # "a company spokesperson said", "a bank spokesman told reporters": the company told before
        company = index.recent(tok.i, ("Organization",))
        if company is not None:
            return company
    described = _body_described(tok, index)
    if described:
        return described
    # "a spokesman for the ministry", "officials of the company"; a person named in the phrase is
    # who speaks, over the state or body that qualifies his title ("US Secretary of State Mike Pompeo")
    # A possessor owns the speaker, it is not him: "Turkey's disaster agency" is the agency.
    owners = {t.i for c in tok.children if c.dep_ == "poss" for t in c.subtree}
    whose = _represented(tok)
    # "Soldiers in Velmaria announced ...": a state named where the speakers are tells where, it does not speak
    located = {t.i for c in tok.children if c.dep_ == "prep" and c.lower_ in _WHERE_PREPS for t in c.subtree}
    # "analysts, who had forecast that the company would lose money": what a relative clause says of
    # the speakers is no part of who they are
    told_of = {t.i for c in tok.children if c.dep_ == "relcl" for t in c.subtree}
    inside = [index.by_token[t.i] for t in sorted(tok.subtree, key=lambda t: t.i in owners)
              if t.i != tok.i and t.i in index.by_token and t.i not in whose and t.i not in told_of
              and index.entities[index.by_token[t.i]].kind not in NON_ACTOR_KINDS
              and not (t.i in located and index.entities[index.by_token[t.i]].kind == "GeopoliticalEntity")]
    if not inside:  # "part of the judge's statement"
        inside = [k for t in tok.subtree if t.i != tok.i and t.i not in whose for k in [titled_person(t, index)] if k]
    if inside and tok.lemma_.lower() in lexicon.ORG_HEADS and all(
            index.entities[k].kind == "GeopoliticalEntity" for k in inside) and not owners:
        # "the Zambian health ministry confirmed": the ministry speaks, as it acts, not the state it serves
        body = index.nominal(tok, lexicon.SPEAKER_PEOPLE_NOUNS)
        if body is not None:
            return body
    if inside:
        # "US Secretary of State Mike Pompeo" is the person; "the US automobile manufacturer Ford", the company
        return next((k for kind in ("Person", "Organization") for k in inside if index.entities[k].kind == kind),
                    inside[0])
    return _unnamed_speaker(tok, index)


def _represented(tok: Token) -> set[int]:
    """The words naming whom a lawyer or a relative speaks for ("Roe's lawyer", "lawyers for Roe", "the
    son of Roe"): a person of his own speaks, not Roe, though a name in apposition is his ("his lawyer,
    Ada Kim"). Empty for any other noun ("a spokesman for the ministry" speaks as the ministry)."""
    if tok.lemma_.lower() not in lexicon.PROXY_NOUNS:
        return set()
    return {t.i for c in tok.children if c.dep_ == "poss" or c.dep_ == "prep" and c.lower_ in ("for", "of")
            for t in c.subtree}


# Prepositions that say where the speakers are: "officials in Velmaria", "troops near the border".
_WHERE_PREPS = frozenset("in at near inside across throughout around".split())
_CITY_NOUNS = frozenset("city town municipality".split())
# Words that name a city's government: "the Municipality of Livorno", "Brevik City Council".
_CITY_BODY_WORDS = frozenset("city town municipality council".split())


def _city_speaking(tok: Token, index: EntityIndex) -> str | None:
    """"The city reasoned ...": the city's government named before ("the Municipality of Brevik",
    "Brevik City Council"), else the last city named, speaking for its government."""
    for i, key in reversed(index.order):
        ent = index.entities[key]
        if i < tok.i and ent.kind in ("GeopoliticalEntity", "Organization") \
                and _CITY_BODY_WORDS & set(ent.name.lower().split()):
            return key
    return index.recent(tok.i, ("City",))


def _body_described(tok: Token, index: EntityIndex) -> str | None:
    """The organisation "the European planemaker", "the Swiss drugmaker" describes when it speaks:
    a definite noun for a kind of body, its other words only peoples or places, stands for the body
    its own statement is about ("Airbus will take over the plants, the European planemaker said")."""
    lemma = tok.lemma_.lower()
    if tok.pos_ != "NOUN" or not (lemma in lexicon.DESCRIPTOR_NOUNS or lemma.endswith("maker")) \
            or not any(c.dep_ == "det" and c.lower_ in ("the", "this") for c in tok.children):
        return None
    if any(t.i != tok.i and t.i in index.by_token and index.entities[index.by_token[t.i]].kind
           not in ("GeopoliticalEntity", "Group") for t in tok.subtree):
        return None  # "the Reuters news agency": the name in the phrase speaks
    cue = tok.head
    for clause in (c for c in cue.children if c.dep_ == "ccomp"):
        for subject in (s for s in clause.children if s.dep_ in ("nsubj", "nsubjpass")):
            key = index.by_token.get(subject.i)
            if key and index.entities[key].kind == "Organization":
                return key
    return None


def _unnamed_speaker(tok: Token, index: EntityIndex) -> str | None:
    """A speaker the text gives no name: a bare "a spokesperson" speaks for the organisation named
    last before its sentence; "prosecutors", "officials", "police" are an unnamed actor of their
    own (the graph's nominal actor), not a named one guessed for them."""
    if tok.lemma_.lower() in lexicon.SPOKESPERSON_NOUNS:
        if any(c.dep_ in ("prep", "poss", "compound", "amod") for c in tok.children):
            return None  # "a spokesperson for the family", "a police spokesman": whose, the words say
        return index.recent(sent_start(tok), ("Organization",))
    return index.nominal(tok, lexicon.SPEAKER_PEOPLE_NOUNS)


def _plural_antecedent(pron: Token, index: EntityIndex) -> str | None:
    """The group "they" stands for: the plural subject of the main clause of its sentence or of the
    sentence before ("Protesters blocked the road. They said ..."); none when that subject names
    no actor ("the talks ended. They said" is left unresolved)."""
    doc = pron.doc
    sent = sentence(pron)
    earlier = [t for t in sent if t.dep_ in ("nsubj", "nsubjpass") and t.i < pron.i]
    prev = sentence(doc[sent.start - 1]) if sent.start > 0 else None
    if prev is not None and not prev.text.strip() and prev.start > 0:
        prev = sentence(doc[prev.start - 1])  # over a paragraph break
    if prev is not None:
        earlier += [c for c in prev.root.children if c.dep_ in ("nsubj", "nsubjpass")]
    for t in reversed(earlier):
        if t.tag_ in ("NNS", "NNPS") or t.lower_.endswith("s") and t.pos_ == "PROPN":
            return _entity_of(t, index)
    return None


def _author_of(text: Token, index: EntityIndex) -> str | None:
    """Who issued the text noun `text`: "X's statement", "a statement by/from X", "a warning
    issued by X", "X released a statement"."""
    for c in text.children:
        if c.dep_ == "poss":
            key = _entity_of(c, index)
            if key:
                return key
        if c.dep_ == "prep" and c.lower_ in ("by", "from", "of"):
            for p in c.children:
                if p.dep_ == "pobj" and (key := _entity_of(p, index)):
                    return key
        if c.dep_ == "acl":  # "issued by X"
            for a in c.children:
                for p in a.children:
                    if a.dep_ == "agent" and p.dep_ == "pobj" and (key := _entity_of(p, index)):
                        return key
    if text.dep_ == "dobj":
        for s in text.head.children:
            if s.dep_ == "nsubj" and (key := _entity_of(s, index)):
                return key
    return None


def _text_author(tok: Token, index: EntityIndex) -> str | None:
    """"read the statement", "the warning said": the author of the last text of that kind named
    before in the article. A court filing goes by several names ("filed a lawsuit ... The motion
    claims ..."): any filing named before is the one meant."""
    lemma = tok.lemma_.lower()
    kinds = lexicon.FILING_NOUNS if lemma in lexicon.FILING_NOUNS else {lemma}
    for t in reversed(tokens(tok.doc)[:tok.i]):
        if t.lemma_.lower() in kinds and t.pos_ == "NOUN":
            return _author_of(t, index)
    return None


# ------------------------------------------------------------------ reported speech

@lru_cache(maxsize=1)
def _cue_lemmas() -> frozenset[str]:
    """The lemmas of every noun and verb `_reported` takes for a cue of reported speech."""
    return frozenset(lexicon.CUE_NOUNS) | frozenset(lexicon.NAMING_CUES) | frozenset(lexicon.CUE_VERBS) \
        | frozenset(lexicon.CUE_WITH_TARGET) | frozenset(lexicon.STANCE_CUES)


def _said_of_the_noun_by_no_one(cue: Token) -> bool:
    """Whether a cue is a participle describing the noun before it, with no one named who said it: "a
    man accused of fraud", "a teacher alleged to have sold papers". The noun is whom it was said of;
    the sentence's subject ("Spain extradited a man accused of fraud") did not say it, and nobody
    named did ("accused by police of fraud" names the police)."""
    return cue.dep_ == "acl" and cue.tag_ == "VBN" and cue.head.i < cue.i \
        and not any(c.dep_ == "agent" for c in cue.children)


def _withheld(cue: Token) -> bool:
    """Whether "deny" is told with two objects, who is refused and what ("had denied other companies
    the chance to compete", "denied him bail"): withholding a thing, not saying it is untrue."""
    return cue.lemma_.lower() == "deny" and (
        sum(c.dep_ == "dobj" for c in cue.children) >= 2 or any(c.dep_ == "dative" for c in cue.children))


def _reported(doc: Doc, tok: Token, index: EntityIndex,
              quoted: set[int]) -> tuple[str, Token, str | None, list[Token]] | None:
    """(cue, cue token, speaker, content tokens) when `tok` introduces reported speech."""
    if tok.lower_ == "according":
        speaker = _according_speaker(tok, index)
        if speaker is None:
            return None
        content = _attributed_clause(tok, _according_phrase(tok, index)[0])
        return ("according to", tok, speaker, content) if content and not _overlaps(content, quoted) else None
    lemma = tok.lemma_.lower()
    if tok.pos_ == "NOUN" and lemma in lexicon.CUE_NOUNS:
        return _nominal(tok, index, quoted)
    if tok.pos_ == "VERB" and lemma in lexicon.NAMING_CUES:
        named = _named_as(tok)
        if named is not None:
            speaker = _speaker(tok, index)
            return (lemma, tok, speaker, named) if speaker and not _overlaps(named, quoted) else None
    if tok.pos_ != "VERB" or lemma not in lexicon.CUE_VERBS and lemma not in lexicon.CUE_WITH_TARGET \
            and lemma not in lexicon.STANCE_CUES:
        return None
    if _said_of_the_noun_by_no_one(tok) or _withheld(tok):
        return None
    # A complement after the verb before one the parser hung on it from the clause before
    # ("the strike followed attacks; X reported that ...": what X reported comes after "reported").
    comps = sorted((c for c in tok.children if c.dep_ == "ccomp"), key=lambda c: c.i < tok.i)
    # "urged X to do Z", "announced plans to shut down", "refused to meet the demands"
    comps += [c for c in tok.children if c.dep_ == "xcomp"]
    if lemma == "find":
        # "the court found that ..." tells a finding; "found Roe guilty" is a verdict, no statement
        comps = [c for c in comps if c.pos_ in ("VERB", "AUX")]
    if not comps:
        comps += _misattached_that_clause(tok)
    if not comps:  # "plans on reviving ..."
        comps += [g for c in tok.children if c.dep_ == "prep" for g in c.children if g.dep_ == "pcomp"]
    if not comps and lemma == "plead":  # "pleaded not guilty to the charges": the plea is what was said
        comps += [c for c in tok.children if c.dep_ in ("oprd", "acomp")]
    attributing = not comps and lemma in lexicon.CUE_VERBS
    aside = (_parenthetical(tok) or _closing_attribution(tok)) if attributing else None
    if attributing and (aside is not None or _as_attribution(tok)):
        content = _attributed_clause(tok, aside)
        subjects = [c for c in tok.children if c.dep_ == "nsubj" and (aside is None or c.i in aside)]
        speaker = next((k for c in subjects for k in [_entity_of(c, index)] if k), None)
        if speaker and content and not _overlaps(content, quoted):
            return lemma, tok, speaker, content
        return None
    content = _object_as_subject(tok)
    if content is None and lemma in lexicon.CUE_WITH_TARGET:
        content = _target_and_reason(tok)
    if content is None and not comps and lemma in lexicon.CUE_WITH_OBJECT:
        comps += [c for c in tok.children if c.dep_ == "dobj"
                  and not (lemma == "claim" and c.lemma_.lower() in lexicon.CLAIMED_THINGS)
                  # "Ford posted a net profit": accounts, not a post; "posted a message" is one
                  and not (lemma == "post" and c.lemma_.lower() not in _POSTED_THINGS)]
    if content is None and comps:
        content = _clause_tokens(comps[0])
        later = [c for c in comps if c.dep_ == "ccomp" and c.i > tok.i]
        if len(later) > 1 and later[0] is comps[0]:
            # "said the name had to be short and, to avoid stigma, it must not ...": two
            # complements of one verb are one thing said (up to a quotation, a statement of its own)
            sent = sentence(tok)
            for nxt in later[1:]:
                more = _trim([t for t in sent if content[-1].i < t.i <= _clause_tokens(nxt)[-1].i])
                if not more or any(t.i in quoted for t in more):
                    break
                content = content + more
    if content is not None:
        speaker = _speaker(tok, index)
        if speaker is None or not content or _overlaps(content, quoted, cue=tok):
            return None
        return lemma, tok, speaker, _with_negation(tok, content)
    agent = [p for c in tok.children if c.dep_ == "agent" for p in c.children if p.dep_ == "pobj"]
    said = [c for c in tok.children if c.dep_ == "nsubjpass"]
    if agent and said and lemma in lexicon.CUE_WITH_OBJECT:
        # "The charge was denied by his lawyer", "the figures were confirmed by the ministry"
        speaker = _entity_of(agent[0], index)
        content = _trim(list(said[0].subtree))
        if speaker and len(content) > 1 and not _overlaps(content, quoted):
            return lemma, tok, speaker, content
    # "..., as reported by Xinhua": the clause it is attached to is what was reported
    if agent and any(c.lower_ == "as" for c in tok.children if c.dep_ in ("mark", "advmod")):
        speaker = _entity_of(agent[0], index)
        content = _attributed_clause(tok)
        if speaker and content and not _overlaps(content, quoted):
            return lemma, tok, speaker, content
    return None


# What one posts to say something: a text, and "posted a video", "posted a photo".
_POSTED_THINGS = lexicon.TEXT_NOUNS | frozenset({"video", "photo", "picture", "image", "comment", "update"})


def _as_attribution(cue: Token) -> bool:
    """"As Roe told the Times, ferries ...": an "as" clause of reporting, with nothing said of its
    own, attributes the clause it is set in. With an object it is an event's time ("as the
    minister announced the cuts, ..."), save the person told ("told the Times")."""
    kids = list(cue.children)
    return cue.dep_ == "advcl" and any(k.dep_ == "nsubj" for k in kids) \
        and any(k.dep_ in ("mark", "advmod") and k.lower_ == "as" and k.i < cue.i for k in kids) \
        and (cue.lemma_.lower() == "tell" or not any(k.dep_ in ("dobj", "ccomp", "xcomp") for k in kids))


_ASIDE_MARKS = frozenset(", — –".split())


def _parenthetical(cue: Token) -> set[int] | None:
    """The tokens, with their commas, of a reporting clause set off inside the clause it
    attributes ("The visitors, said Roe, are students", "The strike, he said, will go on"); None
    when the cue is no such aside. The parser may hang the clause's subject on the cue."""
    doc = cue.doc
    if cue.dep_ not in ("parataxis", "ROOT") or any(k.dep_ in ("dobj", "ccomp", "xcomp") for k in cue.children):
        return None
    start = cue.i
    while start > 0 and doc[start - 1].dep_ == "nsubj" and doc[start - 1].head.i == cue.i \
            and doc[start - 1].pos_ == "PRON":
        start -= 1  # "he said"
    if start < 2 or doc[start - 1].text not in _ASIDE_MARKS:
        return None
    end = cue.i + 1
    while end < len(doc) and doc[end].text not in _ASIDE_MARKS and end - cue.i <= 6:
        if doc[end].pos_ in ("VERB", "AUX") or doc[end].is_sent_start or doc[end].is_punct:
            return None
        end += 1
    if end >= len(doc) or doc[end].text not in _ASIDE_MARKS or end + 1 >= len(doc) or doc[end + 1].is_punct:
        return None
    if not any(c.dep_ == "nsubj" and start <= c.i < end for c in cue.children):
        return None
    return set(range(start - 1, end + 1))


def _closing_attribution(cue: Token) -> set[int] | None:
    """The tokens, with the comma before them, of a reporting clause that closes its sentence ("Ministers
    announced on Tuesday that catches would be cut, the meeting's chair Lena Holt said."), when the parser
    made what is said no clause of the cue (it often reads the sentence's first subject as a second
    subject of the cue): the clause attributes all the sentence says before the comma. None when the
    cue is no such closing clause, or too little stands before it to be a statement."""
    if cue.dep_ not in ("ROOT", "parataxis") or any(k.dep_ in ("dobj", "ccomp", "xcomp") for k in cue.children):
        return None
    doc = cue.doc
    start, end = sentence(cue).start, sentence(cue).end
    if any(not (t.is_punct or t.is_space) for t in doc[cue.i + 1:end]):
        return None
    subjects = [c for c in cue.children if c.dep_ == "nsubj" and c.i < cue.i]
    if not subjects or subjects[-1].right_edge.i != cue.i - 1:
        return None
    left = subjects[-1].left_edge.i
    if left - 1 <= start or doc[left - 1].text != "," or sum(not t.is_punct for t in doc[start:left - 1]) < 4:
        return None
    return set(range(left - 1, end))


def _nominal(noun: Token, index: EntityIndex,
             quoted: set[int]) -> tuple[str, Token, str | None, list[Token]] | None:
    """"X's announcement that ...", "the announcement by X that ...", "X declaration of bankruptcy"."""
    speaker = None
    for c in noun.children:
        if c.dep_ in ("poss", "compound") and c.i < noun.i:
            speaker = _entity_of(c, index)
        elif c.dep_ == "prep" and c.lower_ == "by":
            speaker = next((k for p in c.children if p.dep_ == "pobj" for k in [_entity_of(p, index)] if k), None)
        if speaker:
            break
    if speaker is None:
        return None
    content: list[Token] = []
    for c in noun.children:
        kids = list(c.children)
        # "that" as the clause's mark (or, misparsed, its object) with a subject of its own
        if c.dep_ in ("acl", "relcl", "ccomp") and any(k.lower_ == "that" and k.i < c.i for k in kids) \
                and any(k.dep_ in ("nsubj", "nsubjpass") for k in kids):
            content = _clause_tokens(c)  # "announcement that it would buy ..."
        elif c.dep_ == "acl" and any(k.dep_ == "aux" and k.lower_ == "to" for k in kids):
            content = _clause_tokens(c)  # "plan to close ..."
        elif c.dep_ == "prep" and c.lower_ == "of" and not content:
            content = [t for k in kids if k.dep_ in ("pobj", "pcomp") for t in k.subtree]  # "of bankruptcy"
    content = _trim(content)
    if not content or _overlaps(content, quoted):
        return None
    return noun.lemma_.lower(), noun, speaker, content


def _with_negation(cue: Token, content: list[Token]) -> list[Token]:
    """What a negated cue reports keeps its negation ("did not find the network had breached
    laws"): the statement is the denial, not the claim it denies."""
    negs = [c for c in cue.children if c.dep_ == "neg" and c.i < cue.i]
    if not negs or not content or content[0].i < cue.i:
        return content
    start = min([negs[0].i] + [c.i for c in cue.children if c.dep_ in ("aux", "auxpass") and c.i < negs[0].i])
    return [cue.doc[i] for i in range(start, content[0].i)] + content


def _object_as_subject(cue: Token) -> list[Token] | None:
    """The complement whose subject the parser took for the cue's object ("ruled the draft
    violated the constitution", "claimed Iran is meddling", "announced the recorder has been
    found"): the object and the subjectless finite verb after it are one clause."""
    objs = [c for c in cue.children if c.dep_ == "dobj"]
    if not objs:
        return None
    obj = objs[0]
    sent = sentence(cue)
    above = {cue.i, *(a.i for a in cue.ancestors)}
    for v in sent:
        if v.i <= obj.right_edge.i or v.pos_ not in ("VERB", "AUX") or v.dep_ not in ("ccomp", "advcl", "conj") \
                or v.head.i not in above:
            continue
        kids = list(v.children)
        if any(k.dep_ in ("nsubj", "nsubjpass", "expl", "csubj", "mark") for k in kids):
            return None
        finite = v.tag_ in ("VBD", "VBZ", "VBP") or any(k.dep_ in ("aux", "auxpass") and k.lower_ != "to" for k in kids)
        between = doc_slice(cue.doc, obj.right_edge.i + 1, v.i)
        # "announced the plan and resigned": a verb of its own after "and" is no clause of the object
        if not finite or any(t.dep_ == "cc" or t.text in (";", ":") for t in between):
            return None
        return _trim([t for t in sent if obj.left_edge.i <= t.i <= v.right_edge.i])
    return None


def doc_slice(doc: Doc, start: int, end: int) -> list[Token]:
    return [doc[i] for i in range(start, end)]


_RELATIVE_WORDS = frozenset("which that who whom what".split())


def _named_as(cue: Token) -> list[Token] | None:
    """"called the raid illegal", "described the flood as the worst in years": the thing named
    and what it was called; None without the second ("called the police" says nothing)."""
    # the parser may take the thing named for the second object ("called [Roe's order]oprd swift")
    objs = [c for c in cue.children if c.dep_ == "dobj"] or [c for c in cue.children if c.dep_ == "oprd"]
    if not objs or objs[0].lower_ in _RELATIVE_WORDS:
        return None  # "what he called a 'new start'": the thing named is outside the clause
    obj = objs[0]
    comps = [c for c in cue.children if c.i > obj.i and (c.dep_ in ("oprd", "ccomp", "xcomp", "acomp")
                                                         or c.dep_ == "prep" and c.lower_ == "as")]
    comps += [c for c in obj.children if c.i > obj.i and c.dep_ in ("amod", "acomp", "acl") and c.pos_ == "ADJ"]
    if not comps:
        return None
    last = max(t.i for c in comps for t in c.subtree)
    return _trim([t for t in sentence(cue) if obj.left_edge.i <= t.i <= last])


def _target_and_reason(cue: Token) -> list[Token] | None:
    """"accused X of Y", "blamed X for Y": whom the cue is aimed at and why, both what was said."""
    objs = [c for c in cue.children if c.dep_ == "dobj"]
    preps = [c for c in cue.children if c.dep_ == "prep" and c.lower_ in ("of", "for") and c.i > cue.i]
    if not objs or not preps or objs[0].lower_ in _RELATIVE_WORDS:
        return None  # "the bank, which he thanked for ...": the target is outside the clause
    toks = [t for t in objs[0].subtree] + [t for t in preps[0].subtree]
    return _trim(sorted(toks, key=lambda t: t.i))


def _misattached_that_clause(cue: Token) -> list[Token]:
    """A "that" clause with its own subject the parser hung on a noun after the cue ("announced
    Monday in an internal memo that he would ..."): it is the cue's complement."""
    for t in cue.subtree:
        if t.i <= cue.i or t.dep_ not in ("relcl", "acl") or sent_start(t) != sent_start(cue):
            continue
        kids = list(t.children)
        if any(k.dep_ == "mark" and k.lower_ == "that" for k in kids) and any(k.dep_ in ("nsubj", "nsubjpass") for k in kids):
            return [t]
    return []


def _joint_speakers(cue: Token, index: EntityIndex) -> list[str]:
    """The actors a cue's subject names together ("Both the school district and the police have
    asserted that ..."): each of them says it."""
    out: list[str] = []
    for subj in cue.children:
        if subj.dep_ == "nsubj":
            out += [k for c in subj.conjuncts for k in [_entity_of(c, index)] if k and k not in out]
    return out


def _according_speakers(tok: Token, index: EntityIndex) -> list[str]:
    """Every source "according to" names: the first, and those joined to it ("according to reports
    from the ministry, and Vyasna, a rights group")."""
    first = _according_speaker(tok, index)
    if first is None:
        return []
    out = [first]
    for t in tok.subtree:
        if t.dep_ == "conj" and (key := _entity_of(t, index)) and key not in out:
            out.append(key)
    out += [k for k in _according_phrase(tok, index)[1] if k not in out]
    return out


def _according_phrase(tok: Token, index: EntityIndex) -> tuple[set[int], list[str]]:
    """The tokens of an "according to" phrase, and the sources the parser left outside it.

    Figures set off after the source are what it says, not its description ("according to X,
    US$3.6 billion from ..."): they stay out of the phrase. A second source joined by ", and" is
    often parsed as the clause's subject ("according to reports from the ministry on Friday, and
    Vyasna, a rights group, on Thursday, 63,000 attended"): it and its dating phrase join the phrase.
    """
    figures = [a.left_edge.i for a in tok.subtree if a.dep_ == "appos" and _is_figure(a) and a.i > tok.i]
    phrase = {t.i for t in tok.subtree if not figures or t.i < min(figures)}
    misread = next((m for to in tok.children if to.lower_ == "to" for m in [_misread_source(to, index)] if m), None)
    if misread is not None:  # what the parser hung on the name is the clause's subject
        phrase = {t.i for t in tok.subtree if t.i <= misread.i}
    extra: list[str] = []
    doc = tok.doc
    for cc in tok.children:
        if cc.dep_ != "cc" or cc.i < tok.i or cc.i + 1 >= len(doc):
            continue
        source = doc[cc.i + 1]
        key = _entity_of(source, index) if source.pos_ == "PROPN" else None
        if key is None or source.head.i == tok.i:
            continue
        while source.head.i != source.i and index.at(source.head) == key:
            source = source.head  # "Amnesty International": from the name's first word to its head
        end = max(t.i for t in source.subtree if t.i >= source.i)
        phrase.update(range(cc.i, end + 1))
        extra.append(key)
        # ", on Thursday,": a short phrase set off right after the second source dates its report
        if end + 2 < len(doc) and doc[end + 1].text == "," and doc[end + 2].dep_ == "prep":
            prep = doc[end + 2]
            last = prep.right_edge.i
            if last + 1 < len(doc) and doc[last + 1].text == "," and last - prep.i < 5:
                phrase.update(range(end + 1, last + 2))
    return phrase, extra


def _is_figure(tok: Token) -> bool:
    """A number or an amount ("US$3.6 billion", "40 percent")."""
    return tok.pos_ == "NUM" or tok.like_num or tok.ent_type_ in ("MONEY", "CARDINAL", "QUANTITY", "PERCENT")


def _according_speaker(tok: Token, index: EntityIndex) -> str | None:
    """The source an "according to" phrase names; a name over a title the parser split from it
    ("according to curator Ines Falk": Falk, not the curator)."""
    for to in tok.children:
        if to.lower_ != "to":
            continue
        misread = _misread_source(to, index)
        if misread is not None:
            return index.at(misread)
        for pobj in sorted((c for c in to.children if c.dep_ == "pobj"), key=lambda c: not _names_person(c, index)):
            if pobj.lemma_.lower() in lexicon.SOURCE_NOUNS and pobj.i not in index.by_token:
                # "according to a statement from the Kyiv city military administration"
                for prep in pobj.children:
                    if prep.dep_ == "prep" and prep.lower_ in ("from", "by", "of"):
                        for src in prep.children:
                            key = _entity_of(src, index)
                            if key:
                                return key
            key = _entity_of(pobj, index) or _place_speaking(pobj, index)
            if key:
                return key
    return None


def _misread_source(to: Token, index: EntityIndex) -> Token | None:
    """The source of "according to Roe the paintings were returned" (no comma) when the parser
    took the name for a verb whose object is the clause's subject: the name's last word."""
    for c in to.children:
        if c.dep_ == "pcomp" and c.pos_ == "VERB" and index.at(c) is not None \
                and index.entities[index.at(c)].kind not in NON_ACTOR_KINDS:
            return c
    return None


def _clause_tokens(head: Token) -> list[Token]:
    """The tokens of a complement clause, without its trailing adverbial clauses and the 'that'."""
    drop: set[int] = set()
    for c in head.children:
        if c.dep_ in ("advcl", "parataxis") and c.i > head.i and _set_off(c):
            drop.update(t.i for t in c.subtree)
        if c.dep_ in ("mark", "aux") and c.lower_ in ("that", "to") and c.i < head.i:
            drop.add(c.i)
    toks = [t for t in head.subtree if t.i not in drop]
    return _trim(toks)


def _set_off(clause: Token) -> bool:
    """An adverbial clause that is no part of what was said: one set off by a comma or a dash
    ("..., adding that ...") or a bare participle ("... citing the crisis"). A condition or a
    purpose right after the claim is part of it ("would leave if the Senate voted against him",
    "a vote will be held to decide ...")."""
    if clause.dep_ == "parataxis" or clause.tag_ == "VBG":
        return True
    before = clause.doc[clause.left_edge.i - 1] if clause.left_edge.i > 0 else None
    return before is None or before.text in (",", ";", ":", "—", "–", "-", "(")


def _attributed_clause(tok: Token, phrase: set[int] | None = None) -> list[Token]:
    """The clause an attribution phrase ("according to X", "as reported by X") is attached to,
    without the phrase (`phrase`: its tokens, when not just `tok`'s subtree).

    Attached inside a relative clause ("..., where two missiles killed three, according to X"),
    it covers the clause the relative clause belongs to. In a sentence cut by a semicolon or a
    colon, it covers the part it stands in ("X suggested ...; according to Y, he owed ...").
    """
    clause = tok.head
    while clause.pos_ not in ("VERB", "AUX") and clause.head.i != clause.i:
        clause = clause.head
    while clause.dep_ in ("relcl", "acl") and clause.head.i != clause.i:
        clause = clause.head
        while clause.pos_ not in ("VERB", "AUX") and clause.head.i != clause.i:
            clause = clause.head
    drop = phrase if phrase is not None else {t.i for t in tok.subtree}
    if _closes_sentence(tok, drop):
        # "the museum saw attendance reach 20,000, according to its curator": set off at the end,
        # the phrase attributes all the sentence says, whichever clause the parser hung it on
        clause = sentence(tok).root
    toks = [t for t in sentence(clause) if t.i not in drop] if clause.dep_ == "ROOT" else [
        t for t in clause.subtree if t.i not in drop]
    cuts = [t.i for t in toks if t.text in (";", ":")]
    if cuts:
        begin = max((i for i in cuts if i < tok.i), default=-1)
        end = min((i for i in cuts if i > tok.i), default=len(tok.doc))
        part = [t for t in toks if begin < t.i < end]
        if sum(not t.is_punct for t in part) >= 3:
            toks = part
    return _trim(toks)


def _closes_sentence(tok: Token, phrase: set[int]) -> bool:
    """Whether the attribution phrase `phrase` (from `tok`) is set off by a comma at the end of its
    sentence: only punctuation follows it."""
    doc = tok.doc
    first = min(phrase)
    if first == 0 or doc[first - 1].text != ",":
        return False
    sent = sentence(tok)
    return all(t.is_punct or t.is_space or t.i in phrase for t in sent if t.i > first)


def _trim(toks: list[Token]) -> list[Token]:
    while toks and (toks[0].is_punct or toks[0].is_space or toks[0].lower_ in ("that", "and", "but", "as")):
        toks = toks[1:]
    while toks and (toks[-1].is_punct or toks[-1].is_space or toks[-1].lower_ in ("and", "but", "as")):
        toks = toks[:-1]
    return toks


def _overlaps(toks: list[Token], quoted: set[int], cue: Token | None = None) -> bool:
    """Whether reported words are mostly a quotation already kept as a direct statement.

    A claim after its `cue` with a quoted piece and five words or more of its own ('said it is
    possible "that ..." and the ban followed talks with the US') is reported speech too. Words
    with a quotation before a cue ('urged ..., asserting, "...," Roe stated') are the parser's
    misreading of the sentence: the quotation is what the cue reports.
    """
    inside = sum(t.i in quoted for t in toks)
    if cue is not None and inside and toks[0].i < cue.i:
        return True
    if inside <= len(toks) // 3:
        return False
    own = sum(t.i not in quoted and not (t.is_punct or t.is_space) for t in toks)
    return cue is None or own < 5


# ------------------------------------------------------------------ topic and numbers

def _about(doc: Doc, content: list[int], cue: Token | None, event_tokens: dict[int, str]) -> str | None:
    """The event a statement is about: one named in it, else one in its sentence, else just before."""
    inside = [i for i in content if i in event_tokens]
    if inside:
        root = cue if cue is not None else min((doc[i] for i in content), key=lambda t: len(list(t.ancestors)))
        return event_tokens[min(inside, key=lambda i: (tree_distance(doc[i], root), abs(i - root.i)))]
    anchor = cue if cue is not None else doc[content[0]]
    sent = sentence(anchor)
    in_sentence = [i for i in event_tokens if sent.start <= i < sent.end]
    if in_sentence:
        return event_tokens[min(in_sentence, key=lambda i: tree_distance(doc[i], anchor))]
    if sent.start > 0:
        prev = sentence(doc[sent.start - 1])
        if prev.text.strip() == "" and prev.start > 0:
            prev = sentence(doc[prev.start - 1])
        in_prev = [i for i in event_tokens if prev.start <= i < prev.end]
        if in_prev:
            return event_tokens[min(in_prev, key=lambda i: len(list(doc[i].ancestors)))]
    return None


def _attach_quantities(statements: dict[str, Statement], quantities: list[FoundQuantity],
                       event_tokens: dict[int, str]) -> None:
    for q in quantities:
        for stmt in statements.values():
            if stmt.mention.begin <= q.quantity.mention.begin and q.quantity.mention.end <= stmt.mention.end:
                stmt.quantities.append(q.quantity.key)
