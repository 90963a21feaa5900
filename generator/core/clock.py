"""The one source of "now". Tests and reproducible builds fix it with `ONEVOICE_NOW`
(ISO 8601 with offset) or `SOURCE_DATE_EPOCH` (seconds since 1970, UTC)."""

from __future__ import annotations

import os
from datetime import UTC, datetime


def now() -> datetime:
    fixed = os.environ.get("ONEVOICE_NOW")
    if fixed:
        value = datetime.fromisoformat(fixed)
        return value if value.tzinfo else value.replace(tzinfo=UTC)
    epoch = os.environ.get("SOURCE_DATE_EPOCH")
    if epoch:
        return datetime.fromtimestamp(int(epoch), tz=UTC)
    return datetime.now(tz=UTC)
