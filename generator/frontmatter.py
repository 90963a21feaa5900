"""Statement front matter: the typed schema of STATEMENT_FORMAT.md, validated with every
problem located at its key's line and a did-you-mean for misspelled keys."""

from __future__ import annotations

import difflib
import re
from dataclasses import dataclass, field
from typing import Any

from generator.dates import FORMAT_HINT, DateError, parse_datetime
from generator.model import Severity, Spokesperson
from generator.settings import CHANNEL_IDS

TITLE_MAX = 100

# key -> (required, doc line). The README's table of keys is checked against this by a test.
KEYS: dict[str, tuple[bool, str]] = {
    "title": (True, "the headline, at most 100 characters"),
    "severity": (True, "minor, major or critical"),
    "started": (True, "when communication started: the statement's first publication (date-time)"),
    "began": (False, "when the problem itself began, if known and earlier than `started` (date-time)"),
    "kind": (False, "outage, breach, recall, safety or incident: fits the Q&A and the checklist (default: read from the text)"),
    "headline": (False, "the press release's headline, active voice, naming the key fact (default: the title)"),
    "affected": (False, "list of products, services, regions or groups of people"),
    "next_update": (False, "the time by which the next update is promised"),
    "spokesperson": (False, "{name, role}: who is quoted in the press release"),
    "location": (False, "the press-release dateline city"),
    "hashtags": (False, "list of hashtags without #"),
    "channels": (False, "list of channel ids: restricts the channels generated"),
    "draft": (False, "true: checked and rendered locally, never published"),
    "approved_by": (False, "list of the people who approved this statement for publication"),
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
    for key, (required, doc) in KEYS.items():
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

    for key in ("started", "next_update", "began"):
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

    kind = raw.get("kind")
    if kind not in (None, ""):
        kinds = ("outage", "breach", "recall", "safety", "incident")
        if str(kind).strip().lower() in kinds:
            fm.values["kind"] = str(kind).strip().lower()
        else:
            close = difflib.get_close_matches(str(kind).lower(), kinds, n=1)
            fm.fail("kind", f"unknown kind '{kind}'", f"did you mean '{close[0]}'?" if close else
                    "use outage, breach, recall, safety or incident")
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

    draft = raw.get("draft")
    if draft is not None:
        if isinstance(draft, bool):
            fm.values["draft"] = draft
        else:
            fm.fail("draft", "`draft` must be true or false", "write `draft: true`")
    return fm


