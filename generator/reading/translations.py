"""Checks across the language files of one slug: the same crisis must have the same updates
(times and statuses), severity, start, kind and promised next update in every language."""

from __future__ import annotations

from generator.core.languages import english_name
from generator.core.model import Incident, Problem, Statement
from generator.core.paths import display_path


def check_translations(incident: Incident) -> list[Problem]:
    problems: list[Problem] = []
    if len(incident.translations) < 2:
        return problems
    primary = incident.primary
    name = english_name(primary.lang)
    for other in list(incident.translations.values())[1:]:
        path = display_path(other.path)
        # (attribute, front-matter key, severity): the kind of crisis is the `kind` key too. A
        # promise or a kind that differs is a warning: while one file waits for its translated
        # update the promises differ, and a crisis update is never stopped for it.
        for attribute, key, severity in (
                ("severity", "severity", "error"), ("started", "started", "error"), ("kind", "kind", "error"),
                ("scheduled_for", "scheduled_for", "error"), ("scheduled_until", "scheduled_until", "error"),
                ("crisis", "kind", "warning"), ("began", "began", "warning"), ("next_update", "next_update", "warning")):
            if getattr(other, attribute) == getattr(primary, attribute):
                continue
            if key == "next_update" and primary.resolved != other.resolved:
                continue  # one file awaits the resolution, which removes the promise: that error says it
            problems.append(Problem(path, other.key_lines.get(key, 1), 1, severity, "format/translation-mismatch",
                                    _mismatch(key, primary, other, name),
                                    f"translations describe the same crisis: use the same `{key}`"))
        theirs = {u.at: u for u in other.updates}
        ours = {u.at: u for u in primary.updates}
        for at, update in ours.items():
            match = theirs.get(at)
            when = at.strftime("%Y-%m-%d %H:%M")
            if match is None:
                problems.append(Problem(path, other.updates[0].line if other.updates else 1, 1, "error",
                                        "format/translation-missing-update",
                                        f"the {name} file has an update at {when} "
                                        f"({display_path(primary.path)}, line {update.line}) that this file lacks",
                                        "translate it and add it here, at its place in time"))
            elif match.status != update.status:
                problems.append(Problem(path, match.line, 1, "error", "format/translation-mismatch",
                                        f"this update's status is '{match.status_word}' but the {name} file says "
                                        f"'{update.status_word}' at line {update.line}",
                                        "use the same status in every language"))
        for at, update in theirs.items():
            if at not in ours:
                problems.append(Problem(path, update.line, 1, "error", "format/translation-extra-update",
                                        f"this update ({at.strftime('%Y-%m-%d %H:%M')}) is not in the {name} file "
                                        f"({display_path(primary.path)})",
                                        f"add it to the {name} file too, or remove it"))
    return problems


def _mismatch(key: str, primary: Statement, other: Statement, name: str) -> str:
    """What differs, pointing at the line of the primary file that has the key, if any."""
    where = display_path(primary.path)
    if key not in primary.key_lines:
        return f"`{key}` is set here but not in the {name} file ({where})"
    line = primary.key_lines[key]
    if key not in other.key_lines:
        return f"`{key}` is missing here but set in the {name} file ({where}, line {line})"
    return f"`{key}` differs from the {name} file ({where}, line {line})"
