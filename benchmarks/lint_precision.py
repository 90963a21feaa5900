"""Precision and recall of the linter's sentence rules on the labelled corpus
(tests/lint_corpus/<lang>.tsv), per category and overall, per language, on the part used
while writing the rules (dev), on the held-out part (every fifth sentence), and on the
fresh sets (<lang>.fresh.tsv), written after the rules were frozen.

Run: .venv/bin/python benchmarks/lint_precision.py [--misses]"""

from __future__ import annotations

import sys
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from generator.lint.sentences import Block
from generator.lint.text_findings import text_findings

CORPUS = ROOT / "tests" / "lint_corpus"
LANGUAGES = ("en", "fr")


@dataclass(frozen=True)
class Example:
    lang: str
    index: int  # 1-based among the data lines of the file
    category: str  # a lint category or "clean"
    sentence: str

    @property
    def held_out(self) -> bool:
        return self.index % 5 == 0


def load(lang: str, name: str = "") -> list[Example]:
    """The examples of `<lang>.tsv`, or of `<lang>.<name>.tsv`."""
    examples = []
    lines = (CORPUS / (f"{lang}.{name}.tsv" if name else f"{lang}.tsv")).read_text(encoding="utf-8").splitlines()
    for line in lines:
        if not line.strip() or line.startswith("#"):
            continue
        category, _, sentence = line.partition("\t")
        examples.append(Example(lang, len(examples) + 1, category.strip(), sentence.strip()))
    return examples


def predict(example: Example) -> set[str]:
    return {f.rule.category for f in text_findings(Block(example.sentence, 1), example.lang)}


@dataclass
class Score:
    tp: int = 0
    fp: int = 0
    fn: int = 0
    misses: list[str] = field(default_factory=list)

    @property
    def precision(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 1.0

    @property
    def recall(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 1.0


def score(examples: list[Example]) -> dict[str, Score]:
    """Per category, plus "overall" (micro-averaged over the categories)."""
    scores: dict[str, Score] = {}
    overall = Score()
    for example in examples:
        predicted = predict(example)
        categories = set(predicted) | ({example.category} - {"clean"})
        for category in sorted(categories):
            entry = scores.setdefault(category, Score())
            hit, gold = category in predicted, category == example.category
            if hit and gold:
                entry.tp += 1
                overall.tp += 1
            elif hit:
                entry.fp += 1
                overall.fp += 1
                entry.misses.append(f"  false alarm ({example.category}): {example.sentence}")
            else:
                entry.fn += 1
                overall.fn += 1
                entry.misses.append(f"  missed: {example.sentence}")
    scores["overall"] = overall
    overall.misses = [m for name, s in scores.items() if name != "overall" for m in s.misses]
    return scores


def table(title: str, scores: dict[str, Score]) -> str:
    rows = [title, f"{'category':<20}{'precision':>10}{'recall':>8}{'tp':>5}{'fp':>5}{'fn':>5}"]
    for name in [*sorted(k for k in scores if k != "overall"), "overall"]:
        s = scores[name]
        rows.append(f"{name:<20}{s.precision:>10.2f}{s.recall:>8.2f}{s.tp:>5}{s.fp:>5}{s.fn:>5}")
    return "\n".join(rows)


def main(argv: list[str]) -> int:
    show_misses = "--misses" in argv
    all_examples: list[Example] = []
    for lang in LANGUAGES:
        examples = load(lang)
        all_examples += examples
        for part, chosen in (("dev", [e for e in examples if not e.held_out]),
                             ("held-out", [e for e in examples if e.held_out]),
                             ("fresh", load(lang, "fresh"))):
            scores = score(chosen)
            print(table(f"\n[{lang}] {part}: {len(chosen)} sentences", scores))
            if show_misses and part != "held-out":
                print("\n".join(scores["overall"].misses))
    total = score(all_examples)["overall"]
    print(f"\nall languages, all sentences ({len(all_examples)}): "
          f"precision {total.precision:.3f}, recall {total.recall:.3f}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
