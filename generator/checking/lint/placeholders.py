"""Stage 2, checks: template slots and draft notes left in published text, found by their
syntax. What no finished statement contains is certain (`{client}`, `{{ville}}`, `[DATE]`,
`<name>`, `%ORG%`, `%s`, `$DATE`, `XX:XX`, `XX/XX`, `JJ/MM/AAAA`, `??`, `***`, TODO, lorem ipsum): an error. What a finished
statement may say on purpose ("times TBC", « horaires à confirmer ») is a warning.

`onevoice translate` writes each text still to translate after a marker in the target language
(`[À TRADUIRE] We are sorry…`, `[TO TRANSLATE] Nous sommes désolés…`): the marker and the
source text after it, to the end of its line, are one slot, quoted whole in the message."""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass

# Formatting tags: `<b>` written in a statement is shown as text, but it is markup, not a slot.
_HTML_TAGS = (r"a|b|i|u|p|s|br|hr|em|strong|span|div|sup|sub|small|code|pre|ul|ol|li|img|table|tr|td|th|"
              r"h[1-6]|blockquote|abbr|mark|del|ins|q|cite|kbd|var|samp|wbr|nav|section|article|header|"
              r"footer|main|aside|figure|figcaption|details|summary|label|button|input|form|select|option")
# Words that make a bracketed phrase a slot: "[insert date]", "[CUSTOMER NAME]", « [heure de fermeture] ».
SLOT_WORDS = frozenset("""
    insert add enter fill name date time hour day number figure amount link url address phone email e-mail
    month year week city town country company organisation organization customer client product place location count total
    website domain handle explain describe detail check verify confirm
    percentage x tbd tbc todo quote spokesperson role title brand site region store shop branch
    nom prénom heure jour mois année semaine lien adresse téléphone tél numéro chiffre montant ville pays société entreprise
    organisme produit lieu nombre pourcentage insérer ajouter compléter indiquer préciser citation porte-parole
    fonction titre marque agence magasin enseigne région commune département domaine expliquer décrire détailler
    vérifier reformuler awaiting pending cause reason details
    attente raison détails
""".split())
# Bracketed tags some teams put at the start of a post: labels, not slots.
TAG_WORDS = frozenset("""
    update updated recall resolved urgent info important alert correction edit new breaking live solved closed
    fixed outage incident maintenance status sic warning notice reminder
    maj rappel alerte résolu rectificatif nouveau urgence avis attention mise à jour
""".split())


# The marker `onevoice translate` puts before each source text, per target language. Any of
# them is found in any file, in any case ("[à traduire]"), accents optional.
TRANSLATION_MARKERS: dict[str, str] = {"en": "[TO TRANSLATE]", "fr": "[À TRADUIRE]", "de": "[ZU ÜBERSETZEN]"}
# The suggestion for a text still marked, in the language of the file it is in.
TRANSLATION_HINTS: dict[str, str] = {
    "en": "Translate the text after the mark into English and remove the mark [TO TRANSLATE].",
    "fr": "Traduisez en français le texte qui suit la marque, puis supprimez la marque [À TRADUIRE].",
    "de": "Übersetzen Sie den Text nach der Marke ins Deutsche und entfernen Sie die Marke [ZU ÜBERSETZEN].",
}
_TRANSLATION = re.compile(r"\[\s*(?:to\s+translate|[àa]\s+traduire|zu\s+[üu]e?bersetzen)\s*\][^\n]*", re.IGNORECASE)


def is_translation_slot(words: str) -> bool:
    """Whether a slot's words are a marked text (the marker opens them)."""
    return _TRANSLATION.match(words) is not None


def has_translation_slots(text: str) -> bool:
    """Whether a file still has text marked for translation (`onevoice translate`)."""
    return _TRANSLATION.search(text) is not None


@dataclass(frozen=True, slots=True)
class Slot:
    pattern: re.Pattern[str]
    certain: bool  # True: an error; False: a warning (a finished statement may say it)


def _slot(pattern: str, certain: bool = True, flags: int = 0) -> Slot:
    return Slot(re.compile(pattern, flags), certain)


SLOTS: tuple[Slot, ...] = (
    Slot(_TRANSLATION, True),  # [À TRADUIRE] the source text, to the end of the line
    # {client}, {{ville}}, ${name}: a name between braces (CSS `{ color: red }` is not one).
    # (Never one named as the fault we own: "The {client} tag in yesterday's e-mail was a mail-merge
    # error", « La balise {client} apparue dans le courriel ».)
    _slot(r"(?<!balise )(?<!champ )(?<!variable )(?:\{\{?\s*[^\W\d][\w .'’-]{0,40}?\s*\}\}?|\$\{[^{}\n]{1,40}\})"
          r"(?!\s+(?:tag|field|placeholder|variable|merge field|marker)s?\b)"),
    # a template filter: {contact_date|default('soon')}
    _slot(r"\{\{?\s*[^\W\d][\w.]{0,40}\s*\|\s*\w+(?:\([^(){}\n]{0,40}\))?\s*\}\}?"),
    _slot(r"%[A-Za-zÀ-ÿ_][\wÀ-ÿ -]{0,30}%"),  # %ORG%
    # %s, %d, %(date)s: a programmer's slot, never a figure ("12 %", "5%s" is no word either).
    _slot(r"(?<![\w%])%(?:\([\w]{1,30}\))?[sd](?![\w%])"),
    _slot(rf"<(?!/|!|(?:{_HTML_TAGS})\b[^<>]*>)(?![^<>]*=)[^<>\n\d\s][^<>\n]{{0,40}}>"),  # <name>
    _slot(r"\b(?:XX|xx)[:h.](?:XX|xx)\b|\b(?:XX|xx)\s?h\b"),  # XX:XX, XXh
    _slot(r"\b[Xx]\.[Xx](?:\.[Xx])+\b|\b(?:version|v)\s?[Xx]\.[Xx]\b"),  # version X.X.X of the firmware
    _slot(r"\b(?:JJ|DD)/(?:MM)(?:/(?:AAAA|YYYY|AA|YY))?\b"),  # JJ/MM/AAAA
    _slot(r"\b(?:HH|hh)\s?(?::|h|H)\s?(?:MM|mm)\b"),  # HH:MM, HH h MM
    # NNN, N,NNN, X,XXX, XX %: a figure still to come (letters where the digits go)
    _slot(r"\b(?:N{3,}|N{1,3}(?:[,.\u00a0\u202f ]N{3})+|X{1,3}(?:[,.\u00a0\u202f ]X{3})+)\b|\b(?:XX|NN)\s?%"),
    _slot(r"(?<![\w#])#{2,}(?![\w#])(?=\s*\w)"),  # "## agents" for a number
    _slot(r"(?<![\w#])#{1,2}/#{1,2}(?:/(?:#{2,4}|\d{2,4}))?(?![\w#])"),  # ##/##/2026 for a date
    # "within N working days", « sous X jours »: one capital letter for a number of days or hours.
    _slot(r"(?<![\w.])[NX]\s+(?:(?:working|business|calendar|full)\s+)?"
          r"(?:minutes?|hours?|days?|weeks?|months?|heures?|jours?|semaines?|mois)\b"),
    # "we blocked N accounts", « N comptes compromis »: a lone capital N where a count goes (X is
    # the platform's name: "X posts" stays)
    # (after a word in lower case: "Plan N applies" names a plan)
    _slot(r"(?<=[a-zà-ÿ,] )(?<![A-Z][a-z] )(?<![A-Z][a-z]{2} )(?<![A-Z][a-z]{3} )(?<![A-Z][a-z]{4} )"
          r"N(?=\s+[a-zà-ÿ]{3,}s\b)"),
    _slot(r"\b(?:XX|xx)/(?:XX|xx)(?:/(?:XXXX|xxxx|XX|xx|AAAA|YYYY|\d{2,4}))?\b"),  # XX/XX for a date
    _slot(r"\b(?:0\d|XX)(?:[\s.\u00a0](?:XX|xx)){3,}\b"),  # 01 XX XX XX XX for a phone number
    _slot(r"(?<![\w$])\$[A-Z][A-Z_]{2,}\b"),  # $DATE, $CLIENT_NAME (a figure in dollars has digits)
    # "within ?? km", "?? %": two marks standing where a figure goes ("What?? No." is no slot)
    _slot(r"(?:(?<=\s)|^)\?\?(?!\?)(?=\s*[\w%€$£])"),
    _slot(r"(?<![\w*])\*{3,}(?![\w*])"),  # "led by *** will report": stars where a name goes
    _slot(r"\b(?:INSERT|ADD|ENTER|INSÉRER|AJOUTER|INDIQUER)\s+[A-ZÀ-Þ]{2,}(?:\s+[A-ZÀ-Þ]{2,})*\b"),  # INSERT CLUB NAME
    _slot(r"\b(?:TODO|FIXME|XXX+)\b"),
    # "within XX working days", "NN tonnes", "XX €", "line XX can…", "flight XX123": two capitals
    # where a figure or a code goes.
    _slot(r"\b(?:XX|NN)(?=\d|\s+(?:[a-zà-ÿ]|[€£$%]))"),
    # __HOTEL_NAME__, *|FNAME|* (Markdown reads them as emphasis: HOTEL_NAME, |FNAME|)
    _slot(r"(?<![\w_])__[A-Za-z][A-Za-z_]*__(?![\w_])|\*?\|[A-Z_]{2,}\|\*?"),
    # HOTEL_NAME, NOM_DU_CLIENT, DATE_VERSEMENT: a field name (ERR_TIMEOUT is an error code)
    _slot(r"\b(?=[A-Z]+_[A-Z_]*\b)(?:[A-Z]+_)*(?:NAME|NOM|PRENOM|DATE|CLIENT|CUSTOMER|CITY|VILLE|NUMBER|NUMERO|"
          r"EMAIL|PHONE|TEL|LINK|LIEN|URL|HOTEL|PRODUCT|PRODUIT|AMOUNT|MONTANT|ADDRESS|ADRESSE|ORG|COMPANY)"
          r"(?:_[A-Z]+)*\b"),
    _slot(r"(?<=[\d:£$€])\?\?|\?\?(?=:)|\bQ\?(?=\s*\d|\s*$)"),  # 14:??, ??:??, £??, Q? 2025
    _slot(r"(?<![\w$])\$[a-z][a-z_]{2,}\b"),  # $date
    _slot(r"\bXx{3,}\b|\b(?:Prénom\s+Nom|Nom\s+Prénom|First[ _]?[Nn]ame\s+Last[ _]?[Nn]ame)\b"),  # Dr Xxxxx
    _slot(r"\b(?:Prénom\s+NOM|PRÉNOM\s+NOM|NOM\s+Prénom|First[ _]?name\s+LAST[ _]?NAME|Firstname\s+LASTNAME)\b"),
    _slot(r"\?\?/\?\?(?:/\?{2,4})?|(?<![\w-])--[:h]--(?![\w-])"),  # « détectée le ??/?? », « reporté à --:-- »
    _slot(r"(?:(?<=\s)|^)\*\*(?=\s|$|[.,;)])"),  # "du ** au **": stars where a date goes
    _slot(r"(?<![\w.,])0{5,}(?![\w.,])"),  # order no. 000000
    # "Quote from the CEO to follow", « citation à venir », « NDLR : … », "NB for Sophie: …"
    _slot(r"\b(?:quote|statement|citation)\b[^.()\n]{0,40}\b(?:to follow|to come|à venir|à suivre)\b|\(\s*NDLR\b|"
          r"^NB\s+(?:pour|for|to)\s+[A-Z]", flags=re.IGNORECASE),
    # A note in brackets to the writer: « (à finaliser) », "(check with legal)", « (détailler ici…) »
    _slot(r"\(\s*(?:à\s+(?:finaliser|valider|vérifier|détailler|reformuler)|détailler|vérifier|reformuler|expliquer|"
          r"check with|confirm with|verify|explain here|describe here)\b[^()\n]{0,80}\)", flags=re.IGNORECASE),

    _slot(r"\blorem\s+ipsum\b", flags=re.IGNORECASE),
    _slot(r"_{3,}"),  # a blank to fill
    _slot(r"\?{3,}"),
    _slot(r"\b(?:insert|add|enter)\s+(?:the\s+)?(?:\w+\s+){0,3}here\b", flags=re.IGNORECASE),
    # « Montant : à remplir », « (à compléter) », « À RENSEIGNER »: a note where a fact goes. Never the
    # verb at work, « a servi à remplir le lot 26K14 », « le formulaire à remplir est en ligne ».
    _slot(r"(?:(?<=[:(\[])|(?<=[:(\[–—]\s)|^)\s*à\s+(?:compléter|remplir|insérer|renseigner)\b", flags=re.IGNORECASE),
    _slot(r"\bÀ\s+(?:COMPLÉTER|REMPLIR|INSÉRER|RENSEIGNER)\b|\bplaceholder\b"),
    # « Le montant est à compléter. » may be one (a form that is « à remplir. » is not).
    _slot(r"(?<!formulaire )(?<!questionnaire )(?<!fiche )(?<!case )(?<!champ )(?<!demande )(?<!déclaration )"
          r"\bà\s+(?:compléter|remplir|insérer|renseigner)\s*(?=[.;)\]]|$)", certain=False, flags=re.IGNORECASE),
    _slot(r"\b(?:TBD|TBC|TBA)\b", certain=False),
    # "(link to be added)", "(figures to be confirmed)": a note that something is still missing
    _slot(r"\((?:[^()\n]{0,30}\s)?(?:to be|still to be) (?:added|inserted|confirmed|completed|provided|supplied|sent|"
          r"agreed|decided|checked|finali[sz]ed|validated)\b[^()\n]{0,60}\)", certain=False, flags=re.IGNORECASE),
    _slot(r"\bà\s+(?:confirmer|préciser|définir|déterminer)\s*(?:[.;:)]|$)", certain=False, flags=re.IGNORECASE),
)


_BRACKETS = re.compile(r"\[([^\[\]\n]{1,60})\](?![(\[:])")
_WORD = re.compile(r"[^\W\d]+(?:[-'’][^\W\d]+)*")


def _bracket_slot(content: str) -> bool | None:
    """Whether a bracketed text is a slot: True (certain), False (maybe: one word in capitals,
    "[CDN]"), None (not a slot: "[sic]", "[UPDATE]", a list of names "[POS, ECOM, API]")."""
    words = [w.casefold() for w in _WORD.findall(content.replace("_", " "))]
    if not words:
        return None
    if content.rstrip().endswith("?") and len(words) >= 2:
        return True  # "[other regulators?]", « [autorité compétente ?] »: a question to the writer
    if any(w in SLOT_WORDS for w in words) and not all(w in TAG_WORDS for w in words):
        return True
    capitals = content.upper() == content and any(c.isalpha() for c in content)
    if all(w in TAG_WORDS for w in words):
        return None
    if "," in content:
        # "[POS, ECOM, API]" lists names; "[WHAT HAPPENED, SINCE WHEN]" is a slot to fill.
        phrases = [_WORD.findall(item) for item in content.split(",")]
        return True if capitals and any(len(words) >= 2 for words in phrases) else None
    if capitals and len(words) >= 2:
        return True  # [NOM DU PORTE-PAROLE], [CUSTOMER_ID]
    return False if capitals else None


def slots(text: str) -> Iterator[tuple[int, int, bool]]:
    """Every slot in `text`: (start, end, certain), in text order, without overlaps."""
    found = [(m.start(), m.end(), slot.certain) for slot in SLOTS for m in slot.pattern.finditer(text)]
    for match in _BRACKETS.finditer(text):
        verdict = _bracket_slot(match.group(1))
        before, after = text[max(0, match.start() - 1):match.start()], text[match.end():match.end() + 2]
        if verdict is None and _WORD.fullmatch(match.group(1).strip()) and (
                before in ("@", ".", "/") or re.match(r"@|\.[^\W\d]", after)):
            verdict = True  # glued into an address: "registry@[university].ac.uk", « www.[ville].fr »
        if verdict is not None:
            found.append((match.start(), match.end(), verdict))
    # Where two slots start at the same place, the longer one wins: "[À TRADUIRE] We are…"
    # is one slot, not the bracket alone.
    found.sort(key=lambda slot: (slot[0], -slot[1]))
    end_of_last = -1
    for start, end, certain in found:
        if start >= end_of_last:
            end_of_last = end
            yield start, end, certain
