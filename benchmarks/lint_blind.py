"""The linter's sentence judgments measured on sentences written blind to its rules
(tests/lint_eval/, see its README): per language and per part, recall on faulty sentences,
precision of the findings and the share of clean sentences that get any finding.

Parts: `tune` (odd data lines of a blind set: the rules may be adjusted on them), `held-out`
(even data lines: never looked at while tuning), and whole sets written later (`blind2`).

Run: .venv/bin/python benchmarks/lint_blind.py [--misses] [--part PART] [--set NAME]"""

from __future__ import annotations

import argparse
import sys
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

EVAL = ROOT / "tests" / "lint_eval"
LANGUAGES = ("en", "fr")
# The writers' label for an apology that owns nothing is the linter's `no-ownership` category.
LABELS = {"non-apology": "no-ownership"}
FAULTS = ("overpromise", "blame", "defensive", "minimizing", "emotional", "speculation", "no-ownership",
          "placeholder")


@dataclass(frozen=True)
class Example:
    lang: str
    index: int  # 1-based among the data lines of the file
    gold: frozenset[str]  # linter categories; empty for a clean sentence
    origin: str
    sentence: str

    @property
    def part(self) -> str:
        return "tune" if self.index % 2 else "held-out"


# Sets whose odd lines were looked at while tuning: their figures are given per half.
HALVED = ("blind1", "blind13", "blind14", "blind15", "blind16", "blind17", "blind18", "blind19", "blind20", "blind21")


# A line withdrawn from a set after it arrived (the same words are in the training corpus)
# keeps its place, so the halves stay as they were measured.
WITHDRAWN = "#withdrawn "


def load(lang: str, name: str) -> list[Example]:
    examples: list[Example] = []
    index = 0
    for line in (EVAL / f"{lang}.{name}.tsv").read_text(encoding="utf-8").splitlines():
        if line.startswith(WITHDRAWN):
            index += 1
        if not line.strip() or line.startswith("#"):
            continue
        label, origin, sentence = line.split("\t")
        gold = frozenset(LABELS.get(item, item) for item in label.split("|") if item != "clean")
        index += 1
        examples.append(Example(lang, index, gold, origin, sentence.strip()))
    return examples


def predict(sentence: str, lang: str) -> set[str]:
    """The categories the linter reports on one sentence, as in a statement's body."""
    from generator.checking.lint.sentences import Block
    from generator.checking.lint.text_findings import text_findings

    return {finding.rule.category for finding in text_findings(Block(sentence, 1), lang)}


@dataclass
class Score:
    faulty: int = 0
    caught: int = 0  # faulty sentences with a finding of one of their categories
    findings: int = 0
    right: int = 0  # findings whose category is one of the sentence's
    clean: int = 0
    alarmed: int = 0  # clean sentences with any finding
    per_category: Counter[str] = field(default_factory=Counter)
    missed_per_category: Counter[str] = field(default_factory=Counter)
    misses: list[str] = field(default_factory=list)

    @property
    def recall(self) -> float:
        return self.caught / self.faulty if self.faulty else 1.0

    @property
    def precision(self) -> float:
        return self.right / self.findings if self.findings else 1.0

    @property
    def false_alarms(self) -> float:
        return self.alarmed / self.clean if self.clean else 0.0


def score(examples: list[Example]) -> Score:
    result = Score()
    for example in examples:
        predicted = predict(example.sentence, example.lang)
        result.findings += len(predicted)
        result.right += len(predicted & example.gold)
        if example.gold:
            result.faulty += 1
            for category in example.gold:
                result.per_category[category] += 1
            if predicted & example.gold:
                result.caught += 1
            else:
                for category in example.gold:
                    result.missed_per_category[category] += 1
                found = f" (found {', '.join(sorted(predicted))})" if predicted else ""
                result.misses.append(f"  missed {'|'.join(sorted(example.gold))}{found}: {example.sentence}")
        else:
            result.clean += 1
            if predicted:
                result.alarmed += 1
                result.misses.append(f"  false alarm {', '.join(sorted(predicted))}: {example.sentence}")
        if example.gold and predicted - example.gold and predicted & example.gold:
            result.misses.append(f"  extra {', '.join(sorted(predicted - example.gold))} on "
                                 f"{'|'.join(sorted(example.gold))}: {example.sentence}")
    return result


def line(title: str, s: Score) -> str:
    return (f"{title:<28} recall {s.recall:.3f} ({s.caught}/{s.faulty})  precision {s.precision:.3f} "
            f"({s.right}/{s.findings})  false alarms {s.false_alarms:.3f} ({s.alarmed}/{s.clean})")


def categories(s: Score) -> str:
    return "    " + "  ".join(f"{c} {s.per_category[c] - s.missed_per_category[c]}/{s.per_category[c]}"
                              for c in FAULTS if s.per_category[c])


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--misses", action="store_true", help="list the sentences judged wrongly")
    parser.add_argument("--part", choices=("tune", "held-out", "all"), default=None)
    parser.add_argument("--set", dest="sets", action="append", help="blind1, blind2 (default: all present)")
    parser.add_argument("--lang", dest="langs", action="append", help="en, fr (default: both)")
    args = parser.parse_args(argv)
    names = args.sets or sorted({p.name.split(".")[1] for p in EVAL.glob("*.tsv")})
    for name in names:
        for lang in args.langs or LANGUAGES:
            if not (EVAL / f"{lang}.{name}.tsv").is_file():
                continue
            examples = load(lang, name)
            parts = [args.part] if args.part else (["tune", "held-out"] if name in HALVED else ["all"])
            for part in parts:
                chosen = examples if part == "all" else [e for e in examples if e.part == part]
                s = score(chosen)
                print(line(f"[{lang}] {name} {part}", s))
                print(categories(s))
                if args.misses:
                    print("\n".join(s.misses))
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
