"""Which statements a `render` covers (between parsing and rendering): the slugs asked for,
or every statement not resolved; in every language it exists in, or the one asked for."""

from __future__ import annotations

import difflib
from collections.abc import Sequence

from generator.rendering.channels.compose import render_copies
from generator.rendering.channels.output import StatementCopies, collect
from generator.core.errors import UsageError
from generator.core.model import Incident, Settings, Statement
from generator.core.paths import slugs_with_words


def select_statements(
    incidents: list[Incident], slugs: list[str] | None = None, lang: str | None = None
) -> list[Statement]:
    by_slug = {incident.slug: incident for incident in incidents}
    if slugs:
        named: list[str] = []
        for slug in slugs:
            # The whole name, or a part of it made of whole words, as `update` takes it.
            found = [slug] if slug in by_slug else slugs_with_words(slug, sorted(by_slug))
            if len(found) > 1:
                raise UsageError(f"'{slug}' is part of {len(found)} statement names: {', '.join(found)}; "
                                 "give more of the name")
            if not found:
                close = difflib.get_close_matches(slug, by_slug, n=1)
                hint = f" Did you mean '{close[0]}'?" if close else " `onevoice list` shows the statements."
                raise UsageError(f"no statement with slug '{slug}'.{hint}")
            named.append(found[0])
        chosen = [by_slug[slug] for slug in dict.fromkeys(named)]
    else:
        chosen = [
            incident
            for incident in sorted(incidents, key=lambda found: found.slug)
            if not incident.primary.resolved
        ]
    statements = [
        statement
        for incident in chosen
        for code, statement in incident.translations.items()
        if lang is None or code == lang
    ]
    if lang is not None and chosen and not statements:
        raise UsageError(f"no statement in language '{lang}' among the statements asked for")
    return statements


def render_statements(
    statements: list[Statement], settings: Settings, channels: list[str] | None = None,
    incidents: Sequence[Incident] = (),
) -> list[StatementCopies]:
    """Every copy of each statement, rendered before anything is shown; beside its
    translations among `incidents`, so that its short copies carry what theirs carry."""
    translations = {incident.slug: incident.translations for incident in incidents}
    return [
        collect(statement, settings, render_copies(statement, settings, channels, siblings=[
            other for other in translations.get(statement.slug, {}).values() if other.lang != statement.lang]))
        for statement in statements
    ]
