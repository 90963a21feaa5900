"""Renderer and writer stages, webhooks: one message → the payload each chat tool documents
(Slack incoming webhook, Microsoft Teams workflow with an Adaptive Card, Discord webhook, or
Statuspage's own webhook payload for `json`), then one POST.

Every payload carries the update (or the summary, for the announcement), the status and
the link to the statement; the words around them come in the statement's language."""

from __future__ import annotations

import dataclasses
import json
import urllib.error
import urllib.request
from typing import Any

from generator.reading.destinations import https_problem
from generator.publishing.delivery.senders import DeliveryFailed, Outcome, Progress
from generator.core.languages import severity_label, status_label
from generator.core.model import Settings, Statement, Update
from generator.core.text import markdown_to_plain

WORDS = {
    "en": {"status": "Status", "severity": "Severity", "statement": "Read the full statement",
           "update": "Update", "summary": "Summary"},
    "fr": {"status": "Statut", "severity": "Gravité", "statement": "Lire la déclaration complète",
           "update": "Mise à jour", "summary": "Résumé"},
}
# Discord embed colours by severity (sidebar of the message).
COLOURS = {"minor": 0xF2C037, "major": 0xE8710A, "critical": 0xD93025}
SLACK_SECTION_LIMIT = 3000
DISCORD_DESCRIPTION_LIMIT = 4096
USER_AGENT = "onevoice-send"


def _words(lang: str) -> dict[str, str]:
    return WORDS.get(lang, WORDS["en"])


def _cut(text: str, limit: int) -> str:
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"


def facts(statement: Statement, settings: Settings, update: Update | None) -> dict[str, str]:
    """What every payload says: title, status, severity, the text and the link."""
    status = update.status if update is not None else statement.status
    text = update.text if update is not None else statement.summary
    return {
        "title": statement.title,
        "status": status_label(status.value, statement.lang),
        "severity": severity_label(statement.severity.value, statement.lang),
        "text": markdown_to_plain(text).strip(),
        "url": settings.statement_url(statement.slug, statement.lang),
        "at": (update.at if update is not None else statement.last_update.at).isoformat(),
        "organisation": settings.organisation,
    }


def _slack_escape(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def slack(f: dict[str, str], lang: str) -> dict[str, Any]:
    w = _words(lang)
    head = f"*{w['status']}:* {_slack_escape(f['status'])} · *{w['severity']}:* {_slack_escape(f['severity'])}"
    return {
        "text": f"{f['title']} ({f['status']}): {f['url']}",  # the notification's text
        "blocks": [
            {"type": "header", "text": {"type": "plain_text", "text": _cut(f["title"], 150), "emoji": False}},
            {"type": "section", "text": {"type": "mrkdwn", "text": head}},
            {"type": "section", "text": {"type": "mrkdwn",
                                         "text": _cut(_slack_escape(f["text"]), SLACK_SECTION_LIMIT)}},
            {"type": "section", "text": {"type": "mrkdwn", "text": f"<{f['url']}|{w['statement']}>"}},
        ],
        "unfurl_links": False,
    }


def teams(f: dict[str, str], lang: str) -> dict[str, Any]:
    w = _words(lang)
    card = {
        "$schema": "http://adaptivecards.io/schemas/adaptive-card.json",
        "type": "AdaptiveCard",
        "version": "1.4",
        "lang": lang,
        "body": [
            {"type": "TextBlock", "text": f["title"], "size": "Large", "weight": "Bolder", "wrap": True},
            {"type": "FactSet", "facts": [{"title": w["status"], "value": f["status"]},
                                          {"title": w["severity"], "value": f["severity"]}]},
            {"type": "TextBlock", "text": f["text"], "wrap": True},
        ],
        "actions": [{"type": "Action.OpenUrl", "title": w["statement"], "url": f["url"]}],
    }
    return {"type": "message", "attachments": [
        {"contentType": "application/vnd.microsoft.card.adaptive", "contentUrl": None, "content": card}]}


def discord(f: dict[str, str], lang: str, severity: str) -> dict[str, Any]:
    w = _words(lang)
    return {
        "content": f"{f['title']}: {f['status']}",
        "embeds": [{
            "title": _cut(f["title"], 256),
            "url": f["url"],
            "description": _cut(f["text"], DISCORD_DESCRIPTION_LIMIT),
            "color": COLOURS[severity],
            "timestamp": f["at"],
            "fields": [{"name": w["status"], "value": f["status"], "inline": True},
                       {"name": w["severity"], "value": f["severity"], "inline": True}],
            "footer": {"text": _cut(f["organisation"], 2048)},
        }],
        "allowed_mentions": {"parse": []},  # a statement never pings anyone
    }


def statuspage(statement: Statement, settings: Settings, update: Update | None,
               page_status: tuple[str, str]) -> dict[str, Any]:
    """Statuspage's incident webhook payload: `meta`, `page`, and the incident as it stood
    at this update (the site's own /api/v2/ incident object)."""
    from generator.rendering.site.statuspage import incident_object, page_id

    if update is not None:
        statement = dataclasses.replace(statement, updates=tuple(u for u in statement.updates if u.at <= update.at))
    return {
        "meta": {"unsubscribe": None, "documentation": settings.site_url + "api/v2/incidents.json"},
        "page": {"id": page_id(settings), "status_indicator": page_status[0],
                 "status_description": page_status[1]},
        "incident": incident_object(statement, settings),
    }


def payload(fmt: str, statement: Statement, settings: Settings, update: Update | None,
            page_status: tuple[str, str]) -> dict[str, Any]:
    if fmt == "json":
        return statuspage(statement, settings, update, page_status)
    f = facts(statement, settings, update)
    if fmt == "slack":
        return slack(f, statement.lang)
    if fmt == "teams":
        return teams(f, statement.lang)
    return discord(f, statement.lang, statement.severity.value)


class WebhookSender:
    """POSTs the recorded payload. Chat webhooks have no idempotency key: a retry after an
    interrupted run posts again (docs/delivery.md says when that can show twice)."""

    def __init__(self, url: str, fmt: str, timeout: float = 30):
        problem = https_problem(url)
        if problem:
            raise DeliveryFailed(f"the webhook address in the secret {problem}")
        self.url, self.fmt, self.timeout = url, fmt, timeout

    def send(self, content: dict[str, Any], state: dict[str, Any] | None, thread: Any, progress: Progress) -> Outcome:
        url = self.url
        if self.fmt == "discord":  # wait=true: Discord answers with the message it created
            url += ("&" if "?" in url else "?") + "wait=true"
        body = json.dumps(content["payload"], ensure_ascii=False).encode("utf-8")
        request = urllib.request.Request(url, data=body, method="POST", headers={
            "Content-Type": "application/json; charset=utf-8", "User-Agent": USER_AGENT})
        try:
            with urllib.request.urlopen(request, timeout=self.timeout) as response:
                answer = response.read(65536).decode("utf-8", "replace")
                code = response.status
        except urllib.error.HTTPError as error:
            text = error.read(2000).decode("utf-8", "replace").strip()
            raise DeliveryFailed(f"the webhook answered {error.code} {error.reason}" + (f": {text}" if text else "")) \
                from None
        except (urllib.error.URLError, OSError) as error:
            reason = getattr(error, "reason", error)
            raise DeliveryFailed(f"the webhook could not be reached: {reason}", answered=False) from None
        post: dict[str, Any] = {"status": code}
        if self.fmt == "discord":
            try:
                post["id"] = str(json.loads(answer)["id"])
            except (ValueError, KeyError, TypeError):
                pass
        progress([post])
        return Outcome(posts=[post])
