"""Writer stage, site part 1: the generated pages of one language → a mkdocs-material site.

The user's `mkdocs.yml` is the base; onevoice overrides what its site depends on: a private
`docs_dir` and `site_dir`, the theme's language, system fonts (no font host), its own
`custom_dir`, a short explicit `nav` (statements stay out: the automatic nav is quadratic),
no search plugin (its index is fetched on every page view) and `extra.alternate` for the
language switcher. mkdocs runs in-process; its log is captured, never printed, and a failure
becomes a `BuildError` saying why."""

from __future__ import annotations

import json
import logging
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING, Any

import yaml
from markupsafe import escape

from generator.core.errors import BuildError
from generator.core.languages import KNOWN_LANGUAGES
from generator.core.model import Settings
from generator.rendering.site.context import lang_prefix
from generator.rendering.site.labels import label
from generator.rendering.site.pages import SitePage
from generator.rendering.site.templating import relative_href, template_dirs

if TYPE_CHECKING:
    from jinja2 import BytecodeCache, Environment
    from mkdocs.config.defaults import MkDocsConfig
    from mkdocs.plugins import BasePlugin
    from mkdocs.structure.files import Files
    from mkdocs.structure.nav import Navigation
    from mkdocs.structure.pages import Page
    from mkdocs.utils.templates import TemplateContext

CONFIG_FILE = "mkdocs.yml"
SEARCH_PLUGINS = {"search", "material/search"}
DEFAULT_FAVICON = "assets/images/favicon.png"  # mkdocs-material's default theme.favicon


def read_user_config(settings: Settings) -> dict[str, Any]:
    """The user's mkdocs.yml as data, with mkdocs's own YAML tags (`!ENV`, `!relative`)."""
    from mkdocs.utils.yaml import yaml_load

    path = settings.root / CONFIG_FILE
    try:
        with path.open("rb") as stream:
            data = yaml_load(stream)
    except (OSError, yaml.YAMLError) as error:
        raise BuildError(f"{path}: cannot read the site configuration: {error}") from error
    return data if isinstance(data, dict) else {}


def favicon_path(user_config: dict[str, Any]) -> str:
    theme = user_config.get("theme")
    favicon = theme.get("favicon") if isinstance(theme, dict) else None
    return str(favicon or DEFAULT_FAVICON).lstrip("/")


def _plugins_without_search(plugins: Any) -> list[Any]:
    def name(entry: Any) -> str:
        return next(iter(entry)) if isinstance(entry, dict) else str(entry)

    if isinstance(plugins, dict):
        return [{key: value} for key, value in plugins.items() if key not in SEARCH_PLUGINS]
    return [entry for entry in plugins or [] if name(entry) not in SEARCH_PLUGINS]


def overrides(settings: Settings, user_config: dict[str, Any], lang: str, docs_dir: Path, site_dir: Path,
              strict: bool) -> dict[str, Any]:
    """The values onevoice sets on top of the user's mkdocs.yml for the `lang` site."""
    theme = user_config.get("theme")
    theme = dict(theme) if isinstance(theme, dict) else {"name": theme or "material"}
    custom_dirs = template_dirs(settings, "overrides")
    if not custom_dirs:
        raise BuildError("site_templates/overrides is missing: onevoice's theme overrides cannot be found")
    theme.update(language=lang, font=False, custom_dir=str(custom_dirs[0]))
    if logo_file(settings, lang):
        theme["logo"] = logo_target(settings, lang)

    here = lang_prefix(lang, settings)
    extra = dict(user_config.get("extra") or {})
    extra["alternate"] = [
        {"name": KNOWN_LANGUAGES.get(other, other), "lang": other,
         "link": relative_href(here, lang_prefix(other, settings))}
        for other in settings.languages
    ]
    # The theme's "Made with Material for MkDocs" only when the site asks for it.
    extra.setdefault("generator", False)
    per_language: dict[str, Any] = {"site_name": settings.site_title(lang)}
    footer = settings.footer.get(lang) or settings.footer.get(settings.default_language)
    if footer:
        from generator.core.text import inline_to_html

        per_language["copyright"] = str(inline_to_html(footer))  # sanitised: the theme prints it as HTML
    return {
        **per_language,
        "docs_dir": str(docs_dir),
        "site_dir": str(site_dir),
        "site_url": settings.site_url + here,
        "use_directory_urls": True,
        "theme": theme,
        "plugins": _plugins_without_search(user_config.get("plugins")),
        "nav": [
            {label("nav.home", lang): "index.md"},
            {label("nav.history", lang): "history.md"},
            {label("nav.newsroom", lang): "press/index.md"},
        ],
        "not_in_nav": "/statements/\n/press/*.md",
        "extra": extra,
        "strict": strict,
    }


def logo_file(settings: Settings, lang: str) -> Path | None:
    """The logo image of the `lang` site (settings `logo`), checked to exist by the settings."""
    chosen = settings.logo.get(lang) or settings.logo.get(settings.default_language)
    return settings.root / chosen if chosen else None


def logo_target(settings: Settings, lang: str) -> str:
    """Where the logo goes in each language's site (the theme links to it from every page)."""
    found = logo_file(settings, lang)
    return f"assets/images/logo{found.suffix.lower() if found else ''}"


def docs_source(page: SitePage) -> str:
    """A page as a docs file: front matter, then its HTML (the build takes the HTML from the
    page itself, so Markdown never touches it)."""
    # mkdocs's templates print the title unescaped: hand it over escaped. A JSON string is a
    # YAML double-quoted scalar, and much faster to write than yaml.safe_dump.
    title = json.dumps(str(escape(page.title)), ensure_ascii=False)
    return f"---\ntitle: {title}\nhide: [navigation, toc]\n---\n\n{page.body}"


# The theme's scripts (its bundle, search worker and lunr) are never loaded: the `scripts`
# block of site_templates/overrides/main.html is empty and the page policy forbids scripts.
UNUSED_THEME_FILES = ("assets/javascripts/",)


def theme_bytecode_cache(settings: Settings) -> BytecodeCache | None:
    """Where the theme's compiled templates are kept between language builds and between
    builds: Jinja's own file cache (keyed on each template's source, written atomically) in
    the user's cache folder (`generator.core.cache`), never in the repository: it holds code.
    mkdocs makes a fresh Jinja environment for every build, so without it mkdocs-material's
    templates are compiled again for each language. None when caching is off."""
    from jinja2 import FileSystemBytecodeCache

    from generator.core.cache import cache_folder

    folder = cache_folder(settings.root, "jinja")
    return FileSystemBytecodeCache(str(folder)) if folder is not None else None


def _pages_plugin(pages: list[SitePage], csp: str, bytecode_cache: BytecodeCache | None = None,
                  assets: dict[str, bytes] | None = None) -> BasePlugin[Any]:
    from mkdocs.plugins import BasePlugin
    from mkdocs.structure.files import File

    by_uri = {page.src_uri: page for page in pages}

    # BasePlugin[...] would make a new class at run time: the plain BasePlugin, as mkdocs documents.
    class OnevoicePages(BasePlugin):  # type: ignore[type-arg]
        """Hands the generated pages to mkdocs from memory (no docs files to write and read
        back) and serves each one's HTML and `<head>` to the theme."""

        def on_files(self, files: Files, config: MkDocsConfig) -> Files:
            for file in [f for f in files if f.src_uri.startswith(UNUSED_THEME_FILES)]:
                files.remove(file)
            for page in pages:
                files.append(File.generated(config, page.src_uri, content=docs_source(page)))
            for uri, data in (assets or {}).items():  # the site's logo
                files.append(File.generated(config, uri, content=data))
            return files

        def on_env(self, env: Environment, config: MkDocsConfig, files: Files) -> Environment:
            env.globals["onevoice_csp"] = csp
            if bytecode_cache is not None:
                env.bytecode_cache = bytecode_cache
            return env

        def on_page_markdown(self, markdown: str, page: Page, config: MkDocsConfig, files: Files) -> str:
            return "" if page.file.src_uri in by_uri else markdown

        def on_page_content(self, html: str, page: Page, config: MkDocsConfig, files: Files) -> str:
            found = by_uri.get(page.file.src_uri)
            return str(found.body) if found else html

        def on_page_context(self, context: TemplateContext, page: Page, config: MkDocsConfig,
                            nav: Navigation) -> TemplateContext:
            found = by_uri.get(page.file.src_uri)
            if found:
                context["onevoice_head"] = found.head  # type: ignore[typeddict-unknown-key]  # our theme's key
            return context

    return OnevoicePages()


class _Collected(logging.Handler):
    def __init__(self) -> None:
        super().__init__(logging.WARNING)
        self.records: list[logging.LogRecord] = []

    def emit(self, record: logging.LogRecord) -> None:
        self.records.append(record)


@contextmanager
def _mkdocs_log() -> Iterator[_Collected]:
    """mkdocs logs to the 'mkdocs' logger; collect warnings and errors instead of printing."""
    logger = logging.getLogger("mkdocs")
    handler = _Collected()
    saved = logger.propagate, logger.level
    logger.addHandler(handler)
    logger.propagate = False
    logger.setLevel(logging.WARNING)
    try:
        yield handler
    finally:
        logger.removeHandler(handler)
        logger.propagate, logger.level = saved


def run_mkdocs(settings: Settings, lang: str, pages: list[SitePage], docs_dir: Path, site_dir: Path, csp: str,
               strict: bool = False) -> list[str]:
    """Build the `lang` site into `site_dir` (emptied first by mkdocs). Returns mkdocs's
    warnings; with `strict`, a warning fails the build."""
    from mkdocs.commands.build import build
    from mkdocs.config import load_config

    user_config = read_user_config(settings)
    docs_dir.mkdir(parents=True, exist_ok=True)  # stays empty: the pages come from memory
    with _mkdocs_log() as log:
        try:
            config = load_config(str(settings.root / CONFIG_FILE),
                                 **overrides(settings, user_config, lang, docs_dir, site_dir, strict))
            logo = logo_file(settings, lang)
            assets = {logo_target(settings, lang): logo.read_bytes()} if logo else {}
            config.plugins["onevoice/pages"] = _pages_plugin(pages, csp, theme_bytecode_cache(settings), assets)
            build(config)
        except BuildError:
            raise
        except Exception as error:  # mkdocs, its plugins and Jinja raise many kinds; all mean "not built"
            details = "; ".join(r.getMessage() for r in log.records) or str(error) or type(error).__name__
            raise BuildError(f"mkdocs could not build the '{lang}' site: {details}") from error
    return [record.getMessage() for record in log.records]
