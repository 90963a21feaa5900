"""Date-times as people write them in statements and on the command line, made aware once,
at the edge, with the site's IANA time zone (daylight saving included)."""

from __future__ import annotations

import re
from datetime import UTC, datetime, timedelta
from zoneinfo import ZoneInfo

_SHAPE = re.compile(
    r"^(?P<date>\d{4}-\d{2}-\d{2})[T ](?P<time>\d{1,2}:\d{2}(?::\d{2}(?:\.\d+)?)?)"
    r"\s*(?P<offset>Z|[+-]\d{2}:?\d{2})?$"
)
# "+2h" ahead (a promise), "-1h" ago (when a statement opened or an update was made).
_RELATIVE = re.compile(r"^(?P<sign>[+-])(?P<n>\d+)\s*(?P<unit>m|min|h|d)$")

FORMAT_HINT = "write it as 2026-11-20 10:05 (site time zone) or 2026-11-20 10:05 +01:00"


class DateError(ValueError):
    """The text is not a date-time onevoice can read; `str()` is a sentence for the user."""


def parse_datetime(text: str, zone: ZoneInfo) -> datetime:
    value = str(text).strip()
    match = _SHAPE.match(value)
    if not match:
        raise DateError(f"'{value}' is not a date and time")
    offset = match["offset"] or ""
    if offset and offset != "Z" and ":" not in offset:
        offset = f"{offset[:3]}:{offset[3:]}"
    try:
        parsed = datetime.fromisoformat(f"{match['date']}T{match['time'].zfill(5)}{offset}")
    except ValueError:
        raise DateError(f"'{value}' is not a real date or time") from None
    if parsed.tzinfo is not None:
        return parsed
    aware = parsed.replace(tzinfo=zone)
    # A wall time skipped when clocks go forward does not exist; say so rather than guess.
    if aware.astimezone(UTC).astimezone(zone).replace(tzinfo=None) != parsed:
        raise DateError(f"'{value}' does not exist in {zone.key} (the clocks skip that hour)")
    return aware


def parse_when(text: str, zone: ZoneInfo, now: datetime) -> datetime:
    """A command-line time: an absolute date-time, `now`, a delay such as `+2h`, `+30m`, or a
    time ago such as `-1h`, `-45m`."""
    value = text.strip()
    if value == "now":
        return now
    relative = _RELATIVE.match(value)
    if relative:
        unit = {"m": "minutes", "min": "minutes", "h": "hours", "d": "days"}[relative["unit"]]
        delta = timedelta(**{unit: int(relative["n"])})
        return now + delta if relative["sign"] == "+" else now - delta
    return parse_datetime(value, zone)


def format_for_file(moment: datetime, zone: ZoneInfo) -> str:
    """How onevoice writes a time into a statement: site-local wall time, no offset."""
    return moment.astimezone(zone).strftime("%Y-%m-%d %H:%M")


def format_for_people(moment: datetime, zone: ZoneInfo) -> str:
    """How onevoice prints a time to people, in every command's output and message: site-local
    wall time and the zone's abbreviation, `2026-11-20 10:50 CET` (JSON output stays ISO 8601)."""
    return moment.astimezone(zone).strftime("%Y-%m-%d %H:%M %Z")
