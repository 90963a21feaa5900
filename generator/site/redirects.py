"""Renderer stage, site part 7: the addresses Statuspage pages have, leading to ours.

`/incidents/<id>/` (a Statuspage incident's page, `id` being the slug here) is a tiny page
that sends the reader to the statement: a `<meta http-equiv="refresh">` (no script: the
site's policy forbids them) and a plain link for anyone whose browser does not follow it.
It is written outside mkdocs, complete, in the site's default language."""

from __future__ import annotations

from markupsafe import Markup

from generator.model import Incident, Settings
from generator.site.context import pick_statement
from generator.site.labels import label
from generator.site.metadata import CSP

PAGE = Markup("""<!doctype html>
<html lang="{lang}">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="{csp}">
<meta name="viewport" content="width=device-width,initial-scale=1">
<meta name="robots" content="noindex">
<meta http-equiv="refresh" content="0; url={target}">
<link rel="canonical" href="{canonical}">
<title>{title}</title>
</head>
<body>
<main>
<h1>{title}</h1>
<p>{text} <a href="{target}" hreflang="{target_lang}">{statement}</a></p>
</main>
</body>
</html>
""")


def redirect_pages(incidents: list[Incident], settings: Settings) -> dict[str, bytes]:
    """`incidents/<slug>/index.html` for every statement, to its page in the default language
    (else its first language)."""
    lang = settings.default_language
    files = {}
    for incident in incidents:
        statement = pick_statement(incident, lang)
        path = settings.statement_path(statement.slug, statement.lang)
        target = "../../" + path  # from /incidents/<slug>/ to the site root, then the statement
        page = PAGE.format(lang=lang, csp=CSP, target=target, canonical=settings.site_url + path,
                           title=label("redirect.title", lang, slug=incident.slug),
                           text=label("redirect.text", lang), target_lang=statement.lang,
                           statement=statement.title)
        files[f"incidents/{incident.slug}/index.html"] = str(page).encode("utf-8")
    return files
