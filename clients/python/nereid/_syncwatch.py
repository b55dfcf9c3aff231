"""init_run()'s async_lag_callback and async_no_progress_callback: the queue thread tells the watch what it
wrote and sent; the watch calls the user's callbacks, with the run, when the upload falls behind."""

from __future__ import annotations

import threading
import time
from typing import Any, Callable, Optional

from ._log import logger

CALLBACK_INTERVAL = 300.0  # Neptune's least time between two calls of one callback


class SyncWatch:
    """Lag: how long the oldest operation not yet on the server has waited since it was written to the disk queue.
    No progress: how long uploads have been tried without one succeeding while operations wait. A callback is
    called (in a thread of its own, as Neptune does: it may stop the run) when its threshold is passed, then at
    most once every CALLBACK_INTERVAL seconds."""

    def __init__(
        self,
        run: Any,
        lag_callback: Optional[Callable[[Any], None]],
        lag_threshold: float,
        no_progress_callback: Optional[Callable[[Any], None]],
        no_progress_threshold: float,
    ) -> None:
        self._run = run
        self._checks = [
            [lag_callback, float(lag_threshold), None, self._lag],
            [no_progress_callback, float(no_progress_threshold), None, self._no_progress],
        ]
        self._unsent_since: Optional[float] = None
        self._trying_since: Optional[float] = None

    def wrote(self) -> None:
        if self._unsent_since is None:
            self._unsent_since = time.monotonic()

    def trying(self) -> None:
        if self._trying_since is None and self._unsent_since is not None:
            self._trying_since = time.monotonic()

    def sent(self) -> None:
        """Everything written so far is on the server."""
        self._unsent_since = self._trying_since = None

    def _lag(self, now: float) -> float:
        return 0.0 if self._unsent_since is None else now - self._unsent_since

    def _no_progress(self, now: float) -> float:
        return 0.0 if self._trying_since is None or self._unsent_since is None else now - self._trying_since

    def check(self) -> None:
        now = time.monotonic()
        for check in self._checks:
            callback, threshold, called_at, measure = check
            if callback is None or measure(now) <= threshold:
                continue
            if called_at is not None and now - called_at <= CALLBACK_INTERVAL:
                continue
            check[2] = now
            threading.Thread(target=self._call, args=(callback,), name="nereid-callback", daemon=True).start()

    def _call(self, callback: Callable[[Any], None]) -> None:
        try:
            callback(self._run)
        except Exception:
            logger.exception("nereid: the run's %s raised", getattr(callback, "__name__", "callback"))
