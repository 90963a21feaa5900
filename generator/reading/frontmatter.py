"""Statement front matter: the typed schema of STATEMENT_FORMAT.md, validated with every
problem located at its key's line and a did-you-mean for misspelled keys."""

from __future__ import annotations

import difflib
import re
from dataclasses import dataclass, field
from typing import Any

from generator.core.dates import FORMAT_HINT, DateError, parse_datetime
from generator.core.model import COMPONENT_STATUSES, Kind, Severity, Spokesperson
from generator.reading.settings import CHANNEL_IDS

TITLE_MAX = 100

# key -> (required, doc line). The README's table of keys is checked against this by a test.
KEYS: dict[str, tuple[bool, str]] = {
    "title": (True, "the headline, at most 100 characters"),
    "severity": (True, "minor, major or critical"),
    "started": (True, "when communication started: the statement's first publication (date-time)"),
    "began": (False, "when the problem itself began, if known and earlier than `started` (date-time)"),
    "kind": (False, "outage, breach, recall, safety or incident (fits the Q&A and the checklist; default: read "
                    "from the text), or maintenance: planned work announced in advance"),
    "headline": (False, "the press release's headline, active voice, naming the key fact (default: the title)"),
    "affected": (False, "list of products, services, regions or groups of people"),
    "next_update": (False, "the time by which the next update is promised"),
    "spokesperson": (False, "{name, role}: who is quoted in the press release"),
    "location": (False, "the press-release dateline city"),
    "hashtags": (False, "list of hashtags without #"),
    "channels": (False, "list of channel ids: restricts the channels generated (after a bad buzz, an SMS only when listed)"),
    "draft": (False, "true: checked and rendered locally, never published"),
    "approved_by": (False, "list of the people who approved this statement for publication"),
    "scheduled_for": (False, "maintenance only (required there): when the planned work starts"),
    "scheduled_until": (False, "maintenance only (required there): when the planned work ends"),
    "component_status": (False, "what the affected components show while unresolved, instead of the "
                                "status the severity gives"),
    "press_release": (False, "true or false: whether a press release is published (default: true for major "
                             "and critical incidents, false for minor ones and maintenance)"),
}


@dataclass
class FrontMatter:
    values: dict[str, Any] = field(default_factory=dict)
    problems: list[tuple[str, str, str]] = field(default_factory=list)  # (key, message, hint)

    def fail(self, key: str, message: str, hint: str = "") -> None:
        self.problems.append((key, message, hint))


def _text_list(fm: FrontMatter, key: str, value: Any, example: str) -> tuple[str, ...] | None:
    if isinstance(value, str):
        value = [value]  # `affected: Checkout` is a list of one: forgiving in spelling
    if not isinstance(value, list) or not all(isinstance(v, (str, int, float)) and str(v).strip() for v in value):
        fm.fail(key, f"`{key}` must be a list of texts", f"write it as `{key}: [{example}]`")
        return None
    return tuple(str(v).strip() for v in value)


def validate(raw: dict[str, Any], zone: Any) -> FrontMatter:
    fm = FrontMatter()
    for key in raw:
        if key not in KEYS:
            close = difflib.get_close_matches(str(key), KEYS, n=1, cutoff=0.6)
            fm.fail(str(key), f"unknown key `{key}`",
                    f"did you mean `{close[0]}`?" if close else "known keys: " + ", ".join(KEYS))
    misspelled = {close for key in raw if key not in KEYS
                  for close in difflib.get_close_matches(str(key), KEYS, n=1, cutoff=0.6)}
    maintenance = str(raw.get("kind", "")).strip().lower() == Kind.MAINTENANCE.value
    for key, (required, doc) in KEYS.items():
        if key == "severity" and maintenance:
            continue  # a maintenance is minor unless it says otherwise
        # A misspelled required key is reported once, at its line, as unknown-with-suggestion.
        if required and raw.get(key) in (None, "") and key not in misspelled:
            fm.fail("", f"the required key `{key}` is missing", f"add `{key}:` ({doc})")

    title = raw.get("title")
    if title not in (None, ""):
        if not isinstance(title, str):
            fm.fail("title", "`title` must be text", "put the title in quotes")
        elif len(title.strip()) > TITLE_MAX:
            fm.fail("title", f"the title is {len(title.strip())} characters long; the limit is {TITLE_MAX}",
                    "shorten it; details belong in the summary")
        else:
            fm.values["title"] = " ".join(title.split())

    severity = raw.get("severity")
    if severity not in (None, ""):
        names = [s.value for s in Severity]
        if str(severity).strip().lower() in names:
            fm.values["severity"] = Severity(str(severity).strip().lower())
        else:
            close = difflib.get_close_matches(str(severity).lower(), names, n=1)
            fm.fail("severity", f"unknown severity '{severity}'",
                    f"did you mean '{close[0]}'?" if close else "use minor, major or critical")

    for key in ("started", "next_update", "began", "scheduled_for", "scheduled_until"):
        value = raw.get(key)
        if value in (None, ""):
            continue
        try:
            fm.values[key] = parse_datetime(str(value), zone)
        except DateError as error:
            fm.fail(key, f"`{key}`: {error}", FORMAT_HINT)

    affected = raw.get("affected")
    if affected is not None:
        fm.values["affected"] = _text_list(fm, "affected", affected, "Checkout, Mobile app")
    hashtags = raw.get("hashtags")
    if hashtags is not None:
        tags = _text_list(fm, "hashtags", hashtags, "AcmeStatus")
        if tags and any(not re.fullmatch(r"\w{1,50}", t) for t in tags):
            fm.fail("hashtags", "hashtags are one word of letters, digits or _ (at most 50), without '#'",
                    "write `hashtags: [AcmeStatus]`")
        else:
            fm.values["hashtags"] = tags
    approved = raw.get("approved_by")
    if approved is not None:
        fm.values["approved_by"] = _text_list(fm, "approved_by", approved, "Claire Martin (legal)")
    channels = raw.get("channels")
    if channels is not None:
        ids = _text_list(fm, "channels", channels, "x, email")
        for channel in ids or ():
            if channel not in CHANNEL_IDS:
                close = difflib.get_close_matches(channel, CHANNEL_IDS, n=1)
                fm.fail("channels", f"unknown channel '{channel}'",
                        f"did you mean '{close[0]}'?" if close else "known: " + ", ".join(CHANNEL_IDS))
        fm.values["channels"] = ids

    spokesperson = raw.get("spokesperson")
    if spokesperson is not None:
        if (isinstance(spokesperson, dict) and set(spokesperson) <= {"name", "role"}
                and all(isinstance(spokesperson.get(k), str) and spokesperson[k].strip() for k in ("name", "role"))):
            fm.values["spokesperson"] = Spokesperson(spokesperson["name"].strip(), spokesperson["role"].strip())
        else:
            fm.fail("spokesperson", "`spokesperson` needs a name and a role, and nothing else",
                    "write `spokesperson: {name: Claire Martin, role: Chief Executive Officer}`")

    headline = raw.get("headline")
    if headline is not None:
        if isinstance(headline, str) and headline.strip() and len(headline.strip()) <= 160:
            fm.values["headline"] = " ".join(headline.split())
        else:
            fm.fail("headline", "`headline` must be text of at most 160 characters",
                    "e.g. `headline: Calypso Pay restores card payments after a five-hour outage`")

    location = raw.get("location")
    if location is not None:
        if isinstance(location, str) and location.strip():
            fm.values["location"] = location.strip()
        else:
            fm.fail("location", "`location` must be a city name", "e.g. `location: Lyon`")

    for key in ("draft", "press_release"):
        value = raw.get(key)
        if value is None:
            continue
        if isinstance(value, bool):
            fm.values[key] = value
        else:
            fm.fail(key, f"`{key}` must be true or false", f"write `{key}: true`")
    _kind_and_window(raw, fm)
    _component_status(raw, fm)
    return fm


def _kind_and_window(raw: dict[str, Any], fm: FrontMatter) -> None:
    """`kind`, and the maintenance window that a maintenance needs and an incident never has."""
    # One key for both: what kind of crisis an incident is (its Q&A and checklist), or that
    # the statement announces planned maintenance.
    crises = ("outage", "breach", "recall", "safety", "incident")
    kinds = [*crises, Kind.MAINTENANCE.value]
    kind_value = raw.get("kind")
    kind = Kind.INCIDENT
    if kind_value not in (None, ""):
        given = str(kind_value).strip().lower()
        if given == Kind.MAINTENANCE.value:
            kind = Kind.MAINTENANCE
        elif given in crises:
            fm.values["crisis"] = given
        else:
            close = difflib.get_close_matches(given, kinds, n=1)
            fm.fail("kind", f"unknown kind '{kind_value}'",
                    f"did you mean '{close[0]}'?" if close else f"use {', '.join(crises)} or maintenance")
            return
    fm.values["kind"] = kind
    window = ("scheduled_for", "scheduled_until")
    if kind is Kind.INCIDENT:
        for key in window:
            if raw.get(key) not in (None, ""):
                fm.fail(key, f"`{key}` is for planned maintenance, and this statement is an incident",
                        "add `kind: maintenance` if this is planned work, or remove the line")
        return
    if "severity" not in fm.values and raw.get("severity") in (None, ""):
        fm.values["severity"] = Severity.MINOR
    for key in window:
        if raw.get(key) in (None, ""):
            fm.fail("", f"a maintenance needs `{key}`",
                    f"add `{key}: 2026-12-03 {'22:00' if key == 'scheduled_for' else '23:30'}` "
                    f"({KEYS[key][1].split(': ', 1)[1]})")
    start, end = fm.values.get("scheduled_for"), fm.values.get("scheduled_until")
    if start and end and end <= start:
        fm.fail("scheduled_until", "`scheduled_until` must be after `scheduled_for`",
                "the window ends after it starts: check the date and the time")


def _component_status(raw: dict[str, Any], fm: FrontMatter) -> None:
    """`component_status: partial_outage`, or one per affected name:
    `component_status: {Checkout: major_outage, Mobile app: degraded_performance}`."""
    value = raw.get("component_status")
    if value is None:
        return
    example = "component_status: {Checkout: major_outage}"

    def known(status: Any) -> str | None:
        word = str(status).strip().lower().replace(" ", "_")
        if word in COMPONENT_STATUSES:
            return word
        close = difflib.get_close_matches(word, COMPONENT_STATUSES, n=1)
        fm.fail("component_status", f"unknown component status '{status}'",
                f"did you mean '{close[0]}'?" if close else "use " + ", ".join(COMPONENT_STATUSES))
        return None

    if isinstance(value, str):
        status = known(value)
        if status:
            fm.values["component_status"] = status
        return
    if not isinstance(value, dict) or not value:
        fm.fail("component_status", "`component_status` must be one status, or one status per affected name",
                f"write `component_status: degraded_performance` or `{example}`")
        return
    affected = [a.casefold() for a in (fm.values.get("affected") or ())]
    statuses: dict[str, str] = {}
    for name, status in value.items():
        if str(name).strip().casefold() not in affected:
            fm.fail("component_status", f"`component_status` names '{name}', which is not in `affected`",
                    "give a status only to names listed in `affected`, written the same way")
            continue
        found = known(status)
        if found:
            statuses[str(name).strip()] = found
    fm.values["component_status"] = statuses


