"""What search engines and link previews read: canonical URL, hreflang alternates, Open
Graph and X card tags, JSON-LD NewsArticle, sitemap.xml and robots.txt."""

from __future__ import annotations

import json
import re
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from tests.test_site_support import build, read

SITE = "https://status.calypso-pay.example/"
CARD = "statements/2026-11-20-card-payments/"


@pytest.fixture(scope="module")
def site(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return build(tmp_path_factory.mktemp("meta"))


def meta(html: str, key: str) -> str:
    found = re.findall(rf'<meta (?:property|name)="{re.escape(key)}" content="([^"]*)">', html)
    assert len(found) == 1, (key, found)
    return found[0]


def test_statement_page_has_canonical_alternates_open_graph_and_x_card(site: Path) -> None:
    html = read(site, CARD + "index.html")
    assert f'<link rel="canonical" href="{SITE}{CARD}">' in html
    assert f'<link rel="alternate" hreflang="fr" href="{SITE}fr/{CARD}">' in html
    assert meta(html, "og:title") == "Card payments failing at checkout"
    assert meta(html, "og:type") == "article"
    assert meta(html, "og:url") == SITE + CARD
    assert meta(html, "og:description").startswith("Since 09:12 CET some card payments fail at checkout.")
    assert meta(html, "og:image").startswith(SITE)
    assert meta(html, "twitter:card") == "summary"
    assert meta(html, "twitter:title") == "Card payments failing at checkout"


def test_statement_page_has_a_news_article(site: Path) -> None:
    html = read(site, "fr/" + CARD + "index.html")
    block = re.search(r'<script type="application/ld\+json">(.*?)</script>', html, re.DOTALL)
    assert block
    article = json.loads(block.group(1))
    assert article["@type"] == "NewsArticle"
    assert article["headline"] == "Échec des paiements par carte en caisse"
    assert article["datePublished"] == "2026-11-20T09:20:00+01:00"
    assert article["dateModified"] == "2026-11-20T10:50:00+01:00"
    assert article["inLanguage"] == "fr"
    assert article["author"]["name"] == article["publisher"]["name"] == "Calypso Pay"
    assert article["mainEntityOfPage"] == SITE + "fr/" + CARD


def test_index_pages_are_websites_without_article_markup(site: Path) -> None:
    html = read(site, "index.html")
    assert meta(html, "og:type") == "website"
    assert "application/ld+json" not in html
    assert f'<link rel="canonical" href="{SITE}">' in html
    assert f'<link rel="alternate" hreflang="fr" href="{SITE}fr/">' in html


def test_sitemap_lists_every_page_once_with_alternates(site: Path) -> None:
    ns = {"s": "http://www.sitemaps.org/schemas/sitemap/0.9", "x": "http://www.w3.org/1999/xhtml"}
    root = ET.fromstring((site / "sitemap.xml").read_bytes())
    locs = [u.findtext("s:loc", namespaces=ns) for u in root.findall("s:url", ns)]
    # every page but the /incidents/<id>/ and short /s/<code>/ ones, which only lead to a
    # statement (noindex)
    pages = sorted(p.relative_to(site).as_posix()[: -len("index.html")] for p in site.rglob("index.html")
                   if not p.relative_to(site).as_posix().startswith(("incidents/", "s/")))
    assert sorted(locs) == [SITE + p for p in pages]
    card = next(u for u in root.findall("s:url", ns) if u.findtext("s:loc", namespaces=ns) == SITE + CARD)
    assert card.findtext("s:lastmod", namespaces=ns) == "2026-11-20T10:50:00+01:00"
    assert {(link.get("hreflang"), link.get("href")) for link in card.findall("x:link", ns)} == {
        ("en", SITE + CARD), ("fr", SITE + "fr/" + CARD)}
    assert not (site / "sitemap.xml.gz").exists() and not (site / "fr/sitemap.xml").exists()


def test_robots_allows_crawling_and_names_the_sitemap(site: Path) -> None:
    assert read(site, "robots.txt") == f"User-agent: *\nAllow: /\n\nSitemap: {SITE}sitemap.xml\n"


def test_a_french_page_names_an_organisation_with_its_article() -> None:
    from generator.rendering.site.labels import label

    regie = "Régie des Eaux du Val de Lauzière"
    assert label("meta.home_description", "fr", organisation=regie) == (
        "État et déclarations officielles de la Régie des Eaux du Val de Lauzière.")
    assert label("meta.home_description", "fr", organisation="Halden Bank") == (
        "État et déclarations officielles de Halden Bank.")
    assert "par la Régie des Eaux" in label("meta.history_description", "fr", organisation=regie)
