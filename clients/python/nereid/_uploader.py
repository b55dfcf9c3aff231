"""Sends a run's on-disk queue to the server, batch by batch, acknowledging as it goes.

Shared by the background thread of async runs and by `python -m nereid sync`.
"""

from __future__ import annotations

import json
import socket
from typing import Any, Callable, Dict, List, Optional, Tuple

from ._blobs import BlobStash, hashes_in, send_blobs
from ._diskqueue import RunDir
from ._http import ApiClient
from ._log import logger
from .exceptions import NereidConnectionError, NereidError, StepNotIncreasingError

MAX_BATCH_BYTES = 8 << 20
# Errors after which nothing of this run can be sent until the user changes something.
FATAL_CODES = (
    "unauthorized",
    "forbidden",
    "unknown_project",
    "unknown_run",
    "unknown_model",
    "unknown_model_version",
    "missing_project",
    "untrusted_certificate",
    "invalid_ca_bundle",
)

Line = Tuple[bytes, int, int]  # (operation JSON, segment, end offset)


def create_body(meta: Dict[str, Any]) -> Dict[str, Any]:
    create = dict(meta.get("create") or {})
    return {k: v for k, v in create.items() if v is not None}


def project_route(project: str) -> str:
    workspace, _, name = project.partition("/")
    return "/projects/%s/%s" % (_quote(workspace), _quote(name))


def _quote(text: str) -> str:
    from urllib.parse import quote

    return quote(text, safe="")


class Uploader:
    """Uploads one RunDir. ``report`` receives each operation the server refused (it is dropped)."""

    def __init__(self, run_dir: RunDir, client: ApiClient, report: Callable[[NereidError], None]) -> None:
        self.run_dir = run_dir
        self.client = client
        self.report = report
        meta = run_dir.read_meta()
        self.run_id: Optional[str] = meta.get("run_id")
        self.project: Optional[str] = meta.get("project")
        self._ack = run_dir.read_ack()
        self.stash = BlobStash(run_dir.files_path)
        # Whether the server's epoch was compared with the one the run was resolved in since the queue (re)started
        # sending: a server that was away may come back restored from a backup (docs/api.md, /health).
        self._epoch_checked = False

    def server_epoch(self) -> Optional[str]:
        """The epoch of the database the server answers from; None from a server before epochs."""
        return self.client.request("GET", "/health").get("epoch") or None

    def check_epoch(self) -> bool:
        """Compare the server's epoch with the one recorded when the run was resolved. Another epoch means the
        server's database went back in time (a restore, a new database): the sys/id in the queue may name nothing,
        or another run. The run is then resolved again as at init (by custom_run_id: resumed, or created again) and
        the queued operations go to it. True when it was."""
        self._epoch_checked = True
        epoch = self.server_epoch()
        recorded = self.run_dir.read_meta().get("epoch")
        if epoch is None or recorded == epoch:
            return False
        if not recorded or not self.run_id:
            self.run_dir.update_meta(epoch=epoch)  # a queue from before epochs: the server is taken as the same
            return False
        logger.warning(
            "nereid: the server's data was restored from a backup or replaced since %s was resolved; resolving the "
            "run again, and sending it the operations queued in %s.", self.run_id, self.run_dir.path
        )
        self.run_id = None
        self.ensure_run(epoch)
        return True

    def ensure_run(self, epoch: Optional[str] = None) -> Dict[str, Any]:
        """Create or resume the run on the server when the queue does not know its sys/id yet."""
        if not self.project:
            raise NereidError(
                "The run in %s has no project; give one with --project workspace/project." % self.run_dir.path,
                code="missing_project",
            )
        meta = self.run_dir.read_meta()
        body = create_body(meta)
        # A model, version or project metadata names the route that creates it (resuming a model, creating the
        # metadata); once it has an id, it is read by that id (no route resumes a version by id).
        route = meta.get("create_route") or project_route(self.project) + "/runs"
        if self.run_id and meta.get("create_route"):
            route, body = "/runs/" + _quote(self.run_id), None
        elif self.run_id:
            body = {"with_id": self.run_id, "hostname": body.get("hostname")}
        if epoch is None:
            epoch = self.server_epoch()
        run = self.client.request("GET" if body is None else "POST", route, body)
        self._epoch_checked = True
        if self.run_id != run["id"] or meta.get("epoch") != epoch:
            self.run_id = run["id"]
            self.run_dir.update_meta(run_id=self.run_id, project=self.project, epoch=epoch)
        return run

    def upload(self, final: bool = False) -> int:
        """Send everything on disk; the number of operations sent. Raises NereidConnectionError, or
        NereidError with a code in FATAL_CODES."""
        try:
            return self._upload(final)
        except NereidConnectionError:
            self._epoch_checked = False  # the server may come back as another database
            raise
        except NereidError as error:
            # The run is gone: perhaps the database is another one now, and the run must be resolved again.
            if error.code not in ("unknown_run", "unknown_model", "unknown_model_version") or not self.check_epoch():
                raise
            return self._upload(final)

    def _upload(self, final: bool) -> int:
        if not self.run_id:
            self.ensure_run()
        elif not self._epoch_checked:
            self.check_epoch()
        sent = 0
        batch: List[Line] = []
        size = 0
        for line in self.run_dir.pending_lines(self._ack, final):
            if batch and size + len(line[0]) > MAX_BATCH_BYTES:
                self._send_blobs(batch)
                sent += self._send(batch)
                batch, size = [], 0
            batch.append(line)
            size += len(line[0]) + 1
        if batch:
            self._send_blobs(batch)
            sent += self._send(batch)
        self.run_dir.drop_acked_segments(self._ack[0])
        return sent

    def _send_blobs(self, batch: List[Line]) -> None:
        """Upload the blobs the batch's operations name before the operations themselves."""
        hashes = hashes_in(line[0] for line in batch)
        if hashes:
            send_blobs(self.client, project_route(self.project or "") + "/blobs", self.stash, hashes, self.report)

    def pending(self) -> bool:
        return any(True for _ in self.run_dir.pending_lines(self._ack, final=False))

    def _acknowledge(self, line: Line) -> None:
        self._ack = (line[1], line[2])
        self.run_dir.write_ack(*self._ack)

    def _send(self, batch: List[Line]) -> int:
        """Send ``batch`` in order (b"" lines are skipped); acknowledges its end once every operation
        in it is applied or dropped. The server refuses a batch as a whole, naming the operation: that
        one is dropped (or trimmed) and the rest sent again, in a loop, however many are refused."""
        while True:
            lines = [line for line in batch if line[0]]
            if not lines:
                self._acknowledge(batch[-1])
                return 0
            body = b'{"operations":[' + b",".join(line[0] for line in lines) + b"]}"
            try:
                self.client.request("POST", "/runs/%s/operations" % _quote(self.run_id or ""), body, timeout=120)
            except NereidConnectionError:
                raise
            except NereidError as error:
                if error.code in FATAL_CODES:
                    raise
                if (error.operation is None or not 0 <= error.operation < len(lines)) and len(lines) > 1:
                    # No operation named (a body too large, say): halve until the culprit is alone.
                    middle = [i for i, line in enumerate(batch) if line[0]][len(lines) // 2]
                    return self._send(batch[:middle]) + self._send(batch[middle:])
                batch = self._without_refused(batch, error)
                continue
            self._acknowledge(batch[-1])
            return len(lines)

    def _without_refused(self, batch: List[Line], error: NereidError) -> List[Line]:
        """``batch`` less the operation the server refused (reported), or with the points it already
        has taken out of a refused append."""
        indices = [i for i, line in enumerate(batch) if line[0]]
        named = error.operation is not None and 0 <= error.operation < len(indices)
        index = indices[error.operation] if named else indices[0]
        replacement = b""
        if named and error.code == "step_not_increasing":
            replacement = self._without_old_steps(batch[index][0], error)
        else:
            self.report(error)
        batch = list(batch)
        batch[index] = (replacement, batch[index][1], batch[index][2])
        return batch

    def _without_old_steps(self, line: bytes, error: NereidError) -> bytes:
        """The append operation without the points whose steps the server has already (they were
        sent before, or another process wrote them); b"" when nothing is left."""
        op = json.loads(line)
        path = op.get("path")
        run = self.client.request("GET", "/runs/%s" % _quote(self.run_id or ""))
        last = ((run.get("fields") or {}).get(path) or {}).get("last_step")
        kept = []
        for point in op.get("points") or []:
            step = point[0]
            if step is None:
                last = 0 if last is None else last + 1
            elif last is not None and step <= last:
                continue
            else:
                last = step
            kept.append(point)
        skipped = len(op.get("points") or []) - len(kept)
        if skipped == 0:
            self.report(error)
            return b""
        self.report(
            StepNotIncreasingError(
                "%s: %d point(s) skipped because the run already has points at or after their steps." % (path, skipped),
                code="step_not_increasing",
                path=path,
            )
        )
        if not kept:
            return b""
        op["points"] = kept
        return json.dumps(op, separators=(",", ":")).encode("ascii")


def is_connection_problem(error: BaseException) -> bool:
    return isinstance(error, (NereidConnectionError, socket.timeout, ConnectionError))
