"""Local stand-ins for the platforms `onevoice send` talks to, on 127.0.0.1, each checking
every request against the platform's documented API and answering as the platform does:

- Mastodon: `POST /api/v1/statuses` (Bearer token, `status` within the instance's limit with
  links counted as 23 characters, `in_reply_to_id` of an existing status, `visibility`,
  `language`, `Idempotency-Key` honoured for an hour), `GET /api/v1/accounts/verify_credentials`
  and `GET /api/v1/accounts/:id/statuses`;
- Bluesky (XRPC): `com.atproto.server.createSession`, `com.atproto.repo.createRecord` (record
  keys in TID syntax, a key used twice refused, reply references to records that exist, facet
  byte ranges that cover the link or tag they announce), `com.atproto.repo.getRecord`;
- Slack, Microsoft Teams (workflow webhook, Adaptive Card), Discord and a Statuspage-format
  JSON receiver, each with its documented payload rules and limits.

Each server keeps what it accepted, and what it refused with why, for the tests to read.
`fail_next` makes it answer errors; `hook` (before handling) and `after` (handled, not yet
answered) run a test's function on a request, to kill the client at a chosen moment."""

from __future__ import annotations

import base64
import hashlib
import hmac
import html
import json
import re
import threading
import time
from collections.abc import Callable
from datetime import UTC, datetime
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any
from urllib.parse import parse_qs, urlsplit

URL = re.compile(r"https?://[^\s<>\"]+")
TID = re.compile(r"[234567abcdefghij][234567abcdefghijklmnopqrstuvwxyz]{12}")


class Drop(Exception):
    """Raised by a hook: close the connection without answering (the client died)."""


class Refused(Exception):
    def __init__(self, status: int, body: Any):
        super().__init__(status, body)
        self.status, self.body = status, body


class LocalServer:
    """A ThreadingHTTPServer on 127.0.0.1 whose requests go to `self.handle`."""

    def __init__(self) -> None:
        self.lock = threading.Lock()
        self.requests: list[dict[str, Any]] = []  # every request, as received
        self.refusals: list[str] = []  # why a request broke the documented API
        self.failures: list[tuple[int, Any]] = []  # answers to give instead, in order
        self.hook: Callable[[dict[str, Any]], None] | None = None  # before handling
        self.after: Callable[[dict[str, Any], int], None] | None = None  # handled, not yet answered
        self.delay = 0.0
        server = self

        class Handler(BaseHTTPRequestHandler):
            def log_message(self, *args: Any) -> None:
                pass

            def _serve(self) -> None:
                length = int(self.headers.get("Content-Length") or 0)
                body = self.rfile.read(length) if length else b""
                parts = urlsplit(self.path)
                request = {"method": self.command, "path": parts.path, "query": parse_qs(parts.query),
                           "headers": {k.lower(): v for k, v in self.headers.items()}, "body": body}
                try:
                    status, answer, kind = server._dispatch(request)
                except Drop:
                    self.close_connection = True
                    return
                data = answer if isinstance(answer, bytes) else (
                    json.dumps(answer).encode() if kind == "application/json" else str(answer).encode())
                self.send_response(status)
                self.send_header("Content-Type", kind)
                self.send_header("Content-Length", str(len(data)))
                self.end_headers()
                self.wfile.write(data)

            do_GET = do_POST = _serve

        self.httpd = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.thread = threading.Thread(target=self.httpd.serve_forever, daemon=True)
        self.thread.start()

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.httpd.server_address[1]}"

    def close(self) -> None:
        self.httpd.shutdown()
        self.httpd.server_close()

    def fail_next(self, count: int, status: int = 500, body: Any = None) -> None:
        self.failures.extend([(status, body)] * count)

    def _dispatch(self, request: dict[str, Any]) -> tuple[int, Any, str]:
        with self.lock:
            self.requests.append(request)
            failure = self.failures.pop(0) if self.failures and self.counts(request) else None
        if self.delay:
            time.sleep(self.delay)
        if self.hook is not None:
            self.hook(request)
        if failure is not None:
            return failure[0], failure[1] if failure[1] is not None else self.error_body(failure[0]), self.kind
        try:
            with self.lock:
                status, answer = self.handle(request)
            if self.after is not None:
                self.after(request, status)
            return status, answer, self.kind
        except Refused as refused:
            with self.lock:
                self.refusals.append(f"{request['method']} {request['path']}: {refused.body}")
            return refused.status, refused.body, self.kind

    kind = "application/json"

    def counts(self, request: dict[str, Any]) -> bool:
        """Whether `fail_next` applies to this request (the posting ones, by default)."""
        return request["method"] == "POST"

    def error_body(self, status: int) -> Any:
        return {"error": f"HTTP {status}"}

    def handle(self, request: dict[str, Any]) -> tuple[int, Any]:
        raise NotImplementedError


def _json(request: dict[str, Any]) -> Any:
    try:
        return json.loads(request["body"] or b"null")
    except ValueError:
        raise Refused(400, {"error": "the body is not JSON"}) from None


# -- Mastodon ----------------------------------------------------------------------------------


def mastodon_length(text: str) -> int:
    """Mastodon's count: every link weighs 23 characters, whatever its length."""
    return len(URL.sub("x" * 23, text))


def mastodon_html(text: str, server: str) -> str:
    """Plain text as Mastodon renders it: paragraphs, line breaks, shortened links, tags."""
    def inline(line: str) -> str:
        out, at = [], 0
        for match in URL.finditer(line):
            out.append(html.escape(line[at:match.start()]))
            url = match.group()
            scheme, rest = url.split("://", 1)
            out.append(f'<a href="{html.escape(url)}" target="_blank" rel="nofollow noopener noreferrer">'
                       f'<span class="invisible">{scheme}://</span><span class="ellipsis">{html.escape(rest[:30])}'
                       f'</span><span class="invisible">{html.escape(rest[30:])}</span></a>')
            at = match.end()
        out.append(html.escape(line[at:]))
        joined = "".join(out)
        return re.sub(r"(?<![\w&])#(\w+)", lambda m: f'<a href="{server}/tags/{m[1]}" class="mention hashtag" '
                      f'rel="tag">#<span>{m[1]}</span></a>', joined)

    paragraphs = [p for p in text.split("\n\n") if p.strip()]
    return "".join("<p>" + "<br />".join(inline(line) for line in p.split("\n")) + "</p>" for p in paragraphs)


class MastodonServer(LocalServer):
    def __init__(self, token: str = "mastodon-test-token", limit: int = 500):
        self.token, self.limit = token, limit
        self.statuses: list[dict[str, Any]] = []  # in creation order
        self.keys: dict[str, tuple[float, dict[str, Any]]] = {}
        self.account = {"id": "109", "username": "status", "acct": "status", "display_name": "Status",
                        "locked": False, "bot": True, "created_at": "2024-01-01T00:00:00.000Z",
                        "note": "", "url": "", "avatar": "", "header": "", "followers_count": 0,
                        "following_count": 0, "statuses_count": 0, "fields": [], "emojis": []}
        super().__init__()

    def error_body(self, status: int) -> Any:
        return {"error": "Something went wrong on our end" if status >= 500 else f"HTTP {status}"}

    def handle(self, request: dict[str, Any]) -> tuple[int, Any]:
        if request["headers"].get("authorization") != f"Bearer {self.token}":
            raise Refused(401, {"error": "The access token is invalid"})
        path = request["path"]
        if request["method"] == "GET" and path == "/api/v1/accounts/verify_credentials":
            return 200, self.account
        if request["method"] == "GET" and path == f"/api/v1/accounts/{self.account['id']}/statuses":
            limit = min(int(request["query"].get("limit", ["20"])[0]), 40)
            return 200, list(reversed(self.statuses))[:limit]
        if request["method"] == "POST" and path == "/api/v1/statuses":
            return self._post(request)
        raise Refused(404, {"error": "Record not found"})

    def _post(self, request: dict[str, Any]) -> tuple[int, Any]:
        kind = request["headers"].get("content-type", "")
        if kind.startswith("application/json"):
            params = _json(request)
        elif kind.startswith(("application/x-www-form-urlencoded", "multipart/form-data")) \
                or not request["body"]:
            params = {k: v[0] for k, v in parse_qs(request["body"].decode()).items()}
        else:
            raise Refused(415, {"error": f"unsupported content type {kind}"})
        key = request["headers"].get("idempotency-key")
        if key is None:
            raise Refused(422, {"error": "onevoice must send an Idempotency-Key (test server rule)"})
        if key in self.keys and time.time() - self.keys[key][0] < 3600:
            return 200, self.keys[key][1]  # Mastodon returns the status the key already made
        text = params.get("status", "")
        if not text.strip():
            raise Refused(422, {"error": "Validation failed: Text can't be blank"})
        if mastodon_length(text) > self.limit:
            raise Refused(422, {"error": f"Validation failed: Text character limit of {self.limit} exceeded"})
        visibility = params.get("visibility", "public")
        if visibility not in ("public", "unlisted", "private", "direct"):
            raise Refused(422, {"error": "Validation failed: Visibility is not included in the list"})
        language = params.get("language")
        if language is not None and not re.fullmatch(r"[a-z]{2,3}", language):
            raise Refused(422, {"error": "Validation failed: Language is not valid"})
        reply_to = params.get("in_reply_to_id")
        if reply_to is not None and not any(s["id"] == reply_to for s in self.statuses):
            raise Refused(404, {"error": "Record not found"})
        number = str(110000 + len(self.statuses) + 1)
        status = {
            "id": number, "created_at": datetime.now(UTC).isoformat(timespec="milliseconds").replace("+00:00", "Z"),
            "in_reply_to_id": reply_to, "in_reply_to_account_id": self.account["id"] if reply_to else None,
            "sensitive": False, "spoiler_text": "", "visibility": visibility, "language": language,
            "uri": f"{self.url}/users/status/statuses/{number}", "url": f"{self.url}/@status/{number}",
            "replies_count": 0, "reblogs_count": 0, "favourites_count": 0, "edited_at": None,
            "content": mastodon_html(text, self.url), "reblog": None, "application": {"name": "onevoice"},
            "account": self.account, "media_attachments": [], "mentions": [], "tags": [], "emojis": [],
            "card": None, "poll": None, "text": text,
        }
        self.statuses.append(status)
        self.keys[key] = (time.time(), status)
        return 200, status


# -- Bluesky -----------------------------------------------------------------------------------


def _cid(data: bytes) -> str:
    digest = hashlib.sha256(data).digest()
    return "b" + base64.b32encode(bytes([0x01, 0x71, 0x12, 0x20]) + digest).decode().lower().rstrip("=")


def _jwt(payload: dict[str, Any], secret: bytes) -> str:
    def b64(data: bytes) -> str:
        return base64.urlsafe_b64encode(data).decode().rstrip("=")

    head = b64(json.dumps({"typ": "at+jwt", "alg": "HS256"}).encode())
    body = b64(json.dumps(payload).encode())
    signature = hmac.new(secret, f"{head}.{body}".encode(), hashlib.sha256).digest()
    return f"{head}.{body}.{b64(signature)}"


class BlueskyServer(LocalServer):
    def __init__(self, handle: str = "status.example.com", password: str = "abcd-efgh-ijkl-mnop"):
        self.bsky_handle, self.password = handle, password
        self.did = "did:plc:" + hashlib.sha256(handle.encode()).hexdigest()[:24]
        self.secret = b"test"
        self.records: dict[str, dict[str, Any]] = {}  # uri -> {"cid", "value"}, in creation order
        self.sessions = 0
        super().__init__()

    def counts(self, request: dict[str, Any]) -> bool:
        return request["path"].endswith("createRecord")

    def error_body(self, status: int) -> Any:
        return {"error": "InternalServerError", "message": "Internal Server Error"}

    def _authorised(self, request: dict[str, Any]) -> None:
        token = request["headers"].get("authorization", "").removeprefix("Bearer ")
        _, _, rest = token.partition(".")
        body, _, _ = rest.partition(".")
        expected = _jwt(json.loads(base64.urlsafe_b64decode(body + "==")), self.secret) if body else ""
        if not token or token != expected:
            raise Refused(401, {"error": "AuthenticationRequired", "message": "Authentication Required"})

    def handle(self, request: dict[str, Any]) -> tuple[int, Any]:
        method = request["path"].removeprefix("/xrpc/")
        if method == "com.atproto.server.createSession" and request["method"] == "POST":
            data = _json(request)
            if data.get("identifier") not in (self.bsky_handle, self.did) or data.get("password") != self.password:
                raise Refused(401, {"error": "AuthenticationRequired", "message": "Invalid identifier or password"})
            self.sessions += 1
            now = int(time.time())
            access = _jwt({"scope": "com.atproto.appPass", "sub": self.did, "iat": now, "exp": now + 7200,
                           "aud": "did:web:localhost"}, self.secret)
            refresh = _jwt({"scope": "com.atproto.refresh", "sub": self.did, "iat": now, "exp": now + 86400,
                            "jti": str(now)}, self.secret)
            return 200, {"accessJwt": access, "refreshJwt": refresh, "handle": self.bsky_handle, "did": self.did,
                         "active": True}
        if method == "com.atproto.repo.createRecord" and request["method"] == "POST":
            self._authorised(request)
            return self._create(_json(request))
        if method == "com.atproto.repo.getRecord" and request["method"] == "GET":
            self._authorised(request)
            query = {k: v[0] for k, v in request["query"].items()}
            uri = f"at://{self.did}/{query.get('collection')}/{query.get('rkey')}"
            if query.get("repo") not in (self.did, self.bsky_handle) or uri not in self.records:
                return 400, {"error": "RecordNotFound", "message": f"Could not locate record: {uri}"}
            found = self.records[uri]
            return 200, {"uri": uri, "cid": found["cid"], "value": found["value"]}
        raise Refused(501, {"error": "MethodNotImplemented", "message": f"Method Not Implemented: {method}"})

    def _create(self, data: dict[str, Any]) -> tuple[int, Any]:
        if data.get("repo") != self.did:
            raise Refused(400, {"error": "InvalidRequest", "message": "repo must be the session's DID"})
        collection, rkey, record = data.get("collection"), data.get("rkey"), data.get("record") or {}
        if collection != "app.bsky.feed.post" or record.get("$type") != collection:
            raise Refused(400, {"error": "InvalidRequest", "message": "not an app.bsky.feed.post record"})
        if not (isinstance(rkey, str) and TID.fullmatch(rkey)):
            raise Refused(400, {"error": "InvalidRequest", "message": f"Invalid record key: {rkey}"})
        uri = f"at://{self.did}/{collection}/{rkey}"
        if uri in self.records:
            raise Refused(400, {"error": "InvalidRequest", "message": f"Record already exists: {uri}"})
        text = record.get("text", "")
        raw = text.encode("utf-8")
        for facet in record.get("facets", []):
            span = raw[facet["index"]["byteStart"]:facet["index"]["byteEnd"]].decode("utf-8", "replace")
            for feature in facet["features"]:
                wanted = feature.get("uri") if feature["$type"].endswith("#link") else "#" + feature.get("tag", "")
                if span != wanted:
                    raise Refused(400, {"error": "InvalidRequest",
                                        "message": f"facet covers {span!r}, not {wanted!r}"})
        reply = record.get("reply")
        if reply is not None:
            for ref in (reply["root"], reply["parent"]):
                if ref["uri"] not in self.records or self.records[ref["uri"]]["cid"] != ref["cid"]:
                    raise Refused(400, {"error": "InvalidRequest", "message": f"reply to an unknown record {ref}"})
        cid = _cid(json.dumps(record, sort_keys=True).encode())
        self.records[uri] = {"cid": cid, "value": record}
        return 200, {"uri": uri, "cid": cid, "commit": {"cid": _cid(uri.encode()), "rev": rkey},
                     "validationStatus": "valid"}

    def posts(self) -> list[dict[str, Any]]:
        return [found["value"] for found in self.records.values()]


# -- webhooks ----------------------------------------------------------------------------------


def _check(condition: bool, status: int, body: Any) -> None:
    if not condition:
        raise Refused(status, body)


class SlackServer(LocalServer):
    """Slack incoming webhooks: JSON with `text` (the notification) and Block Kit `blocks`."""

    kind = "text/plain"

    def error_body(self, status: int) -> Any:
        return "internal_error" if status >= 500 else "invalid_payload"

    def handle(self, request: dict[str, Any]) -> tuple[int, Any]:
        _check(request["method"] == "POST", 405, "invalid_method")
        _check(request["headers"].get("content-type", "").startswith("application/json"), 400, "invalid_payload")
        payload = _json(request)
        _check(isinstance(payload.get("text"), str) and payload["text"].strip() != "", 400, "no_text")
        blocks = payload.get("blocks", [])
        _check(len(blocks) <= 50, 400, "invalid_blocks")
        for block in blocks:
            kind = block.get("type")
            _check(kind in ("header", "section", "context", "divider", "actions"), 400, "invalid_blocks")
            if kind == "header":
                _check(block["text"]["type"] == "plain_text" and 0 < len(block["text"]["text"]) <= 150, 400,
                       "invalid_blocks")
            if kind == "section":
                _check(block["text"]["type"] in ("mrkdwn", "plain_text")
                       and 0 < len(block["text"]["text"]) <= 3000, 400, "invalid_blocks")
        self.payloads.append(payload)
        return 200, "ok"

    def __init__(self) -> None:
        self.payloads: list[dict[str, Any]] = []
        super().__init__()


class TeamsServer(LocalServer):
    """A Teams workflow webhook ("When a Teams webhook request is received"): a message whose
    attachment is an Adaptive Card."""

    def __init__(self) -> None:
        self.payloads: list[dict[str, Any]] = []
        super().__init__()

    def handle(self, request: dict[str, Any]) -> tuple[int, Any]:
        payload = _json(request)
        _check(payload.get("type") == "message", 400, {"error": "type must be message"})
        attachments = payload.get("attachments") or []
        _check(len(attachments) == 1, 400, {"error": "one attachment expected"})
        attachment = attachments[0]
        _check(attachment.get("contentType") == "application/vnd.microsoft.card.adaptive", 400,
               {"error": "not an Adaptive Card"})
        card = attachment["content"]
        _check(card.get("type") == "AdaptiveCard" and re.fullmatch(r"1\.[0-6]", str(card.get("version"))) is not None,
               400, {"error": "AdaptiveCard version 1.0 to 1.6 expected"})
        for element in card.get("body", []):
            _check(element.get("type") in ("TextBlock", "FactSet", "Container", "ColumnSet"), 400,
                   {"error": f"unknown element {element.get('type')}"})
            if element["type"] == "TextBlock":
                _check(isinstance(element.get("text"), str) and element["text"] != "", 400, {"error": "empty text"})
            if element["type"] == "FactSet":
                _check(all(set(f) == {"title", "value"} for f in element["facts"]), 400, {"error": "bad fact"})
        for action in card.get("actions", []):
            _check(action.get("type") == "Action.OpenUrl" and action.get("url", "").startswith("https://"), 400,
                   {"error": "Action.OpenUrl needs an https url"})
        self.payloads.append(payload)
        return 202, b""


class DiscordServer(LocalServer):
    """Discord's Execute Webhook, with its documented limits; `?wait=true` returns the message."""

    def __init__(self) -> None:
        self.payloads: list[dict[str, Any]] = []
        super().__init__()

    def error_body(self, status: int) -> Any:
        return {"message": "500: Internal Server Error", "code": 0}

    def handle(self, request: dict[str, Any]) -> tuple[int, Any]:
        payload = _json(request)
        bad = {"code": 50035, "message": "Invalid Form Body"}
        _check(bool(payload.get("content") or payload.get("embeds")), 400, bad)
        _check(len(payload.get("content", "")) <= 2000, 400, bad)
        embeds = payload.get("embeds", [])
        _check(len(embeds) <= 10, 400, bad)
        total = 0
        for embed in embeds:
            _check(len(embed.get("title", "")) <= 256 and len(embed.get("description", "")) <= 4096, 400, bad)
            _check(isinstance(embed.get("color", 0), int) and 0 <= embed.get("color", 0) <= 0xFFFFFF, 400, bad)
            if "timestamp" in embed:
                datetime.fromisoformat(embed["timestamp"])
            fields = embed.get("fields", [])
            _check(len(fields) <= 25 and all(len(f["name"]) <= 256 and len(f["value"]) <= 1024 for f in fields),
                   400, bad)
            total += len(embed.get("title", "")) + len(embed.get("description", "")) + sum(
                len(f["name"]) + len(f["value"]) for f in fields) + len(embed.get("footer", {}).get("text", ""))
        _check(total <= 6000, 400, bad)
        self.payloads.append(payload)
        if request["query"].get("wait") == ["true"]:
            return 200, {"id": str(1200000000000000000 + len(self.payloads)), "type": 0,
                         "content": payload.get("content", ""), "embeds": embeds, "webhook_id": "1"}
        return 204, b""


class StatuspageReceiver(LocalServer):
    """An endpoint subscribed to Statuspage-format webhooks."""

    def __init__(self) -> None:
        self.payloads: list[dict[str, Any]] = []
        super().__init__()

    def handle(self, request: dict[str, Any]) -> tuple[int, Any]:
        payload = _json(request)
        _check(set(payload) >= {"meta", "page", "incident"}, 400, {"error": "meta, page and incident expected"})
        self.payloads.append(payload)
        return 200, {"ok": True}
