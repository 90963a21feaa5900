"""The built sample site in a real headless Chromium (Debian's, driven by Playwright),
served on 127.0.0.1: what a reader sees, that nothing is fetched from another host, no
console error, no serious accessibility violation (axe-core), and the page weight budget.

Locally a missing Chromium skips these tests; with CI=true it fails them."""

from __future__ import annotations

import functools
import gzip
import http.server
import threading
from collections.abc import Iterator
from pathlib import Path
from urllib.parse import urlsplit

import pytest

from tests.conftest import REPO, require
from tests.test_site_support import build

CHROMIUM = Path("/usr/bin/chromium")
AXE = REPO / "tests/js/node_modules/axe-core/axe.min.js"
CHROMIUM_ARGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking",
                 "--disable-component-update", "--disable-sync"]
STATEMENT = "statements/2026-11-20-card-payments/"
WEIGHT_BUDGET = 60 * 1024  # gzip bytes, first visit


class _QuietHandler(http.server.SimpleHTTPRequestHandler):
    def log_message(self, format: str, *args: object) -> None:
        pass


@pytest.fixture(scope="module")
def base_url(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    site = build(tmp_path_factory.mktemp("browser"))
    handler = functools.partial(_QuietHandler, directory=str(site))
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{server.server_address[1]}/"
    server.shutdown()
    server.server_close()


@pytest.fixture(scope="module")
def browser():  # type: ignore[no-untyped-def]
    require(CHROMIUM.is_file(), "Chromium (/usr/bin/chromium)")
    try:
        from playwright.sync_api import sync_playwright
    except ImportError:
        require(False, "Playwright")
    with sync_playwright() as playwright:
        chromium = playwright.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS)
        yield chromium
        chromium.close()


class Visit:
    """A page opened in a fresh context, recording console errors, outside requests (blocked)
    and every response's gzip size."""

    def __init__(self, browser, url: str, **context_options):  # type: ignore[no-untyped-def]
        self.context = browser.new_context(**context_options)
        self.page = self.context.new_page()
        self.errors: list[str] = []
        self.outside: list[str] = []
        self.gzip_bytes: dict[str, int] = {}
        self.page.on("console", lambda m: self.errors.append(m.text) if m.type == "error" else None)
        self.page.on("pageerror", lambda e: self.errors.append(str(e)))
        self.page.route("**/*", self._route)
        self.page.on("response", self._measure)
        self.page.goto(url, wait_until="networkidle")

    def _route(self, route):  # type: ignore[no-untyped-def]
        if urlsplit(route.request.url).hostname != "127.0.0.1":
            self.outside.append(route.request.url)
            route.abort()
        else:
            route.continue_()

    def _measure(self, response):  # type: ignore[no-untyped-def]
        from playwright.sync_api import Error

        try:
            body = response.body()
        except Error:  # a redirect has no body
            body = b""
        self.gzip_bytes[response.url] = len(gzip.compress(body, compresslevel=6, mtime=0))

    def close(self) -> None:
        self.context.close()


@pytest.fixture
def visit(browser):  # type: ignore[no-untyped-def]
    opened: list[Visit] = []

    def open_page(url: str, **options) -> Visit:  # type: ignore[no-untyped-def]
        opened.append(Visit(browser, url, **options))
        return opened[-1]

    yield open_page
    for page in opened:
        page.close()


PAGES = ["", STATEMENT, "press/2026-11-20-card-payments/", "history/", "press/", "fr/",
         "fr/" + STATEMENT, "fr/statements/2026-11-18-retard-cartes-fidelite/"]


@pytest.mark.parametrize("path", PAGES)
def test_no_console_error_and_no_request_leaves_127_0_0_1(visit, base_url: str, path: str) -> None:  # type: ignore[no-untyped-def]
    seen = visit(base_url + path)
    assert seen.outside == []
    assert seen.errors == []
    assert seen.page.locator("h1").count() == 1


def test_ongoing_statement_shows_its_status_and_every_update_time(visit, base_url: str) -> None:  # type: ignore[no-untyped-def]
    seen = visit(base_url + STATEMENT)
    page = seen.page
    assert page.locator(".ov-badges .ov-status").inner_text() == "Status: Monitoring"
    # Said once: the facts list below the badges does not repeat the status.
    assert "Monitoring" not in page.locator(".ov-facts").inner_text()
    times = page.locator(".ov-update time")
    assert times.all_inner_texts() == ["20 November 2026, 10:50 CET", "20 November 2026, 10:05 CET",
                                       "20 November 2026, 09:20 CET"]
    assert [t.get_attribute("datetime") for t in times.all()] == [
        "2026-11-20T10:50:00+01:00", "2026-11-20T10:05:00+01:00", "2026-11-20T09:20:00+01:00"]


def test_statement_is_fully_readable_with_javascript_off(visit, base_url: str) -> None:  # type: ignore[no-untyped-def]
    page = visit(base_url + STATEMENT, java_script_enabled=False).page
    assert page.locator("h1").inner_text() == "Card payments failing at checkout"
    assert page.locator(".ov-update").count() == 3
    assert page.locator(".ov-update").first.is_visible()
    assert "Payments are succeeding again" in page.locator(".ov-update").first.inner_text()


def test_language_link_goes_to_the_translation(visit, base_url: str) -> None:  # type: ignore[no-untyped-def]
    page = visit(base_url + STATEMENT).page
    page.locator('.ov-nav__languages a[hreflang="fr"]').click()
    page.wait_for_load_state("load")
    assert page.url == base_url + "fr/" + STATEMENT
    assert page.locator("html").get_attribute("lang") == "fr"
    assert page.locator("h1").inner_text() == "Échec des paiements par carte en caisse"


def test_statement_prints_without_the_site_navigation(visit, base_url: str) -> None:  # type: ignore[no-untyped-def]
    page = visit(base_url + STATEMENT).page
    page.emulate_media(media="print")
    assert not page.locator(".ov-nav").is_visible()
    assert page.locator(".ov-update").first.is_visible()
    assert len(page.pdf()) > 1000


@pytest.mark.parametrize("path", ["", STATEMENT, "press/2026-11-20-card-payments/", "fr/" + STATEMENT])
def test_axe_finds_no_serious_or_critical_violation(visit, base_url: str, path: str) -> None:  # type: ignore[no-untyped-def]
    require(AXE.is_file(), "axe-core (npm ci in tests/js)")
    # The page's policy forbids scripts; axe is injected by the test only.
    page = visit(base_url + path, bypass_csp=True).page
    page.add_script_tag(path=str(AXE))
    results = page.evaluate("async () => await axe.run(document)")
    serious = [(v["id"], v["impact"], [n["target"] for n in v["nodes"]][:3])
               for v in results["violations"] if v["impact"] in ("serious", "critical")]
    assert serious == [], serious


@pytest.mark.parametrize("path", [STATEMENT, ""])
def test_first_visit_weighs_under_60_kb_gzip(visit, base_url: str, path: str) -> None:  # type: ignore[no-untyped-def]
    seen = visit(base_url + path)
    total = sum(seen.gzip_bytes.values())
    assert seen.outside == []
    # the page, the theme's two stylesheets, onevoice's, the favicon: nothing else (no script, no font)
    assert len(seen.gzip_bytes) == 5, sorted(seen.gzip_bytes)
    assert total <= WEIGHT_BUDGET, seen.gzip_bytes
    print(f"{path or 'home'}: {len(seen.gzip_bytes)} requests, {total / 1024:.1f} KB gzip")
