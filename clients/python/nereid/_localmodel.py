"""A run kept inside the process, for debug mode: the same operations, the same answers as the server."""

from __future__ import annotations

import copy
import hashlib
import json
import math
import time
from typing import Any, Dict, List

from . import _paths
from ._values import to_datetime_text
import datetime as _dt


class LocalModel:
    def __init__(self, run_id: str, project: str, sys: Dict[str, Any]) -> None:
        now = to_datetime_text(_dt.datetime.now(_dt.timezone.utc))
        self.run: Dict[str, Any] = {
            "id": run_id,
            "project": project,
            "revision": 0,
            "sys": dict(
                {
                    "id": run_id,
                    "name": "Untitled",
                    "creation_time": now,
                    "owner": "debug",
                    "tags": [],
                    "group_tags": [],
                    "description": "",
                    "running_time": 0.0,
                    "modification_time": now,
                    "ping_time": now,
                    "state": "active",
                    "failed": False,
                    "size": 0,
                    "hostname": "",
                    "trashed": False,
                    "monitoring_time": 0,
                },
                **{k: v for k, v in sys.items() if v is not None},
            ),
            "sys_revisions": {},
            "fields": {},
        }
        self.points: Dict[str, List[list]] = {}
        self.files: Dict[str, Dict[str, Dict[str, Any]]] = {}  # file set or artifact path -> entries by path

    def apply(self, lines: List[str]) -> None:
        for line in lines:
            self._apply(json.loads(line))
        self.run["revision"] += 1
        self.run["sys"]["modification_time"] = to_datetime_text(_dt.datetime.now(_dt.timezone.utc))

    def _apply(self, op: Dict[str, Any]) -> None:
        path = op["path"]
        kind = op["op"]
        fields = self.run["fields"]
        if path.startswith("sys/"):
            name = path[4:]
            if kind == "assign":
                self.run["sys"][name] = op["value"]
            elif kind == "add_strings":
                self.run["sys"][name] = sorted(set(self.run["sys"][name]) | set(op["values"]))
            elif kind == "remove_strings":
                self.run["sys"][name] = sorted(set(self.run["sys"][name]) - set(op["values"]))
            elif kind == "clear_strings":
                self.run["sys"][name] = []
            return
        if kind in ("add_files",) or (kind == "assign" and "files" in op):
            self._add_files(op, kind == "assign")
        elif kind == "assign":
            fields[path] = {"type": op["type"], "value": op["value"]}
        elif kind in ("add_strings", "remove_strings", "clear_strings"):
            current = set((fields.get(path) or {}).get("value") or [])
            if kind == "add_strings":
                current |= set(op["values"])
            elif kind == "remove_strings":
                current -= set(op["values"])
            else:
                current = set()
            if kind == "add_strings" or path in fields:
                fields[path] = {"type": "stringSet", "value": sorted(current)}
        elif kind == "delete":
            for known in [p for p in fields if _paths.is_within(p, path)]:
                del fields[known]
                self.points.pop(known, None)
        elif kind == "append":
            points = self.points.setdefault(path, [])
            for step, value, stamp in op["points"]:
                last = points[-1][0] if points else None
                if step is None:
                    step = 0 if last is None else last + 1
                if stamp is None:
                    stamp = time.time()
                points.append([step, value, stamp])
            field = {"type": op["type"], "count": len(points), "last": points[-1][1], "last_step": points[-1][0]}
            if op["type"] == "floatSeries":
                finite = [p[1] for p in points if not isinstance(p[1], str) and not math.isnan(p[1])]
                field["min"] = min(finite) if finite else None
                field["max"] = max(finite) if finite else None
            fields[path] = field

    def _add_files(self, op: Dict[str, Any], replace: bool) -> None:
        path = op["path"]
        entries = {} if replace else self.files.get(path, {})
        entries.update({entry["path"]: entry for entry in op["files"]})
        self.files[path] = entries
        ordered = sorted(entries.values(), key=lambda entry: entry["path"])
        value = {"count": len(ordered), "size": sum(entry["size"] for entry in ordered)}
        if op["type"] == "artifact":
            listing = "".join("%s\t%s\t%d\n" % (e["path"], e["hash"], e["size"]) for e in ordered)
            value["hash"] = hashlib.sha256(listing.encode("utf-8")).hexdigest()
        self.run["fields"][path] = {"type": op["type"], "value": value}

    def run_object(self) -> Dict[str, Any]:
        return copy.deepcopy(self.run)

    def series(self, path: str) -> List[list]:
        return [list(p) for p in self.points.get(path, [])]
