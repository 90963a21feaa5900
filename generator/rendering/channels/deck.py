"""The copy deck (renderer stage): one offline HTML page with every copy of every statement,
each part's count against its limit and a copy button. Rendered by an autoescaping Jinja
template from the typed context below; its only script is the external `deck.js`."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from generator.rendering.channels.compose import Copy
from generator.rendering.channels.limits import CHANNEL_RULES
from generator.rendering.channels.output import StatementCopies
from generator.rendering.moments import moment_words
from generator.core.errors import RenderError
from generator.core.languages import KNOWN_LANGUAGES, status_label
from generator.core.model import Settings
from generator.reading.kinds import kind


@dataclass(frozen=True, slots=True)
class DeckPart:
    id: str  # unique in the page; the copy button names it
    text: str
    length: int
    limit: int
    unit: str
    fits: bool
    label: str  # "part 1/2" or ""


@dataclass(frozen=True, slots=True)
class DeckCopy:
    channel: str
    channel_name: str
    kind: str  # "Announcement" or "Update, Nov 20 at 10:05 CET"
    subject: DeckPart | None
    parts: tuple[DeckPart, ...]


@dataclass(frozen=True, slots=True)
class DeckStatement:
    id: str
    slug: str
    lang: str
    lang_name: str
    title: str
    url: str
    status: str
    draft: bool
    copies: tuple[DeckCopy, ...]


@dataclass(frozen=True, slots=True)
class DeckContext:
    site_name: str
    organisation: str
    statements: tuple[DeckStatement, ...]


def _deck_copy(copy: Copy, base_id: str, index: int, settings: Settings) -> DeckCopy:
    copy_id = f"{base_id}-{copy.channel}-{index}"
    if copy.update_at is None:
        kind = "Announcement"
    else:
        kind = "Update, " + moment_words(copy.update_at, settings.timezone, "en")
    subject = None
    if copy.subject is not None:
        subject = DeckPart(
            f"{copy_id}-subject",
            copy.subject,
            copy.lengths[0],
            copy.limit,
            copy.unit,
            copy.lengths[0] <= copy.limit,
            "subject",
        )
        parts: tuple[DeckPart, ...] = (
            DeckPart(
                f"{copy_id}-body", copy.parts[0], len(copy.parts[0]), 0, "characters", True, "body"
            ),
        )
    else:
        total = len(copy.parts)
        parts = tuple(
            DeckPart(
                f"{copy_id}-{number}",
                text,
                length,
                copy.limit,
                copy.unit,
                length <= copy.limit,
                f"part {number}/{total}" if total > 1 else "",
            )
            for number, (text, length) in enumerate(zip(copy.parts, copy.lengths, strict=True), 1)
        )
        if copy.visual is not None:
            parts += (DeckPart(f"{copy_id}-image", copy.visual, len(copy.visual), 0, "characters", True,
                               "text for the image"),)
    return DeckCopy(copy.channel, CHANNEL_RULES[copy.channel].name, kind, subject, parts)


def deck_context(entries: Sequence[StatementCopies], settings: Settings) -> DeckContext:
    statements = []
    for entry in entries:
        statement = entry.statement
        base_id = f"{statement.slug}-{statement.lang}"
        copies = tuple(
            _deck_copy(copy, base_id, index, settings) for index, copy in enumerate(entry.copies)
        )
        statements.append(
            DeckStatement(
                id=base_id,
                slug=statement.slug,
                lang=statement.lang,
                lang_name=KNOWN_LANGUAGES.get(statement.lang, statement.lang),
                title=statement.title,
                url=entry.url,
                status=status_label(statement.status, statement.lang, kind(statement)),
                draft=statement.draft,
                copies=copies,
            )
        )
    return DeckContext(settings.site_name, settings.organisation, tuple(statements))


def render_deck(entries: Sequence[StatementCopies], settings: Settings) -> str:
    from generator.core.templates import html_environment

    template = html_environment(settings.root).get_template("copies/deck.html.j2")
    return template.render(deck=deck_context(entries, settings))


def deck_script(settings: Settings) -> str:
    from generator.core.templates import find_template

    found = find_template(settings.root, "copies/deck.js")
    if found is None:
        raise RenderError("site_templates/copies/deck.js is missing: reinstall onevoice")
    return found.read_text(encoding="utf-8")
