"""onevoice installed as a user installs it today: a fresh virtual environment with the newest
setuptools (which no longer ships pkg_resources, as in every Python 3.12+ venv), onevoice from
this repository at the versions of constraints.txt, then an X copy rendered and counted."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

from tests.conftest import REPO, SAMPLE_NOW
from tests.test_channels_oracles import _oracle as platform_counts

CARD = "2026-11-20-card-payments"


def _run(*args: str | Path, cwd: Path | None = None, env: dict[str, str] | None = None) -> str:
    done = subprocess.run([str(a) for a in args], cwd=cwd, env=env, capture_output=True, text=True, timeout=600)
    assert done.returncode == 0, f"{args}\n{done.stdout}\n{done.stderr}"
    return done.stdout


def test_a_fresh_venv_with_the_newest_setuptools_renders_x_copies(tmp_path: Path, project: Path) -> None:
    venv = tmp_path / "venv"
    _run(sys.executable, "-m", "venv", venv)
    python = venv / "bin" / "python"
    _run(python, "-m", "pip", "install", "-q", "--disable-pip-version-check", "--upgrade", "setuptools")
    probe = subprocess.run([str(python), "-c", "import pkg_resources"], capture_output=True, text=True)
    assert probe.returncode != 0, "this setuptools still has pkg_resources: the test proves nothing"

    _run(python, "-m", "pip", "install", "-q", "--disable-pip-version-check", "-c", REPO / "constraints.txt", REPO)
    # A domain X's extractor knows (it does not know `.example`), so the link gets X's discount.
    config = project / "mkdocs.yml"
    url = "https://status.calypso-pay.com/"
    config.write_text(config.read_text(encoding="utf-8").replace("https://status.calypso-pay.example/", url))
    env = {k: v for k, v in os.environ.items() if k not in ("PYTHONPATH", "VIRTUAL_ENV")}
    env["ONEVOICE_NOW"] = SAMPLE_NOW
    out = _run(venv / "bin" / "onevoice", "render", CARD, "--channel", "x", "--format", "json", cwd=project, env=env)
    copies = json.loads(out)["statements"][0]["copies"]
    announcement = copies[0]
    assert announcement["channel"] == "x" and announcement["unit"] == "weighted"
    first_post = announcement["parts"][0]
    link = f"{url}statements/{CARD}/"
    assert link in first_post
    # Counted as X counts (twitter-text): the link found, weighing 23 whatever its length.
    counts = platform_counts(announcement["parts"])
    assert link in counts[0]["x_urls"]
    assert announcement["lengths"] == [count["x_weighted_length"] for count in counts]
    assert all(count["x_valid"] and count["x_weighted_length"] <= 280 for count in counts)
