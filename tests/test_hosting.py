"""`_headers` for Netlify and Cloudflare Pages, checked on a site really built by
mkdocs-material: pages, feeds and JSON are re-checked within a minute, only assets whose
name carries a content hash are cached for a year, and no file gets two Cache-Control
values (both hosts join the values of every matching rule)."""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

import pytest

from generator.core.errors import BuildError
from generator.publishing.hosting import IMMUTABLE_CACHE, SHORT_CACHE, write_headers

MKDOCS_YML = """\
site_name: Hosting test
site_url: https://status.example.org/
theme:
  name: material
  font: false
"""


def parse_headers(text: str) -> list[tuple[str, list[tuple[str, str]]]]:
    """The `_headers` format as both hosts document it: a URL pattern on its own line, its
    headers indented below, `#` comments."""
    rules: list[tuple[str, list[tuple[str, str]]]] = []
    for line in text.splitlines():
        if not line.strip() or line.lstrip().startswith("#"):
            continue
        if line[0].isspace():
            name, _, value = line.strip().partition(":")
            assert value, f"header line without a value: {line!r}"
            rules[-1][1].append((name.strip(), value.strip()))
        else:
            rules.append((line.strip(), []))
    return rules


def pattern_regex(pattern: str) -> re.Pattern[str]:
    # A splat `*` matches any characters, slashes included; `:name` one path segment.
    parts = re.split(r"(\*|:[A-Za-z]\w*)", pattern)
    body = "".join(".*" if p == "*" else "[^/]+" if p.startswith(":") else re.escape(p) for p in parts)
    return re.compile(body)


def headers_for(rules, url_path: str) -> dict[str, list[str]]:  # type: ignore[no-untyped-def]
    found: dict[str, list[str]] = {}
    for pattern, headers in rules:
        if pattern_regex(pattern).fullmatch(url_path):
            for name, value in headers:
                found.setdefault(name.lower(), []).append(value)
    return found


@pytest.fixture(scope="module")
def built_site(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A real mkdocs-material site: home, one folder page, 404, search index, sitemap and
    the theme's own assets."""
    root = tmp_path_factory.mktemp("material")
    (root / "mkdocs.yml").write_text(MKDOCS_YML, encoding="utf-8")
    (root / "docs" / "statements").mkdir(parents=True)
    (root / "docs" / "index.md").write_text("# Status\n", encoding="utf-8")
    (root / "docs" / "statements" / "card-payments.md").write_text("# Card payments\n", encoding="utf-8")
    subprocess.run([sys.executable, "-m", "mkdocs", "build", "--quiet", "-f", str(root / "mkdocs.yml"),
                    "-d", str(root / "site")], check=True, capture_output=True)
    site = root / "site"
    # What onevoice adds beside the theme: feeds and the JSON API, an unversioned stylesheet.
    (site / "feed.atom").write_text("<feed/>", encoding="utf-8")
    (site / "feed.json").write_text("{}", encoding="utf-8")
    (site / "api").mkdir()
    (site / "api" / "incidents.json").write_text("[]", encoding="utf-8")
    (site / "assets" / "stylesheets" / "onevoice.css").write_text("body{}", encoding="utf-8")
    return site


@pytest.fixture(scope="module")
def rules(built_site: Path):  # type: ignore[no-untyped-def]
    return parse_headers(write_headers(built_site).read_text(encoding="utf-8"))


def site_files(site: Path) -> list[str]:
    return sorted(p.relative_to(site).as_posix() for p in site.rglob("*") if p.is_file() and p.name != "_headers")


def test_the_file_is_written_at_the_site_root(built_site: Path) -> None:
    assert write_headers(built_site) == built_site / "_headers"
    assert (built_site / "_headers").is_file()


def test_the_themes_hashed_bundles_are_cached_for_a_year(built_site: Path, rules) -> None:  # type: ignore[no-untyped-def]
    hashed = [name for name in site_files(built_site) if re.search(r"\.[0-9a-f]{8}\.min\.(css|js)$", name)]
    # mkdocs-material ships its stylesheet, palette, script bundle and search worker hashed.
    assert {re.sub(r"\.[0-9a-f]{8}\.", ".#.", name) for name in hashed} >= {
        "assets/stylesheets/main.#.min.css",
        "assets/javascripts/bundle.#.min.js",
    }
    for name in hashed + [name + ".map" for name in hashed if (built_site / (name + ".map")).exists()]:
        assert headers_for(rules, "/" + name).get("cache-control") == [IMMUTABLE_CACHE], name


@pytest.mark.parametrize("url_path", [
    "/",
    "/statements/card-payments/",
    "/404.html",
    "/feed.atom",
    "/feed.json",
    "/api/incidents.json",
    "/search/search_index.json",
    "/sitemap.xml",
])
def test_pages_feeds_and_json_are_rechecked_within_a_minute(rules, url_path: str) -> None:  # type: ignore[no-untyped-def]
    assert headers_for(rules, url_path).get("cache-control") == [SHORT_CACHE]


def test_no_file_gets_two_cache_control_values_and_unhashed_files_are_never_immutable(
    built_site: Path, rules,  # type: ignore[no-untyped-def]
) -> None:
    for name in site_files(built_site):
        values = headers_for(rules, "/" + name).get("cache-control", [])
        assert len(values) <= 1, (name, values)
        if not re.search(r"\.[0-9a-f]{8,}\.min\.(css|js)(\.map)?$", name):
            assert IMMUTABLE_CACHE not in values, name
    # Unversioned assets keep the host's default (revalidated), never a year.
    for name in ("assets/images/favicon.png", "assets/stylesheets/onevoice.css"):
        assert "cache-control" not in headers_for(rules, "/" + name), name


def test_every_response_gets_the_security_headers_once(built_site: Path, rules) -> None:  # type: ignore[no-untyped-def]
    for url_path in ["/", "/statements/card-payments/"] + ["/" + n for n in site_files(built_site)]:
        found = headers_for(rules, url_path)
        assert found.get("x-content-type-options") == ["nosniff"], url_path
        assert found.get("x-frame-options") == ["DENY"], url_path
        # Only what a <meta> policy cannot carry: the page's own policy stays the one in force.
        assert found.get("content-security-policy") == ["frame-ancestors 'none'"], url_path


def test_the_file_is_the_same_bytes_on_every_build(built_site: Path) -> None:
    first = write_headers(built_site).read_bytes()
    second = write_headers(built_site).read_bytes()
    assert first == second
    assert b"\r" not in first


def test_a_site_folder_that_does_not_exist_is_a_clear_error(tmp_path: Path) -> None:
    with pytest.raises(BuildError, match=r"site folder .*nowhere does not exist"):
        write_headers(tmp_path / "nowhere")
