"""Review stage, input: the committed versions of a statement's language files, parsed with
the same reader as today's files. From them the review learns when each update was first
published, which `next_update` each version promised, and which updates were rewritten."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime, timedelta
from pathlib import Path

from generator.core.model import Problem, Settings, Statement
from generator.reading.reader import parse_statement
from generator.authoring.review.gitlog import FileHistory, file_history

# The reader refuses updates "in the future"; an old version is read as it was, whatever
# the clock said, so the check is pushed out of the way.
_READ_AS_WRITTEN = timedelta(days=36500)


@dataclass(frozen=True, slots=True)
class Version:
    """One language file as one commit left it."""

    commit: str
    at: datetime  # commit time: when this version landed
    lang: str
    statement: Statement | None  # None when the file was deleted or did not parse then
    problems: tuple[Problem, ...] = ()
    data: bytes | None = None  # the file's bytes at that commit; None when deleted

    @property
    def published(self) -> bool:
        """A version the build would publish: it parses, has an update and is not a draft."""
        return self.statement is not None and not self.statement.draft


@dataclass(frozen=True)
class History:
    """The versions of every language file of one slug; `unavailable` says why there are none."""

    versions: dict[str, tuple[Version, ...]] = field(default_factory=dict)  # lang -> oldest first
    unavailable: str | None = None
    detail: str = ""
    uncommitted: tuple[str, ...] = ()  # languages whose file has changes not committed
    truncated: bool = False

    @property
    def available(self) -> bool:
        return self.unavailable is None and any(self.versions.values())

    def first_seen(self, lang: str) -> dict[datetime, datetime]:
        """Update time (as in its heading) → time of the first commit that contained it."""
        seen: dict[datetime, datetime] = {}
        for version in self.versions.get(lang, ()):
            if version.statement is not None:
                for update in version.statement.updates:
                    seen.setdefault(update.at, version.at)
        return seen

    def commits(self) -> list[tuple[str, datetime]]:
        """Every commit that touched one of the files, oldest first, each once."""
        found: dict[str, datetime] = {}
        for versions in self.versions.values():
            for version in versions:
                found.setdefault(version.commit, version.at)
        return sorted(found.items(), key=lambda item: (item[1], item[0]))


def read_versions(lang: str, path: Path, history: FileHistory, settings: Settings) -> tuple[Version, ...]:
    versions = []
    for revision in history.revisions:
        if revision.data is None:
            versions.append(Version(revision.commit, revision.at, lang, None))
            continue
        statement, problems = parse_statement(path, revision.data, settings, revision.at + _READ_AS_WRITTEN)
        versions.append(Version(revision.commit, revision.at, lang, statement, tuple(problems), revision.data))
    return tuple(versions)


def load_history(settings: Settings, paths: dict[str, Path]) -> History:
    """The history of each language file (`lang → path`). When no file has one, the reason
    given is the primary file's (the first of `paths`)."""
    histories = {lang: file_history(path) for lang, path in paths.items()}
    versions = {lang: read_versions(lang, paths[lang], found, settings)
                for lang, found in histories.items() if found.unavailable is None}
    if not versions:
        primary = next(iter(histories.values()))
        return History(unavailable=primary.unavailable, detail=primary.detail)
    return History(
        versions=versions,
        uncommitted=tuple(lang for lang, found in histories.items()
                          if found.uncommitted or found.unavailable is not None),
        truncated=any(found.truncated for found in histories.values()),
    )
