"""Render-stage helpers: the statement's facts as the crisis documents word them (times on the
site's clock, labels in the statement's language, statement Markdown without author notes)."""

from __future__ import annotations

from datetime import datetime

from generator.rendering.documents.formatting import date_and_time
from generator.core.languages import severity_label, status_label
from generator.core.model import Settings, Statement
from generator.core.text import markdown_to_plain, strip_comments
from generator.reading.kinds import kind


def when(moment: datetime, statement: Statement, settings: Settings) -> str:
    """A moment in running text of the statement's language, on the site's clock."""
    return date_and_time(moment.astimezone(settings.timezone), statement.lang)


def section_markdown(statement: Statement, key: str) -> str:
    """A section's Markdown without `<!-- … -->` notes; '' when the section is absent or empty."""
    return strip_comments(statement.text_of(key)).strip()


def section_plain(statement: Statement, key: str) -> str:
    return markdown_to_plain(section_markdown(statement, key)).strip()


def status_text(statement: Statement) -> str:
    return status_label(statement.status.value, statement.lang, kind(statement))


def severity_text(statement: Statement) -> str:
    return severity_label(statement.severity.value, statement.lang)


def statement_url(statement: Statement, settings: Settings) -> str:
    return settings.statement_url(statement.slug, statement.lang)
