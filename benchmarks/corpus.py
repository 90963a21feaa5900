"""Benchmark corpus: a site root with N generated statements, each in English and French.

    .venv/bin/python benchmarks/corpus.py N OUT_DIR [--seed 7] [--updates 8] [--now ISO]

OUT_DIR gets the repository's `mkdocs.yml` and `statements/` with N incidents (2 × N files):
realistic lengths (a summary of one or two sentences, three or four sections of two to four
sentences, updates of one to three sentences), minor/major/critical in roughly the
proportions of a real status history, and a few incidents still open at `--now`. The output
depends only on N, the seed, the update count and `--now`: same arguments, same bytes.
Every file is meant to pass `onevoice check` with the clock at `--now`."""

from __future__ import annotations

import argparse
import random
import shutil
from dataclasses import dataclass
from datetime import datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

REPO = Path(__file__).resolve().parent.parent
DEFAULT_NOW = "2026-11-20T11:30:00+01:00"  # the clock the tests and benchmarks fix
TIMEZONE = ZoneInfo("Europe/Paris")  # the repository's mkdocs.yml time zone
HISTORY_DAYS = 3 * 365  # resolved incidents spread over this many days before `now`
OPEN_SHARE = 0.03  # incidents still open at `now`, as on a real status site
SEVERITY_WEIGHTS = {"minor": 45, "major": 42, "critical": 13}

STATUS_WORDS = {
    "investigating": {"en": "investigating", "fr": "analyse"},
    "identified": {"en": "identified", "fr": "identifié"},
    "monitoring": {"en": "monitoring", "fr": "surveillance"},
    "resolved": {"en": "resolved", "fr": "résolu"},
}
HEADINGS = {
    "summary": {"en": "Summary", "fr": "Résumé"},
    "what_happened": {"en": "What happened", "fr": "Ce qui s'est passé"},
    "what_we_are_doing": {"en": "What we are doing", "fr": "Ce que nous faisons"},
    "what_you_should_do": {"en": "What you should do", "fr": "Ce que vous pouvez faire"},
    "quote": {"en": "Quote", "fr": "Citation"},
    "updates": {"en": "Updates", "fr": "Mises à jour"},
}
SPOKESPEOPLE = [
    ("Claire Martin", {"en": "Chief Executive Officer", "fr": "Présidente-directrice générale"}),
    ("Karim Haddad", {"en": "Chief Technology Officer", "fr": "Directeur technique"}),
    ("Sophie Lambert", {"en": "Chief Operating Officer", "fr": "Directrice des opérations"}),
]


@dataclass(frozen=True)
class Theme:
    """One kind of incident, written once per language. Text fields are str.format templates
    over the figures of `_figures` ({n}, {k}, {m}, {t0}, {tz}); the two languages use the same
    figures, so translations agree on every number and time."""

    slug: str
    title: dict[str, str]
    affected: dict[str, list[str]]
    problem: dict[str, str]  # "card payments are failing at checkout"
    cause: dict[str, str]
    summary: dict[str, str]
    happened: dict[str, str]
    doing: dict[str, str]
    should: dict[str, str]
    quote: dict[str, str]


THEMES = [
    Theme(
        "card-payments",
        {"en": "Card payment failures at checkout", "fr": "Échec des paiements par carte en caisse"},
        {"en": ["Checkout", "Mobile app"], "fr": ["Paiement en caisse", "Application mobile"]},
        {"en": "card payments are failing at checkout", "fr": "des paiements par carte échouent en caisse"},
        {"en": "an expired certificate on our payment gateway",
         "fr": "un certificat expiré sur notre passerelle de paiement"},
        # Said of resolved incidents too: nothing in it is work in progress (rule stale-summary).
        {"en": "Since {t0} {tz} some card payments fail at checkout. We are sorry, and we know the cause.",
         "fr": "Depuis {t0} {tz}, certains paiements par carte échouent en caisse. Nous en sommes désolés "
               "et nous connaissons la cause."},
        {"en": "At {t0} {tz} a security certificate on our payment gateway expired. Since then, about "
               "{k} card payments in {m} fail at checkout, in shops and in our mobile app. This was our "
               "mistake: the certificate should have been renewed last week.",
         "fr": "À {t0} {tz}, un certificat de sécurité de notre passerelle de paiement a expiré. Depuis, "
               "environ {k} paiements par carte sur {m} échouent en caisse, en magasin comme dans notre "
               "application mobile. C'est notre erreur : ce certificat aurait dû être renouvelé la semaine "
               "dernière."},
        {"en": "Our engineers are installing a new certificate and restoring the service region by region. "
               "We are checking every failed payment so that no customer is charged twice.",
         "fr": "Nos équipes installent un nouveau certificat et rétablissent le service région par région. "
               "Nous vérifions chaque paiement échoué pour qu'aucun client ne soit débité deux fois."},
        {"en": "If your payment failed, you have not been charged. You can retry in a few minutes, or pay "
               "by another means.",
         "fr": "Si votre paiement a échoué, vous n'avez pas été débité. Vous pouvez réessayer dans quelques "
               "minutes ou payer par un autre moyen."},
        {"en": "\"We let our merchants and their customers down today, and we own that. Our teams are "
               "working to restore every payment.\"",
         "fr": "« Nous avons déçu nos commerçants et leurs clients aujourd'hui, et nous l'assumons. Nos "
               "équipes travaillent à rétablir chaque paiement. »"},
    ),
    Theme(
        "dashboard-login",
        {"en": "Merchants cannot sign in to the dashboard", "fr": "Connexion impossible au tableau de bord"},
        {"en": ["Merchant dashboard"], "fr": ["Tableau de bord commerçant"]},
        {"en": "merchants cannot sign in to their dashboard", "fr": "des commerçants ne peuvent pas se "
                                                                   "connecter à leur tableau de bord"},
        {"en": "a faulty configuration change on our sign-in service",
         "fr": "une modification de configuration erronée sur notre service de connexion"},
        # Said of resolved incidents too: nothing in it is work in progress (rule stale-summary).
        {"en": "Since {t0} {tz} many merchants cannot sign in to their dashboard. We are sorry: payments "
               "keep working.",
         "fr": "Depuis {t0} {tz}, la connexion au tableau de bord échoue pour de nombreux commerçants. Nous en "
               "sommes désolés : les paiements fonctionnent."},
        {"en": "At {t0} {tz} we changed the configuration of our sign-in service. The change was wrong, "
               "and about {k} sign-ins in {m} have failed since. The fault is ours: the change was not "
               "tested on every account type.",
         "fr": "À {t0} {tz}, nous avons modifié la configuration de notre service de connexion. Cette "
               "modification était erronée et environ {k} connexions sur {m} échouent depuis. La faute "
               "nous revient : elle n'a pas été testée sur chaque type de compte."},
        {"en": "We have rolled the change back and are restoring sign-in for each group of accounts. "
               "We are adding a test for every account type before any new change.",
         "fr": "Nous avons annulé la modification et rétablissons la connexion pour chaque groupe de "
               "comptes. Nous ajoutons un test pour chaque type de compte avant toute nouvelle modification."},
        {"en": "You do not need to reset your password. If you still cannot sign in, close your browser "
               "and try again.",
         "fr": "Vous n'avez pas besoin de changer votre mot de passe. Si vous ne pouvez toujours pas vous "
               "connecter, fermez votre navigateur et réessayez."},
        {"en": "\"Our merchants rely on their dashboard every day, and we got this change wrong. We are "
               "sorry, and we are fixing how we test changes.\"",
         "fr": "« Nos commerçants utilisent leur tableau de bord chaque jour, et nous avons raté cette "
               "modification. Nous en sommes désolés et nous corrigeons notre manière de tester. »"},
    ),
    Theme(
        "payout-delays",
        {"en": "Payouts to merchants delayed", "fr": "Retard des virements aux commerçants"},
        {"en": ["Payouts", "Merchants in France and Belgium"],
         "fr": ["Virements", "Commerçants en France et en Belgique"]},
        {"en": "payouts to merchants are late", "fr": "les virements aux commerçants sont en retard"},
        {"en": "a batch job of ours that stopped during the night",
         "fr": "un traitement de nuit de notre système qui s'est arrêté"},
        {"en": "Payouts due this morning to {n} merchants are delayed. We are sorry: no money is lost, and "
               "the payouts are being sent today.",
         "fr": "Les virements attendus ce matin par {n} commerçants sont en retard. Nous en sommes désolés : "
               "aucun fonds n'est perdu et les virements partent aujourd'hui."},
        {"en": "Our nightly payout job stopped at {t0} {tz}, and the payouts of {n} merchants were not "
               "sent. We did not notice it until merchants told us: our alert on this job was missing.",
         "fr": "Notre traitement de nuit des virements s'est arrêté à {t0} {tz} et les virements de {n} "
               "commerçants ne sont pas partis. Nous ne l'avons vu que lorsque des commerçants nous l'ont "
               "signalé : l'alerte sur ce traitement manquait."},
        {"en": "We have restarted the job and are sending the late payouts in order. We have added the "
               "missing alert.",
         "fr": "Nous avons relancé le traitement et envoyons les virements en retard dans l'ordre. Nous "
               "avons ajouté l'alerte qui manquait."},
        {"en": "You have nothing to do: the payout will reach your account today. If you face fees "
               "because of the delay, write to us and we will refund them.",
         "fr": "Vous n'avez rien à faire : le virement arrivera sur votre compte aujourd'hui. Si ce retard "
               "vous coûte des frais, écrivez-nous et nous les rembourserons."},
        {"en": "\"Our merchants count on being paid on time. We failed {n} of them today, and we will "
               "make it right.\"",
         "fr": "« Nos commerçants comptent sur des virements à l'heure. Nous avons failli envers {n} "
               "d'entre eux aujourd'hui, et nous allons réparer cela. »"},
    ),
    Theme(
        "terminal-outage",
        {"en": "Payment terminals offline in some shops", "fr": "Terminaux de paiement hors ligne dans des "
                                                                "magasins"},
        {"en": ["Payment terminals"], "fr": ["Terminaux de paiement"]},
        {"en": "some payment terminals are offline", "fr": "des terminaux de paiement sont hors ligne"},
        {"en": "a software update we sent to the terminals", "fr": "une mise à jour logicielle que nous "
                                                                   "avons envoyée aux terminaux"},
        {"en": "Since {t0} {tz} about {n} payment terminals are offline. We are sorry for the lost sales; "
               "we know the cause and are bringing them back.",
         "fr": "Depuis {t0} {tz}, environ {n} terminaux de paiement sont en panne. Nous sommes désolés "
               "pour les ventes perdues : nous connaissons la cause et les remettons en service."},
        {"en": "At {t0} {tz} we sent a software update to our payment terminals. On about {n} of them it "
               "did not finish, and they cannot connect. This is our fault: we sent it to every terminal "
               "at once.",
         "fr": "À {t0} {tz}, nous avons envoyé une mise à jour logicielle à nos terminaux de paiement. Sur "
               "environ {n} d'entre eux, elle n'a pas abouti et ils ne se connectent plus. C'est notre "
               "faute : nous l'avons envoyée à tous les terminaux en même temps."},
        {"en": "We are sending a repair to the terminals concerned, {k} groups at a time. From now on, "
               "updates go to a small group first.",
         "fr": "Nous envoyons un correctif aux terminaux concernés, par groupes de {k}. Désormais, les mises "
               "à jour iront d'abord à un petit groupe."},
        {"en": "Restart your terminal if it shows an error. Until it is back, you can take payments with "
               "our mobile app.",
         "fr": "Redémarrez votre terminal s'il affiche une erreur. En attendant, vous pouvez encaisser avec "
               "notre application mobile."},
        {"en": "\"Every terminal offline is a shop that cannot sell. We are sorry, and we are changing how "
               "we send updates.\"",
         "fr": "« Chaque terminal hors ligne, c'est un magasin qui ne peut pas vendre. Nous en sommes "
               "désolés et nous changeons notre manière d'envoyer les mises à jour. »"},
    ),
    Theme(
        "receipt-emails",
        {"en": "Receipt e-mails arriving late", "fr": "Reçus par e-mail en retard"},
        {"en": ["E-mail receipts"], "fr": ["Reçus par e-mail"]},
        {"en": "receipt e-mails are arriving late", "fr": "les reçus par e-mail arrivent en retard"},
        {"en": "a full sending queue on our e-mail service", "fr": "une file d'envoi saturée sur notre "
                                                                   "service d'e-mail"},
        {"en": "Since {t0} {tz} receipt e-mails to customers are delayed by up to {k} hours. We are sorry; "
               "payments are not affected.",
         "fr": "Depuis {t0} {tz}, les reçus par e-mail arrivent aux clients avec jusqu'à {k} heures de "
               "retard. Nous en sommes désolés ; les paiements ne sont pas touchés."},
        {"en": "At {t0} {tz} the sending queue of our e-mail service filled up, and {n} receipts are "
               "waiting to be sent. We had not sized it for the evening peak.",
         "fr": "À {t0} {tz}, la file d'envoi de notre service d'e-mail s'est remplie et {n} reçus attendent "
               "d'être envoyés. Nous ne l'avions pas dimensionnée pour le pic du soir."},
        {"en": "We have doubled the capacity of the queue and are sending the waiting receipts in order.",
         "fr": "Nous avons doublé la capacité de la file et envoyons les reçus en attente dans l'ordre."},
        {"en": "You have nothing to do: every receipt will arrive. Your payment went through even if the "
               "receipt is late.",
         "fr": "Vous n'avez rien à faire : chaque reçu arrivera. Votre paiement a bien été effectué même si "
               "le reçu est en retard."},
        {"en": "\"A receipt is part of the service, and ours were late. We have fixed the capacity and we "
               "are watching it.\"",
         "fr": "« Le reçu fait partie du service, et les nôtres étaient en retard. Nous avons corrigé la "
               "capacité et nous la surveillons. »"},
    ),
]

# Update texts per status, in both languages: templates over the figures and the theme.
UPDATE_TEXTS: dict[str, list[dict[str, str]]] = {
    "investigating": [
        {"en": "We know that {problem_en} and we are investigating. We are sorry: this is our failure.",
         "fr": ("Nous savons que {problem_fr} et nous menons l'analyse. Nous en sommes désolés : c'est "
                "notre défaillance.")},
        {"en": ("We are still investigating why {problem_en}. Our engineers are checking each part of "
                "the service, starting with the changes made today."),
         "fr": ("Nous cherchons toujours pourquoi {problem_fr}. Nos équipes vérifient chaque partie du "
                "service, en commençant par les changements faits aujourd'hui.")},
        {"en": ("Our teams have ruled out {k} of the {m} parts of the service we suspected. We will "
                "post again as soon as we know more, and within the hour at the latest."),
         "fr": ("Nos équipes ont écarté {k} des {m} parties du service que nous soupçonnions. Nous "
                "publierons une nouvelle mise à jour dès que nous en saurons plus, et au plus tard dans "
                "l'heure.")},
    ],
    "identified": [
        {"en": "We have found the cause: {cause_en}. A fix is being prepared.",
         "fr": "Nous avons trouvé la cause : {cause_fr}. Un correctif est en préparation."},
        {"en": ("The fix is being deployed. {k} of our {m} regions are done, and we are working through "
                "the others."),
         "fr": ("Le correctif est en cours de déploiement. {k} de nos {m} régions sont traitées et nous "
                "poursuivons avec les autres.")},
        {"en": ("We are testing the fix before we deploy it everywhere. Since {at}, we have been "
                "checking every affected account so that nobody is left out."),
         "fr": ("Nous testons le correctif avant de le déployer partout. Depuis {at}, nous vérifions "
                "chaque compte touché pour que personne ne soit oublié.")},
    ],
    "monitoring": [
        {"en": ("The fix is live in every region. The service is working again and we are watching it "
                "closely."),
         "fr": ("Le correctif est en place dans toutes les régions. Le service fonctionne de nouveau et "
                "nous le suivons de près.")},
        {"en": ("Error rates have been back to normal since {at}. We keep monitoring the service before "
                "we close this incident."),
         "fr": ("Le taux d'erreur est revenu à la normale depuis {at}. Nous continuons de surveiller le "
                "service avant de clore cet incident.")},
        {"en": ("We have checked the {n} accounts that were affected: each of them works normally. We "
                "are keeping a close watch for another hour."),
         "fr": ("Nous avons vérifié les {n} comptes touchés : chacun fonctionne normalement. Nous "
                "restons attentifs encore une heure.")},
    ],
    "resolved": [
        {"en": ("This incident is resolved: the service has worked normally since {at}. We are sorry "
                "for the disruption, and we will publish what we learned."),
         "fr": ("Cet incident est résolu : le service fonctionne normalement depuis {at}. Nous sommes "
                "désolés de vous avoir privés du service et nous publierons ce que nous en avons appris.")},
    ],
}

ORDER = ["investigating", "identified", "monitoring", "resolved"]


def _statuses(rng: random.Random, count: int, resolved: bool) -> list[str]:
    """`count` statuses, oldest first, never going back: investigating first, then identified
    and monitoring; a resolved incident ends with exactly one resolved update, an open one may
    not have reached monitoring yet."""
    body = count - 1 if resolved else count
    stages = min(3 if resolved or rng.random() < 0.5 else 2, body)
    bounds = [0, *sorted(rng.sample(range(1, body), stages - 1)), body]
    result = [ORDER[stage] for stage in range(stages) for _ in range(bounds[stage + 1] - bounds[stage])]
    return result + (["resolved"] if resolved else [])


def _fmt(moment: datetime) -> str:
    return moment.astimezone(TIMEZONE).strftime("%Y-%m-%d %H:%M")


def _clock(moment: datetime) -> str:
    return moment.astimezone(TIMEZONE).strftime("%H:%M")


def _daytime(moment: datetime, backwards: bool = False) -> datetime:
    """Nights are skipped, so a local time written in a file is never ambiguous or missing
    around a daylight-saving change: 00:00-05:59 becomes 07:00 (or 23:00 the day before)."""
    local = moment.astimezone(TIMEZONE)
    if local.hour >= 6:
        return local
    return (local - timedelta(days=1)).replace(hour=23) if backwards else local.replace(hour=7)


def _timeline(rng: random.Random, now: datetime, is_open: bool, count: int) -> tuple[datetime, list[datetime]]:
    """When the incident started and its `count` update times, oldest first, all before `now`.
    A resolved incident starts on a morning of the history and ends the same day when it has
    8 updates; an open one has its updates 10 to 19 minutes apart up to a few minutes ago."""
    moments = []
    if is_open:
        at = _daytime(now - timedelta(minutes=rng.randint(5, 15)), backwards=True)
        for _ in range(count):
            moments.insert(0, at.replace(second=0, microsecond=0))
            at = _daytime(at - timedelta(minutes=rng.randint(10, 19)), backwards=True)
        return moments[0] - timedelta(minutes=rng.randint(3, 10)), moments
    span = 2 + count * 75 // (60 * 12)  # days a long timeline needs, nights skipped
    day = (now - timedelta(days=rng.randint(span, max(span, HISTORY_DAYS)))).astimezone(TIMEZONE)
    started = day.replace(hour=rng.randint(7, 12), minute=rng.randint(0, 59), second=0, microsecond=0)
    at = started + timedelta(minutes=rng.randint(3, 10))
    for _ in range(count):
        moments.append(at)
        at = _daytime(at + timedelta(minutes=rng.randint(15, 75)))
    return started, moments


def statement_pair(index: int, rng: random.Random, now: datetime, updates: int = 8) -> dict[str, str]:
    """One incident: {filename: text} for its English file and its French translation."""
    theme = THEMES[index % len(THEMES)]
    severity = rng.choices(list(SEVERITY_WEIGHTS), weights=list(SEVERITY_WEIGHTS.values()))[0]
    is_open = rng.random() < OPEN_SHARE or (index == 0 and updates > 8)
    started, moments = _timeline(rng, now, is_open, updates)
    figures = {"n": rng.randint(12, 900), "m": rng.randint(4, 9)}
    figures["k"] = rng.randint(1, figures["m"] - 1)
    figures["t0"] = _clock(started)
    figures["tz"] = started.astimezone(TIMEZONE).tzname()
    statuses = _statuses(rng, updates, resolved=not is_open)
    slug = f"{started.astimezone(TIMEZONE):%Y-%m-%d}-{theme.slug}-{index:04d}"
    spokesperson = SPOKESPEOPLE[index % len(SPOKESPEOPLE)]
    # Each status walks through its texts from a random start, so neighbours differ.
    offsets = {status: rng.randrange(len(texts)) for status, texts in UPDATE_TEXTS.items()}
    offsets["investigating"] = 0  # the first update acknowledges the problem
    choices = [(offsets[s] + statuses[:i].count(s)) % len(UPDATE_TEXTS[s]) for i, s in enumerate(statuses)]
    files = {}
    for lang in ("en", "fr"):
        files[f"{slug}.md" if lang == "en" else f"{slug}.fr.md"] = _render(
            theme, lang, severity, started, figures, statuses, moments, choices, spokesperson,
            next_update=(now + timedelta(minutes=30)) if is_open else None)
    return files


def _render(theme: Theme, lang: str, severity: str, started: datetime, figures: dict, statuses: list[str],
            moments: list[datetime], choices: list[int], spokesperson, next_update: datetime | None) -> str:  # type: ignore[no-untyped-def]
    def fill(template: str, **more: str) -> str:
        return template.format(**figures, **more)

    affected = ", ".join(theme.affected[lang])
    front = [f"title: {theme.title[lang]}", f"severity: {severity}", f"started: {_fmt(started)}",
             f"affected: [{affected}]"]
    if next_update is not None:
        front.append(f"next_update: {_fmt(next_update)}")
    if severity != "minor":
        name, role = spokesperson
        front.append(f"spokesperson: {{name: {name}, role: {role[lang]}}}")
    front.append("hashtags: [CalypsoStatus]")
    sections = [("summary", theme.summary[lang])]
    if severity != "minor":
        sections.append(("what_happened", theme.happened[lang]))
    sections += [("what_we_are_doing", theme.doing[lang]), ("what_you_should_do", theme.should[lang])]
    if severity != "minor":
        sections.append(("quote", theme.quote[lang]))
    body = [f"## {HEADINGS[key][lang]}\n{fill(text)}\n" for key, text in sections]
    body.append(f"## {HEADINGS['updates'][lang]}\n")
    for status, moment, choice in reversed(list(zip(statuses, moments, choices))):
        text = fill(UPDATE_TEXTS[status][choice][lang], at=_clock(moment - timedelta(minutes=5)),
                    problem_en=theme.problem["en"], problem_fr=theme.problem["fr"],
                    cause_en=theme.cause["en"], cause_fr=theme.cause["fr"])
        body.append(f"### {_fmt(moment)} · {STATUS_WORDS[status][lang]}\n{text}\n")
    return "---\n" + "\n".join(front) + "\n---\n\n" + "\n".join(body)


def write_corpus(count: int, out_dir: Path, *, seed: int = 7, updates: int = 8, now: str = DEFAULT_NOW) -> list[Path]:
    """Write `out_dir/mkdocs.yml` and `out_dir/statements/` with `count` incidents in en and fr.
    An existing `statements/` folder is replaced. Returns the statement files written."""
    if count < 1 or updates < 2:
        raise ValueError("need at least one statement and two updates per statement")
    moment = datetime.fromisoformat(now)
    rng = random.Random(seed)
    out_dir.mkdir(parents=True, exist_ok=True)
    shutil.copy(REPO / "mkdocs.yml", out_dir / "mkdocs.yml")
    folder = out_dir / "statements"
    shutil.rmtree(folder, ignore_errors=True)
    folder.mkdir()
    written = []
    for index in range(count):
        for name, text in statement_pair(index, rng, moment, updates).items():
            path = folder / name
            path.write_text(text, encoding="utf-8", newline="\n")
            written.append(path)
    return written


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("count", type=int, help="number of incidents (each written in en and fr)")
    parser.add_argument("out_dir", type=Path, help="site root to write (mkdocs.yml, statements/)")
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--updates", type=int, default=8, help="updates per statement (default 8)")
    parser.add_argument("--now", default=DEFAULT_NOW, help=f"the clock the corpus is valid at ({DEFAULT_NOW})")
    args = parser.parse_args(argv)
    files = write_corpus(args.count, args.out_dir, seed=args.seed, updates=args.updates, now=args.now)
    print(f"wrote {len(files)} statement files to {args.out_dir / 'statements'}")


if __name__ == "__main__":
    main()
