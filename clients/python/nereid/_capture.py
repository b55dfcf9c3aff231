"""Captured stdout and stderr: each line the script prints goes to a string series as well."""

from __future__ import annotations

import sys
import threading
import time
from typing import Any, Callable

from ._encoder import APPEND_STRING
from ._values import truncate_string


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
