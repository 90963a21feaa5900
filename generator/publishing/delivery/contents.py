"""Renderer stage, delivery part: what one new message says, per channel, recorded in the
ledger before it is sent: the copy deck's own copies (`render_copies`) for e-mail, Mastodon
and Bluesky, with what makes each send idempotent (Message-ID, Idempotency-Keys, record
keys); the payload of its format for a webhook."""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, datetime
from typing import Any

from generator.reading.destinations import Destination
from generator.publishing.delivery.ledger import record_path
from generator.publishing.delivery.messages import correction_name, update_name
from generator.core.model import Correction, Incident, Settings, Statement, Update


class Contents:
    """New messages' content, rendered once per statement and channel."""

    def __init__(self, settings: Settings, incidents: list[Incident]):
        self.settings, self.incidents = settings, incidents
        self._copies: dict[tuple[str, str, str], list[Any]] = {}

    def page_status(self) -> tuple[str, str]:
        """The page's indicator and its words, as the site's API says them (one computation)."""
        from generator.rendering.site.status import site_status

        status = site_status([i for i in self.incidents if not i.draft], self.settings, datetime.now(UTC))
        return status.indicator, status.description

    def _copy(self, statement: Statement, channel: str, update: Update | None,
              correction: Correction | None = None) -> Any:
        from generator.rendering.channels.compose import render_copies

        key = (statement.slug, statement.lang, channel)
        if key not in self._copies:
            # (Beside its translations, as the build made them: the same sentences in each.)
            siblings = [other for incident in self.incidents if incident.slug == statement.slug
                        for other in incident.translations.values() if other.lang != statement.lang]
            self._copies[key] = render_copies(statement, self.settings, [channel], siblings=siblings)
        at = correction.at if correction is not None else update.at if update is not None else None
        kind = "announcement" if update is None else "update" if correction is None else "correction"
        return next((c for c in self._copies[key] if c.update_at == at and c.kind == kind
                     and (correction is None or c.corrects_at is None or update is None or c.corrects_at == update.at)),
                    None)

    def __call__(self, destination: Destination, path: str, statement: Statement,
                 update: Update | None, correction: Correction | None = None) -> dict[str, Any] | None:
        now = datetime.now(UTC)
        if destination.channel == "webhook" and correction is not None:
            # A webhook carries the incident as it stands, with the correction in its update:
            # the next update or the page tells it; no separate message.
            return None
        if destination.channel == "webhook":
            from generator.publishing.delivery.webhooks import payload

            return {"payload": payload(destination.format, statement, self.settings, update, self.page_status())}
        copy = self._copy(statement, destination.channel, update, correction)
        if copy is None:  # the statement's or the site's `channels` leave this channel out
            return None
        if destination.channel == "email":
            from generator.publishing.delivery.smtp import message_id

            announced = message_id(destination.id, path.rsplit("/", 1)[0] + "/announcement.json",
                                   destination.sender)
            return {"subject": copy.subject, "text": copy.parts[0], "html": copy.html, "lang": copy.lang,
                    "date": now.isoformat(), "message_id": message_id(destination.id, path, destination.sender),
                    "in_reply_to": announced if update is not None else None}
        if destination.channel == "mastodon":
            from generator.publishing.delivery.mastodon import idempotency_key

            return {"parts": list(copy.parts), "keys": [idempotency_key(path, i) for i in range(len(copy.parts))]}
        from generator.publishing.delivery.bluesky import post_records, record_keys
        from generator.core.text import markdown_to_plain

        url = self.settings.statement_url(statement.slug, statement.lang)
        card = {"uri": url, "title": statement.title, "description": markdown_to_plain(statement.summary).strip()}
        return {"parts": list(copy.parts), "records": post_records(copy.parts, copy.lang, card, now),
                "keys": record_keys(path, len(copy.parts))}

    def renderer(self, destination: Destination, notes: list[str]) -> Callable[..., dict[str, Any] | None]:
        """`render(statement, update)` for `messages.plan`; a channel the statement leaves
        out gets a note instead of a message."""

        def render(statement: Statement, update: Update | None,
                   correction: Correction | None = None) -> dict[str, Any] | None:
            name = "announcement" if update is None else update_name(update) if correction is None else \
                correction_name(correction, statement)
            content = self(destination, record_path(destination.id, statement.slug, name), statement, update,
                           correction)
            if content is None and correction is not None and destination.channel == "webhook":
                return None
            if content is None:
                note = f"{statement.slug} ({statement.lang}): no {destination.channel} copy (`channels` leaves it out)"
                if note not in notes:
                    notes.append(note)
            return content

        return render
