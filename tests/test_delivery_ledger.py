"""The ledger itself, on real git repositories: each write a commit that only lands on the
tip it was built on, locks that a live run keeps and a dead one loses, a run that lost its
lock stopped, the checkout never touched, and a folder outside git refused with a message."""

from __future__ import annotations

import subprocess
import time
from pathlib import Path

import pytest

from generator.publishing.delivery.ledger import LEASE_SECONDS, Busy, Ledger, LedgerError, RunId, lock_path, record_path
from tests.delivery_support import clone, git, make_site


def run_id(name: str, host: str = "ci", pid: int = 1) -> RunId:
    return RunId(name, host, pid)


def test_a_write_built_on_an_old_tip_is_redone_on_the_new_one(tmp_path: Path) -> None:
    root = make_site(tmp_path, "")
    laptop = clone(tmp_path, "laptop")
    ci, other = Ledger(root, "origin", run_id("ci")), Ledger(laptop, "origin", run_id("laptop"))
    ci.refresh()
    other.refresh()  # both read the same (empty) ledger
    first = record_path("mastodon-en", "slug", "announcement")
    second = record_path("email-en", "slug", "announcement")
    ci.transact(lambda records: {first: {"state": "sent"}}, "ci")
    seen: list[set[str]] = []

    def add(records: dict) -> dict:
        seen.append(set(records))
        return {second: {"state": "sent"}}

    other.transact(add, "laptop")
    # The laptop's first try was built on the empty ledger and refused; it decided again
    # on the ledger holding CI's record, and both records are there.
    assert len(seen) == 2 and first in seen[1]
    assert set(Ledger(root, "origin").refresh()) == {first, second}
    assert git(root, "status", "--porcelain") == ""  # the checkout was never touched
    assert git(root, "rev-parse", "--abbrev-ref", "HEAD") == "main"


def test_a_live_lock_is_kept_and_a_dead_or_lapsed_one_is_taken(tmp_path: Path) -> None:
    root = make_site(tmp_path, "")
    holder = Ledger(root, "origin", run_id("holder", host="elsewhere"))
    holder.refresh()
    holder.acquire("slack", wait=0)
    waiter = Ledger(root, "origin", run_id("waiter"))
    waiter.refresh()
    with pytest.raises(Busy):
        waiter.acquire("slack", wait=0.5, sleep=lambda _: None)
    # A lock whose lease has run out (its run was killed, its machine is gone) is taken.
    holder.transact(lambda r: {lock_path("slack"): {**r[lock_path("slack")], "until": time.time() - 1}}, "lapse")
    waiter.acquire("slack", wait=0)
    assert waiter.refresh()[lock_path("slack")]["run"] == "waiter"
    # A process of this machine that has died holds nothing.
    dead = subprocess.Popen(["true"])
    dead.wait()
    ghost = Ledger(root, "origin", RunId("ghost", waiter.run.host, dead.pid))
    ghost.refresh()
    ghost.transact(lambda r: {lock_path("teams"): ghost.lock_record()}, "ghost")
    waiter.refresh()
    waiter.acquire("teams", wait=0)
    # An earlier attempt of the same GitHub Actions run ended before this one started.
    first_attempt = Ledger(root, "origin", RunId("github-run-42.1", "runner-a", 9))
    first_attempt.refresh()
    first_attempt.acquire("discord", wait=0)
    rerun = Ledger(root, "origin", RunId("github-run-42.2", "runner-b", 9))
    rerun.refresh()
    rerun.acquire("discord", wait=0)
    assert LEASE_SECONDS == 300


def test_a_run_that_lost_its_lock_writes_nothing_more(tmp_path: Path) -> None:
    root = make_site(tmp_path, "")
    slow = Ledger(root, "origin", run_id("slow", host="a"))
    slow.refresh()
    slow.acquire("mastodon", wait=0)
    slow.transact(lambda r: {lock_path("mastodon"): {**r[lock_path("mastodon")], "until": 0}}, "stalled")
    fast = Ledger(root, "origin", run_id("fast", host="b"))
    fast.refresh()
    fast.acquire("mastodon", wait=0)
    with pytest.raises(LedgerError, match="took over mastodon while this one stalled"):
        slow.write("mastodon", {record_path("mastodon", "s", "announcement"): {"state": "sending"}}, "late")
    assert record_path("mastodon", "s", "announcement") not in fast.refresh()


def test_without_a_remote_the_local_branch_is_the_ledger(tmp_path: Path) -> None:
    root = tmp_path / "alone"
    root.mkdir()
    git(root, "init", "-q", "-b", "main")
    ledger = Ledger(root, None)
    ledger.refresh()
    ledger.transact(lambda r: {"records/x/s/announcement.json": {"state": "sent"}}, "one")
    assert "records/x/s/announcement.json" in git(root, "ls-tree", "-r", "--name-only", "onevoice-delivery")
    assert ledger.where == "the local branch onevoice-delivery"


def test_outside_git_or_with_an_unknown_remote_the_message_says_what_to_do(tmp_path: Path) -> None:
    with pytest.raises(LedgerError, match="is not in a git repository"):
        Ledger(tmp_path, None)
    root = make_site(tmp_path, "")
    with pytest.raises(LedgerError, match="the git remote 'upstream' does not exist"):
        Ledger(root, "upstream")
