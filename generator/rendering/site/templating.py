"""Renderer stage, site part 2: rendering the site's page templates (`site_templates/site/`)
with the project's HTML environment (`generator.core.templates`: autoescape, StrictUndefined).

Each render gets two helpers bound to the page being rendered: `t(key)`, a label in the
page's language, and `href(path)`, a relative link from the page to a site path."""

from __future__ import annotations

import functools
import posixpath
from pathlib import Path
from typing import Any

from generator.core.model import Settings
from generator.rendering.site.labels import label
from generator.core.templates import html_environment
from generator.core.templates import template_dirs as all_template_dirs


def template_dirs(settings: Settings, part: str) -> list[Path]:
    """`site_templates/<part>` folders, the site's own first, then onevoice's."""
    return [folder / part for folder in all_template_dirs(settings.root) if (folder / part).is_dir()]


@functools.lru_cache(maxsize=8192)  # every page links to the same few places
def relative_href(from_path: str, to_path: str) -> str:
    """Link from the page at `from_path` to `to_path` (both site-root-relative, pages end
    with '/'): relative, so the site works under any prefix and in the local preview."""
    start = from_path.rstrip("/") or "."
    target = to_path.rstrip("/") or "."
    link = posixpath.relpath(target, start)
    if to_path.endswith("/") or to_path == "":
        link = "./" if link == "." else link + "/"
    return link


def render(settings: Settings, template: str, context: Any) -> str:
    """Render `site/<template>` with a context dataclass: its fields become template
    variables; `context.page` (a `PageInfo`) gives the language and the page's path."""
    page = context.page
    variables = {name: getattr(context, name) for name in context.__dataclass_fields__}
    variables["t"] = lambda key, **values: label(key, page.lang, **values)
    variables["href"] = lambda path: relative_href(page.path, path)
    return html_environment(settings.root).get_template(f"site/{template}").render(variables)
