"""Render stage: one statement (one language) → its press release, as Markdown, a standalone
printable HTML page, plain text, and an HTML fragment for the site's newsroom.

English follows AP conventions, French the communiqué de presse (CHANNELS.md, "Press
release"). The release is dated when it is issued: the statement's latest change (its newest
update, or a later correction of it) on the site's wall clock, so the same file always gives
the same release. Every value the release needs comes from the statement or the settings; a
missing one is a `RenderError` naming the front-matter key or the setting to fill."""

from __future__ import annotations

from generator.rendering.documents.formatting import in_english_style

import dataclasses
import itertools
import re
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from zoneinfo import ZoneInfo

from markupsafe import Markup

from generator.core.catalogues import english_table, translatable, translated
from generator.core.clock import now as current_time
from generator.rendering.brief import (HEALTH_HEADING, PROPER_ADJECTIVE, UPDATE_LATE, Brief, off_page, without_page_promise,
                                      without_page_talk)
from generator.rendering.person import advice_named
from generator.rendering.documents.formatting import (
    CANADIAN_ZONES,
    ap_date,
    british_english,
    ap_month,
    ap_time,
    clock,
    date_and_time,
    french_of,
    french_time,
    long_date,
    lower_title,
    md_escape,
    typography,
    unquote,
)
from generator.rendering.channels.voices import after_colon
from generator.core.markup import plain_items, table_rows, tables, to_plain
from generator.rendering.moments import (already_named, french_night, moment_words, night_ahead, since_last_night,
                                         undated_instruction)
from generator.rendering.person import english as person_english
from generator.rendering.person import english_told_then, french_told_then
from generator.rendering.person import fr_elided
from generator.rendering.person import french as person_french
from generator.rendering import roles
from generator.rendering.roles import split_sentences
from generator.rendering.deadlines import MONTHS, latest_day_told
from generator.rendering.documents.freshness import holds_wrong_value, superseded_values
from generator.rendering.documents.needs import missing_contact, missing_value_error, statement_place
from generator.rendering.documents.templating import render_html, render_text
from generator.core.errors import RenderError
from generator.core.model import Correction, Section, Settings, Statement, Update
from generator.core.text import markdown_to_html, markdown_to_plain, strip_comments

# The release's own words, by key (the message context in the catalogues). The English is here;
# other languages are in the gettext catalogues (docs/translating.md).
PRESS_WORDS: dict[str, str] = english_table(
    translatable("press.document", "Press release"),
    # Translators: the line above the headline; a line break in the translation starts a new line.
    translatable("press.kicker", "FOR IMMEDIATE RELEASE"),
    # Translators: the line that ends the release's body: when the next update is promised.
    translatable("press.next_update", "Next update by {when}."),
    # Translators: that line for a closed outage; {when} is the time of the update that closed it.
    translatable("press.resolved", "Resolved. Final update {when}."),
    # Translators: that line for any other closed crisis (a fire or a recall is not "resolved").
    translatable("press.closed", "Final update {when}."),
    translatable("press.began", "The incident began {when}."),
    translatable("press.latest", "Latest update, {when}"),
    translatable("press.timeline", "Earlier updates"),
    # Translators: beside a line of the earlier updates; {update} is the time of the update corrected.
    translatable("press.correction_of", "correction of the update of {update}"),
    # Translators: after a figure an earlier update gave, since corrected; {when} is when (« le 9 décembre à 11 h 15 »).
    translatable("press.corrected_since", "corrected at {when}"),
    # Translators: a figure an earlier update gave, put right where it stood: {right} the right value,
    # {wrong} the one first published, {when} when it was corrected (« le 9 décembre à 11 h 15 »).
    translatable("press.corrected_inline", "{right} (corrected at {when}; first published as {wrong})"),
    translatable("press.advice", "What people should do"),
    # Translators: the quote's paragraph; {quote} comes with its quotation marks, {role} is the
    # spokesperson's role (« président de la coopérative »).
    translatable("press.quote", "{quote} said {name}, {role}."),
    translatable("press.contact", "Media contact"),
    # Translators: who the statement's "you" becomes in the release, which speaks of them: a
    # heading's "for you" becomes "for people" (French: « pour vous », « pour les clients »).
    translatable("press.audience", "people"),
)

# Words the catalogues cannot hold, with the release's conventions: French names the
# organisation after « de » (`french_of`: « d'Eaux… », « de la Coopérative »), which no
# placeholder of the English asks for; AP ends a release with "###", a communiqué and a German
# Pressemitteilung with nothing, and gettext reads an empty translation as none. The dateline
# ({city}, {CITY} in capitals, {date}) opens the lead paragraph, or stands on a line of its own
# when `dateline_apart`; quotation marks open and close quotes. A new language needs an entry here.
PRESS_CONVENTIONS: dict[str, dict[str, str]] = {
    "en": {"advises": "{org} advises:", "about": "About {org}", "end": "###", "dateline": "{CITY}, {date} —",
           "dateline_apart": "", "open_quote": "“", "close_quote": "”", "role": "{role} of {org}"},
    "fr": {"advises": "Les recommandations {of_org} :", "about": "À propos {of_org}", "end": "",
           "dateline": "{city}, le {date}", "dateline_apart": "yes", "open_quote": "« ", "close_quote": " »",
           "role": "{role} {of_org}"},
    "de": {"advises": "{org_subject} empfiehlt:", "about": "Über {org_accusative}", "end": "",
           "dateline": "{city}, {date} –", "dateline_apart": "", "open_quote": "„", "close_quote": "“",
           "role": "{role} {org_genitive}"},
}
# Languages whose job titles are lower case after a name ("Claire Martin, chief executive
# officer"); German nouns keep their capital (Geschäftsführerin).
_LOWER_CASE_TITLES = frozenset({"en", "fr"})



def _put_right(sentence: str, update: Update, template: str, when: str) -> str:
    """`sentence` with each value a correction of `update` names as wrong replaced by the right
    one, marked: "All 587 (corrected at 9:40 a.m. on July 18; first published as 612) passengers"."""
    from generator.rendering import corrections as fixes

    texts = [c.text for c in update.corrections]
    scope = fixes.changes_scope(texts)
    for said, change in ((one, change) for one in texts for change in fixes.explicit_changes(one)):
        if not change.wrong or change.wrong == change.right or fixes.is_count_word(change.wrong):
            continue
        if scope and not re.search(rf"{re.escape(change.right)}[^.;:]{{0,60}}?\b(?:not|et non|and not|rather than|instead of|"
                                   rf"au lieu de)\s+(?:de\s+|d['’]\s?|à\s+|of\s+)?{re.escape(change.wrong)}", said, re.IGNORECASE):
            # (« est de 231 900, et non de 212 400 » says the first was wrong, as "not 212,400" does.)
            # "the first count covered households only": both figures were true. ("184 passengers
            # were evacuated, not 160: our total had left out…" says the first was wrong.)
            continue
        # (Always: "around 20%" corrected to 38% was an estimate, the correction gives the figure.)
        about = r"(?i:(?:about|around|roughly|approximately|environ|près de|quelque)\s)?"
        # ("38% (corrected…; first published as 20%)": a share keeps its sign on both values.)
        def put(found: re.Match[str], right: str = change.right) -> str:
            before, right = fixes.fitted_right(right, found)
            # (A lot code's prefix goes with the number first published: "HO-2705 (corrected…; first
            # published as HO-2708)", never "…as 2708".)
            code = re.search(r"\b([A-Z]{1,6}-)$", found.string[:found.start()])
            estimate, wrong = fixes.kept_about(found.group("value"), right, texts)
            wrong = fixes.small_first(wrong)
            return before + estimate + template.format(right=right + (found.group("unit") or ""), when=when,
                                            wrong=(code.group(1) if code and not wrong.startswith(code.group(1)) else "")
                                            + wrong + (found.group("unit") or ""))

        sentence = re.sub(rf"{fixes.ELIDED_BEFORE}(?<![\w/.,])(?P<value>{about}{re.escape(change.wrong)})"
                          r"(?P<unit>[\s\u00a0\u202f]?%)?(?![\w/]|[.,]\d)",
                          put, sentence, count=1, flags=re.IGNORECASE if change.about else 0)
    return sentence

def press_words(lang: str) -> dict[str, str] | None:
    """The release's words in `lang`, by key, or None when onevoice has no press conventions for it."""
    conventions = PRESS_CONVENTIONS.get(lang)
    if conventions is None:
        return None
    return {**{key.removeprefix("press."): translated(PRESS_WORDS, key, lang) for key in PRESS_WORDS},
            **conventions}


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
    standing: str  # the line after the body: when more will come, or when it ended
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


@in_english_style
def release_context(statement: Statement, settings: Settings, now: datetime | None = None) -> ReleaseContext:
    """Everything the release says, in its final words; the templates only lay it out. The
    release speaks in the third person: the statement's sentences are rewritten where a small
    grammar is sure of it (`generator.rendering.person`), quoted and attributed where it is not."""
    lang = statement.lang
    words = press_words(lang)
    if words is None:
        raise RenderError(
            f"{statement.path.name}: onevoice has no press-release conventions for language "
            f"'{lang}' (known: {', '.join(PRESS_CONVENTIONS)}); add them to PRESS_CONVENTIONS in "
            "generator/rendering/press.py, and its words to its catalogue (docs/translating.md)."
        )
    _require_values(statement, settings)
    brief = Brief(statement, settings, now or current_time())
    org = settings.organisation_in(statement.lang)
    issued = _issued(statement, settings, brief.now)
    city = statement_place(statement, settings)
    assert city is not None  # checked by _require_values

    def timeline_line(when: str, what: str, told: str) -> str:
        """"- 6:30 p.m. CET on Nov. 5 (correction of the update of …): …", « - Le 5 novembre… : … »."""
        head = md_escape(when[:1].upper() + when[1:]) + (f", {md_escape(what)}" if what else "")
        return f"- {head} : {after_colon(told, lang)}" if lang == "fr" else f"- {head}: {told}"

    # ("Bellecombe" for the company beside Étienne Bellecombe, its chairman, names neither.)
    people = " ".join([statement.spokesperson.name if statement.spokesperson else "",
                       *(member.name for member in settings.crisis_team)])
    # (A short name the statement also uses on its own, "lodged at our expense in Bellerive" for
    # Traversiers Bellerive, is a town's name as well: the release keeps the full one.)
    later = _later_name(org, lang, settings.short_name_in(lang), people, statement.source)
    mentioned = [False]
    opened = [False]  # whether the last paragraph opened with the organisation's name
    # (A statement that speaks of another company, "roadworks a company carried out for us", « une
    # entreprise de travaux », keeps our name: "the company" / « l'entreprise » could be either.)
    another_company = _OTHER_COMPANY.search(statement.source) is not None

    def block(kind: str, heading: str | None, markdown: str) -> ReleaseBlock:
        # (An English quote keeps its speaker's full title, "president of Rideau Valley Credit Union":
        # editors lift a quote with its attribution.)
        if later != org and kind not in ("about", "dateline") and not (kind == "quote" and lang == "en"):
            # AP and French press style: the full name once, in the lead; then the shorter one
            # ("Stagedoor Tickets", "Comptalis", "SRVC", "Bellecombe"), not the legal name twenty times.
            first = markdown.find(org) if not mentioned[0] else -1
            cut = first + len(org) if first >= 0 else 0
            if first >= 0 or mentioned[0]:
                markdown = _opens_sentences(markdown[:cut] + _named_later(markdown[cut:], org, later, lang), later)
                if lang == "en" and later.endswith("s"):
                    markdown = markdown.replace(f"{later}'s", f"{later}'").replace(f"{later}’s", f"{later}’")
                mentioned[0] = True
        noun = None if another_company else _common_noun(org)
        if lang == "en" and kind in ("lead", "section", "update", "timeline") and noun:
            markdown = _fewer_names(markdown, (org, later), noun)
        french_noun = None if another_company else _common_noun_fr(org)
        if lang == "fr" and french_noun and kind in ("lead", "section", "update", "timeline"):
            markdown, opened[0] = _fewer_names_fr(markdown, (org, later), french_noun, opened[0] and kind != "lead")
        if lang == "fr" and french_noun and french_noun[3:4].isupper():
            # « la Commission », « la Caisse »: the noun that stands for the name keeps its capital
            # wherever a step wrote it (never « la commission » beside « la Commission »); another
            # commission, « la commission d'enquête », keeps its own.
            word = french_noun[3:]
            markdown = re.sub(rf"\b([Ll]a) {word.lower()}\b(?!\s+(?:d['’]|de|des|du)\b)", rf"\1 {word}", markdown)
        if lang == "fr":
            # « le courriel que Arrow Coaches vous a envoyé » → « qu'Arrow Coaches », whichever step named it.
            for name in dict.fromkeys((org, later)):
                markdown = fr_elided(markdown, name)
        markdown = _apostrophes(typography(strip_comments(markdown).strip(), lang), lang)
        heading = _apostrophes(typography(heading, lang), lang) if heading else None
        return ReleaseBlock(kind, heading, markdown, markdown_to_plain(markdown), markdown_to_html(markdown))

    # (Words the statement gives no person are the organisation's: a release never puts the
    # summary's apology in the spokesperson's mouth as a quote they did not give.)
    said = _Attribution(subject_name(org, lang), lang, named_only=another_company)

    def _in_release(advice: str) -> str:
        # Advice speaks to readers, but "our free line" in a release is nobody's: the
        # organisation is named; the statement's tables are lists here ("the table above").
        table = _TABLE_WORD.get(lang)
        # « La Régie … vous livre »: a name that takes an article keeps it, in lower case within
        # the sentence.
        subject = subject_name(org, lang) if lang == "fr" else org
        named = advice_named(advice, subject, lang)
        if lang == "en":
            # "X will never ask …, and it will never ask you to move money" (after a comma only:
            # "call X's free line and it will refund you" could mean the line).
            # (Its possessive too: "…, and Maraeva Hôtels' e-mails" → "and its e-mails", never "it' e-mails".)
            named = re.sub(rf"(\b{re.escape(org)}\b[^.;:!?]*, and) {re.escape(org)}(?:['’]s\b|['’](?=\s))", r"\1 its", named)
            named = re.sub(rf"(\b{re.escape(org)}\b[^.;:!?]*, and) {re.escape(org)}\b(?!['’])", r"\1 it", named)
        if subject != org:
            named = re.sub(rf"(?<=[^.!?] ){re.escape(subject)}", subject[:1].lower() + subject[1:], named)
        return table.sub(_TABLE_LIST[lang], named) if table else named

    def advises(instruction: str) -> str:
        """ "X advises: do not…", « Les recommandations d'X : ne… »: one colon, no capital after it."""
        text = re.sub(r"[ \u00a0\u202f]?:(?=\s)", ";", instruction)
        # ("Nidou advises: stop using…", never "advises: please stop…", a plea in a notice.)
        text = re.sub(r"^(?:please|veuillez) (?=\w)", "", text, flags=re.IGNORECASE) if lang == "en" else text
        if lang == "fr" or (lang == "en" and not re.match(r"I\b", text)):
            text = _lower_first(text, org)
        return words["advises"].format(org=md_escape(org), of_org=md_escape(french_of(org)),
                                       **{k: md_escape(v) for k, v in german_names(org).items()}) + " " + text

    summary_advice = [x.text for x in brief.summary_sentences[1:] if x.has("advice")]
    key_advice = brief.first_advice if brief.first_advice in summary_advice else None

    def third_person(paragraph: str, moment: datetime, *, lead: bool = False, dated: bool = False) -> str:
        """A paragraph in the release's voice: rewritten in the third person, or quoted whole
        after an attribution ("X said:") when a sentence of it cannot be rewritten safely."""
        # What people should do stays in their words, in its own section: an instruction told
        # in the third person ("If their battery is affected, stop charging it") reads as nonsense.
        # (The summary's own first advice is news: "board anyway: you will not be fined" is
        # quoted whole, never cut to its first half nor left to the end.)
        facts = [s if s == key_advice and not _fact_of(s, lang) else _fact_of(s, lang) for s in _sentences(paragraph)]
        sentences = [press_times(_here_named(off_page(s, lang, paragraph), lang), lang, settings.timezone, moment)
                     for s in filter(None, facts)]
        # What is quoted keeps the authors' words, their "here" (« ici ») said plainly ("we will
        # post on our website"): the release is the organisation's own text, so its quotes take
        # no journalist's [brackets].
        # (Under a line that gives its day and time, « Le 30 octobre à 11 h 15 : », a quote keeps the
        # authors' very words, « Depuis ce matin… »: a journalist comparing it with the page finds them.)
        as_said = dict(zip(sentences, (_here_named(s, lang) if dated else
                                       press_times(_here_named(s, lang), lang, settings.timezone, moment)
                                       for s in filter(None, facts))))
        if not sentences:
            return ""
        if sentences[0][:1].islower() and sentences[0].rstrip().endswith((";", ",", ".")) and len(sentences) == 1 \
                and not re.search(r"\b(?:we|our|us|nous|notre|nos)\b", sentences[0], re.IGNORECASE):
            # A list's item that is no sentence ("date, time and clinic of your appointments;") is
            # an item, as written: never "X adds: «…»" around a fragment.
            return md_escape_text(sentences[0])
        # A sentence quoted keeps the authors' words, with what the release had to make clear
        # ("today" read on another day) said plainly: the release is the organisation's own text,
        # so its quotes take no journalist's [brackets].
        def rewritten(run: list[str]) -> list[str] | None:
            # (No grammar of the third person for another language: its sentences are quoted.)
            if lang not in ("en", "fr"):
                return None
            return person_french(run, subject_name(org, lang), statement.source) if lang == "fr" else person_english(
                run, org, words["audience"], later if later != org else None)  # (never "Atlas Univ", a text's short form)

        told = rewritten(sentences)
        if told is None:
            # Only the sentences that cannot be told in the third person ("we apologise to you")
            # are quoted, after an attribution; the facts around them are told in the release's voice.
            pieces: list[str] = []
            for can, run in itertools.groupby(sentences, key=lambda one: rewritten([one]) is not None):
                group = list(run)
                said_run = rewritten(group) if can else None
                if can and said_run is None:
                    # (Each sentence can be told alone, not all in one run: « notre membre d'équipage » is
                    # « son » after a sentence that named us, and another person's after « La passagère »;
                    # told one by one, each names its owner, never a quote with « demain » in it.)
                    said_run = [told for one in group for told in (rewritten([one]) or [one])]
                if said_run is None and lang in ("en", "fr") and all(_is_instruction(one, lang) for one in group):
                    # What people must do is advice the release gives, never a quote of ourselves
                    # ("Fromagerie Bellecombe advises: do not eat this cheese; take it back…").
                    pieces.append("\n\n" + advises(" ".join(_in_release(one) for one in group)) + "\n\n")
                    continue
                told_run = " ".join(_figures_first(one, lang) for one in said_run) if said_run is not None else ""
                if told_run and not pieces and _owner_unnamed(told_run, org, lang):
                    # (« Son application… » opening the paragraph: who says it first, as below.)
                    told_run = _said_that(org, told_run, lang)
                pieces.append(told_run if said_run is not None
                              else f"{said.next()} {_quoted(' '.join(as_said.get(one, one) for one in group), lang)}")
            # (Advice stands as a paragraph of its own: the facts around it are no recommendation.)
            return re.sub(r" ?\n\n ?", "\n\n", md_escape_text(_opens_sentences(" ".join(pieces), later))).strip()
        text = " ".join(_figures_first(_named_once(sentence, org, lang), lang) for sentence in told)
        # A list's item that is no sentence ("health insurance number and its expiry date;") is
        # an item: never "X said health insurance number…".
        fragment = told[0][:1].islower() or told[0].rstrip().endswith((";", ","))
        text = _opens_sentences(text, later)
        if fragment:
            return md_escape_text(text)
        # (An order opens it, « N'utilisez plus… »: a communiqué says who asks, « X demande de ne plus… ».)
        ordered = lang == "fr" and _ORDER_FIRST["fr"].match(text) is not None and _asked_fr(text) is not None
        if not text.rstrip().endswith("?") and (_owner_unnamed(told[0], org, lang) or ordered):
            # "its system" needs the name before it, in the lead and in any paragraph that opens
            # with it (« La version précédente de son serveur… »).
            text = _said_that(org, text, lang)
        elif lead and not text.rstrip().endswith("?") and not _names(text, org):
            # Our own account of an event is no hearsay: never "X said that a fire broke out". AP
            # attributes at the end; a French communiqué states the fact.
            text = _said_at_end(org, text, lang)
        return md_escape_text(text)

    summary = plain_items(brief.summary, lang)
    first, *rest = _sentences(summary[0]) if summary else [statement.title]
    if rest and _CORRECTS_THE_CLAIM.match(rest[0]):
        # "Our campaign said X. That was false": the lead never repeats a claim without its correction.
        first, rest = f"{first} {rest[0]}", rest[1:]
    lead = third_person(first, issued, lead=True)
    order_first = _order_then_fact(first, lang) if not lead else None
    if order_first is not None:
        # "Stop using and unplug any ComfortTower heater: since December 1 we are recalling 61,700
        # of them…": the lead states the fact, then the order in the release's voice (never an
        # empty lead under the dateline).
        order, fact = order_first
        lead = third_person(fact, issued, lead=True)
        asked = _consumers_ordered(order, org, lang)
        if lang == "en" and asked and _HAZARD.match(fact) and not _ordered_thing(order, lang):
            # "Rivelune asks consumers to stop using Petit Mousse bottles … because the spout can
            # tear off": the product and the order lead, the hazard is their reason.
            reason = third_person(fact, issued)
            lead = f"{md_escape_text(asked[:-1])} because {reason[:1].lower()}{reason[1:]}"
        else:
            lead = f"{lead} {md_escape_text(asked)}" if lead and asked else lead or third_person(statement.title, issued)
    elif brief.kind == "recall" and lead and _fact_of(first, lang) not in ("", first):
        # "…may contain E. coli O157:H7, which can cause serious illness: do not eat them": the
        # lead keeps the order, told in the release's voice ("X asks consumers not to eat them").
        asked = _consumers_asked(_instruction_of(first, lang), org, lang)
        lead = f"{lead} {md_escape_text(asked)}" if asked else lead
    blocks: list[ReleaseBlock] = []
    dateline = words["dateline"].format(city=city, CITY=_ap_place(city, settings.timezone) if lang == "en"
                                        else city.upper(), date=long_date(issued, lang))
    if words["dateline_apart"]:
        # French: `Lyon, le 20 novembre 2026` on its own line, then the chapô.
        blocks.append(block("dateline", None, md_escape(dateline)))
        blocks.append(block("lead", None, lead))
    else:
        # AP (city in capitals) and German: the dateline opens the lead paragraph.
        blocks.append(block("lead", None, f"**{md_escape(dateline)}** {lead}"))
    began = _began_sentence(brief, words, issued, lead)
    for paragraph in [" ".join(rest), *summary[1:]]:
        told = third_person(_that_day(paragraph, lead, lang), issued) if paragraph.strip() else ""
        if told:
            blocks.append(block("section", None, told))
    if began:
        blocks.append(block("section", None, began))
    lead_end = len(blocks)  # where the latest news goes when it is not the lead's (below)
    def with_tables(text: str) -> str | None:
        """A section holding a table: one line a row, each value after its column's name
        (readable in the text and Markdown forms as on the page), the prose in the release's voice."""
        rows = table_rows(text)
        if not rows:
            return None
        colon = " : " if lang == "fr" else ": "
        # The prose is what no cell holds, as the authors wrote both (before dates are restyled).
        others = [piece for piece in plain_items(text, lang) if not any(cell in piece for row in rows for cell in row if cell)]

        several = len(tables(text)) > 1

        def listed(table: list[list[str]]) -> str:
            # Each table read with its own header; a row that repeats the header is no row; a
            # column named in the first person is named in the release's voice (« Ce que nous
            # avons fait » → « Ce qu'Eaux du Val d'Orvanne a fait »).
            table = [[press_times(cell, lang, settings.timezone, issued) for cell in row] for row in table]
            header, body = table[0], [row for row in table[1:] if row != table[0]]
            header = [_third_person_heading(head, org, lang, words["audience"]) for head in header]
            if all(len(row) == 2 for row in table) and not several:
                # a label and its value: "Customers debited twice: 3,412" (with another table
                # beside it, each row says which table's columns it fills)
                return "\n".join(f"- {md_escape(label)}{colon}{md_escape(value)}" for label, value in body)
            return "\n".join("- " + " — ".join(f"{md_escape(head)}{colon}{md_escape(cell)}"
                                               for head, cell in zip(header, row) if cell) for row in body)

        prose = "\n\n".join(filter(None, (third_person(piece, issued) for piece in others)))
        # One list, each table's rows read with its own header (Markdown would make two lists one anyway).
        return "\n\n".join(filter(None, [prose, "\n".join(filter(None, (listed(table) for table in tables(text)
                                                                          if table)))]))

    def own_section(section: Section) -> ReleaseBlock | None:
        # The authors' own sections (a table of the recalled lots, a timeline) carry facts a
        # journalist needs: a table as it is, prose in the release's voice, under a heading in
        # the release's voice ("What Eaux d'Ardaine did", never "What we did").
        heading = _third_person_heading(section.heading, org, lang, words["audience"])
        pieces = plain_items(section.text, lang)
        if brief.health_advice and HEALTH_HEADING.search(section.heading):
            # Its instructions are in the advice list, with the condition the heading gives: here
            # only what explains them ("Two or more magnets can attract each other…"), never
            # "Do this even if your child has no symptoms." quoted without what "this" is.
            advised = " ".join(brief.health_advice).casefold()
            pieces = [" ".join(s.text for s in roles.sentences(piece, lang) if s.text.casefold() not in advised)
                      for piece in pieces]
        # A lead-in in no person and its list ("Brabanta will never: - ask for your card number…;
        # - send a link…"): the list as written under it, never the lead-in alone (its items, read
        # one by one as instructions, would go) nor the lead-in quoted as a statement.
        paragraphs = to_plain(section.text, headings=False, lang=lang).split("\n\n")
        listed: list[str] = []
        for index, paragraph in enumerate(paragraphs[:-1]):
            following = paragraphs[index + 1].split("\n")
            if paragraph.rstrip().endswith(":") and not re.search(r"\b(?:we|our|us|nous|notre|nos|I|je)\b", paragraph,
                                                                  re.IGNORECASE) and all(
                    line.startswith("- ") for line in following):
                listed += [md_escape_text(paragraph.strip()) + "\n\n"
                           + "\n".join("- " + md_escape_text(line[2:]) for line in following)]
                pieces = [p for p in pieces if p.strip() != paragraph.strip() and p not in {line[2:] for line in following}]
        text = with_tables(section.text) or "\n\n".join(filter(None, [*listed, *(third_person(piece, issued)
                                                                               for piece in pieces if piece.strip())]))
        return block("section", heading, text) if text.strip() else None  # a section is never printed empty

    own = [section for section in statement.sections if section.key is None and section.text.strip()]
    lots: list[ReleaseBlock] = []
    if brief.kind == "recall":
        # The lots recalled (use-by dates, barcodes) are what shops and consumers need first:
        # right after the lead, never below six paragraphs of background.
        lots = [b for b in (own_section(s) for s in own if tables(s.text)) if b]
        blocks += lots
        own = [s for s in own if not tables(s.text)]
    # (The background after the lots' list has its own heading, else it would read as part of it.)
    pending = next((_third_person_heading(s.heading, org, lang, words["audience"]) for s in statement.sections
                    if s.key == "what_happened"), None) if brief.kind == "recall" and lots else None
    background: tuple[int, str] | None = None  # the first paragraph of the account, and its section
    for key in ("what_happened", "what_we_are_doing"):
        tabled = with_tables(brief.text_of(key))
        if tabled:  # a table in a section of ours is kept whole, never one cell a paragraph
            blocks.append(block("section", pending, tabled))
            pending = None
            continue
        told_pieces: list[str] = []
        # A list item's bold label ("**Caring for the people on board.** Our team has called…") is
        # a heading for the eye; in a release's prose it would stand as a fragment.
        section_text = re.sub(r"(?m)^(\s*[-*] )\*\*[^*\n]{1,80}\.\*\*\s+(?=\S)", r"\1", brief.text_of(key))
        for part in to_plain(section_text, headings=False, lang=lang).split("\n\n"):
            if key == "what_happened" and not told_pieces:
                part = _without_lead_opening(part, first, lang)
            items = [line[2:] for line in part.split("\n")] if part.startswith("- ") else [part]
            # (An item keeps the authors' lower-case start: « pour chaque client : - le nom… ».)
            told_items = [told[:1].lower() + told[1:] if item[:1].islower() else told
                          for item, told in ((item, third_person(item, issued)) for item in items) if told]
            if part.startswith("- ") and told_pieces and told_pieces[-1].rstrip().endswith(":"):
                # The items a sentence announces ("…could see, for each customer:") stay its list.
                told_pieces[-1] += "\n\n" + "\n".join(f"- {told}" for told in told_items)
            else:  # a piece that was only an instruction leaves no empty paragraph behind
                told_pieces += told_items
        if told_pieces and background is None:
            background = (len(blocks), key)
        blocks += [block("section", pending if at == 0 else None, told) for at, told in enumerate(told_pieces)]
        pending = pending if not told_pieces else None
    blocks += [b for b in (own_section(s) for s in own) if b]
    if _quote_text(statement):
        blocks.append(block("quote", None, _quote_paragraph(statement, org, words, str(settings.timezone))))
    if any(not _not_advice(item, lang) for item in brief.advice_items):
        # Advice stays in the words people are given, introduced once by who gives it.
        heading = words["advice"].format(audience=words["audience"])
        items = [md_escape_text(press_times(_in_release(item), lang, settings.timezone, issued))
                 for item in brief.advice_items if not _not_advice(item, lang)]
        blocks.append(block("section", heading, words["advises"].format(org=md_escape(org), of_org=md_escape(
            french_of(org)), **{k: md_escape(v) for k, v in german_names(org).items()}) + "\n\n" +
                            "\n".join(f"- {item}" for item in items)))
    latest = statement.last_update
    latest_heading = words["latest"].format(when=moment_words(latest.at, settings.timezone, lang, "document"))
    latest_text = [*brief.correction_paragraphs(latest), *brief.update_paragraphs(latest)]
    if brief.promise.late_by is not None or (brief.promise.ahead and brief.promise.at is not None):
        # The authors' "Next update by 21:00" has passed: a release never prints it as ahead; one
        # still ahead is the line that ends the body, said once.
        latest_text = [p for p in (" ".join(s.text for s in roles.sentences(p, lang) if not s.has("next-update"))
                                   for p in latest_text) if p]
    told_latest = [third_person(p, latest.at, dated=True) for p in latest_text]
    # The update's own instructions ("Return it for a refund"), in their words, said once.
    def advised(paragraphs: list[str], moment: datetime) -> str:
        """The instructions of the latest update not already in the advice section, in their
        words, after "X advises:" (never dropped: "If you need help, call 112" must reach readers)."""
        # (Of "Fourteen customers told us of fake calls: hang up…", the instruction only: its fact
        # is told in the release's voice already.)
        advice = [md_escape_text(press_times(_in_release(_instruction_of(s, lang)), lang, settings.timezone, moment))
                  for p in paragraphs for s in _sentences(p) if _is_instruction(s, lang) and s not in brief.advice_items]
        # One colon per line: "X advises: do not come back: we are gathering them" → "…back; we…".
        return advises(" ".join(advice)) if advice else ""

    told_latest.append(advised(latest_text, latest.at))
    if brief.overtaken:
        # The lead is the latest update already (the summary awaited a day now past): its
        # instructions alone, never its news twice.
        told_latest = told_latest[-1:]
    if any(told_latest):
        latest_block = block("update", latest_heading, "\n\n".join(p for p in told_latest if p))
        if len(statement.updates) > 1:
            # The news of the day comes first: when later updates moved the story on ("payments
            # are succeeding again"), a journalist reads it right after the lead, not below the
            # background; the account that follows then has its own heading, or it would read
            # as part of the update.
            if background is not None and blocks[background[0]].heading is None:
                at, key = background
                own_heading = next((s.heading for s in statement.sections if s.key == key), None)
                if own_heading:
                    told_heading = _third_person_heading(own_heading, org, lang, words["audience"])
                    blocks[at] = dataclasses.replace(blocks[at], heading=_apostrophes(typography(told_heading, lang),
                                                                                      lang))
            blocks.insert(lead_end, latest_block)
        else:
            blocks.append(latest_block)
    if len(statement.updates) > 1:
        # Every figure and finding the updates gave, dated, so the release never lags the posts.
        # Newest first, each line at its own time: a correction made at 11:45 on the 18th stands
        # beside that day's update, never between two updates of the 17th (kit 59).
        lines: list[tuple[datetime, int, str]] = []
        for update in statement.updates[1:]:
            when = moment_words(update.at, settings.timezone, lang, "document")
            # Without its promise of a next update, long past and replaced by the latest one.
            # A sentence that is only a promise leaves; "…and will update this page by 11:00" loses
            # its promise and keeps the rest.
            # A corrected update is told as it was said, the value it gave marked as corrected: the
            # record never credits an update with what a correction said days later.
            withdrawn = brief.withdrawn(update) if update.corrections else []
            # (A count in words too: "Two people were hurt", corrected by "Three people were hurt,
            # not two", stays as published, marked; never "Three people were hurt: a man… and a
            # teenager", which names two.)
            from generator.rendering import corrections as fixes

            counted = [change.wrong for c in update.corrections for change in fixes.explicit_changes(c.text)
                       if fixes.is_count_word(change.wrong)]
            withdrawn += [w for w in counted if any(re.search(rf"(?<!\w){re.escape(w)}(?!\w)", s.text, re.IGNORECASE)
                                                    for s in roles.sentences(update.text, lang))]
            published = brief.sent_sentences(update) if withdrawn else brief.kept_sentences(update)
            # A figure a later update restated ("5,180, not 3,400") is never lifted from an older line.
            restated = superseded_values(brief, update)
            kept = [s for s in (without_page_promise(s) for s in published)
                    if not brief.mentions_next_update(s) and not holds_wrong_value(s, restated)]
            if withdrawn:
                fixed_on = re.sub(r" \(heure [^)]*\)", "", moment_words(max(c.at for c in update.corrections),
                                                                               settings.timezone, lang, "document"))
                mark = words["corrected_since"].format(when=fixed_on)
                # A value the correction names is put right where it stands, the one first published
                # beside it (as on the page): a journalist who lifts the line never prints the wrong one.
                righted = [_put_right(k, update, words["corrected_inline"], fixed_on) for k in kept]
                kept = [r if r != k else f"{k.rstrip(' .')} ({mark})." if any(
                            w in k or (w in counted and re.search(rf"(?<!\w){re.escape(w)}(?!\w)", k, re.IGNORECASE))
                            for w in withdrawn) else k
                        for k, r in zip(kept, righted)]
            # A correction is dated when it was made, on a line of its own at that time (said at the
            # update's time, it would be a correction before the error); none when an update of the
            # same time already tells it ("We have corrected the number…: it is 16,850, not 14,200").
            for correction in sorted(update.corrections, key=lambda c: c.at, reverse=True):
                if _told_by_an_update_then(correction, statement):
                    continue
                fixed = " ".join(brief.correction_sentences(update, correction))
                # The update it corrects named without its zone: the line's own time names it.
                corrected_update = re.sub(r" \(heure d[’'e][^)]*\)| [A-Z]{2,5}(?= on | |$)", "", when)
                lines.append((correction.at, 1, timeline_line(
                    moment_words(correction.at, settings.timezone, lang, "document"),
                    words["correction_of"].format(update=corrected_update.removeprefix("le ")),
                    third_person(fixed, correction.at))))
            # (Without its advice: what people should do now is in its own section, and an earlier
            # update's "if you are on site, follow the staff's instructions" would read as current;
            # told in the past, "If people were allergic to peanuts, did not eat them" is nonsense.)
            kept = [fact for fact in (_fact_of(k, lang) for k in kept) if fact] or kept
            text = " ".join(kept)
            told = third_person(text, update.at, dated=True)
            if lang == "en":
                told = english_told_then(told)  # (dated, and past by the day the release is issued)
            elif lang == "fr":
                told = french_told_then(told)  # (« prévoyait de… »: a plan of that day, never a current one)
            lines.append((update.at, 0, timeline_line(when, "", told)))
        ordered = sorted(lines, key=lambda entry: (-entry[0].timestamp(), entry[1]))
        blocks.append(block("timeline", words["timeline"], "\n".join(line for _, _, line in ordered)))

    contact = settings.media_contact
    assert contact is not None  # checked by _require_values
    about_heading = words["about"].format(org=org, of_org=french_of(org), **german_names(org))
    return ReleaseContext(
        lang=lang,
        document_name=words["document"],
        kicker=tuple(words["kicker"].split("\n")),
        headline=_apostrophes(typography(press_times(_headline(statement, org, lang), lang, settings.timezone, issued),
                                         lang), lang),
        standing=_apostrophes(typography(_standing(brief, words), lang), lang),
        blocks=tuple(blocks),
        about_heading=_apostrophes(typography(about_heading, lang), lang),
        # (The boilerplate in the release's one spelling: "organizes" beside "apologized".)
        about=block("about", None, ap_spelling(settings.about[lang]) if lang == "en" and not british_english()
                    else settings.about[lang]),
        contact_heading=typography(words["contact"], lang),
        contact=(contact.name_in(lang), contact.email, contact.phone),
        # (The British end mark; the Canadian one, in both languages.)
        end_mark="-30-" if str(settings.timezone) in CANADIAN_ZONES and lang in ("en", "fr")
        else "ENDS" if lang == "en" and british_english() else words["end"],
    )


# A legal form at the end of a name ("Ltd", "SAS"), or an acronym in brackets: after the first
# mention, the name without it, or the acronym.
_LEGAL_FORM = re.compile(r",?\s+(?:Ltd\.?|Limited|plc|PLC|Inc\.?|LLC|Corp\.?|SAS|SASU|SARL|SA|S\.A\.|SE|NV|BV|SCOP|SCA)$")
_ACRONYM = re.compile(r"^(?P<name>.+?)\s+\((?P<acronym>[A-ZÀ-Ý0-9&-]{2,10})\)$")


def _opens_sentences(text: str, later: str) -> str:
    """"…at 12:25 p.m. the credit union said…" where a sentence begins: "The credit union"."""
    if not later[:1].islower():
        return text
    return re.sub(rf"(^|\n|[.!?][”»\"’)]?[\s\u00a0]+){re.escape(later)}\b",
                  lambda m: m.group(1) + later[:1].upper() + later[1:], text)


def _later_name(org: str, lang: str, short: str = "", people: str = "", text: str = "") -> str:
    """How the release names the organisation after its lead (German keeps the legal name):
    the site's short name when it is a word of the full one ("Bellecombe" for "Fromagerie
    Bellecombe") and the statement never uses it for something else (a town: « à Bellerive »),
    else the name without its legal form or its acronym."""
    if lang == "de":
        return org
    # (As a place: after « à », "in", "from"…, or one end of a route, "Bellerive–Île-Madore".)
    alone = re.search(rf"\b(?:à|vers|depuis|jusqu['’]à|près de|in|at|near|from|to)\s+{re.escape(short)}(?!\w)|"
                      rf"(?<!\w){re.escape(short)}\s?[–—-]\s?[A-ZÀ-Þ]", text.replace(org, "")) if short else None
    # (Never the bare proper name of an institution, « Hallewyn » for the Musée Hallewyn, "Lafrenière"
    # for the Théâtre Lafrenière: a reader takes it for a person or a family, and a warning against
    # mail "in the museum's name" must keep the name people will see.)
    institution = re.match(r"(?:Musée|Théâtre|Université|École|Collège|Lycée|Hôpital|Clinique|Fondation|Bibliothèque|"
                           r"Opéra|Zoo|Conservatoire|Museum|Theat(?:re|er)|University|School|College|Hospital|Clinic|"
                           r"Foundation|Library|Opera)\b", org) is not None or re.search(
        r"\b(?:Museum|Theat(?:re|er)|University|School|College|Hospital|Clinic|Foundation|Library|Opera|Zoo)$", org) is not None
    if short and short != org and (re.search(rf"(?<!\w){re.escape(short)}(?!\w)", org) or _initials_of(short, org)) \
            and short not in people and not alone and not institution:
        return short
    acronym = _ACRONYM.match(org)
    if acronym:
        return acronym.group("acronym")
    kind_of = re.search(r"\b(Credit Union|Building Society|Co-?operative|Bank|Airlines?|Airways|Railways?)$", org)
    if lang == "en" and kind_of:
        # AP's second reference: "Rideau Valley Credit Union", then "the credit union" (never the
        # full name in every sentence).
        noun = kind_of.group(1).lower()
        return "the " + {"airlines": "airline", "airways": "airline", "railways": "railway",
                         "cooperative": "co-operative"}.get(noun, noun)
    return _LEGAL_FORM.sub("", org) or org


def _initials_of(short: str, org: str) -> bool:
    """Whether `short` is the full name's first words as initials and the rest as written ("SI
    Montbrelaz" for "Services industriels de Montbrelaz", "TPG Genève" for "Transports publics
    genevois"… only when the rest is in the name)."""
    head, _, rest = short.partition(" ")
    if not head.isupper() or not head.isalpha() or len(head) < 2:
        return False
    words = [w for w in re.findall(r"[\w’'-]+", org) if w.lower() not in {"de", "du", "des", "d", "of", "the", "and", "et"}]
    initials = "".join(w[0] for w in words[:len(head)]).upper()
    return initials == head and all(re.search(rf"(?<!\w){re.escape(w)}(?!\w)", org) for w in rest.split())


# What AP calls an organisation the second time in a paragraph, from the last word of its name
# ("Harbourline Bank" → "the bank"); "the company" otherwise.
_EN_NOUNS = frozenset("""bank airline airport hospital clinic council university school college insurer railway
    museum hotel group club charity trust supermarket theatre theater library port zoo utility cooperative bakery
    brewery dairy commission authority board""".split())
# A name that says what it is by its first word: « Caisse Boréale » is a cooperative, never "the company".
_EN_FIRST_NOUNS = {"caisse": "the cooperative", "coopérative": "the cooperative", "cooperative": "the cooperative",
                   "mutuelle": "the mutual",
                   # « Musée Hallewyn » is the museum, never "the company"
                   "musée": "the museum", "museum": "the museum", "bibliothèque": "the library", "library": "the library",
                   "zoo": "the zoo",
                   # "Town of Varennes-la-Forêt" is the town, never "the company"
                   "town": "the town", "city": "the city", "village": "the village", "county": "the county",
                   "borough": "the borough", "municipality": "the municipality"}


_NOT_A_COMPANY = re.compile(r"\b(?:hospitali\w*|hôpita\w*|clini\w*|universit\w*|école|association|fondation|"
                            r"ministère|agence|mairie|ville|commune|métropole|conseil|région|département|préfecture|syndicat|régie|"
                            r"city|town|village|borough|county|municipality|ministry|agency|foundation|association|NHS)\b", re.IGNORECASE)


_OTHER_COMPANY = re.compile(r"\b(?:an?|another|the|that|this|its|un|une|l['’]|cette|autre)\s*(?:\w+\s+)?"
                            r"(?:company|companies|firm|entreprises?)\b", re.IGNORECASE)


def _common_noun(org: str) -> str | None:
    """None for a public body or a hospital that its last word does not name: "the company"
    would be false, and a reader cannot tell what "the organization" is."""
    last = org.rstrip(" .").rsplit(" ", 1)[-1].lower()
    if last in _EN_NOUNS:
        return f"the {last}"
    first = org.split(" ", 1)[0].lower()
    if first in _EN_FIRST_NOUNS:
        return _EN_FIRST_NOUNS[first]
    return None if _NOT_A_COMPANY.search(org) else "the company"


# A name followed by the product it qualifies ("Littoral regular ground beef"): a lower-case word
# that is no verb, conjunction or preposition after it.
_QUALIFIED = re.compile(r"\s+(?!(?:is|was|were|are|has|have|had|will|would|can|could|may|might|must|should|shall|did|"
                        r"does|do|and|or|but|to|in|on|at|for|with|by|from|of|which|who|that|said|says|also|now|then|"
                        r"still|already|never|always|itself|alone|again|too|as|than|if|when|while|because|after|"
                        r"before|since|until|about|into|over|under|through|during|without|within)\b)[a-z][a-z-]+"
                        r"(?!\w)(?<!ed)(?<!s)\s+[a-z]")


def _ends_on_a_time(before: str) -> bool:
    """Whether a sentence ended on a time ("…blocked the account at 6:20 a.m. The company then
    spent…": AP's "a.m." takes the full stop), rather than a sentence that opens on one ("At 6:20
    a.m. the company blocked…"), whose clause goes on."""
    if not re.search(r"\b[ap]\.m\.\s+$", before):
        return False
    if re.search(r"(?:[,:;]|\b(?:and|but|so|then|when))\s+(?:at|by|from|since|until|around|about|just after|shortly after)\s+"
                 r"\d{1,2}(?::\d{2})?\s*[ap]\.m\.\s+$", before):
        return False  # "…could not be restarted, and at 12:30 p.m. the company started…": a clause opens on it
    plain = re.sub(r"\b([ap])\.m\.", r"\1m", re.sub(r"\b(Jan|Feb|Aug|Sept|Oct|Nov|Dec)\.", r"\1", before))
    sentence = re.split(r"[.!?][”\"]?\s+|\n", plain)[-1]
    return re.match(r"\s*(?:At|By|From|Since|Until|Before|After|Around|About|Shortly|Just|On|Between|Overnight|Early|Late)\b",
                    sentence) is None


def _fewer_names(markdown: str, names: tuple[str, ...], noun: str) -> str:
    """Each paragraph (or list item) names the organisation once; after that it is "the
    bank", "the company": AP copy with "Harbourline" in every sentence reads as a machine's.
    Quotations keep their words."""
    forms = "|".join(re.escape(n) for n in sorted(set(names), key=len, reverse=True))
    # ("Petitpas 1 and Petitpas 2 infant formula": a name with a number is a product's.)
    mention = re.compile(rf"(?<![\w@/.-])(?:{forms})(?P<own>['’]s?)?(?![\w-]|\.\w|[\s\u00a0]+\d{{1,2}}\b(?![,.:]?\d))")
    quoted = re.compile(r"“[^”]*”|\"[^\"\n]*\"")

    def paragraph(text: str) -> str:
        spans = [m.span() for m in quoted.finditer(text)]
        seen = subject_said = False
        out, at = [], 0
        for found in mention.finditer(text):
            if any(a <= found.start() < b for a, b in spans):
                continue
            if not seen:
                seen = True
                continue
            before = text[:found.start()]
            if re.search(r"\b(?:a|an|any|every|each|nearest)\s+$", before, re.IGNORECASE) and not found.group("own"):
                continue  # "a Brivela employee", "to any Voyageur Pharmacy": never "a the company employee", "any the company"
            if re.search(r"\b(?:any|every|each|no|their|your|his|her|this|that|these|those|some|all)\s+$", before,
                         re.IGNORECASE) and re.match(r"\s+[a-z]", text[found.end():]) and not found.group("own"):
                continue  # "to any Hélios pharmacy", never "any the company pharmacy"
            if re.match(r"[+®™]", text[found.end():]):
                continue  # "their Hélios+ card": a brand of its own
            if re.search(r"\b\d(?:[\d,.]*\d)?\s+$", before) and re.match(r"\s+[a-z]", text[found.end():]) and not found.group("own"):
                continue  # "12,480 Lëtznet customers", never "12,480 the company customers"
            if re.search(r"\b(?:the|my)\s+$", before, re.IGNORECASE) or re.match(r"\s+[A-Z][a-z]", text[found.end():]) \
                    and not found.group("own"):
                continue  # a brand's product, "the My Tidewater app", "the Tidewater Home Hub 4": its own name
            # (After "2:20 p.m." the sentence goes on: "at 2:20 p.m. the company's monitoring".)
            start = not before.strip(" *") or re.search(r"(?:(?<![ap]\.m)[.!?][”\"]?\s+|^- |\n)$", before) is not None \
                or _ends_on_a_time(before)
            own = found.group("own")
            if not own and not start and not re.search(r"\b(?:\w+ing|of|for|from|with)\s+$", before) \
                    and _QUALIFIED.match(text, found.end()):
                continue  # "had eaten Littoral regular ground beef": the brand's product, never "the company beef"
            if not own and not start and re.search(r"\b(?:(?!(?:morning|evening|during|nothing|something|anything|"
                                                   r"everything|spring|ceiling)\b)\w+ing|of|for|from|with)\s+$", before) \
                    and re.match(r"\s+(?!(?:for|since|in|on|at|to|and|or|but|as|by|with|from|of|until|after|before|"
                                 r"because|when|while|during|over|than|about)\b)[a-z]", text[found.end():]):
                # (Never "has worked for Kerlys for 19 years" → "for its for": a preposition after it
                # says the name is the object, not a brand before its product.)
                # "is recalling Delvaux-Meyer almond pralines": the name qualifies its products, "its
                # almond pralines", never "the company almond pralines".
                # (Not after another name in the sentence: in "Transaxis put new settings into
                # service, and one of the settings for Aurelys cards was wrong", "its cards" would
                # be Transaxis's; nor after a sentence another name led: "Transaxis … put new settings
                # into service. In the settings for Aurelys cards…".)
                sentence = " ".join(re.split(r"(?<![ap]\.m)[.!?]\s+", re.sub(r"\*\*[^*]*\*\*", "", before))[-2:])
                if any(word not in " ".join(names).split() for word in re.findall(r"(?<=[\s(,])([A-Z][\w’'-]+)", sentence)
                       if not re.fullmatch(r"(?:Jan|Feb|Aug|Sept|Oct|Nov|Dec)\.?|[A-Z]{2,5}|I", word)):
                    continue
                out.append(text[at:found.start()] + "its")
                at = found.end()
                continue
            if start and subject_said:
                # "The company has contacted… It reported…": never "The company" twice running.
                said, subject_said = ("Its" if own else "It"), False
            else:
                said = noun[:1].upper() + noun[1:] if start else noun
                said += ("’s" if own and "’" in own else "'s" if own else "")
                # ("The bank's helpline answered… It has found…" would make "it" the helpline.)
                subject_said = start and not own
            out += [text[at:found.start()], said]
            at = found.end()
        return "".join(out) + text[at:]

    return "\n".join(paragraph(line) for line in markdown.split("\n"))


# What a French release calls the organisation after naming it once, from a word of its name
# (« la banque », « la fromagerie »), else « l'entreprise »: all feminine, as « elle » is.
_FR_NOUNS = {"bank": "la banque", "banque": "la banque", "fromagerie": "la fromagerie", "compagnie": "la compagnie",
             "mutuelle": "la mutuelle", "coopérative": "la coopérative", "société": "la société", "caisse": "la Caisse",
             "boulangerie": "la boulangerie", "commission": "la Commission", "régie": "la régie"}


def _common_noun_fr(org: str) -> str | None:
    """None for a name with « le »/« les » (masculine or plural: a feminine noun would break the
    agreements) and for a public body (« l'entreprise » would be false)."""
    if re.match(r"(?:Le|Les)\s", org) or re.match(r"(?:Syndicat|Groupe|Centre|Réseau|Office|Service|"
                                                   r"Laboratoire|Cabinet|Institut|Établissement|Musée|Théâtre|Zoo|"
                                                   r"Parc|Port|Aéroport|Hôtel|Club|Cinéma|Conservatoire)\b", org):
        return None  # (« Syndicat des Eaux… »: masculine)
    for word in re.findall(r"\w+", org.lower()):
        if word in _FR_NOUNS:
            return _FR_NOUNS[word]
    if re.search(r"\b(?:Air|Airlines?|Airways|Aviation)\b", org):
        return "la compagnie"  # « Téranga Air » is an airline: « la compagnie », as French press writes it
    return None if _NOT_A_COMPANY.search(org) else "l'entreprise"


# Words after which a name is the organisation itself (« et Miamo », « selon Miamo », « que Miamo »).
_FR_BEFORE_NAME = frozenset("""et ou mais que pour par avec chez selon sans entre contre vers dont où quand si comme
    puis donc car ni aussi alors ainsi enfin de du des à au aux en sur sous dans après avant depuis pendant auprès
    envers malgré le la les un une""".split())


def _fewer_names_fr(markdown: str, names: tuple[str, ...], noun: str, opened: bool) -> tuple[str, bool]:
    """French communiqué style: each paragraph (or list item) names the organisation once, then
    says « la banque », « l'entreprise »; and a paragraph that opens with the name right after
    one that did opens with the noun (« Harbourline a coupé… », « La banque a notifié… »).
    Quotations keep their words. Returns the text and whether its last paragraph opened with
    the name."""
    forms = "|".join(re.escape(n) for n in sorted(set(names), key=len, reverse=True))
    # (« la Fromagerie Bellecombe » with its article: never « la la fromagerie »)
    mention = re.compile(rf"(?<![\w@/.-])(?P<elided>(?:[Dd]|[Qq]u|[Ll]orsqu|[Pp]uisqu|[Jj]usqu)['’]|[Ll]a\s)?"
                         rf"(?:{forms})(?![\w-]|\.\w|[\s\u00a0]+[A-Z][a-z]|[\s\u00a0]+\d{{1,2}}\b(?![,.:]?\d))")
    # (« Quaystone Pay », « Quaystone Bookings »: a product's name is never « l'entreprise Pay ».)
    quoted = re.compile(r"«[^»]*»|“[^”]*”")

    def paragraph(text: str) -> str:
        nonlocal opened
        if not text.strip():
            return text
        spans = [m.span() for m in quoted.finditer(text)]
        seen, opens, subject_said, out, at = False, False, False, [], 0
        for found in mention.finditer(text):
            if any(a <= found.start() < b for a, b in spans):
                continue
            before = text[:found.start()]
            # « les livraisons Miamo », « l'application Armor Go »: the name qualifies a noun, it is
            # no mention of the organisation to call « l'entreprise ».
            previous = re.search(r"(\w+)[\s\u00a0]+$", before)
            if previous and not found.group("elided") and previous.group(1).islower() \
                    and previous.group(1) not in _FR_BEFORE_NAME:
                continue
            if previous and not found.group("elided") and previous.group(1).casefold() in ("le", "les", "du", "au", "aux"):
                continue  # « Le Mirador Kaslik reste fermé »: the place the name is, never « Le l'entreprise »
            if not found.group("elided") and re.search(r"(?:\d|%|\b(?:[LlG]|ml|kg|cl))[\s\u00a0\u202f]*$", before):
                continue  # « du lait 2 % Chignecto »: a brand after a product's figure, never « 2 % la coopérative »
            if previous and not found.group("elided") and previous.group(1)[:1].isupper() \
                    and not re.search(r"(?:^|[.!?»”]\s+|^- )\w+[\s\u00a0]+$", before):
                continue  # « le Club Brindille »: a proper name the organisation's lends its word to
            start = not before.strip(" *") or re.search(r"(?:[.!?][\s\u00a0\u202f]*[»”]?\s+|^- )$", before) is not None
            # (The paragraph's first words: after a list dash, or a timeline line's time.)
            first_words = not seen and re.fullmatch(r"[ *]*(?:- )?(?:[^.!?]{0,60}\s:\s)?", before) is not None
            if not seen:
                # (A paragraph that opens with the noun lets the next one open with the name.)
                seen, opens = True, bool(first_words) and not opened
                if opens or not first_words:
                    continue
            elided = found.group("elided") or ""
            said = noun[:1].upper() + noun[1:] if start and not elided else noun
            if start and not elided and subject_said:
                said = "Elle"  # « L'entreprise a écrit… Elle offre… »: never the noun twice running
            subject_said = start and not elided and said != "Elle"
            if elided.lower().startswith("la"):
                said = said[:1].upper() + said[1:] if elided[0] == "L" else said
            elif elided:  # « d'Évolys » → « de l'entreprise », « qu'Évolys » → « que l'entreprise »
                said = f"{elided[:-1]}e {said}"
            out += [text[at:found.start()], said]
            at = found.end()
        opened = opens
        return "".join(out) + text[at:]

    text = "\n".join(paragraph(line) for line in markdown.split("\n"))
    # « personne chez l'entreprise » reads as a place: « personne au sein de l'entreprise ».
    # (Money « bloqué chez l'entreprise » stays so: only people are « au sein de ».)
    # « l'entreprise lui présente les excuses de l'entreprise » → « …lui présente ses excuses ».
    text = re.sub(rf"(?i)\b({re.escape(noun)}|elle)(\s+(?:lui|leur|vous|leur en|vous en|en)?\s*"
                  r"(?:présente|adresse|renouvelle|réitère|exprime)\s+)les excuses de (?:l['’]entreprise|la \w+)\b",
                  r"\1\2ses excuses", text)
    text = re.sub(r"\b(personne|quelqu['’]un|nul|aucun(?:e)? (?:salariée?|employée?|membre|collaborat\w+)) chez "
                  r"(l['’]entreprise|la (?:maison|société|banque|coopérative|fromagerie))\b", r"\1 au sein de \2", text)
    return text, opened


# « de la Fromagerie Bellecombe » → « de Bellecombe », « du Groupe X » → « de X »: a shorter
# name that is a proper noun takes no article.
_FR_ARTICLE_BEFORE = {"du": "de ", "au": "à ", "de la": "de ", "à la": "à ", "de l'": "de ", "de l’": "de ",
                      "à l'": "à ", "à l’": "à ", "des": "de ", "aux": "à ", "les": "", "la": "", "le": "", "l'": "",
                      "l’": "", "de": "de "}  # (« de Banque Aurelys » as written → « d’Aurelys »)


def _named_later(text: str, org: str, later: str, lang: str) -> str:
    """`text` with the organisation's later name for its full one (French drops the article
    the full name took, and elides « de » before a vowel)."""
    if lang != "fr" or subject_name(org, lang) == org:
        # "Alvéa Medical Clinics' platform" → "Alvéa's platform", never "Alvéa' platform".
        from generator.rendering.person import possessive_name

        if lang == "en" and org.endswith("s") and not later.endswith("s"):
            text = re.sub(rf"{re.escape(org)}['’](?!s\b)", possessive_name(later), text)
        if lang == "fr":
            from generator.rendering.person import elides

            if elides(later) and not elides(org):
                # « directrice des opérations de Banque Aurelys » → « d’Aurelys », never « de Aurelys »
                text = re.sub(rf"\b([Dd])e {re.escape(org)}\b", lambda m: f"{m.group(1)}’{later}", text)
        # ("to any Voyageur Pharmacy", "your nearest Voyageur Pharmacy": one of its shops, by its full name.)
        return re.sub(rf"(?<!\bany )(?<!\bevery )(?<!\beach )(?<!\bnearest )(?<!\bAny )(?<!\bEach ){re.escape(org)}",
                      lambda m: later, text)
    from generator.rendering.person import elides

    def shorter_of(article: str) -> str:
        before = {"le": "", "du": "de ", "au": "à "}[article.lower()]
        if before == "de " and elides(later):
            before = "d’"
        return (before[:1].upper() + before[1:] if article[:1].isupper() else before) + later

    def shorter(match: re.Match[str]) -> str:
        article = (match.group("article") or "")
        before = _FR_ARTICLE_BEFORE.get(article.lower().rstrip(), "") if article else ""
        if before == "de " and elides(later):
            before = "d’"
        if article[:1].isupper():
            before = before[:1].upper() + before[1:]
        return before + later

    articles = "|".join(sorted((re.escape(a) for a in _FR_ARTICLE_BEFORE), key=len, reverse=True))
    # (« le groupe Services industriels de Montbrelaz », the subject form of a plural name, is
    # « SI Montbrelaz » once shortened: « du groupe » → « de SI Montbrelaz ».)
    text = re.sub(rf"\b(?P<article>le|du|au) groupe {re.escape(org)}",
                  lambda m: shorter_of(m.group("article")), text, flags=re.IGNORECASE)

    return re.sub(rf"(?:\b(?P<article>{articles})\s?)?{re.escape(org)}", shorter, text, flags=re.IGNORECASE)


# French organisation names that begin with a common noun take its article as a subject:
# « La Coopérative laitière… indique », « Le Groupe X ».
_FR_FEMININE_FIRST = frozenset("""coopérative société mutuelle banque caisse compagnie régie ville mairie association
    fédération fondation université école agence clinique chambre métropole communauté maison fromagerie
    laiterie entreprise direction préfecture pharmacie gare piscine station brasserie boulangerie chocolaterie
    biscuiterie confiserie distillerie cidrerie imprimerie librairie papeterie verrerie sucrerie poste
    commission autorité administration académie municipalité province région commune collectivité""".split())
_FR_PLURAL_FIRST = frozenset("""cliniques laboratoires éditions transports établissements magasins ateliers services
    laiteries fromageries pharmacies hôpitaux chantiers autocars assurances mutuelles editions résidences
    hôtels restaurants boulangeries brasseries salaisons conserveries cars voyages""".split())
_FR_MASCULINE_FIRST = frozenset("""groupe centre hôpital syndicat office institut laboratoire conseil crédit
    département ministère service réseau club théâtre musée aéroport port parc zoo stade syndic
    hôtel cabinet établissement""".split())


# An instruction to the reader: it opens with an imperative (after "Please" or an "If …,"
# clause, however many commas the clause holds, or after a colon), or tells "you" what you can
# or should do, or opens on "If you…" (told as "If their card…" it would read as nonsense). A
# fact that only mentions "you" is not.
_INSTRUCTION = {
    "en": re.compile(r"(?:^|:\s)(?:please )?(?:if .{1,160}?, (?:please )?)?(?:do not|don't|never|check|call|contact|return|bring|"
                     r"change|reset|retry|try|use|keep|stop|avoid|throw|boil|stay|visit|update|watch out|beware|be "
                     r"careful|look|read|follow|report|tell|ask|go|make sure|wait|switch|unplug|remove|take|consult|"
                     r"see|register|enter|share|write|pay|come|drink|eat|give|open|touch|charge|plug|send|board|"
                     r"hang up|ring|phone)\b|"
                     r"\byou (?:can|should|may|need to|must|do not need|don't need)\b|^if (?:you|your)\b|"
                     r"\bplease (?!note\b)\w+ (?:your|you)\b", re.IGNORECASE),
    "fr": re.compile(r"(?:^|\s:\s)(?:[^.;:]{1,160}?, )?(?:ne (?:\w+ )?|n['’]\w+ )?(?:vérifiez|continuez|appelez|contactez|rapportez|"
                     r"ramenez|changez|modifiez|réessayez|utilisez|gardez|arrêtez|évitez|jetez|faites|restez|"
                     r"consultez|méfiez|signalez|suivez|attendez|débranchez|retirez|prenez|rendez|conservez|"
                     r"renseignez|connectez|écrivez|lisez|fermez|cessez|consommez|payez|partagez|venez|présentez|"
                     r"inscrivez|composez|buvez|mangez|donnez|ouvrez|touchez|rechargez|chargez|branchez|envoyez|"
                     r"transmettez|adressez|demandez|réclamez|montez|raccrochez|rappelez|téléphonez)\b|"
                     r"\bvous (?:pouvez|devez|n['’]avez pas besoin|n['’]avez rien)\b|^si (?:vous|votre|vos)\b",
                     re.IGNORECASE),
}


# Not an instruction, though it speaks to "you": the organisation's own act ("We are closing
# this statement, but you can still write to us", « Nous avons augmenté la chloration ; vous
# pouvez percevoir… »), an apology ("Sorry if you missed a call"), or what "you may notice".
_OWN_ACT = {
    "en": re.compile(r"^(?:(?:we|our|ours)\b|(?:so |very |truly |deeply )?sorry\b)", re.IGNORECASE),
    "fr": re.compile(r"^(?:nous|notre|nos|désolée?s?|pardon)\b", re.IGNORECASE),
}
_NOTICE = {
    "en": re.compile(r"\byou (?:may|might|could|will) (?:notice|see|smell|hear|feel|experience|find|receive|get|be)\b",
                     re.IGNORECASE),
    "fr": re.compile(r"\bvous (?:pourrez|pouvez|pourriez) (?:percevoir|remarquer|constater|sentir|voir|entendre|"
                     r"recevoir|observer|noter)\b", re.IGNORECASE),
}


def _not_advice(item: str, lang: str) -> bool:
    """An advice item that is only an apology or the organisation's own act ("Sorry if you
    missed a call that mattered"): never printed after "X advises:"."""
    sentences = _sentences(item)
    own = _OWN_ACT.get(lang)
    # A way to reach us ("Our service line answers on 0761 000 111") is what people need most.
    if re.search(r"\+?\d[\d .\u00a0\u202f-]{6,}\d|@\w|https?://|www\.", item):
        return False
    return bool(sentences) and own is not None and all(own.search(s.strip()) for s in sentences)


# What is said to the people affected and to no journalist: thanks for their patience, the
# end of our updates (« Ce message clôt notre suivi »). A release quoting it reads as an odd quote.
_TO_CUSTOMERS_ONLY = re.compile(r"^(?:thank you (?:(?:all|again|so much) )?for your (?:patience|understanding)(?:,? and sorry again)?|"
                                r"thanks for your (?:patience|understanding)|this (?:message|update) closes our updates?\b.*|"
                                r"merci (?:encore )?(?:de|pour) votre (?:patience|compréhension)(?:,? et (?:encore )?pardon)?|"
                                r"ce message clôt notre suivi\b.*|nous vous remercions de votre (?:patience|compréhension)|"
                                # ("We are keeping you informed over the line's loudspeakers": said to
                                # those on board, no fact for the press)
                                r"we (?:are|will) (?:keep(?:ing)?|continue to keep) you (?:informed|updated|posted)\b[^.;:]*|"
                                r"nous vous (?:tenons|tiendrons) informée?s?\b[^.;:]*|nous vous informons (?:par|via|sur|au fur et à mesure|"
                                r"régulièrement)\b[^.;:]*|nous continuons à vous informer\b[^.;:]*)"
                                r"[.!]?$",
                                re.IGNORECASE)


def _fact_of(sentence: str, lang: str) -> str:
    """The sentence as the release's prose tells it: whole, or without the instruction a colon
    leads to (« Elle reste en vigueur aux Granges et à Montaillon : n'y buvez pas l'eau » keeps
    where it holds; the instruction is in the advice section); "" for an instruction alone, and
    for what is said to customers only ("Thank you for your patience.")."""
    # ("This update comes 15 minutes later than promised": the page's own timetable, no news.)
    if _TO_CUSTOMERS_ONLY.match(sentence.strip()) or UPDATE_LATE.match(sentence.strip()):
        return ""
    if not _is_instruction(sentence, lang):
        return sentence
    head, colon, rest = (re.split(r"(\s?:\s)", sentence, maxsplit=1) + ["", ""])[:3]
    if colon and len(head) >= 20 and not _is_instruction(head, lang) and _is_instruction(rest, lang) \
            and not _ADDRESSEES.match(head.strip()):
        return head.rstrip(" \u00a0") + "."
    return ""


# Whom an instruction speaks to, no fact of its own ("To passengers still in the cabins: stay
# seated…", "Families and friends of passengers: call…", « Aux passagers encore en cabine : … »).
_ADDRESSEES = re.compile(r"(?!.*\b(?:is|are|was|were|has|have|had|will|would|can|could|may|must|do|does|did|remains?|stays?|"
                         r"est|sont|était|étaient|a|ont|avait|avaient|sera|seront|peut|peuvent|doit|doivent|reste|"
                         r"restent)\b)(?!.*\w(?:ed|ent|ait)\b)(?:\S+\s+){0,7}\S+$", re.IGNORECASE)


def _instruction_of(sentence: str, lang: str) -> str:
    """The instruction a sentence gives: after the colon when a fact leads to it (what
    `_fact_of` keeps), else the whole sentence."""
    fact = _fact_of(sentence, lang)
    if fact and fact != sentence:
        rest = re.split(r"\s?:\s", sentence, maxsplit=1)[1]
        rest = re.sub(r"^please\s+", "", rest, flags=re.IGNORECASE)
        return rest[:1].upper() + rest[1:]
    return sentence


# French imperatives whose infinitive is not the -er one (« buvez » → « boire », « soyez » →
# « être », never « soyer »).
_FR_INFINITIVES = {
    "buvez": "boire", "faites": "faire", "prenez": "prendre", "servez": "servir", "mettez": "mettre", "rendez": "rendre",
    "lisez": "lire", "dites": "dire", "soyez": "être", "ayez": "avoir", "sachez": "savoir", "voyez": "voir",
    "venez": "venir", "revenez": "revenir", "tenez": "tenir", "conduisez": "conduire", "éteignez": "éteindre",
    "attendez": "attendre", "répondez": "répondre", "descendez": "descendre", "vendez": "vendre", "perdez": "perdre",
    "écrivez": "écrire", "suivez": "suivre", "ouvrez": "ouvrir", "offrez": "offrir", "recevez": "recevoir",
    "sortez": "sortir", "partez": "partir", "dormez": "dormir", "courez": "courir", "joignez": "joindre",
    "interrompez": "interrompre", "remettez": "remettre", "permettez": "permettre", "reprenez": "reprendre",
    "apprenez": "apprendre", "comprenez": "comprendre", "détruisez": "détruire", "produisez": "produire",
    "vivez": "vivre", "croyez": "croire", "devez": "devoir", "pouvez": "pouvoir", "voulez": "vouloir",
}


def fr_infinitive(imperative: str) -> str | None:
    """The infinitive of a French imperative in -ez: from the table, the second group's -issez
    (« choisissez » → « choisir »), else the -er one; None for any other form."""
    verb = imperative.lower()
    if verb in _FR_INFINITIVES:
        return _FR_INFINITIVES[verb]
    if verb.endswith("issez") and len(verb) > 6:
        return verb[:-5] + "ir"
    return verb[:-2] + "er" if verb.endswith("ez") else None


def _consumers_asked(instruction: str, org: str, lang: str) -> str:
    """A recall's "do not eat them" in the release's voice: "Littoral Co-op asks consumers not
    to eat them.", « La Coop Littoral demande aux consommateurs de ne pas les manger. »; "" for
    any other instruction (it stays in the advice section)."""
    instruction = instruction.strip().rstrip(".!")
    if lang == "en":
        found = re.match(r"(?:please )?(?:do not|don't) ([^.;:]+)$", instruction, re.IGNORECASE)
        return f"{org} asks consumers not to {found.group(1)}." if found else ""
    if lang == "fr":
        found = re.match(r"ne ((?:les |le |la |l['’]|en |y )?)(\w+) pas([^.;:]*)$", instruction, re.IGNORECASE)
        if not found or not found.group(2).endswith(("ez", "es")):
            return ""
        verb = found.group(2).lower()
        infinitive = fr_infinitive(verb) or ""
        if not infinitive:
            return ""
        subject = subject_name(org, lang)
        return f"{subject} demande aux consommateurs de ne pas {found.group(1)}{infinitive}{found.group(3)}."
    return ""


# What an order opening the news is about: "…unplug any Kestrel ComfortTower ceramic tower
# heater", « débranchez tout radiateur colonne céramique Kestrel ComfortTower ».
_ORDERED_THING = {
    "en": re.compile(r"\b(?:any|all|every|your|the|this|these) (?P<thing>[^,;:]{3,80})$", re.IGNORECASE),
    "fr": re.compile(r"\b(?:tout|toute|tous|toutes|votre|vos|ce|cette|ces|le|la|les) (?P<thing>[^,;:]{3,80})$",
                     re.IGNORECASE),
}


def _ordered_thing(order: str, lang: str) -> re.Match[str] | None:
    """What the order is about, when it ends the order as its object ("unplug any ComfortTower
    heater"); None when it only closes a phrase ("stop using Koala strollers from the lots KS-31
    and KS-32": "them" would be the lots)."""
    pattern = _ORDERED_THING.get(lang)
    found = pattern.search(order) if pattern is not None else None
    if found is None:
        return None
    before = order[:found.start()].rstrip().split()
    preposition = {"en": {"from", "of", "in", "with", "at", "on", "by", "for", "to"},
                   "fr": {"de", "des", "du", "dans", "avec", "sur", "par", "pour", "à", "au", "aux"}}.get(lang, set())
    return None if before and before[-1].lower() in preposition else found


def _order_then_fact(sentence: str, lang: str) -> tuple[str, str] | None:
    """A news that opens on the order and gives the fact after its colon: (order, the fact with
    what "them" stands for said: "since December 1 we are recalling 61,700 Kestrel ComfortTower
    ceramic tower heaters sold in Canada…"); None for any other sentence."""
    parts = re.split(r"\s?:\s", sentence.strip(), maxsplit=1)
    if len(parts) != 2 or lang not in _ORDERED_THING or not _is_instruction(parts[0], lang) \
            or _is_instruction(parts[1], lang):
        return None
    order, fact = parts
    found = _ordered_thing(order, lang)
    if found is not None:
        words = found.group("thing").split()
        if lang == "en":
            plural = " ".join([*words[:-1], words[-1] if words[-1].endswith("s") else words[-1] + "s"])
            fact = re.sub(r"\b(\d[\d,.]*) of them\b", rf"\1 {plural}", fact)
            fact = re.sub(r"\bthem\b", f"these {plural}", fact, count=1)
            # ("since December 1 we are recalling" → "we have been recalling": AP's tense for "since")
            fact = re.sub(r"^(since\b[^,]{0,40}?,? )we are (\w+ing)\b", r"\1we have been \2", fact, flags=re.IGNORECASE)
        else:
            plural = " ".join([words[0] if words[0].endswith(("s", "x")) else words[0] + "s", *words[1:]])
            fact = re.sub(r"\b(nous|on) en (\w+) (\d[\d\u00a0\u202f ]*\d|\d)", rf"\1 \2 \3 {plural}", fact)
    return order, fact[:1].upper() + fact[1:]


_STOP_ORDER = re.compile(r"(?:please )?(?:stop (?:using|eating|drinking|giving|wearing)|do not (?:use|eat|drink|give)|"
                         r"don't (?:use|eat|drink|give)|unplug|return|bring back|throw away|discard)\b", re.IGNORECASE)
# A hazard told after the order ("the silicone spout can tear off…"): the reason for it.
_HAZARD = re.compile(r"(?:the|its|their|these|this|a|an) [^.;:]{0,80}?\b(?:can|could|may|might)\b", re.IGNORECASE)


def _consumers_ordered(order: str, org: str, lang: str) -> str:
    """An order to owners in the release's voice: "Kestrel asks consumers to stop using and
    unplug them.", « Kestrel demande aux consommateurs de cesser d'utiliser et de débrancher ces
    radiateurs. »; "" when it cannot be said safely."""
    thing = _ordered_thing(order, lang)
    if thing is None and lang == "en" and _STOP_ORDER.match(order) and len(order.split()) >= 4:
        # "Stop using Petit Mousse children's bottles … from the lots PM26-04 and PM26-05": the
        # order names what it is about, the release says who asks it.
        order = re.sub(r"^please\s+", "", order.strip().rstrip("."), flags=re.IGNORECASE)
        return f"{org} asks consumers to {order[:1].lower()}{order[1:]}."
    if thing is None:
        return _consumers_asked(order, org, lang)
    verbs = order[:thing.start()].strip()
    if lang == "en":
        if not re.match(r"(?:please )?(?:stop|unplug|return|bring|check|throw|discard|switch off|turn off)\b", verbs,
                        re.IGNORECASE):
            return ""
        return f"{org} asks consumers to {verbs[:1].lower()}{verbs[1:]} them."
    if re.search(r"-(?:le|la|les|en|y)\b", verbs):
        return ""
    said = re.sub(r"\b(\w+)ez\b", lambda m: "de " + (fr_infinitive(m.group(0)) or m.group(0)), verbs)
    if said == verbs:
        return ""
    first_word = thing.group("thing").split()[0]
    return f"{subject_name(org, lang)} demande aux consommateurs {said} ces {first_word}s."


def _is_instruction(sentence: str, lang: str) -> bool:
    """Whether a sentence tells readers what to do: never the organisation's own act nor an apology."""
    pattern = _INSTRUCTION.get(lang)
    sentence = sentence.strip()
    if not (pattern and pattern.search(sentence)):
        return False
    own, notice = _OWN_ACT.get(lang), _NOTICE.get(lang)
    return not ((own and own.search(sentence)) or (notice and notice.search(sentence)))


# Abbreviations a figure or a name follows ("generator No. 2", « art. 3 »): never a sentence's end.
_ABBREVIATION_END = re.compile(r"(?:^|\s)(?:No|Nos|no|nos|Art|art|Fig|fig|Ref|ref|approx|vs|St|Dr|Mr|Mrs|Ms|M)\.$")


def _sentences(paragraph: str) -> list[str]:
    """The paragraph's sentences, with the pieces an abbreviation cut joined again: "2 while…"
    after "No." is not a sentence (nor one to open with "Two"). What the page says of itself
    ("This incident is now closed", « Ce suivi est clos ») is no news: it leaves the release,
    what follows it in the sentence stays."""
    joined: list[str] = []
    for piece in split_sentences(paragraph):
        if joined and _ABBREVIATION_END.search(joined[-1]):
            joined[-1] += " " + piece
        else:
            joined.append(piece)
    return [kept for kept in map(without_page_talk, joined) if kept]



# "We will report here": a release is not the web page, so "here" names the page.
_HERE = {
    "en": (re.compile(r"(?<!\bfrom )(?<!\bclick )\bhere\b(?=\s*(?:[.,;:!?)]|$|(?:by|as|on|when|once|until|before|after|"
                      r"in|with|and|at|every|each|within|from|what)\b))", re.IGNORECASE), "on our website"),
    "fr": (re.compile(r"(?<![dD]['’])(?<![Jj]usqu['’])\bici\b(?=\s*(?:[.,;:!?)]|$|(?:d['’]|dès|le|les|à|au|aux|chaque|"
                      r"dans|avant|après|quand|lorsque|lors|sous|pour|tout|toutes?|tous|une|un|ce que|ce qu['’])\b))"),
           "en ligne"),
}


# « ce matin-là » in the summary is the morning of the day its lead names: « le matin du 17 novembre ».
_FR_THAT_MOMENT = re.compile(r"\b(?:ce (matin|soir)|cette (nuit|après-midi))[-‑]là\b")
_FR_MOMENT_ARTICLE = {"matin": "le", "soir": "le", "nuit": "la", "après-midi": "l'"}
_FR_NAMED_DAY = re.compile(r"\b\d{1,2}(?:er)? (?:janvier|février|mars|avril|mai|juin|juillet|août|septembre|octobre|"
                           r"novembre|décembre)\b")


def _that_day(paragraph: str, lead: str, lang: str) -> str:
    days = _FR_NAMED_DAY.findall(lead) if lang == "fr" else []
    if len(set(days)) != 1:
        return paragraph  # no day, or more than one: « ce matin-là » stays as the authors wrote it

    def dated(match: re.Match[str]) -> str:
        moment = match.group(1) or match.group(2)
        article = _FR_MOMENT_ARTICLE[moment]
        return f"{article}{'' if article.endswith(chr(39)) else ' '}{moment} du {days[0]}"

    return _FR_THAT_MOMENT.sub(dated, paragraph)




# Words that make "here" the page: what will be published, posted, shared there.
_PUBLISHES = re.compile(r"\b(?:publish\w*|post\w*|shar\w+|update\w*|report\w*|keep you informed|inform you|"
                        r"publi\w+|communiqu\w+|partag\w+|informer|tiendrons informés?|mettrons en ligne|"
                        r"veröffentlich\w*|berichte\w*|informier\w*)\b", re.IGNORECASE)


def _here_in_quote(text: str, lang: str) -> str:
    """A quote's "here" named as the page only in a sentence about what is published there."""
    if lang not in _HERE:
        return text
    pattern, words = _HERE[lang]

    def named(found: re.Match[str]) -> str:
        start = max(text.rfind(mark, 0, found.start()) for mark in (". ", "! ", "? ", "\n")) + 1
        ends = [at for at in (text.find(mark, found.end()) for mark in (".", "!", "?", "\n")) if at != -1]
        # ("report here [on our website]": the speaker's word kept, the place in brackets, as every
        # channel gives the same quote, kit 59.)
        return f"{found.group(0)} [{words}]" if _PUBLISHES.search(text[start:min(ends, default=len(text))]) \
            else found.group(0)

    return pattern.sub(named, text)


def _here_named(sentence: str, lang: str) -> str:
    if lang not in _HERE:
        return sentence
    pattern, words = _HERE[lang]
    return pattern.sub(words, sentence)


_EN_SMALL = ("zero one two three four five six seven eight nine").split()


def _figures_first(sentence: str, lang: str) -> str:
    """AP, and French typography alike: a sentence never starts with a figure: "6 incidents" →
    "Six incidents", "11,800 merchants" → "A total of 11,800 merchants"; « 11 ne présentaient… »
    → « Onze ne présentaient… »; a big figure opens a French sentence as written (« 17 850 paquets… »,
    never the calque « Au total, 17 850 paquets… »)."""
    if lang == "fr":
        # (Never a number ending in 1: « un » or « une » depends on the noun.)
        match = re.match(r"(\d{1,2})(?=\s)(?![\s\u00a0\u202f]?(?:\d{3}\b|h\b|%|heures?\b|min))", sentence)
        if match and (int(match.group(1)) % 10 != 1 or int(match.group(1)) in (11, 71, 91)):
            return _fr_number(int(match.group(1))).capitalize() + sentence[match.end():]
        # A big figure stays as written: « Au total, 14 220… » is a calque of "A total of".
        return sentence
    if lang != "en":
        return sentence
    match = re.match(r"(\d[\d,]*)(\s)", sentence)
    if not match or re.match(r"\d{4}\b", sentence):  # a year may start a sentence
        return sentence
    if match.group(1).isdigit() and int(match.group(1)) < 10:
        return _EN_SMALL[int(match.group(1))].capitalize() + sentence[len(match.group(1)):]
    return sentence if re.search(r"\bin total\b", sentence) else "A total of " + sentence


_FR_UNITS = ("zéro un deux trois quatre cinq six sept huit neuf dix onze douze treize quatorze quinze seize dix-sept "
             "dix-huit dix-neuf").split()
_FR_TENS = {2: "vingt", 3: "trente", 4: "quarante", 5: "cinquante", 6: "soixante", 8: "quatre-vingt"}


def _fr_number(n: int) -> str:
    """1 to 99 in French words: « onze », « vingt et un », « soixante-dix-sept », « quatre-vingts »."""
    if n < 20:
        return _FR_UNITS[n]
    tens, unit = divmod(n, 10)
    if tens in (7, 9):  # soixante-dix, quatre-vingt-dix: the teens after sixty or eighty
        tens, unit = tens - 1, unit + 10
    word = _FR_TENS[tens]
    if unit == 0:
        return word + "s" if tens == 8 else word
    joiner = " et " if unit in (1, 11) and tens != 8 else "-"
    return f"{word}{joiner}{_FR_UNITS[unit]}"


# German names a company by its legal form's gender: „die Lahntal Bus GmbH“, „der Turnverein … e.V.“.
_DE_FEMININE = re.compile(r"\b(?:GmbH|gGmbH|AG|SE|KG|KGaA|OHG|UG|eG|GbR|mbH|Stiftung|Genossenschaft|Bank|Sparkasse|"
                          r"Versicherung|Klinik|Hochschule|Universität|Stadt|Gemeinde)\b\.?$")
_DE_MASCULINE = re.compile(r"\b(?:e\.\s?V\.|Verein|Verband|Konzern|Zweckverband)$")


def german_names(org: str) -> dict[str, str]:
    """The organisation's name in the German cases a release needs: „Die Lahntal Bus GmbH
    teilt mit“, „Über die Lahntal Bus GmbH“, „Geschäftsführerin der Lahntal Bus GmbH“; a name
    without a legal form stays bare („Über Calypso Pay“, „… von Calypso Pay“)."""
    if _DE_FEMININE.search(org):
        return {"org_subject": f"Die {org}", "org_accusative": f"die {org}", "org_genitive": f"der {org}"}
    if _DE_MASCULINE.search(org):
        return {"org_subject": f"Der {org}", "org_accusative": f"den {org}", "org_genitive": f"des {org}"}
    return {"org_subject": org, "org_accusative": org, "org_genitive": f"von {org}"}


# AP datelines: a city the world knows stands alone ("PARIS"); another takes its country
# ("LYON, France"), read from the site's time zone where that names one country.
_AP_STANDALONE = frozenset("""amsterdam athens berlin brussels copenhagen dublin frankfurt geneva hamburg helsinki
    lisbon london luxembourg madrid milan monaco montreal moscow munich oslo paris prague rome stockholm toronto
    vienna warsaw zurich casablanca dakar tunis algiers""".split())
# A release from Canada ends on « -30- », in English and in French.
_ZONE_COUNTRY = {"Europe/Paris": "France", "Europe/Brussels": "Belgium", "Europe/Berlin": "Germany",
                 "Europe/Madrid": "Spain", "Europe/Rome": "Italy", "Europe/Zurich": "Switzerland",
                 "Europe/Amsterdam": "Netherlands", "Europe/Lisbon": "Portugal", "Europe/Dublin": "Ireland",
                 "Europe/Luxembourg": "Luxembourg", "Europe/Vienna": "Austria", "Europe/Monaco": "Monaco",
                 "Europe/Jersey": "Jersey", "Europe/Guernsey": "Guernsey", "Europe/Isle_of_Man": "Isle of Man",
                 # (French-speaking Africa and the Maghreb: "IFRANE, Morocco", "THIÈS, Senegal")
                 "Africa/Casablanca": "Morocco", "Africa/Dakar": "Senegal", "Africa/Tunis": "Tunisia",
                 "Africa/Algiers": "Algeria", "Africa/Abidjan": "Ivory Coast", "Africa/Douala": "Cameroon",
                 "Indian/Mauritius": "Mauritius"}
# The United Kingdom's zone names no nation, and AP names it ("LEEDS, England"): the larger
# towns of each; another stands alone rather than under a nation it may not be in.
_UK_NATION = {**dict.fromkeys("""birmingham bradford brighton bristol cambridge coventry derby exeter hull leeds
    leicester liverpool manchester newcastle norwich nottingham oxford plymouth portsmouth reading sheffield
    southampton stoke sunderland york""".split(), "England"),
              **dict.fromkeys("aberdeen dundee edinburgh glasgow inverness perth stirling".split(), "Scotland"),
              **dict.fromkeys("cardiff newport swansea wrexham".split(), "Wales"),
              **dict.fromkeys("belfast derry londonderry".split(), "Northern Ireland")}


def _ap_place(city: str, zone: object) -> str:
    if british_english():
        return city.upper()  # a British dateline names the town as written: "ST HELIER", "LEEDS"
    # AP abbreviates Saint in a place name: "ST. HELIER, Jersey".
    city = re.sub(r"^(St|Ste)\.? ", r"\1. ", city)
    country = _UK_NATION.get(city.casefold()) if str(zone) == "Europe/London" else _ZONE_COUNTRY.get(str(zone))
    if country is None or city.casefold() in _AP_STANDALONE or city.casefold() == country.casefold():
        return city.upper()
    return f"{city.upper()}, {country}"


def subject_name(org: str, lang: str) -> str:
    if lang == "de":
        return german_names(org)["org_subject"]
    if lang != "fr":
        return org
    first = org.split(" ", 1)[0].lower()
    if first in _FR_PLURAL_FIRST:
        # « Cliniques Belledonne présente… » agrees with nothing: « le groupe Cliniques Belledonne ».
        return f"Le groupe {org}"
    if first in _FR_FEMININE_FIRST:
        return ("L'" if first[0] in "aeiouéèêh" else "La ") + org
    if first in _FR_MASCULINE_FIRST:
        return ("L'" if first[0] in "aeiouéèêh" else "Le ") + org
    return org


# Words many organisations' names share: naming one is not naming the organisation.
_GENERIC_NAME_WORDS = frozenset("""co-operative cooperative coopérative society société group groupe company compagnie
    bank banque hospital hôpital university université city ville town museum musée dairy laitière national
    nationale international services service transport transports water eaux energy énergie health santé
    clinic clinique school école college collège club association fondation foundation trust park parc
    airport aéroport pharmacy pharmacie pharmacies insurance assurance assurances mutual mutuelle regional
    régional régionale""".split())


def _headline(statement: Statement, org: str, lang: str) -> str:
    """The statement's `headline` when the authors wrote one, else its title, led by the
    organisation's name when the title does not carry it (in the third person, like the rest)."""
    headline = statement.headline or statement.title
    told = person_french([headline], org) if lang == "fr" else person_english([headline], org) if lang == "en" \
        else None
    headline = told[0] if told else headline
    # ("Ledgerline Ltd" is named by "Ledgerline outage…": its legal form is no part of its name.)
    bare = re.sub(r",?\s+(?:Ltd|Limited|plc|PLC|Inc|LLC|LLP|SA|SAS|SASU|SARL|SRL|BV|NV|GmbH|AG|SE|Oy|AB)\.?$", "", org)
    # ("Chignecto Dairy recalls…" names "Chignecto Dairy Co-operative" by its own word: never
    # "Chignecto Dairy Co-operative: Chignecto Dairy recalls…".)
    own_words = [w for w in re.findall(r"\b[A-ZÀ-Þ][\w’'-]{3,}", bare) if w.casefold() not in _GENERIC_NAME_WORDS]
    if any(name.casefold() in headline.casefold() for name in (org, bare)) or re.search(r"\s?:\s", headline) \
            or any(re.search(rf"\b{re.escape(w)}\b", headline) for w in own_words):
        return headline  # it names the organisation, or a colon already splits it: never two
    if lang == "fr":
        return f"{org} : {_lower_first(headline, org)}"
    return f"{org}: {headline}"


def _apostrophes(text: str, lang: str) -> str:
    """French takes one apostrophe, the typographic ’, throughout (never « d’Eaux d'Ardaine »);
    a web or e-mail address keeps its own characters."""
    if lang != "fr":
        return text
    return re.sub(r"(?<=\w)'(?=\w)(?![^\s<>]*(?:@|://|>))", "’", text)


_CORRECTS_THE_CLAIM = re.compile(r"(?:C['’](?:était|est) (?:faux|inexact)|Ce n['’](?:était|est) pas (?:vrai|exact)|"
                                 r"(?:That|This|It) (?:was|is) (?:false|wrong|untrue|not true|incorrect))\b")


def _third_person_heading(heading: str, org: str, lang: str, audience: str) -> str:
    """The authors' heading in the release's voice: "What we did" → "What Eaux d'Ardaine did",
    "What this means for you" → "What this means for people"; kept when it cannot be told."""
    if lang not in ("en", "fr"):
        return heading  # no grammar of the third person for this language
    readers = re.sub(r"\b(for|to) you\b", rf"\1 {audience}", heading) if lang == "en" else \
        re.sub(r"\b(pour|à) vous\b", rf"\1 les {audience}", heading)
    told = person_french([readers], subject_name(org, lang)) if lang == "fr" else person_english([readers], org)
    return told[0] if told else heading


_DETERMINERS = frozenset("le la les l un une des du de au aux ce cet cette ces notre nos votre vos son sa ses leur leurs "
                         "the a an this that these those our your his her its their "
                         # ("On Sunday, Dec. 13, …" after "said that": a preposition before a day or a
                         # place is no first name.)
                         "on in at since from by during after before until between depuis dès avant après pendant "
                         "entre jusqu".split())


def _lower_first(text: str, names: str = "") -> str:
    """A sentence continued after « que » or a colon: its first word loses its capital
    (« qu'à partir », « que le… », even a one-letter « À »), unless it is a proper noun: an
    acronym, a word with capitals inside, a word of `names` (the organisation's), or a word the
    text capitalises again away from a sentence's start (« Nordelle… les clients Nordelle »)."""
    word = re.match(r"[^\W\d_]+", text)
    if word is None or not word.group(0)[:1].isupper():
        return text
    first = word.group(0)
    if len(first) > 1 and first[1:] != first[1:].lower():
        return text  # an acronym (« ARS »), a name with capitals inside (« McKinsey »)
    if PROPER_ADJECTIVE.match(first) or first == "I":
        return text  # (English capitals of months, days and peoples: "October", "Irish")
    if re.search(rf"(?<![\w'’-]){re.escape(first)}(?![\w'’-])", names):
        return text
    if first.lower() not in _DETERMINERS and re.match(r"(?:-[A-ZÀ-Þ]|\s+[A-ZÀ-Þ][a-zà-ÿ'’-]+)", text[len(first):]):
        return text  # a person's name: « Marie-Claude Tremblay », « Greg Hollister »
    if re.search(rf"(?<![.!?:]\s)(?<=\s){re.escape(first)}(?![\w'’-])", text[len(first):]):
        return text  # capitalised again within a sentence: a name
    return text[:1].lower() + text[1:]


class _Attribution:
    """Who says a quoted paragraph, varied so a release does not repeat one formula."""

    # ("The company added:", never "It added:" after a sentence whose subject is an auditor.)
    FORMS = {"en": ["{org} said in a statement:", "{Noun} said:", "{Noun} added:"],
             "fr": ["{org} indique :", "{org} précise :", "{org} ajoute :"],
             "de": ["{org} erklärt:", "{org} teilt mit:", "{org} ergänzt:"]}

    def __init__(self, org: str, lang: str, named_only: bool = False):
        # ("The bank said:" where the release says "the bank"; a public body is named.)
        noun = _common_noun(org) if lang == "en" and not named_only else None
        named = (noun[:1].upper() + noun[1:]) if noun else org
        self.forms = [form.format(org=org, Noun=named) for form in self.FORMS.get(lang, self.FORMS["en"])]
        self.count = 0

    def next(self) -> str:
        form = self.forms[min(self.count, len(self.forms) - 1)] if self.count < 2 else self.forms[1 + self.count % 2]
        self.count += 1
        return form


def _owner_unnamed(text: str, org: str, lang: str) -> bool:
    """Whether a possessive comes before the organisation is named (« Trois minutes après
    l'ouverture de la vente de Halcyon Drive, sa file d'attente… »): the lead then opens with who
    says it, so « sa » is the organisation's, never the band's."""
    owner = re.search(r"\b(?:son|sa|ses)\b" if lang == "fr" else r"\bits\b", text, re.IGNORECASE)
    name = re.search(rf"(?<![\w+]){re.escape(org)}(?![\w+])", text, re.IGNORECASE)
    return owner is not None and (name is None or owner.start() < name.start())


def _names(text: str, org: str) -> bool:
    """Whether `text` names the organisation itself, not a product named after it ("Officinea+")."""
    return re.search(rf"(?<![\w+]){re.escape(org)}(?![\w+])", text, re.IGNORECASE) is not None


_CORRECTED_WORD = re.compile(r"\b(?:correct\w*|rectifi\w*|corrig\w*)\b", re.IGNORECASE)


def _told_by_an_update_then(correction: Correction, statement: Statement) -> bool:
    """Whether an update posted when the correction was made says it too: it corrects, in its own
    words, with every figure the correction gives."""
    from generator.rendering.corrections import VALUE

    values = set(VALUE.findall(correction.text))
    return bool(values) and any(
        update.at == correction.at and _CORRECTED_WORD.search(update.text) and values <= set(VALUE.findall(update.text))
        for update in statement.updates)


def _named_once(sentence: str, org: str, lang: str) -> str:
    """The organisation named once in a sentence of the release's own voice: "Évolys Salons'
    first thoughts are with the people hurt, and it apologised…", "…shared with it" (English;
    French pronouns carry a gender the name does not give)."""
    if lang != "en":
        return sentence
    name = re.escape(org)
    # (Never a name in quotation marks, a fake "Partéo" e-mail: "it does not come from it".)
    quoted = [m.span() for m in re.finditer(r"“[^”]*”|\"[^\"]*\"", sentence)]
    first = next((m for m in re.finditer(rf"(?<![\w&]){name}(?![\w&])", sentence)
                  if not any(a <= m.start() < b for a, b in quoted)), None)
    if not first:
        return sentence
    head, tail = sentence[:first.end()], sentence[first.end():]
    # ("An independent firm, Northbank Cyber, started a review of all Rideau's servers; it will report
    # to Rideau's board": another party named before it, or a pronoun for someone else after it, and
    # "its board" would be theirs; the name stays.)
    ours = set(org.split())
    others = [word for word in re.findall(r"(?<=[\s(,])([A-Z][\w’'-]+)", sentence[:first.start()])
              if word not in ours and not re.fullmatch(r"(?:Jan|Feb|Aug|Sept|Oct|Nov|Dec)\.?|March|April|May|June|July|"
                                                        r"Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday", word)]
    if others or re.match(r"\s*(?:It|They|He|She)\b", sentence) or re.search(r"[;,:]\s+(?:and\s+)?(?:it|they|he|she)\b", tail):
        return sentence
    # ("…an e-mail that imitated Brivela's own login page": "its own" would be the e-mail's.)
    tail = re.sub(rf"(?<![\w&]){name}(?:['’]s|['’](?=\s))(?! own\b)", "its", tail)
    tail = re.sub(rf"\b(and|with|to|by|from) {name}(?![\w&'’])", r"\1 it", tail)
    return head + tail


def _without_lead_opening(part: str, lead: str, lang: str) -> str:
    """The account of what happened without the moment the lead has just given (« Le samedi 28
    novembre à 14 h 12, un incendie… » twice in three paragraphs): "A fire broke out on a stand…"."""
    def opening(text: str) -> re.Match[str] | None:
        # (A clock's colon is part of it: "at 14:12 CET, ".)
        return re.match(r"(?:[^,;:.]|(?<=\d)[:.](?=\d)){8,70}?\d(?:[^,;:.]|(?<=\d)[:.](?=\d)){0,40}, ", text)

    def moment(found: re.Match[str]) -> tuple[str, ...]:
        # The same day and time, whatever else the phrase holds ("at 14:12 CET" and "at 14:12").
        return tuple(w.casefold() for w in re.findall(r"\d+|[^\W\d_]{3,}", found.group(0))
                     if w.isdigit() or w.casefold() in MONTHS)

    said, told = opening(lead), opening(part)
    if said is None or told is None or part.startswith("- ") or moment(said) != moment(told):
        return part
    rest = part[told.end():]
    return rest[:1].upper() + rest[1:] if rest else part


def _said_at_end(org: str, text: str, lang: str) -> str:
    """`A fire … injured seven people, Évolys Salons said.`; French and German keep the fact."""
    if lang != "en" or not text.endswith(".") or text.endswith(("a.m.", "p.m.")):
        return text
    return f"{text[:-1]}, {_with_article(org)} said."


def _with_article(org: str) -> str:
    """"the Town of Varennes-la-Forêt", "the University of Leeds": a name that opens on what the
    body is takes "the" in a sentence, as AP writes it."""
    return f"the {org}" if re.match(r"(?:Town|City|County|Borough|Village|Municipality|University|Port|Bank|"
                                    r"Museum|Province|State|Government|Ministry|Department) of ", org) else org


def _said_that(org: str, sentence: str, lang: str) -> str:
    """`Calypso Pay said that …` / « Calypso Pay indique que … » before a lead that does not
    name the organisation."""
    from generator.rendering.channels.voices import after_colon

    label = re.match(r"((?:rectificatif|correction|berichtigung)\b[^:]{0,80}?[\s\u00a0]?:\s+)(?=\S)", sentence,
                     re.IGNORECASE)
    if label:
        # « Rectificatif du 13 mars à 21 h 05 : X indique que le nombre… », never « X indique que
        # rectificatif du 13 mars… »: the label heads the paragraph, the attribution its account.
        rest = sentence[label.end():]
        return label.group(1) + _said_that(org, rest[:1].upper() + rest[1:], lang)
    if lang == "fr" and _ORDER_FIRST["fr"].match(sentence):
        # « N'utilisez plus les gourdes… » is an order to readers: « Rivelune demande de ne plus
        # utiliser les gourdes… », never « indique que n'utilisez plus », which no grammar holds.
        asked = _asked_fr(sentence)
        if asked:
            return f"{subject_name(org, lang)} demande {asked}"
    if _ORDER_FIRST.get(lang, _ORDER_FIRST["en"]).match(sentence):
        # (Else the order quoted as given.)
        marks = PRESS_CONVENTIONS.get(lang, PRESS_CONVENTIONS["en"])
        said = "indique" if lang == "fr" else "said"
        colon = "\u00a0:" if lang == "fr" else ":"
        return f"{subject_name(org, lang)} {said}{colon} {marks['open_quote']}{sentence.strip()}{marks['close_quote']}"
    if lang == "fr":
        rest = _lower_first(sentence, org)
        joined = "qu'" if rest[:1].lower() in "aeiouyàâéèêîôû" else "que "
        return f"{subject_name(org, lang)} indique {joined}{rest}"
    first_word = sentence.split(" ", 1)[0]
    # An acronym keeps its capitals ("CDN"); the article "A" is a word like any other; so does a
    # name ("Bytown station reopened…", Bytown written with its capital again further on).
    acronym = first_word.isupper() and first_word not in ("A", "A,")
    rest = sentence if acronym or first_word[1:] != first_word[1:].lower() else _lower_first(sentence, org)
    # "said since 9 a.m. some payments fail" reads as "said since": `that` ties the clause.
    opener = rest.split(" ", 1)[0].lower().strip(",")
    # ("said 2,870 customers were charged" too: a figure first reads as what was said)
    joined = "that " if opener in _EN_ADVERBIAL_OPENERS or opener[:1].isdigit() else ""
    return f"{org} said {joined}{rest}"


# A sentence that opens on an order to the reader ("Stop using…", « N'utilisez plus… »).
_ORDER_FIRST = {"en": re.compile(r"^\W*(?:do not|don't|never|stop|please|check|call|return|boil|keep|throw|bring)\b",
                                 re.IGNORECASE),
                "fr": re.compile(r"^\W*(?:ne (?:\w+ )?|n['’])?\w+ez\b|^\W*merci de\b", re.IGNORECASE),
                "de": re.compile(r"^\W*\w+en Sie\b")}


def _asked_fr(sentence: str) -> str | None:
    """« N'utilisez plus les gourdes… » → « de ne plus utiliser les gourdes… »; « Rapportez-les en
    magasin » → None (a pronoun joined to the verb is left as it was said)."""
    found = re.match(r"^\W*(?:merci (?P<merci>de|d['’])\s*(?P<rest0>.+)|(?P<neg>ne\s+|n['’])?(?P<verb>\w+(?:ez|tes))\s+"
                     r"(?:(?P<adv>plus|pas|jamais)\s+)?(?P<rest>.+))$", sentence.strip(), re.IGNORECASE)
    if not found:
        return None
    if found.group("merci"):
        rest = found.group("rest0")
        return ("d'" if rest[:1].lower() in "aeiouyéèêh" else "de ") + rest
    verb = found.group("verb").lower()
    if (found.group("neg") is None) != (found.group("adv") is None):
        return None  # « Ne les utilisez pas », « Vérifiez pas » : a form this does not know
    infinitive = fr_infinitive(verb)
    if infinitive is None:
        return None
    if found.group("neg"):
        return f"de ne {found.group('adv').lower()} {infinitive} {found.group('rest')}"
    return ("d'" if infinitive[:1] in "aeiouyéèêh" else "de ") + f"{infinitive} {found.group('rest')}"


_EN_ADVERBIAL_OPENERS = frozenset("since from at on in after before until during over for by this today yesterday "
                                  "earlier overnight between around about last when while as within throughout "
                                  "shortly late early".split())


def _quoted(text: str, lang: str) -> str:
    marks = PRESS_CONVENTIONS.get(lang, PRESS_CONVENTIONS["en"])
    return f"{marks['open_quote']}{text}{marks['close_quote']}"


_BARE_URL = re.compile(r"\bhttps?://[^\s<>()\[\]]+[^\s<>()\[\].,;:!?»”'\"]")


def md_escape_text(text: str) -> str:
    """Statement words placed in the release's Markdown: markup characters stay text, and a
    web address stays a link (an autolink, so the printable page can be clicked)."""
    escaped = text.replace("\\", "\\\\").replace("*", "\\*").replace("_", "\\_").replace("`", "\\`") \
        .replace("<", "&lt;")
    # (A bracket opens a link only before "(", "[" or ":": an editor's "[on our website]" stays as written.)
    escaped = re.sub(r"\[(?=[^\]\n]*\][(\[:])", r"\\[", escaped)
    return _BARE_URL.sub(lambda m: "<" + m.group(0).replace("\\_", "_").replace("\\*", "*") + ">", escaped)


# The statement's tables become lists in a release.
_TABLE_WORD = {"en": re.compile(r"\bthe table\b"), "fr": re.compile(r"\ble tableau\b"),
               "de": re.compile(r"\bdie Tabelle\b")}
_TABLE_LIST = {"en": "the list", "fr": "le récapitulatif", "de": "die Übersicht"}

_EN_MONTHS = ("January February March April May June July August September October November December").split()


def press_times(text: str, lang: str, zone: ZoneInfo, moment: datetime) -> str:
    """Times and dates in the release's one style: AP in English (`2:07 p.m.`, `Nov. 21`),
    French press style in French (`14 h 07`); relative days (`today`, « aujourd'hui ») become
    the day they meant; an instruction's "today" is left out ("please check it"). Words the
    text quotes (« -20 % ce soir avec le code TEMPETE20 », a post, a slogan) stay as written:
    they were said then, and a quotation is never rewritten."""
    quoted: list[str] = []

    def set_aside(match: re.Match[str]) -> str:
        quoted.append(match.group(0))
        return chr(0xE000 + len(quoted) - 1)  # (a private-use character: no pattern below reads it)

    text = re.sub(r"«[^«»]*»|“[^“”]*”|\"[^\"\n]*\"", set_aside, text)
    text = _press_times(text, lang, zone, moment)
    return re.sub("[\ue000-\uf8ff]", lambda m: quoted[ord(m.group(0)) - 0xE000], text)


def _press_times(text: str, lang: str, zone: ZoneInfo, moment: datetime) -> str:
    local = moment.astimezone(zone)
    # "tomorrow, Monday 30 November" already names its day; "please check it today" is undated.
    text = already_named(text, lang)
    text = undated_instruction(text, lang)

    def clock(match: re.Match[str]) -> str:
        return clock_at(int(match.group(1)), int(match.group(2)))

    def twelve_hour(match: re.Match[str]) -> str:
        # "10:14 pm", "8 a.m.": the authors' own 12-hour clock, made AP (never "10:14 a.m. pm").
        hour, minute = int(match.group(1)) % 12, int(match.group(2) or 0)
        hour += 12 if match.group(3).lower().startswith("p") else 0
        return clock_at(hour, minute)

    def clock_at(hour: int, minute: int) -> str:
        return press_clock(local.replace(hour=hour, minute=minute), lang)

    # (British writers put a point between the hour and the minutes: "4.10am", "12.30pm".)
    text = re.sub(r"(?<![\d:.])(1[0-2]|0?[1-9])(?:[:.]([0-5]\d))?\s?([ap])\.?m\.?(?![a-z])", twelve_hour, text,
                  flags=re.IGNORECASE)
    text = re.sub(r"(?<![\d:])([01]?\d|2[0-3]):([0-5]\d)(?!\d|:\d)(?! ?[ap]\.m\.)", clock, text)
    text = text.replace("a.m..", "a.m.").replace("p.m..", "p.m.")
    if lang == "en":
        # AP's date forms ("Nov. 18 and 25", "Dec. 15, 2026,"); British ones keep "4 December" as
        # written, and the relative days below are dated by ap_date in either style.
        american = not british_english()
        if american:
            months = "|".join(_EN_MONTHS)
            # "Tuesday 1 and Wednesday 2 December": each day its month ("Tuesday, Dec. 1, and
            # Wednesday, Dec. 2"), never "Tuesday 1 and Wednesday, Dec. 2".
            days = "Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday"
            text = re.sub(rf"\b({days}) (\d{{1,2}})(\s*(?:and|or|to|-|–|until)\s*)({days}) (\d{{1,2}}) ({months})\b",
                          r"\1 \2 \6\3\4 \5 \6", text)
            # "18 and 25 November" → "Nov. 18 and 25": the month leads a range too.
            text = re.sub(rf"\b(\d{{1,2}})(\s*(?:and|or|to|-|–|until)\s*)(\d{{1,2}}) ({months})\b",
                          lambda m: f"{ap_month(date(2000, _EN_MONTHS.index(m.group(4)) + 1, 1))} {int(m.group(1))}"
                          f"{m.group(2)}{int(m.group(3))}", text)
            text = re.sub(rf"\b(\d{{1,2}}) ({months})\b", lambda m: f"{ap_month(date(2000, _EN_MONTHS.index(m.group(2)) + 1, 1))} "
                          f"{int(m.group(1))}", text)
            # AP: "Dec. 15, 2026", and a comma after the year when the sentence goes on.
            text = re.sub(r"\b((?:Jan|Feb|Aug|Sept|Oct|Nov|Dec)\.|March|April|May|June|July) (\d{1,2}(?:\s*(?:and|or|to|-|–|"
                          r"until)\s*\d{1,2})?) (\d{4})\b( (?=\w))?",
                          lambda m: f"{m.group(1)} {m.group(2)}, {m.group(3)}" + (", " if m.group(4) else ""), text)
            # AP: "Saturday, Nov. 28, at 2:12 p.m.": commas around the date after a weekday.
            text = re.sub(r"\b(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday),? ((?:Jan|Feb|Aug|Sept|Oct|Nov|"
                          r"Dec)\.|March|April|May|June|July) (\d{1,2})\b(?!\d)(,)?(?=(\s+[a-z0-9]))?",
                          lambda m: f"{m.group(1)}, {m.group(2)} {m.group(3)}" + ("," if m.group(4) or m.group(5) else ""),
                          text)
        day = ap_date(local.date(), with_year=False)
        text = re.sub(r"\b(from|since|until|by|before|after|of|than|for) today\b", rf"\1 {day}", text,
                      flags=re.IGNORECASE)
        for word, shift in (("yesterday", -1), ("tomorrow", 1)):
            other = ap_date(local.date() + timedelta(days=shift), with_year=False)
            # "by tomorrow evening" → "by the evening of Nov. 15" (never "by Nov. 15 evening")
            text = re.sub(rf"\b(from|since|until|by|before|after|of|than) {word} (morning|evening|night)\b",
                          rf"\1 the \2 of {other}", text, flags=re.IGNORECASE)
            text = re.sub(rf"\b{word} (morning|evening|night)\b", rf"on the \1 of {other}", text)
            text = re.sub(rf"\b(from|since|until|by|before|after|of|than|for) {word}\b", rf"\1 {other}", text,
                          flags=re.IGNORECASE)  # ("scheduled for Dec. 9", never "for on Dec. 9")
            text = re.sub(rf"\b{word}\b(?! (?:morning|evening|night))", f"on {other}", text)
        # "today's online exams" → "the Nov. 24 online exams" (never "on Nov. 24's"); "this
        # afternoon's appointments" → "the appointments on the afternoon of Dec. 9" (never "the Dec. 9
        # appointments": the morning's were postponed).
        text = re.sub(r"\b([Tt])his (morning|afternoon|evening)['’]s ((?:[\w-]+ ){0,2}?[\w-]+s)\b(?= (?:will|are|is|have|has|were|was|go)\b)",
                      lambda m: f"{m.group(1)}he {m.group(3)} on the {m.group(2)} of {day}", text)
        text = re.sub(r"\b([Tt])(?:oday|onight)['’]s\b|\b([Tt])his (?:morning|afternoon|evening)['’]s\b",
                      lambda m: ("The " if (m.group(1) or m.group(2)) == "T" else "the ") + day, text)
        text = re.sub(r"\b(?:earlier )?today\b", f"on {day}", text)
        # "before 7:10 a.m. this morning" → "before 7:10 a.m. on March 11" (never "7:10 a.m. on the
        # morning of March 11", which says the half of the day twice).
        text = re.sub(r"\b(\d{1,2}(?::\d\d)?\s?[ap]\.m\.),? (?:this (?:morning|afternoon|evening)|tonight)\b(?!['’])",
                      rf"\1 on {day}", text)
        text = re.sub(r"\bthis morning\b", f"on the morning of {day}", text)
        text = re.sub(r"\btonight\b|\bthis evening\b", f"on the evening of {day}", text)
        text = re.sub(r"\bthis afternoon\b", f"on the afternoon of {day}", text)
        # (And where a sentence opens on it: "Today we emailed…" → "On Dec. 3 we emailed…".)
        text = re.sub(r"\b(?:Earlier today|Today)\b(?!['’])", f"On {day}", text)
        text = re.sub(r"\bThis morning\b(?!['’])", f"On the morning of {day}", text)
        text = re.sub(r"\b(?:Tonight|This evening)\b(?!['’])", f"On the evening of {day}", text)
        text = re.sub(r"\bThis afternoon\b(?!['’])", f"On the afternoon of {day}", text)
        # "At 2 a.m. last night" is early on the day it was written ("at 2 a.m. on Dec. 1"); "last
        # night" alone, the night that began the day before.
        text = re.sub(r"(^|[.!?]\s+)(At \d{1,2}(?::\d\d)? a\.m\.) last night,? (?=\w)", rf"\1\2 on {day}, ", text)
        text = re.sub(r"\b((?:at|since|from) \d{1,2}(?::\d\d)? a\.m\.) last night\b", rf"\1 on {day}", text, flags=re.IGNORECASE)
        eve = ap_date(local.date() - timedelta(days=1), with_year=False)
        text = re.sub(r"\blast night\b(?!['’]s)", f"on the night of {eve}", text)
        text = re.sub(r"(^|[.!?]\s+)Last night\b", lambda m: f"{m.group(1)}On the night of {eve}", text)
        # "from this evening" → "from the evening of Nov. 26": no "on" after from/since/until/by.
        text = re.sub(r"\b(from|since|until|till|by|before|after) on (?=the |[A-Z][a-z]+\.? \d|\d)", r"\1 ", text,
                      flags=re.IGNORECASE)
        text = ap_spelling(text) if american else _NUMBERED_PLACE[0].sub(_NUMBERED_PLACE[1], text)
    elif lang == "fr":
        day = long_date(local.date(), lang, with_year=False)
        # « 11 h 20 CET »: a French release gives Paris time without the English abbreviation
        # (the dateline names the place; a zone other than the site's stays).
        if local.tzname() in ("CET", "CEST"):
            text = re.sub(r"(\d{1,2}[\s\u00a0\u202f]h(?:[\s\u00a0\u202f]\d{2})?)[\s\u00a0\u202f](?:CET|CEST)\b", r"\1", text)
        # (« sont aujourd'hui rentrées chez elles » is "by now": « sont désormais rentrées ».)
        text = re.sub(r"\b(sont|est|ont|a|avons|sommes|êtes|avez) aujourd['’]hui(?= [\w-]+(?:é|ée|és|ées|i|ie|is|ies|u|ue|us|"
                      r"ues|t|te|ts|tes)\b)", r"\1 désormais", text)
        text = re.sub(r"\b([Dd])['’]aujourd['’]hui\b", rf"\1u {day}", text)  # « d'aujourd'hui » → « du 8 novembre »
        text = re.sub(r"\baujourd['’]hui\b", f"le {day}", text)
        for word, shift in (("hier", -1), ("demain", 1)):
            other = long_date(local.date() + timedelta(days=shift), lang, with_year=False)
            # « d'ici demain soir » → « d'ici le 15 novembre au soir », « d'hier soir » → « du 14 … »
            text = re.sub(rf"\b([Dd])['’]{word} (matin|soir)\b", rf"\1u {other} au \2", text)
            text = re.sub(rf"\b{word} (matin|soir)\b", rf"le {other} au \1", text)
            text = re.sub(rf"\bdepuis {word}\b", f"depuis le {other}", text)
            text = re.sub(rf"\b(?:d')?ici {word}\b", f"d'ici le {other}", text)
            text = re.sub(rf"\b{word}\b(?! (?:matin|soir))", f"le {other}", text)
        # « avant 7 h 10 ce matin » → « avant 7 h 10 le 11 mars » (never « le 11 mars au matin »
        # after a time that says it).
        text = re.sub(r"\b(\d{1,2}[\s\u00a0\u202f]?h(?:[\s\u00a0\u202f]?\d{2})?),? (?:ce (?:matin|soir)|cet après-midi)\b(?![-‑]là)",
                      rf"\1 le {day}", text)
        # « ce matin-là » is the morning the text already named, not the morning it was written.
        text = re.sub(r"\bce matin\b(?![-‑]là)", f"le {day} au matin", text)
        text = re.sub(r"\bce soir\b(?![-‑]là)", f"le {day} au soir", text)
        text = re.sub(r"\bcet après-midi\b(?![-‑]là)", f"le {day} après-midi", text)
        text = since_last_night(text, local, lambda one: long_date(one, lang, with_year=False))
        # « cette nuit » written in the morning is the night just gone, unless told as what we will
        # do (« deux traversées supplémentaires cette nuit »); in the evening, the one to come.
        night = french_night(local)
        text = re.sub(r"\bcette nuit\b(?![-‑]là)",
                      lambda m: french_night(local, ahead=night_ahead(m.string, m.start(), local)), text)
        text = re.sub(r"\b(dès|depuis|jusqu['’]à|avant|après) dans la nuit du\b", r"\1 la nuit du", text)  # (never « dès dans la nuit »)
        # (A sentence may open with it: « Cette nuit à 2 h 00, … », « Ce matin, … ».)
        text = re.sub(r"(^|[.!?]\s+)Cette nuit\b(?![-‑]là)", lambda m: m.group(1) + night[:1].upper() + night[1:], text)
        text = re.sub(r"(^|[.!?]\s+)Ce (matin|soir)\b(?![-‑]là)", lambda m: f"{m.group(1)}Le {day} au {m.group(2)}", text)
        text = re.sub(r"(^|[.!?]\s+)Aujourd['’]hui\b", lambda m: f"{m.group(1)}Le {day}", text)
    # "le 18 novembre, 18 novembre" (a relative day the authors had already dated): once.
    text = re.sub(r"\b((?:le |on )?(\d{1,2}(?:er)? \w+|\w+\. \d{1,2})), \2\b", r"\1", text)
    if lang == "fr":  # « de le 21 novembre » → « du 21 novembre »
        text = re.sub(r"\bde le (?=\d)", "du ", text)
        # (« la mise à jour de cette nuit » → « de la nuit du 11 au 12 novembre », never « de dans la nuit »)
        text = re.sub(r"\b(de|depuis) dans la nuit\b", lambda m: f"{m.group(1)} la nuit", text)
        text = re.sub(r"\bà le (?=\d)", "au ", text)
        # One time style in the release: « 14 h », as the release writes its own times, never
        # « 14 h 00 » beside « 15 h ».
        text = re.sub(r"\b(\d{1,2})([ \u00a0\u202f]?)h[ \u00a0\u202f]?00\b", r"\1\2h", text)
    return text


# AP writes American English: the verbs and nouns a British statement spells otherwise (never
# in a name: "World Health Organisation", "Harbour Centre" keep theirs, so neither is here).
_AP_WORDS = {"apologis": "apologiz", "recognis": "recogniz", "realis": "realiz", "prioritis": "prioritiz",
             "minimis": "minimiz", "authoris": "authoriz", "emphasis": "emphasiz", "criticis": "criticiz",
             "organis": "organiz", "finalis": "finaliz", "analys": "analyz", "behaviour": "behavior",
             "neighbour": "neighbor", "colour": "color", "favour": "favor", "cancelled": "canceled",
             "cancelling": "canceling", "travelled": "traveled", "travelling": "traveling", "labelled": "labeled",
             "modelled": "modeled", "fulfil": "fulfill", "enrol": "enroll", "burnt": "burned"}
_AP_SPELLING = re.compile(r"\b(?:(apologis|recognis|realis|prioritis|minimis|authoris|criticis|finalis)"
                          r"(?=e|ed|es|ing|ation)|(organis)(?=e|ed|es|ing)|(emphasis)(?=e|ed|es|ing)|(analys)(?=e|ed|es|ing)(?!es\b)|"
                          r"(behaviour|neighbour|colour|favour)(?=s?\b|ing|ed)|(cancelled|cancelling|travelled|travelling|"
                          r"labelled|modelled|burnt)\b|(fulfil|enrol)(?=s?\b|ment))", re.IGNORECASE)
# A place numbered takes a capital: "Hall 4", "Halls 3, 4 and 5", "Gate 12" (AP and British alike).
_NUMBERED_PLACE = (re.compile(r"\b(?:hall|gate|terminal|platform|pier|room|building)s? (?=\d)"),
                   lambda m: m.group(0)[:1].upper() + m.group(0)[1:])
# AP: numbers under 10 in words ("seven days a week"), a hospital with its article, "email", "ad".
_AP_PHRASES = ((re.compile(r"\b([Ee])-mail"), r"\1mail"),
               (re.compile(r"\b([Aa])dvert(s?)\b"), r"\1d\2"),
               (re.compile(r"\b7 days a week\b"), "seven days a week"),
               (re.compile(r"\b24 hours a day, 7 days\b"), "24 hours a day, seven days"),
               (re.compile(r"\b(taken|went|gone|admitted|rushed) to hospital\b"), r"\1 to a hospital"),
               (re.compile(r"\b(is|are|was|were|remains?|stays?|still) in hospital\b"), r"\1 in the hospital"),
               _NUMBERED_PLACE)


def ap_spelling(text: str) -> str:
    """British spellings in American form, as AP writes them ("apologised" → "apologized"); for a
    Canadian site as the Canadian Press does: "-ize", but "colour", "travelled", "in hospital"."""
    from generator.rendering.documents.formatting import canadian_english

    canadian = canadian_english()

    def american(match: re.Match[str]) -> str:
        word = match.group(0)
        new = _AP_WORDS[word.lower()]
        if canadian and not new.endswith(("iz", "yz")):
            return word
        return new[:1].upper() + new[1:] if word[:1].isupper() else new
    for pattern, words in _AP_PHRASES:
        if canadian and "hospital" in pattern.pattern:
            continue
        text = pattern.sub(words, text)
    return _AP_SPELLING.sub(american, text)


def press_clock(moment: datetime, lang: str) -> str:
    """A time in the release's style: AP `2:07 p.m.`, French `14 h 07`, else 24 hours `14:07`."""
    if lang == "en":
        return ap_time(moment)
    return french_time(moment) if lang == "fr" else f"{moment.hour:02d}:{moment.minute:02d}"


def _issued(statement: Statement, settings: Settings, now: datetime) -> datetime:
    """When the release is issued: the statement's latest change, or later when its own sections
    report something done on a later day (a summary edited on 10 November to say "refunded on
    10 November" is never released dated the 9th)."""
    issued = statement.modified.astimezone(settings.timezone)
    sections = [section.text for section in statement.sections if section.key != "updates"]
    told = latest_day_told(sections, issued, now, settings.timezone, statement.lang)
    if told is not None and told > issued.date():
        return datetime.combine(told, time(12, 0), settings.timezone)
    return issued


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


# An attribution the authors wrote inside the quote ("…," said Claire Martin, CEO): the
# release attributes the quote once, itself.
_ATTRIBUTION = re.compile(
    # (A dash that opens an attribution stands apart: "l'Île-aux-Moines." ends with a name, not a signature.)
    r"[,.]?[\"”»“]?\s*(?:(?:(?<=\s)|(?<=^)|(?<=[.\"”»“]))[-—–]\s*[A-ZÀ-Þ][\w’' .-]+(?:,[^\"”»“]*)?|(?:said|says|added|explains|explained|"
    r"declared|déclare|a déclaré|explique|ajoute|indique|souligne|précise|sagt|erklärt|betont|ergänzt|"
    r"fügt hinzu)\s+[A-ZÀ-Þ][^\"“”«»„]*|"
    # « … » Helen Marchetti, directrice générale.: a name and a role straight after the closing mark
    r"(?<=[\"”»“])\s*[A-ZÀ-Þ][\w’'-]+(?:\s+(?:[A-ZÀ-Þ][\w’'-]+|de|van|von|le|la|du|el|al|di|da)){1,4}\s*,[^\"“”«»„]*)\s*$")


def quote_words(statement: Statement) -> str:
    """The leader's words alone: no quotation marks, no attribution (each output adds its own)."""
    return _quote_text(statement)


def _quote_text(statement: Statement) -> str:
    # (A quote written as a Markdown blockquote, "> "…"", is the same words: its marks go first.)
    text = re.sub(r"^[ \t]*>[ \t]?", "", strip_comments(statement.text_of("quote")), flags=re.MULTILINE)
    text = unquote(text.strip())
    stripped = _ATTRIBUTION.sub("", text).strip()
    text = unquote(stripped) if stripped and stripped != text else text
    # An attribution taken off leaves the quote's own marks at one end only: the release puts
    # its own around the words, so none of the author's may stay (never “"…).
    text = text.strip().lstrip("\"“«„\u00a0 ").rstrip("\"”»“\u00a0 ,")
    if stripped != text.strip() and text and text[-1] not in ".!?…" and re.search(r"[.!?…][\"”»“\u00a0 ]*[-—–]",
                                                                                 statement.text_of("quote")):
        # ("…what the investigators find." — Capt. Yann Morvan: the signature took the full stop with it.)
        text += "."
    return text


def _quote_paragraph(statement: Statement, org: str, words: dict[str, str], zone: str = "") -> str:
    """The quote in its own paragraph, attributed by name and role (`zone`: the site's, for the
    French of Switzerland and Québec, « la Dre »)."""
    person = statement.spokesperson
    assert person is not None  # checked by _require_values
    # The speaker's words as the page and every channel give them: a quote is never reworded,
    # not even to AP spelling ("I apologise", "advert" stay); "here", which means the page, is
    # kept and named in brackets for a reader away from it ("we will publish here [on our website]
    # what…"), as the copies give the same quote.
    # ("I apologise again here", « je les renouvelle ici »: "here" is the statement, and a quote
    # keeps its words; only "we will publish here…", the page, is named.)
    quote = _here_in_quote(_quote_text(statement), statement.lang)
    if statement.lang == "en":
        # AP: the quote's full stop becomes a comma inside the quotation marks.
        quote = f"“{quote[:-1]},”" if quote.endswith(".") else (
            f"“{quote}”" if quote[-1] in "?!" else f"“{quote},”"
        )
    else:
        # « … », déclare …; „…“, sagt …: the closing full stop gives way to the comma after the mark.
        quote = _quoted(quote.removesuffix("."), statement.lang)
    name = person.name
    if statement.lang == "fr" and re.match(r"(?:Dre|Pre)\.?\s", name):
        name = f"la {name}"  # « déclare la Dre Isabelle Gagnon », as the statement writes her title
    elif statement.lang == "fr" and re.match(r"(?:Dr|Pr|Me|Mgr)\.?\s", name):
        # « déclare le Dr Anne Ravier »: a title takes its article in French; a woman's role
        # (« directrice générale », « présidente ») says « la Dre », « la Pre ».
        feminine = re.match(r"(?:\w+(?:trice|esse|ière|ienne|ante|ente|euse)|présidente|directrice|doyenne|cheffe)\b",
                            person.role.strip(), re.IGNORECASE) is not None and (
            zone == "Europe/Zurich" or zone in CANADIAN_ZONES)
        if feminine and re.match(r"(?:Dr|Pr)\.?\s", name):
            name = re.sub(r"^(Dr|Pr)\.?", r"\1e", name)
        name = f"{'la' if feminine and not name.startswith(('Me', 'Mgr')) else 'le'} {name}"
    return words["quote"].format(quote=quote, name=md_escape(name), role=md_escape(_role(
        person.role, org, statement.lang, words["role"])))


def _role(role: str, org: str, lang: str, form: str = "{role} of {org}") -> str:
    """`chief executive officer of Calypso Pay`, « président de la coopérative », „Geschäftsführerin
    von Calypso Pay“ (a role that already names its organisation keeps its own words, never « de
    la coopérative de … »)."""
    named = re.match(rf"(.+?),\s*{re.escape(org)}$", role.strip(), re.IGNORECASE)
    if named:  # `Chief Executive, Montbrial Airport` → "chief executive of Montbrial Airport"
        role = named.group(1)
    lowered = lower_title(role) if lang in _LOWER_CASE_TITLES else role
    if re.search(r"\b(?:of|at|de|du|des|d['’]|von|der|bei)\b|,", lowered) or org.casefold() in role.casefold():
        return lowered
    return form.format(role=lowered, org=org, of_org=french_of(org), **german_names(org))


def _dates(text: str, local: datetime) -> bool:
    """Whether `text` as the authors wrote it names the day and the time of `local`
    ("20 November at 03:12", « le 20 novembre à 3 h 12 »)."""
    text = re.sub(r"[\u00a0\u202f]", " ", text)
    clocks = {f"{local:%H:%M}", f"{local.hour}:{local:%M}", f"{local.hour} h {local:%M}", f"{local.hour}h{local:%M}"}
    if local.minute == 0:
        clocks |= {f"{local.hour} h", f"{local.hour}h"}
    clock = any(re.search(rf"(?<![\d:]){re.escape(c)}(?![\d:])", text) for c in clocks)
    return clock and re.search(rf"(?<!\d){local.day}(?:er)?(?!\d)", text) is not None


def _began_sentence(brief: Brief, words: dict[str, str], issued: datetime, lead: str) -> str:
    """When the problem began, a fact every journalist asks for, from `began:` when the authors
    gave it (`started` is when communication started: the text says when the problem did)."""
    moment = brief.began  # `started` is when communication started, not when the problem did
    if moment is None:
        return ""
    if brief.kind == "recall" and brief.statement.first_update.at - moment > timedelta(days=1):
        # A recall's `began` is when the faulty lots were first made or sold: "The incident began
        # on March 12" would tell journalists the hazard was known then (kit 37).
        return ""
    settings = brief.settings
    local = moment.astimezone(settings.timezone)
    if press_clock(local, brief.lang) in lead.replace(" ", "\u00a0") or ap_time(local) in lead \
            or press_clock(local, brief.lang) in lead:
        return ""  # the lead already dates it
    if _dates(brief.statement.text_of("what_happened"), local):
        return ""  # the next paragraph tells it with that moment ("On 20 November at 03:12 GMT, someone…")
    when = moment_words(moment, settings.timezone, brief.lang, "document", reference=issued)
    if brief.lang == "fr":
        when = when if when.startswith("le ") or when.startswith("à ") else f"à {when}"
    elif brief.lang == "en":
        when = when if when.startswith("on ") else f"at {when}"
    return md_escape_text(words["began"].format(when=when))


# The authors close the statement, not the matter: "…closing this statement, but not the subject".
_STILL_OPEN = re.compile(r"\bbut not (?:the|this) (?:subject|matter|issue|case)\b|\b(?:subject|matter|issue|case) "
                         r"(?:remains|stays|is still) open\b|\bmais pas (?:le|du) (?:sujet|dossier)\b|\b(?:le "
                         r"sujet|le dossier) (?:reste|demeure) ouvert\b", re.IGNORECASE)


def _standing(brief: Brief, words: dict[str, str]) -> str:
    """The line that ends the body: when it ended, or when more will come (only a promise still
    ahead: a past one is never printed as current). Never above the dateline, where a
    release's summary belongs."""
    statement, settings = brief.statement, brief.settings
    lang = statement.lang

    def when(moment: datetime) -> str:
        # (Always with its day: the release is read on other days than its dateline's.)
        return moment_words(moment, settings.timezone, lang, "document")

    if statement.resolved:
        # The time is the update's that said so, not a claim of when it ended; "restored"
        # fits an outage, not a fire or a recall.
        # A statement closed "but not the subject" is not called resolved either.
        still_open = _STILL_OPEN.search(statement.last_update.text)
        from generator.rendering.documents.reading import document_kind

        # (An offensive advert taken down is closed, never "resolved".)
        key = "resolved" if brief.kind in ("outage", "incident") and not still_open \
            and document_kind(brief) != "controversy" else "closed"
        return words[key].format(when=when(statement.last_update.at))
    if brief.promise.ahead and brief.promise.at is not None:
        return words["next_update"].format(when=brief.promised_by(when(brief.promise.at)))
    return ""
