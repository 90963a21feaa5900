"""Review stage, computations: the parsed statement and its history in, the figures of the
response out. Pure: no file, no git, no clock (the caller passes `now`).

Every figure carries how it was computed, or why it is unknown, as a `Phrase` (a message id
and its values) that `wording` puts into the review's language."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta
from itertools import pairwise

from generator.core.model import Incident, Problem, Statement, Status
from generator.authoring.review.history import History, Version
from generator.authoring.review.lintlog import LintHistory
from generator.core.text import strip_comments

# A promise is kept when the update lands within its minute: promises are written to the
# minute, commits carry seconds.
PROMISE_GRACE = timedelta(minutes=1)
STAGES = (Status.IDENTIFIED, Status.MONITORING, Status.RESOLVED)
_RANK = {status: rank for rank, status in enumerate(Status)}


@dataclass(frozen=True, slots=True)
class Phrase:
    """A sentence before it is worded: a message id from `wording` and its values."""

    id: str
    args: tuple[tuple[str, object], ...] = ()

    @property
    def values(self) -> dict[str, object]:
        return dict(self.args)


def phrase(id: str, **args: object) -> Phrase:
    return Phrase(id, tuple(sorted(args.items())))


@dataclass(frozen=True, slots=True)
class Figure:
    key: str  # stable id, also the JSON key: "first_word", "promises", ...
    value: timedelta | int | None  # None when unknown
    how: Phrase  # how it was computed
    unknown: Phrase | None = None  # why it is unknown (or not applicable)
    summary: Phrase | None = None  # the value in words when the number alone says too little
    details: tuple[Phrase, ...] = ()


@dataclass(frozen=True, slots=True)
class Promise:
    """One `next_update` value, from the commit that set it to what became of it."""

    made_at: datetime  # commit time of the first version promising it
    due: datetime
    outcome: str  # "kept", "late", "missed", "moved" (replaced before it was due) or "pending"
    came_at: datetime | None = None  # commit time of the next update, when one came
    margin: timedelta | None = None  # early by (kept), late by, overdue by (missed)
    replaced_at: datetime | None = None  # when a new promise took its place before any update


@dataclass(frozen=True, slots=True)
class ChannelCount:
    channel: str
    copies: int  # the announcement and one per update
    posts: int  # with every part of every thread


@dataclass(frozen=True)
class Inputs:
    """Everything the figures are computed from."""

    incident: Incident  # today's files (translations may lag)
    lang: str  # the language the review is written in
    history: History
    lint: LintHistory | None  # None without history
    current_problems: Sequence[Problem]  # the checker's findings on today's files
    channels: dict[str, list[ChannelCount]] | str  # lang -> counts, or why they could not be made
    now: datetime
    site_languages: tuple[str, ...]


# -- history helpers --------------------------------------------------------------------------

def _published(versions: Sequence[Version]) -> list[Version]:
    return [v for v in versions if v.published and v.statement is not None and v.statement.updates]


def public_versions(history: History, lang: str,
                    refused: frozenset[str] = frozenset()) -> list[tuple[datetime, Statement]]:
    """(commit time, the `lang` file as it stood) for every commit whose build would publish
    it: the file parses, is not a draft, and the commit is not one the checks `refused`.
    A change committed while the build was refused reached readers only at the next good commit."""
    by_commit = {version.commit: version for version in history.versions.get(lang, ())}
    standing: Version | None = None
    public = []
    for commit, at in history.commits():
        standing = by_commit.get(commit, standing)
        if standing is None or commit in refused or not standing.published:
            continue
        assert standing.statement is not None
        if standing.statement.updates:
            public.append((at, standing.statement))
    return public


def refused_commits(inputs: Inputs) -> frozenset[str]:
    return inputs.lint.blocked_commits if inputs.lint is not None else frozenset()


def history_gap(inputs: Inputs) -> Phrase | None:
    """Why git cannot say how the response unfolded, or None when it can."""
    history = inputs.history
    if history.unavailable is not None:
        return phrase(f"history-{history.unavailable}", detail=history.detail)
    primary = inputs.incident.primary
    versions = _published(history.versions.get(primary.lang, ()))
    if not versions:
        return phrase("history-never-published", file=primary.path.name)
    first = versions[0].statement
    assert first is not None
    if len(primary.updates) > 1 and len(first.updates) >= len(primary.updates):
        return phrase("history-after-the-fact", at=versions[0].at, count=len(first.updates))
    return None


def reconstruct_promises(public: Sequence[tuple[datetime, Statement]], now: datetime) -> list[Promise]:
    """The sequence of promises in the published versions (`public_versions`), each judged
    against the next update to be published."""
    arrivals: dict[datetime, datetime] = {}  # update heading time -> first published with it
    made: list[tuple[datetime, datetime, datetime]] = []  # (made at, due, newest update then)
    previous: datetime | None = None
    for at, statement in public:
        for update in statement.updates:
            arrivals.setdefault(update.at, at)
        due = statement.next_update
        if due is not None and due != previous:
            made.append((at, due, statement.updates[0].at))
        previous = due
    promises = []
    for index, (made_at, due, newest) in enumerate(made):
        came = min((published for heading, published in arrivals.items() if heading > newest), default=None)
        replaced = made[index + 1][0] if index + 1 < len(made) else None
        if replaced is not None and (came is None or replaced < came):
            if replaced < due + PROMISE_GRACE:
                promises.append(Promise(made_at, due, "moved", None, max(due - replaced, timedelta(0)), replaced))
            else:  # it had already passed when someone moved it
                promises.append(Promise(made_at, due, "missed", None, replaced - due, replaced))
        elif came is not None:
            kept = came < due + PROMISE_GRACE
            promises.append(Promise(made_at, due, "kept" if kept else "late", came,
                                    max(due - came, timedelta(0)) if kept else came - due))
        elif now >= due + PROMISE_GRACE:
            promises.append(Promise(made_at, due, "missed", None, now - due))
        else:
            promises.append(Promise(made_at, due, "pending", None, due - now))
    return promises


def silent_edits(public: Sequence[tuple[datetime, Statement]]) -> list[tuple[datetime, datetime, datetime]]:
    """(update time, first published, rewritten at) for every published update whose text
    changed later without a correction note being added."""
    found = []
    texts: dict[datetime, tuple[str, int, datetime]] = {}  # update -> (text, corrections, first seen)
    for at, statement in public:
        for update in statement.updates:
            text = " ".join(strip_comments(update.text).split())  # comments are never published
            before = texts.get(update.at)
            if before and text != before[0] and len(update.corrections) <= before[1]:
                found.append((update.at, before[2], at))
            texts[update.at] = (text, len(update.corrections), before[2] if before else at)
    return found


# -- the figures ------------------------------------------------------------------------------

def problem_began(statement: Statement) -> datetime | None:
    """`began` when the file gives it before `started`: the delays people lived through count from
    when the problem began, not from when the statement was opened."""
    return statement.began if statement.began is not None and statement.began < statement.started else None


def first_word(statement: Statement) -> Figure:
    """From when the problem began (`began`, when the file gives it) to the first update: readers
    see how long the organisation took to speak, not how long after it opened the file."""
    first = statement.first_update
    began = problem_began(statement)
    start = began or statement.started
    return Figure("first_word", first.at - start,
                  phrase("how-first-word-began" if began else "how-first-word", started=start, first=first.at))


def first_commit(inputs: Inputs, gap: Phrase | None) -> Figure:
    started = inputs.incident.primary.started
    how = phrase("how-first-commit", started=started)
    if gap is not None:
        return Figure("first_commit", None, how, gap)
    refused = refused_commits(inputs)
    firsts = [found[0] for lang in inputs.incident.translations
              if (found := public_versions(inputs.history, lang, refused))]
    if not firsts:
        return Figure("first_commit", None, how, phrase("history-never-published",
                                                        file=inputs.incident.primary.path.name))
    at, statement = min(firsts, key=lambda item: item[0])
    details = (phrase("detail-first-commit", at=at, heading=statement.first_update.at),)
    return Figure("first_commit", at - started, how, details=details)


def time_to(statement: Statement, stage: Status) -> Figure:
    reached = [u for u in reversed(statement.updates) if _RANK[u.status] >= _RANK[stage]]
    began = problem_began(statement)
    start = began or statement.started
    how = phrase("how-time-to-began" if began else "how-time-to", stage=stage.value, started=start)
    if not reached:
        return Figure(f"to_{stage.value}", None, how, phrase("unknown-stage-not-reached", stage=stage.value))
    first = reached[0]
    details = () if first.status is stage else (phrase("detail-stage-skipped", stage=stage.value,
                                                       status=first.status.value, at=first.at),)
    return Figure(f"to_{stage.value}", first.at - start, how, details=details)


def promises_kept(inputs: Inputs, gap: Phrase | None) -> Figure:
    statement = inputs.incident.primary
    how = phrase("how-promises", file=statement.path.name)
    current: tuple[Phrase, ...] = ()
    if statement.next_update is not None and not statement.resolved:
        late = inputs.now - statement.next_update
        current = (phrase("detail-current-promise-overdue" if late > PROMISE_GRACE else "detail-current-promise",
                          due=statement.next_update, by=abs(late)),)
    if gap is not None:
        return Figure("promises", None, how, gap, details=current)
    promises = reconstruct_promises(public_versions(inputs.history, statement.lang, refused_commits(inputs)),
                                    inputs.now)
    if not promises:
        return Figure("promises", None, how, phrase("unknown-no-promise"), details=current)
    judged = [p for p in promises if p.outcome in ("kept", "late", "missed")]
    kept = sum(p.outcome == "kept" for p in judged)
    details = tuple(
        phrase("promise-missed-moved" if p.outcome == "missed" and p.replaced_at else f"promise-{p.outcome}",
               made=p.made_at, due=p.due, came=p.came_at, by=p.margin)
        for p in promises)
    summary = phrase("summary-promises", kept=kept, judged=len(judged),
                     late=sum(p.outcome == "late" for p in judged),
                     missed=sum(p.outcome == "missed" for p in judged),
                     moved=sum(p.outcome == "moved" for p in promises))
    return Figure("promises", kept, how, summary=summary, details=(*details, *current))


def longest_silence(statement: Statement, now: datetime) -> Figure:
    times = [(u.at, u.status.value) for u in reversed(statement.updates)]
    if not statement.resolved:
        times.append((now, "now"))
    how = phrase("how-silence")
    if len(times) < 2:
        return Figure("longest_silence", None, how, phrase("unknown-one-update"))
    gaps = [(later[0] - earlier[0], earlier, later) for earlier, later in pairwise(times)]
    gap, earlier, later = max(gaps, key=lambda g: g[0])
    detail = phrase("detail-silence-ongoing" if later[1] == "now" else "detail-silence",
                    start=earlier[0], start_status=earlier[1], end=later[0], end_status=later[1])
    return Figure("longest_silence", gap, how, details=(detail,))


def corrections(statement: Statement) -> Figure:
    details = tuple(phrase("detail-correction", update=u.at, at=c.at, delay=c.at - u.at)
                    for u in reversed(statement.updates) for c in u.corrections)
    return Figure("corrections", len(details), phrase("how-corrections", file=statement.path.name),
                  details=details)


def rewrites(inputs: Inputs, gap: Phrase | None) -> Figure:
    how = phrase("how-rewrites")
    if gap is not None:
        return Figure("silent_edits", None, how, gap)
    found = silent_edits(public_versions(inputs.history, inputs.incident.primary.lang, refused_commits(inputs)))
    details = tuple(phrase("detail-rewrite", update=u, published=p, at=at, delay=at - p) for u, p, at in found)
    return Figure("silent_edits", len(found), how, details=details)


def lint_findings(inputs: Inputs, gap: Phrase | None) -> Figure:
    lint = inputs.lint
    today = phrase("detail-lint-today", count=len(inputs.current_problems),
                   warnings=sum(p.severity == "warning" for p in inputs.current_problems))
    if gap is not None or lint is None:
        return Figure("lint", None, phrase("how-lint-today"), gap or phrase("history-unknown"), details=(today,))
    how = phrase("how-lint" if lint.linter_installed else "how-lint-format-only", commits=lint.commits_checked)
    details = []
    for f in lint.findings:
        if not (f.published or f.blocking):
            continue
        kind = "blocked" if f.blocking else "published"
        state = "fixed" if f.fixed_at else "open"
        details.append(phrase(f"detail-finding-{kind}-{state}", file=f.file, rule=f.rule, message=f.message,
                              at=f.first_at, fixed=f.fixed_at,
                              lasted=(f.fixed_at - f.first_at) if f.fixed_at else None))
    summary = phrase("summary-lint", published=len(lint.published), blocking=len(lint.blocking),
                     blocked=lint.blocked)
    return Figure("lint", len(lint.published), how, summary=summary, details=(*details, today))


def translation_lag(inputs: Inputs, gap: Phrase | None) -> Figure:
    incident, history = inputs.incident, inputs.history
    primary = incident.primary
    others = [s for lang, s in incident.translations.items() if lang != primary.lang]
    how = phrase("how-languages", primary=primary.lang)
    if not others:
        missing = [lang for lang in inputs.site_languages if lang != primary.lang]
        reason = phrase("unknown-single-language", lang=primary.lang, missing=tuple(missing))
        return Figure("languages", None, how, reason)
    ours = {u.at for u in primary.updates}
    lacking = tuple(phrase("detail-lacking", lang=s.lang, count=len(ours - {u.at for u in s.updates}))
                    for s in others if ours - {u.at for u in s.updates})
    if gap is not None:
        return Figure("languages", None, how, gap, details=lacking)
    primary_seen = history.first_seen(primary.lang)
    details, worst = [], timedelta(0)
    for other in others:
        seen = history.first_seen(other.lang)
        lags = []
        for heading, committed in sorted(primary_seen.items()):
            arrived = seen.get(heading)
            lag = (arrived if arrived is not None else inputs.now) - committed
            lags.append((max(lag, timedelta(0)), heading, arrived is None))
        if not lags:
            continue
        lag, heading, outstanding = max(lags)
        worst = max(worst, lag)
        details.append(phrase("detail-lag-outstanding" if outstanding else "detail-lag", lang=other.lang,
                              lag=lag, update=heading,
                              late=sum(1 for lg, _, _ in lags if lg > timedelta(minutes=5)), total=len(lags)))
    return Figure("languages", worst, how, details=(*details, *lacking))


def channels_produced(inputs: Inputs) -> Figure:
    how = phrase("how-channels")
    if isinstance(inputs.channels, str):
        return Figure("channels", None, how, phrase("unknown-channels", reason=inputs.channels))
    counts = inputs.channels.get(inputs.lang, [])
    details = tuple(phrase("detail-channel", channel=c.channel, copies=c.copies, posts=c.posts) for c in counts)
    others = tuple(phrase("detail-channels-lang", lang=lang, copies=sum(c.copies for c in found))
                   for lang, found in inputs.channels.items() if lang != inputs.lang)
    return Figure("channels", sum(c.copies for c in counts), how,
                  summary=phrase("summary-channels", channels=len(counts), copies=sum(c.copies for c in counts),
                                 posts=sum(c.posts for c in counts)),
                  details=(*details, *others))


def compute_figures(inputs: Inputs) -> tuple[Figure, ...]:
    statement = inputs.incident.translations[inputs.lang]
    primary = inputs.incident.primary
    gap = history_gap(inputs)
    return (
        first_word(primary),
        first_commit(inputs, gap),
        *(time_to(primary, stage) for stage in STAGES),
        promises_kept(inputs, gap),
        longest_silence(primary, inputs.now),
        corrections(statement),
        rewrites(inputs, gap),
        lint_findings(inputs, gap),
        translation_lag(inputs, gap),
        channels_produced(inputs),
    )
