"""The linter measured on the labelled corpus (tests/lint_corpus): the targets of issue 6,
overall precision ≥ 0.95 and recall ≥ 0.90 in each language, and the corpus itself large
and varied enough for the figures to mean something."""

from __future__ import annotations

import importlib.util
import sys
from collections import Counter
from pathlib import Path

import pytest

from generator.lint.registry import CATEGORIES
from generator.lint.sentence_rules import SENTENCE_RULES

BENCHMARK = Path(__file__).resolve().parent.parent / "benchmarks" / "lint_precision.py"


def _benchmark():  # type: ignore[no-untyped-def]
    spec = importlib.util.spec_from_file_location("lint_precision", BENCHMARK)
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # dataclasses look their module up while the file runs
    spec.loader.exec_module(module)
    return module


bench = _benchmark()
SENTENCE_CATEGORIES = {rule.category for rule in SENTENCE_RULES}


@pytest.mark.parametrize("lang", ["en", "fr"])
def test_the_corpus_has_150_sentences_every_category_and_many_clean_ones(lang: str) -> None:
    examples = bench.load(lang)
    counts = Counter(e.category for e in examples)
    assert len(examples) >= 150
    assert set(counts) == SENTENCE_CATEGORIES | {"clean"}
    assert all(counts[c] >= 10 for c in SENTENCE_CATEGORIES), counts
    assert counts["clean"] >= 60
    assert set(counts) - {"clean"} <= set(CATEGORIES)
    assert len({e.sentence for e in examples}) == len(examples), "duplicate sentences"


@pytest.mark.parametrize("lang", ["en", "fr"])
def test_precision_and_recall_reach_the_targets(lang: str) -> None:
    overall = bench.score(bench.load(lang))["overall"]
    assert overall.precision >= 0.95, overall.misses
    assert overall.recall >= 0.90, overall.misses


@pytest.mark.parametrize("lang", ["en", "fr"])
def test_no_clean_sentence_of_the_corpus_raises_an_error(lang: str) -> None:
    # A false error blocks publishing during a crisis: worse than a false warning.
    from generator.lint.sentences import Block
    from generator.lint.text_findings import text_findings

    for example in bench.load(lang):
        if example.category == "clean":
            errors = [f.rule.id for f in text_findings(Block(example.sentence, 1), lang) if f.rule.severity == "error"]
            assert errors == [], example.sentence


def test_the_benchmark_prints_a_table_per_language_and_part(capsys: pytest.CaptureFixture[str]) -> None:
    assert bench.main([]) == 0
    out = capsys.readouterr().out
    for heading in ("[en] dev", "[en] held-out", "[fr] dev", "[fr] held-out"):
        assert heading in out
    assert out.count("overall") >= 4
