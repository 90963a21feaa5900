"""Site settings: `mkdocs.yml` (`site_name`, `site_url`, `extra.onevoice`) → `Settings`.

Every key is documented in README.md ("Site settings") and validated here; all problems are
collected and reported together, each at its line in mkdocs.yml."""

from __future__ import annotations

import difflib
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError, available_timezones

import yaml

from generator.core.errors import SettingsError, UsageError
from generator.core.languages import KNOWN_LANGUAGES
from generator.core.model import MediaContact, Problem, Settings, Severity, TeamMember
from generator.core.model import Component
from generator.reading.yaml_source import YamlError, load_mapping

CONFIG_FILE = "mkdocs.yml"
CHANNEL_IDS = ("x", "bluesky", "mastodon", "threads", "linkedin", "facebook", "instagram", "sms", "email")

# key under extra.onevoice -> what it holds (the README's table mirrors this; a test compares)
SETTING_DOCS: dict[str, str] = {
    "organisation": "Organisation name, as it signs statements and press releases (required): text, or one "
                    "per language {en: Sorvane University, fr: Université de Sorvane}.",
    "short_name": "Short name (at most 20 characters) that opens SMS copies, e.g. Calypso, or one per language, {en: Rideau Valley CU, fr: Caisse Vallée Rideau} (default: the organisation).",
    "timezone": "IANA time zone for times written without an offset, e.g. Europe/Paris (required).",
    "languages": "Site languages, ISO 639-1 codes, default first, e.g. [en, fr] (required).",
    "location": "Press-release dateline city: text, or one per language {en: Lyon, fr: Lyon}.",
    "about": "The press release's About text, one per language {en: …, fr: …}.",
    "media_contact": "Press contact {name, email, phone} for press releases, memos and replies; a name that is an office, not a person, can be given per language {en: Press office, fr: Service de presse} (`init` writes it so for a site in several languages).",
    "crisis_team": "The crisis team for the staff memo and the checklist's owners: a list of {name, role, phone, email}; "
                   "a role is text or one per language {en: Chief Executive, fr: Directeur général}.",
    "channels": "Channels to generate, among " + ", ".join(CHANNEL_IDS) + " (default: all).",
    "hashtags": "Hashtags (without #) added to every statement's copies where the channel suits.",
    "limits": "Change a channel's limit: lower any, raise a Mastodon instance's ({mastodon: 1000}) or the SMS "
              "segments a message may take ({sms: 3}, at most 4).",
    "require_approval": "Severities whose statements need `approved_by` before `build` publishes them.",
    "statements_dir": "Folder of statement files, relative to the site root (default: statements).",
    "components": "The parts of your service the status page lists, each {name, group, description, names}; "
                  "`affected` names them (default: every name `affected` uses).",
    "audiences": "Regions and groups of people `affected` may name besides components, e.g. [Merchants in Belgium].",
    "title": "The status page's name in its header, text or one per language (default: site_name).",
    "footer": "Footer text of every page (Markdown links allowed), text or one per language.",
    "logo": "Logo image shown in the header, a path from the site root, or one per language.",
    "delivery": "Where `onevoice send` delivers each update: e-mail, webhooks, Mastodon, Bluesky (docs/delivery.md).",
}
COMPONENT_KEYS = ("name", "group", "description", "names")


class _Collector:
    def __init__(self, path: str, positions: dict[str, tuple[int, int]]):
        self.path, self.positions = path, positions
        self.problems: list[Problem] = []

    def add(self, key: str, message: str, hint: str = "", rule: str = "settings/invalid",
            at: tuple[int, int] | None = None, severity: str = "error") -> None:
        line, column = at or self.positions.get(key, self.positions.get(key.rsplit(".", 1)[0], (1, 1)))
        self.problems.append(Problem(self.path, line, column, severity, rule, message, hint))

    @property
    def errors(self) -> list[Problem]:
        return [p for p in self.problems if p.severity == "error"]


def _text(value: Any) -> str | None:
    return value.strip() if isinstance(value, str) and value.strip() else None


def _per_language(value: Any, key: str, languages: tuple[str, ...], out: _Collector,
                  at: tuple[int, int] | None = None) -> dict[str, str]:
    if value is None:
        return {}
    if isinstance(value, str):
        return {lang: value.strip() for lang in languages}
    if isinstance(value, dict):
        # `{fr: Conseillère principale, communications, en: …}`: YAML reads the comma as the end
        # of the French text and "communications" as one more key, with no text.
        stray = [str(k) for k, v in value.items() if v is None and str(k) not in languages]
        if stray:
            # What was meant is sure when each stray part follows a language's text: the comma
            # belongs to that text ("Vice-President, Engineering and Quality"). Read so, and said,
            # rather than stop the site for a job title.
            joined: dict[str, str] = {}
            for k, v in value.items():
                if str(k) in languages and _text(v):
                    joined[str(k)] = str(v).strip()
                elif v is None and joined and str(k) not in languages:
                    last = next(reversed(joined))
                    joined[last] = f"{joined[last]}, {str(k).strip()}"
                else:
                    joined = {}
                    break
            if not joined:
                out.add(key, f"`{key}` reads `{stray[0]}` as a language with no text: inside {{…}} a comma "
                        "ends a text", f"put a text that holds a comma in quotes, e.g. {{{languages[0]}: \"…, "
                        f"{stray[0]}\"}}", at=at)
                return {}
            lang, shown = next((lang, text) for lang, text in joined.items() if stray[0] in text)
            out.add(key, f"`{key}` reads `{stray[0]}` as a language with no text: inside {{…}} a comma ends a "
                    f"text; onevoice reads it as part of \"{shown}\"",
                    f"put a text that holds a comma in quotes, e.g. {{{lang}: \"{shown}\"}}", at=at,
                    severity="warning")
            value = joined
    if not isinstance(value, dict) or not all(_text(v) for v in value.values()):
        out.add(key, f"`{key}` must be text or one text per language", f"e.g. {{{languages[0]}: …}}", at=at)
        return {}
    for lang in value:
        if lang not in languages:
            out.add(f"{key}.{lang}", f"`{key}` has a text for '{lang}', which is not a site language",
                    f"site languages: {', '.join(languages)}", at=at)
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
    extra: dict[str, Any] = data["extra"] if isinstance(data.get("extra"), dict) else {}
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
    raw_organisation = raw.get("organisation")
    organisation = _text(raw_organisation)

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
        names = _per_language(raw_contact.get("name"), prefix + "media_contact.name", languages, out) \
            if isinstance(raw_contact, dict) else {}
        if names and all(_text(raw_contact.get(k)) for k in ("email", "phone")):
            name = names.get(languages[0]) or next(iter(names.values()))
            contact = MediaContact(name, str(raw_contact["email"]).strip(), str(raw_contact["phone"]).strip(),
                                   names=tuple(sorted(names.items())))
        elif not (isinstance(raw_contact, dict) and isinstance(raw_contact.get("name"), dict)):
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

    # The name may differ by language ({en: Sorvane University, fr: Université de Sorvane}).
    organisation_names = (_per_language(raw_organisation, prefix + "organisation", languages, out)
                          if isinstance(raw_organisation, dict) else {})
    if organisation_names:
        organisation = organisation_names.get(languages[0]) or next(iter(organisation_names.values()))
    if not organisation:
        out.add(prefix + "organisation", "`extra.onevoice.organisation` is missing",
                "add `organisation: <your organisation's name>`", "settings/missing")
    about = _per_language(raw.get("about"), prefix + "about", languages, out)
    location = _per_language(raw.get("location"), prefix + "location", languages, out)

    # (One per language too, {en: Rideau Valley CU, fr: Caisse Vallée Rideau}, as `organisation`.)
    raw_short = raw.get("short_name")
    short_names = _per_language(raw_short, prefix + "short_name", languages, out) if isinstance(raw_short, dict) else {}
    short_name = (short_names.get(languages[0]) or next(iter(short_names.values()), "")) if short_names \
        else _text(raw_short) or ""
    for said in dict.fromkeys([short_name, *short_names.values()]):
        if len(said) > 20:
            out.add(prefix + "short_name", f"`short_name` “{said}” is {len(said)} characters; at most 20",
                    "it opens every SMS: the name people know you by, e.g. Calypso")
    team: list[TeamMember] = []
    members = raw.get("crisis_team", []) or []
    if not isinstance(members, list):
        members = [None]
    places = _item_positions(text, prefix + "crisis_team")
    for index, member in enumerate(members):
        fields = {k: _text(member.get(k)) or "" for k in ("name", "phone", "email")} \
            if isinstance(member, dict) else {}
        # A role is text, or one text per language ({en: Chief Executive, fr: Directeur général}).
        where = places[index] if index < len(places) else {}
        roles = _per_language(member.get("role"), prefix + "crisis_team.role", languages, out,
                              at=where.get("role", where.get(""))) if isinstance(member, dict) else {}
        if not roles and isinstance(member, dict) and isinstance(member.get("role"), dict):
            continue  # told above: a role per language needs a text for each
        if not fields.get("name") or not roles:
            out.add(prefix + "crisis_team", "each member of `crisis_team` needs at least a name and a role",
                    "e.g. crisis_team: [{name: Marc Roux, role: Head of operations, phone: \"+33 4 72 00 00 01\"}]")
            continue
        role = roles.get(languages[0]) or next(iter(roles.values()))
        team.append(TeamMember(role=role, roles=tuple(sorted(roles.items())), **fields))
    titles = _per_language(raw.get("title"), prefix + "title", languages, out)
    footer = _per_language(raw.get("footer"), prefix + "footer", languages, out)
    logo = _per_language(raw.get("logo"), prefix + "logo", languages, out)
    for image in logo.values():
        if Path(image).is_absolute() or ".." in Path(image).parts or not (root / image).is_file():
            out.add(prefix + "logo", f"the logo '{image}' is not a file inside the site root",
                    "give the image's path from the folder of mkdocs.yml, e.g. assets/logo.svg")
    components = _components(raw.get("components"), languages, config_path, out)
    audiences = raw.get("audiences", []) or []
    if not isinstance(audiences, list) or not all(_text(a) for a in audiences):
        out.add(prefix + "audiences", "`audiences` must be a list of texts", "e.g. [Merchants in Belgium]")
        audiences = []
    from generator.reading.destinations import parse_delivery

    delivery, delivery_problems = parse_delivery(
        raw.get("delivery"), text, shown, positions.get(prefix + "delivery", (1, 1))[0], languages)
    out.problems.extend(delivery_problems)
    if out.errors:
        raise SettingsError(out.errors)
    return Settings(
        root=root.resolve(),
        site_name=site_name or "",
        site_url=site_url.rstrip("/") + "/",
        organisation=organisation or "",
        organisation_names=organisation_names,
        notices=tuple(out.problems),
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
        short_name=short_name,
        short_names=short_names,
        crisis_team=tuple(team),
        components=components,
        audiences=tuple(str(a).strip() for a in audiences),
        titles=titles,
        footer=footer,
        logo=logo,
    )


def _item_positions(text: str, dotted: str) -> list[dict[str, tuple[int, int]]]:
    """For the YAML sequence at `dotted` (e.g. extra.onevoice.components): each item's line
    and column, under '', and those of its keys. Empty when the text cannot be composed."""
    try:
        node = yaml.compose(text, Loader=yaml.SafeLoader)
    except yaml.YAMLError:
        return []
    for part in dotted.split("."):
        if not isinstance(node, yaml.MappingNode):
            return []
        node = next((v for k, v in node.value if isinstance(k, yaml.ScalarNode) and k.value == part), None)
    if not isinstance(node, yaml.SequenceNode):
        return []
    found = []
    for item in node.value:
        where = {"": (item.start_mark.line + 1, item.start_mark.column + 1)}
        if isinstance(item, yaml.MappingNode):
            where.update({k.value: (k.start_mark.line + 1, k.start_mark.column + 1)
                          for k, _ in item.value if isinstance(k, yaml.ScalarNode)})
        found.append(where)
    return found


def _components(value: Any, languages: tuple[str, ...], config_path: Path, out: _Collector) -> tuple[Component, ...]:
    """`components:` → the declared components, every problem located at its item's line."""
    from generator.reading.components import unique_ids

    if value is None:
        return ()
    key = "extra.onevoice.components"
    example = "e.g. - {name: Checkout, group: Payments, names: {fr: Paiement en caisse}}"
    if not isinstance(value, list):
        out.add(key, "`components` must be a list, one `- name: …` per component", example)
        return ()
    places = _item_positions(config_path.read_text(encoding="utf-8"), key)

    def fail(index: int, field: str, message: str, hint: str) -> None:
        where = places[index] if index < len(places) else {}
        line, column = where.get(field, where.get("", out.positions.get(key, (1, 1))))
        out.problems.append(Problem(out.path, line, column, "error", "settings/components", message, hint))

    entries: list[tuple[str, dict[str, str], dict[str, str], dict[str, str]]] = []
    spellings: dict[str, str] = {}
    group_names: dict[str, dict[str, str]] = {}
    for index, item in enumerate(value):
        if isinstance(item, str) and item.strip():
            item = {"name": item}
        if not isinstance(item, dict):
            fail(index, "", "each component is a `name:` with optional `group`, `description` and `names`", example)
            continue
        for field in item:
            if field not in COMPONENT_KEYS:
                close = difflib.get_close_matches(str(field), COMPONENT_KEYS, n=1)
                fail(index, str(field), f"unknown component key `{field}`",
                     f"did you mean `{close[0]}`?" if close else "known: " + ", ".join(COMPONENT_KEYS))
        name = _text(item.get("name"))
        if not name:
            fail(index, "", "this component has no `name`", example)
            continue
        texts: dict[str, dict[str, str]] = {}
        for field in ("names", "group", "description"):
            raw_value = item.get(field)
            if raw_value is None:
                texts[field] = {}
            elif isinstance(raw_value, str) and field != "names" and raw_value.strip():
                # One text: the default language's (a group), or every language's (a description).
                texts[field] = {lang: raw_value.strip() for lang in (languages[:1] if field == "group" else languages)}
            elif isinstance(raw_value, dict) and raw_value and all(_text(v) for v in raw_value.values()):
                texts[field] = {str(k): str(v).strip() for k, v in raw_value.items()}
                for lang in texts[field]:
                    if lang not in languages:
                        fail(index, field, f"component '{name}': `{field}` has a text for '{lang}', "
                                           "which is not a site language", f"site languages: {', '.join(languages)}")
            else:
                fail(index, field, f"component '{name}': `{field}` must be "
                                   + ("one text per language" if field == "names" else "text or one text per language"),
                     f"e.g. {field}: {{{languages[-1]}: …}}")
                texts[field] = {}
        for spelling in {name, *texts["names"].values()}:
            if spelling.casefold() in spellings and spellings[spelling.casefold()].casefold() != name.casefold():
                fail(index, "name", f"'{spelling}' names two components ('{spellings[spelling.casefold()]}' and '{name}')",
                     "give each component its own names")
            elif spelling.casefold() in spellings:
                fail(index, "name", f"the component '{name}' is declared twice", "remove one of them")
            spellings[spelling.casefold()] = name
        group = texts["group"]
        if group:
            key_name = group.get(languages[0]) or next(iter(group.values()))
            known = group_names.setdefault(key_name, dict(group))
            for lang, text in group.items():
                if known.setdefault(lang, text) != text:
                    fail(index, "group", f"the group '{key_name}' is called '{known[lang]}' and '{text}' in '{lang}'",
                         "give a group the same names everywhere (once is enough)")
            group = {languages[0]: key_name, **{k: v for k, v in group.items() if k != languages[0]}}
        entries.append((name, texts["names"], group, texts["description"]))
    ids = unique_ids(name for name, *_ in entries)
    # A group named in one language on one component and in both on another: both get every name.
    return tuple(Component(cid, name, names, {**group_names.get(group.get(languages[0], ""), {}), **group}
                           if group else {}, description)
                 for cid, (name, names, group, description) in zip(ids, entries))
