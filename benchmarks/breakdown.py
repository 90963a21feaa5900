"""Where `onevoice build` spends its time, stage by stage (the note beside a missed build target).

    .venv/bin/python benchmarks/breakdown.py SITE_ROOT

Runs the real build in this process once, with a timer around each stage function of the
pipeline (check → channel copies and documents → site pages → mkdocs per language → feeds,
API, sitemap → swap), and prints wall and CPU seconds per stage, inclusive, indented under
their parent. The clock is fixed as in the other benchmarks. The timers wrap the stages'
module-level functions, so a renamed stage shows as missing, never as wrong."""

from __future__ import annotations

import functools
import importlib
import os
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

# (label, module, attribute path, depth): the stages of generator.publishing.build.build, in order.
STAGES = (
    ("read", "generator.publishing.build", "read_all", 0),
    ("check (lint, copies fit)", "generator.publishing.build", "check_loaded", 0),
    ("channel copies and documents (dist/)", "generator.publishing.dist", "write_dist", 0),
    ("copies: render every channel", "generator.publishing.dist", "render_copies", 1),
    ("copies: press release, memo, Q&A", "generator.publishing.dist", "_document_files", 1),
    ("copies: the copy deck", "generator.rendering.channels.deck", "render_deck", 1),
    ("copies: write files", "generator.publishing.dist", "_Files.write", 1),
    ("site (site/)", "generator.rendering.site", "build_site", 0),
    ("site: render pages", "generator.rendering.site.pages", "PageRenderer.all_pages", 1),
    ("site: mkdocs-material, per language", "generator.rendering.site.mkdocs_build", "run_mkdocs", 1),
    ("site: feeds", "generator.rendering.site.feeds", "atom_feed", 1),
    ("site: status API", "generator.rendering.site.statuspage", "api_files", 1),
    ("swap into place (removes the previous output)", "generator.publishing.build", "_swap_all", 0),
)


def _wrap(owner: Any, name: str, totals: list[float]) -> None:
    original: Callable[..., Any] = getattr(owner, name)

    @functools.wraps(original)
    def timed(*args: Any, **kwargs: Any) -> Any:
        wall, cpu = time.perf_counter(), time.process_time()
        try:
            return original(*args, **kwargs)
        finally:
            totals[0] += time.perf_counter() - wall
            totals[1] += time.process_time() - cpu
            totals[2] += 1

    setattr(owner, name, timed)


def breakdown(root: Path, now: str) -> list[tuple[str, int, list[float] | None]]:
    """Build `root` once; returns (label, depth, [wall, cpu, calls] or None when not found)."""
    from datetime import datetime

    os.environ["ONEVOICE_NOW"] = now
    # The timers see this process only; with two, the check and dist/ happen in the child.
    os.environ["ONEVOICE_JOBS"] = "1"
    found: list[tuple[str, int, list[float] | None]] = []
    for label, module_name, path, depth in STAGES:
        totals: list[float] | None = [0.0, 0.0, 0]
        try:
            owner: Any = importlib.import_module(module_name)
            *parents, name = path.split(".")
            for parent in parents:
                owner = getattr(owner, parent)
            _wrap(owner, name, totals)  # type: ignore[arg-type]
        except (ImportError, AttributeError):
            totals = None
        found.append((label, depth, totals))
    from generator.publishing.build import build
    from generator.reading.settings import load_settings

    wall, cpu = time.perf_counter(), time.process_time()
    build(load_settings(root), now=datetime.fromisoformat(now))
    found.append(("whole build, in process", 0, [time.perf_counter() - wall, time.process_time() - cpu, 1]))
    return found


def main() -> None:
    sys.path.insert(0, str(Path(__file__).resolve().parent))
    from corpus import DEFAULT_NOW

    rows = breakdown(Path(sys.argv[1]), DEFAULT_NOW)
    width = max(len(label) + 2 * depth for label, depth, _ in rows)
    print(f"{'stage'.ljust(width)}  {'wall':>8}  {'cpu':>8}  calls")
    for label, depth, totals in rows:
        name = ("  " * depth + label).ljust(width)
        if totals is None:
            print(f"{name}  (stage not found: benchmarks/breakdown.py needs updating)")
        else:
            print(f"{name}  {totals[0]:7.2f}s  {totals[1]:7.2f}s  {int(totals[2])}")


if __name__ == "__main__":
    main()
