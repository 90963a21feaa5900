"""Re-extract the template of the catalogues (generator/locale/onevoice.pot) from the code, and
bring every language's catalogue (generator/locale/<lang>/LC_MESSAGES/onevoice.po) up to it.

The English is in the code, marked with `translatable(context, english)`, with what a translator
should know in a `# Translators:` comment on the lines just above (docs/translating.md). A new
or changed English word reaches each catalogue untranslated (or, when changed, with its old
translation marked fuzzy, which onevoice does not use until a translator confirms it); a word
gone from the code stays at the end of each catalogue as obsolete (`#~`).

    .venv/bin/python scripts/catalogues.py            # update the template and every catalogue
    .venv/bin/python scripts/catalogues.py --add de   # start German's catalogue from the template
    .venv/bin/python scripts/catalogues.py --check    # change nothing; fail if anything is stale

A file is rewritten only when its words or comments change, so running it twice changes nothing.
Uses only Babel, a dependency of onevoice."""

from __future__ import annotations

import argparse
import io
import sys
import tomllib
from datetime import UTC, datetime
from pathlib import Path

from babel import Locale, UnknownLocaleError
from babel.messages.catalog import Catalog
from babel.messages.extract import extract_from_file
from babel.messages.pofile import read_po, write_po

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from generator.core.catalogues import DOMAIN, catalogue_languages, catalogue_path, template_path

PACKAGE = ROOT / "generator"
MARKER = "translatable"
# The marker's first argument is the message context, its second the English (pgettext's shape).
KEYWORDS = {MARKER: ((1, "c"), 2)}
COMMENT_TAGS = ("Translators:",)
# Headers under Babel's 76 columns, which it would wrap mid-sentence.
TEMPLATE_HEADER = """\
# The English words of onevoice's outputs, the template of every catalogue.
# Written from the code by scripts/catalogues.py: not edited by hand
# (docs/translating.md)."""
LANGUAGE_HEADER = """\
# onevoice's words in {language}. Translate each msgstr;
# scripts/catalogues.py adds new English words and marks changed ones fuzzy
# (docs/translating.md)."""
# Header lines that change on every run (or with Babel's version): two files that differ only
# there say the same thing.
VOLATILE_HEADERS = (b'"POT-Creation-Date:', b'"PO-Revision-Date:', b'"Generated-By:')


def version() -> str:
    with (ROOT / "pyproject.toml").open("rb") as file:
        return str(tomllib.load(file)["project"]["version"])


def extract() -> Catalog:
    """The template as the code says it now: every marked English word, in file order."""
    catalogue = Catalog(project="onevoice", version=version(), header_comment=TEMPLATE_HEADER, fuzzy=False,
                        domain=DOMAIN)
    for path in sorted(PACKAGE.rglob("*.py")):
        if f"{MARKER}(" not in path.read_text(encoding="utf-8"):
            continue  # reading the few modules with words is enough
        where = path.relative_to(ROOT).as_posix()
        for lineno, english, comments, context in extract_from_file(
                "python", str(path), keywords=KEYWORDS, comment_tags=COMMENT_TAGS, strip_comment_tags=True):
            # A comment written over several lines is one paragraph (Babel gives a line each).
            catalogue.add(english, locations=[(where, lineno)], auto_comments=[" ".join(comments)] if comments else [],
                          context=context)
    return catalogue


def read(path: Path, lang: str | None = None) -> Catalog:
    with path.open("rb") as file:
        return read_po(file, locale=lang, domain=DOMAIN)


def render(catalogue: Catalog) -> bytes:
    # No line numbers: a label added above another must not change every entry below it.
    out = io.BytesIO()
    write_po(out, catalogue, include_lineno=False)
    return out.getvalue()


def without_volatile_headers(text: bytes) -> list[bytes]:
    return [line for line in text.splitlines() if not line.startswith(VOLATILE_HEADERS)]


def stale(path: Path, text: bytes) -> bool:
    return not path.is_file() or without_volatile_headers(path.read_bytes()) != without_volatile_headers(text)


def updated(lang: str, template: Catalog) -> Catalog:
    """`lang`'s catalogue brought up to `template`, its translations kept."""
    catalogue = read(catalogue_path(lang), lang)
    catalogue.update(template, update_header_comment=False)
    return catalogue


def new_catalogue(lang: str, template: Catalog) -> Catalog:
    """What `pybabel init` writes: the template's words, untranslated, with `lang`'s headers."""
    catalogue = read_po(io.BytesIO(render(template)), locale=lang, domain=DOMAIN)
    catalogue.locale = Locale.parse(lang)
    language = str(Locale.parse(lang).english_name)
    catalogue.header_comment = LANGUAGE_HEADER.format(language=language)
    catalogue.language_team = language
    catalogue.revision_date = datetime.now(UTC)
    catalogue.fuzzy = False
    return catalogue


def plan(template: Catalog, add: str | None = None) -> list[tuple[Path, bytes]]:
    """Every file that the code's words change, with its new text."""
    files = [(template_path(), render(template))]
    for lang in catalogue_languages():
        files.append((catalogue_path(lang), render(updated(lang, template))))
    if add is not None:
        files.append((catalogue_path(add), render(new_catalogue(add, template))))
    return [(path, text) for path, text in files if stale(path, text)]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--add", metavar="LANG", help="start the catalogue of a new language (a code such as de)")
    parser.add_argument("--check", action="store_true", help="write nothing; exit 1 when a file is out of date")
    options = parser.parse_args(argv)
    if options.add is not None:
        try:
            Locale.parse(options.add)
        except (ValueError, UnknownLocaleError):
            parser.error(f"{options.add!r} is not a language code Babel knows (de, es, pt_BR…)")
        if catalogue_path(options.add).exists():
            parser.error(f"the catalogue of {options.add!r} exists already: translate it")
    changes = plan(extract(), options.add)
    for path, text in changes:
        where = path.relative_to(ROOT) if path.is_relative_to(ROOT) else path
        if options.check:
            print(f"{where} is out of date: run scripts/catalogues.py")
            continue
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(text)
        print(f"wrote {where}")
    return 1 if options.check and changes else 0


if __name__ == "__main__":
    sys.exit(main())
