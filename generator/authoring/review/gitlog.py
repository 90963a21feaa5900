"""Review stage, input: the committed versions of one statement file, read from git.

git is an optional witness. When it is missing, when the site is not a repository, or when the
file was never committed, the history says why instead of failing: the review then reports
the figures git would have given as unknown, with that reason. Nothing here writes to the
repository."""

from __future__ import annotations

import os
import shutil
import subprocess
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

GIT_TIMEOUT = 60  # seconds; a statement's history is small, a hung git is not
MAX_REVISIONS = 500  # the newest ones are kept: a crisis with more commits is already well recorded

# Why a file has no history (stable ids, worded per language by `wording`).
GIT_MISSING = "git-missing"
NOT_A_REPOSITORY = "not-a-repository"
UNTRACKED = "untracked"
GIT_FAILED = "git-failed"


@dataclass(frozen=True, slots=True)
class Revision:
    """The file as one commit left it."""

    commit: str
    at: datetime  # the commit's committer date: when the change landed on the branch
    data: bytes | None  # None when this commit deleted the file


@dataclass(frozen=True, slots=True)
class FileHistory:
    path: Path
    revisions: tuple[Revision, ...] = ()  # oldest first
    unavailable: str | None = None  # one of the ids above when there is no history
    detail: str = ""  # git's own message, for GIT_FAILED
    uncommitted: bool = False  # the working copy differs from the last commit
    truncated: bool = False  # older revisions beyond MAX_REVISIONS were left out


def _git(args: list[str], cwd: Path, stdin: bytes | None = None) -> subprocess.CompletedProcess[bytes]:
    environment = dict(os.environ, LC_ALL="C", GIT_TERMINAL_PROMPT="0", GIT_OPTIONAL_LOCKS="0")
    return subprocess.run(["git", "-c", "core.quotepath=off", *args], cwd=cwd, input=stdin,
                          capture_output=True, timeout=GIT_TIMEOUT, env=environment, check=False)


def _first_line(raw: bytes) -> str:
    text = raw.decode("utf-8", "replace").strip()
    return text.splitlines()[0] if text else "git gave no message"


def repository_root(folder: Path) -> tuple[Path | None, str | None, str]:
    """The work tree holding `folder`, or (None, reason, detail)."""
    if shutil.which("git") is None:
        return None, GIT_MISSING, ""
    try:
        found = _git(["rev-parse", "--show-toplevel"], folder)
    except (OSError, subprocess.TimeoutExpired) as error:
        return None, GIT_FAILED, str(error)
    if found.returncode != 0:
        message = _first_line(found.stderr)
        # "dubious ownership" and the like are not "no repository": say what git said.
        reason = NOT_A_REPOSITORY if "not a git repository" in message.lower() else GIT_FAILED
        return None, reason, message
    return Path(found.stdout.decode("utf-8").strip()), None, ""


def _blobs(top: Path, specs: list[str]) -> list[bytes | None]:
    """File contents for `commit:path` specs, through one `git cat-file --batch`."""
    result = _git(["cat-file", "--batch"], top, ("\n".join(specs) + "\n").encode("utf-8"))
    if result.returncode != 0:
        raise OSError(_first_line(result.stderr))
    out, position = result.stdout, 0
    found: list[bytes | None] = []
    for _ in specs:
        end = out.index(b"\n", position)
        header = out[position:end].split(b" ")
        position = end + 1
        if len(header) == 3 and header[1] == b"blob":
            size = int(header[2])
            found.append(out[position : position + size])
            position += size + 1  # the content is followed by a newline
        else:  # "<spec> missing": the commit deleted the file
            found.append(None)
    return found


def file_history(path: Path) -> FileHistory:
    """Every committed version of `path` on the current branch (renames are not followed)."""
    top, reason, detail = repository_root(path.resolve().parent)
    if top is None:
        return FileHistory(path, unavailable=reason, detail=detail)
    relative = path.resolve().relative_to(top.resolve()).as_posix()
    try:
        log = _git(["log", "--format=%H %cI", "--", relative], top)
        if log.returncode != 0:
            # A repository without any commit yet has no HEAD: nothing is committed.
            message = _first_line(log.stderr)
            if "does not have any commits" in message or "bad default revision" in message:
                return FileHistory(path, unavailable=UNTRACKED)
            return FileHistory(path, unavailable=GIT_FAILED, detail=message)
        entries = [line.split(" ", 1) for line in log.stdout.decode("utf-8").splitlines() if line.strip()]
        if not entries:
            return FileHistory(path, unavailable=UNTRACKED)
        truncated = len(entries) > MAX_REVISIONS
        entries = list(reversed(entries[:MAX_REVISIONS]))  # git lists newest first
        contents = _blobs(top, [f"{commit}:{relative}" for commit, _ in entries])
        status = _git(["status", "--porcelain", "--", relative], top)
    except (OSError, subprocess.TimeoutExpired, ValueError) as error:
        return FileHistory(path, unavailable=GIT_FAILED, detail=str(error))
    revisions = tuple(Revision(commit, datetime.fromisoformat(when), data)
                      for (commit, when), data in zip(entries, contents))
    return FileHistory(path, revisions, uncommitted=bool(status.stdout.strip()), truncated=truncated)
