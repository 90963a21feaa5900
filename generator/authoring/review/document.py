"""Review stage, output: the review document, Markdown in the statement's language, rendered
from `site_templates/review/review.<lang>.md.j2` (a site may override it) and written to
`dist/<slug>/<lang>/review.md`."""

from __future__ import annotations

from pathlib import Path

from generator.rendering.documents.formatting import md_escape, typography
from generator.core.errors import RenderError
from generator.core.model import Settings
from generator.authoring.review import Review
from generator.authoring.review.report import word
from generator.core.templates import find_template, text_environment

TEMPLATE = "review/review.{lang}.md.j2"


def template_name(settings: Settings, lang: str) -> str:
    """The language's template, or the English one for a language without its own."""
    name = TEMPLATE.format(lang=lang)
    return name if find_template(settings.root, name) else TEMPLATE.format(lang="en")


def render_review_markdown(review: Review, settings: Settings) -> str:
    """The review document; ends with exactly one newline."""
    worded = word(review, settings.timezone, escape=md_escape)
    environment = text_environment(settings.root)
    rendered = environment.get_template(template_name(settings, worded.lang)).render(
        r=worded, md=md_escape, organisation=settings.organisation)
    return typography(rendered.rstrip("\n") + "\n", worded.lang)


def review_path(dist_dir: Path, review: Review) -> Path:
    return dist_dir / review.slug / review.lang / "review.md"


def write_review(text: str, target: Path) -> Path:
    """Write the document, creating its folders; UTF-8, "\\n" line ends."""
    try:
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_text(text, encoding="utf-8", newline="\n")
    except OSError as error:
        raise RenderError(f"error: cannot write {target}: {error.strerror or error}\n"
                          "    hint: check the folder's permissions and free disk space") from None
    return target
