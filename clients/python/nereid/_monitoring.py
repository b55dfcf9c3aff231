"""What a live run records about its process: captured stdout and stderr, CPU and memory from
/proc, pings that keep sys/state active, and the traceback of an uncaught exception."""

from __future__ import annotations

import atexit
import os
import sys
import threading
import time
from typing import Any, Callable, Optional, Tuple

from ._encoder import APPEND_FLOAT, APPEND_STRING
from ._values import truncate_string

PING_SECONDS = 5.0  # the server counts a run as active for 20 s after a contact
HARDWARE_SECONDS = 10.0


class OutputCapture:
    """Stands in for sys.stdout or sys.stderr: writes through, and appends each line to a string series."""

    def __init__(self, stream: Any, put: Callable[[tuple], None], path: str) -> None:
        self._stream = stream
        self._put = put
        self._path = path
        self._partial = ""
        self._active = True
        self._local = threading.local()

    def write(self, text: str) -> int:
        written = self._stream.write(text)
        if self._active and text and not getattr(self._local, "busy", False):
            self._local.busy = True  # a warning logged while queueing must not be captured again
            try:
                self._take(text)
            finally:
                self._local.busy = False
        return written if written is not None else len(text)

    def _take(self, text: str) -> None:
        text = self._partial + text
        lines = text.split("\n")
        self._partial = lines.pop()
        if len(self._partial) > 65536:
            lines.append(self._partial)
            self._partial = ""
        now = time.time_ns()
        for line in lines:
            line = line.rsplit("\r", 1)[-1] if "\r" in line else line  # progress bars redraw with \r
            if line.strip():
                self._put((APPEND_STRING, self._path, truncate_string(line), now))

    def finish(self) -> None:
        """Record a last unfinished line and stop capturing (the wrapper may stay installed)."""
        if self._active and self._partial.strip():
            self._put((APPEND_STRING, self._path, truncate_string(self._partial.rsplit("\r", 1)[-1]), time.time_ns()))
        self._partial = ""
        self._active = False

    @property
    def wrapped(self) -> Any:
        return self._stream

    def flush(self) -> None:
        self._stream.flush()

    def __getattr__(self, name: str) -> Any:
        return getattr(self._stream, name)


def install_capture(name: str, put: Callable[[tuple], None], path: str) -> OutputCapture:
    capture = OutputCapture(getattr(sys, name), put, path)
    setattr(sys, name, capture)
    return capture


def uninstall_capture(name: str, capture: OutputCapture) -> None:
    capture.finish()
    if getattr(sys, name) is capture:
        setattr(sys, name, capture.wrapped)


class HardwareSampler:
    """System CPU use (%) and used memory (GB), read from /proc with no third-party package."""

    def __init__(self) -> None:
        self._cpu = self._cpu_times()

    @staticmethod
    def _cpu_times() -> Optional[Tuple[int, int]]:
        try:
            with open("/proc/stat", "r") as file:
                fields = [int(x) for x in file.readline().split()[1:]]
        except (OSError, ValueError):
            return None
        idle = fields[3] + (fields[4] if len(fields) > 4 else 0)
        return sum(fields), idle

    def cpu_percent(self) -> Optional[float]:
        now = self._cpu_times()
        before, self._cpu = self._cpu, now
        if now is None or before is None or now[0] <= before[0]:
            return None
        total = now[0] - before[0]
        return round(100.0 * (total - (now[1] - before[1])) / total, 2)

    @staticmethod
    def memory_gb() -> Optional[float]:
        info = {}
        try:
            with open("/proc/meminfo", "r") as file:
                for line in file:
                    key, _, rest = line.partition(":")
                    info[key] = int(rest.split()[0])
        except (OSError, ValueError, IndexError):
            return None
        if "MemTotal" not in info or "MemAvailable" not in info:
            return None
        return round((info["MemTotal"] - info["MemAvailable"]) / 1024.0 / 1024.0, 4)


class Heartbeat:
    """A thread that pings the server and samples the hardware while the run lives."""

    def __init__(
        self,
        ping: Optional[Callable[[], None]],
        put: Optional[Callable[[tuple], None]],
        namespace: str,
        hardware: bool,
        hardware_seconds: float = HARDWARE_SECONDS,
    ) -> None:
        self._ping = ping
        self._put = put
        self._namespace = namespace
        self._sampler = HardwareSampler() if hardware and put is not None else None
        self._hardware_seconds = hardware_seconds
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._loop, name="nereid-heartbeat", daemon=True)

    def start(self) -> None:
        if self._ping is not None or self._sampler is not None:
            self._thread.start()

    def stop(self) -> None:
        self._stop.set()
        if self._thread.is_alive():
            self._thread.join(timeout=10)

    def _loop(self) -> None:
        next_ping = time.monotonic() + PING_SECONDS
        next_sample = time.monotonic() + min(1.0, self._hardware_seconds)
        while not self._stop.wait(max(0.05, min(next_ping, next_sample) - time.monotonic())):
            now = time.monotonic()
            if self._ping is not None and now >= next_ping:
                next_ping = now + PING_SECONDS
                try:
                    self._ping()
                except Exception:  # the queue reports an unreachable server; a ping is not worth a warning
                    pass
            if self._sampler is not None and now >= next_sample:
                next_sample = now + self._hardware_seconds
                self._sample()

    def _sample(self) -> None:
        assert self._put is not None and self._sampler is not None
        stamp = time.time_ns()
        cpu = self._sampler.cpu_percent()
        memory = self._sampler.memory_gb()
        if cpu is not None:
            self._put((APPEND_FLOAT, self._namespace + "/cpu", cpu, stamp))
        if memory is not None:
            self._put((APPEND_FLOAT, self._namespace + "/memory", memory, stamp))


# -- process-wide hooks: uncaught exceptions, interpreter exit, fork -----------------------------

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
