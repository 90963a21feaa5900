"""Where templates come from: the site's own `site_templates/` first (an organisation
overrides or adds templates there), then the defaults shipped with onevoice. One factory
per kind of output: autoescaping for HTML, plain for text, both with StrictUndefined."""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path

import re

import jinja2
from markupsafe import Markup, escape

from generator.core.paths import PACKAGED_TEMPLATES as PACKAGED  # the defaults' folder


@lru_cache(maxsize=64)
def _resolved(path: Path) -> Path:
    return path.resolve()


def template_dirs(root: Path | None) -> list[Path]:
    """Search path: the site's folder, then the packaged defaults (the same folder when
    onevoice runs from its own repository). Looked up on every call (one `stat`), so a
    folder created while `onevoice serve` runs is seen at the next rebuild."""
    dirs = []
    if root is not None and (root / "site_templates").is_dir():
        dirs.append(_resolved(root / "site_templates"))
    if _resolved(PACKAGED) not in dirs:
        dirs.append(_resolved(PACKAGED))
    return dirs


@lru_cache(maxsize=16)
def _environment(dirs: tuple[Path, ...], html: bool) -> jinja2.Environment:
    environment = jinja2.Environment(
        loader=jinja2.FileSystemLoader([str(d) for d in dirs]),
        autoescape=html,
        undefined=jinja2.StrictUndefined,
        keep_trailing_newline=True,
        trim_blocks=True,
        lstrip_blocks=True,
    )
    environment.filters["linked"] = linked
    return environment


_ADDRESS = re.compile(r"https?://[^\s()<>]+[^\s()<>.,;:!?»”'\"]")


def linked(text: str) -> Markup:
    """Plain text for an HTML part: escaped, with its web addresses clickable again."""
    out: list[str] = []
    position = 0
    for match in _ADDRESS.finditer(text):
        out.append(str(escape(text[position:match.start()])))
        out.append(f'<a href="{escape(match.group(0))}">{escape(match.group(0))}</a>')
        position = match.end()
    out.append(str(escape(text[position:])))
    return Markup("".join(out))


def html_environment(root: Path | None) -> jinja2.Environment:
    return _environment(tuple(template_dirs(root)), True)


def text_environment(root: Path | None) -> jinja2.Environment:
    return _environment(tuple(template_dirs(root)), False)


def find_template(root: Path | None, relative: str) -> Path | None:
    for folder in template_dirs(root):
        if (folder / relative).is_file():
            return folder / relative
    return None


def available(root: Path | None, folder: str, suffix: str) -> list[str]:
    names: set[str] = set()
    for base in template_dirs(root):
        if (base / folder).is_dir():
            names.update(p.name[: -len(suffix)] for p in (base / folder).iterdir() if p.name.endswith(suffix))
    return sorted(names)
