"""Renderer stage, site part 4: the published incidents → every page of the site, per
language, as HTML fragments for mkdocs's docs dir (`site_templates/site/*.j2`).

Per language: the home (`index.md`), the history (`history.md`), the newsroom
(`press/index.md`), and for each statement in that language its page (`statements/<slug>.md`)
and its press page (`press/<slug>.md`). Each page carries its `<head>` metadata."""

from __future__ import annotations

import hashlib
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime, timedelta

from markupsafe import Markup

from generator.core.languages import section_heading
from generator.core.model import Incident, Settings, Statement
from generator.rendering.site import context as ctx
from generator.rendering.site.labels import label
from generator.rendering.site.metadata import (
    og_locale,
    AlternateLink,
    FeedLink,
    HeadContext,
    SitemapEntry,
    news_article,
    site_feeds,
)
from generator.rendering.site.status import SiteStatus, site_status
from generator.rendering.site.templating import render
from generator.core.text import markdown_to_plain
from generator.rendering.moments import french_clock_in, french_clock_of

# The home lists this many resolved statements; the history page lists them all, so the
# home stays light however long the history grows.
HOME_RECENT_LIMIT = 10
# An incident resolved this long before the build stays under the banner with its summary: what
# people must still do (orders to place again, a password to change) is not hidden in the history
# the moment the status turns green.
JUST_RESOLVED = timedelta(hours=24)

PressRenderer = Callable[[Statement, Settings], Markup]

# name -> (path under the language's root, file in its docs dir)
INDEX_PAGES: dict[str, tuple[str, str]] = {
    "home": ("", "index.md"),
    "history": ("history/", "history.md"),
    "newsroom": ("press/", "press/index.md"),
}


@dataclass(frozen=True, slots=True)
class SitePage:
    """One generated page. `src_uri` is its file in its language's docs dir; `path` its
    site-root-relative URL path; `title` plain text (escaped where it is written)."""

    lang: str
    src_uri: str
    path: str
    title: str
    body: Markup
    head: Markup
    sitemap: SitemapEntry


def bundled_press_body(statement: Statement, settings: Settings) -> Markup:
    """The press release's HTML body from `generator.rendering.press` (sanitised there)."""
    from generator.rendering.press import render_press_body

    return render_press_body(statement, settings)


@dataclass(frozen=True)
class PageSettings:
    """Site-wide values every page's metadata needs. `now` is the build's clock: a promise
    past at that moment is marked overdue."""

    settings: Settings
    og_image: str  # absolute URL
    csp: str
    now: datetime | None = None


class PageRenderer:
    """Renders every page of one site build with one Jinja environment."""

    def __init__(self, site: PageSettings, press_body: PressRenderer = bundled_press_body):
        self.site = site
        self.settings = site.settings
        self.press_body = press_body

    # -- shared pieces -------------------------------------------------------------------

    def _page(self, lang: str, path: str, title: str, translations: tuple[ctx.LinkView, ...]) -> ctx.PageInfo:
        prefix = ctx.lang_prefix(lang, self.settings)
        return ctx.PageInfo(lang, path, title, ctx.nav_links(lang, self.settings), translations, f"{prefix}feed.atom")

    def _head(
        self,
        page: ctx.PageInfo,
        description: str,
        alternates: tuple[tuple[str, str], ...],
        feeds: tuple[FeedLink, ...],
        statement: Statement | None = None,
    ) -> Markup:
        settings = self.settings
        canonical = settings.site_url + page.path
        head = HeadContext(
            page=page,
            site_name=settings.site_name,
            description=description,
            canonical=canonical,
            og_type="article" if statement else "website",
            og_image=self.site.og_image,
            og_locale=og_locale(page.lang, str(settings.timezone)),
            alternates=tuple(AlternateLink(lang, settings.site_url + path) for lang, path in alternates),
            feeds=feeds,
            json_ld=news_article(statement, settings, canonical, self.site.og_image, description) if statement else None,
            csp=self.site.csp,
            published=statement.first_update.at.astimezone(settings.timezone).isoformat() if statement else None,
            modified=statement.modified.astimezone(settings.timezone).isoformat() if statement else None,
        )
        return Markup(render(self.settings, "head.html.j2", head))

    def _index_alternates(self, suffix: str) -> tuple[tuple[str, str], ...]:
        return tuple((lang, ctx.lang_prefix(lang, self.settings) + suffix) for lang in self.settings.languages)

    def _index_page(self, name: str, lang: str, build_context: Callable[[ctx.PageInfo], object],
                    modified: datetime | None) -> SitePage:
        """One of `INDEX_PAGES` in `lang`: labels `<name>.title` and `meta.<name>_description`,
        template `<name>.html.j2`."""
        settings = self.settings
        suffix, src_uri = INDEX_PAGES[name]
        prefix = ctx.lang_prefix(lang, settings)
        path = prefix + suffix
        page = self._page(lang, path, label(f"{name}.title", lang),
                          ctx.same_page_in(settings.languages, lang, settings, suffix))
        alternates = self._index_alternates(suffix)
        description = label(f"meta.{name}_description", lang, organisation=settings.organisation_in(lang))
        head = self._head(page, description, alternates, site_feeds(lang, prefix))
        body = Markup(render(settings, f"{name}.html.j2", build_context(page)))
        return SitePage(lang, src_uri, path, page.title, body, head, SitemapEntry(path, alternates, modified))

    # -- the pages -----------------------------------------------------------------------

    def index_pages(self, incidents: list[Incident], lang: str, status: SiteStatus | None = None) -> list[SitePage]:
        """Home, history and newsroom in `lang`, their times named as the statements name their
        clock (« heure britannique »)."""
        said = " ".join(section.text for s in ctx.newest_first(incidents, lang) for section in s.sections)
        with french_clock_in(said):
            return self._index_pages(incidents, lang, status)

    def _index_pages(self, incidents: list[Incident], lang: str, status: SiteStatus | None = None) -> list[SitePage]:
        from generator.rendering.site import home as home_views

        settings = self.settings
        now = self.site.now
        status = status or site_status(incidents, settings, now or datetime.now().astimezone())
        ongoing, upcoming, history = ctx.ongoing_first(incidents, lang)
        newest = ctx.newest_first(incidents, lang)
        modified = max((s.modified for s in newest), default=None)

        listed = {s.slug: ctx.listing_item(s, lang, settings, now) for s in newest}  # once per statement

        def items(statements: list[Statement]) -> tuple[ctx.ListingItem, ...]:
            return tuple(listed[s.slug] for s in statements)

        prefix = ctx.lang_prefix(lang, settings)
        clock = now or datetime.now().astimezone()
        just_resolved = [s for s in history if s.resolved_at is not None and not s.maintenance
                         and timedelta(0) <= clock - s.resolved_at <= JUST_RESOLVED]
        older = [s for s in history if s not in just_resolved]
        home = self._index_page("home", lang, lambda page: home_views.HomeContext(
            page, home_views.banner(status, len(ongoing), settings, lang, {s.slug: s.title for s in ongoing}), items(ongoing),
            items(just_resolved), home_views.component_groups(status, settings, lang), items(upcoming),
            ctx.by_month(items(older[:HOME_RECENT_LIMIT])), f"{prefix}history/",
            len(older) > HOME_RECENT_LIMIT, home_views.follow_links(lang, settings)), modified)
        history_page = self._index_page("history", lang, lambda page: ctx.HistoryContext(
            page, ctx.by_month(items(newest))), modified)
        pressed = [s for s in newest if s.wants_press_release]
        newsroom = self._index_page("newsroom", lang, lambda page: ctx.NewsroomContext(page, items(pressed)),
                                    modified)
        return [home, history_page, newsroom]

    def statement_pages(self, incident: Incident, lang: str) -> list[SitePage]:
        """The statement page and the press page of `incident` in `lang` (it exists in it), its
        times named as its own text names its clock (« heure britannique »)."""
        with french_clock_of(incident.translations[lang]):
            return self._statement_pages(incident, lang)

    def _statement_pages(self, incident: Incident, lang: str) -> list[SitePage]:
        from generator.rendering.overtaken import summary_overtaken

        settings = self.settings
        statement = incident.translations[lang]
        prefix = ctx.lang_prefix(lang, settings)
        # (A summary a later update overtook is no description: search results and shared links
        # would carry "three units" after the page said five.)
        overtaken = self.site.now is not None and summary_overtaken(statement, self.site.now, settings.timezone)
        description = markdown_to_plain(statement.last_update.text if overtaken else statement.summary)
        feeds = site_feeds(lang, prefix)

        path = ctx.statement_path(incident.slug, lang, settings)
        alternates = tuple((other, ctx.statement_path(incident.slug, other, settings)) for other in incident.translations)
        page = self._page(lang, path, statement.title, ctx.translation_links(incident, lang, settings))
        statement_feed = ctx.statement_feed_path(incident.slug, lang, settings)
        own_feed = FeedLink(statement_feed, "application/atom+xml", label("feed.statement", lang))
        head = self._head(page, description, alternates, (*feeds, own_feed), statement)
        body = render(self.settings, "statement.html.j2", ctx.StatementContext(
            page, ctx.statement_view(statement, settings, self.site.now), section_heading("summary", lang),
            statement_feed, prefix, statement.wants_press_release))
        statement_page = SitePage(lang, f"statements/{incident.slug}.md", path, statement.title, Markup(body), head,
                                  SitemapEntry(path, alternates, statement.modified))
        if not statement.wants_press_release:  # a maintenance notice, unless it asks for one
            return [statement_page]

        press = ctx.press_path(incident.slug, lang, settings)
        press_alternates = tuple((other, ctx.press_path(incident.slug, other, settings)) for other in incident.translations)
        press_title = label("press.page_title", lang, title=statement.title)
        press_info = self._page(lang, press, press_title, ctx.translation_links(incident, lang, settings, press=True))
        press_head = self._head(press_info, description, press_alternates, feeds, statement)
        press_body = render(self.settings, "press.html.j2", ctx.PressContext(
            press_info, ctx.listing_item(statement, lang, settings), self.press_body(statement, settings)))
        press_page = SitePage(lang, f"press/{incident.slug}.md", press, press_title, Markup(press_body), press_head,
                              SitemapEntry(press, press_alternates, statement.modified))
        return [statement_page, press_page]

    def all_pages(self, incidents: list[Incident], status: SiteStatus | None = None) -> list[SitePage]:
        """Every page. A statement's two pages depend only on its incident's files, the site
        and onevoice (`generator.core.cache.incident_key`), so they come from the user's cache when none changed;
        the index pages list every statement and are always rendered."""
        from generator.core.cache import EntryStore, cache_folder, incident_key, site_stamp

        variant = hashlib.sha256(f"{self.site.csp}\0{self.site.og_image}\0"
                                 f"{getattr(self.press_body, '__qualname__', '')}".encode()).hexdigest()[:12]
        store = EntryStore(cache_folder(self.settings.root, f"pages-{variant}"))
        stamp = site_stamp(self.settings.root) if store.folder is not None else ""
        pages: list[SitePage] = []
        now = self.site.now
        for lang in self.settings.languages:
            pages.extend(self.index_pages(incidents, lang, status))
            for incident in incidents:
                if lang not in incident.translations:
                    continue
                # A page links to its translations: every file of the incident is in the key,
                # and so is what the clock changes on it (an overdue promise, a passed deadline).
                key = incident_key(incident, stamp, lang,
                                   per_statement=lambda s: ctx.clock_state(s, self.settings, now)) if stamp else None
                found = store.get(key) if key else None
                if found is None:
                    found = self.statement_pages(incident, lang)
                    if key:
                        store.put(key, found)
                pages.extend(found)
        store.prune()
        return pages
