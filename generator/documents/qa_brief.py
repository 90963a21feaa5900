"""Render stage: the media Q&A brief (major and critical statements). The questions
journalists ask, for every crisis and for its kind (a data breach, an outage, a recall, a
safety incident), each answered with the statement's own sentences and where they are, or
marked UNANSWERED with what to say instead: never an answer to another question."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from generator.clock import now as current_time
from generator.brief import Brief
from generator.documents.passages import Passage, find
from generator.documents.templating import render_text
from generator.model import Settings, Statement

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
        "not_yet": "We do not know yet. We will say it as soon as we know, at the latest in our next update{when}.",
        "never_guess": "We will not speculate. We will tell you what we find, in our next update{when}.",
        "review": "Our priority is to put this right for the people affected; our review of what happened is under way.",
        "by_when": ", {when}",
        "resolved": "It has been resolved since {when}.",
        "next": "Next public update promised {when}.",
        "affected": "Affected: {items}.",
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
        "review": "Notre priorité est de réparer pour les personnes concernées ; l'analyse de ce qui s'est passé est "
                  "en cours.",
        "by_when": ", {when}",
        "resolved": "C'est rétabli depuis {when}.",
        "next": "Prochain point public promis {when}.",
        "affected": "Touché : {items}.",
    },
}

PEOPLE = {"en": r"\b(?:customers?|clients?|merchants?|people|persons?|passengers?|owners?|members?|users?|accounts?|"
                r"patients?|residents?|households?|homes?|students?|employees?|staff|buyers?|subscribers?|shops?|"
                r"stores?|orders?|units?|batteries|products?|farmers?|producers?|families)\b",
          "fr": r"\b(?:clients?|clientes?|commerçants?|personnes?|passagers?|propriétaires?|adhérents?|"
                r"utilisateurs?|comptes?|patients?|habitants?|foyers?|élèves?|salariés?|acheteurs?|abonnés?|"
                r"magasins?|commandes?|unités|pièces|produits?|producteurs?|familles?|usagers?|membres?)\b"}


@dataclass(frozen=True, slots=True)
class Question:
    key: str
    text: dict[str, str]
    find: Callable[[Brief], list[Passage]]
    fallback: str = "not_yet"  # the line to say when the statement has no answer


@dataclass(frozen=True, slots=True)
class Answer:
    question: str
    markdown: str | None  # None: UNANSWERED
    source: str  # where the answer comes from, or the line to say instead


@dataclass(frozen=True, slots=True)
class QaContext:
    title: str
    intro: str
    count: str
    answers: tuple[Answer, ...]
    unanswered: str
    source_label: str
    fix_label: str


def _q(key: str, en: str, fr: str, finder: Callable[[Brief], list[Passage]], fallback: str = "not_yet") -> Question:
    return Question(key, {"en": en, "fr": fr}, finder, fallback)


def _words(pattern_en: str, pattern_fr: str, *, role: str | None = None, newest: bool = False,
           most: int = 2) -> Callable[[Brief], list[Passage]]:
    return lambda b: find(b, role=role, words=pattern_fr if b.lang == "fr" else pattern_en, newest_first=newest,
                          most=most)


def _role(role: str, newest: bool = False, most: int = 2) -> Callable[[Brief], list[Passage]]:
    return lambda b: find(b, role=role, newest_first=newest, most=most)


def _how_many(brief: Brief) -> list[Passage]:
    return find(brief, role="figure", words=PEOPLE.get(brief.lang, PEOPLE["en"]), newest_first=True, most=2,
                history=True)


def _advice(brief: Brief) -> list[Passage]:
    """What the people affected should do: the section, as the authors wrote it."""
    heading = "“What you should do”" if brief.lang != "fr" else "« Ce que vous pouvez faire »"
    items = brief.advice_items[:4]
    return [Passage(item, heading, frozenset({"advice"}), 1000) for item in items] or find(brief, role="advice")


def _summary(brief: Brief) -> list[Passage]:
    return [p for p in find(brief, most=99) if p.source.strip("“”«» ").lower().startswith(("summary", "résumé"))][:3]


def _doing(brief: Brief) -> list[Passage]:
    return [p for p in find(brief, most=99) if "what we are doing" in p.source.lower()
            or "ce que nous faisons" in p.source.lower()][:3] or find(brief, role="action", newest_first=True)


GENERAL: tuple[Question, ...] = (
    _q("what", "What happened?", "Que s'est-il passé ?", _summary),
    _q("how_many", "How many people are affected?", "Combien de personnes sont touchées ?", _how_many),
    _q("responsible", "Who is responsible?", "Qui est responsable ?", _role("ownership"), "review"),
    _q("doing", "What are you doing about it, and by when?", "Que faites-vous, et dans quel délai ?", _doing),
    _q("advice", "What should the people affected do?", "Que doivent faire les personnes concernées ?",
       _advice),
    _q("compensation", "Will people be compensated?", "Les personnes seront-elles indemnisées ?",
       _role("compensation")),
    _q("before", "Has this happened before?", "Est-ce déjà arrivé ?",
       _words(r"\b(?:first time|never before|happened before|previous(?:ly)?|last year)\b",
              r"\b(?:première fois|jamais (?:auparavant|arrivé)|déjà (?:arrivé|produit)|l'an dernier|précédent)\b")),
    _q("again", "Will it happen again?", "Cela peut-il se reproduire ?", _role("prevention", most=3), "never_guess"),
    _q("jobs", "Will anyone lose their job over this?", "Quelqu'un va-t-il perdre son poste ?",
       lambda b: [], "review"),
    _q("message", "What do you say to the people affected?", "Que dites-vous aux personnes concernées ?",
       lambda b: find(b, role="apology", most=2)),
)

BY_KIND: dict[str, tuple[Question, ...]] = {
    "breach": (
        _q("data", "What data exactly?", "Quelles données exactement ?", _role("data", most=3)),
        _q("who", "Who accessed it?", "Qui y a eu accès ?",
           _words(r"\b(?:unauthori[sz]ed|attacker|hacker|criminal|third part|person|accessed|stolen)\b",
                  r"\b(?:non autoris|attaquant|pirate|criminel|tiers|personne|accédé|volé)")),
        _q("encrypted", "Was it encrypted?", "Les données étaient-elles chiffrées ?",
           _words(r"\b(?:encrypt|hash)", r"\b(?:chiffr|crypt|hach)")),
        _q("regulator", "Was the regulator told, and when?", "L'autorité de contrôle a-t-elle été prévenue, et quand ?",
           _role("regulator")),
        _q("am_i", "How do I know if I am affected?", "Comment savoir si je suis concerné ?",
           _words(r"\b(?:we (?:will )?(?:have )?(?:e-?mail|write|contact|told|inform)|if we told you|every affected)\b",
                  r"\b(?:nous (?:vous )?(?:avons |allons )?(?:écrit|contacté|informé|écrirons|contacterons)|"
                  r"chaque \w+ concerné)")),
        _q("password", "Should I change my password?", "Dois-je changer mon mot de passe ?",
           _words(r"\bpasswords?\b", r"\bmots? de passe\b")),
        _q("phishing", "Is there a risk of phishing?", "Y a-t-il un risque d'hameçonnage ?",
           _words(r"\b(?:phishing|scam|fraud|be wary|suspicious|never ask)\b",
                  r"\b(?:hameçonnage|arnaque|fraude|méfiez|suspect|jamais .{0,20}demand)")),
        _q("fines", "Will you be fined?", "Risquez-vous une amende ?", lambda b: [], "review"),
    ),
    "outage": (
        _q("services", "Which services and regions?", "Quels services et quelles régions ?",
           _words(r"\b(?:region|countr|service|app|website|online|terminal|in shops|network)\w*",
                  r"\b(?:région|pays|service|application|site|en ligne|terminal|magasin|réseau)\w*")),
        _q("cause", "What caused it?", "Quelle en est la cause ?", _role("cause"), "never_guess"),
        _q("workaround", "Is there a workaround?", "Existe-t-il une solution de contournement ?", _advice),
        _q("credits", "Will customers get service credits?", "Les clients auront-ils un geste commercial ?",
           _role("compensation")),
    ),
    "recall": (
        _q("lots", "Which products, lots and dates?", "Quels produits, quels lots, quelles dates ?",
           _role("lots", most=3)),
        _q("health", "What is the risk, and the symptoms?", "Quel est le risque, quels sont les symptômes ?",
           _role("harm", most=2)),
        _q("return", "How do people return it and get their money back?",
           "Comment rapporter le produit et être remboursé ?", _role("compensation")),
        _q("authorities", "Were the authorities informed?", "Les autorités ont-elles été prévenues ?",
           _role("regulator")),
        _q("sold", "How many units were sold?", "Combien d'unités ont été vendues ?",
           _words(r"\b(?:units?|items?|products?|sold|bought|batter(?:y|ies)|pieces?)\b",
                  r"\b(?:unités?|pièces?|produits?|vendu|acheté|portions?)\b", role="figure", newest=True)),
    ),
    "safety": (
        _q("hurt", "Is anyone hurt?", "Y a-t-il des blessés ?", _role("harm", newest=True)),
        _q("safe", "Is the site safe now?", "Le site est-il sûr désormais ?",
           _words(r"\b(?:safe|secured|no risk|no danger|reopen|air quality)\b",
                  r"\b(?:sécuris|sans danger|aucun risque|rouvert|qualité de l'air|pas de danger)", newest=True)),
        _q("services", "Were emergency services and authorities involved?",
           "Les secours et les autorités sont-ils intervenus ?", _role("regulator")),
        _q("environment", "Is there an environmental impact?", "Y a-t-il un impact sur l'environnement ?",
           _words(r"\b(?:environment|pollution|smoke|air|water|river|soil|emissions?)\b",
                  r"\b(?:environnement|pollution|fumées?|air|eau|rivière|sol|rejets?)\b")),
    ),
}


def _questions(brief: Brief) -> tuple[Question, ...]:
    first = GENERAL[:1]
    since = _q("since", "Since when, and since when have you known?", "Depuis quand, et depuis quand le savez-vous ?",
               lambda b: [])
    return (*first, since, *BY_KIND.get(brief.kind, ()), *GENERAL[1:])


def _since(brief: Brief, words: dict[str, str]) -> tuple[str, str]:
    """Since when: `began` if the statement gives it, else the statement's own words on when
    it began; and since when it is known: the first public word, a fact onevoice has."""
    statement = brief.statement
    lines: list[str] = []
    sources: list[str] = []
    if brief.began is not None:
        lines.append(words["began"].format(when=brief.when(brief.began, "document")))
    else:
        told = find(brief, words=r"\b(?:since|began|started|from \d|between)\b" if brief.lang != "fr" else
                    r"\b(?:depuis|commencé|débuté|du \d|entre le)\b", most=1)
        if told:
            lines.append(f"> {told[0].text}")
            sources.append(told[0].source)
    lines.append(words["first_word"].format(when=brief.when(statement.first_update.at, "document")))
    return "\n\n".join(lines), ", ".join(sources)


def qa_context(statement: Statement, settings: Settings, now=None) -> QaContext:  # type: ignore[no-untyped-def]
    brief = Brief(statement, settings, now or current_time())
    lang = statement.lang
    words = QA_WORDS.get(lang, QA_WORDS["en"])
    promise = brief.promise
    by_when = words["by_when"].format(when=brief.when(promise.at, "document")) if promise.ahead and promise.at else ""
    answers: list[Answer] = []
    for question in _questions(brief):
        text = question.text.get(lang, question.text["en"])
        if question.key == "since":
            markdown, source = _since(brief, words)
            answers.append(Answer(text, markdown, source or "—"))
            continue
        found = question.find(brief)
        if question.key == "doing":
            extra = words["resolved"].format(when=brief.when(statement.resolved_at or statement.last_update.at, "document")) \
                if statement.resolved else (words["next"].format(when=brief.when(promise.at, "document"))
                                            if promise.ahead and promise.at else "")
        else:
            extra = ""
        if question.key == "services" and brief.kind == "outage" and statement.affected and not found:
            answers.append(Answer(text, words["affected"].format(items=", ".join(brief.affected_words)), "`affected`"))
            continue
        if not found:
            line = words[question.fallback].format(when=by_when)
            answers.append(Answer(text, None, f"{words['say']} " + (f"« {line} »" if lang == "fr" else f"“{line}”")))
            continue
        quoted = "\n\n".join(f"> {p.text}" for p in found)
        if extra:
            quoted += f"\n\n{extra}"
        answers.append(Answer(text, quoted, "; ".join(dict.fromkeys(p.source for p in found))))
    unanswered = sum(1 for a in answers if a.markdown is None)
    return QaContext(
        title=words["title"].format(title=statement.title),
        intro=words["intro"].format(unanswered=words["unanswered"]),
        count=words["count"].format(count=unanswered, total=len(answers)),
        answers=tuple(answers),
        unanswered=words["unanswered"],
        source_label=words["source"],
        fix_label="",
    )


def render_qa_brief(statement: Statement, settings: Settings, now=None) -> str:  # type: ignore[no-untyped-def]
    from generator.documents.formatting import typography

    return typography(render_text(settings.root, "documents/qa.md.j2", q=qa_context(statement, settings, now)),
                      statement.lang)
