"""`onevoice review` on the sample statements, in a copy of the site that is not a git
repository: the figures the files alone give, and the ones git would give said unknown, with
why. Expected values are worked out by hand from the sample files."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from generator.cli import main

RESOLVED = "2026-10-02-merchant-data-exposure"
ONGOING = "2026-11-20-card-payments"
NO_REPOSITORY = "unknown: the site is not a git repository, so there is no history to read"


@pytest.fixture(autouse=True)
def outside_any_repository(project: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    # git must not find a repository above the temporary folder.
    monkeypatch.setenv("GIT_CEILING_DIRECTORIES", str(project.parent))


def review(*args: str):  # type: ignore[no-untyped-def]
    return CliRunner().invoke(main, ["review", *args])


def figures(slug: str, *args: str) -> dict[str, dict]:  # type: ignore[type-arg]
    result = review(slug, "--format", "json", *args)
    assert result.exit_code == 0, result.output
    return {figure["key"]: figure for figure in json.loads(result.stdout)["figures"]}


def test_the_resolved_sample_reveals_what_its_page_does_not_show(project: Path) -> None:
    result = review(RESOLVED)
    assert result.exit_code == 0, result.output
    text = result.stdout
    assert "Time to first public word: 2 h 10 min\n" in text  # started 14:30, first update 16:40
    assert "Time to resolved: 2 d 3 h 30 min\n" in text  # 2 Oct 14:30 → 4 Oct 18:00
    # 31 hours without a word between the monitoring update and the resolution
    assert "Longest silence: 1 d 7 h\n" in text
    assert "- from 2026-10-03 11:00 CEST (monitoring) to 2026-10-04 18:00 CEST (resolved)" in text
    assert ("Longest translation lag: none: the statement exists only in English, while the site also "
            "publishes in French") in text
    assert f"Git history: {NO_REPOSITORY}\n" in text  # said once, then each figure git would give points to it
    assert "Next-update promises kept: unknown: no usable git history (see “Git history”)\n" in text
    assert "The statement exists only in English. Did readers in French need it" in text
    assert f"Wrote dist/{RESOLVED}/en/review.md" in result.stderr


def test_figures_in_json_carry_values_units_and_reasons(project: Path) -> None:
    found = figures(RESOLVED)
    assert found["first_word"]["value"] == 2 * 3600 + 10 * 60 and found["first_word"]["unit"] == "seconds"
    assert found["to_identified"]["value"] == 3 * 3600  # 14:30 → 17:30
    assert found["promises"] | {"details": None} == found["promises"] | {
        "value": None, "unit": None, "known": False, "details": None}
    assert json.loads(review(RESOLVED, "--format", "json").stdout)["history"] == {
        "available": False, "why_not": NO_REPOSITORY, "uncommitted": []}
    assert found["corrections"]["value"] == 0 and found["corrections"]["unit"] == "count"
    # nine channels in mkdocs.yml, each with the announcement and one copy per update (4)
    assert found["channels"]["value"] == 9 * 5
    assert found["channels"]["text"].startswith("45 copies on 9 channels")


def test_an_ongoing_statement_is_reviewed_up_to_now(project: Path) -> None:
    found = figures(ONGOING)
    assert found["first_word"]["value"] == 8 * 60  # 09:12 → 09:20
    assert found["to_resolved"]["text"] == "not reached: no update has the status “resolved” or a later one"
    assert found["longest_silence"]["value"] == 45 * 60  # 09:20 → 10:05 (10:50 → now 11:30 is 40 min)
    assert found["promises"]["details"] == ["the current promise, 2026-11-20 12:00 CET, is due in 30 min"]
    assert found["languages"]["text"] == "unknown: no usable git history (see “Git history”)"


def test_the_review_speaks_the_language_of_the_file_reviewed(project: Path) -> None:
    result = review(ONGOING, "--lang", "fr")
    assert result.exit_code == 0, result.output
    assert result.stdout.startswith("Analyse : Échec des paiements par carte en caisse\n")
    assert "Délai avant la première prise de parole : 8 min\n" in result.stdout
    assert "Historique git : inconnu : le site n'est pas un dépôt git" in result.stdout
    assert "Promesses de mise à jour tenues : inconnu : pas d'historique git utilisable" in result.stdout
    document = (project / "dist" / ONGOING / "fr" / "review.md").read_text(encoding="utf-8")
    assert document.startswith("# Analyse après incident\u00a0: Échec des paiements par carte en caisse\n")
    assert "## Questions pour le retour d'expérience" in document


def test_the_document_quotes_the_published_postmortem_and_is_reproducible(project: Path) -> None:
    first = review(RESOLVED, "--format", "md")
    assert first.exit_code == 0, first.output
    written = project / "dist" / RESOLVED / "en" / "review.md"
    assert first.stdout == written.read_text(encoding="utf-8")
    assert "## Postmortem as published\n\nThe report query lacked a filter" in first.stdout
    assert "| 2026-10-02 16:40 CEST | Update “investigating”: A merchant told us" in first.stdout
    assert "### What to change in the holding templates" in first.stdout
    before = written.read_bytes()
    assert review(RESOLVED, "--format", "md").exit_code == 0
    assert written.read_bytes() == before


def test_markdown_in_quoted_text_cannot_change_the_document(project: Path) -> None:
    path = project / "statements" / f"{ONGOING}.md"
    path.write_text(path.read_text(encoding="utf-8").replace(
        "We know that card payments are failing", "We know that *card* payments | are failing"), encoding="utf-8")
    fr = project / "statements" / f"{ONGOING}.fr.md"
    assert fr.exists()
    result = review(ONGOING, "--format", "md")
    assert result.exit_code == 0, result.output
    assert "We know that card payments \\| are failing" in result.stdout


@pytest.mark.parametrize(("args", "code", "says"), [
    (["2026-11-20-card-paymnts"], 2, "did you mean '2026-11-20-card-payments'?"),
    ([RESOLVED, "--lang", "fr"], 2, f"'{RESOLVED}' has no fr file"),
    ([RESOLVED, "--format", "pdf"], 2, "'pdf' is not one of 'text', 'json', 'md'"),
])
def test_bad_requests_are_usage_errors(project: Path, args: list[str], code: int, says: str) -> None:
    result = review(*args)
    assert result.exit_code == code and says in result.output, result.output
    assert "Traceback" not in result.output


def test_a_statement_with_errors_is_refused_with_its_location(project: Path) -> None:
    path = project / "statements" / f"{RESOLVED}.md"
    path.write_text(path.read_text(encoding="utf-8").replace("severity: critical", "severity: catastrophic"),
                    encoding="utf-8")
    result = review(RESOLVED)
    assert result.exit_code == 1
    assert f"statements/{RESOLVED}.md:3:" in result.output and "fix them, then review it" in result.output
    assert not (project / "dist").exists()


def test_without_git_installed_the_review_says_so(project: Path, monkeypatch: pytest.MonkeyPatch,
                                                  tmp_path: Path) -> None:
    empty = tmp_path / "no-tools"
    empty.mkdir()
    monkeypatch.setenv("PATH", str(empty))
    result = review(RESOLVED)
    assert result.exit_code == 0, result.output
    assert "Git history: unknown: git is not installed, so there is no history to read\n" in result.stdout
    assert "Time to first public word: 2 h 10 min\n" in result.stdout
