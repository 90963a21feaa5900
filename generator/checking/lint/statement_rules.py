"""Stage 2, checks: the statement rules. Each looks at one language file as a whole: what a
serious statement must contain (acknowledgement, empathy, action, a spokesperson), the
promised next update, and whether the summary fits the X announcement."""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import datetime
from functools import cache

from generator.core.languages import section_heading
from generator.checking.lint.blocks import body_blocks
from generator.checking.lint.features import Reader
from generator.checking.lint.model import scorer
from generator.checking.lint.registry import WARNING, Rule
from generator.checking.lint.sentences import Block, Sentence, split
from generator.checking.lint.translation_rules import facts
from generator.core.model import Problem, Settings, Severity, Statement


@dataclass(frozen=True, slots=True)
class Context:
    settings: Settings
    now: datetime


@cache
def _reader(lang: str) -> Reader | None:
    """The statement-level cue classes, read with the scorer's lemma table."""
    found = scorer(lang)
    if found is None:
        return None
    from generator.checking.lint.lexicon_en import STATEMENT_CUES as english
    from generator.checking.lint.lexicon_fr import STATEMENT_CUES as french

    return Reader(lang, found.reader.lemmas, french if lang == "fr" else english)


def _cues(sentence: Sentence, lang: str) -> set[str]:
    """The statement-level cue classes a sentence shows outside negation and reported speech."""
    reader = _reader(lang)
    if reader is None:
        return set()
    _, features = reader.read(sentence.text)
    return {feature.name[2:] for feature in features if feature.name.startswith("c:")}


def _anchor(statement: Statement) -> int:
    """Statement-level findings sit on the `## Summary` heading: a suppression comment fits
    just above it, and the summary is where most of them are fixed."""
    summary = statement.section("summary")
    return summary.line if summary else 1


def _summary_sentences(statement: Statement) -> list[Sentence]:
    summary = statement.section("summary")
    return split(Block(summary.text, summary.body_line)) if summary else []


def _body_sentences(statement: Statement) -> list[Sentence]:
    return [sentence for block in body_blocks(statement) for sentence in split(block)]


def check_acknowledgement(rule: Rule, statement: Statement, ctx: Context) -> Iterator[Problem]:
    if not statement.severity.serious or statement.maintenance:  # planned work: nothing went wrong
        return
    # Judged on what the summary does, not on the words it uses: it says nothing for sure
    # when each of its sentences is hedged ("some users may be experiencing issues") or only
    # an apology ("We are sorry for the worry."). A plain statement of the problem, in any
    # words, acknowledges it.
    def plain(sentence: Sentence) -> bool:
        cues = _cues(sentence, statement.lang)
        return "vague" not in cues and ("empathy" not in cues or len(sentence.text.split()) > 8)

    sentences = _summary_sentences(statement)
    if not sentences or any(plain(s) for s in sentences):
        return
    yield rule.problem(statement, _anchor(statement), 1,
                       f"this {statement.severity} statement's summary only hedges: it never says plainly what "
                       "went wrong")


# Care given to the people hurt is a word for them too: « Nous sommes en contact avec les deux
# spectateurs touchés et prenons en charge tous leurs frais. »
_CARE = re.compile(r"\b(?:we are (?:in (?:touch|contact)|staying in touch) with|we have (?:spoken|talked) (?:to|with)|"
                   r"we are (?:covering|paying) (?:all )?(?:their|the) (?:costs|expenses|bills)|nous sommes en contact avec|"
                   r"nous avons (?:parlé|échangé) [^.]{0,30}avec|(?:prenons|prendrons) en charge (?:tous |l['’]ensemble de )?"
                   r"leurs frais)\b", re.IGNORECASE)


def check_empathy(rule: Rule, statement: Statement, ctx: Context) -> Iterator[Problem]:
    if not statement.severity.serious or statement.maintenance:  # a maintenance notice owes no apology
        return
    sentences = _body_sentences(statement)
    if any("empathy" in _cues(sentence, statement.lang) or _CARE.search(sentence.text) for sentence in sentences):
        return
    yield rule.problem(statement, _anchor(statement), 1,
                       f"this {statement.severity} statement has no apology and no word for the people affected")


def check_action(rule: Rule, statement: Statement, ctx: Context) -> Iterator[Problem]:
    if not statement.severity.serious:
        return
    section = statement.section("what_we_are_doing")
    if section is not None and section.text.strip():
        return
    # Actions told in the summary or the updates count as well as the section.
    if any("action" in _cues(sentence, statement.lang) for sentence in _body_sentences(statement)):
        return
    heading = section_heading("what_we_are_doing", statement.lang)
    yield rule.problem(statement, _anchor(statement), 1,
                       f"this {statement.severity} statement never says what is being done about it "
                       f"(no '## {heading}' section, no action in the summary or the updates)")


def check_spokesperson(rule: Rule, statement: Statement, ctx: Context) -> Iterator[Problem]:
    if statement.severity is not Severity.CRITICAL or statement.maintenance:
        return
    # A named spokesperson is what puts someone's name on the crisis; a quote is better still
    # (the press release carries it) but a statement without one is not disowned.
    if statement.spokesperson is not None:
        return
    quote = statement.section("quote")
    missing = ["a `spokesperson: {name, role}` in the front matter"]
    if quote is None or not quote.text.strip():
        missing.append(f"a '## {section_heading('quote', statement.lang)}' section")
    yield rule.problem(statement, _anchor(statement), 1,
                       "this critical statement has no one's name on it: it lacks " + " and ".join(missing))


def check_next_update(rule: Rule, statement: Statement, ctx: Context) -> Iterator[Problem]:
    # A maintenance's window (`scheduled_until`) is its promise.
    if statement.resolved or statement.next_update is not None or statement.maintenance:
        return
    latest = statement.last_update
    yield rule.problem(statement, latest.line, 1,
                       f"the statement is still '{latest.status_word or latest.status.value}' (line {latest.line}) "
                       "but promises no next update")


# A sentence that promises the next update.
_PROMISES_UPDATE = re.compile(r"\b(?:next update|(?:post|give|publish|share) (?:an|another|the next|a further) update|"
                              r"update (?:you |this page )?by|prochain point|prochaine mise à jour|nouveau point|"
                              # « Nous publierons une mise à jour d'ici 13 h », « nous ferons le point à 18 h »
                              r"(?:publierons|donnerons|diffuserons|ferons) (?:une|un|la|le) (?:nouvelle |autre )?"
                              r"(?:mise à jour|point)|mettrons (?:cette page )?à jour|"
                              r"nächste Aktualisierung|wir melden uns)\b", re.IGNORECASE)
def check_summary_promise(rule: Rule, statement: Statement, ctx: Context) -> Iterator[Problem]:
    # The summary written by `new` promises the first update ("by 07:05"); `update --next-update`
    # moves `next_update` on, and a summary left as it was promises a time long past.
    if statement.next_update is None or statement.resolved:
        return
    promised = statement.next_update.astimezone(ctx.settings.timezone)
    for sentence in _summary_sentences(statement):
        # Times read as the translation checks read them, in the statement's language.
        times = {f.value for f in facts(sentence.text, statement.lang) if f.kind == "time"} \
            if _PROMISES_UPDATE.search(sentence.text) else set()
        if times and f"{promised:%H:%M}" not in times:
            line, column = sentence.position(0)
            said = ", ".join(sorted(times))
            yield rule.problem(statement, line, column,
                               f"the summary promises the next update at {said}, but `next_update` says "
                               f"{promised:%H:%M}")


def check_overdue(rule: Rule, statement: Statement, ctx: Context) -> Iterator[Problem]:
    # A maintenance without `next_update` promised to be over by the end of its window.
    promise, key = statement.next_update, "next_update"
    if promise is None and statement.maintenance:
        promise, key = statement.scheduled_until, "scheduled_until"
    if statement.resolved or promise is None or promise >= ctx.now:
        return
    promised = promise.astimezone(ctx.settings.timezone).strftime("%Y-%m-%d %H:%M")
    late = ctx.now - promise
    minutes = int(late.total_seconds() // 60)
    # "11 days 11 h late" past a day: "275 h 05 min" makes the reader count.
    days, hours = minutes // (60 * 24), minutes % (60 * 24) // 60
    delay = (f"{days} day{'s' if days > 1 else ''}" + (f" {hours} h" if hours else "") if days
             else f"{minutes // 60} h {minutes % 60:02d} min" if minutes >= 60 else f"{minutes} min")
    what = ("the maintenance window ended at {} and it is not marked completed: it is {} late"
            if key == "scheduled_until" else "the next update was promised for {} and is {} late")
    yield rule.problem(statement, statement.key_lines.get(key, 1), 1, what.format(promised, delay))


def check_length(rule: Rule, statement: Statement, ctx: Context) -> Iterator[Problem]:
    """Read on the composer's real X announcement: the warning comes when its first post
    cannot hold the summary's first sentence, the news most readers see and nothing else."""
    from generator.rendering.brief import Brief
    from generator.rendering.channels.compose import render_copies, select_channels
    from generator.rendering.channels.counting import x_urls
    from generator.core.errors import RenderError

    summary = statement.section("summary")
    if summary is None or "x" not in select_channels(statement, ctx.settings):
        return
    try:
        announcement = render_copies(statement, ctx.settings, ["x"], ctx.now)[0]
    except RenderError:
        return  # the copies' own check reports what cannot be made
    brief = Brief(statement, ctx.settings, ctx.now)
    news = brief.news
    first = " ".join(announcement.parts[0].split())
    # (The count is the summary's first sentence's, which the message names: a closed statement's
    # news may be its last update's, shorter.)
    said = brief.summary_sentences[0].text if brief.summary_sentences else news
    # The title may lead by choice, beside what must be seen at once: only a news without room warns.
    if " ".join(news.split())[:-1] not in first and not announcement.news_fits:
        # (An address on a domain X does not know, "status.org.example", is no link there: it
        # weighs its whole length, not 23, and may be what leaves no room.)
        address = next((word for word in first.split() if word.startswith(("https://", "http://"))), "")
        unlinked = f"; X does not link {address.split('/')[2]} (not a domain it knows), so the address weighs its " \
                   f"{len(address)} characters instead of 23" if address and not x_urls(address) else ""
        yield rule.problem(statement, summary.body_line, 1,
                           f"the first X post cannot hold the summary's first sentence ({len(said)} characters, "
                           f"beside the link and hashtags in 280): most readers see only that post, and it would "
                           f"carry a fragment{unlinked}")


SERIOUS = "major and critical statements"

STATEMENT_RULES: list[Rule] = [
    Rule(
        "no-acknowledgement", "no-acknowledgement", WARNING, "statement", ("en", "fr"),
        f"Warning, {SERIOUS}: the summary only hedges ('some users may be experiencing issues'): no sentence "
        "of it says plainly what went wrong, in whatever words.",
        "Summary: We are aware of reports that some users may be experiencing issues.",
        "Summary: Since 09:12 one card payment in three fails at checkout. We know the cause.",
        {"en": "Say in the summary what is wrong, for whom, since when, in plain words.",
         "fr": "Dites dans le résumé ce qui ne va pas, pour qui, depuis quand, en mots simples."},
        check_acknowledgement,
    ),
    Rule(
        "no-empathy", "no-empathy", WARNING, "statement", ("en", "fr"),
        f"Warning, {SERIOUS}: no apology and no word for the people affected anywhere in the statement.",
        "Summary: Card payments are failing. A fix is being deployed.",
        "Summary: Card payments are failing. We are sorry; a fix is being deployed.",
        {"en": "Say you are sorry, or that you understand what this means for the people affected.",
         "fr": "Présentez vos excuses, ou dites que vous comprenez ce que cela représente pour les personnes "
               "concernées."},
        check_empathy,
    ),
    Rule(
        "no-action", "no-action", WARNING, "statement", ("*",),
        f"Warning, {SERIOUS}: nothing says what is being done (no 'What we are doing' section and no action "
        "in the summary or the updates), so readers learn nothing about the fix or its timeline.",
        "(no '## What we are doing' section)",
        "## What we are doing\nOur engineers are installing a new certificate, region by region, by 12:00.",
        {"en": "Add '## What we are doing': the actions under way and when you expect them to work.",
         "fr": "Ajoutez « ## Ce que nous faisons » : les actions en cours et quand vous en attendez l'effet."},
        check_action,
    ),
    Rule(
        "no-spokesperson-quote", "no-ownership", WARNING, "statement", ("*",),
        "Warning, critical statements: a crisis needs a named person to own it, a `spokesperson` in the front "
        "matter, best with a '## Quote' in which that person speaks (the press release attributes it).",
        "(critical statement without `spokesperson`)",
        "spokesperson: {name: Claire Martin, role: Chief Executive Officer}\n## Quote\n\"We failed our "
        "merchants, and I apologise to each of them.\"",
        {"en": "Add `spokesperson: {name, role}` and a '## Quote' in which that person owns the failure.",
         "fr": "Ajoutez `spokesperson: {name, role}` et une « ## Citation » où cette personne assume l'échec."},
        check_spokesperson,
    ),
    Rule(
        "no-next-update", "no-next-update", WARNING, "statement", ("*",),
        "Warning: an unresolved statement without `next_update` leaves people refreshing the page with no "
        "promise of news; update regularly, even with no news.",
        "(latest update 'investigating', no `next_update`)",
        "next_update: 2026-11-20 12:00",
        {"en": "Add `next_update: <date and time>` to the front matter, and keep that promise even with no news.",
         "fr": "Ajoutez `next_update: <date et heure>` dans l'en-tête, et tenez cette promesse même sans nouvelle."},
        check_next_update,
    ),
    Rule(
        "overdue-update", "overdue-update", WARNING, "statement", ("*",),
        "Warning: `next_update` is already past at check time (the clock: ONEVOICE_NOW or SOURCE_DATE_EPOCH, "
        "else now) and the statement is unresolved: the promise of news was broken.",
        "next_update: 2026-11-20 11:00 (checked at 11:30)",
        "An update posted before 11:00, even 'no news yet', and `next_update` moved on.",
        {"en": "Post an update now, even if there is no news, and set a new `next_update`.",
         "fr": "Publiez une mise à jour maintenant, même sans nouvelle, et fixez un nouveau `next_update`."},
        check_overdue,
    ),
    Rule(
        "summary-promise", "inconsistent", WARNING, "statement", ("*",),
        "Warning: the summary promises the next update at another time than `next_update` (the holding "
        "statement's first promise, left in the summary after `onevoice update --next-update`). The copies say "
        "only `next_update`'s; the page shows both.",
        "next_update: 2026-11-20 16:00 — Summary: '… We will post an update by 07:05 CET.'",
        "next_update: 2026-11-20 16:00 — Summary without its own promise, or '… by 16:00 CET.'",
        {"en": "Remove the promise from the summary (every output says `next_update`'s), or give the same time.",
         "fr": "Retirez la promesse du résumé (chaque sortie dit celle de `next_update`), ou donnez la même heure."},
        check_summary_promise,
    ),
    Rule(
        "summary-too-long", "length", WARNING, "statement", ("*",),
        "Warning: the first post of the X announcement (as the composer makes it: the summary's first sentence, "
        "then the advice and the apology as they fit, the link and a hashtag, weighed like X) cannot hold the "
        "summary's first sentence whole, the news most readers see and nothing else.",
        "Summary: Since 09:12 CET, because an expired security certificate on the gateway that serves our shops, "
        "restaurants and mobile app was not renewed, about one card payment in three fails at checkout.",
        "Summary: Since 09:12 some card payments fail at checkout. We are sorry; a fix is being deployed.",
        # (The first sentence only: the rest of the summary is the lead of the page, the e-mail and the
        # release, and a breach's "no passwords were in the files" must stay in it.)
        {"en": "Shorten the summary's first sentence to the key message, or split it in two; the rest of the summary "
               "can stay as it is.",
         "fr": "Raccourcissez la première phrase du résumé au message clé, ou coupez-la en deux ; le reste du résumé "
               "peut rester tel quel."},
        check_length,
    ),
]
