"""A site's own broken template is the user's file at fault: located message, exit 1, no
traceback, and the last good site untouched."""

from __future__ import annotations

from pathlib import Path

from click.testing import CliRunner

from generator.cli import main


def test_a_broken_site_template_is_reported_at_its_line(project: Path) -> None:
    assert CliRunner().invoke(main, ["build"]).exit_code == 0
    before = (project / "site" / "index.html").read_bytes()
    own = project / "site_templates" / "press" / "release.md.j2"
    own.write_text("# {{ headline }}\n\n{{ lead | no_such_filter }}\n", encoding="utf-8")
    result = CliRunner().invoke(main, ["build"])
    assert result.exit_code == 1
    assert "site_templates/press/release.md.j2:3: error: template problem: No filter named 'no_such_filter'" in result.output
    assert "delete it to use the default" in result.output
    assert "Traceback" not in result.output
    assert (project / "site" / "index.html").read_bytes() == before
