"""Site settings: `mkdocs.yml` (`site_name`, `site_url`, `extra.onevoice`) → `Settings`.

Every key is documented in README.md ("Site settings") and validated here; all problems are
collected and reported together, each at its line in mkdocs.yml."""

from __future__ import annotations

import difflib
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError, available_timezones

from generator.errors import SettingsError, UsageError
from generator.languages import KNOWN_LANGUAGES
from generator.model import MediaContact, Problem, Settings, Severity
from generator.yaml_source import YamlError, load_mapping

CONFIG_FILE = "mkdocs.yml"
CHANNEL_IDS = ("x", "bluesky", "mastodon", "threads", "linkedin", "facebook", "instagram", "sms", "email")

# key under extra.onevoice -> what it holds (the README's table mirrors this; a test compares)
SETTING_DOCS: dict[str, str] = {
    "organisation": "Organisation name, as it signs statements and press releases (required).",
    "timezone": "IANA time zone for times written without an offset, e.g. Europe/Paris (required).",
    "languages": "Site languages, ISO 639-1 codes, default first, e.g. [en, fr] (required).",
    "location": "Press-release dateline city: text, or one per language {en: Lyon, fr: Lyon}.",
    "about": "The press release's About text, one per language {en: …, fr: …}.",
    "media_contact": "Press contact {name, email, phone} for press releases and memos.",
    "channels": "Channels to generate, among " + ", ".join(CHANNEL_IDS) + " (default: all).",
    "hashtags": "Hashtags (without #) added to every statement's copies where the channel suits.",
    "limits": "Lower a channel's limit, e.g. {mastodon: 500} for your instance.",
    "require_approval": "Severities whose statements need `approved_by` before `build --strict` publishes them.",
    "statements_dir": "Folder of statement files, relative to the site root (default: statements).",
    "delivery": "Where `onevoice send` delivers each update: e-mail, webhooks, Mastodon, Bluesky (docs/delivery.md).",
}


class _Collector:
    def __init__(self, path: str, positions: dict[str, tuple[int, int]]):
        self.path, self.positions, self.problems = path, positions, []  # type: list[Problem]

    def add(self, key: str, message: str, hint: str = "", rule: str = "settings/invalid") -> None:
        line, column = self.positions.get(key, self.positions.get(key.rsplit(".", 1)[0], (1, 1)))
        self.problems.append(Problem(self.path, line, column, "error", rule, message, hint))


def _text(value: Any) -> str | None:
    return value.strip() if isinstance(value, str) and value.strip() else None


def _per_language(value: Any, key: str, languages: tuple[str, ...], out: _Collector) -> dict[str, str]:
    if value is None:
        return {}
    if isinstance(value, str):
        return {lang: value.strip() for lang in languages}
    if not isinstance(value, dict) or not all(_text(v) for v in value.values()):
        out.add(key, f"`{key}` must be text or one text per language", f"e.g. {{{languages[0]}: …}}")
        return {}
    for lang in value:
        if lang not in languages:
            out.add(f"{key}.{lang}", f"`{key}` has a text for '{lang}', which is not a site language",
                    f"site languages: {', '.join(languages)}")
    return {str(k): str(v).strip() for k, v in value.items()}


def load_settings(root: Path) -> Settings:
    root = Path(root)
    config_path = root / CONFIG_FILE
    shown = str(config_path)
    if not config_path.is_file():
        raise UsageError(f"error: no {CONFIG_FILE} in {root.resolve()}\n"
                         "    hint: run onevoice from the site root (the folder with mkdocs.yml), or pass --root DIR")
    try:
        text = config_path.read_text(encoding="utf-8")
        data, positions = load_mapping(text, 1, config=True)
    except (YamlError, UnicodeDecodeError) as error:
        line, column = (error.line, error.column) if isinstance(error, YamlError) else (1, 1)
        message = error.message if isinstance(error, YamlError) else "mkdocs.yml is not UTF-8 text"
        raise SettingsError([Problem(shown, line, column, "error", "settings/yaml", message,
                                     getattr(error, "hint", ""))]) from None
    out = _Collector(shown, positions)
    extra = data.get("extra") if isinstance(data.get("extra"), dict) else {}
    raw = extra.get("onevoice")
    if not isinstance(raw, dict):
        out.add("extra", "mkdocs.yml has no `extra.onevoice` settings",
                "add the block shown in README.md, section 'Site settings'", "settings/missing")
        raise SettingsError(out.problems)
    prefix = "extra.onevoice."
    for key in raw:
        if key not in SETTING_DOCS:
            close = difflib.get_close_matches(str(key), SETTING_DOCS, n=1)
            out.add(prefix + str(key), f"unknown setting `{key}`",
                    f"did you mean `{close[0]}`?" if close else "known: " + ", ".join(SETTING_DOCS),
                    "settings/unknown-key")

    site_name = _text(data.get("site_name"))
    if not site_name:
        out.add("site_name", "`site_name` is missing", "add `site_name: <Organisation> status`", "settings/missing")
    site_url = _text(data.get("site_url"))
    if not site_url or not site_url.startswith(("https://", "http://")):
        out.add("site_url", "`site_url` must be the public address of the status site",
                "add `site_url: https://status.example.com/`", "settings/missing")
        site_url = "https://invalid.example/"
    organisation = _text(raw.get("organisation"))
    if not organisation:
        out.add(prefix + "organisation", "`extra.onevoice.organisation` is missing",
                "add `organisation: <your organisation's name>`", "settings/missing")

    zone = ZoneInfo("UTC")
    zone_name = _text(raw.get("timezone"))
    try:
        zone = ZoneInfo(zone_name or "")
    except (ZoneInfoNotFoundError, ValueError):
        close = difflib.get_close_matches(zone_name or "", sorted(available_timezones()), n=1)
        out.add(prefix + "timezone", f"`timezone` must be an IANA time zone, not '{zone_name or ''}'",
                f"did you mean `{close[0]}`?" if close else "e.g. Europe/Paris", "settings/timezone")

    languages: tuple[str, ...] = ("en",)
    langs = raw.get("languages")
    if not isinstance(langs, list) or not langs or not all(isinstance(x, str) for x in langs):
        out.add(prefix + "languages", "`languages` must list the site's languages, default first",
                "e.g. `languages: [en, fr]`", "settings/languages")
    else:
        unknown = [x for x in langs if x not in KNOWN_LANGUAGES]
        for code in unknown:
            close = difflib.get_close_matches(code, KNOWN_LANGUAGES, n=1)
            out.add(prefix + "languages", f"language '{code}' is not supported",
                    f"did you mean '{close[0]}'?" if close else "supported: " + ", ".join(KNOWN_LANGUAGES),
                    "settings/languages")
        languages = tuple(dict.fromkeys(x for x in langs if x in KNOWN_LANGUAGES)) or languages

    contact = None
    raw_contact = raw.get("media_contact")
    if raw_contact is not None:
        if isinstance(raw_contact, dict) and all(_text(raw_contact.get(k)) for k in ("name", "email", "phone")):
            contact = MediaContact(*(str(raw_contact[k]).strip() for k in ("name", "email", "phone")))
        else:
            out.add(prefix + "media_contact", "`media_contact` needs a name, an email and a phone",
                    "e.g. {name: Julie Besson, email: press@example.com, phone: '+33 1 00 00 00 00'}")

    channels = raw.get("channels", list(CHANNEL_IDS))
    if not isinstance(channels, list):
        out.add(prefix + "channels", "`channels` must be a list", "e.g. [x, bluesky, email]")
        channels = list(CHANNEL_IDS)
    for channel in channels:
        if channel not in CHANNEL_IDS:
            close = difflib.get_close_matches(str(channel), CHANNEL_IDS, n=1)
            out.add(prefix + "channels", f"unknown channel '{channel}'",
                    f"did you mean '{close[0]}'?" if close else "known: " + ", ".join(CHANNEL_IDS))

    hashtags = raw.get("hashtags", [])
    if not isinstance(hashtags, list) or not all(_text(h) and not str(h).startswith("#") for h in hashtags):
        out.add(prefix + "hashtags", "`hashtags` must be a list of words without '#'", "e.g. [AcmeStatus]")
        hashtags = []

    limits = raw.get("limits", {}) or {}
    if not isinstance(limits, dict) or not all(k in CHANNEL_IDS and isinstance(v, int) and v > 0
                                               for k, v in limits.items()):
        out.add(prefix + "limits", "`limits` maps a channel id to a positive number", "e.g. {mastodon: 500}")
        limits = {}

    approval = raw.get("require_approval", []) or []
    severities = [s.value for s in Severity]
    if not isinstance(approval, list) or not all(s in severities for s in approval):
        out.add(prefix + "require_approval", "`require_approval` lists severities",
                "e.g. [major, critical]")
        approval = []

    statements_dir = _text(raw.get("statements_dir")) or "statements"
    if Path(statements_dir).is_absolute() or ".." in Path(statements_dir).parts:
        out.add(prefix + "statements_dir", "`statements_dir` must be a folder inside the site root",
                "e.g. statements")
        statements_dir = "statements"

    about = _per_language(raw.get("about"), prefix + "about", languages, out)
    location = _per_language(raw.get("location"), prefix + "location", languages, out)
    from generator.delivery.destinations import parse_delivery

    delivery, delivery_problems = parse_delivery(
        raw.get("delivery"), text, shown, positions.get(prefix + "delivery", (1, 1))[0], languages)
    out.problems.extend(delivery_problems)
    if out.problems:
        raise SettingsError(out.problems)
    return Settings(
        root=root.resolve(),
        site_name=site_name or "",
        site_url=site_url.rstrip("/") + "/",
        organisation=organisation or "",
        timezone=zone,
        languages=languages,
        about=about,
        media_contact=contact,
        location=location,
        channels=tuple(channels),
        hashtags=tuple(str(h).strip() for h in hashtags),
        limits={str(k): int(v) for k, v in limits.items()},
        require_approval=tuple(approval),
        statements_dir=statements_dir,
        delivery=delivery,
        key_lines={k: v[0] for k, v in positions.items()},
    )
