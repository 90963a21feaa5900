"""Shared fixtures: a temporary copy of the sample site with a fixed clock, and the samples
parsed. Tests never touch the repository's own statements or outputs."""

from __future__ import annotations

import os
import shutil
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parent.parent
# The moment the sample site is "now" in tests: the card-payments incident is ongoing, its
# next update (12:00) is still ahead.
SAMPLE_NOW = "2026-11-20T11:30:00+01:00"
IN_CI = os.environ.get("CI", "").lower() == "true"


def require(condition: bool, what: str) -> None:
    """Skip locally when a tool is missing, but fail in CI, where .ci/run installs it."""
    if condition:
        return
    if IN_CI:
        pytest.fail(f"{what} is missing in CI: .ci/run must install it")
    pytest.skip(f"{what} is not installed here")


def regenerating_golden() -> bool:
    """The golden tests rewrite their files only when ONEVOICE_REGENERATE_GOLDEN is 1, true or
    yes; any other value ("0", "false", empty) compares, as when it is not set."""
    return os.environ.get("ONEVOICE_REGENERATE_GOLDEN", "").strip().lower() in ("1", "true", "yes")


@pytest.fixture(autouse=True)
def private_cache(tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch) -> Path:
    """onevoice's cache (the user's cache folder) inside the test session's temporary folder:
    tests never read or fill the cache of the person running them."""
    folder = tmp_path_factory.getbasetemp() / "user-cache"
    monkeypatch.setenv("XDG_CACHE_HOME", str(folder))
    monkeypatch.delenv("ONEVOICE_NO_CACHE", raising=False)
    return folder


@pytest.fixture
def project(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A copy of the sample site (mkdocs.yml, statements/, site_templates/), as the current
    folder, with the clock fixed at SAMPLE_NOW."""
    root = tmp_path / "site-root"
    root.mkdir()
    shutil.copy(REPO / "mkdocs.yml", root / "mkdocs.yml")
    shutil.copytree(REPO / "statements", root / "statements")
    shutil.copytree(REPO / "site_templates", root / "site_templates")
    monkeypatch.setenv("ONEVOICE_NOW", SAMPLE_NOW)
    monkeypatch.delenv("SOURCE_DATE_EPOCH", raising=False)
    monkeypatch.chdir(root)
    return root


@pytest.fixture
def settings(project: Path):  # type: ignore[no-untyped-def]
    from generator.reading.settings import load_settings

    return load_settings(project)


@pytest.fixture
def incidents(settings):  # type: ignore[no-untyped-def]
    from generator.reading.reader import load_incidents

    found, problems = load_incidents(settings)
    assert not [p for p in problems if p.severity == "error"], problems
    return found
