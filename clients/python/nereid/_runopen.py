"""How a run opens in each mode: its connections, its backend, its monitoring."""

from __future__ import annotations

import itertools
import os
import socket
import threading
from typing import Any, Dict, Optional
from urllib.parse import quote

from . import _config, _monitoring
from ._backends import QueueBackend
from ._blobs import BlobStash
from ._capture import install_capture
from ._diskqueue import RunDir
from ._http import DEFAULT_TIMEOUT, ApiClient
from ._localmodel import LocalModel
from ._log import logger
from ._lookup import find_by_custom_id, resolve_project
from ._simplebackends import ImmediateBackend, ReadOnlyBackend, server_apply
from ._uploader import FATAL_CODES, Uploader, project_route
from .exceptions import NereidConnectionError, NereidError, UnknownRunError

_debug_ids = itertools.count(1)


class RunOpening:
    """The part of Run that opens it: one _open_<mode> method per mode."""

    # Whether an async open raises when the object cannot be created or resumed at once, rather than queue the
    # writes for the background thread to create it when the server can be reached.
    _resolve_at_once = False

    def _connect(self, api_token: Optional[str], api_url: Optional[str]) -> ApiClient:
        self._api_url = _config.api_url(api_url)
        self._api_token = _config.api_token(api_token)
        self._client = self._new_client()
        return self._client

    def _new_client(self, timeout: Optional[float] = None) -> ApiClient:
        """A connection of its own (the caller's, the background thread's, the pinger's)."""
        client = ApiClient(self._api_url, self._api_token, timeout or DEFAULT_TIMEOUT)
        self._connections.append(client)
        return client

    def _close_connections(self) -> None:
        for client in self._connections:
            client.close()

    def _create_body(self) -> Dict[str, Any]:
        return {k: v for k, v in self._create.items() if v is not None}

    def _create_run(self, client: ApiClient, timeout: Optional[float] = None) -> Dict[str, Any]:
        """Create the run, or resume it; a with_id that names no run raises at once in every mode, as Neptune's
        RunNotFound, rather than queue writes for a run that will never take them."""
        try:
            return client.request("POST", project_route(self._project) + "/runs", self._create_body(), timeout=timeout)
        except NereidError as error:
            with_id = self._create["with_id"]
            if error.code != "unknown_run" or not with_id:
                raise
            raise UnknownRunError(
                "No existing Run was found at %s (in project %s)." % (with_id, self._project),
                code="unknown_run", status=error.status, body=error.body,
            ) from None

    def _open_sync(self, project, api_token, api_url, flush_period) -> None:
        client = self._connect(api_token, api_url)
        self._project = resolve_project(client, _config.project_name(project))
        run = self._create_run(client)
        self._run_id = run["id"]
        self._encoder.load_run(run)
        self._encoder.stash = BlobStash(None)
        apply = server_apply(client, quote(self._run_id, safe=""), self._encoder,
                             project_route(self._project) + "/blobs", self._reporter)
        self._backend = ImmediateBackend(self._encoder, apply)

    def _open_debug(self, project, api_token, api_url, flush_period) -> None:
        self._project = _config.project_name(project, required=False) or "debug/debug"
        sys_fields = {k: self._create.get(k) for k in ("custom_run_id", "name", "description", "hostname")}
        sys_fields["tags"] = self._create.get("tags") or []
        sys_fields.update(self._debug_sys())
        self._run_id = sys_fields["id"]
        self._local = LocalModel(self._run_id, self._project, sys_fields)
        self._encoder.load_run(None)
        self._encoder.stash = BlobStash(None)  # debug runs keep file contents in memory
        self._backend = ImmediateBackend(self._encoder, self._local.apply)

    def _debug_sys(self) -> Dict[str, Any]:
        """The sys fields of a debug object beyond those given at init: its id, at least."""
        return {"id": "DEBUG-%d" % next(_debug_ids)}

    def _open_read_only(self, project, api_token, api_url, flush_period) -> None:
        client = self._connect(api_token, api_url)
        if self._create["with_id"]:
            run = client.request("GET", "/runs/%s" % quote(self._create["with_id"], safe=""))
        elif self._create["custom_run_id"]:
            self._project = resolve_project(client, _config.project_name(project))
            run = find_by_custom_id(client, self._project, self._create["custom_run_id"])
        else:
            raise NereidError(
                "read-only mode opens an existing run: pass with_id=\"KEY-1\" or custom_run_id=...",
                code="invalid_request",
            )
        self._run_id = run["id"]
        self._project = run.get("project")
        self._backend = ReadOnlyBackend(self._reporter)

    def _open_async(self, project, api_token, api_url, flush_period) -> None:
        client = self._connect(api_token, api_url)
        problem: Optional[NereidError] = None
        run = None
        try:
            self._project = resolve_project(client, _config.project_name(project))
            # The database the run is resolved in: the queue resolves it again if the server's changes (a restore).
            self._epoch = client.request("GET", "/health").get("epoch")
            run = self._create_run(client, timeout=10)
        except NereidConnectionError as error:
            if self._resolve_at_once:  # models and versions: as Neptune, which creates them in init (docs/neptune.md)
                raise
            problem = error
        except NereidError as error:
            if error.code not in FATAL_CODES or isinstance(error, UnknownRunError) or self._resolve_at_once:
                raise
            problem = error
        if run is not None:
            self._run_id = run["id"]
            self._encoder.load_run(run)
        elif not self._create.get("custom_run_id") and not self._create.get("with_id"):
            self._encoder.load_run(None)  # a new run: every series starts empty
        self._open_queue("async", getattr(self, "_project", None) or _config.project_name(project), flush_period)
        backend = self._backend
        assert isinstance(backend, QueueBackend) and backend.uploader is not None
        backend.uploader.client = self._new_client()
        backend.on_run_created = self._on_run_created
        if isinstance(problem, NereidConnectionError):
            backend._unreachable = True
            logger.warning(
                "nereid: %s The run will be created when the server can be reached; until then everything "
                "logged is kept in %s.", problem.message, backend.run_dir.path
            )
        elif problem is not None:
            backend.fatal = problem
            logger.error(
                "nereid: %s Nothing is sent to the server; everything logged is kept in %s. Fix the problem, "
                "then run `python -m nereid sync`.", problem.message, backend.run_dir.path
            )

    def _open_offline(self, project, api_token, api_url, flush_period) -> None:
        if not self._create["custom_run_id"] and not self._create["with_id"]:
            self._encoder.load_run(None)
        self._open_queue("offline", _config.project_name(project, required=False), flush_period)

    def _open_queue(self, mode: str, project: Optional[str], flush_period: float) -> None:
        meta = {
            "project": project,
            "api_url": getattr(self, "_api_url", None),
            "create": self._create_body(),
            "kind": self._kind,
            "create_route": getattr(self, "_create_route", None),  # objects other than runs: see _objectopen.py
            "run_id": self._run_id,
            "epoch": getattr(self, "_epoch", None) if self._run_id else None,
        }
        self._run_dir = RunDir.create(_config.data_directory(), mode, meta)
        self._encoder.stash = BlobStash(self._run_dir.files_path)
        uploader = Uploader(self._run_dir, self._client, self._reporter) if mode == "async" else None
        self._backend = QueueBackend(self._run_dir, self._encoder, self._reporter, uploader, flush_period)
        self._project = project

    def _on_run_created(self, run: Dict[str, Any]) -> None:
        self._run_id = run["id"]

    def _start_monitoring(self, stdout: bool, stderr: bool, hardware: bool) -> None:
        namespace = self._monitoring
        if stdout:
            self._captures.append(("stdout", install_capture("stdout", self._queue, namespace + "/stdout")))
        if stderr:
            self._captures.append(("stderr", install_capture("stderr", self._queue, namespace + "/stderr")))
        self[namespace + "/hostname"] = socket.gethostname()
        self[namespace + "/pid"] = str(os.getpid())
        self[namespace + "/tid"] = str(threading.get_ident())
        self._start_heartbeat(hardware)

    def _start_heartbeat(self, hardware: bool) -> None:
        """Pings that keep the object active (async and sync modes) and, with ``hardware``, CPU and memory."""
        ping = None
        if self._client is not None and self._mode in ("async", "sync"):
            pinger = self._new_client(timeout=5)

            def ping() -> None:
                if self._run_id is not None and not self._stopped:
                    pinger.request("POST", "/runs/%s/ping" % quote(self._run_id, safe=""))

        self._heartbeat = _monitoring.Heartbeat(ping, self._queue, getattr(self, "_monitoring", ""), hardware)
        self._heartbeat.start()

    def _queue(self, item: tuple) -> None:
        """The put of threads other than the caller's (captures, heartbeat): it never raises."""
        try:
            self._put(item)
        except Exception:
            pass
