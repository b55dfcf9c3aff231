"""The on-disk queue of one run: .nereid/<mode>/<run folder>/.

- meta.json: the project, how to create or resume the run, its sys/id once known, whether it stopped;
- ops-NNNNNN.jsonl: append-only segments, one JSON operation per line (ASCII), written by the
  background thread and fsynced at every flush;
- acked.json: how far the server has acknowledged (segment number and byte offset);
- files/: copies of logged files by SHA-256 (and in-* copies not hashed yet), removed once uploaded;
- lock: held (flock) by the process that writes the run, so `python -m nereid sync` leaves it alone.

A fully uploaded and stopped run's folder is removed.
"""

from __future__ import annotations

import json
import os
import shutil
import time
import uuid
from typing import Any, Dict, Iterator, List, Tuple

try:
    import fcntl
except ImportError:  # pragma: no cover - not on Linux or macOS
    fcntl = None  # type: ignore[assignment]

SEGMENT_BYTES = 16 << 20
_SEGMENT_PREFIX = "ops-"
_SEGMENT_SUFFIX = ".jsonl"


def _write_json(path: str, value: Any, fsync: bool = True) -> None:
    temp = path + ".tmp"
    with open(temp, "w", encoding="utf-8") as file:
        json.dump(value, file, indent=1)
        file.flush()
        if fsync:
            os.fsync(file.fileno())
    os.replace(temp, path)


def _read_json(path: str, default: Any) -> Any:
    try:
        with open(path, "r", encoding="utf-8") as file:
            return json.load(file)
    except FileNotFoundError:
        return default


class RunDir:
    """One run's queue folder."""

    def __init__(self, path: str) -> None:
        self.path = path
        self._lock_file = None
        self._segment_file = None
        self._segment_number = 0
        self._segment_size = 0

    # -- creation, listing, locking ------------------------------------------------------------

    @classmethod
    def create(cls, root: str, mode: str, meta: Dict[str, Any]) -> "RunDir":
        stamp = time.strftime("%Y%m%dT%H%M%S", time.gmtime())
        path = os.path.join(root, mode, "run-%s-%s" % (stamp, uuid.uuid4().hex[:8]))
        os.makedirs(path)
        run_dir = cls(path)
        run_dir.lock()
        meta = dict(meta, version=1, mode=mode, pid=os.getpid(), created=time.time(), stopped=False)
        run_dir.write_meta(meta)
        return run_dir

    @staticmethod
    def list(root: str) -> List["RunDir"]:
        found = []
        for mode in ("async", "offline"):
            folder = os.path.join(root, mode)
            if not os.path.isdir(folder):
                continue
            for name in sorted(os.listdir(folder)):
                path = os.path.join(folder, name)
                if os.path.isfile(os.path.join(path, "meta.json")):
                    found.append(RunDir(path))
        return found

    @property
    def files_path(self) -> str:
        """files/: the contents of logged files, named by SHA-256, until the server has them."""
        return os.path.join(self.path, "files")

    @property
    def name(self) -> str:
        return os.path.basename(self.path)

    def lock(self, blocking: bool = True) -> bool:
        """Take the folder's lock; False when another live process holds it."""
        if self._lock_file is not None:
            return True
        file = open(os.path.join(self.path, "lock"), "a+")
        if fcntl is not None:
            try:
                fcntl.flock(file.fileno(), fcntl.LOCK_EX | (0 if blocking else fcntl.LOCK_NB))
            except OSError:
                file.close()
                return False
        self._lock_file = file
        return True

    def in_use(self) -> bool:
        """True when another process holds the lock (a run still logging)."""
        if self._lock_file is not None:
            return False
        if not self.lock(blocking=False):
            return True
        self.unlock()
        return False

    def unlock(self) -> None:
        if self._lock_file is not None:
            self._lock_file.close()
            self._lock_file = None

    def close(self) -> None:
        if self._segment_file is not None:
            self._segment_file.close()
            self._segment_file = None
        self.unlock()

    def remove(self) -> None:
        self.close()
        shutil.rmtree(self.path, ignore_errors=True)

    # -- meta and acknowledgements -------------------------------------------------------------

    def read_meta(self) -> Dict[str, Any]:
        return _read_json(os.path.join(self.path, "meta.json"), {})

    def write_meta(self, meta: Dict[str, Any]) -> None:
        _write_json(os.path.join(self.path, "meta.json"), meta)

    def update_meta(self, **changes: Any) -> Dict[str, Any]:
        meta = self.read_meta()
        meta.update(changes)
        self.write_meta(meta)
        return meta

    def read_ack(self) -> Tuple[int, int]:
        ack = _read_json(os.path.join(self.path, "acked.json"), {})
        return int(ack.get("segment", 1)), int(ack.get("offset", 0))

    def write_ack(self, segment: int, offset: int) -> None:
        # No fsync: a lost acknowledgement only re-sends operations, and the client refuses their
        # points again by step rather than duplicating them.
        _write_json(os.path.join(self.path, "acked.json"), {"segment": segment, "offset": offset}, fsync=False)

    # -- segments ------------------------------------------------------------------------------

    def segments(self) -> List[int]:
        numbers = []
        for name in os.listdir(self.path):
            if name.startswith(_SEGMENT_PREFIX) and name.endswith(_SEGMENT_SUFFIX):
                try:
                    numbers.append(int(name[len(_SEGMENT_PREFIX) : -len(_SEGMENT_SUFFIX)]))
                except ValueError:
                    pass
        return sorted(numbers)

    def segment_path(self, number: int) -> str:
        return os.path.join(self.path, "%s%06d%s" % (_SEGMENT_PREFIX, number, _SEGMENT_SUFFIX))

    def append(self, data: bytes) -> None:
        """Write complete lines to the current segment (the kernel has them when this returns)."""
        if self._segment_file is None or self._segment_size >= SEGMENT_BYTES:
            if self._segment_file is not None:
                self._segment_file.flush()
                os.fsync(self._segment_file.fileno())
                self._segment_file.close()
            existing = self.segments()
            self._segment_number = (existing[-1] + 1) if existing else 1
            self._segment_file = open(self.segment_path(self._segment_number), "ab")
            self._segment_size = 0
        self._segment_file.write(data)
        self._segment_file.flush()
        self._segment_size += len(data)

    def fsync(self) -> None:
        if self._segment_file is not None:
            os.fsync(self._segment_file.fileno())

    @property
    def writing_segment(self) -> int:
        return self._segment_number

    def pending_lines(self, start: Tuple[int, int], final: bool) -> Iterator[Tuple[bytes, int, int]]:
        """(line, segment, end offset) of every complete line after ``start``.

        With ``final`` (no process writes the folder any more) a trailing partial line, left by a
        process killed in the middle of a write, is yielded as b"" so it is skipped and acknowledged.
        """
        segment, offset = start
        for number in self.segments():
            if number < segment:
                continue
            begin = offset if number == segment else 0
            with open(self.segment_path(number), "rb") as file:
                file.seek(begin)
                data = file.read()
            position = begin
            end = data.rfind(b"\n") + 1
            for line in data[:end].splitlines():
                position += len(line) + 1
                if line.strip():
                    yield line, number, position
            if final and end < len(data):
                yield b"", number, begin + len(data)

    def count_pending(self) -> int:
        return sum(1 for line, _, _ in self.pending_lines(self.read_ack(), final=False) if line)

    def drop_acked_segments(self, ack_segment: int) -> None:
        for number in self.segments():
            if number < ack_segment and number != self._segment_number:
                try:
                    os.remove(self.segment_path(number))
                except OSError:
                    pass
