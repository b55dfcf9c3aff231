"""Turns queued operation tuples into the JSON operations of POST /runs/{id}/operations.

The training loop only builds tuples (see handler.py); this runs in the background thread (async,
offline) or in the caller (sync, debug). It checks what the client can know before the server does
(field types, increasing steps), resolves null steps to explicit ones where the series' last step is
known (so a batch that is sent twice after a crash is refused point by point instead of duplicated),
and writes each operation as one line of ASCII JSON.
"""

from __future__ import annotations

import json
import operator
from itertools import repeat
from typing import Any, Callable, Dict, Iterable, List, Optional

from . import _paths
from ._points import fix_not_finite, float_points, split_strings, string_points
from ._blobs import BlobStash
from ._types import conflict_message
from .exceptions import NereidError, ReadOnlyFieldError, StepNotIncreasingError, TypeConflictError

# Operation tuples. The hot path builds (APPEND_FLOAT, path, value, time_ns).
APPEND_FLOAT = 0  # (op, path, value, ts_ns)
APPEND_STRING = 1  # (op, path, value, ts_ns)
APPEND_FLOAT_STEP = 2  # (op, path, value, ts_ns, step)
APPEND_STRING_STEP = 3  # (op, path, value, ts_ns, step)
ASSIGN = 4  # (op, path, wire_type, wire_value)
ADD_STRINGS = 5  # (op, path, [values])
REMOVE_STRINGS = 6  # (op, path, [values])
CLEAR_STRINGS = 7  # (op, path)
DELETE = 8  # (op, path)
MARK = 9  # (op, callback): handled by the worker, never encoded
# File fields. A source is bytes, or the path of a file (see _blobs.BlobStash.put).
FILE = 10  # (op, path, source, name, extension, mime)
FILE_POINT = 11  # (op, path, source, name, extension, mime, ts_ns, step, description)
FILE_ENTRIES = 12  # (op, path, "fileSet" | "artifact", entries, replace): fileSet entries (path, source, mime)

_SERIES = {
    APPEND_FLOAT: "floatSeries",
    APPEND_STRING: "stringSeries",
    APPEND_FLOAT_STEP: "floatSeries",
    APPEND_STRING_STEP: "stringSeries",
}
_NS_PER_MS = 1_000_000
_ms = operator.floordiv


def _compact(value: Any) -> str:
    """JSON without blanks (the uploader finds blob hashes in lines by their '"hash":"' text)."""
    return json.dumps(value, separators=(",", ":"))


def _step(value: Any) -> Any:
    """A step from the server as an int when it is whole, so step + 1 stays an int."""
    if isinstance(value, float) and value.is_integer():
        return int(value)
    return value


class Encoder:
    """Operation tuples to JSON lines; ``report`` receives each refused operation's NereidError."""

    def __init__(self, report: Callable[[NereidError], None]) -> None:
        self.report = report
        self.types: Dict[str, str] = {}
        # path -> last step; None: a series without points. A missing path has an unknown last step.
        self.last: Dict[str, Any] = {}
        self.known = False
        self.marks: List[Any] = []  # MARK callbacks met by encode(), in order
        self._json_paths: Dict[str, str] = {}
        self.stash: Optional[BlobStash] = None  # set by the mode that opens the run
        self.editable_sys = _paths.EDITABLE_SYS  # a model version's adds sys/stage (change_stage())

    def load_run(self, run: Optional[Dict[str, Any]]) -> None:
        """Learn field types and last steps from the server's run object (None: a run with no fields)."""
        self.known = True
        self.types.clear()
        self.last.clear()
        for path, field in ((run or {}).get("fields") or {}).items():
            kind = field.get("type")
            self.types[path] = kind
            if kind in ("floatSeries", "stringSeries", "fileSeries"):
                self.last[path] = _step(field.get("last_step"))

    # -- encoding -------------------------------------------------------------------------------

    def encode(self, items: Iterable[tuple]) -> List[str]:
        lines: List[str] = []
        groups: Dict[str, List[tuple]] = {}
        for item in items:
            op = item[0]
            if op <= APPEND_STRING_STEP:
                group = groups.get(item[1])
                if group is None:
                    groups[item[1]] = [item]
                else:
                    group.append(item)
                continue
            # Appends to different fields commute; anything else keeps its place after them.
            if groups:
                self._flush_groups(groups, lines)
                groups = {}
            self._encode_other(item, lines)
        if groups:
            self._flush_groups(groups, lines)
        return lines

    def _json_path(self, path: str) -> str:
        text = self._json_paths.get(path)
        if text is None:
            text = self._json_paths[path] = json.dumps(path)
        return text

    def _check(self, path: str, wire_type: str) -> bool:
        editable = self.editable_sys
        error = _paths.sys_write_error(path, editable)
        if error is None and path in editable and editable[path] != wire_type:
            error = conflict_message(path, editable[path], wire_type)
            self.report(TypeConflictError(error, code="type_conflict", path=path))
            return False
        if error is not None:
            self.report(ReadOnlyFieldError(error, code="read_only_field", path=path))
            return False
        known = self.types.get(path)
        if known is not None and known != wire_type:
            self.report(TypeConflictError(conflict_message(path, known, wire_type), code="type_conflict", path=path))
            return False
        return True

    def _flush_groups(self, groups: Dict[str, List[tuple]], lines: List[str]) -> None:
        for path, group in groups.items():
            kinds = set(map(_SERIES.__getitem__, set(map(operator.itemgetter(0), group))))
            if len(kinds) > 1:
                # Floats and strings to one path in one chunk: the first kind wins, the rest conflict.
                first = _SERIES[group[0][0]]
                rest = [item for item in group if _SERIES[item[0]] != first]
                group = [item for item in group if _SERIES[item[0]] == first]
                self.report(
                    TypeConflictError(
                        conflict_message(path, first, _SERIES[rest[0][0]]) + " (%d values skipped)" % len(rest),
                        code="type_conflict",
                        path=path,
                    )
                )
            kind = _SERIES[group[0][0]]
            if not self._check(path, kind):
                continue
            if path not in self.types:
                self.types[path] = kind
                if self.known:
                    self.last.setdefault(path, None)
            head = '{"op":"append","path":%s,"type":"%s","points":[' % (self._json_path(path), kind)
            for part in split_strings(group) if kind == "stringSeries" else (group,):
                points = self._points(path, part, kind == "floatSeries")
                if points:
                    lines.append(head + points + "]}")

    def _points(self, path: str, group: List[tuple], floats: bool) -> str:
        """The points of one group as the inside of a JSON array."""
        known = path in self.last
        last = self.last.get(path)
        if max(map(operator.itemgetter(0), group)) <= APPEND_STRING:  # no explicit steps
            start = (0 if last is None else last + 1) if known else None
            if known:
                self.last[path] = start + len(group) - 1
            text = float_points(group, start) if floats else string_points(group, start)
        else:
            values = map(operator.itemgetter(2), group)
            if not floats:
                values = map(json.dumps, values)
            stamps = map(_ms, map(operator.itemgetter(3), group), repeat(_NS_PER_MS))
            template = "[%r,%r,%de-3]" if floats else "[%r,%s,%de-3]"
            text = self._points_with_steps(path, group, list(values), list(stamps), known, last, template)
        if floats:
            text = fix_not_finite(text)
        return text

    def _points_with_steps(self, path, group, values, stamps, known, last, template) -> str:
        parts = []
        skipped = 0
        for item, value, stamp in zip(group, values, stamps):
            step = item[4] if len(item) > 4 else None
            if step is None:
                if not known:
                    parts.append(template.replace("%r", "null", 1) % (value, stamp))
                    continue
                step = 0 if last is None else last + 1
            elif known and last is not None and step <= last:
                skipped += 1
                continue
            last = step
            known = True
            parts.append(template % (step, value, stamp))
        if known:
            self.last[path] = last
        if skipped:
            self.report(
                StepNotIncreasingError(
                    "%s: %d point(s) skipped because their step was not above the previous step (%r)."
                    % (path, skipped, last),
                    code="step_not_increasing",
                    path=path,
                )
            )
        return ",".join(parts)

    def _encode_other(self, item: tuple, lines: List[str]) -> None:
        op, path = item[0], item[1]
        if op == MARK:
            self.marks.append(path)
            return
        if op >= FILE:
            self._encode_file(item, lines)
            return
        jpath = self._json_path(path)
        if op == ASSIGN:
            wire_type, value = item[2], item[3]
            if wire_type == "int" and self.types.get(path) == "float":
                wire_type, value = "float", float(value)
            if not self._check(path, wire_type):
                return
            self.types[path] = wire_type
            lines.append(
                '{"op":"assign","path":%s,"type":"%s","value":%s}' % (jpath, wire_type, json.dumps(value))
            )
        elif op in (ADD_STRINGS, REMOVE_STRINGS, CLEAR_STRINGS):
            if not self._check(path, "stringSet"):
                return
            if op == ADD_STRINGS:
                self.types[path] = "stringSet"
                lines.append('{"op":"add_strings","path":%s,"values":%s}' % (jpath, json.dumps(item[2])))
            elif op == REMOVE_STRINGS:
                lines.append('{"op":"remove_strings","path":%s,"values":%s}' % (jpath, json.dumps(item[2])))
            else:
                lines.append('{"op":"clear_strings","path":%s}' % jpath)
        elif op == DELETE:
            if path == "sys" or path.startswith("sys/"):
                self.report(ReadOnlyFieldError("%s cannot be deleted: sys fields are kept by the server." % path,
                                               code="read_only_field", path=path))
                return
            for known in [p for p in self.types if _paths.is_within(p, path)]:
                del self.types[known]
                self.last.pop(known, None)
            lines.append('{"op":"delete","path":%s}' % jpath)

    # -- files ----------------------------------------------------------------------------------

    def _blob(self, path: str, source: Any) -> Optional[tuple]:
        """(hash, size) of a content put in the stash; None (reported) when the file cannot be read."""
        assert self.stash is not None
        try:
            return self.stash.put(source)
        except OSError as error:
            self.report(NereidError("%s: the file %s could not be read (%s); it was not logged."
                                    % (path, source, error.strerror or error), code="file_not_found", path=path))
            return None

    def _encode_file(self, item: tuple, lines: List[str]) -> None:
        op, path = item[0], item[1]
        kind = "file" if op == FILE else "fileSeries" if op == FILE_POINT else item[2]
        if not self._check(path, kind):
            return
        if op == FILE_ENTRIES:
            self._encode_entries(item, lines)
            return
        blob = self._blob(path, item[2])
        if blob is None:
            return
        value = {"hash": blob[0], "size": blob[1], "name": item[3], "extension": item[4], "mime": item[5]}
        if op == FILE:
            self.types[path] = "file"
            lines.append('{"op":"assign","path":%s,"type":"file","value":%s}' % (self._json_path(path), _compact(value)))
            return
        _, _, _, _, _, _, stamp, step, description = item
        if path not in self.types:
            self.types[path] = "fileSeries"
            if self.known:
                self.last.setdefault(path, None)
        known = path in self.last
        last = self.last.get(path)
        if step is None and known:
            step = 0 if last is None else last + 1
        elif step is not None and known and last is not None and step <= last:
            self.report(StepNotIncreasingError(
                "%s: a file was skipped because its step %r was not above the previous step (%r)." % (path, step, last),
                code="step_not_increasing", path=path))
            return
        if known:
            self.last[path] = step
        value["description"] = description
        lines.append('{"op":"append","path":%s,"type":"fileSeries","points":[[%s,%s,%de-3]]}'
                     % (self._json_path(path), json.dumps(step), _compact(value), stamp // _NS_PER_MS))

    def _encode_entries(self, item: tuple, lines: List[str]) -> None:
        _, path, kind, entries, replace = item
        if kind == "fileSet":
            files = []
            for entry_path, source, mime in entries:
                blob = self._blob(path, source)
                if blob is not None:
                    files.append({"path": entry_path, "hash": blob[0], "size": blob[1], "mime": mime})
        else:
            files = list(entries)
        self.types[path] = kind
        lines.append('{"op":"%s","path":%s,"type":"%s","files":%s}'
                     % ("assign" if replace else "add_files", self._json_path(path), kind, _compact(files)))
