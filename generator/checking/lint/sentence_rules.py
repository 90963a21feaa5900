"""Stage 2, checks: the sentence rules. Each sentence of the title, sections, updates and
corrections is read once by the statistical scorer (`generator.checking.lint.model`), which names the
fault it most probably shows; each rule reports its category's judgments with the words that
weighed most, and a few certain signs are found by syntax: template slots
(`generator.checking.lint.placeholders`) and shouting.

Severity policy (docs/rules.md): an error is for what the tool is sure of, here an unfilled
slot; every judgment about wording is a warning."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass

from generator.checking.lint.model import Judgment, scorer
from generator.checking.lint.placeholders import slots
from generator.checking.lint.registry import ERROR, WARNING, Rule
from generator.checking.lint.sentences import Sentence


@dataclass(frozen=True, slots=True)
class Reading:
    """What the rules know of one sentence: the scorer's judgment (None when the sentence
    looks clean, or the language has no model)."""

    sentence: Sentence
    lang: str
    judgment: Judgment | None


# A label is no sentence: a table cell or a field name ("Date de péremption", "Total") has at
# most three words and no end punctuation; the scorer does not judge it (slots still count).
_LABEL_WORDS = 3
_WORD = re.compile(r"[^\W\d_]+(?:['’-][^\W\d_]+)*")


def is_label(text: str) -> bool:
    stripped = text.strip()
    return len(_WORD.findall(stripped)) <= _LABEL_WORDS and not stripped.endswith((".", "!", "?", "…", ";", ":"))


def read(sentence: Sentence, lang: str) -> Reading:
    found = scorer(lang)
    # A table cell holds data ("Surname, first name, date of birth"), not the authors' voice.
    judged = found is not None and not is_label(sentence.text) and not sentence.paragraph.cell
    # A fixed phrase of the trade says its fault more surely than the scorer's weighing of words.
    judgment = (_telltale(sentence.text) or found.judge(sentence.text)) if judged and found else None
    if judgment is not None and _granted(judgment.category, sentence.text):
        judgment = None
    return Reading(sentence, lang, judgment)


# Turns of phrase the trade names as faults whatever surrounds them, in both languages: the
# scorer weighs words one by one and can miss a fault carried by a fixed phrase ("without
# admission of liability", « par simple mesure de précaution »). One finding, quoting the phrase.
_TELLTALES: tuple[tuple[str, re.Pattern[str]], ...] = tuple((category, re.compile(pattern, re.IGNORECASE)) for category, pattern in (
    ("no-ownership", r"\b(?:could|might) have been (?:handled |done |managed |communicated |organi[sz]ed )?better\b|"
                     r"\baurai(?:t|ent) pu\b[^.;]{0,40}\b(?:mieux|plus efficacement|plus clairement|plus rapidement)\b"),
    ("minimizing", r"\b(?:out of|from) an abundance of caution\b|\bpar (?:simple|pure) (?:mesure de )?précaution\b|"
                   r"\b(?:purely|merely|only) (?:cosmetic|superficial)\b|\b(?:d['’]ordre|purement) (?:esthétique|cosmétique)\b"),
    ("defensive", r"\bwithout (?:any )?(?:admission|acknowledg(?:e)?ment|acceptance) of (?:liability|fault|responsibility)\b|"
                  r"\bsans (?:aucune )?reconnaissance de (?:responsabilité|faute)\b|\bà titre (?:purement )?commercial\b"),
    ("emotional", r"\bwe (?:too |also )?(?:are|were) (?:also |ourselves |too )?(?:a |the )?victims?\b|"
                  r"\b(?:nous sommes|(?:est|sont)(?: \w+)?) (?:nous-mêmes |elle-même |lui-même |elles? |lui |nous )?"
                  r"aussi (?:des |une |la )?victimes?\b|\b(?:we are|we['’]re) only human\b|"
                  r"\bne sommes que des (?:êtres )?humains\b|\bscapegoats?\b|\bboucs? émissaires?\b"),
    ("overpromise", r"\bthere is (?:now |therefore |thus )?no (?:longer )?(?:any )?risk\b|"
                    r"\bil n['’]y a (?:donc |désormais |plus )*(?:plus )?aucun risque\b|"
                    r"\b(?:can|may) (?:already )?(?:count|rely) on (?:this|that) date\b|"
                    r"\bcompter sur cette date\b"),
    ("speculation", r"\b(?:it is |it['’]s )?(?:almost|virtually|nearly) certain(?:ly)? that\b|"
                    r"\b(?:il est )?(?:presque|quasi(?:ment)?|pratiquement) certain qu|"
                    # (And, on blind set 14: "presumably", « selon toute vraisemblance ».)
                    r"\bpresumably\b|\bprésumément\b|\bselon toute (?:vraisemblance|probabilité)\b|"
                    r"\bin all (?:likelihood|probability)\b"),
    # (And, on blind set 14, what these phrases say in every sector.)
    ("no-ownership", r"\bsorry if\b[^.;]{0,60}\b(?:anyone|anybody|any of you)\b|\bdésolée?s? si\b[^.;]{0,60}"
                     r"\b(?:quiconque|certains d['’]entre vous|qui que ce soit)\b"),
    ("minimizing", r"\bhousekeeping (?:measure|exercise|matter)\b|\b(?:a )?(?:bumpy|rocky) (?:few days|week|start|patch)\b|"
                   r"\blittle more than\b|\bguère plus (?:que|qu['’])\b"),
    ("emotional", r"\bhysteri(?:a|cal)\b|\bhystéri(?:e|ques?)\b|\b(?:I am|I['’]m|we are|we['’]re) (?:sick and |frankly )?tired of\b|"
                  r"\b(?:j['’]en ai|nous en avons) (?:plus qu['’])?assez\b|\bwe resent\b|"
                  r"\b(?:have|has) (?:clearly|obviously|evidently) never\b|\bn['’]ont (?:manifestement|visiblement|de toute "
                  r"évidence|sans doute) jamais\b|\bpersonne n['’]est plus (?:malheureux|malheureuse|triste|affecté|touché) "
                  r"que nous\b|\bno one is (?:sadder|unhappier|more upset|more affected|more hurt) than (?:we are|us)\b|"
                  r"\bne sont pas des (?:machines|robots)\b|\bare not (?:machines|robots)\b"),
    ("overpromise", r"\b(?:we|I) (?:promise|guarantee) (?:you )?that (?:every|all|each|none|no|nobody|everyone|everything)\b|"
                    r"\bnous (?:vous )?(?:promettons|garantissons) que (?:tou(?:s|tes|t)|chaque|aucune?|personne|rien)\b|"
                    r"\bbeyond the reach of (?:any|all|every)\b|\bà l['’]abri de (?:tout|toute|tous)\b|"
                    r"\b(?:parfaitement|totalement|complètement|entièrement) (?:potable|sûre?s?|sans (?:danger|risque)|"
                    r"éradiquée?s?|éliminée?s?)\b|\b(?:totally|completely|entirely|perfectly) (?:safe|eradicated|"
                    r"eliminated|risk-free)\b|\bdormir sur (?:leurs|vos|ses|nos) deux oreilles\b|"
                    r"\bne présente(?:nt)? plus aucun risque\b"),
    ("defensive", r"\b(?:terms (?:of service|and conditions|of use)|conditions générales|(?:la|notre) convention)\b[^.;]{0,80}"
                  r"\b(?:state|states|stipulate|stipulates|prévoit|prévoient|stipule|stipulent)\b|"
                  r"\b(?:speaks?|parlent?) (?:for|de) (?:our|notre) (?:good faith|bonne foi)\b|"
                  r"\b(?:tient|tiennent|tenons) à souligner que\b|\b(?:wishes|wish|would like) to (?:stress|point out|underline) "
                  r"that\b|\bdiffamatoires?\b|\bdefamatory\b|\b(?:ont|a|avons) agi correctement\b|"
                  r"\bacted (?:correctly|properly|appropriately) (?:at all times|throughout)\b|"
                  r"\bn['’]est pas responsable des\b|\bat the (?:recipient|customer|owner|user|passenger)['’]s (?:own )?risk\b|"
                  r"\baux (?:risques et périls|risques) d[eu] (?:destinataire|client|propriétaire|voyageur)"),
    ("blame", r"\b(?:visitors|customers|passengers|users|residents|tenants|students|parents|patients|members|fans|riders|guests|"
              r"drivers|cyclists|swimmers|skiers|hikers|people) (?:had |have )?ignored (?:the |our )?(?:signs?|warnings?|"
              r"instructions?|rules)\b|\bn['’]ont pas respecté (?:les )?"
              r"(?:consignes|panneaux|règles|instructions)\b|\b(?:mauvaise utilisation|usage inapproprié|misuse|improper use)"
              r"\b[^.;]{0,40}\b(?:par|by) (?:les |the |our |nos )?(?:étudiants|clients|usagers|locataires|résidents|users|"
              r"customers|tenants|residents|students|visitors|visiteurs|members|membres)\b|"
              r"\bno (?:organi[sz]ation|company|business|hospital|council|bank|airline) could (?:reasonably )?have (?:withstood|prevented|stopped|"
              r"foreseen)\b|\baucune? (?:organisation|entreprise|structure|hôpital|établissement) n['’]aurait (?:raisonnablement )?"
              r"pu\b|\bnot our own (?:operations|systems|actions|decisions)\b"),
    # (And, on blind set 15's tuning half, what these phrases say in every sector.)
    ("no-ownership", r"\bsorry (?:that )?you (?:feel|felt|believe|think)\b|\bdésolée?s? que vous (?:ayez le sentiment|"
                     r"pensiez|estimiez)\b|\b(?:apologi[sz]e|are sorry) for any inconvenience\b|\b(?:apologi[sz]e|are sorry) for "
                     r"the inconvenience (?:caused )?to (?:\w+ ){0,3}(?:who|whose)\b|"
                     r"\b(?:nous nous excusons|désolée?s?) (?:pour|du) (?:le )?(?:désagrément|dérangement)\b|"
                     r"\bregret (?:the|any) (?:concern|worry|distress|anxiety) (?:that |which )?[^.;]{0,60}\b(?:may|might) "
                     r"have (?:caused|created|raised)\b|\bregrettons (?:l['’]inquiétude|l['’]émoi|les désagréments?) "
                     r"(?:que|qu['’])[^.;]{0,60}\bont pu (?:susciter|causer|provoquer)\b|"
                     r"\b(?:sorry|désolée?s?) (?:for|pour) (?:the |those |les |ceux )?[^.;]{0,30}\b(?:who|qui) "
                     r"(?:felt|feel|se sont sentis|se sont senties|se sentent)\b"),
    ("overpromise", r"\bwhatever the (?:weather|wind|conditions|circumstances)\b|\bquels? que soi(?:t|ent) (?:le|la|les) "
                    r"(?:vent|météo|temps|conditions|circonstances)\b|\bwith (?:complete|absolute|total|full) certainty\b|"
                    r"\b(?:avec une |en toute )?certitude (?:absolue|totale)\b|(?<!n['’])\b(?:est|sont) infaillibles?\b|"
                    r"\b(?:is|are) infallible\b|\b(?:definitively|firmly|permanently) behind us\b|"
                    r"\bdéfinitivement derrière nous\b"),
    ("defensive", r"\bso-called (?:revelations|allegations|reports|claims|evidence|victims)\b|"
                  r"\bprétendue?s? (?:révélations|allégations|victimes|preuves)\b|"
                  r"\bnothing (?:but|more than) (?:rumou?rs|gossip|speculation)\b|\bne sont que des (?:rumeurs|ragots|on-dit)\b|"
                  r"\bwithout admitting (?:any )?(?:liability|fault|responsibility)\b|\bsans (?:pour autant )?reconna[iî]tre "
                  r"(?:aucune |sa |notre |leur )?(?:responsabilité|faute)\b|\b(?:record|history|track record) speaks for "
                  r"itself\b|\bparlen?t? d['’](?:eux|elles?|lui)-mêmes?\b"),
    ("emotional", r"\b(?:it is|it['’]s|this is|that is|how|so|frankly) exasperating\b|\b(?:we are|we['’]re|we were) "
                  r"(?:\w+ )?exasperated\b|\bnous sommes (?:\w+ )?exaspérée?s\b|\bexaspérant\b|\bpersonally (?:hurt|wounded|offended)\b|"
                  r"\bpersonnellement (?:blessée?|offensée?|heurtée?)\b|\bnever (?:in our history )?(?:have|has) [^.;]{0,40}"
                  r"\bbeen (?:treated|judged) (?:so|this) unfairly\b|\bjamais [^.;]{0,40}\b(?:traitée?s?|jugée?s?) "
                  r"(?:aussi|si) injustement\b"),
    ("speculation", r"\bwould (?:seem|appear) to (?:originate|come|stem|have)\b|\bsemblerai(?:t|ent) (?:provenir|venir|"
                    r"être dûe?s?)\b|(?<!n['’])(?<!qui )\baurai(?:t|ent) été \w+(?:é|ée|és|ées) par\b"),
    ("minimizing", r"\bn['’](?:était|est|étaient|sont) qu['’](?:un|une|de) (?:petite?s?|simples?|légère?s?|mineure?s?)\b|"
                   r"\bseulement (?:causé|entraîné|provoqué) (?:de |des )?(?:légères?|petites?|mineures?)\b|"
                   r"\bonly (?:caused|led to|resulted in) (?:some |a few )?(?:slight|minor|mild)\b"),
    ("blame", r"\b(?:has|have) (?:badly |seriously )?(?:failed|let) us(?: down)?\b|\bnous a (?:lourdement |gravement )?fait défaut\b|"
              r"\bshould take (?:up )?(?:any |their )?(?:compensation|claims?|complaints?)[^.;]{0,20}\bwith them\b|"
              r"\bdoivent s['’]adresser à (?:lui|eux|elle|ce fournisseur|ce prestataire)\b|"
              r"\b(?:caused by|due to|imputable à|imputables à|dus? à|dues? à) (?:the |le |la |les |l['’])(?:driver|chauffeur|banks?|"
              r"banques|subcontractor|sous-traitant|broadcaster|diffuseur|supplier|fournisseur|carrier|transporteur)\b(?!['’]s)"
              r"[^.;]{0,60}\b(?:not by|who|which|qui|et non)\b|\ben raison d['’]une erreur d[eu] (?:notre )?(?:diffuseur|"
              r"fournisseur|prestataire|sous-traitant|transporteur|partenaire)\b"),
    # (And, on blind set 16's tuning half, what these phrases say in every sector.)
    ("overpromise", r"\b(?:can|could|peut|pouvons|peuvent) (?:already |d['’]ores et déjà |déjà )?(?:promise|guarantee|promettre|"
                    r"garantir) que (?:all|every|none|no|toutes?|tous|chaque|aucune?)\b|\b(?:can|could) (?:already )?"
                    r"(?:promise|guarantee) that (?:all|every|none|no)\b|\b(?:is|are) (?:now )?a thing of the past\b|"
                    r"\b(?:appartien\w+|relèvent) (?:désormais )?(?:au|du) passé\b"),
    ("defensive", r"\b(?:is|are) (?:itself|themselves) (?:a |the )?victims?\b|\b(?:est|sont) (?:lui|elle|eux|elles)-mêmes? "
                  r"victimes?\b|\b(?:clearly|obviously|evidently) (?:have|has) not (?:read|understood|looked at) (?:the )?(?:facts|"
                  r"report|figures)\b|\bn['’]ont (?:manifestement|visiblement|de toute évidence|clairement) pas (?:lu|compris|"
                  r"pris connaissance) (?:des|les) (?:faits|rapport|chiffres)\b|"
                  r"(?<!not )(?<!never )\b(?:disputes?|contests?) the (?:figures|claims|findings|report|allegations)\b|"
                  r"(?<!ne )(?<!n['’])\b(?:conteste|contestent) "
                  r"(?:les|ces) (?:chiffres|affirmations|conclusions|allégations)\b"),
    ("emotional", r"\bhaunt(?:s|ed)?\b|\bwill haunt\b|\bhanter\w*\b|\bdriven to despair\b|\bdésespérée?s? par\b|"
                  r"\b(?:vivent|vit|vivons|traversent|traversons) un (?:véritable )?calvaire\b|\b(?:going|go|went) through "
                  r"(?:a |an )?(?:absolute |real )?(?:ordeal|nightmare|hell)\b|\b(?:incredibly|terribly|incroyablement|"
                  r"terriblement) (?:painful|hard|difficult|douloureuse?|difficile|dure?) (?:for|pour) (?:the company|us|"
                  r"l['’]entreprise|nous|the firm)\b|\bdéferlement de haine\b|\b(?:flood|torrent|wave) of (?:hate|hatred|abuse)\b"),
    ("speculation", r"\bword is that\b|\baccording to (?:rumou?rs|hearsay|gossip)\b|\bselon (?:des|les|certaines) "
                    r"(?:rumeurs|bruits)\b|\bil se murmure\b|\bla rumeur (?:dit|veut)\b|\bcould well (?:be|have)\b|"
                    r"\bpourrai(?:t|ent) bien (?:être|avoir)\b"),
    ("no-ownership", r"\b(?:sorry|apologi[sz]e) for any (?:misunderstanding|confusion)\b|\b(?:désolée?s?|excuses?|nous excuser) "
                     r"(?:pour|de) (?:tout|toute) (?:malentendu|confusion)\b"),
    # (Blind set 17's tuning half: the same idea in both languages.)
    ("overpromise", r"\bcan rest assured\b[^.]{0,60}\b(?:no|not|nothing|never)\b|\bpeuvent (?:en )?être (?:rassurée?s|"
                    r"certaine?s)\b[^.]{0,60}\b(?:aucune?|rien|jamais|pas)\b|\bcan be (?:certain|sure)\b[^.]{0,60}\b(?:no|not|"
                    r"nothing|never)\b|,?\s*(?:c['’]est|that is|it is) garanti\b|,\s*guaranteed\.|(?<!que )(?<!dire )\ble risque est nul\b|"
                    r"(?<!say )(?<!you )(?<!that )\bthe risk is (?:zero|nil)\b"),
    ("blame", r"\b(?:entirely |wholly |solely )?attributable to (?:the |an? )?(?:exceptional |extreme |unusual )?(?:weather|"
              r"strike|supplier|contractor|partner|council|city|authorit)|\b(?:entièrement |uniquement )?imputable (?:à|aux) "
              r"(?:la |l['’]|les |une? )?(?:conditions? météo|météo|grève|fournisseur|prestataire|sous-traitant|ville|mairie)|"
              r"\bover which we had no (?:control|say)\b|\bsur la?quel(?:le)? nous n['’]avions aucune (?:prise|maîtrise)\b|"
              r"\b(?:fait suite|faisant suite) au retard (?:de|du|des) |\bfollows? (?:the )?(?:city|council|town)['’]s delay\b|"
              r"\b(?:crew|team|company|firm|équipe|entreprise|société) (?:we )?(?:subcontracted|sous-traitée?)\b[^.]{0,60}\b"
              r"(?:did not|failed to|n['’]a pas|n['’]ont pas)\b"),
    ("defensive", r"\b(?:questions|criticism|concerns) (?:about|over|of) our (?:responsibility|role) (?:are|is) (?:misplaced|"
                  r"unwarranted|unfounded)\b|\bles questions sur notre responsabilité n['’]ont (?:donc )?pas lieu d['’]être\b|"
                  r"\b(?:people|those|critics) who (?:do not|don['’]t|clearly do not) understand\b|\b(?:personnes|gens|ceux) qui "
                  r"ne comprennent (?:manifestement|visiblement|de toute évidence) rien\b|\bnothing in our (?:conduct|actions) (?:warrants|justifies)\b|"
                  r"\brien dans notre (?:conduite|attitude|action) ne (?:justifie|mérite)\b"),
    ("minimizing", r"\bwhat were essentially (?:scrapes|bruises|grazes|scratches|minor)\b|\b(?:essentiellement|surtout) des "
                   r"(?:égratignures|éraflures|bleus|écorchures)\b|\b(?:a small|a tiny|only a) (?:share|fraction|part) of (?:the |our )?"
                   r"(?:portfolio|customers|policyholders|members|clients|users)\b|\bune (?:petite|infime) (?:part|partie|fraction) "
                   r"de (?:notre|nos|la|leur) (?:portefeuille|clientèle|clients|assurés|membres|abonnés)\b|\b(?:as|like) (?:often|"
                   r"commonly|regularly) happens (?:in|on|at)\b|\bcomme cela (?:arrive|se produit) (?:couramment|souvent|"
                   r"régulièrement|fréquemment)\b"),
    ("no-ownership", r"\bsorry (?:that )?you (?:were|felt|are) (?:disappointed|upset|unhappy|let down)\b|\bdésolée?s? que "
                     r"(?:votre|vos|ce|cette) [^.]{0,40}\bvous (?:ait|aient) (?:déçue?s?|contrariée?s?)\b|\bwas frustrating for "
                     r"those who (?:chose|decided)\b|\b(?:apologi[sz]e|are sorry) for having (?:had )?to\b|\b(?:excuses|"
                     r"désolée?s?) (?:pour|d['’]|de) avoir dû\b"),
    # (Blind set 18's tuning half, each idea in both languages.)
    ("overpromise", r"\bno (?:other )?(?:model|product|item|batch|lot|customer|client|patient|sample)s? will ever\b|"
                    r"\baucune? autre (?:modèle|produit|article|lot|client|patient|échantillon) ne (?:sera|devra) jamais\b|"
                    r"\b(?:simply|just) (?:cannot|can no longer|can['’]t) (?:occur|happen)\b[^.;]{0,30}\b(?:anymore|any more)\b|"
                    r"\bne (?:peut|pourra) (?:tout simplement )?plus (?:se produire|arriver)\b|"
                    r"\bregardless of what (?:the )?(?:inspectors?|inspection|tests?|investigat\w+|experts?) (?:find|finds|show|"
                    r"shows|say|says|conclude)\b|\bquel que soit le résultat (?:de l['’]inspection|de l['’]enquête|des analyses|"
                    r"des tests|de l['’]expertise)\b|\bwill (?:simply|only|just) confirm (?:it|this|that)\b|"
                    r"\bne (?:feront|fera) que le confirmer\b|\b(?:none|no one|nothing) ever will be\b|,\s*and none ever will\b|"
                    r"\baucune? ne le sera,? jamais\b|\bwill not lose (?:a|one|a single) (?:penny|cent|dime|pound|euro)\b|"
                    r"\bne perdr(?:ont|a) pas un (?:centime|sou|seul euro)\b|\b(?:early stages?|just (?:begun|started))\b[^.]{0,80}"
                    r"\bexcept that (?:no|none|nothing)\b|\b(?:ne fait que commencer|n['’]en est qu['’]à ses débuts)\b[^.]{0,80}"
                    r"\bsinon qu['’](?:aucune?|rien)\b"),
    ("blame", r"\b(?:an? |one )(?:owner|customer|visitor|client|member|parent|patient|passenger|guest|driver)\b[^.]{0,20}\b"
              r"ignored (?:the |our )?(?:instructions|rules|signs|warnings|advice)\b|\bqu['’]une? (?:propriétaire|client|"
              r"cliente|visiteur|visiteuse|membre|parent|patient|patiente|passager|passagère|conducteur|conductrice)\b"
              r"[^.]{0,20}\ba ignoré (?:les|nos) (?:consignes|règles|panneaux|avertissements)\b|"
              r"\b(?:entirely|solely|wholly) (?:due|owing) to (?:the )?(?:exceptional |extreme |unforeseeable )?(?:storm|weather|"
              r"snow|wind|rain|flood)\b|\b(?:entièrement|uniquement) due?s? (?:à|au) (?:la |l['’]|le )?(?:tempête|météo|neige|"
              r"vent|pluie|crue|intempéries)\b|\b(?:responsibility|fault|blame) (?:lies|rests) (?:entirely |solely )?with "
              r"(?:the|its) (?!company|management|board|group|firm)\w|\bincombe (?:entièrement |uniquement )?(?:à (?:la |l['’]|"
              r"le )|aux? )(?!entreprise|société|direction|compagnie|groupe)\w|"
              r"\bbecause (?:the|our) (?:banks?|suppliers?|partners?|carriers?|councils?|contractors?|subcontractors?) "
              r"(?:did not|didn['’]t|failed to|had not)\b|\bparce que (?:les|la|le|notre|nos) (?:banques?|fournisseurs?|"
              r"prestataires?|partenaires?|transporteurs?|sous-traitants?) (?:ne|n['’])"),
    ("defensive", r"\bcannot be held (?:accountable|responsible|liable)\b|\bne (?:peut|peuvent|saurait|sauraient) être "
                  r"tenue?s? (?:pour )?responsables?\b|\bsettles the (?:question|matter) of (?:responsibility|liability)\b|"
                  r"\brègle la question de la responsabilité\b|\bthe matter is (?:now )?closed\b|\bl['’]affaire est (?:donc )?"
                  r"(?:close|classée)\b|\b(?:false|untrue|inaccurate) and (?:\w+ )?exaggerated\b|\bfausses? et (?:\w+ )?"
                  r"exagérée?s?\b|\b(?:are|were|is|was) not (?:of )?our (?:doing|making)\b|\bne (?:sont|est) (?:donc )?pas de notre "
                  r"fait\b|\bwas only doing its job\b|\bne faisait que son (?:travail|rôle)\b"),
    ("minimizing", r"\bunfortunate mishap\b|\bfâcheux contretemps\b|\bof the kind that happens in (?:every|any|all)\b|"
                   r"\bcomme il en arrive dans (?:tous|toutes)\b|\b(?:far|much) safer than (?:driving|taking|flying|crossing|"
                   r"cycling)\b|\b(?:bien|beaucoup) plus sûr que (?:de )?(?:prendre|conduire|traverser)\b|\bremarkably low\b|"
                   r"\bremarquablement (?:bas|faible)\b"),
    ("emotional", r"\ba slap in the face\b|\bune (?:vraie |véritable )?gifle\b|\barmchair (?:critics?|experts?|\w+ists?)\b|"
                  r"\b(?:experts?|critiques?|botanistes?|stratèges?|spécialistes?) de salon\b|\bcried all night\b|"
                  r"\bpleuré toute la nuit\b|\bit is now a crime to\b|\bc['’]est désormais un crime de\b"),
    ("speculation", r"\bwe suspect that\b|\bnous supposons que\b|\bmust have (?:failed|given way|broken|leaked|burst|"
                    r"been (?:caused|hacked|tampered))\b|\b(?:a|ont) dû (?:lâcher|céder|se rompre|casser|fuir|tomber en panne)\b"),
    ("no-ownership", r"\b(?:is|are|am) sorry if\b|\b(?:est|sont|suis|sommes) désolée?s? si\b|\b(?:apologies|sorry) to "
                     r"(?:those|anyone|everyone) who found\b|\b(?:excuses|désolée?s?) (?:à|pour) ceux qui ont trouvé\b"),
    # (Blind set 19's tuning half, each idea in both languages.)
    ("speculation", r"\balmost certainly\b|\bpresque certainement\b|\bselon toute vraisemblance\b|"
                    r"(?<!we do not )(?<!nobody )\b(?:suspects|soupçonne) (?:that |que )?(?:the |les |la |le )[\w-]+ (?:are|is|were|was|"
                    r"sont|est|seraient|serait)\b"),
    ("overpromise", r"\b(?:unhackable|hack-proof|impiratables?)\b|\b(?:will not|won['’]t|will never) (?:fail|break down|leak|break) "
                    r"again\b|\bne (?:tombera|retombera|fuira|cédera|lâchera) plus\b|(?<!jamais )(?<!pas )\b(?:sans danger|"
                    r"sûre?s?) à 100 ?%|(?<!never )(?<!not )\b100 ?% (?:safe|sûre?s?|sans danger)\b|"
                    # (A certainty told while the count that would show it still runs.)
                    r"\b(?:although|even though|while|alors même que|même si|bien que)\b[^.]{0,80}\b(?:under way|ongoing|"
                    r"not yet|pas encore|en cours)\b[^.]{0,10}[,:][^.]{0,60}\b(?:every|all|none|can relax|tous|toutes|aucune?|"
                    r"peuvent être rassurée?s)\b|\b(?:every|all|none|tous|toutes|toute)\b[^.]{0,100}\b(?:avant même la fin (?:de|du)|"
                    r"even before the end of|alors même que|even though|même si)\b[^.]{0,60}\b(?:pas encore|not yet|en cours|"
                    r"under way)\b"),
    ("emotional", r"\bwith all due respect\b|\bsauf votre respect\b|\bavec tout le respect (?:que nous (?:vous )?devons|"
                  r"qui (?:vous )?est dû)\b|\btreated like (?:a )?criminals?\b|\btraitée?s? comme des? (?:criminels?|"
                  r"criminelles?|délinquants?)\b|\bthe most painful (?:\w+ ){0,2}of my life\b|\bla plus (?:douloureuse|"
                  r"difficile|dure) de ma vie\b|\bkeyboard warriors?\b|\bguerriers du clavier\b|\b(?:called|described|"
                  r"termed) (?:the |these )?(?:accusations|claims|allegations|criticism|reports)\b[^.]{0,10}\binsult|"
                  r"\bqualifié (?:les|ces) (?:accusations|critiques|allégations|reproches) d['’]\W*insulte|"
                  r"\b(?:incredibly|terribly|incroyablement|terriblement) (?:painful|hard|difficult|douloureuse?|difficile|"
                  r"dure?) (?:time |period )?(?:for|pour) (?:the |our |its |les |nos |ses )?(?:founders?|owners?|fondat\w+|"
                  r"propriétaires?|dirigeants?)\b"),
    ("defensive", r"\b(?:does|do) not need (?:any )?lessons\b|\bn['’](?:a|avons|ont) (?:pas |aucune )?(?:de )?leçons? à "
                  r"recevoir\b|\bsettles the (?:matter|debate|question)\b|\bcloses the debate\b|\bclôt le débat\b|\bmet fin au débat\b|"
                  r"\b(?:certified|accredited|certifiée?s?|accréditée?s?)\b[^.]{0,40}\b(?:which|ce qui) (?:shows|proves|"
                  r"demonstrates|démontre|prouve|atteste)\b"),
    ("blame", r"\b(?:notes?|points? out|stresses|remarks|rappelle|souligne|fait remarquer) (?:that |que )(?:the |le |la |les |l['’])?"
              r"(?:owner|customer|client|patient|passenger|user|tenant|resident|propriétaire|cliente?|patiente?|passag\w+|"
              r"usag\w+|utilisat\w+|locataire|résident\w*)s? (?:had|has|have|n['’]avai(?:t|ent)|n['’]a|n['’]ont) (?:not|never|"
              r"pas|jamais)\b|\bbecause (?:some |a few |the )?(?:residents|users|customers|passengers|tenants|visitors|riders) "
              r"(?:were |had been |kept |regularly |repeatedly )*(?:forcing|misusing|ignoring|overloading|forced|misused|"
              r"ignored|overloaded)\b|\bparce que (?:des|certains|les|quelques) (?:résidents|usagers|clients|locataires|"
              r"passagers|visiteurs|cyclistes) (?:\w+ )?(?:forçaient|ignoraient|surchargeaient|forcent|ignorent|surchargent|"
              r"utilisaient mal|ne respectaient pas)\b"),
    ("no-ownership", r"\b(?:apologi[sz]e|sorry) to (?:any|those|the) [^.]{0,30}\bwho (?:may|might) have (?:found|felt|been)\b|"
                     r"\b(?:s['’]excuser|excuses?) auprès (?:des|de ceux|de celles)[^.]{0,30}\bqui (?:auraient|ont pu) "
                     r"(?:trouvé|ressenti|été)\b|\bce n['’]était (?:certainement |évidemment |absolument |bien sûr )?pas "
                     r"(?:notre|son|leur) intention\b|\b(?:was|were) (?:certainly |never |not )(?:our|its|their) intention\b|"
                     r"\b(?:is|are) sorry that (?:the |a |an |our |some )?[^.]{0,40}\b(?:was|were|felt) (?:disappointed|upset|"
                     r"unhappy|let down)\b|\bdésolée?s? que (?:la|le|les|l['’]|une?|certains?) [^.]{0,50}\b(?:ait|aient) été "
                     r"(?:déçue?s?|contrariée?s?|choquée?s?)\b"),
    ("minimizing", r"\bnot representative of (?:the )?(?:thousands|millions|hundreds)\b|\bn['’]est pas représentati(?:f|ve) "
                   r"des (?:milliers|millions|centaines)\b"),
    # (Blind set 20's tuning half, each idea in both languages.)
    ("overpromise", r"\bwill\b[^.]{0,90}\bwithout exception\b|\b(?:sera|seront)\b[^.]{0,90}\bsans exception\b|"
                    r"\b(?:unbreakable|incassables?)\b|\blast a lifetime\b|\bdurer(?:ont|ait|aient|a)? toute une vie\b|"
                    r"\b(?:error|fool|fail)[- ]proof\b|\binfaillibles?\b|"
                    r"\bwhatever the (?:results?|tests?) (?:show|say)s?\b|\bregardless of the (?:test )?results\b|"
                    r"\bquels? que (?:soient|soit) les résultats\b|"
                    r"\bwill (?:face|suffer|experience|see) no delays?\b|\bne subiront aucun retard\b|"
                    r"\b(?:solved|resolved|fixed) all (?:of )?(?:its|their) (?:\w+ )?problems\b|\bréglé l['’]ensemble de ses problèmes\b|"
                    r"\bnot a single\b[^.]{0,40}\b(?:on|in) (?:any|the) (?:shelf|shelves|shop|store)\b|\bnone of the\b[^.]{0,40}\bremains? "
                    r"on any shel(?:f|ves)\b|\bplus un seul\b[^.]{0,40}\ben rayon\b|"
                    r"\b(?:will return to normal|reprendra normalement|sera rétabli)\b[^.]{0,70}\b(?:although|even though|alors que|"
                    r"bien que|même si)\b[^.]{0,60}\b(?:has not been found|not (?:yet )?known|reste inconnue?|demeure inconnue?|"
                    r"n['’]a pas été trouvée?)\b|"
                    r"\b(?:pas terminée?s?|toujours en cours|still (?:reviewing|examining|under way|ongoing))\b[^.]{0,80}\b(?:d['’]ores "
                    r"et déjà (?:affirmer|assurer|garantir)|can already (?:state|say|confirm|guarantee))\b"),
    ("minimizing", r"\b(?:just|only|seulement|à peine) (?:\w+ ){0,2}(?:days?|weeks?|hours?|jours|semaines|heures) (?:in total|au total|"
                   r"en tout)\b|\bfor a short while\b|\bpendant un court moment\b|"
                   r"^statistically\b|^statistiquement\b|\b(?:far|much) safer (?:on|with|in) our\b|\bbien plus sûrs? (?:dans|avec|sur) nos\b|"
                   r"\b(?:a |une? )?(?:temporary|passing) inconvenience\b|\b(?:désagrément|gêne|inconvénient) (?:passagère?|"
                   r"temporaire)\b|\bun chiffre (?:minime|infime|dérisoire)\b|\b(?:a )?(?:tiny|negligible) (?:number|figure) "
                   r"compared\b|,? (?:nothing more|rien de plus)\s*[.!]?$|\b(?:a scratch or two|une éraflure)\b"),
    ("blame", r"\b(?:a|the) third[- ]party (?:\w+ )?was responsible\b|\bun (?:prestataire|fournisseur|partenaire) tiers était "
              r"responsable\b|\b(?:the matter|it) is now in their hands\b|\ble dossier est désormais entre (?:ses|leurs) mains\b|"
              r"\b(?:left|forgot|failed to|ignored|did not follow)\b[^.]{0,90}\bwhich is (?:how|why)\b|"
              r"\b(?:happen|occur)s? because (?:riders|users|customers|drivers|passengers|guests|visitors|players|clients|"
              r"members|parents|residents)\b|\b(?:surviennent|arrivent|se produisent) parce que (?:les )?(?:usagers|utilisateurs|"
              r"clients|conducteurs|passagers|visiteurs|joueurs|membres|parents|résidents)\b|"
              r"\b(?:lies|rests) entirely with them\b|\bleur incombe entièrement\b|"
              # (The people affected as its subject: never "any suggestion that the council ignored the warnings".)
              r"\b(?:group|groupe|passengers?|passagers?|customers?|clients?|users?|usagers|riders?|skiers?|skieurs|joueurs|players|"
              r"visitors|visiteurs|guests|members|membres|drivers|conducteurs|residents|résidents|parents|they|ils|elles)\b"
              r"(?: \w+){0,2} (?:had |have |avait |avaient |ont |a )?(?:ignored|ignoré) (?:the |our |les |nos )?(?:repeated |"
              r"répétées )?(?:instructions|warnings|rules|signs|consignes|avertissements|règles)\b|\bchose (?:not to (?:follow|heed)|to ignore)\b|\bont choisi de "
              r"ne pas (?:en )?tenir compte\b"),
    ("defensive", r"\bproves? that\b[^.]{0,60}\b(?:in (?:perfect|good|full) (?:working )?order|safe|compliant|nothing wrong)\b|"
                  r"\bprouve que\b[^.]{0,60}\b(?:en parfait état|en bon état|sûre?|conforme)\b|"
                  # (Never "…to the letter, and that is exactly the problem": a fault owned.)
                  r"\bto the letter\b(?![^.]{0,25}\b(?:that is|that's|which is) (?:exactly |precisely )?the problem)|"
                  r"\bà la lettre\b(?![^.]{0,25}\bc['’]est (?:bien |justement |précisément |là )?le problème)|\b(?:I|we) will not let anyone (?:say|claim|suggest) otherwise\b|"
                  r"\bne laisser(?:ai|ons) personne (?:dire|prétendre|affirmer) le contraire\b|"
                  r"\bspeaks? for itself\b|\bparle d['’](?:lui|elle)-même\b|\bwithout a single (?:finding|complaint|remark|"
                  r"observation)\b|\bsans (?:une )?seule (?:remarque|observation|réserve)\b|"
                  r"\b(?:reports?|claims?|accounts?|complaints?) (?:are|were|is|was|have been) (?:overstated|overblown)\b|"
                  r"\b(?:signalements?|plaintes?|témoignages?|accusations?) (?:sont|étaient|est|était) (?:exagérée?s?|surestimée?s?|"
                  r"gonflée?s?)\b"),
    ("emotional", r"\b(?:darkest|worst|hardest|saddest) (?:moment|day|week|time)s? of (?:my|our|his|her) (?:[\w-]+ )?(?:career|"
                  r"life|lives)\b|\bpire moment de (?:ma|mes|sa|ses|notre|nos) (?:\w+ ){0,3}(?:carrière|vie)\b|"
                  # (Feelings only: never "the glass shattered", "a worker was crushed", « le toit s'est effondré ».)
                  r"\b(?:absolutely|completely|utterly|I am|I['’]m|we are|we['’]re|felt|feel|feels) (?:\w+ )?(?:shattered|crushed|"
                  r"gutted)\b|\b(?:se dit|se disent|suis|sommes|s['’]est dite?) (?:complètement |totalement )?"
                  r"(?:effondrée?s?|anéantie?s?|dégoûtée?s?|écœurée?s?)\b|\bwas \W?gutted\b|\b(?:cried|wept|in tears)\b[^.]{0,60}\b(?:comments|reviews|"
                  r"posts|messages)\b|\bpleuré\b[^.]{0,60}\b(?:commentaires|avis|messages)\b|\bbeyond words\b|\bau-delà des "
                  r"mots\b|\bcut us some slack\b|\bnous lâcher un peu\b|\bsick and tired\b|\bmore than you (?:can|could) (?:ever )?imagine\b|\bplus (?:mal|de peine) que vous ne "
                  r"(?:pouvez|pourriez) l['’]imaginer\b|\bdragged through the mud\b|\btraînée? dans la boue\b|\btannée?s? de\b|"
                  r"\b(?:fed up|tired) of being called\b|\bse faire traiter de\b|\ba living nightmare\b|\bun véritable cauchemar\b|"
                  r"\bcould not wait for the facts\b|\bn['’]ont pas pu attendre les faits\b"),
    ("speculation", r"\b(?:serait|would be) (?:la|the) (?:cause probable|likely cause|probable cause)\b|\bc['’]est sans doute "
                    r"ce qui\b|\bthat is (?:probably|likely) what\b|\bthis appears to be what happened\b|\bc['’]est ce qui "
                    r"semble s['’]être produit\b|\bthe one we (?:currently )?favour\b|\bcelle que nous privilégions\b"),
    ("no-ownership", r"\bsorry (?:that )?some (?:customers|users|people|members|clients|riders|guests) (?:found|felt|perceived)\b|"
                     r"\bdésolée?s? que (?:certains|des|quelques) (?:clients|usagers|personnes|membres) aient (?:trouvé|jugé|perçu)\b|"
                     r"\bsorry for how (?:some )?\w+ (?:perceived|saw|took)\b|\bdésolée?s? de la (?:manière|façon) dont "
                     r"(?:certains )?\w+ ont perçu\b|\bsorry (?:that )?this has become\b|\bdésolée?s? que cela soit devenu\b"),
    # (Blind set 21's tuning half, each idea in both languages.)
    ("speculation", r"\bcroi(?:t|ent) savoir\b|\b(?:is|are) understood to believe\b|"
                    r"^(?![^.]*\b(?:wrong|withdraw\w*|should not have|was not (?:minor|small)|erreur|retir\w+|indécent\w*|aurions pas dû)\b)[^.]*\b(?:a|ont) laissé entendre que\b|\b(?:hinted|implied|suggested) that\b[^.]{0,120}\bwithout (?:giving|providing) "
                    r"(?:any )?(?:evidence|details?|proof)\b|\bsans (?:fournir|apporter|donner) (?:d['’]|le moindre |la moindre |aucune? )"
                    r"(?:élément|preuve|détail)s?\b|\b(?:avant|dès avant) toute enquête\b|\bbefore any (?:investigation|inquiry)\b"),
    ("blame", r"\b(?:dûe?s?|due) à (?:la famille|les familles|le client|la cliente|les clients|l['’]usager|les usagers|le patient|"
              r"la patiente|les patients|les parents|l['’]utilisateur|les utilisateurs)\b|\bdue to the (?:family|families|customer|"
              r"customers|patient|patients|parents|user|users)\b"),
    # (Never a word withdrawn: "we called this a "minor glitch"; that was wrong", « Personne ne parlera de « simple incident » ».)
    ("minimizing", r"^(?![^.]*\b(?:wrong|withdraw\w*|should not have|was not (?:minor|small)|erreur|retir\w+|indécent\w*|aurions pas dû)\b)[^.]*\b(?:parle|parlent|évoque|évoquent|qualifie|qualifient|a parlé|ont parlé|a évoqué|ont évoqué|"
                   r"a qualifié|ont qualifié) (?:de |d['’])?(?:[«“\"]\s*)(?:une? |des |quelques )?"
                   r"(?:petite?s?|légère?s?|simples?|quelques|mineure?s?|léger)\b|^(?![^.]*\b(?:wrong|withdraw\w*|should not have|was not (?:minor|small)|erreur|retir\w+|indécent\w*|aurions pas dû)\b)[^.]*\b(?:calls?|called|describes?|described|"
                   r"speaks? of|refers? to|referred to)\b[^.]{0,20}(?:as )?[“\"](?:an? |some )?(?:small|minor|slight|little|few|"
                   r"mere)\b|\bn['’](?:a|ont|aurait|auraient) (?:provoqué|causé|entraîné) que (?:de |des )?(?:légères?|petites?|"
                   r"mineures?|quelques)\b|\b(?:only|merely) (?:caused|led to) (?:a few |some )?(?:slight|minor|mild|small)\b|"
                   r"\b(?:aucun|nul|personne)\b[^.]{0,30}\bn['’]a (?:réellement|vraiment) souffert\b|\bno (?:one|household|"
                   r"customer|family) (?:really|truly) suffered\b"),
    ("emotional", r"\bn['’](?:a|avons|ont) rien de mieux à faire que\b|\bnothing better to do than\b|"
                  r"\bfaire (?:mon|notre|leur) métier à (?:ma|notre|leur) place\b|\b(?:try|come and) do(?:ing)? (?:my|our) job\b|"
                  r"\bsi (?:les|nos|ces) clients méritent\b|\bwhether (?:our |the |these )?customers deserve\b|"
                  r"\bne (?:supporte|supportons|supportent) plus\b|\bn['’]en (?:pouvons|peux|peuvent) plus\b|\bwe can no longer "
                  r"(?:stand|bear|take)\b|\bsi nous nous en relèverons\b|\bwhether we will ever recover\b|\bdeuil personnel\b|"
                  r"\bpersonal (?:grief|bereavement)\b|\bvisiblement (?:excédée?|agacée?|irritée?|énervée?|furieux|furieuse)\b|"
                  r"\bvisibly (?:exasperated|irritated|annoyed|angry|furious)\b"),
    ("defensive", r"\bdément\w* avec (?:la plus grande |la dernière |une grande )?(?:fermeté|vigueur)\b|\b(?:firmly|categorically|"
                  r"strongly) (?:denies|denied|rejects|rejected)\b|\b(?:juge|jugent|qualifie|qualifient)\w* (?:de )?partiale?s?\b|"
                  r"\baffabulation\b|\bpure (?:invention|fiction|fabrication)\b|\bpas lieu de parler de faute\b|"
                  r"\bno (?:grounds|reason) to (?:speak|talk) of (?:any )?fault\b"),
    ("overpromise", r"\b(?:certitude|certains?|certaines?|sûrs?|sûres?|certain|sure|promet|promettent|promises?|guarantees?|"
                    r"garantit|garantissent)\b[^.]{0,90}\b(?:même si|bien que|alors que|even though|although|even if)\b[^.]{0,60}"
                    r"\b(?:pas encore|toujours pas|not yet|has yet to|have yet to)\b"),
    ("no-ownership", r"\b(?:regrett\w*|excuses?|excuse|désolée?s?|navrée?s?)\b[^.]{0,40}\b(?:le ressenti|ressentie? comme)\b|"
                     r"\b(?:regrets?|sorry|apologi\w+)\b[^.]{0,40}\b(?:the perception|perceived as|felt as)\b|"
                     r"\b(?:excuse|excusent|regrette|regrettent)\w* (?:pour|de) (?:les |la |le )?[«“\"]?\s*\w+ (?:supposée?s?|"
                     r"prétendue?s?)\b|\b(?:apologi[sz]es?|sorry) for (?:the |its |their )?[“\"]?(?:alleged|supposed|so-called)\b|"
                     r"\bnavrée?s? que (?:des|certains|certaines|quelques|les) \w+ (?:aient|ait) (?:jugé|trouvé|estimé|eu le sentiment)\b|"
                     r"\bsorry (?:that )?(?:some |the )?\w+ (?:judged|deemed|considered)\b"),
))


# A promise disclaimed ("no utility can promise that", « Il serait malhonnête de vous dire que… »)
# and a fault owned in the same sentence (« …mais c'est à nous de les former, et nous avons failli »)
# are the reverse of what the phrase would say alone.
_DISCLAIMED = re.compile(r"\b(?:can(?:not|['’]t)? (?:promise|guarantee|say)|(?:ne )?(?:peut|pouvons|peuvent) (?:pas )?(?:promettre|"
                         r"garantir)|(?:serait|would be) (?:malhonnête|dishonest|faux|wrong|untrue)|asks?(?: us)? whether|"
                         r"(?:nous )?demandent si)\b", re.IGNORECASE)
_OWNED = re.compile(r"\b(?:we failed|nous avons failli|c['’]est à nous|our (?:responsibility|fault|job)|notre (?:responsabilité|"
                    r"faute)|we should have|nous aurions dû)\b", re.IGNORECASE)
# A rumour named and answered with our own facts (« …aurait été débranché ; rien dans nos
# vérifications ne l'indique »): the reverse of spreading it.
_ANSWERED = re.compile(r"\b(?:rien dans nos (?:vérifications|contrôles|données|relevés|journaux) ne|nothing in our (?:checks|"
                       r"records|data|logs) (?:suggests|supports|shows|indicates)|aucun élément ne (?:l['’]indique|le confirme)|"
                       r"no evidence (?:supports|suggests) (?:this|that|it))\b", re.IGNORECASE)
_REVERSED_BY = {"overpromise": _DISCLAIMED, "blame": _OWNED, "speculation": _ANSWERED}


def _telltale(text: str) -> Judgment | None:
    for category, pattern in _TELLTALES:
        if category in _REVERSED_BY and _REVERSED_BY[category].search(text):
            continue
        for found in pattern.finditer(text):
            # (Never in quotation marks: '"Out of an abundance of caution" was the wrong phrase'.)
            if not any(q.start() <= found.start() and found.end() <= q.end() for q in _QUOTATION.finditer(text)):
                return Judgment(category, 1.0, (found.span(),))
    return None


# What the scorer's words can mistake for a fault, and is not one (found on statements written
# without sight of the rules): a penalty waived in people's favour ("our inspectors have been
# told not to fine anyone", « sans risque d'amende ») is a promise the organisation keeps by
# itself, neither defensive nor beyond its power; abuse named as what people live through ("people
# who live with abuse") is the subject, not a loss of calm; an apology for correcting our own
# figure or widening our own recall owns it, and so does one for "this error"; a refund that a
# partner pays is a remedy, not blame, nor is what our own chief executive did; « aurait dû
# être détecté » is a fault owned, not a guess;
# what it is our job to guarantee is a duty, not a promise; a delay called short to stress that
# its consequences are real plays nothing down.
_WAIVED = (r"\b(?:(?:not|never) (?:be )?(?:fined|charged|penali[sz]ed)|(?:told|instructed|asked) not to (?:fine|charge)|"
           r"no (?:fines?|fees?|charges?|penalt(?:y|ies)) will be|without (?:any )?(?:risk of (?:a )?)?(?:fines?|fees?|"
           r"penalt(?:y|ies))|sans (?:aucun )?risque d['’](?:amende|pénalité)|sans (?:frais|pénalité|amende)|"
           r"ne (?:dresser|facturer|appliquer) aucune?|aucune? (?:amende|frais|pénalité)s? ne (?:sera|seront))")
# (And, found on statements written blind to these rules: "Any questions? Call…" opens a line of
# help; « Aucun patient n'a présenté de symptômes », "no case of legionnaires' disease" is the
# health news people wait for; "the child is doing well", « il va bien », a person's state; "our
# emergency departments remain open to patients who come by themselves", access; « nous ne
# fabriquerons plus aucun produit contenant des arachides », a decision in our own hands.)
_HEALTH_NEWS = (r"\b(?<!\ben )(?:aucun|aucune|no|not a single) (?:\w+ )?(?:patients?|cas|cases?|symptômes?|symptoms?|malades?|"
                r"infections?|légionelloses?)\b|\btoujours aucun (?:cas|patient|symptôme)|\bstill no (?:case|patient|"
                r"symptom)")
# (And, found on a kit written blind to these rules: "We will not comment further on an
# individual employee's file", « Nous ne commenterons pas le dossier d'un employé »: an
# employer's duty to its staff, not a dodge; "it is not how our customers deserve to be treated",
# « ce n'est pas ce que nous sommes », a calm judgment on ourselves; "urinates much less than
# usual", a sign to go to the emergency department; « le bœuf de marques nationales reste en
# vente », what is still sold.)
_STAFF_FILE = (r"\b(?:will not|won['’]t|cannot|do not) comment (?:further |any further )?on (?:an? |the |our )?"
               r"(?:individual |named )?(?:employee|staff member|colleague|person)['’]?s?\b|"
               r"\bne (?:commenterons|commentons|pouvons commenter) (?:pas|plus)(?: davantage)? (?:le dossier|la situation|"
               r"les sanctions?|le cas) (?:d['’]une? |de l['’]|de notre |du |des )?(?:employée?|salariée?|collaborat\w+|"
               r"agent|membre du personnel)")
# (And, on kit 34: what kept working told as a fact for customers, « Les forfaits déjà achetés
# ont fonctionné normalement aux portiques »; our own first figure called wrong, « le premier
# chiffre était erroné »; "The affected servers are isolated", cut off, not a small matter.)
_STILL_WORKED = (r"\b(?:(?:ont|a|avaient|avait) (?:continué à |continué de )?fonctionn[ée]r? normalement|"
                 r"(?:worked|kept working|continued to work|ran) (?:as )?normal(?:ly)?)\b")
_OUR_FIGURE_WRONG = (r"\b(?:(?:le|notre) (?:premier |précédent )?(?:chiffre|décompte|nombre|total)|nos (?:premiers )?chiffres) "
                     r"(?:était|étaient|est) (?:erroné|faux|inexact)|\b(?:our|the) (?:first |earlier |initial |previous )?"
                     r"(?:figure|count|number|total)s? (?:was|were|is) (?:wrong|incorrect|inaccurate)")
# What our own offending post did, told: "a reply from our community team mocking the people it hurt".
_OUR_POST_MOCKING = (r"\b(?:reply|replies|post|message|comment|tweet|video|advert|réponse|publication|vidéo|publicité|"
                     r"commentaire)\b[^.;!?]{0,50}\b(?:mocking|mocked|ridiculing|ridiculed|sneering at|se moquant|"
                     r"se moquait|moqueuse|moqueur|ridiculisant|tournant en dérision)\b")
_GRANTED = {
    # (And, on kit 35: "The products have been taken off the shelves in every shop", an action.)
    "defensive": re.compile(_WAIVED + r"|^\W*(?:any|des) questions?\b|" + _HEALTH_NEWS + "|" + _STAFF_FILE + "|"
                            + _STILL_WORKED + "|" + _OUR_FIGURE_WRONG + r"|\b(?:taken off|removed from|withdrawn from|"
                            r"pulled from) (?:the |all |our )?shelves\b|\bretirée?s? des (?:rayons|étals|linéaires)\b|"
                            # (And, on kit 36: the part of a product that is safe, beside the one that
                            # is not, "The syrup itself meets specifications", « Le sirop lui-même est
                            # conforme »; a correction's "The table of recalled products was correct".)
                            r"\b(?:itself|themselves|lui-même|elle-même|eux-mêmes|elles-mêmes)\b[^.;]{0,20}\b(?:meets? "
                            r"(?:the )?specifications?|(?:is|are) safe|(?:est|sont) (?:conformes?|sans danger))|"
                            r"\b(?:the|our|le|notre) (?:table|tableau)\b[^.;]{0,40}\b(?:was|is|were|était|est) "
                            r"(?:correct|right|exact|juste|exacte)\b|"
                            # (And, on kit 40: how the day went against the forecast we gave, « Le trafic a
                            # été conforme aux prévisions », "Trains ran as forecast"; a service back, "The
                            # campaign has been running again since this morning".)
                            r"\bconformes? (?:aux|à nos|à la|au) (?:prévisions?|plan de transport|annonces?|horaires?)\b|"
                            r"\b(?:ran|run|running|went|operated) as (?:forecast|planned|announced|scheduled)\b|"
                            r"\b(?:running|working|operating|open|available|live) again since\b|"
                            r"\b(?:fonctionne|fonctionnent|tourne|roule|est|sont) (?:à nouveau|de nouveau)\b[^.;]{0,20}\bdepuis\b|"
                            # (And, on kit 42: our own rules broken, « ce cadre a enfreint notre règlement ».)
                            r"\b(?:enfreint|violé|transgressé|violated|breached|broke|broken) (?:notre|nos|our|the company['’]s) "
                            r"(?:\w+ )?(?:règlement|règles|politique|charte|code|policy|policies|rules|guidelines)\b",
                            re.IGNORECASE),
    "overpromise": re.compile(_WAIVED, re.IGNORECASE),  # (and more below)
    # (Also: praise for our staff's calm, « indigne de nos boulangeries » said of ourselves, and
    # « ce sont ces deux sources qui font foi », a legal idiom.)
    # (And, on kit 35: « Ce qu'on y voit n'est pas acceptable », a calm judgment on ourselves; "we are
    # doing everything we can so that nobody is left on the quay"; "our deckhand is doing better"; a
    # question that opens a line of help, « Vous deviez faire passer un véhicule ? ».)
    "emotional": re.compile(r"\b(?:is|are|was|were) (?:now |still )?(?:doing )?(?:well|better)\b|"
                            r"\bn['’]est pas acceptable\b|\b(?:is|was) not acceptable\b|"
                            r"\bdoing everything (?:we can|we possibly can|possible)\b|"
                            r"\bfaisons tout (?:notre possible|ce que nous pouvons)\b|"
                            r"^\W*(?:vous (?:deviez|devez|aviez|avez|étiez|êtes|voulez|vouliez)|(?:were|are|did|do|have|"
                            r"had) you)\b[^?.!]{0,80}\?|"
                            # what people told us, granted: « Elles nous ont dit, avec raison, que… »;
                            # moderation described: « sauf ceux qui contiennent des insultes »
                            r"\b(?:avec raison|à juste titre|rightly|with good reason)\b|"
                            r"\b(?:contiennent|contenant|contient|contain(?:s|ing)?) (?:des |any )?(?:insultes|injures|"
                            r"menaces|insults|threats|slurs)\b|"
                            r"\bnot (?:how|the way) (?:our |any )?(?:customers?|clients?|people|members?|patients?|"
                            r"passengers?|guests?|anyone) (?:deserves? to be|should be) treated\b|"
                            r"\b(?:this|that|it) is not who we are\b|\bce n['’]est pas (?:ce que|qui) nous sommes\b|"
                            r"\bn['’]est pas ainsi que (?:notre |nos |la |les )?\w+ (?:mérite|méritent|doit|doivent) être "
                            r"traitée?s?\b|\b(?:va|vont|allait|se porte|se portent) "
                            r"(?:bien|mieux)\b|"
                            r"\b(?:our|nos|notre) (?:staff|teams?|colleagues|nurses|doctors|équipes|agents|salariés|"
                            r"soignants|collègues)\b[^.]{0,80}\b(?:calm|dedication|professionalism|courage|calme|"
                            r"dévouement|professionnalisme)\b|\bindigne (?:de nous|de nos|de notre)\b|\bunworthy of "
                            r"(?:us|our)\b|\b(?:font|fait|faisant) foi\b|"
                            r"\b(?:people|survivors?|victims?|those|women|men|children|families|anyone|colleagues) "
                            r"(?:who (?:live|lived|have lived|are living|live through|suffered?|experienced?)|of|affected "
                            r"by)\b[^.!?]{0,30}\b(?:abuse|violence|harassment|assault)\b|\b(?:personnes|victimes|"
                            r"survivantes?|femmes|enfants|familles|celles et ceux) (?:qui (?:vivent|ont vécu|subissent|"
                            r"ont subi)|de|victimes de)\b[^.!?]{0,30}\b(?:violences?|maltraitances?|abus|harcèlement)\b|"
                            # (And, on kit 37: the harm that did not happen, « Personne n'a eu à quitter le
                            # navire »; what our own offending post did, "a reply from our community team
                            # mocking the people it hurt", told, not our tone.)
                            r"(?:^\W*|[,;:]\s+)(?:personne|aucune? (?:passagère?|client|habitant|patient|élève)s?) "
                            r"n['’](?:a|ont) (?:eu à|dû|été)\b|(?:^\W*|[,;:]\s+)(?:nobody|no one|no passengers?|none of "
                            r"(?:the|our) \w+) (?:had to|was|were|needed)\b|" + _OUR_POST_MOCKING + "|"
                            # (And, on kit 40: those who already did what we asked, « Merci à tous ceux qui
                            # l'ont déjà fait », « y compris pour ceux qui ont déjà rapporté leur produit ».)
                            r"\b(?:ceux|celles|those|everyone|anyone|all) (?:qui|who) (?:l['’]|les |nous )?(?:ont|have|has) "
                            r"(?:déjà|already)\b",
                            re.IGNORECASE),
    "no-ownership": re.compile(r"\b(?:apologi[sz]e|sorry|excuses?) (?:to you )?(?:for|pour) (?:this|the|our|that|cette|notre|"
                               r"l['’]) ?(?:error|mistake|failure|fault|erreur|faute|défaillance)\b|"
                               # a harm named, not "any inconvenience": "We apologise for the waiting times" (not
                               # "the delays", which can play down what happened at a crowded entrance)
                               r"\b(?:apologi[sz]e|sorry|excuser?|excuses?) (?:to you )?(?:for|pour) (?:the|these|those|les|ces) "
                               r"(?:long |longues )?(?:waiting times|waits|attentes|temps d['’]attente)\b|"
                               r"\b(?:for having to|d['’]avoir dû) (?:widen|extend|expand|étendre|élargir)\b|"
                               r"\b(?:higher|lower|larger|greater|plus (?:élevée?|grande?|important)e?)\b[^.]{0,30}"
                               r"\b(?:than|que) (?:we |celui |celle |ceux )?(?:first |initially |d['’]abord |initialement )?"
                               r"(?:reported|announced|said|annoncée?s?|communiquée?s?|indiquée?s?)|"
                               # (And, on kit 40: the harm tied to what caused it, "We are sorry for the trouble
                               # this caused you", « désolés de la gêne que cette grève va vous causer ».)
                               r"\b(?:sorry|apologi[sz]e) for (?:the|all the) \w+ (?:that )?(?:this|it|the \w+|our \w+) "
                               r"(?:has |have |will |is going to |may )?(?:caus|creat|brought)\w*|"
                               r"\b(?:désolée?s?|excuser|excuses) (?:de|pour) (?:la|les|le) \w+ (?:que|qu['’]) ?(?:cette|ce|cet|"
                               r"notre|nos|la|le) \w+ (?:va |vont |a |ont |vous )*(?:caus|occasionn|impos|caus)\w*",
                               re.IGNORECASE),
    # (Also: what our own chief executive did, « notre PDG a répondu… par une phrase méprisante »:
    # the head of the organisation is the organisation at its most accountable, no one else.)
    # (And, on kit 35: a sentence that owns the fault puts it on no one else, "Wheelchair user refused
    # boarding: we were wrong", "This was the company's failure, not one man's".)
    "blame": re.compile(r"\bwe were wrong\b|\bnous avions tort\b|\bnous nous sommes trompés\b|"
                        r"\bthe company['’]s (?:own )?(?:failure|fault|mistake|error)\b|"
                        r"\bnot (?:one|a single) (?:man|woman|person|employee|member of staff)['’]s\b|"
                        r"\b(?:remains?|stays?|is|are) open to (?:patients|people|customers|visitors|anyone)\b|"
                        r"\b(?:restent?|sont|est) (?:ouverte?s?|accessibles?) (?:aux|à tous les) (?:patients|personnes|clients|"
                        r"visiteurs)\b|"
                        r"\b(?:refunded|reimbursed|repaid|replaced|exchanged) (?:directly )?by\b|"
                        r"\brembours\w* (?:directement )?par\b|\ble remboursement passe par\b|"
                        r"\b(?:our|notre) (?:CEO|PDG|chief executive|chair(?:man|woman)?|managing director|"
                        r"président(?:e)?(?:-directeur général|-directrice générale)?|directeur général|"
                        r"directrice générale)\b|"
                        # who found it, named as the source of a finding: "according to the first findings of
                        # our engineers and the classification society", « selon les premières constatations de… »
                        r"^\W*(?:selon|d['’]après|according to|as found by) (?:les |la |l['’]|the )?(?:premières? |first |"
                        r"initial )?(?:constatations|conclusions|analyses?|findings|inspection|expertise|examen|"
                        r"investigation|enquête)\b|"
                        # (And, on kit 36: a physical cause, "roadworks by an outside contractor cut the
                        # fibre-optic cable"; the path of an attack, « le pirate a utilisé le compte d'un
                        # sous-traitant », what the attacker did, not whose fault it was.)
                        r"\b(?:roadworks|road works|construction work|digging|excavation|travaux|chantier)\b[^.;]{0,90}"
                        r"\b(?:cut|severed|damaged|sectionné|endommagé|coupé|arraché)\b[^.;]{0,20}\b(?:the |a |le |la |un |une )?"
                        r"(?:fibre|fiber|cables?|câbles?|pipes?|main|conduites?|canalisations?)\b|"
                        r"\b(?:pirates?|attaquants?|hackers?|attackers?|criminals?|criminels?|cybercriminels?)\b[^.;]{0,20}"
                        r"\b(?:a utilisé|ont utilisé|used|utilisait|se sont servis? d)\w*[^.;]{0,10}\b(?:le |l['’]|the |un |a )?"
                        r"(?:compte|account|identifiant|login|mot de passe|password)|" + _OUR_POST_MOCKING + "|"
                        # (And, on kit 40: a service run for us, « exploité pour notre compte par notre
                        # prestataire », "operated on our behalf by": ours, whoever runs it.)
                        r"\b(?:pour notre compte|on our behalf|for us by)\b|"
                        # (And, on kit 42: inspectors as the source of a finding, « Les inspecteurs de la
                        # Province ont constaté que les gorges de la poulie étaient usées », "told us".)
                        r"^\W*(?:the |les |l['’]|la |our |nos )?(?:[\w'’-]+ ){0,3}?"
                        r"(?:inspect(?:or|eur)s?|investigat(?:or|eur)s?|enquêteu(?:r|se)s?|inspectrices?)\b[^.;]{0,80}"
                        r"\b(?:found|have found|told us|reported|ont constaté|a constaté|ont établi|nous ont (?:communiqué|transmis|"
                        r"indiqué|remis))\b", re.IGNORECASE),
    # (And, on kit 35: a breach's extent told as not yet known, « … pourraient avoir été copiées »,
    # "may have been copied": the notice the law asks for, not a guess.)
    "speculation": re.compile(r"\b(?:aurai[st]|aurions|auriez|auraient) dû\b|"
                              r"\b(?:données|data|informations?|fiches|dossiers|records|files)\b[^.;:]{0,60}"
                              r"\b(?:au maximum|au plus|up to|at most|jusqu['’]à)\b[^.;:]{0,30}"
                              r"\b(?:pourrai(?:en)?t|may|might|could) (?:avoir été|have been) (?:\w+ )?(?:copiée?s?|"
                              r"consultée?s?|exposée?s?|volée?s?|dérobée?s?|copied|accessed|exposed|stolen|viewed)\b|"
                              # (And, on kit 36: why we will not pay a ransom, « Payer n'empêcherait pas la
                              # diffusion des données », "Paying would not stop…"; a figure given with its
                              # source, « D'après notre fournisseur, 98 % des remboursements… ».)
                              r"^\W*(?:payer|paying|to pay)(?: (?:la|une|the|a|any) (?:rançon|ransom))?\b[^.;]{0,10}"
                              r"\b(?:n['’]\w+rait|ne \w+rait|would(?: not|n['’]t)?)\b|"
                              r"^\W*(?:selon|d['’]après|according to) (?:notre|nos|our|the|le|la|les) (?:fournisseur|prestataire|"
                              r"banque|provider|processor|bank|partenaire|partner|acquéreur|acquirer)\w*\s*,\s*(?:\w+ )?\d",
                              re.IGNORECASE),
    # (And, on kit 35: where a code is printed, "just below the date"; how attackers hid, « par petits
    # lots pour ne pas attirer l'attention »; allergic reactions that were mild and needed no
    # hospital, a medical fact like "slightly injured".)
    "minimizing": re.compile(r"\bjust (?:below|above|under|beneath|next to|beside|behind|after|before)\b|"
                             r"\bjuste (?:en dessous|au-dessous|au-dessus|à côté|sous|après|avant)\b|"
                             r"\bpar petits lots\b|\bin small batches\b|"
                             # (And, on kit 42: a child named as such, "the little girl who developed HUS".)
                             r"\b(?:little|petite?s?) (?:girls?|boys?|child|children|ones?|filles?|garçons?|enfants?)\b|"
                             r"\blégère?s?\b[^.]{0,40}\bn['’]ont pas nécessité d['’]hospitalisation\b|"
                             r"\bmild\b[^.]{0,40}\b(?:did not|didn['’]t) (?:need|require) (?:any )?hospital|"
                             r"\b(?:is|are|was|were|been|now|sont|est|ont été|a été) (?:now |désormais )?"
                             r"(?:isolated|isolée?s?|cut off|disconnected|déconnectée?s?)\b|"
                             r"\b(?:urinat\w*|pees?|passes? (?:less )?urine|eats?|drinks?|feeds?|breath\w*|"
                             r"urine\w*|mange\w*|boi\w+|respire\w*) (?:much |far |a lot |beaucoup |bien )?(?:less|fewer|"
                             r"moins)\b[^.;]{0,20}\b(?:than usual|than normal|que d['’]habitude|que normalement)|"
                             r"\b(?:reste|restent|remains?|is still|are still) (?:en vente|on sale|available|disponibles?)\b|"
                             r"\b(?:a few|a short|quelques|un court|une courte)\b[^.;:]{0,40}\b(?:has|have|had|a|ont|avait|"
                             r"avaient) (?:des |very |bien )?(?:real|serious|réelles|graves|lourdes) ?(?:consequences|"
                             r"conséquences)?|\b(?:has|have|had|a|ont) des conséquences (?:bien )?(?:réelles|graves|lourdes)|"
                             # (And, on kit 36: a triage of the injured, "one seriously and four with minor
                             # injuries": the serious and the light side by side; a person's injury described,
                             # "a fifth person, with a minor wrist injury, contacted us".)
                             r"\bwith (?:a )?(?:minor|slight|light) (?:\w+ )?(?:injury|injuries|sprain|cut|bruise|burn)\b|"
                             r"\b(?:serious(?:ly)?|grave(?:ment|s)?|severe(?:ly)?)\b[^.;]{0,60}\b(?:minor|light|slight(?:ly)?|"
                             r"légère?s?|légèrement)\b|\b(?:minor|light|slight(?:ly)?|légère?s?|légèrement)\b[^.;]{0,60}"
                             r"\b(?:serious(?:ly)?|grave(?:ment|s)?|severe(?:ly)?)\b",
                             re.IGNORECASE),
}
_GRANTED["overpromise"] = re.compile(_WAIVED + r"|"
                                     # (An instruction lifted, "There are no longer any instructions for local
                                     # residents", « Il n'y a plus de consigne » : a fact of today, no promise.)
                                     r"\bthere (?:is|are) no longer (?:any )?(?:instructions?|restrictions?|advice|"
                                     r"warnings?|need to|orders?)\b|\bil n['’]y a plus (?:aucune |de |d['’])(?:consignes?|"
                                     r"restrictions?|recommandations?|besoin)\b|\bwill no longer (?:make|sell|use|produce|offer|serve|stock)\b|"
                                     r"\bne (?:fabriquer|vendr|utiliser|produir|proposer|servir)\w* plus\b|\bil (?:nous )?(?:revient|appartient|incombe) à [^.]{0,40}\bde (?:garantir|"
                                     r"veiller|s['’]assurer)\b|\bit is (?:our|the \w+['’]s|\w+['’]s) (?:job|duty|responsibility) "
                                     r"to (?:ensure|guarantee|make sure)\b|"
                                     # (A rule we hold ourselves to, « Un jouet pour bébé doit être sûr, sans
                                     # exception », "must be safe": a standard, not a promise about a risk.)
                                     r"\b(?:doit|doivent|must|should|has to|have to) (?:toujours |always )?(?:être |be )"
                                     r"(?:sûrs?|sûres?|safe|sans danger)\b", re.IGNORECASE)


# (And, on kit 45: an honest warning of waits, "Waiting times are longer than usual", « Les
# temps d'attente sont plus longs que d'habitude »; "shared with a public link rather than with
# named accounts only", how it went wrong; a ship "chartered from a partner company", a fact of
# service; « Nous n'avons toujours constaté aucun signe d'utilisation », a finding.)
_GRANTED["minimizing"] = re.compile(_GRANTED["minimizing"].pattern + r"|\b(?:waiting times?|waits?|queues?|delays?) "
                                    r"(?:are|is|will be|may be|could be) (?:much |a lot |far )?longer than usual\b|"
                                    r"\btemps d['’]attente (?:sont|est|seront|pourraient être|peuvent être) (?:\w+ )?plus longs? "
                                    r"que d['’]habitude\b|\brather than (?:with |to |by )?[^.;]{0,40}\bonly\b|"
                                    r"\bplutôt qu['’][^.;]{0,40}\buniquement\b", re.IGNORECASE)
# (And, on kit 46: a warning of a risk to people, "Calls to emergency numbers may fail", « Les
# appels aux numéros d'urgence peuvent échouer ». A cause given as "the most likely" stays a
# guess: the blind sets' writers mark it so.)
_GRANTED["speculation"] = re.compile(_GRANTED["speculation"].pattern + r"|"
                                     r"\b(?:may|might|could) (?:fail|not (?:work|connect|go through)|be (?:cut off|lost|"
                                     r"interrupted|unavailable))\b|\b(?:peu(?:ven)?t|pourrai(?:en)?t) (?:échouer|ne pas (?:aboutir|"
                                     r"fonctionner|passer)|être (?:coupée?s?|interrompue?s?|indisponibles?))\b", re.IGNORECASE)
# (And, on kit 48: a permission given back, "Residents may go home"; what the fakes look like, a
# description; a delay forecast for customers, « quelques livraisons pourraient avoir jusqu'à une
# heure de retard », "may arrive up to an hour late": the impact told honestly.)
_GRANTED["speculation"] = re.compile(_GRANTED["speculation"].pattern + r"|"
                                     r"\b(?:residents|passengers|customers|you|everyone|people|families|guests|visitors|"
                                     r"staff|they|all) (?:may|can) (?:now |again |also )?(?:go|return|come back|travel|enter|"
                                     r"leave|collect|keep|use)\b|\bwhat\s+(?!looks?\b|seems?\b|appears?\b)[^.;]{1,50}?\s+looks? like\b|"
                                     r"\b(?:personne|nul) ne devrait (?:avoir|se sentir) honte\b|"
                                     r"\b(?:may|might|could|pourrai(?:en)?t|peu(?:ven)?t) (?:arrive|be|arriver|avoir|prendre)"
                                     r"\b[^.;]{0,30}\b(?:late|delayed|de retard|en retard)\b", re.IGNORECASE)
# (And, on kit 46: who was helped, « chez ceux qui en avaient le plus besoin », no loss of calm.)
# (And, on kit 48: shame lifted from people who were fooled, « Personne ne doit avoir honte
# d'avoir cliqué », "Nobody should feel ashamed": empathy, not emotion.)
_GRANTED["emotional"] = re.compile(_GRANTED["emotional"].pattern + r"|\b(?:à|chez|pour) ceux qui en "
                                   r"(?:avaient|ont|auront) (?:le plus )?besoin\b|"
                                   r"\b(?:personne|nul) ne (?:doit|devrait) (?:avoir|se sentir) honte\b|"
                                   r"\b(?:nobody|no one|no-one) (?:should|needs to) (?:feel|be) ashamed\b", re.IGNORECASE)
# (And, on kit 48: how fast pages show again, « en quelques secondes », "in a few seconds": a
# speed, not a harm made small.)
_GRANTED["minimizing"] = re.compile(_GRANTED["minimizing"].pattern + r"|\ben quelques (?:secondes|instants)\b|"
                                    r"\bin a few (?:seconds|moments)\b", re.IGNORECASE)
# (And, on kit 56: advice to travellers, "allow a few extra minutes at the stop", « prévoyez
# quelques minutes de marge »: time people should plan for, no harm made small.)
_GRANTED["minimizing"] = re.compile(_GRANTED["minimizing"].pattern + r"|^(?![^.]*\b(?:only|just|merely|seulement|juste|"
                                    r"à peine|simplement)\b)[^.]*?(?:\b(?:allow|plan|leave|add|give yourself)\s+"
                                    r"(?:for\s+)?(?:a few|some|a little|\d+)\s+(?:extra |more )?(?:minutes|time)\b|"
                                    r"\b(?:prévoyez|comptez|ajoutez|gardez)\s+(?:\w+\s+)?(?:quelques|\d+)\s+minutes\b)",
                                    re.IGNORECASE)
# (And, on kit 48: the list of what we will never ask, "Brabanta will never:", the line against
# scams; a change made for good, « intègre désormais le compte dans la clé de tout ce qu'il
# conserve », what the system does now, not a promise about the future.)
_GRANTED["overpromise"] = re.compile(_GRANTED["overpromise"].pattern + r"|\bwill never\s*:|"
                                     r"\bne (?:vous )?(?:demandera|demanderons) jamais\s*:|"
                                     r"\b(?:intègre|inclut|contient|chiffre|vérifie|isole)\w* désormais\b|"
                                     # (a fact now true, « chaque employeur a désormais la liste »: no promise)
                                     r"\b(?:a|ont|avons|avez|connaissons|connaît|connaissent|savons|sait|savent|dispose\w*|"
                                     r"possède\w*|détien\w*) désormais\b", re.IGNORECASE)
# (And, on kit 48: what made a fault happen, "Because of an error, each time someone opened a
# return, …": an error of ours, nobody blamed.)
_GRANTED["blame"] = re.compile(_GRANTED["blame"].pattern + r"|\b(?:because of|owing to|due to) (?:an|a|this|the|our) "
                               r"(?:error|bug|fault|mistake|defect)\b(?!\s+(?:by|from|of|made|at|in|on the part)\b)", re.IGNORECASE)
_GRANTED["blame"] = re.compile(_GRANTED["blame"].pattern + r"|\b(?:chartered|hired|leased|rented|borrowed) from (?:a |an |our )?"
                               r"(?:\w+ )?partner\b|\baffrétée? (?:auprès )?d['’]une? (?:\w+ )?partenaire\b", re.IGNORECASE)
_GRANTED["defensive"] = re.compile(_GRANTED["defensive"].pattern + r"|\bnous n['’]avons (?:toujours |encore )?"
                                   r"(?:constaté|observé|détecté|relevé) aucun(?:e)? (?:signe|indice|trace|utilisation)\b|"
                                   r"\bwe have (?:still |so far |yet to )?(?:seen|found|detected|observed) no (?:sign|evidence|trace)\b",
                                   re.IGNORECASE)

# (And, on kit 49: an instruction that protects the people affected is no charge against them,
# « la consigne de ne pas sanctionner les voyageurs » / "told not to fine passengers"; a person's
# care is no fault, "our train driver had surgery".)
_GRANTED["blame"] = re.compile(_GRANTED["blame"].pattern + r"|\bde ne pas (?:sanctionner|verbaliser|pénaliser|facturer|"
                               r"prélever|débiter|amender|poursuivre) (?:les|nos|ces) |\bnot to (?:fine|penali[sz]e|sanction|"
                               r"charge|bill|prosecute) (?:the |our |these )?(?:passengers|customers|travell?ers|riders|users|"
                               r"patients|clients|members|people)\b|\b(?:had|underwent|is undergoing|is recovering from) "
                               r"(?:surgery|an operation)\b|\b(?:a|ont) été (?:opérée?s?|hospitalisée?s?)\b", re.IGNORECASE)
# (A condition for reopening is a restraint, not a promise: « La ligne ne rouvrira que lorsque la
# paroi sera sûre », "the line will only reopen once the slope is safe".)
_GRANTED["overpromise"] = re.compile(_GRANTED["overpromise"].pattern + r"|\bne (?:\w+ ){1,2}qu['’]?(?:e )?(?:lorsque|quand|"
                                     r"une fois que|après que|si)\b|\bwill (?:only (?:\w+ ){1,2}(?:when|once|after|if)|not "
                                     r"(?:\w+ ){1,2}(?:until|before|unless))\b", re.IGNORECASE)


def _granted(category: str, text: str) -> bool:
    pattern = _GRANTED.get(category)
    return pattern is not None and pattern.search(text) is not None


SentenceCheck = Callable[[Reading], Iterator[tuple[int, int]]]


def _judged(category: str) -> SentenceCheck:
    def check(reading: Reading) -> Iterator[tuple[int, int]]:
        judgment = reading.judgment
        if judgment is not None and judgment.category == category:
            span = _quoted_span(judgment.spans, len(reading.sentence.text))
            if not _inside_reported_words(reading.sentence.text, *span):
                yield span
    return check


# Words quoted inside our sentence (« payer deux fois pour avoir le privilège de se faire
# engueuler », what an executive said and we condemn): theirs, not our tone. A quotation that
# opens the sentence ("“…,” said our chief executive") or follows a colon ("She said: “…”") is
# a spokesperson speaking: our own voice.
_QUOTATION = re.compile(r"«[^«»]{3,}»|“[^“”]{3,}”|\"[^\"]{3,}\"")


def _inside_reported_words(text: str, start: int, end: int) -> bool:
    return any(q.start() <= start and end <= q.end() and text[:q.start()].strip()
               and not text[:q.start()].rstrip().endswith(":") for q in _QUOTATION.finditer(text))


def _quoted_span(spans: tuple[tuple[int, int], ...], length: int) -> tuple[int, int]:
    """The words a finding quotes: the weightiest words, joined when they are close."""
    if not spans:
        return 0, length
    start, end = min(s for s, _ in spans), max(e for _, e in spans)
    if end - start <= 90:
        return start, end
    return spans[0]


# Three or more words in capitals in a row (acronyms alone are not shouting), or "!!", "?!".
_SHOUTING = re.compile(r"(?<![\[\w])[A-ZÀ-ÖØ-Þ]{2,}(?:[\s,'’-]+[A-ZÀ-ÖØ-Þ]{2,}){2,}(?![\w\]])|!\s*!|\?\s*!|!\s*\?")


def _quoted(text: str, start: int, end: int) -> bool:
    """Capitals between quotation marks are quoted (the label on a bank statement, a sign)."""
    return text[:start].rstrip()[-1:] in ('"', "“", "«", "'", "‘") and text[end:].lstrip()[:1] in ('"', "”", "»", "'", "’")


def _emotional(reading: Reading) -> Iterator[tuple[int, int]]:
    text = reading.sentence.text
    # A slot in capitals ("01 XX XX XX XX", "<NOM DU DIRECTEUR>") is a slot, not shouting.
    in_slots = [(start, end) for start, end, _certain in slots(text)]
    shouting = next((m for m in _SHOUTING.finditer(text) if not _quoted(text, *m.span())
                     and not any(start < m.end() and m.start() < end for start, end in in_slots)), None)
    if shouting:
        yield shouting.span()
    else:
        yield from _judged("emotional")(reading)


# A refusal to promise: "Nobody can guarantee…", "we cannot promise…", « personne ne peut garantir ».
_REFUSED_PROMISE = re.compile(
    r"\b(?:nobody|no one|no-one|cannot|can['’]t|can not|could not|couldn['’]t|will not|won['’]t|unable to|"
    r"impossible to|do not|don['’]t|never)\s+(?:\w+\s+){0,2}(?:guarantee|promise|pretend|claim)\w*|"
    r"\b(?:ne|n['’])\s*(?:\w+\s+){0,2}(?:pouvons|peut|peux|pourrons|pourra|saurions|saurait)\s+pas\s+"
    r"(?:\w+\s+){0,1}(?:garantir|promettre|assurer)|\bpersonne ne (?:peut|pourra) (?:garantir|promettre)|"
    r"\bimpossible de (?:garantir|promettre)", re.IGNORECASE)


# A decision said to be final ("The campaign is closed for good", « le magasin est fermé
# définitivement »): what the organisation itself stopped, not a promise about a risk.
_FINAL_DECISION = re.compile(
    r"\b(?:closed|withdrawn|ended|stopped|discontinued|cancell?ed|scrapped|dropped|retired|shut(?: down)?|"
    r"taken down|pulled|removed|abandoned|fermée?s?|retirée?s?|arrêtée?s?|abandonnée?s?|supprimée?s?|annulée?s?)"
    r"\s+(?:for good|permanently|définitivement|pour de bon)\b", re.IGNORECASE)


def _overpromise(reading: Reading) -> Iterator[tuple[int, int]]:
    # A sentence that refuses to promise is honest, whatever promise it names to refuse it.
    if _REFUSED_PROMISE.search(reading.sentence.text):
        return
    decided = _FINAL_DECISION.search(reading.sentence.text)
    for start, end in _judged("overpromise")(reading):
        if not (decided and start < decided.end() and decided.start() < end):
            yield start, end


# How badly someone was hurt, as the emergency services say it ("6 passengers were slightly
# injured", « l'un d'eux s'est légèrement blessé »): a fact, not the harm played down.
_INJURY_SEVERITY = re.compile(r"\b(?:slightly|lightly|minor(?:ly)?|légèrement|superficiellement)\s+"
                              r"(?:injured|hurt|wounded|burned|burnt|blessée?s?|brûlée?s?|intoxiquée?s?)", re.IGNORECASE)


# An instruction made easy for the reader ("Just come to check-in", « Présentez-vous simplement
# à l'enregistrement », "you can simply reply STOP"): how little they must do, not the harm played down.
_EASY_STEP = re.compile(r"^\W*(?:just|simply)\s+(?!(?:a|an|the|one|two|three|few|some|under|over|about|around|less|"
                        r"fewer|more|minor|small|slight\w*|this|that|these|those|our|it|we)\b)[a-z]+\b(?![%\d])|\byou (?:can|may|only need to|just need to|need only) "
                        r"(?:just|simply)\b|\b\w+ez(?:-vous|-nous|-le|-la|-les)?\s+(?:tout\s+)?simplement\b|"
                        r"\b(?:vous pouvez|il vous suffit de|il suffit de)\s+(?:tout\s+)?simplement\b", re.IGNORECASE)


def _minimizing(reading: Reading) -> Iterator[tuple[int, int]]:
    told = _INJURY_SEVERITY.search(reading.sentence.text) or _EASY_STEP.search(reading.sentence.text)
    for start, end in _judged("minimizing")(reading):
        if not (told and start < told.end() and told.start() < end):
            yield start, end


# What would have happened had we done better ("Had that work been finished, the attack would
# very probably have failed", « Si ce chantier avait été terminé, l'attaque aurait échoué »):
# self-criticism in the past conditional, not a guess at the facts.
_COUNTERFACTUAL = re.compile(
    r"^(?:had\b|if (?:[\w'’-]+ ){1,10}had\b)[^.]*\bwould (?:[\w'’-]+ ){0,3}have\b|"
    r"\bsi\b[^.]{3,100}\b(?:avait|avaient|avions|aviez)\b[^.]*\b(?:aurait|auraient|aurions|auriez)\b", re.IGNORECASE)


# No guess: "as quickly as possible", « dès que possible »; « Pense à mettre l'appli à jour »
# (remember to); and what people may still notice ("Hot water may still be intermittent tonight",
# "CDN purges may be delayed"): the impact told honestly, not a guess at causes or culprits.
_NO_GUESS = re.compile(
    r"\b(?:as (?:quickly|soon|fast|far|much|early) as possible|(?:dès|aussitôt) que possible|le (?:plus vite|plus tôt|"
    r"mieux) possible|(?:au|dans toute la) mesure du possible)\b|^\s*(?:pense|pensez) à\b|"
    r"\b(?:may|might|could|can|pourrai(?:en)?t|peu(?:ven)?t|risquent? d['’]être)\s+(?:still\s+|encore\s+|also\s+|"
    r"aussi\s+)?(?:be|remain|run|take|être|rester)\s+(?:\w+\s+)?(?:delayed|intermittent|slow(?:er)?|unavailable|"
    r"disrupted|interrupted|longer|busy|affected|reduced|retardée?s?|perturbée?s?|ralentie?s?|indisponibles?|"
    r"intermittente?s?|plus longs?|plus longues?|réduite?s?|chargée?s?)\b", re.IGNORECASE)


# A count given as our own first checks found it (« D'après nos premières vérifications, environ 600
# personnes seraient concernées », "From our first checks, about 600 people appear to be affected"):
# a provisional figure said as such, not a guess; never a cause or a culprit.
_FIRST_COUNT = re.compile(r"\b(?:(?:d['’]après|selon) nos (?:premi[eè]res?|premiers) (?:vérifications|relevés|éléments|constats|"
                          r"estimations|chiffres|calculs|analyses|décomptes)|(?:from|according to|based on) our (?:first|initial|"
                          r"early) (?:checks|count|counts|figures|estimate|analysis)|our (?:first|initial) estimate is)\b",
                          re.IGNORECASE)
_CAUSE_WORDS = re.compile(r"\b(?:caus\w*|due|because|origine?|criminal\w*|criminel\w*|attack\w*|attaque\w*|fault|faute|"
                          r"sabotage|hack\w*|pirat\w*|parce|car)\b", re.IGNORECASE)


def _speculation(reading: Reading) -> Iterator[tuple[int, int]]:
    # What people should do warns of risks in the conditional ("Tickets offered elsewhere may
    # be fake", « des flacons pourraient être contaminés »): a precaution, not a guess at the facts.
    if reading.sentence.block.where == "what_you_should_do" or _COUNTERFACTUAL.search(reading.sentence.text):
        return
    if _FIRST_COUNT.search(reading.sentence.text) and re.search(r"\d", reading.sentence.text) \
            and not _CAUSE_WORDS.search(reading.sentence.text):
        return
    told = reading.sentence.text
    # (Never a figure guessed: "As many as 1.2 million vehicles could be affected".)
    honest = [m.span() for m in _NO_GUESS.finditer(told)
              if not re.search(r"\d|as many as|up to|jusqu['’]à", told[max(0, m.start() - 60):m.start()], re.IGNORECASE)]
    for start, end in _judged("speculation")(reading):
        if not any(s < end and start < e for s, e in honest):
            yield start, end


# A slot quoted as what went out by mistake (« la mention « {prénom} » apparaissait au lieu de votre
# nom », "the words “[DATE TBC]” appeared instead of the date"): a mention of the slip, not a slot.
_SLIP_TOLD = re.compile(r"\b(?:apparaiss\w*|apparu\w*|s['’]affich\w*|affiché\w*|au lieu d[eu']|à la place d[eu']|"
                        r"appeared|appearing|was shown|showed|displayed|instead of|in place of)\b", re.IGNORECASE)


def _slots_meant(reading: Reading) -> Iterator[tuple[int, int, bool]]:
    text = reading.sentence.text
    slip = _SLIP_TOLD.search(text) is not None
    for start, end, certain in slots(text):
        if not (slip and _quoted(text, start, end)):
            yield start, end, certain


def _certain_slots(reading: Reading) -> Iterator[tuple[int, int]]:
    for start, end, certain in _slots_meant(reading):
        if certain:
            yield start, end


def _possible_slots(reading: Reading) -> Iterator[tuple[int, int]]:
    found = [(start, end) for start, end, certain in slots(reading.sentence.text)]
    for start, end, certain in _slots_meant(reading):
        if not certain:
            yield start, end
    if not found:
        yield from _judged("placeholder")(reading)


MESSAGES: dict[str, str] = {
    "placeholder": "a placeholder is still in the text: {words}",
    "placeholder-maybe": "this looks like a slot or a note left from a draft: {words}",
    "overpromise": "promises what nobody can guarantee: {words}",
    "blame": "puts the fault on someone else: {words}",
    "defensive": "sounds defensive: {words}",
    "minimizing": "plays down the harm: {words}",
    "emotional": "loses the calm tone: {words}",
    "speculation": "guesses before the facts are known: {words}",
    "non-apology": "apologises without owning the fault: {words}",
}

BOTH = ("en", "fr")

SENTENCE_RULES: list[Rule] = [
    Rule(
        "placeholder", "placeholder", ERROR, "sentence", ("*",),
        "Error: a template slot left in the text ({client}, {{ville}}, [DATE], [mois], [NOM DU CLIENT], <name>, "
        "%ORG%, %s, XX:XX, JJ/MM/AAAA, ##/##/2026, within N days, TODO, lorem ipsum) would be published as is. Lists of names in brackets, "
        "[sic] and tags such as [UPDATE] are not slots.",
        "We will publish the next update at [TIME].", "We will publish the next update at 14:00 CET.",
        {"en": "Replace the slot with the real information, or remove the sentence, before publishing.",
         "fr": "Remplacez l'emplacement par l'information réelle, ou supprimez la phrase, avant publication."},
        _certain_slots,
    ),
    Rule(
        "placeholder-maybe", "placeholder", WARNING, "sentence", ("*",),
        "Warning: something a finished statement may say on purpose but often is a leftover: TBC, TBD, "
        "« à confirmer », one word in capitals between brackets ([CDN]), or a sentence that reads like a note "
        "to the drafting team. A table cell or a label of three words or fewer without end punctuation "
        "(« Date de péremption », Total) is no sentence: no wording rule judges it.",
        "Reopening time: TBC. Check the figure with Julie before sending.",
        "We will give the reopening time by 16:00.",
        {"en": "If this is still to be filled in, fill it in; if it is meant, leave it (or say it in words).",
         "fr": "S'il reste quelque chose à compléter, complétez-le ; si c'est voulu, laissez-le (ou dites-le en "
               "toutes lettres)."},
        _possible_slots,
    ),
    Rule(
        "overpromise", "overpromise", WARNING, "sentence", BOTH,
        "Warning: a promise or a certainty nobody can give (never again, guaranteed, 100% safe, the safest in "
        "the country, fixed for good); promising to keep people informed is fine.",
        "This will never happen again.",
        "We are adding a second check so that an expired certificate is caught before it can fail.",
        {"en": "Promise what you control: the actions you are taking and when you will report on them.",
         "fr": "Promettez ce que vous maîtrisez : les actions engagées et la date à laquelle vous en rendrez compte."},
        _overpromise,
    ),
    Rule(
        "blame", "blame", WARNING, "sentence", BOTH,
        "Warning: the fault is put on someone else: a supplier or partner, one employee, the people affected "
        "(by describing what they did wrong), the authorities; naming a partner while owning the outcome, or as "
        "helping (with the manufacturer's support), is fine, and so is a physical cause stated as a fact (the smoke "
        "came from the air-conditioning unit).",
        "The outage was caused by an error at our cloud provider.",
        "Our site was down for six hours. We chose our hosting, so this failure is ours to fix.",
        {"en": "Own the outcome even when a partner was involved: say what failed and what you are doing about it.",
         "fr": "Assumez le résultat même si un partenaire est en cause : dites ce qui a failli et ce que vous faites."},
        _judged("blame"),
    ),
    Rule(
        "defensive", "defensive", WARNING, "sentence", BOTH,
        "Warning: self-justification that reads as not listening, whoever the subject (we did nothing wrong, "
        "staff followed every procedure, beyond our control, these claims are false, taken out of context); taking "
        "back our own words (our president's remarks had no basis) is not.",
        "Our staff followed all the required procedures.",
        "We are reviewing why our procedures did not catch this, and will publish what we find.",
        {"en": "Drop the justification: say what happened, what it means for people and what you are doing.",
         "fr": "Renoncez à vous justifier : dites ce qui s'est passé, ce que cela change pour les personnes "
               "concernées et ce que vous faites."},
        _judged("defensive"),
    ),
    Rule(
        "minimizing", "minimizing", WARNING, "sentence", BOTH,
        "Warning: the harm played down: a soft word for a serious event (a hiccup, « un léger "
        "dysfonctionnement »), a small-sounding share or a reassuring statistic (fewer than 0.1% of users, "
        "the vast majority), 'only', nothing to worry about; stating who is affected as a fact is fine.",
        "Only a handful of customers were affected by this minor glitch.",
        "312 customers could not pay between 09:12 and 10:50.",
        {"en": "Give the facts without judging their size: how many people, since when, what it means for them.",
         "fr": "Donnez les faits sans en juger l'ampleur : combien de personnes, depuis quand, ce que cela "
               "change pour elles."},
        _minimizing,
    ),
    Rule(
        "emotional", "emotional", WARNING, "sentence", BOTH,
        "Warning: the organisation's own voice loses its calm: anger, exasperation, self-pity, sarcasm, "
        "insults, capitals, exclamation marks; acknowledging other people's anger is empathy, not emotion.",
        "Frankly, these accusations are ridiculous.",
        "We have read your messages and we understand your anger.",
        {"en": "Keep a calm, factual tone: no sarcasm, self-pity, exclamation marks, capitals or insults.",
         "fr": "Gardez un ton calme et factuel : ni ironie, ni apitoiement, ni points d'exclamation, ni "
               "majuscules, ni invectives."},
        _emotional,
    ),
    Rule(
        "speculation", "speculation", WARNING, "sentence", BOTH,
        "Warning: a guess before the facts are known, about causes, culprits, figures or outcomes (probably, "
        "it appears, we believe it was, could be up to two million, « serait dû à »); saying what you do not "
        "know yet, and when you will, is fine, and so is self-criticism in the conditional (had we inspected it in "
        "time, the cracks would probably have been found earlier: that is ownership, not a guess). A risk told in 'What you "
        "should do' (tickets sold elsewhere may be fake) is a precaution, not a guess; a claim others make, reported "
        "and called false in the next sentence (« des messages affirment qu'un skieur serait tombé. C'est faux »), is a "
        "denial, not a guess; table cells are data, never judged.",
        "The outage was probably caused by a cyberattack.",
        "We do not know the cause yet. We will say what we find by 14:00.",
        {"en": "Say only what you know, and when you will know more.",
         "fr": "Ne dites que ce que vous savez, et quand vous en saurez plus."},
        _speculation,
    ),
    Rule(
        "non-apology", "no-ownership", WARNING, "sentence", BOTH,
        "Warning: an apology that owns nothing (sorry if anyone was upset, any inconvenience this may have "
        "caused, mistakes were made, we regret that you feel, « la gêne occasionnée » for a serious harm).",
        "We apologise for any inconvenience this may have caused.",
        "We are sorry: our update cancelled your booking.",
        {"en": "Apologise for what you did, without 'if', 'any' or 'may have': name the harm and own it.",
         "fr": "Excusez-vous pour ce que vous avez fait, sans « si », « éventuel » ni « aurait pu » : nommez le tort "
               "et assumez-le."},
        _judged("no-ownership"),
    ),
]

# (And, on kit 50: a share of things, "Fraudsters then used some of these details", « certaines de
# ces données », is a fact, not a sneer at "some of these people"; people falling or thrown
# describe the harm they suffered, not their conduct: « Les usagers qui s'y trouvaient ont chuté
# jusqu'en bas », "the riders on it fell to the bottom", unless a deed of theirs is told.)
_GRANTED["emotional"] = re.compile(_GRANTED["emotional"].pattern + r"|\bsome of (?:these|those|their|its) "
                                   r"(?:details|data|records|accounts|files|bottles|products|items|cards|payments|"
                                   r"numbers|addresses|documents|units|orders|lots|batches|transactions|devices)\b|"
                                   r"\b(?:certaine?s|quelques-une?s|une partie) (?:de|d['’]) ?(?:ces|leurs) "
                                   r"(?:données|informations|coordonnées|dossiers|comptes|fichiers|bouteilles|produits|"
                                   r"cartes|paiements|numéros|adresses|documents|commandes|lots|transactions)\b",
                                   re.IGNORECASE)
_PEOPLE_HURT = (r"(?:riders|passengers|people|customers|travell?ers|visitors|guests|children|pupils|patients|"
                r"usagers|personnes|voyageurs|clients|passagers|visiteurs|enfants|élèves|patients)")
_GRANTED["blame"] = re.compile(_GRANTED["blame"].pattern + r"|^(?![^.]*\b(?:because|as they|after|despite|against|"
                               r"had been|ignor\w*|parce qu|car |en raison d|après avoir|malgré|contre|en dépit|avaient|"
                               r"en (?:courant|grimpant|s['’]appuyant))\b)[^.]*\b" + _PEOPLE_HURT +
                               r"\b(?: [\w'’-]+){0,5} (?:(?:ont|a) (?:chuté|été (?:projetée?s?|renversée?s?|blessée?s?|"
                               r"éjectée?s?))|sont tombée?s|fell(?! short)|were (?:thrown|knocked|injured|hurt))\b", re.IGNORECASE)

# (And, on blind set 16's tuning half: anger turned on ourselves, "We are angry with ourselves", is
# ownership; an estimate said to be one, "though that estimate may change", is honesty, not a
# guess; the employer bearing its staff's fault owns it; a claim against the people affected
# called wrong by our own account, "was wrong: our staff did not give clear instructions".)
_GRANTED["emotional"] = re.compile(_GRANTED["emotional"].pattern + r"|\b(?:angry|furious|en colère|furieux|furieuses) "
                                   r"(?:with|at|contre) (?:ourselves|nous-mêmes)\b", re.IGNORECASE)
_GRANTED["speculation"] = re.compile(_GRANTED["speculation"].pattern + r"|\b(?:estimate|estimation|forecast|prévision)s?\b"
                                     r"[^.]{0,30}\b(?:may|might|could|pourra|pourrait|peut|peuvent) (?:still )?(?:change|"
                                     r"changer|évoluer|be revised|être revue?s?)\b", re.IGNORECASE)
_OUR_ACCOUNT = (r"|\b(?:en tant qu['’]employeu?r|as (?:the |its |their )?employer)\b|\b(?:was|were) (?:wrong|false|untrue)\s*:"
                r"\s*(?:our|we)\b|\b(?:était|étaient) (?:fausses?|faux|inexactes?)\s*:\s*(?:notre|nos|nous)\b")
_GRANTED["blame"] = re.compile(_GRANTED["blame"].pattern + _OUR_ACCOUNT, re.IGNORECASE)
_GRANTED["defensive"] = re.compile(_GRANTED["defensive"].pattern + _OUR_ACCOUNT, re.IGNORECASE)

# (And, on kit 51's statements: goods on their way, "The replacement gearbox left the manufacturer's
# factory this morning", are a delivery, not a partner blamed; a duration told exactly, "ran for just
# over 13 hours", « un peu plus de 13 heures », plays nothing down; a closure we keep "however long that
# takes", « quel que soit le temps nécessaire », is ours to keep, no promise of an outcome.)
_GRANTED["blame"] = re.compile(_GRANTED["blame"].pattern + r"|\b(?:left|leaves|has left|shipped from|dispatched from|sent from|"
                               r"a quitté|ont quitté|quitte|expédiée? (?:de|depuis)|partie? de) (?:the |l['’]|our |notre )?"
                               r"(?:[\w'’-]+ ){0,2}(?:factory|warehouse|plant|workshop|depot|usine|entrepôt|atelier|dépôt)\b",
                               re.IGNORECASE)
_GRANTED["minimizing"] = re.compile(_GRANTED["minimizing"].pattern + r"|\b(?:just|a little|slightly) (?:over|more than) "
                                    r"\d[\d,.]* (?:hours?|minutes?|days?|weeks?)\b|\bun peu plus de \d+ (?:heures?|minutes?|"
                                    r"jours?|semaines?)\b", re.IGNORECASE)
_GRANTED["overpromise"] = re.compile(_GRANTED["overpromise"].pattern + r"|\b(?:stay|remain|be) (?:closed|shut|offline|suspended)"
                                     r"\b[^.]{0,80}\bhowever long (?:that|it) takes\b|\b(?:restera|resteront|demeurera) "
                                     r"(?:fermée?s?|suspendue?s?|hors ligne)\b[^.]{0,90}\bquel que soit le temps "
                                     r"(?:nécessaire|qu['’]il faudra)\b", re.IGNORECASE)
_GRANTED["speculation"] = re.compile(_GRANTED["speculation"].pattern + "|" + _ANSWERED.pattern, re.IGNORECASE)


# (And, on kit 52's tests: our regret followed by an apology for it, « Nous regrettons les opérations
# reportées, et nous nous en excusons », "We regret…, and we apologise for each of them", owns what it
# names; never "Errors occurred…, and we apologise for this", which names no one's error.)
_GRANTED["no-ownership"] = re.compile(_GRANTED["no-ownership"].pattern + r"|^(?:(?:no|non)\s*[:,]\s*)?(?:we|nous) (?!.*\b(?:any|may have|might have|if|"
                                      r"inconvenience|gêne|désagréments?|éventuel\w*|aurai(?:t|ent) pu|si)\b).*?,?\s+"
                                      r"(?:and|et) (?:we apologi[sz]e for (?:it|them|"
                                      r"this|that|each)\b|nous nous en excusons\b|nous (?:vous )?en (?:présentons|demandons) "
                                      r"(?:nos )?(?:excuses|pardon)\b)", re.IGNORECASE)

# (And, on kit 52's statements: a line opened so that staff can report what they see is a measure we
# take, not a defence; "caught early, high calcium is treated well", « pris à temps », is care advice,
# not a guess.)
_GRANTED["defensive"] = re.compile(_GRANTED["defensive"].pattern + r"|\b(?:line|channel|hotline|form|address|ligne|canal|"
                                   r"formulaire|adresse)\b[^.]{0,50}\b(?:can|may|to|puissent|pourront|pour|de) (?:report|"
                                   r"signaler)\b", re.IGNORECASE)
_GRANTED["speculation"] = re.compile(_GRANTED["speculation"].pattern + r"|\b(?:caught|detected|treated|spotted|diagnosed) "
                                     r"early\b|\b(?:pris|prise|détectée?s?|traitée?s?|dépistée?s?|soignée?s?) (?:tôt|à temps|"
                                     r"précocement)\b", re.IGNORECASE)


# (And, on blind set 19's tuning half: staff on duty from now on is a measure we take, not a
# promise beyond our power; "whatever you may have read", « ce que vous avez pu lire », asks no
# question of the facts; a claim reported and answered ("Some posts say a child died; that is
# false") corrects a rumour; the person a faulty part hurt, « la chute d'une cycliste », is its
# victim, not its cause.)
_RUMOUR_ANSWERED = (r"|\b(?:rapportent|affirment|prétendent|disent|évoquent|suggèrent|claim|claims|report|reports|say|says|"
                    r"suggest|suggests) (?:que|qu['’]|that)\b[^.;]{0,120}[;:]\s*(?:c['’]est faux|rien ne permet|aucun élément|"
                    r"(?:this|that|it) is (?:false|not true|untrue)|nothing (?:supports|suggests)|there is no evidence)")
_GRANTED["overpromise"] = re.compile(_GRANTED["overpromise"].pattern + r"|\b(?:staff|guards?|officers?|attendants?|stewards?|"
                                     r"wardens?|nurses?|technicians?|patrols?) on (?:duty|call|site)\b|\b(?:d['’]une?|une?|des|"
                                     r"deux) (?:agents?|gardiens?|surveillants?|vigiles?|techniciens?|infirmi\w+) (?:de sécurité |"
                                     r"de garde |d['’]astreinte )?(?:toutes les nuits|chaque nuit|chaque soir|tous les soirs|"
                                     r"sur place)\b", re.IGNORECASE)
_GRANTED["speculation"] = re.compile(_GRANTED["speculation"].pattern + r"|\b(?:you|vous) (?:may|might|avez pu|auriez pu) "
                                     r"(?:have )?(?:read|heard|seen|lire|entendre|voir)\b" + _RUMOUR_ANSWERED, re.IGNORECASE)
_GRANTED["emotional"] = re.compile(_GRANTED["emotional"].pattern + _RUMOUR_ANSWERED, re.IGNORECASE)
_GRANTED["defensive"] = re.compile(_GRANTED["defensive"].pattern + _RUMOUR_ANSWERED, re.IGNORECASE)
_GRANTED["blame"] = re.compile(_GRANTED["blame"].pattern + r"|\b(?:causé|provoqué|entraîné) (?:la chute|les blessures|la blessure|"
                               r"le décès|la mort) (?:d['’]une?|de la|du|des|de)\b|\b(?:caused|led to) (?:the |a )?(?:fall|"
                               r"injury|injuries|death) of\b", re.IGNORECASE)

# (And, on kit 53's statements: a service open to anyone who wants to talk about what they lived
# through, « reste ouvert à tous ceux qui veulent parler de cette nuit », is support we offer, not
# a loss of calm.)
_GRANTED["emotional"] = re.compile(_GRANTED["emotional"].pattern + r"|\b(?:ouverte?s?|disponibles?|accessibles?) (?:à|pour) "
                                   r"(?:tous |toutes )?(?:ceux|celles|les personnes|toute personne) qui (?:veulent|souhaitent|"
                                   r"voudraient|ont besoin d['’]|aimeraient) (?:en )?parler\b|\b(?:open|available) to "
                                   r"(?:anyone|everyone|all|those|any \w+) who (?:wants?|wish(?:es)?|needs?) to talk\b",
                                   re.IGNORECASE)

# (And, on blind set 20's tuning half: a question people ask answered with a no, « Certains se demandent
# si le passager a ignoré les consignes ; ce n'est pas le cas », blames no one.)
_GRANTED["blame"] = re.compile(_GRANTED["blame"].pattern + r"|\b(?:se demandent|wonder|ask|asked) (?:si|whether|if)\b[^.;]{0,90}"
                               r"[;:,]\s*(?:ce n['’]est pas le cas|(?:this|that|it) (?:is|was) not (?:the case|true|so))", re.IGNORECASE)
# (Also: regret for "the harm we caused", with the error owned, owns it.)
_GRANTED["no-ownership"] = re.compile(_GRANTED["no-ownership"].pattern + r"|\b(?:the harm|the damage|the pain) we (?:have )?caused\b|"
                                      r"\ble (?:tort|mal|préjudice) que nous avons causé\b|\b(?:that|this|it) was our (?:error|mistake|"
                                      r"fault)\b|\bc['’]était notre (?:erreur|faute)\b", re.IGNORECASE)

# (And, on kit 54's statements: a partner named as the one doing the fix, « le fournisseur du
# logiciel corrige le calendrier », with no word of fault, helps; a machine that reverts on its own,
# « le serveur revient seul à la version précédente », is no lone person blamed.)
_GRANTED["blame"] = re.compile(_GRANTED["blame"].pattern + r"|^(?![^.]*\b(?:faute|erreur|cause|causé|à l['’]origine|responsables?|"
                               r"because|fault|error|caused|blame|responsible)\b)[^.]*(?:\b(?:le|la|notre|nos|les|our|the)|['’]s) "
                               r"(?:fournisseurs?|prestataires?|sous-traitants?|fabricants?|éditeurs?|suppliers?|providers?|vendors?|"
                               r"contractors?|manufacturers?)\b[^.,;]{0,40}\b(?:corrigent|corrige|répare|réparent|remplace|remplacent|"
                               r"vérifie|vérifient|installe|installent|teste|testent|is (?:correcting|fixing|repairing|replacing|"
                               r"checking|testing)|are (?:correcting|fixing|repairing|replacing|checking|testing)|corrects|fixes|"
                               r"repairs|replaces)\b|\b(?:revient|reviennent|repasse|bascule|redémarre|s['’]arrête|se coupe) "
                               r"(?:tout )?seule?s?\b|\b(?:returns?|reverts?|switch(?:es)?|restarts?|shuts? down|stops?) "
                               r"(?:by itself|on its own)\b", re.IGNORECASE)

# (And, on kit 55's statements: the people affected telling us, « plusieurs clients nous ont alertés
# sur une page… », "customers alerted us to…", is how we learned of it, never blame.)
_GRANTED["blame"] = re.compile(_GRANTED["blame"].pattern + r"|\b(?:clients?|clientes?|usagers?|habitants?|parents?|passagers?|"
                               r"voyageurs?|patients?|abonnés?|lecteurs?|riverains?|membres?) nous (?:ont|a) (?:alertée?s?|prévenue?s?|"
                               r"signalé|informée?s?|écrit|contactée?s?)\b|\b(?:customers?|users?|residents?|parents?|passengers?|"
                               r"patients?|subscribers?|readers?|members?) (?:alerted|warned|told|contacted|wrote to) us\b",
                               re.IGNORECASE)

# (And, on kit 57: people who helped, told in the passive, "Her father was carried onto the
# aircraft by other passengers", « porté par d'autres passagers », are no one blamed; a
# disciplinary procedure said to be closed is a fact people asked about, not a defence.)
_GRANTED["blame"] = re.compile(_GRANTED["blame"].pattern + r"|\b(?:carried|helped|lifted|pulled|rescued|assisted|supported|"
                               r"comforted|escorted|guided|looked after|taken care of|cared for)\b[^.;]{0,50}\bby (?:other |"
                               r"fellow |some |several |two |three |a few )?(?:passengers|travell?ers|customers|people|"
                               r"bystanders|crew|neighbours|neighbors|witnesses|residents|volunteers|swimmers|guests)\b|"
                               r"\b(?:portée?s?|aidée?s?|soulevée?s?|secourue?s?|assistée?s?|soutenue?s?|réconfortée?s?|"
                               r"accompagnée?s?|guidée?s?)\b[^.;]{0,50}\bpar (?:d['’]autres |des |quelques |deux |trois )?"
                               r"(?:passagers|voyageurs|clients|personnes|témoins|riverains|voisins|bénévoles|baigneurs)\b",
                               re.IGNORECASE)
# (And, newcomer 59: an intrusion told as the plain fact it is, "Someone got into our patient booking
# portal without authorization last night", « une personne non autorisée s'est introduite dans
# notre portail », is no one blamed; "sophisticated", "no company could have stopped" still are.)
_GRANTED["blame"] = re.compile(_GRANTED["blame"].pattern + r"|^(?![^.]*\b(?:sophisticated|highly organi[sz]ed|"
                               r"state-sponsored|no (?:company|system|one|organi[sz]ation) could|criminals?\b[^.]{0,20}\b(?:to "
                               r"blame|responsible)|sophistiqué\w*|aucune? (?:entreprise|système|organisation) n['’]aurait|"
                               r"très organisé\w*)\b)[^.]*\b(?:someone|somebody|an? (?:unauthori[sz]ed )?(?:person|third party|"
                               r"intruder|outsider)|une personne (?:non autorisée|extérieure)|quelqu['’]un|un tiers(?: non "
                               r"autorisé)?)\s+(?:got into|gained access to|accessed|broke into|logged into|entered|s['’]est "
                               r"introduite?|s['’]est connectée?|a eu accès|a accédé|a pénétré)\b", re.IGNORECASE)
_GRANTED["defensive"] = re.compile(_GRANTED["defensive"].pattern + r"|\bdisciplinary (?:procedure|process|proceedings|"
                                   r"action|hearing)\b[^.;]{0,40}\b(?:has been|have been|was|were|is|are) (?:now )?"
                                   r"(?:completed|closed|concluded|opened|started|taken|under way|underway)\b|"
                                   r"\bprocédure disciplinaire\b[^.;]{0,40}\b(?:a été|est|sont) (?:menée|close|terminée|"
                                   r"engagée|ouverte|en cours)\b", re.IGNORECASE)
# (And, on kit 58: "The delay was our doing, and nothing justifies the way she was treated" condemns
# what was done to someone, and owns it: the opposite of a justification.)
_GRANTED["defensive"] = re.compile(_GRANTED["defensive"].pattern + r"|\bnothing (?:can |could )?(?:justif(?:y|ies)|excuses?) "
                                   r"(?:the way|how|what|such|this|that|these|those|his|her|their)\b|\b(?:was|is) (?:all )?our "
                                   r"(?:own )?doing\b|\brien ne (?:peut )?(?:justifie|justifier|excuse|excuser) (?:la (?:manière|"
                                   r"façon)|ce qu|ces|cette|ce|de tels|un tel|une telle)\b", re.IGNORECASE)
# (And, on blind set 26's tuning half: a small word others used, put right in the same sentence,
# « On a parlé de « quelques familles » : elles sont en réalité 212 », "Some called it a minor
# incident; it was not": the correction, not the playing down.)
_GRANTED["minimizing"] = re.compile(_GRANTED["minimizing"].pattern + r"|\b(?:on a (?:parlé|évoqué)|certains (?:ont )?"
                                    r"(?:parlent|parlé|évoquent|évoqué)|(?:some|others|people) (?:have )?(?:called|described|"
                                    r"spoke of|talked of|are calling)|it (?:was|has been) (?:called|described as))\b[^.;:]{0,80}"
                                    r"[;:]\s*(?:(?:ce|cela|il|elle)s? n['’](?:en )?(?:est|était|sont|étaient) pas|(?:it|this|that|they) "
                                    r"(?:is|was|are|were)(?:n['’]t| not)\b|[^.;]{0,40}\b(?:en réalité|in (?:fact|reality)|actually)\b)",
                                    re.IGNORECASE)
# (And: sadness that owns the harm done, « profondément attristés d'avoir ajouté de la peine à ces
# familles », "deeply saddened to have added to their grief": calm, and ours.)
_GRANTED["emotional"] = re.compile(_GRANTED["emotional"].pattern + r"|\b(?:saddened|attristée?s?|peinée?s?) (?:to have|d['’]avoir) "
                                   r"(?:caused|added|hurt|causé|ajouté|blessé|fait)\b", re.IGNORECASE)
# (And, on kit 60: the harm our own work did, told as ours, "Our advert about Cyclone Ilona hurt
# many people", « Notre publicité a blessé beaucoup de gens »: ownership, not a loss of calm; and
# how soon an illness shows, « en quelques jours ou quelques semaines, des vomissements », "within
# days": a fact of health, no harm made small.)
_GRANTED["emotional"] = re.compile(_GRANTED["emotional"].pattern + r"|^\W*(?:our|notre|nos) (?:[\w'’-]+ ){0,5}"
                                   r"(?:hurt|upset|offended|harmed|has hurt|a blessé|ont blessé|a heurté|ont heurté|a choqué)\b",
                                   re.IGNORECASE)
_GRANTED["minimizing"] = re.compile(_GRANTED["minimizing"].pattern + r"|\b(?:en|dans les|within|in a) (?:quelques|few) "
                                    r"(?:heures|jours|semaines|hours|days|weeks)\b(?=[^.]*\b(?:symptôm\w*|vomissement\w*|"
                                    r"signes?|fièvre|diarrhée\w*|symptoms?|vomiting|fever|signs?)\b)", re.IGNORECASE)
