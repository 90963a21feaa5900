"""Channel copies of one statement (renderer stage): statement in, one `Copy` per channel and
per kind (the announcement, then each update, newest first) out, each counted the way its
platform counts. The facts come from `generator.brief` (one place for each), the words of
each channel from `generator.channels.voices`.

Composition by importance (docs/copies.md): the first post, the only SMS, the first lines
of an e-mail carry what happened, what people should do and the apology when there is one,
then the link; later posts carry the rest. A copy of an update carries that update's text and
its corrections, never facts written later. Nothing is cut silently: a thread is numbered, a
channel without threads gets its shorter form, and if even that cannot fit, `RenderError`
names the channel and by how much."""

from __future__ import annotations

import unicodedata
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime

import regex

from generator import clock
from generator.brief import Brief
from generator.channels import counting
from generator.channels.limits import CHANNEL_RULES, ChannelRule, rule_for, sms_capacity
from generator.channels.threads import CannotSplit, split_thread
from generator.channels.voices import Draft, draft_for, email_copy_parts, fit_sms
from generator.errors import RenderError
from generator.model import Settings, Statement, Update
from generator.paths import display_path

EMAIL_SUBJECT_LIMIT = 78


@dataclass(frozen=True, slots=True)
class Copy:
    """One ready-to-paste copy. `parts` has one post, or the posts of a thread in order;
    `lengths` counts each part in `unit` against `limit`. For email, `parts` is the plain-text
    body and `lengths`/`limit` measure the subject (the one limit mail has). `visual` is the
    short text for an image card (Instagram)."""

    channel: str
    kind: str  # "announcement" or "update"
    update_at: datetime | None  # the update's time; None for the announcement
    parts: tuple[str, ...]
    lengths: tuple[int, ...]
    limit: int
    unit: str  # "weighted", "graphemes", "characters", "gsm7" or "ucs2"
    lang: str
    subject: str | None = None
    html: str | None = None
    visual: str | None = None


def select_channels(
    statement: Statement, settings: Settings, requested: list[str] | None = None
) -> list[str]:
    """Channels for this statement, in the table's order: enabled in the settings (all when
    the settings name none), restricted by the statement's `channels`, then by `requested`."""
    for channel in requested or ():
        rule_for(channel, settings)  # an unknown id is a usage error that lists the known ones
    enabled = set(settings.channels or CHANNEL_RULES)
    if statement.channels is not None:
        unknown = sorted(set(statement.channels) - set(CHANNEL_RULES))
        if unknown:
            raise RenderError(
                f"{display_path(statement.path)}: unknown channel(s) {', '.join(unknown)} "
                f"in `channels`; "
                f"channels are: {', '.join(CHANNEL_RULES)}"
            )
        enabled &= set(statement.channels)
    if requested:
        enabled &= set(requested)
    return [channel for channel in CHANNEL_RULES if channel in enabled]


def render_copies(
    statement: Statement, settings: Settings, channels: list[str] | None = None, now: datetime | None = None
) -> list[Copy]:
    """Every copy of the statement: per channel, the announcement then one per update."""
    brief = Brief(statement, settings, now or clock.now())
    copies: list[Copy] = []
    for channel in select_channels(statement, settings, channels):
        rule = rule_for(channel, settings)
        for update in [None, *statement.updates]:
            if channel == "email":
                copies.append(_email_copy(rule, brief, update))
            else:
                copies.append(_post_copy(rule, brief, update))
    return copies


# -- fitting --------------------------------------------------------------------------------


def nfc(text: str) -> str:
    # NFC once, here: every count is then taken on exactly the text that is pasted.
    return unicodedata.normalize("NFC", text).strip()


def _fits(rule: ChannelRule) -> Callable[[str], bool]:
    if rule.unit == "sms":
        return lambda text: counting.sms_segments(text) <= rule.limit
    if rule.byte_limit is not None:
        byte_limit = rule.byte_limit
        return lambda text: (
            counting.measure(rule, text) <= rule.limit and counting.utf8_bytes(text) <= byte_limit
        )
    return lambda text: counting.measure(rule, text) <= rule.limit


def _what(rule: ChannelRule, statement: Statement, update: Update | None) -> str:
    kind = "announcement" if update is None else f"update of {update.at.isoformat()}"
    return f"{display_path(statement.path)}: {rule.name} ({rule.id}) {kind}"


def _overflow(rule: ChannelRule, text: str) -> str:
    if rule.unit == "sms":
        encoding = counting.sms_encoding(text)
        capacity = sms_capacity(encoding, rule.limit)
        return (
            f"{counting.sms_units(text) - capacity} {encoding} unit(s) over the {capacity} "
            f"of {rule.limit} segment(s)"
        )
    over = counting.measure(rule, text) - rule.limit
    if over <= 0 and rule.byte_limit is not None:
        over_bytes = counting.utf8_bytes(text) - rule.byte_limit
        return f"{over_bytes} UTF-8 byte(s) over the limit of {rule.byte_limit}"
    return f"{over} {rule.unit} over the limit of {rule.limit}"


def _fit(rule: ChannelRule, draft: Draft, what: str) -> tuple[str, ...]:
    """The longest form that fits one post; for channels with threads, a numbered thread whose
    first post holds the blocks in order of importance."""
    fits = _fits(rule)
    # A channel with threads keeps every block: one post, or a thread; the others drop their
    # least important blocks first.
    for candidate in ([next(draft.forms())] if rule.threads else draft.forms()):
        if fits(candidate):
            return (candidate,)
    if rule.threads:
        blocks = draft.blocks
        first = draft._join(draft.head, blocks[0].split("\n")[0], draft.tail) if blocks else ""
        if blocks and draft.fallback and not fits(f"{first}\n99/99"):  # with the part counter's room
            # The news sentence cannot stand whole in the first post: the title leads it, and
            # the sentence follows in full in the next post, never a fragment.
            blocks = [draft.fallback, *blocks]
        try:
            return split_thread(draft.head, "\n".join(blocks), draft.tail, fits)
        except CannotSplit as error:
            raise RenderError(f"{what}: cannot be split into posts: {error}") from None
    short = draft.short_form()
    if fits(short):
        return (short,)
    raise RenderError(
        f"{what}: even the short form is {_overflow(rule, short)}; shorten the title or the summary's first "
        "sentence, or leave the channel out with `channels:` in the front matter"
    )


def _check_platform_rules(rule: ChannelRule, parts: tuple[str, ...], what: str) -> None:
    for number, part in enumerate(parts, 1):
        if rule.id == "x" and counting.x_invalid_characters(part):
            shown = ", ".join(f"U+{ord(char):04X}" for char in counting.x_invalid_characters(part))
            raise RenderError(f"{what}: part {number} contains {shown}, which X refuses; remove it")
        if rule.max_links is not None:
            links = set(regex.findall(r"https?://\S+", part))
            if len(links) > rule.max_links:
                raise RenderError(
                    f"{what}: part {number} has {len(links)} distinct links; "
                    f"{rule.name} allows {rule.max_links}"
                )


def _post_copy(rule: ChannelRule, brief: Brief, update: Update | None) -> Copy:
    what = _what(rule, brief.statement, update)
    if rule.id == "sms":
        text = fit_sms(rule, brief, update, _fits(rule))
        if text is None:
            raise RenderError(f"{what}: even one sentence and the link do not fit {rule.limit} segment(s); "
                              "shorten the summary's first sentence, or leave the channel out with `channels:`")
        parts: tuple[str, ...] = (nfc(text),)
        visual = None
    else:
        draft = draft_for(rule, brief, update)
        parts = tuple(nfc(part) for part in _fit(rule, draft, what))
        visual = draft.visual
    _check_platform_rules(rule, parts, what)
    unit = counting.unit_of(rule, parts[0])
    limit = sms_capacity(unit, rule.limit) if rule.unit == "sms" else rule.limit
    return Copy(
        channel=rule.id,
        kind="announcement" if update is None else "update",
        update_at=None if update is None else update.at,
        parts=parts,
        lengths=tuple(counting.measure(rule, part) for part in parts),
        limit=limit,
        unit=unit,
        lang=brief.lang,
        visual=visual,
    )


def _email_copy(rule: ChannelRule, brief: Brief, update: Update | None) -> Copy:
    subject, text, html = email_copy_parts(brief, update, min(rule.limit, EMAIL_SUBJECT_LIMIT))
    return Copy(
        channel=rule.id,
        kind="announcement" if update is None else "update",
        update_at=None if update is None else update.at,
        parts=(nfc(text),),
        lengths=(len(subject),),
        limit=min(rule.limit, EMAIL_SUBJECT_LIMIT),
        unit="characters",
        lang=brief.lang,
        subject=subject,
        html=html,
    )
