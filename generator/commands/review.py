"""`onevoice review`: measure the response to one statement and write its review document."""

from __future__ import annotations

from pathlib import Path

import click

from generator.commands._common import reports_errors, root_option


@click.command("review")
@click.argument("slug")
@click.option("--lang", help="Which language file to review and write in (default: the primary file).")
@click.option("--format", "output", type=click.Choice(["text", "json", "md"]), default="text", show_default=True,
              help="text for people, json for tools, md prints the review document.")
@click.option("--out", "dist_dir", type=click.Path(file_okay=False, path_type=Path), default=None,
              help="Output folder for <slug>/<lang>/review.md (default: dist/ under the site root).")
@root_option
@reports_errors
def command(slug: str, lang: str | None, output: str, dist_dir: Path | None, root: Path) -> None:
    """Measure the response to SLUG, ongoing or resolved: time to the first public word,
    promises of the next update kept, silences, corrections, the checker's findings over the
    statement's life, translation lag and channels. Figures from git history say so; those
    that cannot be known say why. Also writes the review document to
    dist/<slug>/<lang>/review.md."""
    from generator.core import clock
    from generator.core.paths import display_path
    from generator.authoring.review import review_statement
    from generator.authoring.review.document import render_review_markdown, review_path, write_review
    from generator.authoring.review.report import as_json, as_text, word
    from generator.reading.settings import load_settings

    from generator.authoring.editing import name_statement

    settings = load_settings(root)
    review = review_statement(settings, name_statement(settings, slug, clock.now()), lang, clock.now())
    document = render_review_markdown(review, settings)
    target = write_review(document, review_path(dist_dir or settings.root / "dist", review))
    if output == "json":
        click.echo(as_json(review, word(review, settings.timezone), settings.timezone), nl=False)
    elif output == "md":
        click.echo(document, nl=False)
    else:
        click.echo(as_text(word(review, settings.timezone)), nl=False)
    click.echo(f"Wrote {display_path(target)}", err=True)
