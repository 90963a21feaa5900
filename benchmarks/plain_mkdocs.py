"""The baseline of the build-overhead figure: a plain `mkdocs build` of the pages onevoice
generates, with the same theme settings, and nothing of onevoice's around it.

    capture(root, out)                    once, untimed: runs onevoice's site stage on the site
                                          root and keeps, per language, the pages it handed to
                                          mkdocs (as a docs dir) and the effective config
                                          (`out/<lang>/`)
    python benchmarks/plain_mkdocs.py CONFIG...
                                          the timed part: `mkdocs build` of each config, in one
                                          process (as onevoice builds its languages in one)

The plain build gets the same user `mkdocs.yml`, the same overrides onevoice applies (theme
language, custom_dir, explicit nav, no search plugin) and the same docs files; what it lacks
is onevoice's `onevoice/pages` plugin, so mkdocs converts those files' Markdown itself."""

from __future__ import annotations

import shutil
import sys
from datetime import datetime
from pathlib import Path

import yaml


def write_docs(pages, docs_dir: Path) -> None:  # type: ignore[no-untyped-def]
    """The pages as files in a docs dir, as a plain `mkdocs build` reads them."""
    from generator.rendering.site.mkdocs_build import docs_source

    for page in pages:
        target = docs_dir / page.src_uri
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_text(docs_source(page), encoding="utf-8")


def capture(root: Path, out: Path, now: datetime) -> list[Path]:
    """Build the site of `root` once with onevoice's site stage, keeping each language's docs
    dir and config under `out/<lang>/`. Returns the config files, default language first."""
    from generator.reading.reader import load_incidents
    from generator.reading.settings import load_settings
    from generator.rendering.site import build_site, mkdocs_build
    from generator.rendering.site.context import lang_prefix

    settings = load_settings(root)
    incidents, problems = load_incidents(settings)
    if any(p.severity == "error" for p in problems):
        raise RuntimeError(f"{root}: the corpus has format errors: {problems[0].format()}")
    shutil.rmtree(out, ignore_errors=True)
    configs: list[Path] = []
    original = mkdocs_build.run_mkdocs

    def keeping_docs(settings, lang, pages, docs_dir, site_dir, csp, strict=False):  # type: ignore[no-untyped-def]
        warnings = original(settings, lang, pages, docs_dir, site_dir, csp, strict)
        kept = out / lang
        write_docs(pages, kept / "docs")  # what onevoice hands mkdocs in memory
        user = mkdocs_build.read_user_config(settings)
        site = out / "site" / lang_prefix(lang, settings)
        config = {**user, **mkdocs_build.overrides(settings, user, lang, kept / "docs", site, strict)}
        (kept / "mkdocs.yml").write_text(yaml.safe_dump(config, allow_unicode=True, sort_keys=False),
                                         encoding="utf-8")
        configs.append(kept / "mkdocs.yml")
        return warnings

    mkdocs_build.run_mkdocs = keeping_docs  # build_site imports it at call time
    try:
        build_site(incidents, settings, out / "onevoice-site", now)
    finally:
        mkdocs_build.run_mkdocs = original
        shutil.rmtree(out / "onevoice-site", ignore_errors=True)
    if len(configs) != len(settings.languages):
        raise RuntimeError("the site stage no longer goes through mkdocs_build.run_mkdocs: "
                           "benchmarks/plain_mkdocs.py must be updated")
    return configs


def build(configs: list[str]) -> None:
    """`mkdocs build` of each config file, as the `mkdocs` command does it."""
    from mkdocs.commands.build import build as mkdocs_build
    from mkdocs.config import load_config

    for config_file in configs:
        mkdocs_build(load_config(config_file))


if __name__ == "__main__":
    import logging

    logging.getLogger("mkdocs").setLevel(logging.ERROR)  # as `mkdocs build -q`
    build(sys.argv[1:])
