"""The model's attribute rules (its `attribute_ruler`), applied by looking each word up.

The English models set each token's coarse part of speech, morphology and some lemmas with an
`AttributeRuler`: some 180 Matcher patterns ("a token tagged VBZ whose lower case is 's" -> AUX,
lemma "be"). spaCy's Matcher tries them as a general automaton, which costs a tenth of the whole
parse of a news article. Every pattern those models ship is of a fixed length over a few token
attributes, compared for equality, membership or a regular expression, so each word can instead be
looked up by its lower case and tag in tables built once. The result is the same: the same rules
match the same words, and their attributes are set in the ruler's own order (by rule, then by
position: a later rule wins), with spaCy's own setter. A ruler with any other kind of pattern
(operators, other attributes) is left to run as shipped.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Any

from spacy.tokens import Doc

# What a word is tested on: the attributes the shipped patterns use, each read once per word.
_ATTRS = ("LOWER", "TAG", "DEP", "IS_SPACE")

Test = tuple[int, Callable[[Any], bool]]  # (attribute position in _ATTRS, test of its value)

# Distinct words whose one-word rules are kept: 1,000 news articles hold some 15,000 (a few MB);
# past the bound (under 20 MB) the table starts again.
_KNOWN_WORDS = 50_000


class UnsupportedPattern(ValueError):
    """A ruler pattern this lookup does not reproduce exactly (the ruler then runs as shipped)."""


def _value_test(value: Any) -> Callable[[Any], bool]:
    if isinstance(value, (str, bool)):
        return lambda v, want=value: v == want
    if isinstance(value, dict) and len(value) == 1:
        (op, arg), = value.items()
        if op == "IN" and isinstance(arg, list):
            allowed = frozenset(arg)
            return lambda v: v in allowed
        if op == "NOT_IN" and isinstance(arg, list):
            banned = frozenset(arg)
            return lambda v: v not in banned
        if op == "REGEX" and isinstance(arg, str):
            pattern = re.compile(arg)  # spaCy's Matcher searches, it does not match from the start
            return lambda v: bool(pattern.search(v))
    raise UnsupportedPattern(f"unsupported value {value!r}")


def _token_tests(spec: dict[str, Any]) -> tuple[Test, ...]:
    if not spec or "OP" in spec:
        raise UnsupportedPattern(f"unsupported token pattern {spec!r}")
    tests = []
    for attr, value in spec.items():
        if attr not in _ATTRS:
            raise UnsupportedPattern(f"unsupported attribute {attr}")
        tests.append((_ATTRS.index(attr), _value_test(value)))
    return tuple(tests)


def _keys(spec: dict[str, Any], attr: str) -> list[str] | None:
    """The values of `attr` a word must have to match `spec` (None when the spec allows any)."""
    value = spec.get(attr)
    if isinstance(value, str):
        return [value]
    if isinstance(value, dict) and set(value) == {"IN"}:
        return [v for v in value["IN"] if isinstance(v, str)]
    return None


class AttributeRules:
    """The patterns of an `AttributeRuler`: those of one word answered once per distinct word, those
    of several indexed by the lower case or tag their first word needs."""

    def __init__(self, ruler) -> None:
        self.attrs = list(ruler.attrs)  # normalised as the ruler sets them
        self.indices = list(ruler.indices)
        # one-word patterns: which rules a word matches depends on its attributes only, so it is
        # worked out for each distinct word once, trying only the patterns its lower case or tag
        # can match (by their place in the ruler's list, so that a word's rules keep its order)
        self.one_word: list[tuple[int, tuple[Test, ...]]] = []
        self.one_by_lower: dict[str, list[tuple[int, int, tuple[Test, ...]]]] = {}
        self.one_by_tag: dict[str, list[tuple[int, int, tuple[Test, ...]]]] = {}
        self.one_anywhere: list[tuple[int, int, tuple[Test, ...]]] = []
        self._known: dict[tuple[Any, ...], tuple[int, ...]] = {}
        self.by_lower: dict[str, list[tuple[int, tuple[tuple[Test, ...], ...]]]] = {}
        self.by_tag: dict[str, list[tuple[int, tuple[tuple[Test, ...], ...]]]] = {}
        self.by_dep: dict[str, list[tuple[int, tuple[tuple[Test, ...], ...]]]] = {}
        self.anywhere: list[tuple[int, tuple[tuple[Test, ...], ...]]] = []
        for rule, entry in enumerate(ruler.patterns):
            for pattern in entry["patterns"]:
                words = tuple(_token_tests(spec) for spec in pattern)
                if not words:
                    raise UnsupportedPattern("empty pattern")
                index = self.indices[rule]
                if not -len(words) <= index < len(words):
                    raise UnsupportedPattern(f"index {index} outside a pattern of {len(words)} words")
                item = (rule, words)
                if len(words) == 1:
                    indexed = (len(self.one_word), rule, words[0])
                    self.one_word.append((rule, words[0]))
                    if (lowers := _keys(pattern[0], "LOWER")) is not None:
                        for key in lowers:
                            self.one_by_lower.setdefault(key, []).append(indexed)
                    elif (tags := _keys(pattern[0], "TAG")) is not None:
                        for key in tags:
                            self.one_by_tag.setdefault(key, []).append(indexed)
                    else:
                        self.one_anywhere.append(indexed)
                elif (lowers := _keys(pattern[0], "LOWER")) is not None:
                    for key in lowers:
                        self.by_lower.setdefault(key, []).append(item)
                elif (tags := _keys(pattern[0], "TAG")) is not None:
                    for key in tags:
                        self.by_tag.setdefault(key, []).append(item)
                elif (deps := _keys(pattern[0], "DEP")) is not None:
                    for key in deps:
                        self.by_dep.setdefault(key, []).append(item)
                else:
                    self.anywhere.append(item)

    def matches(self, words: list[tuple[Any, ...]]) -> list[tuple[int, int]]:
        """(rule, position of the word it sets) of every match in `words` (each a tuple of the
        values of _ATTRS), in the order the ruler applies them: by rule, then by where it starts."""
        found: list[tuple[int, int, int]] = []
        n = len(words)
        known = self._known
        for start, word in enumerate(words):
            rules = known.get(word)
            if rules is None:
                if len(known) > _KNOWN_WORDS:
                    known.clear()  # a bound on memory over a long run; what is cleared is worked out again
                rules = known[word] = self._one_word_rules(word)
            found += [(rule, start, start) for rule in rules]
            if not (self.anywhere or word[0] in self.by_lower or word[1] in self.by_tag or word[2] in self.by_dep):
                continue
            for rule, pattern in (*self.by_lower.get(word[0], ()), *self.by_tag.get(word[1], ()),
                                  *self.by_dep.get(word[2], ()), *self.anywhere):
                if start + len(pattern) > n:
                    continue
                if all(test(words[start + k][attr]) for k, tests in enumerate(pattern) for attr, test in tests):
                    index = self.indices[rule]
                    found.append((rule, start, start + (index if index >= 0 else len(pattern) + index)))
        # a rule listed under two keys (a pattern and its alternative) matches a word once
        return [(rule, at) for rule, _, at in sorted(set(found))]

    def _one_word_rules(self, word: tuple[Any, ...]) -> tuple[int, ...]:
        """The rules of one word that `word` matches, in the ruler's order (each once): those of the
        patterns its lower case or tag can match, and those that ask neither."""
        candidates = sorted((*self.one_by_lower.get(word[0], ()), *self.one_by_tag.get(word[1], ()),
                             *self.one_anywhere), key=lambda c: c[0])
        return tuple(dict.fromkeys(rule for _, rule, tests in candidates
                                   if all(test(word[attr]) for attr, test in tests)))

    def __call__(self, doc: Doc) -> Doc:
        from spacy.tokens._retokenize import set_token_attrs

        words = [(t.lower_, t.tag_, t.dep_, t.is_space) for t in doc]
        for rule, at in self.matches(words):
            set_token_attrs(doc[at], self.attrs[rule])
        return doc


def compiled_rules(ruler) -> AttributeRules | None:
    """The rules of `ruler` as lookup tables, or None if any pattern is of a kind they do not reproduce."""
    try:
        return AttributeRules(ruler)
    except UnsupportedPattern:
        return None
