"""Review stage, words: the review's sentences in each language, and how its values (times,
durations, statuses, languages) are written. Adding a language is adding its table here and
its template in `site_templates/review/`."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime, timedelta
from zoneinfo import ZoneInfo

from generator.core.languages import status_word
from generator.authoring.review.figures import Phrase

LANGUAGE_NAMES: dict[str, dict[str, str]] = {
    "en": {"en": "English", "fr": "French"},
    "fr": {"en": "anglais", "fr": "français"},
}
DURATION_UNITS: dict[str, tuple[str, str, str]] = {"en": ("d", "h", "min"), "fr": ("j", "h", "min")}

LABELS: dict[str, dict[str, str]] = {
    "en": {
        "first_word": "Time to first public word",
        "first_commit": "Time to first published commit",
        "to_identified": "Time to identified",
        "to_monitoring": "Time to monitoring",
        "to_resolved": "Time to resolved",
        "promises": "Next-update promises kept",
        "longest_silence": "Longest silence",
        "corrections": "Corrections",
        "silent_edits": "Updates rewritten without a correction",
        "lint": "Checker findings published",
        "languages": "Longest translation lag",
        "channels": "Channel copies produced",
    },
    "fr": {
        "first_word": "Délai avant la première prise de parole",
        "first_commit": "Délai avant le premier commit publié",
        "to_identified": "Délai avant « cause identifiée »",
        "to_monitoring": "Délai avant « sous surveillance »",
        "to_resolved": "Délai avant « résolu »",
        "promises": "Promesses de mise à jour tenues",
        "longest_silence": "Plus long silence",
        "corrections": "Rectificatifs",
        "silent_edits": "Mises à jour réécrites sans rectificatif",
        "lint": "Alertes du vérificateur publiées",
        "languages": "Plus long retard de traduction",
        "channels": "Copies produites pour les canaux",
    },
}

MESSAGES: dict[str, dict[str, str]] = {
    "en": {
        "how-first-word": "from `started` ({started}) to the first update ({first}), as the file says",
        "how-first-word-began": "from `began` ({started}), when the problem began, to the first update ({first}), as "
                                "the file says",
        "how-first-commit": "from `started` ({started}) to the first commit `onevoice build` would publish "
                            "(the files parse and pass the checks)",
        "how-time-to": "from `started` ({started}) to the first update with the status “{stage}” or a later one",
        "how-time-to-began": "from `began` ({started}), when the problem began, to the first update with the "
                             "status “{stage}” or a later one",
        "how-promises": "each `next_update` published in the committed versions of {file}, against the first "
                        "publishable commit with the next update (kept within the promised minute; a commit the "
                        "checks refuse publishes nothing)",
        "how-silence": "the longest time between two consecutive updates (up to now while not resolved)",
        "how-corrections": "the `#### Correction` notes in {file}, with their delay after the update they correct",
        "how-rewrites": "update texts that changed in a later commit, once published, with no correction note added",
        "how-lint": "`onevoice check` on each of the {commits} commit(s), the clock set to the commit's time; "
                    "each finding counted once, from the commit that brought it",
        "how-lint-format-only": "`onevoice check` on each of the {commits} commit(s), the clock set to the commit's "
                                "time; format checks only, the crisis-communication rules are not installed",
        "how-lint-today": "`onevoice check` on today's files",
        "how-languages": "for each update, from its first commit in the {primary} file to its first commit in "
                         "the translation",
        "how-channels": "the copies `onevoice build` writes: the announcement and one per update, per channel",
        "history-git-missing": "unknown: git is not installed, so there is no history to read",
        "history-not-a-repository": "unknown: the site is not a git repository, so there is no history to read",
        "history-untracked": "unknown: the statement file has never been committed",
        "history-git-failed": "unknown: git could not read the history ({detail})",
        "history-never-published": "unknown: no committed version of {file} could be published "
                                   "(only drafts or files with errors)",
        "history-after-the-fact": "unknown: the statement was first committed at {at} with all {count} updates "
                                  "already in it, so git does not record when each was published",
        "history-unknown": "unknown: no history",
        "unknown-see-history": "unknown: no usable git history (see “Git history”)",
        "unknown-stage-not-reached": "not reached: no update has the status “{stage}” or a later one",
        "unknown-no-promise": "no `next_update` was promised in any committed version",
        "unknown-one-update": "only one update so far",
        "unknown-single-language": "none: the statement exists only in {lang}, while the site also publishes "
                                   "in {missing}",
        "unknown-channels": "unknown: the copies could not be made ({reason})",
        "summary-promises": "{kept} of {judged} kept ({late} late, {missed} missed); {moved} moved before they "
                            "were due",
        "summary-channels": "{copies} copies on {channels} channels, {posts} posts counting thread parts",
        "detail-first-commit": "first published at {at}; its first update is headed {heading}",
        "detail-stage-skipped": "no update says “{stage}”: the first later status is “{status}”, at {at}",
        "detail-current-promise": "the current promise, {due}, is due in {by}",
        "detail-current-promise-overdue": "the current promise, {due}, is overdue by {by}",
        "promise-kept": "update promised by {due} (published at {made}): kept, the next update came at {came}",
        "promise-late": "update promised by {due} (published at {made}): late by {by}, the next update came at "
                        "{came}",
        "promise-missed": "update promised by {due} (published at {made}): missed, still no update {by} later",
        "promise-missed-moved": "update promised by {due} (published at {made}): missed, replaced by a new "
                                "time {by} after it had passed",
        "promise-moved": "update promised by {due} (published at {made}): replaced by a new time {by} before "
                         "it was due",
        "promise-pending": "update promised by {due} (published at {made}): not due yet",
        "detail-silence": "from {start} ({start_status}) to {end} ({end_status})",
        "detail-silence-ongoing": "from {start} ({start_status}) until now, with no update",
        "detail-correction": "the update of {update} was corrected at {at}, {delay} after it",
        "detail-rewrite": "the update of {update}, published at {published}, was rewritten at {at} "
                          "({delay} later) without a correction note",
        "detail-lint-today": "today's files: {count} finding(s), {warnings} of them warnings",
        "summary-lint": "{published} warning(s) published with the statement; {blocking} error(s) stopped "
                        "publishing for {blocked} in all",
        "detail-finding-published-fixed": "{file}: warning {rule}, published at {at}, fixed at {fixed} "
                                          "({lasted} later): {message}",
        "detail-finding-published-open": "{file}: warning {rule}, published at {at}, still there: {message}",
        "detail-finding-blocked-fixed": "{file}: error {rule} from {at} to {fixed}: no build could publish "
                                        "for {lasted}: {message}",
        "detail-finding-blocked-open": "{file}: error {rule} since {at}, still there: no build can publish: "
                                       "{message}",
        "detail-lacking": "the {lang} file lacks {count} update(s) of the primary file today",
        "detail-lag": "{lang}: longest lag {lag} (the update of {update}); {late} of {total} updates translated "
                      "more than 5 minutes late",
        "detail-lag-outstanding": "{lang}: the update of {update} is still not translated, {lag} after it was "
                                  "published; {late} of {total} updates more than 5 minutes late",
        "detail-channel": "{channel}: {copies} copies, {posts} posts",
        "detail-channels-lang": "in {lang}: {copies} copies",
        "event-started": "The statement opened (`started`).",
        "event-began": "The problem began (`began`).",
        "event-update": "Update “{status}”: {text}",
        "event-update-published": "Update “{status}”: {text} (published at {published})",
        "event-correction": "Correction to the update of {update}.",
        "event-promise-passed": "The time promised for the next update passed with no update (promise "
                                "published at {made}).",
        "event-translation": "The {lang} file was first committed.",
        "event-first-commit": "First commit of the statement ({commit}).",
        "question-first-word": "The first public word came {delay} after the start. What held it back: "
                               "detection, the decision to speak, approval, or writing?",
        "question-promises": "{late} promise(s) of an update came late and {missed} were missed. Was the "
                             "promised rhythm realistic, and who watched the clock?",
        "question-silence": "The longest silence lasted {gap}. What kept a short “no news yet” update from "
                            "going out?",
        "question-corrections": "{corrections} correction(s) and {rewrites} silent rewrite(s). What was "
                                "published before it was checked, and who checks facts before publishing?",
        "question-lint": "{count} checker warning(s) were published. Were they seen and accepted, or missed?",
        "question-blocked": "{blocking} error(s) in the committed files stopped every build for {blocked} in "
                            "all, holding back updates in every language. Who fixes a failing check during a "
                            "crisis, and should a lagging translation hold back the others?",
        "question-single-language": "The statement exists only in {lang}. Did readers in {missing} need it, "
                                    "and who translates during a crisis?",
        "question-translation": "A translation lagged up to {lag} behind. Who translates, and can the "
                                "holding templates be prepared in every language?",
    },
    "fr": {
        "how-first-word": "de `started` ({started}) à la première mise à jour ({first}), selon le fichier",
        "how-first-word-began": "de `began` ({started}), le début du problème, à la première mise à jour ({first}), "
                                "selon le fichier",
        "how-first-commit": "de `started` ({started}) au premier commit que `onevoice build` publierait (les "
                            "fichiers se lisent et passent les vérifications)",
        "how-time-to": "de `started` ({started}) à la première mise à jour au statut « {stage} » ou à un "
                       "statut ultérieur",
        "how-time-to-began": "de `began` ({started}), le début du problème, à la première mise à jour au "
                             "statut « {stage} » ou à un statut ultérieur",
        "how-promises": "chaque `next_update` publié dans les versions commitées de {file}, comparé au premier "
                        "commit publiable contenant la mise à jour suivante (tenue dans la minute promise ; un "
                        "commit refusé par les vérifications ne publie rien)",
        "how-silence": "le plus long intervalle entre deux mises à jour consécutives (jusqu'à maintenant tant "
                       "que ce n'est pas résolu)",
        "how-corrections": "les notes `#### Rectificatif` de {file}, avec leur délai après la mise à jour "
                           "qu'elles corrigent",
        "how-rewrites": "les textes de mise à jour modifiés dans un commit ultérieur, une fois publiés, sans "
                        "note de rectificatif",
        "how-lint": "`onevoice check` sur chacun des {commits} commit(s), l'horloge à l'heure du commit ; "
                    "chaque alerte comptée une fois, depuis le commit qui l'a introduite",
        "how-lint-format-only": "`onevoice check` sur chacun des {commits} commit(s), l'horloge à l'heure du "
                                "commit ; vérifications de format seulement, les règles de communication de "
                                "crise ne sont pas installées",
        "how-lint-today": "`onevoice check` sur les fichiers d'aujourd'hui",
        "how-languages": "pour chaque mise à jour, de son premier commit dans le fichier en {primary} à son "
                         "premier commit dans la traduction",
        "how-channels": "les copies qu'écrit `onevoice build` : l'annonce et une par mise à jour, pour chaque "
                        "canal",
        "history-git-missing": "inconnu : git n'est pas installé, il n'y a pas d'historique à lire",
        "history-not-a-repository": "inconnu : le site n'est pas un dépôt git, il n'y a pas d'historique à lire",
        "history-untracked": "inconnu : le fichier de la déclaration n'a jamais été commité",
        "history-git-failed": "inconnu : git n'a pas pu lire l'historique ({detail})",
        "history-never-published": "inconnu : aucune version commitée de {file} n'était publiable "
                                   "(brouillons ou fichiers en erreur)",
        "history-after-the-fact": "inconnu : la déclaration a été commitée pour la première fois le {at} avec "
                                  "ses {count} mises à jour déjà écrites ; git ne dit donc pas quand chacune "
                                  "a été publiée",
        "history-unknown": "inconnu : pas d'historique",
        "unknown-see-history": "inconnu : pas d'historique git utilisable (voir « Historique git »)",
        "unknown-stage-not-reached": "non atteint : aucune mise à jour n'a le statut « {stage} » ni un statut "
                                     "ultérieur",
        "unknown-no-promise": "aucun `next_update` n'a été promis dans une version commitée",
        "unknown-one-update": "une seule mise à jour pour l'instant",
        "unknown-single-language": "aucun : la déclaration n'existe qu'en {lang}, alors que le site publie "
                                   "aussi en {missing}",
        "unknown-channels": "inconnu : les copies n'ont pas pu être produites ({reason})",
        "summary-promises": "{kept} sur {judged} tenue(s) ({late} en retard, {missed} manquée(s)) ; {moved} "
                            "déplacée(s) avant l'échéance",
        "summary-channels": "{copies} copies sur {channels} canaux, {posts} messages en comptant les fils",
        "detail-first-commit": "première publication le {at} ; sa première mise à jour est datée du {heading}",
        "detail-stage-skipped": "aucune mise à jour ne dit « {stage} » : le premier statut ultérieur est "
                                "« {status} », le {at}",
        "detail-current-promise": "la promesse en cours, {due}, arrive à échéance dans {by}",
        "detail-current-promise-overdue": "la promesse en cours, {due}, est dépassée de {by}",
        "promise-kept": "mise à jour promise pour {due} (publiée le {made}) : tenue, la suivante est arrivée "
                        "le {came}",
        "promise-late": "mise à jour promise pour {due} (publiée le {made}) : en retard de {by}, la suivante "
                        "est arrivée le {came}",
        "promise-missed": "mise à jour promise pour {due} (publiée le {made}) : manquée, toujours rien {by} "
                          "après",
        "promise-missed-moved": "mise à jour promise pour {due} (publiée le {made}) : manquée, remplacée par "
                                "une nouvelle heure {by} après l'échéance",
        "promise-moved": "mise à jour promise pour {due} (publiée le {made}) : remplacée par une nouvelle "
                         "heure {by} avant l'échéance",
        "promise-pending": "mise à jour promise pour {due} (publiée le {made}) : pas encore à échéance",
        "detail-silence": "du {start} ({start_status}) au {end} ({end_status})",
        "detail-silence-ongoing": "du {start} ({start_status}) jusqu'à maintenant, sans mise à jour",
        "detail-correction": "la mise à jour du {update} a été rectifiée le {at}, {delay} après",
        "detail-rewrite": "la mise à jour du {update}, publiée le {published}, a été réécrite le {at} "
                          "({delay} après) sans note de rectificatif",
        "detail-lint-today": "fichiers d'aujourd'hui : {count} alerte(s), dont {warnings} avertissement(s)",
        "summary-lint": "{published} avertissement(s) publié(s) avec la déclaration ; {blocking} erreur(s) "
                        "ont empêché la publication pendant {blocked} au total",
        "detail-finding-published-fixed": "{file} : avertissement {rule}, publié le {at}, corrigé le {fixed} "
                                          "({lasted} après) : {message}",
        "detail-finding-published-open": "{file} : avertissement {rule}, publié le {at}, toujours présent : "
                                         "{message}",
        "detail-finding-blocked-fixed": "{file} : erreur {rule} du {at} au {fixed} : aucune publication "
                                        "possible pendant {lasted} : {message}",
        "detail-finding-blocked-open": "{file} : erreur {rule} depuis le {at}, toujours présente : aucune "
                                       "publication possible : {message}",
        "detail-lacking": "le fichier en {lang} n'a pas {count} mise(s) à jour du fichier principal aujourd'hui",
        "detail-lag": "{lang} : plus long retard {lag} (mise à jour du {update}) ; {late} mise(s) à jour sur "
                      "{total} traduites avec plus de 5 minutes de retard",
        "detail-lag-outstanding": "{lang} : la mise à jour du {update} n'est toujours pas traduite, {lag} après "
                                  "sa publication ; {late} sur {total} avec plus de 5 minutes de retard",
        "detail-channel": "{channel} : {copies} copies, {posts} messages",
        "detail-channels-lang": "en {lang} : {copies} copies",
        "event-started": "Ouverture de la déclaration (`started`).",
        "event-began": "Début du problème (`began`).",
        "event-update": "Mise à jour « {status} » : {text}",
        "event-update-published": "Mise à jour « {status} » : {text} (publiée le {published})",
        "event-correction": "Rectificatif de la mise à jour du {update}.",
        "event-promise-passed": "L'heure promise pour la mise à jour suivante est passée sans mise à jour "
                                "(promesse publiée le {made}).",
        "event-translation": "Premier commit du fichier en {lang}.",
        "event-first-commit": "Premier commit de la déclaration ({commit}).",
        "question-first-word": "La première prise de parole est arrivée {delay} après le début. Qu'est-ce qui "
                               "l'a retardée : la détection, la décision de parler, la validation, la rédaction ?",
        "question-promises": "{late} promesse(s) de mise à jour tenue(s) en retard et {missed} manquée(s). Le "
                             "rythme promis était-il réaliste, et qui surveillait l'heure ?",
        "question-silence": "Le plus long silence a duré {gap}. Qu'est-ce qui a empêché une courte mise à jour "
                            "« pas de nouvelle information pour l'instant » ?",
        "question-corrections": "{corrections} rectificatif(s) et {rewrites} réécriture(s) silencieuse(s). "
                                "Qu'a-t-on publié avant de le vérifier, et qui vérifie les faits avant "
                                "publication ?",
        "question-lint": "{count} avertissement(s) du vérificateur ont été publiés. Ont-ils été vus et "
                         "acceptés, ou manqués ?",
        "question-blocked": "{blocking} erreur(s) dans les fichiers commités ont bloqué toute publication "
                            "pendant {blocked} au total, retenant les mises à jour dans toutes les langues. Qui "
                            "corrige une vérification en échec pendant une crise, et une traduction en retard "
                            "doit-elle retenir les autres ?",
        "question-single-language": "La déclaration n'existe qu'en {lang}. Les lecteurs en {missing} en "
                                    "avaient-ils besoin, et qui traduit pendant une crise ?",
        "question-translation": "Une traduction a eu jusqu'à {lag} de retard. Qui traduit, et peut-on préparer "
                                "les modèles d'attente dans chaque langue ?",
    },
}

_STATUS_KEYS = {"stage", "status", "start_status", "end_status"}
_LANGUAGE_KEYS = {"lang", "primary"}


def table(lang: str) -> str:
    return lang if lang in MESSAGES else "en"


def moment(value: datetime, zone: ZoneInfo) -> str:
    """`2026-10-02 16:40 CEST`: the way statements write times, with the zone's abbreviation."""
    return value.astimezone(zone).strftime("%Y-%m-%d %H:%M %Z")


def duration(value: timedelta, lang: str) -> str:
    """`2 h 10 min`, `1 d 3 h` (`1 j 3 h` in French), `0 min`; rounded down to the minute."""
    days_unit, hours_unit, minutes_unit = DURATION_UNITS[table(lang)]
    minutes = int(abs(value).total_seconds() // 60)
    days, rest = divmod(minutes, 24 * 60)
    hours, minutes = divmod(rest, 60)
    parts = [f"{days} {days_unit}"] if days else []
    if hours:
        parts.append(f"{hours} {hours_unit}")
    if minutes or not parts:
        parts.append(f"{minutes} {minutes_unit}")
    return ("-" if value < timedelta(0) else "") + " ".join(parts)


def language_name(code: str, lang: str) -> str:
    return LANGUAGE_NAMES[table(lang)].get(code, code)


def _value(key: str, value: object, lang: str, zone: ZoneInfo) -> str:
    if value is None:
        return ""
    if isinstance(value, datetime):
        return moment(value, zone)
    if isinstance(value, timedelta):
        return duration(value, lang)
    if key in _STATUS_KEYS and isinstance(value, str):
        # The word the team writes in its headings ("identified", « identifié »), which the
        # review quotes back: not the page's label ("Problem identified").
        return status_word(value, lang) if value != "now" else value
    if key in _LANGUAGE_KEYS and isinstance(value, str):
        return language_name(value, lang)
    if key == "missing" and isinstance(value, tuple):
        return ", ".join(language_name(code, lang) for code in value)
    return str(value)


# Values that come from people's writing (update text, quoted words, git's messages): a
# Markdown document escapes them, the sentences around them are the review's own Markdown.
QUOTED_KEYS = frozenset({"text", "message", "reason", "detail", "file"})


def say(item: Phrase, lang: str, zone: ZoneInfo, escape: Callable[[str], str] | None = None) -> str:
    """The phrase as a sentence in `lang` (English when the language has no table)."""
    template = MESSAGES[table(lang)][item.id]
    values = {}
    for key, value in item.args:
        text = _value(key, value, lang, zone)
        values[key] = escape(text) if escape and key in QUOTED_KEYS else text
    return template.format(**values)


def label(key: str, lang: str) -> str:
    return LABELS[table(lang)][key]
