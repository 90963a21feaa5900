"""`onevoice review` on a crisis recorded in git, step by step, the way a team works: the
statement is edited with `onevoice update` / `resolve` (or by hand), and each change is
committed at the time it happened. The expected figures are worked out by hand from the
scenario below, not copied from the tool's output."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
from pathlib import Path

import pytest
from click.testing import CliRunner

from generator.cli import main
from tests.conftest import require

SLUG = "2026-11-20-app-login-errors"
EN = f"statements/{SLUG}.md"
FR = f"statements/{SLUG}.fr.md"

FIRST_EN = """---
title: Login errors on the mobile app
severity: major
started: 2026-11-20 09:00
affected: [Mobile app]
next_update: 2026-11-20 10:00
---

## Summary
Since 09:00 CET some customers cannot log in to the mobile app. We are sorry and we are investigating.

## Updates

### 2026-11-20 09:20 · investigating
Some customers cannot log in to the mobile app. We are investigating.
"""

FIRST_FR = """---
title: Erreurs de connexion à l'application mobile
severity: major
started: 2026-11-20 09:00
affected: [Application mobile]
next_update: 2026-11-20 11:00
---

## Résumé
Depuis 09:00 CET, certains clients ne peuvent pas se connecter à l'application mobile. Nous en sommes désolés.

## Mises à jour

### 2026-11-20 09:50 · identifié
La cause est une mise à jour de notre serveur d'authentification. Nous la retirons.

### 2026-11-20 09:20 · analyse
Certains clients ne peuvent pas se connecter à l'application mobile. Nous analysons le problème.
"""


class Crisis:
    """A site root that is a git repository, with a clock the test moves forward."""

    def __init__(self, root: Path, monkeypatch: pytest.MonkeyPatch):
        self.root, self.monkeypatch = root, monkeypatch

    def git(self, *args: str, when: str | None = None) -> str:
        env = dict(os.environ, GIT_CONFIG_NOSYSTEM="1", GIT_CONFIG_GLOBAL=os.devnull)
        if when:
            env.update(GIT_AUTHOR_DATE=when, GIT_COMMITTER_DATE=when)
        done = subprocess.run(["git", "-c", "user.name=Crisis Team", "-c", "user.email=team@example.org",
                               "-c", "commit.gpgsign=false", *args], cwd=self.root, env=env,
                              capture_output=True, text=True, check=True)
        return done.stdout

    def at(self, clock: str) -> None:
        self.monkeypatch.setenv("ONEVOICE_NOW", f"2026-11-20T{clock}:00+01:00")

    def commit(self, clock: str, message: str) -> None:
        self.git("add", "-A")
        self.git("commit", "-q", "-m", message, when=f"2026-11-20T{clock}:00+01:00")

    def run(self, *args: str):  # type: ignore[no-untyped-def]
        result = CliRunner().invoke(main, list(args))
        assert result.exit_code == 0, result.output
        return result

    def edit(self, path: str, old: str, new: str) -> None:
        file = self.root / path
        text = file.read_text(encoding="utf-8")
        assert old in text, old
        file.write_text(text.replace(old, new, 1), encoding="utf-8")


@pytest.fixture
def crisis(project: Path, monkeypatch: pytest.MonkeyPatch) -> Crisis:
    require(shutil.which("git") is not None, "git")
    crisis = Crisis(project, monkeypatch)
    crisis.git("init", "-q", "-b", "main")
    crisis.commit("08:00", "The status site")  # the samples, before this crisis
    return crisis


@pytest.fixture
def recorded(crisis: Crisis) -> Crisis:
    """The scenario, in the site's time (CET, +01:00). A commit in which the French file lacks
    an update of the English one fails the checks, so `onevoice build` publishes nothing until
    the translation catches up:

    09:00 started · 09:20 first update, committed 09:25, promises 10:00
    09:50 identified, committed 09:52, promises 11:00 → 10:00 kept
    10:30 French file committed with 09:20 and 09:50 (lags 65 and 38 min)
    11:40 monitoring, committed 11:40, promises 12:00; the French file lacks it: refused
    12:10 French 11:40 committed (lag 30 min): 11:40 and its promise published → 11:00 late by 1 h 10
    12:15 the 11:40 text rewritten without a correction note (5 min after it was published)
    12:20 a correction note on the 09:50 update (2 h 30 min after it)
    12:30 next_update moved to 13:00 with no update → 12:00 missed, moved 30 min after it passed
    12:50 resolved, committed 12:50; refused again until the French file has it
    13:30 French resolved committed (lag 40 min): published → 13:00 late by 30 min"""
    root = crisis.root
    crisis.at("09:25")
    (root / EN).write_text(FIRST_EN, encoding="utf-8")
    crisis.commit("09:25", "Login errors: first statement")
    crisis.at("09:50")
    crisis.run("update", SLUG, "--status", "identified", "-m",
               "The cause is an update of our login server. We are rolling it back.",
               "--next-update", "2026-11-20 11:00")
    crisis.commit("09:52", "identified")
    crisis.at("10:30")
    (root / FR).write_text(FIRST_FR, encoding="utf-8")
    crisis.commit("10:30", "French translation")
    crisis.at("11:40")
    crisis.run("update", SLUG, "--status", "monitoring", "-m",
               "The previous version is back. Logins work again; we are watching.",
               "--next-update", "2026-11-20 12:00")
    crisis.commit("11:40", "monitoring")
    crisis.at("12:10")
    crisis.run("update", SLUG, "--lang", "fr", "--at", "2026-11-20 11:40", "--status", "surveillance", "-m",
               "La version précédente est rétablie. Les connexions fonctionnent de nouveau.")
    crisis.commit("12:10", "French monitoring")
    crisis.at("12:15")
    crisis.edit(EN, "Logins work again; we are watching.", "Logins work again for most customers; we are watching.")
    crisis.commit("12:15", "wording")
    crisis.at("12:20")
    crisis.edit(EN, "We are rolling it back.\n",
                "We are rolling it back.\n\n#### Correction · 2026-11-20 12:20\n"
                "The update affected versions 4.2 and 4.3 of the app, not only 4.2.\n")
    crisis.commit("12:20", "correction")
    crisis.at("12:30")
    crisis.edit(EN, "next_update: 2026-11-20 12:00", "next_update: 2026-11-20 13:00")
    crisis.commit("12:30", "push the promise back")
    crisis.at("12:50")
    crisis.run("resolve", SLUG, "-m", "Logins have worked normally for an hour. This incident is resolved.")
    crisis.commit("12:50", "resolved")
    crisis.at("13:30")
    crisis.run("resolve", SLUG, "--lang", "fr", "--at", "2026-11-20 12:50", "-m",
               "Les connexions fonctionnent normalement depuis une heure. L'incident est résolu.")
    crisis.commit("13:30", "French resolved")
    crisis.at("14:00")
    return crisis


def review_json(*args: str) -> dict:  # type: ignore[type-arg]
    result = CliRunner().invoke(main, ["review", SLUG, "--format", "json", *args])
    assert result.exit_code == 0, result.output
    return json.loads(result.stdout)


def figures(document: dict) -> dict:  # type: ignore[type-arg]
    return {figure["key"]: figure for figure in document["figures"]}


def minutes(figure: dict) -> float:  # type: ignore[type-arg]
    assert figure["unit"] == "seconds", figure
    return figure["value"] / 60


def test_times_come_from_the_file_and_the_first_commit(recorded: Crisis) -> None:
    found = figures(review_json())
    assert minutes(found["first_word"]) == 20  # 09:00 → 09:20
    assert minutes(found["first_commit"]) == 25  # 09:00 → committed 09:25
    assert minutes(found["to_identified"]) == 50
    assert minutes(found["to_monitoring"]) == 160
    assert minutes(found["to_resolved"]) == 230
    assert minutes(found["longest_silence"]) == 110  # 09:50 → 11:40
    assert "2026-11-20 09:50 CET (identified) to 2026-11-20 11:40 CET (monitoring)" in \
        found["longest_silence"]["details"][0]


def test_promises_are_judged_against_what_the_build_could_publish(recorded: Crisis) -> None:
    promises = figures(review_json())["promises"]
    assert promises["value"] == 1 and promises["known"]
    assert promises["text"] == "1 of 4 kept (2 late, 1 missed); 0 moved before they were due"
    details = promises["details"]
    assert len(details) == 4
    assert details[0] == ("update promised by 2026-11-20 10:00 CET (published at 2026-11-20 09:25 CET): kept, "
                          "the next update came at 2026-11-20 09:52 CET")
    # committed at 11:40, but the build refused it until the French file caught up at 12:10
    assert details[1] == ("update promised by 2026-11-20 11:00 CET (published at 2026-11-20 09:52 CET): late by "
                          "1 h 10 min, the next update came at 2026-11-20 12:10 CET")
    # the 12:00 promise came with the 11:40 update, so it too reached readers only at 12:10
    assert details[2] == ("update promised by 2026-11-20 12:00 CET (published at 2026-11-20 12:10 CET): missed, "
                          "replaced by a new time 30 min after it had passed")
    assert details[3] == ("update promised by 2026-11-20 13:00 CET (published at 2026-11-20 12:30 CET): late by "
                          "30 min, the next update came at 2026-11-20 13:30 CET")


def test_corrections_and_silent_rewrites_are_told_apart(recorded: Crisis) -> None:
    found = figures(review_json())
    assert found["corrections"]["value"] == 1
    assert found["corrections"]["details"] == [
        ("the update of 2026-11-20 09:50 CET was corrected at 2026-11-20 12:20 CET, 2 h 30 min after it")]
    assert found["silent_edits"]["value"] == 1
    assert found["silent_edits"]["details"] == [
        ("the update of 2026-11-20 11:40 CET, published at 2026-11-20 12:10 CET, was rewritten at "
         "2026-11-20 12:15 CET (5 min later) without a correction note")]


def test_translation_lag_is_measured_update_by_update(recorded: Crisis) -> None:
    languages = figures(review_json())["languages"]
    assert minutes(languages) == 65  # the 09:20 update: en committed 09:25, fr 10:30
    assert languages["details"] == [
        ("French: longest lag 1 h 5 min (the update of 2026-11-20 09:20 CET); 4 of 4 updates translated more "
         "than 5 minutes late")]


def test_findings_over_time_show_what_was_published_and_what_blocked_publishing(recorded: Crisis) -> None:
    lint = figures(review_json())["lint"]
    assert lint["known"] and "on each of the 10 commit(s)" in lint["how"]
    blocked = [d for d in lint["details"] if " error " in d]
    # the French file lacked the 11:40 update from 11:40 to 12:10, and the 12:50 one until 13:30
    assert blocked == [
        (f"{SLUG}.fr.md: error format/translation-missing-update from 2026-11-20 11:40 CET to "
         f"2026-11-20 12:10 CET: no build could publish for 30 min: the English file has an update at "
         f"2026-11-20 11:40 (statements/{SLUG}.md, line 14) that this file lacks"),
        (f"{SLUG}.fr.md: error format/translation-missing-update from 2026-11-20 12:50 CET to "
         f"2026-11-20 13:30 CET: no build could publish for 40 min: the English file has an update at "
         f"2026-11-20 12:50 (statements/{SLUG}.md, line 13) that this file lacks"),
    ]
    assert lint["text"].endswith("2 error(s) stopped publishing for 1 h 10 min in all")
    published = [d for d in lint["details"] if " warning " in d]
    assert all(" published at " in d for d in published)
    if "format checks only" not in lint["how"]:  # the crisis-communication rules are installed
        overdue = [d for d in published if "overdue-update" in d]
        assert len(overdue) == 1 and "fixed at 2026-11-20 12:30 CET" in overdue[0], published


def test_timeline_shows_when_promises_passed(recorded: Crisis) -> None:
    timeline = review_json()["timeline"]
    moments = [(entry["at"][11:16], entry["text"]) for entry in timeline]
    assert moments[0] == ("09:00", "The statement opened (`started`).")
    first = recorded.git("log", "--format=%H", "--diff-filter=A", "--", EN).strip()[:10]
    assert ("09:25", f"First commit of the statement ({first}).") in moments
    passed = [at for at, text in moments if text.startswith("The time promised for the next update passed")]
    assert passed == ["11:00", "12:00", "13:00"]
    assert ("11:40", "Update “monitoring”: The previous version is back. (published at 2026-11-20 12:10 CET)") \
        in moments
    assert ("10:30", "The French file was first committed.") in moments
    assert ("12:20", "Correction to the update of 2026-11-20 09:50 CET.") in moments
    assert [at for at, _ in moments] == sorted(at for at, _ in moments)


def test_the_review_document_is_written_in_the_statement_language(recorded: Crisis) -> None:
    result = CliRunner().invoke(main, ["review", SLUG, "--lang", "fr", "--format", "md"])
    assert result.exit_code == 0, result.output
    written = (recorded.root / "dist" / SLUG / "fr" / "review.md").read_text(encoding="utf-8")
    assert result.stdout == written
    assert written.startswith("# Analyse après incident\u00a0: Erreurs de connexion")
    assert "### Promesses de mise à jour tenues\n\n**1 sur 4 tenue(s) (2 en retard, 1 manquée(s))" in written
    assert "### Ce qu'il faut changer dans les modèles d'attente" in written
    assert "Rectificatif de la mise à jour" not in written  # the correction is in the English file only
    assert "Plus long silence" in written and "1 h 50 min" in written


def test_a_promise_still_open_is_missed_once_it_has_passed(crisis: Crisis) -> None:
    crisis.at("09:25")
    (crisis.root / EN).write_text(FIRST_EN, encoding="utf-8")
    crisis.commit("09:25", "first statement")
    crisis.at("10:45")  # the 10:00 promise passed 45 minutes ago
    found = figures(review_json())
    promises = found["promises"]
    assert promises["text"] == "0 of 1 kept (0 late, 1 missed); 0 moved before they were due"
    assert promises["details"][1] == "the current promise, 2026-11-20 10:00 CET, is overdue by 45 min"
    assert promises["details"][0] == ("update promised by 2026-11-20 10:00 CET (published at 2026-11-20 09:25 CET): "
                                      "missed, still no update 45 min later")
    assert minutes(found["longest_silence"]) == 85  # 09:20 → now
    assert "until now" in found["longest_silence"]["details"][0]


def test_uncommitted_changes_and_untracked_files_are_said(crisis: Crisis) -> None:
    crisis.at("09:25")
    (crisis.root / EN).write_text(FIRST_EN, encoding="utf-8")
    document = review_json()
    assert document["history"] == {"available": False, "uncommitted": [],
                                   "why_not": "unknown: the statement file has never been committed"}
    found = figures(document)
    assert found["first_commit"]["value"] is None and not found["first_commit"]["known"]
    assert minutes(found["first_word"]) == 20  # the file alone still says this


def test_changes_not_committed_are_named_and_left_out(recorded: Crisis) -> None:
    recorded.edit(EN, "This incident is resolved.", "This incident is resolved. Thank you for your patience.")
    document = review_json()
    assert document["history"]["uncommitted"] == [f"{SLUG}.md"]
    assert figures(document)["silent_edits"]["value"] == 1  # the edit on disk is not a published rewrite
    text = CliRunner().invoke(main, ["review", SLUG]).stdout
    assert f"Files with changes not committed (not counted): {SLUG}.md\n" in text
