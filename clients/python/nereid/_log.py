"""The client's logger, and reporting that says each problem once."""

from __future__ import annotations

import logging
import threading
from typing import Set, Tuple

from .exceptions import NereidError

logger = logging.getLogger("nereid")


class Reporter:
    """Raises errors (sync and debug modes) or logs each kind once per field (async and offline)."""

    def __init__(self, raise_errors: bool, where: str = "") -> None:
        self.raise_errors = raise_errors
        self.where = where
        self._seen: Set[Tuple[str, str]] = set()
        self._lock = threading.Lock()

    def __call__(self, error: NereidError) -> None:
        if self.raise_errors:
            raise error
        self.log(error)

    def log(self, error: NereidError, level: int = logging.WARNING) -> None:
        key = (error.code or type(error).__name__, error.path or error.message)
        with self._lock:
            if key in self._seen:
                return
            self._seen.add(key)
        logger.log(level, "nereid%s: %s", self.where, error.message)

    def once(self, key: str, message: str, level: int = logging.WARNING) -> None:
        with self._lock:
            if ("once", key) in self._seen:
                return
            self._seen.add(("once", key))
        logger.log(level, "nereid%s: %s", self.where, message)
