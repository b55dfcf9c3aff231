"""Reading fields out of the server's run object."""

from __future__ import annotations

import collections
import datetime as _dt
from typing import Any, Callable, Dict, List, Optional

from . import _paths
from ._values import UTC, from_wire, parse_datetime, wire_series_value
from .exceptions import InvalidValueError, UnknownFieldError

SERIES = ("floatSeries", "stringSeries")
NOT_ATOMS = SERIES + ("fileSeries",)  # what fetch() of a namespace leaves out
SYS_DATETIMES = ("creation_time", "modification_time", "ping_time")
SYS_SETS = ("tags", "group_tags")
SYS_TYPES = {"failed": "bool", "trashed": "bool", "running_time": "float", "size": "float", "monitoring_time": "int"}

SeriesPoint = collections.namedtuple("SeriesPoint", ["step", "value", "timestamp"])


STATES = {"active": "Active", "inactive": "Inactive"}  # the server's sys/state, as Neptune 1.x spells it


def sys_value(name: str, value: Any) -> Any:
    if name == "state":
        return STATES.get(value, value)
    if name in SYS_DATETIMES:
        return parse_datetime(value)
    if name in SYS_SETS:
        return set(value or [])
    return value


def sys_type(name: str) -> str:
    if name in SYS_DATETIMES:
        return "datetime"
    if name in SYS_SETS:
        return "stringSet"
    return SYS_TYPES.get(name, "string")


def all_types(run: Dict[str, Any]) -> Dict[str, str]:
    """Every field of a run (sys included) with its wire type."""
    types = {"sys/" + name: sys_type(name) for name in (run.get("sys") or {})}
    types.update({path: field.get("type") for path, field in (run.get("fields") or {}).items()})
    return types


def _nest(pairs: Dict[str, Any]) -> Dict[str, Any]:
    tree: Dict[str, Any] = {}
    for path, value in sorted(pairs.items()):
        node = tree
        parts = path.split("/")
        for part in parts[:-1]:
            child = node.get(part)
            if not isinstance(child, dict):
                child = node[part] = {}
            node = child
        node[parts[-1]] = value
    return tree


def atom_values(run: Dict[str, Any]) -> Dict[str, Any]:
    """path -> Python value of every atom (series are left out, as Neptune's fetch() does)."""
    values = {"sys/" + name: sys_value(name, value) for name, value in (run.get("sys") or {}).items()}
    for path, field in (run.get("fields") or {}).items():
        if field.get("type") not in NOT_ATOMS:
            values[path] = from_wire(field.get("type"), field.get("value"))
    return values


def fetch_path(run: Dict[str, Any], path: str) -> Any:
    """An atom's value, or the nested dict of a namespace's atoms."""
    if path.startswith("sys/") and path[4:] in (run.get("sys") or {}):
        return sys_value(path[4:], run["sys"][path[4:]])
    field = (run.get("fields") or {}).get(path)
    if field is not None:
        if field.get("type") == "fileSeries":
            raise InvalidValueError(
                "%s is a file series; read it with download() or download_last()." % path,
                code="invalid_type",
                path=path,
            )
        if field.get("type") in SERIES:
            raise InvalidValueError(
                "%s is a %s; read it with fetch_last() or fetch_values()." % (path, _series_words(field)),
                code="invalid_type",
                path=path,
            )
        return from_wire(field.get("type"), field.get("value"))
    inside = {p[len(path) + 1 :]: v for p, v in atom_values(run).items() if p.startswith(path + "/")}
    if inside or exists(run, path):
        return _nest(inside)
    raise UnknownFieldError(
        "Run %s has no field or namespace %s." % (run.get("id"), path), code="unknown_field", path=path
    )


def fetch_last(run: Dict[str, Any], path: str) -> Any:
    field = (run.get("fields") or {}).get(path)
    if field is None:
        raise UnknownFieldError("Run %s has no series %s." % (run.get("id"), path), code="unknown_field", path=path)
    if field.get("type") not in SERIES:
        raise InvalidValueError(
            "%s is a %s field, not a series; read it with fetch()." % (path, field.get("type")),
            code="invalid_type",
            path=path,
        )
    value = field.get("last")
    return wire_series_value(value) if field.get("type") == "floatSeries" else value


def _series_words(field: Dict[str, Any]) -> str:
    return "float series" if field.get("type") == "floatSeries" else "string series"


def exists(run: Dict[str, Any], path: str) -> bool:
    if path == "sys":
        return True
    if path.startswith("sys/") and path[4:] in (run.get("sys") or {}):
        return True
    return any(_paths.is_within(p, path) for p in (run.get("fields") or {}))


def structure(run: Dict[str, Any], handler: Callable[[str], Any]) -> Dict[str, Any]:
    return _nest({path: handler(path) for path in all_types(run)})


def rows(points: List[list], floats: bool, include_timestamp: bool) -> Any:
    """Series points as a pandas DataFrame when pandas is importable, else SeriesPoint rows."""
    out = []
    for step, value, stamp in points:
        if isinstance(step, float) and step.is_integer():
            step = int(step)
        if floats:
            value = wire_series_value(value)
        when: Optional[_dt.datetime] = _dt.datetime.fromtimestamp(stamp, UTC) if stamp is not None else None
        out.append(SeriesPoint(step, value, when))
    try:
        import pandas  # type: ignore[import-not-found]
    except ImportError:
        if include_timestamp:
            return out
        return [(p.step, p.value) for p in out]
    columns = ["step", "value", "timestamp"] if include_timestamp else ["step", "value"]
    return pandas.DataFrame([tuple(p)[: len(columns)] for p in out], columns=columns)
