"""`new`, `update`, `resolve` and `list`: what an author sees and what lands in the file."""

from __future__ import annotations

import json
import multiprocessing
import os
import re
import subprocess
import sys
from pathlib import Path

from click.testing import CliRunner

from generator.cli import main

CARD = "statements/2026-11-20-card-payments.md"


def run(*args: str):  # type: ignore[no-untyped-def]
    return CliRunner().invoke(main, list(args))


def test_new_writes_a_holding_statement_that_only_lacks_its_slots(project: Path) -> None:
    result = run("new", "Mobile app login errors", "--severity", "major", "--affected", "Mobile app")
    assert result.exit_code == 0, result.output
    path = project / "statements" / "2026-11-20-mobile-app-login-errors.md"
    assert f"Created statements/{path.name}" in result.output
    text = path.read_text()
    assert "started: 2026-11-20 11:30" in text and "next_update: 2026-11-20 12:30" in text
    assert "### 2026-11-20 11:30 · investigating" in text and 'affected: ["Mobile app"]' in text
    assert "We are sorry" in text and "12:30 CET" in text
    check = json.loads(run("check", str(path), "--format", "json").stdout)
    errors = [p for p in check["problems"] if p["severity"] == "error"]
    assert errors and {p["category"] for p in errors} == {"placeholder"}, errors
    # every [SLOT] of the template is reported, each with its line in the command's output
    slots = [(number, slot) for number, line in enumerate(text.splitlines(), start=1)
             for slot in re.findall(r"\[[A-Z][^\]]+\]", line)]
    # the summary's first sentence, the news every copy leads with, is a slot too
    assert len(slots) == 4 and len(errors) == len(slots)
    for number, slot in slots:
        assert f"{path.name}:{number}: a placeholder is still in the text: “{slot}”" in result.output


def test_new_at_opens_the_statement_when_it_really_opened(project: Path) -> None:
    # Written at 11:30 (the tests' clock) about a problem the team acknowledged at 09:40.
    result = run("new", "Mobile app login errors", "--severity", "major", "--at", "2026-11-20 09:40")
    assert result.exit_code == 0, result.output
    text = (project / "statements" / "2026-11-20-mobile-app-login-errors.md").read_text()
    assert "started: 2026-11-20 09:40" in text and "### 2026-11-20 09:40 · investigating" in text
    # The promise is an hour from now, not an hour after 09:40 (already past).
    assert "next_update: 2026-11-20 12:30" in text and "12:30 CET" in text
    refused = run("new", "Another problem", "--severity", "minor", "--at", "+2h")
    assert refused.exit_code == 2 and "--at is in the future" in refused.stderr
    assert not (project / "statements" / "2026-11-20-another-problem.md").exists()


def test_new_at_takes_a_time_ago(project: Path) -> None:
    """`--at -1h30m` is not a form; `--at -90m` is: the statement opened 90 minutes before the
    tests' clock (11:30), at 10:00; a wrong form's hint gives an example in the past."""
    result = run("new", "Checkout slowness", "--severity", "minor", "--at", "-90m")
    assert result.exit_code == 0, result.output
    text = (project / "statements" / "2026-11-20-checkout-slowness.md").read_text()
    assert "started: 2026-11-20 10:00" in text, text
    wrong = run("new", "Another problem", "--severity", "minor", "--at", "an hour ago")
    assert wrong.exit_code == 2 and "e.g. -1h" in wrong.stderr, wrong.stderr


def test_new_in_french_with_a_prepared_template(project: Path) -> None:
    result = run("new", "Fuite de données clients", "--severity", "critical", "--lang", "fr",
                 "--template", "data-breach")
    assert result.exit_code == 0, result.output
    path = project / "statements" / "2026-11-20-fuite-de-donnees-clients.fr.md"
    text = path.read_text()
    assert "## Résumé" in text and "### 2026-11-20 11:30 · analyse" in text and "CNIL" in text
    # every slot, in the front matter too (the spokesperson), is reported before publishing
    check = json.loads(run("check", str(path), "--format", "json").stdout)
    placeholders = [p for p in check["problems"] if p["category"] == "placeholder"]
    assert len(placeholders) == text.count("[") == 10


def test_site_templates_override_the_shipped_ones(project: Path) -> None:
    own = project / "site_templates" / "holding" / "recall.en.md.j2"
    own.write_text((project / "site_templates" / "holding" / "default.en.md.j2").read_text()
                   .replace("[WHAT WE ARE DOING, AND WHEN WE EXPECT IT TO WORK]",
                            "Our quality team has stopped deliveries and is investigating."))
    assert run("new", "Batch 42 recalled", "--severity", "critical", "--template", "recall").exit_code == 0
    assert "quality team has stopped" in (project / "statements" / "2026-11-20-batch-42-recalled.md").read_text()
    unknown = run("new", "x", "--severity", "minor", "--template", "recal")
    assert unknown.exit_code == 2 and "did you mean 'recall'?" in unknown.output


def test_new_refuses_to_overwrite(project: Path) -> None:
    assert run("new", "Card payments", "--severity", "major", "--slug", "2026-11-20-card-payments").exit_code == 1


def test_update_inserts_at_the_top_and_keeps_every_other_byte(project: Path) -> None:
    path = project / CARD
    before = path.read_text()
    result = run("update", "2026-11-20-card-payments", "--status", "identified", "-m",
                 "Errors are back in two regions; we are rolling back.", "--next-update", "+2h")
    assert result.exit_code == 0, result.output
    after = path.read_text()
    expected = before.replace("next_update: 2026-11-20 12:00", "next_update: 2026-11-20 13:30").replace(
        "## Updates\n\n", "## Updates\n\n### 2026-11-20 11:30 · identified\n"
        "Errors are back in two regions; we are rolling back.\n\n")
    assert after == expected
    assert "2026-11-20-card-payments.fr.md now lacks this update" in result.output
    assert "--lang fr --at '2026-11-20 11:30' --status identified" in result.output


def test_update_writes_the_status_in_the_file_language(project: Path) -> None:
    result = run("update", "2026-11-20-card-payments", "--lang", "fr", "--status", "identified",
                 "-m", "Le problème revient dans deux régions.")
    assert result.exit_code == 0, result.output
    assert "### 2026-11-20 11:30 · identifié\n" in (project / "statements/2026-11-20-card-payments.fr.md").read_text()


def test_update_refusals_leave_the_file_untouched(project: Path) -> None:
    path = project / CARD
    before = path.read_bytes()
    older = run("update", "2026-11-20-card-payments", "-s", "identified", "-m", "x", "--at", "2026-11-20 10:30")
    assert older.exit_code == 1 and "is not after the newest update (2026-11-20 10:50 CET, line 28)" in older.output
    status = run("update", "2026-11-20-card-payments", "-s", "fixed", "-m", "x")
    assert status.exit_code == 2 and "unknown status 'fixed'" in status.output
    slug = run("update", "2026-11-20-card-paymnts", "-s", "identified", "-m", "x")
    assert slug.exit_code == 2 and "did you mean '2026-11-20-card-payments'?" in slug.output
    heading = run("update", "2026-11-20-card-payments", "-s", "identified", "-m", "## Oops")
    assert heading.exit_code == 2
    future = run("update", "2026-11-20-card-payments", "-s", "identified", "-m", "x", "--at", "2026-11-20 18:00")
    assert future.exit_code == 1 and "in the future" in future.output
    assert path.read_bytes() == before
    assert not any("Traceback" in r.output for r in (older, status, slug, heading, future))


def test_resolve_removes_the_promise(project: Path) -> None:
    result = run("resolve", "2026-11-20-card-payments", "-m", "Payments work normally again.")
    assert result.exit_code == 0, result.output
    text = (project / CARD).read_text()
    assert "next_update" not in text and "### 2026-11-20 11:30 · resolved\nPayments work normally again." in text


def test_list_shows_state_and_overdue_promises(project: Path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    rows = json.loads(run("list", "--format", "json").stdout)["statements"]
    assert [r["slug"] for r in rows] == ["2026-11-20-card-payments", "2026-11-18-retard-cartes-fidelite",
                                         "2026-10-02-merchant-data-exposure"]
    card = rows[0]
    assert card["status"] == "monitoring" and card["languages"] == ["en", "fr"]
    assert card["next_update"] == "2026-11-20T12:00:00+01:00" and card["overdue"] is False
    # The kind as the front matter gives it ("kind: breach"), not only incident or maintenance.
    assert rows[2]["kind"] == "breach", rows[2]
    monkeypatch.setenv("ONEVOICE_NOW", "2026-11-20T12:05:00+01:00")
    later = run("list")
    assert "next update 2026-11-20 12:00 CET  OVERDUE" in later.output


def _add_update(root: str, writer: int) -> int:
    os.chdir(root)
    os.environ["ONEVOICE_NOW"] = "2026-11-20T11:30:00+01:00"
    exe = Path(sys.executable).parent / "onevoice"
    return subprocess.run([str(exe), "update", "2026-11-20-card-payments", "-s", "monitoring",
                           "-m", f"Still watching (writer {writer})."], capture_output=True).returncode


def test_concurrent_updates_in_separate_processes_all_land_in_order(project: Path) -> None:
    writers = range(5)
    with multiprocessing.get_context("spawn").Pool(5) as pool:
        codes = pool.starmap(_add_update, [(str(project), w) for w in writers])
    assert codes == [0] * 5
    text = (project / CARD).read_text()
    assert all(text.count(f"Still watching (writer {w}).") == 1 for w in writers)
    # the same minute for everyone: they land one minute apart, newest first, and still parse
    times = [line[4:20] for line in text.splitlines() if line.startswith("### 2026-11-20 11:3")]
    assert times == [f"2026-11-20 11:3{m}" for m in (4, 3, 2, 1, 0)]
    assert run("check", CARD).exit_code == 0
    assert not list((project / "statements").glob(".*.tmp"))
