"""Render stage, for the crisis checklist: its steps (owner, deadline, the kinds of crisis they
fit, their words) and the evidence that shows each one done. The words are English here, other
languages in the gettext catalogues (`generator.core.catalogues`, docs/translating.md). The
evidence is one pattern for both languages, searched in every section and every update, so
that the English and French checklists of one statement tick the same steps."""

from __future__ import annotations

import re

from generator.core.catalogues import english_table, translatable

# A text of the checklist: (message context, English), as `translatable` gives it.
Text = tuple[str, str]

# Owner roles: how to recognise them in the crisis team's `role` (in any language), and their name.
OWNERS: dict[str, tuple[str, Text]] = {
    "lead": (r"ceo|chief executive|managing director|directeur général|directrice générale|président|"
             r"crisis|crise|general manager",
             translatable("checklist.owner.lead", "Crisis lead")),
    "comms": (r"communicat|press|media|presse|corporate affairs|public affairs|affaires publiques",
              translatable("checklist.owner.comms", "Head of communications")),
    "legal": (r"legal|counsel|juridique|avocat|compliance|conformité",
              translatable("checklist.owner.legal", "Legal counsel")),
    "privacy": (r"data protection|dpo|privacy|délégué|protection des données",
                translatable("checklist.owner.privacy", "Data protection officer")),
    "ops": (r"op[eé]rat|exploitation|technical|it\b|engineer|security|sécurité|technique|informatique|production|quality|"
            r"qualité|site|usine|superintendent|armement|fleet|flotte|marine\b|maritime",
            translatable("checklist.owner.ops", "Head of operations")),
    "support": (r"customer|support|service client|relation client|care",
                translatable("checklist.owner.support", "Head of customer service")),
    "safety": (r"safety|health|hse|qhse|sécurité|santé|medical director|chief medical|directeur médical|"
               r"directrice médicale|médecin-chef|chief nurse|directeur des soins|directrice des soins",
               translatable("checklist.owner.safety", "Health and safety lead")),
    # Finer roles, each with its stand-ins (checklist._STANDS_IN): the step goes to who does it.
    "security": (r"information security|infosec|cyber|ciso|\brssi\b|sécurité (?:informatique|des systèmes|de l['’]information)|"
                 r"it security|security officer",
                 translatable("checklist.owner.security", "Head of information security")),
    "tech": (r"ticketing|billettique|systems|systèmes|digital|numérique|\bit\b|\bdsi\b|\bcto\b|technolog|"
             r"informatique|engineering|ingénierie",
             translatable("checklist.owner.tech", "Head of IT")),
    "marketing": (r"marketing|brand|marque",
                  translatable("checklist.owner.marketing", "Marketing director")),
    "people": (r"people|human resources|\bhr\b|ressources humaines|\bdrh\b|personnel",
               translatable("checklist.owner.people", "Head of human resources")),
    "commercial": (r"sales|commercial|ventes|show|salon|event|événement|account",
                   translatable("checklist.owner.commercial", "Sales director")),
}

# (step key, owner, deadline in minutes after the first public word (None: none), kinds, text,
#  evidence: a role or a pattern; the statement's sentence matching it shows the step done)
Step = tuple[str, str, int | None, tuple[str, ...], Text, str | None]

_NOTIFIED = (r"\b(?:notified|informed|advised|told|reported\b[^.]{0,60}?\bto|notifié|informé|avisé|signalé|prévenu)\b[^.]*"
             r"\b(?:data protection|authorit|cnil|ico\b|commissioner|autorité|apd\b|gba\b|commission d['’]accès|"
             r"privacy|protection des renseignements|protection de la vie privée|ombudsman|protecteur du citoyen)")
# Outside Europe the GDPR's 72 hours do not apply: the law where the people live says when
# and to whom (Québec's Commission d'accès à l'information, a state attorney general…).
REGULATOR_OUTSIDE_GDPR: Text = translatable(
    "checklist.step.regulator.outside_gdpr",
    "Notify the privacy regulator the law requires where the people affected live, as soon as possible, and "
    "keep a record of the incident.")
# Switzerland's revised Data Protection Act: the federal commissioner, as soon as possible (no
# 72-hour clock of its own; the checklist keeps 72 hours as the team's target).
REGULATOR_SWISS: Text = translatable(
    "checklist.step.regulator.swiss",
    "Notify the Federal Data Protection and Information Commissioner (FDPIC) as soon as possible (revised Data "
    "Protection Act: a breach likely to put people at high risk), and keep a record of the incident.")
# A bad buzz whose statement deletes what offended ("We have deleted every image shot there", « nous
# avons supprimé toutes les images »): keeping a copy would break what was promised in public (kit 59).
TAKE_DOWN_DELETED: Text = translatable(
    "checklist.step.take_down.deleted",
    "Take the content down everywhere, and delete it as the statement says: keep no copy.")
DELETED = (r"\b(?:deleted|destroyed|erased|will delete|will destroy|supprimée?s?|détruite?s?|effacée?s?|supprimerons|"
           r"détruirons|effacerons)\b")
STEPS: tuple[Step, ...] = (
    ("people", "safety", 0, ("safety",),
     translatable("checklist.step.people",
                  "People first: everyone accounted for, the injured cared for, emergency services called."),
     # the people themselves: evacuated, unhurt, cared for (not "the fire brigade put the fire out")
     r"\b(?:nobody (?:was|has been) (?:hurt|injured)|no one (?:was|has been) (?:hurt|injured)|(?:were|was|have been|"
     r"has been) (?:\w+ )?(?:evacuated|brought down|rescued|lowered to the ground|brought to safety)|"
     r"(?:taken|examined|treated|flown|airlifted) (?:\w+ ){0,2}(?:to|at|in) (?:\w+ )?hospital|"
     r"ont (?:tous |toutes )?été (?:\w+ )?(?:secourue?s|redescendue?s|héliportée?s)|"
     r"personne n'a été (?:blessée?|touchée?)|"
     r"aucun blessé|ont été évacuée?s|a été évacuée?|(?:examinée?s?|conduite?s?|transportée?s?|emmenée?s?) à "
     r"l['’]hôpital|"
     r"pris en charge par les secours)"),
    ("families", "lead", 60, ("safety",),
     translatable("checklist.step.families",
                  "Families of anyone hurt are told by a person, before any name is published."),
     # a person of ours in touch with the families, never "families can call our line"
     r"\b(?:in (?:personal |direct )?(?:contact|touch) with|(?:called|phoned|visited|spoke (?:to|with)|spoken (?:to|with)|talked "
     r"(?:to|with)|met)) [^.]{0,80}\b(?:famil\w*|"
     r"relatives|loved ones|next of kin)\b|\b(?:families|relatives) (?:\w+ ){0,6}(?:have been|were) (?:personally )?(?:told|"
     r"informed|contacted|called)|en (?:contact|lien) (?:personnel |direct )?avec [^.]{0,80}\b(?:familles?|proches)\b|(?:appelé|contacté|joint|"
     r"rencontré|rendu visite à|parlé à|parler à|parlé avec) [^.]{0,80}\b(?:familles?|proches)\b|\bfamilles (?:\w+ ){0,6}ont été (?:personnellement )?"
     r"(?:prévenues|informées|contactées|appelées)"),
    ("injured", "lead", 24 * 60, ("safety",),
     translatable("checklist.step.injured",
                  "Call each person hurt: how they are, what they need, and one named contact of ours until they are "
                  "home."),
     # a person of ours in touch with the people hurt themselves
     r"\b(?:(?:in (?:touch|contact) with|(?:called|phoned|visited|spoke (?:to|with)|spoken (?:to|with)|talked (?:to|with)))"
     r" [^.]{0,60}\b(?:injured|hurt|people (?:treated|who were)|passengers? (?:treated|hurt)|victims?|"
     # "We have called each of the 64 passengers": the people hurt among them
     r"(?:each|every one|all) of the (?:\d+ )?(?:passengers|people (?:on board|evacuated)|guests|riders))|"
     r"(?:en (?:contact|lien) avec|parlé (?:à|avec)|appelé|rendu visite à) [^.]{0,60}\b(?:blessée?s?|touchée?s?|prise?s? en "
     r"charge|victimes?|(?:chacun|chacune|l['’]ensemble|tous) des (?:\d+ )?(?:passagers|personnes (?:à bord|évacuées)|"
     r"clients à bord)))"),
    ("assess", "lead", 30, ("*",),
     # Translators: {severity} is checklist.severity.major or .critical (French: « cette crise est majeure »).
     translatable("checklist.step.assess",
                  "Confirm the facts: what happened, who is affected, how far it spreads; record why it is "
                  "{severity}."), None),
    ("first_word", "comms", 60, ("*",),
     translatable("checklist.step.first_word",
                  "First public word within the hour, even before you know everything."), "first"),
    ("pause", "marketing", 60, ("*",),
     # Translators: {scope} is checklist.scope_major or checklist.scope_critical.
     translatable("checklist.step.pause", "Pause scheduled posts, ads and marketing e-mails ({scope})."),
     # what was scheduled, paused or reviewed ("we have reviewed the 46 posts that were scheduled")
     r"\b(?:paused|suspended|stopped|withdrawn|reviewed|cancell?ed)\b[^.]{0,60}\b(?:scheduled|planned)\b|"
     r"\b(?:scheduled|planned) (?:posts|campaigns?|ads|adverts|e-?mails|newsletters?)\b[^.]{0,60}\b(?:paused|suspended|"
     r"withdrawn|reviewed|cancell?ed)|\b(?:suspendu|retiré|relu|annulé)e?s?\b[^.]{0,60}\b(?:programmée?s?|prévue?s?)\b|"
     r"\b(?:publications|campagnes?|publicités) (?:programmées|prévues)\b[^.]{0,60}\b(?:suspendu|retiré|relu|"
     r"annulé)e?s?|"
     # ("…and cancelled its use in our stores and in an e-mail to 1.8 million customers")
     # (never "…sailings are cancelled; we will e-mail you": "e-mail" as what was stopped takes its article)
     # (never "If your coach is cancelled, choose in the e-mail we sent you": what is cancelled there is a coach)
     r"\b(?<!is )(?<!are )(?<!was )(?<!were )(?<!been )(?:cancell?ed|paused|suspended)\b(?!,)[^.;]{0,80}\b(?:our|the|its|all|any|an?|every|marketing|promotional|"
     r"scheduled)\s+(?:[\w-]+\s+)?(?:e-?mails?|newsletters?|campaigns?|ads|adverts)\b|"
     r"\b(?<!est )(?<!sont )(?<!été )(?:annulée?s?|suspendue?s?)\b(?!,)[^.;]{0,80}\b(?:nos|les|ses|toutes|un|une|la|le)\s+(?:[\w-]+\s+)?(?:e-?mails?|"
     r"newsletters?|campagnes?|publicités)\b"),
    ("memo", "comms", 120, ("*",),
     translatable("checklist.step.memo",
                  "Send the staff memo; brief the support team with the reply templates."), None),
    ("spokesperson", "comms", 180, ("*",),
     translatable("checklist.step.spokesperson",
                  "Brief the spokesperson with the media Q&A; fill its unanswered questions."),
     None),
    # A personal-data breach: the regulator's clock (GDPR art. 33) runs from when we became aware.
    ("regulator", "privacy", 72 * 60, ("breach",),
     translatable("checklist.step.regulator",
                  "Notify the data protection authority (GDPR: within 72 hours of becoming aware)."), _NOTIFIED),
    ("notify_people", "privacy", None, ("breach",),  # "without undue delay": no clock of its own
     translatable("checklist.step.notify_people",
                  "Tell each person whose data is involved, without undue delay, with what to do."),
     r"\b(?:(?:has|have) been (?:\w+ )?(?:contacted|e-?mailed|informed|told|notified|written to)|were (?:e-?mailed|"
     r"contacted|told|notified)|we (?:have )?(?:contacted|e-?mailed|written)\b|we are (?:writing|e-?mailing)\b|"
     r"(?:has|have) (?:now )?received an? (?:e-?mail|letter|text message)|we (?:have )?(?:finished|completed) "
     r"(?:contacting|e-?mailing|writing to|notifying|informing)|(?:a|ont) été (?:\w+ )?(?:contactée?s?|informée?s?|"
     r"prévenue?s?)|nous avons (?:écrit|contacté)|nous (?:vous )?écrivons\b|(?:a|ont) (?:désormais )?reçu un (?:e-?mail|"
     r"courrier|sms)|(?:avons|a) (?:fini|terminé|achevé) de (?:contacter|prévenir|informer|joindre))"),
    ("contain", "security", 240, ("breach",),
     translatable("checklist.step.contain",
                  "Close the access, reset credentials, keep the evidence (logs) for the investigation."),
     r"\b(?:disabled|reset|blocked|revoked|shut (?:it )?down|switched (?:it )?off|closed (?:\w+ ){0,2}access|"
     r"(?:removed|withdrew|cut off) (?:[\w'’]+ ){0,3}access|retiré (?:\w+ ){0,3}accès|(?:lui|leur) avons retiré|"
     r"désactivée?s?|réinitialisée?s?|"
     r"bloquée?s?|révoquée?s?|fermée?|coupée?)"),
    ("phishing", "comms", 120, ("breach",),
     translatable("checklist.step.phishing",
                  "Warn people against phishing in our name: we never ask for passwords or codes."), "never-ask"),
    ("police", "legal", 24 * 60, ("breach",),
     translatable("checklist.step.police",
                  "Report it to the police; consider telling the national cyber-security agency."),
     r"\b(?:filed a complaint|complaint with|complaint (?:has been |was )?filed|plainte|anssi)|\b(?:reported|notified|informed|told|alerted)\b[^.]{0,120}"
     r"\b(?:police|gendarmerie|national crime agency|action fraud|garda(?: síochána)?|gardaí|rcmp|fbi)\b|"
     r"\b(?:signalé|informé|prévenu|alerté)e?s?\b[^.]{0,120}\b(?:police|gendarmerie|garda(?: síochána)?|gardaí|grc)\b|"
     r"\b(?:working|work|travaillons|collaborons) (?:closely )?(?:with|avec) (?:the |la |les )?(?:police|gardaí|garda|"
     r"gendarmerie)\b"),
    # A product recall: the authority without delay, the notice, the lots, the shops, the returns.
    ("authorities", "legal", 120, ("recall",),
     translatable("checklist.step.authorities",
                  "Inform the product-safety authority without delay and publish the official recall notice."),
     r"\b(?:informed|notified|told|alerted|reported (?:it|this|them|the \w+) to)\b[^.]*\b(?:authorit|agency|regulator|"
     r"ministry|department of health|directorate)|"
     r"\b(?:avons|a|ont) (?:informé|notifié|prévenu|alerté|signalé)\b[^.]*\b(?:autorités?|agence|ministère|direction)|\b(?:autorités?|"
     r"agence|services vétérinaires)\b[^.]{0,60}\b(?:(?:a|ont) été|est|sont) (?:informée?s?|notifiée?s?|prévenue?s?)|"
     r"\b(?:veterinary services|agency|authorit\w*)\b[^.]{0,60}\b(?:have|has) been (?:informed|notified|told|alerted)|"
     r"\b(?:rappel ?conso|dgccrf|ddpp|dgal|direction départementale|market[- ]surveillance)|"
     # Swiss and Belgian authorities: « en accord avec l'Office de la consommation du canton de Vaud »
     r"\b(?:osav|ofco|afsca|favv|chimiste cantonal|office (?:fédéral |cantonal )?de la (?:consommation|sécurité "
     r"alimentaire)|food standards agency|office for product safety(?: and standards)?|opss|trading standards|"
     r"health canada|santé canada|cpsc|product safety (?:authority|regulator))\b"),
    ("lots", "ops", 120, ("recall",),
     translatable("checklist.step.lots", "Publish the exact products, lots, dates and where they were sold."), "lots"),
    ("withdraw", "commercial", 24 * 60, ("recall",),
     translatable("checklist.step.withdraw",
                  "Stop sales and withdraw the lots from every shop and distributor; count units recovered and "
                  "sold."),
     r"\b(?:withdrawn|removed from|taken (?:\w+ )?off (?:the|their) shelves|off the shelves|sales (?:have been |were |"
     r"are |is )?(?:stopped|halted|suspended|blocked)|stopped (?:all )?(?:sales|selling)|blocked at (?:our |every )?"
     r"checkouts?|(?:stopped|ceased|halted) (?:selling|sales)|retirée?s?|retrait|"
     r"(?:cessé|arrêté|suspendu) (?:de vendre|la vente|les ventes|la commercialisation)|ventes? (?:est|sont|a été|ont été) (?:arrêtée|suspendue|bloquée)s?|arrêté (?:la|les) "
     r"ventes?|bloquée?s? (?:à|aux|en) caisses?|bloqué (?:toutes )?les expéditions|"
     # "We blocked the batch that evening", "11,250 bottles have been recovered from shops"
     r"blocked (?:the|these|those|all|every) (?:\w+ )?(?:batch|batches|lots?|products?|stock)|recovered from (?:the )?shops|"
     r"(?:avons|a) bloqué (?:le|les|ce|ces|tous les) (?:\w+ )?(?:lots?|produits?|stocks?)|récupérée?s? (?:dans|en) "
     r"(?:les )?magasins?)"),
    ("health", "comms", 120, ("recall",),
     translatable("checklist.step.health",
                  "Tell people who have the product what to watch for and whom to call, and open an information line."),
     # (a number to call is a line open: "call 0800 917 4430 (8am to 8pm, 7 days a week)")
     r"\bcall (?:us )?(?:free )?(?:on )?\+?\d[\d .]{7,}\d|\b(?:appelez|contactez)(?:-nous)? (?:le |au )?\+?\d[\d .]{7,}\d|"
     r"\b(?:doctor|emergency services|112|999|NHS 111|symptom|recall line|information line|helpline|customer line|"
     r"consumer line|feel unwell|médecin|symptôme|ligne d'information|ligne (?:gratuite|d'assistance)|"
     r"(?:appelez|composez) (?:le )?15\b|notre (?:ligne|service) (?:client|consommateurs?))"),
    ("refund", "commercial", 24 * 60, ("recall",),
     translatable("checklist.step.refund", "Set up returns, refunds or replacements, and say how people get them."),
     r"\b(?:refunded|will be refunded|refund you|replace (?:it|them|every)|free (?:of charge|replacement)|"
     r"rembours|remplacerons|remplacement gratuit)"),
    # A safety incident: the people, the site, the authorities, the insurer, the staff.
    ("site_safe", "safety", 240, ("safety",),
     translatable("checklist.step.site_safe", "Secure the site; have it checked before anyone goes back."),
     r"\b(?:reopened|secured|safe to|(?:checked|inspected|cleaned and checked) before|safety checks|rouvert|"
     r"sécurisé|contrôlée?s? avant|vérifiée?s? avant|contrôles de sécurité|"
     # kept closed until the investigators agree: the site is secured by closing it
     r"(?:stays?|remains?|will stay|will remain|is) closed (?:until|while|at least until)|"
     r"(?:reste|restera|restent|resteront|est) fermée?s? (?:jusqu|tant que|au moins jusqu))"),
    ("authorities_safety", "legal", 240, ("safety",),
     translatable("checklist.step.authorities_safety",
                  "Inform the labour inspectorate if workers (ours or another firm's) were involved, and the local "
                  "authorities; cooperate with any inquiry."),
     r"\b(?:labour inspector\w*|inspectorate|prefecture|inspection du travail|inspection des installations|dreal|"
     r"préfecture|préfet)\b|\b(?:informed|notified|alerted|told|called|reported (?:it|this|the \w+) to|cooperat\w*|"
     r"co-operat\w*|working with)\b[^.]{0,60}\b(?:police|investigators|inquiry|investigation|coastguard|coast guard|"
     r"gendarm\w*|authorit\w*)|\b(?:avons|a|ont) (?:informé|prévenu|alerté|appelé|signalé)\b[^.]{0,60}\b(?:police|"
     r"enquêteurs|enquêtes?|gendarm\w*|autorités|cross)\b|\b(?:coopérons|coopère|collaborons|coopération|travaillons avec)\b[^.]{0,60}"
     r"\b(?:enquête|enquêteurs|autorités?|police|gendarm\w*|direction générale|aviation civile)|"
     # an authority told ("the coastguard was informed") or at work ("evacuated by 12 gendarmes")
     r"\b(?:police|coastguard|coast guard|gendarm\w*|authorit\w*|inspectorate|prefect\w*)\b[^.]{0,40}\b(?:was|were|"
     r"has been|have been) (?:informed|notified|alerted|called)|\bby (?:the )?(?:\d+ )?(?:[\w-]+ ){0,3}(?:gendarmes|"
     r"police|coastguard)\b|\b(?:police|gendarm\w*|cross|autorités?|préfe\w*)\b[^.]{0,40}\b(?:a|ont) été "
     r"(?:prévenue?s?|informée?s?|alertée?s?|appelée?s?)|\bpar (?:la |les )?(?:\d+ )?(?:gendarmes|police|cross)\b"),
    ("insurer", "legal", 5 * 24 * 60, ("safety",),
     translatable("checklist.step.insurer", "Declare the loss to the insurer (policies often allow 5 working days: this date leaves a margin)."),
     r"\b(?:insurer|insurance|assureur|assurance)"),
    ("staff", "people", 24 * 60, ("safety",),
     translatable("checklist.step.staff",
                  "Support the staff involved: talk to each of them, offer psychological support, say what happens "
                  "to their work and pay; inform the staff representatives (works council)."),
     # support for our own people, not for passengers met "by our staff"
     r"\b(?:(?:staff|crew|employees|colleagues|workers) (?:\w+ ){0,3}(?:have been |were |are |will be )?(?:offered|"
     r"given|receiv\w*|(?:have|has) access to) (?:\w+ ){0,2}(?:counsel|psycholog|support)|(?:counsel|"
     r"psycholog|support)\w*\b[^.]{0,30}\b(?:to|for) (?:our |the |all )?(?:staff|crew|employees|colleagues|workers)|"
     # (their pay alone is one part of the step: "keep their full pay" does not tick it)
     r"reçus individuellement|"
     r"(?:salariés|équipage|collaborateurs|collègues) (?:\w+ ){0,3}(?:ont reçu|reçoivent|recevront|bénéficient d['’]"
     r"|bénéficieront d['’]|se sont vu proposer) ?(?:\w+ ){0,2}(?:soutien|psycholog|écoute)|(?:soutien|psycholog|"
     r"écoute)\w*\b[^.]{0,30}\b(?:aux|pour les|à nos|pour nos) (?:salariés|membres d['’]équipage|collaborateurs|"
     r"collègues))"),
    ("environment", "safety", 24 * 60, ("safety",),
     translatable("checklist.step.environment", "Check and report any impact on air, water or soil."),
     r"\b(?:air quality|air measurements|toxic|firewater|retention (?:basin|pond)|nothing (?:was )?(?:released|"
     r"discharged)|qualité de l'air|qualité de l’air|toxique|eaux (?:d'extinction|utilisées pour éteindre)|bassin de "
     r"rétention|rien n'a été rejeté|sans rejet)"),
    # A service outage.
    ("workaround", "ops", 60, ("outage",),
     translatable("checklist.step.workaround",
                  "Give a workaround if there is one."),
     r"^(?!.*\b(?:had to|have had to|ont dû|avez dû)\b).*?"
     r"\b(?:try again|pay again|another (?:way|means)|by hand|itself|instead|manually|réessay|autre moyen|à la main|"
     # other ways to travel or to be served: "think of car-sharing", « restent ouverts jusqu'à 19 h »
     r"covoiturage|télétravail|car-?shar\w*|car-?pool\w*|work(?:ing)? from home|"
     r"(?:remain|remains|stay|stays|restent|reste) ouverte?s?\b|(?:remain|remains|stay|stays) open\b|"
     r"lui-même|directement sur|board anyway|without (?:a )?ticket|montez quand même|sans (?:titre|billet)|"
     r"in the meantime,? (?:you can|use)|en attendant,? (?:vous pouvez|utilisez)|"
     # replacement transport: "buses replace the trams every 10 minutes", « des bus de remplacement »
     r"replacement (?:buses|bus service|coaches|shuttles?)|buses replace|bus (?:de remplacement|de substitution)|"
     r"navettes? de (?:remplacement|substitution)|des bus remplacent)"),
    ("restored", "tech", None, ("outage",),
     translatable("checklist.step.restored", "Say when service is back, once it is checked."),
     r"\b(?:working normally|worked normally|working again|operated normally|authori[sz]ed normally|back to normal|"
     r"restored|fonctionnent normalement|fonctionne normalement|fonctionne de nouveau|rétabli|"
     r"(?:run|runs|running) (?:normally )?again|circulent (?:de nouveau|à nouveau|normalement)|roulent de nouveau)"),
    ("credits", "commercial", 7 * 24 * 60, ("outage", "health"),
     translatable("checklist.step.credits", "Decide on service credits or refunds and say how customers claim them."),
     # (« un avoir » is a credit note; « avoir bu » is not)
     r"\b(?:refund|credit|waive|waiver|voucher|reimburs|rembours|(?:un|d['’]un|votre|l['’]|cet) ?avoir\b|geste commercial|exonération|renonçons|"
     r"compensat|dédommag|indemnis)|"
     r"charges?\b[^.]{0,60}\bcancel|factur[^.]{0,60}annul|annul[^.]{0,60}factur|"
     # a gift decided for everyone: "everyone who played gets 500 Embers", « recevront 500 Braises »
     r"\b(?:gets?|receives?|will (?:get|receive)|recevr\w+|reçoi\w*) \d|\b\d[\d,\u202f ]* \w+ (?:will be|are|have been|"
     r"seront|sont|ont été) (?:added|credited|given|offered|ajoutée?s?|créditée?s?|offerte?s?) (?:to|à)\b"),
    # A public-health notice (boil-water advice, contamination): the health authority, a safe
    # alternative, the most vulnerable, the symptoms, the cases, and what lifts the advice.
    ("health_authority", "safety", 60, ("health",),
     translatable("checklist.step.health_authority",
                  "Agree on the advice with the health authority and keep it informed."),
     r"\b(?:health (?:agency|authorit\w*|security agency)|public health|ARS\b|agence régionale de santé|"
     r"autorités? sanitaires?|UKHSA|Drinking Water Inspectorate|environmental health|OSAV|OFCO|AFSCA|"
     r"(?:Department|Ministry|Minister) of Health|ministère de la Santé|ministre de la Santé|"
     r"chimiste cantonal|office (?:fédéral|cantonal) )"),
    ("safe_supply", "ops", 120, ("health",),
     translatable("checklist.step.safe_supply", "Give people a safe alternative and say where and when to get it."),
     # never a sentence about its end: "the distribution points close at 19:00" shows nothing given
     r"^(?!.*\b(?:close[sd]?|closing|ferme(?:nt|ront|ra)?|fermée?s?|fermeture)\b).*?"
     r"\b(?:bottled water|distribution points?|handed out|distributed|boil(?:ed)? (?:\w+ )?water|eau en bouteille|"
     r"points? de distribution|distribuée?s?|distribué|faire bouillir|fait bouillir)"),
    ("vulnerable", "support", 240, ("health",),
     translatable("checklist.step.vulnerable",
                  "Protect the most vulnerable: babies, elderly and ill people, schools, care homes; deliver to "
                  "those who cannot travel."),
     r"\b(?:elderly|care homes?|crèches?|cannot travel|baby bottles|personnes âgées|maisons de retraite|ehpad|"
     r"ne peuvent pas se déplacer|biberons|priority services? register|vulnerable (?:customers|households|people)|"
     r"personnes (?:vulnérables|fragiles)|deliver(?:ed|ing)? (?:bottled )?water to)"),
    ("symptoms", "comms", 120, ("health",),
     translatable("checklist.step.symptoms", "Say which symptoms to watch for and whom to call, and open a helpline."),
     # what people are told to watch for, not the symptoms customers reported to us
     r"\b(?:if you (?:have|get|notice|develop|feel)|watch for|look out for|see (?:your|a) doctor|call (?:your|a) doctor|"
     r"in case of (?:diarrh\w*|vomiting|fever|symptoms)|"
     r"si vous (?:avez|présentez|ressentez|constatez)|surveillez|(?:consultez|contactez) (?:votre|un) médecin|appelez (?:votre|un) "
     r"médecin|en cas de (?:diarrhée|vomissements?|fièvre|symptômes?|malaise))"),
    ("cases", "safety", 24 * 60, ("health",),
     translatable("checklist.step.cases",
                  "Follow the reported cases of illness with the health authority, and say what is known."),
     # a number of people ill ("7 cases of…", "3 residents have reported…"); never « en cas de »
     r"\b(?:\d[\d,\u00a0\u202f ]*|two|three|four|five|six|seven|eight|nine|ten|deux|trois|quatre|cinq|six|sept|huit|"
     r"neuf|dix) (?:cases? of(?! (?:bottled |drinking |spring |tap )?water\b| bottles?\b| drinks?\b)|cas de|(?:\w+ ){0,5}(?:have|has) (?:reported|fallen ill|seen a doctor|been to (?:a|the) "
     r"doctor|been confirmed with|been diagnosed with)|(?:\w+ ){0,3}ont (?:signalé|été malades|consulté un médecin|"
     r"vu un médecin|été diagnostiquée?s?)|confirmed cases?|cas confirmés?)|\bno (?:case|illness) "
     r"(?:has been )?reported|\baucun cas"),
    ("lifting", "ops", 24 * 60, ("health",),
     translatable("checklist.step.lifting",
                  "Say what will lift the advice (which tests, who decides), then announce the lifting on every "
                  "channel."),
     r"\b(?:(?:can|will) (?:only )?be lifted|lifted only|advice (?:is|was|has been) lifted|(?:pourra|sera) (?:être )?"
     r"levée?s?|ne pourra être levée?|(?:consigne|avis) (?:est|a été) levée?|levée de (?:la consigne|l['’]avis))"),
    # A bad buzz: something we published hurt people.
    ("take_down", "comms", 60, ("controversy",),
     translatable("checklist.step.take_down", "Take the content down everywhere, and keep a copy for the review."),
     r"\b(?:removed|deleted|withdrawn|taken down|retirée?|supprimée?)"),
    ("own_words", "comms", 120, ("controversy",),
     translatable("checklist.step.own_words",
                  "Apologise for what was said, plainly: never \"if anyone was offended\"."),
     "apology"),
    ("answer_each", "support", 24 * 60, ("controversy",),
     translatable("checklist.step.answer_each", "Answer the people who wrote to us, one by one."),
     r"\b(?:(?:replied|answered|responded|replying|answering|responding)\b[^.]*\b(?:each|every|personally)|"
     r"(?:répondu|répondons|répondrons)[^.]*(?:personnellement|chacun))"),
    ("approval", "marketing", 7 * 24 * 60, ("controversy",),
     translatable("checklist.step.approval", "Change how posts are approved, and say what changes."),
     r"\b(?:reviewed by two|approved by|two people|second review|relue? par deux|validée? par|double relecture|"
     r"reviewed before (?:publication|it goes out)|review panel|panel of (?:two|three|four|\d)|"
     r"comité de (?:relecture|validation)|relue? avant (?:publication|diffusion|sa publication))"),
    # Colleagues hurt by what was published, and those who made or approved it.
    ("colleagues", "people", 24 * 60, ("controversy",),
     translatable("checklist.step.colleagues",
                  "Protect the colleagues involved: no name published, support against online abuse, and the "
                  "employee assistance line for those it hurt."),
     r"\b(?:employee assistance|assistance line for (?:staff|colleagues)|colleagues can (?:also )?call|"
     # (Saying they "followed the process they were given" clears them; it protects no one.)
     r"(?:no|not) (?:one|name)[^.]{0,40}(?:blamed|named|published)|"
     r"cellule d['’]écoute|soutien psychologique|ligne d['’]écoute (?:pour|des) (?:salariés|collaborateurs))"),
    # Money taken or paid wrongly.
    ("repay", "support", 24 * 60, ("billing",),
     translatable("checklist.step.repay",
                  "Pay back or pay out the right amount to everyone affected, and say when it reaches them."),
     r"\b(?:(?:have been|has been|was|were) (?:\w+ )?(?:refunded|paid|transferred)|(?:amount|charge|sum)s? [^.]{0,40}"
     r"(?:has|have) been (?:removed|taken off|deducted)|refunds? "
     r"(?:have been|has been|was|were) issued|refunds? (?:is|are) (?:now )?under way|(?:a été|ont été) (?:\w+ )?"
     r"(?:viré|versé|remboursé)e?s?|(?:montant|somme)s? [^.]{0,40}(?:a|ont) été retirée?s?|remboursements? (?:a|ont) "
     r"été émis|remboursements? (?:est|sont) en cours|"
     r"complément (?:a été )?viré|"
     # "We've refunded the second payment", "We sent every second payment back", "58,900 now have their refund"
     r"(?:we've|we have|we) (?:\w+ )?(?:refunded|paid back|repaid|sent (?:\w+ ){0,4}back)\b|now have (?:their|the) "
     r"refunds?|refunds? (?:have|has) arrived|nous avons (?:\w+ )?(?:remboursé|renvoyé|reversé|restitué))"),
    ("fees", "support", 7 * 24 * 60, ("billing",),
     translatable("checklist.step.fees", "Cover the bank charges the error caused, and say how people claim them."),
     # the bank's charges, covered by us (never "roaming fees"): a sentence naming both
     r"\b(?:bank (?:charges|fees)|overdraft (?:fees|charges)|frais bancaires|agios|frais de rejet)\b[^.]*\b(?:refund|"
     r"reimburs|cover|pay (?:them|back)|rembours|prendrons en charge|pris en charge)|\b(?:refund|reimburs|cover|"
     r"rembours|prendrons en charge|claim)\w*\b[^.]*\b(?:bank (?:charges|fees)|overdraft|frais bancaires|agios|"
     r"frais (?:causés|occasionnés) par (?:notre erreur|l['’]erreur|la panne|l['’]incident)|(?:costs|charges) "
     r"caused by (?:our|the) (?:error|mistake|outage|incident))"),
    ("tell_each", "support", 24 * 60, ("billing",),
     translatable("checklist.step.tell_each",
                  "Tell each person affected, with their amount and the date of the correction."),
     r"\b(?:received an? e-?mail|have been (?:e-?mailed|contacted)|statements? (?:are|is) (?:online|available)|"
     r"corrected (?:\w+ )?invoices?|invoices? (?:\w+ )?corrected|relevés? (?:corrigés?|de paie)|factures? (?:\w+ )?"
     r"corrigées?|ont reçu un e-?mail)"),
    ("control", "ops", 7 * 24 * 60, ("billing",),
     translatable("checklist.step.control", "Add the control that stops it happening again, and say what it is."),
     r"\b(?:automatic check|added a check|will now|now blocks|(?:is|are) (?:now )?blocked automatically|"
     r"automatically blocked|two people|contrôlée par deux|validée? par|deux personnes|contrôle automatique|"
     r"bloquée? automatiquement|we now (?:check|compare|verify|block|test)|(?:is|are) now compared|"
     r"(?:est|sont) (?:désormais )?comparée?s?|désormais[^.]{0,80}\b(?:compar|vérifi|contrôl)|"
     # "We've switched off the automatic resending of payment files": what did it, stopped.
     r"(?:we(?:'ve| have)? |nous avons )(?:switched|turned) off (?:the )?automatic|(?:we(?:'ve| have)? )?(?:disabled|"
     r"stopped) the automatic|désactivé (?:le |la |l['’])?(?:renvoi|envoi|relance|traitement) automatique)"),
    ("updates", "comms", None, ("*open",),
     # Translators: {next} is the time of the next update promised ("20 November 2026, 10:50 CET", or
     # "…, overdue"), else checklist.none.
     translatable("checklist.step.updates",
                  "Post every promised update on time, even with no news (next: {next})."), None),
    ("board", "lead", 240, ("*critical",),
     translatable("checklist.step.board",
                  "Inform the board and major partners before they read it in the press."), None),
    ("review", "lead", None, ("*",),
     translatable("checklist.step.review",
                  "Once it is over: publish what happened and what changes, within two weeks."),
     r"\b(?:published (?:the|our) (?:full )?postmortem|postmortem (?:is|was|has been) published|"
     r"publié (?:l'|notre |l’)analyse|analyse (?:complète )?(?:est|a été) publiée)"),
)

# The checklist's own words around its steps, by key (the message context in the catalogues).
WORDS: dict[str, str] = english_table(
    translatable("checklist.title", "Crisis checklist: {title}"),
    # Translators: {severity} is checklist.severity.major or .critical, {kind} a checklist.kind.*,
    # {first} the time of our first public word.
    translatable("checklist.intro",
                 "For the crisis team. A {severity} crisis: {kind}. Deadlines count from our first public word, "
                 "{first}. Owners are named from the crisis team, or the role to appoint is given."),
    # Translators: as checklist.intro, when the statement says when we knew; {first} is that time.
    translatable("checklist.intro_known",
                 "For the crisis team. A {severity} crisis: {kind}. Deadlines count from when we knew, "
                 "{first}. Owners are named from the crisis team, or the role to appoint is given."),
    # Translators: as checklist.intro, when the statement says when the problem began, within a
    # day before our first word; {first} is that time.
    translatable("checklist.intro_began",
                 "For the crisis team. A {severity} crisis: {kind}. Deadlines count from when it began, "
                 "{first}. Owners are named from the crisis team, or the role to appoint is given."),
    # Translators: added to the intro (starts with a space) when the first public word's hour
    # runs from an earlier moment than the other deadlines; {began} is that moment.
    translatable("checklist.intro_first",
                 " Our first public word was due within an hour of when the problem began, {began}."),
    translatable("checklist.intro_first_known",
                 " Our first public word was due within an hour of when we knew, {began}."),
    # Translators: added to the intro of a data breach (starts with a space); {known} is
    # checklist.known_said or checklist.known_first.
    translatable("checklist.intro_breach",
                 " The data protection authority's 72 hours count from when we became aware: {known}."),
    # Translators: {sentence} is the statement's sentence that says when we knew, quoted.
    translatable("checklist.known_said", "{when}; the statement says: “{sentence}”"),
    translatable("checklist.known_first",
                 "at the latest {when}, our first public word; if we knew earlier, count from then"),
    translatable("checklist.owner", "Owner:"),
    # Translators: checklist.step.review when an inquiry is under way (no two weeks: its findings first).
    translatable("checklist.review_inquiry", "Once the inquiry concludes: publish its findings and what changes."),
    # Translators: the deadline of the "publish what happened" step when an inquiry is under way.
    translatable("checklist.after_inquiry",
                 "Deadline: once the inquiry's findings are known (the statement promises to publish them)."),
    translatable("checklist.deadline", "Deadline:"),
    translatable("checklist.done", "Done, the statement says:"),
    # Translators: after the source of a quoted sentence that a correction has changed since.
    translatable("checklist.as_corrected", ", as first published; corrected since"),
    # Translators: after checklist.done, when what was done came after the step's deadline; {when}
    # is when the statement says it was done.
    translatable("checklist.done_late", "Done late, {when}: say so in the review."),
    # Translators: the same when the sentence is in an undated section: it was published no
    # earlier than the statement's first word; {when} is that first word.
    translatable("checklist.done_late_first",
                 "Published no earlier than our first public word, {when}, after the deadline: say so in the review."),
    # Translators: the deadline of a step due the moment the crisis began ("People first").
    translatable("checklist.at_once", "at once, from {when}"),
    # Translators: a step of two parts of which the statement shows one; {rest} is what is left to check.
    translatable("checklist.partly", "Partly done, the statement says:"),
    # Translators: work the statement tells as under way, with how far it has come.
    translatable("checklist.under_way", "Under way, the statement says:"),
    translatable("checklist.under_way_check", "Tick it once it reaches everyone concerned."),
    translatable("checklist.partly_check", "Check the rest: {rest}."),
    translatable("checklist.rest.notice", "the official recall notice is published"),
    translatable("checklist.rest.inspectorate", "the labour inspectorate and the local authorities are informed"),
    translatable("checklist.rest.lifted", "the lifting is announced on every channel"),
    # Translators: a step shown done only by the statement in another language; {language} is
    # its name in running text (« français »).
    translatable("checklist.done_in_language", "Done, according to the {language} statement."),
    # Translators: a recall whose product was sold abroad too; {countries} as the statement names
    # them (« la France et les Pays-Bas »).
    translatable("checklist.sold_abroad", "Sold in {countries} too: inform each country's product-safety authority "
                                          "as well (in the EU, the alert reaches the others through Safety Gate)."),
    # Translators: a promise the statement made in public, quoted ({sentence}), with where it is ({source}).
    translatable("checklist.promise", "Keep the public promise {sentence} ({source})."),
    # Translators: an offer the statement makes until a time ({sentence}, quoted), while the crisis
    # is open: someone decides in time whether it goes on.
    translatable("checklist.offer",
                 "Keep the public offer {sentence} ({source}) and decide before it ends whether to extend it; say "
                 "so in an update."),
    # Translators: an instruction the statement says our front-line staff were given ({sentence}, quoted).
    translatable("checklist.front_line",
                 "Make sure every colleague on the ground has the instruction the statement gives, on every site "
                 "and shift: {sentence}"),
    # Translators: a help line of another organisation the statement sends people to ({sentence}, quoted).
    translatable("checklist.outside_line",
                 "Tell the organisation whose line the statement gives that we are sending people to it: {sentence}"),
    # Translators: a recall widened by a later update ({when}): everything already out must say so.
    translatable("checklist.recall_extended",
                 "The recall was extended on {when}: update the official recall notice and the posters in shops, tell "
                 "the authority that received the recall notice in every country where the lots were sold, and brief "
                 "the shops and distributors again."),
    # Translators: a correction published {when}; {sentence} is its text, quoted.
    translatable("checklist.corrected",
                 "A correction was published on {when}: make sure every copy already out (posts, e-mails, notices, "
                 "posters) gives the corrected fact or points to it: {sentence}"),
    # Translators: the checklist's three parts.
    translatable("checklist.group.now", "To do now"),
    translatable("checklist.group.check", "Deadline passed: check it was done"),
    translatable("checklist.group.done", "Done"),
    # Translators: after the deadline of a public promise, passed with no word that it was kept.
    translatable("checklist.promise_passed",
                 "passed; the statement does not say it was kept: say publicly where it stands"),
    # Translators: after a deadline passed.
    translatable("checklist.passed", "passed; the statement does not show it done: check"),
    # Translators: after a deadline passed, for a step no statement can show (an internal one).
    translatable("checklist.passed_internal", "passed: check it was done"),
    # Translators: the next update of checklist.step.updates when none is promised.
    translatable("checklist.none", "as promised"),
    translatable("checklist.overdue", "{when}, overdue"),
    # Translators: {delay} is a duration ("2 hours"), {first} and {began} times.
    translatable("checklist.first_late",
                 "Done late: our first public word came {first}, {delay} after we knew, {began}. Say so in the "
                 "review."),
    translatable("checklist.first_late_began",
                 "Done late: our first public word came {first}, {delay} after the problem began, {began}. Say so "
                 "in the review."),
    # Translators: {scope} of checklist.step.pause, for a major crisis and a critical one.
    translatable("checklist.scope_major", "what reaches the people affected"),
    translatable("checklist.scope_critical", "on every channel"),
    # Translators: the kind of crisis, the {kind} of checklist.intro.
    translatable("checklist.kind.breach", "personal-data breach"),
    translatable("checklist.kind.recall", "product recall"),
    translatable("checklist.kind.safety", "safety incident"),
    translatable("checklist.kind.outage", "service outage"),
    translatable("checklist.kind.strike", "service disrupted by a strike"),
    translatable("checklist.kind.billing", "billing or payment error"),
    translatable("checklist.kind.incident", "incident"),
    translatable("checklist.kind.health", "public-health safety notice"),
    translatable("checklist.kind.controversy", "controversy over something we published or said"),
    translatable("checklist.kind.conduct", "controversy over how one of our people treated someone"),
    # Translators: the {severity} of checklist.intro and checklist.step.assess, in running text
    # (French agrees with « crise »).
    translatable("checklist.severity.minor", "minor"),
    translatable("checklist.severity.major", "major"),
    translatable("checklist.severity.critical", "critical"),
)


# A safety incident aboard a vehicle (an aircraft, a train, a ship, a bus) has no site to
# secure and no labour inspectorate to call: the vehicle is kept out of service, the transport
# investigators are told. Steps reworded there, with the evidence that shows them done.
VEHICLE = (r"\b(?:flight|aircraft|airliner|plane|train|tram|ferry|ship|vessel|coach|bus|vol|avion|appareil|rame|navire|"
           r"autocar|car-ferry|scooters?|e-scooters?|trottinettes?|e-?bikes?|vélos?|bicycles?|bateaux?|boats?|"
           r"vedettes?|navettes? maritimes?)\b")
# Our own people in the account: without them, no labour inspectorate and no staff to support
# (a rider hurt by a scooter, a passenger by a tram door).
STAFF = (r"\b(?:staff|employees?|workers?|crew|colleagues?|drivers?|pilots?|technicians?|agents?|salariée?s?|employée?s?|"
         r"collaborat\w+|collègues?|équipage|conducteurs?|conductrices?|techniciens?|personnel|ouvriers?|"
         r"(?:our|nos|notre) (?:teams?|équipes?))\b")
VEHICLE_STEPS: dict[str, tuple[Text, str]] = {
    "site_safe": (
        translatable("checklist.step.site_safe.vehicle",
                     "Keep the vehicle out of service until it has been inspected and cleared."),
        r"\b(?:(?:stay|stays|remain|remains) (?:on the ground|grounded|out of service|in (?:the )?depot|in port)|grounded|"
        r"withdrawn from service|taken out of service|(?:reste|restera|restent|resteront) (?:au sol|immobilisée?s?|à quai|au dépôt|hors service)|"
        r"immobilisée?s?|retirée?s? du service)"),
    "authorities_safety": (
        translatable("checklist.step.authorities_safety.vehicle",
                     "Inform the transport safety investigators and the regulator; cooperate with their inquiry."),
        r"\b(?:informed|notified|alerted|told|cooperat\w*|co-operat\w*|working with|handed over)\b[^.]{0,80}\b(?:"
        r"investigat\w*|inquiry|bea|dgac|raib|maib|aaib|ntsb|bea-tt|regulator|authorit\w*)|\b(?:informé|prévenu|"
        r"alerté|coopér\w*|travaillons avec|remis)\b[^.]{0,80}\b(?:enquêt\w*|bea|dgac|bea-tt|autorité)|"
        # the investigators at work: "The marine accident investigation office (BEAmer) has opened an investigation"
        r"\b(?:bea\w*|maib|raib|aaib|ntsb|accident investigation \w+|bureau d['’]enquêtes?\w*)\b[^.]{0,60}\b(?:has "
        r"opened|opened|a ouvert|ont ouvert)\b|"
        # (kit 55) "The Directorate of Maritime and Port Affairs has opened an investigation"
        r"(?-i:\b(?:Directorate|Direction|Ministry|Ministère|Authority|Autorité))\b[^.]{0,60}\b(?:has opened|opened|a ouvert|"
        r"ont ouvert) (?:an? |une )(?:investigation|inquiry|enquête)\b|"
        # (kit 49) a safety investigation board named its own way, "The Swiss Transportation Safety
        # Investigation Board (STSB) has opened…", « Le Service suisse d'enquête de sécurité (SESE) a
        # ouvert une enquête »; the regulator told, "The FOT has been informed", « L'OFT est informé »
        r"\b(?:safety investigation|investigation (?:board|office|bureau|service)|service [\w ]{0,20}d['’]enquête|"
        r"office [\w ]{0,20}d['’]enquête)\w*\b[^.]{0,60}\b(?:has opened|opened|a ouvert|ont ouvert)\b|"
        r"\b(?:regulator|authority|office|autorité|office fédéral|ministère|ministry)\b[^.]{0,60}\b(?:has been|have been|was|"
        r"is|est|a été|sont|ont été) (?:informed|notified|told|informée?s?|notifiée?s?|prévenue?s?|avisée?s?)\b"),
}
# A vehicle recall is not a food recall: its authority is market surveillance, never the DDPP or the DGAL.
VEHICLE_RECALL: Text = translatable("checklist.step.authorities.vehicle_recall",
                              "Inform the market-surveillance authority without delay and publish the official "
                              "recall notice.")
# What could reach air, water or soil: a fire, a chemical, a leak; never smoke in a cabin.
ENVIRONMENT = (r"\b(?<!no )(?<!aucun )(?:fire(?! (?:and rescue|crews?|brigade|fighters?|service|department|engines?|station|alarm|"
               r"exits?|doors?|drill))|blaze|incendie|chemical|chimique|explosion|leak|fuite|spill|déversement|pollution|toxic|"
               r"toxique|firewater|factory|plant|usine|warehouse|entrepôt)\b")

# Soap in French, never « nous savons » ("we know") nor « savons-nous ».
_SOAP = (r"(?<!nous )(?<!ne )savons?(?! (?:pas|que|comment|pourquoi|d['’]où|où|quand|si|déjà|maintenant|désormais|"
         r"encore))")
# A cosmetic, a medicine or a medical device is not food either: its authority is the medicines
# agency (the ANSM in France), which the statement may already say was told.
# (Never food: « Tomme à la crème », "ice cream", « crème fraîche ».)
HEALTH_PRODUCTS = (r"\b(?:cosmetic\w*|cosmétiques?|(?<!ice )(?<!sour )(?<!clotted )creams?(?! cheese| tea| cake)|"
                   r"(?<!à la )(?<!de )crèmes?(?! fraîche| glacée| dessert| brûlée| anglaise| pâtissière| de marrons)|lotions?|serums?|sérums?|shampoo\w*|shampooings?|"
                   r"soaps?|" + _SOAP + r"|make-?up|maquillage|sunscreens?|medicines?|médicaments?|drugs?|tablets?|comprimés?|"
                   r"eye ?drops|collyres?|nasal sprays?|sprays? nasa\w*|syrups?|sirops?|"
                   r"medical devices?|dispositifs? médicaux|dispositif médical|saline|ointments?|pommades?|gels? douche|"
                   r"shower gels?|lait corps|body lotion|déodorants?|deodorants?|vitamins?|vitamines?|lip ?gloss|gloss|"
                   r"lip balms?|baumes? à lèvres|lipsticks?|rouges? à lèvres)\b")
# A cosmetic, whose authority is not always the medicines agency (in Belgium the FPS Public
# Health, in the United Kingdom the Office for Product Safety and Standards).
COSMETICS = (r"\b(?:cosmetic\w*|cosmétiques?|lip ?gloss|gloss|lip balms?|baumes? à lèvres|lipsticks?|rouges? à lèvres|"
             r"make-?up|maquillage|shampoo\w*|shampooings?|soaps?|" + _SOAP + r"|sunscreens?|déodorants?|deodorants?|lotions?|"
             r"shower gels?|gels? douche)\b")
_MEDICINE = (r"\b(?:medicines?|médicaments?|drugs?|tablets?|comprimés?|vitamins?|vitamines?|medical devices?|dispositifs? médica\w+|"
             r"eye ?drops|collyres?|nasal sprays?|syrups?|sirops?)\b")
_COSMETICS_AGENCY: dict[str, dict[str, str]] = {
    "Europe/Brussels": {"en": "FPS Public Health", "fr": "SPF Santé publique", "de": "FÖD Volksgesundheit"},
    "Europe/London": {"en": "Office for Product Safety and Standards", "fr": "Office for Product Safety and Standards",
                      "de": "Office for Product Safety and Standards"}}
HEALTH_PRODUCT_RECALL: tuple[Text, str] = (
    # Translators: {agency} names the country's medicines agency ("FAMHP", "Swissmedic").
    translatable("checklist.step.authorities.health_product_recall",
                 "Inform the medicines and health-products agency ({agency}) without delay and publish the "
                 "official recall notice."),
    r"\b(?:ansm|afmps|famhp|fagg|swissmedic|hpra|bfarm|fda|health canada|santé canada|medicines? (?:and health products )?"
    r"agency|mhra|health products agency|fps public health|spf santé publique|opss|office for product safety|"
    r"trading standards)\b|"
    r"\b(?:informed|notified|told|alerted|reported|declared)\b[^.]*\b(?:authorit|agency|regulator|(?-i:Directorate|Ministry))|"
    r"\b(?:informé|notifié|prévenu|alerté|signalé|déclaré)e?s?\b[^.]*\b(?:autorités?|agence|ansm|(?-i:Direction|Ministère))")
# A cosmetic's recall: the same evidence, the authority named as the one for cosmetics.
COSMETIC_RECALL: tuple[Text, str] = (
    # Translators: {agency} names the country's authority for cosmetics ("FPS Public Health").
    translatable("checklist.step.authorities.cosmetic_recall",
                 "Inform the authority for cosmetics ({agency}) without delay and publish the official recall notice."),
    HEALTH_PRODUCT_RECALL[1])


def is_cosmetic(told: str) -> bool:
    """Whether `told` recalls a cosmetic and no medicine."""
    return re.search(COSMETICS, told, re.IGNORECASE) is not None and re.search(_MEDICINE, told, re.IGNORECASE) is None


# The medicines agency of the country a site's time zone names, in each language; elsewhere the
# French one as an example.
_HEALTH_CANADA = {"en": "Health Canada", "fr": "Santé Canada", "de": "Health Canada"}
_MEDICINES_AGENCY: dict[str, str | dict[str, str]] = {"Europe/Paris": "ANSM", "Europe/Brussels": {"en": "FAMHP", "fr": "AFMPS", "de": "FAGG"},
                     "Europe/Zurich": "Swissmedic", "Europe/London": "MHRA", "Europe/Dublin": "HPRA",
                     "Europe/Berlin": "BfArM", "Europe/Luxembourg": {"en": "Ministry of Health", "fr": "ministère de la Santé",
                                                                     "de": "Gesundheitsministerium"},
                     **{zone: _HEALTH_CANADA for zone in ("America/Toronto", "America/Montreal", "America/Halifax",
                                                           "America/Moncton", "America/Winnipeg", "America/Edmonton",
                                                           "America/Vancouver", "America/St_Johns", "America/Regina")},
                     **dict.fromkeys(("America/New_York", "America/Chicago", "America/Denver", "America/Los_Angeles",
                                      "America/Phoenix"), "FDA")}
_AGENCY_EXAMPLE = {"en": "ANSM in France", "fr": "l'ANSM en France", "de": "in Deutschland das BfArM"}


def medicines_agency(zone: object, lang: str, told: str = "") -> str:
    """"FAMHP" for a Belgian site in English, « AFMPS » in French; elsewhere an example. For a
    cosmetic (`told` names one and no medicine), the country's authority for cosmetics where it
    is another one (« SPF Santé publique » in Belgium)."""
    cosmetic = _COSMETICS_AGENCY.get(str(zone))
    if cosmetic and is_cosmetic(told):
        return cosmetic.get(lang, cosmetic["en"])
    found = _MEDICINES_AGENCY.get(str(zone))
    if found is None:
        return _AGENCY_EXAMPLE.get(lang, _AGENCY_EXAMPLE["en"])
    return found if isinstance(found, str) else found.get(lang, found["en"])


# A public body has elected members, not a board.
PUBLIC_BODY = r"\b(?:métropole|mairie|ville|commune|communauté|conseil|région|département|city|town|village|borough|" \
              r"council|county|municipality)\b"
PUBLIC_BOARD: Text = translatable("checklist.step.board.public_body",
                                  "Inform the elected members and major partners before they read it in the press.")
# Nobody was hurt: there are no families of the injured to tell.
NOBODY_HURT = (r"\b(?:nobody|no one|no-one)\b[^.]{0,40}\b(?:hurt|injured)|personne n['’]a été (?:\w+ )?blessée?|"
               r"aucun blessé|aucune? (?:\w+ ){0,2}n['’]a été (?:\w+ )?blessée?")

# Every text of the owners and steps, by context (a context given twice fails here, at import).
# The first word of a recall (the checklist gives it twelve hours from when we knew): the recall
# notice, once the safety authority is told.
RECALL_FIRST_WORD = translatable("checklist.step.first_word_recall",
                                 "First public word the same day: the recall notice, once the safety authority "
                                 "is told.")

STEP_TEXTS: dict[str, str] = english_table(*(name for _, name in OWNERS.values()), *(step[4] for step in STEPS),
                                           *(text for text, _ in VEHICLE_STEPS.values()), VEHICLE_RECALL,
                                           HEALTH_PRODUCT_RECALL[0], COSMETIC_RECALL[0], PUBLIC_BOARD, RECALL_FIRST_WORD,
                                           REGULATOR_OUTSIDE_GDPR, REGULATOR_SWISS, TAKE_DOWN_DELETED)


# Steps of two parts: the other part, and its words, when the sentence that ticks the step shows
# one ("the veterinary services are informed" is not the recall notice; cooperating with the
# investigators is not telling the labour inspectorate).
COMPOUND: dict[str, tuple[str, str]] = {
    # (A poster at the shop entrance is not the official notice.)
    "authorities": ("rest.notice", r"\b(?:rappel ?conso|official recall notice|recall notice (?:is |was |has been )?"
                                   r"(?:published|online)|published (?:the |an |its |this |our )?(?:official )?recall|"
                                   r"food standards agency|gov\.uk|fiche (?:de )?rappel ?conso|publié (?:la|une|le) "
                                   r"(?:fiche|avis) de rappel)"),
    "authorities_safety": ("rest.inspectorate", r"\b(?:labour inspector\w*|inspectorate|inspection du travail|"
                                                r"prefecture|préfecture|préfet|local authorit\w*|autorités locales|"
                                                r"mairie|town hall|city council|council|coast ?guard|cross)\b"),
    # What will lift the advice is said; its lifting, announced everywhere, is still to come.
    "lifting": ("rest.lifted", r"\b(?:advice (?:is|was|has been) (?:now )?lifted|(?:notice|advisory) (?:is|was|has been) "
                               r"(?:now )?lifted|(?:consigne|avis) (?:est|a été) (?:désormais )?levée?\b|nous levons)"),
}


CYBER_STEPS = frozenset({"regulator", "contain", "phishing", "police"})
# Patients are cared for, not customers owed a service credit.
CARE = r"\b(?:clinic|clinique|hospital|hôpital|patients?|Klinik\w*|Krankenhaus|Patient\w*)"


# Countries a recall may name as places of sale, with the time zones that make one of them home.
COUNTRIES: tuple[tuple[dict[str, str], tuple[str, ...]], ...] = tuple(
    ({"en": en, "fr": fr, "de": de}, zones) for en, fr, de, zones in (
        ("Belgium", "la Belgique", "Belgien", ("Europe/Brussels",)), ("France", "la France", "Frankreich", ("Europe/Paris",)),
        ("the Netherlands", "les Pays-Bas", "den Niederlanden", ("Europe/Amsterdam",)),
        ("Luxembourg", "le Luxembourg", "Luxemburg", ("Europe/Luxembourg",)),
        ("Germany", "l'Allemagne", "Deutschland", ("Europe/Berlin",)),
        ("Switzerland", "la Suisse", "der Schweiz", ("Europe/Zurich",)), ("Spain", "l'Espagne", "Spanien", ("Europe/Madrid",)),
        ("Italy", "l'Italie", "Italien", ("Europe/Rome",)), ("Ireland", "l'Irlande", "Irland", ("Europe/Dublin",)),
        ("the United Kingdom", "le Royaume-Uni", "dem Vereinigten Königreich", ("Europe/London",)))
)
_COUNTRY_WORDS = {"Belgium": r"Belgium|Belgique", "France": r"France", "the Netherlands": r"Netherlands|Pays-Bas",
                  "Luxembourg": r"Luxembourg", "Germany": r"Germany|Allemagne", "Switzerland": r"Switzerland|Suisse",
                  "Spain": r"Spain|Espagne", "Italy": r"Italy|Italie", "Ireland": r"Ireland|Irlande",
                  "the United Kingdom": r"United Kingdom|UK|Royaume-Uni"}


def countries_abroad(told: str, zone: str) -> list[dict[str, str]]:
    """The countries a recall says the product was sold in ("on sale in Belgium, France and the
    Netherlands"), other than the site's own: each country's name by language."""
    sold = " ".join(m.group(0) for m in re.finditer(r"\b(?:sold|on sale|distributed|vendue?s?|en vente|distribuée?s?)\b"
                                                    r"[^.]{0,160}", told, re.IGNORECASE))
    return [names for names, zones in COUNTRIES
            if zone not in zones and re.search(rf"\b(?:{_COUNTRY_WORDS[names['en']]})\b", sold)]
