"""Small PNG images for the examples, made with the standard library only (zlib, struct), so the demo runs
on a machine without PIL or matplotlib."""

import struct
import zlib


def _chunk(kind, data):
    return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data) & 0xFFFFFFFF)


def png(width, height, pixel):
    """An RGB PNG whose pixel (x, y) is ``pixel(x, y)``, a tuple of three ints 0..255."""
    rows = b"".join(b"\x00" + b"".join(bytes(pixel(x, y)) for x in range(width)) for y in range(height))
    header = struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0)
    return b"\x89PNG\r\n\x1a\n" + _chunk(b"IHDR", header) + _chunk(b"IDAT", zlib.compress(rows)) + _chunk(b"IEND", b"")


def heat(value):
    """A colour from blue (0) through white to red (1) for a value in [0, 1]."""
    value = max(0.0, min(1.0, value))
    if value < 0.5:
        shade = int(510 * value)
        return shade, shade, 255
    shade = int(510 * (1.0 - value))
    return 255, shade, shade


def heatmap(values, cell=8):
    """A PNG of a grid of values in [0, 1] (a list of rows), each value a ``cell`` x ``cell`` square."""
    rows, cols = len(values), len(values[0])
    return png(cols * cell, rows * cell, lambda x, y: heat(values[y // cell][x // cell]))
