"""Golden copies of the samples: `onevoice render` of every sample statement, as text and as
JSON, byte for byte, and the written kit identical from one run to the next.

Regenerate after an intended change, then review the diff before committing:

    ONEVOICE_REGENERATE_GOLDEN=1 .venv/bin/pytest tests/test_render_golden.py
"""

from __future__ import annotations

from pathlib import Path

import pytest
from click.testing import CliRunner

from generator.cli import main
from tests.conftest import regenerating_golden

GOLDEN = Path(__file__).resolve().parent / "golden" / "copies"
SAMPLES = [
    "2026-10-02-merchant-data-exposure",
    "2026-11-18-retard-cartes-fidelite",
    "2026-11-20-card-payments",
]


@pytest.mark.parametrize("output", ["text", "json"])
def test_render_of_the_samples_matches_the_golden_copies(project, output):
    result = CliRunner().invoke(
        main, ["render", *SAMPLES, "--format", output], catch_exceptions=False
    )
    assert result.exit_code == 0, result.output
    golden = GOLDEN / f"samples.{'txt' if output == 'text' else 'json'}"
    if regenerating_golden():
        golden.parent.mkdir(parents=True, exist_ok=True)
        golden.write_text(result.output, encoding="utf-8", newline="\n")
    assert result.output == golden.read_text(encoding="utf-8"), (
        f"regenerate with ONEVOICE_REGENERATE_GOLDEN=1 and review {golden}"
    )


def _tree(folder: Path) -> dict[str, bytes]:
    return {
        path.relative_to(folder).as_posix(): path.read_bytes()
        for path in sorted(folder.rglob("*"))
        if path.is_file()
    }


def test_the_written_kit_is_the_same_bytes_every_run(project, tmp_path):
    from generator.publishing.dist import write_dist
    from generator.reading.reader import load_incidents
    from generator.reading.settings import load_settings

    settings = load_settings(project)
    incidents, _ = load_incidents(settings)
    first = write_dist(incidents, settings, tmp_path / "one")
    write_dist(list(reversed(incidents)), settings, tmp_path / "two")
    assert first == sorted(first) and len(first) > 100
    assert _tree(tmp_path / "one") == _tree(tmp_path / "two")


def test_the_writer_refuses_paths_outside_the_output_folder(tmp_path):
    from generator.publishing.dist import _Files
    from generator.core.errors import RenderError

    files = _Files(tmp_path / "out")
    for bad in ("../escape.txt", "/etc/passwd", "a/../../b.txt"):
        with pytest.raises(RenderError, match="outside"):
            files.add(bad, "x")
    files.add("a/b.txt", "x")
    with pytest.raises(RenderError, match="twice"):
        files.add("a/./b.txt", "y")


@pytest.mark.parametrize(("value", "rewrites"), [
    ("1", True), ("true", True), ("yes", True), ("TRUE", True),
    ("0", False), ("false", False), ("no", False), ("", False),
])
def test_only_1_true_or_yes_regenerates_a_golden_file(project, tmp_path, monkeypatch, value, rewrites):
    # A stale golden file: with the switch off the test fails on it and leaves it as it is.
    stale = "an older copy of the samples\n"
    (tmp_path / "samples.txt").write_text(stale, encoding="utf-8")
    monkeypatch.setattr(f"{__name__}.GOLDEN", tmp_path)
    monkeypatch.setenv("ONEVOICE_REGENERATE_GOLDEN", value)
    if rewrites:
        test_render_of_the_samples_matches_the_golden_copies(project, "text")
        assert (tmp_path / "samples.txt").read_text(encoding="utf-8") != stale
    else:
        with pytest.raises(AssertionError, match="regenerate with ONEVOICE_REGENERATE_GOLDEN=1"):
            test_render_of_the_samples_matches_the_golden_copies(project, "text")
        assert (tmp_path / "samples.txt").read_text(encoding="utf-8") == stale
