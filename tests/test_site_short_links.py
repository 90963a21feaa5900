"""Short addresses for SMS: every statement, in each of its languages, has `s/<code>/` on
the built site, and a browser that opens it lands on the statement's page; the SMS copy
carries that address."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from tests.conftest import require
from tests.site_server import serve
from tests.test_site_support import build

CHROMIUM = Path("/usr/bin/chromium")


@pytest.fixture(scope="module")
def site(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return build(tmp_path_factory.mktemp("site"))


def _short_pages(site: Path) -> dict[str, str]:
    """Short page → the statement path it sends the browser to."""
    found = {}
    for page in sorted((site / "s").glob("*/index.html")):
        content = page.read_text(encoding="utf-8")
        target = re.search(r'http-equiv="refresh" content="0;url=\.\./\.\./([^"]+)"', content)
        assert target, page
        found[page.parent.name] = target.group(1)
    return found


def test_every_statement_language_has_one_short_address(site: Path) -> None:
    targets = _short_pages(site)
    # The samples: card payments (en, fr), the merchant data exposure (en), loyalty cards (fr).
    assert sorted(targets.values()) == sorted([
        "statements/2026-11-20-card-payments/", "fr/statements/2026-11-20-card-payments/",
        "statements/2026-10-02-merchant-data-exposure/", "fr/statements/2026-11-18-retard-cartes-fidelite/"])
    assert all(re.fullmatch(r"[a-z2-7]{6}", code) for code in targets)
    for target in targets.values():
        assert (site / target / "index.html").is_file(), target


def test_the_sms_copy_carries_the_short_address_and_it_leads_to_the_statement(site: Path, project: Path) -> None:
    require(CHROMIUM.is_file(), "Chromium (/usr/bin/chromium)")
    try:
        from playwright.sync_api import sync_playwright
    except ImportError:
        require(False, "Playwright")
    from click.testing import CliRunner

    from generator.cli import main

    result = CliRunner().invoke(main, ["render", "2026-11-20-card-payments", "--channel", "sms", "--lang", "fr",
                                       "--format", "json"])
    sms = [part for s in __import__("json").loads(result.output)["statements"] for c in s["copies"]
           for part in c["parts"]]
    links = {re.search(r"https://status\.calypso-pay\.example/(s/[a-z2-7]{6}/)$", text).group(1) for text in sms}
    assert len(links) == 1  # every SMS of the statement, one address
    (code,) = links
    with serve(site) as base, sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=str(CHROMIUM), args=["--no-sandbox"])
        page = browser.new_page()
        page.goto(f"{base.rstrip('/')}/{code}")
        page.wait_for_url("**/fr/statements/2026-11-20-card-payments/")
        assert "Échec des paiements par carte en caisse" in page.locator("h1").first.inner_text()
        browser.close()
