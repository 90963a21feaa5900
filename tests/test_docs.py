"""Docs that cannot fall behind: every command, setting and front-matter key is in the README."""

from __future__ import annotations

from generator.cli import COMMANDS
from generator.frontmatter import KEYS
from generator.settings import SETTING_DOCS
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
