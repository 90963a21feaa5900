"""The local preview: build the site (drafts included, marked) into a temporary folder,
serve it on 127.0.0.1 and rebuild when a statement, mkdocs.yml or a template changes; open
pages reload by themselves (mkdocs's live-reload server).

A rebuild that fails keeps the last good preview on screen and reports why; each rebuild is
built beside the served folder and swapped in, so a page is never served half-written."""

from __future__ import annotations

import os
import shutil
import tempfile
from collections.abc import Callable
from pathlib import Path

from generator.core.errors import OnevoiceError, ProblemsFound, UsageError

HOST = "127.0.0.1"


class Preview:
    def __init__(self, root: Path, port: int, report: Callable[[str], None]):
        from mkdocs.livereload import LiveReloadServer

        self.root = root.resolve()
        self.report = report
        self.workdir = Path(tempfile.mkdtemp(prefix="onevoice-preview-"))
        self.site_dir = self.workdir / "site"
        self.site_dir.mkdir()
        self.server = LiveReloadServer(builder=self.rebuild, host=HOST, port=port, root=str(self.site_dir))
        self.server.error_handler = self._error_page
        self.url = self.server.url

    def _error_page(self, code: int) -> bytes | None:
        page = self.site_dir / "404.html"
        return page.read_bytes() if code == 404 and page.is_file() else None

    def build(self) -> None:
        """Build into a fresh folder and swap it in; raises `OnevoiceError` on failure."""
        from generator.core.clock import now
        from generator.reading.reader import load_incidents
        from generator.reading.settings import load_settings
        from generator.rendering.site import build_site

        settings = load_settings(self.root)
        incidents, problems = load_incidents(settings)
        errors = [problem for problem in problems if problem.severity == "error"]
        if errors:
            # A statement in error would vanish from the preview: keep the last good one.
            raise ProblemsFound(errors, "\n".join(problem.format() for problem in errors))
        staging = Path(tempfile.mkdtemp(prefix="next-", dir=self.workdir))
        try:
            build_site(incidents, settings, staging, now(), include_drafts=True, preview=True)
            previous = self.workdir / "previous"
            os.replace(self.site_dir, previous)
            os.replace(staging, self.site_dir)
            shutil.rmtree(previous, ignore_errors=True)
        finally:
            shutil.rmtree(staging, ignore_errors=True)

    def rebuild(self) -> None:
        """The server's builder: a failure is reported, the last good preview stays."""
        try:
            self.build()
            self.report("preview rebuilt")
        except OnevoiceError as error:
            self.report(f"preview not rebuilt, the last good one stays:\n{error}")

    def watched(self) -> list[Path]:
        from generator.reading.settings import load_settings

        settings = load_settings(self.root)
        candidates = [settings.statements_path, self.root / "mkdocs.yml", self.root / "site_templates"]
        return [path for path in candidates if path.exists()]

    def serve(self) -> None:
        """Build once (a failure here is raised), then serve until interrupted."""
        try:
            self.build()
            for path in self.watched():
                self.server.watch(str(path))
            try:
                self.server.serve()
            except OSError as error:
                raise UsageError(f"cannot serve on {self.url}: {error.strerror or error}; "
                                 "pass another --port") from None
            except KeyboardInterrupt:
                pass
            finally:
                self.server.shutdown()
        finally:
            shutil.rmtree(self.workdir, ignore_errors=True)
