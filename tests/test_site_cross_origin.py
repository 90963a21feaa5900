"""The status page read from other sites, in a real Chromium (Debian's, driven by Playwright):
the status site is served by a host that applies its `_headers` (tests/site_server.py), the
organisation's website by another server on another origin. Atlassian's `<statuspage-widget>`
and onevoice's embed show the right status there; through a host that ignores `_headers` the
browser refuses them the API, as it would on a real host without CORS. Also the budgets of
the status pages themselves: no JavaScript needed, nothing from another host, axe-core clean,
at most 40 KB gzip on a first visit.

Locally a missing Chromium (or npm package) skips these tests; with CI=true it fails them."""

from __future__ import annotations

import gzip
import shutil
from collections.abc import Iterator
from pathlib import Path
from urllib.parse import urlsplit

import pytest

from tests.conftest import REPO, require
from tests.site_server import serve
from tests.test_site_support import build, maintenance

CHROMIUM = Path("/usr/bin/chromium")
CHROMIUM_ARGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking",
                 "--disable-component-update", "--disable-sync"]
WIDGET = REPO / "tests/js/node_modules/@statuspage/status-widget/dist/index.js"
AXE = REPO / "tests/js/node_modules/axe-core/axe.min.js"
PAGE_BUDGET = 40 * 1024  # gzip bytes of everything a first visit loads
EMBED_BUDGET = 3 * 1024
CARD = "statements/2026-11-20-card-payments/"


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


@pytest.fixture(scope="module")
def sites(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    """The samples (an incident ongoing), and the samples with everything resolved."""
    base = tmp_path_factory.mktemp("origins")
    return {
        "ongoing": build(base / "ongoing", headers=True),
        "calm": build(base / "calm", headers=True, drop=("2026-11-20-card-payments.md", "2026-11-20-card-payments.fr.md")),
    }


@pytest.fixture(scope="module")
def website(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[Path, str]]:
    """The organisation's own website: another server, hence another origin."""
    folder = tmp_path_factory.mktemp("website")
    if WIDGET.is_file():
        shutil.copy(WIDGET, folder / "status-widget.js")
    with serve(folder, honour_headers=False) as url:
        yield folder, url


def open_page(browser, url: str, **options):  # type: ignore[no-untyped-def]
    context = browser.new_context(**options)
    page = context.new_page()
    page.route("**/*", lambda route: route.abort() if urlsplit(route.request.url).hostname != "127.0.0.1"
               else route.continue_())
    page.goto(url, wait_until="networkidle")
    return context, page


def widget_page(folder: Path, name: str, status_url: str) -> str:
    (folder / name).write_text(f"""<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Shop</title>
<script src="status-widget.js"></script></head>
<body><h1>Our shop</h1><statuspage-widget src="{status_url}"></statuspage-widget></body></html>""")
    return name


def widget_text(page) -> str:  # type: ignore[no-untyped-def]
    from playwright.sync_api import TimeoutError as PlaywrightTimeout

    # the widget fetches, then renders in its shadow root: wait for it (a refused fetch never renders)
    try:
        page.wait_for_function("""() => {
            const widget = document.querySelector('statuspage-widget');
            const text = widget && widget.shadowRoot && widget.shadowRoot.querySelector('.status-text');
            return text && text.textContent.trim();
        }""", timeout=3000)
    except PlaywrightTimeout:  # nothing rendered
        pass
    return page.evaluate("""() => {
        const widget = document.querySelector('statuspage-widget');
        const text = widget && widget.shadowRoot && widget.shadowRoot.querySelector('.status-text');
        return text ? text.textContent.trim() : '';
    }""")


def test_atlassian_widget_shows_the_status_from_another_origin(browser, sites, website) -> None:  # type: ignore[no-untyped-def]
    require(WIDGET.is_file(), "@statuspage/status-widget (npm ci in tests/js)")
    folder, site_url = website
    with serve(sites["ongoing"]) as status_url:
        assert urlsplit(status_url).port != urlsplit(site_url).port  # two origins
        context, page = open_page(browser, site_url + widget_page(folder, "shop.html", status_url))
        try:
            assert widget_text(page) == "Partial System Outage"
            dot = page.evaluate("() => document.querySelector('statuspage-widget').shadowRoot"
                                ".querySelector('.status-indicator').className")
            assert dot.split() == ["status-indicator", "major"]
        finally:
            context.close()
    with serve(sites["calm"]) as status_url:
        context, page = open_page(browser, site_url + widget_page(folder, "calm.html", status_url))
        try:
            assert widget_text(page) == "All Systems Operational"
        finally:
            context.close()


def test_without_the_headers_file_the_browser_refuses_the_widget_the_api(browser, sites, website) -> None:  # type: ignore[no-untyped-def]
    require(WIDGET.is_file(), "@statuspage/status-widget (npm ci in tests/js)")
    folder, site_url = website
    with serve(sites["ongoing"], honour_headers=False) as status_url:
        context = browser.new_context()
        page = context.new_page()
        console: list[str] = []
        page.on("console", lambda message: console.append(message.text))
        try:
            page.goto(site_url + widget_page(folder, "plain.html", status_url), wait_until="networkidle")
            assert "Partial System Outage" not in widget_text(page)
            # refused by the browser's CORS check, not for any other reason
            assert any("Access-Control-Allow-Origin" in line and "summary.json" in line for line in console), console
        finally:
            context.close()


def embed_page(folder: Path, name: str, status_url: str, attributes: str = "") -> str:
    (folder / name).write_text(f"""<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Shop</title>
</head><body><header><h1>Our shop</h1></header><div id="slot"></div>
<script src="{status_url}embed.js" async{attributes}></script></body></html>""")
    return name


def banner(page) -> dict | None:  # type: ignore[no-untyped-def, type-arg]
    page.wait_for_timeout(300)
    return page.evaluate("""() => {
        const box = document.querySelector('.onevoice-status');
        if (!box) return null;
        const link = box.querySelector('a');
        return {text: box.textContent, href: link.href, first: document.body.firstElementChild === box,
                parent: box.parentElement.id, label: box.getAttribute('aria-label')};
    }""")


def test_embed_banner_links_to_the_ongoing_statement_from_another_origin(browser, sites, website) -> None:  # type: ignore[no-untyped-def]
    folder, site_url = website
    with serve(sites["ongoing"]) as status_url:
        context, page = open_page(browser, site_url + embed_page(folder, "embed.html", status_url))
        try:
            shown = banner(page)
            assert shown == {"text": "Ongoing incident: Card payments failing at checkout",
                             "href": "https://status.calypso-pay.example/" + CARD, "first": True, "parent": "",
                             "label": "Service status"}
        finally:
            context.close()
        context, page = open_page(browser, site_url + embed_page(folder, "embed-fr.html", status_url,
                                                                 ' data-lang="fr" data-target="#slot"'))
        try:
            shown = banner(page)
            assert shown is not None and shown["parent"] == "slot"
            assert shown["text"] == "Incident en cours\u00a0: Échec des paiements par carte en caisse"
            assert shown["href"] == "https://status.calypso-pay.example/fr/" + CARD
        finally:
            context.close()


def test_embed_shows_nothing_when_nothing_is_going_on(browser, sites, website) -> None:  # type: ignore[no-untyped-def]
    folder, site_url = website
    with serve(sites["calm"]) as status_url:
        context, page = open_page(browser, site_url + embed_page(folder, "calm-embed.html", status_url))
        try:
            assert banner(page) is None
            assert page.evaluate("() => document.body.firstElementChild.tagName") == "HEADER"
        finally:
            context.close()


def test_embed_announces_a_maintenance_under_way(browser, website, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    folder, site_url = website
    work = maintenance(title="Payout system move", affected="Payouts", start="2026-11-20 10:30",
                       end="2026-11-20 13:00", updates=(("2026-11-20 10:30", "in progress", "Started."),
                                                         ("2026-11-19 10:00", "scheduled", "Planned.")))
    site = build(tmp_path, headers=True, extra={"2026-11-19-move.md": work},
                 drop=("2026-11-20-card-payments.md", "2026-11-20-card-payments.fr.md"))
    with serve(site) as status_url:
        context, page = open_page(browser, site_url + embed_page(folder, "work.html", status_url))
        try:
            shown = banner(page)
            assert shown is not None and shown["text"] == "Maintenance in progress: Payout system move"
        finally:
            context.close()


def test_embed_is_small() -> None:
    script = (REPO / "site_templates/site/embed.js").read_bytes()
    assert len(gzip.compress(script, compresslevel=9, mtime=0)) <= EMBED_BUDGET


@pytest.fixture(scope="module")
def overdue_site(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The samples an hour after the promised update, with maintenance planned."""
    from datetime import datetime

    return build(tmp_path_factory.mktemp("overdue"), headers=True, now=datetime.fromisoformat("2026-11-20T13:00:00+01:00"),
                 extra={"2026-11-19-upgrade.md": maintenance(title="Planned upgrade")})


@pytest.mark.parametrize("path", ["", CARD, "fr/", "fr/" + CARD])
def test_status_pages_need_no_script_no_other_host_and_stay_under_budget(browser, overdue_site, path: str) -> None:  # type: ignore[no-untyped-def]
    with serve(overdue_site) as url:
        context = browser.new_context(java_script_enabled=False)
        page = context.new_page()
        sizes: dict[str, int] = {}
        outside: list[str] = []

        def route(request_route):  # type: ignore[no-untyped-def]
            if urlsplit(request_route.request.url).hostname != "127.0.0.1":
                outside.append(request_route.request.url)
                request_route.abort()
            else:
                request_route.continue_()

        def measure(response):  # type: ignore[no-untyped-def]
            from playwright.sync_api import Error

            try:
                sizes[response.url] = len(gzip.compress(response.body(), compresslevel=6, mtime=0))
            except Error:
                sizes[response.url] = 0

        page.route("**/*", route)
        page.on("response", measure)
        try:
            page.goto(url + path, wait_until="networkidle")
            assert outside == []
            assert sum(sizes.values()) <= PAGE_BUDGET, sizes
            # read without JavaScript: the overall state and the broken promise are there
            promise = page.locator(".ov-promise").first
            assert promise.is_visible()
            assert promise.inner_text().startswith("EN RETARD" if path.startswith("fr/") else "OVERDUE")
            if path in ("", "fr/"):
                banner_text = page.locator(".ov-banner h1").inner_text()
                # (The sample's outage is at its monitoring stage: payments succeed again.)
                assert banner_text == ("Services rétablis · sous surveillance" if path else "Services restored · monitoring")
                assert page.locator("#maintenance ~ ul .ov-item__title a").inner_text() == "Planned upgrade"
        finally:
            context.close()


@pytest.mark.parametrize("path", ["", "fr/", "history/", "statements/2026-11-19-upgrade/"])
def test_axe_finds_no_violation_on_the_status_pages(browser, overdue_site, path: str) -> None:  # type: ignore[no-untyped-def]
    require(AXE.is_file(), "axe-core (npm ci in tests/js)")
    with serve(overdue_site) as url:
        # The page's policy forbids scripts; axe is injected by the test only.
        context, page = open_page(browser, url + path, bypass_csp=True)
        try:
            page.add_script_tag(path=str(AXE))
            results = page.evaluate("async () => await axe.run(document)")
            found = [(v["id"], v["impact"], [n["target"] for n in v["nodes"]][:3]) for v in results["violations"]]
            assert found == []
        finally:
            context.close()


def test_the_incident_address_leads_to_the_statement_in_a_browser(browser, overdue_site) -> None:  # type: ignore[no-untyped-def]
    with serve(overdue_site) as url:
        context, page = open_page(browser, url + "incidents/2026-11-20-card-payments/")
        try:
            page.get_by_role("link", name="Card payments failing at checkout").click()
            page.wait_for_url(url + CARD)
            assert page.locator("h1").inner_text() == "Card payments failing at checkout"
        finally:
            context.close()
