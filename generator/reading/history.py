"""Stage 2, checks: the published history. Compares the statements as they are now with the
statements at a git revision (the last published commit) and reports every published update
that was rewritten or removed, and every published statement that disappeared. Corrections
added under an update are the one legitimate change; `statements/_removals.yml` records the
rare legal removal, which is reported as a loud warning quoting its reason."""

from __future__ import annotations

import posixpath
import subprocess
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

import yaml

from generator.core.dates import DateError, parse_datetime
from generator.core.errors import UsageError
from generator.core.model import Correction, Incident, Problem, Settings, Statement, Update
from generator.core.paths import display_path
from generator.reading.reader import parse_statement
from generator.core.text import strip_comments
from generator.reading.yaml_source import YamlError, load_mapping

# Old versions were valid when published; their updates are in the past of any real "now".
_FAR_FUTURE = datetime(9000, 1, 1, tzinfo=UTC)
_CORRECTION_HINT = ("keep the published text and add a correction under the update: "
                    "'#### Correction · <now>' then what was wrong and what is right (docs/corrections.md)")
REMOVALS_FILE = "_removals.yml"  # in the statements folder; ignored by the reader (starts with _)
_LEGAL_HINT = (f"only a legal removal may change published history: record it in statements/{REMOVALS_FILE} "
               "with its reason (docs/corrections.md)")
_REMOVAL_KEYS = {"statement", "lang", "update", "reason"}
MIN_REASON_CHARS = 10


@dataclass(frozen=True)
class Published:
    """One statement file as it was at the revision."""

    name: str  # file name in the statements folder
    repo_path: str  # path in the git tree
    statement: Statement


# --- git ---------------------------------------------------------------------------------

def _git(root: Path, *args: str, stdin: bytes | None = None) -> subprocess.CompletedProcess[bytes]:
    try:
        return subprocess.run(["git", *args], cwd=root, input=stdin, capture_output=True, check=False)
    except FileNotFoundError:
        raise UsageError("error: --since needs git, which is not installed\n"
                         "    hint: install git, or run check without --since") from None


def _resolve(root: Path, since: str) -> tuple[str, str]:
    """(commit id, the site root's path in the git work tree) or a UsageError saying why not."""
    if not since.strip() or since.startswith("-"):
        raise UsageError(f"error: '{since}' is not a git revision\n"
                         "    hint: give a commit, tag or branch, e.g. --since origin/main")
    prefix = _git(root, "rev-parse", "--show-prefix")
    if prefix.returncode != 0:
        said = prefix.stderr.decode("utf-8", "replace").strip().splitlines()
        raise UsageError(f"error: --since {since}: {display_path(root)} is not in a git repository"
                         + (f" (git: {said[0]})" if said else "")
                         + "\n    hint: run it in the repository's clone, or leave out --since")
    commit = _git(root, "rev-parse", "--verify", "--quiet", "--end-of-options", f"{since}^{{commit}}")
    if commit.returncode != 0:
        raise UsageError(f"error: --since {since}: no such git revision\n"
                         "    hint: give a commit, tag or branch that exists here "
                         "(in CI, fetch the history: actions/checkout with fetch-depth: 0)")
    return commit.stdout.decode().strip(), prefix.stdout.decode().strip()


def _published_files(root: Path, commit: str, folder: str) -> list[tuple[str, str, str]]:
    """(file name, path in the tree, blob id) of every statement file in `folder` at `commit`."""
    listing = _git(root, "ls-tree", "-z", "--full-tree", commit, "--", f"{folder}/")
    if listing.returncode != 0:
        return []
    found = []
    for entry in listing.stdout.decode("utf-8", "surrogateescape").split("\0"):
        if not entry:
            continue
        meta, _, path = entry.partition("\t")
        mode, kind, blob = meta.split()
        name = posixpath.basename(path)
        # Symbolic links were never read by onevoice, so they were never published.
        if kind == "blob" and mode in ("100644", "100755") and name.endswith(".md") and not name.startswith("_"):
            found.append((name, path, blob))
    return found


def _read_blobs(root: Path, blobs: list[str]) -> dict[str, bytes]:
    """Contents of many blobs with one `git cat-file --batch`."""
    if not blobs:
        return {}
    result = _git(root, "cat-file", "--batch", stdin="".join(f"{b}\n" for b in blobs).encode())
    if result.returncode != 0:
        raise UsageError("error: --since: git could not read the published statements: "
                         + result.stderr.decode("utf-8", "replace").strip())
    contents, data, position = {}, result.stdout, 0
    for blob in blobs:
        end = data.index(b"\n", position)
        header = data[position:end].split()
        size = int(header[2])
        contents[blob] = data[end + 1 : end + 1 + size]
        position = end + 1 + size + 1  # the content is followed by a newline
    return contents


def published_statements(settings: Settings, since: str) -> tuple[str, list[Published]]:
    """The revision's commit id and its statement files that were valid (so publishable)."""
    root = settings.root
    commit, prefix = _resolve(root, since)
    folder = posixpath.normpath(posixpath.join(prefix, Path(settings.statements_dir).as_posix()))
    files = _published_files(root, commit, folder)
    blobs = _read_blobs(root, [blob for _, _, blob in files])
    published = []
    for name, repo_path, blob in files:
        statement, _ = parse_statement(settings.statements_path / name, blobs[blob], settings, _FAR_FUTURE)
        if statement is not None:  # a file with errors could not have been published
            published.append(Published(name, repo_path, statement))
    return commit, published


# --- legal removals ----------------------------------------------------------------------

@dataclass(frozen=True)
class Removal:
    """One entry of `statements/_removals.yml`: a statement (one language or all), or one of
    its updates, whose published content may change or go, and why."""

    slug: str
    lang: str | None
    at: datetime | None
    reason: str
    where: str  # "statements/_removals.yml line 4", for messages

    def covers(self, slug: str, lang: str, at: datetime | None) -> bool:
        return (self.slug == slug and self.lang in (None, lang)
                and (self.at is None or self.at == at))


def load_removals(settings: Settings) -> tuple[list[Removal], list[Problem]]:
    """The recorded legal removals and any mistake in the file (errors: a removal that is
    not understood is not applied)."""
    path = settings.statements_path / REMOVALS_FILE
    if not path.is_file() or path.is_symlink():
        return [], []
    shown = display_path(path)
    problems: list[Problem] = []

    def error(line: int, message: str, hint: str) -> None:
        problems.append(Problem(shown, line, 1, "error", "history/removals-file", message, hint))

    example = "removals: [{statement: 2026-11-20-card-payments, update: 2026-11-20 10:05, reason: …}]"
    try:
        text = path.read_bytes()[:64 * 1024].decode("utf-8")
        data, _ = load_mapping(text, 1)
    except UnicodeDecodeError:
        error(1, "the file is not UTF-8 text", "save it as UTF-8")
        return [], problems
    except YamlError as problem:
        if "front matter" in problem.message:  # the loader's words for "not a mapping"
            error(problem.line, "the file must hold one key, `removals`, with a list of entries", example)
        else:
            error(problem.line, problem.message, problem.hint)
        return [], problems
    entries = data.get("removals")
    if set(data) - {"removals"} or not isinstance(entries, list):
        error(1, "the file must hold one key, `removals`, with a list of entries", example)
        return [], problems
    # load_mapping accepted the text, so composing it again is safe; it gives each entry's line.
    root = yaml.compose(text, Loader=yaml.SafeLoader)
    assert root is not None  # a mapping, as load_mapping found
    items = next(v for k, v in root.value if k.value == "removals").value
    removals = []
    for entry, node in zip(entries, items):
        line = node.start_mark.line + 1
        if not isinstance(entry, dict) or set(entry) - _REMOVAL_KEYS or "statement" not in entry:
            error(line, "an entry needs `statement` and `reason`, and may have `lang` and `update`", example)
            continue
        reason = entry.get("reason")
        if not isinstance(reason, str) or len(reason.strip()) < MIN_REASON_CHARS:
            error(line, "a removal needs its `reason` (who ordered it, and why)",
                  "e.g. reason: Court order RG 26/01234 of 2026-11-21 (Tribunal judiciaire de Lyon)")
            continue
        lang = entry.get("lang")
        if lang is not None and lang not in settings.languages:
            error(line, f"`lang: {lang}` is not a site language", f"use one of {', '.join(settings.languages)}")
            continue
        try:
            at = parse_datetime(str(entry["update"]), settings.timezone) if "update" in entry else None
        except DateError as problem:
            error(line, f"`update`: {problem}", "the update's time as written in its '###' heading")
            continue
        removals.append(Removal(str(entry["statement"]), lang, at, " ".join(reason.split()),
                                f"{shown} line {line}"))
    return removals, problems


# --- comparison --------------------------------------------------------------------------

def _words(markdown: str) -> str:
    # Author notes (<!-- … -->) and line wrapping are not published: changing them is fine.
    return " ".join(strip_comments(markdown).split())


def _first_difference(old: str, new: str) -> tuple[int, int]:
    """Offsets (in lines) of the first line that differs in each text."""
    old_lines, new_lines = old.split("\n"), new.split("\n")
    for index, (a, b) in enumerate(zip(old_lines, new_lines)):
        if a.strip() != b.strip():
            return index, index
    shorter = min(len(old_lines), len(new_lines))
    return min(shorter, len(old_lines) - 1), min(shorter, len(new_lines) - 1)


def _quote(text: str, limit: int = 60) -> str:
    line = " ".join(text.split())
    return f"'{line[:limit]}…'" if len(line) > limit else f"'{line}'"


class _Comparison:
    def __init__(self, settings: Settings, label: str, removals: list[Removal]):
        self.settings, self.label, self.removals = settings, label, removals
        self.problems: list[Problem] = []

    def when(self, moment: datetime) -> str:
        return moment.astimezone(self.settings.timezone).strftime("%Y-%m-%d %H:%M")

    def report(self, path: Path, line: int, column: int, rule: str, message: str, hint: str,
               slug: str, lang: str, at: datetime | None = None) -> None:
        """An error, or the loud warning of a recorded legal removal."""
        removal = next((r for r in self.removals if r.covers(slug, lang, at)), None)
        if removal is None:
            self.problems.append(Problem(display_path(path), line, column, "error", rule, message, hint))
            return
        self.problems.append(Problem(
            display_path(path), line, column, "warning", "history/legal-removal",
            f"LEGAL REMOVAL of published content: {message}; allowed by {removal.where}, "
            f"reason: {removal.reason}",
            "check that this removal is really required; everyone who read the page saw the old version",
        ))

    def statement(self, old: Published, new: Statement | None, path: Path) -> None:
        before = old.statement
        slug, lang = before.slug, before.lang
        if new is None:
            self.report(path, 1, 1, "history/statement-removed",
                        f"{old.name} was published at {self.label} and is gone",
                        "restore it (`git show " + self.label.split(" ")[0] + f":{old.repo_path}`); a published "
                        "statement stays online, resolved if it is over; " + _LEGAL_HINT, slug, lang)
            return
        if new.draft and not before.draft:
            self.report(path, new.key_lines.get("draft", 1), 1, "history/statement-unpublished",
                        f"`draft: true` would take down a statement published at {self.label}",
                        "remove `draft: true`; to say it is over, post a resolved update; " + _LEGAL_HINT,
                        slug, lang)
        current = {u.at: u for u in new.updates}
        newest_before = before.updates[0].at
        added = [u for u in new.updates if u.at not in {o.at for o in before.updates}]
        for update in before.updates:
            if update.at in current:
                self.update(update, current[update.at], new, slug, lang)
            else:
                self.removed_update(update, new, added, slug, lang)
        for update in added:
            if update.at < newest_before and _words(update.text) not in {_words(o.text) for o in before.updates}:
                self.problems.append(Problem(
                    display_path(new.path), update.line, 5, "warning", "history/update-inserted",
                    f"this update ({self.when(update.at)}) was added below updates already published at "
                    f"{self.label} (the newest then was {self.when(newest_before)})",
                    "readers never saw it in that place; post news as a new update at the top, with the "
                    "current time (`onevoice update`)"))

    def removed_update(self, old: Update, new: Statement, added: list[Update], slug: str, lang: str) -> None:
        heading = f"'### {self.when(old.at)} · {old.status_word or old.status.value}'"
        moved = next((u for u in added if _words(u.text) == _words(old.text)), None)
        if moved is not None:
            self.report(new.path, moved.line, 5, "history/update-time-changed",
                        f"this update was published at {self.label} as {heading} (line {old.line} there): "
                        f"its time may not change",
                        f"put back {self.when(old.at)}; if the time was wrong, say so in a correction: "
                        + _CORRECTION_HINT, slug, lang, old.at)
            return
        below = next((u for u in new.updates if u.at < old.at), None)
        updates_section = new.section("updates")
        line = below.line if below else (updates_section.line if updates_section else 1)
        self.report(new.path, line, 1, "history/update-removed",
                    f"the update {heading} published at {self.label} (line {old.line} there) is gone",
                    "put it back as it was; " + _CORRECTION_HINT + "; " + _LEGAL_HINT, slug, lang, old.at)

    def update(self, old: Update, new: Update, statement: Statement, slug: str, lang: str) -> None:
        path, when = statement.path, self.when(old.at)
        if old.status is not new.status:
            self.report(path, new.line, 5, "history/status-changed",
                        f"the update of {when} was published at {self.label} with status "
                        f"'{old.status_word or old.status.value}' (line {old.line} there); it now says "
                        f"'{new.status_word or new.status.value}'",
                        "put back the published status; a new status is a new update (`onevoice update`)",
                        slug, lang, old.at)
        if _words(old.text) != _words(new.text):
            old_offset, new_offset = _first_difference(old.text, new.text)
            self.report(path, new.text_line + new_offset, 1, "history/text-changed",
                        f"the text of the update of {when}, published at {self.label}, was rewritten: "
                        f"line {old.text_line + old_offset} there read "
                        f"{_quote(old.text.split(chr(10))[old_offset])}",
                        _CORRECTION_HINT, slug, lang, old.at)
        current = {c.at: c for c in new.corrections}
        for correction in old.corrections:
            self.correction(correction, current.get(correction.at), new, path, when, slug, lang, old.at)

    def correction(self, old: Correction, new: Correction | None, update: Update, path: Path, when: str,
                   slug: str, lang: str, at: datetime) -> None:
        if new is None:
            self.report(path, update.line, 5, "history/correction-removed",
                        f"the correction of {self.when(old.at)} to the update of {when}, published at "
                        f"{self.label} (line {old.line} there), is gone",
                        "put it back; a correction of a correction is one more '#### Correction · <now>'",
                        slug, lang, at)
        elif _words(old.text) != _words(new.text):
            old_offset, new_offset = _first_difference(old.text, new.text)
            self.report(path, new.text_line + new_offset, 1, "history/correction-changed",
                        f"the correction of {self.when(old.at)} to the update of {when}, published at "
                        f"{self.label}, was rewritten: line {old.text_line + old_offset} there read "
                        f"{_quote(old.text.split(chr(10))[old_offset])}",
                        "put back its text; add another '#### Correction · <now>' under the update",
                        slug, lang, at)


def _in_scope(settings: Settings, name: str, paths: list[Path] | None) -> bool:
    """Whether `check PATH…` was asked about this statement file."""
    if not paths:
        return True
    target = (settings.statements_path / name).resolve()
    for given in paths:
        resolved = given.resolve()
        if resolved == target or (resolved.is_dir() and resolved == target.parent):
            return True
    return False


def changed_since(settings: Settings, since: str) -> frozenset[str]:
    """The statement files (as messages show their paths) added or changed since git revision
    `since`, committed or not: the ones a pull request touches."""
    commit, _prefix = _resolve(settings.root, since)
    folder = settings.statements_dir
    changed = _git(settings.root, "diff", "--name-only", "--relative", "-z", commit, "--", f"{folder}/")
    untracked = _git(settings.root, "ls-files", "--others", "--exclude-standard", "-z", "--", f"{folder}/")
    names = [n for out in (changed, untracked) for n in out.stdout.decode("utf-8", "replace").split("\0") if n]
    return frozenset(display_path(settings.root / name) for name in names)


def history_problems(settings: Settings, incidents: list[Incident], since: str,
                     paths: list[Path] | None = None) -> list[Problem]:
    """Every change to history published at git revision `since`: errors, or a warning per
    legal removal recorded in `statements/_removals.yml`. Files that do not parse now are
    left to the format problems (they block publication anyway)."""
    commit, published = published_statements(settings, since)
    removals, problems = load_removals(settings)
    label = commit[:12] if commit.startswith(since) else f"{since} ({commit[:12]})"
    comparison = _Comparison(settings, label, removals)
    current = {s.path.name: s for incident in incidents for s in incident.translations.values()}
    for old in published:
        if old.statement.draft or not _in_scope(settings, old.name, paths):
            continue
        path = settings.statements_path / old.name
        if old.name in current:
            comparison.statement(old, current[old.name], path)
        elif not (path.exists() or path.is_symlink()):
            comparison.statement(old, None, path)
        elif path.is_file() and not path.is_symlink():
            # Left out of `incidents` by a problem reported elsewhere (often a translation
            # that disagrees); its own history is still worth checking if the file parses.
            statement, _ = parse_statement(path, path.read_bytes(), settings, _FAR_FUTURE)
            if statement is not None:
                comparison.statement(old, statement, path)
    return problems + comparison.problems
