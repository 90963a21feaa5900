"""Faults: a destination answering 500, a run killed between two messages or while the
platform was creating a post, two runs at once, a missing secret, a ledger that cannot be
written. Whatever happens, nothing is sent twice, nothing is lost, and the exit code and the
message say what happened."""

from __future__ import annotations

import os
import signal
import subprocess
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from tests.delivery_servers import BlueskyServer, DiscordServer, Drop, MastodonServer, SlackServer
from tests.delivery_support import CARD, DELAY, SmtpServer, clone, git, ledger, make_site, run_send

SMTP_FR = """\
      - channel: email
        to: [abonnes@lists.example.com]
        from: statut@calypso-pay.example
        smtp: ONEVOICE_SMTP_URL
        lang: fr
"""


# aiosmtpd warns that AUTH goes without TLS: the test server is on 127.0.0.1, on purpose.
pytestmark = pytest.mark.filterwarnings("ignore:Requiring AUTH while not requiring TLS:UserWarning")

@pytest.fixture
def smtp() -> Iterator[SmtpServer]:
    server = SmtpServer()
    yield server
    server.close()


@pytest.fixture
def slack() -> Iterator[SlackServer]:
    server = SlackServer()
    yield server
    server.close()


@pytest.fixture
def mastodon() -> Iterator[MastodonServer]:
    server = MastodonServer()
    yield server
    server.close()


@pytest.fixture
def discord() -> Iterator[DiscordServer]:
    server = DiscordServer()
    yield server
    server.close()


@pytest.fixture
def bluesky() -> Iterator[BlueskyServer]:
    server = BlueskyServer()
    yield server
    server.close()


def mastodon_fr(server: MastodonServer) -> str:
    return f"""\
      - channel: mastodon
        server: {server.url}
        token: ONEVOICE_MASTODON_TOKEN
        lang: fr
"""


class Victim:
    """The `onevoice send` process a server kills at a chosen request."""

    def __init__(self) -> None:
        self.process: subprocess.Popen[str] | None = None
        self.killed = False

    def kill(self) -> None:
        assert self.process is not None
        os.kill(self.process.pid, signal.SIGKILL)
        self.process.wait(timeout=30)
        self.killed = True


def test_a_destination_answering_500_does_not_stop_the_others_and_is_retried_once(
        tmp_path: Path, smtp: SmtpServer, slack: SlackServer) -> None:
    root = make_site(tmp_path, SMTP_FR + """\
      - channel: webhook
        format: slack
        url: ONEVOICE_SLACK_WEBHOOK
""")
    env = {"ONEVOICE_SMTP_URL": smtp.url(), "ONEVOICE_SLACK_WEBHOOK": slack.url + "/services/T/B/x"}
    slack.fail_next(1, 500)
    first = run_send(root, env)
    assert first.returncode == 1
    assert ("error: webhook-en-slack-onevoice-slack-webhook (slack webhook): 2026-11-20-card-payments (en) "
            "announcement: the webhook answered 500 Internal Server Error: internal_error; it is tried again on "
            "the next run") in first.stderr
    assert "1 destination(s) failed: the rest was delivered" in first.stderr
    assert "Traceback" not in first.stderr
    assert len(smtp.messages) == 2  # the French e-mails went out regardless
    failed = ledger(root)[f"records/webhook-en-slack-onevoice-slack-webhook/{CARD}/announcement.json"]
    assert failed["state"] == "failed" and "500 Internal Server Error" in failed["error"]

    second = run_send(root, env)
    assert second.returncode == 0, second.stderr
    assert len(slack.payloads) == 1 and len(smtp.messages) == 2
    assert second.stdout.count("sent: ") == 1


def test_a_refused_message_holds_back_the_later_ones_of_its_destination(
        tmp_path: Path, mastodon: MastodonServer) -> None:
    root = make_site(tmp_path, mastodon_fr(mastodon))
    env = {"ONEVOICE_MASTODON_TOKEN": mastodon.token}
    mastodon.fail_next(1, 422, {"error": "Validation failed: Text character limit of 500 exceeded"})
    first = run_send(root, env)
    assert first.returncode == 1
    assert "Mastodon answered POST /api/v1/statuses: 422" in first.stderr
    assert "Validation failed: Text character limit of 500 exceeded" in first.stderr
    assert "1 later message(s) for it wait until this one goes" in first.stderr
    assert mastodon.statuses == []
    keys = [r["headers"]["idempotency-key"] for r in mastodon.requests if r["method"] == "POST"]
    second = run_send(root, env)
    assert second.returncode == 0, second.stderr
    assert len(mastodon.statuses) == 3  # the two French announcements: one a thread of two posts
    posts = [r for r in mastodon.requests if r["method"] == "POST"]
    assert posts[1]["headers"]["idempotency-key"] == keys[0]  # the retry is the same attempt to Mastodon


def test_a_run_killed_between_two_messages_loses_none_and_repeats_none(
        tmp_path: Path, smtp: SmtpServer) -> None:
    root = make_site(tmp_path, SMTP_FR)
    env = {"ONEVOICE_SMTP_URL": smtp.url()}
    victim = Victim()

    def kill_at_second(envelope: Any) -> None:
        if len(smtp.messages) == 1 and not victim.killed:
            victim.kill()  # before the server says 250: the second message was never accepted
            raise ConnectionResetError

    smtp.hook = kill_at_second
    victim.process = run_send(root, env, wait=False)  # type: ignore[assignment]
    assert victim.process.wait(timeout=60) == -signal.SIGKILL
    assert len(smtp.messages) == 1
    records = ledger(root)
    states = sorted(r["state"] for path, r in records.items() if path.startswith("records/"))
    assert states == ["sending", "sent"]  # the intent was recorded before the attempt
    smtp.hook = None

    again = run_send(root, env)
    assert again.returncode == 0, again.stdout + again.stderr
    assert len(smtp.messages) == 2
    subjects = sorted(m["Subject"] for m in smtp.messages)
    assert len(set(subjects)) == 2
    assert "sent again after an interrupted run" in again.stdout
    assert again.stdout.count("sent: ") == 1
    assert all(r["state"] == "sent" for p, r in ledger(root).items() if p.startswith("records/"))


def test_a_run_killed_after_mastodon_made_the_post_does_not_post_it_again(
        tmp_path: Path, mastodon: MastodonServer) -> None:
    root = make_site(tmp_path, mastodon_fr(mastodon))
    env = {"ONEVOICE_MASTODON_TOKEN": mastodon.token}
    victim = Victim()

    def kill_after_second(request: dict[str, Any], status: int) -> None:
        if request["method"] == "POST" and len(mastodon.statuses) == 2 and not victim.killed:
            victim.kill()  # Mastodon made the status; the client never heard back
            raise Drop

    mastodon.after = kill_after_second
    victim.process = run_send(root, env, wait=False)  # type: ignore[assignment]
    assert victim.process.wait(timeout=60) == -signal.SIGKILL
    assert len(mastodon.statuses) == 2
    mastodon.after = None

    again = run_send(root, env)
    assert again.returncode == 0, again.stdout + again.stderr
    assert len(mastodon.statuses) == 3  # found, not posted again; the rest of the thread posted once
    assert "already posted by an interrupted run: not posted again" in again.stdout
    recorded = [r for p, r in ledger(root).items() if p.startswith("records/")]
    assert sorted(post["id"] for r in recorded for post in r["posts"]) == sorted(s["id"] for s in mastodon.statuses)


def test_a_run_killed_after_bluesky_made_the_record_does_not_post_it_again(
        tmp_path: Path, bluesky: BlueskyServer) -> None:
    root = make_site(tmp_path, f"""\
      - channel: bluesky
        handle: {bluesky.bsky_handle}
        server: {bluesky.url}
        password: ONEVOICE_BLUESKY_APP_PASSWORD
        lang: fr
""")
    env = {"ONEVOICE_BLUESKY_APP_PASSWORD": bluesky.password}
    victim = Victim()

    def kill_after_third(request: dict[str, Any], status: int) -> None:
        if request["path"].endswith("createRecord") and len(bluesky.records) == 3 and not victim.killed:
            victim.kill()  # the first post of the second thread exists; the client died
            raise Drop

    bluesky.after = kill_after_third
    victim.process = run_send(root, env, wait=False)  # type: ignore[assignment]
    assert victim.process.wait(timeout=60) == -signal.SIGKILL
    bluesky.after = None
    again = run_send(root, env)
    assert again.returncode == 0, again.stdout + again.stderr
    assert len(bluesky.records) == 5 and bluesky.refusals == []
    gets = [r for r in bluesky.requests if r["path"].endswith("getRecord")]
    assert gets, "the retry asked the server for the record before creating it"
    # The thread is whole: part 2 answers the part 1 the killed run made.
    second = [r for r in bluesky.posts() if "reply" in r]
    assert len(second) == 3 and all(r["reply"]["parent"]["uri"] in bluesky.records for r in second)


def test_two_runs_at_once_send_each_message_once(tmp_path: Path, smtp: SmtpServer, discord: DiscordServer,
                                                 mastodon: MastodonServer) -> None:
    delivery = SMTP_FR + mastodon_fr(mastodon) + """\
      - channel: webhook
        format: discord
        url: ONEVOICE_DISCORD_WEBHOOK
        lang: fr
"""
    root = make_site(tmp_path, delivery)
    laptop = clone(tmp_path, "laptop")  # CI and someone's laptop, on the same ledger
    env = {"ONEVOICE_SMTP_URL": smtp.url(), "ONEVOICE_MASTODON_TOKEN": mastodon.token,
           "ONEVOICE_DISCORD_WEBHOOK": discord.url + "/api/webhooks/1/x"}
    discord.delay = mastodon.delay = 0.3  # long enough for the two runs to overlap
    runs = [run_send(where, env, wait=False) for where in (root, laptop)]
    outputs = [run.communicate(timeout=300) for run in runs]  # type: ignore[union-attr]
    for run, (out, err) in zip(runs, outputs):
        assert run.returncode == 0, out + err  # type: ignore[union-attr]
    assert len(smtp.messages) == 2 and len(mastodon.statuses) == 3 and len(discord.payloads) == 2
    assert sum(out.count("sent: ") for out, _ in outputs) == 6
    records = ledger(root)
    assert sorted(p for p in records if p.startswith("records/")) == sorted(
        f"records/{d}/{s}/announcement.json" for d in (
            "email-fr-abonnes-lists-example-com", f"mastodon-fr-127-0-0-1-{mastodon.url.rsplit(':', 1)[1]}",
            "webhook-fr-discord-onevoice-discord-webhook")
        for s in (DELAY, CARD))
    assert not [p for p in records if p.startswith("locks/")]


def test_a_missing_secret_fails_that_destination_only_and_names_the_variable(
        tmp_path: Path, smtp: SmtpServer, slack: SlackServer) -> None:
    root = make_site(tmp_path, SMTP_FR + """\
      - channel: webhook
        format: slack
        url: ONEVOICE_SLACK_WEBHOOK
""")
    result = run_send(root, {"ONEVOICE_SMTP_URL": smtp.url()})
    assert result.returncode == 1
    assert "the environment variable ONEVOICE_SLACK_WEBHOOK is not set" in result.stderr
    assert len(smtp.messages) == 2 and slack.requests == []


def test_a_ledger_that_cannot_be_written_sends_nothing(tmp_path: Path, slack: SlackServer) -> None:
    root = make_site(tmp_path, """\
      - channel: webhook
        format: slack
        url: ONEVOICE_SLACK_WEBHOOK
""")
    hook = tmp_path / "origin.git" / "hooks" / "pre-receive"
    hook.write_text("#!/bin/sh\necho 'the branch onevoice-delivery is protected' >&2\nexit 1\n", encoding="utf-8")
    hook.chmod(0o755)
    result = run_send(root, {"ONEVOICE_SLACK_WEBHOOK": slack.url + "/services/T/B/x"})
    assert result.returncode == 1
    assert "cannot write the ledger to origin/onevoice-delivery" in result.stderr
    assert "contents: write" in result.stderr and "Traceback" not in result.stderr
    assert slack.requests == []


def test_a_lapsed_lock_of_another_machine_is_taken_over(tmp_path: Path, slack: SlackServer) -> None:
    root = make_site(tmp_path, """\
      - channel: webhook
        format: slack
        url: ONEVOICE_SLACK_WEBHOOK
""")
    # A run on a CI machine that vanished left its lock; its lease ran out an hour ago.
    scratch = clone(tmp_path, "other")
    git(scratch, "checkout", "-q", "--orphan", "onevoice-delivery")
    git(scratch, "rm", "-rfq", ".")
    (scratch / "locks").mkdir()
    (scratch / "locks" / "webhook-en-slack-onevoice-slack-webhook.json").write_text(
        '{"run": "github-run-1.1", "host": "vanished", "pid": 7, "until": 1}\n', encoding="utf-8")
    git(scratch, "add", "-A")
    git(scratch, "commit", "-qm", "lock")
    git(scratch, "push", "-q", "origin", "onevoice-delivery")
    result = run_send(root, {"ONEVOICE_SLACK_WEBHOOK": slack.url + "/services/T/B/x"})
    assert result.returncode == 0, result.stderr
    assert len(slack.payloads) == 1


def test_an_smtp_refusal_and_a_wrong_password_are_reported_with_the_server_answer(
        tmp_path: Path, smtp: SmtpServer) -> None:
    root = make_site(tmp_path, SMTP_FR)
    smtp.refuse_next = ["550 5.7.1 Relaying denied"]
    refused = run_send(root, {"ONEVOICE_SMTP_URL": smtp.url()})
    assert refused.returncode == 1
    assert "the SMTP server answered 550 5.7.1 Relaying denied; it is tried again on the next run" in refused.stderr
    assert smtp.messages == []
    wrong = run_send(root, {"ONEVOICE_SMTP_URL": smtp.url(password="nope")})
    assert wrong.returncode == 1
    assert "the SMTP server answered 535" in wrong.stderr and "nope" not in wrong.stderr
    fixed = run_send(root, {"ONEVOICE_SMTP_URL": smtp.url()})
    assert fixed.returncode == 0, fixed.stderr
    assert len(smtp.messages) == 2
