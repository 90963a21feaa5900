"""Writer stage, Mastodon: each copy posted with Mastodon.py (`POST /api/v1/statuses`), a
thread's parts as replies to each other, an update as a reply to the statement's previous
post. The link card is Mastodon's own: the server builds it from the statement page.

Exactly once: every part carries an `Idempotency-Key` derived from its ledger record, so a
retry within the hour Mastodon keeps keys returns the post already made. A retry first looks
among the account's latest posts for the same text, which also covers a retry after that hour."""

from __future__ import annotations

import hashlib
import html
import re
from datetime import datetime, timedelta
from html.parser import HTMLParser
from typing import Any

from generator.publishing.delivery.senders import DeliveryFailed, Outcome, Progress

RECENT = 40  # how many of the account's latest posts a retry looks through


def idempotency_key(record_path: str, part: int) -> str:
    return hashlib.sha256(f"{record_path}#{part}".encode()).hexdigest()[:32]


class _Text(HTMLParser):
    """A status's HTML back to the text that was posted: <br> is a line break, </p><p> a
    blank line, the spans that shorten links are joined back."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.out: list[str] = []
        self.paragraphs = 0

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag == "br":
            self.out.append("\n")
        elif tag == "p":
            if self.paragraphs:
                self.out.append("\n\n")
            self.paragraphs += 1

    def handle_data(self, data: str) -> None:
        self.out.append(data)


def status_text(content: str) -> str:
    parser = _Text()
    parser.feed(content)
    return _normal("".join(parser.out))


def _normal(text: str) -> str:
    return re.sub(r"[ \t]+", " ", html.unescape(text)).strip()


def _field(status: Any, name: str) -> Any:
    return status.get(name) if isinstance(status, dict) else getattr(status, name, None)


class MastodonSender:
    def __init__(self, server: str, token: str, visibility: str, lang: str, timeout: float = 30):
        from mastodon import Mastodon

        self.api = Mastodon(access_token=token, api_base_url=server, request_timeout=timeout,
                            version_check_mode="none", ratelimit_method="throw", user_agent="onevoice-send")
        self.visibility, self.lang = visibility, lang
        self._me: Any = None

    def _call(self, what: str, call: Any) -> Any:
        from mastodon.errors import MastodonAPIError, MastodonError, MastodonNetworkError

        try:
            return call()
        except MastodonAPIError as error:
            args = [str(a) for a in error.args[1:] if a]
            raise DeliveryFailed(f"Mastodon answered {what}: " + " ".join(args)) from None
        except MastodonNetworkError as error:
            raise DeliveryFailed(f"Mastodon could not be reached ({what}): {error}", answered=False) from None
        except MastodonError as error:
            raise DeliveryFailed(f"Mastodon refused {what}: {error}") from None

    def _already_posted(self, text: str, since: datetime, reply_to: str | None) -> Any:
        """A post of the same text, made since the interrupted attempt started."""
        if self._me is None:
            self._me = self._call("GET /api/v1/accounts/verify_credentials", self.api.me)
        statuses = self._call("GET /api/v1/accounts/:id/statuses",
                              lambda: self.api.account_statuses(_field(self._me, "id"), limit=RECENT,
                                                                exclude_reblogs=True))
        wanted = _normal(text)
        for status in statuses or ():
            created = _field(status, "created_at")
            if isinstance(created, str):
                created = datetime.fromisoformat(created)
            if created is not None and created < since:
                continue
            if status_text(_field(status, "content") or "") == wanted and \
                    str(_field(status, "in_reply_to_id") or "") == str(reply_to or ""):
                return status
        return None

    def send(self, content: dict[str, Any], state: dict[str, Any] | None, thread: dict[str, Any] | None,
             progress: Progress) -> Outcome:
        posts: list[dict[str, Any]] = list((state or {}).get("posts", ()))
        notes: list[str] = []
        reply_to = posts[-1]["id"] if posts else (thread["parent"]["id"] if thread else None)
        started = (state or {}).get("started")
        since = datetime.fromisoformat(started) - timedelta(minutes=5) if started else None
        for index, text in enumerate(content["parts"]):
            if index < len(posts):
                continue
            status = self._already_posted(text, since, reply_to) if since is not None else None
            if status is not None:
                notes.append(f"part {index + 1} was already posted by an interrupted run: not posted again")
            else:
                key = content["keys"][index]
                status = self._call("POST /api/v1/statuses", lambda: self.api.status_post(
                    text, in_reply_to_id=reply_to, visibility=self.visibility, language=self.lang,  # noqa: B023
                    idempotency_key=key))  # noqa: B023 — _call runs it now, within this iteration
            reply_to = str(_field(status, "id"))
            posts.append({"id": reply_to, "url": _field(status, "url") or _field(status, "uri")})
            progress(posts)
        return Outcome(posts=posts, notes=notes)
