"""Render-stage Jinja environments for the press release and the crisis documents.

Two environments, never one for everything: Markdown and plain-text outputs use a text
environment (no escaping: the values are already Markdown or plain text), HTML outputs an
autoescaping one. Both use `StrictUndefined`, so a value a template needs and the context
lacks fails loudly instead of leaving an empty slot."""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path

from jinja2 import Environment, FileSystemLoader, StrictUndefined, select_autoescape

from generator.documents.formatting import md_escape

# The templates that ship with onevoice, next to the `generator` package.
BUNDLED_TEMPLATES = Path(__file__).resolve().parents[2] / "site_templates"


def template_dirs(site_root: Path) -> tuple[str, ...]:
    """The site's own `site_templates/` first (a site may override a template), then the
    bundled ones."""
    return tuple(dict.fromkeys([str(site_root / "site_templates"), str(BUNDLED_TEMPLATES)]))


@lru_cache(maxsize=8)
def text_environment(dirs: tuple[str, ...]) -> Environment:
    """For Markdown and plain text. Markdown templates pass field values (names, titles)
    through the `md` filter so they stay literal text."""
    env = Environment(
        loader=FileSystemLoader(list(dirs)),
        autoescape=False,
        undefined=StrictUndefined,
        keep_trailing_newline=True,
        trim_blocks=True,
        lstrip_blocks=True,
    )
    env.filters["md"] = md_escape
    return env


@lru_cache(maxsize=8)
def html_environment(dirs: tuple[str, ...]) -> Environment:
    return Environment(
        loader=FileSystemLoader(list(dirs)),
        autoescape=select_autoescape(default=True, default_for_string=True),
        undefined=StrictUndefined,
        keep_trailing_newline=True,
        trim_blocks=True,
        lstrip_blocks=True,
    )


def render_text(site_root: Path, name: str, **context: object) -> str:
    """Render a Markdown or plain-text template; trailing blank lines collapsed to one newline."""
    rendered = text_environment(template_dirs(site_root)).get_template(name).render(**context)
    return rendered.rstrip("\n") + "\n"


def render_html(site_root: Path, name: str, **context: object) -> str:
    return html_environment(template_dirs(site_root)).get_template(name).render(**context)
