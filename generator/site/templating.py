"""Renderer stage, site part 2: the one Jinja environment for the site's generated pages.

HTML only, so autoescape is always on; `StrictUndefined` makes a missing value fail the
build instead of leaving a blank on a crisis page. Templates live in
`site_templates/site/` (the site root's copy first, then the one shipped with onevoice)."""

from __future__ import annotations

import posixpath
from pathlib import Path
from typing import Any

from jinja2 import ChoiceLoader, Environment, FileSystemLoader, StrictUndefined, pass_context
from jinja2.runtime import Context

from generator.model import Settings
from generator.site.labels import label

# Templates shipped with onevoice (the repository's site_templates/, next to the package).
BUNDLED_TEMPLATES = Path(__file__).resolve().parent.parent.parent / "site_templates"


def template_dirs(settings: Settings, part: str) -> list[Path]:
    """`site_templates/<part>` folders to search: the site's own first, then onevoice's."""
    candidates = [settings.root / "site_templates" / part, BUNDLED_TEMPLATES / part]
    unique: list[Path] = []
    for candidate in candidates:
        if candidate.is_dir() and candidate.resolve() not in [u.resolve() for u in unique]:
            unique.append(candidate)
    return unique


def relative_href(from_path: str, to_path: str) -> str:
    """Link from the page at `from_path` to `to_path` (both site-root-relative, pages end
    with '/'): relative, so the site works under any prefix and in the local preview."""
    start = from_path.rstrip("/") or "."
    target = to_path.rstrip("/") or "."
    link = posixpath.relpath(target, start)
    if to_path.endswith("/") or to_path == "":
        link = "./" if link == "." else link + "/"
    return link


@pass_context
def _translate(context: Context, key: str, **values: str) -> str:
    return label(key, context["page"].lang, **values)


@pass_context
def _href(context: Context, path: str) -> str:
    return relative_href(context["page"].path, path)


def site_environment(settings: Settings) -> Environment:
    env = Environment(
        loader=ChoiceLoader([FileSystemLoader(str(d)) for d in template_dirs(settings, "site")]),
        autoescape=True,
        undefined=StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
        keep_trailing_newline=True,
    )
    env.globals["t"] = _translate
    env.filters["href"] = _href
    return env


def render(env: Environment, template: str, context: Any) -> str:
    """Render `template` with a context dataclass: its fields become template variables."""
    variables = {name: getattr(context, name) for name in context.__dataclass_fields__}
    return env.get_template(template).render(variables)
