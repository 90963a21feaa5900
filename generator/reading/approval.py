"""Checks stage, publishing gate: approval as code. A site may require, in `mkdocs.yml`
(`extra.onevoice.require_approval`), that statements of some severities name who approved
them (`approved_by` in the front matter) before `build --strict` publishes them. Parsed
incidents and settings in, one located problem per unapproved statement file out."""

from __future__ import annotations

from generator.core.model import Incident, Problem, Settings, Statement
from generator.core.paths import display_path

RULE = "approval/missing"


def approval_problems(incidents: list[Incident], settings: Settings) -> list[Problem]:
    """One error per statement file whose severity requires approval and that names no
    approver. Drafts are skipped: they are never published, so nothing waits on them."""
    required = set(settings.require_approval)
    if not required:
        return []
    problems: list[Problem] = []
    for incident in incidents:
        if incident.draft:
            continue
        for statement in incident.translations.values():
            if statement.severity.value in required and not _approvers(statement):
                problems.append(_missing(statement, settings))
    return sorted(problems, key=lambda p: (p.path, p.line))


def _approvers(statement: Statement) -> list[str]:
    # A blank entry (`approved_by: [""]`) is no approval.
    return [name for name in statement.approved_by if name.strip()]


def _missing(statement: Statement, settings: Settings) -> Problem:
    severity = statement.severity.value
    names = list(settings.require_approval)
    listed = names[0] if len(names) == 1 else ", ".join(names[:-1]) + " and " + names[-1]
    return Problem(
        path=display_path(statement.path),
        line=statement.key_lines.get("title", 1),
        column=1,
        severity="error",
        rule=RULE,
        category="format",
        message=(
            f"this {severity} statement has no `approved_by`: the site requires an approval "
            f"for {listed} statements before they are published"
        ),
        hint=(
            "once the reviewers have approved this text, add to the front matter "
            "`approved_by: [Name of the approver]` (one name per approver); "
            "mkdocs.yml `extra.onevoice.require_approval` lists the severities that need it"
        ),
    )

