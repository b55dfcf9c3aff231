"""Configs as neptune-scale takes them: a mapping or a dataclass, flattened and cast on request."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import asdict, is_dataclass
from datetime import datetime
from typing import Any, Dict, Optional

CONFIG_TYPES = (float, bool, int, str, datetime)
COLLECTIONS = (list, set, tuple)


def as_mapping(data: Any) -> Mapping:
    if is_dataclass(data) and not isinstance(data, type):
        return asdict(data)
    if not isinstance(data, Mapping):
        raise TypeError(
            "configs must be a mapping-like object with an `.items()` method (e.g., `dict`) or a `dataclass` "
            "instance, or `NoneType` (was %s)" % type(data)
        )
    return data


def flatten_configs(data: Any, prefix: str = "", out: Optional[Dict[str, Any]] = None) -> Dict[str, Any]:
    """Nested mappings and dataclasses as one level of "a/b/c" keys."""
    out = {} if out is None else out
    if is_dataclass(data) and not isinstance(data, type):
        data = asdict(data)
    if not isinstance(data, Mapping):
        raise TypeError("Cannot flatten value of type %s. Try `flatten=False`." % type(data))
    for key, value in data.items():
        path = "%s/%s" % (prefix, key) if prefix else str(key)
        if isinstance(value, Mapping) or (is_dataclass(value) and not isinstance(value, type)):
            flatten_configs(value, path, out)
        else:
            out[path] = value
    return out


def cast_values(data: Mapping) -> Dict[str, Any]:
    """Every value a config cannot hold as its str() ("" for None); lists, sets and tuples of strings stay."""
    result = {}
    for key, value in data.items():
        keep = isinstance(value, CONFIG_TYPES) or (
            isinstance(value, COLLECTIONS) and all(isinstance(item, str) for item in value))
        result[key] = value if keep else ("" if value is None else str(value))
    return result
