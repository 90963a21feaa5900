"""Stage 2, checks: running the sentence rules over a block of text. Used for statements
(through `generator.checking.lint.lint_incident`) and directly by the corpus benchmark."""

from __future__ import annotations

import re
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


# A sentence that owns the fault outright ("That is the gap that allowed this error through",
# « c'est notre procédure qui permettait qu'elle se produise »): beside it in the same paragraph,
# what a partner did or what a rule did not require is told as context, not as blame or defence.
_OWNS = {
    "en": re.compile(r"\b(?:(?:that|this|it) (?:is|was) (?:the (?:gap|flaw|weakness)|our (?:gap|failure|mistake|fault|error|"
                     r"responsibility|doing))|(?:is|was|are|were) ours\b|our (?:own )?(?:procedure|process|checks?|"
                     r"system|choice|decision|rules?) (?:that )?(?:allowed|let|permitted|failed)|the (?:mistake|error|"
                     r"fault|failure|responsibility) (?:is|was|lies with|rests with) (?:ours|us)|we take (?:full )?"
                     r"responsibility|(?:is|was) on us)", re.IGNORECASE),
    "fr": re.compile(r"(?:c['’]est notre (?:procédure|processus|contrôle|choix|décision|erreur|faute|responsabilité)|"
                     r"(?:est|était) (?:le|la) nôtre|relève de notre (?:seule )?responsabilité|nous (?:en )?assumons|"
                     r"de notre fait|(?:c['’]est|c['’]était) notre erreur|(?:la|cette) (?:faute|erreur|responsabilité) "
                     r"(?:est|était) (?:la )?nôtre)", re.IGNORECASE),
}
_CONTEXT_CATEGORIES = frozenset({"blame", "defensive"})


def text_findings(block: Block, lang: str, rules: Iterable[Rule] = SENTENCE_RULES,
                  judge: bool = True) -> list[TextFinding]:
    """Every sentence-rule finding in `block`, in text order. Each sentence is read once;
    `judge=False` leaves the scorer out (front-matter values are names, not sentences)."""
    wanted = [rule for rule in rules if rule.applies_to(lang)]
    found: list[TextFinding] = []
    sentences = split(block)
    owns = _OWNS.get(lang)
    owning = {id(s) for s in sentences if owns is not None and owns.search(s.text)}
    owned = {id(s.paragraph) for s in sentences if id(s) in owning}
    for sentence in sentences:
        reading = read(sentence, lang) if judge else Reading(sentence, lang, None)
        # Beside its paragraph's owning sentence, a partner's part is context (the owning one is judged).
        context = id(sentence.paragraph) in owned and id(sentence) not in owning
        for rule in wanted:
            assert rule.check is not None
            if context and rule.category in _CONTEXT_CATEGORIES:
                continue
            for start, end in rule.check(reading):
                line, column = sentence.position(start)
                found.append(TextFinding(rule, line, column, sentence.words(start, end)))
    return found
