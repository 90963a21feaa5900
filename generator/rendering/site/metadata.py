"""Renderer stage, site part 3: what machines read about each page, and the site-wide files
for crawlers.

In: a page's facts (title, description, canonical path, translations, dates). Out: the
`<head>` fragment (Content-Security-Policy, canonical, hreflang alternates, feed links, Open
Graph, X card, JSON-LD `NewsArticle`), `robots.txt` and `sitemap.xml`. Every value is escaped
by the template or, for JSON-LD, by `json_ld` below."""

from __future__ import annotations

import json
import xml.etree.ElementTree as ET
from dataclasses import dataclass
from datetime import datetime
from typing import cast

from markupsafe import Markup

from generator.core.model import Settings, Statement
from generator.rendering.site.context import PageInfo
from generator.rendering.site.labels import label

# The pages need no script: the theme's JavaScript is left out (see overrides/main.html), so
# the policy forbids every script and every request to another host.
CSP = (
    "default-src 'none'; img-src 'self' data:; style-src 'self'; font-src 'self'; "
    "base-uri 'none'; form-action 'none'"
)
# The local preview (`onevoice serve`) injects mkdocs's live-reload script and polls the server.
PREVIEW_CSP = CSP + "; script-src 'self' 'unsafe-inline'; connect-src 'self'"

OG_LOCALES = {"en": "en_GB", "fr": "fr_FR"}


def og_locale(lang: str, zone: str) -> str:
    """The page's `og:locale`: its language in the site's own country, from the time zone
    (`fr_CH` in Zurich, `fr_CA` and `en_CA` in Toronto), when the language is official there;
    else the language's usual one."""
    from babel import Locale, UnknownLocaleError
    from babel.core import get_global

    territory = get_global("zone_territories").get(zone)
    # (Only a language official there: an English page of a French site is en_GB, never en_FR.)
    official = get_global("territory_languages").get(territory or "", {}).get(lang, {}).get("official_status")
    if territory and official:
        try:
            Locale.parse(f"{lang}_{territory}")
            return f"{lang}_{territory}"
        except (UnknownLocaleError, ValueError):
            pass
    return OG_LOCALES.get(lang, lang)

SITEMAP_NS = "http://www.sitemaps.org/schemas/sitemap/0.9"
XHTML_NS = "http://www.w3.org/1999/xhtml"


@dataclass(frozen=True, slots=True)
class AlternateLink:
    lang: str
    url: str  # absolute


@dataclass(frozen=True, slots=True)
class FeedLink:
    href: str  # site-root-relative
    type: str
    title: str


@dataclass(frozen=True, slots=True)
class HeadContext:
    """`head.html.j2`: the metadata of one page. `page` gives the template its language."""

    page: PageInfo
    site_name: str
    description: str
    canonical: str
    og_type: str  # "article" for statements and press releases, "website" for indexes
    og_image: str
    og_locale: str
    alternates: tuple[AlternateLink, ...]  # every language of this page, itself included
    feeds: tuple[FeedLink, ...]
    json_ld: Markup | None
    csp: str
    published: str | None  # ISO 8601 with offset, articles only
    modified: str | None


def json_ld(data: dict[str, object]) -> Markup:
    """JSON for a `<script type="application/ld+json">` block: `<`, `>` and `&` escaped so
    no value can close the script element."""
    text = json.dumps(data, ensure_ascii=False, separators=(",", ":"))
    text = text.replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026")
    return Markup(text)


def news_article(statement: Statement, settings: Settings, url: str, image: str, description: str) -> Markup:
    """schema.org `NewsArticle` for a statement page: published at its first update,
    modified at its latest change, by the organisation."""
    organisation = {"@type": "Organization", "name": settings.organisation, "url": settings.site_url}
    return json_ld(
        {
            "@context": "https://schema.org",
            "@type": "NewsArticle",
            "headline": statement.title,
            "description": description,
            "inLanguage": statement.lang,
            "url": url,
            "mainEntityOfPage": url,
            "image": [image],
            "datePublished": statement.first_update.at.astimezone(settings.timezone).isoformat(),
            "dateModified": statement.modified.astimezone(settings.timezone).isoformat(),
            "author": organisation,
            "publisher": {**organisation, "logo": {"@type": "ImageObject", "url": image}},
        }
    )


def site_feeds(lang: str, prefix: str) -> tuple[FeedLink, ...]:
    return (
        FeedLink(f"{prefix}feed.atom", "application/atom+xml", label("feed.site", lang)),
        FeedLink(f"{prefix}feed.json", "application/feed+json", label("feed.site_json", lang)),
        FeedLink(f"{prefix}history.rss", "application/rss+xml", label("feed.history_rss", lang)),
    )


def robots_txt(settings: Settings) -> str:
    return f"User-agent: *\nAllow: /\n\nSitemap: {settings.site_url}sitemap.xml\n"


@dataclass(frozen=True, slots=True)
class SitemapEntry:
    path: str  # site-root-relative
    alternates: tuple[tuple[str, str], ...]  # (lang, path) for every language of the page
    modified: datetime | None


def sitemap_xml(entries: list[SitemapEntry], settings: Settings) -> bytes:
    """One sitemap for every language, with hreflang alternates, sorted by URL."""
    ET.register_namespace("", SITEMAP_NS)
    ET.register_namespace("xhtml", XHTML_NS)
    urlset = ET.Element(f"{{{SITEMAP_NS}}}urlset")
    for entry in sorted(entries, key=lambda e: e.path):
        url = ET.SubElement(urlset, f"{{{SITEMAP_NS}}}url")
        ET.SubElement(url, f"{{{SITEMAP_NS}}}loc").text = settings.site_url + entry.path
        if entry.modified:
            lastmod = entry.modified.astimezone(settings.timezone).isoformat(timespec="seconds")
            ET.SubElement(url, f"{{{SITEMAP_NS}}}lastmod").text = lastmod
        if len(entry.alternates) > 1:
            for lang, path in entry.alternates:
                ET.SubElement(
                    url,
                    f"{{{XHTML_NS}}}link",
                    {"rel": "alternate", "hreflang": lang, "href": settings.site_url + path},
                )
    ET.indent(urlset)
    return cast(bytes, ET.tostring(urlset, encoding="utf-8", xml_declaration=True)) + b"\n"
