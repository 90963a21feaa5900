"""Stage 2, checks: literal cues, a fast first screen for the sentence rules.

Most sentences of a statement are clean, and a rule's joined phrase regex costs about a
tenth of a microsecond per character to rule a sentence out. Every phrase needs some words
whatever it matches ("guarantee", "never … again", "blame" or "fault"…): a plain search for
those words, in the lower-cased sentence, rules out most sentences several times faster.

`literal_cues(pattern)` reads the pattern's parse tree and returns strings of which every
match contains at least one (compared in lower case), or None when it cannot tell (then the
phrase has no cue and its rule is screened by its regex alone). The cues are sound by
construction: they come only from parts every match must go through."""

from __future__ import annotations

import re
from collections.abc import Iterable

try:  # the parser behind `re.compile`; its tree shape has been stable since Python 3.11
    from re import _constants as ops
    from re import _parser as parser
except ImportError:  # pragma: no cover - a Python without them simply gets no cues
    ops = parser = None  # type: ignore[assignment]

Cues = frozenset[str]

# Texts where lower-casing does not mirror `re.IGNORECASE` (ſ matches s, K matches k, İ and ı,
# ẞ, Greek, Cyrillic…) are left to the regex: the cues are only used on texts made of these.
_CUE_SAFE = re.compile(r"[\x00-\u012f\u0132-\u017e\u0180-\u024f\u2000-\u206f\u20a0-\u20bf\u00a0]*")


def cue_safe(text: str) -> bool:
    return _CUE_SAFE.fullmatch(text) is not None


def _better(first: Cues | None, second: Cues | None) -> Cues | None:
    """The more selective of two cue sets: the one whose shortest cue is longer."""
    if first is None:
        return second
    if second is None:
        return first
    return max(first, second, key=lambda cues: (min(map(len, cues)), -len(cues)))


def _sequence(items: Iterable[tuple[object, object]], ignore_case: bool) -> Cues | None:
    best: Cues | None = None
    run: list[str] = []

    def close_run() -> None:
        nonlocal best
        if run:
            best = _better(best, frozenset({"".join(run)}))
            run.clear()

    for op, value in items:
        if op is ops.LITERAL:
            char = chr(value)  # type: ignore[arg-type]
            run.append(char.lower())
            continue
        close_run()
        if op is ops.SUBPATTERN:
            _group, add_flags, del_flags, inner = value  # type: ignore[misc]
            inner_case = (ignore_case or bool(add_flags & re.IGNORECASE)) and not del_flags & re.IGNORECASE
            best = _better(best, _sequence(inner, inner_case))
        elif op is ops.BRANCH:
            best = _better(best, _branches(value[1], ignore_case))  # type: ignore[index]
        elif op in (ops.MAX_REPEAT, ops.MIN_REPEAT, getattr(ops, "POSSESSIVE_REPEAT", None)):
            low, _high, inner = value  # type: ignore[misc]
            if low >= 1:
                best = _better(best, _sequence(inner, ignore_case))
        elif op is getattr(ops, "ATOMIC_GROUP", None):
            best = _better(best, _sequence(value, ignore_case))  # type: ignore[arg-type]
        # Anything else (classes, \w, anchors, look-arounds, back-references) gives no cue.
    close_run()
    return best


def _branches(alternatives: Iterable[Iterable[tuple[object, object]]], ignore_case: bool) -> Cues | None:
    found: set[str] = set()
    for alternative in alternatives:
        cues = _sequence(alternative, ignore_case)
        if cues is None:
            return None  # one branch can match without any cue: the whole choice can
        found |= cues
    return frozenset(found)


def literal_cues(pattern: str, flags: int = re.IGNORECASE) -> Cues | None:
    """Lower-case strings one of which every match of `pattern` contains, or None."""
    if parser is None:
        return None
    try:
        tree = parser.parse(pattern, flags)
    except (re.error, TypeError, ValueError):
        return None
    # Every cue is compared in lower case, so case-sensitive parts are lowered too: still sound,
    # since a match's text, lowered, contains the lowered literal.
    cues = _sequence(list(tree), True)
    if cues is None or any(not cue.strip() for cue in cues):
        return None
    return frozenset(cue.lower() for cue in cues)


def cue_pattern(patterns: Iterable[str], flags: int = re.IGNORECASE) -> re.Pattern[str] | None:
    """One regex finding any cue of any of `patterns` in a lower-cased text, or None when one
    of them has no cue (so no text can be ruled out by cues alone)."""
    every: set[str] = set()
    for pattern in patterns:
        cues = literal_cues(pattern, flags)
        if cues is None:
            return None
        every |= cues
    if not every:
        return None
    # Longest first, so a short cue never hides a long one in the alternation (only presence matters).
    return re.compile("|".join(re.escape(cue) for cue in sorted(every, key=lambda c: (-len(c), c))))
