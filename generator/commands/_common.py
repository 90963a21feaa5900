"""What every command shares: the `--root` option and the one boundary where library errors
become a message on stderr and an exit code."""

from __future__ import annotations

import functools
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any, TypeVar

import click

from generator.errors import OnevoiceError

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
        except KeyboardInterrupt:
            click.echo("interrupted: nothing was published.", err=True)
            sys.exit(130)

    return wrapper  # type: ignore[return-value]
