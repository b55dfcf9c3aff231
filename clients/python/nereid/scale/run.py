"""nereid.scale.Run: the Run of neptune-scale (Neptune 3.x) over a nereid Run.

    from nereid.scale import Run            # or, with clients/python-neptune installed: from neptune_scale import Run

    with Run(experiment_name="lr-sweep", run_id="sweep-7") as run:
        run.log_configs({"params/lr": 0.001})
        run.log_metrics(data={"train/loss": 0.4}, step=1)
        run.add_tags(["baseline"])

run_id is the nereid run's custom_run_id (a run with that id in the project is resumed, otherwise created),
experiment_name its sys/name. docs/python.md lists what maps where and what a nereid-server cannot do.
"""

from __future__ import annotations

from contextlib import AbstractContextManager
from datetime import datetime
from pathlib import Path
from typing import Any, Callable, Optional, Union

from ._checks import logger, verify_type
from ._options import check_types, generate_run_id, refuse_unsupported, resolve
from ._writes import RunWrites
from .types import SourceTrackingConfig

_FOREVER = 1e9  # seconds: neptune-scale's wait without a timeout waits for good
_DEFAULT_SOURCE_TRACKING = SourceTrackingConfig()


class Run(RunWrites, AbstractContextManager):
    """A run of a project, as neptune_scale.Run."""

    def __init__(
        self,
        *,
        run_id: Optional[str] = None,
        project: Optional[str] = None,
        api_token: Optional[str] = None,
        resume: bool = False,
        mode: Optional[str] = None,
        experiment_name: Optional[str] = None,
        creation_time: Optional[datetime] = None,
        fork_run_id: Optional[str] = None,
        fork_step: Optional[Union[int, float]] = None,
        log_directory: Optional[Union[str, Path]] = None,
        max_queue_size: Optional[int] = None,
        async_lag_threshold: Optional[float] = None,
        on_async_lag_callback: Optional[Callable[[], None]] = None,
        on_queue_full_callback: Optional[Callable[..., None]] = None,
        on_network_error_callback: Optional[Callable[..., None]] = None,
        on_error_callback: Optional[Callable[..., None]] = None,
        on_warning_callback: Optional[Callable[..., None]] = None,
        enable_console_log_capture: bool = True,
        runtime_namespace: Optional[str] = None,
        source_tracking_config: Optional[SourceTrackingConfig] = _DEFAULT_SOURCE_TRACKING,
        inherit_configs: bool = True,
        **kwargs: Any,
    ) -> None:
        args = dict(locals())
        for name in ("self", "kwargs", "__class__", "max_queue_size", "inherit_configs"):
            args.pop(name, None)
        api_url = kwargs.pop("api_url", None)  # nereid's addition: the server, else NEREID_API_URL
        system_namespace = kwargs.pop("system_namespace", None)
        if kwargs:
            raise TypeError("Run() got an unexpected keyword argument %r" % sorted(kwargs)[0])
        if system_namespace is not None:
            logger.warning("nereid: `system_namespace` is deprecated; use `runtime_namespace` instead.")
            args["runtime_namespace"] = args["runtime_namespace"] or system_namespace
        if max_queue_size is not None:
            logger.warning("nereid: `max_queue_size` is deprecated and has no effect.")
        verify_type("inherit_configs", inherit_configs, bool)  # configs are inherited from forks, which nereid lacks
        if args["run_id"] is None:
            args["run_id"] = generate_run_id()
        check_types(args)
        refuse_unsupported(args)
        options = resolve(args)
        self._project: str = options["project"]
        self._run_id: str = args["run_id"]
        self._experiment_name: Optional[str] = args["experiment_name"]
        self._mode: str = options.pop("mode")
        self._run: Any = None
        if self._mode != "disabled":
            from ..run import Run as NereidRun

            self._run = NereidRun(mode=self._mode, api_url=api_url, **options)

    @property
    def nereid_run(self) -> Any:
        """The nereid Run underneath (None in "disabled" mode): fetch(), run["path"], and the rest of nereid's API."""
        return self._run

    def __repr__(self) -> str:
        return "<nereid.scale Run %s of %s, mode %s>" % (self._run_id, self._project, self._mode)

    # -- waiting and closing -------------------------------------------------------------------

    def wait_for_submission(self, timeout: Optional[float] = None, verbose: bool = True) -> bool:
        """Wait until everything logged so far is on the server (in the disk queue, offline); False if ``timeout``
        seconds passed first. A nereid-server has processed what it accepted, so this equals wait_for_processing()."""
        run = self._run
        if run is None or run._stopped:
            return True
        seconds = _FOREVER if timeout is None else max(0.0, float(timeout))
        return bool(run._backend.wait(run._mode == "offline", seconds))

    def wait_for_processing(self, timeout: Optional[float] = None, verbose: bool = True) -> bool:
        return self.wait_for_submission(timeout, verbose)

    def close(self, timeout: Optional[float] = None) -> None:
        """Send what is queued (trying an unreachable server for ``timeout`` seconds, 20 by default) and end the run;
        what could not be sent stays in the disk queue for `python -m nereid sync`."""
        if self._run is not None:
            self._run.stop(timeout)

    def terminate(self) -> None:
        """End the run at once (from an error callback, say): what is not sent yet stays in the disk queue."""
        if self._run is not None:
            self._run.stop(0)

    def __exit__(self, exc_type: Any, value: Any, tb: Any) -> None:
        if self._run is not None:
            self._run.__exit__(exc_type, value, tb)  # an exception is recorded (sys/failed, the traceback)

    # -- where the run is ----------------------------------------------------------------------

    def get_run_url(self) -> str:
        """The run's address on the server's API (nereid has a desktop app, not a web one)."""
        return self._run.get_url() if self._run is not None else ""

    def get_experiment_url(self) -> str:
        if self._experiment_name is None:
            raise ValueError("`experiment_name` was not provided during Run initialization")
        return self.get_run_url()
