"""Where onevoice's own files are, and how paths appear in messages."""

from __future__ import annotations

import os
from pathlib import Path

# In a wheel the default templates are the package data `generator/site_templates/`; in a
# source checkout (editable install) they are the repository's top-level `site_templates/`.
PACKAGE = Path(__file__).resolve().parent
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
