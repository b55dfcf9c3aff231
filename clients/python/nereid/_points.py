"""The JSON text of series points: [step, value, timestamp] with the timestamp in Unix seconds."""

from __future__ import annotations

import json
import re
from typing import Any, Iterable, List

_NOT_FINITE = re.compile(r"-?inf|nan")
_MAX_LINE_CHARS = 1 << 20  # long string series are cut into several operations


def fix_not_finite(text: str) -> str:
    """Float points with NaN and infinities written as the API wants them ("NaN", "Infinity", "-Infinity")."""
    return _NOT_FINITE.sub(_not_finite, text) if "n" in text else text


def _not_finite(match: "re.Match[str]") -> str:
    text = match.group(0)
    return {"nan": '"NaN"', "inf": '"Infinity"', "-inf": '"-Infinity"'}[text]


def split_strings(group: List[tuple]) -> List[List[tuple]]:
    """String points cut into parts of about _MAX_LINE_CHARS characters, so no operation gets huge."""
    parts: List[List[tuple]] = [[]]
    size = 0
    for item in group:
        if parts[-1] and size + len(item[2]) > _MAX_LINE_CHARS:
            parts.append([])
            size = 0
        parts[-1].append(item)
        size += len(item[2]) + 32
    return parts


def _steps(start: Any, count: int) -> Iterable[Any]:
    if isinstance(start, int):
        return range(start, start + count)
    return (start + i for i in range(count))


# float_points and string_points run once per point logged: they are the client's hottest code after
# Handler.append, and an f-string in a list comprehension is the fastest formatting Python has.


def float_points(group: List[tuple], start: Any) -> str:
    """Float points (op, path, value, ns) as JSON arrays, numbered from ``start`` (None: null steps)."""
    if start is None:
        return ",".join([f"[null,{v!r},{t // 1000000}e-3]" for _, _, v, t in group])
    steps = _steps(start, len(group))
    return ",".join([f"[{s},{v!r},{t // 1000000}e-3]" for s, (_, _, v, t) in zip(steps, group)])


def string_points(group: List[tuple], start: Any) -> str:
    dumps = json.dumps
    if start is None:
        return ",".join([f"[null,{dumps(v)},{t // 1000000}e-3]" for _, _, v, t in group])
    steps = _steps(start, len(group))
    return ",".join([f"[{s},{dumps(v)},{t // 1000000}e-3]" for s, (_, _, v, t) in zip(steps, group)])
