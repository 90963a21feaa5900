"""The parsed model: what every check and renderer reads. Built only by `reader` and
`settings`; immutable once built, every date-time aware."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime, timedelta
from enum import StrEnum
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit
from zoneinfo import ZoneInfo


# How long after its resolution a statement keeps its kit (copies, press release, documents)
# in dist/ and has its copies checked: long enough to post the resolution everywhere.
KIT_WINDOW = timedelta(days=7)


class Severity(StrEnum):
    MINOR = "minor"
    MAJOR = "major"
    CRITICAL = "critical"

    @property
    def serious(self) -> bool:
        """Major and critical statements get the memo, the Q&A brief and the checklist."""
        return self is not Severity.MINOR


class Kind(StrEnum):
    """What a statement announces: an incident (something went wrong) or planned maintenance."""

    INCIDENT = "incident"
    MAINTENANCE = "maintenance"


class Status(StrEnum):
    INVESTIGATING = "investigating"
    IDENTIFIED = "identified"
    MONITORING = "monitoring"
    RESOLVED = "resolved"
    # Planned maintenance (Statuspage's words for scheduled maintenances).
    SCHEDULED = "scheduled"
    IN_PROGRESS = "in_progress"
    VERIFYING = "verifying"
    COMPLETED = "completed"

    @property
    def kind(self) -> Kind:
        return Kind.MAINTENANCE if self in MAINTENANCE_STATUSES else Kind.INCIDENT

    @property
    def final(self) -> bool:
        """The last status of its kind: nothing more is expected."""
        return self in (Status.RESOLVED, Status.COMPLETED)


MAINTENANCE_STATUSES = frozenset({Status.SCHEDULED, Status.IN_PROGRESS, Status.VERIFYING, Status.COMPLETED})
# While a maintenance is in one of these, its components are under maintenance.
MAINTENANCE_UNDER_WAY = frozenset({Status.IN_PROGRESS, Status.VERIFYING})
# Statuspage's component statuses, from no effect to the worst.
COMPONENT_STATUSES = ("operational", "under_maintenance", "degraded_performance", "partial_outage", "major_outage")


@dataclass(frozen=True, slots=True)
class Problem:
    """One finding about a file: a parse error, a format rule, a lint rule, a history rule."""

    path: str
    line: int
    column: int
    severity: str  # "error" or "warning"
    rule: str  # stable id, e.g. "format/unknown-key", "OV101"
    message: str
    hint: str = ""
    category: str = "format"

    def format(self) -> str:
        # (The rule's id ends the line, "[emotional]": what `<!-- onevoice: allow RULE-ID because … -->`
        # names to silence a warning the team judges wrong.)
        named = f" [{self.rule}]" if self.rule and self.severity == "warning" else ""
        head = f"{self.path}:{self.line}:{self.column}: {self.severity}: {self.message}{named}"
        return f"{head}\n    hint: {self.hint}" if self.hint else head

    def as_dict(self) -> dict[str, object]:
        return {
            "path": self.path,
            "line": self.line,
            "column": self.column,
            "severity": self.severity,
            "rule": self.rule,
            "category": self.category,
            "message": self.message,
            "hint": self.hint,
        }


@dataclass(frozen=True, slots=True)
class Spokesperson:
    name: str
    role: str


@dataclass(frozen=True, slots=True)
class Correction:
    """A correction note added to a published update: the update keeps its text."""

    at: datetime
    text: str
    line: int  # line of the `#### Correction · <time>` heading
    text_line: int = 0  # first line of `text` in the file


@dataclass(frozen=True, slots=True)
class Update:
    at: datetime
    status: Status
    text: str  # Markdown, without the correction notes
    line: int  # line of the `###` heading
    text_line: int = 0  # first line of `text` in the file (line of text[0])
    status_word: str = ""  # the status word as written (for messages)
    corrections: tuple[Correction, ...] = ()

    @property
    def modified(self) -> datetime:
        """When this entry last changed: its time, or its latest correction."""
        return max([self.at, *(c.at for c in self.corrections)])


@dataclass(frozen=True, slots=True)
class Section:
    key: str | None  # "summary", "what_happened", ...; None for the author's own sections
    heading: str  # as written
    text: str  # Markdown body exactly as written, blank lines around it trimmed
    line: int  # line of the `##` heading
    body_line: int  # file line of text[0] (line of the first non-blank body line)


@dataclass(frozen=True)
class Statement:
    """One statement file: one crisis, in one language."""

    path: Path
    slug: str
    lang: str
    title: str
    severity: Severity
    started: datetime
    updates: tuple[Update, ...]  # newest first
    sections: tuple[Section, ...]  # in file order, updates included
    affected: tuple[str, ...] = ()
    next_update: datetime | None = None
    spokesperson: Spokesperson | None = None
    location: str | None = None
    hashtags: tuple[str, ...] = ()
    channels: tuple[str, ...] | None = None
    draft: bool = False
    approved_by: tuple[str, ...] = ()
    key_lines: dict[str, int] = field(default_factory=dict)  # front-matter key -> file line
    source: str = ""  # the file's text, for rules that quote lines
    began: datetime | None = None  # when the problem began, if the statement says
    crisis: str | None = None  # outage, breach, recall, safety, incident; None: read from the text
    headline: str | None = None  # the press release's headline
    kind: Kind = Kind.INCIDENT
    scheduled_for: datetime | None = None  # maintenance window (kind maintenance only)
    scheduled_until: datetime | None = None
    # Component status while unresolved: one status for every affected component, or one per
    # affected name; None: from the severity (or under_maintenance for a maintenance).
    component_status: str | dict[str, str] | None = None
    press_release: bool | None = None  # None: major and critical incidents yes, minor and maintenance no

    @property
    def status(self) -> Status:
        return self.updates[0].status

    @property
    def resolved(self) -> bool:
        """Over: an incident resolved, or a maintenance completed."""
        return self.status.final

    @property
    def maintenance(self) -> bool:
        return self.kind is Kind.MAINTENANCE

    @property
    def wants_press_release(self) -> bool:
        """A maintenance notice is not a crisis, nor is a minor incident news for the press (a
        release would turn 412 declined payments into a newsroom item): no press release unless
        asked for."""
        if self.press_release is not None:
            return self.press_release
        return not self.maintenance and self.severity is not Severity.MINOR

    @property
    def last_update(self) -> Update:
        return self.updates[0]

    @property
    def first_update(self) -> Update:
        return self.updates[-1]

    @property
    def resolved_at(self) -> datetime | None:
        """When it was resolved: the first of the newest run of `resolved` updates (a later
        `resolved` update, a postmortem say, does not move the resolution)."""
        if not self.resolved:
            return None
        at = self.updates[0].at
        for update in self.updates:
            if update.status is not Status.RESOLVED:
                break
            at = update.at
        return at

    @property
    def modified(self) -> datetime:
        return max(u.modified for u in self.updates)

    def current(self, now: datetime) -> bool:
        """Ongoing, or resolved within KIT_WINDOW: the team may still post its copies."""
        return not self.resolved or self.modified >= now - KIT_WINDOW

    def section(self, key: str) -> Section | None:
        return next((s for s in self.sections if s.key == key), None)

    def text_of(self, key: str) -> str:
        found = self.section(key)
        return found.text if found else ""

    @property
    def summary(self) -> str:
        return self.text_of("summary")

    @property
    def postmortem(self) -> Section | None:
        """The published postmortem: a `## Postmortem` section on a resolved statement."""
        section = self.section("postmortem")
        return section if section and section.text.strip() and self.resolved else None

    @property
    def postmortem_at(self) -> datetime | None:
        """When the postmortem counts as published. The file does not date sections, so it is
        the statement's last change (the resolution, or a later correction): never before
        `resolved_at`, as Statuspage clients expect."""
        return self.modified if self.postmortem else None


@dataclass(frozen=True)
class Incident:
    """All the language files of one slug. `primary` is the site's default language when it
    exists, else the first language in the site's order."""

    slug: str
    translations: dict[str, Statement]  # lang -> statement, in the site's language order

    @property
    def primary(self) -> Statement:
        return next(iter(self.translations.values()))

    @property
    def langs(self) -> list[str]:
        return list(self.translations)

    @property
    def draft(self) -> bool:
        return any(s.draft for s in self.translations.values())


@dataclass(frozen=True)
class Component:
    """A part of the service declared under `extra.onevoice.components` (or, when none is
    declared, a name found in statements' `affected`). `names`, `group` and `description`
    map a language to its text; `name` is the one statements and the API use."""

    id: str
    name: str
    names: dict[str, str] = field(default_factory=dict)
    group: dict[str, str] = field(default_factory=dict)  # empty: in no group
    description: dict[str, str] = field(default_factory=dict)

    def display(self, lang: str) -> str:
        return self.names.get(lang) or self.name

    def group_name(self, lang: str, default: str) -> str:
        return self.group.get(lang) or self.group.get(default, "")


@dataclass(frozen=True)
class MediaContact:
    name: str  # in the site's first language
    email: str
    phone: str
    # A press office named in each language ({en: Press office, fr: Service de presse}): an
    # English release never signs with the French label.
    names: tuple[tuple[str, str], ...] = ()

    def name_in(self, lang: str) -> str:
        return dict(self.names).get(lang, self.name)


@dataclass(frozen=True)
class TeamMember:
    """A member of the crisis team (settings): named in the staff memo, owner of checklist steps."""

    name: str
    role: str  # in the site's first language
    phone: str = ""
    email: str = ""
    # The role as each language writes it ({en: Chief Executive, fr: Directeur général}); empty
    # when one text serves every language.
    roles: tuple[tuple[str, str], ...] = ()

    def role_in(self, lang: str) -> str:
        return dict(self.roles).get(lang, self.role)


@dataclass(frozen=True)
class Settings:
    """Organisation-wide values from `mkdocs.yml` (`site_name`, `site_url`, `extra.onevoice`)."""

    root: Path
    site_name: str
    site_url: str  # always ends with "/"
    organisation: str
    timezone: ZoneInfo
    languages: tuple[str, ...]  # default first
    about: dict[str, str] = field(default_factory=dict)
    media_contact: MediaContact | None = None
    location: dict[str, str] = field(default_factory=dict)  # lang -> dateline city
    channels: tuple[str, ...] = ()
    hashtags: tuple[str, ...] = ()
    limits: dict[str, int] = field(default_factory=dict)  # channel id -> lowered limit
    require_approval: tuple[str, ...] = ()  # severities that need `approved_by` to publish
    statements_dir: str = "statements"
    delivery: tuple[Any, ...] = ()  # generator.reading.destinations.Destination, for `send`
    key_lines: dict[str, int] = field(default_factory=dict)  # dotted key -> line in mkdocs.yml
    short_name: str = ""  # opens SMS copies; "" = the organisation's name
    short_names: dict[str, str] = field(default_factory=dict)  # lang -> the short name in that language
    crisis_team: tuple[TeamMember, ...] = ()
    components: tuple[Component, ...] = ()  # declared; empty: every `affected` name is one
    audiences: tuple[str, ...] = ()  # regions and groups of people `affected` may name too
    titles: dict[str, str] = field(default_factory=dict)  # lang -> the status page's name
    footer: dict[str, str] = field(default_factory=dict)  # lang -> footer text (Markdown)
    logo: dict[str, str] = field(default_factory=dict)  # lang -> image path, relative to root
    organisation_names: dict[str, str] = field(default_factory=dict)  # lang -> the name in that language
    notices: tuple[Problem, ...] = ()  # warnings on mkdocs.yml: what was read, and how to write it plainly

    def organisation_in(self, lang: str) -> str:
        """The organisation's name as readers of `lang` know it ("Université de Sorvane")."""
        return self.organisation_names.get(lang) or self.organisation

    def short_name_in(self, lang: str) -> str:
        """The short name that opens the SMS copies in `lang` ("Rideau Valley CU", « Caisse Vallée
        Rideau »); "" when the organisation has none."""
        return self.short_names.get(lang) or self.short_name

    def site_title(self, lang: str) -> str:
        return self.titles.get(lang) or self.site_name

    @property
    def default_language(self) -> str:
        return self.languages[0]

    @property
    def statements_path(self) -> Path:
        return self.root / self.statements_dir

    def statement_path(self, slug: str, lang: str) -> str:
        """URL path of a statement page relative to the site root ('' or 'fr/' prefix)."""
        prefix = "" if lang == self.default_language else f"{lang}/"
        return f"{prefix}statements/{slug}/"

    def statement_url(self, slug: str, lang: str) -> str:
        return self.site_url + self.statement_path(slug, lang)

    @property
    def under_gdpr(self) -> bool:
        """Whether the site is run from where the GDPR's 72 hours apply (its clock in Europe, the
        Canaries, Madeira, the Azores or Iceland), never from Switzerland (its own law and
        commissioner) nor from the Americas, Africa or the Pacific, where the local law says when."""
        zone = str(self.timezone)
        return zone != "Europe/Zurich" and zone.startswith(("Europe/", "Atlantic/Canary", "Atlantic/Madeira",
                                                            "Atlantic/Azores", "Atlantic/Reykjavik"))

    def typed_address(self, lang: str) -> str:
        """The site's address to type by hand, in `lang`'s own part of it ("statut.example.fr/en"
        for English readers of a French site): no scheme, no path a phone would make a link of."""
        parts = urlsplit(self.site_url)
        base = (parts.netloc + parts.path).rstrip("/")
        return base if lang == self.default_language else f"{base}/{lang}"

    def short_path(self, slug: str, lang: str) -> str:
        """`s/k3f9q/`: a short address that leads to the statement page, for SMS (a long link
        eats a third of a message). Stable: derived from the slug and the language only."""
        import base64
        import hashlib

        digest = hashlib.sha256(f"{slug}\n{lang}".encode()).digest()
        return "s/" + base64.b32encode(digest).decode("ascii")[:6].lower() + "/"

    def short_url(self, slug: str, lang: str) -> str:
        return self.site_url + self.short_path(slug, lang)
