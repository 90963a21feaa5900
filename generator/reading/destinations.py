"""Settings stage, delivery part: `extra.onevoice.delivery` in mkdocs.yml → `Destination`s.

mkdocs.yml is a public, reviewed file: it names each secret by the environment variable (a
CI secret) that holds it, never by its value. A value that is itself a credential (a URL
with a password, a webhook address, a token, an app password) is an error that says to move
it into a secret and to change it, since it is now in the repository's history."""

from __future__ import annotations

import difflib
import ipaddress
import re
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any
from urllib.parse import parse_qsl, urlsplit

import yaml

from generator.core.model import Problem

CHANNELS = ("email", "webhook", "mastodon", "bluesky")
WEBHOOK_FORMATS = ("slack", "teams", "discord", "json")
VISIBILITIES = ("public", "unlisted")
DEFAULT_BLUESKY_SERVER = "https://bsky.social"

# channel -> (required keys, optional keys, the key that names the secret's variable)
KEYS: dict[str, tuple[tuple[str, ...], tuple[str, ...], str]] = {
    "email": (("to", "from", "smtp"), ("unsubscribe",), "smtp"),
    "webhook": (("format", "url"), (), "url"),
    "mastodon": (("server", "token"), ("visibility",), "token"),
    "bluesky": (("handle", "password"), ("server",), "password"),
}
COMMON_KEYS = ("channel", "lang", "id")
SECRET_EXAMPLES = {
    "smtp": "ONEVOICE_SMTP_URL",
    "url": "ONEVOICE_SLACK_WEBHOOK",
    "token": "ONEVOICE_MASTODON_TOKEN",
    "password": "ONEVOICE_BLUESKY_APP_PASSWORD",
}
ENV_NAME = re.compile(r"[A-Z_][A-Z0-9_]*")
ID = re.compile(r"[a-z0-9][a-z0-9-]{0,62}")
EMAIL = re.compile(r"[^@\s<>]+@[^@\s<>]+\.[^@\s<>]+")
HANDLE = re.compile(r"([a-zA-Z0-9]([a-zA-Z0-9-]{0,61}[a-zA-Z0-9])?\.)+[a-zA-Z]([a-zA-Z0-9-]{0,61}[a-zA-Z0-9])?")
# Addresses that are credentials by themselves: whoever has them can post.
SECRET_URLS = re.compile(
    r"hooks\.slack\.com/(services|workflows|triggers)/|discord(app)?\.com/api/webhooks/"
    r"|\.webhook\.office\.com/|\.logic\.azure\.com.*[?&]sig=|environment\.api\.powerplatform\.com",
    re.IGNORECASE,
)
SECRET_QUERY = {"token", "access_token", "key", "api_key", "apikey", "sig", "secret", "password", "auth"}
APP_PASSWORD = re.compile(r"[a-z0-9]{4}(-[a-z0-9]{4}){3}")


@dataclass(frozen=True, slots=True)
class Destination:
    """One place updates go. `secret_var` names the environment variable holding the
    credential (the SMTP URL, the webhook URL, the access token or the app password)."""

    id: str  # stable: the ledger's records are filed under it
    channel: str
    lang: str
    secret_var: str
    line: int = 1  # of its `- channel:` item in mkdocs.yml
    server: str = ""  # mastodon, bluesky
    handle: str = ""  # bluesky
    visibility: str = "public"  # mastodon
    to: tuple[str, ...] = ()  # email
    sender: str = ""  # email `from`
    unsubscribe: str = ""  # email: the List-Unsubscribe target
    format: str = ""  # webhook

    @property
    def label(self) -> str:
        """How messages name it: the id, and what it is."""
        what = {
            "email": ", ".join(self.to),
            "webhook": f"{self.format} webhook",
            "mastodon": self.server,
            "bluesky": f"@{self.handle}",
        }[self.channel]
        return f"{self.id} ({what})"

    def secret(self, environ: Mapping[str, str]) -> str | None:
        value = environ.get(self.secret_var, "").strip()
        return value or None


def credential_problem(value: str) -> str | None:
    """Why `value` looks like a credential, or None."""
    text = value.strip()
    parts = urlsplit(text) if "://" in text else None
    if parts is not None:
        try:
            password = parts.password
        except ValueError:
            password = None
        if password:
            return "is an address with a password in it"
        if SECRET_URLS.search(text):
            return "is a webhook address, which lets anyone who has it post"
        if any(key.lower() in SECRET_QUERY for key, _ in parse_qsl(parts.query)):
            return "is an address with a key in it"
        return None
    if APP_PASSWORD.fullmatch(text):
        return "looks like an app password"
    if (len(text) >= 20 and re.fullmatch(r"[A-Za-z0-9_\-+/=]+", text) and not ENV_NAME.fullmatch(text)
            and re.search(r"\d", text) and re.search(r"[a-z]", text)):
        return "looks like a token"
    return None


def is_loopback(host: str | None) -> bool:
    if not host:
        return False
    if host == "localhost":
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


def https_problem(url: str) -> str | None:
    """Addresses that carry a credential must be https (plain http only to this machine)."""
    parts = urlsplit(url)
    if parts.scheme == "https" and parts.hostname:
        return None
    if parts.scheme == "http" and is_loopback(parts.hostname):
        return None
    return "must be an https:// address"


def item_lines(config_text: str) -> list[tuple[int, dict[str, int]]]:
    """For each item of `extra.onevoice.delivery`: its line and the line of each of its keys.
    mkdocs.yml was already parsed; this only composes it again to locate the list's items
    (composing builds no object, so mkdocs' own tags need nothing)."""
    try:
        root = yaml.compose(config_text, Loader=yaml.SafeLoader)
    except yaml.YAMLError:
        return []
    node = root
    for key in ("extra", "onevoice", "delivery"):
        if not isinstance(node, yaml.MappingNode):
            return []
        node = next((v for k, v in node.value if isinstance(k, yaml.ScalarNode) and k.value == key), None)
    if not isinstance(node, yaml.SequenceNode):
        return []
    found = []
    for item in node.value:
        keys = {}
        if isinstance(item, yaml.MappingNode):
            keys = {k.value: k.start_mark.line + 1 for k, _ in item.value if isinstance(k, yaml.ScalarNode)}
        found.append((item.start_mark.line + 1, keys))
    return found


def _slug(text: str) -> str:
    return re.sub(r"[^a-z0-9]+", "-", text.lower()).strip("-")


class _Reader:
    def __init__(self, path: str, list_line: int, lines: list[tuple[int, dict[str, int]]]):
        self.path, self.list_line, self.lines = path, list_line, lines
        self.problems: list[Problem] = []

    def add(self, index: int, key: str | None, message: str, hint: str) -> None:
        item_line, keys = self.lines[index] if index < len(self.lines) else (self.list_line, {})
        line = keys.get(key, item_line) if key else item_line
        self.problems.append(Problem(self.path, line, 1, "error", "settings/delivery",
                                     f"delivery #{index + 1}: {message}", hint))

    def line_of(self, index: int) -> int:
        return self.lines[index][0] if index < len(self.lines) else self.list_line


def parse_delivery(raw: Any, config_text: str, path: str, list_line: int,
                   languages: tuple[str, ...]) -> tuple[tuple[Destination, ...], list[Problem]]:
    """The destinations, or the located problems that keep them from being used."""
    if raw is None:
        return (), []
    out = _Reader(path, list_line, item_lines(config_text))
    if not isinstance(raw, list):
        out.problems.append(Problem(path, list_line, 1, "error", "settings/delivery",
                                    "`delivery` must be a list of destinations",
                                    "e.g. `- channel: mastodon` then its keys; see docs/delivery.md"))
        return (), out.problems
    found: list[Destination] = []
    for index, item in enumerate(raw):
        destination = _destination(index, item, languages, out)
        if destination is not None:
            found.append(destination)
    seen: dict[str, int] = {}
    for index, destination in enumerate(found):
        if destination.id in seen:
            out.problems.append(Problem(
                path, destination.line, 1, "error", "settings/delivery",
                f"two destinations have the id '{destination.id}'",
                "give one of them its own `id:` (lowercase letters, digits and -); the record of "
                "what was sent is kept per id"))
        seen[destination.id] = index
    return (tuple(found) if not out.problems else ()), out.problems


def _destination(index: int, item: Any, languages: tuple[str, ...], out: _Reader) -> Destination | None:
    if not isinstance(item, dict):
        out.add(index, None, "each destination is a mapping that starts with `channel:`",
                "e.g. `- channel: email` with `to`, `from` and `smtp` below it")
        return None
    channel = item.get("channel")
    if channel not in CHANNELS:
        close = difflib.get_close_matches(str(channel), CHANNELS, n=1)
        out.add(index, "channel", f"unknown channel '{channel}'" if channel else "`channel` is missing",
                f"did you mean '{close[0]}'?" if close else "channels with delivery: " + ", ".join(CHANNELS))
        return None
    required, optional, secret_key = KEYS[channel]
    known = (*COMMON_KEYS, *required, *optional)
    problems_before = len(out.problems)
    for key in item:
        if key not in known:
            close = difflib.get_close_matches(str(key), known, n=1)
            out.add(index, str(key), f"unknown key `{key}` for {channel}",
                    f"did you mean `{close[0]}`?" if close else f"{channel} takes: " + ", ".join(known))
    for key in required:
        if item.get(key) in (None, "", []):
            out.add(index, None, f"{channel} needs `{key}`", _example(channel, key))
    # No value may be a credential, whatever its key.
    for key, value in item.items():
        for text in (value if isinstance(value, list) else [value]):
            if key == "id" or not isinstance(text, str):
                continue
            why = credential_problem(text)
            if why:
                name = SECRET_EXAMPLES.get(secret_key, "ONEVOICE_SECRET")
                out.add(index, str(key), f"the value of `{key}` {why}: mkdocs.yml is public, "
                        "so it must never hold a secret",
                        f"store it as a CI secret (e.g. {name}), write that variable's name in "
                        f"`{secret_key}:`, remove it from this file, and change it now: it is in "
                        "the repository's history")
    secret_var = item.get(secret_key)
    if isinstance(secret_var, str) and secret_var and not credential_problem(secret_var) \
            and not ENV_NAME.fullmatch(secret_var):
        out.add(index, secret_key, f"`{secret_key}` must name the environment variable that holds the "
                "secret, not hold it", f"e.g. `{secret_key}: {SECRET_EXAMPLES[secret_key]}` "
                "(capital letters, digits and _), set as a CI secret")
    lang = item.get("lang", languages[0])
    if lang not in languages:
        out.add(index, "lang", f"`lang` '{lang}' is not a site language",
                "site languages: " + ", ".join(languages))
    values = _channel_values(index, channel, item, out)
    if len(out.problems) > problems_before:
        return None
    identity = {"email": values.get("to", ("",))[0], "webhook": f"{values.get('format')}-{secret_var}",
                "mastodon": urlsplit(values.get("server", "")).netloc, "bluesky": values.get("handle", "")}[channel]
    given_id = item.get("id")
    if given_id is not None and not (isinstance(given_id, str) and ID.fullmatch(given_id)):
        out.add(index, "id", "`id` must be lowercase letters, digits and -", "e.g. `id: mastodon-main`")
        return None
    return Destination(
        id=given_id or _slug(f"{channel}-{lang}-{identity}")[:63].rstrip("-"),
        channel=channel, lang=lang, secret_var=str(secret_var), line=out.line_of(index), **values)


def _channel_values(index: int, channel: str, item: dict[str, Any], out: _Reader) -> dict[str, Any]:
    values: dict[str, Any] = {}
    if channel == "email":
        to = item.get("to")
        to = [to] if isinstance(to, str) else to
        if not isinstance(to, list) or not to or not all(isinstance(a, str) and EMAIL.fullmatch(a) for a in to):
            out.add(index, "to", "`to` must list e-mail addresses", "e.g. `to: [subscribers@lists.example.com]`")
        else:
            values["to"] = tuple(to)
        sender = item.get("from")
        if not (isinstance(sender, str) and EMAIL.fullmatch(sender)):
            out.add(index, "from", "`from` must be an e-mail address", "e.g. `from: status@example.com`")
        else:
            values["sender"] = sender
        unsubscribe = item.get("unsubscribe")
        if unsubscribe is not None:
            if isinstance(unsubscribe, str) and EMAIL.fullmatch(unsubscribe):
                values["unsubscribe"] = f"mailto:{unsubscribe}?subject=unsubscribe"
            elif isinstance(unsubscribe, str) and (unsubscribe.startswith("mailto:")
                                                   or urlsplit(unsubscribe).scheme == "https"):
                values["unsubscribe"] = unsubscribe
            else:
                out.add(index, "unsubscribe", "`unsubscribe` must be an https:// address or an e-mail address",
                        "e.g. `unsubscribe: https://lists.example.com/unsubscribe` (the List-Unsubscribe header)")
    elif channel == "webhook":
        fmt = item.get("format")
        if fmt not in WEBHOOK_FORMATS:
            out.add(index, "format", f"unknown webhook format '{fmt}'", "formats: " + ", ".join(WEBHOOK_FORMATS))
        else:
            values["format"] = fmt
    elif channel in ("mastodon", "bluesky"):
        server = item.get("server", DEFAULT_BLUESKY_SERVER if channel == "bluesky" else None)
        if isinstance(server, str) and not credential_problem(server) and not https_problem(server):
            values["server"] = server.rstrip("/")
        elif server is not None:
            out.add(index, "server", "`server` must be the https:// address of the server",
                    "e.g. `server: https://mastodon.social`")
        if channel == "mastodon":
            visibility = item.get("visibility", "public")
            if visibility not in VISIBILITIES:
                out.add(index, "visibility", f"`visibility` must be one of {', '.join(VISIBILITIES)}",
                        "official updates are `public`; `unlisted` keeps them out of public timelines")
            values["visibility"] = visibility
        else:
            handle = str(item.get("handle", "")).removeprefix("@")
            if not HANDLE.fullmatch(handle):
                out.add(index, "handle", f"`handle` '{handle}' is not a Bluesky handle",
                        "e.g. `handle: status.example.com` or `handle: example.bsky.social`")
            values["handle"] = handle
    return values


def _example(channel: str, key: str) -> str:
    examples = {
        "to": "e.g. `to: [subscribers@lists.example.com]`",
        "from": "e.g. `from: status@example.com`",
        "format": "e.g. `format: slack` (slack, teams, discord or json)",
        "server": "e.g. `server: https://mastodon.social`",
        "handle": "e.g. `handle: status.example.com`",
    }
    if key in SECRET_EXAMPLES:
        return (f"e.g. `{key}: {SECRET_EXAMPLES[key]}`: the name of the environment variable (a CI "
                "secret) that holds it; docs/delivery.md says what to put in it")
    return examples.get(key, f"see docs/delivery.md for {channel}")
