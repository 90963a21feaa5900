"""Renderer stage, shared by the copies and the crisis documents: what each sentence of a
statement does. In: statement Markdown and its language. Out: its sentences in order, each
with the roles it plays (the news, advice to people, an apology, ownership, an action under
way, a figure, compensation, a cause, the regulator...), so a first post can carry the news,
the advice and the apology, and a Q&A answer can quote the sentence that answers.

Roles are found by words, not guessed: a role nobody wrote is absent, and the documents say
so rather than invent it."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from generator.core.markup import plain_items
from generator.core.text import GERMAN_MONTH, GERMAN_ORDINAL_DAY

# People cut by glass or a blade ("two people have been cut", "a customer cut her hand", « deux
# personnes se sont coupées »): harm; never a power cut, "cut off" or "cut short".
CUT_EN = (r"(?:people|persons?|customers?|children|child|man|woman|men|women|employees?|workers?|passengers?|riders?|"
          r"pupils?|guests?|someone|shoppers?|staff) (?:have |has |had )?(?:been |was |were |got )?(?:badly |slightly |"
          r"seriously |deeply )?cut\b(?! (?:off|back|short|out|down|power))|\bcut (?:her|his|their|its|a|one|two) (?:own )?"
          r"(?:hands?|fingers?|foot|feet|arms?|legs?|heads?|faces?|lips?)\b")
CUT_FR = (r"se sont (?:légèrement |gravement |grièvement )?coupée?s|s['’]est (?:légèrement |gravement |grièvement )?coupée?|"
          r"(?:a|ont) été (?:légèrement |grièvement |gravement )?coupée?s?\b(?! (?:du|de la|des|au|à la))")


# Role → word patterns per language (case ignored). A sentence may play several roles. A language
# without a pattern for a role reads with the English one (German has the roles the copies need).
ROLE_WORDS: dict[str, dict[str, str]] = {
    "apology": {
        # ("Our chief executive apologised in person…", as « a présenté ses excuses »)
        "en": r"\b(?:sorry|apologi[sz](?:e|ed|es)|apolog(?:y|ies)|we regret)\b",
        "fr": r"\b(?:désolée?s?|excuses?|excusons|excuser|pardon|regrettons|navrée?s?)\b",
        "de": r"\b(?:entschuldig\w*|tut (?:uns|mir) (?:sehr |aufrichtig )?leid|bedauern)",
    },
    "ownership": {
        "en": r"\b(?:our (?:own )?(?:mistake|fault|error|failure|responsibility)|(?:we are|we're) responsible|on us\b|"
              r"we (?:made|got it) (?:a )?(?:mistake|wrong)|we let \w+(?: \w+)? down|we failed|"
              r"we did not (?:\w+ )?(?:test|check|secure|protect) (?:it|them|this|that)\b|"
              r"the (?:mistake|error|fault) (?:was|is) ours|we take (?:full )?responsibility|we own (?:this|it|that)|"
              r"(?:I|we) should (?:never )?have|I take (?:full )?responsibility|(?:is|was) ours to|"
              r"(?:it was|it is|it's) our (?:job|duty) to|"
              # "That process was ours and it failed", "the gap was ours": a thing of ours that failed
              r"(?:was|is|were|are) ours(?: and (?:it|they) failed)?\b|that (?:gap|failure|process) (?:was|is) ours|"
              r"we were wrong|we got (?:this|it) wrong|"
              # "instead of apologising, we insulted her": the fault told with "we" as who did it
              r"we (?:insulted|mistreated|humiliated|mocked|treated (?:her|him|them|you) badly)|"
              # "The delay was our doing", "that is on us"
              r"(?:was|is) (?:all )?our (?:own )?doing|"
              # "Our maintenance checks should have found that crack", "something our checks should
              # have caught", "a setting we changed in October stopped it": the fault is ours
              r"our (?:own )?[\w-]+(?: [\w-]+)? should have (?:found|caught|seen|spotted|detected|stopped|prevented|"
              r"required|checked)|(?:something|what) our [\w ]{1,30} should have|"
              r"a (?:setting|change|configuration|decision) we (?:had )?(?:made|changed|applied|installed) [^.]{0,60}"
              r"(?:stopped|prevented|broke|caused)|we changed [^.]{0,60}without (?:testing|checking)|"
              # "The cause was a change we made", "it happened because of a change we made"
              r"(?:cause (?:was|is)|because of|caused by) (?:a|an|the) (?:[\w-]+ ){0,2}(?:change|mistake|error|decision|"
              r"setting|update|configuration) (?:that )?we (?:had )?(?:made|applied|introduced|installed|took|pushed))",
        "fr": r"\b(?:nous en portons (?:seule?s? |pleinement |entièrement )?la responsabilité|"
              r"(?:nos|notre) [\w ]{1,30} (?:auraient|aurait) dû|notre (?:faute|erreur|responsabilité)|(?:était|est) (?:la nôtre|le nôtre|les nôtres)|nous (?:en )?sommes responsables|relève de notre responsabilité|"
              # « C'était à nous de nous assurer… »: our job, as "it was our job to"
              r"c['’](?:était|est) à nous de|"
              # « protéger ces renseignements était notre travail, et nous avons échoué »
              r"(?:était|est) (?:notre (?:travail|rôle|devoir|mission)|de notre responsabilité)|nous avons échoué|"
              r"de notre fait|nous (?:l['’]|en )?assumons|nous avons (?:failli|commis une erreur)|nous incombe|"
              r"j['’]aurais dû|nous aurions dû|(?:je|nous) n['’]aurions? jamais dû|j['’]en assume|nous avons eu tort|"
              r"j['’]ai eu tort|nous l['’]avons (?:insultée?|humiliée?|maltraitée?)|nous les avons (?:insultée?s|humiliée?s)|"
              # (kit 55) « C'est nous qui avons conçu cette page… et nous ne l'avons pas testée correctement »,
              # « nous vous avons déçus », « une mise à jour qui n'avait pas été assez testée » que nous avons envoyée
              r"nous ne l['’]avons pas (?:\w+ )?(?:testée?s?|vérifiée?s?|contrôlée?s?|protégée?s?|sécurisée?s?)|"
              r"nous ne les avons pas (?:\w+ )?(?:testée?s?|vérifiée?s?|contrôlée?s?|protégée?s?|sécurisée?s?)|"
              r"nous vous avons (?:déçue?s?|laissé tomber)|nous avons (?:envoyé|déployé|installé|lancé) une [\w ]{1,30} "
              r"qui n['’](?:avait|a) pas été (?:assez |suffisamment |correctement )?(?:testée|vérifiée|contrôlée)|"
              # « En cause : une modification que nous avions apportée », « à cause d'une erreur que nous avons faite »
              r"(?:^en cause\s?:\s|à cause d['’]|causée? par )(?:une?|la|le|l['’]) ?(?:[\w-]+ ){0,2}(?:modification|changement|"
              r"erreur|décision|mise à jour|configuration|réglage) (?:que|qu['’]) ?(?:nous|on) (?:avions |avons |a )?"
              r"(?:faite?|apportée?|introduite?|installée?|prise?|déployée?))",
        "de": r"\b(?:unser (?:eigener )?(?:Fehler|Versäumnis)|unsere (?:Schuld|Verantwortung)|wir (?:sind|waren) (?:dafür )?"
              r"verantwortlich|übernehmen (?:die |die volle )?Verantwortung|(?:haben|hatten) (?:einen Fehler gemacht|versagt))",
    },
    "advice": {
        "en": r"(?:^|[.;:] |, (?=do not|don't|never|please|(?:stop|check|call|contact(?! (?:details|information|data|numbers?|forms?|persons?|cent(?:re|er)s?|lists?))|return(?=\s+(?:it|them|the|your|any|all|to|this|these|those|its|their|unused|every|each|a|an|home)\b)|bring|throw|boil|keep|avoid|"
              r"unplug|remove|consult|see a|continue|use(?![- ]by)|go|board|take|wait|try|ask|follow|hang up|delete|ignore)\b))(?:do not|don't|never|please|check|call|contact(?! (?:details|information|data|numbers?|forms?|persons?|cent(?:re|er)s?|lists?))|return(?=\s+(?:it|them|the|your|any|all|to|this|these|those|its|their|unused|every|each|a|an|home)\b)|bring|change|reset|retry|try|continue|"
              r"use|keep|stop|avoid|throw|boil|stay|visit|update|watch out|beware|be careful|be wary|be alert|be vigilant|look|read|follow|"
              r"report|tell|ask|go|make sure|wait|switch|unplug|remove|take|consult|see|hang up|ignore|delete|"
              # ("Give them water often, in small sips", "Wash your hands often")
              r"give|drink|wash|rest(?! assured)|offer|"
              # ("Monitor your statements and block your card", "Keep an eye on your account")
              r"monitor|block|freeze)\b|"
              r"\byou (?:can|should|may|need to|must|do not need|don't need|have nothing)\b|\bif (?:you|your)\b|"
              # "Families and friends can call us on 0808 157 0192": a line to call is what to do
              r"\b(?:can|may) (?:call|phone|ring|reach|contact) us\b|"
              # "We are asking residents of Chassagne to boil tap water": an instruction, addressed
              r"\b(?:we (?:are )?(?:ask|asking|urge|urging|advise|advising)|we have asked) (?:all )?(?:[\w'’-]+ ){0,3}?(?:residents|customers|"
              r"passengers|travellers|travelers|patients|parents|users|people|everyone|anyone)\b[^.]{0,80}?\bto\b",
        # An imperative opens the sentence, or the main clause after a condition (« Si le lot de votre
        # transat figure ci-dessous, cessez de l'utiliser »).
        "fr": r"(?:^|[.;:] |, (?=ne |n['’]|(?:vérifiez|appelez|contactez|rapportez|cessez|arrêtez|n['’]utilisez|"
              r"jetez|consultez|gardez|évitez|faites|signalez|écrivez|retirez|débranchez|ramenez|rendez|continuez|montez|"
              r"raccrochez|rappelez|passez|présentez|utilisez|suivez|attendez|payez|privilégiez|patientez|supprimez|ignorez|"
              r"effacez|méfiez|surveillez|bloquez)\b))"
              r"(?:ne (?:(?:les|la|le|leur|lui|y|en|vous(?: en| y)?) )?(?:\w+ |l['’]\w+ )?(?:pas|jamais|plus)|n['’](?:y |en )?\w+ (?:pas|jamais|plus)|vérifiez|appelez|contactez|rapportez|"
              r"ramenez|changez|modifiez|réessayez|utilisez|gardez|arrêtez|évitez|jetez|faites|restez|consultez|"
              r"méfiez|signalez|suivez|attendez|débranchez|retirez|prenez|rendez|conservez|renseignez|"
              r"connectez|écrivez|lisez|fermez|gardez|arrêtez|cessez|stoppez|débranchez|rentrez|restez|continuez|"
              r"raccrochez|rappelez|montez|composez|ignorez|supprimez|présentez|demandez|payez|privilégiez|patientez|"
              # (« Lavez-vous souvent les mains », « Donnez-lui de l'eau », « Buvez », « Reposez-vous »)
              r"lavez|donnez|buvez|reposez|hydratez|"
              # (« Surveillez vos relevés et faites opposition… », « Bloquez votre carte »)
              r"surveillez|bloquez)\b|"
              r"\bvous (?:pouvez|devez|n'avez|n’avez|avez)\b|\bsi (?:vous|votre|vos)\b|"
              r"\bpeuvent nous (?:joindre|appeler|contacter)\b|"
              # « Merci de vous tenir à l'écart du secteur », « Merci de ne pas partager… »: a request
              r"^(?:merci|nous vous remercions) de (?:bien vouloir )?(?:ne pas |vous |nous )?\w+|"
              # « Veuillez ne pas vous présenter à l'aéroport… », « Veuillez toujours vérifier… »: a request
              r"^veuillez (?:toujours |encore |dès maintenant |dès à présent )?(?:ne (?:pas|plus|jamais) )?\w+|"
              # « nous demandons aux habitants de Chassagne de faire bouillir l'eau »
              r"\bnous (?:demandons|recommandons|conseillons|invitons) (?:à |aux |à tous les |à toutes les )?(?:habitants|"
              r"clients|passagers|voyageurs|usagers|patients|parents|consommateurs|abonnés|riverains|résidents|"
              r"personnes|tous|chacun)\b",
        "de": r"(?:^|[.;:] )(?:bitte )?\w+en Sie\b|\bSie (?:können|sollten|müssen|brauchen)\b|\b(?:wenn|falls) Sie\b",
    },
    "never-ask": {
        # (Never "Please still do not send a transfer again": sending a payment twice is no scam.)
        "en": r"\b(?:never|will not|won't|do not|does not|don't|doesn't) (?:\w+[ ,]+){0,4}(?:ask|request|call|text|"
              r"e-?mail|contact|send|phone)\w*\b(?![^.]*\b(?:again|a second time|twice)\b).*\b(?:password|pin|code|card|"
              r"bank|details|link|login|log-in|account|security|identity|transfer|payments?)|"
              # "Be wary of messages and calls that claim to come from us": the same protection
              r"\b(?:be wary|beware|be careful|be cautious|be alert|be vigilant|watch out|be suspicious)\b[^.]*"
              r"\b(?:messages?|calls?|e-?mails?|texts?|sms|links?|anyone|anybody|someone|callers?)\b|"
              r"\b(?:do not|don't|never) (?:click|reply|respond|open)\b[^.]*\b(?:links?|messages?|e-?mails?|texts?|"
              r"attachments?)\b",
        "fr": r"(?:(?:\bjamais\b.*\b(?:demand|appel|contact|envoy|sollicit|écri)|\b(?:demand|appel|contact|envoy|"
              r"sollicit|écri)\w*\b.*\bjamais\b|\bne vous \w+ jamais\b).*\b(?:mot de passe|codes?|carte|bancaire|"
              r"identifiant|coordonnées|lien|iban|virement|compte|paiements?))|"
              r"\b(?:méfiez-vous|soyez (?:vigilante?s?|prudente?s?|attentifs?|attentives?)|restez (?:vigilante?s?|"
              r"prudente?s?))\b[^.]*\b(?:messages?|appels?|courriels?|e-?mails?|sms|liens?|toute personne|quiconque|personnes)\b|"
              r"\bne (?:cliquez|répondez|ouvrez) (?:pas|jamais)\b[^.]*\b(?:liens?|messages?|courriels?|e-?mails?|sms|"
              r"pièces? jointes?)\b",
        "de": r"\bnie(?:mals)?\b.*\b(?:frag|bitt|anruf|schreib|forder|verlang)\w*\b.*\b(?:Passw|PIN|Code|Karte|Bank|"
              r"Zugangsdaten|Konto|Überweisung)",
    },
    "action": {
        "en": r"\b(?:we(?:['’](?:re|ve|ll) | (?:are |have |will )?)(?:\w+ing|\w+ed|restor|fix|replac|contact|refund|recall|"
              r"block|secur|check|review|inspect|test|clean|rebuild|deploy|add|work)|our (?:teams?|engineers|staff)"
              r" (?:are|have|will))",
        # (« Nous confirmons qu'ils ont copié… », « nous savons » report what is known: no action)
        "fr": r"\b(?:nous (?:avons|allons|sommes en train de|(?!confirmons|savons|comprenons|regrettons|pensons|croyons)\w+ons)\b|"
              r"nos (?:équipes|techniciens|ingénieurs) )",
        # „Wir bitten um Entschuldigung“, „Wir bedauern“ apologise: no action
        "de": r"\b(?:wir (?:haben|werden|sind dabei|(?!bitten um Entschuldigung|bedauern)\w+en)\b|unser (?:\w*team|\w*teams) )",
    },
    "compensation": {
        "en": r"\b(?:refund|reimburs|repa(?:y|id)|pa(?:y|id|ying) (?:\w+ ){0,4}?back\b|(?<!clearing )(?<!clearing and )compensat|credit(?:ed|s)? |waive|voucher|free of charge|at no cost|goodwill|"
              r"will not be charged|have not been charged|(?:will not|won't|cannot) be (?:debited|charged) twice|bank charges|(?:make|submit|send) (?:us )?a claim|claims? form|"
              r"look at each (?:case|claim|request)|consider each (?:case|claim|request)|cover(?:ing|s)? (?:the |your |any |"
              r"all |their |his |her )?(?:\w+ ){0,3}(?:costs?|expenses?)|(?:taken|knocked) off (?:your|their|the|each) (?:\w+ )?"
              r"(?:invoice|bill|subscription)|(?:a|an) (?:discount|rebate|reduction) (?:of|on)|free (?:months?|days?|weeks?) of|"
              # "Saturday tickets are valid on Sunday": what a ticket holder keeps
              r"(?:tickets?|passes|pass|bookings?|wristbands?|badges?) (?:\w+ ){0,3}(?:are|is|will be|remains?|stays?) valid)",
        # (« un avoir » is a credit note; « après avoir eu connaissance » is a verb)
        "fr": r"\b(?:rembours|indemnis|dédommag|(?<!chambre de )(?<!partenaire de )(?<!système de )compens|geste commercial|(?:un|des|d['’]un|votre|vos) avoirs? |(?:re)?crédité|gratuit|sans frais|"
              # « bénéficiera d'un crédit de 10 € sur sa prochaine facture »
              r"crédit (?:de|d['’])[^.]{0,25}(?:€|euros?|\$|dollars?|francs?)|"
              r"remise (?:de|sur) [^.]{0,30}(?:€|euros?|factures?|abonnement)|réduction (?:de|sur) [^.]{0,30}(?:€|euros?|factures?|"
              r"abonnement|loyer)|(?:retirés?|déduits?|décomptés?) (?:de|sur) (?:votre|leur|la|chaque) (?:prochaine )?(?:facture|"
              r"abonnement)|mois offerts?|jours offerts|(?:billets?|titres?|pass|réservations?|bracelets?|badges?) [^.]{0,30}\bvalables?\b|"
              r"frais bancaires|ne serez pas débité|ne sera pas débité|n'avez pas été débité|(?:étudierons|examinerons) chaque (?:cas|"
              r"demande|dossier)|prendrons en charge|prenons en charge[^.]{0,80}\bfrais|prise en charge (?:de vos|des) frais|faire une réclamation)",
        "de": r"\b(?:erstatt|entschädig|gutschrift|gutgeschrieben|kostenlos|kostenfrei|nicht belastet|Bankgebühren|"
              r"übernehmen (?:die|alle) Kosten)",
    },
    "cause": {
        # (Never the costs a fault caused: "any bank charges caused by the delay" is compensation.)
        "en": r"\b(?:the cause|(?<!charges )(?<!fees )(?<!costs )(?<!expenses )caused by|because|due to|came from|comes from|"
              r"origin|root cause|was triggered|"
              r"the reason(?! for (?:the |a |their |your |his |her )?(?:visit|appointment|consultation|call|booking|"
              r"admission|stay|trip|travel))|traced (?:\w+ ){0,3}to|stems? from|resulted from|results from|"
              r"following (?:a|an|the) (?:\w+ ){0,2}(?:error|fault|failure|mistake|bug)|"
              # "Our investigation … found a defect in cells from one of our suppliers"
              r"(?:investigation|analysis|tests?|inspection)\b[^.]{0,60}\b(?:found|showed|shown|established|identified) "
              r"(?:a|an|the) (?:\w+ ){0,2}(?:defect|fault|flaw|failure|leak|crack)|"
              # How an intruder got in: "…placed there through a stolen login to our hosting provider"
              r"(?:through|via|using|with) (?:a |an |the )?(?:stolen|compromised|leaked|phished|weak|default|reused) "
              r"(?:\w+ ){0,2}(?:logins?|passwords?|credentials?|accounts?|access|keys?))\b",
        "fr": r"\b(?:la cause|(?<!bancaires )(?<!frais )causée? par|provoquée? par|en raison|due? à|dû à|vient de|provient|"
              r"l'origine|"
              r"à la suite d(?:e |['’])(?:une?|la|le|l['’])? ?(?:\w+ ){0,2}(?:erreur|panne|défaillance|relance|mise à jour|"
              r"manipulation|bogue|bug)|"
              r"l’origine|à l'origine|s'explique|(?:avons )?(?:identifié|trouvé) l['’]origine|remonte à|résulte d|"
              r"(?:enquête|analyse|inspection)\b[^.]{0,60}\b(?:mis en évidence|montré|établi|révélé) (?:un|une|le|la) "
              r"(?:\w+ ){0,2}(?:défaut|défaillance|fissure|fuite|anomalie)|"
              # « En cause : une modification… », « c'est arrivé à cause d'une modification »
              r"^en cause\b|à cause d(?:e |u |es |['’])|"
              # « …placé sur notre page par un accès volé à notre prestataire »
              r"(?:par|grâce à|via|avec) (?:une?|des|les?|la|l['’]) ?(?:accès|identifiants?|mots? de passe|comptes?|clés?) "
              r"(?:\w+ )?(?:volée?s?|dérobée?s?|compromise?s?|piratée?s?|réutilisée?s?))",
        "de": r"\b(?:die Ursache|verursacht|wegen|aufgrund|ausgelöst|zurückzuführen|liegt an|lag an|der Grund)\b",
    },
    "prevention": {
        "en": r"\b(?:so that|to prevent|to make sure|from now on|will now|no longer|we are changing|we have changed|"
              r"in future|going forward|second check|additional check|review of|we will add|without exception|"
              r"(?:a|an) new (?:alert|check|test|control|rule|procedure)|never again (?:during|before|without)|"
              # our staff told the rule again, or trained: "We have reminded all 1,100 employees that…"
              r"(?:reminded|will remind|are reminding) (?:all )?(?:of )?(?:our )?(?:[\d,]+ )?(?:employees|staff|colleagues|"
              r"teams?)|training (?:of|for) (?:all )?our (?:employees|staff|teams?)|"
              # "our 84 drivers and sales representatives will take a training course"
              r"our (?:[\d,]+ )?(?:\w+ ){0,4}(?:will|are to|must) (?:all )?(?:take|follow|attend|receive|complete) (?:a |new )?"
              r"training|"
              # the same fault sought where it could strike next: "As a precaution we inspected the
              # fuel lines on our three other ships"
              r"as a precaution,? we (?:have )?(?:inspected|checked|tested|examined)\b[^.]{0,80}\bour (?:\w+ )?other)\b",
        # (« Nous pouvons désormais confirmer… », « nous savons désormais »: now, not from now on.)
        "fr": r"\b(?:afin que|pour éviter|pour que|désormais(?! (?:confirmer|affirmer|dire|établir|préciser|indiquer)\b)"
              r"(?<!pouvons désormais)(?<!savons désormais)|à l'avenir|à l’avenir|dorénavant|nous renforçons|"
              r"nous avons renforcé|nous modifions|contrôle supplémentaire|ne sera plus|sans exception|"
              r"(?:une? )?nouve(?:lle|au) (?:alerte|contrôle|test|règle|procédure)|"
              r"(?:avons|allons) rappelé (?:à |aux )?(?:l['’]ensemble de |tous )?(?:nos |les )?(?:[\d\u00a0\u202f ]+ )?"
              r"(?:employés|salariés|collaborat\w+|équipes)|formation de (?:tous )?nos (?:employés|salariés|équipes)|"
              # « nos 84 livreurs et commerciaux suivront une formation »
              r"nos (?:[\d\u00a0\u202f ]+ )?(?:\w+ ){0,4}(?:suivront|suivent|recevront) (?:une|la) formation|"
              r"par précaution,? nous avons (?:inspecté|contrôlé|vérifié|testé)\b[^.]{0,80}\bautres)\b",
    },
    "regulator": {
        "en": r"\b(?:regulator|authority|authorities|ico|data protection|commissioner|police|fda|fsa|ofcom|"
              r"health agency|inspectorate|notified|reported it to|fire (?:brigade|service|department)|"
              r"emergency services|government|rappelconso|rappel\.conso|cnil|food safety|trading standards|"
              r"regional health|ars|dgccrf|ansm|beamer|bea|coastguard|arcep|anses|recall (?:notice|sheet) (?:is|has "
              r"been) published|inspection (?:agency|service)|public health|health (?:department|canada)|"
              r"department of health|cfia|usda|fsis|efsa|fsai|mhra|nhtsa|cpsc|osha|ntsb|faa|easa|cnpd)\b",
        "fr": r"\b(?:cnil|autorité|autorités|régulateur|anssi|ars|dgccrf|ddpp|dgal|rappelconso|rappel\.conso|"
              r"préfecture|préfet|gendarmerie|police|pompiers|procureur|plainte|parquet|inspection|"
              r"agence régionale de santé|direction départementale|ansm|beamer|bea|cross|arcep|anses|garde-côtes|notifié|"
              r"santé publique|santé canada|acia|cnpd|"
              # « nous avons informé l'OPSS », « nous avons saisi la DGCCRF » (never our customers)
              r"(?:avons|a|ont) (?:informé|prévenu|alerté|saisi) (?:l['’]|la |le )(?!clients?|public|personnel|"
              r"équipes?|presse|salariés?)\w+)\b",
    },
    "harm": {  # people hurt, or safe
        # (Treated, burnt, airlifted: "Four crew were treated for smoke inhalation".)
        "en": r"\b(?:injur|hurt|hospital|wounded|casualt|died|dead|killed|no one was|nobody was|unharmed|"
              r"evacuat|symptom|ill\b|sick\b|illness|fever|allergic reactions?|anaphyla|smoke inhalation|airlifted|"
              r"(?:been|were|was|being) treated (?:for|on|at|by|in)\b|(?:with|has|have|had|suffered|minor|serious|severe) burns\b|"
              r"(?:had|have had|has had|suffered|reported) (?:an? )?(?:mild |serious |severe |allergic )*reactions?|"
              # "two people have been cut", "a customer cut her hand" (never a power cut, "cut off")
              + CUT_EN + r")",
        "fr": r"\b(?:bless|hospitalis|décès|décéd|mort|victime|personne n'a été|aucun blessé|indemne|évacu|"
              # « ont été transportés à l'hôpital / au centre hospitalier », « dans un état grave »
              r"(?:transportée?s?|conduite?s?|évacuée?s?|emmenée?s?) (?:à l['’]hôpital|au centre hospitalier|aux urgences|au CHU)|"
              r"dans un état (?:grave|sérieux|critique)|(?:reste|restent|est|sont) (?:\w+ ){0,3}(?:à l['’]hôpital|au centre "
              r"hospitalier|au CHU|en observation)|"
              r"symptôme|malade|fièvre|intoxi|réactions? allergiques?|anaphyla|inhalation de fumée|hélitreuill|brûlée?s?\b|"
              r"brûlures?|(?:a|ont) été soignée?s?|(?:personnes?|passagers?|patients?|enfants?|membres? d['’]équipage|marins?|"
              r"voyageurs?) (?:\w+ )?(?:a|ont) été prise?s? en charge|"
              r"(?:a|ont|avait|avaient) (?:fait|eu|présenté) (?:une |des )?(?:légères? |graves? )?réactions?|"
              + CUT_FR + r")",
        "de": r"\b(?:verletz|krankenhaus|verstorben|gestorben|todesopfer|unverletzt|evakuier|symptom|erkrankt|fieber)",
    },
    "disruption": {  # what does not work now: a line cut, a service suspended, a place closed
        # (never a customer's own "account has been closed": no service is down)
        "en": r"\b(?:(?<!account )(?<!accounts )(?:is|are|remains?|stays?|has been|have been) (?:still |now )?(?:interrupted|suspended|closed|"
              r"cut|unavailable|down|out of service)|not running|no (?:trains?|trams?|buses|service) (?:runs?|between))\b",
        "fr": r"\b(?:(?<!compte )(?<!comptes )(?:est|sont|reste|restent|demeure|demeurent|a été|ont été) (?:toujours |encore )?(?:interrompue?s?|"
              r"suspendue?s?|fermée?s?|coupée?s?|indisponibles?|hors service)|ne circulen?t? (?:pas|plus)|"
              r"aucun (?:train|tram|bus|métro) ne circule)",
        "de": r"\b(?:(?:ist|sind|bleibt|bleiben) (?:weiterhin |noch )?(?:unterbrochen|gesperrt|geschlossen|ausgefallen|"
              r"außer Betrieb))",
    },
    "outcome": {  # the worst is over or never came: nobody hurt, the fire out, the service back
        "en": r"\b(?:(?:have|has) (?:now )?(?:withdrawn|removed|taken down|deleted|pulled) (?:it|the|this|our)|(?:was|were) "
              r"(?:\w+ )?(?:withdrawn|removed|taken down|deleted|pulled)\b|"
              r"no (?:one|passengers?|customers?|patients?|children|child|guests?|residents?|staff|employees?|"
              r"people|person|members?|pupils?|students?)(?: \w+){0,2} (?:was|were|has been|have been) (?:\w+ )?"
              r"(?:injured|hurt|harmed)|(?:nobody|no one) (?:is|was|has been) (?:\w+ )?(?:injured|hurt|harmed)|"
              # "Everyone who was stuck in the gondola is back on the ground"
              r"\beveryone\b(?: \w+){0,8} (?:is|was|are|were|has been|have been) (?:now |all |safely )?(?:back on the ground|"
              r"accounted for|evacuated|rescued|brought down|out of the building)|(?:everyone|all|both|all of them) (?:is|was|are|"
              r"were|got|came|went|have gone|has gone) (?:\w+ )?(?:safe|home)|"
              # "all 612 passengers and 94 crew are safe", "…are accounted for": everyone, counted
              r"(?:all|every|each) (?:of (?:the|our) )?(?:[\d,]+ )?(?:\w+ ){0,5}(?:is|are|was|were|has been|have been) "
              r"(?:all |now |safely )?(?:safe|accounted for|unharmed|uninjured|brought down|evacuated|rescued|brought to safety|"
              r"back on the ground)|(?:put|puts) (?:it|the fire) out|(?:is|was|are|were|has been|have "
              r"been) (?:now )?(?:fully |completely )?(?:restored|extinguished|put out|under control|contained|lifted|"
              r"back (?:up|online|in service|to normal))|(?:has|have) (?:\w+ )?worked (?:normally|again)|"
              r"(?:operating|running) (?:to|on) schedule|(?:service|services|access|everything) (?:is|are|has been|"
              r"have been) back|(?:every|each|all)(?: (?:the|our|of the|of our))? (?:\w+ ){0,2}(?:was|were|is|are|has been|have been) "
              r"(?:all |now |fully )?back\b|working (?:normally|again)|(?:connecting|going through|getting through|running|operating|functioning) (?:normally|again)\b|(?:approved|accepted|processed|authori[sz]ed|delivered|handled) normally\b|(?:is|are) (?:now )?(?:safe|fit) to drink|"
              r"(?:is|are) (?:now )?(?:drinkable|safe) again|(?:has|have) (?:now )?reopened|(?<!\bwe )(?<!\bthey )reopened (?:to|at|on|this|today|yesterday)\b|(?:has|have) lifted (?:the|its|our) "
              r"(?:restriction|ban|advice|notice|alert)|"
              # money safe after a breach or a payment fault: "no money has been taken", "they are not lost"
              r"no (?:money|funds|payments?|savings) (?:\w+ )?(?:has|have|was|were) (?:\w+ )?(?:been )?(?:taken|stolen|lost|moved|"
              r"withdrawn)|(?:did|do) not (?:obtain|get|take|steal) (?:any )?(?:money|funds|passwords?)|"
              r"(?:is|are) not lost|(?:your )?(?:money|savings|funds) (?:is|are) safe|"
              # "The evacuation was completed at 12:58": nobody is left on the lift or in the building
              r"evacuation (?:was|is|has been) (?:now )?(?:completed|complete|over|finished)|evacuation (?:ended|finished)|"
              # "All nine have now gone home", "both have left hospital": everyone (one person home is
              # news of them, not the worst over)
              r"(?:all|both|everyone|each)(?: (?:of them|\w+)){0,2} (?:have|has) (?:now |since |all |already )?"
              r"(?:gone|returned|been sent) home|(?:all|both|everyone|each)(?: (?:of them|\w+)){0,2} (?:have|has) "
              r"(?:now |since )?(?:left|been discharged from) (?:the )?hospital)\b",
        "fr": r"\b(?:(?:avons|a été|ont été) (?:\w+ )?(?:retirée?s?|supprimée?s?|dépubliée?s?)\b|personne n['’](?:a été|est) (?:\w+ )?(?:blessée?|touchée?)|"
              # « Toutes les neuf sont aujourd'hui rentrées chez elles », « sont sortis de l'hôpital »
              r"(?:tou(?:te)?s|les deux|chacune?)(?: [\w'’]+){0,3} (?:sont|ont) (?:[\w'’]+ )?(?:rentrée?s? chez (?:eux|elles)|"
              r"retournée?s? chez (?:eux|elles)|sortie?s? de l['’]hôpital|quitté l['’]hôpital)\b|"
              # « Toutes les personnes bloquées dans la télécabine sont au sol »
              r"(?:toutes les personnes|tous les passagers|tout le monde)(?: [\w'’]+){0,6} (?:sont|est) (?:maintenant |désormais )?"
              r"(?:au sol|en sécurité|hors de danger)|aucune? (?:\w+ ){0,2}n['’]a été (?:\w+ )?"
              r"blessée?|aucun blessé|(?:sain|saine|sains|saines) et (?:sauf|sauve|saufs|sauves)|(?:est|sont|a été|"
              r"ont été|était|étaient) (?:\w+ )?(?:entièrement |totalement |complètement )?(?:rétablie?s?|maîtrisée?s?|éteinte?s?|"
              r"circonscrite?s?|levée?s?)|(?:l['’]a|les a|a|ont) (?:\w+ )?(?:éteint|maîtrisé|circonscrit)|(?:fonctionne(?:nt)?|remarche(?:nt)?|aboutit|aboutissent|passe(?:nt)?|ont (?:\w+ )?(?:fonctionné|abouti)) (?:de nouveau|à nouveau|normalement)|(?:de nouveau |à nouveau )?(?:autorisée?s|acceptée?s|traitée?s|approuvée?s|acheminée?s) (?:de nouveau |à nouveau )?normalement|ont retrouvé "
              # (never what is to come: « nous ne savons pas quand il sera de nouveau disponible »)
              r"(?:le|leur) service|(?<!sera )(?<!seront )(?<!soit )(?<!soient )(?<!redevenir )(?:de nouveau|à nouveau) "
              r"(?:disponibles?|accessibles?|en service|potables?|ouverte?s?)|"
              r"(?:a|ont) (?:\w+ )?levé (?:la|l['’]|les|sa|son|le) ?(?:restriction|interdiction|consigne|alerte|arrêté|"
              r"mise à l['’]abri|confinement|évacuation|périmètre)|(?:sont|est) redevenue?s? normale?s?|"
              r"(?:a|ont) rouvert|(?:est|sont) (?:\w+ )?rouverte?s?|(?:a|ont) été (?:\w+ )?rouverte?s?|"
              # « Les appels et les SMS sont revenus à 10 h 55 » (never « revenus sur leur décision »)
              r"(?:est|sont) (?:\w+ )?revenue?s?\b(?! sur\b)|(?:tous|toutes|les deux) (?:\w+ )?(?:sont|est) "
              r"(?:\w+ )?rentrée?s? chez (?:eux|elles)|(?:ont|sont) (?:tous|toutes) été (?:\w+ )?(?:évacuée?s|ramenée?s au sol|"
              r"secourue?s|mise?s en sécurité|redescendue?s)|(?:tous|toutes) (?:les )?(?:\d[\d\s\u00a0\u202f]* )?(?:\w+ ){0,4}(?:ont été|sont) "
              r"(?:\w+ )?(?:évacuée?s|ramenée?s au sol|secourue?s|mise?s en sécurité|redescendue?s)|(?:sont|est) (?:tous |toutes )?(?:sain|saine|sains|saines) et "
              r"(?:sauf|saufs|sauve|sauves)|(?:sont|est) (?:tous |toutes |tous les deux )(?:présents|présentes|en sécurité|indemnes|"
              r"hors de danger)|(?:sont|est) (?:indemnes?|hors de danger)|"
              # l'argent à l'abri : « aucun argent n'a été prélevé », « ils ne sont pas perdus »
              r"aucun(?:e)? (?:argent|somme|fonds|paiement|virement) (?:\w+ )?n['’]a été (?:\w+ )?(?:prélevée?|débitée?|"
              r"dérobée?|volée?|perdue?|détournée?)|n['’]ont obtenu ni|ne (?:sont|est) pas perdue?s?|"
              r"(?:votre|vos) (?:argent|fonds|économies|épargne) (?:est|sont) en sécurité|"
              r"évacuation (?:s['’]est (?:terminée|achevée)|est (?:terminée|achevée)|a pris fin))",
        "de": r"\b(?:niemand wurde (?:\w+ )?verletzt|(?:ist|sind|wurde|wurden) (?:wieder )?(?:vollständig )?(?:behoben|"
              r"gelöscht|eingedämmt|aufgehoben|wiederhergestellt|zurückgezogen|entfernt)|funktionier(?:t|en) wieder|"
              r"wieder (?:verfügbar|erreichbar|in Betrieb|trinkbar|geöffnet))",
    },
    "eta": {  # when the service is expected back: what people without it plan their day on
        "en": r"\b(?:(?:we )?(?:now )?expect (?:\w+ ){0,8}(?:to be )?(?:back|reconnected|restored|repaired|fixed|working|"
              r"online|running)\b|(?:should|will|would) be (?:\w+ )?(?:back|restored|reconnected|repaired|fixed|working again) "
              r"(?:by|on|during|within|tomorrow|tonight|this|later|before)|(?:expected|due) (?:to be )?back (?:by|on|during|"
              r"tomorrow|tonight|this)|expect (?:the )?(?:repairs?|work|outage|disruption) to (?:run|last|take|continue) "
              r"(?:into|until|through|till)|expect (?:\S+ ){0,8}to (?:work|run|connect|go through) (?:again|normally)\b|"
              # "the reopening is pushed back to Wednesday 23 December at the earliest"
              r"(?:reopening|restart|return to service) (?:is|has been|was) (?:now )?(?:pushed back|postponed|put back|moved|"
              r"delayed) (?:to|until|till)|(?:we are|we're) aiming to reopen|(?:we )?aim to reopen|reopening is (?:planned|"
              r"scheduled|expected) (?:for|on)|"
              # "Heating will therefore not be back on Tuesday evening, but on Thursday at the earliest",
              # "…will be back in the 9 buildings on Thursday 11 February"
              r"(?<![Ww]e )(?<!I )(?:will|should|would) (?:\w+ ){0,2}be back\b[^.;]{0,80}\b(?:Monday|Tuesday|Wednesday|Thursday|"
              r"Friday|Saturday|Sunday|tomorrow|tonight|by|from|at the earliest|(?:January|February|March|April|May|June|"
              r"July|August|September|October|November|December) \d))",
        "fr": r"\b(?:(?:nous )?(?:prévoyons|espérons|attendons) (?:\w+ ){0,4}(?:retour|rétablissement|remise en service|reprise)|"
              r"(?:prévoyons|espérons|comptons) que [^.;]{0,80}?\b(?:fonctionner(?:a|ont)|remarcher(?:a|ont)|aboutir(?:a|ont)|"
              r"reviendr(?:a|ont)|ser(?:a|ont) (?:de nouveau )?(?:rétablie?s?|disponibles?))\b|"
              r"(?:devrai(?:en)?t|devrait|sera|seront) (?:\w+ )?(?:rétablie?s?|de nouveau (?:disponibles?|en service)|remise?s? en "
              r"service|reconnectée?s?) (?:d['’]ici|avant|dans|demain|ce soir|cet après-midi|en fin)|"
              r"(?:retour|rétablissement) (?:à la normale |du service )?(?:est )?prévu|"
              # « la réouverture est repoussée au mercredi 23 décembre au plus tôt »
              r"(?:réouverture|remise en service|reprise) (?:est|a été) (?:désormais )?(?:repoussée|reportée|décalée) "
              r"(?:au|à|jusqu)|(?:nous )?visons une (?:réouverture|remise en service|reprise)|(?:réouverture|remise en service) "
              r"(?:est )?(?:prévue|programmée|envisagée) (?:le|pour|au|dès)|"
              # « Le chauffage ne reviendra donc pas mardi soir, mais au plus tôt jeudi », « …reviendront le jeudi 11 »
              r"(?<!nous )(?<!je )(?:reviendr(?:a|ont)|ser(?:a|ont) de retour|devrai(?:en)?t (?:\w+ )?(?:revenir|être de retour|"
              r"reprendre))\b[^.;]{0,80}\b(?:lundi|mardi|mercredi|jeudi|"
              r"vendredi|samedi|dimanche|demain|ce soir|d['’]ici|dès|au plus tôt|le \d))",
    },
    "data": {
        "en": r"\b(?:data|names?|e-?mail address|phone numbers?|addresses|passwords?|card numbers?|iban|"
              r"bank(?:ing)? details|account numbers?|(?:social insurance|social security|national insurance) numbers?|"
              r"personnel files|medical files|dates? of birth|records?|personal information|encrypted|hashed|"
              r"details of [\d,]+ \w+)\b",
        "fr": r"\b(?:données|noms?|adresses? (?:e-?mail|électroniques?|postales?)|numéros? de téléphone|"
              r"mots? de passe|numéros? de carte|iban|coordonnées bancaires|dates? de naissance|"
              r"informations personnelles|renseignements (?:bancaires|personnels)|numéros? (?:de compte|d['’]assurance sociale|"
              r"de sécurité sociale|AVS)|dossiers (?:du personnel|médicaux)|chiffrées?|hachée?s?)\b",
    },
    "lots": {
        "en": r"\b(?:lot|batch|batches|serial|best[- ]before|use[- ]by|model|reference|barcode)\b",
        "fr": r"\b(?:lots?|séries?|numéros? de série|à consommer jusqu|date limite|dluo|dlc|référence|"
              r"code-barres|modèles?)\b",
    },
    "next-update": {
        "en": r"\b(?:next update|we will (?:post|give|publish|share) (?:an|the next|another|a further) update|"
              r"update (?:you |this page |our status page |our website )?(?:again )?(?:by|at|before|tomorrow|tonight)|"
              r"our next update|(?:will|we['’]ll) (?:post|write|report) (?:here )?again (?:by|at|before|on|tomorrow|tonight))\b",
        "fr": r"\b(?:prochain point|prochaine mise à jour|(?:nous )?ferons (?:le|un nouveau|un) point|nouveau point|"
              r"(?:nous )?(?:publierons|donnerons|communiquerons|diffuserons) (?:un (?:nouveau )?point|une (?:nouvelle |autre )?"
              r"mise à jour)|"
              r"nous reviendrons vers vous|mettrons (?:cette|notre) page (?:d['’]information )?à jour)\b",
        "de": r"\b(?:nächste Aktualisierung|nächsten Stand|wir melden uns|aktualisieren (?:diese Seite|hier))\b",
    },
    "unknown": {  # honest uncertainty: what is not known yet
        "en": r"\b(?:do not (?:yet )?know|don't (?:yet )?know|not yet known|not known yet|still (?:investigating|"
              r"checking)|we will (?:say|tell you|publish|confirm))\b",
        "fr": r"\b(?:ne savons pas|ne connaissons pas|ignorons encore|pas encore connu|toujours en cours|nous (?:dirons|préciserons|publierons|"
              r"confirmerons))\b",
        "de": r"\b(?:wissen (?:noch )?nicht|noch nicht bekannt|noch unklar|werden (?:mitteilen|bestätigen|informieren))\b",
    },
}
# A figure about people or things affected: a number (not a time, a date or a phone number).
_FIGURE = re.compile(r"(?<![\d:/.,\-+])\d{1,3}(?:[ \u00a0\u202f,.]\d{3})+(?![\d:])|(?<![\d:/.,\-+])\d+(?:[.,]\d+)?\s?%|"
                     # (never a French time, « 19 h 00 », « 9 h 40 »)
                     r"(?<![\d:/.,\-+h])(?<!\bh\s)\b\d{2,}\b(?![:\dh/])(?!\s?h\b)")


@dataclass(frozen=True, slots=True)
class Sentence:
    text: str  # plain published words
    index: int  # position in the text
    roles: frozenset[str]

    def has(self, role: str) -> bool:
        return role in self.roles


# Abbreviations whose full stop ends no sentence: "engine room No. 2", "St. Malo", "M. Dupont".
_ABBREVIATION = re.compile(r"(?:^|[\s(])(?:No|Nos|no|nos|St|Ste|Mr|Mrs|Ms|Dr|Mt|approx|vs|etc|cf|n°|M|Mme|Mlle|Me|"
                           r"Pr|p|pp|art|al|Jan|Feb|Aug|Sept|Oct|Nov|Dec|i\.e|e\.g|"
                           # a product's reference, a phone: "(ref. 40 2213)", « (réf. 40 2213) », « tél. 021… »
                           r"ref|Ref|réf|Réf|tél|Tél|tel|Tel|env|incl|Nr|nr|bzw|ca)\.$")


_INITIALS = re.compile(r"(?:^|[\s(])(?:[A-Z]\.){2,}$")
_NEW_SENTENCE = re.compile(r"(?:We|The|Our|It|Its|This|These|They|He|She|You|Your|All|No|A|An|If|In|On|At|Nous|Le|La|"
                           r"Les|Il|Elle|Ils|Elles|Notre|Nos|Vous|Si|Ce|Cette|Ces)\b")


_ZONE_START = re.compile(r"(?:UTC|GMT|BST|IST|WET|WEST|CET|CEST|EET|EEST|EST|EDT|CST|CDT|MST|MDT|PST|PDT|AKST|AKDT|HST|"
                         r"AST|ADT|NST|NDT|AEST|AEDT|ACST|AWST|NZST|NZDT|ET|PT|CT|MT|AT|NT)\b|"
                         # ("from 2:52 p.m. to 5:02 p.m. Atlantic time, 287 calls…": the zone in words)
                         r"(?:Atlantic|Eastern|Central|Mountain|Pacific|Newfoundland|Alaska|Hawaii|Greenwich|"
                         r"British|Irish|Western European|Central European|Eastern European)(?: (?:Standard|Daylight|"
                         r"Summer))? [Tt]ime\b|"
                         # ("by 8:40 a.m. (Belgian time).": the zone in brackets)
                         r"\([^()]{1,40}\)")


@lru_cache(maxsize=256)
def _patterns(lang: str) -> tuple[tuple[str, re.Pattern[str]], ...]:
    return tuple((role, re.compile(words.get(lang, words["en"]), re.IGNORECASE))
                 for role, words in ROLE_WORDS.items())


# Where a sentence ends: its stop and the closing marks after it ("…yet." stays "…yet.\"").
_STOP = re.compile(r"[.!?…](?:[\"'”)]|[\s\u00a0\u202f]?»)*(?=\s+[\"“«(]?[A-ZÀ-ÖØ-Þ0-9])")


def _inside_quote(line: str, at: int) -> bool:
    """Whether `at` falls inside words quoted in `line` that close later on it: the words
    "Reads the same line three times? He's not dyslexic." are one piece of what is said."""
    before, after = line[:at], line[at:]
    if before.count("\"") % 2 == 1 and "\"" in after:
        return True
    return (before.count("“") > before.count("”") and "”" in after) or (
        before.count("«") > before.count("»") and "»" in after)


def _parts(line: str) -> list[str]:
    parts, start = [], 0
    for stop in _STOP.finditer(line):
        if _inside_quote(line, stop.end()):
            continue
        parts.append(line[start:stop.end()])
        start = stop.end()
    parts.append(line[start:])
    return parts


def split_sentences(text: str) -> list[str]:
    """Plain text cut into sentences (a list item or paragraph always ends one); words quoted
    stay whole inside the sentence that quotes them, their closing mark included."""
    found: list[str] = []
    for line in text.split("\n"):
        line = line.strip().removeprefix("- ").strip()
        found_line_start = True  # a new line or list item always starts a sentence
        if line:
            for part in _parts(line):
                part = part.strip()
                if not part:
                    continue
                ordinal = bool(found) and GERMAN_ORDINAL_DAY.search(found[-1]) and GERMAN_MONTH.match(part)
                # ("at 9:15 a.m. EST: the number…": a zone after the clock, not a new sentence)
                zone = bool(found) and found[-1].endswith(("a.m.", "p.m.")) and _ZONE_START.match(part) is not None
                # ("…has informed the U.S. | Food and Drug Administration": initials, not an end.)
                initials = bool(found) and _INITIALS.search(found[-1]) is not None and _NEW_SENTENCE.match(part) is None
                if found and found[-1] and (_ABBREVIATION.search(found[-1]) or ordinal or zone or initials) \
                        and not found_line_start:
                    found[-1] = f"{found[-1]} {part}"  # the stop ended an abbreviation
                else:
                    found.append(part)
                found_line_start = False
    return found


@lru_cache(maxsize=1024)
def sentences(markdown: str, lang: str) -> tuple[Sentence, ...]:
    """The sentences of statement Markdown, as published, each with its roles."""
    plain = "\n".join(plain_items(markdown, lang))
    found = []
    for index, text in enumerate(split_sentences(plain)):
        roles = {role for role, pattern in _patterns(lang) if pattern.search(text)}
        if _FIGURE.search(text):
            roles.add("figure")
        found.append(Sentence(text, index, frozenset(roles)))
    return tuple(found)


def first(markdown: str, lang: str, role: str) -> Sentence | None:
    return next((s for s in sentences(markdown, lang) if s.has(role)), None)


def with_role(markdown: str, lang: str, role: str) -> list[Sentence]:
    return [s for s in sentences(markdown, lang) if s.has(role)]
