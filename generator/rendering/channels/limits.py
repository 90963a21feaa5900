"""The one table of channel rules (limits, counting units, threads, hashtags) read by the
copy renderers. Figures marked `third_party=True` are (3p): read from third-party references
only, so they are the first to re-check when a platform changes. Change a figure here and
every copy, check and test follows."""

from __future__ import annotations

from dataclasses import dataclass, replace

from generator.core.errors import UsageError
from generator.core.model import Settings


@dataclass(frozen=True, slots=True)
class ChannelRule:
    id: str
    name: str
    limit: int  # per post, in `unit`; for sms: the number of segments a copy may use
    unit: str  # "weighted", "graphemes", "characters" or "sms" (gsm7 / ucs2 decided per text)
    threads: bool  # the platform has reply threads: a long copy is split into numbered parts
    max_hashtags: int  # 0: the channel does not use hashtags
    links_clickable: bool = True
    byte_limit: int | None = None  # a second limit in UTF-8 bytes (Bluesky)
    max_links: int | None = None  # distinct links per post (Threads)
    instance_setting: bool = False  # the limit is a choice (the server's, the sender's): settings may raise it
    third_party: bool = False  # (3p)
    note: str = ""


# In the order copies are shown. Figures as of November 2026 (see shared CHANNELS.md).
CHANNEL_RULES: dict[str, ChannelRule] = {
    rule.id: rule
    for rule in (
        ChannelRule(
            "x",
            "X",
            280,
            "weighted",
            threads=True,
            max_hashtags=2,
            note="twitter-text v3 weighting; every URL weighs 23",
        ),
        ChannelRule(
            "bluesky",
            "Bluesky",
            300,
            "graphemes",
            threads=True,
            max_hashtags=2,
            byte_limit=3000,
            note="300 graphemes and 3,000 UTF-8 bytes; links count in full",
        ),
        ChannelRule(
            "mastodon",
            "Mastodon",
            500,
            "graphemes",
            threads=True,
            max_hashtags=3,
            instance_setting=True,
            note="each http(s) URL weighs 23; @user@domain counts as @user",
        ),
        ChannelRule(
            "threads",
            "Threads",
            500,
            "characters",
            threads=True,
            max_hashtags=1,
            max_links=5,
            note="one topic tag per post; at most 5 distinct links",
        ),
        ChannelRule(
            "linkedin",
            "LinkedIn",
            3000,
            "characters",
            threads=False,
            max_hashtags=3,
            third_party=True,
        ),
        ChannelRule(
            "facebook",
            "Facebook",
            63206,
            "characters",
            threads=False,
            max_hashtags=0,
            third_party=True,
            note="about 125 characters show on mobile before 'See more'",
        ),
        ChannelRule(
            "instagram",
            "Instagram",
            2200,
            "characters",
            threads=False,
            max_hashtags=5,
            links_clickable=False,
            third_party=True,
            note="at most 5 hashtags; links are not clickable",
        ),
        ChannelRule(
            "sms",
            "SMS",
            2,
            "sms",
            threads=False,
            max_hashtags=0,
            # The number of segments is the sender's choice (each is billed): a site may give
            # more, up to 4, e.g. to keep French accents that need UCS-2.
            instance_setting=True,
            note="two segments at most: 306 GSM-7 or 134 UCS-2 units (160 / 70 in one segment)",
        ),
        ChannelRule(
            "email",
            "Email",
            78,
            "characters",
            threads=False,
            max_hashtags=0,
            note="the limit is the subject's; plain-text and HTML bodies",
        ),
    )
}

# SMS segment sizes: one segment, then per segment of a concatenated message (the user data
# header takes the rest).
SMS_SINGLE = {"gsm7": 160, "ucs2": 70}
SMS_PER_SEGMENT = {"gsm7": 153, "ucs2": 67}

# Facebook shows this many characters on mobile before "See more": the copy's key message
# (title and summary) comes first so it is what people see.
FACEBOOK_PREVIEW = 125


def channel_ids() -> list[str]:
    return list(CHANNEL_RULES)


SMS_MOST_SEGMENTS = 4


def rule_for(channel: str, settings: Settings) -> ChannelRule:
    """The channel's rule with the site's `limits` applied: a setting may lower a limit, and
    raise it only where the limit is a choice (a Mastodon instance's setting, the number of SMS
    segments a site pays for, at most `SMS_MOST_SEGMENTS`)."""
    try:
        rule = CHANNEL_RULES[channel]
    except KeyError:
        known = ", ".join(CHANNEL_RULES)
        raise UsageError(f"unknown channel '{channel}'; channels are: {known}") from None
    wanted = settings.limits.get(channel)
    if wanted is None or wanted == rule.limit:
        return rule
    if wanted <= 0:
        raise UsageError(f"limits.{channel} in mkdocs.yml must be a positive number, not {wanted}")
    if rule.id == "sms" and wanted > SMS_MOST_SEGMENTS:
        raise UsageError(f"limits.sms in mkdocs.yml is {wanted} segments; at most {SMS_MOST_SEGMENTS}, "
                         "beyond which phones and operators split or drop messages")
    if wanted > rule.limit and not rule.instance_setting:
        raise UsageError(
            f"limits.{channel} in mkdocs.yml is {wanted}, above {rule.name}'s own limit of "
            f"{rule.limit}: a setting may only lower it"
        )
    return replace(rule, limit=wanted)


# Two segments, whatever the encoding (a mass SMS is billed per segment). A French text that
# needs UCS-2 keeps its accents when it fits; when it does not, the letters GSM-7 lacks (ê, â,
# ç…) are written without their accent, as French SMS senders do (voices.fit_sms).
def sms_segments_allowed(encoding: str, limit: int) -> int:
    return limit


def sms_capacity(encoding: str, segments: int) -> int:
    """Units an SMS copy may use in `segments` segments of the given encoding."""
    return SMS_SINGLE[encoding] if segments == 1 else SMS_PER_SEGMENT[encoding] * segments
