"""Renderer stage, for the press release: the statement's first-person sentences told in the
third person, as AP and French press conventions ask ("We are restoring…" → "Calypso Pay is
restoring…", « Nous rappelons… » → « Calypso Pay rappelle… »). Only what a small grammar is
sure of is rewritten; a paragraph it cannot rewrite safely comes back as None and the release
quotes it, attributed, instead: a release never mixes "we" into its own voice.

Within a paragraph the first mention names the organisation, later ones use the pronoun."""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass, field

_EN_BE_HAVE = {"are": "is", "were": "was", "have": "has", "do": "does", "don't": "doesn't", "haven't": "hasn't",
               "aren't": "isn't", "weren't": "wasn't", "do not": "does not"}
_EN_KEEP = {"will", "would", "can", "could", "should", "must", "may", "might", "did", "had", "also", "still", "now",
            "then", "already", "immediately", "first", "only", "never", "always", "both", "all", "each", "cannot",
            "can't", "won't", "wouldn't", "couldn't", "shouldn't", "didn't", "hadn't", "shall", "said", "just",
            "currently", "together"}
# Irregular pasts keep their form ("we withdrew" → "X withdrew", never "withdrews"); a prefix
# makes no difference ("withdrew", "overtook", "undertook", "became").
_EN_IRREGULAR_PASTS = ("said made took found sent began went kept told saw got gave knew built brought paid put set "
                       "cut left lost spent held ran wrote shut chose fell broke caught let understood met led sold "
                       "bought thought felt heard meant read drew grew threw flew blew rose woke spoke stole froze "
                       "drove rode hid bit fought sought taught struck stood sat won rang sang sank drank forgot "
                       "forgave came became hung dug stuck spun slid swung fled fed sped bent lent dealt slept swept "
                       "wept crept bore tore wore swore shook forbade arose hit hurt shed split spread quit cast "
                       "burst bet rid upset did was").split()
# "-ed" is a past, except verbs whose present ends so ("we need", "we proceed").
_EN_PAST = re.compile(r"^(?:(?!\w*(?:need|ceed|feed|speed|bleed|breed|heed|embed)$)\w+ed|(?:with|over|under|mis|fore|out|up|re|be|a)?(?:"
                      + "|".join(_EN_IRREGULAR_PASTS) + r"))$")
_EN_SECOND = re.compile(r"\b(?:you|your|yours|yourself|yourselves)\b", re.IGNORECASE)
_EN_FIRST = re.compile(r"\b(?:we|our|ours|us|ourselves|i|my|me|mine)\b", re.IGNORECASE)
_CONTRACTIONS = {"'re": "are", "'ve": "have", "'ll": "will", "'d": "would", "’re": "are", "’ve": "have",
                 "’ll": "will", "’d": "would"}


def _en_present(verb: str) -> str:
    if verb.endswith(("s", "sh", "ch", "x", "z", "o")):
        return verb + "es"
    if verb.endswith("y") and len(verb) > 2 and verb[-2] not in "aeiou":
        return verb[:-1] + "ies"
    return verb + "s"


@dataclass
class _Mentions:
    """Whether the organisation was already named in the paragraph."""

    name: str
    named: bool = False
    failed: bool = field(default=False)
    in_sentence: bool = False  # already named in the sentence being rewritten
    owner_in_sentence: bool = False  # named as an owner or object: "its" is then clear
    later: str = "the company"  # how later sentences name it
    leads: bool = False  # the sentence opens on the organisation as its subject

    def subject(self) -> str:
        # "The company" reads better than a bare "it" as the subject of a new sentence; within
        # one sentence, "it" ("…as it should have, and it apologized").
        if self.in_sentence:
            # "…the alarm that should have alerted its technician was not sent, because it had
            # changed its settings": "it" is ours only in a sentence that opens on us.
            return "it" if self.leads else self.later
        self.in_sentence = True
        if self.named:
            return self.later
        self.named = True
        return self.name

    def object(self) -> str:
        """"reported to us" → "reported to the company" (never a bare "it" as an object)."""
        if self.named:
            return self.later
        self.named = True
        return self.name

    def owner(self) -> str:
        """"ours" → "Lunelle's": "its own" would read as whatever else the sentence names."""
        self.owner_in_sentence = True
        if self.named:
            return possessive_name(self.later)
        self.named = True
        return possessive_name(self.name)

    def possessive(self) -> str:
        # "its" only when the organisation is the sentence's subject: in "The firm confirmed
        # our findings", "its" would make them the firm's.
        if self.in_sentence or self.owner_in_sentence:
            return "its"
        self.owner_in_sentence = True
        if self.named:
            return possessive_name(self.later)
        self.named = True
        return possessive_name(self.name)


_MONTH_OR_DAY = re.compile(r"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)\.?|January|February|March|April|June|"
                           r"July|August|September|October|November|December|Monday|Tuesday|Wednesday|Thursday|"
                           r"Friday|Saturday|Sunday|CET|CEST|GMT|BST|UTC|I")


def possessive_name(name: str) -> str:
    """AP: "Calypso Pay's", but a name ending in s takes the apostrophe alone ("Corlay Ferries'")."""
    return f"{name}'" if name.endswith("s") else f"{name}'s"


# "It was our error, and we are sorry": the fault and the apology reported as one act, the
# fault named as the organisation's ("X said the error was its own and apologized").
_EN_OWN_FAULT = re.compile(r"\b(?:It|This|That) (?:was|is) (?:entirely |all )?our (?:own )?(?P<fault>error|fault|"
                           r"mistake)(?P<apology>[,;]? and we (?:are (?:so |deeply |very |truly )?sorry|(?:sincerely "
                           r"|deeply )?apologi[sz]e))?\b")


# Verbs that share a subject after "and" ("X is fixing the standby and expect…"): only these,
# since a word-level grammar cannot tell "and expect" from "and players".
_EN_SHARED_VERBS = frozenset("""expect plan hope aim intend continue need want work keep remain thank promise commit
    ask check review apologise apologize regret will""".split())


def _shared_verbs_agree(text: str, only_be_have: bool = False) -> str:
    """"…apologized for the wait and are working", "…is fixing it and expect to": every verb
    that shares the organisation's subject agrees with it."""
    def agree(match: re.Match[str]) -> str:
        verb = match.group(2)
        if verb in _EN_BE_HAVE:
            return f"{match.group(1)} {_EN_BE_HAVE[verb]}"
        return f"{match.group(1)} {verb if verb == 'will' else _en_present(verb)}"

    verbs = "are|were|have" if only_be_have else "are|were|have|do|" + "|".join(sorted(_EN_SHARED_VERBS))
    return re.sub(r"\b(and|but|or) (" + verbs + r")\b", agree, text)


# An apology with its reason after a colon ("We are sorry: it was our job to protect this
# information", « Nous vous présentons nos excuses : protéger ces informations était notre
# responsabilité »): its own words, quoted; in the third person it turns into a riddle.
_APOLOGY_WITH_REASON = re.compile(r"\b(?:sorry|apologi[sz]e|excuses|désolée?s?)\b[^.:]{0,40}[\s\u00a0\u202f]?:\s+[^.]*\b"
                                  r"(?:our (?:job|duty|responsibility|fault|mistake|error)|we (?:did not|didn't|failed)|"
                                  r"notre (?:responsabilité|devoir|faute|erreur|rôle)|nous (?:ne l['’]avons pas|n['’]avons "
                                  r"pas|avons failli))", re.IGNORECASE)


def english(sentences: list[str], organisation: str, audience: str = "people",
            short_name: str | None = None) -> list[str] | None:
    """The paragraph's sentences in the third person, or None when one cannot be rewritten
    safely (the paragraph is then quoted whole)."""
    # Later mentions: the short name, else the name itself ("The organization apologized" reads
    # as a report on someone nobody can name; a hospital is not "the company").
    later = short_name or organisation
    mentions = _Mentions(organisation, later=later)
    # AP spells the American way (press.ap_spelling); a British release the British way.
    from generator.rendering.documents.formatting import british_english

    apologized = "apologised" if british_english() else "apologized"
    out = []
    for sentence in sentences:
        if _APOLOGY_WITH_REASON.search(sentence):
            return None  # "We are sorry: it was our job to…" is quoted: told, it reads "it was its job…"
        mentions.in_sentence = mentions.owner_in_sentence = False
        mentions.leads = re.match(r"\s*(?:We|" + re.escape(organisation) + r")\b", sentence) is not None
        # "…told us about calls: please hang up and ring us on the number on your card": the
        # request after the colon still speaks to the reader, the organisation named.
        request = re.search(r"[:;] (?=[Pp]lease\b)", sentence)
        advice = advice_named(sentence[request.end():], organisation, "en") if request else ""
        sentence = sentence[:request.end()] + "\x01" if request else sentence
        # (Quoted words are someone's own, a caption or a slogan: "No snails on our slopes this
        # season" keeps its "our".)
        quoted: list[str] = []
        sentence = re.sub(r"“[^”]*”|\"[^\"]*\"", functools.partial(_kept, kept=quoted), sentence)
        text = re.sub(r"\b([Ww]e)('re|'ve|'ll|'d|’re|’ve|’ll|’d)\b",
                      lambda m: f"{m.group(1)} {_CONTRACTIONS[m.group(2)]}", sentence)
        # "forced us to evacuate Mirador Kaslik" (a centre that bears our name): "forced the evacuation
        # of Mirador Kaslik", never "forced Mirador Kaslik to evacuate Mirador Kaslik".
        text = re.sub(rf"\b(forced|obliged|led|caused) us to (evacuate|close) (?=(?:the )?{re.escape(organisation)}\b)",
                      lambda m: f"{m.group(1)} the {'evacuation' if m.group(2) == 'evacuate' else 'closure'} of ", text)
        # "that was ours to do" → "that was our job", told "its job": never "its to do".
        text = re.sub(r"\b(was|is|were|are) ours to do\b", r"\1 our job", text)
        text = re.sub(r"\b(was|is|were|are) ours to (\w+)\b", r"\1 our job to \2", text)

        def subject(match: re.Match[str]) -> str:
            adverb, verb = match.group("adverb") or "", match.group("verb")
            lowered = verb.lower().replace("’", "'")
            head, dash, last = verb.rpartition("-")
            if dash and _EN_PAST.match(last.lower()):
                return f"{mentions.subject()} {adverb}{verb}"  # "e-mailed", "re-opened": already past
            if dash:
                lowered, verb = last.lower(), last  # "re-open" → "re-opens"
                name = mentions.subject()
                if lowered in _EN_BE_HAVE or lowered in _EN_KEEP:
                    return f"{name} {adverb}{head}-{verb}"
                return f"{name} {adverb}{head}-{_en_present(verb)}"
            name = mentions.subject()
            if lowered in _EN_BE_HAVE:
                return f"{name} {adverb}{_EN_BE_HAVE[lowered]}"
            if lowered in _EN_KEEP or _EN_PAST.match(lowered):
                return f"{name} {adverb}{verb}"
            return f"{name} {adverb}{_en_present(verb)}"

        # "We are sorry", "we apologise": AP reports it as an act, "X apologized". One pass, in
        # the order the subjects come, so the first names the company and the next say "it".
        def we(match: re.Match[str]) -> str:
            if match.group("apology"):
                # "We are deeply sorry" keeps its weight: "X said it was deeply sorry", never a
                # flat "X apologized".
                deep = re.match(r"are (deeply|very|truly) sorry", match.group("apology"))
                # "The fault comes from an update the company installed; it apologized": "it"
                # would be the fault. Only a sentence that opens on the organisation says "it".
                who = mentions.name if mentions.in_sentence and not mentions.leads else mentions.subject()
                if deep:
                    return f"{who} said it was {deep.group(1)} sorry"
                return f"{who} {apologized}"
            return subject(match)

        def own_fault(match: re.Match[str]) -> str:
            if match.group("apology"):
                return f"{mentions.subject()} said the {match.group('fault')} was its own and {apologized}"
            return f"The {match.group('fault')} was {possessive_name(mentions.name)}"

        text = _EN_OWN_FAULT.sub(own_fault, text)

        last_subject = [0]  # where the organisation was last the subject, in the sentence as written

        def we_or_our(match: re.Match[str], last_subject: list[int] = last_subject) -> str:
            if match.group("ours"):
                return mentions.owner()
            if match.group("our"):
                # "an e-mail that imitated our own login page": "its own" would be the e-mail's.
                if match.string[match.end():match.end() + 5] == " own ":
                    return mentions.owner()
                # "no change by Transaxis to the settings for our cards goes live without our
                # approval": after another name, "its" would be Transaxis's; the name says whose.
                if mentions.in_sentence or mentions.owner_in_sentence:
                    since = match.string[last_subject[0]:match.start()]
                    ours = set(organisation.split()) | set(later.split())
                    if any(word not in ours and not _MONTH_OR_DAY.fullmatch(word)
                           for word in re.findall(r"(?<=[\s(,])([A-Z][\w’'-]+)", since)):
                        return mentions.owner()
                return mentions.possessive()
            # "We know the cause: the pump broke down, and the alarm … was not sent, because we had
            # changed its settings": another subject came between, so "it" would be the alarm.
            between = match.string[last_subject[0]:match.start()]
            if mentions.in_sentence and re.search(r"[,:;]\s+(?:and\s+|but\s+)?(?:the|a|an|this|that|its|their)\s",
                                                  between, re.IGNORECASE):
                mentions.leads = False
            last_subject[0] = match.end()
            return we(match)

        # One pass, in reading order: "our" after the organisation's own verb is "its", before
        # it (or in a sentence with another subject) the organisation's name; "ours" is always
        # the name's ("That failure is Lunelle's", "customer data, Nordelle's and its contractors'").
        text = re.sub(r"\b(?P<ours>[Oo]urs)\b|\b(?P<our>[Oo]ur)\b|\b(We|we) (?:(?P<apology>are (?:so |deeply |very |truly )?sorry|"
                      r"(?:sincerely |deeply )?apologi[sz]e)\b|(?P<adverb>(?:no longer|now|also|still|already|only|just|then|"
                      r"currently|immediately|first|fully|really|never|always|each|all|both|therefore|thus|hence|"
                      r"usually|normally|again|quickly|immediately|deeply|sincerely|greatly|truly|routinely|"
                      # (any other adverb: "We formally reported…", never "formallies")
                      r"(?!(?:apply|reply|supply|rely|fly|ally|multiply|comply|imply)\b)[a-z]{3,}ly(?= [a-z]+(?:ed|[^s\W])\b)) )?"
                      r"(?P<verb>\w+(?:-\w+)*(?:['’]t)?))", we_or_our, text)
        # "We are sorry for everyone who planned their stay": sorry for people is an apology to them.
        text = re.sub(r"\b(apologi[sz]ed) for (everyone|everybody|anyone|all those|those|all the \w+|the \w+|our \w+)"
                      r"(?= (?:who|whose|affected|concerned)\b)", r"\1 to \2", text)
        # "We are sorry, especially on a cold weekend": the act is reported, not the aside.
        text = re.sub(r"\b(apologi[sz]ed),\s*(?:especially|particularly|above all|all the more)\b[^.;!?]*", r"\1",
                      text)
        # "We are sorry, we know the cause, and…": two clauses a comma joined in speech are two
        # sentences in a release ("X apologized. It knows the cause, and…"), never a comma splice.
        text = re.sub(r"\b(apologi[sz]ed), (it|the company|the \w+) (?=\w)",
                      lambda m: f"{m.group(1)}. {m.group(2)[:1].upper()}{m.group(2)[1:]} ", text)
        # "We are sorry: our update caused this, and we apologise to every customer affected": the
        # second apology says to whom, so the first is what was said ("X said its update caused
        # this, and apologized to every customer affected"), never "…caused this to every customer".
        names = "|".join(re.escape(n) for n in dict.fromkeys([organisation, later]))
        text = re.sub(rf"\b((?:{names}|It|it)) apologi[sz]ed: ([^.;!?]*?),? and (?:it|the company|{names}) "
                      r"(apologi[sz]ed (?:to|for)\b[^.;!?]*)", r"\1 said \2, and \3", text)
        # "has apologised to him directly, and we apologise publicly": one apology, said once.
        text = re.sub(r"(\bapologi[sz]ed\b[^.;!?]*?),? and (?:it|the \w+|" + re.escape(organisation)
                      + r"|" + re.escape(later) + r") apologi[sz]ed(?! (?:to|for)\b)( \w+ly\b)?",
                      lambda m: f"{m.group(1)}, and{m.group(2)}" if m.group(2) else m.group(1), text)
        if mentions.in_sentence:
            # Only in the clauses the organisation leads: "Emergency services are on site and
            # are treating the injured; Transvia does not know…" keeps its "are".
            text = _en_clause_agrees(text, *dict.fromkeys([organisation, later, later[:1].upper() + later[1:], "It", "it"]))
        text = re.sub(r"\bus\b", lambda m: mentions.object(), text)
        text = re.sub(r"\bYour\b", possessive_name(audience.capitalize()), text)
        if re.search(r"\byour\b", text) and not re.search(rf"\b{re.escape(audience)}\b", text, re.IGNORECASE):
            # "your platform" with no one to be "their": the paragraph is quoted in the reader's words.
            return None
        text = re.sub(r"\byour\b", "their", text)
        text = re.sub(r"\bYou\b", audience.capitalize(), text)
        text = re.sub(r"(?<=\b[Ii]f )you\b|(?<=[,;:] )you\b", audience, text)
        if _EN_FIRST.search(text) or _EN_SECOND.search(text):
            return None
        text = text.replace("\x01", advice)
        text = re.sub(r"\x00(\d+)\x00", functools.partial(_restored, kept=quoted), text)
        out.append(text[:1].upper() + text[1:])
    return out


# French: « nous » + verb in the first person plural → the organisation + third person singular.
_FR_IRREGULAR = {
    "avons": "a", "sommes": "est", "allons": "va", "faisons": "fait", "pouvons": "peut", "devons": "doit",
    "savons": "sait", "voulons": "veut", "prenons": "prend", "mettons": "met", "venons": "vient",
    "tenons": "tient", "disons": "dit", "voyons": "voit", "recevons": "reçoit", "suivons": "suit",
    "rappelons": "rappelle", "appelons": "appelle", "jetons": "jette", "menons": "mène", "achetons": "achète",
    "comprenons": "comprend", "reprenons": "reprend", "étions": "était", "avions": "avait",
    "pouvions": "pouvait", "devions": "devait", "savions": "savait", "maintenons": "maintient",
    "obtenons": "obtient", "poursuivons": "poursuit", "écrivons": "écrit", "lisons": "lit", "ouvrons": "ouvre",
    "offrons": "offre", "renforçons": "renforce", "remplaçons": "remplace", "lançons": "lance",
    "commençons": "commence", "prolongeons": "prolonge", "changeons": "change", "partageons": "partage",
    "engageons": "engage", "dirigeons": "dirige", "corrigeons": "corrige", "aurions": "aurait",
    "serions": "serait", "devrions": "devrait", "pourrions": "pourrait", "avançons": "avance",
    "prévenons": "prévient", "intervenons": "intervient", "revenons": "revient", "connaissons": "connaît",
    # The third group and verbs whose stem is not the -er one.
    "attendons": "attend", "répondons": "répond", "rendons": "rend", "vendons": "vend", "entendons": "entend",
    "perdons": "perd", "descendons": "descend", "partons": "part", "sortons": "sort", "sentons": "sent",
    "servons": "sert", "dormons": "dort", "battons": "bat", "permettons": "permet", "promettons": "promet",
    "transmettons": "transmet", "remettons": "remet", "prévoyons": "prévoit", "croyons": "croit",
    "buvons": "boit", "vivons": "vit", "suspendons": "suspend", "reconnaissons": "reconnaît",
    "apprenons": "apprend", "craignons": "craint", "joignons": "joint", "peignons": "peint", "résolvons": "résout",
    "produisons": "produit", "conduisons": "conduit", "construisons": "construit", "réduisons": "réduit",
    "traduisons": "traduit", "introduisons": "introduit", "détruisons": "détruit", "instruisons": "instruit",
    "devenons": "devient", "parvenons": "parvient", "retenons": "retient", "soutenons": "soutient",
    "contenons": "contient", "accueillons": "accueille", "recueillons": "recueille",
    "souffrons": "souffre", "couvrons": "couvre", "découvrons": "découvre",
    "apercevons": "aperçoit", "conservons": "conserve",
    # Futures whose stem is not the infinitive's.
    "aurons": "aura", "serons": "sera", "ferons": "fera", "pourrons": "pourra", "devrons": "devra",
    "saurons": "saura", "irons": "ira", "viendrons": "viendra", "tiendrons": "tiendra", "verrons": "verra",
    "enverrons": "enverra", "voudrons": "voudra", "recevrons": "recevra", "prendrons": "prendra",
    "mettrons": "mettra", "dirons": "dira", "ferions": "ferait",
    "fournirons": "fournira", "finirons": "finira", "agirons": "agira", "réagirons": "réagira",
    "établirons": "établira", "rétablirons": "rétablira", "garantirons": "garantira", "ouvrirons": "ouvrira",
    "offrirons": "offrira", "tiendrions": "tiendrait", "écrirons": "écrira", "inscrirons": "inscrira",
    "décrirons": "décrira", "lirons": "lira", "suivrons": "suivra", "vivrons": "vivra",
}
# Feminine nouns a statement often puts after « notre » (the possessive needs the gender).
_FR_FEMININE = frozenset("""part nuit lettre liste adresse eau prochaine première dernière nouvelle seule propre
    cave ligne usine boutique banque plateforme base cuisine salle porte voie route gare
    école crèche clinique page application messagerie carte commande facture marque gamme chaîne filiale
    coopérative politique démarche équipe entreprise société agence direction priorité responsabilité erreur
    faute enquête analyse décision mission clientèle boulangerie laiterie fromagerie fabrication production
    livraison collecte station piscine résidence mairie commune ville région assurance mutuelle solution
    version mise offre tarification facturation procédure organisation campagne affiche publicité tomme pompe
    alarme canalisation astreinte recette saison console page communication gestion région cave vente
    boîte consigne mesure réponse raison question""".split())
# Nouns with a feminine ending that are masculine (« son côté », « son comité »).
_FR_MASCULINE = frozenset("""côté été comité traité pâté député invité arrêté musée lycée trophée incendie génie
    parapluie foie site service réservoir réseau cluster outil système stockage hébergement chantier prestataire
    magasin produit fromage lait logiciel serveur compte espace jeu studio plastique portique lexique graphique
    moustique périphérique téléphérique magazine patrimoine platine""".split())
_FR_FEMININE_ENDINGS = ("tion", "sion", "té", "ure", "ence", "ance", "ente", "ante", "trice", "ette", "elle", "ière",
                        "euse", "ise", "ée",
                        "aine", "ère", "ive", "ienne", "onne", "ie", "vue", "nue", "tue", "rue", "otte",
                        "ouille", "aille", "eille",  # « sa patrouille », « sa bouteille »
                        "ine")  # « sa vitamine », « son usine » (a vowel), « sa cabine »
# (« rendez-vous », « chez-nous » are words of their own.)
_FR_LEFT = re.compile(r"(?<![\w-])(?:nous|notre|nos|nôtre|nôtres|je|j'|j’|mon|ma|mes|moi|vous|votre|vos|vôtre)(?![\w-])",
                      re.IGNORECASE)


# After a verb in -ons, what surely begins its object: an article or a determiner
# (« recherchons la cause », « publions les résultats »); after a noun (« et saisons de… ») it is not.
_FR_OBJECT_NEXT = re.compile(r" (?:le|la|les|l['’]|un|une|ce|cet|cette|ces|son|sa|ses|leur|leurs|tous|toutes|"
                             r"chaque|plusieurs)\b")
# Nouns in -ons that may follow « et » (« et saisons », « et questions »): left as they are,
# never taken for a verb nor a reason to quote the paragraph.
_FR_NOUN_ONS = re.compile(r"^(?:\w*(?:tions|sions|xions)|saisons|maisons|raisons|livraisons|comparaisons|liaisons|"
                          r"millions|milliards|avions|camions|leçons|façons|boissons|poissons|crayons|rayons|"
                          r"wagons|salons|ballons|pantalons|dons|bons|noms|sons|ponts|réponses|questions|"
                          r"prisons|garçons|horizons|bâtons|cartons|boutons|régions|unions|opinions|lotions)$")


# The conjunctions that take the subjunctive, right before the subject.
_FR_SUBJUNCTIVE_BEFORE = re.compile(r"\b(?:avant|pour|afin|sans|bien|jusqu['’]à ce|à moins|pourvu) qu['’e]\s*$",
                                    re.IGNORECASE)
_FR_SUBJUNCTIVE = {"ayons": "ait", "soyons": "soit", "sachions": "sache", "puissions": "puisse", "fassions": "fasse",
                   "allions": "aille", "voulions": "veuille", "comprenions": "comprenne", "prenions": "prenne",
                   "venions": "vienne", "tenions": "tienne", "devions": "doive", "recevions": "reçoive"}


def _fr_subjunctive(verb: str) -> str | None:
    """« sachions » → « sache »: the third person of a subjunctive, else None (then quoted)."""
    lowered = verb.lower()
    if lowered in _FR_SUBJUNCTIVE:
        return _FR_SUBJUNCTIVE[lowered]
    return lowered[:-4] + "e" if lowered.endswith("ions") and not lowered.endswith(("iions", "yions")) else None


def _fr_verb(verb: str) -> str | None:
    lowered = verb.lower()
    if lowered in _FR_IRREGULAR:
        return _FR_IRREGULAR[lowered]
    third = _fr_regular(lowered)
    return _fr_grave(third) if third and third.endswith("e") else third


# « coopérer » → « il coopère », « lever » → « il lève »: before a silent ending, the stem's last
# é (or mute e) takes a grave accent (espère, préfère, révèle, complète, intègre, mène).
_FR_GRAVE = re.compile(r"[ée](?=(?:[bcdfgjklmnpqrstvz]|[bcdfgptv][lr]|gu|qu)(?:e|es|ent)$)")


# -eler and -eter verbs that double their consonant rather than take a grave accent: « nous
# renouvelons » → « renouvelle », « nous rappelons » → « rappelle », « nous rejetons » → « rejette ».
_FR_DOUBLING = re.compile(r"(?:appel|renouvel|épel|ficel|étincel|ruissel|chancel|jet|feuillet|cachet|étiquet)e$")


def _fr_grave(third: str) -> str:
    if _FR_DOUBLING.search(third):
        return third[:-1] + third[-2] + "e"
    match = None
    for match in _FR_GRAVE.finditer(third):
        pass
    if match is None or (match.group(0) == "e" and not re.search(r"e[bcdfgjklmnpqrstvz]e$", third)):
        return third
    return third[:match.start()] + "è" + third[match.end():]


# Present tense of -ier verbs, which end like an imperfect: « publions », « vérifions »,
# « remercions », « étudions », « copions » (never « travaillions », « commencions »).
_FR_IER_PRESENT = re.compile(r"(?:fions|plions|blions|(?<!n)cions|[ué]dions|pions)$")


# Families of the third group by their ending, so a prefixed verb conjugates like its base:
# « reconstruisons » → « reconstruit », « inscrivons » → « inscrit », « soumettons » → « soumet »
# (no -er verb ends so; « épuisons », « puisons » are -er verbs and stay regular).
_FR_FAMILIES = (("uisons", "uit"), ("crivons", "crit"), ("mettons", "met"), ("prenons", "prend"),
                ("venons", "vient"), ("tenons", "tient"),
                # (The servir family: « desservons » → « dessert », never « desserve ».)
                ("servons", "sert"), ("sortons", "sort"), ("partons", "part"), ("dormons", "dort"))
# Forms that are only ever a subjunctive: « pour que nous puissions » → « puisse », never an
# imperfect « puissait ».
_FR_ONLY_SUBJUNCTIVE = frozenset({"puissions", "sachions", "fassions", "veuillions"})


_FR_IR_VERBS = ("ouvrir", "offrir", "souffrir", "couvrir", "sortir", "partir", "dormir", "servir", "finir", "agir",
                "réunir", "choisir", "fournir", "garantir", "réussir", "investir", "établir", "définir", "remplir",
                "accueillir", "recueillir", "bâtir", "saisir", "unir", "punir", "nourrir", "guérir", "enrichir",
                "franchir", "rafraîchir", "réfléchir", "rétablir", "réagir", "ralentir", "convertir", "avertir")


def _fr_regular(lowered: str) -> str | None:
    if lowered in _FR_ONLY_SUBJUNCTIVE:
        return _FR_SUBJUNCTIVE[lowered]
    for ending, third in _FR_FAMILIES:
        if lowered.endswith(ending) and not lowered.endswith("puisons"):
            return lowered[:-len(ending)] + third
    if lowered.endswith("issons"):  # finir → finit
        return lowered[:-6] + "it"
    # The future of -ir verbs (« rouvrirons » → « rouvrira »), never the present of an -er verb
    # (« retirons » → « retire »).
    if lowered.endswith("irons") and lowered[:-3].endswith(_FR_IR_VERBS):
        return lowered[:-4] + "ra"
    if lowered.endswith(("ttrons", "aîtrons", "aitrons", "oîtrons")):
        # transmettrons → transmettra, connaîtrons → connaîtra (never « montrons », a present)
        return lowered[:-4] + "ra"
    if lowered.endswith(("endons", "ondons", "erdons", "ordons")):  # -dre verbs: étendons → étend, répondons → répond
        return lowered[:-3]
    if lowered.endswith(("erons", "drons", "uirons")):
        # futures: rembourserons → remboursera, rendrons → rendra, conduirons → conduira
        # (never « livrons », « retirons », presents)
        return lowered[:-4] + "ra"
    if _FR_IER_PRESENT.search(lowered):  # -ier verbs in the present: publions → publie, vérifions → vérifie
        return lowered[:-3] + "e"
    if lowered.endswith("ions"):  # imperfect: travaillions → travaillait
        return lowered[:-4] + "ait"
    if lowered.endswith("voyons") and not lowered.endswith(("envoyons", "renvoyons")):
        return lowered[:-4] + "it"  # the voir family: revoyons → revoit, entrevoyons → entrevoit
    if lowered.endswith("yons"):  # envoyons → envoie, payons → paie, appuyons → appuie
        return lowered[:-4] + "ie"
    if lowered.endswith("geons"):  # mangeons → mange
        return lowered[:-5] + "ge"
    if lowered.endswith("çons"):  # renonçons → renonce
        return lowered[:-4] + "ce"
    if lowered.endswith("ons") and len(lowered) > 4:  # travaillons → travaille
        return lowered[:-3] + "e"
    return None


def _fr_possessive(noun: str, context: str = "") -> str | None:
    """« son » or « sa » by the noun's gender: a small lexicon, then its ending, then the article
    the statement itself gives it (« la Tomme des Crêts »); None for a name of unknown gender."""
    if noun[:1].lower() in "aeiouyhàâéèêëîïôöûùœ":
        return "son"
    lowered = noun.lower()
    if lowered in _FR_MASCULINE:
        return "son"
    if lowered in _FR_FEMININE or lowered.endswith(_FR_FEMININE_ENDINGS):
        return "sa"
    if noun.islower() and noun.endswith("ique"):  # « sa billettique », « sa logistique »; a name (« Brique ») is not guessed
        return "sa"
    article = re.search(rf"\b(la|une|cette|le|un|ce|du|au)\s+{re.escape(noun)}\b", context, re.IGNORECASE)
    if article:
        return "sa" if article.group(1).lower() in ("la", "une", "cette") else "son"
    return None if noun[:1].isupper() else "son"


# Words whose h is mute (« d'Hôtels Alcôve », « l'hôpital »); any other h is left alone: whether
# it is mute depends on the word (« de Hachette »).
_MUTE_H = ("hôtel", "hôpita", "habitat", "harmoni", "horizon", "huile", "heure", "hiver", "histoir", "humani")


def elides(word: str) -> bool:
    """Whether French elides « de », « le », « que » before `word`."""
    lowered = word.lower()
    return lowered[:1] in "aeiouyàâäéèêëîïôöùûüœ" or lowered.startswith(_MUTE_H)


def _of(name: str) -> str:
    return f"d’{name}" if elides(name) else f"de {name}"


# « désolés pour les voyageurs » is sorry for people: the excuses are presented to them (« aux
# voyageurs »), never « pour les voyageurs », which reads as on their behalf.
_FR_SORRY = r"\b[Nn]ous sommes (?:sincèrement |vraiment |profondément |très )?désolée?s? pour "
_FR_PEOPLE = (r"(?=(?:\w+ )?(?:voyageurs|passagers|clients|clientes|familles|personnes|membres|usagers|habitants|"
              r"abonnés|patients|patientes|élèves|parents|spectateurs|enfants|résidents|riverains|adhérents|"
              r"sociétaires|locataires|visiteurs|fans|supporters|salariés|collaborateurs|employés|étudiants)\b)")
_FR_APOLOGIES = (
    (re.compile(_FR_SORRY + r"les " + _FR_PEOPLE + r"(\w+) (et|ou) les "), "nous présentons nos excuses aux \\1 \\2 aux "),
    (re.compile(_FR_SORRY + r"les " + _FR_PEOPLE), "nous présentons nos excuses aux "),
    # « désolés pour ces enfants et leurs familles »: one apologises to people, never « pour » them.
    (re.compile(_FR_SORRY + r"(ces|leurs) " + _FR_PEOPLE + r"(\w+) et (leurs|les|ces|nos) "),
     "nous présentons nos excuses à \\1 \\2 et à \\3 "),
    (re.compile(_FR_SORRY + r"(nos|tous les|toutes les|tous nos|toutes nos|ces|leurs) " + _FR_PEOPLE),
     "nous présentons nos excuses à \\1 "),
    (re.compile(_FR_SORRY + r"(celles et ceux|ceux et celles|tous ceux|toutes celles|ceux|celles) (?=qui\b)"),
     "nous présentons nos excuses à \\1 "),
    (re.compile(r"\b[Nn]ous en sommes (?:sincèrement |vraiment |profondément |très )?désolée?s?\b"),
     "nous présentons nos excuses"),
    (re.compile(r"\b[Nn]ous sommes (?:sincèrement |vraiment |profondément |très )?désolée?s? (?:de |d['’]|pour )"),
     "nous présentons nos excuses pour "),
    (re.compile(r"\b[Nn]ous sommes (?:sincèrement |vraiment |profondément |très )?désolée?s?\b"),
     "nous présentons nos excuses"),
    (re.compile(r"\b[Nn]ous vous (?:présentons nos excuses|prions de nous excuser)\b"), "nous présentons nos excuses"),
)


def _kept(match: re.Match[str], kept: list[str]) -> str:
    """A quotation set aside while the sentence is rewritten, and its place-holder."""
    kept.append(match.group(0))
    return f"\x00{len(kept) - 1}\x00"


def _restored(match: re.Match[str], kept: list[str]) -> str:
    return kept[int(match.group(1))]


_FR_VOWEL = "aeiouyhàâäéèêëîïôöùûüœAEIOUYHÀÂÄÉÈÊËÎÏÔÖÙÛÜŒ"


# Names that open on a common noun take its article: « du Parc Le Riverain », « de la Banque Lorin ».
_FR_MASCULINE_HEADS = ("Parc", "Groupe", "Musée", "Théâtre", "Centre", "Port", "Zoo", "Château", "Domaine", "Cabinet",
                       "Crédit", "Collège", "Lycée", "Syndicat", "Marché", "Camping", "Casino", "Stade", "Festival")
_FR_FEMININE_HEADS = ("Banque", "Caisse", "Mutuelle", "Société", "Compagnie", "Fondation", "Coopérative", "Fromagerie",
                      "Maison", "Ville", "Clinique", "Pharmacie", "Boulangerie", "Brasserie", "Régie", "Métropole")


def _of_name(name: str) -> str:
    """« d'Officinea », « de la Coopérative… », « du Groupe… »: the organisation as a complement."""
    for article, joined in (("Le ", "du "), ("La ", "de la "), ("L'", "de l'"), ("L’", "de l’"), ("Les ", "des ")):
        if name.startswith(article):
            return joined + name[len(article):]
    head = name.split(" ", 1)[0]
    if " " in name and head in _FR_MASCULINE_HEADS:
        return f"du {name}"
    if " " in name and head in _FR_FEMININE_HEADS:
        return f"de la {name}"
    return f"d'{name}" if elides(name) else f"de {name}"  # one rule with the release's headings


_PLURAL_ADJECTIVE = re.compile(r"\b(prêt|déterminé|mobilisé|conscient|désolé|engagé|convaincu|attaché|fier|soucieu)(?:e?s|x)\b")
_FEMININE = {"fier": "fière", "soucieu": "soucieuse"}
_MASCULINE = {"fier": "fier", "soucieu": "soucieux"}


def _one_of_us(text: str, *, feminine: bool) -> str:
    """« prêts », « déterminés » said of « nous », now of the organisation: « prête » (or « prêt »)."""
    def one(found: re.Match[str]) -> str:
        stem = found.group(1)
        if stem in _FEMININE:
            return (_FEMININE if feminine else _MASCULINE)[stem]
        return stem + ("e" if feminine else "")
    text = _PLURAL_ADJECTIVE.sub(one, text)
    # « Nous en avons été avertis » → « L'entreprise en a été avertie »: a singular auxiliary never
    # keeps the plural participle « nous » gave it.
    return re.sub(r"\b((?:a|avait|aura|sera|est|était) été )(\w+?[éiut])e?s\b",
                  lambda m: m.group(1) + m.group(2) + ("e" if feminine else ""), text)


def fr_elided(text: str, name: str) -> str:
    """« que Ondara » → « qu'Ondara », « de Officinea » → « d'Officinea »: French elides before a vowel;
    « de Le Riverain » → « du Riverain », « à Les Halles » → « aux Halles »: and contracts its article."""
    for article, of, to in (("Le ", "du ", "au "), ("Les ", "des ", "aux ")):
        if name.startswith(article):
            rest = re.escape(name[len(article):])
            text = re.sub(rf"\b([Dd])e {re.escape(article)}(?={rest}\b)", rf"\g<1>{of[1:]}", text)
            text = re.sub(rf"(?<![\w-])à {re.escape(article)}(?={rest}\b)", to, text)
            text = re.sub(rf"(?<![\w-])À {re.escape(article)}(?={rest}\b)", to.capitalize(), text)
            return text
    if not elides(name):
        return text
    return re.sub(rf"\b([Qq]u|[Ll]orsqu|[Pp]uisqu|[Jj]usqu|[Dd])e {re.escape(name)}\b", rf"\1'{name}", text)


# The owner of a fault is named, never « sa » or « son »: « C'est une faille de notre part, et non
# celle de notre collaborateur » must still say whose the fault is.
_FR_FAULT = re.compile(r"\b([Nn])otre (erreur|faute|faille|responsabilité)\b")
# A sentence that opens on « Notre équipe qualité est… » after one about another party: « sa
# propre équipe » would read as the other party's, so the organisation is named.
# (An apposition may stand before the verb: « Notre numéro vert, le 0 800 74 74 12, est ouvert ».)
# (« Notre publicité leur a dit » → « La publicité de X leur a dit »: a pronoun before the verb is
# never part of the noun.)
_FR_OPENING_OURS = re.compile(r"^(Notre|Nos) (?:propres? )?((?:(?!(?:leur|lui|les|nous|vous|y|en|ne|se)\b)[\w'’-]+ ){0,3}?"
                              r"(?!(?:leur|lui|les|nous|vous|y|en|ne|se)\b)[\w'’-]+)(,[^,]{1,60},)? "
                              r"(?=(?:ne |n['’])?(?:(?:leur|lui|les|nous|vous|y|en|l['’]) ?)?(?:est|sont|a|ont|reste|"
                              r"restent|va|vont|sera|seront|était|étaient|peut|peuvent|doit|doivent|se|s['’]|suit|"
                              r"suivent|travaille|travaillent|reçoit|reçoivent|avait|avaient|venait|venaient|montre|montrent|indique|indiquent|"
                              r"confirme|confirment|révèle|révèlent|établit|conclut|continue|continuent|progresse|"
                              r"concerne|concernent|\w{2,}(?:ait|aient))\b)")


def _fr_the(noun: str, *, capital: bool) -> str:
    """« l'erreur », « la faute »: the feminine nouns of a fault with their article."""
    article = "l'" if noun[:1] in _FR_VOWEL else "la "
    return (article[:1].upper() + article[1:] if capital else article) + noun


def _fr_owner_named(sentence: str, name: str) -> str:
    of_name = _of_name(name)
    sentence = re.sub(r"\bde notre part\b", f"de la part {of_name}", sentence)
    sentence = _FR_FAULT.sub(lambda m: _fr_the(m.group(2), capital=m.group(1) == "N") + f" {of_name}", sentence)

    def opening(match: re.Match[str]) -> str:
        noun = match.group(2)
        if match.group(1) == "Nos":
            article = "Les "
        elif noun[:1] in _FR_VOWEL:
            article = "L'"
        else:
            article = "La " if _fr_possessive(noun.split()[0].lower()) == "sa" else "Le "
        return f"{article}{noun} {of_name}{match.group(3) or ''} "

    return _FR_OPENING_OURS.sub(opening, sentence)


def _fr_contracted(preposition: str, article: str) -> str:
    """« de » + « le » → « du », « à » + « les » → « aux »."""
    joined = {("de", "le "): "du ", ("à", "le "): "au ", ("de", "les "): "des ", ("à", "les "): "aux "}
    key = (preposition.strip(), article)
    return joined.get(key, preposition + article) if preposition else article


# A person who may own what follows: « quelqu'un », « un salarié », « une cliente ».
_FR_SOMEONE = re.compile(r"\b(?:quelqu['’]un|une? (?:personne|individu|inconnue?|pirate|tiers|salariée?|employée?|"
                         r"cliente?|prestataire|fournisseur|sous-traitant|technicienne?|agente?|conseill(?:er|ère))|"
                         r"(?:la|cette) personne|"
                         # (« La passagère hospitalisée est rentrée chez elle ; notre membre d'équipage… »:
                         # « son membre d'équipage » would be the passenger's)
                         r"(?:la|le|cette|ce) (?:passag(?:er|ère)|cliente?|commerçante?|patiente?|victime|mère|père|"
                         r"conducteur|conductrice|livreur|livreuse|employée?|salariée?|agente?|voyageur|voyageuse)\b"
                         r"(?:\s+\w+){0,3}\s+(?:est|a|était|avait|reste|sera)\b)\b", re.IGNORECASE)


# A body other than ours that « elle » could stand for (« l'agence », « la police », « la commission »).
_FR_OTHER_BODY = re.compile(r"\b(?:agence|autorités?|banque|police|gendarmerie|préfecture|commission|inspection|"
                            r"entreprise|société|mairie|région|direction|justice|enquête|équipe|association|"
                            r"fédération|caisse|compagnie|mutuelle|coopérative|fromagerie)\b", re.IGNORECASE)


_KEEPS_CAPITAL = frozenset({"caisse"})


def french(sentences: list[str], organisation: str, context: str = "") -> list[str] | None:
    """Les phrases du paragraphe à la troisième personne, ou None quand l'une ne peut pas être
    réécrite sûrement (le paragraphe est alors cité en entier). `context` (the whole statement)
    gives the gender of a name by its own article (« la Tomme des Crêts »)."""
    named = False
    # Later sentences: « la coopérative », « le groupe » for a name with an article, else the
    # name (a bare « elle » could mean the last agency named); « il/elle » within a sentence.
    # (An article is a word of its own: « Lanterna » and « Leroy » have none.)
    article = re.match(r"(La |Le |L['’])(\w+)", organisation)
    # (« la Caisse », capital kept: "caisse" alone is any till, and a Québec credit union is the Caisse.)
    later = f"{article.group(1).lower()}" + (article.group(2) if article.group(2).casefold() in _KEEPS_CAPITAL
                                             else article.group(2).lower()) if article else organisation
    if organisation.startswith(("La Maison ", "la Maison ", "La maison ", "la maison ")):
        # (« rapportés à la maison » reads as "taken home": a Maison is « l'entreprise » later.)
        later = "l’entreprise"
    if organisation.startswith("Le groupe "):
        # (« le groupe Services industriels… » only gives a plural name its verb: it is no group,
        # and later it is « l'entreprise », as the release says elsewhere.)
        later = "l’entreprise"
    pronoun_word = "il" if organisation.startswith("Le ") and not organisation.startswith("Le groupe ") else "elle"

    out: list[str] = []
    for sentence in sentences:
        if _APOLOGY_WITH_REASON.search(sentence):
            return None  # « Nous vous présentons nos excuses : protéger ces informations… » est cité
        if re.match(r"\s*Ensemble,\s+nous\b", sentence):
            return None  # « Ensemble, nous avons arrêté… »: « Ensemble, l'entreprise a… » says no one's together
        failed = False
        in_sentence = False
        # What is quoted stays as it was said (« notre vol » in a quoted post is not « son vol »).
        quoted: list[str] = []

        sentence = re.sub(r"«[^»]*»|“[^”]*”|\"[^\"]*\"", functools.partial(_kept, kept=quoted), sentence)
        # Whether the organisation is the sentence's subject: only then is « elle » ours (« La panne
        # vient d'une mise à jour que nous avons installée ; elle… » would be the fault's).
        leads = re.match(r"\s*(?:Nous|" + re.escape(organisation) + r")\b", sentence) is not None
        owned = _fr_owner_named(sentence, organisation)
        if owned != sentence:
            # Named as the owner of a fault, the organisation is « elle » for the rest of the
            # sentence; named at its start, it is named.
            named, in_sentence = True, not owned.startswith(("L", "Les "))
            leads = leads or in_sentence  # (« C'est la faute d'X, et elle… »: named as the owner, it leads)
        sentence = owned
        if re.search(r"\bnous-mêmes\b", sentence) and re.search(
                r"(?<![Nn]ous )\b(?:" + "|".join(_FR_IRREGULAR) + r")\b", sentence):
            # « l'enquête, et nous-mêmes, devons répondre »: a verb shared with another subject
            # has no third person of its own; the sentence is quoted.
            failed = True
        sentence = re.sub(r"\bnous-mêmes\b", f"{pronoun_word}-même", sentence)
        # An apology is reported as an act: « X présente ses excuses (pour …) ».
        for pattern, words in _FR_APOLOGIES:
            sentence = pattern.sub(words, sentence)

        def subject(match: re.Match[str]) -> str:
            nonlocal failed, named, in_sentence
            negation, pronoun, verb = match.group(2) or "", match.group(3) or "", match.group(4)
            # « avant que nous sachions » → « avant qu'elle sache »: the subjunctive stays one.
            subjunctive = _FR_SUBJUNCTIVE_BEFORE.search(match.string[:match.start()])
            third = _fr_subjunctive(verb) if subjunctive and verb.lower().endswith("ions") else _fr_verb(verb)
            if third is None:
                failed = True
                return match.group(0)
            # « …, c'est à l'enquête du BEA de l'établir, et elle ne fera pas… » would make the
            # inquiry the subject: past a comma since the last mention, the organisation is named.
            before = match.string[:match.start()]
            # (From the last time we were the subject: « notre technicien » is no mention of us as one.)
            mentions = list(re.finditer(rf"\b[Nn]ous\b|{re.escape(organisation)}", before))
            since = before[mentions[-1].end():] if mentions else ""
            far = re.search(r"[,;:]\s", since) is not None and re.search(
                r"\b(?:la|une|cette|celle|l['’]\w|c['’]est)", since, re.IGNORECASE) is not None
            if far and leads and re.search(r"[\s\u00a0\u202f];\s+$", before) and not _FR_OTHER_BODY.search(since):  # noqa: B023
                # « …la version précédente ; elle ne peut pas encore dire… »: a clause that opens on
                # the subject after a semicolon is ours, when no other body was named since.
                far = False
            # (« …n'a pas été transmise, parce qu'il avait modifié… »: « il » would be the
            # technician; only a sentence that opens on us says « il/elle » for us.)
            said_as = pronoun_word
            if organisation.startswith("Le groupe ") and re.search(
                    rf"{re.escape(organisation[3:])}(?!.*\bl['’]entreprise\b)", before):
                said_as = "il"  # (« …l'erreur du groupe Pharmacies Boréales, et il présente… »: the group's)
            # (« Moulins du Wouri lui a présenté ses excuses…, et elle les renouvelle »: after « lui » or
            # a woman named, « elle » reads as her; the name says who.)
            someone_else = said_as == "elle" and re.search(
                r"\blui\b|\b(?:la|une|cette) (?:commerçante|cliente|passagère|patiente|femme|mère|victime|"
                r"pharmacienne|employée|salariée|conductrice|voyageuse)\b", before, re.IGNORECASE) is not None
            name = said_as if in_sentence and not far and leads and not someone_else \
                else (later if named else organisation)  # noqa: B023
            if match.start() > 0 and re.match(r"(?:La|Le|L['’]|Les) ", name + " "):
                name = name[:1].lower() + name[1:]  # « Par précaution, la Coopérative… rappelle »
            named = in_sentence = True
            return f"{name} {negation}{pronoun}{third}"

        # « notre équipe de sécurité » → « son équipe de sécurité »: naming the organisation
        # instead would need the whole noun phrase, which a word-level grammar cannot find.
        def possessive(match: re.Match[str]) -> str:
            nonlocal failed
            own, noun = match.group(2) or "", match.group(3)
            # « notre propre réseau » → « son propre réseau »: the noun's gender, not « propre »'s;
            # a feminine noun takes « son » before a vowel only when the vowel follows « son ».
            determiner = _fr_possessive(noun, context)
            # « quelqu'un s'est connecté à son système » is that someone's system: after a person
            # named as the subject, the paragraph is quoted in its own words.
            before = match.string[:match.start()]
            someone = _FR_SOMEONE.search(before)
            # (Called within this sentence's own substitution: its current `in_sentence` is meant.)
            if someone and not (in_sentence or organisation in before[someone.end():]  # noqa: B023
                                or later in before[someone.end():]):
                determiner = None
            if determiner is None:
                failed = True
                return match.group(0)
            if own and determiner == "son" and noun[:1].lower() in _FR_VOWEL.lower() and noun.lower() not in \
                    _FR_MASCULINE and (noun.lower() in _FR_FEMININE or noun.lower().endswith(_FR_FEMININE_ENDINGS)):
                determiner = "sa"  # « sa propre équipe », « sa propre erreur »
            return f"{determiner} {own}{noun}"

        # Before the organisation's own verb, « nos constatations » are not « ses » (the
        # subject's): « les premières constatations de Brumeloup Games ».
        subject_at = re.search(r"\b[Nn]ous (?:ne |n['’])?(?:(?:leur|lui|les|la|le|en|y) |l['’])?\w+ons\b", sentence)
        ours_at = re.search(r"\b(?:[Nn]os|[Nn]otre)\b", sentence)
        owner_first = in_sentence or (subject_at is not None and ours_at is not None
                                      and subject_at.start() < ours_at.start())

        def plural(match: re.Match[str], owner_first: bool = owner_first) -> str:
            preposition, noun = match.group("prep") or "", match.group("noun")
            if owner_first:
                return f"{preposition}ses {noun}"
            return f"{_fr_contracted(preposition, 'les ')}{noun} {_of_name(organisation)}"

        def singular(match: re.Match[str], owner_first: bool = owner_first, named: bool = named) -> str:
            noun = match.group("noun")
            determiner = _fr_possessive(noun, context)
            if owner_first or named or determiner is None:
                return match.group(0)
            article = "l'" if noun[:1] in _FR_VOWEL else ("la " if determiner == "sa" else "le ")
            more = match.group("more") or ""
            return f"{_fr_contracted(match.group('prep') or '', article)}{noun}{more} {_of_name(organisation)}"

        # (« nous vous le remboursons »: the reader's « vous » before the object's pronoun.)
        text = re.sub(r"\b([Nn]ous) (ne |n['’])?((?:vous )?(?:(?:leur|lui|les|la|le|en|y) |l['’])|vous )?(\w+ons)\b",
                      subject, sentence)
        if text != sentence:
            # « … a notifié la CNIL et en avons informé… »: a verb that shares the subject.
            def shared(match: re.Match[str]) -> str:
                nonlocal failed
                verb = match.group(5).lower()
                if _FR_NOUN_ONS.search(verb) and (match.group(4) or "").strip() in ("les", "la", "le", ""):
                    # « et, dès qu'elles seront connues, les conclusions de l'enquête »: « les » is an
                    # article there, and « conclusions » a noun, never « les conclusait ».
                    return match.group(0)
                # Only what is surely a verb: a known one, a future (-rons), after a pronoun, or
                # before an article (« et saisons » is a noun; « et en avons », « et recherchons
                # la cause » are verbs). A word that may be either: the paragraph is quoted.
                if not (verb in _FR_IRREGULAR or verb.endswith("erons") or match.group(4)
                        or _FR_OBJECT_NEXT.match(match.string, match.end())):
                    if not _FR_NOUN_ONS.search(verb):
                        failed = True
                    return match.group(0)
                third = _fr_verb(verb)
                if third is None:
                    failed = True
                    return match.group(0)
                return f"{match.group(1)}{match.group('aside')}{match.group(3) or ''}{match.group(4) or ''}{third}"

            # « a reçu le résultat et, avec l'ARS, avons demandé », « organise des points et
            # recherchons la cause »: a verb after « et », « , et », « puis » shares the subject.
            text = re.sub(r"\b(et|puis|mais|ou)(?P<aside>,[^,.;:!?«»]{1,80}, | )(ne |n['’])?"
                          r"((?:vous )?(?:(?:leur|lui|les|la|le|en|y) |l['’])|vous )?(\w+ons)\b", shared, text)
            # (« remplacera la boucle, échangerons le siège ou… »: a future after a comma in a list
            # of what we will do shares the subject too; never a noun, « biberons ».)
            text = re.sub(r"(?<=\w)(,)(?P<aside> )(ne |n['’])?((?:vous )?(?:(?:leur|lui|les|la|le|en|y) |l['’])|vous )?"
                          r"(?!(?:biberons|vignerons|forgerons|bûcherons|liserons|potirons)\b)(\w+erons)\b(?= \w)",
                          shared, text)
        # A whole noun phrase only: « de notre hébergement a échoué », never « notre base de données ».
        ends = r"(?=[\s\u00a0]*(?:[:;,.)]|$)| (?:a|est|ont|sont|ne|n['’]\w+)\b)"
        # « notre portail patient était inaccessible »: a noun and its complement before the verb.
        verb_next = r"(?= (?:a|est|ont|sont|était|étaient|sera|seront|reste|restent|ne|n['’]\w+)\b)"
        # (« un employé de notre propre centre d'appels a consulté » → « un employé du centre d'appels
        # de Kestrel Bank a consulté »: « son propre » would be the employee's.)
        # (Never a relative after it: « de notre cuisine qui était malade » is no noun and complement.)
        # (Nor a pronoun before the verb: « notre livreur lui a répondu », never « le livreur lui de X ».)
        text = re.sub(r"\b(?P<prep>de |à )?[Nn]otre (?:propre )?(?P<noun>\w+)(?P<more> (?!(?:qui|que|dont|où|lequel|laquelle|"
                      r"lui|leur|les|la|le|l|y|en|se|s|nous|vous|me|m|te|t)\b)"
                      r"(?:d['’])?[a-zéèêàâîôûç-]+)"
                      + verb_next, singular, text)
        text = re.sub(r"\b(?P<prep>de |à )?[Nn]otre (?P<noun>\w+)(?P<more>)" + ends, singular, text)
        # (« Après notre enquête interne, il… »: a noun and its adjective before a comma, by name,
        # never « son enquête », which would be his.)
        text = re.sub(r"\b(?P<prep>de |à )?[Nn]otre (?P<noun>\w+)(?P<more> (?!(?:de|du|des|à|au|aux|en|et|ou|qui|que|dont|"
                      r"où|ne|n)\b)(?:d['’])?[a-zéèêàâîôûç-]{3,})(?=,\s)", singular, text)
        text = re.sub(r"\b([Nn])otre (propre )?(\w+)", possessive, text)
        # (« nos courriers et e-mails sont partis »: two nouns make one phrase.)
        # (« nos voyageurs achètent »: a plural noun's verb in -ent ends the phrase too.)
        # (« nos barres tendres. »: a noun and one adjective that ends the sentence are one phrase.)
        # (« Le Vertige, nos autres montagnes russes, utilise… »: an apposition between commas.)
        # (A count is part of the phrase: « nos 41 000 membres », never « les 41 … 000 membres ».)
        text = re.sub(r"\b(?P<prep>de |à )?[Nn]os (?P<noun>(?:\d{1,3}(?:[ \u00a0\u202f]\d{3})+ |\d+ )?"
                      r"(?:premi\w+ |derni\w+ |propres |autres )?[\w-]+(?: et [\w-]+)?"
                      r"(?: [a-zéèêàâîôûç-]+(?=[.;:]\s*$|,))?)(?:" + ends + r"|(?= [a-zéèêàâîôûç]+(?:ent|ront)\b))", plural, text)

        def ours(match: re.Match[str], owner_first: bool = owner_first, in_sentence: bool = in_sentence) -> str:
            nonlocal failed
            if re.fullmatch(r"(?:[Dd]ans|[Ss]ur|[Pp]armi|[Cc]hez|[Aa]vec|[Pp]our) ", match.string[:match.start()]) \
                    and not (owner_first or in_sentence):
                # « Dans nos entrepôts et ceux des distributeurs » opens the sentence: whose they
                # are is said by name (« Dans les entrepôts de la Fromagerie Bellecombe »).
                return f"{match.group('n').replace('N', 'L').replace('n', 'l')}es {match.group('noun')} {_of_name(organisation)}"
            # « ses courriers » is the organisation's only once it was just named: after another
            # subject (« Les magasins les ont retirés. Dans nos entrepôts… ») the paragraph is
            # quoted instead.
            named_before = organisation in match.string[:match.start()] or (
                bool(out) and (organisation in out[-1] or later in out[-1]))
            if not (owner_first or in_sentence or named_before):
                if re.match(r" (?!(?:et|ou|de|du|des|à|au|aux|en|dans|sur|pour|par|avec|qui|que|depuis|a|ont|est|sont|"
                            r"était|étaient|n['’]\w+|ne)\b)[a-zéèêàâîôûç]", match.string[match.end():]):
                    failed = True  # « nos barres tendres maison »: where the phrase ends is unsure
                    return match.group(0)
                # « Le MAPAQ a publié une mise en garde concernant nos barres » → « concernant les
                # barres de Grand-Héron »: « ses » would be the MAPAQ's; by name, a release never
                # has to quote the sentence (« X précise : « … nos barres… » »).
                preposition = match.group("prep") or ""
                return f"{_fr_contracted(preposition, 'les ')}{match.group('noun')} {_of_name(organisation)}"
            return (match.group("prep") or "") + "ses " + match.group("noun")

        # (« nos bases de données »: a noun and its complement are one phrase, never « les bases de X
        # de données ».)
        # (A compound is one noun: « nos sous-traitants », never « des sous de X-traitants ».)
        # (« nos 240 casiers à colis »: « à » and a noun are the phrase's too, never « des casiers de X à colis ».)
        text = re.sub(r"\b(?P<prep>de |à )?(?P<n>[Nn])os (?P<noun>(?:\d{1,3}(?:[ \u00a0\u202f]\d{3})+ |\d+ )?\w+(?:-\w+)*(?: d(?:e |['’])(?!(?:la|le|les|l['’]|nos|notre|vos|"
                      r"votre|ses|leurs?|ce|ces|cette|son|sa)\b)[a-zéèêàâîôûç]+\b)?"
                      r"(?: à (?!(?:la|le|les|l['’]|nos|notre|vos|votre|ses|leurs?|ce|ces|cette|son|sa|partir|nouveau|jour|"
                      r"temps|nous|vous|eux|elles?|lui|\w+er|\w+ir|\w+re)\b)[a-zéèêàâîôûç]{3,}\b)?)", ours, text)
        # « les patients du Groupe X et le personnel du Groupe X » → « les patients et le personnel du Groupe X »
        of_name = re.escape(_of_name(organisation))
        text = re.sub(rf"\b((?:les|le|la|l['’])\s?[\w-]+) {of_name} et ((?:les|le|la|l['’])\s?[\w-]+ {of_name})", r"\1 et \2", text)
        text = re.sub(r"\b([Qq]ue|[Dd]e|[Ll]orsque|[Pp]uisque) (elle|il)\b", lambda m: m.group(1)[:-1] + "'" + m.group(2),
                      text)
        # « aucun cas ne nous a été signalé » → « aucun cas n'a été signalé à la Fromagerie Bellecombe »
        text = re.sub(r"\b(ne |n['’])?nous (a|ont|avait|avaient|sera|seront|est|sont) été (\w+)",
                      functools.partial(_passive_to, to_whom=_fr_to_named(later if named else organisation)), text)
        # « bloqués chez nous » → « bloqués chez Harbourline Bank »
        # (the name, never « chez la maison »)
        text = re.sub(r"\bchez nous\b", f"au sein de {organisation}" if re.match(r"(?:l['’]|la |le )", organisation)
                      else f"chez {organisation}", text)
        if re.search(r"\b[Nn]ous\b", sentence) and text != sentence:
            # « Nous en portons seuls la responsabilité » → « Véralde en porte seule… »: one subject now.
            alone = "seule" if later.startswith(("la ", "l'entreprise", "l’entreprise", "l'organisation")) \
                or pronoun_word == "elle" else "seul"
            # (Never « vendus seuls », said of the products: after a participle it is theirs.)
            text = re.sub(r"(?<![éu]s )(?<![éu]es )(?<!is )(?<!ts )\bseul(?:e)?s\b", alone, text)
            # « Nous restons prêts à rencontrer Unite » → « Elle reste prête… », never « prêts »
            text = _one_of_us(text, feminine=alone == "seule")
        text = fr_elided(text, organisation)
        text = _fr_readers(text)
        if failed or _FR_LEFT.search(text):
            return None
        text = re.sub(r"\x00(\d+)\x00", functools.partial(_restored, kept=quoted), text)
        out.append(text[:1].upper() + text[1:])
    return out


# « vous » at a sentence's start, in the verb forms whose third person plural is sure.
_FR_YOU_PLURAL = {"avez": "ont", "aurez": "auront", "pouvez": "peuvent", "pourrez": "pourront", "devez": "doivent",
                  "devrez": "devront", "allez": "vont", "faites": "font", "recevez": "reçoivent", "voulez": "veulent",
                  "savez": "savent", "saurez": "sauront", "verrez": "verront", "irez": "iront", "ferez": "feront"}


def _fr_readers(text: str) -> str:
    """« Vous les recevrez sous 3 jours » → « Les personnes concernées les recevront sous 3
    jours »: a fact told to the readers is a fact about them in a release, never « X indique :
    « Vous… » ». Only a sentence that opens on « Vous » with a verb whose form is sure (a future
    in -rez, a known one); « vous êtes remboursé » would need its participle agreed: left as is."""
    found = re.match(r"Vous ((?:ne |n['’])?(?:(?:les|le|la|lui|leur|en|y) |l['’])?)(\w+)\b", text)
    if found is None:
        return text
    verb = found.group(2).lower()
    # (A future: « rembourserez », « pourrez », « recevrez », « prendrez »; never « entrez »,
    # « tirez », presents; never « serez », whose participle would need agreeing.)
    future = verb.endswith(("erez", "rrez", "vrez", "urez", "drez")) and verb != "serez"
    third = _FR_YOU_PLURAL.get(verb) or (verb[:-2] + "ont" if future else None)
    if third is None:
        return text
    rest = text[found.end():]
    if re.search(r"(?<![\w-])(?:vous|votre|vos|vôtre)(?![\w-])", rest, re.IGNORECASE):
        return text  # « Vous recevrez votre carte »: « leur carte » would need to know whose
    return f"Les personnes concernées {found.group(1)}{third}{rest}"


# -- advice: still "you", but the organisation named ------------------------------------------

_EN_WE_MODAL = re.compile(r"\b[Ww]e(?:'ll|’ll| will)\b|\b[Ww]e (can|may|must|should|could|would|cannot|can't|won't)\b")
_EN_WE_BE = {"are": "is", "'re": "is", "’re": "is", "have": "has", "'ve": "has", "’ve": "has", "do": "does"}
_EN_US = re.compile(r"\bus\b")


# Words surely an adjective after a noun (« canaux officiels », « ligne gratuite », « site
# internet »), a short explicit list with their forms: a word ending like an adjective may be
# a verb (« nos conseillers répondent »), so an ending is never enough.
_FR_ADJECTIVE_STEMS = ("officiel", "habituel", "gratuit", "dédié", "client", "principal", "local", "technique",
                       "spécial", "téléphonique", "unique", "national", "régional", "numérique", "sécurisé",
                       "postal", "vert", "direct", "commercial", "mobile", "partenaire", "agréé", "public")
_FR_ADJECTIVE = (r"(?:(?:" + "|".join(_FR_ADJECTIVE_STEMS) + r")(?:le|les|e|es|s|aux|ales|ale)?|internet|web|"
                 r"en ligne|d['’]information|de crise|d['’]assistance|de service|client(?:s|èle)?)(?![\w'’-])")
# What may end the noun phrase for sure: punctuation, the end, or a word that never continues it.
_FR_PHRASE_END = re.compile(r"\s*(?:[.,;:!?)»(]|$)|\s+\+?\d|\s+(?:et|ou|mais|sur|pour|par|avec|dans|dès|depuis|pendant|avant|"
                            r"après|sans|chez|entre|selon|vers|au|aux|qui|que|qu['’]|vous|nous|se|s['’]|y|ne|n['’]|est|sont|a|"
                            r"ont|font|fait|sera|seront|reste|restent|peut|peuvent|doit|doivent|va|vont|le|la|les|l['’]|un|une)\b")


def advice_named(text: str, organisation: str, lang: str) -> str:
    """Advice in a release keeps speaking to readers ("call … and you will be refunded"), but
    the organisation's first person becomes its name: "call our free line and we will refund
    you" → "call Marché Colibri's free line and Marché Colibri will refund you"; « appelez notre
    ligne gratuite » → « appelez la ligne gratuite de Marché Colibri ». A sentence this cannot
    rewrite stays as written."""
    if lang == "fr":
        return _fr_advice_named(text, organisation)
    text = re.sub(r"\b[Oo]ur\b", possessive_name(organisation), text)
    text = re.sub(r"\b[Oo]urselves\b", organisation, text)

    def modal(match: re.Match[str]) -> str:
        return f"{organisation} {match.group(1) or 'will'}"

    text = _EN_WE_MODAL.sub(modal, text)
    text = re.sub(r"\b[Ww]e ('re|’re|'ve|’ve|are|have|do)\b", lambda m: f"{organisation} {_EN_WE_BE[m.group(1)]}", text)

    def verb(match: re.Match[str]) -> str:
        said = match.group(1)
        if _EN_PAST.match(said.lower()) or said.lower() in _EN_KEEP:
            return f"{organisation} {said}"
        return f"{organisation} {_en_present(said)}"

    # "we never ask" → "X never asks": an adverb between keeps its place.
    text = re.sub(r"\b[Ww]e ((?:never|always|also|still|now|already|only|usually|often|sometimes) )([a-z]+)\b",
                  lambda m: f"{organisation} {m.group(1)}{m.group(2) if _EN_PAST.match(m.group(2)) else _en_present(m.group(2))}",
                  text)
    text = re.sub(r"\b[Ww]e ([a-z]+)\b", verb, text)
    text = _en_clause_agrees(text, organisation)
    return _EN_US.sub(organisation, text)


def _en_clause_agrees(text: str, *organisation: str) -> str:
    """"X has raised the chlorine level and are flushing the pipes": a verb after "and" in the
    clause the organisation leads agrees with it ("and is flushing"); another subject in between
    ("and you have") keeps its own verb."""
    def clause(match: re.Match[str]) -> str:
        head, rest = match.group(1), match.group(2)
        # Up to the first other subject ("and you have", "customers who are"): what follows it
        # keeps its own verbs ("working on it" is an object, after the verb that agrees).
        # ("switching it over by hand and expect": "it" there is the object, not a subject.)
        other = re.search(r"\b(?:you|they|he|she|people|customers|who|which|that)\b|\bit\b(?= (?:is|was|has|had|will|"
                          r"would|can|could|should|may|might|must|does|did|\w+s|\w+ed)\b)", rest, re.IGNORECASE)
        cut = other.start() if other else len(rest)
        # After an infinitive ("to apologise, explain the risk and ask them"), a bare verb belongs
        # to it; only "are", "were", "have" still share the organisation's subject.
        infinitive = re.search(r"\bto \w+", rest[:cut])
        if infinitive:
            return (head + _shared_verbs_agree(rest[:infinitive.start()])
                    + _shared_verbs_agree(rest[infinitive.start():cut], only_be_have=True) + rest[cut:])
        return head + _shared_verbs_agree(rest[:cut]) + rest[cut:]

    names = "|".join(re.escape(name) for name in organisation)
    # (A time, "16:20", "4:20 p.m.", a decimal, "2.5", or an AP month, "Nov. 24", is no end of a clause.)
    return re.sub(rf"(\b(?:{names}) (?:\w+ )?\w+)((?:\b[ap]\.m\.|\b(?:Jan|Feb|Aug|Sept|Oct|Nov|Dec)\.(?= \d)|[^.;:!?]|"
                  rf"(?<=\d)[:.,](?=\d))*)", clause, text)


_FR_NUMBER_WORDS = ("deux", "trois", "quatre", "cinq", "six", "sept", "huit", "neuf", "dix", "onze", "douze", "quinze", "vingt")


def _fr_advice_named(text: str, organisation: str) -> str:
    of_name = _of_name(organisation)
    # The text's own « de les » and « à le » are pronouns before a verb (« cessez de les donner »):
    # held apart, so that only what the rewriting below makes (« de les clients ») is contracted.
    text = re.sub(r"\b([Dd]e|[Àà]) (les?) (?=\w)", "\\1\x00\\2 ", text)

    def ours(match: re.Match[str]) -> str:
        words = match.group(2)
        noun = words.split()[-1] if words.split()[0].isdigit() or words.split()[0].lower() in _FR_NUMBER_WORDS else \
            words.split()[1] if words.split()[0].lower() == "autres" and len(words.split()) > 1 else words.split()[0]
        after = match.string[match.end():]
        # « notre outil de transfert », « nos conseillers répondent au… »: the noun phrase goes
        # on (« de », « à »), or the next word may be anything: « notre » stays, rather than
        # « l'outil de X de transfert ». A plural noun followed by a word in -ent that takes no
        # « s » is followed by its verb (« nos conseillers répondent »): the phrase ends there.
        plural_verb = match.group(1).lower() == "nos" and re.match(r"\s+[a-zéèêàâîôûç]+ent\b", after)
        if not (_FR_PHRASE_END.match(after) or plural_verb) or noun.lower() in ("propre", "propres"):
            return match.group(0)
        if noun.lower() in ("excuses", "regrets", "condoléances", "pensées"):
            # « X présente ses excuses », never « les excuses de X »: they are the speaker's own.
            return ("Ses " if match.group(1)[:1].isupper() else "ses ") + words
        if match.group(1).lower() == "nos":
            article = "les "
        elif noun[:1] in _FR_VOWEL:
            article = "l'"
        else:
            gender = _fr_possessive(noun.lower())
            if gender is None:
                return match.group(0)
            article = "la " if gender == "sa" else "le "
        if match.group(1)[:1].isupper():
            article = article[:1].upper() + article[1:]
        return f"{article}{words} {of_name}"

    # « un message qui vous les demande en notre nom » → « au nom de X », never « en le nom de X » (kit 59)
    text = re.sub(r"\b[Ee]n notre nom\b", f"au nom {of_name}", text)
    # « notre ligne gratuite » → « la ligne gratuite de X »: the adjectives after the noun go with it.
    # (« service consommateurs », « service clients »: a noun and its complement are one phrase.)
    text = re.sub(rf"\b([Nn]otre|[Nn]os) ((?:\d+ |autres |(?:{'|'.join(_FR_NUMBER_WORDS)}) )?[\w'’-]+(?: {_FR_ADJECTIVE}|"
                  r" consommateurs| clients?| après-vente)*)",
                  ours, text)
    # « de les canaux » → « des canaux », « à le service » → « au service »
    text = re.sub(r"\b([Dd]e|[Àà]) (les|le) (?=\w)", lambda m: _fr_contracted(m.group(1).lower(), m.group(2) + " ")
                  if m.group(1)[:1].islower() else _fr_contracted(m.group(1).lower(), m.group(2) + " ").capitalize(),
                  text)
    text = text.replace("\x00", " ")

    def subject(match: re.Match[str]) -> str:
        objects, verb = match.group(1) or "", match.group(2)
        third = _fr_verb(verb)
        return f"{organisation} {objects}{third}" if third else match.group(0)

    # « nous vous rembourserons » → « X vous remboursera »; « contactez-nous » → « contactez X ».
    text = re.sub(r"\b[Nn]ous ((?:ne |n['’])?(?:(?:vous|les|le|la|lui|leur|en|y) |l['’]){0,2})(\w+)\b", subject, text)
    # (« X vous remboursera votre billet et vous enverrons… »: a second verb shares the subject.)
    # (« …ne vous appellera jamais et ne vous enverrons jamais… » too: the negation with it.)
    text = re.sub(rf"({re.escape(organisation)} [^.;:!?]*?\b(?:et|ou) )((?:ne |n['’])?(?:(?:vous|les|le|la|lui|leur|en|y) |l['’]){{0,2}})(\w+ons)\b",
                  lambda m: m.group(1) + m.group(2) + (_fr_verb(m.group(3)) or m.group(3)), text)
    # (« X remplacera la boucle, échangerons le siège ou… »: a future after a comma shares it too;
    # never a noun, « biberons », « vignerons ».)
    text = re.sub(rf"({re.escape(organisation)} [^.;:!?]*?, )((?:ne |n['’])?(?:(?:vous|les|le|la|lui|leur|en|y) |l['’]){{0,2}})"
                  r"(?!(?:biberons|vignerons|forgerons|bûcherons|liserons|potirons|environs)\b)(\w+erons)\b",
                  lambda m: m.group(1) + m.group(2) + (_fr_verb(m.group(3)) or m.group(3)), text)
    # « contactez-nous » → « contactez X », but « envoyez-nous le relevé » → « envoyez à X le relevé »:
    # only a verb whose object is the person takes the name without « à ».
    # « appelez-nous et nous en parlerons ensemble » → « appelez X, qui en parlera avec vous »: the name
    # once, and « ensemble » said of the two who talk.
    text = re.sub(r"\b(\w+ez)-nous et " + re.escape(organisation) + r" ", r"\1-nous, qui ", text)
    text = re.sub(r"(, qui (?:en |y |vous )?\w+) ensemble\b", r"\1 avec vous", text)
    direct = ("contactez", "appelez", "rappelez", "recontactez", "rejoignez", "suivez", "retrouvez", "joignez", "prévenez", "informez",
              "consultez", "aidez", "remerciez", "visitez", "sollicitez", "interrogez", "relancez")
    return re.sub(r"\b(\w+ez)-nous\b", lambda m: f"{m.group(1)} {organisation if m.group(1).lower() in direct else _fr_to(organisation)}",
                  text)


def _passive_to(match: re.Match[str], to_whom: str) -> str:
    """« ne nous a été signalé » → « n'a été signalé à la fromagerie »."""
    negation, verb, participle = match.group(1), match.group(2), match.group(3)
    head = ("n'" if verb[:1] in "aeo" else "ne ") if negation else ""
    return f"{head}{verb} été {participle} {to_whom}"


def _fr_to_named(name: str) -> str:
    """« à la Fromagerie Bellecombe », « à la fromagerie », « au Groupe… », « à Calypso Pay »."""
    for article, joined in (("Le ", "au "), ("le ", "au "), ("Les ", "aux "), ("les ", "aux ")):
        if name.startswith(article):
            return joined + name[len(article):]
    if name.startswith(("La ", "L'", "L’")):
        return "à " + name[:1].lower() + name[1:]
    return f"à {name}"


def _fr_to(name: str) -> str:
    """« à Calypso Pay », « au Groupe… », « à la Coopérative… »."""
    for article, joined in (("Le ", "au "), ("Les ", "aux ")):
        if name.startswith(article):
            return joined + name[len(article):]
    return f"à {name}"


# An earlier update told in a release dated later: "Transaxis is reversing the change now, and
# the company expects payments to work by 5 p.m." read on Nov. 28 is false in the present. The
# release tells it as it stood then (AP's sequence of tenses), outside quotation marks; what a
# small table of verbs cannot be sure of stays as written.
_EN_THEN = (
    # (An announcement of an act is its past: "Brindille is recalling…" → "Brindille recalled…",
    # never "was recalling".)
    (re.compile(r"\b(?:is|are) (recall|extend|withdraw|suspend|clos|cancell?|launch|expand|widen)ing\b"), None),
    # ("the strike goes ahead" told later: it was going ahead then; whether it did, later updates say)
    (re.compile(r"\bgoes ahead\b"), "was going ahead"),
    # (Never an order: "Petitpas advises: do not feed these products…" stays an order.)
    # (Nor an order after "please" or "until then,": "…; until then, please do not use the chair".)
    (re.compile(r"(?<![:;] )(?<!please )(?<!then, )(?<!meanwhile, )\b(?:does|do) not\b"), "did not"), (re.compile(r"\b(?:doesn|don)['’]t\b"), "didn't"),
    (re.compile(r"\bis\b"), "was"), (re.compile(r"\bare\b"), "were"),
    # ("should have happened" is no tense of its own: never "should had".)
    (re.compile(r"\b(?<!should )(?<!could )(?<!would )(?<!must )(?<!might )(?<!may )(?<!not )(?<!to )(?<!will )(?<!shall )(has|have)(?= (?:\w+ly )?(?:been|\w+ed|found|begun|known|made|sent|told|taken|given|seen|"
                r"done|run|put|set|paid|shown|written|got|gotten|brought|caught|left|kept|held|built|lost|sold|bought|"
                r"gone|come|become|spent|heard|met|read|understood)\b)"), "had"),
    # (A commitment refused stays one: "The City will not pay" never becomes "would not pay".)
    (re.compile(r"\bwill\b(?! (?:not|never)\b)"), "would"), (re.compile(r"(?<!the )(?<!a )(?<!each )(?<!every )(?<!per )(?<!one )(?<!this )(?<!that )(?<!your )(?<!its )\bcan\b"
                r"(?=\s+(?:not\s+|also\s+|still\s+|now\s+|only\s+)?[a-z])"), "could"), (re.compile(r"\bcannot\b"), "could not"),
    (re.compile(r"\b(?<!to )(?<!not )(?<!the )(?<!their )(?<!its )(?<!our )(expect|believe|plan|know|continue|remain|"
                r"affect|need|apologize|stay|cause|mean|tell|say)s\b(?! (?:are|were|is|was|have|has|and|or|of)\b)"),
     None),
    (re.compile(r"(?<=\ws )(affect|remain|continue|work)\b(?! (?:to|with)\b)"), None),
    # ("As of now, we know of no child…" told later: "At that point", never "As of, …")
    (re.compile(r"(?<=\b(?:we|We|ny) )know of\b|(?<=\w )knows of\b"), "knew of"),
    (re.compile(r"\bAs of (?:right )?now\b"), "At that point"), (re.compile(r"\bas of (?:right )?now\b"), "at that point"),
    # ("…is going ahead for now" told later: "at that point", never "going ahead for.")
    (re.compile(r"\bfor now\b"), "at that point"),
    (re.compile(r",? (?:right )?now\b(?! that)"), ""),
    # ("Nobody is injured so far" told later: "by then", never "Nobody was injured so far")
    (re.compile(r"\bso far\b"), "by then"), (re.compile(r"\bSo far\b"), "By then"),
    (re.compile(r"\bat (?:this|the) (?:time|moment|stage)\b"), "at that point"),
)
_EN_SIMPLE_PAST = {
    "expect": "expected", "believe": "believed", "plan": "planned", "know": "knew", "continue": "continued",
    "remain": "remained", "affect": "affected", "need": "needed", "apologize": "apologized", "stay": "stayed",
    "cause": "caused", "mean": "meant", "work": "worked", "recall": "recalled", "extend": "extended",
    "withdraw": "withdrew", "suspend": "suspended", "clos": "closed", "cancel": "canceled", "cancell": "cancelled",
    "launch": "launched", "open": "opened", "expand": "expanded", "widen": "widened", "tell": "told", "say": "said"}


# A plan told in a dated line of the past: « prévoit de rétablir le chauffage mardi » read after
# Tuesday is « prévoyait de… », never a plan still current.
_FR_PLAN_THEN = {"prévoit": "prévoyait", "prévoient": "prévoyaient", "compte": "comptait", "comptent": "comptaient",
                 "espère": "espérait", "espèrent": "espéraient", "vise": "visait", "visent": "visaient",
                 "pense": "pensait", "pensent": "pensaient", "envisage": "envisageait", "envisagent": "envisageaient"}


def french_told_then(text: str) -> str:
    """An update's plans in the imperfect of the day they were posted, and its future in the
    conditional (« Elle enverrait un SMS … d'ici le 20 avril au soir », reported from that day,
    never a promise still ahead), quotations as written."""
    parts = re.split(r"(«[^»]*»|“[^”]*”)", text)
    for index in range(0, len(parts), 2):
        # (A verb after its subject, never a noun after its article: « les relevés de compte de janvier »
        # is no « comptait ».)
        parts[index] = re.sub(rf"(?<!\bde )(?<!\bdu )(?<!\bdes )(?<!\ble )(?<!\bun )(?<!\bau )(?<!\bson )(?<!\bvotre )"
                              rf"(?<!\bleur )(?<!\bce )(?<!\bmon )(?<!\bnotre )"
                              rf"\b({'|'.join(_FR_PLAN_THEN)})(?= (?:de |d['’]|que |qu['’]|l['’]|la |le |les |\w+er\b))",
                              lambda m: _FR_PLAN_THEN[m.group(1)], parts[index])
        parts[index] = _FR_FUTURE_AFTER_SUBJECT.sub(lambda m: m.group(1) + m.group(2) + ("ait" if m.group(3) == "a"
                                                                                          else "aient"), parts[index])
    return "".join(parts)


# A verb in the future after its subject (a pronoun, a noun, a name), its negation and object
# pronouns between: « elle enverra », « l'entreprise enverra », « il ne vous appellera », « ils seront ».
_FR_FUTURE_AFTER_SUBJECT = re.compile(r"(\b(?:[Ee]lle|[Ii]l|[Ee]lles|[Ii]ls|(?:[Ll]e|[Ll]a|[Ll]es|[Ll]['’])\s?[\w-]+|"
                                      r"(?-i:(?!(?:La|Le|Les|Un|Une|Des|Ce|Cette|Ces)\b)[A-Z][\w’'-]+)(?:\s(?-i:[A-Z][\w’'-]+)){0,2})"
                                      r"\s+(?:ne\s+|n['’])?(?:(?:nous|vous|les|leur|lui|le|la|"
                                      r"l['’]|y|en|se|s['’])\s*)*)((?-i:[a-zàâçéèêëîïôûù])\w*?[^\Wéè]r)(a|ont)\b(?![-’'])")


def english_told_then(text: str) -> str:
    """An update's sentences in the past of the day they were posted, quotations as written."""
    parts = re.split(r"(“[^”]*”|\"[^\"\n]*\")", text)
    for index in range(0, len(parts), 2):
        part = parts[index]
        for pattern, instead in _EN_THEN:
            if instead is None:
                part = pattern.sub(lambda m: _EN_SIMPLE_PAST[m.group(1)], part)
            else:
                part = pattern.sub(instead, part)
        parts[index] = part
    return "".join(parts)
