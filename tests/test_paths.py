"""Paths: no file name, slug, language or setting can make onevoice read or write outside its
roots, symbolic links in statements/ are refused, and no statement file is silently ignored."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest
from click.testing import CliRunner
from hypothesis import given
from hypothesis import settings as hsettings
from hypothesis import strategies as st

from generator.cli import main

CARD = "statements/2026-11-20-card-payments.md"


def run(*args: str):  # type: ignore[no-untyped-def]
    return CliRunner().invoke(main, list(args))


def rules(*args: str) -> list[tuple[str, str]]:
    report = json.loads(run("check", *args, "--format", "json").stdout)
    return [(p["path"], p["rule"]) for p in report["problems"] if p["severity"] == "error"]


# --- symbolic links ----------------------------------------------------------------------

def test_a_symlinked_statement_is_refused_and_never_published(project: Path, tmp_path: Path) -> None:
    outside = tmp_path / "outside.md"
    outside.write_text((project / CARD).read_text().replace("Card payments failing at checkout", "SECRET FROM OUTSIDE")
                       .replace("card-payments", "x"))
    (project / "statements/2026-11-20-linked.md").symlink_to(outside)
    assert ("statements/2026-11-20-linked.md", "format/symlink") in rules()
    result = run("build")
    assert result.exit_code == 1 and "symbolic links are not read" in result.output
    assert not (project / "site").exists()


def test_a_symlink_to_a_system_file_is_not_read(project: Path) -> None:
    (project / "statements/2026-11-20-passwd.md").symlink_to("/etc/passwd")
    result = run("check", "--format", "json")
    assert "root:" not in result.output
    assert ("statements/2026-11-20-passwd.md", "format/symlink") in rules()


def test_a_symlinked_statements_folder_is_refused(project: Path, tmp_path: Path) -> None:
    real = tmp_path / "elsewhere"
    shutil.move(project / "statements", real)
    (project / "statements").symlink_to(real, target_is_directory=True)
    assert ("statements", "format/symlink") in rules()
    assert run("build").exit_code == 1


def test_a_statements_dir_through_a_symlinked_folder_is_refused(project: Path, tmp_path: Path) -> None:
    """`statements_dir: link/statements` where `link` points outside the site root: onevoice
    would read (and `new` would write) outside its root."""
    outside = tmp_path / "outside"
    outside.mkdir()
    shutil.move(project / "statements", outside / "statements")
    (project / "link").symlink_to(outside, target_is_directory=True)
    config = (project / "mkdocs.yml").read_text()
    (project / "mkdocs.yml").write_text(config.replace("    require_approval: []", "    require_approval: []\n"
                                                       "    statements_dir: link/statements"))
    result = run("new", "Escaped", "--severity", "minor")
    assert result.exit_code != 0, result.output
    assert not list((outside / "statements").glob("*escaped*"))


# --- names -------------------------------------------------------------------------------

@pytest.mark.parametrize("slug", ["../../escaped", "ABSOLUTE", "..", "a/b", "UPPER", "x" * 81])
def test_new_with_a_bad_slug_writes_nothing_anywhere(project: Path, tmp_path: Path, slug: str) -> None:
    absolute = tmp_path / "outside" / "escaped"
    absolute.parent.mkdir()
    slug = str(absolute) if slug == "ABSOLUTE" else slug
    before = sorted(p.name for p in (project / "statements").iterdir())
    result = run("new", "Escape attempt", "--severity", "minor", "--slug", slug)
    assert result.exit_code != 0 and "Traceback" not in result.output, result.output
    assert sorted(p.name for p in (project / "statements").iterdir()) == before
    assert not list(absolute.parent.iterdir())
    assert not (project.parent / "escaped.md").exists() and not (project / "escaped.md").exists()


@pytest.mark.parametrize("lang", ["../fr", "fr/..", "de", "FR", "fr/../../x"])
def test_update_with_a_bad_language_is_a_usage_error(project: Path, lang: str) -> None:
    result = run("update", "2026-11-20-card-payments", "-s", "identified", "-m", "x", "--lang", lang)
    assert result.exit_code == 2 and "Traceback" not in result.output


@pytest.mark.parametrize("name", ["2026-11-20-card-payments..md", "2026-11-20-card-payments.en.md"])
def test_a_second_file_for_the_same_statement_and_language_is_an_error(project: Path, name: str) -> None:
    """Two files cannot both be the English card-payments statement; silently publishing one
    of them would lose the other's edits."""
    text = (project / CARD).read_text().replace("Card payments failing at checkout", "Edited in the other file")
    (project / "statements" / name).write_text(text)
    errors = rules()
    assert any(path.endswith(name) or path == CARD for path, _ in errors), errors


_NAME_CHARS = st.sampled_from(list("abcz019-._/\\ ~%:") + ["..", "fr", "en", "\u0430", "\x00"])


@hsettings(max_examples=300, deadline=None)
@given(st.lists(_NAME_CHARS, min_size=1, max_size=20).map("".join))
def test_any_file_name_gives_a_safe_slug_and_language_or_an_error(stem: str) -> None:
    """Whatever a file is called, a statement that parses has a slug that is one plain path
    segment and a site language, so its pages and copies land inside the output roots."""
    from generator.reading.reader import _FileProblems, split_name
    from generator.reading.settings import load_settings
    from tests.conftest import REPO

    site = load_settings(REPO)
    name = f"{stem}.md"
    if "/" in name or "\x00" in name:
        return  # not a file name a folder can hold
    out = _FileProblems(Path(name))
    parts = split_name(site.statements_path / name, site, out)
    if parts is None:
        assert out.items and all(p.severity == "error" for p in out.items)
        return
    slug, lang = parts
    assert lang in site.languages
    assert slug and "/" not in slug and "\\" not in slug and ".." not in slug and not slug.startswith(".")
    for relative in (site.statement_path(slug, lang), f"{slug}/{lang}/x/announcement.txt"):
        resolved = (Path("/out") / relative).resolve()
        assert resolved.is_relative_to("/out") and resolved != Path("/out")


def test_an_unreadable_statement_folder_entry_is_reported(project: Path) -> None:
    (project / "statements/2026-11-20-folder.md").mkdir()
    result = run("check")
    assert "Traceback" not in result.output and result.exit_code in (0, 1)


def test_an_unreadable_statement_is_a_clear_error(project: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    # Tests run as root in CI, where file modes do not stop reads: refuse the read itself.
    real = Path.read_bytes

    def read_bytes(self: Path) -> bytes:
        if self.name == Path(CARD).name:
            raise PermissionError(13, "Permission denied", str(self))
        return real(self)

    monkeypatch.setattr(Path, "read_bytes", read_bytes)
    result = run("check")
    assert result.exit_code == 1 and "Traceback" not in result.output
    assert "2026-11-20-card-payments.md:1:1: error: the file cannot be read (Permission denied)" in result.output
