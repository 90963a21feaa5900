"""The copy deck in a real browser, opened from disk (offline): each Copy button puts exactly
its part on the clipboard. Needs Debian's Chromium: skipped locally without it, a failure in CI."""

from __future__ import annotations

import json
from pathlib import Path

from click.testing import CliRunner

from generator.cli import main
from tests.conftest import require

CHROMIUM = Path("/usr/bin/chromium")
ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]


def test_copy_buttons_copy_each_part_exactly_offline(project, tmp_path):
    require(CHROMIUM.exists(), "chromium")
    try:
        from playwright.sync_api import sync_playwright
    except ImportError:
        require(False, "Playwright")

    out = tmp_path / "kit"
    result = CliRunner().invoke(
        main,
        [
            "render",
            "2026-11-20-card-payments",
            "--lang",
            "fr",
            "--channel",
            "x",
            "--out",
            str(out),
            "--format",
            "json",
        ],
        catch_exceptions=False,
    )
    parts = [
        part
        for copy in json.loads(result.output)["statements"][0]["copies"]
        for part in copy["parts"]
    ]
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=str(CHROMIUM), args=ARGS)
        context = browser.new_context(offline=True)
        context.grant_permissions(["clipboard-read", "clipboard-write"])
        page = context.new_page()
        page.goto((out / "index.html").as_uri())
        buttons = page.locator("button.copy")
        assert buttons.count() == len(parts) > 1
        for index in (0, len(parts) - 1):
            buttons.nth(index).click()
            page.wait_for_function(
                "i => document.querySelectorAll('button.copy')[i].textContent === 'Copied'",
                arg=index,
            )
            assert page.evaluate("navigator.clipboard.readText()") == parts[index]
        browser.close()


def test_without_script_the_parts_are_still_there_to_select(project, tmp_path):
    require(CHROMIUM.exists(), "chromium")
    try:
        from playwright.sync_api import sync_playwright
    except ImportError:
        require(False, "Playwright")

    out = tmp_path / "kit"
    CliRunner().invoke(
        main, ["render", "2026-11-20-card-payments", "--channel", "sms", "--out", str(out)]
    )
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=str(CHROMIUM), args=ARGS)
        page = browser.new_context(java_script_enabled=False, offline=True).new_page()
        page.goto((out / "index.html").as_uri())
        assert page.locator("button.copy").first.is_hidden()
        assert (
            page.locator("textarea")
            .first.input_value()
            .startswith("Calypso Pay: Since 09:12 CET some card payments fail at checkout.")
        )
        browser.close()
