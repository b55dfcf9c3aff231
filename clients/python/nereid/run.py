"""A run: init_run() opens one, `run["path"]` reaches its fields, stop() ends it."""

from __future__ import annotations

import itertools
import logging
import os
import socket
import threading
import traceback
from typing import Any, Dict, Iterable, List, Optional, Union
from urllib.parse import quote

from . import _config, _fetch, _monitoring, _paths, _values
from ._backends import DEFAULT_STOP_SECONDS, ImmediateBackend, QueueBackend, ReadOnlyBackend, server_apply
from ._diskqueue import RunDir
from ._encoder import DELETE, MARK, Encoder
from ._http import DEFAULT_TIMEOUT, ApiClient
from ._localmodel import LocalModel
from ._log import Reporter, logger
from ._uploader import FATAL_CODES, Uploader, project_route
from .exceptions import (
    FetchNotAvailableError,
    InactiveRunError,
    InvalidPathError,
    NereidConnectionError,
    NereidError,
    UnknownRunError,
)
from .handler import BadPathHandler, Handler

_debug_ids = itertools.count(1)
WAIT_SECONDS = 10.0  # how long wait() and fetches retry a server they cannot reach


def resolve_project(client: Optional[ApiClient], name: str) -> str:
    """``workspace/project``; a bare project name lies in the token user's workspace."""
    if "/" in name or client is None:
        return name
    user = client.request("GET", "/whoami")["user"]
    return "%s/%s" % (user, name)


def find_by_custom_id(client: ApiClient, project: str, custom_run_id: str) -> Dict[str, Any]:
    for trashed in (False, True):
        offset = 0
        while True:
            page = client.request(
                "GET", project_route(project) + "/runs", params={"trashed": trashed, "limit": 10000, "offset": offset}
            )
            for run in page.get("runs") or []:
                if (run.get("sys") or {}).get("custom_run_id") == custom_run_id:
                    return run
            offset += len(page.get("runs") or [])
            if not page.get("runs") or offset >= page.get("total", 0):
                break
    raise UnknownRunError(
        "Project %s has no run with the custom id %s." % (project, custom_run_id), code="unknown_run"
    )


class Run:
    """A run of a project, as Neptune's Run. Open it with ``nereid.init_run()``."""

    def __init__(
        self,
        with_id: Optional[str] = None,
        *,
        project: Optional[str] = None,
        api_token: Optional[str] = None,
        custom_run_id: Optional[str] = None,
        mode: Optional[str] = None,
        name: Optional[str] = None,
        description: Optional[str] = None,
        tags: Union[None, str, Iterable[str]] = None,
        source_files: Any = None,
        capture_stdout: bool = True,
        capture_stderr: bool = True,
        capture_hardware_metrics: bool = True,
        fail_on_exception: bool = True,
        monitoring_namespace: Optional[str] = None,
        flush_period: float = 5,
        proxies: Any = None,
        capture_traceback: bool = True,
        git_ref: Any = None,
        dependencies: Any = None,
        api_url: Optional[str] = None,
    ) -> None:
        self._mode = _config.mode(mode)
        self._reporter = Reporter(raise_errors=self._mode in ("sync", "debug"))
        self._handlers: Dict[Any, Handler] = {}
        self._stopped = False
        self._exception_recorded = False
        self._fail_on_exception = fail_on_exception
        self._capture_traceback = capture_traceback
        self._monitoring = monitoring_namespace or "monitoring"
        self._client: Optional[ApiClient] = None
        self._run_id: Optional[str] = None
        self._run_dir: Optional[RunDir] = None
        self._local: Optional[LocalModel] = None
        self._captures: List[Any] = []
        self._heartbeat: Optional[_monitoring.Heartbeat] = None
        self._stop_lock = threading.Lock()
        self._connections: List[ApiClient] = []  # closed by stop()
        path_problem = _paths.path_error(self._monitoring)
        if path_problem:
            raise InvalidPathError("monitoring_namespace: " + path_problem, code="invalid_path")
        custom_run_id = custom_run_id or _config.env("CUSTOM_RUN_ID")
        tag_list = [tags] if isinstance(tags, str) else sorted(set(tags or []))
        self._create: Dict[str, Any] = {
            "custom_run_id": custom_run_id,
            "with_id": with_id,
            "name": name,
            "description": description,
            "tags": tag_list or None,
            "hostname": socket.gethostname(),
        }
        self._encoder = Encoder(self._reporter)
        try:
            getattr(self, "_open_" + self._mode.replace("-", "_"))(project, api_token, api_url, flush_period)
        except BaseException:
            self._close_connections()
            raise
        self._put = self._backend.put
        if self._mode != "read-only":
            _monitoring.register(self)
            if self._mode != "debug":
                self._start_monitoring(capture_stdout, capture_stderr, capture_hardware_metrics)
        if isinstance(self._backend, QueueBackend):
            self._backend.start()

    # -- opening, one method per mode ----------------------------------------------------------

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

    def _open_sync(self, project, api_token, api_url, flush_period) -> None:
        client = self._connect(api_token, api_url)
        self._project = resolve_project(client, _config.project_name(project))
        run = client.request("POST", project_route(self._project) + "/runs", self._create_body())
        self._run_id = run["id"]
        self._encoder.load_run(run)
        self._backend = ImmediateBackend(self._encoder, server_apply(client, quote(self._run_id, safe=""), self._encoder))

    def _open_debug(self, project, api_token, api_url, flush_period) -> None:
        self._project = _config.project_name(project, required=False) or "debug/debug"
        self._run_id = "DEBUG-%d" % next(_debug_ids)
        sys_fields = {k: v for k, v in self._create.items() if k not in ("with_id", "tags")}
        sys_fields["tags"] = self._create["tags"] or []
        self._local = LocalModel(self._run_id, self._project, sys_fields)
        self._encoder.load_run(None)
        self._backend = ImmediateBackend(self._encoder, self._local.apply)

    def _open_read_only(self, project, api_token, api_url, flush_period) -> None:
        client = self._connect(api_token, api_url)
        if self._create["with_id"]:
            run = client.request("GET", "/runs/%s" % quote(self._create["with_id"], safe=""))
        elif self._create["custom_run_id"]:
            self._project = resolve_project(client, _config.project_name(project))
            run = find_by_custom_id(client, self._project, self._create["custom_run_id"])
        else:
            raise NereidError(
                "read-only mode opens an existing run: pass with_id=\"KEY-1\" or custom_run_id=...", code="invalid_request"
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
            run = client.request("POST", project_route(self._project) + "/runs", self._create_body(), timeout=10)
        except NereidConnectionError as error:
            problem = error
        except NereidError as error:
            if error.code not in FATAL_CODES:
                raise
            problem = error
        if run is not None:
            self._run_id = run["id"]
            self._encoder.load_run(run)
        elif not self._create["custom_run_id"] and not self._create["with_id"]:
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
            "run_id": self._run_id,
        }
        self._run_dir = RunDir.create(_config.data_directory(), mode, meta)
        uploader = Uploader(self._run_dir, self._client, self._reporter) if mode == "async" else None
        self._backend = QueueBackend(self._run_dir, self._encoder, self._reporter, uploader, flush_period)
        self._project = project

    def _on_run_created(self, run: Dict[str, Any]) -> None:
        self._run_id = run["id"]

    def _start_monitoring(self, stdout: bool, stderr: bool, hardware: bool) -> None:
        namespace = self._monitoring
        if stdout:
            self._captures.append(("stdout", _monitoring.install_capture("stdout", self._queue, namespace + "/stdout")))
        if stderr:
            self._captures.append(("stderr", _monitoring.install_capture("stderr", self._queue, namespace + "/stderr")))
        self[namespace + "/hostname"] = socket.gethostname()
        self[namespace + "/pid"] = str(os.getpid())
        self[namespace + "/tid"] = str(threading.get_ident())
        ping = None
        if self._client is not None and self._mode in ("async", "sync"):
            pinger = self._new_client(timeout=5)

            def ping() -> None:
                if self._run_id is not None and not self._stopped:
                    pinger.request("POST", "/runs/%s/ping" % quote(self._run_id, safe=""))

        self._heartbeat = _monitoring.Heartbeat(ping, self._queue, namespace, hardware)
        self._heartbeat.start()

    def _queue(self, item: tuple) -> None:
        """The put of threads other than the caller's (captures, heartbeat): it never raises."""
        try:
            self._put(item)
        except Exception:
            pass

    # -- fields --------------------------------------------------------------------------------

    def __getitem__(self, path: str) -> Handler:
        try:
            return self._handlers[path]
        except KeyError:
            pass
        except TypeError:  # an unhashable path
            return self._bad_path(path)
        if _paths.path_error(path) is not None:
            return self._bad_path(path)
        handler = self._handlers[path] = Handler(self, path)
        return handler

    def _bad_path(self, path: Any) -> Handler:
        error = InvalidPathError(_paths.path_error(path) or "invalid path", code="invalid_path", path=str(path))
        if self._reporter.raise_errors:
            raise error
        return BadPathHandler(self, str(path), error)

    def __setitem__(self, path: str, value: Any) -> None:
        self[path].assign(value)

    def __delitem__(self, path: str) -> None:
        self.pop(path)

    def assign(self, value: Any, wait: bool = False) -> None:
        """Assign a dict of fields at the run's root (`run.assign({"params": {...}})`)."""
        mapping = _values.as_namespace(value)
        if mapping is None:
            self._report(NereidError("Run.assign() takes a dict of fields, not %s." % type(value).__name__,
                                     code="invalid_value"))
            return
        for key, item in mapping.items():
            self[str(key)].assign(item)
        if wait:
            self.wait()

    def pop(self, path: str, wait: bool = False) -> None:
        """Delete a field, or a namespace with everything in it."""
        handler = self[path]
        if isinstance(handler, BadPathHandler):
            handler.delete()
            return
        self._put((DELETE, path))
        if wait:
            self.wait()

    def _report(self, error: NereidError) -> None:
        self._reporter(error)

    def _describe(self) -> str:
        return "run %s" % (self._run_id or "(not created on the server yet)")

    def __repr__(self) -> str:
        return "<nereid Run %s, mode %s>" % (self._run_id or "(not created yet)", self._mode)

    def get_url(self) -> str:
        """Where the run's data is served (the server's API: nereid has a desktop app, not a web one)."""
        base = getattr(self, "_api_url", None) or ""
        return "%s/api/v1/runs/%s" % (base, self._run_id or "")

    # -- reading -------------------------------------------------------------------------------

    def _run_object(self) -> Dict[str, Any]:
        if self._local is not None:
            return self._local.run_object()
        if self._mode == "offline":
            raise FetchNotAvailableError(
                "Fetching needs the server, and offline runs do not talk to it: upload the run with "
                "`python -m nereid sync`, then open it with mode=\"read-only\".",
                code="offline",
            )
        if self._mode == "async" and not self._stopped:
            self._backend.wait(False, WAIT_SECONDS)
        if self._run_id is None:
            raise NereidConnectionError(
                "The run has not been created on the server yet (it could not be reached).", code="connection"
            )
        assert self._client is not None
        return self._client.request("GET", "/runs/%s" % quote(self._run_id, safe=""))

    def _fetch_path(self, path: str) -> Any:
        if path == "sys/id" and self._run_id is not None:
            return self._run_id
        return _fetch.fetch_path(self._run_object(), path)

    def _fetch_last(self, path: str) -> Any:
        return _fetch.fetch_last(self._run_object(), path)

    def _fetch_values(self, path: str, include_timestamp: bool) -> Any:
        run = self._run_object()
        field = (run.get("fields") or {}).get(path)
        _fetch.fetch_last(run, path)  # names a missing field or a field that is not a series
        if self._local is not None:
            points = self._local.series(path)
        else:
            points = self._series_points(path)
        return _fetch.rows(points, field.get("type") == "floatSeries", include_timestamp)

    def _series_points(self, path: str) -> List[list]:
        assert self._client is not None and self._run_id is not None
        points: List[list] = []
        start = None
        while True:
            page = self._client.request(
                "GET",
                "/runs/%s/series" % quote(self._run_id, safe=""),
                params={"path": path, "from": start, "limit": 100000},
            )
            points.extend(page.get("points") or [])
            start = page.get("next")
            if start is None:
                return points

    def fetch(self) -> Dict[str, Any]:
        """Every atom of the run (sys included) as nested dicts."""
        return _fetch._nest(_fetch.atom_values(self._run_object()))

    def exists(self, path: str) -> bool:
        return _fetch.exists(self._run_object(), path)

    def get_structure(self) -> Dict[str, Any]:
        """The run's namespaces as nested dicts whose leaves are the field handlers."""
        return _fetch.structure(self._run_object(), self.__getitem__)

    def print_structure(self) -> None:
        def show(tree: Dict[str, Any], indent: int) -> None:
            for key, value in sorted(tree.items()):
                if isinstance(value, dict):
                    print("%s%s:" % ("    " * indent, key))
                    show(value, indent + 1)
                else:
                    print("%s%s" % ("    " * indent, key))

        show(self.get_structure(), 0)

    # -- waiting and stopping ------------------------------------------------------------------

    def wait(self, disk_only: bool = False) -> None:
        """Block until everything logged so far is on the server (or, with disk_only, in the disk queue)."""
        if self._stopped:
            return
        if not self._backend.wait(disk_only, WAIT_SECONDS) and not disk_only and self._mode == "async":
            self._reporter.once(
                "wait",
                "wait(): not everything could be sent to the server yet; it stays queued in %s."
                % (self._run_dir.path if self._run_dir else ".nereid"),
            )

    def sync(self, wait: bool = True) -> None:
        """Wait for the queue (with wait=True) and check that the run can be read back."""
        if wait:
            self.wait()
        if self._mode not in ("offline",):
            self._run_object()

    def stop(self, seconds: Optional[float] = None) -> None:
        """Send what is queued (retrying an unreachable server for ``seconds``, 20 by default), mark
        the run inactive, and release everything the run holds."""
        with self._stop_lock:
            if self._stopped:
                return
            self._stopped = True
        _monitoring.unregister(self)
        if self._heartbeat is not None:
            self._heartbeat.stop()
        for name, capture in self._captures:
            _monitoring.uninstall_capture(name, capture)
        ok = self._backend.stop(seconds)
        self._put = self._put_after_stop
        if self._mode == "sync" and self._client is not None:
            self._client.request("POST", "/runs/%s/stop" % quote(self._run_id or "", safe=""))
        elif self._mode == "async":
            self._finish_async(ok)
        elif self._mode == "offline" and self._run_dir is not None:
            self._run_dir.update_meta(stopped=True)
            self._run_dir.close()
            logger.info(
                "nereid: the offline run is kept in %s; upload it with `python -m nereid sync`.", self._run_dir.path
            )
        self._close_connections()

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
        run_dir.update_meta(stopped=True)
        pending = run_dir.count_pending()
        run_dir.close()
        logger.warning(
            "nereid: %d operation(s) of %s could not be sent; they are kept in %s. Run `python -m nereid sync` "
            "to upload them.", pending, self._describe(), run_dir.path
        )

    def _put_after_stop(self, item: tuple) -> None:
        if item[0] == MARK:
            item[1].done(True)
            return
        self._reporter.once("stopped", "%s was stopped; writes after stop() are ignored (%s)." % (self._describe(), item[1]))

    def _forget_after_fork(self) -> None:
        self._stopped = True
        self._put = lambda item: None

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

    def __enter__(self) -> "Run":
        return self

    def __exit__(self, exc_type: Any, value: Any, tb: Any) -> None:
        if exc_type is not None and not (exc_type is SystemExit and value.code in (None, 0)):
            self._on_exception(exc_type, value, tb)
        self.stop()


def init_run(with_id: Optional[str] = None, **kwargs: Any) -> Run:
    """Open a run: create it, or resume it by ``with_id`` (its sys/id) or ``custom_run_id``."""
    return Run(with_id, **kwargs)
