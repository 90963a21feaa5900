"""Writer stage, hosting: after the site is built, write `site/_headers` for the static hosts
that read one (Netlify, Cloudflare Pages; GitHub Pages ignores it).

In: the built site folder. Out: `_headers` telling browsers to re-check pages, feeds and JSON
within a minute (a status page must show the newest update) and to keep the theme's
fingerprinted assets for a year (their name changes when their content does), security
headers that complement each page's own Content-Security-Policy, and
`Access-Control-Allow-Origin: *` on the status API so other sites' scripts can read it."""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import quote

from generator.core.errors import BuildError

HEADERS_FILE = "_headers"
SHORT_CACHE = "public, max-age=60, must-revalidate"
IMMUTABLE_CACHE = "public, max-age=31536000, immutable"
MAX_RULES = 100  # Cloudflare Pages reads at most 100 rules

# Every page already carries its own policy in a <meta> tag (different for the press pages);
# a second policy in a header would be enforced too, so the header only adds what a <meta>
# policy cannot say: that no other site may frame the page.
SECURITY_HEADERS: tuple[tuple[str, str], ...] = (
    ("Content-Security-Policy", "frame-ancestors 'none'"),
    ("X-Frame-Options", "DENY"),
    ("X-Content-Type-Options", "nosniff"),
    ("Referrer-Policy", "strict-origin-when-cross-origin"),
    ("Permissions-Policy", "camera=(), microphone=(), geolocation=()"),
)

# Only what a cross-origin reader needs: GET without credentials (the API is public, static).
CORS_HEADERS: tuple[tuple[str, str], ...] = (("Access-Control-Allow-Origin", "*"),)

# mkdocs-material names its bundles `<name>.<hex digest>.min.(css|js)`, source maps alongside.
FINGERPRINTED = re.compile(r"\.[0-9a-f]{8,}\.min\.(?:css|js)(?:\.map)?$")

# What a reader must see fresh: pages, feeds (Atom, RSS, JSON Feed), the sitemap, /api/ JSON.
SHORT_SUFFIXES = (".html", ".atom", ".rss", ".xml", ".json")


@dataclass(frozen=True, slots=True)
class HeaderRule:
    """One block of `_headers`: a URL pattern (`*` matches any characters) and its headers."""

    pattern: str
    headers: tuple[tuple[str, str], ...]


def header_rules(site_dir: Path) -> list[HeaderRule]:
    """The rules for the files in `site_dir`, in file order.

    Hosts join the values of a header set by several matching rules, so no file may match
    two `Cache-Control` rules: fingerprinted assets are listed by exact path, and the short
    rules only match pages (`/`, `/…/`, `*.html`) and the suffixes above. Other files
    (favicon, unversioned scripts) keep the host's default, which revalidates."""
    if not site_dir.is_dir():
        raise BuildError(f"cannot write {HEADERS_FILE}: the site folder {site_dir} does not exist; build the site first")
    files = sorted(
        path.relative_to(site_dir).as_posix()
        for path in site_dir.rglob("*")
        if path.is_file() and path.name != HEADERS_FILE and not path.name.startswith(".")
    )
    short: list[str] = []
    if "index.html" in files:
        short.append("/")
    if any(name.endswith("/index.html") for name in files):
        # A folder's page, as linked: /statements/<slug>/. Were a host to read this as `/*`,
        # hashed assets would get both values and browsers keep the first (60 s): less
        # caching, never a stale page.
        short.append("/*/")
    short += [f"/*{suffix}" for suffix in SHORT_SUFFIXES if any(name.endswith(suffix) for name in files)]
    immutable = ["/" + quote(name) for name in files if FINGERPRINTED.search(name)]

    rules = [HeaderRule("/*", SECURITY_HEADERS)]
    # The status API is read from other sites (widgets, the embed, dashboards): any origin may.
    api_roots = sorted({name[: name.index("api/v2/")] for name in files
                        if "api/v2/" in name and name.index("api/v2/") in (0, 3)})
    rules += [HeaderRule(f"/{root}api/*", CORS_HEADERS) for root in api_roots]
    rules += [HeaderRule(pattern, (("Cache-Control", SHORT_CACHE),)) for pattern in short]
    rules += [HeaderRule(path, (("Cache-Control", IMMUTABLE_CACHE),)) for path in immutable]
    if len(rules) > MAX_RULES:
        raise BuildError(
            f"{HEADERS_FILE} would have {len(rules)} rules; Cloudflare Pages reads only {MAX_RULES}: "
            f"{len(immutable)} fingerprinted assets is more than the theme ships, check {site_dir}/assets"
        )
    return rules


def render_headers(rules: list[HeaderRule]) -> str:
    lines = [
        "# Written by onevoice build for hosts that read _headers (Netlify, Cloudflare Pages).",
        "# Pages, feeds and JSON: re-checked within a minute; fingerprinted assets: kept a year.",
    ]
    for rule in rules:
        lines += ["", rule.pattern]
        lines += [f"  {name}: {value}" for name, value in rule.headers]
    return "\n".join(lines) + "\n"


def write_headers(site_dir: Path) -> Path:
    """Write `site_dir/_headers` for the site as built and return its path."""
    target = site_dir / HEADERS_FILE
    target.write_text(render_headers(header_rules(site_dir)), encoding="utf-8", newline="\n")
    return target
