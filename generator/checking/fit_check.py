"""Check stage: every copy `build` will write must fit its platform. Rendering the copies
here makes `check` refuse what `build` would refuse (a hashtag too long to thread, a title too
long for an e-mail subject), located at the statement, before anyone is in a hurry to publish."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING

from generator.core.errors import RenderError
from generator.core.model import Incident, Problem, Settings
from generator.core.paths import display_path

if TYPE_CHECKING:
    from generator.rendering.channels.compose import Copy


def fit_problems(incidents: list[Incident], settings: Settings, now: datetime,
                 rendered: dict[Path, list[Copy]]) -> list[Problem]:
    """Problems for copies that cannot fit; the copies of each statement that fully renders
    are put in `rendered` (by file) so the build does not render them twice. Statements past
    their kit window (long resolved) are not rendered: their copies were posted long ago."""
    from generator.rendering.channels.compose import render_copies, select_channels

    problems = []
    for incident in incidents:
        for statement in incident.translations.values():
            if not statement.current(now):
                continue
            copies: list[Copy] = []
            complete = True
            # (With its translations, as the build makes them: the same sentences in each.)
            siblings = [other for other in incident.translations.values() if other is not statement]
            for channel in select_channels(statement, settings, None):
                try:
                    copies.extend(render_copies(statement, settings, [channel], siblings=siblings))
                except RenderError as error:
                    complete = False
                    line = statement.key_lines.get("title", 1)
                    problems.append(Problem(
                        display_path(statement.path), line, 1, "error", "channels/does-not-fit", str(error),
                        "shorten the title, summary or update (or a hashtag) until the copy fits, "
                        "or leave this channel out with `channels:` in the front matter",
                        category="length"))
            if complete:
                rendered[statement.path] = copies
    return problems


def x_link_note(settings: Settings) -> str | None:
    """The note for a site address X does not take for a link (`status.acme.example`: X knows
    only real domain endings). X then counts every character of it instead of 23, so X posts
    hold less than they will with the real address: said once, so a trial is not misread."""
    from generator.rendering.channels import counting
    from generator.rendering.channels.limits import CHANNEL_RULES

    if "x" not in (settings.channels or CHANNEL_RULES) or counting.x_urls(settings.site_url):
        return None
    return (f"note: X does not take the site's address {settings.site_url} for a link (it knows only real "
            f"domain endings): it counts every character of a statement's link instead of {counting.X_URL_WEIGHT}, "
            "so X posts hold less than they will at a real address")
