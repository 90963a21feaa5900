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
UNTOUCHED = "the previous site/ and dist/ are untouched"


@dataclass(frozen=True)
class BuildResult:
    report: CheckReport
    site_dir: Path
    dist_dir: Path
    published: int  # incidents on the site
    seconds: float


def _alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True


def _remove_stale_staging(work: Path) -> None:
    """Staging folders of builds that were killed: their process is gone."""
    for folder in work.glob("staging-*"):
        pid = folder.name.removeprefix("staging-")
        if pid.isdigit() and not _alive(int(pid)):
            shutil.rmtree(folder, ignore_errors=True)


def _swap_all(pairs: list[tuple[Path, Path]]) -> None:
    """Replace each live folder by its staged one, all or none: renames on one file system,
    and if any rename fails every live folder is put back as it was."""
    done: list[tuple[Path, Path, Path | None]] = []  # (staged, live, backup)
    try:
        for staged, live in pairs:
            backup = None
            if live.exists():
                backup = live.with_name(f".{live.name}.previous-{os.getpid()}")
                shutil.rmtree(backup, ignore_errors=True)
                os.replace(live, backup)
            done.append((staged, live, backup))
            os.replace(staged, live)
    except OSError:
        for staged, live, backup in reversed(done):
            if backup is not None and backup.exists():
                if live.exists():
                    os.replace(live, staged)
                os.replace(backup, live)
        raise
    for _, _, backup in done:
        if backup is not None:
            shutil.rmtree(backup, ignore_errors=True)


def _keep_reviews(previous: Path, staged: Path) -> None:
    """`onevoice review` writes dist/<slug>/<lang>/review.md; a build replaces dist/ whole, so
    it carries the reviews into the new one."""
    for review in previous.glob("*/*/review.md") if previous.is_dir() else ():
        target = staged / review.relative_to(previous)
        if not target.exists():
            target.parent.mkdir(parents=True, exist_ok=True)
            shutil.copy2(review, target)


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
    work = settings.root / ".onevoice"
    staging = work / f"staging-{os.getpid()}"
    try:
        work.mkdir(parents=True, exist_ok=True)
        _remove_stale_staging(work)
        shutil.rmtree(staging, ignore_errors=True)
        staging.mkdir()
        from generator.dist import write_dist
        from generator.hosting import write_headers
        from generator.site import build_site

        say("writing channel copies and documents")
        write_dist(report.incidents, settings, staging / "dist", now=now, rendered=report.copies)
        published = [i for i in report.incidents if not i.draft]
        say("building the site")
        build_site(published, settings, staging / "site", now, progress, strict=strict)
        write_headers(staging / "site")
        _keep_reviews(dist_dir, staging / "dist")
        say("publishing")
        site_dir.parent.mkdir(parents=True, exist_ok=True)
        dist_dir.parent.mkdir(parents=True, exist_ok=True)
        _swap_all([(staging / "site", site_dir), (staging / "dist", dist_dir)])
    except BuildError as error:
        raise BuildError(f"{error}\n    hint: {UNTOUCHED}; fix the cause and build again") from None
    except OSError as error:
        what = error.strerror or str(error)
        where = f" ({error.filename})" if error.filename else ""
        raise BuildError(f"error: the build could not write its output: {what}{where}\n"
                         f"    hint: check free disk space and write permissions; {UNTOUCHED}") from None
    finally:
        shutil.rmtree(staging, ignore_errors=True)
    return BuildResult(report, site_dir, dist_dir, len(published), time.perf_counter() - started)
