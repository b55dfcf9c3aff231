"""Run()'s arguments as the arguments of the nereid Run underneath, with neptune-scale's checks and a clear error for
each feature a nereid-server does not have."""

from __future__ import annotations

import os
import random
import string
import time
from datetime import datetime
from pathlib import Path
from typing import Any, Dict, Optional

from .. import _config
from ._checks import MAX_EXPERIMENT_NAME_BYTES, logger, verify_max_bytes, verify_non_empty, verify_project
from ._checks import verify_run_id, verify_type
from .exceptions import NeptuneApiTokenNotProvided, NeptuneProjectNotProvided, NeptuneUnsupportedByNereid
from .types import SourceTrackingConfig

MODES = {"async": "async", "offline": "offline", "disabled": None}
_CALLBACKS = ("on_queue_full_callback", "on_network_error_callback", "on_error_callback", "on_warning_callback")


def generate_run_id() -> str:
    """A unique run id like neptune-scale's: run-<UTC time to the millisecond>-<5 random letters and digits>."""
    stamp = time.strftime("%Y%m%d%H%M%S", time.gmtime()) + "%03d" % (int(time.time() * 1000) % 1000)
    return "run-%s-%s" % (stamp, "".join(random.choices(string.ascii_lowercase + string.digits, k=5)))


def check_types(args: Dict[str, Any]) -> None:
    verify_type("run_id", args["run_id"], str)
    verify_type("resume", args["resume"], bool)
    for name in ("project", "api_token", "experiment_name", "fork_run_id", "runtime_namespace"):
        verify_type(name, args[name], (str, type(None)))
    verify_type("creation_time", args["creation_time"], (datetime, type(None)))
    verify_type("fork_step", args["fork_step"], (int, float, type(None)))
    verify_type("log_directory", args["log_directory"], (str, Path, type(None)))
    verify_type("async_lag_threshold", args["async_lag_threshold"], (int, float, type(None)))
    for name in ("on_async_lag_callback",) + _CALLBACKS:
        if args[name] is not None and not callable(args[name]):
            raise TypeError("%s must be a Callable or NoneType (was %s)" % (name, type(args[name])))
    verify_type("enable_console_log_capture", args["enable_console_log_capture"], bool)
    verify_type("source_tracking_config", args["source_tracking_config"], (SourceTrackingConfig, type(None)))


def refuse_unsupported(args: Dict[str, Any]) -> None:
    """neptune-scale's pairing rules first (ValueError), then what nereid cannot do (NeptuneUnsupportedByNereid)."""
    if (args["fork_run_id"] is None) != (args["fork_step"] is None):
        raise ValueError("`fork_run_id` and `fork_step` must be used together.")
    if (args["on_async_lag_callback"] is None) != (args["async_lag_threshold"] is None):
        raise ValueError("`on_async_lag_callback` must be used with `async_lag_threshold`.")
    if args["resume"]:
        for name in ("creation_time", "experiment_name", "fork_run_id", "fork_step"):
            if args[name] is not None:
                logger.warning("nereid: `%s` is ignored when used together with `resume`.", name)
                args[name] = None
    if args["fork_run_id"] is not None:
        raise NeptuneUnsupportedByNereid("Forking a run (fork_run_id, fork_step)")
    if args["creation_time"] is not None:
        raise NeptuneUnsupportedByNereid("creation_time", "The server sets sys/creation_time when it creates the run.")
    if args["log_directory"] is not None:
        raise NeptuneUnsupportedByNereid("log_directory", "Set NEREID_DATA_DIRECTORY to move the disk queue.")
    for name in ("on_async_lag_callback",) + _CALLBACKS:
        if args[name] is not None:
            raise NeptuneUnsupportedByNereid(name, "nereid logs refused writes and connection problems as warnings.")
    config = args["source_tracking_config"]
    if config is not None and config.namespace != "source_code":
        raise NeptuneUnsupportedByNereid(
            "SourceTrackingConfig(namespace=...)", "nereid records git information under source_code/git."
        )


def resolve(args: Dict[str, Any]) -> Dict[str, Any]:
    """The project, token and mode after the environment, checked; and the nereid Run's keyword arguments."""
    project = _config.project_name(args["project"], required=False)
    if project is None:
        raise NeptuneProjectNotProvided()
    verify_project("project", project)
    mode = args["mode"] or _config.env("MODE") or "async"
    if mode not in MODES:
        raise ValueError("mode must be one of %s (was %r)" % (", ".join(MODES), mode))
    verify_run_id("run_id", args["run_id"])
    name = args["experiment_name"]
    if name is not None:
        verify_non_empty("experiment_name", name)
        verify_max_bytes("experiment_name", name, MAX_EXPERIMENT_NAME_BYTES)
    token = _config.api_token(args["api_token"], required=False)
    if mode == "async" and not token:
        raise NeptuneApiTokenNotProvided()
    capture = args["enable_console_log_capture"]
    config: Optional[SourceTrackingConfig] = args["source_tracking_config"]
    return {
        "mode": mode,
        "project": project,
        "custom_run_id": args["run_id"],
        "api_token": token,
        "name": name,
        "capture_stdout": capture,
        "capture_stderr": capture,
        "capture_hardware_metrics": False,  # neptune-scale captures the console only
        "monitoring_namespace": (args["runtime_namespace"] or "runtime").rstrip("/"),
        "git_ref": False if config is None else (os.fspath(config.repository) if config.repository else True),
        "source_files": None if config is not None and config.upload_entry_point else [],
    }
