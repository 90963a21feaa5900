"""Renderer stage, site part 1: the parsed model → typed, documented template contexts.

Every value a site template reads is prepared here: times in the site's zone with their
offset, labels in the page's language, statement Markdown already sanitised to `Markup` by
`generator.core.text.markdown_to_html`. Templates only lay things out. Paths are relative to the
site root ('' for the default language, 'fr/' for French) and end with '/'."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import UTC, datetime
from functools import lru_cache

from markupsafe import Markup

from generator.core.languages import KNOWN_LANGUAGES, section_heading, severity_label, status_label
from generator.core.model import Incident, Settings, Statement, Status, Update
from generator.rendering.site.labels import component_label, human_datetime, iso_datetime, label
from generator.core.text import markdown_to_html
from generator.reading.kinds import kind
from generator.rendering.moments import with_french_clock


@lru_cache(maxsize=32768)
def html_of(markdown: str) -> Markup:
    """Sanitised HTML of statement Markdown, converted once per text: the same update shows
    on its page, in the feeds and in the API, and conversion is the costliest step."""
    return markdown_to_html(markdown)


SEVERITY_RANK = {"critical": 3, "major": 2, "minor": 1}
# Sections the web statement leaves to other documents (the quote belongs to the press release).
SECTIONS_NOT_ON_WEB = frozenset({"summary"})


# On the home page and in the history, a summary stands in a list: "the table above" and « voir
# ci-dessous » point at the statement's own page.
_ELSEWHERE = {
    "en": ((re.compile(r"\b(the [\w -]{1,40}?) (?:above|below)\b(?!\s+(?:the|a|an|our|their|its|this|that|these|"
                       r"those|what|\d|normal|average|zero|freezing|expected|usual|legal|safe|standard))", re.IGNORECASE),
            r"\1 in the full statement"),
           # (Only a pointer: "see above", "as listed above." — "forty metres above the track" is a place.)
           (re.compile(r"\bsee (?:above|below)\b|\b(?:above|below)\b(?=[.,;:)])", re.IGNORECASE), "in the full statement")),
    # (« plus haut » is a pointer only where a clause ends: « le bloc situé plus haut que la voie » is a place.)
    "fr": ((re.compile(r"\b(?:voir )?(?:ci-dessus|ci-dessous)\b|\b(?:voir )?(?:plus haut|plus bas)\b(?=[.,;:)])",
                       re.IGNORECASE),
            "dans la déclaration complète"),),
}


def _still_holding(statement: Statement, settings: Settings, now: datetime | None) -> str:
    """The latest update as the card shows it now: without a promise whose time has passed
    ("Next update on Sunday at 18:00" under "Overdue" would promise it again)."""
    from generator.rendering import roles
    from generator.rendering.deadlines import without_passed_promise

    from generator.rendering.documents.freshness import dated

    update = statement.last_update
    if now is None:
        return update.text
    late = promise_broken(statement, now)
    # (A static page is read for days: "this morning" on the home page card names its day.)
    text = dated(update.text, statement.lang, settings.timezone, update.at)

    def holds(sentence: str) -> str:
        if late and any(s.has("next-update") for s in roles.sentences(sentence, statement.lang)):
            return ""  # the card says "Overdue" instead
        return without_passed_promise(sentence, statement.lang, update.at, now, settings.timezone)

    lines = []
    for line in text.split("\n"):
        pieces = re.split(r"(?<=[.!?])\s+", line)
        kept = [holds(p) for p in pieces]
        lines.append(" ".join(k for k in kept if k) if any(kept) or not line.strip() else "")
    return "\n".join(lines)


def _for_card(markdown: str, lang: str) -> str:
    for pattern, words in _ELSEWHERE.get(lang, _ELSEWHERE["en"]):
        markdown = pattern.sub(words, markdown)
    return markdown


# "one of the batch codes in the full statement", « les lots dans la déclaration complète »
_CODES_ELSEWHERE = {"en": re.compile(r"\b((?:batch|lot|serial) (?:codes?|numbers?)|lots?) in the full statement\b", re.IGNORECASE),
                    "fr": re.compile(r"\b((?:codes?|numéros?) de lots?|lots?(?: concernés| rappelés)?) dans la déclaration "
                                     r"complète\b", re.IGNORECASE)}


def _recall_card(statement: Statement, settings: Settings, now: datetime | None, lang: str) -> str:
    """A recall's summary on the home page with its lots listed under it ("Recalled lots: 24B23,
    24B24."): a reader who checks the label must find the codes where the summary points, not one
    click away."""
    from generator.rendering.brief import Brief

    card = _for_card(statement.summary, lang)
    lots = Brief(statement, settings, now or datetime.now(UTC)).lots_sentence() if kind(statement) == "recall" else ""
    if not lots:
        return card
    pointed = _CODES_ELSEWHERE.get(lang, _CODES_ELSEWHERE["en"])
    card = pointed.sub(r"\1 " + ("ci-dessous" if lang == "fr" else "below"), card)
    return f"{card}\n\n{lots}"


@dataclass(frozen=True, slots=True)
class TimeView:
    """A moment as a page shows it: `iso` for `<time datetime>`, `text` for people."""

    iso: str
    text: str
    bare: str = ""  # without the zone: the start of a range whose end names it


@dataclass(frozen=True, slots=True)
class CorrectionView:
    time: TimeView
    html: Markup


@dataclass(frozen=True, slots=True)
class UpdateView:
    """One timeline entry; `anchor` is its fragment id on the statement page."""

    anchor: str
    status: str  # status key, for the colour class
    status_label: str  # in the page's language
    time: TimeView
    html: Markup
    corrections: tuple[CorrectionView, ...]


@dataclass(frozen=True, slots=True)
class SectionView:
    """A `##` section in file order; the updates section becomes the timeline in place."""

    heading: str
    html: Markup
    is_timeline: bool = False
    anchor: str = ""  # fragment id of the format's own sections (e.g. "postmortem"); feeds link to it


@dataclass(frozen=True, slots=True)
class LinkView:
    path: str  # site-root-relative
    text: str
    lang: str


@dataclass(frozen=True, slots=True)
class ListingItem:
    """A statement as the home, history and newsroom pages list it. `language_name` is set
    when the statement is not in the page's language (a French-only statement on the English
    index), so the listing says which language the link leads to."""

    slug: str
    title: str
    lang: str
    language_name: str
    path: str
    press_path: str
    status: str
    status_label: str
    severity: str
    severity_label: str
    started: TimeView
    last_update: TimeView
    next_update: TimeView | None
    summary_html: Markup
    resolved: bool
    draft: bool
    kind: str = "incident"
    card_html: Markup = Markup("")  # the summary on a list of statements, where nothing is above or below it
    kind_label: str = ""  # set for a maintenance: "Planned maintenance"
    window_start: TimeView | None = None  # a maintenance's window
    window_end: TimeView | None = None
    # The promise (next_update, or a maintenance's planned end) is past and nothing came:
    # marked on the page, as the page was when built.
    overdue: bool = False
    affected: tuple[str, ...] = ()  # component names in the page's language, others as written
    latest_html: Markup = Markup("")  # the newest update's text
    # A later update has overtaken the summary (it still awaits a day now past): the card and
    # the page lead with the newest update (`summary_overtaken`).
    overtaken: bool = False
    month: str = ""  # the history's heading: the month it started (a maintenance: its window)


@dataclass(frozen=True, slots=True)
class AffectedView:
    """A name in `affected`, with the status this statement gives it when it is a component."""

    name: str
    status: str  # component status key, "" for a name that is no component
    status_label: str


@dataclass(frozen=True, slots=True)
class StatementView:
    """Everything the statement page shows, in the statement's own language."""

    item: ListingItem
    affected: tuple[AffectedView, ...]
    resolved_at: TimeView | None
    began: TimeView  # when the situation began: `began` when given, else `started`
    first_update: TimeView | None  # when the organisation first spoke of it: the oldest update
    sections: tuple[SectionView, ...]
    updates: tuple[UpdateView, ...]  # newest first


def lang_prefix(lang: str, settings: Settings) -> str:
    return "" if lang == settings.default_language else f"{lang}/"


def statement_path(slug: str, lang: str, settings: Settings) -> str:
    return settings.statement_path(slug, lang)


def press_path(slug: str, lang: str, settings: Settings) -> str:
    return f"{lang_prefix(lang, settings)}press/{slug}/"


def statement_feed_path(slug: str, lang: str, settings: Settings) -> str:
    return f"{statement_path(slug, lang, settings)}feed.atom"


def update_anchor(update: Update) -> str:
    """Stable fragment id from the update's UTC time: 'update-20261120t0950z'."""
    return "update-" + update.at.astimezone(UTC).strftime("%Y%m%dt%H%Mz")


def time_view(moment: datetime, settings: Settings, lang: str) -> TimeView:
    return TimeView(iso_datetime(moment, settings.timezone), human_datetime(moment, settings.timezone, lang),
                    human_datetime(moment, settings.timezone, lang, with_zone=False))


def language_name(lang: str, in_lang: str) -> str:
    """'French' on an English page, 'anglais' on a French one (CLDR names, via babel)."""
    from babel import Locale, UnknownLocaleError

    try:
        return Locale.parse(in_lang).languages.get(lang) or KNOWN_LANGUAGES.get(lang, lang)
    except (UnknownLocaleError, ValueError):
        return KNOWN_LANGUAGES.get(lang, lang)


def pick_statement(incident: Incident, lang: str) -> Statement:
    """The statement a page in `lang` lists: its translation in `lang`, else the primary one."""
    return incident.translations.get(lang) or incident.primary


def promise_broken(statement: Statement, now: datetime | None) -> bool:
    """Unresolved, and its promise is past: `next_update`, else a maintenance's planned end."""
    promise = statement.next_update or (statement.scheduled_until if statement.maintenance else None)
    return bool(now and promise and not statement.resolved and promise < now)


def clock_state(statement: Statement, settings: Settings, now: datetime | None) -> str:
    """What the clock changes on a statement's pages, for the key of their cache entry: whether
    its promise is broken, the day it is (the press release and the cards date what they tell by
    it), and which of its sentences carry a promise now passed (each page leaves those out). A
    page built on 2 December never serves a build as of 23 October, nor the reverse."""
    from generator.rendering import roles
    from generator.rendering.deadlines import passed_promise

    if now is None:
        return ""
    zone = settings.timezone
    told = [(update.text, update.at) for update in statement.updates]
    told += [(section.text, statement.started) for section in statement.sections if section.key != "updates"]
    passed = "".join("1" if passed_promise(s.text, statement.lang, written, now, zone) else "0"
                     for text, written in told for s in roles.sentences(text, statement.lang))
    return f"{promise_broken(statement, now)}:{now.astimezone(zone).date().isoformat()}:{passed}"


def when_listed(statement: Statement) -> datetime:
    """Where the statement sits in time on listings: its start, a maintenance its window."""
    return statement.scheduled_for or statement.started


def listing_item(statement: Statement, page_lang: str, settings: Settings, now: datetime | None = None) -> ListingItem:
    """The statement as a page in `page_lang` lists it: labels and dates in the page's
    language, title and summary in the statement's. With `now`, a broken promise is marked."""
    from generator.rendering.overtaken import summary_overtaken
    from generator.reading.components import find, site_components
    from generator.rendering.site.labels import month_label

    lang = statement.lang
    promised = statement.next_update if statement.next_update and not statement.resolved else None
    known = site_components(settings, [statement])
    names = tuple(c.display(page_lang) if (c := find(n, known)) else n for n in statement.affected)
    month = month_label(when_listed(statement), settings.timezone, page_lang)
    window = statement.scheduled_for, statement.scheduled_until
    return ListingItem(
        slug=statement.slug,
        title=statement.title,
        lang=lang,
        language_name="" if lang == page_lang else language_name(lang, page_lang),
        path=statement_path(statement.slug, lang, settings),
        press_path=press_path(statement.slug, lang, settings),
        status=statement.status.value,
        status_label=status_label(statement.status.value, page_lang, kind(statement)),
        severity=statement.severity.value,
        severity_label=severity_label(statement.severity.value, page_lang),
        started=time_view(statement.started, settings, page_lang),
        last_update=time_view(statement.last_update.at, settings, page_lang),
        next_update=time_view(promised, settings, page_lang) if promised else None,
        summary_html=html_of(statement.summary),
        card_html=html_of(_recall_card(statement, settings, now, lang)),
        resolved=statement.resolved,
        draft=statement.draft,
        kind=statement.kind.value,
        kind_label=label("kind.maintenance", page_lang) if statement.maintenance else "",
        window_start=time_view(window[0], settings, page_lang) if window[0] else None,
        window_end=time_view(window[1], settings, page_lang) if window[1] else None,
        overdue=promise_broken(statement, now),
        affected=names,
        latest_html=html_of(_for_card(_still_holding(statement, settings, now), lang)),
        overtaken=bool(now) and summary_overtaken(statement, now or statement.last_update.at, settings.timezone),
        month=month[:1].upper() + month[1:],
    )


def update_view(update: Update, settings: Settings, lang: str, crisis: str = "") -> UpdateView:
    corrections = tuple(
        CorrectionView(time_view(c.at, settings, lang), html_of(c.text))
        for c in sorted(update.corrections, key=lambda c: c.at, reverse=True)
    )
    return UpdateView(
        anchor=update_anchor(update),
        status=update.status.value,
        status_label=status_label(update.status.value, lang, crisis),
        time=time_view(update.at, settings, lang),
        html=_marked_corrected(html_of(update.text), update, lang),
        corrections=corrections,
    )


def _marked_corrected(html: Markup, update: Update, lang: str) -> Markup:
    """The update as published, each value a correction withdrew marked where it stands:
    "09/01/2027 (corrected; first published as ~~19/01/2027~~)". The record keeps what was
    said, and a reader who stops at the entry never takes the wrong value for the right one."""
    from markupsafe import escape

    from generator.rendering import corrections as fixes
    from generator.rendering.documents.formatting import typography

    texts = [c.text for c in update.corrections]
    if not texts or fixes.changes_scope(texts):
        return html
    marked = str(html)
    for change in (change for text in texts for change in fixes.explicit_changes(text)):
        wrong, right = str(escape(change.wrong)), str(escape(change.right))
        if not wrong or wrong == right:
            continue
        # ("Environ 130 personnes", corrected to exactly 112: the "about" goes with the old value.)
        # (Always: "around 20%" corrected to 38% was an estimate, the correction gives the figure.)
        about = r"(?i:(?:about|around|roughly|approximately|environ|près de|quelque)\s)?"

        def mark(found: re.Match[str], right: str = right) -> str:
            # (« rectifié ; d'abord publié : » with the no-break spaces French puts before ; and :)
            # ("38% (corrected; first published as 20%)": a share keeps its sign on both values.)
            unit = found.group("unit") or ""
            before, right = fixes.fitted_right(right, found)
            estimate, wrong = fixes.kept_about(found.group("value"), right, texts)
            note = str(escape(typography(label("statement.corrected_inline", lang), lang))).replace(
                "{wrong}", f"<del>{fixes.small_first(wrong)}{unit}</del>")
            return f'{before}{estimate}<ins>{right}{unit}</ins> <small class="ov-corrected">({note})</small>'

        marked = re.sub(rf"{fixes.ELIDED_BEFORE}(?<![\w/.,])(?P<value>{about}{re.escape(wrong)})(?P<unit>[\s\u00a0\u202f]?%)?(?![\w/]|[.,]\d)",
                        mark, marked, count=1,
                        # (A count in words opens a sentence as well as not: "Two of the nine lifts…")
                        flags=re.IGNORECASE if change.about or fixes.is_count_word(change.wrong) else 0)
    return Markup(marked)


def affected_views(statement: Statement, settings: Settings) -> tuple[AffectedView, ...]:
    from generator.reading.components import find, restored, service_down, site_components, status_given

    known = site_components(settings, [statement])
    views = []
    for name in statement.affected:
        component = find(name, known)
        if component is None:
            views.append(AffectedView(name, "", ""))
            continue
        status = status_given(statement, name)
        if status == "operational" and service_down(statement) and restored(statement):
            views.append(AffectedView(component.display(statement.lang), "monitoring",
                                      label("component.monitoring", statement.lang)))
            continue
        if status == "operational" and (statement.maintenance or statement.resolved or not service_down(statement)):
            # planned or done, or named by a notice (a breach, a recall) while it works: the
            # statement says what is true; a green "Operational" beside a recall would not
            views.append(AffectedView(component.display(statement.lang), "", ""))
            continue
        views.append(AffectedView(component.display(statement.lang), status,
                                  component_label(status, component.display(statement.lang), statement.lang)))
    return tuple(views)


@with_french_clock
def statement_view(statement: Statement, settings: Settings, now: datetime | None = None) -> StatementView:
    lang = statement.lang
    sections: list[SectionView] = []
    for section in statement.sections:
        if section.key in SECTIONS_NOT_ON_WEB:
            continue
        if section.key == "updates":
            sections.append(SectionView(section_heading("updates", lang), Markup(""), is_timeline=True))
            continue
        heading = section_heading(section.key, lang) if section.key else section.heading
        body = html_of(section.text)
        if section.key == "quote":
            # The leader's words, attributed as the press release attributes them.
            person = statement.spokesperson
            # (Never twice: the authors may have signed it themselves, "… » — Anne-Sophie Lemaire, …".)
            # or straight after the closing mark, "…. » Helen Marchetti, directrice générale.")
            # (With a title before the name too: "— Capt. Yann Morvan, …", « — Dr Anne Ravier ».)
            signed = person is not None and re.search(rf"(?:[—–-]|[\"”»])\s*(?:[A-Z][\w.]{{0,8}}\s+){{0,2}}"
                                                      rf"{re.escape(person.name)}", section.text) is not None
            by = Markup('<p class="ov-quote-by">— {}, {}</p>').format(person.name, person.role) \
                if person and not signed else ""
            body = Markup("<blockquote>{}</blockquote>{}").format(body, by)
        sections.append(SectionView(heading, body, anchor=section.key.replace("_", "-") if section.key else ""))
    resolved_at = statement.resolved_at
    return StatementView(
        item=listing_item(statement, lang, settings, now),
        affected=affected_views(statement, settings),
        resolved_at=time_view(resolved_at, settings, lang) if resolved_at else None,
        # Authors write `started` as when the situation began (and `began` when it began even
        # earlier): the earliest is the beginning; the oldest update is the first word said.
        began=time_view(min(filter(None, [statement.began, statement.started])), settings, lang),
        first_update=time_view(statement.updates[-1].at, settings, lang) if statement.updates else None,
        sections=tuple(sections),
        updates=tuple(update_view(u, settings, lang, kind(statement)) for u in statement.updates),
    )


def ongoing_first(incidents: list[Incident], lang: str) -> tuple[list[Statement], list[Statement], list[Statement]]:
    """(ongoing, upcoming, history) for a page in `lang`. Ongoing: unresolved incidents and
    maintenance under way, incidents first, by severity then newest; upcoming: maintenance
    still scheduled, soonest first; history: the rest, newest first. Ties are broken by slug
    so the order never depends on input order."""
    picked = [pick_statement(incident, lang) for incident in incidents]
    upcoming = [s for s in picked if s.maintenance and s.status is Status.SCHEDULED]
    ongoing = [s for s in picked if not s.resolved and not (s.maintenance and s.status is Status.SCHEDULED)]
    history = [s for s in picked if s.resolved]
    ongoing.sort(key=lambda s: (s.maintenance, -SEVERITY_RANK[s.severity.value], -when_listed(s).timestamp(), s.slug))
    upcoming.sort(key=lambda s: (when_listed(s).timestamp(), s.slug))
    history.sort(key=lambda s: (-when_listed(s).timestamp(), s.slug))
    return ongoing, upcoming, history


def newest_first(incidents: list[Incident], lang: str) -> list[Statement]:
    picked = [pick_statement(incident, lang) for incident in incidents]
    return sorted(picked, key=lambda s: (-when_listed(s).timestamp(), s.slug))


def translation_links(incident: Incident, current_lang: str, settings: Settings, press: bool = False) -> tuple[LinkView, ...]:
    """Links to the same statement (or its press page) in its other languages."""
    return tuple(
        LinkView(
            press_path(incident.slug, lang, settings) if press else statement_path(incident.slug, lang, settings),
            KNOWN_LANGUAGES.get(lang, lang),
            lang,
        )
        for lang in incident.translations
        if lang != current_lang
    )



@dataclass(frozen=True, slots=True)
class PageInfo:
    """What every generated page knows about itself; templates read it as `page`."""

    lang: str
    path: str  # this page's site-root-relative path
    title: str
    nav: tuple[LinkView, ...]  # home, history and newsroom in this language
    translations: tuple[LinkView, ...]  # this page in the other languages it exists in
    feed_path: str  # the Atom feed for this language


@dataclass(frozen=True, slots=True)
class MonthView:
    """Statements grouped under the month they belong to (`ListingItem.month`)."""

    label: str
    items: tuple[ListingItem, ...]


def by_month(items: tuple[ListingItem, ...]) -> tuple[MonthView, ...]:
    """Consecutive items of the same month together, in the items' order."""
    months: list[MonthView] = []
    for item in items:
        if months and months[-1].label == item.month:
            months[-1] = MonthView(item.month, (*months[-1].items, item))
        else:
            months.append(MonthView(item.month, (item,)))
    return tuple(months)


@dataclass(frozen=True, slots=True)
class HistoryContext:
    """`history.html.j2`: every published statement, newest first, by month."""

    page: PageInfo
    months: tuple[MonthView, ...]


@dataclass(frozen=True, slots=True)
class StatementContext:
    """`statement.html.j2`: one statement in its own language."""

    page: PageInfo
    statement: StatementView
    summary_heading: str
    statement_feed_path: str
    home_path: str = ""
    press: bool = True  # the statement has a press release (a maintenance, only when asked)


@dataclass(frozen=True, slots=True)
class NewsroomContext:
    """`newsroom.html.j2`: every press release, newest first."""

    page: PageInfo
    items: tuple[ListingItem, ...]


@dataclass(frozen=True, slots=True)
class PressContext:
    """`press.html.j2`: a press release (already sanitised HTML) in the site's look."""

    page: PageInfo
    item: ListingItem
    body_html: Markup


def nav_links(lang: str, settings: Settings) -> tuple[LinkView, ...]:
    prefix = lang_prefix(lang, settings)
    return (
        LinkView(prefix, label("nav.home", lang), lang),
        LinkView(f"{prefix}history/", label("nav.history", lang), lang),
        LinkView(f"{prefix}press/", label("nav.newsroom", lang), lang),
    )


def same_page_in(languages: tuple[str, ...], current: str, settings: Settings, suffix: str) -> tuple[LinkView, ...]:
    """Links to an index page (`suffix` under each language's root) in the other languages."""
    return tuple(
        LinkView(lang_prefix(lang, settings) + suffix, KNOWN_LANGUAGES.get(lang, lang), lang)
        for lang in languages
        if lang != current
    )
