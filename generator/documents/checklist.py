"""Render stage: the crisis checklist (major and critical statements), fitted to the kind of
crisis (people's safety first in a physical incident, the regulator's clock in a data breach,
the authorities and the lots in a recall) and scaled to severity. Each step has an owner (a
member of the crisis team from the settings, found by role, else the role to appoint) and a
deadline worked out from the statement's times; a step the statement shows done is ticked,
with the sentence that shows it."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import datetime, timedelta

from generator.clock import now as current_time
from generator.brief import Brief
from generator.documents.formatting import typography
from generator.documents.passages import find
from generator.documents.templating import render_text
from generator.model import Settings, Severity, Statement, TeamMember

# Owner roles: how to recognise them in the crisis team's `role`, and their name per language.
OWNERS: dict[str, tuple[str, dict[str, str]]] = {
    "lead": (r"ceo|chief executive|managing director|directeur général|directrice générale|président|"
             r"crisis|crise|general manager", {"en": "Crisis lead", "fr": "Responsable de crise"}),
    "comms": (r"communicat|press|media|presse", {"en": "Head of communications", "fr": "Responsable communication"}),
    "legal": (r"legal|counsel|juridique|avocat|compliance|conformité", {"en": "Legal counsel", "fr": "Juriste"}),
    "privacy": (r"data protection|dpo|privacy|délégué|protection des données",
                {"en": "Data protection officer", "fr": "Délégué à la protection des données"}),
    "ops": (r"operation|technical|it\b|engineer|security|sécurité|technique|production|quality|qualité|site|usine",
            {"en": "Head of operations", "fr": "Responsable des opérations"}),
    "support": (r"customer|support|service client|relation client|care",
                {"en": "Head of customer service", "fr": "Responsable service client"}),
    "safety": (r"safety|health|hse|qhse|sécurité|santé", {"en": "Health and safety lead",
                                                          "fr": "Responsable santé-sécurité"}),
}

# (step key, owner, deadline in minutes after the first public word (None: none), kinds, text per language,
#  evidence: a role or a pattern whose presence in the statement shows the step done)
Step = tuple[str, str, int | None, tuple[str, ...], dict[str, str], str | None]

STEPS: tuple[Step, ...] = (
    ("people", "safety", 0, ("safety",), {
        "en": "People first: everyone accounted for, the injured cared for, emergency services on site.",
        "fr": "Les personnes d'abord : chacun est localisé, les blessés pris en charge, les secours sur place."},
     r"\b(?:nobody|no one|injur|hurt|evacuat|fire brigade|emergency services|personne n'a été|bless|évacu|pompiers|"
     r"secours)"),
    ("families", "lead", 60, ("safety",), {
        "en": "Families of anyone hurt are told by a person, before any name is published.",
        "fr": "Les familles des blessés sont prévenues par une personne, avant toute publication de nom."}, None),
    ("assess", "lead", 30, ("*",), {
        "en": "Confirm the facts: what happened, who is affected, how far it spreads; record why it is {severity}.",
        "fr": "Vérifiez les faits : ce qui s'est passé, qui est touché, jusqu'où cela s'étend ; notez pourquoi "
              "cette crise est {severity}."}, None),
    ("first_word", "comms", 60, ("*",), {
        "en": "First public word within the hour, even before you know everything.",
        "fr": "Première prise de parole publique dans l'heure, même sans tout savoir."}, "first"),
    ("pause", "comms", 60, ("*",), {
        "en": "Pause scheduled posts, ads and marketing e-mails ({scope}).",
        "fr": "Suspendez publications programmées, publicités et e-mails marketing ({scope})."}, None),
    ("memo", "comms", 120, ("*",), {
        "en": "Send the staff memo; brief the support team with the reply templates.",
        "fr": "Envoyez la note au personnel ; briefez le service client avec les modèles de réponse."}, None),
    ("spokesperson", "comms", 180, ("*",), {
        "en": "Brief the spokesperson with the media Q&A; fill its unanswered questions.",
        "fr": "Préparez le porte-parole avec les questions-réponses presse ; comblez les questions sans réponse."},
     None),
    ("regulator", "privacy", 72 * 60, ("breach",), {
        "en": "Notify the data protection authority (GDPR: within 72 hours of becoming aware).",
        "fr": "Notifiez l'autorité de protection des données (la CNIL en France ; RGPD : sous 72 heures après "
              "en avoir eu connaissance)."}, r"\b(?:cnil|data protection authority|autorité de protection|ico\b|"
                                               r"commissioner|régulateur|regulator)"),
    ("notify_people", "privacy", 72 * 60, ("breach",), {
        "en": "Tell each person whose data is involved, without undue delay, with what to do.",
        "fr": "Prévenez chaque personne dont les données sont concernées, sans retard injustifié, avec la "
              "conduite à tenir."}, r"\b(?:contacted|emailed|we will write|written to|contacté|écrit|écrirons)"),
    ("contain", "ops", 240, ("breach",), {
        "en": "Close the access, reset credentials, keep the evidence (logs) for the investigation.",
        "fr": "Fermez l'accès, réinitialisez les identifiants, conservez les preuves (journaux) pour l'enquête."},
     r"\b(?:disabled|reset|blocked|closed|désactiv|réinitialis|bloqu|fermé)"),
    ("phishing", "comms", 120, ("breach",), {
        "en": "Warn people against phishing in our name: we never ask for passwords or codes.",
        "fr": "Mettez en garde contre l'hameçonnage en notre nom : nous ne demandons jamais de mot de passe ni "
              "de code."}, "never-ask"),
    ("police", "legal", 24 * 60, ("breach",), {
        "en": "File a complaint with the police; consider the national cyber-security agency.",
        "fr": "Portez plainte ; informez l'ANSSI si nécessaire."}, r"\b(?:police|complaint|plainte|anssi)"),
    ("authorities", "legal", 120, ("recall",), {
        "en": "Inform the product-safety authorities and publish the official recall notice.",
        "fr": "Informez la DDPP/DGCCRF (ou la DGAL) et publiez la fiche sur RappelConso."},
     r"\b(?:rappelconso|dgccrf|ddpp|dgal|authorit|fsa\b|cpsc|food standards)"),
    ("lots", "ops", 120, ("recall",), {
        "en": "Publish the exact products, lots, dates and where they were sold.",
        "fr": "Publiez les produits, lots, dates et lieux de vente exacts."}, r"\b(?=[A-Z0-9-]*\d)(?=[A-Z0-9-]*[A-Z])[A-Z0-9-]{5,}\b"),
    ("withdraw", "ops", 24 * 60, ("recall",), {
        "en": "Withdraw the lots from every shop and distributor; count units recovered and sold.",
        "fr": "Retirez les lots de tous les points de vente et distributeurs ; comptez les unités récupérées et "
              "vendues."}, r"\b(?:withdrawn|removed from|retirés?|retrait)"),
    ("refund", "support", 24 * 60, ("recall",), {
        "en": "Set up returns and refunds, and a free information line.",
        "fr": "Organisez retours et remboursements, et une ligne d'information gratuite."}, "compensation"),
    ("site_safe", "safety", 240, ("safety",), {
        "en": "Secure the site; have it checked before anyone goes back.",
        "fr": "Sécurisez le site ; faites-le contrôler avant toute reprise."}, None),
    ("authorities_safety", "legal", 240, ("safety",), {
        "en": "Inform the authorities (labour inspectorate, prefecture); cooperate with any inquiry.",
        "fr": "Informez les autorités (inspection du travail, préfecture) ; coopérez à l'enquête."},
     r"\b(?:inspect|prefect|préfe|gendarmerie|police|enquête|inquiry)"),
    ("environment", "safety", 24 * 60, ("safety",), {
        "en": "Check and report any impact on air, water or soil.",
        "fr": "Contrôlez et signalez tout impact sur l'air, l'eau ou les sols."}, None),
    ("workaround", "ops", 60, ("outage",), {
        "en": "Give a workaround if there is one, and say when service is expected back.",
        "fr": "Donnez une solution de contournement s'il y en a une, et une estimation du rétablissement."},
     "advice"),
    ("credits", "support", 7 * 24 * 60, ("outage",), {
        "en": "Decide on service credits or refunds and say how customers claim them.",
        "fr": "Décidez d'un geste commercial ou d'un remboursement et dites comment le demander."}, "compensation"),
    ("updates", "comms", None, ("*",), {
        "en": "Post every promised update on time, even with no news (next: {next}).",
        "fr": "Publiez chaque point promis à l'heure, même sans nouvelle (prochain : {next})."}, None),
    ("board", "lead", 240, ("*critical",), {
        "en": "Inform the board and major partners before they read it in the press.",
        "fr": "Informez le conseil d'administration et les grands partenaires avant qu'ils ne l'apprennent par "
              "la presse."}, None),
    ("review", "lead", None, ("*",), {
        "en": "After resolution: publish what happened and what changes (postmortem) within two weeks.",
        "fr": "Après le rétablissement : publiez ce qui s'est passé et ce qui change (analyse) sous deux semaines."},
     None),
)

WORDS = {
    "en": {"title": "Crisis checklist: {title}", "intro": ("For the crisis team. A {kind} crisis, {severity}. Deadlines "
           "count from our first public word, {first}; the regulator's 72 hours from when the problem was known, "
           "{known}. Owners are named from the crisis team, or the role to appoint is given."), "owner": "Owner:", "deadline": "Deadline:", "done":
           "Done, the statement says:", "overdue": "overdue", "none": "as promised",
           "scope_major": "what reaches the people affected", "scope_critical": "on every channel",
           "kinds": {"breach": "data breach", "recall": "product recall", "safety": "safety", "outage": "service outage",
                     "incident": "general"}},
    "fr": {"title": "Check-list de crise : {title}", "intro": ("Pour la cellule de crise. Crise de type {kind}, "
           "{severity}. Les délais courent depuis notre première prise de parole, {first} ; les 72 heures de "
           "l'autorité depuis que le problème est connu, {known}. Les responsables sont nommés dans la cellule de "
           "crise, ou le rôle à désigner est indiqué."), "owner": "Responsable :",
           "deadline": "Échéance :", "done": "Fait, selon la déclaration :", "overdue": "dépassée",
           "none": "selon les promesses", "scope_major": "ce qui touche les personnes concernées",
           "scope_critical": "sur tous les canaux",
           "kinds": {"breach": "fuite de données", "recall": "rappel de produit", "safety": "sécurité",
                     "outage": "panne de service", "incident": "générale"}},
}
SEVERITY_WORDS = {"en": {"major": "major", "critical": "critical", "minor": "minor"},
                  "fr": {"major": "majeure", "critical": "critique", "minor": "mineure"}}


@dataclass(frozen=True, slots=True)
class ChecklistItem:
    text: str
    notes: tuple[str, ...]
    done: bool = False


@dataclass(frozen=True, slots=True)
class ChecklistContext:
    title: str
    intro: str
    items: tuple[ChecklistItem, ...]


def owner_for(key: str, team: tuple[TeamMember, ...], lang: str) -> str:
    pattern, names = OWNERS[key]
    for member in team:
        if re.search(pattern, member.role, re.IGNORECASE):
            return f"{member.name} ({member.role})"
    return names.get(lang, names["en"])


def render_checklist(statement: Statement, settings: Settings, now=None) -> str:  # type: ignore[no-untyped-def]
    return typography(render_text(settings.root, "documents/checklist.md.j2",
                                  c=checklist_context(statement, settings, now)), statement.lang)


def checklist_context(statement: Statement, settings: Settings, now=None) -> ChecklistContext:  # type: ignore[no-untyped-def]
    brief = Brief(statement, settings, now or current_time())
    lang = statement.lang
    w = WORDS.get(lang, WORDS["en"])
    severity = SEVERITY_WORDS.get(lang, SEVERITY_WORDS["en"])[statement.severity.value]
    first: datetime = statement.first_update.at
    known: datetime = min(filter(None, (statement.began, statement.started, first)))
    critical = statement.severity is Severity.CRITICAL
    items: list[ChecklistItem] = []
    next_promise = brief.when(brief.promise.at) if brief.promise.at else w["none"]
    for key, owner, minutes, kinds, texts, evidence in STEPS:
        wanted = any(k == "*" or k == brief.kind or (k == "*critical" and critical) for k in kinds)
        if not wanted:
            continue
        text = texts.get(lang, texts["en"]).format(
            severity=severity, next=next_promise,
            scope=w["scope_critical"] if critical else w["scope_major"])
        notes = [f"{w['owner']} {owner_for(owner, settings.crisis_team, lang)}"]
        shown = _shown(brief, evidence)
        if minutes is not None:
            # The regulator's clock runs from when the problem was known, not from our first post.
            start = known if key in ("regulator", "notify_people") else first
            due = start + timedelta(minutes=minutes)
            late = f" ({w['overdue']})" if due < brief.now and not statement.resolved and not shown else ""
            notes.append(f"{w['deadline']} {brief.when(due)}{late}")
        if shown:
            notes.append(f"{w['done']} “{shown}”" if lang != "fr" else f"{w['done']} « {shown} »")
        items.append(ChecklistItem(text, tuple(notes), bool(shown)))
    return ChecklistContext(
        title=w["title"].format(title=statement.title),
        intro=w["intro"].format(kind=w["kinds"][brief.kind], severity=severity,
                                first=brief.when(first), known=brief.when(known)),
        items=tuple(items),
    )


def _shown(brief: Brief, evidence: str | None) -> str | None:
    """The sentence of the statement that shows a step done, if any."""
    if evidence is None:
        return None
    if evidence == "first":
        return brief.update_sentences(brief.statement.first_update)[0] if brief.statement.updates else None
    if re.fullmatch(r"[a-z-]+", evidence):
        found = find(brief, role=evidence, most=1)
    else:
        found = find(brief, words=evidence, most=1)
    return found[0].text if found else None
