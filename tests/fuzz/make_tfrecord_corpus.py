#!/usr/bin/env python3
"""Writes the seed corpus of fuzz_tfrecord (tests/fuzz/corpus/tfrecord/) from the TensorBoard fixtures
(../shared/fixtures/tensorboard, written by tensorboardX) and one file of TensorFlow 2 style summaries that
tensorboardX does not write (rank-0 tensors, images and text as tensors, hparams of every kind, a tag that is no
UTF-8). Protobuf is encoded by hand here (no python3-protobuf needed); the field numbers are those of
core/importers/tensorboard.proto. Run from the repository: python3 tests/fuzz/make_tfrecord_corpus.py"""
import os
import shutil
import struct

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "corpus", "tfrecord")
FIXTURES = os.path.join(HERE, "..", "..", "..", "shared", "fixtures", "tensorboard", "runs", "baseline")
MAIN = "events.out.tfevents.1796206161.vm.fixture"


def crc32c(data):
    crc = 0xFFFFFFFF
    for b in data:
        crc ^= b
        for _ in range(8):
            crc = (crc >> 1) ^ 0x82F63B78 if crc & 1 else crc >> 1
    return crc ^ 0xFFFFFFFF


def masked(data):
    c = crc32c(data)
    return (((c >> 15) | (c << 17)) + 0xA282EAD8) & 0xFFFFFFFF


def record(data):
    head = struct.pack("<Q", len(data))
    return head + struct.pack("<I", masked(head)) + data + struct.pack("<I", masked(data))


def varint(n):
    n &= (1 << 64) - 1
    out = b""
    while True:
        b = n & 0x7F
        n >>= 7
        if n:
            out += bytes([b | 0x80])
        else:
            return out + bytes([b])


def key(field, wire):
    return varint(field << 3 | wire)


def v(field, n):
    return key(field, 0) + varint(n)


def d(field, x):
    return key(field, 1) + struct.pack("<d", x)


def f(field, x):
    return key(field, 5) + struct.pack("<f", x)


def ld(field, data):
    if isinstance(data, str):
        data = data.encode("utf-8")
    return key(field, 2) + varint(len(data)) + data


def event(wall, step, *values):
    summary = b"".join(ld(1, value) for value in values)
    return d(1, wall) + v(2, step) + ld(5, summary)


def value(tag, plugin=None, content=b"", body=b""):
    meta = ld(9, ld(1, ld(1, plugin) + ld(2, content))) if plugin else b""
    return ld(1, tag) + meta + body


def tensor(dtype, dims=(), extra=b""):
    shape = b"".join(ld(2, v(1, n)) for n in dims)
    return ld(8, v(1, dtype) + (ld(2, shape) if dims else b"") + extra)


def tf2_file():
    png = bytes.fromhex("89504e470d0a1a0a") + b"\0" * 20
    hparam = lambda name, val: ld(1, ld(1, name) + ld(2, val))
    start = ld(3, hparam("lr", d(2, 0.01)) + hparam("opt", ld(3, "sgd")) + hparam("aug", v(4, 1))
               + hparam("bad", d(2, float("nan"))))
    records = [
        d(1, 1.7e9) + ld(3, "brain.Event:2"),
        event(1.7e9, 0, value("loss", "scalars", body=tensor(1, extra=ld(4, struct.pack("<f", 0.5))))),
        event(1.7e9 + 1, 1, value("loss", "scalars", body=tensor(1, extra=ld(5, struct.pack("<f", 0.25))))),
        event(1.7e9 + 1, 1, value("acc", "scalars", body=tensor(2, extra=ld(6, struct.pack("<d", 0.75))))),
        event(1.7e9 + 2, 2, value("note", "text", body=tensor(7, (2,), ld(8, "first") + ld(8, "second")))),
        event(1.7e9 + 2, 2, value("pic", "images", body=tensor(7, (3,), ld(8, "4") + ld(8, "2") + ld(8, png)))),
        event(1.7e9 + 2, 2, value("hist", "histograms", body=tensor(2, (2, 3)))),
        event(1.7e9 + 2, 2, value(b"bad\xfftag", body=f(2, 1.5))),
        event(1.7e9 + 2, 2, value("sound", body=ld(6, b"\x08\x01"))),
        event(1.7e9, 0, value("_hparams_/session_start_info", "hparams", content=v(1, 0) + start)),
        event(1.7e9, 0, value("_hparams_/session_end_info", "hparams", content=ld(4, v(1, 2)))),
    ]
    return b"".join(record(r) for r in records)


def main():
    shutil.rmtree(OUT, ignore_errors=True)
    os.makedirs(OUT)
    read = lambda *p: open(os.path.join(FIXTURES, *p), "rb").read()
    main_file = read(MAIN)
    losses = read("losses", "train", os.listdir(os.path.join(FIXTURES, "losses", "train"))[0])
    files = {
        "hparams": read("hparams", os.listdir(os.path.join(FIXTURES, "hparams"))[0]),
        "add-scalars": losses,
        "main-torn": main_file[:4000],
        "bad-data-crc": losses[:100] + bytes([losses[100] ^ 0x40]) + losses[101:],
        "bad-length-crc": losses[:50] + bytes([losses[50] ^ 0x01]) + losses[51:],
        "tf2-summaries": tf2_file(),
    }
    for name, data in files.items():
        with open(os.path.join(OUT, name), "wb") as out:
            out.write(data)


if __name__ == "__main__":
    main()
