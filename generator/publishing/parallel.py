"""Work on a second CPU: `build` checks the statements (and writes dist/) in a forked child
while it renders the site, since neither needs the other's result until the end. The child
writes only inside the build's staging folder, and dies with its parent (Linux), so a killed
build never leaves a process writing behind it; the next build removes what it left.

Falls back to running the work in this process (when `.result()` is asked for) off Linux,
on a single CPU, when `ONEVOICE_JOBS=1`, or if the child fails for any reason: the work
then runs again here and raises its own, located errors."""

from __future__ import annotations

import os
import signal
import sys
from collections.abc import Callable
from typing import Any, Generic, TypeVar, cast

T = TypeVar("T")


def available_cpus() -> int:
    """CPUs this process may run on (a CI container often gets fewer than the machine has)."""
    try:
        return len(os.sched_getaffinity(0))
    except (AttributeError, OSError):
        return os.cpu_count() or 1


def jobs_allowed() -> int:
    """How many processes onevoice may use: `ONEVOICE_JOBS` if set to a number, else the CPUs."""
    wanted = os.environ.get("ONEVOICE_JOBS", "").strip()
    if wanted.isdigit() and int(wanted) > 0:
        return int(wanted)
    return available_cpus()


def _die_with_parent(parent: int) -> None:
    """Ask Linux to kill this child when its parent dies (prctl PR_SET_PDEATHSIG)."""
    try:
        import ctypes

        ctypes.CDLL(None, use_errno=True).prctl(1, signal.SIGKILL)
    except (OSError, AttributeError, ImportError):
        return  # elsewhere the parent's `cancel()` is what stops the child
    if os.getppid() != parent:  # the parent died before the request took effect
        os._exit(1)


def _child(send: Any, parent: int, work: Callable[..., Any], args: tuple[Any, ...],
           kwargs: dict[str, Any]) -> None:
    _die_with_parent(parent)
    # Ctrl+C reaches the whole process group: the parent decides, the child just stops when told.
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    try:
        outcome: tuple[str, Any] = ("ok", work(*args, **kwargs))
    except BaseException as error:  # noqa: BLE001 — reported to the parent, which re-runs the work
        outcome = ("failed", f"{type(error).__name__}: {error}")
    try:
        send.send(outcome)
    except Exception:  # noqa: BLE001 — an unpicklable result: the parent re-runs the work
        send.send(("failed", "the result could not be sent back"))
    send.close()


class Pending(Generic[T]):
    """The result of `work(*args, **kwargs)`, computed in a forked child when possible."""

    def __init__(self, work: Callable[..., T], *args: Any, jobs: int | None = None, **kwargs: Any):
        self._call = (work, args, kwargs)
        self._process: Any = None
        self._receive: Any = None
        # Linux only: fork is what makes the child cheap (it starts with everything loaded and
        # read), and it is only safe where no system library objects to it (macOS's do), and
        # only there does the child die with its parent.
        if (jobs if jobs is not None else jobs_allowed()) < 2 or not sys.platform.startswith("linux"):
            return
        import multiprocessing

        try:
            context = multiprocessing.get_context("fork")
            self._receive, send = context.Pipe(duplex=False)
            self._process = context.Process(target=_child, args=(send, os.getpid(), work, args, kwargs),
                                            daemon=True)
            self._process.start()
            send.close()
        except (OSError, ValueError):  # no fork here, or no resources for a process: run it in place
            self._process = None

    @property
    def in_background(self) -> bool:
        return self._process is not None

    def result(self) -> T:
        """Wait for the child's result; if there is no child or it failed, compute it here."""
        if self._process is not None:
            try:
                status, value = self._receive.recv()
            except (EOFError, OSError):
                status, value = "failed", "the worker stopped"
            finally:
                self._stop()
            if status == "ok":
                return cast(T, value)  # what the child computed with `work`
        work, args, kwargs = self._call
        return work(*args, **kwargs)

    def cancel(self) -> None:
        """Stop the child at once (an interrupted or failed build does not wait for it)."""
        self._stop()

    def _stop(self) -> None:
        if self._process is None:
            return
        process, self._process = self._process, None
        if process.is_alive():
            process.kill()
        process.join()
        self._receive.close()
