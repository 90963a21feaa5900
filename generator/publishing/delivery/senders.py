"""Writer stage, delivery part: what every channel's sender shares. A sender gets the
recorded content of one message, the earlier record when it is a retry (with the posts
already made), the statement's thread on this destination, and a `progress` callback that
records each post as soon as the platform confirms it."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any, Protocol

Progress = Callable[[list[dict[str, Any]]], None]  # the posts made so far, in order


class DeliveryFailed(Exception):
    """The platform refused (with its answer), or could not be reached (`answered=False`).
    Either way the message is not recorded as sent and the next run tries it again."""

    def __init__(self, message: str, answered: bool = True):
        super().__init__(message)
        self.message, self.answered = message, answered


@dataclass
class Outcome:
    posts: list[dict[str, Any]]  # per part: what the platform returned (ids, links)
    notes: list[str] = field(default_factory=list)  # e.g. "found the post an interrupted run made"


class Sender(Protocol):
    def send(self, content: dict[str, Any], state: dict[str, Any] | None, thread: dict[str, Any] | None,
             progress: Progress) -> Outcome: ...
