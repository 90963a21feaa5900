"""Render stage, for the media Q&A brief: the words that find each answer in a statement, in
English and French side by side, so both briefs of one statement search alike. Patterns are
searched case-insensitively in whole sentences (and in the label a sentence sits under)."""

from __future__ import annotations

# The brief's own words: headings, the lines to say when the statement has no answer.
QA_WORDS: dict[str, dict[str, str]] = {
    "en": {
        "title": "Media Q&A brief: {title}",
        "intro": ("For the spokesperson and the press office. Each answer quotes the statement: say nothing it "
                  "does not say, and never guess. A question marked {unanswered} has no answer in the statement: "
                  "use the line suggested, or add the answer to the statement first."),
        "count": "Questions without an answer in the statement: {count} of {total}.",
        "unanswered": "UNANSWERED",
        "source": "Source:",
        "say": "Say instead:",
        "began": "The problem began {when} (`began` in the statement).",
        "first_word": "Our first public statement was posted {when}.",
        "not_yet": "We do not know yet. We will say so as soon as we know, at the latest in our next update{when}.",
        "never_guess": "We will not speculate. We will say what we find in our next update{when}.",
        "check": "I do not have that answer with me: I will check and come back to you today.",
        "memory": "I will not answer that from memory: I will check and come back to you today.",
        "review": "Our priority is to put this right for the people affected; our review of what happened is under way.",
        "review_done": ("Our priority has been to put this right for the people affected; we are drawing the lessons "
                        "of what happened."),
        "by_when": ", {when}",
        "resolved": "Our update of {when} said it was resolved.",
        "next": "Next public update promised {when}.",
        "affected": "Affected: {items}.",
        "lots": "The products and lots recalled, as the statement's table gives them:",
    },
    "fr": {
        "title": "Questions-réponses presse : {title}",
        "intro": ("Pour le porte-parole et le service de presse. Chaque réponse cite la déclaration : ne dites rien "
                  "qu'elle ne dise pas, et ne supposez jamais. Une question marquée {unanswered} n'a pas de réponse "
                  "dans la déclaration : utilisez la phrase proposée, ou ajoutez d'abord la réponse à la déclaration."),
        "count": "Questions sans réponse dans la déclaration : {count} sur {total}.",
        "unanswered": "SANS RÉPONSE",
        "source": "Source :",
        "say": "Dites plutôt :",
        "began": "Le problème a commencé {when} (`began` dans la déclaration).",
        "first_word": "Notre première déclaration publique a été publiée {when}.",
        "not_yet": "Nous ne le savons pas encore. Nous le dirons dès que nous le saurons, au plus tard à notre "
                   "prochain point{when}.",
        "never_guess": "Nous ne ferons pas de supposition. Nous dirons ce que nous trouvons à notre prochain point{when}.",
        "check": "Je n'ai pas cette réponse sous la main : je vérifie et je reviens vers vous dans la journée.",
        "memory": "Je ne veux pas vous répondre de mémoire : je vérifie et je reviens vers vous dans la journée.",
        "review": "Notre priorité est de réparer pour les personnes concernées ; l'analyse de ce qui s'est passé est "
                  "en cours.",
        "review_done": ("Notre priorité a été de réparer pour les personnes concernées ; nous tirons les leçons de ce "
                        "qui s'est passé."),
        "by_when": ", {when}",
        "resolved": "Notre point {when} a annoncé que la situation était rétablie.",  # when: « du 21 novembre à 19 h »
        "next": "Prochain point public promis {when}.",
        "affected": "Touché : {items}.",
        "lots": "Les produits et lots rappelés, tels que les donne le tableau de la déclaration :",
    },
}

# Numbers of people or things affected: a figure near the noun it counts.
_COUNTED = {
    "en": r"(?:customers?|clients?|merchants?|people|persons?|passengers?|owners?|members?|users?|accounts?|patients?|"
          r"residents?|households?|homes?|employees?|staff|workers?|buyers?|subscribers?|shops?|stores?|orders?|"
          r"units?|batter(?:y|ies)|products?|farmers?|producers?|families|thermostats?|devices?|records?|payments?|"
          r"payment attempts|charges?|transactions?|parcels?|deliveries|pieces?|portions?)",
    "fr": r"(?:clients?|clientes?|commerçants?|personnes?|passagers?|propriétaires?|adhérents?|utilisateurs?|comptes?|"
          r"patients?|habitants?|riverains?|foyers?|salariés?|employés?|acheteurs?|abonnés?|magasins?|commandes?|"
          r"unités|pièces|portions|produits?|producteurs?|familles?|usagers?|membres?|thermostats?|appareils?|"
          r"paiements?|transactions?|colis|livraisons?|prélèvements?)",
}
_NUMBER = r"\d[\d\u00a0\u202f ,.]*"


def count_pattern(lang: str) -> str:
    noun = _COUNTED.get(lang, _COUNTED["en"])
    return (rf"{_NUMBER}\s+(?:[\w'’-]+\s+){{0,3}}{noun}\b|\b{noun}\s+(?:[\w'’-]+\s+){{0,3}}(?:is|are|was|were|est|sont|"
            rf"de|of|:)\s+(?:about |environ |around )?{_NUMBER}")


# Words per question, English and French (a pattern is searched case-insensitively).
W = {
    "when": (r"\b(?:since|between|from \d|on \w+day|at \d|\d{1,2}:\d{2}|january|february|march|april|may|june|july|"
             r"august|september|october|november|december)\b",
             r"\b(?:depuis|entre le|du \d|le \w+di|à \d|\d{1,2} h|janvier|février|mars|avril|mai|juin|juillet|août|"
             r"septembre|octobre|novembre|décembre)\b"),
    "known": (r"\b(?:detected|discovered|noticed|alerted|became aware|told us|reported to us|first reports?|found that)\b",
              r"\b(?:détecté|découvert|constaté|alerté|nous a signalé|nous ont signalé|signalé ce|premiers signalements|"
              r"s'est révélée?|s’est révélée?|a révélé|nous (?:a|ont) été signalés?|premiers? signalements?)"),
    "before": (r"\b(?:first time|never before|happened before|previous(?:ly)?|last year|in the past)\b",
               r"\b(?:première fois|jamais (?:auparavant|arrivé)|déjà (?:arrivé|produit)|l'an dernier|par le passé)\b"),
    "cause_strong": (r"\b(?:the cause|caused by|root cause|the reason|confirmed the cause|was caused)\b|^cause$",
                     r"\b(?:la cause|causée? par|l'origine|l’origine|est partie? d|cause (?:racine|profonde))|^cause$"),
    "cause": (r"\b(?:because|due to|came from|comes from|was triggered|by mistake|in error|by error|the error was|"
              r"following a|stolen through|retried|was wrong|were weaker|fault in|short-circuit|"
              r"investigation found|found that)\b",
              r"\b(?:la cause|causée? par|provoquée? par|en raison|due? à|dû à|vient d|provient|l'origine|l’origine|"
              r"par erreur|est partie? d|court-circuit|n'a pas été chargée|n’a pas été chargée|s'explique|"
              r"volés? (?:au moyen|par|via)|a établi que|établit que|a révélé que|défaut dans|défaillance d)"),
    "prevention": (r"\b(?:so that|to prevent|from now on|will now|now (?:needs?|requires?|blocks?|compared|tested)|"
                   r"no longer|we are changing|we have changed|in future|going forward|automatic check|"
                   r"second check|we will add|we have added|added an? |every month|is enforced|been enforced|"
                   r"we will (?:test|check|run|review|inspect))\b",
                   r"\b(?:afin que|pour éviter|à l'avenir|à l’avenir|dorénavant|nous renforçons|ce que nous changeons|"
                   r"nous changeons|(?:est|sont) (?:désormais )?obligatoires?|"
                   r"nous avons renforcé|nous modifions|contrôle supplémentaire|ne sera plus|à partir de la|"
                   r"sera contrôlée?|seront contrôlé|contrôlera|contrôlerons|validée? par|deux personnes|"
                   r"chaque mois)|\bdésormais (?:\w+ ){0,2}(?:compar|contrôl|test|vérifi|exig|bloqu|obligatoire|confirm)"),
    "ownership": (r"\b(?:our (?:own )?(?:mistake|fault|error|failure|responsibility)|(?:we are|we're) responsible|"
                  r"we (?:made|got it) (?:a )?(?:mistake|wrong)|we let \w+(?: \w+)? down|we failed|"
                  r"the (?:mistake|error|fault) (?:was|is) ours|we take (?:full )?responsibility|we own|"
                  r"from our own|we should have|did not protect|should have caught)",
                  r"\b(?:notre (?:faute|erreur|responsabilité)|nous sommes responsables|relève de notre "
                  r"responsabilité|de notre fait|nous (?:l')?assumons|nous avons (?:failli|commis une erreur)|"
                  r"nous incombe|nous revient|n'avons pas été à la hauteur|aurions dû|d'une de nos|de l'une de nos|"
                  r"laissés? tomber|fait défaut|auraient dû)"),
    "money": (r"\b(?:refund|reimburs|compensat|credit(?:ed)?|waive|waiver|voucher|free of charge|at no cost|goodwill|"
              r"bank charges|paid back|transferred)\b",
              r"\b(?:rembours|indemnis|dédommag|geste commercial|bon d'achat|(?:un|en|d')\s?avoir\b|crédité|gratuit|sans frais|"
              r"frais bancaires|complément|viré)"),
    "restored": (r"\b(?:working normally|worked normally|work normally|back to normal|restored|fully available|"
                 r"authori[sz]ed normally|can now)\b",
                 r"\b(?:fonctionnent normalement|fonctionne normalement|revenu à la normale|revenues à la normale|"
                 r"rétabli|de nouveau disponible|peuvent de nouveau)\b"),
    "contacted": (r"\b(?:we (?:will )?(?:have )?(?:e-?mailed|written|write|contact|told|inform)\w*|(?:has|have) been "
                  r"(?:contacted|e-?mailed|informed|told)|were (?:e-?mailed|contacted|informed)|if we told you|"
                  r"every affected)\b",
                  r"\b(?:nous (?:vous )?(?:avons |allons )?(?:écrit|contacté|informé|écrirons|contacterons)|"
                  r"(?:a|ont) été (?:contacté|informé|prévenu)|chaque \w+ concerné|si nous vous avons)"),
    "who": (r"\b(?:unauthori[sz]ed|attacker|hacker|criminal|third part\w*|stolen login|accessed by)\b",
            r"\b(?:non autoris|attaquant|pirate|criminel|tiers|identifiants? volés?)"),
    "encrypted": (r"\b(?:encrypt|hash)", r"\b(?:chiffr|crypt|hach)"),
    "password": (r"\bpasswords?\b", r"\bmots? de passe\b"),
    "phishing": (r"\b(?:phishing|scam|fraud|be wary|suspicious|never ask)\b",
                 r"\b(?:hameçonnage|arnaque|fraude|méfiez|suspect|jamais .{0,20}demand)"),
    "where": (r"\b(?:region|countr|terminals?|online|in shops|in stores|app\b|website|network|belgium|france|"
              r"netherlands|germany|luxembourg)\w*", r"\b(?:région|pays|terminaux?|en ligne|en magasin|application|"
              r"site|réseau|belgique|france|pays-bas|allemagne|luxembourg|loire)\w*"),
    "codes": (r"\b(?=[A-Z0-9-]*\d)(?=[A-Z0-9-]*[A-Z])[A-Z0-9]+-?[A-Z0-9-]{3,}\b|\b(?:lots?|batch|serial|use[- ]by|"
              r"best[- ]before)\b", r"\b(?=[A-Z0-9-]*\d)(?=[A-Z0-9-]*[A-Z])[A-Z0-9]+-?[A-Z0-9-]{3,}\b|\b(?:lots?|"
              r"numéros? de série|à consommer jusqu|dlc)\b"),
    "health": (r"\b(?:symptom|fever|ill\b|sick|doctor|hospital|injur|hurt|overheat|fire|burn|emergency|112|pregnan|"
               r"elderly|risk)", r"\b(?:symptôme|fièvre|malade|médecin|hôpital|bless|surchauffe|incendie|brûl|urgence|"
               r"112|enceinte|âgées|immunodéprim|risque|listériose)"),
    "return": (r"\b(?:return|bring|take (?:it|them) back|replace|replacement|collect|refund|courier|register)\w*",
               r"\b(?:rapport|ramen|retour|remplac|collect|rembours|enregistr)\w*"),
    "sold": (r"\b(?:sold|bought|put on sale|on sale|shipped|already (?:bought|purchased))\b",
             r"\b(?:vendu|achetée?s?|mises? en vente|écoulé|expédié)"),
    "hurt": (r"\b(?:injur|hurt|hospital|wounded|casualt|died|dead|killed|no one was|nobody was|unharmed|safe and sound|"
             r"evacuat|inhal)", r"\b(?:bless|hospitalis|décès|décéd|victime|personne n'a été|aucun blessé|indemne|"
             r"évacu|sains et saufs|inhal|va bien)"),
    "safe": (r"\b(?:safe|secured|no risk|no danger|reopen|air quality|toxic)\w*",
             r"\b(?:sécuris|sans danger|aucun risque|rouvert|qualité de l'air|toxique|pas de danger)\w*"),
    "emergency": (r"\b(?:fire (?:brigade|service|department|fighters?)|firefighters|emergency services|police|"
                  r"inspectorate|investigators|authorit\w+)\b",
                  r"\b(?:pompiers|sdis|secours|gendarmerie|police|préfecture|inspection du travail|enquêteurs|"
                  r"autorités?)\b"),
    "environment": (r"\b(?:environment\w*|pollution|toxic|air quality|air measurements?|water|river|soil|emissions?|"
                    r"residents? can|windows)\b",
                    r"\b(?:environnement\w*|pollution|toxique|qualité de l'air|qualité de l’air|rivière|cours d'eau|sols?|"
                    r"rejets?|fenêtres)\b"),
}


def words_for(key: str, lang: str) -> str:
    english, french = W[key]
    return french if lang == "fr" else english
