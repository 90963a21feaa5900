"""The caches of checks and pages: a statement nobody touched is not linted or rendered
again, and nothing a user sees ever comes from a stale entry (an edited statement or
template, new settings, a later clock, a new version of a package that shapes the output)."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

import pytest
from click.testing import CliRunner

import generator.core.cache
import generator.checking.run
from generator.core.cache import cache_root
from generator.cli import main

CARD = "statements/2026-11-20-card-payments.md"
INCIDENTS = 3  # the sample site's slugs


@pytest.fixture
def checked(monkeypatch):  # type: ignore[no-untyped-def]
    """The slugs whose checks were computed (not read from the cache), per run."""
    computed: list[str] = []
    real = generator.checking.run._check_incident

    def counting(incident, settings, now):  # type: ignore[no-untyped-def]
        computed.append(incident.slug)
        return real(incident, settings, now)

    monkeypatch.setattr(generator.checking.run, "_check_incident", counting)
    return computed


def check_json(*args: str) -> dict:  # type: ignore[type-arg]
    result = CliRunner().invoke(main, ["check", "--format", "json", *args])
    assert result.exit_code in (0, 1), result.output
    return json.loads(result.stdout)


def test_an_untouched_site_is_checked_from_the_cache_with_the_same_findings(project: Path, checked) -> None:  # type: ignore[no-untyped-def]
    card = project / CARD
    card.write_text(card.read_text().replace("We are sorry", "It was just a minor glitch. We are sorry"))
    first = check_json()
    assert len(checked) == INCIDENTS and first["problems"]
    checked.clear()
    assert check_json() == first
    assert checked == []


def test_an_edited_statement_is_the_only_one_checked_again(project: Path, checked) -> None:  # type: ignore[no-untyped-def]
    check_json()
    checked.clear()
    card = project / CARD
    card.write_text(card.read_text().replace("We are sorry", "This will never happen again. We are sorry"))
    found = check_json()
    assert checked == ["2026-11-20-card-payments"]
    assert any(p["rule"] == "overpromise" and p["path"] == CARD for p in found["problems"])


def test_new_settings_check_everything_again(project: Path, checked) -> None:  # type: ignore[no-untyped-def]
    check_json()
    checked.clear()
    config = project / "mkdocs.yml"
    config.write_text(config.read_text() + "\n# a comment is a change too\n")
    check_json()
    assert sorted(checked) == sorted(set(checked)) and len(checked) == INCIDENTS


def test_an_overdue_promise_is_never_reported_late_from_the_cache(project: Path, checked, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    def overdue_messages() -> list[str]:
        return [p["message"] for p in check_json()["problems"] if p["rule"] == "overdue-update"]

    monkeypatch.setenv("ONEVOICE_NOW", "2026-11-20T12:30:00+01:00")
    assert any("30 min late" in m for m in overdue_messages())
    monkeypatch.setenv("ONEVOICE_NOW", "2026-11-20T12:45:00+01:00")
    assert any("45 min late" in m for m in overdue_messages())
    checked.clear()
    monkeypatch.setenv("ONEVOICE_NOW", "2026-11-20T12:45:30+01:00")  # the same minute: nothing changes
    assert any("45 min late" in m for m in overdue_messages())
    assert "2026-11-20-card-payments" not in checked


def test_a_damaged_cache_is_a_miss_not_an_error(project: Path, checked) -> None:  # type: ignore[no-untyped-def]
    first = check_json()
    folder = cache_root(project)
    assert folder is not None
    entries = list((folder / "checks").iterdir())
    assert len(entries) == INCIDENTS
    for entry in entries:
        entry.write_bytes(b"not a pickle")
    checked.clear()
    assert check_json() == first
    assert len(checked) == INCIDENTS


# What changes the words, the counts or the pages: dates and plurals (Babel), graphemes
# (regex), HTML sanitising (nh3), Markdown (markdown-it-py), the site (mkdocs, its theme,
# Jinja), onevoice itself, and X's URL finder (twitter-text-parser).
OUTPUT_PACKAGES = ["babel", "regex", "nh3", "markdown-it-py", "mkdocs", "mkdocs-material", "jinja2", "onevoice",
                   "twitter-text-parser"]


def new_process() -> None:
    """The package versions are read once per process: forget them, as a new run would."""
    generator.core.cache.package_versions.cache_clear()
    generator.core.cache.code_stamp.cache_clear()


@pytest.fixture
def installed(monkeypatch: pytest.MonkeyPatch) -> Iterator[dict[str, str]]:
    """Package versions as onevoice finds them installed: set one to "install" another version."""
    replaced: dict[str, str] = {}
    real = generator.core.cache.package_version
    monkeypatch.setattr(generator.core.cache, "package_version", lambda name: replaced.get(name) or real(name))
    new_process()
    yield replaced
    new_process()


@pytest.mark.parametrize("package", OUTPUT_PACKAGES)
def test_a_check_cached_under_one_version_of_a_package_is_not_reused_under_another(
        project: Path, checked: list[str], installed: dict[str, str], package: str) -> None:
    first = check_json()
    checked.clear()
    new_process()
    assert check_json() == first and checked == []  # the same versions in a new run: from the cache
    installed[package] = "99.0.0"
    new_process()
    assert check_json() == first
    assert len(checked) == INCIDENTS  # every statement checked again, none read from the old entries


def test_the_page_cache_is_not_reused_under_another_theme_version(
        project: Path, rendered: list[tuple[str, str]], installed: dict[str, str]) -> None:
    assert CliRunner().invoke(main, ["build"]).exit_code == 0
    first = len(rendered)
    rendered.clear()
    installed["mkdocs-material"] = "99.0.0"
    new_process()
    assert CliRunner().invoke(main, ["build"]).exit_code == 0
    assert len(rendered) == first


def test_the_cache_is_outside_the_repository_and_can_be_turned_off(project: Path, checked, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    folder = cache_root(project)
    assert folder is not None and not folder.is_relative_to(project)
    monkeypatch.setenv("ONEVOICE_NO_CACHE", "1")
    assert cache_root(project) is None
    check_json()
    check_json()
    assert len(checked) == 2 * INCIDENTS
    assert not folder.exists()


@pytest.fixture
def rendered(monkeypatch):  # type: ignore[no-untyped-def]
    """(slug, lang) of the statement pages rendered (not read from the cache)."""
    from generator.rendering.site.pages import PageRenderer

    calls: list[tuple[str, str]] = []
    real = PageRenderer.statement_pages

    def counting(self, incident, lang):  # type: ignore[no-untyped-def]
        calls.append((incident.slug, lang))
        return real(self, incident, lang)

    monkeypatch.setattr(PageRenderer, "statement_pages", counting)
    return calls


def test_a_rebuild_renders_again_only_the_pages_of_what_changed(project: Path, rendered) -> None:  # type: ignore[no-untyped-def]
    assert CliRunner().invoke(main, ["build"]).exit_code == 0
    assert len(rendered) == 4  # card payments en + fr, the data exposure en, the loyalty cards fr
    untouched = (project / "site/statements/2026-10-02-merchant-data-exposure/index.html").read_bytes()
    rendered.clear()
    card = project / CARD
    card.write_text(card.read_text().replace("We are sorry", "We apologise"))
    assert CliRunner().invoke(main, ["build"]).exit_code == 0
    assert sorted(rendered) == [("2026-11-20-card-payments", "en"), ("2026-11-20-card-payments", "fr")]
    assert "We apologise" in (project / "site/statements/2026-11-20-card-payments/index.html").read_text()
    assert (project / "site/statements/2026-10-02-merchant-data-exposure/index.html").read_bytes() == untouched


def test_an_edited_page_template_renders_every_page_again(project: Path, rendered) -> None:  # type: ignore[no-untyped-def]
    assert CliRunner().invoke(main, ["build"]).exit_code == 0
    first = len(rendered)
    rendered.clear()
    template = project / "site_templates/site/statement.html.j2"
    template.write_text(template.read_text().replace("{% block main %}", "{% block main %}<p>TEMPLATE EDIT</p>", 1))
    assert CliRunner().invoke(main, ["build"]).exit_code == 0
    assert len(rendered) == first
    assert "TEMPLATE EDIT" in (project / "site/statements/2026-10-02-merchant-data-exposure/index.html").read_text()


def test_a_page_built_after_a_deadline_is_never_served_to_a_build_before_it(project: Path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    # A site built on 5 December left out "will file its report by 2 December" (passed); built
    # again as of 1 December from the same cache, the press page still lacked it, and the next
    # sentence, "We will publish a summary of it here", pointed at nothing.
    from tests.press_support import statement_file

    (project / "statements/2026-11-30-calls.md").write_text(statement_file(
        title="Calls to our support line failing", started="2026-11-30 09:00", front="",
        sections={"Summary": "Calls to our support line failed this morning. We are sorry.",
                  "What we are doing": "We told the regulator at 10:00 and will file our full report by 2 December. "
                                       "We will publish a summary of it here."},
        updates=(("2026-11-30 12:00", "resolved", "Calls have gone through normally since 11:40."),)),
        encoding="utf-8")
    page = project / "site/press/2026-11-30-calls/index.html"
    monkeypatch.setenv("ONEVOICE_NOW", "2026-12-05T12:00:00+01:00")
    assert CliRunner().invoke(main, ["build"]).exit_code == 0
    assert "full report by Dec. 2" not in page.read_text() and "Calls to our support line" in page.read_text()
    assert "summary of it" not in page.read_text()  # (never without the report it speaks of)
    monkeypatch.setenv("ONEVOICE_NOW", "2026-12-01T12:00:00+01:00")
    assert CliRunner().invoke(main, ["build"]).exit_code == 0
    assert "full report by Dec. 2" in page.read_text()
