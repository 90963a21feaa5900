"""Docs that cannot fall behind: every command, setting and front-matter key is in the README."""

from __future__ import annotations

from generator.cli import COMMANDS
from generator.reading.frontmatter import KEYS
from generator.reading.settings import SETTING_DOCS
from tests.conftest import REPO

README = (REPO / "README.md").read_text(encoding="utf-8")


def test_every_command_is_documented() -> None:
    missing = [name for name in COMMANDS if f"`onevoice {name}" not in README]
    assert not missing, f"add these commands to README.md 'Daily use': {missing}"


def test_every_setting_is_documented_with_its_meaning() -> None:
    for key, doc in SETTING_DOCS.items():
        assert f"| `{key}` | {doc.split(' (default')[0].split(', among')[0]}" in README, key


def test_every_front_matter_key_is_documented() -> None:
    missing = [key for key in KEYS if f"| `{key}` |" not in README]
    assert not missing, missing


def test_the_readme_commands_exist() -> None:
    for script in ("scripts/demo.sh", "scripts/test.sh"):
        assert f"bash {script}" in README and (REPO / script).is_file()
    assert "scripts/test.sh" in (REPO / ".ci" / "run").read_text()


def test_the_readme_test_command_lints_and_type_checks_before_the_tests() -> None:
    lines = [line.strip() for line in (REPO / "scripts" / "test.sh").read_text().splitlines()
             if line.strip() and not line.lstrip().startswith("#")]
    setup = lines.index("bash scripts/setup.sh --test")
    ruff = lines.index(".venv/bin/ruff check generator tests benchmarks scripts")
    mypy = lines.index(".venv/bin/mypy")
    tests = next(index for index, line in enumerate(lines) if "-m pytest" in line)
    assert setup < ruff < tests and setup < mypy < tests
    # and the README says so, with where each is configured
    assert "ruff" in README and "mypy" in README and "[tool.mypy]" in README
