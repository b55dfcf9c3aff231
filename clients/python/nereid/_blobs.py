"""Where a run's file contents wait until the server has them, and how they get there.

Queue modes (async, offline) keep each content in the run's queue folder as files/<sha256>, written by
the background thread, so that a crash leaves them for `python -m nereid sync`; sync and debug modes
remember where the content is (the user's file, or bytes in memory) until it is uploaded at once.
Before a batch of operations is sent, the blobs it names are uploaded: the server is asked which it
lacks (one POST for many), and only those are sent, streamed from disk.
"""

from __future__ import annotations

import concurrent.futures
import hashlib
import os
import re
from typing import Any, Callable, Dict, Iterable, List, Optional, Tuple, Union

from .exceptions import NereidConnectionError, NereidError

CHUNK = 1 << 20
MAX_ASKED = 10000  # hashes per POST .../blobs/missing
PARALLEL_FROM = 16  # blobs to upload from which several connections share them
UPLOADERS = 8  # the server fsyncs each blob: more at once overlap those waits (4: 4.9 ms a blob, 8: 3.6 ms here)
HASH_IN_LINE = re.compile(rb'"hash": ?"([0-9a-f]{64})"')


class Owned(str):
    """A path of a copy the client made in the queue folder (moved into the stash, not copied again)."""


def hash_file(path: str) -> Tuple[str, int]:
    digest = hashlib.sha256()
    size = 0
    with open(path, "rb") as file:
        while True:
            block = file.read(CHUNK)
            if not block:
                break
            digest.update(block)
            size += len(block)
    return digest.hexdigest(), size


class BlobStash:
    """Contents by hash until they are uploaded. ``folder`` None: remember sources in memory."""

    def __init__(self, folder: Optional[str]) -> None:
        self.folder = folder
        self.sources: Dict[str, Union[str, bytes]] = {}
        if folder is not None:
            os.makedirs(folder, exist_ok=True)

    def put(self, source: Union[str, bytes]) -> Tuple[str, int]:
        """Keep ``source`` (bytes, or a file's path); its (sha256, size). Raises OSError for a file that
        cannot be read."""
        if isinstance(source, bytes):
            digest, size = hashlib.sha256(source).hexdigest(), len(source)
            if self.folder is None:
                self.sources[digest] = source
            else:
                target = os.path.join(self.folder, digest)
                if not os.path.exists(target):
                    temp = target + ".tmp"  # renamed when whole, so a blob named by its hash is complete
                    with open(temp, "wb") as file:
                        file.write(source)
                    os.replace(temp, target)
            return digest, size
        digest, size = hash_file(source)
        if self.folder is not None and isinstance(source, Owned):
            os.replace(source, os.path.join(self.folder, digest))
        elif self.folder is None:
            self.sources[digest] = source
        return digest, size

    def source(self, digest: str) -> Union[None, str, bytes]:
        if self.folder is None:
            return self.sources.get(digest)
        path = os.path.join(self.folder, digest)
        return path if os.path.exists(path) else None

    def done(self, digest: str) -> None:
        """The server has the blob: the local copy is not needed any more."""
        if self.folder is None:
            self.sources.pop(digest, None)
            return
        try:
            os.remove(os.path.join(self.folder, digest))
        except OSError:
            pass


def hashes_in(lines: Iterable[bytes]) -> List[str]:
    """The blob hashes named by operation lines (file objects and file-set entries), in order, once."""
    found: Dict[str, None] = {}
    for line in lines:
        if b'"hash"' in line:
            for match in HASH_IN_LINE.finditer(line):
                found[match.group(1).decode("ascii")] = None
    return list(found)


def send_blobs(client: Any, blobs_route: str, stash: BlobStash, hashes: Iterable[str],
               report: Callable[[NereidError], None]) -> None:
    """Upload the blobs among ``hashes`` that the stash holds and the project lacks. A connection problem
    raises (the caller retries later); a refused upload is reported, and the operation naming it will
    be refused by the server as unknown_blob."""
    held = [digest for digest in hashes if stash.source(digest) is not None]
    if not held:
        return
    if len(held) == 1:  # one file: HEAD is enough
        lacks = _lacks(client, blobs_route, held[0], report)
        if lacks is None:
            return
        missing = set(held) if lacks else set()
    else:
        missing = _missing(client, blobs_route, held, report)
        if missing is None:
            return
    for digest in held:
        if digest not in missing:
            stash.done(digest)
    todo = [digest for digest in held if digest in missing]
    if len(todo) < PARALLEL_FROM:
        _put_all(client, blobs_route, stash, todo, report)
        return
    # Many blobs (a file series of images): a few connections at once, so that the server's fsync of one
    # blob overlaps the sending of the next.
    clients = [client.copy() for _ in range(UPLOADERS)]
    try:
        with concurrent.futures.ThreadPoolExecutor(UPLOADERS) as pool:
            jobs = [pool.submit(_put_all, each, blobs_route, stash, todo[i::UPLOADERS], report)
                    for i, each in enumerate(clients)]
            for job in jobs:
                job.result()  # a connection problem raises here
    finally:
        for each in clients:
            each.close()


def _missing(client: Any, blobs_route: str, held: List[str], report: Callable[[NereidError], None]) -> Optional[set]:
    """Which of ``held`` the project lacks (POST .../missing, 10,000 at a time); None, reported, when it cannot
    be told (a server without blob routes, a token that may not write)."""
    missing = set()
    for start in range(0, len(held), MAX_ASKED):
        try:
            answer = client.request("POST", blobs_route + "/missing", {"hashes": held[start : start + MAX_ASKED]})
        except NereidConnectionError:
            raise
        except NereidError as error:
            report(error)
            return None
        missing.update(answer.get("missing") or [])
    return missing


def _lacks(client: Any, blobs_route: str, digest: str, report: Callable[[NereidError], None]) -> Optional[bool]:
    """Whether the project lacks one blob (HEAD: 404 when it does); None, reported, when it cannot be told."""
    try:
        client.request("HEAD", blobs_route + "/" + digest)
    except NereidConnectionError:
        raise
    except NereidError as error:
        if error.status == 404:
            return True
        report(error)
        return None
    return False


def _put_all(client: Any, blobs_route: str, stash: BlobStash, digests: List[str],
             report: Callable[[NereidError], None]) -> None:
    for digest in digests:
        source = stash.source(digest)
        if source is None:
            continue
        try:
            client.put_blob(blobs_route + "/" + digest, source)
        except NereidConnectionError:
            raise
        except NereidError as error:
            report(error)
            if error.code in ("blob_mismatch", "file_too_large"):
                stash.done(digest)  # sending it again cannot succeed
            continue
        stash.done(digest)
