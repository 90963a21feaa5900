"""Stage 2, checks: format problems from the reader, the linter's findings, approvals and
the published history, gathered into one report that `check` prints and `build` obeys."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from typing import Any

from generator import clock
from generator.model import Incident, Problem, Settings
from generator.reader import Loaded, read_all


@dataclass(frozen=True)
class CheckReport:
    statements: int  # statement files read
    incidents: list[Incident]  # those that parsed cleanly
    problems: list[Problem]
    suppressed: list[Problem] = field(default_factory=list)
    # Channel copies rendered while checking (statement file -> copies), reused by the build.
    copies: dict[Path, list[Any]] = field(default_factory=dict)

    @property
    def errors(self) -> list[Problem]:
        return [p for p in self.problems if p.severity == "error"]

    @property
    def warnings(self) -> list[Problem]:
        return [p for p in self.problems if p.severity == "warning"]

    def failed(self, strict: bool) -> bool:
        return bool(self.errors or (strict and self.warnings))


def _sorted(problems: list[Problem]) -> list[Problem]:
    unique = list(dict.fromkeys(problems))
    return sorted(unique, key=lambda p: (p.path, p.line, p.column, p.rule))


def check_project(settings: Settings, paths: list[Path] | None = None, *, now: datetime | None = None,
                  strict: bool = False, since: str | None = None, lint: bool = True) -> CheckReport:
    now = now or clock.now()
    return check_loaded(settings, read_all(settings, paths, now), paths, now=now, strict=strict, since=since,
                        lint=lint)


def check_loaded(settings: Settings, loaded: Loaded, paths: list[Path] | None = None, *, now: datetime,
                 strict: bool = False, since: str | None = None, lint: bool = True) -> CheckReport:
    """The checks on statements already read: the linter, the copies' fit, approvals, history."""
    incidents, problems, files = loaded.incidents, list(loaded.problems), loaded.files
    suppressed: list[Problem] = []
    copies: dict[Path, list[Any]] = {}
    if lint:
        from generator.lint import lint_incident

        for incident in incidents:
            result = lint_incident(incident, settings, now)
            problems.extend(result.problems)
            suppressed.extend(result.suppressed)
        from generator.fit_check import fit_problems

        problems.extend(fit_problems(incidents, settings, now, copies))
    if strict and settings.require_approval:
        from generator.approval import approval_problems

        problems.extend(approval_problems(incidents, settings))
    if since:
        from generator.history import history_problems

        problems.extend(history_problems(settings, incidents, since, paths))
    return CheckReport(files, incidents, _sorted(problems), _sorted(suppressed), copies)
