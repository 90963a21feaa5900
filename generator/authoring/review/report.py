"""Review stage, output: the review worded in its language, as the terminal shows it (`text`)
and as tools read it (`json`). The Markdown document is `document`'s."""

from __future__ import annotations

import json
from collections.abc import Callable
from dataclasses import dataclass
from datetime import timedelta
from zoneinfo import ZoneInfo

from generator.core.languages import severity_label, status_label
from generator.authoring.review import Review
from generator.authoring.review.figures import Figure, Phrase, phrase, problem_began
from generator.authoring.review.wording import duration as worded_duration
from generator.authoring.review.wording import label, moment, say
from generator.core.text import strip_comments

HEADINGS: dict[str, dict[str, str]] = {
    "en": {"review": "Review", "history": "Git history", "timeline": "Timeline",
           "questions": "Questions the figures raise",
           "how": "how", "began": "problem began", "started": "statement opened", "resolved": "resolved", "uncommitted": "Files with changes not committed (not counted)",
           "no-question": "none: no figure crossed a usual threshold", "colon": ": "},
    "fr": {"review": "Analyse", "history": "Historique git", "timeline": "Chronologie",
           "questions": "Questions que posent les chiffres", "how": "calcul", "began": "début du problème", "started": "ouverture",
           "resolved": "résolu", "uncommitted": "Fichiers modifiés non commités (non comptés)",
           "no-question": "aucune : aucun chiffre ne dépasse un seuil habituel", "colon": " : "},
}


def heading(key: str, lang: str) -> str:
    return HEADINGS.get(lang, HEADINGS["en"])[key]


@dataclass(frozen=True, slots=True)
class WordedFigure:
    key: str
    label: str
    value: str  # the value in words, or why it is unknown
    how: str
    known: bool
    details: tuple[str, ...]


@dataclass(frozen=True)
class WordedReview:
    """Every string of the review in its language; what the templates and printers read."""

    slug: str
    lang: str
    title: str
    severity: str
    status: str
    started: str
    began: str | None  # when the problem began, when the file says it began before `started`
    resolved: str | None
    history: str | None  # why git cannot tell, when it cannot
    uncommitted: tuple[str, ...]
    figures: tuple[WordedFigure, ...]
    timeline: tuple[tuple[str, str], ...]  # (time, what happened)
    questions: tuple[str, ...]
    postmortem: str  # the statement's own Markdown, "" when it has none


def _value(figure: Figure, review: Review, zone: ZoneInfo, escape: Callable[[str], str] | None) -> str:
    lang = review.lang
    if figure.value is None:
        if figure.unknown is not None and figure.unknown == review.history_gap:
            return say(phrase("unknown-see-history"), lang, zone)  # the reason is said once, in the header
        return say(figure.unknown, lang, zone, escape) if figure.unknown else "?"
    if figure.summary is not None:
        return say(figure.summary, lang, zone, escape)
    if isinstance(figure.value, timedelta):
        return worded_duration(figure.value, lang)
    return str(figure.value)


def word(review: Review, zone: ZoneInfo, escape: Callable[[str], str] | None = None) -> WordedReview:
    """The review in its language. `escape` is applied to words quoted from people's writing
    (the Markdown document passes its escaper; the terminal and JSON show them as written)."""
    statement, lang = review.statement, review.lang

    def said(item: Phrase) -> str:
        return say(item, lang, zone, escape)

    figures = tuple(
        WordedFigure(f.key, label(f.key, lang), _value(f, review, zone, escape), said(f.how), f.value is not None,
                     tuple(said(d) for d in f.details))
        for f in review.figures
    )
    return WordedReview(
        slug=review.slug, lang=lang, title=statement.title,
        severity=severity_label(statement.severity.value, lang), status=status_label(statement.status.value, lang),
        started=moment(statement.started, zone),
        began=moment(began, zone) if (began := problem_began(statement)) else None,
        resolved=moment(statement.resolved_at, zone) if statement.resolved_at else None,
        history=said(review.history_gap) if review.history_gap else None,
        uncommitted=review.uncommitted,
        figures=figures,
        timeline=tuple((moment(e.at, zone), said(e.what)) for e in review.timeline),
        questions=tuple(said(q) for q in review.questions),
        postmortem=strip_comments(statement.text_of("postmortem")).strip(),
    )


def as_text(worded: WordedReview) -> str:
    lang = worded.lang
    colon = heading("colon", lang)
    lines = [f"{heading('review', lang)}{colon}{worded.title}",
             f"{worded.slug} [{lang}] · {worded.severity} · {worded.status} · "
             + (f"{heading('began', lang)} {worded.began} · " if worded.began else "")
             + f"{heading('started', lang)} {worded.started}"
             + (f" · {heading('resolved', lang)} {worded.resolved}" if worded.resolved else "")]
    if worded.history:
        lines.append(f"{heading('history', lang)}{colon}{worded.history}")
    if worded.uncommitted:
        lines.append(f"{heading('uncommitted', lang)}{colon}{', '.join(worded.uncommitted)}")
    lines.append("")
    for figure in worded.figures:
        lines.append(f"{figure.label}{colon}{figure.value}")
        lines.append(f"    {heading('how', lang)}{colon}{figure.how}")
        lines.extend(f"    - {detail}" for detail in figure.details)
    lines += ["", heading("timeline", lang)]
    lines.extend(f"  {at}  {what}" for at, what in worded.timeline)
    lines += ["", heading("questions", lang)]
    lines.extend(f"  - {q}" for q in worded.questions or (heading("no-question", lang),))
    return "\n".join(lines) + "\n"


def _json_value(figure: Figure) -> tuple[object, str | None]:
    if isinstance(figure.value, timedelta):
        return int(figure.value.total_seconds()), "seconds"
    if figure.value is None:
        return None, None
    return figure.value, "count"


def as_json(review: Review, worded: WordedReview, zone: ZoneInfo) -> str:
    statement = review.statement
    figures = []
    for figure, words in zip(review.figures, worded.figures):
        value, unit = _json_value(figure)
        figures.append({
            "key": figure.key, "label": words.label, "value": value, "unit": unit, "text": words.value,
            "how": words.how, "known": words.known, "details": list(words.details),
        })
    document = {
        "slug": review.slug,
        "lang": review.lang,
        "title": statement.title,
        "severity": statement.severity.value,
        "status": statement.status.value,
        "began": began.astimezone(zone).isoformat() if (began := problem_began(statement)) else None,
        "started": statement.started.astimezone(zone).isoformat(),
        "resolved_at": statement.resolved_at.astimezone(zone).isoformat() if statement.resolved_at else None,
        "history": {"available": review.history_gap is None, "why_not": worded.history,
                    "uncommitted": list(review.uncommitted)},
        "figures": figures,
        "timeline": [{"at": event.at.astimezone(zone).isoformat(), "text": text}
                     for event, (_, text) in zip(review.timeline, worded.timeline)],
        "questions": list(worded.questions),
    }
    return json.dumps(document, ensure_ascii=False, indent=2) + "\n"
