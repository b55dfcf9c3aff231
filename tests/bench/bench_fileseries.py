#!/usr/bin/env python3
"""Benchmark: 10,000 small PNG images appended as a file series in async mode, against a real nereid-server.

For each repeat: the wall time per append in the training loop (File.from_content of PNG bytes, and, on
fewer calls, File(path) of PNGs on disk), and the seconds from stop() until every image is on the server
(checked by reading the series' count back). The baseline, measured in the same run, is appending floats
to a series in the same loop. Every image differs, so every one is a blob of its own. Prints medians.

With --big-mib N it also times run["model"].upload() of an N MiB file in sync mode (hashing, asking the
server, streaming the bytes, the server's hashing and fsync), against `sha256sum` plus `cp` of the same file.

    NEREID_SERVER=build/dev/server/nereid-server python3 tests/bench/bench_fileseries.py [--calls N] [--repeats R]
        [--big-mib 1024]
"""

import argparse
import os
import shutil
import statistics
import struct
import subprocess
import sys
import tempfile
import time
import zlib

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(HERE, "..", "python"))

from nereidtest import Server  # noqa: E402  (also puts clients/python on sys.path)

import nereid  # noqa: E402
from nereid.types import File  # noqa: E402

OPTIONS = dict(capture_stdout=False, capture_stderr=False, capture_hardware_metrics=False, git_ref=False,
               source_files=[])


def png(seed):
    """A 16 x 16 RGB PNG (about 100 bytes) that differs for every seed."""
    def chunk(kind, data):
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))
    rows = b"".join(b"\x00" + bytes(((seed >> 8) & 255, seed & 255, y)) * 16 for y in range(16))
    return (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", 16, 16, 8, 2, 0, 0, 0))
            + chunk(b"IDAT", zlib.compress(rows)) + chunk(b"IEND", b""))


def timed_run(server, project, path, values, append):
    run = nereid.init_run(project=project, api_url=server.url, api_token=server.token, **OPTIONS)
    series = run[path]
    started = time.perf_counter()
    for value in values:
        append(series, value)
    per_call = (time.perf_counter() - started) / len(values)
    stop_started = time.perf_counter()
    run.stop()
    stop_seconds = time.perf_counter() - stop_started
    count = server.run(run._run_id)["fields"][path]["count"]
    if count != len(values):
        raise SystemExit("only %d of %d points of %s reached the server" % (count, len(values), path))
    return per_call, stop_seconds


def big_upload(server, project, path, repeats):
    """Medians of (client upload seconds, sha256sum + cp seconds) for the file at ``path``."""
    uploads, baselines = [], []
    for repeat in range(repeats):
        with open(path, "r+b") as file:  # new content each repeat: the server has none of it yet
            file.write(struct.pack(">Q", time.time_ns()))
        started = time.perf_counter()
        subprocess.run(["sha256sum", path], check=True, capture_output=True)
        subprocess.run(["cp", path, path + ".copy"], check=True)
        baselines.append(time.perf_counter() - started)
        os.remove(path + ".copy")
        run = nereid.init_run(project=project, api_url=server.url, api_token=server.token, mode="sync", **OPTIONS)
        started = time.perf_counter()
        run["model"].upload(path)
        uploads.append(time.perf_counter() - started)
        run.stop()
    return statistics.median(uploads), statistics.median(baselines)


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[1])
    parser.add_argument("--calls", type=int, default=10_000)
    parser.add_argument("--repeats", type=int, default=3)
    parser.add_argument("--big-mib", type=int, default=0, help="also time the upload of a file this large")
    args = parser.parse_args()
    tmp = tempfile.mkdtemp(prefix="nereid-bench-")
    os.environ["NEREID_DATA_DIRECTORY"] = os.path.join(tmp, "queue")
    server = Server(os.path.join(tmp, "server"))
    os.makedirs(server.data)
    server.start()
    try:
        server.api("POST", "/projects", {"name": "bench/files"})
        folder = os.path.join(tmp, "images")
        os.makedirs(folder)
        paths = []
        for i in range(args.calls // 10):
            paths.append(os.path.join(folder, "%d.png" % i))
            with open(paths[-1], "wb") as file:
                file.write(png(1_000_000 + i))
        floats, contents, files, stops = [], [], [], []
        for repeat in range(args.repeats):
            offset = repeat * args.calls  # new images each repeat: nothing is on the server already
            images = [png(offset + i) for i in range(args.calls)]
            floats.append(timed_run(server, "bench/files", "loss", [i * 0.5 for i in range(args.calls)],
                                    lambda s, v: s.append(v))[0])
            per_call, stop_seconds = timed_run(server, "bench/files", "images", images,
                                               lambda s, v: s.append(File.from_content(v, extension="png")))
            contents.append(per_call)
            stops.append(stop_seconds)
            files.append(timed_run(server, "bench/files", "files", paths, lambda s, v: s.append(File(v)))[0])
            print("repeat %d: float append %.2f us, File.from_content append %.2f us, File(path) append %.2f us, "
                  "stop() until all %d images on the server %.2f s"
                  % (repeat + 1, floats[-1] * 1e6, per_call * 1e6, files[-1] * 1e6, args.calls, stop_seconds))
        print("median of %d repeats, %d images each:" % (args.repeats, args.calls))
        print("  baseline: append of a float         %.2f us/call" % (statistics.median(floats) * 1e6))
        print("  append(File.from_content(png))      %.2f us/call (goal 50 us)" % (statistics.median(contents) * 1e6))
        print("  append(File(path)) (%5d calls)    %.2f us/call" % (len(paths), statistics.median(files) * 1e6))
        print("  stop() until all on the server      %.2f s (goal 30 s)" % statistics.median(stops))
        if args.big_mib:
            big = os.path.join(tmp, "big.bin")
            with open(big, "wb") as file:
                for _ in range(args.big_mib):
                    file.write(os.urandom(1 << 20))
            upload, baseline_seconds = big_upload(server, "bench/files", big, args.repeats)
            size = args.big_mib * (1 << 20) / 1e6
            print("  upload() of %d MiB in sync mode    %.2f s, %.0f MB/s (goal 200 MB/s); sha256sum + cp %.2f s, "
                  "%.0f MB/s" % (args.big_mib, upload, size / upload, baseline_seconds, size / baseline_seconds))
    finally:
        server.stop()
        shutil.rmtree(tmp, ignore_errors=True)


if __name__ == "__main__":
    main()
