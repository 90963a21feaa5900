"""Helpers for the site tests (no tests here): build the sample site, or the samples plus
extra statement files, into a temporary folder with the clock fixed."""

from __future__ import annotations

import shutil
from datetime import datetime
from pathlib import Path

import pytest

from tests.conftest import REPO, SAMPLE_NOW

SAMPLE_MOMENT = datetime.fromisoformat(SAMPLE_NOW)


def make_root(dest: Path, extra: dict[str, str] | None = None, drop: tuple[str, ...] = ()) -> Path:
    """A site root: the repository's mkdocs.yml, statements and templates, plus `extra`
    statement files (name → text), minus the statement files named in `drop`."""
    root = dest / "root"
    root.mkdir(parents=True)
    shutil.copy(REPO / "mkdocs.yml", root / "mkdocs.yml")
    shutil.copytree(REPO / "statements", root / "statements")
    shutil.copytree(REPO / "site_templates", root / "site_templates")
    for name in drop:
        (root / "statements" / name).unlink()
    for name, text in (extra or {}).items():
        (root / "statements" / name).write_text(text, encoding="utf-8")
    return root


def build(dest: Path, extra: dict[str, str] | None = None, drop: tuple[str, ...] = (), **options) -> Path:  # type: ignore[no-untyped-def]
    """Build the site for a root made by `make_root`; returns the site folder."""
    from generator.reader import load_incidents
    from generator.settings import load_settings
    from generator.site import build_site

    root = make_root(dest, extra, drop)
    with pytest.MonkeyPatch.context() as patch:
        patch.setenv("ONEVOICE_NOW", SAMPLE_NOW)
        settings = load_settings(root)
        incidents, problems = load_incidents(settings, now=SAMPLE_MOMENT)
        errors = [p.format() for p in problems if p.severity == "error"]
        assert not errors, errors
        out = dest / "site"
        build_site(incidents, settings, out, SAMPLE_MOMENT, **options)
    return out


def read(site: Path, relative: str) -> str:
    return (site / relative).read_text(encoding="utf-8")


STATEMENT = """---
title: {title}
severity: {severity}
started: 2026-11-19 08:00
{extra}---

## Summary
{summary}

## Updates

### 2026-11-19 09:00 · {status}
{update}
"""


def statement(title: str = "Test statement", severity: str = "minor", status: str = "investigating",
              summary: str = "Something is wrong and we are on it.", update: str = "We are investigating.",
              extra: str = "") -> str:
    return STATEMENT.format(title=title, severity=severity, status=status, summary=summary, update=update,
                            extra=extra)
