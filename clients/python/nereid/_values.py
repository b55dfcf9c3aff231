"""Python values to wire values and back.

Wire types: float, int, bool, string, datetime, stringSet, floatSeries, stringSeries.
"""

from __future__ import annotations

import argparse
import datetime as _dt
import math
from collections.abc import Iterable, Mapping
from typing import Any, List, Optional, Tuple

MAX_STRING_BYTES = 64 * 1024
MAX_INT = 2**53

UTC = _dt.timezone.utc


class Unsupported(Exception):
    """A value nereid cannot store; the message says why and what to do instead."""


def to_datetime_text(value: _dt.datetime) -> str:
    """ISO 8601 in UTC with milliseconds. A naive datetime is local time, as datetime.now() gives."""
    utc = value.astimezone(UTC)
    return utc.strftime("%Y-%m-%dT%H:%M:%S.") + "%03dZ" % (utc.microsecond // 1000)


def parse_datetime(text: Optional[str]) -> Optional[_dt.datetime]:
    """A server datetime string as an aware datetime in UTC."""
    if text is None:
        return None
    if text.endswith("Z"):
        text = text[:-1] + "+00:00"
    value = _dt.datetime.fromisoformat(text)
    if value.tzinfo is None:
        value = value.replace(tzinfo=UTC)
    return value.astimezone(UTC)


def unwrap(value: Any) -> Any:
    """numpy and torch scalars (anything with .item()) as the Python value they hold."""
    item = getattr(value, "item", None)
    if item is not None and callable(item) and not isinstance(value, (Mapping, str, bytes)):
        try:
            return item()
        except (TypeError, ValueError):
            return value
    return value


def as_float(value: Any) -> Optional[float]:
    """float(value) for the other numbers (Decimal, Fraction, anything with __float__), as Neptune stores them;
    None when the value is no number."""
    if isinstance(value, (str, bytes)) or not hasattr(type(value), "__float__"):
        return None
    try:
        return float(value)
    except (TypeError, ValueError, OverflowError):
        return None


def check_string(value: str, what: str) -> None:
    size = len(value.encode("utf-8", "surrogatepass"))
    if size > MAX_STRING_BYTES:
        raise Unsupported("%s is a string of %d bytes; at most %d are allowed." % (what, size, MAX_STRING_BYTES))


def truncate_string(value: str) -> str:
    """``value`` cut to the server's string limit (for captured output and series text)."""
    if len(value) * 4 <= MAX_STRING_BYTES:
        return value
    data = value.encode("utf-8", "surrogatepass")
    if len(data) <= MAX_STRING_BYTES:
        return value
    return data[: MAX_STRING_BYTES - 3].decode("utf-8", "ignore") + "..."


def atom(path: str, value: Any) -> Tuple[str, Any]:
    """The wire (type, value) of an atom assigned to ``path``; raises Unsupported."""
    t = type(value)
    if t is bool:
        return "bool", value
    if t is int or (isinstance(value, int) and not isinstance(value, bool)):
        value = int(value)
        if not -MAX_INT <= value <= MAX_INT:
            raise Unsupported(
                "%s: the integer %d is outside the range of int fields (+-2^53); assign float(value) or str(value) "
                "instead." % (path, value)
            )
        return "int", value
    if t is float or isinstance(value, float):
        value = float(value)
        if not math.isfinite(value):
            raise Unsupported(
                "%s: a float field cannot hold %r; only series values may be NaN or infinite." % (path, value)
            )
        return "float", value
    if isinstance(value, str):
        check_string(value, path)
        return "string", str(value)
    if isinstance(value, _dt.datetime):
        return "datetime", to_datetime_text(value)
    if isinstance(value, (set, frozenset)):
        items = sorted(value, key=str)
        for item in items:
            if not isinstance(item, str):
                raise Unsupported("%s: a string set can hold only strings, not %s." % (path, type(item).__name__))
            check_string(item, path)
        return "stringSet", items
    unwrapped = unwrap(value)
    if unwrapped is not value:
        return atom(path, unwrapped)
    number = as_float(value)
    if number is not None:
        return atom(path, number)
    raise Unsupported(
        "%s: a value of type %s cannot be stored. Assign a float, int, bool, str, datetime or a set of strings, "
        "a dict for a namespace, or wrap the value in nereid.utils.stringify_unsupported()." % (path, t.__name__)
    )


def as_namespace(value: Any) -> Optional[Mapping]:
    """``value`` as a mapping of names to values when it assigns a namespace (dict, argparse.Namespace)."""
    if isinstance(value, Mapping):
        return value
    if isinstance(value, argparse.Namespace):
        return vars(value)
    return None


def flatten(base: str, value: Any, out: List[Tuple[str, Any]]) -> None:
    """(path, value) pairs of a nested dict, in order; non-string keys become their str()."""
    mapping = as_namespace(value)
    if mapping is None:
        out.append((base, value))
        return
    for key, item in mapping.items():
        name = key if isinstance(key, str) else str(key)
        flatten(base + "/" + name if base else name, item, out)


def series_value(path: str, value: Any) -> Tuple[str, Any]:
    """("f", float-ish) or ("s", str) for a value appended to a series; raises Unsupported."""
    t = type(value)
    if t is float or t is int:
        return "f", value
    if t is str:
        return "s", truncate_string(value)
    if t is bool:
        return "f", float(value)
    if isinstance(value, (int, float)):
        return "f", float(value)
    if isinstance(value, str):
        return "s", truncate_string(str(value))
    unwrapped = unwrap(value)
    if unwrapped is not value:
        return series_value(path, unwrapped)
    number = as_float(value)
    if number is not None:
        return "f", number
    raise Unsupported(
        "%s: a value of type %s cannot be appended to a series; append floats, ints or strings." % (path, t.__name__)
    )


def timestamp_ns(path: str, timestamp: Any) -> int:
    """A user's timestamp (Unix seconds or a datetime) as integer nanoseconds, as time.time_ns() gives."""
    if isinstance(timestamp, _dt.datetime):
        return int(round(timestamp.timestamp() * 1000)) * 1_000_000
    if isinstance(timestamp, (int, float)) and not isinstance(timestamp, bool) and math.isfinite(timestamp):
        return int(round(timestamp * 1000)) * 1_000_000
    raise Unsupported("%s: the timestamp %r is neither finite Unix seconds nor a datetime." % (path, timestamp))


def check_step(path: str, step: Any) -> Any:
    if isinstance(step, bool) or not isinstance(step, (int, float)):
        step = unwrap(step)
    if isinstance(step, bool) or not isinstance(step, (int, float)) or not math.isfinite(step):
        raise Unsupported("%s: the step %r is not a finite number." % (path, step))
    return step


def wire_series_value(value: Any) -> Any:
    """A float series value from the wire ("NaN", "Infinity", "-Infinity" are strings there)."""
    if isinstance(value, str):
        return float(value.replace("Infinity", "inf"))
    return None if value is None else float(value)  # JSON writes 2.0 as 2: a float series holds floats


def from_wire(type_name: str, value: Any) -> Any:
    """A field's wire value as the Python value fetch() returns."""
    if type_name == "datetime":
        return parse_datetime(value)
    if type_name == "stringSet":
        return set(value or [])
    if type_name == "float" and value is not None:
        return float(value)
    return value


def series_columns(path: str, values: Any, steps: Any, timestamps: Any) -> Tuple[list, list, list]:
    """extend()'s values, steps and timestamps as three lists of one length; raises Unsupported."""
    if isinstance(values, (str, bytes)) or not isinstance(values, Iterable):
        raise Unsupported(
            "%s: extend() takes a list of values, not %s; use append() for one." % (path, type(values).__name__)
        )
    values = list(values)
    steps = [None] * len(values) if steps is None else list(steps)
    timestamps = [None] * len(values) if timestamps is None else list(timestamps)
    if not len(values) == len(steps) == len(timestamps):
        raise Unsupported(
            "%s: extend() got %d values, %d steps and %d timestamps; they must pair up."
            % (path, len(values), len(steps), len(timestamps))
        )
    return values, steps, timestamps


def string_items(path: str, values: Any) -> List[str]:
    """The strings given to add() or remove() (one string or several); raises Unsupported."""
    if isinstance(values, str):
        values = [values]
    try:
        items = list(values)
    except TypeError:
        items = [values]
    for item in items:
        if not isinstance(item, str):
            raise Unsupported("%s: a string set holds strings, not %s (%r)." % (path, type(item).__name__, item))
        check_string(item, path)
    return items
