"""How a run ends: what stop() does in each mode, and what an uncaught exception leaves behind."""

from __future__ import annotations

import traceback
from typing import Any
from urllib.parse import quote

from ._log import logger
from .exceptions import NereidError


class RunEnding:
    """The part of Run that finishes it."""

    def _finish_sync(self) -> None:
        try:
            self._client.request("POST", "/runs/%s/stop" % quote(self._run_id, safe=""), timeout=10)
        except NereidError as error:  # everything was written; the server will see the run go quiet
            logger.warning("nereid: could not tell the server that %s stopped: %s", self._describe(), error)

    def _finish_offline(self) -> None:
        self._run_dir.update_meta(stopped=True)
        self._run_dir.close()
        logger.info("nereid: the offline run is kept in %s; upload it with `python -m nereid sync`.",
                    self._run_dir.path)

    def _finish_async(self, ok: bool) -> None:
        run_dir = self._run_dir
        assert run_dir is not None and self._client is not None
        if ok and self._run_id is not None:
            try:
                self._client.request("POST", "/runs/%s/stop" % quote(self._run_id, safe=""), timeout=10)
                run_dir.remove()
                return
            except NereidError:
                pass
        try:
            run_dir.update_meta(stopped=True)
            pending = run_dir.count_pending()
        except OSError as error:  # the queue's folder is gone (the background thread said so)
            logger.error("nereid: %s stopped without its disk queue in %s: %s", self._describe(), run_dir.path, error)
            return
        finally:
            run_dir.close()
        logger.warning(
            "nereid: %d operation(s) of %s could not be sent; they are kept in %s. Run `python -m nereid sync` "
            "to upload them.", pending, self._describe(), run_dir.path
        )

    def _on_exception(self, exc_type: Any, value: Any, tb: Any) -> None:
        if self._stopped or self._exception_recorded or self._mode == "read-only":
            return
        self._exception_recorded = True
        try:
            if self._capture_traceback:
                lines = "".join(traceback.format_exception(exc_type, value, tb)).rstrip("\n").split("\n")
                self[self._monitoring + "/traceback"].extend(lines)
            if self._fail_on_exception:
                self["sys/failed"] = True
        except NereidError as error:
            logger.warning("nereid: could not record the exception: %s", error)
