#!/usr/bin/env python3
"""Benchmark: project.fetch_runs_table().to_pandas() of 10,000 runs x 20 fields, against a real nereid-server
(issue 21: at most 2 s). The runs are written once with plain batches; then each repeat times the listing
(fetch_runs_table) and the DataFrame (to_pandas) apart. Prints medians. Needs pandas (Debian's python3-pandas).

    NEREID_SERVER=build/dev/server/nereid-server /usr/bin/python3 tests/bench/bench_runs_table_pandas.py [--runs N]
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
from nereid._http import ApiClient  # noqa: E402


def fill(server, project, runs):
    client = ApiClient(server.url, server.token, 60)
    for i in range(runs):
        run = client.request("POST", "/projects/%s/runs" % project, {"name": "run %d" % i, "tags": ["t%d" % (i % 7)]})
        operations = [{"op": "assign", "path": "params/p%d" % k, "type": "float", "value": i * 0.001 + k}
                      for k in range(12)]
        operations += [{"op": "assign", "path": "config/c%d" % k, "type": "string", "value": "v%d" % (i % 13)}
                       for k in range(4)]
        operations += [{"op": "append", "path": "train/m%d" % k, "type": "floatSeries",
                        "points": [[0, 1.0, None], [1, 0.5 + k, None]]} for k in range(4)]
        client.request("POST", "/runs/%s/operations" % run["id"], {"operations": operations})
        client.request("POST", "/runs/%s/stop" % run["id"], {})
    client.close()


def main():
    import pandas  # noqa: F401  (imported once, as a script does, outside the timing)

    parser = argparse.ArgumentParser()
    parser.add_argument("--runs", type=int, default=10000)
    parser.add_argument("--repeats", type=int, default=5)
    args = parser.parse_args()
    folder = tempfile.mkdtemp(prefix="nereid-bench-")
    data = os.path.join(folder, "server")
    os.makedirs(data)
    server = Server(data).start()
    try:
        project = "bench/table"
        server.api("POST", "/projects", {"name": project})
        started = time.perf_counter()
        fill(server, project, args.runs)
        print("wrote %d runs x 20 fields in %.1f s" % (args.runs, time.perf_counter() - started))
        listing, frames, totals = [], [], []
        for repeat in range(args.repeats):
            with nereid.init_project(project=project, api_url=server.url, api_token=server.token) as p:
                t0 = time.perf_counter()
                table = p.fetch_runs_table()
                t1 = time.perf_counter()
                frame = table.to_pandas()
                t2 = time.perf_counter()
            assert frame.shape[0] == args.runs, frame.shape
            listing.append(t1 - t0)
            frames.append(t2 - t1)
            totals.append(t2 - t0)
            print("repeat %d: fetch_runs_table %.3f s, to_pandas %.3f s, %d x %d"
                  % (repeat + 1, t1 - t0, t2 - t1, frame.shape[0], frame.shape[1]))
        print("median of %d repeats: fetch_runs_table %.3f s + to_pandas %.3f s = %.3f s (limit 2 s)"
              % (args.repeats, statistics.median(listing), statistics.median(frames), statistics.median(totals)))
    finally:
        server.stop()
        shutil.rmtree(folder, ignore_errors=True)


if __name__ == "__main__":
    main()
