"""The binary form of a float series' points (docs/api.md, "Binary points"): a 24-byte header, then the steps,
the values and the timestamps as little-endian float64 columns. A million points arrive as 24 MB read with three
copies, where JSON makes the server write and this client parse three million numbers."""

from __future__ import annotations

import struct
import sys
from array import array
from typing import List, Optional, Tuple

from .exceptions import NereidError

MEDIA_TYPE = "application/x-nereid-points"
# An older server does not know the binary form and answers JSON, which the caller reads as before.
ACCEPT = MEDIA_TYPE + ", application/json;q=0.5"

_HEADER = struct.Struct("<4sHHQd")  # magic, version, flags, point count, next step
_MAGIC = b"NRDP"
_VERSION = 1
_HAS_NEXT = 0x1


def decode(body: bytes, path: str) -> Tuple[List[array], Optional[float]]:
    """The page's columns (steps, values, timestamps) and the step the next page starts at (None after the last).
    A body that is not a whole page of version 1 raises NereidError (code "bad_answer")."""

    def refuse(why: str) -> NereidError:
        return NereidError("The server's points of %s cannot be read: %s." % (path, why), code="bad_answer", path=path)

    if len(body) < _HEADER.size:
        raise refuse("%d bytes, fewer than the %d of the header" % (len(body), _HEADER.size))
    magic, version, flags, count, next_step = _HEADER.unpack_from(body)
    if magic != _MAGIC:
        raise refuse("it does not start with NRDP")
    if version != _VERSION:
        raise refuse("it is of version %d; this client reads version %d" % (version, _VERSION))
    if flags & ~_HAS_NEXT:
        raise refuse("unknown flags %#x" % flags)
    if len(body) != _HEADER.size + 24 * count:
        raise refuse("%d bytes of points where the header announces %d points" % (len(body) - _HEADER.size, count))
    view = memoryview(body)
    columns = []
    for index in range(3):
        start = _HEADER.size + 8 * count * index
        column = array("d")
        column.frombytes(view[start : start + 8 * count])
        if sys.byteorder == "big":
            column.byteswap()
        columns.append(column)
    return columns, (next_step if flags & _HAS_NEXT else None)
