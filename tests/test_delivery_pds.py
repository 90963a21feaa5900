"""`onevoice send` against Bluesky's reference server itself (npm `@atproto/pds`, started on
127.0.0.1 by tests/oracles/pds.mjs with an account and an app password): the session, the
records the server accepted after validating them against its own lexicons, the thread and
the link card, read back with `com.atproto.repo.listRecords`; a retry sends nothing twice."""

from __future__ import annotations

import json
import shutil
import subprocess
from collections.abc import Iterator
from pathlib import Path
from typing import Any
from urllib.request import urlopen

import pytest

from tests.conftest import REPO, require
from tests.delivery_support import CARD, DELAY, ledger, make_site, run_send


@pytest.fixture(scope="module")
def pds() -> Iterator[dict[str, Any]]:
    require(shutil.which("node") is not None, "node")
    require((REPO / "tests" / "js" / "node_modules" / "@atproto" / "pds").is_dir(), "npm @atproto/pds (npm ci in tests/js)")
    process = subprocess.Popen(["node", str(REPO / "tests" / "oracles" / "pds.mjs")], stdin=subprocess.PIPE,
                               stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    line = process.stdout.readline() if process.stdout else ""
    if not line:
        process.kill()
        pytest.fail("the reference PDS did not start: " + (process.stderr.read() if process.stderr else ""))
    yield json.loads(line)
    assert process.stdin is not None
    process.stdin.close()
    try:
        process.wait(timeout=20)
    except subprocess.TimeoutExpired:
        process.kill()


def list_posts(pds: dict[str, Any]) -> list[dict[str, Any]]:
    url = (f"{pds['url']}/xrpc/com.atproto.repo.listRecords?repo={pds['did']}"
           "&collection=app.bsky.feed.post&limit=100&reverse=true")
    with urlopen(url, timeout=10) as response:
        return json.loads(response.read())["records"]


def test_the_reference_pds_accepts_the_posts_threads_and_cards(tmp_path: Path, pds: dict[str, Any]) -> None:
    root = make_site(tmp_path, f"""\
      - channel: bluesky
        handle: {pds['handle']}
        server: {pds['url']}
        password: ONEVOICE_BLUESKY_APP_PASSWORD
        lang: fr
""")
    env = {"ONEVOICE_BLUESKY_APP_PASSWORD": pds["password"]}
    result = run_send(root, env)
    assert result.returncode == 0, result.stdout + result.stderr
    posts = list_posts(pds)
    mine = posts  # a fresh server: every post is this run's
    assert len(mine) == 5  # two French announcements: threads of three and two posts
    firsts = [p["value"]["text"] for p in mine if "reply" not in p["value"]]
    assert sum(f"/fr/statements/{CARD}/" in text for text in firsts) == 1
    assert sum(f"/fr/statements/{DELAY}/" in text for text in firsts) == 1
    by_uri = {p["uri"]: p for p in posts}
    replies = [p for p in mine if "reply" in p["value"]]
    assert len(replies) == 3
    for reply in replies:
        parent = by_uri[reply["value"]["reply"]["parent"]["uri"]]
        first = by_uri[reply["value"]["reply"]["root"]["uri"]]
        assert reply["value"]["reply"]["parent"]["cid"] == parent["cid"]
        assert reply["value"]["reply"]["root"]["cid"] == first["cid"] and "reply" not in first["value"]
        assert first["value"]["embed"]["$type"] == "app.bsky.embed.external"
        assert first["value"]["embed"]["external"]["uri"] in first["value"]["text"]
        assert any(f["features"][0]["$type"] == "app.bsky.richtext.facet#link" for f in first["value"]["facets"])
    # The ledger keeps the server's own ids, and a second run sends nothing.
    recorded = [r for r in ledger(root).values() if r.get("state") == "sent"]
    assert {post["uri"] for r in recorded for post in r["posts"]} == {p["uri"] for p in mine}
    again = run_send(root, env)
    assert again.returncode == 0 and "sent: " not in again.stdout
    assert len(list_posts(pds)) == len(posts)


def test_a_wrong_app_password_is_reported_with_the_server_answer(tmp_path: Path, pds: dict[str, Any]) -> None:
    root = make_site(tmp_path, f"""\
      - channel: bluesky
        handle: {pds['handle']}
        server: {pds['url']}
        password: ONEVOICE_BLUESKY_APP_PASSWORD
""")
    result = run_send(root, {"ONEVOICE_BLUESKY_APP_PASSWORD": "aaaa-bbbb-cccc-dddd"})
    assert result.returncode == 1
    assert "Bluesky answered com.atproto.server.createSession: 401" in result.stderr
    assert "Invalid identifier or password" in result.stderr
