"""Stage 2, checks: running the sentence rules over a block of text. Used for statements
(through `generator.checking.lint.lint_incident`) and directly by the corpus benchmark."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from generator.checking.lint.registry import Rule, quoted
from generator.checking.lint.sentence_rules import MESSAGES, SENTENCE_RULES, Reading, read
from generator.checking.lint.sentences import Block, split


@dataclass(frozen=True, slots=True)
class TextFinding:
    rule: Rule
    line: int
    column: int
    words: str  # the published words at fault

    @property
    def message(self) -> str:
        return MESSAGES[self.rule.id].format(words=quoted(self.words))


def text_findings(block: Block, lang: str, rules: Iterable[Rule] = SENTENCE_RULES,
                  judge: bool = True) -> list[TextFinding]:
    """Every sentence-rule finding in `block`, in text order. Each sentence is read once;
    `judge=False` leaves the scorer out (front-matter values are names, not sentences)."""
    wanted = [rule for rule in rules if rule.applies_to(lang)]
    found: list[TextFinding] = []
    for sentence in split(block):
        reading = read(sentence, lang) if judge else Reading(sentence, lang, None)
        for rule in wanted:
            assert rule.check is not None
            for start, end in rule.check(reading):
                line, column = sentence.position(start)
                found.append(TextFinding(rule, line, column, sentence.words(start, end)))
    return found
