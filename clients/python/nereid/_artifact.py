"""Artifacts and file sets from the user's disk: which files a glob, folder or path names, and the entries
that describe them (an artifact records what a run used, hash, size, mtime and location, uploading nothing)."""

from __future__ import annotations

import datetime as _dt
import glob
import os
from typing import Any, Dict, Iterable, List, Optional, Tuple
from urllib.parse import unquote, urlsplit

from ._blobs import hash_file
from ._values import UTC, parse_datetime, to_datetime_text
from .exceptions import FileError


class ArtifactFileData:
    """One file of an artifact, as Neptune's fetch_files_list() gives it."""

    def __init__(self, entry: Dict[str, Any]) -> None:
        self.file_path: str = entry.get("path", "")
        self.file_hash: str = entry.get("hash", "")
        self.size: int = entry.get("size", 0)
        self.type = "Local" if str(entry.get("location", "")).startswith("file://") else ""
        self.metadata: Dict[str, Any] = {}
        if entry.get("location"):
            self.metadata["file_path"] = entry["location"]
        if entry.get("mtime"):
            self.metadata["last_modified"] = parse_datetime(entry["mtime"])

    def __repr__(self) -> str:
        return "ArtifactFileData(%r, %s, %d bytes)" % (self.file_path, self.file_hash[:12], self.size)


def _slashed(path: str) -> str:
    return path.replace(os.sep, "/")


def _walk(folder: str) -> List[str]:
    found = []
    for root, dirs, files in os.walk(folder):
        dirs.sort()
        found.extend(os.path.join(root, name) for name in sorted(files))
    return found


def artifact_entries(path: str, destination: Optional[str]) -> List[Dict[str, Any]]:
    """The entries of a file or of every file under a folder (paths relative to it, under ``destination``)."""
    if "://" in path:
        parts = urlsplit(path)
        if parts.scheme != "file":
            raise FileError("track_files(): only local files can be tracked, not %s." % path, code="unsupported")
        path = unquote(parts.path)
    path = os.path.abspath(os.path.expanduser(path))
    if os.path.isfile(path):
        files = [(path, os.path.basename(path))]
    elif os.path.isdir(path):
        files = [(name, _slashed(os.path.relpath(name, path))) for name in _walk(path)]
    else:
        raise FileError("track_files(): %s does not exist." % path, code="file_not_found")
    entries = []
    for name, relative in files:
        digest, size = hash_file(name)
        mtime = _dt.datetime.fromtimestamp(os.stat(name).st_mtime, UTC)
        entries.append({
            "path": destination.rstrip("/") + "/" + relative if destination else relative,
            "hash": digest,
            "size": size,
            "mtime": to_datetime_text(mtime),
            "location": "file://" + _slashed(name),
        })
    return entries


def matched_files(patterns: Iterable[str]) -> List[Tuple[str, str]]:
    """(file, entry path) of what glob patterns and folders name, folders recursively. Entry paths are
    relative to the working folder, or to the matches' common folder for files outside it."""
    found: Dict[str, None] = {}
    for pattern in patterns:
        pattern = os.path.expanduser(pattern)
        names = [pattern] if os.path.exists(pattern) else sorted(glob.glob(pattern, recursive=True))
        for name in names:
            if os.path.isdir(name):
                found.update(dict.fromkeys(os.path.abspath(f) for f in _walk(name)))
            elif os.path.isfile(name):
                found[os.path.abspath(name)] = None
    cwd = os.getcwd()
    outside = [name for name in found if not name.startswith(cwd + os.sep)]
    root = os.path.commonpath([os.path.dirname(name) for name in outside]) if outside else cwd
    return [(name, _slashed(os.path.relpath(name, cwd if name.startswith(cwd + os.sep) else root)))
            for name in found]
