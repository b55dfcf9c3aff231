"""A run: init_run() opens one, `run["path"]` reaches its fields, stop() ends it."""

from __future__ import annotations

import socket
import threading
from typing import Any, Callable, Dict, Iterable, List, Optional, Union

from . import _config, _hooks, _monitoring, _paths, _runread, _sourcecode, _values
from ._backends import QueueBackend
from ._capture import uninstall_capture
from ._diskqueue import RunDir
from ._encoder import DELETE, MARK, Encoder
from ._http import ApiClient
from ._localmodel import LocalModel
from ._log import Reporter, logger
from ._monitoring import Heartbeat
from ._runend import RunEnding
from ._runopen import RunOpening
from ._runfiles import RunFiles
from ._runread import RunReading
from .exceptions import InactiveRunError, InvalidPathError, NereidError
from .handler import BadPathHandler, Handler


class Run(RunOpening, RunReading, RunFiles, RunEnding):
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
        async_lag_callback: Optional[Callable[["Run"], None]] = None,
        async_lag_threshold: float = 1800.0,
        async_no_progress_callback: Optional[Callable[["Run"], None]] = None,
        async_no_progress_threshold: float = 300.0,
    ) -> None:
        self._mode = _config.mode(mode)
        self._reporter = Reporter(raise_errors=self._mode in ("sync", "debug"))
        self._handlers: Dict[Any, Handler] = {}
        self._stopped = False
        self._exception_recorded = False
        self._fail_on_exception = fail_on_exception
        self._capture_traceback = capture_traceback
        self._monitoring = (
            monitoring_namespace or _config.env("MONITORING_NAMESPACE") or _monitoring.default_namespace()
        )
        self._client: Optional[ApiClient] = None
        self._run_id: Optional[str] = None
        self._run_dir: Optional[RunDir] = None
        self._local: Optional[LocalModel] = None
        self._captures: List[Any] = []
        self._heartbeat: Optional[Heartbeat] = None
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
        if self._mode != "read-only" and with_id is None:
            try:
                _sourcecode.record(self, source_files, dependencies, git_ref)
            except Exception as error:  # what the code is matters less than logging the run at all
                logger.warning("nereid: the source code, dependencies or git information were not recorded: %s",
                               error)
        if self._mode != "read-only":
            _hooks.register(self)
            if self._mode != "debug":
                self._start_monitoring(capture_stdout, capture_stderr, capture_hardware_metrics)
        if isinstance(self._backend, QueueBackend):
            if self._mode == "async":
                self._backend.watch_sync(self, async_lag_callback, async_lag_threshold, async_no_progress_callback,
                                         async_no_progress_threshold)
            self._backend.start()

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

    def __contains__(self, path: Any) -> bool:
        """`"params/lr" in run`: whether the field or namespace exists (asked of the server, as exists())."""
        return isinstance(path, str) and _paths.path_error(path) is None and self.exists(path)

    def __iter__(self) -> Any:
        # Without it, `for x in run` and `in` would call run[0], run[1], ... for ever (each a handler).
        raise TypeError("A run is not iterable; use run.get_structure() or run.fetch() to walk its fields.")

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

    def get_state(self) -> str:
        """"started" until stop(), then "stopped" (Neptune's states of the run object)."""
        return "stopped" if self._stopped else "started"

    def get_url(self) -> str:
        """Where the run's data is served (the server's API: nereid has a desktop app, not a web one)."""
        base = getattr(self, "_api_url", None) or ""
        return "%s/api/v1/runs/%s" % (base, self._run_id or "")

    # -- waiting and stopping ------------------------------------------------------------------

    def wait(self, disk_only: bool = False) -> None:
        """Block until everything logged so far is on the server (or, with disk_only, in the disk queue)."""
        if self._stopped:
            return
        if not self._backend.wait(disk_only, _runread.WAIT_SECONDS) and not disk_only and self._mode == "async":
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
        _hooks.unregister(self)
        if self._heartbeat is not None:
            self._heartbeat.stop()
        for name, capture in self._captures:
            uninstall_capture(name, capture)
        ok = self._backend.stop(seconds)
        self._put = self._put_after_stop
        if self._mode == "sync":
            self._finish_sync()
        elif self._mode == "async":
            self._finish_async(ok)
        elif self._mode == "offline":
            self._finish_offline()
        self._close_connections()

    def _put_after_stop(self, item: tuple) -> None:
        if item[0] == MARK:
            item[1].done(True)
            return
        message = "%s was stopped; writes after stop() are ignored (%s)." % (self._describe(), item[1])
        if self._reporter.raise_errors:  # sync and debug raise what Neptune raises; async and offline say it once
            raise InactiveRunError(message, code="inactive", path=str(item[1]))
        self._reporter.once("stopped", message)

    def _forget_after_fork(self) -> None:
        self._stopped = True
        self._put = lambda item: None

    def __enter__(self) -> "Run":
        return self

    def __exit__(self, exc_type: Any, value: Any, tb: Any) -> None:
        if exc_type is not None and not (exc_type is SystemExit and value.code in (None, 0)):
            self._on_exception(exc_type, value, tb)
        self.stop()


def init_run(with_id: Optional[str] = None, **kwargs: Any) -> Run:
    """Open a run: create it, or resume it by ``with_id`` (its sys/id) or ``custom_run_id``."""
    return Run(with_id, **kwargs)
