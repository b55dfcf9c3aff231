"""A project's own fields (`project["general/brief"]`): the server's object of kind project, whose id is the
project key. It is created by the first write (POST .../metadata, which needs a contributor): opening a project
to read its runs table creates nothing, and a viewer reads the metadata without writing it."""

from __future__ import annotations

import socket
import threading
from typing import Any, Dict, Optional

from ._container import MetadataContainer
from ._encoder import MARK
from ._runread import WAIT_SECONDS
from ._simplebackends import ReadOnlyBackend
from ._uploader import project_route
from .exceptions import InactiveProjectError, NereidError


class _NotOpened:
    """The backend until the first write: nothing is queued, so there is nothing to wait for or stop."""

    def wait(self, disk_only: bool = False, seconds: float = 0.0) -> bool:
        return True

    def stop(self, seconds: Optional[float]) -> bool:
        return True


class ProjectMetadata(MetadataContainer):
    _kind = "project"
    _inactive_error = InactiveProjectError

    def __init__(self, project: str, key: str, mode: str, settings: Dict[str, Any]) -> None:
        self._prepare(mode)
        self._create: Dict[str, Any] = {"hostname": socket.gethostname()}
        self._create_route = project_route(project) + "/metadata"
        self._key = key
        self._project = project
        self._settings = settings  # api_token, api_url, flush_period and the async callbacks
        self._open_lock = threading.Lock()
        self._opened = self._mode in ("debug", "read-only")
        if self._opened:
            self._open_now()
        else:
            self._connect(settings["api_token"], settings["api_url"])  # reads before the first write
            self._backend = _NotOpened()
            self._put = self._open_then_put

    def _open_now(self) -> None:
        s = self._settings
        self._open(self._project, s["api_token"], s["api_url"], s["flush_period"])
        self._start(False, s["callbacks"])

    def _open_then_put(self, item: tuple) -> None:
        with self._open_lock:
            if not self._opened:
                if item[0] == MARK:
                    item[1].done(True)
                    return
                self._open_now()
                self._opened = True
        self._put(item)

    def _create_run(self, client: Any, timeout: Optional[float] = None) -> Dict[str, Any]:
        return client.request("POST", self._create_route, self._create_body(), timeout=timeout)

    def _open_read_only(self, project, api_token, api_url, flush_period) -> None:
        self._connect(api_token, api_url)
        found = self._fetch_metadata()
        self._run_id = found["id"] if "kind" in found else None
        self._backend = ReadOnlyBackend(self._reporter, "project")

    def _fetch_metadata(self) -> Dict[str, Any]:
        """The metadata object; before it is created, one without fields."""
        try:
            return self._client.request("GET", self._create_route)
        except NereidError as error:
            if error.code != "unknown_run":
                raise
        return {"id": self._key, "project": self._project, "sys": {"id": self._key}, "fields": {}}

    def _run_object(self) -> Dict[str, Any]:
        if self._local is None and self._run_id is None:
            if self._opened and self._mode == "async" and not self._stopped:
                self._backend.wait(False, WAIT_SECONDS)  # the queue may be creating it
            if self._run_id is None:
                return self._fetch_metadata()
        return super()._run_object()

    def _debug_sys(self) -> Dict[str, Any]:
        return {"id": self._key, "name": self._project.partition("/")[2]}

    def _on_exception(self, exc_type: Any, value: Any, tb: Any) -> None:
        """Only runs record tracebacks and sys/failed."""

    def _describe(self) -> str:
        return "the metadata of project %s" % self._project

    def stop(self, seconds: Optional[float] = None) -> None:
        with self._open_lock:
            opened, self._opened = self._opened, True  # nothing opens after stop()
        if opened:
            super().stop(seconds)
            return
        self._stopped = True
        self._put = self._put_after_stop
        self._close_connections()
