"""The whole generated site for the samples, pinned byte for byte with the clock fixed by
SOURCE_DATE_EPOCH. The theme's own copied assets are compared between two builds instead of
being stored.

Regenerate after an intended change, then review the diff:

    ONEVOICE_REGENERATE_GOLDEN=1 .venv/bin/pytest tests/test_site_golden.py
"""

from __future__ import annotations

import shutil
from datetime import datetime
from pathlib import Path

import pytest

from tests.conftest import REPO, regenerating_golden
from tests.test_site_support import make_root

GOLDEN = REPO / "tests/golden/site"
EPOCH = "1795170600"  # 2026-11-20T10:30:00Z, while the card-payments incident is ongoing
THEME_ASSETS = ("assets/images/", "assets/javascripts/", "assets/stylesheets/main.", "assets/stylesheets/palette.")


def build_with_epoch(dest: Path) -> Path:
    from generator.core.clock import now
    from generator.reading.reader import load_incidents
    from generator.reading.settings import load_settings
    from generator.rendering.site import build_site

    root = make_root(dest)
    with pytest.MonkeyPatch.context() as patch:
        patch.delenv("ONEVOICE_NOW", raising=False)
        patch.setenv("SOURCE_DATE_EPOCH", EPOCH)
        moment = now()
        assert moment == datetime.fromisoformat("2026-11-20T10:30:00+00:00")
        settings = load_settings(root)
        incidents, problems = load_incidents(settings, now=moment)
        assert not [p for p in problems if p.severity == "error"]
        build_site(incidents, settings, dest / "site", moment)
    return dest / "site"


def tree(site: Path) -> dict[str, bytes]:
    return {p.relative_to(site).as_posix(): p.read_bytes() for p in sorted(site.rglob("*")) if p.is_file()}


def ours(files: dict[str, bytes]) -> dict[str, bytes]:
    return {name: data for name, data in files.items() if not any(part in name for part in THEME_ASSETS)}


def test_site_matches_the_golden_copy(tmp_path: Path) -> None:
    built = ours(tree(build_with_epoch(tmp_path)))
    if regenerating_golden():
        shutil.rmtree(GOLDEN, ignore_errors=True)
        for name, data in built.items():
            (GOLDEN / name).parent.mkdir(parents=True, exist_ok=True)
            (GOLDEN / name).write_bytes(data)
    golden = tree(GOLDEN)
    assert sorted(built) == sorted(golden)
    changed = [name for name in built if built[name] != golden[name]]
    assert changed == [], f"differs from tests/golden/site (see the module docstring to regenerate): {changed}"


def test_two_builds_give_the_same_bytes_theme_assets_included(tmp_path: Path) -> None:
    first = tree(build_with_epoch(tmp_path / "one"))
    second = tree(build_with_epoch(tmp_path / "two"))
    assert sorted(first) == sorted(second)
    assert [name for name in first if first[name] != second[name]] == []
