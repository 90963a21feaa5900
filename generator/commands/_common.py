"""What every command shares: the `--root` option and the one boundary where library errors
become a message on stderr and an exit code."""

from __future__ import annotations

import functools
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any, TypeVar, cast

import click

from generator.core.errors import OnevoiceError

F = TypeVar("F", bound=Callable[..., Any])


def root_option(func: F) -> F:
    return click.option(
        "--root",
        type=click.Path(file_okay=False, path_type=Path),
        default=".",
        show_default=True,
        help="Site root: the folder holding mkdocs.yml and statements/.",
    )(func)


def reports_errors(func: F) -> F:
    """Turn an OnevoiceError into its message on stderr and its exit code (no traceback)."""

    @functools.wraps(func)
    def wrapper(*args: Any, **kwargs: Any) -> Any:
        try:
            return func(*args, **kwargs)
        except OnevoiceError as error:
            click.echo(str(error), err=True)
            sys.exit(error.exit_code)
        except Exception as error:
            message = _template_problem(error)
            if message is None:
                raise
            click.echo(message, err=True)
            sys.exit(1)
        except KeyboardInterrupt:
            click.echo("interrupted: nothing was published.", err=True)
            sys.exit(130)

    return cast(F, wrapper)


def _template_problem(error: Exception) -> str | None:
    """A broken Jinja template (often a site's own copy in site_templates/) is the user's file
    at fault: say which file and line, not a traceback."""
    if not type(error).__module__.startswith("jinja2"):
        return None
    name = getattr(error, "filename", None) or getattr(error, "name", None)
    line = getattr(error, "lineno", None)
    if name is None:  # errors raised while rendering carry the template in the traceback
        frame = error.__traceback__
        while frame is not None:
            code = frame.tb_frame.f_code
            if code.co_filename.endswith(".j2"):
                name, line = code.co_filename, frame.tb_lineno
            frame = frame.tb_next
    where = f"{name}:{line}: " if name and line else (f"{name}: " if name else "")
    return (f"{where}error: template problem: {getattr(error, 'message', None) or error}\n"
            "    hint: fix this template; a copy in your site_templates/ overrides the shipped one, "
            "delete it to use the default")
