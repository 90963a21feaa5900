"""Channel copies of the samples: every copy says only what its statement says, carries its
link and status, fits its platform, and a copy that cannot fit is an error, never a cut."""

from __future__ import annotations

import dataclasses
import re

import pytest

from generator.rendering.channels import counting, render_copies
from generator.rendering.channels.limits import CHANNEL_RULES
from generator.core.errors import RenderError, UsageError

MONTHS = {
    "jan": 1,
    "feb": 2,
    "mar": 3,
    "apr": 4,
    "may": 5,
    "jun": 6,
    "jul": 7,
    "aug": 8,
    "sep": 9,
    "oct": 10,
    "nov": 11,
    "dec": 12,
    "janv": 1,
    "févr": 2,
    "mars": 3,
    "avr": 4,
    "mai": 5,
    "juin": 6,
    "juil": 7,
    "août": 8,
    "sept": 9,
    "déc": 12,
}
URL = re.compile(r"https?://\S+|\b[\w.-]+@[\w.-]+\.\w+")
TIME = re.compile(r"\b(\d{1,2})(?::| h )(\d{2})\b")
DAY_MONTH = re.compile(r"\b([A-Z][a-z]{2}) (\d{1,2})\b|\b(\d{1,2}) ([a-zéû]{3,5})\.?(?=\s|$)")
NUMBER = re.compile(r"\d+(?:[ ,.]\d{3})*")


def _all_copies(incidents, settings):
    return [
        (statement, copy)
        for incident in incidents
        for statement in incident.translations.values()
        for copy in render_copies(statement, settings)
    ]


def _facts_not_in_statement(text: str, statement, settings) -> list[str]:
    source = statement.source + settings.organisation
    missing = []
    for url in URL.findall(text):
        url = url.rstrip(".,;:")
        own = (settings.statement_url(statement.slug, statement.lang), settings.short_url(statement.slug, statement.lang))
        if url not in own and url not in source:
            missing.append(url)
    text = URL.sub(" ", text)
    text = re.sub(r"^\d+/\d+$", "", text, flags=re.MULTILINE)  # thread counters
    for hour, minute in TIME.findall(text):
        if f"{int(hour):02d}:{minute}" not in source:
            missing.append(f"{hour}:{minute}")
    text = TIME.sub(" ", text)
    for month_en, day_en, day_fr, month_fr in DAY_MONTH.findall(text):
        month = MONTHS.get((month_en or month_fr).lower())
        if month is None:
            continue
        if f"-{month:02d}-{int(day_en or day_fr):02d}" not in source:
            missing.append(f"{day_en or day_fr} {month_en or month_fr}")
    text = DAY_MONTH.sub(" ", text)
    for number in NUMBER.findall(text):
        if re.sub(r"[ ,.]", "", number) not in re.sub(r"(?<=\d)[ ,.](?=\d{3})", "", source):
            missing.append(number)
    return missing


def test_every_copy_of_every_sample_states_only_facts_from_its_statement(incidents, settings):
    copies = _all_copies(incidents, settings)
    assert len(copies) > 100
    for statement, copy in copies:
        for text in (*copy.parts, copy.subject or ""):
            assert _facts_not_in_statement(text, statement, settings) == [], (
                copy.channel,
                copy.kind,
                text,
            )


def test_the_fact_check_catches_an_invented_figure(incidents, settings):
    statement = incidents[0].primary
    assert _facts_not_in_statement("1,241 merchants at 16:06 on Oct 5", statement, settings) == [
        "16:06",
        "5 Oct",
        "1,241",
    ]


def test_every_copy_carries_the_link_and_no_status_jargon(incidents, settings):
    for statement, copy in _all_copies(incidents, settings):
        text = "\n".join(copy.parts)
        url = settings.statement_url(statement.slug, statement.lang)
        if copy.channel == "instagram":  # links are not clickable there: the bio has it
            assert "http" not in text and ("link in bio" in text or "lien dans la bio" in text)
        elif copy.channel in ("sms", "email") and "exposed the contact details" in statement.summary:
            # After a breach no link (texts and e-mails with links are what fraudsters send): the
            # site's name, to type by hand.
            assert "Details: type status.calypso-pay.example yourself" in copy.parts[0], copy.parts[0]
            assert "http" not in copy.parts[0]
        elif copy.channel == "sms":  # the short address of the statement (s/<code>/), which leads to it
            assert copy.parts[0].endswith(settings.short_url(statement.slug, statement.lang)), copy.kind
        else:
            assert url in copy.parts[0], (copy.channel, copy.kind)
        # Customers read what is true in words, not "Status: Monitoring".
        assert not re.search(r"Status: |Statut : |\[(?:Resolved|Monitoring|Identified)\]", text + (copy.subject or ""))


def test_every_language_and_every_update_gets_a_copy_per_channel(incidents, settings):
    card = next(incident for incident in incidents if incident.slug == "2026-11-20-card-payments")
    for lang, statement in card.translations.items():
        copies = render_copies(statement, settings)
        assert {copy.lang for copy in copies} == {lang}
        per_channel = {
            channel: [c for c in copies if c.channel == channel] for channel in CHANNEL_RULES
        }
        for channel, found in per_channel.items():
            assert [c.kind for c in found] == ["announcement"] + ["update"] * len(
                statement.updates
            ), channel
            assert [c.update_at for c in found[1:]] == [u.at for u in statement.updates]


def test_every_part_fits_its_platform(incidents, settings):
    for _, copy in _all_copies(incidents, settings):
        assert all(length <= copy.limit for length in copy.lengths), (copy.channel, copy.lengths)
        rule = CHANNEL_RULES[copy.channel]
        assert len(copy.parts) == 1 or rule.threads
        if copy.channel == "bluesky":
            assert all(counting.utf8_bytes(part) <= 3000 for part in copy.parts)
        if copy.channel == "sms":
            assert copy.unit == counting.sms_encoding(copy.parts[0])
            assert counting.sms_segments(copy.parts[0]) <= rule.limit


def test_times_are_written_in_the_site_zone_the_way_each_language_writes_them(incidents, settings):
    card = next(incident for incident in incidents if incident.slug == "2026-11-20-card-payments")
    en = render_copies(card.translations["en"], settings, ["mastodon"])
    fr = render_copies(card.translations["fr"], settings, ["mastodon"])
    assert "Update, 20 November at 10:05 CET:" in en[2].parts[0]
    assert "Mise à jour du 20 novembre à 10\u00a0h\u00a005 (heure de Paris)\u00a0:" in fr[2].parts[0]
    merchant = next(
        incident for incident in incidents if incident.slug.endswith("merchant-data-exposure")
    )
    summer = render_copies(merchant.primary, settings, ["mastodon"])
    assert "2 October at 17:30 CEST" in summer[3].parts[0]


def _with_sections(statement, **texts):
    sections = tuple(
        dataclasses.replace(s, text=texts[s.key]) if s.key in texts else s
        for s in statement.sections
    )
    return dataclasses.replace(statement, sections=sections)


def test_instagram_never_has_more_than_five_hashtags(incidents, settings):
    statement = dataclasses.replace(
        incidents[0].primary, hashtags=tuple(f"Tag{n}" for n in range(9))
    )
    statement = _with_sections(statement, summary="We are sorry. #One #Two, and more news.")
    for copy in render_copies(statement, settings, ["instagram"]):
        assert len(re.findall(r"#\w+", copy.parts[0])) <= 5
    announcement = render_copies(statement, settings, ["instagram"])[0].parts[0]
    assert "#One #Two" in announcement and "#Tag2" in announcement and "#Tag3" not in announcement


def test_hashtags_only_where_the_channel_uses_them(incidents, settings):
    statement = incidents[0].primary
    for copy in render_copies(statement, settings, ["facebook", "sms", "email"]):
        assert "#CalypsoStatus" not in "\n".join(copy.parts)
    for copy in render_copies(statement, settings, ["x", "linkedin", "instagram"]):
        assert "#CalypsoStatus" in copy.parts[0]


def test_instagram_sends_people_to_the_bio_and_gives_a_text_for_the_image(incidents, settings):
    statement = next(i for i in incidents if i.slug == "2026-11-20-card-payments").primary
    copy = render_copies(statement, settings, ["instagram"])[0]
    assert "Full statement: link in bio." in copy.parts[0] and "http" not in copy.parts[0]
    # The card says what the picture must say alone: the title, the one thing to do, the
    # apology, the bio.
    assert copy.visual == ("Card payments failing at checkout\n"
                           "If your payment failed, you have not been charged.\n"
                           "We are sorry, we know the cause, and a fix is being deployed.\nLink in bio")


def test_one_sms_segment_still_carries_a_sentence_never_a_bare_link(incidents, settings):
    statement = next(i for i in incidents if i.slug == "2026-11-20-card-payments").primary
    one_segment = dataclasses.replace(settings, limits={"sms": 1})
    url = settings.short_url(statement.slug, "en")  # SMS carry the short address
    for copy in render_copies(statement, one_segment, ["sms"]):
        text = copy.parts[0]
        assert copy.limit == 160 and counting.sms_segments(text) == 1
        assert text.startswith("Calypso Pay") and text.endswith(url)
        assert len(text.removesuffix(url).split(":", 1)[1].split()) >= 4, text


def test_an_sms_sender_uses_the_short_name(incidents, settings):
    statement = next(i for i in incidents if i.slug == "2026-11-20-card-payments").primary
    short = dataclasses.replace(settings, short_name="Calypso")
    assert render_copies(statement, short, ["sms"])[0].parts[0].startswith("Calypso: ")


def test_a_lowered_limit_makes_a_thread_and_a_raised_one_is_refused(incidents, settings):
    statement = incidents[0].primary
    lowered = dataclasses.replace(settings, limits={"mastodon": 200})
    copy = render_copies(statement, lowered, ["mastodon"])[0]
    assert copy.limit == 200 and len(copy.parts) > 1 and max(copy.lengths) <= 200
    with pytest.raises(UsageError, match="limits.x .* only lower it"):
        render_copies(statement, dataclasses.replace(settings, limits={"x": 500}), ["x"])


def test_statement_channels_and_requested_channels_narrow_the_copies(incidents, settings):
    statement = dataclasses.replace(incidents[0].primary, channels=("x", "email"))
    assert {c.channel for c in render_copies(statement, settings)} == {"x", "email"}
    assert {c.channel for c in render_copies(statement, settings, ["email", "sms"])} == {"email"}
    with pytest.raises(UsageError, match="unknown channel 'tiktok'"):
        render_copies(statement, settings, ["tiktok"])


def test_email_has_the_news_as_subject_a_greeting_a_signatory_and_an_escaped_html_part(incidents, settings):
    statement = dataclasses.replace(
        incidents[0].primary, title="Payments <script>alert(1)</script> & refunds"
    )
    statement = _with_sections(
        statement, summary="Raw <b>html</b> and a [link](https://calypso.example/help)."
    )
    copies = render_copies(statement, settings, ["email"])
    for copy in copies:
        assert len(copy.subject) <= 78 and copy.lengths == (len(copy.subject),)
        assert "<script>" not in copy.html
        assert copy.parts[0].startswith("Hello,")
        assert copy.parts[0].rstrip().endswith("Claire Martin\nChief Executive Officer\nCalypso Pay")
    assert copies[0].subject == "Payments <script>alert(1)</script> & refunds"
    assert "&lt;script&gt;" in copies[0].html
    assert "link (https://calypso.example/help)" in copies[0].parts[0]
    assert "Raw <b>html</b>" in copies[0].parts[0] and "&lt;b&gt;html" in copies[0].html


def test_a_title_too_long_for_an_email_subject_is_cut_at_a_word(incidents, settings):
    statement = dataclasses.replace(incidents[0].primary, title="Payments " * 11)
    subject = render_copies(statement, settings, ["email"])[0].subject
    assert len(subject) <= 78 and subject.endswith("Payments…")


def test_x_refuses_characters_the_platform_rejects(incidents, settings):
    statement = _with_sections(incidents[0].primary, summary="Bad \ufeff byte order mark.")
    with pytest.raises(RenderError, match="U\\+FEFF, which X refuses"):
        render_copies(statement, settings, ["x"])
