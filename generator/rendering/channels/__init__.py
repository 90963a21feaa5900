"""Channel copies (renderer stage): the statement's words for each platform, counted the way
the platform counts and split into numbered threads where it has them.

`render_copies(statement, settings, channels)` is the entry point; `limits` holds the one
table of channel rules, `counting` the platforms' counters, `threads` the splitter."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from generator.rendering.channels.compose import Copy, render_copies

__all__ = ["Copy", "render_copies"]


def __getattr__(name: str) -> Any:
    # Imported on first use: `check` needs only `counting`, not the composer and Markdown.
    if name in __all__:
        from generator.rendering.channels import compose

        return getattr(compose, name)
    raise AttributeError(f"module 'generator.rendering.channels' has no attribute {name!r}")
