"""Render stage, for the media Q&A brief: the words that find each answer in a statement, in
English and French side by side, so both briefs of one statement search alike. Patterns are
searched case-insensitively in whole sentences (and in the label a sentence sits under)."""

from __future__ import annotations

import re

from generator.core.catalogues import english_table, translatable
from generator.rendering.roles import CUT_EN, CUT_FR

# The brief's own words: headings, the lines to say when the statement has no answer (other
# languages in the gettext catalogues, contexts `qa.*`).
QA_WORDS: dict[str, str] = english_table(
    translatable("qa.title", "Media Q&A brief: {title}"),
    translatable("qa.intro",
                 "For the spokesperson and the press office. Each answer quotes the statement: say nothing it does not "
                 "say, and never guess. A question marked {unanswered} has no answer in the statement: use the line "
                 "suggested, or add the answer to the statement first."),
    translatable("qa.count", "Questions without an answer in the statement: {count} of {total}."),
    # Translators: the heading of the few sentences the spokesperson says whatever the question.
    translatable("qa.key_messages", "Key messages"),
    translatable("qa.key_messages_intro",
                 "Say these, in the statement's words, in every interview, whatever you are asked:"),
    translatable("qa.unanswered", "UNANSWERED"),
    translatable("qa.source", "Source:"),
    translatable("qa.say", "Say instead:"),
    # Translators: asked whether the organisation will be fined: never a dodge.
    translatable("qa.regulators", "Any penalty is for the regulators to decide; we will not prejudge their decision."),
    # Translators: asked whether anyone will lose their job, after the statement owns the fault.
    translatable("qa.pressed", "If pressed:"),
    # Translators: before a line the statement does not say in so many words (what we answer for):
    # it needs the crisis lead's approval before anyone says it.
    translatable("qa.pressed_approved", "If pressed, once the crisis lead has approved this line:"),
    # Translators: "What caused it?" answered with what was found and the search for the source:
    # the spokesperson says first that it is not known.
    translatable("qa.cause_unknown", "Say first: “We do not know its source yet.”"),
    # Translators: what to say when asked what happens after an offer that ends soon ("travel without
    # a ticket until tonight"), when the statement does not say.
    translatable("qa.offer_end", "We will say before it ends whether it is extended."),
    # Translators: "Will people be compensated?" answered with refunds only: the spokesperson
    # promises nothing beyond them.
    translatable("qa.refunds_only", "The statement offers refunds only. Asked about compensation beyond them, promise "
                                    "nothing: agree the answer with the crisis lead, and add it to the statement "
                                    "first."),
    # Translators: the offer a question is about, quoted ({text}).
    translatable("qa.offer_said", "The statement says: {text}"),
    # Translators: how long what we published stayed up ({posted}, {removed} are times, {delay} a duration).
    translatable("qa.stayed_up_fact", "It went up {posted} and came down {removed}, {delay} later."),
    translatable("qa.jobs_line", "We do not discuss individual members of staff; the responsibility is ours as an "
                                 "organisation."),
    # Translators: "Who is responsible?" when the statement owns nothing in so many words: what we
    # answer for, without saying what caused it before anyone knows.
    translatable("qa.responsible_recall", "These are our products: the responsibility for them is ours, whatever "
                                          "the investigation finds about the source."),
    # Translators: "Who is responsible?" in a strike: no blame on the strikers, what we answer for.
    translatable("qa.responsible_strike", "We respect the right to strike. Our responsibility is to run as much of "
                                          "the service as we can, to tell people early and precisely what service "
                                          "there will be, and to keep negotiating."),
    translatable("qa.responsible_safety", "The safety of the people who rely on us is our responsibility, and we "
                                          "answer for it."),
    # Translators: what to say of the update promised and not yet published (no time promised).
    translatable("qa.overdue", "It is late, and I apologise for that: we will publish it as soon as it is ready, and "
                               "say then when the next one will come."),
    translatable("qa.overdue_fact", "It was due {when} and is {late} late."),
    translatable("qa.was_due", "(Due by {day}, now past: check it was kept before you say it.)"),
    # Translators: "it" is whatever happened (a fire, a breach, an outage): never "the problem".
    translatable("qa.began", "It began {when}."),
    translatable("qa.affected_source", "the list of what is affected"),
    translatable("qa.first_word", "Our first public statement was posted {when}."),
    # Translators: "When did you find out?" when the statement does not say.
    translatable("qa.known_unanswered", "UNANSWERED for when we found out: the statement does not say. Check it with "
                                        "the crisis lead before any interview."),
    translatable("qa.not_yet", "We do not know yet. We will say so as soon as we know, at the latest in our next update{when}."),
    # Translators: no promise of findings by a date (an inquiry takes months); {when} is unused.
    translatable("qa.never_guess", "We will not speculate: we will say what is established as soon as it is."),
    translatable("qa.check", "I do not have that answer with me: I will check and come back to you today."),
    # Translators: for "Why did you not tell people sooner?" when the statement does not say: no
    # line is scripted for it, the crisis lead agrees one.
    translatable("qa.agree", "No line is suggested: agree this answer with the crisis lead before any interview, and "
                             "add it to the statement if it can be said publicly."),
    # Translators: for a question on a ransom the statement does not answer.
    translatable("qa.ransom", "We will not discuss the attackers' demands: our priority is the people affected and "
                              "the safety of their data."),
    # Translators: {update} names an older update (qa source.update), {text} what it said, quoted.
    translatable("qa.said_before", "Our {update} said: {text}"),
    # Translators: {first} our first public word, {delay} a duration, {began} when the problem began.
    translatable("qa.late_fact", "Our first public word came {first}, {delay} after the problem began, {began}."),
    translatable("qa.late_fact_known", "Our first public word came {first}, {delay} after we knew, {began}."),
    # Translators: {began} and {known} are moments, {delay} a duration ("4 days").
    translatable("qa.unnoticed_fact", "It began {began}; we knew {known}, {delay} later."),
    # Translators: after the count of what is back, when the newest update gives no time for the rest.
    translatable("qa.no_eta", "UNANSWERED for the rest: the statement gives no time for it. Say instead: “We cannot "
                              "yet say when everything will work again; we will say it as soon as we know.”"),
    translatable("qa.memory", "I will not answer that from memory: I will check and come back to you today."),
    translatable("qa.message", "We know what this means for the people affected, and we will keep them informed at every step."),
    # Translators: said even when people were hurt: no "put this right".
    translatable("qa.review", "Our priority is the people affected; we will share what we learn of what happened."),
    translatable("qa.review_done", "Our priority has been the people affected; we will share what we learn of what "
                                   "happened."),
    # Translators: who is responsible for what was said or done in our name (a bad buzz).
    translatable("qa.answer_for_it", "We answer for what is said and done in our name, whoever said or did it; "
                                     "we have said what we have done about it."),
    translatable("qa.by_when", ", {when}"),
    translatable("qa.resolved", "Our update of {when} said it was resolved."),
    # Translators: for what is closed rather than "resolved" (a withdrawn advert, a fire, a recall).
    translatable("qa.closed", "Our update of {when} was our last on this; we keep answering questions."),
    translatable("qa.next", "Next public update promised {when}."),
    translatable("qa.affected", "Affected: {items}."),
    translatable("qa.lots", "The products and lots recalled, as the statement's table gives them:"),
    translatable("qa.table", "As the statement's table gives them:"),
)


# Numbers of people affected: a figure near the noun that counts them (accounts and orders count
# the people behind them; litres, shops or deliveries never answer "how many people").
_COUNTED = {
    "en": r"(?:customers?|clients?|merchants?|people|persons?|passengers?|travell?ers?|owners?|members?|users?|"
          r"accounts?|patients?|residents?|households?|families|parents?|children|babies|employees?|staff|"
          r"workers?|colleagues?|buyers?|subscribers?|farmers?|producers?|guests?|pupils?|students?|callers?|"
          r"cases?|orders?|policyholders?|tenants?|thermostats?|devices?|meters?|vehicles?|bikes?|cars?|skiers?|"
          r"visitors?|spectators?|hikers?|climbers?|swimmers?|tourists?|holidaymakers?|riders?|cyclists?|runners?|players?|"
          r"gamers?|profiles?|viewers?|listeners?|readers?|fans?|sellers?|ticket-?holders?|homes?|pupils?|"
          r"businesses|companies|firms|organi[sz]ations|employers|shops|restaurants)",
    "fr": r"(?:clients?|clientes?|commerçants?|personnes?|passagers?|voyageurs?|propriétaires?|adhérents?|"
          r"utilisateurs?|comptes?|patients?|habitants?|riverains?|foyers?|familles?|parents?|enfants?|bébés?|"
          r"salariés?|employés?|collègues?|acheteurs?|abonnés?|producteurs?|usagers?|membres?|élèves?|"
          r"étudiants?|cas|commandes?|locataires?|assurés?|thermostats?|appareils?|compteurs?|véhicules?|vélos?|"
          r"voitures?|skieurs?|skieuses?|visiteurs?|spectateurs?|randonneurs?|grimpeurs?|baigneurs?|touristes?|"
          r"vacanciers?|cyclistes?|coureurs?|joueurs?|joueuses?|profils?|téléspectateurs?|auditeurs?|auditrices?|"
          r"lecteurs?|lectrices?|fans?|vendeurs?|vendeuses?|logements?|détenteurs?|entreprises|sociétés|"
          r"employeurs|commerces|boutiques|restaurants)",
    "de": r"(?:Kund\w*|Händler\w*|Menschen|Personen|Fahrgäste?n?|Reisende\w*|Halter\w*|Besitzer\w*|Mitglieder\w*|"
          r"Nutzer\w*|Konten|Kontos?|Patient\w*|Einwohner\w*|Anwohner\w*|Haushalte?n?|Familien|Eltern|Kinder\w*|"
          r"Mitarbeitende\w*|Beschäftigte\w*|Abonnent\w*|Gäste?n?|Schüler\w*|Studierende\w*|Fälle?n?|Bestellungen|"
          r"Versicherte\w*|Mieter\w*|Geräte?n?|Zähler\w*|Fahrzeuge?n?|Autos|Besucher\w*|Spieler\w*|Profile?n?|"
          r"Haushalten|Wohnungen|Betroffene\w*)",
}
# When no person is counted, the events the problem hit stand for them ("3,870 affected trips",
# « 2 870 connexions ont échoué »): a journalist's "how many?" is answered with the count there is.
_EVENTS = {
    "en": r"(?:trips?|journeys?|rides?|flights?|bookings?|reservations?|appointments?|payments?|transactions?|"
          r"transfers?|logins?|log-ins?|sign-ins?|parcels?|packages?|deliveries|shipments?|tickets?|calls?|claims?|"
          r"prescriptions?|invoices?|bills?|letters?|messages?|e-?mails?|texts?|(?:tax |VAT )?returns?|orders?|"
          r"applications?|filings?|declarations?)",
    "fr": r"(?:trajets?|voyages?|courses?|vols?|réservations?|rendez-vous|paiements?|prélèvements?|transactions?|"
          r"virements?|connexions?|colis|livraisons?|envois?|billets?|appels?|réclamations?|ordonnances?|factures?|"
          r"courriers?|lettres?|messages?|courriels?|SMS|déclarations?|commandes?|dossiers?|demandes?)",
    "de": r"(?:Fahrten|Fahrt|Reisen|Flüge?n?|Buchungen|Termine?n?|Zahlungen|Transaktionen|Überweisungen|Anmeldungen|"
          r"Pakete?n?|Lieferungen|Sendungen|Tickets|Anrufe?n?|Rechnungen|Briefe?n?|Nachrichten)",
}
# A figure, never a time (06:40, 7 h), a name ("T1 tickets"), a share or a sum ("a credit of 25%", « un avoir de 25 % », "€40").
# (Nor a number people dial, "9-1-1 calls": never "1 calls".)
_NUMBER = r"(?<![\w:.,€£$-])\d(?:[\d\u00a0\u202f ,.]*\d)?(?![\d:-]|\s?h\b|[\s\u00a0\u202f]?(?:%|€|£|\$|euros?\b|pour ?cent\b|per ?cent\b))"
# "21 November for affected merchants" is a date, not 21 merchants.
_MONTHS = (r"january|february|march|april|may|june|july|august|september|october|november|december|janvier|février|"
           r"mars|avril|mai|juin|juillet|août|septembre|octobre|novembre|décembre")


# "a stand in hall 4 where electric bikes were on display" names hall 4: it counts no bikes.
_NAMED = "".join(rf"(?<!\b{word} )" for word in (
    "hall", "halls", "stand", "gate", "gates", "line", "lines", "platform", "terminal", "room", "ward", "floor",
    "building", "unit", "route", "bus", "flight", "ligne", "lignes", "quai", "voie", "salle", "porte", "bâtiment",
    "étage", "vol", "Halle", "Linie", "Gleis"))


def count_pattern(lang: str, *, events: bool = False) -> str:
    """A figure counting people (`events`: the trips, payments or logins the problem hit)."""
    table = _EVENTS if events else _COUNTED
    noun = table.get(lang, table["en"])
    if events:  # the figure right before its noun ("3,870 affected trips"): "called 9 people before their trip" is none
        # (Two words may name them: "63,500 debit card payments".)
        return rf"{_NUMBER}(?!\s*(?:{_MONTHS})\b)\s+(?:[\w'’-]+\s+){{0,2}}(?:d['’])?{noun}\b"
    # "4 tickets per fan", « 4 billets par fan » is a limit, not a count of fans; « 1,9 million
    # d'appareils » counts devices.
    # "12 replacement coaches from partner companies" counts coaches, not companies: a preposition
    # ends the figure's noun phrase (« 12 autocars d'entreprises partenaires » likewise; only a
    # magnitude takes « d' »).
    between = (r"(?:(?!(?:per|par|each|chaque|a|an|sans|without|from|with|by|on|at|in|for|to|into|depuis|avec|pour|"
               r"sur|dans|chez|vers|d['’]\w+)\b)[\w'’-]+\s+)")
    magnitude = r"(?:(?:millions?|milliards?|milliers|centaines|dizaines)\s+d['’])"
    rate = r"(?!\s+(?:[\w'’-]+\s+)?(?:per|par|each|chaque)\b)"  # "of 4 tickets per fan": a limit
    return (rf"{_NAMED}{_NUMBER}(?!\s*(?:{_MONTHS})\b)\s+(?:{between}{{0,4}}|{magnitude}){noun}\b|{_NUMBER}\s+(?:of them|d['’]entre eux|d['’]entre elles)\b|\b{noun}\s+(?:[\w'’-]+\s+){{0,3}}(?:is|are|was|were|est|sont|"
            rf"de|of|:)\s+(?:about |environ |around )?{_NUMBER}{rate}|\b(?:all|tous les|toutes les|chacun des|each of the) "
            rf"{_NUMBER}\s+(?:[\w'’-]+\s+){{0,2}}{noun}\b")


# A recall counts the products sold ("6,340 rattles … were sold").
# (Never "412 customers who bought", people; nor "17 December we wrote to the 412 customers who
# bought", a date: no figure, no "who" between the count and its verb.)
SOLD_COUNT = {"en": rf"{_NUMBER}\s+(?:(?!(?:who|that|which)\b)[^\W\d][\w'’-]*\s+){{0,8}}"
                    rf"(?:(?:were |have been |had been |had already been )?(?:sold|"
                    rf"bought|purchased|put on sale|delivered|shipped|distributed|supplied)|(?:are|were) (?:concerned|recalled))\b|"
                    # "We sold 1,460 single bars", "We're recalling about 23,600 power adapters"
                    rf"\b(?:we (?:have |had )?sold|we(?: are|['’]re) recalling|we recall(?:ed)?)\s+(?:about |around |some |nearly |"
                    rf"almost |approximately )?{_NUMBER}|"
                    # "The two lots represent about 9,400 portions"
                    rf"\b(?:represent|represents|total|totals|amount to|come to|comprise|cover)\s+(?:about |around |some |nearly )?"
                    rf"{_NUMBER}|"
                    # "The number of recalled rings is 7,215", "3,406 of the 7,215 recalled rings"
                    rf"\bnumber of (?:recalled )?[\w-]+(?: [\w-]+){{0,3}} (?:is|was|now stands at|has risen to) (?:about |around )?"
                    rf"{_NUMBER}|"
                    rf"\bthe {_NUMBER} recalled [\w-]+|\bthe {_NUMBER} [\w-]+ (?:concerned|affected|recalled)\b|"
                    # "…sold in 7 stores and online, or about 14,000 packs"
                    rf"\b(?:or|that is|a total of) (?:about |around |some |nearly )?{_NUMBER}\s+(?:packs|packets|units|"
                    rf"boxes|jars|bottles|bags|trays|products|items|pieces|devices|tubes|cartons|packages)\b",
              "fr": rf"{_NUMBER}\s+(?:(?!qui\b)[^\W\d][\w'’-]*\s+){{0,8}}"
                    rf"(?:(?:ont été |avaient (?:déjà )?été |a été )?(?:vendue?s?|"
                    rf"achetée?s?|mises? en vente|livrée?s?|expédiée?s?|distribuée?s?|fournie?s?)|(?:sont|étaient) "
                    rf"(?:concernée?s?|rappelée?s?))\b|"
                    # « Nous avons vendu 1 460 barres », « nous rappelons environ 23 600 adaptateurs »
                    rf"\b(?:nous avons vendu|nous rappelons|nous avons rappelé)\s+(?:environ |près de |quelque |plus de )?{_NUMBER}|"
                    # « Les deux lots représentent environ 9 400 portions »
                    # « Le nombre d'anneaux rappelés est de 7 215 », « les 7 215 anneaux rappelés »
                    rf"\bnombre d['’][\w-]+ rappelée?s? (?:est|s['’]élève) (?:de|à) (?:environ )?{_NUMBER}|"
                    rf"\bnombre (?:de |d['’])[\w-]+(?: [\w-]+){{0,3}} (?:est|s['’]élève) (?:de|à) (?:environ )?{_NUMBER}|"
                    rf"\b(?:les|des) {_NUMBER} [\w-]+ (?:rappelée?s?|concernée?s?)|"
                    rf"\b(?:représentent|représente|totalisent|comptent|comprennent)\s+(?:environ |près de |quelque )?"
                    rf"{_NUMBER}|"
                    # « Ils ont été vendus dans… et sur kerlann.fr, soit environ 14 000 paquets »
                    rf"\bsoit (?:environ |près de |quelque |plus de )?{_NUMBER}\s+(?:paquets|unités|boîtes|pots|"
                    rf"bouteilles|sachets|barquettes|produits|pièces|appareils|articles|flacons|tubes|briques|emballages)\b",
              "de": rf"{_NUMBER}\s+(?:[\w'’-]+\s+){{0,8}}(?:wurden |sind |waren )?(?:bereits )?(?:verkauft|ausgeliefert|"
                    rf"vertrieben|versandt|betroffen|zurückgerufen)\b"}
# Words that say a figure is the total of those affected.
AFFECTED = r"\b(?:affected|concerned|in all|in total|total|final|concernée?s?|touchée?s?|au total|en tout|betroffen|insgesamt)\b"


# An authority: a named agency (ANSM, CNIL, ICO, CROSS: capitals, case kept), or the word for one.
_AGENCY = r"(?-i:\b(?!(?:SMS|CET|GMT|FAQ|PDF|URL|EUR|USD|VAT|TVA)\b)[A-Z][A-Za-z]*[A-Z]{2,}[a-z]*\b)"
_AUTHORITY_EN = (r"(?:authorit\w+|veterinary services|regulator|coastguard|coast guard|inspectorate|police|agency|commissioner|"
                 r"ombudsman|ombudsperson|prefecture|"
                 r"ministry|health and safety executive|trading standards|data protection|"
                 # (kit 55) "the Directorate of Pharmacy and Medicines", "the Data Protection Commission"
                 r"(?-i:Directorate|Commission|Ministry|Department) of\b|(?-i:[A-Z]\w+) (?-i:Commission|Directorate)\b)")
_AUTHORITY_FR = (r"(?:autorités?|services vétérinaires|régulateur|préfecture|préfet|inspection|gendarmerie|police|agence|"
                 r"ombudsman|protecteur du citoyen|commissaire|"
                 r"ministère|procureur|(?-i:Direction|Commission) (?:de la|du|des|de l['’]|générale|nationale)\b|"
                 r"cross\b|secours)")


# Words per question, English and French (a pattern is searched case-insensitively). Stems end
# without `\b`: "compensat" must find "compensation".
W = {
    "when": (r"\b(?:since \w+|between|from \d|on \w+day|at \d|\d{1,2}:\d{2}|on \d{1,2} (?:january|february|march|"
             r"april|may|june|july|august|september|october|november|december)|(?:january|february|march|april|may|"
             r"june|july|august|september|october|november|december) \d)",
             r"\b(?:depuis le|entre le|du \d|le \w+di|à\s\d{1,2}\sh|\d{1,2}\sh\s\d{2}|(?:le|du|au) \d{1,2}(?:er)? "
             r"(?:janvier|février|mars|avril|mai|juin|juillet|août|septembre|octobre|novembre|décembre))"),
    "known": (r"\b(?:detected|discovered|noticed|spotted|(?:were|was) alerted|alerted us|rais(?:ed|es) an alert|gave the alert|became aware|"
              # "our security monitoring flagged unusual downloads"
              r"(?:monitoring|alarm|alert|system|sensor|team|staff|engineers?)s? (?:\w+ )?flagged|"
              # (never "the 212 customers who told us they use a telecare alarm": what they are, not the news)
              r"(?<!who )(?<!that )told us(?! (?:they|that they) (?:use|need|rely|have|are|were|had))|"
              r"found out|(?:learned|learnt|heard) (?:of|about)|"
              # "A patient called us at 7:50 a.m. on June 5 to tell us she had received someone else's e-mail"
              r"(?:called|phoned|rang|e-?mailed|wrote to|contacted|messaged) us\b(?:[^.]|[ap]\.m\.){0,60}?\bto "
              r"(?:tell|say|report|warn|let)|"
              # "a customer brought back a loaf in which she had found a sliver of metal"
              r"(?:brought|took|sent) (?:back|in|it back|us)\b(?:[^.]|[ap]\.m\.){0,80}?\b(?:had )?(?:found|discovered)|"
              # ("first reports" of the problem; never "not four as in our first report")
              r"reported to us|(?<!our )first reports?|found that|found the (?:fault|problem|error|leak|failure|attack|intrusion|breach|fire|smoke|outage|incident)|"
              # "Our IT team found the encrypted files at 06:50"
              r"found the (?:encrypted|locked|deleted|altered) (?:files|servers|systems|data|records)|"
              r"(?:tests?|analys[ie]s|checks?|inspections?|audits?|sampling|laborator(?:y|ies)|labs?) (?:has |have |had )?(?:found|showed|revealed|confirmed)|"
              # a laboratory's results reaching us: "the laboratory sent us the results"
              r"sent us (?:the |its |their )?(?:test )?results|(?:we )?received (?:the |its |their )?(?:test )?results|"
              r"results (?:came back|reached us))\b",
              r"\b(?:détecté|(?:avons|a|ont) découvert|constaté|(?:surveillance|alarme|système|capteur|équipe)s? (?:\w+ )?"
              r"(?:a|ont) (?:signalé|repéré)|(?:avons|a|ont) repéré|(?:avons|a|ont) remarqué|(?:nous|l['’]|les) (?:a|ont) alertée?s?|avons été alertée?s?|"
              r"donné l['’]alerte|nous a (?:appelée?s?|téléphoné|écrit|contactée?s?)\b[^.]{0,60}?\bpour (?:nous )?"
              r"(?:dire|signaler|prévenir|avertir|indiquer)|(?:a|ont) rapporté\b[^.]{0,80}?\b(?:avait|avaient|a|ont) (?:trouvé|découvert)|(?:déclench|lev)\w* une alerte|nous (?:l['’]|les )?(?:a|ont) signalée?s?|signalé ce|(?:l['’])?avons appris|avons eu connaissance|"
              r"premiers signalements|s'est révélée?|s’est révélée?|a révélé|nous (?:a|ont) été signalés?|"
              r"premiers? signalements?|(?:essai|analyse|contrôle|test|inspection|audit|laboratoire)s?\b[^.;:]{0,60}? (?:a|ont|avait|"
              r"avaient) (?:trouvé|détecté|révélé|montré)|"
              r"nous a (?:transmis|communiqué|envoyé) (?:les|ses|leurs) résultats|(?:avons|a) reçu (?:les|ses|leurs) "
              r"résultats|résultats nous (?:ont été|sont) (?:transmis|communiqués|parvenus))"),
    # "used for the first time on 21 November" dates this incident: no earlier one.
    # "The first time that…", "the first time in 20 years", never "the account was first used…"
    # nor « utilisé pour la première fois depuis un lieu inconnu le 23 novembre ».
    "before": (r"\b(?:(?:the )?first time (?:that|this|such|we|in (?:our|\d+|\w+ years)|since|ever)|never before|"
               # (never "a 4.2% rise this year, after 6% last year": a year, not an incident)
               r"happened before|previous (?:incident|breach|outage|recall|strike)s?|"
               r"(?:incident|breach|outage|recall|strike|fire|leak|failure) (?:\w+ ){0,3}last year|"
               r"last year['’]s (?:incident|breach|outage|recall|strike)|in the past)\b",
               r"\b(?:première fois (?:que|qu['’]|en \d+ ans|depuis (?:\d|notre|la création|sa création))|"
               r"jamais (?:auparavant|arrivé)|déjà (?:arrivé|produit)|"
               # (never « 4,2 % cette année, après 6 % l'an dernier »: une année, pas un incident)
               r"(?:incident|fuite|panne|rappel|grève|incendie) (?:[\w'’]+ ){0,3}l['’]an dernier|"
               r"par le passé|précédente? (?:incident|fuite|panne|rappel|grève))\b"),
    # "Further tests point to a brine tank", « de nouvelles analyses désignent un bac »: a finding
    "cause_strong": (r"\b(?:the cause|caused by|root cause|the reason(?! for (?:the |a |their |your |his |her )?"
                     r"(?:visit|appointment|consultation|call|booking|admission|stay|trip|travel))|confirmed the cause|was caused|traced (?:\w+ ){0,3}to|"
                     # "We know why these cords tear: the three lots were made with…"
                     # (never "We know how frightening this is… by 19:45": a feeling, and a time's colon)
                     r"we (?:now )?know (?:why|what caused|how(?! (?:frightening|hard|difficult|worr\w+|upsetting|"
                     r"stressful|distressing|much|important|serious|anxious|scary|painful|frustrating|disruptive)\b))"
                     r"\b[^.:]{0,80}\w(?=\s?:(?!\d))|"
                     r"(?:tests?|analys[ie]s|results?|findings?|investigation|checks?) (?:\w+ ){0,3}(?:points?|pointed) to|"
                     # "Tests found a wild yeast in one fermentation tank": what the tests found is the cause
                     r"(?:our |the )?(?:tests?|analys[ie]s|lab(?:oratory)? tests?|inspections?) (?:have )?found (?:a|an|that)\b|"
                     r"(?:most |more )?(?:likely|probable) cause|initial findings|(?:first|initial|preliminary|early) findings "
                     r"(?:show|shows|suggest|indicate)|(?:first|initial|preliminary) finding "
                     r"(?:[\w'’-]+ ){0,12}is that|"
                     r"(?:was|is) possible because|confirmed how|how the \w+ (?:got|broke|came) in|"
                     # a check that missed it: "a sign-off that checked prices and legal terms, but not tone"
                     r"checked [^.;]{0,60}, but not|(?:process|procedure|sign-off|check) (?:\w+ ){0,4}(?:failed|"
                     r"did not (?:check|catch|cover))|"
                     # "The update contained a configuration error that our tests had not caught"
                     r"contained (?:an? )?(?:\w+ )?(?:error|bug|flaw|fault|mistake)|(?:error|bug|flaw) that (?:our|the) "
                     r"(?:\w+ )?(?:tests?|checks?) (?:had )?(?:not|never) (?:caught|detected|found)|"
                     # where a fire started, its cause left to the inquiry: "It started next to the fuel
                     # supply…; what caused it is for the investigators to establish"
                     r"(?:fire|it|blaze) started (?:next to|near|beside|in|at|on|under)|"
                     r"what caused it is for (?:the )?[\w' -]{0,40}(?:investigat\w+|inquiry) to|"
                     # how the contamination got in, the inquiry still open: "Rainwater … could get in that
                     # way; the cantonal chemist is investigating whether that is the only cause"
                     r"could (?:have )?(?:got|get|gotten|come|seeped|entered) in (?:that way|this way|there|through)|"
                     r"(?:the|its) only cause|"
                     # "A software change we installed on June 3 paired some patient records with the wrong address"
                     r"(?:a|an|the|our) (?:software |system |configuration |code )?(?:change|update|upgrade|setting|bug) "
                     r"(?:[\w'’,-]+ ){0,6}(?:paired|matched|linked|mixed up|swapped|assigned|attached) (?:some |the |our )?)\b|^cause$",
                     r"\b(?:la cause|rançongiciel|cyber-?attaque|causée? par|l'origine|l’origine|est partie? d|cause (?:racine|profonde)|remonte à|"
                     r"nous savons (?:maintenant |désormais )?(?:pourquoi|comment|ce qui a causé)\b[^.:]{0,80}\w(?=[\s\u00a0\u202f]?:)|"
                     r"(?:panne|fuite|erreur|incident|coupure|contamination) (?:est|était) due? à|"
                     r"(?:analyses?|résultats?|examens?|contrôles?|enquête) (?:\w+ ){0,3}(?:désignent|désigne|pointent|pointe)|"
                     # (« Les analyses du chimiste cantonal ont trouvé un norovirus… »)
                     r"(?:les |nos )?(?:analyses|tests|examens|inspections) (?:[\w'’-]+ ){0,3}(?:ont (?:trouvé|mis en évidence|révélé|décelé)) "
                     r"(?:une?|des|la|le)\b|"
                     # (« Les premières constatations montrent que… » gives a finding; « la police a fait les
                     # premières constatations » says only that she looked.)
                     r"cause (?:la plus )?probable|(?:premiers constats|(?:premières|premiers) (?:constatations|éléments|"
                     r"conclusions))(?! (?:cet|ce|cette|hier|aujourd|le |la |les |sur place)\b)(?<!fait les premières constatations)"
                     r"(?<!fait les premiers constats)|"
                     r"(?:était|est) possible parce qu|a confirmé comment|comment l['’]\w+ (?:est entrée?|"
                     r"s['’]est introduite?)|"
                     # « Cette mise à jour contenait une erreur de configuration que nos tests n'avaient pas détectée »
                     r"contenait une (?:\w+ )?(?:erreur|faille|anomalie|défaut)|(?:erreur|faille|anomalie) (?:\w+ ){0,3}que "
                     r"nos (?:tests|contrôles|vérifications) n['’](?:avaient|ont) pas (?:détectée?|repérée?|vue?)|"
                     r"(?:le )?feu (?:est parti|a pris|a démarré) (?:à proximité|près|à côté|dans|sous|au)|"
                     r"il (?:revient|appartient) aux enquêteurs d['’]en établir la cause|"
                     r"a pu (?:s['’])?(?:infiltrer|entrer|pénétrer|s['’]introduire)\w* par (?:là|cette voie|cet endroit)|"
                     r"(?:la|sa) seule cause|"
                     # « Une modification logicielle installée le 3 juin a associé certains dossiers à la mauvaise adresse »
                     r"(?:une|la|cette|notre) (?:modification|mise à jour|erreur|anomalie)(?: logicielle| informatique| de "
                     r"configuration)? (?:[\w'’,-]+ ){0,6}a (?:associé|apparié|mélangé|interverti|rattaché|attribué))|^cause$"),
    "cause": (r"\b(?:so we (?:have )?(?:cancel|clos|stopp|suspend|delay|evacuat|halt)\w*|"
              r"because|due to(?! (?:be|appear|arrive|start|open|close|run|take|go|ship|launch|begin|end|"
              r"reopen|resume|leave|depart|land)\b)|came from|comes from|come from|was triggered|by mistake|in error|by error|the error was|"
              r"ransomware|cyber-?attack|"
              r"following a|stolen through|caused (?:our|the|an?) |retried|was wrong(?! and (?:offensive|hurtful|insensitive|unacceptable))|were weaker|fault in|short[- ]circuit|"
              r"investigation\b[^.]{0,60}\bfound|defect in|should have started|did not start|"
              # a service cut by an event: "since the fire of 1 December, the route is served by a smaller ship"
              r"(?:since|after|following) the (?:\w+ )?(?:fire|breakdown|accident|storm|flood|explosion|collision)\b|"
              # where a fire or a leak started: "the fire started in the engine compartment of one bus"
              r"(?:fire|blaze|leak|explosion) (?:\w+ ){0,2}(?:started|began|broke out|originated) (?:in|at|on)|(?<!we )stopped (?:our|the)|failed its|"
              # nobody checked it: "None of our vets reviewed it before it went live"
              r"(?:none|no one|nobody) (?:of (?:our|the) [\w-]+ )?(?:had )?(?:reviewed|checked|approved|tested|saw)|"
              # how it was done, said without the word "cause": "with the password of…, taken through a fake page"
              r"(?:taken|obtained|stolen|captured|harvested) (?:through|via)|fake (?:\w+ )?(?:page|site|"
              r"e-?mail)|(?:used|with) the (?:\w+ )?(?:password|login|credentials|key)s? of|did not (?:require|ask for|"
              r"check)|(?:was|were) (?:both )?(?:wrong(?! and (?:offensive|hurtful|insensitive|unacceptable))|a mistake)|"
              r"the (?:hole|flaw|weakness|gap) was(?! (?:closed|fixed|shut|plugged|sealed|found|spotted))|"
              # a safeguard left off: "The access check… was not switched on for the new server"
              r"(?:was|were) not (?:switched|turned) on|(?:was|were) (?:left )?(?:switched|turned) off|"
              r"(?:was|were) (?:not enabled|disabled by mistake)|"
              # a strike's reason: "as part of the annual pay talks", "in a dispute over pay"
              r"as part of (?:the |our )?(?:annual )?(?:pay|wage|salary) (?:talks|negotiations|round)|"
              r"(?:dispute|row) over (?:pay|wages|salaries|conditions))\b",
              r"\b(?:n['’]a pas été activée?|(?:a|avait) été (?:désactivée?|laissée? désactivée?)|"
              r"nous avons donc (?:annulé|fermé|suspendu|arrêté|retardé|évacué)|la cause|rançongiciel|cyber-?attaque|causée? par|provoquée? par|proven(?:ait|aient|ue?s?)\b|a (?:conduit|amené|poussé) (?:notre|nos|le|la|les) |a (?:provoqué|entraîné) (?:le|la|les|un|une) |parce qu|en raison|due? à|dû à|vient d|viennent d|venai(?:t|ent) d|(?:avons|ont) établi que|provien\w*|(?:incendie|feu|fuite|explosion) (?:\w+ ){0,2}(?:a démarré|a pris|s['’]est déclarée?|est partie?) (?:dans|sur|au|à)|(?:depuis|après|à la suite de|suite à) (?:l['’]|le |la |un |une )(?:\w+ )?(?:incendie|avarie|accident|tempête|inondation|explosion|collision)\b|\ba pris feu\b|(?:est|sont) issue?s? d|l'origine|"
              r"l’origine|par erreur|est partie? d|court-circuit|mis en évidence (?:un|une) (?:\w+ ){0,2}(?:défaut|défaillance|anomalie)|n'a pas été chargée|n’a pas été chargée|s'explique|"
              r"volés? (?:au moyen|par|via)|a établi que|établit que|a révélé que|défaut dans|défaillance d|"
              # (« …dont l'appel avait échoué » counts the calls that failed, never why)
              r"aurait dû démarrer|n'a pas démarré|a arrêté (?:notre|l)|(?<!appel )avait échoué|"
              # « En cause : une modification… », « c'est arrivé à cause d'une modification »
              r"^en cause\b|à cause d(?:e |u |es |['’])|"
              r"(?:volée?s?|dérobée?s?) (?:par|via|au moyen|sur|avec)|obtenue?s? (?:via|au moyen|par une? (?:fausse|faux))|fausse (?:\w+ )?page|"
              r"faux (?:site|courriel|e-?mail)|(?:utilisé|avec) (?:le|les) (?:mots? de passe|identifiants?|clés?) d|"
              r"n['’](?:exigeait|demandait|imposait|vérifiait) pas|(?:était|étaient) (?:mauvaise?s?|une erreur|des erreurs)|"
              r"la (?:faille|faiblesse|brèche) était|"
              # « dans le cadre des négociations annuelles sur les salaires »
              r"dans le cadre (?:des|de la) (?:négociations?|NAO)\b|conflit (?:social|salarial)|revendications salariales)"),
    "prevention": (r"\b(?:so that (?:this|it) (?:cannot|can't|does not|doesn't|will not|won't|never)|to prevent|from now on|will now|"
                   # "our 84 drivers and sales representatives will take a training course"
                   r"our (?:[\d,]+ )?(?:\w+ ){0,4}(?:will|are to|must) (?:all )?(?:take|follow|attend|receive|complete) "
                   r"(?:a |new )?training|"
                   # "We will not send another result e-mail until an outside review confirms the fix works"
                   r"(?:will not|won['’]t|shall not) (?:send|restart|reopen|resume|switch on|sell|use) (?:another |any |the |"
                   r"our )?[\w -]{0,30}?until\b[^.]{0,60}\b(?:review|check|test|audit|inspection)\w*|"
                   # (kit 49) "is being checked one by one", "use a new pin that…", "Since December 2, …
                   # must confirm every login" (the month first, as North America writes it)
                   r"(?:is|are) being (?:checked|tested|inspected) one by one|uses? (?:now )?an? (?:new|stronger|safer|"
                   r"redesigned) [\w -]{1,30}? that\b|since (?:January|February|March|April|May|June|July|August|"
                   r"September|October|November|December) \d{1,2}\b[^.]{0,80}\b(?:requires?|needs?|must)\b(?! not)|"
                   # "so that a failure of this kind cannot ground the whole network again"
                   r"so that (?:[\w-]+ ){1,6}(?:cannot|can't|will not|won't|never)\b[^.]{0,60}\bagain\b|"
                   # the same fault sought where it could strike next: "As a precaution we inspected the
                   # fuel lines on our three other ships"
                   r"as a precaution,? we (?:have )?(?:inspected|checked|tested|examined)\b[^.]{0,80}\bour (?:\w+ )?other|"
                   # "The archive can now only be reached after logging in, and the invoice links are random"
                   r"can now only be (?:reached|opened|accessed|used|read)|"
                   # (kit 50) "Call-centre staff can now only open an account while that customer is on the line"
                   r"(?:staff|employees|agents|advisers|advisors|teams?|we) (?:can|may) now only (?:open|see|access|view|"
                   r"use|look up|consult)\b|"
                   # a fallback promised: "will have an offline mode by 19 December, so that we can keep selling"
                   r"so that (?:we|you) can (?:keep|continue|still) \w+|(?:will|to) have an? (?:offline|backup|fallback|manual) "
                   r"(?:mode|system|procedure|plan)|"
                   # our staff told the rule again, or trained: "We have reminded all 1,100 employees that…"
                   r"(?:reminded|will remind|are reminding) (?:all )?(?:of )?(?:our )?(?:[\d,]+ )?(?:employees|staff|"
                   r"colleagues|teams?)\b[^.]{0,60}\b(?:forbidden|not allowed|banned|prohibited|must|rules?)|"
                   r"training (?:of|for) (?:all )?our (?:employees|staff|teams?)|"
                   # "46 of our 52 seafarers have been trained in…", "an accessibility audit of our ships",
                   # "The outdated instructions have been removed from all four of our ships"
                   r"(?:have|has) been (?:re)?trained\b|(?:are|is) being (?:re)?trained\b|an? (?:\w+ )?audit of our\b|"
                   r"(?:instructions|rules|handbooks?|guidance|templates) (?:have|has) been (?:removed|withdrawn|corrected|"
                   r"rewritten|replaced)|"
                   r"(?:new|revised) (?:rules|procedures?|checks?) [^.]{0,60}\b(?:in force|apply|applies)|"
                   r"(?:are|is|have been|has been) in force|now (?:needs?|requires?|blocks?|compared|tested|"
                   r"checks?)|(?:are|is) now (?:\w+-)?(?:blocked|limited|restricted|tested|checked|required|reviewed|validated|compared|"
                   r"monitored)|(?:will|can|may) no longer be(?! (?:used|run|driven|operated|repaired|sold|served|delivered|reached|"
                   r"saved)\b)|we are changing|we have changed|in future|going forward|automatic check|"
                   # (kit 54) "We will no longer keep copies of documents…", "a firm is checking all our storage"
                   r"(?:will|shall) no longer (?:keep|store|hold|retain|collect|ask for)\b|(?:is|are) (?:now )?checking all "
                   r"(?:of )?our\b|"
                   r"(?<!not )(?<!n't )(?<!never )requires? a second (?:security )?(?:step|factor|check)|"
                   r"(?:will not|won't|does not|do not) (?:restart|resume|reopen)\w* (?:\w+ ){0,3}(?:until|before)|"
                   r"will only (?:restart|resume|reopen) (?:after|once|when|with (?:the )?(?:agreement|approval|authori[sz]ation))|"
                   # "it will restart only with a stricter cleaning procedure"
                   r"will (?:restart|resume|reopen) only (?:with|after|once|when)|"
                   r"second check|second (?:person|pair of eyes)['’]?s? (?:approval|check|sign-off)|"
                   # "Since 1 December every staff account requires a security key"
                   r"since (?:\d{1,2}[:.]\d\d (?:on )?)?\d{1,2} \w+[^.]{0,60}\b(?:requires?|needs?|must)\b|"
                   # added safeguards, not added capacity: "we have added a second check", « un contrôle ajouté »
                   r"(?:we will add|we have added|added) (?:an? |\w+ ){0,3}(?:checks?|tests?|controls?|alarms?|alerts?|"
                   r"sensors?|safeguards?|steps?|reviews?|approvals?|verifications?|barriers?|limits?|locks?|"
                   r"monitoring|procedures?|rules?|valves?|backups?)|(?:checked|tested|inspected|cleaned|reviewed|monitored) "
                   r"every (?:hour|day|week|month)|is enforced|been enforced|we will (?:test|check|run|review|inspect)|"
                   r"(?:increased|strengthened|reinforced|tightened) (?:\w+ ){0,2}(?:disinfection|controls?|checks?|"
                   r"security|monitoring|protections?|tests?|testing)|(?:each|every \w+) is tested|tested (?:cell by cell|"
                   r"one by one|piece by piece)|(?:is|are) now capped|capped by default|by default|refuses any|rejects "
                   r"any|will first run|(?:inspected|checked) [^.]{0,40}for the same (?:risk|fault|defect|problem)|"
                   r"replaced (?:on|in|across) (?:both|all|every)|(?:flaw|gap|weakness)[^.]{0,60}\b(?:fixed|closed|"
                   r"corrected)|(?:a|the|with) new (?:\w+ ){0,2}(?:test|check|control|inspection|procedure)s?|"
                   r"we now (?:re-?run|run|test|check|require|block|compare|review|verify|inspect|monitor)|"
                   r"after (?:every|each) (?:change|update|release|deployment)|"
                   # a rule with no way round it, a watch kept from now: "no change is made during working
                   # hours, without exception", "an alert now watches the copy of data"
                   r"without exception|(?:an?|the) (?:new )?(?:alert|alarm|check|sensor) now (?:watches|checks|"
                   r"monitors|warns)|"
                   # an outside review of how it happened: "an independent firm will review how we release changes"
                   r"independent (?:firm|auditor|audit|review|expert)s? (?:will |to )?(?:review|examine|audit|check|analy[sz]e|investigate)|"
                   r"(?:is|has been) (?:now )?(?:corrected|fixed) and tested|"
                   # "We will review our stand safety rules in the light of the findings"
                   r"(?:review|re-?examine|overhaul) (?:all )?our (?:\w+ ){0,3}(?:rules|procedures|processes|checks)|"
                   # the same model checked: "the 22 coaches of the same model have been inspected"
                   r"(?:of|from) the same (?:model|type|batch|series|make)\b[^.]{0,60}\b(?:inspected|checked|tested|"
                   r"withdrawn|taken out of service)|"
                   # "La Sittelle, the same model, will get an oil analysis", "We're checking four other
                   # exchanges … for the same risk", "we'll move the power equipment off the floor … and fit pumps"
                   r"the same model\b[^.]{0,60}\b(?:will (?:get|have|undergo)|analysis|inspection)|"
                   r"(?:checking|inspecting|testing|surveying) [^.]{0,100}\bfor the same (?:risk|fault|defect|problem)|"
                   r"(?:we['’]ll|we will) (?:move|relocate|raise|fit|install|waterproof)\b[^.]{0,80}\b(?:sensors?|pumps?|"
                   r"barriers?|off the floor|above (?:the )?(?:flood|water))|(?:withdraw\w*|taking|taken|removing|removed) (?:\w+ ){0,4}(?:from|out "
                   r"of) service (?:\w+ ){0,5}(?:to (?:be |have them )?(?:inspected|checked|tested)))\b",
                   r"\b(?:(?:afin|pour) que (?:cela|ce(?:la)? (?:problème|incident)) ne se reproduise|"
                   # « nos 84 livreurs et commerciaux suivront une formation »
                   r"nos (?:[\d\u00a0\u202f ]+ )?(?:\w+ ){0,4}(?:suivront|suivent|recevront) (?:une|la) formation|"
                   # « Nous n'enverrons plus aucun courriel tant qu'une vérification externe n'aura pas confirmé… »
                   r"(?:ne |n['’])(?:renverrons|enverrons|reprendrons|rouvrirons|remettrons|relancerons|vendrons) "
                   r"(?:(?:plus|pas|aucun\w*) )+[^.]{0,60}?\b(?:avant|tant qu)[^.]{0,60}\b(?:audit|contrôle|vérification|"
                   r"examen|test)\w*|"
                   # (kit 49) « sont contrôlées une à une », « utilisent une nouvelle goupille qui… »,
                   # « depuis le 2 décembre, … doivent confirmer chaque connexion »
                   r"(?:contrôlée?s?|vérifiée?s?|testée?s?|inspectée?s?) (?:une à une|un à un|une par une|un par un)|"
                   r"utilise(?:nt)? (?:désormais |maintenant )?une? (?:nouvel(?:le)?|nouveau) [\w -]{1,30}? qui\b|"
                   r"depuis le \d{1,2}(?:er)? \w+\b[^.]{0,80}(?<!\bne )\b(?:doi(?:t|vent)|exige(?:nt)?)\b(?! pas)|"
                   r"par précaution,? nous avons (?:inspecté|contrôlé|vérifié|testé)\b[^.]{0,80}\bautres|"
                   r"n['’]est (?:désormais |maintenant )?plus (?:accessible|consultable|lisible|utilisable) qu['’]|"
                   # (kit 54) « Nous ne conserverons plus les copies… », « …vérifie tous nos espaces de stockage »
                   r"ne (?:conserverons|garderons|stockerons|collecterons|demanderons) plus\b|(?:vérifie|vérifient|contrôle|"
                   r"contrôlent|examine|examinent) (?:désormais )?(?:tous|toutes|l['’]ensemble de) (?:nos|les)\b|"
                   # (kit 50) « Les conseillers … ne peuvent désormais ouvrir un compte que si… »
                   r"ne (?:peu(?:ven)?t|pouvons) désormais (?:plus )?\w+ [^.]{0,60}\bque (?:si|lorsque|quand|pendant)\b|"
                   # « disposeront d'un mode hors ligne d'ici le 19 décembre, pour continuer à vendre »
                   r"(?:pour|afin de) (?:pouvoir )?continuer à \w+|pour que nous puissions continuer à \w+|"
                   # « Les consignes erronées ont été retirées de nos quatre navires », « un audit
                   # d'accessibilité de nos navires », « seront formés avant le 11 décembre »
                   r"(?:consignes|règles|instructions|modèles) (?:\w+ )?(?:ont|a) été (?:retirée?s|supprimée?s|corrigée?s|"
                   r"remplacée?s|réécrite?s)|un audit (?:\w+ )?(?:de|d['’]\w+ de) (?:nos|notre)\b|(?:ont été|sont|seront) "
                   r"(?:re)?formée?s\b|"
                   r"mode (?:hors ligne|de secours|dégradé) sera (?:installé|mis en place|déployé)|(?:auront|aura|disposeront|disposera) d['’]une? (?:mode|système|"
                   r"procédure) (?:hors ligne|de secours|dégradé|manuel(?:le)?)|"
                   # « Nous avons rappelé aux 1 100 employés … qu'il est interdit de filmer la clientèle »
                   r"rappelé (?:à |aux )?(?:l['’]ensemble de |tous )?(?:nos |les )?(?:[\d\u00a0\u202f ]+ )?(?:employés|"
                   r"salariés|collaborat\w+|équipes)\b[^.]{0,80}\b(?:interdit|proscrit|règles?|doivent)|"
                   r"formation de (?:tous )?nos (?:employés|salariés|équipes)|"
                   # « les 22 autocars du même modèle ont été inspectés », « retirons du service … pour les faire inspecter »
                   r"du même (?:modèle|type|lot)\b[^.]{0,60}\b(?:inspectée?s|contrôlée?s|vérifiée?s|testée?s|retirée?s)|"
                   # « Le réducteur de La Sittelle, du même modèle, fera l'objet d'une analyse », « ne fabriquera plus »
                   r"du même modèle\b[^.]{0,60}\b(?:fera l['’]objet|subira|aura droit)|"
                   r"(?:vérifions|inspectons|contrôlons) [^.]{0,100}\b(?:le même risque|le même défaut)|"
                   r"ne (?:fabriquera|produira|vendra|utilisera) plus|"
                   r"retir\w* (?:\w+ ){0,6}du service (?:\w+ ){0,5}pour (?:les |le |la )?faire (?:inspecter|contrôler|vérifier)|"
                   r"(?:réexaminerons|réexaminons|revoyons|reverrons|réviserons|révisons) (?:toutes )?nos (?:\w+ ){0,3}"
                   r"(?:règles|procédures|processus|contrôles)|(?:exigeons|exige|exigent) (?:désormais |maintenant )?"
                   r"une (?:seconde|deuxième|double) (?:étape|authentification|vérification)|"
                   r"cabinet indépendant (?:examinera|auditera|vérifiera|d['’]analyser|analysera)|(?:société|firme|entreprise) indépendante "
                   r"(?:d['’]analyser|analysera|examinera)|confié l['’](?:analyse|audit|examen) [^.]{0,40}à (?:un|une) "
                   r"(?:bureau|cabinet|société|expert|firme)s? indépendante?s?|audit indépendant|"
                   r"(?:est|a été) (?:\w+ )?corrigée? et testée?|pour éviter|à l'avenir|à l’avenir|dorénavant|nous renforçons|ce que nous changeons|"
                   r"nous changeons|nous avons changé|(?:est|sont) (?:désormais )?obligatoires?|sans exception|"
                   # « Depuis le 2 décembre à 18 h, chaque compte du personnel doit utiliser… »
                   r"depuis le \d{1,2}(?:er)? \w+(?: à \d{1,2}[\s\u00a0\u202f]?h(?:[\s\u00a0\u202f]?\d\d)?)?[^.]{0,60}"
                   r"\b(?:doit|doivent|exige|exigent|impose|imposent)\b|"
                   r"(?:une|la) (?:nouvelle )?alerte (?:surveille|vérifie|contrôle) (?:désormais|maintenant)|"
                   r"(?:contrôlée?s?|testée?s?|vérifiée?s?|nettoyée?s?|inspectée?s?|analysée?s?) (?:\w+ ){0,3}(?:chaque "
                   r"(?:heure|jour|semaine|mois)|toutes les heures|tous les jours)|"
                   r"(?:renforcée?|renforçons) (?:\w+ ){0,2}(?:la désinfection|les contrôles?|la sécurité|la surveillance|les "
                   r"protections?|les tests?)|testée? (?:cellule par cellule|un par un|une par une|pièce par pièce)|"
                   r"plafonnée? par défaut|par défaut|refuse (?:toute?|tous)|rejette (?:toute?|tous)|"
                   r"nous modifions|contrôle supplémentaire|ne sera plus|à partir de la|"
                   r"ne (?:redémarrer|reprendr|rouvrir)\w* (?:pas avant|qu['’]après|que lorsque|qu['’]une fois)|"
                   # « afin qu'une telle panne ne puisse plus immobiliser notre réseau »
                   r"(?:afin|pour) qu['’][^.]{0,50}\bne (?:puisse|puissent) plus\b|ne (?:se )?reproduise (?:plus|pas)|"
                   r"(?:inspectée?s?|contrôlée?s?|vérifiée?s?) [^.]{0,40}pour le même (?:risque|défaut|problème)|"
                   r"remplacée?s? sur (?:nos|tous|toutes|l['’]ensemble)|"
                   r"(?:faille|lacune|faiblesse)[^.]{0,60}\b(?:corrigée?|comblée?)|"
                   r"nouveau (?:test|contrôle)|nouvelle (?:procédure|vérification)|"
                   r"après (?:chaque|toute) (?:modification|changement|mise à jour|mise en production)|"
                   r"sera contrôlée?|seront contrôlé|contrôlera|contrôlerons|validée? par|(?:par|à) deux personnes|"
                   # « elle ne reprendra qu'avec une procédure de nettoyage renforcée »
                   r"ne (?:reprendra|reprendront|redémarrera|redémarreront|rouvrira|rouvriront) qu['’](?:avec|après|une fois)|"
                   # (the four-eyes rule, never « Deux personnes nous ont signalé une réaction »)
                   r"deux personnes (?:valident|vérifient|approuvent|relisent|contrôlent|doivent)|"
                   r"(?:nettoyage|contrôle|test|analyse|inspection) (?:\w+ ){0,2}mensuel)|^désormais\s*,|(?<!pouvons )(?<!pouvez )\bdésormais (?:\w+ ){0,2}(?:compar|contrôl|test|vérifi|exig|bloqu|limit|"
                   # (« Nous pouvons désormais confirmer que… » is what we now know, not what changes)
                   r"obligatoire|(?<!désormais )confirm|nettoy|relu|mensuel)|\b(?:exig|requi[eè]r|bloqu|limit|contrôl|vérifi|compar)\w* désormais\b"),
    "ownership": (r"\b(?:(?:was|is) (?:all )?our (?:own )?doing|we (?:insulted|mistreated|humiliated|mocked)|"
                  r"our (?:own )?(?:mistake|fault|error|failure|responsibility)|(?:we are|we're) (?:fully |entirely )?"
                  r"responsible|"
                  r"we (?:made|got it) (?:a )?(?:mistake|wrong)|we let \w+(?: \w+)? down|we failed|"
                  r"the (?:mistake|error|fault|cause) (?:was|is) ours|we take (?:full )?responsibility|we own|"
                  r"(?:update|change|release|patch|migration|configuration) (?:that )?we (?:had )?(?:deployed|made|"
                  r"installed|released|pushed|launched|rolled out)|"
                  r"(?:fault|failure|error|problem|mistake|bug) (?:in|of|with|on) our (?:own )?(?:[\w-]+ ){0,2}"
                  r"(?:systems?|software|process(?:es)?|checks?|side|code|network)|"
                  r"(?:we|I) should (?:never |not )?have|I take (?:full )?responsibility|"
                  # "The cause was an error we made ourselves"
                  r"(?:an? |the )?(?:error|mistake|fault) we (?:made|committed)(?: ourselves)?|"
                  # ("complaints from our own colleagues" owns nothing: "came from our own" below does)
                  r"(?:was|is) my (?:own )?(?:responsibility|fault|mistake|failure)|(?:it was|it is|it's) our (?:job|duty) to|"
                  r"(?:a |the )?failure of our |did not protect|should have (?:caught|found|spotted|detected)|"
                  # "a setting we changed in October stopped it", "…we changed on 14 October without testing"
                  r"(?:setting|change|decision) we (?:had )?(?:made|changed|applied)\b[^.]{0,60}\b(?:stopped|prevented|"
                  r"broke|caused)|we changed [^.]{0,60}without (?:testing|checking)|"
                  # "We released a change too close to a filing deadline"
                  r"we (?:released|deployed|shipped|installed|pushed|launched|rolled out) (?:a|an|the|this|that) (?:\w+ )?"
                  r"(?:change|update|release|version|patch)\b[^.]{0,30}\b(?:too (?:close|soon|early|late)|without)\b|"
                  r"we had not (?:tested|checked|"
                  r"repaired)|we did not (?:test|check)|not anyone else's|(?:comes|came) from us|"
                  r"(?:comes|came) from our own|(?:failure|mistake|error|negligence|fault) on our part|(?:is|was|are|were) ours\b|"
                  r"(?:they|you) (?:are|were) right|rightly|(?:approved|signed off|validated|designed) by our |"
                  r"responsibility [^.]{0,40}\blies with|by our own (?:[\w-]+ ){0,2}(?:teams?|staff|employees|"
                  r"people|colleagues|department)|(?:no one|nobody|no-one) (?:outside|else|other than)\b[^.]{0,40}"
                  r"\bresponsible|we were wrong|we got (?:this|it) wrong|"
                  # "Securing that account was our job", "checking what we sell is our job", "it is for
                  # us to answer for it"
                  r"(?:was|is) our (?:job|duty|responsibility)\b|(?:it is|it's) (?:for|up to) us to answer|we chose (?:this|that|the) "
                  r"(?:manufacturer|supplier|contractor|partner|subcontractor))",
                  r"\b(?:nous avons eu tort|nous revenait|c['’]est à nous d['’]en répondre|"
                  r"nous l['’]avons (?:insultée?|humiliée?|maltraitée?)|"
                  # (kit 55) « nous ne l'avons pas testée correctement », « nous vous avons déçus »
                  r"nous ne (?:l['’]|les )avons pas (?:\w+ )?(?:testée?s?|vérifiée?s?|contrôlée?s?|protégée?s?)|"
                  r"nous vous avons (?:déçue?s?|laissé tomber)|qui n['’](?:avait|a) pas été (?:assez |suffisamment )?testée|(?:c['’]est|était) (?:notre|à nous) "
                  r"(?:travail|rôle|responsabilité|devoir)\b|nous avons choisi (?:ce|cette) (?:fabricant|fournisseur|prestataire|"
                  r"sous-traitant|partenaire)|j['’]ai eu tort|notre (?:faute|erreur|responsabilité)|(?:était|est) ma (?:responsabilité|faute)|nous (?:en )?sommes (?:entièrement |pleinement )?responsables|"
                  r"j['’]aurais dû|nous aurions dû|j['’]en assume|"
                  # « une erreur que nous avons commise nous-mêmes »
                  r"(?:erreur|faute) que nous avons (?:nous-mêmes )?commise|"
                  # « une modification que nous avions apportée à notre cœur de réseau » (as "a change we made")
                  r"(?:modification|changement|mise à jour|configuration|migration) (?:que|qu['’]) ?(?:nous|on) "
                  r"(?:avions|avons|a) (?:\w+ )?(?:faite?|apportée?|introduite?)\b|"
                  # « Nous avons déployé une modification trop près d'une échéance »
                  r"nous avons (?:déployé|publié|installé|lancé|mis en production) (?:une|la|cette|un|le|ce) (?:\w+ )?"
                  r"(?:modification|mise à jour|version|changement|correctif)\b[^.]{0,30}\b(?:trop (?:près|tôt|tard)|sans)\b|"
                  # « une mise à jour que nous avons déployée »: the cause is something we did
                  r"que nous avons (?:nous-mêmes )?(?:déployée?s?|installée?s?|lancée?s?|publiée?s?|"
                  r"mise?s? en (?:place|ligne|service|production))|"
                  r"relève de notre "
                  r"responsabilité|de notre fait|nous (?:l['’]|en )?assumons|nous avons (?:failli|commis une erreur)|n['’]avons pas su|"
                  r"nous incombe|nous revient|n'avons pas été à la hauteur|aurions dû|d'une de nos|de l'une de nos|"
                  r"laissés? tomber|fait défaut|(?:nos|notre) (?:équipes?|services?|salariés|agents|collaborateurs) "
                  r"(?:aurai(?:en)?t dû)|faute de notre part|en portons (?:seule?s? |pleinement |entièrement )?la responsabilité|"
                  # « un paramètre que nous avions modifié en octobre a empêché la bascule »
                  r"(?:paramètre|réglage|modification|changement) que nous (?:avions|avons) (?:modifiée?|faite?|changée?|"
                  r"appliquée?)\b[^.]{0,60}\b(?:empêch|bloqu|provoqu|caus)|"
                  r"n['’]avions pas (?:testé|vérifié|réparé)|(?:ne|n['’])(?: \w+)? ?avons pas (?:suffisamment |assez )?"
                  r"(?:protégé|testé|vérifié)|celle de personne d['’]autre|(?:vient|venait) de nous|"
                  r"(?:vient|venait|viennent) de (?:notre|nos) |(?:erreur|faute|négligence|manquement|défaillance) de notre "
                  r"part|y avons failli|(?:ils|elles|vous) avez raison|(?:ils|elles) ont raison|à juste titre|"
                  r"(?:validée?s?|approuvée?s?|décidée?s?|conçue?s?) par (?:notre|nos) |"
                  r"responsabilité [^.]{0,40}\b(?:incombe|revient|repose sur)|(?:est|était) (?:entièrement |bien )?(?:la|le) nôtre|"
                  r"(?:sont|étaient) (?:bien )?les nôtres|c['’]est à nous de (?:les |la |le )?(?:corriger|réparer)|"
                  r"c['’]est une erreur (?:de |d['’])(?-i:[A-Z])|"
                  r"notre (?:défaillance|échec)|nos (?:erreurs|fautes)|(?:par (?:notre|nos) propres?|(?:commise?s?|faite?s?) par (?:notre|nos)) "
                  r"(?:équipes?|service|salariés|collaborateurs|employés)|personne (?:d['’]autre|en dehors d\w*|hors d\w*)"
                  r"[^.]{0,40}\b(?:n['’]en est|n['’]est) responsable)"),
    "money": (r"(?:\b(?:an?|\d+ ?€)|[€£$] ?\d+) (?:[€£$] ?\d+ |(?:CHF|EUR|USD|CAD|GBP) ?\d+ |\w+ ){0,2}vouchers?\b|"
              r"\b(?:refund\w*|reimburs\w*|compensat\w*|"
              # (money transferred, never "60% of the product had been transferred into drums")
              r"credit(?:ed)?\b|waive\w*|goodwill|bank charges|paid back|transferred (?:back |to (?:your|their|each|the) "
              r"(?:\w+ )?(?:accounts?|banks?|cards?))|(?:money|funds|amounts?|sums?|payments?) (?:\w+ ){0,3}transferred|"
              r"charges? [^.]{0,60}cancel\w*|"
              r"cancel\w* [^.]{0,40}charges?|keep (?:all )?their (?:full )?pay|paid normally|"
              # a replacement or a repair we pay for: "replace it free of charge", "pay for the damage"
              r"free of charge|free replacement|(?:will|shall|would) not be (?:billed|charged|invoiced)|"
              r"\b(?:will not|won['’]t|shall not) (?:bill|charge|invoice) (?:you|anyone|customers|for)\b|"
              r"won['’]t be (?:billed|charged|invoiced)|(?:pay|paid) for (?:the )?(?:damage|repairs?|losses)|"
              r"replace \w+(?: \w+)? at our (?:own )?(?:cost|expense)|"
              # "lodged at our expense": what we pay for people
              r"(?:lodged|housed|put up|accommodated|rehoused) (?:\w+ ){0,3}at our (?:own )?(?:cost|expense)|"
              r"\bat our (?:own )?expense\b|"
              # what we pay for the people hurt: "we are covering their medical and travel costs"
              r"\b(?:cover|covering|covers|will cover|pay|paying|will pay) (?:the |their |his |her |all )?(?:\w+ ){0,3}"
              r"(?:costs|expenses|bills)\b|"
              # a gift to everyone affected: "everyone who played gets 500 Embers"
              r"(?:gets?|receives?|will (?:get|receive)|(?:is|are|will be) (?:given|offered)) (?:an? )?(?:\d|free\b|extra\b)|"
              # what a breach's victims are offered: "we offer each of them 12 months of free identity monitoring"
              r"(?:offer|offering|offered|provide|providing) (?:\w+ ){0,4}(?:\d+ (?:months?|years?) of )?free\b|"
              r"\d[\d,]* \w+ (?:will be|are|have been) (?:added|credited|given|offered) to|"
              # a claim route: "write to us … and we will look at each case", "send your receipts"
              r"(?:look at|consider|review|examine) (?:each|every|your) (?:case|claim|request)|"
              r"(?:make|submit|send (?:us )?) (?:a|your) claim|send (?:us )?your receipts|claims? form|"
              # an insurer or a company paying out: "we have paid €4.1 million", "we pay for a hotel"
              # a promise to say what will be given: "by 1 December we will tell you what we will offer"
              r"what we (?:will|shall|are going to) offer\b|what (?:compensation|credit|gesture) (?:we|you)\b|"
              r"we (?:have )?(?:already )?paid\b|we pay (?:for|up to|the)\b|"
              # costs we bear: "we are covering any costs of the accident the rider would otherwise bear"
              r"(?:we (?:are|will be|will) )?cover(?:ing|s)? (?:the |your |any |all )?(?:\w+ )?(?:costs?|expenses?)\b|(?:are|is) (?:settled|paid) (?:on|within|in "
              r"full|up to)|settle[sd]? (?:your |the |each )?claims?|"
              # a discount on the next bill: "7 days of subscription will be taken off your invoice"
              r"(?:taken|knocked) off (?:your|their|the|each) (?:\w+ )?(?:invoice|bill|subscription)|"
              r"(?:a|an) (?:discount|rebate|reduction) (?:of|on)\b|free (?:months?|days?|weeks?) of|"
              # what people will not pay: "customers will not pay for the water they use"
              r"(?:will|shall) not (?:have to )?pay (?:for|anything)\b|a payment of [€£$]\s?\d|"
              # "We are paying travel and accommodation costs for the families", "Our insurer has
              # opened a file for each passenger"
              r"(?:are|will be|will) paying (?:the |their |your )?(?:\w+ )?(?:and \w+ )?(?:costs?|expenses?)\b|"
              r"insurer (?:has|have) opened)",
              r"\b(?:(?:proposons|offrons|proposerons|offrirons) (?:\w+ ){0,4}(?:\d+ mois (?:de|d['’]))?\s?(?:une )?surveillance "
              r"gratuite|rembours\w*|indemnis\w*|dédommag\w*|geste commercial|(?:prenons|prendrons) en charge[^.]{0,80}\bfrais|ce que nous (?:proposerons|offrirons)\b|(?:un|des) bons? d'achat|(?:un|des) bons? de \d+ (?:francs|euros?|dollars?|CHF|€|\$)|(?:un|des) bons? de (?:voyage|réduction|séjour)\b|(?:un|d')\s?avoir\b|\b(?:rembours\w+|crédit\w*|versée?s?|rendue?s?) en avoir\b|"
              r"crédité|crédit (?:de|d['’])[^.]{0,25}(?:€|euros?|\$|dollars?|francs?|CHF)|frais bancaires|complément|viré|factur\w* [^.]{0,60}annul\w*|annul\w* [^.]{0,60}factur\w*|"
              # une remise sur la facture : « une remise de 10 € », « 7 jours retirés de votre facture »
              r"(?:remise|réduction) (?:de|sur) [^.]{0,30}(?:€|euros?|factures?|abonnement|loyer)|"
              r"(?:retirés?|déduits?|décomptés?) (?:de|sur) (?:votre|leur|la|chaque) (?:prochaine )?(?:facture|abonnement)|"
              r"(?:mois|jours) (?:d['’]abonnement )?offerts?|"
              r"exonér\w*|intégralité de leur rémunération|payés normalement|gratuitement|sans frais|"
              r"(?:ne|n['’]) ?(?:vous |leur |lui )?(?:sera|seront|est|sont) pas (?:facturée?s?|prélevée?s?|débitée?s?)|"
              r"\bne (?:vous |leur |lui )?(?:facturer|prélever|débiter)\w* (?:pas|plus|rien)|"
              r"(?:remplacer\w*|réparer\w*) [^.]{0,30}gratuitement|remplacement gratuit|"
              r"prend\w* en charge (?:les |tous les )?(?:dégâts|dommages|réparations|pertes)|"
              r"rempla\w+ [^.]{0,30}à nos frais|"
              # « logés à nos frais », « hébergés aux frais de la compagnie »: what we pay for people
              r"(?:logée?s?|hébergée?s?|relogée?s?|transportée?s?|nourrie?s?) (?:\w+ ){0,3}(?:à nos frais|aux frais de)|"
              r"\bà nos frais\b|"
              r"(?:reçoi\w*|recevr\w*|(?:est|sont|sera|seront) offerte?s?) (?:une? |des )?(?:\d|gratuit)|"
              r"\d[\d\u202f\u00a0 ]* \w+ (?:seront|sont|ont été) (?:ajoutée?s?|créditée?s?|offerte?s?) à|"
              # une voie de réclamation : « écrivez-nous… nous étudierons chaque cas »
              r"(?:étudier\w*|examiner\w*) (?:chaque|votre|chacune? des?) (?:cas|demande|dossier|réclamation)|"
              r"(?:faire|adresser|envoyer) (?:une|votre) réclamation|envoye\w* (?:-nous )?vos justificatifs|"
              # ce que les gens ne paieront pas : « les abonnés ne paieront pas l'eau consommée »
              r"ne (?:paieront|payeront|paierez|payerez|paiera|payera) pas\b|une indemnité\b)"),
    "restored": (r"\b(?:working normally|worked normally|work normally|working again|(?:works|work|worked) again|"
                 r"(?:is|are|was|were) available again|operated normally|operating "
                 r"normally|back to normal|restored|fully available|(?:authori[sz]ed|approved|accepted|processed) normally|"
                 r"can now|running normally|"
                 r"(?:running|run|runs|ran) (?:to )?(?:their|its|the) normal|returned to normal|"
                 r"full service (?:returned|resumed|is back|has returned|was restored)|"
                 # "Every line was back by 4.05pm", "Everyone's back"
                 r"(?:every|each|all)(?: \w+){0,3} (?:was|were|is|are|has been|have been) (?:all |now |fully )?back|"
                 r"everyone(?:['’]s| is) back|"
                 # "pages have loaded normally since", "transfers have gone through normally since 11:05"
                 r"(?:have|has) (?:\w+ed|gone through|run) normally since|(?:open|opens|load|loads|show|shows|display|"
                 r"displays) (?:normally )?again|normally again|"
                 r"(?:ran|runs|has run|worked|has worked|operated) without (?:any )?interruption|reopened|back online)\b",
                 r"\b(?:fonctionnent normalement|fonctionne normalement|fonctionne de nouveau|fonctionnent de nouveau|"
                 r"fonctionnent? à nouveau|fonctionnent? sans (?:aucune )?interruption|revenu à la normale|"
                 # (never a forecast: « le service devrait être rétabli vers 16 h »)
                 r"revenues à la normale|(?<!devrait être )(?<!devraient être )(?<!sera )(?<!seront )rétabli|"
                 r"de nouveau disponible|(?:acceptée?s|autorisée?s|approuvée?s|traitée?s) normalement|"
                 r"peuvent de nouveau|circulent normalement|s['’]affichent (?:de nouveau |à nouveau )?normalement|"
                 r"(?:se chargent|s['’]ouvrent|s['’]affichent) de nouveau|ont (?:tous )?circulé normalement|"
                 r"circul\w+ (?:de nouveau )?(?:selon (?:leurs?|les) horaires? (?:habituels?|normaux)|normalement)|"
                 r"service (?:complet|normal) (?:a repris|est revenu|est rétabli)|revenue? à la normale|"
                 r"(?:a |ont )?(?:fonctionné|tourné) sans (?:aucune )?interruption|(?:a|ont) rouvert|rouverte?s?\b)"),
    "contacted": (r"\b(?:we (?:will )?(?:have )?(?:e-?mailed|written|write|contact|told|inform)\w*|we are (?:writing|"
                  r"contacting|e-?mailing|informing)|(?:has|have) been "
                  r"(?:contacted|e-?mailed|informed|told)|were (?:e-?mailed|contacted|informed)|if we told you|"
                  r"every affected|(?:every|each) \w+ concerned|(?:received|receives|gets|get) (?:an? |our )?"
                  r"(?:e-?mail|letter|text message|call)|"
                  # "Each of the 5,120 households will receive a personal letter", "Letters … go out on Monday"
                  r"will (?:receive|get) (?:an? |our )?(?:personal |individual )?(?:e-?mail|letter|text message|call)|"
                  r"letters? (?:to (?:the |all |each |every )?[\d,]+ \w+ )?(?:go(?:es)? out|(?:are|is|will be) sent))\b",
                  r"\b(?:nous (?:vous )?(?:avons |allons )?(?:écrit|écrivons|contacté|contactons|informé|écrirons|"
                  r"contacterons)|"
                  r"(?:a|ont) été (?:contacté|informé|prévenu)|chaque \w+ concerné|si nous vous avons|"
                  r"(?:a reçu|ont reçu|reçoit|reçoivent) (?:un |une |notre )?(?:e-?mail|courrier|sms|appel)|"
                  # « Chacun des 5 120 foyers recevra un courrier personnel », « Les courriers aux 5 120 foyers partent… »
                  r"(?:recevra|recevront) (?:un |une |notre )?(?:e-?mail|courrier|lettre|sms|appel)|"
                  r"(?:courriers?|lettres?) (?:aux? (?:[\d  ]+ )?\w+ )?(?:partent|part|seront envoyée?s|sera envoyée?|"
                  r"sont envoyée?s))"),
    # (never "a criminal complaint": who we went to, not who took the data)
    "who": (r"\b(?:(?<!no )unauthori[sz]ed|without authori[sz]ation|attackers?|hackers?|criminals?(?! complaint)|third part\w*|"
            # "files were downloaded from three internet addresses", "who was behind those addresses"
            r"downloaded from (?:\w+ ){0,3}(?:IP |internet )?addresses|who (?:was|were|is|are) behind|"
            r"fraudsters?|scammers?|"
            r"stolen (?:[\w-]+ )?(?:login|password|credentials)|"
            r"accessed by|downloaded by(?! (?:phone|post|mail|e-mail|letter))|unknown (?:parties|party|IP addresses|people)|"
            # "Someone downloaded 2,140 of them", "two computers abroad downloaded 2,140 invoices"
            r"(?:someone|somebody|computers?|devices?|people|persons?|an? (?:\w+ )?(?:party|user)) (?:\w+ ){0,3}"
            r"(?:downloaded|copied|accessed|opened|viewed|saw|read)|"
            r"(?:shown|visible|displayed|seen|viewed) (?:to|by) (?:[\d,]+ )?(?:other|another|some|unknown|\w+ of)|"
            # a mailing gone astray: who received what was not theirs
            r"sent to (?:\S+ ){0,4}(?:other|another)|received (?:\S+ ){0,5}(?:another|other) (?:customer|client|person|"
            r"user|patient|member)|not (?:theirs|their own)|"
            # (kits 50 and 51) "an employee of our call centre looked up…", "opened from a single agent account"
            r"(?:an?|one of our|our own) (?:[\w-]+ )?(?:employee|member of staff|staff member|agent|adviser|advisor|"
            r"contractor|technician)s? (?:[\w'’-]+ ){0,6}(?:looked up|consulted|accessed|opened|read|viewed)|"
            r"(?:opened|accessed|viewed|downloaded) (?:\w+ ){0,2}from (?:a|an|one) (?:single )?(?:[\w-]+ )?account|"
            # (kit 54) "…was downloaded twice, on 26 February and 8 March, from addresses abroad"
            r"(?:downloaded|copied|accessed|opened)\b[^.;]{0,60}\bfrom (?:\w+ )?(?:IP )?addresses\b)\b",
            r"\b(?:non autoris|sans autorisation|attaquant|pirate|criminel|tiers|identifiants? volés?|"
            # « téléchargés depuis trois adresses Internet », « qui se cache derrière ces adresses »
            r"téléchargée?s? depuis (?:\w+ ){0,3}adresses|qui (?:se cach\w+|étai\w*|est|sont) derrière|"
            # (kit 49) « des fraudeurs ont utilisé les codes d'accès volés d'employés… »
            r"codes? d['’]accès volés?|fraudeurs?|escrocs?|"
            # « un employé de notre centre d'appels a consulté… », « ouverts depuis un seul compte d'agence »
            r"(?:une?|l['’]un de nos|l['’]une de nos) (?:employée?|salariée?|agente?|conseill\w+|technicien\w*|"
            r"sous-traitant)s? (?:[\w'’-]+ ){0,6}(?:a|ont) (?:\w+ )?(?:consulté|ouvert|lu|regardé)|"
            r"(?:ouverte?s?|consultée?s?|téléchargée?s?) (?:\w+ ){0,2}(?:depuis|par|à partir d['’]) un (?:seul )?compte|"
            r"adresses IP inconnues|téléchargée?s? par(?! téléphone| courrier| e-mail)|"
            # (kit 54) « …a été téléchargé en entier deux fois, …, depuis des adresses situées à l'étranger »
            r"(?:téléchargée?s?|copiée?s?|consultée?s?|ouverte?s?)\b[^.;]{0,60}\bdepuis (?:des|plusieurs|deux|trois) "
            r"adresses\b|"
            # « Quelqu'un en a téléchargé 2 140 », « deux ordinateurs situés à l'étranger ont téléchargé… »
            r"(?:quelqu['’]un|ordinateurs?|appareils?|personnes?|tiers) (?:[\w’'-]+ ){0,4}(?:ont|a) (?:\w+ )?"
            r"(?:téléchargé|copié|consulté|ouvert)|"
            r"(?:montrée?s?|affichée?s?|visibles?|vue?s?|consultée?s?) (?:à|par|pour|chez) (?:[\d  ]+ )?"
            r"(?:d['’]autres|autres|un autre|une autre|des|certains|certaines)|"
            r"(?:envoyée?s?|partie?s?|adressée?s?) (?:vers|à) (?:\S+ ){0,4}(?:d['’]autres|un autre|une autre|autres)|"
            r"(?:reçu|reçoit|reçoivent) (?:\S+ ){0,6}(?:d['’]un autre|d['’]une autre|qui n['’]était pas (?:le|la|les) (?:leur|leurs|sien|sienne)))"),
    # Files anyone could read were in effect not encrypted: that answers the question.
    "encrypted": (r"\b(?:encrypt\w*|hash(?:ed|ing)?|in (?:plain|clear) text|read(?:able)? by anyone)\b",
                  r"\b(?:chiffrée?s?|chiffrement|cryptée?s?|hachée?s?|hachage|en clair|lisibles? par n['’]importe qui|"
                  r"lus? par n['’]importe qui)\b"),
    "informed": (rf"\b(?:informed|notified|alerted|told|reported (?:it |this |the \w+ )?to|passed on to|"
                 rf"declared (?:it )?to)\b[^.]{{0,60}}(?:{_AGENCY}|\b{_AUTHORITY_EN})|\b(?:{_AGENCY}|{_AUTHORITY_EN})"
                 rf"[^.]{{0,40}}\b(?:was|were|has been|have been) (?:informed|notified|alerted|told)",
                 rf"\b(?:informée?s?|notifiée?s?|alertée?s?|prévenue?s?|avisée?s?|(?:signalée?|transmise?s?|déclarée?) "
                 rf"(?:(?:l['’]|le |la |les |cet |cette )\w+ )?(?:à|au|aux))\b[^.]{{0,60}}(?:{_AGENCY}|\b{_AUTHORITY_FR})|"
                 rf"\b(?:{_AGENCY}|{_AUTHORITY_FR})[^.]{{0,60}}\b(?:(?:a|ont) été|est|sont) (?:informée?s?|notifiée?s?|avisée?s?|"
                 rf"prévenue?s?|alertée?s?)"),
    # (A bank's "passcode", "PIN", « code secret » are its passwords.)
    "password": (r"\b(?:passwords?|passcodes?|PINs?|pass codes?|login details)\b|\b(?:choose|pick|set) a new one\b",
                 r"\bmots? de passe\b|\bcodes? (?:secrets?|confidentiels?|PIN|d['’]accès)\b|\bidentifiants?\b|"
                 r"\bd['’]en (?:choisir|créer|définir) un nouveau\b"),
    # (kit 55) "We will never call, text or e-mail you to ask for a collection code": what we never do
    "phishing": (r"\b(?:phishing|scam|fraud|be wary|suspicious|never ask|(?:will|would) never (?:call|text|e-mail|email|"
                 r"contact|phone|write to)\b)",
                 r"\b(?:hameçonnage|arnaque|fraude|méfiez|suspect|jamais .{0,20}demand|demanderons jamais|"
                 r"demandera jamais|(?:appellerons|contacterons|écrirons|enverrons) jamais)"),
    "where": (r"\b(?:region|countr|terminals?|online|in shops|in stores|apps?\b|website|network|belgium|france|"
              r"netherlands|germany|luxembourg)\w*", r"\b(?:région|pays|terminaux?|en ligne|en magasin|application|"
              r"site|réseau|belgique|france|pays-bas|allemagne|luxembourg|loire)\w*"),
    "codes": (r"\b(?=[A-Z0-9-]*\d)(?=[A-Z0-9-]*[A-Z])[A-Z0-9]+-?[A-Z0-9-]{3,}\b|\b(?:lots?|batch|serial|use[- ]by|"
              r"best[- ]before)\b", r"\b(?=[A-Z0-9-]*\d)(?=[A-Z0-9-]*[A-Z])[A-Z0-9]+-?[A-Z0-9-]{3,}\b|\b(?:lots?|"
              r"numéros? de série|à consommer jusqu|dlc)\b"),
    "health": (r"\b(?:symptom|fever|ill\b|sick|doctor|hospital|injur|hurt|overheat|fire|burn|emergency|112|pregnan|"
               r"elderly|risk|choke|chok|diarrh|vomit|gastro)", r"\b(?:symptôme|fièvre|malade|médecin|hôpital|hospitalis|bless|"
               r"surchauffe|(?<!poteaux d')(?<!poteau d')(?<!bouches d')(?<!bouche d')(?<!poteaux d’)(?<!poteau d’)incendie|brûl|urgence|112|enceinte|âgées|immunodéprim|risque|listériose|étouff|diarrh|"
               r"vomiss|gastro)"),
    # A recall that grew: "we are extending the recall to this lot", « nous avons étendu le rappel ».
    "widened": (r"\b(?:extend\w* the recall|widen\w*|(?:the )?recall now covers|also recalling|further lots?)\b",
                r"\b(?:étend\w* le rappel|étendu le rappel|élarg\w*|le rappel porte désormais|rappelons aussi)\b"),
    # "No other lot is affected", « aucun autre lot n'est concerné »: whether more may follow.
    "no_other": (r"\bno other (?:lots?|products?|batch\w*)\b", r"\baucun autre (?:lot|produit|de nos produits)\b"),
    # ("14,600 cases of water" handed out are crates: nobody ill.)
    "ill": (r"\b(?:cases? of(?! (?:bottled |drinking |spring |tap )?water\b| bottles?\b| drinks?\b| beer\b| wine\b)|fell ill|fallen ill|ill\b|sick|illness|unwell|died|deaths?|gastro\w*|hospitali[sz]ed|"
            r"symptoms reported|(?:been )?confirmed with|diagnosed with|confirmed cases?|"
            r"stomach upsets?|diarrh\w*|vomiting|(?:seen|saw|consulted|visited) a (?:doctor|GP)|"
            r"(?:admitted|taken) to hospital|digestive (?:symptoms|problems|troubles)|"
            # an allergic reaction is what an allergen recall's people suffer
            r"treated in hospital|(?:allergic|mild|severe|serious) reactions?|anaphyla\w*)",
            r"\b(?:cas de|tombée?s? malades?|malades?|maladies?|décédée?s?|décès|gastro\w*|hospitalisée?s?|intoxication|"
            r"troubles digestifs|cas confirmés?|diagnostiquée?s?|"
            r"diarrhées?|vomissements|consulté un médecin|symptômes digestifs|soignée?s? à l['’]hôpital|"
            # (as "taken to hospital": « conduits à l'hôpital », « admise aux urgences »)
            r"(?:conduite?s?|emmenée?s?|transportée?s?|admise?s?|hospitalisée?s?) (?:\w+ )?(?:à l['’]hôpital|aux urgences)|"
            r"réactions? allergiques?|(?:légère|grave|forte)s? réactions?|anaphyla\w*)"),
    # (Also when the results that decide it are due: "results are expected on Wednesday 2 December".)
    "lifted": (r"\b(?:lift\w*|end of the advice|advice (?:ends|will end)|until we tell you|until then|"
               r"(?:stays|remains|will stay|will remain) in (?:force|place) until)\b|"
               r"\bresults?\b[^.;]{0,60}\b(?:expected|due)\b",
               r"\b(?:lev(?:ée|er|é|era|ons)\w*|fin de la consigne|d['’]ici là|(?:reste|restera) en vigueur jusqu)|\brésultats?\b[^.;]{0,60}\battendus?\b"),
    # (The UK's UKHSA, Drinking Water Inspectorate and councils; Switzerland's OSAV and cantonal
    # offices; Belgium's AFSCA; Québec's santé publique.)
    "health_authority": (r"\b(?:health (?:agency|authorit\w+|security agency|protection)|regional health|ars\b|"
                         r"public health|prefecture|town halls?|mayors?|ukhsa|drinking water inspectorate|dwi\b|"
                         r"(?:district|county|city|borough) council|environmental health|food standards agency|"
                         r"fsa\b|hse\b|nhs\b|fsvo|afsca|favv|(?:cantonal|county|state|provincial) (?:doctor|physician|chemist|laborator\w+|health officer)|"
                         r"medical officer|health department|(?:department|ministry|minister) of health|"
                         r"health (?:ministry|minister|canada|board)|department of (?:health|public health))",
                         r"\b(?:agence régionale de santé|ars\b|autorités? sanitaires?|santé publique|préfecture|"
                         r"mairies?|maires?|osav\b|ofco\b|office (?:fédéral|cantonal|de la consommation)|"
                         r"chimiste cantonal|afsca\b|sciensano|ministère de la santé|médecins? cantona(?:l|ux)|"
                         r"laboratoire cantonal)"),
    "help": (r"\b(?:free of charge|bottled water|handed out|distribution|deliver\w*|helpline|hotline|answers 24)",
             r"\b(?:gratuite?s?|gratuitement|eau en bouteille|distribuée?s?|distribution|livr\w*|ligne (?:gratuite|"
             r"d'assistance))"),
    # How a vehicle is put right: at a dealer or a workshop, an update, at our expense.
    # Work that started again: the newest word on a site once it is safe to use.
    # (kit 55) "Line 3 has been running since 20 April at 06:00", « fonctionne de nouveau depuis le 20 avril »
    "resumed": (r"\b(?:resumed|restarted|back in (?:full )?(?:service|production)|reopened|(?:has|have) been running "
                r"(?:again )?since|(?:is|are) running again)\b",
                r"\b(?:(?:a|ont) (?:entièrement |pleinement )?repris|reprise (?:complète|totale)|a rouvert|ont rouvert|"
                r"(?:fonctionne|fonctionnent|circule|circulent|roule|roulent) (?:de nouveau |à nouveau )?depuis)\b"),
    "repair": (r"\b(?:repair\w*|dealers?|workshops?|garages?|service cent(?:re|er)s?|appointments?|software update|"
               r"free of charge|at our (?:own )?expense|at no cost)\b",
               r"\b(?:répar\w*|concessions?|concessionnaires?|ateliers?|garages?|rendez-vous|mise à jour|"
               r"gratuite(?:ment)?|à nos frais|sans frais)\b"),
    "return": (r"\b(?:return|bring|take (?:it|them) back|replace|replacement|collect|refund|courier|register)\w*",
               r"\b(?:rapport|ramen|retour|remplac|collect|rembours|enregistr)\w*"),
    "sold": (r"\b(?:sold|bought|put on sale|on sale|shipped|already (?:bought|purchased))\b",
             r"\b(?:vendu|achetée?s?|mises? en vente|écoulé|expédié)"),
    # A lifeline cut: the emergency number, a telecare alarm, medical equipment at home.
    # A strike: what the organisation offered ("We offered a 2.8% pay rise…", « Nous avons proposé une
    # hausse des salaires ») and the talks to come (a mediator, a meeting with the unions).
    "offered": (r"\b(?:we (?:have )?(?:offered|proposed)|our (?:offer|proposal)|pay (?:rise|increase)|wage (?:rise|increase))\b",
                r"\b(?:nous avons proposé|notre (?:proposition|offre)|hausse des salaires|augmentation (?:des salaires|de \d))"),
    "talks": (r"\b(?:mediat\w+|negotiat\w+|talks?\b|meeting with the unions|meet the unions)",
              r"\b(?:médiat\w+|négociation\w*|réunion avec les syndicats|nous réunira avec les syndicats|rencontre avec les "
              r"syndicats)"),
    # Why the fix took the time it took ("Why it took five hours: the change had not been announced
    # to us…", « Pourquoi il a fallu cinq heures : … »): what a reporter asks of a long outage.
    "took_long": (r"\b(?:why it took|why (?:it|the (?:fix|repair|recovery)) (?:took|was so slow)|took so long|took (?:us )?"
                  r"(?:\w+ )?(?:hours|days) (?:to (?:find|fix|restore|repair)|because))\b",
                  r"\b(?:pourquoi (?:il a fallu|cela a pris|ça a pris|a-t-il fallu)|(?:il (?:nous )?a fallu|a pris) "
                  r"(?:\w+ )?(?:heures|jours) (?:pour (?:trouver|rétablir|réparer|corriger)|parce|car))"),
    # No personal data touched by an outage ("no card or account data was exposed", « aucune donnée de
    # carte ou de compte n'a été exposée »): the question a bank or a hospital is asked first.
    "data_spared": (r"\b(?:no|none of (?:the|your|our)) (?:[\w-]+ ){0,4}(?:data|personal information|details|records)\b[^.;]{0,40}"
                    r"\b(?:exposed|accessed|compromised|leaked|stolen|taken|at risk)|\b(?:data|personal information)\b"
                    r"[^.;]{0,40}\b(?:was|were|has been|have been) (?:not|never) (?:exposed|accessed|compromised|leaked)",
                    r"\baucune (?:donnée|information)\b[^.;]{0,60}\b(?:exposée|consultée|compromise|volée|dérobée|"
                    r"divulguée)|\bdonnées\b[^.;]{0,40}\bn['’](?:ont|a) (?:pas|jamais) été (?:exposées?|consultées?|"
                    r"compromises?|volées?|divulguées?)"),
    "lifeline": (r"\b(?:9-1-1|911|999|112|emergency (?:calls?|numbers?|services?|lines?)|telecare|(?:personal|medical|care) "
                 r"alarms?|medical (?:devices?|equipment)|oxygen|dialysis|life[- ]support)\b",
                 r"\b(?:9-1-1|911|112|numéros? d['’]urgence|appels? d['’]urgence|services d['’]urgence|téléassistance|"
                 r"télé-assistance|appareils? médica(?:l|ux)|oxygène|dialyse)\b"),
    # What it cost people in danger ("two of the calls were about serious emergencies; help was sent").
    "harmed": (r"\b(?:serious emergenc\w*|(?:help|an ambulance|police|officers) (?:was|were) sent|came to harm|"
               r"(?:was|were) harmed|no harm|injur\w*|hurt|died|death|hospital\w*|could not (?:reach|get) help)\b",
               r"\b(?:urgences? graves?|(?:les )?secours (?:ont été|a été|sont) (?:envoyés|dépêchés)|préjudice|"
               r"blessé\w*|décès|décéd\w*|hospitalis\w*|n['’]ont pas pu (?:obtenir|joindre) (?:de l['’])?aide)\b"),
    "hurt": (r"\b(?:injur\w*|hurt|hospital\w*|wounded|casualt\w*|died|dead|killed|unharmed|safe and sound|inhal\w*|"
             r"(?:are|is) (?:doing )?well|examined|went home|gone home|(?:are|is) (?:now |all )?(?:back )?home|"
             r"discharged|" + CUT_EN + ")", r"\b(?:" + CUT_FR + r"|bless\w*|hospitalis\w*|hôpital|décès|décéd\w*|victimes?|"
             r"personne n'a été|aucun blessé|indemnes?|sains et saufs|inhal\w*|incommodée?s?|vont bien|va bien|"
             r"examinée?s?|rentrée?s? chez (?:lui|elle|eux|elles)|(?:est|sont) (?:tous |toutes )?rentrée?s?|"
             r"sortie?s? de l['’]hôpital)"),
    # (A site kept closed is the answer too: "The chairlift stays closed", « reste fermé ».)
    "safe": (r"\b(?:safe|secured|no risk|no danger|reopen\w*|air quality|toxic|checked|inspected|cleaned and checked|"
             r"(?:stays|remains|will stay|will remain) (?:\w+ )?closed)\w*",
             r"\b(?:sécuris|en sécurité|sans danger|aucun risque|rouvert|qualité de l'air|toxique|pas de danger|contrôlée?s?|"
             r"contrôles de sécurité|vérifiée?s?|inspectée?s?|reste(?:ra)? (?:\w+ )?fermée?s?|restent (?:\w+ )?fermée?s?)\w*"),
    "emergency": (r"\b(?:fire (?:brigade|service|department|fighters?)|firefighters|emergency services|police|"
                  r"inspectorate|investigators|authorit\w+|coastguard|coast guard|lifeboats?|rescue (?:services?|"
                  r"centre|center|resources)|(?:accident )?investigation (?:office|branch|board)|"
                  r"safety inspectors?|mountain rescue|rescuers?|gendarmes?|gendarmerie|ski patrol\w*|paramedics?|"
                  r"ambulances?|red cross|red crescent|civil defen[cs]e|civil protection|fire and rescue)\b",
                  r"\b(?:pompiers|sdis|croix-rouge|croissant-rouge|défense civile|protection civile|sécurité civile|(?:les|des|aux|du) secours|services de secours|équipes de secours|secouristes|"
                  r"pisteurs-secouristes|sauveteurs|gendarmes?|samu|smur|gendarmerie|police|préfecture|inspection du "
                  r"travail|inspection des "
                  r"installations classées|enquêteurs|autorités?|cross|secours en mer|"
                  r"bureau d['’]enquêtes?|centre de sécurité des navires|"
                  # (Québec and Canada: « le Service paramédic d'Ottawa », « les ambulanciers »)
                  r"paramédics?|service paramédic|ambulanciers?|ambulances?)\b"),
    "environment": (r"\b(?:environment\w*|pollution|toxic|air quality|air measurements?|"
                    # (never "meet passengers with water and breakfast": care, not the environment)
                    r"(?<!with )(?<!free )water(?![\s-]?(?:taxis?|bus(?:es)?|bottles?|sports?|front)|\s+and\s+(?:breakfast|"
                    r"food|snacks|blankets|coffee|tea|meals?))|river|soil|emissions?|"
                    r"residents? can|windows|firewater)\b",
                    r"\b(?:environnement\w*|pollution|toxique|qualité de l'air|qualité de l’air|rivière|cours d'eau|"
                    r"sols? (?:pollués?|contaminés?)|pollution (?:des|du) sols?|dans le sol|rejets?|rejeté|fenêtres|eaux d'extinction|bassin de rétention)\b"),
    # A person's mistake or a sanction: only then is "Will anyone lose their job?" asked.
    # Someone took or reached the data: an attack, a theft, a download (a mailing sent to the wrong
    # people is read by them whatever the encryption).
    "attacked": (r"\b(?:attack\w*|hack\w*|stolen|stole|theft|unauthori[sz]ed|intrusion|intruder|copied|downloaded|"
                 r"ransom\w*|exfiltrat\w*|leak\w*|encrypt\w*)\b",
                 r"\b(?:attaque\w*|piratage|pirate\w*|volée?s?|vol de|non autorisée?s?|intrusion|copiée?s?|"
                 r"téléchargée?s?|rançon\w*|exfiltr\w*|fuite|chiffrée?s?|chiffrement)\b"),
    "someone_erred": (r"\b(?:human error|by mistake|in error|our (?:own )?(?:mistake|error|fault|failure)|an? (?:employee|"
                      r"member of (?:our )?staff|colleague) (?:\w+ ){0,3}(?:made|sent|approved|published|posted)|"
                      r"disciplin\w*|sanction\w*|dismiss\w*|approved (?:it|the \w+)|should not have|mistake on our part|"
                      r"(?:gap|failure|flaw|fault|mistake|lapse) (?:was|is) ours|(?:no one|nobody) (?:checked|reviewed|read) it|"
                      r"our (?:CEO|chief executive|founder|president|chair\w*)\b[^.]{0,80}\b(?:remark|comment|post|reply|tweet))\b",
                      r"\b(?:erreur humaine|par erreur|notre (?:propre )?(?:erreur|faute|échec)|une? (?:salariée?|employée?|"
                      r"collaboratrice|collaborateur) (?:\w+ ){0,3}a (?:envoyé|validé|publié|diffusé)|disciplinaire|"
                      r"sanction\w*|licenci\w*|mise? à pied|validée? (?:la|le|cette|ce)|l['’]a validée?|n['’]aurions pas dû|"
                      r"n['’]aurait pas dû|erreur de notre part|(?:faille|lacune|erreur|faute|défaillance) (?:était|est) la nôtre|"
                      r"personne ne l['’]a (?:relue?|vérifiée?)|(?:notre|le) (?:PDG|président|directeur général|DG|fondateur)\b"
                      r"[^.]{0,80}\b(?:phrase|propos|message|tweet|réponse|répondu))"),
    # A place that can be unsafe: only then is "Is the site safe now?" asked.
    "site": (r"\b(?:plant|factory|building|warehouse|premises|depot|facility|station|store|shop|school|reopen\w*|"
             r"the site|tunnel|bridge|car park|workshop|mill|mine|offices?|yard|chair ?lifts?|gondolas?|cable ?cars?|"
             r"ski ?lifts?|drag ?lifts?|funiculars?|resort)\b",
             r"\b(?:usine|bâtiment|entrepôt|locaux|dépôt|installation|gare|magasin|école|rouv\w*|le site|"
             r"du site|tunnel|pont|parking|atelier|bureaux|chantier|télésièges?|télécabines?|téléskis?|téléphériques?|"
             r"funiculaires?|remontées? mécaniques?)\b"),
    "removed": (r"\b(?:removed|deleted|withdrawn|taken down|took (?:it|the \w+) down|pulled|deactivated|disabled|"
                r"switched off)\b",
                r"\b(?:retirée?s?|supprimée?s?|effacée?s?|l['’]avons retirée?|désactivée?s?|dépubliée?s?)\b"),
}




# German cue words, by the keys of W. A key without German cues finds nothing: the question is
# marked unanswered rather than answered by English words that happen to match.
_AUTHORITY_DE = (r"(?:Behörde\w*|Aufsicht\w*|Datenschutz\w*|Polizei|Staatsanwaltschaft|Ministerium|Landesamt|"
                 r"Gesundheitsamt|Feuerwehr|Bundesamt|Bundesnetzagentur)")
_MONTHS_DE = "januar|februar|märz|april|mai|juni|juli|august|september|oktober|november|dezember"
W_DE: dict[str, str] = {
    "when": (rf"\b(?:seit \d|seit (?:dem|heute|gestern|\w+tag|mittwoch)|zwischen|am \d{{1,2}}\.|um \d{{1,2}}[:.]\d{{2}}|"
             rf"\d{{1,2}}:\d{{2}}|\d{{1,2}}\. (?:{_MONTHS_DE}))"),
    "known": (r"\b(?:bemerkt|entdeckt|festgestellt|(?:hat|haben) uns (?:alarmiert|informiert|gemeldet|darauf hingewiesen)|"
              r"Alarm (?:ausgelöst|geschlagen|gegeben)|erste(?:n)? Meldungen?|davon erfahren|(?:wurde|wurden) uns gemeldet)"),
    "before": (r"\b(?:zum ersten Mal|das erste Mal|erstmals|noch nie|schon einmal|bereits früher|frühere[nrs]? "
               r"(?:Vorfall|Vorfälle|Störung|Störungen|Datenpanne|Rückruf)|letztes Jahr|im vergangenen Jahr|in der "
               r"Vergangenheit)\b"),
    "cause_strong": (r"\b(?:die Ursache|Ursache (?:ist|war)|verursacht|zurückzuführen auf|der Grund|(?:wahrscheinlichste|"
                     r"vermutliche) Ursache|erste Erkenntnisse)|^Ursache$"),
    "cause": (r"\b(?:weil|wegen|aufgrund|infolge|ausgelöst|liegt an|lag an|irrtümlich|versehentlich|fehlerhaft|"
              r"Fehler (?:in|im|bei)|Kurzschluss|stammt(?:e)? (?:aus|von)|(?:hat|haben) ergeben)\b"),
    "prevention": (r"\b(?:damit (?:sich )?(?:das|dies|so etwas) nicht|künftig|in Zukunft|ab sofort|nicht mehr|wir ändern|"
                   r"(?:haben|wurde|wurden) (?:\w+ )?geändert|zusätzliche (?:Prüfung|Kontrolle|Überwachung|Sicherung)\w*|"
                   r"(?:wird|werden) (?:jetzt|nun) (?:\w+ )?(?:geprüft|überwacht|getestet|kontrolliert|blockiert)|"
                   r"automatische (?:Prüfung|Warnung|Überwachung)\w*)"),
    "ownership": (r"\b(?:unser (?:eigener )?(?:Fehler|Versäumnis)|unsere (?:Schuld|Verantwortung)|(?:liegt|lag) bei uns|"
                  r"wir (?:tragen|übernehmen) (?:die (?:volle )?)?Verantwortung|wir haben (?:\w+ )?(?:Fehler gemacht|"
                  r"versagt)|(?:hätten|hätte) (?:\w+ ){0,3}(?:müssen|sollen|dürfen))"),
    "money": (r"\b(?:erstatt\w*|Erstattung\w*|entschädig\w*|Entschädigung\w*|Gutschrift\w*|gutgeschrieben|Gutschein\w*|"
              r"kostenlos|kostenfrei|(?:werden|wird) nicht (?:belastet|berechnet)|zurückgezahlt|Rückzahlung\w*|"
              r"übernehmen (?:die )?(?:Kosten|Gebühren)|Bankgebühren)"),
    "restored": (r"\b(?:funktionier\w* (?:wieder|normal)|wieder (?:normal|verfügbar|erreichbar|in Betrieb|geöffnet)|"
                 r"wiederhergestellt|läuft wieder|laufen wieder|ist behoben|wurde behoben|normaler Betrieb|ohne "
                 r"Unterbrechung)"),
    # German puts the participle last: „Wir haben alle Betroffenen per E-Mail benachrichtigt“
    "contacted": (r"\b(?:wir (?:haben|hatten) [^.]{0,80}?\b(?:geschrieben|kontaktiert|benachrichtigt|angeschrieben)|"
                  r"wir (?:schreiben|kontaktieren|benachrichtigen)|(?:wurde|wurden|werden) (?:\w+ )?(?:kontaktiert|"
                  r"benachrichtigt|angeschrieben)|jede(?:r|n)? betroffene)"),
    "who": r"\b(?:unbefugt\w*|ohne Berechtigung|Angreifer\w*|Hacker\w*|Kriminelle\w*|Dritte\w*|gestohlene\w* Zugangsdaten)",
    "encrypted": r"\b(?:verschlüsselt\w*|Verschlüsselung|gehasht\w*|Hashwert\w*)",
    "informed": (rf"\b(?:informiert|benachrichtigt|gemeldet|verständigt|unterrichtet)\b[^.]{{0,60}}(?:{_AGENCY}|"
                 rf"\b{_AUTHORITY_DE})|\b(?:{_AGENCY}|{_AUTHORITY_DE})[^.]{{0,60}}\b(?:informiert|benachrichtigt|"
                 rf"verständigt|unterrichtet)"),
    "password": r"\bPassw(?:ort|örter)\w*|\bKennw(?:ort|örter)\w*",
    "phishing": r"\b(?:Phishing|Betrug\w*|betrügerisch\w*|verdächtig\w*|niemals [^.]{0,30}(?:fragen|bitten|auffordern))",
    "where": (r"\b(?:Region\w*|Länder\w*|Terminals?|online|Filialen|Geschäften|App\b|Website|Webseite|Netz\w*|"
              r"Deutschland|Österreich|Schweiz|Bundesl\w+)"),
    "codes": (r"\b(?=[A-Z0-9-]*\d)(?=[A-Z0-9-]*[A-Z])[A-Z0-9]+-?[A-Z0-9-]{3,}\b|\b(?:Charge\w*|Losnummer\w*|"
              r"Seriennummer\w*|Mindesthaltbarkeit\w*|MHD\b|verbrauchen bis)"),
    "health": (r"\b(?:Symptom\w*|Fieber|krank|Ärzt\w*|Arzt|Krankenhaus|Notruf|Notfall|112|verletz\w*|Überhitz\w*|Brand|"
               r"Feuer|verbrenn\w*|schwanger\w*|ältere|Risiko|Risiken|erstick\w*|Durchfall|Erbrechen|Magen-Darm)"),
    "ill": (r"\b(?:Fälle? von|erkrankt\w*|Erkrankung\w*|ins Krankenhaus|stationär|Durchfall|Erbrechen|Magen-Darm\w*|"
            r"ärztlich behandelt|Symptome gemeldet)"),
    "lifted": (r"\b(?:aufgehoben|aufheben|Aufhebung|bis auf Weiteres|(?:gilt|bleibt) (?:weiterhin )?(?:in Kraft|bestehen) "
               r"bis)|\bErgebnisse?\b[^.;]{0,60}\b(?:erwartet|vorliegen)"),
    "health_authority": r"\b(?:Gesundheitsamt|Gesundheitsämter|Gesundheitsbehörde\w*|Landesamt|Bürgermeister\w*|Rathaus|Landratsamt)",
    "help": (r"\b(?:kostenlos\w*|kostenfrei|Flaschenwasser|Trinkwasser in Flaschen|verteilt|Verteilung|Ausgabestelle\w*|"
             r"geliefert|Hotline|Servicenummer|rund um die Uhr)"),
    "resumed": r"\b(?:wieder aufgenommen|wieder angelaufen|wieder in Betrieb|wiedereröffnet|wieder geöffnet)\b",
    "repair": (r"\b(?:Reparatur\w*|repariert|Werkstatt|Werkstätten|Vertragswerkstatt\w*|Termin\w*|Software-?Update|"
               r"kostenlos|auf unsere Kosten)"),
    "return": (r"\b(?:zurückgeben|zurückbringen|zurücksenden|Rückgabe|Rücksendung|umtausch\w*|ersetzen|Ersatz|"
               r"erstatt\w*|abholen|Abholung|registrieren)"),
    "sold": r"\b(?:verkauft|gekauft|erworben|ausgeliefert|versandt)",
    "hurt": r"\b(?:verletzt\w*|Verletzte\w*|Krankenhaus|verstorben|gestorben|getötet|Todesopfer|unverletzt|wohlauf|eingeatmet)",
    "safe": (r"\b(?:gesichert|kein Risiko|keine Gefahr|ungefährlich|wiedereröffnet|Luftqualität|giftig|geprüft|"
             r"kontrolliert|inspiziert)"),
    "emergency": (r"\b(?:Feuerwehr|Rettungsdienst\w*|Rettungskräfte|Notarzt|Polizei|Behörde\w*|Ermittler\w*|Bergwacht|"
                  r"Sanitäter\w*|Krankenwagen|Küstenwache)\b"),
    "environment": (r"\b(?:Umwelt\w*|Verschmutzung|giftig\w*|Luftqualität|Luftmessung\w*|Gewässer|Fluss|Boden|"
                    r"Emission\w*|Löschwasser|Fenster)\b"),
    "attacked": r"\b(?:Angriff\w*|Hacker\w*|gestohlen\w*|Diebstahl|unbefugt\w*|kopiert|heruntergeladen|Lösegeld\w*|verschlüssel\w*)",
    "someone_erred": (r"\b(?:menschlicher Fehler|menschliches Versagen|versehentlich|irrtümlich|unser (?:eigener )?Fehler|"
                      r"disziplinar\w*|Abmahnung|entlassen|hätte nicht (?:\w+ )?(?:dürfen|sollen))"),
    "site": (r"\b(?:Werk|Fabrik|Gebäude|Lager\w*|Halle|Gelände|Standort|Bahnhof|Filiale|Schule|Tunnel|Brücke|Parkhaus|"
             r"Werkstatt|Büro\w*|Baustelle)\b"),
    "removed": r"\b(?:entfernt|gelöscht|zurückgezogen|offline genommen|abgesetzt)\b",
}
# Cue words of the languages beyond English and French (W holds both of those side by side).
CUES: dict[str, dict[str, str]] = {"de": W_DE}
NEVER = r"(?!)"  # a pattern that matches nothing


def words_for(key: str, lang: str) -> str:
    """The cue words of `key` in `lang`; NEVER when the language has none for it."""
    english, french = W[key]
    if lang == "en":
        return english
    if lang == "fr":
        return french
    return CUES.get(lang, {}).get(key, NEVER)


def lifeline_cut(text: str, lang: str) -> bool:
    """Whether `text` (a title and summary) tells of a lifeline cut: the emergency number,
    telecare, medical equipment at home. The brief asks who came to harm; no credits are offered."""
    return re.search(words_for("lifeline", lang), text, re.IGNORECASE) is not None
