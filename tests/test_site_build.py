"""build_site as the orchestrator uses it: everything in the staging folder it is given,
nothing in the user's folders, and a failed mkdocs build reported as a BuildError."""

from __future__ import annotations

from pathlib import Path

import pytest

from generator.core.errors import BuildError
from generator.core.catalogues import translations
from generator.core.languages import KNOWN_LANGUAGES
from generator.rendering.site.labels import LABELS
from generator.rendering.site.templating import relative_href
from tests.test_site_support import SAMPLE_MOMENT, build, make_root


def test_build_writes_only_into_the_staging_folder(tmp_path: Path) -> None:
    site = build(tmp_path)
    root = tmp_path / "root"
    assert not (root / "docs").exists() and not (root / "site").exists()
    assert sorted(p.name for p in tmp_path.iterdir()) == ["root", "site"]  # mkdocs's docs dir is gone
    assert (site / "index.html").is_file() and (site / "fr/index.html").is_file()


def test_a_broken_theme_override_is_a_build_error_naming_the_cause(tmp_path: Path) -> None:
    from generator.reading.reader import load_incidents
    from generator.reading.settings import load_settings
    from generator.rendering.site import build_site

    root = make_root(tmp_path)
    (root / "site_templates/overrides/main.html").write_text('{% extends "base.html" %}{% block content %}{{ x', "utf-8")
    settings = load_settings(root)
    incidents, _ = load_incidents(settings, now=SAMPLE_MOMENT)
    with pytest.raises(BuildError, match=r"mkdocs could not build the 'en' site: .*unexpected end of template"):
        build_site(incidents, settings, tmp_path / "out", SAMPLE_MOMENT)
    assert sorted(p.name for p in tmp_path.iterdir()) == ["out", "root"]


def test_strict_build_fails_on_a_mkdocs_warning(tmp_path: Path) -> None:
    from generator.reading.reader import load_incidents
    from generator.reading.settings import load_settings
    from generator.rendering.site import build_site

    root = make_root(tmp_path)
    with (root / "mkdocs.yml").open("a", encoding="utf-8") as config:
        config.write("\nnot_a_mkdocs_setting: 1\n")
    settings = load_settings(root)
    incidents, _ = load_incidents(settings, now=SAMPLE_MOMENT)
    warnings = build_site(incidents, settings, tmp_path / "lenient", SAMPLE_MOMENT)
    assert any("not_a_mkdocs_setting" in w for w in warnings)
    with pytest.raises(BuildError, match="not_a_mkdocs_setting"):
        build_site(incidents, settings, tmp_path / "strict", SAMPLE_MOMENT, strict=True)


def test_every_label_exists_in_every_language() -> None:
    # English is in the code, every other language in its catalogue (tests/test_catalogues.py).
    missing = [(key, lang) for key in LABELS for lang in KNOWN_LANGUAGES
               if lang != "en" and (key, LABELS[key]) not in translations(lang)]
    assert missing == []


@pytest.mark.parametrize(("start", "target", "expected"), [
    ("", "statements/a/", "statements/a/"),
    ("statements/a/", "", "../../"),
    ("statements/a/", "fr/statements/a/", "../../fr/statements/a/"),
    ("fr/statements/a/", "statements/a/", "../../../statements/a/"),
    ("statements/a/", "statements/a/feed.atom", "feed.atom"),
    ("press/", "press/", "./"),
])
def test_links_between_pages_are_relative(start: str, target: str, expected: str) -> None:
    assert relative_href(start, target) == expected
