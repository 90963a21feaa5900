"""The project's exceptions. Library code raises them; only the CLI turns them into
messages and exit codes (1 for problems in the user's files, 2 for usage errors)."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from generator.core.model import Problem


class OnevoiceError(Exception):
    """Root of every error onevoice reports to a user. `str(error)` is the message."""

    exit_code = 1


class UsageError(OnevoiceError):
    """The command line asked for something that does not exist (unknown slug, bad option)."""

    exit_code = 2


class SettingsError(OnevoiceError):
    """`mkdocs.yml` is missing a setting or has a wrong one; carries located problems."""

    def __init__(self, problems: Sequence[Problem]):
        self.problems = list(problems)
        super().__init__("\n".join(p.format() for p in self.problems))


class ProblemsFound(OnevoiceError):
    """The statements have errors; nothing was written."""

    def __init__(self, problems: Sequence[Problem], summary: str = ""):
        self.problems = list(problems)
        super().__init__(summary or f"{len(self.problems)} problem(s) found")


class RenderError(OnevoiceError):
    """A copy or document cannot be produced (a value nobody gave, a copy that cannot fit)."""


class BuildError(OnevoiceError):
    """The site build failed; the previous site is untouched."""


class EditError(OnevoiceError):
    """`new`, `update` or `resolve` refused to change a file; the file is untouched."""
