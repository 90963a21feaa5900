"""Render stage: the media Q&A brief (major and critical statements). The questions
journalists ask, for every crisis and for its kind (a data breach, an outage, a billing or pay
error, a recall, a safety incident), each answered with the statement's own whole sentences
and where they are, searched in every section and every update, or marked UNANSWERED with a
line to say instead: never an answer to another question, never a heading for an answer.

The questions and the places searched are the same in every language, so the English and
French briefs of one statement answer alike. A resolved statement's brief speaks in the past
and promises no next update."""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime

from generator.brief import Brief
from generator.clock import now as current_time
from generator.documents.passages import Passage, find
from generator.documents.qa_words import QA_WORDS, count_pattern, words_for as _w
from generator.documents.reading import blocks, document_kind, table_lines
from generator.documents.templating import render_text
from generator.model import Settings, Statement

@dataclass(frozen=True, slots=True)
class Question:
    key: str
    text: dict[str, str]
    find: Callable[[Brief], list[Passage]]
    fallback: str = "not_yet"  # the line to say when the statement has no answer


@dataclass(frozen=True, slots=True)
class Answer:
    question: str
    markdown: str | None  # None: UNANSWERED
    source: str  # where the answer comes from, or the line to say instead


@dataclass(frozen=True, slots=True)
class QaContext:
    title: str
    intro: str
    count: str
    answers: tuple[Answer, ...]
    unanswered: str
    source_label: str
    fix_label: str


# Where to look first: what the authors wrote to explain, then the updates, newest first.
EXPLAIN = ("summary", "what_happened", "postmortem", "quote", "what_we_are_doing")


def _anywhere(brief: Brief, key: str, *, role: str | None = None, first: tuple[str, ...] = EXPLAIN, most: int = 2,
              exclude: str | None = None) -> list[Passage]:
    """The sentences matching the question's words (or role) in the sections named first, in
    that order, then in the updates newest first: a fact said once, anywhere, is found."""
    words = _w(key, brief.lang) if key else None
    chosen: list[Passage] = []
    for section in first:
        chosen += find(brief, role=role, words=words, sections=(section,), most=most, exclude=exclude)
    chosen += find(brief, role=role, words=words, sections=("update",), newest_first=True, history=True, most=most,
                   exclude=exclude)
    unique: list[Passage] = []
    for passage in chosen:
        if not any(passage.text == u.text for u in unique):
            unique.append(passage)
    return unique[:most]


def _q(key: str, en: str, fr: str, finder: Callable[[Brief], list[Passage]], fallback: str = "not_yet") -> Question:
    return Question(key, {"en": en, "fr": fr}, finder, fallback)


def _summary(brief: Brief) -> list[Passage]:
    found = find(brief, sections=("summary",), most=6)
    return [p for p in found if not p.has("apology")][:3]


def _how_many(brief: Brief) -> list[Passage]:
    pattern = count_pattern(brief.lang)
    newest = find(brief, words=pattern, sections=("update",), newest_first=True, history=True, most=6) or \
        find(brief, words=pattern, sections=("summary", "what_happened"), most=6)
    affected = re.compile(r"\b(?:affected|concerné|touché|impacté|total|final)", re.IGNORECASE)
    newest.sort(key=lambda p: not affected.search(p.text))  # stable: the newest figures of those affected first
    return newest[:2]


def _doing(brief: Brief) -> list[Passage]:
    """The actions as the authors listed them, else the changes of the postmortem, else the
    newest update's actions."""
    listed = find(brief, sections=("what_we_are_doing",), most=4)
    if listed:
        return listed
    changes = find(brief, words=_w("prevention", brief.lang), sections=("postmortem",), most=4)
    return changes or find(brief, role="action", sections=("update",), newest_first=True, history=True, most=3)


def _advice(brief: Brief) -> list[Passage]:
    """What the people affected should do: the section's items, whole, as the authors wrote them."""
    heading = "“What you should do”" if brief.lang != "fr" else "« Ce que vous pouvez faire »"
    items = brief.advice_items[:4]
    return [Passage(item, heading, frozenset({"advice"}), 1000) for item in items] or \
        find(brief, role="advice", sections=("summary", "update"), most=2)


def _responsible(brief: Brief) -> list[Passage]:
    return _anywhere(brief, "ownership", first=("summary", "what_happened", "quote", "postmortem"))


def _message(brief: Brief) -> list[Passage]:
    """The apology, then the spokesperson's own words to the people affected."""
    apology = _anywhere(brief, "", role="apology", first=("summary",), most=1)
    quote = find(brief, role="apology", sections=("quote",), most=1) or find(brief, sections=("quote",), most=1)
    return (apology + [q for q in quote if q.text not in [a.text for a in apology]])[:2]


def _again(brief: Brief) -> list[Passage]:
    found = _anywhere(brief, "prevention", first=("postmortem", "what_we_are_doing", "quote", "what_happened",
                                                  "summary"), most=4)
    return [p for p in found if not p.has("correction")][:3]


def _lots(brief: Brief) -> list[Passage]:
    """For a recall, every product and lot: the rows of the statement's tables, else the
    sentences that give lot or serial numbers."""
    lines = recall_lot_lines(brief)
    if lines:
        return [Passage(line, "", frozenset({"lots"}), 1000, "table") for line in lines]
    return _anywhere(brief, "codes", first=("summary", "what_you_should_do", "what_happened"), most=3)


def recall_lot_lines(brief: Brief) -> list[str]:
    """Every row of every table outside the updates, as labelled lines."""
    lines: list[str] = []
    for section in brief.statement.sections:
        if section.key == "updates":
            continue
        for block in blocks(section.text, brief.lang):
            if block.is_table:
                lines += table_lines(block, brief.lang)
    return lines


def _health(brief: Brief) -> list[Passage]:
    advice = [Passage(item, "“What you should do”" if brief.lang != "fr" else "« Ce que vous pouvez faire »",
                      frozenset({"advice"}), 1000) for item in brief.advice_items
              if re.search(_w("health", brief.lang), item, re.IGNORECASE)]
    return (_anywhere(brief, "health", first=("summary",), most=1) + advice)[:3]


def _services(brief: Brief) -> list[Passage]:
    return _anywhere(brief, "where", first=("summary", "what_happened"), most=1)


def _restored(brief: Brief) -> list[Passage]:
    return find(brief, words=_w("restored", brief.lang), sections=("update",), newest_first=True, history=True,
                most=1)


def _common(*, resolved: bool) -> tuple[Question, ...]:
    return (
        _q("how_many", "How many people are affected?", "Combien de personnes sont touchées ?", _how_many),
        _q("responsible", "Who is responsible?", "Qui est responsable ?", _responsible, "review"),
        _q("doing", "What are you doing about it, and by when?" if not resolved else "What have you done about it?",
           "Que faites-vous, et dans quel délai ?" if not resolved else "Qu'avez-vous fait ?", _doing),
        _q("advice", "What should the people affected do?", "Que doivent faire les personnes concernées ?", _advice),
        _q("compensation", "Will people be compensated?", "Les personnes seront-elles indemnisées ?",
           lambda b: _anywhere(b, "money", first=("summary", "what_you_should_do", "what_we_are_doing", "quote"))),
        _q("before", "Has this happened before?", "Est-ce déjà arrivé ?",
           lambda b: _anywhere(b, "before"), "memory"),
        _q("again", "Will it happen again?", "Cela peut-il se reproduire ?", _again, "never_guess"),
        _q("jobs", "Will anyone lose their job over this?", "Quelqu'un va-t-il perdre son poste ?",
           lambda b: [], "review"),
        _q("message", "What do you say to the people affected?", "Que dites-vous aux personnes concernées ?", _message),
    )


def _find_cause(brief: Brief) -> list[Passage]:
    """The sentences that name the cause ("the cause was…", a "Root cause" paragraph) first,
    then those that explain it ("…by mistake", "because…"); never an action that removed it."""
    first = ("summary", "what_happened", "postmortem")
    action = r"\b(?:we have (?:removed|fixed|corrected)|nous avons (?:supprimé|corrigé))"
    strong = _anywhere(brief, "cause_strong", first=first, exclude=action)
    more = _anywhere(brief, "cause", first=first, exclude=action)
    found = strong + [p for p in more if p.text not in [s.text for s in strong]]
    return [p for p in found if not p.has("correction")][:2]


def _cause() -> Question:
    return _q("cause", "What caused it?", "Quelle en est la cause ?", _find_cause, "never_guess")


def _by_kind(kind: str, *, resolved: bool) -> tuple[Question, ...]:
    if kind == "breach":
        return (
            _q("data", "What data exactly?", "Quelles données exactement ?",
               lambda b: _anywhere(b, "", role="data", first=("what_happened", "summary"), most=3)),
            _q("who", "Who accessed it?", "Qui y a eu accès ?", lambda b: _anywhere(b, "who")),
            _cause(),
            _q("encrypted", "Was it encrypted?", "Les données étaient-elles chiffrées ?",
               lambda b: _anywhere(b, "encrypted")),
            _q("regulator", "Was the regulator told, and when?",
               "L'autorité de contrôle a-t-elle été prévenue, et quand ?",
               lambda b: _anywhere(b, "", role="regulator", first=("what_we_are_doing", "summary"))),
            _q("am_i", "How do I know if I am affected?", "Comment savoir si je suis concerné ?",
               lambda b: _anywhere(b, "contacted", first=("summary", "what_you_should_do", "what_we_are_doing"))),
            _q("password", "Should I change my password?", "Dois-je changer mon mot de passe ?",
               lambda b: _anywhere(b, "password", first=("what_you_should_do", "summary", "what_happened"))),
            _q("phishing", "Is there a risk of phishing?", "Y a-t-il un risque d'hameçonnage ?",
               lambda b: _anywhere(b, "phishing", first=("what_you_should_do", "summary"))),
            _q("fines", "Will you be fined?", "Risquez-vous une amende ?", lambda b: [], "review"),
        )
    if kind == "outage":
        now_question = (_q("restored", "Is it working normally now?", "Est-ce que tout fonctionne normalement ?",
                           _restored) if resolved else
                        _q("workaround", "Is there a workaround?", "Existe-t-il une solution de contournement ?",
                           _advice))
        return (
            _q("services", "Which services and regions?", "Quels services et quelles régions ?", _services),
            _cause(),
            now_question,
        )
    if kind == "billing":  # its money question replaces the general one on compensation
        return (
            _cause(),
            _q("money", "When do people get their money back?", "Quand les personnes récupèrent-elles leur argent ?",
               lambda b: _anywhere(b, "money", first=("summary", "what_you_should_do", "what_we_are_doing"))),
        )
    if kind == "recall":
        return (
            _q("lots", "Which products, lots and dates?", "Quels produits, quels lots, quelles dates ?", _lots),
            _q("health", "What is the risk, and what should someone who used it watch for?",
               "Quel est le risque, et que doit surveiller une personne qui l'a utilisé ?", _health),
            _cause(),
            _q("return", "How do people return it and get their money back?",
               "Comment rapporter le produit et être remboursé ?",
               lambda b: _anywhere(b, "return", first=("summary", "what_you_should_do"), most=2)),
            _q("authorities", "Were the authorities informed?", "Les autorités ont-elles été prévenues ?",
               lambda b: _anywhere(b, "", role="regulator", first=("what_we_are_doing", "summary", "what_happened"))),
            _q("sold", "How many units were sold?", "Combien d'unités ont été vendues ?",
               lambda b: _anywhere(b, "sold", role="figure", first=("summary", "what_happened"))),
        )
    if kind == "safety":
        return (
            _q("hurt", "Is anyone hurt?", "Y a-t-il des blessés ?",
               lambda b: find(b, words=_w("hurt", b.lang), sections=("update",), newest_first=True, history=True,
                              most=1) + find(b, words=_w("hurt", b.lang), sections=("summary",), most=1)),
            _q("safe", "Is the site safe now?", "Le site est-il sûr désormais ?",
               lambda b: find(b, words=_w("safe", b.lang), sections=("update",), newest_first=True, history=True,
                              most=1)),
            _q("services", "Were emergency services and authorities involved?",
               "Les secours et les autorités sont-ils intervenus ?",
               lambda b: _anywhere(b, "emergency", first=("what_happened", "summary"))),
            _cause(),
            _q("environment", "Is there an environmental impact?", "Y a-t-il un impact sur l'environnement ?",
               lambda b: _anywhere(b, "environment", first=("what_happened", "summary"), most=1)),
        )
    return (_cause(),)


def _questions(brief: Brief) -> tuple[Question, ...]:
    resolved = brief.statement.resolved
    what = _q("what", "What happened?", "Que s'est-il passé ?", _summary)
    since = _q("since", "Since when, and since when have you known?", "Depuis quand, et depuis quand le savez-vous ?",
               lambda b: [])
    kind = document_kind(brief)
    common = [q for q in _common(resolved=resolved) if not (kind == "billing" and q.key == "compensation")]
    return (what, since, *_by_kind(kind, resolved=resolved), *common)


def _since(brief: Brief, words: dict[str, str]) -> tuple[str, str]:
    """Since when: `began` if the statement gives it, else the statement's own sentence on
    when it began; since when it is known: the sentence saying how we found out, and our first
    public word."""
    lines: list[str] = []
    sources: list[str] = []
    if brief.began is not None:
        lines.append(words["began"].format(when=brief.when(brief.began, "document")))
    else:
        told = find(brief, words=_w("when", brief.lang), sections=("what_happened",), most=1) or \
            find(brief, words=_w("when", brief.lang), sections=("summary",), most=1)
        if told:
            lines.append(f"> {told[0].text}")
            sources.append(told[0].source)
    missed = r"\b(?:not (?:been )?detected|did not (?:detect|notice)|pas (?:été )?détecté|pas détecté)"
    known = find(brief, words=_w("known", brief.lang), sections=("what_happened", "summary"), most=1,
                 exclude=missed) or \
        list(reversed(find(brief, words=_w("known", brief.lang), sections=("update",), history=True, most=99,
                           exclude=missed)))[:1]
    if known and not any(known[0].text in line for line in lines):
        lines.append(f"> {known[0].text}")
        sources.append(known[0].source)
    lines.append(words["first_word"].format(when=brief.when(brief.statement.first_update.at, "document")))
    return "\n\n".join(lines), "; ".join(dict.fromkeys(sources))


def _fallback(key: str, brief: Brief, words: dict[str, str], by_when: str) -> str:
    resolved = brief.statement.resolved
    if key == "review":
        return words["review_done"] if resolved else words["review"]
    if key in ("not_yet", "never_guess") and (resolved or not by_when):
        return words["check"] if resolved else words[key].format(when="")
    return words[key].format(when=by_when)


def qa_context(statement: Statement, settings: Settings, now: datetime | None = None) -> QaContext:
    brief = Brief(statement, settings, now or current_time())
    lang = statement.lang
    words = QA_WORDS.get(lang, QA_WORDS["en"])
    promise = brief.promise
    by_when = words["by_when"].format(when=brief.when(promise.at, "document")) if promise.ahead and promise.at else ""
    answers: list[Answer] = []
    for question in _questions(brief):
        text = question.text.get(lang, question.text["en"])
        if question.key == "since":
            markdown, source = _since(brief, words)
            answers.append(Answer(text, markdown, source or "—"))
            continue
        found = question.find(brief)
        extra = ""
        if question.key == "doing":
            if statement.resolved:
                extra = words["resolved"].format(when=update_when(brief, statement.resolved_at
                                                                  or statement.last_update.at))
            elif promise.ahead and promise.at:
                extra = words["next"].format(when=brief.when(promise.at, "document"))
        if question.key == "services" and statement.affected and document_kind(brief) == "outage":
            affected = words["affected"].format(items=", ".join(brief.affected_words))
            quoted = "\n\n".join(f"> {p.text}" for p in found)
            answers.append(Answer(text, "\n\n".join(filter(None, (quoted, affected))),
                                  "; ".join([*dict.fromkeys(p.source for p in found), "`affected`"])))
            continue
        if not found:
            line = _fallback(question.fallback, brief, words, by_when)
            answers.append(Answer(text, None, f"{words['say']} " + (f"« {line} »" if lang == "fr" else f"“{line}”")))
            continue
        if question.key == "lots" and found[0].section == "table":
            quoted = words["lots"] + "\n\n" + "\n".join(f"- {p.text}" for p in found)
            source = "; ".join(dict.fromkeys(_table_source(brief)))
        else:
            quoted = "\n\n".join(f"> {p.text}" for p in found)
            source = "; ".join(dict.fromkeys(p.source for p in found))
        if extra:
            quoted += f"\n\n{extra}"
        answers.append(Answer(text, quoted, source))
    unanswered = sum(1 for a in answers if a.markdown is None)
    return QaContext(
        title=words["title"].format(title=statement.title),
        intro=words["intro"].format(unanswered=words["unanswered"]),
        count=words["count"].format(count=unanswered, total=len(answers)),
        answers=tuple(answers),
        unanswered=words["unanswered"],
        source_label=words["source"],
        fix_label="",
    )


def update_when(brief: Brief, at: datetime) -> str:
    """An update named by its time: `7 p.m. CET on Nov. 21` / `du 21 novembre à 19 h (heure de Paris)`."""
    when = brief.when(at, "document")
    return "du " + when.removeprefix("le ") if brief.lang == "fr" else when


def _table_source(brief: Brief) -> list[str]:
    from generator.documents.passages import section_source

    return [section_source(brief, s) for s in brief.statement.sections
            if s.key != "updates" and any(b.is_table for b in blocks(s.text, brief.lang))]


def render_qa_brief(statement: Statement, settings: Settings, now: datetime | None = None) -> str:
    from generator.documents.formatting import typography

    return typography(render_text(settings.root, "documents/qa.md.j2", q=qa_context(statement, settings, now)),
                      statement.lang)
