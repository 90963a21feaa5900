"""Helpers for the site tests (no tests here): build the sample site, or the samples plus
extra statement files, into a temporary folder with the clock fixed."""

from __future__ import annotations

import shutil
from collections.abc import Callable
from datetime import datetime
from pathlib import Path

import pytest

from tests.conftest import REPO, SAMPLE_NOW

SAMPLE_MOMENT = datetime.fromisoformat(SAMPLE_NOW)


def make_root(dest: Path, extra: dict[str, str] | None = None, drop: tuple[str, ...] = (),
              config: Callable[[str], str] | None = None) -> Path:
    """A site root: the repository's mkdocs.yml (changed by `config`, given its text),
    statements and templates, plus `extra` statement files (name → text), minus the statement
    files named in `drop`."""
    root = dest / "root"
    root.mkdir(parents=True)
    shutil.copy(REPO / "mkdocs.yml", root / "mkdocs.yml")
    if config is not None:
        (root / "mkdocs.yml").write_text(config((root / "mkdocs.yml").read_text("utf-8")), encoding="utf-8")
    shutil.copytree(REPO / "statements", root / "statements")
    shutil.copytree(REPO / "site_templates", root / "site_templates")
    for name in drop:
        (root / "statements" / name).unlink()
    for name, text in (extra or {}).items():
        (root / "statements" / name).write_text(text, encoding="utf-8")
    return root


def build(dest: Path, extra: dict[str, str] | None = None, drop: tuple[str, ...] = (),  # type: ignore[no-untyped-def]
          now: datetime = SAMPLE_MOMENT, config: Callable[[str], str] | None = None, headers: bool = False,
          **options) -> Path:
    """Build the site for a root made by `make_root` with the clock at `now`; returns the
    site folder. `headers`: write `_headers` too, as `onevoice build` does."""
    return build_root(make_root(dest, extra, drop, config), dest / "site", now, headers, **options)


def build_root(root: Path, out: Path, now: datetime = SAMPLE_MOMENT, headers: bool = False,  # type: ignore[no-untyped-def]
               **options) -> Path:
    """Build the site of an existing site root into `out` with the clock at `now`."""
    from generator.publishing.hosting import write_headers
    from generator.reading.reader import load_incidents
    from generator.reading.settings import load_settings
    from generator.rendering.site import build_site

    with pytest.MonkeyPatch.context() as patch:
        patch.setenv("ONEVOICE_NOW", now.isoformat())
        settings = load_settings(root)
        incidents, problems = load_incidents(settings, now=now)
        errors = [p.format() for p in problems if p.severity == "error"]
        assert not errors, errors
        build_site(incidents, settings, out, now, **options)
        if headers:
            write_headers(out)
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


MAINTENANCE = """---
title: {title}
kind: maintenance
started: {started}
scheduled_for: {start}
scheduled_until: {end}
affected: [{affected}]
{extra}---

## Summary
{summary}

## Updates

{updates}
"""


def maintenance(title: str = "Database upgrade", started: str = "2026-11-19 10:00",
                start: str = "2026-11-24 22:00", end: str = "2026-11-25 01:00",
                affected: str = "Online payments, Payouts",
                summary: str = "We will upgrade the payments database; online payments may pause for ten minutes.",
                updates: tuple[tuple[str, str, str], ...] = (("2026-11-19 10:00", "scheduled", "Planned."),),
                extra: str = "") -> str:
    """A maintenance statement; `updates` are (time, status word, text), newest first."""
    timeline = "\n\n".join(f"### {at} · {word}\n{text}" for at, word, text in updates)
    return MAINTENANCE.format(title=title, started=started, start=start, end=end, affected=affected,
                              summary=summary, updates=timeline, extra=extra)


def _before_the_fix(name: str) -> str:
    """A sample statement without its newest update: the card-payments outage as it stood at
    10:05, the cause identified and the fix not yet in."""
    text = (REPO / "statements" / name).read_text(encoding="utf-8")
    first = text.index("\n### ")
    return text[:first] + text[text.index("\n### ", first + 1):]


# The sample's card-payments outage at its "identified" stage (its newest update, "monitoring",
# shows its services restored and watched): for tests of how services that are down are shown.
SERVICES_DOWN = {name: _before_the_fix(name)
                 for name in ("2026-11-20-card-payments.md", "2026-11-20-card-payments.fr.md")}
