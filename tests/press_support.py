"""Helpers for the press-release, documents, reply and copy tests: write a statement file into
the test project and parse it with the real reader, so tests start from what a user writes;
and check that the copies of a corrected update stay as they were sent."""

from __future__ import annotations

import re
from pathlib import Path
from typing import TYPE_CHECKING

import pytest

from generator.core.model import Settings, Statement, Update
from generator.reading.reader import parse_statement

if TYPE_CHECKING:
    from generator.rendering.channels import Copy


def statement_file(
    *,
    title: str = "Card payments failing at checkout",
    severity: str = "major",
    started: str = "2026-09-03 09:12",
    front: str = "spokesperson: {name: Claire Martin, role: Chief Executive Officer}\n",
    sections: dict[str, str] | None = None,
    updates: tuple[tuple[str, str, str], ...] = (("2026-09-03 10:05", "identified", "A fix is being deployed."),),
    lang: str = "en",
) -> str:
    """The text of a statement file; `sections` maps headings to bodies, in order."""
    if sections is None:
        sections = {"Summary": "Some card payments fail at checkout. We are sorry."} if lang == "en" else {
            "Résumé": "Certains paiements par carte échouent. Nous en sommes désolés."
        }
    updates_heading = "Updates" if lang == "en" else "Mises à jour"
    body = "".join(f"## {heading}\n{text}\n\n" for heading, text in sections.items())
    body += f"## {updates_heading}\n\n" + "".join(f"### {at} · {status}\n{text}\n\n" for at, status, text in updates)
    title_yaml = title.replace('"', '\\"')
    return f'---\ntitle: "{title_yaml}"\nseverity: {severity}\nstarted: {started}\n{front}---\n\n{body}'


def write_statement(project: Path, settings: Settings, text: str, name: str = "2026-09-03-test.md") -> Statement:
    """Write `text` as statements/<name> and parse it; fails the test on format errors."""
    path = project / "statements" / name
    path.write_text(text, encoding="utf-8")
    statement, problems = parse_statement(path, path.read_bytes(), settings)
    errors = [p for p in problems if p.severity == "error"]
    assert statement is not None and not errors, "\n".join(p.format() for p in problems)
    return statement


def plain(text: str) -> str:
    """`text` on one line, its narrow and no-break spaces plain and its apostrophes straight."""
    return " ".join(text.replace("\u00a0", " ").replace("\u202f", " ").replace("’", "'").split())


_CORRECTED_NOTE = re.compile(r"\((?:Corrected|Rectifié|Korrigiert)\b")


def assert_sent_as_written(copies: list[Copy], update: Update, published: list[str], corrected: list[str]) -> None:
    """The copies of `update` say what it said when they went out (`published`, the words a
    correction later withdrew) with no note that it was corrected since; the copies of its
    corrections ("Correction to our update of …") say `corrected`."""
    sent = [c for c in copies if c.kind == "update" and c.update_at == update.at]
    fixes = [c for c in copies if c.kind == "correction" and c.update_at in {x.at for x in update.corrections}]
    assert sent and fixes, [(c.channel, c.kind, c.update_at) for c in copies]
    for copy in sent:
        said = plain("\n".join(copy.parts))
        assert not _CORRECTED_NOTE.search(said), (copy.channel, said)
        assert all(words in said for words in published), (copy.channel, said)
    for copy in fixes:
        said = plain("\n".join(copy.parts))
        assert all(words in said for words in corrected), (copy.channel, said)


def copies_at(project: Path, settings: Settings, text: str, name: str, now: str, channel: str) -> list[Copy]:
    """The copies of one channel for the statement `text`, written as statements/<name>, at `now`."""
    from datetime import datetime

    from generator.rendering.channels import render_copies

    return render_copies(write_statement(project, settings, text, name), settings, [channel], datetime.fromisoformat(now))


def sentence_categories(text: str, lang: str) -> set[str]:
    """The fault categories the linter finds in one sentence, as `check` reads it."""
    from generator.checking.lint.sentences import Block
    from generator.checking.lint.text_findings import text_findings

    return {f.rule.category for f in text_findings(Block(text, 1), lang)}


def check_problems(project: Path, monkeypatch: pytest.MonkeyPatch, now: str, text: str, name: str) -> list[dict]:
    """What `onevoice check --format json` reports at `now` with `text` as the project's only
    statement (statements/<name>); fails the test unless check exits 0 (warnings only)."""
    import json

    from click.testing import CliRunner

    from generator.cli import main

    monkeypatch.setenv("ONEVOICE_NOW", now)
    for old in (project / "statements").glob("*.md"):
        old.unlink()  # (the samples' later updates would be in this clock's future)
    (project / "statements" / name).write_text(text, encoding="utf-8")
    result = CliRunner().invoke(main, ["check", "--format", "json"])
    assert result.exit_code == 0, result.output
    problems: list[dict] = json.loads(result.stdout)["problems"]
    return problems
