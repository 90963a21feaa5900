"""The orchestrator: check everything, then render and write. Nothing is written unless
every statement passes; outputs are built in a staging folder and swapped in only when
complete, so a failed or interrupted build leaves the last good `site/` and `dist/` as they were."""

from __future__ import annotations

import os
import shutil
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass, replace
from datetime import datetime
from pathlib import Path

from generator.checking.run import CheckReport, check_loaded
from generator.core.errors import BuildError, ProblemsFound, RenderError
from generator.core.model import Incident, Settings
from generator.publishing.parallel import Pending
from generator.reading.reader import Loaded, read_all

Progress = Callable[[str], None]
UNTOUCHED = "the previous site/ and dist/ are untouched"
# Below this many statements a second process costs more than it saves.
PARALLEL_FROM = 20


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


def _swap_all(pairs: list[tuple[Path, Path]], trash: Path) -> None:
    """Replace each live folder by its staged one, all or none: renames on one file system,
    and if any rename fails every live folder is put back as it was. The replaced folders go
    to `trash` (emptied by the next build, while it works) or, if they cannot, are removed."""
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
    for _, live, backup in done:
        if backup is not None:
            try:
                trash.mkdir(parents=True, exist_ok=True)
                os.replace(backup, trash / f"{live.name}-{os.getpid()}-{time.time_ns()}")
            except OSError:  # another file system (a site_dir elsewhere): remove it now
                shutil.rmtree(backup, ignore_errors=True)


class _EmptyTrash:
    """Removes what earlier builds replaced, in a thread: deleting a few thousand files is
    system-call work that overlaps with this build's rendering instead of adding to it."""

    def __init__(self, trash: Path):
        self.thread: threading.Thread | None = None
        entries = list(trash.iterdir()) if trash.is_dir() else []
        if entries:
            self.thread = threading.Thread(target=self._remove, args=(entries,), name="onevoice-trash", daemon=True)
            self.thread.start()

    @staticmethod
    def _remove(entries: list[Path]) -> None:
        for entry in entries:
            shutil.rmtree(entry, ignore_errors=True)

    def wait(self) -> None:
        if self.thread is not None:
            self.thread.join()


def _keep_reviews(previous: Path, staged: Path) -> None:
    """`onevoice review` writes dist/<slug>/<lang>/review.md; a build replaces dist/ whole, so
    it carries the reviews into the new one."""
    for review in previous.glob("*/*/review.md") if previous.is_dir() else ():
        target = staged / review.relative_to(previous)
        if not target.exists():
            target.parent.mkdir(parents=True, exist_ok=True)
            shutil.copy2(review, target)


def _refusal(report: CheckReport, strict: bool) -> ProblemsFound:
    shown = report.errors or report.warnings
    return ProblemsFound(shown, "\n".join(p.format() for p in shown)
                         + f"\nnothing was published: fix the {len(shown)} problem(s) above"
                         + (" (--strict: warnings count)" if strict and not report.errors else ""))


def _check_and_write(settings: Settings, loaded: Loaded, now: datetime, strict: bool, since: str | None,
                     dist_out: Path, published: list[Incident],
                     preview: bool = False) -> tuple[CheckReport, dict[str, bytes]]:
    """The second process's share of a build: check; if the check passes, write dist/ into
    staging and render the site's feeds and status API (the first process writes those after
    mkdocs). Returns the report (without the copies, already written) and the feed files."""
    report = check_loaded(settings, loaded, now=now, strict=strict, since=since, preview=preview)
    # What goes back to the parent is pickled: not the statements (the parent has them) nor
    # the copies (written here).
    if report.failed(strict):
        return replace(report, incidents=[], copies={}), {}
    from generator.publishing.dist import write_dist
    from generator.rendering.site import published_incidents, site_files

    shutil.rmtree(dist_out, ignore_errors=True)  # a re-run after a failed child starts clean
    write_dist(report.incidents, settings, dist_out, now=now, rendered=report.copies)
    return replace(report, incidents=[], copies={}), site_files(published_incidents(published), settings, now)


def build(settings: Settings, *, now: datetime, strict: bool = False, site_dir: Path | None = None,
          dist_dir: Path | None = None, since: str | None = None, progress: Progress | None = None,
          jobs: int | None = None, preview: bool = False) -> BuildResult:
    """Check, then write. With two CPUs the work is split between two processes: a child
    checks, writes dist/ and renders the feeds while this process renders the pages and runs
    mkdocs (`generator.publishing.parallel`). Everything goes to a staging folder, swapped in only when
    the check passed and all is written; when the check fails, the staging folder is thrown
    away. `jobs=1` (or `ONEVOICE_JOBS=1`) keeps everything in this process. `preview` builds
    statements still awaiting their approval (a pull request's preview, never deployed)."""
    started = time.perf_counter()
    say = progress or (lambda message: None)
    site_dir = site_dir or settings.root / "site"
    dist_dir = dist_dir or settings.root / "dist"
    say("reading statements")
    loaded = read_all(settings, None, now)
    if any(p.severity == "error" for p in loaded.problems):  # refused whatever the rest says: no site
        raise _refusal(check_loaded(settings, loaded, now=now, strict=strict, since=since, preview=preview), strict)
    published = [i for i in loaded.incidents if not i.draft]
    work = settings.root / ".onevoice"
    staging = work / f"staging-{os.getpid()}"
    pending: Pending[tuple[CheckReport, dict[str, bytes]]] | None = None
    emptying: _EmptyTrash | None = None
    try:
        work.mkdir(parents=True, exist_ok=True)
        _remove_stale_staging(work)
        shutil.rmtree(staging, ignore_errors=True)
        staging.mkdir()
        from generator.publishing.hosting import write_headers
        from generator.rendering.site import build_site

        pending = Pending(_check_and_write, settings, loaded, now, strict, since, staging / "dist", published,
                          preview, jobs=jobs if len(loaded.incidents) >= PARALLEL_FROM else 1)
        emptying = _EmptyTrash(work / "trash")  # started after the fork: a forked child gets no threads
        checked = None
        if not pending.in_background:
            say("checking statements")
            report, files = pending.result()
            checked = replace(report, incidents=loaded.incidents), files

        def check_result() -> tuple[CheckReport, dict[str, bytes]]:
            nonlocal checked
            if checked is None:
                assert pending is not None
                say("checking statements")
                report, files = pending.result()
                checked = replace(report, incidents=loaded.incidents), files
            if checked[0].failed(strict):
                raise _refusal(checked[0], strict)
            return checked

        if checked is not None:
            check_result()  # in one process: refuse before building anything
        say("building the site" if checked is not None else "checking statements and building the site")
        try:
            build_site(published, settings, staging / "site", now, progress, strict=strict,
                       feed_files=lambda: check_result()[1])
        except (BuildError, RenderError):
            # A statement the check refuses may well break a page too: the check's message is the useful one.
            check_result()
            raise
        report = check_result()[0]
        write_headers(staging / "site")
        _keep_reviews(dist_dir, staging / "dist")
        say("publishing")
        site_dir.parent.mkdir(parents=True, exist_ok=True)
        dist_dir.parent.mkdir(parents=True, exist_ok=True)
        _swap_all([(staging / "site", site_dir), (staging / "dist", dist_dir)], work / "trash")
    except BuildError as error:
        raise BuildError(f"{error}\n    hint: {UNTOUCHED}; fix the cause and build again") from None
    except OSError as error:
        what = error.strerror or str(error)
        where = f" ({error.filename})" if error.filename else ""
        raise BuildError(f"error: the build could not write its output: {what}{where}\n"
                         f"    hint: check free disk space and write permissions; {UNTOUCHED}") from None
    finally:
        if pending is not None:
            pending.cancel()  # before removing the staging folder the child may be writing in
        shutil.rmtree(staging, ignore_errors=True)
        if emptying is not None:
            emptying.wait()
    return BuildResult(report, site_dir, dist_dir, len(published), time.perf_counter() - started)
