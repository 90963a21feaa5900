"""The post-crisis review: one statement (its language files and their git history) in, the
figures of the response, its timeline and the questions for the team out.

Stages: `gitlog` reads committed versions → `history` parses them → `lintlog` checks each →
`figures` and `narrative` compute → `report` words the result (text, JSON) and `document`
renders the review Markdown. `review_statement` runs them all."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from generator.core import clock
from generator.core.errors import ProblemsFound, RenderError, UsageError
from generator.core.model import Incident, Problem, Settings, Statement
from generator.reading.reader import parse_statement
from generator.authoring.review.figures import (
    ChannelCount,
    Figure,
    Inputs,
    Phrase,
    compute_figures,
    history_gap,
)
from generator.authoring.review.history import History, load_history
from generator.authoring.review.narrative import Event, questions, timeline

__all__ = ["Review", "review_statement", "statement_files"]


@dataclass(frozen=True)
class Review:
    statement: Statement  # the file the review is written for (its language)
    figures: tuple[Figure, ...]
    timeline: tuple[Event, ...]
    questions: tuple[Phrase, ...]
    history_gap: Phrase | None  # why git cannot tell how the response unfolded, if it cannot
    uncommitted: tuple[str, ...]  # names of the files with changes git does not have
    languages: tuple[str, ...]  # the statement's languages
    now: datetime

    @property
    def slug(self) -> str:
        return self.statement.slug

    @property
    def lang(self) -> str:
        return self.statement.lang

    def figure(self, key: str) -> Figure:
        return next(figure for figure in self.figures if figure.key == key)


def statement_files(settings: Settings, slug: str) -> dict[str, Path]:
    """lang → file of every language file of `slug`, in the site's language order. An unknown
    slug is a `UsageError` with a close match."""
    from generator.authoring.editing import find_statement

    find_statement(settings, slug, None)  # raises the "no statement, did you mean" error
    found = {}
    for lang in settings.languages:
        name = slug if lang == settings.default_language else f"{slug}.{lang}"
        path = settings.statements_path / f"{name}.md"
        if path.is_file():
            found[lang] = path
    return found


def _read(settings: Settings, paths: dict[str, Path], now: datetime) -> dict[str, Statement]:
    statements: dict[str, Statement] = {}
    problems: list[Problem] = []
    for lang, path in paths.items():
        statement, found = parse_statement(path, path.read_bytes(), settings, now)
        problems.extend(p for p in found if p.severity == "error")
        if statement is not None:
            statements[lang] = statement
    if problems:
        raise ProblemsFound(problems, "\n".join(p.format() for p in problems)
                            + "\nerror: the statement has errors; fix them, then review it")
    return statements


def _channel_counts(incident: Incident, settings: Settings) -> dict[str, list[ChannelCount]] | str:
    from generator.rendering.channels import render_copies

    counts: dict[str, list[ChannelCount]] = {}
    try:
        for lang, statement in incident.translations.items():
            per_channel: dict[str, ChannelCount] = {}
            siblings = [other for other in incident.translations.values() if other is not statement]
            for copy in render_copies(statement, settings, siblings=siblings):
                before = per_channel.get(copy.channel, ChannelCount(copy.channel, 0, 0))
                per_channel[copy.channel] = ChannelCount(copy.channel, before.copies + 1,
                                                         before.posts + len(copy.parts))
            counts[lang] = list(per_channel.values())
    except (RenderError, UsageError) as error:
        return str(error).splitlines()[0]
    return counts


def review_statement(settings: Settings, slug: str, lang: str | None = None,
                     now: datetime | None = None) -> Review:
    """Measure the response to `slug`, written for its `lang` file (default: the primary)."""
    from generator.checking.run import check_project
    from generator.authoring.review.lintlog import findings_over_time

    now = now or clock.now()
    paths = statement_files(settings, slug)
    statements = _read(settings, paths, now)
    incident = Incident(slug, statements)
    lang = lang or incident.primary.lang
    if lang not in statements:
        raise UsageError(f"error: '{slug}' has no {lang} file\n    hint: it exists in {', '.join(statements)}")
    history: History = load_history(settings, paths)
    lint = None
    if history.available:
        lint = findings_over_time(settings, history, {code: path.name for code, path in paths.items()}, now)
    current = check_project(settings, list(paths.values()), now=now).problems
    inputs = Inputs(incident, lang, history, lint, current, _channel_counts(incident, settings), now,
                    settings.languages)
    figures = compute_figures(inputs)
    return Review(statements[lang], figures, timeline(inputs), questions(figures), history_gap(inputs),
                  tuple(paths[code].name for code in history.uncommitted), tuple(statements), now)
