"""Process-wide hooks for live runs: uncaught exceptions, interpreter exit, fork."""

from __future__ import annotations

import atexit
import os
import sys
from typing import Any

_live_runs: set = set()  # strong: a run nobody holds still gets stopped (and flushed) at exit
_hooks_installed = False
_previous_excepthook = sys.excepthook


def _excepthook(exc_type, value, tb):  # type: ignore[no-untyped-def]
    for run in list(_live_runs):
        try:
            run._on_exception(exc_type, value, tb)
        except Exception:
            pass
    _previous_excepthook(exc_type, value, tb)


def _stop_all() -> None:
    for run in list(_live_runs):
        try:
            run.stop()
        except Exception:
            pass


def _after_fork_in_child() -> None:
    # A forked child (a data-loader worker, say) has none of the parent's threads: its copies of the
    # parent's runs must not queue anything that nobody would ever send.
    for run in list(_live_runs):
        run._forget_after_fork()
    _live_runs.clear()


def register(run: Any) -> None:
    global _hooks_installed, _previous_excepthook
    if not _hooks_installed:
        _hooks_installed = True
        _previous_excepthook = sys.excepthook
        sys.excepthook = _excepthook
        atexit.register(_stop_all)
        if hasattr(os, "register_at_fork"):
            os.register_at_fork(after_in_child=_after_fork_in_child)
    _live_runs.add(run)


def unregister(run: Any) -> None:
    _live_runs.discard(run)
