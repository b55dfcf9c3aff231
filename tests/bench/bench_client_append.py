#!/usr/bin/env python3
"""Benchmark: run["train/loss"].append(v) in async mode, against a real nereid-server.

For each repeat: the wall time per call of 1,000,000 appends in the training loop, and the time from
stop() until every point is on the server (checked by reading the series' count back). The baseline,
measured in the same run, is a bare Python loop appending the same values to a list. Prints medians.
Also printed: the process's CPU time per call during the loop (the training thread and the client's
background thread together), which other processes on a busy machine do not inflate.

    NEREID_SERVER=build/dev/server/nereid-server python3 tests/bench/bench_client_append.py [--calls N] [--repeats R]
"""

import argparse
import os
import shutil
import statistics
import sys
import tempfile
import time

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(HERE, "..", "python"))

from nereidtest import Server  # noqa: E402  (also puts clients/python on sys.path)

import nereid  # noqa: E402


def baseline(calls):
    values = []
    append = values.append
    started = time.perf_counter()
    for i in range(calls):
        append(i * 0.001)
    return (time.perf_counter() - started) / calls


def client(server, project, calls):
    run = nereid.init_run(project=project, api_url=server.url, api_token=server.token,
                          capture_stdout=False, capture_stderr=False, capture_hardware_metrics=False)
    started, cpu_started = time.perf_counter(), time.process_time()
    for i in range(calls):
        run["train/loss"].append(i * 0.001)
    per_call = (time.perf_counter() - started) / calls
    cpu_per_call = (time.process_time() - cpu_started) / calls
    stop_started = time.perf_counter()
    run.stop()
    stop_seconds = time.perf_counter() - stop_started
    count = server.run(run._run_id)["fields"]["train/loss"]["count"]
    if count != calls:
        raise SystemExit("only %d of %d points reached the server" % (count, calls))
    return per_call, cpu_per_call, stop_seconds


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[1])
    parser.add_argument("--calls", type=int, default=1_000_000)
    parser.add_argument("--repeats", type=int, default=3)
    args = parser.parse_args()
    tmp = tempfile.mkdtemp(prefix="nereid-bench-")
    os.environ["NEREID_DATA_DIRECTORY"] = os.path.join(tmp, "queue")
    server = Server(os.path.join(tmp, "server"))  # NEREID_SERVER names the binary
    os.makedirs(server.data)
    server.start()
    try:
        server.api("POST", "/projects", {"name": "bench/append"})
        base, calls, cpus, stops = [], [], [], []
        for repeat in range(args.repeats):
            base.append(baseline(args.calls))
            per_call, cpu_per_call, stop_seconds = client(server, "bench/append", args.calls)
            calls.append(per_call)
            cpus.append(cpu_per_call)
            stops.append(stop_seconds)
            print("repeat %d: list.append %.3f us/call, run[...].append %.3f us/call (CPU %.3f us), stop() %.2f s"
                  % (repeat + 1, base[-1] * 1e6, per_call * 1e6, cpu_per_call * 1e6, stop_seconds))
        print("median of %d repeats, %d calls each:" % (args.repeats, args.calls))
        print("  baseline list.append        %.3f us/call" % (statistics.median(base) * 1e6))
        print("  run[\"train/loss\"].append    %.3f us/call (limit 5 us)" % (statistics.median(calls) * 1e6))
        print("    CPU time of the process    %.3f us/call" % (statistics.median(cpus) * 1e6))
        print("  stop() until all on server  %.2f s (limit 10 s)" % statistics.median(stops))
    finally:
        server.stop()
        shutil.rmtree(tmp, ignore_errors=True)


if __name__ == "__main__":
    main()
