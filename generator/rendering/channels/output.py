"""How copies are shown (renderer stage, last step): the JSON entry of one statement, the
ready-to-paste text listing, and the file name of each copy in `dist/`.

JSON, one object: {"statements": [{"slug", "lang", "url", "copies": [{"channel", "kind",
"update_at", "parts", "lengths", "limit", "unit", ["subject"], ["visual"]}], "documents":
[{"kind", "path"}]}]}; `kind` is announcement, update or correction; `update_at` is ISO 8601
with its offset (the update's or the correction's time; null for the announcement)."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from zoneinfo import ZoneInfo

from generator.rendering.channels.compose import Copy
from generator.rendering.channels.limits import CHANNEL_RULES
from generator.core.model import Settings, Statement


@dataclass(frozen=True, slots=True)
class DocumentRef:
    kind: str
    path: str  # relative to the output folder, with "/"


@dataclass(frozen=True, slots=True)
class StatementCopies:
    statement: Statement
    url: str
    copies: tuple[Copy, ...]
    documents: tuple[DocumentRef, ...] = ()


def collect(
    statement: Statement,
    settings: Settings,
    copies: Sequence[Copy],
    documents: Sequence[DocumentRef] = (),
) -> StatementCopies:
    return StatementCopies(
        statement,
        settings.statement_url(statement.slug, statement.lang),
        tuple(copies),
        tuple(documents),
    )


def copy_as_dict(copy: Copy) -> dict[str, object]:
    entry: dict[str, object] = {
        "channel": copy.channel,
        "kind": copy.kind,
        "update_at": copy.update_at.isoformat() if copy.update_at else None,
        "parts": list(copy.parts),
        "lengths": list(copy.lengths),
        "limit": copy.limit,
        "unit": copy.unit,
    }
    if copy.subject is not None:
        entry["subject"] = copy.subject
    if copy.visual is not None:
        entry["visual"] = copy.visual
    return entry


def statement_as_dict(entry: StatementCopies) -> dict[str, object]:
    return {
        "slug": entry.statement.slug,
        "lang": entry.statement.lang,
        "url": entry.url,
        "copies": [copy_as_dict(copy) for copy in entry.copies],
        "documents": [{"kind": doc.kind, "path": doc.path} for doc in entry.documents],
    }


def as_json_object(entries: Sequence[StatementCopies]) -> dict[str, list[dict[str, object]]]:
    return {"statements": [statement_as_dict(entry) for entry in entries]}


def copy_header(copy: Copy, zone: ZoneInfo, part: int | None = None) -> str:
    """`x · update 2026-11-20 10:05 · part 1/2 · 228/280 weighted`."""
    name = CHANNEL_RULES[copy.channel].name
    kind = copy.kind
    if copy.update_at is not None:
        kind += " " + copy.update_at.astimezone(zone).strftime("%Y-%m-%d %H:%M")
    fields = [f"{name} ({copy.channel})", kind]
    if part is not None and len(copy.parts) > 1:
        fields.append(f"part {part + 1}/{len(copy.parts)}")
    if copy.subject is not None:
        fields.append(f"subject {copy.lengths[0]}/{copy.limit} {copy.unit}")
    else:
        index = part or 0
        fields.append(f"{copy.lengths[index]}/{copy.limit} {copy.unit}")
    return " · ".join(fields)


def as_text(entries: Sequence[StatementCopies], zone: ZoneInfo) -> str:
    """Every copy under a header line, ready to paste: the lines between two headers are
    exactly the post."""
    blocks: list[str] = []
    for entry in entries:
        statement = entry.statement
        blocks.append(f"##### {statement.slug} [{statement.lang}] {entry.url}")
        for copy in entry.copies:
            if copy.subject is not None:
                blocks.append(
                    f"----- {copy_header(copy, zone)} -----\n"
                    f"Subject: {copy.subject}\n\n{copy.parts[0]}"
                )
                continue
            for index, part in enumerate(copy.parts):
                blocks.append(f"----- {copy_header(copy, zone, index)} -----\n{part}")
            if copy.visual is not None:
                blocks.append(f"----- {CHANNEL_RULES[copy.channel].name} ({copy.channel}) · text for the image -----\n"
                              f"{copy.visual}")
    return "\n\n".join(blocks) + "\n"


def copy_filename(copy: Copy, zone: ZoneInfo, shared: bool = False) -> str:
    """`announcement`, `update-2026-11-20-1005` or `correction-2026-11-21-0845` (site time);
    a correction made at the same moment as another (`shared`) says which update it corrects:
    `correction-2026-10-22-1200-of-2026-10-21-1725`."""
    if copy.update_at is None:
        return "announcement"
    name = f"{copy.kind}-" + copy.update_at.astimezone(zone).strftime("%Y-%m-%d-%H%M")
    if shared and copy.corrects_at is not None:
        name += "-of-" + copy.corrects_at.astimezone(zone).strftime("%Y-%m-%d-%H%M")
    return name
