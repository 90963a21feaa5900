"""Renderer stage, site part 1b: what the home page shows at a glance, as template contexts:
the overall banner, the components by group with their status, the planned maintenance, the
recent history by month and the links for subscribers. Built from `SiteStatus` (the same
state the status API publishes) and the listing items of `context`."""

from __future__ import annotations

from dataclasses import dataclass

from generator.rendering.site.context import (
    LinkView,
    ListingItem,
    MonthView,
    PageInfo,
    TimeView,
    lang_prefix,
    time_view,
)
from generator.rendering.site.labels import ROUTE_STATES, component_label, is_lift, is_route, label
from generator.rendering.site.status import SiteStatus
from generator.core.model import Component, Settings, Statement
from generator.reading.kinds import kind

NOTICE_KINDS = ("recall", "breach", "safety")


@dataclass(frozen=True, slots=True)
class BannerView:
    """The overall state in words (the colour only repeats them): `indicator` is
    Statuspage's (none, maintenance, minor, major, critical), or `notice` when nothing is down
    but a notice (a breach, a recall) is in force."""

    indicator: str
    title: str
    detail: str
    updated: TimeView | None


@dataclass(frozen=True, slots=True)
class ComponentView:
    id: str
    name: str
    status: str  # component status key, for the colour and shape
    status_label: str
    description: str


@dataclass(frozen=True, slots=True)
class GroupView:
    """A group of components ('' name: one component in no group)."""

    name: str
    status: str
    status_label: str
    components: tuple[ComponentView, ...]


@dataclass(frozen=True, slots=True)
class HomeContext:
    """`home.html.j2`: banner, ongoing statements, components, planned maintenance, recent
    history by month, links to follow the page."""

    page: PageInfo
    banner: BannerView
    ongoing: tuple[ListingItem, ...]
    just_resolved: tuple[ListingItem, ...]  # resolved in the day before the build, with their summary
    groups: tuple[GroupView, ...]
    upcoming: tuple[ListingItem, ...]
    recent: tuple[MonthView, ...]
    history_path: str
    more_history: bool  # the home lists only the newest; the history page lists all
    follow: tuple[LinkView, ...]


def banner(status: SiteStatus, ongoing: int, settings: Settings, lang: str,
           titles: dict[str, str] | None = None) -> BannerView:
    """The home page's banner in `lang`; `titles` are the ongoing statements' titles in `lang`,
    by slug (the status knows each incident in the site's default language only)."""
    if ongoing:
        detail = label("banner.ongoing_one", lang) if ongoing == 1 else label("banner.ongoing", lang, count=str(ongoing))
    else:
        detail = label("banner.quiet", lang)
    newest = max((s.modified for s in status.statements), default=None)
    # Nothing is down, but a notice is under way (a breach, a recall): the banner says so.
    notice = status.indicator == "none" and ongoing > 0
    kinds = _notice_kinds(status)
    title = label(_notice_key("banner.notice", kinds), lang) if notice \
        else label(f"banner.{status.indicator}", lang)
    down = [c.display(lang) for g in status.groups for c in g.components if status.statuses[c.id] in ROUTE_STATES]
    # One line suspended, the others running in part ("K3: no trains; K1, K2: 1 train in 2"): the
    # page's words are "Services disrupted", never "Services suspended" for the whole network (the
    # line itself says "Suspended"; the API keeps Statuspage's indicator). Only for lines and lifts:
    # a system down at every airport beside a website in part is a "Major outage", as the API says.
    partly = status.indicator == "critical" and any(
        status.statuses[c.id] in ROUTE_STATES[:2] for g in status.groups for c in g.components)
    watched = not notice and status.only_monitoring
    if watched:
        title = label("banner.monitoring", lang)
    if not notice and status.indicator in ("minor", "major", "critical") and down and all(map(is_lift, down)):
        # "Lifts closed", never "Major outage"; "Some lifts closed" while others run (one gondola
        # shut for the investigators is not the whole ski area).
        lifts = [c for g in status.groups for c in g.components if is_lift(c.display(lang))]
        some = partly or (status.indicator == "critical" and len(lifts) > len(down))
        title = label(f"banner.lift.{'major' if some else status.indicator}", lang)
    elif not notice and status.indicator in ("minor", "major", "critical") and down and all(map(is_route, down)):
        # "Services disrupted", never "Partial outage"
        title = label(f"banner.route.{'major' if partly else status.indicator}", lang)
    if not ongoing and down and status.indicator in ("minor", "major", "critical"):
        # Every incident closed, a lift still shut for the investigators: the banner says what is
        # still down, never "No ongoing incident" under "Major outage".
        detail = label("banner.still_down", lang, names=", ".join(down))
    if notice and ongoing == 1:
        # One notice in force: the banner gives its news under its kind ("Safety notice in force"
        # over "Boil water notice for 18,400 homes in Kelderby"), never "1 ongoing: see below" alone.
        only = _open_notices(status)
        if len(only) == 1 and only[0].title:
            detail = (titles or {}).get(only[0].slug) or only[0].title
    if not notice and kinds and status.indicator != "maintenance":
        # A service down beside a recall or a safety notice: the banner names both, so "Degraded
        # service" never stands alone over a product people must stop using.
        title = f"{title} · {label(_notice_key('banner.notice', kinds), lang)}"
    # Blue and "ℹ", never the green tick of "all operational", while a notice is in force.
    return BannerView("notice" if notice else "monitoring" if watched else status.indicator, title, detail,
                      time_view(newest, settings, lang) if newest else None)


def _open_notices(status: SiteStatus) -> list[Statement]:
    from generator.reading.components import service_down
    from generator.rendering.site.status import open_incident

    return [s for s in status.statements if open_incident(s) and not service_down(s)]


def _notice_kinds(status: SiteStatus) -> set[str]:
    return {kind(s) for s in _open_notices(status)}


def _notice_key(base: str, kinds: set[str]) -> str:
    """`banner.notice.recall` when every notice in force is a recall; the general words else."""
    return f"{base}.{next(iter(kinds))}" if len(kinds) == 1 and next(iter(kinds)) in NOTICE_KINDS else base


def component_groups(status: SiteStatus, settings: Settings, lang: str) -> tuple[GroupView, ...]:
    from generator.reading.components import service_down
    from generator.rendering.site.status import open_incident

    # A component a breach, a recall or a safety notice names works, but is not "operational"
    # in a reader's eyes: the page says a notice is in force (the API keeps Statuspage's words).
    noticed: dict[str, set[str]] = {}
    for effect in status.effects:
        if open_incident(effect.statement) and not service_down(effect.statement):
            chosen = effect.statement.component_status
            if isinstance(chosen, dict) and chosen and effect.written.casefold() not in {k.casefold() for k in chosen}:
                # The authors gave a status part by part and none to this one ("the emergency
                # department stayed open throughout"): it runs; never "Data incident" beside it.
                continue
            if isinstance(chosen, dict) and any(str(key).casefold() == effect.written.casefold() and str(value) == "operational"
                                                for key, value in chosen.items()):
                # ("Navettes: operational": the authors say the shuttles run; the replacement
                # service is never shown under a safety notice.)
                continue
            noticed.setdefault(effect.component.id, set()).add(kind(effect.statement))

    watched = status.watched()

    def view(component: Component) -> ComponentView:
        state = status.statuses[component.id]
        description = component.description.get(lang) or component.description.get(settings.default_language, "")
        if state == "operational" and component.id in noticed:
            return ComponentView(component.id, component.display(lang), "notice",
                                 label(_notice_key("component.notice", noticed[component.id]), lang), description)
        if state == "operational" and component.id in watched:
            return ComponentView(component.id, component.display(lang), "monitoring",
                                 label("component.monitoring", lang), description)
        return ComponentView(component.id, component.display(lang), state, component_label(state, component.display(lang), lang),
                             description)

    groups = []
    for group in status.groups:
        members = tuple(view(c) for c in group.components)
        name = group.components[0].group_name(lang, settings.default_language) if group.key else ""
        state = status.group_status(group)
        if state == "operational" and any(m.status == "notice" for m in members):
            # (A group whose member has a notice in force says so: never "Operational" above it.)
            noticed_member = next(m for m in members if m.status == "notice")
            groups.append(GroupView(name, "notice", noticed_member.status_label, members))
            continue
        if state == "operational" and any(m.status == "monitoring" for m in members):
            # (A group whose member is restored and watched says so, as the member does.)
            groups.append(GroupView(name, "monitoring", label("component.monitoring", lang), members))
            continue
        if state == "major_outage" and any(m.status == "operational" for m in members):
            # One lift of four closed: the group reads "Partly closed", never "Closed" over lifts that run
            # (the API keeps Statuspage's worst-of status).
            state = "partial_outage"
        # (A group of lifts, "Lifts", speaks as its lifts do: "Partly closed", never "Partial outage".)
        # (« Remontées mécaniques Partiellement fermées »: the label agrees with the group it stands beside.)
        said_as = (name if is_lift(name) else members[0].name) if members and all(is_lift(m.name) for m in members) else name
        groups.append(GroupView(name, state, component_label(state, said_as, lang) if name else label(f"component.{state}", lang),
                                members))
    if groups:
        # A safety or health notice that names places, not services ("Kelderby, Marrow Bridge"):
        # "Water supply: Operational" alone beside a boil-water notice would read as all clear, so
        # the places under the notice are listed with it.
        from generator.reading.components import component_id

        shown = {c.name.casefold() for g in groups for c in g.components}
        for statement in _open_notices(status):
            if kind(statement) not in ("safety", "health") or statement.lang != lang or any(
                    effect.statement is statement for effect in status.effects):
                continue
            notice = label(_notice_key("component.notice", {kind(statement)}), lang)
            for place in statement.affected:
                if place.casefold() not in shown:
                    shown.add(place.casefold())
                    groups.append(GroupView("", "notice", notice, (
                        ComponentView(component_id(place), place, "notice", notice, ""),)))
    return tuple(groups)


def follow_links(lang: str, settings: Settings) -> tuple[LinkView, ...]:
    """Feeds and the API, for people and programs that want every update."""
    prefix = lang_prefix(lang, settings)
    return (
        LinkView(f"{prefix}feed.atom", label("feed.site", lang) + " (Atom)", lang),
        LinkView(f"{prefix}feed.json", label("feed.site_json", lang), lang),
        LinkView(f"{prefix}history.rss", label("feed.history_rss", lang), lang),
        LinkView(f"{prefix}api/v2/summary.json", label("home.api", lang), lang),
    )
