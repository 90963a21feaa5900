"""Components: the parts of the service that statements' `affected` lists name, and the
status each one shows. Model helpers (no output): the reader uses `affected_problems` (a name
that is no component is a warning) and the site uses the rest (components.json, the home page).

Components are declared under `extra.onevoice.components`; a site that declares none gets one
component per distinct `affected` name of its statements about services (an outage, a
maintenance, a breach, a bill: not an advert withdrawn, a fire or a health notice, whose
`affected` names places and people, nor a recall, whose `affected` names products), so `affected` keeps working as it always has. While
a statement is unresolved, each component it names takes a status:

| statement | status of the components it names |
|---|---|
| outage, unresolved | `component_status` if given, else minor → degraded_performance, major → partial_outage, critical → major_outage |
| any other incident (a breach, a recall, a safety notice, a bad buzz, a bill, a closure announced) | `component_status` if given, else operational, with the notice shown beside it |
| maintenance `in progress` or `verifying` | `component_status` if given, else under_maintenance |
| resolved or completed | `component_status` if given (what stays down once the notice is closed), else operational |
| a maintenance still `scheduled` | none (operational) |

A component named by several statements shows the worst of their statuses."""

from __future__ import annotations

import difflib
from functools import lru_cache
import re
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass

from generator.core.model import (
    COMPONENT_STATUSES,
    MAINTENANCE_UNDER_WAY,
    Component,
    Settings,
    Statement,
)

SEVERITY_COMPONENT_STATUS = {"minor": "degraded_performance", "major": "partial_outage", "critical": "major_outage"}
STATUS_RANK = {status: rank for rank, status in enumerate(COMPONENT_STATUSES)}
OPERATIONAL = "operational"


def component_id(name: str) -> str:
    """A stable id from a name: 'Card payments' → 'card-payments' (Statuspage's ids are
    random; clients treat them as opaque)."""
    folded = unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode().lower()
    return re.sub(r"[^a-z0-9]+", "-", folded).strip("-") or "component"


def unique_ids(names: Iterable[str], taken: set[str] | None = None) -> list[str]:
    """Ids for `names`, in order, a suffix added where two names give the same id."""
    seen = set(taken or ())
    ids = []
    for name in names:
        base = candidate = component_id(name)
        number = 2
        while candidate in seen:
            candidate, number = f"{base}-{number}", number + 1
        seen.add(candidate)
        ids.append(candidate)
    return ids


def _key(name: str) -> str:
    return " ".join(name.casefold().split())


def find(name: str, components: Iterable[Component]) -> Component | None:
    """The component `name` designates: its name or any of its per-language names, case and
    spacing ignored."""
    wanted = _key(name)
    for component in components:
        if wanted == _key(component.name) or any(wanted == _key(n) for n in component.names.values()):
            return component
    return None


def affected_problems(affected: tuple[str, ...], settings: Settings) -> list[tuple[str, str]]:
    """(message, hint) for each `affected` name that is neither a declared component nor one
    of the declared audiences. Nothing when the site declares no components."""
    if not settings.components:
        return []
    audiences = {_key(a) for a in settings.audiences}
    spellings = [n for c in settings.components for n in (c.name, *c.names.values())] + list(settings.audiences)
    def known(name: str) -> bool:
        return find(name, settings.components) is not None or _key(name) in audiences

    problems = []
    for index, name in enumerate(affected):
        if known(name):
            continue
        close = difflib.get_close_matches(name, spellings, n=1, cutoff=0.6)
        # Two unknown names side by side are often one name cut at its comma by the list.
        beside = affected[index + 1] if index + 1 < len(affected) else None
        joined = (f"if '{name}, {beside}' is one name, put it in quotes: [\"{name}, {beside}\"]; "
                  if beside is not None and not known(beside) else "")
        if joined and close and _key(close[0]) == _key(f"{name}, {beside}"):
            close = []
        hint = joined + (f"did you mean '{close[0]}'? " if close else "") + (
            "affected names are the components declared in mkdocs.yml (extra.onevoice.components: "
            + ", ".join(c.name for c in settings.components[:8]) + ("…" if len(settings.components) > 8 else "")
            + "), or regions and groups of people listed under extra.onevoice.audiences")
        problems.append((f"'{name}' is not a component of this site: no component will show this statement", hint))
    return problems


def site_components(settings: Settings, statements: Iterable[Statement],
                    translations: Iterable[Statement] = ()) -> tuple[Component, ...]:
    """The declared components, or else one per distinct `affected` name of `statements`, in
    the order they first appear (statements oldest first). `translations`, the other language
    files of those statements, give each such component its name in their language: the same
    position of their `affected` (translate keeps the order), when they list as many."""
    if settings.components:
        return settings.components
    translated = _translated_names(statements, translations)
    # A statement written only in another language names a component in that language
    # (« Application mobile »): the component a pair already calls so ("Mobile app"), not a new one.
    original_of = {_key(own): key for key, per_lang in translated.items() for own in per_lang.values()
                   if _key(own) != key}
    names: dict[str, str] = {}
    for statement in sorted(statements, key=lambda s: (s.first_update.at, s.slug)):
        # (A safety notice or a recall names places and products, not services; but a name its
        # `component_status` gives a status is one the authors want shown: "Shopping centre:
        # major_outage" for a mall closed after a gas leak, never left off the page.)
        given = statement.component_status
        stated = {_key(name) for name in (given if isinstance(given, dict) else statement.affected if given else ())}
        if not names_services(statement) and not stated:
            continue
        for name in statement.affected:
            if not names_services(statement) and _key(name) not in stated:
                continue
            if _key(name) not in names and _key(name) in original_of:
                continue
            if is_audience(name):
                continue
            names.setdefault(_key(name), name)
    return tuple(Component(id=cid, name=name, names=translated.get(_key(name), {}))
                 for cid, name in zip(unique_ids(names.values()), names.values()))


# Who, not what: "Patients of our seven clinics", « Usagers des trottinettes », "UK customers",
# "Glisso scooter riders in Toulouse": a plural noun for people heads the name (first in French,
# last before "of"/"in" in English). "Portail patient" and "Patient portal" are services.
_PEOPLE_WORDS = (r"(?:patients|customers|clients|users|usagers|utilisateurs|utilisatrices|riders|passengers|voyageurs|"
                 r"residents|habitants|riverains|subscribers|abonnés|members|adhérents|staff|employees|salariés|"
                 r"owners|propriétaires|guests|families|familles|parents|students|étudiants|élèves|pupils|"
                 r"travell?ers|consumers|consommateurs|people|personnes)")
_PEOPLE = re.compile(rf"^\s*(?:(?:all|tous les|toutes les|les|the|our|nos)\s+)?{_PEOPLE_WORDS}\b|"
                     rf"\b{_PEOPLE_WORDS}\s*(?:$|\b(?:of|in|at|from|who|with|du|des|de|d['’]|à|en|qui)\b)",
                     re.IGNORECASE)


@lru_cache(maxsize=1)
def _countries() -> frozenset[str]:
    """Country and region names in every language onevoice speaks (Babel's territories)."""
    from babel import Locale

    return frozenset(_key(name) for lang in ("en", "fr", "de") for name in Locale(lang).territories.values())


def is_audience(name: str) -> bool:
    """Whether an `affected` name is people or a country, not a part of the service: a site that
    declares no components does not list "Patients of our seven clinics — Data incident" or
    "United Kingdom — Operational" among its services."""
    return bool(_PEOPLE.search(name)) or _key(name) in _countries()


def names_services(statement: Statement) -> bool:
    """Whether a statement's `affected` names parts of the service, which a site that declares
    no components lists: an advert withdrawn names a campaign and an audience ("Customers aged
    65 and over"), a fire or a health notice names a place and the people there; listed as
    services, they would show "Operational" beside a closed hotel; a recall names products,
    which would read "Operational" once the statement is closed while the recall still holds."""
    from generator.reading.kinds import controversy_words, kind

    if statement.maintenance:
        return True
    found = kind(statement)
    return found not in ("safety", "recall") and not (found in ("incident", "outage")
                                      and controversy_words(f"{statement.title} {statement.summary}"))


def _translated_names(statements: Iterable[Statement], translations: Iterable[Statement]) -> dict[str, dict[str, str]]:
    """Name key → {lang: the name a translation gives it at the same place of `affected`}."""
    originals = {statement.slug: statement for statement in statements}
    found: dict[str, dict[str, str]] = {}
    for translation in translations:
        original = originals.get(translation.slug)
        if original is None or original.lang == translation.lang or len(original.affected) != len(translation.affected):
            continue
        for name, own in zip(original.affected, translation.affected, strict=True):
            found.setdefault(_key(name), {}).setdefault(translation.lang, own)
    return found


def status_given(statement: Statement, name: str) -> str:
    """What `statement`, as it stands, makes the component it calls `name` show."""
    if statement.maintenance and statement.status not in MAINTENANCE_UNDER_WAY:
        return OPERATIONAL
    if statement.resolved:
        # What the authors still say is down once the notice is closed ("the chairlift stays
        # closed until the investigators agree"): never "Operational" beside it.
        return _written_status(statement, name) or OPERATIONAL
    if restored(statement) and statement.component_status is None:
        return OPERATIONAL
    return active_status(statement, name)


def _written_status(statement: Statement, name: str) -> str | None:
    chosen = statement.component_status
    if isinstance(chosen, str):
        return chosen
    if isinstance(chosen, dict):
        return next((status for written, status in chosen.items() if _key(written) == _key(name)), None)
    return None


def active_status(statement: Statement, name: str) -> str:
    """What `statement` makes the component it calls `name` show while it is under way and
    the service is down (before its "monitoring" stage, `restored`)."""
    default = ("under_maintenance" if statement.maintenance
               else SEVERITY_COMPONENT_STATUS[statement.severity.value] if service_down(statement)
               else OPERATIONAL)
    chosen = statement.component_status
    if isinstance(chosen, str):
        return chosen
    if isinstance(chosen, dict):
        return next((status for written, status in chosen.items() if _key(written) == _key(name)), default)
    return default


def restored(statement: Statement) -> bool:
    """An outage at its "monitoring" stage: the fix is in and the team watches that it holds.
    Its services work again (Statuspage's own practice), and the page says they are watched
    (`component.monitoring`), never "Major outage" beside a service people can use."""
    from generator.core.model import Status

    return not statement.maintenance and not statement.resolved and statement.status is Status.MONITORING


def service_down(statement: Statement) -> bool:
    """Whether the statement says a service is not working (an outage): a breach, a recall or a
    safety incident names what it concerns, and the services go on ("come as planned"); so does
    a statement that says no service failed (a closure announced for later, a bad buzz); only
    `component_status` makes them show otherwise."""
    from generator.reading.kinds import billing_words, kind

    # Money charged twice or a wrong bill: the shop or the service works; people are owed money.
    return kind(statement) == "outage" and not billing_words(f"{statement.title} {statement.summary}")


def worst(statuses: Iterable[str]) -> str:
    return max(statuses, key=STATUS_RANK.__getitem__, default=OPERATIONAL)


@dataclass(frozen=True, slots=True)
class Effect:
    """One statement's effect on one component."""

    component: Component
    statement: Statement
    status: str  # what the statement makes it show now (operational when over)
    written: str  # the name as the statement wrote it


def effects(components: tuple[Component, ...], statements: Iterable[Statement]) -> list[Effect]:
    """Every (component, statement) pair where the statement names the component."""
    found = []
    for statement in statements:
        for name in statement.affected:
            component = find(name, components)
            if component is not None:
                found.append(Effect(component, statement, status_given(statement, name), name))
    return found


def current_statuses(components: tuple[Component, ...], found: list[Effect]) -> dict[str, str]:
    """Component id → the status it shows now: the worst any statement gives it."""
    statuses = {component.id: OPERATIONAL for component in components}
    for effect in found:
        statuses[effect.component.id] = worst((statuses[effect.component.id], effect.status))
    return statuses


@dataclass(frozen=True, slots=True)
class Group:
    """Components that share a `group`, at the place of the first of them; `key` is the
    group's name in the site's default language ('' for the components in no group)."""

    key: str
    id: str
    components: tuple[Component, ...]


def grouped(components: tuple[Component, ...], default_lang: str) -> list[Group]:
    """Components in declared order, each group gathered at its first member's place."""
    order: dict[str, list[Component]] = {}
    singles = 0
    for component in components:
        key = component.group_name(default_lang, default_lang)
        if not key:  # a component in no group stands alone, in place
            order[f"\0{singles}"] = [component]
            singles += 1
        else:
            order.setdefault(key, []).append(component)
    keys = [k for k in order if not k.startswith("\0")]
    ids = dict(zip(keys, unique_ids(keys, {c.id for c in components})))
    return [Group("" if key.startswith("\0") else key, ids.get(key, ""), tuple(members))
            for key, members in order.items()]
