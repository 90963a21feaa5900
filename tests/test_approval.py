"""Approval as code: with `require_approval` set, a major or critical statement without
`approved_by` is refused by `check --strict` (and so by `build --strict`), located on its
`title` line; naming an approver clears it."""

from __future__ import annotations

import dataclasses
import re
from pathlib import Path

from click.testing import CliRunner

from generator.reading.approval import approval_problems
from generator.cli import main
from generator.reading.reader import load_incidents
from generator.reading.settings import load_settings

CARD_EN = "statements/2026-11-20-card-payments.md"
CARD_FR = "statements/2026-11-20-card-payments.fr.md"
EXPOSURE = "statements/2026-10-02-merchant-data-exposure.md"  # critical
LOYALTY_FR = "statements/2026-11-18-retard-cartes-fidelite.fr.md"  # minor


def require_approval(root: Path, severities: str) -> None:
    config = root / "mkdocs.yml"
    text = config.read_text(encoding="utf-8")
    assert "require_approval: []" in text
    config.write_text(text.replace("require_approval: []", f"require_approval: {severities}"), encoding="utf-8")


def add_front_matter(root: Path, relative: str, line: str) -> None:
    path = root / relative
    text = path.read_text(encoding="utf-8")
    assert text.startswith("---\n")
    path.write_text("---\n" + line + "\n" + text[4:], encoding="utf-8")


def parsed(root: Path):  # type: ignore[no-untyped-def]
    settings = load_settings(root)
    incidents, problems = load_incidents(settings)
    assert not [p for p in problems if p.severity == "error"], problems
    return incidents, settings


def title_line(root: Path, relative: str) -> int:
    lines = (root / relative).read_text(encoding="utf-8").split("\n")
    return next(i for i, line in enumerate(lines, start=1) if line.startswith("title:"))


def test_every_unapproved_major_and_critical_file_is_an_error_on_its_title_line(project: Path) -> None:
    require_approval(project, "[major, critical]")
    incidents, settings = parsed(project)

    problems = approval_problems(incidents, settings)

    assert [(p.path, p.line) for p in problems] == [
        (EXPOSURE, title_line(project, EXPOSURE)),
        (CARD_FR, title_line(project, CARD_FR)),
        (CARD_EN, title_line(project, CARD_EN)),
    ]
    assert {(p.severity, p.rule, p.category, p.column) for p in problems} == {("error", "approval/missing", "format", 1)}
    card = next(p for p in problems if p.path == CARD_EN)
    assert "major statement has no `approved_by`" in card.message
    assert "major and critical statements" in card.message
    assert "approved_by: [" in card.hint


def test_minor_statements_and_unlisted_severities_need_no_approval(project: Path) -> None:
    require_approval(project, "[critical]")
    incidents, settings = parsed(project)

    paths = [p.path for p in approval_problems(incidents, settings)]

    assert paths == [EXPOSURE]
    assert LOYALTY_FR not in paths


def test_no_requirement_means_no_problem(settings, incidents) -> None:  # type: ignore[no-untyped-def]
    assert settings.require_approval == ()
    assert approval_problems(incidents, settings) == []


def test_naming_an_approver_clears_only_that_file(project: Path) -> None:
    require_approval(project, "[major, critical]")
    add_front_matter(project, CARD_EN, "approved_by: [Claire Martin (legal), Julie Besson (communications)]")
    incidents, settings = parsed(project)

    paths = [p.path for p in approval_problems(incidents, settings)]

    # The French translation is its own text: its reviewers approve it separately.
    assert paths == [EXPOSURE, CARD_FR]


def test_a_draft_incident_waits_for_no_approval(project: Path) -> None:
    require_approval(project, "[major, critical]")
    add_front_matter(project, EXPOSURE, "draft: true")
    incidents, settings = parsed(project)

    paths = [p.path for p in approval_problems(incidents, settings)]

    assert EXPOSURE not in paths
    assert paths == [CARD_FR, CARD_EN]


def test_blank_approver_names_are_no_approval(project: Path) -> None:
    require_approval(project, "[major]")
    incidents, settings = parsed(project)
    card = next(i for i in incidents if i.slug == "2026-11-20-card-payments")
    blank = dataclasses.replace(card.primary, approved_by=("  ",))
    card = dataclasses.replace(card, translations={**card.translations, card.primary.lang: blank})

    paths = [p.path for p in approval_problems([card], settings)]

    assert paths == [CARD_FR, CARD_EN]


def test_a_missing_approval_is_an_error_with_or_without_strict(project: Path) -> None:
    # The severity policy: a missing approval is a fact the tool is sure of.
    require_approval(project, "[major, critical]")
    runner = CliRunner()

    for args in (["check", "--strict"], ["check"]):
        result = runner.invoke(main, args)
        assert result.exit_code == 1, result.output
        located = re.findall(r"^(statements/\S+):(\d+):1: error: .*approved_by", result.output, re.MULTILINE)
        assert sorted(located) == sorted([
            (EXPOSURE, str(title_line(project, EXPOSURE))),
            (CARD_FR, str(title_line(project, CARD_FR))),
            (CARD_EN, str(title_line(project, CARD_EN))),
        ])


def test_a_pull_request_preview_builds_statements_awaiting_approval(project: Path) -> None:
    require_approval(project, "[major, critical]")
    refused = CliRunner().invoke(main, ["build"])
    preview = CliRunner().invoke(main, ["build", "--preview"])
    assert refused.exit_code == 1 and "approved_by" in refused.output
    assert preview.exit_code == 0, preview.output
    assert (project / "site" / "statements" / "2026-11-20-card-payments" / "index.html").is_file()


def test_approved_statements_pass_check_strict(project: Path) -> None:
    require_approval(project, "[major, critical]")
    for relative in (CARD_EN, CARD_FR, EXPOSURE):
        add_front_matter(project, relative, "approved_by: [Claire Martin (legal)]")

    result = CliRunner().invoke(main, ["check", "--strict", "--format", "github"])

    assert "approval/missing" not in result.output
