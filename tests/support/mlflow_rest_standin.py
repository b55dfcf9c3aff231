#!/usr/bin/env python3
"""A stand-in for the REST API of an MLflow 2.10.2 tracking server, serving an MLflow file store (`mlruns/`).

MLflow cannot be installed on CI (it is not on Debian, and CI has no PyPI), so the tests of
`nereid import mlflow http://...` talk to this program instead. It answers the routes Nereid reads, with the
JSON MLflow's handlers write (mlflow/server/handlers.py, message_to_json of mlflow/protos/service.proto):
int64 fields as JSON numbers, non-finite doubles as the strings "NaN", "Infinity", "-Infinity" (protobuf's JSON
form), empty repeated fields and unset fields left out, errors as {"error_code": ..., "message": ...}.

  POST /api/2.0/mlflow/experiments/search  {view_type, max_results, page_token}
       -> {experiments: [{experiment_id, name, artifact_location, lifecycle_stage, last_update_time,
                          creation_time, tags: [{key, value}]}], next_page_token}
  POST /api/2.0/mlflow/runs/search  {experiment_ids, run_view_type, max_results, page_token}
       -> {runs: [{info: {run_id, run_uuid, run_name, experiment_id, user_id, status, start_time, end_time,
                          artifact_uri, lifecycle_stage},
                   data: {metrics: [{key, value, timestamp, step}] (the latest point of each), params, tags}}],
           next_page_token}
  GET  /api/2.0/mlflow/metrics/get-history?run_id&metric_key&max_results&page_token
       -> {metrics: [{key, value, timestamp, step}], next_page_token}
  GET  /api/2.0/mlflow/artifacts/list?run_id&path&page_token
       -> {root_uri, files: [{path, is_dir, file_size}], next_page_token}   (one folder level; a client recurses)
  GET  /get-artifact?run_uuid&path
       -> the file's bytes (application/octet-stream), as MLflow 2.x's artifact download route sends them

Pages are small on purpose (--page-runs, --page-points, --page-experiments, --page-files), so a client must follow
every next_page_token (each token starts with "+/", so it must be percent-encoded in a query). MLflow 2.10.2 pages experiments/search and runs/search only; later versions page
get-history as well (max_results, page_token), and ListArtifacts' response has a next_page_token field: paging
them here too checks that the client follows a token wherever one comes. Tokens are opaque base64 strings, as
MLflow's are.

Faults, for the tests: --fail-first N answers 500 (INTERNAL_ERROR) to the first N requests; --exit-after N answers
N requests and then goes away: the next request's connection is closed unanswered and the program exits.
--garbage-metric KEY sends the history of metric KEY with a value that is no number. --token T requires
`Authorization: Bearer T`. The address is printed on stdout as `listening on http://127.0.0.1:PORT`; each fault
injected is logged on stderr.

Standard library only.
"""

import argparse
import base64
import json
import math
import os
import socket
import sys
import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from urllib.parse import parse_qs, urlparse

STATUS = {"1": "RUNNING", "2": "SCHEDULED", "3": "FINISHED", "4": "FAILED", "5": "KILLED"}


def read_meta(path):
    """The flat `key: value` lines of an MLflow meta.yaml (quoted values unquoted)."""
    meta = {}
    with open(path, encoding="utf-8") as f:
        for line in f:
            key, sep, value = line.rstrip("\n").partition(": ")
            if sep:
                value = value.strip()
                if len(value) >= 2 and value[0] == value[-1] and value[0] in "'\"":
                    value = value[1:-1]
                meta[key] = value
    return meta


def read_values(folder):
    """Every file under `folder` by its relative path (params and tags with '/' are nested folders)."""
    values = {}
    for root, _, files in os.walk(folder):
        for name in files:
            path = os.path.join(root, name)
            with open(path, encoding="utf-8") as f:
                values[os.path.relpath(path, folder)] = f.read()
    return values


def proto_double(value):
    """A double as protobuf's JSON writes it."""
    if math.isnan(value):
        return "NaN"
    if math.isinf(value):
        return "Infinity" if value > 0 else "-Infinity"
    return value


class Store:
    """The file store, read once."""

    def __init__(self, root):
        self.root = root
        self.experiments = []
        self.runs = {}  # run_id -> run
        for exp_id in sorted(os.listdir(root)):
            meta_path = os.path.join(root, exp_id, "meta.yaml")
            if exp_id.startswith(".") or not os.path.isfile(meta_path):
                continue
            meta = read_meta(meta_path)
            tags = read_values(os.path.join(root, exp_id, "tags"))
            experiment = {
                "experiment_id": meta["experiment_id"],
                "name": meta["name"],
                "artifact_location": meta["artifact_location"],
                "lifecycle_stage": meta["lifecycle_stage"],
                "last_update_time": int(meta["last_update_time"]),
                "creation_time": int(meta["creation_time"]),
            }
            if tags:
                experiment["tags"] = [{"key": k, "value": v} for k, v in sorted(tags.items())]
            experiment["run_ids"] = []
            for run_id in sorted(os.listdir(os.path.join(root, exp_id))):
                folder = os.path.join(root, exp_id, run_id)
                if run_id == "tags" or not os.path.isfile(os.path.join(folder, "meta.yaml")):
                    continue
                self.runs[run_id] = self.read_run(folder)
                experiment["run_ids"].append(run_id)
            self.experiments.append(experiment)

    @staticmethod
    def read_run(folder):
        meta = read_meta(os.path.join(folder, "meta.yaml"))
        info = {
            "run_uuid": meta["run_uuid"],
            "experiment_id": meta["experiment_id"],
            "run_name": meta.get("run_name", ""),
            "user_id": meta.get("user_id", ""),
            "status": STATUS.get(meta["status"], meta["status"]),
            "start_time": int(meta["start_time"]),
            "artifact_uri": meta["artifact_uri"],
            "lifecycle_stage": meta["lifecycle_stage"],
            "run_id": meta["run_id"],
        }
        if meta.get("end_time", "") not in ("", "null"):
            info["end_time"] = int(meta["end_time"])
        history = {}
        for key, text in read_values(os.path.join(folder, "metrics")).items():
            points = []
            for line in text.splitlines():
                timestamp, value, step = line.split()
                points.append({"key": key, "value": float(value), "timestamp": int(timestamp), "step": int(step)})
            history[key] = points
        return {
            "info": info,
            "params": read_values(os.path.join(folder, "params")),
            "tags": read_values(os.path.join(folder, "tags")),
            "history": history,
            "artifacts": os.path.join(folder, "artifacts"),
        }


# Two leading bytes make every token start with "+/", which base64 tokens such as MLflow's may hold: a client
# that does not percent-encode them in a query string sends "+" as a space, and its next page is wrong.
TOKEN_PREFIX = b"\xfb\xff"


def token_of(offset):
    return base64.b64encode(TOKEN_PREFIX + json.dumps({"offset": offset}).encode()).decode()


def offset_of(token):
    if not token:
        return 0
    raw = base64.b64decode(token, validate=True)
    if not raw.startswith(TOKEN_PREFIX):
        raise ValueError("bad page token")
    return json.loads(raw[len(TOKEN_PREFIX):])["offset"]


def page(items, token, size):
    """One page of `items` and the token of the next (None at the end)."""
    start = offset_of(token)
    end = start + size
    return items[start:end], (token_of(end) if end < len(items) else None)


class Handler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"  # keep-alive, as MLflow's gunicorn answers

    def log_message(self, *args):  # quiet: the tests read stderr for the faults only
        pass

    def do_GET(self):
        self.handle_request(None)

    def do_POST(self):
        length = int(self.headers.get("Content-Length") or 0)
        try:
            body = json.loads(self.rfile.read(length) or b"{}")
        except ValueError:
            return self.answer(400, {"error_code": "MALFORMED_REQUEST", "message": "Malformed request body"})
        self.handle_request(body)

    def handle_request(self, body):
        server = self.server
        with server.lock:
            server.requests += 1
            number = server.requests
        if server.args.exit_after is not None and number > server.args.exit_after:
            print(f"request {number}: going away", file=sys.stderr, flush=True)
            self.close_connection = True
            self.connection.shutdown(socket.SHUT_RDWR)
            threading.Thread(target=server.shutdown, daemon=True).start()
            return
        if number <= server.args.fail_first:
            print(f"request {number}: answered 500", file=sys.stderr, flush=True)
            return self.answer(500, {"error_code": "INTERNAL_ERROR", "message": "injected failure"})
        if server.args.token and self.headers.get("Authorization") != "Bearer " + server.args.token:
            return self.answer(401, {"error_code": "UNAUTHENTICATED", "message": "Invalid credentials"})
        url = urlparse(self.path)
        query = {k: v[-1] for k, v in parse_qs(url.query).items()}
        routes = {
            ("POST", "/api/2.0/mlflow/experiments/search"): self.search_experiments,
            ("POST", "/api/2.0/mlflow/runs/search"): self.search_runs,
            ("GET", "/api/2.0/mlflow/metrics/get-history"): self.get_history,
            ("GET", "/api/2.0/mlflow/artifacts/list"): self.list_artifacts,
        }
        if (self.command, url.path) == ("GET", "/get-artifact"):
            return self.get_artifact(query)
        route = routes.get((self.command, url.path))
        if route is None:
            return self.answer(404, {"error_code": "ENDPOINT_NOT_FOUND", "message": "No such endpoint"})
        try:
            self.answer(200, route(body if body is not None else query))
        except KeyError as e:
            self.answer(404, {"error_code": "RESOURCE_DOES_NOT_EXIST", "message": f"not found: {e}"})
        except ValueError as e:
            self.answer(400, {"error_code": "INVALID_PARAMETER_VALUE", "message": f"Invalid page token: {e}"})

    def get_artifact(self, query):
        run = self.server.store.runs.get(query.get("run_uuid", query.get("run_id", "")))
        relative = query.get("path", "")
        full = os.path.realpath(os.path.join(run["artifacts"], relative)) if run else ""
        if not run or not full.startswith(os.path.realpath(run["artifacts"]) + os.sep) or not os.path.isfile(full):
            return self.answer(404, {"error_code": "RESOURCE_DOES_NOT_EXIST", "message": f"not found: {relative}"})
        with open(full, "rb") as f:
            data = f.read()
        self.send_response(200)
        self.send_header("Content-Type", "application/octet-stream")
        self.send_header("Content-Length", str(len(data)))
        self.end_headers()
        self.wfile.write(data)

    def answer(self, status, payload):
        data = json.dumps(payload, indent=2, allow_nan=False).encode()
        self.send_response(status)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(data)))
        self.end_headers()
        self.wfile.write(data)

    def search_experiments(self, body):
        store, args = self.server.store, self.server.args
        view = body.get("view_type", "ACTIVE_ONLY")
        wanted = [e for e in store.experiments if view == "ALL" or (e["lifecycle_stage"] == "active") == (view == "ACTIVE_ONLY")]
        items, token = page(wanted, body.get("page_token"), min(int(body.get("max_results", 1000)), args.page_experiments))
        answer = {"experiments": [{k: v for k, v in e.items() if k != "run_ids"} for e in items]}
        if token:
            answer["next_page_token"] = token
        return answer

    def search_runs(self, body):
        store, args = self.server.store, self.server.args
        view = body.get("run_view_type", "ACTIVE_ONLY")
        ids = [r for e in store.experiments if e["experiment_id"] in body.get("experiment_ids", []) for r in e["run_ids"]]
        wanted = [store.runs[r] for r in ids
                  if view == "ALL" or (store.runs[r]["info"]["lifecycle_stage"] == "active") == (view == "ACTIVE_ONLY")]
        items, token = page(wanted, body.get("page_token"), min(int(body.get("max_results", 1000)), args.page_runs))
        answer = {"runs": [self.run_json(run) for run in items]} if items else {}
        if token:
            answer["next_page_token"] = token
        return answer

    @staticmethod
    def run_json(run):
        data = {}
        latest = []
        for key, points in sorted(run["history"].items()):
            last = max(points, key=lambda p: (p["step"], p["timestamp"], p["value"]))
            latest.append(dict(last, value=proto_double(last["value"])))
        if latest:
            data["metrics"] = latest
        if run["params"]:
            data["params"] = [{"key": k, "value": v} for k, v in sorted(run["params"].items())]
        if run["tags"]:
            data["tags"] = [{"key": k, "value": v} for k, v in sorted(run["tags"].items())]
        return {"info": run["info"], "data": data, "inputs": {}}

    def get_history(self, query):
        args = self.server.args
        points = self.server.store.runs[query["run_id"]]["history"][query["metric_key"]]
        size = min(int(query.get("max_results", 25000)), args.page_points)
        items, token = page(points, query.get("page_token"), size)
        garbage = query["metric_key"] == args.garbage_metric
        answer = {"metrics": [dict(p, value="a lot" if garbage else proto_double(p["value"])) for p in items]}
        if token:
            answer["next_page_token"] = token
        return answer

    def list_artifacts(self, query):
        run = self.server.store.runs[query["run_id"]]
        relative = query.get("path", "")
        folder = os.path.join(run["artifacts"], relative)
        files = []
        if os.path.isdir(folder):
            for name in sorted(os.listdir(folder)):
                full = os.path.join(folder, name)
                path = f"{relative}/{name}" if relative else name
                files.append({"path": path, "is_dir": True} if os.path.isdir(full)
                             else {"path": path, "is_dir": False, "file_size": os.path.getsize(full)})
        items, token = page(files, query.get("page_token"), self.server.args.page_files)
        answer = {"root_uri": run["info"]["artifact_uri"]}
        if items:
            answer["files"] = items
        if token:
            answer["next_page_token"] = token
        return answer


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("mlruns", help="an MLflow file store")
    parser.add_argument("--port", type=int, default=0)
    parser.add_argument("--page-experiments", type=int, default=2)
    parser.add_argument("--page-runs", type=int, default=2)
    parser.add_argument("--page-points", type=int, default=100)
    parser.add_argument("--page-files", type=int, default=2)
    parser.add_argument("--fail-first", type=int, default=0, metavar="N")
    parser.add_argument("--exit-after", type=int, default=None, metavar="N")
    parser.add_argument("--garbage-metric", default=None, metavar="KEY")
    parser.add_argument("--token", default=None)
    args = parser.parse_args()
    server = ThreadingHTTPServer(("127.0.0.1", args.port), Handler)
    server.daemon_threads = True
    server.store = Store(args.mlruns)
    server.args = args
    server.requests = 0
    server.lock = threading.Lock()
    print(f"listening on http://127.0.0.1:{server.server_address[1]}", flush=True)
    server.serve_forever()
    server.server_close()


if __name__ == "__main__":
    main()
