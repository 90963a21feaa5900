"""Writer for `onevoice init`: a new status site for one's own organisation, from the
scaffold shipped in `site_templates/init/` (never from a site's own templates: there is no
site yet). It writes `mkdocs.yml` with the organisation's settings, an empty `statements/`,
the publish and review workflows, a CODEOWNERS example, `requirements.txt` pinning this
onevoice, a `.gitignore`, a README for the team and a note on overriding templates. No
sample statement, so `check` passes and `build` works at once. Nothing is overwritten: if
any file it would write exists, nothing is written."""

from __future__ import annotations

import difflib
import json
import os
import re
from dataclasses import dataclass
from pathlib import Path
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError, available_timezones

from generator.core.errors import EditError, UsageError
from generator.core.languages import KNOWN_LANGUAGES
from generator.core.paths import PACKAGED_TEMPLATES, display_path

# scaffold file (under site_templates/init/) -> path in the new site; `.j2` files are rendered.
FILES: tuple[tuple[str, str], ...] = (
    ("mkdocs.yml.j2", "mkdocs.yml"),
    ("requirements.txt.j2", "requirements.txt"),
    ("github/workflows/publish.yml", ".github/workflows/publish.yml"),
    ("github/workflows/review.yml", ".github/workflows/review.yml"),
    ("gitignore", ".gitignore"),
    ("README.md.j2", "README.md"),
    ("github/CODEOWNERS", ".github/CODEOWNERS"),
    ("site_templates/README.md", "site_templates/README.md"),
)
# Files a fresh repository may already have (GitHub offers a README and a .gitignore): kept
# as they are. Any other file of the site existing already means a site is there: refused.
KEPT_IF_PRESENT = frozenset({".gitignore", "README.md", ".github/CODEOWNERS", "site_templates/README.md"})
KEEP = "statements/.gitkeep"  # git keeps no empty folder

# The site's name per default language, the example About text left commented in mkdocs.yml,
# and the media contact's name when only its e-mail and phone are given.
SITE_NAME = {"en": "{name} status", "fr": "{name} – état des services", "de": "{name} – Systemstatus"}
ABOUT = {"en": "{name} does … (one or two sentences about your organisation).",
         "fr": "{name} fait … (une ou deux phrases sur votre organisation).",
         "de": "{name} macht … (ein oder zwei Sätze über Ihre Organisation)."}
PRESS_OFFICE = {"en": "Press office", "fr": "Service de presse", "de": "Pressestelle"}


def _yaml_str(value: object) -> str:
    """A YAML scalar, or a flow mapping of them ({en: "Press office", fr: "Service de presse"})."""
    if isinstance(value, dict):
        return "{" + ", ".join(f"{key}: {_yaml_str(text)}" for key, text in value.items()) + "}"
    return json.dumps(str(value), ensure_ascii=False)


def _press_office(langs: list[str]) -> str | dict[str, str]:
    """The press office's name in each language: an English release signs "Press office"."""
    names = {lang: PRESS_OFFICE.get(lang, PRESS_OFFICE["en"]) for lang in langs}
    return names if len(langs) > 1 else names[langs[0]]


@dataclass(frozen=True)
class Press:
    """What every press release needs, given to `init` or left for mkdocs.yml."""

    city: str | None = None
    about: tuple[str, ...] = ()  # one per site language, in their order
    contact_name: str | None = None
    email: str | None = None
    phone: str | None = None

    def missing(self) -> list[str]:
        return [key for key, given in (("location", self.city), ("about", self.about),
                                       ("media_contact", self.email)) if not given]


@dataclass(frozen=True)
class NewSite:
    root: Path
    written: tuple[Path, ...]
    kept: tuple[Path, ...]  # files of the scaffold the folder already had, left as they were
    timezone: str
    timezone_guessed: bool  # True when --timezone was not given
    press_missing: tuple[str, ...]  # settings every press release needs, left to fill in
    requirement: str  # the line of requirements.txt that installs onevoice


def onevoice_requirement(version: str, clone: Path | None = None) -> str:
    """The line of requirements.txt the workflows install onevoice with. Run from a clone of
    onevoice that has a remote, it is that repository at this commit: exact, and no other
    package that happens to be called onevoice on a package index can be taken for it. Else
    the version, from the package index."""
    from generator.core.paths import PACKAGE

    clone = clone or PACKAGE.parent
    origin, commit = _git(clone, "remote", "get-url", "origin"), clone_commit(clone)
    # CI reads public repositories over https; git@host:owner/name is the same repository.
    ssh = re.fullmatch(r"[\w.-]+@([\w.-]+):(.+)", origin)
    url = f"https://{ssh[1]}/{ssh[2]}" if ssh else origin
    if not (url.startswith("https://") and commit):
        return f"onevoice=={version}"
    return f"onevoice @ git+{url}@{commit}"


def clone_commit(clone: Path | None = None) -> str | None:
    """The commit of the onevoice clone this runs from, if it is one."""
    from generator.core.paths import PACKAGE

    commit = _git(clone or PACKAGE.parent, "rev-parse", "HEAD")
    return commit if re.fullmatch(r"[0-9a-f]{40}", commit) else None


def _git(clone: Path, *args: str) -> str:
    """What `git -C clone ARGS` prints, or "" when `clone` is no clone of onevoice or git fails."""
    import subprocess

    if not ((clone / ".git").exists() and (clone / "pyproject.toml").is_file()):
        return ""
    try:
        done = subprocess.run(["git", "-C", str(clone), *args], capture_output=True, text=True, timeout=10)
    except (OSError, subprocess.SubprocessError):
        return ""
    return done.stdout.strip() if done.returncode == 0 else ""


def local_timezone() -> str | None:
    """The computer's IANA time zone, if it can be read (TZ, /etc/localtime, /etc/timezone)."""
    candidates = [os.environ.get("TZ", "").lstrip(":")]
    try:
        link = os.readlink("/etc/localtime")
        candidates.append(link.split("zoneinfo/", 1)[1] if "zoneinfo/" in link else "")
    except OSError:
        pass
    try:
        candidates.append(Path("/etc/timezone").read_text(encoding="utf-8").strip())
    except OSError:
        pass
    for name in candidates:
        if name and "/" in name:
            try:
                ZoneInfo(name)
                return name
            except (ZoneInfoNotFoundError, ValueError):
                continue
    return None


def _valid(name: str, url: str, languages: list[str], timezone: str) -> tuple[str, str, list[str]]:
    name = " ".join(name.split())
    if not name:
        raise UsageError("error: --name is empty\n    hint: give the organisation's name as it signs its "
                         "statements, e.g. --name \"Calypso Pay\"")
    url = url.strip()
    if not re.fullmatch(r"https?://[^\s/?#]+\.[^\s/?#]+(/[^\s?#]*)?", url):
        raise UsageError(f"error: --url '{url}' is not the address of a site\n    hint: give the public address "
                         "the status site will have, e.g. --url https://status.example.com/")
    url = url if url.endswith("/") else url + "/"
    langs = list(dict.fromkeys(languages)) or ["en"]
    for code in langs:
        if code not in KNOWN_LANGUAGES:
            close = difflib.get_close_matches(code, KNOWN_LANGUAGES, n=1)
            raise UsageError(f"error: --lang '{code}' is not a language onevoice writes\n    hint: "
                             + (f"did you mean '{close[0]}'? " if close else "")
                             + "supported: " + ", ".join(KNOWN_LANGUAGES))
    if timezone not in available_timezones():
        close = difflib.get_close_matches(timezone, sorted(available_timezones()), n=1)
        raise UsageError(f"error: --timezone '{timezone}' is not an IANA time zone\n    hint: "
                         + (f"did you mean '{close[0]}'?" if close else "e.g. Europe/Paris or America/New_York"))
    return name, url, langs


def _valid_short_name(short_name: str | None) -> str | None:
    """The SMS sender: the same limit `check` holds mkdocs.yml to, said before anything is written."""
    if short_name is None:
        return None
    short = " ".join(short_name.split())
    if not short:
        raise UsageError("error: --short-name is empty\n    hint: the name that opens every SMS, e.g. --short-name Acme")
    if len(short) > 20:
        raise UsageError(f"error: --short-name '{short}' is {len(short)} characters; at most 20\n"
                         "    hint: the name people know you by in a text message, e.g. --short-name Acme")
    return short


def _valid_press(press: Press, languages: list[str]) -> None:
    if press.city is not None and not press.city.strip():
        raise UsageError("error: --city is empty\n    hint: the city press releases are dated from, e.g. --city Lyon")
    if press.about and len(press.about) != len(languages):
        raise UsageError(f"error: {len(press.about)} --about for {len(languages)} language(s) "
                         f"({', '.join(languages)})\n    hint: give one --about per --lang, in the same order")
    if any(not text.strip() for text in press.about):
        raise UsageError("error: an --about is empty\n    hint: one or two sentences on the organisation")
    if (press.email is None) != (press.phone is None):
        raise UsageError("error: the media contact needs both --press-email and --press-phone\n"
                         "    hint: e.g. --press-email press@example.com --press-phone '+33 1 00 00 00 00'")
    if press.email is not None and not re.fullmatch(r"[^@\s]+@[^@\s]+\.[^@\s]+", press.email):
        raise UsageError(f"error: --press-email '{press.email}' is not an e-mail address\n"
                         "    hint: e.g. --press-email press@example.com")
    if press.phone is not None and not re.fullmatch(r"\+?[\d\s().-]{6,}", press.phone.strip()):
        raise UsageError(f"error: --press-phone '{press.phone}' is not a phone number\n"
                         "    hint: e.g. --press-phone '+33 1 00 00 00 00'")


def init_site(root: Path, *, name: str, url: str, languages: list[str], timezone: str | None,
              version: str, press: Press | None = None, short_name: str | None = None) -> NewSite:
    """Write a new site in `root` (created if needed); refuse before writing anything if one
    of its files exists already."""
    import jinja2

    guessed = timezone is None
    zone = timezone or local_timezone() or "UTC"
    name, url, langs = _valid(name, url, languages, zone)
    press = press or Press()
    _valid_press(press, langs)
    short = _valid_short_name(short_name)
    if root.exists() and not root.is_dir():
        raise UsageError(f"error: {display_path(root)} is a file\n    hint: give a new or existing folder")
    existing = [target for _, target in FILES if (root / target).exists() and target not in KEPT_IF_PRESENT]
    if existing:
        raise EditError(f"error: {display_path(root)} already has {', '.join(existing)}: nothing was written\n"
                        "    hint: a site is there already; start a new one in another folder (onevoice init "
                        "never overwrites a file)")
    requirement = onevoice_requirement(version)
    environment = jinja2.Environment(
        loader=jinja2.FileSystemLoader(str(PACKAGED_TEMPLATES / "init")), undefined=jinja2.StrictUndefined,
        keep_trailing_newline=True, trim_blocks=True, lstrip_blocks=True, autoescape=False)
    environment.filters["yaml_str"] = _yaml_str
    values = {
        "name": name, "url": url, "languages": langs, "timezone": zone, "version": version,
        "requirement": requirement,
        "site_name": SITE_NAME.get(langs[0], SITE_NAME["en"]).format(name=name),
        # Each language's pages show their own name: site_name alone is one language's.
        "titles": {lang: SITE_NAME.get(lang, SITE_NAME["en"]).format(name=name) for lang in langs}
        if len(langs) > 1 else {},
        "about": dict(zip(langs, press.about)) if press.about
        else {lang: ABOUT.get(lang, ABOUT["en"]).format(name=name) for lang in langs},
        "about_given": bool(press.about),
        "city": press.city.strip() if press.city else None,
        "contact": {"name": press.contact_name or _press_office(langs),
                    "email": press.email, "phone": press.phone.strip()} if press.email and press.phone else None,
        "hashtag": (re.sub(r"\W", "", name) or "Our") + "Status",
        "short_name": short,
        "short_hint": name.split()[0][:20],
    }
    written, kept = [], []
    for source, target in FILES:
        if (root / target).exists():
            kept.append(root / target)
            continue
        if source.endswith(".j2"):
            text = environment.get_template(source).render(values)
        else:
            text = (PACKAGED_TEMPLATES / "init" / source).read_text(encoding="utf-8")
        path = root / target
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, encoding="utf-8")
        written.append(path)
    keep = root / KEEP
    keep.parent.mkdir(parents=True, exist_ok=True)
    keep.touch()
    written.append(keep)
    return NewSite(root, tuple(written), tuple(kept), zone, guessed, tuple(press.missing()), requirement)
