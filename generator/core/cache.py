"""Where onevoice keeps work it can reuse between runs, and when that work is still valid.

The cache lives in the user's cache folder (`$XDG_CACHE_HOME/onevoice/`, else
`~/.cache/onevoice/`), one folder per site root, never inside the site's repository: what is
cached is loaded as Python objects and compiled templates, so a repository must not be able
to plant it. `ONEVOICE_NO_CACHE=1` turns it off (every run then starts cold, as CI does).

Entries are keyed on everything their content depends on: onevoice's own code and
templates, the installed versions of the packages that shape the output (`OUTPUT_PACKAGES`),
the site's `mkdocs.yml` and `site_templates/`, the input files, and whatever the clock
changes. A stale entry is never read, only left for `prune` to remove."""

from __future__ import annotations

import hashlib
import os
import pickle
from collections.abc import Callable
from functools import lru_cache
from pathlib import Path
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from generator.core.model import Incident, Statement

VERSION = "1"  # bump when the layout of cached values changes

# The packages whose behaviour shapes what onevoice outputs or finds: a new version of one may
# word dates, split graphemes, sanitise HTML, parse Markdown, render pages or count an X link
# differently, so it makes every entry stale (onevoice's own version too, beside its files).
OUTPUT_PACKAGES = ("onevoice", "babel", "regex", "nh3", "markdown-it-py", "mkdocs", "mkdocs-material",
                   "jinja2", "twitter-text-parser")


def cache_root(root: Path) -> Path | None:
    """This site's cache folder (not created), or None when caching is off."""
    if os.environ.get("ONEVOICE_NO_CACHE", "").strip() not in ("", "0"):
        return None
    base = os.environ.get("XDG_CACHE_HOME") or str(Path.home() / ".cache")
    site = hashlib.sha256(str(root.resolve()).encode("utf-8", "surrogateescape")).hexdigest()[:16]
    return Path(base) / "onevoice" / site


def cache_folder(root: Path, part: str) -> Path | None:
    """`part` of this site's cache, created private to the user; None if off or impossible."""
    base = cache_root(root)
    if base is None:
        return None
    folder = base / part
    try:
        folder.mkdir(parents=True, exist_ok=True, mode=0o700)
    except OSError:
        return None  # a read-only home: everything works, cold
    return folder


def _tree_stamp(digest: Any, folder: Path) -> None:
    """Name, size and modification time of every file under `folder` (a change to any file
    changes one of them; reading every byte would cost more than the check of a statement)."""
    found = []
    for top, folders, names in os.walk(folder):
        folders[:] = sorted(f for f in folders if f != "__pycache__")
        for name in names:
            path = os.path.join(top, name)
            try:
                stat = os.stat(path)
            except OSError:
                continue
            found.append(f"{os.path.relpath(path, folder)}\0{stat.st_size}\0{stat.st_mtime_ns}\n")
    digest.update("".join(sorted(found)).encode("utf-8", "surrogateescape"))


def package_version(name: str) -> str:
    """The installed version of a distribution, "" when it is not installed."""
    from importlib import metadata

    try:
        return metadata.version(name)
    except metadata.PackageNotFoundError:
        return ""


@lru_cache(maxsize=1)
def package_versions() -> str:
    """`name=version` of every package of `OUTPUT_PACKAGES`, read once per process."""
    return "\0".join(f"{name}={package_version(name)}" for name in OUTPUT_PACKAGES)


@lru_cache(maxsize=1)
def code_stamp() -> str:
    """onevoice's own modules and packaged templates, as they are on disk now, and the
    versions of the packages that shape its output."""
    from generator.core.paths import PACKAGE, PACKAGED_TEMPLATES

    digest = hashlib.sha256(VERSION.encode())
    digest.update(package_versions().encode())
    _tree_stamp(digest, PACKAGE)
    if not PACKAGED_TEMPLATES.is_relative_to(PACKAGE):
        _tree_stamp(digest, PACKAGED_TEMPLATES)
    return digest.hexdigest()


def site_stamp(root: Path) -> str:
    """The site's settings and template overrides, and onevoice's code."""
    digest = hashlib.sha256(code_stamp().encode())
    config = root / "mkdocs.yml"
    digest.update(config.read_bytes() if config.is_file() else b"")
    _tree_stamp(digest, root / "site_templates")
    return digest.hexdigest()


def incident_key(incident: Incident, *context: object, per_statement: Callable[[Statement], object] | None = None
                 ) -> str | None:
    """A key for work on one incident: `context` (what else it depends on), then each
    language file's path and text, with `per_statement(statement)` beside it when the work
    also depends on something about the statement that its text does not fix (the clock).
    None when a statement has no source text to key on (built in memory)."""
    digest = hashlib.sha256("\0".join(map(str, context)).encode("utf-8", "surrogateescape"))
    for statement in incident.translations.values():
        if not statement.source:
            return None
        extra = per_statement(statement) if per_statement else ""
        digest.update(f"\0{statement.lang}\0{statement.path}\0{extra}\0".encode("utf-8", "surrogateescape"))
        digest.update(statement.source.encode("utf-8", "surrogateescape"))
    return digest.hexdigest()


class EntryStore:
    """One pickled value per key in a cache folder; values are only ever read back by the
    user who wrote them (the folder is private to them)."""

    def __init__(self, folder: Path | None):
        self.folder = folder
        self.used: set[str] = set()

    def get(self, key: str) -> Any | None:
        if self.folder is None:
            return None
        self.used.add(key)
        try:
            with open(self.folder / key, "rb") as stream:
                return pickle.load(stream)
        except FileNotFoundError:
            return None
        except Exception:  # noqa: BLE001 — a damaged or old entry is a miss, never an error
            return None

    def put(self, key: str, value: Any) -> None:
        if self.folder is None:
            return
        self.used.add(key)
        import tempfile  # on a miss only: a check served from the cache never needs it

        try:
            handle, temporary = tempfile.mkstemp(dir=self.folder, prefix=".entry-")
            with os.fdopen(handle, "wb") as stream:
                pickle.dump(value, stream, protocol=pickle.HIGHEST_PROTOCOL)
            os.replace(temporary, self.folder / key)
        except (OSError, pickle.PicklingError, TypeError, AttributeError):
            pass  # a cache that cannot be written only means the next run is cold

    def prune(self) -> None:
        """Remove the entries this run did not use (call after a run over every statement)."""
        if self.folder is None:
            return
        try:
            for entry in os.scandir(self.folder):
                if entry.name not in self.used:
                    os.unlink(entry.path)
        except OSError:
            pass
