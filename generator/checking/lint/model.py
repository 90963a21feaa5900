"""Stage 2, checks: the statistical sentence scorer. In: one sentence's plain text and its
language. Out: the fault category it most probably shows, if any, with its probability and
the words that weigh most for it (so the finding can quote them).

The weights come from generator/checking/lint/data/<lang>.json, written by scripts/train_linter.py
from the training corpus; reading them is a dictionary look-up per feature, with no
dependency beyond the standard library."""

from __future__ import annotations

import hashlib
import json
import math
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import Any

from generator.checking.lint.features import ARTICLES, Feature, Reader, letter_groups, weights

DATA = Path(__file__).resolve().parent / "data"
LANGUAGES = ("en", "fr")
CATEGORIES = ("overpromise", "blame", "defensive", "minimizing", "emotional", "speculation", "no-ownership",
              "placeholder")
CLEAN = "clean"
# The signs of each fault a finding quotes first: a cue class in the organisation's own
# voice (outside negation and reported speech), or a shape of the sentence.
EVIDENCE: dict[str, frozenset[str]] = {
    "overpromise": frozenset({"c:guarantee", "c:absolute", "c:again", "c:superlative", "c:safety", "x:pct-all"}),
    "blame": frozenset({"c:third-party", "c:cause"}),
    "defensive": frozenset({"c:denial", "c:procedure", "c:control", "c:stand-by"}),
    "minimizing": frozenset({"c:small", "c:soft-event", "c:reassure", "x:pct-small", "x:pct"}),
    "emotional": frozenset({"c:emotion", "x:exclamation", "x:question"}),
    "speculation": frozenset({"c:hedge", "c:culprit", "x:conditional"}),
    "no-ownership": frozenset({"c:apology", "c:conditional", "c:inconvenience"}),
    "placeholder": frozenset({"c:draft", "x:slot", "x:maybe-slot"}),
}


# A slot or a draft note has a shape or a word ("[DATE]", "to be confirmed"): without one, words
# that merely sit near slots in the training corpus ("surname, first name and date of birth",
# "will be refunded") are no sign of one.
NEEDS_EVIDENCE = frozenset({"placeholder"})


def cue_classes(lang: str) -> dict[str, tuple[str, ...]]:
    """The cue classes the scorer weighs (generator/checking/lint/lexicon_<lang>.py)."""
    if lang == "fr":
        from generator.checking.lint.lexicon_fr import CUES
    else:
        from generator.checking.lint.lexicon_en import CUES
    return CUES


def statement_cue_classes(lang: str) -> dict[str, tuple[str, ...]]:
    """The cue classes the statement rules look for (their words need lemmas too)."""
    if lang == "fr":
        from generator.checking.lint.lexicon_fr import STATEMENT_CUES
    else:
        from generator.checking.lint.lexicon_en import STATEMENT_CUES
    return STATEMENT_CUES


def reader_fingerprint(lang: str) -> str:
    """What the model file depends on besides the corpus: the reader's code and the cue
    classes. A model trained with other ones would weigh features that no longer mean the
    same, or lack the lemmas of new cue words."""
    source = (Path(__file__).resolve().parent / "features.py").read_bytes()
    both = [cue_classes(lang), statement_cue_classes(lang)]
    cues = json.dumps(both, sort_keys=True, ensure_ascii=False).encode()
    return hashlib.sha256(source + b"\0" + cues).hexdigest()[:16]


@dataclass(frozen=True, slots=True)
class Judgment:
    category: str
    probability: float
    spans: tuple[tuple[int, int], ...]  # the words that weigh most for it, in the sentence


class Scorer:
    """One multinomial logistic regression over the fault categories and `clean`."""

    def __init__(self, data: dict[str, Any]):  # the JSON file scripts/train_linter.py writes
        self.lang = str(data["lang"])
        self.classes: list[str] = list(data["classes"])
        self.bias: list[float] = list(data["bias"])
        self.thresholds: dict[str, float] = dict(data["thresholds"])
        self.weights: dict[str, list[list[float]]] = data["weights"]
        self.reader = Reader(self.lang, data["lemmas"], cue_classes(self.lang))
        self._letter_cache: dict[str, tuple[int, list[float]]] = {}

    def _scores(self, text: str) -> tuple[list[float], list[list[tuple[float, tuple[tuple[int, int], ...]]]]]:
        probabilities, parts, _ = self._read(text)
        return probabilities, parts

    def _read(self, text: str) -> tuple[list[float], list[list[tuple[float, tuple[tuple[int, int], ...]]]],
                                        list[Feature]]:
        """Class probabilities, and per class the positive contributions with their words.
        Equal to weighing `weights(reader.features(text))`, computed word by word for the
        letter groups (a word's groups are summed once and kept)."""
        tokens, features = self.reader.read(text)
        values = weights(features)
        totals = list(self.bias)
        parts: list[list[tuple[float, tuple[tuple[int, int], ...]]]] = [[] for _ in self.classes]
        for feature in features:
            for index, weight in self.weights.get(feature.name, ()):
                contribution = weight * values[feature.name]
                totals[int(index)] += contribution
                if contribution > 0 and feature.spans:
                    parts[int(index)].append((contribution, feature.spans))
        words = [(token, self._letters(token.surface)) for token in tokens if token.kind == "word" and token.lemma not in ARTICLES]
        count = sum(found[0] for _, found in words)
        if count:
            value = 1.0 / math.sqrt(count)
            for token, (_, summed) in words:
                for index, weight in enumerate(summed):
                    if weight:
                        totals[index] += weight * value
                        if weight > 0:
                            parts[index].append((weight * value, ((token.start, token.end),)))
        top = max(totals)
        exps = [math.exp(total - top) for total in totals]
        norm = sum(exps)
        return [e / norm for e in exps], parts, features

    def _letters(self, word: str) -> tuple[int, list[float]]:
        """How many letter groups a word has, and their weights summed per class."""
        found = self._letter_cache.get(word)
        if found is None:
            groups = letter_groups(word)
            summed = [0.0] * len(self.classes)
            for group in groups:
                for index, weight in self.weights.get(group, ()):
                    summed[int(index)] += weight
            found = self._letter_cache[word] = (len(groups), summed)
        return found

    def probabilities(self, text: str) -> dict[str, float]:
        probabilities, _ = self._scores(text)
        return dict(zip(self.classes, probabilities))

    def judge(self, text: str) -> Judgment | None:
        """The likeliest fault category, when its probability reaches its threshold."""
        probabilities, parts, features = self._read(text)
        index = max(range(len(CATEGORIES)), key=lambda i: probabilities[i])
        category = self.classes[index]
        if probabilities[index] < self.thresholds[category]:
            return None
        # Quote the signs of the fault, and the words that weigh most with them.
        evidence = [f for f in features if f.name in EVIDENCE[category]]
        if category in NEEDS_EVIDENCE and not evidence:
            return None
        found = sorted(parts[index], key=lambda part: -part[0])
        spans = {span for f in evidence for span in f.spans} | {span for _, spans in found[:2] for span in spans}
        return Judgment(category, probabilities[index], tuple(sorted(spans)))


@cache
def scorer(lang: str) -> Scorer | None:
    """The scorer of a language, or None when onevoice has no model for it."""
    path = DATA / f"{lang}.json"
    if lang not in LANGUAGES or not path.is_file():
        return None
    return Scorer(json.loads(path.read_text(encoding="utf-8")))
