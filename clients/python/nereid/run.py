"""A run: init_run() opens one, `run["path"]` reaches its fields, stop() ends it."""

from __future__ import annotations

import socket
from typing import Any, Callable, Dict, Iterable, Optional, Union

from . import _config, _monitoring, _paths, _sourcecode
from ._container import MetadataContainer
from ._log import logger
from .exceptions import InvalidPathError


class Run(MetadataContainer):
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
        self._prepare(mode)
        self._fail_on_exception = fail_on_exception
        self._capture_traceback = capture_traceback
        self._monitoring = (
            monitoring_namespace or _config.env("MONITORING_NAMESPACE") or _monitoring.default_namespace()
        )
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
        self._open(project, api_token, api_url, flush_period)
        if self._mode != "read-only" and with_id is None:
            try:
                _sourcecode.record(self, source_files, dependencies, git_ref)
            except Exception as error:  # what the code is matters less than logging the run at all
                logger.warning("nereid: the source code, dependencies or git information were not recorded: %s",
                               error)
        if self._mode not in ("read-only", "debug"):
            self._start_monitoring(capture_stdout, capture_stderr, capture_hardware_metrics)
        self._start(False, dict(lag_callback=async_lag_callback, lag_threshold=async_lag_threshold,
                                no_progress_callback=async_no_progress_callback,
                                no_progress_threshold=async_no_progress_threshold))


def init_run(with_id: Optional[str] = None, **kwargs: Any) -> Run:
    """Open a run: create it, or resume it by ``with_id`` (its sys/id) or ``custom_run_id``."""
    return Run(with_id, **kwargs)
