"""The status site: published incidents → a complete static site in a staging directory.

Stages inside: contexts (`context`) → pages (`pages`, with `metadata`) → one mkdocs-material
build per language (`mkdocs_build`; the default language at the root, the others under
`/<lang>/`) → feeds (`feeds`), the Statuspage-compatible API (`statuspage`), `sitemap.xml`
and `robots.txt`. The orchestrator (`generator.publishing.build`) swaps the staging directory in."""

from __future__ import annotations

import posixpath
import shutil
import tempfile
from collections.abc import Callable
from dataclasses import replace
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING

from generator.core.errors import BuildError
from generator.core.languages import KNOWN_LANGUAGES
from generator.core.model import Incident, Settings

if TYPE_CHECKING:
    from generator.rendering.site.pages import PressRenderer

__all__ = ["build_site", "published_incidents"]


def published_incidents(incidents: list[Incident], include_drafts: bool = False) -> list[Incident]:
    """Incidents without their draft translations (an incident left with none is dropped),
    sorted by slug so the output never depends on the order files were found in."""
    kept = []
    for incident in sorted(incidents, key=lambda i: i.slug):
        translations = {lang: s for lang, s in incident.translations.items() if include_drafts or not s.draft}
        if translations:
            kept.append(replace(incident, translations=translations))
    return kept


class _Output:
    """Writes files under the site root only, each once."""

    def __init__(self, root: Path):
        self.root = root.resolve()
        self.written: set[str] = set()
        self.folders: set[Path] = set()  # made (or found) already: one mkdir per folder

    def write(self, relative: str, data: bytes) -> None:
        # Paths come from slugs the reader has already checked; normpath (no system call,
        # unlike resolve()) is enough to refuse `..` and absolute paths all the same.
        normal = posixpath.normpath(relative)
        if normal.startswith(("/", "../")) or normal in ("..", "."):
            raise BuildError(f"refusing to write {relative}: it is outside the site directory")
        if normal in self.written:
            raise BuildError(f"{relative} would be written twice")
        self.written.add(normal)
        target = self.root / normal
        if target.parent not in self.folders:
            target.parent.mkdir(parents=True, exist_ok=True)
            self.folders.add(target.parent)
        target.write_bytes(data)


def site_files(published: list[Incident], settings: Settings, now: datetime) -> dict[str, bytes]:
    """The files of the site that come from the statements alone, by path: the Atom and JSON
    feeds of each language, the history feeds (Atom and RSS, one entry per statement), each
    statement's Atom feed, the status API, the `/incidents/<id>/` pages Statuspage links
    have, the short addresses of SMS copies, and the embed script for the organisation's own
    website."""
    from generator.rendering.site import feeds, statuspage
    from generator.rendering.site.context import lang_prefix
    from generator.rendering.site.redirects import redirect_pages, short_pages
    from generator.core.templates import find_template

    files: dict[str, bytes] = {}
    for lang in settings.languages:
        prefix = lang_prefix(lang, settings)
        entries = feeds.site_entries(published, lang, settings)
        files[f"{prefix}feed.atom"] = feeds.atom_feed(feeds.site_feed_info(lang, prefix, settings, "atom"),
                                                      entries, settings, now)
        files[f"{prefix}feed.json"] = feeds.json_feed(feeds.site_feed_info(lang, prefix, settings, "json"),
                                                      entries, settings)
        history = feeds.history_entries(published, lang, settings)
        files[f"{prefix}history.atom"] = feeds.history_atom(feeds.history_info(lang, prefix, settings, "atom"),
                                                            history, settings, now)
        files[f"{prefix}history.rss"] = feeds.history_rss(feeds.history_info(lang, prefix, settings, "rss"),
                                                          history, settings, now)
    files.update(redirect_pages(published, settings))
    files.update(short_pages(published, settings))
    embed = find_template(settings.root, "site/embed.js")
    if embed is not None:
        files["embed.js"] = embed.read_bytes()
    for incident in published:
        for statement in incident.translations.values():
            entries = feeds.statement_entries(statement, settings)
            path = settings.statement_path(statement.slug, statement.lang) + "feed.atom"
            files[path] = feeds.atom_feed(feeds.statement_feed_info(statement, settings), entries, settings, now)
    for path, data in statuspage.api_files(published, settings, now).items():
        if path in files:
            raise BuildError(f"{path} would be written twice")
        files[path] = data
    return files


def build_site(
    incidents: list[Incident],
    settings: Settings,
    out_dir: Path,
    now: datetime,
    progress: Callable[[str], None] | None = None,
    *,
    strict: bool = False,
    include_drafts: bool = False,
    preview: bool = False,
    press_body: PressRenderer | None = None,
    feed_files: Callable[[], dict[str, bytes]] | None = None,
) -> list[str]:
    """Write the complete site into `out_dir` (an empty staging directory). Drafts are left
    out unless `include_drafts` (the local preview). `preview` relaxes the page policy for
    the live-reload script. Returns mkdocs's warnings; with `strict` they fail the build.
    `feed_files` hands over `site_files(...)` computed elsewhere (the build computes them in
    its second process). Raises `BuildError` (or `RenderError` from a renderer) saying why."""
    from generator.rendering.site.context import lang_prefix
    from generator.rendering.site.metadata import CSP, PREVIEW_CSP, robots_txt, sitemap_xml
    from generator.rendering.site.mkdocs_build import favicon_path, read_user_config, run_mkdocs
    from generator.rendering.site.pages import PageRenderer, PageSettings, bundled_press_body
    from generator.rendering.site.status import site_status

    report = progress or (lambda message: None)
    published = published_incidents(incidents, include_drafts)
    csp = PREVIEW_CSP if preview else CSP
    og_image = settings.site_url + favicon_path(read_user_config(settings))

    report(f"rendering pages for {len(published)} statement(s)")
    renderer = PageRenderer(PageSettings(settings, og_image, csp, now), press_body or bundled_press_body)
    pages = renderer.all_pages(published, site_status(published, settings, now))

    out_dir.mkdir(parents=True, exist_ok=True)
    warnings: list[str] = []
    # mkdocs's docs_dir lives beside the staging directory, never in the user's repository.
    work = Path(tempfile.mkdtemp(prefix=".onevoice-docs-", dir=out_dir.resolve().parent))
    try:
        # The default language first: its build empties out_dir, the others go beneath it.
        for lang in settings.languages:
            report(f"building the {KNOWN_LANGUAGES.get(lang, lang)} site with mkdocs")
            site_dir = out_dir / lang_prefix(lang, settings)
            lang_pages = [page for page in pages if page.lang == lang]
            warnings += run_mkdocs(settings, lang, lang_pages, work / lang, site_dir, csp, strict)
    finally:
        shutil.rmtree(work, ignore_errors=True)

    report("writing feeds, the status API, the sitemap")
    for lang in settings.languages:
        # mkdocs writes one sitemap per language; onevoice writes one for all, with alternates.
        for stale in ("sitemap.xml", "sitemap.xml.gz"):
            (out_dir / lang_prefix(lang, settings) / stale).unlink(missing_ok=True)
    output = _Output(out_dir)
    for path, data in (feed_files() if feed_files else site_files(published, settings, now)).items():
        output.write(path, data)
    output.write("sitemap.xml", sitemap_xml([page.sitemap for page in pages], settings))
    output.write("robots.txt", robots_txt(settings).encode("utf-8"))
    return warnings
