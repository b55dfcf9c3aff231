"""PNG encoding with the standard library (zlib, struct), so numpy arrays become images without PIL."""

from __future__ import annotations

import struct
import zlib
from typing import Sequence

_COLOR_TYPES = {1: 0, 2: 4, 3: 2, 4: 6}  # channels -> PNG colour type (grey, grey+alpha, RGB, RGBA)


def _chunk(kind: bytes, data: bytes) -> bytes:
    return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data) & 0xFFFFFFFF)


def encode(width: int, height: int, channels: int, rows: Sequence[bytes]) -> bytes:
    """An 8-bit PNG of ``height`` rows of ``width * channels`` bytes each."""
    header = struct.pack(">IIBBBBB", width, height, 8, _COLOR_TYPES[channels], 0, 0, 0)
    raw = b"".join(b"\x00" + bytes(row) for row in rows)  # filter type 0 on every row
    return b"\x89PNG\r\n\x1a\n" + _chunk(b"IHDR", header) + _chunk(b"IDAT", zlib.compress(raw, 6)) + _chunk(b"IEND", b"")


def from_array(array, autoscale: bool = True) -> bytes:
    """A numpy array (H x W, H x W x 1/3/4) as a PNG. With ``autoscale``, floats in [0, 1] are scaled to
    0..255 as Neptune does; other values are clipped to 0..255."""
    import numpy

    data = numpy.asarray(array)
    if data.ndim == 3 and data.shape[2] == 1:
        data = data[:, :, 0]
    if data.ndim not in (2, 3) or (data.ndim == 3 and data.shape[2] not in (3, 4)):
        raise ValueError("an image array must be H x W or H x W x 1, 3 or 4, not %s" % (data.shape,))
    if data.dtype != numpy.uint8:
        data = data.astype(numpy.float64)
        if autoscale and data.size and data.min() >= 0 and data.max() <= 1:
            data = data * 255
        data = numpy.clip(numpy.rint(data), 0, 255).astype(numpy.uint8)
    height, width = data.shape[0], data.shape[1]
    channels = 1 if data.ndim == 2 else data.shape[2]
    data = numpy.ascontiguousarray(data)
    return encode(width, height, channels, [data[y].tobytes() for y in range(height)])
