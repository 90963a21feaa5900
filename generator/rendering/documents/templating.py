"""Render-stage template calls for the press release and the crisis documents, through the
project's one environment factory (`generator.core.templates`): the text environment for Markdown
and plain text, the autoescaping one for HTML, both with `StrictUndefined`.

Markdown templates get `md(value)`, which keeps a field value (title, name) literal text."""

from __future__ import annotations

from pathlib import Path

from generator.rendering.documents.formatting import md_escape
from generator.core.templates import html_environment, text_environment


def render_text(site_root: Path, name: str, **context: object) -> str:
    """Render a Markdown or plain-text template; the output ends with exactly one newline."""
    rendered = text_environment(site_root).get_template(name).render(md=md_escape, **context)
    return rendered.rstrip("\n") + "\n"


def render_html(site_root: Path, name: str, **context: object) -> str:
    return html_environment(site_root).get_template(name).render(**context)
