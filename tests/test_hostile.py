"""No statement content can put markup or script into any HTML onevoice writes.

The statements in tests/fixtures/hostile/ carry script tags, event-handler attributes,
javascript: links in every case and encoding, iframes, objects, styles, forms, and markup in
the title, affected list, spokesperson, location and hashtags. They are published with the
real `onevoice build`; then every HTML output (site pages, press releases, copy deck, email
bodies) and every feed is scanned, and the pages are opened in a real headless Chromium with
the Content-Security-Policy switched off, so that only the escaping and the sanitiser stand
between the statements and the reader. Finally the CSP itself is shown to block inline script.

Locally a missing Chromium skips the browser tests; with CI=true it fails them."""

from __future__ import annotations

import functools
import http.server
import json
import os
import re
import shutil
import subprocess
import sys
import threading
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from dataclasses import dataclass, field
from html.parser import HTMLParser
from pathlib import Path

import pytest

from tests.conftest import REPO, SAMPLE_NOW, require

HOSTILE = Path(__file__).parent / "fixtures" / "hostile"
ONEVOICE = Path(sys.executable).parent / "onevoice"
CHROMIUM = Path("/usr/bin/chromium")
CHROMIUM_ARGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking",
                 "--disable-component-update", "--disable-sync"]
EN_PAGE = "site/statements/2026-11-20-hostile-markup/index.html"
FR_PAGE = "site/fr/statements/2026-11-20-hostile-french/index.html"

SAFE_SCHEMES = {"http", "https", "mailto", "tel"}
URL_ATTRIBUTES = {"href", "src", "action", "formaction", "data", "poster", "background", "xlink:href", "cite", "ping"}
# Elements that only statement content could bring (the theme and templates use none of them).
FOREIGN_ELEMENTS = {"iframe", "object", "embed", "frame", "frameset", "applet", "base", "math", "video", "audio",
                    "marquee", "noscript", "template", "form", "details", "select", "portal"}
ALLOWED_HTTP_EQUIV = {"content-security-policy", "content-type", "x-ua-compatible"}


# --- scanning ----------------------------------------------------------------------------

def url_scheme(value: str) -> str | None:
    """The scheme a browser would see (WHATWG URL parsing: C0 controls and spaces trimmed,
    tab and newline removed anywhere, case folded); None for a relative URL."""
    cleaned = re.sub(r"[\t\n\r]", "", value.strip("\x00\x01\x02\x03\x04\x05\x06\x07\x08\t\n\x0b\x0c\r\x0e\x0f"
                                                    "\x10\x11\x12\x13\x14\x15\x16\x17\x18\x19\x1a\x1b\x1c\x1d\x1e\x1f "))
    match = re.match(r"([A-Za-z][A-Za-z0-9+.-]*):", cleaned)
    return match.group(1).lower() if match else None


@dataclass
class Scan(HTMLParser):
    """Everything suspicious in one HTML document, and its visible text."""

    name: str
    findings: list[str] = field(default_factory=list)
    counts: dict[str, int] = field(default_factory=dict)
    text: list[str] = field(default_factory=list)
    _raw: str | None = None  # the element whose raw text is being read (script, style)
    _script_type: str = ""

    def __post_init__(self) -> None:
        HTMLParser.__init__(self, convert_charrefs=True)

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.counts[tag] = self.counts.get(tag, 0) + 1
        if tag in FOREIGN_ELEMENTS:
            self.findings.append(f"<{tag}> element")
        for name, value in attrs:
            value = value or ""
            if name.startswith("on"):
                self.findings.append(f"<{tag} {name}=…> event handler")
            if name == "srcdoc":
                self.findings.append(f"<{tag} srcdoc>")
            scheme = url_scheme(value)
            if name in URL_ATTRIBUTES and scheme not in (None, *SAFE_SCHEMES) and not (tag == "img" and scheme == "data"):
                self.findings.append(f"<{tag} {name}={value[:50]!r}> unsafe scheme")
            if name == "style" and ("pwned" in value or "url(" in value or "expression" in value):
                self.findings.append(f"<{tag} style={value[:50]!r}>")
        attributes = dict(attrs)
        equiv = (attributes.get("http-equiv") or "").lower()
        # The one refresh allowed: a short address's page (s/<code>/) sending the browser to a
        # statement page of the same site, by a fixed relative path.
        short = (equiv == "refresh" and re.search(r"(?:^|/)s/[a-z2-7]{6}/index\.html$", self.name)
                 and re.fullmatch(r"0;url=\.\./\.\./(?:[a-z]{2}/)?statements/[a-z0-9-]+/",
                                  attributes.get("content") or ""))
        if tag == "meta" and equiv and equiv not in ALLOWED_HTTP_EQUIV and not short:
            self.findings.append(f"<meta http-equiv={equiv!r}>")
        if tag in ("script", "style"):
            self._raw, self._script_type = tag, (attributes.get("type") or "")
            if tag == "script" and not attributes.get("src") and self._script_type != "application/ld+json":
                self.findings.append("inline <script>")

    def handle_endtag(self, tag: str) -> None:
        if tag == self._raw:
            self._raw = None

    def handle_data(self, data: str) -> None:
        if self._raw == "script" and self._script_type == "application/ld+json":
            try:
                json.loads(data)
            except ValueError:
                self.findings.append("JSON-LD broken open (markup ended the script early)")
        elif self._raw == "style":
            if "pwned" in data:
                self.findings.append("statement text inside <style>")
        elif self._raw is None:
            self.text.append(data)

    @property
    def visible(self) -> str:
        return " ".join(" ".join(self.text).split())


def scan(path: Path, html_text: str | None = None) -> Scan:
    document = Scan(str(path))
    document.feed(path.read_text(encoding="utf-8") if html_text is None else html_text)
    document.close()
    return document


def html_outputs(root: Path) -> list[Path]:
    return sorted(p for base in ("site", "dist") for p in (root / base).rglob("*.html") if "assets" not in p.parts)


# --- the hostile build -------------------------------------------------------------------

def build_hostile(root: Path) -> Path:
    root.mkdir()
    shutil.copy(REPO / "mkdocs.yml", root / "mkdocs.yml")
    shutil.copytree(REPO / "statements", root / "statements")
    shutil.copytree(REPO / "site_templates", root / "site_templates")
    for fixture in HOSTILE.glob("*.md"):
        shutil.copy(fixture, root / "statements" / fixture.name)
    env = {**os.environ, "ONEVOICE_NOW": SAMPLE_NOW}
    env.pop("SOURCE_DATE_EPOCH", None)
    result = subprocess.run([str(ONEVOICE), "build"], cwd=root, env=env, capture_output=True, text=True, timeout=300, check=False)
    assert result.returncode == 0, result.stdout + result.stderr
    assert "Traceback" not in result.stderr
    return root


@pytest.fixture(scope="module")
def hostile_site(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return build_hostile(tmp_path_factory.mktemp("hostile") / "site-root")


def test_the_hostile_statements_are_published(hostile_site: Path) -> None:
    for page in (EN_PAGE, FR_PAGE, "site/press/2026-11-20-hostile-markup/index.html",
                 "dist/2026-11-20-hostile-markup/en/press-release.html",
                 "dist/2026-11-20-hostile-french/fr/press-release.html", "dist/index.html"):
        assert (hostile_site / page).is_file(), page


def test_no_statement_markup_survives_in_any_html_output(hostile_site: Path) -> None:
    outputs = html_outputs(hostile_site)
    assert len(outputs) > 30
    found = {str(p.relative_to(hostile_site)): scan(p).findings for p in outputs}
    assert {name: f for name, f in found.items() if f} == {}
    for path in outputs:
        counts = scan(path).counts
        # A `<body onload>` or `</title>` in a statement must not open a second body or title.
        assert counts.get("html", 0) <= 1 and counts.get("body", 0) <= 1 and counts.get("title", 0) <= 1, path


def test_the_hostile_text_stays_readable_as_text(hostile_site: Path) -> None:
    english = scan(hostile_site / EN_PAGE).visible
    for shown in ("<script type=module>window.__pwned='t'</script><img src=x onerror=alert(1)>",  # title
                  "<svg onload=window.__pwned='affected'>Checkout",  # affected
                  "<script type=\"text/javascript\">window.__pwned='summary'</script>",
                  "<iframe src=\"javascript:window.__pwned='iframe'\"></iframe>",
                  "<style media=\"all\">body { display: none }",
                  "<svg/onload=window.__pwned='correction'>",
                  "the details", "in capitals", "mixed case", "a raw link"):  # link texts stay
        assert shown in english, shown
    french = scan(hostile_site / FR_PAGE).visible
    assert "</title><svg/onload=window.__pwned='titre'>Panne" in french
    assert "<body onload=\"window.__pwned='body'\">" in french
    press = scan(hostile_site / "dist/2026-11-20-hostile-markup/en/press-release.html").visible
    assert "<img src=x onerror=window.__pwned='name'>Claire" in press  # spokesperson
    assert "</title><iframe src=javascript:window.__pwned='role'></iframe>CEO" in press
    deck = scan(hostile_site / "dist/index.html").visible
    assert "#HostileStatus" in deck  # hashtags reach the copies as plain words


@pytest.mark.parametrize("hashtag", ["P<script/x=1>alert(3)</script>", 'S"onclick="alert(2)', "S<b/onclick=alert(1)>"])
def test_markup_in_a_hashtag_is_refused_at_its_line(project: Path, hashtag: str) -> None:
    """Hashtags are words: markup in one never reaches a copy, it is refused by check."""
    path = project / "statements" / "2026-11-20-card-payments.md"
    path.write_text(path.read_text().replace("hashtags: [CalypsoStatus]", f"hashtags: [{json.dumps(hashtag)}]"))
    result = subprocess.run([str(Path(sys.executable).parent / "onevoice"), "check"], capture_output=True, text=True)
    assert result.returncode == 1
    assert "2026-11-20-card-payments.md:8:1: error: hashtags are one word" in result.stdout


def test_feeds_carry_statement_markup_as_text(hostile_site: Path) -> None:
    atom_ns = "{http://www.w3.org/2005/Atom}"
    feeds = sorted((hostile_site / "site").rglob("feed.atom"))
    assert feeds
    hostile_entries = 0
    for feed in feeds:
        tree = ET.parse(feed)  # well-formed: statement text did not break the XML
        for entry in tree.getroot().iter(f"{atom_ns}entry"):
            title = entry.find(f"{atom_ns}title")
            assert title is not None and title.get("type", "text") == "text", feed
            content = entry.find(f"{atom_ns}content")
            if content is not None and content.get("type") == "html":
                assert scan(feed, content.text or "").findings == [], feed
                hostile_entries += "pwned" in (content.text or "")
    assert hostile_entries >= 4
    for feed in sorted((hostile_site / "site").rglob("feed.json")):
        for item in json.loads(feed.read_text())["items"]:
            assert scan(feed, item.get("content_html", "")).findings == [], (feed, item["id"])


def test_every_published_page_sends_a_csp_that_forbids_inline_script(hostile_site: Path) -> None:
    # Email bodies are left out: mail clients ignore a meta CSP and run no script anyway.
    pages = [p for p in html_outputs(hostile_site) if "email" not in p.parts]
    missing = []
    for page in pages:
        match = re.search(r'<meta http-equiv="Content-Security-Policy" content="([^"]*)"', page.read_text())
        if not match:
            missing.append(str(page.relative_to(hostile_site)))
            continue
        policy = {d.split()[0]: d.split()[1:] for d in match.group(1).replace("&#39;", "'").split(";") if d.strip()}
        scripts = policy.get("script-src", policy.get("default-src"))
        assert scripts is not None, page
        assert "'unsafe-inline'" not in scripts and "'unsafe-eval'" not in scripts and "*" not in scripts, page
        assert not any(s.startswith(("http:", "https:", "data:")) for s in scripts), page
        assert policy.get("base-uri") == ["'none'"] or page.parent.name != "statements", page
    assert missing == []


# --- the sanitiser alone -----------------------------------------------------------------

PAYLOADS = [
    "<script>window.__pwned=1</script>",
    "<SCRIPT SRC=//evil.example/x.js></SCRIPT>",
    "<img src=x onerror=window.__pwned=1>",
    "<svg/onload=window.__pwned=1>",
    "<iframe src=javascript:window.__pwned=1></iframe>",
    "<object data=javascript:window.__pwned=1></object>",
    "<style>*{display:none}</style>",
    "<a href=\"javascript:window.__pwned=1\">x</a>",
    "[x](javascript:window.__pwned=1)",
    "[x](JAVASCRIPT:window.__pwned=1)",
    "[x](JaVaScRiPt:window.__pwned=1)",
    "[x]( javascript:window.__pwned=1)",
    "[x](&#106;avascript:window.__pwned=1)",
    "[x](&#x6A;avascript:window.__pwned=1)",
    "[x](java&#x09;script:window.__pwned=1)",
    "[x](vbscript:msgbox(1))",
    "[x](data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==)",
    "[x](file:///etc/passwd)",
    "![x](javascript:window.__pwned=1)",
    "<javascript:window.__pwned=1>",
    "[x](https://example.org/ \"t\\\" onmouseover=\\\"window.__pwned=1\")",
    "[x][r]\n\n[r]: javascript:window.__pwned=1",
    "<details open ontoggle=window.__pwned=1>",
    "<form action=javascript:window.__pwned=1><button>x</button></form>",
    "<meta http-equiv=refresh content=\"0;url=javascript:window.__pwned=1\">",
    "<base href=javascript:window.__pwned=1//>",
    "<!--><script>window.__pwned=1</script>-->",
    "<!-- x --><img src=x onerror=window.__pwned=1>",
    "`<script>window.__pwned=1</script>`",
    "    <script>window.__pwned=1</script>",
    "*<img src=x onerror=window.__pwned=1>*",
    "<math><mi xlink:href=javascript:window.__pwned=1>x</mi></math>",
    "<a href=\"jav&#x0A;ascript:window.__pwned=1\">x</a>",
]


@pytest.mark.parametrize("payload", PAYLOADS)
def test_the_sanitiser_leaves_no_markup_and_keeps_the_words(payload: str) -> None:
    from generator.core.text import markdown_to_html

    rendered = str(markdown_to_html(f"Before {payload} after."))
    assert scan(Path("fragment"), rendered).findings == [], rendered
    assert not re.search(r"<(script|img|svg|iframe|object|style|form|meta|base|math|details)\b", rendered, re.IGNORECASE)
    visible = scan(Path("fragment"), rendered).visible
    assert "Before" in visible and "after." in visible


# --- in a real browser -------------------------------------------------------------------

class _Quiet(http.server.SimpleHTTPRequestHandler):
    def log_message(self, format: str, *args: object) -> None:
        pass


@pytest.fixture(scope="module")
def served(hostile_site: Path) -> Iterator[str]:
    handler = functools.partial(_Quiet, directory=str(hostile_site))
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    threading.Thread(target=server.serve_forever, daemon=True).start()
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


# Runs in the page: what an attacker would have achieved.
_INSPECT = """() => {
  const all = [...document.querySelectorAll('*')];
  const frames = [...document.querySelectorAll('iframe, object, embed, frame')].length;
  const handlers = all.flatMap(e => [...e.attributes].filter(a => a.name.toLowerCase().startsWith('on'))
                                       .map(a => e.tagName + ' ' + a.name));
  const links = [...document.querySelectorAll('[href], [src], [action], [formaction]')]
    .map(e => e.href || e.src || e.action || e.formAction || '')
    .filter(u => typeof u === 'string' && /^\\s*(javascript|vbscript|data:text)/i.test(u));
  return {pwned: window.__pwned === undefined ? null : String(window.__pwned), frames, handlers, links,
          text: document.body ? document.body.innerText : ''};
}"""

BROWSER_PAGES = [
    EN_PAGE, FR_PAGE, "site/index.html", "site/fr/index.html", "site/history/index.html",
    "site/press/2026-11-20-hostile-markup/index.html", "site/fr/press/2026-11-20-hostile-french/index.html",
    "dist/index.html", "dist/2026-11-20-hostile-markup/en/press-release.html",
    "dist/2026-11-20-hostile-french/fr/press-release.html",
    "dist/2026-11-20-hostile-markup/en/email/update-2026-11-20-1005.html",
    "dist/2026-11-20-hostile-french/fr/email/announcement.html",
]


@pytest.mark.parametrize("page", BROWSER_PAGES)
def test_no_script_runs_in_chromium_even_without_the_csp(browser, served: str, page: str) -> None:  # type: ignore[no-untyped-def]
    # bypass_csp: the page's policy would block inline script anyway; switching it off shows
    # that nothing got in to be blocked.
    context = browser.new_context(bypass_csp=True)
    tab = context.new_page()
    dialogs: list[str] = []
    tab.on("dialog", lambda dialog: (dialogs.append(dialog.message), dialog.dismiss()))
    tab.route(re.compile(r"^(?!http://127\.0\.0\.1)"), lambda route: route.abort())
    tab.goto(served + page.removesuffix("index.html"), wait_until="load")
    tab.wait_for_timeout(300)  # let any timer or late handler fire
    seen = tab.evaluate(_INSPECT)
    context.close()
    assert dialogs == [] and seen["pwned"] is None
    assert seen["handlers"] == [] and seen["links"] == [] and seen["frames"] == 0
    assert "pwned" in seen["text"], "the hostile text should be shown, as text"


def test_the_csp_blocks_inline_script_that_would_otherwise_run(browser, served: str, hostile_site: Path) -> None:  # type: ignore[no-untyped-def]
    """The meta CSP really works: an injected inline script (planted here by hand in a copy of
    a built page) runs with the CSP off and is blocked with it on."""
    original = (hostile_site / EN_PAGE).read_text()
    planted = hostile_site / "site/planted.html"
    planted.write_text(original.replace("</body>", "<script>window.__pwned='planted'</script>"
                                                   "<img src=x onerror=\"window.__pwned='handler'\"></body>"))
    results = {}
    for bypass in (True, False):
        context = browser.new_context(bypass_csp=bypass)
        tab = context.new_page()
        tab.goto(served + "site/planted.html", wait_until="load")
        tab.wait_for_timeout(300)
        results[bypass] = tab.evaluate("() => window.__pwned === undefined ? null : String(window.__pwned)")
        context.close()
    planted.unlink()
    assert results[True] is not None  # the plant works when nothing stops it
    assert results[False] is None
