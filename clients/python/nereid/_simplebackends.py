"""The backends that apply each operation in the caller's thread (sync, debug) or refuse it (read-only)."""

from __future__ import annotations

import logging
import threading
from typing import Callable, List, Optional

from ._blobs import hashes_in, send_blobs
from ._encoder import MARK, Encoder
from ._http import ApiClient
from ._log import Reporter
from .exceptions import NereidError


class ImmediateBackend:
    """sync and debug: encode and apply each operation in the caller's thread."""

    def __init__(self, encoder: Encoder, apply: Callable[[List[str]], None]) -> None:
        self.encoder = encoder
        self.apply = apply
        self._lock = threading.RLock()

    def put(self, item: tuple) -> None:
        with self._lock:
            lines = self.encoder.encode((item,))
            marks, self.encoder.marks = self.encoder.marks, []
            for mark in marks:
                mark.done(True)
            if lines:
                self.apply(lines)

    def wait(self, disk_only: bool = False, seconds: float = 0.0) -> bool:
        return True

    def stop(self, seconds: Optional[float]) -> bool:
        return True


def server_apply(client: ApiClient, run_id: str, encoder: Encoder, blobs_route: str,
                 report: Callable[[NereidError], None]) -> Callable[[List[str]], None]:
    route = "/runs/%s" % run_id

    def apply(lines: List[str]) -> None:
        if encoder.stash is not None:
            hashes = hashes_in(line.encode("ascii") for line in lines)
            if hashes:
                send_blobs(client, blobs_route, encoder.stash, hashes, report)
        body = ('{"operations":[' + ",".join(lines) + "]}").encode("ascii")
        try:
            client.request("POST", route + "/operations", body)
        except NereidError:
            # The encoder took the refused operation as applied (a new field's type, a series' last
            # step): learn the run's state again so the next write is judged on what the server has.
            try:
                encoder.load_run(client.request("GET", route))
            except NereidError:
                pass
            raise

    return apply


class ReadOnlyBackend:
    def __init__(self, reporter: Reporter, what: str = "run") -> None:
        self.reporter = reporter
        self.what = what

    def put(self, item: tuple) -> None:
        if item[0] == MARK:
            item[1].done(True)
            return
        self.reporter.once(
            "read-only",
            "the %s was opened in read-only mode; %s and every other write is ignored." % (self.what, item[1]),
            logging.WARNING,
        )

    def wait(self, disk_only: bool = False, seconds: float = 0.0) -> bool:
        return True

    def stop(self, seconds: Optional[float]) -> bool:
        return True
