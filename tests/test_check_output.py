"""`onevoice check` on the samples and its three output formats, exit codes and --strict."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

from click.testing import CliRunner

from generator.cli import main


def run(*args: str):  # type: ignore[no-untyped-def]
    return CliRunner().invoke(main, list(args))


def test_samples_are_clean(project: Path) -> None:
    result = run("check")
    assert result.exit_code == 0, result.output
    assert "4 statement files checked: 0 errors, 0 warnings: ok" in result.output


def test_json_is_exactly_one_object_with_the_documented_fields(project: Path) -> None:
    (project / "statements" / "2026-11-20-card-payments.md").write_text(
        (project / "statements" / "2026-11-20-card-payments.md").read_text().replace("severity: major", "severity: majr"))
    result = run("check", "--format", "json")
    assert result.exit_code == 1
    report = json.loads(result.stdout)
    assert report["statements"] == 4
    problem = report["problems"][0]
    assert set(problem) == {"path", "line", "column", "severity", "rule", "category", "message", "hint"}
    assert problem["path"] == "statements/2026-11-20-card-payments.md" and problem["line"] == 3
    assert problem["category"] == "format" and problem["hint"] == "did you mean 'major'?"


def test_github_format_annotates_the_line_at_fault(project: Path) -> None:
    path = project / "statements" / "2026-11-20-card-payments.fr.md"
    path.write_text(path.read_text().replace("· surveillance", "· surveilance"))
    result = run("check", "--format", "github")
    assert result.exit_code == 1
    line = next(l for l in result.stdout.splitlines() if "surveilance" in l)
    assert line.startswith("::error file=statements/2026-11-20-card-payments.fr.md,line=28,col=")
    assert "title=format/unknown-status::unknown status 'surveilance'" in line
    assert "did you mean 'surveillance'" in line


def test_warnings_pass_unless_strict(project: Path) -> None:
    path = project / "statements" / "2026-11-18-retard-cartes-fidelite.fr.md"
    path.write_text(path.read_text().replace("## Mises à jour", "## Mises a jours\nx\n\n## Mises à jour"))
    relaxed, strict = run("check"), run("check", "--strict")
    assert relaxed.exit_code == 0 and "warning: '## Mises a jours' is not a known section" in relaxed.output
    assert "did you mean '## Mises à jour'?" in relaxed.output
    assert strict.exit_code == 1
    # Warnings alone: the verdict says --strict failed on them, never "fix the errors above".
    assert "0 errors" in strict.output and "--strict fails on warnings" in strict.output
    assert "fix the errors above" not in strict.output


def test_usage_errors_exit_2(project: Path, tmp_path: Path) -> None:
    assert run("check", "no-such-file.md").exit_code == 2
    assert run("check", "--format", "yaml").exit_code == 2
    outside = run("check", "--root", str(tmp_path / "empty"))
    assert outside.exit_code == 2 and "no mkdocs.yml" in outside.output and "--root" in outside.output


def test_settings_problems_are_located_in_mkdocs_yml(project: Path) -> None:
    config = project / "mkdocs.yml"
    config.write_text(config.read_text().replace("timezone: Europe/Paris", "timezone: Europe/Pari")
                      .replace("organisation: Calypso Pay", "organization: Calypso Pay"))
    result = run("check")
    assert result.exit_code == 1
    assert "mkdocs.yml:26:" in result.output and "did you mean `Europe/Paris`?" in result.output
    assert "mkdocs.yml:25:" in result.output and "unknown setting `organization`" in result.output
    assert "did you mean `organisation`?" in result.output


def test_check_runs_as_an_installed_command(project: Path) -> None:
    exe = Path(sys.executable).parent / "onevoice"
    result = subprocess.run([str(exe), "check", "--format", "json"], capture_output=True, text=True)
    assert result.returncode == 0, result.stdout + result.stderr
    assert json.loads(result.stdout)["statements"] == 4


def test_a_section_of_the_authors_own_is_no_misspelt_known_one(project: Path) -> None:
    path = project / "statements" / "2026-11-18-retard-cartes-fidelite.fr.md"
    path.write_text(path.read_text().replace("## Mises à jour", "## Ce que nous changeons\nLe contrôle est doublé.\n\n"
                                                               "## Ce que nous faison\nx\n\n## Mises à jour"))
    output = run("check").output
    assert "Ce que nous changeons" not in output, output  # a heading of its own, published on the page
    assert "'## Ce que nous faison' is not a known section" in output  # a slip still gets its hint


def test_a_site_address_x_does_not_link_is_said_once(project: Path) -> None:
    # The samples' address ends in .example, which X does not take for a link: X counts it whole.
    result = run("check")
    assert result.exit_code == 0, result.output
    assert result.output.count("X does not take the site's address https://status.calypso-pay.example/") == 1
    config = project / "mkdocs.yml"
    config.write_text(config.read_text().replace("status.calypso-pay.example", "status.calypso-pay.com"))
    result = run("check")
    assert result.exit_code == 0 and "X does not take" not in result.output, result.output


def test_check_tells_the_team_where_each_statement_stands(project: Path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    # At the sample clock the card-payments statement is open with its promise ahead; a day
    # later, that promise is overdue; the two others are closed, each with when.
    result = run("check")
    assert "Where each statement stands:" in result.output, result.output
    assert "  2026-11-20-card-payments (en, fr): major, open, next update promised by 20 November 2026, 12:00 CET" \
        in result.output, result.output
    assert "  2026-10-02-merchant-data-exposure (en): critical, closed 4 October 2026, 18:00 CEST" in result.output
    monkeypatch.setenv("ONEVOICE_NOW", "2026-11-21T12:00:00+01:00")
    later = run("check")
    assert "2026-11-20-card-payments (en, fr): major, open, the update promised by 20 November 2026, 12:00 CET is " \
           "overdue" in later.output, later.output
    assert "and is 1 day late" in later.output, later.output
