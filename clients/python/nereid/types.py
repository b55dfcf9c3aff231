"""The value types of file fields, importable as Neptune scripts import them:
``from nereid.types import File, FileSet, FileSeries``."""

from __future__ import annotations

import enum
import os
from typing import Any, Iterable, List, Union

from ._file import File
from ._sourcecode import GitRef


class FileSet:
    """Files matched by glob patterns or named folders: ``run["data"] = FileSet(["*.csv", "img/"])``."""

    def __init__(self, file_globs: Union[str, os.PathLike, Iterable[Any]]) -> None:
        if isinstance(file_globs, (str, os.PathLike)):
            file_globs = [file_globs]
        self.file_globs: List[str] = [os.fspath(glob) for glob in file_globs]

    def __repr__(self) -> str:
        return "FileSet(%r)" % self.file_globs


class FileSeries:
    """Files assigned at once as a series: ``run["samples"] = FileSeries([File(...), ...])``."""

    def __init__(self, values: Iterable[Any], **kwargs: Any) -> None:
        self.values = [File.create_from(value) for value in values]
        self.kwargs = kwargs

    def __repr__(self) -> str:
        return "FileSeries(%d files)" % len(self.values)


class ModelVersionStage(enum.Enum):
    """The stages of a model version (sys/stage), as Neptune's: ModelVersionStage("x") raises ValueError for
    another word."""

    NONE = "none"
    STAGING = "staging"
    PRODUCTION = "production"
    ARCHIVED = "archived"


__all__ = ["File", "FileSet", "FileSeries", "GitRef", "ModelVersionStage"]
