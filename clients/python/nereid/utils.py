"""Helpers that Neptune's users know from neptune.utils."""

from __future__ import annotations

import datetime as _dt
from collections.abc import Mapping
from typing import Any


def stringify_unsupported(value: Any) -> Any:
    """``value`` with everything nereid cannot store turned into its str(); dicts stay namespaces."""
    if isinstance(value, Mapping):
        return {str(k): stringify_unsupported(v) for k, v in value.items()}
    if isinstance(value, (bool, int, float, str, _dt.datetime)):
        return value
    return str(value)
