"""`onevoice init`: start a status site for one's own organisation, with no sample in it."""

from __future__ import annotations

from pathlib import Path

import click

from generator.commands._common import reports_errors


@click.command("init")
@click.argument("directory", type=click.Path(file_okay=False, path_type=Path))
@click.option("--name", required=True, help="The organisation's name, as it signs its statements.")
@click.option("--url", required=True, help="The public address the status site will have.")
@click.option("--lang", "languages", multiple=True, metavar="LANG",
              help="A site language, default first; repeat for each (default: en).")
@click.option("--timezone", metavar="ZONE",
              help="IANA time zone for times written without one, e.g. Europe/Paris (default: this computer's).")
@click.option("--short-name", "short_name", metavar="NAME",
              help="At most 20 characters, opens every SMS copy, e.g. Acme (default: --name).")
@click.option("--city", help="The city press releases are dated from.")
@click.option("--about", multiple=True, metavar="TEXT",
              help="The press release's About paragraph: one per --lang, in the same order.")
@click.option("--press-email", "press_email", metavar="EMAIL", help="The media contact's e-mail address.")
@click.option("--press-phone", "press_phone", metavar="PHONE", help="The media contact's phone number.")
@click.option("--press-name", "press_name", metavar="NAME",
              help="Who journalists reach (default: Press office / Service de presse).")
@reports_errors
def command(directory: Path, name: str, url: str, languages: tuple[str, ...], timezone: str | None,
            city: str | None, about: tuple[str, ...], press_email: str | None, press_phone: str | None,
            press_name: str | None, short_name: str | None) -> None:
    """Write a new status site in DIRECTORY: mkdocs.yml with your settings, an empty
    statements/ folder, the publish and review workflows for GitHub Actions, a CODEOWNERS
    example and requirements.txt. No sample statements: `onevoice check` passes and
    `onevoice build` works at once. Press releases also need a city, an About text per
    language and a media contact: give them here or fill them in mkdocs.yml. Never
    overwrites a file."""
    from importlib.metadata import version

    from generator.core.paths import display_path
    from generator.authoring.scaffold import Press, init_site

    press = Press(city, about, press_name, press_email, press_phone)
    site = init_site(directory, name=name, url=url, languages=list(languages), timezone=timezone,
                     version=version("onevoice"), press=press, short_name=short_name)
    click.echo(f"Started the status site of {name} in {display_path(directory) or '.'}/:")
    for path in site.written:
        click.echo(f"  {display_path(path)}")
    for path in site.kept:
        click.echo(f"  kept your {display_path(path)}"
                   + ("; add /site/, /dist/ and /.onevoice/ to it (built and local files)"
                      if path.name == ".gitignore" else ""))
    if site.timezone_guessed:
        click.echo(f"Time zone: {site.timezone} (this computer's; change `timezone` in mkdocs.yml if the site "
                   "speaks another one's time).")
    if site.press_missing:
        keys = ", ".join(f"`{key}`" for key in site.press_missing)
        click.echo(f"Before your first statement, set {keys} under extra.onevoice in mkdocs.yml (or give "
                   "--city, --about, --press-email and --press-phone to init): every statement has a press "
                   "release, and `onevoice build` writes none without them.")
    if short_name is None and len(name) > 20:
        click.echo(f"SMS copies open with \"{' '.join(name.split())}:\"; a short name leaves room for the news: set "
                   "`short_name` in mkdocs.yml (at most 20 characters) or give --short-name to init.")
    if site.requirement.startswith("onevoice=="):
        click.echo(_unpublished_requirement_advice(site.requirement))
    where = display_path(directory)
    click.echo("Next:\n"
               + (f"  cd {where}\n" if where not in (".", "") else "")
               + "  onevoice new \"TITLE\" --severity major   # your first statement, when you need it\n"
               "  onevoice build && onevoice serve          # the site, on http://127.0.0.1:8000/\n"
               "  git init, push to GitHub, then turn on Pages: onevoice's docs/publishing.md")


def _unpublished_requirement_advice(requirement: str) -> str:
    """Why requirements.txt must change before the first push: onevoice is not on PyPI, so
    the publish workflow cannot install `onevoice==<version>` (or would install a stranger's)."""
    from generator.authoring.scaffold import clone_commit

    commit = clone_commit() or "<commit>"
    return (f"Before you push: requirements.txt names {requirement}, a version not published on PyPI, so the "
            "publish workflow cannot install it (onevoice was not run from a clone with an https remote). "
            "Push your clone of onevoice to GitHub and write this line in requirements.txt instead:\n"
            f"  onevoice @ git+https://github.com/<you>/onevoice@{commit}")
