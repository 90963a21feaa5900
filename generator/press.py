"""Render stage: one statement (one language) → its press release, as Markdown, a standalone
printable HTML page, plain text, and an HTML fragment for the site's newsroom.

English follows AP conventions, French the communiqué de presse (CHANNELS.md, "Press
release"). The release is dated when it is issued: the statement's latest change (its newest
update, or a later correction of it) on the site's wall clock, so the same file always gives
the same release. Every value the release needs comes from the statement or the settings; a
missing one is a `RenderError` naming the front-matter key or the setting to fill."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from markupsafe import Markup

from generator.documents.formatting import (
    clock,
    date_and_time,
    french_of,
    long_date,
    lower_title,
    md_escape,
    series,
    typography,
    unquote,
)
from generator.documents.needs import missing_contact, missing_value_error, statement_place
from generator.documents.templating import render_html, render_text
from generator.errors import RenderError
from generator.languages import section_heading, status_label
from generator.model import Settings, Statement
from generator.text import markdown_to_html, markdown_to_plain, strip_comments

# The release's own words per language. A new language needs an entry here, and its dateline
# and quotation conventions in `release_context` and `_quote_paragraph`.
PRESS_WORDS: dict[str, dict[str, str]] = {
    "en": {
        "document": "Press release",
        "kicker": "FOR IMMEDIATE RELEASE",
        "ongoing_lead": "{org} is responding to an incident that began {when}{affecting}.",
        "resolved_lead": "{org} has resolved an incident that began {when}{affecting}.",
        "ongoing_affecting": ", affecting {items}",
        "resolved_affecting": ", which affected {items}",
        "status": "Status: {label}.",
        "next_update": "Next update {when}.",
        "resolved": "Resolved {when}.",
        "latest": "Latest update, {when} ({label})",
        "correction": "Correction, {when}:",
        "quote": "{quote} said {name}, {role} of {org}.",
        "about": "About {org}",
        "contact": "Media contact",
        "end": "###",
    },
    "fr": {
        "document": "Communiqué de presse",
        "kicker": "COMMUNIQUÉ DE PRESSE\nPour diffusion immédiate",
        "ongoing_lead": "{org} fait face à un incident commencé {when}{affecting}.",
        "resolved_lead": "{org} a résolu un incident commencé {when}{affecting}.",
        "ongoing_affecting": ", qui touche {items}",
        "resolved_affecting": ", qui touchait {items}",
        "status": "État : {label}.",
        "next_update": "Prochain point {when}.",
        "resolved": "Incident résolu {when}.",
        "latest": "Dernière mise à jour, {when} ({label})",
        "correction": "Rectificatif, {when} :",
        "quote": "{quote}, déclare {name}, {role} {of_org}.",
        "about": "À propos {of_org}",
        "contact": "Contact presse",
        "end": "###",
    },
}


@dataclass(frozen=True, slots=True)
class PressRelease:
    markdown: str
    html: str  # standalone printable page: inline CSS, no script, no external request
    text: str
    body_html: Markup  # the release as an <article> fragment, for the newsroom page


@dataclass(frozen=True, slots=True)
class ReleaseBlock:
    """One part of the release body in each output form. `heading` is plain text."""

    kind: str  # "dateline", "lead", "section", "quote", "update"
    heading: str | None
    markdown: str
    text: str
    html: Markup


@dataclass(frozen=True, slots=True)
class ReleaseContext:
    """What the `press/release.*` templates lay out; every string is final (typography
    applied), `*_markdown` values are already Markdown, the rest plain text."""

    lang: str
    document_name: str  # for the page title
    kicker: tuple[str, ...]
    headline: str
    subhead: str
    blocks: tuple[ReleaseBlock, ...]
    about_heading: str
    about: ReleaseBlock
    contact_heading: str
    contact: tuple[str, ...]
    end_mark: str


def render_press_release(statement: Statement, settings: Settings) -> PressRelease:
    """The statement's press release in its own language; raises `RenderError` naming every
    missing value (city, About text, media contact, spokesperson for a quote)."""
    context = release_context(statement, settings)
    root = settings.root
    # The newsroom embeds the fragment under its own <h1>: the headline is an <h2> there.
    body_html = Markup(render_html(root, "press/release.html.j2", r=context, level=2))  # = render_press_body
    page = render_html(root, "press/page.html.j2", r=context, level=1)
    return PressRelease(
        markdown=render_text(root, "press/release.md.j2", r=context),
        html=page,
        text=render_text(root, "press/release.txt.j2", r=context),
        body_html=body_html,
    )


def render_press_body(statement: Statement, settings: Settings) -> Markup:
    """Only the release's HTML body, for the newsroom page (which has its own <h1>): the site
    needs no other form, and rendering one template instead of four keeps builds fast."""
    return Markup(render_html(settings.root, "press/release.html.j2", r=release_context(statement, settings), level=2))


def release_context(statement: Statement, settings: Settings) -> ReleaseContext:
    """Everything the release says, in its final words; the templates only lay it out."""
    lang = statement.lang
    words = PRESS_WORDS.get(lang)
    if words is None:
        raise RenderError(
            f"{statement.path.name}: onevoice has no press-release conventions for language "
            f"'{lang}' (known: {', '.join(PRESS_WORDS)}); add them to PRESS_WORDS in generator/press.py."
        )
    _require_values(statement, settings)
    org = settings.organisation
    issued = statement.modified.astimezone(settings.timezone)
    city = statement_place(statement, settings)
    assert city is not None  # checked by _require_values

    def block(kind: str, heading: str | None, markdown: str) -> ReleaseBlock:
        markdown = typography(strip_comments(markdown).strip(), lang)
        heading = typography(heading, lang) if heading else None
        return ReleaseBlock(kind, heading, markdown, markdown_to_plain(markdown), markdown_to_html(markdown))

    lead = f"{md_escape(_lead_sentence(statement, settings, words))} {statement.summary.strip()}"
    blocks: list[ReleaseBlock] = []
    if lang == "en":
        # AP: the dateline opens the lead paragraph, city in capitals.
        blocks.append(block("lead", None, f"**{md_escape(f'{city.upper()}, {long_date(issued, lang)} —')}** {lead}"))
    else:
        # French: `Lyon, le 20 novembre 2026` on its own line, then the chapô.
        blocks.append(block("dateline", None, md_escape(f"{city}, le {long_date(issued, lang)}")))
        blocks.append(block("lead", None, lead))
    for key in ("what_happened", "what_we_are_doing"):
        if statement.text_of(key).strip():
            blocks.append(block("section", None, statement.text_of(key)))
    if _quote_text(statement):
        blocks.append(block("quote", None, _quote_paragraph(statement, org, words)))
    if statement.text_of("what_you_should_do").strip():
        heading = section_heading("what_you_should_do", lang)
        blocks.append(block("section", heading, statement.text_of("what_you_should_do")))
    latest = statement.last_update
    latest_heading = words["latest"].format(
        when=date_and_time(latest.at.astimezone(settings.timezone), lang),
        label=status_label(latest.status.value, lang).lower(),
    )
    latest_markdown = latest.text
    for correction in latest.corrections:
        when = date_and_time(correction.at.astimezone(settings.timezone), lang)
        latest_markdown += f"\n\n*{md_escape(words['correction'].format(when=when))}* {correction.text.strip()}"
    blocks.append(block("update", latest_heading, latest_markdown))

    contact = settings.media_contact
    assert contact is not None  # checked by _require_values
    about_heading = words["about"].format(org=org, of_org=french_of(org))
    return ReleaseContext(
        lang=lang,
        document_name=words["document"],
        kicker=tuple(words["kicker"].split("\n")),
        headline=typography(statement.title, lang),
        subhead=typography(_subhead(statement, settings, words, issued), lang),
        blocks=tuple(blocks),
        about_heading=typography(about_heading, lang),
        about=block("about", None, settings.about[lang]),
        contact_heading=typography(words["contact"], lang),
        contact=(contact.name, contact.email, contact.phone),
        end_mark=words["end"],
    )


def _require_values(statement: Statement, settings: Settings) -> None:
    lang = statement.lang
    missing: list[str] = []
    if not settings.organisation.strip():
        missing.append("the organisation's name: set extra.onevoice.organisation in mkdocs.yml")
    if statement_place(statement, settings) is None:
        missing.append(
            f"the dateline city: add `location: <city>` to the front matter, "
            f"or set extra.onevoice.location.{lang} in mkdocs.yml"
        )
    if not settings.about.get(lang, "").strip():
        missing.append(f"the About text in '{lang}': set extra.onevoice.about.{lang} in mkdocs.yml")
    missing.extend(missing_contact(settings))
    if _quote_text(statement):
        quote = statement.section("quote")
        line = quote.line if quote else 0
        person = statement.spokesperson
        if person is None:
            missing.append(
                f"who is quoted: the Quote section (line {line}) needs `spokesperson: "
                "{name: …, role: …}` in the front matter (or remove the Quote section)"
            )
        else:
            for field in ("name", "role"):
                if not getattr(person, field).strip():
                    missing.append(f"the spokesperson's {field}: fill `spokesperson.{field}` in the front matter")
    if missing:
        raise missing_value_error("the press release", statement, missing)


def _quote_text(statement: Statement) -> str:
    return unquote(strip_comments(statement.text_of("quote")))


def _quote_paragraph(statement: Statement, org: str, words: dict[str, str]) -> str:
    """The quote in its own paragraph, attributed by name and role."""
    person = statement.spokesperson
    assert person is not None  # checked by _require_values
    quote = _quote_text(statement)
    if statement.lang == "fr":
        # « … », déclare … : the closing full stop gives way to the comma after the guillemet.
        quote = f"« {quote.removesuffix('.')} »"
    else:
        # AP: the quote's full stop becomes a comma inside the quotation marks.
        quote = f"“{quote[:-1]},”" if quote.endswith(".") else (
            f"“{quote}”" if quote[-1] in "?!" else f"“{quote},”"
        )
    return words["quote"].format(
        quote=quote,
        name=md_escape(person.name),
        role=md_escape(lower_title(person.role)),
        org=md_escape(org),
        of_org=md_escape(french_of(org)),
    )


def _when(moment: datetime, lang: str, *, reference: datetime) -> str:
    """`at 9:12 a.m. CET on Nov. 20` / `le 20 novembre à 9 h 12 CET`; the year only when it
    differs from the release's."""
    with_year = moment.year != reference.year
    day = long_date(moment, lang, with_year=with_year)
    if lang == "fr":
        return f"le {day} à {clock(moment, lang)}"
    return f"at {clock(moment, lang)} on {day}"


def _lead_sentence(statement: Statement, settings: Settings, words: dict[str, str]) -> str:
    """Who (the organisation), when (start), where/whom (the affected list); the summary that
    follows it says what and why in the authors' own words."""
    lang = statement.lang
    issued = statement.modified.astimezone(settings.timezone)
    state = "resolved" if statement.resolved else "ongoing"
    affecting = ""
    if statement.affected:
        affecting = words[f"{state}_affecting"].format(items=series(statement.affected, lang))
    return words[f"{state}_lead"].format(
        org=settings.organisation,
        when=_when(statement.started.astimezone(settings.timezone), lang, reference=issued),
        affecting=affecting,
    )


def _subhead(statement: Statement, settings: Settings, words: dict[str, str], issued: datetime) -> str:
    """The state of play a journalist scans for first and the headline does not give: the
    current status and when more will come (or when it ended). The summary is not repeated
    here: it is already the lead."""
    lang = statement.lang

    def when(moment: datetime) -> str:
        local = moment.astimezone(settings.timezone)
        if local.date() == issued.date():
            return f"à {clock(local, lang)}" if lang == "fr" else f"at {clock(local, lang)}"
        return _when(local, lang, reference=issued)

    if statement.resolved:
        return words["resolved"].format(when=when(statement.last_update.at))
    label = status_label(statement.status.value, lang)
    parts = [words["status"].format(label=label.lower() if lang == "fr" else label)]
    if statement.next_update is not None:
        parts.append(words["next_update"].format(when=when(statement.next_update)))
    return " ".join(parts)
