"""Review stage: the checker's findings over a statement's life. Each commit's versions of the
language files are written into a scratch site (with today's `mkdocs.yml`) and checked with
the clock set to that commit's time, so an update that was overdue then is found overdue."""

from __future__ import annotations

import re
import shutil
import tempfile
from dataclasses import dataclass, replace
from datetime import datetime, timedelta
from pathlib import Path

from generator.checking.run import check_project
from generator.core.model import Problem, Settings
from generator.core.paths import display_path
from generator.authoring.review.history import History, Version
from generator.reading.settings import CONFIG_FILE, load_settings

MAX_CHECKED_COMMITS = 300  # the newest ones; each check takes a few milliseconds

# Line numbers move as updates are added above, and an overdue update gets later by the
# minute: a finding stays the same one without them.
_MOVING_PARTS = re.compile(r"\blines? \d+(?: and \d+)?|\b\d+ (?:min|h|d)\b")


@dataclass(frozen=True, slots=True)
class Finding:
    """One problem, from the first commit that had it to the commit that fixed it."""

    file: str  # the statement file's name
    rule: str
    severity: str
    category: str
    message: str
    first_commit: str
    first_at: datetime
    published: bool  # a warning present in a commit whose build would publish the statement
    fixed_commit: str | None = None  # None: still there in the last commit
    fixed_at: datetime | None = None

    @property
    def blocking(self) -> bool:
        """An error: `onevoice build` refuses to publish while it is there."""
        return self.severity == "error"


@dataclass(frozen=True)
class LintHistory:
    findings: tuple[Finding, ...]
    commits_checked: int
    linter_installed: bool  # False: only the format checks ran
    blocked: timedelta  # total time during which the committed files could not be built
    blocked_commits: frozenset[str] = frozenset()  # commits `onevoice build` would refuse

    @property
    def published(self) -> tuple[Finding, ...]:
        return tuple(f for f in self.findings if f.published)

    @property
    def blocking(self) -> tuple[Finding, ...]:
        return tuple(f for f in self.findings if f.blocking)


def linter_installed() -> bool:
    try:
        from generator.checking.lint import lint_incident  # noqa: F401
    except ImportError:
        return False
    return True


@dataclass(frozen=True, slots=True)
class _Snapshot:
    commit: str
    at: datetime
    files: dict[str, bytes]  # file name -> content, as the files stood after this commit
    published: bool  # one of them would be published (parses, not a draft)


def _key(problem: Problem) -> tuple[str, str, str]:
    return Path(problem.path).name, problem.rule, _MOVING_PARTS.sub("…", problem.message)


def findings_over_time(settings: Settings, history: History, names: dict[str, str], now: datetime) -> LintHistory:
    """Check every commit's version of the files; `names` maps lang → file name. A commit
    whose files have an error is one the build refused: its warnings were not published, and
    the time until the next commit counts as blocked."""
    snapshots = _snapshots(history, names)[-MAX_CHECKED_COMMITS:]
    current: dict[tuple[str, str, str], Finding] = {}
    closed: list[Finding] = []
    blocked = timedelta(0)
    refused: set[str] = set()
    scratch = Path(tempfile.mkdtemp(prefix="onevoice-review-"))
    try:
        shutil.copy(settings.root / CONFIG_FILE, scratch / CONFIG_FILE)
        scratch_settings = load_settings(scratch)
        folder = scratch_settings.statements_path
        for index, snapshot in enumerate(snapshots):
            shutil.rmtree(folder, ignore_errors=True)
            folder.mkdir(parents=True)
            for name, content in snapshot.files.items():
                (folder / name).write_bytes(content)
            report = check_project(scratch_settings, [folder], now=snapshot.at, cache=False)  # a scratch root
            problems = [_located(p, folder, settings) for p in report.problems]
            builds = snapshot.published and not report.errors
            if report.errors:
                refused.add(snapshot.commit)
                following = snapshots[index + 1].at if index + 1 < len(snapshots) else now
                blocked += max(following - snapshot.at, timedelta(0))
            seen: dict[tuple[str, str, str], Problem] = {}
            for problem in problems:
                seen.setdefault(_key(problem), problem)
            for key, problem in seen.items():
                earlier = current.get(key)
                if earlier is None:
                    current[key] = Finding(key[0], problem.rule, problem.severity, problem.category, problem.message,
                                           snapshot.commit, snapshot.at, builds and problem.severity == "warning")
                elif builds and not earlier.published and problem.severity == "warning":
                    current[key] = replace(earlier, published=True)
            # A statement with a format error is not linted: its other findings are unknown
            # at this commit, not fixed.
            unlinted = any(p.severity == "error" and p.rule.startswith("format/") for p in problems)
            for key in [k for k in current if k not in seen]:
                if unlinted and not key[1].startswith("format/"):
                    continue
                closed.append(replace(current.pop(key), fixed_commit=snapshot.commit, fixed_at=snapshot.at))
    finally:
        shutil.rmtree(scratch, ignore_errors=True)
    findings = sorted([*closed, *current.values()], key=lambda f: (f.first_at, f.file, f.rule, f.message))
    return LintHistory(tuple(findings), len(snapshots), linter_installed(), blocked, frozenset(refused))


def _located(problem: Problem, folder: Path, settings: Settings) -> Problem:
    """The problem with the scratch folder's paths in its message replaced by the site's."""
    message = problem.message
    for shown in {str(folder.resolve()), str(folder), display_path(folder)}:
        message = message.replace(shown + "/", settings.statements_dir + "/")
    return replace(problem, message=message)


def _snapshots(history: History, names: dict[str, str]) -> list[_Snapshot]:
    """Snapshots whose files carry the names they have today (`names`: lang → file name)."""
    by_commit: dict[str, list[Version]] = {}
    for versions in history.versions.values():
        for version in versions:
            by_commit.setdefault(version.commit, []).append(version)
    standing: dict[str, Version] = {}
    result = []
    for commit, at in history.commits():
        for version in by_commit[commit]:
            standing[version.lang] = version
        files = {names[lang]: v.data for lang, v in standing.items() if v.data is not None}
        result.append(_Snapshot(commit, at, files, any(v.published for v in standing.values())))
    return result
