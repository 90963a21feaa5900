"""Renderer stage, site part 5: statements → feeds. One entry per update (not one per
statement), so a reader subscribed to the site or to one statement sees every new update.

Atom (RFC 4287) through feedgen, for the site in each language and for each statement;
JSON Feed 1.1 for the site in each language. Times carry the site zone's offset; a feed's
`updated` is its newest entry's, so the same statements give the same bytes."""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import datetime
from typing import TYPE_CHECKING, cast

from markupsafe import Markup

from generator.core.languages import status_label
from generator.core.model import Incident, Settings, Statement
from generator.rendering.site.context import html_of, pick_statement, update_anchor
from generator.rendering.site.labels import label
from generator.reading.kinds import kind

if TYPE_CHECKING:
    from feedgen.feed import FeedGenerator

JSON_FEED_VERSION = "https://jsonfeed.org/version/1.1"
# The site feeds carry the newest updates only (feed readers poll them often; the history is on
# the site and in each statement's own feed, which carries all of its updates).
SITE_FEED_LIMIT = 100


@dataclass(frozen=True, slots=True)
class FeedEntry:
    """One update of one statement, as both feed formats carry it."""

    id: str
    url: str
    title: str
    lang: str
    published: datetime
    updated: datetime
    content_html: Markup
    status: str
    severity: str


@dataclass(frozen=True, slots=True)
class FeedInfo:
    """What a whole feed says about itself. URLs are absolute."""

    title: str
    subtitle: str
    lang: str
    self_url: str
    home_url: str


def statement_entries(statement: Statement, settings: Settings) -> list[FeedEntry]:
    url = settings.statement_url(statement.slug, statement.lang)
    entries = []
    for update in statement.updates:
        parts = [html_of(update.text)]
        for correction in sorted(update.corrections, key=lambda c: c.at):
            heading = label("statement.correction", statement.lang)
            parts.append(Markup("<p><strong>{}</strong></p>").format(heading))
            parts.append(html_of(correction.text))
        status = status_label(update.status.value, statement.lang, kind(statement))
        entries.append(
            FeedEntry(
                id=f"{url}#{update_anchor(update)}",
                url=f"{url}#{update_anchor(update)}",
                title=label("feed.entry_title", statement.lang, status=status, title=statement.title),
                lang=statement.lang,
                published=update.at.astimezone(settings.timezone),
                updated=update.modified.astimezone(settings.timezone),
                content_html=Markup("\n").join(parts),
                status=update.status.value,
                severity=statement.severity.value,
            )
        )
    postmortem = statement.postmortem
    if postmortem is not None and statement.postmortem_at is not None:
        at = statement.postmortem_at.astimezone(settings.timezone)
        entries.append(
            FeedEntry(
                id=f"{url}#postmortem",
                url=f"{url}#postmortem",
                title=label("feed.postmortem_title", statement.lang, title=statement.title),
                lang=statement.lang,
                published=at,
                updated=at,
                content_html=html_of(postmortem.text),
                status="postmortem",
                severity=statement.severity.value,
            )
        )
    return entries


def newest_first(entries: list[FeedEntry]) -> list[FeedEntry]:
    return sorted(entries, key=lambda e: (-e.updated.timestamp(), -e.published.timestamp(), e.id))


def site_entries(incidents: list[Incident], lang: str, settings: Settings) -> list[FeedEntry]:
    """The newest `SITE_FEED_LIMIT` updates of all statements, each statement in `lang` when
    it exists in it."""
    entries = [e for incident in incidents for e in statement_entries(pick_statement(incident, lang), settings)]
    return newest_first(entries)[:SITE_FEED_LIMIT]


def atom_feed(info: FeedInfo, entries: list[FeedEntry], settings: Settings, now: datetime) -> bytes:
    from feedgen.feed import FeedGenerator

    feed = FeedGenerator()
    feed.id(info.self_url)
    feed.title(info.title)
    feed.subtitle(info.subtitle)
    feed.language(info.lang)
    feed.author({"name": settings.organisation, "uri": settings.site_url})
    feed.link(href=info.self_url, rel="self", type="application/atom+xml")
    feed.link(href=info.home_url, rel="alternate", type="text/html")
    feed.updated(max((e.updated for e in entries), default=now.astimezone(settings.timezone)))
    for entry in entries:
        item = feed.add_entry(order="append")
        item.id(entry.id)
        item.title(entry.title)
        item.link(href=entry.url, rel="alternate", type="text/html")
        item.published(entry.published)
        item.updated(entry.updated)
        item.content(str(entry.content_html), type="html")
        item.category(term=entry.status)
    return cast(bytes, feed.atom_str(pretty=True))


def json_feed(info: FeedInfo, entries: list[FeedEntry], settings: Settings) -> bytes:
    """JSON Feed 1.1 (https://jsonfeed.org/version/1.1)."""
    document = {
        "version": JSON_FEED_VERSION,
        "title": info.title,
        "home_page_url": info.home_url,
        "feed_url": info.self_url,
        "description": info.subtitle,
        "language": info.lang,
        "authors": [{"name": settings.organisation, "url": settings.site_url}],
        "items": [
            {
                "id": entry.id,
                "url": entry.url,
                "title": entry.title,
                "content_html": str(entry.content_html),
                "date_published": entry.published.isoformat(),
                "date_modified": entry.updated.isoformat(),
                "language": entry.lang,
                "tags": [entry.status, entry.severity],
            }
            for entry in entries
        ],
    }
    return (json.dumps(document, ensure_ascii=False, indent=2) + "\n").encode("utf-8")


def site_feed_info(lang: str, prefix: str, settings: Settings, extension: str) -> FeedInfo:
    return FeedInfo(
        title=f"{settings.site_name}: {label('feed.site', lang)}",
        subtitle=label("feed.subtitle", lang, organisation=settings.organisation_in(lang)),
        lang=lang,
        self_url=f"{settings.site_url}{prefix}feed.{extension}",
        home_url=settings.site_url + prefix,
    )


def statement_feed_info(statement: Statement, settings: Settings) -> FeedInfo:
    url = settings.statement_url(statement.slug, statement.lang)
    return FeedInfo(
        title=statement.title,
        subtitle=label("feed.statement", statement.lang),
        lang=statement.lang,
        self_url=f"{url}feed.atom",
        home_url=url,
    )


# -- /history.atom and /history.rss: one entry per statement, as Statuspage pages have ------

HISTORY_LIMIT = 50  # the most recently changed statements


@dataclass(frozen=True, slots=True)
class HistoryEntry:
    """One statement, its whole timeline as the entry's content."""

    id: str
    url: str
    title: str
    lang: str
    published: datetime  # its first update
    updated: datetime  # its last change
    content_html: Markup
    status: str


def _timeline_html(statement: Statement, settings: Settings) -> Markup:
    """Every update, newest first: its time, its status in words, its text, its corrections."""
    from generator.rendering.site.labels import human_datetime

    parts = []
    for update in statement.updates:
        when = human_datetime(update.at, settings.timezone, statement.lang)
        status = status_label(update.status.value, statement.lang, kind(statement))
        parts.append(Markup("<p><small>{}</small><br><strong>{}</strong></p>").format(when, status))
        parts.append(html_of(update.text))
        for correction in sorted(update.corrections, key=lambda c: c.at):
            heading = label("statement.correction", statement.lang)
            moment = human_datetime(correction.at, settings.timezone, statement.lang)
            parts.append(Markup("<p><strong>{}</strong>, {}</p>").format(heading, moment))
            parts.append(html_of(correction.text))
    return Markup("\n").join(parts)


def history_entries(incidents: list[Incident], lang: str, settings: Settings) -> list[HistoryEntry]:
    """The `HISTORY_LIMIT` statements changed last, each in `lang` when it exists in it."""
    entries = []
    for incident in incidents:
        statement = pick_statement(incident, lang)
        url = settings.statement_url(statement.slug, statement.lang)
        entries.append(HistoryEntry(
            id=url, url=url, title=statement.title, lang=statement.lang,
            published=statement.first_update.at.astimezone(settings.timezone),
            updated=statement.modified.astimezone(settings.timezone),
            content_html=_timeline_html(statement, settings), status=statement.status.value))
    entries.sort(key=lambda e: (-e.updated.timestamp(), e.id))
    return entries[:HISTORY_LIMIT]


def history_info(lang: str, prefix: str, settings: Settings, extension: str) -> FeedInfo:
    return FeedInfo(
        title=f"{settings.site_title(lang)}: {label('feed.history', lang)}",
        subtitle=label("feed.history_subtitle", lang, organisation=settings.organisation_in(lang)),
        lang=lang,
        self_url=f"{settings.site_url}{prefix}history.{extension}",
        home_url=settings.site_url + prefix,
    )


def _history_feed(info: FeedInfo, entries: list[HistoryEntry], settings: Settings, now: datetime,
                  rss: bool) -> FeedGenerator:
    from feedgen.feed import FeedGenerator

    feed = FeedGenerator()
    feed.id(info.self_url)
    feed.title(info.title)
    feed.subtitle(info.subtitle)  # RSS's <description>
    feed.language(info.lang)
    feed.author({"name": settings.organisation, "uri": settings.site_url})
    # feedgen makes RSS's <link> of the last link given: the page, not the feed itself.
    feed.link(href=info.self_url, rel="self")
    feed.link(href=info.home_url, rel="alternate", type="text/html")
    newest = max((e.updated for e in entries), default=now.astimezone(settings.timezone))
    feed.updated(newest)
    feed.lastBuildDate(newest)  # not the build's clock: the same statements give the same bytes
    for entry in entries:
        item = feed.add_entry(order="append")
        item.id(entry.id)
        item.guid(entry.id, permalink=True)
        item.title(entry.title)
        item.link(href=entry.url, rel="alternate", type="text/html")
        item.published(entry.published)
        item.updated(entry.updated)
        if rss:  # RSS readers show <description>; in Atom it would replace the typed <content>
            item.description(str(entry.content_html))
        else:
            item.content(str(entry.content_html), type="html")
        item.category(term=entry.status)
    return feed


def history_atom(info: FeedInfo, entries: list[HistoryEntry], settings: Settings, now: datetime) -> bytes:
    return cast(bytes, _history_feed(info, entries, settings, now, rss=False).atom_str(pretty=True))


def history_rss(info: FeedInfo, entries: list[HistoryEntry], settings: Settings, now: datetime) -> bytes:
    """RSS 2.0."""
    return cast(bytes, _history_feed(info, entries, settings, now, rss=True).rss_str(pretty=True))
