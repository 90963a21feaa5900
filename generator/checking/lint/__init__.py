"""Stage 2, checks: the crisis-communication linter. In: one incident (its language files)
parsed by the reader, the site settings and the clock. Out: findings as `Problem`s, each
with a rule id, a category, a severity, a place in the file, the words at fault and a
suggestion in the statement's language; suppressed findings apart.

`RULES` is the ordered registry; `onevoice rules` and docs/rules.md are generated from it."""

from __future__ import annotations

import re

from dataclasses import dataclass, field
from datetime import datetime

from generator.checking.lint.blocks import body_blocks, front_matter_values, title_block
from generator.checking.lint.figure_rules import FIGURE_RULES
from generator.checking.lint.voice_rules import VOICE_RULES
from generator.checking.lint.placeholders import TRANSLATION_HINTS, has_translation_slots, is_translation_slot
from generator.checking.lint.registry import CATEGORIES, Rule
from generator.checking.lint.sentence_rules import SENTENCE_RULES
from generator.checking.lint.statement_rules import STATEMENT_RULES, Context
from generator.checking.lint.status_rules import STATUS_RULES
from generator.checking.lint.suppress import SUPPRESSION_RULES, apply_suppressions
from generator.checking.lint.text_findings import TextFinding, owned_partners, text_findings
from generator.checking.lint.translation_rules import INCIDENT_RULES
from generator.core.model import Incident, Problem, Settings, Statement

RULES: tuple[Rule, ...] = (*SENTENCE_RULES, *STATEMENT_RULES, *STATUS_RULES, *FIGURE_RULES, *VOICE_RULES, *INCIDENT_RULES,
                           *SUPPRESSION_RULES)
RULES_BY_ID: dict[str, Rule] = {rule.id: rule for rule in RULES}
_SLOTS = [RULES_BY_ID["placeholder"], RULES_BY_ID["placeholder-maybe"]]

__all__ = ["CATEGORIES", "CRAFT_LANGUAGES", "RULES", "RULES_BY_ID", "LintResult", "Rule", "lint_incident",
           "lint_statement", "uncovered_note", "untranslated"]


@dataclass(frozen=True)
class LintResult:
    problems: list[Problem] = field(default_factory=list)
    suppressed: list[Problem] = field(default_factory=list)


def _as_problem(statement: Statement, finding: TextFinding) -> Problem:
    # A text marked by `onevoice translate` is a slot to translate, not one to fill in.
    hint = TRANSLATION_HINTS.get(statement.lang) if is_translation_slot(finding.words) else None
    return finding.rule.problem(statement, finding.line, finding.column, finding.message, hint)


def _outside_slots(findings: list[TextFinding]) -> list[TextFinding]:
    """Drop judgments of words inside an unfilled slot ("[WHAT PEOPLE SHOULD DO]" is not
    shouting): the slot is an error already, and its words will not be published."""
    slots = [(f.line, f.column, f.column + len(f.words)) for f in findings if f.rule.id == "placeholder"]
    return [f for f in findings if f.rule.id == "placeholder"
            or not any(f.line == line and start <= f.column < end for line, start, end in slots)]


def untranslated(statement: Statement) -> bool:
    """Whether the file still has text marked `[À TRADUIRE]`/`[TO TRANSLATE]` by `onevoice
    translate`. Its words are then partly another language's: judging them would only be
    noise, so until the marks are gone the file gets the slot rules alone."""
    return has_translation_slots(statement.source)


# The languages the craft rules read (their word lists: lexicon_en.py, lexicon_fr.py). A file in
# another language gets the format and slot checks only, and `onevoice check` says so once
# (`uncovered_note`): English rules read on German would only be noise.
CRAFT_LANGUAGES = ("en", "fr")


def uncovered_note(statements: list[Statement]) -> str | None:
    """The note for the files in a language the craft rules do not read, or None."""
    from babel import Locale

    from generator.core.paths import display_path

    uncovered = [s for s in statements if s.lang not in CRAFT_LANGUAGES]
    if not uncovered:
        return None
    names = sorted({str(Locale.parse(s.lang).english_name) for s in uncovered})
    files = ", ".join(sorted(display_path(s.path) for s in uncovered))
    return (f"note: the crisis-communication rules (apology, ownership, blame, minimising…) do not cover "
            f"{' or '.join(names)}: {files} had the format and slot checks only")


_FIRST_PERSON = re.compile(r"\b(?:we|our|us|nous|notre|nos)\b", re.IGNORECASE)


def lint_statement(statement: Statement, settings: Settings, now: datetime) -> list[Problem]:
    """Every finding in one language file, before suppressions."""
    problems: list[Problem] = []
    judged = not untranslated(statement) and statement.lang in CRAFT_LANGUAGES
    title = title_block(statement)
    for value in front_matter_values(statement):
        if title is not None and value.line == title.line:
            continue  # the title gets every sentence rule below
        problems += [_as_problem(statement, f) for f in text_findings(value, statement.lang, _SLOTS, judge=False)]
    blocks = body_blocks(statement)
    owned = owned_partners(blocks, statement.lang) if judged else frozenset()
    for block in ([title] if title else []) + blocks:
        rules = SENTENCE_RULES if judged else _SLOTS
        # A headline that names the problem ("Connexion impossible au tableau de bord") is
        # not a sentence the scorer knows; one where the organisation speaks is judged.
        judge = judged and (block is not title or _FIRST_PERSON.search(block.text) is not None)
        found = _outside_slots(text_findings(block, statement.lang, rules, judge=judge, owned=owned))
        problems += [_as_problem(statement, f) for f in found]
    if not judged:
        return problems
    context = Context(settings, now)
    for rule in (*STATEMENT_RULES, *STATUS_RULES, *FIGURE_RULES, *VOICE_RULES):
        if rule.applies_to(statement.lang) and rule.check is not None:
            problems += list(rule.check(rule, statement, context))
    return problems


def lint_incident(incident: Incident, settings: Settings, now: datetime) -> LintResult:
    """Lint every language file of an incident, the translations against each other, then
    apply the `<!-- onevoice: allow … -->` comments of each file. Drafts are linted too."""
    per_file: dict[str, list[Problem]] = {}
    statements = list(incident.translations.values())
    for statement in statements:
        per_file[str(statement.path)] = lint_statement(statement, settings, now)
    by_display = {_display(s): str(s.path) for s in statements}
    # Translations are compared once translated: a slot's source text read in the other
    # language's conventions ("1,240" in French is 1.24) would give false differences.
    compared = Incident(incident.slug, {lang: s for lang, s in incident.translations.items() if not untranslated(s)})
    for rule in INCIDENT_RULES:
        assert rule.check is not None
        for problem in rule.check(rule, compared):
            per_file[by_display[problem.path]].append(problem)
    result = LintResult()
    for statement in statements:
        unique = list(dict.fromkeys(per_file[str(statement.path)]))
        kept, suppressed = apply_suppressions(statement, unique, RULES_BY_ID, SUPPRESSION_RULES)
        result.problems.extend(sorted(kept, key=_order))
        result.suppressed.extend(sorted(suppressed, key=_order))
    return result


def _display(statement: Statement) -> str:
    from generator.core.paths import display_path

    return display_path(statement.path)


def _order(problem: Problem) -> tuple[int, int, str]:
    return problem.line, problem.column, problem.rule
