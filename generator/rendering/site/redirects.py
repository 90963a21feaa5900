"""Renderer stage, site part 7: the addresses Statuspage pages have, leading to ours, and
the short addresses SMS copies carry (`s/<code>/`).

`/incidents/<id>/` (a Statuspage incident's page, `id` being the slug here) is a tiny page
that leads the reader to the statement: its title as a link, and a canonical link for
search engines. No automatic redirect: the site's pages carry neither scripts nor
`<meta http-equiv="refresh">` (the site-wide rule tests/test_hostile.py holds every page to),
and a static host cannot answer with a redirect everywhere (GitHub Pages has none). It is
written outside mkdocs, complete, in the site's default language.

A short address is the one exception: someone who taps a link in an SMS must land on the
statement, so its page sends the browser on at once (`<meta http-equiv="refresh">` to the
statement's own page on this site, a fixed relative address no statement text reaches),
with the same link to follow by hand."""

from __future__ import annotations

from markupsafe import Markup

from generator.core.model import Incident, Settings
from generator.rendering.site.context import pick_statement
from generator.rendering.site.labels import label
from generator.rendering.site.metadata import CSP

PAGE = Markup("""<!doctype html>
<html lang="{lang}">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="{csp}">
<meta name="viewport" content="width=device-width,initial-scale=1">
<meta name="robots" content="noindex">
<link rel="canonical" href="{canonical}">
<title>{title}</title>
</head>
<body>
<main>
<h1>{title}</h1>
<p>{text}</p>
<p><a href="{target}" hreflang="{target_lang}" lang="{target_lang}">{statement}</a></p>
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
                           title=statement.title,  # (never the bare slug a reader cannot read)
                           text=label("redirect.text", lang), target_lang=statement.lang,
                           statement=statement.title)
        files[f"incidents/{incident.slug}/index.html"] = str(page).encode("utf-8")
    return files


SHORT = Markup("""<!doctype html>
<html lang="{lang}">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="{csp}">
<meta http-equiv="refresh" content="0;url={target}">
<meta name="viewport" content="width=device-width,initial-scale=1">
<meta name="robots" content="noindex">
<link rel="canonical" href="{canonical}">
<title>{statement}</title>
</head>
<body>
<main>
<p><a href="{target}">{statement}</a></p>
</main>
</body>
</html>
""")


def short_pages(incidents: list[Incident], settings: Settings) -> dict[str, bytes]:
    """`s/<code>/index.html` for every language of every statement (`Settings.short_path`)."""
    files = {}
    for incident in incidents:
        for statement in incident.translations.values():
            path = settings.statement_path(statement.slug, statement.lang)
            page = SHORT.format(lang=statement.lang, csp=CSP, target="../../" + path,
                                canonical=settings.site_url + path, statement=statement.title)
            files[settings.short_path(statement.slug, statement.lang) + "index.html"] = str(page).encode("utf-8")
    return files
