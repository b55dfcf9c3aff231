"""The backend of async and offline runs.

The training loop appends operation tuples to a deque; a background thread encodes them, writes them
to the run's disk queue, fsyncs and (async) uploads every flush period.
"""

from __future__ import annotations

import collections
import logging
import threading
import time
from typing import Any, Callable, Dict, List, Optional

from ._diskqueue import RunDir
from ._encoder import MARK, Encoder
from ._log import Reporter, logger
from ._syncwatch import SyncWatch
from ._uploader import FATAL_CODES, Uploader
from .exceptions import NereidConnectionError, NereidError

DRAIN_INTERVAL = 0.05  # seconds between moves from memory to disk: what a SIGKILL can lose
CHUNK = 20000  # operations encoded at a time (keeps each pause of the training loop short)
DEFAULT_STOP_SECONDS = 20.0  # how long stop() retries a server it cannot reach


class _Waiter:
    """A wait() or stop() request travelling through the queue behind the operations before it."""

    __slots__ = ("event", "disk_only", "deadline", "ok")

    def __init__(self, disk_only: bool, deadline: float) -> None:
        self.event = threading.Event()
        self.disk_only = disk_only
        self.deadline = deadline
        self.ok = False

    def done(self, ok: bool) -> None:
        self.ok = ok
        self.event.set()


class QueueBackend:
    def __init__(
        self,
        run_dir: RunDir,
        encoder: Encoder,
        reporter: Reporter,
        uploader: Optional[Uploader],
        flush_period: float,
    ) -> None:
        self.run_dir = run_dir
        self.encoder = encoder
        self.reporter = reporter
        self.uploader = uploader
        self.flush_period = max(0.05, float(flush_period))
        self.queue: collections.deque = collections.deque()
        self.put = self.queue.append
        self.fatal: Optional[NereidError] = None
        self.on_run_created: Optional[Callable[[Dict[str, Any]], None]] = None
        self._wake = threading.Event()
        self._exit = False
        self._failures = 0
        self._unreachable = False
        self._watch: Optional[SyncWatch] = None
        self._thread = threading.Thread(target=self._loop, name="nereid-queue", daemon=True)

    def start(self) -> None:
        self._thread.start()

    def watch_sync(self, run: Any, lag_callback: Any, lag_threshold: float, no_progress_callback: Any,
                   no_progress_threshold: float) -> None:
        """Call the user's callbacks when the upload lags or makes no progress (see SyncWatch)."""
        if lag_callback is not None or no_progress_callback is not None:
            self._watch = SyncWatch(run, lag_callback, lag_threshold, no_progress_callback, no_progress_threshold)

    # -- called from the user's threads --------------------------------------------------------

    def wait(self, disk_only: bool = False, seconds: float = 0.0) -> bool:
        """Block until what was queued before is on disk (and, unless disk_only, on the server).

        Returns False when it could not be uploaded (server unreachable for ``seconds``, a refused
        token, offline mode)."""
        waiter = _Waiter(disk_only, time.monotonic() + seconds)
        self.put((MARK, waiter))
        self._wake.set()
        while not waiter.event.wait(0.2):
            if not self._thread.is_alive():
                return False
        return waiter.ok

    def stop(self, seconds: Optional[float]) -> bool:
        ok = self.wait(False, DEFAULT_STOP_SECONDS if seconds is None else seconds)
        self._exit = True
        self._wake.set()
        self._thread.join(timeout=30)
        return ok

    # -- the background thread -----------------------------------------------------------------

    def _loop(self) -> None:
        waiters: List[_Waiter] = []
        next_flush = time.monotonic() + self.flush_period
        retry_at = 0.0
        while not self._exit:
            self._wake.wait(DRAIN_INTERVAL)
            self._wake.clear()
            try:
                waiters.extend(self._drain())
                now = time.monotonic()
                watch = self._watch
                if watch is not None:
                    watch.check()
                if not waiters and now < next_flush:
                    continue
                self.run_dir.fsync()
                next_flush = now + self.flush_period
                for waiter in [w for w in waiters if w.disk_only]:
                    waiter.done(True)
                    waiters.remove(waiter)
                uploaded = False
                if watch is not None and self.uploader is not None and (self.fatal is not None or now >= retry_at):
                    watch.trying()
                if self.uploader is not None and self.fatal is None and now >= retry_at:
                    uploaded = self._upload()
                    if uploaded and watch is not None:
                        watch.sent()
                    if not uploaded and self.fatal is None:
                        retry_at = time.monotonic() + min(0.5 * 2 ** min(self._failures, 4), 5.0)
                for waiter in list(waiters):
                    if uploaded or self.uploader is None or self.fatal is not None or now >= waiter.deadline:
                        waiter.done(uploaded)
                        waiters.remove(waiter)
            except OSError as error:
                # The disk queue cannot be written or read (its folder deleted, the disk full): what
                # reached this point is lost. Say so once, and answer the waiters so that wait() and
                # stop() return instead of waiting for a queue that cannot move.
                self.reporter.once(
                    "disk",
                    "cannot keep the queue in %s (%s); operations logged meanwhile are lost."
                    % (self.run_dir.path, error),
                    logging.ERROR,
                )
                self._fail(waiters)
                time.sleep(0.5)
            except Exception:  # a bug here must not end the thread: the queue would stop moving
                logger.exception("nereid: the background thread hit an error")
                self._fail(waiters)
                time.sleep(0.5)
        self._fail(waiters)

    def _fail(self, waiters: List[_Waiter]) -> None:
        """Answer every waiter met so far with False (nothing more can be promised about them)."""
        for waiter in waiters + self.encoder.marks:
            waiter.done(False)
        waiters.clear()
        self.encoder.marks = []

    def _drain(self) -> List[_Waiter]:
        queue = self.queue
        popleft = queue.popleft
        while queue:
            items = [popleft() for _ in range(min(len(queue), CHUNK))]
            lines = self.encoder.encode(items)
            if lines:
                self.run_dir.append(("\n".join(lines) + "\n").encode("ascii"))
                if self._watch is not None:
                    self._watch.wrote()
        marks, self.encoder.marks = self.encoder.marks, []
        return marks

    def _upload(self) -> bool:
        uploader = self.uploader
        assert uploader is not None
        try:
            created = uploader.run_id is None
            if created:
                run = uploader.ensure_run()
                if self.on_run_created is not None:
                    self.on_run_created(run)
            resolved = uploader.run_id
            uploader.upload()
            if uploader.run_id != resolved and self.on_run_created is not None:
                self.on_run_created({"id": uploader.run_id})  # resolved again on a server restored from a backup
        except NereidConnectionError as error:
            self._failures += 1
            if not self._unreachable:
                self._unreachable = True
                logger.warning(
                    "nereid: %s Everything logged is kept in %s and will be sent when the server is back "
                    "(or with `python -m nereid sync`).",
                    error.message,
                    self.run_dir.path,
                )
            return False
        except NereidError as error:
            if error.code in FATAL_CODES:
                self.fatal = error
                logger.error(
                    "nereid: %s Nothing more of this run is sent; it is kept in %s. Fix the problem, then run "
                    "`python -m nereid sync`.",
                    error.message,
                    self.run_dir.path,
                )
                return False
            raise
        if self._unreachable:
            logger.warning("nereid: the server at %s can be reached again; the queued operations were sent.",
                           uploader.client.url)
        self._unreachable = False
        self._failures = 0
        return True
