"""What runs, models, model versions and project metadata share: `obj["path"]` reaches their fields, the same
queue and modes carry their writes, and stop() ends them. Each is an object of a kind on the server, answered
in the run object's shape (docs/api.md)."""

from __future__ import annotations

import threading
from typing import Any, Dict, List, Optional

from . import _config, _hooks, _paths, _runread, _values
from ._backends import QueueBackend
from ._capture import uninstall_capture
from ._encoder import DELETE, MARK, Encoder
from ._log import Reporter
from ._runend import RunEnding
from ._runfiles import RunFiles
from ._runopen import RunOpening
from ._runread import RunReading
from .exceptions import InactiveRunError, InvalidPathError, NereidError
from .handler import BadPathHandler, Handler, ProtectedHandler


class MetadataContainer(RunOpening, RunReading, RunFiles, RunEnding):
    """The machinery of a run, for every kind of object. A subclass's __init__ calls _prepare(), _open() and
    _start() around what is its own."""

    _kind = "run"  # the server's kind (docs/api.md): run, model, model_version, project
    _inactive_error: type = InactiveRunError  # what writes after stop() raise in sync and debug modes

    def _prepare(self, mode: Optional[str]) -> None:
        self._mode = _config.mode(mode)
        self._reporter = Reporter(raise_errors=self._mode in ("sync", "debug"))
        self._handlers: Dict[Any, Handler] = {}
        self._stopped = False
        self._exception_recorded = False
        self._client = None
        self._run_id: Optional[str] = None
        self._run_dir = None
        self._local = None
        self._captures: List[Any] = []
        self._heartbeat = None
        self._stop_lock = threading.Lock()
        self._connections: List[Any] = []  # closed by stop()
        self._encoder = Encoder(self._reporter)

    def _open(self, project: Optional[str], api_token: Optional[str], api_url: Optional[str],
              flush_period: float) -> None:
        try:
            getattr(self, "_open_" + self._mode.replace("-", "_"))(project, api_token, api_url, flush_period)
        except BaseException:
            self._close_connections()
            raise
        self._put = self._backend.put

    def _start(self, ping: bool, callbacks: Dict[str, Any]) -> None:
        """Hooks (stop at exit), the ping that keeps the object active, and the queue's thread."""
        if self._mode != "read-only":
            _hooks.register(self)
            if ping and self._mode in ("async", "sync"):
                self._start_heartbeat(False)
        if isinstance(self._backend, QueueBackend):
            if self._mode == "async":
                self._backend.watch_sync(self, **callbacks)
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
        kind = ProtectedHandler if path in ProtectedHandler.PATHS else Handler
        handler = self._handlers[path] = kind(self, path)
        return handler

    def __contains__(self, path: Any) -> bool:
        """`"params/lr" in run`: whether the field or namespace exists (asked of the server, as exists())."""
        return isinstance(path, str) and _paths.path_error(path) is None and self.exists(path)

    def __iter__(self) -> Any:
        # Without it, `for x in run` and `in` would call run[0], run[1], ... for ever (each a handler).
        raise TypeError("A %s is not iterable; use get_structure() or fetch() to walk its fields."
                        % self._kind.replace("_", " "))

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
        """Assign a dict of fields at the root (`run.assign({"params": {...}})`)."""
        mapping = _values.as_namespace(value)
        if mapping is None:
            self._report(NereidError("assign() takes a dict of fields, not %s." % type(value).__name__,
                                     code="invalid_value"))
            return
        for key, item in mapping.items():
            self[str(key)].assign(item)
        if wait:
            self.wait()

    def pop(self, path: str, wait: bool = False) -> None:
        """Delete a field, or a namespace with everything in it."""
        handler = self[path]
        if type(handler) is not Handler:  # a bad or protected path: its delete() says why
            handler.delete()
            return
        self._put((DELETE, path))
        if wait:
            self.wait()

    def _report(self, error: NereidError) -> None:
        self._reporter(error)

    def _describe(self) -> str:
        return "%s %s" % (self._kind.replace("_", " "), self._run_id or "(not created on the server yet)")

    def __repr__(self) -> str:
        return "<nereid %s %s, mode %s>" % (type(self).__name__, self._run_id or "(not created yet)", self._mode)

    def get_state(self) -> str:
        """"started" until stop(), then "stopped" (Neptune's states of the object)."""
        return "stopped" if self._stopped else "started"

    def get_url(self) -> str:
        """Where the object's data is served (the server's API: nereid has a desktop app, not a web one)."""
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
        """Wait for the queue (with wait=True) and check that the object can be read back."""
        if wait:
            self.wait()
        if self._mode not in ("offline",):
            self._run_object()

    def stop(self, seconds: Optional[float] = None) -> None:
        """Send what is queued (retrying an unreachable server for ``seconds``, 20 by default), mark
        the object inactive, and release everything it holds."""
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
            raise self._inactive_error(message, code="inactive", path=str(item[1]))
        self._reporter.once("stopped", message)

    def _forget_after_fork(self) -> None:
        self._stopped = True
        self._put = lambda item: None

    def __enter__(self) -> Any:
        return self

    def __exit__(self, exc_type: Any, value: Any, tb: Any) -> None:
        if exc_type is not None and not (exc_type is SystemExit and value.code in (None, 0)):
            self._on_exception(exc_type, value, tb)
        self.stop()
