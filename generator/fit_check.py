"""Check stage: every copy `build` will write must fit its platform. Rendering the copies
here makes `check` refuse what `build` would refuse (a hashtag too long to thread, a title too
long for an e-mail subject), located at the statement, before anyone is in a hurry to publish."""

from __future__ import annotations

from generator.errors import RenderError
from generator.model import Incident, Problem, Settings
from generator.paths import display_path


def fit_problems(incidents: list[Incident], settings: Settings) -> list[Problem]:
    from generator.channels import render_copies
    from generator.channels.compose import select_channels

    problems = []
    for incident in incidents:
        for statement in incident.translations.values():
            for channel in select_channels(statement, settings, None):
                try:
                    render_copies(statement, settings, [channel])
                except RenderError as error:
                    line = statement.key_lines.get("title", 1)
                    problems.append(Problem(
                        display_path(statement.path), line, 1, "error", "channels/does-not-fit", str(error),
                        "shorten the title, summary or update (or a hashtag) until the copy fits, "
                        "or leave this channel out with `channels:` in the front matter",
                        category="length"))
    return problems
