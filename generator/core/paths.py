"""Where onevoice's own files are, and how paths appear in messages."""

from __future__ import annotations

import os
import re
from pathlib import Path

# In a wheel the default templates are the package data `generator/site_templates/`; in a
# source checkout (editable install) they are the repository's top-level `site_templates/`.
PACKAGE = Path(__file__).resolve().parent.parent  # generator/
PACKAGED_TEMPLATES = (PACKAGE / "site_templates" if (PACKAGE / "site_templates").is_dir()
                      else PACKAGE.parent / "site_templates")


def display_path(path: Path) -> str:
    """Relative to the current folder when inside it (what editors and GitHub annotations
    expect), else absolute."""
    try:
        relative = os.path.relpath(path)
    except ValueError:
        return str(path)
    return str(path) if relative.startswith("..") else relative


def slugs_with_words(given: str, slugs: list[str]) -> list[str]:
    """The names that contain `given` as whole words. Whole words only: "card" names
    card-payments, never retard-cartes (a typo in a crisis must not land on another statement)."""
    words = re.compile(rf"(?:^|-){re.escape(given.casefold().strip('-'))}(?:-|$)")
    return [slug for slug in slugs if words.search(slug)]
