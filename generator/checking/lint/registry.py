"""Stage 2, checks: the linter's rule type and the helpers every rule module shares.

A rule is data plus one pure function: its id, category, severity, languages, a doc line,
a bad and a better example, a suggestion per language. The ordered registry `RULES` is
assembled in `generator.checking.lint` from the rule modules; `onevoice rules` and docs/rules.md
are generated from it."""

from __future__ import annotations

import functools
import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from typing import Any

from generator.core.model import Problem, Statement
from generator.core.paths import display_path

# The fixed list of finding categories (issue 6). `format` is only for a malformed
# suppression comment: it is about the file, not about what the statement says.
CATEGORIES: tuple[str, ...] = (
    "overpromise", "blame", "defensive", "minimizing", "emotional", "speculation", "placeholder",
    "no-acknowledgement", "no-empathy", "no-ownership", "no-action", "no-next-update",
    "overdue-update", "inconsistent", "length",
)
SUPPRESSION_CATEGORY = "format"

ERROR = "error"
WARNING = "warning"

# What a rule looks at. "sentence": every sentence of the title, sections and updates;
# "statement": one language file; "incident": the translations of one slug together;
# "suppression": the `<!-- onevoice: allow … -->` comments themselves.
SCOPES = ("sentence", "statement", "incident", "suppression")


@dataclass(frozen=True, slots=True)
class Rule:
    id: str
    category: str
    severity: str
    scope: str
    languages: tuple[str, ...]  # ("*",) when the rule does not depend on the language
    doc: str  # one line: what is found, and why this severity
    bad: str
    better: str
    hint: dict[str, str] = field(default_factory=dict)  # language -> suggestion
    check: Callable[..., Iterable[Any]] | None = field(default=None, compare=False, repr=False)

    def __post_init__(self) -> None:
        if self.category not in CATEGORIES and self.category != SUPPRESSION_CATEGORY:
            raise ValueError(f"rule {self.id}: unknown category {self.category!r}")
        if self.severity not in (ERROR, WARNING) or self.scope not in SCOPES:
            raise ValueError(f"rule {self.id}: bad severity or scope")
        if "en" not in self.hint:
            raise ValueError(f"rule {self.id}: needs at least an English hint")

    def applies_to(self, lang: str) -> bool:
        return "*" in self.languages or lang in self.languages

    def hint_for(self, lang: str) -> str:
        return self.hint.get(lang, self.hint["en"])

    def problem(self, statement: Statement, line: int, column: int, message: str,
                hint: str | None = None) -> Problem:
        """A finding of this rule in `statement`, with the suggestion in its language."""
        return Problem(
            path=display_path(statement.path), line=line, column=column, severity=self.severity,
            rule=self.id, message=message, hint=self.hint_for(statement.lang) if hint is None else hint,
            category=self.category,
        )


def quoted(words: str, limit: int = 80) -> str:
    """The words at fault as a message quotes them: one line, cut if very long."""
    words = " ".join(words.split())
    return f"“{words if len(words) <= limit else words[: limit - 1] + '…'}”"


def line_column(text: str, offset: int, first_line: int, first_column: int = 1) -> tuple[int, int]:
    """File line and column of `text[offset]` when `text[0]` sits at (first_line, first_column)."""
    before = text[:offset]
    newlines = before.count("\n")
    if newlines == 0:
        return first_line, first_column + offset
    return first_line + newlines, offset - before.rfind("\n")


@functools.cache
def _compiled(pattern: str) -> re.Pattern[str]:
    return re.compile(pattern, re.IGNORECASE)


@dataclass(frozen=True, slots=True)
class Phrase:
    """One entry of a phrase table: a regular expression (case ignored) and whether a
    negation just before it cancels it ("we cannot guarantee"). A named group `k` marks
    the word the negation must precede; without it, the start of the match."""

    pattern: str
    negatable: bool = True

    @property
    def regex(self) -> re.Pattern[str]:
        # Compiled on first use: a check of one statement needs a few of the ~150 phrases,
        # and compiling them all costs more than the rest of its start-up.
        return _compiled(self.pattern)
