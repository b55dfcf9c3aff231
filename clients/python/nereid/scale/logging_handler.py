"""NeptuneLoggingHandler: Python logging records as lines of a string series of a nereid.scale Run."""

from __future__ import annotations

import logging
import threading
from datetime import datetime
from typing import Optional

from ._checks import MAX_PATH_BYTES, verify_max_bytes, verify_type
from .run import Run


class NeptuneLoggingHandler(logging.Handler):
    """Sends each record, formatted, to ``attribute_path`` (default runtime/logs), one point per line."""

    def __init__(self, *, run: Run, level: int = logging.NOTSET, attribute_path: Optional[str] = None) -> None:
        verify_type("run", run, Run)
        verify_type("level", level, int)
        verify_type("attribute_path", attribute_path, (str, type(None)))
        path = attribute_path or "runtime/logs"
        verify_max_bytes("attribute_path", path, MAX_PATH_BYTES)
        super().__init__(level=level)
        self._path = path
        self._run = run
        self._inside = threading.local()  # a warning nereid logs while writing must not come back here

    def emit(self, record: logging.LogRecord) -> None:
        if getattr(self._inside, "active", False):
            return
        self._inside.active = True
        try:
            target = self._run.nereid_run
            if target is None:
                return
            now = datetime.now()
            for line in self.format(record).splitlines() or [""]:
                target[self._path].append(line, timestamp=now)
        except Exception:
            self.handleError(record)
        finally:
            self._inside.active = False
