"""The kind of crisis a statement is: given in its front matter, or read from its words."""

from __future__ import annotations

import re

from generator.core.model import Statement

# Kinds of crisis the documents fit: the Q&A asks their questions, the checklist their steps.
KINDS = ("outage", "breach", "recall", "safety", "incident")
_KIND_WORDS: dict[str, str] = {
    # Personal data reached by someone who should not have it; "data" alone is any outage's.
    # Not a bare "leak" or « fuite »: a water or gas leak closes a shop, it exposes no data.
    "breach": r"\b(?:data breach|personal data|données personnelles|données de santé|health data|breach|data leak|"
              r"leak(?:ed)? (?:of )?(?:\w+ )?data|fuite de données|fuite d['’]informations|exposed|exposées?|stolen|volées?|theft|vol de données|piratage|hack|cyber|ransomware|"
              r"rançongiciel|personal information|informations personnelles|unauthori[sz]ed access|accès non "
              r"autorisé|compromis|"
              # people's details seen by others, and the data-protection authority told of it
              r"contact details|coordonnées (?:personnelles )?(?:de|des|d['’])|(?:shown|visible|displayed) to other "
              r"(?:customers|users|clients|patients)|(?:affichées?|visibles?) (?:par|à) d['’]autres|CNIL|ICO\b|"
              r"data protection (?:authority|commission|regulator)|autorité de protection des données|"
              # German
              r"Datenleck|Datenpanne|personenbezogene\w* Daten|Datenschutzverletzung|unbefugte\w* Zugriff|gehackt|"
              r"Cyberangriff|Hackerangriff|Datendiebstahl|gestohlen\w*)",
    # (Not a reminder: « SMS de rappel », « rappel de rendez-vous ».)
    "recall": r"\b(?:recall|Rückruf\w*|zurückgerufen|rufen (?:\w+ ){0,6}zurück|(?<!SMS de )(?<!message de )(?<!courriel de )(?<!mail de )rappels?(?! (?:de |du |des )?"
              r"(?:votre |vos )?(?:rendez-vous|rdv|consultations?|SMS|messages?))|rappelons|recalling|"
              r"withdraw\w* from sale|retrait(?:s)? de la vente|lots?)\b",
    "safety": r"\b(?:fire|incendie|injur|blessé|accident|explosion|evacuat|évacu|gas leak|fuite de gaz|monoxyde|"
              r"carbon monoxide|collapse|effondrement|derail|déraill|chemical|chimique|flood\w*|inondation|"
              # health: water one must boil, bacteria, contamination
              r"boil\w*|bouilli\w*|e\. ?coli|bacteri\w*|bactéri\w*|contamin\w*|non[- ]potable|legionell\w*|légionell\w*|"
              # food poisoning: « 57 personnes sont tombées malades », salmonella, listeria
              r"salmonell\w*|listeri\w*|norovirus|food poisoning|intoxication|fell ill|fallen ill|"
              # a hazard in a building: asbestos, lead, carbon monoxide, legionella
              r"asbestos|amiante|lead paint|peinture au plomb|radon|"
              r"tombée?s? malades?|"
              # German: a fire, people hurt, an accident, water to boil, bacteria
              # (its nouns with their capital: "our brand" is no „Brand“)
              r"(?-i:Brand|Brände|Bränden|[A-ZÄÖÜ]\w+brand|Feuer|Verletzte\w*|Unfall|Unfälle|Evakuierung|Überschwemmung|"
              r"Hochwasser|Abkochgebot|Legionellen|Listerien|Salmonellen|Kohlenmonoxid|Asbest)\b|verletzt\w*|"
              r"evakuiert\w*|abkochen|erkrankt\w*)",
    # Not "error": a billing error or a wrong figure is no outage.
    # ("This was the company's failure" owns a fault: no service is down; a power failure is.)
    "outage": r"\b(?:outage|panne|down\b|unavailable|indisponib|fail(?!ures?\b)|(?:power|system|network|server|"
              r"hardware|software|equipment|technical|IT|signal|electrical|supply) failures?\b|échou|"
              # a switchboard nobody can reach: « injoignables », "could not be reached"
              r"injoignables?|unreachable|(?:can(?:not|['’]t)|could(?: not|n['’]t)) be reached|"
              r"ne (?:peut|peuvent|pouvaient|pouvait) (?:plus |pas )?être joints?|delay|retard|(?:days?|hours?|running) late\b|"
              r"later than (?:planned|expected|usual)|Störung|Ausfall|ausgefallen|nicht erreichbar|nicht verfügbar|"
              r"Verspätung\w*|verspätet\w*|unterbrochen|eingeschränkt\w*|gestört|schlagen fehl|schlägt fehl|fehlgeschlagen|"
              r"funktionier\w* nicht|"
              r"interrupt|coupure|slow|lent|disrupt|perturb)",
}
# A place closed to the public (a pool, a shop) is a service down too, when no accident or
# hazard explains it ("closed after asbestos was found" is a safety notice).
# Closed now, not a closure announced for later (« Fermeture de Nordelle Mail le 31 mars »).
_CLOSED = (r"\b(?:(?:is|are|has been|have been|remains?|was|were) (?:\w+ )?closed\b|closed (?:since|until|for|after|as a "
           r"precaution)|(?:est|sont|a été|ont été|reste|restent|demeure) (?:\w+ )?fermée?s?\b|"
           r"fermée?s? (?:depuis|jusqu|par|pour|après|à la suite))")


# Money charged or paid wrongly (a double debit, a wrong bill, late salaries): no service is
# down, people are owed money.
_BILLING = re.compile(
    # a credit "on your December bill" (« sur votre facture ») is compensation, not a billing error
    r"\b(?:charged twice|debited twice|(?:took|taken|debited|charged|collected)\b[^.]{0,80}\btwice\b|double[- ]charg|duplicate charg|overcharg|underpa(?:id|y)|billing|invoiced? (?:twice|in "
    r"error|wrongly)|(?:wrong|incorrect|duplicate) invoices?|wrong amount|payroll|pay ?slip|salar(?:y|ies)|débitée?s? deux "
    r"fois|prélevée?s? deux fois|double prélèvement|facturée?s? (?:deux fois|en double|à tort)|double facturation|"
    r"facturation|factures? (?:erronée?s?|incorrecte?s?|en double)|"
    r"paie\b|salaires?|montants? trop|trop faibles?|trop élevés?|trop perçu)", re.IGNORECASE)


def billing_words(text: str) -> bool:
    return _BILLING.search(text) is not None


# Something we published hurt people (a bad buzz): an ad, a post, a remark.
_CONTROVERSY = re.compile(
    r"\b(?:bad buzz|controvers\w*|polémique|backlash|"
    r"(?:our|this|that|these|those|the|a|an|his|her|their|its|notre|nos|ce|cet|cette|ces|la|le|les|un|une|son|sa|ses|leur) "
    r"(?:[\w'’]+ ){0,2}(?:post|tweet|message|advert\w*|ad|campaign|publication|"
    r"remarks?|comments?|words|mots|paroles|video|vidéo|publicité|campagne|propos|promotion|notification|reply|response|réponse|"
    r"phrase|sentence|podcast|interview|entretien|balado)\b[^.]{0,160}"
    r"(?:offensive|offended|hurtful|insulting|insultante?s?|injurieu(?:x|se|ses)|abusive|derogatory|insensitive|inappropriate|tasteless|should never have been|contemptuous|"
    r"dismissive|méprisante?s?|(?:a|ont|have|has) (?:profondément |deeply )?(?:blessé|heurté|hurt|offended|upset)|"
    r"blessante?s?|choquante?s?|déplacée?s?|maladroite?s?|offensante?s?|n'aurait jamais dû|n’aurait jamais dû|"
    r"mock\w*|made fun|made a joke|joked? about|(?:une )?blague sur|plaisant\w* sur|ridicul\w*|sexist|racist|se moquait|se moque|moquer\w*|tourn\w+ en dérision|sexiste|raciste|"
    # "our advert imitated domestic-abuse campaigns", « notre publicité imitait… », "…: we withdrew it"
    r"imitated|imitait|parodied|parodiait|trivialised|trivialized|banalisait|we withdrew it|we have withdrawn it|"
    r"nous l['’]avons retirée?)|"
    # "We have withdrawn our 'Clean Bowl Challenge' campaign", « nous avons retiré notre publicité »
    r"(?:withdrawn|withdrew|pulled|retiré|retirée|supprimé|supprimée) (?:our|the|notre|la|le|cette|ce) [^.]{0,40}"
    r"(?:campaign|challenge|campagne)|"
    # "an insulting message", "offensive remarks", « des propos injurieux » said the other way round
    r"\b(?:offensive|insulting|hurtful|racist|sexist|abusive|derogatory|contemptuous) (?:[\w'’-]+ ){0,2}(?:post|tweet|"
    r"message|comment|remarks?|advert\w*|ad|video|campaign|joke|reply)s?\b|"
    r"\b(?:message|publication|tweet|commentaire|propos|vidéo|publicité|blague|réponse)s? (?:[\w'’-]+ ){0,1}"
    r"(?:insultante?s?|injurieu(?:x|se|ses)|raciste|sexiste|méprisante?s?|offensante?s?|blessante?s?)\b)",
    re.IGNORECASE)


# What one of our people did to someone, filmed or told ("Video of one of our drivers insulting
# a trader", « l'un de nos livreurs a insulté une commerçante », "our agent insulted a passenger"):
# a bad buzz about conduct, not about something we published. Nothing to take down, no approval
# process to change; the person hurt, the employee and the training are the story.
_OUR_PERSON = (r"(?:(?:one of )?our (?:own )?(?:\w+ ){0,2}(?:employees?|staff(?: members?)?|agents?|drivers?|delivery drivers?|"
               r"couriers?|guards?|security guards?|cashiers?|stewards?|crew members?|managers?|nurses?|doctors?|"
               r"teachers?|waiters?|receptionists?|technicians?|representatives?|clerks?|attendants?|porters?|"
               r"ushers?|instructors?|conductors?|ticket inspectors?)|"
               r"(?:l['’]un|une?|l['’]une) de nos (?:\w+ ){0,2}(?:employée?s?|salariée?s?|agente?s?|agents?|livreurs?|livreuses?|"
               r"conducteurs?|conductrices?|chauffeurs?|vigiles?|caissi(?:er|ère)s?|hôtesses?|stewards?|membres? d['’]équipage|"
               r"responsables?|infirmi(?:er|ère)s?|médecins?|enseignante?s?|serveu(?:r|se)s?|réceptionnistes?|techniciens?|"
               r"commerciaux|représentante?s?|coursi(?:er|ère)s?|préposée?s?|guicheti(?:er|ère)s?|gardiens?|"
               r"surveillante?s?|contrôleu(?:r|se)s?|moniteurs?|monitrices?|animat(?:eur|rice)s?)|"
               r"(?:notre|nos) (?:\w+ ){0,2}(?:employée?s?|agente?s?|livreurs?|coursi(?:er|ère)s?|conducteurs?|"
               r"chauffeurs?|vigiles?|caissi(?:er|ère)s?|hôtesses?|infirmi(?:er|ère)s?))")
# (Not a blow: "one of our drivers hit a cyclist" is an accident, a safety incident.)
_CONDUCT = re.compile(_OUR_PERSON + r"\b[^.;]{0,60}?\b(?:insult\w*|verbally abus\w*|abusive|"
                      r"humiliat\w*|mock\w*|threaten\w*|shout\w* at|swore at|refused to serve|racist|sexist|"
                      r"a insulté|ont insulté|insult\w*|humili\w*|"
                      r"s['’]est moquée? d|menac\w*|a crié sur|a refusé de servir|injuri\w*|propos (?:racistes|sexistes))",
                      re.IGNORECASE)


def controversy_words(text: str) -> bool:
    return _CONTROVERSY.search(text) is not None or _CONDUCT.search(text) is not None


def conduct_words(text: str) -> bool:
    """Whether a bad buzz is about what one of our people did to someone (filmed or told), not
    about something we published."""
    return _CONDUCT.search(text) is not None


def conduct(statement: Statement) -> bool:
    """Whether the statement answers what one of our people did to someone (`conduct_words` of its
    title and summary): a bad buzz with nothing of ours to take down."""
    return conduct_words(f"{statement.title} {statement.summary}")


def bad_buzz(statement: Statement) -> bool:
    """Whether the statement answers something we published that hurt people (an advert, a
    post): no service is down, nobody must act."""
    return kind(statement) == "incident" and controversy_words(f"{statement.title}. {statement.summary}")


# "No data was lost or exposed", « Aucune donnée n'a été perdue ni exposée »: the words of a
# breach, denied, say the crisis is something else.
_NEGATION = re.compile(r"\b(?:no|not|never|none|nor|aucune?|ne|n['’]|ni|pas|jamais|kein\w*|nicht|nie|niemals)\b|"
                       r"n['’]t\b",
                       re.IGNORECASE)


def _said_of_it(pattern: str, text: str) -> bool:
    """Whether a clause of `text` holds `pattern` without denying it."""
    clauses = re.split(r"[.;:!?]\s|,\s+(?:but|mais)\s|\s(?:but|mais)\s", text)
    return any(re.search(pattern, clause, re.IGNORECASE) and not _NEGATION.search(clause) for clause in clauses)


def kind(statement: Statement) -> str:
    """The kind of crisis: the statement's `kind` if given, else read from its title and
    summary (a breach or a recall wins over an outage: it changes what people must do)."""
    if statement.maintenance:
        return "maintenance"
    given = statement.crisis
    if given in KINDS:
        return str(given)
    text = f"{statement.title}. {statement.summary}"
    if _said_of_it(_KIND_WORDS["breach"], text):
        return "breach"
    if re.search(_KIND_WORDS["recall"], text, re.IGNORECASE):
        return "recall"
    # An advert that "hurt many people" (« a blessé beaucoup de monde ») is a bad buzz, not an
    # accident: no injured, no site to secure.
    if controversy_words(text):
        return "incident"
    # "Waste collection disrupted after the depot fire": a service down because of an accident
    # nobody was hurt in is an outage; the accident is its cause, named after "after".
    title = statement.title
    if re.search(_KIND_WORDS["outage"], title, re.IGNORECASE) and re.search(
            r"\b(?:after|following|due to|because of|après|suite à|à la suite d\w*|en raison d\w*)\s+"
            r"(?:[\w'’-]+\s+){0,2}(?:[ld]['’])?" + _KIND_WORDS["safety"], title, re.IGNORECASE):
        return "outage"
    for name in ("safety", "outage"):
        if re.search(_KIND_WORDS[name], text, re.IGNORECASE):
            return name
    return "outage" if re.search(_CLOSED, text, re.IGNORECASE) else "incident"


# A strike ("a strike by our drivers", « une grève de nos conducteurs »): a service cut by a
# dispute, not by a fault; operations and staff relations lead it, not IT.
STRIKE = (r"\b(?:(?<!lightning )strikes?|striking|walk-?outs?|industrial action|grèves?|grévistes?|"
          r"Streiks?|Warnstreiks?)\b")


def strike(statement: Statement) -> bool:
    return _said_of_it(STRIKE, f"{statement.title}. {statement.summary}")


# A cyberattack ("a ransomware attack has stopped our systems"): whatever its kind, a possible
# personal-data breach, and a time when messages with links are what fraudsters send.
CYBERATTACK = (r"\b(?:ransomware|cyber-?attack|hack(?:ed|ers?|ing)|rançongiciel|cyber-?attaque|piratage|"
               r"pirates? informatiques?|Cyberangriff\w*|Hackerangriff\w*|Erpressungstrojaner)")


def cyberattack(statement: Statement) -> bool:
    """Whether the title, summary or what happened tells of a cyberattack."""
    told = " ".join([statement.title, statement.summary, statement.text_of("what_happened")])
    return re.search(CYBERATTACK, told, re.IGNORECASE) is not None


# Fake messages sent in our name (phishing, smishing, a fake site): our own texts and e-mails
# must then look nothing like them.
_IMPERSONATION = (r"\b(?:fake|fraudulent|bogus|forged|phishing|scam)\s+(?:\w+\s+){0,2}(?:e-?mails?|texts?|messages?|sms|"
                  r"calls?|sites?|websites?|pages?|invoices?|refunds?)\b|\bphishing\b|\bsmishing\b|\bin our name\b|"
                  r"\bimpersonat\w+|\bhameçonnage\b|\b(?:faux|fausses?|frauduleu(?:x|ses?))\s+(?:\w+\s+){0,2}(?:e-?mails?|"
                  r"courriels?|textos?|messages?|sms|appels?|sites?|pages?|factures?|remboursements?)\b|"
                  r"\ben notre nom\b|\bse (?:faisant|font) passer pour\b|\busurp\w+")


def impersonation(statement: Statement) -> bool:
    """Whether the title or summary tells of fake messages or sites in our name."""
    told = f"{statement.title} {statement.summary}"
    return re.search(_IMPERSONATION, told, re.IGNORECASE) is not None


# Someone broke the law to get the data (an intrusion, a theft, an extortion), or a cyberattack.
_CRIME = (CYBERATTACK + r"|\b(?:stolen|steal\w*|theft|thie(?:f|ves)|intrud\w*|intrusion|break-in|attackers?|criminals?|"
          r"extort\w*|ransom|fraudsters?|malicious|unauthori[sz]ed (?:third|person|people|part)|volée?s?|vol\b|"
          r"dérobée?s?|malveillan\w*|cambriol\w*|escroc\w*|fraudeurs?|Diebstahl|gestohlen\w*|Einbruch)")
# Data shown to the wrong people by our own fault: a bug, a setting, a mistaken sending.
_OWN_ERROR = (r"\b(?:bug|glitch|error|mistake|misconfigur\w*|(?:wrong|other) (?:customers?|recipients?|people|"
              r"patients?|clients?|users?|merchants?|members?)|sent to|shown to|visible to|setting|"
              r"erreur|bogue|mauvaise?s? (?:destinataires?|réglage|paramétrage|patients?|clients?|personnes|adresses?)|"
              r"d['’]autres (?:clients|patients|usagers|utilisateurs|membres|commerçants|personnes)|visibles? (?:par|pour)|"
              r"envoyée?s? (?:par (?:courriel|e-?mail|sms|texto) )?(?:à|aux)|Fehler|Panne)\b")


def own_error_breach(statement: Statement) -> bool:
    """Whether a breach is told as our own error (a bug, a wrong sending) with no crime in it:
    there is nobody to report to the police."""
    told = " ".join([statement.title, statement.summary, statement.text_of("what_happened")])
    return (re.search(_OWN_ERROR, told, re.IGNORECASE) is not None
            and re.search(_CRIME, told, re.IGNORECASE) is None)


# A title that tells people what to do or says a state still holds ("Tap water to be boiled in
# …", "Card payments failing", « Piscine fermée »): once resolved, every copy, e-mail subject
# and headline that carries it says what is no longer true.
STILL_TRUE: dict[str, re.Pattern[str]] = {
    "en": re.compile(r"\b(?:do\s+not|don['’]t|(?:to\s+be\s+)?boil(?:ed)?|stop\s+using|avoid|failing|not\s+working|"
                     r"unavailable|(?:is|are)\s+down|still|suspended|interrupted|closed)\b|"
                     # a headline's "down": "Check-in and bag drop down at Dublin and Cork airports"
                     r"(?<!shut )(?<!slowed )(?<!broke )(?<!broken )(?<!stepped )(?<!step )(?<!steps )(?<!calmed )"
                     r"\bdown\s+(?:at|in|on|across|for|since)\b", re.IGNORECASE),
    "fr": re.compile(r"(?:à\s+faire\s+bouillir|\bne\s+(?:pas\s+)?(?:boire|buvez|consommer|consommez|utiliser|utilisez)\b|"
                     r"\b(?:évitez|indisponibles?|en\s+panne|ne\s+fonctionnen?t?\s+(?:pas|plus)|perturbée?s?|"
                     r"interrompue?s?|suspendue?s?|fermée?s?|toujours)\b)", re.IGNORECASE),
}


# A title that dates the state ("unavailable on the morning of 25 November", « indisponible le
# 26 novembre », "down for six hours") tells what happened then: true after the end too.
MONTHS = (r"(?:jan|feb|febr|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec|january|february|march|april|june|july|"
           r"august|september|october|november|december|janvier|février|mars|avril|mai|juin|juillet|août|septembre|"
           r"octobre|novembre|décembre)")
_DATED = re.compile(rf"\b\d{{1,2}}(?:er)?\s+{MONTHS}\b|\b{MONTHS}\s+\d{{1,2}}\b|\b(?:yesterday|hier)\b|"
                   r"\b(?:for|pendant|durant)\s+(?:\w+\s+){0,3}(?:hours?|days?|heures?|jours?)\b", re.IGNORECASE)

_ONGOING_SINCE = re.compile(r"\b(?:since|depuis|until|till|jusqu)", re.IGNORECASE)  # "down since 26 November" is not over


def still_claimed(title: str, lang: str) -> str | None:
    """The words of a closed statement's title that say what is no longer true ("boil", « à faire
    bouillir », "unavailable"), else None; a title that dates the state ("unavailable on 25
    November", « interrompue pendant près de 5 heures ») says what happened then, true after too."""
    found = STILL_TRUE.get(lang, STILL_TRUE["en"]).search(title)
    if not found or (_DATED.search(title) and not _ONGOING_SINCE.search(title)):
        return None
    return found.group(0)


# A summary whose news is the recovery (« Nos hôpitaux … reprennent progressivement une activité
# normale », "Service is back to normal"), and a title that still says the service is degraded.
_RECOVERING = {
    "en": re.compile(r"\b(?:(?:back|returning|return) to normal|(?:is|are) (?:working|running|open) again|(?:has|have) "
                     r"been restored|(?:is|are) restored|(?:has|have) resumed|again (?:receiving|open|running|working))\b",
                     re.IGNORECASE),
    "fr": re.compile(r"\b(?:(?:reprennent|reprend|retrouvent|retrouve) (?:progressivement )?(?:une |leur |son )?activité "
                     r"normale|(?:est|sont) (?:de nouveau|à nouveau) (?:ouverte?s?|disponibles?|accessibles?)|"
                     r"(?:est|sont) rétablie?s?|(?:a|ont) repris|fonctionnen?t? (?:de nouveau|à nouveau)|accueillent de "
                     r"nouveau)\b", re.IGNORECASE),
}
_DEGRADED = {"en": re.compile(r"\b(?:reduced|limited|disrupted|degraded)\b", re.IGNORECASE),
             "fr": re.compile(r"\b(?:réduite?s?|limitée?s?|perturbée?s?|dégradée?s?)\b", re.IGNORECASE)}


def title_overtaken(statement: Statement) -> str | None:
    """The words of an open statement's title that its summary's news has overtaken ("reduced
    activity" over « nos hôpitaux reprennent progressivement une activité normale »), else None:
    every output that leads with the title says the news instead."""
    if statement.maintenance or statement.resolved:
        return None
    summary = statement.section("summary")
    first = re.split(r"(?<=[.!?])\s+", summary.text.strip(), maxsplit=1)[0] if summary and summary.text.strip() else ""
    degraded = _DEGRADED.get(statement.lang, _DEGRADED["en"]).search(statement.title) or \
        STILL_TRUE.get(statement.lang, STILL_TRUE["en"]).search(statement.title)
    if first and degraded and _RECOVERING.get(statement.lang, _RECOVERING["en"]).search(first):
        return degraded.group(0)
    return None
