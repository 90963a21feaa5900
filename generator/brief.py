"""Renderer stage, one place for each derived fact every output states: the kind of crisis,
when the problem began, the next-update promise and whether it is late, the status in plain
words, the affected list in running text, each update's text with its corrections, the
sentences that carry the news, the advice and the apology. In: one statement, the settings
and the clock. Out: a `Brief`, read by the copies, the press release and the documents, so
no two outputs can work a fact out differently."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import datetime, timedelta
from functools import cached_property

from generator import roles
from generator.markup import plain_items, table_rows

# "…est le lot 2611F07, et non 2611F01", "is 2,096, not about 1,874", "au lieu de 212".
_WITHDRAWN = re.compile(r"\b(?:not|et non|non pas|non|au lieu de|instead of|rather than)\s+(?:about |around |environ |"
                        r"de |d'|d’)?([\w.,\u00a0\u202f ]*?\d[\w.,\u00a0\u202f]*)", re.IGNORECASE)
from generator.model import Settings, Statement, Update
from generator.moments import day_words, moment_words, time_words

# Kinds of crisis the documents fit: the Q&A asks their questions, the checklist their steps.
KINDS = ("outage", "breach", "recall", "safety", "incident")
_KIND_WORDS: dict[str, str] = {
    "breach": r"\b(?:data|données|breach|leak|fuite|exposed|exposées?|piratage|hack|cyber|ransomware|rançongiciel|"
              r"personal information|informations personnelles|compromis)",
    "recall": r"\b(?:recall|rappel|rappelons|recalling|withdraw\w* from sale|retrait(?:s)? de la vente|lots?)\b",
    "safety": r"\b(?:fire|incendie|injur|blessé|accident|explosion|evacuat|évacu|gas leak|fuite de gaz|monoxyde|"
              r"carbon monoxide|collapse|effondrement|derail|déraill|chemical|chimique|flood\w*|inondation)",
    "outage": r"\b(?:outage|panne|down\b|unavailable|indisponib|fail|échou|error|erreur|delay|retard|"
              r"interrupt|coupure|slow|lent|disrupt|perturb)",
}


@dataclass(frozen=True, slots=True)
class Promise:
    """The promised next update, as of now."""

    at: datetime | None  # None: none promised (or resolved)
    late_by: timedelta | None  # set when `at` is past and the statement is still open

    @property
    def ahead(self) -> bool:
        return self.at is not None and self.late_by is None


def promise(statement: Statement, now: datetime) -> Promise:
    """The next update promised, and how late it is when already past: every output asks
    here, so none prints a past promise as if it were still ahead."""
    if statement.resolved or statement.next_update is None:
        return Promise(None, None)
    late = now - statement.next_update
    return Promise(statement.next_update, late if late > timedelta(0) else None)


def lateness_words(late: timedelta, lang: str) -> str:
    """`1 h 20 min` / `45 min`: how late a promise is."""
    minutes = int(late.total_seconds() // 60)
    if minutes >= 60 * 24:
        days = minutes // (60 * 24)
        return f"{days} day{'s' if days > 1 else ''}" if lang != "fr" else f"{days} jour{'s' if days > 1 else ''}"
    return f"{minutes // 60} h {minutes % 60:02d} min" if minutes >= 60 else f"{minutes} min"


def kind(statement: Statement) -> str:
    """The kind of crisis: the statement's `kind` if given, else read from its title and
    summary (a breach or a recall wins over an outage: it changes what people must do)."""
    given = statement.kind
    if given in KINDS:
        return str(given)
    text = f"{statement.title} {statement.summary}"
    for name in ("breach", "recall", "safety", "outage"):
        if re.search(_KIND_WORDS[name], text, re.IGNORECASE):
            return name
    return "incident"


def lower_item(item: str) -> str:
    """An `affected` entry in running text: `Mobile app` → `mobile app`, while names in
    capitals (`CDN`) or with capitals inside (`Tomme des Monts du Forez`) stay as written."""
    words = item.split()
    if not words or not words[0][:1].isupper() or words[0].isupper() and len(words[0]) > 1:
        return item
    if any(w[:1].isupper() for w in words[1:]):
        return item
    return item[:1].lower() + item[1:]


PLAIN_STATUS: dict[str, dict[str, str]] = {
    # What the status means for customers, in words that claim nothing the text does not.
    "investigating": {"en": "We are investigating.", "fr": "Nous analysons la situation."},
    "identified": {"en": "We know what is wrong and are working on it.",
                   "fr": "Nous savons d'où vient le problème et nous y travaillons."},
    "monitoring": {"en": "Measures are in place and we are watching closely.",
                   "fr": "Des mesures sont en place et nous suivons la situation de près."},
    "resolved": {"en": "This is resolved.", "fr": "La situation est rétablie."},
}
# Short forms for subject lines and headers.
STATUS_PHRASE: dict[str, dict[str, str]] = {
    "investigating": {"en": "under investigation", "fr": "analyse en cours"},
    "identified": {"en": "problem found, work under way", "fr": "problème trouvé, travaux en cours"},
    "monitoring": {"en": "measures in place", "fr": "mesures en place"},
    "resolved": {"en": "resolved", "fr": "rétabli"},
}


def plain_status(status: str, lang: str) -> str:
    return PLAIN_STATUS[status].get(lang, PLAIN_STATUS[status]["en"])


def status_phrase(status: str, lang: str) -> str:
    return STATUS_PHRASE[status].get(lang, STATUS_PHRASE[status]["en"])


CORRECTION_LEAD = {"en": "Correction, {day} at {time}:", "fr": "Rectificatif du {day} à {time} :"}


@dataclass(frozen=True)
class Brief:
    """The facts of one statement at one moment, worded once for every output."""

    statement: Statement
    settings: Settings
    now: datetime

    @property
    def lang(self) -> str:
        return self.statement.lang

    @cached_property
    def kind(self) -> str:
        return kind(self.statement)

    @cached_property
    def promise(self) -> Promise:
        return promise(self.statement, self.now)

    @property
    def began(self) -> datetime | None:
        """When the problem itself began, if the statement says it (`began:`); `started` is
        when communication started, not an answer to "since when?"."""
        return self.statement.began

    def when(self, moment: datetime, medium: str = "copy", *, reference: datetime | None = None) -> str:
        return moment_words(moment, self.settings.timezone, self.lang, medium, reference=reference)

    @cached_property
    def affected_words(self) -> list[str]:
        return [lower_item(item) for item in self.statement.affected]

    # -- the sentences that matter -------------------------------------------------------------

    @cached_property
    def summary_sentences(self) -> tuple[roles.Sentence, ...]:
        return roles.sentences(self.statement.summary, self.lang)

    @cached_property
    def news(self) -> str:
        """The summary's first sentence: the news in the authors' words."""
        return self.summary_sentences[0].text if self.summary_sentences else self.statement.title

    @cached_property
    def apology(self) -> str | None:
        """The first apology the statement makes (summary first, then the rest)."""
        found = next((s for s in self.summary_sentences if s.has("apology")), None)
        if found is None:
            for key in ("quote", "what_happened", "what_we_are_doing"):
                found = roles.first(self.statement.text_of(key), self.lang, "apology")
                if found:
                    break
        return found.text if found else None

    @cached_property
    def advice(self) -> list[str]:
        """What people should do: the section's sentences, else the summary's advice."""
        section = self.statement.text_of("what_you_should_do")
        if section.strip():
            return [s.text for s in roles.sentences(section, self.lang)]
        return [s.text for s in self.summary_sentences[1:] if s.has("advice")]

    @cached_property
    def advice_items(self) -> list[str]:
        """What people should do, as the authors laid it out (list items, paragraphs)."""
        section = self.statement.text_of("what_you_should_do")
        if section.strip():
            return plain_items(section)
        return self.advice

    @cached_property
    def first_advice(self) -> str | None:
        """The advice that matters most: the summary's own (the authors put it there), else
        the first of the section."""
        found = next((s.text for s in self.summary_sentences[1:] if s.has("advice")), None)
        return found or (self.advice[0] if self.advice else None)

    @cached_property
    def never_ask(self) -> str | None:
        """"We will never ask for your password…": the line that protects people from phishing."""
        for markdown in (self.statement.text_of("what_you_should_do"), self.statement.summary,
                         *(u.text for u in self.statement.updates)):
            found = roles.first(markdown, self.lang, "never-ask")
            if found:
                return found.text
        return None

    # -- updates -------------------------------------------------------------------------------

    def withdrawn(self, update: Update) -> list[str]:
        """The values a correction of this update withdrew ("2611F07, et non 2611F01",
        "2,096, not about 1,874"): a copy never repeats them."""
        found: list[str] = []
        for correction in update.corrections:
            for match in _WITHDRAWN.finditer(correction.text):
                value = match.group(1).strip(" .,;:")
                if any(char.isdigit() for char in value):
                    found.append(value)
        return found

    def kept_sentences(self, update: Update) -> list[str]:
        """An update's own sentences, without those that carry a value a correction withdrew."""
        withdrawn = self.withdrawn(update)
        return [s.text for s in roles.sentences(update.text, self.lang)
                if not any(value in s.text for value in withdrawn)]

    @cached_property
    def lot_lines(self) -> list[str]:
        """For a recall, the products and lots as the statement's tables give them, one line
        a row ("Tomme…, 250 g — 2611T02, 2611T03 — du 2 au 9 janvier 2027")."""
        if self.kind != "recall":
            return []
        lines: list[str] = []
        for section in self.statement.sections:
            if section.key in ("updates",):
                continue
            rows = table_rows(section.text)
            lines += [" — ".join(cell for cell in row if cell) for row in rows[1:]]
        return lines

    def update_sentences(self, update: Update) -> list[str]:
        """An update's sentences as published, then each correction made to it, dated: a copy
        of an update never repeats a figure its correction withdrew without the correction."""
        found = [s.text for s in roles.sentences(update.text, self.lang)]
        for correction in update.corrections:
            text = " ".join(s.text for s in roles.sentences(correction.text, self.lang))
            found.append(self._corrected(correction.at, text))
        return found

    def correction_lead(self, at: datetime) -> str:
        zone = self.settings.timezone
        return CORRECTION_LEAD.get(self.lang, CORRECTION_LEAD["en"]).format(
            day=day_words(at.astimezone(zone).date(), self.lang),
            time=time_words(at, zone, self.lang, with_zone=self.lang != "fr"))

    def mentions_next_update(self, markdown: str) -> bool:
        """Whether the authors already promised the next update in this text."""
        return roles.first(markdown, self.lang, "next-update") is not None

    def update_paragraphs(self, update: Update) -> list[str]:
        """An update's paragraphs as published."""
        return plain_items(update.text)

    def correction_paragraphs(self, update: Update) -> list[str]:
        """The corrections made to an update, each dated, in one paragraph each."""
        return [self._corrected(c.at, " ".join(plain_items(c.text))) for c in update.corrections]

    def _corrected(self, at: datetime, text: str) -> str:
        from generator.channels.voices import after_colon

        return f"{self.correction_lead(at)} {after_colon(text, self.lang)}"

    def corrections_text(self, update: Update) -> list[str]:
        return self.update_sentences(update)[len(roles.sentences(update.text, self.lang)):]

    # -- the promise in words ------------------------------------------------------------------

    def promise_line(self) -> str:
        """The next update, in a sentence: ahead ("Next update by …"), late ("We promised an
        update by …; it is late, and we are sorry."), or nothing."""
        p = self.promise
        if p.at is None:
            return ""
        when = self.when(p.at, reference=self.now)
        if p.ahead:
            return f"Prochain point {when}." if self.lang == "fr" else f"Next update by {when}."
        if self.lang == "fr":
            return f"Nous avions promis un point {when} : il est en retard, nous vous prions de nous en excuser."
        return f"We promised an update by {when}; it is late, and we are sorry."
