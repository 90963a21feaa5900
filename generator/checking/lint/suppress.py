"""Stage 2, checks: suppression comments. `<!-- onevoice: allow RULE-ID because <reason> -->`
silences one finding of that rule on the next line of the file. A suppression without a reason,
or naming no known rule, is itself an error and silences nothing; one that silences nothing
is a warning, so stale comments do not pile up."""

from __future__ import annotations

import difflib
import re
from collections.abc import Iterable
from dataclasses import dataclass

from generator.checking.lint.registry import ERROR, SUPPRESSION_CATEGORY, WARNING, Rule
from generator.core.model import Problem, Statement

_DIRECTIVE = re.compile(r"<!--\s*onevoice\s*:(?P<body>.*?)-->", re.DOTALL | re.IGNORECASE)
_ALLOW = re.compile(r"^\s*allow\s+(?P<rule>[\w/.-]+)\s*(?:(?:because|parce\s+que|car)\b(?P<reason>.*))?$",
                    re.DOTALL | re.IGNORECASE)


@dataclass(frozen=True, slots=True)
class Suppression:
    rule: str  # as written ("" when missing)
    reason: str
    line: int  # the comment's first line
    column: int
    target: int  # the line it silences
    body: str  # the directive as written, for messages


def find_suppressions(source: str) -> list[Suppression]:
    found = []
    for match in _DIRECTIVE.finditer(source):
        before = source[: match.start()]
        line = before.count("\n") + 1
        column = match.start() - (before.rfind("\n") + 1) + 1
        end_line = source[: match.end()].count("\n") + 1
        body = " ".join(match.group("body").split())
        allow = _ALLOW.match(match.group("body"))
        rule = allow.group("rule") if allow else ""
        reason = " ".join((allow.group("reason") or "").split()) if allow else ""
        found.append(Suppression(rule, reason, line, column, end_line + 1, body))
    return found


def apply_suppressions(statement: Statement, problems: list[Problem], rules: dict[str, Rule],
                       own_rules: Iterable[Rule]) -> tuple[list[Problem], list[Problem]]:
    """(kept, suppressed). Problems about the comments themselves are added to kept."""
    own = {rule.id: rule for rule in own_rules}
    kept = list(problems)
    suppressed: list[Problem] = []
    for item in find_suppressions(statement.source):
        known = item.rule in rules
        if not known:
            close = difflib.get_close_matches(item.rule, list(rules), n=1)
            hint = f"did you mean '{close[0]}'? " if close else ""
            rule = own["suppression-unknown-rule"]
            named = f"'{item.rule}'" if item.rule else "no rule"
            kept.append(rule.problem(statement, item.line, item.column,
                                     f"the suppression names {named}: `onevoice: {item.body}`",
                                     hint + rule.hint_for(statement.lang)))
            continue
        if not re.search(r"\w", item.reason):
            kept.append(own["suppression-without-reason"].problem(
                statement, item.line, item.column, f"the suppression of '{item.rule}' gives no reason: "
                f"`onevoice: {item.body}`"))
            continue
        # (Or on the comment's own lines: a finding about a whole section is placed on its first
        # line, which is the comment once it stands there.)
        silenced = [p for p in kept if p.rule == item.rule and item.line <= p.line <= item.target]
        if not silenced:
            kept.append(own["suppression-unused"].problem(
                statement, item.line, item.column,
                f"nothing to suppress: no '{item.rule}' finding on line {item.target}"))
            continue
        # One comment, one finding: two findings of a rule on a line need two comments.
        first = min(silenced, key=lambda p: p.column)
        kept.remove(first)
        suppressed.append(first)
    return kept, suppressed


SUPPRESSION_RULES: list[Rule] = [
    Rule(
        "suppression-without-reason", SUPPRESSION_CATEGORY, ERROR, "suppression", ("*",),
        "Error: `<!-- onevoice: allow RULE-ID -->` without `because …`. The next reader must know why the "
        "finding was accepted; the finding stays.",
        "<!-- onevoice: allow minimizing -->",
        "<!-- onevoice: allow minimizing because 'only' scopes who is affected, on legal advice -->",
        {"en": "Write the reason after 'because': `<!-- onevoice: allow RULE-ID because … -->`.",
         "fr": "Écrivez la raison après « because » : `<!-- onevoice: allow RULE-ID because … -->`."},
    ),
    Rule(
        "suppression-unknown-rule", SUPPRESSION_CATEGORY, ERROR, "suppression", ("*",),
        "Error: a suppression comment that names no rule of `onevoice rules` (a typo would otherwise silence "
        "nothing without anyone noticing).",
        "<!-- onevoice: allow overpromising because … -->",
        "<!-- onevoice: allow overpromise because … -->",
        {"en": "Use a rule id listed by `onevoice rules`.",
         "fr": "Utilisez un identifiant de règle donné par `onevoice rules`."},
    ),
    Rule(
        "suppression-unused", SUPPRESSION_CATEGORY, WARNING, "suppression", ("*",),
        "Warning: a suppression comment with nothing of its rule on the next line (the text changed, or the "
        "comment is not right above the line).",
        "<!-- onevoice: allow blame because … --> above a line with no blame finding",
        "The comment removed, or moved to the line just above the finding.",
        {"en": "Remove the comment, or put it on the line just above the finding.",
         "fr": "Supprimez le commentaire, ou placez-le juste au-dessus de la ligne signalée."},
    ),
]
