"""`onevoice send` end to end, against real servers on 127.0.0.1: a real SMTP server
(aiosmtpd) whose messages are parsed back, and HTTP servers that check every request
against Mastodon's, Bluesky's, Slack's, Teams' and Discord's documented APIs. The announcement
goes first, each later update once, threads stay threads, and a second run sends nothing."""

from __future__ import annotations

import itertools
import json
import os
import re
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from tests.delivery_servers import (
    BlueskyServer,
    DiscordServer,
    MastodonServer,
    SlackServer,
    StatuspageReceiver,
    TeamsServer,
    mastodon_length,
)
from tests.delivery_support import (
    CARD,
    DELAY,
    SmtpServer,
    add_update,
    bluesky_lexicon_errors,
    git,
    SAMPLE_NOW,
    ledger,
    make_site,
    run_send,
)

CARD_URL = f"https://status.calypso-pay.example/statements/{CARD}/"
DELAY_URL = f"https://status.calypso-pay.example/fr/statements/{DELAY}/"


# aiosmtpd warns that AUTH goes without TLS: the test server is on 127.0.0.1, on purpose.
pytestmark = pytest.mark.filterwarnings("ignore:Requiring AUTH while not requiring TLS:UserWarning")

@pytest.fixture
def servers() -> Iterator[dict[str, Any]]:
    started = {"smtp": SmtpServer(), "mastodon": MastodonServer(), "bluesky": BlueskyServer(),
               "slack": SlackServer(), "teams": TeamsServer(), "discord": DiscordServer(),
               "json": StatuspageReceiver()}
    yield started
    for server in started.values():
        server.close()


DESTINATIONS = """\
      - channel: email
        to: [subscribers@lists.example.com]
        from: status@calypso-pay.example
        smtp: ONEVOICE_SMTP_URL
      - channel: mastodon
        server: {mastodon}
        token: ONEVOICE_MASTODON_TOKEN
      - channel: bluesky
        handle: status.example.com
        server: {bluesky}
        password: ONEVOICE_BLUESKY_APP_PASSWORD
        lang: fr
      - channel: webhook
        format: slack
        url: ONEVOICE_SLACK_WEBHOOK
      - channel: webhook
        format: teams
        url: ONEVOICE_TEAMS_WEBHOOK
      - channel: webhook
        format: discord
        url: ONEVOICE_DISCORD_WEBHOOK
        lang: fr
      - channel: webhook
        format: json
        url: ONEVOICE_STATUSPAGE_WEBHOOK
"""


def secrets(servers: dict[str, Any]) -> dict[str, str]:
    return {
        "ONEVOICE_SMTP_URL": servers["smtp"].url(),
        "ONEVOICE_MASTODON_TOKEN": servers["mastodon"].token,
        "ONEVOICE_BLUESKY_APP_PASSWORD": servers["bluesky"].password,
        "ONEVOICE_SLACK_WEBHOOK": servers["slack"].url + "/services/T0/B0/x",
        "ONEVOICE_TEAMS_WEBHOOK": servers["teams"].url + "/workflows/1/triggers/manual/paths/invoke",
        "ONEVOICE_DISCORD_WEBHOOK": servers["discord"].url + "/api/webhooks/1/abc",
        "ONEVOICE_STATUSPAGE_WEBHOOK": servers["json"].url + "/hooks/status",
    }


def site(tmp_path: Path, servers: dict[str, Any]) -> Path:
    return make_site(tmp_path, DESTINATIONS.format(mastodon=servers["mastodon"].url,
                                                   bluesky=servers["bluesky"].url))


def test_first_run_announces_each_current_statement_once_everywhere(tmp_path: Path, servers: dict[str, Any]) -> None:
    root = site(tmp_path, servers)
    result = run_send(root, secrets(servers))
    assert result.returncode == 0, result.stdout + result.stderr

    # E-mail: one multipart message, the English announcement, with its subject line.
    smtp = servers["smtp"]
    assert len(smtp.messages) == 1 and smtp.logins == ["status"]
    mail = smtp.messages[0]
    assert mail["Subject"] == "Card payments failing at checkout"
    assert mail["To"] == "subscribers@lists.example.com"
    assert "status@calypso-pay.example" in mail["From"]
    assert mail["List-Unsubscribe"] == "<mailto:status@calypso-pay.example?subject=unsubscribe>"
    assert smtp.envelopes == [("status@calypso-pay.example", ["subscribers@lists.example.com"])]
    assert mail.get_content_type() == "multipart/alternative"
    text = mail.get_body(("plain",)).get_content()
    page = mail.get_body(("html",)).get_content()
    assert "Since 09:12 CET some card payments fail at checkout." in text and CARD_URL in text
    assert f'href="{CARD_URL}"' in page

    # Mastodon: the English announcement, one status within the instance's 500.
    mastodon = servers["mastodon"]
    assert mastodon.refusals == []
    assert len(mastodon.statuses) == 1
    status = mastodon.statuses[0]
    assert status["text"].startswith("Card payments failing at checkout\n\n")
    assert CARD_URL in status["text"] and status["language"] == "en" and status["visibility"] == "public"
    assert mastodon_length(status["text"]) <= 500
    posts = [r for r in mastodon.requests if r["method"] == "POST"]
    assert [r["path"] for r in posts] == ["/api/v1/statuses"]
    assert posts[0]["headers"]["idempotency-key"]

    # Bluesky (French): both French announcements are threads of two posts here; part 2
    # answers part 1, which starts the thread and carries the link, its facet and the card.
    # Every record is valid against the app.bsky.feed.post lexicon of npm @atproto/api.
    bluesky = servers["bluesky"]
    assert bluesky.refusals == [] and bluesky.sessions == 1
    records = bluesky.posts()
    assert bluesky_lexicon_errors(records) == [None] * len(records)
    assert len(records) == 5 and all(r["langs"] == ["fr"] for r in records)
    replies = [r for r in records if "reply" in r]
    assert len(replies) == 3  # two French announcements: threads of three and two posts
    for second in replies:
        first = bluesky.records[second["reply"]["root"]["uri"]]["value"]
        parent = bluesky.records[second["reply"]["parent"]["uri"]]["value"]
        # Each part answers the one before it, in the thread the first part started.
        total = first["text"].rsplit("/", 1)[1]
        number = int(second["text"].rsplit("\n", 1)[1].split("/")[0])
        assert "reply" not in first and first["text"].endswith(f"1/{total}")
        assert parent["text"].endswith(f"{number - 1}/{total}")
        url = next(u for u in (DELAY_URL, CARD_URL.replace(".example/", ".example/fr/")) if u in first["text"])
        link = next(f for f in first["facets"] if f["features"][0]["$type"] == "app.bsky.richtext.facet#link")
        start, end = link["index"]["byteStart"], link["index"]["byteEnd"]
        assert first["text"].encode()[start:end].decode() == url == link["features"][0]["uri"]
        assert first["embed"]["external"]["uri"] == url and first["embed"]["external"]["title"]
        tag = next(f for f in first["facets"] if f["features"][0]["$type"] == "app.bsky.richtext.facet#tag")
        assert tag["features"][0]["tag"] == "CalypsoStatus"
        assert "embed" not in second

    # Webhooks: each got the English (or, for Discord, French) announcement of each statement.
    slack = servers["slack"].payloads
    assert len(slack) == 1 and CARD_URL in slack[0]["text"]
    assert any("Monitoring" in b["text"]["text"] for b in slack[0]["blocks"] if b["type"] == "section")
    teams = servers["teams"].payloads
    assert len(teams) == 1
    card = teams[0]["attachments"][0]["content"]
    assert card["actions"][0]["url"] == CARD_URL
    discord = servers["discord"].payloads
    assert len(discord) == 2  # the French card announcement and the French-only delay
    assert {d["embeds"][0]["url"] for d in discord} == {DELAY_URL,
                                                         f"https://status.calypso-pay.example/fr/statements/{CARD}/"}
    # The words around the update are in the destination's language.
    assert [f["name"] for f in discord[0]["embeds"][0]["fields"]] == ["Statut", "Gravité"]
    assert teams[0]["attachments"][0]["content"]["actions"][0]["title"] == "Read the full statement"
    statuspage = servers["json"].payloads
    assert len(statuspage) == 1
    incident = statuspage[0]["incident"]
    assert incident["id"] == CARD and incident["status"] == "monitoring" and incident["impact"] == "major"
    assert incident["shortlink"] == CARD_URL and len(incident["incident_updates"]) == 3
    assert statuspage[0]["page"]["status_indicator"] == "major"
    for server in servers.values():
        assert getattr(server, "refusals", []) == []

    # What the command said, and what the ledger keeps.
    assert result.stdout.count("sent: ") == 1 + 1 + 2 + 1 + 1 + 2 + 1
    records_on_branch = ledger(root)
    sent = [r for r in records_on_branch.values() if r.get("state") == "sent"]
    assert len(sent) == 9
    assert not [path for path in records_on_branch if path.startswith("locks/")]


def test_a_second_run_sends_nothing_and_a_new_update_goes_once_as_a_reply(
        tmp_path: Path, servers: dict[str, Any]) -> None:
    root = site(tmp_path, servers)
    env = secrets(servers)
    assert run_send(root, env).returncode == 0
    again = run_send(root, env)
    assert again.returncode == 0, again.stderr
    assert "sent: " not in again.stdout
    assert again.stdout.count("nothing due") == 7
    assert len(servers["mastodon"].statuses) == 1 and len(servers["smtp"].messages) == 1

    add_update(root, "Every region has been stable for an hour. We keep watching.",
               "Toutes les régions sont stables depuis une heure. Nous restons attentifs.", "2026-11-20 11:20")
    third = run_send(root, env)
    assert third.returncode == 0, third.stdout + third.stderr
    mastodon = servers["mastodon"].statuses
    assert len(mastodon) == 2
    assert mastodon[1]["in_reply_to_id"] == mastodon[0]["id"]
    assert "Every region has been stable for an hour." in mastodon[1]["text"]
    mails = servers["smtp"].messages
    assert len(mails) == 2
    assert mails[1]["Subject"] == "Card payments failing at checkout: update 20 Nov, 11:20"
    assert mails[1]["In-Reply-To"] == mails[0]["Message-ID"]
    assert len(servers["slack"].payloads) == 2
    # Bluesky: the French update answers the last post of the French thread, in that thread.
    bluesky = servers["bluesky"]
    update = next(r for r in bluesky.posts() if "Toutes les régions sont stables" in r["text"])
    assert len(bluesky.posts()) == 6
    root_post = bluesky.records[update["reply"]["root"]["uri"]]["value"]
    parent_post = bluesky.records[update["reply"]["parent"]["uri"]]["value"]
    assert root_post["text"].startswith("Depuis 09:12 CET, certains paiements") and root_post["text"].endswith("1/3")
    assert parent_post["text"].endswith("3/3") and parent_post["reply"]["root"] == update["reply"]["root"]
    assert bluesky_lexicon_errors([update]) == [None]
    assert len(servers["discord"].payloads) == 3
    statuspage = servers["json"].payloads[1]["incident"]
    assert len(statuspage["incident_updates"]) == 4


def test_a_correction_goes_once_as_its_own_reply_and_never_to_webhooks(
        tmp_path: Path, servers: dict[str, Any]) -> None:
    root = site(tmp_path, servers)
    env = secrets(servers)
    assert run_send(root, env).returncode == 0
    path = root / "statements" / "2026-11-20-card-payments.md"
    text = path.read_text(encoding="utf-8")
    anchor = "### 2026-11-20 10:05 · identified\n"
    start = text.index(anchor) + len(anchor)
    end = text.index("\n\n", start)
    text = text[:end] + ("\n\n#### Correction · 2026-11-20 11:25\nThe certificate expired at 09:12 CET, not 09:02 "
                         "as this update first said.") + text[end:]
    path.write_text(text, encoding="utf-8")
    git(root, "commit", "-qam", "correction")
    result = run_send(root, env)
    assert result.returncode == 0, result.stdout + result.stderr
    mastodon = servers["mastodon"].statuses
    assert len(mastodon) == 2 and mastodon[1]["in_reply_to_id"] == mastodon[0]["id"]
    assert mastodon[1]["text"].startswith("Correction to our update of 20 November at 10:05 CET:")
    mails = servers["smtp"].messages
    assert len(mails) == 2 and mails[1]["Subject"] == "Card payments failing at checkout: correction"
    assert len(servers["slack"].payloads) == 1  # webhooks carry the incident as it stands
    assert "correction of 2026-11-20T11:25" in result.stdout
    assert "sent: " not in run_send(root, env).stdout  # once


def test_two_corrections_made_at_one_moment_both_go_and_both_build(
        tmp_path: Path, servers: dict[str, Any]) -> None:
    # Two updates corrected at 11:25 (a count and a time): the build wrote both copies under one
    # name and refused to publish at all; each is its own message, with its own words.
    root = site(tmp_path, servers)
    env = secrets(servers)
    assert run_send(root, env).returncode == 0
    path = root / "statements" / "2026-11-20-card-payments.md"
    text = path.read_text(encoding="utf-8")
    for anchor, said in (("### 2026-11-20 10:05 · identified\n", "The certificate expired at 09:12 CET, not 09:02."),
                         ("### 2026-11-20 09:20 · investigating\n", "About 40% of card payments failed, not 20%.")):
        start = text.index(anchor) + len(anchor)
        end = text.find("\n\n", start) if "\n\n" in text[start:] else len(text.rstrip("\n"))
        text = text[:end] + f"\n\n#### Correction · 2026-11-20 11:25\n{said}" + text[end:]
    path.write_text(text, encoding="utf-8")
    git(root, "commit", "-qam", "two corrections")
    import subprocess
    import sys
    built = subprocess.run([sys.executable, "-m", "generator", "build"], cwd=root, capture_output=True, text=True,
                           env={k: v for k, v in os.environ.items() if not k.startswith(("ONEVOICE_", "GITHUB_"))}
                           | {"ONEVOICE_NOW": SAMPLE_NOW})
    assert built.returncode == 0, built.stdout + built.stderr
    names = sorted(p.name for p in (root / "dist" / "2026-11-20-card-payments" / "en" / "x").glob("correction-*.txt"))
    assert names == ["correction-2026-11-20-1125-of-2026-11-20-0920.txt",
                     "correction-2026-11-20-1125-of-2026-11-20-1005.txt"], names
    result = run_send(root, env)
    assert result.returncode == 0, result.stdout + result.stderr
    corrections = [s["text"] for s in servers["mastodon"].statuses[1:]]
    assert len(corrections) == 2, corrections
    assert any("09:12" in c for c in corrections) and any("40%" in c for c in corrections), corrections
    assert "sent: " not in run_send(root, env).stdout  # once each


def test_dry_run_prints_what_would_go_where_and_sends_nothing(tmp_path: Path, servers: dict[str, Any]) -> None:
    root = site(tmp_path, servers)
    result = run_send(root, {}, "--dry-run", "--only", "mastodon")
    assert result.returncode == 0, result.stderr
    assert "would send: 2026-11-20-card-payments (en) announcement → mastodon-en-127-0-0-1" in result.stdout
    assert "  │ Card payments failing at checkout" in result.stdout
    assert "ONEVOICE_MASTODON_TOKEN is not set here: a real run would fail" in result.stdout
    assert "dry run: 1 message(s) would be sent; nothing was sent or recorded" in result.stdout
    assert servers["mastodon"].requests == []
    assert "onevoice-delivery" not in subprocess_branches(root)


def subprocess_branches(root: Path) -> str:
    import subprocess

    return subprocess.run(["git", "ls-remote", "--heads", "origin"], cwd=root, capture_output=True,
                          text=True).stdout


def test_only_names_a_channel_or_an_id_and_a_wrong_one_is_a_usage_error(tmp_path: Path,
                                                                         servers: dict[str, Any]) -> None:
    root = site(tmp_path, servers)
    wrong = run_send(root, secrets(servers), "--only", "mastadon")
    assert wrong.returncode == 2
    assert "--only mastadon: no destination has that channel or id" in wrong.stderr
    assert "mastodon" in wrong.stderr and "Traceback" not in wrong.stderr
    only = run_send(root, secrets(servers), "--only", "email")
    assert only.returncode == 0
    assert len(servers["smtp"].messages) == 1 and servers["mastodon"].statuses == []


def test_the_run_summary_lists_what_was_delivered(tmp_path: Path, servers: dict[str, Any]) -> None:
    root = site(tmp_path, servers)
    summary = tmp_path / "summary.md"
    assert run_send(root, secrets(servers), "--only", "mastodon", "--summary", str(summary)).returncode == 0
    text = summary.read_text(encoding="utf-8")
    assert text.startswith("## Delivery\n")
    row = next(line for line in text.splitlines() if line.startswith("| mastodon-en-"))
    assert "2026-11-20-card-payments (en) announcement" in row
    assert re.search(r"sent http://127\.0\.0\.1:\d+/@status/110001", row)


def test_a_draft_or_an_unapproved_statement_is_never_sent(tmp_path: Path, servers: dict[str, Any]) -> None:
    root = site(tmp_path, servers)
    path = root / "statements" / f"{CARD}.md"
    path.write_text(path.read_text(encoding="utf-8").replace("severity: major\n", "severity: major\ndraft: true\n"),
                    encoding="utf-8")
    config = root / "mkdocs.yml"
    config.write_text(config.read_text(encoding="utf-8").replace("require_approval: []",
                                                                 "require_approval: [minor]"), encoding="utf-8")
    # Uncommitted: refused, nothing sent.
    refused = run_send(root, secrets(servers), "--only", "mastodon")
    assert refused.returncode == 2
    assert "uncommitted changes in" in refused.stderr and servers["mastodon"].requests == []
    import subprocess

    subprocess.run(["git", "-c", "user.name=T", "-c", "user.email=t@e", "commit", "-qam", "draft"], cwd=root,
                   check=True)
    result = run_send(root, secrets(servers), "--only", "webhook")
    assert result.returncode == 0, result.stderr
    # The English card statement is a draft, the French-only delay (minor) lacks approval.
    assert servers["slack"].payloads == [] and servers["discord"].payloads == []
    assert f"note: {DELAY} (fr): waiting for `approved_by`" in result.stdout
    assert json.dumps(servers["json"].payloads) == "[]"


def test_record_only_marks_what_was_posted_by_hand_and_later_updates_still_go(
        tmp_path: Path, servers: dict[str, Any]) -> None:
    root = site(tmp_path, servers)
    env = secrets(servers)
    recorded = run_send(root, env, "--record-only", "--only", "mastodon")
    assert recorded.returncode == 0, recorded.stderr
    assert f"recorded as sent: {CARD} (en) announcement → mastodon-en-127-0-0-1" in recorded.stdout
    assert servers["mastodon"].requests == []
    add_update(root, "Every region has been stable for an hour. We keep watching.",
               "Toutes les régions sont stables depuis une heure. Nous restons attentifs.", "2026-11-20 11:20")
    result = run_send(root, env, "--only", "mastodon")
    assert result.returncode == 0, result.stderr
    statuses = servers["mastodon"].statuses
    assert len(statuses) == 1 and "Every region has been stable for an hour." in statuses[0]["text"]
    assert statuses[0]["in_reply_to_id"] is None  # nothing of ours to answer: the first post was by hand
    both = run_send(root, env, "--dry-run", "--record-only")
    assert both.returncode == 2 and "cannot go together" in both.stderr


def test_a_copy_that_is_a_thread_on_mastodon_is_posted_as_replies_in_order(tmp_path: Path) -> None:
    mastodon = MastodonServer(limit=200)
    try:
        root = make_site(tmp_path, f"""\
      - channel: mastodon
        server: {mastodon.url}
        token: ONEVOICE_MASTODON_TOKEN
""")
        config = root / "mkdocs.yml"
        config.write_text(config.read_text(encoding="utf-8").replace("mastodon: 500", "mastodon: 200"),
                          encoding="utf-8")
        import subprocess

        subprocess.run(["git", "-c", "user.name=T", "-c", "user.email=t@e", "commit", "-qam", "limit"], cwd=root,
                       check=True)
        result = run_send(root, {"ONEVOICE_MASTODON_TOKEN": mastodon.token})
        assert result.returncode == 0, result.stdout + result.stderr
        statuses = mastodon.statuses
        assert len(statuses) >= 2 and mastodon.refusals == []
        assert statuses[0]["in_reply_to_id"] is None
        for before, after in itertools.pairwise(statuses):
            assert after["in_reply_to_id"] == before["id"]
        count = len(statuses)
        assert all(s["text"].endswith(f"{n}/{count}") for n, s in enumerate(statuses, 1))
        keys = {r["headers"]["idempotency-key"] for r in mastodon.requests if r["method"] == "POST"}
        assert len(keys) == count  # one key per part
    finally:
        mastodon.close()
