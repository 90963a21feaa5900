"""Feeds as a subscriber's reader sees them: Atom parsed by feedparser (every update is an
entry), JSON Feed 1.1 valid against the specification's schema, both discoverable."""

from __future__ import annotations

import json
from pathlib import Path

import feedparser
import jsonschema
import pytest

from tests.conftest import REPO
from tests.test_site_support import build, read, statement

SITE = "https://status.calypso-pay.example/"
CARD = SITE + "statements/2026-11-20-card-payments/"
SCHEMA = json.loads((REPO / "tests/fixtures/site/jsonfeed-1.1.schema.json").read_text("utf-8"))
# Updates in the sample statements: card payments 3 (en and fr), data exposure 4, loyalty cards 2.
SITE_UPDATES = 3 + 4 + 2 + 1  # every update, plus the resolved sample's postmortem


@pytest.fixture(scope="module")
def site(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return build(tmp_path_factory.mktemp("feeds"))


def parse(site: Path, relative: str):  # type: ignore[no-untyped-def]
    parsed = feedparser.parse((site / relative).read_bytes())
    assert not parsed.bozo, parsed.get("bozo_exception")
    return parsed


def test_site_feed_has_an_entry_for_every_update_of_every_statement(site: Path) -> None:
    feed = parse(site, "feed.atom")
    assert feed.version == "atom10"
    assert len(feed.entries) == SITE_UPDATES
    links = [entry.link for entry in feed.entries]
    assert links[0] == CARD + "#update-20261120t0950z"  # newest first: 10:50 CET
    assert {CARD + "#update-20261120t0905z", CARD + "#update-20261120t0820z"} <= set(links)
    newest = feed.entries[0]
    assert newest.title == "Monitoring: Card payments failing at checkout"
    assert newest.published == "2026-11-20T10:50:00+01:00"
    assert "The new certificate is live in every region." in newest.content[0].value
    # the French-only statement is in the English feed, in French
    assert any(e.title == "Résolu : Retard d'envoi des cartes de fidélité" for e in feed.entries)
    assert feed.feed.updated == "2026-11-20T10:50:00+01:00"


def test_french_site_feed_carries_the_french_statements(site: Path) -> None:
    feed = parse(site, "fr/feed.atom")
    assert len(feed.entries) == SITE_UPDATES
    assert feed.entries[0].title == "Suivi en cours : Échec des paiements par carte en caisse"
    assert feed.entries[0].link == SITE + "fr/statements/2026-11-20-card-payments/#update-20261120t0950z"


@pytest.mark.parametrize(("path", "updates"), [
    ("statements/2026-11-20-card-payments/feed.atom", 3),
    ("fr/statements/2026-11-20-card-payments/feed.atom", 3),
    ("statements/2026-10-02-merchant-data-exposure/feed.atom", 4 + 1),  # + its postmortem
    ("fr/statements/2026-11-18-retard-cartes-fidelite/feed.atom", 2),
])
def test_each_statement_has_a_feed_of_its_updates(site: Path, path: str, updates: int) -> None:
    feed = parse(site, path)
    assert len(feed.entries) == updates
    assert feed.feed.links[0].href == SITE + path
    assert len({entry.id for entry in feed.entries}) == updates


def test_a_new_update_is_a_new_entry(tmp_path: Path) -> None:
    text = statement(title="Slow logins", update="Logins are slow.").replace(
        "## Updates\n", "## Updates\n\n### 2026-11-19 10:00 · identified\nA database index is missing.\n")
    site = build(tmp_path, extra={"2026-11-19-slow-logins.md": text})
    feed = parse(site, "statements/2026-11-19-slow-logins/feed.atom")
    assert [e.title for e in feed.entries] == ["Problem identified: Slow logins", "Investigating: Slow logins"]
    assert len(parse(site, "feed.atom").entries) == SITE_UPDATES + 2


@pytest.mark.parametrize("path", ["feed.json", "fr/feed.json"])
def test_json_feed_is_valid_json_feed_1_1(site: Path, path: str) -> None:
    document = json.loads(read(site, path))
    jsonschema.Draft202012Validator(SCHEMA, format_checker=jsonschema.FormatChecker()).validate(document)
    assert len(document["items"]) == SITE_UPDATES
    assert document["feed_url"] == SITE + path
    first = document["items"][0]
    assert first["date_published"] == "2026-11-20T10:50:00+01:00"


def test_schema_fixture_rejects_what_the_spec_rejects() -> None:
    validator = jsonschema.Draft202012Validator(SCHEMA)
    good = {"version": "https://jsonfeed.org/version/1.1", "title": "t", "items": [{"id": "1", "content_text": "x"}]}
    assert validator.is_valid(good)
    assert not validator.is_valid({**good, "version": "https://jsonfeed.org/version/1"})
    assert not validator.is_valid({**good, "items": [{"id": "1"}]})  # no content
    assert not validator.is_valid({**good, "items": [{"id": 1, "content_text": "x"}]})  # id must be a string


@pytest.mark.parametrize("page", ["index.html", "statements/2026-11-20-card-payments/index.html", "fr/index.html"])
def test_feeds_are_discoverable(site: Path, page: str) -> None:
    html = read(site, page)
    assert 'type="application/atom+xml" title="' in html
    assert 'type="application/feed+json"' in html
    if "statements/" in page:
        assert '<link rel="alternate" type="application/atom+xml" title="Updates of this statement" href="feed.atom">' in html
