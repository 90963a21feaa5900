"""Every fault of the statement format: exit 1, the file and the real line, one sentence a
non-programmer understands, a hint, and no traceback. One fixture folder per fault, named
after it, in tests/fixtures/bad/."""

from __future__ import annotations

import json
import subprocess
import sys
import time
from pathlib import Path

import pytest
from click.testing import CliRunner

from generator.cli import main

BAD = Path(__file__).parent / "fixtures" / "bad"

# fault -> (file name, line, words the message must contain, words the hint must contain)
EXPECTED = {
    "missing-front-matter": ("2026-11-20-missing-front-matter.md", 1, "does not start with front matter", "---"),
    "unclosed-front-matter": ("2026-11-20-unclosed-front-matter.md", 1, "never closed", "---"),
    "invalid-yaml": ("2026-11-20-invalid-yaml.md", 6, "invalid YAML", "quote"),
    "front-matter-not-mapping": ("2026-11-20-front-matter-not-mapping.md", 2, "key: value", "title:"),
    "misspelled-key": ("2026-11-20-misspelled-key.md", 3, "unknown key `serverity`", "did you mean `severity`"),
    "missing-required-key": ("2026-11-20-missing-required-key.md", 1, "`severity` is missing", "minor, major or critical"),
    "wrong-type": ("2026-11-20-wrong-type.md", 6, "`spokesperson` needs a name and a role", "{name:"),
    "impossible-date": ("2026-11-20-impossible-date.md", 4, "'2026-02-30 09:12' is not a real date", "2026-11-20 10:05"),
    "unknown-severity": ("2026-11-20-unknown-severity.md", 3, "unknown severity 'majr'", "did you mean 'major'"),
    "unknown-status": ("2026-11-20-unknown-status.md", 13, "unknown status 'identifed'", "did you mean 'identified'"),
    "missing-summary": ("2026-11-20-missing-summary.md", 8, "'Summary' is missing", "'## Summary' instead of '## Sumary'"),
    "missing-updates": ("2026-11-20-missing-updates.md", 6, "'## Updates' is missing", "### "),
    "updates-out-of-order": ("2026-11-20-updates-out-of-order.md", 16, "newest first", "move it above"),
    "duplicate-update": ("2026-11-20-duplicate-update.md", 16, "two updates at the same time", "merge"),
    "update-before-started": ("2026-11-20-update-before-started.md", 13, "before `started`", "correct"),
    "update-in-future": ("2026-11-20-update-in-future.md", 13, "in the future", "next_update"),
    "invalid-slug": ("Card Payments!.md", 1, "not a valid statement name", "card-payments.md"),
    "reserved-slug": ("index.md", 1, "'index' cannot name a statement", "date and subject"),
    "unknown-language": ("2026-11-20-unknown-language.de.md", 1, "language 'de'", "en, fr"),
    "translations-disagree": ("2026-11-20-translations-disagree.fr.md", 13, "update at 2026-11-20 10:05", "translate it"),
    "python-tag": ("2026-11-20-python-tag.md", 2, "YAML tags", "remove the tag"),
    "alias-bomb": ("2026-11-20-alias-bomb.md", 6, "aliases", "in full"),
    "empty-file": ("2026-11-20-empty-file.md", 1, "the file is empty", "onevoice new"),
    "not-utf8": ("2026-11-20-not-utf8.md", 2, "not UTF-8", "UTF-8"),
    "binary-file": ("2026-11-20-binary-file.md", 1, "not a text file", "remove"),
    "unclosed-comment": ("2026-11-20-unclosed-comment.md", 9, "`<!--` comment is never closed", "close it with `-->`"),
}


def test_every_fixture_has_an_expectation() -> None:
    assert sorted(p.name for p in BAD.iterdir() if p.is_dir()) == sorted(EXPECTED)


@pytest.mark.parametrize("fault", sorted(EXPECTED))
def test_bad_input_is_reported_at_its_line(fault: str, project: Path) -> None:
    name, line, message, hint = EXPECTED[fault]
    result = CliRunner().invoke(main, ["check", str(BAD / fault), "--format", "json"])
    assert result.exit_code == 1, result.output
    report = json.loads(result.stdout)
    located = [p for p in report["problems"] if p["path"].endswith(name) and p["line"] == line]
    assert located, report["problems"]
    problem = next(p for p in located if message in p["message"])
    assert problem["severity"] == "error" and problem["category"] == "format"
    assert hint in problem["hint"]
    assert result.exception is None or isinstance(result.exception, SystemExit)


@pytest.mark.parametrize("fault", sorted(EXPECTED))
def test_text_output_is_one_located_line_per_problem(fault: str, project: Path) -> None:
    name, line, message, _ = EXPECTED[fault]
    result = CliRunner().invoke(main, ["check", str(BAD / fault)])
    assert result.exit_code == 1
    assert f"{name}:{line}:" in result.output and "error: " in result.output
    assert message in result.output and "hint: " in result.output
    assert "Traceback" not in result.output


def test_python_tag_is_never_executed(project: Path, tmp_path: Path) -> None:
    marker = Path("/tmp/onevoice-pwned")
    marker.unlink(missing_ok=True)
    CliRunner().invoke(main, ["check", str(BAD / "python-tag")])
    assert not marker.exists()


def test_alias_bomb_is_rejected_fast(project: Path) -> None:
    started = time.perf_counter()
    result = CliRunner().invoke(main, ["check", str(BAD / "alias-bomb")])
    assert result.exit_code == 1
    assert time.perf_counter() - started < 5  # a billion-laughs expansion would not return at all


def test_oversized_file_is_refused_with_the_limit(project: Path) -> None:
    path = project / "statements" / "2026-11-20-huge.md"
    path.write_text("---\ntitle: x\n---\n" + ("word " * 120_000), encoding="utf-8")
    result = CliRunner().invoke(main, ["check", str(path)])
    assert result.exit_code == 1
    assert "2026-11-20-huge.md:1:1: error: the file is" in result.output and "limited to 512 KB" in result.output


def test_every_problem_is_reported_not_just_the_first(project: Path) -> None:
    for fault in ("misspelled-key", "unknown-severity", "updates-out-of-order"):
        src = next((BAD / fault).iterdir())
        (project / "statements" / src.name).write_bytes(src.read_bytes())
    result = CliRunner().invoke(main, ["check", "--format", "json"])
    paths = {p["path"] for p in json.loads(result.stdout)["problems"] if p["severity"] == "error"}
    assert len(paths) == 3


def test_bad_input_as_a_real_subprocess(project: Path) -> None:
    exe = Path(sys.executable).parent / "onevoice"
    result = subprocess.run([str(exe), "check", str(BAD / "invalid-yaml")], capture_output=True, text=True)
    assert result.returncode == 1
    assert "2026-11-20-invalid-yaml.md:6:12: error: invalid YAML" in result.stdout
    assert "Traceback" not in result.stderr


def test_a_decimal_comma_in_a_flow_list_is_a_warning_that_says_how_to_write_it(project: Path) -> None:
    # `[Poêlée 750 g, Poêlée 1,5 kg]` is three names to YAML; the page would list "Poêlée 1" and "5 kg".
    path = project / "statements" / "2026-11-10-rappel.fr.md"
    path.write_text("---\ntitle: Rappel de la Poêlée campagnarde\nseverity: major\nstarted: 2026-11-10 09:00\n"
                    "affected: [Poêlée campagnarde 750 g, Poêlée campagnarde 1,5 kg]\n---\n\n## Résumé\n"
                    "Nous rappelons deux formats de la Poêlée campagnarde. Nous vous présentons nos excuses.\n\n"
                    "## Mises à jour\n\n### 2026-11-10 09:00 · identifié\nLe rappel est en cours.\n", encoding="utf-8")
    result = CliRunner().invoke(main, ["check", str(path), "--format", "json"])
    report = json.loads(result.stdout)
    found = [p for p in report["problems"] if "cuts it in two names" in p["message"]]
    assert [(p["severity"], p["line"]) for p in found] == [("warning", 5)], report["problems"]
    assert '"Poêlée campagnarde 1,5 kg"' in found[0]["hint"]
