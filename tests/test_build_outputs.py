"""What `onevoice build` leaves for the communications team in dist/, and what it keeps."""

from __future__ import annotations

import json
from pathlib import Path

from click.testing import CliRunner

from generator.cli import main


def test_dist_holds_the_kit_of_current_statements_only(project: Path) -> None:
    assert CliRunner().invoke(main, ["build"]).exit_code == 0
    dist = project / "dist"
    # ongoing, in both languages
    assert (dist / "2026-11-20-card-payments/en/copies.json").is_file()
    assert (dist / "2026-11-20-card-payments/fr/press-release.html").is_file()
    # resolved yesterday: the team may still be posting the resolution
    assert (dist / "2026-11-18-retard-cartes-fidelite/fr/copies.json").is_file()
    # resolved in October: its copies went out long ago, its press page is on the site
    assert not (dist / "2026-10-02-merchant-data-exposure").exists()
    assert (project / "site/press/2026-10-02-merchant-data-exposure/index.html").is_file()
    deck = (dist / "index.html").read_text(encoding="utf-8")
    assert "Card payments failing at checkout" in deck and "Merchant contact details" not in deck
    listed = json.loads((dist / "2026-11-20-card-payments/en/copies.json").read_text())
    assert {c["channel"] for c in listed["copies"]} >= {"x", "bluesky", "sms", "email"}


def test_a_review_survives_the_next_build(project: Path) -> None:
    slug = "2026-10-02-merchant-data-exposure"
    assert CliRunner().invoke(main, ["review", slug]).exit_code == 0
    review = project / "dist" / slug / "en" / "review.md"
    written = review.read_text(encoding="utf-8")
    assert CliRunner().invoke(main, ["build"]).exit_code == 0
    assert review.read_text(encoding="utf-8") == written


def test_the_theme_template_cache_never_serves_an_edited_template(project: Path) -> None:
    # mkdocs-material's compiled templates are kept in the user's cache between builds (never
    # in the repository); a change to a template (here the site's own override) must show in
    # the very next build.
    from generator.core.cache import cache_root

    assert CliRunner().invoke(main, ["build"]).exit_code == 0
    cache = cache_root(project)
    assert cache is not None and not cache.is_relative_to(project)
    assert any((cache / "jinja").iterdir()), "the compiled templates are kept for the next build"
    override = project / "site_templates/overrides/main.html"
    override.write_text(override.read_text(encoding="utf-8").replace(
        "{% block content %}", "{% block content %}<p class=\"ov-test-marker\">edited</p>"), encoding="utf-8")
    assert CliRunner().invoke(main, ["build"]).exit_code == 0
    page = (project / "site/statements/2026-11-20-card-payments/index.html").read_text(encoding="utf-8")
    assert '<p class="ov-test-marker">edited</p>' in page
    assert '<p class="ov-test-marker">edited</p>' in (project / "site/fr/index.html").read_text(encoding="utf-8")


def test_replaced_outputs_are_removed_by_the_next_build(project: Path) -> None:
    # A build moves the outputs it replaces to .onevoice/trash, and the next build removes
    # them while it works: the trash never holds more than one build's worth.
    for _ in range(3):
        assert CliRunner().invoke(main, ["build"]).exit_code == 0
    trash = sorted(p.name.split("-")[0] for p in (project / ".onevoice/trash").iterdir())
    assert trash == ["dist", "site"]
    assert not [p.name for p in project.iterdir() if ".previous-" in p.name]
