"""Render-stage checks shared by the press release and the crisis documents: the values they
need from the statement or the settings, and the one error that names every missing one."""

from __future__ import annotations

from generator.core.errors import RenderError
from generator.core.model import Settings, Statement
from generator.core.paths import display_path


def statement_place(statement: Statement, settings: Settings) -> str | None:
    """The dateline city: the statement's `location`, else the site's for its language."""
    city = (statement.location or settings.location.get(statement.lang, "")).strip()
    return city or None


def missing_contact(settings: Settings) -> list[str]:
    """What is missing of the media contact (every document that sends journalists to it)."""
    contact = settings.media_contact
    if contact is None:
        return ["the media contact: set extra.onevoice.media_contact: {name: …, email: …, phone: …} in mkdocs.yml"]
    return [
        f"the media contact's {field}: set extra.onevoice.media_contact.{field} in mkdocs.yml"
        for field in ("name", "email", "phone")
        if not getattr(contact, field).strip()
    ]


def missing_value_error(document: str, statement: Statement, missing: list[str]) -> RenderError:
    """One error listing every missing value, so the author fixes them all in one go."""
    lines = "\n".join(f"  - {item}" for item in missing)
    return RenderError(
        f"{display_path(statement.path)}: cannot write {document} ({statement.lang}), "
        f"a value is missing:\n{lines}"
    )
