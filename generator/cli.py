"""The command line: a thin layer. Each command lives in `generator/commands/<name>.py` and is
imported only when it runs, so `onevoice --help` stays fast. Errors from the library become a
message and an exit code here, never a traceback."""

from __future__ import annotations

import importlib
from typing import cast

import click

# name -> (module, short help). Help text is here so `--help` imports no command module.
COMMANDS: dict[str, tuple[str, str]] = {
    "init": ("generator.commands.init", "Start a status site for your organisation in a new folder."),
    "check": ("generator.commands.check", "Check statement files: format and crisis-communication rules."),
    "new": ("generator.commands.new", "Start a statement from a holding template."),
    "update": ("generator.commands.update", "Add an update to a statement."),
    "resolve": ("generator.commands.resolve", "Add the final, resolved update to a statement."),
    "translate": ("generator.commands.translate", "Start a statement's file in another language, facts copied."),
    "list": ("generator.commands.list", "List statements with their status and promised next update."),
    "render": ("generator.commands.render", "Print every channel's copy of statements."),
    "build": ("generator.commands.build", "Check, write channel copies and build the status site."),
    "serve": ("generator.commands.serve", "Preview the site on 127.0.0.1 with live reload."),
    "rules": ("generator.commands.rules", "List the linter's rules with examples."),
    "review": ("generator.commands.review", "Measure the response to a statement after the crisis."),
    "reply": ("generator.commands.reply", "Fill a personal reply for support and community teams."),
    "send": ("generator.commands.send", "Deliver each update once to e-mail, webhooks, Mastodon and Bluesky."),
}


class LazyGroup(click.Group):
    def list_commands(self, ctx: click.Context) -> list[str]:
        return sorted(COMMANDS)

    def get_command(self, ctx: click.Context, name: str) -> click.Command | None:
        if name not in COMMANDS:
            return None
        module = importlib.import_module(COMMANDS[name][0])
        return cast(click.Command, module.command)

    def format_commands(self, ctx: click.Context, formatter: click.HelpFormatter) -> None:
        rows = [(name, COMMANDS[name][1]) for name in self.list_commands(ctx)]
        with formatter.section("Commands"):
            formatter.write_dl(rows)

    def resolve_command(self, ctx: click.Context, args: list[str]
                        ) -> tuple[str | None, click.Command | None, list[str]]:
        # Unknown command: say what exists (Click's default hint does not list close matches).
        if args and args[0] not in COMMANDS and not args[0].startswith("-"):
            import difflib

            close = difflib.get_close_matches(args[0], COMMANDS, n=1)
            hint = f" Did you mean '{close[0]}'?" if close else ""
            raise click.UsageError(f"No such command '{args[0]}'.{hint}", ctx)
        return super().resolve_command(ctx, args)


@click.group(cls=LazyGroup, context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(package_name="onevoice", prog_name="onevoice")
def main() -> None:
    """onevoice: one statement file per crisis; the status page, every channel's copy
    and the press release, all saying the same thing.

    Run commands from the site root (where mkdocs.yml is) or pass --root.
    """
