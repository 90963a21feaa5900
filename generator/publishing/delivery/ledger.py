"""Writer stage, delivery part: the ledger, the one record of what was sent where.

The ledger is a git branch (`onevoice-delivery`) of small JSON files, one per message and
destination, plus one lock file per destination. It lives in the site's own repository, so
it survives CI's fresh machines and works the same from a laptop: every change is a commit
pushed to the remote at once, and a push only succeeds if nobody else pushed in between
(git refuses a non-fast-forward), which makes each write a compare-and-swap. Without a
remote (a repository on one machine), the branch is updated with the same check by
`git update-ref`. Commits are built with git's plumbing and a private index, so the work
tree, the index and HEAD of the checkout are never touched."""

from __future__ import annotations

import json
import os
import socket
import subprocess
import tempfile
import time
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from generator.core.errors import OnevoiceError

BRANCH = "onevoice-delivery"
LEASE_SECONDS = 300  # a destination's lock lapses when its holder stops renewing it
_WRITE_TRIES = 20
_README = """# onevoice delivery ledger

Written by `onevoice send`: one file per message and destination under `records/`, one
lock per destination being delivered under `locks/`. Do not edit by hand: see
docs/delivery.md in onevoice for what the states mean and how to fix a stuck message.
"""

Records = dict[str, dict[str, Any]]
Changes = Mapping[str, dict[str, Any] | None]  # path -> new content, or None to delete


class LedgerError(OnevoiceError):
    """The ledger cannot be read or written: nothing more may be sent."""


class Busy(Exception):
    """Another live run holds the destination's lock."""

    def __init__(self, lock: dict[str, Any]):
        super().__init__(lock)
        self.lock = lock


@dataclass(frozen=True)
class RunId:
    run: str
    host: str
    pid: int

    @classmethod
    def current(cls) -> RunId:
        host, pid = socket.gethostname(), os.getpid()
        label = os.environ.get("GITHUB_RUN_ID")
        attempt = os.environ.get("GITHUB_RUN_ATTEMPT", "1")
        run = f"github-run-{label}.{attempt}" if label else f"{host}-{pid}-{int(time.time())}"
        return cls(run, host, pid)


def record_path(destination_id: str, slug: str, message: str) -> str:
    return f"records/{destination_id}/{slug}/{message}.json"


def lock_path(destination_id: str) -> str:
    return f"locks/{destination_id}.json"


class Ledger:
    """The ledger branch of the git repository holding `root`."""

    def __init__(self, root: Path, remote: str | None, run: RunId | None = None, branch: str = BRANCH):
        self.root, self.branch, self.run = Path(root), branch, run or RunId.current()
        self.git_dir = Path(self._git("rev-parse", "--absolute-git-dir", check_repo=True).strip())
        remotes = self._git("remote").split()
        if remote is not None and remote not in remotes:
            raise LedgerError(f"error: the git remote '{remote}' does not exist in {self.root}\n"
                              "    hint: pass --ledger-remote with one of: " + (", ".join(remotes) or
                                                                               "(none: use --ledger-remote '')"))
        self.remote = remote or None
        self.tip: str | None = None
        self.records: Records = {}
        self._blobs: dict[str, dict[str, Any]] = {}  # blob id -> parsed content

    # -- where the ledger is ---------------------------------------------------------------

    @property
    def where(self) -> str:
        return f"{self.remote}/{self.branch}" if self.remote else f"the local branch {self.branch}"

    @property
    def _ref(self) -> str:
        return f"refs/remotes/{self.remote}/{self.branch}" if self.remote else f"refs/heads/{self.branch}"

    def _git(self, *args: str, input: bytes | None = None, env: dict[str, str] | None = None,
             check_repo: bool = False, ok: tuple[int, ...] = (0,)) -> str:
        full_env = {**os.environ, **(env or {}), "GIT_TERMINAL_PROMPT": "0", "LC_ALL": "C"}
        try:
            result = subprocess.run(["git", "-c", "core.hooksPath=/dev/null", *args], cwd=self.root,
                                    input=input, capture_output=True, env=full_env, timeout=120)
        except (OSError, subprocess.TimeoutExpired) as error:
            raise LedgerError(f"error: git failed: {error}\n    hint: the ledger needs git on the PATH "
                              "and the remote reachable") from None
        if result.returncode not in ok:
            if check_repo:
                raise LedgerError(
                    f"error: {self.root} is not in a git repository: `onevoice send` records what it sent "
                    f"on the branch {self.branch} of the site's repository\n"
                    "    hint: run it in a clone of the site's repository (git init, if the site has none)")
            message = result.stderr.decode("utf-8", "replace").strip()
            raise _GitFailed(result.returncode, message, result.stdout.decode("utf-8", "replace"))
        return result.stdout.decode("utf-8", "replace")

    # -- reading -----------------------------------------------------------------------------

    def refresh(self) -> Records:
        """Fetch the branch and read every record."""
        if self.remote:
            try:
                self._git("fetch", "--quiet", "--no-tags", self.remote,
                          f"+refs/heads/{self.branch}:{self._ref}")
            except _GitFailed as error:
                if "couldn't find remote ref" not in error.message:
                    raise LedgerError(f"error: cannot read the ledger from {self.where}: {error.message}\n"
                                      "    hint: check the network and that this run may read the repository; "
                                      "nothing was sent") from None
                self._git("update-ref", "-d", self._ref)  # deleted remotely: start afresh
        self._read(self._resolve())
        return self.records

    def _resolve(self) -> str | None:
        try:
            return self._git("rev-parse", "--verify", "--quiet", self._ref + "^{commit}").strip() or None
        except _GitFailed:
            return None

    def _read(self, tip: str | None) -> None:
        self.tip = tip
        if tip is None:
            self.records = {}
            return
        listing = self._git("ls-tree", "-r", "-z", tip)
        entries = []
        for line in filter(None, listing.split("\0")):
            meta, path = line.split("\t", 1)
            if path.endswith(".json"):
                entries.append((meta.split()[2], path))
        missing = [blob for blob, _ in entries if blob not in self._blobs]
        if missing:
            out = subprocess.run(["git", "cat-file", "--batch"], cwd=self.root, capture_output=True,
                                 input="".join(f"{blob}\n" for blob in missing).encode(), check=True).stdout
            at = 0
            for blob in missing:
                header_end = out.index(b"\n", at)
                size = int(out[at:header_end].split()[2])
                body = out[header_end + 1: header_end + 1 + size]
                at = header_end + 1 + size + 1
                try:
                    self._blobs[blob] = json.loads(body)
                except ValueError:
                    self._blobs[blob] = {"state": "unreadable"}
        self.records = {path: self._blobs[blob] for blob, path in entries}

    # -- writing -----------------------------------------------------------------------------

    def transact(self, change: Callable[[Records], Changes], message: str) -> Records:
        """Apply `change(records)` as one commit, on top of the newest ledger; retried on
        a fresh read when another run wrote in between. `change` may raise to give up."""
        for _ in range(_WRITE_TRIES):
            changes = change(self.records)
            if not changes:
                return self.records
            commit = self._commit(changes, message)
            if self._publish(commit):
                self._read(commit)
                return self.records
            self.refresh()  # somebody else wrote first: decide again on what is there now
        raise LedgerError(f"error: could not write the ledger on {self.where}: other runs kept writing first\n"
                          "    hint: run `onevoice send` again")

    def _commit(self, changes: Changes, message: str) -> str:
        with tempfile.TemporaryDirectory() as scratch:
            env = {"GIT_INDEX_FILE": str(Path(scratch) / "index"), "GIT_AUTHOR_NAME": "onevoice send",
                   "GIT_AUTHOR_EMAIL": "onevoice@localhost", "GIT_COMMITTER_NAME": "onevoice send",
                   "GIT_COMMITTER_EMAIL": "onevoice@localhost"}
            files: dict[str, bytes | None] = {}
            if self.tip:
                self._git("read-tree", self.tip, env=env)
            else:
                files["README.md"] = _README.encode()
            for path, content in changes.items():
                files[path] = None if content is None else (
                    json.dumps(content, ensure_ascii=False, indent=1, sort_keys=True) + "\n").encode()
            for path, data in files.items():
                if data is None:
                    self._git("update-index", "--force-remove", path, env=env)
                    continue
                blob = self._git("hash-object", "-w", "--stdin", input=data).strip()
                self._git("update-index", "--add", "--cacheinfo", f"100644,{blob},{path}", env=env)
            tree = self._git("write-tree", env=env).strip()
            parents = ["-p", self.tip] if self.tip else []
            return self._git("commit-tree", tree, *parents, "-m", message, env=env).strip()

    def _publish(self, commit: str) -> bool:
        """Move the branch from the tip we read to `commit`; False if it moved meanwhile."""
        if not self.remote:
            old = self.tip or "0" * 40
            try:
                self._git("update-ref", self._ref, commit, old)
                return True
            except _GitFailed:
                return False
        try:
            self._git("push", "--quiet", "--porcelain", self.remote, f"{commit}:refs/heads/{self.branch}")
        except _GitFailed as error:
            told = error.output + error.message
            if any(sign in told for sign in ("[rejected]", "non-fast-forward", "fetch first", "cannot lock ref",
                                             "reference already exists")):
                return False  # somebody else pushed first
            raise LedgerError(f"error: cannot write the ledger to {self.where}: {error.message}\n"
                              "    hint: this run needs permission to push to the repository "
                              f"(`contents: write` in GitHub Actions) and the branch {self.branch} must not "
                              "be protected against pushes") from None
        self._git("update-ref", self._ref, commit)
        return True

    # -- a destination's lock ------------------------------------------------------------------

    def lock_record(self) -> dict[str, Any]:
        return {"run": self.run.run, "host": self.run.host, "pid": self.run.pid,
                "until": time.time() + LEASE_SECONDS}

    def holder(self, records: Records, destination_id: str) -> dict[str, Any] | None:
        """The other run that holds the destination's lock and is alive, or None."""
        lock = records.get(lock_path(destination_id))
        if not lock or lock.get("run") == self.run.run:
            return None
        if float(lock.get("until", 0)) < time.time():
            return None  # lapsed: its holder stopped renewing it (killed, or its machine gone)
        if lock.get("host") == self.run.host and not _alive(int(lock.get("pid", 0))):
            return None  # a process of this machine that has died
        held, mine = str(lock.get("run", "")).rpartition("."), self.run.run.rpartition(".")
        if held[0].startswith("github-run-") and held[0] == mine[0] \
                and held[2].isdigit() and mine[2].isdigit() and int(held[2]) < int(mine[2]):
            return None  # an earlier attempt of this same workflow run: GitHub ended it before this one
        return lock

    def acquire(self, destination_id: str, wait: float, sleep: Callable[[float], None] = time.sleep) -> None:
        """Take the destination's lock, waiting up to `wait` seconds for a live holder."""
        deadline = time.time() + wait

        def take(records: Records) -> Changes:
            lock = self.holder(records, destination_id)
            if lock is not None:
                raise Busy(lock)
            return {lock_path(destination_id): self.lock_record()}

        while True:
            self.refresh()  # decide on the newest ledger, not on what this run read earlier
            try:
                self.transact(take, f"lock {destination_id}")
                return
            except Busy:
                if time.time() >= deadline:
                    raise
                sleep(min(2.0, max(0.1, deadline - time.time())))

    def write(self, destination_id: str, changes: Changes, message: str) -> None:
        """Write the holder's changes, renewing its lock in the same commit. If another run
        took the lock over meanwhile (this one stalled past its lease), stop: it delivers now."""

        def renew(records: Records) -> Changes:
            lock = records.get(lock_path(destination_id))
            if lock and lock.get("run") != self.run.run:
                raise LedgerError(f"error: another run ({lock.get('run')} on {lock.get('host')}) took over "
                                  f"{destination_id} while this one stalled for more than {LEASE_SECONDS} s\n"
                                  "    hint: nothing more is sent from this run; the other one goes on")
            return {**changes, lock_path(destination_id): self.lock_record()}

        self.transact(renew, message)

    def release(self, destination_id: str) -> None:
        def drop(records: Records) -> Changes:
            lock = records.get(lock_path(destination_id))
            return {lock_path(destination_id): None} if lock and lock.get("run") == self.run.run else {}

        self.transact(drop, f"unlock {destination_id}")


def uncommitted(root: Path, paths: list[str]) -> list[str]:
    """Which of `paths` (inside the repository of `root`) have changes not committed."""
    try:
        result = subprocess.run(["git", "status", "--porcelain", "--", *paths], cwd=root, capture_output=True,
                                text=True, timeout=60)
    except (OSError, subprocess.TimeoutExpired):
        return []
    return sorted({line[3:].strip() for line in result.stdout.splitlines() if line.strip()})


class _GitFailed(Exception):
    def __init__(self, code: int, message: str, output: str = ""):
        super().__init__(message)
        self.code, self.message, self.output = code, message, output


def _alive(pid: int) -> bool:
    if pid <= 0:
        return False
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    # A zombie (killed, not yet reaped by its parent) is no holder either.
    try:
        with open(f"/proc/{pid}/stat", encoding="ascii") as stat:
            return stat.read().rsplit(")", 1)[1].split()[0] != "Z"
    except OSError:
        return True
