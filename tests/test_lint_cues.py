"""The linter's fast first screen (`generator.lint.cues`): every phrase compiles, and the
literal cues never rule out a sentence that a phrase matches, on the labelled corpus and on
texts made to sit right at the edge of a cue (case, accents, apostrophes, line breaks)."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from generator.lint import sentence_rules
from generator.lint.cues import cue_safe, literal_cues
from generator.lint.sentences import Block, split

CORPUS = Path(__file__).parent / "lint_corpus"


def every_phrase():  # type: ignore[no-untyped-def]
    for lang, vocab in sentence_rules.VOCABULARIES.items():
        for rule_id, phrases in vocab.SENTENCE_PHRASES.items():
            for phrase in phrases:
                yield lang, rule_id, phrase
    for phrase in sentence_rules.PLACEHOLDERS:
        yield "*", "placeholder", phrase


def test_every_phrase_compiles() -> None:
    # Phrases compile on first use; a broken one must fail here, not in a user's check.
    count = 0
    for _lang, _rule, phrase in every_phrase():
        assert isinstance(phrase.regex, re.Pattern), phrase.pattern
        count += 1
    assert count > 100


@pytest.mark.parametrize(("pattern", "text", "expected"), [
    (r"\bnever\s+again\b", "We promise it will NEVER\nagain happen.", {"never", "again"}),
    (r"\bguarantee[sd]?\b", "Nous GARANTISSONS rien; we Guaranteed it.", {"guarantee"}),
    (r"(?-i:\bTODO\b)", "left a TODO here", {"todo"}),
    (r"\b(?:fault|blame)\s+of\b", "the Fault of others", {"fault", "blame"}),
    (r"\bn'y\s+est\s+pour\s+rien", "Notre prestataire N'Y est POUR rien.", {"pour", "rien"}),
    (r"\w+ly\s+safe", "Totally Safe", {"safe"}),
])
def test_cues_are_words_every_match_contains(pattern: str, text: str, expected: set[str]) -> None:
    cues = literal_cues(pattern)
    assert cues is not None and expected & cues
    match = re.search(pattern, text, re.IGNORECASE)
    assert match is not None
    assert any(cue in match.group(0).lower() for cue in cues)


@pytest.mark.parametrize("pattern", [r"(?:foo)?bar|\d+", r"[A-Z]{3,}", r"x*", r"(?:never)?"])
def test_no_cue_when_a_match_may_lack_every_literal(pattern: str) -> None:
    assert literal_cues(pattern) is None


def test_texts_where_lowering_differs_from_ignorecase_are_left_to_the_regex() -> None:
    # U+017F (long s) matches "s" under re.IGNORECASE but does not lower to it; U+212A is the Kelvin sign.
    assert not cue_safe("Nous le garantiſſons")
    assert not cue_safe("5 \u212a")
    assert cue_safe("Nous le garantissons à 100 % — « promis »")


def corpus_sentences():  # type: ignore[no-untyped-def]
    for path in sorted(CORPUS.glob("*.tsv")):
        lang = path.name.split(".")[0]
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
            if line.strip() and not line.startswith("#"):
                yield lang, Block(line.partition("\t")[2], number)


def test_the_cues_never_hide_a_phrase_match_in_the_corpus() -> None:
    checked = 0
    for lang, block in corpus_sentences():
        for sentence in split(block):
            for rule_id in sentence_rules.VOCABULARIES[lang].SENTENCE_PHRASES:
                cues = sentence_rules._cues(rule_id, lang)  # as used from CUES_FROM sentences on
                matched = any(phrase.regex.search(sentence.text) for phrase in sentence_rules.phrases_for(rule_id, lang))
                if matched and cues is not None and sentence.cue_text is not None:
                    assert cues.search(sentence.cue_text), (rule_id, sentence.text)
                    checked += 1
    assert checked > 100  # the corpus has bad sentences of every category in both languages
