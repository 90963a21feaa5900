"""Helpers for the linter tests (no tests here): write statement files into the `project`
fixture's site and lint them with the sample clock, through the real reader."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

from generator.checking.lint import LintResult, lint_incident
from generator.core.model import Problem
from tests.conftest import SAMPLE_NOW

NOW = datetime.fromisoformat(SAMPLE_NOW)

EN_SECTIONS = {
    "Summary": "Since 09:12 CET some card payments fail at checkout. We are sorry; a fix is being deployed.",
    "What we are doing": "Our engineers are installing a new certificate, region by region.",
    "Quote": '"We let our customers down this morning, and we own that."',
}
FR_SECTIONS = {
    "Résumé": "Depuis 09:12 CET, certains paiements par carte échouent. Nous en sommes désolés ; un correctif "
              "est en cours de déploiement.",
    "Ce que nous faisons": "Nos ingénieurs installent un nouveau certificat, région par région.",
    "Citation": "« Nous avons déçu nos clients ce matin, et nous l'assumons. »",
}
SPOKESPERSON = "spokesperson: {name: Claire Martin, role: Chief Executive Officer}"


def statement(sections: dict[str, str] | None = None, *, lang: str = "en", title: str = "Card payments failing",
              severity: str = "major", front: tuple[str, ...] = ("next_update: 2026-11-20 12:00", SPOKESPERSON),
              updates: tuple[tuple[str, str], ...] | None = None) -> str:
    """A statement file's text: front matter, the sections in order, then the updates
    (heading suffix, text), newest first. Section bodies are single lines unless they contain
    newlines, so line numbers are easy to work out from the output."""
    if sections is None:
        sections = EN_SECTIONS if lang == "en" else FR_SECTIONS
    if updates is None:
        updates = (("2026-11-20 09:20 · investigating",
                    "We know that card payments fail at checkout." if lang == "en"
                    else "Nous savons que des paiements par carte échouent."),)
    lines = ["---", f"title: {title}", f"severity: {severity}", "started: 2026-11-20 09:12", *front, "---", ""]
    for heading, body in sections.items():
        lines += [f"## {heading}", body, ""]
    lines += ["## Updates" if lang == "en" else "## Mises à jour", ""]
    for heading, body in updates:
        lines += [f"### {heading}", body, ""]
    return "\n".join(lines)


def lint_files(project: Path, files: dict[str, str], now: datetime = NOW) -> LintResult:
    """Write `files` (name → text) into the project's statements folder (the samples are
    removed) and lint the one incident they make."""
    from generator.reading.reader import load_incidents
    from generator.reading.settings import load_settings

    folder = project / "statements"
    for old in folder.glob("*.md"):
        old.unlink()
    for name, text in files.items():
        (folder / name).write_text(text, encoding="utf-8")
    settings = load_settings(project)
    incidents, problems = load_incidents(settings, None, now)
    errors = [p.format() for p in problems if p.severity == "error"]
    assert not errors, errors
    assert len(incidents) == 1, incidents
    return lint_incident(incidents[0], settings, now)


def by_rule(problems: list[Problem], rule: str) -> list[Problem]:
    return [p for p in problems if p.rule == rule]


def rules_of(problems: list[Problem]) -> set[str]:
    return {p.rule for p in problems}
