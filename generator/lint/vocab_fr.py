"""Stage 2, checks: the French phrase tables of the crisis-communication rules.

Same shape as `vocab_en`: regular expressions (case ignored, apostrophes unified to '),
written for a kind of wording, never for one sentence. French negation (`ne … pas`,
`n'… jamais`) is handled by `sentences.negated`; phrases that carry their own negation say
`negatable=False`."""

from __future__ import annotations

from generator.lint.registry import Phrase as P

DET = (r"(?:(?:notre|nos|le|la|les|l'|un|une|leur|leurs|ce|cet|cette|ces|du|des|au|aux|de\s+notre|de\s+nos|"
       r"d'un|d'une|de\s+la|de\s+l'|à\s+notre|à\s+un|à\s+une|à\s+la|à\s+l')\s*)")
PARTY = (r"(?:tiers|(?:\w+\s+)?(?:prestataire|fournisseur|sous-traitant|partenaire|hébergeur|transporteur|livreur|"
         r"imprimeur|opérateur|banque|éditeur|agence|fabricant|distributeur|gestionnaire|autorité|gouvernement|"
         r"administration|syndicat|salarié|employé|stagiaire|technicien|client|utilisateur|usager|passager|"
         r"société\s+\w+)s?)")
FAULT = r"(?:erreur|faute|défaillance|négligence|manquement|incompétence|oubli|bévue|imprudence)s?"
HEDGE = (r"(?:probablement|vraisemblablement|sans\s+doute|peut-être|possiblement|apparemment|a\s+priori|"
         r"semble-t-il|selon\s+toute\s+vraisemblance|plus\s+probable|plus\s+vraisemblable|vraisemblable|probable)")
CULPRIT = (r"(?:dûe?s?|due?s?|dus|causée?s?|cause|provoquée?s?|déclenchée?s?|liée?s?\s+à|l'œuvre|l'oeuvre|origine|"
           r"attaque|cyberattaque|pirat\w*|sabotage|malveillan\w*|volontairement|délibérément|intentionnellement|"
           r"derrière|provien\w*|vien(?:t|drait|draient)|résultat|défaillance|divulgu\w*|revendu\w*|volée?s?|"
           r"accédé)")
AFFECTED = r"(?:clients|utilisateurs|usagers|abonnés|voyageurs|passagers|commerçants|patients|comptes|membres)"

SENTENCE_PHRASES: dict[str, list[P]] = {
    "overpromise": [
        P(r"\bne\s+se\s+(?:re)?produi\w*\s+(?:plus|jamais|pas)\b|\bne\s+(?:peut|pourra|va|risque)\s+plus\s+(?:jamais\s+)?"
          r"(?:arriver|se\s+(?:re)?produire)"),
        P(r"\bplus\s+jamais\b|\bjamais\s+plus\b", negatable=False),
        P(r"\b(?:nous|je)\s+(?:vous\s+)?(?:\w+\s+){0,3}?(?P<k>garantiss\w*|garanti[rt]\b|promett\w*\s+qu(?:e|'))"),
        P(r"\b(?:est|sont|soit|soient|sera|seront|être)\s+(?:\w+\s+)?(?P<k>garantie?s?)\b"),
        P(r"\b(?:sécurisée?s?|protégée?s?|sûre?s?|fiables?|garantie?s?)\s+à\s+100\s?%|\b100\s?%\s+(?:sûr|sécurisé|fiable|"
          r"garanti|protégé)e?s?\b"),
        P(r"\b(?:totalement|complètement|absolument|parfaitement|entièrement)\s+(?P<k>(?:sûr|sécurisé|protégé|inviolable|"
          r"infaillible|fiable)e?s?\b|à\s+l'abri|sans\s+risque)"),
        P(r"\b(?:inviolables?|infaillibles?|à\s+toute\s+épreuve|sans\s+aucun\s+risque|risque\s+zéro|zéro\s+risque)\b"),
        P(r"\bune\s+fois\s+pour\s+toutes\b|\bdéfinitivement\s+(?:réglée?s?|résolue?s?|corrigée?s?|éliminée?s?|écartée?s?)|"
          r"\bpour\s+toujours\b|\ble\s+restera\s+toujours\b"),
    ],
    "blame": [
        P(rf"\b(?:causée?s?|provoquée?s?|déclenchée?s?)\s+par\s+(?:une?\s+|la\s+|le\s+|l')?(?:\w+\s+)?{FAULT}\s+"
          rf"(?:de|d'|du|des|chez)\s*{DET}?(?:\w+\s+)?{PARTY}"),
        P(rf"\b(?:à\s+cause\s+d(?:e|')|en\s+raison\s+d(?:e|')|suite\s+à|du\s+fait\s+d(?:e|')|imputables?\s+à|dûe?s?\s+à|"
          rf"dus\s+à|la\s+faute\s+d(?:e|'))\s*(?:une?\s+|la\s+|le\s+|l')?(?:\w+\s+)?{FAULT}\s+(?:de|d'|du|des|chez)\s*"
          rf"{DET}?(?:\w+\s+)?{PARTY}"),
        P(rf"\b(?:à\s+cause|en\s+raison|du\s+fait|la\s+faute)\s+d(?:e\s+|')(?:notre|nos|la|le|l'|un|une|ce|cette|ces|"
          rf"leur|leurs)?\s*(?:\w+\s+)?{PARTY}"),
        P(rf"\b(?:imputables?|dûe?s?|dus)\s+(?:à|au|aux)\s*{DET}?(?:\w+\s+)?{PARTY}"),
        P(rf"\b(?:causée?s?|provoquée?s?)\s+par\s+{DET}?(?:\w+\s+)?{PARTY}"),
        P(rf"(?:\b{DET}?(?:\w+\s+)?{PARTY}|(?-i:\b[A-Z][\w&.-]+(?:\s+[A-Z][\w&.-]+)*))(?:\s+qui\s+[^,.;]{{1,60}}?)?\s+"
          r"(?:n')?(?P<k>est|sont|était|étaient|serait)\s+(?:\w+\s+)?(?:seule?s?\s+)?(?:responsables?|fautifs?|fautives?|"
          r"en\s+cause|à\s+blâmer)\b"),
        P(r"\b(?:la\s+)?(?:faute|responsabilité)\s+(?:de\s+[^,.;]{1,40}?\s+)?(?P<k>incombe|revient|repose)\s+"
          r"(?:entièrement\s+|uniquement\s+|exclusivement\s+)?(?:à|aux|au|sur)\s+(?!nous\b)"),
        P(r"\bce\s+n'est\s+pas\s+(?:de\s+)?(?:notre|ma)\s+faute|\bnous\s+ne\s+sommes\s+(?:en\s+rien\s+|pas\s+)"
          r"(?:responsables|fautifs|en\s+cause)", negatable=False),
        P(rf"\b{PARTY}\s+(?:qui\s+)?(?:n'a|n'ont|n'avait|n'avaient)\s+pas\s+(?:respecté|suivi|appliqué|mis\s+à\s+jour|"
          r"vérifié|contrôlé|installé)", negatable=False),
        P(rf"\b{PARTY}\s+(?:qui\s+)?(?:a|ont|avait|avaient)\s+(?:ignoré|enfreint|négligé|contourné)\s+(?:la|les|nos|notre|"
          r"une|leurs?)\s+(?:\w+\s+)?(?:règles?|procédures?|consignes?|normes?|instructions?|protocoles?)"),
    ],
    "defensive": [
        P(r"\bnous\s+n'avons\s+(?:commis\s+)?aucune?\s+(?:faute|erreur|manquement)|\bnous\s+n'avons\s+rien\s+fait\s+de\s+mal|"
          r"\bnous\s+n'avons\s+rien\s+à\s+(?:cacher|nous\s+reprocher)", negatable=False),
        P(r"\bnous\s+avons\s+(?:\w+\s+)?(?:respecté|suivi|appliqué)\s+(?:toutes\s+les|l'ensemble\s+des|chacune\s+des|"
          r"scrupuleusement\s+les|à\s+la\s+lettre\s+les)\s+(?:\w+\s+)?(?:procédures|règles|normes|protocoles|consignes|"
          r"obligations|réglementations?)"),
        P(r"\b(?:ces|les|ses|leurs|de\s+telles)\s+(?:\w+\s+)?(?:accusations|allégations|affirmations|rumeurs|informations|"
          r"critiques)\s+(?:\w+\s+){0,5}?(?:sont|étaient|est)\s+(?:\w+ment\s+)?(?:fausses|infondées|sans\s+fondement|"
          r"erronées|inexactes|fantaisistes)"),
        P(r"\bcontrairement\s+(?:à\s+ce\s+qu(?:i|e|')|aux\s+(?:\w+\s+)?(?:rumeurs|affirmations|allégations|informations|"
          r"propos|articles))"),
        P(r"\bnous\s+(?:\w+\s+)?(?P<k>démentons|contestons|réfutons|rejetons|nions)\s+(?:\w+ment\s+)?(?:toute?s?|les|ces|"
          r"cette|ce|l'|la|le|en\s+bloc)"),
        P(r"\bindépendante?s?\s+de\s+notre\s+volonté|\bhors\s+de\s+notre\s+contrôle|\béchapp\w*\s+à\s+notre\s+contrôle"),
        P(r"\bcomme\s+nous\s+l'avons\s+(?:toujours|déjà|souvent|maintes\s+fois)\s+(?:dit|affirmé|répété|expliqué|souligné)"),
        P(r"\bpersonne\s+ne\s+(?:pouvait|pourrait|aurait\s+pu)\s+(?:prévoir|anticiper|imaginer|éviter)|\bimprévisibles?\b",
          negatable=False),
        P(r"\ben\s+(?:totale|parfaite|pleine|stricte|complète)\s+conformité\b"),
        P(r"\b(?:sortie?s?|sortir)\s+(?:\w+\s+){0,3}?de\s+(?:son|leur)\s+contexte|"
          r"\bhors\s+contexte\b|\bdéformé\w*\s+nos\s+propos"),
        P(r"\bsoyons\s+(?:très\s+)?clairs?\b|\bque\s+les\s+choses\s+soient\s+claires"),
        P(r"\btout\s+fait\s+dans\s+les\s+règles|\bagi\s+(?:\w+\s+)?(?:dans\s+les\s+règles|correctement|de\s+bonne\s+foi|"
          r"de\s+manière\s+appropriée)"),
    ],
    "minimizing": [
        P(r"\b(?:seule?s?|seulement|uniquement)\s+(?:quelques|une\s+poignée|un\s+petit\s+nombre|une\s+minorité|"
          r"une\s+infime|\d)"),
        P(r"\b(?:ne|n')\s*(?:concerne|concernent|concernait|touche|touchent|touchait|affecte|affectent|représente|"
          r"s'agit|s'agissait|était|est|a\s+été|fut)\s+(?:\w+\s+)?qu(?:e|')\s*(?:d(?:e|')\s*)?(?:quelques|une?\s+"
          r"(?:petit|petite|simple|légère|léger|infime|poignée|minorité|partie)|\d|simple|petit|léger|de\s+légers)",
          negatable=False),
        P(r"\b(?:petite?s?|léger|légère|légers|légères|simple|mineure?s?|minimes?|infimes?)\s+(?:bug|bogue|souci|désagrément|"
          r"incident|contretemps|couac|dysfonctionnement|ralentissement|retard|perturbation|problème|erreur|panne|gêne|"
          r"accroc)s?\b"),
        P(r"\b(?:bug|souci|désagrément|incident|problème|dysfonctionnement|retard|panne|gêne)s?\s+(?:mineur|minime|bénin|"
          r"sans\s+gravité|anodin)e?s?\b"),
        P(r"\b(?:incident|cas|événement|problème)\s+isolé\b"),
        P(r"\b(?:aucune|pas\s+de|nulle)\s+(?:raison|besoin|lieu)\s+de\s+(?:s'|vous\s+)?(?:inquiéter|alarmer|paniquer)|"
          r"\bpas\s+de\s+quoi\s+(?:s'|vous\s+)?(?:inquiéter|alarmer|paniquer|affoler)|\brien\s+de\s+(?:grave|sérieux|"
          r"alarmant|inquiétant)|\bpas\s+(?:bien\s+|très\s+|si\s+|trop\s+)?grave\b", negatable=False),
        P(r"\b(?:impact|effet|conséquences?|perturbation|risque|dommages?)\s+(?:\w+\s+){0,4}?(?:est|était|a\s+été|ont\s+été|"
          r"sont|reste|restent|demeure)\s+(?:\w+ment\s+)?(?:minimes?|négligeables?|limitée?s?(?!\s+à)|insignifiante?s?|"
          r"marginale?s?|infimes?)\b"),
        P(r"\b(?:impact|effet|risque|conséquences?)\s+(?:minimes?|négligeables?|limitée?s?|marginale?s?|infimes?)\b"),
        P(r"\bnombre\s+(?:très\s+)?(?:limité|restreint|infime|réduit)\s+d(?:e|')|\b(?:infime\s+partie|petite\s+minorité|"
          r"poignée)\s+d(?:e|')"),
        P(rf"\b(?:certains|quelques)\s+(?:\w+\s+)?{AFFECTED}\s+(?:ont\s+pu|auraient\s+pu|pourraient\s+avoir)\s+(?:constater|"
          r"remarquer|rencontrer|subir|observer|noter)"),
        P(r"\bexagérée?s?\b|\bsurestimée?s?\b|\btempête\s+dans\s+un\s+verre\s+d'eau\b|\banecdotiques?\b"),
    ],
    "emotional": [
        P(r"\bnous\s+(?:sommes|étions|nous\s+sentons)\s+(?:\w+ment\s+|très\s+|si\s+|vraiment\s+)?(?:furieu(?:x|ses?)|"
          r"outrée?s|indignée?s|scandalisée?s|révoltée?s|excédée?s|écœurée?s|écoeurée?s|las|lasses|exaspérée?s|"
          r"en\s+colère|dégoûtée?s)\b"),
        P(r"\b(?:ridicules?|absurdes?|pathétiques?|grotesques?|honteu(?:x|se|ses)|scandaleu(?:x|se|ses)|lamentables?|"
          r"odieu(?:x|se|ses)|mensong(?:e|es|ère|ères)|menteurs?|calomni\w*|trolls?|haineu(?:x|se|ses)|une\s+honte|"
          r"n'importe\s+quoi|délirante?s?|minables?)\b"),
        P(r"!\s*!|\?\s*!|!\s*\?", negatable=False),
        P(r"\bcomment\s+(?:peut-on|osent-ils|osez-vous|ose-t-on)|\btrop\s+c'est\s+trop|\bnous\s+en\s+avons\s+(?:assez|"
          r"marre|ras\s+le\s+bol)|\bras-le-bol|\bça\s+suffit\b", negatable=False),
    ],
    "speculation": [
        P(rf"\b{HEDGE}\b[^.;:]{{0,60}}?\b{CULPRIT}|\b{CULPRIT}\b[^.;:]{{0,30}}?\b{HEDGE}\b"),
        # Reported conditional ("serait dû à", "auraient été revendues"); "aurait dû être renouvelé"
        # (should have been) is ownership, hence `été` before the participle after "aurait".
        P(r"\b(?:serait|seraient|aurait\s+(?:\w+\s+){0,2}?été|auraient\s+(?:\w+\s+){0,2}?été)\s+(?:\w+\s+){0,2}?"
          r"(?:dûe?s?|due?s?|dus|causée?s?|provoquée?s?|liée?s?|l'œuvre|l'oeuvre|déclenchée?s?|revendue?s?|volée?s?|"
          r"piratée?s?|divulguée?s?|d'origine)\b|"
          r"\b(?:viendrait|viendraient|proviendrait|proviendraient|résulterait|s'expliquerait)\b"),
        P(r"\b(?:pourrait|pourraient|a\s+pu|aurait\s+pu|ont\s+pu)\s+(?:avoir\s+)?(?:être\s+|été\s+)?(?:\w+\s+)?(?:dûe?s?|due?s?|"
          r"dus|causée?s?|provoquée?s?|liée?s?|l'œuvre|le\s+résultat|déclenchée?s?|l'origine|d'origine)\b"),
        P(rf"\bnous\s+(?:\w+\s+)?(?P<k>pensons|croyons|soupçonnons|supposons|présumons|imaginons)\s+(?:qu(?:e|')\s*)?"
          rf"[^.;]{{0,60}}?\b{CULPRIT}"),
        P(rf"\bil\s+(?:est|serait)\s+(?:possible|probable|vraisemblable|envisageable|plausible)\s+qu(?:e|')|"
          rf"\bil\s+(?:semble|semblerait|apparaît|paraît)\s+qu(?:e|')[^.;]{{0,60}}?\b{CULPRIT}|"
          rf"\bsembl\w*\s+(?:être|avoir)\s+[^.;]{{0,40}}?\b{CULPRIT}"),
        P(r"\bselon\s+(?:certaines\s+|des\s+)?rumeurs|\bles\s+rumeurs\s+(?:disent|évoquent|parlent)|"
          r"\blaisse(?:nt)?\s+(?:penser|supposer|croire)\b|\bhypothèses?\b"),
    ],
    "non-apology": [
        P(r"\b(?:erreurs|fautes|maladresses)\s+(?:ont\s+(?:pu\s+)?été|auraient\s+été|ont\s+pu\s+être)\s+commises",
          negatable=False),
        P(r"\b(?:désolée?s?|excuses?|excusons|pardon)\s+(?:\w+\s+){0,2}?si\b"),
        P(r"\bsi\s+(?:certains|certaines|quelqu'un|des|vous|nos)\s+(?:\w+\s+)?(?:ont\s+été|a\s+été|se\s+sont\s+sentie?s|"
          r"avez\s+été|ont\s+pu\s+être)\s+(?:\w+\s+)?(?:gênée?s|choquée?s|offensée?s|blessée?s|heurtée?s|déçue?s|froissée?s|"
          r"incommodée?s)"),
        P(r"\b(?:excus|désolé|regrett|pardon)[^.]*?\b(?:aurait|auraient|a|ont)\s+pu\s+(?:être\s+)?(?:occasionnée?s?|causée?s?|"
          r"créée?s?|provoquée?s?|créer|causer|occasionner|heurtée?s?|blessée?s?|choquée?s?|gênée?s?)"),
        P(r"\b(?:regrett\w*|excus\w*|désolée?s?)\s+(?:\w+\s+){0,3}?(?:pour\s+)?(?:tout|toute|tous|toutes|les\s+éventuel\w*|"
          r"d'éventuel\w*)\s+(?:\w+\s+)?(?:désagrément|gêne|inconvénient|confusion|malentendu|trouble)s?"),
        P(r"\bil\s+est\s+(?:\w+\s+)?(?:regrettable|dommage|malheureux)\s+qu(?:e|')"),
        P(r"\b(?:désolée?s?|regrett\w*)\s+que\s+(?:vous|certains|certaines|des|nos|quelques)\s+(?:\w+\s+)?(?:(?:le\s+|la\s+|"
          r"l')?(?:perceviez|percevez|sentiez|sentent|ressentiez|ressentent|pensiez|pensent|trouviez|trouvent|estimiez|"
          r"estiment|se\s+sentent|vous\s+sentiez))"),
        P(r"\b(?:ce\s+genre\s+de|ces)\s+choses\s+(?:arrivent|arrive|peuvent\s+arriver)\b|\bce\s+sont\s+des\s+choses\s+qui\s+"
          r"arrivent\b|\bça\s+arrive\b", negatable=False),
        P(r"\b(?:excuses|désolée?s?|pardon)\s+(?:\w+\s+){0,2}?(?:à\s+)?(?:ceux|celles|tous\s+ceux|toutes\s+celles|quiconque)\s+"
          r"qui\s+(?:\w+\s+){0,2}?(?:auraient|estiment|pensent|se\s+sont\s+sentis|ont\s+pu|se\s+sentent|trouvent|jugent)"),
    ],
}

# Slot words of a French template. "Restent à préciser" is a sentence, not a slot.
PLACEHOLDER_WORDS: list[P] = [
    P(r"(?<!\breste\s)(?<!\brestent\s)(?<!\bencore\s)(?<!\bdemeure\s)\bà\s+(?:compléter|préciser|définir|renseigner|remplir)\b",
      negatable=False),
    P(r"\[\s*(?:insérer|ajouter|indiquer|compléter)\b[^\]\n]{0,40}\]", negatable=False),
]

EMPATHY = [
    r"\bdésolée?s?\b", r"\bexcuses?\b", r"\bexcusons\b", r"\bpardon\b", r"\bregrett(?:ons|e)\b",
    r"\bnous\s+comprenons\s+(?:votre|vos|l'|la|le|que|combien|à\s+quel\s+point)",
    r"\bnous\s+savons\s+combien\b", r"\bnos\s+pensées\s+(?:vont|sont)\b",
]
ACKNOWLEDGEMENT = [
    r"\bnous\s+(?:savons|avons\s+(?:identifié|constaté|détecté|confirmé|trouvé)|confirmons|reconnaissons)\b",
    r"\b(?:notre|mon)\s+(?:erreur|faute)\b", r"\bla\s+faute\s+est\s+la\s+nôtre\b",
    r"\bnous\s+avons\s+(?:failli|échoué|déçu|commis\s+une\s+erreur)\b",
]
PROBLEM_WORDS = [
    r"\béchou\w*", r"\béchecs?\b", r"\bpannes?\b", r"\bindisponibles?\b", r"\binterrompue?s?\b", r"\bperturb\w*",
    r"\bexposée?s?\b", r"\bfuites?\b", r"\bretards?\b", r"\bdéfaillances?\b", r"\bincidents?\b", r"\berreurs?\b",
    r"\bdysfonctionnements?\b", r"\bannulée?s?\b", r"\bcontamin\w*", r"\bpiratage\b", r"\bcompromise?s?\b",
    r"\brappel\b", r"\binaccessibles?\b", r"\bbloquée?s?\b", r"\bdébitée?s?\s+deux\s+fois\b", r"\bincendie\b",
    r"\binond\w*", r"\bne\s+(?:fonctionne|marche)\s+(?:plus|pas)\b", r"\bproblèmes?\b",
]
HEDGES = [
    r"\bpourrai(?:t|ent)\b", r"\bserai(?:t|ent)\b", r"\baurai(?:t|ent)\b", r"\béventuel\w*", r"\bpossible\w*",
    r"\bpotentiel\w*", r"\bprésumée?s?\b", r"\bsupposée?s?\b", r"\bsignalements?\b", r"\bsembl\w*",
]
