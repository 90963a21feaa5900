"""Renderer stage, one place for each derived fact every output states: the kind of crisis,
when the problem began, the next-update promise and whether it is late, the status in plain
words, the affected list in running text, each update's text with its corrections, the
sentences that carry the news, the advice and the apology. In: one statement, the settings
and the clock. Out: a `Brief`, read by the copies, the press release and the documents, so
no two outputs can work a fact out differently."""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Any
from dataclasses import dataclass
from datetime import datetime, timedelta
from functools import cached_property
from itertools import pairwise, takewhile

from generator.core.catalogues import english_table, translatable, translated
from generator.rendering import corrections
from generator.rendering import roles
from generator.rendering.deadlines import without_passed_promise
from generator.core.markup import is_ditto, plain_items, table_row_plain, table_rows, tables

from generator.core.model import Correction, Settings, Statement, Update
from generator.rendering.moments import by_moment, day_words, moment_words, time_words
from generator.reading.kinds import cyberattack, impersonation, kind, title_overtaken

# A bare answer to the heading "What you should do": it means nothing without it.
_NOTHING = re.compile(r"^(?P<lead>[^,.:]{2,40},\s*)?(?:nothing(?: at all)?|none|no action(?: is)? needed|rien(?: du "
                      r"tout)?|aucune action(?: n'est nécessaire)?)(?:\s*[.!]|(?P<colon>[\s\u00a0\u202f]*:\s)|"
                      r"(?P<unless>,\s*(?:unless|except|sauf)\b)|"
                      # "Nothing, if you travelled or have a booking: your booking is safe"
                      r",\s*(?P<cond>(?:if|si)\b[^:.;]{3,120}?)(?=[\s\u00a0\u202f]*[:.]))",
                      re.IGNORECASE)

# "We will publish the findings here": off the page, "here" is our website (the status site is the organisation's own).
HERE_PUBLISHED = {
    "en": (re.compile(r"\b((?:publish|post|share|report|tell you|update you|announce)\w*\b[^.:;]{0,60}?) here\b",
                      re.IGNORECASE), r"\1 on our website"),
    "fr": (re.compile(r"\b((?:publi\w*|indiquerons|dirons|annoncerons|informerons|tiendrons|rendrons compte|"
                      r"communiquerons|partagerons)\w*\b"
                      r"[^.:;]{0,60}?) ici\b", re.IGNORECASE), r"\1 en ligne"),  # « nous en publierons en ligne les conclusions »
    "de": (re.compile(r"\b((?:veröffentlich|bericht|inform|teil|geb)\w*\b[^.:;]{0,60}?) hier\b", re.IGNORECASE),
           r"\1 auf unserer Statusseite"),
}


# The lots a sentence points at in the table ("one of the batch codes below", « l'un des numéros de
# lot ci-dessous »).
_CODES_POINTED = {
    "en": re.compile(r"\b((?:one|any|either) of the|the) ((?:batch|lot|serial) (?:codes?|numbers?)|lots|batches) "
                     r"(?:(?:listed|shown|given) )?(?:below|above|in the table(?: below| above)?)\b", re.IGNORECASE),
    "fr": re.compile(r"\b(l['’]un des|un des|les|des) ((?:codes?|numéros?) de lots?|lots) (?:(?:indiqués|listés|mentionnés) )?"
                     r"(?:ci-dessous|ci-dessus|(?:dans|du) (?:le )?tableau(?: ci-dessous| ci-dessus)?)", re.IGNORECASE),
}

# Words about the page a statement is read on, false in a post, an e-mail or a release.
# What names a page other than the statement's: « cette page de suivi », « cette page Facebook ».
_OTHER_PAGE = r"(?!\s+(?:de|du|des|d['’])\s?(?!information\b)\w)(?!\s+(?-i:[A-ZÉ]))(?!\s+(?:frauduleuse|fausse|piratée|suspecte)\b)"

_ON_PAGE = {
    # ("We are closing this incident page": a post or a text has no page to close, and "we are
    # closing this incident" would close the matter while inquiries are open: it is the last update.)
    "en": ((re.compile(r"\b(?:we are|we're|we have|we've) (?:now )?clos(?:ing|ed) (?:this|the|our) (?:incident|statement) page\b",
                       re.IGNORECASE), lambda found: "This is our last update" if found.group(0)[:1].isupper()
           else "this is our last update"),
           (re.compile(r"\b(clos(?:e|es|ed|ing)) (?:this|the|our) (incident|statement) page\b", re.IGNORECASE), r"\1 this \2"),
           # "This is our last update on this page": on this incident (never "on our website",
           # which would say the site stops)
           (re.compile(r"\b((?:last|final) update) (?:on|to) this page\b", re.IGNORECASE), r"\1 on this incident"),
           (re.compile(r"\b(?:on|in) this page\b", re.IGNORECASE), "on our website"),
           (re.compile(r"\b(?:on|in) this statement\b", re.IGNORECASE), "in our statement"),
           # "We will update this page as soon as we learn more": the page is our website
           (re.compile(r"\b(update|updating|updated) this page\b", re.IGNORECASE), r"\1 our website"),
           (re.compile(r"\bsee (?:above|below)\b", re.IGNORECASE), "see our website"),
           # "the table above", never "the only one above the rating allowed" (a comparison: a
           # noun phrase, a figure or "what" follows)
           (re.compile(r"\b((?:[Tt]he|[Oo]ur) [\w -]{1,40}?) (?:above|below)\b(?!\s+(?:the|a|an|our|their|its|this|that|these|"
                       r"those|what|\d|normal|average|zero|freezing|expected|usual|legal|safe|standard|limit|level|"
                       r"threshold|target|[\w-]+ (?:limits?|levels?|thresholds?)))", re.IGNORECASE),
            r"\1 on our website"),
           (re.compile(r"\b((?:described|listed|mentioned|shown|given|set out|explained|detailed) )(?:above|below)\b",
                       re.IGNORECASE), r"\1on our website"),
           # ("send us your statement (details below)": "(details on our website)")
           (re.compile(r"\b(?:above|below)\b(?=[.,;:)])", re.IGNORECASE), "on our website"),
           # "If they are in the table, stop using it": the table is on the page only.
           (re.compile(r"\b((?:in|from|against|with) the table)\b(?! on our website| of contents)", re.IGNORECASE),
            r"\1 on our website")),
    "fr": ((re.compile(r"\b(clôtur\w+|ferm\w+) (?:cette|la|notre) page d['’](incident|information)\b", re.IGNORECASE),
            lambda m: f"{m.group(1)} cet incident" if m.group(2).lower() == "incident" else m.group(0)),
           # « C'est notre dernière mise à jour sur cette page » : sur cet incident
           (re.compile(r"\b((?:dernière|ultime) mise à jour|dernier point) sur cette page\b", re.IGNORECASE),
            r"\1 sur cet incident"),
           # (Never another page named by its complement: « cette page de suivi », « cette page Facebook ».)
           (re.compile(r"\bsur cette page\b" + _OTHER_PAGE, re.IGNORECASE), "sur notre page d'information"),
           (re.compile(r"\bcette page(?= à jour\b)|(?<=\bà jour )cette page\b", re.IGNORECASE), "notre page d'information"),
           (re.compile(r"\b(?:dans )?cette déclaration\b", re.IGNORECASE), "notre déclaration"),
           # « Toutes les heures de cette page sont en heure française » (any other « cette page »)
           (re.compile(r"\bcette page\b(?! (?:d['’]information|web))" + _OTHER_PAGE, re.IGNORECASE),
            "notre page d'information"),
           (re.compile(r"\bvoir (?:ci-dessus|ci-dessous|plus haut|plus bas)\b", re.IGNORECASE),
            "voir notre page d'information"),
           # (Never a comparison: « son salaire est plus bas qu'il ne devrait l'être », « plus haut que prévu ».)
           (re.compile(r"\b(?:ci-dessus|ci-dessous|(?:(?<!est )(?<!sont )(?<!était )(?<!étaient )(?<!a été )"
                       r"(?:plus haut|plus bas)(?![\s\u00a0]+(?:que|qu['’])\b)))\b", re.IGNORECASE),
            "sur notre page d'information"),
           # (« le tableau de bord » is a product's dashboard, not the page's table)
           (re.compile(r"\b((?:dans|avec|d'après) le tableau)\b(?! sur notre page| de notre page| de bord| d['’]affichage)",
                       re.IGNORECASE),
            r"\1 de notre page d'information")),
}


# Another page the statement speaks of ("the payment page of our booking site", « la page de paiement
# de notre site »): "this page" near it is that page, never our status page.
_ANOTHER_PAGE = {
    "en": re.compile(r"\b(?:payment|checkout|login|log-in|sign-in|booking|order|account|web|landing|home|donation|"
                     r"registration|product)\s+page\b", re.IGNORECASE),
    "fr": re.compile(r"\bpage\s+(?:de|d['’])\s?(?!information\b|incident\b|suivi\b|statut\b|état\b)\w|\bpage\s+web\b",
                     re.IGNORECASE),
}
# The generic "this page" rewrites, which another page named nearby makes wrong.
_GENERIC_PAGE = {"en": re.compile(r"\bthis page\b", re.IGNORECASE), "fr": re.compile(r"\bcette page\b", re.IGNORECASE)}


def off_page(text: str, lang: str, context: str = "") -> str:
    """A statement's words for another medium: "on this page" says where ("on our website"),
    and so does "we will publish the findings here". `context`: the text around a sentence
    quoted alone, where another page may be named ("…aucun mot de passe n'était stocké sur cette
    page", the payment page of the sentence before, never « notre page d'information », kit 59)."""
    other = _ANOTHER_PAGE.get(lang)
    another = other is not None and other.search(f"{context} {text}") is not None
    for pattern, words in _ON_PAGE.get(lang, ()):
        if another:
            def kept(found: re.Match[str], words: Any = words) -> str:
                if _GENERIC_PAGE[lang].search(found.group(0)):
                    return found.group(0)  # (that other page, as written)
                return words(found) if callable(words) else found.expand(words)

            text = pattern.sub(kept, text)
        else:
            text = pattern.sub(words, text)
    if lang in HERE_PUBLISHED:
        pattern, words = HERE_PUBLISHED[lang]

        def here(found: re.Match[str]) -> str:
            # Inside quotation marks, someone's words stay theirs: the place goes in brackets, as
            # editors do ("we will tell you here [on our website]", never a reworded quote, kit 59).
            before = found.string[:found.start()]
            if before.count("«") > before.count("»") or before.count("“") > before.count("”") or before.count('"') % 2:
                return f"{found.group(0)} [{found.expand(words).removeprefix(found.group(1)).strip()}]"
            return found.expand(words)

        text = pattern.sub(here, text)
    return text


# "…and will update this page by 22:00": a promise inside a sentence that says more. Once kept
# or passed it is never printed as ahead; the rest of the sentence stays.
_PAGE_PROMISE = re.compile(r",? (?:and|et) (?:we |nous )?(?:will (?:update|post an update on) (?:this page|here)|"
                           r"mettrons (?:cette page|ici) à jour|publierons un point (?:ici|sur cette page))[^.;]*")


# A sentence that is only a label and a link: "Details: https://…", « Plus d'informations : … ».
_LINK_ONLY = re.compile(r"^(?:[\w'’-]+\s+){0,3}[\w'’-]+\s*:\s*(?:https?://|www\.)\S+$", re.IGNORECASE)


# A French item that follows its lead-in's colon takes no capital (« Maintenant que l'avis est
# levé : laissez couler l'eau… »): an imperative, an article, a pronoun; never a name.
_FR_AFTER_COLON = re.compile(r"(?:\w+ez|Ne|N['’]|Si|S['’]|Vous|Nous|Le|La|Les|L['’]|Un|Une|Des|En|Pour|Avant|Après|Jusqu['’])"
                             r"(?=[\s'’])")


_NEVER_HEADING = re.compile(r"\b(?:never|jamais|nie(?:mals)?)\b", re.IGNORECASE)


def _list_in_one(markdown: str) -> str:
    """A lead-in and the list under it as one sentence ("…for: your password; a code you
    received by text; your card number."): each item alone says nothing of the lead's "never"."""
    def joined(match: re.Match[str]) -> str:
        items = [re.sub(r"^\s*(?:[-*+]|\d+[.)])\s+", "", line).strip().rstrip(";,.") for line in
                 match.group(2).splitlines() if line.strip()]
        return f"{match.group(1)} {'; '.join(items)}.\n\n"
    return re.sub(r"([^\n]*:)[ \t]*\n(?:[ \t]*\n)?((?:[ \t]*(?:[-*+]|\d+[.)])[ \t]+[^\n]+\n?)+)", joined, markdown)


_EN_ORDER = re.compile(r"(?:Tell|Call|Change|Check|Contact|Keep|Stop|Use|Go|Send|Ask|Bring|Return|Register|Visit|Follow|"
                       r"Make|Take|Run|Throw|Empty|Wait|Read|Do|Don['’]t|Never|Write|Reset|Update|Delete|Block)\b")


def _with_lead_ins(items: list[str], lang: str = "en") -> list[str]:
    """"Until your car has been repaired:" with the first item under it: cut from it, the
    lead-in says nothing ("Until your car has been repaired:" alone ends a post). The items
    after it, written as one sentence in pieces ("…see a doctor;" / "drink plenty of water…;"),
    each stand as a sentence of their own: joined, they make one sentence too long for any post,
    which a thread would cut in the middle."""
    joined: list[str] = []
    for item in items:
        if joined and (joined[-1].rstrip().endswith((":", "?")) or _LINK_ONLY.match(item.strip())):
            # (and "Details: https://…" goes with the sentence it gives the details of; "Were you
            # on board?" with the advice it asks for: alone, a question ends a post unanswered)
            if lang == "fr" and joined[-1].rstrip().endswith(":") and _FR_AFTER_COLON.match(item):
                item = item[:1].lower() + item[1:]
            elif lang == "en" and joined[-1].rstrip().endswith(":") and _EN_ORDER.match(item):
                item = item[:1].lower() + item[1:]  # ("Then: tell your bank…", an order that goes on the sentence)
            joined[-1] = f"{joined[-1].rstrip()} {item}"
        elif joined and re.search(r"[;,]$", joined[-1].rstrip()) and re.match(r"(?:ou|or|soit|either)\b", item):
            # (An alternative goes on the same sentence: "…by bank transfer within 10 days; or in
            # the shop…", never « Ou dans le magasin… » alone, under another lead-in.)
            joined[-1] = f"{joined[-1].rstrip().rstrip(';,').rstrip()}, {item}"
        elif joined and re.search(r"[;,]$", joined[-1].rstrip()) and item[:1].islower():
            joined[-1] = re.sub(r"\s*[;,]$", ".", joined[-1].rstrip())
            joined.append(item[:1].upper() + item[1:])
        else:
            joined.append(item)
    if joined and re.search(r"[;,]$", joined[-1].rstrip()):
        joined[-1] = re.sub(r"\s*[;,]$", ".", joined[-1].rstrip())
    return joined


def without_page_promise(sentence: str) -> str:
    return _PAGE_PROMISE.sub("", sentence)


# "…we broke that rule", « nous avons manqué à cette règle »: a noun the sentence before names.
_QUOTE_NAMES_BACK = re.compile(r"\b(?:that|this|these|those|cette|ces|cet) (?!(?:morning|afternoon|evening|week|weekend|"
                               r"year|month|time|day|night|matin|soir|après-midi|semaine|mois|année|journée|nuit|"
                               r"message|statement|communiqué|incident|crisis|crise)\b)(?:rule|promise|principle|"
                               r"commitment|trust|standard|pledge|duty|règle|promesse|principe|engagement|confiance|devoir)s?\b",
                               re.IGNORECASE)
# An apology that names its people with a pronoun: it needs the sentence before it.
# A quoted apology that leans on the sentence before it: "I know what that means, and I am sorry".
# Whom an apology is for, said by a pronoun at its end: "to each of them", « à chacune d'elles ».
_TO_THEM = re.compile(r"\s+(?:to (?:each|every one|all|both) of them|to them|à (?:chacune?|tous|toutes) d['’](?:elles|eux)|"
                      r"à (?:chacune?) d['’]entre (?:eux|elles)|à eux|à elles)(?=\s*[.!]?$)", re.IGNORECASE)
# A sentence that names its thing by pointing at the one before it: "take that key", « cette clé ».
_NAMED_BEFORE = re.compile(r"\b(?:that|this|these|those|cette|ces)\s+(?!(?:morning|evening|afternoon|night|week|year|"
                           r"matin|soir|semaine|année|nuit)\b)\w{3,}", re.IGNORECASE)
_QUOTE_POINTS_BACK = re.compile(r"\b(?:that|this|it|them|they|cela|ça|leur|leurs|les|eux)\b", re.IGNORECASE)
# Quotation marks per language, one place for every output that quotes the leader.
QUOTE_MARKS: dict[str, tuple[str, str]] = {"en": ("“", "”"), "fr": ("«\u00a0", "\u00a0»"), "de": ("„", "“")}
# A word that draws a sentence from the one before it ("may therefore have been", « a donc été »).
_THEREFORE = re.compile(r",?\s+(?:therefore|thus|consequently|donc|par conséquent)\b,?(?=\s)", re.IGNORECASE)
# A sentence whose subject is a pronoun ("It was lifted for Vuillerens", « Elle a été levée »).
_PRONOUN_SUBJECT = re.compile(r"^\W*(?:it|they|this|these|those|il|elle|ils|elles|cela|ceci)\b(?!\s+(?:is|was|est|a été) "
                              r"(?:not |pas )?(?:possible|likely|important|clear|sure|certain|vrai|sûr|clair)\b)",
                              re.IGNORECASE)
# A sentence that adds to the one before it ("We also know…", « Nous savons aussi… »).
_ALSO = {"en": re.compile(r"\b(?:also|as well)\b", re.I), "fr": re.compile(r"\b(?:aussi|également)\b", re.I)}
# ("her" as an object, "we apologised to her"; not the possessive of a person the sentence
# names, "the passenger and her daughter".)
# ("We are sorry for that.": what it is sorry for is the sentence before.)
_POINTS_BACK = {"en": re.compile(r"\b(?:them|they|their|him|her(?=\s*(?:[.,;:!?)]|$|(?:and|or|to|for|in|on|at|with|by|"
                                 r"from|that|when|as|because|again|today|yesterday|personally|directly|in person)\b)))\b|"
                                 r"\b(?:for|about) that(?=\s*[.!]?\s*$)", re.I),
                "fr": re.compile(r"\b(?:leur|leurs|lui|eux|elles)\b", re.I)}
# A first sentence that recalls an earlier announcement: background, not the news.
# A count in a title: figures ("3,412", « 3 lots »), or a small number in words ("seven people",
# « sept personnes »); never a day, a time or a year ("28 November", "14:12", "2026").
_NUMBER_WORDS = {w: n for n, ws in enumerate(
    ["", "", "two deux", "three trois", "four quatre", "five cinq", "six", "seven sept", "eight huit", "nine neuf",
     "ten dix", "eleven onze", "twelve douze"]) for w in ws.split()}
# (Lookbehinds take fixed widths: one for each English month name, "November 27" being a day.)
_AFTER_MONTH = "".join(f"(?<!{month} )" for month in ("January", "February", "March", "April", "May", "June", "July",
                                                      "August", "September", "October", "November", "December"))
_MONTH_WORDS = (r"january|february|march|april|may|june|july|august|september|october|november|december|janvier|"
                r"février|mars|avril|mai|juin|juillet|août|septembre|octobre|novembre|décembre")
_TITLE_FIGURE = re.compile(rf"(?<![\w:/.,])\d{{1,3}}(?:[,\u00a0\u202f ]\d{{3}})+(?![\w:/])|(?<![\w:/.,])"
                           rf"{_AFTER_MONTH}\d+(?![\w:/.,]|"
                           rf"\s?h\b|\s?(?:er\s)?(?:{_MONTH_WORDS})\b|"
                           # (the first day of a range: "on 8 and 9 December", « du 8 au 9 décembre »)
                           rf"(?:\s(?:and|or|to|et|ou|au)\s|\s?[–-]\s?)\d{{1,2}}(?:er)?\s(?:{_MONTH_WORDS})\b)"
                           rf"|\b(?:{'|'.join(_NUMBER_WORDS)})\b", re.IGNORECASE)
_ANY_FIGURE = re.compile(rf"\d{{1,3}}(?:[,\u00a0\u202f ]\d{{3}})+|\d+|\b(?:{'|'.join(_NUMBER_WORDS)})\b", re.IGNORECASE)
# What a title says once it is over: "refunded", "restored", « remboursés », « rétabli ».
_SETTLED = re.compile(r"\b(?:refunded|reimbursed|restored|resolved|fixed|back to normal|all safe|over|"
                      # "…: 186 people evacuated after the lift stopped" is true once the last one is down
                      r"evacuated|rescued|brought down|évacuée?s|secourue?s|ramenée?s au sol|"
                      r"rembours[ée]+s?|rétablie?s?|résolue?s?|réglée?s?|terminée?s?|levée?s?|corrigée?s?|"
                      r"de retour|revenue? à la normale|erstattet|behoben)\b", re.IGNORECASE)


def _number(figure: str) -> int:
    digits = re.sub(r"[,\u00a0\u202f ]", "", figure)
    return int(digits) if digits.isdigit() else _NUMBER_WORDS.get(figure.lower(), -1)


_LOT_COLUMN = re.compile(r"\b(?:lots?|batch(?:es)?|n° de lot|serial|séries?)\b", re.I)
_SERIAL_COLUMN = re.compile(r"\b(?:serial|séries?)\b", re.I)


def _as_code(text: str) -> str:
    """A range written as one code: "26U0001 to 26U6420" → "26U0001–26U6420" (an owner of 26U3000
    must find it there)."""
    return re.sub(r"\s+(?:to|à|au|-|–|—)\s+|(?<=\w)[–—](?=\w)", "–", text)
# Words that join a product's name without naming it: "of", « de », « pour ».
_LINK_WORDS = frozenset("of for with the a de des du d' d’ pour au aux à la le les".split())


def _name_words(name: str) -> set[str]:
    return {w.casefold() for w in re.findall(r"[\w-]+", name)} - _LINK_WORDS


def _numbers(text: str) -> set[int]:
    return {_number(f.group(0)) for f in _ANY_FIGURE.finditer(text)}


_MONTHS = (r"January|February|March|April|May|June|July|August|September|October|November|December|janvier|février|mars|"
           r"avril|mai|juin|juillet|août|septembre|octobre|novembre|décembre")
# Clock times and days of a month: "at 17:00", « 17 h 30 », "19 April", « 17 avril », "April 17".
_TIMES_AND_DAYS = re.compile(rf"\b\d{{1,2}}\s?[:h.]\s?\d{{2}}\b|\b\d{{1,2}}\s?h\b|\b\d{{1,2}}(?:er|st|nd|rd|th)?\s+(?:{_MONTHS})\b|"
                             rf"\b(?:{_MONTHS})\s+\d{{1,2}}\b", re.IGNORECASE)


def _counted(text: str) -> set[int]:
    """The figures `text` gives, but for clock times and days ("Next update on 19 April at
    17:00" never tells a count of 17)."""
    return _numbers(_TIMES_AND_DAYS.sub(" ", text))


def _without_figure(title: str, figure: str, lang: str = "en") -> str:
    """`title` without the words that give `figure`: its bracket ("(3 lots)"), else the part
    after a colon or a comma that holds it ("…: three halls evacuated, seven people injured"),
    else the figure alone ("details of 3,412 customers" → "details of customers")."""
    bracket = re.search(r"\s*\([^()]*" + re.escape(figure) + r"[^()]*\)", title)
    if bracket:
        return (title[:bracket.start()] + title[bracket.end():]).strip()
    parts = re.split(r"(\s*[:;—–]\s+|,\s+)", title)
    for index in range(2, len(parts), 2):
        if re.search(rf"(?<![\w]){re.escape(figure)}(?![\w])", parts[index]):
            # the part and the separator after it ("three halls evacuated, "), else the one before
            kept = parts[:index] + parts[index + 2:] if index + 1 < len(parts) else parts[:index - 1] + parts[index + 1:]
            return "".join(kept).strip(" ,:;—–")
    fig = rf"(?<![\w]){re.escape(figure)}"
    about = r"(?:(?:nearly|almost|about|around|over|more than|some|up to|près de|presque|environ|plus de|quelque)\s+)?"
    # A duration goes whole ("unavailable for nearly six hours on 26 November" → "unavailable on
    # 26 November"), never "for nearly hours".
    duration = re.search(rf"(?:\s+(?:for|during|by|of|pendant|durant|de))?\s+{about}{fig}\s+(?:hours?|minutes?|days?|weeks?|"
                         rf"heures?|jours?|semaines?)\b", title, re.IGNORECASE)
    if duration:
        return (title[:duration.start()] + title[duration.end():]).strip()
    # « dans quatre communes » → « dans des communes », « à 3 communes » → « aux communes »: a
    # French plural after a preposition takes its article.
    french = re.search(rf"\b(dans|pour|sur|chez|avec|par|entre|à)\s+{about}{fig}\s+", title, re.IGNORECASE)
    if french and lang == "fr":
        article = "aux " if french.group(1).lower() == "à" else f"{french.group(1)} des "
        return title[:french.start()] + article + title[french.end():]
    return re.sub(rf"{about}{fig}\s+", "", title, count=1)


# The page speaking of itself: "This statement is now closed; you can still write to…".
_PAGE_CLOSED = re.compile(r"^(?:this|the) (?:statement|incident|matter|page|episode|update) (?:is|has been) (?:now )?"
                          r"(?:closed|resolved)\b\s*(?:[;:,]\s*|\.\s*$|$)|^(?:ce|cet|cette|la|le) (?:suivi|déclaration|page|"
                          r"incident|communication|point) (?:est|a été) (?:désormais |maintenant )?(?:clos|close|clôturée?)\b"
                          r"\s*(?:[;:,]\s*|\.\s*$|$)|^diese (?:Erklärung|Meldung|Seite) ist (?:nun |jetzt )?(?:abgeschlossen|"
                          r"geschlossen)\b\s*(?:[;:,]\s*|\.\s*$|$)", re.IGNORECASE)


def without_page_talk(sentence: str) -> str:
    """The sentence without what the page says of itself ("This statement is now closed; you
    can still write to…" → "You can still write to…"); "" when that is all it says. A release or
    a reply is not the page."""
    rest = _PAGE_CLOSED.sub("", sentence, count=1).strip()
    if rest == sentence.strip():
        return sentence
    return rest[:1].upper() + rest[1:] if len(rest) > 3 else ""


_RECALLS_EARLIER = {
    "en": re.compile(r"^(?:on [^,]{3,40}?,? )?(?:we|our [\w ]{1,20}) (?:told|said|announced|informed|wrote to|notified)\b",
                     re.IGNORECASE),
    "fr": re.compile(r"^(?:le [^,]{3,40}?,? )?nous (?:vous )?(?:avons|avions) (?:annoncé|indiqué|informé|écrit|dit)\b",
                     re.IGNORECASE),
}
# "That was our failure, and we are sorry.": the apology owns what the sentence before it says.
# "We did not do it, and we regret it", « Nous ne l'avons pas fait, et nous le regrettons »: the
# apology owns a duty the sentence before it names.
_SAYS_THAT = {"en": re.compile(r"^(?:that|this|it) (?:was|is)\b|^we (?:did not|didn't|had not|hadn't) (?:do|done) "
                               r"(?:it|that|so)\b", re.IGNORECASE),
              "fr": re.compile(r"^(?:c['’](?:était|est)|cela (?:était|est)|ce fut)\b|"
                               r"^(?:nous|on) (?:ne |n['’])(?:l['’]|le |la |les )", re.IGNORECASE)}
_SORRY_FIRST = re.compile(r"^(?:we are |we're |i am |i'm )?(?:so |very |truly |deeply )?sorry\b|"
                          r"^(?:nous sommes |je suis )?(?:vraiment |sincèrement |profondément )?désolée?s?\b", re.IGNORECASE)
# An apology that names nothing: it is for the sentence before it.
_BARE_APOLOGY = re.compile(r"^(?:we are|we're|i am|i'm) (?:so |very |truly |deeply |sincerely )?sorry\.?$|"
                           r"^nous (?:en )?sommes (?:sincèrement |vraiment |profondément )?désolée?s\.?$|"
                           r"^(?:nous vous présentons|je vous présente) (?:nos|mes) excuses\.?$", re.IGNORECASE)
# An order not to eat or use the product, said of people: "must not eat these products", « ne
# doivent pas consommer ces produits ».
_MUST_NOT_EAT = re.compile(r"\b(?:must|should) not (?:eat|consume|use|drink|give|take)\b|\bne (?:doivent|doit|devez) "
                           r"(?:pas|en aucun cas) (?:les |le |la |l['’])?(?:consommer|manger|utiliser|boire|donner|prendre)\b",
                           re.IGNORECASE)
# A table's last row that adds up the others ("Total", "Ensemble"): not a product nor a lot.
_TOTAL_ROW = re.compile(r"(?:totals?|total général|sum|overall|all lots|ensemble|somme|tous les lots)\s*:?$", re.I)


@dataclass(frozen=True, slots=True)
class Promise:
    """The promised next update, as of now."""

    at: datetime | None  # None: none promised (or resolved)
    late_by: timedelta | None  # set when `at` is past and the statement is still open

    @property
    def ahead(self) -> bool:
        return self.at is not None and self.late_by is None


def promise(statement: Statement, now: datetime) -> Promise:
    """The next update promised, and how late it is when already past: every output asks
    here, so none prints a past promise as if it were still ahead."""
    if statement.resolved or statement.next_update is None:
        return Promise(None, None)
    late = now - statement.next_update
    return Promise(statement.next_update, late if late > timedelta(0) else None)


# Advice addressed to our own staff: "Penrose & Vale colleagues can also call…", « Les
# salariés de X peuvent joindre… ».
_FOR_STAFF = re.compile(r"^(?:[\w&'’. -]{0,40} )?(?:colleagues|employees|staff members|members of staff|our staff)\b"
                        r"[^.]{0,30}\b(?:can|may|should)\b|"
                        r"^(?:les |nos )?(?:collègues|salariée?s|collaborat(?:eurs|rices)|agents)\b(?: (?:de|d['’]) [\w&'’ -]{1,40})? "
                        r"(?:peuvent|doivent|pourront)\b", re.IGNORECASE)


def lateness_words(late: timedelta, lang: str, *, prose: bool = False) -> str:
    """`1 h 20 min` / `45 min`: how late a promise is; in English prose `1 hour 20 minutes`."""
    minutes = int(late.total_seconds() // 60)
    if minutes >= 60 * 24:
        days, hours = minutes // (60 * 24), minutes % (60 * 24) // 60
        one, several = _DAYS.get(lang, _DAYS["en"])
        counted = f"{days} {several if days > 1 else one}"
        if prose and hours:
            # "4 days and 13 hours": four and a half days is not "4 days" to a journalist.
            hour, hours_word, joined = _HOURS.get(lang, _HOURS["en"])
            counted += f" {joined} {hours} {hours_word if hours > 1 else hour}"
        return counted
    if prose:
        # « 17 h 20 min » reads as a clock time in French running text: words, as in English.
        hours, rest = divmod(minutes, 60)
        hour, hours_word, joined = _HOURS.get(lang, _HOURS["en"])
        minute, minutes_word = _MINUTES.get(lang, _MINUTES["en"])
        said = [f"{hours} {hours_word if hours > 1 else hour}"] if hours else []
        said += [f"{rest} {minutes_word if rest > 1 else minute}"] if rest else []
        return (" " if lang == "en" else f" {joined} ").join(said) or f"0 {minutes_word}"
    return f"{minutes // 60} h {minutes % 60:02d} min" if minutes >= 60 else f"{minutes} min"


_DAYS = {"en": ("day", "days"), "fr": ("jour", "jours"), "de": ("Tag", "Tage")}
_HOURS = {"en": ("hour", "hours", "and"), "fr": ("heure", "heures", "et"), "de": ("Stunde", "Stunden", "und")}
_MINUTES = {"en": ("minute", "minutes"), "fr": ("minute", "minutes"), "de": ("Minute", "Minuten")}


def lower_item(item: str, text: str = "") -> str:
    """An `affected` entry in running text: `Mobile app` → `mobile app`, while names in
    capitals (`CDN`, `ATMs`) or with capitals inside (`AccèsBoréal`, `Tomme des Monts du Forez`)
    stay as written, and so does a name the statement's `text` writes with its capital inside a
    sentence ("…in Keynsham and south-east Bristol": `Bristol`)."""
    words = item.split()
    if text and re.search(rf"(?<=[^.!?:\n] ){re.escape(item)}\b", text):
        return item
    if not words or not words[0][:1].isupper() or words[0].isupper() and len(words[0]) > 1:
        return item
    if any(c.isupper() for c in words[0][1:]):
        return item  # "ATMs", "AccèsBoréal", "iPhone"-like names keep their capitals

    if any(w[:1].isupper() for w in words[1:]) or PROPER_ADJECTIVE.match(words[0]):
        return item
    return item[:1].lower() + item[1:]


# English writes peoples, languages, days and months with a capital: "French payroll" stays so.
PROPER_ADJECTIVE = re.compile(
    r"(?:English|French|British|Irish|Scottish|Welsh|German|Dutch|Belgian|Swiss|Spanish|Italian|Portuguese|"
    r"European|American|Canadian|Quebec|Québec|Luxembourgish|Nordic|Polish|Austrian|Asian|African|Monday|Tuesday|"
    r"Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|May|June|July|August|September|"
    r"October|November|December)$")


PLAIN_STATUS: dict[str, dict[str, str]] = {
    # What the status means for customers, in words that claim nothing the text does not.
    "investigating": {"en": "We are investigating.", "fr": "Nous analysons la situation.",
                      "de": "Wir untersuchen die Lage."},
    "identified": {"en": "We know what is wrong and are working on it.",
                   "fr": "Nous savons d'où vient le problème et nous y travaillons.",
                   "de": "Wir wissen, woher das Problem kommt, und arbeiten daran."},
    "monitoring": {"en": "Measures are in place and we are watching closely.",
                   "fr": "Des mesures sont en place et nous suivons la situation de près.",
                   "de": "Maßnahmen sind umgesetzt und wir beobachten die Lage genau."},
    "resolved": {"en": "This is resolved.", "fr": "La situation est rétablie.", "de": "Das Problem ist behoben."},
}
# Short forms for subject lines and headers.
STATUS_PHRASE: dict[str, dict[str, str]] = {
    "investigating": {"en": "under investigation", "fr": "analyse en cours", "de": "wird untersucht"},
    "identified": {"en": "problem found, work under way", "fr": "problème trouvé, travaux en cours",
                   "de": "Problem gefunden, Arbeiten laufen"},
    "monitoring": {"en": "measures in place", "fr": "mesures en place", "de": "Maßnahmen umgesetzt"},
    "resolved": {"en": "resolved", "fr": "rétabli", "de": "behoben"},
}


def plain_status(status: str, lang: str) -> str:
    return PLAIN_STATUS[status].get(lang, PLAIN_STATUS[status]["en"])


def status_phrase(status: str, lang: str) -> str:
    return STATUS_PHRASE[status].get(lang, STATUS_PHRASE[status]["en"])


# The copies' own words around a statement's (message context `copy.*` in the catalogues).
COPY_WORDS: dict[str, str] = english_table(
    translatable("copy.correction_lead", "Correction, {day} at {time}:"),
    # Translators: {codes} lists the recalled lots (2611B14, 2611B15).
    translatable("copy.lots", "Recalled lots: {codes}."),
    translatable("copy.serials", "Serial numbers recalled: {codes}."),
    # Translators: the answer "Nothing." under "What you should do", said so it stands alone.
    translatable("copy.nothing_to_do", "you do not need to do anything"),
    # Translators: {when} is a day and a time (« 27 novembre à 18 h 00 »), without its article.
    translatable("copy.update_of", "our update of {when}"),
    # Translators: where a correction's "in this message" points; {update} is copy.update_of.
    translatable("copy.in_update", "in {update}"),
    translatable("copy.correction_to", "Correction to {update}:"),
    # Translators: who said a quoted apology, after it: {role} is the spokesperson's role.
    translatable("copy.quote_by", "— {name}, {role}"),
)
# The article before a moment's day that `copy.update_of` does without (« le 27 novembre », „am 27. November“).
_DAY_ARTICLE = {"fr": "le ", "de": "am "}


def _holds_any(text: str, values: list[str]) -> bool:
    """Whether `text` holds one of `values` as a word of its own (a withdrawn figure or code)."""
    return any(re.search(rf"(?<!\w){re.escape(v)}(?!\w)", text) for v in values)


def copy_word(key: str, lang: str, **values: str) -> str:
    text = translated(COPY_WORDS, f"copy.{key}", lang)
    return text.format(**values) if values else text


# "speak to me directly", « m'écrire »: the leader's own words, named for any other voice.
_ME = {
    "en": (re.compile(r"\b(speak|talk|write|reply|come|turn|go|get in touch)( directly)? (to|with) me\b"), r"\1\2 \3 {name}"),
    "fr": (re.compile(r"\bm['’](écrire|appeler|adresser)\b|\bme (joindre|contacter|parler|rencontrer|répondre)\b"), None),
}
_FR_ME_VERBS = {"écrire": "écrire à {name}", "appeler": "appeler {name}", "adresser": "s'adresser à {name}",
                "joindre": "joindre {name}", "contacter": "contacter {name}", "parler": "parler à {name}",
                "rencontrer": "rencontrer {name}", "répondre": "répondre à {name}"}


# "We will never ask…", « ne … jamais », „niemals“: the promise itself, not only a warning.
_NEVER = re.compile(r"\b(?:never|jamais|nie(?:mals)?)\b", re.IGNORECASE)


# "You have nothing to do", « Vous n'avez rien à faire »; and a sentence telling people not to act.
_NOTHING_TO_DO = re.compile(r"\b(?:nothing to do|(?:do not|don't) need to do anything|no action (?:is )?needed|"
                            r"rien à faire|aucune démarche)\b", re.IGNORECASE)
_IF_CLAUSE = re.compile(r"(?:if|si|s['’])\b", re.IGNORECASE)
# The order at the end of a recall's news, after its colon: ": do not eat them", « : ne les mangez pas ».
_NEWS_ORDER = {
    "en": re.compile(r"[:;]\s+((?:please )?(?:do not|don't|never) [^.:;]{3,60})\.?$", re.IGNORECASE),
    "fr": re.compile(r"[:;]\s+((?:ne (?:les? |la |l['’]|en )?\w+ pas|n['’](?:en )?\w+ pas)[^.:;]{0,60})\.?$",
                     re.IGNORECASE),
}
_DO_NOT = re.compile(r"(?:^|[.!?:;]\s+)(?:please )?(?:do not|don't|never|ne |n['’])", re.IGNORECASE)


# What a breach did not expose: "No passwords, bank details or ticket codes were…", « Aucun mot
# de passe, aucune donnée bancaire… ne figuraient… », "Card numbers were not exposed".
_SPARED = re.compile(r"\bno (?:passwords?|bank (?:details|data)|card (?:numbers?|details)|payment (?:details|data)|"
                     r"financial (?:details|data))\b|\b(?:passwords?|bank details|card numbers?|payment details)"
                     r"[^.]{0,40}\b(?:were|was) not (?:exposed|accessed|affected|taken|included)|"
                     r"\baucun(?:e)? (?:mot de passe|donnée bancaire|numéro de carte|coordonnée bancaire|"
                     r"information bancaire)|\b(?:mots? de passe|données bancaires|numéros? de carte)[^.]{0,40}"
                     r"\bn['’](?:ont|a) pas été (?:exposée?s?|touchée?s?|consultée?s?)", re.IGNORECASE)


# A way to act: a web address or a phone number ("tidewater.co.uk/adapter", "0800 917 4430").
_ROUTE = re.compile(r"\b[\w-]+(?:\.[\w-]+)+/[\w/-]+|\bhttps?://\S+|\b(?:www\.)\S+|\+?\d[\d\u00a0\u202f .-]{7,}\d")


# A title's past tense and the duration it gives once it is over, and the words for the state as it held.
_OVER_IN_TITLE: dict[str, tuple[tuple[re.Pattern[str], str], ...]] = {
    "en": ((re.compile(r"\s+for (?:nearly |almost |about |over |more than |just over |under )?(?:\d+|an?|one|two|three|"
                       r"four|five|six)(?:[\s-](?:and a half|½))?[\s-](?:hours?|minutes?|h|days?)(?:,? (?:and )?\d+ "
                       r"(?:minutes?|min))?\b", re.IGNORECASE), ""),
           (re.compile(r"\b(?:was|were|has been|have been) (unavailable|down|disrupted|interrupted|offline|closed|"
                       r"suspended|inaccessible|out of service)\b", re.IGNORECASE), r"\1")),
    "fr": ((re.compile(r"\s+(?:pendant|durant) (?:près de |environ |plus de |presque )?(?:\d+|une|deux|trois|quatre|"
                       r"cinq|six)\s(?:heures?|h|minutes?|jours?)(?:\s\d+(?:\smin(?:utes)?)?)?", re.IGNORECASE), ""),
           (re.compile(r"\b(?:a|ont) été (indisponibles?|en panne|perturbée?s?|interrompue?s?|fermée?s?|suspendue?s?|"
                       r"inaccessibles?|hors service|coupée?s?)\b", re.IGNORECASE), r"\1")),
}


# Advice that asks people to do something somewhere (order, claim, book, ask, call): it needs
# the address or the number to do it.
NEEDS_ROUTE = re.compile(r"\b(?:order|claim|book|re-?book|register|sign up|request|apply|ask|contact|call|ring|"
                          r"fill|submit|report|get in touch|download|install|update|change|reset|cancel|"
                          r"command\w*|réclam\w*|demand\w*|réserv\w*|inscri\w*|contact\w*|appel\w*|rempli\w*|"
                          r"signal\w*|télécharg\w*|install\w*|mett\w* à jour|chang\w*|réinitialis\w*|annul\w*)\b",
                          re.IGNORECASE)


# A count and what it counts: "three units", « trois unités de soins », "1,180 customers".
_COUNT = re.compile(rf"(?<![\w:/.,])(\d{{1,3}}(?:[,\u00a0\u202f ]\d{{3}})+|\d+|{'|'.join(_NUMBER_WORDS)})"
                    # ("14,200 of our patients", « 14 200 de nos patients »: the patients are counted)
                    # (never a verb: « dont 2 sont encore hospitalisés » counts no "sont")
                    r"\s+(?:of (?:our|its|their) |de (?:nos|ses|leurs) )?(?!(?:" + _MONTH_WORDS + r")\b)"
                    r"(?!(?:sont|étaient|restent|resteront|seront|avaient|were|have|remain|still|encore)\b)"
                    # (never a preposition: « vendus depuis le 19 août 2026 dans nos boutiques » counts no "dans")
                    r"(?!(?:dans|avec|pour|chez|sous|vers|entre|depuis|après|avant|into|with|from|since|after|"
                    r"before|until|across|through|nous|vous|elles|leur|leurs|they|them|their|these|those|which|that|dont)\b)"
                    r"([a-zà-ÿ]{4,})",
                    re.IGNORECASE)


_A_PART = re.compile(r"\b(?:other|others|another|remaining|further|more|additional|extra|new|these|those|ces|autres?|nouvea\w*|"
                     r"restante?s?|supplémentaires?|de plus)\s*$|^\s*(?:more|other|de plus|supplémentaires?|en plus)\b",
                     re.IGNORECASE)


# A count told as a part of another ("including 412 of the 600 sachets sold in Gabon", « dont 412
# des 600 sachets vendus au Gabon »), or as an item of a total just given ("Seven people were taken
# to hospital: four crew members and two passengers"): never the summary's count told again.
_WITHIN = re.compile(r"(?:\b(?:including|of which|of whom|among them|among|dont|parmi (?:eux|elles|lesquels|lesquelles))\b"
                     r"[^.;:]{0,25}|(?:\d|\b(?:two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|deux|trois|"
                     r"quatre|cinq|six|sept|huit|neuf|dix|onze|douze)\b)[^.;]{0,80}:\s*(?:\w+\s+){0,2})$", re.IGNORECASE)


_A_LIMIT = re.compile(r"\b(?:maximum of|a max(?:imum)? of|at most|up to|no more than|limited to|capped at|au maximum|"
                     r"maximum|jusqu['’]à|pas plus de|limitée? à|plafonnée? à)\s*$", re.IGNORECASE)
# Those who did something since ("64 customers have reported suspicious calls", « 64 clients nous
# ont signalé… »): another count than the people affected.
# "The two people kept under observation", « Les deux personnes gardées en observation »: the ones
# the summary's count holds, named by what became of them, never a recount of all.
_THE = re.compile(r"\b(?:the|les)\s*$", re.IGNORECASE)
_KEPT = re.compile(r"\s*(?:(?:who|qui) (?:were|sont|ont été|are) )?(?:kept|still|admitted|gardée?s?|restée?s?|encore|"
                   r"hospitalisée?s?|placée?s?)\b", re.IGNORECASE)
_ANOTHER_COUNT = re.compile(r"^\s*(?:have|had|nous ont|m['’]ont|ont|vous ont)\s+(?:\w+\s+)?(?:reported|told|called|contacted|"
                            r"asked|written|claimed|signalé|appelé|contacté|demandé|écrit|réclamé)", re.IGNORECASE)
# Lots or products a recall adds ("We are extending the recall to two lots", « étend le rappel à
# deux lots »): what it adds, not the count the summary gives for all.
_ADDED = re.compile(r"\b(?:extend\w*|widen\w*|adding|add|added|expand\w*|étend\w*|élargi\w*|ajout\w*)\b[^.;:]{0,40}$",
                    re.IGNORECASE)
# A count from a later day ("From Monday 7 December, … back to 8 return crossings a day"): the
# plan, not the count the summary gives for now.
_FROM_A_DAY = re.compile(r"\b(?:from|starting|as of|à partir d[ue]|dès (?:le|lundi|mardi|mercredi|jeudi|vendredi|samedi|"
                         r"dimanche))\s+(?:\w+\s+)?\d{1,2}(?:er)?\s+\w+[^.;]*$|\bwill\b[^.;]*$|\b\w+(?:ra|ront)\b[^.;]*$",
                         re.IGNORECASE)


def recount(sentence: str, updates: list[str], summary: str = "") -> tuple[str, str] | None:
    """The count `sentence` gives and the other number the newest update that counts the same
    thing gives ("trois unités" in the summary, "cinq unités" in the update of the 9th); None
    when that newest count agrees (an older "46 interventions today" never contradicts the
    total of 71 the latest update gives too), or when the rest of the `summary` gives it: then
    it counts something else ("The notice covers about 6,800 people. … 27 people who fell
    ill"). `updates`: their texts, newest first."""
    given = _numbers(sentence) | _numbers(summary)
    for found in _COUNT.finditer(sentence):
        if _A_PART.search(sentence[max(0, found.start() - 14):found.start()]):
            continue  # "the other 3,400 customers" is a part, not the count
        if _A_LIMIT.search(sentence[max(0, found.start() - 25):found.start()]) or \
                re.match(r"\s*(?:au maximum|maximum|at most|max(?:imum)?\b)", sentence[found.end():found.end() + 15]):
            continue  # "a maximum of 90 passengers" is a capacity, not a count of people
        noun, number = found.group(2).casefold()[:5], _number(found.group(1))
        newer: set[int] = set()  # the counts the updates read so far give, whatever they count
        for text in updates:
            if number in newer:
                # ("17 people were injured, not 14 as we said last night", newer than the "14
                # passengers" of the 18th: the summary's 17 is the newest count, told in other words.)
                break
            newer |= {_number(other.group(1)) for other in _COUNT.finditer(text)}
            # (Never a part of them: "the other 3,400 refunds", « 12 lits supplémentaires ».)
            same = [other for other in _COUNT.finditer(text) if other.group(2).casefold()[:5] == noun
                    and not _A_PART.search(text[max(0, other.start() - 14):other.start()])
                    and not _A_PART.match(text[other.end():other.end() + 20])
                    and not _ANOTHER_COUNT.match(text[other.end():other.end() + 40])
                    and not _FROM_A_DAY.search(text[max(0, other.start() - 90):other.start()])
                    and not _ADDED.search(text[max(0, other.start() - 60):other.start()])
                    and not _WITHIN.search(text[max(0, other.start() - 100):other.start()])
                    and not (_THE.search(text[max(0, other.start() - 6):other.start()])
                             and _KEPT.match(text[other.end():other.end() + 40]))]
            # (Of the same thing: "4,100 cheeses had been bought" and "860 cheeses have been brought
            # back" count two things; "12 people were taken to hospital" and "15 people were taken
            # to hospital" one.)
            said = _around(sentence, found) - {noun}
            if any(_number(other.group(1)) == number and not _FORMER.search(text[max(0, other.start() - 25):other.start()])
                   for other in same):
                break  # the update gives the same figure again ("Ce sont 2 430 clients"): it agrees
            same = [other for other in same if not said or not (_around(text, other) - {noun})
                    or said & _around(text, other)]
            # ("10,320 current and former students" and "6,420 current students" count two groups.)
            same = [other for other in same if _qualified(text, other) == _qualified(sentence, found)]
            if same:
                # ("14 people were injured, 2 of whom are still in hospital" agrees with "Two people
                # are still in hospital": the summary gives that number too.)
                # (Nor a count of another scale: "three sets" recalled are three models, "21,600
                # sets" the units sold; no update turns three into thousands.)
                if all(_number(other.group(1)) != number and _number(other.group(1)) not in given
                       and not (0 < min(number, _number(other.group(1))) <= 12
                                and max(number, _number(other.group(1))) >= 50 * min(number, _number(other.group(1))))
                       for other in same):
                    return found.group(0), same[0].group(0)
                break
    return None


# Words that say which of a kind a count is: "current", "former", « actuels », « anciens ».
_QUALIFIERS = re.compile(r"\s+((?:(?:current|former|existing|active|registered|past|present|actuel(?:le)?s|ancien(?:ne)?s|"
                         r"inscrite?s|and|or|et|ou)\s+)+)", re.IGNORECASE)


def _qualified(text: str, found: re.Match[str]) -> frozenset[str]:
    """The qualifiers told between a count's number and its noun ("current and former")."""
    words = _QUALIFIERS.match(text, found.end(1))
    return frozenset(w.casefold() for w in words.group(1).split()) if words else frozenset()


# A figure given as the one replaced: "up from 2,430 customers", « contre 2 430 clients annoncés ».
_FORMER = re.compile(r"\b(?:from|than|instead of|not|rather than|que|contre|au lieu de|et non|pas)\s+(?:the|les|des|de)?\s*$",
                     re.IGNORECASE)


_FILLER = frozenset("been have were with that this from they their there about some more than into over "
                    "also only still avoir ont été sont avec dans pour plus tous toutes nous vous leur leurs "
                    "déjà encore environ which what when where since depuis".split())


def _around(text: str, found: re.Match[str]) -> set[str]:
    """The words told with a count (six each side, its noun left out), cut to five letters."""
    # (In its own sentence: "…whole tommes). About 4,100 had been bought" tells another count.)
    head = re.split(r"[.!?;]\s", text[:found.start()])[-1]
    tail = re.split(r"[.!?;](?:\s|$)", text[found.end():])[0]
    before = re.findall(r"[^\W\d_]{4,}", head)[-6:]
    after = re.findall(r"[^\W\d_]{4,}", tail)[:6]
    return {w.casefold()[:5] for w in before + after if w.casefold() not in _FILLER and not _MONTH_WORD.fullmatch(w)}


_MONTH_WORD = re.compile(r"(?i:january|february|march|april|may|june|july|august|september|october|november|december|"
                         r"janvier|février|mars|avril|mai|juin|juillet|août|septembre|octobre|novembre|décembre)")


def _recounted(sentence: str, updates: list[str], summary: str = "") -> bool:
    """Whether the newest update that counts what `sentence` counts gives another number."""
    return recount(sentence, updates, summary) is not None


def _stems(text: str) -> set[str]:
    """A text's words of four letters or more, cut to five ("suspendues" and "suspendue" meet)."""
    return {w[:5] for w in re.findall(r"\w{4,}", text.casefold())}


# "…since 3 December", « depuis le jeudi 3 décembre », "from 3 December": when the title says the
# day it all began.
_SINCE_DAY = re.compile(r"[\s,]*\b(?:since|from|starting|depuis|à partir du|dès le)\s+(?:le\s+|the\s+)?"
                        r"(?:(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|lundi|mardi|mercredi|jeudi|"
                        r"vendredi|samedi|dimanche),?\s+)?(\d{1,2})(?:er|st|nd|rd|th)?\s+([a-zéû]+)(?:\s+\d{4})?",
                        re.IGNORECASE)


# A code ("26K15", "L2632A") and a day with its month ("18 December", "18 to 19 December").
_TITLE_CODE = re.compile(r"\b(?=[A-Z0-9-]*\d)(?=[A-Z0-9-]*[A-Z])[A-Z0-9][A-Z0-9-]{2,}\b")
# ("Friday 18 and Saturday 19 December", « le vendredi 18 et le samedi 19 décembre »: a weekday may
# stand before the second day.)
_TITLE_DAYS = re.compile(rf"\b(\d{{1,2}})(?:er)?(?:\s(?:and|or|to|et|ou|au)\s(?:le\s)?(?:(?:mon|tues|wednes|thurs|fri|satur|"
                         rf"sun)day\s|(?:lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche)\s)?(\d{{1,2}})(?:er)?|"
                         rf"\s?[–-]\s?(\d{{1,2}}))?\s({_MONTH_WORDS})\b", re.IGNORECASE)
_MONTH_FIRST_DAYS = re.compile(rf"\b({_MONTH_WORDS})\s(\d{{1,2}})(?:\s?(?:and|or|to|through|[–-])\s?(\d{{1,2}}))?\b",
                               re.IGNORECASE)
_LAST_CONJUNCT = re.compile(r"^(?P<kept>.{12,}?)\s+(?:and|et)\s+(?P<last>[^,;:]+)$")


# "If you are booked on those days", « pour ces dates »: the days are in the sentence before.
THOSE_DAYS = re.compile(r"\b(?:on|for) (?:those|these) (?:days|dates|nights)\b|\b(?:pour|sur) ces (?:dates|jours|journées)\b|"
                         r"\bà ces dates\b", re.IGNORECASE)


_CONTRAST_WORD = re.compile(r",?\s+(?:toutefois|cependant|pourtant|néanmoins|however|though|nonetheless)\b,?(?=\s)",
                            re.IGNORECASE)


def _without_contrast(sentence: str) -> str:
    """"Do be wary, though, of any call…" → "Be wary of any call…": the contrast with a sentence
    a copy may leave out goes, and so does the "Do" that stressed it."""
    plain = _CONTRAST_WORD.sub("", sentence, count=1)
    if plain == sentence:
        return sentence
    return re.sub(r"^Do (be|stay|keep)\b", lambda m: m.group(1).capitalize(), plain)


def _told_days(text: str) -> set[tuple[int, str]]:
    from generator.rendering.deadlines import day_first

    days: set[tuple[int, str]] = set()
    for found in _TITLE_DAYS.finditer(day_first(text)):
        month = found.group(4).casefold()
        first = int(found.group(1))
        last = int(found.group(2) or found.group(3) or first)
        days |= {(day, month) for day in range(first, max(first, last) + 1)}
    for found in _MONTH_FIRST_DAYS.finditer(text):  # ("December 18 and 19")
        first, last = int(found.group(2)), int(found.group(3) or found.group(2))
        days |= {(day, found.group(1).casefold()) for day in range(first, max(first, last) + 1)}
    return days


def _without_later_conjunct(title: str, told: str, update: Update, settings: Settings) -> str:
    """`title` without its last "and …" when that part names what no update had told yet: "Strike
    on 3 to 5 December and 18 to 19 December" heads the copies of before the second notice as
    "Strike on 3 to 5 December"; « …, lots 26K14 et 26K15 » those of before the second lot as
    « …, lot 26K14 »."""
    from generator.rendering.deadlines import day_near

    found = _LAST_CONJUNCT.match(title)
    if not found or re.search(r"(?<![\w-])\d{1,2}(?:er)?$", found.group("kept")):
        return title  # (never inside a range of days: "delayed on 8 | and 9 December")
    last = found.group("last")
    codes = [c for c in _TITLE_CODE.findall(last) if c not in told]
    # (A day still to come that no update had named: "…on November 27", the day it happened, stays.)
    today = update.at.astimezone(settings.timezone).date()
    days = [d for d in _told_days(last) - _told_days(told)
            if (near := day_near(str(d[0]), d[1], update.at, settings.timezone)) is not None and near > today]
    if not codes and not days:
        return title
    kept = found.group("kept").rstrip(" ,")
    if codes and len(_TITLE_CODE.findall(kept)) == 1:
        kept = re.sub(r"\b(lot|batch|serial|série)s\b", r"\1", kept, flags=re.IGNORECASE)
        kept = re.sub(r"\bbatches\b", "batch", kept, flags=re.IGNORECASE)
    return kept


def _without_later_start(title: str, update: Update, settings: Settings) -> str:
    """A title that says since when ("Train drivers' strike since 3 December") over an update
    posted before that day (the notice, on 1 December): the day leaves that copy, which would
    otherwise tell of a strike already under way."""
    from generator.rendering.deadlines import day_near, day_first

    written = day_first(title)
    for found in _SINCE_DAY.finditer(written):
        day = day_near(found.group(1), found.group(2), update.at, settings.timezone)
        if day is not None and day > update.at.astimezone(settings.timezone).date():
            kept = (written[:found.start()] + written[found.end():]).strip(" ,")
            return kept if len(kept) >= 12 else title
    return title


def _closest_to(title: str, sentences: list[str]) -> str | None:
    """The sentence that shares the most words with the title (the first at a tie); None when
    none shares any."""
    wanted = _stems(title)
    best = max(sentences, key=lambda s: len(_stems(s) & wanted), default=None)
    return best if best is not None and _stems(best) & wanted else None


# A notice widened or lifted somewhere: the places it covers change.
_SCOPE_CHANGE = re.compile(r"\b(?:now (?:also )?covers|extended to|widened to|(?:is|was|has been) (?:now )?lifted (?:for|in)|"
                           r"s['’](?:étend|élargit)\w* à|(?:est|a été) (?:désormais )?(?:levée?|étendue?) (?:pour|à|dans)|"
                           r"concerne désormais)\b", re.IGNORECASE)
# The places a title names at its end ("… in Arvenaz and Saint-Ombre", « … à Arvenaz et Saint-Ombre »).
_TITLE_PLACES = {"en": re.compile(r"\s+(?:in|at|for)\s+(?-i:[A-Z])[\w'’-]*(?:[\s-](?-i:[A-Z])[\w'’-]*)*"
                                  r"(?:(?:,\s+|\s+and\s+)(?-i:[A-Z])[\w'’-]*(?:[\s-](?-i:[A-Z])[\w'’-]*)*)*$"),
                 "fr": re.compile(r"\s+(?:à|dans|pour)\s+(?-i:[A-ZÀ-Þ])[\w'’-]*(?:[\s-](?-i:[A-ZÀ-Þ])[\w'’-]*)*"
                                  r"(?:(?:,\s+|\s+et\s+)(?:à\s+)?(?-i:[A-ZÀ-Þ])[\w'’-]*(?:[\s-](?-i:[A-ZÀ-Þ])[\w'’-]*)*)*$")}


# A decision a title states ("…cancelled due to…", « … annulé en raison de… ») and how an update
# tells it, whatever its form.
# A title's word that says it is over ("…app restored", « …rétablis après une panne… »), and
# all that follows it.
ALL_CLEAR_IN_TITLE = re.compile(r"[\s\u00a0]+(?:restored|fixed|resolved|back(?: online| to normal)?(?![-‑])|working again|"
                                r"running again|"
                                r"reopened|rétablie?s?|résolue?s?|de retour|remise?s? en service|rouverte?s?|"
                                r"fonctionne(?:nt)? de nouveau)\b.*$", re.IGNORECASE)
_TITLE_VERDICT = re.compile(r"[\s\u00a0]+(cancell?ed|called off|postponed|annulée?s?|reportée?s?)\b.*$", re.IGNORECASE)
_VERDICT_TOLD = {"canc": r"\bcancel", "call": r"\bcall(?:ed|ing)? off\b|\bcancel", "post": r"\bpostpon",
                 "annu": r"\bannul", "repo": r"\breport"}


# What the checks found of money lost ("…and found no unusual transaction", « n'avons trouvé aucune
# transaction inhabituelle », "no money has been taken"): what people ask first after a breach.
NO_LOSS = re.compile(r"\bno (?:unusual|suspicious|fraudulent|unauthori[sz]ed) (?:transactions?|payments?|withdrawals?|activity)|"
                     r"\bno (?:money|funds) (?:has|have|was|were) (?:been )?(?:lost|taken|stolen)|"
                     r"\baucune? (?:transaction|opération|activité|paiement|retrait)s? (?:inhabituel\w*|suspect\w*|frauduleu\w*)|"
                     r"\baucun (?:argent|fonds|montant)\b[^.]{0,20}\b(?:perdu|volé|détourné)", re.IGNORECASE)
# An update that says it comes late ("This update comes 15 minutes later than promised", « Ce point
# arrive avec 15 minutes de retard »): the page's own timetable, never the news.
UPDATE_LATE = re.compile(r"^(?:this|our) (?:update|post)\b[^.]{0,60}\b(?:late|later than|after the time)\b|"
                         r"^ce point arrive\b[^.]{0,60}\b(?:retard|après l['’]heure)\b|"
                         r"^nous publions ce point avec\b[^.]{0,30}\bretard\b|"
                         r"^(?:we are|we're|nous sommes) (?:\w+ )?(?:sorry|désolée?s?)\b[^.]{0,40}\b(?:late|retard)\b",
                         re.IGNORECASE)


# A section of health advice the format does not name, by its heading.
# (And what to do after an injury: "If your child has fallen", « Si votre enfant est tombé ».)
HEALTH_HEADING = re.compile(r"\b(?:health|symptoms?|unwell|ill|sick|medical advice|santé|symptômes?|malades?|"
                            # (« Si vous vous sentez mal », « En cas de malaise »)
                            r"sentez mal|sentiez mal|sentez pas bien|malaises?|souffrante?s?|"
                             r"if (?:your|a) (?:child|baby|toddler|son|daughter) (?:has |was |is |got )?(?:fallen|fell|"
                             r"been hurt|hurt|injured|swallowed|burn(?:ed|t)|choked)|si (?:votre|un) (?:enfant|bébé|fils|fille) "
                             r"(?:est |a été |s'est |a )?(?:tombée?|blessée?|brûlée?|avalé|étouffée?)|"
                             r"conseils? médica(?:l|ux)|Gesundheit\w*|Symptome?)\b", re.IGNORECASE)
def doing_as_sentences(text: str, lang: str) -> str:
    """"- Rebooking every passenger free of charge." under "What we are doing" is a sentence;
    alone in a post or an answer it is a fragment: "We are rebooking every passenger…"."""
    if lang != "en":
        return text
    return _GERUND_ITEM.sub(lambda m: f"{m.group(1)}{m.group(2) or ''}We are {m.group(3).lower()}", text)


# A list item that opens on a verb in -ing, the heading "What we are doing" its subject.
_GERUND_ITEM = re.compile(r"(?m)^(\s*(?:[-*+]|\d{1,2}[.)])\s+)(\*\*)?(?!(?:Nothing|Everything|Something|Anything|"
                          r"Morning|Evening|During|Following|Pending|Building|Spring|Ceiling|String|Thing|King|"
                          r"Wedding|Meeting|Training|Funding|Housing|Parking|Shipping|Booking|Ticketing|Billing|"
                          r"Marketing|Banking|Clothing|Lighting|Heating|Flooring|Timing|Setting|Warning|Ring|Wing)\b)"
                          r"([A-Z][a-z]{2,}ing)\b")
# The condition a heading names ("…: if your child may have swallowed a magnet", « If you feel
# unwell », « … : si votre enfant a pu avaler un aimant »).
_HEADING_CONDITION = re.compile(r"(?:^|[:\u2013\u2014-]\s*)((?:if|when|in case|si|lorsque|quand|en cas d['’e]|wenn|falls)\b.+)$",
                                re.IGNORECASE)
# Symptoms named by a pointer to the list before: "any of these symptoms", « l'un de ces symptômes ».
_THESE_SYMPTOMS = re.compile(r"\b(?:any of |one of )?(?:these|those) (?P<en>symptoms|signs)\b|"
                             r"\b(?:(?:l['’])?une? (?:seul )?de |certains de |plusieurs de )?ces (?P<fr>symptômes|signes)\b")
# Who to call when someone is ill: a doctor, an emergency or health line.
_HEALTH_CALL = re.compile(r"\b(?:call|dial|ring|appelez|composez|contactez|consult|consultez|see|voyez|go to|rendez-vous aux|"
                          r"rufen|wählen)\b",
                          re.IGNORECASE)


@dataclass(frozen=True)
class Brief:
    """The facts of one statement at one moment, worded once for every output."""

    statement: Statement
    settings: Settings
    now: datetime

    @property
    def lang(self) -> str:
        return self.statement.lang

    @cached_property
    def kind(self) -> str:
        return kind(self.statement)

    @cached_property
    def title_overtaken(self) -> str | None:
        """The title's words the summary's news has overtaken ("reduced activity" over "…are
        returning to normal"), else None (`kinds.title_overtaken`)."""
        return title_overtaken(self.statement)

    @cached_property
    def no_links(self) -> bool:
        """After a breach or a cyberattack, texts and e-mails with links are what fraudsters send:
        ours give the site's name, to type by hand."""
        # (So after fake messages in our name: ours must look nothing like them.)
        return self.kind == "breach" or cyberattack(self.statement) or impersonation(self.statement)

    @cached_property
    def promise(self) -> Promise:
        return promise(self.statement, self.now)

    def promised_by(self, when: str) -> str:
        """The promise's moment as the authors put it: « avant 12 h » when their own words
        promise a deadline (« avant », « au plus tard », « d'ici »), « à 12 h » when they name
        a time; every French output says it their way."""
        said = " ".join(s.text for text in (self.statement.last_update.text, self.statement.summary)
                        for s in roles.sentences(text, self.lang) if s.has("next-update"))
        if self.lang == "fr" and re.search(r"\b(?:avant|au plus tard|d['’]ici)\b", said, re.IGNORECASE):
            return by_moment(when, self.lang)
        return when

    @property
    def began(self) -> datetime | None:
        """When the problem itself began, if the statement says it (`began:`); `started` is
        when communication started, not an answer to "since when?"."""
        return self.statement.began

    def when(self, moment: datetime, medium: str = "copy", *, reference: datetime | None = None) -> str:
        return moment_words(moment, self.settings.timezone, self.lang, medium, reference=reference)

    @cached_property
    def affected_words(self) -> list[str]:
        return [lower_item(item) for item in self.statement.affected]

    # -- the sentences that matter -------------------------------------------------------------

    def holding(self, markdown: str, written: datetime) -> str:
        """Text as it still holds now: a sentence promising something by a day or a time now
        past ("your voucher will arrive by e-mail by 20 November", read on 29 November) loses
        that promise, so no output prints it as ahead (the memo asks the team to check it was
        kept). Sentences with markup inside are left as written."""
        from generator.rendering.channels.voices import leans_on_before

        zone = self.settings.timezone
        dropped = False  # the sentence before went whole: one that leans on it goes too
        for sentence in roles.sentences(markdown, self.lang):
            kept = without_passed_promise(sentence.text, self.lang, written, self.now, zone)
            if dropped and leans_on_before(sentence.text, self.lang):
                kept = ""  # ("We will publish a summary of it here" after the passed report)
            if kept != sentence.text and sentence.text in markdown:
                markdown = markdown.replace(sentence.text, kept)
            dropped = not kept
        return self.codes_named(re.sub(r"[ \t]{2,}", " ", markdown).strip())

    def codes_named(self, text: str) -> str:
        """"…shows one of the batch codes below, unplug it now" names them off the page ("…one of
        the batch codes 24B23, 24B24, 24B25 or 24B26…"): a post, a text, an e-mail or a quote read
        on air has no table below, and "on our website" would send people away for what the
        sentence can say. (A few short codes only: a long list stays in the table.)"""
        codes = self.lot_codes
        if not codes or len(codes) > 5 or any(re.search(r"\s", code) for code in codes):
            return text
        pointed = _CODES_POINTED.get(self.lang)
        if pointed is None:
            return text

        def named(found: re.Match[str]) -> str:
            either = found.group(1).casefold().startswith(("one", "any", "l'un", "l’un", "un", "either"))
            last = ("ou" if either else "et") if self.lang == "fr" else ("or" if either else "and")
            listed = codes[0] if len(codes) == 1 else f"{', '.join(codes[:-1])} {last} {codes[-1]}"
            return f"{found.group(1)} {found.group(2)} {listed}"

        return pointed.sub(named, text)

    @cached_property
    def written(self) -> datetime:
        """When the summary was last made true: at the newest update."""
        return self.statement.last_update.at

    @cached_property
    def summary(self) -> str:
        """The summary, as it still holds now (`holding`), without its own "we will post an update
        by 07:05": the promise that holds is `next_update`'s, which every output says once
        (`promise_line`); the summary's may be the first one, long replaced."""
        summary = self.holding(self.statement.summary, self.written)
        if self.overtaken:
            summary = self.holding(self._overtaken_summary(), self.written)
        if self.statement.next_update is None and not self.statement.resolved:
            return summary  # the summary's promise is the only one
        for sentence in roles.sentences(summary, self.lang):
            only_promise = sentence.has("next-update") and sentence.roles <= {"next-update", "action", "unknown", "figure"}
            if only_promise and sentence.text in summary:
                summary = summary.replace(sentence.text, "")
        return re.sub(r"[ \t]{2,}", " ", summary).strip()

    def _overtaken_summary(self) -> str:
        """The summary once a later update overtook it (it awaits a day now past): its sentences
        still true, with the newest update, which the team wrote last. A sentence goes when it
        awaits that day ("nous attendons les résultats lundi 7 décembre") or counts what a later
        update counted again ("trois unités" after "cinq unités"). When its opening sentence
        stays ("A drivers' strike disrupts our lines all day on 4 December"), the update follows
        it; else the update's sentence that says what the title says leads, the apology next."""
        from generator.rendering.overtaken import passed_sentences

        passed = {text for text, _moment in passed_sentences(self.statement, self.now, self.settings.timezone)}
        later = [u.text for u in self.statement.updates[:-1]]  # every update after the first, newest first
        said = [s for s in roles.sentences(self.statement.summary, self.lang)]
        kept = [s for s in said if s.text not in passed and not _recounted(s.text, later, self.statement.summary)]
        told = self.kept_sentences(self.statement.last_update)
        if kept and said and kept[0] is said[0]:
            return " ".join([kept[0].text, *told, *(s.text for s in kept[1:])])
        head = re.split(r"[\s\u00a0\u202f]?:\s", said[0].text, maxsplit=1) if said else []
        if len(head) == 2 and len(head[0]) >= 30 and said[0].text not in passed \
                and not _recounted(head[0], later, self.statement.summary) \
                and not re.search(r"\d", head[0]):
            # « Un contrôle a mis en évidence des légionelles dans le bâtiment B… : depuis vendredi,
            # les douches sont suspendues dans trois unités » recounted since: what happened, where,
            # still leads (never an update that says "the units concerned" of nothing named).
            # What the updates now say of it follows the colon, in place of the old count.
            from generator.rendering.channels.voices import leans_on_before

            lead = _closest_to(self.statement.title, [t for t in told if not leans_on_before(t, self.lang)])
            if lead is None:
                return " ".join([head[0].rstrip() + ".", *told, *(s.text for s in kept)])
            mark = " : " if self.lang == "fr" else ": "
            joined = head[0].rstrip() + mark + lead[:1].lower() + lead[1:]
            return " ".join([joined, *(t for t in told if t != lead), *(s.text for s in kept)])
        apology = [s.text for s in kept if s.has("apology") and s.text not in told]
        # (No sentence of it shares a word with the title: its first sentence is its news, never
        # the apology alone.)
        # (Never one that leans on what came before it in the update, "Until then we are slicing
        # on two lines…": at the head of everything, "then" points to nothing.)
        from generator.rendering.channels.voices import leans_on_before

        alone = [t for t in told if not leans_on_before(t, self.lang)]
        lead = _closest_to(self.statement.title, alone) or (alone[0] if alone else told[0] if told else None)
        rest = [t for t in told if t != lead]
        advice = [s.text for s in kept if s.has("advice") and not s.has("apology")]
        # (Its sentences still true stay, after the news: "The records hold names, addresses…", "No
        # card details were in them" — what a breach notice must say.)
        facts = [s.text for s in kept if not s.has("apology") and not s.has("advice") and s.text not in told
                 and not s.has("next-update")]
        return " ".join([*([lead] if lead else []), *facts, *apology, *rest, *advice])

    @cached_property
    def overtaken(self) -> bool:
        """A later update has overtaken the summary (`summary_overtaken`): outputs lead with it."""
        from generator.rendering.overtaken import summary_overtaken

        return summary_overtaken(self.statement, self.now, self.settings.timezone)

    def text_of(self, key: str) -> str:
        """A section, as it still holds now (`holding`); what people should do with the
        instructions of a section of health advice (`health_advice`)."""
        text = self.holding(self.statement.text_of(key), self.written)
        if key == "what_we_are_doing":
            text = doing_as_sentences(text, self.lang)
        if key == "what_you_should_do" and self.health_advice:
            return "\n\n".join(filter(None, [text.strip(), "\n".join(f"- {item}" for item in self.health_advice)]))
        return text

    @cached_property
    def health_advice(self) -> list[str]:
        """The instructions of a section of its own on health ("## Health advice", « ## Conseils
        de santé », "## If your child is unwell"): "If your baby has any of these symptoms, call
        your doctor or 811", "In an emergency, call 911". What to do when someone is ill is what
        people should do first; the section's account of the illness stays on the page."""
        found: list[str] = []
        for section in self.statement.sections:
            if section.key is not None or not HEALTH_HEADING.search(section.heading):
                continue
            # A heading that says when ("Health advice: if your child may have swallowed a magnet")
            # goes with each instruction: under "What you should do", "Go to the emergency
            # department immediately" alone would send every parent there.
            when = _HEADING_CONDITION.search(section.heading)
            for item in plain_items(section.text, self.lang):
                said = roles.sentences(item, self.lang)
                if any(s.has("advice") for s in said) or _HEALTH_CALL.search(item):
                    # ("…any of these symptoms, call…" said apart from the list of them: "symptoms")
                    # (« l'un de ces signes » → « des signes de maladie »: the signs are listed on the page)
                    item = _THESE_SYMPTOMS.sub(lambda m: ("des symptômes" if m.group("fr") == "symptômes" else "des signes de maladie")
                                               if m.group("fr") else ("symptoms" if m.group("en") == "symptoms"
                                                                      else "signs of illness"), item)
                    # (Only before an instruction: "If your cat is unwell, too much vitamin D can cause…"
                    # makes the account of the illness read as its condition.)
                    first = roles.sentences(item, self.lang)[:1]
                    gives = bool(first) and (first[0].has("advice") or _HEALTH_CALL.search(first[0].text) is not None)
                    if when and gives and not _HEADING_CONDITION.match(item):
                        condition = when.group(1).strip().rstrip(" .:")
                        opened = item if re.match(r"\w[A-ZÀ-Þ]", item) else item[:1].lower() + item[1:]
                        item = f"{condition[:1].upper()}{condition[1:]}, {opened}"
                    found.append(item)
        return found

    @cached_property
    def summary_sentences(self) -> tuple[roles.Sentence, ...]:
        return roles.sentences(self.summary, self.lang)

    def title_at(self, update: Update | None) -> str:
        """The title as it held when `update` was posted: the title is written for now, and a
        figure it gives that no update had told yet ("3,412 customers" over the update that
        counted 1,180, "(3 lots)" over the one recalling two) leaves the copy of that update."""
        title = self.statement.title
        if update is None or update is self.statement.last_update:
            return title
        told = _counted(" ".join(u.text for u in self.statement.updates if u.at <= update.at))
        missing = [f for f in _TITLE_FIGURE.finditer(title)
                   if _number(f.group(0)) not in told and not re.fullmatch(r"(?:19|20)\d\d", f.group(0))  # a year
                   # (nor the minutes of a French duration, « une panne de 2 h 40 », never « de 2 h »)
                   and not re.search(r"\d[\s\u00a0\u202f]?h[\s\u00a0\u202f]?$", title[:f.start()])]
        for figure in reversed(missing):
            title = _without_figure(title, figure.group(0), self.lang)
        if title[:1].islower() and self.statement.title[:1].isupper():
            title = title[:1].upper() + title[1:]  # ("Eleven riders injured…" → "Riders injured…")
        title = self._without_later_products(title, update)
        title = _without_later_start(title, update, self.settings)
        title = _without_later_conjunct(title, " ".join(u.text for u in self.statement.updates if u.at <= update.at),
                                        update, self.settings)
        verdict = _TITLE_VERDICT.search(title)
        if verdict and len(title[:verdict.start()].split()) >= 2 and not re.search(
                _VERDICT_TOLD[verdict.group(1)[:4].lower()], " ".join(u.text for u in self.statement.updates
                                                                   if u.at <= update.at), re.IGNORECASE):
            # "…concert cancelled due to severe thunderstorms" over the update that says it is
            # going ahead for now: the decision came later, and its copy names the concert alone.
            title = title[:verdict.start()].rstrip(" ,:–—")
        if any(_SCOPE_CHANGE.search(u.text) for u in self.statement.updates if u.at > update.at):
            # "Boil-water notice in Arvenaz and Saint-Ombre" names today's places: once a later update
            # widened or lifted the notice somewhere, the places of that day may have been others
            # (Vuillerens too, the evening it was added), and its copy says the notice alone.
            title = _TITLE_PLACES.get(self.lang, _TITLE_PLACES["en"]).sub("", title, count=1)
        # A title written once it was over ("…débitées deux fois le 25 novembre : montants
        # remboursés") claims over an earlier update that it was: that part leaves its copies.
        parts = re.split(r"[\s\u00a0]?:\s|\s[–—]\s", title, maxsplit=1)
        if len(parts) == 2 and self.statement.resolved and _SETTLED.search(parts[1]) and len(parts[0]) >= 15:
            return parts[0]
        told_then = " ".join(u.text for u in self.statement.updates if u.at <= update.at)
        # "…: three lots recalled" over the update that recalled two: a count in words, as in figures.
        for word in reversed(list(re.finditer(r"\b(two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|deux|trois|"
                                              r"quatre|cinq|sept|huit|neuf|dix|onze|douze)\s+(?=[a-zà-ÿ]{3,})", title,
                                              re.IGNORECASE))):
            value = _NUMBER_WORDS.get(word.group(1).lower(), -1)
            noun = re.match(r"[a-zà-ÿ]{3,}", title[word.end():], re.IGNORECASE)
            # (Said of the same thing: "three lots", "3 lots", never the "3" of "under 3".)
            if noun and not re.search(rf"\b(?:{word.group(1)}|{value})\s+(?:\w+\s+)?{noun.group(0)[:4]}", told_then,
                                      re.IGNORECASE):
                title = _without_figure(title, word.group(1), self.lang)
        # "Ransomware attack: staff and student data copied" over the update that says "We do not
        # know yet whether personal data was copied": what the title states as done, that update
        # still doubted; its copy names the attack alone.
        parts = re.split(r"[\s\u00a0]?:\s", title, maxsplit=1)
        head, claim = (parts[0], parts[1]) if len(parts) == 2 else (title, "")
        said_done = re.findall(r"\b([a-z]{3,}ed)\b", claim) if self.lang == "en" else re.findall(
            r"\b(?:été|ont|a|sont|est)\s+([a-zà-ÿ]{3,}(?:ée?s?|és|é))\b", claim)
        stems = [re.sub(r"(?:ed|ée?s?|és|é)$", "", d) for d in said_done]
        # (What was said under a doubt, "whether personal data was copied", is left out before
        # looking for it said as done.)
        asserted = re.sub(r"\b(?:whether|(?<!même )si|s['’]il|s['’]ils)\b[^.;:]*", " ", told_then, flags=re.IGNORECASE)
        doubted = [stem for stem in stems if re.search(rf"\b(?:whether|si|s['’]il|s['’]ils)\b[^.;]{{0,60}}\b{stem}",
                                                         told_then, re.IGNORECASE)
                   and not re.search(rf"\b{stem}", asserted, re.IGNORECASE)]
        # (So is what no update had told yet: "…data copied" over the first word, "we found an attack".)
        unsaid = bool(stems) and not any(re.search(rf"\b{stem}", asserted, re.IGNORECASE) for stem in stems)
        if claim and (doubted or unsaid) and len(head) >= 8:
            title = head
        if self.statement.resolved:
            # A title written in the past once it was over ("Bookings was unavailable for 3 hours
            # on 16 December") heads an earlier update as it then stood ("Bookings unavailable on
            # 16 December"): never "was unavailable" over a copy that says it still is.
            for pattern, instead in _OVER_IN_TITLE.get(self.lang, ()):
                title = pattern.sub(instead, title)
        cleared = ALL_CLEAR_IN_TITLE.search(title)
        if cleared and update.status.value in ("investigating", "identified") and cleared.start() >= 8:
            # "Online banking and mobile app restored after a 2 h 40 outage" over the update that says
            # members cannot sign in: that copy names the thread alone, "Online banking and mobile app".
            title = title[:cleared.start()].rstrip(" ,:–—")
        return title

    @cached_property
    def news(self) -> str:
        """The summary's first sentence: the news in the authors' words; the title when that
        sentence recalls what was said before ("On 16 November we told E1 owners that… would stop
        on 15 December"): the news is what changed, and the title says it."""
        if not self.summary_sentences:
            return self.statement.title
        first = self.summary_sentences[0].text
        written = roles.sentences(self.statement.summary, self.lang)
        kept = {s.text for s in self.summary_sentences}  # (compared as sentences: the file wraps its lines)
        if self.statement.resolved and written and written[0].text not in kept and self.statement.updates:
            # "Our shop will be unavailable on 16 December from 1 a.m." read once it is over says
            # nothing now (`holding` left it out): the closing update's news is the news.
            told = [t for t in self.kept_sentences(self.statement.last_update) if not self.mentions_next_update(t)]
            if told:
                return told[0]
        if _RECALLS_EARLIER.get(self.lang, _RECALLS_EARLIER["en"]).match(first) and len(self.statement.title.split()) >= 5:
            title = self.statement.title.rstrip()
            return title if title.endswith((".", "!", "?")) else title + "."
        return first

    @cached_property
    def latest_news(self) -> str:
        """What the latest update says, in two sentences at most, when later updates moved the
        story on ("Payments are succeeding again"): a spokesperson or a colleague who repeats only
        the opening news ("some card payments fail") contradicts the page. Empty while the
        opening update is the only one; never its promise of the next update nor a bare apology."""
        if len(self.statement.updates) < 2 or self.overtaken:
            return ""  # (overtaken: the summary is the latest update already)
        from generator.rendering.documents.freshness import dated

        told = [s for s in self.kept_sentences(self.statement.last_update)
                if not self.mentions_next_update(s) and not self._only_apology(s) and s not in self.news]
        # (Read days later, in a dated document: "this morning" named, « le 3 décembre au matin ».)
        return dated(" ".join(told[:2]), self.lang, self.settings.timezone, self.statement.last_update.at)

    @cached_property
    def apology(self) -> str | None:
        """The first apology the statement makes (summary first, then the rest); from the
        leader's quote, the quoted sentence that apologises, in its quotation marks."""
        found = next((s for s in self.summary_sentences if s.has("apology")), None)
        if found is None:
            for key in ("quote", "what_happened", "what_we_are_doing"):
                if key == "quote" and self.quoted_apology:
                    return self.quoted_apology
                found = roles.first(self.statement.text_of(key), self.lang, "apology")
                if found:
                    break
        return found.text if found else None

    @cached_property
    def quoted_apology(self) -> str | None:
        """The sentence of the leader's quote that apologises, in quotation marks: never the
        whole quote, whose sentences a short copy would cut anywhere ("Sorry. We want."); with
        the sentence before when it is short and points back ("I know what that means, and I
        am sorry." says nothing without the 112 people who waited in the cold)."""
        from generator.rendering.press import quote_words

        said = roles.sentences(quote_words(self.statement), self.lang)
        for index, sentence in enumerate(said):
            if sentence.has("apology"):
                text = sentence.text
                # (And a bare "I'm sorry." goes with what it owns: "That is on us, not on the port
                # staff. I'm sorry.", never two words alone in a post.)
                to_them = _TO_THEM.search(text)
                chain = " ".join(s.text for s in said[max(0, index - 2):index + 1])
                if index >= 2 and to_them and _NAMED_BEFORE.search(said[index - 1].text) and len(chain) <= 240 \
                        and not _NAMED_BEFORE.search(said[index - 2].text):
                    # "Our customers trust us with their phone number… Someone used one of our
                    # employees' logins to take that key from 347 people. I apologise to each of
                    # them.": the sentence before leans on another in turn; the three, word for
                    # word, when short enough for a post (a quote is never cut inside a sentence).
                    text = chain
                elif index and (len(text) < 70 and (_QUOTE_POINTS_BACK.search(text) or len(text.split()) <= 5)
                                or _QUOTE_NAMES_BACK.search(text) or to_them):
                    # (« Je présente mes excuses à chacune d'elles. » never alone: « elles » would
                    # take the last noun of whatever comes before it in the post.)
                    # ("On 15 September we broke that rule…" says which rule only with the sentence before.)
                    text = f"{said[index - 1].text} {text}"
                    # ("On 10 November we let them down. I am sorry.": "them" needs the sentence
                    # before that, "Our customers trust us with their invoices…", word for word.)
                    # (« nous les avons déçus »: « les » before its verb names them as « them » does.)
                    if index >= 2 and (_POINTS_BACK.get(self.lang, _POINTS_BACK["en"]).search(said[index - 1].text)
                                       or re.search(r"\b(?:nous|je|on|vous) (?:les|leur)\b", said[index - 1].text)) \
                            and len(chain) <= 240:
                        text = chain
                opened, closed = QUOTE_MARKS.get(self.lang, QUOTE_MARKS["en"])
                return f"{opened}{text}{closed}"
        return None

    @cached_property
    def apology_by(self) -> str:
        """Who says the apology, when it is the leader's quoted words ("— Nicolas Fournier, Chief
        Executive"): a post quoting "I am sorry" must say who "I" is. Empty otherwise."""
        person = self.statement.spokesperson
        if not self.quoted_apology or self.apology != self.quoted_apology or person is None:
            return ""
        role = person.role[:1].lower() + person.role[1:] if self.lang == "fr" else person.role
        return copy_word("quote_by", self.lang, name=person.name, role=role)

    @cached_property
    def apology_text(self) -> str | None:
        """The apology as a copy can print it on its own: with the sentence before it when it
        points back at people ("Nous leur présentons nos excuses", "We apologise to them")."""
        apology = self.apology
        if apology is not None and apology == self.quoted_apology:
            return f"{apology} {self.apology_by}".strip()  # its own words say to whom, and who speaks
        points_back = _POINTS_BACK.get(self.lang, _POINTS_BACK["en"]).search(apology or "") or \
            _SAYS_THAT.get(self.lang, _SAYS_THAT["en"]).match(apology or "") or self._bare_after_other(apology)
        if apology is None or not points_back:
            return apology
        for key in ("summary", "quote", "what_happened", "what_we_are_doing"):
            found = roles.sentences(self.statement.text_of(key) if key != "summary" else self.statement.summary,
                                    self.lang)
            text = self.statement.text_of(key) if key != "summary" else self.statement.summary
            for index, (before, sentence) in enumerate(pairwise(found)):
                if sentence.text == apology:
                    # "We also know what this means for island residents… We apologise to them.":
                    # "also" points back at the sentence before it in its paragraph ("We think
                    # first of the injured and their families."), which goes with it.
                    earlier = found[index - 1].text if index else ""
                    if earlier and _ALSO.get(self.lang, _ALSO["en"]).search(before.text) \
                            and f"{earlier} {before.text}" in text and (key != "summary" or index >= 2):
                        return f"{earlier} {before.text} {apology}"
                    # (Its "therefore" points at a sentence the copy leaves behind: "Water … may
                    # therefore have been unsafe" stands as "Water … may have been unsafe".)
                    return f"{_THEREFORE.sub('', before.text)} {apology}"
        return None  # its people are named nowhere a copy can reach: the apology stays on the page

    @cached_property
    def apology_stands_whole(self) -> bool:
        """The apology and the sentence it is said after travel as one block in a copy: a bare
        "We are sorry." after what it is for, or an apology of three sentences ("We think first of
        the injured. We also know…"); not one that names its people by a pronoun, which a short
        post names instead ("our label was meant to protect them")."""
        text = self.apology_text
        if not text or not self.apology or text == self.apology or self.apology == self.quoted_apology:
            return False
        return len(roles.sentences(text, self.lang)) >= 3 or bool(_BARE_APOLOGY.match(self.apology.strip()))

    def _bare_after_other(self, apology: str | None) -> bool:
        """A bare "We are sorry." that follows another sentence than the news apologises for that
        one ("…in the Somme we have not kept that promise. We are sorry."): after the news alone,
        it would read as sorry for the storm."""
        if not apology or not _BARE_APOLOGY.match(apology.strip()):
            return False
        said = [s.text for s in self.summary_sentences]
        return apology in said and said.index(apology) > 1

    @cached_property
    def own_apology(self) -> str | None:
        """The apology in the organisation's own voice (not the leader's quote), as a copy can
        print it on its own: for the long forms, whose summary may not hold it."""
        points_back = _POINTS_BACK.get(self.lang, _POINTS_BACK["en"])
        for key in ("summary", "what_happened", "what_we_are_doing"):
            found = roles.sentences(self.statement.text_of(key), self.lang)
            for index, sentence in enumerate(found):
                if sentence.has("apology"):
                    if not points_back.search(sentence.text) \
                            and not _SAYS_THAT.get(self.lang, _SAYS_THAT["en"]).match(sentence.text):
                        return sentence.text
                    return f"{found[index - 1].text} {sentence.text}" if index else None
        return None

    @cached_property
    def staff_advice(self) -> list[str]:
        """What the section tells our own staff ("Penrose & Vale colleagues can also call our
        employee assistance line"): for the memo, never for a public post."""
        section = self.text_of("what_you_should_do")
        return [item for item in plain_items(section, self.lang) if _FOR_STAFF.search(item)] if section.strip() else []

    @cached_property
    def advice(self) -> list[str]:
        """What people should do: the section's sentences, else the summary's advice (never
        what it tells our own staff); none once planned work is done, whose advice was for the
        window ("check in online before 23:30 on Tuesday")."""
        if self.statement.maintenance and self.statement.resolved:
            return []
        section = self.text_of("what_you_should_do")
        situations = self._situations(section)
        if situations:
            return situations
        if section.strip():
            told = _with_lead_ins([self._standalone(s.text) for s in roles.sentences(section, self.lang)
                                   if not self._only_apology(s.text) and not _FOR_STAFF.search(s.text)], self.lang)
            # A table's rows are reference ("Annual season ticket — What we refund: half a month"),
            # not what to do first: the section's sentences go before them.
            rows = [table_row_plain(list(zip(table[0], row)), self.lang) for table in tables(section)
                    for row in table[1:]]
            in_rows = [any(sentence.strip(" .") in row for row in rows) for sentence in told]
            return [t for t, row in zip(told, in_rows) if not row] + [t for t, row in zip(told, in_rows) if row]
        return [s.text for s in self.summary_sentences[1:] if s.has("advice") and not self._only_apology(s.text)]

    @cached_property
    def advice_items(self) -> list[str]:
        """What people should do, as the authors laid it out (list items, paragraphs)."""
        if self.statement.maintenance and self.statement.resolved:
            return []  # (the window's advice, past once the work is done)
        section = self.text_of("what_you_should_do")
        situations = self._situations(section)
        if situations:
            return situations
        if section.strip():
            # An apology is not something to do ("We are sorry if you could not reach us").
            items = _with_lead_ins([self._me_named(item) for item in plain_items(section, self.lang)
                                    if not self._only_apology(item) and not _FOR_STAFF.search(item)], self.lang)
            return [self._standalone(items[0]), *items[1:]] if items else items
        return self.advice

    def _situations(self, section: str) -> list[str]:
        """A "What you should do" table of situations and what to do, one piece of advice a row
        ("You were debited twice on 5 November: you do not need to do anything. …"): cell by
        cell, it would read "Your situation", "What to do", "Nothing."."""
        rows = table_rows(section)
        if len(rows) < 2 or any(len(row) != 2 for row in rows):
            return []
        items = []
        for situation, action in rows[1:]:
            told = self._standalone(action.strip())
            told = told[:1].lower() + told[1:]
            situation = situation.strip().rstrip(".:")
            # "You were debited twice" → "If you were debited twice, you do not need to do anything."
            if re.match(r"(?:you|your)\b", situation, re.IGNORECASE) and self.lang != "fr":
                items.append(f"If {situation[:1].lower()}{situation[1:]}, {told}")
            elif re.match(r"(?:vous|votre|vos)\b", situation, re.IGNORECASE) and self.lang == "fr":
                items.append(f"Si {situation[:1].lower()}{situation[1:]}, {told}")
            else:
                items.append(f"{situation} : {told}" if self.lang == "fr" else f"{situation}: {told}")
        return items

    def _only_apology(self, text: str) -> bool:
        # "Sorry if you missed a call that mattered" apologises; its "if you" is no advice.
        found = roles.sentences(text, self.lang)
        return bool(found) and all(s.has("apology") and (not s.has("advice") or _SORRY_FIRST.match(s.text))
                                   for s in found)

    def _standalone(self, text: str) -> str:
        """An answer that needs its heading ("Nothing." under "What you should do"), said so
        that it stands alone in a post or an SMS; "speak to me" names who "me" is (a post or a
        support agent's reply is not the leader's own voice)."""
        text = self._me_named(text)
        found = _NOTHING.match(text.strip())
        if found:
            rest = text.strip()[found.end():].strip()
            own = copy_word("nothing_to_do", self.lang)
            lead = found.group("lead") or ""  # "In most cases, nothing." → "In most cases, you do not…"
            said = f"{lead}{own}" if lead else own[:1].upper() + own[1:]
            if found.group("cond"):
                # "Nothing, if you travelled…: your booking is safe" → "If you travelled…, you do not
                # need to do anything: your booking is safe"
                cond = found.group("cond").strip()
                mark = (" :" if self.lang == "fr" else ":") if re.match(r"[\s\u00a0\u202f]*:", rest) else "."
                rest = re.sub(r"^[\s\u00a0\u202f]*[:.]\s*", "", rest)
                return f"{lead}{cond[:1].upper() if not lead else cond[:1]}{cond[1:]}, {own}{mark} {rest}".strip()
            if found.group("unless"):  # "Nothing, unless the delay…" → "…anything, unless the delay…"
                return f"{said}{found.group('unless')} {rest}".strip()
            if found.group("colon"):  # "Nothing: refunds are automatic" → "You do not need…: refunds…"
                return f"{said}{' :' if self.lang == 'fr' else ':'} {rest}".strip()
            return f"{said}. {rest}".strip()
        return text

    def _me_named(self, text: str) -> str:
        person = self.statement.spokesperson
        if person is None or self.lang not in _ME:
            return text
        pattern, form = _ME[self.lang]
        if form is not None:
            # (The name as written, whatever it holds: never read as a group reference.)
            return pattern.sub(lambda m: m.expand(form.replace("{name}", "\x00")).replace("\x00", person.name), text)
        return pattern.sub(lambda m: _FR_ME_VERBS[m.group(1) or m.group(2)].format(name=person.name), text)

    @cached_property
    def first_advice(self) -> str | None:
        """The advice that matters most: the summary's own (the authors put it there), else
        the first of the section."""
        sentences = [s.text for s in self.summary_sentences]
        at = next((i for i, s in enumerate(self.summary_sentences) if i and s.has("advice")), None)
        found = sentences[at] if at is not None else None
        if found and at and at > 1 and THOSE_DAYS.search(found):
            # "If you are booked on those days, you can already change…" says which days only with the
            # sentence before ("Unite has called a second strike on 18 and 19 December."): both.
            found = f"{sentences[at - 1]} {found}"
        if found and self.kind == "recall" and _IF_CLAUSE.match(found) and self.summary_sentences:
            # "…may contain E. coli O157:H7: do not eat them." then "If you froze ground beef…, check
            # your freezer": the news's own "do not eat" matters more than the case of a few.
            said = _NEWS_ORDER.get(self.lang, _NEWS_ORDER["en"]).search(self.summary_sentences[0].text)
            if said:
                return said.group(1)[0].upper() + said.group(1)[1:].rstrip(" .") + "."
        if found and _NOTHING_TO_DO.search(found):
            # "You have nothing to do" when the section adds "Do not send them again, you would
            # pay twice": the warning, with what it speaks of, matters more.
            warned = next((item for item in self.advice_items
                           if _NOTHING_TO_DO.search(item) and _DO_NOT.search(item)), None)
            return warned or found
        return found or self._todays_advice() or (self.advice[0] if self.advice else None)

    def _todays_advice(self) -> str | None:
        """Advice for today's date ("On 19 August, come to the counter 3 hours before departure",
        « Le 19 août, présentez-vous… ») while the statement is open: what a traveller reading a
        short copy that day must not miss, wherever the authors listed it."""
        if self.statement.resolved or not self.advice:
            return None
        today = self.now.astimezone(self.settings.timezone)
        from babel.dates import format_date

        name = re.escape(format_date(today.date(), "MMMM", locale=self.lang))
        day = rf"(?:{today.day}(?:er)?\s+{name}|{name}\s+{today.day})\b"
        dated = re.compile(rf"^(?:on\s+|le\s+|am\s+)?(?:\w+\s+)?{day}", re.IGNORECASE)
        return next((item for item in self.advice[1:] if dated.match(item)), None)

    @cached_property
    def must_not_eat(self) -> str | None:
        """A recall summary's warning to whom the product is dangerous ("People who are allergic
        to nuts must not eat these products", « …ne doivent pas consommer ces produits »), when it
        is not the first advice already: a text carries it beside the lots."""
        if self.kind != "recall":
            return None
        said = next((s.text for s in self.summary_sentences[1:] if _MUST_NOT_EAT.search(s.text)), None)
        return None if said is None or said == self.first_advice else said

    @cached_property
    def spared_as_written(self) -> str | None:
        """`spared` as the summary words it ("…were in these files")."""
        if self.kind != "breach":
            return None
        return next((s.text for s in self.summary_sentences[1:] if _SPARED.search(s.text)), None)

    @cached_property
    def spared(self) -> str | None:
        """After a breach, the summary's sentence on what was not exposed ("No passwords, bank
        details or ticket codes were in these files", « Aucune donnée bancaire… »): what everyone
        asks first, worded to stand alone (without "in these files")."""
        found = self.spared_as_written
        if found is None:
            return None
        files = r"(?:these|those|the) (?:files|data|lists|exports)"
        alone = re.sub(rf"\b(were|was) (?:in|part of) {files}\b", r"\1 exposed", found, flags=re.IGNORECASE)
        alone = re.sub(rf"\s+(?:in|from) {files}(?=[.;,])", "", alone, flags=re.IGNORECASE)
        exposed = "n'a été exposé" if re.match(r"aucun", alone, re.IGNORECASE) else "n'ont été exposés"
        alone = re.sub(r"\bne (?:figurai(?:en)?t|se trouvai(?:en)?t) (?:dans|parmi) (?:ces|les) (?:fichiers|données|listes|"
                       r"exports)\b", exposed, alone, flags=re.IGNORECASE)
        return alone

    @cached_property
    def advice_route(self) -> str | None:
        """Where to do what the first advice asks, when it does not say ("…and order a free
        replacement" in the summary): the advice item that says it ("Order your free replacement
        at tidewater.co.uk/adapter, or call 0800 917 4430"), so a text or a post never asks people
        to order, claim or book without saying where."""
        first = self.first_advice
        if not first or _ROUTE.search(first) or not NEEDS_ROUTE.search(first):
            return None  # "take them back to the shop" needs no line to call
        wanted = _stems(first)
        routes = [item for item in self.advice_items if item != first and _ROUTE.search(item)
                  and len(_stems(_ROUTE.split(item)[0]) & wanted) >= 2]
        return max(routes, key=lambda item: len(_stems(item) & wanted), default=None)

    @cached_property
    def outcome(self) -> list[str]:
        """The summary's sentences saying the worst is over or never came ("No passenger was
        injured", "Service is back since 14:50"): after the news, what people fear first. One
        that names its subject by a pronoun comes with the sentence before it ("The notice covers
        about 6,800 people. It was lifted for Vuillerens…"), unless that is the news it follows."""
        said = self.summary_sentences
        return [s.text if index < 2 or not _PRONOUN_SUBJECT.match(s.text) else f"{said[index - 1].text} {s.text}"
                for index, s in enumerate(said) if index and s.has("outcome")][:2]

    @cached_property
    def hurt(self) -> str | None:
        """After an accident, the summary's sentence on who was hurt ("The van driver was seriously
        injured and 6 passengers slightly"): the news of an accident as much as what happened."""
        if self.kind != "safety":
            return None
        return next((s.text for s in self.summary_sentences[1:] if s.has("harm")), None)

    @cached_property
    def never_ask(self) -> str | None:
        """"We will never ask for your password…": the line that protects people from phishing
        (that promise rather than a bare "be wary of messages" when the statement has both)."""
        # (And a section of its own, "What we will never ask you", its list said as one sentence:
        # "Ondine will never ask you, by phone, text or e-mail, for: your password; a code…".)
        own = [_list_in_one(section.text) for section in self.statement.sections
               if section.key is None and _NEVER_HEADING.search(section.heading)]
        # (The promise wherever it is, before a "be wary" found first: in a section of its own
        # after what people should do.)
        found = [s.text for markdown in (self.text_of("what_you_should_do"), *own, self.summary)
                 for s in roles.sentences(markdown, self.lang) if s.has("never-ask")]
        if found:
            return next((text for text in found if _NEVER.search(text)), found[0])
        for markdown in (u.text for u in self.statement.updates):
            found = [s.text for s in roles.sentences(markdown, self.lang) if s.has("never-ask")]
            if found:
                return next((text for text in found if _NEVER.search(text)), found[0])
        return None

    @cached_property
    def never_ask_alone(self) -> str | None:
        """`never_ask` as a copy says it on its own, without the reassurance before it: "Be wary of…",
        never "Do be wary, though, of…", « Méfiez-vous toutefois de… »."""
        return _without_contrast(self.never_ask) if self.never_ask else None

    # -- updates -------------------------------------------------------------------------------

    def withdrawn(self, update: Update) -> list[str]:
        """The values a correction of this update withdrew ("2611F07, et non 2611F01",
        "2,096, not about 1,874", or a figure it restates in the same words): a copy never
        repeats them."""
        # A count in words ("not two") is replaced where it stood; "two" elsewhere is another fact.
        explicit = [change.wrong for c in update.corrections for change in corrections.explicit_changes(c.text)
                    if not corrections.is_count_word(change.wrong)]
        if explicit:
            return explicit
        fixes = self.correction_sentences_of(update)
        return [change.wrong for s in roles.sentences(update.text, self.lang)
                for change in corrections.aligned_changes(s.text, fixes)]

    def correction_sentences_of(self, update: Update) -> list[str]:
        """Every sentence of the corrections made to an update, as written."""
        return [s.text for c in update.corrections for s in roles.sentences(c.text, self.lang)]

    def kept_sentences(self, update: Update) -> list[str]:
        """An update's sentences as they should have been published: a value a correction
        withdrew is replaced by the right one (`generator.rendering.corrections`); a sentence that
        still holds a withdrawn value is left out."""
        fixes = self.correction_sentences_of(update)
        withdrawn = self.withdrawn(update)
        kept = self._all_kept([s.text for s in roles.sentences(update.text, self.lang)], fixes, withdrawn)
        return self._as_now(update, kept)

    def sent_sentences(self, update: Update) -> list[str]:
        """An update's sentences as its copies were sent: a copy of an update is the record of
        what went out then, so a later correction never rewrites it (the correction has its own
        copy, as on the page)."""
        return self._as_now(update, [s.text for s in roles.sentences(update.text, self.lang)])

    def sent_paragraphs(self, update: Update) -> list[str]:
        """An update's paragraphs as its copies were sent (see `sent_sentences`)."""
        return self._as_now(update, [p for p in plain_items(update.text, self.lang) if p])

    def _all_kept(self, sentences: list[str], fixes: list[str], withdrawn: list[str]) -> list[str]:
        """`sentences` as `_kept` tells each. When a correction changes what a figure counts
        ("48,312, not about 41,000: our first count left out the imaging centres"), adds to a list
        or restates a total, the first sentence that held an old figure gives way to the
        correction's own words, so the next one ("We will start notifying them tomorrow") still
        has what it speaks of; a count in words it withdrew, or a total it restates, goes too."""
        # A sentence a correction recants ("We wrote that no data had been lost") is not told
        # again as a fact: the correction's own words say what is true.
        sentences = [s for s in sentences if not corrections.recanted(s, fixes)]
        # ("Phone numbers were not in the files" beside "Mobile phone numbers were in these files
        # too": the sentence it denies is not told again either.)
        # (A value put right, "2,140, not about 1,870", is no denial: it is replaced below.)
        denials = [fix for fix in fixes if not corrections.replaces_a_value(fix)]
        sentences = [s for s in sentences if not any(corrections.denied_by(s, fix) for fix in denials)]
        # ("Contrary to what we wrote, …": the clause it contradicts goes, the rest stays.)
        sentences = [t for t in (corrections.without_contradicted(s, fixes) for s in sentences) if t]
        if not corrections.changes_scope(fixes):
            return [t for t in (self._kept(s, fixes, withdrawn) for s in sentences) if t]
        counts = [change.wrong for f in fixes for change in corrections.explicit_changes(f, " ".join(fixes))
                  if corrections.is_count_word(change.wrong)]

        def stale(sentence: str) -> bool:
            return (_holds_any(sentence, withdrawn) or corrections.stale_total(sentence, fixes)
                    or any(corrections.count_said_as(sentence, fixes, count) for count in counts))

        told = [self._kept(s, fixes, withdrawn) for s in sentences]
        update_text = " ".join(sentences)
        naming = [f for f in fixes if _holds_any(f, withdrawn) or corrections.restates_total(f)
                  or corrections.new_values(f, update_text)
                  or any(corrections.count_said_as(f, [f], count) for count in counts)]
        placed = False
        for index, sentence in enumerate(sentences):
            if not sentence.strip() or not stale(sentence):
                continue
            # The clauses of a stale sentence without the old figure stay ("about 2,900 trips are
            # affected; none will be charged beyond its real time" keeps its promise).
            rest = [c for c in re.split(r"\s*;\s+", sentence.strip()) if c and not stale(c)]
            rest = [c[:1].upper() + c[1:] + ("" if c.endswith((".", "!", "?")) else ".") for c in rest]
            # The first gives way to the correction's own words that say the right figures, what
            # it adds or the new total (the why is in the correction's own copy), so the next
            # sentence ("We will start notifying them tomorrow") keeps its antecedent.
            told[index] = " ".join([*([] if placed else naming), *rest])
            placed = True
        return [t for t in told if t]

    @staticmethod
    def _kept(sentence: str, fixes: list[str], withdrawn: list[str]) -> str:
        """The sentence corrected, or "" when it still holds a withdrawn value the correction
        did not reach. A sentence the correction did change keeps its other uses of the same
        digits (« T2, 1 tram sur 3 ; C3, 1 bus sur 2 » once C3's 3 is corrected)."""
        told = corrections.corrected(sentence, fixes)
        if told != sentence:
            return told
        return "" if _holds_any(told, withdrawn) else told

    def _as_now(self, update: Update, pieces: list[str]) -> list[str]:
        """The newest update is what outputs say now: its promises whose day has passed leave
        (`holding`); older updates are the record of what was said then."""
        if update is not self.statement.last_update:
            return pieces
        return [held for held in (self.holding(p, update.at) for p in pieces) if held] or pieces

    def update_sentences(self, update: Update) -> list[str]:
        """An update's sentences, corrected, then each correction made to it, dated."""
        return [*self.kept_sentences(update), *(self._corrected(c.at, " ".join(self.correction_sentences(update, c)))
                                                 for c in update.corrections)]

    def corrected(self, update: Update, text: str) -> str:
        """A piece of an update's text with the values its corrections withdrew replaced."""
        return corrections.corrected(text, self.correction_sentences_of(update))

    def corrections_text(self, update: Update) -> list[str]:
        """Each correction of an update, dated, in one sentence group (what a reader who saw
        the first version needs)."""
        return [self._corrected(c.at, " ".join(self.correction_sentences(update, c))) for c in update.corrections]

    def update_paragraphs(self, update: Update, *, as_written: bool = False) -> list[str]:
        """An update's paragraphs, corrected the same way (and as they hold now, unless
        `as_written`: the memo flags a passed promise for the team to check instead)."""
        fixes = self.correction_sentences_of(update)
        withdrawn = self.withdrawn(update)
        paragraphs = [" ".join(self._all_kept(re.split(r"(?<=[.!?])\s+", p), fixes, withdrawn))
                      for p in plain_items(update.text, self.lang)]
        paragraphs = [p for p in paragraphs if p]
        return paragraphs if as_written else self._as_now(update, paragraphs)

    @cached_property
    def lot_lines(self) -> list[str]:
        """For a recall, the products and lots as the statement's tables give them, one line
        a row, each value after its column's name ("Tomme…, 250 g — Lots : 2611T02, 2611T03
        — À consommer jusqu'au : du 2 au 9 janvier 2027")."""
        if self.kind != "recall":
            return []
        colon = " :" if self.lang == "fr" else ":"
        lines: list[str] = []
        for section in self.statement.sections:
            if section.key in ("updates",):
                continue
            rows = table_rows(section.text)
            if len(rows) < 2:
                continue
            header = rows[0]
            for row in rows[1:]:
                cells = [cell for cell in row]
                labelled = [cells[0]] + [f"{header[i]}{colon} {cell}" if i < len(header) and header[i] else cell
                                         for i, cell in enumerate(cells[1:], 1) if cell]
                lines.append(" — ".join(cell for cell in labelled if cell))
        return lines

    @cached_property
    def lot_codes(self) -> list[str]:
        """Every lot code of a recall's tables (the column named Lot/Lots/Batch), in order."""
        if self.kind != "recall":
            return []
        codes: list[str] = []
        for section in self.statement.sections:
            rows = table_rows(section.text) if section.key != "updates" else []
            if len(rows) < 2:
                continue
            columns = [i for i, name in enumerate(rows[0]) if _LOT_COLUMN.search(name)]
            # A batch and a serial number for each product: the serial numbers are what an owner
            # reads on the product (two columns run together read as one list of codes).
            columns = [i for i in columns if _SERIAL_COLUMN.search(rows[0][i])] or columns
            for row in rows[1:]:
                if row and _TOTAL_ROW.match(row[0].strip(" *_")):
                    continue  # the table's sum, not a lot
                for i in columns:
                    if i < len(row) and is_ditto(row[i]):
                        continue  # ("Same as above": the codes are those of the rows above)
                    # "26U0001 to 26U6420" is one range: an owner of 26U3000 must find it there.
                    for code in re.split(r"[,;/]\s*|\s+(?:et|and)\s+", row[i] if i < len(row) else ""):
                        code = _as_code(re.sub(r"\s*\([^()]*\)$", "", code.strip(" *_")))  # ("… (TidePack 500)": whose)
                        if code and code not in codes:
                            codes.append(code)
        return codes

    @cached_property
    def recalled_products(self) -> list[tuple[str, list[str]]]:
        """A recall's table rows as (product, its lot codes): "Littoral beef burger patties",
        ["BP1130"]."""
        products: list[tuple[str, list[str]]] = []
        for section in self.statement.sections:
            rows = table_rows(section.text) if section.key != "updates" else []
            if len(rows) < 2:
                continue
            columns = [i for i, name in enumerate(rows[0]) if _LOT_COLUMN.search(name)]
            for row in rows[1:] if columns else []:
                if row and not _TOTAL_ROW.match(row[0].strip(" *_")):
                    codes = [code for code in self.lot_codes
                             if any(code in _as_code(row[i] if i < len(row) else "") for i in columns)]
                    products.append((row[0].strip(" *_"), codes))
        return products

    def _without_later_products(self, title: str, update: Update) -> str:
        """A recall's title written once it was extended ("Recall of ground beef and burger
        patties") over an update sent before the patties were recalled: their words leave it
        ("Recall of ground beef"), as their lots leave its list."""
        told = " ".join(u.text for u in self.statement.updates if u.at <= update.at)
        products = [(name, any(code in told for code in codes)) for name, codes in self.recalled_products if codes]
        if not any(then for _, then in products) or all(then for _, then in products):
            return title
        then_words = {w for name, then in products if then for w in _name_words(name)}
        later = {w for name, then in products if not then for w in _name_words(name)} - then_words
        # The conjunct that names them: " and burger patties", « et de galettes pour hamburgers ».
        for conjunct in re.finditer(r"(?:,|\s(?:and|et|&))\s+((?:[\w'’-]+\s*)+)", title):
            tokens = list(re.finditer(r"[\w'’-]+", conjunct.group(1)))
            run = list(takewhile(lambda t: t.group(0).casefold() in later | _LINK_WORDS, tokens))
            while run and run[-1].group(0).casefold() in _LINK_WORDS:
                run.pop()
            if run:
                return title[:conjunct.start()] + title[conjunct.start(1) + run[-1].end():]
        return title

    @cached_property
    def lots_are_serials(self) -> bool:
        """Whether the recall's table gives serial numbers rather than lots."""
        return any(_SERIAL_COLUMN.search(rows[0][i])
                   for section in self.statement.sections if section.key != "updates"
                   for rows in [table_rows(section.text)] if len(rows) >= 2 for i in range(len(rows[0])))

    def lots_sentence(self) -> str:
        """`Lots concernés : 2611T02, 2611T03.` for a short copy that cannot hold the table."""
        if not self.lot_codes:
            return ""
        codes = ", ".join(self.lot_codes)
        return copy_word("serials" if self.lots_are_serials else "lots", self.lang, codes=codes)

    def correction_lead(self, at: datetime) -> str:
        zone = self.settings.timezone
        return copy_word("correction_lead", self.lang,
            day=day_words(at.astimezone(zone).date(), self.lang, zone=zone),
            time=time_words(at, zone, self.lang, with_zone=self.lang != "fr"))

    def mentions_next_update(self, markdown: str) -> bool:
        """Whether the authors already promised the next update in this text."""
        return roles.first(markdown, self.lang, "next-update") is not None

    def update_words(self, update: Update) -> str:
        """`our update of 27 November at 18:00 CET` / `notre point du 27 novembre à 18 h`."""
        when = moment_words(update.at, self.settings.timezone, self.lang)
        return copy_word("update_of", self.lang, when=when.removeprefix(_DAY_ARTICLE.get(self.lang, "")))

    def correction_sentences(self, update: Update, correction: Correction) -> list[str]:
        """A correction's sentences for a post of its own: "in this message" names the update,
        a sentence about the page's layout ("the table above") is left out."""
        where = copy_word("in_update", self.lang, update=self.update_words(update))
        said = corrections.with_denials([s.text for s in roles.sentences(correction.text, self.lang)])
        return corrections.for_copy(said, self.lang, where)

    def correction_heading(self, update: Update) -> str:
        """`Correction to our update of 27 November at 18:00 CET:`."""
        return copy_word("correction_to", self.lang, update=self.update_words(update))

    def correction_paragraphs(self, update: Update) -> list[str]:
        """The corrections made to an update, each dated, in one paragraph each (documents
        that tell the record: the press release's timeline, the memo)."""
        return [self._corrected(c.at, " ".join(self.correction_sentences(update, c))) for c in update.corrections]

    def _corrected(self, at: datetime, text: str) -> str:
        from generator.rendering.channels.voices import after_colon

        return f"{self.correction_lead(at)} {after_colon(text, self.lang)}"

    # -- the promise in words ------------------------------------------------------------------

    def promise_line(self, *, dated: bool = False) -> str:
        """The next update, in a sentence, while it is ahead ("Next update by …"); nothing once
        it has passed. A copy is what the team approved: an apology for lateness that nobody
        wrote would go out under their name, and on an update's copy it would be dated before
        the promise fell due. The status page says the promise was not kept, `check` warns the
        authors, and the memo and the checklist tell the crisis team."""
        p = self.promise
        if p.at is None or not p.ahead:
            return ""
        # (A document read for days names the day: "by 18:00" in a brief read tomorrow is wrong.)
        # (A copy goes out with the newest update, whose promise it is: its day is the reference,
        # never the clock of a later build — "by 12:00" sent at 18:30 the day before reads as that
        # evening's noon, long past.)
        newest = self.statement.updates[0].at if self.statement.updates else self.now
        when = self.promised_by(self.when(p.at, reference=None if dated else newest))
        return _PROMISE_LINES.get(self.lang, _PROMISE_LINES["en"])(when)


# The promise in a sentence, from its moment in words: each language puts "by" its own way.
_PROMISE_LINES: dict[str, Callable[[str], str]] = {
    "en": lambda when: f"Next update by {when.removeprefix('at ')}.",
    "fr": lambda when: f"Prochain point {when}.",
    # „um 16:00 Uhr“ → „bis 16:00 Uhr“; „am 1. Dezember um …“ → „bis zum 1. Dezember um …“
    "de": lambda when: "Nächste Aktualisierung bis " + (
        when.removeprefix("um ") if when.startswith("um ") else "zum " + when.removeprefix("am ")) + ".",
}
