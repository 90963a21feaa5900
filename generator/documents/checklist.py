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
from typing import Any

from generator.clock import now as current_time
from generator.brief import Brief
from generator.documents.formatting import typography
from generator.documents.passages import find, update_source
from generator.documents.reading import document_kind
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
#  evidence: a role or a pattern; the statement's sentence matching it shows the step done)
Step = tuple[str, str, int | None, tuple[str, ...], dict[str, str], str | None]

_NOTIFIED = (r"\b(?:notified|informed|reported (?:it )?to|notifié|informé|signalé|prévenu)\b[^.]*\b(?:data protection|"
             r"authorit|cnil|ico\b|commissioner|autorité|apd\b|gba\b)")
STEPS: tuple[Step, ...] = (
    ("people", "safety", 0, ("safety",), {
        "en": "People first: everyone accounted for, the injured cared for, emergency services called.",
        "fr": "Les personnes d'abord : chacun est localisé, les blessés pris en charge, les secours appelés."},
     r"\b(?:nobody (?:was|has been) (?:hurt|injured)|no one was|evacuated|fire (?:brigade|service)|emergency services|"
     r"personne n'a été|ont été évacués|pompiers|secours)"),
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
    # A personal-data breach: the regulator's clock (GDPR art. 33) runs from when we became aware.
    ("regulator", "privacy", 72 * 60, ("breach",), {
        "en": "Notify the data protection authority (GDPR: within 72 hours of becoming aware).",
        "fr": "Notifiez l'autorité de protection des données (la CNIL en France ; RGPD : sous 72 heures après "
              "en avoir eu connaissance)."}, _NOTIFIED),
    ("notify_people", "privacy", 72 * 60, ("breach",), {
        "en": "Tell each person whose data is involved, without undue delay, with what to do.",
        "fr": "Prévenez chaque personne dont les données sont concernées, sans retard injustifié, avec la "
              "conduite à tenir."},
     r"\b(?:(?:has|have) been (?:contacted|e-?mailed|informed)|were (?:e-?mailed|contacted)|we (?:have )?"
     r"(?:contacted|e-?mailed|written to)|(?:a|ont) été (?:contactés?|informés?|prévenus?)|nous avons (?:écrit|contacté))"),
    ("contain", "ops", 240, ("breach",), {
        "en": "Close the access, reset credentials, keep the evidence (logs) for the investigation.",
        "fr": "Fermez l'accès, réinitialisez les identifiants, conservez les preuves (journaux) pour l'enquête."},
     r"\b(?:disabled|reset|blocked|revoked|désactivé|réinitialisé|bloqué|révoqué)"),
    ("phishing", "comms", 120, ("breach",), {
        "en": "Warn people against phishing in our name: we never ask for passwords or codes.",
        "fr": "Mettez en garde contre l'hameçonnage en notre nom : nous ne demandons jamais de mot de passe ni "
              "de code."}, "never-ask"),
    ("police", "legal", 24 * 60, ("breach",), {
        "en": "File a complaint with the police; consider the national cyber-security agency.",
        "fr": "Portez plainte ; informez l'ANSSI si nécessaire."},
     r"\b(?:filed a complaint|complaint with|plainte|anssi)"),
    # A product recall: the authority without delay, the notice, the lots, the shops, the returns.
    ("authorities", "legal", 120, ("recall",), {
        "en": "Inform the product-safety authority without delay and publish the official recall notice.",
        "fr": "Informez sans délai la DDPP (ou la DGAL) et publiez la fiche de rappel sur RappelConso."},
     r"\b(?:informed|notified|told)\b[^.]*\b(?:authorit|agency|regulator)|\b(?:rappelconso|dgccrf|ddpp|dgal|"
     r"direction départementale)"),
    ("lots", "ops", 120, ("recall",), {
        "en": "Publish the exact products, lots, dates and where they were sold.",
        "fr": "Publiez les produits, lots, dates et lieux de vente exacts."}, "lots"),
    ("withdraw", "ops", 24 * 60, ("recall",), {
        "en": "Stop sales and withdraw the lots from every shop and distributor; count units recovered and sold.",
        "fr": "Arrêtez la vente et retirez les lots de tous les points de vente et distributeurs ; comptez les "
              "unités récupérées et vendues."},
     r"\b(?:withdrawn|removed from|stopped (?:all )?(?:sales|selling)|retirés?|retrait|bloqué (?:toutes )?les "
     r"expéditions)"),
    ("health", "comms", 120, ("recall",), {
        "en": "Tell people who used it what to watch for and whom to call, and open an information line.",
        "fr": "Dites aux personnes qui l'ont utilisé quoi surveiller et qui appeler, et ouvrez une ligne "
              "d'information."},
     r"\b(?:doctor|emergency services|112|symptom|recall line|information line|médecin|symptôme|ligne "
     r"d'information|15\b)"),
    ("refund", "support", 24 * 60, ("recall",), {
        "en": "Set up returns, refunds or replacements, and say how people get them.",
        "fr": "Organisez retours, remboursements ou remplacements, et dites comment les obtenir."},
     r"\b(?:refunded|will be refunded|refund you|replace (?:it|them|every)|free (?:of charge|replacement)|"
     r"rembours|remplacerons|remplacement gratuit)"),
    # A safety incident: the people, the site, the authorities, the insurer, the staff.
    ("site_safe", "safety", 240, ("safety",), {
        "en": "Secure the site; have it checked before anyone goes back.",
        "fr": "Sécurisez le site ; faites-le contrôler avant toute reprise."},
     r"\b(?:reopened|secured|safe to|rouvert|sécurisé)"),
    ("authorities_safety", "legal", 240, ("safety",), {
        "en": "Inform the labour inspectorate (staff were involved) and the local authorities; cooperate with any "
              "inquiry.",
        "fr": "Informez l'inspection du travail (des salariés sont concernés) et la préfecture ; coopérez à "
              "l'enquête."},
     r"\b(?:inspectorate|prefecture|police|investigators|inquiry|inspection du travail|préfe|gendarmerie|enquête)"),
    ("insurer", "legal", 5 * 24 * 60, ("safety",), {
        "en": "Declare the loss to the insurer (policies often give 5 working days).",
        "fr": "Déclarez le sinistre à l'assureur (les contrats laissent souvent 5 jours ouvrés)."},
     r"\b(?:insurer|insurance|assureur|assurance)"),
    ("staff", "lead", 24 * 60, ("safety",), {
        "en": "Support the staff involved: talk to each of them, offer psychological support, say what happens to "
              "their work and pay.",
        "fr": "Accompagnez les salariés concernés : recevez chacun, proposez un soutien psychologique, dites ce "
              "que deviennent leur travail et leur rémunération."},
     r"\b(?:counsel|psycholog|keep their jobs|their pay|reçus individuellement|écoute|conservent leur emploi)"),
    ("environment", "safety", 24 * 60, ("safety",), {
        "en": "Check and report any impact on air, water or soil.",
        "fr": "Contrôlez et signalez tout impact sur l'air, l'eau ou les sols."},
     r"\b(?:air quality|air measurements|toxic|qualité de l'air|qualité de l’air|toxique)"),
    # A service outage.
    ("workaround", "ops", 60, ("outage",), {
        "en": "Give a workaround if there is one, and say when service is expected back.",
        "fr": "Donnez une solution de contournement s'il y en a une, et une estimation du rétablissement."},
     r"\b(?:try again|pay again|another (?:way|means)|by hand|itself|instead|manually|réessay|autre moyen|à la main|"
     r"lui-même|directement sur)"),
    ("restored", "ops", None, ("outage",), {
        "en": "Say when service is back, once it is checked.",
        "fr": "Annoncez le rétablissement, une fois vérifié."},
     r"\b(?:working normally|worked normally|authori[sz]ed normally|back to normal|restored|fonctionnent "
     r"normalement|rétabli)"),
    ("credits", "support", 7 * 24 * 60, ("outage",), {
        "en": "Decide on service credits or refunds and say how customers claim them.",
        "fr": "Décidez d'un geste commercial ou d'un remboursement et dites comment le demander."},
     r"\b(?:refund|credit|waive|waiver|voucher|reimburs|rembours|avoir|geste commercial|exonération|renonçons)"),
    # Money taken or paid wrongly.
    ("repay", "support", 24 * 60, ("billing",), {
        "en": "Pay back or pay out the right amount to everyone affected, and say when it reaches them.",
        "fr": "Remboursez ou versez le bon montant à chaque personne concernée, et dites quand il arrivera."},
     r"\b(?:(?:have been|has been|was|were) (?:refunded|paid|transferred)|refunds? (?:have been|has been|was) "
     r"issued|(?:a été|ont été) (?:viré|versé|remboursé)s?|complément (?:a été )?viré)"),
    ("fees", "support", 7 * 24 * 60, ("billing",), {
        "en": "Cover the bank charges the error caused, and say how people claim them.",
        "fr": "Prenez en charge les frais bancaires causés par l'erreur, et dites comment les demander."},
     r"\b(?:bank charges|bank fees|fees|frais bancaires|agios)"),
    ("tell_each", "support", 24 * 60, ("billing",), {
        "en": "Tell each person affected, with their amount and the date of the correction.",
        "fr": "Prévenez chaque personne concernée, avec son montant et la date de la correction."},
     r"\b(?:received an? e-?mail|have been (?:e-?mailed|contacted)|statements? (?:are|is) (?:online|available)|"
     r"relevés? (?:corrigés?|de paie)|ont reçu un e-?mail)"),
    ("control", "ops", 7 * 24 * 60, ("billing",), {
        "en": "Add the control that stops it happening again, and say what it is.",
        "fr": "Mettez en place le contrôle qui empêche que cela se reproduise, et dites lequel."},
     r"\b(?:automatic check|added a check|will now|now blocks|contrôlée par deux|validée par|deux personnes|"
     r"contrôle automatique)"),
    ("updates", "comms", None, ("*open",), {
        "en": "Post every promised update on time, even with no news (next: {next}).",
        "fr": "Publiez chaque point promis à l'heure, même sans nouvelle (prochain : {next})."}, None),
    ("board", "lead", 240, ("*critical",), {
        "en": "Inform the board and major partners before they read it in the press.",
        "fr": "Informez le conseil d'administration et les grands partenaires avant qu'ils ne l'apprennent par "
              "la presse."}, None),
    ("review", "lead", None, ("*",), {
        "en": "After resolution: publish what happened and what changes (postmortem) within two weeks.",
        "fr": "Après le rétablissement : publiez ce qui s'est passé et ce qui change (analyse) sous deux semaines."},
     r"\b(?:published (?:the|our) (?:full )?postmortem|postmortem (?:is|was|has been) published|"
     r"publié (?:l'|notre |l’)analyse|analyse (?:complète )?(?:est|a été) publiée)"),
)

WORDS: dict[str, dict[str, Any]] = {
    "en": {"title": "Crisis checklist: {title}",
           "intro": ("For the crisis team. A {severity} crisis: {kind}. Deadlines count from our first public word, "
                     "{first}. Owners are named from the crisis team, or the role to appoint is given."),
           "intro_breach": (" The data protection authority's 72 hours count from when we became aware: at the latest "
                            "{known} ({known_source}); if we knew earlier, count from then."),
           "known_first": "our first update", "known_started": "`started` in the statement",
           "owner": "Owner:", "deadline": "Deadline:", "done": "Done, the statement says:",
           "passed": "passed; the statement does not show it done: check", "none": "as promised",
           "scope_major": "what reaches the people affected", "scope_critical": "on every channel",
           "kinds": {"breach": "personal-data breach", "recall": "product recall", "safety": "safety incident",
                     "outage": "service outage", "billing": "billing or payment error", "incident": "incident"}},
    "fr": {"title": "Check-list de crise : {title}",
           "intro": ("Pour la cellule de crise. Crise {severity} : {kind}. Les délais courent depuis notre première "
                     "prise de parole, {first}. Les responsables sont nommés dans la cellule de crise, ou le rôle à "
                     "désigner est indiqué."),
           "intro_breach": (" Les 72 heures de l'autorité de protection des données courent depuis que nous en avons "
                            "eu connaissance : au plus tard {known} ({known_source}) ; si nous le savions plus tôt, "
                            "comptez à partir de ce moment."),
           "known_first": "notre premier point", "known_started": "`started` dans la déclaration",
           "owner": "Responsable :", "deadline": "Échéance :", "done": "Fait, selon la déclaration :",
           "passed": "passée ; la déclaration ne montre pas que c'est fait : vérifiez", "none": "selon les promesses",
           "scope_major": "ce qui touche les personnes concernées", "scope_critical": "sur tous les canaux",
           "kinds": {"breach": "violation de données personnelles", "recall": "rappel de produit",
                     "safety": "accident ou incident de sécurité", "outage": "panne de service",
                     "billing": "erreur de facturation ou de paiement", "incident": "incident"}},
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


def render_checklist(statement: Statement, settings: Settings, now: datetime | None = None) -> str:
    return typography(render_text(settings.root, "documents/checklist.md.j2",
                                  c=checklist_context(statement, settings, now)), statement.lang)


def aware_since(statement: Statement) -> tuple[datetime, str]:
    """When we knew at the latest, for the regulator's clock: `started` when it is the first
    publication (the same day as the first update, not after it), else the first update.
    Never `began`: a problem can run long before anyone knows."""
    first = statement.first_update.at
    started = statement.started
    if started <= first and first - started <= timedelta(hours=24):
        return started, "started"
    return first, "first"


def checklist_context(statement: Statement, settings: Settings, now: datetime | None = None) -> ChecklistContext:
    brief = Brief(statement, settings, now or current_time())
    lang = statement.lang
    kind = document_kind(brief)
    w = WORDS.get(lang, WORDS["en"])
    severity = SEVERITY_WORDS.get(lang, SEVERITY_WORDS["en"])[statement.severity.value]
    first: datetime = statement.first_update.at
    known, known_from = aware_since(statement)
    critical = statement.severity is Severity.CRITICAL
    items: list[ChecklistItem] = []
    next_promise = brief.when(brief.promise.at) if brief.promise.at else w["none"]
    for key, owner, minutes, kinds, texts, evidence in STEPS:
        wanted = any(k == "*" or k == kind or (k == "*critical" and critical)
                     or (k == "*open" and not statement.resolved) for k in kinds)
        if not wanted:
            continue
        text = texts.get(lang, texts["en"]).format(
            severity=severity, next=next_promise,
            scope=w["scope_critical"] if critical else w["scope_major"])
        notes = [f"{w['owner']} {owner_for(owner, settings.crisis_team, lang)}"]
        shown = _shown(brief, evidence)
        if key == "review" and statement.postmortem is not None and shown is None:
            shown = (statement.postmortem.heading, "")
        due: datetime | None = None
        if minutes is not None:
            # The regulator's clock runs from when we knew, not from our first post.
            due = (known if key in ("regulator", "notify_people") else first) + timedelta(minutes=minutes)
        elif key == "review" and statement.resolved:
            due = (statement.resolved_at or statement.last_update.at) + timedelta(days=14)
        if due is not None:
            # A deadline passed is said to be missed only where nothing shows the step done, and
            # then as a check to make: the statement may simply not say it.
            passed = due < brief.now and not statement.resolved and not shown
            notes.append(f"{w['deadline']} {brief.when(due)}" + (f" ({w['passed']})" if passed else ""))
        if shown:
            sentence, source = shown
            said = f"“{sentence}”" if lang != "fr" else f"« {sentence} »"
            notes.append(f"{w['done']} {said}" + (f" — {source}" if source else ""))
        items.append(ChecklistItem(text, tuple(notes), bool(shown)))
    intro = w["intro"].format(kind=w["kinds"][kind], severity=severity, first=brief.when(first))
    if kind == "breach":
        intro += w["intro_breach"].format(known=brief.when(known), known_source=w[f"known_{known_from}"])
    return ChecklistContext(title=w["title"].format(title=statement.title), intro=intro, items=tuple(items))


def _shown(brief: Brief, evidence: str | None) -> tuple[str, str] | None:
    """The sentence of the statement that shows a step done, and where it is: the sections
    first, then every update, newest first."""
    if evidence is None:
        return None
    statement = brief.statement
    if evidence == "first":
        sentences = brief.update_sentences(statement.first_update) if statement.updates else []
        return (sentences[0], update_source(brief, statement.first_update.at)) if sentences else None
    if evidence == "lots":
        from generator.documents.qa_brief import recall_lot_lines

        lines = recall_lot_lines(brief)
        if lines:
            return "; ".join(lines[:1]) + ("…" if len(lines) > 1 else ""), ""
        evidence = r"\b(?:lots?|serial|batch|série|starts with|commence par)\b[^.]*\b[A-Z0-9]+-?\d{3,}"
    role = evidence if re.fullmatch(r"[a-z-]+", evidence) else None
    words = None if role else evidence
    for section in (*_SECTIONS, "update"):
        found = find(brief, role=role, words=words, sections=(section,), history=True, newest_first=True, most=1)
        if found:
            return found[0].text, found[0].source
    return None


# Where a step done is told: what the authors say they did, the facts, then what they tell people.
_SECTIONS = ("what_we_are_doing", "summary", "what_happened", "postmortem", "quote", "what_you_should_do")
