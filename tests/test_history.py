"""Append-only published history: `check --since REF` against real git repositories.
Every test publishes the sample site in a temporary repository, edits the statements as an
author would, and reads what `check` says (exit code, file, line, both versions' lines)."""

from __future__ import annotations

import json
import os
import subprocess
from pathlib import Path

import pytest
from click.testing import CliRunner

from generator.cli import main

CARD = "statements/2026-11-20-card-payments.md"
CARD_FR = "statements/2026-11-20-card-payments.fr.md"
LOYALTY_FR = "statements/2026-11-18-retard-cartes-fidelite.fr.md"
GIT_ENV = {"GIT_AUTHOR_NAME": "Test", "GIT_AUTHOR_EMAIL": "test@example.org", "GIT_COMMITTER_NAME": "Test",
           "GIT_COMMITTER_EMAIL": "test@example.org", "GIT_CONFIG_NOSYSTEM": "1"}


def git(where: Path, *args: str) -> str:
    result = subprocess.run(["git", "-c", "commit.gpgsign=false", "-c", "init.defaultBranch=main", *args],
                            cwd=where, capture_output=True, text=True, env={**os.environ, **GIT_ENV}, check=False)
    assert result.returncode == 0, result.stderr
    return result.stdout.strip()


def publish(where: Path, message: str = "published") -> str:
    """Commit everything; return the commit id (what CI passes as --since)."""
    if not (where / ".git").exists():
        git(where, "init", "-q")
    git(where, "add", "-A")
    git(where, "commit", "-q", "-m", message)
    return git(where, "rev-parse", "HEAD")


def check(*args: str):  # type: ignore[no-untyped-def]
    return CliRunner().invoke(main, ["check", *args])


def problems(*args: str) -> list[dict]:  # type: ignore[type-arg]
    result = check(*args, "--format", "json")
    return json.loads(result.stdout)["problems"]


def line_of(path: Path, text: str) -> int:
    """1-based line of the first line containing `text` (computed from the file, not guessed)."""
    return next(n for n, line in enumerate(path.read_text().splitlines(), 1) if text in line)


def edit(path: Path, old: str, new: str) -> None:
    text = path.read_text()
    assert old in text, old
    path.write_text(text.replace(old, new, 1))


def history(found: list[dict]) -> list[dict]:  # type: ignore[type-arg]
    return [p for p in found if p["rule"].startswith("history/")]


@pytest.fixture
def published(project: Path) -> str:
    return publish(project)


def test_unchanged_statements_pass(project: Path, published: str) -> None:
    result = check("--since", published)
    assert result.exit_code == 0, result.output
    assert "0 errors" in result.output


def test_a_new_update_and_a_correction_are_fine(project: Path, published: str) -> None:
    assert CliRunner().invoke(main, ["update", "2026-11-20-card-payments", "-s", "monitoring", "-m",
                                     "Still stable.", "--lang", "en"]).exit_code == 0
    assert CliRunner().invoke(main, ["update", "2026-11-20-card-payments", "-s", "surveillance", "-m",
                                     "Toujours stable.", "--lang", "fr", "--at", "2026-11-20 11:30"]).exit_code == 0
    edit(project / CARD, "A fix is being deployed.\n\n### 2026-11-20 09:20",
         "A fix is being deployed.\n\n#### Correction · 2026-11-20 11:20\nThe certificate expired at 09:12, "
         "not 09:00.\n\n### 2026-11-20 09:20")
    result = check("--since", published)
    assert result.exit_code == 0, result.output


def test_rewording_line_breaks_and_author_notes_are_not_rewrites(project: Path, published: str) -> None:
    edit(project / CARD, "The cause is an expired certificate on our payment gateway. A fix",
         "The cause is an expired certificate on our payment gateway.\nA fix")
    edit(project / CARD, "We know that card payments",
         "<!-- note for the team: wording approved by legal at 11:20 -->\nWe know that card payments")
    result = check("--since", published)
    assert result.exit_code == 0, result.output


def test_rewritten_text_is_an_error_naming_both_lines(project: Path, published: str) -> None:
    card = project / CARD
    ref_line = line_of(card, "The cause is an expired certificate")
    # Lines above the update move the text down: the two versions' lines differ.
    edit(card, "## Quote", "## Background\nA second paragraph of context.\n\n## Quote")
    edit(card, "The cause is an expired certificate", "The cause is a network fault")
    found = history(problems("--since", published))
    assert [p["rule"] for p in found] == ["history/text-changed"]
    problem = found[0]
    assert problem["path"] == CARD and problem["severity"] == "error" and problem["category"] == "format"
    assert problem["line"] == line_of(card, "The cause is a network fault") == ref_line + 3
    assert f"line {ref_line} there" in problem["message"]
    assert "The cause is an expired certificate" in problem["message"]
    assert "2026-11-20 10:05" in problem["message"] and published[:12] in problem["message"]
    assert "#### Correction" in problem["hint"]
    assert check("--since", published).exit_code == 1


def test_changed_status_is_an_error(project: Path, published: str) -> None:
    edit(project / CARD, "### 2026-11-20 09:20 · investigating", "### 2026-11-20 09:20 · identified")
    edit(project / CARD_FR, "### 2026-11-20 09:20 · analyse", "### 2026-11-20 09:20 · identifié")
    found = history(problems("--since", published))
    assert sorted((p["path"], p["rule"]) for p in found) == [(CARD_FR, "history/status-changed"),
                                                             (CARD, "history/status-changed")]
    english = next(p for p in found if p["path"] == CARD)
    assert english["line"] == line_of(project / CARD, "### 2026-11-20 09:20")
    assert "'investigating'" in english["message"] and "'identified'" in english["message"]
    assert f"line {english['line']} there" in english["message"]


def test_removed_update_is_an_error(project: Path, published: str) -> None:
    removed_line = line_of(project / CARD, "### 2026-11-20 10:05")
    for path, heading in ((CARD, "### 2026-11-20 10:05 · identified\n"), (CARD_FR, "### 2026-11-20 10:05 · identifié\n")):
        text = (project / path).read_text()
        start = text.index(heading)
        end = text.index("### 2026-11-20 09:20", start)
        (project / path).write_text(text[:start] + text[end:])
    found = history(problems("--since", published))
    assert {(p["path"], p["rule"]) for p in found} == {(CARD, "history/update-removed"), (CARD_FR, "history/update-removed")}
    english = next(p for p in found if p["path"] == CARD)
    assert f"(line {removed_line} there)" in english["message"] and "2026-11-20 10:05" in english["message"]
    # it points where the update belongs: at the update that now follows it
    assert english["line"] == line_of(project / CARD, "### 2026-11-20 09:20")


def test_changed_timestamp_is_an_error(project: Path, published: str) -> None:
    edit(project / CARD, "### 2026-11-20 10:05 · identified", "### 2026-11-20 10:07 · identified")
    edit(project / CARD_FR, "### 2026-11-20 10:05 · identifié", "### 2026-11-20 10:07 · identifié")
    found = history(problems("--since", published))
    assert [p["rule"] for p in found] == ["history/update-time-changed"] * 2
    english = next(p for p in found if p["path"] == CARD)
    assert english["line"] == line_of(project / CARD, "### 2026-11-20 10:07")
    assert "'### 2026-11-20 10:05 · identified'" in english["message"]


def test_removed_or_rewritten_correction_is_an_error(project: Path) -> None:
    edit(project / CARD, "A fix is being deployed.\n\n### 2026-11-20 09:20",
         "A fix is being deployed.\n\n#### Correction · 2026-11-20 11:20\nThe certificate expired at 09:12.\n\n"
         "#### Correction · 2026-11-20 11:25\nIt was the gateway's certificate.\n\n### 2026-11-20 09:20")
    since = publish(project)
    edit(project / CARD, "#### Correction · 2026-11-20 11:20\nThe certificate expired at 09:12.\n\n", "")
    edit(project / CARD, "It was the gateway's certificate.", "It was the shop's certificate.")
    found = history(problems("--since", since))
    assert sorted(p["rule"] for p in found) == ["history/correction-changed", "history/correction-removed"]
    changed = next(p for p in found if p["rule"] == "history/correction-changed")
    assert changed["line"] == line_of(project / CARD, "It was the shop's certificate.")
    assert "gateway" in changed["message"]


def test_removed_statement_file_is_an_error(project: Path, published: str) -> None:
    (project / LOYALTY_FR).unlink()
    found = history(problems("--since", published))
    assert [(p["path"], p["rule"], p["line"]) for p in found] == [(LOYALTY_FR, "history/statement-removed", 1)]
    assert "published at" in found[0]["message"]


def test_renamed_statement_is_a_removal(project: Path, published: str) -> None:
    (project / LOYALTY_FR).rename(project / "statements/2026-11-18-retard-cartes.fr.md")
    rules = [p["rule"] for p in history(problems("--since", published))]
    assert rules == ["history/statement-removed"]


def test_turning_a_published_statement_into_a_draft_is_an_error(project: Path, published: str) -> None:
    edit(project / LOYALTY_FR, "---\n", "---\ndraft: true\n")
    found = history(problems("--since", published))
    assert [(p["rule"], p["line"]) for p in found] == [("history/statement-unpublished", 2)]


def test_a_draft_at_the_revision_may_change_freely(project: Path) -> None:
    edit(project / LOYALTY_FR, "---\n", "---\ndraft: true\n")
    since = publish(project)
    text = (project / LOYALTY_FR).read_text()
    (project / LOYALTY_FR).write_text(text.replace("draft: true\n", ""))
    edit(project / LOYALTY_FR, "### 2026-11-18 09:30", "### 2026-11-18 09:35")
    assert history(problems("--since", since)) == []


def test_backdated_update_inserted_under_published_ones_is_a_warning(project: Path, published: str) -> None:
    for path, word in ((CARD, "identified"), (CARD_FR, "identifié")):
        edit(project / path, "### 2026-11-20 09:20", f"### 2026-11-20 09:40 · {word}\nA forgotten update.\n\n### 2026-11-20 09:20")
    found = history(problems("--since", published))
    assert {(p["rule"], p["severity"]) for p in found} == {("history/update-inserted", "warning")}
    assert check("--since", published).exit_code == 0
    assert check("--since", published, "--strict").exit_code == 1


def test_unknown_revision_is_a_usage_error(project: Path, published: str) -> None:
    result = check("--since", "v9.9-never-tagged")
    assert result.exit_code == 2
    assert "no such git revision" in result.output and "fetch-depth: 0" in result.output
    assert "Traceback" not in result.output


def test_option_like_revision_is_refused(project: Path, published: str) -> None:
    result = check("--since", "--output=/tmp/onevoice-injected")
    assert result.exit_code == 2 and "is not a git revision" in result.output
    assert not Path("/tmp/onevoice-injected").exists()


def test_outside_a_git_repository_is_a_usage_error(project: Path) -> None:
    ceiling = {"GIT_CEILING_DIRECTORIES": str(project.parent)}
    result = CliRunner(env=ceiling).invoke(main, ["check", "--since", "HEAD"])
    assert result.exit_code == 2 and "not in a git repository" in result.output


def test_site_in_a_subfolder_of_the_repository(project: Path) -> None:
    repository = project.parent  # the site root is <repository>/site-root
    since = publish(repository)
    edit(project / CARD, "The cause is an expired certificate", "The cause is a network fault")
    found = history(problems("--since", since))
    assert [(p["path"], p["rule"]) for p in found] == [(CARD, "history/text-changed")]


def test_check_of_one_file_compares_only_that_file(project: Path, published: str) -> None:
    (project / LOYALTY_FR).unlink()
    edit(project / CARD, "The cause is an expired certificate", "The cause is a network fault")
    assert [p["rule"] for p in history(problems(CARD, "--since", published))] == ["history/text-changed"]
    assert [p["rule"] for p in history(problems("statements", "--since", published))] == [
        "history/statement-removed", "history/text-changed"]


def test_history_is_checked_even_when_a_translation_disagrees(project: Path, published: str) -> None:
    edit(project / CARD, "### 2026-11-20 09:20 · investigating", "### 2026-11-20 09:20 · identified")
    rules = {p["rule"] for p in problems("--since", published)}
    assert {"history/status-changed", "format/translation-mismatch"} <= rules


def test_build_since_refuses_a_rewrite_and_leaves_nothing_published(project: Path, published: str) -> None:
    edit(project / CARD, "The cause is an expired certificate", "The cause is a network fault")
    result = CliRunner().invoke(main, ["build", "--since", published])
    assert result.exit_code == 1
    assert f"{CARD}:" in result.output and "was rewritten" in result.output and "nothing was published" in result.output
    assert not (project / "site").exists()


# --- legal removals ----------------------------------------------------------------------

REASON = "Court order RG 26/01234 of 2026-11-21 (Tribunal judiciaire de Lyon): remove the customer's name"


def test_recorded_legal_removal_is_a_loud_warning_quoting_the_reason(project: Path, published: str) -> None:
    (project / LOYALTY_FR).unlink()
    edit(project / CARD, "The cause is an expired certificate", "The cause is [removed]")
    (project / "statements/_removals.yml").write_text(
        "removals:\n"
        f"  - statement: 2026-11-18-retard-cartes-fidelite\n    reason: {json.dumps(REASON)}\n"
        f"  - statement: 2026-11-20-card-payments\n    lang: en\n    update: 2026-11-20 10:05\n"
        f"    reason: {json.dumps(REASON)}\n")
    result = check("--since", published)
    assert result.exit_code == 0, result.output
    found = history(problems("--since", published))
    assert {(p["path"], p["rule"], p["severity"]) for p in found} == {
        (LOYALTY_FR, "history/legal-removal", "warning"), (CARD, "history/legal-removal", "warning")}
    for problem in found:
        assert problem["message"].startswith("LEGAL REMOVAL") and REASON in problem["message"]
    assert "statements/_removals.yml line 2" in next(p for p in found if p["path"] == LOYALTY_FR)["message"]
    annotations = check("--since", published, "--format", "github").output
    assert annotations.count("::warning ") == 2 and "LEGAL REMOVAL" in annotations


def test_a_removal_covers_only_what_it_names(project: Path, published: str) -> None:
    edit(project / CARD, "The cause is an expired certificate", "The cause is [removed]")
    edit(project / CARD, "We know that card payments", "We know that some card payments")
    (project / "statements/_removals.yml").write_text(
        f"removals:\n  - {{statement: 2026-11-20-card-payments, update: 2026-11-20 10:05, reason: {json.dumps(REASON)}}}\n")
    found = history(problems("--since", published))
    assert sorted((p["rule"], p["severity"]) for p in found) == [("history/legal-removal", "warning"),
                                                                 ("history/text-changed", "error")]


@pytest.mark.parametrize(("content", "words"), [
    ("removals:\n  - statement: 2026-11-20-card-payments\n", "needs its `reason`"),
    ("removals:\n  - statement: 2026-11-20-card-payments\n    reason: because\n", "needs its `reason`"),
    (f"removals:\n  - statement: x\n    update: yesterday\n    reason: {json.dumps(REASON)}\n", "`update`"),
    (f"removals:\n  - statement: x\n    lang: de\n    reason: {json.dumps(REASON)}\n", "not a site language"),
    (f"removals:\n  - statment: x\n    reason: {json.dumps(REASON)}\n", "needs `statement`"),
    ("- just a list\n", "`removals`"),
    ("removals: &a [*a]\n", "aliases"),
])
def test_a_removal_that_is_not_understood_is_an_error(project: Path, published: str, content: str, words: str) -> None:
    (project / LOYALTY_FR).unlink()
    (project / "statements/_removals.yml").write_text(content)
    found = history(problems("--since", published))
    rules = sorted(p["rule"] for p in found)
    assert "history/removals-file" in rules and "history/statement-removed" in rules, found
    assert any(words in p["message"] for p in found if p["rule"] == "history/removals-file"), found


def test_a_correction_is_shown_with_its_time_and_marks_the_entry_updated(project: Path) -> None:
    import feedparser

    edit(project / CARD, "A fix is being deployed.\n\n### 2026-11-20 09:20",
         "A fix is being deployed.\n\n#### Correction · 2026-11-20 11:20\nThe certificate expired at 09:12, "
         "not 09:00.\n\n### 2026-11-20 09:20")
    result = CliRunner().invoke(main, ["build"])
    assert result.exit_code == 0, result.output
    page = (project / "site/statements/2026-11-20-card-payments/index.html").read_text()
    entry = page[page.index('id="update-'):]  # the timeline
    assert "Correction" in entry and "The certificate expired at 09:12, not 09:00." in entry
    assert '<time datetime="2026-11-20T11:20:00+01:00">' in page

    corrected_id = "update-20261120t0905z"  # 10:05 CET
    json_feed = json.loads((project / "site/feed.json").read_text())
    item = next(i for i in json_feed["items"] if i["id"].endswith(corrected_id))
    assert item["date_published"] == "2026-11-20T10:05:00+01:00"
    assert item["date_modified"] == "2026-11-20T11:20:00+01:00"
    assert "not 09:00" in item["content_html"]
    atom = feedparser.parse((project / "site/feed.atom").read_bytes())
    atom_entry = next(e for e in atom.entries if e.id.endswith(corrected_id))
    assert atom_entry.updated == "2026-11-20T11:20:00+01:00"
    assert atom_entry.published == "2026-11-20T10:05:00+01:00"

    incidents = json.loads((project / "site/api/v2/incidents.json").read_text())["incidents"]
    card = next(i for i in incidents if i["id"] == "2026-11-20-card-payments")
    update = next(u for u in card["incident_updates"] if u["created_at"].startswith("2026-11-20T10:05"))
    assert update["updated_at"] == "2026-11-20T11:20:00.000+01:00"
    assert card["updated_at"] == "2026-11-20T11:20:00.000+01:00"  # newer than its last update (10:50)


def test_the_examples_in_docs_corrections_are_valid(project: Path, settings) -> None:  # type: ignore[no-untyped-def]
    """docs/corrections.md cannot fall behind: its removals file is read without a problem
    and its correction examples parse as corrections."""
    import re

    from generator.reading.history import REMOVALS_FILE, load_removals
    from generator.reading.reader import parse_statement

    doc = (Path(__file__).resolve().parent.parent / "docs" / "corrections.md").read_text()
    blocks = re.findall(r"```(\w+)\n(.*?)```", doc, re.DOTALL)
    yaml_blocks = [body for kind, body in blocks if kind == "yaml"]
    assert len(yaml_blocks) == 1
    (project / "statements" / REMOVALS_FILE).write_text(yaml_blocks[0])
    removals, found = load_removals(settings)
    assert found == [] and len(removals) == 2
    assert removals[1].lang is None and removals[1].at is None and "RGPD" in removals[1].reason
    examples = [body for kind, body in blocks if kind == "markdown"]
    assert len(examples) >= 3
    for example in examples:
        lang = "fr" if "identifié" in example else "en"
        head = (project / CARD).read_text().split("## Updates")[0]
        name = "2026-11-20-card-payments" + (".fr.md" if lang == "fr" else ".md")
        text = head.replace("## Summary", "## Résumé") if lang == "fr" else head
        heading = "## Mises à jour" if lang == "fr" else "## Updates"
        statement, problems = parse_statement(project / "statements" / name,
                                              f"{text}{heading}\n\n{example}".encode(), settings)
        assert statement is not None, [p.format() for p in problems]
        assert len(statement.updates[0].corrections) == 1
