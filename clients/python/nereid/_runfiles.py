"""The part of Run that handles file contents: copying them when logged, reading file fields back,
downloading blobs (resuming an interrupted download with Range)."""

from __future__ import annotations

import hashlib
import itertools
import os
import shutil
from typing import Any, Dict, List, Optional, Union
from urllib.parse import quote

from ._blobs import Owned
from ._uploader import project_route
from .exceptions import FileError, InvalidValueError, NereidConnectionError, UnknownFieldError

SMALL_FILE = 1 << 20  # files up to this size are read into memory when logged; larger ones are copied
DOWNLOAD_ATTEMPTS = 3
_copies = itertools.count(1)


class RunFiles:
    """Mixed into Run."""

    # -- logging -------------------------------------------------------------------------------

    def _stage(self, path: Union[str, os.PathLike], field: str) -> Union[None, str, bytes]:
        """What the queue keeps of the file at ``path`` as it is now: its bytes (small files), a copy in the
        queue folder, or (sync and debug modes, which read it at once) the path itself. None, after one
        warning per field, when it cannot be read."""
        path = os.fspath(path)
        try:
            if self._run_dir is None:
                if not os.path.isfile(path):
                    raise FileNotFoundError(2, "no such file" if not os.path.exists(path) else "not a file")
                return path
            with open(path, "rb") as file:
                if os.fstat(file.fileno()).st_size <= SMALL_FILE:
                    return file.read()
                copy = Owned(os.path.join(self._run_dir.files_path, "in-%d-%d" % (os.getpid(), next(_copies))))
                with open(copy, "wb") as out:
                    shutil.copyfileobj(file, out, 1 << 20)
                return copy
        except OSError as error:
            self._report(FileError("%s: the file %s cannot be read (%s); it was not logged."
                                   % (field, path, error.strerror or error), code="file_not_found", path=field))
            return None

    # -- reading -------------------------------------------------------------------------------

    def _file_field(self, path: str, *types: str) -> Dict[str, Any]:
        """The run object's entry of the file field ``path`` (one of ``types``)."""
        field = (self._run_object().get("fields") or {}).get(path)
        if field is None:
            raise UnknownFieldError("Run %s has no field %s." % (self._run_id, path), code="unknown_field", path=path)
        if field.get("type") not in types:
            raise InvalidValueError("%s is a %s field, not %s." % (path, field.get("type"), " or ".join(types)),
                                    code="invalid_type", path=path)
        return field

    def _file_entries(self, path: str) -> List[Dict[str, Any]]:
        """The entries of a file set or artifact (GET /runs/{id}/files)."""
        if self._local is not None:
            return sorted(self._local.files.get(path, {}).values(), key=lambda entry: entry["path"])
        answer = self._client.request("GET", "/runs/%s/files" % quote(self._run_id, safe=""), params={"path": path})
        return answer.get("files") or []

    def _file_points(self, path: str) -> List[Any]:
        self._file_field(path, "fileSeries")
        if self._local is not None:
            return self._local.series(path)
        return self._series_points(path, False)

    # -- downloading ---------------------------------------------------------------------------

    def _download_blob(self, digest: str, destination: str) -> str:
        """Write the blob ``digest`` to ``destination`` (through destination.part, resumed where an earlier
        attempt stopped, checked against its hash before it takes the final name)."""
        parent = os.path.dirname(os.path.abspath(destination))
        os.makedirs(parent, exist_ok=True)
        if self._local is not None:
            return self._copy_local_blob(digest, destination)
        part = destination + ".part"
        route = project_route(self._project or "") + "/blobs/" + digest
        offset = os.path.getsize(part) if os.path.exists(part) else 0
        with open(part, "r+b" if offset else "wb") as file:
            for attempt in range(DOWNLOAD_ATTEMPTS):
                try:
                    self._client.download(route, file, offset, '"%s"' % digest)
                    break
                except NereidConnectionError:
                    if attempt == DOWNLOAD_ATTEMPTS - 1:
                        raise
                    file.flush()
                    offset = file.tell()
        if _sha256(part) != digest:
            os.remove(part)
            raise FileError("The download of %s did not match its hash; try again." % destination, code="blob_mismatch")
        os.replace(part, destination)
        return destination

    def _copy_local_blob(self, digest: str, destination: str) -> str:
        source = self._encoder.stash.source(digest) if self._encoder.stash is not None else None
        if source is None:
            raise FileError("The debug run no longer has the content %s." % digest, code="unknown_blob")
        if isinstance(source, bytes):
            with open(destination, "wb") as file:
                file.write(source)
        else:
            shutil.copyfile(source, destination)
        return destination


def _sha256(path: str) -> str:
    digest = hashlib.sha256()
    with open(path, "rb") as file:
        for block in iter(lambda: file.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()


def target_path(destination: Optional[str], default_name: str) -> str:
    """Where a download goes: ``default_name`` in the working folder (destination None) or in the folder
    ``destination``, else ``destination`` itself."""
    if destination is None:
        return os.path.join(os.getcwd(), default_name)
    destination = os.fspath(destination)
    if os.path.isdir(destination) or destination.endswith(os.sep):
        return os.path.join(destination, default_name)
    return destination
