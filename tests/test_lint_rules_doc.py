"""`onevoice rules` and docs/rules.md: generated from the registry, never behind it; each
rule's own examples behave as the docs say."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from generator.cli import main
from generator.checking.lint import RULES
from generator.checking.lint.catalogue import REGENERATE, as_markdown
from generator.checking.lint.sentences import Block
from generator.checking.lint.text_findings import text_findings

DOC = Path(__file__).resolve().parent.parent / "docs" / "rules.md"


def test_docs_rules_md_is_the_generated_markdown() -> None:
    assert DOC.read_text(encoding="utf-8") == as_markdown(), f"docs/rules.md is stale: run `{REGENERATE}`"


def test_rules_command_prints_the_markdown_of_the_docs() -> None:
    result = CliRunner().invoke(main, ["rules", "--format", "markdown"])
    assert result.exit_code == 0
    assert result.output == DOC.read_text(encoding="utf-8")


def test_rules_command_json_lists_every_rule_with_its_examples() -> None:
    result = CliRunner().invoke(main, ["rules", "--format", "json"])
    assert result.exit_code == 0
    data = json.loads(result.output)
    assert [r["id"] for r in data] == [r.id for r in RULES]
    for entry in data:
        assert set(entry) >= {"id", "category", "severity", "languages", "bad", "better", "doc"}
        assert entry["severity"] in ("error", "warning") and entry["bad"] and entry["better"]


def test_rules_command_text_shows_id_category_severity_and_examples() -> None:
    result = CliRunner().invoke(main, ["rules"])
    assert result.exit_code == 0
    assert "overpromise  [overpromise, warning, sentence, languages: en, fr]" in result.output
    assert "bad:    This will never happen again." in result.output


def test_rule_ids_are_unique_and_errors_say_why_in_their_doc() -> None:
    ids = [r.id for r in RULES]
    assert len(ids) == len(set(ids))
    for rule in RULES:
        assert rule.doc.startswith(rule.severity.capitalize()), rule.id


@pytest.mark.parametrize("rule", [r for r in RULES if r.scope == "sentence"], ids=lambda r: r.id)
def test_a_sentence_rule_finds_its_bad_example_and_not_its_better_one(rule) -> None:  # type: ignore[no-untyped-def]
    def found(text: str) -> bool:
        return any(f.rule.id == rule.id for f in text_findings(Block(text, 1), "en"))

    assert found(rule.bad)
    assert not found(rule.better)


# The severity policy (docs/rules.md): an error only for what the tool is sure of.
SURE = {
    "placeholder": "an unfilled template slot, found by its syntax",
    "inconsistent-facts": "the same fact written with two values in two languages",
    "suppression-without-reason": "a malformed suppression comment",
    "suppression-unknown-rule": "a suppression naming no rule",
}


def test_only_what_the_tool_is_sure_of_is_an_error() -> None:
    errors = {rule.id for rule in RULES if rule.severity == "error"}
    assert errors == set(SURE), errors - set(SURE)
    craft = {"overpromise", "blame", "defensive", "minimizing", "emotional", "speculation", "no-ownership",
             "no-acknowledgement", "no-empathy", "no-next-update", "overdue-update", "length"}
    assert all(rule.severity == "warning" for rule in RULES if rule.category in craft)


def test_the_severity_policy_is_written_in_the_rules_doc() -> None:
    doc = DOC.read_text(encoding="utf-8")
    assert "## Severity policy" in doc
    for words in ("never fail", "--strict", "--since", "approval", "warning"):
        assert words in doc, words
