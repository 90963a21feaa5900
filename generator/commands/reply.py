"""`onevoice reply`: fill a reply template for one person and print it (thin CLI layer)."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

import click

from generator.commands._common import reports_errors, root_option

if TYPE_CHECKING:
    from generator.core.model import Settings, Statement

# Slot -> the option that fills it, for the refusal message.
SLOT_OPTIONS = {"name": "--name", "situation": "--situation", "agent": "--signed"}


@click.command("reply")
@click.argument("slug")  # the statement's name, or any part of it made of whole words no other name has
@click.option("--lang", help="Language of the reply (default: the statement's first language).")
@click.option("--template", "chosen", default="personal", show_default=True,
              help="Which reply: personal (someone affected), journalist, or another the replies document names "
                   "(in French: personne, journaliste…).")
@click.option("--name", default="", help="The person's name, as you greet them.")
@click.option("--situation", default="", help="Their situation in a few words, e.g. \"the payment that failed at your shop this morning\".")
@click.option("--signed", default="", help="Your name, as you sign the reply (a person answers, not \"the team\").")
@root_option
@reports_errors
def command(slug: str, lang: str | None, chosen: str, name: str, situation: str, signed: str,
            root: Path) -> None:
    """Print the reply for one person, with their name and situation filled in. Refuses (exit
    1) when a slot is empty: a personal reply is never sent half-filled."""
    from generator.rendering.documents.replies import (SLOT_NAMES, TEMPLATE_NAMES, UnfilledSlots, fill_reply,
                                                       reply_templates, template_key)
    from generator.core.errors import RenderError, UsageError
    from generator.reading.settings import load_settings

    from generator.authoring.editing import name_statement
    from generator.core import clock

    settings = load_settings(root)
    statement = _find_statement(settings, name_statement(settings, slug, clock.now()), lang)
    templates = reply_templates(statement, settings)
    template = templates.get(template_key(chosen))
    if template is None:
        names = TEMPLATE_NAMES.get(statement.lang, {})
        offered = ", ".join(f"{key} ({names[key]})" if key in names else key for key in templates)
        raise UsageError(f"no reply template '{chosen}' for {slug}; choose one of: {offered}")
    try:
        reply = fill_reply(template.text, {"name": name, "situation": situation, "agent": signed})
    except UnfilledSlots as error:
        options = ", ".join(f"{SLOT_OPTIONS.get(SLOT_NAMES.get(slot, slot), slot)} \"…\"" for slot in error.slots)
        raise RenderError(f"{error} Pass {options}.") from None
    click.echo(reply)


def _find_statement(settings: Settings, slug: str, lang: str | None) -> Statement:
    """The statement to answer about; a slug with format errors is refused with its problems."""
    import difflib

    from generator.core.errors import ProblemsFound, UsageError
    from generator.reading.reader import load_incidents

    incidents, problems = load_incidents(settings)
    by_slug = {incident.slug: incident for incident in incidents}
    incident = by_slug.get(slug)
    if incident is None:
        own = [p for p in problems if p.severity == "error" and Path(p.path).name.startswith(f"{slug}.")]
        if own:
            raise ProblemsFound(own, f"{slug} has errors; fix them first (`onevoice check`):\n"
                                + "\n".join(p.format() for p in own))
        close = difflib.get_close_matches(slug, by_slug, n=1)
        hint = f" Did you mean '{close[0]}'?" if close else " `onevoice list` shows them."
        raise UsageError(f"no statement '{slug}'.{hint}")
    if lang is None:
        return incident.primary
    if lang not in incident.translations:
        raise UsageError(f"{slug} has no '{lang}' version; it exists in: {', '.join(incident.langs)}")
    return incident.translations[lang]
