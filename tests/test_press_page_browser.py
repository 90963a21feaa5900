"""The standalone press-release page in a real headless Chromium: it loads nothing but
itself, has no serious accessibility violation (axe-core), and prints to A4.

Locally a missing Chromium skips these tests; with CI=true it fails them."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from generator.rendering.press import render_press_release
from tests.conftest import REPO, require

CHROMIUM = Path("/usr/bin/chromium")
AXE = REPO / "tests/js/node_modules/axe-core/axe.min.js"
CHROMIUM_ARGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking",
                 "--disable-component-update", "--disable-sync"]


@pytest.fixture(scope="module")
def browser():  # type: ignore[no-untyped-def]
    require(CHROMIUM.is_file(), "Chromium (/usr/bin/chromium)")
    require(AXE.is_file(), "axe-core (npm ci in tests/js)")
    try:
        from playwright.sync_api import sync_playwright
    except ImportError:
        require(False, "Playwright")
    with sync_playwright() as playwright:
        chromium = playwright.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS)
        yield chromium
        chromium.close()


@pytest.mark.parametrize("lang", ["en", "fr"])
def test_printable_page_is_self_contained_accessible_and_prints(browser, settings, incidents, tmp_path, lang):
    statement = next(i for i in incidents if i.slug == "2026-11-20-card-payments").translations[lang]
    page_file = tmp_path / f"release.{lang}.html"
    html = render_press_release(statement, settings).html
    page_file.write_text(html, encoding="utf-8")

    context = browser.new_context()
    page = context.new_page()
    requests: list[str] = []
    page.on("request", lambda request: requests.append(request.url))
    page.goto(page_file.as_uri(), wait_until="load")
    assert requests == [page_file.as_uri()]  # nothing fetched but the page itself
    # The headline names the organisation (AP; « Calypso Pay : … » in French).
    assert page.locator("h1").inner_text() == {"en": "Calypso Pay: Card payments failing at checkout",
                                               "fr": "Calypso Pay\u00a0: échec des paiements par carte en caisse"}[lang]
    if lang == "en":  # AP ends with ###; a communiqué has no end mark
        assert page.locator(".end-mark").inner_text() == "###"
    else:
        assert page.locator(".end-mark").count() == 0
    pdf = page.pdf(format="A4")
    pages = len(re.findall(rb"/Type\s*/Page[^s]", pdf))
    assert 1 <= pages <= 2  # a one-incident release fits on two sheets
    context.close()

    # axe is a script, which the page's own policy forbids: audit it with the policy bypassed.
    audit = browser.new_context(bypass_csp=True)
    page = audit.new_page()
    page.goto(page_file.as_uri(), wait_until="load")
    page.add_script_tag(content=AXE.read_text(encoding="utf-8"))
    result = page.evaluate("async () => JSON.stringify(await axe.run())")
    serious = [v["id"] for v in json.loads(result)["violations"] if v["impact"] in {"serious", "critical"}]
    assert serious == []
    audit.close()


def test_page_policy_blocks_requests_even_if_markup_slipped_through(browser, settings, incidents, tmp_path):
    # Defence in depth: were an image or a script ever to reach the page, the page's
    # Content-Security-Policy still stops the request.
    statement = next(i for i in incidents if i.slug == "2026-11-20-card-payments").primary
    html = render_press_release(statement, settings).html.replace(
        "</main>", '<img src="https://tracker.example/pixel.png" alt=""><script src="https://cdn.example/x.js"></script></main>'
    )
    page_file = tmp_path / "tampered.html"
    page_file.write_text(html, encoding="utf-8")
    context = browser.new_context()
    page = context.new_page()
    sent: list[str] = []  # requests that reached the network layer
    blocked: list[tuple[str, str | None]] = []

    def record(route):  # type: ignore[no-untyped-def]
        sent.append(route.request.url)
        route.continue_() if route.request.url.startswith("file:") else route.abort()

    page.route("**/*", record)
    page.on("requestfailed", lambda request: blocked.append((request.url, request.failure)))
    page.goto(page_file.as_uri(), wait_until="load")
    assert sent == [page_file.as_uri()]
    assert sorted(blocked) == [("https://cdn.example/x.js", "csp"), ("https://tracker.example/pixel.png", "csp")]
    context.close()
