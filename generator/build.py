"""The orchestrator: check everything, then render and write. Nothing is written unless
every statement passes; outputs are built in a staging folder and swapped in only when
complete, so a failed or interrupted build leaves the last good `site/` and `dist/` as they were."""

from __future__ import annotations

import os
import shutil
import time
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from generator.checking import CheckReport, check_project
from generator.errors import BuildError, ProblemsFound
from generator.model import Settings

Progress = Callable[[str], None]


@dataclass(frozen=True)
class BuildResult:
    report: CheckReport
    site_dir: Path
    dist_dir: Path
    published: int  # incidents on the site
    seconds: float


def _swap(staged: Path, live: Path) -> None:
    """Replace `live` by `staged` with renames on one file system; restore on failure."""
    backup = live.with_name(f".{live.name}.previous-{os.getpid()}")
    had_live = live.exists()
    if had_live:
        os.replace(live, backup)
    try:
        os.replace(staged, live)
    except OSError:
        if had_live:
            os.replace(backup, live)
        raise
    if had_live:
        shutil.rmtree(backup, ignore_errors=True)


def build(settings: Settings, *, now: datetime, strict: bool = False, site_dir: Path | None = None,
          dist_dir: Path | None = None, since: str | None = None, progress: Progress | None = None) -> BuildResult:
    started = time.perf_counter()
    say = progress or (lambda message: None)
    site_dir = site_dir or settings.root / "site"
    dist_dir = dist_dir or settings.root / "dist"
    say("checking statements")
    report = check_project(settings, now=now, strict=strict, since=since)
    if report.failed(strict):
        shown = report.errors or report.warnings
        raise ProblemsFound(shown, "\n".join(p.format() for p in shown)
                            + f"\nnothing was published: fix the {len(shown)} problem(s) above"
                            + (" (--strict: warnings count)" if strict and not report.errors else ""))
    staging = settings.root / ".onevoice" / f"staging-{os.getpid()}"
    shutil.rmtree(staging, ignore_errors=True)
    staging.mkdir(parents=True)
    try:
        from generator.dist import write_dist
        from generator.site import build_site

        say("writing channel copies and documents")
        write_dist(report.incidents, settings, staging / "dist")
        published = [i for i in report.incidents if not i.draft]
        say("building the site")
        build_site(published, settings, staging / "site", now, progress)
        try:
            from generator.hosting import write_headers
        except ImportError:  # hosting headers are optional for hosts that do not read them
            pass
        else:
            write_headers(staging / "site")
        say("publishing")
        for target in (site_dir, dist_dir):
            target.parent.mkdir(parents=True, exist_ok=True)
        _swap(staging / "site", site_dir)
        _swap(staging / "dist", dist_dir)
    except OSError as error:
        raise BuildError(f"error: the build could not write its output: {error.strerror or error}"
                         f" ({error.filename or ''})\n    hint: check free disk space and permissions; "
                         "the previous site/ and dist/ are untouched") from None
    finally:
        shutil.rmtree(staging, ignore_errors=True)
    return BuildResult(report, site_dir, dist_dir, len(published), time.perf_counter() - started)
