"""Render stage: the crisis checklist (major and critical statements), scaled to severity: a
critical statement pauses every campaign and gathers the whole crisis team, a major one pauses
what reaches the people affected. Items carry the statement's facts where it has them."""

from __future__ import annotations

from dataclasses import dataclass

from generator.documents.facts import severity_text, statement_url, when
from generator.documents.formatting import md_escape, series, typography
from generator.documents.templating import render_text
from generator.model import Settings, Statement

# item key -> severity -> language -> text (Markdown). An item without a text for a severity
# is not on that severity's checklist. Order is the order of the work.
CHECKLIST: dict[str, dict[str, dict[str, str]]] = {
    "assess": {
        "major": {
            "en": "Real crisis or false note? Check the facts, who is affected and how far it spreads; write down why this is major.",
            "fr": "Vraie crise ou fausse note ? Vérifiez les faits, qui est touché et jusqu'où cela se propage ; notez pourquoi c'est majeur.",
        },
        "critical": {
            "en": "Real crisis or false note? Check the facts, who is affected and how far it spreads; write down why this is critical.",
            "fr": "Vraie crise ou fausse note ? Vérifiez les faits, qui est touché et jusqu'où cela se propage ; notez pourquoi c'est critique.",
        },
    },
    "pause": {
        "major": {
            "en": "Pause the scheduled posts, sponsored ads and marketing e-mails that reach the people affected; review the rest.",
            "fr": "Suspendez les publications programmées, les publicités sponsorisées et les e-mails marketing qui touchent les personnes concernées ; revoyez le reste.",
        },
        "critical": {
            "en": "Pause every scheduled post, every sponsored ad and every marketing e-mail, on every channel, until the crisis team lifts the pause.",
            "fr": "Suspendez toutes les publications programmées, toutes les publicités sponsorisées et tous les e-mails marketing, sur tous les canaux, jusqu'à ce que la cellule de crise lève la suspension.",
        },
    },
    "acknowledge": {
        level: {
            "en": "Acknowledge publicly and early, even before you know everything.",
            "fr": "Prenez la parole publiquement et tôt, même avant de tout savoir.",
        }
        for level in ("major", "critical")
    },
    "team": {
        "major": {
            "en": "Name an incident lead and a communication lead; agree the exit plan: what ends the incident and who declares it.",
            "fr": "Nommez un responsable de l'incident et un responsable de la communication ; convenez du plan de sortie : ce qui met fin à l'incident et qui le déclare.",
        },
        "critical": {
            "en": "Gather the crisis team (management, legal, communication, support, technical lead), set its meeting times, and agree the exit plan: what ends the crisis and who declares it.",
            "fr": "Réunissez la cellule de crise (direction, juridique, communication, support, responsable technique), fixez ses points de rendez-vous et convenez du plan de sortie : ce qui met fin à la crise et qui le déclare.",
        },
    },
    "brief": {
        "major": {
            "en": "Brief the executives and the press office so they can answer journalists (memo.md, qa.md).",
            "fr": "Informez la direction et le service de presse pour qu'ils puissent répondre aux journalistes (memo.md, qa.md).",
        },
        "critical": {
            "en": "Brief the executives, legal counsel and the press office before any interview; the spokesperson rehearses the media Q&A (qa.md) and the press release goes out only after legal review.",
            "fr": "Informez la direction, le service juridique et le service de presse avant toute interview ; le porte-parole répète les questions-réponses (qa.md) et le communiqué ne part qu'après relecture juridique.",
        },
    },
    "staff": {
        level: {
            "en": "Inform staff with the internal memo (memo.md) before they read about it elsewhere.",
            "fr": "Informez le personnel avec la note interne (memo.md) avant qu'il ne l'apprenne ailleurs.",
        }
        for level in ("major", "critical")
    },
    "check": {
        "major": {
            "en": "Check everything before publishing: run `onevoice check`, and have a second person read every copy.",
            "fr": "Vérifiez tout avant de publier : lancez `onevoice check` et faites relire chaque texte par une deuxième personne.",
        },
        "critical": {
            "en": "Check everything before publishing: run `onevoice check`, have a second person read every copy, and have legal counsel approve the statement.",
            "fr": "Vérifiez tout avant de publier : lancez `onevoice check`, faites relire chaque texte par une deuxième personne et faites valider la déclaration par le service juridique.",
        },
    },
    "update": {
        level: {
            "en": "Update regularly, even without news: promise the time of the next update (`next_update`) and keep the promise.",
            "fr": "Donnez des nouvelles régulièrement, même sans nouveauté : promettez l'heure du prochain point (`next_update`) et tenez la promesse.",
        }
        for level in ("major", "critical")
    },
    "answer": {
        level: {
            "en": "Answer each person personally, by name, never with an automatic reply (replies.md, `onevoice reply`).",
            "fr": "Répondez à chaque personne individuellement, par son nom, jamais par une réponse automatique (replies.md, `onevoice reply`).",
        }
        for level in ("major", "critical")
    },
    "website": {
        level: {
            "en": "Publish the official statement on the website and link to it from every channel.",
            "fr": "Publiez la déclaration officielle sur le site et faites-y renvoyer chaque canal.",
        }
        for level in ("major", "critical")
    },
    "vigilant": {
        "major": {
            "en": "After the end, stay vigilant for a week: watch mentions and support requests, answer late questions, then resume paused campaigns.",
            "fr": "Après la fin, restez vigilant une semaine : suivez les mentions et les demandes au support, répondez aux questions tardives, puis relancez les campagnes suspendues.",
        },
        "critical": {
            "en": "After the end, stay vigilant for at least a month: watch mentions, press and support requests, publish the postmortem, and resume campaigns only when the crisis team agrees.",
            "fr": "Après la fin, restez vigilant au moins un mois : suivez les mentions, la presse et les demandes au support, publiez l'analyse après incident et ne relancez les campagnes qu'avec l'accord de la cellule de crise.",
        },
    },
}

CHECKLIST_WORDS: dict[str, dict[str, str]] = {
    "en": {
        "title": "Crisis checklist ({severity}): {title}",
        "intro": "Tick each item when it is done. The statement's facts are noted under the items they concern.",
        "affected": "Affected: {items}.",
        "draft": "The statement is still a draft: it is not published.",
        "first": "First public update: {when}.",
        "next": "Next update promised for {when}.",
        "no_next": "No `next_update` in the statement: promise one.",
        "resolved": "Resolved: {when}.",
        "url": "Statement page: {url}",
        "spokesperson": "Spokesperson: {name}, {role}.",
    },
    "fr": {
        "title": "Liste de contrôle de crise ({severity}) : {title}",
        "intro": "Cochez chaque point une fois fait. Les faits de la déclaration sont notés sous les points qu'ils concernent.",
        "affected": "Concerné : {items}.",
        "draft": "La déclaration est encore un brouillon : elle n'est pas publiée.",
        "first": "Première mise à jour publique : {when}.",
        "next": "Prochain point promis pour le {when}.",
        "no_next": "Pas de `next_update` dans la déclaration : promettez-en un.",
        "resolved": "Résolu : {when}.",
        "url": "Page de la déclaration : {url}",
        "spokesperson": "Porte-parole : {name}, {role}.",
    },
}


@dataclass(frozen=True, slots=True)
class ChecklistItem:
    key: str
    text: str  # Markdown
    notes: tuple[str, ...]  # the statement's facts for this item (Markdown)


@dataclass(frozen=True, slots=True)
class ChecklistContext:
    """What `documents/checklist.md.j2` lays out."""

    title: str
    intro: str
    items: tuple[ChecklistItem, ...]


def render_checklist(statement: Statement, settings: Settings) -> str:
    context = checklist_context(statement, settings)
    return typography(render_text(settings.root, "documents/checklist.md.j2", c=context), statement.lang)


def checklist_context(statement: Statement, settings: Settings) -> ChecklistContext:
    lang = statement.lang
    severity = statement.severity.value
    words = CHECKLIST_WORDS.get(lang, CHECKLIST_WORDS["en"])
    notes = _notes(statement, settings, words)
    items = tuple(
        ChecklistItem(key, per_lang.get(lang, per_lang["en"]), notes.get(key, ()))
        for key, per_severity in CHECKLIST.items()
        if (per_lang := per_severity.get(severity)) is not None
    )
    return ChecklistContext(
        title=words["title"].format(severity=severity_text(statement).lower(), title=statement.title),
        intro=words["intro"],
        items=items,
    )


def _notes(statement: Statement, settings: Settings, words: dict[str, str]) -> dict[str, tuple[str, ...]]:
    notes: dict[str, list[str]] = {}
    if statement.affected:
        items = series([md_escape(item) for item in statement.affected], statement.lang)
        notes.setdefault("pause", []).append(words["affected"].format(items=items))
    acknowledged = [words["draft"]] if statement.draft else []
    acknowledged.append(words["first"].format(when=when(statement.first_update.at, statement, settings)))
    notes["acknowledge"] = acknowledged
    if statement.spokesperson is not None:
        person = statement.spokesperson
        notes["brief"] = [words["spokesperson"].format(name=md_escape(person.name), role=md_escape(person.role))]
    if statement.resolved:
        notes["update"] = [words["resolved"].format(when=when(statement.last_update.at, statement, settings))]
    elif statement.next_update is not None:
        notes["update"] = [words["next"].format(when=when(statement.next_update, statement, settings))]
    else:
        notes["update"] = [words["no_next"]]
    notes["website"] = [words["url"].format(url=statement_url(statement, settings))]
    return {key: tuple(values) for key, values in notes.items()}
