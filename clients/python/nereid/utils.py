"""Helpers that Neptune's users know from neptune.utils."""

from __future__ import annotations

import datetime as _dt
from collections.abc import Mapping
from typing import Any

from ._log import logger


def stringify_unsupported(value: Any, expand: bool = False) -> Any:
    """``value`` with everything nereid cannot store turned into its str(); dicts stay namespaces.

    With ``expand=True`` a list, tuple or set becomes a namespace of its items keyed by their index
    (``{"t": ("hi", 1)}`` gives ``{"t": {"0": "hi", "1": 1}}``), as in Neptune."""
    if isinstance(value, Mapping):
        return {str(k): stringify_unsupported(v, expand=expand) for k, v in value.items()}
    if expand and isinstance(value, (list, tuple, set)):
        return {str(i): stringify_unsupported(v, expand=True) for i, v in enumerate(value)}
    if isinstance(value, (bool, int, float, str, _dt.datetime)):
        return value
    return str(value)


def stop_synchronization_callback(neptune_object: Any) -> None:
    """A callback for init_run(async_no_progress_callback=..., async_lag_callback=...): stop the run."""
    logger.error(
        "Threshold for disrupted synchronization exceeded. Stopping the synchronization using the default callback."
    )
    neptune_object.stop(seconds=60)  # Neptune's DEFAULT_STOP_TIMEOUT
