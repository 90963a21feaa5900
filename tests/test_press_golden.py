"""Golden files: the press release and the crisis documents of every sample statement, in
every output form, compared byte for byte with the reviewed copies in tests/golden/press/.

After a deliberate change, regenerate them and review the diff before committing:

    ONEVOICE_REGENERATE_GOLDEN=1 .venv/bin/pytest tests/test_press_golden.py
    git diff tests/golden/press/
"""

from __future__ import annotations

from pathlib import Path

import pytest

from generator.rendering.documents import render_documents
from generator.rendering.press import render_press_release
from tests.conftest import regenerating_golden

GOLDEN = Path(__file__).resolve().parent / "golden" / "press"
SAMPLES = [
    ("2026-10-02-merchant-data-exposure", "en"),
    ("2026-11-18-retard-cartes-fidelite", "fr"),
    ("2026-11-20-card-payments", "en"),
    ("2026-11-20-card-payments", "fr"),
]


def _outputs(statement, settings) -> dict[str, str]:  # type: ignore[no-untyped-def]
    release = render_press_release(statement, settings)
    name = f"{statement.slug}.{statement.lang}"
    outputs = {
        f"{name}.release.md": release.markdown,
        f"{name}.release.html": release.html,
        f"{name}.release.txt": release.text,
    }
    for document in render_documents(statement, settings):
        outputs[f"{name}.{document.filename}"] = document.text
    return outputs


def test_every_sample_is_covered(incidents):
    assert sorted((i.slug, lang) for i in incidents for lang in i.translations) == SAMPLES


@pytest.mark.parametrize(("slug", "lang"), SAMPLES, ids=[f"{s}.{l}" for s, l in SAMPLES])
def test_outputs_match_golden_files(settings, incidents, slug, lang):
    statement = next(i for i in incidents if i.slug == slug).translations[lang]
    outputs = _outputs(statement, settings)
    if regenerating_golden():
        GOLDEN.mkdir(parents=True, exist_ok=True)
        for stale in GOLDEN.glob(f"{slug}.{lang}.*"):
            stale.unlink()
        for name, text in outputs.items():
            (GOLDEN / name).write_text(text, encoding="utf-8", newline="\n")
    expected = {path.name: path.read_text(encoding="utf-8") for path in GOLDEN.glob(f"{slug}.{lang}.*")}
    assert sorted(outputs) == sorted(expected), "outputs and golden files differ in number: regenerate"
    for name, text in outputs.items():
        assert text == expected[name], f"{name} differs from tests/golden/press/{name}"
