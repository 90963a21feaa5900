"""Channel copies of one statement (renderer stage): statement in, one `Copy` per channel and
per kind (the announcement, then each update, newest first) out, each counted the way its
platform counts. Words come from the statement only; the fixed words from `wording`.

Fitting, in order: the full copy (with "what you should do" and the next-update promise);
the copy without those extras; for channels with threads, a numbered thread; for the
others, a short form (title, status, link). If even that does not fit, `RenderError` names
the channel and by how much it is over: a copy is never cut silently."""

from __future__ import annotations

import unicodedata
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime

import regex

from generator.channels import counting
from generator.channels.limits import CHANNEL_RULES, ChannelRule, rule_for, sms_capacity
from generator.channels.threads import CannotSplit, split_thread
from generator.channels.wording import clock_time, day_and_time, words
from generator.errors import RenderError
from generator.languages import status_label
from generator.model import Settings, Statement, Update
from generator.paths import display_path
from generator.text import markdown_to_html, markdown_to_plain

EMAIL_SUBJECT_LIMIT = 78
_HASHTAG = regex.compile(r"(?<![\w&])#\w+")


@dataclass(frozen=True, slots=True)
class Copy:
    """One ready-to-paste copy. `parts` has one post, or the posts of a thread in order;
    `lengths` counts each part in `unit` against `limit`. For email, `parts` is the plain-text
    body and `lengths`/`limit` measure the subject (the one limit mail has)."""

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


@dataclass(frozen=True, slots=True)
class _Draft:
    """The blocks of a copy before fitting: head and tail always appear (in part 1 of a
    thread), the body may be split, extras appear only when the whole copy fits one post."""

    head: str
    body: str
    extras: tuple[str, ...]
    tail: str
    short: tuple[str, ...]
    separator: str = "\n\n"

    def join(self, *blocks: str) -> str:
        return self.separator.join(block for block in blocks if block)


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
    statement: Statement, settings: Settings, channels: list[str] | None = None
) -> list[Copy]:
    """Every copy of the statement: per channel, the announcement then one per update."""
    copies: list[Copy] = []
    for channel in select_channels(statement, settings, channels):
        rule = rule_for(channel, settings)
        moments: list[Update | None] = [None, *statement.updates]
        for update in moments:
            if channel == "email":
                copies.append(_email_copy(rule, statement, settings, update))
            else:
                copies.append(_post_copy(rule, statement, settings, update))
    return copies


# -- blocks ---------------------------------------------------------------------------------


def _plain(markdown: str) -> str:
    # NFC once, here: every count is then taken on exactly the text that is pasted.
    return unicodedata.normalize("NFC", markdown_to_plain(markdown)).strip()


def _nfc(text: str) -> str:
    return unicodedata.normalize("NFC", text).strip()


def _label(statement: Statement, status: str) -> str:
    return status_label(status, statement.lang)


def _status_line(statement: Statement, settings: Settings) -> str:
    latest = statement.last_update
    when = day_and_time(latest.at, settings.timezone, statement.lang)
    return words(statement.lang)["status_at"].format(
        label=_label(statement, latest.status), when=when
    )


def _update_line(statement: Statement, settings: Settings, update: Update) -> str:
    when = day_and_time(update.at, settings.timezone, statement.lang)
    return words(statement.lang)["update"].format(when=when, label=_label(statement, update.status))


def _next_update_line(statement: Statement, settings: Settings, update: Update | None) -> str:
    """The promised next update, while the statement is open; only on the copies of now."""
    if statement.resolved or statement.next_update is None:
        return ""
    if update is not None and update is not statement.last_update:
        return ""
    when = day_and_time(statement.next_update, settings.timezone, statement.lang)
    return words(statement.lang)["next_update"].format(when=when)


def _hashtags(rule: ChannelRule, statement: Statement, settings: Settings, text: str) -> str:
    """Hashtags the channel takes, fewer when the copy's own text already has some."""
    budget = rule.max_hashtags - len(_HASHTAG.findall(text))
    if rule.max_hashtags == 0 or budget <= 0:
        return ""
    tags = list(dict.fromkeys(statement.hashtags or settings.hashtags))
    return " ".join(f"#{tag}" for tag in tags[:budget])


def _link_line(rule: ChannelRule, statement: Statement, url: str) -> str:
    # Short posts carry the bare link; roomy ones, and Instagram where links are not
    # clickable, say what it is.
    if rule.threads or rule.id == "sms":
        return url
    return words(statement.lang)["statement"].format(url=url)


def _draft(
    rule: ChannelRule, statement: Statement, settings: Settings, update: Update | None
) -> _Draft:
    url = settings.statement_url(statement.slug, statement.lang)
    title = _nfc(statement.title)
    sms = rule.id == "sms"
    # An SMS arrives from a number, not an account: it says who sends it.
    sender = words(statement.lang)["sender"].format(organisation=settings.organisation, title=title)
    named_title = sender if sms else title
    next_update = _next_update_line(statement, settings, update)
    if update is None:
        head = named_title
        body = _plain(statement.summary)
        status = _status_line(statement, settings)
        extras = tuple(
            block
            for block in (_plain(statement.text_of("what_you_should_do")), next_update)
            if block
        )
    else:
        status = _update_line(statement, settings, update)
        head = f"{named_title}\n{status}"
        body = _plain(update.text)
        extras = (next_update,) if next_update else ()
    link = _link_line(rule, statement, url)
    tags = _hashtags(rule, statement, settings, "\n".join((head, body, *extras)))
    tail_lines = [link, tags] if update is not None else [status, link, tags]
    tail = "\n".join(line for line in tail_lines if line)
    # The short form keeps what a reader needs to act: who, what, where it stands, the link.
    label = _label(statement, statement.status if update is None else update.status)
    if update is None:
        short_status = words(statement.lang)["status"].format(label=label)
    else:
        when = clock_time(update.at, settings.timezone, statement.lang)
        short_status = words(statement.lang)["update_short"].format(when=when, label=label)
    short = (named_title, short_status, link)
    return _Draft(head, body, extras, tail, short, separator="\n" if sms else "\n\n")


# -- fitting --------------------------------------------------------------------------------


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


def _fit(rule: ChannelRule, draft: _Draft, what: str) -> tuple[str, ...]:
    fits = _fits(rule)
    full = draft.join(draft.head, draft.body, *draft.extras, draft.tail)
    plain = draft.join(draft.head, draft.body, draft.tail)
    for candidate in (full, plain):
        if fits(candidate):
            return (candidate,)
    if rule.threads:
        try:
            return split_thread(draft.head, draft.body, draft.tail, fits)
        except CannotSplit as error:
            raise RenderError(f"{what}: cannot be split into posts: {error}") from None
    short = "\n".join(draft.short)
    if fits(short):
        return (short,)
    raise RenderError(
        f"{what}: even the short form (title, status, link) is {_overflow(rule, short)}; "
        "shorten the title, or leave the channel out with `channels:` in the front matter"
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


def _post_copy(
    rule: ChannelRule, statement: Statement, settings: Settings, update: Update | None
) -> Copy:
    what = _what(rule, statement, update)
    parts = _fit(rule, _draft(rule, statement, settings, update), what)
    _check_platform_rules(rule, parts, what)
    unit = counting.unit_of(rule, parts[0])
    if rule.unit == "sms":
        # One encoding for the whole message: a single UCS-2 character switches all of it.
        limit = sms_capacity(unit, rule.limit)
    else:
        limit = rule.limit
    return Copy(
        channel=rule.id,
        kind="announcement" if update is None else "update",
        update_at=None if update is None else update.at,
        parts=parts,
        lengths=tuple(counting.measure(rule, part) for part in parts),
        limit=limit,
        unit=unit,
        lang=statement.lang,
    )


# -- email ----------------------------------------------------------------------------------


def _subject(statement: Statement, settings: Settings, update: Update | None, what: str) -> str:
    title = _nfc(statement.title)
    lang_words = words(statement.lang)
    if update is None:
        label = _label(statement, statement.status)
        candidates = [lang_words["subject"].format(label=label, title=title), title]
    else:
        label = _label(statement, update.status)
        when = clock_time(update.at, settings.timezone, statement.lang)
        candidates = [
            lang_words["subject_update"].format(label=label, title=title, when=when),
            lang_words["subject"].format(label=label, title=title),
            title,
        ]
    for subject in candidates:
        if len(subject) <= EMAIL_SUBJECT_LIMIT:
            return subject
    over = len(candidates[-1]) - EMAIL_SUBJECT_LIMIT
    raise RenderError(
        f"{what}: the subject (the title) is {over} characters over {EMAIL_SUBJECT_LIMIT}; "
        "shorten the title"
    )


def _email_copy(
    rule: ChannelRule, statement: Statement, settings: Settings, update: Update | None
) -> Copy:
    from generator.templates import html_environment

    what = _what(rule, statement, update)
    subject = _subject(statement, settings, update, what)
    url = settings.statement_url(statement.slug, statement.lang)
    advice_md = statement.text_of("what_you_should_do")
    if update is None:
        lead_line, body_md = "", statement.summary
    else:
        lead_line, body_md = _update_line(statement, settings, update), update.text
    status = _status_line(statement, settings) if update is None else ""
    next_update = _next_update_line(statement, settings, update)
    link = words(statement.lang)["statement"].format(url=url)
    text = "\n\n".join(
        block
        for block in (
            _nfc(statement.title) + (f"\n{lead_line}" if lead_line else ""),
            _plain(body_md),
            _plain(advice_md),
            "\n".join(line for line in (status, next_update) if line),
            link,
            settings.organisation,
        )
        if block
    )
    html = (
        html_environment(settings.root)
        .get_template("copies/email.html.j2")
        .render(
            lang=statement.lang,
            subject=subject,
            title=_nfc(statement.title),
            lead_line=lead_line,
            body_html=markdown_to_html(body_md),
            advice_html=markdown_to_html(advice_md) if advice_md else "",
            status_lines=[line for line in (status, next_update) if line],
            url=url,
            link_label=link.removesuffix(url).strip(),
            organisation=settings.organisation,
        )
    )
    return Copy(
        channel=rule.id,
        kind="announcement" if update is None else "update",
        update_at=None if update is None else update.at,
        parts=(text,),
        lengths=(len(subject),),
        limit=min(rule.limit, EMAIL_SUBJECT_LIMIT),
        unit="characters",
        lang=statement.lang,
        subject=subject,
        html=html,
    )
