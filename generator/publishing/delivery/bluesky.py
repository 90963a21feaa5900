"""Renderer and writer stages, Bluesky: each copy becomes `app.bsky.feed.post` records made
with the `atproto` SDK (`com.atproto.server.createSession`, then
`com.atproto.repo.createRecord`): link and hashtag facets at their UTF-8 byte offsets, the
link card (`app.bsky.embed.external`) on the post that carries the link, reply references
for a thread's parts and for an update under the statement's earlier posts.

Exactly once: each record's key (a TID) is chosen before sending and kept in the ledger, so
a retry first asks the server for that record (`com.atproto.repo.getRecord`) and only
creates it if it is not there; creating a key twice is refused by the server anyway."""

from __future__ import annotations

import hashlib
import re
import time
from datetime import UTC, datetime
from typing import Any

from generator.publishing.delivery.senders import DeliveryFailed, Outcome, Progress

COLLECTION = "app.bsky.feed.post"
TID_ALPHABET = "234567abcdefghijklmnopqrstuvwxyz"
_URL = re.compile(r"https?://[^\s<>\"]+")
_TAG = re.compile(r"(?<![\w&#])#([^\s#\u00ad\u2060\u200a-\u200d\u20e2\ufe0f]+)")
_TRAILING = ".,;:!?)]}'\""
CARD_DESCRIPTION_LIMIT = 300


def tid(micros: int, clock_id: int) -> str:
    """A record key in TID syntax: 53 bits of microseconds, 10 bits of clock id, base32."""
    value = ((micros & ((1 << 53) - 1)) << 10) | (clock_id & 0x3FF)
    return "".join(TID_ALPHABET[(value >> shift) & 31] for shift in range(60, -1, -5))


def record_keys(record_path: str, count: int, at: float | None = None) -> list[str]:
    """Keys for the parts of a message: time-ordered, distinct per message and part."""
    micros = int((time.time() if at is None else at) * 1_000_000)
    clock = int(hashlib.sha256(record_path.encode()).hexdigest(), 16) & 0x3FF
    return [tid(micros + index, clock) for index in range(count)]


def _byte_span(text: str, start: int, end: int) -> dict[str, int]:
    return {"byteStart": len(text[:start].encode("utf-8")), "byteEnd": len(text[:end].encode("utf-8"))}


def facets(text: str) -> list[dict[str, Any]]:
    """Links and hashtags of `text`, as richtext facets (offsets in UTF-8 bytes)."""
    found: list[dict[str, Any]] = []
    for match in _URL.finditer(text):
        url = match.group().rstrip(_TRAILING)
        found.append({"index": _byte_span(text, match.start(), match.start() + len(url)),
                      "features": [{"$type": "app.bsky.richtext.facet#link", "uri": url}]})
    for match in _TAG.finditer(text):
        tag = match.group(1).rstrip(_TRAILING)
        if not tag or tag.isdigit() or len(tag) > 64:
            continue
        found.append({"index": _byte_span(text, match.start(), match.start(1) + len(tag)),
                      "features": [{"$type": "app.bsky.richtext.facet#tag", "tag": tag}]})
    return sorted(found, key=lambda f: f["index"]["byteStart"])


def post_records(parts: tuple[str, ...] | list[str], lang: str, card: dict[str, str],
                 created_at: datetime | None = None) -> list[dict[str, Any]]:
    """One record per part, without reply references (known only once the parts before it
    exist). The card goes on the first part that carries the statement's link."""
    moment = (created_at or datetime.now(UTC)).astimezone(UTC)
    with_card = next((i for i, part in enumerate(parts) if card["uri"] in part), 0)
    records = []
    for index, text in enumerate(parts):
        stamp = moment.replace(microsecond=(moment.microsecond // 1000) * 1000)
        record: dict[str, Any] = {
            "$type": COLLECTION,
            "text": text,
            "createdAt": stamp.isoformat(timespec="milliseconds").replace("+00:00", "Z"),
            "langs": [lang],
        }
        spans = facets(text)
        if spans:
            record["facets"] = spans
        if index == with_card:
            record["embed"] = {"$type": "app.bsky.embed.external", "external": {
                "uri": card["uri"], "title": card["title"],
                "description": card["description"][:CARD_DESCRIPTION_LIMIT]}}
        records.append(record)
    return records


class BlueskySender:
    def __init__(self, server: str, handle: str, password: str):
        from atproto import Client

        self.client = Client(base_url=server)
        sessions: list[Any] = []
        self.client.on_session_change(lambda _event, session: sessions.append(session))
        self._call("com.atproto.server.createSession", lambda: self.client.login(
            handle, password, fetch_bsky_profile=False))
        self.did = sessions[-1].did

    def _call(self, what: str, call: Any) -> Any:
        from atproto.exceptions import AtProtocolError, NetworkError, RequestErrorBase

        try:
            return call()
        except NetworkError as error:
            if error.response is None:
                raise DeliveryFailed(f"Bluesky could not be reached ({what}): {error.__cause__ or error}",
                                     answered=False) from None
            raise DeliveryFailed(f"Bluesky answered {what}: {error}") from None
        except RequestErrorBase as error:
            raise DeliveryFailed(f"Bluesky answered {what}: {error}") from None
        except AtProtocolError as error:
            raise DeliveryFailed(f"Bluesky refused {what}: {error}") from None

    def _existing(self, rkey: str) -> dict[str, str] | None:
        from atproto import models
        from atproto.exceptions import BadRequestError

        def get() -> Any:
            try:
                return self.client.com.atproto.repo.get_record(models.ComAtprotoRepoGetRecord.Params(
                    repo=self.did, collection=COLLECTION, rkey=rkey))
            except BadRequestError as error:
                if "RecordNotFound" in str(error) or "Could not locate record" in str(error):
                    return None
                raise

        found = self._call("com.atproto.repo.getRecord", get)
        return {"uri": found.uri, "cid": found.cid} if found is not None else None

    def send(self, content: dict[str, Any], state: dict[str, Any] | None, thread: dict[str, Any] | None,
             progress: Progress) -> Outcome:
        from atproto import models

        posts: list[dict[str, Any]] = list((state or {}).get("posts", ()))
        notes: list[str] = []
        root = thread["root"] if thread else None
        parent = thread["parent"] if thread else None
        if posts:
            root, parent = root or posts[0], posts[-1]
        for index, record in enumerate(content["records"]):
            if index < len(posts):
                continue
            rkey = content["keys"][index]
            made = self._existing(rkey) if state is not None else None
            if made is not None:
                notes.append(f"part {index + 1} was already posted by an interrupted run: not posted again")
            else:
                # The post's time is when it is made (a retry hours later is not back-dated);
                # what makes it one post, whatever the retries, is its record key.
                record = {**record, "createdAt": _now()}
                if parent is not None:
                    record["reply"] = {"root": {"uri": (root or parent)["uri"], "cid": (root or parent)["cid"]},
                                       "parent": {"uri": parent["uri"], "cid": parent["cid"]}}
                answer = self._call("com.atproto.repo.createRecord", lambda: self.client.com.atproto.repo.create_record(
                    models.ComAtprotoRepoCreateRecord.Data(repo=self.did, collection=COLLECTION, rkey=rkey,  # noqa: B023
                                                           record=record)))  # noqa: B023 — _call runs it now
                made = {"uri": answer.uri, "cid": answer.cid}
            post = {**made, "rkey": rkey, "url": web_url(made["uri"])}
            posts.append(post)
            root, parent = root or post, post
            progress(posts)
        return Outcome(posts=posts, notes=notes)


def _now() -> str:
    moment = datetime.now(UTC)
    return moment.replace(microsecond=moment.microsecond // 1000 * 1000).isoformat(
        timespec="milliseconds").replace("+00:00", "Z")


def web_url(uri: str) -> str:
    """at://did/app.bsky.feed.post/rkey → the post's address on bsky.app."""
    match = re.fullmatch(r"at://([^/]+)/app\.bsky\.feed\.post/([^/]+)", uri)
    return f"https://bsky.app/profile/{match[1]}/post/{match[2]}" if match else uri
