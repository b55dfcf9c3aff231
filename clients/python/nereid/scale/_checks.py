"""Argument checks of nereid.scale: the same refusals (TypeError, ValueError) neptune-scale gives for the same
mistakes, raised before anything is written."""

from __future__ import annotations

import logging
import os
from typing import Any, Tuple, Union

from .exceptions import NeptuneUnableToLogData

MAX_RUN_ID_BYTES = 730
MAX_EXPERIMENT_NAME_BYTES = 730
MAX_STEP = 1_000_000_000_000
MAX_PATH_BYTES = 1024

logger = logging.getLogger("nereid")


def _type_names(expected: Union[type, Tuple[type, ...]]) -> str:
    kinds = expected if isinstance(expected, tuple) else (expected,)
    return " or ".join(getattr(kind, "__name__", str(kind)) for kind in kinds)


def verify_type(name: str, value: Any, expected: Union[type, Tuple[type, ...]]) -> None:
    if not isinstance(value, expected):
        raise TypeError("%s must be a %s (was %s)" % (name, _type_names(expected), type(value)))


def verify_non_empty(name: str, value: Any) -> None:
    if not value:
        raise ValueError("%s must not be empty" % name)


def verify_max_bytes(name: str, value: str, limit: int) -> None:
    size = len(value.encode("utf-8"))
    if size > limit:
        raise ValueError("%s must not exceed %d bytes, got %d bytes." % (name, limit, size))


def verify_project(name: str, value: Any) -> None:
    verify_type(name, value, str)
    verify_non_empty(name, value)
    if len(value.split("/")) != 2:
        raise ValueError("%s is not in expected format, should be 'workspace-name/project-name'" % name)


def verify_run_id(name: str, value: Any) -> None:
    verify_type(name, value, str)
    verify_non_empty(name, value)
    verify_max_bytes(name, value, MAX_RUN_ID_BYTES)
    if "/" in value:
        raise ValueError("%s is not in expected format, should not contain '/' character" % name)


def verify_step(name: str, value: Any, optional: bool = False) -> None:
    verify_type(name, value, (float, int, type(None)) if optional else (float, int))
    if value is not None and not 0 <= value < MAX_STEP:
        raise ValueError("%s must have a value between 0 and %d" % (name, MAX_STEP))


def invalid_value(message: str) -> None:
    """A value that cannot be logged: dropped with a warning, as neptune-scale does by default, or raised when
    NEPTUNE_LOG_FAILURE_ACTION (or NEREID_LOG_FAILURE_ACTION) is "raise"."""
    action = (os.environ.get("NEREID_LOG_FAILURE_ACTION") or os.environ.get("NEPTUNE_LOG_FAILURE_ACTION") or "drop")
    if action.lower() == "raise":
        raise NeptuneUnableToLogData(message, code="invalid_value")
    logger.warning("nereid: Dropping value. %s.", message)


def valid_path(key: Any) -> bool:
    if not isinstance(key, str):
        invalid_value("Field paths must be strings (got `%s`)" % (key,))
        return False
    if len(key.encode("utf-8")) > MAX_PATH_BYTES:
        invalid_value("Field paths must be less than %d bytes when UTF-8 encoded (got `%s`)" % (MAX_PATH_BYTES, key))
        return False
    return True
