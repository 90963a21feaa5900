"""Stage 2, checks: format problems from the reader, the linter's findings, approvals and
the published history, gathered into one report that `check` prints and `build` obeys."""

from __future__ import annotations

import os
from dataclasses import dataclass, field
from datetime import datetime
from zoneinfo import ZoneInfo
from pathlib import Path
from typing import Any

from generator.core import clock
from generator.core.cache import EntryStore, cache_folder, incident_key, site_stamp
from generator.core.model import Incident, Problem, Settings, Statement
from generator.reading.reader import Loaded, read_all


@dataclass(frozen=True)
class CheckReport:
    statements: int  # statement files read
    incidents: list[Incident]  # those that parsed cleanly
    problems: list[Problem]
    suppressed: list[Problem] = field(default_factory=list)
    # Channel copies rendered while checking (statement file -> copies), reused by the build.
    copies: dict[Path, list[Any]] = field(default_factory=dict)
    # Under --strict --since REF, the statement files changed since REF: only their warnings
    # count, so an older statement is not judged again by a newer onevoice. None: all count.
    judged: frozenset[str] | None = None
    # What the checks could not do, said once (the craft rules on a language they do not read).
    notes: list[str] = field(default_factory=list)

    @property
    def errors(self) -> list[Problem]:
        return [p for p in self.problems if p.severity == "error"]

    @property
    def warnings(self) -> list[Problem]:
        return [p for p in self.problems if p.severity == "warning"]

    def failed(self, strict: bool) -> bool:
        """Errors always fail; warnings only under --strict (and, with --since, only the
        warnings of the statements changed since then)."""
        if self.errors:
            return True
        return strict and any(self.judged is None or w.path in self.judged for w in self.warnings)


def _sorted(problems: list[Problem]) -> list[Problem]:
    unique = list(dict.fromkeys(problems))
    return sorted(unique, key=lambda p: (p.path, p.line, p.column, p.rule))


@dataclass(frozen=True)
class IncidentChecks:
    """What the linter and the copies' fit check found for one incident: all that depends
    only on its files, the site and the clock's effect on it, so it can be cached."""

    problems: list[Problem]
    suppressed: list[Problem]
    copies: dict[Path, list[Any]]


def _check_incident(incident: Incident, settings: Settings, now: datetime) -> IncidentChecks:
    from generator.checking.fit_check import fit_problems
    from generator.checking.lint import lint_incident, untranslated

    result = lint_incident(incident, settings, now)
    copies: dict[Path, list[Any]] = {}
    # A file still marked for translation is not fitted: its words are not the published ones.
    fitted = Incident(incident.slug, {lang: s for lang, s in incident.translations.items() if not untranslated(s)})
    fit = fit_problems([fitted], settings, now, copies) if fitted.translations else []
    return IncidentChecks(result.problems + fit, result.suppressed, copies)


def _incident_key(incident: Incident, stamp: str, now: datetime, zone: ZoneInfo) -> str | None:
    """Everything an incident's checks depend on: onevoice and the site (`stamp`), the
    folder messages are relative to, its files, and what the clock changes: whether its
    copies are still wanted (`Statement.current`), how late a promised update is, to the
    minute (the overdue-update message says it), and how many of the days and times its
    summary announces are over (the overtaken-summary warning, and the copies that drop a
    passed promise)."""
    from generator.checking.lint.status_rules import announced_moments

    def clock_effect(statement: Statement) -> tuple[bool, int | None, int, str]:
        late = None
        # A maintenance without next_update promised to be done by the end of its window.
        promise = statement.next_update or (statement.scheduled_until if statement.maintenance else None)
        if not statement.resolved and promise is not None and promise < now:
            late = int((now - promise).total_seconds() // 60)
        over = sum(1 for moment, _, _ in announced_moments(statement, zone) if moment < now)
        # (Copies drop a promise once its day is over: the day is part of what they depend on.)
        return statement.current(now), late, over, now.astimezone(zone).date().isoformat()

    return incident_key(incident, stamp, os.getcwd(), per_statement=clock_effect)


def check_project(settings: Settings, paths: list[Path] | None = None, *, now: datetime | None = None,
                  strict: bool = False, since: str | None = None, lint: bool = True,
                  cache: bool = True, preview: bool = False) -> CheckReport:
    now = now or clock.now()
    return check_loaded(settings, read_all(settings, paths, now), paths, now=now, strict=strict, since=since,
                        lint=lint, cache=cache, preview=preview)


def check_loaded(settings: Settings, loaded: Loaded, paths: list[Path] | None = None, *, now: datetime,
                 strict: bool = False, since: str | None = None, lint: bool = True,
                 cache: bool = True, preview: bool = False) -> CheckReport:
    """The checks on statements already read: the linter, the copies' fit, approvals, history.
    Each incident's linter findings and copies are reused from the user's cache when nothing
    they depend on changed (`_incident_key`); `cache=False` for throw-away site roots.
    A missing approval is an error unless `preview` (a pull request's preview, never
    deployed, is built before the approval is added)."""
    incidents, problems, files = loaded.incidents, [*settings.notices, *loaded.problems], loaded.files
    suppressed: list[Problem] = []
    copies: dict[Path, list[Any]] = {}
    if lint:
        store = EntryStore(cache_folder(settings.root, "checks") if cache else None)
        stamp = site_stamp(settings.root) if store.folder is not None else ""
        for incident in incidents:
            key = _incident_key(incident, stamp, now, settings.timezone) if stamp else None
            found = store.get(key) if key else None
            if found is None:
                found = _check_incident(incident, settings, now)
                if key:
                    store.put(key, found)
            problems.extend(found.problems)
            suppressed.extend(found.suppressed)
            copies.update(found.copies)
        for incident in loaded.held:  # linted too (never cached, never rendered): all problems at once
            from generator.checking.lint import lint_incident

            linted = lint_incident(incident, settings, now)
            problems.extend(linted.problems)
            suppressed.extend(linted.suppressed)
        if paths is None:
            store.prune()
    if settings.require_approval and not preview:
        from generator.reading.approval import approval_problems

        problems.extend(approval_problems(incidents, settings))
    judged = None
    if since:
        from generator.reading.history import changed_since, history_problems

        problems.extend(history_problems(settings, incidents, since, paths))
        judged = changed_since(settings, since) if strict else None
    from generator.checking.lint import uncovered_note

    from generator.checking.fit_check import x_link_note

    notes = [uncovered_note([s for i in (*incidents, *loaded.held) for s in i.translations.values()]) if lint else None,
             x_link_note(settings) if incidents else None]
    return CheckReport(files, incidents, _sorted(problems), _sorted(suppressed), copies, judged,
                       [note for note in notes if note])
