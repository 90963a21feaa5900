"""`<!-- onevoice: allow RULE-ID because … -->` silences one finding on the next line, and
is itself an error without a reason or with an unknown rule."""

from __future__ import annotations

from pathlib import Path

from tests.test_lint_support import (
    EN_SECTIONS,
    FR_SECTIONS,
    by_rule,
    lint_files,
    rules_of,
    statement,
)

EN = "2026-11-20-card-payments.md"
FR = "2026-11-20-card-payments.fr.md"


def with_doing(comment: str, sentence: str, lang: str = "en") -> str:
    """A statement whose 'what we are doing' section is the comment line (13) then the
    sentence (14)."""
    base = EN_SECTIONS if lang == "en" else FR_SECTIONS
    key = "What we are doing" if lang == "en" else "Ce que nous faisons"
    return statement({**base, key: f"{comment}\n{sentence}"}, lang=lang)


def test_a_suppression_with_a_reason_moves_the_finding_to_suppressed(project: Path) -> None:
    text = with_doing("<!-- onevoice: allow minimizing because 'only' scopes who is affected -->",
                      "Only a few shops in Lyon are affected.")
    result = lint_files(project, {EN: text})
    assert result.problems == []
    (silenced,) = result.suppressed
    assert (silenced.rule, silenced.line, silenced.category) == ("minimizing", 14, "minimizing")


def test_a_french_reason_is_accepted(project: Path) -> None:
    text = with_doing("<!-- onevoice: allow minimizing parce que le périmètre est exact -->",
                      "Seuls quelques magasins de Lyon sont concernés.", lang="fr")
    result = lint_files(project, {FR: text})
    assert result.problems == [] and [p.rule for p in result.suppressed] == ["minimizing"]


def test_a_suppression_without_reason_is_an_error_and_silences_nothing(project: Path) -> None:
    text = with_doing("<!-- onevoice: allow minimizing -->", "Only a few shops in Lyon are affected.")
    result = lint_files(project, {EN: text})
    assert result.suppressed == []
    assert rules_of(result.problems) == {"minimizing", "suppression-without-reason"}
    (error,) = by_rule(result.problems, "suppression-without-reason")
    assert (error.line, error.column, error.severity) == (13, 1, "error")
    assert "gives no reason" in error.message


def test_a_suppression_only_reaches_the_next_line(project: Path) -> None:
    text = with_doing("<!-- onevoice: allow minimizing because scope -->\n", "Only a few shops are affected.")
    result = lint_files(project, {EN: text})
    assert result.suppressed == []
    assert rules_of(result.problems) == {"minimizing", "suppression-unused"}


def test_a_suppression_only_silences_its_own_rule(project: Path) -> None:
    text = with_doing("<!-- onevoice: allow blame because the contract names them -->",
                      "Only a few shops are affected.")
    result = lint_files(project, {EN: text})
    assert [p.rule for p in result.suppressed] == []
    assert rules_of(result.problems) == {"minimizing", "suppression-unused"}


def test_an_unknown_rule_is_an_error_with_a_close_match(project: Path) -> None:
    text = with_doing("<!-- onevoice: allow minimising because scope -->", "Only a few shops are affected.")
    result = lint_files(project, {EN: text})
    (error,) = by_rule(result.problems, "suppression-unknown-rule")
    assert "'minimising'" in error.message and "did you mean 'minimizing'?" in error.hint
    assert "minimizing" in rules_of(result.problems)


def test_one_comment_silences_one_finding(project: Path) -> None:
    text = with_doing("<!-- onevoice: allow minimizing because scope -->",
                      "Only a few shops are affected. It was a minor glitch.")
    result = lint_files(project, {EN: text})
    assert [(p.rule, p.line) for p in result.suppressed] == [("minimizing", 14)]
    assert [(p.rule, p.line) for p in result.problems] == [("minimizing", 14)]


def test_statement_level_findings_are_suppressed_above_the_summary_heading(project: Path) -> None:
    text = statement({"Summary": "Card payments fail at checkout. We are sorry.", **{
        k: v for k, v in EN_SECTIONS.items() if k not in ("Summary", "What we are doing")}})
    text = text.replace("## Summary", "<!-- onevoice: allow no-action because the fix is a supplier's -->\n## Summary")
    result = lint_files(project, {EN: text})
    assert result.problems == [] and [p.rule for p in result.suppressed] == ["no-action"]


def test_a_finding_on_a_whole_section_is_suppressed_by_a_comment_at_its_top(project: Path) -> None:
    # "The 'Ce que nous faisons' section lacks '1,240', which the English file gives" points at the
    # section's first line: a comment put there, above the paragraph, silences it (newcomer 54
    # got "nothing to suppress" and could not silence it at all).
    en = statement({**EN_SECTIONS, "What we are doing": "We have called our 1,240 merchants."})
    fr = with_doing("<!-- onevoice: allow facts-to-check because la page française les compte ailleurs -->",
                    "Nous avons appelé nos commerçants.", lang="fr")
    result = lint_files(project, {EN: en, FR: fr})
    assert [p.rule for p in result.suppressed] == ["facts-to-check"], result.problems
    assert "suppression-unused" not in rules_of(result.problems), result.problems
