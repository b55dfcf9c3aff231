"""The file methods of a field handler: upload(), upload_files(), track_files(), file series appends,
download(), download_last(), fetch_extension(), fetch_hash(), fetch_files_list()."""

from __future__ import annotations

import os
import shutil
import tempfile
import time
import zipfile
from typing import Any, List, Optional
from urllib.parse import unquote, urlsplit

from . import _values
from ._artifact import ArtifactFileData, artifact_entries, matched_files
from ._encoder import DELETE, FILE, FILE_ENTRIES, FILE_POINT
from ._file import File, is_figure, is_pil_image, mime_of
from ._runfiles import target_path
from .exceptions import FileError, InvalidValueError, NereidError
from .types import FileSeries, FileSet

_time_ns = time.time_ns


def is_file_value(value: Any) -> bool:
    """True for what a file series appends: a File, a PIL image or a matplotlib figure."""
    return isinstance(value, File) or is_pil_image(value) or is_figure(value)


def _file_name(extension: str, base: str) -> str:
    return base + "." + extension if extension else base


def _step_text(step: Any) -> str:
    return str(int(step)) if isinstance(step, float) and step.is_integer() else str(step)


class FileMethods:
    """Mixed into Handler (which has _run and _path)."""

    __slots__ = ()

    # -- logging -------------------------------------------------------------------------------

    def _file(self, value: Any) -> Optional[File]:
        try:
            return File.create_from(value)
        except NereidError as error:
            self._run._report(InvalidValueError("%s: %s" % (self._path, error.message), code="invalid_value",
                                                path=self._path))
            return None

    def _source(self, file: File) -> Any:
        return file.content if file.content is not None else self._run._stage(file.path, self._path)

    def upload(self, value: Any, wait: bool = False) -> None:
        """Assign a file: a path, or a File (File.from_content(), File.as_image(), ...)."""
        file = self._file(value)
        source = None if file is None else self._source(file)
        if source is not None:
            self._put_and_wait((FILE, self._path, source, file.name, file.extension, file.mime), wait)

    def upload_files(self, value: Any, wait: bool = False, _replace: bool = False) -> None:
        """Add files to a file set: glob patterns (``"*.csv"``, ``"**/*.py"``) and folders (recursively)."""
        globs = value.file_globs if isinstance(value, FileSet) else FileSet(value).file_globs
        entries = []
        for name, entry_path in matched_files(globs):
            source = self._run._stage(name, self._path)
            if source is not None:
                entries.append((entry_path, source, mime_of(os.path.splitext(name)[1][1:])))
        if not entries:
            self._run._reporter.once("nofiles:" + self._path, "%s: %s matched no file; nothing was uploaded."
                                     % (self._path, ", ".join(globs)))
            return
        self._put_and_wait((FILE_ENTRIES, self._path, "fileSet", entries, _replace), wait)

    def track_files(self, path: str, destination: Optional[str] = None, wait: bool = False) -> None:
        """Record a file or folder in an artifact: each file's hash, size, mtime and location (nothing is
        uploaded), so runs that used the same data have the same artifact hash."""
        try:
            entries = artifact_entries(os.fspath(path), destination)
        except (NereidError, OSError) as error:
            message = error.message if isinstance(error, NereidError) else str(error)
            self._run._report(FileError("%s: %s" % (self._path, message), code="file_not_found", path=self._path))
            return
        self._put_and_wait((FILE_ENTRIES, self._path, "artifact", entries, False), wait)

    def _append_file(self, value: Any, step: Any, timestamp: Any, name: Any, description: Any) -> None:
        file = self._file(value)
        if file is None:
            return
        try:
            stamp = _time_ns() if timestamp is None else _values.timestamp_ns(self._path, timestamp)
            if step is not None:
                step = _values.check_step(self._path, step)
            description = "" if description is None else str(description)
            _values.check_string(description, self._path + " (description)")
        except _values.Unsupported as error:
            self._invalid(error)
            return
        source = self._source(file)
        if source is not None:
            name = file.name if name is None else str(name)
            self._run._put((FILE_POINT, self._path, source, name, file.extension, file.mime, stamp, step, description))

    def _extend_files(self, values: Any, steps: Any, timestamps: Any, name: Any, description: Any) -> None:
        try:
            values, steps, timestamps = _values.series_columns(self._path, values, steps, timestamps)
        except _values.Unsupported as error:
            self._invalid(error)
            return
        names = name if isinstance(name, (list, tuple)) else [name] * len(values)
        descriptions = description if isinstance(description, (list, tuple)) else [description] * len(values)
        for value, step, stamp, one_name, one_description in zip(values, steps, timestamps, names, descriptions):
            self._append_file(value, step, stamp, one_name, one_description)

    def _assign_file_value(self, value: Any) -> bool:
        """Assignments of File, FileSet and FileSeries values (True when ``value`` was one)."""
        if isinstance(value, File):
            self.upload(value)
        elif isinstance(value, FileSet):
            self.upload_files(value, _replace=True)
        elif isinstance(value, FileSeries):
            self._run._put((DELETE, self._path))
            self._extend_files(value.values, None, None, value.kwargs.get("name"), value.kwargs.get("description"))
        else:
            return False
        return True

    # -- reading -------------------------------------------------------------------------------

    def _base_name(self) -> str:
        return self._path.rsplit("/", 1)[-1]

    def fetch_extension(self) -> str:
        """The extension of a file field (of the last file of a file series)."""
        field = self._run._file_field(self._path, "file", "fileSeries")
        value = field.get("value") if field.get("type") == "file" else field.get("last")
        return (value or {}).get("extension", "")

    def fetch_hash(self) -> str:
        """The SHA-256 of a file field's content, or of an artifact's listing."""
        field = self._run._file_field(self._path, "file", "artifact")
        return (field.get("value") or {}).get("hash", "")

    def fetch_files_list(self) -> List[ArtifactFileData]:
        """The files of an artifact (or a file set): path, hash, size and, for artifacts, where they were."""
        self._run._file_field(self._path, "artifact", "fileSet")
        return [ArtifactFileData(entry) for entry in self._run._file_entries(self._path)]

    def download(self, destination: Optional[str] = None, progress_bar: Any = None) -> None:
        """Download a file (to ``destination``, a file or folder; the field's name in the working folder by
        default), a file set (as a zip), a file series (every file, named by step, into a folder) or an
        artifact's local files (into a folder)."""
        field = self._run._file_field(self._path, "file", "fileSet", "fileSeries", "artifact")
        kind = field.get("type")
        if kind == "file":
            value = field.get("value") or {}
            target = target_path(destination, _file_name(value.get("extension", ""), self._base_name()))
            self._run._download_blob(value["hash"], target)
        elif kind == "fileSeries":
            folder = destination if destination is not None else os.path.join(os.getcwd(), self._base_name())
            for step, value, _ in self._run._file_points(self._path):
                name = _file_name(value.get("extension", ""), _step_text(step))
                self._run._download_blob(value["hash"], os.path.join(os.fspath(folder), name))
        elif kind == "fileSet":
            self._download_zip(target_path(destination, self._base_name() + ".zip"))
        else:
            self._copy_artifact(destination)

    def download_last(self, destination: Optional[str] = None) -> None:
        """Download the last file of a file series."""
        value = self._run._file_field(self._path, "fileSeries").get("last") or {}
        if not value:
            raise FileError("%s has no file yet." % self._path, code="unknown_field", path=self._path)
        target = target_path(destination, _file_name(value.get("extension", ""), self._base_name()))
        self._run._download_blob(value["hash"], target)

    def _download_zip(self, target: str) -> None:
        os.makedirs(os.path.dirname(os.path.abspath(target)), exist_ok=True)
        with tempfile.TemporaryDirectory(prefix="nereid-") as temp, zipfile.ZipFile(target + ".part", "w") as archive:
            for index, entry in enumerate(self._run._file_entries(self._path)):
                blob = self._run._download_blob(entry["hash"], os.path.join(temp, str(index)))
                archive.write(blob, entry["path"], zipfile.ZIP_DEFLATED)
                os.remove(blob)
        os.replace(target + ".part", target)

    def _copy_artifact(self, destination: Optional[str]) -> None:
        folder = os.fspath(destination) if destination is not None else os.getcwd()
        for entry in self._run._file_entries(self._path):
            location = entry.get("location") or ""
            if not location.startswith("file://"):
                raise FileError("%s: %s has no local location to copy from." % (self._path, entry["path"]),
                                code="unsupported", path=self._path)
            target = os.path.join(folder, entry["path"])
            os.makedirs(os.path.dirname(target), exist_ok=True)
            shutil.copyfile(unquote(urlsplit(location).path), target)
