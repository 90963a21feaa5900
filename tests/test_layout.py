"""The package's folders are the pipeline's stages, and imports go one way between them (the
table in the README's "How it works"): a reader never needs a renderer, a renderer never
needs the build. Lazy imports inside functions count too."""

from __future__ import annotations

import ast
from pathlib import Path

PACKAGE = Path(__file__).resolve().parent.parent / "generator"
# What each stage may import besides itself.
ALLOWED = {
    "core": set(),
    "reading": {"core"},
    "rendering": {"core", "reading"},
    "checking": {"core", "reading", "rendering"},
    "authoring": {"core", "reading", "rendering", "checking"},
    "publishing": {"core", "reading", "rendering", "checking"},
}


def imported(path: Path) -> set[str]:
    """The `generator.<stage>` folders a module imports, at the top or inside a function."""
    stages = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        names = ([node.module or ""] if isinstance(node, ast.ImportFrom) and not node.level
                 else [alias.name for alias in node.names] if isinstance(node, ast.Import) else [])
        if isinstance(node, ast.ImportFrom) and node.module == "generator":
            names = [f"generator.{alias.name}" for alias in node.names]
        for name in names:
            parts = name.split(".")
            if parts[0] == "generator" and len(parts) > 1:
                stages.add(parts[1])
    return stages


def test_every_module_sits_in_a_stage_folder():
    loose = sorted(p.name for p in PACKAGE.glob("*.py") if p.name not in {"__init__.py", "__main__.py", "cli.py"})
    assert loose == [], f"modules outside the stage folders: {loose}"
    folders = {p.name for p in PACKAGE.iterdir() if p.is_dir() and (p / "__init__.py").exists()}
    assert folders == set(ALLOWED) | {"commands"}


def test_imports_follow_the_pipeline():
    wrong = []
    for stage, allowed in ALLOWED.items():
        for path in sorted((PACKAGE / stage).rglob("*.py")):
            for other in imported(path) - allowed - {stage}:
                wrong.append(f"{path.relative_to(PACKAGE)} imports generator.{other}")
    assert wrong == []


def test_the_check_sees_a_wrong_import(tmp_path):
    # The reader above must not miss the forms the code uses: a lazy import in a function.
    module = tmp_path / "m.py"
    module.write_text("def f():\n    from generator.publishing.build import build\n    from generator import core\n")
    assert imported(module) == {"publishing", "core"}
